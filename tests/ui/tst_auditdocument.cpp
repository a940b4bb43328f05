// SPDX-License-Identifier: GPL-3.0-or-later
// AuditDocument: every edit is one QUndoCommand committed at once; typing merges into one step; a deletion's undo
// restores the record with its children (attachments, corrective actions) and the links other records had to it;
// a refused edit never reaches the undo stack; a failed macro is taken back whole.
#include "document/AuditDocument.h"
#include "import/ColumnMapper.h"
#include "import/TableImporter.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestAuditDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDocument> m_document;

    AuditStore& store() { return m_document->store(); }
    QString clauseUuid(const QString& id) { return store().uuidForKey(RecordKind::ClauseAssessment, id).value(); }
    QString value(RecordKind kind, const QString& uuid, const QString& column)
    {
        auto record = store().record(kind, uuid);
        return record ? record->text(column) : QStringLiteral("<missing>");
    }
    bool exists(RecordKind kind, const QString& uuid) { return store().record(kind, uuid).ok(); }

private slots:
    void init()
    {
        static int counter = 0;
        NewAudit seed;
        seed.client = QStringLiteral("Example Ltd");
        seed.leadAuditor = QStringLiteral("Lena Lead");
        auto created = AuditStore::create(m_dir.filePath(QStringLiteral("doc%1.isoaudit").arg(++counter)), seed);
        QVERIFY2(created, qPrintable(created.error()));
        m_document = std::make_unique<AuditDocument>(std::move(created).value());
    }

    void cleanup() { m_document.reset(); }

    void setFieldUndoRedo()
    {
        const QString uuid = clauseUuid(QStringLiteral("5.2"));
        QVERIFY(m_document->setField(RecordKind::ClauseAssessment, uuid, "verdict", QStringLiteral("conform")));
        QCOMPARE(value(RecordKind::ClauseAssessment, uuid, "verdict"), QStringLiteral("conform"));
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(value(RecordKind::ClauseAssessment, uuid, "verdict"), QStringLiteral("pending"));
        m_document->undoStack()->redo();
        QCOMPARE(value(RecordKind::ClauseAssessment, uuid, "verdict"), QStringLiteral("conform"));
    }

    void sameValueIsNoStep()
    {
        const QString uuid = clauseUuid(QStringLiteral("5.2"));
        QVERIFY(m_document->setField(RecordKind::ClauseAssessment, uuid, "verdict", QStringLiteral("pending")));
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void typingMergesIntoOneStep()
    {
        const QString uuid = clauseUuid(QStringLiteral("7.2"));
        const QString text = QStringLiteral("Training records sampled");
        for (int i = 1; i <= text.size(); ++i)
            QVERIFY(m_document->setField(RecordKind::ClauseAssessment, uuid, "notes", text.left(i)));
        QCOMPARE(value(RecordKind::ClauseAssessment, uuid, "notes"), text);
        QCOMPARE(m_document->undoStack()->count(), 1);
        // Another field (or record) starts a new step.
        QVERIFY(m_document->setField(RecordKind::ClauseAssessment, uuid, "verdict", QStringLiteral("conform")));
        QVERIFY(m_document->setField(RecordKind::ClauseAssessment, clauseUuid("7.3"), "notes", QStringLiteral("x")));
        QCOMPARE(m_document->undoStack()->count(), 3);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(value(RecordKind::ClauseAssessment, uuid, "notes"), QString());
        QCOMPARE(value(RecordKind::ClauseAssessment, uuid, "verdict"), QStringLiteral("pending"));
        m_document->undoStack()->redo();
        QCOMPARE(value(RecordKind::ClauseAssessment, uuid, "notes"), text);
    }

    void refusedEditIsNotPushed()
    {
        const QString uuid = clauseUuid(QStringLiteral("5.2"));
        const Status refused
            = m_document->setField(RecordKind::ClauseAssessment, uuid, "verdict", QStringLiteral("excellent"));
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(value(RecordKind::ClauseAssessment, uuid, "verdict"), QStringLiteral("pending"));
    }

    void insertUndoRedoKeepsUuid()
    {
        Record site{RecordKind::Site, {}, {}, {{"name", QStringLiteral("Head office")}}, {}};
        auto uuid = m_document->insertRecord(site);
        QVERIFY2(uuid, qPrintable(uuid.error()));
        QVERIFY(exists(RecordKind::Site, uuid.value()));
        m_document->undoStack()->undo();
        QVERIFY(!exists(RecordKind::Site, uuid.value()));
        m_document->undoStack()->redo();
        QCOMPARE(value(RecordKind::Site, uuid.value(), "name"), QStringLiteral("Head office"));
    }

    void deleteAndUndoRestoresChildrenAndLinks()
    {
        Record evidence{RecordKind::Evidence,
                        {},
                        {},
                        {{"title", QStringLiteral("Access review Q3")}, {"kind", QStringLiteral("record")}},
                        {{LinkKind::Clause, {QStringLiteral("9.1")}}}};
        const QString evidenceUuid = m_document->insertRecord(evidence).value();
        Record attachment{RecordKind::Attachment,
                          {},
                          evidenceUuid,
                          {{"file_name", QStringLiteral("review.csv")}, {"data", QByteArray("a,b\n1,2\n")}},
                          {}};
        const QString attachmentUuid = m_document->insertRecord(attachment).value();
        Record finding{RecordKind::Finding,
                       {},
                       {},
                       {{"ref", QStringLiteral("NC-01")}, {"grade", QStringLiteral("minor")}},
                       {{LinkKind::Evidence, {evidenceUuid}}, {LinkKind::Clause, {QStringLiteral("9.1")}}}};
        const QString findingUuid = m_document->insertRecord(finding).value();
        Record action{RecordKind::CorrectiveAction, {}, findingUuid, {{"owner", QStringLiteral("CISO")}}, {}};
        const QString actionUuid = m_document->insertRecord(action).value();
        const int steps = m_document->undoStack()->index(); // the undone "Unplan two" goes, as before any edit

        // Deleting the evidence takes its attachment and the finding's link to it.
        QVERIFY(m_document->removeRecord(RecordKind::Evidence, evidenceUuid));
        QVERIFY(!exists(RecordKind::Evidence, evidenceUuid));
        QVERIFY(!exists(RecordKind::Attachment, attachmentUuid));
        QCOMPARE(store().record(RecordKind::Finding, findingUuid)->linked(LinkKind::Evidence), QStringList());
        QCOMPARE(m_document->undoStack()->count(), steps + 1);

        m_document->undoStack()->undo();
        QVERIFY(exists(RecordKind::Evidence, evidenceUuid));
        QCOMPARE(store().record(RecordKind::Evidence, evidenceUuid)->linked(LinkKind::Clause),
                 QStringList{QStringLiteral("9.1")});
        QCOMPARE(store().attachmentData(attachmentUuid).value(), QByteArray("a,b\n1,2\n"));
        QCOMPARE(store().record(RecordKind::Finding, findingUuid)->linked(LinkKind::Evidence),
                 QStringList{evidenceUuid});

        // Deleting the finding takes its corrective action; undo brings both back.
        QVERIFY(m_document->removeRecord(RecordKind::Finding, findingUuid));
        QVERIFY(!exists(RecordKind::CorrectiveAction, actionUuid));
        m_document->undoStack()->undo();
        QCOMPARE(value(RecordKind::CorrectiveAction, actionUuid, "owner"), QStringLiteral("CISO"));
        QCOMPARE(store().record(RecordKind::CorrectiveAction, actionUuid)->parentUuid, findingUuid);

        // Redo deletes again.
        m_document->undoStack()->redo();
        QVERIFY(!exists(RecordKind::Finding, findingUuid));
        QVERIFY(!exists(RecordKind::CorrectiveAction, actionUuid));
    }

    void setLinksUndoRedo()
    {
        Record interview{RecordKind::Interview, {}, {}, {{"interviewee", QStringLiteral("CISO")}}, {}};
        const QString uuid = m_document->insertRecord(interview).value();
        QVERIFY(m_document->setLinks(RecordKind::Interview, uuid, LinkKind::Clause, {"6.1.2", "6.1.3"}));
        QCOMPARE(store().record(RecordKind::Interview, uuid)->linked(LinkKind::Clause).size(), 2);
        m_document->undoStack()->undo();
        QVERIFY(store().record(RecordKind::Interview, uuid)->linked(LinkKind::Clause).isEmpty());
        m_document->undoStack()->redo();
        QCOMPARE(store().record(RecordKind::Interview, uuid)->linked(LinkKind::Clause).size(), 2);
        QVERIFY(!m_document->setLinks(RecordKind::Interview, uuid, LinkKind::Clause, {"99.9"}));
        QCOMPARE(store().record(RecordKind::Interview, uuid)->linked(LinkKind::Clause).size(), 2);
    }

    void macroIsOneStepAndFailureTakesItBack()
    {
        const QString a = clauseUuid(QStringLiteral("4.1"));
        const QString b = clauseUuid(QStringLiteral("4.2"));
        // A new audit plans every clause item; unplan two in one step.
        QVERIFY(store().record(RecordKind::ClauseAssessment, a)->flag("planned"));
        QVERIFY(m_document->macro(QStringLiteral("Unplan two"), [&]() -> Status {
            if (auto s = m_document->setField(RecordKind::ClauseAssessment, a, "planned", false); !s)
                return s;
            return m_document->setField(RecordKind::ClauseAssessment, b, "planned", false);
        }));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(!store().record(RecordKind::ClauseAssessment, a)->flag("planned"));
        QVERIFY(!store().record(RecordKind::ClauseAssessment, b)->flag("planned"));
        m_document->undoStack()->undo();
        QVERIFY(store().record(RecordKind::ClauseAssessment, a)->flag("planned"));
        QVERIFY(store().record(RecordKind::ClauseAssessment, b)->flag("planned"));

        const int steps = m_document->undoStack()->index(); // the undone "Unplan two" goes, as before any edit
        const Status failed = m_document->macro(QStringLiteral("Half"), [&]() -> Status {
            if (auto s = m_document->setField(RecordKind::ClauseAssessment, a, "verdict", QStringLiteral("conform"));
                !s)
                return s;
            return m_document->setField(RecordKind::ClauseAssessment, b, "verdict", QStringLiteral("bogus"));
        });
        QVERIFY(!failed);
        QCOMPARE(value(RecordKind::ClauseAssessment, a, "verdict"), QStringLiteral("pending"));
        QCOMPARE(m_document->undoStack()->count(), steps); // nothing left to redo
        QVERIFY(!m_document->undoStack()->canRedo());
    }

    void refusedUndoAndRedoAreReported()
    {
        // The stack drops a command whose undo or redo is refused before anyone could read its error: the document
        // reports it through editFailed all the same (the Testing page shows it).
        QSignalSpy failed(m_document.get(), &AuditDocument::editFailed);
        bool refuse = false;
        QVERIFY(m_document->perform(
            QStringLiteral("Operation"), [] { return Status(); },
            [&refuse]() -> Status { return refuse ? Status(Error{QStringLiteral("undo refused")}) : Status(); }));
        refuse = true;
        m_document->undoStack()->undo();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("undo refused"));
        QCOMPARE(m_document->undoStack()->count(), 0); // dropped, never undone again
        refuse = false;
        QVERIFY(m_document->perform(
            QStringLiteral("Operation"), [&refuse]() -> Status {
                return refuse ? Status(Error{QStringLiteral("redo refused")}) : Status();
            },
            [] { return Status(); }));
        m_document->undoStack()->undo();
        refuse = true;
        m_document->undoStack()->redo();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.last().first().toString(), QStringLiteral("redo refused"));
    }

    void readOnlyDocumentRefusesEdits()
    {
        const QString path = m_document->path();
        const QString uuid = clauseUuid(QStringLiteral("5.2"));
        m_document.reset();
        auto readOnly = AuditDocument::open(path, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.error()));
        m_document = std::move(readOnly).value();
        QVERIFY(m_document->isReadOnly());
        QVERIFY(!m_document->setField(RecordKind::ClauseAssessment, uuid, "verdict", QStringLiteral("conform")));
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void signedAuditRefusesEditsHoweverTheDocumentWasOpened()
    {
        const QString path = m_document->path();
        const QString uuid = clauseUuid(QStringLiteral("5.2"));
        // Fixture: marked signed directly (signing a report needs a PKI; tst_workflow_lifecycle does that).
        store().setWriteGuard([](RecordKind, const QStringList&) { return Status(); });
        QVERIFY(store().setField(RecordKind::Audit, store().audit()->uuid, "lifecycle", QStringLiteral("signed")));
        m_document.reset();
        const auto refuses = [&](AuditDocument& document) {
            const Status edit
                = document.setField(RecordKind::ClauseAssessment, uuid, "verdict", QStringLiteral("conform"));
            return !edit.ok() && edit.error().contains(QLatin1String("The audit is signed"))
                && document.undoStack()->count() == 0;
        };
        {
            auto opened = AuditDocument::open(path);
            QVERIFY2(opened, qPrintable(opened.error()));
            QVERIFY(refuses(*opened.value()));
        }
        {
            // A store opened by storage alone gets the workflow's guard from the document it is handed to.
            auto bare = AuditStore::open(path);
            QVERIFY2(bare, qPrintable(bare.error()));
            AuditDocument document(std::move(bare).value());
            QVERIFY(refuses(document));
        }
    }

    void unchangedValueReadsTheRowOnceAndPushesNothing()
    {
        const QString uuid = clauseUuid(QStringLiteral("5.2"));
        QSignalSpy changed(&store(), &AuditStore::recordChanged);
        QVERIFY(m_document->setField(RecordKind::ClauseAssessment, uuid, "notes", QString()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_document->undoStack()->count(), 0);
        // The old value for undo came from the write's own read of the row.
        QVERIFY(m_document->setField(RecordKind::ClauseAssessment, uuid, "notes", QStringLiteral("Seen")));
        QVERIFY(m_document->setField(RecordKind::ClauseAssessment, uuid, "planned", false)); // planned by default
        QCOMPARE(changed.count(), 2);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(value(RecordKind::ClauseAssessment, uuid, "notes"), QString());
        QCOMPARE(store().record(RecordKind::ClauseAssessment, uuid)->values.value("planned").toBool(), true);
    }

    void importIsOneStepThroughTheDocument()
    {
        const QString path = QStringLiteral(ISOAUDIT_TEST_DATA "/import/risks-da-semicolon.csv");
        auto table = TableImporter::readFile(path, {}, TableKind::Risks);
        QVERIFY2(table, qPrintable(table.error()));
        auto plan = TableImporter::plan(store(), TableKind::Risks, table.value(),
                                        ColumnMapper::guess(TableKind::Risks, table.value()));
        QVERIFY2(plan, qPrintable(plan.error()));
        QVERIFY(plan->insertCount() > 0);
        QVERIFY(m_document->importTable(plan.value()));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(m_document->undoStack()->undoText().startsWith(QLatin1String("Import")));
        QCOMPARE(store().count(RecordKind::Risk).value(), plan->insertCount());
        m_document->undoStack()->undo();
        QCOMPARE(store().count(RecordKind::Risk).value(), 0);
        m_document->undoStack()->redo();
        QCOMPARE(store().count(RecordKind::Risk).value(), plan->insertCount());
        QVERIFY(store().verifyTrail().ok);
    }
};

QTEST_MAIN(TestAuditDocument)
#include "tst_auditdocument.moc"
