// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ValueNormalizer.h"

#include "import/TableExporter.h"

#include "domain/ValueLabels.h"

#include "catalog/Catalog.h"
#include "import/ColumnMapper.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace isoaudit {

namespace {

using WordTable = QHash<QString, QString>; // normalised word -> value

/// The words for each value, then what IsoAudit's own exports write for it (`exported`: every label of the value in
/// the one label table, or a yes/no word, in each of IsoAudit's languages — a Dutch export says "Beperken"), unless
/// a synonym already claims the word.
WordTable table(const QList<std::pair<QString, QStringList>>& groups,
                const std::function<QStringList(const QString&)>& exported = {})
{
    WordTable t;
    for (const auto& [value, words] : groups) {
        for (const auto& w : words)
            t.insert(ColumnMapper::normalize(w), value);
    }
    if (!exported)
        return t;
    for (const auto& [value, words] : groups) {
        for (const QString& label : exported(value)) {
            const QString key = ColumnMapper::normalize(label);
            if (!t.contains(key))
                t.insert(key, value);
        }
    }
    return t;
}

std::function<QStringList(const QString&)> labelsOf(ValueList list)
{
    return [list](const QString& value) { return ValueLabels::importSpellings(list, value); };
}

QStringList yesNoWords(const QString& value)
{
    return TableExporter::booleanSpellings(value == QLatin1String("1"));
}

/// The value for the whole text, or else for its first word ("Reduce - implement MFA").
QString lookup(const WordTable& words, const QString& text)
{
    const QString n = ColumnMapper::normalize(text);
    if (words.contains(n))
        return words.value(n);
    const QString first = n.section(QLatin1Char(' '), 0, 0);
    return words.value(first);
}

// Level words of common 3-, 4- and 5-level scales in English, Danish and German, for clients whose labels differ
// from the method's (the method may be recorded in English while the register is in Danish).
const QHash<int, WordTable>& scaleWords()
{
    static const QHash<int, WordTable> scales = {
        {3,
         table({{"1", {"low", "lav", "niedrig", "gering", "unlikely", "minor"}},
                {"2",
                 {"medium", "moderate", "middel", "mellem", "moderat", "mittel", "possible", "mulig", "moglich",
                  "möglich"}},
                {"3", {"high", "hoj", "høj", "hoch", "likely", "major", "severe"}}})},
        {4,
         table({{"1", {"low", "lav", "niedrig", "gering"}},
                {"2", {"medium", "moderate", "middel", "mellem", "moderat", "mittel"}},
                {"3", {"high", "hoj", "høj", "hoch"}},
                {"4", {"very high", "critical", "meget hoj", "meget høj", "kritisk", "sehr hoch", "kritisch"}}})},
        {5,
         table(
             {{"1",
               {"rare", "very unlikely", "very low", "insignificant", "negligible", "sjælden", "sjaelden",
                "meget usandsynlig", "meget lav", "ubetydelig", "selten", "sehr unwahrscheinlich", "sehr gering",
                "sehr niedrig", "unbedeutend", "vernachlässigbar"}},
              {"2",
               {"unlikely", "low", "minor", "usandsynlig", "lav", "mindre", "lille", "unwahrscheinlich", "gering",
                "niedrig", "klein"}},
              {"3",
               {"possible", "moderate", "medium", "mulig", "moderat", "middel", "mellem", "möglich", "mittel",
                "mäßig"}},
              {"4",
               {"likely", "high", "major", "significant", "sandsynlig", "høj", "betydelig", "alvorlig",
                "wahrscheinlich", "hoch", "erheblich", "schwer", "wesentlich"}},
              {"5", {"almost certain", "very likely", "certain",       "very high",           "severe",
                     "catastrophic",   "critical",    "næsten sikker", "meget sandsynlig",    "meget høj",
                     "kritisk",        "katastrofal", "fast sicher",   "sehr wahrscheinlich", "sicher",
                     "sehr hoch",      "kritisch",    "katastrophal",  "schwerwiegend",       "existenzbedrohend"}}})},
    };
    return scales;
}

const QHash<QString, QString>& correspondence2013()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        QFile file(QStringLiteral(":/isoaudit/catalog/iso27001-2013-to-2022.tsv"));
        if (file.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (const auto& line : lines) {
                const QStringList cols = line.trimmed().split(QLatin1Char('\t'));
                if (cols.size() >= 2 && cols.at(0).startsWith(QLatin1String("A.")))
                    m.insert(cols.at(0).mid(2), cols.at(1).trimmed());
            }
        }
        return m;
    }();
    return map;
}

} // namespace

Result<int> ValueNormalizer::level(const QVariant& value, const QStringList& labels)
{
    const int levels = labels.isEmpty() ? 5 : int(labels.size());
    auto inRange = [&](int n) -> Result<int> {
        if (n < 1 || n > levels)
            return Error{tr("%1 is outside the client's scale of 1 to %2.").arg(n).arg(levels)};
        return n;
    };
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
        const double d = value.toDouble();
        if (d != double(int(d)))
            return Error{tr("%1 is not a whole level.").arg(d)};
        return inRange(int(d));
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return Error{tr("The level is empty.")};
    const QString n = ColumnMapper::normalize(text);
    for (int i = 0; i < labels.size(); ++i) {
        if (ColumnMapper::normalize(labels.at(i)) == n)
            return i + 1;
    }
    // "4", "4 - Likely", "4 (Likely)", "4.0", "4,0"
    static const QRegularExpression leading(QStringLiteral(R"(^(\d+)(?:[.,]0+)?(?:\s*[-–:(/]|\s|$))"));
    if (const auto m = leading.match(text); m.hasMatch())
        return inRange(m.captured(1).toInt());
    if (const auto words = scaleWords().find(levels); words != scaleWords().cend()) {
        if (words->contains(n))
            return words->value(n).toInt();
    }
    return Error{tr("\"%1\" is not a level of the client's method (%2).").arg(text, labels.join(", "))};
}

QString ValueNormalizer::control2022For2013(const QString& id2013)
{
    QString key = id2013.trimmed();
    if (key.startsWith(QLatin1String("A."), Qt::CaseInsensitive))
        key = key.mid(2);
    return correspondence2013().value(key);
}

QList<ControlRef> ValueNormalizer::controls(const QString& text, QStringList* problems)
{
    QList<ControlRef> refs;
    QString t = text;
    static const QRegularExpression annex(QStringLiteral(R"(\b(?:annex|anhang|bilag)\s*a\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    t.replace(annex, QStringLiteral(" A"));
    static const QRegularExpression ref(
        QStringLiteral(R"((?<![\w.])(A\s*\.?\s*)?(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?(?!\d))"),
        QRegularExpression::CaseInsensitiveOption);
    const Catalog& catalog = Catalog::isoSpecificByNature();
    auto it = ref.globalMatch(t);
    bool any = false;
    while (it.hasNext()) {
        const auto m = it.next();
        any = true;
        const QString written = m.captured(0).trimmed();
        if (!m.captured(4).isEmpty()) {
            const QString id2013 = QStringLiteral("%1.%2.%3")
                                       .arg(m.captured(2).toInt())
                                       .arg(m.captured(3).toInt())
                                       .arg(m.captured(4).toInt());
            const QString id = control2022For2013(id2013);
            if (id.isEmpty())
                problems->append(tr("%1 is not an ISO/IEC 27001:2013 Annex A control.").arg(written));
            else if (!std::any_of(refs.cbegin(), refs.cend(), [&](const ControlRef& r) { return r.id == id; }))
                refs.append({written, id, true});
            continue;
        }
        const QString id = QStringLiteral("%1.%2").arg(m.captured(2).toInt()).arg(m.captured(3).toInt());
        if (!catalog.control(id))
            problems->append(tr("%1 is not an ISO/IEC 27001:2022 Annex A control.").arg(written));
        else if (!std::any_of(refs.cbegin(), refs.cend(), [&](const ControlRef& r) { return r.id == id; }))
            refs.append({written, id, false});
    }
    if (!any && !text.trimmed().isEmpty())
        problems->append(tr("\"%1\" names no Annex A control.").arg(text.trimmed()));
    return refs;
}

Result<QString> ValueNormalizer::treatment(const QString& text)
{
    static const WordTable words = table(
        {
            {"mitigate",
             {"reduce",     "modify",    "mitigate",  "treat",      "reduction",    "modification", "mitigation",
              "mitigated",  "reducere",  "reduktion", "reduceres",  "modificere",   "behandle",     "afbøde",
              "reduzieren", "minderung", "mindern",   "vermindern", "modifizieren", "behandeln",    "risikominderung"}},
            {"accept",
             {"retain", "accept", "accepted", "tolerate", "acceptance", "retention", "acceptere", "accepter",
              "accepteret", "bibeholde", "fastholde", "akzeptieren", "akzeptanz", "akzeptiert", "tragen", "beibehalten",
              "behalten", "tolerieren"}},
            {"avoid",
             {"avoid", "terminate", "avoidance", "eliminate", "undgå", "undgåelse", "undgaa", "eliminere", "vermeiden",
              "vermeidung", "beenden", "unterlassen"}},
            {"transfer",
             {"share", "transfer", "insure", "sharing", "transferred", "dele", "overføre", "overførsel", "forsikre",
              "teilen", "übertragen", "übertragung", "transferieren", "versichern", "auslagern"}},
        },
        labelsOf(ValueList::Treatment));
    const QString value = lookup(words, text);
    if (value.isEmpty())
        return Error{tr("\"%1\" is not a treatment option (reduce/modify, retain/accept, avoid, share/transfer).")
                         .arg(text.trimmed())};
    return value;
}

Result<bool> ValueNormalizer::boolean(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::Double)
        return value.toDouble() != 0;
    static const WordTable words = table(
        {
            {"1", {"yes", "y", "x", "ja", "j", "true", "1", "wahr", "sand", "ok", "✓", "✔"}},
            {"0", {"no", "n", "nej", "nein", "false", "0", "falsch", "falsk", "-"}},
        },
        &yesNoWords);
    const QString text = value.toString().trimmed();
    QString v = words.value(ColumnMapper::normalize(text));
    if (v.isEmpty())
        v = words.value(text); // symbols normalise to nothing
    if (v.isEmpty())
        return Error{tr("\"%1\" is neither yes nor no.").arg(text)};
    return v == QLatin1String("1");
}

Result<QString> ValueNormalizer::applicability(const QVariant& value)
{
    static const WordTable words = table(
        {
            {"yes",
             {"applicable", "relevant", "included", "selected", "anvendelig", "anwendbar", "inkluderet", "valgt",
              "ausgewählt", "zutreffend", "in scope", "applies"}},
            {"no",
             {"not applicable", "n a", "na", "excluded", "not relevant", "ikke relevant", "ikke anvendelig",
              "nicht anwendbar", "nicht relevant", "irrelevant", "ausgeschlossen", "fravalgt", "udeladt",
              "out of scope", "not selected"}},
            {"undecided",
             {"undecided", "tbd", "uafklaret", "offen", "unentschieden", "unknown", "ukendt", "unbekannt"}},
        },
        labelsOf(ValueList::Applicability));
    const QString text = value.toString().trimmed();
    const QString n = ColumnMapper::normalize(text);
    if (words.contains(n))
        return words.value(n);
    if (text == QLatin1String("?"))
        return QStringLiteral("undecided");
    auto yes = boolean(value);
    if (yes)
        return yes.value() ? QStringLiteral("yes") : QStringLiteral("no");
    return Error{tr("\"%1\" does not say whether the control applies (yes, no, undecided).").arg(text)};
}

Result<QString> ValueNormalizer::implementation(const QString& text)
{
    static const WordTable words = table(
        {
            {"implemented",
             {"implemented", "yes", "done", "complete", "completed", "fully implemented", "implementeret", "ja",
              "fuldt implementeret", "gennemført", "umgesetzt", "implementiert", "vollständig umgesetzt", "erledigt",
              "x", "in place", "operational", "effective"}},
            {"partial",
             {"partial", "partially", "partly", "partially implemented", "in progress", "delvis", "delvist",
              "delvist implementeret", "i gang", "igangværende", "teilweise", "teilweise umgesetzt", "in umsetzung",
              "in bearbeitung", "ongoing"}},
            {"planned", {"planned", "planlagt", "geplant", "scheduled", "to do", "todo"}},
            {"not-implemented",
             {"not implemented", "no", "none", "ikke implementeret", "nej", "nicht umgesetzt", "nicht implementiert",
              "nein", "missing", "mangler", "fehlt", "not started", "ikke påbegyndt", "nicht begonnen"}},
        },
        labelsOf(ValueList::Implementation));
    const QString n = ColumnMapper::normalize(text);
    const QString value = words.value(n);
    if (value.isEmpty())
        return Error{tr("\"%1\" is not an implementation state (implemented, partial, planned, not implemented).")
                         .arg(text.trimmed())};
    return value;
}

Result<QString> ValueNormalizer::grade(const QString& text)
{
    static const WordTable words = table(
        {
            {"major",
             {"major", "major nc", "major nonconformity", "major non conformity", "nc major", "major ncr",
              "hauptabweichung", "wesentliche abweichung", "größere abweichung", "større afvigelse",
              "væsentlig afvigelse", "major afvigelse", "kategorie 1"}},
            {"minor",
             {"minor", "minor nc", "minor nonconformity", "minor non conformity", "nc minor", "minor ncr",
              "nebenabweichung", "geringfügige abweichung", "kleinere abweichung", "mindre afvigelse",
              "minor afvigelse", "kategorie 2"}},
            {"area-of-concern",
             {"area of concern", "areas of concern", "concern", "aoc", "bekymringsområde", "problembereich",
              "aandachtspunt", "point de vigilance"}},
            {"observation", {"observation", "obs", "beobachtung", "bemærkning"}},
            {"ofi",
             {"ofi", "opportunity for improvement", "improvement", "forbedringsmulighed", "forbedringsforslag",
              "forbedring", "verbesserungspotenzial", "verbesserungspotential", "verbesserungsmöglichkeit",
              "empfehlung", "recommendation", "hinweis"}},
            {"positive",
             {"positive", "positive finding", "strength", "good practice", "positiv", "styrke", "stærke", "stärke",
              "positive feststellung", "positivt fund", "god praksis"}},
        },
        labelsOf(ValueList::FindingGrade));
    const QString value = words.value(ColumnMapper::normalize(text));
    if (value.isEmpty())
        return Error{tr("\"%1\" is not a finding grade (major, minor, area of concern, observation, opportunity for "
                        "improvement, positive).")
                         .arg(text.trimmed())};
    return value;
}

Result<QDate> ValueNormalizer::date(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().date();
    if (value.typeId() == QMetaType::Double) {
        const double d = value.toDouble();
        const QDate date = d >= 20000 && d <= 80000 ? XlsxReader::dateFromSerial(d) : QDate();
        if (date.isValid())
            return date;
        return Error{tr("%1 is a number, not a date.").arg(d)};
    }
    const QString text = value.toString().trimmed();
    // YYYY-MM-DD, what most registers and IsoAudit's own exports hold, read without QDate::fromString's general
    // parser (a tenth of an import); anything else, or an impossible day, goes the long way below.
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        int digits[8];
        int n = 0;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                break;
            digits[n++] = c - u'0';
        }
        if (n == 8) {
            const QDate date(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3],
                             digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
            if (date.isValid())
                return date;
        }
    }
    const QString head = text.section(QLatin1Char('T'), 0, 0).section(QLatin1Char(' '), 0, 0);
    for (const char* format : {"yyyy-MM-dd", "d.M.yyyy", "d-M-yyyy", "d/M/yyyy", "d.M.yy", "yyyy/M/d"}) {
        QDate date = QDate::fromString(head, QLatin1String(format));
        if (date.isValid()) {
            if (qstrcmp(format, "d.M.yy") == 0 && date.year() < 1970) // two-digit years are this century
                date = date.addYears(100);
            return date;
        }
    }
    return Error{tr("\"%1\" is not a date (write YYYY-MM-DD or DD.MM.YYYY).").arg(text)};
}

std::optional<double> ValueNormalizer::number(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QChar(u' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char('\''));
    const qsizetype dot = t.lastIndexOf(QLatin1Char('.'));
    const qsizetype comma = t.lastIndexOf(QLatin1Char(','));
    if (dot >= 0 && comma >= 0) {
        if (comma > dot) { // 1.234,5
            t.remove(QLatin1Char('.'));
            t.replace(QLatin1Char(','), QLatin1Char('.'));
        } else { // 1,234.5
            t.remove(QLatin1Char(','));
        }
    } else if (comma >= 0) {
        if (t.count(QLatin1Char(',')) > 1)
            return std::nullopt;
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || t.isEmpty())
        return std::nullopt;
    return d;
}

} // namespace isoaudit
