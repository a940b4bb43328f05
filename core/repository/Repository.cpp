// SPDX-License-Identifier: GPL-3.0-or-later
// Repository: connecting, creating the schema, listing and the sync status. Push is in RepositoryPush.cpp, pull in
// RepositoryPull.cpp, the rows' JSON form in RepositoryRows.cpp.
#include "repository/Repository.h"

#include "repository/RepositoryRows.h"
#include "repository/RepositorySchema.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace isoaudit {

namespace {

Status openConnection(const RepositoryServer& server, const QString& password, const QString& name)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{Repository::tr("Qt's PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql to use "
                                    "the repository.")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(password);
    db.setConnectOptions(server.connectOptions());
    if (!db.open()) {
        const QString why = RepositoryRows::serverMessage(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{Repository::tr("Could not connect to the repository %1: %2. Nothing was changed; the audit file "
                                    "works offline as before.")
                         .arg(server.displayName(), why)};
    }
    return {};
}

QString newConnectionName()
{
    return QStringLiteral("isoaudit-repository-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void closeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Repository::Repository(RepositoryServer server, QString connectionName)
    : m_server(std::move(server))
    , m_connectionName(std::move(connectionName))
{
}

Repository::~Repository()
{
    closeConnection(m_connectionName);
}

QSqlDatabase Repository::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Repository>> Repository::connect(const RepositoryServer& server, const QString& password,
                                                        const RepositoryTask& task)
{
    RepositoryRows::report(task, tr("Connecting to %1…").arg(server.displayName()));
    const QString name = newConnectionName();
    if (auto opened = openConnection(server, password, name); !opened)
        return Error{opened.error()};
    std::unique_ptr<Repository> repository(new Repository(server, name));
    // The checks run in their own scope: no query may outlive the connection when a refusal closes it.
    const Status checked = [&]() -> Status {
        QSqlQuery query(repository->db());
        if (!query.exec(QStringLiteral("SELECT current_user")) || !query.next())
            return Error{tr("The repository %1 did not answer: %2")
                             .arg(server.displayName(), RepositoryRows::serverMessage(query.lastError()))};
        repository->m_role = query.value(0).toString();
        if (!query.exec(QStringLiteral("SELECT version FROM isoaudit.schema_version")) || !query.next())
            return Error{tr("%1 holds no IsoAudit repository (or the role %2 may not use it): run isoaudit-cli repo "
                            "init as the database's owner, and ask the administrator to grant the role "
                            "isoaudit_auditor or isoaudit_reviewer.")
                             .arg(server.displayName(), repository->m_role)};
        const int version = query.value(0).toInt();
        if (version > RepositorySchema::currentVersion())
            return Error{tr("The repository %1 is at schema version %2, newer than this IsoAudit knows (%3): update "
                            "IsoAudit.")
                             .arg(server.displayName())
                             .arg(version)
                             .arg(RepositorySchema::currentVersion())};
        if (version < RepositorySchema::currentVersion())
            return Error{tr("The repository %1 is at schema version %2; this IsoAudit needs %3: ask the administrator "
                            "to run isoaudit-cli repo init.")
                             .arg(server.displayName())
                             .arg(version)
                             .arg(RepositorySchema::currentVersion())};
        return {};
    }();
    if (!checked)
        return Error{checked.error()};
    return repository;
}

Result<int> Repository::init(const RepositoryServer& server, const QString& password)
{
    const QString name = newConnectionName();
    Result<int> migrated = [&]() -> Result<int> {
        if (auto opened = openConnection(server, password, name); !opened)
            return Error{opened.error()};
        return migrate(QSqlDatabase::database(name, false));
    }();
    closeConnection(name);
    return migrated;
}

Result<int> Repository::migrate(QSqlDatabase db)
{
    for (const QString& sql : RepositorySchema::bootstrap()) {
        if (auto done = RepositoryRows::exec(db, sql, tr("Creating the repository's roles and schema")); !done)
            return Error{done.error()};
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM isoaudit.schema_version")) || !query.next())
        return Error{tr("Could not read the repository's schema version: %1")
                         .arg(RepositoryRows::serverMessage(query.lastError()))};
    int version = query.value(0).toInt();
    query.finish();
    if (version > RepositorySchema::currentVersion())
        return Error{tr("The repository is at schema version %1, newer than this IsoAudit knows (%2): update "
                        "IsoAudit.")
                         .arg(version)
                         .arg(RepositorySchema::currentVersion())};
    // One transaction per version, as the schema's owner, so every object belongs to isoaudit_admin.
    for (; version < RepositorySchema::currentVersion(); ++version) {
        if (!db.transaction())
            return Error{tr("Could not start a transaction: %1").arg(RepositoryRows::serverMessage(db.lastError()))};
        QStringList statements{QStringLiteral("SET LOCAL ROLE isoaudit_admin")};
        statements << RepositorySchema::migrations().at(version);
        statements << QStringLiteral("UPDATE isoaudit.schema_version SET version = %1").arg(version + 1);
        for (const QString& sql : statements) {
            if (auto done = RepositoryRows::exec(db, sql, tr("Migrating the repository to version %1").arg(version + 1));
                !done) {
                db.rollback();
                return Error{done.error()};
            }
        }
        if (!db.commit()) {
            const QString why = RepositoryRows::serverMessage(db.lastError());
            db.rollback();
            return Error{tr("Migrating the repository to version %1 failed: %2").arg(version + 1).arg(why)};
        }
    }
    return version;
}

Result<QStringList> Repository::teams() const
{
    // Named through pg_has_role rather than left to team_member's row policy, so the answer is the same for a role
    // the policy does not apply to (the schema's owner sees every membership, yet is in no team by that).
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT tm.team FROM isoaudit.team_member tm"
                                   " JOIN pg_catalog.pg_roles r ON r.rolname = tm.member"
                                   " WHERE pg_has_role(current_user, r.oid, 'MEMBER') ORDER BY tm.team")))
        return Error{tr("Reading this role's teams failed: %1").arg(RepositoryRows::serverMessage(query.lastError()))};
    QStringList teams;
    while (query.next())
        teams << query.value(0).toString();
    return teams;
}

Result<QString> Repository::teamOf(const QString& auditUuid) const
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT team FROM isoaudit.audit WHERE uuid = ?"));
    query.addBindValue(auditUuid);
    if (!query.exec())
        return Error{tr("Reading the audit's team failed: %1").arg(RepositoryRows::serverMessage(query.lastError()))};
    return query.next() ? query.value(0).toString() : QString();
}

QString Repository::noTeamMessage() const
{
    return tr("The role %1 is in no team of the repository %2, so it cannot add an audit: ask the repository's "
              "administrator to add it to the audit's team.")
        .arg(m_role, m_server.displayName());
}

Result<QList<RepositoryAudit>> Repository::list(const RepositoryFilter& filter) const
{
    QStringList where;
    QVariantList bindings;
    auto substring = [&](const QString& column, const QString& value) {
        if (value.isEmpty())
            return;
        where << QStringLiteral("%1 ILIKE ? ESCAPE '\\'").arg(column);
        QString escaped = value;
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        bindings << QStringLiteral("%") + escaped + QStringLiteral("%");
    };
    substring(QStringLiteral("client"), filter.client);
    substring(QStringLiteral("lead"), filter.lead);
    if (!filter.state.isEmpty()) {
        where << QStringLiteral("state = ?");
        bindings << filter.state;
    }
    if (!filter.team.isEmpty()) {
        where << QStringLiteral("team = ?");
        bindings << filter.team;
    }
    if (filter.dueBefore.isValid()) {
        where << QStringLiteral("next_due <= ?::date");
        bindings << filter.dueBefore.toString(Qt::ISODate);
    }
    QString sql = QStringLiteral(
        "SELECT uuid, client, lead, audit_type, state, framework, start_date::text, end_date::text, team,"
        " coalesce(checked_out_by::text, ''), coalesce(to_char(checked_out_at AT TIME ZONE 'UTC',"
        " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ''), trail_seq, trail_hash,"
        " to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), updated_by::text,"
        " next_due::text, next_due_type FROM isoaudit.audit");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY client, start_date NULLS LAST, uuid");
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{tr("Listing the audits failed: %1").arg(RepositoryRows::serverMessage(query.lastError()))};
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    if (auto done = RepositoryRows::exec(query, tr("Listing the audits")); !done)
        return Error{done.error()};
    QList<RepositoryAudit> audits;
    while (query.next()) {
        RepositoryAudit a;
        a.uuid = query.value(0).toString();
        a.client = query.value(1).toString();
        a.lead = query.value(2).toString();
        a.auditType = query.value(3).toString();
        a.state = query.value(4).toString();
        a.framework = query.value(5).toString();
        a.startDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        a.endDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        a.team = query.value(8).toString();
        a.checkedOutBy = query.value(9).toString();
        a.checkedOutAt = query.value(10).toString();
        a.trailSeq = query.value(11).toLongLong();
        a.trailHash = query.value(12).toString();
        a.updatedAt = query.value(13).toString();
        a.updatedBy = query.value(14).toString();
        a.nextDue = QDate::fromString(query.value(15).toString(), Qt::ISODate);
        a.nextDueType = query.value(16).toString();
        audits << a;
    }
    return audits;
}

Result<RepositorySyncStatus> Repository::status(const AuditStore& local) const
{
    RepositorySyncStatus status;
    auto link = local.repositoryLink();
    if (!link)
        return Error{link.error()};
    auto audit = local.audit();
    if (!audit)
        return Error{audit.error()};
    const QString uuid = audit->uuid;
    auto entries = local.trailEntries();
    if (!entries)
        return Error{entries.error()};
    const QList<TrailEntry> trail = std::move(entries).value();
    status.localSeq = trail.isEmpty() ? 0 : trail.last().seq;
    const QString localHash = trail.isEmpty() ? QString() : trail.last().hash;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT trail_seq, trail_hash, coalesce(checked_out_by::text, '')"
                                 " FROM isoaudit.audit WHERE uuid = ?"));
    query.addBindValue(uuid);
    if (auto done = RepositoryRows::exec(query, tr("Reading the audit's state on the server")); !done)
        return Error{done.error()};
    if (!query.next()) {
        status.state = link.value() ? RepositorySyncStatus::State::NotOnServer : RepositorySyncStatus::State::NotLinked;
        status.message = link.value() ? tr("The repository %1 has no such audit (or this role may not see it).")
                                            .arg(m_server.displayName())
                                      : tr("Not in the repository yet: push to store it.");
        return status;
    }
    status.serverSeq = query.value(0).toLongLong();
    const QString serverHash = query.value(1).toString();
    status.checkedOutBy = query.value(2).toString();
    query.finish();
    auto localHas = [&](qint64 seq, const QString& hash) {
        if (seq == 0)
            return true;
        for (const TrailEntry& entry : trail) {
            if (entry.seq == seq)
                return entry.hash == hash;
        }
        return false;
    };
    if (status.serverSeq == status.localSeq && serverHash == localHash) {
        status.state = RepositorySyncStatus::State::InSync;
        status.message = tr("In sync with the repository.");
    } else if (localHas(status.serverSeq, serverHash)) {
        status.state = RepositorySyncStatus::State::LocalAhead;
        status.message = tr("%n change(s) not yet pushed.", nullptr, int(status.localSeq - status.serverSeq));
    } else {
        QSqlQuery server(db());
        server.prepare(QStringLiteral("SELECT 1 FROM isoaudit.trail WHERE audit = ? AND seq = ? AND hash = ?"));
        server.addBindValue(uuid);
        server.addBindValue(status.localSeq);
        server.addBindValue(localHash);
        if (auto done = RepositoryRows::exec(server, tr("Reading the server's trail")); !done)
            return Error{done.error()};
        if (server.next()) {
            status.state = RepositorySyncStatus::State::ServerAhead;
            status.message = tr("The repository has %n newer change(s): pull.", nullptr,
                                int(status.serverSeq - status.localSeq));
        } else {
            status.state = RepositorySyncStatus::State::Diverged;
            status.message = tr("Both the file and the repository changed since they last agreed: push to merge.");
        }
    }
    return status;
}

QJsonArray Repository::toJson(const QList<RepositoryAudit>& audits)
{
    QJsonArray array;
    auto date = [](const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    for (const RepositoryAudit& a : audits) {
        array.append(QJsonObject{{"uuid", a.uuid},
                                 {"client", a.client},
                                 {"lead", a.lead},
                                 {"auditType", a.auditType},
                                 {"state", a.state},
                                 {"framework", a.framework},
                                 {"startDate", date(a.startDate)},
                                 {"endDate", date(a.endDate)},
                                 {"team", a.team},
                                 {"checkedOutBy", a.checkedOutBy},
                                 {"checkedOutAt", a.checkedOutAt},
                                 {"trailSeq", a.trailSeq},
                                 {"trailHash", a.trailHash},
                                 {"updatedAt", a.updatedAt},
                                 {"updatedBy", a.updatedBy},
                                 {"nextDue", date(a.nextDue)},
                                 {"nextDueType", a.nextDueType}});
    }
    return array;
}

} // namespace isoaudit
