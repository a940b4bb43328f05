// SPDX-License-Identifier: GPL-3.0-or-later
// ClauseTreeModel: passes QAbstractItemModelTester; groups 4..10 with their 30 items and "n/m assessed" progress;
// verdict edits go through the document (undoable) and refused ones change nothing; evidence, interview and finding
// links to a clause are counted and follow inserts, link edits and deletions.
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "models/ClauseTreeModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestClauseTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<ClauseTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString verdictInStore(const QString& clauseId)
    {
        const QString uuid = m_document->store().uuidForKey(RecordKind::ClauseAssessment, clauseId).value();
        return m_document->store().record(RecordKind::ClauseAssessment, uuid)->text("verdict");
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto created = AuditStore::create(m_dir.filePath(QStringLiteral("tree%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(created, qPrintable(created.error()));
        m_document = std::make_unique<AuditDocument>(std::move(created).value());
        m_model = std::make_unique<ClauseTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setDocument(m_document.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_document.reset();
    }

    void structure()
    {
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->itemCount(), 30);
        const QStringList groups{"4", "5", "6", "7", "8", "9", "10"};
        const QList<int> sizes{4, 3, 5, 7, 3, 6, 2};
        for (int g = 0; g < 7; ++g) {
            const QModelIndex group = m_model->index(g, 0);
            QCOMPARE(group.data(ClauseTreeModel::ClauseIdRole).toString(), groups.at(g));
            QCOMPARE(m_model->rowCount(group), sizes.at(g));
            QVERIFY(group.data(ClauseTreeModel::IsGroupRole).toBool());
        }
        const QModelIndex item = m_model->indexForClause(QStringLiteral("6.1.2"));
        QVERIFY(item.isValid());
        QVERIFY(item.data().toString().startsWith(QStringLiteral("6.1.2 Information security risk assessment")));
        QCOMPARE(item.parent().data(ClauseTreeModel::ClauseIdRole).toString(), QStringLiteral("6"));
        QCOMPARE(item.siblingAtColumn(ClauseTreeModel::VerdictColumn).data().toString(), QStringLiteral("Pending"));
        QVERIFY(!item.data(Qt::DecorationRole).isNull());
        QCOMPARE(m_model->index(0, ClauseTreeModel::VerdictColumn).data().toString(), QStringLiteral("0/4 assessed"));
        QVERIFY(m_model->flags(item.siblingAtColumn(ClauseTreeModel::VerdictColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(0, ClauseTreeModel::VerdictColumn)) & Qt::ItemIsEditable));
        QCOMPARE(item.siblingAtColumn(ClauseTreeModel::VerdictColumn).data(ItemRoles::ChoicesRole).toList().size(), 4);
    }

    void editVerdictUndoRedo()
    {
        const QModelIndex verdict = m_model->indexForClause(QStringLiteral("4.3"), ClauseTreeModel::VerdictColumn);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(verdict, QStringLiteral("nonconform")));
        QCOMPARE(verdictInStore("4.3"), QStringLiteral("nonconform"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(verdict.data().toString(), QStringLiteral("Nonconformity"));
        QCOMPARE(verdict.data(ItemRoles::RawValueRole).toString(), QStringLiteral("nonconform"));
        QCOMPARE(m_model->index(0, ClauseTreeModel::VerdictColumn).data().toString(), QStringLiteral("1/4 assessed"));
        QCOMPARE(m_model->assessedCount(), 1);

        m_document->undoStack()->undo();
        QCOMPARE(verdictInStore("4.3"), QStringLiteral("pending"));
        QCOMPARE(verdict.data().toString(), QStringLiteral("Pending"));
        QCOMPARE(m_model->index(0, ClauseTreeModel::VerdictColumn).data().toString(), QStringLiteral("0/4 assessed"));
        m_document->undoStack()->redo();
        QCOMPARE(verdict.data().toString(), QStringLiteral("Nonconformity"));
    }

    void refusedVerdictChangesNothing()
    {
        const QModelIndex verdict = m_model->indexForClause(QStringLiteral("4.3"), ClauseTreeModel::VerdictColumn);
        QSignalSpy refused(m_model.get(), &ClauseTreeModel::editRefused);
        QVERIFY(!m_model->setData(verdict, QStringLiteral("brilliant")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!refused.first().first().toString().isEmpty());
        QCOMPARE(verdictInStore("4.3"), QStringLiteral("pending"));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(!m_model->setData(m_model->index(0, ClauseTreeModel::VerdictColumn), QStringLiteral("conform")));
    }

    void followsStoreChanges()
    {
        const QString uuid = m_document->store().uuidForKey(RecordKind::ClauseAssessment, "10.2").value();
        QVERIFY(m_document->store().setField(RecordKind::ClauseAssessment, uuid, "verdict", QStringLiteral("conform")));
        QCOMPARE(m_model->indexForUuid(uuid, ClauseTreeModel::VerdictColumn).data().toString(),
                 QStringLiteral("Conforms"));
        QCOMPARE(m_model->index(6, ClauseTreeModel::VerdictColumn).data().toString(), QStringLiteral("1/2 assessed"));
    }

    void countsLinkedEvidenceAndFindings()
    {
        const QModelIndex evidenceCell = m_model->indexForClause("7.2", ClauseTreeModel::EvidenceColumn);
        const QModelIndex findingsCell = m_model->indexForClause("7.2", ClauseTreeModel::FindingsColumn);
        QCOMPARE(evidenceCell.data().toInt(), 0);
        Record interview{RecordKind::Interview,
                         {},
                         {},
                         {{"interviewee", QStringLiteral("HR lead")}},
                         {{LinkKind::Clause, {QStringLiteral("7.2"), QStringLiteral("7.3")}}}};
        const QString interviewUuid = m_document->insertRecord(interview).value();
        Record evidence{RecordKind::Evidence, {}, {}, {{"title", QStringLiteral("Training matrix")}}, {}};
        const QString evidenceUuid = m_document->insertRecord(evidence).value();
        QCOMPARE(evidenceCell.data().toInt(), 1);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_document->setLinks(RecordKind::Evidence, evidenceUuid, LinkKind::Clause, {"7.2"}));
        QCOMPARE(evidenceCell.data().toInt(), 2);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_model->indexForClause("7.3", ClauseTreeModel::EvidenceColumn).data().toInt(), 1);

        Record finding{RecordKind::Finding,
                       {},
                       {},
                       {{"ref", QStringLiteral("NC-01")}, {"grade", QStringLiteral("minor")}},
                       {{LinkKind::Clause, {QStringLiteral("7.2")}}}};
        const QString findingUuid = m_document->insertRecord(finding).value();
        QCOMPARE(findingsCell.data().toInt(), 1);
        QVERIFY(m_document->removeRecord(RecordKind::Finding, findingUuid));
        QCOMPARE(findingsCell.data().toInt(), 0);
        QVERIFY(m_document->removeRecord(RecordKind::Interview, interviewUuid));
        QCOMPARE(evidenceCell.data().toInt(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(evidenceCell.data().toInt(), 2);
    }

    void noDocumentIsEmpty()
    {
        m_model->setDocument(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setDocument(m_document.get());
        QCOMPARE(m_model->rowCount(), 7);
    }

    void readOnlyIsNotEditable()
    {
        const QString path = m_document->path();
        m_model->setDocument(nullptr);
        m_document.reset();
        m_document = AuditDocument::open(path, AuditDatabase::Mode::ReadOnly).value();
        m_model->setDocument(m_document.get());
        const QModelIndex verdict = m_model->indexForClause(QStringLiteral("4.3"), ClauseTreeModel::VerdictColumn);
        QVERIFY(!(m_model->flags(verdict) & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(verdict, QStringLiteral("conform")));
        QCOMPARE(verdictInStore("4.3"), QStringLiteral("pending"));
    }
};

QTEST_MAIN(TestClauseTreeModel)
#include "tst_clausetreemodel.moc"
