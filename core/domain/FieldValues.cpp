// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/FieldValues.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit {

Result<QVariant> FieldValues::normalize(const KindInfo& kind, const FieldInfo& field, const QVariant& value)
{
    const bool isNull = !value.isValid() || value.isNull();
    // Only a refusal names the field: built for every value, the name was a tenth of an import's checks.
    const auto name = [&] { return kind.displayName + QLatin1Char('.') + field.jsonName; };
    switch (field.type) {
    case FieldType::Text: {
        const QString text = isNull ? QString() : value.toString();
        if (field.required && text.trimmed().isEmpty())
            return Error{tr("%1 must not be empty.").arg(name())};
        return QVariant(text);
    }
    case FieldType::Integer: {
        if (isNull || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            return QVariant();
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || (value.typeId() == QMetaType::Double && value.toDouble() != double(number)))
            return Error{tr("%1 must be a whole number, not \"%2\".").arg(name(), value.toString())};
        if (field.maximum > field.minimum && (number < field.minimum || number > field.maximum))
            return Error{tr("%1 must be between %2 and %3, not %4.")
                             .arg(name())
                             .arg(field.minimum)
                             .arg(field.maximum)
                             .arg(number)};
        return QVariant(number);
    }
    case FieldType::Boolean:
        if (value.typeId() == QMetaType::QString) {
            const QString s = value.toString();
            if (s != QLatin1String("true") && s != QLatin1String("false") && s != QLatin1String("1")
                && s != QLatin1String("0"))
                return Error{tr("%1 must be true or false, not \"%2\".").arg(name(), s)};
            return QVariant(s == QLatin1String("true") || s == QLatin1String("1"));
        }
        return QVariant(isNull ? false : value.toBool());
    case FieldType::Date: {
        if (isNull || value.toString().isEmpty())
            return QVariant();
        const QString text = value.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            return Error{tr("%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(name(), text)};
        return QVariant(text);
    }
    case FieldType::DateTime: {
        if (isNull || value.toString().isEmpty())
            return QVariant();
        const QString text = value.toString();
        if (!QDateTime::fromString(text, Qt::ISODate).isValid())
            return Error{
                tr("%1 must be a date and time in ISO 8601 (YYYY-MM-DDThh:mm), not \"%2\".").arg(name(), text)};
        return QVariant(text);
    }
    case FieldType::Enum: {
        if (isNull || (field.nullable && value.toString().isEmpty())) {
            if (field.nullable)
                return QVariant();
            return Error{tr("%1 must be one of: %2.").arg(name(), field.values.join(QLatin1String(", ")))};
        }
        const QString text = value.toString();
        if (!field.values.contains(text))
            return Error{
                tr("%1 must be one of: %2; \"%3\" is not.").arg(name(), field.values.join(QLatin1String(", ")), text)};
        return QVariant(text);
    }
    case FieldType::Json: {
        QJsonDocument document;
        if (value.typeId() == QMetaType::QJsonArray)
            document = QJsonDocument(value.toJsonArray());
        else if (value.typeId() == QMetaType::QJsonObject)
            document = QJsonDocument(value.toJsonObject());
        else {
            QJsonParseError error;
            document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError)
                return Error{tr("%1 is not valid JSON: %2.").arg(name(), error.errorString())};
        }
        return QVariant(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
    }
    case FieldType::Blob:
        return isNull ? QVariant(QByteArray()) : QVariant(value.toByteArray());
    }
    return value;
}

} // namespace isoaudit
