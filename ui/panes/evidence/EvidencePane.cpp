// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/evidence/EvidencePane.h"

#include "i18n/Translations.h"
#include "models/EvidenceTableModel.h"
#include "panes/evidence/EvidenceEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
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

EvidencePane::EvidencePane(QWidget* parent)
    : Pane(parent)
    , m_model(new EvidenceTableModel(this))
    , m_kindProxy(new QSortFilterProxyModel(this))
    , m_textProxy(new QSortFilterProxyModel(this))
    , m_kindFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_addButton(new QToolButton(this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_editor(new EvidenceEditor(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    // Two proxies: the kind filter matches the stored kind exactly, the text filter searches every column.
    m_kindProxy->setSourceModel(m_model);
    m_kindProxy->setFilterRole(EvidenceTableModel::KindRole);
    m_kindProxy->setFilterKeyColumn(EvidenceTableModel::KindColumn);
    m_textProxy->setSourceModel(m_kindProxy);
    m_textProxy->setFilterKeyColumn(-1);
    m_textProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textProxy->setSortRole(EvidenceTableModel::SortRole);
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const QString& kind : Enums::evidenceKinds)
        m_kindFilter->addItem(EvidenceTableModel::kindLabel(kind), kind);
    m_kindFilter->setObjectName(QStringLiteral("evidenceKindFilter"));
    m_kindFilter->setAccessibleName(tr("Filter evidence by kind"));
    m_kindFilter->setToolTip(tr("Shows only evidence of this kind"));
    m_textFilter->setPlaceholderText(tr("Filter evidence…"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setAccessibleName(tr("Filter evidence by text"));
    m_textFilter->setToolTip(
        tr("Shows evidence whose title, reference, sample, collector or clauses contain this text"));

    m_view->setModel(m_textProxy);
    m_view->setObjectName(QStringLiteral("evidenceTableView"));
    m_view->setAccessibleName(tr("Evidence"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EvidenceTableModel::CollectedOnColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceTableModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(EvidenceTableModel::KindColumn, 110);
    m_view->setColumnWidth(EvidenceTableModel::ReferenceColumn, 110);
    m_view->setColumnWidth(EvidenceTableModel::SampleColumn, 160);
    m_view->setColumnWidth(EvidenceTableModel::CollectedOnColumn, 105);
    m_view->setColumnWidth(EvidenceTableModel::CollectedByColumn, 110);
    m_view->setColumnWidth(EvidenceTableModel::CoversColumn, 130);
    m_view->setColumnWidth(EvidenceTableModel::AttachmentsColumn, 45);

    auto* addMenu = new QMenu(m_addButton);
    for (const QString& kind : Enums::evidenceKinds) {
        QAction* action = addMenu->addAction(EvidenceTableModel::kindLabel(kind));
        connect(action, &QAction::triggered, this, [this, kind] {
            if (auto added = addEvidence(kind); !added)
                emit statusMessage(added.error());
        });
    }
    m_addButton->setText(tr("&New evidence"));
    m_addButton->setAccessibleName(tr("New evidence"));
    m_addButton->setToolTip(tr("Add evidence; the arrow chooses the kind (a document by default)"));
    m_addButton->setMenu(addMenu);
    m_addButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_deleteButton->setToolTip(tr("Delete the selected evidence with its files (Undo brings it back)"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_kindFilter);
    top->addWidget(m_textFilter, 1);
    top->addWidget(m_addButton);
    top->addWidget(m_deleteButton);
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_view);
    auto* scroll = new QScrollArea(this);
    // A frame for the form, not a stop of its own: Tab goes to the fields, which it scrolls into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(upper);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 380});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidencePane::onCurrentChanged);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &EvidencePane::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, &EvidencePane::applyFilter);
    connect(m_addButton, &QToolButton::clicked, this, [this] {
        if (auto added = addEvidence(QStringLiteral("document")); !added)
            emit statusMessage(added.error());
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (auto done = deleteSelected(); !done)
            emit statusMessage(done.error());
    });
    connect(m_editor, &EvidenceEditor::statusMessage, this, &Pane::statusMessage);
    connect(m_editor, &EvidenceEditor::navigateTo, this, &Pane::navigateTo);
    setFindField(m_textFilter);
    // Remembered between sessions (PaneState); what was saved before it was version byte 1, then these in order.
    rememberedState().setLegacyVersion(1);
    rememberSplitter(QStringLiteral("splitter"), m_splitter);
    rememberHeader(QStringLiteral("header"), m_view->horizontalHeader());
    setDocument(nullptr);
}

EvidencePane::~EvidencePane()
{
    flush();
}

QString EvidencePane::title() const
{
    return tr("Evidence");
}

void EvidencePane::setDocument(AuditDocument* document)
{
    flush();
    m_document = document;
    m_editor->setDocument(document);
    m_model->setStore(document ? &document->store() : nullptr);
    const bool soc2 = document && document->isEngagement();
    m_view->setColumnHidden(EvidenceTableModel::CoversColumn, soc2); // clauses and Annex A controls: ISO only
    m_textFilter->setToolTip(soc2 ? tr("Shows evidence whose title, reference, sample or collector contain this text")
                                  : tr("Shows evidence whose title, reference, sample, collector or clauses contain "
                                       "this text"));
    m_addButton->setEnabled(document && !document->isReadOnly());
    if (m_textProxy->rowCount() > 0)
        m_view->setCurrentIndex(m_textProxy->index(0, 0));
    else
        onCurrentChanged();
}

void EvidencePane::flush()
{
    m_editor->flush();
}

void EvidencePane::hideEvent(QHideEvent* event)
{
    flush();
    Pane::hideEvent(event);
}

QString EvidencePane::currentUuid() const
{
    return m_view->currentIndex().data(EvidenceTableModel::UuidRole).toString();
}

void EvidencePane::onCurrentChanged()
{
    const QString uuid = currentUuid();
    m_editor->setEvidence(uuid);
    m_deleteButton->setEnabled(m_document && !m_document->isReadOnly() && !uuid.isEmpty());
}

void EvidencePane::applyFilter()
{
    const QString kind = m_kindFilter->currentData().toString();
    m_kindProxy->setFilterRegularExpression(
        kind.isEmpty() ? QRegularExpression()
                       : QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(kind))));
    m_textProxy->setFilterFixedString(m_textFilter->text());
}

Result<QString> EvidencePane::addEvidence(const QString& kind)
{
    if (!m_document)
        return Error{tr("Open an audit first.")};
    flush();
    Record evidence{RecordKind::Evidence, {}, {}, {}, {}};
    evidence.values = {{"kind", kind},
                       {"title", tr("New %1").arg(Translations::inSentence(EvidenceTableModel::kindLabel(kind)))},
                       {"collected_on", QDate::currentDate().toString(Qt::ISODate)}};
    auto uuid = m_document->insertRecord(evidence, tr("Add evidence"));
    if (!uuid)
        return uuid;
    showRecord(RecordKind::Evidence, uuid.value());
    m_editor->titleEdit()->setFocus(Qt::OtherFocusReason);
    m_editor->titleEdit()->selectAll();
    return uuid;
}

Status EvidencePane::deleteSelected()
{
    const QString uuid = currentUuid();
    if (!m_document || uuid.isEmpty())
        return Error{tr("Select the evidence to delete.")};
    flush();
    const QString title = m_view->currentIndex().siblingAtColumn(EvidenceTableModel::TitleColumn).data().toString();
    const Status done = m_document->removeRecord(RecordKind::Evidence, uuid, tr("Delete evidence %1").arg(title));
    if (done)
        emit statusMessage(tr("Evidence \"%1\" deleted; Edit > Undo brings it back.").arg(title));
    return done;
}

void EvidencePane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    QString uuid = uuidOrId;
    if (kind == RecordKind::Attachment && m_document) {
        auto attachment = m_document->store().record(kind, uuidOrId);
        if (!attachment)
            return;
        uuid = attachment->parentUuid;
    } else if (kind != RecordKind::Evidence) {
        return;
    }
    auto mapped = [&] { return m_textProxy->mapFromSource(m_kindProxy->mapFromSource(m_model->indexOf(uuid))); };
    QModelIndex index = mapped();
    if (!index.isValid() && m_model->rowOf(uuid) >= 0) {
        m_kindFilter->setCurrentIndex(0);
        m_textFilter->clear();
        index = mapped();
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace isoaudit
