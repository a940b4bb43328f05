// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"
#include "workflow/ProgrammeCoverage.h"

#include <QHash>

namespace isoaudit {

class AuditDocument;

/// The audit plan as a table: every clause 4–10 item, then every Annex A control, with whether it is planned, what
/// the certification cycle has covered of it (ProgrammeCoverage: the completed audits of this cycle, the items a
/// surveillance audits every time), when (date, from, until), where (site), with whom (auditee) and by whom
/// (auditor) — the planned/plan_* fields of clause_assessment and soa_entry. Every cell except the item and the
/// coverage is editable (the plan_* columns are plain fields, RecordTableModel); edits go through AuditDocument
/// (undoable).
class AuditPlanModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        ItemColumn,
        PlannedColumn,
        CoverageColumn,
        DateColumn,
        FromColumn,
        UntilColumn,
        SiteColumn,
        AuditeeColumn,
        AuditorColumn,
        ColumnCount
    };
    /// Besides these, rows answer ItemRoles::UuidRole, ItemRoles::RawValueRole (stored value), ItemRoles::SortRole
    /// (the date and time columns sort by date, then start time) and, in the auditor and site columns,
    /// ItemRoles::ChoicesRole (the audit team, the audit's sites).
    enum Role {
        KindRole = Qt::UserRole + 100, ///< int(RecordKind): ClauseAssessment or SoaEntry
        CatalogIdRole, ///< "6.1.2" or "5.23"
        CoverageRole, ///< int(Coverage)
    };
    /// What the cycle has done about a row's item.
    enum class Coverage {
        NotApplicable, ///< a control the SoA declares not applicable: outside the programme's coverage
        Uncovered, ///< neither a completed audit of this cycle nor this audit's plan covers it
        PlannedNow, ///< this audit's plan covers it
        Covered, ///< a completed audit of this cycle covered it
    };

    explicit AuditPlanModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document) { followDocument(document); }

    int rowForCatalogId(RecordKind kind, const QString& id) const;
    int rowForUuid(const QString& uuid) const { return rowOf(uuid); }
    Record recordAt(int row) const { return row >= 0 && row < rowCount() ? rowRecord(row) : Record{}; }
    int plannedCount(RecordKind kind) const;
    int count(RecordKind kind) const;
    /// The store column an editable column writes.
    static QString fieldOf(int column);
    /// The certification cycle's coverage as of the rows shown (the plan's planned flags, the programme's history).
    const ProgrammeCoverage& coverage() const { return m_coverage; }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reloading() override;
    void rowsReloaded() override;
    void rowRefreshed(int row, const Record& before) override;
    void otherRemoved(RecordKind kind, const QString&) override { otherKindChanged(kind); }
    void otherChanged(RecordKind kind, const QString&, const QString&) override { otherKindChanged(kind); }
    void otherLinksChanged(RecordKind kind, const QString&) override { otherKindChanged(kind); }
    QVariant storedValue(int column, const QVariant& value) const override;
    QString undoText(int row, int column, const QVariant& stored) const override;
    void reloadTeam();
    void reloadSites();
    void otherKindChanged(RecordKind kind);
    /// Reads the programme's audits again (when `readProgramme`) and recomputes the coverage of every row.
    void computeCoverage(bool readProgramme = true);
    Coverage coverageOf(const Record& record) const;
    QString coverageDescription(const Record& record) const;
    QString displayItem(const Record& record) const;
    QVariant sortKey(const Record& record, int column, int row) const;

    QStringList m_team;
    QStringList m_sites;
    QList<Record> m_programmeAudits;
    ProgrammeCoverage m_coverage;
    QHash<QString, const ProgrammeCoverage::Item*> m_clauseCoverage; ///< clause id -> its item in m_coverage
    QHash<QString, const ProgrammeCoverage::Item*> m_controlCoverage;
};

} // namespace isoaudit
