// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/overview/ProgrammeTimeline.h"

#include "widgets/ThemeColors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace isoaudit {

namespace {
constexpr qreal markRadius = 7;
constexpr qreal sideMargin = 16;
} // namespace

ProgrammeTimeline::ProgrammeTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("programmeTimeline"));
    setAccessibleName(tr("Certification cycle timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void ProgrammeTimeline::setMarks(const QList<Mark>& marks, const QDate& today)
{
    m_marks = marks;
    m_today = today;
    // The axis spans every date shown, today and the due windows, with a margin of a couple of months.
    QDate first, last;
    const auto extend = [&](const QDate& date) {
        if (!date.isValid())
            return;
        if (!first.isValid() || date < first)
            first = date;
        if (!last.isValid() || date > last)
            last = date;
    };
    for (const Mark& mark : std::as_const(m_marks)) {
        extend(mark.date);
        extend(mark.windowFrom);
        extend(mark.windowTo);
    }
    extend(today);
    if (!first.isValid())
        first = last = QDate::currentDate();
    m_first = first.addMonths(-2);
    m_last = last.addMonths(2);
    if (m_first.daysTo(m_last) < 365)
        m_last = m_first.addDays(365);
    QStringList description;
    for (const Mark& mark : std::as_const(m_marks))
        description << (mark.date.isValid() ? tr("%1, %2").arg(mark.label, QLocale().toString(mark.date, QLocale::ShortFormat))
                                            : mark.label);
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

QStringList ProgrammeTimeline::undatedLabels() const
{
    QStringList labels;
    for (const Mark& mark : m_marks) {
        if (!mark.date.isValid())
            labels << mark.label;
    }
    return labels;
}

QSize ProgrammeTimeline::sizeHint() const
{
    return {640, minimumSizeHint().height()};
}

QSize ProgrammeTimeline::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {320, line * 11 + 20};
}

qreal ProgrammeTimeline::xOf(const QDate& date, const QRectF& axis) const
{
    const qreal span = qMax<qint64>(1, m_first.daysTo(m_last));
    return axis.left() + axis.width() * qreal(m_first.daysTo(date)) / span;
}

QList<ProgrammeTimeline::Placed> ProgrammeTimeline::layoutMarks() const
{
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();
    const QRectF axis(sideMargin, height() / 2.0, width() - 2 * sideMargin, 0);
    QList<int> order;
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks.at(i).date.isValid())
            order << i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_marks.at(a).date < m_marks.at(b).date; });
    // Labels alternate above and below the axis, and move one line further out when they would overlap the label
    // before them on the same side.
    QList<Placed> placed;
    QList<QRectF> taken;
    int side = 0;
    for (int index : std::as_const(order)) {
        const Mark& mark = m_marks.at(index);
        Placed p;
        p.mark = index;
        p.centre = QPointF(xOf(mark.date, axis), axis.top());
        const QString date = QLocale().toString(mark.date, QLocale::ShortFormat);
        // Measured in the font it is drawn in: this audit's label is bold, and must stay inside the widget too.
        QFont labelFont = font();
        labelFont.setBold(mark.state == Mark::State::Current);
        const qreal labelWidth = QFontMetricsF(labelFont).horizontalAdvance(mark.label);
        const qreal textWidth = qMax(labelWidth, metrics.horizontalAdvance(date)) + 4;
        qreal left = std::clamp(p.centre.x() - textWidth / 2, 0.0, qMax(0.0, width() - textWidth));
        const bool above = side % 2 == 0;
        for (int level = 0; level < 2; ++level) {
            const qreal offset = markRadius + 6 + level * (2 * line + 2);
            const qreal top = above ? axis.top() - offset - 2 * line : axis.top() + offset;
            p.labelRect = QRectF(left, top, textWidth, 2 * line);
            const bool overlaps = std::any_of(taken.cbegin(), taken.cend(),
                                              [&](const QRectF& r) { return r.intersects(p.labelRect); });
            if (!overlaps)
                break;
        }
        taken << p.labelRect;
        placed << p;
        ++side;
    }
    return placed;
}

int ProgrammeTimeline::markAt(const QPoint& point) const
{
    for (const Placed& p : layoutMarks()) {
        const QPointF d = QPointF(point) - p.centre;
        if (d.x() * d.x() + d.y() * d.y() <= (markRadius + 4) * (markRadius + 4) || p.labelRect.contains(point))
            return p.mark;
    }
    return -1;
}

bool ProgrammeTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int index = markAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_marks.at(index).toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ProgrammeTimeline::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor dimmed = ThemeColors::dimmedText(pal);
    const QColor highlight = ThemeColors::readableText(pal.color(QPalette::Highlight), pal);
    const QColor window = pal.color(QPalette::Window);
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();
    const QRectF axis(sideMargin, height() / 2.0, width() - 2 * sideMargin, 0);

    // The axis, a tick at each new year and the year's number under it.
    painter.setPen(QPen(dimmed, 1.5));
    painter.drawLine(QPointF(axis.left(), axis.top()), QPointF(axis.right(), axis.top()));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    for (int year = m_first.year() + 1; year <= m_last.year(); ++year) {
        const qreal x = xOf(QDate(year, 1, 1), axis);
        painter.setPen(QPen(dimmed, 1));
        painter.drawLine(QPointF(x, axis.top() - 4), QPointF(x, axis.top() + 4));
        // A faint guide down to the year's number, which sits below the labels of the marks.
        QColor guide = dimmed;
        guide.setAlpha(70);
        painter.setPen(QPen(guide, 1, Qt::DotLine));
        painter.drawLine(QPointF(x, axis.top() + 4), QPointF(x, height() - 2));
        painter.setPen(QPen(dimmed, 1));
        painter.drawText(QRectF(x + 3, height() - line - 2, 60, line), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(year));
    }
    // Today.
    if (m_today.isValid() && m_today >= m_first && m_today <= m_last) {
        const qreal x = xOf(m_today, axis);
        painter.setPen(QPen(dimmed, 1, Qt::DashLine));
        painter.drawLine(QPointF(x, 4), QPointF(x, height() - line - 4));
        painter.drawText(QRectF(x + 3, 2, 120, line), Qt::AlignLeft | Qt::AlignVCenter, tr("Today"));
    }
    painter.setFont(font());

    // Due windows of planned audits: a band along the axis.
    for (const Mark& mark : std::as_const(m_marks)) {
        if (mark.state != Mark::State::Planned || !mark.windowFrom.isValid() || !mark.windowTo.isValid())
            continue;
        const qreal from = xOf(mark.windowFrom, axis);
        const qreal to = xOf(mark.windowTo, axis);
        QColor band = highlight;
        band.setAlpha(50);
        painter.setPen(Qt::NoPen);
        painter.setBrush(band);
        painter.drawRoundedRect(QRectF(from, axis.top() - 4, qMax<qreal>(2, to - from), 8), 4, 4);
    }

    for (const Placed& p : layoutMarks()) {
        const Mark& mark = m_marks.at(p.mark);
        const QRectF circle(p.centre.x() - markRadius, p.centre.y() - markRadius, 2 * markRadius, 2 * markRadius);
        // A thin leader from the mark to its label.
        const qreal labelEdge = p.labelRect.top() > p.centre.y() ? p.labelRect.top() : p.labelRect.bottom();
        painter.setPen(QPen(dimmed, 1));
        painter.drawLine(QPointF(p.centre.x(), p.centre.y() + (labelEdge > p.centre.y() ? markRadius : -markRadius)),
                         QPointF(p.centre.x(), labelEdge));
        switch (mark.state) {
        case Mark::State::Completed:
            painter.setPen(QPen(text, 1.5));
            painter.setBrush(text);
            painter.drawEllipse(circle);
            break;
        case Mark::State::Current:
            painter.setPen(QPen(highlight, 3));
            painter.setBrush(window);
            painter.drawEllipse(circle.adjusted(-3, -3, 3, 3));
            painter.setPen(Qt::NoPen);
            painter.setBrush(highlight);
            painter.drawEllipse(circle.adjusted(2, 2, -2, -2));
            break;
        case Mark::State::Planned:
            painter.setPen(QPen(text, 2));
            painter.setBrush(window);
            painter.drawEllipse(circle);
            break;
        case Mark::State::Cancelled:
            painter.setPen(QPen(dimmed, 1.5, Qt::DashLine));
            painter.setBrush(window);
            painter.drawEllipse(circle);
            painter.setPen(QPen(dimmed, 2));
            painter.drawLine(circle.bottomLeft(), circle.topRight());
            break;
        }
        QFont labelFont = font();
        labelFont.setBold(mark.state == Mark::State::Current);
        labelFont.setStrikeOut(mark.state == Mark::State::Cancelled);
        painter.setFont(labelFont);
        const QColor labelColour = mark.state == Mark::State::Current
            ? highlight
            : (mark.state == Mark::State::Cancelled ? dimmed : text);
        painter.setPen(labelColour);
        const QRectF first(p.labelRect.left(), p.labelRect.top(), p.labelRect.width(), line);
        const QRectF second = first.translated(0, line);
        painter.drawText(first, Qt::AlignHCenter | Qt::AlignVCenter, mark.label);
        painter.setFont(font());
        painter.setPen(mark.state == Mark::State::Current ? labelColour : dimmed);
        painter.drawText(second, Qt::AlignHCenter | Qt::AlignVCenter,
                         QLocale().toString(mark.date, QLocale::ShortFormat));
    }
}

} // namespace isoaudit
