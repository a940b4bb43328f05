// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/UserGuideDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
const QString geometryKey = QStringLiteral("userGuide/geometry");
const QString splitterKey = QStringLiteral("userGuide/splitter");

/// The platform's first key for a standard action, as the user reads it ("Alt+Left", "Ctrl+G").
QString nativeKeys(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

QUrl withoutFragment(QUrl url)
{
    url.setFragment(QString());
    return url;
}
} // namespace

QUrl UserGuideDialog::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/isoaudit/guide/user-guide.md"));
}

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("IsoAudit User Guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("Back to the previous place in the guide (%1)").arg(nativeKeys(QKeySequence::Back)));
    m_backButton->setAccessibleName(tr("Back"));
    m_backButton->setShortcut(QKeySequence::Back);
    m_forwardButton = new QToolButton(this);
    m_forwardButton->setObjectName(QStringLiteral("forwardButton"));
    m_forwardButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forwardButton->setText(tr("Forward"));
    m_forwardButton->setToolTip(tr("Forward again (%1)").arg(nativeKeys(QKeySequence::Forward)));
    m_forwardButton->setAccessibleName(tr("Forward"));
    m_forwardButton->setShortcut(QKeySequence::Forward);

    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in the guide (%1)").arg(nativeKeys(QKeySequence::Find)));
    m_findEdit->setAccessibleName(tr("Find in the guide"));
    m_findEdit->setClearButtonEnabled(true);
    auto* findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_findEdit);
    auto* previousButton = new QToolButton(this);
    previousButton->setText(tr("Previous"));
    previousButton->setToolTip(tr("Find the previous occurrence (%1)").arg(nativeKeys(QKeySequence::FindPrevious)));
    auto* nextButton = new QToolButton(this);
    nextButton->setText(tr("Next"));
    nextButton->setToolTip(tr("Find the next occurrence (%1)").arg(nativeKeys(QKeySequence::FindNext)));
    m_findStatus = new QLabel(this);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_backButton);
    bar->addWidget(m_forwardButton);
    bar->addSpacing(12);
    bar->addWidget(findLabel);
    bar->addWidget(m_findEdit, 1);
    bar->addWidget(previousButton);
    bar->addWidget(nextButton);
    bar->addWidget(m_findStatus);

    m_outline = new QTreeWidget(this);
    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setHeaderHidden(true);
    m_outline->setAccessibleName(tr("Contents of the guide"));
    m_outline->setToolTip(tr("Contents: click a heading to go there"));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide text"));
    m_browser->setOpenLinks(false); // followLink(): anchors here, other sites in the desktop's browser

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("guideSplitter"));
    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_browser);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 800});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buttons);
    setTabOrder(m_outline, m_browser);

    connect(m_backButton, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forwardButton, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, this, &UserGuideDialog::updateNavigation);
    connect(m_browser, &QTextBrowser::forwardAvailable, this, &UserGuideDialog::updateNavigation);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::followLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        if (withoutFragment(url) != m_preparedUrl)
            prepareDocument(); // a newly loaded document has no heading anchors yet
    });
    connect(m_outline, &QTreeWidget::itemActivated, this, &UserGuideDialog::outlineClicked);
    connect(m_outline, &QTreeWidget::itemClicked, this, &UserGuideDialog::outlineClicked);

    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findText(m_findEdit->text()); });
    connect(nextButton, &QToolButton::clicked, this, [this] { findText(m_findEdit->text()); });
    connect(previousButton, &QToolButton::clicked, this, [this] { findText(m_findEdit->text(), true); });
    connect(m_findEdit, &QLineEdit::textChanged, m_findStatus, &QLabel::clear);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    auto* nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    connect(nextShortcut, &QShortcut::activated, this, [this] { findText(m_findEdit->text()); });
    auto* previousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    connect(previousShortcut, &QShortcut::activated, this, [this] { findText(m_findEdit->text(), true); });

    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    if (m_browser->document()->isEmpty())
        m_browser->setPlainText(tr("The user guide is missing from this build of IsoAudit."));
    updateNavigation();
    restoreSettings();
}

UserGuideDialog::~UserGuideDialog() = default;

UserGuideDialog* UserGuideDialog::showGuide(QWidget* parent)
{
    UserGuideDialog* dialog
        = parent ? parent->findChild<UserGuideDialog*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog)
        dialog = new UserGuideDialog(parent);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString UserGuideDialog::anchorFor(const QString& heading)
{
    // GitHub's rule, so links written for the web work here: letters, digits, '-' and '_' kept, spaces become '-'.
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor.append(c);
        else if (c == QLatin1Char(' '))
            anchor.append(QLatin1Char('-'));
    }
    return anchor;
}

QStringList UserGuideDialog::headingAnchors() const
{
    return m_anchors;
}

QStringList UserGuideDialog::headingTitles() const
{
    return m_titles;
}

void UserGuideDialog::prepareDocument()
{
    QTextDocument* document = m_browser->document();
    m_preparedUrl = withoutFragment(m_browser->source());
    m_anchors.clear();
    m_titles.clear();
    m_anchorPositions.clear();
    m_outline->clear();
    QList<QTreeWidgetItem*> parents; // parents[level - 1]: the last heading of that level
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // Code blocks come from Markdown as lines that must not break: a long command line then widened the whole
        // page and the viewer always had a horizontal scroll bar. They wrap at the window's width like the text.
        if (QTextBlockFormat blockFormat = block.blockFormat(); blockFormat.nonBreakableLines()) {
            blockFormat.setNonBreakableLines(false);
            QTextCursor(block).setBlockFormat(blockFormat);
        }
        // Screenshots are wider than the text column: scale them down, keeping their proportions.
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture = document->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull() || picture.width() <= maximumImageWidth)
                continue;
            image.setWidth(maximumImageWidth);
            image.setHeight(double(maximumImageWidth) * picture.height() / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }

        const int level = block.blockFormat().headingLevel();
        if (level <= 0 || block.text().trimmed().isEmpty())
            continue;
        const QString title = block.text().trimmed();
        QString anchor = anchorFor(title);
        for (int n = 1; m_anchors.contains(anchor); ++n) // GitHub numbers repeated headings
            anchor = anchorFor(title) + QStringLiteral("-%1").arg(n);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
        m_anchors.append(anchor);
        m_titles.append(title);
        m_anchorPositions.insert(anchor, block.position());

        while (parents.size() >= level)
            parents.removeLast();
        QTreeWidgetItem* parentItem = nullptr;
        for (int i = parents.size() - 1; i >= 0 && !parentItem; --i)
            parentItem = parents.at(i);
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_outline);
        item->setText(0, title);
        item->setData(0, Qt::UserRole, anchor);
        while (parents.size() < level - 1)
            parents.append(nullptr);
        parents.append(item);
    }
    document->clearUndoRedoStacks();
    m_outline->expandToDepth(1);
}

bool UserGuideDialog::goToAnchor(const QString& anchor)
{
    if (!m_anchors.contains(anchor))
        return false;
    QUrl url = withoutFragment(m_browser->source());
    url.setFragment(anchor);
    m_browser->setSource(url); // same document: no reload; the place we leave goes into the back/forward history
    // QTextBrowser's own scrollToAnchor() does not find anchors set on a Markdown document's headings (Qt 6.4): put
    // the heading at the top ourselves. Back and forward restore the scroll position from the history.
    QTextDocument* document = m_browser->document();
    const QTextBlock block = document->findBlock(m_anchorPositions.value(anchor));
    if (QAbstractTextDocumentLayout* layout = document->documentLayout(); layout && block.isValid())
        m_browser->verticalScrollBar()->setValue(qRound(layout->blockBoundingRect(block).top()));
    return true;
}

void UserGuideDialog::followLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QUrl target = m_browser->source().resolved(url);
    if (withoutFragment(target) == withoutFragment(m_browser->source())) {
        if (target.fragment().isEmpty()) {
            m_browser->setSource(target);
            return;
        }
        if (goToAnchor(target.fragment()))
            return;
    } else if (target.scheme() == QLatin1String("qrc") && QFile::exists(QLatin1Char(':') + target.path())) {
        m_browser->setSource(target);
        return;
    }
    m_findStatus->setText(tr("The link %1 leads nowhere in this guide.").arg(url.toDisplayString()));
}

void UserGuideDialog::outlineClicked(QTreeWidgetItem* item)
{
    if (item)
        goToAnchor(item->data(0, Qt::UserRole).toString());
}

bool UserGuideDialog::findText(const QString& text, bool backward)
{
    m_findStatus->clear();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return true;
    // Not found before the end: start again from the other end of the guide.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    if (m_browser->find(text, flags)) {
        m_findStatus->setText(backward ? tr("Continued from the end") : tr("Continued from the start"));
        return true;
    }
    m_findStatus->setText(tr("Not found"));
    return false;
}

void UserGuideDialog::updateNavigation()
{
    m_backButton->setEnabled(m_browser->isBackwardAvailable());
    m_forwardButton->setEnabled(m_browser->isForwardAvailable());
}

void UserGuideDialog::done(int result)
{
    saveSettings();
    QDialog::done(result);
}

void UserGuideDialog::hideEvent(QHideEvent* event)
{
    saveSettings();
    QDialog::hideEvent(event);
}

void UserGuideDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
}

void UserGuideDialog::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1080, 760);
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
}

} // namespace isoaudit
