// SPDX-License-Identifier: GPL-3.0-or-later
// The printed audit plan (core/report/AuditPlanDocument) and `isoaudit-cli export-plan`: the itinerary in date and
// time order with site, auditee and auditor; the meetings and the stored audit time; a PDF whose text holds the
// itinerary's rows; a bad language or output path refused with one clear line, no file written.
#include "../core/ReportFixture.h"
#include "report/AuditPlanDocument.h"
#include "workflow/Lifecycle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace reporttest;

class TestCliPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_audit;

    static ToolRun cli(const QStringList& args) { return runTool(QStringLiteral(ISOAUDIT_CLI), args); }
    static QString lastLine(const QString& text) { return text.trimmed().split('\n').last(); }

    static Status plan(AuditStore& store, RecordKind kind, const QString& id, const QVariantMap& values)
    {
        auto uuid = store.uuidForKey(kind, id);
        if (!uuid)
            return Error{uuid.error()};
        return store.batch([&]() -> Status {
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (Status set = store.setField(kind, uuid.value(), it.key(), it.value()); !set)
                    return set;
            }
            return {};
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_audit = m_dir.filePath("plan.isoaudit");
        auto created = Lifecycle::create(m_audit, {QStringLiteral("Nordlicht Logistik GmbH"), "surveillance",
                                                   QStringLiteral("Jürgen Groß"), QStringLiteral("Warehousing"),
                                                   QDate(2026, 3, 2), QDate(2026, 3, 3)});
        QVERIFY2(created, qPrintable(created.error()));
        AuditStore& store = *created.value();
        QVERIFY(store.insert({RecordKind::Site, {}, {}, {{"name", "Hamburg HQ"}, {"address", "Kai 1"}}, {}}));
        // Out of order on purpose: the plan sorts by day, then time; undated planned items come last.
        QVERIFY(plan(store, RecordKind::ClauseAssessment, "9.2.2",
                     {{"plan_date", "2026-03-03"}, {"plan_from", "09:00"}, {"plan_until", "10:30"},
                      {"plan_site", "Hamburg HQ"}, {"plan_auditee", "Internal audit lead"},
                      {"plan_auditor", "Jürgen Groß"}}));
        QVERIFY(plan(store, RecordKind::SoaEntry, "5.15",
                     {{"planned", true}, {"plan_date", "2026-03-02"}, {"plan_from", "14:00"}, {"plan_until", "15:00"},
                      {"plan_site", "Hamburg HQ"}, {"plan_auditee", "IAM owner"}}));
        QVERIFY(plan(store, RecordKind::ClauseAssessment, "4.1",
                     {{"plan_date", "2026-03-02"}, {"plan_from", "10:00"}, {"plan_until", "11:00"},
                      {"plan_auditee", "CISO"}}));
        Record opening{RecordKind::Meeting, {}, {}, {}, {}};
        opening.values = {{"kind", "opening"},
                          {"held_at", "2026-03-02T08:30"},
                          {"place", "Board room"},
                          {"attendees", R"([{"name":"Eva Neumann","role":"CEO","organization":"Nordlicht"}])"}};
        QVERIFY(store.insert(opening));
        const QJsonObject time{
            {"input", QJsonObject{{"fullTimePersons", 150}}},
            {"result", QJsonDocument::fromJson(R"({"chart":{"id":"x","name":"ISO/IEC 27006:2015 Table B.1"},
                "persons":{"counted":150},"baseDays":13,"factors":[],"adjustment":{"appliedPercent":0},
                "days":{"initial":13,"stage1":4.5,"stage2":8.5,"surveillance":4.5,"recertification":9},
                "auditType":"surveillance","auditTypeDays":4.5})")
                           .object()}};
        auto audit = store.audit();
        QVERIFY(audit);
        QVERIFY(store.setField(RecordKind::Audit, audit->uuid, "audit_time",
                               QString::fromUtf8(QJsonDocument(time).toJson(QJsonDocument::Compact))));
    }

    void itineraryIsInDateAndTimeOrder()
    {
        auto store = Lifecycle::open(m_audit, AuditDatabase::Mode::ReadOnly);
        QVERIFY(store);
        auto itinerary = AuditPlanDocument::itinerary(*store.value());
        QVERIFY(itinerary);
        // Every clause item is planned in a new audit; the three dated ones come first in day and time order.
        QVERIFY(itinerary->size() > 3);
        QCOMPARE(itinerary->at(0).item, QStringLiteral("4.1"));
        QCOMPARE(itinerary->at(1).item, QStringLiteral("A.5.15"));
        QCOMPARE(itinerary->at(1).title, QStringLiteral("Access control"));
        QCOMPARE(itinerary->at(1).site, QStringLiteral("Hamburg HQ"));
        QCOMPARE(itinerary->at(2).item, QStringLiteral("9.2.2"));
        QCOMPARE(itinerary->at(2).auditor, QStringLiteral("Jürgen Groß"));
        QVERIFY(itinerary->at(3).date.isEmpty());
    }

    void documentNamesMeetingsAndAuditTime()
    {
        auto store = Lifecycle::open(m_audit, AuditDatabase::Mode::ReadOnly);
        QVERIFY(store);
        auto doc = AuditPlanDocument::build(*store.value(), {});
        QVERIFY2(doc, qPrintable(doc.error()));
        const QString text = doc->plainText();
        QVERIFY(text.contains("AUDIT PLAN"));
        QVERIFY(text.contains("Nordlicht Logistik GmbH"));
        QVERIFY(text.contains("Opening meeting"));
        QVERIFY(text.contains("Eva Neumann | CEO | Nordlicht"));
        QVERIFY(text.contains("Each surveillance audit | 4.5 auditor days"));
        QVERIFY2(text.contains("09:00–10:30 | Hamburg HQ | 9.2.2"), qPrintable(text));
        // No closing meeting recorded: none printed.
        QVERIFY(!text.contains("Closing meeting"));

        ReportOptions options;
        options.language = QStringLiteral("de");
        auto german = AuditPlanDocument::build(*store.value(), options);
        QVERIFY(german);
        QCOMPARE(german->language, QStringLiteral("de"));
    }

    void exportPlanWritesThePdf()
    {
        const QString pdf = m_dir.filePath("plan.pdf");
        const ToolRun run = cli({"export-plan", m_audit, "-o", pdf});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("wrote"));
        const QString text = pdfText(pdf).simplified(); // cells wrap inside the table
        QVERIFY2(text.contains("AUDIT PLAN"), qPrintable(text));
        for (const char* row : {"Internal audit lead", "IAM owner", "Access control", "14:00–15:00", "Board room"})
            QVERIFY2(text.contains(QString::fromUtf8(row)), qPrintable(row + QStringLiteral(" in ") + text));
        // The itinerary prints in order: 4.1 (2 March, 10:00), A.5.15 (2 March, 14:00), 9.2.2 (3 March).
        const qsizetype first = text.indexOf("CISO");
        const qsizetype second = text.indexOf("IAM owner");
        const qsizetype third = text.indexOf("Internal audit lead");
        QVERIFY(first >= 0 && first < second && second < third);
    }

    void badLanguageOrOutputIsRefused()
    {
        const QString pdf = m_dir.filePath("never.pdf");
        ToolRun run = cli({"export-plan", m_audit, "-o", pdf, "--lang", "xx"});
        QCOMPARE(run.code, 2);
        QVERIFY2(lastLine(run.err).contains("cannot be written in \"xx\""), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));

        const QString nowhere = m_dir.filePath("no-such-folder/plan.pdf");
        run = cli({"export-plan", m_audit, "-o", nowhere});
        QCOMPARE(run.code, 2);
        QVERIFY2(lastLine(run.err).contains("the folder") && lastLine(run.err).contains("does not exist"),
                 qPrintable(run.err));

        run = cli({"export-plan", m_audit});
        QCOMPARE(run.code, 2);
        QVERIFY(lastLine(run.err).contains("usage: isoaudit-cli export-plan"));

        run = cli({"export-plan", m_dir.filePath("missing.isoaudit"), "-o", pdf});
        QVERIFY(run.code != 0);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
