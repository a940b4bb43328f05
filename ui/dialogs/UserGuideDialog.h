// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>
#include <QUrl>

class QLabel;
class QLineEdit;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace isoaudit {

/// Help ▸ User Guide: the user guide (docs/user-guide.md, embedded as a Qt resource with its pictures) rendered from
/// Markdown, with an outline of its headings, find-in-page, back/forward and remembered geometry. Headings get
/// GitHub-style anchors, so the guide's own "#section" links work here as they do on the web; external links open
/// in the desktop's browser.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    /// Where the guide lives in the resources; its pictures are under images/ beside it.
    static QUrl guideUrl();

    explicit UserGuideDialog(QWidget* parent = nullptr);
    ~UserGuideDialog() override;

    /// Shows the parent's one guide window (created on first use), raised and focused.
    static UserGuideDialog* showGuide(QWidget* parent);

    /// The anchor names of the guide's headings, in document order (e.g. "keyboard-shortcuts").
    QStringList headingAnchors() const;
    /// The heading texts, in document order.
    QStringList headingTitles() const;
    /// Scrolls to a heading's anchor, recorded in the back/forward history; false if there is no such anchor.
    bool goToAnchor(const QString& anchor);
    /// Finds the next (or previous) occurrence of the text, wrapping at the end; false if it is nowhere.
    bool findText(const QString& text, bool backward = false);

    QTextBrowser* browser() const { return m_browser; }

    /// The GitHub-style anchor of a heading: lower case, punctuation dropped, spaces to hyphens.
    static QString anchorFor(const QString& heading);

protected:
    void done(int result) override;
    void hideEvent(QHideEvent* event) override;

    /// Widest a picture is shown, in pixels; wider screenshots are scaled down to it.
    static constexpr int maximumImageWidth = 760;

private:
    void prepareDocument();
    void followLink(const QUrl& url);
    void outlineClicked(QTreeWidgetItem* item);
    void updateNavigation();
    void saveSettings() const;
    void restoreSettings();

    QTextBrowser* m_browser = nullptr;
    QTreeWidget* m_outline = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QLabel* m_findStatus = nullptr;
    QToolButton* m_backButton = nullptr;
    QToolButton* m_forwardButton = nullptr;
    QStringList m_anchors;
    QStringList m_titles;
    QHash<QString, int> m_anchorPositions; // anchor -> position of its heading block
    QUrl m_preparedUrl; // the document whose headings got anchors (a reload drops them)
};

} // namespace isoaudit
