// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/TeamMerge.h"
#include "repository/RepositoryServer.h"
#include "storage/AuditStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace isoaudit {

/// How far a long repository operation is, for a progress bar: `step` is a translated sentence ("Sending the
/// trail…"), `done` of `total` units (total 0: unknown).
struct RepositoryProgress
{
    QString step;
    qint64 done = 0;
    qint64 total = 0;
};

/// Called from the thread that runs the operation, between steps; keep it short (post to the GUI thread).
using RepositoryProgressCallback = std::function<void(const RepositoryProgress&)>;

/// What the caller may pass to a long operation: progress reports, and a flag it sets (from any thread) to cancel.
/// A cancelled push or pull rolls back its transaction: the server and the file stay as they were.
struct RepositoryTask
{
    RepositoryProgressCallback progress = {};
    const std::atomic_bool* cancel = nullptr;
};

/// One audit as `repo list` shows it: the columns of the repository's audit table.
struct RepositoryAudit
{
    QString uuid;
    QString client;
    QString lead;
    QString auditType;
    QString state; ///< the lifecycle: planning, fieldwork, reporting, signed
    QString framework;
    QDate startDate;
    QDate endDate;
    QString team;
    QString checkedOutBy; ///< the database role that pulled it last for offline work ("" = nobody)
    QString checkedOutAt; ///< UTC, ISO 8601
    qint64 trailSeq = 0; ///< the server's trail head
    QString trailHash;
    QString updatedAt; ///< UTC, ISO 8601: the last push
    QString updatedBy;
    QDate nextDue; ///< the earliest due_by of a planned audit in the audit's programme (invalid: none)
    QString nextDueType; ///< that programme audit's type (surveillance, recertification, …)
};

/// `repo list`'s filters; an empty one matches everything. All are applied in SQL.
struct RepositoryFilter
{
    QString client; ///< case-insensitive substring
    QString lead; ///< case-insensitive substring
    QString state; ///< exact lifecycle value
    QString team; ///< exact team name
    QDate dueBefore; ///< only audits whose programme has a planned audit due on or before this date
};

/// How the open file stands against the repository (the workbench's status bar).
struct RepositorySyncStatus
{
    enum class State {
        NotLinked, ///< the file was never pushed nor pulled (no repository_link)
        NotOnServer, ///< linked, but the server has no such audit (or this role may not see it)
        InSync, ///< the same trail head on both sides
        LocalAhead, ///< the file has entries the server lacks: push
        ServerAhead, ///< the server has entries the file lacks: pull
        Diverged, ///< both changed since they last agreed: push merges
    };
    State state = State::NotLinked;
    qint64 localSeq = 0;
    qint64 serverSeq = 0;
    QString checkedOutBy;
    QString message; ///< one translated sentence saying the above
};

/// Choices for a push that has to merge, from the local auditor's point of view.
struct RepositoryPushOptions
{
    /// The team the audit belongs to on its first push (required then unless the role is in exactly one team).
    QString team;
    /// A diverged push resolves every conflict this way (isoaudit-cli repo push --prefer mine|theirs): Local keeps
    /// the file's values, Server the repository's.
    enum class Prefer { Ask, Local, Server };
    Prefer prefer = Prefer::Ask;
    /// The conflict view's decisions for the plan a previous push returned (keys: TeamMerge::choiceKey). In that
    /// plan "mine" is the repository's version and "theirs" the local file's (the merge happens on the server's
    /// side so that the server's trail stays a prefix of what is pushed).
    MergeChoices choices;
    bool release = false; ///< clear the checked-out mark after a successful push
};

/// What a push did.
struct RepositoryPushOutcome
{
    enum class Kind {
        Created, ///< the audit was new on the server
        FastForward, ///< the server's head was in the file's trail: the new entries were sent
        Merged, ///< both had changed: merged (TeamMerge) into the server's version, sent, and the file replaced
        UpToDate, ///< nothing to send
        ServerAhead, ///< the file's head is in the server's trail: nothing to send, pull instead
        Conflicts, ///< both had changed and the merge has conflicts without choices: nothing written; see `plan`
    };
    Kind kind = Kind::UpToDate;
    qint64 entriesSent = 0; ///< trail entries written to the server
    qint64 serverSeq = 0; ///< the server's head after the push
    QString serverHash;
    std::optional<MergePlan> plan; ///< Kind::Merged and Kind::Conflicts: what the merge did or would do
    MergeOutcome merged; ///< Kind::Merged
    QString message; ///< one translated sentence for the user
};

/// What a pull did.
struct RepositoryPullOutcome
{
    QString path;
    QString auditUuid;
    qint64 trailSeq = 0;
    qint64 records = 0;
    qint64 attachmentBytes = 0;
};

/// The certification body's central repository of audits on PostgreSQL (docs/repository.md). A connection to one
/// server, as one database role: push stores or updates an audit exactly (every table of the file, the
/// hash-chained trail, attachments deduplicated by SHA-256, report revisions) in ONE transaction, pull writes the
/// same audit file back (identical records, links, trail and attachments: the trails of a pulled file and the server
/// share their prefix, so a later push fast-forwards or merges with TeamMerge). Access is the server's: row-level
/// security lets an auditor see the audits of their teams and a reviewer the signed ones, and triggers refuse any
/// change to the trail or to a report revision, whoever asks.
///
/// Nothing here is needed during fieldwork: a file works the same whether the server is reachable or not. The
/// password comes from the caller (asked each time, or read from the desktop's keychain by the GUI) and is never
/// written anywhere; the file's repository_link keeps the server without it. A Repository is used from the thread
/// that connected it (Qt SQL's rule); run long operations in a worker thread that connects its own.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    ~Repository();
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    /// Connects (QPSQL). A server that is down, refuses the role or fails TLS verification gives one clear
    /// sentence naming the server; a schema older than this build asks for `repo init`, a newer one is refused.
    static Result<std::unique_ptr<Repository>> connect(const RepositoryServer& server, const QString& password,
                                                       const RepositoryTask& task = {});
    /// Creates the schema, the roles isoaudit_admin, isoaudit_auditor and isoaudit_reviewer (NOLOGIN groups)
    /// and the row-level security, or migrates an older schema forward (one transaction per version). Needs a role
    /// that may create roles and owns the database. Returns the schema version now in place.
    static Result<int> init(const RepositoryServer& server, const QString& password);

    const RepositoryServer& server() const { return m_server; }
    /// The database role this connection acts as (current_user).
    const QString& role() const { return m_role; }

    /// Stores the local audit, or sends what the server lacks, in one transaction (see RepositoryPushOutcome). When
    /// both sides changed, merges with TeamMerge into the server's version; with conflicts and no choices, returns
    /// Kind::Conflicts and writes nothing. After a merge the local file is replaced (atomically, by rename) by the
    /// merged audit, so `local` must be the only store open on it: it is closed and reopened in place. Any failure,
    /// including a cancel or a lost connection, rolls back: the server and the file are as they were.
    Result<RepositoryPushOutcome> push(std::unique_ptr<AuditStore>& local, const RepositoryPushOptions& options = {},
                                       const RepositoryTask& task = {});
    /// Pushes the file at `path` (opened and closed here).
    Result<RepositoryPushOutcome> push(const QString& path, const RepositoryPushOptions& options = {},
                                       const RepositoryTask& task = {});
    /// Writes the audit `auditUuid` to `targetPath` (refused if it exists) for offline work, and marks it checked out
    /// by this role. The file is written under a temporary name, its trail verified, then renamed into place.
    Result<RepositoryPullOutcome> pull(const QString& auditUuid, const QString& targetPath,
                                       const RepositoryTask& task = {});
    /// The audits this role may see, filtered in SQL, ordered by client and start date.
    Result<QList<RepositoryAudit>> list(const RepositoryFilter& filter = {}) const;
    /// The teams this role belongs to (named in team_member directly, or through a group role it is a member of),
    /// sorted: the teams a new audit may be filed under on its first push.
    Result<QStringList> teams() const;
    /// The team an audit is filed under, as this role sees it (row-level security); empty when the role sees no
    /// such audit. A file that was never linked may hold an audit the server already has: its push keeps that team.
    Result<QString> teamOf(const QString& auditUuid) const;
    /// Why this role cannot add an audit: it is in no team, and only the repository's administrator can add it to one.
    QString noTeamMessage() const;
    /// How the file stands against the server (reads only).
    Result<RepositorySyncStatus> status(const AuditStore& local) const;

    /// `repo list --format json`.
    static QJsonArray toJson(const QList<RepositoryAudit>& audits);

private:
    Repository(RepositoryServer server, QString connectionName);

    QSqlDatabase db() const;
    static Result<int> migrate(QSqlDatabase db);
    // RepositoryPush.cpp
    Result<RepositoryPushOutcome> pushImage(AuditStore& local, const RepositoryPushOptions& options,
                                            const RepositoryTask& task, QString* mergedFile);

    RepositoryServer m_server;
    QString m_connectionName;
    QString m_role;
};

} // namespace isoaudit
