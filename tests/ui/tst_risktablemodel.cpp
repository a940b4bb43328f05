// SPDX-License-Identifier: GPL-3.0-or-later
// RiskTableModel and RiskFilterModel: pass QAbstractItemModelTester, score with the client's own method (labels,
// bands, threshold; any N x M), edit through AuditDocument (undoable), follow the store row by row, filter to a
// heat-map cell and sort references naturally; a 10,000-row register loads in one read.
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "models/RiskFilterModel.h"
#include "models/RiskTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestRiskTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;

    QString addRisk(const QString& ref, QVariant l, QVariant i, QVariant rl = {}, QVariant ri = {},
                    const QStringList& controls = {})
    {
        Record risk{RecordKind::Risk, {}, {}, {}, {{LinkKind::Control, controls}}};
        risk.values = {{"ref", ref},
                       {"asset", QStringLiteral("Asset of %1").arg(ref)},
                       {"likelihood", l},
                       {"impact", i},
                       {"residual_likelihood", rl},
                       {"residual_impact", ri}};
        auto uuid = m_document->insertRecord(risk);
        return uuid ? uuid.value() : QString();
    }

    QVariant stored(const QString& uuid, const QString& column)
    {
        return m_document->store().record(RecordKind::Risk, uuid)->values.value(column);
    }

    void setMethod(const QVariantMap& values)
    {
        const QString uuid = m_document->store().riskMethod()->uuid;
        QVERIFY(m_document->store().setFields(RecordKind::RiskMethod, uuid, values));
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("risk%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
    }

    void cleanup() { m_document.reset(); }

    void scoresWithTheClientsMethod()
    {
        const QString a = addRisk(QStringLiteral("R-001"), 4, 5, 2, 3);
        const QString b = addRisk(QStringLiteral("R-002"), 1, 2);
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOfUuid(a);
        QCOMPARE(model.index(row, RiskTableModel::LikelihoodColumn).data().toString(), QStringLiteral("4 · Likely"));
        QCOMPARE(model.index(row, RiskTableModel::ImpactColumn).data().toString(), QStringLiteral("5 · Severe"));
        QCOMPARE(model.index(row, RiskTableModel::ScoreColumn).data().toInt(), 20);
        QCOMPARE(model.index(row, RiskTableModel::BandColumn).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(model.index(row, RiskTableModel::BandColumn).data(Qt::BackgroundRole).value<QColor>(),
                 QColor(QStringLiteral("#d32f2f")));
        QCOMPARE(model.index(row, RiskTableModel::ResidualScoreColumn).data().toInt(), 6);
        QCOMPARE(model.index(model.rowOfUuid(b), RiskTableModel::ResidualScoreColumn).data().toString(), QString());
        QCOMPARE(model.index(row, RiskTableModel::AcceptedColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        const QVariantList choices
            = model.index(row, RiskTableModel::LikelihoodColumn).data(ItemRoles::ChoicesRole).toList();
        QCOMPARE(choices.size(), 6);
        QCOMPARE(choices.at(5).toList().at(0).toString(), QStringLiteral("5 · Almost certain"));
        QCOMPARE(choices.at(5).toList().at(1).toInt(), 5);

        const QVector<int> counts = model.cellCounts(false);
        QCOMPARE(counts.size(), 25);
        QCOMPARE(counts.at((4 - 1) * 5 + (5 - 1)), 1);
        QCOMPARE(counts.at((1 - 1) * 5 + (2 - 1)), 1);
        QCOMPARE(model.cellCounts(true).at((2 - 1) * 5 + (3 - 1)), 1);
        QCOMPARE(model.aboveThresholdCount(false), 1); // 20 > 10; 2 is not
        QCOMPARE(model.aboveThresholdCount(true), 0);
        QCOMPARE(model.nextRef(), QStringLiteral("R-003"));

        // The client's method changes: a 3 x 4 matrix with its own labels and threshold.
        QSignalSpy scheme(&model, &RiskTableModel::schemeChanged);
        setMethod({{"likelihood_levels", QStringLiteral("[\"Low\",\"Medium\",\"High\"]")},
                   {"impact_levels", QStringLiteral("[\"A\",\"B\",\"C\",\"D\"]")},
                   {"bands",
                    QStringLiteral("[{\"from\":1,\"to\":4,\"label\":\"Green\",\"color\":\"#00ff00\"},"
                                   "{\"from\":5,\"to\":12,\"label\":\"Red\",\"color\":\"#ff0000\"}]")},
                   {"acceptance_threshold", 4}});
        QVERIFY(!scheme.isEmpty());
        QCOMPARE(model.scheme().likelihoodCount(), 3);
        QCOMPARE(model.scheme().impactCount(), 4);
        QCOMPARE(model.cellCounts(false).size(), 12);
        QCOMPARE(model.index(model.rowOfUuid(b), RiskTableModel::LikelihoodColumn).data().toString(),
                 QStringLiteral("1 · Low"));
        QCOMPARE(model.index(model.rowOfUuid(b), RiskTableModel::BandColumn).data().toString(),
                 QStringLiteral("Green"));
        // Levels beyond the new method are kept and shown as numbers but not placed in the matrix.
        QCOMPARE(model.index(row, RiskTableModel::ImpactColumn).data().toString(), QStringLiteral("5"));
        int placed = 0;
        for (int c : model.cellCounts(false))
            placed += c;
        QCOMPARE(placed, 1);
    }

    void scoresBySumOrMatrixWhenTheClientDoes()
    {
        const QString a = addRisk(QStringLiteral("R-001"), 4, 5, 2, 3);
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        const int row = model.rowOfUuid(a);
        QCOMPARE(model.index(row, RiskTableModel::ScoreColumn).data().toInt(), 20);
        QCOMPARE(model.aboveThresholdCount(false), 1);

        // The client adds: 4 + 5 = 9, Medium and within the threshold of 10; residual 2 + 3 = 5.
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        setMethod({{"scoring", QStringLiteral("sum")}});
        QCOMPARE(model.index(row, RiskTableModel::ScoreColumn).data().toInt(), 9);
        QCOMPARE(model.index(row, RiskTableModel::BandColumn).data().toString(), QStringLiteral("Medium"));
        QCOMPARE(model.index(row, RiskTableModel::ResidualScoreColumn).data().toInt(), 5);
        QCOMPARE(model.aboveThresholdCount(false), 0);
        QCOMPARE(model.index(row, RiskTableModel::ScoreColumn).data(ItemRoles::SortRole).toInt(), 9);

        // The client's matrix: likelihood 4, impact 5 is 18 there (Critical); likelihood 2, impact 3 is 11.
        setMethod({{"scoring", QStringLiteral("matrix")},
                   {"score_matrix",
                    QStringLiteral("[[1,2,3,4,5],[2,4,11,8,10],[3,6,9,12,15],[4,8,12,16,18],"
                                   "[5,10,15,20,25]]")}});
        QCOMPARE(model.index(row, RiskTableModel::ScoreColumn).data().toInt(), 18);
        QCOMPARE(model.index(row, RiskTableModel::BandColumn).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(model.index(row, RiskTableModel::ResidualScoreColumn).data().toInt(), 11);
        QCOMPARE(model.aboveThresholdCount(true), 1);
        QVERIFY(!dataChanged.isEmpty());
    }

    void editsAreUndoable()
    {
        const QString a = addRisk(QStringLiteral("R-001"), 2, 2);
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QSignalSpy refused(&model, &RiskTableModel::editRefused);
        QSignalSpy changed(&model, &RiskTableModel::registerChanged);
        const int row = model.rowOfUuid(a);
        const int before = m_document->undoStack()->index();
        QVERIFY(model.setData(model.index(row, RiskTableModel::LikelihoodColumn), 5));
        QCOMPARE(stored(a, QStringLiteral("likelihood")).toInt(), 5);
        QCOMPARE(model.index(row, RiskTableModel::ScoreColumn).data().toInt(), 10);
        QVERIFY(!changed.isEmpty());
        QVERIFY(model.setData(model.index(row, RiskTableModel::ImpactColumn), QVariant()));
        QVERIFY(stored(a, QStringLiteral("impact")).isNull());
        QCOMPARE(model.index(row, RiskTableModel::ScoreColumn).data().toString(), QString());
        QVERIFY(model.setData(model.index(row, RiskTableModel::TreatmentColumn), QStringLiteral("mitigate")));
        QCOMPARE(model.index(row, RiskTableModel::TreatmentColumn).data().toString(), QStringLiteral("Mitigate"));
        QVERIFY(model.setData(model.index(row, RiskTableModel::ControlsColumn), QStringLiteral("8.7, A.5.15 8.7")));
        QCOMPARE(m_document->store().record(RecordKind::Risk, a)->linked(LinkKind::Control),
                 (QStringList{QStringLiteral("5.15"), QStringLiteral("8.7")}));
        QCOMPARE(model.index(row, RiskTableModel::ControlsColumn).data().toString(), QStringLiteral("5.15, 8.7"));
        QVERIFY(model.setData(model.index(row, RiskTableModel::AcceptedColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(stored(a, QStringLiteral("residual_accepted")).toBool());
        QVERIFY(model.setData(model.index(row, RiskTableModel::AssetColumn), QStringLiteral("Payroll")));
        QCOMPARE(refused.size(), 0);

        // Refusals: an unknown control, a level out of range; nothing changes.
        const int steps = m_document->undoStack()->count();
        QVERIFY(!model.setData(model.index(row, RiskTableModel::ControlsColumn), QStringLiteral("5.15, 9.9")));
        QVERIFY(!model.setData(model.index(row, RiskTableModel::LikelihoodColumn), 11));
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.at(0).first().toString().contains(QStringLiteral("9.9")));
        QCOMPARE(m_document->undoStack()->count(), steps);
        QCOMPARE(stored(a, QStringLiteral("likelihood")).toInt(), 5);
        QVERIFY(!model.setData(model.index(row, RiskTableModel::ScoreColumn), 3));

        while (m_document->undoStack()->index() > before)
            m_document->undoStack()->undo();
        QCOMPARE(stored(a, QStringLiteral("likelihood")).toInt(), 2);
        QCOMPARE(model.index(row, RiskTableModel::ScoreColumn).data().toInt(), 4);
        QVERIFY(model.index(row, RiskTableModel::ControlsColumn).data().toString().isEmpty());
        QCOMPARE(model.index(row, RiskTableModel::AcceptedColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.index(row, RiskTableModel::AssetColumn).data().toString(), QStringLiteral("Asset of R-001"));
    }

    void followsTheStoreRowByRow()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QString a = addRisk(QStringLiteral("R-001"), 1, 1);
        const QString b = addRisk(QStringLiteral("R-002"), 2, 2);
        const QString c = addRisk(QStringLiteral("R-003"), 3, 3);
        QCOMPARE(inserted.size(), 3);
        QVERIFY(m_document->removeRecord(RecordKind::Risk, b));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfUuid(c), 1);
        QCOMPARE(model.rowOfUuid(b), -1);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.rowOfUuid(b) >= 0);
        QCOMPARE(model.index(model.rowOfUuid(b), RiskTableModel::ScoreColumn).data().toInt(), 4);
        QVERIFY(m_document->setLinks(RecordKind::Risk, a, LinkKind::Control, {QStringLiteral("8.8")}));
        QCOMPARE(model.index(model.rowOfUuid(a), RiskTableModel::ControlsColumn).data().toString(),
                 QStringLiteral("8.8"));
        QCOMPARE(reset.size(), 0);

        // Cross-check messages are shown on the reference.
        model.setCheckMessages({{a, {QStringLiteral("Something is wrong")}}});
        QCOMPARE(model.index(model.rowOfUuid(a), RiskTableModel::RefColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Something is wrong"));
        QVERIFY(!model.index(model.rowOfUuid(a), RiskTableModel::RefColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(model.rowOfUuid(c), RiskTableModel::RefColumn).data(Qt::DecorationRole).isNull());
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersToACellAndSortsNaturally()
    {
        addRisk(QStringLiteral("R-10"), 4, 3, 1, 1);
        addRisk(QStringLiteral("R-9"), 4, 3, 2, 2);
        addRisk(QStringLiteral("R-100"), 2, 5);
        addRisk(QStringLiteral("R-2"), QVariant(), QVariant());
        RiskTableModel model;
        model.setDocument(m_document.get());
        RiskFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.sort(RiskTableModel::RefColumn, Qt::AscendingOrder);
        QStringList refs;
        for (int row = 0; row < filter.rowCount(); ++row)
            refs << filter.index(row, RiskTableModel::RefColumn).data().toString();
        QCOMPARE(refs, (QStringList{"R-2", "R-9", "R-10", "R-100"}));
        filter.sort(RiskTableModel::ScoreColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, RiskTableModel::ScoreColumn).data().toInt(), 12);
        QCOMPARE(filter.index(2, RiskTableModel::ScoreColumn).data().toInt(), 10);

        filter.setCellFilter(4, 3, false);
        QCOMPARE(filter.rowCount(), 2);
        filter.setCellFilter(2, 2, true);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, RiskTableModel::RefColumn).data().toString(), QStringLiteral("R-9"));
        filter.setCellFilter(5, 5, false);
        QCOMPARE(filter.rowCount(), 0);
        filter.clearCellFilter();
        QCOMPARE(filter.rowCount(), 4);
        filter.setTextFilter(QStringLiteral("asset of r-10"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setTextFilter(QString());
        QCOMPARE(filter.rowCount(), 4);
    }

    void textFilterAndSortFollowEditsInsertsAndRemovals()
    {
        // The filter keeps each row's search text and sort key once read: an edit, a new risk and a removal must
        // each be seen by the next keystroke and by the sort order.
        const QString a = addRisk(QStringLiteral("R-1"), 1, 1);
        const QString b = addRisk(QStringLiteral("R-2"), 2, 2);
        RiskTableModel model;
        model.setDocument(m_document.get());
        RiskFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.sort(RiskTableModel::RefColumn, Qt::AscendingOrder);
        filter.setTextFilter(QStringLiteral("PHISH"));
        QCOMPARE(filter.rowCount(), 0);
        AuditStore& store = m_document->store();
        QVERIFY(store.setField(RecordKind::Risk, b, QStringLiteral("threat"), QStringLiteral("Phishing e-mail")));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, RiskTableModel::RefColumn).data().toString(), QStringLiteral("R-2"));
        QVERIFY(store.setField(RecordKind::Risk, b, QStringLiteral("threat"), QStringLiteral("Flood")));
        QCOMPARE(filter.rowCount(), 0);
        filter.setTextFilter(QStringLiteral("flo"));
        QCOMPARE(filter.rowCount(), 1);
        addRisk(QStringLiteral("R-3"), 3, 3);
        QVERIFY(store.setField(RecordKind::Risk, a, QStringLiteral("vulnerability"), QStringLiteral("Low floor")));
        QCOMPARE(filter.rowCount(), 2);
        filter.setTextFilter(QString());
        QCOMPARE(filter.rowCount(), 3);
        QVERIFY(store.setField(RecordKind::Risk, a, QStringLiteral("ref"), QStringLiteral("R-10")));
        QStringList refs;
        for (int row = 0; row < filter.rowCount(); ++row)
            refs << filter.index(row, RiskTableModel::RefColumn).data().toString();
        QCOMPARE(refs, (QStringList{"R-2", "R-3", "R-10"}));
        QVERIFY(store.remove(RecordKind::Risk, b));
        filter.setTextFilter(QStringLiteral("r-"));
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.index(0, RiskTableModel::RefColumn).data().toString(), QStringLiteral("R-3"));
    }

    void largeRegisterLoadsInOneRead()
    {
        // 10,000 risks written in one transaction, then read by the model in one records() call; counts and
        // cell filtering work from the rows held in memory.
        AuditStore& store = m_document->store();
        const Status filled = store.batch([&]() -> Status {
            for (int i = 1; i <= 10000; ++i) {
                Record risk{RecordKind::Risk, {}, {}, {}, {}};
                risk.values
                    = {{"ref", QStringLiteral("R-%1").arg(i)}, {"likelihood", i % 5 + 1}, {"impact", (i / 5) % 5 + 1}};
                if (auto r = store.insert(risk); !r)
                    return Error{r.error()};
            }
            return {};
        });
        QVERIFY2(filled, qPrintable(filled.error()));
        RiskTableModel model;
        model.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 10000);
        int total = 0;
        for (int c : model.cellCounts(false))
            total += c;
        QCOMPARE(total, 10000);
        QCOMPARE(model.nextRef(), QStringLiteral("R-10001"));
        RiskFilterModel filter;
        filter.setSourceModel(&model);
        filter.setCellFilter(5, 5, false);
        QCOMPARE(filter.rowCount(), model.cellCounts(false).at(24));
        QVERIFY(filter.rowCount() > 0);
    }
};

QTEST_MAIN(TestRiskTableModel)
#include "tst_risktablemodel.moc"
