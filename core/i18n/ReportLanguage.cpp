// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/ReportLanguage.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTranslator>

namespace isoaudit {

namespace {

thread_local QString t_language;
thread_local bool t_bodyWording = false;

} // namespace

ReportLanguage::Scope::Scope(const QString& code)
    : m_previous(t_language)
{
    t_language = Translations::isKnown(code) ? code : QStringLiteral("en");
}

ReportLanguage::Scope::~Scope()
{
    t_language = m_previous;
}

QString ReportLanguage::current()
{
    return t_language;
}

QLocale ReportLanguage::locale()
{
    return t_language.isEmpty() ? QLocale() : Translations::localeFor(t_language);
}

QString ReportLanguage::date(const QString& isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return isoDate;
    //: The report's date format (a QDate::toString pattern): day, month name, year, e.g. "20 November 2026".
    static const char* const format = QT_TRANSLATE_NOOP("ReportLanguage", "d MMMM yyyy");
    return locale().toString(date, translate("ReportLanguage", format));
}

QString ReportLanguage::shortDate(const QString& isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return isoDate;
    //: The report's short date format for table cells (a QDate::toString pattern), e.g. "20/11/2026".
    static const char* const format = QT_TRANSLATE_NOOP("ReportLanguage", "dd/MM/yyyy");
    return locale().toString(date, translate("ReportLanguage", format));
}

QString ReportLanguage::punctuation(QChar mark)
{
    if (locale().language() != QLocale::French)
        return QString(mark);
    // French typography: a no-break space (U+00A0, as the French catalogue writes it) before ; : ? !
    if (mark == QLatin1Char(':') || mark == QLatin1Char(';') || mark == QLatin1Char('?') || mark == QLatin1Char('!'))
        return QString(QChar(0x00A0)) + mark;
    return QString(mark);
}

QString ReportLanguage::join(const QStringList& items, QChar mark)
{
    return items.join(punctuation(mark) + QLatin1Char(' '));
}

QString ReportLanguage::list(const QStringList& items)
{
    return locale().createSeparatedList(items);
}

bool ReportLanguage::bodyWording()
{
    return t_bodyWording;
}

ReportLanguage::WordingScope::WordingScope(bool bodyWording)
    : m_previous(t_bodyWording)
{
    t_bodyWording = bodyWording;
}

ReportLanguage::WordingScope::~WordingScope()
{
    t_bodyWording = m_previous;
}

namespace {

/// English is the source language and has no catalogue: a plural message's source is resolved here, by the
/// notation the sources use: "risk(s)", "nonconformity(-ies)" and "was/were" (lower-case words only, so that
/// "ISO/IEC" stays).
QString englishPlural(QString text, int n)
{
    static const QRegularExpression ies(QStringLiteral("([a-z]+)y\\(-ies\\)"));
    static const QRegularExpression s(QStringLiteral("([a-z]+)\\(s\\)"));
    static const QRegularExpression either(QStringLiteral("\\b([a-z]+)/([a-z]+)\\b"));
    const bool one = n == 1;
    text.replace(ies, one ? QStringLiteral("\\1y") : QStringLiteral("\\1ies"));
    text.replace(s, one ? QStringLiteral("\\1") : QStringLiteral("\\1s"));
    text.replace(either, one ? QStringLiteral("\\1") : QStringLiteral("\\2"));
    return text;
}

} // namespace

QString ReportLanguage::translate(const char* context, const char* sourceText, const char* disambiguation, int n)
{
    if (t_language.isEmpty())
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    QString text;
    if (const QTranslator* translator = Translations::shared(t_language))
        text = translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty()) {
        text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text = englishPlural(text, n);
    }
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), locale().toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

} // namespace isoaudit
