// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 control matrix exported (TableExporter, TableKind::Controls; the Criteria & Controls page's Export…):
// the columns a client's matrix has, frequency and automation in the workbench's labels, the key control as
// Yes/No and the criteria as a list; written as CSV and as XLSX, each reads back through the importer into the same
// controls in another engagement, and into the engagement it came from as updates with nothing to report.
#include "core/Soc2MatrixFixture.h"

#include "domain/ValueLabels.h"
#include "import/ColumnMapper.h"
#include "import/TableExporter.h"
#include "import/TableImporter.h"

#include <QTemporaryDir>

using namespace isoaudit;
using namespace isoaudit::test;

class TestControlMatrixExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString nextPath(const QString& suffix = QStringLiteral("isoaudit"))
    {
        return m_dir.filePath(QStringLiteral("f%1.%2").arg(++m_files).arg(suffix));
    }

    static QString insertControl(AuditStore& store, const QVariantMap& values, const QStringList& criteria)
    {
        auto uuid = store.insert({RecordKind::ServiceControl, {}, {}, values, {{LinkKind::Criterion, criteria}}});
        if (!uuid)
            qFatal("%s", qPrintable(uuid.error()));
        return uuid.value();
    }

    /// Three controls that use every exported column.
    static void fill(AuditStore& store)
    {
        insertControl(store,
                      {{"ref", "KA-1"},
                       {"title", "Access reviewed"},
                       {"description", "System owners review access, quarterly; \"privileged\" first"},
                       {"owner", "CISO"},
                       {"frequency", "quarterly"},
                       {"automation", "manual"},
                       {"key_control", true},
                       {"notes", "Walkthrough done"}},
                      {"CC6.2", "CC6.1", "A1.2"});
        insertControl(store,
                      {{"ref", "KA-2"},
                       {"title", "Backups monitored"},
                       {"owner", "Ops"},
                       {"frequency", "multiple-daily"},
                       {"automation", "automated"},
                       {"key_control", false}},
                      {"CC7.1"});
        insertControl(store, {{"ref", "KA-3"}, {"title", "Not mapped yet"}}, {});
    }

    static QMap<QString, Record> byRef(const AuditStore& store)
    {
        QMap<QString, Record> result;
        const QList<Record> controls = store.records(RecordKind::ServiceControl).value();
        for (const Record& control : controls)
            result.insert(control.text(QStringLiteral("ref")), control);
        return result;
    }

    static void compareControls(const AuditStore& a, const AuditStore& b)
    {
        const QMap<QString, Record> left = byRef(a);
        const QMap<QString, Record> right = byRef(b);
        QCOMPARE(left.keys(), right.keys());
        for (const QString& ref : left.keys()) {
            for (const char* column :
                 {"title", "description", "owner", "frequency", "automation", "key_control", "notes"}) {
                QVERIFY2(left[ref].text(QLatin1String(column)) == right[ref].text(QLatin1String(column)),
                         qPrintable(ref + QStringLiteral(" ") + QLatin1String(column) + QStringLiteral(": ")
                                    + left[ref].text(QLatin1String(column)) + QStringLiteral(" / ")
                                    + right[ref].text(QLatin1String(column))));
            }
            QStringList l = left[ref].linked(LinkKind::Criterion);
            QStringList r = right[ref].linked(LinkKind::Criterion);
            l.sort();
            r.sort();
            QCOMPARE(l, r);
        }
    }

    static ImportPlan planFile(const AuditStore& store, const QString& path)
    {
        auto table = TableImporter::readFile(path, {}, TableKind::Controls);
        if (!table)
            qFatal("%s", qPrintable(table.error()));
        auto plan = TableImporter::plan(store, TableKind::Controls, table.value(),
                                        ColumnMapper::guess(TableKind::Controls, table.value()));
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        return plan.value();
    }

private slots:
    void rowsHoldTheMatrix()
    {
        auto store = createEngagement(nextPath());
        fill(*store);
        auto rows = TableExporter::rows(*store, TableKind::Controls);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4);
        // Every header is one the importer recognises as its field.
        const QVariantList headers = rows->first();
        QStringList mapped;
        for (const QVariant& header : headers)
            mapped << ColumnMapper::match(TableKind::Controls, header.toString());
        QCOMPARE(mapped,
                 (QStringList{"ref", "title", "description", "owner", "frequency", "automation", "key_control",
                              "criteria", "notes"}));
        QVariantList first;
        for (const QVariantList& row : rows.value()) {
            if (row.value(0).toString() == QLatin1String("KA-1"))
                first = row;
        }
        QCOMPARE(first.value(4).toString(),
                 ValueLabels::label(ValueList::ControlFrequency, QStringLiteral("quarterly")));
        QCOMPARE(first.value(5).toString(), ValueLabels::label(ValueList::ControlAutomation, QStringLiteral("manual")));
        QVERIFY(TableExporter::booleanSpellings(true).contains(first.value(6).toString()));
        QCOMPARE(first.value(7).toString().split(QStringLiteral(", ")).size(), 3);
    }

    void csvAndXlsxReadBack_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }

    void csvAndXlsxReadBack()
    {
        QFETCH(QString, suffix);
        auto source = createEngagement(nextPath());
        fill(*source);
        const QString file = nextPath(suffix);
        QVERIFY(TableExporter::write(*source, TableKind::Controls, file).ok());

        // Into another engagement: the same controls, nothing to report.
        auto target = createEngagement(nextPath());
        const ImportPlan plan = planFile(*target, file);
        QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.isEmpty() ? QString() : plan.issues.first().reason));
        QCOMPARE(plan.insertCount(), 3);
        QVERIFY(TableImporter::apply(*target, plan).ok());
        compareControls(*source, *target);

        // Back into the engagement it came from: three updates that change nothing.
        const ImportPlan again = planFile(*source, file);
        QVERIFY(again.issues.isEmpty());
        QCOMPARE(again.updateCount(), 3);
        QCOMPARE(again.insertCount(), 0);
        auto before = createEngagement(nextPath());
        fill(*before);
        QVERIFY(TableImporter::apply(*source, again).ok());
        compareControls(*before, *source);
    }
};

QTEST_GUILESS_MAIN(TestControlMatrixExport)
#include "tst_controlmatrixexport.moc"
