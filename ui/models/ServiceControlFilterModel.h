// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace isoaudit {

/// Filters and sorts the SOC 2 control matrix (ServiceControlTableModel): by free text (ref, title, description,
/// owner, criteria), frequency, owner, key controls only, the tested state, and the criteria selected in the tree
/// (only the controls mapped to one of them). Refs sort naturally (NC-9 before NC-10).
class ServiceControlFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServiceControlFilterModel(QObject* parent = nullptr);

    /// Empty string = any. Frequency is a stored value (Enums::controlFrequencies), the tested state a
    /// ControlResult::stateName(), the owner compared without case.
    void setTextFilter(const QString& text);
    void setFrequencyFilter(const QString& frequency);
    void setOwnerFilter(const QString& owner);
    void setKeyOnly(bool keyOnly);
    void setTestedFilter(const QString& state);
    /// Only controls mapped to at least one of these criteria; empty = every control.
    void setCriteriaFilter(const QStringList& ids);

    const QString& textFilter() const { return m_text; }
    const QString& frequencyFilter() const { return m_frequency; }
    const QString& ownerFilter() const { return m_owner; }
    bool keyOnly() const { return m_keyOnly; }
    const QString& testedFilter() const { return m_tested; }
    const QStringList& criteriaFilter() const { return m_criteria; }
    /// Whether any filter narrows the matrix.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void changeFilter(QString& member, const QString& value);

    QString m_text;
    QString m_frequency;
    QString m_owner;
    bool m_keyOnly = false;
    QString m_tested;
    QStringList m_criteria;
};

} // namespace isoaudit
