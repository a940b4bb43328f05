// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace isoaudit {

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("nl"),
            QStringLiteral("fr")};
}

QString Translations::nativeName(const QString& code)
{
    if (code == QLatin1String("da"))
        return QStringLiteral("Dansk");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool Translations::isKnown(const QString& code)
{
    return languages().contains(code);
}

QString Translations::resolveUiLanguage(const QString& preferred, const QLocale& system)
{
    if (isKnown(preferred))
        return preferred;
    const QString systemCode = QLocale::languageToCode(system.language());
    return isKnown(systemCode) ? systemCode : QStringLiteral("en");
}

QLocale Translations::localeFor(const QString& code)
{
    if (code == QLatin1String("da"))
        return QLocale(QLocale::Danish, QLocale::Denmark);
    if (code == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (code == QLatin1String("nl"))
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    if (code == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QTranslator* Translations::load(const QString& code)
{
    if (!isKnown(code) || code == QLatin1String("en"))
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/isoaudit_%1.qm").arg(code)))
        return nullptr;
    return translator.release();
}

const QTranslator* Translations::shared(const QString& code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    QMutexLocker lock(&mutex);
    auto it = loaded.find(code);
    if (it == loaded.end())
        it = loaded.insert(code, std::shared_ptr<QTranslator>(load(code)));
    return it->get();
}

QString Translations::installUiLanguage(const QString& preferred)
{
    const QString code = resolveUiLanguage(preferred);
    const QLocale system = QLocale::system();
    if (QLocale::languageToCode(system.language()) != code)
        QLocale::setDefault(localeFor(code));
    if (code == QLatin1String("en"))
        return code;
    if (QTranslator* ours = load(code)) {
        ours->setParent(QCoreApplication::instance());
        QCoreApplication::installTranslator(ours);
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return code;
}

QString Translations::inSentence(const QString& label, const QLocale& locale)
{
    if (locale.language() == QLocale::German)
        return label;
    // Word by word, so that an abbreviation keeps its capitals ("SoA entry" -> "SoA entry", not "soa entry").
    QStringList words = label.split(QLatin1Char(' '));
    for (QString& word : words) {
        const bool abbreviation = std::any_of(word.begin() + std::min<qsizetype>(1, word.size()), word.end(),
                                              [](QChar c) { return c.isUpper(); });
        if (!abbreviation)
            word = word.toLower();
    }
    return words.join(QLatin1Char(' '));
}

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

} // namespace isoaudit
