// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SoaTableModel.h"

#include "catalog/Catalog.h"
#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "i18n/Translations.h"
#include "widgets/ThemeColors.h"

#include <QSet>

namespace isoaudit {

namespace {

const QString applicableField = QStringLiteral("applicable");
const QString justificationField = QStringLiteral("justification");
const QString implementationField = QStringLiteral("implementation");
const QString verdictField = QStringLiteral("verdict");

/// The store column of each grid column (SoaTableModel::Column order); empty for read-only columns.
const QStringList& columnFields()
{
    static const QStringList fields{
        "", "", "", "applicable", "justification", "implementation", "client_reference", "", "verdict", "", "notes"};
    return fields;
}

QString firstLine(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}

} // namespace

SoaTableModel::SoaTableModel(QObject* parent)
    : RecordTableModel({RecordKind::SoaEntry}, columnFields(), parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    setReloadOnInsertOrRemove(true); // rows in Annex A order; only an import adds or removes SoA entries
}

SoaTableModel::~SoaTableModel() = default;

void SoaTableModel::reloading()
{
    m_rowOfControl.clear();
    m_links.clear();
    if (!store())
        return;
    if (auto risks = store()->records(RecordKind::Risk)) {
        for (const Record& risk : risks.value())
            m_links.setRisk(risk.uuid, risk.text(QStringLiteral("ref")), risk.linked(LinkKind::Control));
    }
    if (auto evidence = store()->records(RecordKind::Evidence)) {
        for (const Record& record : evidence.value())
            m_links.setEvidence(record.uuid, record.linked(LinkKind::Control));
    }
}

void SoaTableModel::cacheRow(int row)
{
    m_rowOfControl.insert(rowRecord(row).text(QStringLiteral("control_id")), row);
}

void SoaTableModel::refreshControls(const QSet<QString>& controlIds)
{
    bool any = false;
    for (const QString& control : controlIds) {
        const int row = rowOfControl(control);
        if (row < 0)
            continue;
        repaintRow(row);
        any = true;
    }
    if (any)
        emit summaryChanged();
}

void SoaTableModel::otherChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    if (kind == RecordKind::Risk && column == QLatin1String("ref") && m_links.hasRisk(uuid)) {
        if (auto risk = store()->record(RecordKind::Risk, uuid))
            refreshControls(m_links.setRiskRef(uuid, risk->text(QStringLiteral("ref"))));
    }
}

void SoaTableModel::otherRemoved(RecordKind kind, const QString& uuid)
{
    if (kind == RecordKind::Risk)
        refreshControls(m_links.removeRisk(uuid));
    else if (kind == RecordKind::Evidence)
        refreshControls(m_links.removeEvidence(uuid));
}

void SoaTableModel::otherLinksChanged(RecordKind kind, const QString& uuid)
{
    if (kind != RecordKind::Risk && kind != RecordKind::Evidence)
        return;
    auto record = store()->record(kind, uuid);
    if (!record)
        return;
    if (kind == RecordKind::Risk)
        refreshControls(m_links.setRisk(uuid, record->text(QStringLiteral("ref")), record->linked(LinkKind::Control)));
    else
        refreshControls(m_links.setEvidence(uuid, record->linked(LinkKind::Control)));
}

QString SoaTableModel::fieldOf(int column)
{
    return columnFields().value(column);
}

QString SoaTableModel::controlIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowRecord(row).text(QStringLiteral("control_id")) : QString();
}

QStringList SoaTableModel::issues(int row) const
{
    QStringList result;
    const Record& entry = rowRecord(row);
    const QString applicable = entry.text(applicableField);
    if (applicable == QLatin1String("undecided") || applicable.isEmpty())
        result << tr("Applicability is not decided.");
    if (applicable == QLatin1String("no")) {
        if (entry.text(justificationField).trimmed().isEmpty())
            result << tr("Excluded without a justification.");
        const QStringList refs = linkedRiskRefs(entry.text(QStringLiteral("control_id")));
        if (!refs.isEmpty())
            result << tr("Marked not applicable, but chosen to treat: %1.")
                          .arg(refs.mid(0, 10).join(QStringLiteral(", "))
                               + (refs.size() > 10 ? QStringLiteral(", …") : QString()));
    }
    return result;
}

SoaTableModel::Summary SoaTableModel::summary() const
{
    Summary s;
    s.total = rowCount();
    for (int row = 0; row < rowCount(); ++row) {
        const Record& entry = rowRecord(row);
        const QString applicable = entry.text(applicableField);
        if (applicable == QLatin1String("yes") || applicable == QLatin1String("no"))
            ++s.decided;
        if (applicable == QLatin1String("no")) {
            if (entry.text(justificationField).trimmed().isEmpty())
                ++s.unjustifiedExclusions;
            if (m_links.riskCount(entry.text(QStringLiteral("control_id"))) > 0)
                ++s.excludedButTreating;
        }
        if (!issues(row).isEmpty())
            ++s.rowsWithIssues;
    }
    return s;
}

QString SoaTableModel::summaryText(const Summary& s)
{
    QString text = tr("%1/%2 decided").arg(s.decided).arg(s.total);
    if (s.unjustifiedExclusions > 0)
        text += s.unjustifiedExclusions == 1 ? tr(" · 1 exclusion unjustified")
                                             : tr(" · %1 exclusions unjustified").arg(s.unjustifiedExclusions);
    if (s.excludedButTreating > 0)
        text += s.excludedButTreating == 1 ? tr(" · 1 exclusion used by a risk treatment")
                                           : tr(" · %1 exclusions used by risk treatments").arg(s.excludedButTreating);
    return text;
}

QVariant SoaTableModel::displayValue(int row, int column) const
{
    const Record& entry = rowRecord(row);
    const QString controlId = entry.text(QStringLiteral("control_id"));
    const CatalogItem* item = Catalog::isoSpecificByNature().control(controlId);
    switch (column) {
    case IdColumn:
        return controlId;
    case ThemeColumn:
        return item ? EnumLabels::theme(item->theme) : QString();
    case TitleColumn:
        return item ? item->title : QString();
    case ApplicableColumn:
        return EnumLabels::applicability(entry.text(applicableField));
    case ImplementationColumn:
        return EnumLabels::implementation(entry.text(implementationField));
    case VerdictColumn:
        return EnumLabels::controlVerdict(entry.text(verdictField));
    case JustificationColumn:
    case NotesColumn:
        return firstLine(entry.text(fieldOf(column)));
    case ClientReferenceColumn:
        return entry.text(fieldOf(column));
    case LinkedRisksColumn: {
        const QStringList refs = linkedRiskRefs(controlId);
        if (refs.isEmpty())
            return QString();
        QString shown = refs.mid(0, 4).join(QStringLiteral(", "));
        if (refs.size() > 4)
            shown += QStringLiteral(", …");
        return tr("%1: %2").arg(refs.size()).arg(shown);
    }
    case EvidenceColumn:
        return m_links.evidenceCount(controlId);
    default:
        return {};
    }
}

QVariant SoaTableModel::sortValue(int row, int column) const
{
    const Record& entry = rowRecord(row);
    const QString controlId = entry.text(QStringLiteral("control_id"));
    switch (column) {
    case IdColumn:
        return controlId;
    case ApplicableColumn:
    case ImplementationColumn:
    case VerdictColumn:
        return fieldSortKey(row, column); // in the order the metadata lists the values
    case LinkedRisksColumn:
        return m_links.riskCount(controlId);
    case EvidenceColumn:
        return m_links.evidenceCount(controlId);
    default:
        return displayValue(row, column);
    }
}

QVariant SoaTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Record& entry = rowRecord(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::EditRole:
    case ItemRoles::RawValueRole: {
        if (columnField(column))
            return fieldData(row, column, role);
        if (column == ThemeColumn) { // the catalogue's theme, which filters compare with; the display is translated
            const CatalogItem* item = Catalog::isoSpecificByNature().control(controlIdAt(row));
            return item ? item->theme : QString();
        }
        return column == LinkedRisksColumn ? QVariant(linkedRiskRefs(controlIdAt(row))) : displayValue(row, column);
    }
    case ItemRoles::SortRole:
        return sortValue(row, column);
    case ItemRoles::UuidRole:
        return entry.uuid;
    case ItemRoles::IssuesRole:
        return issues(row);
    case ItemRoles::ChoicesRole:
        if (column == ApplicableColumn)
            return EnumLabels::choices(Enums::applicability, &EnumLabels::applicability);
        if (column == ImplementationColumn)
            return EnumLabels::choices(Enums::implementation, &EnumLabels::implementation, true);
        if (column == VerdictColumn)
            return EnumLabels::choices(Enums::controlVerdicts, &EnumLabels::controlVerdict);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines = issues(row);
        if (column == JustificationColumn || column == NotesColumn) {
            const QString text = entry.text(fieldOf(column));
            if (!text.isEmpty())
                lines.prepend(text);
        } else if (column == LinkedRisksColumn) {
            const QStringList refs = linkedRiskRefs(controlIdAt(row));
            if (!refs.isEmpty())
                lines.prepend(tr("Chosen to treat: %1").arg(refs.join(QStringLiteral(", "))));
        } else if (column == TitleColumn || column == IdColumn) {
            if (const CatalogItem* item = Catalog::isoSpecificByNature().control(controlIdAt(row));
                item && !item->note.isEmpty())
                lines.append(item->note);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole:
        if (column == IdColumn && !issues(row).isEmpty())
            return warningIcon();
        return {};
    case Qt::BackgroundRole:
        if (!issues(row).isEmpty())
            return ThemeColors::attentionRow().background; // amber: this row breaks an SoA rule
        return {};
    case Qt::ForegroundRole:
        if (!issues(row).isEmpty())
            return ThemeColors::attentionRow().foreground; // readable on the amber in a light or dark theme
        return {};
    case Qt::TextAlignmentRole:
        if (column == EvidenceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SoaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("ID");
        case ThemeColumn:
            return tr("Theme");
        case TitleColumn:
            return tr("Control");
        case ApplicableColumn:
            return tr("Applicable");
        case JustificationColumn:
            return tr("Justification");
        case ImplementationColumn:
            return tr("Implementation");
        case ClientReferenceColumn:
            return tr("Client ref.");
        case LinkedRisksColumn:
            return tr("Linked risks");
        case VerdictColumn:
            return tr("Verdict");
        case EvidenceColumn:
            return tr("Evidence");
        case NotesColumn:
            return tr("Notes");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ClientReferenceColumn:
            return tr("The client's own reference for the control (policy or procedure)");
        case LinkedRisksColumn:
            return tr("Risks whose treatment names this control; double-click to go to one");
        case VerdictColumn:
            return tr("The auditor's verdict on the control");
        case EvidenceColumn:
            return tr("Evidence records linked to this control");
        default:
            return {};
        }
    }
    return {};
}

QString SoaTableModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(stored);
    return tr("Set %1 of %2")
        .arg(Translations::inSentence(headerData(column, Qt::Horizontal).toString()), controlIdAt(row));
}

Status SoaTableModel::setForRows(const QList<int>& rows, int column, const QVariant& value)
{
    const QString field = fieldOf(column);
    if (!document() || field.isEmpty())
        return Error{tr("This column cannot be edited.")};
    QStringList uuids;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const QVariant current = fieldValue(row, column);
        const bool same = (current.isNull() && value.isNull()) || (!current.isNull() && current == value);
        if (!same)
            uuids << uuidAt(row);
    }
    if (uuids.isEmpty())
        return {};
    const QString what = Translations::inSentence(headerData(column, Qt::Horizontal).toString());
    const QString undoText = uuids.size() == 1 ? tr("Set %1 of one control").arg(what)
                                               : tr("Set %1 of %2 controls").arg(what).arg(uuids.size());
    return document()->macro(undoText, [&]() -> Status {
        for (const QString& uuid : std::as_const(uuids)) {
            if (auto done = document()->setField(RecordKind::SoaEntry, uuid, field, value); !done)
                return done;
        }
        return {};
    });
}

} // namespace isoaudit
