// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/overview/AuditSummaryPane.h"

#include "catalog/Catalog.h"
#include "document/AuditDocument.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/WorkbenchLabels.h"
#include "panes/overview/AuditStatistics.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString isoDate(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : AuditSummaryPane::tr("not set");
}
} // namespace

AuditSummaryPane::AuditSummaryPane(QWidget* parent)
    : Pane(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* note = new QLabel(tr("The audit as the report will present it. Updated as you work."), this);
    auto* save = new QPushButton(tr("&Save as HTML…"), this);
    save->setObjectName(QStringLiteral("saveSummaryButton"));
    save->setToolTip(tr("Save this summary as an HTML file"));
    bar->addWidget(note, 1);
    bar->addWidget(save);
    layout->addLayout(bar);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("summaryBrowser"));
    m_browser->setAccessibleName(tr("Audit summary"));
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser, 1);
    connect(save, &QPushButton::clicked, this, &AuditSummaryPane::saveHtml);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        // finding:<uuid> and clause:<id> links lead to the page that edits them
        if (url.scheme() == QLatin1String("finding"))
            emit navigateTo(RecordKind::Finding, url.path());
        else if (url.scheme() == QLatin1String("clause"))
            emit navigateTo(RecordKind::ClauseAssessment, url.path());
    });
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuditSummaryPane::refresh);
}

QString AuditSummaryPane::title() const
{
    return tr("Report");
}

void AuditSummaryPane::setDocument(AuditDocument* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    if (document) {
        auto schedule = [this] {
            if (isVisible())
                m_refreshTimer.start();
            else
                m_stale = true; // rendered again when shown
        };
        connect(&document->store(), &AuditStore::recordChanged, this, schedule);
        connect(&document->store(), &AuditStore::recordInserted, this, schedule);
        connect(&document->store(), &AuditStore::recordRemoved, this, schedule);
        connect(&document->store(), &AuditStore::linksChanged, this, schedule);
    }
    refresh();
}

void AuditSummaryPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    Q_UNUSED(kind);
    m_browser->scrollToAnchor(uuidOrId);
}

QString AuditSummaryPane::html() const
{
    return m_browser->toHtml();
}

void AuditSummaryPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    if (m_stale)
        refresh();
}

void AuditSummaryPane::refresh()
{
    m_refreshTimer.stop();
    m_stale = false;
    if (!m_document) {
        m_browser->clear();
        return;
    }
    const int scroll = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(render(m_document->store(), AuditStatistics::collect(m_document->store())));
    m_browser->verticalScrollBar()->setValue(scroll);
}

QString AuditSummaryPane::render(const AuditStore& store, const AuditStatistics& s)
{
    const Catalog& catalog = Catalog::iso27001();
    const Record& a = s.audit;
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Audit report summary — %1").arg(a.text("client"))));
    h += QStringLiteral("<table cellpadding='3'>");
    const auto row = [&h](const QString& label, const QString& value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Standard"), a.text("standard"));
    row(tr("Audit type"), WorkbenchLabels::label(QStringLiteral("audit_type"), a.text("audit_type")));
    row(tr("Dates"), tr("%1 – %2").arg(isoDate(a.text("start_date")), isoDate(a.text("end_date"))));
    row(tr("Report number"), a.text("report_number").isEmpty() ? tr("not set") : a.text("report_number"));
    row(tr("Lifecycle"), WorkbenchLabels::lifecycle(a.text("lifecycle")));
    QStringList sites;
    for (const Record& site : s.sites)
        sites << site.text("name");
    row(tr("Sites"), sites.join(QStringLiteral(", ")));
    QStringList team;
    for (const Record& member : s.team)
        team << tr("%1 (%2)").arg(member.text("name"),
                                  WorkbenchLabels::label(QStringLiteral("role"), member.text("role")));
    row(tr("Audit team"), team.join(QStringLiteral(", ")));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(tr("Scope")), esc(a.text("scope")).replace('\n', "<br>"));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Recommendation")));
    const QString recorded = a.text("recommendation");
    h += QStringLiteral("<p><b>%1</b></p>").arg(esc(AuditStatistics::recommendationLabel(recorded)));
    if (!a.text("recommendation_rationale").isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(a.text("recommendation_rationale")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("From the findings: %1. %2 major nonconformity(ies) without a verified corrective action; "
                         "%3 minor nonconformity(ies) without an accepted plan.")
                          .arg(AuditStatistics::recommendationLabel(s.suggestedRecommendation()))
                          .arg(s.openMajors)
                          .arg(s.minorsWithoutPlan)));

    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4'><tr>").arg(esc(tr("Findings")));
    for (const QString& grade : Enums::findingGrades)
        h += QStringLiteral("<th>%1</th>").arg(esc(WorkbenchLabels::grade(grade)));
    h += QStringLiteral("</tr><tr>");
    for (const QString& grade : Enums::findingGrades)
        h += QStringLiteral("<td align='center'>%1</td>").arg(s.findingsByGrade.value(grade));
    h += QStringLiteral("</tr></table>");
    for (const Record& f : s.findings) {
        const QString grade = f.text("grade");
        QStringList refs = f.linked(LinkKind::Clause);
        for (const QString& control : f.linked(LinkKind::Control))
            refs << tr("A.%1").arg(control);
        h += QStringLiteral("<h3><a name='%1' href='finding:%1' style='color:%2'>%3</a></h3>")
                 .arg(f.uuid, WorkbenchLabels::gradeColor(grade).name(),
                      esc(tr("%1 — %2 — %3").arg(f.text("ref"), WorkbenchLabels::grade(grade), f.text("title"))));
        h += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> %6</p>")
                 .arg(esc(tr("Requirement:")),
                      esc(refs.join(QStringLiteral(", ")) + QLatin1Char(' ') + f.text("requirement")),
                      esc(tr("Statement:")), esc(f.text("statement")), esc(tr("Objective evidence:")),
                      esc(f.text("objective_evidence")));
        const auto actions = store.records(RecordKind::CorrectiveAction, f.uuid);
        for (const Record& action : actions ? actions.value() : QList<Record>{})
            h += QStringLiteral("<p><i>%1</i></p>")
                     .arg(esc(tr("Corrective action (%1, owner %2, due %3): %4")
                                  .arg(WorkbenchLabels::label(QStringLiteral("status"), action.text("status")),
                                       action.text("owner"), isoDate(action.text("due_date")), action.text("action"))));
    }

    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'>").arg(esc(tr("Clauses 4–10")));
    const auto clauses = store.records(RecordKind::ClauseAssessment);
    for (const Record& c : clauses ? clauses.value() : QList<Record>{}) {
        const CatalogItem* item = catalog.clause(c.text("clause_id"));
        const QString verdict = c.text("verdict");
        h += QStringLiteral("<tr><td><a href='clause:%1'>%1</a></td><td>%2</td><td style='color:%3'>%4</td></tr>")
                 .arg(c.text("clause_id"), esc(item ? item->title : QString()),
                      WorkbenchLabels::verdictColor(verdict).name(), esc(WorkbenchLabels::clauseVerdict(verdict)));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(tr("Statement of Applicability")),
                  esc(tr("%1 controls applicable, %2 excluded, %3 undecided; %4 implemented.")
                          .arg(s.applicable)
                          .arg(s.excluded)
                          .arg(93 - s.applicable - s.excluded)
                          .arg(s.implemented)));
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(tr("Risk picture")),
                  esc(tr("%1 risks in the client's register; %2 above the acceptance "
                         "threshold before treatment.")
                          .arg(s.risks)
                          .arg(s.risksAboveThreshold)));
    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Persons interviewed")));
    const auto interviews = store.records(RecordKind::Interview);
    for (const Record& i : interviews ? interviews.value() : QList<Record>{})
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(i.text("role").isEmpty() ? i.text("interviewee")
                                                   : tr("%1, %2").arg(i.text("interviewee"), i.text("role"))));
    h += QStringLiteral("</ul>");
    return h;
}

void AuditSummaryPane::saveHtml()
{
    if (!m_document)
        return;
    const QString proposal = QFileInfo(m_document->path()).absolutePath() + QLatin1Char('/')
        + QFileInfo(m_document->path()).completeBaseName() + tr(" summary.html");
    const QString path
        = MessageBoxHook::saveFileName(this, tr("Save Summary"), proposal, tr("HTML files (*.html);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html().toUtf8()) < 0 || !file.commit()) {
        MessageBoxHook::critical(
            this, tr("Cannot Save Summary"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    emit statusMessage(tr("Saved the summary as %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace isoaudit
