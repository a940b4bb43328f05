// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/RepositoryTeamDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
const QString teamKey = QStringLiteral("repository/team");
} // namespace

RepositoryTeamDialog::RepositoryTeamDialog(const QStringList& teams, const QString& repository, const QString& audit,
                                           QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("repositoryTeamDialog"));
    setWindowTitle(tr("Choose the Audit's Team"));

    // Whole sentences (docs/translations.md): one with the client's name, one without.
    const QString sentence = audit.isEmpty()
        ? tr("This audit is new in the repository %1. Choose the team it is filed under: the repository shows it to "
             "that team's auditors only, and it stays in that team on every later push.")
              .arg(repository)
        : tr("The audit of %1 is new in the repository %2. Choose the team it is filed under: the repository shows "
             "it to that team's auditors only, and it stays in that team on every later push.")
              .arg(audit, repository);
    auto* explanation = new QLabel(sentence, this);
    explanation->setObjectName(QStringLiteral("teamExplanationLabel"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamComboBox"));
    m_team->addItems(teams);
    m_team->setToolTip(tr("The teams you belong to in this repository"));
    const int last = teams.indexOf(lastTeam());
    m_team->setCurrentIndex(last >= 0 ? last : 0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Team:"), m_team);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Push"));
    m_ok->setToolTip(tr("Store the audit in the repository under the chosen team"));
    m_ok->setEnabled(!teams.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_team->setFocus();
    resize(480, sizeHint().height());
}

QString RepositoryTeamDialog::team() const
{
    return m_team->currentText();
}

QString RepositoryTeamDialog::lastTeam()
{
    return QSettings().value(teamKey).toString();
}

void RepositoryTeamDialog::rememberTeam(const QString& team)
{
    QSettings().setValue(teamKey, team);
}

} // namespace isoaudit
