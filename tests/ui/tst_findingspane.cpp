// SPDX-License-Identifier: GPL-3.0-or-later
// The Findings pane driven as a user would: numbered references, regrading with renumbering in one undo step,
// the classification assistant live on the facts, the corrective-action flow with its allowed steps and history,
// counters by grade, and text saved when switching findings. Every result is checked in core.
#include "WorkbenchTestSupport.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/FindingTableModel.h"
#include "panes/findings/ClassificationPanel.h"
#include "panes/findings/CorrectiveActionPanel.h"
#include "panes/findings/FindingEditor.h"
#include "panes/findings/FindingsPane.h"
#include "settings/AppSettings.h"
#include "widgets/FieldTextEdit.h"
#include "workflow/CorrectiveActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace isoaudit;

class TestFindingsPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<FindingsPane> m_pane;

    Record stored(const QString& uuid)
    {
        auto record = m_document->store().record(RecordKind::Finding, uuid);
        return record ? record.value() : Record{};
    }

    Result<QString> add(const QString& grade) { return m_pane->addFinding(grade); }

    void setNature(const QString& nature)
    {
        QComboBox* combo = m_pane->classification()->natureCombo();
        combo->setCurrentIndex(combo->findData(nature));
    }

private slots:
    void initTestCase()
    {
        // The sampling policy is a preference: settings of the test's own, never the user's.
        workbenchtest::isolateSettings(m_dir, QStringLiteral("tst_findingspane"));
    }

    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        seed.startDate = QDate(2026, 3, 10);
        seed.endDate = QDate(2026, 3, 13);
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("p%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
        m_pane = std::make_unique<FindingsPane>();
        m_pane->resize(1300, 760);
        m_pane->setDocument(m_document.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void referencesAndRegrading()
    {
        auto obs = add(QStringLiteral("observation"));
        auto minor = add(QStringLiteral("minor"));
        auto major = add(QStringLiteral("major"));
        auto ofi = add(QStringLiteral("ofi"));
        QVERIFY(obs && minor && major && ofi);
        QCOMPARE(stored(obs.value()).text(QStringLiteral("ref")), QStringLiteral("OBS-01"));
        QCOMPARE(stored(minor.value()).text(QStringLiteral("ref")), QStringLiteral("NC-01"));
        QCOMPARE(stored(major.value()).text(QStringLiteral("ref")), QStringLiteral("NC-02"));
        QCOMPARE(stored(ofi.value()).text(QStringLiteral("ref")), QStringLiteral("OFI-01"));
        QCOMPARE(m_pane->currentUuid(), ofi.value()); // a new finding is selected
        QVERIFY(m_pane->countersLabel()->toolTip().contains(
            QStringLiteral("%1: 1").arg(FindingTableModel::gradeLabel(QStringLiteral("major")))));

        // Classifying the observation as minor gives it the next NC number, in one undo step.
        m_pane->showRecord(RecordKind::Finding, obs.value());
        const int steps = m_document->undoStack()->count();
        QComboBox* grade = m_pane->editor()->gradeCombo();
        grade->setCurrentIndex(grade->findData(QStringLiteral("minor")));
        emit grade->activated(grade->currentIndex());
        QCOMPARE(stored(obs.value()).text(QStringLiteral("grade")), QStringLiteral("minor"));
        QCOMPARE(stored(obs.value()).text(QStringLiteral("ref")), QStringLiteral("NC-03"));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_pane->model()->countByGrade().value(QStringLiteral("minor")), 2);
        m_document->undoStack()->undo();
        QCOMPARE(stored(obs.value()).text(QStringLiteral("ref")), QStringLiteral("OBS-01"));
        QCOMPARE(stored(obs.value()).text(QStringLiteral("grade")), QStringLiteral("observation"));
        QCOMPARE(grade->currentData().toString(), QStringLiteral("observation"));

        // Major to minor keeps the NC number.
        m_pane->showRecord(RecordKind::Finding, major.value());
        QVERIFY(m_pane->editor()->setGrade(QStringLiteral("minor")));
        QCOMPARE(stored(major.value()).text(QStringLiteral("ref")), QStringLiteral("NC-02"));

        // Delete and undo.
        QVERIFY(m_pane->deleteSelected());
        QCOMPARE(m_document->store().count(RecordKind::Finding).value(), 3);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->store().count(RecordKind::Finding).value(), 4);
    }

    void areaOfConcernOnlyInAStage1Audit()
    {
        const QString concern = QStringLiteral("area-of-concern");
        const auto values = [](QComboBox* combo) {
            QStringList out;
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemData(i).toString();
            return out;
        };
        const auto menuGrades = [this] {
            QStringList out;
            for (QAction* action : m_pane->addButton()->menu()->actions())
                out << action->data().toString();
            return out;
        };
        const QString auditUuid = m_document->store().audit()->uuid;
        auto finding = add(QStringLiteral("observation"));
        QVERIFY(finding);
        QComboBox* grade = m_pane->editor()->gradeCombo();
        // A Stage 2 audit (the default): no area of concern to choose, filter by, add or count.
        QCOMPARE(values(grade), Enums::findingGradesFor(QStringLiteral("stage2")));
        QVERIFY(!values(m_pane->gradeFilter()).contains(concern));
        QCOMPARE(menuGrades(), Enums::findingGradesFor(QStringLiteral("stage2")));
        QVERIFY(!m_pane->countersLabel()->toolTip().contains(FindingTableModel::gradeLabel(concern)));

        // A Stage 1 audit offers it everywhere, as soon as the type changes.
        QVERIFY(
            m_document->setField(RecordKind::Audit, auditUuid, QStringLiteral("audit_type"), QStringLiteral("stage1")));
        QCOMPARE(values(grade), Enums::findingGrades);
        QVERIFY(values(m_pane->gradeFilter()).contains(concern));
        QVERIFY(menuGrades().contains(concern));
        QVERIFY(m_pane->countersLabel()->toolTip().contains(FindingTableModel::gradeLabel(concern)));
        QVERIFY(m_pane->editor()->setGrade(concern));
        QCOMPARE(stored(finding.value()).text(QStringLiteral("grade")), concern);
        QCOMPARE(stored(finding.value()).text(QStringLiteral("ref")), QStringLiteral("AOC-01"));

        // Back to Stage 2: the finding still shows its grade, but no other grade choice offers it.
        QVERIFY(
            m_document->setField(RecordKind::Audit, auditUuid, QStringLiteral("audit_type"), QStringLiteral("stage2")));
        QCOMPARE(grade->currentData().toString(), concern);
        QCOMPARE(grade->currentText(), FindingTableModel::gradeLabel(concern));
        QVERIFY(values(m_pane->gradeFilter()).contains(concern)); // a grade a finding has can be filtered
        QVERIFY(!menuGrades().contains(concern));
        QVERIFY(m_pane->countersLabel()->toolTip().contains(
            QStringLiteral("%1: 1").arg(FindingTableModel::gradeLabel(concern))));
        auto other = add(QStringLiteral("observation"));
        QVERIFY(other);
        QVERIFY(!values(grade).contains(concern));
    }

    void natureOffersUndocumented()
    {
        auto uuid = add(QStringLiteral("minor"));
        QVERIFY(uuid);
        QComboBox* nature = m_pane->classification()->natureCombo();
        const int at = nature->findData(QStringLiteral("undocumented"));
        QVERIFY(at > 0);
        QCOMPARE(nature->itemText(at), ValueLabels::label(ValueList::FindingNature, QStringLiteral("undocumented")));
        setNature(QStringLiteral("undocumented"));
        QCOMPARE(stored(uuid.value()).text(QStringLiteral("nature")), QStringLiteral("undocumented"));
    }

    void classificationAssistantIsLive()
    {
        auto uuid = add(QStringLiteral("observation"));
        QVERIFY(uuid);
        ClassificationPanel* assistant = m_pane->classification();
        QVERIFY(assistant->suggestedGrade().isEmpty());
        QVERIFY(!assistant->applyButton()->isEnabled());

        setNature(QStringLiteral("isolated"));
        QCOMPARE(assistant->suggestedGrade(), QStringLiteral("minor"));
        QVERIFY(!assistant->rationale().isEmpty());
        QCOMPARE(stored(uuid.value()).text(QStringLiteral("nature")), QStringLiteral("isolated"));
        QCOMPARE(stored(uuid.value()).text(QStringLiteral("suggested_grade")), QStringLiteral("minor"));

        // 3 of 10 samples failed: ISO/IEC 17021-1 sets no failure rate, so without the certification body's own
        // sampling policy it stays minor ...
        assistant->samplesTakenSpin()->setValue(10);
        assistant->samplesFailedSpin()->setValue(3);
        QCOMPARE(assistant->suggestedGrade(), QStringLiteral("minor"));
        QVERIFY(assistant->rationale().contains(QStringLiteral("3 of 10")));
        // ... and with the policy (Preferences) it is major, the rationale naming the policy.
        AppSettings::Values preferences = AppSettings::load();
        preferences.samplingPolicy = {true, 20, 2};
        AppSettings::save(preferences);
        assistant->samplesFailedSpin()->setValue(4);
        assistant->samplesFailedSpin()->setValue(3);
        QCOMPARE(assistant->suggestedGrade(), QStringLiteral("major"));
        QVERIFY(assistant->rationale().contains(QStringLiteral("certification body's sampling policy")));
        QCOMPARE(stored(uuid.value()).integer(QStringLiteral("samples_failed")).value_or(-1), 3);
        QCOMPARE(stored(uuid.value()).text(QStringLiteral("suggested_grade")), QStringLiteral("major"));
        preferences.samplingPolicy = {};
        AppSettings::save(preferences);
        assistant->samplesFailedSpin()->setValue(1);
        QCOMPARE(assistant->suggestedGrade(), QStringLiteral("minor"));
        assistant->capabilityCheck()->setChecked(true);
        QCOMPARE(assistant->suggestedGrade(), QStringLiteral("major"));
        QVERIFY(stored(uuid.value()).flag(QStringLiteral("capability_in_doubt")));

        // Failed samples without the number taken: no suggestion, the reason shown, and the grade untouched.
        assistant->samplesTakenSpin()->setValue(-1);
        QVERIFY(assistant->suggestedGrade().isEmpty());
        QVERIFY(assistant->rationale().contains(QStringLiteral("both")));
        QCOMPARE(stored(uuid.value()).text(QStringLiteral("grade")), QStringLiteral("observation"));

        // Undo restores the facts and the panel follows.
        m_document->undoStack()->undo();
        QCOMPARE(stored(uuid.value()).integer(QStringLiteral("samples_taken")).value_or(-1), 10);
        QCOMPARE(assistant->samplesTakenSpin()->value(), 10);
        QCOMPARE(assistant->suggestedGrade(), QStringLiteral("major"));

        // Applying the suggestion grades the finding (and renumbers it NC-).
        QTest::mouseClick(assistant->applyButton(), Qt::LeftButton);
        QCOMPARE(stored(uuid.value()).text(QStringLiteral("grade")), QStringLiteral("major"));
        QCOMPARE(stored(uuid.value()).text(QStringLiteral("ref")), QStringLiteral("NC-01"));
    }

    void correctiveActionFlow()
    {
        auto obs = add(QStringLiteral("observation"));
        QVERIFY(obs);
        CorrectiveActionPanel* flow = m_pane->correctiveAction();
        QVERIFY(!flow->start()); // an observation takes no corrective action
        QCOMPARE(m_document->store().count(RecordKind::CorrectiveAction).value(), 0);

        auto minor = add(QStringLiteral("minor"));
        QVERIFY(minor);
        QVERIFY(flow->start());
        QVERIFY(!flow->actionUuid().isEmpty());
        const QString action = flow->actionUuid();
        auto record = m_document->store().record(RecordKind::CorrectiveAction, action);
        QVERIFY(record);
        QCOMPARE(record->text(QStringLiteral("status")), QStringLiteral("open"));
        QVERIFY(!record->text(QStringLiteral("due_date")).isEmpty());
        QCOMPARE(CorrectiveActions::history(m_document->store(), action)->size(), 1);
        QCOMPARE(flow->statusButtons().size(), 1);
        QCOMPARE(flow->statusButtons().first()->objectName(), QStringLiteral("moveTo-plan-submitted"));
        QCOMPARE(m_pane->model()
                     ->index(m_pane->model()->rowOf(minor.value()), FindingTableModel::StatusColumn)
                     .data()
                     .toString(),
                 FindingTableModel::statusLabel(QStringLiteral("open")));

        QVERIFY(!flow->moveTo(QStringLiteral("plan-accepted"))); // not allowed from open
        QCOMPARE(m_document->store().record(RecordKind::CorrectiveAction, action)->text(QStringLiteral("status")),
                 QStringLiteral("open"));

        QTest::mouseClick(flow->statusButtons().first(), Qt::LeftButton);
        QCOMPARE(m_document->store().record(RecordKind::CorrectiveAction, action)->text(QStringLiteral("status")),
                 QStringLiteral("plan-submitted"));
        auto history = CorrectiveActions::history(m_document->store(), action);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().text(QStringLiteral("from_status")), QStringLiteral("open"));
        QCOMPARE(history->last().text(QStringLiteral("changed_by")), QStringLiteral("Lena Lead"));
        QStringList next;
        for (QPushButton* button : flow->statusButtons())
            next << button->objectName();
        QCOMPARE(next, (QStringList{"moveTo-open", "moveTo-plan-accepted"}));

        // One step undoes status and history together.
        m_document->undoStack()->undo();
        QCOMPARE(m_document->store().record(RecordKind::CorrectiveAction, action)->text(QStringLiteral("status")),
                 QStringLiteral("open"));
        QCOMPARE(CorrectiveActions::history(m_document->store(), action)->size(), 1);

        // Overdue is marked against the panel's and the model's day.
        m_pane->model()->setToday(QDate(2030, 1, 1));
        QVERIFY(m_pane->model()
                    ->index(m_pane->model()->rowOf(minor.value()), 0)
                    .data(FindingTableModel::OverdueRole)
                    .toBool());
        flow->setToday(QDate(2030, 1, 1));
        bool marked = false;
        for (const QLabel* label : flow->findChildren<QLabel*>())
            marked = marked || label->text().contains(QStringLiteral("overdue"));
        QVERIFY(marked);
    }

    void longTitleShowsItsStart()
    {
        // QLineEdit::setText() leaves the cursor at the end: a title longer than the field showed its last words.
        auto finding = add(QStringLiteral("major"));
        auto other = add(QStringLiteral("minor"));
        QVERIFY(finding && other);
        const QString title = QStringLiteral("Risk treatment not decided or implemented for risks above the "
                                             "threshold of the organization's own acceptance criteria, %1")
                                  .arg(QStringLiteral("again and again ").repeated(8));
        QVERIFY(m_document->setField(RecordKind::Finding, finding.value(), QStringLiteral("title"), title).ok());
        m_pane->showRecord(RecordKind::Finding, finding.value());
        QLineEdit* edit = nullptr;
        for (QLineEdit* candidate : m_pane->editor()->findChildren<QLineEdit*>()) {
            if (candidate->accessibleName() == QLatin1String("Title"))
                edit = candidate;
        }
        QVERIFY(edit);
        QCOMPARE(edit->text(), title);
        QVERIFY(edit->fontMetrics().horizontalAdvance(title) > edit->width()); // really longer than the field
        QCOMPARE(edit->cursorPosition(), 0);
    }

    void textIsSavedWhenSwitching()
    {
        auto first = add(QStringLiteral("minor"));
        auto second = add(QStringLiteral("minor"));
        QVERIFY(first && second);
        m_pane->showRecord(RecordKind::Finding, first.value());
        FieldTextEdit* statement = m_pane->editor()->statementEdit();
        statement->setFocus();
        QTest::keyClicks(statement, QStringLiteral("Access reviews were not performed in Q3."));
        m_pane->showRecord(RecordKind::Finding, second.value());
        QCOMPARE(stored(first.value()).text(QStringLiteral("statement")),
                 QStringLiteral("Access reviews were not performed in Q3."));
        QVERIFY(statement->toPlainText().isEmpty());
        m_pane->showRecord(RecordKind::Finding, first.value());
        QCOMPARE(statement->toPlainText(), QStringLiteral("Access reviews were not performed in Q3."));
    }

    void linksToInterviewsEvidenceAndRisks()
    {
        Record interview{RecordKind::Interview, {}, {}, {{"interviewee", QStringLiteral("Anna Admin")}}, {}};
        auto interviewUuid = m_document->insertRecord(interview);
        QVERIFY(interviewUuid);
        auto uuid = add(QStringLiteral("minor"));
        QVERIFY(uuid);
        QListWidget* list = m_pane->editor()->linkList(LinkKind::Interview);
        QCOMPARE(list->count(), 1);
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(stored(uuid.value()).linked(LinkKind::Interview), QStringList{interviewUuid.value()});
        m_document->undoStack()->undo();
        QVERIFY(stored(uuid.value()).linked(LinkKind::Interview).isEmpty());
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    }
};

QTEST_MAIN(TestFindingsPane)
#include "tst_findingspane.moc"
