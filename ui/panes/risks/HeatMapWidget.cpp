// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/risks/HeatMapWidget.h"

#include "widgets/ThemeColors.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace isoaudit {

namespace {

constexpr int margin = 8;
constexpr int swatchSize = 14;

} // namespace

HeatMapWidget::HeatMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("heatMapWidget"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Risk matrix"));
    setToolTip(QString()); // per-cell tooltips come from event()
    setWhatsThis(tr("Click a cell, or move with the arrow keys and press Space, to show only the risks in that cell. "
                    "Click it again or press Esc to show all risks."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateAccessibleText();
}

void HeatMapWidget::setScheme(const RiskScheme& scheme)
{
    m_scheme = scheme;
    m_counts.resize(m_scheme.likelihoodCount() * m_scheme.impactCount());
    if (m_selectedLikelihood > m_scheme.likelihoodCount() || m_selectedImpact > m_scheme.impactCount())
        clearSelection();
    m_currentLikelihood = qBound(1, m_currentLikelihood, qMax(1, m_scheme.likelihoodCount()));
    m_currentImpact = qBound(1, m_currentImpact, qMax(1, m_scheme.impactCount()));
    updateGeometry();
    updateAccessibleText();
    update();
}

void HeatMapWidget::setCounts(const QVector<int>& counts)
{
    m_counts = counts;
    m_counts.resize(m_scheme.likelihoodCount() * m_scheme.impactCount());
    updateAccessibleText();
    update();
}

void HeatMapWidget::setCaption(const QString& caption)
{
    m_caption = caption;
    updateAccessibleText();
    update();
}

int HeatMapWidget::count(int likelihood, int impact) const
{
    if (likelihood < 1 || impact < 1 || likelihood > m_scheme.likelihoodCount() || impact > m_scheme.impactCount())
        return 0;
    return m_counts.value((likelihood - 1) * m_scheme.impactCount() + (impact - 1));
}

int HeatMapWidget::totalCount() const
{
    int total = 0;
    for (int c : m_counts)
        total += c;
    return total;
}

int HeatMapWidget::aboveThresholdCount() const
{
    int above = 0;
    for (int l = 1; l <= m_scheme.likelihoodCount(); ++l) {
        for (int i = 1; i <= m_scheme.impactCount(); ++i) {
            if (const auto score = m_scheme.score(l, i); score && m_scheme.aboveThreshold(*score))
                above += count(l, i);
        }
    }
    return above;
}

QString HeatMapWidget::summary() const
{
    QString text = tr("%1 by %2 risk matrix").arg(m_scheme.likelihoodCount()).arg(m_scheme.impactCount());
    if (!m_caption.isEmpty())
        text += tr(" (%1)").arg(m_caption);
    text += totalCount() == 1 ? tr(", 1 risk") : tr(", %1 risks").arg(totalCount());
    if (const auto threshold = m_scheme.acceptanceThreshold())
        text += tr(", %1 above the acceptance threshold of %2").arg(aboveThresholdCount()).arg(*threshold);
    else
        text += tr(", no acceptance threshold stated");
    text += QLatin1Char('.');
    if (hasSelection())
        text += QLatin1Char(' ') + tr("Showing only %1").arg(cellDescription(m_selectedLikelihood, m_selectedImpact));
    return text;
}

QString HeatMapWidget::cellDescription(int likelihood, int impact) const
{
    const auto score = m_scheme.score(likelihood, impact);
    const RiskBand* band = score ? m_scheme.band(*score) : nullptr;
    const int n = count(likelihood, impact);
    if (!score)
        return tr("likelihood %1, impact %2: no score in the client's method, %3.")
            .arg(m_scheme.likelihoodText(likelihood), m_scheme.impactText(impact),
                 n == 1 ? tr("1 risk") : tr("%1 risks").arg(n));
    return tr("likelihood %1, impact %2: score %3%4, %5.")
        .arg(m_scheme.likelihoodText(likelihood), m_scheme.impactText(impact))
        .arg(*score)
        .arg(band ? tr(" (%1)").arg(band->label) : QString(), n == 1 ? tr("1 risk") : tr("%1 risks").arg(n));
}

void HeatMapWidget::updateAccessibleText()
{
    const QString text = summary();
    if (accessibleDescription() == text)
        return;
    setAccessibleDescription(text);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void HeatMapWidget::selectCell(int likelihood, int impact)
{
    if (likelihood < 1 || impact < 1 || likelihood > m_scheme.likelihoodCount() || impact > m_scheme.impactCount())
        return;
    m_selectedLikelihood = likelihood;
    m_selectedImpact = impact;
    m_currentLikelihood = likelihood;
    m_currentImpact = impact;
    updateAccessibleText();
    update();
    emit cellSelected(likelihood, impact);
}

void HeatMapWidget::clearSelection()
{
    if (!hasSelection())
        return;
    m_selectedLikelihood = 0;
    m_selectedImpact = 0;
    updateAccessibleText();
    update();
    emit selectionCleared();
}

void HeatMapWidget::toggleCell(int likelihood, int impact)
{
    if (m_selectedLikelihood == likelihood && m_selectedImpact == impact)
        clearSelection();
    else
        selectCell(likelihood, impact);
}

QSize HeatMapWidget::sizeHint() const
{
    return {560, 340};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return {360, 220};
}

HeatMapWidget::Layout HeatMapWidget::layout() const
{
    Layout result;
    const QFontMetrics fm(font());
    const int likelihoods = m_scheme.likelihoodCount();
    const int impacts = m_scheme.impactCount();
    int labelWidth = 0;
    for (int l = 1; l <= likelihoods; ++l)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(m_scheme.likelihoodText(l)));
    labelWidth = qMin(labelWidth, 170) + 12; // the gap to the grid is 6 px
    int legendWidth = fm.horizontalAdvance(tr("Acceptance threshold: %1").arg(99));
    for (const RiskBand& band : m_scheme.bands())
        legendWidth
            = qMax(legendWidth, fm.horizontalAdvance(tr("%1 (%2–%3)").arg(band.label).arg(band.from).arg(band.to)));
    legendWidth = qMin(legendWidth + swatchSize + 12, 220);

    const int top = margin + (m_caption.isEmpty() ? 0 : fm.height() + 6);
    const int left = margin + fm.height() + 4 + labelWidth;
    const int bottom = margin + fm.height() + 4 + 2 * fm.height() + 4;
    const int right = margin + legendWidth + margin;
    const int availableWidth = qMax(0, width() - left - right);
    const int availableHeight = qMax(0, height() - top - bottom);
    if (likelihoods == 0 || impacts == 0)
        return result;
    result.cellWidth = qMin(availableWidth / impacts, 150);
    result.cellHeight = qMin(availableHeight / likelihoods, 80);
    // Keep cells from turning into slivers: no taller than wide, no more than three times as wide as tall.
    result.cellHeight = qMin(result.cellHeight, qMax(result.cellWidth, 24));
    result.cellWidth = qMin(result.cellWidth, qMax(result.cellHeight * 3, 24));
    result.grid = QRect(left, top, result.cellWidth * impacts, result.cellHeight * likelihoods);
    result.legend = QRect(result.grid.right() + 2 * margin, top, legendWidth, availableHeight);
    return result;
}

QRect HeatMapWidget::cellRect(int likelihood, int impact) const
{
    if (likelihood < 1 || impact < 1 || likelihood > m_scheme.likelihoodCount() || impact > m_scheme.impactCount())
        return {};
    const Layout l = layout();
    const int row = m_scheme.likelihoodCount() - likelihood; // highest likelihood at the top
    return QRect(l.grid.left() + (impact - 1) * l.cellWidth, l.grid.top() + row * l.cellHeight, l.cellWidth,
                 l.cellHeight);
}

std::pair<int, int> HeatMapWidget::cellAt(const QPoint& point) const
{
    const Layout l = layout();
    if (!l.grid.contains(point) || l.cellWidth == 0 || l.cellHeight == 0)
        return {0, 0};
    const int impact = (point.x() - l.grid.left()) / l.cellWidth + 1;
    const int likelihood = m_scheme.likelihoodCount() - (point.y() - l.grid.top()) / l.cellHeight;
    if (impact < 1 || impact > m_scheme.impactCount() || likelihood < 1 || likelihood > m_scheme.likelihoodCount())
        return {0, 0};
    return {likelihood, impact};
}

void HeatMapWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const Layout l = layout();
    if (!m_caption.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(margin, margin, width() - 2 * margin, QFontMetrics(bold).height()),
                         Qt::AlignLeft | Qt::AlignVCenter, m_caption);
        painter.setFont(font());
    }
    if (l.grid.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The client's risk method has no likelihood or impact levels yet."));
        return;
    }
    paintGrid(painter, l);
    paintThreshold(painter, l);
    paintAxes(painter, l);
    paintLegend(painter, l);
}

void HeatMapWidget::paintGrid(QPainter& painter, const Layout& l) const
{
    QFont countFont = font();
    countFont.setBold(true);
    countFont.setPointSizeF(qBound(8.0, l.cellHeight / 3.2, 18.0));
    QFont smallFont = font();
    smallFont.setPointSizeF(qMax(6.5, font().pointSizeF() * 0.75));
    for (int likelihood = 1; likelihood <= m_scheme.likelihoodCount(); ++likelihood) {
        for (int impact = 1; impact <= m_scheme.impactCount(); ++impact) {
            const QRect cell = cellRect(likelihood, impact);
            const auto score = m_scheme.score(likelihood, impact);
            const QColor fill = m_scheme.cellColor(likelihood, impact);
            painter.fillRect(cell, fill);
            painter.setPen(QPen(palette().color(QPalette::Base), 1));
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
            painter.setPen(ThemeColors::textOn(fill));
            if (score && l.cellHeight >= 30 && l.cellWidth >= 34) {
                painter.setFont(smallFont);
                painter.drawText(cell.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop, QString::number(*score));
            }
            const int n = count(likelihood, impact);
            if (n > 0) {
                painter.setFont(countFont);
                painter.drawText(cell, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    painter.setFont(font());
    // Selection and keyboard focus are drawn last so no neighbour paints over them.
    if (hasSelection()) {
        const QRect cell = cellRect(m_selectedLikelihood, m_selectedImpact);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 4));
        painter.drawRect(cell.adjusted(2, 2, -2, -2));
        painter.setPen(QPen(palette().color(QPalette::HighlightedText), 1));
        painter.drawRect(cell.adjusted(4, 4, -5, -5));
    }
    if (hasFocus()) {
        const QRect cell = cellRect(m_currentLikelihood, m_currentImpact);
        // Drawn in the cell's text colour, which contrasts with its fill in any theme.
        QPen pen(ThemeColors::textOn(m_scheme.cellColor(m_currentLikelihood, m_currentImpact)), 2, Qt::DashLine);
        painter.setPen(pen);
        painter.drawRect(cell.adjusted(6, 6, -7, -7));
    }
}

void HeatMapWidget::paintThreshold(QPainter& painter, const Layout& l) const
{
    Q_UNUSED(l);
    if (!m_scheme.acceptanceThreshold())
        return;
    // The boundary runs along every edge between a cell within the threshold and one above it, and along the
    // grid's edge where a cell above it starts the matrix. A client's matrix need not grow along its rows and
    // columns, so all four sides of every cell above the threshold are looked at.
    const auto above = [this](int likelihood, int impact) {
        if (likelihood < 1 || impact < 1 || likelihood > m_scheme.likelihoodCount() || impact > m_scheme.impactCount())
            return false;
        const auto score = m_scheme.score(likelihood, impact);
        return score && m_scheme.aboveThreshold(*score);
    };
    painter.setPen(QPen(palette().color(QPalette::WindowText), 4, Qt::SolidLine, Qt::SquareCap));
    for (int likelihood = 1; likelihood <= m_scheme.likelihoodCount(); ++likelihood) {
        for (int impact = 1; impact <= m_scheme.impactCount(); ++impact) {
            if (!above(likelihood, impact))
                continue;
            const QRect cell = cellRect(likelihood, impact);
            if (impact == 1 || !above(likelihood, impact - 1))
                painter.drawLine(cell.topLeft(), cell.bottomLeft() + QPoint(0, 1));
            if (likelihood == 1 || !above(likelihood - 1, impact))
                painter.drawLine(cell.bottomLeft() + QPoint(0, 1), cell.bottomRight() + QPoint(1, 1));
            if (impact < m_scheme.impactCount() && !above(likelihood, impact + 1))
                painter.drawLine(cell.topRight() + QPoint(1, 0), cell.bottomRight() + QPoint(1, 1));
            if (likelihood < m_scheme.likelihoodCount() && !above(likelihood + 1, impact))
                painter.drawLine(cell.topLeft(), cell.topRight() + QPoint(1, 0));
        }
    }
}

void HeatMapWidget::paintAxes(QPainter& painter, const Layout& l) const
{
    const QFontMetrics fm(font());
    painter.setPen(palette().color(QPalette::WindowText));
    const int labelLeft = margin + fm.height() + 4;
    for (int likelihood = 1; likelihood <= m_scheme.likelihoodCount(); ++likelihood) {
        const QRect cell = cellRect(likelihood, 1);
        const QRect label(labelLeft, cell.top(), l.grid.left() - labelLeft - 6, cell.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(m_scheme.likelihoodText(likelihood), Qt::ElideRight, label.width()));
    }
    for (int impact = 1; impact <= m_scheme.impactCount(); ++impact) {
        const QRect cell = cellRect(1, impact);
        const QRect label(cell.left() + 2, l.grid.bottom() + 4, cell.width() - 4, 2 * fm.height());
        QString text = m_scheme.impactText(impact);
        // In narrow cells the label would run into its neighbours; the number alone stays readable (the tooltip
        // of each cell names the level).
        const QRect needed = fm.boundingRect(QRect(0, 0, label.width(), 10 * fm.height()), Qt::TextWordWrap, text);
        if (needed.height() > label.height() || needed.width() > label.width())
            text = QString::number(impact);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(l.grid.left(), l.grid.bottom() + 6 + 2 * fm.height(), l.grid.width(), fm.height() + 2),
                     Qt::AlignCenter, tr("Impact →"));
    painter.save();
    painter.translate(margin, l.grid.bottom());
    painter.rotate(-90);
    painter.drawText(QRect(0, 0, l.grid.height(), fm.height() + 2), Qt::AlignCenter, tr("Likelihood →"));
    painter.restore();
    painter.setFont(font());
}

void HeatMapWidget::paintLegend(QPainter& painter, const Layout& l) const
{
    const QFontMetrics fm(font());
    int y = l.legend.top();
    const int step = qMax(fm.height(), swatchSize) + 6;
    painter.setPen(palette().color(QPalette::WindowText));
    for (const RiskBand& band : m_scheme.bands()) {
        painter.fillRect(QRect(l.legend.left(), y + 1, swatchSize, swatchSize), band.color);
        painter.drawRect(QRect(l.legend.left(), y + 1, swatchSize, swatchSize));
        const QString text = tr("%1 (%2–%3)").arg(band.label).arg(band.from).arg(band.to);
        const QRect label(l.legend.left() + swatchSize + 6, y, l.legend.width() - swatchSize - 6, step);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignTop, fm.elidedText(text, Qt::ElideRight, label.width()));
        y += step;
    }
    y += 4;
    if (const auto threshold = m_scheme.acceptanceThreshold()) {
        painter.setPen(QPen(palette().color(QPalette::WindowText), 4));
        painter.drawLine(l.legend.left(), y + fm.height() / 2, l.legend.left() + swatchSize, y + fm.height() / 2);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect label(l.legend.left() + swatchSize + 6, y, l.legend.width() - swatchSize - 6, 2 * fm.height());
        painter.drawText(label, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         tr("Acceptance threshold: %1").arg(*threshold));
        y += 2 * fm.height() + 4;
    }
    if (focusPolicy() == Qt::NoFocus)
        return; // a preview: nothing to click
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect hint(l.legend.left(), y + 4, l.legend.width(), qMax(0, l.legend.bottom() - y - 4));
    painter.drawText(hint, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Numbers: risks in the cell. Click a cell to filter the register."));
}

void HeatMapWidget::mousePressEvent(QMouseEvent* event)
{
    const auto [likelihood, impact] = cellAt(event->position().toPoint());
    if (likelihood == 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_currentLikelihood = likelihood;
    m_currentImpact = impact;
    toggleCell(likelihood, impact);
    updateAccessibleName();
}

void HeatMapWidget::keyPressEvent(QKeyEvent* event)
{
    if (m_scheme.likelihoodCount() == 0 || m_scheme.impactCount() == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
        m_currentLikelihood = qMin(m_currentLikelihood + 1, m_scheme.likelihoodCount());
        break;
    case Qt::Key_Down:
        m_currentLikelihood = qMax(m_currentLikelihood - 1, 1);
        break;
    case Qt::Key_Right:
        m_currentImpact = qMin(m_currentImpact + 1, m_scheme.impactCount());
        break;
    case Qt::Key_Left:
        m_currentImpact = qMax(m_currentImpact - 1, 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggleCell(m_currentLikelihood, m_currentImpact);
        updateAccessibleName();
        return;
    case Qt::Key_Escape:
        if (hasSelection()) {
            clearSelection();
            updateAccessibleName();
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    updateAccessibleName();
    update();
}

void HeatMapWidget::updateAccessibleName()
{
    // While the map has focus its name is the focused cell, read out as a tooltip would show it; NameChanged makes
    // the screen reader announce it (Qt 6.4's setAccessibleName() sends no event of its own).
    QString name = tr("Risk matrix");
    if (hasFocus()) {
        const QString cell = cellDescription(m_currentLikelihood, m_currentImpact);
        const bool selected = m_selectedLikelihood == m_currentLikelihood && m_selectedImpact == m_currentImpact;
        name = selected ? tr("Risk matrix, %1 Selected: the register shows only this cell.").arg(cell)
                        : tr("Risk matrix, %1").arg(cell);
    }
    if (accessibleName() == name)
        return;
    setAccessibleName(name);
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

bool HeatMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [likelihood, impact] = cellAt(help->pos());
        if (likelihood > 0) {
            QString text = cellDescription(likelihood, impact);
            text[0] = text[0].toUpper();
            QToolTip::showText(help->globalPos(), text, this, cellRect(likelihood, impact));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void HeatMapWidget::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    updateAccessibleName();
    update();
}

void HeatMapWidget::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    updateAccessibleName();
    update();
}

} // namespace isoaudit
