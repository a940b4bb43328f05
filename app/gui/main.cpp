// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit [FILE]: the workbench. With no FILE it opens the demo audit.
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainWindow.h"

#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

/// Quits (or grabs the window) once the window has been painted for the first time.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(isoaudit::MainWindow* window, QString screenshot)
        : QObject(window)
        , m_window(window)
        , m_screenshot(std::move(screenshot))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // For the start-up benchmark (tests/benchmarks): the moment of the first paint, which the runner times
            // as this line arrives, and the CPU time used until then.
            std::printf("first-paint cpu-ms %.1f\n", double(std::clock()) * 1000.0 / CLOCKS_PER_SEC);
            std::fflush(stdout);
            QTimer::singleShot(m_screenshot.isEmpty() ? 0 : 400, this, [this] { finish(); });
        }
        return QObject::eventFilter(watched, event);
    }

public:
    /// True once it has asked the application to quit (possibly from inside a message box's event loop, before the
    /// main loop ran); main() then returns exitCode() instead of entering the main loop.
    bool finished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

private:
    void finish()
    {
        if (!m_screenshot.isEmpty() && !m_window->grab().save(m_screenshot)) {
            std::fprintf(stderr, "isoaudit: could not write %s\n", qPrintable(QDir::toNativeSeparators(m_screenshot)));
            m_exitCode = 1;
        }
        m_finished = true;
        QCoreApplication::exit(m_exitCode);
    }

    isoaudit::MainWindow* m_window;
    QString m_screenshot;
    bool m_done = false;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("IsoAudit"));
    QApplication::setOrganizationName(QStringLiteral("IsoAudit"));
    QApplication::setOrganizationDomain(QStringLiteral("isoaudit.org"));
    QApplication::setApplicationVersion(QStringLiteral(ISOAUDIT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("IsoAudit"));
    QIcon windowIcon; // packaging/icons/isoaudit.svg, rendered in the sizes window managers ask for
    for (const int size : {16, 32, 48, 64, 128, 256})
        windowIcon.addFile(QStringLiteral(":/isoaudit/appicon/isoaudit-%1.png").arg(size));
    QApplication::setWindowIcon(windowIcon);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.isoaudit.IsoAudit")); // Wayland: the menu entry
    // The UI language: --lang, else Preferences, else the system's (English where IsoAudit has no translation).
    // Read before the parser is built so that --help is translated too.
    QString language = QSettings().value(isoaudit::Translations::settingsKey()).toString();
    const QStringList rawArguments = QCoreApplication::arguments();
    if (const qsizetype at = rawArguments.indexOf(QStringLiteral("--lang")); at >= 0 && at + 1 < rawArguments.size())
        language = rawArguments.at(at + 1);
    isoaudit::Translations::installUiLanguage(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Workbench for ISO/IEC 27001 lead auditors and SOC 2 service auditors"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The .isoaudit file to open (default: the demo)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QApplication::translate("main", "Open the file read-only."));
    const QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"),
                                           QApplication::translate("main", "Quit right after the first paint."));
    const QCommandLineOption pane(QStringLiteral("screenshot-pane"),
                                  QApplication::translate("main",
                                                          "Show this page first (overview, plan, clauses, "
                                                          "soa, risks, interviews, evidence, findings, "
                                                          "report; for a SOC 2 engagement overview, "
                                                          "engagement, controls, testing, exceptions, "
                                                          "report)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main",
                                                                "Save a PNG of the window after the first "
                                                                "paint, then quit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption size(
        QStringLiteral("size"), QApplication::translate("main", "Window size, e.g. 1366x768."), QStringLiteral("WxH"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "User interface language: en, da, de, nl or fr (default: Preferences, else "
                                "the system's)."),
        QStringLiteral("CODE"));
    const QCommandLineOption soc2Demo(
        QStringLiteral("soc2-demo"),
        QApplication::translate("main", "Open the SOC 2 demo engagement instead of the ISO/IEC 27001 demo audit."));
    parser.addOptions({readOnly, quitWhenShown, pane, screenshot, size, languageOption, soc2Demo});
    parser.process(app);

    isoaudit::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    FirstPaintWatcher* watcher = nullptr;
    if (parser.isSet(quitWhenShown) || parser.isSet(screenshot)) {
        watcher = new FirstPaintWatcher(&window, parser.value(screenshot));
        app.installEventFilter(watcher);
    }
    // Shown first, so that a file that cannot be opened is reported over the window, not before it.
    window.show();
    const QStringList files = parser.positionalArguments();
    const auto mode
        = parser.isSet(readOnly) ? isoaudit::AuditDatabase::Mode::ReadOnly : isoaudit::AuditDatabase::Mode::ReadWrite;
    if (!files.isEmpty()) {
        window.openFile(files.first(), mode);
    } else {
        QString error;
        const QString demo = isoaudit::DocumentController::ensureDemo(
            &error, parser.isSet(soc2Demo) ? isoaudit::DemoAudit::Which::Soc2 : isoaudit::DemoAudit::Which::Iso27001);
        if (demo.isEmpty())
            std::fprintf(stderr, "isoaudit: %s\n", qPrintable(error));
        else
            window.openFile(demo, mode);
    }
    if (parser.isSet(pane) && !window.showPane(parser.value(pane))) {
        std::fprintf(stderr, "isoaudit: no page \"%s\"; pages: %s\n", qPrintable(parser.value(pane)),
                     qPrintable(window.paneKeys().join(QStringLiteral(", "))));
        return 2;
    }
    if (watcher && watcher->finished())
        return watcher->exitCode();
    return app.exec();
}
