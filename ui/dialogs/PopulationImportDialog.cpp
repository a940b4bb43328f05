// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/PopulationImportDialog.h"

#include "import/CsvReader.h"
#include "import/XlsxReader.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

bool isXlsx(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

/// The first line of a CSV file: read from its first 64 KiB, cut at the last line break so no character is split.
Result<QStringList> csvHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{PopulationImportDialog::tr("Could not read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    QByteArray head = file.read(64 * 1024);
    if (!file.atEnd()) {
        const qsizetype lastBreak = head.lastIndexOf('\n');
        if (lastBreak > 0)
            head.truncate(lastBreak + 1);
    }
    auto table = CsvReader::parse(head, QFileInfo(path).fileName());
    if (!table)
        return Error{table.error()};
    QStringList headers;
    if (!table->rows.isEmpty()) {
        for (int column = 0; column < table->rows.first().size(); ++column)
            headers << table->text(0, column);
    }
    return headers;
}

} // namespace

PopulationImportDialog::PopulationImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_sheet(new QComboBox(this))
    , m_idColumn(new QComboBox(this))
    , m_dateColumn(new QComboBox(this))
    , m_dateFormat(new QComboBox(this))
    , m_outside(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import population"));
    setObjectName(QStringLiteral("populationImportDialog"));
    m_file->setObjectName(QStringLiteral("populationFile"));
    m_file->setAccessibleName(tr("Population file"));
    m_file->setPlaceholderText(tr("A CSV or XLSX file, one row per occurrence"));
    m_file->setToolTip(tr("The client's list of the control's occurrences: one row each, with an id and a date"));
    m_browse->setAccessibleName(tr("Browse for the population file"));
    m_browse->setToolTip(tr("Choose the CSV or XLSX file"));
    m_sheet->setObjectName(QStringLiteral("populationSheet"));
    m_sheet->setAccessibleName(tr("Sheet"));
    m_sheet->setToolTip(tr("The sheet of the workbook that holds the list"));
    m_idColumn->setObjectName(QStringLiteral("populationIdColumn"));
    m_idColumn->setAccessibleName(tr("Id column"));
    m_idColumn->setToolTip(tr("The column that identifies each occurrence (a ticket or change number)"));
    m_dateColumn->setObjectName(QStringLiteral("populationDateColumn"));
    m_dateColumn->setAccessibleName(tr("Date column"));
    m_dateColumn->setToolTip(tr("The column with the date of each occurrence"));
    m_dateFormat->setObjectName(QStringLiteral("populationDateFormat"));
    m_dateFormat->setAccessibleName(tr("Date format"));
    m_dateFormat->setToolTip(tr("How the dates are written when they are not ISO (YYYY-MM-DD); ISO dates are always "
                                "read. Type a Qt date format for another one."));
    m_dateFormat->setEditable(true);
    m_dateFormat->addItem(tr("ISO only (YYYY-MM-DD)"), QString());
    // Qt date formats, as typed into the field; not translated.
    for (const QString& format : {QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("dd-MM-yyyy"), QStringLiteral("yyyy/MM/dd")})
        m_dateFormat->addItem(format, format);
    m_outside->setObjectName(QStringLiteral("populationOutside"));
    m_outside->setAccessibleName(tr("Rows outside the period"));
    m_outside->setToolTip(tr("Rows dated outside the engagement's period are kept and flagged (left out of the "
                             "sampling frame), or the import is refused"));
    m_outside->addItem(tr("Keep and flag them (not sampled)"), int(PopulationImportOptions::Outside::Flag));
    m_outside->addItem(tr("Refuse the import"), int(PopulationImportOptions::Outside::Refuse));
    m_name->setObjectName(QStringLiteral("populationName"));
    m_name->setAccessibleName(tr("Population name"));
    m_name->setPlaceholderText(tr("The file's name"));
    m_name->setToolTip(tr("A name for the population; the file's name when left empty"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Import problem"));
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, ThemeColors::errorText(palette));
    m_message->setPalette(palette);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Import the population"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&Id column:"), m_idColumn);
    form->addRow(tr("&Date column:"), m_dateColumn);
    form->addRow(tr("Date f&ormat:"), m_dateFormat);
    form->addRow(tr("Rows outside the &period:"), m_outside);
    form->addRow(tr("&Name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The rows are frozen on import: their count and SHA-256 are recorded, and they "
                                "cannot be changed afterwards. Undo removes the population."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_browse, &QPushButton::clicked, this, &PopulationImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() == file() && !m_headers.isEmpty())
            return;
        if (auto read = setFile(m_file->text()); !read)
            m_message->setText(read.error());
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (auto read = readHeader(); !read)
            m_message->setText(read.error());
    });
    connect(m_idColumn, &QComboBox::currentIndexChanged, this, &PopulationImportDialog::updateState);
    connect(m_dateColumn, &QComboBox::currentIndexChanged, this, &PopulationImportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PopulationImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void PopulationImportDialog::setControl(const QString& controlUuid, const QString& controlRef)
{
    m_controlUuid = controlUuid;
    setWindowTitle(tr("Import population for %1").arg(controlRef));
}

QString PopulationImportDialog::file() const
{
    return m_file->text().trimmed();
}

Status PopulationImportDialog::setFile(const QString& path)
{
    {
        const QSignalBlocker blocker(m_file);
        m_file->setText(path);
    }
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        if (isXlsx(path)) {
            auto workbook = XlsxReader::open(path);
            if (!workbook) {
                m_headers.clear();
                m_idColumn->clear();
                m_dateColumn->clear();
                updateState();
                return Error{workbook.error()};
            }
            m_sheet->addItems(workbook->sheetNames());
        }
        m_sheet->setEnabled(m_sheet->count() > 1);
    }
    return readHeader();
}

Status PopulationImportDialog::setSheet(const QString& sheet)
{
    const int index = m_sheet->findText(sheet);
    if (index < 0)
        return Error{tr("The workbook has no sheet \"%1\".").arg(sheet)};
    const QSignalBlocker blocker(m_sheet);
    m_sheet->setCurrentIndex(index);
    return readHeader();
}

Status PopulationImportDialog::readHeader()
{
    m_headers.clear();
    const QString path = file();
    Status result;
    if (path.isEmpty()) {
        // nothing to read yet
    } else if (!QFileInfo(path).isFile()) {
        result = Error{tr("There is no file %1.").arg(QDir::toNativeSeparators(path))};
    } else if (isXlsx(path)) {
        auto workbook = XlsxReader::open(path);
        if (!workbook) {
            result = Error{workbook.error()};
        } else if (auto table = workbook->sheet(m_sheet->currentText()); !table) {
            result = Error{table.error()};
        } else {
            for (int column = 0; column < table->columnCount(); ++column)
                m_headers << table->text(0, column);
        }
    } else if (auto headers = csvHeader(path); !headers) {
        result = Error{headers.error()};
    } else {
        m_headers = headers.value();
    }
    for (QComboBox* combo : {m_idColumn, m_dateColumn}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const QString& header : std::as_const(m_headers))
            combo->addItem(header.isEmpty() ? tr("(column without a header)") : header, header);
    }
    const int id = PopulationImport::findColumn(m_headers, {}, PopulationImport::idSynonyms());
    const int date = PopulationImport::findColumn(m_headers, {}, PopulationImport::dateSynonyms());
    m_idColumn->setCurrentIndex(id >= 0 ? id : (m_headers.isEmpty() ? -1 : 0));
    m_dateColumn->setCurrentIndex(date >= 0 ? date : (m_headers.size() > 1 ? 1 : -1));
    if (result && !path.isEmpty() && m_headers.isEmpty())
        result = Error{tr("%1 has no header row.").arg(QDir::toNativeSeparators(path))};
    updateState();
    if (!result)
        m_message->setText(result.error());
    return result;
}

int PopulationImportDialog::indexOfHeader(const QComboBox* combo, const QString& header)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString().compare(header, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool PopulationImportDialog::setIdColumn(const QString& header)
{
    const int index = indexOfHeader(m_idColumn, header);
    if (index >= 0)
        m_idColumn->setCurrentIndex(index);
    return index >= 0;
}

bool PopulationImportDialog::setDateColumn(const QString& header)
{
    const int index = indexOfHeader(m_dateColumn, header);
    if (index >= 0)
        m_dateColumn->setCurrentIndex(index);
    return index >= 0;
}

void PopulationImportDialog::setDateFormat(const QString& format)
{
    const int index = m_dateFormat->findData(format);
    if (index >= 0)
        m_dateFormat->setCurrentIndex(index);
    else
        m_dateFormat->setCurrentText(format);
}

void PopulationImportDialog::setOutside(PopulationImportOptions::Outside outside)
{
    m_outside->setCurrentIndex(m_outside->findData(int(outside)));
}

void PopulationImportDialog::setPopulationName(const QString& name)
{
    m_name->setText(name);
}

PopulationImportOptions PopulationImportDialog::options() const
{
    PopulationImportOptions options;
    options.controlUuid = m_controlUuid;
    options.path = file();
    if (isXlsx(options.path))
        options.sheet = m_sheet->currentText();
    options.idColumn = m_idColumn->currentData().toString();
    options.dateColumn = m_dateColumn->currentData().toString();
    // A format picked from the list carries it as data; one typed in is the text itself.
    const int picked = m_dateFormat->findText(m_dateFormat->currentText());
    options.dateFormat = picked >= 0 ? m_dateFormat->itemData(picked).toString() : m_dateFormat->currentText().trimmed();
    options.outside = PopulationImportOptions::Outside(m_outside->currentData().toInt());
    options.name = m_name->text().trimmed();
    return options;
}

QString PopulationImportDialog::problem() const
{
    if (file().isEmpty())
        return tr("Choose the file to import.");
    if (m_headers.isEmpty())
        return tr("The file's header could not be read.");
    if (m_idColumn->currentIndex() < 0)
        return tr("Choose the id column.");
    if (m_dateColumn->currentIndex() < 0)
        return tr("Choose the date column.");
    if (m_idColumn->currentIndex() == m_dateColumn->currentIndex())
        return tr("The id and the date must be two different columns.");
    return {};
}

void PopulationImportDialog::updateState()
{
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_message->setText(file().isEmpty() ? QString() : why);
}

void PopulationImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import population"), file(),
                                                      tr("Tables (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto read = setFile(path); !read)
        m_message->setText(read.error());
}

void PopulationImportDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_message->setText(why);
        return;
    }
    QDialog::accept();
}

} // namespace isoaudit
