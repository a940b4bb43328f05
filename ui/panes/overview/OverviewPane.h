// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StoreSubscription.h"
#include "panes/Pane.h"
#include "workbench/LifecycleRules.h"

#include <QPointer>
#include <QTimer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace isoaudit {

class AuditProgressWidget;

/// The first page: the audit's identity (client, type, dates, scope, sites, team — editable where it is the
/// auditor's to set), the lifecycle with the rules that block the next step and an Advance… button, the
/// certification recommendation, and the progress of the audit at a glance.
class OverviewPane : public Pane
{
    Q_OBJECT

public:
    explicit OverviewPane(QWidget* parent = nullptr);

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    QListWidget* rulesList() const { return m_rules; }
    AuditProgressWidget* progress() const { return m_progress; }

signals:
    /// Advance… was pressed: the main window shows the rules dialog (which can advance).
    void advanceRequested();
    /// A rule in the inline list was chosen: go to where it is fixed.
    void ruleActivated(const isoaudit::UnmetRule& rule);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createIdentityBox();
    QWidget* createLifecycleBox();
    void refresh();
    void scheduleRefresh();
    void saveField(const QString& column, const QVariant& value);

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    QTimer m_refreshTimer;
    bool m_stale = false;
    LifecycleRules::Snapshot m_snapshot;
    bool m_loading = false;

    QLineEdit* m_client = nullptr;
    QComboBox* m_type = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLineEdit* m_reportNumber = nullptr;
    QPlainTextEdit* m_scope = nullptr;
    QLabel* m_standard = nullptr;
    QLabel* m_sites = nullptr;
    QLabel* m_team = nullptr;
    QLabel* m_steps = nullptr;
    QLabel* m_rulesSummary = nullptr;
    QListWidget* m_rules = nullptr;
    QPushButton* m_advance = nullptr;
    QComboBox* m_recommendation = nullptr;
    QLabel* m_suggestion = nullptr;
    AuditProgressWidget* m_progress = nullptr;
};

} // namespace isoaudit
