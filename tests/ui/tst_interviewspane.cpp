// SPDX-License-Identifier: GPL-3.0-or-later
// The Interviews pane driven as a user would: notes saved while typing and when switching interviews, bursts
// merged into one undo step, tags with catalog completion, files stored as evidence with their SHA-256 in one undo
// step, "Raise finding from selection", and the filters. Every result is checked in core.
#include "document/AuditDocument.h"
#include "models/InterviewListModel.h"
#include "panes/interviews/InterviewEditor.h"
#include "panes/interviews/InterviewFilterProxy.h"
#include "panes/interviews/InterviewsPane.h"
#include "panes/interviews/NotesEdit.h"
#include "widgets/TagEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace isoaudit;

class TestInterviewsPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<InterviewsPane> m_pane;

    QString addInterview(const QString& name, const QString& heldAt, const QStringList& clauses = {},
                         const QStringList& controls = {})
    {
        Record interview{RecordKind::Interview, {}, {}, {}, {}};
        interview.values = {{"interviewee", name}, {"held_at", heldAt}, {"auditor", QStringLiteral("Lena Lead")}};
        interview.links = {{LinkKind::Clause, clauses}, {LinkKind::Control, controls}};
        auto uuid = m_document->insertRecord(interview);
        return uuid ? uuid.value() : QString();
    }

    Record stored(RecordKind kind, const QString& uuid)
    {
        auto record = m_document->store().record(kind, uuid, AuditStore::Blobs::Load);
        return record ? record.value() : Record{};
    }

    int count(RecordKind kind) { return m_document->store().count(kind).value(); }

    void select(const QString& uuid) { m_pane->showRecord(RecordKind::Interview, uuid); }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("i%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
        m_pane = std::make_unique<InterviewsPane>();
        m_pane->resize(1200, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void notesAreSavedWhenSwitchingAndMergeIntoOneStep()
    {
        const QString anna = addInterview(QStringLiteral("Anna Admin"), QStringLiteral("2026-03-12T10:00:00"));
        const QString ben = addInterview(QStringLiteral("Ben Backup"), QStringLiteral("2026-03-12T14:00:00"));
        m_pane->setDocument(m_document.get());
        select(anna);
        QCOMPARE(m_pane->editor()->interview(), anna);
        const int steps = m_document->undoStack()->count();

        NotesEdit* notes = m_pane->editor()->notesEdit();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Backups are "));
        notes->flush(); // as the debounce timer would
        QTest::keyClicks(notes, QStringLiteral("never restored"));
        // Switching interviews at once (no waiting for the timer) must not lose the second burst.
        select(ben);
        QCOMPARE(m_pane->editor()->interview(), ben);
        const QString html = stored(RecordKind::Interview, anna).text(QStringLiteral("notes"));
        QTextDocument text;
        text.setHtml(html);
        QCOMPARE(text.toPlainText(), QStringLiteral("Backups are never restored"));
        QCOMPARE(m_document->undoStack()->count(), steps + 1); // both bursts merged

        m_document->undoStack()->undo();
        QVERIFY(stored(RecordKind::Interview, anna).text(QStringLiteral("notes")).isEmpty());
        select(anna);
        QVERIFY(notes->toPlainText().isEmpty());
        m_document->undoStack()->redo();
        QCOMPARE(notes->toPlainText(), QStringLiteral("Backups are never restored"));

        // Typing then leaving it alone saves through the debounce.
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(notes, QStringLiteral("."));
        QTRY_VERIFY(
            stored(RecordKind::Interview, anna).text(QStringLiteral("notes")).contains(QStringLiteral("restored.")));
        // Ctrl+Z belongs to the audit's undo stack: the notes save pending typing and pass the shortcut on.
        QTest::keyClicks(notes, QStringLiteral(" Really."));
        QKeyEvent undoKey(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
        QApplication::sendEvent(notes, &undoKey);
        QVERIFY(!undoKey.isAccepted());
        QVERIFY(stored(RecordKind::Interview, anna).text(QStringLiteral("notes")).contains(QStringLiteral("Really.")));
        m_document->undoStack()->undo(); // what Edit > Undo does with the shortcut
        QVERIFY(!stored(RecordKind::Interview, anna).text(QStringLiteral("notes")).contains(QStringLiteral("Really.")));
        QVERIFY(!notes->toPlainText().contains(QStringLiteral("Really.")));
        QTextDocument afterUndo; // the editor shows what the store now holds
        afterUndo.setHtml(stored(RecordKind::Interview, anna).text(QStringLiteral("notes")));
        QCOMPARE(notes->toPlainText(), afterUndo.toPlainText());
        m_document->undoStack()->redo();
        QVERIFY(notes->toPlainText().endsWith(QStringLiteral("restored. Really.")));
        // Clearing the document (closing the audit) saves pending typing too.
        QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(notes, QStringLiteral("!"));
        m_pane->setDocument(nullptr);
        QVERIFY(stored(RecordKind::Interview, anna).text(QStringLiteral("notes")).contains(QStringLiteral("Really.!")));
    }

    void fieldsAndTagsAreSaved()
    {
        const QString anna = addInterview(QStringLiteral("Anna Admin"), QStringLiteral("2026-03-12T10:00:00"));
        m_pane->setDocument(m_document.get());
        select(anna);
        auto* name = m_pane->editor()->findChild<QLineEdit*>(QStringLiteral("intervieweeLineEdit"));
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Anna Archivist"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(stored(RecordKind::Interview, anna).text(QStringLiteral("interviewee")),
                 QStringLiteral("Anna Archivist"));
        // An empty name is refused by the store; the editor shows the stored name again.
        QSignalSpy messages(m_pane.get(), &Pane::statusMessage);
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(stored(RecordKind::Interview, anna).text(QStringLiteral("interviewee")),
                 QStringLiteral("Anna Archivist"));
        QCOMPARE(name->text(), QStringLiteral("Anna Archivist"));

        auto* tags = m_pane->editor()->findChild<TagEdit*>(QStringLiteral("coversTagEdit"));
        QVERIFY(tags);
        tags->setFocus();
        tags->setText(QStringLiteral("a.5.15, 9.2.2"));
        QTest::keyClick(tags, Qt::Key_Return);
        const Record withTags = stored(RecordKind::Interview, anna);
        QCOMPARE(withTags.linked(LinkKind::Clause), QStringList{"9.2.2"});
        QCOMPARE(withTags.linked(LinkKind::Control), QStringList{"5.15"});
        QCOMPARE(tags->text(), QStringLiteral("9.2.2, A.5.15"));
        m_document->undoStack()->undo(); // both link kinds in one step
        QVERIFY(stored(RecordKind::Interview, anna).linked(LinkKind::Clause).isEmpty());
        QVERIFY(stored(RecordKind::Interview, anna).linked(LinkKind::Control).isEmpty());
        QVERIFY(tags->text().isEmpty());

        tags->setText(QStringLiteral("9.2.2, 99.1"));
        QTest::keyClick(tags, Qt::Key_Return);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("99.1")));
        QVERIFY(stored(RecordKind::Interview, anna).linked(LinkKind::Clause).isEmpty());
    }

    void tagParsing()
    {
        QStringList clauses;
        QStringList controls;
        QVERIFY(TagEdit::parse(QStringLiteral("5.1, A.5.1, 5.15; 8.9 Configuration management"), &clauses, &controls,
                               nullptr));
        QCOMPARE(clauses, QStringList{"5.1"});
        QCOMPARE(controls, (QStringList{"5.1", "5.15", "8.9"}));
        QString error;
        QVERIFY(!TagEdit::parse(QStringLiteral("A.9.9"), &clauses, &controls, &error));
        QVERIFY(error.contains(QStringLiteral("A.9.9")));
        const QStringList entries = TagEdit::completionEntries();
        QVERIFY(entries.contains(QStringLiteral("A.5.15 Access control")));
        QVERIFY(entries.contains(QStringLiteral("9.2.2 Internal audit programme")));
        QCOMPARE(entries.size(), 30 + 93);
    }

    void raiseFindingFromSelection()
    {
        const QString anna
            = addInterview(QStringLiteral("Anna Admin"), QStringLiteral("2026-03-12T10:00:00"), {"9.2.2"}, {"5.15"});
        QVERIFY(m_document->setField(RecordKind::Interview, anna, QStringLiteral("notes"),
                                     QStringLiteral("<p>Walked through the audit plan.</p>"
                                                    "<p>The internal audit programme was never approved.</p>")));
        m_pane->setDocument(m_document.get());
        select(anna);
        InterviewEditor* editor = m_pane->editor();
        NotesEdit* notes = editor->notesEdit();
        QVERIFY(!editor->raiseFindingAction()->isEnabled());
        QVERIFY(!editor->raiseFindingFromSelection()); // nothing selected: refused, nothing created
        QCOMPARE(count(RecordKind::Finding), 0);

        const QString sentence = QStringLiteral("The internal audit programme was never approved.");
        QTextCursor found = notes->document()->find(sentence);
        QVERIFY(!found.isNull());
        notes->setTextCursor(found);
        QVERIFY(editor->raiseFindingAction()->isEnabled());
        QSignalSpy navigate(m_pane.get(), &Pane::navigateTo);
        editor->raiseFindingAction()->trigger();

        QCOMPARE(count(RecordKind::Finding), 1);
        const Record finding = m_document->store().records(RecordKind::Finding)->first();
        QCOMPARE(finding.text(QStringLiteral("objective_evidence")), sentence);
        QCOMPARE(finding.text(QStringLiteral("grade")), QStringLiteral("observation"));
        QCOMPARE(finding.text(QStringLiteral("ref")), QStringLiteral("OBS-01"));
        QCOMPARE(finding.linked(LinkKind::Clause), QStringList{"9.2.2"});
        QCOMPARE(finding.linked(LinkKind::Control), QStringList{"5.15"});
        QCOMPARE(finding.linked(LinkKind::Interview), QStringList{anna});
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().at(0).value<RecordKind>(), RecordKind::Finding);
        QCOMPARE(navigate.first().at(1).toString(), finding.uuid);

        // The next one continues the numbering; undo takes a raised finding back whole.
        notes->setTextCursor(notes->document()->find(QStringLiteral("audit plan")));
        auto second = editor->raiseFindingFromSelection();
        QVERIFY(second);
        QCOMPARE(stored(RecordKind::Finding, second.value()).text(QStringLiteral("ref")), QStringLiteral("OBS-02"));
        m_document->undoStack()->undo();
        QCOMPARE(count(RecordKind::Finding), 1);
    }

    void filesBecomeEvidenceInOneStep()
    {
        const QString anna = addInterview(QStringLiteral("Anna Admin"), QStringLiteral("2026-03-12T10:00:00"));
        m_pane->setDocument(m_document.get());
        select(anna);
        const QString path = m_dir.filePath(QStringLiteral("backup-log.txt"));
        const QByteArray bytes("2026-03-01 backup job failed\n2026-03-02 backup job failed\n");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const int steps = m_document->undoStack()->count();
        // Paste the file onto the notes, as a drop does: it is stored, not inserted as text.
        auto* data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(path)});
        QApplication::clipboard()->setMimeData(data);
        m_pane->editor()->notesEdit()->paste();
        QCOMPARE(count(RecordKind::Evidence), 1);
        QVERIFY(m_pane->editor()->notesEdit()->toPlainText().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), steps + 1);

        const Record evidence = m_document->store().records(RecordKind::Evidence)->first();
        QCOMPARE(evidence.text(QStringLiteral("kind")), QStringLiteral("document"));
        QCOMPARE(evidence.text(QStringLiteral("title")), QStringLiteral("backup-log.txt"));
        QCOMPARE(evidence.linked(LinkKind::Interview), QStringList{anna});
        auto attachments = m_document->store().records(RecordKind::Attachment, evidence.uuid, AuditStore::Blobs::Load);
        QVERIFY(attachments);
        QCOMPARE(attachments->size(), 1);
        const Record attachment = attachments->first();
        QCOMPARE(attachment.values.value(QStringLiteral("data")).toByteArray(), bytes);
        QCOMPARE(attachment.integer(QStringLiteral("size")).value_or(-1), int(bytes.size()));
        QCOMPARE(attachment.text(QStringLiteral("sha256")),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(attachment.text(QStringLiteral("mime_type")), QStringLiteral("text/plain"));

        m_document->undoStack()->undo();
        QCOMPARE(count(RecordKind::Evidence), 0);
        QCOMPARE(count(RecordKind::Attachment), 0);

        // A file that cannot be read changes nothing.
        const QString missing = m_dir.filePath(QStringLiteral("missing.pdf"));
        const Status refused = m_pane->editor()->addFiles({path, missing});
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("missing.pdf")));
        QCOMPARE(count(RecordKind::Evidence), 0);
    }

    void everyColumnHeaderIsInView()
    {
        // At the width of a 1280-pixel screen's page, with a long role, no visible column runs past the view's
        // right edge (the last header, "Clauses / controls", used to be cut off behind a horizontal scroll bar).
        addInterview(QStringLiteral("Ingrid Åkesson"), QStringLiteral("2026-03-12T10:00:00"),
                     {"9.2.2", "4.3", "6.1.2"});
        m_pane->setDocument(m_document.get());
        m_pane->resize(1074, 700);
        auto* splitter = m_pane->findChild<QSplitter*>();
        QVERIFY(splitter);
        splitter->setSizes({480, 594}); // the list's share on a 1280x800 screen
        QCoreApplication::processEvents();
        QTableView* view = m_pane->view();
        const QHeaderView* header = view->horizontalHeader();
        int right = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                right = qMax(right, header->sectionViewportPosition(column) + header->sectionSize(column));
        }
        QVERIFY2(right <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(right).arg(view->viewport()->width())));
        const QString coversTitle
            = view->model()->headerData(InterviewListModel::CoversColumn, Qt::Horizontal).toString();
        QVERIFY(header->sectionSize(InterviewListModel::CoversColumn)
                > header->fontMetrics().horizontalAdvance(coversTitle));
        QCOMPARE(header->sectionResizeMode(InterviewListModel::RoleColumn), QHeaderView::Stretch);
        // A state saved by an earlier version (every column interactive) keeps its widths but not its modes.
        const QByteArray state = m_pane->saveState();
        InterviewsPane restored;
        restored.restoreState(state);
        QCOMPARE(restored.view()->horizontalHeader()->sectionResizeMode(InterviewListModel::HeldAtColumn),
                 QHeaderView::ResizeToContents);
    }

    void filtersAndAddDelete()
    {
        addInterview(QStringLiteral("Anna Admin"), QStringLiteral("2026-03-12T10:00:00"), {"9.2.2"});
        const QString ben
            = addInterview(QStringLiteral("Ben Backup"), QStringLiteral("2026-03-13T09:00:00"), {}, {"8.13"});
        addInterview(QStringLiteral("Carla CISO"), QStringLiteral("2026-03-13T11:00:00"), {"9.2.2"}, {"8.13"});
        m_pane->setDocument(m_document.get());
        InterviewFilterProxy* filter = m_pane->filter();
        QCOMPARE(filter->rowCount(), 3);
        filter->setPerson(QStringLiteral("backup"));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(InterviewListModel::UuidRole).toString(), ben);
        filter->setPerson(QString());
        filter->setRequirement(QStringLiteral("9.2.2"));
        QCOMPARE(filter->rowCount(), 2);
        filter->setRequirement(QStringLiteral("A.8.13"));
        QCOMPARE(filter->rowCount(), 2);
        filter->setDay(QDate(2026, 3, 13));
        QCOMPARE(filter->rowCount(), 2);
        filter->setRequirement(QStringLiteral("9.2.2"));
        QCOMPARE(filter->rowCount(), 1);
        filter->clear();
        QCOMPARE(filter->rowCount(), 3);

        // showRecord clears filters that hide the record.
        filter->setPerson(QStringLiteral("Anna"));
        m_pane->showRecord(RecordKind::Interview, ben);
        QCOMPARE(m_pane->editor()->interview(), ben);

        auto* add = m_pane->findChild<QPushButton*>(QStringLiteral("newInterviewButton"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(count(RecordKind::Interview), 4);
        const QString added = m_pane->editor()->interview();
        QVERIFY(!added.isEmpty() && added != ben);
        QCOMPARE(stored(RecordKind::Interview, added).text(QStringLiteral("auditor")), QStringLiteral("Lena Lead"));
        m_document->undoStack()->undo();
        QCOMPARE(count(RecordKind::Interview), 3);
        QVERIFY(m_pane->editor()->interview() != added);
    }
};

QTEST_MAIN(TestInterviewsPane)
#include "tst_interviewspane.moc"
