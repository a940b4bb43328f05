// SPDX-License-Identifier: GPL-3.0-or-later
// The Evidence pane driven as a user would: add evidence of a kind, edit its sample, filter by kind, attach files
// (one undo step, SHA-256 and MIME type stored), export and open copies through QSaveFile, remove and undo.
#include "document/AuditDocument.h"
#include "models/EvidenceTableModel.h"
#include "panes/evidence/AttachmentFiles.h"
#include "panes/evidence/AttachmentsBox.h"
#include "panes/evidence/EvidenceEditor.h"
#include "panes/evidence/EvidencePane.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace isoaudit;

class TestEvidencePane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<EvidencePane> m_pane;

    int count(RecordKind kind) { return m_document->store().count(kind).value(); }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto store = AuditStore::create(m_dir.filePath(QStringLiteral("v%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(store, qPrintable(store.error()));
        m_document = std::make_unique<AuditDocument>(std::move(store).value());
        m_pane = std::make_unique<EvidencePane>();
        m_pane->resize(1200, 700);
        m_pane->setDocument(m_document.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void addEditAndFilter()
    {
        auto sample = m_pane->addEvidence(QStringLiteral("record"));
        auto policy = m_pane->addEvidence(QStringLiteral("document"));
        QVERIFY(sample && policy);
        QCOMPARE(count(RecordKind::Evidence), 2);
        QCOMPARE(m_pane->currentUuid(), policy.value());

        m_pane->showRecord(RecordKind::Evidence, sample.value());
        QLineEdit* title = m_pane->editor()->titleEdit();
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Leaver tickets"));
        QTest::keyClick(title, Qt::Key_Return);
        auto stored = m_document->store().record(RecordKind::Evidence, sample.value());
        QCOMPARE(stored->text(QStringLiteral("title")), QStringLiteral("Leaver tickets"));
        QCOMPARE(stored->text(QStringLiteral("kind")), QStringLiteral("record"));

        auto* kind = m_pane->findChild<QComboBox*>(QStringLiteral("evidenceKindFilter"));
        QVERIFY(kind);
        QCOMPARE(kind->accessibleName(), QStringLiteral("Filter evidence by kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("document")));
        QCOMPARE(m_pane->view()->model()->rowCount(), 1);
        // Following a link to hidden evidence clears the filter.
        m_pane->showRecord(RecordKind::Evidence, sample.value());
        QCOMPARE(m_pane->view()->model()->rowCount(), 2);
        QCOMPARE(m_pane->currentUuid(), sample.value());

        QVERIFY(m_pane->deleteSelected());
        QCOMPARE(count(RecordKind::Evidence), 1);
        m_document->undoStack()->undo();
        QCOMPARE(count(RecordKind::Evidence), 2);
    }

    void attachExportOpenRemove()
    {
        auto evidence = m_pane->addEvidence(QStringLiteral("document"));
        QVERIFY(evidence);
        AttachmentsBox* box = m_pane->editor()->attachments();
        const QByteArray pdf("%PDF-1.4\n% policy\n");
        const QByteArray csv("ticket,closed\n1,yes\n");
        const QString pdfPath = writeFile(QStringLiteral("policy.pdf"), pdf);
        const QString csvPath = writeFile(QStringLiteral("tickets.csv"), csv);
        const int steps = m_document->undoStack()->count();
        QVERIFY(box->addFiles({pdfPath, csvPath}));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(box->list()->topLevelItemCount(), 2);
        QCOMPARE(m_pane->model()->index(0, 0).data(EvidenceTableModel::AttachmentCountRole).toInt(), 2);

        auto attachments = m_document->store().records(RecordKind::Attachment, evidence.value());
        QCOMPARE(attachments->size(), 2);
        const Record first = attachments->first();
        QCOMPARE(first.text(QStringLiteral("file_name")), QStringLiteral("policy.pdf"));
        QCOMPARE(first.text(QStringLiteral("mime_type")), QStringLiteral("application/pdf"));
        QCOMPARE(first.text(QStringLiteral("sha256")),
                 QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        // The whole hash is in the cell (elided in the middle where it does not fit) and in its tooltip.
        QTreeWidgetItem* row = box->list()->topLevelItem(0);
        QCOMPARE(row->text(3), first.text(QStringLiteral("sha256")));
        QVERIFY(row->toolTip(3).contains(first.text(QStringLiteral("sha256"))));
        QCOMPARE(box->list()->textElideMode(), Qt::ElideMiddle);

        // Export writes the stored bytes; a folder that does not exist is refused and nothing is written.
        box->list()->setCurrentItem(box->list()->topLevelItem(0));
        QCOMPARE(box->selectedAttachment(), first.uuid);
        const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
        QVERIFY(box->exportSelected(exported));
        QCOMPARE(readFile(exported), pdf);
        const Status refused = box->exportSelected(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());

        // Opening works on a private copy with the same bytes.
        auto copy = AttachmentFiles::temporaryCopy(m_document->store(), first.uuid);
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(readFile(copy.value()), pdf);
        QVERIFY(copy->endsWith(QStringLiteral("/policy.pdf")));
        auto again = AttachmentFiles::temporaryCopy(m_document->store(), first.uuid); // over a read-only copy
        QVERIFY2(again, qPrintable(again.error()));

        QVERIFY(box->removeSelected());
        QCOMPARE(count(RecordKind::Attachment), 1);
        QCOMPARE(box->list()->topLevelItemCount(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(count(RecordKind::Attachment), 2);
        auto restored = m_document->store().attachmentData(first.uuid);
        QVERIFY(restored);
        QCOMPARE(restored.value(), pdf);

        // A missing file among several attaches nothing.
        QVERIFY(!box->addFiles({csvPath, m_dir.filePath(QStringLiteral("gone.txt"))}));
        QCOMPARE(count(RecordKind::Attachment), 2);
    }
};

QTEST_MAIN(TestEvidencePane)
#include "tst_evidencepane.moc"
