// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes written to a file and checked by AuditDatabase::checkFile, the header check that
// runs before SQLite ever opens a file someone hands us. Replayed over corpus/dbheader.
#include "storage/AuditDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace isoaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = QDir::temp().filePath(
        QStringLiteral("isoaudit-fuzz-dbheader-%1.isoaudit").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    const Status status = AuditDatabase::checkFile(path);
    if (size == 0 && status)
        __builtin_trap(); // an empty file is never an audit file
    QFile::remove(path);
    return 0;
}
