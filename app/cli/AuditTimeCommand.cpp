// SPDX-License-Identifier: GPL-3.0-or-later
// The certification cycle on the command line: audit-time (ISO/IEC 27006, docs/audit-time.md).
#include "Arguments.h"
#include "Commands.h"

#include "audittime/AuditTime.h"
#include "audittime/AuditTimeText.h"
#include "i18n/ReportLanguage.h"

#include <QJsonDocument>
#include <QLocale>

namespace isoaudit::cli {

namespace {

/// The option that sets each field of AuditTimeInput, so a refusal names what the user typed.
QString optionFor(const QString& field)
{
    static const QHash<QString, QString> options = {
        {"fullTimePersons", "persons"},
        {"partTimeFte", "fte-part-time"},
        {"sameWorkGroups", "same-work"},
        {"businessComplexity", "business"},
        {"businessReason", "business-reason"},
        {"itComplexity", "it"},
        {"itReason", "it-reason"},
        {"outsourcing", "outsourcing"},
        {"outsourcingReason", "outsourcing-reason"},
        {"sitesSampled", "sites-sampled"},
        {"multiSite", "multi-site"},
        {"multiSiteReason", "multi-site-reason"},
        {"auditType", "type"},
    };
    return QStringLiteral("--") + options.value(field, field);
}

/// A decimal number option ("4.5"); a percent may carry its sign and a trailing "%" ("+20", "-10%").
std::optional<double> decimal(const Arguments& a, const QString& name, bool percent, QString* error)
{
    QString text = a.value(name).trimmed();
    if (percent && text.endsWith(QLatin1Char('%')))
        text = text.chopped(1).trimmed();
    if (percent && text.startsWith(QLatin1Char('+')))
        text = text.mid(1);
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || (!percent && value < 0)) {
        *error = percent
            ? QStringLiteral("--%1 takes a percent such as -10 or +20, not \"%2\"").arg(name, a.value(name))
            : QStringLiteral("--%1 takes a number of 0 or more, not \"%2\"").arg(name, a.value(name));
        return std::nullopt;
    }
    return value;
}

/// The input from the options; nullopt with `error` naming the option when one is malformed.
std::optional<AuditTimeInput> inputFrom(const Arguments& a, QString* error)
{
    AuditTimeInput input;
    if (!a.has(QStringLiteral("persons"))) {
        *error = QStringLiteral("--persons is required: the full-time persons doing work under the organization's "
                                "control");
        return std::nullopt;
    }
    const auto persons = a.number(QStringLiteral("persons"), 0, error);
    const auto sites = a.number(QStringLiteral("sites-sampled"), 0, error);
    if (!persons || !sites)
        return std::nullopt;
    input.fullTimePersons = *persons;
    input.sitesSampled = *sites;
    if (a.has(QStringLiteral("fte-part-time"))) {
        const auto fte = decimal(a, QStringLiteral("fte-part-time"), false, error);
        if (!fte)
            return std::nullopt;
        input.partTimeFte = *fte;
    }
    if (a.has(QStringLiteral("same-work"))) {
        for (const QString& part : a.value(QStringLiteral("same-work")).split(QLatin1Char(','))) {
            bool ok = false;
            const int group = part.trimmed().toInt(&ok);
            if (!ok || group < 1) {
                *error = QStringLiteral("--same-work takes the persons doing the same simple work, one whole number "
                                        "of 1 or more per group separated by commas (49 or 49,30), not \"%1\"")
                             .arg(a.value(QStringLiteral("same-work")));
                return std::nullopt;
            }
            input.sameWorkGroups.append(group);
        }
    }
    const QList<std::tuple<QString, QString, QString*, QString*>> levels = {
        {"business", "business-reason", &input.businessComplexity, &input.businessReason},
        {"it", "it-reason", &input.itComplexity, &input.itReason},
    };
    for (const auto& [option, reasonOption, level, reason] : levels) {
        if (a.has(reasonOption) && !a.has(option)) {
            *error = QStringLiteral("--%1 needs --%2 (low, medium or high)").arg(reasonOption, option);
            return std::nullopt;
        }
        *level = a.value(option);
        *reason = a.value(reasonOption);
    }
    const QList<std::tuple<QString, QString, AuditTimeAdjustment*>> adjustments = {
        {"outsourcing", "outsourcing-reason", &input.outsourcing},
        {"multi-site", "multi-site-reason", &input.multiSite},
    };
    for (const auto& [option, reasonOption, adjustment] : adjustments) {
        if (a.has(reasonOption) && !a.has(option)) {
            *error = QStringLiteral("--%1 needs --%2 (the percent, such as -10 or +20)").arg(reasonOption, option);
            return std::nullopt;
        }
        if (a.has(option)) {
            const auto percent = decimal(a, option, true, error);
            if (!percent)
                return std::nullopt;
            adjustment->percent = *percent;
        }
        adjustment->reason = a.value(reasonOption);
    }
    input.auditType = a.value(QStringLiteral("type"));
    if (const auto problem = input.problem()) {
        *error = optionFor(problem->field) + QStringLiteral(": ") + problem->message;
        return std::nullopt;
    }
    return input;
}

} // namespace

int runAuditTime(CliContext& c)
{
    Arguments a(c.args,
                {"persons", "fte-part-time", "same-work", "business", "business-reason", "it", "it-reason",
                 "outsourcing", "outsourcing-reason", "sites-sampled", "multi-site", "multi-site-reason", "type",
                 "chart", "format"});
    if (!a.ok())
        return c.fail(a.error());
    if (!a.positional().isEmpty())
        return c.fail(QStringLiteral("audit-time takes no file; unexpected \"%1\" (see isoaudit-cli --help)")
                          .arg(a.positional().first()));
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return c.fail(QStringLiteral("--format is text or json, not \"%1\"").arg(format));
    QString error;
    const auto input = inputFrom(a, &error);
    if (!input)
        return c.fail(error);
    Result<AuditTimeChart> chart = AuditTimeChart::shipped();
    if (a.has(QStringLiteral("chart")))
        chart = AuditTimeChart::load(a.value(QStringLiteral("chart")));
    if (!chart)
        return c.fail(QStringLiteral("--chart: ") + chart.error());
    const auto result = AuditTime::compute(*input, chart.value());
    if (!result)
        return c.fail(result.error());
    if (format == QLatin1String("json")) {
        c.out << QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    const ReportLanguage::Scope english(QStringLiteral("en")); // the CLI speaks English, numbers included
    for (const QString& line : AuditTimeText::lines(result.value()))
        c.out << line << "\n";
    // Only the shipped chart's provenance is known to IsoAudit: docs/audit-time.md explains the single source.
    if (result->band.sources.size() == 1 && !result->extrapolated)
        c.out << "note: this band of the chart rests on one source (" << chart->sourceText(result->band.sources.first())
              << "); see docs/audit-time.md\n";
    return 0;
}

} // namespace isoaudit::cli
