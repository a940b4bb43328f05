// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "panes/PaneState.h"

#include <QWidget>

class QLineEdit;

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
    /// Edit > Find: focus the pane's filter or search field (setFindField), its text selected.
    virtual void find();
    /// State to remember between sessions: what the pane registered with remember*(); restored with restoreState().
    QByteArray saveState() const { return m_state.save(); }
    void restoreState(const QByteArray& state);

signals:
    /// Ask the main window to switch to the pane that shows this record.
    void navigateTo(isoaudit::RecordKind kind, const QString& uuidOrId);
    /// A one-line message for the status bar (an edit refused, an import done).
    void statusMessage(const QString& message);

protected:
    /// What the pane remembers between sessions; the base class saves and restores it (PaneState).
    PaneState& rememberedState() { return m_state; }
    void rememberSplitter(const QString& key, QSplitter* splitter) { m_state.addSplitter(key, splitter); }
    void rememberHeader(const QString& key, QHeaderView* header) { m_state.addHeader(key, header); }
    /// Called after restoreState(), whether or not the state could be read (column modes of this version).
    virtual void stateRestored() { }
    /// The field find() focuses.
    void setFindField(QLineEdit* field) { m_findField = field; }

private:
    PaneState m_state;
    QLineEdit* m_findField = nullptr;
};

} // namespace isoaudit
