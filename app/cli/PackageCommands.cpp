// SPDX-License-Identifier: GPL-3.0-or-later
// `export` and `import-package`: the audit package (docs/audit-package.md) from and to an audit file.
#include "Arguments.h"
#include "Commands.h"

#include "package/AuditPackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace isoaudit::cli {

namespace {

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

} // namespace

int runExport(CliContext& c)
{
    Arguments a(c.args, { "output" });
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has("output") || a.value("output").isEmpty())
        return c.fail(QStringLiteral("usage: isoaudit-cli export FILE -o PACKAGE.json"));
    const QString auditPath = a.positional().first();
    const QString packagePath = a.value("output");
    if (sameFile(auditPath, packagePath))
        return c.fail(QStringLiteral("the package would overwrite the audit file %1; choose another -o name")
                          .arg(QDir::toNativeSeparators(auditPath)));
    auto store = AuditStore::open(auditPath, AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    if (auto ok = AuditPackage::exportToFile(*store.value(), packagePath); !ok)
        return c.fail(ok.error());
    c.out << "exported " << auditPath << " to " << packagePath << Qt::endl;
    return 0;
}

int runImportPackage(CliContext& c)
{
    Arguments a(c.args, {}, { "replace" });
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 2)
        return c.fail(QStringLiteral("usage: isoaudit-cli import-package FILE PACKAGE.json [--replace]"));
    const QString auditPath = a.positional().at(0);
    const QString packagePath = a.positional().at(1);
    const bool replace = a.flag("replace");
    if (QFileInfo::exists(auditPath) && !replace)
        return c.fail(QStringLiteral("%1 already exists; add --replace to replace it with the package")
                          .arg(QDir::toNativeSeparators(auditPath)));
    if (sameFile(auditPath, packagePath))
        return c.fail(QStringLiteral("FILE and PACKAGE.json are the same file"));
    QFile package(packagePath);
    if (!package.open(QIODevice::ReadOnly))
        return c.fail(
            QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(packagePath), package.errorString()));
    const QByteArray json = package.readAll();
    package.close();
    QStringList warnings;
    auto store = AuditPackage::importToFile(auditPath, json, replace, &warnings);
    if (!store)
        return c.fail(QStringLiteral("cannot import %1: %2").arg(QDir::toNativeSeparators(packagePath), store.error()));
    for (const QString& warning : warnings)
        c.err << "isoaudit-cli: warning: " << warning << "\n";
    c.err.flush();
    c.out << "imported " << packagePath << " into " << auditPath << Qt::endl;
    return 0;
}

} // namespace isoaudit::cli
