// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QDateTime>

/// What TeamMerge.cpp (the plan), TeamMergeApply.cpp (apply and revert) and TeamCopies.cpp (fork) share.
namespace isoaudit::mergesupport {

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline bool isSigned(const Record& audit)
{
    return audit.text(QStringLiteral("lifecycle")) == QLatin1String("signed");
}

} // namespace isoaudit::mergesupport
