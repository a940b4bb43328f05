// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SheetTable.h"

#include <QObject>

#include <functional>

namespace isoaudit {

class AuditDocument;

/// Lets a pane take a client's table dropped on it: a local .xlsx, .csv or .txt file opens the import dialog for
/// the pane's kind of table. Installed as an event filter, so the pane's own code stays as it is.
class TableDropFilter : public QObject
{
    Q_OBJECT

public:
    using DocumentGetter = std::function<AuditDocument*()>;
    static void install(QWidget* pane, TableKind kind, DocumentGetter document);
    /// The droppable table file among the urls, or empty.
    static QString tableFile(const QList<QUrl>& urls);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TableDropFilter(QWidget* pane, TableKind kind, DocumentGetter document);
    QWidget* m_pane;
    TableKind m_kind;
    DocumentGetter m_document;
};

} // namespace isoaudit
