// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/NextAuditDialog.h"

#include "cycle/NextAudit.h"
#include "domain/ValueLabels.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

/// The types NextAudit may create, in the cycle's order.
const QStringList nextTypes{s("stage2"), s("surveillance"), s("recertification"), s("special")};

QWidget* withButton(QLineEdit* edit, QPushButton* button, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

NextAuditDialog::NextAuditDialog(const AuditSnapshot& previous, const QString& previousPath, const QString& directory,
                                 QWidget* parent)
    : QDialog(parent)
    , m_previous(previous)
    , m_previousPath(previousPath)
    , m_directory(directory)
    , m_type(new QComboBox(this))
    , m_start(new QDateEdit(QDate::currentDate(), this))
    , m_end(new QDateEdit(QDate::currentDate().addDays(2), this))
    , m_lead(new QLineEdit(previous.leadName(), this))
    , m_report(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Audit from This One"));
    for (const QString& type : typesThatMayFollow(previous))
        m_type->addItem(ValueLabels::label(ValueList::AuditType, type), type);
    m_type->setAccessibleName(tr("Type of the next audit"));
    m_type->setToolTip(tr("The audits that may follow this one in the certification cycle"));
    for (QDateEdit* date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_start->setAccessibleName(tr("First day of the next audit"));
    m_end->setAccessibleName(tr("Last day of the next audit"));
    m_lead->setAccessibleName(tr("Lead auditor of the next audit"));
    m_report->setAccessibleName(tr("Signed report of this audit (optional)"));
    m_report->setPlaceholderText(tr("Optional: the signed PDF, recorded in the programme's history"));
    m_report->setToolTip(tr("The report signed for this audit; its SHA-256 must be the signed revision's"));
    m_target->setAccessibleName(tr("File of the next audit"));
    m_target->setToolTip(tr("Where the next audit is created; an existing file is never overwritten"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Why the next audit cannot be created"));
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, ThemeColors::errorText(palette));
    m_message->setPalette(palette);
    okButton()->setText(tr("&Create"));

    auto* reportButton = new QPushButton(tr("&Browse…"), this);
    reportButton->setAccessibleName(tr("Choose the signed report"));
    auto* targetButton = new QPushButton(tr("Br&owse…"), this);
    targetButton->setAccessibleName(tr("Choose the file of the next audit"));

    auto* intro = new QLabel(tr("The next audit takes the client, scope, sites, team, risk method, risk register and "
                                "Statement of Applicability from this audit as its starting point, the programme "
                                "with this audit in its history, and every nonconformity still to verify. This "
                                "audit's file is only read."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("&Lead auditor:"), m_lead);
    form->addRow(tr("Signed &report:"), withButton(m_report, reportButton, this));
    form->addRow(tr("&New file:"), withButton(m_target, targetButton, this));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());

    // The next audit the programme plans, dated from its window, else a surveillance audit when one may follow.
    QString proposed = m_type->findData(s("surveillance")) >= 0 ? s("surveillance") : QString();
    QString plannedFrom;
    for (const Record& row : previous.programmeAudits) {
        const QString due = row.text(s("due_from"));
        if (row.text(s("status")) != QLatin1String("planned") || m_type->findData(row.text(s("audit_type"))) < 0)
            continue;
        if (plannedFrom.isEmpty() || (!due.isEmpty() && due < plannedFrom)) {
            proposed = row.text(s("audit_type"));
            plannedFrom = due.isEmpty() ? s("~") : due; // "~" sorts after any date: a dated row wins
        }
    }
    if (!proposed.isEmpty())
        m_type->setCurrentIndex(m_type->findData(proposed));
    if (const QDate from = QDate::fromString(plannedFrom, Qt::ISODate); from.isValid()) {
        m_start->setDate(from);
        m_end->setDate(from.addDays(1));
    }

    connect(m_type, &QComboBox::currentIndexChanged, this, &NextAuditDialog::update);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (m_end->date() < date)
            m_end->setDate(date);
        update();
    });
    connect(m_end, &QDateEdit::dateChanged, this, &NextAuditDialog::update);
    connect(m_target, &QLineEdit::textEdited, this, [this] {
        m_targetEdited = true;
        update();
    });
    connect(reportButton, &QPushButton::clicked, this, &NextAuditDialog::chooseReport);
    connect(targetButton, &QPushButton::clicked, this, &NextAuditDialog::chooseTarget);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NextAuditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QStringList NextAuditDialog::typesThatMayFollow(const AuditSnapshot& previous)
{
    // Which types may follow does not depend on the signature: ask as if the audit were signed.
    AuditSnapshot signedCopy = previous;
    signedCopy.audit.values.insert(s("lifecycle"), s("signed"));
    QStringList types;
    for (const QString& type : nextTypes) {
        if (NextAudit::refusal(signedCopy, type).isEmpty())
            types << type;
    }
    return types;
}

QString NextAuditDialog::defaultFileName(const QString& client, const QString& type, const QDate& start)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString name = QStringLiteral("%1 %2 %3").arg(client.trimmed(), type, start.toString(Qt::ISODate));
    name.replace(unsafe, QStringLiteral("-"));
    return name.simplified() + QStringLiteral(".isoaudit");
}

QPushButton* NextAuditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NextAuditDialog::update()
{
    const QString type = m_type->currentData().toString();
    if (!m_targetEdited && !type.isEmpty()) {
        m_target->setText(QDir::toNativeSeparators(
            QDir(m_directory).filePath(defaultFileName(m_previous.audit.text(s("client")), type, m_start->date()))));
    }
    QString why = type.isEmpty() ? tr("No audit of the certification cycle may follow a %1 audit.")
                                       .arg(ValueLabels::label(ValueList::AuditType, m_previous.auditType()))
                                 : NextAudit::refusal(m_previous, type);
    if (why.isEmpty() && m_end->date() < m_start->date())
        why = tr("The audit cannot end before it starts.");
    if (why.isEmpty() && m_target->text().trimmed().isEmpty())
        why = tr("Name the file of the next audit.");
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    okButton()->setEnabled(why.isEmpty());
}

void NextAuditDialog::chooseReport()
{
    const QString start = m_report->text().isEmpty() ? QFileInfo(m_previousPath).absolutePath() : m_report->text();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Signed Report of This Audit"), start, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_report->setText(QDir::toNativeSeparators(path));
}

void NextAuditDialog::chooseTarget()
{
    QString path = QFileDialog::getSaveFileName(this, tr("File of the Next Audit"), m_target->text(),
                                                tr("IsoAudit files (*.isoaudit)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".isoaudit");
    m_targetEdited = true;
    m_target->setText(QDir::toNativeSeparators(path));
    update();
}

Status NextAuditDialog::create()
{
    const QString path = QDir::fromNativeSeparators(m_target->text().trimmed());
    if (path.isEmpty())
        return Error{tr("Name the file of the next audit.")};
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists; choose another name (an existing file is never overwritten).")
                         .arg(QDir::toNativeSeparators(path))};
    NextAuditOptions options;
    options.auditType = m_type->currentData().toString();
    options.startDate = m_start->date();
    options.endDate = m_end->date();
    options.lead = m_lead->text().trimmed();
    options.signedReport = QDir::fromNativeSeparators(m_report->text().trimmed());
    QStringList summary;
    auto created = NextAudit::create(path, m_previousPath, options, &summary);
    if (!created)
        return Error{created.error()};
    created.value().reset(); // closed, so that the window can open it for editing
    m_createdPath = QFileInfo(path).absoluteFilePath();
    m_summary = summary;
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    return {};
}

void NextAuditDialog::accept()
{
    if (const Status done = create(); !done) {
        m_message->setText(done.error());
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace isoaudit
