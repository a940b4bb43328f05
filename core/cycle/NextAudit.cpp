// SPDX-License-Identifier: GPL-3.0-or-later
#include "cycle/NextAudit.h"

#include "cycle/CyclePlan.h"

#include "domain/ValueLabels.h"
#include "storage/AuditDatabase.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/Lifecycle.h"
#include "workflow/ProgrammeCoverage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

bool isNonconformity(const QString& grade)
{
    return grade == QLatin1String("major") || grade == QLatin1String("minor");
}

/// Which audit types may follow which: the initial certification is Stage 1 then Stage 2; after a certification
/// decision come surveillance audits, recertification and special audits.
bool mayFollow(const QString& previous, const QString& next)
{
    if (next == QLatin1String("stage2"))
        return previous == QLatin1String("stage1") || previous == QLatin1String("stage2")
            || previous == QLatin1String("special");
    if (next == QLatin1String("special"))
        return previous != QLatin1String("stage1");
    if (next == QLatin1String("surveillance"))
        return previous != QLatin1String("stage1");
    if (next == QLatin1String("recertification")) // at the end of a cycle of surveillance audits
        return previous == QLatin1String("surveillance") || previous == QLatin1String("special");
    return false;
}

/// The last signed revision of the previous audit's report.
const Record* signedRevision(const AuditSnapshot& previous)
{
    const Record* latest = nullptr;
    for (const auto& r : previous.revisions) {
        if (r.text(s("signed_at")).isEmpty() || !r.text(s("reopened_at")).isEmpty())
            continue;
        if (!latest || r.integer(s("revision")).value_or(0) > latest->integer(s("revision")).value_or(0))
            latest = &r;
    }
    return latest;
}

/// The corrective actions of a finding as they stood, with their status history, for the carried record.
QJsonArray actionsOf(const AuditSnapshot& previous, const QString& findingUuid)
{
    QJsonArray actions;
    for (const Record* a : previous.actionsOf(findingUuid)) {
        QJsonArray history;
        for (const auto& change : previous.actionHistory) {
            if (change.parentUuid != a->uuid)
                continue;
            history.append(QJsonObject{{s("from"), change.text(s("from_status"))},
                                       {s("to"), change.text(s("to_status"))},
                                       {s("by"), change.text(s("changed_by"))},
                                       {s("at"), change.text(s("changed_at"))},
                                       {s("note"), change.text(s("note"))}});
        }
        actions.append(QJsonObject{{s("correction"), a->text(s("correction"))},
                                   {s("rootCause"), a->text(s("root_cause"))},
                                   {s("action"), a->text(s("action"))},
                                   {s("owner"), a->text(s("owner"))},
                                   {s("dueDate"), a->text(s("due_date"))},
                                   {s("status"), a->text(s("status"))},
                                   {s("verification"), a->text(s("verification"))},
                                   {s("verifiedBy"), a->text(s("verified_by"))},
                                   {s("verifiedOn"), a->text(s("verified_on"))},
                                   {s("history"), history}});
    }
    return actions;
}

/// One step of a carried finding's history: what an audit concluded about it.
QJsonObject historyStep(const AuditSnapshot& audit, const QString& verdict, const QString& note, const QString& by)
{
    return {{s("audit"), audit.audit.uuid},
            {s("type"), audit.auditType()},
            {s("reportNumber"), audit.audit.text(s("report_number"))},
            {s("date"), audit.audit.text(s("end_date"))},
            {s("verdict"), verdict},
            {s("note"), note},
            {s("by"), by}};
}

QVariantMap copied(const Record& from, const QStringList& columns)
{
    QVariantMap values;
    for (const QString& column : columns)
        values.insert(column, from.values.value(column));
    return values;
}

Status fail(const QString& message)
{
    return Error{message};
}

/// Copies what the new audit takes over from the last one into `store` (the new file, inside its creating
/// transaction).
class Carrier
{
public:
    Carrier(const AuditSnapshot& previous, const QList<Record>& previousSites, const QString& previousPath,
            const NextAuditOptions& options, QStringList* summary)
        : m_previousSites(previousSites)
        , m_previous(previous)
        , m_previousPath(previousPath)
        , m_options(options)
        , m_summary(summary)
    {
    }

    Status fill(AuditStore& store, const QString& auditUuid)
    {
        m_auditUuid = auditUuid;
        for (auto step : {&Carrier::audit, &Carrier::teamAndSites, &Carrier::riskRegister, &Carrier::soaAndClauses,
                          &Carrier::findings, &Carrier::programme, &Carrier::plan}) {
            if (auto ok = (this->*step)(store); !ok)
                return ok;
        }
        return {};
    }

private:
    void say(const QString& line)
    {
        if (m_summary)
            m_summary->append(line);
    }

    Status audit(AuditStore& store)
    {
        QVariantMap values = copied(m_previous.audit,
                                    {s("scope"), s("criteria"), s("client_address"), s("management_representative"),
                                     s("frameworks"), s("soa_version"), s("audit_combination"),
                                     s("minor_to_major_threshold"), s("major_action_days"), s("minor_plan_days")});
        values.insert(s("previous_audit"), m_previous.audit.uuid);
        values.insert(s("previous_file"), QFileInfo(m_previousPath).fileName());
        return store.setFields(RecordKind::Audit, m_auditUuid, values);
    }

    Status teamAndSites(AuditStore& store)
    {
        int members = 0;
        for (const auto& member : m_previous.team) {
            if (member.text(s("role")) == QLatin1String("lead"))
                continue;
            Record copy{RecordKind::TeamMember, {}, {}, copied(member, RecordKinds::info(RecordKind::TeamMember).columns()), {}};
            if (auto r = store.insert(copy); !r)
                return fail(r.error());
            ++members;
        }
        for (const auto& site : m_previousSites) {
            if (auto r = store.insert({RecordKind::Site, {}, {}, site.values, {}}); !r)
                return fail(r.error());
        }
        auto method = store.riskMethod();
        if (!method)
            return fail(method.error());
        if (!m_previous.riskMethod.uuid.isEmpty()) {
            const QVariantMap values
                = copied(m_previous.riskMethod, RecordKinds::info(RecordKind::RiskMethod).columns());
            if (auto ok = store.setFields(RecordKind::RiskMethod, method->uuid, values); !ok)
                return ok;
        }
        say(NextAudit::tr("Team: %n member(s) besides the lead, editable.", nullptr, members));
        return {};
    }

    Status riskRegister(AuditStore& store)
    {
        for (const auto& risk : m_previous.risks) {
            Record copy{RecordKind::Risk, {}, {}, risk.values, risk.links};
            copy.values.insert(s("carried_over"), true);
            if (auto r = store.insert(copy); !r)
                return fail(r.error());
        }
        say(NextAudit::tr("Risk register: %n risk(s) carried over as the starting point.", nullptr,
                          int(m_previous.risks.size())));
        return {};
    }

    Status soaAndClauses(AuditStore& store)
    {
        auto soa = store.records(RecordKind::SoaEntry);
        if (!soa)
            return fail(soa.error());
        const QList<Record> entries = soa.value();
        for (const auto& entry : entries) {
            const Record* before = m_previous.soaEntry(entry.text(s("control_id")));
            if (!before)
                continue;
            QVariantMap values = copied(*before, {s("applicable"), s("justification"), s("implementation"),
                                                  s("client_reference")});
            values.insert(s("previous_verdict"), before->text(s("verdict")));
            values.insert(s("previous_notes"), before->text(s("notes")));
            values.insert(s("carried_over"), true);
            values.insert(s("planned"), false);
            if (auto ok = store.setFields(RecordKind::SoaEntry, entry.uuid, values); !ok)
                return ok;
        }
        auto clauses = store.records(RecordKind::ClauseAssessment);
        if (!clauses)
            return fail(clauses.error());
        const QList<Record> rows = clauses.value();
        for (const auto& row : rows) {
            const Record* before = m_previous.clause(row.text(s("clause_id")));
            if (!before)
                continue;
            const QVariantMap values{{s("previous_verdict"), before->text(s("verdict"))},
                                     {s("previous_notes"), before->text(s("notes"))},
                                     {s("planned"), false}};
            if (auto ok = store.setFields(RecordKind::ClauseAssessment, row.uuid, values); !ok)
                return ok;
        }
        say(NextAudit::tr("Statement of Applicability carried over; the last audit's verdicts are kept as context."));
        return {};
    }

    Status findings(AuditStore& store)
    {
        const QList<Record> carried = NextAudit::carriedFindings(m_previous, m_options.auditType);
        for (const auto& record : carried) {
            if (auto r = store.insert(record); !r)
                return fail(r.error());
        }
        say(NextAudit::tr("Earlier nonconformities to verify: %n.", nullptr, int(carried.size())));
        return {};
    }

    /// The programme: the certificate as it stands, the last audit moved into the history with what it covered, and
    /// this audit in the planned row of its type (or a new row).
    Status programme(AuditStore& store)
    {
        auto own = store.singleton(RecordKind::Programme);
        if (!own)
            return fail(own.error());
        const QString previousType = m_previous.auditType();
        // After a recertification the next cycle begins: its decision, and the renewed certificate's dates, are facts
        // IsoAudit cannot know yet, so they are asked for again rather than carried from the last cycle.
        const bool newCycle = previousType == QLatin1String("recertification")
            && m_options.auditType != QLatin1String("special");
        Record programme = m_previous.programme;
        if (newCycle) {
            for (const char* column : {"decision_date", "certificate_issued", "certificate_expires"})
                programme.values.insert(s(column), QVariant());
            programme.values.insert(s("cycle"), programme.integer(s("cycle")).value_or(1) + 1);
        }
        if (!m_previous.programme.uuid.isEmpty()) {
            const QVariantMap values = copied(programme, RecordKinds::info(RecordKind::Programme).columns());
            if (auto ok = store.setFields(RecordKind::Programme, own->uuid, values); !ok)
                return ok;
        }
        int previousCycle = 1;
        bool previousRecorded = false;
        QList<Record> planned;
        for (const auto& row : m_previous.programmeAudits) {
            Record copy{RecordKind::ProgrammeAudit, {}, {}, row.values, row.links};
            if (row.text(s("status")) == QLatin1String("current")) {
                previousCycle = row.integer(s("cycle")).value_or(1);
                completed(copy);
                previousRecorded = true;
            } else if (row.text(s("status")) == QLatin1String("planned")) {
                planned << copy;
                continue;
            }
            if (auto r = store.insert(copy); !r)
                return fail(r.error());
        }
        if (!previousRecorded) { // a file from before the programme (format 5 or older)
            Record copy{RecordKind::ProgrammeAudit, {}, {}, {{s("audit_type"), previousType}, {s("cycle"), 1}}, {}};
            completed(copy);
            if (auto r = store.insert(copy); !r)
                return fail(r.error());
        }
        // A certification decision (after Stage 2 or recertification) opens a cycle: plan its audits if the
        // programme does not yet.
        const bool decision = previousType == QLatin1String("stage2")
            || previousType == QLatin1String("recertification");
        const int cycle = newCycle ? previousCycle + 1 : previousCycle;
        if (decision && planned.isEmpty() && m_options.auditType != QLatin1String("stage2"))
            planned = CyclePlan::afterDecision(cycle, programme);

        // This audit takes the first planned row of its type.
        auto rows = store.records(RecordKind::ProgrammeAudit);
        if (!rows)
            return fail(rows.error());
        QString currentUuid;
        for (const auto& row : rows.value()) {
            if (row.text(s("status")) == QLatin1String("current"))
                currentUuid = row.uuid;
        }
        QVariantMap currentValues{{s("cycle"), cycle}};
        bool matched = false;
        for (auto& row : planned) {
            if (!matched && row.text(s("audit_type")) == m_options.auditType) {
                matched = true;
                currentValues.insert(s("label"), row.text(s("label")));
                currentValues.insert(s("due_from"), row.values.value(s("due_from")));
                currentValues.insert(s("due_by"), row.values.value(s("due_by")));
                currentValues.insert(s("cycle"), row.integer(s("cycle")).value_or(cycle));
                continue;
            }
            if (auto r = store.insert(row); !r)
                return fail(r.error());
        }
        if (!currentUuid.isEmpty()) {
            if (auto ok = store.setFields(RecordKind::ProgrammeAudit, currentUuid, currentValues); !ok)
                return ok;
        }
        say(NextAudit::tr("Programme: the last audit is now part of the history."));
        return {};
    }

    /// The row of the last audit as history: what it was, its outcome, its signed report and what it covered.
    void completed(Record& row) const
    {
        const Record& a = m_previous.audit;
        row.values.insert(s("status"), s("completed"));
        row.values.insert(s("audit_type"), m_previous.auditType());
        row.values.insert(s("audit_uuid"), a.uuid);
        row.values.insert(s("start_date"), a.values.value(s("start_date")));
        row.values.insert(s("end_date"), a.values.value(s("end_date")));
        row.values.insert(s("lead"), m_previous.leadName());
        row.values.insert(s("outcome"), a.values.value(s("recommendation")));
        row.values.insert(s("report_number"), a.text(s("report_number")));
        if (const Record* revision = signedRevision(m_previous))
            row.values.insert(s("report_sha256"), revision->text(s("sha256")));
        if (!m_options.signedReport.isEmpty())
            row.values.insert(s("report_file"), QFileInfo(m_options.signedReport).fileName());
        QStringList clauses;
        for (const auto& c : m_previous.clauses) {
            const QString verdict = c.text(s("verdict"));
            if (verdict == QLatin1String("conform") || verdict == QLatin1String("nonconform"))
                clauses << c.text(s("clause_id"));
        }
        QStringList controls;
        for (const auto& e : m_previous.soa) {
            const QString verdict = e.text(s("verdict"));
            if (verdict == QLatin1String("effective") || verdict == QLatin1String("nonconform"))
                controls << e.text(s("control_id"));
        }
        row.links.insert(LinkKind::Clause, clauses);
        row.links.insert(LinkKind::Control, controls);
    }

    /// The plan starts from what the programme's coverage proposes for an audit of this type.
    Status plan(AuditStore& store)
    {
        auto snapshot = AuditSnapshot::load(store);
        if (!snapshot)
            return fail(snapshot.error());
        const ProgrammeCoverage coverage = ProgrammeCoverage::compute(snapshot.value());
        const auto proposal = coverage.propose(snapshot.value());
        for (const auto& change : coverage.planChanges(snapshot.value())) {
            if (auto ok = store.setField(change.kind, change.uuid, s("planned"), change.planned); !ok)
                return ok;
        }
        say(NextAudit::tr("Plan: %1 clause items and %2 controls proposed from the programme's coverage.")
                .arg(proposal.clauses.size())
                .arg(proposal.controls.size()));
        return {};
    }

    QList<Record> m_previousSites;
    const AuditSnapshot& m_previous;
    QString m_previousPath;
    NextAuditOptions m_options;
    QStringList* m_summary;
    QString m_auditUuid;
};

} // namespace

QString NextAudit::refusal(const AuditSnapshot& previous, const QString& type)
{
    if (!Enums::auditTypes.contains(type))
        return tr("Unknown audit type \"%1\"; use one of: stage2, surveillance, recertification, special.").arg(type);
    if (type == QLatin1String("stage1"))
        return tr("A Stage 1 audit starts a client's initial certification; create it as a new audit.");
    if (!previous.audit.text(s("frameworks")).contains(QLatin1String("iso27001")))
        return tr("Only an ISO/IEC 27001 audit belongs to a certification cycle; this one is not.");
    if (previous.lifecycle() != QLatin1String("signed"))
        return tr("The last audit is not signed (it is in %1): the next audit starts from a signed audit, so that "
                  "what it carries forward is what the signed report says.")
            .arg(ValueLabels::label(ValueList::LifecycleState, previous.lifecycle()));
    if (!mayFollow(previous.auditType(), type))
        return tr("A %1 audit does not follow a %2 audit in the certification cycle.")
            .arg(ValueLabels::label(ValueList::AuditType, type),
                 ValueLabels::label(ValueList::AuditType, previous.auditType()));
    return {};
}

QList<Record> NextAudit::carriedFindings(const AuditSnapshot& previous, const QString& type)
{
    // A special audit verifies only the majors; the other open nonconformities pass through it, deferred, to the
    // audit after it.
    const bool special = type == QLatin1String("special");
    const QString previousType = previous.auditType();
    QList<Record> carried;
    // This audit's own nonconformities (and a Stage 1's areas of concern) whose correction and corrective action
    // the last audit did not verify effective.
    for (const auto& f : previous.findings) {
        const QString grade = f.text(s("grade"));
        const bool concern = grade == QLatin1String("area-of-concern") && previousType == QLatin1String("stage1");
        if (!isNonconformity(grade) && !concern)
            continue;
        bool verified = false;
        for (const Record* action : previous.actionsOf(f.uuid))
            verified = verified || action->text(s("status")) == QLatin1String("verified-effective");
        if (verified)
            continue;
        Record c{RecordKind::CarriedFinding, {}, {}, copied(f, {s("ref"), s("grade"), s("title"), s("requirement"),
                                                              s("statement"), s("raised_on")}),
                 {}};
        c.values.insert(s("origin_audit"), previous.audit.uuid);
        c.values.insert(s("origin_finding"), f.uuid);
        c.values.insert(s("origin_type"), previousType);
        c.values.insert(s("origin_report"), previous.audit.text(s("report_number")));
        c.values.insert(s("origin_date"), previous.audit.values.value(s("end_date")));
        c.values.insert(s("actions"), compact(actionsOf(previous, f.uuid)));
        // A finding the last audit raised again carries the history of the one it replaced.
        QJsonArray history;
        for (const auto& earlier : previous.carriedFindings) {
            if (earlier.text(s("reraised_as")) != f.uuid)
                continue;
            history = arrayOf(earlier.text(s("history")));
            history.append(historyStep(previous, earlier.text(s("verification")), earlier.text(s("verification_note")),
                                       earlier.text(s("verified_by"))));
            QJsonObject origin = history.last().toObject();
            origin.insert(s("earlierRef"), earlier.text(s("ref")));
            origin.insert(s("earlierReport"), earlier.text(s("origin_report")));
            history.replace(history.size() - 1, origin);
        }
        c.values.insert(s("history"), compact(history));
        c.values.insert(s("deferred"), special && grade != QLatin1String("major"));
        c.links.insert(LinkKind::Clause, f.linked(LinkKind::Clause));
        c.links.insert(LinkKind::Control, f.linked(LinkKind::Control));
        carried << c;
    }
    // Earlier nonconformities the last audit found still open travel on with their history; those it closed end,
    // and those it found not effective travel on as the finding that raised them again (above).
    for (const auto& earlier : previous.carriedFindings) {
        const QString verdict = earlier.text(s("verification"));
        if (verdict == QLatin1String("effective") || verdict == QLatin1String("not-effective"))
            continue;
        Record c{RecordKind::CarriedFinding, {}, {}, earlier.values, earlier.links};
        if (!earlier.flag(s("deferred"))) { // a deferred one was not looked at: no step in its history
            QJsonArray history = arrayOf(earlier.text(s("history")));
            history.append(historyStep(previous, verdict.isEmpty() ? s("not-verified") : verdict,
                                       earlier.text(s("verification_note")), earlier.text(s("verified_by"))));
            c.values.insert(s("history"), compact(history));
        }
        c.values.insert(s("deferred"), special && earlier.text(s("grade")) != QLatin1String("major"));
        for (const char* column : {"verification", "verified_on"})
            c.values.insert(s(column), QVariant());
        for (const char* column : {"verification_note", "verified_by", "reraised_as"})
            c.values.insert(s(column), QString());
        c.links.remove(LinkKind::Evidence); // the evidence was the last audit's
        carried << c;
    }
    return carried;
}

Result<std::unique_ptr<AuditStore>> NextAudit::create(const QString& path, const QString& previousPath,
                                                      const NextAuditOptions& options, QStringList* summary)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(previousPath).absoluteFilePath())
        return Error{tr("The next audit needs a file of its own; %1 is the last audit's.")
                         .arg(QDir::toNativeSeparators(path))};
    auto previousStore = AuditStore::open(previousPath, AuditDatabase::Mode::ReadOnly);
    if (!previousStore)
        return Error{previousStore.error()};
    auto previous = AuditSnapshot::load(*previousStore.value());
    if (!previous)
        return Error{previous.error()};
    if (const QString why = refusal(previous.value(), options.auditType); !why.isEmpty())
        return Error{tr("%1: %2").arg(QDir::toNativeSeparators(previousPath), why)};
    if (!options.signedReport.isEmpty()) {
        QFile pdf(options.signedReport);
        if (!pdf.open(QIODevice::ReadOnly))
            return Error{tr("Could not read the signed report %1: %2")
                             .arg(QDir::toNativeSeparators(options.signedReport), pdf.errorString())};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&pdf);
        const QString digest = QString::fromLatin1(hash.result().toHex());
        const Record* revision = signedRevision(previous.value());
        if (!revision || revision->text(s("sha256")).compare(digest, Qt::CaseInsensitive) != 0)
            return Error{tr("%1 is not the report signed for %2 (its SHA-256 differs from the signed revision's).")
                             .arg(QDir::toNativeSeparators(options.signedReport),
                                  QDir::toNativeSeparators(previousPath))};
    }
    auto sites = previousStore.value()->records(RecordKind::Site);
    if (!sites)
        return Error{sites.error()};

    Carrier carrier(previous.value(), sites.value(), previousPath, options, summary);
    NewAudit seed;
    seed.client = previous->audit.text(s("client"));
    seed.auditType = options.auditType;
    seed.leadAuditor = options.lead.trimmed().isEmpty() ? previous->leadName() : options.lead.trimmed();
    seed.scope = previous->audit.text(s("scope"));
    seed.startDate = options.startDate;
    seed.endDate = options.endDate;
    seed.populate = [&](AuditStore& store, const QString& auditUuid) { return carrier.fill(store, auditUuid); };
    return Lifecycle::create(path, seed);
}

} // namespace isoaudit
