// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/testing/ProceduresPage.h"

#include "delegates/EnumComboDelegate.h"
#include "delegates/EnumLabels.h"
#include "domain/ValueLabels.h"
#include "models/TestProcedureTableModel.h"
#include "panes/testing/TestingPane.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace isoaudit {

ProceduresPage::ProceduresPage(QWidget* parent)
    : TestingSection(parent)
    , m_procedures(new TestProcedureTableModel(this))
    , m_procedureView(new QTableView(this))
    , m_addProcedure(new QToolButton(this))
    , m_removeProcedure(new QPushButton(TestingPane::tr("Remove procedure"), this))
    , m_designRow(new QWidget(this))
    , m_design(new QComboBox(this))
    , m_designNote(new QLineEdit(this))
{
    buildLayout();
    connect(m_procedures, &RecordTableModel::editRefused, this, &TestingSection::statusMessage);
    connect(m_removeProcedure, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_procedureView->currentIndex();
        report(m_procedures->removeProcedure(current.isValid() ? current.row() : -1));
    });
    connect(m_design, &QComboBox::activated, this, [this] {
        if (!document() || control().isEmpty())
            return;
        const QString value = m_design->currentData().toString();
        report(document()->setField(RecordKind::ServiceControl, control(), QStringLiteral("design"),
                                    value.isEmpty() ? QVariant() : QVariant(value),
                                    TestingPane::tr("Set design conclusion of %1").arg(controlRef())));
    });
    connect(m_designNote, &QLineEdit::editingFinished, this, [this] {
        if (!document() || control().isEmpty())
            return;
        auto record = document()->store().record(RecordKind::ServiceControl, control());
        if (!record || record->text(QStringLiteral("design_note")) == m_designNote->text())
            return;
        report(document()->setField(RecordKind::ServiceControl, control(), QStringLiteral("design_note"),
                                    m_designNote->text(), TestingPane::tr("Set design note of %1").arg(controlRef())));
    });
}

void ProceduresPage::buildLayout()
{
    m_procedureView->setModel(m_procedures);
    m_procedureView->setObjectName(QStringLiteral("testingProcedureView"));
    m_procedureView->setAccessibleName(TestingPane::tr("Test procedures"));
    m_procedureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_procedureView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_procedureView->verticalHeader()->hide();
    m_procedureView->setWordWrap(false);
    m_procedureView->setItemDelegateForColumn(TestProcedureTableModel::MethodColumn, new EnumComboDelegate(this));
    m_procedureView->setItemDelegateForColumn(TestProcedureTableModel::ResultColumn, new EnumComboDelegate(this));
    m_procedureView->verticalHeader()->setDefaultSectionSize(m_procedureView->fontMetrics().height() + 8);
    m_procedureView->horizontalHeader()->setSectionResizeMode(TestProcedureTableModel::DescriptionColumn,
                                                              QHeaderView::Stretch);
    m_procedureView->horizontalHeader()->setSectionResizeMode(TestProcedureTableModel::AttributesColumn,
                                                              QHeaderView::Stretch);
    m_procedureView->setColumnWidth(TestProcedureTableModel::MethodColumn, 110);
    m_procedureView->setColumnWidth(TestProcedureTableModel::ResultColumn, 150);
    m_procedureView->setColumnWidth(TestProcedureTableModel::ResultNoteColumn, 120);
    m_procedureView->setColumnWidth(TestProcedureTableModel::PerformedByColumn, 110);
    m_procedureView->setColumnWidth(TestProcedureTableModel::PerformedOnColumn, 95);
    m_addProcedure->setObjectName(QStringLiteral("testingAddProcedure"));
    m_addProcedure->setText(TestingPane::tr("&Add procedure"));
    m_addProcedure->setAccessibleName(TestingPane::tr("Add test procedure"));
    m_addProcedure->setToolTip(
        TestingPane::tr("Add a test procedure; the arrow chooses the method (inspection by default)"));
    m_addProcedure->setPopupMode(QToolButton::MenuButtonPopup);
    auto* methods = new QMenu(m_addProcedure);
    for (const QString& method : ValueLabels::values(ValueList::TestMethod)) {
        methods->addAction(ValueLabels::label(ValueList::TestMethod, method), this, [this, method] {
            if (auto added = m_procedures->addProcedure(method); !added)
                emit statusMessage(added.error());
            else
                m_procedureView->setCurrentIndex(
                    m_procedures->indexOf(added.value(), TestProcedureTableModel::DescriptionColumn));
        });
    }
    m_addProcedure->setMenu(methods);
    connect(m_addProcedure, &QToolButton::clicked, this, [this] {
        if (auto added = m_procedures->addProcedure(QStringLiteral("inspection")); !added)
            emit statusMessage(added.error());
    });
    m_removeProcedure->setObjectName(QStringLiteral("testingRemoveProcedure"));
    m_removeProcedure->setAccessibleName(TestingPane::tr("Remove test procedure"));
    m_removeProcedure->setToolTip(TestingPane::tr("Remove the selected test procedure (Undo brings it back)"));
    m_design->setObjectName(QStringLiteral("testingDesign"));
    m_design->setAccessibleName(TestingPane::tr("Design conclusion"));
    m_design->setToolTip(TestingPane::tr("A Type 1 report's conclusion on the control's design"));
    for (const QVariant& choice : EnumLabels::choices(ValueList::DesignConclusion, true)) {
        const QVariantList entry = choice.toList();
        m_design->addItem(entry.value(0).toString(), entry.value(1));
    }
    m_designNote->setObjectName(QStringLiteral("testingDesignNote"));
    m_designNote->setAccessibleName(TestingPane::tr("Design note"));
    m_designNote->setPlaceholderText(TestingPane::tr("Why the design is or is not suitable"));
    auto* designLayout = new QHBoxLayout(m_designRow);
    designLayout->setContentsMargins(0, 0, 0, 0);
    auto* designLabel = new QLabel(TestingPane::tr("Desi&gn:"), m_designRow);
    designLabel->setBuddy(m_design);
    designLayout->addWidget(designLabel);
    designLayout->addWidget(m_design);
    designLayout->addWidget(m_designNote, 1);
    auto* proceduresLayout = new QVBoxLayout(this);
    auto* procedureButtons = new QHBoxLayout;
    procedureButtons->addWidget(m_addProcedure);
    procedureButtons->addWidget(m_removeProcedure);
    procedureButtons->addStretch();
    proceduresLayout->addLayout(procedureButtons);
    proceduresLayout->addWidget(m_procedureView, 1);
    proceduresLayout->addWidget(m_designRow);
}

void ProceduresPage::setDocument(AuditDocument* document)
{
    TestingSection::setDocument(document);
    m_procedures->setDocument(document);
    m_procedures->setControl({});
}

void ProceduresPage::setControl(const QString& controlUuid)
{
    TestingSection::setControl(controlUuid);
    m_procedures->setControl(controlUuid);
}

void ProceduresPage::showControl(const Record* control)
{
    m_addProcedure->setEnabled(control != nullptr);
    m_removeProcedure->setEnabled(control != nullptr);
    if (!control) {
        m_designRow->hide();
        return;
    }
    // Type 1: the design conclusion on the control.
    m_designRow->setVisible(isType1());
    const int design = m_design->findData(control->text(QStringLiteral("design")));
    m_design->setCurrentIndex(design >= 0 ? design : 0);
    if (!m_designNote->hasFocus())
        m_designNote->setText(control->text(QStringLiteral("design_note")));
}

void ProceduresPage::selectProcedure(const QString& uuid)
{
    m_procedureView->setCurrentIndex(m_procedures->indexOf(uuid));
}

} // namespace isoaudit
