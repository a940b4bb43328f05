// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace isoaudit {

/// The language a report is written in, independent of the UI's. A Scope sets it for the current thread while a
/// report is built, laid out, painted or written; the report's classes translate through ReportLanguage::translate
/// (declared with ISOAUDIT_REPORT_TR_FUNCTIONS), which uses the scope's catalogue — or, outside any scope, the
/// application's installed translators like any other tr(). English is the source language: inside an English
/// scope the report stays English even when the UI is in Danish.
class ReportLanguage
{
public:
    /// Sets the report language for this thread until destroyed; scopes nest.
    class Scope
    {
    public:
        explicit Scope(const QString& code);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        QString m_previous;
    };

    /// The code of the innermost scope on this thread, or an empty string outside any scope.
    static QString current();
    /// The locale the report's dates and numbers use: Translations::localeFor(current()), or the default locale
    /// outside any scope.
    static QLocale locale();
    /// A stored ISO date ("2026-11-20") written the report language's way ("20. november 2026"); other text is
    /// returned unchanged.
    static QString date(const QString& isoDate);
    /// The same in the locale's short numeric form ("20.11.2026", "20/11/2026"), for table cells.
    static QString shortDate(const QString& isoDate);
    /// A punctuation mark (";", ":", "?", "!") as the report's language writes it after a word, for text joined in
    /// code: French puts a no-break space before it, the others nothing.
    /// Translated sentences carry their own spacing; this is only for the joins the code makes.
    static QString punctuation(QChar mark);
    /// `items` joined by `mark` and a space, with the language's spacing before the mark ("a ; b" in French).
    static QString join(const QStringList& items, QChar mark);
    /// "a, b and c" in the report's language (QLocale::createSeparatedList): for lists of whole translated phrases.
    static QString list(const QStringList& items);
    /// Whether the report's wording is the certification body's own where it has one (Preferences ▸ Report
    /// wording): set per thread with a WordingScope, like the language.
    static bool bodyWording();
    class WordingScope
    {
    public:
        explicit WordingScope(bool bodyWording);
        ~WordingScope();
        WordingScope(const WordingScope&) = delete;
        WordingScope& operator=(const WordingScope&) = delete;

    private:
        bool m_previous;
    };

    /// tr() for the report's classes: the scope's catalogue, %n replaced by n.
    static QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                             int n = -1);
};

} // namespace isoaudit

/// Q_DECLARE_TR_FUNCTIONS for the classes that write the report's text: their tr() follows the report's language.
/// lupdate is told (translations/CMakeLists.txt) to read this macro as Q_DECLARE_TR_FUNCTIONS.
#define ISOAUDIT_REPORT_TR_FUNCTIONS(context)                                                                          \
public:                                                                                                                \
    static inline QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1)                 \
    {                                                                                                                  \
        return ::isoaudit::ReportLanguage::translate(#context, sourceText, disambiguation, n);                         \
    }                                                                                                                  \
                                                                                                                       \
private:
