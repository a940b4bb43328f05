// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/risks/RiskMethodDialog.h"

#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/RiskScheme.h"
#include "panes/risks/HeatMapWidget.h"
#include "widgets/ThemeColors.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
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

/// A matrix cell is edited in a spin box over the scores a matrix may give.
class MatrixCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        Q_UNUSED(option);
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, RiskMethod::maximumCellScore);
        spin->setFrame(false);
        spin->setAlignment(Qt::AlignRight);
        spin->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
        return spin;
    }
};

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

    // How the client scores a pair of ratings: the labels come from the one label table (ValueList::RiskScoring).
    m_scoringCombo = new QComboBox(this);
    m_scoringCombo->setObjectName(QStringLiteral("scoringComboBox"));
    m_scoringCombo->setAccessibleName(tr("Scoring"));
    for (const QString& id : Enums::riskScorings)
        m_scoringCombo->addItem(ValueLabels::label(ValueList::RiskScoring, id), id);
    m_scoringCombo->setToolTip(tr("How the client's method turns a likelihood and an impact into a score"));
    form->addRow(tr("&Scoring:"), m_scoringCombo);
    m_scoringHint = new QLabel(this);
    m_scoringHint->setWordWrap(true);
    m_scoringHint->setObjectName(QStringLiteral("scoringHintLabel"));
    form->addRow(QString(), m_scoringHint);

    // The matrix grid sits under the preview; it is created here so that Tab reaches it before the buttons.
    m_matrixTable = new QTableWidget(0, 0, this);
    m_matrixTable->setObjectName(QStringLiteral("scoreMatrixTable"));
    m_matrixTable->setAccessibleName(tr("Score matrix"));
    m_matrixTable->setAccessibleDescription(
        tr("One score per likelihood (rows, highest at the top) and impact (columns, lowest at the left)"));
    m_matrixTable->setToolTip(tr("The client's score for each likelihood and impact. Type a number or press F2."));
    m_matrixTable->setTabKeyNavigation(false); // Tab moves on; the arrow keys move between cells
    m_matrixTable->setItemDelegate(new MatrixCellDelegate(m_matrixTable));
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixLabel = new QLabel(tr("Score &matrix (likelihood ↑, impact →):"), this);
    m_matrixLabel->setBuddy(m_matrixTable);

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
    m_thresholdSpin->setRange(0, RiskMethod::maximumCellScore);
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
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::errorText(palette()).name()));
    form->addRow(m_problemLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    layout->addLayout(form, 1);

    auto* right = new QVBoxLayout;
    m_preview = new HeatMapWidget(this);
    m_preview->setAccessibleName(tr("Preview of the risk matrix"));
    m_preview->setCaption(tr("Preview"));
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setMinimumWidth(460);
    right->addWidget(m_preview, 1);
    right->addWidget(m_matrixLabel);
    right->addWidget(m_matrixTable);
    layout->addLayout(right, 1);

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
    connect(m_matrixTable, &QTableWidget::itemChanged, this, [this]() {
        m_matrixKept = true; // the auditor's own scores: switching back and forth keeps them
        m_recordedMatrixProblem.clear();
        updatePreview();
    });
    connect(m_likelihoodEdit, &QPlainTextEdit::textChanged, this, &RiskMethodDialog::syncMatrixSize);
    connect(m_impactEdit, &QPlainTextEdit::textChanged, this, &RiskMethodDialog::syncMatrixSize);
    connect(m_scoringCombo, &QComboBox::currentIndexChanged, this, &RiskMethodDialog::scoringChanged);
    connect(m_thresholdSpin, &QSpinBox::valueChanged, this, &RiskMethodDialog::updatePreview);
    load();
    resize(1100, 680);
}

void RiskMethodDialog::load()
{
    auto record = m_document->store().riskMethod();
    if (!record)
        return;
    const RiskMethod method = RiskMethod::fromRecord(record.value());
    const RiskScheme scheme = RiskScheme::fromMethod(method);
    {
        // Filled in one go: the grid is built once below, from the recorded scores.
        const QSignalBlocker likelihoodBlocker(m_likelihoodEdit);
        const QSignalBlocker impactBlocker(m_impactEdit);
        const QSignalBlocker scoringBlocker(m_scoringCombo);
        m_nameEdit->setText(method.name);
        m_likelihoodEdit->setPlainText(method.likelihoodLevels.join(QLatin1Char('\n')));
        m_impactEdit->setPlainText(method.impactLevels.join(QLatin1Char('\n')));
        m_scoringCombo->setCurrentIndex(int(Enums::riskScorings.indexOf(RiskMethod::scoringId(method.scoring))));
    }
    if (method.scoring == RiskMethod::Scoring::Matrix) {
        m_matrixKept = true;
        if (auto recorded = method.validateScoring(); !recorded)
            m_recordedMatrixProblem = recorded.error();
        fillMatrix(method.matrix);
    } else {
        m_fillScoring = method.scoring;
        fillMatrix({});
    }
    for (const RiskBand& band : scheme.bands())
        addBand(band.from, band.to, band.label, band.color);
    m_thresholdSpin->setValue(method.acceptanceThreshold.value_or(0));
    m_descriptionEdit->setPlainText(record->text(QStringLiteral("description")));
    scoringChanged();
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

RiskMethod::Scoring RiskMethodDialog::currentScoring() const
{
    return RiskMethod::scoringFromId(m_scoringCombo->currentData().toString());
}

QList<QList<int>> RiskMethodDialog::matrixValues() const
{
    QList<QList<int>> scores;
    const int rows = m_matrixTable->rowCount();
    for (int l = 1; l <= rows; ++l) {
        QList<int> row;
        for (int i = 1; i <= m_matrixTable->columnCount(); ++i) {
            const QTableWidgetItem* item = m_matrixTable->item(rows - l, i - 1);
            row << (item ? item->data(Qt::EditRole).toInt() : 0);
        }
        scores << row;
    }
    return scores;
}

void RiskMethodDialog::fillMatrix(const QList<QList<int>>& scores)
{
    // Cells the given scores do not reach start from the scores the method gave before it was a matrix.
    RiskMethod before;
    before.scoring = m_fillScoring;
    const QStringList likelihood = lines(m_likelihoodEdit).mid(0, RiskMethod::maximumLevels);
    const QStringList impact = lines(m_impactEdit).mid(0, RiskMethod::maximumLevels);
    RiskMethod levels;
    levels.likelihoodLevels = likelihood;
    levels.impactLevels = impact;
    const RiskScheme scheme = RiskScheme::fromMethod(levels);
    const int rows = int(likelihood.size());
    const int columns = int(impact.size());

    const QSignalBlocker blocker(m_matrixTable);
    m_matrixTable->clear();
    m_matrixTable->setRowCount(rows);
    m_matrixTable->setColumnCount(columns);
    QStringList rowLabels;
    for (int l = rows; l >= 1; --l)
        rowLabels << scheme.likelihoodText(l);
    QStringList columnLabels;
    for (int i = 1; i <= columns; ++i) // number and label on two lines: narrow columns keep both readable
        columnLabels << QString::number(i) + QLatin1Char('\n') + scheme.impactLabel(i);
    m_matrixTable->setVerticalHeaderLabels(rowLabels);
    m_matrixTable->setHorizontalHeaderLabels(columnLabels);
    for (int l = 1; l <= rows; ++l) {
        for (int i = 1; i <= columns; ++i) {
            const bool given = l <= scores.size() && i <= scores.at(l - 1).size();
            auto* item = new QTableWidgetItem;
            item->setData(Qt::EditRole, given ? scores.at(l - 1).at(i - 1) : before.score(l, i).value_or(0));
            item->setTextAlignment(Qt::AlignCenter);
            item->setData(
                Qt::AccessibleTextRole,
                tr("Score for likelihood %1 and impact %2").arg(scheme.likelihoodText(l), scheme.impactText(i)));
            m_matrixTable->setItem(rows - l, i - 1, item);
        }
    }
    // As tall as its rows, no taller: the preview above takes the rest of the column.
    const int height = m_matrixTable->horizontalHeader()->sizeHint().height()
        + m_matrixTable->verticalHeader()->length() + 2 * m_matrixTable->frameWidth() + 2;
    m_matrixTable->setMinimumHeight(std::min(height, 150));
    m_matrixTable->setMaximumHeight(std::max(height, 60));
}

void RiskMethodDialog::syncMatrixSize()
{
    fillMatrix(matrixValues());
    updatePreview();
}

void RiskMethodDialog::scoringChanged()
{
    const RiskMethod::Scoring scoring = currentScoring();
    const bool matrix = scoring == RiskMethod::Scoring::Matrix;
    if (!matrix)
        m_fillScoring = scoring;
    else if (!m_matrixKept)
        fillMatrix({}); // the scores the method gave until now, for the auditor to change where the client differs
    m_matrixLabel->setVisible(matrix);
    m_matrixTable->setVisible(matrix);
    updatePreview();
}

Result<RiskMethod> RiskMethodDialog::currentMethod() const
{
    RiskMethod method;
    method.name = m_nameEdit->text().trimmed();
    method.description = m_descriptionEdit->toPlainText().trimmed();
    method.likelihoodLevels = lines(m_likelihoodEdit);
    method.impactLevels = lines(m_impactEdit);
    method.scoring = currentScoring();
    if (method.scoring == RiskMethod::Scoring::Matrix)
        method.matrix = matrixValues();
    for (int row = 0; row < m_bandTable->rowCount(); ++row) {
        bool fromOk = false;
        bool toOk = false;
        const int from = m_bandTable->item(row, FromColumn)->text().toInt(&fromOk);
        const int to = m_bandTable->item(row, ToColumn)->text().toInt(&toOk);
        if (!fromOk || !toOk)
            return Error{tr("Band %1: \"from\" and \"to\" must be whole scores with from ≤ to.").arg(row + 1)};
        method.bands.append({from, to, m_bandTable->item(row, LabelColumn)->text().trimmed(),
                             QColor(m_bandTable->item(row, ColorColumn)->text())});
    }
    if (m_thresholdSpin->value() > 0)
        method.acceptanceThreshold = m_thresholdSpin->value();
    return method;
}

Result<QVariantMap> RiskMethodDialog::method() const
{
    auto method = currentMethod();
    if (!method)
        return Error{method.error()};
    if (auto valid = method->validate(); !valid)
        return Error{valid.error()};
    return method->toValues();
}

QString RiskMethodDialog::problem() const
{
    return m_problemLabel->text();
}

void RiskMethodDialog::colourMatrix(const RiskMethod& method)
{
    const RiskScheme scheme = RiskScheme::fromMethod(method);
    const QSignalBlocker blocker(m_matrixTable); // colours are no edit of the scores
    const int rows = m_matrixTable->rowCount();
    for (int l = 1; l <= rows; ++l) {
        for (int i = 1; i <= m_matrixTable->columnCount(); ++i) {
            QTableWidgetItem* item = m_matrixTable->item(rows - l, i - 1);
            if (!item)
                continue;
            const QColor fill = scheme.cellColor(l, i);
            item->setBackground(fill);
            item->setForeground(ThemeColors::textOn(fill));
        }
    }
}

void RiskMethodDialog::updatePreview()
{
    const auto current = currentMethod();
    if (current) {
        QString hint = current->formulaText();
        if (const auto range = current->scoreRange())
            hint += QLatin1Char(' ') + tr("Scores run from %1 to %2.").arg(range->first).arg(range->second);
        m_scoringHint->setText(hint);
        m_bandTable->setToolTip(tr("%1 Double-click a colour to change it.").arg(current->formulaText()));
        if (current->scoring == RiskMethod::Scoring::Matrix)
            colourMatrix(current.value());
    }
    auto values = method();
    QString problem = values ? QString() : values.error();
    if (problem.isEmpty() && !m_recordedMatrixProblem.isEmpty() && currentScoring() == RiskMethod::Scoring::Matrix)
        problem = tr("The recorded score matrix did not fit the method (%1); cells it lacked start from other "
                     "scores. Check the matrix before saving.")
                      .arg(m_recordedMatrixProblem);
    m_problemLabel->setText(problem);
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
