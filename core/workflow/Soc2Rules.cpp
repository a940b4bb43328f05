// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 engagement's rules (docs/workflow.md, "SOC 2 engagements"): ids soc2.*, applied by RuleEngine only to an
// audit whose frameworks include soc2-2017, with the same mechanics and output as the ISO/IEC 27001 rules. They read
// the engagement loaded into the snapshot (core/soc2 EngagementData) and never write.
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"
#include "soc2/ExceptionRollup.h"
#include "soc2/Opinion.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/Rule.h"

namespace isoaudit {

namespace {

QString lit(const char* s)
{
    return QString::fromLatin1(s);
}

QString ref(const Record& control)
{
    return control.text(QStringLiteral("ref"));
}

/// A rule over the engagement: nothing to say when the snapshot holds none (RuleEngine does not apply it then).
Rule rule(const char* id, const char* stage, Severity severity, const char* clause,
          std::function<QStringList(const EngagementData&)> check)
{
    return {lit(id), lit(stage), severity, lit(clause), [check](const AuditSnapshot& s) -> QStringList {
                return s.engagement ? check(*s.engagement) : QStringList();
            }};
}

QStringList emptyFields(const Record& record, const QList<std::pair<const char*, const char*>>& fields)
{
    QStringList missing;
    for (const auto& [column, name] : fields) {
        if (record.text(QLatin1String(column)).trimmed().isEmpty())
            missing << QLatin1String(name);
    }
    return missing;
}

} // namespace

QList<Rule> WorkflowRules::soc2()
{
    QList<Rule> rules;
    // To fieldwork: the engagement is set up and the control matrix covers the criteria.
    rules << rule("soc2.engagement-lead", "fieldwork", Severity::Blocker, "IsoAudit workflow", [](const EngagementData& d) {
        int leads = 0;
        for (const Record& m : d.team) {
            if (m.text(QStringLiteral("role")) == QLatin1String("lead")
                && !m.text(QStringLiteral("name")).trimmed().isEmpty())
                ++leads;
        }
        if (leads == 1)
            return QStringList();
        return QStringList{tr("The engagement needs exactly one named engagement lead; it has %1.").arg(leads)};
    });
    rules << rule("soc2.criteria-addressed", "fieldwork", Severity::Blocker, "TSP section 100",
                  [](const EngagementData& d) {
                      const QStringList missing = d.unaddressedCriteria();
                      if (missing.isEmpty())
                          return QStringList();
                      return QStringList{tr("Criteria of the categories in scope that no control addresses: %1. Map "
                                            "a control to each, or take its category out of scope.")
                                             .arg(missing.join(QStringLiteral(", ")))};
                  });
    rules << rule("soc2.period-length", "fieldwork", Severity::Warning, "Common practice",
                  [](const EngagementData& d) {
                      if (!d.isType2())
                          return QStringList();
                      const int months = Engagement::periodMonths(d.engagement);
                      if (months < 0)
                          return QStringList{tr("The Type 2 period has no valid start and end.")};
                      if (months >= 3 && months <= 12)
                          return QStringList();
                      return QStringList{tr("The Type 2 period (%1 to %2) is %3 months long; a period is usually 3 "
                                            "to 12 months. Confirm it is the period the report covers.")
                                             .arg(d.engagement.text(QStringLiteral("period_start")),
                                                  d.engagement.text(QStringLiteral("period_end")))
                                             .arg(months)};
                  });
    // To reporting: the testing is done and every exception weighed.
    rules << rule(
        "soc2.key-controls-tested", "reporting", Severity::Blocker, "AICPA SOC 2 Guide", [](const EngagementData& d) {
            if (!d.isType2())
                return QStringList();
            QStringList untested;
            for (const Record& c : d.controls) {
                if (c.flag(QStringLiteral("key_control")) && d.resultOf(c).state == ControlResult::State::NotTested)
                    untested << ref(c);
            }
            if (untested.isEmpty())
                return QStringList();
            return QStringList{tr("Key controls without a complete test result: %1. Each needs a test "
                                  "procedure with a result or a sample whose items all have results (an "
                                  "empty population counts as not occurring).")
                                   .arg(untested.join(QStringLiteral(", ")))};
        });
    rules << rule("soc2.items-have-results", "reporting", Severity::Blocker, "AICPA SOC 2 Guide",
                  [](const EngagementData& d) {
                      QStringList messages;
                      for (const Record& c : d.controls) {
                          const ControlResult r = d.resultOf(c);
                          if (r.withResult < r.sampled)
                              messages << tr("%1: %2 of %3 sample items have no result yet.")
                                              .arg(ref(c))
                                              .arg(r.sampled - r.withResult)
                                              .arg(r.sampled);
                      }
                      return messages;
                  });
    rules << rule("soc2.exceptions-assessed", "reporting", Severity::Blocker, "AICPA SOC 2 Guide",
                  [](const EngagementData& d) {
                      QStringList messages;
                      for (const Record& c : d.controls) {
                          const DeviationCount n = ExceptionRollup::count(d, c);
                          if (n.deviations == 0)
                              continue;
                          const QList<const Record*> records = d.exceptionsOf(c.uuid);
                          const QStringList missing = records.isEmpty()
                              ? QStringList{lit("nature"), lit("pattern"), lit("managementResponse")}
                              : ExceptionRollup::missingAssessment(*records.first());
                          if (!missing.isEmpty())
                              messages << tr("%1: deviations in %2 of %3 tested; the exception's %4 not recorded yet.")
                                              .arg(ref(c))
                                              .arg(n.deviations)
                                              .arg(n.sampleSize)
                                              .arg(missing.join(QStringLiteral(", ")));
                      }
                      return messages;
                  });
    rules << rule("soc2.exception-without-deviations", "reporting", Severity::Warning, "AICPA SOC 2 Guide",
                  [](const EngagementData& d) {
                      QStringList messages;
                      for (const Record& c : d.controls) {
                          if (ExceptionRollup::count(d, c).deviations > 0)
                              continue;
                          for (const Record* e : d.exceptionsOf(c.uuid))
                              messages << tr("%1: its exception record counts no deviation now (nature: \"%2\"). "
                                             "Remove it, or keep it and say in its nature why it stays.")
                                              .arg(ref(c), e->text(QStringLiteral("nature")));
                      }
                      return messages;
                  });
    rules << rule("soc2.populations-checked", "reporting", Severity::Blocker, "AICPA SOC 2 Guide",
                  [](const EngagementData& d) {
                      QStringList messages;
                      for (const Record& p : d.populations) {
                          const Record* c = d.controlByUuid(p.parentUuid);
                          if (p.text(QStringLiteral("completeness_accuracy")).trimmed().isEmpty()
                              || p.text(QStringLiteral("ca_checked_by")).trimmed().isEmpty())
                              messages << tr("%1: the population \"%2\" has no record of how its completeness and "
                                             "accuracy were checked, and by whom.")
                                              .arg(c ? ref(*c) : QString(), p.text(QStringLiteral("name")));
                      }
                      return messages;
                  });
    rules << rule("soc2.population-in-period", "reporting", Severity::Warning, "AICPA SOC 2 Guide",
                  [](const EngagementData& d) {
                      QStringList messages;
                      for (const Record& p : d.populations) {
                          const int outside = p.integer(QStringLiteral("out_of_period")).value_or(0);
                          if (outside == 0)
                              continue;
                          const Record* c = d.controlByUuid(p.parentUuid);
                          messages << tr("%1: the population \"%3\" has rows dated outside the period (%2). Ask the "
                                         "service organization whether the population is the right one.")
                                          .arg(c ? ref(*c) : QString())
                                          .arg(outside)
                                          .arg(p.text(QStringLiteral("name")));
                      }
                      return messages;
                  });
    rules << rule("soc2.type1-design", "reporting", Severity::Blocker, "AICPA SOC 2 Guide",
                  [](const EngagementData& d) {
                      if (d.isType2())
                          return QStringList();
                      QStringList open;
                      for (const Record& c : d.controls) {
                          if (c.text(QStringLiteral("design")).isEmpty())
                              open << ref(c);
                      }
                      if (open.isEmpty())
                          return QStringList();
                      return QStringList{
                          tr("Controls whose design is not yet concluded: %1.").arg(open.join(QStringLiteral(", ")))};
                  });
    // To signed: the report's parts are there and the opinion is consistent.
    rules << rule(
        "soc2.system-description", "signed", Severity::Blocker, "DC section 200", [](const EngagementData& d) {
            const QStringList missing = emptyFields(d.engagement,
                                                    {{"services", "services"},
                                                     {"infrastructure", "infrastructure"},
                                                     {"software", "software"},
                                                     {"people", "people"},
                                                     {"procedures", "procedures"},
                                                     {"data", "data"},
                                                     {"boundaries", "boundaries"}});
            if (missing.isEmpty())
                return QStringList();
            return QStringList{
                tr("The system description is incomplete; missing: %1.").arg(missing.join(QStringLiteral(", ")))};
        });
    rules << rule("soc2.management-assertion", "signed", Severity::Blocker, "AT-C 205", [](const EngagementData& d) {
        if (!d.engagement.text(QStringLiteral("management_assertion")).trimmed().isEmpty())
            return QStringList();
        return QStringList{tr("Management's written assertion is not recorded.")};
    });
    rules << rule("soc2.opinion-recorded", "signed", Severity::Blocker, "AT-C 205", [](const EngagementData& d) {
        if (!d.engagement.text(QStringLiteral("opinion")).isEmpty())
            return QStringList();
        return QStringList{tr("No opinion is recorded (unmodified, qualified, adverse or a disclaimer).")};
    });
    rules << rule("soc2.opinion-consistent", "signed", Severity::Blocker, "AT-C 205", [](const EngagementData& d) {
        const OpinionChoice recorded = Opinion::recorded(d);
        if (recorded.opinion.isEmpty())
            return QStringList();
        return Opinion::problems(d, recorded);
    });
    return rules;
}

} // namespace isoaudit
