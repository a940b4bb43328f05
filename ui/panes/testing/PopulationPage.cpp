// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/testing/PopulationPage.h"

#include "dialogs/PopulationImportDialog.h"
#include "panes/testing/TestingPane.h"
#include "soc2/Populations.h"
#include "storage/PopulationTable.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace isoaudit {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

PopulationPage::PopulationPage(QWidget* parent)
    : TestingSection(parent)
    , m_populationCombo(new QComboBox(this))
    , m_populationSummary(wrappedLabel(this))
    , m_coverage(wrappedLabel(this))
    , m_sha256(new QLineEdit(this))
    , m_caHow(new QPlainTextEdit(this))
    , m_caBy(new QLineEdit(this))
    , m_caOn(new QDateEdit(this))
    , m_caSave(new QPushButton(TestingPane::tr("Record the &check"), this))
    , m_importButton(new QPushButton(TestingPane::tr("&Import population…"), this))
    , m_previewButton(new QPushButton(TestingPane::tr("Pre&view rows"), this))
{
    buildLayout();
    connect(m_importButton, &QPushButton::clicked, this, &PopulationPage::importPopulationInteractively);
    connect(m_previewButton, &QPushButton::clicked, this, &PopulationPage::previewRequested);
    connect(m_populationCombo, &QComboBox::currentIndexChanged, this, &PopulationPage::populationPicked);
    connect(m_caSave, &QPushButton::clicked, this,
            [this] { report(setCompletenessAccuracy(m_caHow->toPlainText(), m_caBy->text(), m_caOn->date())); });
}

void PopulationPage::buildLayout()
{
    m_populationCombo->setObjectName(QStringLiteral("testingPopulation"));
    m_populationCombo->setAccessibleName(TestingPane::tr("Population"));
    m_populationCombo->setToolTip(TestingPane::tr("The control's population shown here and sampled"));
    m_populationSummary->setObjectName(QStringLiteral("testingPopulationSummary"));
    m_populationSummary->setAccessibleName(TestingPane::tr("Population rows"));
    m_coverage->setObjectName(QStringLiteral("testingCoverage"));
    m_coverage->setAccessibleName(TestingPane::tr("Period coverage"));
    m_sha256->setObjectName(QStringLiteral("testingSha256"));
    m_sha256->setAccessibleName(TestingPane::tr("SHA-256 of the sampling frame"));
    m_sha256->setToolTip(
        TestingPane::tr("The SHA-256 of the sampling frame, as the report prints it: select and copy it"));
    m_sha256->setReadOnly(true);
    m_sha256->setFrame(false);
    m_caHow->setObjectName(QStringLiteral("testingCaHow"));
    m_caHow->setAccessibleName(TestingPane::tr("How completeness and accuracy were checked"));
    m_caHow->setPlaceholderText(
        TestingPane::tr("How the list was checked for completeness and accuracy (reconciled to …)"));
    m_caHow->setTabChangesFocus(true);
    m_caHow->setMaximumHeight(m_caHow->fontMetrics().height() * 2 + 14);
    m_caBy->setObjectName(QStringLiteral("testingCaBy"));
    m_caBy->setAccessibleName(TestingPane::tr("Completeness and accuracy checked by"));
    m_caOn->setObjectName(QStringLiteral("testingCaOn"));
    m_caOn->setAccessibleName(TestingPane::tr("Completeness and accuracy checked on"));
    m_caOn->setCalendarPopup(true);
    m_caOn->setDate(QDate::currentDate());
    m_caSave->setObjectName(QStringLiteral("testingCaSave"));
    m_caSave->setAccessibleName(TestingPane::tr("Record the completeness and accuracy check"));
    m_caSave->setToolTip(TestingPane::tr("Record how, by whom and when the list was checked (one undo step)"));
    m_importButton->setObjectName(QStringLiteral("testingImportPopulation"));
    m_importButton->setAccessibleName(TestingPane::tr("Import population"));
    m_importButton->setToolTip(
        TestingPane::tr("Import the client's list of the control's occurrences from CSV or XLSX (Undo "
                        "removes it)"));
    m_previewButton->setObjectName(QStringLiteral("testingPreviewRows"));
    m_previewButton->setAccessibleName(TestingPane::tr("Preview rows"));
    m_previewButton->setToolTip(TestingPane::tr("Show the population's frozen rows, read page by page as you scroll"));
    auto* populationForm = new QFormLayout;
    populationForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* populationRow = new QHBoxLayout;
    populationRow->addWidget(m_populationCombo, 1);
    populationRow->addWidget(m_importButton);
    populationRow->addWidget(m_previewButton);
    populationForm->addRow(TestingPane::tr("Population:"), populationRow);
    populationForm->addRow(TestingPane::tr("Rows:"), m_populationSummary);
    populationForm->addRow(TestingPane::tr("Period coverage:"), m_coverage);
    populationForm->addRow(TestingPane::tr("SHA-256:"), m_sha256);
    populationForm->addRow(TestingPane::tr("Completeness and accuracy:"), m_caHow);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caBy, 1);
    caRow->addWidget(m_caOn);
    caRow->addWidget(m_caSave);
    populationForm->addRow(TestingPane::tr("Checked by, on:"), caRow);
    auto* populationLayout = new QVBoxLayout(this);
    populationLayout->addLayout(populationForm);
    populationLayout->addStretch();
}

void PopulationPage::setDocument(AuditDocument* document)
{
    TestingSection::setDocument(document);
    m_ranges.clear();
}

void PopulationPage::setControl(const QString& controlUuid)
{
    TestingSection::setControl(controlUuid);
    m_populationCombo->clear(); // refilled with this control's populations
}

void PopulationPage::clear()
{
    m_populationCombo->clear();
    showPopulation(nullptr);
}

std::optional<Record> PopulationPage::showPopulations()
{
    // The control's populations, keeping the one picked.
    QList<Record> populations;
    if (auto read = document()->store().records(RecordKind::Population, control()))
        populations = read.value();
    const QString picked = m_populationCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_populationCombo);
        m_populationCombo->clear();
        for (const Record& population : std::as_const(populations))
            m_populationCombo->addItem(population.text(QStringLiteral("name")), population.uuid);
        const int index = m_populationCombo->findData(picked);
        m_populationCombo->setCurrentIndex(index >= 0 ? index : m_populationCombo->count() - 1);
        m_populationCombo->setEnabled(m_populationCombo->count() > 1);
    }
    const Record* population = nullptr;
    for (const Record& candidate : std::as_const(populations)) {
        if (candidate.uuid == currentPopulation())
            population = &candidate;
    }
    showPopulation(population);
    return population ? std::optional<Record>(*population) : std::nullopt;
}

void PopulationPage::pickPopulation(const QString& populationUuid)
{
    const int index = m_populationCombo->findData(populationUuid);
    if (index >= 0)
        m_populationCombo->setCurrentIndex(index);
}

QString PopulationPage::currentPopulation() const
{
    return m_populationCombo->currentData().toString();
}

QString PopulationPage::currentName() const
{
    return m_populationCombo->currentText();
}

QPair<QDate, QDate> PopulationPage::dateRange(const Record& population)
{
    // The rows are frozen: their range is read once per population (a million rows take a moment, once).
    const QString key = population.uuid + QLatin1Char('/') + population.text(QStringLiteral("rows_sha256"));
    if (auto found = m_ranges.constFind(key); found != m_ranges.cend())
        return found.value();
    QDate first;
    QDate last;
    const Status read = PopulationTable::forEach(document()->store(), population.uuid, false,
                                                 [&](const PopulationRow& row) -> Status {
                                                     if (row.occurredOn.isValid()) {
                                                         if (!first.isValid() || row.occurredOn < first)
                                                             first = row.occurredOn;
                                                         if (!last.isValid() || row.occurredOn > last)
                                                             last = row.occurredOn;
                                                     }
                                                     return {};
                                                 });
    if (!read) {
        emit statusMessage(read.error());
        return {};
    }
    m_ranges.insert(key, {first, last});
    return {first, last};
}

void PopulationPage::showPopulation(const Record* population)
{
    const bool has = population != nullptr;
    m_previewButton->setEnabled(has);
    m_caSave->setEnabled(has);
    m_importButton->setEnabled(document() && !control().isEmpty());
    if (!has) {
        m_populationSummary->setText(
            control().isEmpty() ? QString() : TestingPane::tr("No population imported yet: use Import population…"));
        m_coverage->clear();
        m_sha256->clear();
        if (!m_caHow->hasFocus())
            m_caHow->clear();
        m_caBy->clear();
        return;
    }
    const qint64 rows = population->integer(QStringLiteral("row_count")).value_or(0);
    const qint64 outside = population->integer(QStringLiteral("out_of_period")).value_or(0);
    const QLocale locale;
    QString summary = TestingPane::tr("%1 rows, %2 outside the period, %3 in the sampling frame")
                          .arg(locale.toString(rows), locale.toString(outside), locale.toString(rows - outside));
    if (rows == 0)
        summary = TestingPane::tr("The population is empty: the control did not operate during the period.");
    const QDateTime imported = QDateTime::fromString(population->text(QStringLiteral("imported_at")), Qt::ISODate);
    summary += QLatin1Char('\n')
        + TestingPane::tr("From %1, imported by %2 on %3")
              .arg(population->text(QStringLiteral("source_file")), population->text(QStringLiteral("imported_by")),
                   imported.isValid() ? locale.toString(imported.toLocalTime(), QLocale::ShortFormat)
                                      : population->text(QStringLiteral("imported_at")));
    m_populationSummary->setText(summary);
    const auto [first, last] = rows > 0 ? dateRange(*population) : QPair<QDate, QDate>();
    const QDate start = periodStart();
    const QDate end = periodEnd();
    QString coverage;
    if (first.isValid())
        coverage = TestingPane::tr("Rows dated %1 to %2").arg(dateText(first), dateText(last));
    if (start.isValid() && end.isValid()) {
        coverage += (coverage.isEmpty() ? QString() : QStringLiteral("; "))
            + TestingPane::tr("the period is %1 to %2").arg(dateText(start), dateText(end));
        if (first.isValid() && (first > start.addDays(31) || last < end.addDays(-31)))
            coverage += QLatin1Char('\n')
                + TestingPane::tr("The rows do not reach a month of the period's start or end: check that "
                                  "the list is complete.");
    }
    m_coverage->setText(coverage);
    QPalette palette = m_coverage->palette();
    palette.setColor(QPalette::WindowText,
                     coverage.contains(QLatin1Char('\n')) ? ThemeColors::errorText(palette)
                                                          : QGuiApplication::palette().color(QPalette::WindowText));
    m_coverage->setPalette(palette);
    m_sha256->setText(population->text(QStringLiteral("sha256")));
    m_sha256->setCursorPosition(0);
    if (!m_caHow->hasFocus() && m_caHow->toPlainText() != population->text(QStringLiteral("completeness_accuracy")))
        m_caHow->setPlainText(population->text(QStringLiteral("completeness_accuracy")));
    if (!m_caBy->hasFocus())
        m_caBy->setText(population->text(QStringLiteral("ca_checked_by")));
    const QDate on = QDate::fromString(population->text(QStringLiteral("ca_checked_on")), Qt::ISODate);
    if (!m_caOn->hasFocus())
        m_caOn->setDate(on.isValid() ? on : QDate::currentDate());
}

Result<PopulationImportResult> PopulationPage::importPopulation(PopulationImportOptions options)
{
    if (!document())
        return Error{TestingPane::tr("No audit is open.")};
    if (options.controlUuid.isEmpty())
        options.controlUuid = control();
    if (options.controlUuid.isEmpty())
        return Error{TestingPane::tr("Select the control the population belongs to.")};
    if (options.importedBy.isEmpty())
        options.importedBy = document()->store().author();
    auto controlRecord = document()->store().record(RecordKind::ServiceControl, options.controlUuid);
    if (!controlRecord)
        return Error{controlRecord.error()};
    AuditStore& store = document()->store();
    struct State
    {
        QString uuid;
        PopulationImportResult result;
    };
    auto state = std::make_shared<State>();
    // Core reads and writes the rows in one call without a progress callback: a busy indicator says it is working.
    QProgressDialog busy(TestingPane::tr("Importing %1 for %2…")
                             .arg(QFileInfo(options.path).fileName(), controlRecord->text(QStringLiteral("ref"))),
                         QString(), 0, 0, this);
    busy.setWindowTitle(TestingPane::tr("Import population"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.setAccessibleName(TestingPane::tr("Importing the population"));
    busy.show();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = document()->perform(
        TestingPane::tr("Import population %1 for %2")
            .arg(QFileInfo(options.path).fileName(), controlRecord->text(QStringLiteral("ref"))),
        [&store, options, state]() -> Status {
            auto imported = PopulationImport::run(store, options);
            if (!imported)
                return Error{imported.error()};
            state->uuid = imported->uuid;
            state->result = imported.value();
            return {};
        },
        [&store, state, control = options.controlUuid]() -> Status {
            // A sample drawn from the population outside this undo history keeps it: the sample goes first.
            if (auto samples = store.records(RecordKind::Sample, control)) {
                for (const Record& sample : samples.value()) {
                    if (sample.text(QStringLiteral("population_uuid")) != state->uuid)
                        continue;
                    auto population = store.record(RecordKind::Population, state->uuid);
                    return Error{
                        TestingPane::tr("Population %1 has a sample drawn from it (seed %2); remove the sample before "
                                        "the population.")
                            .arg(population ? population->text(QStringLiteral("name")) : state->uuid,
                                 sample.text(QStringLiteral("seed")))};
                }
            }
            return store.remove(RecordKind::Population, state->uuid);
        });
    QGuiApplication::restoreOverrideCursor();
    busy.close();
    activateWindow(); // back to the page the import was started from
    if (!done)
        return Error{done.error()};
    emit detailsChanged();
    const int index = m_populationCombo->findData(state->uuid);
    if (index >= 0)
        m_populationCombo->setCurrentIndex(index);
    const PopulationImportResult& r = state->result;
    QString message = TestingPane::tr("Imported %1 rows into population %2 (%3 outside the period).")
                          .arg(QLocale().toString(r.rows))
                          .arg(m_populationCombo->currentText())
                          .arg(QLocale().toString(r.outOfPeriod));
    if (!r.firstOutOfPeriod.isEmpty())
        message += QLatin1Char(' ')
            + TestingPane::tr("Outside the period: %1.").arg(r.firstOutOfPeriod.join(QStringLiteral(", ")));
    emit statusMessage(message);
    return state->result;
}

void PopulationPage::importPopulationInteractively()
{
    if (!document() || control().isEmpty())
        return;
    PopulationImportDialog dialog(this);
    dialog.setControl(control(), controlRef());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto imported = importPopulation(dialog.options()); !imported)
        emit statusMessage(imported.error());
}

Status PopulationPage::setCompletenessAccuracy(const QString& how, const QString& checkedBy, const QDate& checkedOn)
{
    if (!document())
        return Error{TestingPane::tr("No audit is open.")};
    const QString uuid = currentPopulation();
    if (uuid.isEmpty())
        return Error{TestingPane::tr("The control has no population to record the check for.")};
    auto population = document()->store().record(RecordKind::Population, uuid);
    if (!population)
        return Error{population.error()};
    const QString oldHow = population->text(QStringLiteral("completeness_accuracy"));
    const QString oldBy = population->text(QStringLiteral("ca_checked_by"));
    const QDate oldOn = QDate::fromString(population->text(QStringLiteral("ca_checked_on")), Qt::ISODate);
    if (oldHow == how.trimmed() && oldBy == checkedBy.trimmed() && oldOn == checkedOn)
        return {};
    AuditStore& store = document()->store();
    const QString newHow = how.trimmed();
    const QString newBy = checkedBy.trimmed();
    const Status done = document()->perform(
        TestingPane::tr("Set completeness and accuracy of population %1").arg(population->text(QStringLiteral("name"))),
        [&store, uuid, newHow, newBy, checkedOn] {
            return Populations::setCompletenessAccuracy(store, uuid, newHow, newBy, checkedOn);
        },
        [&store, uuid, oldHow, oldBy, oldOn] {
            return Populations::setCompletenessAccuracy(store, uuid, oldHow, oldBy, oldOn);
        });
    if (done)
        emit detailsChanged();
    return done;
}

} // namespace isoaudit
