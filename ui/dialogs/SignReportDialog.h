// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"
#include "util/Result.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace isoaudit {

class AuditDocument;

/// Signs the final report (docs/signing.md), the only way an audit becomes signed: lists the blockers of
/// `check --for signed` (signing is disabled while any remain), takes the lead auditor's PKCS#12 file (the last path
/// is remembered, the passphrase never is), the output PDF, reason, location and an optional visible stamp, renders
/// and signs with a progress dialog (cancel before signing) and shows what the verifier says of the result.
/// In AddSignature mode it countersigns an already signed report (the client's representative, a technical
/// reviewer) as `isoaudit-cli sign --add-to` does. Errors (wrong passphrase, expired certificate) show core's message
/// and nothing is written. All the work is core's ReportSigning, the same as the CLI's.
class SignReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Sign, AddSignature };

    explicit SignReportDialog(AuditDocument* document, Mode mode = Mode::Sign, QWidget* parent = nullptr);

    /// The unmet blockers shown (empty when the audit may be signed).
    QStringList blockers() const;
    /// Whether the Sign button may be pressed (ready, and the fields filled).
    bool canSign() const;
    /// What the Sign button does: returns core's message on failure (also shown in the dialog).
    Status sign();
    /// The verification summary shown after signing (empty before).
    QString resultText() const;
    QString errorText() const;

    void setPkcs12Path(const QString& path);
    void setPassphrase(const QString& passphrase);
    void setOutputPath(const QString& path);
    void setSignedInputPath(const QString& path);
    /// The report's options; a report that names no certification body is said so (ISO/IEC 17021-1 9.4.8).
    void setReportOptions(const ReportOptions& options);

    /// "<report number> rev N signed.pdf" beside the audit file.
    static QString defaultOutputPath(const AuditDocument& document);

private:
    /// Whether the audit is a SOC 2 engagement (its report is the service auditor's, signed by the engagement lead).
    bool isEngagement() const;
    void loadBlockers();
    void updateButtons();
    void showError(const QString& message);
    void showResult(const QString& path, const QByteArray& pdf);
    void browsePkcs12();
    void browseOutput();
    void browseSignedInput();
    Status signNew();
    Status addSignature();

    QPointer<AuditDocument> m_document;
    Mode m_mode;
    ReportOptions m_options;
    QStringList m_blockers;
    QString m_writtenPath;
    QListWidget* m_blockerList = nullptr;
    QLabel* m_readiness = nullptr;
    QLineEdit* m_pkcs12 = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_signedInput = nullptr;
    QLineEdit* m_output = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_location = nullptr;
    QCheckBox* m_stamp = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_signButton = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace isoaudit
