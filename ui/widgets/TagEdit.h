// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace isoaudit {

/// A line edit for the clauses and Annex A controls a record covers, written as comma-separated tags
/// ("9.2.2, A.5.15"). Typing completes from the catalog by id or title ("access" offers "A.5.15 Access control");
/// a plain id that is only a control ("5.15") is accepted as that control, while "5.1" means clause 5.1 and
/// "A.5.1" control 5.1. tagsEdited() is emitted when the user finishes a valid change; an unknown tag is reported
/// through invalidTags() and leaves the stored links alone.
class TagEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit TagEdit(QWidget* parent = nullptr);

    /// Shows the given links (catalog ids) without emitting tagsEdited().
    void setTags(const QStringList& clauses, const QStringList& controls);
    QStringList clauses() const { return m_clauses; }
    QStringList controls() const { return m_controls; }

    /// Parses a tag text; false with a message naming the first unknown tag.
    static bool parse(const QString& text, QStringList* clauses, QStringList* controls, QString* error);
    /// "9.2.2, A.5.15" for the given links, in catalog order.
    static QString format(const QStringList& clauses, const QStringList& controls);
    /// Every completion entry: "4.1 Understanding the organization and its context", "A.5.15 Access control".
    static QStringList completionEntries();

signals:
    /// The user changed the tags; clauses() and controls() hold the new value.
    void tagsEdited();
    /// The text holds a tag that is not in the catalog; the message says which.
    void invalidTags(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void commit();
    void updateCompletion();
    void insertCompletion(const QString& entry);
    void updateToolTip();

    QCompleter* m_completer;
    QStringListModel* m_entries;
    QStringList m_clauses;
    QStringList m_controls;
};

} // namespace isoaudit
