// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/SyntheticAttachment.h"

#include "generate/GeneratorRandom.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace isoaudit {

const QList<SyntheticAttachment::Type>& SyntheticAttachment::types()
{
    static const QList<Type> types = {{"application/pdf", "pdf"},
                                      {"image/png", "png"},
                                      {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
                                      {"text/csv", "csv"},
                                      {"text/plain", "txt"}};
    return types;
}

QByteArray SyntheticAttachment::content(GeneratorRandom& random, const QString& mimeType, qint64 size,
                                        const QDate& until)
{
    QByteArray data;
    if (mimeType.startsWith(QLatin1String("text/"))) {
        data.reserve(size + 128);
        const char* separator = mimeType == QLatin1String("text/csv") ? ";" : " ";
        for (int row = 1; data.size() < size; ++row) {
            data += until.addDays(-random.below(365)).toString(Qt::ISODate).toLatin1() + separator + "ticket-"
                + QByteArray::number(row) + separator + (random.below(20) == 0 ? "rejected" : "approved") + separator
                + QByteArray::number(random.word(), 16) + "\n";
        }
        data.truncate(size);
        return data;
    }
    std::vector<quint32> words(size_t((size + 3) / 4));
    random.fill(words.data(), qsizetype(words.size()));
    data.resize(size);
    std::memcpy(data.data(), words.data(), size_t(size));
    QByteArray header;
    if (mimeType == QLatin1String("application/pdf"))
        header = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    else if (mimeType == QLatin1String("image/png"))
        header = "\x89PNG\r\n\x1a\n";
    else
        header = QByteArray("PK\x03\x04", 4); // Office Open XML files are zip archives
    std::memcpy(data.data(), header.constData(), size_t(std::min<qint64>(header.size(), size)));
    return data;
}

} // namespace isoaudit
