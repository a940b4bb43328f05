// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace isoaudit {

/// The Testing page's sample grid, made for typing: P marks the current item "no exception" and E "exception" (the
/// view never opens an editor for them), Delete clears the selected items' results, Ctrl+D fills the current cell
/// down into the selected rows, Ctrl+V pastes a column from a spreadsheet, Enter edits the note. The keys are taken
/// before any window shortcut (ShortcutOverride), and the view only reports them: the Testing page makes the edits.
/// Files dropped from the file manager on a row are reported with the row's index.
class SampleGridView : public QTableView
{
    Q_OBJECT

public:
    explicit SampleGridView(QWidget* parent = nullptr);

signals:
    /// P or E on the current index: "no-exception" or "exception".
    void markRequested(const QString& result);
    void clearRequested();
    void fillDownRequested();
    void pasteRequested();
    /// Enter: edit the note of the current row.
    void noteEditRequested();
    /// Local files dropped on `index` (a view index).
    void filesDropped(const QModelIndex& index, const QStringList& paths);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// The grid's own keys, or none.
    enum class Key { None, Pass, Exception, Clear, FillDown, Paste, EditNote };
    static Key keyOf(const QKeyEvent* event);
};

} // namespace isoaudit
