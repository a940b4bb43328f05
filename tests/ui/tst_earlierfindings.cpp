// SPDX-License-Identifier: GPL-3.0-or-later
// The earlier nonconformities in the workbench (issue 15, points 2 and 3): the carried findings' model (with
// QAbstractItemModelTester), the Findings pane's list of them — a verdict of "not effective" raises the finding
// again in the same undo step and undo takes back both — and File > New Audit from This One's dialog, which refuses
// an unsigned audit and creates the next audit from a signed one.

#include "WorkbenchTestSupport.h"
#include "core/CycleFixture.h"

#include "delegates/ItemRoles.h"
#include "dialogs/NextAuditDialog.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/CarriedFindingTableModel.h"
#include "models/FindingTableModel.h"
#include "panes/findings/EarlierFindingDetail.h"
#include "panes/findings/EarlierFindingsPanel.h"
#include "panes/findings/FindingsPane.h"
#include "widgets/FieldTextEdit.h"
#include "workbench/LifecycleRules.h"
#include "workflow/AuditSnapshot.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace isoaudit;
using namespace isoaudit::testing;

class TestEarlierFindings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_stage2;
    QString m_surveillance;

    std::unique_ptr<AuditDocument> openSurveillance(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const QString made = createSurveillance(path, m_stage2);
        if (!made.isEmpty()) {
            qWarning("%s", qPrintable(made));
            return {};
        }
        auto document = AuditDocument::open(path);
        if (!document) {
            qWarning("%s", qPrintable(document.error()));
            return {};
        }
        return std::move(document).value();
    }

    /// With ISOAUDIT_SCREENSHOT_DIR set, saves a picture of `widget` there (scripts/screenshots.sh --guide).
    static void grab(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("ISOAUDIT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
    }

    static int rowOfRef(const QAbstractItemModel& model, const QString& ref)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == ref)
                return row;
        }
        return -1;
    }

    static std::optional<Record> findingByRef(AuditStore& store, const QString& ref)
    {
        const QList<Record> findings = store.records(RecordKind::Finding).value();
        for (const Record& f : findings) {
            if (f.text(QStringLiteral("ref")) == ref)
                return f;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        workbenchtest::isolateSettings(m_dir, QStringLiteral("tst_earlierfindings"));
        m_stage2 = m_dir.filePath(QStringLiteral("stage2.isoaudit"));
        const QString made = createSignedStage2(m_stage2);
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }

    void modelShowsTheCarriedFindings()
    {
        auto document = openSurveillance(QStringLiteral("model.isoaudit"));
        QVERIFY(document);
        CarriedFindingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(document.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.pendingCount(), 2);
        const int row = rowOfRef(model, QStringLiteral("NC-01"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, CarriedFindingTableModel::GradeColumn).data().toString(),
                 FindingTableModel::gradeShortLabel(QStringLiteral("minor")));
        QVERIFY(model.index(row, CarriedFindingTableModel::OriginColumn)
                    .data()
                    .toString()
                    .contains(ValueLabels::label(ValueList::AuditType, QStringLiteral("stage2"))));
        QCOMPARE(model.index(row, CarriedFindingTableModel::VerdictColumn).data().toString(),
                 CarriedFindingTableModel::verdictLabel({}));
        QVERIFY(model.flags(model.index(row, CarriedFindingTableModel::VerdictColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(row, CarriedFindingTableModel::TitleColumn)) & Qt::ItemIsEditable));
        QCOMPARE(model.index(row, CarriedFindingTableModel::VerdictColumn).data(ItemRoles::ChoicesRole).toList().size(),
                 Enums::verificationVerdicts.size() + 1);

        // Without a writer (a plain model) the verdict is a plain field; the row follows the store.
        QVERIFY(model.setData(model.index(row, CarriedFindingTableModel::VerdictColumn), QStringLiteral("effective")));
        QCOMPARE(model.index(row, 0).data(CarriedFindingTableModel::VerdictRole).toString(),
                 QStringLiteral("effective"));
        QCOMPARE(model.pendingCount(), 1);
        QVERIFY(!model.setData(model.index(row, CarriedFindingTableModel::VerdictColumn), QStringLiteral("bogus")));
        document->undoStack()->undo();
        QCOMPARE(model.pendingCount(), 2);

        // A deferred one is dimmed, explained and not edited.
        const QString uuid = model.uuidAt(row);
        QVERIFY(document->setField(RecordKind::CarriedFinding, uuid, QStringLiteral("deferred"), true));
        QVERIFY(model.index(row, 0).data(CarriedFindingTableModel::DeferredRole).toBool());
        QVERIFY(!(model.flags(model.index(row, CarriedFindingTableModel::VerdictColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("next audit")));
        QCOMPARE(model.pendingCount(), 1);
    }

    void notEffectiveRaisesAgainAndUndoTakesBothBack()
    {
        auto document = openSurveillance(QStringLiteral("pane.isoaudit"));
        QVERIFY(document);
        FindingsPane pane;
        pane.resize(1300, 900);
        pane.setDocument(document.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        EarlierFindingsPanel* earlier = pane.earlierFindings();
        QVERIFY(earlier->isVisible());
        QCOMPARE(pane.model()->rowCount(), 0); // this audit has no findings of its own yet

        // Select NC-01 and press 2 (not effective) in the list.
        QTableView* view = earlier->view();
        const int row = rowOfRef(*view->model(), QStringLiteral("NC-01"));
        QVERIFY(row >= 0);
        view->setCurrentIndex(view->model()->index(row, 0));
        QCOMPARE(earlier->detail()->headingLabel()->text().left(5), QStringLiteral("NC-01"));
        QVERIFY(earlier->detail()->recordView()->toPlainText().contains(QLatin1String("Weekly change board")));
        view->setFocus();
        const int steps = document->undoStack()->count();
        QTest::keyClick(view, Qt::Key_2);

        QCOMPARE(document->undoStack()->count(), steps + 1); // one undo step
        const QString carriedUuid = view->currentIndex().data(ItemRoles::UuidRole).toString();
        auto carried = document->store().record(RecordKind::CarriedFinding, carriedUuid);
        QVERIFY(carried);
        QCOMPARE(carried->text(QStringLiteral("verification")), QStringLiteral("not-effective"));
        QCOMPARE(carried->text(QStringLiteral("verified_by")), QStringLiteral("Alice Auditor"));
        QVERIFY(!carried->text(QStringLiteral("verified_on")).isEmpty());
        const QString again = carried->text(QStringLiteral("reraised_as"));
        QVERIFY(!again.isEmpty());
        auto raised = document->store().record(RecordKind::Finding, again);
        QVERIFY2(raised, qPrintable(raised.error()));
        QCOMPARE(raised->text(QStringLiteral("grade")), QStringLiteral("minor"));
        QVERIFY(raised->text(QStringLiteral("statement")).contains(QLatin1String("NC-01")));
        QCOMPARE(pane.model()->rowCount(), 1); // the findings list shows it
        const QString raisedRef = raised->text(QStringLiteral("ref"));
        QCOMPARE(view->currentIndex().siblingAtColumn(CarriedFindingTableModel::RaisedAgainColumn).data().toString(),
                 raisedRef);

        // Undo: the verdict and the new finding go together.
        document->undoStack()->undo();
        carried = document->store().record(RecordKind::CarriedFinding, carriedUuid);
        QVERIFY(carried->text(QStringLiteral("verification")).isEmpty());
        QVERIFY(carried->text(QStringLiteral("reraised_as")).isEmpty());
        QVERIFY(!document->store().record(RecordKind::Finding, again));
        QVERIFY(!findingByRef(document->store(), raisedRef));
        QCOMPARE(pane.model()->rowCount(), 0);
        QVERIFY(view->currentIndex()
                    .siblingAtColumn(CarriedFindingTableModel::RaisedAgainColumn)
                    .data()
                    .toString()
                    .isEmpty());

        // Redo brings both back, linked again.
        document->undoStack()->redo();
        carried = document->store().record(RecordKind::CarriedFinding, carriedUuid);
        QCOMPARE(carried->text(QStringLiteral("reraised_as")), again);
        QVERIFY(document->store().record(RecordKind::Finding, again));
    }

    void verdictFromTheDetailAndTheNote()
    {
        auto document = openSurveillance(QStringLiteral("detail.isoaudit"));
        QVERIFY(document);
        EarlierFindingsPanel panel;
        panel.setDocument(document.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int row = rowOfRef(*panel.view()->model(), QStringLiteral("NC-02"));
        panel.view()->setCurrentIndex(panel.view()->model()->index(row, 0));
        const QString uuid = panel.currentUuid();
        QComboBox* verdict = panel.detail()->verdictCombo();
        verdict->setCurrentIndex(verdict->findData(QStringLiteral("effective")));
        emit verdict->activated(verdict->currentIndex());
        QCOMPARE(document->store().record(RecordKind::CarriedFinding, uuid)->text(QStringLiteral("verification")),
                 QStringLiteral("effective"));
        QVERIFY(document->store().records(RecordKind::Finding)->isEmpty()); // closed: nothing raised
        panel.detail()->noteEdit()->setFocus();
        QTest::keyClicks(panel.detail()->noteEdit(), QStringLiteral("Board minutes of May and June seen."));
        panel.flush();
        QCOMPARE(document->store().record(RecordKind::CarriedFinding, uuid)->text(QStringLiteral("verification_note")),
                 QStringLiteral("Board minutes of May and June seen."));
        QVERIFY(panel.titleLabel()->text().contains(QLatin1String("1 of 2")));
    }

    void ruleOpensTheListAtTheFirstToVerify()
    {
        auto document = openSurveillance(QStringLiteral("rule.isoaudit"));
        QVERIFY(document);
        UnmetRule rule;
        rule.id = QStringLiteral("reporting.earlier-nonconformities-verified");
        rule.message = QStringLiteral("Earlier nonconformities carried into this audit have no verification verdict "
                                      "yet: NC-01, NC-02.");
        LifecycleRules::locate(rule, document->store());
        QCOMPARE(rule.paneKey, QStringLiteral("findings"));
        QCOMPARE(rule.kind, RecordKind::CarriedFinding);
        auto target = document->store().record(RecordKind::CarriedFinding, rule.target);
        QVERIFY2(target, "the rule names a carried finding");
        QVERIFY(target->text(QStringLiteral("verification")).isEmpty());

        // The pane focuses that row of the list.
        FindingsPane pane;
        pane.setDocument(document.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showRecord(RecordKind::CarriedFinding, rule.target);
        QCOMPARE(pane.earlierFindings()->currentUuid(), rule.target);
        QTRY_VERIFY(pane.earlierFindings()->view()->hasFocus());
    }

    void panelHiddenWithoutCarriedFindings()
    {
        auto store = createReadyAudit(m_dir.filePath(QStringLiteral("plain.isoaudit")));
        QVERIFY(store);
        AuditDocument document(std::move(store));
        FindingsPane pane;
        pane.setDocument(&document);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.earlierFindings()->isVisible());
    }

    void dialogRefusesAnUnsignedAudit()
    {
        const QString path = m_dir.filePath(QStringLiteral("unsigned.isoaudit"));
        auto store = createReadyAudit(path);
        QVERIFY(store);
        auto snapshot = AuditSnapshot::load(*store);
        QVERIFY(snapshot);
        NextAuditDialog dialog(snapshot.value(), path, m_dir.path());
        QVERIFY(dialog.typeCombo()->count() > 0);
        QVERIFY(dialog.typeCombo()->findData(QStringLiteral("surveillance")) >= 0);
        QVERIFY(dialog.typeCombo()->findData(QStringLiteral("stage1")) < 0);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("not signed")));
        QVERIFY(!dialog.create());
        QVERIFY(dialog.createdPath().isEmpty());
        grab(dialog, QStringLiteral("nextaudit-refused.png"));
    }

    void dialogCreatesFromASignedAudit()
    {
        // Open for editing as the window holds it (with its lock): the dialog still reads it.
        auto previous = AuditDocument::open(m_stage2);
        QVERIFY2(previous, qPrintable(previous.error()));
        auto snapshot = AuditSnapshot::load(previous.value()->store());
        QVERIFY(snapshot);
        NextAuditDialog dialog(snapshot.value(), m_stage2, m_dir.path());
        // After a Stage 2 with no audit planned yet, a surveillance audit is proposed; a Stage 1 is never offered.
        QCOMPARE(dialog.typeCombo()->currentData().toString(), QStringLiteral("surveillance"));
        QCOMPARE(dialog.typeCombo()->findData(QStringLiteral("stage1")), -1);
        dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(QStringLiteral("surveillance")));
        dialog.startEdit()->setDate(QDate(2027, 3, 1));
        QCOMPARE(dialog.leadEdit()->text(), QStringLiteral("Alice Auditor"));
        QVERIFY(dialog.targetEdit()->text().endsWith(QLatin1String("Contoso Ltd surveillance 2027-03-01.isoaudit")));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->isHidden());
        grab(dialog, QStringLiteral("nextaudit.png"));

        // A signed report that is not the signed one is refused, clearly, and nothing is written.
        const QString wrong = m_dir.filePath(QStringLiteral("other.pdf"));
        QFile pdf(wrong);
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.7 not the signed report");
        pdf.close();
        dialog.reportEdit()->setText(wrong);
        const Status refused = dialog.create();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("SHA-256")), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(QDir::fromNativeSeparators(dialog.targetEdit()->text())));

        dialog.reportEdit()->clear();
        const Status done = dialog.create();
        QVERIFY2(done, qPrintable(done.error()));
        QVERIFY(QFile::exists(dialog.createdPath()));
        QVERIFY(!dialog.summary().isEmpty());
        auto created = AuditDocument::open(dialog.createdPath());
        QVERIFY2(created, qPrintable(created.error()));
        QCOMPARE(created.value()->store().records(RecordKind::CarriedFinding)->size(), 2);
        QCOMPARE(created.value()->store().audit()->text(QStringLiteral("audit_type")), QStringLiteral("surveillance"));
        // An existing file is never overwritten.
        QVERIFY(!dialog.create());
    }
};

QTEST_MAIN(TestEarlierFindings)
#include "tst_earlierfindings.moc"
