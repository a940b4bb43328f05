// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"

#include <QDate>
#include <QGroupBox>
#include <QPointer>

class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace isoaudit {

class FieldTextEdit;

/// The corrective-action flow of a major or minor nonconformity: the client's correction, root cause, corrective
/// action, owner and due date, and buttons for the status steps the flow allows from the current status
/// (core/workflow CorrectiveActions::canMove), each kept with who and when in the history below. An overdue
/// action is marked. Every change is one undo step.
class CorrectiveActionPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit CorrectiveActionPanel(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    void setFinding(const QString& uuid);
    /// Saves text typed but not yet saved.
    void flush();
    void setToday(const QDate& today);

    QString actionUuid() const { return m_actionUuid; }
    /// Starts the flow: an open action with the audit's default due date.
    Status start();
    /// Moves the action to `status` (if the flow allows it) with the note, recording who and when.
    Status moveTo(const QString& status);
    QList<QPushButton*> statusButtons() const { return m_statusButtons; }

signals:
    void statusMessage(const QString& message);

private:
    void load();
    void loadHistory();
    void rebuildButtons(const QString& status);
    void save(const QString& column, const QVariant& value);
    QString who() const;

    QPointer<AuditDocument> m_document;
    QString m_findingUuid;
    QString m_actionUuid;
    QDate m_today;
    QLabel* m_intro;
    QPushButton* m_startButton;
    QWidget* m_body;
    FieldTextEdit* m_correction;
    FieldTextEdit* m_rootCause;
    FieldTextEdit* m_action;
    QLineEdit* m_owner;
    QDateEdit* m_due;
    QLabel* m_status;
    QLineEdit* m_note;
    QHBoxLayout* m_buttonRow;
    QList<QPushButton*> m_statusButtons;
    QListWidget* m_history;
};

} // namespace isoaudit
