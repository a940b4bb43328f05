// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/risks/RiskChecksPanel.h"

#include "document/AuditDocument.h"
#include "models/RiskTableModel.h"
#include "workflow/AuditSnapshot.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace isoaudit {

RiskChecksPanel::RiskChecksPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_raiseButton(new QPushButton(tr("&Raise finding"), this))
    , m_dismissButton(new QPushButton(tr("D&ismiss…"), this))
    , m_updates(new DeferredRefresh(this, 300, [this] { refresh(); })) // a burst of edits: the checks once
{
    setObjectName(QStringLiteral("riskChecksPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("checksHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_list->setObjectName(QStringLiteral("checksListWidget"));
    m_list->setAccessibleName(tr("Cross-check results for the selected risk"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    m_raiseButton->setObjectName(QStringLiteral("raiseFindingButton"));
    m_raiseButton->setToolTip(tr("Create a finding from this result, with the suggested grade and evidence"));
    m_dismissButton->setObjectName(QStringLiteral("dismissCheckButton"));
    m_dismissButton->setToolTip(tr("Record why this result is not a finding; the reason is kept with the audit"));
    buttons->addWidget(m_raiseButton);
    buttons->addWidget(m_dismissButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &RiskChecksPanel::updateButtons);
    connect(m_raiseButton, &QPushButton::clicked, this, &RiskChecksPanel::raiseCurrent);
    connect(m_dismissButton, &QPushButton::clicked, this, &RiskChecksPanel::dismissCurrent);
    rebuildList();
}

void RiskChecksPanel::setDocument(AuditDocument* document)
{
    m_document = document;
    m_results.clear();
    m_riskUuid.clear();
    m_subscription.followAnyChange(document ? &document->store() : nullptr, this, [this] { m_updates->schedule(); });
    if (m_document) {
        refresh();
    } else {
        m_updates->done();
        emit messagesChanged({});
        rebuildList();
    }
}

void RiskChecksPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_updates->shown();
}

void RiskChecksPanel::refresh()
{
    m_updates->done();
    m_results.clear();
    QHash<QString, QStringList> open;
    if (m_document) {
        auto results = runChecks();
        if (results) {
            for (const CrossCheckResult& r : results.value()) {
                for (const QString& riskUuid : r.riskUuids) {
                    m_results[riskUuid].append(r);
                    if (r.state == CrossCheckResult::State::Open)
                        open[riskUuid].append(r.message);
                }
            }
        } else {
            emit statusMessage(results.error());
        }
    }
    emit messagesChanged(open);
    rebuildList();
}

Result<QList<CrossCheckResult>> RiskChecksPanel::runChecks() const
{
    if (!m_register)
        return CrossChecks::run(m_document->store());
    // The risk checks need the risks (held by the register), the method, the SoA and what was raised or dismissed;
    // everything else in the audit is left out of this snapshot.
    const AuditStore& store = m_document->store();
    AuditSnapshot snapshot;
    auto audit = store.audit();
    if (!audit)
        return Error{audit.error()};
    snapshot.audit = audit.value();
    if (auto method = store.riskMethod())
        snapshot.riskMethod = method.value();
    const QList<QPair<RecordKind, QList<Record>*>> lists = {{RecordKind::SoaEntry, &snapshot.soa},
                                                            {RecordKind::Finding, &snapshot.findings},
                                                            {RecordKind::CrosscheckDismissal, &snapshot.dismissals}};
    for (const auto& [kind, list] : lists) {
        auto rows = store.records(kind);
        if (!rows)
            return Error{rows.error()};
        *list = rows.value();
    }
    snapshot.risks = m_register->records();
    return CrossChecks::run(snapshot);
}

void RiskChecksPanel::setRisk(const QString& riskUuid, const QString& riskRef)
{
    m_riskUuid = riskUuid;
    m_riskRef = riskRef;
    rebuildList();
}

void RiskChecksPanel::rebuildList()
{
    const QString previousKey = currentResult() ? currentResult()->key : QString();
    m_list->clear();
    if (m_riskUuid.isEmpty()) {
        m_heading->setText(tr("Cross-checks"));
        m_list->addItem(tr("Select a risk to see the cross-checks that concern it."));
        m_list->item(0)->setFlags(Qt::NoItemFlags);
        updateButtons();
        return;
    }
    const QList<CrossCheckResult> results = m_results.value(m_riskUuid);
    m_heading->setText(tr("Cross-checks for %1").arg(m_riskRef));
    if (results.isEmpty()) {
        m_list->addItem(tr("No cross-check concerns %1.").arg(m_riskRef));
        m_list->item(0)->setFlags(Qt::NoItemFlags);
    }
    QStyle* style = QApplication::style();
    for (const CrossCheckResult& r : results) {
        QString text = QStringLiteral("%1 (%2)\n%3").arg(r.title, r.clause, r.message);
        QIcon icon;
        switch (r.state) {
        case CrossCheckResult::State::Open:
            text += QLatin1Char('\n') + tr("Suggested grade: %1").arg(r.suggestedGrade);
            icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
            break;
        case CrossCheckResult::State::Raised:
            text += QLatin1Char('\n') + tr("Raised as finding %1.").arg(r.findingRef);
            icon = style->standardIcon(QStyle::SP_DialogApplyButton);
            break;
        case CrossCheckResult::State::Dismissed:
            text += QLatin1Char('\n') + tr("Dismissed: %1").arg(r.dismissalReason);
            icon = style->standardIcon(QStyle::SP_DialogCancelButton);
            break;
        }
        auto* item = new QListWidgetItem(icon, text, m_list);
        item->setData(Qt::UserRole, r.key);
        item->setToolTip(r.rationale.isEmpty() ? r.message : r.message + QLatin1Char('\n') + r.rationale);
        if (r.key == previousKey)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && !results.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
}

const CrossCheckResult* RiskChecksPanel::currentResult() const
{
    const QListWidgetItem* item = m_list ? m_list->currentItem() : nullptr;
    if (!item)
        return nullptr;
    const QString key = item->data(Qt::UserRole).toString();
    auto it = m_results.constFind(m_riskUuid);
    if (key.isEmpty() || it == m_results.cend())
        return nullptr;
    for (const CrossCheckResult& r : it.value()) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

void RiskChecksPanel::updateButtons()
{
    const CrossCheckResult* r = currentResult();
    const bool open = r && r->state == CrossCheckResult::State::Open && m_document && !m_document->isReadOnly();
    m_raiseButton->setEnabled(open);
    m_dismissButton->setEnabled(open);
}

QString RiskChecksPanel::nextFindingRef(const QString& grade) const
{
    // The same numbering as the workflow's own raise: NC-01 for nonconformities, OFI-01, OBS-01.
    const QString prefix = grade == QLatin1String("major") || grade == QLatin1String("minor") ? QStringLiteral("NC-")
        : grade == QLatin1String("ofi")                                                       ? QStringLiteral("OFI-")
                                                                                              : QStringLiteral("OBS-");
    const QRegularExpression pattern(QStringLiteral("^%1(\\d+)$").arg(QRegularExpression::escape(prefix)));
    int highest = 0;
    if (auto findings = m_document->store().records(RecordKind::Finding)) {
        for (const Record& f : findings.value()) {
            const auto match = pattern.match(f.text(QStringLiteral("ref")));
            if (match.hasMatch())
                highest = qMax(highest, match.captured(1).toInt());
        }
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

QString RiskChecksPanel::auditorName() const
{
    if (auto team = m_document->store().records(RecordKind::TeamMember)) {
        for (const Record& member : team.value()) {
            if (member.text(QStringLiteral("role")) == QLatin1String("lead"))
                return member.text(QStringLiteral("name"));
        }
    }
    return {};
}

Result<QString> RiskChecksPanel::raise(const QString& key)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    if (m_updates->isDue())
        refresh(); // raise what the audit says now, not what it said before the last edit
    const CrossCheckResult* found = nullptr;
    for (const auto& results : std::as_const(m_results)) {
        for (const CrossCheckResult& r : results) {
            if (r.key == key)
                found = &r;
        }
    }
    if (!found || found->state != CrossCheckResult::State::Open)
        return Error{tr("The cross-check result %1 is no longer open.").arg(key)};
    const CrossCheckResult r = *found;
    QStringList requirement{r.clause};
    for (const QString& control : r.controls)
        requirement << QStringLiteral("A.") + control;
    Record finding{RecordKind::Finding, {}, {}, {}, {}};
    finding.values = {{"ref", nextFindingRef(r.suggestedGrade)},
                      {"grade", r.suggestedGrade},
                      {"title", r.title},
                      {"requirement", requirement.join(QStringLiteral("; "))},
                      {"statement", r.message},
                      {"objective_evidence", r.evidence},
                      {"raised_on", QDate::currentDate().toString(Qt::ISODate)},
                      {"raised_by", auditorName()},
                      {"suggested_grade", r.suggestedGrade},
                      {"suggestion_rationale", r.rationale},
                      {"crosscheck_key", r.key}};
    finding.links = {{LinkKind::Clause, r.clauses}, {LinkKind::Control, r.controls}, {LinkKind::Risk, r.riskUuids}};
    auto inserted = m_document->insertRecord(
        finding, tr("Raise finding %1").arg(finding.values.value(QStringLiteral("ref")).toString()));
    if (inserted)
        refresh();
    return inserted;
}

Status RiskChecksPanel::dismiss(const QString& key, const QString& reason)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    if (reason.trimmed().isEmpty())
        return Error{tr("Dismissing a cross-check result needs a reason, which is kept with the audit.")};
    Record dismissal{RecordKind::CrosscheckDismissal, {}, {}, {}, {}};
    dismissal.values = {{"check_key", key},
                        {"reason", reason.trimmed()},
                        {"dismissed_by", auditorName()},
                        {"dismissed_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    auto inserted = m_document->insertRecord(dismissal, tr("Dismiss cross-check %1").arg(key));
    if (!inserted)
        return Error{inserted.error()};
    refresh();
    return {};
}

void RiskChecksPanel::raiseCurrent()
{
    const CrossCheckResult* r = currentResult();
    if (!r)
        return;
    auto raised = raise(r->key);
    if (!raised) {
        QMessageBox::warning(this, tr("Raise finding"), raised.error());
        return;
    }
    emit statusMessage(tr("Finding raised from the cross-check; see Findings."));
    emit findingRaised(raised.value());
}

void RiskChecksPanel::dismissCurrent()
{
    const CrossCheckResult* r = currentResult();
    if (!r)
        return;
    const QString key = r->key;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Dismiss cross-check"),
        tr("%1\n\nWhy is this not a finding? The reason is kept with the audit and shown in the report.")
            .arg(r->message),
        QString(), &ok);
    if (!ok)
        return;
    if (auto done = dismiss(key, reason); !done)
        QMessageBox::warning(this, tr("Dismiss cross-check"), done.error());
    else
        emit statusMessage(tr("Cross-check result dismissed."));
}

} // namespace isoaudit
