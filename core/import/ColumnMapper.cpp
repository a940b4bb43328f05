// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ColumnMapper.h"

#include "i18n/Translations.h"
#include "import/TableExporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTranslator>

namespace isoaudit {

namespace {

// Header words, already normalised (see ColumnMapper::normalize): English, Danish, German.
const QStringList notes
    = {"notes",     "note",        "comments", "comment",     "remarks",   "bemaerkninger", "bemaerkning",
       "kommentar", "kommentarer", "noter",    "bemerkungen", "bemerkung", "anmerkungen",   "notizen"};
// A header with one of these words describes the risk after treatment.
const QStringList residualWords = {"residual", "rest", "restrisiko", "target", "netto", "net", "remaining"};
const QStringList residualPhrases
    = {"after treatment", "efter behandling", "nach behandlung", "after controls", "efter tiltag", "nach massnahmen"};

struct Synonyms
{
    const char* key;
    QStringList words;
    QStringList padded = {}; ///< " word ", for whole-word containment without allocating per comparison
};

QList<Synonyms> buildSynonyms(TableKind kind)
{
    switch (kind) {
    case TableKind::Risks:
        return {
            {"ref",
             {"id", "ref", "reference", "risk id", "risk no", "risk number", "risk ref", "no", "nr", "risiko id",
              "risiko nr", "risikonummer", "risiko nummer", "lobenummer", "lobenr", "nummer"}},
            {"asset",
             {"asset", "assets", "information asset", "aktiv", "aktiver", "informationsaktiv", "vermogenswert",
              "vermogenswerte", "asset name", "werte", "primary asset", "primaert aktiv", "informationswert"}},
            {"threat",
             {"threat", "threats", "trussel", "trusler", "bedrohung", "bedrohungen", "threat description", "gefahrdung",
              "gefaehrdung", "risk description", "risikobeskrivelse", "risikobeschreibung"}},
            {"vulnerability",
             {"vulnerability", "vulnerabilities", "weakness", "sarbarhed", "sarbarheder", "svaghed", "schwachstelle",
              "schwachstellen", "verwundbarkeit"}},
            {"owner",
             {"owner", "risk owner", "ejer", "risikoejer", "eigentumer", "eigentuemer", "risikoeigentumer",
              "risikoeigner", "verantwortlich", "verantwortlicher", "risikoverantwortlicher", "ansvarlig"}},
            {"likelihood",
             {"likelihood", "probability", "sandsynlighed", "wahrscheinlichkeit", "eintrittswahrscheinlichkeit",
              "haufigkeit", "frequency", "l", "p", "s", "w"}},
            {"impact",
             {"impact", "consequence", "consequences", "severity", "konsekvens", "konsekvenser", "auswirkung",
              "auswirkungen", "schadenshohe", "schadensausmass", "schaden", "i", "c", "k", "a"}},
            {"treatment",
             {"treatment", "treatment option", "risk treatment", "behandling", "risikobehandling", "behandlung",
              "risikobehandlung", "behandlungsoption", "strategy", "response", "risk response", "beslutning",
              "entscheidung", "option"}},
            {"treatment_plan",
             {"treatment plan", "action plan", "actions", "mitigation", "behandlingsplan", "handlingsplan", "tiltag",
              "massnahmenplan", "behandlungsplan", "aktionsplan"}},
            {"controls",
             {"control",
              "controls",
              "annex a control",
              "annex a controls",
              "kontrol",
              "kontroller",
              "kontrolforanstaltning",
              "kontrolforanstaltninger",
              "massnahme",
              "massnahmen",
              "annex a",
              "anhang a",
              "bilag a",
              "iso control",
              "iso 27001 controls",
              "sikringsforanstaltninger",
              "controls annex a",
              "selected controls",
              "valgte kontroller",
              "gewahlte massnahmen"}},
            {"residual_likelihood",
             {"residual likelihood", "restsandsynlighed", "rest sandsynlighed", "restwahrscheinlichkeit",
              "residual probability"}},
            {"residual_impact",
             {"residual impact", "restkonsekvens", "rest konsekvens", "restauswirkung", "residual consequence"}},
            {"residual_accepted",
             {"accepted", "risk accepted", "residual risk accepted", "acceptance", "accepteret", "risiko accepteret",
              "restrisiko accepteret", "akzeptiert", "risiko akzeptiert", "restrisiko akzeptiert", "risikoakzeptanz",
              "risk acceptance"}},
            {"accepted_by",
             {"accepted by", "accepteret af", "akzeptiert von", "approved by", "godkendt af", "genehmigt von"}},
            {"accepted_on",
             {"accepted on", "acceptance date", "accepteret dato", "dato for accept", "akzeptiert am", "approved on",
              "godkendt dato", "genehmigt am", "accepteret den"}},
            {"last_reviewed",
             {"last reviewed", "last review", "review date", "reviewed", "senest gennemgaet", "sidst gennemgaet",
              "gennemgaet", "revideret", "letzte uberprufung", "uberpruft am", "letzte prufung", "gepruft am",
              "review"}},
            {"notes", notes},
            {"",
             {"score", "risk score", "level", "risk level", "rating", "risikoniveau", "risikoscore", "risikowert",
              "risikostufe", "niveau", "inherent risk", "residual risk", "restrisiko", "risk value", "status"}},
        };
    case TableKind::Soa:
        return {
            {"control_id",
             {"control",
              "control id",
              "control no",
              "control number",
              "control ref",
              "annex a",
              "annex a control",
              "ref",
              "id",
              "nr",
              "no",
              "kontrol",
              "kontrol id",
              "kontrolnummer",
              "kontrol nr",
              "massnahme",
              "massnahme nr",
              "massnahmen nr",
              "anhang a",
              "bilag a",
              "iso 27001 control",
              "iso control",
              "control reference",
              "kontrolreference",
              "punkt",
              "referenz",
              "nummer",
              "annex a reference"}},
            {"applicable",
             {"applicable", "applicability", "relevant", "included", "selected", "applies", "anvendelig", "anvendelse",
              "anwendbar", "anwendbarkeit", "zutreffend", "ausgewahlt", "valgt", "inkluderet", "in scope", "relevans",
              "applicable yes no", "relevant ja nej"}},
            {"justification",
             {"justification", "reason", "rationale", "justification for inclusion", "justification for exclusion",
              "begrundelse", "arsag", "begrundung", "grund", "justification for inclusion exclusion",
              "begrundelse for til fravalg"}},
            {"implementation",
             {"implementation", "implementation status", "implemented", "status", "implementeret", "implementering",
              "implementeringsstatus", "umgesetzt", "umsetzung", "umsetzungsstatus", "status der umsetzung",
              "implementierung", "implementierungsstatus"}},
            {"client_reference",
             {"reference", "references", "document", "documents", "document reference", "policy", "evidence",
              "reference document", "dokument", "dokumenter", "dokumentreference", "henvisning", "dokumentation",
              "nachweis", "verweis", "dokumentenreferenz", "referenzdokument", "documentation"}},
            {"notes", notes},
            {"",
             {"title",
              "control title",
              "control name",
              "name",
              "titel",
              "kontroltitel",
              "navn",
              "kontrolnavn",
              "bezeichnung",
              "massnahmentitel",
              "theme",
              "tema",
              "thema",
              "kategorie",
              "kategori",
              "category",
              "description",
              "beskrivelse",
              "beschreibung",
              "control description",
              "kontrolbeskrivelse"}},
        };
    case TableKind::Findings:
        return {
            {"ref",
             {"ref", "id", "no", "nr", "finding", "finding id", "finding no", "finding ref", "reference",
              "afvigelse nr", "afvigelsesnummer", "fund", "fund nr", "feststellung nr", "abweichung nr", "nummer",
              "nc no", "nc id"}},
            {"grade",
             {"grade", "type", "classification", "category", "severity", "finding type", "klassifikation", "kategori",
              "type of finding", "fundtype", "afvigelsestype", "grad", "einstufung", "klassifizierung", "art",
              "kategorie", "abweichungsart", "feststellungsart"}},
            {"title",
             {"title", "summary", "subject", "titel", "overskrift", "emne", "resume", "betreff", "zusammenfassung",
              "kurzbeschreibung"}},
            {"requirement",
             {"requirement", "clause", "control", "clause control", "standard reference", "iso reference", "krav",
              "punkt", "afsnit", "anforderung", "norm", "normabschnitt", "kapitel", "abschnitt", "kontrol",
              "massnahme"}},
            {"statement",
             {"statement", "nonconformity", "description", "finding description", "beskrivelse", "afvigelse",
              "afvigelsesbeskrivelse", "beschreibung", "feststellung", "abweichung", "sachverhalt"}},
            {"objective_evidence",
             {"evidence", "objective evidence", "proof", "bevis", "evidens", "objektivt bevis", "dokumentation",
              "nachweis", "objektiver nachweis", "objektive nachweise", "nachweise"}},
            {"raised_on", {"date", "raised on", "found on", "dato", "fundet dato", "datum", "festgestellt am"}},
            {"raised_by", {"auditor", "raised by", "found by", "revisor", "fundet af", "festgestellt von"}},
            {"", {"status"}},
        };
    case TableKind::Actions:
        return {};
    case TableKind::Controls:
        // A SOC 2 control matrix. "Type" and "control type" usually mean preventive/detective, not manual/automated,
        // so they are ignored rather than guessed.
        return {
            {"ref",
             {"control",
              "control id",
              "control no",
              "control number",
              "control ref",
              "control reference",
              "ref",
              "reference",
              "id",
              "no",
              "nr",
              "kontrol id",
              "kontrol nr",
              "kontrolnummer",
              "kontrolreference",
              "kontroll id",
              "kontroll nr",
              "kontrollnummer",
              "kontrollreferenz",
              "nummer",
              "beheersmaatregel",
              "beheersmaatregel id",
              "controle id",
              "controlenummer",
              "referentie",
              "controle",
              "id du controle",
              "identifiant",
              "numero",
              "reference du controle"}},
            {"title",
             {"title", "control title", "control name", "name", "titel", "kontroltitel", "kontrolnavn", "navn",
              "bezeichnung", "kontrolltitel", "kontrollname", "naam", "titel beheersmaatregel", "titre", "nom",
              "intitule", "nom du controle"}},
            {"description",
             {"description", "control description", "control activity", "control activities", "activity", "beskrivelse",
              "kontrolbeskrivelse", "kontrolaktivitet", "beschreibung", "kontrollbeschreibung", "kontrollaktivitat",
              "kontrolltatigkeit", "omschrijving", "beschrijving", "beschrijving beheersmaatregel",
              "controleactiviteit", "description du controle", "activite de controle"}},
            {"owner",
             {"owner", "control owner", "responsible", "ejer", "kontrolejer", "ansvarlig", "verantwortlich",
              "verantwortlicher", "kontrollverantwortlicher", "eigentumer", "kontrolleigner", "eigenaar",
              "verantwoordelijke", "proprietaire", "responsable", "proprietaire du controle"}},
            {"frequency",
             {"frequency", "control frequency", "how often", "periodicity", "hyppighed", "frekvens", "kontrolfrekvens",
              "haufigkeit", "kontrollhaufigkeit", "frequenz", "turnus", "periodizitat", "intervall", "frequentie",
              "periodiciteit", "frequence", "periodicite"}},
            {"automation",
             {"automation",
              "manual automated",
              "manual or automated",
              "manual vs automated",
              "automated manual",
              "automated or manual",
              "manual",
              "automated",
              "manuel automatisk",
              "manuel eller automatisk",
              "automatisering",
              "manuell automatisiert",
              "manuell oder automatisiert",
              "automatisierung",
              "automatisierungsgrad",
              "handmatig geautomatiseerd",
              "handmatig of geautomatiseerd",
              "manuel automatise",
              "manuel ou automatise",
              "automatisation"}},
            {"key_control",
             {"key control", "key", "key control y n", "key control yes no", "noglekontrol", "nogle kontrol",
              "schlusselkontrolle", "schluesselkontrolle", "kernbeheersmaatregel", "sleutelcontrole", "controle cle",
              "controle clef"}},
            {"criteria",
             {"criteria", "criterion", "tsc", "trust services criteria", "tsc mapping", "criteria mapping",
              "mapped criteria", "soc 2 criteria", "tsc reference", "aicpa criteria", "kriterier", "kriterium",
              "kriterien", "tsc kriterier", "tsc kriterien", "criteria tsc", "criteres", "critere", "criteres tsc"}},
            {"notes", notes},
            {"",
             {"type", "control type", "kontroltype", "kontrolltyp", "preventive detective", "test procedure",
              "test procedures", "testing", "result", "status"}},
        };
    }
    return {};
}

/// Built once: match() runs for every header cell of the first rows, in wide sheets many thousands of times.
const QList<Synonyms>& synonyms(TableKind kind)
{
    static const QList<QList<Synonyms>> all = [] {
        QList<QList<Synonyms>> kinds;
        for (auto k :
             {TableKind::Risks, TableKind::Soa, TableKind::Findings, TableKind::Actions, TableKind::Controls}) {
            QList<Synonyms> list = buildSynonyms(k);
            for (auto& s : list) {
                for (const auto& w : s.words)
                    s.padded << QLatin1Char(' ') + w + QLatin1Char(' ');
            }
            kinds << list;
        }
        return kinds;
    }();
    return all.at(int(kind));
}

bool isResidual(const QString& normalized)
{
    const QStringList words = normalized.split(QLatin1Char(' '));
    for (const auto& w : residualWords) {
        if (words.contains(w))
            return true;
    }
    for (const auto& p : residualPhrases) {
        if (normalized.contains(p))
            return true;
    }
    return false;
}

QString matchNormalized(TableKind kind, const QString& h, bool withExported);

/// Every language's translation of the export's headers (TableExporter::headerSources), normalised, to the field
/// the English header maps to: a table exported in Danish imports back with its Danish headers. Built once per kind.
const QHash<QString, QString>& exportedHeaders(TableKind kind)
{
    static const QList<QHash<QString, QString>> all = [] {
        QList<QHash<QString, QString>> kinds;
        for (auto k :
             {TableKind::Risks, TableKind::Soa, TableKind::Findings, TableKind::Actions, TableKind::Controls}) {
            QHash<QString, QString> map;
            for (const char* source : TableExporter::headerSources(k)) {
                const QString field = matchNormalized(k, ColumnMapper::normalize(QString::fromUtf8(source)), false);
                for (const QString& code : Translations::languages()) {
                    const QTranslator* translator = Translations::shared(code);
                    const QString translated = translator ? translator->translate("TableExporter", source) : QString();
                    const QString key = ColumnMapper::normalize(translated);
                    if (!key.isEmpty() && !map.contains(key))
                        map.insert(key, field);
                }
            }
            kinds << map;
        }
        return kinds;
    }();
    return all.at(int(kind));
}

/// The field a normalised header names: a synonym that is the whole header, else (withExported) a header of
/// IsoAudit's own export in another language, else the longest synonym contained in it.
QString matchNormalized(TableKind kind, const QString& h, bool withExported)
{
    if (h.isEmpty())
        return {};
    const auto& all = synonyms(kind);
    QString found;
    bool exact = false;
    for (const auto& s : all) {
        if (s.words.contains(h)) {
            found = QString::fromLatin1(s.key);
            exact = true;
            break;
        }
    }
    if (!exact && withExported) {
        // A header IsoAudit's own export wrote in another language ("Håndtering"): the field its English header
        // maps to.
        const auto& exported = exportedHeaders(kind);
        if (const auto it = exported.constFind(h); it != exported.constEnd())
            return it.value();
    }
    if (!exact) {
        // The longest synonym contained as whole words wins: "treatment plan" over "treatment".
        const QString padded = QLatin1Char(' ') + h + QLatin1Char(' ');
        qsizetype best = 0;
        for (const auto& s : all) {
            if (!*s.key)
                continue; // words to ignore only count when they are the whole header
            for (const auto& w : s.padded) {
                const qsizetype length = w.size() - 2;
                if (length >= 4 && length > best && padded.contains(w)) {
                    best = length;
                    found = QString::fromLatin1(s.key);
                }
            }
        }
    }
    if (kind == TableKind::Risks && isResidual(h)) {
        if (found == QLatin1String("likelihood"))
            return QStringLiteral("residual_likelihood");
        if (found == QLatin1String("impact"))
            return QStringLiteral("residual_impact");
    }
    return found;
}

int countMatches(TableKind kind, const QStringList& headers)
{
    int n = 0;
    for (const auto& h : headers) {
        if (!ColumnMapper::match(kind, h).isEmpty())
            ++n;
    }
    return n;
}

} // namespace

int ColumnMapping::columnOf(const QString& key) const
{
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (it.value() == key)
            return it.key();
    }
    return -1;
}

QJsonObject ColumnMapping::toJson(const QStringList& headers) const
{
    QJsonObject map;
    for (int c = 0; c < headers.size(); ++c) {
        if (!headers.at(c).isEmpty())
            map.insert(headers.at(c), columns.value(c));
    }
    return {{"headerRow", headerRow + 1}, {"columns", map}};
}

QList<ImportField> ColumnMapper::fields(TableKind kind)
{
    QList<ImportField> result;
    for (const auto& s : synonyms(kind)) {
        const QString key = QString::fromLatin1(s.key);
        if (!key.isEmpty())
            result.append({key, fieldLabel(kind, key), s.words});
    }
    return result;
}

QString ColumnMapper::fieldLabel(TableKind kind, const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {"ref", QT_TR_NOOP("Reference")},
        {"asset", QT_TR_NOOP("Asset")},
        {"threat", QT_TR_NOOP("Threat")},
        {"vulnerability", QT_TR_NOOP("Vulnerability")},
        {"owner", QT_TR_NOOP("Owner")},
        {"likelihood", QT_TR_NOOP("Likelihood")},
        {"impact", QT_TR_NOOP("Impact")},
        {"treatment", QT_TR_NOOP("Treatment")},
        {"treatment_plan", QT_TR_NOOP("Treatment plan")},
        {"controls", QT_TR_NOOP("Annex A controls")},
        {"residual_likelihood", QT_TR_NOOP("Residual likelihood")},
        {"residual_impact", QT_TR_NOOP("Residual impact")},
        {"residual_accepted", QT_TR_NOOP("Residual risk accepted")},
        {"accepted_by", QT_TR_NOOP("Accepted by")},
        {"accepted_on", QT_TR_NOOP("Accepted on")},
        {"last_reviewed", QT_TR_NOOP("Last reviewed")},
        {"notes", QT_TR_NOOP("Notes")},
        {"control_id", QT_TR_NOOP("Control")},
        {"applicable", QT_TR_NOOP("Applicable")},
        {"justification", QT_TR_NOOP("Justification")},
        {"implementation", QT_TR_NOOP("Implementation")},
        {"client_reference", QT_TR_NOOP("Client's reference")},
        {"grade", QT_TR_NOOP("Grade")},
        {"title", QT_TR_NOOP("Title")},
        {"requirement", QT_TR_NOOP("Requirement")},
        {"statement", QT_TR_NOOP("Statement")},
        {"objective_evidence", QT_TR_NOOP("Objective evidence")},
        {"raised_on", QT_TR_NOOP("Raised on")},
        {"raised_by", QT_TR_NOOP("Raised by")},
        {"description", QT_TR_NOOP("Description")},
        {"frequency", QT_TR_NOOP("Frequency")},
        {"automation", QT_TR_NOOP("Manual or automated")},
        {"key_control", QT_TR_NOOP("Key control")},
        {"criteria", QT_TR_NOOP("Trust Services Criteria")},
    };
    Q_UNUSED(kind)
    const char* label = labels.value(key);
    return label ? tr(label) : key;
}

QString ColumnMapper::normalize(const QString& header)
{
    QString folded;
    for (QChar c : header.toLower()) {
        switch (c.unicode()) {
        case u'æ':
            folded += QLatin1String("ae");
            break;
        case u'ø':
            folded += QLatin1Char('o');
            break;
        case u'ß':
            folded += QLatin1String("ss");
            break;
        default:
            folded += c;
        }
    }
    const QString decomposed = folded.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c : QChar(u' ');
    }
    return out.simplified();
}

QString ColumnMapper::match(TableKind kind, const QString& header)
{
    return matchNormalized(kind, normalize(header), true);
}

QStringList ColumnMapper::headers(const SheetTable& table, int row)
{
    QStringList result;
    const int columns = table.columnCount();
    for (int c = 0; c < columns; ++c) {
        QString label = table.text(row, c);
        if (row > 0) {
            for (const QRect& m : table.merged) {
                // A group header: merged across some (not all) columns in the row just above.
                if (m.contains(c, row - 1) && !m.contains(c, row) && m.width() > 1 && m.width() < columns) {
                    const QString group = table.text(row - 1, c);
                    if (!group.isEmpty() && group != label)
                        label = label.isEmpty() ? group : group + QLatin1Char(' ') + label;
                    break;
                }
            }
        }
        result << label;
    }
    return result;
}

ColumnMapping ColumnMapper::guess(TableKind kind, const SheetTable& table)
{
    ColumnMapping mapping;
    int best = 0;
    for (int r = 0; r < qMin<qsizetype>(20, table.rows.size()); ++r) {
        const int n = countMatches(kind, headers(table, r));
        if (n > best) {
            best = n;
            mapping.headerRow = r;
        }
    }
    if (mapping.headerRow < 0)
        return mapping;
    const QStringList names = headers(table, mapping.headerRow);
    for (int c = 0; c < names.size(); ++c) {
        const QString key = match(kind, names.at(c));
        if (!key.isEmpty() && mapping.columnOf(key) < 0)
            mapping.columns.insert(c, key);
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapper::fromJson(TableKind kind, const SheetTable& table, const QJsonObject& json)
{
    QHash<QString, QString> saved; // normalised header -> key ("" = ignore)
    QStringList known;
    for (const auto& f : fields(kind))
        known << f.key;
    const QJsonObject columns = json.value(QLatin1String("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString key = it.value().toString();
        if (!key.isEmpty() && !known.contains(key))
            return Error{tr("The mapping names the field \"%1\", which a %2 does not have; known fields: %3.")
                             .arg(key, TableKinds::label(kind), known.join(", "))};
        saved.insert(normalize(it.key()), key);
    }
    auto score = [&](int r) {
        int n = 0;
        for (const auto& h : headers(table, r)) {
            if (!h.isEmpty() && saved.contains(normalize(h)))
                ++n;
        }
        return n;
    };
    ColumnMapping mapping;
    const int savedRow = json.value(QLatin1String("headerRow")).toInt() - 1;
    if (savedRow >= 0 && savedRow < table.rows.size() && score(savedRow) > 0) {
        mapping.headerRow = savedRow;
    } else {
        int best = 0;
        for (int r = 0; r < qMin<qsizetype>(20, table.rows.size()); ++r) {
            if (const int n = score(r); n > best) {
                best = n;
                mapping.headerRow = r;
            }
        }
    }
    if (mapping.headerRow < 0) {
        ColumnMapping guessed = guess(kind, table);
        if (guessed.headerRow < 0)
            return Error{tr("None of the mapping's column headers appear in the table.")};
        return guessed;
    }
    const QStringList names = headers(table, mapping.headerRow);
    for (int c = 0; c < names.size(); ++c) {
        const QString h = normalize(names.at(c));
        if (h.isEmpty())
            continue;
        const QString key = saved.contains(h) ? saved.value(h) : match(kind, names.at(c));
        if (!key.isEmpty() && mapping.columnOf(key) < 0)
            mapping.columns.insert(c, key);
    }
    return mapping;
}

Result<QJsonObject> ColumnMapper::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not open the mapping %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &error);
    if (!doc.isObject())
        return Error{
            tr("The mapping %1 is not a JSON object: %2").arg(QFileInfo(path).fileName(), error.errorString())};
    return doc.object();
}

Status ColumnMapper::saveFile(const QString& path, const QJsonObject& json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write the mapping %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    file.write(QJsonDocument(json).toJson());
    if (!file.commit())
        return Error{tr("Could not write the mapping %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    return {};
}

} // namespace isoaudit
