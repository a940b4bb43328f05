// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

namespace isoaudit {

/// What the SOC 2 tables whose rows are mapped to Trust Services Criteria (LinkKind::Criterion) share: a column that
/// shows the criteria ("CC6.4, A1.2", in catalog order, each criterion's title in the tool tip), sorts them in
/// catalog order, and is changed as a whole through setCriteria() (one undo step; the Engagement page's criteria
/// picker calls it). The criteria column is not edited in place: the view opens the picker.
class CriteriaLinkedTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    /// The column that shows the criteria.
    int criteriaColumn() const { return m_criteriaColumn; }
    /// The criteria a row is mapped to, in catalog order.
    QStringList criteria(int row) const;
    /// Maps a row to exactly these criteria (catalog ids), as one undo step named after the row ("Set criteria of
    /// CUEC-1"). Returns the store's refusal (a read-only or signed audit), and then nothing changed.
    Status setCriteria(int row, const QStringList& criterionIds);
    /// The name a row goes by in undo texts and messages (a subservice organization's name, a CUEC's ref).
    virtual QString rowName(int row) const = 0;

    /// "CC6.4, A1.2" in catalog order.
    static QString criteriaText(const QStringList& criterionIds);
    /// One line per criterion: "CC6.4 — Physical access is restricted".
    static QString criteriaToolTip(const QStringList& criterionIds);

protected:
    CriteriaLinkedTableModel(RecordKind kind, const QStringList& columnFields, int criteriaColumn,
                             QObject* parent = nullptr);

    /// The criteria column's answer for a role (display, tool tip, sort, raw value), or null for other roles.
    QVariant criteriaData(int row, int role) const;

private:
    const int m_criteriaColumn;
};

} // namespace isoaudit
