// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/report/ReportLayoutJob.h"

#include "report/ReportDocument.h"
#include "report/ReportLayout.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

namespace isoaudit {

namespace {

class DialogProgress : public ReportLayoutJob::PaintProgress
{
public:
    DialogProgress(const QString& label, QWidget* parent)
        : m_dialog(label, ReportLayoutJob::tr("Cancel"), 0, 1, parent)
    {
        m_dialog.setWindowTitle(ReportLayoutJob::tr("Audit report"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(true);
        m_dialog.setAccessibleName(label);
    }

    bool update(int done, int total) override
    {
        if (m_dialog.maximum() != total)
            m_dialog.setMaximum(std::max(1, total));
        // Until the dialog appears (after a moment) it does not process events itself: keep the window painting and
        // its timers running, but take no input yet, so nothing can start a second layout meanwhile.
        if (!m_dialog.isVisible())
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        // A window-modal progress dialog processes events in setValue(), so the window repaints and Cancel works.
        m_dialog.setValue(std::min(done, std::max(1, total)));
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

std::shared_ptr<const ReportLayout> ReportLayoutJob::run(const ReportData& data, const ReportOptions& options,
                                                         const QPageSize& pageSize, QWidget* parent)
{
    // On the GUI thread, in chunks: Qt's font engines belong to the thread that made them, so text laid out on a
    // worker thread could not be drawn once that thread ended. The layout reports progress every few dozen blocks
    // (a few milliseconds), and the window-modal dialog processes events each time, so the window never freezes.
    const ReportDocument document = ReportDocument::build(data, options);
    DialogProgress progress(tr("Laying out the report…"), parent);
    return ReportLayout::create(document, pageSize, progress.callback());
}

std::unique_ptr<ReportLayoutJob::PaintProgress> ReportLayoutJob::paintProgress(const QString& label, QWidget* parent)
{
    return std::make_unique<DialogProgress>(label, parent);
}

} // namespace isoaudit
