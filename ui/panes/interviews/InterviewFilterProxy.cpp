// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/interviews/InterviewFilterProxy.h"

#include "models/InterviewListModel.h"

#include <QDateTime>

namespace isoaudit {

InterviewFilterProxy::InterviewFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InterviewListModel::SortRole);
    setDynamicSortFilter(true);
}

void InterviewFilterProxy::setPerson(const QString& text)
{
    m_person = text.trimmed();
    invalidateRowsFilter();
}

void InterviewFilterProxy::setRequirement(const QString& tag)
{
    m_requirement = tag;
    invalidateRowsFilter();
}

void InterviewFilterProxy::setDay(const QDate& day)
{
    m_day = day;
    invalidateRowsFilter();
}

bool InterviewFilterProxy::isFiltering() const
{
    return !m_person.isEmpty() || !m_requirement.isEmpty() || m_day.isValid();
}

void InterviewFilterProxy::clear()
{
    m_person.clear();
    m_requirement.clear();
    m_day = {};
    invalidateRowsFilter();
}

bool InterviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    auto text = [&](int column) { return model->index(sourceRow, column, sourceParent).data().toString(); };
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_person.isEmpty()) {
        const bool found = text(InterviewListModel::IntervieweeColumn).contains(m_person, Qt::CaseInsensitive)
            || text(InterviewListModel::RoleColumn).contains(m_person, Qt::CaseInsensitive)
            || text(InterviewListModel::AuditorColumn).contains(m_person, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    if (!m_requirement.isEmpty()) {
        const bool control = m_requirement.startsWith(QLatin1String("A."));
        const QStringList covered
            = first.data(control ? InterviewListModel::ControlsRole : InterviewListModel::ClausesRole).toStringList();
        if (!covered.contains(control ? m_requirement.mid(2) : m_requirement))
            return false;
    }
    if (m_day.isValid() && first.data(InterviewListModel::HeldAtRole).toDateTime().date() != m_day)
        return false;
    return true;
}

} // namespace isoaudit
