// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/evidence/AttachmentsBox.h"

#include "panes/evidence/AttachmentFiles.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace isoaudit {

AttachmentsBox::AttachmentsBox(QWidget* parent)
    : QGroupBox(tr("Attached files"), parent)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add &file…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    setAcceptDrops(true);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("File"), tr("Type"), tr("Size"), tr("SHA-256")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Attached files"));
    m_list->setToolTip(tr("Files stored inside the audit; drop files here to attach them"));
    m_list->setMinimumHeight(90);
    // The file name takes the room left; type and size are as wide as they need; the hash is elided in the middle
    // (its start and end are what people compare), the full value being the cell's tooltip.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_list->setColumnWidth(3, m_list->fontMetrics().horizontalAdvance(QStringLiteral("0123456789abcdef…")) + 12);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_add->setToolTip(tr("Store a file inside the audit as part of this evidence"));
    m_open->setToolTip(tr("Open a read-only copy with the program the desktop uses for it"));
    m_export->setToolTip(tr("Save a copy of the file elsewhere"));
    m_remove->setToolTip(tr("Remove the file from the audit (Undo brings it back)"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_open, m_export, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsBox::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsBox::openSelected);
    connect(m_export, &QPushButton::clicked, this, &AttachmentsBox::chooseExport);
    connect(m_remove, &QPushButton::clicked, this, [this] { report(removeSelected(), tr("Remove file")); });
    connect(m_list, &QTreeWidget::itemActivated, this, &AttachmentsBox::openSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttachmentsBox::updateButtons);
    load();
}

void AttachmentsBox::setDocument(AuditDocument* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_evidenceUuid.clear();
    if (m_document) {
        auto reload = [this](RecordKind kind, const QString&) {
            if (kind == RecordKind::Attachment)
                load();
        };
        connect(&m_document->store(), &AuditStore::recordInserted, this, reload);
        connect(&m_document->store(), &AuditStore::recordRemoved, this, reload);
    }
    load();
}

void AttachmentsBox::setEvidence(const QString& uuid)
{
    m_evidenceUuid = uuid;
    load();
}

void AttachmentsBox::load()
{
    const QString selected = selectedAttachment();
    m_list->clear();
    setEnabled(m_document && !m_evidenceUuid.isEmpty());
    if (!m_document || m_evidenceUuid.isEmpty()) {
        updateButtons();
        return;
    }
    if (auto attachments = m_document->store().records(RecordKind::Attachment, m_evidenceUuid)) {
        for (const Record& a : attachments.value()) {
            const QString sha = a.text(QStringLiteral("sha256"));
            auto* item = new QTreeWidgetItem(m_list,
                                             {a.text(QStringLiteral("file_name")), a.text(QStringLiteral("mime_type")),
                                              AttachmentFiles::sizeText(a.integer("size").value_or(0)), sha});
            item->setData(0, Qt::UserRole, a.uuid);
            item->setToolTip(3, tr("SHA-256 %1").arg(sha));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            if (a.uuid == selected)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void AttachmentsBox::updateButtons()
{
    const bool selected = !selectedAttachment().isEmpty();
    const bool writable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(writable && !m_evidenceUuid.isEmpty());
    m_open->setEnabled(selected);
    m_export->setEnabled(selected);
    m_remove->setEnabled(selected && writable);
}

QString AttachmentsBox::selectedAttachment() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

Status AttachmentsBox::addFiles(const QStringList& paths)
{
    if (!m_document || m_evidenceUuid.isEmpty())
        return Error{tr("Choose an evidence record first.")};
    const Status done = AttachmentFiles::attach(*m_document, m_evidenceUuid, paths);
    if (done)
        emit statusMessage(tr("%n file(s) attached.", nullptr, int(paths.size())));
    return done;
}

Status AttachmentsBox::exportSelected(const QString& path)
{
    if (!m_document || selectedAttachment().isEmpty())
        return Error{tr("Select an attached file first.")};
    const Status done = AttachmentFiles::exportTo(m_document->store(), selectedAttachment(), path);
    if (done)
        emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return done;
}

Status AttachmentsBox::removeSelected()
{
    if (!m_document || selectedAttachment().isEmpty())
        return Error{tr("Select an attached file first.")};
    const QString name = m_list->currentItem()->text(0);
    return m_document->removeRecord(RecordKind::Attachment, selectedAttachment(), tr("Remove file %1").arg(name));
}

void AttachmentsBox::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    if (!paths.isEmpty())
        report(addFiles(paths), tr("Attach files"));
}

void AttachmentsBox::openSelected()
{
    if (!m_document || selectedAttachment().isEmpty())
        return;
    auto path = AttachmentFiles::temporaryCopy(m_document->store(), selectedAttachment());
    if (!path) {
        QMessageBox::warning(this, tr("Open file"), path.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path.value())))
        QMessageBox::warning(this, tr("Open file"),
                             tr("No program is set up to open %1. Use Export… to save it and open it yourself.")
                                 .arg(QDir::toNativeSeparators(path.value())));
}

void AttachmentsBox::chooseExport()
{
    if (!m_document || selectedAttachment().isEmpty())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + m_list->currentItem()->text(0);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export attached file"), suggested);
    if (!path.isEmpty())
        report(exportSelected(path), tr("Export file"));
}

void AttachmentsBox::report(const Status& status, const QString& title)
{
    if (!status)
        QMessageBox::warning(this, title, status.error());
}

void AttachmentsBox::dragEnterEvent(QDragEnterEvent* event)
{
    if (isEnabled() && !AttachmentFiles::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentsBox::dropEvent(QDropEvent* event)
{
    const QStringList files = AttachmentFiles::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    report(addFiles(files), tr("Attach files"));
}

} // namespace isoaudit
