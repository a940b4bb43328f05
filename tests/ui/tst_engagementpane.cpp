// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 Engagement page (issue 17, point 2) driven as a user would, offscreen: a fact typed and committed, a
// paragraph of the system description saved in one undo step per burst, the report type switched (the date fields
// follow, the stored values change, the as-of date carried over), the period's warning, a category checked, a
// subservice organization and a CUEC added from the keyboard and mapped to a criterion through the criteria picker,
// rows deleted with Delete; every result checked in the store and undone. A read-only audit shows everything and
// refuses every edit; changes made straight in the store are shown.
#include "catalog/Catalog.h"
#include "core/Soc2Fixture.h"
#include "delegates/ItemRoles.h"
#include "dialogs/CriteriaPickerDialog.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/SubserviceTableModel.h"
#include "models/UserEntityControlTableModel.h"
#include "panes/engagement/CriteriaTableBox.h"
#include "panes/engagement/EngagementFactsForm.h"
#include "panes/engagement/EngagementPane.h"
#include "panes/engagement/SystemDescriptionForm.h"
#include "soc2/Engagement.h"
#include "widgets/FieldTextEdit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace isoaudit;
using namespace isoaudit::test;

class TestEngagementPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    std::unique_ptr<AuditDocument> m_document;
    std::unique_ptr<EngagementPane> m_pane;

    AuditStore& store() { return m_document->store(); }
    Record engagement() { return store().singleton(RecordKind::Engagement).value(); }
    QUndoStack* undo() { return m_document->undoStack(); }
    EngagementFactsForm* facts() { return m_pane->factsForm(); }

    void showPane()
    {
        m_pane = std::make_unique<EngagementPane>();
        m_pane->resize(1166, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        m_pane->setDocument(m_document.get());
    }

    /// Types `text` over a line edit's text and presses Enter.
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    /// Answers the criteria picker that `open` shows: checks `check`, unchecks `uncheck`, accepts.
    static void answerPicker(const std::function<void()>& open, const QStringList& check,
                             const QStringList& uncheck = {}, QStringList* offered = nullptr)
    {
        bool answered = false;
        QTimer::singleShot(0, [&] {
            CriteriaPickerDialog* dialog = nullptr;
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* picker = qobject_cast<CriteriaPickerDialog*>(widget); picker && picker->isVisible())
                    dialog = picker;
            }
            if (!dialog)
                return;
            if (offered)
                *offered = dialog->offeredIds();
            for (const QString& id : check)
                dialog->setChecked(id, true);
            for (const QString& id : uncheck)
                dialog->setChecked(id, false);
            answered = true;
            dialog->accept();
        });
        open();
        QVERIFY2(answered, "the criteria picker was not shown");
    }

private slots:
    void init()
    {
        QString control;
        m_path = m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files));
        m_document = std::make_unique<AuditDocument>(soc2Engagement(m_path, &control));
        showPane();
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void showsTheEngagement()
    {
        QCOMPARE(m_pane->title(), QStringLiteral("Engagement"));
        QCOMPARE(facts()->organizationEdit()->text(), QStringLiteral("Example SaaS Ltd"));
        QCOMPARE(facts()->systemEdit()->text(), QStringLiteral("Example platform"));
        QCOMPARE(facts()->leadEdit()->text(), QStringLiteral("Lead Auditor"));
        QCOMPARE(facts()->reportTypeCombo()->currentText(),
                 ValueLabels::label(ValueList::Soc2ReportType, QStringLiteral("type2")));
        QCOMPARE(facts()->periodStartEdit()->date(), QDate(2024, 1, 1));
        QCOMPARE(facts()->periodEndEdit()->date(), QDate(2024, 12, 31));
        QVERIFY(facts()->showsPeriod());
        QVERIFY(!facts()->showsAsOf());
        QCOMPARE(facts()->periodLengthLabel()->text(), QStringLiteral("A period of 12 months."));
        QCheckBox* security = facts()->categoryCheckBox(QStringLiteral("security"));
        QVERIFY(security->isChecked());
        QVERIFY(!security->isEnabled());
        QVERIFY(facts()->categoryCheckBox(QStringLiteral("availability"))->isEnabled());
        QVERIFY(!facts()->categoryCheckBox(QStringLiteral("availability"))->isChecked());
        // Tab goes down the left column, then the right one.
        const auto tabFrom = [](QWidget* from) {
            from->setFocus(Qt::TabFocusReason);
            QTest::keyClick(from, Qt::Key_Tab);
            return QApplication::focusWidget();
        };
        QCOMPARE(tabFrom(facts()->categoryCheckBox(QStringLiteral("privacy"))),
                 m_pane->descriptionForm()->reportDateEdit());
        QCOMPARE(tabFrom(m_pane->descriptionForm()->field(QStringLiteral("intended_users"))),
                 m_pane->descriptionForm()->field(QStringLiteral("services")));
        // Edit > Find: the tables' filter.
        m_pane->find();
        QCOMPARE(QApplication::focusWidget(), m_pane->filterEdit());
        // No audit: cleared, nothing to edit, no crash.
        m_pane->setDocument(nullptr);
        QVERIFY(facts()->systemEdit()->text().isEmpty());
        QVERIFY(!facts()->isEnabled());
        QVERIFY(!m_pane->subserviceBox()->addAction()->isEnabled());
        m_pane->subserviceBox()->addRow();
        // An ISO/IEC 27001 audit has no engagement: said, nothing to edit.
        NewAudit iso;
        iso.client = QStringLiteral("Example Ltd");
        iso.leadAuditor = QStringLiteral("Lena Lead");
        auto isoStore = AuditStore::create(m_dir.filePath(QStringLiteral("iso%1.isoaudit").arg(m_files)), iso);
        QVERIFY2(isoStore, qPrintable(isoStore.error()));
        AuditDocument isoDocument(std::move(isoStore).value());
        m_pane->setDocument(&isoDocument);
        QVERIFY(m_pane->findChild<QLabel*>(QStringLiteral("notEngagementLabel"))->isVisibleTo(m_pane.get()));
        QVERIFY(!facts()->isEnabled());
        QVERIFY(!m_pane->subserviceBox()->isEnabled());
        m_pane->setDocument(m_document.get());
        QVERIFY(!m_pane->findChild<QLabel*>(QStringLiteral("notEngagementLabel"))->isVisibleTo(m_pane.get()));
        QCOMPARE(facts()->systemEdit()->text(), QStringLiteral("Example platform"));
    }

    void editingAFactIsOneUndoStep()
    {
        const int steps = undo()->count();
        retype(facts()->systemEdit(), QStringLiteral("Example analytics platform"));
        QCOMPARE(engagement().text(QStringLiteral("system_name")), QStringLiteral("Example analytics platform"));
        QCOMPARE(undo()->count(), steps + 1);
        QCOMPARE(undo()->undoText(), QStringLiteral("Set system name"));
        retype(facts()->organizationEdit(), QStringLiteral("Example SaaS Group"));
        QCOMPARE(store().audit()->text(QStringLiteral("client")), QStringLiteral("Example SaaS Group"));
        retype(facts()->leadEdit(), QStringLiteral("Ana Ruiz"));
        auto team = store().records(RecordKind::TeamMember).value();
        QCOMPARE(team.size(), 1);
        QCOMPARE(team.first().text(QStringLiteral("name")), QStringLiteral("Ana Ruiz"));
        QCOMPARE(team.first().text(QStringLiteral("role")), QStringLiteral("lead"));

        undo()->undo();
        undo()->undo();
        undo()->undo();
        QCOMPARE(engagement().text(QStringLiteral("system_name")), QStringLiteral("Example platform"));
        QCOMPARE(store().audit()->text(QStringLiteral("client")), QStringLiteral("Example SaaS Ltd"));
        QCOMPARE(store().records(RecordKind::TeamMember)->first().text(QStringLiteral("name")),
                 QStringLiteral("Lead Auditor"));
        // The page shows what undo restored.
        QCOMPARE(facts()->systemEdit()->text(), QStringLiteral("Example platform"));
        QCOMPARE(facts()->organizationEdit()->text(), QStringLiteral("Example SaaS Ltd"));
        QCOMPARE(facts()->leadEdit()->text(), QStringLiteral("Lead Auditor"));
    }

    void aParagraphSavesInOneStepPerBurst()
    {
        FieldTextEdit* services = m_pane->descriptionForm()->field(QStringLiteral("services"));
        QVERIFY(services);
        const int steps = undo()->count();
        services->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(services, QStringLiteral("Analytics "));
        services->flush(); // as the debounce timer would
        QTest::keyClicks(services, QStringLiteral("as a service"));
        services->flush();
        QCOMPARE(engagement().text(QStringLiteral("services")), QStringLiteral("Analytics as a service"));
        QCOMPARE(undo()->count(), steps + 1); // both bursts merged
        QCOMPARE(undo()->undoText(), QStringLiteral("Edit services"));
        undo()->undo();
        QVERIFY(engagement().text(QStringLiteral("services")).isEmpty());
        QVERIFY(services->toPlainText().isEmpty());

        // The report date from the keyboard.
        QDateEdit* reportDate = m_pane->descriptionForm()->reportDateEdit();
        reportDate->setDate(QDate(2025, 1, 31));
        QCOMPARE(engagement().text(QStringLiteral("report_date")), QStringLiteral("2025-01-31"));
        undo()->undo();
        QVERIFY(engagement().text(QStringLiteral("report_date")).isEmpty());
        QCOMPARE(reportDate->date(), reportDate->minimumDate());
    }

    void switchingTheTypeShowsItsDates()
    {
        QComboBox* type = facts()->reportTypeCombo();
        type->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(type, Qt::Key_Up); // Type 2 -> Type 1
        Record e = engagement();
        QCOMPARE(e.text(QStringLiteral("report_type")), QStringLiteral("type1"));
        // The period's end is the natural as-of date; the period stays stored for a switch back.
        QCOMPARE(e.text(QStringLiteral("as_of_date")), QStringLiteral("2024-12-31"));
        QCOMPARE(e.text(QStringLiteral("period_start")), QStringLiteral("2024-01-01"));
        QVERIFY(facts()->showsAsOf());
        QVERIFY(!facts()->showsPeriod());
        QVERIFY(!facts()->periodLengthLabel()->isVisibleTo(m_pane.get()));
        QCOMPARE(facts()->asOfEdit()->date(), QDate(2024, 12, 31));
        QCOMPARE(undo()->undoText(), QStringLiteral("Set report type to Type 1"));

        undo()->undo(); // one step: the type and the as-of date
        e = engagement();
        QCOMPARE(e.text(QStringLiteral("report_type")), QStringLiteral("type2"));
        QVERIFY(e.text(QStringLiteral("as_of_date")).isEmpty());
        QVERIFY(facts()->showsPeriod());
        QVERIFY(!facts()->showsAsOf());
        QCOMPARE(type->currentData().toString(), QStringLiteral("type2"));

        // A two-month period: the warning of soc2.period-length.
        facts()->periodEndEdit()->setDate(QDate(2024, 2, 29));
        QCOMPARE(engagement().text(QStringLiteral("period_end")), QStringLiteral("2024-02-29"));
        QCOMPARE(facts()->periodLengthLabel()->text(), EngagementFactsForm::periodWarning(engagement()));
        QVERIFY(facts()->periodLengthLabel()->text().contains(QStringLiteral("2 months")));
        undo()->undo();
        QCOMPARE(engagement().text(QStringLiteral("period_end")), QStringLiteral("2024-12-31"));
        QCOMPARE(facts()->periodLengthLabel()->text(), QStringLiteral("A period of 12 months."));
    }

    void checkingACategoryPutsItInScope()
    {
        QCheckBox* availability = facts()->categoryCheckBox(QStringLiteral("availability"));
        const QString before = facts()->criteriaCountLabel()->text();
        QTest::mouseClick(availability, Qt::LeftButton);
        QCOMPARE(engagement().text(QStringLiteral("categories")), QStringLiteral("security availability"));
        QCOMPARE(Engagement::categories(engagement()), (QStringList{"security", "availability"}));
        QVERIFY(availability->isChecked());
        QVERIFY(facts()->criteriaCountLabel()->text() != before);
        QCOMPARE(undo()->undoText(), QStringLiteral("Add Availability to the categories in scope"));
        undo()->undo();
        QCOMPARE(engagement().text(QStringLiteral("categories")), QStringLiteral("security"));
        QVERIFY(!availability->isChecked());
        QCOMPARE(facts()->criteriaCountLabel()->text(), before);
    }

    void addASubserviceAndMapACriterion()
    {
        CriteriaTableBox* box = m_pane->subserviceBox();
        QTableView* table = box->tableView();
        table->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(table, Qt::Key_Insert);
        QCOMPARE(store().count(RecordKind::Subservice).value(), 1);
        const QString uuid = store().records(RecordKind::Subservice)->first().uuid;
        // The name's editor is open: type the name over it.
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Cloud Host Inc."));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits in a queued call
        QCOMPARE(store().record(RecordKind::Subservice, uuid)->text(QStringLiteral("name")),
                 QStringLiteral("Cloud Host Inc."));

        // The criteria of the categories in scope are offered; CC6.4 chosen.
        const int row = box->proxyModel()->mapFromSource(m_pane->subserviceModel()->indexOf(uuid)).row();
        table->setCurrentIndex(box->proxyModel()->index(row, SubserviceTableModel::CriteriaColumn));
        QVERIFY(box->criteriaAction()->isEnabled());
        QStringList offered;
        answerPicker([&] { QTest::keyClick(table, Qt::Key_F2); }, {QStringLiteral("CC6.4")}, {}, &offered);
        QVERIFY(offered.contains(QStringLiteral("CC6.4")));
        QVERIFY(!offered.contains(QStringLiteral("A1.2"))); // Availability is not in scope
        QCOMPARE(store().record(RecordKind::Subservice, uuid)->linked(LinkKind::Criterion), QStringList{"CC6.4"});
        QCOMPARE(undo()->undoText(), QStringLiteral("Set criteria of Cloud Host Inc."));
        QCOMPARE(box->proxyModel()->index(row, SubserviceTableModel::CriteriaColumn).data().toString(),
                 QStringLiteral("CC6.4"));
        // The action does the same; cancelling changes nothing.
        answerPicker([&] { box->criteriaAction()->trigger(); }, {QStringLiteral("CC6.5")}, {QStringLiteral("CC6.4")});
        QCOMPARE(store().record(RecordKind::Subservice, uuid)->linked(LinkKind::Criterion), QStringList{"CC6.5"});

        undo()->undo();
        QCOMPARE(store().record(RecordKind::Subservice, uuid)->linked(LinkKind::Criterion), QStringList{"CC6.4"});
        undo()->undo();
        QVERIFY(store().record(RecordKind::Subservice, uuid)->linked(LinkKind::Criterion).isEmpty());
        undo()->undo();
        QCOMPARE(store().record(RecordKind::Subservice, uuid)->text(QStringLiteral("name")),
                 QStringLiteral("New subservice organization"));
        undo()->undo();
        QCOMPARE(store().count(RecordKind::Subservice).value(), 0);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void cuecsAreAddedAndDeletedFromTheKeyboard()
    {
        CriteriaTableBox* box = m_pane->userControlBox();
        QTableView* table = box->tableView();
        box->addAction()->trigger();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the description's editor
        box->addAction()->trigger();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(store().count(RecordKind::UserEntityControl).value(), 2);
        QStringList refs;
        const QList<Record> controls = store().records(RecordKind::UserEntityControl).value();
        for (const Record& r : controls)
            refs << r.text(QStringLiteral("ref"));
        QCOMPARE(refs, (QStringList{"CUEC-1", "CUEC-2"}));

        // Both rows selected, Delete: one undo step.
        table->setFocus(Qt::OtherFocusReason);
        table->selectAll();
        QSignalSpy messages(m_pane.get(), &Pane::statusMessage);
        const int steps = undo()->count();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(store().count(RecordKind::UserEntityControl).value(), 0);
        QCOMPARE(undo()->count(), steps + 1);
        QCOMPARE(undo()->undoText(), QStringLiteral("Delete 2 user-entity controls"));
        QCOMPARE(messages.count(), 1);
        undo()->undo();
        QCOMPARE(store().count(RecordKind::UserEntityControl).value(), 2);
        QCOMPARE(table->model()->rowCount(), 2);

        // The filter narrows both tables; showRecord reveals a row it hid.
        m_pane->filterEdit()->setText(QStringLiteral("no such words"));
        QCOMPARE(table->model()->rowCount(), 0);
        const QString uuid = store().records(RecordKind::UserEntityControl)->first().uuid;
        m_pane->showRecord(RecordKind::UserEntityControl, uuid);
        QVERIFY(m_pane->filterEdit()->text().isEmpty());
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->currentIndex().data(ItemRoles::UuidRole).toString(), uuid);
    }

    void theCriteriaPickerOffersTheCategoriesInScope()
    {
        Record e = engagement();
        e.values.insert(QStringLiteral("categories"), QStringLiteral("security availability"));
        // P1.1 was chosen while Privacy was in scope: still listed, still checked.
        CriteriaPickerDialog dialog(e, {QStringLiteral("P1.1"), QStringLiteral("A1.2")});
        QStringList inScope;
        for (const CatalogItem* item : Engagement::criteriaInScope(e))
            inScope << item->id;
        QCOMPARE(dialog.offeredIds(), inScope + QStringList{QStringLiteral("P1.1")});
        QCOMPARE(dialog.selectedIds(), (QStringList{"A1.2", "P1.1"}));
        QVERIFY(dialog.setChecked(QStringLiteral("CC1.1"), true));
        QVERIFY(!dialog.setChecked(QStringLiteral("C1.1"), true)); // Confidentiality is not in scope
        QVERIFY(dialog.setChecked(QStringLiteral("P1.1"), false));
        QCOMPARE(dialog.selectedIds(), (QStringList{"CC1.1", "A1.2"}));
        // The filter hides the other series; the choice is kept.
        dialog.setFilterText(QStringLiteral("A1."));
        int shown = 0;
        for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i)
            shown += dialog.tree()->topLevelItem(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
        QCOMPARE(dialog.filterEdit()->text(), QStringLiteral("A1."));
        QCOMPARE(dialog.selectedIds(), (QStringList{"CC1.1", "A1.2"}));
        // Space on the current criterion toggles it.
        QTreeWidgetItem* a11 = dialog.tree()->topLevelItem(dialog.tree()->topLevelItemCount() - 2)->child(0);
        QVERIFY(a11->text(0).startsWith(QStringLiteral("A1.1")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.tree()->setFocus();
        dialog.tree()->setCurrentItem(a11);
        QTest::keyClick(dialog.tree(), Qt::Key_Space);
        QVERIFY(dialog.isChecked(QStringLiteral("A1.1")));
    }

    void remembersItsSplitterAndColumns()
    {
        QSplitter* splitter = m_pane->findChild<QSplitter*>(QStringLiteral("engagementTablesSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({300, 800});
        const QList<int> sizes = splitter->sizes();
        const QByteArray state = m_pane->saveState();
        QVERIFY(!state.isEmpty());
        EngagementPane other;
        other.resize(m_pane->size());
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        other.restoreState(state);
        QCOMPARE(other.findChild<QSplitter*>(QStringLiteral("engagementTablesSplitter"))->sizes(), sizes);
    }

    void followsChangesMadeElsewhere()
    {
        const QString uuid = engagement().uuid;
        QVERIFY(store().setField(RecordKind::Engagement, uuid, QStringLiteral("service_auditor"),
                                 QStringLiteral("Smith & Co CPAs")));
        QCOMPARE(facts()->auditorEdit()->text(), QStringLiteral("Smith & Co CPAs"));
        QVERIFY(store().setField(RecordKind::Engagement, uuid, QStringLiteral("boundaries"),
                                 QStringLiteral("Production only.")));
        QCOMPARE(m_pane->descriptionForm()->field(QStringLiteral("boundaries"))->toPlainText(),
                 QStringLiteral("Production only."));
        QVERIFY(store().setField(RecordKind::Engagement, uuid, QStringLiteral("categories"),
                                 QStringLiteral("security privacy")));
        QVERIFY(facts()->categoryCheckBox(QStringLiteral("privacy"))->isChecked());
    }

    void aReadOnlyAuditRefusesEdits()
    {
        m_pane.reset();
        m_document.reset();
        auto readOnly = AuditDocument::open(m_path, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.error()));
        m_document = std::move(readOnly).value();
        showPane();

        QCOMPARE(facts()->systemEdit()->text(), QStringLiteral("Example platform"));
        QVERIFY(facts()->systemEdit()->isReadOnly());
        QVERIFY(!facts()->reportTypeCombo()->isEnabled());
        QVERIFY(!facts()->categoryCheckBox(QStringLiteral("availability"))->isEnabled());
        QVERIFY(m_pane->descriptionForm()->field(QStringLiteral("services"))->isReadOnly());
        QVERIFY(!m_pane->subserviceBox()->addAction()->isEnabled());
        QVERIFY(!m_pane->userControlBox()->addAction()->isEnabled());

        // Whatever reaches the store is refused, said, and the stored value shown again.
        QSignalSpy messages(m_pane.get(), &Pane::statusMessage);
        facts()->systemEdit()->setText(QStringLiteral("Changed"));
        emit facts()->systemEdit()->editingFinished();
        QCOMPARE(messages.count(), 1);
        QCOMPARE(engagement().text(QStringLiteral("system_name")), QStringLiteral("Example platform"));
        QCOMPARE(facts()->systemEdit()->text(), QStringLiteral("Example platform"));
        m_pane->subserviceBox()->addRow();
        QCOMPARE(messages.count(), 2);
        QCOMPARE(store().count(RecordKind::Subservice).value(), 0);
        QCOMPARE(undo()->count(), 0);
    }
};

QTEST_MAIN(TestEngagementPane)
#include "tst_engagementpane.moc"
