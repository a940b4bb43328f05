// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace isoaudit {

/// Filters and sorts the SoA grid: by Annex A theme, applicability, auditor verdict, rows that break a rule, and
/// free text (id, title, justification, client reference, notes, linked risks). Control ids sort naturally
/// (5.2 before 5.10).
class SoaFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SoaFilterModel(QObject* parent = nullptr);

    /// Empty string = any. Theme is the catalog's theme name, the others stored enum values.
    void setThemeFilter(const QString& theme);
    void setApplicabilityFilter(const QString& value);
    void setVerdictFilter(const QString& value);
    void setTextFilter(const QString& text);
    void setIssuesOnly(bool issuesOnly);

    const QString& themeFilter() const { return m_theme; }
    const QString& applicabilityFilter() const { return m_applicability; }
    const QString& verdictFilter() const { return m_verdict; }
    const QString& textFilter() const { return m_text; }
    bool issuesOnly() const { return m_issuesOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void changeFilter(QString& member, const QString& value);

    QString m_theme;
    QString m_applicability;
    QString m_verdict;
    QString m_text;
    bool m_issuesOnly = false;
};

} // namespace isoaudit
