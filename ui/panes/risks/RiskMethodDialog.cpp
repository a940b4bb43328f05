// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/risks/RiskMethodDialog.h"

#include "document/AuditDocument.h"
#include "models/RiskScheme.h"
#include "panes/risks/HeatMapWidget.h"
#include "widgets/ThemeColors.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

enum BandColumn { FromColumn, ToColumn, LabelColumn, ColorColumn };

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList result;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

RiskMethodDialog::RiskMethodDialog(AuditDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Client's risk method"));
    setObjectName(QStringLiteral("riskMethodDialog"));
    auto* layout = new QHBoxLayout(this);
    auto* form = new QFormLayout;
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setAccessibleName(tr("Method name"));
    form->addRow(tr("&Name:"), m_nameEdit);
    m_likelihoodEdit = new QPlainTextEdit(this);
    m_likelihoodEdit->setAccessibleName(tr("Likelihood levels"));
    m_likelihoodEdit->setToolTip(tr("One label per line, lowest first (1 to 10 levels)"));
    m_likelihoodEdit->setTabChangesFocus(true);
    m_likelihoodEdit->setMaximumHeight(120);
    form->addRow(tr("&Likelihood levels\n(lowest first):"), m_likelihoodEdit);
    m_impactEdit = new QPlainTextEdit(this);
    m_impactEdit->setAccessibleName(tr("Impact levels"));
    m_impactEdit->setToolTip(tr("One label per line, lowest first (1 to 10 levels)"));
    m_impactEdit->setTabChangesFocus(true);
    m_impactEdit->setMaximumHeight(120);
    form->addRow(tr("&Impact levels\n(lowest first):"), m_impactEdit);

    m_bandTable = new QTableWidget(0, 4, this);
    m_bandTable->setAccessibleName(tr("Score bands"));
    m_bandTable->setTabKeyNavigation(false); // Tab moves on to the buttons; the arrow keys move between cells
    m_bandTable->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Label"), tr("Colour")});
    m_bandTable->verticalHeader()->setVisible(false);
    m_bandTable->horizontalHeader()->setStretchLastSection(true);
    m_bandTable->setColumnWidth(FromColumn, 50);
    m_bandTable->setColumnWidth(ToColumn, 50);
    m_bandTable->setColumnWidth(LabelColumn, 110);
    m_bandTable->setMinimumHeight(150);
    m_bandTable->setToolTip(tr("Score = likelihood × impact. Double-click a colour to change it."));
    auto* bandBox = new QVBoxLayout;
    bandBox->addWidget(m_bandTable);
    auto* bandButtons = new QHBoxLayout;
    auto* addBandButton = new QPushButton(tr("Add &band"), this);
    auto* removeBandButton = new QPushButton(tr("&Remove band"), this);
    bandButtons->addWidget(addBandButton);
    bandButtons->addWidget(removeBandButton);
    bandButtons->addStretch(1);
    bandBox->addLayout(bandButtons);
    auto* bandLabel = new QLabel(tr("Score &bands:"), this);
    bandLabel->setBuddy(m_bandTable);
    form->addRow(bandLabel, bandBox);
    m_thresholdSpin = new QSpinBox(this);
    m_thresholdSpin->setRange(0, 100);
    m_thresholdSpin->setSpecialValueText(tr("None stated"));
    m_thresholdSpin->setAccessibleName(tr("Acceptance threshold"));
    m_thresholdSpin->setToolTip(tr("Scores above this need treatment"));
    form->addRow(tr("Acceptance &threshold:"), m_thresholdSpin);
    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMaximumHeight(70);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::errorText(palette()).name()));
    form->addRow(m_problemLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    layout->addLayout(form, 1);

    m_preview = new HeatMapWidget(this);
    m_preview->setAccessibleName(tr("Preview of the risk matrix"));
    m_preview->setCaption(tr("Preview"));
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setMinimumWidth(460);
    layout->addWidget(m_preview, 1);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RiskMethodDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RiskMethodDialog::reject);
    connect(addBandButton, &QPushButton::clicked, this, [this]() {
        const int last = m_bandTable->rowCount() > 0
            ? m_bandTable->item(m_bandTable->rowCount() - 1, ToColumn)->text().toInt()
            : 0;
        addBand(last + 1, last + 1, tr("New band"), QColor(0x90, 0xa4, 0xae));
        updatePreview();
    });
    connect(removeBandButton, &QPushButton::clicked, this, [this]() {
        if (m_bandTable->currentRow() >= 0)
            m_bandTable->removeRow(m_bandTable->currentRow());
        updatePreview();
    });
    connect(m_bandTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColorColumn)
            chooseColor(row);
    });
    connect(m_bandTable, &QTableWidget::itemChanged, this, &RiskMethodDialog::updatePreview);
    connect(m_likelihoodEdit, &QPlainTextEdit::textChanged, this, &RiskMethodDialog::updatePreview);
    connect(m_impactEdit, &QPlainTextEdit::textChanged, this, &RiskMethodDialog::updatePreview);
    connect(m_thresholdSpin, &QSpinBox::valueChanged, this, &RiskMethodDialog::updatePreview);
    load();
    resize(1000, 600);
}

void RiskMethodDialog::load()
{
    auto record = m_document->store().riskMethod();
    if (!record)
        return;
    const RiskScheme scheme = RiskScheme::fromRecord(record.value());
    m_nameEdit->setText(scheme.name());
    m_likelihoodEdit->setPlainText(scheme.likelihoodLabels().join(QLatin1Char('\n')));
    m_impactEdit->setPlainText(scheme.impactLabels().join(QLatin1Char('\n')));
    for (const RiskBand& band : scheme.bands())
        addBand(band.from, band.to, band.label, band.color);
    m_thresholdSpin->setValue(scheme.acceptanceThreshold().value_or(0));
    m_descriptionEdit->setPlainText(record->text(QStringLiteral("description")));
    updatePreview();
}

void RiskMethodDialog::addBand(int from, int to, const QString& label, const QColor& color)
{
    const QSignalBlocker blocker(m_bandTable);
    const int row = m_bandTable->rowCount();
    m_bandTable->insertRow(row);
    m_bandTable->setItem(row, FromColumn, new QTableWidgetItem(QString::number(from)));
    m_bandTable->setItem(row, ToColumn, new QTableWidgetItem(QString::number(to)));
    m_bandTable->setItem(row, LabelColumn, new QTableWidgetItem(label));
    auto* colorItem = new QTableWidgetItem(color.name());
    colorItem->setBackground(color);
    colorItem->setForeground(ThemeColors::textOn(color));
    colorItem->setFlags(colorItem->flags() & ~Qt::ItemIsEditable);
    m_bandTable->setItem(row, ColorColumn, colorItem);
}

void RiskMethodDialog::chooseColor(int row)
{
    QTableWidgetItem* item = m_bandTable->item(row, ColorColumn);
    const QColor color = QColorDialog::getColor(QColor(item->text()), this, tr("Band colour"));
    if (!color.isValid())
        return;
    item->setText(color.name());
    item->setBackground(color);
    item->setForeground(ThemeColors::textOn(color));
}

Result<QVariantMap> RiskMethodDialog::method() const
{
    const QStringList likelihood = lines(m_likelihoodEdit);
    const QStringList impact = lines(m_impactEdit);
    if (likelihood.isEmpty() || likelihood.size() > RiskScheme::maximumLevels)
        return Error{tr("Give 1 to 10 likelihood levels, one per line (now %1).").arg(likelihood.size())};
    if (impact.isEmpty() || impact.size() > RiskScheme::maximumLevels)
        return Error{tr("Give 1 to 10 impact levels, one per line (now %1).").arg(impact.size())};
    QJsonArray bands;
    QList<std::pair<int, int>> ranges;
    for (int row = 0; row < m_bandTable->rowCount(); ++row) {
        bool fromOk = false;
        bool toOk = false;
        const int from = m_bandTable->item(row, FromColumn)->text().toInt(&fromOk);
        const int to = m_bandTable->item(row, ToColumn)->text().toInt(&toOk);
        const QString label = m_bandTable->item(row, LabelColumn)->text().trimmed();
        if (!fromOk || !toOk || from > to || from < 1)
            return Error{tr("Band %1: \"from\" and \"to\" must be whole scores with from ≤ to.").arg(row + 1)};
        if (label.isEmpty())
            return Error{tr("Band %1 needs a label.").arg(row + 1)};
        for (const auto& [otherFrom, otherTo] : std::as_const(ranges)) {
            if (from <= otherTo && otherFrom <= to)
                return Error{tr("Band %1 (%2–%3) overlaps another band.").arg(row + 1).arg(from).arg(to)};
        }
        ranges.append({from, to});
        bands.append(QJsonObject{
            {"from", from}, {"to", to}, {"label", label}, {"color", m_bandTable->item(row, ColorColumn)->text()}});
    }
    QVariantMap values;
    values.insert(QStringLiteral("name"), m_nameEdit->text().trimmed());
    values.insert(QStringLiteral("likelihood_levels"), compact(QJsonArray::fromStringList(likelihood)));
    values.insert(QStringLiteral("impact_levels"), compact(QJsonArray::fromStringList(impact)));
    values.insert(QStringLiteral("bands"), compact(bands));
    values.insert(QStringLiteral("acceptance_threshold"),
                  m_thresholdSpin->value() > 0 ? QVariant(m_thresholdSpin->value()) : QVariant());
    values.insert(QStringLiteral("description"), m_descriptionEdit->toPlainText().trimmed());
    return values;
}

void RiskMethodDialog::updatePreview()
{
    auto values = method();
    m_problemLabel->setText(values ? QString() : values.error());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(values.ok());
    if (!values)
        return;
    Record record{RecordKind::RiskMethod, {}, {}, values.value(), {}};
    m_preview->setScheme(RiskScheme::fromRecord(record));
}

Status RiskMethodDialog::save()
{
    auto values = method();
    if (!values)
        return Error{values.error()};
    auto current = m_document->store().riskMethod();
    if (!current)
        return Error{current.error()};
    const QString uuid = current->uuid;
    return m_document->macro(tr("Change the client's risk method"), [&]() -> Status {
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            if (auto done = m_document->setField(RecordKind::RiskMethod, uuid, it.key(), it.value()); !done)
                return done;
        }
        return {};
    });
}

void RiskMethodDialog::accept()
{
    if (auto done = save(); !done) {
        QMessageBox::warning(this, tr("Risk method not saved"), done.error());
        return;
    }
    QDialog::accept();
}

} // namespace isoaudit
