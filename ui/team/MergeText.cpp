// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/MergeText.h"

#include "domain/ValueLabels.h"
#include "workbench/WorkbenchLabels.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace isoaudit {

QString MergeText::fieldName(const QString& column)
{
    QString words = column;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString MergeText::value(RecordKind kind, const QString& column, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const FieldInfo* field = RecordKinds::info(kind).field(column);
    if (!field)
        return value.toString();
    switch (field->type) {
    case FieldType::Enum: {
        // The SoA's verdict is a control verdict; every other enum column names its list itself.
        const QString list = kind == RecordKind::SoaEntry && column == QLatin1String("verdict")
            ? QStringLiteral("control_verdict")
            : column;
        return WorkbenchLabels::label(list, value.toString());
    }
    case FieldType::Boolean:
        return ValueLabels::label(ValueList::Confirmation,
                                  value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
    case FieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : value.toString();
    }
    case FieldType::DateTime: {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : value.toString();
    }
    case FieldType::Blob: {
        const QByteArray bytes = value.toByteArray();
        return bytes.isEmpty() ? QString() : tr("A file of %1").arg(QLocale().formattedDataSize(bytes.size()));
    }
    case FieldType::Json:
        if (value.userType() == QMetaType::QString || value.userType() == QMetaType::QByteArray)
            return value.toString();
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    case FieldType::Text:
    case FieldType::Integer:
        break;
    }
    return value.toString();
}

QString MergeText::author(const MergeAuthor& author)
{
    if (author.who.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(author.at, Qt::ISODateWithMs);
    if (!at.isValid())
        return author.who;
    return tr("%1, %2").arg(author.who, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

QString MergeText::authorOf(const QHash<QString, MergeAuthor>& by, const QString& column)
{
    const auto it = by.constFind(column);
    if (it != by.cend() && !it->who.isEmpty())
        return author(*it);
    return author(by.value(QString()));
}

QString MergeText::outcome(RecordMergeResult::Outcome outcome)
{
    switch (outcome) {
    case RecordMergeResult::Outcome::Unchanged:
        return tr("Unchanged");
    case RecordMergeResult::Outcome::Insert:
        return tr("Added");
    case RecordMergeResult::Outcome::Update:
        return tr("Changed");
    case RecordMergeResult::Outcome::Remove:
        return tr("Deleted");
    case RecordMergeResult::Outcome::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString MergeText::kindName(RecordKind kind)
{
    return RecordKinds::label(kind);
}

QString MergeText::copyName(const QString& member)
{
    return member.isEmpty() ? tr("The copy") : tr("%1's copy").arg(member);
}

} // namespace isoaudit
