// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace isoaudit {

/// The word lists AuditGenerator composes a plausible audit from: names, assets, threats with the weaknesses they
/// exploit and the Annex A controls that treat them, interview topics, evidence and finding templates. Content, not
/// UI text: it is the client's and the auditor's language in the generated file, so it is not translated.
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
    struct EvidenceTemplate
    {
        QString kind; ///< document, record, observation, technical
        QString title;
        QString reference; ///< client document number pattern; %1 = a number
        QString description;
        QStringList clauses;
        QStringList controls;
        QString population; ///< records only: what the sample was drawn from
        int frequencySample = 0; ///< records only: a typical sample size for the control's frequency
    };
    struct FindingTemplate
    {
        QString grade;
        QString title;
        QString clause; ///< the requirement's clause, or empty
        QString control; ///< the requirement's control, or empty
        QString statement;
        QString objectiveEvidence; ///< %1 = a sample size or count, %2 = a person
    };

    static const QStringList& firstNames();
    static const QStringList& lastNames();
    static const QStringList& assets();
    static const QList<Threat>& threats();
    static const QStringList& ownerRoles();
    static const QList<Role>& roles();
    static const QStringList& generalNotes();
    static const QList<EvidenceTemplate>& evidence();
    static const QList<FindingTemplate>& findings();
    static const QStringList& sampleSelections();
};

} // namespace isoaudit
