// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SignReportDialog.h"

#include "document/AuditDocument.h"
#include "workbench/LifecycleRules.h"
#include "report/ReportRenderer.h"
#include "signing/CmsSigner.h"
#include "signing/PdfVerifier.h"
#include "signing/ReportSigning.h"
#include "signing/SignatureStamp.h"
#include "storage/AuditStore.h"
#include "widgets/ThemeColors.h"
#include "workflow/Lifecycle.h"
#include "workflow/RuleEngine.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

const char* lastPkcs12Key = "signing/lastPkcs12";

QWidget* withBrowse(QLineEdit* edit, QPushButton* browse, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

SignReportDialog::SignReportDialog(AuditDocument* document, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_mode(mode)
{
    const bool adding = m_mode == Mode::AddSignature;
    setWindowTitle(adding ? tr("Add Signature to Signed Report") : tr("Sign Report"));
    auto* layout = new QVBoxLayout(this);

    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("readinessLabel"));
    m_readiness->setWordWrap(true);
    layout->addWidget(m_readiness);
    m_blockerList = new QListWidget(this);
    m_blockerList->setObjectName(QStringLiteral("blockerList"));
    m_blockerList->setAccessibleName(tr("Blockers that prevent signing"));
    m_blockerList->setWordWrap(true);
    m_blockerList->setMaximumHeight(140);
    layout->addWidget(m_blockerList);

    auto* form = new QFormLayout;
    m_pkcs12 = new QLineEdit(QSettings().value(QLatin1String(lastPkcs12Key)).toString(), this);
    m_pkcs12->setObjectName(QStringLiteral("pkcs12Edit"));
    m_pkcs12->setAccessibleName(tr("Certificate file (PKCS#12)"));
    m_pkcs12->setToolTip(tr("The signer's certificate and private key in a PKCS#12 file (.p12 or .pfx)"));
    auto* browseP12 = new QPushButton(tr("Browse…"), this);
    browseP12->setAccessibleName(tr("Choose the certificate file"));
    form->addRow(tr("&Certificate (PKCS#12):"), withBrowse(m_pkcs12, browseP12, this));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the certificate file"));
    m_passphrase->setToolTip(tr("Used once to open the certificate file; never stored"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto* browseInput = new QPushButton(tr("Browse…"), this);
    m_signedInput = new QLineEdit(this);
    m_signedInput->setObjectName(QStringLiteral("signedInputEdit"));
    m_signedInput->setAccessibleName(tr("Signed report to add a signature to"));
    browseInput->setAccessibleName(tr("Choose the signed report"));
    if (adding) {
        form->addRow(tr("&Signed report:"), withBrowse(m_signedInput, browseInput, this));
    } else {
        browseInput->hide();
        m_signedInput->hide();
    }
    m_output = new QLineEdit(m_document && !adding ? defaultOutputPath(*m_document) : QString(), this);
    m_output->setObjectName(QStringLiteral("outputEdit"));
    m_output->setAccessibleName(tr("Signed PDF to write"));
    auto* browseOut = new QPushButton(tr("Browse…"), this);
    browseOut->setAccessibleName(tr("Choose where to save the signed PDF"));
    form->addRow(tr("&Save as:"), withBrowse(m_output, browseOut, this));
    m_reason = new QLineEdit(adding ? tr("Acknowledged by the client's representative")
                             : isEngagement() ? tr("Service auditor's report, signed by the engagement lead")
                                              : tr("Final audit report, signed by the lead auditor"),
                             this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for signing"));
    form->addRow(tr("&Reason:"), m_reason);
    m_location = new QLineEdit(this);
    m_location->setAccessibleName(tr("Place of signing"));
    form->addRow(tr("&Location:"), m_location);
    m_stamp = new QCheckBox(tr("Show a visible &stamp (\"Digitally signed by … on …\") on the last page"), this);
    m_stamp->setAccessibleName(tr("Visible signature stamp"));
    form->addRow(QString(), m_stamp);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::errorText(palette()).name()));
    m_error->hide();
    layout->addWidget(m_error);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_signButton = buttons->addButton(adding ? tr("&Add Signature") : tr("&Sign"), QDialogButtonBox::ActionRole);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_signButton->setToolTip(adding ? tr("Add a further signature to the signed report")
                                    : tr("Render the report, sign it and record the signature in the audit"));
    m_openButton = buttons->addButton(tr("&Open PDF"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openPdfButton"));
    m_openButton->setToolTip(tr("Open the signed PDF in the system's PDF viewer"));
    m_openButton->hide();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseP12, &QPushButton::clicked, this, &SignReportDialog::browsePkcs12);
    connect(browseOut, &QPushButton::clicked, this, &SignReportDialog::browseOutput);
    connect(browseInput, &QPushButton::clicked, this, &SignReportDialog::browseSignedInput);
    connect(m_signButton, &QPushButton::clicked, this, [this] { (void)sign(); }); // sign() shows its own message
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_writtenPath)); });
    for (QLineEdit* edit : {m_pkcs12, m_passphrase, m_signedInput, m_output})
        connect(edit, &QLineEdit::textChanged, this, &SignReportDialog::updateButtons);

    loadBlockers();
    updateButtons();
    resize(640, sizeHint().height());
}

QString SignReportDialog::defaultOutputPath(const AuditDocument& document)
{
    const QFileInfo audit(document.path());
    auto record = document.store().audit();
    QString number = record ? record->text(QStringLiteral("report_number")).trimmed() : QString();
    if (number.isEmpty())
        number = audit.completeBaseName();
    number.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    const int revision = record ? record->integer(QStringLiteral("report_revision")).value_or(1) : 1;
    return audit.dir().filePath(tr("%1 rev %2 signed.pdf").arg(number).arg(revision));
}

void SignReportDialog::loadBlockers()
{
    m_blockers.clear();
    QHash<int, QString> ruleIds; // row in the list → the rule it shows
    if (!m_document) {
        m_blockers << tr("No audit is open.");
    } else if (m_mode == Mode::AddSignature) {
        auto state = Lifecycle::state(m_document->store());
        if (!state)
            m_blockers << state.error();
        else if (state.value() != QLatin1String("signed"))
            m_blockers << tr("Only the report of a signed audit can be countersigned; this audit is in %1.")
                              .arg(state.value());
    } else {
        auto state = Lifecycle::state(m_document->store());
        if (!state)
            m_blockers << state.error();
        else if (state.value() != QLatin1String("reporting"))
            m_blockers << tr("Only an audit in reporting can be signed; this one is in %1.").arg(state.value());
        auto violations = RuleEngine::evaluate(m_document->store(), QStringLiteral("signed"));
        if (!violations)
            m_blockers << violations.error();
        else
            for (const RuleViolation& v : RuleEngine::blockers(violations.value())) {
                // The rule's message and its clause in words; the rule id only as the item's tooltip.
                ruleIds.insert(int(m_blockers.size()), v.ruleId);
                m_blockers << LifecycleRules::displayText(v.message, v.clause);
            }
    }
    m_blockerList->clear();
    m_blockerList->addItems(m_blockers);
    for (auto it = ruleIds.cbegin(); it != ruleIds.cend(); ++it)
        m_blockerList->item(it.key())->setToolTip(LifecycleRules::toolTip(it.value(), true));
    m_blockerList->setVisible(!m_blockers.isEmpty());
    m_readiness->setText(
        m_blockers.isEmpty()
            ? (m_mode == Mode::AddSignature
                   ? tr("The audit is signed; a further signature can be added to its report.")
                   : tr("Every rule for signing holds. Signing records the report's hash and your "
                        "certificate in the audit and moves it to signed; after that the audit "
                        "changes only by reopening it."))
            : tr("The report cannot be signed yet: %n blocker(s) remain.", nullptr, int(m_blockers.size())));
    if (m_mode == Mode::Sign && isEngagement()) {
        // A SOC 2 report names the service auditor's firm (the engagement's), not a certification body.
        const auto engagement = m_document->store().singleton(RecordKind::Engagement);
        if (engagement && engagement->text(QStringLiteral("service_auditor")).trimmed().isEmpty())
            m_readiness->setText(m_readiness->text() + QLatin1Char(' ')
                                 + tr("The report does not name the service auditor's firm: enter it on the "
                                      "Engagement page before signing."));
    } else if (m_mode == Mode::Sign && m_options.issuer.trimmed().isEmpty()) {
        m_readiness->setText(m_readiness->text() + QLatin1Char(' ')
                             + tr("The report does not name the certification body, which ISO/IEC 17021-1 (9.4.8) "
                                  "requires: enter it in Preferences ▸ Certification body before signing."));
    }
}

bool SignReportDialog::isEngagement() const
{
    return m_document && m_document->isEngagement();
}

void SignReportDialog::setReportOptions(const ReportOptions& options)
{
    m_options = options;
    loadBlockers();
}

QStringList SignReportDialog::blockers() const
{
    return m_blockers;
}

bool SignReportDialog::canSign() const
{
    return m_signButton->isEnabled();
}

QString SignReportDialog::resultText() const
{
    return m_result->isVisible() || !m_result->text().isEmpty() ? m_result->text() : QString();
}

QString SignReportDialog::errorText() const
{
    return m_error->text();
}

void SignReportDialog::setPkcs12Path(const QString& path)
{
    m_pkcs12->setText(path);
}

void SignReportDialog::setPassphrase(const QString& passphrase)
{
    m_passphrase->setText(passphrase);
}

void SignReportDialog::setOutputPath(const QString& path)
{
    m_output->setText(path);
}

void SignReportDialog::setSignedInputPath(const QString& path)
{
    m_signedInput->setText(path);
}

void SignReportDialog::updateButtons()
{
    const bool filled = !m_pkcs12->text().trimmed().isEmpty() && !m_output->text().trimmed().isEmpty()
        && (m_mode == Mode::Sign || !m_signedInput->text().trimmed().isEmpty());
    m_signButton->setEnabled(m_document && m_blockers.isEmpty() && filled && m_writtenPath.isEmpty());
}

void SignReportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignReportDialog::browsePkcs12()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Certificate"), m_pkcs12->text(),
                                                      tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty())
        m_pkcs12->setText(path);
}

void SignReportDialog::browseOutput()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Signed Report"), m_output->text(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

void SignReportDialog::browseSignedInput()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Signed Report"), m_signedInput->text(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    m_signedInput->setText(path);
    if (m_output->text().isEmpty()) {
        const QFileInfo input(path);
        m_output->setText(input.dir().filePath(tr("%1 countersigned.pdf").arg(input.completeBaseName())));
    }
}

Status SignReportDialog::sign()
{
    showError({});
    if (!canSign())
        return Error{tr("Signing is not possible yet: %1").arg(m_blockers.join(QLatin1Char(' ')))};
    const QString output = QFileInfo(m_output->text().trimmed()).absoluteFilePath();
    Status done = QFileInfo(output) == QFileInfo(m_document->path())
        ? Status(
            Error{tr("The signed report would overwrite the audit file %1.").arg(QDir::toNativeSeparators(output))})
        : (m_mode == Mode::Sign ? signNew() : addSignature());
    m_passphrase->clear(); // used once, never kept
    if (!done) {
        showError(done.error());
        return done;
    }
    QSettings().setValue(QLatin1String(lastPkcs12Key), m_pkcs12->text().trimmed());
    QFile written(output);
    if (written.open(QIODevice::ReadOnly))
        showResult(output, written.readAll());
    m_blockerList->hide();
    m_readiness->setText(m_mode == Mode::Sign ? tr("The report is signed and the audit is now signed: the signed "
                                                   "report is the record. Reopen the audit to change it.")
                                              : tr("The signature was added to the report."));
    updateButtons();
    return done;
}

Status SignReportDialog::signNew()
{
    if (Status ready = ReportSigning::checkReady(m_document->store()); !ready)
        return ready;
    auto signer = CmsSigner::fromPkcs12File(m_pkcs12->text().trimmed(), m_passphrase->text());
    if (!signer)
        return Error{signer.error()};
    QProgressDialog progress(tr("Preparing the report for signing…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Sign Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto pdf = ReportRenderer::renderPdf(m_document->store(), m_options, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    if (!pdf || progress.wasCanceled())
        return Error{progress.wasCanceled() ? tr("Signing cancelled; nothing was written.") : pdf.error()};
    progress.setLabelText(tr("Signing…"));
    progress.setCancelButton(nullptr); // from here the signature is made and recorded as one step
    PdfSignatureOptions options;
    options.reason = m_reason->text().trimmed();
    options.location = m_location->text().trimmed();
    options.language = m_options.language;
    if (m_stamp->isChecked())
        options.stamp = SignatureStamp::footerSlot(0);
    auto report = ReportSigning::signReport(pdf.value(), signer.value(), options);
    if (!report)
        return Error{report.error()};
    auto recorded = ReportSigning::writeAndRecord(m_document->store(), report.value(), m_output->text().trimmed());
    if (!recorded)
        return Error{recorded.error()};
    // The signed audit refuses every write, so earlier edits can no longer be undone.
    m_document->undoStack()->clear();
    m_writtenPath = m_output->text().trimmed();
    return {};
}

Status SignReportDialog::addSignature()
{
    QFile input(m_signedInput->text().trimmed());
    if (!input.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(input.fileName()), input.errorString())};
    const QByteArray existing = input.readAll();
    auto signer = CmsSigner::fromPkcs12File(m_pkcs12->text().trimmed(), m_passphrase->text());
    if (!signer)
        return Error{signer.error()};
    PdfSignatureOptions options;
    options.reason = m_reason->text().trimmed();
    options.location = m_location->text().trimmed();
    if (m_stamp->isChecked()) {
        auto slot = ReportSigning::nextStampSlot(existing);
        if (!slot)
            return Error{slot.error()};
        options.stamp = slot.value();
    }
    auto countersigned = ReportSigning::countersign(m_document->store(), existing, signer.value(), options);
    if (!countersigned)
        return Error{countersigned.error()};
    if (Status written = ReportSigning::writeFile(m_output->text().trimmed(), countersigned.value()); !written)
        return written;
    m_writtenPath = m_output->text().trimmed();
    return {};
}

void SignReportDialog::showResult(const QString& path, const QByteArray& pdf)
{
    auto verification = PdfVerifier::verify(pdf);
    QStringList lines;
    lines << tr("Signed report written to %1.").arg(QDir::toNativeSeparators(path));
    if (!verification) {
        lines << verification.error();
    } else {
        for (int i = 0; i < verification->signatures.size(); ++i) {
            const PdfSignatureCheck& s = verification->signatures.at(i);
            lines << tr("Signature %1: %2 — %3").arg(i + 1).arg(s.signerSubject, s.valid ? tr("valid") : s.problem);
            lines << tr("Certificate SHA-256: %1").arg(QString::fromLatin1(s.certificateSha256));
        }
        lines << (verification->ok() ? tr("Whole document signed: nothing was added after the last signature.")
                                     : verification->problems().join(QLatin1Char(' ')));
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->show();
    m_openButton->show();
    m_openButton->setDefault(true);
}

} // namespace isoaudit
