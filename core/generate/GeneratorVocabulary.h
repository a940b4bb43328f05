// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace isoaudit {

/// The word lists AuditGenerator composes a plausible audit from: names, assets, threats with the weaknesses they
/// exploit and the Annex A controls that treat them, interviewees' roles and what they talk about. Content, not UI
/// text: it is the client's and the auditor's language in the generated file, so it is not translated.
class GeneratorVocabulary
{
public:
    struct Threat
    {
        QString threat;
        QStringList vulnerabilities;
        QStringList controls;
    };
    struct Role
    {
        QString role;
        QStringList clauses;
        QStringList controls;
        QStringList topics; ///< sentences about what the interviewee showed or said
    };
    static const QStringList& firstNames();
    static const QStringList& lastNames();
    static const QStringList& assets();
    static const QList<Threat>& threats();
    static const QStringList& ownerRoles();
    static const QList<Role>& roles();
    static const QStringList& generalNotes();
    /// An e-mail address at the (fictitious) certification body, in ASCII.
    static QString emailFor(const QString& name);
};

} // namespace isoaudit
