// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
namespace isoaudit::cli {
int runExport(CliContext& c) { return c.fail(QStringLiteral("export: not yet available")); }
int runImportPackage(CliContext& c) { return c.fail(QStringLiteral("import-package: not yet available")); }
int runGenerate(CliContext& c) { return c.fail(QStringLiteral("generate: not yet available")); }
} // namespace isoaudit::cli
