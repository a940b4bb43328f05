// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench follows the light or dark palette and stays readable (docs/style.md, "Accessibility"):
// ThemeColors' WCAG contrast arithmetic and its badges in both palettes; the verdict and grade colours the
// workbench writes text in; with a dark application palette every table cell's text colour against its background,
// and the heat map's numbers on its cells, at a contrast of at least 4.5:1; painted icons sharp at 2x.
// ISOAUDIT_A11Y_SCREENSHOTS=<dir> also saves every page, light and dark, for a person to look at.
#include "WorkbenchTestSupport.h"

#include "document/AuditDocument.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "workbench/WorkbenchLabels.h"
#include "panes/risks/HeatMapWidget.h"
#include "panes/risks/RiskPane.h"
#include "widgets/ThemeColors.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QHeaderView>
#include <QIcon>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

namespace {

/// Every cell of the model, children of tree rows included (the first 80 rows at each level).
QList<QModelIndex> cellsOf(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QList<QModelIndex> cells;
    for (int row = 0; row < qMin(model->rowCount(parent), 80); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column)
            cells << model->index(row, column, parent);
        if (model->hasChildren(model->index(row, 0, parent)))
            cells += cellsOf(model, model->index(row, 0, parent));
    }
    return cells;
}

/// Empty when the text colour the model asks for reads on the background it asks for (or the view's base).
QString poorContrast(const QModelIndex& index, const QColor& base, const QColor& plainText)
{
    const QVariant fg = index.data(Qt::ForegroundRole);
    const QVariant bg = index.data(Qt::BackgroundRole);
    if (!fg.isValid() && !bg.isValid())
        return {};
    const QColor background = bg.isValid() ? bg.value<QBrush>().color() : base;
    const QColor text = fg.isValid() ? fg.value<QBrush>().color() : plainText;
    const double ratio = ThemeColors::contrastRatio(text, background);
    if (ratio >= ThemeColors::minimumContrast)
        return {};
    return QStringLiteral("\"%1\" %2 on %3 = %4")
        .arg(index.data().toString(), text.name(), background.name())
        .arg(ratio, 0, 'f', 2);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

} // namespace

class TestThemeColors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// The Welcome page and every page, light and dark, as <dir>/light-<page>.png and dark-<page>.png.
    void saveScreenshots(const QString& dir)
    {
        const QPalette original = QApplication::palette();
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QApplication::setPalette(theme == QLatin1String("dark") ? darkPalette() : original);
            MainWindow window;
            window.resize(1366, 768);
            window.show();
            QVERIFY(window.grab().save(QStringLiteral("%1/%2-welcome.png").arg(dir, theme)));
            window.menus()->openDemo->trigger();
            for (const QString& key : window.paneKeys()) {
                window.showPane(key);
                QVERIFY(window.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, theme, key)));
            }
            window.menus()->openSoc2Demo->trigger();
            for (const QString& key : window.paneKeys()) {
                window.showPane(key);
                QVERIFY(window.grab().save(QStringLiteral("%1/%2-soc2-%3.png").arg(dir, theme, key)));
            }
        }
        QApplication::setPalette(original);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(!workbenchtest::isolateAndCreateDemo(m_dir, QStringLiteral("tst_themecolors"), &error).isEmpty(),
                 qPrintable(error));
    }

    void paintedIconsAreSharpAtTwiceTheResolution()
    {
        MainWindow window;
        window.show();
        window.menus()->openDemo->trigger();
        window.showPane(QStringLiteral("clauses"));
        auto* tree = window.currentPane()->findChild<QAbstractItemView*>(QStringLiteral("clauseTreeView"));
        QVERIFY(tree);
        QAbstractItemModel* model = tree->model();
        QIcon icon;
        for (int group = 0; group < model->rowCount() && icon.isNull(); ++group) {
            const QModelIndex parent = model->index(group, 0);
            if (model->rowCount(parent) > 0)
                icon = model->index(0, 0, parent).data(Qt::DecorationRole).value<QIcon>();
        }
        QVERIFY(!icon.isNull());
        // A 2x screen gets a pixmap drawn at 32 px, not the 16 px one scaled up.
        QVERIFY(icon.availableSizes().contains(QSize(32, 32)));
        const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(sharp.size(), QSize(32, 32));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
    }

    void noHardCodedColoursOutsideTheAllowList()
    {
        // Colours in ui/ come from the palette or ThemeColors. These files may name colours, and why.
        const QHash<QString, QString> allowed{
            {QStringLiteral("widgets/ThemeColors.cpp"), QStringLiteral("the light and dark variants themselves")},
            {QStringLiteral("workbench/WorkbenchLabels.cpp"), QStringLiteral("hues passed through readableText()")},
            {QStringLiteral("models/FindingTableModel.cpp"), QStringLiteral("grade swatches next to the grade's name")},
            {QStringLiteral("models/RiskScheme.cpp"), QStringLiteral("default band colours: the client's data")},
            {QStringLiteral("panes/risks/RiskMethodDialog.cpp"), QStringLiteral("a new band's colour: data")},
            {QStringLiteral("models/ClauseTreeModel.cpp"), QStringLiteral("the empty dot of a pending verdict")},
        };
        const QRegularExpression colour(
            QStringLiteral(R"(#[0-9a-fA-F]{6}\b|QColor\((0x|\d)|Qt::(white|black|gray|)"
                           R"(darkGray|lightGray|red|green|blue|yellow)\b|color:\s*[a-z]+\b)"));
        const QDir ui(QStringLiteral(ISOAUDIT_SOURCE_DIR "/ui"));
        QStringList found;
        int files = 0;
        QDirIterator it(ui.path(), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = ui.relativeFilePath(path);
            ++files;
            if (allowed.contains(relative))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                if (colour.match(text).hasMatch())
                    found << QStringLiteral("ui/%1:%2: %3").arg(relative).arg(line).arg(text.trimmed());
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
        // The pattern does see a hard-coded colour.
        QVERIFY(colour.match(QStringLiteral("setStyleSheet(\"color: #b00020;\")")).hasMatch());
        QVERIFY(colour.match(QStringLiteral("QPen(Qt::white, 1)")).hasMatch());
    }

    void themeColorsPickReadableText()
    {
        const QPalette dark = darkPalette();
        const QPalette light;
        QVERIFY(ThemeColors::isDark(dark));
        QCOMPARE(ThemeColors::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(ThemeColors::contrastRatio(Qt::white, Qt::white), 1.0);
        for (const QPalette& palette : {dark, light}) {
            const QColor window = palette.color(QPalette::Window);
            const QColor base = palette.color(QPalette::Base);
            QVERIFY(ThemeColors::contrastRatio(ThemeColors::errorText(palette), window) >= 4.5);
            QVERIFY(ThemeColors::contrastRatio(ThemeColors::errorText(palette), base) >= 4.5);
            for (const ThemeColors::Badge& badge :
                 {ThemeColors::positiveBadge(palette), ThemeColors::warningBadge(palette),
                  ThemeColors::readOnlyBadge(palette)})
                QVERIFY(ThemeColors::contrastRatio(badge.foreground, badge.background) >= 4.5);
            // The status colours the workbench writes text in follow the application palette.
            const QPalette original = QApplication::palette();
            QApplication::setPalette(palette);
            for (const char* verdict : {"conform", "nonconform", "not-audited", "pending"}) {
                const QColor color = WorkbenchLabels::verdictColor(QLatin1String(verdict));
                QVERIFY2(ThemeColors::contrastRatio(color, window) >= 4.5, verdict);
                QVERIFY2(ThemeColors::contrastRatio(color, base) >= 4.5, verdict);
            }
            for (const char* grade : {"major", "minor", "area-of-concern", "observation", "ofi", "positive"})
                QVERIFY2(ThemeColors::contrastRatio(WorkbenchLabels::gradeColor(QLatin1String(grade)), base) >= 4.5,
                         grade);
            QApplication::setPalette(original);
        }
        // Hue is kept: an error red made readable on black is still a red.
        const QColor red = ThemeColors::readableOn(QColor(0xb0, 0x00, 0x20), Qt::black);
        QVERIFY(ThemeColors::contrastRatio(red, Qt::black) >= 4.5);
        QVERIFY(red.red() > 2 * red.green());
    }

    void darkPaletteKeepsPaintedTextReadable()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(darkPalette());
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QStringList poor;
        // Every cell of every table of the ISO demo's pages and the SOC 2 demo's: the text colour a model asks for
        // against the background it asks for (or the view's base).
        for (QAction* demo : {window.menus()->openSoc2Demo, window.menus()->openDemo}) {
            demo->trigger();
            for (const QString& key : window.paneKeys()) {
                window.showPane(key);
                for (QAbstractItemView* view : window.currentPane()->findChildren<QAbstractItemView*>()) {
                    QAbstractItemModel* model = view->model();
                    if (!model || qobject_cast<QHeaderView*>(view))
                        continue;
                    const QColor base = view->palette().color(QPalette::Base);
                    const QColor plain = view->palette().color(QPalette::Text);
                    for (const QModelIndex& index : cellsOf(model))
                        if (const QString problem = poorContrast(index, base, plain); !problem.isEmpty())
                            poor << QStringLiteral("%1 %2: %3").arg(key, view->objectName(), problem);
                }
            }
        }
        // The heat map's numbers on its cells.
        window.showPane(QStringLiteral("risks"));
        HeatMapWidget* map = qobject_cast<RiskPane*>(window.currentPane())->heatMap();
        for (int l = 1; l <= map->scheme().likelihoodCount(); ++l)
            for (int i = 1; i <= map->scheme().impactCount(); ++i) {
                const QColor fill = map->scheme().color(l * i);
                if (ThemeColors::contrastRatio(ThemeColors::textOn(fill), fill) < 4.5)
                    poor << QStringLiteral("heat map cell %1x%2").arg(l).arg(i);
            }
        QApplication::setPalette(original);
        if (const QString dir = qEnvironmentVariable("ISOAUDIT_A11Y_SCREENSHOTS"); !dir.isEmpty())
            saveScreenshots(dir);
        poor.removeDuplicates();
        QVERIFY2(poor.isEmpty(), qPrintable(QLatin1Char('\n') + poor.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
