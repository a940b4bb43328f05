// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace isoaudit {

/// How a page or panel follows the open audit without paying for it while nobody looks: a change while the widget is
/// shown refreshes it after `delayMs` (several edits in a row, one refresh); a change while it is hidden only marks
/// it stale, and it refreshes once when it is next shown. The widget calls schedule() on a change, shown() from its
/// showEvent, and done() at the start of its own refresh (which may also run directly, e.g. on a new document).
class DeferredRefresh : public QObject
{
    Q_OBJECT

public:
    DeferredRefresh(QWidget* widget, int delayMs, std::function<void()> refresh);

    /// The audit changed.
    void schedule();
    /// From the widget's showEvent: refreshes now if a change came while it was hidden.
    void shown();
    /// The widget is refreshing: nothing is due any more.
    void done();
    /// A change has not been shown yet (waiting for the delay, or for the widget to be shown): an action that must
    /// see the audit as it is now refreshes first.
    bool isDue() const { return m_stale || m_timer.isActive(); }
    /// A change came while the widget was hidden.
    bool isStale() const { return m_stale; }

private:
    QWidget* m_widget;
    QTimer m_timer;
    bool m_stale = false;
    std::function<void()> m_refresh;
};

} // namespace isoaudit
