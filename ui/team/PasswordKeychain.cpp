// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/PasswordKeychain.h"

#ifdef ISOAUDIT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#endif

namespace isoaudit {

namespace {
#ifdef ISOAUDIT_HAVE_KEYCHAIN
const QString service = QStringLiteral("IsoAudit repository");

/// Runs a keychain job to its end (the desktop answers quickly or says it cannot); the caller reads the job.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
#endif
} // namespace

bool PasswordKeychain::available()
{
#ifdef ISOAUDIT_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

std::optional<QString> PasswordKeychain::read(const QString& key)
{
#ifdef ISOAUDIT_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
#else
    Q_UNUSED(key);
#endif
    return std::nullopt;
}

Status PasswordKeychain::write(const QString& key, const QString& password)
{
#ifdef ISOAUDIT_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Error{tr("The desktop keychain did not keep the password: %1").arg(job.errorString())};
    return {};
#else
    Q_UNUSED(key);
    Q_UNUSED(password);
    return Error{tr("This build of IsoAudit has no keychain support: the password is asked for each time.")};
#endif
}

Status PasswordKeychain::remove(const QString& key)
{
#ifdef ISOAUDIT_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error{tr("The desktop keychain did not forget the password: %1").arg(job.errorString())};
#else
    Q_UNUSED(key);
#endif
    return {};
}

} // namespace isoaudit
