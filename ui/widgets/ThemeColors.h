// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace isoaudit {

/// The few colours the workbench chooses itself (status colours, badges, error text), made to follow the system's
/// light or dark palette and to stay readable: every text colour returned here keeps a WCAG contrast ratio of at
/// least 4.5:1 against the background it is meant for. See docs/style.md, "Accessibility".
class ThemeColors
{
public:
    /// A coloured label: text on a tinted background.
    struct Badge
    {
        QColor background;
        QColor foreground;
    };

    static constexpr double minimumContrast = 4.5;

    // Every palette argument defaults to the application's: models, which have no widget at hand, use that.

    /// True when the palette's window is dark (a dark theme): light text on a dark background.
    static bool isDark(const QPalette& palette = QGuiApplication::palette());
    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    static double relativeLuminance(const QColor& color);
    /// WCAG 2 contrast ratio, 1 (same) to 21 (black on white).
    static double contrastRatio(const QColor& first, const QColor& second);
    /// Black or white, whichever reads better on the background (always at least 4.58:1).
    static QColor textOn(const QColor& background);
    /// The colour itself when it reads on the background, else the same hue made lighter (on dark backgrounds)
    /// or darker until it does: "red text" stays red in both themes.
    static QColor readableOn(const QColor& color, const QColor& background, double ratio = minimumContrast);
    /// readableOn() against the window and the base (text field, table) colours of the palette: for coloured text
    /// in labels and for models' ForegroundRole.
    static QColor readableText(const QColor& color, const QPalette& palette = QGuiApplication::palette());
    /// Text that is there but matters less (an unplanned row): the placeholder colour, made readable.
    static QColor dimmedText(const QPalette& palette = QGuiApplication::palette());
    /// Error and warning messages in labels.
    static QColor errorText(const QPalette& palette = QGuiApplication::palette());
    /// "Complete", "ready": green.
    static Badge positiveBadge(const QPalette& palette = QGuiApplication::palette());
    /// "Incomplete", "check this": amber.
    static Badge warningBadge(const QPalette& palette = QGuiApplication::palette());
    /// "Read-only": brown, as in the status bar.
    static Badge readOnlyBadge(const QPalette& palette = QGuiApplication::palette());
    /// A row that breaks a rule: a pale (light theme) or deep (dark theme) amber background with its text colour.
    static Badge attentionRow(const QPalette& palette = QGuiApplication::palette());
    /// A cell that cannot be read (import preview): a pale or deep red background with its text colour.
    static Badge errorCell(const QPalette& palette = QGuiApplication::palette());
    /// "QLabel { background: …; color: …; <extra> }" for a badge label.
    static QString badgeStyleSheet(const Badge& badge, const QString& extra = QString());
};

} // namespace isoaudit
