// SPDX-License-Identifier: GPL-3.0-or-later
// The report's text for the demo audit (resources/demo/demo-audit.json) compared with a checked-in reference,
// after collapsing white space. When the report or the demo changes on purpose, regenerate the reference with
//   ISOAUDIT_UPDATE_REFERENCE=1 ctest -R tst_report_reference
// and review the diff of tests/data/report/demo-report.txt before committing it.
#include "ReportFixture.h"

#include "package/AuditPackage.h"
#include "report/ReportDocument.h"
#include "report/ReportLayout.h"

#include <QFile>
#include <QTemporaryDir>

using namespace isoaudit;
using namespace reporttest;

class TestReportReference : public QObject
{
    Q_OBJECT

    static QString referencePath() { return QStringLiteral(ISOAUDIT_TEST_DATA "/report/demo-report.txt"); }

private slots:
    void demoReportTextMatchesReference()
    {
        QFile package(QStringLiteral(ISOAUDIT_SOURCE_DIR "/resources/demo/demo-audit.json"));
        QVERIFY(package.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        auto store = AuditPackage::importToFile(dir.filePath("demo.isoaudit"), package.readAll(), false);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto data = ReportData::load(*store.value());
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const ReportDocument document = ReportDocument::build(data.value(), ReportOptions());
        const QString actual = normalized(document.plainText());
        // The demo is a real-sized report: it must lay out without losing a block.
        const auto layout = ReportLayout::create(document, QPageSize(QPageSize::A4));
        QVERIFY(layout->pageCount() >= 15);

        if (qEnvironmentVariableIntValue("ISOAUDIT_UPDATE_REFERENCE") == 1) {
            QFile out(referencePath());
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8() + '\n');
            qInfo("reference written to %s", qPrintable(referencePath()));
        }
        QFile reference(referencePath());
        QVERIFY2(reference.open(QIODevice::ReadOnly),
                 "no reference file: run with ISOAUDIT_UPDATE_REFERENCE=1 once and review it");
        const QString expected = normalized(QString::fromUtf8(reference.readAll()));
        if (actual != expected) {
            const QStringList a = actual.split('\n');
            const QStringList e = expected.split('\n');
            for (int i = 0; i < std::min(a.size(), e.size()); ++i) {
                if (a.at(i) != e.at(i)) {
                    qWarning("first difference at line %d:\n  expected: %s\n  actual:   %s", i + 1, qPrintable(e.at(i)),
                             qPrintable(a.at(i)));
                    break;
                }
            }
        }
        QCOMPARE(actual.split('\n').size(), expected.split('\n').size());
        QVERIFY2(actual == expected, "the report text differs from tests/data/report/demo-report.txt");
    }
};

QTEST_MAIN(TestReportReference)
#include "tst_report_reference.moc"
