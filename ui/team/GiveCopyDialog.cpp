// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/GiveCopyDialog.h"

#include "merge/TeamMerge.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace isoaudit {

GiveCopyDialog::GiveCopyDialog(AuditStore& store, std::function<QString(const QString&)> chooseFile, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_chooseFile(std::move(chooseFile))
{
    setObjectName(QStringLiteral("giveCopyDialog"));
    setWindowTitle(tr("Give a Copy to a Team Member"));
    auto* intro = new QLabel(tr("The team member works on the copy offline; File ▸ Merge a Team Member's Copy… "
                                "brings their changes back, as often as you like."),
                             this);
    intro->setWordWrap(true);

    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("memberComboBox"));
    m_member->setEditable(true);
    m_member->setInsertPolicy(QComboBox::NoInsert);
    m_member->setToolTip(tr("The audit's team members are offered; you may type another name"));
    // Team members other than the lead first: the lead keeps the audit itself.
    const QList<Record> members = m_store.records(RecordKind::TeamMember).value();
    QStringList names;
    for (const Record& member : members) {
        if (member.text(QStringLiteral("role")) != QLatin1String("lead"))
            names << member.text(QStringLiteral("name"));
    }
    for (const Record& member : members) {
        if (member.text(QStringLiteral("role")) == QLatin1String("lead"))
            names << member.text(QStringLiteral("name"));
    }
    names.removeAll(QString());
    m_member->addItems(names);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("copyPathLineEdit"));
    m_path->setToolTip(tr("Where the copy is written; an existing file is never overwritten"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setToolTip(tr("Choose where to write the copy"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("giveCopyMessageLabel"));
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, ThemeColors::errorText(palette));
    m_message->setPalette(palette);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Give Copy"));
    m_ok->setObjectName(QStringLiteral("okButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Team member:"), m_member);
    form->addRow(tr("&Save the copy as:"), pathRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(pathRow)))
        label->setBuddy(m_path);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());

    connect(buttons, &QDialogButtonBox::accepted, this, &GiveCopyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_member, &QComboBox::currentTextChanged, this, &GiveCopyDialog::memberChanged);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        update();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = m_chooseFile ? m_chooseFile(copyPath()) : QString();
        if (chosen.isEmpty())
            return;
        m_path->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + QStringLiteral(".isoaudit") : chosen);
        m_pathEdited = true;
        update();
    });
    memberChanged();
}

QString GiveCopyDialog::defaultCopyPath(const QString& auditPath, const QString& member)
{
    const QFileInfo audit(auditPath);
    // A name a file system takes: no path separators or characters Windows refuses.
    QString safe = member.trimmed();
    safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return audit.dir().filePath(QStringLiteral("%1 – %2.isoaudit").arg(audit.completeBaseName(), safe));
}

QString GiveCopyDialog::member() const
{
    return m_member->currentText().trimmed();
}

QString GiveCopyDialog::copyPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void GiveCopyDialog::memberChanged()
{
    if (!m_pathEdited)
        m_path->setText(
            QDir::toNativeSeparators(member().isEmpty() ? QString() : defaultCopyPath(m_store.path(), member())));
    update();
}

void GiveCopyDialog::update()
{
    m_message->hide();
    m_ok->setEnabled(!member().isEmpty() && !copyPath().isEmpty());
}

Status GiveCopyDialog::give()
{
    if (member().isEmpty())
        return Error{tr("Name the team member the copy is for.")};
    if (copyPath().isEmpty())
        return Error{tr("Choose where to write the copy.")};
    if (QFileInfo(copyPath()).absoluteFilePath() == QFileInfo(m_store.path()).absoluteFilePath())
        return Error{tr("The copy cannot replace the audit itself.")};
    if (QFileInfo::exists(copyPath()))
        return Error{tr("%1 already exists. Choose another name: a copy never overwrites a file.")
                         .arg(QDir::toNativeSeparators(copyPath()))};
    const auto forked = TeamCopies::fork(m_store, copyPath(), member());
    if (!forked)
        return Error{forked.error()};
    return {};
}

void GiveCopyDialog::accept()
{
    if (const Status done = give(); !done) {
        m_message->setText(done.error());
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace isoaudit
