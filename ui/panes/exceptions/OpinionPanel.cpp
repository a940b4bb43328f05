// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/exceptions/OpinionPanel.h"

#include "delegates/EnumLabels.h"
#include "panes/exceptions/EffectCriteriaList.h"
#include "soc2/Engagement.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

bool sameChoice(const OpinionChoice& a, const OpinionChoice& b)
{
    return a.opinion == b.opinion && a.basis.trimmed() == b.basis.trimmed() && a.notMet == b.notMet;
}

QString opinionLabel(const QString& opinion)
{
    return ValueLabels::label(ValueList::Opinion, opinion);
}

} // namespace

OpinionPanel::OpinionPanel(QWidget* parent)
    : QWidget(parent)
    , m_recorded(new QLabel(this))
    , m_opinion(new QComboBox(this))
    , m_basis(new QPlainTextEdit(this))
    , m_notMet(new EffectCriteriaList(this))
    , m_candidates(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
    , m_revert(new QPushButton(tr("Re&set to recorded"), this))
    , m_record(new QPushButton(tr("Recor&d opinion"), this))
{
    m_updates = new DeferredRefresh(this, 0, [this] { refresh(); });
    m_recorded->setObjectName(QStringLiteral("recordedOpinionLabel"));
    m_recorded->setAccessibleName(tr("Recorded opinion"));
    m_recorded->setWordWrap(true);
    m_recorded->setTextFormat(Qt::RichText);
    m_recorded->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_opinion->setObjectName(QStringLiteral("opinionCombo"));
    m_opinion->setAccessibleName(tr("Opinion"));
    m_opinion->setToolTip(tr("The service auditor's opinion; the consistency messages below say what it still needs"));
    for (const QVariant& choice : EnumLabels::choices(ValueList::Opinion, true)) {
        const QVariantList pair = choice.toList();
        m_opinion->addItem(pair.value(0).toString(), pair.value(1));
    }
    m_basis->setObjectName(QStringLiteral("opinionBasisEdit"));
    m_basis->setAccessibleName(tr("Basis for the opinion"));
    m_basis->setToolTip(tr("The matter that gives rise to a qualified or adverse opinion or a disclaimer"));
    m_basis->setTabChangesFocus(true);
    m_basis->setMaximumHeight(m_basis->fontMetrics().lineSpacing() * 5 + 12);
    m_notMet->setObjectName(QStringLiteral("criteriaNotMetList"));
    m_notMet->setAccessibleName(tr("Criteria not met"));
    m_notMet->setToolTip(tr("Tick the criteria the opinion names as not met (Space ticks the current one); a warning "
                            "icon marks the criteria core proposes"));
    m_notMet->setMinimumHeight(110);
    m_candidates->setObjectName(QStringLiteral("candidatesLabel"));
    m_candidates->setAccessibleName(tr("Criteria that may not be met"));
    m_candidates->setWordWrap(true);
    m_candidates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel->setObjectName(QStringLiteral("opinionProblemsLabel"));
    m_problemsLabel->setAccessibleName(tr("Consistency of the opinion"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revert->setObjectName(QStringLiteral("resetOpinionButton"));
    m_revert->setToolTip(tr("Drop the changes and show the recorded opinion again (Alt+S)"));
    m_record->setObjectName(QStringLiteral("recordOpinionButton"));
    m_record->setToolTip(tr("Record the opinion on the engagement (Alt+D or Ctrl+Enter); Edit > Undo takes it back"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    addRow(tr("&Opinion:"), m_opinion);
    addRow(tr("&Basis:"), m_basis);
    addRow(tr("Cri&teria not met:"), m_notMet);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_recorded);
    layout->addLayout(form);
    layout->addWidget(m_candidates);
    layout->addWidget(m_problemsLabel);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_opinion, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            check();
    });
    connect(m_basis, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            check();
    });
    connect(m_notMet, &EffectCriteriaList::checkedEdited, this, [this] { check(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_data)
            loadDraft(Opinion::recorded(*m_data));
    });
    connect(m_record, &QPushButton::clicked, this, [this] {
        if (auto done = recordOpinion(); !done)
            emit statusMessage(done.error());
    });
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_record, &QPushButton::click);
    }
    refresh();
}

void OpinionPanel::setDocument(AuditDocument* document)
{
    m_document = document;
    m_subscription.followAnyChange(document ? &document->store() : nullptr, this, [this] { m_updates->schedule(); });
    m_data.reset();
    m_shownRecorded = {};
    refresh();
}

void OpinionPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_updates->shown();
}

void OpinionPanel::refresh()
{
    m_updates->done();
    m_data.reset();
    if (m_document) {
        if (auto data = EngagementData::load(m_document->store()))
            m_data = std::move(data).value();
    }
    const bool open = m_data.has_value();
    const bool writable = open && !m_document->isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{m_opinion, m_basis, m_notMet, m_revert})
        w->setEnabled(writable);
    m_notMet->setCriteria(open ? Engagement::criteriaInScope(m_data->engagement) : QList<const CatalogItem*>());
    const OpinionChoice recorded = open ? Opinion::recorded(*m_data) : OpinionChoice{};
    if (!sameChoice(recorded, m_shownRecorded) || !open)
        loadDraft(recorded);
    updateRecorded();
    updateCandidates();
    check();
}

void OpinionPanel::loadDraft(const OpinionChoice& choice)
{
    m_shownRecorded = choice;
    m_loading = true;
    m_opinion->setCurrentIndex(qMax(0, m_opinion->findData(choice.opinion)));
    if (m_basis->toPlainText() != choice.basis)
        m_basis->setPlainText(choice.basis);
    m_notMet->setChecked(choice.notMet);
    m_loading = false;
    check();
}

OpinionChoice OpinionPanel::draft() const
{
    return {m_opinion->currentData().toString(), m_basis->toPlainText().trimmed(), m_notMet->checked()};
}

void OpinionPanel::updateRecorded()
{
    if (!m_data) {
        m_recorded->setText(tr("No SOC 2 engagement open."));
        return;
    }
    const OpinionChoice recorded = Opinion::recorded(*m_data);
    if (recorded.opinion.isEmpty()) {
        m_recorded->setText(tr("No opinion recorded yet: the report says the opinion has not been formed."));
        return;
    }
    QString text = tr("Recorded opinion: <b>%1</b>").arg(opinionLabel(recorded.opinion).toHtmlEscaped());
    if (!recorded.notMet.isEmpty())
        text += QStringLiteral("<br>")
            + tr("Criteria not met: %1").arg(Opinion::joinIds(recorded.notMet).toHtmlEscaped());
    if (!recorded.basis.isEmpty())
        text += QStringLiteral("<br>") + tr("Basis: %1").arg(recorded.basis.toHtmlEscaped());
    m_recorded->setText(text);
}

void OpinionPanel::updateCandidates()
{
    QHash<QString, QString> marks;
    QStringList lines;
    if (m_data) {
        for (const NotMetCandidate& c : Opinion::candidates(*m_data)) {
            const QString line = c.weighed
                ? tr("%1 — every mapped control failed (%2); effect weighed").arg(c.criterion, c.controls.join(", "))
                : tr("%1 — every mapped control failed (%2); effect not weighed yet")
                      .arg(c.criterion, c.controls.join(", "));
            lines << line;
            marks.insert(c.criterion, tr("Proposed as possibly not met: %1").arg(line));
        }
    }
    m_notMet->setMarks(marks);
    if (!m_data)
        m_candidates->clear();
    else if (lines.isEmpty())
        m_candidates->setText(tr("Criteria that may not be met: none; no criterion has all of its controls failing."));
    else
        m_candidates->setText(tr("Criteria that may not be met (proposed, the decision is yours):") + QLatin1Char('\n')
                              + lines.join(QLatin1Char('\n')));
}

void OpinionPanel::check()
{
    m_problems.clear();
    if (!m_data) {
        m_problemsLabel->clear();
        m_problemsLabel->setStyleSheet(QString());
        m_record->setEnabled(false);
        return;
    }
    const OpinionChoice choice = draft();
    if (choice.opinion.isEmpty())
        m_problems << tr("Choose the opinion to record.");
    else
        m_problems = Opinion::problems(*m_data, choice);
    const bool recordedAlready = m_problems.isEmpty() && sameChoice(choice, Opinion::recorded(*m_data));
    QString text;
    if (!m_problems.isEmpty())
        text = QStringLiteral("• ") + m_problems.join(QStringLiteral("\n• "));
    else if (recordedAlready)
        text = tr("This is the opinion on record.");
    else
        text = tr("Consistent: the opinion can be recorded.");
    m_problemsLabel->setText(text);
    m_problemsLabel->setStyleSheet(ThemeColors::badgeStyleSheet(
        m_problems.isEmpty() ? ThemeColors::positiveBadge(palette()) : ThemeColors::warningBadge(palette()),
        QStringLiteral("border-radius: 4px; padding: 4px 8px;")));
    m_record->setEnabled(m_problems.isEmpty() && !recordedAlready && !m_document->isReadOnly());
}

Status OpinionPanel::recordOpinion()
{
    if (m_updates->isStale())
        refresh(); // weigh the draft against what the audit says now, not before the last change
    if (!m_document || !m_data)
        return Error{tr("Open a SOC 2 engagement first.")};
    const OpinionChoice choice = draft();
    if (!m_problems.isEmpty())
        return Error{m_problems.join(QLatin1Char('\n'))};
    const OpinionChoice previous = Opinion::recorded(*m_data);
    const QString uuid = m_data->engagement.uuid;
    AuditStore* store = &m_document->store();
    auto apply = [store, choice]() { return Opinion::record(*store, choice.opinion, choice.basis, choice.notMet); };
    auto revert = [store, uuid, previous]() {
        return store->batch([&]() -> Status {
            const QVariant opinion = previous.opinion.isEmpty() ? QVariant() : QVariant(previous.opinion);
            if (Status s = store->setFields(
                    RecordKind::Engagement, uuid,
                    {{QStringLiteral("opinion"), opinion}, {QStringLiteral("opinion_basis"), previous.basis}});
                !s)
                return s;
            return store->setLinks(RecordKind::Engagement, uuid, LinkKind::Criterion, previous.notMet);
        });
    };
    const QString label = opinionLabel(choice.opinion);
    const Status done = m_document->perform(tr("Record the opinion: %1").arg(label), apply, revert);
    if (done) {
        refresh();
        emit statusMessage(tr("Opinion recorded: %1. Edit > Undo takes it back.").arg(label));
    }
    return done;
}

} // namespace isoaudit
