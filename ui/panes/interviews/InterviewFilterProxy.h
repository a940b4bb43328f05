// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace isoaudit {

/// Narrows the interview list by person (interviewee, role or auditor, any part of the name), by a clause or
/// control covered, and by day. Sorts on InterviewListModel::SortRole.
class InterviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InterviewFilterProxy(QObject* parent = nullptr);

    void setPerson(const QString& text);
    /// "9.2.2" for a clause, "A.5.15" for a control, empty for any.
    void setRequirement(const QString& tag);
    /// An invalid date shows every day.
    void setDay(const QDate& day);
    bool isFiltering() const;
    void clear();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_person;
    QString m_requirement;
    QDate m_day;
};

} // namespace isoaudit
