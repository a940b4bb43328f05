// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/testing/SampleGridPanel.h"

#include "delegates/EnumComboDelegate.h"
#include "delegates/ItemRoles.h"
#include "models/SampleItemTableModel.h"
#include "panes/evidence/AttachmentFiles.h"
#include "models/NaturalSortProxy.h"
#include "panes/testing/SampleGridView.h"
#include "panes/testing/TestingPane.h"
#include "widgets/ThemeColors.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

#include <optional>

namespace isoaudit {

namespace {

const QString resultField = QStringLiteral("result");
const QString notesField = QStringLiteral("notes");

} // namespace

SampleGridPanel::SampleGridPanel(QWidget* parent)
    : TestingSection(parent)
    , m_items(new SampleItemTableModel(this))
    , m_itemProxy(new NaturalSortProxy(this))
    , m_grid(new SampleGridView(this))
    , m_hint(new QLabel(this))
{
    buildLayout();
    connect(m_items, &RecordTableModel::editRefused, this, &TestingSection::statusMessage);
    connect(m_grid, &SampleGridView::markRequested, this,
            [this](const QString& result) { report(markCurrent(result)); });
    connect(m_grid, &SampleGridView::clearRequested, this, [this] { report(clearSelected()); });
    connect(m_grid, &SampleGridView::fillDownRequested, this, [this] { report(fillDown()); });
    connect(m_grid, &SampleGridView::pasteRequested, this, [this] { report(paste()); });
    connect(m_grid, &SampleGridView::noteEditRequested, this, [this] {
        const QModelIndex current = m_grid->currentIndex();
        if (current.isValid())
            m_grid->edit(m_itemProxy->index(current.row(), SampleItemTableModel::NoteColumn));
    });
    connect(m_grid, &SampleGridView::filesDropped, this, [this](const QModelIndex& index, const QStringList& paths) {
        report(attachFiles(m_itemProxy->mapToSource(index).row(), paths));
    });
    connect(m_grid, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == SampleItemTableModel::EvidenceColumn)
            openEvidence(index);
    });
}

void SampleGridPanel::buildLayout()
{
    m_itemProxy->setSourceModel(m_items);
    m_itemProxy->setSortRole(ItemRoles::SortRole);
    m_grid->setModel(m_itemProxy);
    m_grid->setObjectName(QStringLiteral("testingSampleGrid"));
    m_grid->setAccessibleName(TestingPane::tr("Sample items"));
    m_grid->setToolTip(
        TestingPane::tr("P: no exception and next · E: exception and next · Delete: clear · Ctrl+D: fill down · "
                        "Ctrl+V: paste a column · Enter: edit the note · drop files on an item to attach them"));
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setSortingEnabled(true);
    m_grid->sortByColumn(SampleItemTableModel::DateColumn, Qt::AscendingOrder);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->setWordWrap(false);
    m_grid->setItemDelegateForColumn(SampleItemTableModel::ResultColumn, new EnumComboDelegate(this));
    m_grid->horizontalHeader()->setSectionResizeMode(SampleItemTableModel::NoteColumn, QHeaderView::Stretch);
    m_grid->setColumnWidth(SampleItemTableModel::OccurrenceColumn, 130);
    m_grid->setColumnWidth(SampleItemTableModel::DateColumn, 85);
    m_grid->setColumnWidth(SampleItemTableModel::MonthColumn, 72);
    m_grid->setColumnWidth(SampleItemTableModel::ResultColumn, 105);
    m_grid->setColumnWidth(SampleItemTableModel::TestedByColumn, 95);
    m_grid->setColumnWidth(SampleItemTableModel::TestedOnColumn, 82);
    m_grid->setColumnWidth(SampleItemTableModel::EvidenceColumn, 62);
    m_grid->horizontalHeader()->setMinimumSectionSize(40);
    m_hint->setObjectName(QStringLiteral("testingKeysHint"));
    m_hint->setAccessibleName(TestingPane::tr("Keys of the sample grid"));
    m_hint->setWordWrap(true);
    m_hint->setText(
        TestingPane::tr(
            "<b>P</b> %1 · <b>E</b> %2, each then the next item · <b>Delete</b> clear · <b>Ctrl+D</b> fill "
            "down · <b>Ctrl+V</b> paste a column · <b>Enter</b> note · drop files on an item to attach them")
            .arg(SampleItemTableModel::resultLabel(QStringLiteral("no-exception")).toHtmlEscaped(),
                 SampleItemTableModel::resultLabel(QStringLiteral("exception")).toHtmlEscaped()));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, ThemeColors::dimmedText(hintPalette));
    m_hint->setPalette(hintPalette);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_hint);
}

void SampleGridPanel::setDocument(AuditDocument* document)
{
    TestingSection::setDocument(document);
    m_items->setDocument(document);
    m_items->setControl({});
}

void SampleGridPanel::setControl(const QString& controlUuid)
{
    TestingSection::setControl(controlUuid);
    m_items->setControl(controlUuid);
}

void SampleGridPanel::showFirstItem()
{
    if (m_items->rowCount() > 0)
        m_grid->resizeColumnToContents(SampleItemTableModel::OccurrenceColumn);
    // The grid's current item is the first untested one, ready for P / E when the focus comes to it.
    const QModelIndex first = firstUntested();
    if (first.isValid())
        m_grid->setCurrentIndex(first);
    else if (m_itemProxy->rowCount() > 0)
        m_grid->setCurrentIndex(m_itemProxy->index(0, SampleItemTableModel::ResultColumn));
}

QModelIndex SampleGridPanel::firstUntested() const
{
    for (int row = 0; row < m_itemProxy->rowCount(); ++row) {
        const QModelIndex index = m_itemProxy->index(row, SampleItemTableModel::ResultColumn);
        if (index.data(ItemRoles::RawValueRole).toString().isEmpty())
            return index;
    }
    return {};
}

void SampleGridPanel::focusFirstUntested()
{
    if (const QModelIndex first = firstUntested(); first.isValid()) {
        m_grid->setCurrentIndex(first);
        m_grid->scrollTo(first);
    }
    if (m_itemProxy->rowCount() > 0)
        m_grid->setFocus(Qt::OtherFocusReason);
}

int SampleGridPanel::currentModelRow() const
{
    const QModelIndex current = m_grid->currentIndex();
    return current.isValid() ? m_itemProxy->mapToSource(current).row() : -1;
}

QList<int> SampleGridPanel::selectedModelRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_grid->selectionModel()->selectedIndexes()) {
        const int row = m_itemProxy->mapToSource(index).row();
        if (!rows.contains(row))
            rows << row;
    }
    if (rows.isEmpty() && currentModelRow() >= 0)
        rows << currentModelRow();
    return rows;
}

void SampleGridPanel::setCurrentModelRow(int row, int column)
{
    if (row < 0 || row >= m_items->rowCount())
        return;
    const QModelIndex current = m_grid->currentIndex();
    const int shownColumn
        = column >= 0 ? column : (current.isValid() ? current.column() : int(SampleItemTableModel::ResultColumn));
    const QModelIndex index = m_itemProxy->mapFromSource(m_items->index(row, shownColumn));
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
}

Status SampleGridPanel::markCurrent(const QString& result)
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return Error{TestingPane::tr("Select the sample item to mark.")};
    const int row = m_itemProxy->mapToSource(current).row();
    // The next item in the grid's order, found before the mark (a grid sorted by result moves the row).
    const int nextViewRow = current.row() + 1;
    const QString next = nextViewRow < m_itemProxy->rowCount()
        ? m_itemProxy->index(nextViewRow, 0).data(ItemRoles::UuidRole).toString()
        : QString();
    const int moved = m_items->markAndNext(row, result);
    if (moved == row && m_items->rowRecord(row).text(resultField) != result)
        return {}; // refused: editRefused said why
    const int target = next.isEmpty() ? m_items->rowOf(m_items->uuidAt(row)) : m_items->rowOf(next);
    setCurrentModelRow(target, current.column());
    return {};
}

Status SampleGridPanel::clearSelected()
{
    const QList<int> rows = selectedModelRows();
    if (rows.isEmpty())
        return Error{TestingPane::tr("Select the sample items whose results to clear.")};
    return m_items->setResults(rows, QString());
}

Status SampleGridPanel::fillDown()
{
    if (!document())
        return Error{TestingPane::tr("No audit is open.")};
    const int source = currentModelRow();
    if (source < 0)
        return Error{TestingPane::tr("Select the cell to fill down from.")};
    QList<int> rows = selectedModelRows();
    rows.removeAll(source);
    if (rows.isEmpty())
        return Error{TestingPane::tr("Select the rows below to fill (Shift+Down), then press Ctrl+D.")};
    const Record& from = m_items->rowRecord(source);
    if (m_grid->currentIndex().column() == SampleItemTableModel::NoteColumn) {
        const QString note = from.text(notesField);
        QList<Record> items;
        for (int row : rows)
            items << m_items->rowRecord(row);
        const QString text = TestingPane::tr("Fill note down into %n sample item(s)", nullptr, int(items.size()));
        AuditDocument* document = this->document();
        return document->macro(text, [&]() -> Status {
            for (const Record& item : std::as_const(items)) {
                if (item.text(notesField) == note)
                    continue;
                if (auto done = document->setField(RecordKind::SampleItem, item.uuid, notesField,
                                                   note.isEmpty() ? QVariant() : QVariant(note), text);
                    !done)
                    return done;
            }
            return {};
        });
    }
    return m_items->setResults(rows, from.text(resultField));
}

Status SampleGridPanel::paste(const QString& given)
{
    if (!document())
        return Error{TestingPane::tr("No audit is open.")};
    QString text = given.isNull() ? QGuiApplication::clipboard()->text() : given;
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return Error{TestingPane::tr("Select the first sample item to paste into.")};
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Error{TestingPane::tr("The clipboard holds no text to paste.")};
    const bool intoNotes = current.column() == SampleItemTableModel::NoteColumn;
    const int firstViewRow = current.row();
    if (firstViewRow + lines.size() > m_itemProxy->rowCount())
        return Error{TestingPane::tr(
                         "The pasted column has %n row(s), more than the items from the current one down (%1); nothing "
                         "was pasted.",
                         nullptr, int(lines.size()))
                         .arg(m_itemProxy->rowCount() - firstViewRow)};
    // Read and check every cell first: one bad cell and nothing changes.
    struct Cell
    {
        Record item;
        std::optional<QString> result; ///< nullopt: leave the result
        std::optional<QString> note;
    };
    QList<Cell> cells;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        const int modelRow = m_itemProxy->mapToSource(m_itemProxy->index(firstViewRow + i, 0)).row();
        Cell cell{m_items->rowRecord(modelRow), std::nullopt, std::nullopt};
        if (intoNotes) {
            cell.note = fields.first();
        } else {
            const std::optional<QString> result = SampleItemTableModel::resultFromText(fields.first());
            if (!result)
                return Error{
                    TestingPane::tr(
                        "Row %1 of the pasted text (%2): \"%3\" is not a sample item's result; write \"%4\" or "
                        "\"%5\". Nothing was pasted.")
                        .arg(i + 1)
                        .arg(cell.item.text(QStringLiteral("occurrence_id")), fields.first().trimmed(),
                             SampleItemTableModel::resultLabel(QStringLiteral("no-exception")),
                             SampleItemTableModel::resultLabel(QStringLiteral("exception")))};
            cell.result = *result;
            if (fields.size() > 1)
                cell.note = fields.at(1);
        }
        cells << cell;
    }
    QHash<QString, QList<int>> byResult; // result -> model rows
    for (const Cell& cell : std::as_const(cells)) {
        if (cell.result)
            byResult[*cell.result] << m_items->rowOf(cell.item.uuid);
    }
    const QString undo = TestingPane::tr("Paste into %n sample item(s)", nullptr, int(cells.size()));
    AuditDocument* document = this->document();
    return document->macro(undo, [&]() -> Status {
        for (auto it = byResult.cbegin(); it != byResult.cend(); ++it) {
            if (auto done = m_items->setResults(it.value(), it.key()); !done)
                return done;
        }
        for (const Cell& cell : std::as_const(cells)) {
            if (!cell.note || cell.item.text(notesField) == cell.note->trimmed())
                continue;
            const QString note = cell.note->trimmed();
            if (auto done = document->setField(RecordKind::SampleItem, cell.item.uuid, notesField,
                                               note.isEmpty() ? QVariant() : QVariant(note), undo);
                !done)
                return done;
        }
        return {};
    });
}

Status SampleGridPanel::attachFiles(int modelRow, const QStringList& paths)
{
    if (!document())
        return Error{TestingPane::tr("No audit is open.")};
    if (modelRow < 0 || modelRow >= m_items->rowCount())
        return Error{TestingPane::tr("Drop the files on a sample item.")};
    if (paths.isEmpty())
        return {};
    const Record item = m_items->rowRecord(modelRow);
    const QString occurrence = item.text(QStringLiteral("occurrence_id"));
    AuditDocument* document = this->document();
    const QString text = TestingPane::tr("Attach %n file(s) to %1", nullptr, int(paths.size())).arg(occurrence);
    const Status done = document->macro(text, [&]() -> Status {
        // The evidence records and their attachments (bytes, SHA-256) as the Evidence page makes them.
        auto created = AttachmentFiles::addAsEvidence(*document, paths, {}, document->store().author());
        if (!created)
            return Error{created.error()};
        QStringList linked = item.linked(LinkKind::Evidence);
        for (const QString& uuid : created.value()) {
            if (!linked.contains(uuid))
                linked << uuid;
        }
        return document->setLinks(RecordKind::SampleItem, item.uuid, LinkKind::Evidence, linked, text);
    });
    if (done)
        emit statusMessage(
            TestingPane::tr("Attached %n file(s) to %1 as evidence.", nullptr, int(paths.size())).arg(occurrence));
    return done;
}

void SampleGridPanel::openEvidence(const QModelIndex& viewIndex)
{
    if (!document())
        return;
    const Record& item = m_items->rowRecord(m_itemProxy->mapToSource(viewIndex).row());
    const QStringList evidence = item.linked(LinkKind::Evidence);
    if (evidence.isEmpty())
        return;
    if (evidence.size() == 1) {
        emit navigateTo(RecordKind::Evidence, evidence.first());
        return;
    }
    QMenu menu(this);
    for (const QString& uuid : evidence) {
        auto record = document()->store().record(RecordKind::Evidence, uuid);
        const QString title = record ? record->text(QStringLiteral("title")) : uuid;
        menu.addAction(title, this, [this, uuid] { emit navigateTo(RecordKind::Evidence, uuid); });
    }
    menu.exec(m_grid->viewport()->mapToGlobal(m_grid->visualRect(viewIndex).bottomLeft()));
}

} // namespace isoaudit
