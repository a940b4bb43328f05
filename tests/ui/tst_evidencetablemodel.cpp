// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceTableModel: passes QAbstractItemModelTester, follows evidence and attachment counts row by row.
#include "document/AuditDocument.h"
#include "models/EvidenceTableModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestEvidenceTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;

    QString addAttachment(const QString& evidence, const QString& name)
    {
        Record attachment{RecordKind::Attachment, {}, evidence, {{"file_name", name}, {"data", QByteArray("x")}}, {}};
        auto uuid = m_document->insertRecord(attachment);
        return uuid ? uuid.value() : QString();
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
    }

    void cleanup() { m_document.reset(); }

    void followsEvidenceAndAttachments()
    {
        EvidenceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_document->store());
        QCOMPARE(model.rowCount(), 0);

        Record sample{RecordKind::Evidence, {}, {}, {}, {}};
        sample.values = {{"kind", QStringLiteral("record")},
                         {"title", QStringLiteral("Leaver tickets")},
                         {"sample_size", 25},
                         {"population", QStringLiteral("340 leavers")},
                         {"sample_selection", QStringLiteral("every 10th")},
                         {"collected_on", QStringLiteral("2026-03-12")}};
        sample.links = {{LinkKind::Control, {"5.18"}}, {LinkKind::Clause, {"7.5.3"}}};
        auto first = m_document->insertRecord(sample);
        QVERIFY(first);
        auto second = m_document->insertRecord(
            Record{RecordKind::Evidence, {}, {}, {{"kind", "document"}, {"title", "Access policy"}}, {}});
        QVERIFY(second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EvidenceTableModel::KindColumn).data().toString(),
                 EvidenceTableModel::kindLabel(QStringLiteral("record")));
        QCOMPARE(model.index(0, EvidenceTableModel::SampleColumn).data().toString(),
                 QStringLiteral("25 of 340 leavers (every 10th)"));
        QCOMPARE(model.index(0, EvidenceTableModel::CoversColumn).data().toString(), QStringLiteral("7.5.3, A.5.18"));
        QCOMPARE(
            model.index(0, EvidenceTableModel::AttachmentsColumn).data(EvidenceTableModel::AttachmentCountRole).toInt(),
            0);

        const QString a1 = addAttachment(second.value(), QStringLiteral("policy.pdf"));
        const QString a2 = addAttachment(second.value(), QStringLiteral("annex.pdf"));
        QCOMPARE(model.index(1, 0).data(EvidenceTableModel::AttachmentCountRole).toInt(), 2);
        QCOMPARE(model.index(1, EvidenceTableModel::AttachmentsColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, 0).data(EvidenceTableModel::AttachmentCountRole).toInt(), 0);
        QVERIFY(m_document->removeRecord(RecordKind::Attachment, a1));
        QCOMPARE(model.index(1, 0).data(EvidenceTableModel::AttachmentCountRole).toInt(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(model.index(1, 0).data(EvidenceTableModel::AttachmentCountRole).toInt(), 2);
        Q_UNUSED(a2);

        QVERIFY(m_document->setField(RecordKind::Evidence, first.value(), QStringLiteral("title"),
                                     QStringLiteral("Leaver tickets 2025")));
        QCOMPARE(model.index(0, EvidenceTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Leaver tickets 2025"));
        QVERIFY(m_document->setField(RecordKind::Evidence, first.value(), QStringLiteral("sample_size"), QVariant()));
        QCOMPARE(model.index(0, EvidenceTableModel::SampleColumn).data().toString(),
                 QStringLiteral("340 leavers (every 10th)"));

        // Deleting evidence removes its row (and its files); undo restores both.
        QVERIFY(m_document->removeRecord(RecordKind::Evidence, second.value()));
        QCOMPARE(model.rowCount(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(model.rowOf(second.value()), 0).data(EvidenceTableModel::AttachmentCountRole).toInt(), 2);

        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEvidenceTableModel)
#include "tst_evidencetablemodel.moc"
