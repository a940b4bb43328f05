// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/SignReportDialog.h"
#include "models/StoreSubscription.h"
#include "panes/Pane.h"
#include "report/ReportData.h"
#include "util/Result.h"

#include <QPrinter>

#include <memory>

class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QPrintPreviewWidget;
class QPushButton;
class QStackedLayout;
class QTimer;

namespace isoaudit {

class ReportLayout;

/// The audit report as it will be printed: a live print preview of the same pages the PDF export and the printer
/// get (one ReportLayout), with the paper size, Print… and Export PDF…. Long reports are laid out and painted in
/// chunks behind a progress dialog with Cancel, so the window never freezes; edits refresh the preview shortly after.
class ReportPane : public Pane
{
    Q_OBJECT

public:
    explicit ReportPane(QWidget* parent = nullptr);
    ~ReportPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;

    /// Pages in the current preview (0 when no audit is open).
    int pageCount() const;
    QPageSize::PageSizeId paper() const;
    /// What the next report is made with: the paper and language chosen here (defaults from Preferences) and the
    /// issuing certification body from Preferences.
    ReportOptions options() const;
    void setPaper(QPageSize::PageSizeId paper);
    /// Lays out again from the audit and repaints the preview; false when cancelled or nothing is open.
    bool refresh();
    /// Writes the report as PDF/A-1b (what Export PDF… does after its file dialog).
    Status exportPdf(const QString& path);
    /// Paints the report on a printer or PDF writer, laid out for its page size (what Print… does after its dialog).
    Status printTo(QPagedPaintDevice& device);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void paintPreview(QPrinter* printer);
    void print();
    void exportPdfInteractively();
    void openSignDialog(SignReportDialog::Mode mode);
    void markStale();
    void updateControls();
    std::shared_ptr<const ReportLayout> layoutFor(const QPageSize& pageSize);

    AuditDocument* m_document = nullptr;
    StoreSubscription m_subscription;
    QPrinter m_previewPrinter;
    QPrintPreviewWidget* m_preview = nullptr;
    QComboBox* m_paperCombo = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_signButton = nullptr;
    QPushButton* m_addSignatureButton = nullptr;
    QLabel* m_pagesLabel = nullptr;
    QLabel* m_placeholder = nullptr;
    QStackedLayout* m_stack = nullptr;
    QTimer* m_refreshTimer = nullptr;
    std::shared_ptr<const ReportLayout> m_layout;
    bool m_stale = true;
    bool m_busy = false;
    int m_previewPages = 0; ///< pages the preview last painted (what the page-count label says)
};

} // namespace isoaudit
