// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/soa/SoaPane.h"

#include "catalog/Catalog.h"
#include "delegates/EnumComboDelegate.h"
#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "delegates/MultiLineTextDelegate.h"
#include "dialogs/TableTransferButtons.h"
#include "i18n/Translations.h"
#include "models/SoaFilterModel.h"
#include "models/SoaTableModel.h"
#include "widgets/ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QComboBox* filterCombo(const QString& name, const QString& anyLabel, const QVariantList& choices)
{
    auto* combo = new QComboBox;
    combo->setObjectName(name);
    combo->addItem(anyLabel, QString());
    for (const QVariant& choice : choices) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(0).toString(), pair.value(1));
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

SoaPane::SoaPane(QWidget* parent)
    : Pane(parent)
    , m_model(new SoaTableModel(this))
    , m_filter(new SoaFilterModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("soaPane"));
    m_filter->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* filterBar = new QHBoxLayout;
    buildFilterBar(filterBar);
    layout->addLayout(filterBar);

    auto* actionBar = new QHBoxLayout;
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("completenessBadge"));
    m_badge->setAccessibleName(tr("SoA completeness"));
    m_badge->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long summary may be cut at its end (it is also the tooltip) rather than push the buttons, and the window,
    // past the right edge of the screen.
    m_badge->setMinimumWidth(m_badge->fontMetrics().averageCharWidth() * 24);
    actionBar->addWidget(m_badge);
    actionBar->addStretch(1);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    actionBar->addWidget(m_selectionLabel);
    actionBar->addWidget(makeBulkButton(tr("Set &applicability"), SoaTableModel::ApplicableColumn,
                                        EnumLabels::choices(Enums::applicability, &EnumLabels::applicability)));
    actionBar->addWidget(makeBulkButton(tr("Set i&mplementation"), SoaTableModel::ImplementationColumn,
                                        EnumLabels::choices(Enums::implementation, &EnumLabels::implementation, true)));
    actionBar->addWidget(makeBulkButton(tr("Set &verdict"), SoaTableModel::VerdictColumn,
                                        EnumLabels::choices(Enums::controlVerdicts, &EnumLabels::controlVerdict)));
    TableTransferButtons::add(actionBar, this, TableKind::Soa, [this] { return m_document; });
    layout->addLayout(actionBar);

    m_table->setObjectName(QStringLiteral("soaTableView"));
    m_table->setAccessibleName(tr("Statement of Applicability"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SoaTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* combo = new EnumComboDelegate(m_table);
    auto* multiLine = new MultiLineTextDelegate(m_table);
    for (int column :
         {SoaTableModel::ApplicableColumn, SoaTableModel::ImplementationColumn, SoaTableModel::VerdictColumn})
        m_table->setItemDelegateForColumn(column, combo);
    for (int column : {SoaTableModel::JustificationColumn, SoaTableModel::NotesColumn})
        m_table->setItemDelegateForColumn(column, multiLine);
    const QList<std::pair<int, int>> widths = {{SoaTableModel::IdColumn, 56},
                                               {SoaTableModel::ThemeColumn, 100},
                                               {SoaTableModel::TitleColumn, 200},
                                               {SoaTableModel::ApplicableColumn, 104},
                                               {SoaTableModel::JustificationColumn, 165},
                                               {SoaTableModel::ImplementationColumn, 140},
                                               {SoaTableModel::ClientReferenceColumn, 86},
                                               {SoaTableModel::LinkedRisksColumn, 104},
                                               {SoaTableModel::VerdictColumn, 96},
                                               {SoaTableModel::EvidenceColumn, 66}};
    for (const auto& [column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    applyColumnModes();
    layout->addWidget(m_table, 1);

    connect(m_model, &SoaTableModel::summaryChanged, this, &SoaPane::updateBadge);
    connect(m_model, &SoaTableModel::editRefused, this, &Pane::statusMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SoaPane::updateSelectionState);
    connect(m_table, &QTableView::doubleClicked, this, &SoaPane::openLinkedRisk);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SoaPane::updateSelectionState);
    setFindField(m_searchEdit);
    // Remembered between sessions (PaneState); what was saved before it was this magic number, then these in order.
    rememberedState().setLegacyMagic(0x50a0'0001);
    rememberHeader(QStringLiteral("header"), m_table->horizontalHeader());
    setDocument(nullptr);
}

SoaPane::~SoaPane() = default;

QString SoaPane::title() const
{
    return tr("Statement of Applicability");
}

void SoaPane::buildFilterBar(QHBoxLayout* bar)
{
    QVariantList themes;
    for (const QString& theme : Catalog::isoSpecificByNature().themes())
        themes << QVariant(QVariantList{EnumLabels::theme(theme), theme});
    m_themeCombo = filterCombo(QStringLiteral("themeFilterCombo"), tr("All themes"), themes);
    m_applicabilityCombo = filterCombo(QStringLiteral("applicabilityFilterCombo"), tr("Any applicability"),
                                       EnumLabels::choices(Enums::applicability, &EnumLabels::applicability));
    m_verdictCombo = filterCombo(QStringLiteral("verdictFilterCombo"), tr("Any verdict"),
                                 EnumLabels::choices(Enums::controlVerdicts, &EnumLabels::controlVerdict));
    m_issuesOnlyCheck = new QCheckBox(tr("&Problems only"), this);
    m_issuesOnlyCheck->setObjectName(QStringLiteral("issuesOnlyCheckBox"));
    m_issuesOnlyCheck->setToolTip(tr("Show only controls that break an SoA rule"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("soaSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search id, title, justification, risk…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search the SoA"));

    const QList<std::pair<QString, QComboBox*>> combos = {{tr("&Theme:"), m_themeCombo},
                                                          {tr("Appli&cability:"), m_applicabilityCombo},
                                                          {tr("Ver&dict:"), m_verdictCombo}};
    for (const auto& [text, combo] : combos) {
        auto* label = new QLabel(text, this);
        label->setBuddy(combo);
        combo->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        combo->setToolTip(tr("Filter the grid by %1").arg(Translations::inSentence(combo->accessibleName())));
        bar->addWidget(label);
        bar->addWidget(combo);
    }
    bar->addWidget(m_issuesOnlyCheck);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_searchEdit);
    bar->addWidget(searchLabel);
    bar->addWidget(m_searchEdit, 1);

    connect(m_themeCombo, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setThemeFilter(m_themeCombo->currentData().toString()); });
    connect(m_applicabilityCombo, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setApplicabilityFilter(m_applicabilityCombo->currentData().toString()); });
    connect(m_verdictCombo, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setVerdictFilter(m_verdictCombo->currentData().toString()); });
    connect(m_issuesOnlyCheck, &QCheckBox::toggled, m_filter, &SoaFilterModel::setIssuesOnly);
    connect(m_searchEdit, &QLineEdit::textChanged, m_filter, &SoaFilterModel::setTextFilter);
}

QToolButton* SoaPane::makeBulkButton(const QString& text, int column, const QVariantList& choices)
{
    auto* button = new QToolButton(this);
    button->setText(text);
    button->setObjectName(QStringLiteral("bulkButton%1").arg(column));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setToolTip(tr("Set this for every selected control in one undoable step"));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    auto* menu = new QMenu(button);
    for (const QVariant& choice : choices) {
        const QVariantList pair = choice.toList();
        const QVariant value = pair.value(1);
        menu->addAction(pair.value(0).toString(), this, [this, column, value]() { bulkSet(column, value); });
    }
    button->setMenu(menu);
    m_bulkButtons << button;
    return button;
}

void SoaPane::setDocument(AuditDocument* document)
{
    m_document = document;
    m_model->setDocument(document);
    const bool open = document != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_themeCombo, m_applicabilityCombo, m_verdictCombo,
                                                      m_issuesOnlyCheck, m_searchEdit, m_table})
        w->setEnabled(open);
    updateBadge();
    updateSelectionState();
}

void SoaPane::updateBadge()
{
    if (!m_document) {
        m_badge->setText(tr("No audit open"));
        m_badge->setStyleSheet(QString());
        return;
    }
    const SoaTableModel::Summary summary = m_model->summary();
    m_badge->setText(SoaTableModel::summaryText(summary));
    const bool complete = summary.rowsWithIssues == 0 && summary.decided == summary.total;
    m_badge->setToolTip(QStringLiteral("%1\n%2").arg(
        m_badge->text(),
        complete ? tr("Every control is decided and every exclusion justified.")
                 : tr("Tick \"Problems only\" to list the controls that need attention.")));
    m_badge->setStyleSheet(ThemeColors::badgeStyleSheet(
        complete ? ThemeColors::positiveBadge(palette()) : ThemeColors::warningBadge(palette()),
        QStringLiteral("border-radius: 4px; padding: 2px 8px; font-weight: bold;")));
}

QList<int> SoaPane::selectedSourceRows() const
{
    QList<int> rows;
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(selected))
        rows << m_filter->mapToSource(index).row();
    return rows;
}

void SoaPane::updateSelectionState()
{
    const int count = m_document ? int(selectedSourceRows().size()) : 0;
    const bool writable = m_document && !m_document->isReadOnly();
    for (QToolButton* button : std::as_const(m_bulkButtons))
        button->setEnabled(writable && count > 0);
    m_selectionLabel->setText(count > 1 ? tr("%1 controls selected:").arg(count) : QString());
}

void SoaPane::bulkSet(int column, const QVariant& value)
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const Status done = m_model->setForRows(rows, column, value);
    if (!done) {
        QMessageBox::warning(this, tr("Bulk edit refused"), done.error());
        return;
    }
    const QString what = Translations::inSentence(m_model->headerData(column, Qt::Horizontal).toString());
    emit statusMessage(rows.size() == 1 ? tr("Set %1 of control %2.").arg(what, m_model->controlIdAt(rows.first()))
                                        : tr("Set %1 of %2 controls.").arg(what).arg(rows.size()));
}

void SoaPane::openLinkedRisk(const QModelIndex& index)
{
    if (index.column() != SoaTableModel::LinkedRisksColumn)
        return;
    const QStringList refs = index.data(ItemRoles::RawValueRole).toStringList();
    if (refs.size() == 1) {
        emit navigateTo(RecordKind::Risk, refs.first());
        return;
    }
    if (refs.isEmpty())
        return;
    QMenu menu(this);
    menu.setAccessibleName(tr("Risks treated with this control"));
    for (const QString& ref : refs.mid(0, 30))
        menu.addAction(tr("Go to risk %1").arg(ref), this, [this, ref]() { emit navigateTo(RecordKind::Risk, ref); });
    menu.exec(m_table->viewport()->mapToGlobal(m_table->visualRect(index).bottomLeft()));
}

void SoaPane::clearFilters()
{
    m_themeCombo->setCurrentIndex(0);
    m_applicabilityCombo->setCurrentIndex(0);
    m_verdictCombo->setCurrentIndex(0);
    m_issuesOnlyCheck->setChecked(false);
    m_searchEdit->clear();
}

void SoaPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    if (kind != RecordKind::SoaEntry)
        return;
    int row = m_model->rowOfControl(uuidOrId);
    if (row < 0)
        row = m_model->rowOfUuid(uuidOrId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, SoaTableModel::IdColumn));
    if (!index.isValid()) {
        clearFilters(); // the control is filtered out: show everything rather than nothing
        index = m_filter->mapFromSource(m_model->index(row, SoaTableModel::IdColumn));
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
}

void SoaPane::applyColumnModes()
{
    // The short choice columns are as wide as their longest label ("Nonconformity", "Partially implemented"), in
    // any language; the text columns keep the widths the user drags them to.
    for (int column :
         {SoaTableModel::ApplicableColumn, SoaTableModel::ImplementationColumn, SoaTableModel::VerdictColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

} // namespace isoaudit
