// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StoreSubscription.h"
#include "panes/Pane.h"

class QLineEdit;
class QScrollArea;
class QSplitter;

namespace isoaudit {

class CriteriaTableBox;
class EngagementFactsForm;
class SubserviceTableModel;
class SystemDescriptionForm;
class UserEntityControlTableModel;

/// The SOC 2 Engagement page (issue 17, point 2): the engagement singleton and what belongs to it, in one scrolling
/// page. Left, the engagement's facts (service organization, system, service auditor, engagement lead, report type
/// with its as-of date or period and the period's length) and the Trust Services categories in scope; right, the
/// system description's parts, management's assertion, the intended users and the report date; below, side by side
/// in a splitter, the subservice organizations and the complementary user-entity controls, each with its criteria
/// chosen in the criteria picker. Every edit is one undo step through the AuditDocument and writes what the CLI's
/// `engagement`, `subservice` and `cuec` commands write; the page follows changes made elsewhere (undo, redo, core).
/// Edit > Find focuses the filter of the two tables.
class EngagementPane : public Pane
{
    Q_OBJECT

public:
    explicit EngagementPane(QWidget* parent = nullptr);
    ~EngagementPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    /// Engagement: the system's name; Audit: the service organization; Subservice and UserEntityControl: the row.
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    EngagementFactsForm* factsForm() const { return m_facts; }
    SystemDescriptionForm* descriptionForm() const { return m_description; }
    CriteriaTableBox* subserviceBox() const { return m_subserviceBox; }
    CriteriaTableBox* userControlBox() const { return m_userControlBox; }
    SubserviceTableModel* subserviceModel() const { return m_subservices; }
    QLineEdit* filterEdit() const { return m_filter; }
    /// Shows what the store holds now (the page does this itself on every change of the engagement, the audit or
    /// the team).
    void refresh();

private:
    QWidget* createTables();
    void onStoreChanged(RecordKind kind);

    AuditDocument* m_document = nullptr;
    StoreSubscription m_subscription;
    QScrollArea* m_scroll = nullptr;
    EngagementFactsForm* m_facts = nullptr;
    SystemDescriptionForm* m_description = nullptr;
    SubserviceTableModel* m_subservices = nullptr;
    UserEntityControlTableModel* m_userControls = nullptr;
    CriteriaTableBox* m_subserviceBox = nullptr;
    CriteriaTableBox* m_userControlBox = nullptr;
    QSplitter* m_tablesSplitter = nullptr;
    QLineEdit* m_filter = nullptr;
    QWidget* m_notEngagement = nullptr;
    QWidget* m_content = nullptr;
};

} // namespace isoaudit
