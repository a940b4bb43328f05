// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"
namespace isoaudit {
MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
}
} // namespace isoaudit
