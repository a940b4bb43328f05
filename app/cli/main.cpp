// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit-cli: the scriptable face of isoaudit-core, for batch use and for tests.
#include "CliContext.h"

#include "storage/AuditLock.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace isoaudit::cli;

int main(int argc, char** argv)
{
    // Commands that lay out text (the PDF report) need fonts, hence a QGuiApplication; the CLI never shows a
    // window, so it runs on the offscreen platform unless told otherwise.
    const bool drawsText = argc > 1 && (qstrcmp(argv[1], "export-pdf") == 0 || qstrcmp(argv[1], "sign") == 0
                                          || qstrcmp(argv[1], "export-plan") == 0);
    if (drawsText && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application
        = drawsText ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("isoaudit"));
    QCoreApplication::setOrganizationName(QStringLiteral("IsoAudit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISOAUDIT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        QTextStream& stream = args.isEmpty() ? err : out;
        stream << "usage: isoaudit-cli COMMAND [ARGS] [--break-lock]\n\ncommands:\n";
        for (const auto& command : commands())
            stream << "  " << command.synopsis << "\n";
        stream.flush();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "isoaudit-cli " << ISOAUDIT_VERSION << Qt::endl;
        return 0;
    }
    // --break-lock, accepted by every command that writes: take over an audit file another IsoAudit holds open
    // (AuditLock), for when that copy of IsoAudit is known to be gone.
    if (args.removeAll(QStringLiteral("--break-lock")) > 0)
        isoaudit::AuditLock::setBreakExisting(true);
    const QString name = args.takeFirst();
    for (const auto& command : commands()) {
        if (name == QLatin1String(command.name)) {
            CliContext context{args, out, err};
            const int code = command.run(context);
            out.flush();
            return code;
        }
    }
    err << "isoaudit-cli: unknown command \"" << name << "\" (see isoaudit-cli --help)" << Qt::endl;
    return 2;
}
