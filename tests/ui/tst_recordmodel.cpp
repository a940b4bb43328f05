// SPDX-License-Identifier: GPL-3.0-or-later
// RecordTableModel, the base of every record table: the store subscription keeps the uuid <-> row index right
// through inserts, removals (rowOf of the rows after a removed one), changes, link changes, undo and a reload; child
// records follow their parent row; the hooks run while the views still wait; plain-field columns come from the
// record-kind metadata (display, sort, flags, setData through the document); and every record model's columns name
// fields that exist.
#include "document/AuditDocument.h"
#include "models/AuditPlanModel.h"
#include "models/EvidenceTableModel.h"
#include "models/FindingTableModel.h"
#include "models/InterviewListModel.h"
#include "models/RecordTableModel.h"
#include "models/RiskTableModel.h"
#include "models/SoaTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

namespace {

/// A record table as small as it gets: three plain-field columns and a computed one, over interviews or (to follow
/// children) evidence with its attachments. It keeps a per-row cache through the hooks and counts what they saw.
class ProbeModel : public RecordTableModel
{
public:
    enum Column { NameColumn, HeldAtColumn, MinutesColumn, CoverageColumn, ColumnCount };

    explicit ProbeModel(RecordKind kind = RecordKind::Interview)
        : RecordTableModel({kind},
                           kind == RecordKind::Interview
                               ? QStringList{QStringLiteral("interviewee"), QStringLiteral("held_at"),
                                             QStringLiteral("duration_minutes"), QString()}
                               : QStringList{QStringLiteral("title"), QStringLiteral("collected_on"),
                                             QStringLiteral("sample_size"), QString()})
    {
        if (kind == RecordKind::Evidence)
            setChildKind(RecordKind::Attachment);
        // The cache must match the rows whenever a view looks (inside begin/end, before the signal after).
        connect(this, &QAbstractItemModel::rowsInserted, this, [this] { cacheMatchedOnSignal &= cacheMatches(); });
        connect(this, &QAbstractItemModel::rowsRemoved, this, [this] { cacheMatchedOnSignal &= cacheMatches(); });
        connect(this, &QAbstractItemModel::modelReset, this, [this] { cacheMatchedOnSignal &= cacheMatches(); });
        connect(this, &QAbstractItemModel::dataChanged, this, [this] { cacheMatchedOnSignal &= cacheMatches(); });
    }

    using RecordTableModel::fieldSortKey;
    using RecordTableModel::fieldText;
    using RecordTableModel::followDocument;
    using RecordTableModel::followStore;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        if (index.column() == CoverageColumn)
            return coverageText(rowRecord(index.row()));
        return fieldText(index.row(), index.column());
    }

    bool cacheMatches() const
    {
        if (m_cache.size() != rowCount())
            return false;
        for (int row = 0; row < rowCount(); ++row) {
            if (m_cache.at(row) != rowRecord(row).text(columnFieldName(NameColumn)))
                return false;
        }
        return true;
    }

    QStringList others;
    int reloads = 0;
    int refreshes = 0;
    bool cacheMatchedOnSignal = true;

private:
    void reloading() override { m_cache.clear(); }
    void cacheRow(int row) override
    {
        const QString name = rowRecord(row).text(columnFieldName(NameColumn));
        if (row < m_cache.size())
            m_cache[row] = name;
        else
            m_cache.append(name);
    }
    void uncacheRow(int row) override { m_cache.removeAt(row); }
    void rowsReloaded() override { ++reloads; }
    void rowRefreshed(int, const Record&) override { ++refreshes; }
    void otherInserted(RecordKind kind, const QString&) override { others << RecordKinds::info(kind).table; }
    QString undoText(int row, int, const QVariant&) const override
    {
        return QStringLiteral("Edit %1").arg(rowRecord(row).text(columnFieldName(NameColumn)));
    }

    QStringList m_cache;
};

} // namespace

class TestRecordModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;

    std::unique_ptr<AuditDocument> newDocument()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("r%1.isoaudit").arg(++counter)), seed);
        return store ? std::make_unique<AuditDocument>(std::move(store).value()) : nullptr;
    }

    QString addInterview(AuditDocument* document, const QString& name)
    {
        Record interview{RecordKind::Interview, {}, {}, {{"interviewee", name}}, {}};
        auto uuid = document->insertRecord(interview);
        return uuid ? uuid.value() : QString();
    }

    static void checkIndex(const RecordTableModel& model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString uuid = model.uuidAt(row);
            QCOMPARE(model.rowOf(uuid), row);
            QCOMPARE(model.indexOf(uuid, 2), model.index(row, 2));
            QCOMPARE(model.rowRecord(row).uuid, uuid);
        }
        QCOMPARE(model.uuidAt(model.rowCount()), QString());
        QCOMPARE(model.uuidAt(-1), QString());
    }

private slots:
    void init()
    {
        m_document = newDocument();
        QVERIFY(m_document);
    }

    void cleanup() { m_document.reset(); }

    void insertsAndRemovalsKeepTheIndex()
    {
        ProbeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.followDocument(m_document.get());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ProbeModel::ColumnCount));

        QStringList uuids;
        for (const char* name : {"Anna", "Ben", "Cleo", "Dan", "Eve"})
            uuids << addInterview(m_document.get(), QLatin1String(name));
        QCOMPARE(model.rowCount(), 5);
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model.rowOf(uuids.at(row)), row);
        checkIndex(model);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_document->removeRecord(RecordKind::Interview, uuids.at(1)));
        QVERIFY(m_document->removeRecord(RecordKind::Interview, uuids.at(3))); // now row 2
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(1).at(1).toInt(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(uuids.at(1)), -1);
        QCOMPARE(model.rowOf(uuids.at(3)), -1);
        QVERIFY(!model.indexOf(uuids.at(3)).isValid());
        QCOMPARE(model.rowOf(uuids.at(0)), 0);
        QCOMPARE(model.rowOf(uuids.at(2)), 1);
        QCOMPARE(model.rowOf(uuids.at(4)), 2);
        QCOMPARE(model.index(2, ProbeModel::NameColumn).data().toString(), QStringLiteral("Eve"));
        checkIndex(model);

        // Undo brings the record back as the last row, and the index knows it.
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(uuids.at(3)), 3);
        QCOMPARE(model.index(3, ProbeModel::NameColumn).data().toString(), QStringLiteral("Dan"));
        checkIndex(model);
        QVERIFY(model.cacheMatches());
        QVERIFY(model.cacheMatchedOnSignal);
    }

    void changesAndLinksRepaintOneRow()
    {
        ProbeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString anna = addInterview(m_document.get(), QStringLiteral("Anna"));
        const QString ben = addInterview(m_document.get(), QStringLiteral("Ben"));
        model.followDocument(m_document.get());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_document->setField(RecordKind::Interview, ben, QStringLiteral("interviewee"), QStringLiteral("Bea")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, ProbeModel::ColumnCount - 1));
        QCOMPARE(model.index(1, ProbeModel::NameColumn).data().toString(), QStringLiteral("Bea"));
        QCOMPARE(model.refreshes, 1);

        changed.clear();
        QVERIFY(m_document->setLinks(RecordKind::Interview, anna, LinkKind::Control, {"5.15", "8.7"}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, ProbeModel::CoverageColumn).data().toString(), QStringLiteral("A.5.15, A.8.7"));

        // Records of other kinds are no rows; the model hears of them through its hook.
        changed.clear();
        Record evidence{RecordKind::Evidence, {}, {}, {{"title", QStringLiteral("Policy")}}, {}};
        QVERIFY(m_document->insertRecord(evidence));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.others, QStringList{QStringLiteral("evidence")});
        QVERIFY(model.cacheMatchedOnSignal);
    }

    void reloadFollowsOnlyTheNewStore()
    {
        auto other = newDocument();
        QVERIFY(other);
        addInterview(other.get(), QStringLiteral("Olga"));
        addInterview(other.get(), QStringLiteral("Otto"));
        const QString mine = addInterview(m_document.get(), QStringLiteral("Mia"));

        ProbeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.followStore(&m_document->store());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.reloads, 1);
        QCOMPARE(model.store(), &m_document->store());
        QCOMPARE(model.document(), nullptr);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.followStore(&other->store());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.reloads, 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(mine), -1);
        checkIndex(model);

        addInterview(m_document.get(), QStringLiteral("Max")); // the old store is no longer followed
        QCOMPARE(model.rowCount(), 2);
        addInterview(other.get(), QStringLiteral("Oona"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.cacheMatches());

        model.followStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.store(), nullptr);
        addInterview(other.get(), QStringLiteral("Ozzy"));
        QCOMPARE(model.rowCount(), 0);
    }

    void childrenFollowTheirParentRow()
    {
        ProbeModel model(RecordKind::Evidence);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.followDocument(m_document.get());
        Record evidence{RecordKind::Evidence, {}, {}, {{"title", QStringLiteral("Policy")}}, {}};
        const QString first = m_document->insertRecord(evidence).value();
        evidence.values[QStringLiteral("title")] = QStringLiteral("Logs");
        const QString second = m_document->insertRecord(evidence).value();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Record attachment{RecordKind::Attachment, {}, second, {{"file_name", "a.pdf"}, {"data", QByteArray("x")}}, {}};
        const QString a1 = m_document->insertRecord(attachment).value();
        attachment.values[QStringLiteral("file_name")] = QStringLiteral("b.pdf");
        const QString a2 = m_document->insertRecord(attachment).value();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.children(second).size(), 2);
        QCOMPARE(model.children(second).at(1).uuid, a2);
        QCOMPARE(model.children(first).size(), 0);

        QVERIFY(m_document->setField(RecordKind::Attachment, a1, QStringLiteral("file_name"), QStringLiteral("c.pdf")));
        QCOMPARE(model.children(second).at(0).text(QStringLiteral("file_name")), QStringLiteral("c.pdf"));
        QVERIFY(m_document->removeRecord(RecordKind::Attachment, a1));
        QCOMPARE(model.children(second).size(), 1);

        // A reload reads the children again, all at once; removing the parent drops them with it.
        ProbeModel fresh(RecordKind::Evidence);
        fresh.followStore(&m_document->store());
        QCOMPARE(fresh.children(second).size(), 1);
        QCOMPARE(fresh.children(second).first().uuid, a2);
        QVERIFY(m_document->removeRecord(RecordKind::Evidence, second));
        QCOMPARE(fresh.children(second).size(), 0);
        QCOMPARE(model.children(second).size(), 0);
        m_document->undoStack()->undo(); // the evidence and its attachment come back
        QCOMPARE(model.rowOf(second), 1);
        QCOMPARE(model.children(second).size(), 1);
        QVERIFY(model.rowOf(first) == 0 && model.cacheMatchedOnSignal);
    }

    void plainFieldColumnsComeFromTheMetadata()
    {
        ProbeModel model;
        QCOMPARE(model.columnField(ProbeModel::NameColumn)->type, FieldType::Text);
        QCOMPARE(model.columnField(ProbeModel::HeldAtColumn)->type, FieldType::DateTime);
        QCOMPARE(model.columnField(ProbeModel::MinutesColumn)->type, FieldType::Integer);
        QCOMPARE(model.columnField(ProbeModel::CoverageColumn), nullptr);
        QCOMPARE(model.columnField(99), nullptr);
        QCOMPARE(model.columnFieldName(ProbeModel::MinutesColumn), QStringLiteral("duration_minutes"));

        const QString anna = addInterview(m_document.get(), QStringLiteral("Anna"));
        const QString ben = addInterview(m_document.get(), QStringLiteral("ben"));
        QVERIFY(m_document->setField(RecordKind::Interview, anna, QStringLiteral("duration_minutes"), 45));
        QVERIFY(m_document->setField(RecordKind::Interview, anna, QStringLiteral("held_at"),
                                     QStringLiteral("2026-03-12T10:00:00")));
        model.followStore(&m_document->store());
        // Read-only without a document: nothing is editable, setData refuses.
        QVERIFY(!(model.flags(model.index(0, ProbeModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, ProbeModel::NameColumn), QStringLiteral("X")));

        QCOMPARE(model.fieldSortKey(0, ProbeModel::MinutesColumn).toInt(), 45);
        QCOMPARE(model.fieldSortKey(1, ProbeModel::MinutesColumn).toInt(), -1); // not stated sorts first
        QCOMPARE(model.fieldSortKey(0, ProbeModel::NameColumn).toString(), QStringLiteral("anna"));
        QCOMPARE(model.fieldSortKey(0, ProbeModel::HeldAtColumn).toString(), QStringLiteral("2026-03-12T10:00:00"));
        QCOMPARE(model.fieldText(0, ProbeModel::MinutesColumn), QStringLiteral("45"));
        QCOMPARE(model.fieldText(0, ProbeModel::HeldAtColumn),
                 QLocale().toString(QDateTime(QDate(2026, 3, 12), QTime(10, 0)), QLocale::ShortFormat));
        QCOMPARE(model.fieldText(1, ProbeModel::HeldAtColumn), QString());

        // With a writable document the plain fields are editable, the computed column is not, and an edit is one
        // undo step named by the model; an edit the store refuses is reported and leaves nothing on the stack.
        model.followDocument(m_document.get());
        QVERIFY(model.flags(model.index(0, ProbeModel::NameColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, ProbeModel::CoverageColumn)) & Qt::ItemIsEditable));
        const int steps = m_document->undoStack()->count();
        QVERIFY(model.setData(model.index(1, ProbeModel::MinutesColumn), 30));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->undoStack()->text(steps), QStringLiteral("Edit ben"));
        QCOMPARE(model.fieldSortKey(1, ProbeModel::MinutesColumn).toInt(), 30);
        QVERIFY(model.setData(model.index(1, ProbeModel::MinutesColumn), QString())); // cleared = not stated
        QCOMPARE(model.fieldSortKey(1, ProbeModel::MinutesColumn).toInt(), -1);

        QSignalSpy refused(&model, &RecordTableModel::editRefused);
        const int before = m_document->undoStack()->count();
        QVERIFY(!model.setData(model.index(0, ProbeModel::MinutesColumn), 5000)); // above the metadata's 1440
        QCOMPARE(refused.size(), 1);
        QVERIFY(!refused.first().first().toString().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), before);
        QCOMPARE(model.fieldSortKey(0, ProbeModel::MinutesColumn).toInt(), 45);
        QVERIFY(!model.setData(model.index(0, ProbeModel::CoverageColumn), QStringLiteral("x")));
        Q_UNUSED(ben);
    }

    void everyModelsColumnsNameFieldsOfItsKind()
    {
        // A column's field is looked up in core/domain/RecordKind.cpp; a renamed or misspelt field would leave the
        // column without one (and so neither sortable by type nor editable).
        RiskTableModel risks;
        for (int column = 0; column < RiskTableModel::ColumnCount; ++column)
            QCOMPARE(risks.columnFieldName(column), RiskTableModel::fieldOf(column));
        SoaTableModel soa;
        for (int column = 0; column < SoaTableModel::ColumnCount; ++column)
            QCOMPARE(soa.columnFieldName(column), SoaTableModel::fieldOf(column));
        AuditPlanModel plan;
        for (int column = 0; column < AuditPlanModel::ColumnCount; ++column)
            QCOMPARE(plan.columnFieldName(column), AuditPlanModel::fieldOf(column));
        QCOMPARE(risks.columnCount(), int(RiskTableModel::ColumnCount));
        QCOMPARE(soa.columnCount(), int(SoaTableModel::ColumnCount));
        QCOMPARE(plan.columnCount(), int(AuditPlanModel::ColumnCount));

        EvidenceTableModel evidence;
        FindingTableModel findings;
        InterviewListModel interviews;
        QCOMPARE(evidence.columnCount(), int(EvidenceTableModel::ColumnCount));
        QCOMPARE(findings.columnCount(), int(FindingTableModel::ColumnCount));
        QCOMPARE(interviews.columnCount(), int(InterviewListModel::ColumnCount));
        QCOMPARE(evidence.columnFieldName(EvidenceTableModel::CollectedOnColumn), QStringLiteral("collected_on"));
        QCOMPARE(evidence.columnFieldName(EvidenceTableModel::KindColumn), QStringLiteral("kind"));
        QCOMPARE(findings.columnFieldName(FindingTableModel::GradeColumn), QStringLiteral("grade"));
        QCOMPARE(interviews.columnFieldName(InterviewListModel::DurationColumn), QStringLiteral("duration_minutes"));
        for (int column : {int(RiskTableModel::ScoreColumn), int(RiskTableModel::ControlsColumn)})
            QCOMPARE(risks.columnField(column), nullptr);
    }
};

QTEST_MAIN(TestRecordModel)
#include "tst_recordmodel.moc"
