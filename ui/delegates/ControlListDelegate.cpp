// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegates/ControlListDelegate.h"

#include "catalog/Catalog.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace isoaudit {

namespace {

/// Completes the id being typed after the last comma, keeping the ids before it.
class ControlListCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString& path) const override
    {
        const qsizetype comma = path.lastIndexOf(QLatin1Char(','));
        return {path.mid(comma + 1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex& index) const override
    {
        const QString id = index.data(Qt::UserRole).toString();
        auto* edit = qobject_cast<QLineEdit*>(widget());
        const QString text = edit ? edit->text() : QString();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        return comma < 0 ? id : text.left(comma + 1) + QLatin1Char(' ') + id;
    }
};

QStandardItemModel* controlModel(QObject* parent)
{
    auto* model = new QStandardItemModel(parent);
    for (const CatalogItem& control : Catalog::isoSpecificByNature().controls()) {
        auto* item = new QStandardItem(QStringLiteral("%1  %2").arg(control.id, control.title));
        item->setData(control.id, Qt::UserRole); // Display and Edit share one slot in QStandardItem
        model->appendRow(item);
    }
    return model;
}

} // namespace

QWidget* ControlListDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    Q_UNUSED(option);
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("controlListEdit"));
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    edit->setPlaceholderText(tr("e.g. 5.15, 8.7"));
    edit->setToolTip(tr("Annex A control ids, separated by commas; type a digit for suggestions"));
    auto* completer = new ControlListCompleter(controlModel(edit), edit);
    completer->setCompletionRole(Qt::UserRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    edit->setCompleter(completer);
    return edit;
}

void ControlListDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        edit->setText(index.data(Qt::EditRole).toString());
}

void ControlListDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (edit && edit->text() != index.data(Qt::EditRole).toString())
        model->setData(index, edit->text(), Qt::EditRole);
}

} // namespace isoaudit
