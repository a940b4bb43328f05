// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/testing/SamplePage.h"

#include "models/SampleItemTableModel.h"
#include "panes/testing/PopulationPage.h"
#include "panes/testing/SampleGridPanel.h"
#include "panes/testing/TestingPane.h"
#include "sampling/SampleSize.h"
#include "soc2/SampleDraw.h"
#include "widgets/ThemeColors.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

namespace isoaudit {

SamplePage::SamplePage(QWidget* parent)
    : TestingSection(parent)
    , m_sampleSummary(wrappedLabel(this))
    , m_sizeOverride(new QSpinBox(this))
    , m_sizeReason(new QLineEdit(this))
    , m_drawButton(new QPushButton(TestingPane::tr("&Draw sample"), this))
    , m_replaceButton(new QPushButton(TestingPane::tr("&Replace item…"), this))
    , m_redrawButton(new QPushButton(TestingPane::tr("Re-draw &check"), this))
    , m_redrawOutcome(wrappedLabel(this))
{
    buildLayout();
    connect(m_drawButton, &QPushButton::clicked, this, [this] {
        const int size = m_sizeOverride->value();
        report(drawSample(size > 0 ? std::optional<int>(size) : std::nullopt, m_sizeReason->text()));
    });
    connect(m_replaceButton, &QPushButton::clicked, this, &SamplePage::replaceInteractively);
    connect(m_redrawButton, &QPushButton::clicked, this, [this] { static_cast<void>(redrawCheck()); });
}

void SamplePage::setParts(const PopulationPage* populations, SampleGridPanel* grid)
{
    m_populations = populations;
    m_grid = grid;
}

void SamplePage::buildLayout()
{
    m_sampleSummary->setObjectName(QStringLiteral("testingSampleSummary"));
    m_sampleSummary->setAccessibleName(TestingPane::tr("Sample"));
    m_sizeOverride->setObjectName(QStringLiteral("testingSizeOverride"));
    m_sizeOverride->setAccessibleName(TestingPane::tr("Sample size override"));
    m_sizeOverride->setToolTip(
        TestingPane::tr("Leave at \"Firm's policy\" to draw the size the firm's sampling policy gives; "
                        "another size needs a reason"));
    m_sizeOverride->setRange(0, 100000);
    m_sizeOverride->setSpecialValueText(TestingPane::tr("Firm's policy"));
    m_sizeReason->setObjectName(QStringLiteral("testingSizeReason"));
    m_sizeReason->setAccessibleName(TestingPane::tr("Reason for the sample size"));
    m_sizeReason->setPlaceholderText(TestingPane::tr("Reason for another size"));
    m_sizeReason->setToolTip(TestingPane::tr("Why the sample differs from the firm's policy; kept with the sample"));
    m_drawButton->setObjectName(QStringLiteral("testingDrawSample"));
    m_drawButton->setAccessibleName(TestingPane::tr("Draw sample"));
    m_drawButton->setToolTip(
        TestingPane::tr("Draw the control's sample from its population with a new seed (Undo removes it)"));
    m_replaceButton->setObjectName(QStringLiteral("testingReplaceItem"));
    m_replaceButton->setAccessibleName(TestingPane::tr("Replace item"));
    m_replaceButton->setToolTip(
        TestingPane::tr("Replace the current item of the grid by one from the same month; asks for the "
                        "reason (an item with a result is not replaced)"));
    m_redrawButton->setObjectName(QStringLiteral("testingRedrawCheck"));
    m_redrawButton->setAccessibleName(TestingPane::tr("Re-draw check"));
    m_redrawButton->setToolTip(
        TestingPane::tr("Draw again from the stored population and seed, and compare with the items"));
    m_redrawOutcome->setObjectName(QStringLiteral("testingRedrawOutcome"));
    m_redrawOutcome->setAccessibleName(TestingPane::tr("Outcome of the re-draw check"));
    auto* sampleLayout = new QVBoxLayout(this);
    sampleLayout->addWidget(m_sampleSummary);
    auto* drawRow = new QHBoxLayout;
    auto* sizeLabel = new QLabel(TestingPane::tr("Si&ze:"), this);
    sizeLabel->setBuddy(m_sizeOverride);
    drawRow->addWidget(sizeLabel);
    drawRow->addWidget(m_sizeOverride);
    drawRow->addWidget(m_sizeReason, 1);
    drawRow->addWidget(m_drawButton);
    sampleLayout->addLayout(drawRow);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_replaceButton);
    checkRow->addWidget(m_redrawButton);
    checkRow->addWidget(m_redrawOutcome, 1);
    sampleLayout->addLayout(checkRow);
    sampleLayout->addStretch();
}

void SamplePage::setControl(const QString& controlUuid)
{
    TestingSection::setControl(controlUuid);
    m_redrawOutcome->clear();
    m_sizeOverride->setValue(0);
    m_sizeReason->clear();
}

void SamplePage::showSample(const Record* population)
{
    m_drawButton->setEnabled(false);
    m_replaceButton->setEnabled(false);
    m_redrawButton->setEnabled(false);
    if (control().isEmpty() || !document()) {
        m_sampleSummary->clear();
        return;
    }
    if (!population) {
        m_sampleSummary->setText(
            TestingPane::tr("Import the control's population first (Population tab): the sample is drawn "
                            "from it."));
        return;
    }
    AuditStore& store = document()->store();
    auto sample = SampleDraw::sampleOf(store, control(), population->uuid);
    const qint64 frame = population->integer(QStringLiteral("row_count")).value_or(0)
        - population->integer(QStringLiteral("out_of_period")).value_or(0);
    if (!sample) {
        m_sampleSummary->setText(
            frame <= 0 ? TestingPane::tr("The population has no occurrence in the period: the control did "
                                         "not operate, and no sample is drawn.")
                       : TestingPane::tr("No sample drawn yet from %1 (%n occurrence(s) in the period).", nullptr,
                                         int(qMin<qint64>(frame, INT_MAX)))
                             .arg(population->text(QStringLiteral("name"))));
        m_drawButton->setEnabled(frame > 0);
        return;
    }
    const QLocale locale;
    QStringList lines;
    const int size = sample->integer(QStringLiteral("size")).value_or(0);
    lines << TestingPane::tr("%1 of %2 occurrences in the period").arg(locale.toString(size), locale.toString(frame));
    const QJsonObject basisJson = QJsonDocument::fromJson(sample->text(QStringLiteral("size_basis")).toUtf8()).object();
    if (auto basis = SampleSizeResult::fromJson(basisJson)) {
        lines << TestingPane::tr("Firm's sampling policy (%1): %2").arg(basis->policyName, basis->rationale());
        if (basis->size != size)
            lines << TestingPane::tr("Size set by the auditor: %1 instead of %2. Reason: %3")
                         .arg(size)
                         .arg(basis->size)
                         .arg(sample->text(QStringLiteral("size_reason")));
    }
    const QJsonObject selection = QJsonDocument::fromJson(sample->text(QStringLiteral("selection")).toUtf8()).object();
    const int replaced = int(selection.value(QStringLiteral("replacements")).toArray().size());
    lines << TestingPane::tr("Seed %1 · method %2")
                 .arg(sample->text(QStringLiteral("seed")), sample->text(QStringLiteral("method")));
    const QDateTime drawn = QDateTime::fromString(sample->text(QStringLiteral("drawn_at")), Qt::ISODate);
    QString drawnLine = TestingPane::tr("Drawn by %1 on %2")
                            .arg(sample->text(QStringLiteral("drawn_by")),
                                 drawn.isValid() ? locale.toString(drawn.toLocalTime(), QLocale::ShortFormat)
                                                 : sample->text(QStringLiteral("drawn_at")));
    if (replaced > 0)
        drawnLine += QStringLiteral(" · ") + TestingPane::tr("%n item(s) replaced", nullptr, replaced);
    lines << drawnLine;
    m_sampleSummary->setText(lines.join(QLatin1Char('\n')));
    m_replaceButton->setEnabled(true);
    m_redrawButton->setEnabled(true);
}

Status SamplePage::drawSample(std::optional<int> size, const QString& reason, std::optional<quint64> seed)
{
    if (!document())
        return Error{TestingPane::tr("No audit is open.")};
    if (control().isEmpty())
        return Error{TestingPane::tr("Select the control to draw a sample for.")};
    const QString population = m_populations->currentPopulation();
    if (population.isEmpty())
        return Error{TestingPane::tr("Control %1 has no population to draw from: import it first.").arg(controlRef())};
    if (size && reason.trimmed().isEmpty())
        return Error{
            TestingPane::tr("A sample size other than the firm's policy needs a reason: write it beside the size.")};
    AuditStore& store = document()->store();
    SampleDrawOptions options;
    options.controlUuid = control();
    options.population = population;
    options.seed = seed;
    options.size = size;
    options.sizeReason = reason.trimmed();
    options.drawnBy = store.author();
    auto state = std::make_shared<SampleDrawOptions>(options);
    auto sampleUuid = std::make_shared<QString>();
    const Status done = document()->perform(
        TestingPane::tr("Draw sample of %1").arg(controlRef()),
        [&store, state, sampleUuid]() -> Status {
            auto drawn = SampleDraw::draw(store, *state);
            if (!drawn)
                return Error{drawn.error()};
            // Redo draws again with the same seed, so the items are the same.
            state->seed = drawn->sample.text(QStringLiteral("seed")).toULongLong();
            *sampleUuid = drawn->sample.uuid;
            return {};
        },
        [&store, sampleUuid]() -> Status {
            auto sample = store.record(RecordKind::Sample, *sampleUuid);
            if (!sample)
                return Error{sample.error()};
            return SampleDraw::remove(store, sample.value());
        });
    if (!done)
        return done;
    m_sizeOverride->setValue(0);
    m_sizeReason->clear();
    emit detailsChanged();
    m_grid->focusFirstUntested();
    emit statusMessage(
        TestingPane::tr("Drew %n item(s) for %1.", nullptr, m_grid->model()->rowCount()).arg(controlRef()));
    return {};
}

Status SamplePage::replaceItem(const QString& occurrenceId, const QString& reason)
{
    if (!document())
        return Error{TestingPane::tr("No audit is open.")};
    if (reason.trimmed().isEmpty())
        return Error{TestingPane::tr("An item is replaced only with a reason on record.")};
    AuditStore& store = document()->store();
    auto item = SampleDraw::itemOf(store, control(), occurrenceId);
    if (!item)
        return Error{item.error()};
    auto sample = store.record(RecordKind::Sample, item->parentUuid);
    if (!sample)
        return Error{sample.error()};
    struct State
    {
        Record original;
        QString selection; ///< the sample's selection before the replacement
        QString added;
    };
    auto state = std::make_shared<State>();
    state->original = item.value();
    state->selection = sample->text(QStringLiteral("selection"));
    const QString controlUuid = control();
    const QString population = sample->text(QStringLiteral("population_uuid"));
    const QString sampleUuid = sample->uuid;
    const QString why = reason.trimmed();
    const Status done = document()->perform(
        TestingPane::tr("Replace %1 in the sample of %2").arg(occurrenceId, controlRef()),
        [&store, state, controlUuid, occurrenceId, why, population]() -> Status {
            auto added = SampleDraw::replace(store, controlUuid, occurrenceId, why, population);
            if (!added)
                return Error{added.error()};
            state->added = added->uuid;
            return {};
        },
        [&store, state, sampleUuid]() -> Status {
            return store.batch([&]() -> Status {
                if (auto removed = store.remove(RecordKind::SampleItem, state->added); !removed)
                    return removed;
                if (auto back = store.insert(state->original); !back)
                    return Error{back.error()};
                return store.setField(RecordKind::Sample, sampleUuid, QStringLiteral("selection"), state->selection);
            });
        });
    if (!done)
        return done;
    m_grid->setCurrentModelRow(m_grid->model()->rowOf(state->added), SampleItemTableModel::ResultColumn);
    emit detailsChanged();
    return {};
}

void SamplePage::replaceInteractively()
{
    const int row = m_grid->currentModelRow();
    if (row < 0) {
        emit statusMessage(TestingPane::tr("Select the item to replace in the grid."));
        return;
    }
    const QString occurrence = m_grid->model()->rowRecord(row).text(QStringLiteral("occurrence_id"));
    bool ok = false;
    const QString reason
        = QInputDialog::getText(this, TestingPane::tr("Replace item"),
                                TestingPane::tr("Why is %1 replaced? (kept with the sample)").arg(occurrence),
                                QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    report(replaceItem(occurrence, reason));
}

Status SamplePage::redrawCheck()
{
    if (!document())
        return Error{TestingPane::tr("No audit is open.")};
    auto sample = SampleDraw::sampleOf(document()->store(), control(), m_populations->currentPopulation());
    Status outcome;
    if (!sample) {
        outcome = Error{sample.error()};
    } else if (auto redrawn = SampleDraw::redrawCheck(document()->store(), sample.value()); !redrawn) {
        outcome = Error{redrawn.error()};
    }
    QPalette palette = m_redrawOutcome->palette();
    if (outcome) {
        m_redrawOutcome->setText(TestingPane::tr("Re-draw check passed: seed %1 draws the same %n item(s).", nullptr,
                                                 sample->integer(QStringLiteral("size")).value_or(0))
                                     .arg(sample->text(QStringLiteral("seed"))));
        palette.setColor(QPalette::WindowText, ThemeColors::positiveBadge(palette).foreground);
    } else {
        m_redrawOutcome->setText(TestingPane::tr("Re-draw check failed: %1").arg(outcome.error()));
        palette.setColor(QPalette::WindowText, ThemeColors::errorText(palette));
    }
    m_redrawOutcome->setPalette(palette);
    return outcome;
}

} // namespace isoaudit
