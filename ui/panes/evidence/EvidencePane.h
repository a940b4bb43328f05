// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "panes/Pane.h"

#include <QPointer>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;

namespace isoaudit {

class EvidenceEditor;
class EvidenceTableModel;

/// The Evidence pane: documents sighted, records sampled, observations and technical checks in a table (filtered
/// by kind and text), and the selected one in the editor below with its attached files (add, open, export,
/// remove; drop files in).
class EvidencePane : public Pane
{
    Q_OBJECT

public:
    explicit EvidencePane(QWidget* parent = nullptr);
    ~EvidencePane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    Result<QString> addEvidence(const QString& kind);
    Status deleteSelected();
    void flush();
    QString currentUuid() const;

    QTableView* view() const { return m_view; }
    EvidenceTableModel* model() const { return m_model; }
    EvidenceEditor* editor() const { return m_editor; }

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void onCurrentChanged();
    void applyFilter();

    QPointer<AuditDocument> m_document;
    EvidenceTableModel* m_model;
    QSortFilterProxyModel* m_kindProxy;
    QSortFilterProxyModel* m_textProxy;
    QComboBox* m_kindFilter;
    QLineEdit* m_textFilter;
    QTableView* m_view;
    QToolButton* m_addButton;
    QPushButton* m_deleteButton;
    EvidenceEditor* m_editor;
    QSplitter* m_splitter;
};

} // namespace isoaudit
