// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 Exceptions & Opinion page (issue 17, point 5), driven through its widgets offscreen on an engagement
// whose control C-1 (mapped to CC8.1) has a sample of 25: two items marked as exceptions on the sample grid roll up
// into an exception row "2 of 25" within the results' own undo steps (a result set outside the document, in a step
// of its own); the nature, pattern and management's response typed
// and chosen in the editor reach the store and the missing assessment goes; an unmodified opinion with CC8.1 proposed
// as not met shows the problem and keeps Record disabled; a qualified opinion with a basis and CC8.1 ticked is
// recorded in core, and undo restores the previous (unformed) opinion. Double-click opens the control; a read-only
// audit refuses edits; no document, no crash.
#include "core/Soc2Fixture.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/ControlExceptionTableModel.h"
#include "models/SampleItemTableModel.h"
#include "panes/exceptions/EffectCriteriaList.h"
#include "panes/exceptions/ExceptionEditor.h"
#include "panes/exceptions/ExceptionSync.h"
#include "soc2/SampleResults.h"
#include "panes/exceptions/ExceptionsPane.h"
#include "panes/exceptions/OpinionPanel.h"
#include "soc2/EngagementData.h"
#include "soc2/Opinion.h"
#include "soc2/PopulationImport.h"
#include "soc2/SampleDraw.h"
#include "widgets/FieldTextEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace isoaudit;
using namespace isoaudit::test;

class TestExceptionsPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    QString m_control;
    std::unique_ptr<AuditDocument> m_document;
    SampleDrawResult m_drawn;

    AuditStore& store() { return m_document->store(); }

    QList<Record> exceptions()
    {
        auto records = store().records(RecordKind::ControlException);
        return records ? records.value() : QList<Record>();
    }

    Record exception()
    {
        const QList<Record> all = exceptions();
        return all.isEmpty() ? Record{} : all.first();
    }

    OpinionChoice recordedOpinion()
    {
        auto data = EngagementData::load(store());
        return data ? Opinion::recorded(data.value()) : OpinionChoice{};
    }

    /// The event loop's turn: the roll-up and the opinion panel run once it is back.
    static void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    /// Marks two sample items as exceptions on the sample grid, as the Testing page does.
    void markTwoExceptions()
    {
        SampleItemTableModel grid;
        grid.setDocument(m_document.get());
        grid.setControl(m_control);
        QCOMPARE(grid.rowCount(), 25);
        QVERIFY(grid.setResults({2}, QStringLiteral("exception")));
        QVERIFY(grid.setResults({9}, QStringLiteral("exception")));
        QVERIFY(grid.setResults({0, 1}, QStringLiteral("no-exception")));
    }

    static void type(QWidget* field, const QString& text)
    {
        field->setFocus();
        QTest::keyClicks(field, text);
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files));
        auto created = soc2Engagement(m_path, &m_control);
        QVERIFY(created->setLinks(RecordKind::ServiceControl, m_control, LinkKind::Criterion, {"CC8.1"}));
        m_document = std::make_unique<AuditDocument>(std::move(created));
        const QString csv = m_dir.filePath(QStringLiteral("p%1.csv").arg(++m_files));
        writeFile(csv, populationCsv(400));
        PopulationImportOptions options;
        options.controlUuid = m_control;
        options.path = csv;
        QVERIFY(PopulationImport::run(store(), options));
        SampleDrawOptions draw;
        draw.controlUuid = m_control;
        draw.seed = 42;
        auto drawn = SampleDraw::draw(store(), draw);
        QVERIFY(drawn);
        m_drawn = drawn.value();
        QCOMPARE(m_drawn.items.size(), 25);
    }

    void cleanup() { m_document.reset(); }

    void exceptionsRollUpAsAnUndoStep()
    {
        ExceptionsPane pane;
        QCOMPARE(pane.title(), QStringLiteral("Exceptions & Opinion"));
        pane.setDocument(m_document.get());
        pane.resize(1166, 700);
        pane.show();
        settle();
        QCOMPARE(pane.model()->rowCount(), 0);
        QVERIFY(exceptions().isEmpty());

        QUndoStack* undo = m_document->undoStack();
        markTwoExceptions();
        settle();
        QCOMPARE(exceptions().size(), 1);
        QCOMPARE(exception().integer(QStringLiteral("deviations")), 2);
        QCOMPARE(exception().integer(QStringLiteral("sample_size")), 25);
        QCOMPARE(undo->count(), 3); // three result edits; each carries its count update in the same step
        QVERIFY(!undo->undoText().startsWith(QStringLiteral("Update the exception counts")));
        QTableView* view = pane.view();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ControlExceptionTableModel::DeviationsColumn).data().toString(),
                 QStringLiteral("2 of 25"));
        QCOMPARE(view->model()->index(0, ControlExceptionTableModel::ControlColumn).data().toString(),
                 QStringLiteral("C-1"));
        QCOMPARE(pane.currentUuid(), exception().uuid); // selected for assessment
        QCOMPARE(pane.summaryLabel()->text(), QStringLiteral("Exceptions: 1; not yet assessed: 1"));

        // Undo takes a result and its count back together; the record the first exception created goes with it.
        const QString uuid = exception().uuid;
        undo->undo(); // items 0 and 1: no deviation, the counts stay
        settle();
        QCOMPARE(exception().integer(QStringLiteral("deviations")), 2);
        undo->undo(); // item 9's exception
        settle();
        QCOMPARE(exception().integer(QStringLiteral("deviations")), 1);
        QCOMPARE(view->model()->index(0, ControlExceptionTableModel::DeviationsColumn).data().toString(),
                 QStringLiteral("1 of 25"));
        undo->undo(); // item 2's exception, which created the record
        settle();
        QVERIFY(exceptions().isEmpty());
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(undo->index(), 0);
        QVERIFY(undo->canRedo()); // nothing rolled up again behind the user's back
        for (int i = 0; i < 3; ++i)
            undo->redo();
        settle();
        QCOMPARE(exception().uuid, uuid); // the same record again: later steps that name it still apply
        QCOMPARE(exception().integer(QStringLiteral("deviations")), 2);
        QVERIFY(!undo->canRedo());

        // A new exception: the counts follow in the same step.
        SampleItemTableModel grid;
        grid.setDocument(m_document.get());
        grid.setControl(m_control);
        QVERIFY(grid.setResults({5}, QStringLiteral("exception")));
        settle();
        QCOMPARE(undo->count(), 4);
        QCOMPARE(view->model()->index(0, ControlExceptionTableModel::DeviationsColumn).data().toString(),
                 QStringLiteral("3 of 25"));
        undo->undo();
        QCOMPARE(exception().integer(QStringLiteral("deviations")), 2);
        int exceptionItems = 0;
        const QList<Record> items = store().records(RecordKind::SampleItem).value();
        for (const Record& item : items)
            exceptionItems += item.text(QStringLiteral("result")) == QLatin1String("exception");
        QCOMPARE(exceptionItems, 2); // the result went back with its count
    }

    void aResultSetOutsideTheDocumentRollsUpAsAStepOfItsOwn()
    {
        // A result core wrote directly (as the CLI does) leaves the counts out of step; the page's sync rolls them
        // up as a step of its own, which undo takes back and redo brings back with the same record.
        ExceptionsPane pane;
        pane.setDocument(m_document.get());
        pane.show();
        settle();
        SampleItemResult result;
        result.result = QStringLiteral("exception");
        result.testedBy = QStringLiteral("Core");
        result.testedOn = QDate(2024, 6, 1);
        QVERIFY(SampleResults::set(store(), m_control, m_drawn.items.at(3).text("occurrence_id"), result));
        QUndoStack* undo = m_document->undoStack();
        QTRY_COMPARE(exceptions().size(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Update the exception counts of C-1"));
        const QString uuid = exception().uuid;
        undo->undo();
        settle();
        QVERIFY(exceptions().isEmpty());
        undo->redo();
        settle();
        QCOMPARE(exception().uuid, uuid);
    }

    void editsTheAssessmentThroughTheEditor()
    {
        ExceptionsPane pane;
        pane.setDocument(m_document.get());
        pane.resize(1166, 700);
        pane.show();
        markTwoExceptions();
        settle();
        ExceptionEditor* editor = pane.editor();
        QCOMPARE(editor->exception(), exception().uuid);
        QVERIFY(editor->missingLabel()->text().contains(QStringLiteral("nature, pattern and management's response")));
        QCOMPARE(pane.model()->index(0, ControlExceptionTableModel::AssessmentColumn).data().toString(),
                 QStringLiteral("Missing: nature, pattern and management's response"));

        QUndoStack* undo = m_document->undoStack();
        type(editor->natureEdit(), QStringLiteral("Two changes deployed without approval"));
        pane.flush();
        QCOMPARE(exception().text(QStringLiteral("nature")), QStringLiteral("Two changes deployed without approval"));
        QCOMPARE(undo->undoText(), QStringLiteral("Set nature of the exception of C-1"));
        QVERIFY(editor->missingLabel()->text().contains(QStringLiteral("pattern and management's response")));

        QComboBox* pattern = editor->patternCombo();
        QCOMPARE(pattern->currentText(), ValueLabels::label(ValueList::DeviationPattern, QString()));
        pattern->setFocus();
        pattern->setCurrentIndex(pattern->findData(QStringLiteral("systematic")));
        QCOMPARE(exception().text(QStringLiteral("pattern")), QStringLiteral("systematic"));
        QCOMPARE(pane.model()->index(0, ControlExceptionTableModel::PatternColumn).data().toString(),
                 ValueLabels::label(ValueList::DeviationPattern, QStringLiteral("systematic")));

        type(editor->responseEdit(), QStringLiteral("The tool now blocks unapproved deployments."));
        pane.flush();
        QCOMPARE(exception().text(QStringLiteral("management_response")),
                 QStringLiteral("The tool now blocks unapproved deployments."));
        QCOMPARE(editor->missingLabel()->text(), QStringLiteral("Assessment complete."));
        QCOMPARE(pane.model()->index(0, ControlExceptionTableModel::AssessmentColumn).data().toString(),
                 QStringLiteral("Complete"));
        QCOMPARE(pane.model()->unassessedCount(), 0);
        QCOMPARE(pane.summaryLabel()->text(), QStringLiteral("Exceptions: 1, all assessed"));

        // The effect's criteria, ticked from the keyboard.
        EffectCriteriaList* criteria = editor->effectCriteria();
        const int row = criteria->rowOf(QStringLiteral("CC8.1"));
        QVERIFY(row >= 0);
        criteria->setCurrentRow(row);
        QTest::keyClick(criteria->viewport(), Qt::Key_Space);
        QCOMPARE(exception().linked(LinkKind::Criterion), QStringList{"CC8.1"});
        QCOMPARE(undo->undoText(), QStringLiteral("Change the criteria of the exception of C-1"));

        // Undo restores, one edit at a time, and the editor follows.
        undo->undo();
        QVERIFY(exception().linked(LinkKind::Criterion).isEmpty());
        QCOMPARE(criteria->checked(), QStringList());
        undo->undo();
        QCOMPARE(exception().text(QStringLiteral("management_response")), QString());
        QCOMPARE(editor->responseEdit()->toPlainText(), QString());
        QVERIFY(editor->missingLabel()->text().contains(QStringLiteral("management's response")));
        undo->undo();
        QCOMPARE(exception().text(QStringLiteral("pattern")), QString());
        QCOMPARE(pattern->currentIndex(), 0);
    }

    void opinionProblemsAndRecord()
    {
        ExceptionsPane pane;
        pane.setDocument(m_document.get());
        pane.resize(1166, 700);
        pane.show();
        markTwoExceptions();
        settle();
        ExceptionEditor* editor = pane.editor();
        editor->patternCombo()->setCurrentIndex(editor->patternCombo()->findData(QStringLiteral("systematic")));
        settle();
        OpinionPanel* opinion = pane.opinion();
        QVERIFY(opinion->candidatesLabel()->text().contains(
            QStringLiteral("CC8.1 — every mapped control failed (C-1); effect not weighed yet")));
        QVERIFY(!opinion->recordButton()->isEnabled()); // no opinion chosen yet
        QVERIFY(opinion->recordedLabel()->text().contains(QStringLiteral("No opinion recorded yet")));

        // Unmodified while CC8.1's only control failed without a stated effect: refused live.
        QComboBox* combo = opinion->opinionCombo();
        combo->setCurrentIndex(combo->findData(QStringLiteral("unmodified")));
        QVERIFY(opinion->problemsLabel()->text().contains(QStringLiteral("An unmodified opinion cannot be given yet")));
        QVERIFY(opinion->problemsLabel()->text().contains(QStringLiteral("CC8.1 (C-1)")));
        QVERIFY(!opinion->recordButton()->isEnabled());
        QVERIFY(!opinion->recordOpinion()); // refused when forced, nothing written
        QVERIFY(recordedOpinion().opinion.isEmpty());

        // Qualified: needs a criterion and a basis.
        combo->setCurrentIndex(combo->findData(QStringLiteral("qualified")));
        QCOMPARE(opinion->problems().size(), 2);
        QVERIFY(!opinion->recordButton()->isEnabled());
        type(opinion->basisEdit(), QStringLiteral("Changes were deployed without approval."));
        QCOMPARE(opinion->problems(),
                 QStringList{QStringLiteral("A qualified opinion names at least one criterion that is not met.")});
        EffectCriteriaList* notMet = opinion->notMetList();
        notMet->setCurrentRow(notMet->rowOf(QStringLiteral("CC8.1")));
        QTest::keyClick(notMet->viewport(), Qt::Key_Space);
        QCOMPARE(notMet->checked(), QStringList{"CC8.1"});
        QVERIFY(opinion->problems().isEmpty());
        QVERIFY(opinion->recordButton()->isEnabled());

        const int steps = m_document->undoStack()->count();
        QTest::mouseClick(opinion->recordButton(), Qt::LeftButton);
        OpinionChoice recorded = recordedOpinion();
        QCOMPARE(recorded.opinion, QStringLiteral("qualified"));
        QCOMPARE(recorded.basis, QStringLiteral("Changes were deployed without approval."));
        QCOMPARE(recorded.notMet, QStringList{"CC8.1"});
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Record the opinion: Qualified"));
        settle();
        QVERIFY(opinion->recordedLabel()->text().contains(QStringLiteral("Qualified")));
        QVERIFY(!opinion->recordButton()->isEnabled()); // it is the opinion on record

        // Undo restores the previous choice (none), and the selector follows it.
        m_document->undoStack()->undo();
        recorded = recordedOpinion();
        QVERIFY(recorded.opinion.isEmpty());
        QVERIFY(recorded.basis.isEmpty());
        QVERIFY(recorded.notMet.isEmpty());
        settle();
        QCOMPARE(combo->currentData().toString(), QString());
        QVERIFY(opinion->recordedLabel()->text().contains(QStringLiteral("No opinion recorded yet")));
        // Redo records it again.
        m_document->undoStack()->redo();
        QCOMPARE(recordedOpinion().opinion, QStringLiteral("qualified"));
    }

    void doubleClickOpensTheControl()
    {
        ExceptionsPane pane;
        pane.setDocument(m_document.get());
        pane.resize(1166, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        markTwoExceptions();
        settle();
        QSignalSpy navigate(&pane, &Pane::navigateTo);
        QTableView* view = pane.view();
        const QModelIndex index = view->model()->index(0, ControlExceptionTableModel::TitleColumn);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().at(0).value<RecordKind>(), RecordKind::ServiceControl);
        QCOMPARE(navigate.first().at(1).toString(), m_control);
        // The editor's button does the same.
        QTest::mouseClick(pane.findChild<QPushButton*>(QStringLiteral("openControlButton")), Qt::LeftButton);
        QCOMPARE(navigate.size(), 2);
        QCOMPARE(navigate.last().at(1).toString(), m_control);

        // showRecord selects the exception of a control; find() focuses the filter.
        pane.view()->clearSelection();
        pane.showRecord(RecordKind::ServiceControl, m_control);
        QCOMPARE(pane.currentUuid(), exception().uuid);
        pane.activateWindow();
        pane.find();
        QCOMPARE(QApplication::focusWidget(), pane.filterEdit());
    }

    void signedAuditRefusesAndSaysWhy()
    {
        markTwoExceptions();
        {
            ExceptionSync sync;
            sync.setDocument(m_document.get());
            settle();
        }
        QCOMPARE(exceptions().size(), 1);
        // Fixture: marked signed directly (signing a report needs a PKI; tst_workflow_lifecycle does that).
        store().setWriteGuard([](RecordKind, const QStringList&) { return Status(); });
        QVERIFY(store().setField(RecordKind::Audit, store().audit()->uuid, "lifecycle", QStringLiteral("signed")));
        m_document.reset();
        auto opened = AuditDocument::open(m_path);
        QVERIFY(opened);
        ExceptionsPane pane;
        QSignalSpy messages(&pane, &Pane::statusMessage);
        pane.setDocument(opened.value().get());
        pane.show();
        settle();
        QVERIFY(messages.isEmpty()); // in step: nothing to roll up, nothing to say
        ExceptionEditor* editor = pane.editor();
        auto stored = opened.value()->store().records(RecordKind::ControlException);
        QVERIFY(stored && stored->size() == 1);
        QCOMPARE(editor->exception(), stored->first().uuid);
        type(editor->natureEdit(), QStringLiteral("Late approvals"));
        pane.flush();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("signed")));
        stored = opened.value()->store().records(RecordKind::ControlException);
        QVERIFY(stored);
        QCOMPARE(stored->first().text(QStringLiteral("nature")), QString());
        QCOMPARE(editor->natureEdit()->toPlainText(), QString()); // the refused text is not left standing
        QCOMPARE(opened.value()->undoStack()->count(), 0);

        OpinionPanel* opinion = pane.opinion();
        opinion->opinionCombo()->setCurrentIndex(opinion->opinionCombo()->findData(QStringLiteral("adverse")));
        type(opinion->basisEdit(), QStringLiteral("Changes were not approved."));
        QVERIFY(opinion->recordButton()->isEnabled()); // consistent; the store refuses it
        QTest::mouseClick(opinion->recordButton(), Qt::LeftButton);
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("signed")));
        auto data = EngagementData::load(opened.value()->store());
        QVERIFY(data);
        QVERIFY(Opinion::recorded(data.value()).opinion.isEmpty());
        pane.setDocument(nullptr);
    }

    void aHiddenOpinionPanelWaitsUntilShown()
    {
        ExceptionsPane pane;
        pane.setDocument(m_document.get());
        pane.resize(1166, 700);
        pane.show();
        settle();
        OpinionPanel* opinion = pane.opinion();
        QVERIFY(opinion->recordedLabel()->text().contains(QStringLiteral("No opinion recorded yet")));
        const QString problems = opinion->problemsLabel()->text();

        // Another page is shown while the opinion is recorded elsewhere (the CLI, a merge): the panel does not read
        // the engagement again.
        pane.hide();
        QVERIFY(Opinion::record(store(), QStringLiteral("qualified"), QStringLiteral("Changes were not approved."),
                                QStringList{QStringLiteral("CC8.1")}));
        settle();
        settle();
        QVERIFY(opinion->recordedLabel()->text().contains(QStringLiteral("No opinion recorded yet")));
        QCOMPARE(opinion->problemsLabel()->text(), problems);
        QCOMPARE(opinion->draft().opinion, QString());

        // Shown again, it reads the engagement once, before it is painted: the recorded opinion and its draft.
        pane.show();
        QVERIFY(opinion->recordedLabel()->text().contains(QStringLiteral("Qualified")));
        QCOMPARE(opinion->draft().opinion, QStringLiteral("qualified"));
        QCOMPARE(opinion->draft().notMet, QStringList{QStringLiteral("CC8.1")});
        QCOMPARE(opinion->problemsLabel()->text(), QStringLiteral("This is the opinion on record."));

        // Hidden and stale, Record opinion reads the engagement first: the draft it weighs is the recorded one.
        pane.hide();
        QVERIFY(store().setFields(RecordKind::Engagement, store().singleton(RecordKind::Engagement)->uuid,
                                  {{QStringLiteral("opinion"), QVariant()}, {QStringLiteral("opinion_basis"), QString()}}));
        QVERIFY(!opinion->recordOpinion()); // nothing chosen: the opinion on record is gone
        QCOMPARE(opinion->draft().opinion, QString());
        pane.setDocument(nullptr);
    }

    void readOnlyAuditAndNoDocument()
    {
        ExceptionsPane pane;
        pane.show();
        pane.setDocument(nullptr);
        settle();
        QCOMPARE(pane.model()->rowCount(), 0);
        QVERIFY(!pane.editor()->natureEdit()->isEnabled());
        QVERIFY(!pane.opinion()->recordButton()->isEnabled());

        markTwoExceptions();
        {
            ExceptionSync sync;
            sync.setDocument(m_document.get());
            settle();
        }
        QCOMPARE(exceptions().size(), 1);
        m_document.reset();
        auto readOnly = AuditDocument::open(m_path, AuditDatabase::Mode::ReadOnly);
        QVERIFY(readOnly);
        pane.setDocument(readOnly.value().get());
        settle();
        QCOMPARE(pane.model()->rowCount(), 1);
        QVERIFY(!pane.editor()->natureEdit()->isEnabled());
        QVERIFY(!pane.editor()->patternCombo()->isEnabled());
        QVERIFY(!pane.opinion()->opinionCombo()->isEnabled());
        QVERIFY(!pane.opinion()->recordButton()->isEnabled());
        QVERIFY(!pane.opinion()->recordOpinion());
        pane.setDocument(nullptr);
        QCOMPARE(pane.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestExceptionsPane)
#include "tst_exceptionspane.moc"
