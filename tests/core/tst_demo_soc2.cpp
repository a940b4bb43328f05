// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped SOC 2 demo engagement (resources/demo/demo-soc2.json, scripts/make-soc2-demo.py): it imports into an
// engagement, it is the tested Type 2 engagement docs/soc2.md describes — about forty controls addressing every
// criterion in scope, populations of realistic size that verify, samples that re-draw, two controls with assessed
// exceptions, a carved-out subservice organization — and it is ready to sign.
#include "catalog/Catalog.h"
#include "demo/DemoAudit.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"
#include "soc2/Populations.h"
#include "soc2/SampleDraw.h"
#include "workflow/Lifecycle.h"
#include "workflow/RuleEngine.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestDemoSoc2 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AuditStore> m_store;
    EngagementData m_data;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto path = DemoAudit::ensure(m_dir.filePath(QStringLiteral("demo")), DemoAudit::Which::Soc2);
        QVERIFY2(path.ok(), qPrintable(path.error()));
        QCOMPARE(QFileInfo(path.value()).fileName(), DemoAudit::fileName(DemoAudit::Which::Soc2));
        QVERIFY(DemoAudit::fileName(DemoAudit::Which::Soc2) != DemoAudit::fileName());
        auto store = Lifecycle::open(path.value());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store).value();
        auto data = EngagementData::load(*m_store);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        m_data = std::move(data).value();
    }

    void isATypeTwoEngagementOfAFictitiousSaasCompany()
    {
        QVERIFY(Engagement::isEngagement(m_data.audit));
        QCOMPARE(m_data.audit.text("client"), QStringLiteral("Kestrel Analytics, Inc."));
        QVERIFY(m_data.isType2());
        const int months = Engagement::periodMonths(m_data.engagement);
        QVERIFY2(months >= 3 && months <= 12, qPrintable(QString::number(months)));
        QCOMPARE(Engagement::categories(m_data.engagement),
                 (QStringList{"security", "availability", "confidentiality"}));
        QCOMPARE(m_data.leadName(), QStringLiteral("Dana Whitfield"));
        QVERIFY(!m_data.engagement.text("management_assertion").isEmpty());
        QCOMPARE(m_store->count(RecordKind::ClauseAssessment).value(), 0); // no ISO rows in an engagement
        QCOMPARE(m_store->count(RecordKind::SoaEntry).value(), 0);
    }

    void fortyControlsAddressEveryCriterionInScope()
    {
        QVERIFY(m_data.controls.size() >= 35 && m_data.controls.size() <= 45);
        QVERIFY2(m_data.unaddressedCriteria().isEmpty(), qPrintable(m_data.unaddressedCriteria().join(' ')));
        for (const Record& control : m_data.controls)
            QVERIFY2(!m_data.testsOf(control.uuid).isEmpty(), qPrintable(control.text("ref")));
    }

    void populationsAreRealisticAndVerify()
    {
        int largest = 0;
        for (const Record& population : m_data.populations) {
            largest = qMax(largest, population.integer("row_count").value_or(0));
            QVERIFY(!population.text("completeness_accuracy").isEmpty());
            const Status verified = Populations::verify(*m_store, population);
            QVERIFY2(verified.ok(), qPrintable(verified.error()));
        }
        QVERIFY(m_data.populations.size() >= 15);
        QVERIFY2(largest >= 1000, "at least one population of thousands of occurrences");
    }

    void everySampleRedrawsAndEveryItemHasAResult()
    {
        QVERIFY(!m_data.samples.isEmpty());
        for (const Record& sample : m_data.samples) {
            auto redrawn = SampleDraw::redrawCheck(*m_store, sample);
            QVERIFY2(redrawn.ok(), qPrintable(redrawn.error()));
        }
        for (const Record& item : m_data.items)
            QVERIFY2(!item.text("result").isEmpty(), qPrintable(item.text("occurrence_id")));
    }

    void twoControlsHaveAssessedExceptions()
    {
        QStringList withExceptions;
        for (const Record& control : m_data.controls) {
            const ControlResult result = m_data.resultOf(control);
            QVERIFY2(result.state != ControlResult::State::NotTested, qPrintable(control.text("ref")));
            if (result.state == ControlResult::State::Exceptions)
                withExceptions << control.text("ref");
        }
        QCOMPARE(withExceptions.size(), 2);
        QCOMPARE(m_data.exceptions.size(), 2);
        for (const Record& exception : m_data.exceptions) {
            QVERIFY(exception.integer("deviations").value_or(0) > 0);
            QVERIFY(!exception.text("pattern").isEmpty());
            QVERIFY(!exception.text("management_response").isEmpty());
        }
    }

    void oneCarveOutSubserviceOrganizationAndTheCuecs()
    {
        QCOMPARE(m_data.subservices.size(), 1);
        QCOMPARE(m_data.subservices.first().text("method"), QStringLiteral("carve-out"));
        QVERIFY(!m_data.subservices.first().text("csocs").isEmpty());
        QVERIFY(!m_data.userControls.isEmpty());
    }

    void isInReportingAndReadyToSign()
    {
        QCOMPARE(m_data.audit.text("lifecycle"), QStringLiteral("reporting"));
        auto violations = RuleEngine::evaluate(*m_store, QStringLiteral("signed"));
        QVERIFY2(violations.ok(), qPrintable(violations.error()));
        QStringList blocking;
        for (const RuleViolation& v : RuleEngine::blockers(violations.value()))
            blocking << v.ruleId;
        QVERIFY2(blocking.isEmpty(), qPrintable(blocking.join(' ')));
    }
};

QTEST_GUILESS_MAIN(TestDemoSoc2)
#include "tst_demo_soc2.moc"
