// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/exceptions/EffectCriteriaList.h"

#include "catalog/Catalog.h"
#include "soc2/Engagement.h"

#include <QApplication>
#include <QStyle>

namespace isoaudit {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int TitleRole = Qt::UserRole + 1;
constexpr int InScopeRole = Qt::UserRole + 2;

} // namespace

EffectCriteriaList::EffectCriteriaList(QWidget* parent)
    : QListWidget(parent)
{
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit checkedEdited(checked());
    });
}

QListWidgetItem* EffectCriteriaList::addCriterion(const QString& id, const QString& title, bool inScope)
{
    auto* item = new QListWidgetItem(this);
    item->setData(IdRole, id);
    item->setData(TitleRole, title);
    item->setData(InScopeRole, inScope);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    decorate(item);
    return item;
}

void EffectCriteriaList::decorate(QListWidgetItem* item)
{
    const QString id = item->data(IdRole).toString();
    const QString title = item->data(TitleRole).toString();
    const bool inScope = item->data(InScopeRole).toBool();
    item->setText(title.isEmpty() ? id : tr("%1 — %2").arg(id, title));
    QStringList tip{item->text()};
    if (!inScope)
        tip << tr("Not a criterion of the categories in scope: untick it.");
    const auto mark = m_marks.constFind(id);
    if (mark != m_marks.cend())
        tip << mark.value();
    item->setToolTip(tip.join(QLatin1Char('\n')));
    const bool marked = mark != m_marks.cend() || !inScope;
    item->setIcon(marked && qobject_cast<QApplication*>(QCoreApplication::instance())
                      ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                      : QIcon());
}

void EffectCriteriaList::setCriteria(const QList<const CatalogItem*>& criteria)
{
    QStringList ids;
    for (const CatalogItem* item : criteria)
        ids << item->id;
    if (ids == m_inScope)
        return;
    const QStringList ticked = checked();
    m_inScope = ids;
    m_loading = true;
    clear();
    for (const CatalogItem* item : criteria)
        addCriterion(item->id, item->title, true);
    m_loading = false;
    setChecked(ticked);
}

void EffectCriteriaList::setChecked(const QStringList& ids)
{
    m_loading = true;
    // Criteria ticked in the record but out of scope come last; unticked ones that are out of scope go.
    for (int row = count() - 1; row >= 0; --row) {
        QListWidgetItem* it = item(row);
        if (!it->data(InScopeRole).toBool() && !ids.contains(it->data(IdRole).toString()))
            delete takeItem(row);
    }
    for (const QString& id : ids) {
        if (rowOf(id) < 0) {
            const CatalogItem* known = Engagement::criteriaCatalog().criterion(id);
            addCriterion(id, known ? known->title : QString(), false);
        }
    }
    QListWidgetItem* first = nullptr;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* it = item(row);
        const Qt::CheckState state = ids.contains(it->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (it->checkState() != state)
            it->setCheckState(state);
        if (!first && state == Qt::Checked)
            first = it;
    }
    m_loading = false;
    // The ticked criteria are what the list says: bring the first into view (without moving the current item).
    if (first)
        scrollToItem(first, QAbstractItemView::PositionAtCenter);
}

QStringList EffectCriteriaList::checked() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            ids << item(row)->data(IdRole).toString();
    }
    return ids;
}

void EffectCriteriaList::setMarks(const QHash<QString, QString>& marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    m_loading = true;
    for (int row = 0; row < count(); ++row)
        decorate(item(row));
    m_loading = false;
}

int EffectCriteriaList::rowOf(const QString& id) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(IdRole).toString() == id)
            return row;
    }
    return -1;
}

} // namespace isoaudit
