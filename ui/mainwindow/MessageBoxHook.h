// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace isoaudit {

/// Every message box and file dialog the main window shows goes through here, so the GUI tests can answer them
/// without a human: set an automatic answer (and the next file names) and read back what would have been shown.
/// With no hook set the real dialogs appear.
class MessageBoxHook
{
public:
    /// From now on every box is answered with `answer` instead of being shown; NoButton = show real boxes again.
    static void setAutomaticAnswer(QMessageBox::StandardButton answer);
    /// The next file dialogs return these names (in order) instead of showing; "" = the user cancelled.
    static void queueFileName(const QString& fileName);
    static void reset();
    /// The texts of the boxes that were answered automatically, oldest first.
    static const QStringList& shownMessages();

    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
    static bool takeQueuedFileName(QString* fileName);
};

} // namespace isoaudit
