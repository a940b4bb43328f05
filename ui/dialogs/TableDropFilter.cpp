// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/TableDropFilter.h"

#include "dialogs/ImportDialog.h"
#include "document/AuditDocument.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

namespace isoaudit {

TableDropFilter::TableDropFilter(QWidget* pane, TableKind kind, DocumentGetter document)
    : QObject(pane)
    , m_pane(pane)
    , m_kind(kind)
    , m_document(std::move(document))
{
}

void TableDropFilter::install(QWidget* pane, TableKind kind, DocumentGetter document)
{
    pane->setAcceptDrops(true);
    pane->installEventFilter(new TableDropFilter(pane, kind, std::move(document)));
}

QString TableDropFilter::tableFile(const QList<QUrl>& urls)
{
    for (const QUrl& url : urls) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile()
            && (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv") || suffix == QLatin1String("txt")))
            return url.toLocalFile();
    }
    return {};
}

bool TableDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_pane)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDropEvent*>(event);
        AuditDocument* document = m_document();
        if (document && !document->isReadOnly() && drag->mimeData()->hasUrls()
            && !tableFile(drag->mimeData()->urls()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QString file = tableFile(drop->mimeData()->urls());
        if (file.isEmpty())
            return false;
        drop->acceptProposedAction();
        // Open the dialog after the drop returns, so the drag source is not kept waiting on a modal dialog.
        QTimer::singleShot(0, m_pane, [this, file] { ImportDialog::run(m_document(), m_kind, m_pane, file); });
        return true;
    }
    return false;
}

} // namespace isoaudit
