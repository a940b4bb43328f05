// SPDX-License-Identifier: GPL-3.0-or-later
// The passphrase of an encrypted package: from a named environment variable, or typed at the terminal with echo off.
#pragma once

#include "Arguments.h"
#include "CliContext.h"

#include <QByteArray>

#include <optional>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <termios.h>
#include <unistd.h>
#endif

namespace isoaudit::cli {

/// Reads one line from the controlling terminal without echo; nullopt when there is no terminal.
inline std::optional<QByteArray> readHidden(const char* prompt)
{
#ifdef Q_OS_UNIX
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios saved{};
    if (tcgetattr(fd, &saved) != 0) {
        std::fclose(tty);
        return std::nullopt;
    }
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fd, TCSAFLUSH, &silent);
    std::fputs(prompt, tty);
    std::fflush(tty);
    QByteArray line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.append(char(c));
    tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    return line;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

/// The passphrase for --pass-env VAR, or asked at the terminal (twice when `confirm`). On failure, `error` says why.
inline std::optional<QByteArray> passphrase(const Arguments& a, bool confirm, QString* error)
{
    if (a.has(QStringLiteral("pass-env"))) {
        const QString variable = a.value(QStringLiteral("pass-env"));
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
            *error = QStringLiteral("the environment variable %1 (--pass-env) is not set").arg(variable);
            return std::nullopt;
        }
        const QByteArray value = qgetenv(variable.toLocal8Bit().constData());
        if (value.isEmpty()) {
            *error = QStringLiteral("the environment variable %1 (--pass-env) is empty").arg(variable);
            return std::nullopt;
        }
        return value;
    }
    auto first = readHidden("Passphrase: ");
    if (!first) {
        *error = QStringLiteral("there is no terminal to ask for the passphrase; use --pass-env VAR");
        return std::nullopt;
    }
    if (first->isEmpty()) {
        *error = QStringLiteral("the passphrase is empty");
        return std::nullopt;
    }
    if (confirm) {
        auto second = readHidden("Passphrase again: ");
        if (!second || *second != *first) {
            *error = QStringLiteral("the two passphrases differ");
            return std::nullopt;
        }
    }
    return first;
}

} // namespace isoaudit::cli
