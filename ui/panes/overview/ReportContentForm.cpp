// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/overview/ReportContentForm.h"

#include "delegates/EnumLabels.h"
#include "domain/ValueLabels.h"
#include "widgets/FieldText.h"
#include "widgets/FieldTextEdit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

#include <optional>

namespace isoaudit {

namespace {

constexpr int markSize = 16;

/// The list of choices an item's answer is taken from, when it is a choice.
std::optional<ValueList> choiceList(const ReportContentItem& item)
{
    if (!item.remarkColumn.isEmpty())
        return ValueList::Confirmation;
    if (item.column == QLatin1String("audit_combination"))
        return ValueList::AuditCombination;
    return std::nullopt;
}

FieldTextEdit* paragraphEdit(QWidget* parent, int lines)
{
    auto* edit = new FieldTextEdit(parent);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

ReportContentForm::ReportContentForm(QWidget* parent)
    : QGroupBox(tr("R&eport content"), parent)
{
    setObjectName(QStringLiteral("reportContentForm"));
    // The group's mnemonic (Alt+E) moves the focus to its first field.
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportContentSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    // Created once for every item of the table, in its order (which is the Tab order); the audit type decides
    // which rows are shown.
    for (const ReportContentItem& item : ReportContent::items())
        m_rows.append(createRow(item));
    layoutRows(QStringLiteral("stage2"));
}

ReportContentForm::Row ReportContentForm::createRow(const ReportContentItem& item)
{
    Row row;
    row.item = &item;
    row.container = new QWidget(this);
    row.container->setObjectName(item.column + QStringLiteral("Row"));
    auto* rowLayout = new QVBoxLayout(row.container);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(3);
    auto* header = new QHBoxLayout;
    header->setSpacing(4);
    row.mark = new QLabel(row.container);
    row.mark->setFixedSize(markSize, markSize); // the space stays when the mark goes, so labels do not jump
    row.label = new QLabel(ReportContent::label(item), row.container);
    row.label->setWordWrap(true);
    row.label->setToolTip(QStringLiteral("%1\n%2").arg(ReportContent::question(item), item.clause));
    header->addWidget(row.mark, 0, Qt::AlignTop);
    header->addWidget(row.label, 1);
    rowLayout->addLayout(header);

    const QString label = ReportContent::label(item);
    const QString question = ReportContent::question(item);
    const QString column = item.column;
    QWidget* first = nullptr;
    if (const auto list = choiceList(item)) {
        row.choice = new QComboBox(row.container);
        row.choice->setObjectName(column + QStringLiteral("ComboBox"));
        for (const QVariant& choice : EnumLabels::choices(*list, true)) {
            const QVariantList pair = choice.toList();
            row.choice->addItem(pair.value(0).toString(), pair.value(1).toString());
        }
        row.choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(row.choice, &QComboBox::activated, this, [this, column, combo = row.choice] {
            const QString value = combo->currentData().toString();
            emit fieldEdited(column, value.isEmpty() ? QVariant() : QVariant(value));
        });
        first = row.choice;
        if (!item.remarkColumn.isEmpty()) {
            row.remark = paragraphEdit(row.container, 3);
            row.remark->setObjectName(item.remarkColumn + QStringLiteral("TextEdit"));
            row.remark->setAccessibleName(tr("%1 — remarks").arg(label));
            row.remark->setPlaceholderText(question);
            row.remark->setToolTip(question);
            connect(row.remark, &FieldTextEdit::edited, this,
                    [this, remark = item.remarkColumn](const QString& text) { emit fieldEdited(remark, text); });
            auto* answer = new QHBoxLayout;
            answer->addWidget(row.choice, 0, Qt::AlignTop);
            answer->addWidget(row.remark, 1);
            rowLayout->addLayout(answer);
        } else {
            auto* answer = new QHBoxLayout;
            answer->addWidget(row.choice);
            answer->addStretch(1);
            rowLayout->addLayout(answer);
        }
    } else if (item.multiLine) {
        row.text = paragraphEdit(row.container, 3);
        row.text->setObjectName(column + QStringLiteral("TextEdit"));
        row.text->setPlaceholderText(question);
        connect(row.text, &FieldTextEdit::edited, this,
                [this, column](const QString& text) { emit fieldEdited(column, text); });
        rowLayout->addWidget(row.text);
        first = row.text;
    } else {
        row.line = new QLineEdit(row.container);
        row.line->setObjectName(column + QStringLiteral("LineEdit"));
        row.line->setPlaceholderText(question);
        connect(row.line, &QLineEdit::editingFinished, this, [this, column, edit = row.line] {
            if (!edit->isReadOnly())
                emit fieldEdited(column, edit->text().trimmed());
        });
        rowLayout->addWidget(row.line);
        first = row.line;
    }
    first->setAccessibleName(label);
    first->setToolTip(question);
    row.label->setBuddy(first);
    rowLayout->addStretch(1);
    return row;
}

void ReportContentForm::layoutRows(const QString& auditType)
{
    m_auditType = auditType;
    for (const Row& row : std::as_const(m_rows))
        m_grid->removeWidget(row.container);
    int shown = 0;
    for (const Row& row : std::as_const(m_rows)) {
        const bool applies = row.item->auditTypes.contains(auditType);
        row.container->setVisible(applies);
        if (!applies)
            continue;
        m_grid->addWidget(row.container, shown / 2, shown % 2);
        ++shown;
    }
}

void ReportContentForm::setAudit(const Record& audit, bool writable)
{
    const QString type = audit.text(QStringLiteral("audit_type"));
    if (type != m_auditType)
        layoutRows(type);
    for (Row& row : m_rows) {
        if (row.container->isVisibleTo(this))
            showValues(row, audit, writable);
    }
    const int missing = missingCount();
    m_summary->setText(missing == 0
                           ? tr("What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Every "
                                "answer signing needs is given.")
                           : tr("What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Answers "
                                "still needed before the report can be signed (marked in red): %n.",
                                nullptr, missing));
}

void ReportContentForm::showValues(Row& row, const Record& audit, bool writable)
{
    const ReportContentItem& item = *row.item;
    const QString value = audit.text(item.column);
    const QString remark = item.remarkColumn.isEmpty() ? QString() : audit.text(item.remarkColumn);
    if (row.line) {
        row.line->setReadOnly(!writable);
        if (!row.line->hasFocus())
            showFieldText(row.line, value);
    }
    if (row.text) {
        row.text->setReadOnly(!writable);
        row.text->setValue(value);
    }
    if (row.choice) {
        row.choice->setEnabled(writable);
        const QSignalBlocker blocker(row.choice);
        const int at = row.choice->findData(value);
        row.choice->setCurrentIndex(at < 0 ? 0 : at);
    }
    if (row.remark) {
        row.remark->setReadOnly(!writable);
        row.remark->setValue(remark);
    }

    row.missing = item.blocker && !ReportContent::answered(item, value, remark);
    if (row.missing) {
        const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        row.mark->setPixmap(icon.pixmap(QSize(markSize - 2, markSize - 2), devicePixelRatioF()));
        row.mark->setToolTip(
            !value.isEmpty() && row.remark
                ? tr("Answered \"%1\": the reason is needed before the report can be signed (%2).")
                      .arg(ValueLabels::label(ValueList::Confirmation, value), item.clause)
                : tr("Not answered yet: needed before the report can be signed (%1).").arg(item.clause));
    } else {
        row.mark->clear();
        row.mark->setToolTip({});
    }
    const QString description = row.missing ? row.mark->toolTip() : QString();
    for (QWidget* field : {static_cast<QWidget*>(row.line), static_cast<QWidget*>(row.text),
                           static_cast<QWidget*>(row.choice), static_cast<QWidget*>(row.remark)}) {
        if (field)
            field->setAccessibleDescription(description);
    }
}

QStringList ReportContentForm::shownColumns() const
{
    QStringList columns;
    for (const Row& row : m_rows) {
        if (!row.container->isVisibleTo(this))
            continue;
        columns << row.item->column;
        if (!row.item->remarkColumn.isEmpty())
            columns << row.item->remarkColumn;
    }
    return columns;
}

const ReportContentForm::Row* ReportContentForm::rowOf(const QString& column) const
{
    for (const Row& row : m_rows) {
        if (row.item->column == column || (!row.item->remarkColumn.isEmpty() && row.item->remarkColumn == column))
            return row.container->isVisibleTo(this) ? &row : nullptr;
    }
    return nullptr;
}

QWidget* ReportContentForm::field(const QString& column) const
{
    const Row* row = rowOf(column);
    if (!row)
        return nullptr;
    if (row->remark && column == row->item->remarkColumn)
        return row->remark;
    if (row->line)
        return row->line;
    if (row->text)
        return row->text;
    return row->choice;
}

bool ReportContentForm::isMarkedMissing(const QString& column) const
{
    const Row* row = rowOf(column);
    return row && row->missing;
}

int ReportContentForm::missingCount() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += row.container->isVisibleTo(this) && row.missing ? 1 : 0;
    return count;
}

QWidget* ReportContentForm::focusField(const QString& column)
{
    const Row* row = rowOf(column);
    if (!row)
        return nullptr;
    QWidget* target = field(column);
    // A "no" that still lacks its reason: the reason is what is missing.
    if (row->remark && row->choice->currentData().toString() == QLatin1String("no")
        && row->remark->toPlainText().trimmed().isEmpty())
        target = row->remark;
    target->setFocus(Qt::OtherFocusReason);
    return target;
}

void ReportContentForm::flush()
{
    for (const Row& row : std::as_const(m_rows)) {
        if (row.text)
            row.text->flush();
        if (row.remark)
            row.remark->flush();
    }
}

} // namespace isoaudit
