// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/interviews/InterviewsPane.h"

#include "catalog/Catalog.h"
#include "models/InterviewListModel.h"
#include "panes/interviews/InterviewEditor.h"
#include "panes/interviews/InterviewFilterProxy.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace isoaudit {

InterviewsPane::InterviewsPane(QWidget* parent)
    : Pane(parent)
    , m_model(new InterviewListModel(this))
    , m_proxy(new InterviewFilterProxy(this))
    , m_personFilter(new QLineEdit(this))
    , m_requirementFilter(new QComboBox(this))
    , m_dayFilter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_addButton(new QPushButton(tr("&New interview"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_editor(new InterviewEditor(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_model);
    m_personFilter->setPlaceholderText(tr("Filter by person…"));
    m_personFilter->setClearButtonEnabled(true);
    m_personFilter->setAccessibleName(tr("Filter interviews by person"));
    m_personFilter->setToolTip(tr("Shows interviews whose interviewee, role or auditor contains this text"));
    m_requirementFilter->setAccessibleName(tr("Filter interviews by clause or control"));
    m_requirementFilter->setToolTip(tr("Shows interviews that covered this clause or control"));
    m_requirementFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_requirementFilter->setMinimumContentsLength(14);
    m_dayFilter->setAccessibleName(tr("Filter interviews by day"));
    m_dayFilter->setToolTip(tr("Shows interviews held on this day"));

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("interviewsTableView"));
    m_view->setAccessibleName(tr("Interviews"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InterviewListModel::HeldAtColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setColumnWidth(InterviewListModel::IntervieweeColumn, 140);
    m_view->setColumnWidth(InterviewListModel::CoversColumn, 130);
    applyColumnModes();
    m_view->setColumnHidden(InterviewListModel::DurationColumn, true);
    m_view->setColumnHidden(InterviewListModel::AuditorColumn, true);
    m_addButton->setObjectName(QStringLiteral("newInterviewButton"));
    m_addButton->setToolTip(tr("Add an interview held now"));
    m_deleteButton->setToolTip(tr("Delete the selected interview (Undo brings it back)"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_personFilter, 2);
    filters->addWidget(m_requirementFilter, 2);
    filters->addWidget(m_dayFilter, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);

    auto* scroll = new QScrollArea(this);
    // A frame for the form, not a stop of its own: Tab goes to the fields, which it scrolls into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({520, 620});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_personFilter, &QLineEdit::textChanged, m_proxy, &InterviewFilterProxy::setPerson);
    connect(m_requirementFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRequirement(m_requirementFilter->currentData().toString()); });
    connect(m_dayFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDay(m_dayFilter->currentData().toDate()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InterviewsPane::onCurrentChanged);
    connect(m_addButton, &QPushButton::clicked, this, &InterviewsPane::addInterview);
    connect(m_deleteButton, &QPushButton::clicked, this, &InterviewsPane::deleteInterview);
    connect(m_editor, &InterviewEditor::navigateTo, this, &Pane::navigateTo);
    connect(m_editor, &InterviewEditor::statusMessage, this, &Pane::statusMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InterviewsPane::refreshFilterChoices);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InterviewsPane::refreshFilterChoices);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InterviewsPane::refreshFilterChoices);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InterviewsPane::refreshFilterChoices);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        // A new interview (added here or by undo) becomes the current one when nothing is.
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(first, 0));
    });
    setFindField(m_personFilter);
    // Remembered between sessions (PaneState); what was saved before it was version byte 1, then these in order.
    rememberedState().setLegacyVersion(1);
    rememberSplitter(QStringLiteral("splitter"), m_splitter);
    rememberHeader(QStringLiteral("header"), m_view->horizontalHeader());
    setDocument(nullptr);
}

InterviewsPane::~InterviewsPane()
{
    flush();
    // ~QWidget closes the window, which moves the focus, and the Covers field saves on focus-out: still connected,
    // its message (or the model's change) reached this pane when it was no longer an InterviewsPane (UBSan).
    m_editor->disconnect(this);
    m_model->disconnect(this);
}

QString InterviewsPane::title() const
{
    return tr("Interviews");
}

void InterviewsPane::setDocument(AuditDocument* document)
{
    flush();
    m_document = document;
    m_editor->setDocument(document);
    m_model->setStore(document ? &document->store() : nullptr);
    const bool writable = document && !document->isReadOnly();
    m_addButton->setEnabled(writable);
    m_deleteButton->setEnabled(writable);
    m_personFilter->setEnabled(document);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        onCurrentChanged();
}

void InterviewsPane::flush()
{
    m_editor->flush();
}

void InterviewsPane::hideEvent(QHideEvent* event)
{
    flush();
    Pane::hideEvent(event);
}

QString InterviewsPane::currentUuid() const
{
    return m_view->currentIndex().data(InterviewListModel::UuidRole).toString();
}

void InterviewsPane::onCurrentChanged()
{
    m_editor->setInterview(currentUuid());
    m_deleteButton->setEnabled(m_document && !m_document->isReadOnly() && !currentUuid().isEmpty());
}

void InterviewsPane::refreshFilterChoices()
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    QStringList clauses;
    QStringList controls;
    QList<QDate> days;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        for (const QString& id : index.data(InterviewListModel::ClausesRole).toStringList()) {
            if (!clauses.contains(id))
                clauses << id;
        }
        for (const QString& id : index.data(InterviewListModel::ControlsRole).toStringList()) {
            if (!controls.contains(id))
                controls << id;
        }
        const QDate day = index.data(InterviewListModel::HeldAtRole).toDateTime().date();
        if (day.isValid() && !days.contains(day))
            days << day;
    }
    std::sort(clauses.begin(), clauses.end(),
              [&](const QString& a, const QString& b) { return catalog.clauseIndex(a) < catalog.clauseIndex(b); });
    std::sort(controls.begin(), controls.end(),
              [&](const QString& a, const QString& b) { return catalog.controlIndex(a) < catalog.controlIndex(b); });
    std::sort(days.begin(), days.end());

    const QString requirement = m_requirementFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_requirementFilter);
        m_requirementFilter->clear();
        m_requirementFilter->addItem(tr("Any clause or control"), QString());
        for (const QString& id : clauses) {
            const CatalogItem* item = catalog.clause(id);
            m_requirementFilter->addItem(item ? id + QLatin1Char(' ') + item->title : id, id);
        }
        for (const QString& id : controls) {
            const CatalogItem* item = catalog.control(id);
            const QString tag = QStringLiteral("A.") + id;
            m_requirementFilter->addItem(item ? tag + QLatin1Char(' ') + item->title : tag, tag);
        }
        m_requirementFilter->setCurrentIndex(std::max(0, m_requirementFilter->findData(requirement)));
    }
    const QDate day = m_dayFilter->currentData().toDate();
    {
        const QSignalBlocker blocker(m_dayFilter);
        m_dayFilter->clear();
        m_dayFilter->addItem(tr("Any day"), QDate());
        for (const QDate& d : days)
            m_dayFilter->addItem(QLocale().toString(d, QStringLiteral("ddd d MMM")), d);
        m_dayFilter->setCurrentIndex(std::max(0, m_dayFilter->findData(day)));
    }
    // A filter value that no longer exists falls back to "any"; keep the proxy in step.
    m_proxy->setRequirement(m_requirementFilter->currentData().toString());
    m_proxy->setDay(m_dayFilter->currentData().toDate());
}

void InterviewsPane::addInterview()
{
    if (!m_document)
        return;
    QString lead;
    if (auto team = m_document->store().records(RecordKind::TeamMember)) {
        for (const Record& member : team.value()) {
            if (member.text(QStringLiteral("role")) == QLatin1String("lead"))
                lead = member.text(QStringLiteral("name"));
        }
    }
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute() - now.time().minute() % 15));
    Record interview{RecordKind::Interview, {}, {}, {}, {}};
    interview.values
        = {{"interviewee", tr("New interviewee")}, {"held_at", now.toString(Qt::ISODate)}, {"auditor", lead}};
    m_editor->flush();
    auto uuid = m_document->insertRecord(interview, tr("Add interview"));
    if (!uuid) {
        emit statusMessage(uuid.error());
        return;
    }
    showRecord(RecordKind::Interview, uuid.value());
    m_editor->focusInterviewee();
}

void InterviewsPane::deleteInterview()
{
    const QString uuid = currentUuid();
    if (!m_document || uuid.isEmpty())
        return;
    m_editor->flush();
    const QString name
        = m_view->currentIndex().siblingAtColumn(InterviewListModel::IntervieweeColumn).data().toString();
    const Status done = m_document->removeRecord(RecordKind::Interview, uuid, tr("Delete interview with %1").arg(name));
    emit statusMessage(done ? tr("Interview with %1 deleted; Edit > Undo brings it back.").arg(name) : done.error());
}

void InterviewsPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    if (kind != RecordKind::Interview)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(uuidOrId));
    if (!index.isValid() && m_model->rowOf(uuidOrId) >= 0) {
        const QSignalBlocker person(m_personFilter);
        const QSignalBlocker requirement(m_requirementFilter);
        const QSignalBlocker day(m_dayFilter);
        m_personFilter->clear();
        m_requirementFilter->setCurrentIndex(0);
        m_dayFilter->setCurrentIndex(0);
        m_proxy->clear();
        index = m_proxy->mapFromSource(m_model->indexOf(uuidOrId));
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void InterviewsPane::applyColumnModes()
{
    // The role takes the room left, the date is as wide as it needs, so every header (also "Clauses / controls")
    // stays in view without a horizontal scroll bar; name and clauses keep the widths the user drags them to.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(InterviewListModel::IntervieweeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(InterviewListModel::RoleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(InterviewListModel::HeldAtColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InterviewListModel::CoversColumn, QHeaderView::Interactive);
}

} // namespace isoaudit
