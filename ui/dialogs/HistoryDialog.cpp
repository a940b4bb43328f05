// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/HistoryDialog.h"

#include "document/AuditDocument.h"
#include "trail/AuditTrail.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

enum Column { Seq, When, Who, Action, RecordColumn, Field, Old, New, ColumnCount };

QString actionLabel(const QString& action)
{
    if (action == QLatin1String("genesis"))
        return HistoryDialog::tr("Trail started");
    if (action == QLatin1String("baseline"))
        return HistoryDialog::tr("Existing record");
    if (action == QLatin1String("insert"))
        return HistoryDialog::tr("Added");
    if (action == QLatin1String("update"))
        return HistoryDialog::tr("Changed");
    if (action == QLatin1String("remove"))
        return HistoryDialog::tr("Deleted");
    if (action == QLatin1String("links") || action == QLatin1String("link-add"))
        return HistoryDialog::tr("Links");
    return action;
}

QString valueText(const std::optional<QString>& value)
{
    if (!value)
        return HistoryDialog::tr("(none)");
    QString text = *value;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 200 ? text.left(197) + QStringLiteral("…") : text;
}

} // namespace

void HistoryDialog::show(AuditDocument* document, RecordKind kind, const QString& uuid, QWidget* parent)
{
    Q_UNUSED(kind); // uuids are unique across kinds; the kind names the record in the title
    HistoryDialog dialog(document, uuid, parent);
    if (!uuid.isEmpty())
        dialog.setWindowTitle(tr("History: %1", "%1 is a record kind (Risk, Finding)").arg(RecordKinds::label(kind)));
    dialog.exec();
}

HistoryDialog::HistoryDialog(AuditDocument* document, const QString& uuid, QWidget* parent)
    : QDialog(parent)
    , m_verdict(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Audit Trail"));
    resize(1100, 600);
    m_verdict->setObjectName(QStringLiteral("trailVerdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(QStringLiteral("trailFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, record, field or value"));
    m_filter->setAccessibleName(tr("Filter the trail"));
    m_filter->setToolTip(tr("Show only entries containing this text"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_table->setObjectName(QStringLiteral("trailTableWidget"));
    m_table->setAccessibleName(tr("Audit trail entries"));
    m_table->setTabKeyNavigation(false); // Tab moves on to Close; the arrow keys move between cells
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Field"), tr("Old value"), tr("New value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (auto [column, width] :
         {std::pair{Seq, 50}, {When, 150}, {Who, 120}, {Action, 110}, {RecordColumn, 170}, {Field, 130}, {Old, 180}})
        m_table->setColumnWidth(column, width);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    load(document, uuid);
}

void HistoryDialog::load(AuditDocument* document, const QString& uuid)
{
    if (!document) {
        m_verdict->setText(tr("No audit is open."));
        return;
    }
    const TrailVerification verification = document->store().verifyTrail();
    m_verdict->setText(
        verification.ok
            ? tr("The trail is intact: %n entries, every change accounted for.", nullptr, int(verification.entries))
            : tr("<b>The trail is broken</b>%1: %2")
                  .arg(verification.brokenSeq > 0 ? tr(" at entry #%1").arg(verification.brokenSeq) : QString(),
                       verification.message.toHtmlEscaped()));
    auto entries = document->store().trailEntries(uuid);
    if (!entries) {
        m_verdict->setText(entries.error());
        return;
    }
    m_table->setRowCount(int(entries->size()));
    int row = 0;
    for (const TrailEntry& e : entries.value()) {
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        const QStringList texts{QString::number(e.seq),
                                QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
                                e.who,
                                actionLabel(e.action),
                                e.kind.isEmpty() ? e.recordUuid : e.kind + QLatin1Char(' ') + e.recordUuid.left(8),
                                e.field,
                                e.action == QLatin1String("update") ? valueText(e.oldValue) : QString(),
                                e.action == QLatin1String("remove") ? valueText(e.oldValue) : valueText(e.newValue)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(column == RecordColumn ? e.recordUuid : texts.at(column));
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->scrollToBottom();
}

void HistoryDialog::applyFilter(const QString& text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; column < ColumnCount && !match; ++column)
            match = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive)
                || m_table->item(row, column)->toolTip().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

} // namespace isoaudit
