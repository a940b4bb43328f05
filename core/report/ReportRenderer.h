// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace isoaudit {

class AuditStore;
class ReportLayout;

/// The audit report's outputs, all from one ReportDocument and one ReportLayout: a PDF/A-1b file, a printer or
/// the print preview (any QPagedPaintDevice), and a single self-contained HTML file. Core only: the GUI hands in
/// its QPrinter, which is a QPagedPaintDevice. `progress(done, total)` counts pages and may return false to cancel.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    /// The report as PDF/A-1b bytes (fonts embedded, title and creator set), on options.paper.
    static Result<QByteArray> renderPdf(const AuditStore& store, const ReportOptions& options,
                                        const std::function<bool(int done, int total)>& progress = {});
    /// The report as one HTML file with its styles and heat maps (SVG) inline.
    static Result<QString> renderHtml(const AuditStore& store, const ReportOptions& options);
    /// Paints the report onto a printer or PDF writer, laid out for the device's own page size (the print dialog's
    /// choice wins over options.paper).
    static Status print(const AuditStore& store, QPagedPaintDevice& device, const ReportOptions& options,
                        const std::function<bool(int, int)>& progress = {});

    /// PDF/A-1b bytes of an existing layout (the GUI lays out off its thread, then writes).
    static Result<QByteArray> pdf(const ReportLayout& layout, const std::function<bool(int, int)>& progress = {});
    /// Paints an existing layout onto a device, page by page; used by the preview, which lays out off the GUI thread.
    static Status paint(const ReportLayout& layout, QPagedPaintDevice& device,
                        const std::function<bool(int, int)>& progress = {});
    /// Languages the report can be written in ("en" plus every installed translation).
    static QStringList languages();
    /// Checks options (a known language) before any work is done.
    static Status checkOptions(const ReportOptions& options);
};

} // namespace isoaudit
