// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/StoreSubscription.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace isoaudit {

class FieldTextEdit;

/// One earlier nonconformity as this audit verifies it: the earlier audit's record read-only (statement,
/// requirement, the corrective actions as they stood with their status history, the earlier verdicts), and this
/// audit's verification, editable: the verdict, the note, who verified it and when, and the evidence of this audit
/// it rests on.
class EarlierFindingDetail : public QWidget
{
    Q_OBJECT

public:
    explicit EarlierFindingDetail(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    void setCarried(const QString& uuid);
    const QString& carried() const { return m_uuid; }
    void flush();

    /// The earlier audit's record as HTML (statement, requirement, actions with history, earlier verdicts).
    static QString recordHtml(const Record& carried);

    QLabel* headingLabel() const { return m_heading; }
    QTextBrowser* recordView() const { return m_record; }
    QComboBox* verdictCombo() const { return m_verdict; }
    FieldTextEdit* noteEdit() const { return m_note; }
    QLineEdit* verifiedByEdit() const { return m_verifiedBy; }
    QDateEdit* verifiedOnEdit() const { return m_verifiedOn; }
    QListWidget* evidenceList() const { return m_evidence; }

signals:
    /// The verdict was chosen in the combo; the panel records it (EarlierVerification).
    void verdictChosen(const QString& uuid, const QString& verdict);
    void statusMessage(const QString& message);

private:
    void load();
    void loadEvidenceChoices();
    void loadEvidenceLinks(const Record& carried);
    void save(const QString& column, const QVariant& value);
    void saveEvidence();

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    QString m_uuid;
    bool m_loading = false;
    QLabel* m_heading;
    QTextBrowser* m_record;
    QComboBox* m_verdict;
    FieldTextEdit* m_note;
    QLineEdit* m_verifiedBy;
    QDateEdit* m_verifiedOn;
    QListWidget* m_evidence;
};

} // namespace isoaudit
