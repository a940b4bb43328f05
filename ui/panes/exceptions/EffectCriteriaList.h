// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QListWidget>

namespace isoaudit {

struct CatalogItem;

/// A checkable list of the Trust Services Criteria in an engagement's scope ("CC8.1 — …"), for the criteria an
/// exception's effect names and the criteria the opinion lists as not met. Space or a click ticks a criterion and
/// checkedEdited() reports the whole ticked set; a criterion ticked in the record but no longer in scope is listed
/// at the end, marked, so it can be unticked. Criteria may carry a mark (an icon and a sentence in the tooltip), as
/// the opinion's candidates do.
class EffectCriteriaList : public QListWidget
{
    Q_OBJECT

public:
    explicit EffectCriteriaList(QWidget* parent = nullptr);

    /// The criteria to offer, in order (the engagement's criteria in scope). Keeps the ticks.
    void setCriteria(const QList<const CatalogItem*>& criteria);
    /// Ticks exactly these criteria (no checkedEdited()).
    void setChecked(const QStringList& ids);
    /// The ticked criteria in list order.
    QStringList checked() const;
    /// Marks criteria (id -> the sentence the tooltip adds); the others lose their mark.
    void setMarks(const QHash<QString, QString>& marks);
    /// The row of a criterion, -1 when it is not listed.
    int rowOf(const QString& id) const;

signals:
    void checkedEdited(const QStringList& ids);

private:
    QListWidgetItem* addCriterion(const QString& id, const QString& title, bool inScope);
    void decorate(QListWidgetItem* item);

    QStringList m_inScope;
    QHash<QString, QString> m_marks;
    bool m_loading = false;
};

} // namespace isoaudit
