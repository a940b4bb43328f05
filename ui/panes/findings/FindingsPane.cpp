// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/findings/FindingsPane.h"

#include "dialogs/TableTransferButtons.h"
#include "models/FindingTableModel.h"
#include "panes/findings/ClassificationPanel.h"
#include "panes/findings/CorrectiveActionPanel.h"
#include "panes/findings/EarlierFindingsPanel.h"
#include "panes/findings/FindingEditor.h"
#include "panes/findings/FindingRefs.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QScrollArea* scrolled(QWidget* widget, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    // A frame for the form, not a stop of its own: Tab goes to the fields, which it scrolls into view.
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

FindingsPane::FindingsPane(QWidget* parent)
    : Pane(parent)
    , m_model(new FindingTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_counters(new QLabel(this))
    , m_gradeFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_addButton(new QToolButton(this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_editor(new FindingEditor(this))
    , m_classification(new ClassificationPanel(this))
    , m_action(new CorrectiveActionPanel(this))
    , m_earlier(new EarlierFindingsPanel(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_horizontal(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_counters->setAccessibleName(tr("Findings by grade"));
    m_counters->setTextFormat(Qt::RichText);
    m_gradeFilter->addItem(tr("All grades"), QString()); // the grades follow (updateGradeChoices)
    m_gradeFilter->setAccessibleName(tr("Filter findings by grade"));
    m_gradeFilter->setToolTip(tr("Shows only findings of this grade"));
    m_textFilter->setPlaceholderText(tr("Filter findings…"));
    m_textFilter->setMinimumWidth(120);
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setAccessibleName(tr("Filter findings by text"));
    m_textFilter->setToolTip(tr("Shows findings whose reference, title, clauses or status contain this text"));

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("findingsTableView"));
    m_view->setAccessibleName(tr("Findings"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingTableModel::RefColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(FindingTableModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingTableModel::RefColumn, 70);
    m_view->setColumnWidth(FindingTableModel::GradeColumn, 120);
    m_view->setColumnWidth(FindingTableModel::RequirementColumn, 150);
    m_view->setColumnWidth(FindingTableModel::StatusColumn, 130);
    m_view->setColumnWidth(FindingTableModel::DueColumn, 130);

    m_addButton->setMenu(new QMenu(m_addButton)); // one entry per grade the audit's type allows
    m_addButton->setText(tr("&New finding"));
    m_addButton->setToolTip(tr("Add a finding; the arrow chooses the grade (an observation by default)"));
    m_addButton->setAccessibleName(tr("New finding"));
    m_addButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_deleteButton->setToolTip(tr("Delete the selected finding with its corrective action (Undo brings it back)"));

    // Counters on a row of their own, so the filter and the buttons keep their width on a 1366 px screen.
    auto* top = new QHBoxLayout;
    top->addWidget(m_gradeFilter);
    top->addWidget(m_textFilter, 1);
    top->addWidget(m_addButton);
    top->addWidget(m_deleteButton);
    TableTransferButtons::add(top, this, TableKind::Findings, [this] { return m_document.data(); });
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_counters);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_view);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_classification);
    sideLayout->addWidget(m_action);
    sideLayout->addStretch();
    m_horizontal->addWidget(scrolled(m_editor, this));
    QScrollArea* sideArea = scrolled(side, this);
    sideArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the panels wrap to the width they get
    m_horizontal->addWidget(sideArea);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setChildrenCollapsible(false);
    m_horizontal->setSizes({640, 500});
    m_vertical->addWidget(upper);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 2);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setSizes({260, 420});
    // The earlier nonconformities above this audit's own findings, in a splitter of their own so that the
    // remembered layout of the findings and their editor stays as it was (the panel hides when there are none).
    auto* outer = new QSplitter(Qt::Vertical, this);
    outer->setObjectName(QStringLiteral("earlierFindingsSplitter"));
    outer->addWidget(m_earlier);
    outer->addWidget(m_vertical);
    outer->setStretchFactor(0, 2);
    outer->setStretchFactor(1, 5);
    outer->setSizes({380, 540});
    outer->setChildrenCollapsible(false);
    m_vertical->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(outer);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPane::onCurrentChanged);
    connect(m_model, &FindingTableModel::countsChanged, this, &FindingsPane::updateCounters);
    connect(m_gradeFilter, &QComboBox::currentIndexChanged, this, &FindingsPane::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, &FindingsPane::applyFilter);
    connect(m_addButton, &QToolButton::clicked, this, [this] {
        if (auto added = addFinding(QStringLiteral("observation")); !added)
            emit statusMessage(added.error());
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (auto done = deleteSelected(); !done)
            emit statusMessage(done.error());
    });
    connect(m_classification, &ClassificationPanel::applyGrade, this, [this](const QString& grade) {
        if (auto done = m_editor->setGrade(grade); !done)
            emit statusMessage(done.error());
    });
    connect(m_editor, &FindingEditor::statusMessage, this, &Pane::statusMessage);
    connect(m_classification, &ClassificationPanel::statusMessage, this, &Pane::statusMessage);
    connect(m_action, &CorrectiveActionPanel::statusMessage, this, &Pane::statusMessage);
    connect(m_editor, &FindingEditor::navigateTo, this, &Pane::navigateTo);
    connect(m_earlier, &EarlierFindingsPanel::statusMessage, this, &Pane::statusMessage);
    setFindField(m_textFilter);
    // Remembered between sessions (PaneState); what was saved before it was version byte 1, then these in order.
    rememberedState().setLegacyVersion(1);
    rememberSplitter(QStringLiteral("vertical"), m_vertical);
    rememberSplitter(QStringLiteral("horizontal"), m_horizontal);
    rememberHeader(QStringLiteral("header"), m_view->horizontalHeader());
    rememberSplitter(QStringLiteral("earlier"), outer);
    rememberSplitter(QStringLiteral("earlierDetail"), m_earlier->splitter());
    updateGradeChoices();
    setDocument(nullptr);
}

FindingsPane::~FindingsPane()
{
    flush();
}

QString FindingsPane::title() const
{
    return tr("Findings");
}

void FindingsPane::setDocument(AuditDocument* document)
{
    flush();
    m_document = document;
    m_editor->setDocument(document);
    m_classification->setDocument(document);
    m_action->setDocument(document);
    m_earlier->setDocument(document);
    m_model->setStore(document ? &document->store() : nullptr);
    // The grades offered follow the audit's type (an area of concern only at Stage 1).
    StoreSubscription::Handlers handlers;
    handlers.changed = [this](RecordKind kind, const QString&, const QString& column) {
        if (kind == RecordKind::Audit && column == QLatin1String("audit_type"))
            updateCounters();
    };
    m_auditSubscription.follow(document ? &document->store() : nullptr, this, handlers);
    updateCounters();
    m_addButton->setEnabled(document && !document->isReadOnly());
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        onCurrentChanged();
}

void FindingsPane::flush()
{
    m_editor->flush();
    m_action->flush();
    m_earlier->flush();
}

void FindingsPane::hideEvent(QHideEvent* event)
{
    flush();
    Pane::hideEvent(event);
}

QString FindingsPane::currentUuid() const
{
    return m_view->currentIndex().data(FindingTableModel::UuidRole).toString();
}

void FindingsPane::onCurrentChanged()
{
    const QString uuid = currentUuid();
    m_editor->setFinding(uuid);
    m_classification->setFinding(uuid);
    m_action->setFinding(uuid);
    m_deleteButton->setEnabled(m_document && !m_document->isReadOnly() && !uuid.isEmpty());
}

void FindingsPane::updateGradeChoices()
{
    const QStringList offered = Enums::findingGradesFor(m_model->auditType());
    if (offered != m_offeredGrades) {
        m_offeredGrades = offered;
        QMenu* menu = m_addButton->menu();
        menu->clear();
        for (const QString& grade : offered) {
            QAction* action = menu->addAction(FindingTableModel::gradeLabel(grade));
            action->setData(grade);
            connect(action, &QAction::triggered, this, [this, grade] {
                if (auto added = addFinding(grade); !added)
                    emit statusMessage(added.error());
            });
        }
    }
    const QStringList grades = m_model->gradesShown();
    if (grades == m_shownGrades)
        return;
    m_shownGrades = grades;
    const QString filtered = m_gradeFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_gradeFilter);
        while (m_gradeFilter->count() > 1)
            m_gradeFilter->removeItem(1);
        for (const QString& grade : grades)
            m_gradeFilter->addItem(FindingTableModel::gradeLabel(grade), grade);
        m_gradeFilter->setCurrentIndex(std::max(0, m_gradeFilter->findData(filtered)));
    }
    if (m_gradeFilter->currentData().toString() != filtered)
        applyFilter();
}

void FindingsPane::updateCounters()
{
    updateGradeChoices();
    const QMap<QString, int> counts = m_model->countByGrade();
    QStringList parts;
    for (const QString& grade : std::as_const(m_shownGrades)) {
        parts << QStringLiteral("<span style=\"color:%1\">■</span> %2 <b>%3</b>")
                     .arg(FindingTableModel::gradeColor(grade).name(),
                          FindingTableModel::gradeShortLabel(grade).toHtmlEscaped())
                     .arg(counts.value(grade));
    }
    const int overdue = m_model->overdueCount();
    if (overdue > 0)
        parts << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                     .arg(ThemeColors::errorText(palette()).name(), tr("%n overdue", nullptr, overdue).toHtmlEscaped());
    m_counters->setText(parts.join(QStringLiteral(" &nbsp; ")));
    QStringList plain;
    for (const QString& grade : std::as_const(m_shownGrades))
        plain << tr("%1: %2").arg(FindingTableModel::gradeLabel(grade)).arg(counts.value(grade));
    m_counters->setToolTip(plain.join(QLatin1Char('\n')));
}

void FindingsPane::applyFilter()
{
    const QString grade = m_gradeFilter->currentData().toString();
    // The grade filter matches the stored grade exactly; the text filter searches every column.
    if (!grade.isEmpty()) {
        m_proxy->setFilterRole(FindingTableModel::GradeRole);
        m_proxy->setFilterKeyColumn(FindingTableModel::GradeColumn);
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(grade))));
    } else {
        m_proxy->setFilterRole(Qt::DisplayRole);
        m_proxy->setFilterKeyColumn(-1);
        m_proxy->setFilterFixedString(m_textFilter->text());
    }
    m_textFilter->setEnabled(grade.isEmpty());
}

Result<QString> FindingsPane::addFinding(const QString& grade)
{
    if (!m_document)
        return Error{tr("Open an audit first.")};
    flush();
    Record finding{RecordKind::Finding, {}, {}, {}, {}};
    const QString ref = FindingRefs::next(m_document->store(), grade);
    finding.values = {{"ref", ref}, {"grade", grade}, {"raised_on", QDate::currentDate().toString(Qt::ISODate)}};
    auto uuid = m_document->insertRecord(finding, tr("Add finding %1").arg(ref));
    if (!uuid)
        return uuid;
    showRecord(RecordKind::Finding, uuid.value());
    emit statusMessage(tr("Finding %1 added.").arg(ref));
    return uuid;
}

Status FindingsPane::deleteSelected()
{
    const QString uuid = currentUuid();
    if (!m_document || uuid.isEmpty())
        return Error{tr("Select a finding to delete.")};
    flush();
    const QString ref = m_view->currentIndex().siblingAtColumn(FindingTableModel::RefColumn).data().toString();
    const Status done = m_document->removeRecord(RecordKind::Finding, uuid, tr("Delete finding %1").arg(ref));
    if (done)
        emit statusMessage(tr("Finding %1 deleted; Edit > Undo brings it back.").arg(ref));
    return done;
}

void FindingsPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    if (kind == RecordKind::CarriedFinding) {
        m_earlier->showCarried(uuidOrId);
        return;
    }
    if (kind != RecordKind::Finding && kind != RecordKind::CorrectiveAction)
        return;
    QString uuid = uuidOrId;
    if (kind == RecordKind::CorrectiveAction && m_document) {
        auto action = m_document->store().record(kind, uuidOrId);
        if (!action)
            return;
        uuid = action->parentUuid;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(uuid));
    if (!index.isValid() && m_model->rowOf(uuid) >= 0) {
        m_gradeFilter->setCurrentIndex(0);
        m_textFilter->clear();
        index = m_proxy->mapFromSource(m_model->indexOf(uuid));
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void FindingsPane::find()
{
    m_gradeFilter->setCurrentIndex(0);
    Pane::find();
}

} // namespace isoaudit
