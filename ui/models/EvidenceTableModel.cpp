// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EvidenceTableModel.h"

#include "storage/AuditStore.h"

#include <QDate>
#include <QLocale>

namespace isoaudit {

EvidenceTableModel::EvidenceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EvidenceTableModel::setStore(AuditStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &AuditStore::recordInserted, this, &EvidenceTableModel::onInserted);
        connect(m_store, &AuditStore::recordRemoved, this, &EvidenceTableModel::onRemoved);
        connect(m_store, &AuditStore::recordChanged, this,
                [this](RecordKind kind, const QString& uuid, const QString&) { onChanged(kind, uuid); });
        connect(m_store, &AuditStore::linksChanged, this, &EvidenceTableModel::onChanged);
    }
    reload();
}

EvidenceTableModel::Row EvidenceTableModel::load(const Record& evidence) const
{
    Row row{evidence, {}};
    if (auto attachments = m_store->records(RecordKind::Attachment, evidence.uuid)) {
        for (const Record& attachment : attachments.value())
            row.attachments << attachment.uuid;
    }
    return row;
}

void EvidenceTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        if (auto evidence = m_store->records(RecordKind::Evidence)) {
            for (const Record& record : evidence.value())
                m_rows.append(load(record));
        }
    }
    endResetModel();
}

void EvidenceTableModel::onInserted(RecordKind kind, const QString& uuid)
{
    if (kind == RecordKind::Evidence) {
        if (rowOf(uuid) >= 0)
            return;
        auto evidence = m_store->record(kind, uuid);
        if (!evidence)
            return;
        beginInsertRows({}, m_rows.size(), m_rows.size());
        m_rows.append(load(evidence.value()));
        endInsertRows();
    } else if (kind == RecordKind::Attachment) {
        if (auto attachment = m_store->record(kind, uuid))
            refreshRow(rowOf(attachment->parentUuid));
    }
}

void EvidenceTableModel::onRemoved(RecordKind kind, const QString& uuid)
{
    if (kind == RecordKind::Evidence) {
        const int row = rowOf(uuid);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (kind == RecordKind::Attachment) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).attachments.contains(uuid))
                refreshRow(row);
        }
    }
}

void EvidenceTableModel::onChanged(RecordKind kind, const QString& uuid)
{
    if (kind == RecordKind::Evidence)
        refreshRow(rowOf(uuid));
}

void EvidenceTableModel::refreshRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    auto evidence = m_store->record(RecordKind::Evidence, m_rows.at(row).evidence.uuid);
    if (!evidence)
        return;
    m_rows[row] = load(evidence.value());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EvidenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceTableModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("document"))
        return tr("Document");
    if (kind == QLatin1String("record"))
        return tr("Record sample");
    if (kind == QLatin1String("observation"))
        return tr("Observation");
    if (kind == QLatin1String("technical"))
        return tr("Technical check");
    return kind;
}

QString EvidenceTableModel::sampleText(const Record& evidence)
{
    const auto size = evidence.integer(QStringLiteral("sample_size"));
    const QString population = evidence.text(QStringLiteral("population"));
    const QString selection = evidence.text(QStringLiteral("sample_selection"));
    QString text;
    if (size && !population.isEmpty())
        text = tr("%1 of %2").arg(*size).arg(population);
    else if (size)
        text = tr("%n sampled", nullptr, *size);
    else
        text = population;
    if (!selection.isEmpty())
        text = text.isEmpty() ? selection : tr("%1 (%2)").arg(text, selection);
    return text;
}

QVariant EvidenceTableModel::display(const Row& row, int column) const
{
    const Record& e = row.evidence;
    switch (column) {
    case KindColumn:
        return kindLabel(e.text(QStringLiteral("kind")));
    case TitleColumn:
        return e.text(QStringLiteral("title"));
    case ReferenceColumn:
        return e.text(QStringLiteral("reference"));
    case SampleColumn:
        return sampleText(e);
    case CollectedOnColumn: {
        const QDate date = QDate::fromString(e.text(QStringLiteral("collected_on")), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    }
    case CollectedByColumn:
        return e.text(QStringLiteral("collected_by"));
    case CoversColumn: {
        QStringList tags = e.linked(LinkKind::Clause);
        for (const QString& control : e.linked(LinkKind::Control))
            tags << QStringLiteral("A.") + control;
        return tags.join(QLatin1String(", "));
    }
    case AttachmentsColumn:
        return row.attachments.isEmpty() ? QString() : QString::number(row.attachments.size());
    default:
        return {};
    }
}

QVariant EvidenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !row.evidence.text(QStringLiteral("description")).isEmpty())
            return row.evidence.text(QStringLiteral("description"));
        if (index.column() == AttachmentsColumn)
            return tr("%n attached file(s)", nullptr, int(row.attachments.size()));
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AttachmentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UuidRole:
        return row.evidence.uuid;
    case KindRole:
        return row.evidence.text(QStringLiteral("kind"));
    case InterviewsRole:
        return row.evidence.linked(LinkKind::Interview);
    case AttachmentCountRole:
        return int(row.attachments.size());
    case SortRole:
        if (index.column() == AttachmentsColumn)
            return int(row.attachments.size());
        if (index.column() == CollectedOnColumn)
            return row.evidence.text(QStringLiteral("collected_on"));
        if (index.column() == SampleColumn)
            return row.evidence.integer(QStringLiteral("sample_size")).value_or(-1);
        return display(row, index.column()).toString().toLower();
    default:
        return {};
    }
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case ReferenceColumn:
        return tr("Reference");
    case SampleColumn:
        return tr("Sample");
    case CollectedOnColumn:
        return tr("Collected on");
    case CollectedByColumn:
        return tr("Collected by");
    case CoversColumn:
        return tr("Clauses / controls");
    case AttachmentsColumn:
        return tr("Files");
    default:
        return {};
    }
}

int EvidenceTableModel::rowOf(const QString& uuid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).evidence.uuid == uuid)
            return row;
    }
    return -1;
}

QModelIndex EvidenceTableModel::indexOf(const QString& uuid, int column) const
{
    const int row = rowOf(uuid);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString EvidenceTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).evidence.uuid : QString();
}

} // namespace isoaudit
