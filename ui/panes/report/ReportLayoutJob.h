// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QCoreApplication>
#include <QPageSize>

#include <functional>
#include <memory>

class QWidget;

namespace isoaudit {

class ReportLayout;

/// Lays out and paints the report while the window stays responsive: the work is done in small chunks on the GUI
/// thread (where Qt's font engines and printers must be used), and a window-modal QProgressDialog with Cancel, which
/// processes events between chunks, appears when it takes longer than a moment.
class ReportLayoutJob
{
    Q_DECLARE_TR_FUNCTIONS(ReportLayoutJob)

public:
    /// The layout, or nullptr when the user cancelled.
    static std::shared_ptr<const ReportLayout> run(const ReportData& data, const ReportOptions& options,
                                                   const QPageSize& pageSize, QWidget* parent);
    /// A progress callback for ReportRenderer::paint()/pdf() backed by a dialog that appears after a moment;
    /// `label` says what is being done. The returned object must outlive the painting.
    class PaintProgress;
    static std::unique_ptr<PaintProgress> paintProgress(const QString& label, QWidget* parent);
};

class ReportLayoutJob::PaintProgress
{
public:
    virtual ~PaintProgress() = default;
    virtual bool update(int done, int total) = 0;
    std::function<bool(int, int)> callback()
    {
        return [this](int done, int total) { return update(done, total); };
    }
};

} // namespace isoaudit
