// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace isoaudit {

/// The demo audit shipped inside the binaries (resources/demo/demo-audit.json, written by scripts/make-demo.py): a
/// fictitious Danish payment institution's Stage 2 audit, in progress, with findings of every grade and risk register
/// problems for the cross-checks to find. It is imported into an ordinary audit file so that people can try the
/// application on realistic data and start over whenever they like.
class DemoAudit
{
    Q_DECLARE_TR_FUNCTIONS(DemoAudit)

public:
    /// The name of the demo's audit file inside the directory given below.
    static QString fileName();
    /// The path of the demo audit in `directory`, importing it first if the file does not exist yet. An existing file
    /// is left as it is, with the user's changes.
    static Result<QString> ensure(const QString& directory);
    /// Replaces the demo audit in `directory` with a fresh copy; on failure the existing file is untouched.
    static Result<QString> resetCopy(const QString& directory);
    /// The embedded package.
    static Result<QByteArray> package();

private:
    static Result<QString> import(const QString& directory, bool replace);
};

} // namespace isoaudit
