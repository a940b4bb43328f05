// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace isoaudit {

namespace {

QMutex registryMutex;
QHash<QString, int>& registry() // lock file path -> how many AuditLock objects of this process share it
{
    static QHash<QString, int> counts;
    return counts;
}
bool breakExistingLocks = false;

QString bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).trimmed();
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    return true; // without a way to ask, a lock of this host is treated as held
#endif
}

std::optional<LockInfo> parse(const QByteArray& bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.isEmpty())
        return std::nullopt;
    LockInfo info;
    info.name = o.value(QLatin1String("name")).toString();
    info.host = o.value(QLatin1String("host")).toString();
    info.pid = o.value(QLatin1String("pid")).toInteger();
    info.since = QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODate);
    info.bootId = o.value(QLatin1String("boot_id")).toString();
    return info;
}

QByteArray serialize(const LockInfo& info)
{
    QJsonObject o{{"name", info.name},
                  {"host", info.host},
                  {"pid", info.pid},
                  {"since", info.since.toUTC().toString(Qt::ISODate)},
                  {"boot_id", info.bootId}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

/// Creates the lock file only if it does not exist (O_EXCL), so two processes never both believe they hold it.
bool createExclusive(const QString& path, const LockInfo& info, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *why = file.errorString();
        return false;
    }
    const QByteArray bytes = serialize(info);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *why = file.errorString();
        file.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace

AuditLock::AuditLock(QString auditPath, QString key, LockInfo info)
    : m_auditPath(std::move(auditPath))
    , m_key(std::move(key))
    , m_info(std::move(info))
{
}

AuditLock::~AuditLock()
{
    QMutexLocker locker(&registryMutex);
    int& count = registry()[m_key];
    if (--count > 0)
        return;
    registry().remove(m_key);
    // Only remove the file if it is still ours (someone may have broken it and taken it since).
    QFile file(m_key);
    if (file.open(QIODevice::ReadOnly)) {
        const auto current = parse(file.readAll());
        file.close();
        if (current && current->pid == m_info.pid && current->host == m_info.host)
            QFile::remove(m_key);
    }
}

QString AuditLock::lockPath(const QString& auditPath)
{
    return QFileInfo(auditPath).absoluteFilePath() + QStringLiteral(".lock");
}

LockInfo AuditLock::currentProcess(const QString& owner)
{
    LockInfo info;
    info.name = owner;
    info.host = QSysInfo::machineHostName();
    info.pid = QCoreApplication::applicationPid();
    info.since = QDateTime::currentDateTimeUtc();
    info.bootId = bootId();
    return info;
}

std::optional<LockInfo> AuditLock::holder(const QString& auditPath)
{
    QFile file(lockPath(auditPath));
    // A lock being written may be empty for a moment: read it a few times before calling it unreadable.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray bytes = file.readAll();
        file.close();
        if (auto info = parse(bytes))
            return info;
        QThread::msleep(20);
    }
    LockInfo unknown; // unreadable: held by someone we cannot name
    unknown.name = tr("an unknown user");
    unknown.host = tr("an unknown computer");
    unknown.since = QFileInfo(file).lastModified().toUTC();
    return unknown;
}

bool AuditLock::isStale(const LockInfo& info)
{
    if (info.host != QSysInfo::machineHostName())
        return false; // another computer: only a person can tell whether that copy of IsoAudit still runs
    const QString boot = bootId();
    if (!info.bootId.isEmpty() && !boot.isEmpty() && info.bootId != boot)
        return true;
    return !processAlive(info.pid);
}

Status AuditLock::breakLock(const QString& auditPath)
{
    const QString path = lockPath(auditPath);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error{tr("The lock %1 cannot be removed.").arg(QDir::toNativeSeparators(path))};
    return {};
}

QString AuditLock::refusal(const QString& auditPath, const LockInfo& info)
{
    return tr("%1 is open in IsoAudit by %2 on %3 since %4 — open it read-only?")
        .arg(QDir::toNativeSeparators(auditPath), info.name.isEmpty() ? tr("someone") : info.name, info.host,
             info.since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

void AuditLock::setBreakExisting(bool breakExisting)
{
    breakExistingLocks = breakExisting;
}

Result<std::unique_ptr<AuditLock>> AuditLock::acquire(const QString& auditPath, const QString& owner, LockInfo* heldBy)
{
    const QString key = lockPath(auditPath);
    const LockInfo me = currentProcess(owner);
    QMutexLocker locker(&registryMutex);
    if (registry().contains(key)) {
        ++registry()[key];
        return std::unique_ptr<AuditLock>(new AuditLock(auditPath, key, me));
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        QString why;
        if (createExclusive(key, me, &why)) {
            registry().insert(key, 1);
            return std::unique_ptr<AuditLock>(new AuditLock(auditPath, key, me));
        }
        if (!QFileInfo::exists(key))
            return Error{tr("%1 can only be opened read-only: its folder does not allow the lock file %2 (%3).")
                             .arg(QDir::toNativeSeparators(auditPath), QDir::toNativeSeparators(key), why)};
        const auto current = holder(auditPath);
        if (!current)
            continue; // released meanwhile: try again
        const bool ours = current->host == me.host && current->pid == me.pid; // left by an earlier store of ours
        if (ours || isStale(*current) || breakExistingLocks) {
            QFile::remove(key);
            continue;
        }
        if (heldBy)
            *heldBy = *current;
        return Error{refusal(auditPath, *current)};
    }
    return Error{
        tr("The lock %1 keeps changing; another program is opening the audit.").arg(QDir::toNativeSeparators(key))};
}

} // namespace isoaudit
