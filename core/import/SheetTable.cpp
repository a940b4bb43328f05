// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SheetTable.h"

#include <QDate>

namespace isoaudit {

namespace {

class TableKindText
{
    Q_DECLARE_TR_FUNCTIONS(TableKindText)

public:
    static QString label(TableKind kind)
    {
        switch (kind) {
        case TableKind::Risks:
            return tr("risk register");
        case TableKind::Soa:
            return tr("Statement of Applicability");
        case TableKind::Findings:
            return tr("findings");
        case TableKind::Actions:
            return tr("corrective actions");
        case TableKind::Controls:
            return tr("control matrix");
        }
        return {};
    }
};

} // namespace

QString TableKinds::name(TableKind kind)
{
    switch (kind) {
    case TableKind::Risks:
        return QStringLiteral("risks");
    case TableKind::Soa:
        return QStringLiteral("soa");
    case TableKind::Findings:
        return QStringLiteral("findings");
    case TableKind::Actions:
        return QStringLiteral("actions");
    case TableKind::Controls:
        return QStringLiteral("controls");
    }
    return {};
}

std::optional<TableKind> TableKinds::fromName(const QString& name)
{
    for (auto kind : {TableKind::Risks, TableKind::Soa, TableKind::Findings, TableKind::Actions, TableKind::Controls}) {
        if (TableKinds::name(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString TableKinds::label(TableKind kind)
{
    return TableKindText::label(kind);
}

QString SheetTable::text(int row, int column) const
{
    const QVariant value = cell(row, column);
    switch (value.typeId()) {
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    default:
        return value.toString().trimmed();
    }
}

bool SheetTable::isBlankRow(int row) const
{
    if (row < 0 || row >= rows.size())
        return true;
    for (int c = 0; c < rows.at(row).size(); ++c) {
        if (!text(row, c).isEmpty())
            return false;
    }
    return true;
}

QString SheetTable::columnName(int column)
{
    QString name;
    int n = column + 1;
    while (n > 0) {
        const int rem = (n - 1) % 26;
        name.prepend(QChar(u'A' + rem));
        n = (n - 1) / 26;
    }
    return name;
}

} // namespace isoaudit
