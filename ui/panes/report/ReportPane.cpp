// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/report/ReportPane.h"

#include "document/AuditDocument.h"
#include "i18n/Translations.h"
#include "panes/report/ReportLayoutJob.h"
#include "report/ReportLayout.h"
#include "report/ReportRenderer.h"
#include "settings/AppSettings.h"
#include "storage/AuditStore.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace isoaudit {

ReportPane::ReportPane(QWidget* parent)
    : Pane(parent)
    , m_previewPrinter(QPrinter::ScreenResolution)
{
    m_previewPrinter.setOutputFormat(QPrinter::PdfFormat);

    auto* paperLabel = new QLabel(tr("&Paper:"), this);
    m_paperCombo = new QComboBox(this);
    m_paperCombo->setObjectName(QStringLiteral("paperComboBox"));
    m_paperCombo->addItem(tr("A4"), int(QPageSize::A4));
    m_paperCombo->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paperCombo->setToolTip(tr("Paper size of the preview, the printout and the exported PDF"));
    m_paperCombo->setAccessibleName(tr("Paper size"));
    paperLabel->setBuddy(m_paperCombo);

    auto* languageLabel = new QLabel(tr("&Language:"), this);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString& code : ReportRenderer::languages())
        m_languageCombo->addItem(Translations::nativeName(code), code);
    m_languageCombo->setToolTip(tr("Language the report is written in"));
    m_languageCombo->setAccessibleName(tr("Report language"));
    languageLabel->setBuddy(m_languageCombo);
    // Preferences ▸ Report supplies the defaults; each report may still be written on other paper or in another
    // language than the last one.
    m_paperCombo->setCurrentIndex(qMax(0, m_paperCombo->findData(int(AppSettings::reportPaper()))));
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(AppSettings::reportLanguage())));

    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Lay out the report again from the audit (F5)"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    auto* fitWidth = new QToolButton(this);
    fitWidth->setText(tr("Fit &width"));
    fitWidth->setToolTip(tr("Zoom the preview to the width of the page"));
    fitWidth->setAccessibleName(tr("Fit page width"));
    auto* fitPage = new QToolButton(this);
    fitPage->setText(tr("Whole pa&ge"));
    fitPage->setToolTip(tr("Zoom the preview to show whole pages"));
    fitPage->setAccessibleName(tr("Show whole page"));
    m_pagesLabel = new QLabel(this);
    m_pagesLabel->setObjectName(QStringLiteral("pagesLabel"));
    // Room for the usual counts, so the bar does not jump; the bar must still fit a 1280-pixel screen.
    m_pagesLabel->setMinimumWidth(m_pagesLabel->fontMetrics().horizontalAdvance(tr("%1 pages").arg(888)));
    m_pagesLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setToolTip(tr("Print the report for signing at the closing meeting (Ctrl+P)"));
    m_printButton->setShortcut(QKeySequence::Print);
    m_exportButton = new QPushButton(tr("&Export PDF…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportButton->setToolTip(tr("Save the report as a PDF/A file"));
    m_signButton = new QPushButton(tr("Sig&n report…"), this);
    m_signButton->setObjectName(QStringLiteral("signReportButton"));
    m_signButton->setToolTip(tr("Sign the final report with your certificate; this is how the audit becomes signed"));
    m_addSignatureButton = new QPushButton(tr("A&dd signature…"), this);
    m_addSignatureButton->setObjectName(QStringLiteral("addSignatureButton"));
    m_addSignatureButton->setToolTip(
        tr("Add a further signature (the client's representative, a technical reviewer) to the signed report"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(paperLabel);
    bar->addWidget(m_paperCombo);
    bar->addSpacing(8);
    bar->addWidget(languageLabel);
    bar->addWidget(m_languageCombo);
    bar->addSpacing(8);
    bar->addWidget(m_refreshButton);
    bar->addSpacing(8);
    bar->addWidget(fitWidth);
    bar->addWidget(fitPage);
    bar->addStretch();
    bar->addWidget(m_pagesLabel);
    bar->addSpacing(8);
    bar->addWidget(m_printButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_signButton);
    bar->addWidget(m_addSignatureButton);

    m_preview = new QPrintPreviewWidget(&m_previewPrinter, this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    // The page view inside takes the keyboard focus (arrows and Page Up/Down scroll): it carries the name too.
    if (auto* pageView = m_preview->findChild<QGraphicsView*>())
        pageView->setAccessibleName(tr("Report preview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    m_placeholder = new QLabel(tr("Open an audit to see its report."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedLayout;
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(m_stack, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1500);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPane::paintPreview);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_printButton, &QPushButton::clicked, this, &ReportPane::print);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportPane::exportPdfInteractively);
    connect(m_signButton, &QPushButton::clicked, this, [this] { openSignDialog(SignReportDialog::Mode::Sign); });
    connect(m_addSignatureButton, &QPushButton::clicked, this,
            [this] { openSignDialog(SignReportDialog::Mode::AddSignature); });
    connect(fitWidth, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(fitPage, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitInView);
    connect(m_paperCombo, &QComboBox::currentIndexChanged, this, &ReportPane::markStale);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &ReportPane::markStale);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && m_stale)
            refresh();
    });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportPane::updateControls);
    updateControls();
}

ReportPane::~ReportPane() = default;

QString ReportPane::title() const
{
    return tr("Report");
}

void ReportPane::setDocument(AuditDocument* document)
{
    m_document = document;
    m_layout.reset();
    m_stale = true;
    m_subscription.followAnyChange(document ? &document->store() : nullptr, this, [this] { markStale(); });
    m_stack->setCurrentWidget(m_document ? static_cast<QWidget*>(m_preview) : m_placeholder);
    if (m_document && isVisible())
        refresh();
    else
        m_preview->updatePreview(); // an empty preview, not the previous audit's pages
    updateControls();
}

int ReportPane::pageCount() const
{
    return m_document && m_layout ? m_layout->pageCount() : 0;
}

QPageSize::PageSizeId ReportPane::paper() const
{
    return QPageSize::PageSizeId(m_paperCombo->currentData().toInt());
}

void ReportPane::setPaper(QPageSize::PageSizeId paper)
{
    const int index = m_paperCombo->findData(int(paper));
    if (index >= 0)
        m_paperCombo->setCurrentIndex(index);
}

ReportOptions ReportPane::options() const
{
    ReportOptions options;
    options.paper = paper();
    options.language = m_languageCombo->currentData().toString();
    const CertificationBody body = AppSettings::certificationBody();
    options.issuer = body.name;
    options.issuerAddress = body.address;
    options.issuerAccreditation = body.accreditation;
    options.bodyWording = AppSettings::bodyWording();
    return options;
}

void ReportPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    if (m_document && m_stale)
        QTimer::singleShot(0, this, [this] { refresh(); });
}

void ReportPane::markStale()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

std::shared_ptr<const ReportLayout> ReportPane::layoutFor(const QPageSize& pageSize)
{
    if (!m_document)
        return nullptr;
    if (m_layout && !m_stale && QPageSize(m_layout->pageSize(), QPageSize::Point).isEquivalentTo(pageSize))
        return m_layout;
    auto data = ReportData::load(m_document->store());
    if (!data) {
        emit statusMessage(data.error());
        return nullptr;
    }
    return ReportLayoutJob::run(data.value(), options(), pageSize, this);
}

bool ReportPane::refresh()
{
    if (!m_document || m_busy)
        return false;
    m_busy = true;
    updateControls();
    m_refreshTimer->stop();
    m_stale = true; // layoutFor() must read the audit again
    auto layout = layoutFor(QPageSize(paper()));
    m_busy = false;
    if (!layout) {
        updateControls();
        return false;
    }
    m_layout = layout;
    m_stale = false;
    m_previewPrinter.setPageLayout(QPageLayout(QPageSize(paper()), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    m_previewPrinter.setDocName(m_layout->title());
    m_preview->updatePreview();
    updateControls();
    return true;
}

void ReportPane::paintPreview(QPrinter* printer)
{
    m_previewPages = 0;
    if (!m_layout || !m_document) {
        updateControls();
        return;
    }
    m_busy = true;
    auto progress = ReportLayoutJob::paintProgress(tr("Drawing the preview…"), this);
    const Status painted = ReportRenderer::paint(*m_layout, *printer, progress->callback());
    m_busy = false;
    m_previewPages = painted ? m_layout->pageCount() : 0;
    if (!painted)
        emit statusMessage(painted.error());
    updateControls();
}

Status ReportPane::printTo(QPagedPaintDevice& device)
{
    auto layout = layoutFor(device.pageLayout().pageSize());
    if (!layout)
        return Error{tr("Printing cancelled.")};
    auto progress = ReportLayoutJob::paintProgress(tr("Printing the report…"), this);
    return ReportRenderer::paint(*layout, device, progress->callback());
}

void ReportPane::print()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(paper()));
    printer.setDocName(m_layout ? m_layout->title() : tr("Audit report"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Audit Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status printed = printTo(printer);
    if (!printed)
        QMessageBox::warning(this, tr("Print Audit Report"), printed.error());
    else
        emit statusMessage(
            tr("Report sent to %1.")
                .arg(printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName()));
}

Status ReportPane::exportPdf(const QString& path)
{
    auto layout = layoutFor(QPageSize(paper()));
    if (!layout)
        return Error{tr("Export cancelled.")};
    auto progress = ReportLayoutJob::paintProgress(tr("Writing the PDF…"), this);
    auto pdf = ReportRenderer::pdf(*layout, progress->callback());
    if (!pdf)
        return Error{pdf.error()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

void ReportPane::exportPdfInteractively()
{
    if (!m_document)
        return;
    const QString suggested = QFileInfo(m_document->path()).completeBaseName() + tr("-report") + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report as PDF"),
                                                      QFileInfo(m_document->path()).dir().filePath(suggested),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status exported = exportPdf(path);
    if (!exported) {
        QMessageBox::warning(this, tr("Export Report as PDF"), exported.error());
        return;
    }
    emit statusMessage(tr("Report exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportPane::openSignDialog(SignReportDialog::Mode mode)
{
    if (!m_document)
        return;
    SignReportDialog dialog(m_document, mode, this);
    dialog.setReportOptions(options());
    dialog.exec();
    updateControls();
}

void ReportPane::updateControls()
{
    const bool open = m_document != nullptr;
    for (QWidget* w : {static_cast<QWidget*>(m_paperCombo), static_cast<QWidget*>(m_languageCombo),
                       static_cast<QWidget*>(m_refreshButton), static_cast<QWidget*>(m_printButton),
                       static_cast<QWidget*>(m_exportButton)})
        w->setEnabled(open && !m_busy);
    const QString state = open ? m_document->store().audit()->text(QStringLiteral("lifecycle")) : QString();
    m_signButton->setEnabled(open && !m_busy && state != QLatin1String("signed"));
    m_addSignatureButton->setEnabled(open && !m_busy && state == QLatin1String("signed"));
    // The count of the pages the preview shows, so it always agrees with their footers ("Page 1 of N"); while a new
    // layout is being made the previous count stays until the preview is painted again.
    const int pages = open ? m_previewPages : 0;
    m_pagesLabel->setText(pages == 0 ? QString() : pages == 1 ? tr("1 page") : tr("%1 pages").arg(pages));
}

} // namespace isoaudit
