// SPDX-License-Identifier: GPL-3.0-or-later
// ImportDialog and ExportDialog as the auditor uses them: a Danish register previewed with a field per column, a
// column remapped by its combo box, the row report with the unreadable cells marked in the preview, Import as one
// undo step (undo removes every imported risk, redo brings them back), the mapping remembered for the client, a
// file that is not a table, the export written, and what a drop on a pane accepts.
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/TableDropFilter.h"
#include "document/AuditDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace isoaudit;

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<AuditDocument> newDocument(const QString& client = QStringLiteral("Nordisk Fragt A/S"))
    {
        const QString path = m_dir.filePath(QStringLiteral("audit%1.isoaudit").arg(++m_files));
        auto store = AuditStore::create(path, {client, "stage2", "Imp", {}, {}, {}});
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::make_unique<AuditDocument>(std::move(store.value()));
    }

    static QString data(const char* name)
    {
        return QStringLiteral(ISOAUDIT_TEST_DATA "/import/") + QLatin1String(name);
    }
    static int risks(AuditDocument& d) { return d.store().count(RecordKind::Risk).value(); }
    static QPushButton* importButton(QDialog& dialog)
    {
        return dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("IsoAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog"));
        QSettings().clear();
    }

    void previewImportUndoRedo()
    {
        auto document = newDocument();
        ImportDialog dialog(document.get(), TableKind::Risks);
        dialog.setFile(data("risks-da-semicolon.csv"));
        QTableWidget* preview = dialog.previewTable();
        QCOMPARE(preview->columnCount(), 11);
        QCOMPARE(preview->rowCount(), 1 + 5); // the field row and five risks
        auto* likelihood = qobject_cast<QComboBox*>(preview->cellWidget(0, 5));
        QVERIFY(likelihood);
        QCOMPARE(likelihood->currentData().toString(), QStringLiteral("likelihood"));
        QCOMPARE(preview->horizontalHeaderItem(5)->text(), QStringLiteral("F  Sandsynlighed"));
        QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("R-01"));
        QVERIFY(dialog.plan().has_value());
        QCOMPARE(dialog.plan()->insertCount(), 5);
        QVERIFY(importButton(dialog)->isEnabled());

        // The auditor decides the notes column is not to be imported: choose it in the combo box.
        auto* notes = qobject_cast<QComboBox*>(preview->cellWidget(0, 10));
        QCOMPARE(notes->currentData().toString(), QStringLiteral("notes"));
        notes->setCurrentIndex(0);
        QCOMPARE(dialog.plan()->records.first().record.values.contains(QStringLiteral("notes")), false);
        // Mapping "Score" to likelihood moves the field away from column F.
        dialog.setColumnField(7, QStringLiteral("likelihood"));
        QCOMPARE(likelihood->currentData().toString(), QString());
        dialog.setColumnField(5, QStringLiteral("likelihood"));
        QCOMPARE(likelihood->currentData().toString(), QStringLiteral("likelihood"));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString shots = qEnvironmentVariable("ISOAUDIT_SCREENSHOT_DIR", m_dir.path()); // to look at it
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/importdialog.png")));
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(risks(*document), 5);
        QCOMPARE(document->undoStack()->count(), 1); // one undo step for the whole table
        const QString uuid = document->store().uuidForKey(RecordKind::Risk, QStringLiteral("R-01")).value();
        QCOMPARE(document->store().record(RecordKind::Risk, uuid)->text("notes"), QString());
        document->undoStack()->undo();
        QCOMPARE(risks(*document), 0);
        document->undoStack()->redo();
        QCOMPARE(risks(*document), 5);
        QCOMPARE(document->store().uuidForKey(RecordKind::Risk, QStringLiteral("R-01")).value(), uuid);
    }

    void rowReportMarksCells()
    {
        auto document = newDocument();
        ImportDialog dialog(document.get(), TableKind::Risks);
        dialog.setFile(data("risks-broken.csv"));
        QTreeWidget* report = dialog.reportTree();
        QCOMPARE(report->topLevelItemCount(), 7);
        QCOMPARE(report->topLevelItem(0)->text(0), QStringLiteral("3"));
        QCOMPARE(report->topLevelItem(0)->text(2), QStringLiteral("often"));
        // Row 3 of the file is preview row 2 (after the field row); column C.
        QTableWidgetItem* cell = dialog.previewTable()->item(2, 2);
        QCOMPARE(cell->text(), QStringLiteral("often"));
        QVERIFY(cell->background().color() != QColor());
        QVERIFY(cell->toolTip().contains(QLatin1String("not a level")));
        QVERIFY(dialog.previewTable()->item(1, 2)->toolTip().isEmpty()); // a good cell stays plain
        QVERIFY(importButton(dialog)->isEnabled()); // the readable rest can be imported
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(qEnvironmentVariable("ISOAUDIT_SCREENSHOT_DIR", m_dir.path())
                                   + QStringLiteral("/importdialog-report.png")));
    }

    void mappingRememberedForTheClient()
    {
        const QString table = m_dir.filePath(QStringLiteral("odd.csv"));
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nummer;Hyppighed;Farlighed\nO-1;2;5\n");
        file.close();
        auto document = newDocument(QStringLiteral("Remembering ApS"));
        {
            ImportDialog dialog(document.get(), TableKind::Risks);
            dialog.setFile(table);
            QCOMPARE(qobject_cast<QComboBox*>(dialog.previewTable()->cellWidget(0, 1))->currentData().toString(),
                     QString());
            dialog.setColumnField(1, QStringLiteral("likelihood"));
            dialog.setColumnField(2, QStringLiteral("impact"));
            QVERIFY(dialog.importNow().ok());
        }
        QVERIFY(QSettings().contains(ImportDialog::settingsKey(TableKind::Risks, QStringLiteral("Remembering ApS"))));
        ImportDialog again(document.get(), TableKind::Risks);
        again.setFile(table);
        QCOMPARE(qobject_cast<QComboBox*>(again.previewTable()->cellWidget(0, 1))->currentData().toString(),
                 QStringLiteral("likelihood"));
        QCOMPARE(again.plan()->updateCount(), 1);
        // Another client's table is not mapped with this client's choices.
        auto other = newDocument(QStringLiteral("Someone Else A/S"));
        ImportDialog fresh(other.get(), TableKind::Risks);
        fresh.setFile(table);
        QCOMPARE(qobject_cast<QComboBox*>(fresh.previewTable()->cellWidget(0, 1))->currentData().toString(), QString());
    }

    void notATable()
    {
        auto document = newDocument();
        ImportDialog dialog(document.get(), TableKind::Soa);
        dialog.setFile(data("not-a-spreadsheet.csv"));
        QVERIFY(!dialog.plan().has_value());
        QVERIFY(!importButton(dialog)->isEnabled());
        const auto labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](QLabel* l) { return l->text().contains(QLatin1String("binary data")); }));
        QVERIFY(!dialog.importNow().ok());
        QCOMPARE(document->undoStack()->count(), 0);
    }

    void soaWorkbookPicksTheSheet()
    {
        auto document = newDocument();
        ImportDialog dialog(document.get(), TableKind::Soa);
        dialog.setFile(data("soa-da.xlsx"));
        auto* sheet = dialog.findChild<QComboBox*>();
        QVERIFY(sheet);
        QCOMPARE(sheet->currentText(), QStringLiteral("SoA"));
        QCOMPARE(dialog.plan()->updateCount(), 90);
        QCOMPARE(dialog.plan()->missingControls.size(), 3);
        dialog.selectSheet(QStringLiteral("Forside"));
        QVERIFY(!dialog.plan().has_value()); // the cover page has no control column
        QVERIFY(!importButton(dialog)->isEnabled());
    }

    void exportDialogWrites()
    {
        auto document = newDocument();
        ExportDialog dialog(document.get(), TableKind::Risks);
        QCOMPARE(dialog.kind(), TableKind::Risks);
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        dialog.setPath(path);
        QVERIFY(dialog.exportNow().ok());
        QVERIFY(QFile::exists(path));
        dialog.setPath(m_dir.filePath(QStringLiteral("out.pdf")));
        const Status refused = dialog.exportNow();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QLatin1String(".xlsx or .csv")));
    }

    void dropAcceptsTables()
    {
        QCOMPARE(TableDropFilter::tableFile({QUrl::fromLocalFile("/tmp/a.pdf"), QUrl::fromLocalFile("/tmp/b.XLSX")}),
                 QStringLiteral("/tmp/b.XLSX"));
        QCOMPARE(TableDropFilter::tableFile({QUrl("https://example.com/c.csv")}), QString());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
