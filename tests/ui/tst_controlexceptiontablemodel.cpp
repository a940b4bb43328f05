// SPDX-License-Identifier: GPL-3.0-or-later
// ControlExceptionTableModel (issue 17, point 5): the SOC 2 exceptions table passes QAbstractItemModelTester, shows
// one row per control exception with the control's ref and title, "2 of 25", the pattern by its label, the effect
// with its criteria and what the assessment still lacks (ExceptionRollup::missingAssessment), and follows the store:
// a roll-up adding a row or changing its counts, an assessment, a control renamed or removed.
#include "core/Soc2Fixture.h"
#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"
#include "models/ControlExceptionTableModel.h"
#include "soc2/ExceptionRollup.h"
#include "soc2/PopulationImport.h"
#include "soc2/SampleDraw.h"
#include "soc2/SampleResults.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestControlExceptionTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_control;
    std::unique_ptr<AuditStore> m_store;
    SampleDrawResult m_drawn;

    void markException(int item)
    {
        SampleItemResult result;
        result.result = QStringLiteral("exception");
        auto set = SampleResults::set(*m_store, m_control, m_drawn.items.at(item).text(QStringLiteral("occurrence_id")),
                                      result);
        QVERIFY2(set, qPrintable(set ? QString() : set.error()));
    }

    void rollUp()
    {
        auto rolled = ExceptionRollup::update(*m_store);
        QVERIFY2(rolled, qPrintable(rolled ? QString() : rolled.error()));
    }

    static QString cell(const ControlExceptionTableModel& model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role).toString();
    }

private slots:
    void init()
    {
        m_store = soc2Engagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files)), &m_control);
        const QString csv = m_dir.filePath(QStringLiteral("p%1.csv").arg(++m_files));
        writeFile(csv, populationCsv(400));
        PopulationImportOptions options;
        options.controlUuid = m_control;
        options.path = csv;
        QVERIFY(PopulationImport::run(*m_store, options));
        SampleDrawOptions draw;
        draw.controlUuid = m_control;
        draw.seed = 42;
        auto drawn = SampleDraw::draw(*m_store, draw);
        QVERIFY(drawn);
        m_drawn = drawn.value();
        QCOMPARE(m_drawn.items.size(), 25);
    }

    void cleanup() { m_store.reset(); }

    void showsTheExceptionWithItsCountsAndWhatIsMissing()
    {
        ControlExceptionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ControlExceptionTableModel::ColumnCount));
        QSignalSpy counts(&model, &ControlExceptionTableModel::countsChanged);

        markException(3);
        markException(7);
        rollUp();
        QCOMPARE(model.rowCount(), 1); // inserted by the roll-up, followed from the store's signal
        QVERIFY(!counts.isEmpty());
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::ControlColumn), QStringLiteral("C-1"));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::TitleColumn), QStringLiteral("Changes are approved"));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::DeviationsColumn), QStringLiteral("2 of 25"));
        QCOMPARE(model.index(0, ControlExceptionTableModel::DeviationsColumn).data(ItemRoles::RawValueRole).toInt(), 2);
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::PatternColumn),
                 ValueLabels::label(ValueList::DeviationPattern, QString()));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::AssessmentColumn),
                 QStringLiteral("Missing: nature, pattern and management's response"));
        QVERIFY(cell(model, 0, ControlExceptionTableModel::AssessmentColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("soc2.exceptions-assessed")));
        QCOMPARE(model.index(0, 0).data(ControlExceptionTableModel::MissingRole).toStringList(),
                 (QStringList{"nature", "pattern", "managementResponse"}));
        QCOMPARE(model.index(0, 0).data(ControlExceptionTableModel::ControlUuidRole).toString(), m_control);
        QCOMPARE(model.unassessedCount(), 1);
        QCOMPARE(model.rowOfControl(m_control), 0);
        QCOMPARE(model.headerData(ControlExceptionTableModel::ResponseColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Management's response"));
        QVERIFY(!(model.flags(model.index(0, ControlExceptionTableModel::NatureColumn)) & Qt::ItemIsEditable));

        // A third exception: the roll-up changes the counts and the row follows.
        markException(11);
        rollUp();
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::DeviationsColumn), QStringLiteral("3 of 25"));
    }

    void followsTheAssessmentAndTheControl()
    {
        ControlExceptionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        markException(0);
        rollUp();
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 1);

        QVERIFY(ExceptionRollup::assess(*m_store, QStringLiteral("C-1"),
                                        {{"nature", "No approval recorded\nfor two changes"},
                                         {"pattern", "systematic"},
                                         {"management_response", "Approvals are now enforced by the tool."},
                                         {"effect", "Unapproved changes may reach production."}},
                                        QStringList{"CC8.1"}));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::NatureColumn), QStringLiteral("No approval recorded"));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::NatureColumn, Qt::ToolTipRole),
                 QStringLiteral("No approval recorded\nfor two changes"));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::PatternColumn),
                 ValueLabels::label(ValueList::DeviationPattern, QStringLiteral("systematic")));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::PatternColumn, ItemRoles::RawValueRole),
                 QStringLiteral("systematic"));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::EffectColumn),
                 QStringLiteral("CC8.1: Unapproved changes may reach production."));
        QVERIFY(cell(model, 0, ControlExceptionTableModel::EffectColumn, Qt::ToolTipRole).startsWith("CC8.1 — "));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::AssessmentColumn), QStringLiteral("Complete"));
        QVERIFY(model.index(0, ControlExceptionTableModel::AssessmentColumn)
                    .data(ItemRoles::IssuesRole)
                    .toStringList()
                    .isEmpty());
        QCOMPARE(model.unassessedCount(), 0);

        // The control renamed: its row repaints with the new ref.
        QVERIFY(m_store->setFields(RecordKind::ServiceControl, m_control, {{"ref", "CM-01"}}));
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::ControlColumn), QStringLiteral("CM-01"));

        // A second control whose exception comes from a test procedure (no sample).
        auto other
            = m_store->insert({RecordKind::ServiceControl,
                               {},
                               {},
                               {{"ref", "C-2"}, {"title", "Backups are restored yearly"}, {"frequency", "annual"}},
                               {}});
        QVERIFY(other);
        QVERIFY(m_store->insert(
            {RecordKind::TestProcedure, {}, other.value(), {{"method", "inspection"}, {"result", "exceptions"}}, {}}));
        rollUp();
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOfControl(other.value());
        QVERIFY(row >= 0);
        QCOMPARE(cell(model, row, ControlExceptionTableModel::DeviationsColumn), QStringLiteral("1 of 1"));
        QCOMPARE(cell(model, row, ControlExceptionTableModel::TitleColumn),
                 QStringLiteral("Backups are restored yearly"));
        QCOMPARE(model.unassessedCount(), 1);

        // Removing the first control takes its exception with it.
        QVERIFY(m_store->remove(RecordKind::ServiceControl, m_control));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, ControlExceptionTableModel::ControlColumn), QStringLiteral("C-2"));

        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void sortKeysAndWords()
    {
        QCOMPARE(ControlExceptionTableModel::missingText({"nature"}), QStringLiteral("nature"));
        QCOMPARE(ControlExceptionTableModel::missingText({"nature", "managementResponse"}),
                 QStringLiteral("nature and management's response"));
        QCOMPARE(ControlExceptionTableModel::assessmentText({}), QStringLiteral("Complete"));
        Record exception{RecordKind::ControlException, {}, {}, {{"deviations", 2}, {"sample_size", 40}}, {}};
        QCOMPARE(ControlExceptionTableModel::deviationsText(exception), QStringLiteral("2 of 40"));
        QCOMPARE(ControlExceptionTableModel::effectText(exception), QString());
    }
};

QTEST_MAIN(TestControlExceptionTableModel)
#include "tst_controlexceptiontablemodel.moc"
