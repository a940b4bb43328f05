// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace isoaudit {

/// The certification cycle on a date axis (the Overview's programme): one mark per audit of the programme —
/// completed audits filled (history), this audit highlighted, planned ones as an outline over their due window,
/// cancelled ones struck through — each labelled with its name and date, with a tool tip (outcome, report number,
/// SHA-256 for history). Years are ticked; today is a dashed line. Colours come from the palette, so it reads in
/// light and dark themes.
class ProgrammeTimeline : public QWidget
{
    Q_OBJECT

public:
    struct Mark
    {
        enum class State { Completed, Current, Planned, Cancelled };
        State state = State::Planned;
        QString label; ///< "Surveillance 1"
        QDate date; ///< when it took place, or is due by; invalid when unknown
        QDate windowFrom; ///< a planned audit's due window (may be invalid)
        QDate windowTo;
        QString toolTip;
    };

    explicit ProgrammeTimeline(QWidget* parent = nullptr);

    void setMarks(const QList<Mark>& marks, const QDate& today = QDate::currentDate());
    const QList<Mark>& marks() const { return m_marks; }
    /// The marks without a date, listed beside the axis ("Stage 2: not dated").
    QStringList undatedLabels() const;
    /// The mark painted nearest to a point (within a few pixels), or -1.
    int markAt(const QPoint& point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Placed
    {
        int mark = -1;
        QPointF centre;
        QRectF labelRect;
    };
    QList<Placed> layoutMarks() const;
    qreal xOf(const QDate& date, const QRectF& axis) const;

    QList<Mark> m_marks;
    QDate m_today;
    QDate m_first;
    QDate m_last;
};

} // namespace isoaudit
