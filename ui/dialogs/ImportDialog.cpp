// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ImportDialog.h"

#include "commands/ImportCommand.h"
#include "document/AuditDocument.h"
#include "import/ColumnMapper.h"
#include "import/ImportReport.h"
#include "widgets/ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
constexpr int previewRows = 200;
}

ImportDialog::ImportDialog(AuditDocument* document, TableKind kind, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_kind(kind)
{
    setWindowTitle(tr("Import %1").arg(TableKinds::label(kind)));
    setObjectName(QStringLiteral("importDialog"));
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setAccessibleName(tr("File to import"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setToolTip(tr("Choose a CSV or Excel (.xlsx) file"));
    m_sheetCombo = new QComboBox(this);
    m_sheetCombo->setAccessibleName(tr("Sheet"));
    m_sheetCombo->setToolTip(tr("The workbook's sheet to import"));
    m_headerSpin = new QSpinBox(this);
    m_headerSpin->setRange(1, 20);
    m_headerSpin->setAccessibleName(tr("Header row"));
    m_headerSpin->setToolTip(tr("The row that holds the column headers"));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setWordWrap(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);
    auto* sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetCombo, 1);
    auto* headerLabel = new QLabel(tr("&Header row:"), this);
    headerLabel->setBuddy(m_headerSpin);
    sheetRow->addWidget(headerLabel);
    sheetRow->addWidget(m_headerSpin);
    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Sheet:"), sheetRow);
    form->addRow(tr("Read as:"), m_sourceLabel);
    qobject_cast<QLabel*>(form->labelForField(fileRow))->setBuddy(m_fileEdit);
    qobject_cast<QLabel*>(form->labelForField(sheetRow))->setBuddy(m_sheetCombo);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("Preview with a field per column"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(140);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report = new QTreeWidget(this);
    m_report->setObjectName(QStringLiteral("rowReport"));
    m_report->setAccessibleName(tr("Row report"));
    m_report->setRootIsDecorated(false);
    m_report->setHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("What happens")});
    m_report->setColumnWidth(0, 50);
    m_report->setColumnWidth(1, 170);
    m_report->setColumnWidth(2, 160);
    auto* reportBox = new QWidget(this);
    auto* reportLayout = new QVBoxLayout(reportBox);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_summaryLabel);
    reportLayout->addWidget(m_report, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(reportBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_rememberCheck = new QCheckBox(tr("&Remember this column mapping for %1").arg(client()), this);
    m_rememberCheck->setChecked(true);
    m_rememberCheck->setToolTip(tr("The next table of this kind from this client is mapped the same way"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_rememberCheck);
    layout->addWidget(m_buttons);
    resize(1100, 680);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_sheetCombo, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            loadSheet();
    });
    connect(m_headerSpin, &QSpinBox::valueChanged, this, [this](int row) {
        if (!m_loading)
            setHeaderRow(row);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (Status done = importNow(); !done)
            QMessageBox::warning(this, windowTitle(), tr("Nothing was imported.\n\n%1").arg(done.error()));
    });
}

QString ImportDialog::client() const
{
    auto audit = m_document ? m_document->store().audit() : Result<Record>(Error{});
    return audit ? audit->text(QStringLiteral("client")) : QString();
}

QString ImportDialog::settingsKey(TableKind kind, const QString& client)
{
    QString safe = client;
    safe.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("import/mappings/%1/%2").arg(TableKinds::name(kind), safe);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import %1").arg(TableKinds::label(m_kind)), m_path,
                                                      tr("Tables (*.xlsx *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_loading = true;
    m_sheetCombo->clear();
    auto names = TableImporter::sheetNames(path);
    auto best = TableImporter::readFile(path, {}, m_kind);
    if (names)
        m_sheetCombo->addItems(names.value());
    m_sheetCombo->setEnabled(names && names->size() > 1);
    if (best && names && names->contains(best->name))
        m_sheetCombo->setCurrentText(best->name);
    m_loading = false;
    loadSheet();
}

void ImportDialog::selectSheet(const QString& name)
{
    m_sheetCombo->setCurrentText(name);
}

void ImportDialog::loadSheet()
{
    m_plan.reset();
    const bool isCsv = m_sheetCombo->count() <= 1;
    auto table = TableImporter::readFile(m_path, isCsv ? QString() : m_sheetCombo->currentText(), m_kind);
    if (!table) {
        m_table = {};
        m_mapping = {};
        m_sourceLabel->setText(QString());
        m_summaryLabel->setText(table.error());
        rebuildPreview();
        m_report->clear();
        for (auto* b : m_buttons->buttons()) {
            if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                b->setEnabled(false);
        }
        return;
    }
    m_table = std::move(table.value());
    m_sourceLabel->setText(m_table.source);
    m_mapping = ColumnMapper::guess(m_kind, m_table);
    const QByteArray saved = QSettings().value(settingsKey(m_kind, client())).toByteArray();
    if (!saved.isEmpty()) {
        auto remembered = ColumnMapper::fromJson(m_kind, m_table, QJsonDocument::fromJson(saved).object());
        if (remembered)
            m_mapping = remembered.value();
    }
    if (m_mapping.headerRow < 0)
        m_mapping.headerRow = 0;
    m_loading = true;
    m_headerSpin->setValue(m_mapping.headerRow + 1);
    m_loading = false;
    rebuildPreview();
    replan();
}

void ImportDialog::setHeaderRow(int row)
{
    m_mapping.headerRow = row - 1;
    m_mapping.columns.clear();
    const QStringList headers = ColumnMapper::headers(m_table, m_mapping.headerRow);
    for (int c = 0; c < headers.size(); ++c) {
        const QString key = ColumnMapper::match(m_kind, headers.at(c));
        if (!key.isEmpty() && m_mapping.columnOf(key) < 0)
            m_mapping.columns.insert(c, key);
    }
    if (m_headerSpin->value() != row) {
        m_loading = true;
        m_headerSpin->setValue(row);
        m_loading = false;
    }
    rebuildPreview();
    replan();
}

void ImportDialog::setColumnField(int column, const QString& key)
{
    if (!key.isEmpty()) {
        const int previous = m_mapping.columnOf(key);
        if (previous >= 0 && previous != column) {
            m_mapping.columns.remove(previous); // one column per field
            if (auto* combo = qobject_cast<QComboBox*>(m_preview->cellWidget(0, previous))) {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(0);
            }
        }
        m_mapping.columns.insert(column, key);
    } else {
        m_mapping.columns.remove(column);
    }
    if (auto* combo = qobject_cast<QComboBox*>(m_preview->cellWidget(0, column))) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(qMax(0, combo->findData(key)));
    }
    replan();
}

void ImportDialog::rebuildPreview()
{
    m_preview->clear();
    const int columns = m_table.columnCount();
    const int first = m_mapping.headerRow + 1;
    const int last = qMin<int>(int(m_table.rows.size()), first + previewRows);
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(columns > 0 ? 1 + qMax(0, last - first) : 0);
    const QStringList headers = ColumnMapper::headers(m_table, m_mapping.headerRow);
    QStringList rowLabels{tr("Field")};
    for (int c = 0; c < columns; ++c) {
        m_preview->setHorizontalHeaderItem(
            c, new QTableWidgetItem(QStringLiteral("%1  %2").arg(SheetTable::columnName(c), headers.value(c))));
        auto* combo = new QComboBox(m_preview);
        combo->setAccessibleName(tr("Field for column %1").arg(SheetTable::columnName(c)));
        combo->setToolTip(tr("Which field column %1 \"%2\" fills").arg(SheetTable::columnName(c), headers.value(c)));
        combo->addItem(tr("(not imported)"), QString());
        for (const auto& field : ColumnMapper::fields(m_kind))
            combo->addItem(field.label, field.key);
        combo->setCurrentIndex(qMax(0, combo->findData(m_mapping.fieldOf(c))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, c, combo] { setColumnField(c, combo->currentData().toString()); });
        m_preview->setCellWidget(0, c, combo);
    }
    for (int r = first; r < last; ++r) {
        rowLabels << QString::number(r + 1);
        for (int c = 0; c < columns; ++c)
            m_preview->setItem(r - first + 1, c, new QTableWidgetItem(m_table.text(r, c)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
}

void ImportDialog::replan()
{
    m_report->clear();
    QPushButton* importButton = nullptr;
    for (auto* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            importButton = qobject_cast<QPushButton*>(b);
    }
    auto plan = m_document ? TableImporter::plan(m_document->store(), m_kind, m_table, m_mapping)
                           : Result<ImportPlan>(Error{tr("No audit is open.")});
    // Clear earlier highlights in the preview.
    for (int r = 1; r < m_preview->rowCount(); ++r) {
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            if (auto* item = m_preview->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
        }
    }
    if (!plan) {
        m_plan.reset();
        m_summaryLabel->setText(plan.error());
        if (importButton)
            importButton->setEnabled(false);
        return;
    }
    m_plan = std::move(plan.value());
    QStringList summary{ImportReport::summary(*m_plan)};
    if (const QString missing = ImportReport::missingControlsLine(*m_plan); !missing.isEmpty())
        summary << missing;
    if (!m_plan->renumbered.isEmpty())
        summary << tr("%n reference(s) in ISO/IEC 27001:2013 numbering are read as their 2022 controls (listed below).",
                      nullptr, int(m_plan->renumbered.size()));
    m_summaryLabel->setText(summary.join(QLatin1Char('\n')));
    const int first = m_mapping.headerRow + 1;
    for (const auto& issue : m_plan->issues) {
        auto* item = new QTreeWidgetItem(
            m_report,
            {QString::number(issue.row),
             issue.column.isEmpty() ? QString() : issue.column + QLatin1String("  ") + issue.header, issue.value,
             issue.reason});
        item->setToolTip(3, issue.reason);
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        const int column = issue.column.isEmpty() ? -1 : [&] {
            for (int c = 0; c < m_table.columnCount(); ++c) {
                if (SheetTable::columnName(c) == issue.column)
                    return c;
            }
            return -1;
        }();
        if (auto* cell = column >= 0 ? m_preview->item(issue.row - 1 - first + 1, column) : nullptr) {
            cell->setBackground(ThemeColors::errorCell(palette()).background);
            cell->setForeground(ThemeColors::errorCell(palette()).foreground);
            cell->setToolTip(issue.reason);
        }
    }
    for (const auto& r : m_plan->renumbered) {
        new QTreeWidgetItem(m_report,
                            {QString::number(r.row), QString(), r.written,
                             tr("ISO/IEC 27001:2013 numbering; read as A.%1 (2022)").arg(r.id)});
    }
    if (importButton)
        importButton->setEnabled(!m_plan->records.isEmpty() && !m_document->isReadOnly());
}

Status ImportDialog::importNow()
{
    if (!m_document || !m_plan || m_plan->records.isEmpty())
        return Error{tr("There is nothing to import.")};
    if (Status done = m_document->importTable(*m_plan); !done)
        return done;
    if (m_rememberCheck->isChecked()) {
        const QJsonObject json = m_mapping.toJson(ColumnMapper::headers(m_table, m_mapping.headerRow));
        QSettings().setValue(settingsKey(m_kind, client()), QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    accept();
    return {};
}

bool ImportDialog::run(AuditDocument* document, TableKind kind, QWidget* parent, const QString& file)
{
    if (!document)
        return false;
    QString path = file;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(parent, tr("Import %1").arg(TableKinds::label(kind)), QString(),
                                            tr("Tables (*.xlsx *.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    ImportDialog dialog(document, kind, parent);
    dialog.setFile(path);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace isoaudit
