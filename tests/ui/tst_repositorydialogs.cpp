// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Repository without a server: the connect dialog's checks (no address, an address carrying a password, the
// user field), a server that is down (a closed port, a socket folder with no server) said in the dialog, Push and
// Pull of an audit that lives on this computer only, and the menu's actions following the open audit.

#include "WorkbenchTestSupport.h"

#include "document/AuditDocument.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/RepositoryController.h"
#include "team/RepositoryConnectDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace isoaudit;

class TestRepositoryDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_demo = workbenchtest::isolateAndCreateDemo(m_dir, QStringLiteral("tst_repositorydialogs"), &error);
        QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
    }

    void cleanup() { MessageBoxHook::reset(); }

    void connectDialogChecksTheAddress()
    {
        RepositoryConnectDialog dialog(RepositoryConnectDialog::Purpose::CheckOut);
        QVERIFY(!dialog.okButton()->isEnabled()); // nothing chosen yet
        QVERIFY(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
        dialog.urlEdit()->clear();
        QVERIFY(!dialog.connectAndList());
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("Enter the repository's address")));
        QVERIFY(!dialog.messageLabel()->isHidden());

        dialog.urlEdit()->setText(QStringLiteral("postgresql://anna:secret@db.example.org/isoaudit"));
        QVERIFY(!dialog.server());
        QVERIFY(!dialog.connectAndList());
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("password")));

        dialog.urlEdit()->setText(QStringLiteral("db.example.org"));
        QVERIFY(!dialog.server());

        dialog.urlEdit()->setText(QStringLiteral("postgresql://anna@db.example.org:5433/isoaudit"));
        auto server = dialog.server();
        QVERIFY2(server, qPrintable(server.error()));
        QCOMPARE(server->user, QStringLiteral("anna"));
        QCOMPARE(server->port, 5433);
        dialog.userEdit()->setText(QStringLiteral("bjorn"));
        QCOMPARE(dialog.server()->user, QStringLiteral("bjorn"));
        // Checking out needs a chosen audit: OK says what to do instead of closing.
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("choose the audit")));
    }

    void aServerThatIsDownIsSaidPlainly_data()
    {
        QTest::addColumn<QString>("url");
        // Port 1 (tcpmux) has no listener on any machine the tests run on.
        QTest::newRow("closed port") << QStringLiteral("postgresql://anna@127.0.0.1:1/isoaudit");
        QTest::newRow("socket folder without a server")
            << QStringLiteral("postgresql://anna@%1/isoaudit")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_dir.path())));
    }

    void aServerThatIsDownIsSaidPlainly()
    {
        QFETCH(QString, url);
        RepositoryConnectDialog dialog(RepositoryConnectDialog::Purpose::CheckOut);
        dialog.urlEdit()->setText(url);
        dialog.passwordEdit()->setText(QStringLiteral("not stored anywhere"));
        QVERIFY(!dialog.connectAndList());
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("isoaudit")),
                 qPrintable(dialog.messageLabel()->text())); // it names the server
        QCOMPARE(dialog.auditTable()->rowCount(), 0);
        QVERIFY(!dialog.okButton()->isEnabled());
        // A failed connection remembers nothing; the password never reaches the settings.
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("not stored anywhere")));
    }

    void pushAndPullOfALocalAuditNeedASignIn()
    {
        const QString path = m_dir.filePath(QStringLiteral("local.isoaudit"));
        QVERIFY(QFile::copy(m_demo, path));
        MainWindow window;
        QVERIFY(!window.menus()->repositoryPush->isEnabled());
        QVERIFY(window.menus()->repositoryOpen->isEnabled());
        QVERIFY(window.openFile(path));
        QVERIFY(window.menus()->repositoryPush->isEnabled());
        QVERIFY(window.menus()->repositoryPull->isEnabled());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("repositoryLabel"))->text(), QStringLiteral("Not in the repository"));

        // Pull of an audit that was never in a repository says so and changes nothing.
        MessageBoxHook::setAutomaticAnswer(QMessageBox::Ok);
        QVERIFY(!window.repository()->pull());
        QVERIFY(MessageBoxHook::shownMessages().last().contains(QLatin1String("on this computer only")));

        // Push to a server that is down: the message names it, the audit is open again and unchanged.
        const int port = 1;
        const qsizetype trailBefore = window.document()->store().trailEntries().value().size();
        bool signedIn = false;
        QTimer::singleShot(0, this, [&signedIn, port] {
            auto* dialog = qobject_cast<RepositoryConnectDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->urlEdit()->setText(QStringLiteral("postgresql://anna@127.0.0.1:%1/isoaudit").arg(port));
            dialog->passwordEdit()->setText(QStringLiteral("secret"));
            signedIn = dialog->okButton()->isEnabled();
            dialog->okButton()->click();
        });
        QVERIFY(!window.repository()->push());
        QVERIFY(signedIn);
        QVERIFY(MessageBoxHook::shownMessages().last().contains(QLatin1String("as they were")));
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.document()->store().trailEntries().value().size(), trailBefore);
        QVERIFY(!window.document()->store().repositoryLink().value());
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(TestRepositoryDialogs)
#include "tst_repositorydialogs.moc"
