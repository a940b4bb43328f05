// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Repository: the connect dialog's checks (no address, an address carrying a password, the user field), a
// server that is down (a closed port, a socket folder with no server) said in the dialog, Push and Pull of an audit
// that lives on this computer only, the menu's actions following the open audit — and, against a PostgreSQL cluster
// of the test's own (tests/core/PgTestCluster.h), the team a first push files the audit under: asked when the user
// has several (the last used offered first), taken when there is one, the administrator named when there is none,
// never asked again on a later push.

#include "WorkbenchTestSupport.h"
#include "core/PgTestCluster.h"

#include "document/AuditDocument.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/RepositoryController.h"
#include "team/MergeDialog.h"
#include "team/RepositoryConnectDialog.h"
#include "team/RepositoryTeamDialog.h"
#include "workflow/Lifecycle.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
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

    void firstPushFilesTheAuditUnderATeam()
    {
        pgtest::PgTestCluster cluster;
        QVERIFY2(cluster.isRunning(), qPrintable(cluster.error()));
        QString error;
        QVERIFY2(cluster.sql("CREATE DATABASE isoaudit", &error, "postgres", {}, "postgres"), qPrintable(error));
        const auto version
            = Repository::init(cluster.server(QStringLiteral("postgres")), pgtest::PgTestCluster::superPassword());
        QVERIFY2(version.ok(), qPrintable(version.error()));
        const QString password = QStringLiteral("correct horse battery");
        for (const char* role : {"anna", "ben", "erik"})
            QVERIFY2(cluster.createLogin(QLatin1String(role), password, {"isoaudit_auditor"}, &error),
                     qPrintable(error));
        // Anna is in two teams, Ben in one, Erik in none.
        QVERIFY2(cluster.sql("INSERT INTO isoaudit.team (name) VALUES ('alpha'), ('beta');"
                             "INSERT INTO isoaudit.team_member (team, member) VALUES"
                             " ('alpha', 'anna'), ('beta', 'anna'), ('alpha', 'ben')",
                             &error),
                 qPrintable(error));
        auto teamOf = [&cluster](const QString& file) {
            auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
            const QString uuid = store ? store.value()->audit()->uuid : QString();
            const auto rows
                = cluster.sql(QStringLiteral("SELECT team FROM isoaudit.audit WHERE uuid = '%1'").arg(uuid));
            return rows && !rows->isEmpty() ? rows->first() : QString();
        };
        auto newAudit = [this](const QString& client) {
            const QString file = m_dir.filePath(client + QStringLiteral(".isoaudit"));
            auto store = Lifecycle::create(
                file, {client, "stage2", "Alice Auditor", "Head office", QDate(2026, 3, 2), QDate(2026, 3, 4)});
            return store ? file : QString();
        };

        // Answers whichever dialog the push opens: the sign-in as `user`, the team picker with `team` (or Cancel).
        QString user;
        QString team;
        bool cancelTeam = false;
        int signIns = 0;
        int teamsAsked = 0;
        QStringList offered;
        QString offeredFirst;
        QStringList mergeTexts;
        QTimer answerer;
        answerer.setInterval(10);
        connect(&answerer, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* signIn = qobject_cast<RepositoryConnectDialog*>(modal)) {
                ++signIns;
                if (!signIn->urlEdit()->isReadOnly()) {
                    signIn->urlEdit()->setText(cluster.server(user).toUrl());
                    signIn->userEdit()->setText(user);
                }
                signIn->passwordEdit()->setText(password);
                signIn->okButton()->click();
            } else if (auto* merge = qobject_cast<MergeDialog*>(modal)) {
                // A push whose repository changed too: what the conflict view says, then this file's side.
                mergeTexts = QStringList{merge->windowTitle()};
                for (QWidget* widget : merge->findChildren<QWidget*>()) {
                    mergeTexts << widget->toolTip() << widget->accessibleName();
                    if (auto* label = qobject_cast<QLabel*>(widget))
                        mergeTexts << label->text();
                    if (auto* button = qobject_cast<QAbstractButton*>(widget))
                        mergeTexts << button->text();
                    if (auto* box = qobject_cast<QGroupBox*>(widget))
                        mergeTexts << box->title();
                }
                mergeTexts.removeAll(QString());
                merge->takeAllTheirsButton()->click();
                merge->mergeButton()->click();
            } else if (auto* picker = qobject_cast<RepositoryTeamDialog*>(modal)) {
                ++teamsAsked;
                offered.clear();
                for (int i = 0; i < picker->teamCombo()->count(); ++i)
                    offered << picker->teamCombo()->itemText(i);
                offeredFirst = picker->team();
                if (cancelTeam) {
                    picker->reject();
                } else {
                    picker->teamCombo()->setCurrentText(team);
                    picker->okButton()->click();
                }
            }
        });
        answerer.start();
        MessageBoxHook::setAutomaticAnswer(QMessageBox::Ok);
        MainWindow window;

        // Anna's first push: two teams, so she is asked, and the team used last on this computer is offered first.
        // Cancelling sends nothing.
        const QString annas = newAudit(QStringLiteral("Two Teams Ltd"));
        QVERIFY(!annas.isEmpty());
        QVERIFY(window.openFile(annas));
        RepositoryTeamDialog::rememberTeam(QStringLiteral("beta"));
        user = QStringLiteral("anna");
        cancelTeam = true;
        QVERIFY(!window.repository()->push());
        QCOMPARE(teamsAsked, 1);
        QCOMPARE(offered, (QStringList{"alpha", "beta"}));
        QCOMPARE(offeredFirst, QStringLiteral("beta"));
        QCOMPARE(teamOf(annas), QString());
        QVERIFY(window.document());
        QVERIFY(!window.document()->store().repositoryLink().value());
        // A copy of the file taken before its first push: never linked, its audit soon on the server (below).
        const QString unlinked = m_dir.filePath(QStringLiteral("two-teams-unlinked.isoaudit"));
        QVERIFY(window.document()->store().saveCopyAs(unlinked).ok());
        // Chosen: the audit is filed under that team, which is remembered for the next first push.
        cancelTeam = false;
        team = QStringLiteral("alpha");
        QVERIFY(window.repository()->push());
        QCOMPARE(teamsAsked, 2);
        QCOMPARE(teamOf(annas), QStringLiteral("alpha"));
        QCOMPARE(RepositoryTeamDialog::lastTeam(), QStringLiteral("alpha"));
        QVERIFY(window.document()->store().repositoryLink().value());

        // A later push keeps the audit's team: it signs in (to the linked server) and never asks.
        const auto audit = window.document()->store().audit();
        QVERIFY(window.document()->setField(RecordKind::Audit, audit->uuid, QStringLiteral("scope"),
                                            QStringLiteral("Head office and the data centre")));
        const int signInsBefore = signIns;
        QVERIFY(window.repository()->push());
        QCOMPARE(signIns, signInsBefore + 1);
        QCOMPARE(teamsAsked, 2);
        QCOMPARE(teamOf(annas), QStringLiteral("alpha"));
        const auto pushedScope = cluster.sql(
            QStringLiteral("SELECT data->>'scope' FROM isoaudit.record WHERE audit = '%1' AND kind = 'audit'")
                .arg(audit->uuid));
        QVERIFY(pushedScope.has_value());
        QCOMPARE(pushedScope.value(), QStringList{QStringLiteral("Head office and the data centre")});

        // Ben changes the same field on the server meanwhile: the push opens the conflict view, which speaks of this
        // file and the repository's version (Ben named from the server's trail), never of a member or of "you".
        {
            auto ben = Repository::connect(cluster.server(QStringLiteral("ben")), password);
            QVERIFY2(ben.ok(), qPrintable(ben.error()));
            const QString bensCopy = m_dir.filePath(QStringLiteral("bens-copy.isoaudit"));
            const auto pulled = ben.value()->pull(audit->uuid, bensCopy);
            QVERIFY2(pulled.ok(), qPrintable(pulled.error()));
            {
                auto store = Lifecycle::open(bensCopy);
                QVERIFY2(store, qPrintable(store.error()));
                store.value()->setAuthor(QStringLiteral("Ben Auditor"));
                QVERIFY(store.value()->setField(RecordKind::Audit, audit->uuid, QStringLiteral("scope"),
                                                QStringLiteral("Head office only")));
            }
            const auto bensPush = ben.value()->push(bensCopy);
            QVERIFY2(bensPush.ok(), qPrintable(bensPush.error()));
        }
        QVERIFY(window.document()->setField(RecordKind::Audit, audit->uuid, QStringLiteral("scope"),
                                            QStringLiteral("Head office, data centre and the call centre")));
        QVERIFY(window.repository()->push());
        QVERIFY(!mergeTexts.isEmpty());
        const QRegularExpression personal(QStringLiteral("\\b(member|copy|you|your|yours|mine|theirs)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
        for (const QString& text : std::as_const(mergeTexts))
            QVERIFY2(!personal.match(text).hasMatch(), qPrintable(text));
        QVERIFY(mergeTexts.contains(QStringLiteral("The repository's version")));
        QVERIFY(mergeTexts.contains(QStringLiteral("This file")));
        QVERIFY(std::any_of(mergeTexts.cbegin(), mergeTexts.cend(),
                            [](const QString& text) { return text.contains(QLatin1String("Ben Auditor")); }));
        QCOMPARE(teamsAsked, 2);
        const auto mergedScope = cluster.sql(
            QStringLiteral("SELECT data->>'scope' FROM isoaudit.record WHERE audit = '%1' AND kind = 'audit'")
                .arg(audit->uuid));
        QCOMPARE(mergedScope.value(), QStringList{QStringLiteral("Head office, data centre and the call centre")});

        // The unlinked copy's first push finds its audit on the server already: it does not ask for a team (though
        // Anna is in two and "beta" is remembered last), merges its own change into the server's version and links.
        {
            const QString annasFile = window.document()->path();
            QVERIFY(window.openFile(unlinked));
            QVERIFY(!window.document()->store().repositoryLink().value());
            QVERIFY(window.document()->setField(RecordKind::Audit, audit->uuid, QStringLiteral("report_number"),
                                                QStringLiteral("NCB-2026-0999")));
            RepositoryTeamDialog::rememberTeam(QStringLiteral("beta"));
            user = QStringLiteral("anna");
            QVERIFY(window.repository()->push());
            QCOMPARE(teamsAsked, 2);
            QCOMPARE(teamOf(unlinked), QStringLiteral("alpha"));
            QVERIFY(window.document()->store().repositoryLink().value());
            const auto number = cluster.sql(
                QStringLiteral("SELECT data->>'report_number' FROM isoaudit.record WHERE audit = '%1' AND kind = 'audit'")
                    .arg(audit->uuid));
            QCOMPARE(number.value(), QStringList{QStringLiteral("NCB-2026-0999")});
            QVERIFY(window.openFile(annasFile));
        }

        // Ben is in one team: it is used without asking.
        const QString bens = newAudit(QStringLiteral("One Team Ltd"));
        QVERIFY(window.openFile(bens));
        user = QStringLiteral("ben");
        QVERIFY(window.repository()->push());
        QCOMPARE(teamsAsked, 2);
        QCOMPARE(teamOf(bens), QStringLiteral("alpha"));

        // Erik is in no team: he is told the administrator must add him to one, and nothing is sent.
        const QString eriks = newAudit(QStringLiteral("No Team Ltd"));
        QVERIFY(window.openFile(eriks));
        user = QStringLiteral("erik");
        QVERIFY(!window.repository()->push());
        QCOMPARE(teamsAsked, 2);
        const QString said = MessageBoxHook::shownMessages().last();
        QVERIFY2(said.contains(QLatin1String("administrator")) && said.contains(QLatin1String("erik"))
                     && said.contains(QLatin1String("Nothing was sent")),
                 qPrintable(said));
        QCOMPARE(teamOf(eriks), QString());
        QVERIFY(window.document());
        QVERIFY(!window.document()->store().repositoryLink().value());
        answerer.stop();
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(TestRepositoryDialogs)
#include "tst_repositorydialogs.moc"
