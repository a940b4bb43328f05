// SPDX-License-Identifier: GPL-3.0-or-later
// PopulationRowsModel (issue 17, point 4): a 20,000-row population previews one page at a time (fewer rows than it
// holds until fetchMore, all of them in the end, in order), passes QAbstractItemModelTester, shows the
// population's own columns and the period flag, and empties when the population is removed.
#include "core/Soc2Fixture.h"
#include "delegates/ItemRoles.h"
#include "models/PopulationRowsModel.h"
#include "soc2/PopulationImport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestPopulationRowsModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_control;
    std::unique_ptr<AuditStore> m_store;

    QString import(const QByteArray& csv, const QString& name)
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.csv").arg(++m_files));
        writeFile(path, csv);
        PopulationImportOptions options;
        options.controlUuid = m_control;
        options.path = path;
        options.name = name;
        auto imported = PopulationImport::run(*m_store, options);
        if (!imported)
            qFatal("%s", qPrintable(imported.error()));
        return imported->uuid;
    }

private slots:
    void init() { m_store = soc2Engagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files)), &m_control); }

    void cleanup() { m_store.reset(); }

    void fetchesLazilyInPages()
    {
        const QString population = import(populationCsv(20000), QStringLiteral("Tickets"));

        PopulationRowsModel model;
        model.setPopulation(m_store.get(), population);
        QCOMPARE(model.totalRows(), 20000);
        QCOMPARE(model.rowCount(), model.pageSize()); // one page, not the population
        QVERIFY(model.rowCount() < 20000);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.columnCount(), PopulationRowsModel::FirstOtherColumn + 1);
        QCOMPARE(model.headerData(PopulationRowsModel::FirstOtherColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Owner"));
        QCOMPARE(model.index(0, PopulationRowsModel::RowColumn).data().toLongLong(), 1);
        QCOMPARE(model.index(0, PopulationRowsModel::IdColumn).data().toString(), QStringLiteral("TX-0001"));
        QCOMPARE(model.index(0, PopulationRowsModel::DateColumn).data(ItemRoles::RawValueRole).toString(),
                 QStringLiteral("2024-01-01"));
        QCOMPARE(model.index(0, PopulationRowsModel::InPeriodColumn).data(ItemRoles::RawValueRole).toBool(), true);
        QCOMPARE(model.index(8, PopulationRowsModel::FirstOtherColumn).data().toString(), QStringLiteral("owner 1"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        int fetches = 0;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++fetches;
        }
        QCOMPARE(fetches, 20000 / model.pageSize() - 1);
        QCOMPARE(inserted.size(), fetches);
        QCOMPARE(model.rowCount(), 20000);
        for (int row : {499, 500, 12345, 19999}) {
            QCOMPARE(model.index(row, PopulationRowsModel::RowColumn).data().toLongLong(), row + 1);
            QCOMPARE(model.index(row, PopulationRowsModel::IdColumn).data().toString(),
                     QStringLiteral("TX-%1").arg(row + 1, 4, 10, QLatin1Char('0')));
            QCOMPARE(model.index(row, PopulationRowsModel::FirstOtherColumn).data().toString(),
                     QStringLiteral("owner %1").arg(row % 7));
        }
        model.fetchMore({}); // nothing left: no rows, no signal
        QCOMPARE(model.rowCount(), 20000);
        QCOMPARE(inserted.size(), fetches);
    }

    void passesTheModelTester()
    {
        const QString population = import(populationCsv(2000), QStringLiteral("Tickets"));
        PopulationRowsModel model;
        model.setPageSize(300);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPopulation(m_store.get(), population);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < 2000); // the tester fetches a page too, never the whole
        QCOMPARE(model.rowCount() % 300, 0);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.index(1999, PopulationRowsModel::IdColumn).data().toString(), QStringLiteral("TX-2000"));
        model.setPopulation(nullptr, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(PopulationRowsModel::FirstOtherColumn));
    }

    void flagsRowsOutsideThePeriod()
    {
        const QString population
            = import("id,date,system\nA-1,2024-03-01,erp\nA-2,2023-12-31,erp\nA-3,2024-06-30,crm\n",
                     QStringLiteral("Access requests"));
        PopulationRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPopulation(m_store.get(), population);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(1, PopulationRowsModel::InPeriodColumn).data(ItemRoles::RawValueRole).toBool(), false);
        QVERIFY(!model.index(1, PopulationRowsModel::InPeriodColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(0, PopulationRowsModel::InPeriodColumn).data(ItemRoles::RawValueRole).toBool(), true);
        QCOMPARE(model.index(2, PopulationRowsModel::FirstOtherColumn).data().toString(), QStringLiteral("crm"));
        QCOMPARE(model.headerData(PopulationRowsModel::FirstOtherColumn, Qt::Horizontal).toString(),
                 QStringLiteral("system"));
    }

    void emptiesWhenThePopulationIsRemoved()
    {
        const QString population = import(populationCsv(50), QStringLiteral("Tickets"));
        PopulationRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPopulation(m_store.get(), population);
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(m_store->remove(RecordKind::Population, population));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.population().isEmpty());
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestPopulationRowsModel)
#include "tst_populationrowsmodel.moc"
