// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/Repository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <functional>
#include <optional>

namespace isoaudit {

/// Runs a repository operation off the GUI thread with a progress dialog and Cancel (File ▸ Repository). The work
/// connects its own Repository in the worker thread (Qt SQL's rule: a connection stays in its thread) and must not
/// touch any store the GUI holds; Cancel sets the task's flag, and a cancelled push or pull rolls back. The caller
/// waits in a local event loop, so the window keeps painting.
class RepositoryWork
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryWork)

public:
    template<typename T>
    static Result<T> run(QWidget* parent, const QString& title, std::function<Result<T>(const RepositoryTask&)> work)
    {
        std::atomic_bool cancel = false;
        QProgressDialog progress(title, tr("Cancel"), 0, 0, parent);
        progress.setObjectName(QStringLiteral("repositoryProgressDialog"));
        progress.setWindowTitle(title);
        progress.setWindowModality(Qt::WindowModal);
        progress.setAutoClose(false);
        progress.setAutoReset(false);
        progress.setMinimumDuration(400);
        QPointer<QProgressDialog> shown(&progress);
        QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel, &progress] {
            cancel = true;
            progress.setLabelText(tr("Cancelling… the server and the file stay as they were."));
        });
        std::optional<Result<T>> result;
        RepositoryTask task;
        task.cancel = &cancel;
        task.progress = [shown](const RepositoryProgress& step) {
            // From the worker: hand the step to the GUI thread; dropped when the dialog is gone.
            QMetaObject::invokeMethod(
                shown.data(),
                [shown, step] {
                    if (!shown || shown->wasCanceled())
                        return;
                    shown->setLabelText(step.step);
                    shown->setMaximum(step.total > 0 ? 1000 : 0);
                    shown->setValue(step.total > 0 ? int(1000 * step.done / step.total) : 0);
                },
                Qt::QueuedConnection);
        };
        QThread* thread = QThread::create([&result, &work, &task] { result.emplace(work(task)); });
        QEventLoop loop;
        QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
        thread->start();
        loop.exec();
        thread->wait();
        delete thread;
        QCoreApplication::removePostedEvents(&progress); // progress posted after the end has nothing to say
        return std::move(*result);
    }
};

} // namespace isoaudit
