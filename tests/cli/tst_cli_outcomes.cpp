// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14's "done when", scripted through isoaudit-cli as a certification body's script would: a Stage 1, a
// Stage 2, a surveillance, a recertification and a special audit each get their outcome and the report's content
// with `set`, and their reports conclude in the words of their audit type and hold every item ISO/IEC 17021-1
// 9.4.8 (and ISO/IEC 27006) asks of that type; an older script's recommend... ids still work.
#include "../core/ReportFixture.h"

#include "domain/Outcomes.h"
#include "domain/ReportContent.h"
#include "domain/ValueLabels.h"

#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace reporttest;

namespace {

const QString body = QStringLiteral("Nordic Certification A/S");

/// Each report-content item's answer, by package name, distinct enough to be found in the report's text.
const QList<std::pair<QString, QString>> answers{
    {"objectives", "Determine the conformity and effectiveness of the ISMS."},
    {"criteria", "ISO/IEC 27001:2022 and the ISMS manual v3."},
    {"clientAddress", "Havnegade 39, 1058 Copenhagen"},
    {"managementRepresentative", "Mette Lund, CISO"},
    {"auditCombination", "integrated"},
    {"planDeviations", "Support interview moved by one day."},
    {"programmeIssues", "No issue affects the programme."},
    {"significantChanges", "Payment gateway moved to the EU North region."},
    {"previousActions", "Last year's NC-03 verified effective on site."},
    {"marksUse", "The mark is used on letterheads within the rules."},
    {"soaVersion", "SoA version 3.2 of 14 October"},
    {"effectivenessSummary", "Objectives are measured and met; risks are treated."},
    {"internalAuditSummary", "Internal audit programme complete; management review in January."},
    {"unresolvedIssues", "No diverging opinion remains."},
    {"scopeAppropriate", "yes"},
    {"scopeConclusion", "The scope names all three sites."},
    {"objectivesMet", "yes"},
    {"stage2Basis", "Stage 2 in April at both offices, eight auditor-days."},
};

QString reportText(ValueList list, const QString& value)
{
    return ValueLabels::labelIn(QStringLiteral("en"), list, value, LabelForm::Report);
}

} // namespace

class TestCliOutcomes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static ToolRun cli(const QStringList& args) { return runTool(QStringLiteral(ISOAUDIT_CLI), args); }

    QString newAudit(const QString& type)
    {
        const QString file = m_dir.filePath(type + QStringLiteral(".isoaudit"));
        QFile::remove(file);
        const ToolRun run = cli({"new", file, "--client", "Nordlys Betalinger ApS", "--type", type, "--lead",
                                 "Karen Østergaard", "--scope", "Payment services", "--start", "2026-11-23", "--end",
                                 "2026-11-26"});
        return run.code == 0 ? file : QString();
    }

    static QString recorded(const QString& file, const QString& column)
    {
        auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
        return store ? store.value()->audit()->text(column) : QStringLiteral("(unreadable)");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eachAuditTypeConcludesInItsOwnWords_data()
    {
        QTest::addColumn<QString>("type");
        for (const char* type : {"stage1", "stage2", "surveillance", "recertification", "special"})
            QTest::newRow(type) << type;
    }

    void eachAuditTypeConcludesInItsOwnWords()
    {
        QFETCH(QString, type);
        const QString file = newAudit(type);
        QVERIFY(!file.isEmpty());
        const QString outcome = Outcomes::forTier(type, OutcomeTier::Positive);
        QStringList args{"set", file, "--recommendation", outcome, "--recommendationRationale",
                         "Every requirement sampled conforms."};
        for (const auto& [key, value] : answers)
            args << QStringLiteral("--") + key << value;
        const ToolRun set = cli(args);
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(recorded(file, QStringLiteral("recommendation")), outcome);

        const QString pdf = m_dir.filePath(type + QStringLiteral(".pdf"));
        const ToolRun exported = cli({"export-pdf", file, "-o", pdf, "--body", body, "--body-address", "Aarhus"});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString text = pdfText(pdf).simplified();

        // The outcome, in the type's own words; a Stage 1 never speaks of certification being recommended.
        QVERIFY2(text.contains(reportText(ValueList::Recommendation, outcome)), qPrintable(outcome));
        if (type == QLatin1String("stage1")) {
            QVERIFY(text.contains(QStringLiteral("Readiness for Stage 2")));
            QVERIFY(!text.contains(QStringLiteral("ertification recommended")));
            QVERIFY(!text.contains(QStringLiteral("Certification recommendation")));
        }
        for (const QString& other : Outcomes::all()) {
            if (Outcomes::auditTypeOf(other) != type)
                QVERIFY2(!text.contains(reportText(ValueList::Recommendation, other)), qPrintable(other));
        }
        // Every 9.4.8 item this type asks for, with the auditor's answer; none it does not ask for.
        for (const ReportContentItem& item : ReportContent::items()) {
            const QString label = ReportContent::label(item);
            const FieldInfo* field = RecordKinds::info(RecordKind::Audit).field(item.column);
            QVERIFY(field);
            QString answer;
            for (const auto& [key, value] : answers) {
                if (key == field->jsonName)
                    answer = value;
            }
            if (item.column == QLatin1String("audit_combination"))
                answer = reportText(ValueList::AuditCombination, answer);
            else if (item.column == QLatin1String("scope_appropriate"))
                answer = QStringLiteral("The audit team concludes that the scope of certification is appropriate.");
            else if (item.column == QLatin1String("objectives_met"))
                answer = QStringLiteral("The audit objectives were met.");
            if (item.auditTypes.contains(type)) {
                QVERIFY2(text.contains(answer), qPrintable(item.column));
                if (item.column != QLatin1String("audit_combination"))
                    QVERIFY2(text.contains(label), qPrintable(label));
            } else {
                QVERIFY2(!text.contains(answer), qPrintable(item.column));
            }
        }
        QVERIFY(text.contains(body)); // the certification body
        QVERIFY(text.contains(QStringLiteral("based on samples of the available information")));
        QVERIFY(!text.contains(QStringLiteral("Every clause requirement of the standard is assessed")));
    }

    void unplannedClausesSayNotInThisAuditsPlan()
    {
        const QString file = newAudit(QStringLiteral("surveillance"));
        {
            auto store = Lifecycle::open(file);
            QVERIFY(store.ok());
            const QList<Record> clauses = store.value()->records(RecordKind::ClauseAssessment).value();
            for (const Record& clause : clauses) {
                if (clause.text(QStringLiteral("clause_id")).startsWith(QLatin1String("9.")))
                    continue;
                const Status unplanned = store.value()->setField(RecordKind::ClauseAssessment, clause.uuid,
                                                                 QStringLiteral("planned"), false);
                QVERIFY2(unplanned.ok(), qPrintable(unplanned.error()));
            }
        }
        const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
        QCOMPARE(cli({"export-pdf", file, "-o", pdf}).code, 0);
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("This audit's plan covered 6 of the 30 clause requirements")));
        QVERIFY(text.contains(QStringLiteral("The other 24 were not in this audit's plan.")));
        QCOMPARE(text.count(QStringLiteral("Not in this audit's plan")), 24);
    }

    void anOlderScriptsRecommendIdMeansTheTypesOutcome()
    {
        const QString file = newAudit(QStringLiteral("surveillance"));
        const ToolRun run = cli({"set", file, "--recommendation", "recommend"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.contains(QStringLiteral("continuation-recommended")));
        QCOMPARE(recorded(file, QStringLiteral("recommendation")), QStringLiteral("continuation-recommended"));
        // Changing the type carries the outcome's tier over.
        QCOMPARE(cli({"set", file, "--type", "recertification"}).code, 0);
        QCOMPARE(recorded(file, QStringLiteral("recommendation")), QStringLiteral("renewal-recommended"));
    }

    void aWordThatIsNoOutcomeChangesNothing()
    {
        const QString file = newAudit(QStringLiteral("special"));
        const ToolRun run = cli({"set", file, "--recommendation", "certified", "--clientAddress", "Somewhere"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("nonconformities-closed, nonconformities-not-closed")));
        QCOMPARE(recorded(file, QStringLiteral("client_address")), QString());
        QVERIFY(cli({"set", file, "--noSuchField", "x"}).err.contains(QStringLiteral("noSuchField")));
    }
};

QTEST_MAIN(TestCliOutcomes)
#include "tst_cli_outcomes.moc"
