// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"

#include <QSet>

namespace isoaudit {

/// How far the testing of a control's sample items is: the items with a result, those still to test, and the
/// exceptions among them.
struct SampleProgress
{
    int total = 0;
    int tested = 0;
    int exceptions = 0;

    int toTest() const { return total - tested; }
    bool operator==(const SampleProgress&) const = default;
};

/// The sample grid of one SOC 2 control (the Testing page): one row per sample item of all the control's samples,
/// with the occurrence, its date and month (frozen when the sample was drawn), the result, the note, who tested it
/// and when, and the number of linked evidence records. The result, the note and the tester's name and date are
/// edited through the AuditDocument, one undo step per edit; setResults() marks many items in one step (fill-down,
/// a pasted column) and markAndNext() is what the grid's P / E keys call. Follows the store row by row
/// (RecordTableModel); a sample drawn or removed for the control reloads it.
class SampleItemTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        OccurrenceColumn,
        DateColumn,
        MonthColumn,
        ResultColumn,
        NoteColumn,
        TestedByColumn,
        TestedOnColumn,
        EvidenceColumn,
        ColumnCount
    };

    explicit SampleItemTableModel(QObject* parent = nullptr);

    void setDocument(AuditDocument* document) { followDocument(document); }
    /// The control whose items are the rows (a ServiceControl uuid; empty = none).
    void setControl(const QString& controlUuid);
    QString control() const { return m_control; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// The result column takes the stored value ("no-exception", "exception"), its label in any language IsoAudit
    /// speaks, or an empty value (not yet tested); anything else is refused (editRefused) and nothing changes.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Sets the result of the rows as one undo step; an item's tester and test date are filled in (the store's
    /// author, today) where empty. Rows that already have the result are left alone. Returns the store's refusal,
    /// and then nothing changed.
    Status setResults(const QList<int>& rows, const QString& result);
    /// Marks `row` with `result` ("no-exception" or "exception") and returns the row to move to: the next one, or
    /// `row` itself when it is the last or the edit was refused (editRefused says why). Rows are the model's: a view
    /// over a sorting proxy maps them.
    int markAndNext(int row, const QString& result);
    SampleProgress progress() const { return m_progress; }

    /// The stored result a text means: a stored value, or its label in any language; nullopt when it means none.
    static std::optional<QString> resultFromText(const QString& text);
    static QString resultLabel(const QString& result);

signals:
    /// The items' results changed, or rows came or went.
    void progressChanged(const SampleProgress& progress);

private:
    bool acceptsRow(const Record& record) const override { return m_samples.contains(record.parentUuid); }
    void reloading() override;
    void rowsReloaded() override { recount(); }
    void rowInserted(int) override { recount(); }
    void rowRemoved(const QString&) override { recount(); }
    void rowRefreshed(int, const Record&) override { recount(); }
    void otherInserted(RecordKind kind, const QString& uuid) override;
    void otherRemoved(RecordKind kind, const QString& uuid) override;
    QString undoText(int row, int column, const QVariant& stored) const override;

    QVariant display(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    int evidenceCount(int row) const;
    void recount();

    QString m_control;
    QSet<QString> m_samples; ///< uuids of the control's samples
    SampleProgress m_progress;
};

} // namespace isoaudit
