// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/overview/Soc2OverviewPane.h"

#include "catalog/Catalog.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "panes/overview/LifecyclePanel.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"
#include "soc2/ExceptionRollup.h"
#include "workbench/WorkbenchLabels.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QHeaderView>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
QLabel* factLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}
} // namespace

Soc2OverviewPane::Soc2OverviewPane(QWidget* parent)
    : Pane(parent)
{
    m_updates = new DeferredRefresh(this, 200, [this] { refresh(); });
    auto* scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    auto* top = new QHBoxLayout;
    top->addWidget(createFactsBox(), 3);
    m_lifecycle = new LifecyclePanel(content);
    m_lifecycle->setTitle(tr("Lifecycle and opinion"));
    m_opinion = factLabel(m_lifecycle, "opinionSummaryLabel");
    auto* opinionRow = new QHBoxLayout;
    opinionRow->addWidget(m_opinion, 1);
    auto* opinionButton = new QPushButton(tr("Exceptions && &Opinion…"), m_lifecycle);
    opinionButton->setObjectName(QStringLiteral("opinionPageButton"));
    opinionButton->setToolTip(tr("Form and record the opinion on the Exceptions & Opinion page"));
    connect(opinionButton, &QPushButton::clicked, this, [this] { emit pageRequested(QStringLiteral("exceptions")); });
    opinionRow->addWidget(opinionButton);
    m_lifecycle->contentLayout()->addLayout(opinionRow);
    top->addWidget(m_lifecycle, 2);
    layout->addLayout(top);
    layout->addWidget(createProgressBox());
    layout->addWidget(createDetailBox(), 1);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_lifecycle, &LifecyclePanel::advanceRequested, this, &Soc2OverviewPane::advanceRequested);
    connect(m_lifecycle, &LifecyclePanel::signingFinished, this, &Soc2OverviewPane::refresh);
    connect(m_lifecycle, &LifecyclePanel::ruleActivated, this, &Soc2OverviewPane::ruleActivated);
    setDocument(nullptr);
}

QString Soc2OverviewPane::title() const
{
    return tr("Overview");
}

QWidget* Soc2OverviewPane::createFactsBox()
{
    auto* box = new QGroupBox(tr("Engagement"), this);
    auto* layout = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_organization = factLabel(box, "organizationLabel");
    m_system = factLabel(box, "systemLabel");
    m_period = factLabel(box, "periodLabel");
    m_categories = factLabel(box, "categoriesLabel");
    m_firm = factLabel(box, "serviceAuditorLabel");
    m_team = factLabel(box, "teamLabel");
    m_reportNumber = factLabel(box, "reportNumberLabel");
    form->addRow(tr("Service organization:"), m_organization);
    form->addRow(tr("System:"), m_system);
    form->addRow(tr("Report:"), m_period);
    form->addRow(tr("Categories:"), m_categories);
    form->addRow(tr("Service auditor:"), m_firm);
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Report no.:"), m_reportNumber);
    layout->addLayout(form);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    auto* edit = new QPushButton(tr("&Edit on the Engagement page…"), box);
    edit->setObjectName(QStringLiteral("engagementPageButton"));
    edit->setToolTip(tr("The service organization, the system, the period, the categories, the system description, "
                        "subservice organizations and CUECs"));
    connect(edit, &QPushButton::clicked, this, [this] { emit pageRequested(QStringLiteral("engagement")); });
    row->addWidget(edit);
    layout->addLayout(row);
    layout->addStretch(1);
    setFindField(nullptr);
    return box;
}

QWidget* Soc2OverviewPane::createProgressBox()
{
    auto* box = new QGroupBox(tr("Progress"), this);
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 2);
    struct Row
    {
        const char* key;
        QString name;
        QString page;
        QString button;
        QString tip;
    };
    const QList<Row> rows{
        {"criteria", tr("Criteria addressed"), QStringLiteral("controls"), tr("&Criteria && Controls…"),
         tr("Criteria in scope that at least one control in the matrix addresses")},
        {"controls", tr("Controls tested"), QStringLiteral("testing"), tr("&Testing…"),
         tr("Controls whose tests and sample items all have a result")},
        {"items", tr("Sample items tested"), QStringLiteral("testing"), tr("Te&sting…"),
         tr("Sample items with a result, over all samples drawn")},
        {"exceptions", tr("Exceptions assessed"), QStringLiteral("exceptions"), tr("E&xceptions…"),
         tr("Controls with deviations whose nature, pattern and management's response are recorded")},
    };
    for (int i = 0; i < rows.size(); ++i) {
        const Row& r = rows.at(i);
        auto* name = new QLabel(r.name, box);
        auto* bar = new QProgressBar(box);
        bar->setObjectName(QStringLiteral("%1ProgressBar").arg(QLatin1String(r.key)));
        bar->setAccessibleName(r.name);
        bar->setToolTip(r.tip);
        bar->setTextVisible(false);
        bar->setMaximumHeight(14);
        auto* text = factLabel(box, "");
        text->setObjectName(QStringLiteral("%1ProgressLabel").arg(QLatin1String(r.key)));
        text->setToolTip(r.tip);
        auto* button = new QPushButton(r.button, box);
        button->setObjectName(QStringLiteral("%1PageButton").arg(QLatin1String(r.key)));
        button->setToolTip(r.tip);
        const QString page = r.page;
        connect(button, &QPushButton::clicked, this, [this, page] { emit pageRequested(page); });
        grid->addWidget(name, i, 0);
        grid->addWidget(bar, i, 1);
        grid->addWidget(text, i, 2);
        grid->addWidget(button, i, 3);
        m_progress.insert(QLatin1String(r.key), {text, bar});
    }
    return box;
}

QWidget* Soc2OverviewPane::createDetailBox()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto table = [row](const char* name, const QStringList& headers, const QString& accessible) {
        auto* t = new QTableWidget(0, int(headers.size()), row);
        t->setObjectName(QLatin1String(name));
        t->setAccessibleName(accessible);
        t->setHorizontalHeaderLabels(headers);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->verticalHeader()->hide();
        t->setAlternatingRowColors(true);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
        t->setMinimumHeight(160);
        return t;
    };
    auto* categories = new QGroupBox(tr("By category"), row);
    auto* categoriesLayout = new QVBoxLayout(categories);
    m_categoryTable = table("categoryTable", {tr("Category"), tr("Criteria"), tr("Addressed"), tr("Controls"),
                                              tr("With exceptions")},
                            tr("Criteria and controls by trust services category"));
    categoriesLayout->addWidget(m_categoryTable);
    auto* attention = new QGroupBox(tr("Controls that need attention"), row);
    auto* attentionLayout = new QVBoxLayout(attention);
    m_attention = table("attentionTable", {tr("Control"), tr("Title"), tr("State")},
                        tr("Controls not yet tested, with exceptions or not occurring"));
    m_attention->setToolTip(tr("Double-click or press Enter to open the control on the Testing page"));
    attentionLayout->addWidget(m_attention);
    connect(m_attention, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QString uuid = m_attention->item(item->row(), 0)->data(Qt::UserRole).toString();
        if (!uuid.isEmpty())
            emit navigateTo(RecordKind::ServiceControl, uuid);
    });
    layout->addWidget(categories, 2);
    layout->addWidget(attention, 3);
    return row;
}

QString Soc2OverviewPane::progressText(const QString& key) const
{
    const auto row = m_progress.value(key);
    return row.text ? row.text->text() : QString();
}

void Soc2OverviewPane::setDocument(AuditDocument* document)
{
    m_document = document;
    m_lifecycle->setDocument(document);
    m_subscription.followAnyChange(document ? &document->store() : nullptr, this, [this] { m_updates->schedule(); });
    setEnabled(document != nullptr);
    refresh();
}

void Soc2OverviewPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    m_updates->shown();
}

void Soc2OverviewPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    Q_UNUSED(uuidOrId);
    if (kind == RecordKind::Engagement)
        emit pageRequested(QStringLiteral("engagement"));
}

void Soc2OverviewPane::refresh()
{
    m_updates->done();
    const auto data = m_document ? EngagementData::load(m_document->store()) : Result<EngagementData>(Error{QString()});
    if (!data) {
        m_lifecycle->clear();
        for (QLabel* label : {m_organization, m_system, m_period, m_categories, m_firm, m_team, m_reportNumber,
                              m_opinion})
            label->clear();
        for (const ProgressRow& row : std::as_const(m_progress)) {
            row.text->clear();
            row.bar->setValue(0);
        }
        m_categoryTable->setRowCount(0);
        m_attention->setRowCount(0);
        if (m_document)
            m_organization->setText(data.error());
        return;
    }
    const EngagementData& d = data.value();
    const Record& e = d.engagement;
    const QString notStated = ValueLabels::notStated();
    const auto orNot = [&notStated](const QString& text) { return text.isEmpty() ? notStated : text; };
    m_organization->setText(orNot(d.audit.text(QStringLiteral("client"))));
    m_system->setText(orNot(e.text(QStringLiteral("system_name"))));
    const QString type = ValueLabels::label(ValueList::Soc2ReportType, e.text(QStringLiteral("report_type")));
    m_period->setText(d.isType2() ? tr("%1 — %2 to %3")
                                        .arg(type, longDate(Engagement::periodStart(e)),
                                             longDate(Engagement::periodEnd(e)))
                                  : tr("%1 — as of %2")
                                        .arg(type, longDate(QDate::fromString(e.text(QStringLiteral("as_of_date")),
                                                                              Qt::ISODate))));
    QStringList categories;
    for (const QString& id : Engagement::categories(e))
        categories << ValueLabels::label(ValueList::TrustCategory, id);
    m_categories->setText(categories.join(QStringLiteral(", ")));
    m_firm->setText(orNot(e.text(QStringLiteral("service_auditor"))));
    QStringList team;
    for (const Record& member : d.team) {
        const QString role = member.text(QStringLiteral("role"));
        // The lead of a SOC 2 engagement is its engagement lead, not a lead auditor of a certification body.
        team << tr("%1 (%2)").arg(member.text(QStringLiteral("name")),
                                  role == QLatin1String("lead") ? tr("engagement lead")
                                                                : WorkbenchLabels::label(QStringLiteral("role"), role));
    }
    m_team->setText(orNot(team.join(QStringLiteral(" · "))));
    m_reportNumber->setText(orNot(d.audit.text(QStringLiteral("report_number"))));

    const QString opinion = e.text(QStringLiteral("opinion"));
    QString opinionText = tr("Opinion: %1").arg(ValueLabels::label(ValueList::Opinion, opinion));
    if (const QStringList notMet = d.criteriaNotMet(); !notMet.isEmpty())
        opinionText += QLatin1Char('\n') + tr("Criteria not met: %1").arg(notMet.join(QStringLiteral(", ")));
    m_opinion->setText(opinionText);
    m_lifecycle->setSnapshot(LifecycleRules::evaluate(m_document->store()), true);

    const auto setRow = [this](const char* key, int done, int total, const QString& text) {
        const ProgressRow row = m_progress.value(QLatin1String(key));
        row.bar->setRange(0, std::max(total, 1));
        row.bar->setValue(total == 0 ? 0 : done);
        row.text->setText(text);
    };
    const int criteria = int(Engagement::criteriaInScope(e).size());
    const QStringList unaddressed = d.unaddressedCriteria();
    QString criteriaText = tr("%1 of %2").arg(criteria - unaddressed.size()).arg(criteria);
    if (!unaddressed.isEmpty()) {
        const QStringList first = unaddressed.mid(0, 6);
        criteriaText += QStringLiteral(" — ")
                        + tr("without a control: %1%2")
                              .arg(first.join(QStringLiteral(", ")),
                                   unaddressed.size() > first.size() ? QStringLiteral(", …") : QString());
    }
    setRow("criteria", criteria - int(unaddressed.size()), criteria, criteriaText);

    int tested = 0;
    int withExceptions = 0;
    int notOccurring = 0;
    int sampled = 0;
    int withResult = 0;
    QHash<QString, ControlResult::State> states;
    m_attention->setRowCount(0);
    const auto cell = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(text);
        return item;
    };
    for (const Record& control : d.controls) {
        const ControlResult result = d.resultOf(control);
        states.insert(control.uuid, result.state);
        if (result.state != ControlResult::State::NoExceptions) {
            const int row = m_attention->rowCount();
            m_attention->insertRow(row);
            auto* ref = cell(control.text(QStringLiteral("ref")));
            ref->setData(Qt::UserRole, control.uuid);
            m_attention->setItem(row, 0, ref);
            m_attention->setItem(row, 1, cell(control.text(QStringLiteral("title"))));
            // The state in the workbench's words, with the counts behind it where there are some.
            QString state = ControlResult::label(result.state);
            if (result.state == ControlResult::State::Exceptions)
                state = tr("%1 (%2 of %3)").arg(state).arg(result.deviations).arg(result.sampled);
            else if (result.state == ControlResult::State::NotTested && result.sampled > 0)
                state = tr("%1 (%2 of %3 items with a result)").arg(state).arg(result.withResult).arg(result.sampled);
            m_attention->setItem(row, 2, cell(state));
        }
        tested += result.state != ControlResult::State::NotTested;
        withExceptions += result.state == ControlResult::State::Exceptions;
        notOccurring += result.state == ControlResult::State::NotOccurring;
        sampled += result.sampled;
        withResult += result.withResult;
    }
    const int controls = int(d.controls.size());
    // Per category in scope: its criteria, how many a control addresses, the controls mapped, those with exceptions.
    const QStringList scopeCategories = Engagement::categories(e);
    m_categoryTable->setRowCount(int(scopeCategories.size()));
    const QList<const CatalogItem*> inScope = Engagement::criteriaInScope(e);
    for (int i = 0; i < scopeCategories.size(); ++i) {
        const QString category = scopeCategories.at(i);
        int total = 0;
        int addressed = 0;
        QSet<QString> mapped;
        QSet<QString> failing;
        for (const CatalogItem* criterion : inScope) {
            if (Engagement::categoryOf(criterion->id) != category)
                continue;
            ++total;
            const QList<const Record*> controlsFor = d.controlsFor(criterion->id);
            addressed += controlsFor.isEmpty() ? 0 : 1;
            for (const Record* control : controlsFor) {
                mapped.insert(control->uuid);
                if (states.value(control->uuid) == ControlResult::State::Exceptions)
                    failing.insert(control->uuid);
            }
        }
        m_categoryTable->setItem(i, 0, cell(ValueLabels::label(ValueList::TrustCategory, category)));
        const auto number = [&cell](qsizetype n) {
            QTableWidgetItem* item = cell(QString::number(n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_categoryTable->setItem(i, 1, number(total));
        m_categoryTable->setItem(i, 2, number(addressed));
        m_categoryTable->setItem(i, 3, number(mapped.size()));
        m_categoryTable->setItem(i, 4, number(failing.size()));
    }
    QString controlsText = tr("%1 of %2").arg(tested).arg(controls);
    if (withExceptions > 0 || notOccurring > 0)
        controlsText += QStringLiteral(" — ") + tr("with exceptions: %1, not occurring: %2").arg(withExceptions).arg(notOccurring);
    setRow("controls", tested, controls, controlsText);
    setRow("items", withResult, sampled,
           sampled == 0 ? tr("No sample drawn yet") : tr("%1 of %2 (%3 to test)").arg(withResult).arg(sampled).arg(sampled - withResult));

    int deviating = 0;
    int assessed = 0;
    for (const Record& exception : d.exceptions) {
        if (exception.integer(QStringLiteral("deviations")).value_or(0) <= 0)
            continue;
        ++deviating;
        assessed += ExceptionRollup::missingAssessment(exception).isEmpty();
    }
    setRow("exceptions", assessed, deviating,
           deviating == 0 ? tr("No deviations recorded") : tr("%1 of %2 controls with deviations").arg(assessed).arg(deviating));
}

} // namespace isoaudit
