// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/ChangeView.h"

#include "team/MergeText.h"
#include "widgets/ThemeColors.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

/// A value in a panel of its own, selectable, wrapped; an empty value says so in dimmed text.
QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFrameShape(QFrame::StyledPanel);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::Base);
    label->setMargin(6);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMinimumWidth(120);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    if (text.isEmpty()) {
        label->setText(ChangeView::tr("(empty)"));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, ThemeColors::dimmedText(palette));
        label->setPalette(palette);
    } else {
        label->setText(text);
    }
    return label;
}

QLabel* headerLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* authorLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, ThemeColors::dimmedText(palette));
    label->setPalette(palette);
    return label;
}

/// The fields of a kept record that changed since the fork, one "Field: value" per line.
QString changedFieldsText(const MergeChange& change, bool mineSide)
{
    QStringList lines;
    for (const FieldMerge& field : change.result.fields) {
        const QString value = MergeText::value(change.result.kind, field.column, mineSide ? field.mine : field.theirs);
        lines << ChangeView::tr("%1: %2").arg(MergeText::fieldName(field.column),
                                              value.isEmpty() ? ChangeView::tr("(empty)") : value);
    }
    return lines.isEmpty() ? ChangeView::tr("Changed (links or attachments)") : lines.join(QLatin1Char('\n'));
}

bool isTextField(RecordKind kind, const QString& column)
{
    const FieldInfo* field = RecordKinds::info(kind).field(column);
    return field && field->type == FieldType::Text;
}

} // namespace

ChangeView::ChangeView(QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("mergeChangeView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // One stop after the choices, so the keyboard can scroll what explains them; never taken by a click (a click
    // on a value panel leaves the focus where it was).
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Details of the change"));
    showChange(nullptr, {});
}

void ChangeView::showChange(const MergeChange* change, const MergeChoices& choices)
{
    m_conflicts.clear();
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("mergeChangeContent"));
    auto* layout = new QVBoxLayout(content);
    if (!change) {
        auto* hint = new QLabel(tr("Choose a change on the left to see what it brings."), content);
        setAccessibleDescription(hint->text());
        hint->setWordWrap(true);
        layout->addWidget(hint);
    } else {
        auto* title = headerLabel(change->label, content);
        title->setObjectName(QStringLiteral("mergeChangeTitle"));
        title->setWordWrap(true);
        title->setTextFormat(Qt::PlainText);
        const QString sentence = m_sides.description(*change);
        setAccessibleDescription(sentence);
        auto* what = new QLabel(sentence, content);
        what->setObjectName(QStringLiteral("mergeChangeDescription"));
        what->setWordWrap(true);
        layout->addWidget(title);
        layout->addWidget(what);
        const RecordMergeResult& result = change->result;
        if (result.outcome == RecordMergeResult::Outcome::Insert) {
            addInsertedRecord(layout, *change);
        } else if (result.outcome == RecordMergeResult::Outcome::Conflict && result.deletedOnOneSide) {
            addDeleteEditConflict(layout, *change);
        } else {
            for (const FieldMerge& field : result.fields) {
                if (field.conflict)
                    addFieldConflict(layout, *change, field);
            }
            addTakenFields(layout, *change);
        }
    }
    layout->addStretch(1);
    setWidget(content); // deletes the last change's widgets
    syncChoices(choices);
}

void ChangeView::addInsertedRecord(QVBoxLayout* layout, const MergeChange& change)
{
    if (!change.theirs)
        return;
    auto* box = new QGroupBox(tr("The new record"), layout->parentWidget());
    auto* grid = new QGridLayout(box);
    int row = 0;
    for (const FieldInfo& field : RecordKinds::info(change.result.kind).fields) {
        const QString value
            = MergeText::value(change.result.kind, field.column, change.theirs->values.value(field.column));
        if (value.isEmpty())
            continue;
        grid->addWidget(new QLabel(MergeText::fieldName(field.column), box), row, 0, Qt::AlignTop);
        grid->addWidget(valueLabel(value, box), row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->addWidget(authorLabel(tr("Added by %1").arg(MergeText::authorOf(change.theirsBy, QString())), box), row, 1);
    layout->addWidget(box);
}

void ChangeView::addTakenFields(QVBoxLayout* layout, const MergeChange& change)
{
    QList<const FieldMerge*> taken;
    for (const FieldMerge& field : change.result.fields) {
        if (!field.conflict && !RecordMerge::same(field.mine, field.merged))
            taken << &field;
    }
    if (change.result.outcome == RecordMergeResult::Outcome::Remove) {
        taken.clear();
        if (change.mine) {
            auto* box = new QGroupBox(m_sides.recordAsItIsTitle(), layout->parentWidget());
            auto* grid = new QGridLayout(box);
            int row = 0;
            for (const FieldInfo& field : RecordKinds::info(change.result.kind).fields) {
                const QString value
                    = MergeText::value(change.result.kind, field.column, change.mine->values.value(field.column));
                if (value.isEmpty())
                    continue;
                grid->addWidget(new QLabel(MergeText::fieldName(field.column), box), row, 0, Qt::AlignTop);
                grid->addWidget(valueLabel(value, box), row++, 1);
            }
            grid->setColumnStretch(1, 1);
            grid->addWidget(authorLabel(tr("Deleted by %1").arg(MergeText::authorOf(change.theirsBy, QString())), box),
                            row, 1);
            layout->addWidget(box);
        }
        return;
    }
    if (taken.isEmpty()) {
        if (change.result.outcome == RecordMergeResult::Outcome::Update)
            layout->addWidget(new QLabel(tr("Only its links or attachments change."), layout->parentWidget()));
        return;
    }
    auto* box = new QGroupBox(m_sides.takenTitle(change.result.outcome == RecordMergeResult::Outcome::Conflict),
                              layout->parentWidget());
    box->setObjectName(QStringLiteral("mergeTakenFieldsBox"));
    auto* grid = new QGridLayout(box);
    grid->addWidget(headerLabel(tr("Field"), box), 0, 0);
    grid->addWidget(headerLabel(m_sides.nowHeader(), box), 0, 1);
    grid->addWidget(headerLabel(tr("After the merge"), box), 0, 2);
    int row = 1;
    for (const FieldMerge* field : std::as_const(taken)) {
        grid->addWidget(new QLabel(MergeText::fieldName(field->column), box), row, 0, Qt::AlignTop);
        grid->addWidget(valueLabel(MergeText::value(change.result.kind, field->column, field->mine), box), row, 1);
        auto* after = valueLabel(MergeText::value(change.result.kind, field->column, field->merged), box);
        after->setToolTip(tr("Changed by %1").arg(MergeText::authorOf(change.theirsBy, field->column)));
        grid->addWidget(after, row, 2);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    layout->addWidget(box);
}

void ChangeView::addFieldConflict(QVBoxLayout* layout, const MergeChange& change, const FieldMerge& field)
{
    const RecordKind kind = change.result.kind;
    auto* box = new QGroupBox(tr("Conflict: %1").arg(MergeText::fieldName(field.column)), layout->parentWidget());
    box->setObjectName(QStringLiteral("conflictBox_") + field.column);
    auto* grid = new QGridLayout(box);
    grid->addWidget(headerLabel(m_sides.baseHeader(), box), 0, 0);
    grid->addWidget(headerLabel(m_sides.mineHeader(), box), 0, 1);
    grid->addWidget(headerLabel(m_sides.theirsHeader(), box), 0, 2);
    grid->addWidget(valueLabel(MergeText::value(kind, field.column, field.base), box), 1, 0);
    grid->addWidget(valueLabel(MergeText::value(kind, field.column, field.mine), box), 1, 1);
    grid->addWidget(valueLabel(MergeText::value(kind, field.column, field.theirs), box), 1, 2);
    grid->addWidget(authorLabel(MergeText::authorOf(change.mineBy, field.column), box), 2, 1);
    grid->addWidget(authorLabel(MergeText::authorOf(change.theirsBy, field.column), box), 2, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    QList<std::pair<int, QString>> buttons{{int(RecordMerge::Choice::Mine), m_sides.keepMine()},
                                           {int(RecordMerge::Choice::Theirs), m_sides.takeTheirs()}};
    if (isTextField(kind, field.column))
        buttons.append({int(RecordMerge::Choice::Both), m_sides.keepBoth()});
    auto* group = addChoices(box, TeamMerge::choiceKey(change.result.uuid, field.column), buttons);
    auto* row = new QHBoxLayout;
    for (QAbstractButton* button : group->buttons())
        row->addWidget(button);
    row->addStretch(1);
    grid->addLayout(row, 3, 0, 1, 3);
    layout->addWidget(box);
}

void ChangeView::addDeleteEditConflict(QVBoxLayout* layout, const MergeChange& change)
{
    const bool deletedInCopy = change.result.deletedInCopy;
    auto* box = new QGroupBox(tr("Conflict: deleted on one side, changed on the other"), layout->parentWidget());
    box->setObjectName(QStringLiteral("conflictBox_record"));
    auto* grid = new QGridLayout(box);
    grid->addWidget(headerLabel(m_sides.mineHeader(), box), 0, 0);
    grid->addWidget(headerLabel(m_sides.theirsHeader(), box), 0, 1);
    grid->addWidget(valueLabel(deletedInCopy ? changedFieldsText(change, true) : tr("Deleted"), box), 1, 0);
    grid->addWidget(valueLabel(deletedInCopy ? tr("Deleted") : changedFieldsText(change, false), box), 1, 1);
    grid->addWidget(authorLabel(MergeText::authorOf(change.mineBy, QString()), box), 2, 0);
    grid->addWidget(authorLabel(MergeText::authorOf(change.theirsBy, QString()), box), 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    const QString keep = m_sides.keepRecord(deletedInCopy);
    const QString remove = m_sides.deleteRecord(deletedInCopy);
    auto* group = addChoices(box, TeamMerge::choiceKey(change.result.uuid, QString()),
                             {{int(RecordMerge::Choice::Mine), deletedInCopy ? keep : remove},
                              {int(RecordMerge::Choice::Theirs), deletedInCopy ? remove : keep}});
    auto* row = new QHBoxLayout;
    for (QAbstractButton* button : group->buttons())
        row->addWidget(button);
    row->addStretch(1);
    grid->addLayout(row, 3, 0, 1, 2);
    layout->addWidget(box);
}

QButtonGroup* ChangeView::addChoices(QGroupBox* box, const QString& key, const QList<std::pair<int, QString>>& buttons)
{
    auto* group = new QButtonGroup(box);
    const QStringList shortcuts{tr("Alt+M"), tr("Alt+T"), tr("Alt+B")};
    const QStringList names{QStringLiteral("keepMineRadioButton"), QStringLiteral("takeTheirsRadioButton"),
                            QStringLiteral("keepBothRadioButton")};
    for (const auto& [id, text] : buttons) {
        auto* button = new QRadioButton(text, box);
        button->setObjectName(names.value(id));
        button->setToolTip(tr("%1 (%2)").arg(text, shortcuts.value(id)));
        button->setAccessibleName(tr("%1: %2").arg(box->title(), text));
        group->addButton(button, id);
    }
    connect(group, &QButtonGroup::idClicked, this, [this, key](int id) { emit chosen(key, RecordMerge::Choice(id)); });
    m_conflicts.append({key, box, group});
    return group;
}

void ChangeView::syncChoices(const MergeChoices& choices)
{
    for (const Conflict& conflict : std::as_const(m_conflicts)) {
        const auto choice = choices.constFind(conflict.key);
        QAbstractButton* button = choice == choices.cend() ? nullptr : conflict.buttons->button(int(*choice));
        if (button) {
            button->setChecked(true);
        } else {
            // An exclusive group cannot be emptied by unchecking: no choice yet shows no button checked.
            conflict.buttons->setExclusive(false);
            for (QAbstractButton* each : conflict.buttons->buttons())
                each->setChecked(false);
            conflict.buttons->setExclusive(true);
        }
    }
}

bool ChangeView::chooseCurrent(RecordMerge::Choice choice, const MergeChoices& choices)
{
    if (m_conflicts.isEmpty())
        return false;
    const Conflict* current = nullptr;
    for (const Conflict& conflict : std::as_const(m_conflicts)) {
        // The window's focus, not this view's focusWidget(): that one still names a choice after the focus left.
        if (conflict.box->isAncestorOf(window()->focusWidget())) {
            current = &conflict;
            break;
        }
    }
    for (const Conflict& conflict : std::as_const(m_conflicts)) {
        if (!current && !choices.contains(conflict.key))
            current = &conflict;
    }
    if (!current)
        current = &m_conflicts.first();
    QAbstractButton* button = current->buttons->button(int(choice));
    if (!button)
        return false;
    button->setChecked(true);
    emit chosen(current->key, choice);
    return true;
}

QStringList ChangeView::conflictKeys() const
{
    QStringList keys;
    for (const Conflict& conflict : m_conflicts)
        keys << conflict.key;
    return keys;
}

QList<QAbstractButton*> ChangeView::choiceButtons() const
{
    QList<QAbstractButton*> buttons;
    for (const Conflict& conflict : m_conflicts)
        buttons << conflict.buttons->buttons();
    return buttons;
}

QAbstractButton* ChangeView::firstOpenChoice(const MergeChoices& choices) const
{
    for (const Conflict& conflict : m_conflicts) {
        if (!choices.contains(conflict.key) && !conflict.buttons->buttons().isEmpty())
            return conflict.buttons->buttons().first();
    }
    return nullptr;
}

} // namespace isoaudit
