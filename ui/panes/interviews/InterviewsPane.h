// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "panes/Pane.h"

#include <QPointer>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace isoaudit {

class InterviewEditor;
class InterviewFilterProxy;
class InterviewListModel;

/// The Interviews pane: the interviews of the audit on the left (filtered by person, clause or control, and day)
/// and the selected one in the editor on the right, notes saved while typing.
class InterviewsPane : public Pane
{
    Q_OBJECT

public:
    explicit InterviewsPane(QWidget* parent = nullptr);
    ~InterviewsPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    InterviewEditor* editor() const { return m_editor; }
    QTableView* view() const { return m_view; }
    InterviewListModel* model() const { return m_model; }
    InterviewFilterProxy* filter() const { return m_proxy; }
    /// Saves unsaved notes (called before the audit closes).
    void flush();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void applyColumnModes();
    void stateRestored() override { applyColumnModes(); } // widths the user chose are kept; the modes are ours
    void addInterview();
    void deleteInterview();
    void onCurrentChanged();
    void refreshFilterChoices();
    QString currentUuid() const;

    QPointer<AuditDocument> m_document;
    InterviewListModel* m_model;
    InterviewFilterProxy* m_proxy;
    QLineEdit* m_personFilter;
    QComboBox* m_requirementFilter;
    QComboBox* m_dayFilter;
    QTableView* m_view;
    QPushButton* m_addButton;
    QPushButton* m_deleteButton;
    InterviewEditor* m_editor;
    QSplitter* m_splitter;
};

} // namespace isoaudit
