// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"

#include <QGroupBox>
#include <QPointer>

class QPushButton;
class QTreeWidget;

namespace isoaudit {

/// The files attached to one evidence record, stored inside the audit file: name, type, size and SHA-256, with
/// Add file…, Open (a private temporary copy opened with the desktop's program), Export… and Remove. Files
/// dropped on the box are attached. Adding and removing are undoable.
class AttachmentsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit AttachmentsBox(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    void setEvidence(const QString& uuid);
    QTreeWidget* list() const { return m_list; }
    QString selectedAttachment() const;

    Status addFiles(const QStringList& paths);
    Status exportSelected(const QString& path);
    Status removeSelected();

signals:
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void load();
    void updateButtons();
    void chooseFiles();
    void openSelected();
    void chooseExport();
    void report(const Status& status, const QString& title);

    QPointer<AuditDocument> m_document;
    QString m_evidenceUuid;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_export;
    QPushButton* m_remove;
};

} // namespace isoaudit
