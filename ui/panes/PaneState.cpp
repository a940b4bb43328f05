// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/PaneState.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QPointer>
#include <QSplitter>

namespace isoaudit {

void PaneState::addSplitter(const QString& key, QSplitter* splitter)
{
    QPointer<QSplitter> guarded(splitter);
    addValue(
        key, QMetaType::fromType<QByteArray>(), [guarded] { return guarded ? guarded->saveState() : QByteArray(); },
        [guarded](const QVariant& value) {
            if (guarded)
                guarded->restoreState(value.toByteArray());
        });
}

void PaneState::addHeader(const QString& key, QHeaderView* header)
{
    QPointer<QHeaderView> guarded(header);
    addValue(
        key, QMetaType::fromType<QByteArray>(), [guarded] { return guarded ? guarded->saveState() : QByteArray(); },
        [guarded](const QVariant& value) {
            if (guarded)
                guarded->restoreState(value.toByteArray());
        });
}

void PaneState::addValue(const QString& key, QMetaType legacyType, std::function<QVariant()> save,
                         std::function<void(const QVariant&)> restore)
{
    Q_ASSERT(std::none_of(m_items.cbegin(), m_items.cend(), [&](const Item& item) { return item.key == key; }));
    m_items.append({key, legacyType, std::move(save), std::move(restore)});
}

QByteArray PaneState::save() const
{
    if (m_items.isEmpty())
        return {};
    QVariantMap values;
    for (const Item& item : m_items)
        values.insert(item.key, item.save());
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << magic << version << values;
    return state;
}

bool PaneState::restore(const QByteArray& state) const
{
    if (state.isEmpty() || m_items.isEmpty())
        return false;
    QDataStream stream(state);
    quint32 tag = 0;
    quint8 layout = 0;
    QVariantMap values;
    stream >> tag >> layout;
    if (tag != magic)
        return restoreLegacy(state);
    if (layout != version)
        return false; // a later layout: keep the widgets as they are
    stream >> values;
    if (stream.status() != QDataStream::Ok)
        return false;
    for (const Item& item : m_items) {
        if (const auto it = values.constFind(item.key); it != values.cend())
            item.restore(it.value());
    }
    return true;
}

bool PaneState::restoreLegacy(const QByteArray& state) const
{
    if (!m_legacyTag)
        return false;
    QDataStream stream(state);
    bool known = false;
    if (m_legacyTag->wide) {
        quint32 tag = 0;
        stream >> tag;
        known = tag == m_legacyTag->value;
    } else {
        quint8 tag = 0;
        stream >> tag;
        known = tag == m_legacyTag->value;
    }
    if (!known)
        return false;
    QVariantList values;
    for (const Item& item : m_items) {
        QVariant value(item.legacyType);
        if (!item.legacyType.load(stream, value.data()))
            return false;
        values.append(value);
    }
    if (stream.status() != QDataStream::Ok)
        return false;
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i).restore(values.at(i));
    return true;
}

} // namespace isoaudit
