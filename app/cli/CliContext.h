// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace isoaudit::cli {

/// Where a command writes: results to stdout, one clear line per failure to stderr. Exit codes: 0 success,
/// 1 the command ran but the answer is "no" (e.g. unmet rules), 2 bad usage or bad input.
struct CliContext
{
    QStringList args; ///< the arguments after the command name
    QTextStream& out;
    QTextStream& err;

    int fail(const QString& message, int code = 2) const
    {
        err << "isoaudit-cli: " << message << Qt::endl;
        return code;
    }
};

using CommandFunction = int (*)(CliContext&);

struct Command
{
    const char* name;
    const char* synopsis;
    CommandFunction run;
};

/// Every command, in the order `isoaudit-cli --help` lists them (Commands.cpp).
const QList<Command>& commands();

} // namespace isoaudit::cli
