// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "domain/ReportContent.h"

#include <QGroupBox>
#include <QList>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace isoaudit {

class FieldTextEdit;

/// The Overview's "Report content" group: what ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask every audit report to
/// state that only the audit team knows (core/domain/ReportContent). One row per item of the audit's type, in the
/// table's order and two to a line: the item's label above its field, the question as placeholder and tool tip.
/// Paragraphs save while the user types (FieldTextEdit), one-line answers when the field is left, choices when
/// chosen; a yes/no confirmation has its remark beside it. A red mark before a label shows an answer the report
/// still needs before it can be signed. The rows follow the audit type live.
class ReportContentForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReportContentForm(QWidget* parent = nullptr);

    /// Shows the audit's answers for the items of its type; `writable` false makes every field read-only.
    void setAudit(const Record& audit, bool writable);
    /// The audit fields of the rows shown, in order (a confirmation's remark follows its answer).
    QStringList shownColumns() const;
    /// The widget that edits an audit field (a remark column gives the remark's edit); nullptr when not shown.
    QWidget* field(const QString& column) const;
    /// Whether the row of an item's column carries the mark "unanswered, needed before signing".
    bool isMarkedMissing(const QString& column) const;
    /// Number of rows shown with that mark.
    int missingCount() const;
    /// Focuses the field of an audit field (a confirmation answered "no" without its remark: the remark) and
    /// returns it, so the page can scroll to it; nullptr when the audit's type has no such row.
    QWidget* focusField(const QString& column);
    /// Emits fieldEdited() now for paragraphs with unsaved typing.
    void flush();

signals:
    /// The user changed an answer: `value` is the field's new value (a null QVariant for "Not stated").
    void fieldEdited(const QString& column, const QVariant& value);

private:
    struct Row
    {
        const ReportContentItem* item = nullptr;
        QWidget* container = nullptr;
        QLabel* mark = nullptr;
        QLabel* label = nullptr;
        QLineEdit* line = nullptr; ///< a one-line answer
        FieldTextEdit* text = nullptr; ///< a paragraph
        QComboBox* choice = nullptr; ///< a choice: the combination, or a confirmation's yes/no
        FieldTextEdit* remark = nullptr; ///< a confirmation's remark
        bool missing = false;
    };

    Row createRow(const ReportContentItem& item);
    void layoutRows(const QString& auditType);
    void showValues(Row& row, const Record& audit, bool writable);
    const Row* rowOf(const QString& column) const;

    QList<Row> m_rows;
    QGridLayout* m_grid = nullptr;
    QLabel* m_summary = nullptr;
    QString m_auditType;
};

} // namespace isoaudit
