// SPDX-License-Identifier: GPL-3.0-or-later
// `fork` and `merge`: a team member's copy of the audit, and bringing it back (docs/team.md).
#include "Arguments.h"
#include "Commands.h"

#include "merge/TeamMerge.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit::cli {

namespace {

using Outcome = RecordMergeResult::Outcome;

QString shown(const QVariant& value)
{
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return QStringLiteral("(empty)");
    QString text = value.toString().simplified();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString by(const QHash<QString, MergeAuthor>& authors, const QString& column)
{
    const MergeAuthor author = authors.value(column, authors.value(QString()));
    if (author.who.isEmpty())
        return {};
    return QStringLiteral(" (%1, %2)").arg(author.who, author.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
}

void printPlan(QTextStream& out, const MergePlan& plan)
{
    out << plan.member << "'s copy: " << plan.count(Outcome::Insert) << " to add, " << plan.count(Outcome::Update)
        << " to change, " << plan.count(Outcome::Remove) << " to delete, " << plan.conflictCount()
        << " conflict(s)" << Qt::endl;
    for (const MergeChange& change : plan.changes) {
        switch (change.result.outcome) {
        case Outcome::Insert:
            out << "  + " << change.label << "\n";
            break;
        case Outcome::Update: {
            QStringList columns;
            for (const FieldMerge& field : change.result.fields)
                columns << field.column;
            out << "  ~ " << change.label << ": " << columns.join(QStringLiteral(", ")) << "\n";
            break;
        }
        case Outcome::Remove:
            out << "  - " << change.label << "\n";
            break;
        case Outcome::Conflict:
            if (change.result.deletedOnOneSide) {
                out << "  ! " << change.label << " [" << change.result.uuid << "]: "
                    << (change.result.deletedInCopy ? "deleted in the copy" + by(change.theirsBy, {})
                                                    : "deleted here" + by(change.mineBy, {}))
                    << ", changed on the other side\n";
                break;
            }
            for (const FieldMerge& field : change.result.fields) {
                if (!field.conflict)
                    continue;
                out << "  ! " << change.label << " [" << change.result.uuid << "] " << field.column << ": mine "
                    << shown(field.mine) << by(change.mineBy, field.column) << ", theirs " << shown(field.theirs)
                    << by(change.theirsBy, field.column) << "\n";
            }
            break;
        case Outcome::Unchanged:
            break;
        }
    }
    out.flush();
}

/// --resolve FILE.json: {"<uuid>": {"<field>": "mine"|"theirs"|"both", "": "mine"|"theirs"}} ("" = keep or delete a
/// record deleted on one side).
Result<MergeChoices> readResolutions(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{QStringLiteral("%1 is not a JSON object of record uuids: %2").arg(path, error.errorString())};
    MergeChoices choices;
    const QJsonObject records = document.object();
    for (auto record = records.begin(); record != records.end(); ++record) {
        if (!record.value().isObject())
            return Error{QStringLiteral("%1: the choices for %2 must be an object of fields").arg(path, record.key())};
        const QJsonObject fields = record.value().toObject();
        for (auto field = fields.begin(); field != fields.end(); ++field) {
            const QString word = field.value().toString();
            RecordMerge::Choice choice;
            if (word == QLatin1String("mine"))
                choice = RecordMerge::Choice::Mine;
            else if (word == QLatin1String("theirs"))
                choice = RecordMerge::Choice::Theirs;
            else if (word == QLatin1String("both"))
                choice = RecordMerge::Choice::Both;
            else
                return Error{QStringLiteral("%1: %2 %3 must be \"mine\", \"theirs\" or \"both\", not \"%4\"")
                                 .arg(path, record.key(), field.key(), word)};
            choices.insert(TeamMerge::choiceKey(record.key(), field.key()), choice);
        }
    }
    return choices;
}

} // namespace

int runFork(CliContext& c)
{
    Arguments a(c.args, {"output", "member"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has("output") || a.value("member").trimmed().isEmpty())
        return c.fail(QStringLiteral("usage: isoaudit-cli fork FILE -o COPY.isoaudit --member NAME"));
    auto store = Lifecycle::open(a.positional().first());
    if (!store)
        return c.fail(store.error());
    auto origin = TeamCopies::fork(*store.value(), a.value("output"), a.value("member"));
    if (!origin)
        return c.fail(origin.error());
    c.out << "wrote " << QDir::toNativeSeparators(a.value("output")) << " for " << origin->member << " (from trail entry #"
          << origin->forkSeq << ")" << Qt::endl;
    return 0;
}

int runMerge(CliContext& c)
{
    Arguments a(c.args, {"format", "prefer", "resolve"}, {"dry-run"});
    if (!a.ok())
        return c.fail(a.error());
    const QString format = a.value("format", QStringLiteral("text"));
    const QString prefer = a.value("prefer");
    if (a.positional().size() != 2 || (format != QLatin1String("text") && format != QLatin1String("json"))
        || (!prefer.isEmpty() && prefer != QLatin1String("mine") && prefer != QLatin1String("theirs")))
        return c.fail(QStringLiteral("usage: isoaudit-cli merge FILE COPY.isoaudit [--dry-run] [--format text|json] "
                                     "[--prefer mine|theirs] [--resolve CHOICES.json]"));
    auto store = Lifecycle::open(a.positional().first(), a.flag("dry-run") ? AuditDatabase::Mode::ReadOnly
                                                                            : AuditDatabase::Mode::ReadWrite);
    if (!store)
        return c.fail(store.error());
    auto plan = TeamMerge::plan(*store.value(), a.positional().at(1));
    if (!plan)
        return c.fail(plan.error());
    if (format == QLatin1String("json"))
        c.out << QJsonDocument(TeamMerge::toJson(plan.value())).toJson(QJsonDocument::Indented);
    else
        printPlan(c.out, plan.value());
    if (a.flag("dry-run"))
        return 0;
    if (plan->isEmpty()) {
        if (format == QLatin1String("text"))
            c.out << "nothing to merge: everything in this copy is already in " << a.positional().first() << Qt::endl;
        return 0;
    }
    MergeChoices choices;
    if (!prefer.isEmpty())
        choices = TeamMerge::chooseAll(plan.value(), prefer == QLatin1String("mine") ? RecordMerge::Choice::Mine
                                                                                      : RecordMerge::Choice::Theirs);
    if (a.has("resolve")) {
        auto chosen = readResolutions(a.value("resolve"));
        if (!chosen)
            return c.fail(chosen.error());
        choices.insert(chosen.value());
    }
    auto applied = TeamMerge::apply(*store.value(), plan.value(), choices);
    if (!applied)
        return c.fail(applied.error(), plan->conflictCount() > 0 ? 1 : 2);
    if (format == QLatin1String("text"))
        c.out << "merged: " << applied->inserted << " added, " << applied->updated << " changed, " << applied->removed
              << " deleted, " << applied->conflictsResolved << " conflict(s) resolved; " << applied->trailEntries
              << " trail entries" << Qt::endl;
    return 0;
}

} // namespace isoaudit::cli
