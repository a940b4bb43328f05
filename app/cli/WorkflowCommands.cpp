// SPDX-License-Identifier: GPL-3.0-or-later
// The clause 4-10 workflow: `check`, `advance`, `reopen`, `crosscheck` and `classify` (docs/workflow.md).
#include "Arguments.h"
#include "Commands.h"

#include "storage/AuditStore.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/CrossChecks.h"
#include "workflow/FindingClassifier.h"
#include "workflow/Lifecycle.h"
#include "workflow/RuleEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit::cli {

namespace {

bool formatOk(const Arguments& a, QString* format, const CliContext& c, int* code)
{
    *format = a.value(QStringLiteral("format"), QStringLiteral("text"));
    if (*format != QLatin1String("text") && *format != QLatin1String("json")) {
        *code = c.fail(QStringLiteral("--format must be text or json, not \"%1\"").arg(*format));
        return false;
    }
    return true;
}

QJsonObject toJson(const RuleViolation& v)
{
    return {{"id", v.ruleId}, {"severity", severityName(v.severity)}, {"clause", v.clause}, {"message", v.message}};
}

void printViolations(QTextStream& out, const QList<RuleViolation>& violations)
{
    for (const auto& v : violations)
        out << severityName(v.severity) << "\t" << v.ruleId << "\t" << v.clause << "\t" << v.message << "\n";
}

QString defaultActor(const AuditStore& store)
{
    auto snapshot = AuditSnapshot::load(store);
    return snapshot ? snapshot->leadName() : QString();
}

std::optional<ClassificationFacts> factsFrom(const Arguments& a, const CliContext& c, int* code)
{
    const QStringList& natures = Enums::findingNatures;
    ClassificationFacts facts;
    for (const QString& nature : natures) {
        if (!a.flag(nature))
            continue;
        if (!facts.nature.isEmpty()) {
            *code = c.fail(QStringLiteral("give only one of --absent, --undocumented, --systemic, --isolated"));
            return std::nullopt;
        }
        facts.nature = nature;
    }
    if (a.has(QStringLiteral("failed")) != a.has(QStringLiteral("sampled"))) {
        *code = c.fail(QStringLiteral("--failed and --sampled go together"));
        return std::nullopt;
    }
    QString error;
    if (a.has(QStringLiteral("sampled"))) {
        const auto failed = a.number(QStringLiteral("failed"), 0, &error);
        const auto sampled = a.number(QStringLiteral("sampled"), 0, &error);
        if (!failed || !sampled) {
            *code = c.fail(error);
            return std::nullopt;
        }
        facts.samplesFailed = *failed;
        facts.samplesTaken = *sampled;
    }
    facts.capabilityInDoubt = a.flag(QStringLiteral("capability-in-doubt"));
    return facts;
}

/// The certification body's sampling policy, off unless --policy-failure-rate is given (FindingClassifier.h).
std::optional<SamplingPolicy> policyFrom(const Arguments& a, const CliContext& c, int* code)
{
    SamplingPolicy policy;
    if (!a.has(QStringLiteral("policy-failure-rate"))) {
        if (a.has(QStringLiteral("policy-min-failures"))) {
            *code = c.fail(QStringLiteral("--policy-min-failures goes with --policy-failure-rate"));
            return std::nullopt;
        }
        return policy;
    }
    QString error;
    const auto percent = a.number(QStringLiteral("policy-failure-rate"), 1, &error);
    if (!percent) {
        *code = c.fail(error);
        return std::nullopt;
    }
    policy.enabled = true;
    policy.failurePercent = *percent;
    if (a.has(QStringLiteral("policy-min-failures"))) {
        const auto minimum = a.number(QStringLiteral("policy-min-failures"), 1, &error);
        if (!minimum) {
            *code = c.fail(error);
            return std::nullopt;
        }
        policy.minimumFailures = *minimum;
    }
    if (auto valid = policy.validate(); !valid) {
        *code = c.fail(valid.error());
        return std::nullopt;
    }
    return policy;
}

} // namespace

int runCheck(CliContext& c)
{
    Arguments a(c.args, {"for", "format"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has(QStringLiteral("for")))
        return c.fail(QStringLiteral("usage: isoaudit-cli check FILE --for fieldwork|reporting|signed "
                                     "[--format text|json]"));
    QString format;
    int code = 0;
    if (!formatOk(a, &format, c, &code))
        return code;
    const QString target = a.value(QStringLiteral("for"));
    auto store = Lifecycle::open(a.positional().first(), AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    auto violations = RuleEngine::evaluate(*store.value(), target);
    if (!violations)
        return c.fail(violations.error());
    const int blockers = int(RuleEngine::blockers(violations.value()).size());
    if (format == QLatin1String("json")) {
        QJsonArray unmet;
        for (const auto& v : violations.value())
            unmet.append(toJson(v));
        const QJsonObject root{{"for", target},
                               {"ready", blockers == 0},
                               {"blockers", blockers},
                               {"warnings", int(violations->size()) - blockers},
                               {"unmet", unmet}};
        c.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        printViolations(c.out, violations.value());
        c.out << (blockers == 0 ? QStringLiteral("ready for %1").arg(target)
                                : QStringLiteral("not ready for %1: %2 blocker(s)").arg(target).arg(blockers))
              << "\n";
    }
    return blockers == 0 ? 0 : 1;
}

int runAdvance(CliContext& c)
{
    Arguments a(c.args, {"to"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has(QStringLiteral("to")))
        return c.fail(QStringLiteral("usage: isoaudit-cli advance FILE --to fieldwork|reporting"));
    auto store = Lifecycle::open(a.positional().first());
    if (!store)
        return c.fail(store.error());
    auto warnings = Lifecycle::advance(*store.value(), a.value(QStringLiteral("to")));
    if (!warnings)
        return c.fail(warnings.error(), 1);
    printViolations(c.out, warnings.value());
    c.out << "now in " << a.value(QStringLiteral("to")) << "\n";
    return 0;
}

int runReopen(CliContext& c)
{
    Arguments a(c.args, {"reason", "by"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has(QStringLiteral("reason")))
        return c.fail(QStringLiteral("usage: isoaudit-cli reopen FILE --reason TEXT [--by NAME]"));
    auto store = Lifecycle::open(a.positional().first());
    if (!store)
        return c.fail(store.error());
    const QString who = a.value(QStringLiteral("by"), defaultActor(*store.value()));
    if (auto ok = Lifecycle::reopen(*store.value(), a.value(QStringLiteral("reason")), who); !ok)
        return c.fail(ok.error(), 1);
    auto audit = store.value()->audit();
    c.out << "reopened; now in reporting, report revision " << audit->text(QStringLiteral("report_revision")) << "\n";
    return 0;
}

int runCrosscheck(CliContext& c)
{
    Arguments a(c.args, {"format", "raise", "dismiss", "undismiss", "reason", "grade", "ref", "by"});
    if (!a.ok())
        return c.fail(a.error());
    const int actions = int(a.has(QStringLiteral("raise"))) + int(a.has(QStringLiteral("dismiss")))
        + int(a.has(QStringLiteral("undismiss")));
    if (a.positional().size() != 1 || actions > 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli crosscheck FILE [--format text|json] | --raise KEY [--grade "
                                     "G] [--ref REF] | --dismiss KEY --reason TEXT | --undismiss KEY [--by NAME]"));
    QString format;
    int code = 0;
    if (!formatOk(a, &format, c, &code))
        return code;
    const QString file = a.positional().first();
    if (actions == 1) {
        auto store = Lifecycle::open(file);
        if (!store)
            return c.fail(store.error());
        AuditStore& s = *store.value();
        const QString who = a.value(QStringLiteral("by"), defaultActor(s));
        if (a.has(QStringLiteral("raise"))) {
            RaiseOptions options{a.value(QStringLiteral("ref")), a.value(QStringLiteral("grade")), who, {}};
            auto uuid = CrossChecks::raise(s, a.value(QStringLiteral("raise")), options);
            if (!uuid)
                return c.fail(uuid.error(), 1);
            auto finding = s.record(RecordKind::Finding, uuid.value());
            c.out << "raised " << a.value(QStringLiteral("raise")) << " as finding "
                  << finding->text(QStringLiteral("ref")) << " (" << finding->text(QStringLiteral("grade")) << ")\n";
            return 0;
        }
        if (a.has(QStringLiteral("dismiss"))) {
            if (auto ok
                = CrossChecks::dismiss(s, a.value(QStringLiteral("dismiss")), a.value(QStringLiteral("reason")), who);
                !ok)
                return c.fail(ok.error(), 1);
            c.out << "dismissed " << a.value(QStringLiteral("dismiss")) << "\n";
            return 0;
        }
        if (auto ok = CrossChecks::undismiss(s, a.value(QStringLiteral("undismiss"))); !ok)
            return c.fail(ok.error(), 1);
        c.out << "reopened " << a.value(QStringLiteral("undismiss")) << "\n";
        return 0;
    }
    auto store = Lifecycle::open(file, AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    auto results = CrossChecks::run(*store.value());
    if (!results)
        return c.fail(results.error());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        int open = 0;
        for (const auto& r : results.value()) {
            open += r.state == CrossCheckResult::State::Open ? 1 : 0;
            QJsonObject o{{"check", r.checkId},
                          {"key", r.key},
                          {"subject", r.subject},
                          {"clause", r.clause},
                          {"title", r.title},
                          {"message", r.message},
                          {"evidence", r.evidence},
                          {"suggestedGrade", r.suggestedGrade},
                          {"state", CrossChecks::stateName(r.state)}};
            if (!r.findingRef.isEmpty())
                o.insert(QStringLiteral("finding"), r.findingRef);
            if (!r.dismissalReason.isEmpty())
                o.insert(QStringLiteral("dismissalReason"), r.dismissalReason);
            array.append(o);
        }
        c.out << QJsonDocument(QJsonObject{{"open", open}, {"results", array}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto& r : results.value()) {
        c.out << CrossChecks::stateName(r.state) << "\t" << r.key << "\t" << r.clause << "\t" << r.suggestedGrade
              << "\t" << r.message;
        if (!r.findingRef.isEmpty())
            c.out << " -> " << r.findingRef;
        if (!r.dismissalReason.isEmpty())
            c.out << " (dismissed: " << r.dismissalReason << ")";
        c.out << "\n";
    }
    return 0;
}

int runClassify(CliContext& c)
{
    Arguments a(c.args, {"failed", "sampled", "finding", "format", "policy-failure-rate", "policy-min-failures"},
                {"absent", "undocumented", "systemic", "isolated", "capability-in-doubt"});
    if (!a.ok())
        return c.fail(a.error());
    const bool onFinding = a.has(QStringLiteral("finding"));
    if (a.positional().size() != (onFinding ? 1 : 0))
        return c.fail(QStringLiteral("usage: isoaudit-cli classify --absent|--undocumented|--systemic|--isolated "
                                     "[--failed N --sampled M] [--capability-in-doubt] [--policy-failure-rate PERCENT "
                                     "[--policy-min-failures N]] [--finding FILE REF] [--format text|json]"));
    QString format;
    int code = 0;
    if (!formatOk(a, &format, c, &code))
        return code;
    auto facts = factsFrom(a, c, &code);
    if (!facts)
        return code;
    const auto policy = policyFrom(a, c, &code);
    if (!policy)
        return code;
    Result<GradeSuggestion> suggestion = Error{};
    if (onFinding) {
        auto store = Lifecycle::open(a.value(QStringLiteral("finding")));
        if (!store)
            return c.fail(store.error());
        auto uuid = store.value()->uuidForKey(RecordKind::Finding, a.positional().first());
        if (!uuid)
            return c.fail(uuid.error());
        // Facts on the command line replace the stored ones; without them the stored facts are used.
        const bool given = !facts->nature.isEmpty() || facts->samplesTaken || facts->capabilityInDoubt;
        suggestion = FindingClassifier::classifyFinding(*store.value(), uuid.value(),
                                                        given ? facts : std::optional<ClassificationFacts>(), *policy);
    } else {
        suggestion = FindingClassifier::suggest(facts.value(), *policy);
    }
    if (!suggestion)
        return c.fail(suggestion.error());
    if (format == QLatin1String("json"))
        c.out << QJsonDocument(QJsonObject{{"grade", suggestion->grade}, {"rationale", suggestion->rationale}})
                     .toJson(QJsonDocument::Indented);
    else
        c.out << suggestion->grade << "\n" << suggestion->rationale << "\n";
    return 0;
}

} // namespace isoaudit::cli
