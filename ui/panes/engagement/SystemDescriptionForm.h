// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QList>
#include <QWidget>

class QDateEdit;

namespace isoaudit {

class AuditDocument;
class FieldTextEdit;

/// The engagement's paragraphs on the Engagement page: the system description's parts (services, infrastructure,
/// software, people, procedures, data, boundaries; Section III of the report) and management's assertion (Section
/// II) in the page's right column, and the report date and intended users (the restricted-use paragraph) in a group
/// the page places in its left column (reportBox()). The paragraphs save while the user types
/// (FieldTextEdit: one undo step per burst); each edit goes through the AuditDocument, a refusal is reported through
/// statusMessage() and the stored text shown again.
class SystemDescriptionForm : public QWidget
{
    Q_OBJECT

public:
    explicit SystemDescriptionForm(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document) { m_document = document; }
    void showValues(const Record& engagement, bool writable);
    void clear();
    /// Saves typing not yet saved (before the document changes).
    void flush();

    /// The paragraph that edits an engagement field ("services", "management_assertion"), nullptr for another.
    FieldTextEdit* field(const QString& column) const;
    QDateEdit* reportDateEdit() const { return m_reportDate; }
    /// The group with the report date and the intended users, created with the form; the page lays it out beside
    /// the engagement's facts (it is a child of whatever layout holds it).
    QWidget* reportBox() const { return m_reportBox; }

signals:
    void statusMessage(const QString& message);

private:
    struct Field
    {
        QString column;
        FieldTextEdit* edit = nullptr;
    };

    FieldTextEdit* addField(QWidget* box, const QString& column, const QString& label, const QString& hint, int lines);
    QWidget* labelled(QWidget* box, FieldTextEdit* edit, const QString& label);
    void save(const QString& column, const QVariant& value);

    AuditDocument* m_document = nullptr;
    Record m_engagement;
    bool m_loading = false;
    QList<Field> m_fields;
    QDateEdit* m_reportDate = nullptr;
    QWidget* m_reportBox = nullptr;
};

} // namespace isoaudit
