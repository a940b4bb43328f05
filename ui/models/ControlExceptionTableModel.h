// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

namespace isoaudit {

/// The SOC 2 exceptions of an engagement (the Exceptions & Opinion page): one row per control exception record
/// (core/soc2 ExceptionRollup keeps one per control in step with its sample items and tests), with the control's
/// ref and title, the deviations out of the sample size ("2 of 25"), the auditor's assessment (nature, cause, the
/// pattern by its label, management's response, compensating controls), the effect on the criteria (the criteria
/// linked and the text) and whether the assessment is complete (ExceptionRollup::missingAssessment: what is still to
/// record, in the cell and its tooltip, with a warning icon). Read-only: the page edits in its exception editor.
/// Follows the store row by row (RecordTableModel); a control renamed repaints its rows.
class ControlExceptionTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        ControlColumn,
        TitleColumn,
        DeviationsColumn,
        AssessmentColumn,
        NatureColumn,
        CauseColumn,
        PatternColumn,
        ResponseColumn,
        CompensatingColumn,
        EffectColumn,
        ColumnCount
    };
    enum Role {
        ControlUuidRole = Qt::UserRole + 100, ///< the ServiceControl the exception belongs to
        MissingRole, ///< QStringList: ExceptionRollup::missingAssessment (package names), empty when assessed
    };

    explicit ControlExceptionTableModel(QObject* parent = nullptr);

    void setStore(AuditStore* store) { followStore(store); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of a control's exception record (its first), -1 when it has none.
    int rowOfControl(const QString& controlUuid) const;
    /// Exceptions whose assessment is not complete yet.
    int unassessedCount() const;

    /// "2 of 25".
    static QString deviationsText(const Record& exception);
    /// The words for the assessment fields missingAssessment names ("nature" -> "nature", "managementResponse" ->
    /// "management's response"), joined for a sentence: "nature, pattern and management's response".
    static QString missingText(const QStringList& packageNames);
    /// "Complete", or "Missing: nature and pattern".
    static QString assessmentText(const QStringList& missing);
    /// What the assessment column's tooltip says.
    static QString assessmentToolTip(const QStringList& missing);
    /// "CC8.1, CC8.2: The change reached production untested." (the criteria linked, then the text's first line).
    static QString effectText(const Record& exception);

signals:
    /// Rows came or went, or an assessment changed: the page's counter needs refreshing.
    void countsChanged();

private:
    void reloading() override;
    void rowsReloaded() override { emit countsChanged(); }
    void rowInserted(int) override { emit countsChanged(); }
    void rowRemoved(const QString&) override { emit countsChanged(); }
    void rowRefreshed(int, const Record&) override { emit countsChanged(); }
    void otherInserted(RecordKind kind, const QString& uuid) override;
    void otherRemoved(RecordKind kind, const QString& uuid) override;
    void otherChanged(RecordKind kind, const QString& uuid, const QString& column) override;

    QVariant display(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    QString controlText(int row, const QString& column) const;
    void repaintControl(const QString& controlUuid);

    QHash<QString, Record> m_controls; ///< the engagement's controls by uuid (their ref and title)
};

} // namespace isoaudit
