// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The check behind tst_reportwording: what of a report written in Danish, German, Dutch or French is still English
// or still a stored spelling. The report's text minus the audit's own data (the auditor's and the client's words,
// the catalogues' clause, control and criteria titles, which stay English) must contain no "Annex A", no ISO
// date (2026-11-26), no stored enum spelling ("do-not-recommend", "not-sampled") and no whole text that is the
// English source of a message the language's catalogue translates. French text joined in code must carry French
// spacing before ; : ? !

#include "catalog/Catalog.h"
#include "catalog/Catalogs.h"
#include "domain/RecordKind.h"
#include "domain/ValueLabels.h"
#include "report/ReportDocument.h"
#include "storage/AuditStore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace reportwording {

using namespace isoaudit;

/// Every text of a report: title, running header and footer, paragraphs, headings and table cells.
inline QStringList texts(const ReportDocument& doc)
{
    QStringList all{doc.title, doc.headerLeft, doc.headerRight, doc.footerReport};
    for (const ReportBlock& block : doc.blocks) {
        all << block.text << block.heatMap.title;
        for (const ReportCell& cell : block.table.header)
            all << cell.text;
        for (const ReportRow& row : block.table.rows) {
            for (const ReportCell& cell : row.cells)
                all << cell.text;
        }
    }
    all.removeAll(QString());
    return all;
}

/// The audit's own words: every free-text value of every record (JSON values opened up), and the catalogue's
/// titles. Stored dates, enum spellings, numbers and flags are not the auditor's words: the report must write them
/// itself, so they stay in the checked text. Longest first, so that removing them never leaves the end of a longer
/// one behind.
inline QStringList dataTexts(const AuditStore& store)
{
    QSet<QString> words;
    std::function<void(const QJsonValue&)> collect = [&](const QJsonValue& v) {
        if (v.isString())
            words.insert(v.toString());
        for (const auto& item : v.toArray())
            collect(item);
        for (const auto& item : v.toObject())
            collect(item);
    };
    for (const KindInfo& info : RecordKinds::all()) {
        auto records = store.records(info.kind);
        if (!records)
            continue;
        const QList<Record> all = records.value();
        for (const Record& record : all) {
            for (const FieldInfo& field : info.fields) {
                if (field.type != FieldType::Text && field.type != FieldType::Json)
                    continue;
                const QString text = record.text(field.column);
                words.insert(text);
                const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
                if (json.isArray())
                    collect(json.array());
                else if (json.isObject())
                    collect(json.object());
            }
        }
    }
    for (const Catalog& catalog : Catalogs::all()) { // ISO's clauses and controls, the Trust Services Criteria
        for (const auto* items : {&catalog.clauses(), &catalog.controls(), &catalog.criteria()}) {
            for (const CatalogItem& item : *items)
                words.insert(item.title);
        }
    }
    QStringList list;
    for (const QString& word : std::as_const(words)) {
        if (word.trimmed().size() >= 4) // shorter values ("1", "no") would cut into the report's own words
            list << word.trimmed();
    }
    std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return list;
}

/// Source -> translation of every finished message of the language's .ts whose translation differs from it, and
/// every translation (a text that is some message's translation is not English even when it equals a source).
struct Catalogue
{
    QHash<QString, QString> translated;
    QSet<QString> translations;
};

inline Catalogue catalogue(const QString& language)
{
    Catalogue c;
    QFile file(QStringLiteral(ISOAUDIT_SOURCE_DIR "/translations/isoaudit_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")
                   && xml.attributes().value(QLatin1String("type")).isEmpty()) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            c.translations.insert(translation.trimmed());
            if (!translation.isEmpty() && translation != source && !source.contains(QLatin1Char('%')))
                c.translated.insert(source, translation);
        }
    }
    return c;
}

/// The stored spellings a report must never print as words: every value of every list whose label in `language`
/// is not the spelling itself (Dutch "document" is both).
inline QStringList rawSpellings(const QString& language)
{
    QStringList spellings;
    for (ValueList list : ValueLabels::lists()) {
        if (list == ValueList::AnnexATheme || list == ValueList::Framework)
            continue; // the themes are stored as English words; framework ids are never shown
        for (const QString& value : ValueLabels::values(list)) {
            if (value.size() < 4)
                continue;
            // A spelling that is also a word of the value's label ("expert" in Dutch "Technisch expert") is not a
            // leftover.
            const QRegularExpression asWord(
                QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(value)),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            bool spelledAsLabel = false;
            for (LabelForm form : {LabelForm::Display, LabelForm::Report, LabelForm::Short, LabelForm::Plural})
                spelledAsLabel = spelledAsLabel || ValueLabels::labelIn(language, list, value, form).contains(asWord);
            if (!spelledAsLabel && !spellings.contains(value))
                spellings << value;
        }
    }
    return spellings;
}

/// What is left of the report's own words in `texts` that a reader of `language` would stumble over, one line
/// each: "Annex A", ISO dates, stored spellings, untranslated messages, French spacing.
inline QStringList leftovers(const QStringList& texts, const QString& language, const QStringList& data,
                             const Catalogue& catalogue)
{
    static const QRegularExpression annexA(QStringLiteral("\\bAnnex A\\b"));
    static const QRegularExpression isoDate(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
    static const QRegularExpression plainSpaceBefore(QStringLiteral("\\w ([;:?!])(\\s|$)"),
                                                     QRegularExpression::UseUnicodePropertiesOption);
    QStringList alternatives;
    for (const QString& spelling : rawSpellings(language))
        alternatives << QRegularExpression::escape(spelling);
    const QRegularExpression spelled(
        QStringLiteral("(?<![\\w-])(%1)(?![\\w-])").arg(alternatives.join(QLatin1Char('|'))),
        QRegularExpression::UseUnicodePropertiesOption);
    // The data is cut out of all texts at once (a separator no text contains keeps them apart).
    const QChar separator(0x0001);
    QString joined = texts.join(separator);
    for (const QString& word : data)
        joined.replace(word, QStringLiteral("\u2026"));
    const QStringList own = joined.split(separator);
    QStringList found;
    for (qsizetype i = 0; i < own.size() && i < texts.size(); ++i) {
        const QString& text = own.at(i);
        const QString shown = texts.at(i).left(90).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (text.contains(annexA))
            found << QStringLiteral("\"Annex A\" in: %1").arg(shown);
        if (text.contains(isoDate))
            found << QStringLiteral("ISO date in: %1").arg(shown);
        if (const auto m = spelled.match(text); !alternatives.isEmpty() && m.hasMatch())
            found << QStringLiteral("stored spelling \"%1\" in: %2").arg(m.captured(1), shown);
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            // A section's Roman numeral (the SOC 2 report's I-V) is no language's word, though "I" is also the
            // editor's Italic button, which German and Danish label "K".
            static const QRegularExpression romanNumeral(QStringLiteral("^[IVX]+$"));
            if (romanNumeral.match(t).hasMatch())
                continue;
            if (catalogue.translated.contains(t) && !catalogue.translations.contains(t))
                found << QStringLiteral("English \"%1\"").arg(t);
        }
        if (language == QLatin1String("fr")) {
            if (const auto m = plainSpaceBefore.match(text); m.hasMatch())
                found << QStringLiteral("plain space before \"%1\" in: %2").arg(m.captured(1), shown);
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace reportwording
