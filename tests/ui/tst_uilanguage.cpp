// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench in Danish, German, Dutch and French: with a language's catalogue installed, the real MainWindow on
// the demo audit shows no English text that the catalogue translates — every page, its menus, buttons, labels,
// tooltips, combo boxes and table headers. This catches both untranslated strings and tr() calls whose context
// does not match the catalogue's (a string that lupdate extracted under another class name is never found at
// run time).
#include "WorkbenchTestSupport.h"

#include "i18n/Translations.h"
#include "storage/AuditStore.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainMenus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBoxHook.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace isoaudit;

class TestUiLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    /// source -> translation for every finished message of the language's .ts whose translation differs; every
    /// finished translation (also those equal to their source, like French "Applicable") into `allTranslations`.
    static QHash<QString, QString> translatedSources(const QString& language, QSet<QString>* allTranslations)
    {
        QHash<QString, QString> map;
        QFile file(QStringLiteral(ISOAUDIT_SOURCE_DIR "/translations/isoaudit_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            return map;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")
                     && xml.attributes().value(QLatin1String("type")).isEmpty()) {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                allTranslations->insert(plain(translation));
                if (!translation.isEmpty() && translation != source && !source.contains(QLatin1Char('%')))
                    map.insert(source, translation);
            }
        }
        return map;
    }

    static QString plain(QString text)
    {
        if (Qt::mightBeRichText(text)) {
            QTextDocument doc;
            doc.setHtml(text);
            text = doc.toPlainText();
        }
        return text.trimmed();
    }

    /// The client's own words in the demo's risk method (level and band labels such as "High"): data, not the
    /// workbench's text, even where a workbench string happens to read the same.
    static QSet<QString> clientWords(const QString& audit)
    {
        QSet<QString> words;
        auto store = AuditStore::open(audit, AuditDatabase::Mode::ReadOnly);
        if (!store)
            return words;
        auto found = store.value()->riskMethod();
        if (!found)
            return words;
        const Record method = found.value();
        std::function<void(const QJsonValue&)> collect = [&](const QJsonValue& v) {
            if (v.isString())
                words.insert(v.toString());
            for (const auto& item : v.toArray())
                collect(item);
            for (const auto& item : v.toObject())
                collect(item);
        };
        for (const char* column : {"likelihood_levels", "impact_levels", "bands"}) {
            const QJsonDocument doc = QJsonDocument::fromJson(method.text(QLatin1String(column)).toUtf8());
            collect(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        }
        return words;
    }

    /// Every text the user can read in the window (and the menus): widgets, actions, items, headers.
    static QStringList visibleTexts(QWidget* root)
    {
        QStringList texts;
        const auto add = [&texts](const QString& text) {
            if (!text.trimmed().isEmpty())
                texts << plain(text);
        };
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(root))
                continue;
            add(w->toolTip());
            add(w->accessibleName());
            add(w->windowTitle());
            if (auto* label = qobject_cast<QLabel*>(w))
                add(label->text());
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                add(button->text());
            if (auto* group = qobject_cast<QGroupBox*>(w))
                add(group->title());
            if (auto* combo = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < combo->count(); ++i)
                    add(combo->itemText(i));
            if (auto* tabs = qobject_cast<QTabWidget*>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    add(tabs->tabText(i));
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                const QAbstractItemModel* model = view->model();
                for (int c = 0; c < model->columnCount(); ++c) {
                    add(model->headerData(c, Qt::Horizontal).toString());
                    // The cells the application labels (verdicts, grades, themes): the first rows suffice.
                    for (int r = 0; r < qMin(40, model->rowCount()); ++r)
                        add(model->index(r, c).data(Qt::DisplayRole).toString());
                }
            }
        }
        for (QAction* action : root->findChildren<QAction*>()) {
            add(action->text());
            add(action->toolTip());
            add(action->statusTip());
        }
        for (QMenu* menu : root->findChildren<QMenu*>())
            add(menu->title());
        return texts;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_demo = workbenchtest::isolateAndCreateDemo(m_dir, QStringLiteral("tst_uilanguage"), &error);
        QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
    }

    void init() { MessageBoxHook::reset(); }

    void workbenchSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& code : Translations::languages())
            if (code != QLatin1String("en"))
                QTest::newRow(qPrintable(code)) << code;
    }
    void workbenchSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QSet<QString> translations;
        const QHash<QString, QString> translated = translatedSources(language, &translations);
        QVERIFY2(translated.size() > 500, "the catalogue is nearly empty");
        std::unique_ptr<QTranslator> translator(Translations::load(language));
        QVERIFY(translator);
        QVERIFY(QCoreApplication::installTranslator(translator.get()));

        QStringList english;
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(window.openFile(m_demo));
            QCOMPARE(window.menus()->paneActions.size(), window.paneKeys().size());
            QVERIFY(window.menuBar()->actions().first()->text() != QStringLiteral("&File"));
            QCOMPARE(window.menuBar()->actions().first()->text(),
                     translator->translate("isoaudit::MainMenus", "&File"));
            QSet<QString> seen;
            for (const QString& key : window.paneKeys()) {
                QVERIFY(window.showPane(key));
                QCoreApplication::processEvents();
                for (const QString& text : visibleTexts(&window)) {
                    // A text that is also some message's translation (e.g. "Status" in German) is not English.
                    if (translated.contains(text) && !seen.contains(text))
                        english << QStringLiteral("[%1] %2").arg(key, text);
                    seen.insert(text);
                }
            }
        }
        QCoreApplication::removeTranslator(translator.get());
        QStringList untranslated;
        const QSet<QString> data = clientWords(m_demo);
        QVERIFY(!data.isEmpty());
        for (const QString& line : english) {
            const QString text = line.section(QStringLiteral("] "), 1);
            if (!translations.contains(text) && !data.contains(text))
                untranslated << line;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
