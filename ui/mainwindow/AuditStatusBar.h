// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/LifecycleRules.h"

#include <QPointer>
#include <QStatusBar>
#include <QTimer>

class QLabel;
class QToolButton;

namespace isoaudit {

class AuditDocument;
class AuditStore;

/// The main window's status bar: transient messages on the left; on the right the lifecycle state, a button with
/// the number of unmet rules for the next transition (click → the list), whether the file is in step with the
/// central repository, and a read-only marker.
class AuditStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit AuditStatusBar(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    const LifecycleRules::Snapshot& snapshot() const { return m_snapshot; }
    /// Re-reads the lifecycle state and the rules now (normally done shortly after each change).
    void refresh();
    /// What the status bar says about the repository, computed from the file alone (its repository_link and its
    /// trail, no server): "Not in the repository", "All changes pushed", "3 changes not yet pushed".
    static QString repositoryText(const AuditStore& store, QString* toolTip = nullptr);

signals:
    void unmetRulesClicked();

private:
    void scheduleRefresh();

    QPointer<AuditDocument> m_document;
    QLabel* m_lifecycle = nullptr;
    QToolButton* m_rules = nullptr;
    QLabel* m_readOnly = nullptr;
    QLabel* m_repository = nullptr;
    QTimer m_refreshTimer;
    LifecycleRules::Snapshot m_snapshot;
};

} // namespace isoaudit
