// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/findings/ClassificationPanel.h"

#include "delegates/EnumLabels.h"
#include "models/FindingTableModel.h"
#include "settings/AppSettings.h"
#include "workflow/FindingClassifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QVariant spinValue(const QSpinBox* spin)
{
    return spin->value() < 0 ? QVariant() : QVariant(spin->value());
}

} // namespace

ClassificationPanel::ClassificationPanel(QWidget* parent)
    : QGroupBox(tr("Classification assistant"), parent)
    , m_nature(new QComboBox(this))
    , m_failed(new QSpinBox(this))
    , m_taken(new QSpinBox(this))
    , m_capability(new QCheckBox(tr("&Capability of the ISMS in doubt"), this))
    , m_grade(new QLabel(this))
    , m_rationale(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply suggested grade"), this))
{
    for (const QVariant& choice : EnumLabels::choices(ValueList::FindingNature, true)) {
        const QVariantList pair = choice.toList();
        m_nature->addItem(pair.value(0).toString(), pair.value(1).toString());
    }
    m_nature->setAccessibleName(tr("Nature of the nonconformity"));
    m_nature->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nature->setMinimumContentsLength(16);
    m_nature->setToolTip(tr("Is the required process missing, broken down throughout, missed once, or running "
                            "without the documented information the requirement calls for?"));
    for (QSpinBox* spin : {m_failed, m_taken}) {
        spin->setRange(-1, 1000000);
        spin->setSpecialValueText(tr("Not sampled"));
        spin->setKeyboardTracking(false); // one step per number typed, not per digit
    }
    m_failed->setAccessibleName(tr("Samples failed"));
    m_failed->setToolTip(tr("How many of the sampled items did not meet the requirement"));
    m_taken->setAccessibleName(tr("Samples taken"));
    m_taken->setToolTip(tr("How many items were sampled"));
    m_capability->setToolTip(tr("Tick when there is significant doubt that the ISMS can achieve its intended "
                                "results, i.e. that effective control is in place"));
    m_grade->setAccessibleName(tr("Suggested grade"));
    m_grade->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rationale->setWordWrap(true);
    m_rationale->setAccessibleName(tr("Rationale for the suggested grade"));
    m_rationale->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rationale->setMinimumWidth(220);
    m_apply->setToolTip(tr("Give the finding the suggested grade (a new NC reference if it was an observation)"));

    auto* samples = new QHBoxLayout;
    samples->addWidget(m_failed);
    samples->addWidget(new QLabel(tr("of"), this));
    samples->addWidget(m_taken);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Nature:"), m_nature);
    auto* samplesLabel = new QLabel(tr("Samples &failed:"), this);
    samplesLabel->setBuddy(m_failed);
    form->addRow(samplesLabel, samples);
    form->addRow(m_capability);
    form->addRow(tr("Suggested grade:"), m_grade);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_rationale);
    layout->addWidget(m_apply, 0, Qt::AlignLeft);

    connect(m_nature, &QComboBox::currentIndexChanged, this, &ClassificationPanel::saveFacts);
    connect(m_failed, &QSpinBox::valueChanged, this, &ClassificationPanel::saveFacts);
    connect(m_taken, &QSpinBox::valueChanged, this, &ClassificationPanel::saveFacts);
    connect(m_capability, &QCheckBox::toggled, this, &ClassificationPanel::saveFacts);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_suggested.isEmpty())
            emit applyGrade(m_suggested);
    });
    setEnabled(false);
}

void ClassificationPanel::setDocument(AuditDocument* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_uuid.clear();
    if (m_document) {
        connect(&m_document->store(), &AuditStore::recordChanged, this,
                [this](RecordKind kind, const QString& uuid, const QString& column) {
                    // Only the facts: reloading on every statement keystroke would reset a number being typed.
                    static const QStringList facts{"nature", "samples_failed", "samples_taken", "capability_in_doubt"};
                    if (kind == RecordKind::Finding && uuid == m_uuid && facts.contains(column))
                        load();
                });
    }
    load();
}

void ClassificationPanel::setFinding(const QString& uuid)
{
    m_uuid = uuid;
    load();
}

QString ClassificationPanel::rationale() const
{
    return m_rationale->text();
}

void ClassificationPanel::load()
{
    Record finding;
    if (m_document && !m_uuid.isEmpty()) {
        if (auto record = m_document->store().record(RecordKind::Finding, m_uuid))
            finding = record.value();
    }
    setEnabled(!finding.uuid.isEmpty() && !m_document->isReadOnly());
    m_loading = true;
    m_nature->setCurrentIndex(std::max(0, m_nature->findData(finding.text(QStringLiteral("nature")))));
    m_failed->setValue(finding.integer(QStringLiteral("samples_failed")).value_or(-1));
    m_taken->setValue(finding.integer(QStringLiteral("samples_taken")).value_or(-1));
    m_capability->setChecked(finding.flag(QStringLiteral("capability_in_doubt")));
    m_loading = false;
    showSuggestion();
}

void ClassificationPanel::showSuggestion()
{
    ClassificationFacts facts;
    facts.nature = m_nature->currentData().toString();
    if (m_failed->value() >= 0)
        facts.samplesFailed = m_failed->value();
    if (m_taken->value() >= 0)
        facts.samplesTaken = m_taken->value();
    facts.capabilityInDoubt = m_capability->isChecked();
    // The certification body's own sampling policy, if it has one (Preferences); the rationale names it as policy.
    const auto suggestion = FindingClassifier::suggest(facts, AppSettings::samplingPolicy());
    m_suggested = suggestion ? suggestion->grade : QString();
    if (suggestion) {
        const QColor colour = FindingTableModel::gradeColor(suggestion->grade);
        m_grade->setText(QStringLiteral("<span style=\"color:%1\">■</span> <b>%2</b>")
                             .arg(colour.name(), FindingTableModel::gradeLabel(suggestion->grade).toHtmlEscaped()));
        m_rationale->setText(suggestion->rationale);
    } else {
        m_grade->setText(tr("—"));
        m_rationale->setText(suggestion.error());
    }
    m_apply->setEnabled(!m_suggested.isEmpty());
}

void ClassificationPanel::saveFacts()
{
    showSuggestion();
    if (m_loading || !m_document || m_uuid.isEmpty())
        return;
    const QVariantMap facts{{"nature", m_nature->currentData().toString()},
                            {"samples_failed", spinValue(m_failed)},
                            {"samples_taken", spinValue(m_taken)},
                            {"capability_in_doubt", m_capability->isChecked()},
                            {"suggested_grade", m_suggested.isEmpty() ? QVariant() : QVariant(m_suggested)},
                            {"suggestion_rationale", m_suggested.isEmpty() ? QString() : m_rationale->text()}};
    auto current = m_document->store().record(RecordKind::Finding, m_uuid);
    if (!current)
        return;
    QVariantMap changes;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        const QVariant old = current->values.value(it.key());
        const bool oldEmpty = old.isNull() || old.toString().isEmpty();
        const bool newEmpty = it.value().isNull() || it.value().toString().isEmpty();
        if (old != it.value() && !(oldEmpty && newEmpty))
            changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        return;
    const Status done = m_document->macro(tr("Change classification facts"), [&]() -> Status {
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (auto ok = m_document->setField(RecordKind::Finding, m_uuid, it.key(), it.value()); !ok)
                return ok;
        }
        return {};
    });
    if (!done) {
        emit statusMessage(done.error());
        load();
    }
}

} // namespace isoaudit
