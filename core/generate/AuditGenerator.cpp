// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/AuditGenerator.h"

#include "catalog/Catalog.h"
#include "generate/GeneratorTemplates.h"
#include "generate/GeneratorVocabulary.h"
#include "generate/SyntheticAttachment.h"
#include "storage/AuditStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>
#include <QUuid>

#include <algorithm>

namespace isoaudit {

namespace {

using Vocabulary = GeneratorVocabulary;

// Every generated uuid is a name-based (v5) uuid in this namespace, so a seed always gives the same uuids.
constexpr QUuid generatorNamespace(0x6f1c2a4e, 0x2b9d, 0x5c8e, 0x9a, 0x51, 0x3d, 0x7e, 0x0b, 0x4f, 0x8c, 0x21);
constexpr int progressInterval = 64;
constexpr qint64 mebibyte = 1024 * 1024;

} // namespace

AuditGenerator::AuditGenerator(AuditStore& store, const GenerateOptions& options,
                               const std::function<bool(int, int)>& progress)
    : m_store(store)
    , m_options(options)
    , m_progress(progress)
    , m_random(options.seed)
{
}

Status AuditGenerator::fill(AuditStore& store, const GenerateOptions& options,
                            const std::function<bool(int, int)>& progress)
{
    if (std::min({options.risks, options.interviews, options.findings, options.evidence, options.attachmentsMb}) < 0)
        return Error{tr("The numbers of records to generate must be 0 or more.")};
    if (options.attachmentsMb > 0 && options.evidence == 0)
        return Error{tr("Attachments belong to evidence: generate at least one evidence record to attach %1 MiB to.")
                         .arg(options.attachmentsMb)};
    AuditGenerator generator(store, options, progress);
    return store.batch([&]() { return generator.run(); });
}

Status AuditGenerator::run()
{
    using Stage = Status (AuditGenerator::*)();
    for (Stage stage :
         {&AuditGenerator::prepare, &AuditGenerator::addTeamAndSites, &AuditGenerator::decideApplicability,
          &AuditGenerator::addRisks, &AuditGenerator::addInterviews, &AuditGenerator::addEvidence,
          &AuditGenerator::addAttachments, &AuditGenerator::addFindings, &AuditGenerator::setVerdicts}) {
        if (auto ok = (this->*stage)(); !ok)
            return ok;
    }
    return {};
}

Status AuditGenerator::prepare()
{
    auto audit = m_store.audit();
    if (!audit)
        return Error{audit.error()};
    m_start = QDate::fromString(audit->text("start_date"), Qt::ISODate);
    if (!m_start.isValid())
        m_start = QDate(2026, 11, 23);
    const QDate end = QDate::fromString(audit->text("end_date"), Qt::ISODate);
    m_days = end.isValid() && end >= m_start ? int(m_start.daysTo(end)) + 1 : 5;

    auto method = m_store.riskMethod();
    if (!method)
        return Error{method.error()};
    const auto levels = [&](const char* column) {
        const int n = int(QJsonDocument::fromJson(method->text(column).toUtf8()).array().size());
        return std::clamp(n, 1, 10);
    };
    m_riskLevels[0] = levels("likelihood_levels");
    m_riskLevels[1] = levels("impact_levels");
    m_method = RiskMethod::fromRecord(method.value());
    const auto range = m_method.scoreRange();
    m_threshold = m_method.acceptanceThreshold.value_or(range ? range->second * 2 / 5 : 0);

    for (const char* table :
         {"team_member", "site", "risk", "interview", "evidence", "attachment", "finding", "corrective_action"}) {
        auto n = m_store.count(*RecordKinds::fromTable(QLatin1String(table)));
        if (!n)
            return Error{n.error()};
        m_existing.insert(QLatin1String(table), n.value());
    }
    auto team = m_store.records(RecordKind::TeamMember);
    auto sites = m_store.records(RecordKind::Site);
    auto soa = m_store.records(RecordKind::SoaEntry);
    auto clauses = m_store.records(RecordKind::ClauseAssessment);
    for (const auto* rows : {&team, &sites, &soa, &clauses}) {
        if (!*rows)
            return Error{rows->error()};
    }
    for (const auto& member : team.value())
        m_auditors << member.text("name");
    for (const auto& site : sites.value())
        m_siteNames << site.text("name");
    for (const auto& entry : soa.value())
        m_soaUuids.insert(entry.text("control_id"), entry.uuid);
    for (const auto& clause : clauses.value())
        m_clauseUuids.insert(clause.text("clause_id"), clause.uuid);

    // Attachments of 64 KiB to 3 MiB that add up to exactly the requested size.
    qint64 remaining = qint64(m_options.attachmentsMb) * mebibyte;
    while (remaining > 0) {
        qint64 size = std::min<qint64>(remaining, m_random.between(64 * 1024, 3 * int(mebibyte)));
        if (remaining - size < 16 * 1024)
            size = remaining;
        m_attachmentSizes << size;
        remaining -= size;
    }
    m_total = m_options.risks + m_options.interviews + m_options.evidence + int(m_attachmentSizes.size())
        + m_options.findings + 2 * int(m_soaUuids.size()) + int(m_clauseUuids.size());
    return {};
}

Status AuditGenerator::step()
{
    ++m_done;
    if (m_progress && (m_done % progressInterval == 0 || m_done == m_total) && !m_progress(m_done, m_total))
        return Error{tr("Generating the audit was cancelled; the file is unchanged.")};
    return {};
}

QString AuditGenerator::uuidFor(const QString& table, int index) const
{
    const QString name = QStringLiteral("%1/%2/%3").arg(m_options.seed).arg(table).arg(m_existing.value(table) + index);
    return QUuid::createUuidV5(generatorNamespace, name).toString(QUuid::WithoutBraces);
}

QString AuditGenerator::reference(const QString& table, const char* prefix, int index, int count) const
{
    const int last = m_existing.value(table) + count;
    const int width = std::max(3, int(QString::number(last).size()));
    return QLatin1String(prefix)
        + QStringLiteral("%1").arg(m_existing.value(table) + index + 1, width, 10, QLatin1Char('0'));
}

void AuditGenerator::cover(const Record& record)
{
    for (const QString& id : record.linked(LinkKind::Clause))
        m_coveredClauses.insert(id);
    for (const QString& id : record.linked(LinkKind::Control))
        m_coveredControls.insert(id);
}

QDate AuditGenerator::auditDay()
{
    return m_start.addDays(m_random.below(m_days));
}

Status AuditGenerator::addTeamAndSites()
{
    for (int i = 0; m_auditors.size() < 3; ++i) {
        const QString name = m_random.person();
        if (m_auditors.contains(name))
            continue;
        const Record member{RecordKind::TeamMember,
                            uuidFor(QStringLiteral("team_member"), i),
                            {},
                            {{"name", name},
                             {"role", "auditor"},
                             {"organization", "Certification body"},
                             {"email", GeneratorVocabulary::emailFor(name)}},
                            {}};
        if (auto r = m_store.insert(member); !r)
            return Error{r.error()};
        m_auditors << name;
    }
    if (!m_siteNames.isEmpty())
        return {};
    const QList<std::pair<QString, QString>> sites = {{"Head office", "Main street 1, 1000 Copenhagen"},
                                                      {"Branch office", "Harbour road 12, 8000 Aarhus"},
                                                      {"Cloud platform (EU region)", "Hosted by the cloud provider"}};
    for (int i = 0; i < sites.size(); ++i) {
        const Record site{RecordKind::Site,
                          uuidFor(QStringLiteral("site"), i),
                          {},
                          {{"name", sites.at(i).first}, {"address", sites.at(i).second}},
                          {}};
        if (auto r = m_store.insert(site); !r)
            return Error{r.error()};
        m_siteNames << sites.at(i).first;
    }
    return {};
}

Status AuditGenerator::decideApplicability()
{
    // Outsourced development is always excluded (a contradiction waiting for the risk register), the others by chance.
    for (const QString& id : GeneratorTemplates::exclusions().keys()) {
        if (id == QLatin1String("8.30") || m_random.chance(50))
            m_notApplicable << id;
    }
    const Catalog& catalog = Catalog::isoSpecificByNature();
    for (const auto& control : catalog.controls()) {
        const QString uuid = m_soaUuids.value(control.id);
        if (uuid.isEmpty())
            continue;
        QVariantMap values;
        if (m_notApplicable.contains(control.id)) {
            values = {{"applicable", "no"},
                      {"justification", GeneratorTemplates::exclusions().value(control.id)},
                      {"implementation", QVariant()}};
        } else {
            static const QStringList states = {"implemented", "partial", "planned", "not-implemented"};
            values = {{"applicable", "yes"},
                      {"justification",
                       m_random.pickSome(GeneratorTemplates::inclusionReasons(), 1, 2).join(QLatin1String("; "))
                           + QLatin1Char('.')},
                      {"implementation", states.at(m_random.weighted({82, 11, 5, 2}))}};
        }
        static const QHash<QString, QString> prefixes = {{"Organizational", "ISMS-POL-%1"},
                                                         {"People", "HR-PRO-%1"},
                                                         {"Physical", "FAC-PRO-%1"},
                                                         {"Technological", "IT-STD-%1"}};
        values.insert("client_reference",
                      prefixes.value(control.theme).arg(m_random.between(1, 30), 2, 10, QLatin1Char('0')));
        if (auto ok = m_store.setFields(RecordKind::SoaEntry, uuid, values); !ok)
            return ok;
        if (auto ok = step(); !ok)
            return ok;
    }
    return {};
}

Status AuditGenerator::addRisks()
{
    const auto& threats = Vocabulary::threats();
    const Catalog& catalog = Catalog::isoSpecificByNature();
    for (int i = 0; i < m_options.risks; ++i) {
        const auto& threat = threats.at(m_random.below(int(threats.size())));
        const auto level = [&](int n) { return 1 + (m_random.below(n) + m_random.below(n) + 1) / 2; };
        const int likelihood = std::min(level(m_riskLevels[0]), m_riskLevels[0]);
        const int impact = std::min(level(m_riskLevels[1]), m_riskLevels[1]);
        const bool above = m_method.score(likelihood, impact).value_or(0) > m_threshold;
        static const QStringList options = {"mitigate", "transfer", "avoid", "accept", QString()};
        const QString treatment
            = options.at(above ? m_random.weighted({78, 7, 5, 5, 5}) : m_random.weighted({35, 3, 2, 55, 5}));
        QStringList controls;
        QString plan;
        int residualLikelihood = likelihood;
        int residualImpact = impact;
        if (treatment == QLatin1String("mitigate")) {
            QStringList candidates;
            for (const QString& id : threat.controls) {
                if (!m_notApplicable.contains(id))
                    candidates << id;
            }
            if (!m_random.chance(3))
                controls = m_random.pickSome(candidates, 1, 3);
            // Now and then a treatment plan contradicts the SoA, as real ones do.
            if (m_random.below(250) == 0)
                controls << m_random.pick(m_notApplicable);
            QStringList titles;
            for (const QString& id : controls)
                titles << id + QLatin1Char(' ') + catalog.control(id)->title;
            plan = controls.isEmpty()
                ? QStringLiteral("Mitigation to be defined by the risk owner.")
                : QStringLiteral("Implement or strengthen: %1.").arg(titles.join(QLatin1String("; ")));
            if (!controls.isEmpty()) {
                residualLikelihood = std::max(1, likelihood - m_random.between(1, 2));
                residualImpact = std::max(1, impact - m_random.between(0, 1));
            }
        } else if (treatment == QLatin1String("transfer")) {
            controls = {"5.19", "5.20"};
            plan = QStringLiteral("Transferred through cyber insurance and contractual terms with the supplier.");
            residualImpact = std::max(1, impact - m_random.between(1, 2));
        } else if (treatment == QLatin1String("avoid")) {
            plan = QStringLiteral("The activity causing the risk is discontinued by the end of the quarter.");
            residualLikelihood = 1;
            residualImpact = std::max(1, impact - 2);
        } else if (treatment == QLatin1String("accept")) {
            plan = QStringLiteral("Accepted within the risk appetite; monitored at the quarterly risk review.");
        }
        const QString owner = m_random.person() + QStringLiteral(", ") + m_random.pick(Vocabulary::ownerRoles());
        const bool residualAbove = residualLikelihood * residualImpact > m_threshold;
        const bool accepted = !treatment.isEmpty() && m_random.chance(residualAbove ? 60 : 92);
        const int reviewedDaysAgo = m_random.chance(6) ? m_random.between(400, 700) : m_random.between(10, 330);
        QVariantMap values = {{"ref", reference(QStringLiteral("risk"), "R-", i, m_options.risks)},
                              {"asset", m_random.pick(Vocabulary::assets())},
                              {"threat", threat.threat},
                              {"vulnerability", m_random.pick(threat.vulnerabilities)},
                              {"owner", owner},
                              {"likelihood", likelihood},
                              {"impact", impact},
                              {"treatment", treatment.isEmpty() ? QVariant() : QVariant(treatment)},
                              {"treatment_plan", plan},
                              {"residual_accepted", accepted},
                              {"last_reviewed", m_start.addDays(-reviewedDaysAgo).toString(Qt::ISODate)},
                              {"notes", m_random.chance(15) ? m_random.pick(Vocabulary::generalNotes()) : QString()}};
        if (!treatment.isEmpty()) {
            values.insert("residual_likelihood", residualLikelihood);
            values.insert("residual_impact", residualImpact);
        }
        if (accepted) {
            values.insert("accepted_by", owner.section(QLatin1Char(','), 0, 0));
            values.insert("accepted_on", m_start.addDays(-m_random.between(20, 300)).toString(Qt::ISODate));
        }
        const Record risk{
            RecordKind::Risk, uuidFor(QStringLiteral("risk"), i), {}, values, {{LinkKind::Control, controls}}};
        auto inserted = m_store.insert(risk);
        if (!inserted)
            return Error{inserted.error()};
        m_risks << inserted.value();
        if (auto ok = step(); !ok)
            return ok;
    }
    return {};
}

QString AuditGenerator::interviewNotes(const QString& name, const QString& role, const QStringList& topics)
{
    QStringList sentences = topics + Vocabulary::generalNotes();
    m_random.shuffle(sentences);
    QString notes = QStringLiteral("Interview with %1 (%2).\n\n").arg(name, role);
    // About 2 KB, as a page of real interview notes, in paragraphs of three sentences; the pool is long enough that
    // a sentence rarely repeats.
    for (qsizetype i = 0; notes.size() < 1950; ++i) {
        if (i > 0)
            notes += i % 3 == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
        notes += sentences.at(i % sentences.size());
    }
    notes += QStringLiteral("\n\nFollow-up: records for the sample period requested from %1.").arg(name);
    return notes;
}

Status AuditGenerator::addInterviews()
{
    const auto& roles = Vocabulary::roles();
    for (int i = 0; i < m_options.interviews; ++i) {
        const auto& role = roles.at(i < roles.size() ? i : m_random.below(int(roles.size())));
        const QString name = m_random.person();
        const QTime time = QTime(8, 30).addSecs(1800 * m_random.below(16));
        static const QList<int> durations = {30, 45, 60, 60, 90, 120};
        const QVariantMap values
            = {{"interviewee", name},
               {"role", role.role},
               {"held_at",
                auditDay().toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"))},
               {"duration_minutes", durations.at(m_random.below(int(durations.size())))},
               {"auditor", m_random.pick(m_auditors)},
               {"location", m_random.chance(20) ? QStringLiteral("Video call") : m_random.pick(m_siteNames)},
               {"notes", interviewNotes(name, role.role, role.topics)}};
        const Record interview{RecordKind::Interview,
                               uuidFor(QStringLiteral("interview"), i),
                               {},
                               values,
                               {{LinkKind::Clause, m_random.pickSome(role.clauses, 1, 3)},
                                {LinkKind::Control, m_random.pickSome(role.controls, 1, 3)}}};
        auto inserted = m_store.insert(interview);
        if (!inserted)
            return Error{inserted.error()};
        m_interviews << inserted.value();
        cover(interview);
        if (auto ok = step(); !ok)
            return ok;
    }
    return {};
}

Status AuditGenerator::addEvidence()
{
    const auto& templates = GeneratorTemplates::evidence();
    for (int i = 0; i < m_options.evidence; ++i) {
        qsizetype index = m_random.below(int(templates.size()));
        if (i < Enums::evidenceKinds.size()) { // every kind at least once
            index = std::find_if(templates.cbegin(), templates.cend(),
                                 [&](const auto& t) { return t.kind == Enums::evidenceKinds.at(i); })
                - templates.cbegin();
        }
        const auto& t = templates.at(index);
        const QString ref = t.reference.arg(m_random.between(1, 40), 2, 10, QLatin1Char('0'));
        QString title = t.title;
        if (t.kind == QLatin1String("document"))
            title += QStringLiteral(" v%1.%2").arg(m_random.between(1, 5)).arg(m_random.between(0, 9));
        else if (t.kind == QLatin1String("record"))
            title += QStringLiteral(" (%1)").arg(m_random.pick({"Q1-Q2", "Q3", "last 12 months", "since last audit"}));
        else
            title += QStringLiteral(" - %1").arg(m_random.pick(m_siteNames));
        QVariantMap values = {{"kind", t.kind},
                              {"title", title},
                              {"reference", ref},
                              {"description", t.description},
                              {"collected_on", auditDay().toString(Qt::ISODate)},
                              {"collected_by", m_random.pick(m_auditors)}};
        if (t.kind == QLatin1String("record")) {
            const int population = m_random.between(t.frequencySample * 3, t.frequencySample * 25);
            const int sample = std::clamp(
                t.frequencySample + m_random.between(-t.frequencySample / 4, t.frequencySample / 4), 1, population);
            values.insert("sample_size", sample);
            values.insert("population", QStringLiteral("%1 %2").arg(population).arg(t.population));
            values.insert("sample_selection", m_random.pick(GeneratorTemplates::sampleSelections()));
        }
        QStringList interviews;
        if (!m_interviews.isEmpty() && m_random.chance(t.kind == QLatin1String("document") ? 30 : 60))
            interviews = m_random.pickSome(m_interviews, 1, 2);
        const Record evidence{
            RecordKind::Evidence,
            uuidFor(QStringLiteral("evidence"), i),
            {},
            values,
            {{LinkKind::Clause, t.clauses}, {LinkKind::Control, t.controls}, {LinkKind::Interview, interviews}}};
        auto inserted = m_store.insert(evidence);
        if (!inserted)
            return Error{inserted.error()};
        m_evidence << inserted.value();
        cover(evidence);
        m_evidenceReferences << ref;
        if (auto ok = step(); !ok)
            return ok;
    }
    return {};
}

Status AuditGenerator::addAttachments()
{
    const auto& types = SyntheticAttachment::types();
    for (int i = 0; i < m_attachmentSizes.size(); ++i) {
        const int evidence = m_random.below(int(m_evidence.size()));
        const auto& type = types.at(m_random.below(int(types.size())));
        const QByteArray data = SyntheticAttachment::content(m_random, type.mimeType, m_attachmentSizes.at(i), m_start);
        QString base = m_evidenceReferences.at(evidence);
        base.replace(QLatin1Char(' '), QLatin1Char('-'));
        const QTime time = QTime(9, 0).addSecs(60 * m_random.below(480));
        const QVariantMap values
            = {{"file_name", QStringLiteral("%1-%2.%3").arg(base).arg(i + 1).arg(type.extension)},
               {"mime_type", type.mimeType},
               {"size", data.size()},
               {"sha256", QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
               {"data", data},
               {"added_at",
                auditDay().toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"))}};
        const Record attachment{
            RecordKind::Attachment, uuidFor(QStringLiteral("attachment"), i), m_evidence.at(evidence), values, {}};
        if (auto r = m_store.insert(attachment); !r)
            return Error{r.error()};
        if (auto ok = step(); !ok)
            return ok;
    }
    return {};
}

Status AuditGenerator::addFindings()
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    const auto& templates = GeneratorTemplates::findings();
    const QStringList grades = Enums::findingGradesFor(QStringLiteral("stage2")); // a generated audit is a Stage 2
    for (int i = 0; i < m_options.findings; ++i) {
        const QString grade
            = i < grades.size() ? grades.at(i) : grades.at(m_random.weighted({5, 25, 25, 30, 15}));
        QList<qsizetype> candidates;
        for (qsizetype t = 0; t < templates.size(); ++t) {
            if (templates.at(t).grade == grade)
                candidates << t;
        }
        const auto& t = templates.at(candidates.at(m_random.below(int(candidates.size()))));
        const QString requirement = t.clause.isEmpty()
            ? QStringLiteral("ISO/IEC 27001:2022 Annex A %1 %2").arg(t.control, catalog.control(t.control)->title)
            : QStringLiteral("ISO/IEC 27001:2022 clause %1 %2").arg(t.clause, catalog.clause(t.clause)->title);
        const QString witness = m_random.person() + QStringLiteral(", ") + m_random.pick(Vocabulary::ownerRoles());
        QStringList risks;
        if (!m_risks.isEmpty() && (t.clause.startsWith(QLatin1String("6.1")) || t.clause == QLatin1String("8.2")))
            risks = m_random.pickSome(m_risks, 1, 3);
        else if (!m_risks.isEmpty() && m_random.chance(30))
            risks = {m_random.pick(m_risks)};
        const QVariantMap values
            = {{"ref", reference(QStringLiteral("finding"), "F-", i, m_options.findings)},
               {"grade", grade},
               {"title", t.title},
               {"requirement", requirement},
               {"statement", t.statement},
               {"objective_evidence", t.objectiveEvidence.arg(m_random.between(2, 25)).arg(witness)},
               {"raised_on", auditDay().toString(Qt::ISODate)},
               {"raised_by", m_random.pick(m_auditors)}};
        const Record finding{RecordKind::Finding,
                             uuidFor(QStringLiteral("finding"), i),
                             {},
                             values,
                             {{LinkKind::Clause, t.clause.isEmpty() ? QStringList() : QStringList{t.clause}},
                              {LinkKind::Control, t.control.isEmpty() ? QStringList() : QStringList{t.control}},
                              {LinkKind::Interview, m_random.pickSome(m_interviews, 1, 2)},
                              {LinkKind::Evidence, m_random.pickSome(m_evidence, 1, 3)},
                              {LinkKind::Risk, risks}}};
        auto inserted = m_store.insert(finding);
        if (!inserted)
            return Error{inserted.error()};
        if (grade == QLatin1String("major") || grade == QLatin1String("minor")) {
            (t.clause.isEmpty() ? m_nonconformControls : m_nonconformClauses).insert(t.clause + t.control);
            if (auto ok = addCorrectiveAction(inserted.value(), grade, values.value("raised_on").toString()); !ok)
                return ok;
        }
        if (auto ok = step(); !ok)
            return ok;
    }
    return {};
}

Status AuditGenerator::addCorrectiveAction(const QString& findingUuid, const QString& grade, const QString& raisedOn)
{
    const QString status = Enums::actionStatuses.at(m_random.weighted({30, 25, 25, 10, 7, 3}));
    const QDate due = QDate::fromString(raisedOn, Qt::ISODate).addDays(grade == QLatin1String("major") ? 60 : 90);
    QVariantMap values = {{"correction", m_random.pick(GeneratorTemplates::corrections())},
                          {"root_cause", m_random.pick(GeneratorTemplates::rootCauses())},
                          {"action", m_random.pick(GeneratorTemplates::correctiveActions())},
                          {"owner", m_random.person() + QStringLiteral(", ") + m_random.pick(Vocabulary::ownerRoles())},
                          {"due_date", due.toString(Qt::ISODate)},
                          {"status", status}};
    if (status == QLatin1String("verified-effective") || status == QLatin1String("not-effective")) {
        values.insert("verification",
                      status == QLatin1String("not-effective")
                          ? QStringLiteral("Re-sampled: the issue recurred in 2 of 10 records.")
                          : QStringLiteral("Re-sampled 10 records after implementation; no exceptions."));
        values.insert("verified_by", m_random.pick(m_auditors));
        values.insert("verified_on", due.addDays(m_random.between(1, 30)).toString(Qt::ISODate));
    }
    const Record action{RecordKind::CorrectiveAction,
                        uuidFor(QStringLiteral("corrective_action"), m_actions++),
                        findingUuid,
                        values,
                        {}};
    if (auto r = m_store.insert(action); !r)
        return Error{r.error()};
    return {};
}

Status AuditGenerator::setVerdicts()
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    static const QStringList auditees = Vocabulary::ownerRoles();
    for (const auto& clause : catalog.clauses()) {
        const QString uuid = m_clauseUuids.value(clause.id);
        if (uuid.isEmpty())
            continue;
        // A verdict rests on evidence: a clause no interview or evidence covers is still to be assessed.
        const bool nonconform = m_nonconformClauses.contains(clause.id);
        const bool covered = m_coveredClauses.contains(clause.id);
        QVariantMap values = {{"planned", true},
                              {"plan_date", auditDay().toString(Qt::ISODate)},
                              {"plan_auditee", m_random.pick(auditees)},
                              {"plan_auditor", m_random.pick(m_auditors)},
                              {"verdict", nonconform ? "nonconform" : (covered ? "conform" : "pending")}};
        if (nonconform)
            values.insert("notes", QStringLiteral("Nonconformity raised; see the findings against this clause."));
        else if (covered)
            values.insert("notes",
                          QStringLiteral("Assessed through interviews and document review; requirements met."));
        if (auto ok = m_store.setFields(RecordKind::ClauseAssessment, uuid, values); !ok)
            return ok;
        if (auto ok = step(); !ok)
            return ok;
    }
    for (const auto& control : catalog.controls()) {
        const QString uuid = m_soaUuids.value(control.id);
        if (uuid.isEmpty())
            continue;
        const bool nonconform = m_nonconformControls.contains(control.id);
        const bool planned = nonconform
            || (!m_notApplicable.contains(control.id) && m_coveredControls.contains(control.id) && m_random.chance(80));
        QVariantMap values = {{"planned", planned}, {"verdict", "not-sampled"}};
        if (planned) {
            values.insert("plan_date", auditDay().toString(Qt::ISODate));
            values.insert("plan_auditee", m_random.pick(auditees));
            values.insert("plan_auditor", m_random.pick(m_auditors));
            values.insert("verdict", nonconform ? "nonconform" : (m_random.chance(92) ? "effective" : "pending"));
            values.insert("notes",
                          nonconform ? QStringLiteral("Nonconformity raised; see the findings.")
                                     : m_random.pick(Vocabulary::generalNotes()));
        }
        if (auto ok = m_store.setFields(RecordKind::SoaEntry, uuid, values); !ok)
            return ok;
        if (auto ok = step(); !ok)
            return ok;
    }
    return {};
}

} // namespace isoaudit
