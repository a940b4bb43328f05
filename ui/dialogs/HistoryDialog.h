// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace isoaudit {

class AuditDocument;

/// The audit trail (docs/security.md) as a table: when, who, what record, which field, old -> new, for one record or
/// the whole audit, filterable by text, with the chain's verification result on top.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /// The trail of one record (empty uuid: the whole audit), modal.
    static void show(AuditDocument* document, RecordKind kind, const QString& uuid, QWidget* parent);

    HistoryDialog(AuditDocument* document, const QString& uuid, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* verdict() const { return m_verdict; }
    QLineEdit* filter() const { return m_filter; }

private:
    void load(AuditDocument* document, const QString& uuid);
    void applyFilter(const QString& text);

    QLabel* m_verdict;
    QLineEdit* m_filter;
    QTableWidget* m_table;
};

} // namespace isoaudit
