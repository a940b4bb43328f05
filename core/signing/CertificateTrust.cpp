// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/CertificateTrust.h"

#include "signing/OpenSslSupport.h"

#include <QDir>
#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

namespace isoaudit {

struct CertificateTrust::Private
{
    STACK_OF(X509) * anchors = sk_X509_new_null();

    ~Private() { sk_X509_pop_free(anchors, X509_free); }
};

namespace {

X509* fromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return d2i_X509(nullptr, &p, long(der.size()));
}

} // namespace

Result<CertificateTrust> CertificateTrust::fromPemFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The trusted certificates file %1 cannot be read: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    auto trust = fromPem(file.readAll());
    if (!trust)
        return Error{tr("%1: %2").arg(QDir::toNativeSeparators(path), trust.error())};
    return trust;
}

Result<CertificateTrust> CertificateTrust::fromPem(const QByteArray& pem)
{
    ERR_clear_error();
    auto d = std::make_shared<Private>();
    auto bio = openssl::memoryBio(pem);
    while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        sk_X509_push(d->anchors, certificate);
    ERR_clear_error(); // the end of the file reads as an error
    if (sk_X509_num(d->anchors) == 0)
        return Error{tr("It holds no PEM certificate (-----BEGIN CERTIFICATE-----).")};
    CertificateTrust trust;
    trust.d = std::move(d);
    return trust;
}

int CertificateTrust::anchorCount() const
{
    return sk_X509_num(d->anchors);
}

QString CertificateTrust::check(const QByteArray& certificate, const QList<QByteArray>& intermediates,
                                const QDateTime& when) const
{
    X509* leaf = fromDer(certificate);
    if (!leaf)
        return tr("the signer's certificate cannot be read");
    STACK_OF(X509)* untrusted = sk_X509_new_null();
    for (const QByteArray& der : intermediates) {
        if (X509* other = fromDer(der))
            sk_X509_push(untrusted, other);
    }
    X509_STORE* store = X509_STORE_new();
    for (int i = 0; i < sk_X509_num(d->anchors); ++i)
        X509_STORE_add_cert(store, sk_X509_value(d->anchors, i));
    X509_STORE_CTX* context = X509_STORE_CTX_new();
    QString problem;
    if (X509_STORE_CTX_init(context, store, leaf, untrusted) != 1) {
        problem = openssl::takeErrors();
    } else {
        X509_STORE_CTX_set_time(context, 0, time_t(when.toSecsSinceEpoch()));
        if (X509_verify_cert(context) != 1)
            problem = QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context)));
    }
    X509_STORE_CTX_free(context);
    X509_STORE_free(store);
    sk_X509_pop_free(untrusted, X509_free);
    X509_free(leaf);
    ERR_clear_error();
    return problem;
}

} // namespace isoaudit
