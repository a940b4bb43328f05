// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/RepositoryConnectDialog.h"

#include "team/PasswordKeychain.h"
#include "team/RepositoryWork.h"
#include "widgets/ThemeColors.h"
#include "domain/ValueLabels.h"
#include "workbench/WorkbenchLabels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
enum Column { Client, Lead, Type, State, Start, CheckedOut, ColumnCount };
const QString serverKey = QStringLiteral("repository/server");
const QString userKey = QStringLiteral("repository/user");
} // namespace

RepositoryConnectDialog::RepositoryConnectDialog(Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("repositoryConnectDialog"));
    setWindowTitle(purpose == Purpose::CheckOut ? tr("Open from the Repository") : tr("Sign In to the Repository"));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://db.example.org/isoaudit?sslmode=verify-full"));
    m_url->setToolTip(tr("The repository's address, as your certification body gives it; never with a password"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_user->setToolTip(tr("Your user name on the repository's server (empty: your name on this computer)"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Asked for each time unless the desktop keychain keeps it; never written to a file"));
    m_remember = new QCheckBox(tr("&Remember the password in the desktop keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheckBox"));
    m_remember->setVisible(PasswordKeychain::available());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("repositoryMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, ThemeColors::errorText(palette));
    m_message->setPalette(palette);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (purpose == Purpose::CheckOut) {
        m_connect = new QPushButton(tr("&Connect"), this);
        m_connect->setObjectName(QStringLiteral("connectButton"));
        m_connect->setToolTip(tr("Connect and list the audits you may see"));
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_connect);
        layout->addLayout(row);
        m_audits = new QTableWidget(0, ColumnCount, this);
        m_audits->setObjectName(QStringLiteral("repositoryAuditTable"));
        m_audits->setAccessibleName(tr("Audits in the repository"));
        m_audits->setHorizontalHeaderLabels(
            {tr("Client"), ValueLabels::label(ValueList::TeamRole, QStringLiteral("lead")), tr("Type"), tr("State"), tr("Start"), tr("Checked out by")});
        m_audits->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_audits->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_audits->setSelectionMode(QAbstractItemView::SingleSelection);
        m_audits->setTabKeyNavigation(false);
        m_audits->verticalHeader()->hide();
        m_audits->horizontalHeader()->setSectionResizeMode(Client, QHeaderView::Stretch);
        layout->addWidget(m_audits, 1);
        m_ok->setText(tr("C&heck Out…"));
        m_ok->setToolTip(tr("Write the chosen audit to a file on this computer for offline work, and open it"));
        connect(m_connect, &QPushButton::clicked, this, &RepositoryConnectDialog::connectAndList);
        connect(m_audits, &QTableWidget::itemSelectionChanged, this, &RepositoryConnectDialog::update);
        connect(m_audits, &QTableWidget::cellDoubleClicked, this, &RepositoryConnectDialog::accept);
        resize(820, 520);
    } else {
        m_ok->setText(tr("&Sign In"));
        resize(560, sizeHint().height());
    }
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RepositoryConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &RepositoryConnectDialog::update);

    QSettings settings;
    setServer(settings.value(serverKey).toString());
    if (m_user->text().isEmpty())
        m_user->setText(settings.value(userKey).toString());
    update();
}

void RepositoryConnectDialog::setServer(const QString& url, bool fixed)
{
    m_url->setText(url);
    m_url->setReadOnly(fixed);
    const auto parsed = RepositoryServer::parse(url);
    if (parsed && !parsed->user.isEmpty()) {
        m_user->setText(parsed->user);
        m_user->setReadOnly(fixed);
    }
    m_password->clear();
    m_remember->setChecked(false);
    if (parsed && PasswordKeychain::available()) {
        if (const auto stored = PasswordKeychain::read(parsed->toUrl())) {
            m_password->setText(*stored);
            m_remember->setChecked(true);
        }
    }
    if (!url.isEmpty())
        m_password->setFocus();
}

Result<RepositoryServer> RepositoryConnectDialog::server() const
{
    const QString url = m_url->text().trimmed();
    if (url.isEmpty())
        return Error{tr("Enter the repository's address, for example postgresql://db.example.org/isoaudit.")};
    auto parsed = RepositoryServer::parse(url);
    if (!parsed)
        return parsed;
    RepositoryServer server = parsed.value();
    if (!m_user->text().trimmed().isEmpty())
        server.user = m_user->text().trimmed();
    return server;
}

QString RepositoryConnectDialog::password() const
{
    return m_password->text();
}

void RepositoryConnectDialog::remember() const
{
    const auto chosen = server();
    if (!chosen)
        return;
    QSettings settings;
    settings.setValue(serverKey, m_url->text().trimmed());
    settings.setValue(userKey, m_user->text().trimmed());
    if (!PasswordKeychain::available())
        return;
    if (m_remember->isChecked())
        (void)PasswordKeychain::write(chosen->toUrl(), password());
    else
        (void)PasswordKeychain::remove(chosen->toUrl());
}

void RepositoryConnectDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool RepositoryConnectDialog::connectAndList()
{
    const auto chosen = server();
    if (!chosen) {
        showMessage(chosen.error());
        return false;
    }
    showMessage({});
    const RepositoryServer target = chosen.value();
    const QString secret = password();
    const auto listed = RepositoryWork::run<QList<RepositoryAudit>>(
        this, tr("Connecting to %1…").arg(target.displayName()),
        [target, secret](const RepositoryTask& task) -> Result<QList<RepositoryAudit>> {
            auto repository = Repository::connect(target, secret, task);
            if (!repository)
                return Error{repository.error()};
            return repository.value()->list();
        });
    m_list.clear();
    if (m_audits)
        m_audits->setRowCount(0);
    if (!listed) {
        showMessage(listed.error());
        update();
        return false;
    }
    m_list = listed.value();
    remember();
    if (m_audits) {
        m_audits->setRowCount(int(m_list.size()));
        for (int row = 0; row < m_list.size(); ++row) {
            const RepositoryAudit& audit = m_list.at(row);
            const QStringList texts{audit.client,
                                    audit.lead,
                                    WorkbenchLabels::label(QStringLiteral("audit_type"), audit.auditType),
                                    WorkbenchLabels::lifecycle(audit.state),
                                    QLocale().toString(audit.startDate, QLocale::ShortFormat),
                                    audit.checkedOutBy.isEmpty() ? tr("Nobody") : audit.checkedOutBy};
            for (int column = 0; column < ColumnCount; ++column)
                m_audits->setItem(row, column, new QTableWidgetItem(texts.at(column)));
        }
        if (m_list.isEmpty())
            showMessage(tr("Connected, but there is no audit you may see in this repository."));
        else
            m_audits->selectRow(0);
        m_audits->setFocus();
    }
    update();
    return true;
}

std::optional<RepositoryAudit> RepositoryConnectDialog::chosenAudit() const
{
    if (!m_audits || m_audits->selectionModel()->selectedRows().isEmpty())
        return std::nullopt;
    const int row = m_audits->selectionModel()->selectedRows().first().row();
    return row < m_list.size() ? std::optional<RepositoryAudit>(m_list.at(row)) : std::nullopt;
}

void RepositoryConnectDialog::update()
{
    if (m_purpose == Purpose::CheckOut)
        m_ok->setEnabled(chosenAudit().has_value());
    else
        m_ok->setEnabled(!m_url->text().trimmed().isEmpty());
}

void RepositoryConnectDialog::accept()
{
    const auto chosen = server();
    if (!chosen) {
        showMessage(chosen.error());
        return;
    }
    if (m_purpose == Purpose::CheckOut && !chosenAudit()) {
        showMessage(tr("Connect, then choose the audit to check out."));
        return;
    }
    QDialog::accept();
}

} // namespace isoaudit
