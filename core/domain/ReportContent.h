// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace isoaudit {

/// One item a certification body's report must hold that only the audit team can state (ISO/IEC 17021-1 9.4.8,
/// ISO/IEC 27006 for the SoA version): an audit field, the question the workbench asks, the clause that asks it and
/// the audit types it applies to. The signing rules (report.<column>), the Overview page's "Report content" form
/// and the report itself read this one table (docs/workflow.md, "The report's content").
struct ReportContentItem
{
    QString column; ///< the audit field that holds the answer
    QString remarkColumn; ///< for a yes/no confirmation: the field that explains a "no" ("" otherwise)
    const char* label; ///< the workbench's and the report's heading (context "ReportContent")
    const char* question; ///< what to write, as the form's tool tip and placeholder (context "ReportContent")
    QString clause; ///< "ISO/IEC 17021-1 9.4.8"
    QStringList auditTypes; ///< the audit types that ask for it
    bool blocker; ///< unanswered: blocks signing (true) or warns ("where applicable", "if identified")
    bool multiLine; ///< a paragraph rather than a line
};

class ReportContent
{
public:
    using Translator = QString (*)(const char* context, const char* sourceText, const char* disambiguation, int n);
    static constexpr const char* context = "ReportContent";

    static const QList<ReportContentItem>& items();
    /// The items an audit type asks for, in the table's order.
    static QList<const ReportContentItem*> forAuditType(const QString& auditType);
    static const ReportContentItem* item(const QString& column);
    /// Whether the item is answered by the values of an audit (a confirmation "no" needs its remark too).
    static bool answered(const ReportContentItem& item, const QString& value, const QString& remark);
    /// The item's label in the UI's language, or translated by `translate` (the report's language).
    static QString label(const ReportContentItem& item);
    static QString label(const ReportContentItem& item, Translator translate);
    static QString question(const ReportContentItem& item);
};

} // namespace isoaudit
