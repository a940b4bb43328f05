// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/StoreSubscription.h"

#include <QObject>
#include <QPointer>

namespace isoaudit {

/// Keeps the engagement's control exception records in step with the sample results for the workbench, the way the
/// CLI's `exceptions` and `opinion` commands do before they read them. An edit made through the AuditDocument rolls
/// the counts up in its own undo step already (AuditDocument::push); this catches what did not come through it — a
/// file written elsewhere, a result core set directly — with AuditDocument::rollUpExceptions, an undo step of its
/// own ("Update the exception counts of C-1").
///
/// It runs once the event loop is back after a sample item's or a test procedure's result changed or a sample or
/// item came or went, and when a document is set; it writes only when a control's record disagrees with its items
/// (ExceptionRollup::outOfStep), and never while the undo stack has a step to redo: rolling up then would throw the
/// redo steps away.
class ExceptionSync : public QObject
{
    Q_OBJECT

public:
    explicit ExceptionSync(QObject* parent = nullptr);

    void setDocument(AuditDocument* document);
    /// Rolls up now if a control's exception record is out of step, as one undo step; returns the refs of the
    /// controls whose record was created or changed (empty when everything agreed, when the audit is read-only and
    /// while the undo stack has a step to redo), or the store's refusal.
    Result<QStringList> rollUp();

signals:
    /// A roll-up after an edit was refused (a read-only or signed audit); nothing changed.
    void refused(const QString& message);
    /// A roll-up was made: the refs of the controls it touched.
    void rolledUp(const QStringList& controlRefs);

private:
    void schedule();
    void runScheduled();

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    bool m_scheduled = false;
    bool m_quiet = false; ///< the check after a document was set: a refusal there is the file's state, not an edit
};

} // namespace isoaudit
