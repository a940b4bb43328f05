// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/Pane.h"

#include <QPointer>
#include <QTimer>

class QTextBrowser;

namespace isoaudit {

class AuditStore;
struct AuditStatistics;

/// The Report page until the PDF report (issue 5) replaces it: the audit summarised as the report will present it —
/// cover data, recommendation, findings by grade and in full, clause 4–10 results, the SoA and risk picture, persons
/// interviewed — rendered as a document that can be saved as HTML.
class AuditSummaryPane : public Pane
{
    Q_OBJECT

public:
    explicit AuditSummaryPane(QWidget* parent = nullptr);

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;
    /// The summary as HTML (what the page shows).
    QString html() const;
    QTextBrowser* browser() const { return m_browser; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void saveHtml();
    static QString render(const AuditStore& store, const AuditStatistics& statistics);

    QPointer<AuditDocument> m_document;
    QTextBrowser* m_browser = nullptr;
    QTimer m_refreshTimer;
    bool m_stale = false;
};

} // namespace isoaudit
