// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StoreSubscription.h"
#include "panes/Pane.h"
#include "widgets/DeferredRefresh.h"
#include "workbench/LifecycleRules.h"

#include <QPointer>
#include <QTimer>

class QLabel;
class QProgressBar;
class QTableWidget;
class QPushButton;

namespace isoaudit {

class LifecyclePanel;

/// The first page of a SOC 2 engagement: who and what is examined (the service organization, the system, Type 1 as
/// of a date or Type 2 over a period, the categories, the service auditor's firm and the engagement lead), the
/// lifecycle with the rules that block the next step, the opinion as recorded, and the progress at a glance —
/// criteria addressed by a control, controls tested, sample items with a result, exceptions assessed — each with a
/// button to the page where it is done. Read-only: the Engagement page edits the facts.
class Soc2OverviewPane : public Pane
{
    Q_OBJECT

public:
    explicit Soc2OverviewPane(QWidget* parent = nullptr);

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    LifecyclePanel* lifecycle() const { return m_lifecycle; }
    /// The progress rows' texts, for the tests: "criteria", "controls", "items", "exceptions".
    QString progressText(const QString& key) const;
    /// Per trust services category in scope: criteria, addressed, controls mapped, controls with exceptions.
    QTableWidget* categoryTable() const { return m_categoryTable; }
    /// The controls that need the auditor: not tested yet, with exceptions, or not occurring (double-click: Testing).
    QTableWidget* attentionTable() const { return m_attention; }

signals:
    void advanceRequested();
    void ruleActivated(const isoaudit::UnmetRule& rule);
    /// A progress row's button: show the page with this key.
    void pageRequested(const QString& key);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct ProgressRow
    {
        QLabel* text = nullptr;
        QProgressBar* bar = nullptr;
    };
    QWidget* createFactsBox();
    QWidget* createProgressBox();
    QWidget* createDetailBox();
    void refresh();

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    DeferredRefresh* m_updates = nullptr; ///< the engagement is read again when shown, not while hidden
    QLabel* m_organization = nullptr;
    QLabel* m_system = nullptr;
    QLabel* m_period = nullptr;
    QLabel* m_categories = nullptr;
    QLabel* m_firm = nullptr;
    QLabel* m_team = nullptr;
    QLabel* m_reportNumber = nullptr;
    QLabel* m_opinion = nullptr;
    LifecyclePanel* m_lifecycle = nullptr;
    QHash<QString, ProgressRow> m_progress;
    QTableWidget* m_categoryTable = nullptr;
    QTableWidget* m_attention = nullptr;
};

} // namespace isoaudit
