// SPDX-License-Identifier: GPL-3.0-or-later
// isoaudit-cli sign and verify, driven as a script would: a ready audit is signed into a PDF that pdfsig calls valid
// and total, the audit moves to signed with the report's hash on record, verify --audit agrees, and every refusal
// (blockers, wrong passphrase, changed or foreign PDF) is a clear message with nothing written.
// QTEST_MAIN (not GUILESS): the shared test PKI helper links QPdfWriter.
#include "TestPki.h"
#include "core/WorkflowFixture.h"

#include "workflow/Lifecycle.h"

#include <QCryptographicHash>
#include <QProcessEnvironment>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestCliSign : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    Run cli(const QStringList& args, const QString& passphrase = QString::fromUtf8(TestPki::passphrase))
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The CLI's QGuiApplication (for fonts) warns on stderr without a runtime folder; give it one.
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        environment.insert(QStringLiteral("ISOAUDIT_TEST_PASS"), passphrase);
        environment.remove(QStringLiteral("ISOAUDIT_UNSET_PASS"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.waitForFinished(300000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    TestPki m_pki;
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // created owner-only, as XDG_RUNTIME_DIR must be
    int m_counter = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// A fresh audit in `reporting` that meets every rule for signing; `blocker` adds an open major
    /// nonconformity while "recommend" stays recorded.
    QString reportingAudit(bool blocker = false)
    {
        const QString file = path(QStringLiteral("audit%1.isoaudit").arg(++m_counter));
        auto store = testing::createReadyAudit(file);
        if (!store)
            return {};
        for (const char* target : {"fieldwork", "reporting"}) {
            if (!Lifecycle::advance(*store, QLatin1String(target)))
                return {};
        }
        if (blocker && testing::addFinding(*store, "NC-01", "major", LinkKind::Clause, "8.1").isEmpty())
            return {};
        return file;
    }

    QStringList signArgs(const QString& audit, const QString& output, const QString& who = QStringLiteral("lead"))
    {
        return {"sign", audit, "-o", output, "--p12", m_pki.p12(who), "--pass-env", "ISOAUDIT_TEST_PASS"};
    }

    static QString lifecycle(const QString& audit)
    {
        auto store = AuditStore::open(audit, AuditDatabase::Mode::ReadOnly);
        return store ? Lifecycle::state(*store.value()).value() : QString();
    }

    static QByteArray readAll(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString field(const QString& out, const QString& name)
    {
        for (const QString& line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(name + QLatin1Char('\t')))
                return line.section(QLatin1Char('\t'), 1);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void signsAReadyAudit()
    {
        const QString audit = reportingAudit();
        QVERIFY(!audit.isEmpty());
        const QString report = path(QStringLiteral("signed.pdf"));
        const Run run = cli(signArgs(audit, report));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(lifecycle(audit), QStringLiteral("signed"));

        // The hash on record is the file's, and so is the certificate.
        const QByteArray pdf = readAll(report);
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QCOMPARE(field(run.out, QStringLiteral("sha256")), sha256);
        auto store = AuditStore::open(audit, AuditDatabase::Mode::ReadOnly);
        QVERIFY(store);
        const QList<Record> revisions = store.value()->records(RecordKind::ReportRevision).value();
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().text(QStringLiteral("sha256")), sha256);
        QCOMPARE(revisions.first().text(QStringLiteral("certificate_fingerprint")),
                 field(run.out, QStringLiteral("certificate-sha256")));
        QCOMPARE(revisions.first().text(QStringLiteral("signer")), QStringLiteral("Jane Auditor"));
        QVERIFY(!revisions.first().text(QStringLiteral("signed_at")).isEmpty());

        QString output;
        const auto signatures = pdfsig(report, &output);
        QCOMPARE(signatures.size(), 1);
        QVERIFY2(signatures.first().valid() && signatures.first().total(), qPrintable(output));
        QCOMPARE(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), report}, &output), 0);

        const Run verify = cli({"verify", report, "--audit", audit});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        QVERIFY(verify.out.contains(QLatin1String("valid\ttotal document signed")));
        QVERIFY(verify.out.contains(QLatin1String("report revision 1")));
        QVERIFY(verify.out.trimmed().endsWith(QLatin1String("verified")));
        const Run trusted = cli({"verify", report, "--ca", m_pki.path(QStringLiteral("ca.crt"))});
        QVERIFY2(trusted.code == 0 && trusted.out.contains(QLatin1String("trusted\tyes")), qPrintable(trusted.out));
        const Run untrusted = cli({"verify", report, "--ca", m_pki.path(QStringLiteral("client.crt"))});
        QCOMPARE(untrusted.code, 1);
        QVERIFY2(untrusted.err.contains(QLatin1String("does not chain")), qPrintable(untrusted.err));

        // Signed means done: a second plain `sign` is refused, and the file is left alone.
        const Run again = cli(signArgs(audit, report));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("reporting")), qPrintable(again.err));
        QCOMPARE(readAll(report), pdf);
    }

    void refusedWhileBlockersRemain()
    {
        const QString audit = reportingAudit(true);
        QVERIFY(!audit.isEmpty());
        const QString report = path(QStringLiteral("blocked.pdf"));
        const Run run = cli(signArgs(audit, report));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("signed.recommend-open-major")), qPrintable(run.err));
        QVERIFY(!QFile::exists(report));
        QCOMPARE(lifecycle(audit), QStringLiteral("reporting"));
        const Run check = cli({"check", audit, "--for", "signed"}); // the same answer as `check --for signed`
        QCOMPARE(check.code, 1);
    }

    // A Stage 2 with an open minor whose plan is not yet accepted: an unconditional recommendation is refused, a
    // conditional one is signed, and the report states the condition and its due date (issue 14, point 5).
    void signsAConditionalRecommendationWithAnOpenMinor()
    {
        const QString audit = path(QStringLiteral("conditional.isoaudit"));
        {
            auto store = testing::createReadyAudit(audit);
            QVERIFY(store);
            const QString finding
                = testing::addFinding(*store, QStringLiteral("NC-01"), QStringLiteral("minor"), LinkKind::Clause,
                                      QStringLiteral("8.1"));
            QVERIFY(!finding.isEmpty());
            const QList<Record> clauses = store->records(RecordKind::ClauseAssessment).value();
            for (const Record& clause : clauses) {
                if (clause.text(QStringLiteral("clause_id")) == QLatin1String("8.1"))
                    QVERIFY(store->setField(RecordKind::ClauseAssessment, clause.uuid, QStringLiteral("verdict"),
                                            QStringLiteral("nonconform")).ok());
            }
            Record action{RecordKind::CorrectiveAction, {}, finding,
                          {{"correction", "Approve the two tickets"}, {"status", "plan-submitted"},
                           {"due_date", "2026-05-29"}},
                          {}};
            QVERIFY(store->insert(action).ok());
            for (const char* target : {"fieldwork", "reporting"}) {
                const auto advanced = Lifecycle::advance(*store, QLatin1String(target));
                QVERIFY2(advanced.ok(), qPrintable(advanced.error()));
            }
        }
        const QString report = path(QStringLiteral("conditional.pdf"));
        const Run refused = cli(signArgs(audit, report));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("signed.recommend-open-minor")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(report));

        QCOMPARE(cli({"set", audit, "--recommendation", "recommend-after-verification"}).code, 0);
        const Run run = cli(signArgs(audit, report));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(lifecycle(audit), QStringLiteral("signed"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(words.contains(QLatin1String("Certification recommended after verification of corrective actions")));
        QVERIFY(words.contains(QLatin1String("Corrective-action plan accepted by the certification body")));
        QVERIFY(words.contains(QLatin1String("NC-01")));
        QVERIFY(words.contains(QLatin1String("2026")) && words.contains(QLatin1String("29")));
    }

    void wrongPassphraseIsAClearError()
    {
        const QString audit = reportingAudit();
        const QString report = path(QStringLiteral("wrongpass.pdf"));
        const Run run = cli(signArgs(audit, report), QStringLiteral("not the passphrase"));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("passphrase is wrong")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(report));
        QCOMPARE(lifecycle(audit), QStringLiteral("reporting"));

        QStringList unset = signArgs(audit, report);
        unset.last() = QStringLiteral("ISOAUDIT_UNSET_PASS");
        const Run noVariable = cli(unset);
        QCOMPARE(noVariable.code, 2);
        QVERIFY2(noVariable.err.contains(QLatin1String("ISOAUDIT_UNSET_PASS")), qPrintable(noVariable.err));
        QVERIFY(!QFile::exists(report));
    }

    void verifyCatchesChanges()
    {
        const QString audit = reportingAudit();
        const QString report = path(QStringLiteral("tamper.pdf"));
        QCOMPARE(cli(signArgs(audit, report)).code, 0);
        const QByteArray pdf = readAll(report);

        QByteArray flipped = pdf;
        const qint64 at = flipped.indexOf("stream\n") + 40;
        flipped[at] = char(flipped.at(at) ^ 0x20);
        QVERIFY(writeFile(path(QStringLiteral("flipped.pdf")), flipped));
        const Run flippedRun = cli({"verify", path(QStringLiteral("flipped.pdf"))});
        QCOMPARE(flippedRun.code, 1);
        QVERIFY(flippedRun.out.contains(QLatin1String("INVALID")));
        QVERIFY(flippedRun.out.contains(QLatin1String("NOT VERIFIED")));

        QVERIFY(writeFile(path(QStringLiteral("appended.pdf")), pdf + "\n% one more line\n"));
        const Run appended = cli({"verify", path(QStringLiteral("appended.pdf"))});
        QCOMPARE(appended.code, 1);
        QVERIFY2(appended.err.contains(QLatin1String("not totally signed")), qPrintable(appended.err));

        // A valid signature, but not the report this other audit recorded.
        const QString other = reportingAudit();
        QCOMPARE(cli(signArgs(other, path(QStringLiteral("other.pdf")))).code, 0);
        const Run foreign = cli({"verify", report, "--audit", other});
        QCOMPARE(foreign.code, 1);
        QVERIFY2(foreign.err.contains(QLatin1String("not the report recorded")), qPrintable(foreign.err));

        const Run notPdf = cli({"verify", audit});
        QCOMPARE(notPdf.code, 2);
        QVERIFY2(notPdf.err.contains(QLatin1String("not a PDF")), qPrintable(notPdf.err));
    }

    void secondSignatureFromTheClient()
    {
        const QString audit = reportingAudit();
        const QString first = path(QStringLiteral("first.pdf"));
        QCOMPARE(cli(signArgs(audit, first) << QStringLiteral("--stamp")).code, 0);
        const QString second = path(QStringLiteral("second.pdf"));
        QStringList args = signArgs(audit, second, QStringLiteral("client"));
        args << QStringLiteral("--add-to") << first << QStringLiteral("--reason") << QStringLiteral("Accepted")
             << QStringLiteral("--stamp");
        const Run run = cli(args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(readAll(second).startsWith(readAll(first)));

        QString output;
        const auto signatures = pdfsig(second, &output);
        QCOMPARE(signatures.size(), 2);
        QVERIFY2(signatures.at(0).valid() && !signatures.at(0).total(), qPrintable(output));
        QVERIFY2(signatures.at(1).valid() && signatures.at(1).total(), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Søren Østergaard")), qPrintable(output));

        const Run verify = cli({"verify", second, "--audit", audit});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        QCOMPARE(verify.out.count(QLatin1String("\tvalid\t")), 2);
        QStringList third = signArgs(audit, path(QStringLiteral("third.pdf")));
        third << QStringLiteral("--add-to") << second << QStringLiteral("--stamp");
        const Run noRoom = cli(third);
        QCOMPARE(noRoom.code, 1);
        QVERIFY2(noRoom.err.contains(QLatin1String("no room")), qPrintable(noRoom.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("third.pdf"))));

        // Countersigning a report that is not the audit's signed one is refused.
        const QString other = reportingAudit();
        QStringList foreign = signArgs(other, path(QStringLiteral("foreign.pdf")), QStringLiteral("client"));
        foreign << QStringLiteral("--add-to") << first;
        const Run refused = cli(foreign);
        QCOMPARE(refused.code, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("foreign.pdf"))));
    }

    void reopenedRevisionNoLongerVerifiesAgainstTheAudit()
    {
        const QString audit = reportingAudit();
        const QString report = path(QStringLiteral("reopened.pdf"));
        QCOMPARE(cli(signArgs(audit, report)).code, 0);
        QCOMPARE(cli({"reopen", audit, "--reason", "Typo in the scope statement"}).code, 0);
        const Run verify = cli({"verify", report, "--audit", audit});
        QCOMPARE(verify.code, 1);
        QVERIFY2(verify.err.contains(QLatin1String("reopened")), qPrintable(verify.err));
        QCOMPARE(cli({"verify", report}).code, 0); // the PDF itself is still intact
    }
};

QTEST_MAIN(TestCliSign)
#include "tst_cli_sign.moc"
