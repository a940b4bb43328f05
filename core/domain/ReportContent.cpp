// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ReportContent.h"

#include <QCoreApplication>

namespace isoaudit {

namespace {

const QString iso17021 = QStringLiteral("ISO/IEC 17021-1 9.4.8");

QStringList types(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* name : names)
        out << QString::fromLatin1(name);
    return out;
}

QString uiTranslate(const char* context, const char* sourceText, const char* disambiguation, int n)
{
    return QCoreApplication::translate(context, sourceText, disambiguation, n);
}

} // namespace

const QList<ReportContentItem>& ReportContent::items()
{
    const QStringList all = types({"stage1", "stage2", "surveillance", "recertification", "special"});
    const QStringList afterFirst = types({"stage2", "surveillance", "recertification", "special"});
    const QStringList certified = types({"surveillance", "recertification", "special"});
    const QStringList full = types({"stage1", "stage2", "surveillance", "recertification"});
    const QStringList effectiveness = types({"stage2", "surveillance", "recertification"});
    static const QList<ReportContentItem> table = {
        {QStringLiteral("objectives"), {}, QT_TRANSLATE_NOOP("ReportContent", "Audit objectives"),
         QT_TRANSLATE_NOOP("ReportContent", "What this audit sets out to determine."), iso17021, all, true, true},
        {QStringLiteral("criteria"), {}, QT_TRANSLATE_NOOP("ReportContent", "Audit criteria"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "The requirements audited against: the standard, the client's own ISMS documentation, "
                           "legal and contractual requirements."),
         iso17021, all, true, true},
        {QStringLiteral("client_address"), {}, QT_TRANSLATE_NOOP("ReportContent", "Client's address"),
         QT_TRANSLATE_NOOP("ReportContent", "The client's registered address."), iso17021, all, true, true},
        {QStringLiteral("management_representative"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Management representative"),
         QT_TRANSLATE_NOOP("ReportContent", "Name and position of the client's management representative."),
         iso17021, all, true, false},
        {QStringLiteral("audit_combination"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Combined, joint or integrated audit"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "Whether the audit was combined with another management system's, joint with another "
                           "certification body, or of an integrated management system."),
         iso17021, all, false, false},
        {QStringLiteral("plan_deviations"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Deviations from the audit plan"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "Every deviation from the audit plan and its reason, or \"None\"."),
         iso17021, all, true, true},
        {QStringLiteral("programme_issues"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Significant issues affecting the audit programme"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "Issues that affect the audit programme (audit time, sites, scope, team), or \"None\"."),
         iso17021, all, true, true},
        {QStringLiteral("significant_changes"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Significant changes since the last audit"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "Significant changes affecting the client's management system since the last audit, or "
                           "\"None\"."),
         iso17021, afterFirst, true, true},
        {QStringLiteral("previous_actions"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Corrective actions on earlier nonconformities"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "How the effectiveness of the corrective actions on earlier nonconformities was verified, "
                           "and with what result."),
         iso17021, certified, true, true},
        {QStringLiteral("marks_use"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Use of certification documents and marks"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "Whether the client controls its use of the certification documents and marks."),
         iso17021, certified, false, true},
        {QStringLiteral("soa_version"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Statement of Applicability reviewed"),
         QT_TRANSLATE_NOOP("ReportContent", "The version (and date) of the client's SoA the audit reviewed."),
         QStringLiteral("ISO/IEC 27006"), full, true, false},
        {QStringLiteral("effectiveness_summary"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Conformity and effectiveness of the ISMS"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "The statement on the ISMS's conformity and effectiveness, with a summary of the evidence "
                           "on its capability to meet its requirements and intended outcomes."),
         iso17021, effectiveness, true, true},
        {QStringLiteral("internal_audit_summary"), {},
         QT_TRANSLATE_NOOP("ReportContent", "Internal audit and management review"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "A summary of the evidence on the internal audit and management review process."),
         iso17021, full, true, true},
        {QStringLiteral("unresolved_issues"), {}, QT_TRANSLATE_NOOP("ReportContent", "Unresolved issues"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "Diverging opinions between the audit team and the client left unresolved, if any."),
         iso17021, all, false, true},
        {QStringLiteral("scope_appropriate"), QStringLiteral("scope_conclusion"),
         QT_TRANSLATE_NOOP("ReportContent", "Certification scope appropriate"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "Whether the scope of certification is appropriate; if not, why and what should change."),
         iso17021, full, true, true},
        {QStringLiteral("stage2_basis"), {}, QT_TRANSLATE_NOOP("ReportContent", "Basis for the Stage 2 plan"),
         QT_TRANSLATE_NOOP("ReportContent",
                           "What Stage 2 will focus on and the details agreed with the client: dates, sites, audit "
                           "time and team."),
         QStringLiteral("ISO/IEC 17021-1 9.3.1.2"), types({"stage1"}), true, true},
        {QStringLiteral("objectives_met"), QStringLiteral("objectives_remarks"),
         QT_TRANSLATE_NOOP("ReportContent", "Audit objectives met"),
         QT_TRANSLATE_NOOP("ReportContent", "Whether the audit objectives were met; if not, why."), iso17021, all,
         true, true},
    };
    return table;
}

QList<const ReportContentItem*> ReportContent::forAuditType(const QString& auditType)
{
    QList<const ReportContentItem*> out;
    for (const ReportContentItem& item : items()) {
        if (item.auditTypes.contains(auditType))
            out << &item;
    }
    return out;
}

const ReportContentItem* ReportContent::item(const QString& column)
{
    for (const ReportContentItem& item : items()) {
        if (item.column == column || (!item.remarkColumn.isEmpty() && item.remarkColumn == column))
            return &item;
    }
    return nullptr;
}

bool ReportContent::answered(const ReportContentItem& item, const QString& value, const QString& remark)
{
    if (value.trimmed().isEmpty())
        return false;
    if (!item.remarkColumn.isEmpty() && value == QLatin1String("no"))
        return !remark.trimmed().isEmpty();
    return true;
}

QString ReportContent::label(const ReportContentItem& item)
{
    return label(item, uiTranslate);
}

QString ReportContent::label(const ReportContentItem& item, Translator translate)
{
    return translate(context, item.label, nullptr, -1);
}

QString ReportContent::question(const ReportContentItem& item)
{
    return QCoreApplication::translate(context, item.question);
}

} // namespace isoaudit
