// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up floor: a QMainWindow with a label, quitting right after its first paint (as isoaudit
// --quit-when-shown does), so the difference to IsoAudit's start is what IsoAudit itself adds.

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

/// Quits the application on the first paint event anywhere.
class FirstPaintQuit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint cpu-ms %.1f\n", double(std::clock()) * 1000.0 / CLOCKS_PER_SEC); // as isoaudit
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("minimal"), &window));
    window.resize(1366, 768);
    app.installEventFilter(new FirstPaintQuit(&app));
    window.show();
    return app.exec();
}
