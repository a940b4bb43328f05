// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordTableModel.h"
#include "soc2/EngagementData.h"

#include <QHash>
#include <QTimer>

namespace isoaudit {

/// How far the testing of the whole engagement is: sample items with a result out of those drawn, and the controls
/// whose testing is complete (no exceptions, exceptions, or not occurring) out of all.
struct TestingTotals
{
    int controls = 0;
    int controlsDone = 0;
    int items = 0;
    int itemsTested = 0;
    int exceptions = 0;
    bool operator==(const TestingTotals&) const = default;
};

/// The controls of a SOC 2 engagement as the Testing page lists them: ref, title, the sample items tested out of
/// those drawn ("12 / 25") and where the control's testing stands (EngagementData::resultOf, core's one reading:
/// not tested, no exceptions noted, exceptions noted, did not occur). Read-only. The rows follow the store
/// (RecordTableModel); the progress and state are re-read from core, coalesced, whenever a test procedure, a
/// population, a sample or a sample item changes.
class ControlTestingModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { RefColumn, TitleColumn, ProgressColumn, StateColumn, ColumnCount };

    explicit ControlTestingModel(QObject* parent = nullptr);

    void setStore(AuditStore* store);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// Core's result of a control (a default NotTested one when unknown).
    ControlResult resultOf(const QString& controlUuid) const { return m_results.value(controlUuid); }
    TestingTotals totals() const { return m_totals; }
    /// Re-reads every control's result from core now (otherwise done on the next turn of the event loop).
    void refreshResults();
    /// While paused (the page that shows it is hidden), a change only marks the results stale; resuming reads them
    /// once if it is. The rows follow the store either way.
    void setPaused(bool paused);

signals:
    void totalsChanged(const TestingTotals& totals);

private:
    void reloading() override { scheduleRefresh(); }
    void rowInserted(int) override { scheduleRefresh(); }
    void rowRemoved(const QString&) override { scheduleRefresh(); }
    void rowRefreshed(int, const Record&) override { scheduleRefresh(); }
    void otherInserted(RecordKind kind, const QString& uuid) override;
    void otherRemoved(RecordKind kind, const QString& uuid) override;
    void otherChanged(RecordKind kind, const QString& uuid, const QString& column) override;
    void otherLinksChanged(RecordKind, const QString&) override { }
    void scheduleRefresh();
    static bool counts(RecordKind kind);

    QHash<QString, ControlResult> m_results; ///< control uuid -> core's result
    TestingTotals m_totals;
    QTimer m_refresh;
    bool m_paused = false;
    bool m_stale = false; ///< a change came while paused
};

} // namespace isoaudit
