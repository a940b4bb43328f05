// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/LifecycleRules.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace isoaudit {

class AuditDocument;

/// The list of rules that stand between the audit and its next lifecycle state (status bar click, Overview's
/// Advance…). Each entry opens the place that needs attention; "Advance" moves on when no blocker remains.
class UnmetRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnmetRulesDialog(AuditDocument* document, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

signals:
    /// The user chose a rule: show this pane and record.
    void ruleActivated(const isoaudit::UnmetRule& rule);
    void statusMessage(const QString& message);

private:
    void reload();
    void activateCurrent();
    void advance();
    void reopen();

    AuditDocument* m_document;
    LifecycleRules::Snapshot m_snapshot;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_advance = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_reopen = nullptr;
};

} // namespace isoaudit
