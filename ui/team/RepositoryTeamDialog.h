// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace isoaudit {

/// The first push of an audit (File ▸ Repository ▸ Push, the file not yet in a repository) by a user in more than one
/// team: which team the audit is filed under. The repository shows an audit to its team's auditors only (row-level
/// security), so this is asked, never guessed — as `isoaudit-cli repo push --team NAME` asks for it. The team used
/// last (the settings' repository/team) is offered first. A later push keeps the audit's team and never asks.
class RepositoryTeamDialog : public QDialog
{
    Q_OBJECT

public:
    /// `teams`: the user's teams (Repository::teams), `repository`: its display name, `audit`: the client's name.
    RepositoryTeamDialog(const QStringList& teams, const QString& repository, const QString& audit,
                         QWidget* parent = nullptr);

    QString team() const;

    /// The team of the last first push from this computer ("" = none yet).
    static QString lastTeam();
    static void rememberTeam(const QString& team);

    QComboBox* teamCombo() const { return m_team; }
    QPushButton* okButton() const { return m_ok; }

private:
    QComboBox* m_team = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace isoaudit
