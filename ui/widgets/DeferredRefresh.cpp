// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DeferredRefresh.h"

#include <QWidget>

namespace isoaudit {

DeferredRefresh::DeferredRefresh(QWidget* widget, int delayMs, std::function<void()> refresh)
    : QObject(widget)
    , m_widget(widget)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_refresh(); });
}

void DeferredRefresh::schedule()
{
    if (m_widget->isVisible())
        m_timer.start();
    else
        m_stale = true;
}

void DeferredRefresh::shown()
{
    if (m_stale)
        m_refresh();
}

void DeferredRefresh::done()
{
    m_timer.stop();
    m_stale = false;
}

} // namespace isoaudit
