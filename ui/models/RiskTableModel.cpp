// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RiskTableModel.h"

#include "catalog/Catalog.h"
#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "i18n/Translations.h"
#include "models/NaturalSort.h"
#include "widgets/ThemeColors.h"

#include <QApplication>
#include <QIcon>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>

namespace isoaudit {

namespace {

const QString likelihoodField = QStringLiteral("likelihood");
const QString impactField = QStringLiteral("impact");
const QString residualLikelihoodField = QStringLiteral("residual_likelihood");
const QString residualImpactField = QStringLiteral("residual_impact");
const QString acceptedField = QStringLiteral("residual_accepted");

bool isLevelColumn(int column)
{
    return column == RiskTableModel::LikelihoodColumn || column == RiskTableModel::ImpactColumn
        || column == RiskTableModel::ResidualLikelihoodColumn || column == RiskTableModel::ResidualImpactColumn;
}

} // namespace

RiskTableModel::RiskTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

RiskTableModel::~RiskTableModel() = default;

void RiskTableModel::setDocument(AuditDocument* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_checkMessages.clear();
    reload();
    if (!m_document)
        return;
    AuditStore* store = &m_document->store();
    connect(store, &AuditStore::recordChanged, this, &RiskTableModel::onRecordChanged);
    connect(store, &AuditStore::recordInserted, this, &RiskTableModel::onRecordInserted);
    connect(store, &AuditStore::recordRemoved, this, &RiskTableModel::onRecordRemoved);
    connect(store, &AuditStore::linksChanged, this, &RiskTableModel::onLinksChanged);
}

void RiskTableModel::loadScheme()
{
    m_scheme = RiskScheme();
    if (!m_document)
        return;
    if (auto method = m_document->store().riskMethod())
        m_scheme = RiskScheme::fromRecord(method.value());
}

void RiskTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfUuid.clear();
    loadScheme();
    if (m_document) {
        if (auto risks = m_document->store().records(RecordKind::Risk))
            m_rows = std::move(risks).value();
    }
    m_rowOfUuid.reserve(m_rows.size());
    m_levels.clear();
    m_levels.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowOfUuid.insert(m_rows.at(row).uuid, row);
        m_levels.append(levelsOf(m_rows.at(row)));
    }
    endResetModel();
    emit schemeChanged();
    emit registerChanged();
}

void RiskTableModel::reloadRow(const QString& uuid)
{
    const int row = rowOfUuid(uuid);
    if (row < 0 || !m_document)
        return;
    auto record = m_document->store().record(RecordKind::Risk, uuid);
    if (!record)
        return;
    m_rows[row] = std::move(record).value();
    m_levels[row] = levelsOf(m_rows.at(row));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit registerChanged();
}

void RiskTableModel::onRecordChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    Q_UNUSED(column);
    if (kind == RecordKind::Risk) {
        reloadRow(uuid);
    } else if (kind == RecordKind::RiskMethod) {
        loadScheme();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        emit schemeChanged();
        emit registerChanged();
    }
}

void RiskTableModel::onRecordInserted(RecordKind kind, const QString& uuid)
{
    if (kind == RecordKind::RiskMethod) {
        onRecordChanged(kind, uuid, {});
        return;
    }
    if (kind != RecordKind::Risk || !m_document || m_rowOfUuid.contains(uuid))
        return;
    auto record = m_document->store().record(RecordKind::Risk, uuid);
    if (!record)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(std::move(record).value());
    m_levels.append(levelsOf(m_rows.last()));
    m_rowOfUuid.insert(uuid, row);
    endInsertRows();
    emit registerChanged();
}

void RiskTableModel::onRecordRemoved(RecordKind kind, const QString& uuid)
{
    if (kind != RecordKind::Risk)
        return;
    const int row = rowOfUuid(uuid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_levels.removeAt(row);
    m_rowOfUuid.remove(uuid);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOfUuid.insert(m_rows.at(i).uuid, i);
    m_checkMessages.remove(uuid);
    endRemoveRows();
    emit registerChanged();
}

void RiskTableModel::onLinksChanged(RecordKind kind, const QString& uuid)
{
    if (kind == RecordKind::Risk)
        reloadRow(uuid);
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

int RiskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RiskTableModel::fieldOf(int column)
{
    switch (column) {
    case RefColumn:
        return QStringLiteral("ref");
    case AssetColumn:
        return QStringLiteral("asset");
    case ThreatColumn:
        return QStringLiteral("threat");
    case VulnerabilityColumn:
        return QStringLiteral("vulnerability");
    case OwnerColumn:
        return QStringLiteral("owner");
    case LikelihoodColumn:
        return likelihoodField;
    case ImpactColumn:
        return impactField;
    case TreatmentColumn:
        return QStringLiteral("treatment");
    case ResidualLikelihoodColumn:
        return residualLikelihoodField;
    case ResidualImpactColumn:
        return residualImpactField;
    case AcceptedColumn:
        return acceptedField;
    default:
        return {};
    }
}

QString RiskTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QString();
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
    return li->first * li->second;
}

QVector<int> RiskTableModel::cellCounts(bool residual) const
{
    const int likelihoods = m_scheme.likelihoodCount();
    const int impacts = m_scheme.impactCount();
    QVector<int> counts(likelihoods * impacts, 0);
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto li = levels(row, residual);
        if (li && li->first >= 1 && li->first <= likelihoods && li->second >= 1 && li->second <= impacts)
            ++counts[(li->first - 1) * impacts + (li->second - 1)];
    }
    return counts;
}

int RiskTableModel::aboveThresholdCount(bool residual) const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (const auto s = score(row, residual); s && m_scheme.aboveThreshold(*s))
            ++count;
    }
    return count;
}

QString RiskTableModel::nextRef() const
{
    static const QRegularExpression pattern(QStringLiteral("^R-(\\d+)$"));
    int highest = 0;
    for (const Record& risk : m_rows) {
        const auto match = pattern.match(risk.text(QStringLiteral("ref")));
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    return QStringLiteral("R-%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

QVariant RiskTableModel::displayValue(int row, int column) const
{
    const Record& risk = m_rows.at(row);
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
    const Record& risk = m_rows.at(row);
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
        return risk.text(QStringLiteral("ref"));
    default:
        break;
    }
    switch (column) {
    case ScoreColumn:
    case BandColumn:
        return score(row, false).value_or(0);
    case ResidualScoreColumn:
        return score(row, true).value_or(0);
    case AcceptedColumn:
        return int(risk.flag(acceptedField));
    case TreatmentColumn:
        return Enums::treatments.indexOf(risk.text(fieldOf(column)));
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
    const Record& risk = m_rows.at(row);
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
        return risk.values.value(fieldOf(column));
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
        if (column == AcceptedColumn)
            return risk.flag(acceptedField) ? Qt::Checked : Qt::Unchecked;
        return {};
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
        if (column == RefColumn && m_checkMessages.contains(risk.uuid)) {
            if (qobject_cast<QApplication*>(QCoreApplication::instance()))
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
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
        } else if (!fieldOf(column).isEmpty() && !isLevelColumn(column) && column != TreatmentColumn)
            lines << risk.text(fieldOf(column));
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
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_document || m_document->isReadOnly())
        return f;
    if (index.column() == AcceptedColumn)
        return f | Qt::ItemIsUserCheckable;
    if (!fieldOf(index.column()).isEmpty() || index.column() == ControlsColumn)
        f |= Qt::ItemIsEditable;
    return f;
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
    const Record& risk = m_rows.at(row);
    if (controls == risk.linked(LinkKind::Control))
        return {};
    return m_document->setLinks(RecordKind::Risk, risk.uuid, LinkKind::Control, controls,
                                tr("Set controls of %1").arg(risk.text(QStringLiteral("ref"))));
}

bool RiskTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = index.column();
    const int row = index.row();
    Status done;
    if (role == Qt::CheckStateRole && column == AcceptedColumn) {
        const bool accepted = value.toInt() == Qt::Checked;
        done = m_document->setField(RecordKind::Risk, uuidAt(row), acceptedField, accepted,
                                    accepted ? tr("Accept residual risk of %1").arg(m_rows.at(row).text("ref"))
                                             : tr("Withdraw acceptance of %1").arg(m_rows.at(row).text("ref")));
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == ControlsColumn) {
        done = setControls(row, value.toString());
    } else if (const QString field = fieldOf(column); !field.isEmpty() && column != AcceptedColumn) {
        QVariant stored = value;
        if (isLevelColumn(column) && (value.isNull() || value.toString().isEmpty()))
            stored = QVariant();
        done = m_document->setField(RecordKind::Risk, uuidAt(row), field, stored,
                                    tr("Set %1 of %2")
                                        .arg(Translations::inSentence(headerData(column, Qt::Horizontal).toString()),
                                             m_rows.at(row).text(QStringLiteral("ref"))));
    } else {
        return false;
    }
    if (!done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

} // namespace isoaudit
