// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RiskTableModel.h"

#include "catalog/Catalog.h"
#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "i18n/Translations.h"
#include "models/NaturalSort.h"
#include "widgets/ThemeColors.h"

#include <QRegularExpression>

#include <algorithm>

namespace isoaudit {

namespace {

const QString likelihoodField = QStringLiteral("likelihood");
const QString impactField = QStringLiteral("impact");
const QString residualLikelihoodField = QStringLiteral("residual_likelihood");
const QString residualImpactField = QStringLiteral("residual_impact");
const QString acceptedField = QStringLiteral("residual_accepted");

/// The store column of each grid column (RiskTableModel::Column order); empty for computed columns.
const QStringList& columnFields()
{
    static const QStringList fields{
        "ref", "asset",     "threat", "vulnerability",       "owner",           "likelihood", "impact",           "",
        "",    "treatment", "",       "residual_likelihood", "residual_impact", "",           "residual_accepted"};
    return fields;
}

} // namespace

RiskTableModel::RiskTableModel(QObject* parent)
    : RecordTableModel({RecordKind::Risk}, columnFields(), parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

RiskTableModel::~RiskTableModel() = default;

void RiskTableModel::setDocument(AuditDocument* document)
{
    m_checkMessages.clear();
    followDocument(document);
}

void RiskTableModel::loadScheme()
{
    m_scheme = RiskScheme();
    if (!store())
        return;
    if (auto method = store()->riskMethod())
        m_scheme = RiskScheme::fromRecord(method.value());
}

void RiskTableModel::reloading()
{
    loadScheme();
    m_levels.clear();
}

void RiskTableModel::cacheRow(int row)
{
    const Levels levels = levelsOf(rowRecord(row));
    if (row < m_levels.size())
        m_levels[row] = levels;
    else
        m_levels.append(levels);
}

void RiskTableModel::uncacheRow(int row)
{
    m_levels.removeAt(row);
    m_checkMessages.remove(uuidAt(row));
}

void RiskTableModel::rowsReloaded()
{
    emit schemeChanged();
    emit registerChanged();
}

void RiskTableModel::otherChanged(RecordKind kind, const QString&, const QString&)
{
    if (kind != RecordKind::RiskMethod)
        return;
    loadScheme();
    repaintAll();
    emit schemeChanged();
    emit registerChanged();
}

void RiskTableModel::setCheckMessages(const QHash<QString, QStringList>& messages)
{
    if (messages == m_checkMessages)
        return;
    QSet<QString> touched;
    for (auto it = m_checkMessages.cbegin(); it != m_checkMessages.cend(); ++it)
        touched.insert(it.key());
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        touched.insert(it.key());
    m_checkMessages = messages;
    for (const QString& uuid : std::as_const(touched)) {
        if (const int row = rowOfUuid(uuid); row >= 0)
            emit dataChanged(index(row, RefColumn), index(row, RefColumn));
    }
}

QString RiskTableModel::fieldOf(int column)
{
    return columnFields().value(column);
}

RiskTableModel::Levels RiskTableModel::levelsOf(const Record& risk)
{
    return {risk.integer(likelihoodField).value_or(0), risk.integer(impactField).value_or(0),
            risk.integer(residualLikelihoodField).value_or(0), risk.integer(residualImpactField).value_or(0)};
}

std::optional<std::pair<int, int>> RiskTableModel::levels(int row, bool residual) const
{
    const Levels& l = m_levels.at(row);
    const int likelihood = l[residual ? 2 : 0];
    const int impact = l[residual ? 3 : 1];
    if (likelihood == 0 || impact == 0)
        return std::nullopt;
    return std::make_pair(likelihood, impact);
}

std::optional<int> RiskTableModel::score(int row, bool residual) const
{
    const auto li = levels(row, residual);
    if (!li)
        return std::nullopt;
    return m_scheme.score(li->first, li->second);
}

QVector<int> RiskTableModel::cellCounts(bool residual) const
{
    const int likelihoods = m_scheme.likelihoodCount();
    const int impacts = m_scheme.impactCount();
    QVector<int> counts(likelihoods * impacts, 0);
    for (int row = 0; row < rowCount(); ++row) {
        const auto li = levels(row, residual);
        if (li && li->first >= 1 && li->first <= likelihoods && li->second >= 1 && li->second <= impacts)
            ++counts[(li->first - 1) * impacts + (li->second - 1)];
    }
    return counts;
}

int RiskTableModel::aboveThresholdCount(bool residual) const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (const auto s = score(row, residual); s && m_scheme.aboveThreshold(*s))
            ++count;
    }
    return count;
}

QString RiskTableModel::nextRef() const
{
    static const QRegularExpression pattern(QStringLiteral("^R-(\\d+)$"));
    int highest = 0;
    for (const Record& risk : rowRecords()) {
        const auto match = pattern.match(risk.text(QStringLiteral("ref")));
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    return QStringLiteral("R-%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

QVariant RiskTableModel::displayValue(int row, int column) const
{
    const Record& risk = rowRecord(row);
    switch (column) {
    case LikelihoodColumn:
    case ResidualLikelihoodColumn: {
        const auto level = risk.integer(fieldOf(column));
        return level ? m_scheme.likelihoodText(*level) : QString();
    }
    case ImpactColumn:
    case ResidualImpactColumn: {
        const auto level = risk.integer(fieldOf(column));
        return level ? m_scheme.impactText(*level) : QString();
    }
    case ScoreColumn:
    case ResidualScoreColumn: {
        const auto s = score(row, column == ResidualScoreColumn);
        return s ? QVariant(*s) : QVariant(QString());
    }
    case BandColumn: {
        const auto s = score(row, false);
        const RiskBand* band = s ? m_scheme.band(*s) : nullptr;
        return band ? band->label : QString();
    }
    case TreatmentColumn:
        return risk.values.value(fieldOf(column)).isNull() ? QString()
                                                           : EnumLabels::treatment(risk.text(fieldOf(column)));
    case ControlsColumn:
        return risk.linked(LinkKind::Control).join(QStringLiteral(", "));
    case AcceptedColumn:
        return QVariant();
    default:
        return risk.text(fieldOf(column)).section(QLatin1Char('\n'), 0, 0);
    }
}

QVariant RiskTableModel::sortValue(int row, int column) const
{
    switch (column) {
    case LikelihoodColumn:
        return m_levels.at(row)[0];
    case ImpactColumn:
        return m_levels.at(row)[1];
    case ResidualLikelihoodColumn:
        return m_levels.at(row)[2];
    case ResidualImpactColumn:
        return m_levels.at(row)[3];
    case RefColumn:
        return rowRecord(row).text(QStringLiteral("ref"));
    case ScoreColumn:
    case BandColumn:
        return score(row, false).value_or(0);
    case ResidualScoreColumn:
        return score(row, true).value_or(0);
    case AcceptedColumn:
    case TreatmentColumn:
        return fieldSortKey(row, column); // unchecked first; the treatments in their order
    default:
        return displayValue(row, column).toString();
    }
}

QVariant RiskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Record& risk = rowRecord(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::EditRole:
    case ItemRoles::RawValueRole:
        if (column == ControlsColumn)
            return risk.linked(LinkKind::Control).join(QStringLiteral(", "));
        if (column == ScoreColumn || column == ResidualScoreColumn) {
            const auto s = score(row, column == ResidualScoreColumn);
            return s ? QVariant(*s) : QVariant();
        }
        if (column == BandColumn)
            return displayValue(row, column);
        return fieldData(row, column, role);
    case ItemRoles::SortRole:
        return sortValue(row, column);
    case ItemRoles::UuidRole:
        return risk.uuid;
    case ItemRoles::IssuesRole:
        return m_checkMessages.value(risk.uuid);
    case ItemRoles::ChoicesRole:
        if (column == LikelihoodColumn || column == ResidualLikelihoodColumn)
            return m_scheme.likelihoodChoices();
        if (column == ImpactColumn || column == ResidualImpactColumn)
            return m_scheme.impactChoices();
        if (column == TreatmentColumn)
            return EnumLabels::choices(Enums::treatments, &EnumLabels::treatment, true);
        return {};
    case Qt::CheckStateRole:
        return fieldData(row, column, role);
    case Qt::BackgroundRole:
        if (column == ScoreColumn || column == BandColumn || column == ResidualScoreColumn) {
            const auto s = score(row, column == ResidualScoreColumn);
            return s ? QVariant(m_scheme.color(*s)) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (column == ScoreColumn || column == BandColumn || column == ResidualScoreColumn) {
            const auto s = score(row, column == ResidualScoreColumn);
            if (!s)
                return {};
            return ThemeColors::textOn(m_scheme.color(*s));
        }
        return {};
    case Qt::DecorationRole:
        return column == RefColumn && m_checkMessages.contains(risk.uuid) ? QVariant(warningIcon()) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines;
        if (column == RefColumn)
            lines = m_checkMessages.value(risk.uuid);
        else if (column == AcceptedColumn && risk.flag(acceptedField))
            lines << tr("Accepted by %1 on %2")
                         .arg(risk.text(QStringLiteral("accepted_by")), risk.text(QStringLiteral("accepted_on")));
        else if (column == ScoreColumn || column == ResidualScoreColumn) {
            const auto s = score(row, column == ResidualScoreColumn);
            if (s && m_scheme.acceptanceThreshold())
                lines << (m_scheme.aboveThreshold(*s) ? tr("Above the acceptance threshold (%1)")
                                                      : tr("Within the acceptance threshold (%1)"))
                             .arg(*m_scheme.acceptanceThreshold());
        } else if (const FieldInfo* field = columnField(column); field && field->type == FieldType::Text) {
            lines << risk.text(field->column); // the whole text; the cell shows its first line
        }
        lines.removeAll(QString());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::TextAlignmentRole:
        if (column == ScoreColumn || column == ResidualScoreColumn)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount]
        = {QT_TR_NOOP("Ref"),    QT_TR_NOOP("Asset"),      QT_TR_NOOP("Threat"),   QT_TR_NOOP("Vulnerability"),
           QT_TR_NOOP("Owner"),  QT_TR_NOOP("Likelihood"), QT_TR_NOOP("Impact"),   QT_TR_NOOP("Score"),
           QT_TR_NOOP("Band"),   QT_TR_NOOP("Treatment"),  QT_TR_NOOP("Controls"), QT_TR_NOOP("Res. L"),
           QT_TR_NOOP("Res. I"), QT_TR_NOOP("Res. score"), QT_TR_NOOP("Accepted")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ControlsColumn:
            return tr("Annex A controls chosen to treat the risk, e.g. 5.15, 8.7");
        case ResidualLikelihoodColumn:
            return tr("Residual likelihood after treatment");
        case ResidualImpactColumn:
            return tr("Residual impact after treatment");
        case ResidualScoreColumn:
            return tr("Residual score after treatment");
        case AcceptedColumn:
            return tr("The risk owner has accepted the residual risk");
        default:
            return tr(titles[section]);
        }
    }
    return {};
}

Qt::ItemFlags RiskTableModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags f = RecordTableModel::flags(index); // the plain fields
    return index.column() == ControlsColumn && isWritable() ? f | Qt::ItemIsEditable : f;
}

Status RiskTableModel::setControls(int row, const QString& text)
{
    QStringList controls;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (QString id : parts) {
        if (id.startsWith(QLatin1String("A."), Qt::CaseInsensitive))
            id = id.mid(2);
        if (!Catalog::isoSpecificByNature().control(id))
            return Error{tr("\"%1\" is not an Annex A control; write ids such as 5.15, 8.7.").arg(id)};
        if (!controls.contains(id))
            controls << id;
    }
    std::sort(controls.begin(), controls.end(), NaturalSort::lessThan);
    const Record& risk = rowRecord(row);
    if (controls == risk.linked(LinkKind::Control))
        return {};
    return document()->setLinks(RecordKind::Risk, risk.uuid, LinkKind::Control, controls,
                                tr("Set controls of %1").arg(risk.text(QStringLiteral("ref"))));
}

bool RiskTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (index.column() != ControlsColumn)
        return RecordTableModel::setData(index, value, role);
    if (role != Qt::EditRole || !document()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (const Status done = setControls(index.row(), value.toString()); !done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

QString RiskTableModel::undoText(int row, int column, const QVariant& stored) const
{
    const QString ref = rowRecord(row).text(QStringLiteral("ref"));
    if (column == AcceptedColumn)
        return stored.toBool() ? tr("Accept residual risk of %1").arg(ref) : tr("Withdraw acceptance of %1").arg(ref);
    return tr("Set %1 of %2").arg(Translations::inSentence(headerData(column, Qt::Horizontal).toString()), ref);
}

} // namespace isoaudit
