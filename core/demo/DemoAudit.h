// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace isoaudit {

/// The demo audits shipped inside the binaries, each an audit package imported into an ordinary audit file so that
/// people can try the application on realistic data and start over whenever they like:
/// - Iso27001 (resources/demo/demo-audit.json, written by scripts/make-demo.py): a fictitious Danish payment
///   institution's Stage 2 audit, in progress, with findings of every grade and risk register problems for the
///   cross-checks to find;
/// - Soc2 (resources/demo/demo-soc2.json, written by scripts/make-soc2-demo.py): a fictitious SaaS company's SOC 2
///   Type 2 engagement, tested, with two exceptions and a carved-out subservice organization.
class DemoAudit
{
    Q_DECLARE_TR_FUNCTIONS(DemoAudit)

public:
    enum class Which { Iso27001, Soc2 };

    /// The name of the demo's audit file inside the directory given below.
    static QString fileName(Which which = Which::Iso27001);
    /// The path of the demo audit in `directory`, importing it first if the file does not exist yet. An existing file
    /// is left as it is, with the user's changes.
    static Result<QString> ensure(const QString& directory, Which which = Which::Iso27001);
    /// Replaces the demo audit in `directory` with a fresh copy; on failure the existing file is untouched.
    static Result<QString> resetCopy(const QString& directory, Which which = Which::Iso27001);
    /// The embedded package.
    static Result<QByteArray> package(Which which = Which::Iso27001);

private:
    static Result<QString> import(const QString& directory, Which which, bool replace);
};

} // namespace isoaudit
