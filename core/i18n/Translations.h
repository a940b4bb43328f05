// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace isoaudit {

/// The languages IsoAudit speaks (English, the source, plus Danish, German, Dutch and French) and their compiled
/// catalogues, embedded as :/i18n/isoaudit_<code>.qm. The UI language is installed once at start; a report's
/// language is chosen per report (ReportLanguage), independently of the UI's.
class Translations
{
public:
    /// "en", "da", "de", "nl", "fr" — English first.
    static QStringList languages();
    /// The language's own name ("Dansk", "Deutsch", ...), for menus and combo boxes.
    static QString nativeName(const QString& code);
    /// True for a code in languages().
    static bool isKnown(const QString& code);
    /// The language to use for the UI: `preferred` when it is known, else the system locale's language when known,
    /// else English.
    static QString resolveUiLanguage(const QString& preferred, const QLocale& system = QLocale::system());
    /// The locale for dates and numbers in the given language ("da" -> da_DK, "de" -> de_DE, "nl" -> nl_NL,
    /// "fr" -> fr_FR, "en" -> en_GB); for the UI, the system locale wins when it speaks the same language.
    static QLocale localeFor(const QString& code);
    /// A translator loaded with IsoAudit's catalogue for `code`, owned by the caller; nullptr for English or when the
    /// catalogue is missing.
    static QTranslator* load(const QString& code);
    /// The same catalogue, loaded once and shared for the process's life (any thread may translate with it:
    /// QTranslator::translate only reads); nullptr for English or when it is missing.
    static const QTranslator* shared(const QString& code);
    /// Installs the UI language on the application: IsoAudit's catalogue and Qt's own (standard buttons and
    /// dialogs), and the matching default locale for dates and numbers when the system locale speaks another
    /// language. Returns the language installed ("en" when nothing needed installing).
    static QString installUiLanguage(const QString& preferred);
    /// A label ("Likelihood", "Document") as it reads inside a sentence of the locale's language: lower case, except
    /// in German, whose nouns keep their capital ("Neu: Dokument", not "Neu: dokument").
    static QString inSentence(const QString& label, const QLocale& locale = QLocale());
    /// The QSettings key holding the UI language chosen in Preferences ("" = follow the system).
    static QString settingsKey();
};

} // namespace isoaudit
