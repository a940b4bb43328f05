// SPDX-License-Identifier: GPL-3.0-or-later
// The rules for the report's content (ISO/IEC 17021-1 9.4.8, ISO/IEC 27006): one rule per item of
// core/domain/ReportContent, report.<column with dashes>, checked before signing for the audit types that ask for
// it. IsoAudit cannot know these facts; it asks the auditor for each (docs/workflow.md, "The report's content").
#include "domain/ReportContent.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/Rule.h"

namespace isoaudit {

QString WorkflowRules::reportContentRuleId(const QString& column)
{
    QString id = column;
    id.replace(QLatin1Char('_'), QLatin1Char('-'));
    return QStringLiteral("report.") + id;
}

QList<Rule> WorkflowRules::reportContent()
{
    QList<Rule> rules;
    for (const ReportContentItem& item : ReportContent::items()) {
        const ReportContentItem* it = &item; // the table is static: the pointer outlives the rules
        rules.append({reportContentRuleId(item.column), QStringLiteral("signed"),
                      item.blocker ? Severity::Blocker : Severity::Warning, item.clause,
                      [it](const AuditSnapshot& s) -> QStringList {
                          if (!it->auditTypes.contains(s.auditType()))
                              return {};
                          const QString value = s.audit.text(it->column);
                          const QString remark = it->remarkColumn.isEmpty() ? QString() : s.audit.text(it->remarkColumn);
                          if (ReportContent::answered(*it, value, remark))
                              return {};
                          if (!value.trimmed().isEmpty()) // a "no" without its reason
                              return {tr("%1 is answered \"no\" without the reason the report must give.")
                                          .arg(ReportContent::label(*it))};
                          return {tr("%1 is not stated: %2").arg(ReportContent::label(*it), ReportContent::question(*it))};
                      }});
    }
    return rules;
}

} // namespace isoaudit
