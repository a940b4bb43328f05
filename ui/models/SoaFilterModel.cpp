// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SoaFilterModel.h"

#include "delegates/ItemRoles.h"
#include "models/NaturalSort.h"
#include "models/SoaTableModel.h"

namespace isoaudit {

SoaFilterModel::SoaFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
    setDynamicSortFilter(true);
}

void SoaFilterModel::changeFilter(QString& member, const QString& value)
{
    if (member == value)
        return;
    member = value;
    invalidateFilter();
}

void SoaFilterModel::setThemeFilter(const QString& theme)
{
    changeFilter(m_theme, theme);
}

void SoaFilterModel::setApplicabilityFilter(const QString& value)
{
    changeFilter(m_applicability, value);
}

void SoaFilterModel::setVerdictFilter(const QString& value)
{
    changeFilter(m_verdict, value);
}

void SoaFilterModel::setTextFilter(const QString& text)
{
    changeFilter(m_text, text.trimmed());
}

void SoaFilterModel::setIssuesOnly(bool issuesOnly)
{
    if (m_issuesOnly == issuesOnly)
        return;
    m_issuesOnly = issuesOnly;
    invalidateFilter();
}

bool SoaFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    auto raw = [&](int column) {
        return source->index(sourceRow, column, sourceParent).data(ItemRoles::RawValueRole).toString();
    };
    if (!m_theme.isEmpty() && raw(SoaTableModel::ThemeColumn) != m_theme)
        return false;
    if (!m_applicability.isEmpty() && raw(SoaTableModel::ApplicableColumn) != m_applicability)
        return false;
    if (!m_verdict.isEmpty() && raw(SoaTableModel::VerdictColumn) != m_verdict)
        return false;
    if (m_issuesOnly && source->index(sourceRow, 0, sourceParent).data(ItemRoles::IssuesRole).toStringList().isEmpty())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {SoaTableModel::IdColumn, SoaTableModel::TitleColumn, SoaTableModel::JustificationColumn,
                       SoaTableModel::ClientReferenceColumn, SoaTableModel::NotesColumn}) {
        if (raw(column).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    const QStringList refs = source->index(sourceRow, SoaTableModel::LinkedRisksColumn, sourceParent)
                                 .data(ItemRoles::RawValueRole)
                                 .toStringList();
    for (const QString& ref : refs) {
        if (ref.compare(m_text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool SoaFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return NaturalSort::lessThan(a.toString(), b.toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace isoaudit
