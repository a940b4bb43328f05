// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes through the PDF parser and signature checks behind `isoaudit verify`
// (PdfStructure, PdfVerifier, which scans a damaged file for signature dictionaries and checks CMS blobs).
// Replayed over corpus/pdf by fuzz_pdf_replay.
#include "signing/PdfStructure.h"
#include "signing/PdfVerifier.h"

#include <cstddef>
#include <cstdint>

using namespace isoaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)PdfStructure::parse(bytes);
    auto verification = PdfVerifier::verify(bytes);
    if (verification) {
        (void)verification->problems();
        (void)verification->ok();
    }
    return 0;
}
