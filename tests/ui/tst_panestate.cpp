// SPDX-License-Identifier: GPL-3.0-or-later
// PaneState, what every pane remembers between sessions through the Pane base: splitters, headers and values
// round-trip by key; a state written by another version of a pane (an item more or fewer) restores what it can;
// the layouts the panes wrote before PaneState (a version byte or a magic number, then the items in order) still
// restore; anything else is ignored and leaves the widgets as they were.
#include "panes/PaneState.h"

#include <QDataStream>
#include <QHeaderView>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace isoaudit;

namespace {

/// A splitter of two panels, a table with four columns and an int of the pane's own, registered with a state.
struct Widgets
{
    QSplitter splitter;
    QTableView table;
    QStandardItemModel model{2, 4};
    int show = 0;
    PaneState state;

    explicit Widgets(bool withShow = true)
    {
        splitter.addWidget(new QWidget);
        splitter.addWidget(new QWidget);
        splitter.resize(400, 100);
        table.setModel(&model);
        state.addSplitter(QStringLiteral("splitter"), &splitter);
        state.addHeader(QStringLiteral("header"), table.horizontalHeader());
        if (withShow)
            state.addValue(
                QStringLiteral("show"), QMetaType::fromType<int>(), [this] { return show; },
                [this](const QVariant& value) { show = value.toInt(); });
    }
};

} // namespace

class TestPaneState : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsByKey()
    {
        Widgets saved;
        saved.splitter.setSizes({100, 300});
        saved.table.horizontalHeader()->resizeSection(2, 177);
        saved.table.horizontalHeader()->moveSection(0, 3);
        saved.show = 2;
        const QByteArray state = saved.state.save();
        QVERIFY(!state.isEmpty());

        Widgets restored;
        QVERIFY(restored.state.restore(state));
        QCOMPARE(restored.splitter.sizes(), saved.splitter.sizes());
        QCOMPARE(restored.table.horizontalHeader()->sectionSize(2), 177);
        QCOMPARE(restored.table.horizontalHeader()->visualIndex(0), 3);
        QCOMPARE(restored.show, 2);
    }

    void anotherVersionOfThePaneRestoresWhatItCan()
    {
        Widgets older(false); // a version without "show"
        older.table.horizontalHeader()->resizeSection(1, 155);
        Widgets newer;
        newer.show = 1;
        QVERIFY(newer.state.restore(older.state.save()));
        QCOMPARE(newer.table.horizontalHeader()->sectionSize(1), 155);
        QCOMPARE(newer.show, 1); // not in the state: left as it was

        newer.show = 2;
        Widgets fewer(false);
        QVERIFY(fewer.state.restore(newer.state.save())); // the unknown key is skipped
    }

    void readsTheLayoutBeforePaneState()
    {
        Widgets saved;
        saved.splitter.setSizes({250, 150});
        saved.table.horizontalHeader()->resizeSection(3, 133);
        QByteArray old;
        {
            // What AuditPlanPane-like panes wrote: version byte 1, then the items in order.
            QDataStream stream(&old, QIODevice::WriteOnly);
            stream << quint8(1) << saved.splitter.saveState() << saved.table.horizontalHeader()->saveState() << 2;
        }
        Widgets byte;
        byte.state.setLegacyVersion(1);
        QVERIFY(byte.state.restore(old));
        QCOMPARE(byte.splitter.sizes(), saved.splitter.sizes());
        QCOMPARE(byte.table.horizontalHeader()->sectionSize(3), 133);
        QCOMPARE(byte.show, 2);

        // RiskPane and SoaPane wrote a magic number first, and a bool for the residual view.
        QByteArray magic;
        {
            QDataStream stream(&magic, QIODevice::WriteOnly);
            stream << quint32(0x7215'0001) << saved.splitter.saveState() << saved.table.horizontalHeader()->saveState()
                   << true;
        }
        Widgets risks(false);
        bool residual = false;
        risks.state.addValue(
            QStringLiteral("residual"), QMetaType::fromType<bool>(), [&] { return residual; },
            [&](const QVariant& value) { residual = value.toBool(); });
        risks.state.setLegacyMagic(0x7215'0001);
        QVERIFY(risks.state.restore(magic));
        QCOMPARE(risks.splitter.sizes(), saved.splitter.sizes());
        QVERIFY(residual);

        // The same bytes are not this pane's old layout when it expected another tag.
        Widgets other;
        other.state.setLegacyMagic(0x50a0'0001);
        QVERIFY(!other.state.restore(magic));
        QCOMPARE(other.table.horizontalHeader()->sectionSize(3), Widgets().table.horizontalHeader()->sectionSize(3));
    }

    void ignoresWhatItCannotRead()
    {
        Widgets widgets;
        widgets.state.setLegacyVersion(1);
        widgets.show = 1;
        const QList<int> sizes = widgets.splitter.sizes();
        QVERIFY(!widgets.state.restore({}));
        QVERIFY(!widgets.state.restore(QByteArray("garbage that is no state")));
        QByteArray truncated = widgets.state.save();
        truncated.chop(5);
        QVERIFY(!widgets.state.restore(truncated));
        QByteArray oldTruncated;
        {
            QDataStream stream(&oldTruncated, QIODevice::WriteOnly);
            stream << quint8(1) << QByteArray("only one item");
        }
        QVERIFY(!widgets.state.restore(oldTruncated));
        QByteArray later;
        {
            QDataStream stream(&later, QIODevice::WriteOnly);
            stream << PaneState::magic << quint8(PaneState::version + 1) << QVariantMap{{"show", 7}};
        }
        QVERIFY(!widgets.state.restore(later));
        QCOMPARE(widgets.splitter.sizes(), sizes);
        QCOMPARE(widgets.show, 1);
    }
};

QTEST_MAIN(TestPaneState)
#include "tst_panestate.moc"
