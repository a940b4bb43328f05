// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/RepositoryController.h"

#include "document/AuditDocument.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/TeamController.h"
#include "repository/Repository.h"
#include "team/RepositoryConnectDialog.h"
#include "team/RepositoryTeamDialog.h"
#include "team/RepositoryWork.h"
#include "workbench/WorkbenchLabels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace isoaudit {

namespace {
/// What Pull found: how the file stands, and the server's version written beside it when it is newer.
struct PullResult
{
    RepositorySyncStatus status;
    QString pulledPath;
};

/// The user's teams in the repository, and what to say when there are none; or the team the server already files
/// the audit under (a file never linked, holding an audit someone pushed before), which the push keeps.
struct TeamsResult
{
    QStringList teams;
    QString noTeamMessage;
    QString existingTeam;
};
} // namespace

RepositoryController::RepositoryController(QWidget* window, DocumentController* documents, TeamController* team)
    : QObject(window)
    , m_window(window)
    , m_documents(documents)
    , m_team(team)
{
}

std::unique_ptr<RepositoryConnectDialog> RepositoryController::signIn(const QString& linkedUrl)
{
    auto dialog = std::make_unique<RepositoryConnectDialog>(RepositoryConnectDialog::Purpose::SignIn, m_window);
    if (!linkedUrl.isEmpty())
        dialog->setServer(linkedUrl, true);
    // A password the keychain keeps for this server is used without asking.
    if (!linkedUrl.isEmpty() && !dialog->password().isEmpty() && dialog->server())
        return dialog;
    if (dialog->exec() != QDialog::Accepted)
        return nullptr;
    return dialog;
}

bool RepositoryController::reopen(const QString& path)
{
    return m_documents->open(path);
}

std::optional<QString> RepositoryController::chooseTeam(const RepositoryServer& target, const QString& password,
                                                        const QString& auditUuid, const QString& audit)
{
    const auto found
        = RepositoryWork::run<TeamsResult>(m_window, tr("Reading your teams on %1…").arg(target.displayName()),
                                           [target, password, auditUuid](const RepositoryTask& task) -> Result<TeamsResult> {
                                               auto repository = Repository::connect(target, password, task);
                                               if (!repository)
                                                   return Error{repository.error()};
                                               auto existing = repository.value()->teamOf(auditUuid);
                                               if (!existing)
                                                   return Error{existing.error()};
                                               if (!existing->isEmpty())
                                                   return TeamsResult{{}, {}, existing.value()};
                                               auto teams = repository.value()->teams();
                                               if (!teams)
                                                   return Error{teams.error()};
                                               return TeamsResult{teams.value(), repository.value()->noTeamMessage(), {}};
                                           });
    if (!found) {
        MessageBoxHook::critical(m_window, tr("Cannot Push the Audit"),
                                 tr("%1\n\nThe repository and the file are as they were.").arg(found.error()));
        return std::nullopt;
    }
    if (!found->existingTeam.isEmpty())
        return found->existingTeam;
    if (found->teams.isEmpty()) {
        MessageBoxHook::critical(m_window, tr("Cannot Push the Audit"),
                                 tr("%1\n\nNothing was sent; the file is as it was.").arg(found->noTeamMessage));
        return std::nullopt;
    }
    if (found->teams.size() == 1)
        return found->teams.first();
    RepositoryTeamDialog picker(found->teams, target.displayName(), audit, m_window);
    if (picker.exec() != QDialog::Accepted) {
        emit statusMessage(tr("Push cancelled: nothing was sent."));
        return std::nullopt;
    }
    return picker.team();
}

bool RepositoryController::openFromRepository()
{
    RepositoryConnectDialog dialog(RepositoryConnectDialog::Purpose::CheckOut, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto audit = dialog.chosenAudit();
    const auto server = dialog.server();
    if (!audit || !server)
        return false;
    const QString proposal = QStringLiteral("%1 %2 %3.isoaudit")
                                 .arg(audit->client, audit->auditType, audit->startDate.toString(Qt::ISODate))
                                 .replace(QLatin1Char('/'), QLatin1Char('_'));
    QString path = MessageBoxHook::saveFileName(m_window, tr("Check Out to a File"),
                                                QDir(m_documents->lastDirectory()).filePath(proposal),
                                                tr("ISO 27001 audits (*.isoaudit);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".isoaudit");
    const RepositoryServer target = server.value();
    const QString password = dialog.password();
    const QString uuid = audit->uuid;
    const auto pulled = RepositoryWork::run<RepositoryPullOutcome>(
        m_window, tr("Checking out %1…").arg(audit->client),
        [target, password, uuid, path](const RepositoryTask& task) -> Result<RepositoryPullOutcome> {
            auto repository = Repository::connect(target, password, task);
            if (!repository)
                return Error{repository.error()};
            return repository.value()->pull(uuid, path, task);
        });
    if (!pulled) {
        MessageBoxHook::critical(m_window, tr("Cannot Check Out the Audit"), pulled.error());
        return false;
    }
    if (!m_documents->open(path))
        return false;
    emit statusMessage(tr("Checked out %1 from %2").arg(audit->client, target.displayName()));
    return true;
}

bool RepositoryController::push()
{
    AuditDocument* document = m_documents->document();
    if (!document)
        return false;
    const QString path = document->path();
    const auto link = document->store().repositoryLink();
    const bool firstPush = !link || !link.value();
    auto dialog = signIn(firstPush ? QString() : link.value()->server);
    if (!dialog)
        return false;
    const RepositoryServer target = dialog->server().value();
    const QString password = dialog->password();
    RepositoryPushOptions options;
    if (firstPush) {
        const auto audit = document->store().audit();
        const auto team = chooseTeam(target, password, audit ? audit->uuid : QString(),
                                     audit ? audit->text(QStringLiteral("client")) : QString());
        if (!team)
            return false;
        options.team = *team;
    }
    // The push works on the file and may replace it with the merged audit: the window lets go of it meanwhile.
    m_documents->close();
    for (;;) {
        const auto pushed = RepositoryWork::run<RepositoryPushOutcome>(
            m_window, tr("Pushing to %1…").arg(target.displayName()),
            [target, password, path, options](const RepositoryTask& task) -> Result<RepositoryPushOutcome> {
                auto repository = Repository::connect(target, password, task);
                if (!repository)
                    return Error{repository.error()};
                return repository.value()->push(path, options, task);
            });
        reopen(path);
        if (!pushed) {
            MessageBoxHook::critical(m_window, tr("Cannot Push the Audit"),
                                     tr("%1\n\nThe repository and the file are as they were.").arg(pushed.error()));
            return false;
        }
        if (pushed->kind == RepositoryPushOutcome::Kind::Conflicts && pushed->plan) {
            // In a push's plan "mine" is the repository's version and "theirs" this file: MergeSides names them so.
            const auto choices = m_team->resolve(*pushed->plan, MergeSides::push(target.displayName()));
            if (!choices) {
                emit statusMessage(tr("Push cancelled: nothing was sent."));
                return false;
            }
            options.choices = *choices;
            m_documents->close();
            continue;
        }
        dialog->remember();
        if (pushed->kind == RepositoryPushOutcome::Kind::Created)
            RepositoryTeamDialog::rememberTeam(options.team);
        emit statusMessage(pushed->message);
        return true;
    }
}

bool RepositoryController::pull()
{
    AuditDocument* document = m_documents->document();
    if (!document)
        return false;
    const QString path = document->path();
    const auto link = document->store().repositoryLink();
    if (!link || !link.value()) {
        MessageBoxHook::information(m_window, tr("Not in a Repository"),
                                    tr("This audit is a file on this computer only. File ▸ Repository ▸ Push stores "
                                       "it in the repository; Open from the Repository… checks one out."));
        return false;
    }
    auto dialog = signIn(link.value()->server);
    if (!dialog)
        return false;
    const RepositoryServer target = dialog->server().value();
    const QString password = dialog->password();
    const QString uuid = link.value()->auditUuid;
    const QString pulledPath = QFileInfo(path).absoluteDir().filePath(
        QStringLiteral(".%1.pull-%2").arg(QFileInfo(path).fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    const auto result = RepositoryWork::run<PullResult>(
        m_window, tr("Pulling from %1…").arg(target.displayName()),
        [target, password, uuid, path, pulledPath](const RepositoryTask& task) -> Result<PullResult> {
            auto repository = Repository::connect(target, password, task);
            if (!repository)
                return Error{repository.error()};
            // The worker reads the file through a read-only store of its own, never the window's.
            auto local = AuditStore::open(path, AuditDatabase::Mode::ReadOnly);
            if (!local)
                return Error{local.error()};
            auto status = repository.value()->status(*local.value());
            if (!status)
                return Error{status.error()};
            PullResult pulled{status.value(), {}};
            if (status->state == RepositorySyncStatus::State::ServerAhead) {
                auto written = repository.value()->pull(uuid, pulledPath, task);
                if (!written)
                    return Error{written.error()};
                pulled.pulledPath = pulledPath;
            }
            return pulled;
        });
    if (!result) {
        MessageBoxHook::critical(m_window, tr("Cannot Pull the Audit"),
                                 tr("%1\n\nThe file is as it was.").arg(result.error()));
        return false;
    }
    if (result->pulledPath.isEmpty()) {
        MessageBoxHook::information(m_window, tr("Pull"), result->status.message);
        return false;
    }
    // Only the server changed since the two last agreed: its version replaces the file, the old one is kept until
    // the new one is open.
    const QString previous = path + QStringLiteral(".before-pull");
    m_documents->close();
    QFile::remove(previous);
    if (!QFile::rename(path, previous) || !QFile::rename(result->pulledPath, path)) {
        if (!QFileInfo::exists(path))
            QFile::rename(previous, path);
        QFile::remove(result->pulledPath);
        reopen(path);
        MessageBoxHook::critical(m_window, tr("Cannot Pull the Audit"),
                                 tr("The server's version could not replace %1; the file is as it was.")
                                     .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!reopen(path)) {
        QFile::remove(path);
        QFile::rename(previous, path);
        reopen(path);
        return false;
    }
    QFile::remove(previous);
    dialog->remember();
    emit statusMessage(tr("Pulled the repository's version: %n new changes.", nullptr,
                          int(result->status.serverSeq - result->status.localSeq)));
    return true;
}

} // namespace isoaudit
