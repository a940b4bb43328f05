// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Arguments.h"

#include "domain/RecordKind.h"
#include "import/ControlMatrixValues.h"

#include <QVariantMap>

#include <optional>

namespace isoaudit::cli {

/// The option names of a record kind's fields (their package names), less those in `skip`.
inline QStringList fieldOptions(const KindInfo& kind, const QStringList& skip = {})
{
    QStringList options;
    for (const FieldInfo& field : kind.fields) {
        if (!skip.contains(field.jsonName) && field.type != FieldType::Blob && field.type != FieldType::Json)
            options << field.jsonName;
    }
    return options;
}

/// The values of the fields given as `--jsonName VALUE`, by column, read by their type: a whole number, a
/// YYYY-MM-DD date ("" clears it), yes/no/true/false/1/0 for a flag, "" clears a choice; text as given. Storage
/// checks choices and ranges and names what is wrong. nullopt and a message when a value cannot be read.
inline std::optional<QVariantMap> fieldValues(const Arguments& a, const KindInfo& kind, QString* error,
                                              const QStringList& skip = {})
{
    QVariantMap values;
    for (const FieldInfo& field : kind.fields) {
        if (skip.contains(field.jsonName) || !a.has(field.jsonName))
            continue;
        const QString text = a.value(field.jsonName);
        switch (field.type) {
        case FieldType::Integer: {
            if (text.isEmpty()) {
                values.insert(field.column, QVariant());
                break;
            }
            const auto number = a.number(field.jsonName, 0, error);
            if (!number)
                return std::nullopt;
            values.insert(field.column, *number);
            break;
        }
        case FieldType::Date: {
            if (text.isEmpty()) {
                values.insert(field.column, QVariant());
                break;
            }
            const auto date = a.date(field.jsonName, error);
            if (!date)
                return std::nullopt;
            values.insert(field.column, date->toString(Qt::ISODate));
            break;
        }
        case FieldType::Boolean: {
            const QString word = text.toLower();
            if (word == QLatin1String("yes") || word == QLatin1String("true") || word == QLatin1String("1"))
                values.insert(field.column, true);
            else if (word == QLatin1String("no") || word == QLatin1String("false") || word == QLatin1String("0"))
                values.insert(field.column, false);
            else {
                *error = QStringLiteral("--%1 takes yes or no, not \"%2\"").arg(field.jsonName, text);
                return std::nullopt;
            }
            break;
        }
        case FieldType::Enum:
            values.insert(field.column, text.isEmpty() ? QVariant() : QVariant(text));
            break;
        default:
            values.insert(field.column, text);
            break;
        }
    }
    return values;
}

/// The Trust Services Criteria an option names ("CC6.1, CC6.2 A1.2", read as the control-matrix importer reads a
/// criteria cell); "" names none. nullopt and a message naming the first word that is not a criterion.
inline std::optional<QStringList> criteriaArgument(const QString& text, QString* error)
{
    if (text.trimmed().isEmpty())
        return QStringList();
    QStringList problems;
    const QStringList ids = ControlMatrixValues::criteria(text, &problems);
    if (!problems.isEmpty()) {
        *error = problems.first() + QStringLiteral(" (see `isoaudit-cli catalog --framework soc2-2017`)");
        return std::nullopt;
    }
    return ids;
}

} // namespace isoaudit::cli
