// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace isoaudit {

/// Narrows the audit plan table: clauses or controls only, planned or unplanned only, the items the certification
/// cycle has not covered yet, and free text over the item title, site, auditee and auditor. Sorts by
/// ItemRoles::SortRole (the itinerary: date, then start time).
class AuditPlanFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, Clauses, Controls, Planned, Unplanned, Uncovered };

    explicit AuditPlanFilter(QObject* parent = nullptr);

    void setShow(Show show);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_text;
};

} // namespace isoaudit
