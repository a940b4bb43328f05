// SPDX-License-Identifier: GPL-3.0-or-later
// Help > User Guide, offscreen: the action opens the viewer on the embedded guide; a heading per pane; every picture
// the guide names is in the resources and loads; every shortcut of the main window's actions is in the guide's
// shortcut table; every "#anchor" link of the guide lands on a heading; find-in-page and back/forward work.
// With ISOAUDIT_SCREENSHOT_DIR set, the viewer and the New Audit wizard are saved there (scripts/screenshots.sh).
#include "WorkbenchTestSupport.h"
#include "dialogs/UserGuideDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NewAuditWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace isoaudit;

class TestUserGuide : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_markdown;

    /// The cells of the table under "## Keyboard shortcuts": every `quoted` key sequence in it.
    QSet<QString> shortcutTableKeys() const
    {
        const qsizetype start = m_markdown.indexOf(QLatin1String("\n## Keyboard shortcuts\n"));
        const qsizetype end = m_markdown.indexOf(QLatin1String("\n## "), start + 1);
        QSet<QString> keys;
        if (start < 0)
            return keys;
        const QStringList lines = m_markdown.mid(start, end - start).split(QLatin1Char('\n'));
        static const QRegularExpression quoted(QStringLiteral("`([^`]+)`"));
        for (const QString& line : lines) {
            if (!line.startsWith(QLatin1Char('|')))
                continue; // the table only, not the prose below it
            for (auto match = quoted.globalMatch(line); match.hasNext();)
                keys.insert(match.next().captured(1));
        }
        return keys;
    }

    static QString screenshotDir() { return qEnvironmentVariable("ISOAUDIT_SCREENSHOT_DIR"); }

private slots:
    void initTestCase()
    {
        workbenchtest::isolateSettings(m_dir, QStringLiteral("tst_userguide"));
        QFile guide(QStringLiteral(":/isoaudit/guide/user-guide.md"));
        QVERIFY2(guide.open(QIODevice::ReadOnly), "the guide is not embedded as :/isoaudit/guide/user-guide.md");
        m_markdown = QString::fromUtf8(guide.readAll());
        QFile source(QStringLiteral(ISOAUDIT_SOURCE_DIR "/docs/user-guide.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(m_markdown, QString::fromUtf8(source.readAll())); // the embedded copy is the current one
    }

    void helpMenuOpensTheGuide()
    {
        MainWindow window;
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("userGuideAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(action->isEnabled()); // also without an open audit
        QVERIFY(!window.findChild<UserGuideDialog*>());
        action->trigger();
        auto* dialog = window.findChild<UserGuideDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->browser()->source(), UserGuideDialog::guideUrl());
        QVERIFY(
            dialog->browser()->toPlainText().contains(QLatin1String("A Stage 2 audit from start to signed report")));
        action->trigger(); // a second F1 raises the same window
        QCOMPARE(window.findChildren<UserGuideDialog*>().size(), 1);

        const auto* outline = dialog->findChild<QTreeWidget*>(QStringLiteral("outline"));
        QVERIFY(outline);
        QVERIFY(outline->topLevelItemCount() >= 1);
        if (const QString dir = screenshotDir(); !dir.isEmpty()) {
            dialog->resize(1100, 720);
            dialog->goToAnchor(QStringLiteral("risks-and-the-heat-map"));
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/userguide-dialog.png")));
            NewAuditWizard wizard(&window); // the guide's first step shows it
            wizard.show();
            if (auto* client = wizard.findChild<QLineEdit*>(QStringLiteral("clientLineEdit")))
                client->setText(QStringLiteral("Nordlys Betalinger ApS"));
            QVERIFY(wizard.grab().save(dir + QStringLiteral("/newaudit-wizard.png")));
        }
    }

    void everyPaneHasAHeading()
    {
        UserGuideDialog dialog;
        const QStringList titles = dialog.headingTitles();
        for (const char* pane : {"Overview", "Audit plan", "Clauses 4–10", "Statement of Applicability",
                                 "Risks and the heat map", "Interviews", "Findings", "Evidence", "Report",
                                 "Signing the report", "Keyboard shortcuts", "The command line for batch use",
                                 "SOC 2 engagements", "Engagement", "Criteria & Controls", "Testing",
                                 "Exceptions & Opinion"})
            QVERIFY2(titles.contains(QString::fromUtf8(pane)), pane);
        QCOMPARE(dialog.headingAnchors().size(), titles.size());
        QVERIFY(dialog.headingAnchors().contains(QStringLiteral("clauses-410")));
    }

    void everyPictureIsEmbeddedAndLoads()
    {
        static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)"));
        UserGuideDialog dialog;
        QStringList pictures;
        for (auto match = image.globalMatch(m_markdown); match.hasNext();)
            pictures.append(match.next().captured(1));
        QVERIFY(pictures.size() >= 10); // the nine panes and the dialogs
        for (const QString& picture : std::as_const(pictures)) {
            QVERIFY2(picture.startsWith(QLatin1String("images/")), qPrintable(picture));
            const QString resource = QStringLiteral(":/isoaudit/guide/") + picture;
            QVERIFY2(QFile::exists(resource), qPrintable(resource));
            QVERIFY2(!QImage(resource).isNull(), qPrintable(resource));
            // And the viewer resolves the relative link to it.
            const QVariant shown = dialog.browser()->document()->resource(QTextDocument::ImageResource, QUrl(picture));
            QVERIFY2(!shown.value<QImage>().isNull(), qPrintable(picture));
        }
    }

    /// Every key of the widget's actions, QShortcuts and buttons, each with what it does.
    static QList<QPair<QString, QString>> keysOf(const QWidget& widget)
    {
        QList<QPair<QString, QString>> keys;
        for (const QAction* action : widget.findChildren<QAction*>()) {
            for (const QKeySequence& key : action->shortcuts())
                keys.append({key.toString(QKeySequence::PortableText), action->text()});
        }
        for (const QShortcut* shortcut : widget.findChildren<QShortcut*>()) {
            for (const QKeySequence& key : shortcut->keys())
                keys.append({key.toString(QKeySequence::PortableText), shortcut->parent()->objectName()});
        }
        for (const QAbstractButton* button : widget.findChildren<QAbstractButton*>()) {
            // A button's own Alt+letter mnemonic is not a shortcut to document.
            const QKeySequence mnemonic = QKeySequence::mnemonic(button->text());
            if (!button->shortcut().isEmpty() && button->shortcut() != mnemonic)
                keys.append({button->shortcut().toString(QKeySequence::PortableText), button->text()});
        }
        return keys;
    }

    void everyShortcutIsInTheTable()
    {
        const QSet<QString> table = shortcutTableKeys();
        QVERIFY(table.contains(QStringLiteral("F1")));
        MainWindow window; // with every pane: their actions, QShortcuts and buttons
        UserGuideDialog guide;
        const auto keys = keysOf(window) + keysOf(guide);
        for (const auto& [key, what] : keys) {
            QVERIFY2(table.contains(key),
                     qPrintable(QStringLiteral("%1 (%2) is not in the guide's shortcut table").arg(key, what)));
        }
        // New, Open, Close, Undo, Redo, Find, Preferences, Full Screen, User Guide, Ctrl+1..9, F5, Ctrl+P, Alt+Down/Up,
        // Ctrl+Shift+R, Ctrl+B, Ctrl+I, and the guide's own Ctrl+F, F3, Shift+F3, Alt+Left, Alt+Right.
        QVERIFY(keys.size() >= 25);
    }

    void anchorLinksResolve()
    {
        static const QRegularExpression link(QStringLiteral("\\]\\(#([^)]+)\\)"));
        UserGuideDialog dialog;
        dialog.resize(900, 600);
        dialog.show();
        const QStringList anchors = dialog.headingAnchors();
        int links = 0;
        for (auto match = link.globalMatch(m_markdown); match.hasNext(); ++links) {
            const QString anchor = match.next().captured(1);
            QVERIFY2(anchors.contains(anchor), qPrintable(QStringLiteral("#%1 names no heading").arg(anchor)));
        }
        QVERIFY(links >= 20);

        // Following one scrolls there and goes into the history.
        QScrollBar* scroll = dialog.browser()->verticalScrollBar();
        QCOMPARE(scroll->value(), 0);
        QVERIFY(dialog.goToAnchor(QStringLiteral("keyboard-shortcuts")));
        QVERIFY(scroll->value() > 0);
        QCOMPARE(dialog.browser()->source().fragment(), QStringLiteral("keyboard-shortcuts"));
        QVERIFY(!dialog.goToAnchor(QStringLiteral("no-such-heading")));
        QVERIFY(dialog.browser()->isBackwardAvailable());
        dialog.browser()->backward();
        QVERIFY(dialog.browser()->source().fragment().isEmpty());
        QVERIFY(dialog.browser()->isForwardAvailable());
    }

    void findInPage()
    {
        UserGuideDialog dialog;
        QVERIFY(dialog.findText(QStringLiteral("Raise finding from selection")));
        QCOMPARE(dialog.browser()->textCursor().selectedText(), QStringLiteral("Raise finding from selection"));
        const int first = dialog.browser()->textCursor().position();
        QVERIFY(dialog.findText(QStringLiteral("Raise finding from selection")));
        QVERIFY(dialog.browser()->textCursor().position() > first);
        QVERIFY(!dialog.findText(QStringLiteral("no such words in the guide")));
    }

    void longCodeLinesWrap()
    {
        // The guide's command lines are longer than the text column: they wrap, so the text never scrolls sideways.
        QSettings().remove(QStringLiteral("userGuide"));
        UserGuideDialog dialog;
        dialog.resize(1080, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTextBrowser* browser = dialog.browser();
        bool sawCode = false;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            QVERIFY2(!block.blockFormat().nonBreakableLines(), qPrintable(block.text()));
            sawCode = sawCode || block.charFormat().fontFixedPitch()
                || block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
        }
        QVERIFY(sawCode);
        QTRY_COMPARE(browser->horizontalScrollBar()->maximum(), 0);
    }

    void geometryIsRemembered()
    {
        {
            UserGuideDialog dialog;
            dialog.show();
            dialog.resize(777, 555);
            dialog.close();
        }
        UserGuideDialog again;
        QCOMPARE(again.size(), QSize(777, 555));
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
