// SPDX-License-Identifier: GPL-3.0-or-later
// `repo init|push|pull|list|status`: the certification body's central repository on PostgreSQL
// (core/repository, docs/repository.md). The password is never taken from the command line or stored: --password-env
// names a variable that holds it; without it libpq's own sources are tried (PGPASSWORD, ~/.pgpass, peer or certificate
// authentication), and a server that still asks for a password gets one typed at the terminal.
#include "Arguments.h"
#include "Commands.h"
#include "Passphrase.h"

#include "repository/Repository.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit::cli {

namespace {

const QString usage = QStringLiteral(
    "usage: isoaudit-cli repo init --db URL | repo push FILE [--db URL] [--team NAME] [--prefer mine|theirs] "
    "[--release] [--format text|json] | repo pull AUDIT-ID -o FILE --db URL | repo list --db URL [--client TEXT] "
    "[--lead TEXT] [--state STATE] [--team NAME] [--due-before YYYY-MM-DD] [--format text|json] | repo status FILE "
    "[--db URL]   (each with [--password-env VAR])");

/// The password of --password-env; nullopt when none was named (libpq's own sources are tried first).
std::optional<QString> namedPassword(const Arguments& a, QString* error, bool* named)
{
    *named = a.has(QStringLiteral("password-env"));
    if (!*named)
        return QString();
    const QByteArray variable = a.value(QStringLiteral("password-env")).toLocal8Bit();
    if (!qEnvironmentVariableIsSet(variable.constData())) {
        *error = QStringLiteral("the environment variable %1 (--password-env) is not set")
                     .arg(QString::fromLocal8Bit(variable));
        return std::nullopt;
    }
    return qEnvironmentVariable(variable.constData());
}

/// Runs `attempt` with the password of --password-env; without one, first with libpq's own sources (PGPASSWORD,
/// ~/.pgpass, peer or certificate authentication) and, when the server asks for a password, with one typed at the
/// terminal.
template<typename T, typename Attempt>
Result<T> withPassword(const Arguments& a, const RepositoryServer& server, Attempt attempt)
{
    QString why;
    bool named = false;
    const auto given = namedPassword(a, &why, &named);
    if (!given)
        return Error{why};
    Result<T> result = attempt(*given);
    if (result || named || !result.error().contains(QLatin1String("password")))
        return result;
    const QByteArray prompt = QStringLiteral("Password for %1 on %2: ")
                                  .arg(server.user.isEmpty() ? QStringLiteral("you") : server.user, server.displayName())
                                  .toLocal8Bit();
    const auto typed = readHidden(prompt.constData());
    if (!typed)
        return result;
    return attempt(QString::fromUtf8(*typed));
}

/// The server named by --db, else the one the file was last pushed to or pulled from.
std::optional<RepositoryServer> serverFor(const Arguments& a, const QString& file, QString* error)
{
    QString url = a.value(QStringLiteral("db"));
    if (url.isEmpty() && !file.isEmpty()) {
        auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
        if (!store) {
            *error = store.error();
            return std::nullopt;
        }
        auto link = store.value()->repositoryLink();
        if (link && link.value())
            url = link.value()->server;
    }
    if (url.isEmpty()) {
        *error = QStringLiteral("name the repository with --db postgresql://USER@HOST/DATABASE");
        return std::nullopt;
    }
    auto server = RepositoryServer::parse(url);
    if (!server) {
        *error = server.error();
        return std::nullopt;
    }
    return server.value();
}

std::unique_ptr<Repository> connectTo(const CliContext& c, const Arguments& a, const RepositoryServer& server)
{
    auto repository = withPassword<std::unique_ptr<Repository>>(
        a, server, [&](const QString& password) { return Repository::connect(server, password); });
    if (!repository) {
        c.fail(repository.error());
        return {};
    }
    return std::move(repository).value();
}

QString value(const QVariant& v)
{
    const QString text = v.toString();
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

void printConflicts(const CliContext& c, const MergePlan& plan)
{
    c.err << "Conflicts (the repository's version | this file's):" << Qt::endl;
    for (const MergeChange& change : plan.changes) {
        if (change.result.outcome != RecordMergeResult::Outcome::Conflict)
            continue;
        if (change.result.deletedOnOneSide) {
            c.err << "  " << change.label << ": "
                  << (change.result.deletedInCopy ? "deleted in this file, edited in the repository"
                                                  : "deleted in the repository, edited in this file")
                  << Qt::endl;
            continue;
        }
        for (const FieldMerge& field : change.result.fields) {
            if (field.conflict)
                c.err << "  " << change.label << ", " << field.column << ": \"" << value(field.mine) << "\" | \""
                      << value(field.theirs) << "\"" << Qt::endl;
        }
    }
}

int runInit(CliContext& c, const Arguments& a)
{
    QString why;
    const auto server = serverFor(a, {}, &why);
    if (!server)
        return c.fail(why);
    auto version = withPassword<int>(a, *server,
                                     [&](const QString& password) { return Repository::init(*server, password); });
    if (!version)
        return c.fail(version.error());
    c.out << "The repository " << server->displayName() << " is at schema version " << version.value() << "."
          << Qt::endl;
    return 0;
}

int runPush(CliContext& c, const Arguments& a)
{
    if (a.positional().size() != 1)
        return c.fail(usage);
    const QString file = a.positional().first();
    RepositoryPushOptions options;
    options.team = a.value(QStringLiteral("team"));
    options.release = a.flag(QStringLiteral("release"));
    const QString prefer = a.value(QStringLiteral("prefer"));
    if (prefer == QLatin1String("mine"))
        options.prefer = RepositoryPushOptions::Prefer::Local;
    else if (prefer == QLatin1String("theirs"))
        options.prefer = RepositoryPushOptions::Prefer::Server;
    else if (!prefer.isEmpty())
        return c.fail(QStringLiteral("--prefer takes mine (this file's values) or theirs (the repository's), not \"%1\"")
                          .arg(prefer));
    QString why;
    const auto server = serverFor(a, file, &why);
    if (!server)
        return c.fail(why);
    auto repository = connectTo(c, a, *server);
    if (!repository)
        return 2;
    auto pushed = repository->push(file, options);
    if (!pushed)
        return c.fail(pushed.error());
    const bool json = a.value(QStringLiteral("format")) == QLatin1String("json");
    if (json) {
        static const char* kinds[] = {"created", "fast-forward", "merged", "up-to-date", "server-ahead", "conflicts"};
        QJsonObject object{{"outcome", QLatin1String(kinds[int(pushed->kind)])},
                           {"entriesSent", pushed->entriesSent},
                           {"serverSeq", pushed->serverSeq},
                           {"message", pushed->message}};
        if (pushed->plan)
            object.insert(QStringLiteral("merge"), TeamMerge::toJson(*pushed->plan));
        c.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    }
    switch (pushed->kind) {
    case RepositoryPushOutcome::Kind::Conflicts:
        if (!json)
            printConflicts(c, *pushed->plan);
        return c.fail(pushed->message, 3);
    case RepositoryPushOutcome::Kind::ServerAhead:
        return c.fail(pushed->message, 1);
    default:
        if (!json)
            c.out << pushed->message << Qt::endl;
        return 0;
    }
}

int runPull(CliContext& c, const Arguments& a)
{
    if (a.positional().size() != 1 || a.value(QStringLiteral("output")).isEmpty())
        return c.fail(usage);
    QString why;
    const auto server = serverFor(a, {}, &why);
    if (!server)
        return c.fail(why);
    auto repository = connectTo(c, a, *server);
    if (!repository)
        return 2;
    auto pulled = repository->pull(a.positional().first(), a.value(QStringLiteral("output")));
    if (!pulled)
        return c.fail(pulled.error());
    c.out << "Pulled " << pulled->auditUuid << " to " << QDir::toNativeSeparators(pulled->path) << " ("
          << pulled->records << " rows, " << pulled->trailSeq << " trail entries, " << pulled->attachmentBytes
          << " bytes of attachments); checked out by " << repository->role() << "." << Qt::endl;
    return 0;
}

int runList(CliContext& c, const Arguments& a)
{
    if (!a.positional().isEmpty())
        return c.fail(usage);
    RepositoryFilter filter;
    filter.client = a.value(QStringLiteral("client"));
    filter.lead = a.value(QStringLiteral("lead"));
    filter.state = a.value(QStringLiteral("state"));
    filter.team = a.value(QStringLiteral("team"));
    QString why;
    const auto due = a.date(QStringLiteral("due-before"), &why);
    if (!due)
        return c.fail(why);
    filter.dueBefore = *due;
    static const QStringList states{QStringLiteral("planning"), QStringLiteral("fieldwork"),
                                    QStringLiteral("reporting"), QStringLiteral("signed")};
    if (!filter.state.isEmpty() && !states.contains(filter.state))
        return c.fail(QStringLiteral("--state takes one of %1, not \"%2\"").arg(states.join(", "), filter.state));
    const auto server = serverFor(a, {}, &why);
    if (!server)
        return c.fail(why);
    auto repository = connectTo(c, a, *server);
    if (!repository)
        return 2;
    auto audits = repository->list(filter);
    if (!audits)
        return c.fail(audits.error());
    if (a.value(QStringLiteral("format")) == QLatin1String("json")) {
        c.out << QJsonDocument(Repository::toJson(audits.value())).toJson(QJsonDocument::Indented);
        return 0;
    }
    c.out << "uuid\tclient\tlead\ttype\tstate\tstart\tteam\tchecked out by\tnext due" << Qt::endl;
    const QList<RepositoryAudit> rows = audits.value();
    for (const RepositoryAudit& r : rows) {
        c.out << r.uuid << '\t' << r.client << '\t' << r.lead << '\t' << r.auditType << '\t' << r.state << '\t'
              << r.startDate.toString(Qt::ISODate) << '\t' << r.team << '\t' << r.checkedOutBy << '\t'
              << (r.nextDue.isValid() ? r.nextDue.toString(Qt::ISODate) + QLatin1Char(' ') + r.nextDueType
                                      : QString())
              << Qt::endl;
    }
    return 0;
}

int runStatus(CliContext& c, const Arguments& a)
{
    if (a.positional().size() != 1)
        return c.fail(usage);
    const QString file = a.positional().first();
    QString why;
    const auto server = serverFor(a, file, &why);
    if (!server)
        return c.fail(why);
    auto store = AuditStore::open(file, AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    auto repository = connectTo(c, a, *server);
    if (!repository)
        return 2;
    auto status = repository->status(*store.value());
    if (!status)
        return c.fail(status.error());
    c.out << status->message;
    if (!status->checkedOutBy.isEmpty())
        c.out << " Checked out by " << status->checkedOutBy << ".";
    c.out << Qt::endl;
    return status->state == RepositorySyncStatus::State::InSync ? 0 : 1;
}

} // namespace

int runRepo(CliContext& c)
{
    if (c.args.isEmpty())
        return c.fail(usage);
    const QString sub = c.args.first();
    const Arguments a(c.args.mid(1),
                      {"db", "password-env", "team", "prefer", "format", "output", "client", "lead", "state",
                       "due-before"},
                      {"release"});
    if (!a.ok())
        return c.fail(a.error());
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return c.fail(QStringLiteral("--format takes text or json, not \"%1\"").arg(format));
    if (sub == QLatin1String("init"))
        return a.positional().isEmpty() ? runInit(c, a) : c.fail(usage);
    if (sub == QLatin1String("push"))
        return runPush(c, a);
    if (sub == QLatin1String("pull"))
        return runPull(c, a);
    if (sub == QLatin1String("list"))
        return runList(c, a);
    if (sub == QLatin1String("status"))
        return runStatus(c, a);
    return c.fail(usage);
}

} // namespace isoaudit::cli
