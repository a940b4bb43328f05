// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoAudit.h"

#include "package/AuditPackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace isoaudit {

namespace {

const QString resourcePath = QStringLiteral(":/isoaudit/demo/demo-audit.json");

} // namespace

QString DemoAudit::fileName()
{
    return QStringLiteral("Nordlys-Betalinger-Stage2-demo.isoaudit");
}

Result<QByteArray> DemoAudit::package()
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The demo audit is missing from this build of IsoAudit (%1).").arg(resourcePath)};
    return file.readAll();
}

Result<QString> DemoAudit::ensure(const QString& directory)
{
    const QString path = QDir(directory).filePath(fileName());
    if (QFileInfo::exists(path))
        return path;
    return import(directory, false);
}

Result<QString> DemoAudit::resetCopy(const QString& directory)
{
    return import(directory, true);
}

Result<QString> DemoAudit::import(const QString& directory, bool replace)
{
    if (directory.isEmpty())
        return Error{tr("No folder was given for the demo audit.")};
    if (!QDir().mkpath(directory))
        return Error{
            tr("The folder %1 for the demo audit cannot be created.").arg(QDir::toNativeSeparators(directory))};
    auto json = package();
    if (!json)
        return Error{json.error()};
    const QString path = QDir(directory).filePath(fileName());
    auto imported = AuditPackage::importToFile(path, json.value(), replace);
    if (!imported)
        return Error{tr("The demo audit could not be created in %1: %2")
                         .arg(QDir::toNativeSeparators(directory), imported.error())};
    return path;
}

} // namespace isoaudit
