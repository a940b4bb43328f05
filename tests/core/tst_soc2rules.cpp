// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 rules (docs/workflow.md, "SOC 2 engagements"): each soc2.* rule fails and passes, the ISO/IEC 27001
// rules do not apply to an engagement (nor the SOC 2 rules to an ISO audit), and an engagement advances and signs
// through the unchanged Lifecycle.
#include "core/Soc2MatrixFixture.h"

#include "soc2/EngagementData.h"
#include "soc2/ExceptionRollup.h"
#include "soc2/Opinion.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/RuleEngine.h"

#include <QTemporaryDir>

using namespace isoaudit;
using namespace isoaudit::test;

class TestSoc2Rules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<AuditStore> engagement(const QString& type = QStringLiteral("type2"),
                                           const QDate& start = QDate(2026, 1, 1),
                                           const QDate& end = QDate(2026, 9, 30))
    {
        return createEngagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files)), type, start, end);
    }

    /// The messages of one rule when entering `target`.
    static QStringList messages(const AuditStore& store, const QString& target, const QString& ruleId)
    {
        auto violations = RuleEngine::evaluate(store, target);
        if (!violations)
            qFatal("%s", qPrintable(violations.error()));
        QStringList result;
        for (const RuleViolation& v : violations.value()) {
            if (v.ruleId == ruleId)
                result << v.message;
        }
        return result;
    }

    static Status describeSystem(AuditStore& store)
    {
        const QString uuid = store.singleton(RecordKind::Engagement)->uuid;
        QVariantMap values;
        for (const char* column :
             {"services", "infrastructure", "software", "people", "procedures", "data", "boundaries"})
            values.insert(QLatin1String(column), QStringLiteral("Described"));
        return store.setFields(RecordKind::Engagement, uuid, values);
    }

private slots:
    void everySoc2RuleIsCoveredHere()
    {
        // Each id below has its failing and passing case in this file; a new soc2.* rule needs its own.
        const QStringList covered{"soc2.engagement-lead",
                                  "soc2.criteria-addressed",
                                  "soc2.period-length",
                                  "soc2.key-controls-tested",
                                  "soc2.items-have-results",
                                  "soc2.exceptions-assessed",
                                  "soc2.exception-without-deviations",
                                  "soc2.populations-checked",
                                  "soc2.population-in-period",
                                  "soc2.type1-design",
                                  "soc2.system-description",
                                  "soc2.management-assertion",
                                  "soc2.opinion-recorded",
                                  "soc2.opinion-consistent"};
        QStringList engine;
        QSet<QString> warnings;
        for (const Rule& r : RuleEngine::rules()) {
            if (!RuleEngine::isSoc2Rule(r))
                continue;
            engine << r.id;
            QVERIFY2(!r.clause.isEmpty(), qPrintable(r.id));
            if (r.severity == Severity::Warning)
                warnings << r.id;
        }
        QCOMPARE(engine, covered);
        QCOMPARE(
            warnings,
            (QSet<QString>{"soc2.period-length", "soc2.exception-without-deviations", "soc2.population-in-period"}));
    }

    void isoRulesDoNotApplyToAnEngagement()
    {
        auto store = engagement();
        for (const char* target : {"fieldwork", "reporting", "signed"}) {
            auto violations = RuleEngine::evaluate(*store, QLatin1String(target));
            QVERIFY(violations);
            for (const RuleViolation& v : violations.value())
                QVERIFY2(v.ruleId.startsWith(QLatin1String("soc2.")), qPrintable(v.ruleId));
        }
        auto iso = Lifecycle::create(m_dir.filePath(QStringLiteral("iso.isoaudit")),
                                     {"Nordisk Fragt A/S", "stage2", "Imp", "Logistics", {}, {}});
        QVERIFY(iso);
        auto violations = RuleEngine::evaluate(*iso.value(), QStringLiteral("fieldwork"));
        QVERIFY(violations);
        QVERIFY(!violations->isEmpty()); // the ISO rules still apply to an ISO audit ...
        for (const RuleViolation& v : violations.value())
            QVERIFY2(!v.ruleId.startsWith(QLatin1String("soc2.")), qPrintable(v.ruleId)); // ... and no SOC 2 rule
    }

    void criteriaAddressed()
    {
        auto store = engagement();
        addControl(*store, QStringLiteral("CTL-1"), {"CC6.1"});
        const QStringList before = messages(*store, "fieldwork", "soc2.criteria-addressed");
        QCOMPARE(before.size(), 1);
        QVERIFY(before.first().contains(QLatin1String("CC1.1")));
        QVERIFY(!before.first().contains(QLatin1String("CC6.1,")));
        QVERIFY(!before.first().contains(QLatin1String("A1.1"))); // Availability is not in scope
        addControlForAllCriteria(*store, QStringLiteral("CTL-ALL"));
        QVERIFY(messages(*store, "fieldwork", "soc2.criteria-addressed").isEmpty());
    }

    void engagementLead()
    {
        auto store = engagement();
        QVERIFY(messages(*store, "fieldwork", "soc2.engagement-lead").isEmpty());
        const Record lead = store->records(RecordKind::TeamMember)->first();
        QVERIFY(store->setField(RecordKind::TeamMember, lead.uuid, "role", QStringLiteral("auditor")).ok());
        QCOMPARE(messages(*store, "fieldwork", "soc2.engagement-lead").size(), 1);
    }

    void periodLength()
    {
        auto nine = engagement();
        QVERIFY(messages(*nine, "fieldwork", "soc2.period-length").isEmpty());
        auto fourteen = engagement(QStringLiteral("type2"), QDate(2026, 1, 1), QDate(2027, 2, 28));
        const QStringList warned = messages(*fourteen, "fieldwork", "soc2.period-length");
        QCOMPARE(warned.size(), 1);
        QVERIFY(warned.first().contains(QLatin1String("14 months")));
        auto violations = RuleEngine::evaluate(*fourteen, QStringLiteral("fieldwork"));
        for (const RuleViolation& v : violations.value()) {
            if (v.ruleId == QLatin1String("soc2.period-length"))
                QCOMPARE(v.severity, Severity::Warning);
        }
    }

    void keyControlsTested()
    {
        auto store = engagement();
        const QString key = addControl(*store, QStringLiteral("KEY-1"), {"CC6.1"});
        addControl(*store, QStringLiteral("OTHER-1"), {"CC6.2"}, false);
        const QStringList failed = messages(*store, "reporting", "soc2.key-controls-tested");
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().contains(QLatin1String("KEY-1")));
        QVERIFY(!failed.first().contains(QLatin1String("OTHER-1"))); // not a key control
        addTest(*store, key, QStringLiteral("no-exceptions"));
        QVERIFY(messages(*store, "reporting", "soc2.key-controls-tested").isEmpty());
    }

    void notOccurringIsNotAPassButCountsAsTested()
    {
        auto store = engagement();
        const QString key = addControl(*store, QStringLiteral("KEY-1"), {"CC6.1"});
        addPopulation(*store, key, 0);
        QVERIFY(messages(*store, "reporting", "soc2.key-controls-tested").isEmpty());
        auto data = EngagementData::load(*store);
        QCOMPARE(data->resultOf(*data->control(QStringLiteral("KEY-1"))).state, ControlResult::State::NotOccurring);
    }

    void itemsHaveResults()
    {
        auto store = engagement();
        const QString c = addControl(*store, QStringLiteral("CTL-1"), {"CC6.1"});
        const QStringList items = addSample(*store, c, {"no-exception", "", "no-exception"});
        const QStringList failed = messages(*store, "reporting", "soc2.items-have-results");
        QCOMPARE(failed, QStringList{"CTL-1: 1 of 3 sample items have no result yet."});
        QVERIFY(store->setField(RecordKind::SampleItem, items.at(1), "result", QStringLiteral("no-exception")).ok());
        QVERIFY(messages(*store, "reporting", "soc2.items-have-results").isEmpty());
    }

    void exceptionsAssessed()
    {
        auto store = engagement();
        const QString c = addControl(*store, QStringLiteral("CTL-1"), {"CC6.1"});
        addSample(*store, c, {"no-exception", "exception", "exception", "no-exception"});
        // Before any rollup: the rule counts from the items, so a fresh deviation is never missed.
        QStringList failed = messages(*store, "reporting", "soc2.exceptions-assessed");
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().contains(QLatin1String("2 of 4")), qPrintable(failed.first()));
        QVERIFY(ExceptionRollup::assess(
                    *store, QStringLiteral("CTL-1"),
                    {{"nature", QStringLiteral("Two reviews not evidenced")}, {"pattern", QStringLiteral("isolated")}})
                    .ok());
        failed = messages(*store, "reporting", "soc2.exceptions-assessed");
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().contains(QLatin1String("managementResponse")));
        QVERIFY(!failed.first().contains(QLatin1String("nature")));
        QVERIFY(ExceptionRollup::assess(*store, QStringLiteral("CTL-1"),
                                        {{"management_response", QStringLiteral("Reviews re-performed")}})
                    .ok());
        QVERIFY(messages(*store, "reporting", "soc2.exceptions-assessed").isEmpty());
    }

    void exceptionWithoutDeviations()
    {
        auto store = engagement();
        const QString c = addControl(*store, QStringLiteral("CTL-1"), {"CC6.1"});
        const QStringList items = addSample(*store, c, {"exception", "no-exception"});
        QVERIFY(ExceptionRollup::update(*store));
        QVERIFY(messages(*store, "reporting", "soc2.exception-without-deviations").isEmpty());
        QVERIFY(store->setField(RecordKind::SampleItem, items.first(), "result", QStringLiteral("no-exception")).ok());
        QVERIFY(ExceptionRollup::update(*store));
        const QStringList warned = messages(*store, "reporting", "soc2.exception-without-deviations");
        QCOMPARE(warned.size(), 1);
        QVERIFY(warned.first().startsWith(QLatin1String("CTL-1")));
        QVERIFY(store->remove(RecordKind::ControlException, store->records(RecordKind::ControlException)->first().uuid)
                    .ok());
        QVERIFY(messages(*store, "reporting", "soc2.exception-without-deviations").isEmpty());
    }

    void populationsCheckedAndInPeriod()
    {
        auto store = engagement();
        const QString c = addControl(*store, QStringLiteral("CTL-1"), {"CC6.1"});
        const QString p = addPopulation(*store, c, 120, false, 3);
        QCOMPARE(messages(*store, "reporting", "soc2.populations-checked").size(), 1);
        QCOMPARE(messages(*store, "reporting", "soc2.population-in-period").size(), 1);
        QVERIFY(store
                    ->setFields(RecordKind::Population, p,
                                {{"completeness_accuracy", QStringLiteral("Tied to the HR system count")},
                                 {"ca_checked_by", QStringLiteral("Ann")},
                                 {"out_of_period", 0}})
                    .ok());
        QVERIFY(messages(*store, "reporting", "soc2.populations-checked").isEmpty());
        QVERIFY(messages(*store, "reporting", "soc2.population-in-period").isEmpty());
    }

    void type1Design()
    {
        auto store = engagement(QStringLiteral("type1"));
        const QString c = addControl(*store, QStringLiteral("CTL-1"), {"CC6.1"});
        const QStringList failed = messages(*store, "reporting", "soc2.type1-design");
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().contains(QLatin1String("CTL-1")));
        QVERIFY(messages(*store, "reporting", "soc2.key-controls-tested").isEmpty()); // Type 1 tests design only
        QVERIFY(store->setField(RecordKind::ServiceControl, c, "design", QStringLiteral("suitably-designed")).ok());
        QVERIFY(messages(*store, "reporting", "soc2.type1-design").isEmpty());
        auto type2 = engagement();
        addControl(*type2, QStringLiteral("CTL-1"), {"CC6.1"});
        QVERIFY(messages(*type2, "reporting", "soc2.type1-design").isEmpty());
    }

    void descriptionAssertionAndOpinion()
    {
        auto store = engagement();
        QCOMPARE(messages(*store, "signed", "soc2.system-description").size(), 1);
        QCOMPARE(messages(*store, "signed", "soc2.management-assertion").size(), 1);
        QCOMPARE(messages(*store, "signed", "soc2.opinion-recorded").size(), 1);
        QVERIFY(messages(*store, "signed", "soc2.opinion-consistent").isEmpty()); // nothing recorded to check
        QVERIFY(describeSystem(*store).ok());
        const QString uuid = store->singleton(RecordKind::Engagement)->uuid;
        QVERIFY(
            store->setField(RecordKind::Engagement, uuid, "management_assertion", QStringLiteral("We assert")).ok());
        QVERIFY(Opinion::record(*store, QStringLiteral("unmodified"), {}, std::nullopt).ok());
        QVERIFY(messages(*store, "signed", "soc2.system-description").isEmpty());
        QVERIFY(messages(*store, "signed", "soc2.management-assertion").isEmpty());
        QVERIFY(messages(*store, "signed", "soc2.opinion-recorded").isEmpty());
        QVERIFY(messages(*store, "signed", "soc2.opinion-consistent").isEmpty());
        // A criterion listed as not met after the opinion was recorded makes it inconsistent.
        QVERIFY(store->setLinks(RecordKind::Engagement, uuid, LinkKind::Criterion, {"CC6.1"}).ok());
        const QStringList inconsistent = messages(*store, "signed", "soc2.opinion-consistent");
        QCOMPARE(inconsistent.size(), 1);
        QVERIFY(inconsistent.first().contains(QLatin1String("criterion CC6.1 is not met")));
    }

    void advancesAndSignsThroughTheLifecycle()
    {
        auto store = engagement();
        const QString c = addControlForAllCriteria(*store, QStringLiteral("CTL-ALL"));
        QVERIFY(store->setField(RecordKind::ServiceControl, c, "key_control", true).ok());
        auto refused = Lifecycle::advance(*store, QStringLiteral("reporting"));
        QVERIFY(!refused); // one step at a time
        QVERIFY(Lifecycle::advance(*store, QStringLiteral("fieldwork")));
        refused = Lifecycle::advance(*store, QStringLiteral("reporting"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("soc2.key-controls-tested")), qPrintable(refused.error()));
        addTest(*store, c, QStringLiteral("no-exceptions"));
        QVERIFY(Lifecycle::advance(*store, QStringLiteral("reporting")));
        const SignatureRecord signature{QStringLiteral("Lee Lead"), QDateTime::currentDateTimeUtc(), "00", "11"};
        auto unsigned_ = Lifecycle::sign(*store, signature);
        QVERIFY(!unsigned_);
        QVERIFY(unsigned_.error().contains(QLatin1String("soc2.opinion-recorded")));
        QVERIFY(describeSystem(*store).ok());
        QVERIFY(store
                    ->setField(RecordKind::Engagement, store->singleton(RecordKind::Engagement)->uuid,
                               "management_assertion", QStringLiteral("We assert"))
                    .ok());
        QVERIFY(Opinion::record(*store, QStringLiteral("unmodified"), {}, std::nullopt).ok());
        auto signedOk = Lifecycle::sign(*store, signature);
        QVERIFY2(signedOk, signedOk ? "" : qPrintable(signedOk.error()));
        QCOMPARE(Lifecycle::state(*store).value(), QStringLiteral("signed"));
    }
};

QTEST_GUILESS_MAIN(TestSoc2Rules)
#include "tst_soc2rules.moc"
