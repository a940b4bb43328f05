// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EvidenceTableModel.h"

#include "domain/ValueLabels.h"

namespace isoaudit {

EvidenceTableModel::EvidenceTableModel(QObject* parent)
    : RecordTableModel({RecordKind::Evidence},
                       {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("reference"), QString(),
                        QStringLiteral("collected_on"), QStringLiteral("collected_by"), QString(), QString()},
                       parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    setChildKind(RecordKind::Attachment);
}

QString EvidenceTableModel::kindLabel(const QString& kind)
{
    return kind.isEmpty() ? kind : ValueLabels::label(ValueList::EvidenceKind, kind);
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

QVariant EvidenceTableModel::display(int row, int column) const
{
    const Record& e = rowRecord(row);
    switch (column) {
    case KindColumn:
        return kindLabel(e.text(QStringLiteral("kind")));
    case SampleColumn:
        return sampleText(e);
    case CoversColumn:
        return coverageText(e);
    case AttachmentsColumn:
        return attachmentCount(row) == 0 ? QString() : QString::number(attachmentCount(row));
    default:
        return fieldText(row, column);
    }
}

QVariant EvidenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Record& evidence = rowRecord(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !evidence.text(QStringLiteral("description")).isEmpty())
            return evidence.text(QStringLiteral("description"));
        if (index.column() == AttachmentsColumn)
            return tr("%n attached file(s)", nullptr, attachmentCount(row));
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AttachmentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UuidRole:
        return evidence.uuid;
    case KindRole:
        return evidence.text(QStringLiteral("kind"));
    case InterviewsRole:
        return evidence.linked(LinkKind::Interview);
    case AttachmentCountRole:
        return attachmentCount(row);
    case SortRole:
        if (index.column() == AttachmentsColumn)
            return attachmentCount(row);
        if (index.column() == CollectedOnColumn)
            return fieldSortKey(row, index.column());
        if (index.column() == SampleColumn)
            return evidence.integer(QStringLiteral("sample_size")).value_or(-1);
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

} // namespace isoaudit
