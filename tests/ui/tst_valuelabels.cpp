// SPDX-License-Identifier: GPL-3.0-or-later
// The one label table (core/domain/ValueLabels): every stored value of every list has a label, and every place that
// renders one — the workbench's delegates and labels, the report in its own language, the table export and the
// importer that reads an export back — says what the table says, in every language IsoAudit speaks. A place that
// writes its own words for a value fails here or in tests/i18n/check_value_labels.py (the source scan).
#include "delegates/EnumLabels.h"
#include "domain/RecordKind.h"
#include "domain/ValueLabels.h"
#include "i18n/ReportLanguage.h"
#include "i18n/Translations.h"
#include "import/TableExporter.h"
#include "import/ValueNormalizer.h"
#include "report/ReportText.h"
#include "storage/AuditStore.h"
#include "workbench/WorkbenchLabels.h"

#include "workflow/Lifecycle.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace isoaudit;

namespace {

const QList<LabelForm> allForms{LabelForm::Display, LabelForm::Report, LabelForm::Short, LabelForm::Plural};

QString where(const QString& language, ValueList list, const QString& value, const char* place)
{
    return QStringLiteral("[%1] %2 \"%3\" in %4").arg(language, ValueLabels::name(list), value, QLatin1String(place));
}

/// Installs a language's catalogue as the UI's for the life of the object (English: none).
class UiLanguage
{
public:
    explicit UiLanguage(const QString& code)
        : m_translator(Translations::load(code))
    {
        if (m_translator)
            QCoreApplication::installTranslator(m_translator.get());
    }
    ~UiLanguage()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
    }
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
};

/// The workbench's other way in: the column a pane passes to WorkbenchLabels::label.
const QList<std::pair<const char*, ValueList>> workbenchColumns{
    {"audit_type", ValueList::AuditType},
    {"lifecycle", ValueList::LifecycleState},
    {"role", ValueList::TeamRole},
    {"verdict", ValueList::ClauseVerdict},
    {"applicable", ValueList::Applicability},
    {"implementation", ValueList::Implementation},
    {"control_verdict", ValueList::ControlVerdict},
    {"treatment", ValueList::Treatment},
    {"kind", ValueList::EvidenceKind},
    {"grade", ValueList::FindingGrade},
    {"status", ValueList::ActionStatus},
    {"recommendation", ValueList::Recommendation},
    {"nature", ValueList::FindingNature},
    {"frameworks", ValueList::Framework},
    {"suggested_grade", ValueList::FindingGrade},
    {"audit_combination", ValueList::AuditCombination},
    {"scope_appropriate", ValueList::Confirmation},
    {"objectives_met", ValueList::Confirmation},
    {"scoring", ValueList::RiskScoring},
};

} // namespace

class TestValueLabels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;

    /// An audit with every value of the exported lists stored at least once.
    void fillStore()
    {
        auto store = Lifecycle::create(
            m_dir.filePath(QStringLiteral("labels.isoaudit")),
            {QStringLiteral("Labels A/S"), QStringLiteral("stage2"), QStringLiteral("Lead"), {}, {}, {}});
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store.value());
        const QList<Record> soa = m_store->records(RecordKind::SoaEntry).value();
        QVERIFY(soa.size() > 4);
        for (int i = 0; i < soa.size(); ++i) {
            const QVariantMap values{
                {QStringLiteral("applicable"), Enums::applicability.at(i % Enums::applicability.size())},
                {QStringLiteral("implementation"), Enums::implementation.at(i % Enums::implementation.size())},
                {QStringLiteral("verdict"), Enums::controlVerdicts.at(i % Enums::controlVerdicts.size())},
            };
            QVERIFY(m_store->setFields(RecordKind::SoaEntry, soa.at(i).uuid, values).ok());
        }
        for (int i = 0; i < Enums::treatments.size(); ++i) {
            Record risk{RecordKind::Risk,
                        {},
                        {},
                        {{QStringLiteral("ref"), QStringLiteral("R-%1").arg(i)},
                         {QStringLiteral("treatment"), Enums::treatments.at(i)}},
                        {}};
            QVERIFY(m_store->insert(risk).ok());
        }
        for (int i = 0; i < Enums::findingGrades.size(); ++i) {
            Record finding{RecordKind::Finding,
                           {},
                           {},
                           {{QStringLiteral("ref"), QStringLiteral("F-%1").arg(i)},
                            {QStringLiteral("grade"), Enums::findingGrades.at(i)}},
                           {}};
            auto uuid = m_store->insert(finding);
            QVERIFY2(uuid.ok(), qPrintable(uuid.error()));
            Record action{RecordKind::CorrectiveAction,
                          {},
                          uuid.value(),
                          {{QStringLiteral("status"), Enums::actionStatuses.at(i % Enums::actionStatuses.size())}},
                          {}};
            QVERIFY(m_store->insert(action).ok());
        }
        // The statuses the findings above did not reach.
        const QString lastFinding = m_store->records(RecordKind::Finding).value().constLast().uuid;
        for (int i = int(Enums::findingGrades.size()); i < Enums::actionStatuses.size(); ++i) {
            Record action{RecordKind::CorrectiveAction,
                          {},
                          lastFinding,
                          {{QStringLiteral("status"), Enums::actionStatuses.at(i)}},
                          {}};
            QVERIFY(m_store->insert(action).ok());
        }
    }

    /// Compares every cell of an exported column that holds a listed value with the table's label.
    void compareExport(const QString& language, TableKind table, RecordKind kind, const char* column, int cell,
                       ValueList list)
    {
        auto rows = TableExporter::rows(*m_store, table);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        const QList<Record> records = m_store->records(kind).value();
        QCOMPARE(TableExporter::listOf(kind, QLatin1String(column)), std::optional<ValueList>(list));
        QStringList seen;
        if (table == TableKind::Actions) { // one row per action, the finding's grade beside it
            const QList<Record> actions = m_store->records(RecordKind::CorrectiveAction).value();
            QCOMPARE(rows->size(), actions.size() + 1);
            QHash<QString, Record> findings;
            for (const Record& f : records)
                findings.insert(f.uuid, f);
            for (int i = 0; i < actions.size(); ++i) {
                const Record& owner
                    = kind == RecordKind::CorrectiveAction ? actions.at(i) : findings.value(actions.at(i).parentUuid);
                const QString value = owner.text(QLatin1String(column));
                QCOMPARE(rows->at(i + 1).at(cell).toString(), ValueLabels::labelIn(language, list, value));
                seen << value;
            }
        } else {
            QCOMPARE(rows->size(), records.size() + 1);
            for (int i = 0; i < records.size(); ++i) {
                const QString value = records.at(i).text(QLatin1String(column));
                QVERIFY2(rows->at(i + 1).at(cell).toString() == ValueLabels::labelIn(language, list, value),
                         qPrintable(where(language, list, value, "the table export")));
                seen << value;
            }
        }
        for (const QString& value : ValueLabels::values(list))
            QVERIFY2(seen.contains(value), qPrintable(where(language, list, value, "the export fixture")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fillStore();
    }

    void everyValueOfEveryListHasALabel()
    {
        QCOMPARE(ValueLabels::lists().size(), 33); // the 32 Enums:: lists and the Annex A themes
        QSet<QString> names;
        for (ValueList list : ValueLabels::lists()) {
            names.insert(ValueLabels::name(list));
            QVERIFY(qstrlen(ValueLabels::disambiguation(list)) > 0);
            const QStringList values = ValueLabels::values(list);
            QVERIFY(!values.isEmpty());
            for (const QString& value : values) {
                const ValueLabel* entry = ValueLabels::entry(list, value);
                QVERIFY2(entry && entry->display.source, qPrintable(where("en", list, value, "the table")));
                // Every text names the list's disambiguation, so equal words of two lists stay two entries.
                for (LabelForm form : allForms)
                    QCOMPARE(QByteArray(entry->text(form).comment), QByteArray(ValueLabels::disambiguation(list)));
                for (const ValueLabel::Text& former : entry->formerly)
                    QCOMPARE(QByteArray(former.comment), QByteArray(ValueLabels::disambiguation(list)));
            }
            QVERIFY(!ValueLabels::entry(list, QStringLiteral("no-such-value")));
        }
        QCOMPARE(names.size(), ValueLabels::lists().size());
        // Every enum field of every record kind holds one of the lists, so a new list or value cannot go unlabelled.
        for (const KindInfo& kind : RecordKinds::all()) {
            for (const FieldInfo& field : kind.fields) {
                if (field.type != FieldType::Enum)
                    continue;
                const auto lists = ValueLabels::lists();
                QVERIFY2(std::any_of(lists.begin(), lists.end(),
                                     [&](ValueList list) { return ValueLabels::values(list) == field.values; }),
                         qPrintable(kind.table + QLatin1Char('.') + field.column));
            }
        }
    }

    void theGradeAndTheEvidenceKindObservationAreTwoEntries()
    {
        const ValueLabel* grade = ValueLabels::entry(ValueList::FindingGrade, QStringLiteral("observation"));
        const ValueLabel* kind = ValueLabels::entry(ValueList::EvidenceKind, QStringLiteral("observation"));
        QVERIFY(grade && kind);
        QCOMPARE(QByteArray(grade->display.source), QByteArray(kind->display.source));
        QVERIFY(QByteArray(grade->display.comment) != QByteArray(kind->display.comment));
        // Dutch says them differently: an observation as a grade, an observation as evidence.
        QCOMPARE(ValueLabels::labelIn(QStringLiteral("nl"), ValueList::FindingGrade, QStringLiteral("observation")),
                 QStringLiteral("Observatie"));
        QCOMPARE(ValueLabels::labelIn(QStringLiteral("nl"), ValueList::EvidenceKind, QStringLiteral("observation")),
                 QStringLiteral("Waarneming"));
    }

    void theCertificationBodysWordingIsAChoiceNotTheStandard()
    {
        // The standard's terms unless the body's are chosen; the body's words are a second entry per form, and a
        // grade without a wording of its own (positive, area of concern) reads the same either way.
        const QString major = QStringLiteral("major");
        QCOMPARE(ValueLabels::labelIn(QStringLiteral("de"), ValueList::FindingGrade, major),
                 QStringLiteral("Schwerwiegende Nichtkonformität"));
        QVERIFY(ValueLabels::hasBodyWording(ValueList::FindingGrade, major));
        QVERIFY(!ValueLabels::hasBodyWording(ValueList::FindingGrade, QStringLiteral("positive")));
        {
            const UiLanguage german(QStringLiteral("de"));
            QVERIFY(!ValueLabels::bodyWording());
            QCOMPARE(ValueLabels::label(ValueList::FindingGrade, major),
                     QStringLiteral("Schwerwiegende Nichtkonformität"));
            ValueLabels::setBodyWording(true);
            QCOMPARE(ValueLabels::label(ValueList::FindingGrade, major), QStringLiteral("Hauptabweichung"));
            QCOMPARE(ValueLabels::label(ValueList::FindingGrade, QStringLiteral("minor"), LabelForm::Plural),
                     QStringLiteral("Nebenabweichungen"));
            QCOMPARE(WorkbenchLabels::grade(major), QStringLiteral("Hauptabweichung"));
            QCOMPARE(ValueLabels::label(ValueList::FindingGrade, QStringLiteral("positive")),
                     QStringLiteral("Positive Feststellung"));
            ValueLabels::setBodyWording(false);
            QCOMPARE(WorkbenchLabels::grade(major), QStringLiteral("Schwerwiegende Nichtkonformität"));
        }
        // The report has its own choice, per report.
        {
            const ReportLanguage::Scope french(QStringLiteral("fr"));
            QCOMPARE(ReportText::grade(QStringLiteral("observation")), QStringLiteral("Observation"));
            const ReportLanguage::WordingScope body(true);
            QCOMPARE(ReportText::grade(QStringLiteral("observation")), QStringLiteral("Point sensible"));
            QCOMPARE(ReportText::label(ValueList::FindingGrade, QStringLiteral("ofi"), LabelForm::Short),
                     QStringLiteral("PP"));
        }
        // An export in the body's words imports back.
        QCOMPARE(ValueNormalizer::grade(QStringLiteral("Hauptabweichung")).value(), major);
        QCOMPARE(ValueNormalizer::grade(QStringLiteral("Point sensible")).value(), QStringLiteral("observation"));
    }

    void recordKindsHaveTheirNamesInTheLanguage()
    {
        // History titles and undo texts name the kind in the UI's language (KindInfo::displayName is English).
        QCOMPARE(RecordKinds::label(RecordKind::Risk, true), QStringLiteral("risk"));
        QCOMPARE(RecordKinds::label(RecordKind::SoaEntry, true), QStringLiteral("SoA entry"));
        const UiLanguage german(QStringLiteral("de"));
        for (const KindInfo& info : RecordKinds::all())
            QVERIFY2(RecordKinds::label(info.kind) != info.displayName, qPrintable(info.displayName));
        QCOMPARE(RecordKinds::label(RecordKind::Risk), QStringLiteral("Risiko"));
    }

    void theAuditorsWordForANonconformity()
    {
        // The four places disagreed ("Nonconform" / "Nonconformity"); the verdict now reads the same everywhere.
        for (ValueList list : {ValueList::ClauseVerdict, ValueList::ControlVerdict}) {
            QCOMPARE(ValueLabels::label(list, QStringLiteral("nonconform")), QStringLiteral("Nonconformity"));
            QCOMPARE(ValueLabels::label(list, QStringLiteral("nonconform"), LabelForm::Report),
                     QStringLiteral("Nonconformity"));
        }
        QCOMPARE(WorkbenchLabels::clauseVerdict(QStringLiteral("nonconform")), QStringLiteral("Nonconformity"));
        QCOMPARE(WorkbenchLabels::controlVerdict(QStringLiteral("nonconform")), QStringLiteral("Nonconformity"));
        QCOMPARE(EnumLabels::controlVerdict(QStringLiteral("nonconform")), QStringLiteral("Nonconformity"));
        QCOMPARE(ReportText::clauseVerdict(QStringLiteral("nonconform")), QStringLiteral("Nonconformity"));
        QCOMPARE(ReportText::controlVerdict(QStringLiteral("nonconform")), QStringLiteral("Nonconformity"));
    }

    void everyLabelIsTranslatedAndTellsValuesApart()
    {
        for (const QString& language : Translations::languages()) {
            for (ValueList list : ValueLabels::lists()) {
                for (LabelForm form : allForms) {
                    QSet<QString> labels;
                    for (const QString& value : ValueLabels::values(list)) {
                        const QString label = ValueLabels::labelIn(language, list, value, form);
                        QVERIFY(!label.isEmpty());
                        if (language != QLatin1String("en")) {
                            const ValueLabel::Text text = ValueLabels::entry(list, value)->text(form);
                            const QString translated = Translations::shared(language)->translate(
                                ValueLabels::context, text.source, text.comment);
                            QVERIFY2(!translated.isEmpty(), qPrintable(where(language, list, value, "the catalogue")));
                        }
                        QVERIFY2(!labels.contains(label), qPrintable(where(language, list, value, "two values")));
                        labels.insert(label);
                    }
                }
            }
        }
    }

    void theWorkbenchSaysWhatTheTableSays()
    {
        for (const QString& language : Translations::languages()) {
            UiLanguage ui(language);
            for (ValueList list : ValueLabels::lists()) {
                for (const QString& value : ValueLabels::values(list)) {
                    const QString expected = ValueLabels::labelIn(language, list, value);
                    QVERIFY2(ValueLabels::label(list, value) == expected,
                             qPrintable(where(language, list, value, "ValueLabels::label")));
                    const QString shortExpected = ValueLabels::labelIn(language, list, value, LabelForm::Short);
                    QCOMPARE(ValueLabels::label(list, value, LabelForm::Short), shortExpected);
                }
                const QVariantList choices = EnumLabels::choices(list, true);
                QCOMPARE(choices.size(), ValueLabels::values(list).size() + 1);
                QCOMPARE(choices.first().toList().first().toString(), ValueLabels::label(list, QString()));
                for (int i = 1; i < choices.size(); ++i) {
                    const QVariantList choice = choices.at(i).toList();
                    QCOMPARE(choice.at(0).toString(), ValueLabels::labelIn(language, list, choice.at(1).toString()));
                }
            }
            for (const auto& [column, list] : workbenchColumns) {
                QCOMPARE(WorkbenchLabels::listOf(QLatin1String(column)), std::optional<ValueList>(list));
                for (const QString& value : ValueLabels::values(list))
                    QVERIFY2(WorkbenchLabels::label(QLatin1String(column), value)
                                 == ValueLabels::labelIn(language, list, value),
                             qPrintable(where(language, list, value, "WorkbenchLabels::label")));
            }
            const std::pair<EnumLabels::LabelFunction, ValueList> delegates[] = {
                {&EnumLabels::applicability, ValueList::Applicability},
                {&EnumLabels::implementation, ValueList::Implementation},
                {&EnumLabels::controlVerdict, ValueList::ControlVerdict},
                {&EnumLabels::treatment, ValueList::Treatment},
                {&EnumLabels::theme, ValueList::AnnexATheme},
            };
            for (const auto& [label, list] : delegates) {
                for (const QString& value : ValueLabels::values(list))
                    QVERIFY2(label(value) == ValueLabels::labelIn(language, list, value),
                             qPrintable(where(language, list, value, "EnumLabels")));
                const QVariantList byFunction = EnumLabels::choices(ValueLabels::values(list), label, true);
                QCOMPARE(byFunction, EnumLabels::choices(list, true));
            }
            QCOMPARE(WorkbenchLabels::clauseVerdict(QStringLiteral("conform")),
                     ValueLabels::labelIn(language, ValueList::ClauseVerdict, QStringLiteral("conform")));
            QCOMPARE(WorkbenchLabels::lifecycle(QStringLiteral("signed")),
                     ValueLabels::labelIn(language, ValueList::LifecycleState, QStringLiteral("signed")));
            QCOMPARE(WorkbenchLabels::grade(QStringLiteral("ofi")),
                     ValueLabels::labelIn(language, ValueList::FindingGrade, QStringLiteral("ofi")));
            // A null value: "Not stated", or the list's own words.
            QCOMPARE(EnumLabels::notStated(), ValueLabels::notStated());
            QCOMPARE(EnumLabels::treatment({}), ValueLabels::notStated());
            QCOMPARE(WorkbenchLabels::label(QStringLiteral("grade"), {}), ValueLabels::notStated());
            QVERIFY(WorkbenchLabels::label(QStringLiteral("recommendation"), {}) != ValueLabels::notStated());
            if (language != QLatin1String("en"))
                QVERIFY(ValueLabels::notStated() != QLatin1String("Not stated"));
        }
    }

    void theReportSaysWhatTheTableSaysInItsOwnLanguage()
    {
        using Function = QString (*)(const QString&);
        const std::tuple<Function, ValueList, LabelForm> report[] = {
            {&ReportText::auditType, ValueList::AuditType, LabelForm::Report},
            {&ReportText::grade, ValueList::FindingGrade, LabelForm::Report},
            {&ReportText::gradePlural, ValueList::FindingGrade, LabelForm::Plural},
            {&ReportText::clauseVerdict, ValueList::ClauseVerdict, LabelForm::Report},
            {&ReportText::controlVerdict, ValueList::ControlVerdict, LabelForm::Report},
            {&ReportText::applicability, ValueList::Applicability, LabelForm::Report},
            {&ReportText::implementation, ValueList::Implementation, LabelForm::Report},
            {&ReportText::actionStatus, ValueList::ActionStatus, LabelForm::Report},
            {&ReportText::recommendation, ValueList::Recommendation, LabelForm::Report},
            {&ReportText::evidenceKind, ValueList::EvidenceKind, LabelForm::Report},
            {&ReportText::teamRole, ValueList::TeamRole, LabelForm::Report},
            {&ReportText::treatment, ValueList::Treatment, LabelForm::Report},
            {&ReportText::theme, ValueList::AnnexATheme, LabelForm::Report},
        };
        // The UI speaks German throughout; the report speaks each language in turn.
        UiLanguage ui(QStringLiteral("de"));
        for (const QString& language : Translations::languages()) {
            ReportLanguage::Scope scope(language);
            for (const auto& [function, list, form] : report) {
                for (const QString& value : ValueLabels::values(list)) {
                    QVERIFY2(function(value) == ValueLabels::labelIn(language, list, value, form),
                             qPrintable(where(language, list, value, "ReportText")));
                }
                QCOMPARE(function(QString()), ValueLabels::label(list, QString(), form, &ReportLanguage::translate));
            }
            for (ValueList list : ValueLabels::lists()) {
                for (const QString& value : ValueLabels::values(list)) {
                    for (LabelForm form : allForms)
                        QCOMPARE(ReportText::label(list, value, form),
                                 ValueLabels::labelIn(language, list, value, form));
                }
            }
            QCOMPARE(ReportText::grade(QString()), QStringLiteral("—"));
        }
    }

    void theTableExportSaysWhatTheTableSays()
    {
        for (const QString& language : Translations::languages()) {
            UiLanguage ui(language);
            compareExport(language, TableKind::Soa, RecordKind::SoaEntry, "applicable", 3, ValueList::Applicability);
            compareExport(language, TableKind::Soa, RecordKind::SoaEntry, "implementation", 5,
                          ValueList::Implementation);
            compareExport(language, TableKind::Soa, RecordKind::SoaEntry, "verdict", 7, ValueList::ControlVerdict);
            compareExport(language, TableKind::Risks, RecordKind::Risk, "treatment", 9, ValueList::Treatment);
            compareExport(language, TableKind::Findings, RecordKind::Finding, "grade", 1, ValueList::FindingGrade);
            compareExport(language, TableKind::Actions, RecordKind::Finding, "grade", 1, ValueList::FindingGrade);
            compareExport(language, TableKind::Actions, RecordKind::CorrectiveAction, "status", 7,
                          ValueList::ActionStatus);
        }
    }

    void theImporterReadsEveryLabelBackInEveryLanguage()
    {
        using Reader = std::function<Result<QString>(const QString&)>;
        const std::pair<Reader, ValueList> readers[] = {
            {[](const QString& t) { return ValueNormalizer::treatment(t); }, ValueList::Treatment},
            {[](const QString& t) { return ValueNormalizer::applicability(t); }, ValueList::Applicability},
            {[](const QString& t) { return ValueNormalizer::implementation(t); }, ValueList::Implementation},
            {[](const QString& t) { return ValueNormalizer::grade(t); }, ValueList::FindingGrade},
        };
        for (const auto& [read, list] : readers) {
            for (const QString& value : ValueLabels::values(list)) {
                const QStringList spellings = ValueLabels::importSpellings(list, value);
                for (const QString& language : Translations::languages()) {
                    for (LabelForm form : allForms)
                        QVERIFY(spellings.contains(ValueLabels::labelIn(language, list, value, form)));
                }
                for (const QString& spelling : spellings) {
                    const auto got = read(spelling);
                    QVERIFY2(got.ok() && got.value() == value,
                             qPrintable(where(spelling, list, value, "the importer")));
                }
            }
        }
        // What earlier versions exported still imports: "Nee" was a Dutch SoA's "not applicable".
        QCOMPARE(ValueNormalizer::applicability(QStringLiteral("Nee")).value(), QStringLiteral("no"));
        QCOMPARE(ValueNormalizer::applicability(QStringLiteral("Non")).value(), QStringLiteral("no"));
        QCOMPARE(ValueNormalizer::boolean(QStringLiteral("Oui")).value(), true);
    }
};

QTEST_MAIN(TestValueLabels)
#include "tst_valuelabels.moc"
