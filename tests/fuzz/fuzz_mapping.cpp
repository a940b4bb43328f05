// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes as a saved column mapping (`isoaudit import --mapping FILE`), parsed as
// ColumnMapper::loadFile does and applied to a small table of each kind. Replayed over corpus/mapping.
#include "import/ColumnMapper.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace isoaudit;

namespace {

SheetTable table()
{
    SheetTable t;
    t.name = QStringLiteral("fuzz");
    t.rows << QVariantList{QStringLiteral("Risk register"), QString()}
           << QVariantList{QStringLiteral("ID"),      QStringLiteral("Title"),      QStringLiteral("Likelihood"),
                           QStringLiteral("Control"), QStringLiteral("Applicable"), QStringLiteral("Finding")}
           << QVariantList{QStringLiteral("R-1"),   QStringLiteral("Lost laptop"), 3,
                           QStringLiteral("A.5.1"), QStringLiteral("yes"),         QString()};
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    static const SheetTable sheet = table();
    for (auto kind : {TableKind::Risks, TableKind::Soa, TableKind::Findings, TableKind::Actions}) {
        auto mapping = ColumnMapper::fromJson(kind, sheet, doc.object());
        if (mapping && mapping->headerRow >= 0)
            (void)mapping->toJson(ColumnMapper::headers(sheet, mapping->headerRow));
    }
    return 0;
}
