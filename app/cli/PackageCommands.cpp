// SPDX-License-Identifier: GPL-3.0-or-later
// `export` and `import-package`: the audit package (docs/audit-package.md) from and to an audit file.
#include "Arguments.h"
#include "Commands.h"
#include "Passphrase.h"

#include "package/AuditPackage.h"
#include "package/PackageCrypto.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
    Arguments a(c.args, {"output", "pass-env"}, {"encrypt"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has("output") || a.value("output").isEmpty())
        return c.fail(QStringLiteral("usage: isoaudit-cli export FILE -o PACKAGE.json [--encrypt [--pass-env VAR]]"));
    if (a.has("pass-env") && !a.flag("encrypt"))
        return c.fail(QStringLiteral("--pass-env goes with --encrypt"));
    const QString auditPath = a.positional().first();
    const QString packagePath = a.value("output");
    if (sameFile(auditPath, packagePath))
        return c.fail(QStringLiteral("the package would overwrite the audit file %1; choose another -o name")
                          .arg(QDir::toNativeSeparators(auditPath)));
    auto store = Lifecycle::open(auditPath, AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    if (a.flag("encrypt")) {
        // Sealed with AES-256-GCM under a scrypt key (core/package/PackageCrypto); written whole or not at all.
        QString why;
        const auto secret = passphrase(a, true, &why);
        if (!secret)
            return c.fail(why);
        auto bytes = AuditPackage::serialize(*store.value());
        if (!bytes)
            return c.fail(bytes.error());
        auto sealed = PackageCrypto::encrypt(bytes.value(), *secret);
        if (!sealed)
            return c.fail(sealed.error());
        QSaveFile file(packagePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(sealed.value()) != sealed->size() || !file.commit())
            return c.fail(
                QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(packagePath), file.errorString()));
        c.out << "exported " << auditPath << " to " << packagePath << " (encrypted)" << Qt::endl;
        return 0;
    }
    if (auto ok = AuditPackage::exportToFile(*store.value(), packagePath); !ok)
        return c.fail(ok.error());
    c.out << "exported " << auditPath << " to " << packagePath << Qt::endl;
    return 0;
}

int runImportPackage(CliContext& c)
{
    Arguments a(c.args, {"pass-env"}, {"replace"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 2)
        return c.fail(
            QStringLiteral("usage: isoaudit-cli import-package FILE PACKAGE.json [--replace] [--pass-env VAR]"));
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
    QByteArray json = package.readAll();
    package.close();
    if (PackageCrypto::isEncrypted(json)) {
        QString why;
        const auto secret = passphrase(a, false, &why);
        if (!secret)
            return c.fail(QStringLiteral("%1 is encrypted and %2").arg(QDir::toNativeSeparators(packagePath), why));
        auto plain = PackageCrypto::decrypt(json, *secret);
        if (!plain)
            return c.fail(
                QStringLiteral("cannot import %1: %2").arg(QDir::toNativeSeparators(packagePath), plain.error()));
        json = plain.value();
    } else if (a.has("pass-env")) {
        return c.fail(QStringLiteral("%1 is not an encrypted package; leave out --pass-env")
                          .arg(QDir::toNativeSeparators(packagePath)));
    }
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
