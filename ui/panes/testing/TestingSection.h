// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace isoaudit {

/// A part of the SOC 2 Testing page that works on the control the page shows: the Sample, Population, Test
/// procedures and Population rows tabs and the sample grid. The page hands each part the open document and the
/// selected control; a part's edits go through the document (one undo step each) and its messages to the status bar.
class TestingSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The open audit (nullptr: none). The control is cleared with it.
    virtual void setDocument(AuditDocument* document);
    /// The control the page shows (empty: none).
    virtual void setControl(const QString& controlUuid) { m_control = controlUuid; }
    AuditDocument* document() const { return m_document; }
    QString control() const { return m_control; }

signals:
    /// A one-line message for the status bar (an edit refused, an import done).
    void statusMessage(const QString& message);
    /// The part changed the audit: the page reads the control's details again now (not on the next turn).
    void detailsChanged();

protected:
    /// The shown control's ref ("C-1"), for undo texts and messages; empty without one.
    QString controlRef() const;
    /// The engagement's observation period, and whether it is a Type 1 report.
    QDate periodStart() const;
    QDate periodEnd() const;
    bool isType1() const;
    /// Shows a refusal in the status bar.
    void report(const Status& status);
    /// A read-only label that wraps, aligned to the top left (a summary beside a form's field).
    static QLabel* wrappedLabel(QWidget* parent);

private:
    QPointer<AuditDocument> m_document;
    QString m_control;
};

} // namespace isoaudit
