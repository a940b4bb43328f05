// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/exceptions/ExceptionEditor.h"

#include "delegates/EnumLabels.h"
#include "models/ControlExceptionTableModel.h"
#include "panes/exceptions/EffectCriteriaList.h"
#include "soc2/Engagement.h"
#include "soc2/ExceptionRollup.h"
#include "widgets/FieldTextEdit.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

const QString patternField = QStringLiteral("pattern");

/// The package name ExceptionRollup::missingAssessment and the table's words use for a column.
QString packageName(const QString& column)
{
    const FieldInfo* field = RecordKinds::info(RecordKind::ControlException).field(column);
    return field ? field->jsonName : column;
}

} // namespace

ExceptionEditor::ExceptionEditor(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_nature(new FieldTextEdit(this))
    , m_cause(new FieldTextEdit(this))
    , m_pattern(new QComboBox(this))
    , m_response(new FieldTextEdit(this))
    , m_compensating(new FieldTextEdit(this))
    , m_effect(new FieldTextEdit(this))
    , m_criteria(new EffectCriteriaList(this))
    , m_openControl(new QPushButton(tr("Open &control"), this))
    , m_remove(new QPushButton(tr("Remo&ve exception"), this))
{
    m_heading->setObjectName(QStringLiteral("exceptionHeadingLabel"));
    m_heading->setAccessibleName(tr("Exception of the control"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing->setObjectName(QStringLiteral("assessmentMissingLabel"));
    m_missing->setAccessibleName(tr("What the assessment still lacks"));
    m_missing->setWordWrap(true);
    m_nature->setObjectName(QStringLiteral("natureEdit"));
    m_nature->setAccessibleName(tr("Nature of the exception"));
    m_nature->setToolTip(tr("What went wrong in the deviating items (required)"));
    m_cause->setObjectName(QStringLiteral("causeEdit"));
    m_cause->setAccessibleName(tr("Cause of the exception"));
    m_cause->setToolTip(tr("Why it went wrong, as far as known"));
    m_pattern->setObjectName(QStringLiteral("patternCombo"));
    m_pattern->setAccessibleName(tr("Pattern of the deviations"));
    m_pattern->setToolTip(tr("Isolated or systematic (required); systematic exceptions put the control's criteria "
                             "in doubt"));
    for (const QVariant& choice : EnumLabels::choices(ValueList::DeviationPattern, true)) {
        const QVariantList pair = choice.toList();
        m_pattern->addItem(pair.value(0).toString(), pair.value(1));
    }
    m_response->setObjectName(QStringLiteral("managementResponseEdit"));
    m_response->setAccessibleName(tr("Management's response"));
    m_response->setToolTip(tr("Management's response in its own words (required); the report prints it in Section V, "
                              "not covered by the opinion"));
    m_compensating->setObjectName(QStringLiteral("compensatingControlsEdit"));
    m_compensating->setAccessibleName(tr("Compensating controls"));
    m_compensating->setToolTip(tr("Controls that reduce the effect of the deviations, if any"));
    m_effect->setObjectName(QStringLiteral("effectEdit"));
    m_effect->setAccessibleName(tr("Effect on the criteria"));
    m_effect->setToolTip(tr("How the deviations affect the criteria; stating it weighs a systematic exception for "
                            "the opinion"));
    m_criteria->setObjectName(QStringLiteral("effectCriteriaList"));
    m_criteria->setAccessibleName(tr("Criteria the effect concerns"));
    m_criteria->setToolTip(tr("Tick the criteria the exception affects (Space ticks the current one)"));
    m_criteria->setMinimumHeight(110);
    m_openControl->setObjectName(QStringLiteral("openControlButton"));
    m_openControl->setToolTip(tr("Show the control and its sample on the Testing page (Alt+C)"));
    m_remove->setObjectName(QStringLiteral("removeExceptionButton"));
    m_remove->setToolTip(tr("Remove this exception record; only when its control counts no deviation any more "
                            "(Alt+V; Edit > Undo brings it back)"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    addRow(tr("&Nature:"), m_nature);
    addRow(tr("C&ause:"), m_cause);
    addRow(tr("&Pattern:"), m_pattern);
    addRow(tr("Management's &response:"), m_response);
    addRow(tr("Co&mpensating controls:"), m_compensating);
    addRow(tr("&Effect on the criteria:"), m_effect);
    addRow(tr("Criteria a&ffected:"), m_criteria);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openControl);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_missing);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();

    const QList<QPair<FieldTextEdit*, QString>> texts{{m_nature, QStringLiteral("nature")},
                                                      {m_cause, QStringLiteral("cause")},
                                                      {m_response, QStringLiteral("management_response")},
                                                      {m_compensating, QStringLiteral("compensating_controls")},
                                                      {m_effect, QStringLiteral("effect")}};
    for (const auto& [edit, column] : texts) {
        const QString field = column;
        connect(edit, &FieldTextEdit::edited, this, [this, field](const QString& text) {
            save(field, text, ControlExceptionTableModel::missingText({packageName(field)}));
        });
    }
    connect(m_pattern, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            save(patternField, m_pattern->currentData(), ControlExceptionTableModel::missingText({patternField}));
    });
    connect(m_criteria, &EffectCriteriaList::checkedEdited, this, &ExceptionEditor::saveCriteria);
    connect(m_openControl, &QPushButton::clicked, this, [this] {
        const Record exception = current();
        if (!exception.parentUuid.isEmpty())
            emit navigateTo(RecordKind::ServiceControl, exception.parentUuid);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto done = removeException(); !done)
            emit statusMessage(done.error());
    });
    load();
}

ExceptionEditor::~ExceptionEditor()
{
    flush();
}

void ExceptionEditor::setDocument(AuditDocument* document)
{
    flush();
    m_document = document;
    m_uuid.clear();
    StoreSubscription::Handlers handlers;
    handlers.changed = [this](RecordKind kind, const QString& uuid, const QString& column) {
        if (kind == RecordKind::ControlException && uuid == m_uuid)
            loadField(column);
        else if (kind == RecordKind::ServiceControl
                 || (kind == RecordKind::Engagement && column == QLatin1String("categories")))
            load();
    };
    handlers.linksChanged = [this](RecordKind kind, const QString& uuid) {
        if (kind == RecordKind::ControlException && uuid == m_uuid)
            loadCriteria();
    };
    handlers.removed = [this](RecordKind kind, const QString& uuid) {
        if (kind == RecordKind::ControlException && uuid == m_uuid) {
            m_uuid.clear();
            load();
        }
    };
    m_subscription.follow(document ? &document->store() : nullptr, this, handlers);
    load();
}

void ExceptionEditor::setException(const QString& uuid)
{
    if (uuid == m_uuid)
        return;
    flush();
    m_uuid = uuid;
    load();
}

void ExceptionEditor::flush()
{
    if (!m_document || m_uuid.isEmpty())
        return;
    for (FieldTextEdit* edit : {m_nature, m_cause, m_response, m_compensating, m_effect})
        edit->flush();
}

Record ExceptionEditor::current() const
{
    if (!m_document || m_uuid.isEmpty())
        return {};
    auto record = m_document->store().record(RecordKind::ControlException, m_uuid);
    return record ? record.value() : Record{};
}

QString ExceptionEditor::controlRef() const
{
    const Record exception = current();
    if (exception.parentUuid.isEmpty())
        return {};
    auto control = m_document->store().record(RecordKind::ServiceControl, exception.parentUuid);
    return control ? control->text(QStringLiteral("ref")) : QString();
}

void ExceptionEditor::load()
{
    const Record exception = current();
    const bool shown = !exception.uuid.isEmpty();
    const bool writable = shown && !m_document->isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{m_nature, m_cause, m_pattern, m_response, m_compensating,
                                                      m_effect, m_criteria, m_remove})
        w->setEnabled(writable);
    m_openControl->setEnabled(shown);
    if (!shown) {
        m_heading->setText(m_document ? tr("Select an exception in the table to assess it.")
                                      : tr("No engagement open."));
        for (FieldTextEdit* edit : {m_nature, m_cause, m_response, m_compensating, m_effect})
            edit->setValue({});
        m_loading = true;
        m_pattern->setCurrentIndex(0);
        m_loading = false;
        m_criteria->setCriteria({});
        m_criteria->setChecked({});
        updateMissing();
        return;
    }
    for (const char* column :
         {"deviations", "nature", "cause", "pattern", "management_response", "compensating_controls", "effect"})
        loadField(QLatin1String(column));
    loadCriteria();
}

void ExceptionEditor::loadField(const QString& column)
{
    const Record exception = current();
    if (exception.uuid.isEmpty())
        return;
    const QString text = exception.text(column);
    if (column == QLatin1String("nature"))
        m_nature->setValue(text);
    else if (column == QLatin1String("cause"))
        m_cause->setValue(text);
    else if (column == QLatin1String("management_response"))
        m_response->setValue(text);
    else if (column == QLatin1String("compensating_controls"))
        m_compensating->setValue(text);
    else if (column == QLatin1String("effect"))
        m_effect->setValue(text);
    else if (column == patternField) {
        m_loading = true;
        m_pattern->setCurrentIndex(qMax(0, m_pattern->findData(text.isEmpty() ? QVariant() : QVariant(text))));
        m_loading = false;
    } else if (column == QLatin1String("deviations") || column == QLatin1String("sample_size")) {
        QString title;
        if (auto control = m_document->store().record(RecordKind::ServiceControl, exception.parentUuid))
            title = tr("%1 — %2").arg(control->text(QStringLiteral("ref")), control->text(QStringLiteral("title")));
        m_heading->setText(tr("<b>%1</b><br>Deviations: %2 tested")
                               .arg(title.toHtmlEscaped(), ControlExceptionTableModel::deviationsText(exception)));
        m_remove->setEnabled(!m_document->isReadOnly()
                             && exception.integer(QStringLiteral("deviations")).value_or(0) == 0);
    }
    updateMissing();
}

void ExceptionEditor::loadCriteria()
{
    const Record exception = current();
    QList<const CatalogItem*> inScope;
    if (m_document) {
        if (auto engagements = m_document->store().records(RecordKind::Engagement);
            engagements && !engagements->isEmpty())
            inScope = Engagement::criteriaInScope(engagements->first());
    }
    m_criteria->setCriteria(inScope);
    m_criteria->setChecked(exception.linked(LinkKind::Criterion));
}

void ExceptionEditor::updateMissing()
{
    const Record exception = current();
    if (exception.uuid.isEmpty()) {
        m_missing->hide();
        return;
    }
    const QStringList missing = ExceptionRollup::missingAssessment(exception);
    m_missing->setText(missing.isEmpty()
                           ? tr("Assessment complete.")
                           : tr("Still to record: %1.").arg(ControlExceptionTableModel::missingText(missing)));
    m_missing->setToolTip(ControlExceptionTableModel::assessmentToolTip(missing));
    m_missing->setStyleSheet(ThemeColors::badgeStyleSheet(missing.isEmpty() ? ThemeColors::positiveBadge(palette())
                                                                            : ThemeColors::warningBadge(palette()),
                                                          QStringLiteral("border-radius: 4px; padding: 2px 8px;")));
    m_missing->show();
}

void ExceptionEditor::save(const QString& column, const QVariant& value, const QString& what)
{
    if (!m_document || m_uuid.isEmpty())
        return;
    const QString text = tr("Set %1 of the exception of %2").arg(what, controlRef());
    if (auto done = m_document->setField(RecordKind::ControlException, m_uuid, column, value, text); !done) {
        emit statusMessage(done.error());
        loadField(column);
    }
}

void ExceptionEditor::saveCriteria(const QStringList& ids)
{
    if (!m_document || m_uuid.isEmpty())
        return;
    const QString text = tr("Change the criteria of the exception of %1").arg(controlRef());
    if (auto done = m_document->setLinks(RecordKind::ControlException, m_uuid, LinkKind::Criterion, ids, text); !done) {
        emit statusMessage(done.error());
        loadCriteria();
    }
}

Status ExceptionEditor::removeException()
{
    const Record exception = current();
    if (!m_document || exception.uuid.isEmpty())
        return Error{tr("Select an exception to remove.")};
    const QString ref = controlRef();
    if (exception.integer(QStringLiteral("deviations")).value_or(0) > 0)
        return Error{tr("The exception of %1 still counts deviations; it stays as long as its sample items or tests "
                        "have exceptions.")
                         .arg(ref)};
    flush();
    const Status done = m_document->removeRecord(RecordKind::ControlException, exception.uuid,
                                                 tr("Remove the exception of %1").arg(ref));
    if (done)
        emit statusMessage(tr("The exception of %1 was removed; Edit > Undo brings it back.").arg(ref));
    return done;
}

} // namespace isoaudit
