// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QHeaderView;
class QSplitter;

namespace isoaudit {

/// What a pane remembers between sessions: splitter sizes, table header states (column widths, order, sort) and a
/// few values of its own (the residual heat map, the plan's "show" choice), each registered under a key. The state
/// is written versioned, as a map from key to value, so a pane may add or drop an item without breaking what was
/// saved: an unknown key is skipped, a missing one leaves the widget as it is, and anything unreadable is ignored.
/// The layout the panes wrote before (a version byte or a magic number, then the items in order) is still read.
class PaneState
{
public:
    void addSplitter(const QString& key, QSplitter* splitter);
    void addHeader(const QString& key, QHeaderView* header);
    /// A value of the pane's own; `legacyType` is the type it had in the old layout (int, bool).
    void addValue(const QString& key, QMetaType legacyType, std::function<QVariant()> save,
                  std::function<void(const QVariant&)> restore);
    /// The old layout began with this version byte or this 32-bit magic number.
    void setLegacyVersion(quint8 version) { m_legacyTag = {false, version}; }
    void setLegacyMagic(quint32 magic) { m_legacyTag = {true, magic}; }

    bool isEmpty() const { return m_items.isEmpty(); }
    QByteArray save() const;
    /// Applies a saved state; false (and nothing changed) when it is empty, unreadable or of another layout.
    bool restore(const QByteArray& state) const;

    static constexpr quint32 magic = 0x5041'4e45; // "PANE"
    static constexpr quint8 version = 2;

private:
    struct Item
    {
        QString key;
        QMetaType legacyType;
        std::function<QVariant()> save;
        std::function<void(const QVariant&)> restore;
    };
    struct LegacyTag
    {
        bool wide;
        quint32 value;
    };

    bool restoreLegacy(const QByteArray& state) const;

    QList<Item> m_items;
    std::optional<LegacyTag> m_legacyTag;
};

} // namespace isoaudit
