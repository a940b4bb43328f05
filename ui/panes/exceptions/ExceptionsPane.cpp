// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/exceptions/ExceptionsPane.h"

#include "delegates/ItemRoles.h"
#include "models/ControlExceptionTableModel.h"
#include "models/NaturalSortProxy.h"
#include "panes/exceptions/ExceptionEditor.h"
#include "panes/exceptions/ExceptionSync.h"
#include "panes/exceptions/OpinionPanel.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QWidget* framed(const QString& title, QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which it scrolls into view
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the forms wrap to the width they get
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(area);
    return box;
}

} // namespace

ExceptionsPane::ExceptionsPane(QWidget* parent)
    : Pane(parent)
    , m_model(new ControlExceptionTableModel(this))
    , m_proxy(new NaturalSortProxy(this))
    , m_sync(new ExceptionSync(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_editor(new ExceptionEditor(this))
    , m_opinion(new OpinionPanel(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_horizontal(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("exceptionsPane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemRoles::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_summary->setObjectName(QStringLiteral("exceptionsSummaryLabel"));
    m_summary->setAccessibleName(tr("Exceptions and their assessment"));
    m_filter->setObjectName(QStringLiteral("exceptionsFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter exceptions… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter exceptions by text"));
    m_filter->setToolTip(tr("Shows the exceptions whose control, assessment or effect contain this text (Ctrl+F)"));

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("exceptionsTableView"));
    m_view->setAccessibleName(tr("Control exceptions"));
    m_view->setToolTip(tr("Double-click or press Enter to open the control on the Testing page"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ControlExceptionTableModel::ControlColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for the header's words (translations run longer), the titles and texts cut with an ellipsis.
    const QList<QPair<int, int>> widths{
        {ControlExceptionTableModel::ControlColumn, 60},       {ControlExceptionTableModel::TitleColumn, 140},
        {ControlExceptionTableModel::DeviationsColumn, 70},    {ControlExceptionTableModel::AssessmentColumn, 110},
        {ControlExceptionTableModel::NatureColumn, 130},       {ControlExceptionTableModel::CauseColumn, 90},
        {ControlExceptionTableModel::PatternColumn, 80},       {ControlExceptionTableModel::ResponseColumn, 130},
        {ControlExceptionTableModel::CompensatingColumn, 120}, {ControlExceptionTableModel::EffectColumn, 160}};
    for (const auto& [column, width] : widths)
        m_view->setColumnWidth(column, qMax(width, header->sectionSizeHint(column)));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary);
    top->addStretch(1);
    top->addWidget(m_filter);
    m_filter->setMinimumWidth(220);
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_view);

    m_horizontal->addWidget(framed(tr("Assessment of the selected exception"), m_editor, this));
    m_horizontal->addWidget(framed(tr("Opinion"), m_opinion, this));
    m_horizontal->setStretchFactor(0, 1);
    m_horizontal->setStretchFactor(1, 1);
    m_horizontal->setChildrenCollapsible(false);
    m_horizontal->setSizes({600, 560});
    m_vertical->addWidget(upper);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setSizes({200, 500});
    m_vertical->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_vertical);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExceptionsPane::onCurrentChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString control = index.data(ControlExceptionTableModel::ControlUuidRole).toString();
        if (!control.isEmpty())
            emit navigateTo(RecordKind::ServiceControl, control);
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &ControlExceptionTableModel::countsChanged, this, &ExceptionsPane::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        // The first exception rolled up (a result just marked an exception): select it for assessment.
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        else
            onCurrentChanged();
    });
    connect(m_sync, &ExceptionSync::refused, this, &Pane::statusMessage);
    connect(m_editor, &ExceptionEditor::statusMessage, this, &Pane::statusMessage);
    connect(m_editor, &ExceptionEditor::navigateTo, this, &Pane::navigateTo);
    connect(m_opinion, &OpinionPanel::statusMessage, this, &Pane::statusMessage);
    setFindField(m_filter);
    rememberSplitter(QStringLiteral("vertical"), m_vertical);
    rememberSplitter(QStringLiteral("horizontal"), m_horizontal);
    rememberHeader(QStringLiteral("header"), header);
    setDocument(nullptr);
}

ExceptionsPane::~ExceptionsPane()
{
    flush();
}

QString ExceptionsPane::title() const
{
    return tr("Exceptions & Opinion");
}

void ExceptionsPane::setDocument(AuditDocument* document)
{
    flush();
    m_document = document;
    m_editor->setDocument(document);
    m_opinion->setDocument(document);
    m_model->setStore(document ? &document->store() : nullptr);
    m_sync->setDocument(document);
    m_filter->setEnabled(document != nullptr);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        onCurrentChanged();
    updateSummary();
}

void ExceptionsPane::flush()
{
    m_editor->flush();
}

void ExceptionsPane::hideEvent(QHideEvent* event)
{
    flush();
    Pane::hideEvent(event);
}

void ExceptionsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateSummary(); // the badge's colours follow the light or dark palette
    Pane::changeEvent(event);
}

QString ExceptionsPane::currentUuid() const
{
    return m_view->currentIndex().data(ItemRoles::UuidRole).toString();
}

void ExceptionsPane::onCurrentChanged()
{
    m_editor->setException(currentUuid());
}

void ExceptionsPane::updateSummary()
{
    if (!m_document) {
        m_summary->setText(tr("No engagement open"));
        m_summary->setStyleSheet(QString());
        return;
    }
    const int total = m_model->rowCount();
    const int open = m_model->unassessedCount();
    if (total == 0)
        m_summary->setText(tr("No exceptions: no sample item or test has found a deviation."));
    else if (open == 0)
        m_summary->setText(tr("Exceptions: %1, all assessed").arg(total));
    else
        m_summary->setText(tr("Exceptions: %1; not yet assessed: %2").arg(total).arg(open));
    m_summary->setStyleSheet(ThemeColors::badgeStyleSheet(open == 0 ? ThemeColors::positiveBadge(palette())
                                                                    : ThemeColors::warningBadge(palette()),
                                                          QStringLiteral("border-radius: 4px; padding: 2px 8px;")));
}

void ExceptionsPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    if (kind == RecordKind::Engagement) {
        m_opinion->opinionCombo()->setFocus(Qt::OtherFocusReason); // the engagement's part here is its opinion
        return;
    }
    int row = -1;
    if (kind == RecordKind::ControlException)
        row = m_model->rowOf(uuidOrId);
    else if (kind == RecordKind::ServiceControl)
        row = m_model->rowOfControl(uuidOrId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace isoaudit
