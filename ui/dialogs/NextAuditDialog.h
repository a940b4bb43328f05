// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "workflow/AuditSnapshot.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace isoaudit {

/// File ▸ New Audit from This One…: the next audit of the certification cycle, started from the open one
/// (NextAudit, docs/cycle.md). Asks the type (only those that may follow this audit), the dates, the lead auditor,
/// the signed report (optional) and the new file; says why when this audit cannot be followed yet (not signed) and
/// then offers no OK. The new file is written whole or not at all (NextAudit creates it atomically).
class NextAuditDialog : public QDialog
{
    Q_OBJECT

public:
    /// `previous` is the open audit's content, `previousPath` its file; `directory` is where the new file goes by
    /// default (the last folder used).
    NextAuditDialog(const AuditSnapshot& previous, const QString& previousPath, const QString& directory,
                    QWidget* parent = nullptr);

    /// The audit types that may follow `previous` in the cycle, signed or not.
    static QStringList typesThatMayFollow(const AuditSnapshot& previous);
    /// "Contoso Ltd surveillance 2027-03-01.isoaudit": the new file's default name.
    static QString defaultFileName(const QString& client, const QString& type, const QDate& start);

    /// Creates the new audit from the fields; on success createdPath() and summary() say what was made.
    Status create();
    QString createdPath() const { return m_createdPath; }
    const QStringList& summary() const { return m_summary; }

    QComboBox* typeCombo() const { return m_type; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QLineEdit* leadEdit() const { return m_lead; }
    QLineEdit* reportEdit() const { return m_report; }
    QLineEdit* targetEdit() const { return m_target; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const;

    void accept() override;

private:
    void update();
    void chooseReport();
    void chooseTarget();

    AuditSnapshot m_previous;
    QString m_previousPath;
    QString m_directory;
    bool m_targetEdited = false;
    QComboBox* m_type;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QLineEdit* m_lead;
    QLineEdit* m_report;
    QLineEdit* m_target;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QString m_createdPath;
    QStringList m_summary;
};

} // namespace isoaudit
