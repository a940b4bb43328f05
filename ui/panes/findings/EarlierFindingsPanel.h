// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace isoaudit {

class CarriedFindingTableModel;
class EarlierFindingDetail;

/// "Earlier nonconformities to verify" in the Findings pane (docs/cycle.md): the nonconformities of earlier audits
/// that this audit carries, with this audit's verdict (a combo in the list, the keys 1, 2, 3 and 0, or the detail
/// beside it), and the detail of the one selected. Shown only when the audit carries any.
class EarlierFindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EarlierFindingsPanel(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    /// Records this audit's verdict on a carried finding (EarlierVerification: one undo step, raising it again when
    /// not effective) and says what happened in the status bar.
    Status setVerdict(const QString& uuid, const QString& verdict);
    /// Selects a carried finding (or the first still to verify, when `uuid` is empty) and focuses the list.
    void showCarried(const QString& uuid);
    void flush();
    /// Whether the audit carries any earlier nonconformity (the panel is shown only then).
    bool hasRows() const;

    QTableView* view() const { return m_view; }
    CarriedFindingTableModel* model() const { return m_model; }
    EarlierFindingDetail* detail() const { return m_detail; }
    QLabel* titleLabel() const { return m_title; }
    QSplitter* splitter() const { return m_splitter; }
    QString currentUuid() const;

signals:
    void statusMessage(const QString& message);
    /// A finding was raised again: the Findings list may show it.
    void findingRaised(const QString& ref);

private:
    void updateTitle();
    void setCurrentVerdict(const QString& verdict);

    QPointer<AuditDocument> m_document;
    CarriedFindingTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QTableView* m_view;
    EarlierFindingDetail* m_detail;
    QSplitter* m_splitter;
};

} // namespace isoaudit
