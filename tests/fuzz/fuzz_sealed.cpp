// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes through PackageCrypto::decrypt, the header and AES-GCM check of encrypted audit
// packages. Replayed over corpus/sealed by fuzz_sealed_replay. The scrypt work a header asks for is bounded by
// PackageCrypto itself; the passphrase is only tried when the header asks for little of it, so the fuzzer stays fast.
#include "package/PackageCrypto.h"

#include <cstddef>
#include <cstdint>

using namespace isoaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // Without a passphrase: the header is parsed and checked, no key is derived.
    if (PackageCrypto::decrypt(bytes, QByteArray()))
        __builtin_trap(); // nothing decrypts without a passphrase
    if (bytes.size() >= PackageCrypto::headerSize) {
        const auto byteAt = [&](int i) { return quint32(uchar(bytes.at(i))); };
        const quint32 log2N = byteAt(10);
        const quint32 r = (byteAt(11) << 24) | (byteAt(12) << 16) | (byteAt(13) << 8) | byteAt(14);
        const quint32 p = (byteAt(15) << 24) | (byteAt(16) << 16) | (byteAt(17) << 8) | byteAt(18);
        if (log2N <= 12 && r <= 4 && p <= 2)
            (void)PackageCrypto::decrypt(bytes, QByteArrayLiteral("fuzz passphrase"));
    }
    return 0;
}
