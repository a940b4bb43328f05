// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes through PackageReader, the strict reader of audit packages (`isoaudit import`).
// Built as a fuzzer with -DISOAUDIT_FUZZ=ON (clang); replayed over corpus/package by fuzz_package_replay.
#include "package/PackageReader.h"

#include <cstddef>
#include <cstdint>

using namespace isoaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto contents = PackageReader::read(bytes);
    if (!contents) {
        // Every refusal is one readable line, whatever the input held.
        const QString line = PackageReader::oneLine(contents.error());
        if (line.contains(QLatin1Char('\n')))
            __builtin_trap();
        return 0;
    }
    for (const Record& record : contents->records)
        (void)record.kind;
    return 0;
}
