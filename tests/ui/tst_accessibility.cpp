// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility of the real workbench (docs/style.md, "Accessibility"): on the demo audit every page and every
// dialog is visited and each visible control that takes keyboard focus must have an accessible name as a screen
// reader gets it (QAccessible's Name: accessibleName(), the button text or a QLabel buddy); Tab must reach every
// control of a dialog with its buttons last; every action's tooltip names its shortcut; the heat map filters the
// register from the keyboard alone and names the focused cell. Colours and icons: tst_themecolors.
#include "WorkbenchTestSupport.h"

#include "dialogs/ExportDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/SignReportDialog.h"
#include "document/AuditDocument.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/NewAuditWizard.h"
#include "mainwindow/UnmetRulesDialog.h"
#include "panes/risks/HeatMapWidget.h"
#include "panes/risks/RiskMethodDialog.h"
#include "panes/risks/RiskPane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace isoaudit;

namespace {

/// What a screen reader hears as the control's name. On Linux a combo box's Name is its current value, and its
/// label travels as a Label relation (a buddy) instead; a value is no name, so for a combo box only an accessible
/// name or a label counts.
QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return {};
    if (qobject_cast<QComboBox*>(widget)) {
        if (!widget->accessibleName().trimmed().isEmpty())
            return widget->accessibleName().trimmed();
        for (const auto& [label, relation] : iface->relations(QAccessible::Label)) {
            Q_UNUSED(relation);
            if (!label->text(QAccessible::Name).trimmed().isEmpty())
                return label->text(QAccessible::Name).trimmed();
        }
        return {};
    }
    return iface->text(QAccessible::Name).trimmed();
}

/// A control the user can reach with Tab (the inner line edit of a combo or spin box is part of its owner).
bool isFocusableControl(QWidget* widget)
{
    if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
        return false;
    QWidget* parent = widget->parentWidget();
    if (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent))
        return false;
    if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
        || qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QAbstractItemView*>(widget)
        || qobject_cast<QAbstractScrollArea*>(widget))
        return true;
    // Our own widgets (the heat map, TagEdit subclasses are caught above).
    return QByteArray(widget->metaObject()->className()).startsWith("isoaudit::");
}

QList<QWidget*> focusableControls(QWidget* root)
{
    QList<QWidget*> result;
    for (QWidget* widget : root->findChildren<QWidget*>())
        if (isFocusableControl(widget))
            result << widget;
    return result;
}

QString describe(QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

/// The controls of `root` a screen reader could not name, as "QLineEdit "nameLineEdit"" lines.
QStringList unnamedControls(QWidget* root)
{
    QStringList missing;
    for (QWidget* widget : focusableControls(root))
        if (accessibleName(widget).isEmpty())
            missing << describe(widget);
    return missing;
}

/// Presses Tab from the control that has the focus when the window opens (else its first control) until focus
/// comes back round; returns the controls visited, in order.
QList<QWidget*> tabWalk(QWidget* window)
{
    QList<QWidget*> visited;
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QWidget* first = window->focusWidget();
    if (first && (!isFocusableControl(first) || !first->isEnabled()))
        first = nullptr;
    for (QWidget* widget : first ? QList<QWidget*>() : focusableControls(window)) {
        if (widget->isEnabled()) {
            first = widget;
            break;
        }
    }
    if (!first)
        return visited;
    first->setFocus(Qt::TabFocusReason);
    for (int step = 0; step < 400; ++step) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            break;
        // Tab may first move inside a control (the sections of a date edit): round only once it left the first.
        if (visited.size() > 1 && focus == visited.first())
            break;
        if (!visited.contains(focus))
            visited << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return visited;
}

/// The enabled focusable controls Tab does not reach.
QStringList unreachedByTab(QWidget* window)
{
    const QList<QWidget*> visited = tabWalk(window);
    QStringList missing;
    for (QWidget* widget : focusableControls(window))
        if (widget->isEnabled() && !visited.contains(widget))
            missing << describe(widget);
    return missing;
}

/// Empty when the dialog's buttons come last in its Tab circle, else what goes wrong.
QString tabOrderProblem(QWidget* dialog, const QList<QWidget*>& walk)
{
    // Read from where the focus is when the dialog opens, the buttons (the button box's, or a wizard's
    // Back/Next/Finish/Cancel) must form one block at the end: fill in the form, then OK.
    const auto isDialogButton = [dialog](QWidget* widget) {
        if (qobject_cast<QWizard*>(dialog))
            return widget->objectName().startsWith(QLatin1String("qt_wizard_"))
                || widget->objectName().startsWith(QLatin1String("__qt__passive_wizardbutton"));
        for (QDialogButtonBox* box : dialog->findChildren<QDialogButtonBox*>())
            if (box->isAncestorOf(widget))
                return true;
        return false;
    };
    bool inButtons = false;
    for (QWidget* widget : walk) {
        if (isDialogButton(widget))
            inButtons = true;
        else if (inButtons)
            return QStringLiteral("Tab goes from the buttons back to ") + describe(widget);
    }
    return {};
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_checkedControls = 0;

    /// Shows every page with a row chosen in each of its lists, so the editors beside them are visible too.
    void visitPage(MainWindow& window, const QString& key, QStringList* missing)
    {
        window.showPane(key);
        QWidget* pane = window.currentPane();
        QVERIFY(pane && pane->isVisible());
        for (QAbstractItemView* view : pane->findChildren<QAbstractItemView*>()) {
            if (!view->isVisible() || qobject_cast<QHeaderView*>(view) || !view->model()
                || view->model()->rowCount() == 0)
                continue;
            if (!view->currentIndex().isValid())
                view->setCurrentIndex(view->model()->index(0, 0));
        }
        const auto tabs = pane->findChildren<QTabWidget*>();
        for (QTabWidget* tab : tabs) {
            for (int i = 0; i < tab->count(); ++i) {
                tab->setCurrentIndex(i);
                for (const QString& line : unnamedControls(pane))
                    if (!missing->contains(key + QStringLiteral(": ") + line))
                        *missing << key + QStringLiteral(": ") + line;
            }
        }
        for (const QString& line : unnamedControls(pane))
            if (!missing->contains(key + QStringLiteral(": ") + line))
                *missing << key + QStringLiteral(": ") + line;
        m_checkedControls += focusableControls(pane).size();
        if (qEnvironmentVariableIsSet("ISOAUDIT_A11Y_DUMP"))
            for (QWidget* w : focusableControls(pane))
                qInfo("%s %s: %s", qPrintable(key), qPrintable(describe(w)), qPrintable(accessibleName(w)));
    }

    /// The dialog's controls are named, Tab reaches them all and ends on the button box.
    void checkDialog(QWidget* dialog, const QString& what)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(what + QStringLiteral(" unnamed: ") + unnamed.join(QStringLiteral(", "))));
        const QStringList unreached = unreachedByTab(dialog);
        QVERIFY2(unreached.isEmpty(),
                 qPrintable(what + QStringLiteral(" not reached by Tab: ") + unreached.join(QStringLiteral(", "))));
        // The dialog's own buttons come last: after filling in the form, Tab lands on OK/Cancel.
        const QList<QWidget*> walk = tabWalk(dialog);
        if (qEnvironmentVariableIsSet("ISOAUDIT_A11Y_DUMP"))
            for (QWidget* w : walk)
                qInfo("%s tab: %s \"%s\"", qPrintable(what), qPrintable(describe(w)), qPrintable(accessibleName(w)));
        const QString order = tabOrderProblem(dialog, walk);
        QVERIFY2(order.isEmpty(), qPrintable(what + QStringLiteral(": ") + order));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_demo = workbenchtest::isolateAndCreateDemo(m_dir, QStringLiteral("tst_accessibility"), &error);
        QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
    }

    void init() { MessageBoxHook::reset(); }

    void theCheckSeesAnUnnamedControl()
    {
        // A field with neither an accessible name nor a label is nameless to a screen reader; a label buddy names it.
        QWidget form;
        auto* field = new QLineEdit(&form);
        form.show();
        QCOMPARE(unnamedControls(&form).size(), 1);
        auto* label = new QLabel(QStringLiteral("&Client:"), &form);
        label->setBuddy(field);
        QCOMPARE(accessibleName(field), QStringLiteral("Client:"));
        QVERIFY(unnamedControls(&form).isEmpty());
    }

    void theCheckSeesButtonsInTheMiddle()
    {
        // Built in the wrong order: Tab goes name, OK/Cancel, then back into the form to the reference.
        QDialog dialog;
        auto* layout = new QVBoxLayout(&dialog);
        auto* name = new QLineEdit(&dialog);
        name->setAccessibleName(QStringLiteral("Name"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        auto* reference = new QLineEdit(&dialog);
        reference->setAccessibleName(QStringLiteral("Reference"));
        layout->addWidget(name);
        layout->addWidget(reference);
        layout->addWidget(buttons);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!tabOrderProblem(&dialog, tabWalk(&dialog)).isEmpty());
        QWidget::setTabOrder(name, reference);
        QWidget::setTabOrder(reference, buttons);
        QCOMPARE(tabOrderProblem(&dialog, tabWalk(&dialog)), QString());
        QVERIFY(unreachedByTab(&dialog).isEmpty());
    }

    void welcomePageControlsAreNamed()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList missing = unnamedControls(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void everyPageControlIsNamed()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.menus()->openDemo->trigger();
        QVERIFY(window.document());
        QStringList missing;
        for (const QString& key : window.paneKeys())
            visitPage(window, key, &missing);
        QVERIFY2(m_checkedControls > 60, qPrintable(QString::number(m_checkedControls)));
        // The navigation list and the status bar belong to every page.
        for (const QString& line : unnamedControls(&window))
            if (!line.isEmpty() && !missing.join(QLatin1Char('\n')).contains(line))
                missing << QStringLiteral("window: ") + line;
        QVERIFY2(missing.isEmpty(), qPrintable(QLatin1Char('\n') + missing.join(QLatin1Char('\n'))));
    }

    void everySoc2PageControlIsNamed()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.menus()->openSoc2Demo->trigger();
        QVERIFY(window.document());
        QVERIFY(window.showsSoc2Pages());
        QStringList missing;
        const int before = m_checkedControls;
        for (const QString& key : window.paneKeys())
            visitPage(window, key, &missing);
        QVERIFY2(m_checkedControls - before > 60, qPrintable(QString::number(m_checkedControls - before)));
        QVERIFY2(missing.isEmpty(), qPrintable(QLatin1Char('\n') + missing.join(QLatin1Char('\n'))));
    }

    void actionTooltipsNameTheirShortcuts()
    {
        MainWindow window;
        window.show();
        window.menus()->openDemo->trigger();
        QStringList missing;
        int actions = 0;
        for (const QString& key : window.paneKeys())
            window.showPane(key);
        // The window's actions (the menus' and their shortcuts) and any toolbar's.
        QList<QAction*> all = window.actions();
        for (QToolBar* bar : window.findChildren<QToolBar*>())
            all += bar->actions();
        {
            for (QAction* action : std::as_const(all)) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue;
                ++actions;
                const QString tip = action->toolTip();
                if (tip.isEmpty() || tip == action->text().remove(QLatin1Char('&')))
                    missing << action->objectName() + QStringLiteral(": no tooltip of its own");
                else if (!action->shortcut().isEmpty()
                         && !tip.contains(action->shortcut().toString(QKeySequence::NativeText)))
                    missing << action->objectName() + QStringLiteral(": tooltip without ")
                            + action->shortcut().toString();
            }
        }
        // Icon-only tool buttons outside toolbars are explained by their tooltip too (Qt's own, such as the clear
        // button of a line edit or the menu bar's overflow arrow, are not reached with Tab and are left out).
        for (QToolButton* button : window.findChildren<QToolButton*>()) {
            if (!isFocusableControl(button) || button->objectName().startsWith(QLatin1String("qt_")))
                continue;
            ++actions;
            if (button->text().isEmpty() && !button->icon().isNull() && button->toolTip().isEmpty())
                missing << describe(button) + QStringLiteral(": icon only and no tooltip");
            // A mnemonic (Alt+W from "&Width") is shown underlined in the text itself.
            if (!button->shortcut().isEmpty() && button->shortcut() != QKeySequence::mnemonic(button->text())
                && !button->toolTip().contains(button->shortcut().toString(QKeySequence::NativeText)))
                missing << describe(button)
                        + QStringLiteral(": tooltip \"%1\" without %2")
                              .arg(button->toolTip(), button->shortcut().toString());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY(actions > 20);
        QCOMPARE(window.menus()->undo->toolTip(),
                 QStringLiteral("Undo the last change (%1)")
                     .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    }

    void dialogsAreNamedAndTabReachesEveryControl()
    {
        MainWindow window;
        window.show();
        window.menus()->openDemo->trigger();
        AuditDocument* document = window.document();
        QVERIFY(document);
        {
            ExportDialog dialog(document, TableKind::Risks, &window);
            checkDialog(&dialog, QStringLiteral("ExportDialog"));
        }
        {
            ImportDialog dialog(document, TableKind::Risks, &window);
            checkDialog(&dialog, QStringLiteral("ImportDialog"));
        }
        {
            SignReportDialog dialog(document, SignReportDialog::Mode::Sign, &window);
            checkDialog(&dialog, QStringLiteral("SignReportDialog"));
        }
        {
            HistoryDialog dialog(document, QString(), &window);
            checkDialog(&dialog, QStringLiteral("HistoryDialog"));
        }
        {
            RestoreBackupDialog dialog(document->path(), m_dir.path(), &window);
            checkDialog(&dialog, QStringLiteral("RestoreBackupDialog"));
        }
        {
            UnmetRulesDialog dialog(document, &window);
            checkDialog(&dialog, QStringLiteral("UnmetRulesDialog"));
        }
        {
            RiskMethodDialog dialog(document, &window);
            checkDialog(&dialog, QStringLiteral("RiskMethodDialog"));
        }
        NewAuditWizard probe(&window);
        for (int id : probe.pageIds()) {
            NewAuditWizard wizard(&window);
            wizard.setStartId(id);
            wizard.restart();
            checkDialog(&wizard, QStringLiteral("NewAuditWizard page %1").arg(id));
        }
    }

    void heatMapFiltersTheRegisterFromTheKeyboard()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.menus()->openDemo->trigger();
        window.showPane(QStringLiteral("risks"));
        auto* pane = qobject_cast<RiskPane*>(window.currentPane());
        QVERIFY(pane);
        HeatMapWidget* map = pane->heatMap();
        QVERIFY(map->isVisible());
        QVERIFY(map->focusPolicy() & Qt::TabFocus);
        QApplication::setActiveWindow(&window);
        map->setFocus(Qt::TabFocusReason);
        QVERIFY(map->hasFocus());
        const int allRows = pane->tableView()->model()->rowCount();
        QVERIFY(allRows > 0);

        // Find a cell with risks by walking from the bottom-left corner, as a keyboard user would.
        int targetL = 0;
        int targetI = 0;
        for (int l = 1; l <= map->scheme().likelihoodCount() && !targetL; ++l)
            for (int i = 1; i <= map->scheme().impactCount() && !targetL; ++i)
                if (map->count(l, i) > 0 && map->count(l, i) < allRows) {
                    targetL = l;
                    targetI = i;
                }
        QVERIFY2(targetL > 0, "the demo audit has a heat-map cell holding some but not all risks");
        for (int step = 0; step < 12; ++step) {
            QTest::keyClick(map, Qt::Key_Down);
            QTest::keyClick(map, Qt::Key_Left);
        }
        QCOMPARE(map->currentLikelihood(), 1);
        QCOMPARE(map->currentImpact(), 1);
        for (int l = 1; l < targetL; ++l)
            QTest::keyClick(map, Qt::Key_Up);
        for (int i = 1; i < targetI; ++i)
            QTest::keyClick(map, Qt::Key_Right);
        QCOMPARE(map->currentLikelihood(), targetL);
        QCOMPARE(map->currentImpact(), targetI);

        // The focused cell is what a screen reader announces: its levels and how many risks it holds.
        const QString name = accessibleName(map);
        QVERIFY2(name.contains(map->scheme().likelihoodText(targetL)), qPrintable(name));
        QVERIFY2(name.contains(map->scheme().impactText(targetI)), qPrintable(name));
        const int expected = map->count(targetL, targetI);
        QVERIFY2(name.contains(expected == 1 ? QStringLiteral("1 risk") : QStringLiteral("%1 risks").arg(expected)),
                 qPrintable(name));

        QTest::keyClick(map, Qt::Key_Return);
        QVERIFY(map->hasSelection());
        QCOMPARE(pane->tableView()->model()->rowCount(), expected);
        QVERIFY2(accessibleName(map).contains(QStringLiteral("Selected")), qPrintable(accessibleName(map)));
        QVERIFY2(map->accessibleDescription().contains(QStringLiteral("Showing only")),
                 qPrintable(map->accessibleDescription()));
        QTest::keyClick(map, Qt::Key_Escape);
        QVERIFY(!map->hasSelection());
        QCOMPARE(pane->tableView()->model()->rowCount(), allRows);
        QTest::keyClick(map, Qt::Key_Space);
        QCOMPARE(pane->tableView()->model()->rowCount(), expected);
        QTest::keyClick(map, Qt::Key_Space);
        QCOMPARE(pane->tableView()->model()->rowCount(), allRows);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
