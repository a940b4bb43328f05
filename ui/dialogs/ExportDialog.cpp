// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ExportDialog.h"

#include "document/AuditDocument.h"
#include "import/TableExporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace isoaudit {

ExportDialog::ExportDialog(AuditDocument* document, TableKind kind, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Export table"));
    setObjectName(QStringLiteral("exportDialog"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setAccessibleName(tr("What to export"));
    // A SOC 2 engagement exports its control matrix; an ISO/IEC 27001 audit its four tables.
    const QList<TableKind> kinds = kind == TableKind::Controls
        ? QList<TableKind>{TableKind::Controls}
        : QList<TableKind>{TableKind::Soa, TableKind::Risks, TableKind::Findings, TableKind::Actions};
    for (auto k : kinds) {
        QString label = TableKinds::label(k);
        label[0] = label.at(0).toUpper();
        m_kindCombo->addItem(label, int(k));
    }
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    m_xlsxRadio = new QRadioButton(tr("Excel &workbook (.xlsx)"), this);
    m_xlsxRadio->setToolTip(tr("Bold header row, filters and frozen header; opens in Excel and LibreOffice Calc"));
    m_csvRadio = new QRadioButton(tr("&CSV (UTF-8)"), this);
    m_csvRadio->setToolTip(tr("Comma-separated text, UTF-8 with a byte-order mark so Excel reads the accents"));
    m_xlsxRadio->setChecked(true);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setAccessibleName(tr("File to write"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setToolTip(tr("Choose where to save the table"));

    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_xlsxRadio);
    formatRow->addWidget(m_csvRadio);
    formatRow->addStretch();
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Table:"), m_kindCombo);
    form->addRow(tr("Format:"), formatRow);
    form->addRow(tr("&File:"), pathRow);
    qobject_cast<QLabel*>(form->labelForField(m_kindCombo))->setBuddy(m_kindCombo);
    qobject_cast<QLabel*>(form->labelForField(pathRow))->setBuddy(m_pathEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("exportButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, 200);

    const QString base = m_document ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
    setPath(QDir(base).filePath(TableKinds::name(kind) + QStringLiteral(".xlsx")));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_xlsxRadio, &QRadioButton::toggled, this, &ExportDialog::updateSuffix);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QFileInfo info(m_pathEdit->text());
        setPath(info.dir().filePath(TableKinds::name(this->kind()) + QLatin1Char('.') + info.suffix()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (Status done = exportNow(); !done)
            QMessageBox::warning(this, windowTitle(), done.error());
    });
}

TableKind ExportDialog::kind() const
{
    return TableKind(m_kindCombo->currentData().toInt());
}

void ExportDialog::setPath(const QString& path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const QSignalBlocker blocker(m_xlsxRadio);
    (csv ? m_csvRadio : m_xlsxRadio)->setChecked(true);
}

void ExportDialog::updateSuffix()
{
    const QFileInfo info(QDir::fromNativeSeparators(m_pathEdit->text()));
    const QString suffix = m_xlsxRadio->isChecked() ? QStringLiteral("xlsx") : QStringLiteral("csv");
    setPath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

void ExportDialog::browse()
{
    const QString filter = m_xlsxRadio->isChecked() ? tr("Excel workbook (*.xlsx)") : tr("CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), m_pathEdit->text(), filter);
    if (!path.isEmpty())
        setPath(path);
}

Status ExportDialog::exportNow()
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (Status done = TableExporter::write(m_document->store(), kind(), path); !done)
        return done;
    accept();
    return {};
}

bool ExportDialog::run(AuditDocument* document, TableKind kind, QWidget* parent)
{
    if (!document)
        return false;
    ExportDialog dialog(document, kind, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace isoaudit
