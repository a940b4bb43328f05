// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace isoaudit {

/// Every list of stored values that people read as words: the Enums:: lists of RecordKind.h, plus the Annex A
/// themes of the catalogue.
enum class ValueList {
    AuditType,
    LifecycleState,
    TeamRole,
    ClauseVerdict,
    Applicability,
    Implementation,
    ControlVerdict,
    Treatment,
    EvidenceKind,
    FindingGrade,
    ActionStatus,
    Recommendation,
    FindingNature,
    Framework,
    AuditCombination,
    Confirmation,
    RiskScoring,
    ProgrammeStatus,
    VerificationVerdict,
    MeetingKind,
    ComplexityLevel,
    ControlFrequency,
    Soc2ReportType,
    TrustCategory,
    ControlAutomation,
    TestMethod,
    DesignConclusion,
    TestResult,
    ItemResult,
    DeviationPattern,
    Opinion,
    SubserviceMethod,
    AnnexATheme,
};

/// The forms a value's label takes. Each falls back to Display when the table gives no form of its own, so a
/// difference between two places is always written down in ValueLabels.cpp, never an accident.
enum class LabelForm {
    Display, ///< the workbench (cells, choices, filters, messages) and the table export
    Report, ///< the report, in the report's language ("Special" rather than "Special / follow-up")
    Short, ///< badges, narrow columns and the report's count headers ("Major NC", "Partially")
    Plural, ///< the report's group headings ("Major nonconformities")
};

/// One stored value's words, as English source texts. They are translated in the context "ValueLabels" with the
/// list's disambiguation ("finding grade", "evidence kind"), so the grade "Observation" and the evidence kind
/// "Observation" are separate entries for translators.
struct ValueLabel
{
    /// A source text and its disambiguation, as QT_TRANSLATE_NOOP3 gives them.
    struct Text
    {
        const char* source = nullptr;
        const char* comment = nullptr;
    };

    QString value; ///< the stored spelling ("nonconform"); empty for the label of a null value
    Text display;
    Text report = {};
    Text shortForm = {};
    Text plural = {};
    /// Words earlier versions wrote for this value in their table exports; the importer still reads them back in
    /// every language.
    QList<Text> formerly = {};

    /// The text of a form, or the display text when the entry has no such form.
    Text text(LabelForm form) const;
};

/// The one label table: for every list and every stored value, the label the workbench shows, the report's and
/// the short and plural forms where they differ, and the spellings the importer reads back. Delegates, workbench
/// labels, the report, the table exporter and the importer all read it; tests/ui/tst_valuelabels.cpp and
/// tests/i18n/check_value_labels.py fail when a place renders a value any other way.
class ValueLabels
{
public:
    /// Translates like QCoreApplication::translate (or ReportLanguage::translate, for the report's language).
    using Translator = QString (*)(const char* context, const char* sourceText, const char* disambiguation, int n);

    static constexpr const char* context = "ValueLabels";

    static QList<ValueList> lists();
    /// The name of the list in Enums:: ("findingGrades"); "annexAThemes" for the themes.
    static QString name(ValueList list);
    /// The translators' disambiguation of the list's labels ("finding grade").
    static const char* disambiguation(ValueList list);
    /// The stored values in their order (the Enums:: list itself).
    static QStringList values(ValueList list);
    /// The table's entry for a value; for an empty value the list's null entry; nullptr for an unknown value.
    static const ValueLabel* entry(ValueList list, const QString& value);
    /// The English source text of a value's label in a form (falling back to Display); empty when unknown.
    static QString source(ValueList list, const QString& value, LabelForm form = LabelForm::Display);

    /// The label in the UI's language (the application's installed translators). An empty value reads "Not
    /// stated" (or the list's own null label); a value the list does not know is returned as it is.
    static QString label(ValueList list, const QString& value, LabelForm form = LabelForm::Display);
    /// The label translated by `translate`; the report passes ReportLanguage::translate. An empty value gives the
    /// list's null label in that form, or an empty string when the list has none. With `bodyWording` a value that
    /// certification bodies name otherwise than the standard (the finding grades) takes the body's words.
    static QString label(ValueList list, const QString& value, LabelForm form, Translator translate,
                         bool bodyWording = false);
    /// The workbench's choice of wording (Preferences ▸ Report wording, AppSettings::bodyWording): the standard's
    /// terms (the default) or the certification body's where it has its own. The report has its own, per report.
    static void setBodyWording(bool bodyWording);
    static bool bodyWording();
    /// Whether a value has a certification body's wording of its own (the body's words may still equal the
    /// standard's in a language whose bodies use the standard's terms).
    static bool hasBodyWording(ValueList list, const QString& value);
    /// The label in one language ("en" = the source text), whatever the UI's or the report's language.
    static QString labelIn(const QString& language, ValueList list, const QString& value,
                           LabelForm form = LabelForm::Display);
    /// Every word that means the value in an exported table: each form of its label and the words earlier versions
    /// exported, in English and every language IsoAudit speaks, without repeats. The importer reads them all.
    static QStringList importSpellings(ValueList list, const QString& value);
    /// "Not stated": the workbench's word for a null value.
    static QString notStated();
};

} // namespace isoaudit
