// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace isoaudit::cli {

/// A small, strict argument reader: positional arguments, `--flag`, and `--option VALUE` (or `--option=VALUE`).
/// Anything not declared is an error with a message naming it, so a typo never silently does something else.
class Arguments
{
public:
    Arguments(const QStringList& args, const QStringList& options, const QStringList& flags = {});

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    const QStringList& positional() const { return m_positional; }
    bool flag(const QString& name) const { return m_flags.contains(name); }
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    /// Reads a non-negative whole number option; nullopt and an error message when it is not one.
    std::optional<int> number(const QString& name, int fallback, QString* error) const;
    /// Reads a YYYY-MM-DD option: an invalid QDate when absent, nullopt and an error message when malformed.
    std::optional<QDate> date(const QString& name, QString* error) const
    {
        if (!has(name))
            return QDate();
        const QDate d = QDate::fromString(value(name), Qt::ISODate);
        if (!d.isValid() || value(name).size() != 10) {
            *error = QStringLiteral("--%1 must be a date written YYYY-MM-DD, not \"%2\"").arg(name, value(name));
            return std::nullopt;
        }
        return d;
    }

private:
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};

inline Arguments::Arguments(const QStringList& args, const QStringList& options, const QStringList& flags)
{
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg == QLatin1String("-o"))
            arg = QStringLiteral("--output"); // the one short option: -o FILE
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const bool hasInline = name.contains(QLatin1Char('='));
        if (hasInline) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (flags.contains(name) && !hasInline) {
            m_flags.insert(name);
        } else if (options.contains(name)) {
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                m_error = QStringLiteral("option --%1 needs a value").arg(name);
                return;
            }
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
    }
}

inline std::optional<int> Arguments::number(const QString& name, int fallback, QString* error) const
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const int n = value(name).toInt(&ok);
    if (!ok || n < 0) {
        *error = QStringLiteral("--%1 takes a whole number of 0 or more, not \"%2\"").arg(name, value(name));
        return std::nullopt;
    }
    return n;
}

} // namespace isoaudit::cli
