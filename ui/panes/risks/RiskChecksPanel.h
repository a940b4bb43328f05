// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StoreSubscription.h"
#include "widgets/DeferredRefresh.h"
#include "workflow/CrossChecks.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace isoaudit {

class AuditDocument;
class RiskTableModel;

/// The workflow's cross-checks (core/workflow/CrossChecks) for the selected risk, beside the register: each
/// result with its state, and "Raise finding" / "Dismiss…" for an open one. Both actions go through AuditDocument,
/// so they are undoable like every other edit. The checks are re-run shortly after the audit changes, once for all
/// risks, and the per-risk messages are published for the register's row markers.
class RiskChecksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RiskChecksPanel(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    /// The register whose rows the checks read, so a 10,000-row register is not read again after every edit.
    void setRegister(const RiskTableModel* model) { m_register = model; }
    /// Shows the results for this risk (empty = none selected).
    void setRisk(const QString& riskUuid, const QString& riskRef);
    /// Runs the checks now instead of after the short delay (tests, first show).
    void refresh();
    /// Results for a risk, from the last run.
    QList<CrossCheckResult> resultsFor(const QString& riskUuid) const { return m_results.value(riskUuid); }
    QListWidget* list() const { return m_list; }

    /// Raises the result with this key as a finding (undoable); returns the finding's uuid.
    Result<QString> raise(const QString& key);
    /// Records the dismissal of a result with the reason (undoable).
    Status dismiss(const QString& key, const QString& reason);

signals:
    /// Open results per risk uuid, each a sentence, for the register's markers.
    void messagesChanged(const QHash<QString, QStringList>& openMessages);
    void statusMessage(const QString& message);
    /// Follow a raised finding.
    void findingRaised(const QString& findingUuid);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildList();
    void updateButtons();
    const CrossCheckResult* currentResult() const;
    QString nextFindingRef(const QString& grade) const;
    QString auditorName() const;
    void raiseCurrent();
    void dismissCurrent();

    Result<QList<CrossCheckResult>> runChecks() const;

    AuditDocument* m_document = nullptr;
    StoreSubscription m_subscription;
    const RiskTableModel* m_register = nullptr;
    QString m_riskUuid;
    QString m_riskRef;
    QHash<QString, QList<CrossCheckResult>> m_results; // risk uuid -> results naming it
    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_raiseButton = nullptr;
    QPushButton* m_dismissButton = nullptr;
    DeferredRefresh* m_updates = nullptr; ///< the checks run again when shown, not while another pane is
};

} // namespace isoaudit
