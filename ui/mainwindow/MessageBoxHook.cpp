// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MessageBoxHook.h"

#include <QFileDialog>

namespace isoaudit {

namespace {
struct HookState
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    QStringList fileNames;
    bool fileNamesQueued = false;
    QStringList shown;
};

HookState& state()
{
    static HookState s;
    return s;
}
} // namespace

void MessageBoxHook::setAutomaticAnswer(QMessageBox::StandardButton answer)
{
    state().answer = answer;
}

void MessageBoxHook::queueFileName(const QString& fileName)
{
    state().fileNames.append(fileName);
    state().fileNamesQueued = true;
}

void MessageBoxHook::reset()
{
    state() = HookState{};
}

const QStringList& MessageBoxHook::shownMessages()
{
    return state().shown;
}

QMessageBox::StandardButton MessageBoxHook::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                                 const QString& text, QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (state().answer != QMessageBox::NoButton) {
        state().shown.append(text);
        return state().answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBoxHook::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBoxHook::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBoxHook::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBoxHook::question(QWidget* parent, const QString& title, const QString& text,
                                                     QMessageBox::StandardButtons buttons,
                                                     QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

bool MessageBoxHook::takeQueuedFileName(QString* fileName)
{
    if (!state().fileNamesQueued)
        return false;
    *fileName = state().fileNames.isEmpty() ? QString() : state().fileNames.takeFirst();
    if (state().fileNames.isEmpty())
        state().fileNamesQueued = false;
    return true;
}

QString MessageBoxHook::openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString fileName;
    if (takeQueuedFileName(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString MessageBoxHook::saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString fileName;
    if (takeQueuedFileName(&fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace isoaudit
