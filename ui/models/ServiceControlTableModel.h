// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"
#include "soc2/EngagementData.h"

#include <optional>

namespace isoaudit {

/// The SOC 2 control matrix (the Criteria & Controls page): one row per service control with its ref, title,
/// description, owner, frequency, manual or automated, key control, the Trust Services Criteria it is mapped to and
/// where its testing stands (EngagementData::resultOf, the same answer the rules, the report and the CLI give).
/// Every cell but the tested state is edited in place through the AuditDocument, one undo step per edit; the
/// criteria cell takes a list of ids ("CC6.1, CC6.2", read by ControlMatrixValues::criteria) or a QStringList.
/// Criteria dragged from the CriteriaTreeModel and dropped on a row are mapped to it. Rows mapped to the highlighted
/// criteria are shown bold on a tinted background.
class ServiceControlTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    /// The criteria and the tested state come right after the title: they are what this page is about; the long
    /// description comes last.
    enum Column {
        RefColumn,
        TitleColumn,
        CriteriaColumn,
        TestedColumn,
        OwnerColumn,
        FrequencyColumn,
        AutomationColumn,
        KeyColumn,
        DescriptionColumn,
        ColumnCount
    };
    /// Besides the ItemRoles: the tested state's name ("not-tested", "no-exceptions", "exceptions",
    /// "not-occurring") in every column, and whether a row is mapped to a highlighted criterion.
    enum Role {
        TestedStateRole = Qt::UserRole + 100,
        HighlightedRole,
    };

    explicit ServiceControlTableModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document) { followDocument(document); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    /// Criteria dropped on a control's row (`parent`, any column) are mapped to it as one undo step.
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QString refAt(int row) const;
    int rowOfRef(const QString& ref) const;
    /// Where the control's testing stands (computed once per change of the engagement's tests and samples).
    ControlResult resultAt(int row) const;
    static QList<ControlResult::State> states();

    /// The criteria of the rows' controls become `ids` added (map) or taken away (unmap), as one undo step; controls
    /// that already have (or lack) them are left alone. Refused when an id is not a Trust Services criterion.
    Status mapCriteria(const QList<int>& rows, const QStringList& ids);
    Status unmapCriteria(const QList<int>& rows, const QStringList& ids);
    /// Replaces a control's criteria (one undo step).
    Status setCriteria(int row, const QStringList& ids);
    /// The criteria a text names ("CC6.1, cc 6.2; A1.2"); refused naming the words that name none.
    static Result<QStringList> parseCriteria(const QString& text);
    /// The criteria the criteria cell offers: those in scope, then any mapped from outside the scope, as
    /// {"CC6.1  title", "CC6.1"} pairs (ItemRoles::ChoicesRole).
    QVariantList criteriaChoices(int row) const;

    /// Adds a control with the next free reference in the matrix's style ("NC-41" after "NC-40"); returns its uuid.
    Result<QString> addControl();
    QString nextRef() const;
    /// What deleting the rows' controls takes with them ("2 test procedures, 1 sample of 25 items"); empty when
    /// nothing.
    QString dependentsText(const QList<int>& rows) const;
    /// Deletes the rows' controls with their tests, samples and exceptions as one undo step. Refused for a control
    /// with a frozen population of rows, which undo could not bring back.
    Status removeControls(const QList<int>& rows);

    /// The criteria whose controls are highlighted (the criteria selected in the tree); empty = none.
    void setHighlightedCriteria(const QStringList& ids);
    bool isHighlighted(int row) const;
    /// The distinct owners of the controls, sorted, for the owner filter.
    QStringList owners() const;

signals:
    /// The tested state of the controls changed (a result recorded on the Testing page, a sample drawn).
    void resultsChanged();

private:
    void otherInserted(RecordKind kind, const QString& uuid) override;
    void otherRemoved(RecordKind kind, const QString& uuid) override;
    void otherChanged(RecordKind kind, const QString& uuid, const QString& column) override;
    void reloading() override;
    void rowsReloaded() override { resultsStale(); }
    void rowInserted(int) override { resultsStale(); }
    void rowRefreshed(int row, const Record& before) override;
    QString undoText(int row, int column, const QVariant& stored) const override;

    QVariant display(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    QString testedTooltip(int row) const;
    /// The engagement's results are read again on next use, and the tested column repaints.
    void resultsStale();
    Status changeCriteria(const QList<int>& rows, const QStringList& ids, bool map);
    QList<Record> recordsOf(const QList<int>& rows) const;

    mutable std::optional<EngagementData> m_data; ///< for resultAt(); reset when testing records change
    std::optional<Record> m_engagement; ///< the categories in scope
    QStringList m_highlighted;
};

} // namespace isoaudit
