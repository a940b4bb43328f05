// SPDX-License-Identifier: GPL-3.0-or-later
// CriteriaTreeModel (issue 17, point 3): the Trust Services Criteria of the categories in scope as series ->
// criterion under QAbstractItemModelTester, the number of controls mapped to each, an unaddressed criterion marked
// with the rule's reason, "n of m addressed" on the series, the tree following the store (a control mapped,
// unmapped, removed, the categories changed), drags of criteria and series, the "Unaddressed only" filter, and an
// empty tree for no document or an ISO/IEC 27001 audit.
#include "core/Soc2MatrixFixture.h"
#include "document/AuditDocument.h"
#include "models/CriteriaTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestCriteriaTreeModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<AuditDocument> m_document;

    AuditStore& store() { return m_document->store(); }

    static int criteriaInCatalog(const QString& series)
    {
        int n = 0;
        for (const CatalogItem& item : Engagement::criteriaCatalog().criteria())
            n += item.group == series ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        m_document = std::make_unique<AuditDocument>(
            createEngagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files))));
    }

    void cleanup() { m_document.reset(); }

    void seriesAndCriteriaOfTheCategoriesInScope()
    {
        CriteriaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        // Security only: the common criteria CC1-CC9, 33 of them.
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.criterionCount(), 33);
        QCOMPARE(model.unaddressedCriteria().size(), 33);
        QCOMPARE(model.summaryText(), QStringLiteral("0 of 33 criteria addressed"));
        const QModelIndex cc6 = model.indexForCriterion(QStringLiteral("CC6"));
        QVERIFY(cc6.isValid());
        QVERIFY(model.data(cc6, CriteriaTreeModel::IsSeriesRole).toBool());
        QVERIFY(model.data(cc6).toString().startsWith(QStringLiteral("CC6 ")));
        QCOMPARE(model.rowCount(cc6), criteriaInCatalog(QStringLiteral("CC6")));
        QCOMPARE(model.data(cc6.siblingAtColumn(CriteriaTreeModel::ControlsColumn)).toString(),
                 QStringLiteral("0 of %1 addressed").arg(criteriaInCatalog(QStringLiteral("CC6"))));

        const QModelIndex cc64 = model.indexForCriterion(QStringLiteral("CC6.4"));
        QCOMPARE(cc64.parent(), cc6);
        QVERIFY(model.data(cc64).toString().startsWith(QStringLiteral("CC6.4  ")));
        QCOMPARE(model.data(cc64, CriteriaTreeModel::ControlCountRole).toInt(), 0);
        QCOMPARE(model.data(cc64, CriteriaTreeModel::UnaddressedRole).toString(), QStringLiteral("unaddressed"));
        QVERIFY(model.data(cc64, Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.data(cc64, Qt::BackgroundRole).isValid());
        const QString reason = model.data(cc64, Qt::ToolTipRole).toString();
        QVERIFY2(reason.contains(QStringLiteral("CC6.4")) && reason.contains(QStringLiteral("soc2.criteria-addressed")),
                 qPrintable(reason));
        QVERIFY(!(model.flags(cc64) & Qt::ItemIsEditable));
        QVERIFY(model.flags(cc64) & Qt::ItemIsDragEnabled);
        QCOMPARE(model.headerData(CriteriaTreeModel::CriterionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Criterion"));
    }

    void countsFollowTheStore()
    {
        CriteriaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QSignalSpy summary(&model, &CriteriaTreeModel::summaryChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QString nc1
            = addControl(store(), QStringLiteral("NC-1"), {QStringLiteral("CC6.1"), QStringLiteral("CC6.4")});
        QVERIFY(!summary.isEmpty());
        QVERIFY(!changed.isEmpty());
        const QModelIndex cc64 = model.indexForCriterion(QStringLiteral("CC6.4"));
        QCOMPARE(model.data(cc64, CriteriaTreeModel::ControlCountRole).toInt(), 1);
        QCOMPARE(model.data(cc64, CriteriaTreeModel::ControlRefsRole).toStringList(), QStringList{"NC-1"});
        QCOMPARE(model.data(cc64, CriteriaTreeModel::UnaddressedRole).toString(), QString());
        QVERIFY(!model.data(cc64, Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.data(cc64, Qt::ToolTipRole).toString().contains(QStringLiteral("NC-1")));
        QCOMPARE(model.summaryText(), QStringLiteral("2 of 33 criteria addressed"));
        QCOMPARE(
            model.data(model.indexForCriterion(QStringLiteral("CC6"), CriteriaTreeModel::ControlsColumn)).toString(),
            QStringLiteral("2 of %1 addressed").arg(criteriaInCatalog(QStringLiteral("CC6"))));

        // A second control on CC6.4, then the first unmapped, then removed.
        addControl(store(), QStringLiteral("NC-2"), {QStringLiteral("CC6.4")});
        QCOMPARE(model.data(cc64, CriteriaTreeModel::ControlRefsRole).toStringList(), (QStringList{"NC-1", "NC-2"}));
        QVERIFY(store().setLinks(RecordKind::ServiceControl, nc1, LinkKind::Criterion, {QStringLiteral("CC6.1")}).ok());
        QCOMPARE(model.data(cc64, CriteriaTreeModel::ControlRefsRole).toStringList(), QStringList{"NC-2"});
        QVERIFY(store().remove(RecordKind::ServiceControl, nc1).ok());
        QCOMPARE(
            model.data(model.indexForCriterion(QStringLiteral("CC6.1")), CriteriaTreeModel::ControlCountRole).toInt(),
            0);
        QCOMPARE(model.unaddressedCriteria().size(), 32);
        QVERIFY(!model.unaddressedCriteria().contains(QStringLiteral("CC6.4")));
    }

    void theCategoriesInScopeRebuildTheTree()
    {
        CriteriaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QVERIFY(!model.indexForCriterion(QStringLiteral("A1.2")).isValid());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString engagement = store().singleton(RecordKind::Engagement)->uuid;
        QVERIFY(m_document
                    ->setField(RecordKind::Engagement, engagement, QStringLiteral("categories"),
                               QStringLiteral("security availability"))
                    .ok());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.criterionCount(), 33 + criteriaInCatalog(QStringLiteral("A1")));
        QVERIFY(model.indexForCriterion(QStringLiteral("A1.2")).isValid());
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(!model.indexForCriterion(QStringLiteral("A1.2")).isValid());
    }

    void dragsCarryCriteriaIds()
    {
        CriteriaTreeModel model;
        model.setDocument(m_document.get());
        QCOMPARE(model.mimeTypes(), QStringList{CriteriaTreeModel::criteriaMimeType()});
        const QModelIndex cc61 = model.indexForCriterion(QStringLiteral("CC6.1"));
        const QModelIndex cc72 = model.indexForCriterion(QStringLiteral("CC7.2"));
        std::unique_ptr<QMimeData> two(model.mimeData({cc72, cc61, cc61.siblingAtColumn(1)}));
        QVERIFY(two);
        QCOMPARE(CriteriaTreeModel::criteriaFromMimeData(two.get()),
                 (QStringList{QStringLiteral("CC6.1"), QStringLiteral("CC7.2")})); // catalog order, no repeats
        QCOMPARE(two->text(), QStringLiteral("CC6.1, CC7.2"));
        // A series stands for all its criteria.
        std::unique_ptr<QMimeData> series(model.mimeData({model.indexForCriterion(QStringLiteral("CC6"))}));
        QCOMPARE(CriteriaTreeModel::criteriaFromMimeData(series.get()).size(),
                 criteriaInCatalog(QStringLiteral("CC6")));
        QMimeData other;
        other.setText(QStringLiteral("CC6.1"));
        QVERIFY(CriteriaTreeModel::criteriaFromMimeData(&other).isEmpty());
        QVERIFY(CriteriaTreeModel::criteriaFromMimeData(nullptr).isEmpty());
    }

    void unaddressedOnlyFilter()
    {
        CriteriaTreeModel model;
        model.setDocument(m_document.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(CriteriaTreeModel::UnaddressedRole);
        proxy.setRecursiveFilteringEnabled(true);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every criterion of CC1 addressed: the series disappears from the filtered tree.
        QStringList cc1;
        for (const CatalogItem& item : Engagement::criteriaCatalog().criteria()) {
            if (item.group == QLatin1String("CC1"))
                cc1 << item.id;
        }
        addControl(store(), QStringLiteral("NC-1"), cc1 + QStringList{QStringLiteral("CC6.1")});
        proxy.setFilterFixedString(QStringLiteral("unaddressed"));
        QCOMPARE(proxy.rowCount(), 8);
        const QModelIndex cc6 = proxy.mapFromSource(model.indexForCriterion(QStringLiteral("CC6")));
        QCOMPARE(proxy.rowCount(cc6), criteriaInCatalog(QStringLiteral("CC6")) - 1);
        QVERIFY(!proxy.mapFromSource(model.indexForCriterion(QStringLiteral("CC6.1"))).isValid());
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 9);
    }

    void emptyWithoutAnEngagement()
    {
        CriteriaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(m_document.get());
        QCOMPARE(model.rowCount(), 9);
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.criterionCount(), 0);
        // An ISO/IEC 27001 audit has no criteria.
        auto iso = AuditStore::create(m_dir.filePath(QStringLiteral("iso%1.isoaudit").arg(++m_files)),
                                      {QStringLiteral("Client"), "stage2", "Iso", {}, {}, {}});
        QVERIFY(iso);
        AuditDocument isoDocument(std::move(iso.value()));
        model.setDocument(&isoDocument);
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(nullptr);
    }
};

QTEST_MAIN(TestCriteriaTreeModel)
#include "tst_criteriatreemodel.moc"
