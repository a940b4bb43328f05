// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TagEdit.h"

#include "catalog/Catalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStringListModel>

#include <algorithm>

namespace isoaudit {

namespace {

const QRegularExpression& separators()
{
    static const QRegularExpression expression(QStringLiteral("[,;]"));
    return expression;
}

/// Start of the tag the cursor is in: just after the last separator before it.
int tokenStart(const QString& text, int cursor)
{
    const int comma = text.left(cursor).lastIndexOf(separators());
    return comma + 1;
}

} // namespace

TagEdit::TagEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_entries(new QStringListModel(completionEntries(), this))
{
    setPlaceholderText(tr("Clauses and controls, e.g. 9.2.2, A.5.15 (type an id or a word of the title)"));
    setClearButtonEnabled(true);
    // A name for screen readers even where no label stands next to it; the form it sits in may say more.
    setAccessibleName(tr("Clauses and controls covered"));
    m_completer->setModel(m_entries);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &TagEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagEdit::updateCompletion);
    connect(this, &QLineEdit::returnPressed, this, &TagEdit::commit);
    updateToolTip();
}

QStringList TagEdit::completionEntries()
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    QStringList entries;
    for (const CatalogItem& item : catalog.clauses())
        entries << item.id + QLatin1Char(' ') + item.title;
    for (const CatalogItem& item : catalog.controls())
        entries << QStringLiteral("A.") + item.id + QLatin1Char(' ') + item.title;
    return entries;
}

bool TagEdit::parse(const QString& text, QStringList* clauses, QStringList* controls, QString* error)
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    QStringList foundClauses;
    QStringList foundControls;
    for (const QString& token : text.split(separators(), Qt::SkipEmptyParts)) {
        QString id = token.trimmed().section(QLatin1Char(' '), 0, 0);
        while (id.endsWith(QLatin1Char('.')))
            id.chop(1);
        if (id.isEmpty())
            continue;
        if (id.startsWith(QLatin1String("A."), Qt::CaseInsensitive)) {
            const QString control = id.mid(2);
            if (!catalog.control(control)) {
                if (error)
                    *error = tr("\"%1\" is not an Annex A control of %2.").arg(id, catalog.frameworkName());
                return false;
            }
            if (!foundControls.contains(control))
                foundControls << control;
        } else if (catalog.clause(id)) {
            if (!foundClauses.contains(id))
                foundClauses << id;
        } else if (catalog.control(id)) {
            if (!foundControls.contains(id))
                foundControls << id;
        } else {
            if (error)
                *error
                    = tr("\"%1\" is neither a clause nor an Annex A control of %2.").arg(id, catalog.frameworkName());
            return false;
        }
    }
    std::sort(foundClauses.begin(), foundClauses.end(),
              [&](const QString& a, const QString& b) { return catalog.clauseIndex(a) < catalog.clauseIndex(b); });
    std::sort(foundControls.begin(), foundControls.end(),
              [&](const QString& a, const QString& b) { return catalog.controlIndex(a) < catalog.controlIndex(b); });
    if (clauses)
        *clauses = foundClauses;
    if (controls)
        *controls = foundControls;
    return true;
}

QString TagEdit::format(const QStringList& clauses, const QStringList& controls)
{
    QStringList tags = clauses;
    for (const QString& control : controls)
        tags << QStringLiteral("A.") + control;
    return tags.join(QLatin1String(", "));
}

void TagEdit::setTags(const QStringList& clauses, const QStringList& controls)
{
    QStringList c;
    QStringList k;
    if (!parse(format(clauses, controls), &c, &k, nullptr)) {
        c = clauses; // unknown ids from an older catalog are shown as stored
        k = controls;
    }
    m_clauses = c;
    m_controls = k;
    setText(format(c, k));
    setCursorPosition(0); // a long list shows its first ids, not its last
    updateToolTip();
}

void TagEdit::commit()
{
    QStringList clauses;
    QStringList controls;
    QString error;
    if (!parse(text(), &clauses, &controls, &error)) {
        emit invalidTags(error);
        return;
    }
    setText(format(clauses, controls));
    if (clauses == m_clauses && controls == m_controls)
        return;
    m_clauses = clauses;
    m_controls = controls;
    updateToolTip();
    emit tagsEdited();
}

void TagEdit::updateCompletion()
{
    const QString current = text();
    const int start = tokenStart(current, cursorPosition());
    const QString prefix = current.mid(start, cursorPosition() - start).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(std::max(width(), 420));
    m_completer->complete(rect);
}

void TagEdit::insertCompletion(const QString& entry)
{
    const QString id = entry.section(QLatin1Char(' '), 0, 0);
    const QString current = text();
    const int cursor = cursorPosition();
    const int start = tokenStart(current, cursor);
    int end = current.indexOf(separators(), cursor);
    if (end < 0)
        end = current.size();
    QString before = current.left(start);
    if (!before.isEmpty() && !before.endsWith(QLatin1Char(' ')))
        before += QLatin1Char(' ');
    const QString after = current.mid(end);
    const QString inserted = id + QStringLiteral(", ");
    setText(before + inserted + after.mid(after.startsWith(QLatin1Char(',')) ? 1 : 0).trimmed());
    setCursorPosition(before.size() + inserted.size());
}

void TagEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup takes these
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void TagEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (!m_completer->popup()->isVisible())
        commit();
}

void TagEdit::updateToolTip()
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    QStringList lines;
    for (const QString& id : m_clauses) {
        const CatalogItem* item = catalog.clause(id);
        lines << (item ? tr("Clause %1 %2").arg(id, item->title) : id);
    }
    for (const QString& id : m_controls) {
        const CatalogItem* item = catalog.control(id);
        lines << (item ? tr("Control A.%1 %2").arg(id, item->title) : QStringLiteral("A.") + id);
    }
    if (lines.isEmpty())
        setToolTip(tr("The clauses and Annex A controls covered. Type an id (9.2.2, A.5.15) or a word of a title, "
                      "separate tags with commas, press Enter to apply."));
    else
        setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace isoaudit
