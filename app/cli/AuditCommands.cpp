// SPDX-License-Identifier: GPL-3.0-or-later
// `set`: the audit's own fields by their package names (docs/audit-package.md), for scripts: the outcome, its
// rationale and the report's content (ISO/IEC 17021-1 9.4.8), the identity and the workflow settings.
#include "Arguments.h"
#include "Commands.h"

#include "domain/Outcomes.h"
#include "domain/RecordKind.h"
#include "workflow/Lifecycle.h"

namespace isoaudit::cli {

namespace {

/// Audit fields a script may set: everything but what the lifecycle, the signing and the file itself own.
QList<const FieldInfo*> settableFields()
{
    static const QStringList owned{QStringLiteral("lifecycle"), QStringLiteral("created_at"),
                                   QStringLiteral("report_revision")};
    QList<const FieldInfo*> fields;
    for (const FieldInfo& field : RecordKinds::info(RecordKind::Audit).fields) {
        if (!owned.contains(field.column))
            fields << &field;
    }
    return fields;
}

} // namespace

int runSet(CliContext& c)
{
    QStringList options;
    for (const FieldInfo* field : settableFields())
        options << field->jsonName;
    Arguments a(c.args, options);
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1) {
        return c.fail(QStringLiteral("usage: isoaudit-cli set FILE --FIELD VALUE ... where FIELD is one of: %1")
                          .arg(options.join(QStringLiteral(", "))));
    }
    QVariantMap values;
    for (const FieldInfo* field : settableFields()) {
        if (!a.has(field->jsonName))
            continue;
        const QString text = a.value(field->jsonName);
        if (field->type == FieldType::Integer) {
            QString error;
            const auto number = a.number(field->jsonName, 0, &error);
            if (!number)
                return c.fail(error);
            values.insert(field->column, *number);
        } else if (field->type == FieldType::Enum && text.isEmpty()) {
            values.insert(field->column, QVariant()); // "" clears a choice
        } else {
            values.insert(field->column, text);
        }
    }
    if (values.isEmpty())
        return c.fail(QStringLiteral("nothing to set; give at least one --FIELD VALUE"));

    auto store = Lifecycle::open(a.positional().first());
    if (!store)
        return c.fail(store.error());
    AuditStore& s = *store.value();
    auto audit = s.audit();
    if (!audit)
        return c.fail(audit.error(), 1);
    const QString type = values.value(QStringLiteral("audit_type"), audit->text(QStringLiteral("audit_type"))).toString();
    if (!Enums::auditTypes.contains(type))
        return c.fail(QStringLiteral("--type must be one of %1, not \"%2\"").arg(Enums::auditTypes.join(", "), type));
    // The outcome is one of the audit type's (docs/workflow.md). An older script's recommend... ids, or an outcome
    // recorded before the type changed, mean the type's outcome of the same tier.
    const bool outcomeGiven = values.contains(QStringLiteral("recommendation"));
    const QString outcome = outcomeGiven ? values.value(QStringLiteral("recommendation")).toString()
                                         : audit->text(QStringLiteral("recommendation"));
    if (!outcome.isEmpty() && !Outcomes::fits(type, outcome)) {
        const QString adapted = Outcomes::adapt(type, outcome);
        if (adapted.isEmpty())
            return c.fail(QStringLiteral("\"%1\" is not an outcome; a %2 audit concludes with one of: %3")
                              .arg(outcome, type, Outcomes::forAuditType(type).join(QStringLiteral(", "))));
        c.err << "isoaudit-cli: " << QStringLiteral("\"%1\" is not an outcome of a %2 audit; recorded as \"%3\"")
                                         .arg(outcome, type, adapted)
              << Qt::endl;
        values.insert(QStringLiteral("recommendation"), adapted);
    }
    if (auto ok = s.setFields(RecordKind::Audit, audit->uuid, values); !ok)
        return c.fail(ok.error(), 1);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldInfo* field = RecordKinds::info(RecordKind::Audit).field(it.key());
        c.out << (field ? field->jsonName : it.key()) << "\t" << it.value().toString() << "\n";
    }
    return 0;
}

} // namespace isoaudit::cli
