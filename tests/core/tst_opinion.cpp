// SPDX-License-Identifier: GPL-3.0-or-later
// The opinion (core/soc2/Opinion): an unmodified opinion refused while a criterion is not met or a proposed one is
// not weighed; a qualified opinion needs criteria and a basis; adverse and disclaimer need a basis; what is recorded
// is recorded in one batch.
#include "core/Soc2MatrixFixture.h"

#include "soc2/EngagementData.h"
#include "soc2/ExceptionRollup.h"
#include "soc2/Opinion.h"

#include <QTemporaryDir>

using namespace isoaudit;
using namespace isoaudit::test;

class TestOpinion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<AuditStore> engagement()
    {
        return createEngagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files)));
    }

    static EngagementData load(const AuditStore& store) { return EngagementData::load(store).value(); }

private slots:
    void unmodifiedRefusedWhileCriteriaAreNotMet()
    {
        auto store = engagement();
        const Status refused = Opinion::record(*store, QStringLiteral("unmodified"), {}, QStringList{"CC6.1", "CC7.2"});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(
                     QLatin1String("An unmodified opinion cannot be given: criteria CC6.1 and CC7.2 are not met")),
                 qPrintable(refused.error()));
        QVERIFY(load(*store).engagement.text("opinion").isEmpty()); // nothing written
        QVERIFY(Opinion::record(*store, QStringLiteral("unmodified"), {}, QStringList()).ok());
        QCOMPARE(load(*store).engagement.text("opinion"), QStringLiteral("unmodified"));
    }

    void qualifiedNeedsCriteriaAndBasis()
    {
        auto store = engagement();
        Status refused = Opinion::record(*store, QStringLiteral("qualified"), {}, QStringList());
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("names at least one criterion")));
        QVERIFY(refused.error().contains(QLatin1String("states its basis")));
        refused = Opinion::record(*store, QStringLiteral("qualified"), {}, QStringList{"CC6.1"});
        QVERIFY(!refused);
        QVERIFY(!refused.error().contains(QLatin1String("names at least one criterion")));
        QVERIFY(Opinion::record(*store, QStringLiteral("qualified"), QStringLiteral("Access reviews not performed"),
                                QStringList{"CC6.1"})
                    .ok());
        const EngagementData data = load(*store);
        QCOMPARE(data.engagement.text("opinion"), QStringLiteral("qualified"));
        QCOMPARE(data.engagement.text("opinion_basis"), QStringLiteral("Access reviews not performed"));
        QCOMPARE(data.criteriaNotMet(), QStringList{"CC6.1"});
        // Without --not-met the listed criteria stay; an unmodified opinion is then refused.
        QVERIFY(!Opinion::record(*store, QStringLiteral("unmodified"), {}, std::nullopt));
        QCOMPARE(load(*store).criteriaNotMet(), QStringList{"CC6.1"});
    }

    void adverseAndDisclaimerNeedABasis()
    {
        auto store = engagement();
        QVERIFY(!Opinion::record(*store, QStringLiteral("adverse"), {}, QStringList{"CC6.1"}));
        QVERIFY(!Opinion::record(*store, QStringLiteral("disclaimer"), QStringLiteral("  "), QStringList()));
        QVERIFY(Opinion::record(*store, QStringLiteral("disclaimer"), QStringLiteral("Records were withheld"),
                                QStringList())
                    .ok());
        QVERIFY(!Opinion::record(*store, QStringLiteral("positive"), QStringLiteral("x"), QStringList()));
    }

    void notMetCriteriaMustBeInScope()
    {
        auto store = engagement(); // Security only
        const Status refused
            = Opinion::record(*store, QStringLiteral("qualified"), QStringLiteral("Outage"), QStringList{"A1.2"});
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("A1.2")));
    }

    void candidatesAreProposedNotImposed()
    {
        auto store = engagement();
        const QString failing = addControl(*store, QStringLiteral("CTL-1"), {"CC6.1", "CC6.2"});
        const QString passing = addControl(*store, QStringLiteral("CTL-2"), {"CC6.2"});
        addSample(*store, failing, {"exception", "exception", "no-exception"});
        addSample(*store, passing, {"no-exception"});
        QVERIFY(ExceptionRollup::assess(*store, QStringLiteral("CTL-1"),
                                        {{"nature", QStringLiteral("Reviews skipped")},
                                         {"pattern", QStringLiteral("isolated")},
                                         {"management_response", QStringLiteral("Retrained")}})
                    .ok());
        QVERIFY(Opinion::candidates(load(*store)).isEmpty()); // isolated: no candidate
        QVERIFY(
            ExceptionRollup::assess(*store, QStringLiteral("CTL-1"), {{"pattern", QStringLiteral("systematic")}}).ok());
        const QList<NotMetCandidate> candidates = Opinion::candidates(load(*store));
        QCOMPARE(candidates.size(), 1); // CC6.2 also has CTL-2, which passed
        QCOMPARE(candidates.first().criterion, QStringLiteral("CC6.1"));
        QCOMPARE(candidates.first().controls, QStringList{"CTL-1"});
        QVERIFY(!candidates.first().weighed);
        const Status refused = Opinion::record(*store, QStringLiteral("unmodified"), {}, QStringList());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("CC6.1 (CTL-1)")), qPrintable(refused.error()));
        // The auditor weighs the effect (the criterion is still met, e.g. through a compensating control) ...
        QVERIFY(ExceptionRollup::assess(*store, QStringLiteral("CTL-1"),
                                        {{"effect", QStringLiteral("Compensated by the monthly HR reconciliation")}})
                    .ok());
        QVERIFY(Opinion::candidates(load(*store)).first().weighed);
        QVERIFY(Opinion::record(*store, QStringLiteral("unmodified"), {}, QStringList()).ok());
        // ... or lists the criterion as not met in a qualified opinion.
        QVERIFY(
            Opinion::record(*store, QStringLiteral("qualified"), QStringLiteral("Access reviews"), QStringList{"CC6.1"})
                .ok());
    }

    void notSuitablyDesignedIsACandidate()
    {
        auto store = createEngagement(m_dir.filePath(QStringLiteral("t1.isoaudit")), QStringLiteral("type1"));
        const QString c = addControl(*store, QStringLiteral("CTL-1"), {"CC8.1"});
        QVERIFY(store->setField(RecordKind::ServiceControl, c, "design", QStringLiteral("not-suitably-designed")).ok());
        QCOMPARE(Opinion::candidates(load(*store)).size(), 1);
        QVERIFY(!Opinion::record(*store, QStringLiteral("unmodified"), {}, QStringList()));
        QVERIFY(store
                    ->setField(RecordKind::ServiceControl, c, "design_note",
                               QStringLiteral("Approval step missing; "
                                              "CC8.1 not achieved"))
                    .ok());
        QVERIFY(Opinion::candidates(load(*store)).first().weighed);
    }
};

QTEST_GUILESS_MAIN(TestOpinion)
#include "tst_opinion.moc"
