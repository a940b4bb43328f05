// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ThemeColors.h"

#include <algorithm>
#include <cmath>

namespace isoaudit {

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

/// Picks the light-theme or dark-theme variant and makes sure its text reads on its background.
ThemeColors::Badge badge(const QPalette& palette, QColor lightBackground, QColor lightText, QColor darkBackground,
                         QColor darkText)
{
    ThemeColors::Badge result = ThemeColors::isDark(palette) ? ThemeColors::Badge{darkBackground, darkText}
                                                             : ThemeColors::Badge{lightBackground, lightText};
    result.foreground = ThemeColors::readableOn(result.foreground, result.background);
    return result;
}

} // namespace

bool ThemeColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

double ThemeColors::relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ThemeColors::contrastRatio(const QColor& first, const QColor& second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ThemeColors::textOn(const QColor& background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

QColor ThemeColors::readableOn(const QColor& color, const QColor& background, double ratio)
{
    if (contrastRatio(color, background) >= ratio)
        return color;
    // Move the lightness away from the background's, keeping hue and saturation, until the text reads.
    const bool lighten = relativeLuminance(background) < 0.18;
    QColor hsl = color.toHsl();
    for (int step = 0; step < 40; ++step) {
        const double lightness = std::clamp(hsl.lightnessF() + (lighten ? 0.025 : -0.025), 0.0, 1.0);
        hsl.setHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness, hsl.alphaF());
        if (contrastRatio(hsl, background) >= ratio)
            return hsl.toRgb();
    }
    return textOn(background);
}

QColor ThemeColors::readableText(const QColor& color, const QPalette& palette)
{
    QColor result = readableOn(color, palette.color(QPalette::Base));
    result = readableOn(result, palette.color(QPalette::AlternateBase));
    return readableOn(result, palette.color(QPalette::Window));
}

QColor ThemeColors::dimmedText(const QPalette& palette)
{
    return readableText(palette.color(QPalette::PlaceholderText), palette);
}

QColor ThemeColors::errorText(const QPalette& palette)
{
    return readableText(isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20), palette);
}

ThemeColors::Badge ThemeColors::positiveBadge(const QPalette& palette)
{
    return badge(palette, QColor(0xc8, 0xe6, 0xc9), QColor(0x1b, 0x5e, 0x20), QColor(0x1b, 0x4d, 0x24),
                 QColor(0xc8, 0xe6, 0xc9));
}

ThemeColors::Badge ThemeColors::warningBadge(const QPalette& palette)
{
    return badge(palette, QColor(0xff, 0xe0, 0xb2), QColor(0x6d, 0x3a, 0x00), QColor(0x5d, 0x3a, 0x00),
                 QColor(0xff, 0xe0, 0xb2));
}

ThemeColors::Badge ThemeColors::readOnlyBadge(const QPalette& palette)
{
    return badge(palette, QColor(0x6d, 0x4c, 0x41), QColor(Qt::white), QColor(0xa1, 0x88, 0x7f), QColor(Qt::black));
}

ThemeColors::Badge ThemeColors::attentionRow(const QPalette& palette)
{
    return badge(palette, QColor(0xff, 0xf3, 0xcd), QColor(Qt::black), QColor(0x5c, 0x45, 0x00),
                 QColor(0xff, 0xf3, 0xcd));
}

ThemeColors::Badge ThemeColors::errorCell(const QPalette& palette)
{
    return badge(palette, QColor(0xff, 0xcd, 0xd2), QColor(Qt::black), QColor(0x6b, 0x1a, 0x22),
                 QColor(0xff, 0xcd, 0xd2));
}

QString ThemeColors::badgeStyleSheet(const Badge& badge, const QString& extra)
{
    return QStringLiteral("QLabel { background: %1; color: %2; %3 }")
        .arg(badge.background.name(), badge.foreground.name(), extra);
}

} // namespace isoaudit
