// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes through XlsxReader (QuaZip container, XML parts, every sheet) and the column
// mapper. Built as a fuzzer with -DISOAUDIT_FUZZ=ON (clang); replayed over corpus/xlsx by fuzz_xlsx_replay.
#include "import/ColumnMapper.h"
#include "import/XlsxReader.h"

#include <cstddef>
#include <cstdint>

using namespace isoaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto reader = XlsxReader::openData(bytes, QStringLiteral("fuzz.xlsx"));
    if (!reader)
        return 0;
    for (const QString& name : reader->sheetNames()) {
        auto table = reader->sheet(name);
        if (!table)
            continue;
        const ColumnMapping mapping = ColumnMapper::guess(TableKind::Risks, table.value());
        if (mapping.headerRow >= 0)
            (void)ColumnMapper::headers(table.value(), mapping.headerRow);
    }
    return 0;
}
