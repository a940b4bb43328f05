// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>
#include <optional>

class QWidget;

namespace isoaudit {

class DocumentController;
struct RepositoryServer;
class RepositoryConnectDialog;
class TeamController;

/// File ▸ Repository (issue 18, docs/repository.md): checking an audit out of the certification body's repository,
/// pushing the open audit and pulling the server's newer version. The network work runs in a worker thread behind a
/// progress dialog with Cancel (RepositoryWork); the open audit's store is only touched on the GUI thread: a push
/// or a pull closes the audit (every edit is already committed), works on the file, and opens it again. A push
/// that has to merge shows the same conflict view as a team member's copy.
class RepositoryController : public QObject
{
    Q_OBJECT

public:
    RepositoryController(QWidget* window, DocumentController* documents, TeamController* team);

    /// Repository ▸ Open from the Repository…: connect, choose, write the audit to a file and open it.
    bool openFromRepository();
    /// Repository ▸ Push. The first push of an audit (no repository_link yet) files it under a team: the user's only
    /// team, or the one chosen in RepositoryTeamDialog when there are several; a user in no team is told that the
    /// repository's administrator must add them to one. A later push keeps the audit's team and never asks.
    bool push();
    /// Repository ▸ Pull: replaces the file with the server's version when only the server changed since they last
    /// agreed; says what to do otherwise (nothing newer; push first).
    bool pull();

signals:
    void statusMessage(const QString& message);

private:
    /// The server and password for `linkedUrl` (empty: the last used): the keychain's password, else the sign-in
    /// dialog; nullptr when the auditor cancelled.
    std::unique_ptr<RepositoryConnectDialog> signIn(const QString& linkedUrl);
    bool reopen(const QString& path);
    /// The team a first push files the audit under: the one the server already has it under (a file never linked
    /// whose audit someone pushed before), else the user's only team or the one chosen among several; nullopt when
    /// there is none to choose (said) or the auditor cancelled. `audit` names it in the question.
    std::optional<QString> chooseTeam(const RepositoryServer& target, const QString& password,
                                      const QString& auditUuid, const QString& audit);

    QWidget* m_window;
    DocumentController* m_documents;
    TeamController* m_team;
};

} // namespace isoaudit
