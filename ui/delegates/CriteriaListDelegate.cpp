// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegates/CriteriaListDelegate.h"

#include "delegates/ItemRoles.h"
#include "import/ControlMatrixValues.h"

#include <QFrame>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

/// The editor: the ids as text, and the criteria to tick. Each follows the other.
class CriteriaEditor : public QFrame
{
public:
    explicit CriteriaEditor(QWidget* parent)
        : QFrame(parent)
        , m_edit(new QLineEdit(this))
        , m_list(new QListWidget(this))
    {
        setObjectName(QStringLiteral("criteriaEditor"));
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        m_edit->setObjectName(QStringLiteral("criteriaListEdit"));
        m_edit->setAccessibleName(CriteriaListDelegate::tr("Criteria ids"));
        m_edit->setPlaceholderText(CriteriaListDelegate::tr("e.g. CC6.1, CC6.2"));
        m_edit->setToolTip(CriteriaListDelegate::tr(
            "Trust Services Criteria ids separated by commas, or tick them below; Enter keeps them, Esc cancels"));
        m_list->setObjectName(QStringLiteral("criteriaCheckList"));
        m_list->setAccessibleName(CriteriaListDelegate::tr("Criteria to map"));
        m_list->setUniformItemSizes(true);
        m_list->setTextElideMode(Qt::ElideRight);
        m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(2, 2, 2, 2);
        layout->setSpacing(2);
        layout->addWidget(m_edit);
        layout->addWidget(m_list, 1);
        setFocusProxy(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, [this] { checkFromText(); });
        connect(m_list, &QListWidget::itemChanged, this, [this] { textFromChecks(); });
    }

    QLineEdit* edit() const { return m_edit; }

    void setChoices(const QVariantList& choices)
    {
        m_list->clear();
        for (const QVariant& choice : choices) {
            const QVariantList pair = choice.toList();
            auto* item = new QListWidgetItem(pair.value(0).toString(), m_list);
            item->setData(Qt::UserRole, pair.value(1).toString());
            item->setToolTip(item->text()); // the title, when the panel cuts it
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }

    void setText(const QString& text)
    {
        m_edit->setText(text);
        checkFromText();
    }

private:
    /// The cell's words as the model reads them when the edit is saved (ControlMatrixValues), so "cc 6.1" ticks CC6.1.
    static QStringList words(const QString& text) { return ControlMatrixValues::criteriaWords(text); }

    void checkFromText()
    {
        const QStringList typed = words(m_edit->text());
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(typed.contains(item->data(Qt::UserRole).toString().toUpper()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
        }
    }

    void textFromChecks()
    {
        // The ids ticked, in the list's order, and any typed word the list does not offer (the model judges it).
        QStringList ids;
        QStringList offered;
        for (int i = 0; i < m_list->count(); ++i) {
            const QListWidgetItem* item = m_list->item(i);
            offered << item->data(Qt::UserRole).toString().toUpper();
            if (item->checkState() == Qt::Checked)
                ids << item->data(Qt::UserRole).toString();
        }
        for (const QString& word : words(m_edit->text())) {
            if (!offered.contains(word))
                ids << word;
        }
        m_edit->setText(ids.join(QStringLiteral(", ")));
    }

    QLineEdit* m_edit;
    QListWidget* m_list;
};

} // namespace

QWidget* CriteriaListDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    Q_UNUSED(option);
    auto* editor = new CriteriaEditor(parent);
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    editor->setChoices(index.data(ItemRoles::ChoicesRole).toList());
    return editor;
}

void CriteriaListDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* criteria = dynamic_cast<CriteriaEditor*>(editor))
        criteria->setText(index.data(Qt::EditRole).toString());
}

void CriteriaListDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* criteria = dynamic_cast<CriteriaEditor*>(editor);
    if (criteria && criteria->edit()->text() != index.data(Qt::EditRole).toString())
        model->setData(index, criteria->edit()->text(), Qt::EditRole);
}

void CriteriaListDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                                const QModelIndex& index) const
{
    Q_UNUSED(index);
    QRect rect = option.rect;
    const QFontMetrics metrics(editor->font());
    rect.setWidth(qMax(rect.width(), metrics.averageCharWidth() * 64));
    rect.setHeight(metrics.height() * 14);
    if (const QWidget* area = editor->parentWidget()) {
        // Inside the viewport: shifted left or up rather than cut off.
        const QRect bounds = area->rect();
        rect.setWidth(qMin(rect.width(), bounds.width()));
        rect.setHeight(qMin(rect.height(), bounds.height()));
        if (rect.right() > bounds.right())
            rect.moveRight(bounds.right());
        if (rect.bottom() > bounds.bottom())
            rect.moveBottom(bounds.bottom());
        rect.moveLeft(qMax(rect.left(), bounds.left()));
        rect.moveTop(qMax(rect.top(), bounds.top()));
    }
    editor->setGeometry(rect);
}

} // namespace isoaudit
