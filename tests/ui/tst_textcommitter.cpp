// SPDX-License-Identifier: GPL-3.0-or-later
// TextCommitter, the one debounced committer behind every multi-line field (FieldTextEdit, NotesEdit): a burst of
// typing is saved once after the pause, at once on focus-out, on flush() and before the audit's undo shortcut; a
// stored value shown is not typing and does not overwrite unsaved typing; a burst is one undo step.
#include "document/AuditDocument.h"
#include "panes/interviews/NotesEdit.h"
#include "widgets/FieldTextEdit.h"
#include "widgets/TextCommitter.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace isoaudit;

namespace {

/// A plain edit with a committer attached, and another field to move the focus to, in a shown window.
struct Form
{
    QWidget window;
    QPlainTextEdit* edit = new QPlainTextEdit(&window);
    QLineEdit* other = new QLineEdit(&window);
    std::unique_ptr<TextCommitter> committer
        = std::make_unique<TextCommitter>(edit, edit->document(), [this] { return edit->toPlainText(); });

    Form()
    {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(edit);
        layout->addWidget(other);
    }
    ~Form() { committer.reset(); } // before the edit it follows
};

} // namespace

class TestTextCommitter : public QObject
{
    Q_OBJECT

private slots:
    void savesABurstOnceAfterThePause()
    {
        Form form;
        QSignalSpy edited(form.committer.get(), &TextCommitter::edited);
        QTest::keyClicks(form.edit, QStringLiteral("abc"));
        QVERIFY(form.committer->isDirty());
        QCOMPARE(edited.size(), 0); // not on every keystroke
        QTRY_COMPARE_WITH_TIMEOUT(edited.size(), 1, 5 * TextCommitter::delayMs);
        QCOMPARE(edited.first().first().toString(), QStringLiteral("abc"));
        QVERIFY(!form.committer->isDirty());
        QTest::qWait(2 * TextCommitter::delayMs);
        QCOMPARE(edited.size(), 1); // and only once
        form.committer->flush();
        QCOMPARE(edited.size(), 1); // nothing unsaved: flush() says nothing
    }

    void savesAtOnceWhenTheFocusLeaves()
    {
        Form form;
        form.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&form.window));
        form.edit->setFocus();
        QTRY_VERIFY(form.edit->hasFocus());
        QSignalSpy edited(form.committer.get(), &TextCommitter::edited);
        QTest::keyClicks(form.edit, QStringLiteral("typed"));
        form.other->setFocus();
        QTRY_VERIFY(form.other->hasFocus());
        QCOMPARE(edited.size(), 1); // before the pause is over
        QCOMPARE(edited.first().first().toString(), QStringLiteral("typed"));
        QTest::qWait(2 * TextCommitter::delayMs);
        QCOMPARE(edited.size(), 1); // the timer was stopped
    }

    void theUndoShortcutSavesAndPassesOn()
    {
        Form form;
        QSignalSpy edited(form.committer.get(), &TextCommitter::edited);
        QTest::keyClicks(form.edit, QStringLiteral("x"));
        QKeyEvent undo(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
        QApplication::sendEvent(form.edit, &undo);
        QVERIFY(!undo.isAccepted()); // the audit's Edit > Undo takes it, not the field
        QCOMPARE(edited.size(), 1);
        QVERIFY(!form.edit->document()->isUndoRedoEnabled()); // one history: the audit's
        QKeyEvent plain(QEvent::ShortcutOverride, Qt::Key_A, Qt::NoModifier);
        QApplication::sendEvent(form.edit, &plain);
        QCOMPARE(edited.size(), 1);
    }

    void aStoredValueIsNotTyping()
    {
        Form form;
        form.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&form.window));
        QSignalSpy edited(form.committer.get(), &TextCommitter::edited);
        QVERIFY(form.committer->load([&] { form.edit->setPlainText(QStringLiteral("stored")); }));
        QVERIFY(!form.committer->isDirty());
        QTest::qWait(2 * TextCommitter::delayMs);
        QCOMPARE(edited.size(), 0);

        // Unsaved typing in the focused field is not overwritten by a value coming back from the store...
        form.edit->setFocus();
        QTRY_VERIFY(form.edit->hasFocus());
        form.edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(form.edit, QStringLiteral("!"));
        QVERIFY(!form.committer->load([&] { form.edit->setPlainText(QStringLiteral("other")); }));
        QCOMPARE(form.edit->toPlainText(), QStringLiteral("stored!"));
        // ...but another record's value replaces it when the field has no focus (the pane flushed first).
        form.other->setFocus();
        QTRY_VERIFY(form.other->hasFocus());
        QCOMPARE(edited.size(), 1);
        QVERIFY(form.committer->load([&] { form.edit->setPlainText(QStringLiteral("next record")); }));
        QCOMPARE(form.edit->toPlainText(), QStringLiteral("next record"));
    }

    void aBurstIsOneUndoStep()
    {
        QTemporaryDir dir;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(dir.filePath(QStringLiteral("t.isoaudit")), seed);
        QVERIFY2(store, qPrintable(store.error()));
        AuditDocument document(std::move(store).value());
        Record finding{RecordKind::Finding, {}, {}, {{"ref", QStringLiteral("F-1")}}, {}};
        const QString uuid = document.insertRecord(finding).value();
        const int steps = document.undoStack()->count();

        FieldTextEdit edit;
        connect(&edit, &FieldTextEdit::edited, this, [&](const QString& text) {
            QVERIFY(document.setField(RecordKind::Finding, uuid, QStringLiteral("statement"), text));
        });
        QTest::keyClicks(&edit, QStringLiteral("The policy is not approved"));
        QTRY_COMPARE_WITH_TIMEOUT(document.undoStack()->count(), steps + 1, 5 * TextCommitter::delayMs);
        QTest::qWait(2 * TextCommitter::delayMs);
        QCOMPARE(document.undoStack()->count(), steps + 1); // 26 keystrokes, one step
        QCOMPARE(document.store().record(RecordKind::Finding, uuid)->text(QStringLiteral("statement")),
                 QStringLiteral("The policy is not approved"));
        document.undoStack()->undo();
        QCOMPARE(document.store().record(RecordKind::Finding, uuid)->text(QStringLiteral("statement")), QString());
    }

    void theNotesSaveTheirRichText()
    {
        NotesEdit notes;
        QSignalSpy edited(&notes, &NotesEdit::edited);
        notes.setNotes(QStringLiteral("<p>Asked about <b>backups</b></p>"));
        QVERIFY(!notes.isDirty());
        QTest::keyClicks(&notes, QStringLiteral("x"));
        QVERIFY(notes.isDirty());
        notes.flush();
        QCOMPARE(edited.size(), 1);
        QVERIFY(edited.first().first().toString().contains(QStringLiteral("font-weight")));
        notes.clear();
        QVERIFY(notes.isDirty());
        notes.flush();
        QCOMPARE(edited.at(1).first().toString(), QString()); // emptied: no HTML skeleton stored
    }
};

QTEST_MAIN(TestTextCommitter)
#include "tst_textcommitter.moc"
