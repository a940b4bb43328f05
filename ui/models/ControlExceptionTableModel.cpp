// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ControlExceptionTableModel.h"

#include "catalog/Catalog.h"
#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"
#include "soc2/Engagement.h"
#include "soc2/ExceptionRollup.h"

namespace isoaudit {

namespace {

const QString controlRef = QStringLiteral("ref");
const QString controlTitle = QStringLiteral("title");

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

ControlExceptionTableModel::ControlExceptionTableModel(QObject* parent)
    : RecordTableModel({RecordKind::ControlException},
                       {QString(), QString(), QString(), QString(), QStringLiteral("nature"), QStringLiteral("cause"),
                        QStringLiteral("pattern"), QStringLiteral("management_response"),
                        QStringLiteral("compensating_controls"), QString()},
                       parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void ControlExceptionTableModel::reloading()
{
    m_controls.clear();
    if (!store())
        return;
    if (auto controls = store()->records(RecordKind::ServiceControl)) {
        for (const Record& control : controls.value())
            m_controls.insert(control.uuid, control);
    }
}

void ControlExceptionTableModel::otherInserted(RecordKind kind, const QString& uuid)
{
    if (kind != RecordKind::ServiceControl)
        return;
    if (auto control = store()->record(kind, uuid))
        m_controls.insert(uuid, control.value());
}

void ControlExceptionTableModel::otherRemoved(RecordKind kind, const QString& uuid)
{
    // The store removes a control's exception records with it, without a signal for each.
    if (kind == RecordKind::ServiceControl && m_controls.contains(uuid))
        reload();
}

void ControlExceptionTableModel::otherChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    if (kind != RecordKind::ServiceControl || (column != controlRef && column != controlTitle && !column.isEmpty()))
        return;
    if (auto control = store()->record(kind, uuid)) {
        m_controls.insert(uuid, control.value());
        repaintControl(uuid);
    }
}

void ControlExceptionTableModel::repaintControl(const QString& controlUuid)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowRecord(row).parentUuid == controlUuid)
            repaintRow(row);
    }
}

int ControlExceptionTableModel::rowOfControl(const QString& controlUuid) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowRecord(row).parentUuid == controlUuid)
            return row;
    }
    return -1;
}

int ControlExceptionTableModel::unassessedCount() const
{
    int count = 0;
    for (const Record& exception : rowRecords()) {
        if (!ExceptionRollup::missingAssessment(exception).isEmpty())
            ++count;
    }
    return count;
}

QString ControlExceptionTableModel::controlText(int row, const QString& column) const
{
    const auto it = m_controls.constFind(rowRecord(row).parentUuid);
    return it == m_controls.cend() ? QString() : it->text(column);
}

QString ControlExceptionTableModel::deviationsText(const Record& exception)
{
    return tr("%1 of %2")
        .arg(exception.integer(QStringLiteral("deviations")).value_or(0))
        .arg(exception.integer(QStringLiteral("sample_size")).value_or(0));
}

QString ControlExceptionTableModel::missingText(const QStringList& packageNames)
{
    QStringList words;
    for (const QString& name : packageNames) {
        if (name == QLatin1String("nature"))
            words << tr("nature");
        else if (name == QLatin1String("cause"))
            words << tr("cause");
        else if (name == QLatin1String("pattern"))
            words << tr("pattern");
        else if (name == QLatin1String("managementResponse"))
            words << tr("management's response");
        else if (name == QLatin1String("compensatingControls"))
            words << tr("compensating controls");
        else if (name == QLatin1String("effect"))
            words << tr("effect");
        else
            words << name;
    }
    if (words.size() < 2)
        return words.join(QString());
    return tr("%1 and %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
}

QString ControlExceptionTableModel::assessmentText(const QStringList& missing)
{
    return missing.isEmpty() ? tr("Complete") : tr("Missing: %1").arg(missingText(missing));
}

QString ControlExceptionTableModel::assessmentToolTip(const QStringList& missing)
{
    if (missing.isEmpty())
        return tr("The nature, the pattern and management's response are recorded.");
    return tr("Still to record: %1. The report waits until every exception has its nature, pattern and "
              "management's response (rule soc2.exceptions-assessed).")
        .arg(missingText(missing));
}

QString ControlExceptionTableModel::effectText(const Record& exception)
{
    const QStringList criteria = exception.linked(LinkKind::Criterion);
    const QString text = firstLine(exception.text(QStringLiteral("effect")));
    if (criteria.isEmpty())
        return text;
    if (text.isEmpty())
        return criteria.join(QStringLiteral(", "));
    return tr("%1: %2").arg(criteria.join(QStringLiteral(", ")), text);
}

QVariant ControlExceptionTableModel::display(int row, int column) const
{
    const Record& exception = rowRecord(row);
    switch (column) {
    case ControlColumn:
        return controlText(row, controlRef);
    case TitleColumn:
        return controlText(row, controlTitle);
    case DeviationsColumn:
        return deviationsText(exception);
    case PatternColumn:
        return ValueLabels::label(ValueList::DeviationPattern, exception.text(QStringLiteral("pattern")));
    case EffectColumn:
        return effectText(exception);
    case AssessmentColumn:
        return assessmentText(ExceptionRollup::missingAssessment(exception));
    default:
        return firstLine(fieldText(row, column));
    }
}

QVariant ControlExceptionTableModel::toolTip(int row, int column) const
{
    const Record& exception = rowRecord(row);
    switch (column) {
    case ControlColumn:
    case TitleColumn:
        return tr("%1 — %2\nDouble-click or press Enter to open the control on the Testing page.")
            .arg(controlText(row, controlRef), controlText(row, controlTitle));
    case DeviationsColumn:
        return tr("Deviations: %1 of %2 tested (the control's sample items with an exception, or its test "
                  "procedures with exceptions when it has no sample)")
            .arg(exception.integer(QStringLiteral("deviations")).value_or(0))
            .arg(exception.integer(QStringLiteral("sample_size")).value_or(0));
    case EffectColumn: {
        QStringList lines;
        const Catalog& catalog = Engagement::criteriaCatalog();
        for (const QString& id : exception.linked(LinkKind::Criterion)) {
            const CatalogItem* item = catalog.criterion(id);
            lines << (item ? tr("%1 — %2").arg(id, item->title) : id);
        }
        const QString text = exception.text(QStringLiteral("effect"));
        if (!text.isEmpty())
            lines << text;
        return lines.join(QLatin1Char('\n'));
    }
    case AssessmentColumn:
        return assessmentToolTip(ExceptionRollup::missingAssessment(exception));
    case PatternColumn:
        return {};
    default:
        return fieldText(row, column);
    }
}

QVariant ControlExceptionTableModel::sortKey(int row, int column) const
{
    const Record& exception = rowRecord(row);
    switch (column) {
    case ControlColumn:
        return controlText(row, controlRef); // the page's proxy compares it with NaturalSort
    case TitleColumn:
        return controlText(row, controlTitle).toCaseFolded();
    case DeviationsColumn: {
        const int size = exception.integer(QStringLiteral("sample_size")).value_or(0);
        const int deviations = exception.integer(QStringLiteral("deviations")).value_or(0);
        return size > 0 ? double(deviations) / size : double(deviations);
    }
    case EffectColumn:
        return effectText(exception).toCaseFolded();
    case AssessmentColumn:
        return int(ExceptionRollup::missingAssessment(exception).size());
    default:
        return fieldSortKey(row, column);
    }
}

QVariant ControlExceptionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == AssessmentColumn && !ExceptionRollup::missingAssessment(rowRecord(row)).isEmpty())
            return warningIcon();
        return {};
    case ItemRoles::RawValueRole:
        if (column == DeviationsColumn)
            return rowRecord(row).integer(QStringLiteral("deviations")).value_or(0);
        if (column == AssessmentColumn)
            return ExceptionRollup::missingAssessment(rowRecord(row)).isEmpty();
        return fieldData(row, column, role);
    case ItemRoles::SortRole:
        return sortKey(row, column);
    case ItemRoles::UuidRole:
        return uuidAt(row);
    case ItemRoles::IssuesRole: {
        const QStringList missing = ExceptionRollup::missingAssessment(rowRecord(row));
        return missing.isEmpty() ? QStringList() : QStringList{assessmentToolTip(missing)};
    }
    case ControlUuidRole:
        return rowRecord(row).parentUuid;
    case MissingRole:
        return ExceptionRollup::missingAssessment(rowRecord(row));
    case Qt::TextAlignmentRole:
        return column == DeviationsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ControlExceptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount] = {QT_TR_NOOP("Control"),
                                                    QT_TR_NOOP("Title"),
                                                    QT_TR_NOOP("Deviations"),
                                                    QT_TR_NOOP("Assessment"),
                                                    QT_TR_NOOP("Nature"),
                                                    QT_TR_NOOP("Cause"),
                                                    QT_TR_NOOP("Pattern"),
                                                    QT_TR_NOOP("Management's response"),
                                                    QT_TR_NOOP("Compensating controls"),
                                                    QT_TR_NOOP("Effect on criteria")};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DeviationsColumn:
            return tr("Deviations out of the sample size (or out of the test procedures with a result)");
        case PatternColumn:
            return tr("Isolated or systematic: the auditor's judgement of the deviations");
        case AssessmentColumn:
            return tr("Whether the nature, the pattern and management's response are recorded");
        default:
            return {};
        }
    }
    return tr(titles[section]);
}

} // namespace isoaudit
