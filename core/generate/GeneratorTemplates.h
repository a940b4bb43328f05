// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace isoaudit {

/// The templates AuditGenerator fills in for evidence, findings and the client's corrective actions: what a piece
/// of evidence of each kind looks like, what a finding of each grade says and which requirement it cites. Content,
/// not UI text, so it is not translated.
class GeneratorTemplates
{
public:
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

    static const QList<EvidenceTemplate>& evidence();
    static const QList<FindingTemplate>& findings();
    static const QStringList& sampleSelections();
    static const QStringList& corrections();
    static const QStringList& rootCauses();
    static const QStringList& correctiveActions();
    /// Controls a typical cloud-hosted client may exclude from its SoA, with the justification it would give.
    static const QMap<QString, QString>& exclusions();
    static const QStringList& inclusionReasons();
};

} // namespace isoaudit
