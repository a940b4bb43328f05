// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QList>
#include <QWidget>

class QDateEdit;

namespace isoaudit {

class AuditDocument;
class FieldTextEdit;

/// The right column of the Engagement page: the system description's parts (services, infrastructure, software,
/// people, procedures, data, boundaries; Section III of the report), management's assertion (Section II), the
/// intended users (the restricted-use paragraph) and the report date. The paragraphs save while the user types
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
    QStringList columns() const;
    QDateEdit* reportDateEdit() const { return m_reportDate; }

signals:
    void statusMessage(const QString& message);

private:
    struct Field
    {
        QString column;
        FieldTextEdit* edit = nullptr;
    };

    FieldTextEdit* addField(QWidget* box, const QString& column, const QString& label, const QString& hint,
                            int lines);
    QWidget* labelled(QWidget* box, FieldTextEdit* edit, const QString& label);
    void save(const QString& column, const QVariant& value);

    AuditDocument* m_document = nullptr;
    Record m_engagement;
    bool m_loading = false;
    QList<Field> m_fields;
    QDateEdit* m_reportDate = nullptr;
};

} // namespace isoaudit
