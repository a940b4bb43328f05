// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"

#include <QWidget>

namespace isoaudit {

class AuditDocument;

/// A page of the workbench (Overview, Clauses, SoA, Risks, ...). The main window owns one of each, hands them the
/// open document (or nullptr when none is open) and asks them to show a record when the user follows a link
/// (an unmet rule, a finding's clause, a search hit).
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Title in the navigation list ("Statement of Applicability").
    virtual QString title() const = 0;
    /// Called when an audit is opened or closed; the pane rebuilds its models. nullptr = no audit open.
    virtual void setDocument(AuditDocument* document) = 0;
    /// Selects and reveals a record (or a clause/control by catalog id for clause assessments and SoA entries).
    virtual void showRecord(RecordKind kind, const QString& uuidOrId)
    {
        Q_UNUSED(kind);
        Q_UNUSED(uuidOrId);
    }
    /// Edit > Find: focus the pane's filter or search field.
    virtual void find() { }
    /// State to remember between sessions (splitter sizes, header state); restored with restoreState().
    virtual QByteArray saveState() const { return {}; }
    virtual void restoreState(const QByteArray& state) { Q_UNUSED(state); }

signals:
    /// Ask the main window to switch to the pane that shows this record.
    void navigateTo(isoaudit::RecordKind kind, const QString& uuidOrId);
    /// A one-line message for the status bar (an edit refused, an import done).
    void statusMessage(const QString& message);
};

} // namespace isoaudit
