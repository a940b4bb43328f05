// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes through CsvReader and the column mapper. Built as a fuzzer with
// -DISOAUDIT_FUZZ=ON (clang); replayed over corpus/csv by the plain test fuzz_csv_replay.
#include "import/ColumnMapper.h"
#include "import/CsvReader.h"

#include <cstddef>
#include <cstdint>

using namespace isoaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto table = CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!table)
        return 0;
    for (auto kind : {TableKind::Risks, TableKind::Soa, TableKind::Findings}) {
        const ColumnMapping mapping = ColumnMapper::guess(kind, table.value());
        if (mapping.headerRow >= 0)
            (void)ColumnMapper::headers(table.value(), mapping.headerRow);
    }
    for (int r = 0; r < table->rows.size(); ++r) {
        for (int c = 0; c < table->rows.at(r).size(); ++c)
            (void)table->text(r, c);
    }
    return 0;
}
