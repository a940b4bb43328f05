// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "panes/Pane.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace isoaudit {

class ControlExceptionTableModel;
class ExceptionEditor;
class ExceptionSync;
class OpinionPanel;

/// The SOC 2 Exceptions & Opinion page (issue 17, point 5): every control exception in a table
/// (ControlExceptionTableModel: deviations out of the sample size, the assessment, what it still lacks), the editor
/// of the selected exception's assessment (ExceptionEditor) and the opinion selector with its live consistency
/// messages (OpinionPanel). The exception records follow the sample results by themselves (ExceptionSync: an undo
/// step "Update the exception counts of C-1" after a result changed). Double-clicking an exception (or Enter) asks
/// the main window to show its control on the Testing page.
class ExceptionsPane : public Pane
{
    Q_OBJECT

public:
    explicit ExceptionsPane(QWidget* parent = nullptr);
    ~ExceptionsPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    /// Selects a control exception (ControlException uuid) or the exception of a control (ServiceControl uuid);
    /// for the Engagement, focuses the opinion selector.
    void showRecord(RecordKind kind, const QString& uuidOrId) override;
    void flush();

    QTableView* view() const { return m_view; }
    ControlExceptionTableModel* model() const { return m_model; }
    ExceptionEditor* editor() const { return m_editor; }
    OpinionPanel* opinion() const { return m_opinion; }
    ExceptionSync* sync() const { return m_sync; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* summaryLabel() const { return m_summary; }
    /// The uuid of the exception selected in the table (empty = none).
    QString currentUuid() const;

protected:
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onCurrentChanged();
    void updateSummary();

    QPointer<AuditDocument> m_document;
    ControlExceptionTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    ExceptionSync* m_sync;
    QLabel* m_summary;
    QLineEdit* m_filter;
    QTableView* m_view;
    ExceptionEditor* m_editor;
    OpinionPanel* m_opinion;
    QSplitter* m_vertical;
    QSplitter* m_horizontal;
};

} // namespace isoaudit
