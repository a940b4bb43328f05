// SPDX-License-Identifier: GPL-3.0-or-later
// A throw-away PKI for the signing tests: a test CA and signer certificates in PKCS#12 files, made with the
// openssl command line in a temporary folder, and helpers that run poppler's pdfsig and qpdf on a PDF.
#pragma once

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

namespace isoaudit::test {

/// Runs a program and returns its exit code (-1 when it did not run) and its stdout + stderr.
inline int runProgram(const QString& program, const QStringList& arguments, QString* output,
                      const QString& workingDirectory = {}, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

/// The test CA and its signers. Every file lives in the object's temporary folder.
class TestPki
{
public:
    static constexpr const char* passphrase = "correct horse battery";

    bool create(QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        QFile extensions(path(QStringLiteral("signer.ext")));
        extensions.open(QIODevice::WriteOnly);
        extensions.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n");
        extensions.close();
        return openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days",
                        "30", "-subj", "/CN=IsoAudit Test CA/O=Test Certification Body", "-addext",
                        "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"},
                       error)
            && makeSigner(QStringLiteral("lead"), QStringLiteral("/CN=Jane Auditor/O=Test Certification Body"), error)
            && makeSigner(QStringLiteral("client"), QStringLiteral("/CN=Søren Østergaard/O=Kunde ApS"), error);
    }

    /// lead.p12 (Jane Auditor) or client.p12 (Søren Østergaard), protected by `passphrase`.
    QString p12(const QString& who) const { return path(who + QStringLiteral(".p12")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    bool openssl(const QStringList& arguments, QString* error)
    {
        QString output;
        if (runProgram(QStringLiteral("openssl"), arguments, &output, m_dir.path()) != 0) {
            *error = QStringLiteral("openssl %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), output);
            return false;
        }
        return true;
    }

    bool makeSigner(const QString& who, const QString& subject, QString* error)
    {
        const QString key = who + QStringLiteral(".key"), csr = who + QStringLiteral(".csr");
        const QString crt = who + QStringLiteral(".crt");
        return openssl({"req", "-utf8", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", subject},
                       error)
            && openssl({"x509", "-req", "-in", csr, "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", crt,
                        "-days", "30", "-extfile", "signer.ext"},
                       error)
            && openssl({"pkcs12", "-export", "-inkey", key, "-in", crt, "-certfile", "ca.crt", "-name", who, "-out",
                        who + QStringLiteral(".p12"), "-passout", QStringLiteral("pass:") + QLatin1String(passphrase)},
                       error);
    }

    QTemporaryDir m_dir;
};

/// A small PDF/A-1b document made by QPdfWriter, as the report renderer makes them.
inline QByteArray makeQtPdf(int pages)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain.pdf"));
    {
        QPdfWriter writer(file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(QStringLiteral("Audit report — Kunde A/S (æøå)"));
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            const QString text = QStringLiteral("Page %1 of %2 — Prüfbericht æøå").arg(page + 1).arg(pages);
            painter.drawText(200, 400, text);
            painter.drawRect(200, 600, 3000, 1500);
        }
    }
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    return in.readAll();
}

/// One "Signature #n" block of `pdfsig` output.
struct PdfsigSignature
{
    QString block;
    bool valid() const { return block.contains(QLatin1String("Signature is Valid")); }
    bool total() const
    {
        return block.contains(QLatin1String("Total document signed"))
            && !block.contains(QLatin1String("Not total document signed"));
    }
};

/// Runs pdfsig on a file and splits its answer per signature; nullopt-like empty list plus output on failure.
inline QList<PdfsigSignature> pdfsig(const QString& file, QString* output)
{
    runProgram(QStringLiteral("pdfsig"), {file}, output);
    QList<PdfsigSignature> signatures;
    const QStringList parts = output->split(QStringLiteral("Signature #"));
    for (int i = 1; i < parts.size(); ++i)
        signatures.append({parts.at(i)});
    return signatures;
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace isoaudit::test
