// SPDX-License-Identifier: GPL-3.0-or-later
// The export's column headers, apart from the exporter: the column mapper reads them (every language's translation
// is a synonym on import), and the table readers' fuzz targets link this file without the rest of the exporter.
#include "import/TableExporter.h"

namespace isoaudit {

QList<const char*> TableExporter::headerSources(TableKind kind)
{
    switch (kind) {
    case TableKind::Soa:
        return {QT_TR_NOOP("Control"),
                QT_TR_NOOP("Title"),
                QT_TR_NOOP("Theme"),
                QT_TR_NOOP("Applicable"),
                QT_TR_NOOP("Justification"),
                QT_TR_NOOP("Implementation"),
                QT_TR_NOOP("Client's reference"),
                QT_TR_NOOP("Auditor's verdict"),
                QT_TR_NOOP("Risks treated"),
                QT_TR_NOOP("Findings"),
                QT_TR_NOOP("Auditor's notes")};
    case TableKind::Risks:
        return {QT_TR_NOOP("Ref"),
                QT_TR_NOOP("Asset"),
                QT_TR_NOOP("Threat"),
                QT_TR_NOOP("Vulnerability"),
                QT_TR_NOOP("Owner"),
                QT_TR_NOOP("Likelihood"),
                QT_TR_NOOP("Impact"),
                QT_TR_NOOP("Score"),
                QT_TR_NOOP("Level"),
                QT_TR_NOOP("Treatment"),
                QT_TR_NOOP("Treatment plan"),
                QT_TR_NOOP("Annex A controls"),
                QT_TR_NOOP("Residual likelihood"),
                QT_TR_NOOP("Residual impact"),
                QT_TR_NOOP("Residual score"),
                QT_TR_NOOP("Residual level"),
                QT_TR_NOOP("Residual accepted"),
                QT_TR_NOOP("Accepted by"),
                QT_TR_NOOP("Accepted on"),
                QT_TR_NOOP("Last reviewed"),
                QT_TR_NOOP("Findings"),
                QT_TR_NOOP("Notes")};
    case TableKind::Findings:
        return {QT_TR_NOOP("Ref"),       QT_TR_NOOP("Grade"),
                QT_TR_NOOP("Title"),     QT_TR_NOOP("Requirement"),
                QT_TR_NOOP("Clauses"),   QT_TR_NOOP("Controls"),
                QT_TR_NOOP("Statement"), QT_TR_NOOP("Objective evidence"),
                QT_TR_NOOP("Raised on"), QT_TR_NOOP("Raised by"),
                QT_TR_NOOP("Risks"),     QT_TR_NOOP("Corrective action status")};
    case TableKind::Actions:
        return {QT_TR_NOOP("Finding"),           QT_TR_NOOP("Grade"),
                QT_TR_NOOP("Correction"),        QT_TR_NOOP("Root cause"),
                QT_TR_NOOP("Corrective action"), QT_TR_NOOP("Owner"),
                QT_TR_NOOP("Due date"),          QT_TR_NOOP("Status"),
                QT_TR_NOOP("Verification"),      QT_TR_NOOP("Verified by"),
                QT_TR_NOOP("Verified on")};
    case TableKind::Controls:
        return {QT_TR_NOOP("Reference"),   QT_TR_NOOP("Title"),
                QT_TR_NOOP("Description"), QT_TR_NOOP("Owner"),
                QT_TR_NOOP("Frequency"),   QT_TR_NOOP("Manual or automated"),
                QT_TR_NOOP("Key control"), QT_TR_NOOP("Trust Services Criteria"),
                QT_TR_NOOP("Notes")};
    }
    return {};
}

} // namespace isoaudit
