// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceControlTableModel's commands: mapping controls to criteria (typed, by selection, by drag and drop), adding a
// control with the next free reference and deleting controls (refused while a population holds frozen rows). Each is
// one undo step on the document.
#include "models/ServiceControlTableModel.h"

#include "models/ServiceControlSupport.h"

#include "catalog/Catalog.h"
#include "document/AuditDocument.h"
#include "import/ControlMatrixValues.h"
#include "models/CriteriaTreeModel.h"

#include <QMimeData>
#include <QRegularExpression>

#include <algorithm>

namespace isoaudit {

using namespace servicecontrols;

Result<QStringList> ServiceControlTableModel::parseCriteria(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QStringList(); // an emptied cell: the control addresses no criterion
    QStringList problems;
    const QStringList ids = ControlMatrixValues::criteria(text, &problems);
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char(' '))};
    return ids;
}

QList<Record> ServiceControlTableModel::recordsOf(const QList<int>& rows) const
{
    // Copies: each write's signal replaces the row's record before the next.
    QList<Record> records;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const Record& control = rowRecord(row);
        if (std::none_of(records.cbegin(), records.cend(), [&](const Record& r) { return r.uuid == control.uuid; }))
            records << control;
    }
    return records;
}

Status ServiceControlTableModel::setCriteria(int row, const QStringList& ids)
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    if (row < 0 || row >= rowCount())
        return Error{tr("There is no control in row %1.").arg(row + 1)};
    const Catalog& catalog = Engagement::criteriaCatalog();
    for (const QString& id : ids) {
        if (!catalog.criterion(id))
            return Error{tr("%1 is not a Trust Services criterion.").arg(id)};
    }
    const Record control = rowRecord(row);
    const QStringList wanted = inCatalogOrder(ids);
    if (wanted == inCatalogOrder(control.linked(LinkKind::Criterion)))
        return {};
    return document()->setLinks(RecordKind::ServiceControl, control.uuid, LinkKind::Criterion, wanted,
                                tr("Set criteria of %1").arg(control.text(refField())));
}

Status ServiceControlTableModel::mapCriteria(const QList<int>& rows, const QStringList& ids)
{
    return changeCriteria(rows, ids, true);
}

Status ServiceControlTableModel::unmapCriteria(const QList<int>& rows, const QStringList& ids)
{
    return changeCriteria(rows, ids, false);
}

Status ServiceControlTableModel::changeCriteria(const QList<int>& rows, const QStringList& ids, bool map)
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    const QList<Record> controls = recordsOf(rows);
    if (controls.isEmpty())
        return Error{map ? tr("Select the control to map the criteria to.")
                         : tr("Select the control to unmap the criteria from.")};
    if (ids.isEmpty())
        return Error{tr("Select one or more criteria in the tree first.")};
    const Catalog& catalog = Engagement::criteriaCatalog();
    for (const QString& id : ids) {
        if (!catalog.criterion(id))
            return Error{tr("%1 is not a Trust Services criterion.").arg(id)};
    }
    QList<std::pair<Record, QStringList>> changes;
    for (const Record& control : controls) {
        QStringList links = control.linked(LinkKind::Criterion);
        for (const QString& id : ids) {
            if (map && !links.contains(id))
                links << id;
            else if (!map)
                links.removeAll(id);
        }
        links = inCatalogOrder(links);
        if (links != inCatalogOrder(control.linked(LinkKind::Criterion)))
            changes.append({control, links});
    }
    if (changes.isEmpty())
        return {};
    const QString what = joined(inCatalogOrder(ids));
    QString text;
    if (changes.size() == 1) {
        const QString ref = changes.first().first.text(refField());
        text = map ? tr("Map %1 to %2").arg(what, ref) : tr("Unmap %1 from %2").arg(what, ref);
    } else {
        text = map ? tr("Map %1 to %n control(s)", nullptr, int(changes.size())).arg(what)
                   : tr("Unmap %1 from %n control(s)", nullptr, int(changes.size())).arg(what);
    }
    AuditDocument* target = document();
    return target->macro(text, [&]() -> Status {
        for (const auto& [control, links] : changes) {
            if (auto done
                = target->setLinks(RecordKind::ServiceControl, control.uuid, LinkKind::Criterion, links, text);
                !done)
                return done;
        }
        return {};
    });
}

// ---- drops --------------------------------------------------------------------------------------------------------

QStringList ServiceControlTableModel::mimeTypes() const
{
    return {CriteriaTreeModel::criteriaMimeType()};
}

Qt::DropActions ServiceControlTableModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool ServiceControlTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                               const QModelIndex& parent) const
{
    Q_UNUSED(action);
    Q_UNUSED(column);
    // On a control's row only: between rows there is no control to map to.
    return isWritable() && row < 0 && parent.isValid() && parent.model() == this
        && !CriteriaTreeModel::criteriaFromMimeData(data).isEmpty();
}

bool ServiceControlTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                            const QModelIndex& parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!parent.isValid() || parent.model() != this)
        return false;
    Q_UNUSED(row);
    Q_UNUSED(column);
    const QStringList ids = CriteriaTreeModel::criteriaFromMimeData(data);
    if (ids.isEmpty())
        return false;
    if (const Status done = mapCriteria({parent.row()}, ids); !done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

// ---- controls added and deleted -----------------------------------------------------------------------------------

QString ServiceControlTableModel::nextRef() const
{
    // The most common prefix of the refs ending in a number ("NC-" of NC-01 … NC-40), the next number, as wide.
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    QHash<QString, int> prefixCount;
    QHash<QString, std::pair<int, int>> highest; // prefix -> (number, digits)
    for (const Record& control : rowRecords()) {
        const QRegularExpressionMatch match = numbered.match(control.text(refField()).trimmed());
        if (!match.hasMatch())
            continue;
        const QString prefix = match.captured(1);
        const int number = match.captured(2).toInt();
        ++prefixCount[prefix];
        auto& [most, digits] = highest[prefix];
        most = qMax(most, number);
        digits = qMax(digits, int(match.captured(2).size()));
    }
    QString prefix = QStringLiteral("C-");
    int best = 0;
    for (auto it = prefixCount.cbegin(); it != prefixCount.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < prefix)) {
            best = it.value();
            prefix = it.key();
        }
    }
    int number = highest.value(prefix).first + 1;
    const int digits = qMax(1, highest.value(prefix).second);
    QString ref;
    do {
        ref = prefix + QStringLiteral("%1").arg(number++, digits, 10, QLatin1Char('0'));
    } while (rowOfRef(ref) >= 0);
    return ref;
}

Result<QString> ServiceControlTableModel::addControl()
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    const QString ref = nextRef();
    Record control{RecordKind::ServiceControl, {}, {}, {{refField(), ref}}, {}};
    return document()->insertRecord(control, tr("Add control %1").arg(ref));
}

QString ServiceControlTableModel::dependentsText(const QList<int>& rows) const
{
    if (!store())
        return {};
    int tests = 0;
    int populations = 0;
    int samples = 0;
    int items = 0;
    int exceptions = 0;
    for (const Record& control : recordsOf(rows)) {
        tests += int(childrenOf(*store(), RecordKind::TestProcedure, control.uuid).size());
        populations += int(childrenOf(*store(), RecordKind::Population, control.uuid).size());
        exceptions += int(childrenOf(*store(), RecordKind::ControlException, control.uuid).size());
        for (const Record& sample : childrenOf(*store(), RecordKind::Sample, control.uuid)) {
            ++samples;
            items += int(childrenOf(*store(), RecordKind::SampleItem, sample.uuid).size());
        }
    }
    QStringList parts;
    if (tests > 0)
        parts << tr("%n test procedure(s)", nullptr, tests);
    if (populations > 0)
        parts << tr("%n population(s)", nullptr, populations);
    if (samples > 0)
        parts << tr("%n sample(s) of %1 item(s)", nullptr, samples).arg(items);
    if (exceptions > 0)
        parts << tr("%n exception record(s)", nullptr, exceptions);
    return parts.join(QStringLiteral(", "));
}

Status ServiceControlTableModel::removeControls(const QList<int>& rows)
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    const QList<Record> controls = recordsOf(rows);
    if (controls.isEmpty())
        return Error{tr("Select the controls to delete.")};
    for (const Record& control : controls) {
        for (const Record& population : childrenOf(*store(), RecordKind::Population, control.uuid)) {
            const qint64 count = population.integer(QStringLiteral("row_count")).value_or(0);
            if (count > 0)
                return Error{tr("%1 cannot be deleted: its population \"%2\" holds %n frozen row(s), which undo "
                                "could not bring back. A control whose occurrences were imported stays in the "
                                "matrix.",
                                nullptr, int(count))
                                 .arg(control.text(refField()), population.text(QStringLiteral("name")))};
        }
    }
    QStringList refs;
    for (const Record& control : controls)
        refs << control.text(refField());
    const QString text = controls.size() == 1 ? tr("Delete control %1").arg(refs.first())
                                              : tr("Delete %n control(s)", nullptr, int(controls.size()));
    AuditDocument* target = document();
    return target->macro(text, [&]() -> Status {
        for (const Record& control : controls) {
            if (auto done = target->removeRecord(RecordKind::ServiceControl, control.uuid, text); !done)
                return done;
        }
        return {};
    });
}

} // namespace isoaudit
