// SPDX-License-Identifier: GPL-3.0-or-later
// DeferredRefresh: the one way a page follows the audit (Overview, SOC 2 overview, risk checks, Testing, opinion).
#include "widgets/DeferredRefresh.h"

#include <QTest>
#include <QWidget>

using namespace isoaudit;

namespace {

/// A page that counts its refreshes, as the panes do: done() first, then the work.
class CountingPage : public QWidget
{
public:
    explicit CountingPage(int delayMs)
        : updates(new DeferredRefresh(this, delayMs, [this] { refresh(); }))
    {
    }
    void refresh()
    {
        updates->done();
        ++refreshes;
    }
    DeferredRefresh* updates;
    int refreshes = 0;

protected:
    void showEvent(QShowEvent* event) override
    {
        QWidget::showEvent(event);
        updates->shown();
    }
};

} // namespace

class TestDeferredRefresh : public QObject
{
    Q_OBJECT

private slots:
    void aHiddenPageRefreshesOnceWhenShown()
    {
        CountingPage page(0);
        page.updates->schedule();
        page.updates->schedule();
        QTest::qWait(20);
        QCOMPARE(page.refreshes, 0);
        QVERIFY(page.updates->isStale());
        QVERIFY(page.updates->isDue());
        page.show();
        QCOMPARE(page.refreshes, 1);
        QVERIFY(!page.updates->isDue());
        // Shown again without a change in between: nothing to read.
        page.hide();
        page.show();
        QCOMPARE(page.refreshes, 1);
    }

    void aShownPageRefreshesOnceAfterABurstOfChanges()
    {
        CountingPage page(30);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int before = page.refreshes;
        for (int i = 0; i < 5; ++i)
            page.updates->schedule();
        QVERIFY(page.updates->isDue());
        QVERIFY(!page.updates->isStale());
        QCOMPARE(page.refreshes, before);
        QTRY_COMPARE(page.refreshes, before + 1);
        QTest::qWait(60);
        QCOMPARE(page.refreshes, before + 1);
        QVERIFY(!page.updates->isDue());
    }

    void aDirectRefreshCancelsTheOneDue()
    {
        CountingPage page(30);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.updates->schedule();
        page.refresh(); // e.g. a new document: read at once
        const int after = page.refreshes;
        QTest::qWait(80);
        QCOMPARE(page.refreshes, after);
    }
};

QTEST_MAIN(TestDeferredRefresh)
#include "tst_deferredrefresh.moc"
