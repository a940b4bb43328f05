// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ControlMatrixValues.h"

#include "catalog/Catalogs.h"
#include "domain/RecordKind.h"
#include "domain/ValueLabels.h"
#include "import/ColumnMapper.h"

#include <QHash>
#include <QRegularExpression>

namespace isoaudit {

namespace {

using WordTable = QHash<QString, QString>; // normalised word -> value

/// The synonyms of each value, then every label the label table gives it in every language (unless a synonym
/// already claims the word).
WordTable table(ValueList list, const QList<std::pair<QString, QStringList>>& groups)
{
    WordTable t;
    for (const auto& [value, words] : groups) {
        for (const QString& w : words)
            t.insert(ColumnMapper::normalize(w), value);
    }
    for (const QString& value : ValueLabels::values(list)) {
        for (const QString& label : ValueLabels::importSpellings(list, value)) {
            const QString key = ColumnMapper::normalize(label);
            if (!key.isEmpty() && !t.contains(key))
                t.insert(key, value);
        }
    }
    return t;
}

} // namespace

Result<QString> ControlMatrixValues::frequency(const QString& text)
{
    static const WordTable words = table(
        ValueList::ControlFrequency,
        {
            {"annual", {"annual", "annually", "yearly", "once a year", "arlig", "aarlig", "jahrlich", "jaehrlich"}},
            {"quarterly",
             {"quarterly", "every quarter", "once a quarter", "kvartalsvis", "vierteljahrlich", "quartalsweise",
              "quartalsmassig"}},
            {"monthly", {"monthly", "every month", "once a month", "manedlig", "maanedlig", "monatlich"}},
            {"weekly", {"weekly", "every week", "once a week", "ugentlig", "ugentligt", "wochentlich"}},
            {"daily", {"daily", "every day", "once a day", "daglig", "dagligt", "taglich", "taeglich"}},
            {"multiple-daily",
             {"several times a day", "multiple times per day", "multiple times a day", "many times a day",
              "several times daily", "multiple daily", "flere gange dagligt", "flere gange om dagen",
              "mehrmals taglich", "mehrmals am tag"}},
            {"as-needed",
             {"as needed", "ad hoc", "adhoc", "event driven", "event based", "on demand", "when needed", "as required",
              "upon occurrence", "efter behov", "ved behov", "bei bedarf", "anlassbezogen", "ereignisgesteuert"}},
        });
    const QString n = ColumnMapper::normalize(text);
    if (const auto found = words.constFind(n); found != words.cend())
        return found.value();
    static const QStringList continuous
        = {"continuous", "continuously", "real time",    "realtime",       "ongoing", "automated", "automatic",
           "always",     "lobende",      "kontinuerlig", "kontinuierlich", "laufend", "permanent"};
    if (continuous.contains(n))
        return Error{tr("\"%1\" does not say how often the control operates, which is what a sample is sized by; "
                        "it is not imported: the control keeps its frequency (a new control starts as \"as needed\") "
                        "until you choose one (record an automated control as automated).")
                         .arg(text.trimmed())};
    return Error{tr("\"%1\" is not a frequency IsoAudit can read without guessing (annual, quarterly, monthly, "
                    "weekly, daily, several times a day, as needed); it is not imported: the control keeps its "
                    "frequency (a new control starts as \"as needed\") until you choose one.")
                     .arg(text.trimmed())};
}

Result<QString> ControlMatrixValues::automation(const QString& text)
{
    static const WordTable words
        = table(ValueList::ControlAutomation,
                {
                    {"manual", {"manual", "manually", "manuel", "manuelt", "manuell", "m", "human"}},
                    {"automated",
                     {"automated", "automatic", "auto", "system", "system based", "it automated", "automatisk",
                      "automatiseret", "automatisiert", "automatisch", "a"}},
                });
    const QString n = ColumnMapper::normalize(text);
    if (const auto found = words.constFind(n); found != words.cend())
        return found.value();
    return Error{tr("\"%1\" is neither manual nor automated (an IT-dependent manual or semi-automated control is "
                    "yours to classify); it is not imported: the control keeps its classification (a new control "
                    "starts as manual) until you choose one.")
                     .arg(text.trimmed())};
}

QStringList ControlMatrixValues::criteriaWords(const QString& text)
{
    // "CC 6.1" -> "CC6.1": a space between the series letters and the number is common in hand-typed matrices.
    static const QRegularExpression gap(QStringLiteral("\\b([A-Za-z]{1,2})\\s+(\\d)"));
    static const QRegularExpression separators(QStringLiteral("[,;/\\s|]+"));
    QString joined = text;
    joined.replace(gap, QStringLiteral("\\1\\2"));
    QStringList words;
    for (QString word : joined.split(separators, Qt::SkipEmptyParts)) {
        word = word.toUpper();
        while (word.endsWith(QLatin1Char('.')))
            word.chop(1);
        if (!word.isEmpty())
            words << word;
    }
    return words;
}

QStringList ControlMatrixValues::criteria(const QString& text, QStringList* problems)
{
    const Catalog* catalog = Catalogs::find(Catalogs::soc2FrameworkId());
    QStringList ids;
    for (const QString& word : criteriaWords(text)) {
        if (catalog && catalog->criterion(word)) {
            if (!ids.contains(word))
                ids << word;
            continue;
        }
        if (problems)
            *problems << tr("\"%1\" is not a Trust Services Criterion; it is not linked.").arg(word);
    }
    if (ids.isEmpty() && problems && problems->isEmpty())
        *problems << tr("The cell names no Trust Services Criterion.");
    return ids;
}

} // namespace isoaudit
