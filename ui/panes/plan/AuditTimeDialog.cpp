// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/plan/AuditTimeDialog.h"

#include "audittime/AuditTimeText.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QComboBox* levelCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(AuditTimeDialog::tr("Not assessed"), QString());
    for (const QString& level : ValueLabels::values(ValueList::ComplexityLevel))
        combo->addItem(ValueLabels::label(ValueList::ComplexityLevel, level), level);
    return combo;
}

QDoubleSpinBox* percentBox(QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(-99.9, 500);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

} // namespace

AuditTimeDialog::AuditTimeDialog(AuditDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("auditTimeDialog"));
    setWindowTitle(tr("Audit time (ISO/IEC 27006)"));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto* inputBox = new QGroupBox(tr("Input"), this);
    auto* form = new QFormLayout(inputBox);
    m_fullTime = new QSpinBox(inputBox);
    m_fullTime->setObjectName(QStringLiteral("fullTimeSpinBox"));
    m_fullTime->setRange(0, 10000000);
    m_fullTime->setAccessibleName(tr("Full-time persons"));
    m_fullTime->setToolTip(tr("Persons doing work under the organization's control, full-time, head count"));
    m_partTime = new QDoubleSpinBox(inputBox);
    m_partTime->setObjectName(QStringLiteral("partTimeSpinBox"));
    m_partTime->setRange(0, 10000000);
    m_partTime->setDecimals(1);
    m_partTime->setAccessibleName(tr("Part-time persons in full-time equivalents"));
    m_sameWork = new QLineEdit(inputBox);
    m_sameWork->setObjectName(QStringLiteral("sameWorkLineEdit"));
    m_sameWork->setPlaceholderText(tr("e.g. 49, 30"));
    m_sameWork->setAccessibleName(tr("Groups doing the same simple work"));
    m_sameWork->setToolTip(tr("Head counts of groups doing the same simple, repetitive work, separated by commas; "
                              "they are part of the full-time persons"));
    m_business = levelCombo(inputBox);
    m_business->setObjectName(QStringLiteral("businessComplexityComboBox"));
    m_business->setAccessibleName(tr("Business complexity"));
    m_businessReason = new QLineEdit(inputBox);
    m_businessReason->setObjectName(QStringLiteral("businessReasonLineEdit"));
    m_businessReason->setAccessibleName(tr("Reason for the business complexity"));
    m_businessReason->setPlaceholderText(tr("Why this level"));
    m_it = levelCombo(inputBox);
    m_it->setObjectName(QStringLiteral("itComplexityComboBox"));
    m_it->setAccessibleName(tr("IT complexity"));
    m_itReason = new QLineEdit(inputBox);
    m_itReason->setObjectName(QStringLiteral("itReasonLineEdit"));
    m_itReason->setAccessibleName(tr("Reason for the IT complexity"));
    m_itReason->setPlaceholderText(tr("Why this level"));
    m_outsourcing = percentBox(inputBox);
    m_outsourcing->setObjectName(QStringLiteral("outsourcingSpinBox"));
    m_outsourcing->setAccessibleName(tr("Outsourcing adjustment"));
    m_outsourcingReason = new QLineEdit(inputBox);
    m_outsourcingReason->setObjectName(QStringLiteral("outsourcingReasonLineEdit"));
    m_outsourcingReason->setAccessibleName(tr("Reason for the outsourcing adjustment"));
    m_outsourcingReason->setPlaceholderText(tr("Why the adjustment"));
    m_sitesSampled = new QSpinBox(inputBox);
    m_sitesSampled->setObjectName(QStringLiteral("sitesSampledSpinBox"));
    m_sitesSampled->setRange(0, 100000);
    m_sitesSampled->setSpecialValueText(tr("Not multi-site"));
    m_sitesSampled->setAccessibleName(tr("Sites sampled"));
    m_multiSite = percentBox(inputBox);
    m_multiSite->setObjectName(QStringLiteral("multiSiteSpinBox"));
    m_multiSite->setAccessibleName(tr("Multi-site adjustment"));
    m_multiSiteReason = new QLineEdit(inputBox);
    m_multiSiteReason->setObjectName(QStringLiteral("multiSiteReasonLineEdit"));
    m_multiSiteReason->setAccessibleName(tr("Reason for the multi-site adjustment"));
    m_multiSiteReason->setPlaceholderText(tr("Why the adjustment"));
    m_type = new QComboBox(inputBox);
    m_type->setObjectName(QStringLiteral("auditTimeTypeComboBox"));
    m_type->setAccessibleName(tr("Audit type"));
    for (const QString& type : ValueLabels::values(ValueList::AuditType))
        m_type->addItem(ValueLabels::label(ValueList::AuditType, type), type);

    form->addRow(tr("&Full-time persons:"), withError(m_fullTime, QStringLiteral("fullTimePersons")));
    form->addRow(tr("&Part-time (FTE):"), withError(m_partTime, QStringLiteral("partTimeFte")));
    form->addRow(tr("Same-&work groups:"), withError(m_sameWork, QStringLiteral("sameWorkGroups")));
    form->addRow(tr("&Business complexity:"), withError(m_business, QStringLiteral("businessComplexity")));
    form->addRow(tr("Reason:"), withError(m_businessReason, QStringLiteral("businessReason")));
    form->addRow(tr("&IT complexity:"), withError(m_it, QStringLiteral("itComplexity")));
    form->addRow(tr("Reason:"), withError(m_itReason, QStringLiteral("itReason")));
    form->addRow(tr("&Outsourcing:"), withError(m_outsourcing, QStringLiteral("outsourcing")));
    form->addRow(tr("Reason:"), withError(m_outsourcingReason, QStringLiteral("outsourcingReason")));
    form->addRow(tr("&Sites sampled:"), withError(m_sitesSampled, QStringLiteral("sitesSampled")));
    form->addRow(tr("&Multi-site:"), withError(m_multiSite, QStringLiteral("multiSite")));
    form->addRow(tr("Reason:"), withError(m_multiSiteReason, QStringLiteral("multiSiteReason")));
    form->addRow(tr("Audit &type:"), withError(m_type, QStringLiteral("auditType")));
    columns->addWidget(inputBox, 1);

    auto* resultBox = new QGroupBox(tr("Result"), this);
    auto* resultLayout = new QVBoxLayout(resultBox);
    m_resultLabel = new QLabel(resultBox);
    m_resultLabel->setObjectName(QStringLiteral("auditTimeResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_resultLabel->setMinimumWidth(340);
    resultLayout->addWidget(m_resultLabel, 1);
    m_stored = new QLabel(resultBox);
    m_stored->setObjectName(QStringLiteral("auditTimeStoredLabel"));
    m_stored->setWordWrap(true);
    resultLayout->addWidget(m_stored);
    columns->addWidget(resultBox, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_store = buttons->addButton(tr("&Store in audit"), QDialogButtonBox::ActionRole);
    m_store->setObjectName(QStringLiteral("storeAuditTimeButton"));
    m_store->setToolTip(tr("Record this input and its result in the audit (undoable); the audit plan and the "
                           "report print it"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_store, &QPushButton::clicked, this, [this] {
        if (const Status done = store(); !done)
            m_stored->setText(done.error());
    });

    for (QSpinBox* box : {m_fullTime, m_sitesSampled})
        connect(box, &QSpinBox::valueChanged, this, &AuditTimeDialog::recompute);
    for (QDoubleSpinBox* box : {m_partTime, m_outsourcing, m_multiSite})
        connect(box, &QDoubleSpinBox::valueChanged, this, &AuditTimeDialog::recompute);
    for (QLineEdit* edit : {m_sameWork, m_businessReason, m_itReason, m_outsourcingReason, m_multiSiteReason})
        connect(edit, &QLineEdit::textChanged, this, &AuditTimeDialog::recompute);
    for (QComboBox* combo : {m_business, m_it, m_type})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditTimeDialog::recompute);

    // What the audit stores, or its own type to start from.
    AuditTimeInput start;
    if (m_document) {
        const auto audit = m_document->store().audit();
        if (audit) {
            start.auditType = audit->text(QStringLiteral("audit_type"));
            const QJsonObject stored
                = QJsonDocument::fromJson(audit->text(QStringLiteral("audit_time")).toUtf8()).object();
            if (stored.contains(QLatin1String("input"))) {
                if (auto read = AuditTimeInput::fromJson(stored.value(QLatin1String("input")).toObject()))
                    start = read.value();
                m_stored->setText(tr("The audit stores an audit time; shown is its input."));
            }
        }
        m_store->setEnabled(!m_document->isReadOnly());
    } else {
        m_store->setEnabled(false);
    }
    setInput(start);
    recompute();
    resize(900, 600);
}

QWidget* AuditTimeDialog::withError(QWidget* field, const QString& key)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* error = new QLabel(box);
    error->setObjectName(key + QStringLiteral("ErrorLabel"));
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, ThemeColors::errorText());
    error->setPalette(palette);
    error->hide();
    layout->addWidget(error);
    m_errors.insert(key, error);
    return box;
}

AuditTimeInput AuditTimeDialog::input() const
{
    AuditTimeInput in;
    in.fullTimePersons = m_fullTime->value();
    in.partTimeFte = m_partTime->value();
    for (const QString& part : m_sameWork->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int group = part.trimmed().toInt(&ok);
        in.sameWorkGroups.append(ok ? group : 0); // 0 is refused by problem(), naming the field
    }
    in.businessComplexity = m_business->currentData().toString();
    in.businessReason = m_businessReason->text().trimmed();
    in.itComplexity = m_it->currentData().toString();
    in.itReason = m_itReason->text().trimmed();
    in.outsourcing.percent = m_outsourcing->value();
    in.outsourcing.reason = m_outsourcingReason->text().trimmed();
    in.sitesSampled = m_sitesSampled->value();
    in.multiSite.percent = m_multiSite->value();
    in.multiSite.reason = m_multiSiteReason->text().trimmed();
    in.auditType = m_type->currentData().toString();
    return in;
}

void AuditTimeDialog::setInput(const AuditTimeInput& in)
{
    m_fullTime->setValue(in.fullTimePersons);
    m_partTime->setValue(in.partTimeFte);
    QStringList groups;
    for (int group : in.sameWorkGroups)
        groups << QString::number(group);
    m_sameWork->setText(groups.join(QStringLiteral(", ")));
    m_business->setCurrentIndex(std::max(0, m_business->findData(in.businessComplexity)));
    m_businessReason->setText(in.businessReason);
    m_it->setCurrentIndex(std::max(0, m_it->findData(in.itComplexity)));
    m_itReason->setText(in.itReason);
    m_outsourcing->setValue(in.outsourcing.percent);
    m_outsourcingReason->setText(in.outsourcing.reason);
    m_sitesSampled->setValue(in.sitesSampled);
    m_multiSite->setValue(in.multiSite.percent);
    m_multiSiteReason->setText(in.multiSite.reason);
    m_type->setCurrentIndex(std::max(0, m_type->findData(in.auditType)));
}

void AuditTimeDialog::recompute()
{
    for (QLabel* error : std::as_const(m_errors)) {
        error->clear();
        error->hide();
    }
    m_resultLabel->setPalette(palette());
    const AuditTimeInput in = input();
    m_resultLabel->setText({});
    m_result.reset();
    const auto showProblem = [this](const QString& field, const QString& message) {
        if (QLabel* error = m_errors.value(field)) {
            error->setText(message);
            error->show();
        }
        m_resultLabel->setText(tr("Not computed: %1").arg(message));
    };
    if (const auto problem = in.problem()) {
        showProblem(problem->field, problem->message);
    } else if (auto computed = AuditTime::compute(in)) {
        m_result = computed.value();
        QStringList lines = AuditTimeText::lines(*m_result);
        const AuditTimeChart& chart = AuditTimeChart::shipped();
        if (m_result->band.sources.size() == 1 && !m_result->extrapolated)
            lines << tr("Note: this band of the chart rests on one source (%1); see the user guide.")
                         .arg(chart.sourceText(m_result->band.sources.first()));
        m_resultLabel->setText(lines.join(QStringLiteral("\n\n")));
    } else {
        showProblem({}, computed.error());
    }
    m_store->setEnabled(m_result.has_value() && m_document && !m_document->isReadOnly());
}

QString AuditTimeDialog::resultText() const
{
    return m_resultLabel->text();
}

QString AuditTimeDialog::problemShown(const QString& field) const
{
    const QLabel* error = m_errors.value(field);
    return error && !error->isHidden() ? error->text() : QString();
}

Status AuditTimeDialog::store()
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    if (!m_result)
        return Error{tr("The audit time cannot be stored while its input has a problem.")};
    const auto audit = m_document->store().audit();
    if (!audit)
        return Error{audit.error()};
    const QJsonObject value{{QStringLiteral("input"), input().toJson()}, {QStringLiteral("result"), m_result->toJson()}};
    const Status done = m_document->setField(RecordKind::Audit, audit->uuid, QStringLiteral("audit_time"),
                                             QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)),
                                             tr("Store audit time"));
    if (done)
        m_stored->setText(tr("Stored in the audit."));
    return done;
}

} // namespace isoaudit
