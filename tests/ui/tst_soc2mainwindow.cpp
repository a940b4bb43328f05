// SPDX-License-Identifier: GPL-3.0-or-later
// The framework-aware main window (issue 17, point 1): the New-audit wizard creates a SOC 2 engagement (Type 2 over a
// period or Type 1 as of a date, with its categories and team) and opens it on the SOC 2 pages; the window shows the
// pages of the open audit's framework (menus and Ctrl+N included) and comes back to the page each framework was left
// on; the SOC 2 Overview counts what core counts; a SOC 2 rule leads to a SOC 2 page and is cited by its own source;
// and no page of one framework speaks the other's words.
#include "WorkbenchTestSupport.h"

#include "document/AuditDocument.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBoxHook.h"
#include "mainwindow/NewAuditWizard.h"
#include "panes/Pane.h"
#include "panes/overview/LifecyclePanel.h"
#include "panes/overview/Soc2OverviewPane.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"
#include "workbench/LifecycleRules.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace isoaudit;

class TestSoc2MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_isoDemo;
    QString m_soc2Demo;

    /// Every text a reader sees on the shown page: labels, buttons, group titles, list items, combo items.
    static QStringList visibleTexts(QWidget* root)
    {
        QStringList texts;
        const auto widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisibleTo(root))
                continue;
            if (auto* label = qobject_cast<QLabel*>(w))
                texts << label->text();
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                texts << button->text();
            else if (auto* group = qobject_cast<QGroupBox*>(w))
                texts << group->title();
            else if (auto* list = qobject_cast<QListWidget*>(w)) {
                for (int i = 0; i < list->count(); ++i)
                    texts << list->item(i)->text();
            } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
            }
        }
        return texts;
    }

    /// Fills the wizard for a SOC 2 engagement when it appears; `type1` chooses Type 1 as of 30 June 2026.
    void fillSoc2Wizard(bool* filled, bool type1)
    {
        QTimer::singleShot(0, this, [filled, type1] {
            auto* wizard = qobject_cast<NewAuditWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            auto* framework = wizard->findChild<QComboBox*>(QStringLiteral("frameworkComboBox"));
            framework->setCurrentIndex(framework->findData(QStringLiteral("soc2-2017")));
            QVERIFY(wizard->isSoc2());
            wizard->findChild<QLineEdit*>(QStringLiteral("clientLineEdit"))->setText(QStringLiteral("Osprey Cloud Inc."));
            wizard->next();
            QCOMPARE(wizard->currentId(), int(NewAuditWizard::EngagementPage));
            wizard->findChild<QLineEdit*>(QStringLiteral("systemLineEdit"))->setText(QStringLiteral("Osprey Vault"));
            auto* type = wizard->findChild<QComboBox*>(QStringLiteral("reportTypeComboBox"));
            auto* asOf = wizard->findChild<QDateEdit*>(QStringLiteral("asOfDateEdit"));
            auto* start = wizard->findChild<QDateEdit*>(QStringLiteral("periodStartDateEdit"));
            auto* end = wizard->findChild<QDateEdit*>(QStringLiteral("periodEndDateEdit"));
            if (type1) {
                type->setCurrentIndex(type->findData(QStringLiteral("type1")));
                QVERIFY(asOf->isVisibleTo(wizard->currentPage()));
                QVERIFY(!start->isVisibleTo(wizard->currentPage()));
                asOf->setDate(QDate(2026, 6, 30));
            } else {
                QVERIFY(!asOf->isVisibleTo(wizard->currentPage()));
                end->setDate(QDate(2026, 3, 31));
                start->setDate(QDate(2026, 4, 1)); // after the end: Next waits
                QVERIFY(!wizard->currentPage()->isComplete());
                start->setDate(QDate(2025, 4, 1));
                QVERIFY(wizard->currentPage()->isComplete());
                QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("periodHintLabel"))->text().contains("12"));
                wizard->findChild<QCheckBox*>(QStringLiteral("category-availability"))->setChecked(true);
            }
            auto* security = wizard->findChild<QCheckBox*>(QStringLiteral("category-security"));
            QVERIFY(security->isChecked() && !security->isEnabled());
            wizard->next();
            QCOMPARE(wizard->currentId(), int(NewAuditWizard::TeamPage));
            QCOMPARE(wizard->nextId(), -1); // no risk method or nonconformity deadlines for SOC 2
            wizard->findChild<QLineEdit*>(QStringLiteral("leadAuditorLineEdit"))->setText(QStringLiteral("Sam Lead"));
            wizard->findChild<QLineEdit*>(QStringLiteral("certificationBodyLineEdit"))
                ->setText(QStringLiteral("Harbor & Co CPAs"));
            *filled = true;
            wizard->accept();
        });
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_isoDemo = workbenchtest::isolateAndCreateDemo(m_dir, QStringLiteral("tst_soc2mainwindow"), &error);
        QVERIFY2(!m_isoDemo.isEmpty(), qPrintable(error));
        m_soc2Demo = DocumentController::ensureDemo(&error, DemoAudit::Which::Soc2);
        QVERIFY2(!m_soc2Demo.isEmpty(), qPrintable(error));
    }

    void init() { MessageBoxHook::reset(); }

    void wizardCreatesAType2Engagement()
    {
        MainWindow window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("type2.isoaudit"));
        MessageBoxHook::queueFileName(path);
        bool filled = false;
        fillSoc2Wizard(&filled, false);
        window.menus()->newAudit->trigger();
        QVERIFY(filled);
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), path);
        QVERIFY(window.showsSoc2Pages());
        const AuditStore& store = window.document()->store();
        QVERIFY(Engagement::isEngagement(*store.audit()));
        QCOMPARE(store.audit()->text("client"), QStringLiteral("Osprey Cloud Inc."));
        const Record engagement = store.singleton(RecordKind::Engagement).value();
        QCOMPARE(engagement.text("system_name"), QStringLiteral("Osprey Vault"));
        QCOMPARE(engagement.text("report_type"), QStringLiteral("type2"));
        QCOMPARE(engagement.text("period_start"), QStringLiteral("2025-04-01"));
        QCOMPARE(engagement.text("period_end"), QStringLiteral("2026-03-31"));
        QCOMPARE(engagement.text("service_auditor"), QStringLiteral("Harbor & Co CPAs"));
        QCOMPARE(Engagement::categories(engagement), (QStringList{"security", "availability"}));
        const auto data = EngagementData::load(store);
        QVERIFY2(data, qPrintable(data.error()));
        QCOMPARE(data->leadName(), QStringLiteral("Sam Lead"));
        // No ISO records: no risk method choice, no sites, no clause assessments.
        QCOMPARE(store.count(RecordKind::Site).value(), 0);
        QCOMPARE(store.count(RecordKind::ClauseAssessment).value(), 0);
    }

    void wizardCreatesAType1Engagement()
    {
        MainWindow window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("type1.isoaudit"));
        MessageBoxHook::queueFileName(path);
        bool filled = false;
        fillSoc2Wizard(&filled, true);
        window.menus()->newAudit->trigger();
        QVERIFY(filled);
        QVERIFY(window.document());
        const Record engagement = window.document()->store().singleton(RecordKind::Engagement).value();
        QCOMPARE(engagement.text("report_type"), QStringLiteral("type1"));
        QCOMPARE(engagement.text("as_of_date"), QStringLiteral("2026-06-30"));
        QVERIFY(engagement.text("period_start").isEmpty());
        QCOMPARE(Engagement::categories(engagement), QStringList{"security"});
    }

    void pagesFollowTheFramework()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_soc2Demo));
        QVERIFY(window.showsSoc2Pages());
        const QStringList soc2Keys = window.paneKeys();
        QCOMPARE(soc2Keys.first(), QStringLiteral("overview"));
        QVERIFY(soc2Keys.contains(QStringLiteral("report")));
        for (const char* iso : {"plan", "clauses", "soa", "risks", "interviews", "findings"})
            QVERIFY2(!soc2Keys.contains(QLatin1String(iso)), iso);
        QCOMPARE(window.menus()->paneActions.size(), soc2Keys.size());
        QVERIFY(qobject_cast<Soc2OverviewPane*>(window.pane(QStringLiteral("overview"))));
        QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("navigationList"))->count(), soc2Keys.size());
        // Ctrl+N shows the Nth page of this framework.
        window.menus()->paneActions.last()->trigger();
        QCOMPARE(window.currentPaneKey(), soc2Keys.last());
        QVERIFY(!window.menus()->newAuditFromThis->isEnabled()); // a SOC 2 engagement has no certification cycle

        QVERIFY(window.openFile(m_isoDemo));
        QVERIFY(!window.showsSoc2Pages());
        const QStringList isoKeys = window.paneKeys();
        for (const char* iso : {"overview", "plan", "clauses", "soa", "risks", "findings", "report"})
            QVERIFY2(isoKeys.contains(QLatin1String(iso)), iso);
        QVERIFY(!isoKeys.contains(QStringLiteral("testing")));
        QCOMPARE(window.menus()->paneActions.size(), isoKeys.size());
        QVERIFY(window.showPane(QStringLiteral("soa")));

        // Each framework comes back on the page it was left on.
        QVERIFY(window.openFile(m_soc2Demo));
        QCOMPARE(window.currentPaneKey(), soc2Keys.last());
        QVERIFY(window.openFile(m_isoDemo));
        QCOMPARE(window.currentPaneKey(), QStringLiteral("soa"));
    }

    void overviewCountsWhatCoreCounts()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_soc2Demo));
        QVERIFY(window.showPane(QStringLiteral("overview")));
        auto* overview = qobject_cast<Soc2OverviewPane*>(window.pane(QStringLiteral("overview")));
        QVERIFY(overview);
        const EngagementData data = EngagementData::load(window.document()->store()).value();
        const int criteria = int(Engagement::criteriaInScope(data.engagement).size());
        const int unaddressed = int(data.unaddressedCriteria().size());
        QVERIFY(overview->progressText(QStringLiteral("criteria"))
                    .startsWith(QStringLiteral("%1 of %2").arg(criteria - unaddressed).arg(criteria)));
        int sampled = 0;
        int withResult = 0;
        for (const Record& control : data.controls) {
            sampled += data.resultOf(control).sampled;
            withResult += data.resultOf(control).withResult;
        }
        QVERIFY(sampled > 0);
        QVERIFY(overview->progressText(QStringLiteral("items"))
                    .startsWith(QStringLiteral("%1 of %2").arg(withResult).arg(sampled)));
        // The category table has a row per category in scope; the attention list every control not passed.
        QCOMPARE(overview->categoryTable()->rowCount(), int(Engagement::categories(data.engagement).size()));
        int attention = 0;
        for (const Record& control : data.controls)
            attention += data.resultOf(control).state != ControlResult::State::NoExceptions;
        QVERIFY(attention > 0); // the demo's two controls with exceptions
        QCOMPARE(overview->attentionTable()->rowCount(), attention);
        // Activating one opens its control on the Testing page.
        QTableWidgetItem* first = overview->attentionTable()->item(0, 1);
        emit overview->attentionTable()->itemActivated(first);
        QCOMPARE(window.currentPaneKey(), QStringLiteral("testing"));
        QVERIFY(window.showPane(QStringLiteral("overview")));
        auto* organization = overview->findChild<QLabel*>(QStringLiteral("organizationLabel"));
        QCOMPARE(organization->text(), data.audit.text("client"));
        // An edit made elsewhere (here: the store) shows after the refresh.
        AuditDocument* document = window.document();
        QVERIFY(document->setField(RecordKind::Audit, data.audit.uuid, QStringLiteral("report_number"),
                                   QStringLiteral("NEW-42")));
        QTRY_COMPARE(overview->findChild<QLabel*>(QStringLiteral("reportNumberLabel"))->text(), QStringLiteral("NEW-42"));
        // The lifecycle speaks of the engagement.
        auto* summary = overview->lifecycle()->findChild<QLabel*>(QStringLiteral("lifecycleSummaryLabel"));
        QVERIFY(!summary->text().contains(QStringLiteral("audit")));
    }

    void soc2RulesLeadToSoc2Pages()
    {
        auto opened = AuditDocument::open(m_soc2Demo, AuditDatabase::Mode::ReadOnly);
        QVERIFY2(opened, qPrintable(opened.error()));
        const AuditStore& store = opened.value()->store();
        const EngagementData data = EngagementData::load(store).value();
        const QString ref = data.controls.first().text("ref");
        const struct
        {
            const char* id;
            const char* pane;
        } cases[] = {{"soc2.criteria-addressed", "controls"}, {"soc2.items-have-results", "testing"},
                     {"soc2.populations-checked", "testing"}, {"soc2.exceptions-assessed", "exceptions"},
                     {"soc2.opinion-consistent", "exceptions"}, {"soc2.system-description", "engagement"},
                     {"soc2.engagement-lead", "engagement"}};
        for (const auto& c : cases) {
            UnmetRule rule;
            rule.id = QLatin1String(c.id);
            rule.message = QStringLiteral("Control %1 needs attention.").arg(ref);
            LifecycleRules::locate(rule, store);
            QCOMPARE(rule.paneKey, QLatin1String(c.pane));
        }
        UnmetRule tested;
        tested.id = QStringLiteral("soc2.items-have-results");
        tested.message = QStringLiteral("Control %1 has sample items without a result.").arg(ref);
        LifecycleRules::locate(tested, store);
        QCOMPARE(tested.kind, RecordKind::ServiceControl);
        QCOMPARE(tested.target, data.controls.first().uuid);
        // Cited by the source the rule names, never as a clause of ISO/IEC 27001.
        QCOMPARE(LifecycleRules::clauseReference(QStringLiteral("AT-C 205")), QStringLiteral("AT-C 205"));
        QCOMPARE(LifecycleRules::clauseReference(QStringLiteral("TSP section 100")), QStringLiteral("TSP section 100"));
        QVERIFY(LifecycleRules::clauseReference(QStringLiteral("9.2")).startsWith(QStringLiteral("ISO/IEC 27001")));
    }

    void noPageSpeaksTheOtherFrameworksWords()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        const QRegularExpression isoWords(
            QStringLiteral("\\bISO/IEC 27001\\b|\\bclauses?\\b|certif|nonconform|\\bAnnex A\\b|\\bSoA\\b|"
                           "Statement of Applicability|\\bStage [12]\\b|\\bsurveillance\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression soc2Words(QStringLiteral("\\bSOC 2\\b|Trust Services|service organization|"
                                                          "service auditor|\\bengagement\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
        for (const bool soc2 : {true, false}) {
            QVERIFY(window.openFile(soc2 ? m_soc2Demo : m_isoDemo));
            const QRegularExpression& foreign = soc2 ? isoWords : soc2Words;
            for (const QString& key : window.paneKeys()) {
                QVERIFY(window.showPane(key));
                QApplication::processEvents();
                const QStringList texts = visibleTexts(window.pane(key)) << window.pane(key)->title();
                for (const QString& text : texts) {
                    QVERIFY2(!foreign.match(text).hasMatch(),
                             qPrintable(QStringLiteral("%1 page %2: \"%3\"")
                                            .arg(soc2 ? QStringLiteral("SOC 2") : QStringLiteral("ISO"), key, text)));
                }
            }
        }
    }
};

QTEST_MAIN(TestSoc2MainWindow)
#include "tst_soc2mainwindow.moc"
