// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/findings/EarlierFindingsPanel.h"

#include "delegates/EnumComboDelegate.h"
#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"
#include "models/CarriedFindingTableModel.h"
#include "panes/findings/EarlierFindingDetail.h"
#include "panes/findings/EarlierVerification.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace isoaudit {

EarlierFindingsPanel::EarlierFindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new CarriedFindingTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new EarlierFindingDetail(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CarriedFindingTableModel::SortRole);
    m_model->setVerdictWriter(
        [this](const QString& uuid, const QString& verdict) { return setVerdict(uuid, verdict); });
    m_title->setAccessibleName(tr("Earlier nonconformities to verify"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("earlierFindingsTableView"));
    m_view->setAccessibleName(tr("Earlier nonconformities to verify"));
    m_view->setAccessibleDescription(tr("Keys 1, 2 and 3 set the verdict (closed, not effective, still open), 0 "
                                        "clears it"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setItemDelegateForColumn(CarriedFindingTableModel::VerdictColumn, new EnumComboDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CarriedFindingTableModel::RefColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(CarriedFindingTableModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(CarriedFindingTableModel::RefColumn, 70);
    m_view->setColumnWidth(CarriedFindingTableModel::GradeColumn, 100);
    m_view->setColumnWidth(CarriedFindingTableModel::OriginColumn, 140);
    m_view->setColumnWidth(CarriedFindingTableModel::VerdictColumn, 110);
    m_view->setColumnWidth(CarriedFindingTableModel::RaisedAgainColumn, 110);

    // The verdicts from the keyboard, while the list has the focus.
    const QList<QPair<QKeySequence, QString>> keys{{QKeySequence(Qt::Key_1), QStringLiteral("effective")},
                                                   {QKeySequence(Qt::Key_2), QStringLiteral("not-effective")},
                                                   {QKeySequence(Qt::Key_3), QStringLiteral("still-open")},
                                                   {QKeySequence(Qt::Key_0), QString()}};
    for (const auto& [key, verdict] : keys) {
        auto* action = new QAction(CarriedFindingTableModel::verdictLabel(verdict), m_view);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, verdict] { setCurrentVerdict(verdict); });
        m_view->addAction(action);
    }

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_title);
    listLayout->addWidget(m_view);
    auto* detailArea = new QScrollArea(this);
    detailArea->setFocusPolicy(Qt::NoFocus);
    detailArea->setWidget(m_detail);
    detailArea->setWidgetResizable(true);
    detailArea->setFrameShape(QFrame::NoFrame);
    detailArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(list);
    m_splitter->addWidget(detailArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 480});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_detail->setCarried(currentUuid()); });
    connect(m_model, &CarriedFindingTableModel::countsChanged, this, &EarlierFindingsPanel::updateTitle);
    connect(m_model, &CarriedFindingTableModel::editRefused, this, &EarlierFindingsPanel::statusMessage);
    connect(m_detail, &EarlierFindingDetail::verdictChosen, this, [this](const QString& uuid, const QString& verdict) {
        static_cast<void>(setVerdict(uuid, verdict)); // it tells the status bar what happened
    });
    connect(m_detail, &EarlierFindingDetail::statusMessage, this, &EarlierFindingsPanel::statusMessage);
    setDocument(nullptr);
}

void EarlierFindingsPanel::setDocument(AuditDocument* document)
{
    flush();
    m_document = document;
    m_model->setDocument(document);
    m_detail->setDocument(document);
    updateTitle();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        m_detail->setCarried({});
}

void EarlierFindingsPanel::flush()
{
    m_detail->flush();
}

bool EarlierFindingsPanel::hasRows() const
{
    return m_model->rowCount() > 0;
}

QString EarlierFindingsPanel::currentUuid() const
{
    return m_view->currentIndex().data(ItemRoles::UuidRole).toString();
}

void EarlierFindingsPanel::updateTitle()
{
    const int rows = m_model->rowCount();
    const int pending = m_model->pendingCount();
    m_title->setText(
        pending > 0 ? tr("Earlier nonconformities to verify: %1 of %2 still without a verdict").arg(pending).arg(rows)
                    : tr("Earlier nonconformities to verify: %n, all verified", nullptr, rows));
    setVisible(rows > 0);
}

Status EarlierFindingsPanel::setVerdict(const QString& uuid, const QString& verdict)
{
    if (!m_document)
        return Error{tr("Open an audit first.")};
    flush();
    QString raised;
    const Status done = EarlierVerification::setVerdict(*m_document, uuid, verdict, QDate::currentDate(), &raised);
    if (!done) {
        emit statusMessage(done.error());
        m_detail->setCarried({});
        m_detail->setCarried(currentUuid());
        return done;
    }
    const int row = m_model->rowOf(uuid);
    const QString ref = row >= 0 ? m_model->rowRecord(row).text(QStringLiteral("ref")) : QString();
    if (!raised.isEmpty()) {
        emit statusMessage(
            tr("%1 is not effective: raised again as %2 (Edit > Undo takes back both).").arg(ref, raised));
        emit findingRaised(raised);
    } else {
        emit statusMessage(tr("%1: %2.").arg(ref, CarriedFindingTableModel::verdictLabel(verdict)));
    }
    return done;
}

void EarlierFindingsPanel::setCurrentVerdict(const QString& verdict)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (current.data(CarriedFindingTableModel::DeferredRole).toBool()) {
        emit statusMessage(tr("%1 passed through a special audit; it is verified at the next audit.")
                               .arg(current.siblingAtColumn(CarriedFindingTableModel::RefColumn).data().toString()));
        return;
    }
    static_cast<void>(setVerdict(current.data(ItemRoles::UuidRole).toString(), verdict)); // reported in the status bar
}

void EarlierFindingsPanel::showCarried(const QString& uuid)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(uuid));
    if (!index.isValid()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex candidate = m_proxy->index(row, 0);
            if (!candidate.data(CarriedFindingTableModel::DeferredRole).toBool()
                && candidate.data(CarriedFindingTableModel::VerdictRole).toString().isEmpty()) {
                index = candidate;
                break;
            }
        }
    }
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace isoaudit
