// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/StoreSubscription.h"
#include "soc2/EngagementData.h"
#include "soc2/Opinion.h"
#include "widgets/DeferredRefresh.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace isoaudit {

class EffectCriteriaList;

/// The opinion selector (docs/soc2.md, "The opinion"): the opinion (unmodified, qualified, adverse, disclaimer), its
/// basis and the criteria not met are edited as a draft; the criteria core proposes as possibly not met
/// (Opinion::candidates) are listed and marked in the criteria list; the draft's consistency messages
/// (Opinion::problems) show live, and *Record opinion* (Opinion::record through AuditDocument::perform, undone by
/// restoring the previous choice) is enabled only when there are none. The recorded opinion is shown above; when it
/// changes in the store (recorded, undone, redone) the draft follows it.
class OpinionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OpinionPanel(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    /// The choice being edited.
    OpinionChoice draft() const;
    /// What is inconsistent in the draft (empty when it may be recorded); a hint when no opinion is chosen.
    QStringList problems() const { return m_problems; }
    /// Records the draft as one undo step; the store's or core's refusal otherwise. A panel that was hidden while
    /// the audit changed reads it first.
    Status recordOpinion();
    /// Reads the engagement again now (the panel does so by itself once the event loop is back after a change, or,
    /// while it is hidden, when it is shown again).
    void refresh();

    QComboBox* opinionCombo() const { return m_opinion; }
    QPlainTextEdit* basisEdit() const { return m_basis; }
    EffectCriteriaList* notMetList() const { return m_notMet; }
    QLabel* candidatesLabel() const { return m_candidates; }
    QLabel* problemsLabel() const { return m_problemsLabel; }
    QLabel* recordedLabel() const { return m_recorded; }
    QPushButton* recordButton() const { return m_record; }

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadDraft(const OpinionChoice& choice);
    void updateCandidates();
    void updateRecorded();
    void check();

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    std::optional<EngagementData> m_data;
    OpinionChoice m_shownRecorded; ///< the recorded choice the draft was last loaded from
    QStringList m_problems;
    DeferredRefresh* m_updates = nullptr; ///< the engagement is read again when shown, not while another page is
    bool m_loading = false;
    QLabel* m_recorded;
    QComboBox* m_opinion;
    QPlainTextEdit* m_basis;
    EffectCriteriaList* m_notMet;
    QLabel* m_candidates;
    QLabel* m_problemsLabel;
    QPushButton* m_revert;
    QPushButton* m_record;
};

} // namespace isoaudit
