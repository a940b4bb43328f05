// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

#include <QColor>
#include <QDate>

namespace isoaudit {

/// The audit's findings, one row each: reference, grade (coloured), title, the clauses and controls it is raised
/// against, and the state of its corrective action (status, due date, overdue). Follows the AuditStore's signals
/// for findings and their corrective actions row by row (RecordTableModel, the action as the row's child).
/// Read-only: the Findings pane edits in its detail editor.
class FindingTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { RefColumn, GradeColumn, TitleColumn, RequirementColumn, StatusColumn, DueColumn, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole + 1,
        GradeRole, ///< the stored grade ("major")
        OverdueRole, ///< bool: the corrective action is past its due date and not done (see isOverdue)
        ActionUuidRole, ///< uuid of the corrective action, empty when there is none
        SortRole,
    };

    explicit FindingTableModel(QObject* parent = nullptr);

    void setStore(AuditStore* store) { followStore(store); }
    /// The day "overdue" is measured against (today unless a test pins it).
    void setToday(const QDate& today);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Number of findings per grade ("major" -> 2), and of overdue corrective actions.
    QMap<QString, int> countByGrade() const;
    /// The audit's type ("" without a store).
    QString auditType() const;
    /// The grades the findings pane offers and counts: those of the audit's type, and any grade a finding has
    /// (an area of concern in a file whose audit is no longer a Stage 1 is still shown).
    QStringList gradesShown() const;
    /// The grades a finding of an audit type may be given (Enums::findingGradesFor: an area of concern only at
    /// Stage 1), plus `current` when it is none of them, in the grades' order.
    static QStringList gradeChoices(const QString& auditType, const QStringList& current = {});
    int overdueCount() const;

    static QString gradeLabel(const QString& grade);
    /// "Major NC", "OFI": for table cells and counters; gradeLabel() in full elsewhere.
    static QString gradeShortLabel(const QString& grade);
    static QColor gradeColor(const QString& grade);
    static QString statusLabel(const QString& status);
    /// Whether a finding's corrective action is past due on `today` and has not reached the step its deadline is
    /// for (a major's verified effective, a minor's plan accepted: CorrectiveActions::isDone).
    static bool isOverdue(const Record& finding, const Record& action, const QDate& today);

signals:
    /// Findings were added, removed or regraded: counters need refreshing.
    void countsChanged();

private:
    void rowsReloaded() override { emit countsChanged(); }
    void rowInserted(int) override { emit countsChanged(); }
    void rowRemoved(const QString&) override { emit countsChanged(); }
    void rowRefreshed(int row, const Record& before) override;
    /// The finding's corrective action (its first), nullptr when it has none.
    const Record* actionOf(int row) const;
    QVariant display(int row, int column) const;

    QDate m_today;
};

} // namespace isoaudit
