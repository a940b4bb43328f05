// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace isoaudit::cli {

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {"new", "new FILE --client NAME --type TYPE --lead NAME [--scope TEXT] [--start YYYY-MM-DD --end YYYY-MM-DD]",
         runNew},
        {"info", "info FILE", runInfo},
        {"catalog", "catalog [--format tsv|json]", runCatalog},
        {"export", "export FILE -o PACKAGE.json", runExport},
        {"import-package", "import-package FILE PACKAGE.json [--replace]", runImportPackage},
        {"generate", "generate FILE --risks N --interviews N --findings N --evidence N [--attachments-mb N]",
         runGenerate},
    };
    return all;
}

} // namespace isoaudit::cli
