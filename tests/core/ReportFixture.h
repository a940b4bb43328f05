// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the report tests: a small audit with names in several scripts, a finding of each kind of detail the
// report prints, an SoA exclusion and a rated risk; and helpers that run poppler's and qpdf's tools.

#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QProcess>
#include <QTest>

namespace reporttest {

using namespace isoaudit;

inline const QString client = QStringLiteral("Ærø Sikkerhed ApS");
inline const QString lead = QStringLiteral("Jürgen Groß");
inline const QString japaneseAuditor = QStringLiteral("山田 太郎");

inline QString insertOrFail(AuditStore& store, const Record& record)
{
    auto uuid = store.insert(record);
    if (!uuid)
        qFatal("insert failed: %s", qPrintable(uuid.error()));
    return uuid.value();
}

inline std::unique_ptr<AuditStore> makeAudit(const QString& path)
{
    NewAudit seed{client,
                  QStringLiteral("stage2"),
                  lead,
                  QStringLiteral("Betalingstjenester i Århus"),
                  QDate(2026, 3, 2),
                  QDate(2026, 3, 6)};
    auto created = Lifecycle::create(path, seed);
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error()));
    std::unique_ptr<AuditStore> store = std::move(created.value());
    const QString audit = store->audit()->uuid;
    Status set = store->setFields(RecordKind::Audit, audit,
                                  {{"report_number", "R-2026-017"},
                                   {"objectives", "Bestätigung der Wirksamkeit des ISMS."},
                                   {"criteria", "ISO/IEC 27001:2022 and the client's ISMS documentation."},
                                   {"recommendation", "recommend-after-verification"},
                                   {"recommendation_rationale", "One major nonconformity must be verified first."}});
    if (!set)
        qFatal("setFields failed: %s", qPrintable(set.error()));
    insertOrFail(*store,
                 {RecordKind::Site, {}, {}, {{"name", "Hovedkontor"}, {"address", "Søndergade 1, Aarhus"}}, {}});
    insertOrFail(*store,
                 {RecordKind::TeamMember,
                  {},
                  {},
                  {{"name", japaneseAuditor}, {"role", "auditor"}, {"organization", "日本監査株式会社"}},
                  {}});
    insertOrFail(*store,
                 {RecordKind::Interview,
                  {},
                  {},
                  {{"interviewee", "Søren Ødegård"}, {"role", "CISO"}, {"held_at", "2026-03-02T09:00:00Z"}},
                  {{LinkKind::Clause, {"6.1.2"}}}});
    const QString evidence = insertOrFail(*store,
                                          {RecordKind::Evidence,
                                           {},
                                           {},
                                           {{"kind", "record"},
                                            {"title", "Change tickets Q1"},
                                            {"reference", "CHG-2026-Q1"},
                                            {"sample_size", 5},
                                            {"population", "118 tickets"},
                                            {"sample_selection", "Every 20th ticket"}},
                                           {{LinkKind::Control, {"8.32"}}}});
    insertOrFail(*store,
                 {RecordKind::Risk,
                  {},
                  {},
                  {{"ref", "R-1"},
                   {"asset", "Kundedatabase"},
                   {"threat", "Ransomware"},
                   {"likelihood", 4},
                   {"impact", 5},
                   {"treatment", "mitigate"},
                   {"residual_likelihood", 2},
                   {"residual_impact", 3}},
                  {}});
    const QString finding = insertOrFail(*store,
                                         {RecordKind::Finding,
                                          {},
                                          {},
                                          {{"ref", "NC-1"},
                                           {"grade", "major"},
                                           {"title", "Risk treatment missing"},
                                           {"statement", "Risks above the threshold have no treatment."},
                                           {"objective_evidence", "Register rows R-1 to R-4 have no controls."},
                                           {"raised_on", "2026-03-03"},
                                           {"raised_by", lead}},
                                          {{LinkKind::Clause, {"6.1.3"}}, {LinkKind::Evidence, {evidence}}}});
    insertOrFail(*store,
                 {RecordKind::CorrectiveAction,
                  {},
                  finding,
                  {{"correction", "Treatment chosen for R-1."},
                   {"root_cause", "No owner for the register."},
                   {"action", "Quarterly register review."},
                   {"owner", "Søren Ødegård"},
                   {"due_date", "2026-05-31"},
                   {"status", "plan-accepted"}},
                  {}});
    insertOrFail(*store,
                 {RecordKind::Finding,
                  {},
                  {},
                  {{"ref", "OFI-1"}, {"grade", "ofi"}, {"statement", "Automate access reviews."}},
                  {{LinkKind::Control, {"5.18"}}}});
    auto soa = store->uuidForKey(RecordKind::SoaEntry, QStringLiteral("7.12"));
    set = store->setFields(RecordKind::SoaEntry, soa.value(),
                           {{"applicable", "no"}, {"justification", "Keine eigene Verkabelung: Büro gemietet."}});
    if (!set)
        qFatal("SoA edit failed: %s", qPrintable(set.error()));
    return store;
}

struct ToolRun
{
    int code = -1;
    QString out;
    QString err;
};

inline ToolRun runTool(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// The text of a PDF (all pages, or `first`..`last`), as poppler extracts it.
inline QString pdfText(const QString& pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << "-f" << QString::number(first) << "-l" << QString::number(last);
    args << pdf << "-";
    return runTool("pdftotext", args).out;
}

/// Collapses runs of white space, so a reference comparison does not depend on line wrapping or indentation.
inline QString normalized(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n')))
        lines << line.simplified();
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace reporttest
