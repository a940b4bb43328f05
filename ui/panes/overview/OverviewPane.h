// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StoreSubscription.h"
#include "panes/Pane.h"
#include "widgets/DeferredRefresh.h"
#include "workbench/LifecycleRules.h"

#include <QPointer>
#include <QTimer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QScrollArea;

namespace isoaudit {

class AuditProgressWidget;
class LifecyclePanel;
class ProgrammeForm;
class ReportContentForm;

/// The first page: the audit's identity (client, type, dates, scope, sites, team — editable where it is the
/// auditor's to set), the lifecycle with the rules that block the next step and an Advance… button, the audit's
/// outcome (the choices of its type: readiness for Stage 2, certification, continuation, renewal, follow-up), the
/// progress of the audit at a glance, the certification programme with its timeline (ProgrammeForm), and the
/// report's content that only the audit team can state
/// (ReportContentForm).
class OverviewPane : public Pane
{
    Q_OBJECT

public:
    explicit OverviewPane(QWidget* parent = nullptr);
    ~OverviewPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    QListWidget* rulesList() const;
    AuditProgressWidget* progress() const { return m_progress; }
    QComboBox* outcomeCombo() const { return m_recommendation; }
    QLabel* outcomeLabel() const { return m_recommendationLabel; }
    QLabel* suggestionLabel() const { return m_suggestion; }
    ReportContentForm* reportContent() const { return m_reportContent; }
    ProgrammeForm* programme() const { return m_programme; }
    /// What the outcome is called for an audit type ("Readiness for Stage 2", "Certification recommendation"); the
    /// form's label (with its mnemonic) and the group's title.
    static QString outcomeName(const QString& auditType);
    static QString outcomeFieldLabel(const QString& auditType);
    static QString lifecycleTitle(const QString& auditType);

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
    void saveField(const QString& column, const QVariant& value, const QString& undoText = {});
    void showOutcome(const QString& auditType, const QString& outcome, const QString& suggested);

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    DeferredRefresh* m_updates = nullptr; ///< the rules and counts are read again when shown, not while hidden
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
    LifecyclePanel* m_lifecycle = nullptr;
    QLabel* m_recommendationLabel = nullptr;
    QComboBox* m_recommendation = nullptr;
    QString m_outcomeType; ///< the audit type whose outcomes the combo offers
    QLabel* m_suggestion = nullptr;
    AuditProgressWidget* m_progress = nullptr;
    ReportContentForm* m_reportContent = nullptr;
    ProgrammeForm* m_programme = nullptr;
    QScrollArea* m_scroll = nullptr;
};

} // namespace isoaudit
