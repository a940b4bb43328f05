// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the tests that drive the real MainWindow: settings of the test's own (never the user's) and a fresh
// demo audit.

#include "mainwindow/DocumentController.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace workbenchtest {

/// Points QSettings (and QStandardPaths) at places of the test's own in `dir`, never the user's, and empties them.
inline void isolateSettings(const QTemporaryDir& dir, const QString& application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IsoAuditTest"));
    QCoreApplication::setApplicationName(application);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
}

/// Isolates the settings (isolateSettings), recreates the demo audit and returns its path (empty, with `error` set,
/// when the demo cannot be written).
inline QString isolateAndCreateDemo(const QTemporaryDir& dir, const QString& application, QString* error)
{
    isolateSettings(dir, application);
    QDir(isoaudit::DocumentController::demoDirectory()).removeRecursively();
    return isoaudit::DocumentController::ensureDemo(error);
}

} // namespace workbenchtest
