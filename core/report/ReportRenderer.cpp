// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportRenderer.h"

#include "i18n/Translations.h"
#include "report/ReportDocument.h"
#include "report/ReportHtmlWriter.h"
#include "report/ReportLayout.h"
#include "storage/AuditStore.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>

namespace isoaudit {

namespace {

Result<ReportDocument> documentFor(const AuditStore& store, const ReportOptions& options)
{
    if (Status checked = ReportRenderer::checkOptions(options); !checked)
        return Error{checked.error()};
    auto data = ReportData::load(store);
    if (!data)
        return Error{data.error()};
    return ReportDocument::build(data.value(), options);
}

} // namespace

QStringList ReportRenderer::languages()
{
    return Translations::languages();
}

Status ReportRenderer::checkOptions(const ReportOptions& options)
{
    if (!languages().contains(options.language))
        return Error{tr("The report cannot be written in \"%1\": the available languages are %2.")
                         .arg(options.language, languages().join(QStringLiteral(", ")))};
    if (options.paper != QPageSize::A4 && options.paper != QPageSize::Letter)
        return Error{tr("The report is laid out for A4 or US Letter paper only.")};
    return {};
}

Result<QByteArray> ReportRenderer::renderPdf(const AuditStore& store, const ReportOptions& options,
                                             const std::function<bool(int, int)>& progress)
{
    auto document = documentFor(store, options);
    if (!document)
        return Error{document.error()};
    const auto layout = ReportLayout::create(document.value(), QPageSize(options.paper));
    return pdf(*layout, progress);
}

Result<QByteArray> ReportRenderer::pdf(const ReportLayout& layout, const std::function<bool(int, int)>& progress)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(600);
        writer.setTitle(layout.title());
        writer.setCreator(QStringLiteral("IsoAudit %1").arg(QCoreApplication::applicationVersion()));
        const QPageSize pageSize(layout.pageSize(), QPageSize::Point, QString(), QPageSize::FuzzyMatch);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        if (Status painted = paint(layout, writer, progress); !painted)
            return Error{painted.error()};
    }
    return bytes;
}

Result<QString> ReportRenderer::renderHtml(const AuditStore& store, const ReportOptions& options)
{
    auto document = documentFor(store, options);
    if (!document)
        return Error{document.error()};
    return ReportHtmlWriter::write(document.value());
}

Status ReportRenderer::print(const AuditStore& store, QPagedPaintDevice& device, const ReportOptions& options,
                             const std::function<bool(int, int)>& progress)
{
    auto document = documentFor(store, options);
    if (!document)
        return Error{document.error()};
    const auto layout = ReportLayout::create(document.value(), device.pageLayout().pageSize());
    return paint(*layout, device, progress);
}

Status ReportRenderer::paint(const ReportLayout& layout, QPagedPaintDevice& device,
                             const std::function<bool(int, int)>& progress)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("Cannot start painting the report on the printer or PDF file.")};
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // The layout is in points from the page's top-left corner; the device paints from its printable area.
    const QRectF printable = device.pageLayout().paintRect(QPageLayout::Point);
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    painter.translate(-printable.topLeft());
    const int total = layout.pageCount();
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            painter.end();
            return Error{tr("Report cancelled.")};
        }
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Error{tr("The printer refused a new page.")};
        }
        layout.paintPage(painter, i);
    }
    if (progress)
        progress(total, total);
    if (!painter.end())
        return Error{tr("The report could not be finished on the printer or PDF file.")};
    return {};
}

} // namespace isoaudit
