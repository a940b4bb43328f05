// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview's certification programme: ProgrammeAuditModel passes QAbstractItemModelTester; a certificate field
// is written (and undone) in one step; history rows refuse edits while planned rows take them; planned audits are
// added and removed with undo; "Plan the cycle" gives the programme CyclePlan::update gives, as one undo step; the
// timeline shows one mark per dated audit. Every result is checked in the store.
#include "cycle/CyclePlan.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "models/ProgrammeAuditModel.h"
#include "panes/overview/OverviewPane.h"
#include "panes/overview/ProgrammeForm.h"
#include "panes/overview/ProgrammeTimeline.h"
#include "workflow/Lifecycle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestProgrammeForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<OverviewPane> m_pane;
    QString m_path;

    ProgrammeForm* form() { return m_pane->programme(); }
    ProgrammeAuditModel* model() { return form()->model(); }
    Record programme() { return m_document->store().singleton(RecordKind::Programme).value(); }
    QList<Record> audits() { return m_document->store().records(RecordKind::ProgrammeAudit).value(); }

    QString insert(const QVariantMap& values)
    {
        Record record{RecordKind::ProgrammeAudit, {}, {}, values, {}};
        auto uuid = m_document->store().insert(record);
        return uuid ? uuid.value() : QString();
    }

    /// The programme as comparable text: type, status, due_by per row, sorted.
    static QStringList shape(const QList<Record>& rows)
    {
        QStringList lines;
        for (const Record& r : rows)
            lines << QStringLiteral("%1/%2/%3/%4").arg(r.text("audit_type"), r.text("status"), r.text("label"),
                                                       r.text("due_by"));
        lines.sort();
        return lines;
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        seed.auditType = QStringLiteral("surveillance");
        seed.startDate = QDate(2026, 3, 10);
        seed.endDate = QDate(2026, 3, 12);
        m_path = m_dir.filePath(QStringLiteral("p%1.isoaudit").arg(++counter));
        auto store = Lifecycle::create(m_path, seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
        m_pane = std::make_unique<OverviewPane>();
        m_pane->resize(1366, 768);
        m_pane->setDocument(m_document.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void modelPassesTheTester()
    {
        ProgrammeAuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 1); // this audit
        insert({{"audit_type", "stage2"}, {"status", "completed"}, {"start_date", "2025-03-03"}, {"cycle", 1}});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(m_document->insertRecord({RecordKind::ProgrammeAudit, {}, {}, {{"audit_type", "surveillance"},
                                                                              {"status", "planned"}}, {}}));
        QCOMPARE(model.rowCount(), 3);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void certificateFieldAndUndo()
    {
        auto* number = qobject_cast<QLineEdit*>(form()->field("certificate_number"));
        QVERIFY(number);
        number->setFocus();
        number->setText(QStringLiteral("  ISMS-2025-0042 "));
        QVERIFY(QMetaObject::invokeMethod(number, "editingFinished"));
        QCOMPARE(programme().text("certificate_number"), QStringLiteral("ISMS-2025-0042"));
        auto* decision = qobject_cast<QDateEdit*>(form()->field("decision_date"));
        decision->setDate(QDate(2025, 4, 1));
        QCOMPARE(programme().text("decision_date"), QStringLiteral("2025-04-01"));
        m_document->undoStack()->undo();
        QVERIFY(programme().text("decision_date").isEmpty());
        m_document->undoStack()->undo();
        QVERIFY(programme().text("certificate_number").isEmpty());
    }

    void historyRowsRefuseEdits()
    {
        const QString history = insert({{"audit_type", "stage2"}, {"status", "completed"}, {"label", "Stage 2"},
                                        {"start_date", "2025-03-03"}, {"report_sha256", "ab12"}, {"cycle", 1}});
        const QString planned = insert({{"audit_type", "surveillance"}, {"status", "planned"}, {"cycle", 1}});
        ProgrammeAuditModel* m = model();
        const QModelIndex label = m->indexOf(history, ProgrammeAuditModel::LabelColumn);
        QVERIFY(!(m->flags(label) & Qt::ItemIsEditable));
        QVERIFY(label.data(Qt::ToolTipRole).toString().startsWith("History: from the signed report of that audit"));
        QVERIFY(label.data(Qt::ToolTipRole).toString().contains("SHA-256: ab12"));
        QSignalSpy refused(m, &ProgrammeAuditModel::editRefused);
        QVERIFY(!m->setData(label, QStringLiteral("rewritten")));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(m_document->store().record(RecordKind::ProgrammeAudit, history)->text("label"), QStringLiteral("Stage 2"));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(!form()->removeAudit(history));

        // This audit's row shows the audit's own dates and is not edited here either.
        const int current = [&] {
            for (int row = 0; row < m->rowCount(); ++row)
                if (m->index(row, 0).data(ProgrammeAuditModel::StatusRole).toString() == "current")
                    return row;
            return -1;
        }();
        QVERIFY(current >= 0);
        QVERIFY(!m->setData(m->index(current, ProgrammeAuditModel::NotesColumn), QStringLiteral("x")));
        QCOMPARE(m->index(current, ProgrammeAuditModel::DatesColumn).data(ItemRoles::RawValueRole).toString(),
                 QStringLiteral("2026-03-10"));

        const QModelIndex plannedLabel = m->indexOf(planned, ProgrammeAuditModel::LabelColumn);
        QVERIFY(m->flags(plannedLabel) & Qt::ItemIsEditable);
        QVERIFY(m->setData(plannedLabel, QStringLiteral("Surveillance 1")));
        QCOMPARE(m_document->store().record(RecordKind::ProgrammeAudit, planned)->text("label"),
                 QStringLiteral("Surveillance 1"));
        // A due window that closes before it opens is refused.
        QVERIFY(m->setData(m->indexOf(planned, ProgrammeAuditModel::DueByColumn), QDate(2026, 4, 1)));
        QVERIFY(!m->setData(m->indexOf(planned, ProgrammeAuditModel::DueFromColumn), QDate(2026, 5, 1)));
        QVERIFY(refused.last().first().toString().contains("before its window opens"));
    }

    void addAndRemovePlannedAudits()
    {
        auto added = form()->addPlannedAudit();
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(audits().size(), 2);
        QVERIFY(form()->removeAudit(added.value()));
        QCOMPARE(audits().size(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(audits().size(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(audits().size(), 1);
    }

    void planTheCycleMatchesCorePlan()
    {
        insert({{"audit_type", "stage2"}, {"status", "completed"}, {"start_date", "2025-03-03"}, {"cycle", 1}});
        QVERIFY(m_document->setField(RecordKind::Programme, programme().uuid, "decision_date", "2025-04-01"));
        m_document->undoStack()->clear();
        // The core's own plan, on a copy of the same file.
        const QString copy = m_dir.filePath("copy.isoaudit");
        QFile::remove(copy);
        QVERIFY(m_document->store().saveCopyAs(copy));
        QStringList expected;
        {
            auto store = Lifecycle::open(copy);
            QVERIFY2(store, qPrintable(store.error()));
            QVERIFY(CyclePlan::update(*store.value()));
            expected = shape(store.value()->records(RecordKind::ProgrammeAudit).value());
        }
        const QStringList before = shape(audits());
        auto planned = form()->planCycle();
        QVERIFY2(planned, qPrintable(planned.error()));
        QVERIFY(planned.value() > 0);
        QCOMPARE(shape(audits()), expected);
        QCOMPARE(m_document->undoStack()->count(), 1);
        // The surveillance this audit is was dropped from the plan; the second one is due 24 months after.
        QVERIFY(expected.contains("surveillance/planned/Surveillance 2/2027-04-01"));
        QCOMPARE(form()->planCycle().value(), 0); // planned already
        m_document->undoStack()->undo();
        QCOMPARE(shape(audits()), before);

        // The timeline: one mark per audit, this one highlighted.
        m_document->undoStack()->redo();
        QTRY_COMPARE(form()->timeline()->marks().size(), audits().size());
        int current = 0;
        for (const auto& mark : form()->timeline()->marks())
            current += mark.state == ProgrammeTimeline::Mark::State::Current ? 1 : 0;
        QCOMPARE(current, 1);
        QVERIFY(form()->timeline()->undatedLabels().isEmpty());
    }
};

QTEST_MAIN(TestProgrammeForm)
#include "tst_programmeform.moc"
