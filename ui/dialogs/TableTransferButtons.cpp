// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/TableTransferButtons.h"

#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "document/AuditDocument.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QMessageBox>
#include <QToolButton>

namespace isoaudit {

void TableTransferButtons::add(QBoxLayout* bar, QWidget* pane, TableKind kind, TableDropFilter::DocumentGetter document)
{
    auto* importButton = new QToolButton(pane);
    importButton->setObjectName(QStringLiteral("importTableButton"));
    importButton->setText(tr("&Import…"));
    importButton->setToolTip(
        tr("Import the client's table from Excel (.xlsx) or CSV; you can also drop the file on this page"));
    importButton->setAccessibleName(tr("Import table"));
    auto* exportButton = new QToolButton(pane);
    exportButton->setObjectName(QStringLiteral("exportTableButton"));
    exportButton->setText(tr("E&xport…"));
    exportButton->setToolTip(tr("Export this table with your verdicts to Excel (.xlsx) or CSV for the client"));
    exportButton->setAccessibleName(tr("Export table"));
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    QObject::connect(importButton, &QToolButton::clicked, pane, [pane, kind, document] {
        AuditDocument* d = document();
        if (d && d->isReadOnly()) {
            QMessageBox::information(pane, tr("Import table"),
                                     tr("This audit is open read-only; nothing can be imported."));
            return;
        }
        ImportDialog::run(d, kind, pane);
    });
    QObject::connect(exportButton, &QToolButton::clicked, pane,
                     [pane, kind, document] { ExportDialog::run(document(), kind, pane); });
    TableDropFilter::install(pane, kind, std::move(document));
}

} // namespace isoaudit
