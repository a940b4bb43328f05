// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace isoaudit {

class GeneratorRandom;

/// Stand-in files for generated evidence: the MIME types auditors attach most (scanned documents, screenshots,
/// spreadsheets, exports, logs) and content of any size that starts like a real file of that type, so viewers and
/// exports treat it like the real thing.
class SyntheticAttachment
{
public:
    struct Type
    {
        QString mimeType;
        QString extension;
    };

    static const QList<Type>& types();
    /// `size` bytes of content for the MIME type; text types get dated export lines from the year before `until`.
    static QByteArray content(GeneratorRandom& random, const QString& mimeType, qint64 size, const QDate& until);
};

} // namespace isoaudit
