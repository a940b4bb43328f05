// SPDX-License-Identifier: GPL-3.0-or-later
// InterviewListModel: passes QAbstractItemModelTester and follows inserts, edits, link changes, deletions and their
// undo through the AuditDocument row by row.
#include "document/AuditDocument.h"
#include "models/InterviewListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestInterviewListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;

    QString addInterview(const QString& name, const QString& heldAt = {})
    {
        Record interview{RecordKind::Interview, {}, {}, {}, {}};
        interview.values = {{"interviewee", name}, {"role", QStringLiteral("CISO")}};
        if (!heldAt.isEmpty())
            interview.values.insert(QStringLiteral("held_at"), heldAt);
        auto uuid = m_document->insertRecord(interview);
        return uuid ? uuid.value() : QString();
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("a%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
    }

    void cleanup() { m_document.reset(); }

    void followsTheStore()
    {
        InterviewListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_document->store());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(InterviewListModel::ColumnCount));

        const QString first = addInterview(QStringLiteral("Anna Admin"), QStringLiteral("2026-03-12T10:00:00"));
        const QString second = addInterview(QStringLiteral("Ben Backup"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, InterviewListModel::IntervieweeColumn).data().toString(), QStringLiteral("Anna Admin"));
        QCOMPARE(model.index(1, 0).data(InterviewListModel::UuidRole).toString(), second);
        QCOMPARE(model.index(0, 0).data(InterviewListModel::HeldAtRole).toDateTime(),
                 QDateTime(QDate(2026, 3, 12), QTime(10, 0)));
        QVERIFY(!model.index(1, 0).data(InterviewListModel::HeldAtRole).toDateTime().isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_document->setField(RecordKind::Interview, second, QStringLiteral("interviewee"),
                                     QStringLiteral("Bea Backup")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Bea Backup"));

        QVERIFY(m_document->setField(RecordKind::Interview, first, QStringLiteral("duration_minutes"), 45));
        QCOMPARE(model.index(0, InterviewListModel::DurationColumn).data(InterviewListModel::SortRole).toInt(), 45);

        QVERIFY(m_document->setLinks(RecordKind::Interview, first, LinkKind::Clause, {"9.2.2"}));
        QVERIFY(m_document->setLinks(RecordKind::Interview, first, LinkKind::Control, {"5.15"}));
        QCOMPARE(model.index(0, InterviewListModel::CoversColumn).data().toString(), QStringLiteral("9.2.2, A.5.15"));
        QCOMPARE(model.index(0, 0).data(InterviewListModel::ControlsRole).toStringList(), QStringList{"5.15"});

        // Other kinds of records do not appear.
        Record evidence{RecordKind::Evidence, {}, {}, {{"title", QStringLiteral("Policy")}}, {}};
        QVERIFY(m_document->insertRecord(evidence));
        QCOMPARE(model.rowCount(), 2);

        QVERIFY(m_document->removeRecord(RecordKind::Interview, first));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(first), -1);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        const int restored = model.rowOf(first);
        QVERIFY(restored >= 0);
        QCOMPARE(model.index(restored, InterviewListModel::CoversColumn).data().toString(),
                 QStringLiteral("9.2.2, A.5.15"));
        m_document->undoStack()->undo(); // the evidence
        m_document->undoStack()->undo(); // the control link
        QCOMPARE(model.index(model.rowOf(first), InterviewListModel::CoversColumn).data().toString(),
                 QStringLiteral("9.2.2"));
    }

    void showsExistingRecordsAndResets()
    {
        addInterview(QStringLiteral("Carl Compliance"));
        InterviewListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_document->store());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(InterviewListModel::describe(m_document->store().records(RecordKind::Interview)->first())
                    .startsWith(QStringLiteral("Carl Compliance (CISO)")));
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        addInterview(QStringLiteral("Dora Dev")); // no longer followed
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestInterviewListModel)
#include "tst_interviewlistmodel.moc"
