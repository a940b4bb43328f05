// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "storage/AuditStore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QPointer>

#include <optional>

namespace isoaudit {

/// The audit's findings, one row each: reference, grade (coloured), title, the clauses and controls it is raised
/// against, and the state of its corrective action (status, due date, overdue). Follows the AuditStore's signals
/// for findings and their corrective actions row by row. Read-only: the Findings pane edits in its detail editor.
class FindingTableModel : public QAbstractTableModel
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

    void setStore(AuditStore* store);
    AuditStore* store() const { return m_store; }
    /// The day "overdue" is measured against (today unless a test pins it).
    void setToday(const QDate& today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString& uuid) const;
    QModelIndex indexOf(const QString& uuid, int column = 0) const;
    QString uuidAt(int row) const;
    /// Number of findings per grade ("major" -> 2), and of overdue corrective actions.
    QMap<QString, int> countByGrade() const;
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
    struct Row
    {
        Record finding;
        std::optional<Record> action;
    };

    void reload();
    Row load(const Record& finding) const;
    void onInserted(RecordKind kind, const QString& uuid);
    void onRemoved(RecordKind kind, const QString& uuid);
    void onChanged(RecordKind kind, const QString& uuid);
    void refreshRow(int row);
    QVariant display(const Row& row, int column) const;

    QPointer<AuditStore> m_store;
    QList<Row> m_rows;
    QDate m_today;
};

} // namespace isoaudit
