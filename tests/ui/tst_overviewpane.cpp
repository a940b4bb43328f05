// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview page by audit type: the outcome combo offers only the outcomes of the audit's type under a label that
// names what is concluded; changing the type adapts a recorded outcome in the same undo step; the findings'
// suggestion follows the type; the "Report content" form shows the items of the type (live), writes each field
// (undoably), marks the unanswered blockers, is read-only on a read-only document, and a report.<column> rule leads
// to its field. Every result is checked in the store.
#include "WorkbenchTestSupport.h"

#include "document/AuditDocument.h"
#include "domain/Outcomes.h"
#include "domain/ReportContent.h"
#include "domain/ValueLabels.h"
#include "panes/overview/AuditProgressWidget.h"
#include "panes/overview/AuditStatistics.h"
#include "panes/overview/OverviewPane.h"
#include "panes/overview/ReportContentForm.h"
#include "widgets/FieldTextEdit.h"
#include "workbench/LifecycleRules.h"
#include "workflow/Lifecycle.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestOverviewPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<OverviewPane> m_pane;
    QString m_path;

    void open(const QString& auditType)
    {
        static int counter = 0;
        m_pane.reset();
        m_document.reset();
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        seed.auditType = auditType;
        seed.startDate = QDate(2026, 3, 10);
        seed.endDate = QDate(2026, 3, 13);
        m_path = m_dir.filePath(QStringLiteral("o%1.isoaudit").arg(++counter));
        auto store = Lifecycle::create(m_path, seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
        showPane();
    }

    void showPane()
    {
        m_pane = std::make_unique<OverviewPane>();
        m_pane->resize(1300, 900);
        m_pane->setDocument(m_document.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    Record audit() { return m_document->store().audit().value(); }
    QString stored(const QString& column) { return audit().text(column); }
    QString auditUuid() { return audit().uuid; }
    ReportContentForm* form() { return m_pane->reportContent(); }

    QStringList comboValues(QComboBox* combo)
    {
        QStringList values;
        for (int i = 0; i < combo->count(); ++i)
            values << combo->itemData(i).toString();
        return values;
    }

    void choose(QComboBox* combo, const QString& value)
    {
        const int at = combo->findData(value.isEmpty() ? QVariant() : QVariant(value));
        QVERIFY2(at >= 0 || value.isEmpty(), qPrintable(value));
        combo->setCurrentIndex(std::max(at, 0));
        emit combo->activated(combo->currentIndex());
    }

    Result<QString> addFinding(const QString& grade, const QString& actionStatus = {})
    {
        Record finding{RecordKind::Finding, {}, {}, {}, {}};
        finding.values = {{"ref", grade.left(3).toUpper() + QStringLiteral("-01")}, {"grade", grade}};
        auto uuid = m_document->insertRecord(finding);
        if (!uuid || actionStatus.isEmpty())
            return uuid;
        Record action{RecordKind::CorrectiveAction, {}, uuid.value(), {}, {}};
        action.values = {{"status", actionStatus}};
        if (auto added = m_document->insertRecord(action); !added)
            return Error{added.error()};
        return uuid;
    }

    /// The columns the form should show for a type: every item of the type and each confirmation's remark.
    static QStringList expectedColumns(const QString& auditType)
    {
        QStringList columns;
        for (const ReportContentItem* item : ReportContent::forAuditType(auditType)) {
            columns << item->column;
            if (!item->remarkColumn.isEmpty())
                columns << item->remarkColumn;
        }
        return columns;
    }

private slots:
    void initTestCase() { workbenchtest::isolateSettings(m_dir, QStringLiteral("tst_overviewpane")); }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void outcomeComboOffersTheTypesOutcomes_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString& type : Enums::auditTypes)
            QTest::newRow(qPrintable(type)) << type;
    }

    void outcomeComboOffersTheTypesOutcomes()
    {
        QFETCH(QString, type);
        open(type);
        QComboBox* combo = m_pane->outcomeCombo();
        QCOMPARE(comboValues(combo), QStringList{QString()} + Outcomes::forAuditType(type));
        QCOMPARE(combo->itemText(0), ValueLabels::label(ValueList::Recommendation, {}));
        for (int i = 1; i < combo->count(); ++i)
            QCOMPARE(combo->itemText(i), ValueLabels::label(ValueList::Recommendation, combo->itemData(i).toString()));
        QCOMPARE(m_pane->outcomeLabel()->text(), OverviewPane::outcomeFieldLabel(type));
        QCOMPARE(m_pane->outcomeLabel()->buddy(), combo);
        QCOMPARE(combo->accessibleName(), OverviewPane::outcomeName(type));
        auto* box = qobject_cast<QGroupBox*>(combo->parentWidget());
        QVERIFY(box);
        QCOMPARE(box->title(), OverviewPane::lifecycleTitle(type));
        // The names differ by type: a Stage 1 concludes on readiness, not on certification.
        if (type != QLatin1String("stage2"))
            QVERIFY(OverviewPane::outcomeName(type) != OverviewPane::outcomeName(QStringLiteral("stage2")));

        // Choosing an outcome records it.
        const QString chosen = Outcomes::forAuditType(type).constLast();
        choose(combo, chosen);
        QCOMPARE(stored(QStringLiteral("recommendation")), chosen);
    }

    void suggestionFollowsTheTypeAndTheFindings()
    {
        open(QStringLiteral("stage1"));
        QVERIFY(addFinding(QStringLiteral("area-of-concern")));
        AuditStatistics s = AuditStatistics::collect(m_document->store());
        QCOMPARE(s.areasOfConcern, 1);
        QCOMPARE(s.suggestedRecommendation(), QStringLiteral("ready-after-concerns"));
        // The label as written: "Stage 2", not "stage 2".
        QTRY_VERIFY(m_pane->suggestionLabel()->text().contains(
            ValueLabels::label(ValueList::Recommendation, QStringLiteral("ready-after-concerns"))));

        open(QStringLiteral("surveillance"));
        QVERIFY(addFinding(QStringLiteral("major"), QStringLiteral("implemented")));
        s = AuditStatistics::collect(m_document->store());
        QCOMPARE(s.openMajors, 1);
        QCOMPARE(s.unclosedNonconformities, 1);
        QCOMPARE(s.suggestedRecommendation(), QStringLiteral("continuation-after-verification"));

        open(QStringLiteral("special"));
        QVERIFY(addFinding(QStringLiteral("minor"), QStringLiteral("plan-accepted")));
        s = AuditStatistics::collect(m_document->store());
        QCOMPARE(s.minorsWithoutPlan, 0);
        QCOMPARE(s.unclosedNonconformities, 1);
        QCOMPARE(s.suggestedRecommendation(), QStringLiteral("nonconformities-not-closed"));
        QVERIFY(addFinding(QStringLiteral("minor"), QStringLiteral("verified-effective")));
        s = AuditStatistics::collect(m_document->store());
        QCOMPARE(s.unclosedNonconformities, 1); // the first minor's action is still only plan-accepted
    }

    void progressCountsAreasOfConcernOnlyWhereTheyBelong()
    {
        const QString concern = ValueLabels::label(ValueList::FindingGrade, QStringLiteral("area-of-concern"));
        const auto badges = [this, &concern] {
            int found = 0;
            for (QLabel* label : m_pane->progress()->findChildren<QLabel*>()) {
                if (label->accessibleName().startsWith(concern + QLatin1Char(':')))
                    ++found;
            }
            return found;
        };
        open(QStringLiteral("stage2"));
        QTRY_COMPARE(badges(), 0);
        open(QStringLiteral("stage1"));
        QTRY_COMPARE(badges(), 1);
        QVERIFY(addFinding(QStringLiteral("area-of-concern")));
        // Once the audit is no longer a Stage 1, its area of concern is still counted, not hidden.
        QVERIFY(m_document->setField(RecordKind::Audit, auditUuid(), QStringLiteral("audit_type"),
                                     QStringLiteral("stage2")));
        QTRY_VERIFY(m_pane->outcomeLabel()->text() == OverviewPane::outcomeFieldLabel(QStringLiteral("stage2")));
        QTRY_COMPARE(badges(), 1);
    }

    void changingTheTypeAdaptsTheOutcomeInOneUndoStep()
    {
        open(QStringLiteral("stage2"));
        QUndoStack* undo = m_document->undoStack();
        choose(m_pane->outcomeCombo(), QStringLiteral("recommend-after-verification"));
        QCOMPARE(stored(QStringLiteral("recommendation")), QStringLiteral("recommend-after-verification"));
        const int steps = undo->count();

        auto* type = m_pane->findChild<QComboBox*>(QStringLiteral("auditTypeComboBox"));
        QVERIFY(type);
        choose(type, QStringLiteral("surveillance"));
        QCOMPARE(stored(QStringLiteral("audit_type")), QStringLiteral("surveillance"));
        QCOMPARE(stored(QStringLiteral("recommendation")), QStringLiteral("continuation-after-verification"));
        QCOMPARE(undo->count(), steps + 1);
        // The page follows: the surveillance outcomes, the adapted one chosen, the label renamed.
        QTRY_COMPARE(comboValues(m_pane->outcomeCombo()),
                     QStringList{QString()} + Outcomes::forAuditType(QStringLiteral("surveillance")));
        QTRY_COMPARE(m_pane->outcomeCombo()->currentData().toString(),
                     QStringLiteral("continuation-after-verification"));
        QCOMPARE(m_pane->outcomeLabel()->text(), OverviewPane::outcomeFieldLabel(QStringLiteral("surveillance")));

        // One undo restores both.
        undo->undo();
        QCOMPARE(stored(QStringLiteral("audit_type")), QStringLiteral("stage2"));
        QCOMPARE(stored(QStringLiteral("recommendation")), QStringLiteral("recommend-after-verification"));
        QTRY_COMPARE(m_pane->outcomeCombo()->currentData().toString(), QStringLiteral("recommend-after-verification"));
        undo->redo();
        QCOMPARE(stored(QStringLiteral("audit_type")), QStringLiteral("surveillance"));
        QCOMPARE(stored(QStringLiteral("recommendation")), QStringLiteral("continuation-after-verification"));

        // Every caller of the document gets it: a special audit has no conditional outcome.
        QVERIFY(m_document->setField(RecordKind::Audit, auditUuid(), QStringLiteral("audit_type"),
                                     QStringLiteral("special")));
        QCOMPARE(stored(QStringLiteral("recommendation")), QStringLiteral("nonconformities-not-closed"));
        QCOMPARE(undo->count(), steps + 2);

        // Without a recorded outcome a type change is one plain step and records none.
        open(QStringLiteral("stage1"));
        QVERIFY(m_document->setField(RecordKind::Audit, auditUuid(), QStringLiteral("audit_type"),
                                     QStringLiteral("recertification")));
        QCOMPARE(stored(QStringLiteral("recommendation")), QString());
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void reportContentShowsTheTypesItems_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString& type : Enums::auditTypes)
            QTest::newRow(qPrintable(type)) << type;
    }

    void reportContentShowsTheTypesItems()
    {
        QFETCH(QString, type);
        open(type);
        QCOMPARE(form()->shownColumns(), expectedColumns(type));
        for (const ReportContentItem* item : ReportContent::forAuditType(type)) {
            QWidget* field = form()->field(item->column);
            QVERIFY2(field && field->isVisible(), qPrintable(item->column));
            QCOMPARE(field->accessibleName(), ReportContent::label(*item));
            QCOMPARE(field->toolTip(), ReportContent::question(*item));
            if (auto* line = qobject_cast<QLineEdit*>(field))
                QCOMPARE(line->placeholderText(), ReportContent::question(*item));
            if (auto* text = qobject_cast<FieldTextEdit*>(field))
                QCOMPARE(text->placeholderText(), ReportContent::question(*item));
            QCOMPARE(qobject_cast<FieldTextEdit*>(field) != nullptr,
                     item->multiLine && item->remarkColumn.isEmpty()
                         && item->column != QLatin1String("audit_combination"));
            // Nothing is answered in a new audit: every blocker carries the mark, no warning does.
            QCOMPARE(form()->isMarkedMissing(item->column), item->blocker);
        }
        const bool stage1 = type == QLatin1String("stage1");
        const bool certified = type == QLatin1String("surveillance") || type == QLatin1String("recertification")
            || type == QLatin1String("special");
        QCOMPARE(form()->field(QStringLiteral("stage2_basis")) != nullptr, stage1);
        QCOMPARE(form()->field(QStringLiteral("marks_use")) != nullptr, certified);
        QCOMPARE(form()->field(QStringLiteral("significant_changes")) != nullptr, !stage1);
    }

    void tabWalksTheReportContentInOrder()
    {
        open(QStringLiteral("surveillance"));
        const QStringList columns = form()->shownColumns();
        QWidget* first = form()->field(columns.first());
        first->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), first);
        for (int i = 1; i < columns.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), form()->field(columns.at(i)));
        }
    }

    void reportContentFollowsTheTypeLive()
    {
        open(QStringLiteral("stage1"));
        QVERIFY(form()->field(QStringLiteral("stage2_basis")));
        auto* type = m_pane->findChild<QComboBox*>(QStringLiteral("auditTypeComboBox"));
        choose(type, QStringLiteral("surveillance"));
        QTRY_COMPARE(form()->shownColumns(), expectedColumns(QStringLiteral("surveillance")));
        QVERIFY(!form()->field(QStringLiteral("stage2_basis")));
        QVERIFY(form()->field(QStringLiteral("marks_use"))->isVisible());
        m_document->undoStack()->undo();
        QTRY_COMPARE(form()->shownColumns(), expectedColumns(QStringLiteral("stage1")));
    }

    void reportContentWritesTheFields()
    {
        open(QStringLiteral("stage2"));
        QUndoStack* undo = m_document->undoStack();

        // A one-line answer: saved when the field is left.
        auto* representative = qobject_cast<QLineEdit*>(form()->field(QStringLiteral("management_representative")));
        QVERIFY(representative);
        representative->setFocus();
        representative->setText(QStringLiteral("  Maria Holm, CISO "));
        emit representative->editingFinished();
        QCOMPARE(stored(QStringLiteral("management_representative")), QStringLiteral("Maria Holm, CISO"));
        QTRY_VERIFY(!form()->isMarkedMissing(QStringLiteral("management_representative")));
        undo->undo();
        QCOMPARE(stored(QStringLiteral("management_representative")), QString());
        QTRY_VERIFY(form()->isMarkedMissing(QStringLiteral("management_representative")));

        // A paragraph: typing is saved after the pause, as one undo step.
        auto* address = qobject_cast<FieldTextEdit*>(form()->field(QStringLiteral("client_address")));
        QVERIFY(address);
        address->setFocus();
        QVERIFY(address->hasFocus());
        const int steps = undo->count();
        QTest::keyClicks(address, QStringLiteral("Havnegade 7, Aarhus"));
        QTRY_COMPARE(stored(QStringLiteral("client_address")), QStringLiteral("Havnegade 7, Aarhus"));
        QCOMPARE(undo->count(), steps + 1);
        QTRY_VERIFY(!form()->isMarkedMissing(QStringLiteral("client_address")));
        undo->undo();
        QCOMPARE(stored(QStringLiteral("client_address")), QString());
        representative->setFocus(); // leave the paragraph, so the stored value is shown again
        QTRY_COMPARE(address->toPlainText(), QString());

        // The combination: a choice, and "Not stated" clears it.
        auto* combination = qobject_cast<QComboBox*>(form()->field(QStringLiteral("audit_combination")));
        QVERIFY(combination);
        QCOMPARE(combination->itemText(0), ValueLabels::notStated());
        QCOMPARE(comboValues(combination), QStringList{QString()} + Enums::auditCombinations);
        choose(combination, QStringLiteral("joint"));
        QCOMPARE(stored(QStringLiteral("audit_combination")), QStringLiteral("joint"));
        choose(combination, QString());
        QCOMPARE(stored(QStringLiteral("audit_combination")), QString());

        // A confirmation: "No" needs its reason, which goes to the remark field.
        auto* scope = qobject_cast<QComboBox*>(form()->field(QStringLiteral("scope_appropriate")));
        auto* conclusion = qobject_cast<FieldTextEdit*>(form()->field(QStringLiteral("scope_conclusion")));
        QVERIFY(scope && conclusion);
        QCOMPARE(comboValues(scope), (QStringList{QString(), QStringLiteral("yes"), QStringLiteral("no")}));
        QVERIFY(form()->isMarkedMissing(QStringLiteral("scope_appropriate")));
        choose(scope, QStringLiteral("no"));
        QCOMPARE(stored(QStringLiteral("scope_appropriate")), QStringLiteral("no"));
        QTest::qWait(300); // the page refreshes; the mark stays, for the reason is missing
        QVERIFY(form()->isMarkedMissing(QStringLiteral("scope_appropriate")));
        // The rule's navigation leads to the missing reason rather than to the answer.
        m_pane->showRecord(RecordKind::Audit, QStringLiteral("scope_appropriate"));
        QVERIFY(conclusion->hasFocus());
        QTest::keyClicks(conclusion, QStringLiteral("Site B is outside the ISMS."));
        conclusion->flush();
        QCOMPARE(stored(QStringLiteral("scope_conclusion")), QStringLiteral("Site B is outside the ISMS."));
        QTRY_VERIFY(!form()->isMarkedMissing(QStringLiteral("scope_appropriate")));
        QVERIFY(form()->missingCount() > 0);
    }

    void reportContentIsReadOnlyOnAReadOnlyDocument()
    {
        open(QStringLiteral("surveillance"));
        QVERIFY(m_document->setField(RecordKind::Audit, auditUuid(), QStringLiteral("marks_use"),
                                     QStringLiteral("Marks used correctly on the website.")));
        m_pane.reset();
        m_document.reset();
        auto readOnly = AuditDocument::open(m_path, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.error()));
        m_document = std::move(readOnly).value();
        showPane();
        for (const QString& column : form()->shownColumns()) {
            QWidget* field = form()->field(column);
            if (auto* line = qobject_cast<QLineEdit*>(field))
                QVERIFY2(line->isReadOnly(), qPrintable(column));
            else if (auto* text = qobject_cast<FieldTextEdit*>(field))
                QVERIFY2(text->isReadOnly(), qPrintable(column));
            else
                QVERIFY2(!field->isEnabled(), qPrintable(column));
        }
        auto* marks = qobject_cast<FieldTextEdit*>(form()->field(QStringLiteral("marks_use")));
        QCOMPARE(marks->toPlainText(), QStringLiteral("Marks used correctly on the website."));
        QVERIFY(!m_pane->outcomeCombo()->isEnabled());
    }

    void reportRulesLeadToTheirField()
    {
        open(QStringLiteral("stage2"));
        for (const char* id : {"report.client-address", "report.plan-deviations", "report.previous-actions",
                               "report.soa-version", "report.objectives-met"}) {
            UnmetRule rule;
            rule.id = QLatin1String(id);
            rule.message = QStringLiteral("NC-01 and 6.1.3 are named in no report rule");
            LifecycleRules::locate(rule, m_document->store());
            QCOMPARE(rule.paneKey, QStringLiteral("overview"));
            QCOMPARE(rule.kind, RecordKind::Audit);
            QCOMPARE(rule.target, rule.id.mid(7).replace(QLatin1Char('-'), QLatin1Char('_')));
        }
        UnmetRule other;
        other.id = QStringLiteral("planning.plan-covers-clauses");
        LifecycleRules::locate(other, m_document->store());
        QCOMPARE(other.paneKey, QStringLiteral("plan"));

        m_pane->showRecord(RecordKind::Audit, QStringLiteral("objectives_met"));
        QCOMPARE(QApplication::focusWidget(), form()->field(QStringLiteral("objectives_met")));
        m_pane->showRecord(RecordKind::Audit, QStringLiteral("internal_audit_summary"));
        QCOMPARE(QApplication::focusWidget(), form()->field(QStringLiteral("internal_audit_summary")));
        // A row the type does not have: the page's first field instead.
        m_pane->showRecord(RecordKind::Audit, QStringLiteral("stage2_basis"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("clientLineEdit"));
    }

    // Closing the page while a field has the focus keeps what was typed, and no signal reaches the half-destroyed
    // pane (UBSan reported a member call on it before ~OverviewPane committed and disconnected).
    void closingWithAFocusedFieldKeepsTheText()
    {
        open(QStringLiteral("stage2"));
        auto* client = m_pane->findChild<QLineEdit*>(QStringLiteral("clientLineEdit"));
        QVERIFY(client);
        m_pane->activateWindow();
        client->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        client->selectAll();
        QTest::keyClicks(client, QStringLiteral("Renamed A/S"));
        m_pane.reset();
        QCOMPARE(m_document->store().audit()->text(QStringLiteral("client")), QStringLiteral("Renamed A/S"));
    }
};

QTEST_MAIN(TestOverviewPane)
#include "tst_overviewpane.moc"
