// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "panes/overview/AuditStatistics.h"

#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace isoaudit {

/// The lower half of the Overview: progress bars per clause group (4–10) and per Annex A theme, the findings by
/// grade, and the corrective actions that are past their due date (double-click opens the finding).
class AuditProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AuditProgressWidget(QWidget* parent = nullptr);

    void setStatistics(const AuditStatistics& statistics);
    QTableWidget* overdueTable() const { return m_overdue; }

signals:
    void navigateTo(isoaudit::RecordKind kind, const QString& uuidOrId);

private:
    void fillProgress(QGridLayout* grid, const QList<AuditStatistics::Progress>& rows, bool themes);

    QGridLayout* m_clauseGrid = nullptr;
    QGridLayout* m_themeGrid = nullptr;
    QHBoxLayout* m_gradeRow = nullptr;
    QLabel* m_findingsSummary = nullptr;
    QTableWidget* m_overdue = nullptr;
    QLabel* m_overdueEmpty = nullptr;
};

} // namespace isoaudit
