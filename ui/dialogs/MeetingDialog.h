// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace isoaudit {

class AuditDocument;

/// The opening or closing meeting of the audit (ISO/IEC 17021-1 9.4.2, 9.4.7), edited from the Audit plan pane:
/// when and where, the attendees (name, role, organization), what was confirmed (opening: scope, plan,
/// confidentiality, reporting method, appeal process; closing: findings presented, the client's acknowledgement,
/// any disagreement) and notes. OK inserts the meeting record the first time and updates it afterwards, as one undo
/// step.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    /// `kind` is "opening" or "closing".
    MeetingDialog(AuditDocument* document, const QString& kind, QWidget* parent = nullptr);

    /// The meeting the audit already records of this kind; an empty record (no uuid) when none.
    static Record existing(const AuditDocument& document, const QString& kind);

    /// The meeting as the fields say now (the stored uuid, if any).
    Record meeting() const;
    QTableWidget* attendees() const { return m_attendees; }
    /// Writes the fields to the audit; the store's refusal otherwise (then the dialog stays open on accept()).
    Status save();

    void accept() override;

private:
    void addAttendee(const QString& name = {}, const QString& role = {}, const QString& organization = {});

    QPointer<AuditDocument> m_document;
    QString m_kind;
    Record m_stored;
    QDateTimeEdit* m_heldAt = nullptr;
    QLineEdit* m_place = nullptr;
    QTableWidget* m_attendees = nullptr;
    QPushButton* m_remove = nullptr;
    QList<QPair<QString, QCheckBox*>> m_checks; ///< column -> its box
    QPlainTextEdit* m_disagreement = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace isoaudit
