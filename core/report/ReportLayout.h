// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/ReportLanguage.h"

#include "report/ReportDocument.h"

#include <QPageSize>

#include <functional>
#include <memory>

class QPainter;

namespace isoaudit {

/// A ReportDocument paginated for one paper size: every line, table cell, rule and heat map placed on a page, in
/// points. Made once, it paints any page onto any QPainter whose unit is a point and whose origin is the page's
/// top-left corner, so the PDF, the printer and the preview show exactly the same pages. Paint it on the thread that
/// made it: Qt's font engines, which its text lines use, belong to one thread.
class ReportLayout
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(ReportLayout)

public:
    struct Item
    {
        enum class Kind { Lines, Fill, Rule, HeatMap };
        Kind kind = Kind::Lines;
        QRectF rect; ///< Fill/HeatMap area, Rule from top-left to top-right; Lines: top-left of the first line
        QColor color;
        qreal width = 0; ///< Rule thickness
        std::shared_ptr<QTextLayout> text;
        int firstLine = 0;
        int endLine = 0;
        int heatMap = -1; ///< index into heatMaps()
    };

    /// Lays out `document` on pages of `pageSize`; `progress(done, total)` over the blocks may return false to
    /// cancel, and then the result is nullptr.
    static std::shared_ptr<const ReportLayout> create(const ReportDocument& document, const QPageSize& pageSize,
                                                      const std::function<bool(int, int)>& progress = {});

    int pageCount() const { return int(m_pages.size()); }
    /// What page `index` (0-based) holds, header and footer aside.
    const QList<Item>& items(int index) const { return m_pages.at(index); }
    /// The area between header and footer that the content must stay in, in points.
    QRectF bodyRect() const;
    QSizeF pageSize() const { return m_pageSize; } ///< points
    const QString& title() const { return m_title; }
    /// The report's language (its header, footer and heat-map captions are painted in it).
    const QString& language() const { return m_language; }
    /// The page (1-based) each contents anchor landed on.
    int pageOf(const QString& anchor) const { return m_anchors.value(anchor, 0); }
    /// Paints page `index` (0-based) with its header and footer.
    void paintPage(QPainter& painter, int index) const;

private:
    class Builder;
    friend class Builder;

    QSizeF m_pageSize;
    QString m_language;
    QString m_title, m_headerLeft, m_headerRight, m_marking, m_footerReport;
    QList<QList<Item>> m_pages;
    QList<HeatMapData> m_heatMaps;
    QHash<QString, int> m_anchors;
};

} // namespace isoaudit
