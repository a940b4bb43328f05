// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoAudit.h"

#include "package/AuditPackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace isoaudit {

namespace {

QString resourcePath(DemoAudit::Which which)
{
    return which == DemoAudit::Which::Soc2 ? QStringLiteral(":/isoaudit/demo/demo-soc2.json")
                                           : QStringLiteral(":/isoaudit/demo/demo-audit.json");
}

} // namespace

QString DemoAudit::fileName(Which which)
{
    return which == Which::Soc2 ? QStringLiteral("Kestrel-Analytics-SOC2-Type2-demo.isoaudit")
                                : QStringLiteral("Nordlys-Betalinger-Stage2-demo.isoaudit");
}

Result<QByteArray> DemoAudit::package(Which which)
{
    const QString resource = resourcePath(which);
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The demo audit is missing from this build of IsoAudit (%1).").arg(resource)};
    return file.readAll();
}

Result<QString> DemoAudit::ensure(const QString& directory, Which which)
{
    const QString path = QDir(directory).filePath(fileName(which));
    if (QFileInfo::exists(path))
        return path;
    return import(directory, which, false);
}

Result<QString> DemoAudit::resetCopy(const QString& directory, Which which)
{
    return import(directory, which, true);
}

Result<QString> DemoAudit::import(const QString& directory, Which which, bool replace)
{
    if (directory.isEmpty())
        return Error{tr("No folder was given for the demo audit.")};
    if (!QDir().mkpath(directory))
        return Error{
            tr("The folder %1 for the demo audit cannot be created.").arg(QDir::toNativeSeparators(directory))};
    auto json = package(which);
    if (!json)
        return Error{json.error()};
    const QString path = QDir(directory).filePath(fileName(which));
    auto imported = AuditPackage::importToFile(path, json.value(), replace);
    if (!imported)
        return Error{tr("The demo audit could not be created in %1: %2")
                         .arg(QDir::toNativeSeparators(directory), imported.error())};
    return path;
}

} // namespace isoaudit
