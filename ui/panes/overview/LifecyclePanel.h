// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/LifecycleRules.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace isoaudit {

class AuditDocument;

/// The lifecycle as the Overview pages show it, for an ISO/IEC 27001 audit and a SOC 2 engagement alike: the states
/// with the current one in bold, a summary of the rules that hold the next step back, the rules themselves (Enter or
/// double-click goes where each is fixed) and Advance…, which for the last step opens the signing dialog, because an
/// audit becomes signed only by signing its report. The page adds its own outcome below (contentLayout()).
class LifecyclePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LifecyclePanel(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document) { m_document = document; }
    /// Shows a snapshot. `engagement`: the words of a SOC 2 engagement ("the engagement is signed") instead of an
    /// audit's.
    void setSnapshot(const LifecycleRules::Snapshot& snapshot, bool engagement);
    void clear();
    const LifecycleRules::Snapshot& snapshot() const { return m_snapshot; }

    QListWidget* rulesList() const { return m_rules; }
    /// Where the page adds what belongs under the rules (the ISO outcome).
    QVBoxLayout* contentLayout() const { return m_layout; }

signals:
    /// Advance… was pressed before the last step: the main window shows the rules dialog (which can advance).
    void advanceRequested();
    /// The signing dialog closed (the lifecycle may have changed).
    void signingFinished();
    /// A rule in the list was chosen: go to where it is fixed.
    void ruleActivated(const isoaudit::UnmetRule& rule);

private:
    QPointer<AuditDocument> m_document;
    LifecycleRules::Snapshot m_snapshot;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_steps = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_rules = nullptr;
    QPushButton* m_advance = nullptr;
};

} // namespace isoaudit
