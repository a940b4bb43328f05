<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppSettings</name>
    <message>
        <source>IsoAudit cannot show itself in &quot;%1&quot;; the languages are %2.</source>
        <translation>IsoAudit ne peut pas s&apos;afficher en «&#xa0;%1&#xa0;»&#xa0;; les langues disponibles sont %2.</translation>
    </message>
    <message>
        <source>Reports cannot be written in &quot;%1&quot;; the languages are %2.</source>
        <translation>Les rapports ne peuvent pas être rédigés en «&#xa0;%1&#xa0;»&#xa0;; les langues disponibles sont %2.</translation>
    </message>
    <message>
        <source>The report paper must be A4 or US Letter.</source>
        <translation>Le format de papier du rapport doit être A4 ou US Letter.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path (such as %1), not &quot;%2&quot;.</source>
        <translation>Le dossier de sauvegarde doit être un chemin complet (par exemple %1), et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it or choose another.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;existe pas. Créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not a folder you can write to.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Back up every %1 to %2 minutes; %3 is not possible.</source>
        <translation>Sauvegarder toutes les %1 à %2 minutes&#xa0;; %3 n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>Keep %1 to %2 backups of each audit; %3 is not possible.</source>
        <translation>Conserver de %1 à %2 sauvegardes par audit&#xa0;; %3 n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>There is no built-in risk method &quot;%1&quot;; the choices are %2.</source>
        <translation>Il n&apos;existe pas de méthode de risque intégrée «&#xa0;%1&#xa0;»&#xa0;; les choix possibles sont %2.</translation>
    </message>
    <message>
        <source>An address or accreditation number needs the certification body&apos;s name as well.</source>
        <translation>Une adresse ou un numéro d&apos;accréditation nécessite aussi le nom de l&apos;organisme de certification.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is %2; files over %3 are not stored in an audit.</source>
        <translation>%1 fait %2&#xa0;; les fichiers de plus de %3 ne sont pas stockés dans un audit.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Joindre %1</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n files</source>
        <translation>
            <numerusform>Joindre %n fichier</numerusform>
            <numerusform>Joindre %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence %1</source>
        <translation>Ajouter la preuve %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files as evidence</source>
        <translation>
            <numerusform>Ajouter %n fichier comme preuve</numerusform>
            <numerusform>Ajouter %n fichiers comme preuves</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>AuditDatabase</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit file.</source>
        <translation>%1 est un dossier, et non un fichier d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not an IsoAudit file, or it was not copied completely.</source>
        <translation>%1 est vide (0 octet)&#xa0;: ce n&apos;est pas un fichier IsoAudit, ou il n&apos;a pas été copié entièrement.</translation>
    </message>
    <message>
        <source>%1 is not an IsoAudit file (it is not an SQLite database).</source>
        <translation>%1 n&apos;est pas un fichier IsoAudit (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes). It may have been copied only in part; use a complete copy or a backup.</source>
        <translation>%1 est endommagé&#xa0;: il est plus court que ne l&apos;indique son en-tête (%2 octets sur %3). Il n&apos;a peut-être été copié qu&apos;en partie&#xa0;; utilisez une copie complète ou une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is read-only; it can only be opened read-only.</source>
        <translation>%1 est en lecture seule&#xa0;; il ne peut être ouvert qu&apos;en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an audit file: %2</source>
        <translation>%1 ne peut pas être lu comme fichier d&apos;audit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not an IsoAudit audit file.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application, et non un fichier d&apos;audit IsoAudit.</translation>
    </message>
    <message>
        <source>%1 was written by a newer IsoAudit (file format %2; this version reads up to %3). Update IsoAudit to open it.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;IsoAudit (format de fichier %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez IsoAudit à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is not a complete IsoAudit file (it has no schema).</source>
        <translation>%1 n&apos;est pas un fichier IsoAudit complet (il n&apos;a pas de schéma).</translation>
    </message>
    <message>
        <source>%1 uses the older file format %2 and must be upgraded, which needs write access.</source>
        <translation>%1 utilise l&apos;ancien format de fichier %2 et doit être mis à niveau, ce qui nécessite un accès en écriture.</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it: %2</source>
        <translation>Impossible de conserver une copie de %1 avant sa mise à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite pour Qt est manquant (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the folder does not allow SQLite&apos;s write-ahead log.</source>
        <translation>%1 ne peut pas être ouvert en écriture&#xa0;: le dossier ne permet pas le journal d&apos;écriture anticipée (WAL) de SQLite.</translation>
    </message>
    <message>
        <source>Could not read the file format of %1: %2</source>
        <translation>Impossible de lire le format de fichier de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to file format %2: %3</source>
        <translation>Impossible de mettre à niveau %1 vers le format de fichier %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not record file format %1 in %2: %3</source>
        <translation>Impossible d&apos;enregistrer le format de fichier %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The audit file %1 refused an operation: %2</source>
        <translation>Le fichier d&apos;audit %1 a refusé une opération&#xa0;: %2</translation>
    </message>
    <message>
        <source>The audit file is not open.</source>
        <translation>Le fichier d&apos;audit n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Impossible d&apos;écrire une copie dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>la copie n&apos;a pas pu être fermée</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation>le fichier existant ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>la copie ne peut pas être renommée</translation>
    </message>
    <message>
        <source>a %1 refers to a missing %2</source>
        <translation>un enregistrement de %1 fait référence à un enregistrement manquant de %2</translation>
    </message>
</context>
<context>
    <name>AuditGenerator</name>
    <message>
        <source>The numbers of records to generate must be 0 or more.</source>
        <translation>Le nombre d&apos;enregistrements à générer doit être supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Attachments belong to evidence: generate at least one evidence record to attach %1 MiB to.</source>
        <translation>Les pièces jointes appartiennent aux preuves&#xa0;: générez au moins une preuve à laquelle joindre %1 Mio.</translation>
    </message>
    <message>
        <source>Generating the audit was cancelled; the file is unchanged.</source>
        <translation>La génération de l&apos;audit a été annulée&#xa0;; le fichier est inchangé.</translation>
    </message>
</context>
<context>
    <name>AuditLock</name>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un ordinateur inconnu</translation>
    </message>
    <message>
        <source>The lock %1 cannot be removed.</source>
        <translation>Le verrou %1 ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>%1 is open in IsoAudit by %2 on %3 since %4 — open it read-only?</source>
        <translation>%1 est ouvert dans IsoAudit par %2 sur %3 depuis %4 — l&apos;ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1 can only be opened read-only: its folder does not allow the lock file %2 (%3).</source>
        <translation>%1 ne peut être ouvert qu&apos;en lecture seule&#xa0;: son dossier ne permet pas de créer le fichier de verrou %2 (%3).</translation>
    </message>
    <message>
        <source>The lock %1 keeps changing; another program is opening the audit.</source>
        <translation>Le verrou %1 change sans cesse&#xa0;; un autre programme est en train d&apos;ouvrir l&apos;audit.</translation>
    </message>
</context>
<context>
    <name>AuditPackage</name>
    <message>
        <source>The %1&apos;s %2 in this audit file is not a JSON array or object; it cannot be exported.</source>
        <translation>L&apos;élément %2 de %1 dans ce fichier d&apos;audit n&apos;est ni un tableau ni un objet JSON&#xa0;; il ne peut pas être exporté.</translation>
    </message>
    <message>
        <source>%1 is not empty; a package can only be imported into a new audit file.</source>
        <translation>%1 n&apos;est pas vide&#xa0;; un paquet ne peut être importé que dans un nouveau fichier d&apos;audit.</translation>
    </message>
    <message>
        <source>Could not move the imported audit into place as %1: %2.</source>
        <translation>Impossible de placer l&apos;audit importé sous %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The audit file %1 has no %2 record; it is incomplete.</source>
        <translation>Le fichier d&apos;audit %1 n&apos;a pas d&apos;enregistrement %2&#xa0;; il est incomplet.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit file.</source>
        <translation>%1 est un dossier, et non un fichier d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 already exists; it is replaced only when you ask for that explicitly.</source>
        <translation>%1 existe déjà&#xa0;; il n&apos;est remplacé que si vous le demandez explicitement.</translation>
    </message>
    <message>
        <source>%1 is open in IsoAudit or was not closed cleanly; close it (or open and close it once), then import again.</source>
        <translation>%1 est ouvert dans IsoAudit ou n&apos;a pas été fermé correctement&#xa0;; fermez-le (ou ouvrez-le et fermez-le une fois), puis relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not finish %1: the database log was not written back.</source>
        <translation>Impossible de finaliser %1&#xa0;: le journal de la base de données n&apos;a pas été réintégré.</translation>
    </message>
</context>
<context>
    <name>AuditPlanDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Points à confirmer</translation>
    </message>
    <message>
        <source>The scope, the audit plan, confidentiality, the reporting method and the appeal process.</source>
        <translation>Le périmètre, le plan d&apos;audit, la confidentialité, les modalités de restitution des constats et le processus d&apos;appel.</translation>
    </message>
    <message>
        <source>Findings presented</source>
        <translation>Constats présentés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Business complexity</source>
        <translation>Complexité de l&apos;activité</translation>
    </message>
    <message>
        <source>IT complexity</source>
        <translation>Complexité informatique</translation>
    </message>
    <message>
        <source>Outsourcing</source>
        <translation>Externalisation</translation>
    </message>
    <message>
        <source>Multi-site sampling</source>
        <translation>Échantillonnage multisite</translation>
    </message>
    <message>
        <source>Audit time</source>
        <translation>Durée d&apos;audit</translation>
    </message>
    <message>
        <source>Persons counted</source>
        <translation>Effectif retenu</translation>
    </message>
    <message>
        <source>Base audit time</source>
        <translation>Durée d&apos;audit de base</translation>
    </message>
    <message>
        <source>%1 auditor days</source>
        <translation>%1 jours-auditeur</translation>
    </message>
    <message>
        <source>Adjustment applied</source>
        <translation>Ajustement appliqué</translation>
    </message>
    <message>
        <source>This audit (%1)</source>
        <translation>Cet audit (%1)</translation>
    </message>
    <message>
        <source>Initial certification</source>
        <translation>Certification initiale</translation>
    </message>
    <message>
        <source>%1 auditor days (Stage 1: %2, Stage 2: %3)</source>
        <translation>%1 jours-auditeur (étape 1&#xa0;: %2, étape 2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Each surveillance audit</source>
        <translation>Chaque audit de surveillance</translation>
    </message>
    <message>
        <source>Recertification audit</source>
        <translation>Audit de renouvellement</translation>
    </message>
    <message>
        <source>Computed per ISO/IEC 27006 from the chart &quot;%1&quot;.</source>
        <translation>Calcul effectué selon l&apos;ISO/IEC 27006 à partir du tableau «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A.%1</source>
        <translation>A.%1</translation>
    </message>
    <message>
        <source>%1 audit plan — %2</source>
        <translation>Plan d&apos;audit — %1 — %2</translation>
    </message>
    <message>
        <source>%1 audit plan</source>
        <translation>Plan d&apos;audit — %1</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Audit plan · Page %1 of %2</source>
        <translation>Plan d&apos;audit · Page %1 sur %2</translation>
    </message>
    <message>
        <source>AUDIT PLAN</source>
        <translation>PLAN D&apos;AUDIT</translation>
    </message>
    <message>
        <source>%1 audit</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 — %2 audit</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type d&apos;audit</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Dates de l&apos;audit</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numéro du rapport</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs de l&apos;audit</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères d&apos;audit</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Organisme de certification</translation>
    </message>
    <message>
        <source>Audit team and sites</source>
        <translation>Équipe d&apos;audit et sites</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>No audit team is recorded yet.</source>
        <translation>Aucune équipe d&apos;audit n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Déroulement de l&apos;audit</translation>
    </message>
    <message>
        <source>No clause or control is planned yet.</source>
        <translation>Aucun article ni aucune mesure n&apos;est encore planifié.</translation>
    </message>
    <message>
        <source>The clauses and controls planned for this audit, by day and time. Times are local to the site; the audit team may adjust the order on the day.</source>
        <translation>Les articles et mesures planifiés pour cet audit, par jour et par heure. Les heures sont indiquées en heure locale du site&#xa0;; l&apos;équipe d&apos;audit peut modifier l&apos;ordre le jour même.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Auditee</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Opening and closing meetings</source>
        <translation>Réunions d&apos;ouverture et de clôture</translation>
    </message>
</context>
<context>
    <name>AuditTime</name>
    <message>
        <source>The number of full-time persons must be from 0 to 10,000,000.</source>
        <translation>Le nombre de personnes à temps plein doit être compris entre 0 et 10&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>The part-time persons in FTE must be a number from 0 to 10,000,000.</source>
        <translation>Le nombre de personnes à temps partiel, en ETP, doit être compris entre 0 et 10&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>There are no persons to size the audit by.</source>
        <translation>Aucune personne n&apos;est indiquée pour déterminer la durée de l&apos;audit.</translation>
    </message>
    <message>
        <source>A group of persons doing the same simple work must have 1 person or more.</source>
        <translation>Un groupe de personnes effectuant le même travail simple doit compter au moins 1 personne.</translation>
    </message>
    <message>
        <source>The persons doing the same simple work are part of the full-time persons and cannot be more than them.</source>
        <translation>Les personnes effectuant le même travail simple font partie des personnes à temps plein et ne peuvent pas être plus nombreuses qu&apos;elles.</translation>
    </message>
    <message>
        <source>A complexity level is low, medium or high.</source>
        <translation>Le niveau de complexité doit être low, medium ou high.</translation>
    </message>
    <message>
        <source>A complexity level needs the reason it was chosen.</source>
        <translation>Un niveau de complexité doit être accompagné du motif de son choix.</translation>
    </message>
    <message>
        <source>An adjustment is a percent above -100 and up to 500.</source>
        <translation>Un ajustement est un pourcentage supérieur à -100 et inférieur ou égal à 500.</translation>
    </message>
    <message>
        <source>An adjustment needs the reason it is made.</source>
        <translation>Un ajustement doit être accompagné de son motif.</translation>
    </message>
    <message>
        <source>The number of sites sampled cannot be negative.</source>
        <translation>Le nombre de sites échantillonnés ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Another adjustment needs what it is and the reason it is made.</source>
        <translation>Un autre ajustement doit indiquer sa nature et son motif.</translation>
    </message>
    <message>
        <source>The audit type is stage1, stage2, surveillance, recertification or special.</source>
        <translation>Le type d&apos;audit doit être stage1, stage2, surveillance, recertification ou special.</translation>
    </message>
    <message>
        <source>The audit-time chart has no bands.</source>
        <translation>Le tableau de durée d&apos;audit ne comporte aucune tranche.</translation>
    </message>
    <message>
        <source>%1 persons are beyond the chart&apos;s last band (up to %2 persons), and the chart does not extrapolate.</source>
        <translation>L&apos;effectif de %1 personnes dépasse la dernière tranche du tableau (jusqu&apos;à %2 personnes), et le tableau ne prévoit pas d&apos;extrapolation.</translation>
    </message>
    <message>
        <source>The audit-time input&apos;s %1 is not a number.</source>
        <translation>Le champ %1 des données de calcul de la durée d&apos;audit n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The audit-time input&apos;s sameWorkGroups holds something other than numbers.</source>
        <translation>Le champ sameWorkGroups des données de calcul de la durée d&apos;audit contient autre chose que des nombres.</translation>
    </message>
    <message>
        <source>The stored audit time is incomplete: it lacks its base or initial days or its persons.</source>
        <translation>La durée d&apos;audit enregistrée est incomplète&#xa0;: il manque les jours de base, les jours de l&apos;audit initial ou l&apos;effectif.</translation>
    </message>
</context>
<context>
    <name>AuditTimeChart</name>
    <message>
        <source>The audit-time chart %1 cannot be read: %2</source>
        <translation>Le tableau de durée d&apos;audit %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is not valid JSON: %2</source>
        <translation>Le tableau de durée d&apos;audit %1 n&apos;est pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is not an IsoAudit audit-time chart of version 1.</source>
        <translation>Le tableau de durée d&apos;audit %1 n&apos;est pas un tableau de durée d&apos;audit IsoAudit de version 1.</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is invalid: %2</source>
        <translation>Le tableau de durée d&apos;audit %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>tranche %1</translation>
    </message>
    <message>
        <source>%1: %2 is missing or not a whole number</source>
        <translation>%1&#xa0;: %2 est absent ou n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: initialDays is missing or not a number</source>
        <translation>%1&#xa0;: initialDays est absent ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>beyondLastBand.rule is &quot;%1&quot;, not &quot;progression&quot; or &quot;none&quot;</source>
        <translation>beyondLastBand.rule vaut &quot;%1&quot;, et non &quot;progression&quot; ou &quot;none&quot;</translation>
    </message>
    <message>
        <source>policy.%1 is %2; it must be %3</source>
        <translation>policy.%1 vaut %2&#xa0;; valeur attendue&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;up&quot; or &quot;nearest&quot;</source>
        <translation>&quot;up&quot; ou &quot;nearest&quot;</translation>
    </message>
    <message>
        <source>&quot;square-root&quot; or &quot;none&quot;</source>
        <translation>&quot;square-root&quot; ou &quot;none&quot;</translation>
    </message>
    <message>
        <source>a number from 0 to below 100</source>
        <translation>un nombre supérieur ou égal à 0 et inférieur à 100</translation>
    </message>
    <message>
        <source>policy.%1.%2 is missing or not a percent above -100 and up to 500</source>
        <translation>policy.%1.%2 est absent ou n&apos;est pas un pourcentage supérieur à -100 et inférieur ou égal à 500</translation>
    </message>
    <message>
        <source>policy.%1 has levels other than low, medium and high</source>
        <translation>policy.%1 comporte des niveaux autres que low, medium et high</translation>
    </message>
    <message>
        <source>a share above 0 and up to 1 (a number or a fraction such as 2/3)</source>
        <translation>une part supérieure à 0 et inférieure ou égale à 1 (un nombre ou une fraction telle que 2/3)</translation>
    </message>
    <message>
        <source>a share above 0 and below 1 (a number or a fraction such as 1/3)</source>
        <translation>une part supérieure à 0 et inférieure à 1 (un nombre ou une fraction telle que 1/3)</translation>
    </message>
    <message>
        <source>a number of days above 0 and up to 1</source>
        <translation>un nombre de jours supérieur à 0 et inférieur ou égal à 1</translation>
    </message>
    <message>
        <source>it has no id or no name</source>
        <translation>il lui manque un id ou un nom</translation>
    </message>
    <message>
        <source>it has no bands</source>
        <translation>il ne comporte aucune tranche</translation>
    </message>
    <message>
        <source>band %1 (persons %2–%3)</source>
        <translation>tranche %1 (%2 à %3 personnes)</translation>
    </message>
    <message>
        <source>%1 starts at %2 persons; the chart must start at 1</source>
        <translation>%1 commence à %2 personnes&#xa0;; le tableau doit commencer à 1</translation>
    </message>
    <message>
        <source>%1: personsMax is below personsMin</source>
        <translation>%1&#xa0;: personsMax est inférieur à personsMin</translation>
    </message>
    <message>
        <source>%1: initialDays must be above 0</source>
        <translation>%1&#xa0;: initialDays doit être supérieur à 0</translation>
    </message>
    <message>
        <source>%1 names the source &quot;%2&quot;, which the chart&apos;s sources do not list</source>
        <translation>%1 cite la source &quot;%2&quot;, qui ne figure pas parmi les sources du tableau</translation>
    </message>
    <message>
        <source>%1 leaves a gap: the band before ends at %2 persons</source>
        <translation>%1 laisse un intervalle vide&#xa0;: la tranche précédente se termine à %2 personnes</translation>
    </message>
    <message>
        <source>%1 overlaps the band before, which ends at %2 persons</source>
        <translation>%1 chevauche la tranche précédente, qui se termine à %2 personnes</translation>
    </message>
    <message>
        <source>%1: initialDays %2 is not more than the %3 of the band before</source>
        <translation>%1&#xa0;: initialDays %2 n&apos;est pas supérieur à la valeur %3 de la tranche précédente</translation>
    </message>
    <message>
        <source>beyondLastBand.rule &quot;progression&quot; needs at least two bands to follow</source>
        <translation>beyondLastBand.rule &quot;progression&quot; nécessite au moins deux tranches pour que la progression puisse être prolongée</translation>
    </message>
</context>
<context>
    <name>AuditTimeText</name>
    <message>
        <source>Persons doing work under the organization&apos;s control: %1 full-time and %2 FTE part-time, counted as %3.</source>
        <translation>Personnes effectuant un travail sous le contrôle de l&apos;organisme&#xa0;: %1 à temps plein et %2 ETP à temps partiel, comptées pour %3.</translation>
    </message>
    <message>
        <source>Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 (the square root of each group, rounded up).</source>
        <translation>Parmi les personnes à temps plein, %1 effectuant le même travail simple et répétitif sont comptées pour %2 (racine carrée de chaque groupe, arrondie à l&apos;unité supérieure).</translation>
    </message>
    <message>
        <source>Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 (the chart allows no reduction for them).</source>
        <translation>Parmi les personnes à temps plein, %1 effectuant le même travail simple et répétitif sont comptées pour %2 (le tableau ne prévoit aucune réduction pour elles).</translation>
    </message>
    <message>
        <source>Audit time chart &quot;%1&quot;: %2 to %3 persons, %4 days for the initial audit (Stage 1 and Stage 2) before adjustment.</source>
        <translation>Tableau de durée d&apos;audit «&#xa0;%1&#xa0;»&#xa0;: %2 à %3 personnes, %4 jours pour l&apos;audit initial (étapes 1 et 2) avant ajustement.</translation>
    </message>
    <message>
        <source>The persons exceed the chart&apos;s last band: this band is extrapolated by the chart&apos;s progression.</source>
        <translation>L&apos;effectif dépasse la dernière tranche du tableau&#xa0;: cette tranche est extrapolée selon la progression du tableau.</translation>
    </message>
    <message>
        <source>Business complexity: %1, %2 % (%3).</source>
        <translation>Complexité de l&apos;activité&#xa0;: %1, %2&#xa0;% (%3).</translation>
    </message>
    <message>
        <source>IT complexity: %1, %2 % (%3).</source>
        <translation>Complexité informatique&#xa0;: %1, %2&#xa0;% (%3).</translation>
    </message>
    <message>
        <source>Outsourcing: %1 % (%2).</source>
        <translation>Externalisation&#xa0;: %1&#xa0;% (%2).</translation>
    </message>
    <message>
        <source>Multi-site sampling, %1 sites sampled: %2 % (%3).</source>
        <translation>Échantillonnage multisite, %1 sites échantillonnés&#xa0;: %2&#xa0;% (%3).</translation>
    </message>
    <message>
        <source>Multi-site sampling: %1 % (%2).</source>
        <translation>Échantillonnage multisite&#xa0;: %1&#xa0;% (%2).</translation>
    </message>
    <message>
        <source>%1: %2 % (%3).</source>
        <translation>%1&#xa0;: %2&#xa0;% (%3).</translation>
    </message>
    <message>
        <source>No adjustment factors are recorded.</source>
        <translation>Aucun facteur d&apos;ajustement n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Total adjustment: %1 %, limited to the largest reduction allowed, %2 %.</source>
        <translation>Ajustement total&#xa0;: %1&#xa0;%, limité à la réduction maximale autorisée, soit %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Total adjustment: %1 %.</source>
        <translation>Ajustement total&#xa0;: %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Initial audit: %1 days (Stage 1: %2 days, Stage 2: %3 days). Each surveillance audit: %4 days. Recertification audit: %5 days.</source>
        <translation>Audit initial&#xa0;: %1 jours (étape 1&#xa0;: %2 jours, étape 2&#xa0;: %3 jours). Chaque audit de surveillance&#xa0;: %4 jours. Audit de renouvellement&#xa0;: %5 jours.</translation>
    </message>
    <message>
        <source>This audit (%1): %2 days.</source>
        <translation>Cet audit (%1)&#xa0;: %2 jours.</translation>
    </message>
    <message>
        <source>This audit (%1): its time is set from the nonconformities it verifies, not from the chart.</source>
        <translation>Cet audit (%1)&#xa0;: sa durée est fixée d&apos;après les non-conformités qu&apos;il vérifie, et non d&apos;après le tableau.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Impossible de lire le journal des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Entry #%1 follows #%2: entries are missing from the trail.</source>
        <translation>L&apos;entrée n° %1 suit l&apos;entrée n° %2&#xa0;: des entrées manquent dans le journal.</translation>
    </message>
    <message>
        <source>Entry #%1 does not follow the entry before it (the chain is cut).</source>
        <translation>L&apos;entrée n° %1 ne fait pas suite à l&apos;entrée précédente (la chaîne est rompue).</translation>
    </message>
    <message>
        <source>Entry #%1 was changed after it was written (its hash does not match).</source>
        <translation>L&apos;entrée n° %1 a été modifiée après son écriture (son empreinte ne correspond pas).</translation>
    </message>
    <message>
        <source>Entry #%1: only the first entry is the trail&apos;s genesis.</source>
        <translation>Entrée n° %1&#xa0;: seule la première entrée est l&apos;origine du journal.</translation>
    </message>
    <message>
        <source>Entry #%1 does not describe the record it adds.</source>
        <translation>L&apos;entrée n° %1 ne décrit pas l&apos;enregistrement qu&apos;elle ajoute.</translation>
    </message>
    <message>
        <source>Entry #%1 changes a record the trail never added.</source>
        <translation>L&apos;entrée n° %1 modifie un enregistrement que le journal n&apos;a jamais ajouté.</translation>
    </message>
    <message>
        <source>Entry #%1: the old value of %2 is not the value the trail last recorded.</source>
        <translation>Entrée n° %1&#xa0;: l&apos;ancienne valeur de %2 n&apos;est pas la dernière valeur enregistrée par le journal.</translation>
    </message>
    <message>
        <source>The audit trail is empty although the file holds records: it was never opened for writing by an IsoAudit that keeps a trail, or the trail was deleted.</source>
        <translation>Le journal des modifications est vide alors que le fichier contient des enregistrements&#xa0;: il n&apos;a jamais été ouvert en écriture par une version d&apos;IsoAudit qui tient un journal, ou le journal a été supprimé.</translation>
    </message>
    <message>
        <source>The %1 %2 is in the file but the audit trail never recorded it: it was added outside IsoAudit.</source>
        <translation>L&apos;élément %1 %2 figure dans le fichier mais le journal des modifications ne l&apos;a jamais enregistré&#xa0;: il a été ajouté en dehors d&apos;IsoAudit.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed outside IsoAudit: %3 is %4 in the file, but the trail&apos;s last value (entry #%5) is %6.</source>
        <translation>L&apos;élément %1 %2 a été modifié en dehors d&apos;IsoAudit&#xa0;: %3 vaut %4 dans le fichier, mais la dernière valeur du journal (entrée n° %5) est %6.</translation>
    </message>
    <message>
        <source>The %1 %2 was moved to another owner outside IsoAudit.</source>
        <translation>L&apos;élément %1 %2 a été rattaché à un autre propriétaire en dehors d&apos;IsoAudit.</translation>
    </message>
    <message>
        <source>The %1 %2 was deleted outside IsoAudit (the trail has no entry removing it).</source>
        <translation>L&apos;élément %1 %2 a été supprimé en dehors d&apos;IsoAudit (le journal ne contient aucune entrée le retirant).</translation>
    </message>
    <message>
        <source>The links of %1 were changed outside IsoAudit (the trail&apos;s last entry for them is #%2).</source>
        <translation>Les liens de %1 ont été modifiés en dehors d&apos;IsoAudit (la dernière entrée du journal les concernant est la n° %2).</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The current %1 cannot be kept as a backup, so it was not replaced.</source>
        <translation>Le fichier %1 actuel ne peut pas être conservé comme sauvegarde&#xa0;; il n&apos;a donc pas été remplacé.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied next to %2.</source>
        <translation>La sauvegarde %1 ne peut pas être copiée à côté de %2.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; it is unchanged and the backup is still in %2.</source>
        <translation>%1 ne peut pas être remplacé&#xa0;; il est inchangé et la sauvegarde se trouve toujours dans %2.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>%1 cannot be read for a backup: %2</source>
        <translation>%1 ne peut pas être lu pour une sauvegarde&#xa0;: %2</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>la copie n&apos;a pas pu être fermée</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>la copie ne peut pas être renommée</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Impossible d&apos;écrire une copie dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The catalog %1 cannot be read: %2</source>
        <translation>Le catalogue %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is not valid JSON: %2</source>
        <translation>Le catalogue %1 n&apos;est pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is not an IsoAudit catalog of version 1.</source>
        <translation>Le catalogue %1 n&apos;est pas un catalogue IsoAudit de version 1.</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: %2</source>
        <translation>Le catalogue %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>it names no framework</source>
        <translation>il ne nomme aucun référentiel</translation>
    </message>
    <message>
        <source>an item has no id or no title</source>
        <translation>un élément n&apos;a pas d&apos;identifiant ou pas de titre</translation>
    </message>
    <message>
        <source>an id occurs twice</source>
        <translation>un identifiant apparaît deux fois</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: the group %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>Le catalogue %1 n&apos;est pas valide&#xa0;: le groupe %2 a un type inconnu, «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: the item %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>Le catalogue %1 n&apos;est pas valide&#xa0;: l&apos;élément %2 a un type inconnu, «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>the framework %1 has no name</source>
        <translation>le référentiel %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the item %1 belongs to the group &quot;%2&quot;, which the catalog does not list</source>
        <translation>l&apos;élément %1 appartient au groupe «&#xa0;%2&#xa0;», que le catalogue ne répertorie pas</translation>
    </message>
    <message>
        <source>IsoAudit has no validation rules for the framework &quot;%1&quot; (it knows %2)</source>
        <translation>IsoAudit n&apos;a pas de règles de validation pour le référentiel «&#xa0;%1&#xa0;» (référentiels connus&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>CatalogRules</name>
    <message>
        <source>ISO/IEC 27001:2022</source>
        <translation>ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>the 2017 set of AICPA Trust Services Criteria</source>
        <translation>l&apos;ensemble 2017 des Trust Services Criteria de l&apos;AICPA</translation>
    </message>
    <message>
        <source>%1 has %2 auditable clause items, the catalog has %3</source>
        <translation>%1 compte %2 exigences d&apos;articles auditables, le catalogue en contient %3</translation>
    </message>
    <message>
        <source>%1 has %2 Annex A controls, the catalog has %3</source>
        <translation>%1 compte %2 mesures à l&apos;annexe A, le catalogue en contient %3</translation>
    </message>
    <message>
        <source>%1 has %2 criteria, the catalog has %3</source>
        <translation>%1 compte %2 critères, le catalogue en contient %3</translation>
    </message>
    <message>
        <source>the %1 theme (%2) has %3 controls instead of %4</source>
        <translation>le thème %1 (%2) compte %3 mesures au lieu de %4</translation>
    </message>
    <message>
        <source>the %1 category (%2) has %3 criteria instead of %4</source>
        <translation>la catégorie %1 (%2) compte %3 critères au lieu de %4</translation>
    </message>
    <message>
        <source>the criterion %1 (%2) does not belong in the series %3 (%4)</source>
        <translation>le critère %1 (%2) n&apos;a pas sa place dans la série %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>There is no catalog in %1.</source>
        <translation>Il n&apos;y a aucun catalogue dans %1.</translation>
    </message>
    <message>
        <source>The framework %1 has two catalogs in %2.</source>
        <translation>Le référentiel %1 a deux catalogues dans %2.</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <source>The trusted certificates file %1 cannot be read: %2.</source>
        <translation>Le fichier de certificats de confiance %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Il ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be read</source>
        <translation>le certificat du signataire ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>CmsSigner</name>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <translation>Le fichier de certificat %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) certificate file.</source>
        <translation>Ce n&apos;est pas un fichier de certificat PKCS#12 (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open the PKCS#12 certificate file.</source>
        <translation>La phrase secrète est incorrecte&#xa0;: elle n&apos;ouvre pas le fichier de certificat PKCS#12.</translation>
    </message>
    <message>
        <source>The PKCS#12 certificate file cannot be opened (%1).</source>
        <translation>Le fichier de certificat PKCS#12 ne peut pas être ouvert (%1).</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key with its certificate; a signature needs both.</source>
        <translation>Le fichier PKCS#12 ne contient pas de clé privée avec son certificat&#xa0;; une signature nécessite les deux.</translation>
    </message>
    <message>
        <source>The PKCS#12 file&apos;s private key does not belong to its certificate.</source>
        <translation>La clé privée du fichier PKCS#12 ne correspond pas à son certificat.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; sign with a valid certificate.</source>
        <translation>Le certificat de %1 a expiré le %2&#xa0;; signez avec un certificat valide.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet.</source>
        <translation>Le certificat de %1 n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The signature cannot be prepared (%1).</source>
        <translation>La signature ne peut pas être préparée (%1).</translation>
    </message>
    <message>
        <source>The signature cannot be computed (%1).</source>
        <translation>La signature ne peut pas être calculée (%1).</translation>
    </message>
    <message>
        <source>The signature cannot be encoded (%1).</source>
        <translation>La signature ne peut pas être encodée (%1).</translation>
    </message>
</context>
<context>
    <name>CmsVerifier</name>
    <message>
        <source>The signature is not a readable CMS structure (%1).</source>
        <translation>La signature n&apos;est pas une structure CMS lisible (%1).</translation>
    </message>
    <message>
        <source>The signature is not CMS SignedData.</source>
        <translation>La signature n&apos;est pas de type CMS SignedData.</translation>
    </message>
    <message>
        <source>The signature has %1 signers; exactly one is expected.</source>
        <translation>La signature a %1 signataires&#xa0;; un seul est attendu.</translation>
    </message>
    <message>
        <source>The signature does not match the signed bytes (%1).</source>
        <translation>La signature ne correspond pas aux octets signés (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>Le certificat du signataire ne figure pas dans la signature.</translation>
    </message>
    <message>
        <source>The signature&apos;s signing-certificate attribute does not match the signer&apos;s certificate.</source>
        <translation>L&apos;attribut signing-certificate de la signature ne correspond pas au certificat du signataire.</translation>
    </message>
    <message>
        <source>Out of memory while verifying the signature.</source>
        <translation>Mémoire insuffisante pendant la vérification de la signature.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de traitement</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Mesures de l&apos;annexe A</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Vraisemblance résiduelle</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Impact résiduel</translation>
    </message>
    <message>
        <source>Residual risk accepted</source>
        <translation>Risque résiduel accepté</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Référence du client</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Preuve objective</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Relevé par</translation>
    </message>
    <message>
        <source>The mapping names the field &quot;%1&quot;, which a %2 does not have; known fields: %3.</source>
        <translation>Le mappage nomme le champ «&#xa0;%1&#xa0;», qui n&apos;existe pas pour un(e) %2&#xa0;; champs connus&#xa0;: %3.</translation>
    </message>
    <message>
        <source>None of the mapping&apos;s column headers appear in the table.</source>
        <translation>Aucun des en-têtes de colonne du mappage ne figure dans le tableau.</translation>
    </message>
    <message>
        <source>Could not open the mapping %1: %2</source>
        <translation>Impossible d&apos;ouvrir le mappage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>Le mappage %1 n&apos;est pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the mapping %1: %2</source>
        <translation>Impossible d&apos;écrire le mappage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Manuel ou automatisé</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Contrôle clé</translation>
    </message>
    <message>
        <source>Trust Services Criteria</source>
        <translation>Trust Services Criteria</translation>
    </message>
</context>
<context>
    <name>ControlMatrixValues</name>
    <message>
        <source>&quot;%1&quot; does not say how often the control operates, which is what a sample is sized by; it is not imported: the control keeps its frequency (a new control starts as &quot;as needed&quot;) until you choose one (record an automated control as automated).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique pas à quelle fréquence le contrôle fonctionne, alors que c&apos;est elle qui détermine la taille de l&apos;échantillon&#xa0;; la valeur n&apos;est pas importée&#xa0;: le contrôle conserve sa fréquence (un nouveau contrôle reçoit d&apos;abord «&#xa0;au besoin&#xa0;») jusqu&apos;à ce que vous en choisissiez une (enregistrez un contrôle automatisé comme automatisé).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frequency IsoAudit can read without guessing (annual, quarterly, monthly, weekly, daily, several times a day, as needed); it is not imported: the control keeps its frequency (a new control starts as &quot;as needed&quot;) until you choose one.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une fréquence qu&apos;IsoAudit peut lire sans deviner (annuelle, trimestrielle, mensuelle, hebdomadaire, quotidienne, plusieurs fois par jour, au besoin)&#xa0;; la valeur n&apos;est pas importée&#xa0;: le contrôle conserve sa fréquence (un nouveau contrôle reçoit d&apos;abord «&#xa0;au besoin&#xa0;») jusqu&apos;à ce que vous en choisissiez une.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither manual nor automated (an IT-dependent manual or semi-automated control is yours to classify); it is not imported: the control keeps its classification (a new control starts as manual) until you choose one.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni manuel ni automatisé (c&apos;est à vous de classer un contrôle manuel dépendant de l&apos;informatique ou un contrôle semi-automatisé)&#xa0;; la valeur n&apos;est pas importée&#xa0;: le contrôle conserve sa classification (un nouveau contrôle est d&apos;abord manuel) jusqu&apos;à ce que vous en choisissiez une.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services Criterion; it is not linked.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un critère relatif aux services de confiance&#xa0;; aucun lien n&apos;est créé.</translation>
    </message>
    <message>
        <source>The cell names no Trust Services Criterion.</source>
        <translation>La cellule ne nomme aucun critère relatif aux services de confiance.</translation>
    </message>
</context>
<context>
    <name>CorrectiveActions</name>
    <message>
        <source>Finding %1 is graded %2; only major and minor nonconformities take corrective action.</source>
        <translation>Le constat %1 est classé %2&#xa0;; seules les non-conformités majeures et mineures donnent lieu à une action corrective.</translation>
    </message>
    <message>
        <source>The deadline for a major nonconformity&apos;s corrective action must be %1 to %2 days; %3 is not.</source>
        <translation>Le délai de l&apos;action corrective d&apos;une non-conformité majeure doit être de %1 à %2 jours&#xa0;; %3 ne convient pas.</translation>
    </message>
    <message>
        <source>The deadline for a minor nonconformity&apos;s action plan must be %1 to %2 days; %3 is not.</source>
        <translation>Le délai du plan d&apos;actions d&apos;une non-conformité mineure doit être de %1 à %2 jours&#xa0;; %3 ne convient pas.</translation>
    </message>
    <message>
        <source>There is no finding %1 in this audit.</source>
        <translation>Cet audit ne comporte pas de constat %1.</translation>
    </message>
    <message>
        <source>A corrective action&apos;s status must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>Le statut d&apos;une action corrective doit être l&apos;un des suivants&#xa0;: %1&#xa0;; «&#xa0;%2&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>Say who changes the corrective action&apos;s status; it is kept in its history.</source>
        <translation>Indiquez qui modifie le statut de l&apos;action corrective&#xa0;; cette information est conservée dans son historique.</translation>
    </message>
    <message>
        <source>Major nonconformity %1 must be verified within six months of this Stage 2&apos;s last day, by %2; %3 is later. After that date another Stage 2 is needed before certification can be recommended.</source>
        <translation>La non-conformité majeure %1 doit être vérifiée dans les six mois suivant le dernier jour de cet audit d&apos;étape 2, soit au plus tard le %2&#xa0;; l&apos;échéance %3 est postérieure. Passé cette date, un nouvel audit d&apos;étape 2 est nécessaire avant de pouvoir recommander la certification.</translation>
    </message>
    <message>
        <source>A corrective action cannot go from %1 to %2; the order is %3, %4, %5, %6, then %7 or %8.</source>
        <translation>Une action corrective ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»&#xa0;; l&apos;ordre est le suivant&#xa0;: %3, %4, %5, %6, puis %7 ou %8.</translation>
    </message>
</context>
<context>
    <name>CrossChecks</name>
    <message>
        <source>Risk %1 scores %2, above the acceptance threshold %3, and has no treatment.</source>
        <translation>Le risque %1 a un score de %2, supérieur au seuil d&apos;acceptation %3, et n&apos;a pas de traitement.</translation>
    </message>
    <message>
        <source>A risk above the client&apos;s own acceptance criteria left without treatment means the risk treatment process (6.1.3, 8.3) is not achieving its intended result.</source>
        <translation>Un risque dépassant les propres critères d&apos;acceptation du client et laissé sans traitement signifie que le processus de traitement des risques (6.1.3, 8.3) n&apos;atteint pas le résultat attendu.</translation>
    </message>
    <message>
        <source>Risk %1 is to be mitigated but names no Annex A control.</source>
        <translation>Le risque %1 doit être réduit mais ne cite aucune mesure de l&apos;annexe A.</translation>
    </message>
    <message>
        <source>Risk register entry %1: treatment &quot;mitigate&quot;, no controls chosen.</source>
        <translation>Registre des risques, entrée %1&#xa0;: traitement «&#xa0;réduire&#xa0;», aucune mesure choisie.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 b) requires the controls needed to implement the treatment to be determined; one register entry lacks them.</source>
        <translation>L&apos;article 6.1.3 b) exige de déterminer les mesures nécessaires à la mise en œuvre du traitement&#xa0;; une entrée du registre ne les indique pas.</translation>
    </message>
    <message>
        <source>Risk %1 is treated with control %2, which the SoA marks not applicable.</source>
        <translation>Le risque %1 est traité par la mesure %2, que la DdA déclare non applicable.</translation>
    </message>
    <message>
        <source>Risk register entry %1 lists control %2; SoA entry %2: not applicable (&quot;%3&quot;).</source>
        <translation>Registre des risques, entrée %1&#xa0;: mesure %2 citée&#xa0;; DdA, entrée %2&#xa0;: non applicable («&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>The SoA and the risk treatment plan disagree (6.1.3 d); the control cannot both treat a risk and be excluded.</source>
        <translation>La DdA et le plan de traitement des risques divergent (6.1.3 d)&#xa0;; une mesure ne peut pas à la fois traiter un risque et être exclue.</translation>
    </message>
    <message>
        <source>Risk %1 keeps a residual score of %2, above the acceptance threshold %3, without the risk owner&apos;s acceptance.</source>
        <translation>Le risque %1 conserve un score résiduel de %2, supérieur au seuil d&apos;acceptation %3, sans acceptation par le propriétaire du risque.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 f) requires the risk owners&apos; acceptance of residual risk; the gap is in one register entry.</source>
        <translation>L&apos;article 6.1.3 f) exige l&apos;acceptation des risques résiduels par les propriétaires des risques&#xa0;; l&apos;écart porte sur une entrée du registre.</translation>
    </message>
    <message>
        <source>Control %1 is applicable, but no risk is treated with it and the SoA states no other reason (legal, contractual, business) for including it.</source>
        <translation>La mesure %1 est applicable, mais aucun risque n&apos;est traité par elle et la DdA n&apos;indique aucune autre raison (légale, contractuelle, métier) de l&apos;inclure.</translation>
    </message>
    <message>
        <source>SoA entry %1: applicable, no justification; no risk register entry lists it.</source>
        <translation>DdA, entrée %1&#xa0;: applicable, sans justification&#xa0;; aucune entrée du registre des risques ne la cite.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires a justification for every included control; one SoA entry lacks it.</source>
        <translation>L&apos;article 6.1.3 d) exige une justification pour chaque mesure incluse&#xa0;; une entrée de la DdA n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Control %1 is excluded from the SoA without a justification.</source>
        <translation>La mesure %1 est exclue de la DdA sans justification.</translation>
    </message>
    <message>
        <source>SoA entry %1: not applicable, justification empty.</source>
        <translation>DdA, entrée %1&#xa0;: non applicable, justification vide.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires the justification of every exclusion; one SoA entry lacks it.</source>
        <translation>L&apos;article 6.1.3 d) exige la justification de chaque exclusion&#xa0;; une entrée de la DdA n&apos;en a pas.</translation>
    </message>
    <message numerus="yes">
        <source>The SoA does not state whether %n control(s) apply: %1.</source>
        <translation>
            <numerusform>La DdA n&apos;indique pas si %n mesure est applicable&#xa0;: %1.</numerusform>
            <numerusform>La DdA n&apos;indique pas si %n mesures sont applicables&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of Applicability: no applicability stated for %1.</source>
        <translation>Déclaration d&apos;applicabilité&#xa0;: applicabilité non indiquée pour %1.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires the SoA to cover all 93 Annex A controls; a documentation gap that does not by itself show the ISMS failing.</source>
        <translation>L&apos;article 6.1.3 d) exige que la DdA couvre les 93 mesures de l&apos;annexe A&#xa0;; lacune documentaire qui, à elle seule, ne montre pas une défaillance du SMSI.</translation>
    </message>
    <message>
        <source>There is no current cross-check result &quot;%1&quot; (see isoaudit-cli crosscheck).</source>
        <translation>Il n&apos;existe pas de résultat de contrôle de cohérence actuel «&#xa0;%1&#xa0;» (voir isoaudit-cli crosscheck).</translation>
    </message>
    <message>
        <source>Risk above the acceptance threshold with no treatment</source>
        <translation>Risque au-dessus du seuil d&apos;acceptation sans traitement</translation>
    </message>
    <message>
        <source>Risk to be mitigated with no Annex A control</source>
        <translation>Risque à réduire sans mesure de l&apos;annexe A</translation>
    </message>
    <message>
        <source>Risk treated with a control the SoA marks not applicable</source>
        <translation>Risque traité par une mesure déclarée non applicable dans la DdA</translation>
    </message>
    <message>
        <source>Applicable control with no linked risk and no stated reason</source>
        <translation>Mesure applicable sans risque associé ni raison indiquée</translation>
    </message>
    <message>
        <source>Exclusion without justification</source>
        <translation>Exclusion sans justification</translation>
    </message>
    <message>
        <source>SoA does not cover all 93 Annex A controls</source>
        <translation>La DdA ne couvre pas les 93 mesures de l&apos;annexe A</translation>
    </message>
    <message>
        <source>Residual risk above the threshold, not accepted</source>
        <translation>Risque résiduel au-dessus du seuil, non accepté</translation>
    </message>
    <message>
        <source>Cross-check result %1 is already raised as finding %2.</source>
        <translation>Le résultat de contrôle de cohérence %1 a déjà été émis comme constat %2.</translation>
    </message>
    <message>
        <source>Cross-check result %1 was dismissed (&quot;%2&quot;); withdraw the dismissal before raising it.</source>
        <translation>Le résultat de contrôle de cohérence %1 a été écarté («&#xa0;%2&#xa0;»)&#xa0;; annulez ce rejet avant de l&apos;émettre.</translation>
    </message>
    <message>
        <source>This audit already has a finding %1; choose another reference.</source>
        <translation>Cet audit comporte déjà un constat %1&#xa0;; choisissez une autre référence.</translation>
    </message>
    <message>
        <source>Dismissing cross-check result %1 needs a reason, which is kept with the audit.</source>
        <translation>Écarter le résultat de contrôle de cohérence %1 nécessite un motif, qui est conservé avec l&apos;audit.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is raised as finding %2; delete the finding to dismiss it instead.</source>
        <translation>Le résultat de contrôle de cohérence %1 a été émis comme constat %2&#xa0;; supprimez plutôt le constat pour l&apos;écarter.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is already dismissed.</source>
        <translation>Le résultat de contrôle de cohérence %1 est déjà écarté.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is not dismissed.</source>
        <translation>Le résultat de contrôle de cohérence %1 n&apos;est pas écarté.</translation>
    </message>
    <message>
        <source>likelihood and impact</source>
        <translation>la vraisemblance et l&apos;impact</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>la vraisemblance</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>l&apos;impact</translation>
    </message>
    <message>
        <source>Risk %1 is not rated: its %2 is not stated, so its level of risk cannot be compared with the acceptance criteria.</source>
        <translation>Le risque %1 n&apos;est pas coté&#xa0;: il manque %2, si bien que son niveau de risque ne peut pas être comparé aux critères d&apos;acceptation des risques.</translation>
    </message>
    <message>
        <source>Risk register entry %1: %2 not stated.</source>
        <translation>Registre des risques, entrée %1&#xa0;: il manque %2.</translation>
    </message>
    <message>
        <source>Clause 6.1.2 d) requires each identified risk to be analysed (its consequences and likelihood assessed and its level determined); one register entry is not.</source>
        <translation>L&apos;article 6.1.2 d) exige que chaque risque identifié soit analysé (conséquences et vraisemblance appréciées, niveau de risque déterminé)&#xa0;; une entrée du registre ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Risk %1 names no risk owner.</source>
        <translation>Le risque %1 n&apos;a pas de propriétaire désigné.</translation>
    </message>
    <message>
        <source>Risk register entry %1: risk owner not stated.</source>
        <translation>Registre des risques, entrée %1&#xa0;: propriétaire du risque non indiqué.</translation>
    </message>
    <message>
        <source>Clause 6.1.2 c) 2) requires the risk owners to be identified; one register entry lacks its owner.</source>
        <translation>L&apos;article 6.1.2 c) 2) exige d&apos;identifier les propriétaires des risques&#xa0;; une entrée du registre n&apos;a pas de propriétaire.</translation>
    </message>
    <message>
        <source>Risk %1 scores %2, above the acceptance threshold %3, and is accepted without a residual rating.</source>
        <translation>Le risque %1 a un score de %2, supérieur au seuil d&apos;acceptation %3, et il est accepté sans cotation du risque résiduel.</translation>
    </message>
    <message>
        <source>Risk register entry %1: treatment &quot;accept&quot; at score %2 (threshold %3); residual likelihood and impact not stated.</source>
        <translation>Registre des risques, entrée %1&#xa0;: traitement «&#xa0;accepter&#xa0;» avec un score de %2 (seuil %3)&#xa0;; vraisemblance et impact résiduels non indiqués.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 e) and f) require the residual risk to be known and accepted by the risk owner; an acceptance above the client&apos;s own criteria with no residual rating leaves that open for one entry.</source>
        <translation>L&apos;article 6.1.3 e) et f) exige que le risque résiduel soit connu et accepté par le propriétaire du risque&#xa0;; une acceptation au-delà des propres critères du client, sans cotation du risque résiduel, laisse ce point ouvert pour une entrée.</translation>
    </message>
    <message>
        <source>The residual risk of %1 was accepted by %2, not by its risk owner %3.</source>
        <translation>Le risque résiduel de %1 a été accepté par %2, et non par le propriétaire du risque, %3.</translation>
    </message>
    <message>
        <source>Risk register entry %1: risk owner %2; residual risk accepted by %3.</source>
        <translation>Registre des risques, entrée %1&#xa0;: propriétaire du risque %2&#xa0;; risque résiduel accepté par %3.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 f) requires the risk owners to approve the treatment plan and accept the residual risk; dismiss the result if %1 acts for the owner under a documented delegation.</source>
        <translation>L&apos;article 6.1.3 f) exige que les propriétaires des risques approuvent le plan de traitement et acceptent les risques résiduels&#xa0;; écartez le résultat si %1 agit pour le compte du propriétaire en vertu d&apos;une délégation documentée.</translation>
    </message>
    <message>
        <source>Clause %1 requires documented information, and no document or record linked to it is recorded in this audit. Was it presented? Link what you sighted, or raise a finding if it was requested and not available.</source>
        <translation>L&apos;article %1 exige des informations documentées, et aucun document ni enregistrement lié à cet article n&apos;est consigné dans cet audit. Ont-elles été présentées&#xa0;? Liez ce que vous avez consulté, ou émettez un constat si elles ont été demandées et n&apos;étaient pas disponibles.</translation>
    </message>
    <message>
        <source>State which documented information for clause %1 was requested, from whom, and what was presented.</source>
        <translation>Indiquez quelles informations documentées ont été demandées pour l&apos;article %1, à qui, et ce qui a été présenté.</translation>
    </message>
    <message>
        <source>Documented information that is missing while the process itself operates is suggested as minor. If the process the clause requires is absent, the capability of the management system to achieve its intended results is in doubt: grade it major (ISO/IEC 17021-1 definition of a major nonconformity).</source>
        <translation>Des informations documentées manquantes alors que le processus lui-même fonctionne donnent lieu à une proposition de non-conformité mineure. Si le processus exigé par l&apos;article est absent, l&apos;aptitude du système de management à atteindre les résultats attendus est mise en doute&#xa0;: classez alors la non-conformité comme majeure (définition de la non-conformité majeure selon l&apos;ISO/IEC 17021-1).</translation>
    </message>
    <message>
        <source>Required documented information not linked to any evidence</source>
        <translation>Informations documentées exigées sans preuve liée</translation>
    </message>
    <message>
        <source>Risk with no likelihood or impact rating</source>
        <translation>Risque sans cotation de vraisemblance ou d&apos;impact</translation>
    </message>
    <message>
        <source>Risk with no risk owner</source>
        <translation>Risque sans propriétaire</translation>
    </message>
    <message>
        <source>Risk above the threshold accepted with no residual rating</source>
        <translation>Risque au-dessus du seuil accepté sans cotation du risque résiduel</translation>
    </message>
    <message>
        <source>Residual risk accepted by someone other than its owner</source>
        <translation>Risque résiduel accepté par une autre personne que son propriétaire</translation>
    </message>
    <message>
        <source>A finding&apos;s grade in this audit must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>Dans cet audit, la classification d&apos;un constat doit être l&apos;une des suivantes&#xa0;: %1&#xa0;; «&#xa0;%2&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>Risk register entry %1: %2; treatment option not stated.</source>
        <translation>Registre des risques, entrée %1&#xa0;: %2&#xa0;; option de traitement non indiquée.</translation>
    </message>
    <message>
        <source>Risk register entry %1: residual %2; no acceptance by the owner (%3) recorded.</source>
        <translation>Registre des risques, entrée %1&#xa0;: risque résiduel (%2)&#xa0;; aucune acceptation par le propriétaire (%3) enregistrée.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1 opens a quoted field that is never closed.</source>
        <translation>La ligne %1 ouvre un champ entre guillemets qui n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB; split it before importing.</source>
        <translation>%1 dépasse 256 Mo&#xa0;; scindez-le avant de l&apos;importer.</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>Le tableau</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.</source>
        <translation>%1 est une archive zip (un classeur Excel&#xa0;?), et non un fichier CSV&#xa0;; enregistrez-le au format .xlsx.</translation>
    </message>
    <message>
        <source>%1 is not a text table (CSV): it holds binary data.</source>
        <translation>%1 n&apos;est pas un tableau texte (CSV)&#xa0;: il contient des données binaires.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <translation>CSV, %1, %2</translation>
    </message>
</context>
<context>
    <name>CsvStream</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.</source>
        <translation>%1 est une archive zip (un classeur Excel&#xa0;?), et non un fichier CSV&#xa0;; enregistrez-le au format .xlsx.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CyclePlan</name>
    <message>
        <source>Surveillance 1</source>
        <translation>Audit de surveillance 1</translation>
    </message>
    <message>
        <source>Surveillance 2</source>
        <translation>Audit de surveillance 2</translation>
    </message>
</context>
<context>
    <name>DemoAudit</name>
    <message>
        <source>The demo audit is missing from this build of IsoAudit (%1).</source>
        <translation>L&apos;audit de démonstration est absent de cette version d&apos;IsoAudit (%1).</translation>
    </message>
    <message>
        <source>No folder was given for the demo audit.</source>
        <translation>Aucun dossier n&apos;a été indiqué pour l&apos;audit de démonstration.</translation>
    </message>
    <message>
        <source>The folder %1 for the demo audit cannot be created.</source>
        <translation>Le dossier %1 de l&apos;audit de démonstration ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The demo audit could not be created in %1: %2</source>
        <translation>L&apos;audit de démonstration n&apos;a pas pu être créé dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EarlierFindings</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Raised again: the correction and corrective action of %1 (raised at %2 on %3) were not effective.</source>
        <translation>Non-conformité émise à nouveau&#xa0;: la correction et l&apos;action corrective relatives à %1 (émise le %3, %2) n&apos;ont pas été efficaces.</translation>
    </message>
    <message>
        <source>%1 names more than one earlier nonconformity; name it as REF@REPORT: %2.</source>
        <translation>%1 désigne plusieurs non-conformités antérieures&#xa0;; précisez laquelle sous la forme REF@REPORT&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This audit carries no earlier nonconformities to verify.</source>
        <translation>Cet audit ne reprend aucune non-conformité antérieure à vérifier.</translation>
    </message>
    <message>
        <source>No earlier nonconformity %1; this audit carries: %2.</source>
        <translation>Aucune non-conformité antérieure %1&#xa0;; cet audit reprend&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;; use one of: %2.</source>
        <translation>Appréciation «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Raised again: the correction and corrective action of %1 (raised at %2) were not effective.</source>
        <translation>Non-conformité émise à nouveau&#xa0;: la correction et l&apos;action corrective relatives à %1 (origine&#xa0;: %2) n&apos;ont pas été efficaces.</translation>
    </message>
</context>
<context>
    <name>EarlierVerification</name>
    <message>
        <source>Unknown verdict &quot;%1&quot;.</source>
        <translation>Appréciation «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>%1 passed through a special audit; it is verified at the next audit.</source>
        <translation>%1 a été reportée lors d&apos;un audit spécial&#xa0;; elle sera vérifiée lors du prochain audit.</translation>
    </message>
    <message>
        <source>Clear the verdict on %1</source>
        <translation>Effacer l&apos;appréciation de %1</translation>
    </message>
    <message>
        <source>Verify %1: %2</source>
        <translation>Vérifier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>A new engagement needs the service organization&apos;s name.</source>
        <translation>Une nouvelle mission nécessite le nom de la société de services.</translation>
    </message>
    <message>
        <source>A new engagement needs the engagement lead&apos;s name.</source>
        <translation>Une nouvelle mission nécessite le nom du responsable de la mission.</translation>
    </message>
    <message>
        <source>Unknown SOC 2 report type &quot;%1&quot;; use type1 or type2.</source>
        <translation>Type de rapport SOC 2 inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez type1 ou type2.</translation>
    </message>
    <message>
        <source>A Type 2 engagement needs the start and the end of the period it reports on.</source>
        <translation>Une mission de type 2 nécessite le début et la fin de la période couverte par le rapport.</translation>
    </message>
    <message>
        <source>The period ends (%1) on or before it starts (%2).</source>
        <translation>La fin de la période (%1) n&apos;est pas postérieure à son début (%2).</translation>
    </message>
    <message>
        <source>A Type 1 engagement needs the date its report speaks as of.</source>
        <translation>Une mission de type 1 nécessite la date de référence de son rapport.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services category; use %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie de services de confiance&#xa0;; utilisez %2.</translation>
    </message>
</context>
<context>
    <name>EngagementData</name>
    <message>
        <source>This audit is not a SOC 2 engagement (its framework is %1).</source>
        <translation>Cet audit n&apos;est pas une mission SOC 2 (son référentiel est %1).</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>Did not occur</source>
        <translation>Sans occurrence</translation>
    </message>
</context>
<context>
    <name>ExceptionRollup</name>
    <message>
        <source>There is no control %1 in this engagement.</source>
        <translation>Cette mission ne comporte aucun contrôle %1.</translation>
    </message>
    <message>
        <source>Control %1 has no exceptions to assess: none of its sample items or tests found a deviation.</source>
        <translation>Le contrôle %1 n&apos;a aucune exception à évaluer&#xa0;: aucun élément de ses échantillons ni aucun de ses tests n&apos;a relevé d&apos;écart.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 doit être un nombre entier, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 doit être compris entre %2 et %3, et non %4.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 doit être true ou false, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 doit être une date au format AAAA-MM-JJ, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO 8601 (YYYY-MM-DDThh:mm), not &quot;%2&quot;.</source>
        <translation>%1 doit être une date et une heure au format ISO 8601 (AAAA-MM-JJThh:mm), et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit être l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2; &quot;%3&quot; is not.</source>
        <translation>%1 doit être l&apos;une des valeurs suivantes&#xa0;: %2&#xa0;; «&#xa0;%3&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 n&apos;est pas un JSON valide&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>FileImage</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the table %1: %2</source>
        <translation>Impossible de lire la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The audit is in file format %1, newer than this IsoAudit (format %2): update IsoAudit.</source>
        <translation>L&apos;audit est au format de fichier %1, plus récent que celui de cette version d&apos;IsoAudit (format %2)&#xa0;: mettez IsoAudit à jour.</translation>
    </message>
    <message>
        <source>The audit is in file format %1, older than this IsoAudit&apos;s (format %2): push it again with this version.</source>
        <translation>L&apos;audit est au format de fichier %1, plus ancien que celui de cette version d&apos;IsoAudit (format %2)&#xa0;: envoyez-le de nouveau avec cette version.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the table %1 is not in this file format (%2)</source>
        <translation>la table %1 n&apos;existe pas dans ce format de fichier (%2)</translation>
    </message>
    <message>
        <source>a row of %1 has %2 values for %3 columns</source>
        <translation>une ligne de %1 compte %2 valeurs pour %3 colonnes</translation>
    </message>
    <message>
        <source>a row of %1 was refused: %2</source>
        <translation>une ligne de %1 a été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>a row of %1 refers to a record that is not in the audit</source>
        <translation>une ligne de %1 renvoie à un enregistrement absent de l&apos;audit</translation>
    </message>
    <message>
        <source>its audit trail does not verify (%1)</source>
        <translation>la vérification de son journal des modifications échoue (%1)</translation>
    </message>
    <message>
        <source>the finished file could not be renamed into place</source>
        <translation>le fichier terminé n&apos;a pas pu être renommé à son emplacement définitif</translation>
    </message>
</context>
<context>
    <name>FindingClassifier</name>
    <message>
        <source>The nature of a nonconformity must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>La nature d&apos;une non-conformité doit être l&apos;une des suivantes&#xa0;: %1&#xa0;; «&#xa0;%2&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>Give both the samples that failed and the samples taken, or neither.</source>
        <translation>Indiquez à la fois les échantillons non conformes et les échantillons prélevés, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Sample counts cannot be negative.</source>
        <translation>Le nombre d&apos;échantillons ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 samples cannot fail out of %2 taken.</source>
        <translation>%1 échantillons ne peuvent pas être non conformes sur %2 prélevés.</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Constat %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 samples failed.</source>
        <translation>Échantillons non conformes&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>ISO/IEC 17021-1 defines a major nonconformity as one that affects the capability of the management system to achieve its intended results.</source>
        <translation>L&apos;ISO/IEC 17021-1 définit une non-conformité majeure comme une non-conformité qui affecte l&apos;aptitude du système de management à atteindre les résultats attendus.</translation>
    </message>
    <message>
        <source>Major: the process the requirement calls for is absent, so the capability of the management system to achieve its intended results is in doubt.</source>
        <translation>Non-conformité majeure&#xa0;: le processus requis par l&apos;exigence est absent&#xa0;; l&apos;aptitude du système de management à atteindre les résultats attendus est donc mise en doute.</translation>
    </message>
    <message>
        <source>Major: the requirement has broken down across instances, not in one, which gives significant doubt that effective process control is in place.</source>
        <translation>Non-conformité majeure&#xa0;: l&apos;exigence n&apos;est pas satisfaite dans plusieurs cas, et non dans un seul, ce qui fait naître un doute important quant à l&apos;efficacité de la maîtrise du processus.</translation>
    </message>
    <message>
        <source>Major: you recorded significant doubt that the ISMS can achieve its intended results.</source>
        <translation>Non-conformité majeure&#xa0;: vous avez consigné un doute important quant à l&apos;aptitude du SMSI à atteindre les résultats attendus.</translation>
    </message>
    <message>
        <source>Major by the certification body&apos;s sampling policy, not by ISO/IEC 17021-1 (which sets no failure rate): %1 of %2 samples failed, more than the policy&apos;s %3 %. Grade minor if the failures share one isolated cause and the capability of the ISMS is not in doubt.</source>
        <translation>Non-conformité majeure selon la politique d&apos;échantillonnage de l&apos;organisme de certification, et non selon l&apos;ISO/IEC 17021-1 (qui ne fixe aucun taux d&apos;échec)&#xa0;: la part d&apos;échantillons non conformes (%1 sur %2) dépasse les %3&#xa0;% fixés par cette politique. Classez le constat en non-conformité mineure si les défaillances ont une seule et même cause isolée et que l&apos;aptitude du SMSI n&apos;est pas mise en doute.</translation>
    </message>
    <message>
        <source>Minor: the requirement is not fulfilled in an isolated instance, and the capability of the ISMS to achieve its intended results is not affected (ISO/IEC 17021-1 minor nonconformity).</source>
        <translation>Non-conformité mineure&#xa0;: l&apos;exigence n&apos;est pas satisfaite dans un cas isolé, et l&apos;aptitude du SMSI à atteindre les résultats attendus n&apos;est pas affectée (non-conformité mineure au sens de l&apos;ISO/IEC 17021-1).</translation>
    </message>
    <message>
        <source>The sampling policy&apos;s failure rate must be 1 to 100 %; %1 is not.</source>
        <translation>Le taux d&apos;échec de la politique d&apos;échantillonnage doit être compris entre 1 et 100&#xa0;%&#xa0;; %1 ne convient pas.</translation>
    </message>
    <message>
        <source>The sampling policy needs at least one failed sample; %1 is not enough.</source>
        <translation>La politique d&apos;échantillonnage exige au moins un échantillon non conforme&#xa0;; %1 ne suffit pas.</translation>
    </message>
    <message>
        <source>Say whether the required process is absent, operates without the documented information required, has broken down systemically, or shows an isolated lapse; the grade follows from that.</source>
        <translation>Indiquez si le processus exigé est absent, s&apos;il fonctionne sans les informations documentées requises, s&apos;il connaît une défaillance systémique ou s&apos;il présente un manquement isolé&#xa0;; la classification en découle.</translation>
    </message>
    <message>
        <source>Minor: the process operates, but the documented information the requirement calls for is missing; that alone does not affect the capability of the ISMS to achieve its intended results (ISO/IEC 17021-1 minor nonconformity). Grade major if the missing information puts effective process control in doubt.</source>
        <translation>Non-conformité mineure&#xa0;: le processus fonctionne, mais les informations documentées que requiert l&apos;exigence font défaut&#xa0;; cela seul n&apos;affecte pas l&apos;aptitude du SMSI à atteindre les résultats attendus (non-conformité mineure au sens de l&apos;ISO/IEC 17021-1). Classez le constat en non-conformité majeure si l&apos;absence de ces informations met en doute l&apos;efficacité de la maîtrise du processus.</translation>
    </message>
    <message>
        <source>a major nonconformity</source>
        <translation>une non-conformité majeure</translation>
    </message>
    <message>
        <source>a minor nonconformity</source>
        <translation>une non-conformité mineure</translation>
    </message>
    <message>
        <source>Area of concern: a Stage 1 audit identifies areas of concern that could be classified as nonconformities at Stage 2 (ISO/IEC 17021-1 9.3.1.2.2). At Stage 2 this would be %1. %2</source>
        <translation>Point de vigilance&#xa0;: un audit d&apos;étape 1 identifie les points de vigilance susceptibles d&apos;être classés en non-conformités lors de l&apos;étape 2 (ISO/IEC 17021-1 9.3.1.2.2). À l&apos;étape 2, ce constat serait classé comme %1. %2</translation>
    </message>
</context>
<context>
    <name>HeatMapPainter</name>
    <message>
        <source>The client&apos;s risk method defines no likelihood or impact levels.</source>
        <translation>La méthode d&apos;appréciation des risques du client ne définit aucun niveau de vraisemblance ou d&apos;impact.</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Vraisemblance ↑</translation>
    </message>
    <message>
        <source>Heavy line: the client&apos;s acceptance threshold (scores up to %1 are acceptable).</source>
        <translation>Trait épais&#xa0;: seuil d&apos;acceptation du client (les scores jusqu&apos;à %1 sont acceptables).</translation>
    </message>
    <message>
        <source>The client&apos;s method states no acceptance threshold.</source>
        <translation>La méthode du client n&apos;indique aucun seuil d&apos;acceptation.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) plotted</source>
        <translation>
            <numerusform>%n risque représenté</numerusform>
            <numerusform>%n risques représentés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a rating not plotted</source>
        <translation>
            <numerusform>%n sans cotation non représenté</numerusform>
            <numerusform>%n sans cotation non représentés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %1 (%n rows)</source>
        <translation>
            <numerusform>Importer %1 (%n ligne)</numerusform>
            <numerusform>Importer %1 (%n lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>column %1 &quot;%2&quot;: not imported</source>
        <translation>colonne %1 «&#xa0;%2&#xa0;»&#xa0;: non importée</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; -&gt; %3</source>
        <translation>colonne %1 «&#xa0;%2&#xa0;» -&gt; %3</translation>
    </message>
    <message>
        <source>%1: %2 data rows read; %3 new, %4 updated; %5 problems in the row report.</source>
        <translation>%1&#xa0;: %2 lignes de données lues&#xa0;; %3 nouvelles, %4 mises à jour&#xa0;; %5 problèmes dans le rapport par ligne.</translation>
    </message>
    <message>
        <source>row %1: %2 (ISO/IEC 27001:2013) read as A.%3 (2022)</source>
        <translation>ligne %1&#xa0;: %2 (ISO/IEC 27001:2013) lu comme A.%3 (2022)</translation>
    </message>
    <message>
        <source>The SoA does not cover %1 of the 93 Annex A controls; they are left as they were: %2</source>
        <translation>La DdA ne couvre pas %1 des 93 mesures de l&apos;annexe A&#xa0;; elles restent inchangées&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1, column %2 &quot;%3&quot;, value &quot;%4&quot;: %5</source>
        <translation>ligne %1, colonne %2 «&#xa0;%3&#xa0;», valeur «&#xa0;%4&#xa0;»&#xa0;: %5</translation>
    </message>
    <message>
        <source>read: %1; header row %2</source>
        <translation>lu&#xa0;: %1&#xa0;; ligne d&apos;en-tête %2</translation>
    </message>
    <message>
        <source>2013 numbering mapped to 2022:</source>
        <translation>Numérotation 2013 convertie en 2022&#xa0;:</translation>
    </message>
    <message>
        <source>row report:</source>
        <translation>rapport par ligne&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>The lifecycle state and the report revision change only by advancing or reopening the audit, which checks the workflow rules.</source>
        <translation>Le statut et la révision du rapport ne changent qu&apos;en faisant avancer ou en rouvrant l&apos;audit, ce qui vérifie les règles du processus.</translation>
    </message>
    <message>
        <source>The audit is signed: the signed report is the record and cannot change. Reopen the audit with a reason to make changes.</source>
        <translation>L&apos;audit est signé&#xa0;: le rapport signé fait foi et ne peut pas être modifié. Rouvrez l&apos;audit en indiquant un motif pour apporter des modifications.</translation>
    </message>
    <message numerus="yes">
        <source>The audit cannot move to %1: %n rule(s) are not met.</source>
        <translation>
            <numerusform>L&apos;audit ne peut pas passer au statut %1&#xa0;: %n règle n&apos;est pas respectée.</numerusform>
            <numerusform>L&apos;audit ne peut pas passer au statut %1&#xa0;: %n règles ne sont pas respectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>An audit advances to fieldwork or reporting, not &quot;%1&quot;.</source>
        <translation>Un audit passe au statut fieldwork ou reporting, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An audit becomes signed by signing its report: use `isoaudit-cli sign` or Report ▸ Sign report…</source>
        <translation>Un audit devient signé par la signature de son rapport&#xa0;: utilisez `isoaudit-cli sign` ou Rapport ▸ Signer le rapport…</translation>
    </message>
    <message>
        <source>The audit is already in %1.</source>
        <translation>L&apos;audit est déjà au statut %1.</translation>
    </message>
    <message>
        <source>The audit is in %1; it can only advance to %2, one step at a time.</source>
        <translation>L&apos;audit est au statut %1&#xa0;; il ne peut passer qu&apos;au statut suivant&#xa0;: %2, une étape à la fois.</translation>
    </message>
    <message>
        <source>nothing (reopen it first)</source>
        <translation>aucun (rouvrez-le d&apos;abord)</translation>
    </message>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Seul un audit au statut Rédaction du rapport peut être signé&#xa0;; celui-ci est au statut %1.</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name and the time of signing.</source>
        <translation>Une signature nécessite le nom du signataire et l&apos;heure de signature.</translation>
    </message>
    <message>
        <source>Only a signed audit can be reopened; this one is in %1.</source>
        <translation>Seul un audit signé peut être rouvert&#xa0;; celui-ci est au statut %1.</translation>
    </message>
    <message>
        <source>Reopening a signed audit needs a reason; it is kept with the signed revision.</source>
        <translation>La réouverture d&apos;un audit signé nécessite un motif&#xa0;; il est conservé avec la révision signée.</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>The audit is signed; there is no further step.</source>
        <translation>L&apos;audit est signé&#xa0;; il n&apos;y a pas d&apos;étape suivante.</translation>
    </message>
    <message>
        <source>The audit was opened read-only; its state cannot change.</source>
        <translation>L&apos;audit a été ouvert en lecture seule&#xa0;; son statut ne peut pas changer.</translation>
    </message>
    <message>
        <source>Reopening a signed audit needs a reason; it is kept with the signed revision.</source>
        <translation>La réouverture d&apos;un audit signé nécessite un motif&#xa0;; il est conservé avec la révision signée.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 Annex A</source>
        <translation>ISO/IEC 27001, annexe A</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 clauses 4–10</source>
        <translation>ISO/IEC 27001, articles 4 à 10</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 %1</source>
        <translation>ISO/IEC 27001, %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Blocker (rule %1)</source>
        <translation>Blocage (règle %1)</translation>
    </message>
    <message>
        <source>Warning (rule %1)</source>
        <translation>Avertissement (règle %1)</translation>
    </message>
</context>
<context>
    <name>MergeSides</name>
    <message>
        <source>Push: Merge with the Repository&apos;s Version</source>
        <translation>Envoi&#xa0;: fusion avec la version du dépôt</translation>
    </message>
    <message>
        <source>Push to %1: Merge with the Repository&apos;s Version</source>
        <translation>Envoi vers %1&#xa0;: fusion avec la version du dépôt</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>This file against the repository&apos;s version: %1, no conflicts</source>
        <translation>Ce fichier par rapport à la version du dépôt&#xa0;: %1, aucun conflit</translation>
    </message>
    <message>
        <source>This file against the repository&apos;s version: %1, %2</source>
        <translation>Ce fichier par rapport à la version du dépôt&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change to take</source>
        <translation>
            <numerusform>%n modification à reprendre</numerusform>
            <numerusform>%n modifications à reprendre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to take</source>
        <translation>
            <numerusform>%n modification à reprendre</numerusform>
            <numerusform>%n modifications à reprendre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no conflicts</source>
        <translation>Dans %1&#xa0;: %2, aucun conflit</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>Dans %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Changes only one side made are taken as they are. For each conflict choose which version stands: the other stays in the history. Alt+M keeps the repository&apos;s version, Alt+T takes this file&apos;s, Alt+B keeps both texts; the arrow keys move through the list.</source>
        <translation>Les modifications faites d&apos;un seul côté sont reprises telles quelles. Pour chaque conflit, choisissez la version retenue&#xa0;: l&apos;autre reste dans l&apos;historique. Alt+M garde la version du dépôt, Alt+T prend celle de ce fichier, Alt+B garde les deux textes&#xa0;; les touches fléchées permettent de parcourir la liste.</translation>
    </message>
    <message>
        <source>Changes only one side made are taken as they are. For each conflict choose which version stands: the other stays in the history. Alt+M keeps mine, Alt+T takes theirs, Alt+B keeps both texts; the arrow keys move through the list.</source>
        <translation>Les modifications faites d&apos;un seul côté sont reprises telles quelles. Pour chaque conflit, choisissez la version retenue&#xa0;: l&apos;autre reste dans l&apos;historique. Alt+M garde la mienne, Alt+T prend la sienne, Alt+B garde les deux textes&#xa0;; les touches fléchées permettent de parcourir la liste.</translation>
    </message>
    <message>
        <source>Changes in this file</source>
        <translation>Modifications de ce fichier</translation>
    </message>
    <message>
        <source>Changes in the team member&apos;s copy</source>
        <translation>Modifications de la copie remise au membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Keep A&amp;ll the Repository&apos;s</source>
        <translation>&amp;Garder toutes celles du dépôt</translation>
    </message>
    <message>
        <source>Keep A&amp;ll Mine</source>
        <translation>&amp;Garder toutes les miennes</translation>
    </message>
    <message>
        <source>Keep the repository&apos;s version of every conflict</source>
        <translation>Garder la version du dépôt pour chaque conflit</translation>
    </message>
    <message>
        <source>Keep your file&apos;s version of every conflict</source>
        <translation>Garder la version de votre fichier pour chaque conflit</translation>
    </message>
    <message>
        <source>Take All from T&amp;his File</source>
        <translation>&amp;Prendre toutes celles de ce fichier</translation>
    </message>
    <message>
        <source>Take All T&amp;heirs</source>
        <translation>&amp;Prendre toutes les siennes</translation>
    </message>
    <message>
        <source>Take this file&apos;s version of every conflict</source>
        <translation>Prendre la version de ce fichier pour chaque conflit</translation>
    </message>
    <message>
        <source>Take the copy&apos;s version of every conflict</source>
        <translation>Prendre la version de la copie pour chaque conflit</translation>
    </message>
    <message>
        <source>Merge and Push</source>
        <translation>Fusionner et envoyer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge this file into the repository&apos;s version and push it; this file is then replaced by the merged audit</source>
        <translation>Fusionner ce fichier dans la version du dépôt et l&apos;envoyer&#xa0;; ce fichier est ensuite remplacé par l&apos;audit fusionné</translation>
    </message>
    <message>
        <source>Bring the changes into your file as one step (Ctrl+Z takes it back)</source>
        <translation>Intégrer les modifications à votre fichier en une seule étape (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>When last in sync</source>
        <translation>À la dernière synchronisation</translation>
    </message>
    <message>
        <source>At the fork</source>
        <translation>Au moment de la copie</translation>
    </message>
    <message>
        <source>The repository&apos;s version</source>
        <translation>La version du dépôt</translation>
    </message>
    <message>
        <source>Mine (your file)</source>
        <translation>La mienne (votre fichier)</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>La sienne (%1)</translation>
    </message>
    <message>
        <source>Keep the repository&apos;s</source>
        <translation>Garder celle du dépôt</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take this file&apos;s</source>
        <translation>Prendre celle de ce fichier</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la sienne</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Keep the record (the repository&apos;s changes)</source>
        <translation>Conserver l&apos;enregistrement (modifications du dépôt)</translation>
    </message>
    <message>
        <source>Keep the record (this file&apos;s changes)</source>
        <translation>Conserver l&apos;enregistrement (modifications de ce fichier)</translation>
    </message>
    <message>
        <source>the team member</source>
        <translation>le membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Keep the record (your changes)</source>
        <translation>Conserver l&apos;enregistrement (vos modifications)</translation>
    </message>
    <message>
        <source>Keep the record (%1&apos;s changes)</source>
        <translation>Conserver l&apos;enregistrement (modifications apportées par %1)</translation>
    </message>
    <message>
        <source>Delete it (as this file did)</source>
        <translation>Le supprimer (comme l&apos;a fait ce fichier)</translation>
    </message>
    <message>
        <source>Delete it (as the repository&apos;s version did)</source>
        <translation>Le supprimer (comme l&apos;a fait la version du dépôt)</translation>
    </message>
    <message>
        <source>Delete it (as %1 did)</source>
        <translation>Le supprimer (comme l&apos;a fait %1)</translation>
    </message>
    <message>
        <source>Delete it (as you did)</source>
        <translation>Le supprimer (comme vous l&apos;avez fait)</translation>
    </message>
    <message>
        <source>This file added this record. The push adds it to the repository.</source>
        <translation>Ce fichier a ajouté cet enregistrement. L&apos;envoi l&apos;ajoute au dépôt.</translation>
    </message>
    <message>
        <source>This file changed this record. The changes below are sent to the repository.</source>
        <translation>Ce fichier a modifié cet enregistrement. Les modifications ci-dessous sont envoyées au dépôt.</translation>
    </message>
    <message>
        <source>This file deleted this record, which nobody changed in the repository. It is deleted there too; the history keeps it.</source>
        <translation>Ce fichier a supprimé cet enregistrement, que personne n&apos;a modifié dans le dépôt. Il y est également supprimé&#xa0;; l&apos;historique le conserve.</translation>
    </message>
    <message>
        <source>This file deleted this record; the repository&apos;s version changed it. Keep it or delete it.</source>
        <translation>Ce fichier a supprimé cet enregistrement&#xa0;; la version du dépôt l&apos;a modifié. Conservez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>This file deleted this record; %1 changed it in the repository&apos;s version. Keep it or delete it.</source>
        <translation>Ce fichier a supprimé cet enregistrement&#xa0;; il a été modifié dans la version du dépôt par %1. Conservez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>The repository&apos;s version deleted this record; this file changed it. Keep it or delete it.</source>
        <translation>La version du dépôt a supprimé cet enregistrement&#xa0;; ce fichier l&apos;a modifié. Conservez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 deleted this record in the repository&apos;s version; this file changed it. Keep it or delete it.</source>
        <translation>Cet enregistrement a été supprimé dans la version du dépôt par %1&#xa0;; ce fichier l&apos;a modifié. Conservez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>This file (changed by %1) and the repository&apos;s version (changed by %2) both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Ce fichier (modifications de %1) et la version du dépôt (modifications de %2) ont tous deux modifié cet enregistrement. Faites un choix pour chaque champ ci-dessous&#xa0;; la version non retenue reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>This file and the repository&apos;s version both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Ce fichier et la version du dépôt ont tous deux modifié cet enregistrement. Faites un choix pour chaque champ ci-dessous&#xa0;; la version non retenue reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Rien à envoyer.</translation>
    </message>
    <message>
        <source>The team member</source>
        <translation>Le membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>%1 added this record. It is added to your file.</source>
        <translation>%1 a ajouté cet enregistrement. Il est ajouté à votre fichier.</translation>
    </message>
    <message>
        <source>%1 changed this record. The changes below are taken.</source>
        <translation>%1 a modifié cet enregistrement. Les modifications ci-dessous sont reprises.</translation>
    </message>
    <message>
        <source>%1 deleted this record, which nobody changed in your file. It is deleted here too; the history keeps it.</source>
        <translation>%1 a supprimé cet enregistrement, que personne n&apos;a modifié dans votre fichier. Il est également supprimé ici&#xa0;; l&apos;historique le conserve.</translation>
    </message>
    <message>
        <source>%1 deleted this record; you changed it. Keep it or delete it.</source>
        <translation>%1 a supprimé cet enregistrement&#xa0;; vous l&apos;avez modifié. Conservez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>You deleted this record; %1 changed it. Keep it or delete it.</source>
        <translation>Vous avez supprimé cet enregistrement&#xa0;; %1 l&apos;a modifié. Conservez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>You and %1 both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Vous et %1 avez tous deux modifié cet enregistrement. Faites un choix pour chaque champ ci-dessous&#xa0;; la version non retenue reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Nothing to bring over.</source>
        <translation>Rien à reprendre.</translation>
    </message>
    <message>
        <source>Also taken from this file, without a conflict</source>
        <translation>Également repris de ce fichier, sans conflit</translation>
    </message>
    <message>
        <source>Taken from this file</source>
        <translation>Repris de ce fichier</translation>
    </message>
    <message>
        <source>Also taken from %1, without a conflict</source>
        <translation>Également repris de %1, sans conflit</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Repris de %1</translation>
    </message>
    <message>
        <source>Now in the repository</source>
        <translation>Actuellement dans le dépôt</translation>
    </message>
    <message>
        <source>Now in your file</source>
        <translation>Actuellement dans votre fichier</translation>
    </message>
    <message>
        <source>The record as it is in the repository</source>
        <translation>L&apos;enregistrement tel qu&apos;il est dans le dépôt</translation>
    </message>
    <message>
        <source>The record as it is in your file</source>
        <translation>L&apos;enregistrement tel qu&apos;il est dans votre fichier</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>A file of %1</source>
        <translation>Fichier de %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sans changement</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>la copie</translation>
    </message>
    <message>
        <source>%1&apos;s copy</source>
        <translation>la copie remise à %1</translation>
    </message>
</context>
<context>
    <name>NextAudit</name>
    <message numerus="yes">
        <source>Team: %n member(s) besides the lead, editable.</source>
        <translation>
            <numerusform>Équipe&#xa0;: %n membre en plus du responsable d&apos;audit, modifiable.</numerusform>
            <numerusform>Équipe&#xa0;: %n membres en plus du responsable d&apos;audit, modifiable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Risk register: %n risk(s) carried over as the starting point.</source>
        <translation>
            <numerusform>Registre des risques&#xa0;: %n risque repris comme point de départ.</numerusform>
            <numerusform>Registre des risques&#xa0;: %n risques repris comme point de départ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of Applicability carried over; the last audit&apos;s verdicts are kept as context.</source>
        <translation>Déclaration d&apos;applicabilité reprise&#xa0;; les appréciations de l&apos;audit précédent sont conservées à titre de contexte.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier nonconformities to verify: %n.</source>
        <translation>
            <numerusform>Non-conformités antérieures à vérifier&#xa0;: %n.</numerusform>
            <numerusform>Non-conformités antérieures à vérifier&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme: the last audit is now part of the history.</source>
        <translation>Programme d&apos;audit&#xa0;: l&apos;audit précédent fait désormais partie de l&apos;historique.</translation>
    </message>
    <message>
        <source>Plan: %1 clause items and %2 controls proposed from the programme&apos;s coverage.</source>
        <translation>Plan&#xa0;: %1 exigences d&apos;articles et %2 mesures proposées d&apos;après la couverture du programme d&apos;audit.</translation>
    </message>
    <message>
        <source>Unknown audit type &quot;%1&quot;; use one of: stage2, surveillance, recertification, special.</source>
        <translation>Type d&apos;audit «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l&apos;un des suivants&#xa0;: stage2, surveillance, recertification, special.</translation>
    </message>
    <message>
        <source>A Stage 1 audit starts a client&apos;s initial certification; create it as a new audit.</source>
        <translation>Un audit d&apos;étape 1 ouvre la certification initiale d&apos;un client&#xa0;; créez-le comme un nouvel audit.</translation>
    </message>
    <message>
        <source>Only an ISO/IEC 27001 audit belongs to a certification cycle; this one is not.</source>
        <translation>Seul un audit ISO/IEC 27001 s&apos;inscrit dans un cycle de certification&#xa0;; ce n&apos;est pas le cas de celui-ci.</translation>
    </message>
    <message>
        <source>The last audit is not signed (it is in %1): the next audit starts from a signed audit, so that what it carries forward is what the signed report says.</source>
        <translation>L&apos;audit précédent n&apos;est pas signé (il est au statut %1)&#xa0;: l&apos;audit suivant part d&apos;un audit signé, afin que ce qu&apos;il reprend corresponde à ce qu&apos;indique le rapport signé.</translation>
    </message>
    <message>
        <source>A %1 audit does not follow a %2 audit in the certification cycle.</source>
        <translation>Dans le cycle de certification, un audit de type %1 ne suit pas un audit de type %2.</translation>
    </message>
    <message>
        <source>The next audit needs a file of its own; %1 is the last audit&apos;s.</source>
        <translation>L&apos;audit suivant doit avoir son propre fichier&#xa0;; %1 est celui de l&apos;audit précédent.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the signed report %1: %2</source>
        <translation>Impossible de lire le rapport signé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not the report signed for %2 (its SHA-256 differs from the signed revision&apos;s).</source>
        <translation>%1 n&apos;est pas le rapport signé pour %2 (son empreinte SHA-256 diffère de celle de la révision signée).</translation>
    </message>
</context>
<context>
    <name>Opinion</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opinion; use %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une opinion&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>The criteria not met must be criteria of the categories in scope; %1 is not.</source>
        <translation>Les critères non satisfaits doivent appartenir aux catégories incluses dans le périmètre&#xa0;; ce n&apos;est pas le cas de %1.</translation>
    </message>
    <message>
        <source>The criteria not met must be criteria of the categories in scope; %1 are not.</source>
        <translation>Les critères non satisfaits doivent appartenir aux catégories incluses dans le périmètre&#xa0;; ce n&apos;est pas le cas de %1.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given: criterion %1 is not met. Give a qualified or adverse opinion, or take it off the criteria not met.</source>
        <translation>Une opinion sans réserve ne peut pas être exprimée&#xa0;: le critère %1 n&apos;est pas satisfait. Exprimez une opinion avec réserve ou une opinion défavorable, ou retirez ce critère des critères non satisfaits.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given: criteria %1 are not met. Give a qualified or adverse opinion, or take them off the criteria not met.</source>
        <translation>Une opinion sans réserve ne peut pas être exprimée&#xa0;: les critères %1 ne sont pas satisfaits. Exprimez une opinion avec réserve ou une opinion défavorable, ou retirez ces critères des critères non satisfaits.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given yet: every control mapped to %1 failed (exceptions assessed as systematic, or a design not suitably designed) and the effect on the criterion is not stated. State each exception&apos;s effect (or the design note), or list the criterion as not met.</source>
        <translation>Une opinion sans réserve ne peut pas encore être exprimée&#xa0;: tous les contrôles rattachés à %1 ont échoué (exceptions évaluées comme systématiques, ou conception non appropriée) et l&apos;incidence sur le critère n&apos;est pas indiquée. Indiquez l&apos;incidence de chaque exception (ou la note sur la conception), ou inscrivez le critère parmi les critères non satisfaits.</translation>
    </message>
    <message>
        <source>A qualified opinion names at least one criterion that is not met.</source>
        <translation>Une opinion avec réserve nomme au moins un critère non satisfait.</translation>
    </message>
    <message>
        <source>A qualified opinion states its basis: the matter that gives rise to the qualification.</source>
        <translation>Une opinion avec réserve énonce son fondement&#xa0;: le point qui motive la réserve.</translation>
    </message>
    <message>
        <source>An adverse opinion states its basis: why the controls did not achieve the criteria.</source>
        <translation>Une opinion défavorable énonce son fondement&#xa0;: la raison pour laquelle les contrôles n&apos;ont pas permis de satisfaire aux critères.</translation>
    </message>
    <message>
        <source>A disclaimer of opinion states its basis: why sufficient evidence could not be obtained.</source>
        <translation>Une impossibilité d&apos;exprimer une opinion énonce son fondement&#xa0;: la raison pour laquelle des éléments probants suffisants n&apos;ont pas pu être obtenus.</translation>
    </message>
</context>
<context>
    <name>PackageCrypto</name>
    <message>
        <source>An encrypted package needs a passphrase.</source>
        <translation>Un paquet chiffré nécessite une phrase secrète.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; the package was not written.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;; le paquet n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation>La clé n&apos;a pas pu être dérivée de la phrase secrète (échec de scrypt).</translation>
    </message>
    <message>
        <source>The package could not be encrypted (OpenSSL AES-256-GCM failed).</source>
        <translation>Le paquet n&apos;a pas pu être chiffré (échec d&apos;OpenSSL AES-256-GCM).</translation>
    </message>
    <message>
        <source>This is not an encrypted IsoAudit package.</source>
        <translation>Ce n&apos;est pas un paquet IsoAudit chiffré.</translation>
    </message>
    <message>
        <source>The encrypted package is truncated (%1 bytes): it was not copied completely.</source>
        <translation>Le paquet chiffré est tronqué (%1 octets)&#xa0;: il n&apos;a pas été copié entièrement.</translation>
    </message>
    <message>
        <source>The encrypted package has format version %1; this IsoAudit reads version %2. Update IsoAudit.</source>
        <translation>Le paquet chiffré a la version de format %1&#xa0;; cette version d&apos;IsoAudit lit la version %2. Mettez IsoAudit à jour.</translation>
    </message>
    <message>
        <source>The encrypted package uses an unknown key derivation (%1).</source>
        <translation>Le paquet chiffré utilise une dérivation de clé inconnue (%1).</translation>
    </message>
    <message>
        <source>The encrypted package&apos;s key derivation parameters are out of range; it is damaged or was not written by IsoAudit.</source>
        <translation>Les paramètres de dérivation de clé du paquet chiffré sont hors limites&#xa0;; il est endommagé ou n&apos;a pas été écrit par IsoAudit.</translation>
    </message>
    <message>
        <source>The package is encrypted: a passphrase is needed.</source>
        <translation>Le paquet est chiffré&#xa0;: une phrase secrète est nécessaire.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted: the passphrase is wrong, or the package was changed or damaged after it was sealed.</source>
        <translation>Le paquet ne peut pas être déchiffré&#xa0;: la phrase secrète est incorrecte, ou le paquet a été modifié ou endommagé après son scellement.</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2.</source>
        <translation>JSON mal formé à la position %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>not an IsoAudit package (it is a JSON array, not an object with &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>pas un paquet IsoAudit (c&apos;est un tableau JSON, et non un objet avec &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>not an IsoAudit package (it has no &quot;format&quot;; expected &quot;%1&quot;).</source>
        <translation>pas un paquet IsoAudit (il n&apos;a pas de &quot;format&quot;&#xa0;; attendu&#xa0;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>not an IsoAudit package (format is %1, expected &quot;%2&quot;).</source>
        <translation>pas un paquet IsoAudit (le format est %1, attendu&#xa0;: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>the package has no &quot;version&quot;.</source>
        <translation>le paquet n&apos;a pas de &quot;version&quot;.</translation>
    </message>
    <message>
        <source>version must be a whole number, not %1.</source>
        <translation>la version doit être un nombre entier, et non %1.</translation>
    </message>
    <message>
        <source>%1: unknown key at the top level of the package; the keys are: %2.</source>
        <translation>%1&#xa0;: clé inconnue au premier niveau du paquet&#xa0;; les clés sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the package has no &quot;%1&quot;.</source>
        <translation>le paquet n&apos;a pas de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is missing from the package; it was created with default values.</source>
        <translation>%1 est absent du paquet&#xa0;; il a été créé avec les valeurs par défaut.</translation>
    </message>
    <message>
        <source>%1 must be an array, not %2.</source>
        <translation>%1 doit être un tableau, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 doit être un objet, et non %2.</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; a %3 has: %4.</source>
        <translation>%1.%2&#xa0;: clé inconnue&#xa0;; un(e) %3 a&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1.uuid is missing.</source>
        <translation>%1.uuid est absent.</translation>
    </message>
    <message>
        <source>%1.uuid must be a string, not %2.</source>
        <translation>%1.uuid doit être une chaîne, et non %2.</translation>
    </message>
    <message>
        <source>%1.uuid: %2 is not a UUID.</source>
        <translation>%1.uuid&#xa0;: %2 n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>%1.uuid: &quot;%2&quot; is already used by %3.</source>
        <translation>%1.uuid&#xa0;: &quot;%2&quot; est déjà utilisé par %3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est absent.</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation>%1 doit être une chaîne, et non %2.</translation>
    </message>
    <message>
        <source>%1: no %2 with uuid %3.</source>
        <translation>%1&#xa0;: aucun(e) %2 avec l&apos;uuid %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number or null, not %2.</source>
        <translation>%1 doit être un nombre entier ou null, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 doit être true ou false, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be a string or null, not %2.</source>
        <translation>%1 doit être une chaîne ou null, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be a JSON array or object, not %2.</source>
        <translation>%1 doit être un tableau ou un objet JSON, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be a base64 string, not %2.</source>
        <translation>%1 doit être une chaîne base64, et non %2.</translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation>%1 n&apos;est pas un base64 valide.</translation>
    </message>
    <message>
        <source>%1 must be an array of strings, not %2.</source>
        <translation>%1 doit être un tableau de chaînes, et non %2.</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation>%1&#xa0;: %2 figure deux fois.</translation>
    </message>
    <message>
        <source>%1: %2 is not a clause of %3.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un article de %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not an Annex A control of %3.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une mesure de l&apos;annexe A de %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a clause of %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un article de %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an Annex A control of %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une mesure de l&apos;annexe A de %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already in %3; each may appear only once.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» figure déjà dans %3&#xa0;; chaque élément ne peut apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <source>%1.%2 does not match its %3 (the SHA-256 of the %3 is %4).</source>
        <translation>%1.%2 ne correspond pas à son %3 (le SHA-256 du %3 est %4).</translation>
    </message>
    <message>
        <source>%1.%2 is %3, but its %4 has %5 bytes.</source>
        <translation>%1.%2 vaut %3, mais son %4 fait %5 octets.</translation>
    </message>
    <message>
        <source>%1: the package has no entry for %2; added with default values.</source>
        <translation>%1&#xa0;: le paquet n&apos;a pas d&apos;entrée pour %2&#xa0;; ajouté avec les valeurs par défaut.</translation>
    </message>
    <message>
        <source>%1.recommendation: &quot;%2&quot; is not an outcome of a %3 audit; read as &quot;%4&quot;.</source>
        <translation>%1.recommendation&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une conclusion possible pour un audit de type %3&#xa0;; lu comme «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>version %1 is not supported (this IsoAudit reads versions %2 to %3).</source>
        <translation>la version %1 n&apos;est pas prise en charge (cette version d&apos;IsoAudit lit les versions %2 à %3).</translation>
    </message>
    <message>
        <source>%1.rows must be the population&apos;s rows (an array), not %2.</source>
        <translation>%1.rows doit contenir les lignes de la population (un tableau), et non %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a Trust Services Criterion.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un critère relatif aux services de confiance.</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>%1 must be an object with id (text), date (YYYY-MM-DD), inPeriod (true or false) and other (an array).</source>
        <translation>%1 doit être un objet avec id (texte), date (AAAA-MM-JJ), inPeriod (true ou false) et other (un tableau).</translation>
    </message>
    <message>
        <source>%1 needs an id and a valid date.</source>
        <translation>%1 nécessite un id et une date valide.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): rowCount is %3, but it has %4 rows.</source>
        <translation>%1 (population «&#xa0;%2&#xa0;»)&#xa0;: rowCount vaut %3, mais elle compte %4 lignes.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): outOfPeriod is %3, but %4 rows are outside the period.</source>
        <translation>%1 (population «&#xa0;%2&#xa0;»)&#xa0;: outOfPeriod vaut %3, mais %4 lignes sont hors de la période.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): its rows do not match its sha256 (the rows give %3).</source>
        <translation>%1 (population «&#xa0;%2&#xa0;»)&#xa0;: ses lignes ne correspondent pas à son sha256 (les lignes donnent %3).</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): its rows do not match its rowsSha256 (a row&apos;s columns differ from those imported).</source>
        <translation>%1 (population «&#xa0;%2&#xa0;»)&#xa0;: ses lignes ne correspondent pas à son rowsSha256 (les colonnes d&apos;une ligne diffèrent de celles importées).</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>The desktop keychain did not keep the password: %1</source>
        <translation>Le trousseau de clés du bureau n&apos;a pas conservé le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>This build of IsoAudit has no keychain support: the password is asked for each time.</source>
        <translation>Cette version d&apos;IsoAudit ne prend pas en charge le trousseau de clés&#xa0;: le mot de passe est demandé à chaque fois.</translation>
    </message>
    <message>
        <source>The desktop keychain did not forget the password: %1</source>
        <translation>Le trousseau de clés du bureau n&apos;a pas pu supprimer le mot de passe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>The PDF cannot be signed: %1</source>
        <translation>Le PDF ne peut pas être signé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The signature does not fit the space reserved for it in the PDF.</source>
        <translation>La signature ne tient pas dans l&apos;espace qui lui est réservé dans le PDF.</translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation>il est chiffré.</translation>
    </message>
    <message>
        <source>it has %1 pages, so there is no page %2 for the signature.</source>
        <translation>il a %1 pages&#xa0;; il n&apos;y a donc pas de page %2 pour la signature.</translation>
    </message>
</context>
<context>
    <name>PdfStructure</name>
    <message>
        <source>The file is not a PDF (no %PDF- header at its start).</source>
        <translation>Le fichier n&apos;est pas un PDF (pas d&apos;en-tête %PDF- au début).</translation>
    </message>
    <message>
        <source>The PDF has no &quot;startxref&quot;: the file is cut short or is not a complete PDF.</source>
        <translation>Le PDF n&apos;a pas de «&#xa0;startxref&#xa0;»&#xa0;: le fichier est tronqué ou n&apos;est pas un PDF complet.</translation>
    </message>
    <message>
        <source>The PDF&apos;s &quot;startxref&quot; does not give a valid offset.</source>
        <translation>Le «&#xa0;startxref&#xa0;» du PDF n&apos;indique pas une position valide.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference sections form a loop (offset %1).</source>
        <translation>Les sections de références croisées du PDF forment une boucle (position %1).</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer has no valid /Size.</source>
        <translation>Le trailer du PDF n&apos;a pas de /Size valide.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer has no /Root (document catalog) that the cross-reference table lists.</source>
        <translation>Le trailer du PDF n&apos;a pas de /Root (catalogue du document) répertorié dans la table des références croisées.</translation>
    </message>
    <message>
        <source>The PDF&apos;s /Root object %1 is not a document catalog.</source>
        <translation>L&apos;objet /Root %1 du PDF n&apos;est pas un catalogue de document.</translation>
    </message>
    <message>
        <source>The PDF points to a cross-reference section at byte %1, outside the file.</source>
        <translation>Le PDF pointe vers une section de références croisées à l&apos;octet %1, en dehors du fichier.</translation>
    </message>
    <message>
        <source>The PDF uses a compressed cross-reference stream, which this signer does not read; export it again with IsoAudit or save it without object streams.</source>
        <translation>Le PDF utilise un flux de références croisées compressé, que ce signataire ne lit pas&#xa0;; exportez-le à nouveau avec IsoAudit ou enregistrez-le sans flux d&apos;objets.</translation>
    </message>
    <message>
        <source>The PDF has no cross-reference table at byte %1.</source>
        <translation>Le PDF n&apos;a pas de table de références croisées à l&apos;octet %1.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table at byte %1 cannot be read.</source>
        <translation>La table de références croisées du PDF à l&apos;octet %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table at byte %1 has a broken entry.</source>
        <translation>La table de références croisées du PDF à l&apos;octet %1 contient une entrée défectueuse.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer after the cross-reference table at byte %1 cannot be read.</source>
        <translation>Le trailer qui suit la table de références croisées du PDF à l&apos;octet %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The PDF mixes cross-reference tables and streams, which this signer does not read.</source>
        <translation>Le PDF mélange tables et flux de références croisées, ce que ce signataire ne lit pas.</translation>
    </message>
    <message>
        <source>The PDF refers to object %1, which its cross-reference table does not list.</source>
        <translation>Le PDF fait référence à l&apos;objet %1, absent de sa table de références croisées.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table gives a wrong offset for object %1.</source>
        <translation>La table de références croisées du PDF indique une position erronée pour l&apos;objet %1.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF cannot be read.</source>
        <translation>L&apos;objet %1 du PDF ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF is not a dictionary.</source>
        <translation>L&apos;objet %1 du PDF n&apos;est pas un dictionnaire.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF is not an array.</source>
        <translation>L&apos;objet %1 du PDF n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <source>The PDF has a value that should be a dictionary and is not.</source>
        <translation>Le PDF contient une valeur qui devrait être un dictionnaire et n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The PDF has a value that should be an array and is not.</source>
        <translation>Le PDF contient une valeur qui devrait être un tableau et n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The PDF&apos;s catalog has no page tree (/Pages).</source>
        <translation>Le catalogue du PDF n&apos;a pas d&apos;arborescence de pages (/Pages).</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>Le PDF n&apos;a aucune page.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page tree is nested too deeply.</source>
        <translation>L&apos;arborescence de pages du PDF est trop profondément imbriquée.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF&apos;s page tree is neither /Pages nor /Page.</source>
        <translation>L&apos;objet %1 de l&apos;arborescence de pages du PDF n&apos;est ni /Pages ni /Page.</translation>
    </message>
    <message>
        <source>The PDF&apos;s form has a field that is not a reference to a field dictionary.</source>
        <translation>Le formulaire du PDF contient un champ qui n&apos;est pas une référence à un dictionnaire de champ.</translation>
    </message>
</context>
<context>
    <name>PdfUpdateCheck</name>
    <message>
        <source>the revisions cannot be compared (%1)</source>
        <translation>les révisions ne peuvent pas être comparées (%1)</translation>
    </message>
    <message>
        <source>the document catalog was replaced</source>
        <translation>le catalogue du document a été remplacé</translation>
    </message>
    <message>
        <source>pages were added or removed</source>
        <translation>des pages ont été ajoutées ou supprimées</translation>
    </message>
    <message>
        <source>object %1 was deleted</source>
        <translation>l&apos;objet %1 a été supprimé</translation>
    </message>
    <message>
        <source>object %1 was changed</source>
        <translation>l&apos;objet %1 a été modifié</translation>
    </message>
    <message>
        <source>object %1 (/%2) was changed</source>
        <translation>l&apos;objet %1 (/%2) a été modifié</translation>
    </message>
</context>
<context>
    <name>PdfVerification</name>
    <message>
        <source>The file&apos;s structure is damaged: %1</source>
        <translation>La structure du fichier est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The PDF has no signatures.</source>
        <translation>Le PDF ne comporte aucune signature.</translation>
    </message>
    <message>
        <source>Signature %1 is not valid: %2</source>
        <translation>La signature %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate of signature %1 (%2) does not chain to a trusted certificate: %3.</source>
        <translation>Le certificat de la signature %1 (%2) ne remonte pas à un certificat de confiance&#xa0;: %3.</translation>
    </message>
    <message>
        <source>After signature %1 the document was changed beyond adding signatures: %2.</source>
        <translation>Après la signature %1, le document a subi d&apos;autres modifications que l&apos;ajout de signatures&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The document is not totally signed: %1 bytes were added after the last signature.</source>
        <translation>Le document n&apos;est pas entièrement signé&#xa0;: %1 octets ont été ajoutés après la dernière signature.</translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>The file is not a PDF (no %PDF- header at its start).</source>
        <translation>Le fichier n&apos;est pas un PDF (pas d&apos;en-tête %PDF- au début).</translation>
    </message>
    <message>
        <source>the value of signature field %1 is not a signature dictionary.</source>
        <translation>la valeur du champ de signature %1 n&apos;est pas un dictionnaire de signature.</translation>
    </message>
    <message>
        <source>its /ByteRange is not four non-negative numbers.</source>
        <translation>son /ByteRange n&apos;est pas composé de quatre nombres positifs ou nuls.</translation>
    </message>
    <message>
        <source>its /ByteRange [%1 %2 %3 %4] does not start at the beginning of the file or reaches past its end (%5 bytes).</source>
        <translation>son /ByteRange [%1 %2 %3 %4] ne commence pas au début du fichier ou dépasse sa fin (%5 octets).</translation>
    </message>
    <message>
        <source>its /ByteRange leaves out more than its own /Contents signature value, so part of the file is not covered by the signature.</source>
        <translation>son /ByteRange exclut davantage que sa propre valeur de signature /Contents&#xa0;; une partie du fichier n&apos;est donc pas couverte par la signature.</translation>
    </message>
    <message>
        <source>its /ByteRange does not end at the end of a revision of the file (%%EOF).</source>
        <translation>son /ByteRange ne se termine pas à la fin d&apos;une révision du fichier (%%EOF).</translation>
    </message>
</context>
<context>
    <name>PopulationImport</name>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>No column of the header (row %1) looks like the occurrences&apos; id; name it with --id-column (the columns: %2).</source>
        <translation>Aucune colonne de l&apos;en-tête (ligne %1) ne ressemble à l&apos;identifiant des occurrences&#xa0;; indiquez-la avec --id-column (les colonnes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the header (row %2); the columns: %3.</source>
        <translation>L&apos;en-tête (ligne %2) ne comporte pas de colonne «&#xa0;%1&#xa0;»&#xa0;; les colonnes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No column of the header (row %1) looks like the occurrences&apos; date; name it with --date-column (the columns: %2).</source>
        <translation>Aucune colonne de l&apos;en-tête (ligne %1) ne ressemble à la date des occurrences&#xa0;; indiquez-la avec --date-column (les colonnes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The id and the date cannot be the same column (&quot;%1&quot;).</source>
        <translation>L&apos;identifiant et la date ne peuvent pas être la même colonne («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Rows %1 and %2 have the same id &quot;%3&quot;; each occurrence is listed once.</source>
        <translation>Les lignes %1 et %2 ont le même identifiant «&#xa0;%3&#xa0;»&#xa0;; chaque occurrence ne doit figurer qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, which the header (row %3) does not name.</source>
        <translation>La ligne %1 a une valeur dans la colonne %2, que l&apos;en-tête (ligne %3) ne nomme pas.</translation>
    </message>
    <message>
        <source>Row %1 has no id (column &quot;%2&quot;).</source>
        <translation>La ligne %1 n&apos;a pas d&apos;identifiant (colonne «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Row %1 has no date (column &quot;%2&quot;).</source>
        <translation>La ligne %1 n&apos;a pas de date (colonne «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a date in the format %3.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date au format %3.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not an ISO date (YYYY-MM-DD); a date such as 03/04 could be either day or month first, so give the file&apos;s format with --date-format (for example d/M/yyyy or M/d/yyyy).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date ISO (AAAA-MM-JJ)&#xa0;; une date telle que 03/04 peut commencer par le jour comme par le mois, indiquez donc le format du fichier avec --date-format (par exemple d/M/yyyy ou M/d/yyyy).</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>ligne %1 (%2)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.</source>
        <translation>%1 est un ancien classeur Excel 97-2003 (.xls)&#xa0;; enregistrez-le d&apos;abord au format .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>This audit is not a SOC 2 engagement; populations belong to a service organization&apos;s controls.</source>
        <translation>Cet audit n&apos;est pas une mission SOC 2&#xa0;; les populations se rattachent aux contrôles d&apos;une société de services.</translation>
    </message>
    <message>
        <source>%1 has no header row naming its columns.</source>
        <translation>%1 n&apos;a pas de ligne d&apos;en-tête nommant ses colonnes.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fall outside the engagement&apos;s period, first %1; nothing was imported (import with the rows flagged instead to keep them out of the sample).</source>
        <translation>
            <numerusform>%n ligne se situe hors de la période de la mission (première&#xa0;: %1)&#xa0;; rien n&apos;a été importé (importez plutôt en signalant ces lignes, pour les tenir à l&apos;écart de l&apos;échantillon).</numerusform>
            <numerusform>%n lignes se situent hors de la période de la mission (première&#xa0;: %1)&#xa0;; rien n&apos;a été importé (importez plutôt en signalant ces lignes, pour les tenir à l&apos;écart de l&apos;échantillon).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopulationTable</name>
    <message>
        <source>Could not write row %1 of the population: %2</source>
        <translation>Impossible d&apos;écrire la ligne %1 de la population&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the population&apos;s rows: %1</source>
        <translation>Impossible d&apos;écrire les lignes de la population&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only a population has frozen rows.</source>
        <translation>Seule une population a des lignes figées.</translation>
    </message>
    <message>
        <source>Could not read the population&apos;s rows: %1</source>
        <translation>Impossible de lire les lignes de la population&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not count the population&apos;s rows: %1</source>
        <translation>Impossible de compter les lignes de la population&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Populations</name>
    <message>
        <source>row %1 is missing</source>
        <translation>la ligne %1 manque</translation>
    </message>
    <message>
        <source>The population &quot;%1&quot; is damaged: %2.</source>
        <translation>La population «&#xa0;%1&#xa0;» est endommagée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 rows are stored, %2 were imported</source>
        <translation>%1 lignes sont enregistrées, %2 ont été importées</translation>
    </message>
    <message>
        <source>%1 rows outside the period are stored, %2 were imported</source>
        <translation>%1 lignes hors de la période sont enregistrées, %2 ont été importées</translation>
    </message>
    <message>
        <source>the SHA-256 of the rows in the period is %1, the population records %2</source>
        <translation>le SHA-256 des lignes de la période est %1, la population enregistre %2</translation>
    </message>
    <message>
        <source>The population &quot;%1&quot; is not as imported: %2.</source>
        <translation>La population «&#xa0;%1&#xa0;» ne correspond plus à ce qui a été importé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Say how completeness and accuracy were checked, by whom or when.</source>
        <translation>Indiquez comment l&apos;exhaustivité et l&apos;exactitude ont été vérifiées, par qui ou quand.</translation>
    </message>
    <message>
        <source>The control has no population; import one first.</source>
        <translation>Le contrôle n&apos;a pas de population&#xa0;; importez-en d&apos;abord une.</translation>
    </message>
    <message>
        <source>The control has %1 populations; name one: %2.</source>
        <translation>Le contrôle a %1 populations&#xa0;; nommez-en une&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The control has no population &quot;%1&quot;.</source>
        <translation>Le contrôle n&apos;a pas de population «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the SHA-256 of its rows is %1, the population records %2</source>
        <translation>le SHA-256 de ses lignes est %1, la population enregistre %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeCoverage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe d&apos;audit</translation>
    </message>
    <message>
        <source>Clause assessment</source>
        <translation>Appréciation d&apos;un article</translation>
    </message>
    <message>
        <source>SoA entry</source>
        <translation>Ligne de la DdA</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Méthode de risque</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Corrective-action status change</source>
        <translation>Changement de statut d&apos;une action corrective</translation>
    </message>
    <message>
        <source>Cross-check dismissal</source>
        <translation>Contrôle de cohérence écarté</translation>
    </message>
    <message>
        <source>Report revision</source>
        <translation>Révision du rapport</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Programme d&apos;audit</translation>
    </message>
    <message>
        <source>Programme audit</source>
        <translation>Audit du programme</translation>
    </message>
    <message>
        <source>Earlier nonconformity</source>
        <translation>Non-conformité antérieure</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mission SOC 2</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Test procedure</source>
        <translation>Procédure de test</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Sample item</source>
        <translation>Élément d&apos;échantillon</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Société de services sous-traitante</translation>
    </message>
    <message>
        <source>Complementary user-entity control</source>
        <translation>Contrôle complémentaire au niveau de l&apos;entité utilisatrice</translation>
    </message>
    <message>
        <source>Exception record</source>
        <translation>Fiche d&apos;exception</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>From %1&apos;s copy:</source>
        <translation>De la copie de %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2 was deleted on one side and changed on the other: keep it or delete it.</source>
        <translation>%1 %2 a été supprimé d&apos;un côté et modifié de l&apos;autre&#xa0;: conservez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>The field %1 of %2 %3 was changed on both sides; choose which value to keep.</source>
        <translation>Le champ %1 de %2 %3 a été modifié des deux côtés&#xa0;; choisissez la valeur à conserver.</translation>
    </message>
    <message>
        <source>The field %1 is not text: keep one of the two values.</source>
        <translation>Le champ %1 n&apos;est pas du texte&#xa0;: conservez l&apos;une des deux valeurs.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>Audit objectives</source>
        <translation>Objectifs de l&apos;audit</translation>
    </message>
    <message>
        <source>What this audit sets out to determine.</source>
        <translation>Ce que cet audit vise à déterminer.</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>Critères d&apos;audit</translation>
    </message>
    <message>
        <source>The requirements audited against: the standard, the client&apos;s own ISMS documentation, legal and contractual requirements.</source>
        <translation>Les exigences par rapport auxquelles l&apos;audit est réalisé&#xa0;: la norme, la documentation du SMSI propre au client, les exigences légales et contractuelles.</translation>
    </message>
    <message>
        <source>Client&apos;s address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>The client&apos;s registered address.</source>
        <translation>L&apos;adresse du siège social du client.</translation>
    </message>
    <message>
        <source>Management representative</source>
        <translation>Représentant de la direction</translation>
    </message>
    <message>
        <source>Name and position of the client&apos;s management representative.</source>
        <translation>Nom et fonction du représentant de la direction du client.</translation>
    </message>
    <message>
        <source>Combined, joint or integrated audit</source>
        <translation>Audit combiné, conjoint ou intégré</translation>
    </message>
    <message>
        <source>Whether the audit was combined with another management system&apos;s, joint with another certification body, or of an integrated management system.</source>
        <translation>Si l&apos;audit a été combiné avec celui d&apos;un autre système de management, réalisé conjointement avec un autre organisme de certification, ou s&apos;il a porté sur un système de management intégré.</translation>
    </message>
    <message>
        <source>Deviations from the audit plan</source>
        <translation>Écarts par rapport au plan d&apos;audit</translation>
    </message>
    <message>
        <source>Every deviation from the audit plan and its reason, or &quot;None&quot;.</source>
        <translation>Tout écart par rapport au plan d&apos;audit et sa raison, ou «&#xa0;Aucun&#xa0;».</translation>
    </message>
    <message>
        <source>Significant issues affecting the audit programme</source>
        <translation>Problèmes significatifs ayant une incidence sur le programme d&apos;audit</translation>
    </message>
    <message>
        <source>Issues that affect the audit programme (audit time, sites, scope, team), or &quot;None&quot;.</source>
        <translation>Problèmes ayant une incidence sur le programme d&apos;audit (durée d&apos;audit, sites, périmètre, équipe), ou «&#xa0;Aucun&#xa0;».</translation>
    </message>
    <message>
        <source>Significant changes since the last audit</source>
        <translation>Changements significatifs depuis le dernier audit</translation>
    </message>
    <message>
        <source>Significant changes affecting the client&apos;s management system since the last audit, or &quot;None&quot;.</source>
        <translation>Changements significatifs ayant une incidence sur le système de management du client depuis le dernier audit, ou «&#xa0;Aucun&#xa0;».</translation>
    </message>
    <message>
        <source>Corrective actions on earlier nonconformities</source>
        <translation>Actions correctives relatives aux non-conformités antérieures</translation>
    </message>
    <message>
        <source>How the effectiveness of the corrective actions on earlier nonconformities was verified, and with what result.</source>
        <translation>Comment l&apos;efficacité des actions correctives relatives aux non-conformités antérieures a été vérifiée, et avec quel résultat.</translation>
    </message>
    <message>
        <source>Use of certification documents and marks</source>
        <translation>Utilisation des documents et marques de certification</translation>
    </message>
    <message>
        <source>Whether the client controls its use of the certification documents and marks.</source>
        <translation>Si le client maîtrise l&apos;utilisation qu&apos;il fait des documents et marques de certification.</translation>
    </message>
    <message>
        <source>Statement of Applicability reviewed</source>
        <translation>Déclaration d&apos;applicabilité examinée</translation>
    </message>
    <message>
        <source>The version (and date) of the client&apos;s SoA the audit reviewed.</source>
        <translation>La version (et la date) de la DdA du client examinée lors de l&apos;audit.</translation>
    </message>
    <message>
        <source>Conformity and effectiveness of the ISMS</source>
        <translation>Conformité et efficacité du SMSI</translation>
    </message>
    <message>
        <source>The statement on the ISMS&apos;s conformity and effectiveness, with a summary of the evidence on its capability to meet its requirements and intended outcomes.</source>
        <translation>L&apos;énoncé sur la conformité et l&apos;efficacité du SMSI, avec une synthèse des preuves relatives à son aptitude à satisfaire à ses exigences et à atteindre les résultats attendus.</translation>
    </message>
    <message>
        <source>Internal audit and management review</source>
        <translation>Audit interne et revue de direction</translation>
    </message>
    <message>
        <source>A summary of the evidence on the internal audit and management review process.</source>
        <translation>Une synthèse des preuves relatives au processus d&apos;audit interne et de revue de direction.</translation>
    </message>
    <message>
        <source>Unresolved issues</source>
        <translation>Points non résolus</translation>
    </message>
    <message>
        <source>Diverging opinions between the audit team and the client left unresolved, if any.</source>
        <translation>Divergences d&apos;opinion non résolues entre l&apos;équipe d&apos;audit et le client, le cas échéant.</translation>
    </message>
    <message>
        <source>Certification scope appropriate</source>
        <translation>Périmètre de certification approprié</translation>
    </message>
    <message>
        <source>Whether the scope of certification is appropriate; if not, why and what should change.</source>
        <translation>Si le périmètre de certification est approprié&#xa0;; sinon, pourquoi et ce qui doit changer.</translation>
    </message>
    <message>
        <source>Basis for the Stage 2 plan</source>
        <translation>Bases du plan de l&apos;étape 2</translation>
    </message>
    <message>
        <source>What Stage 2 will focus on and the details agreed with the client: dates, sites, audit time and team.</source>
        <translation>Les points sur lesquels portera l&apos;étape 2 et les modalités convenues avec le client&#xa0;: dates, sites, durée d&apos;audit et équipe.</translation>
    </message>
    <message>
        <source>Audit objectives met</source>
        <translation>Objectifs de l&apos;audit atteints</translation>
    </message>
    <message>
        <source>Whether the audit objectives were met; if not, why.</source>
        <translation>Si les objectifs de l&apos;audit ont été atteints&#xa0;; sinon, pourquoi.</translation>
    </message>
</context>
<context>
    <name>ReportCycleSections</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 audit</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>rapport %1</translation>
    </message>
    <message>
        <source>the audit scope</source>
        <translation>le périmètre de l&apos;audit</translation>
    </message>
    <message>
        <source>the audit plan</source>
        <translation>le plan d&apos;audit</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>la confidentialité</translation>
    </message>
    <message>
        <source>the method of reporting</source>
        <translation>les modalités de restitution</translation>
    </message>
    <message>
        <source>the appeals process (explained)</source>
        <translation>le processus de traitement des appels (expliqué)</translation>
    </message>
    <message>
        <source>the findings (presented)</source>
        <translation>les constats (présentés)</translation>
    </message>
    <message>
        <source>the client&apos;s acknowledgement of the findings</source>
        <translation>la prise de connaissance des constats par le client</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Programme d&apos;audit</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro de certificat</translation>
    </message>
    <message>
        <source>Scope of certification</source>
        <translation>Périmètre de certification</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Audits of the programme</source>
        <translation>Audits du programme</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numéro du rapport</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>au plus tard le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit time (ISO/IEC 27006)</source>
        <translation>Durée d&apos;audit (ISO/IEC 27006)</translation>
    </message>
    <message>
        <source>The audit time stored with the audit cannot be read: %1</source>
        <translation>La durée d&apos;audit enregistrée avec l&apos;audit ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opening and closing meetings</source>
        <translation>Réunions d&apos;ouverture et de clôture</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Date et lieu</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Points confirmés</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(not yet raised)</source>
        <translation>(pas encore émise)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n levée</numerusform>
            <numerusform>%n levées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not effective and raised again as %1</source>
        <translation>
            <numerusform>%n non efficace et émise à nouveau comme %1</numerusform>
            <numerusform>%n non efficaces et émises à nouveau comme %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n toujours ouverte</numerusform>
            <numerusform>%n toujours ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>One earlier nonconformity was verified: %1.</source>
        <translation>Une non-conformité antérieure a été vérifiée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformities were verified: %1.</source>
        <translation>
            <numerusform>%n non-conformité antérieure a été vérifiée&#xa0;: %1.</numerusform>
            <numerusform>%n non-conformités antérieures ont été vérifiées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification of earlier nonconformities</source>
        <translation>Vérification des non-conformités antérieures</translation>
    </message>
    <message>
        <source>The audit team verified the correction and corrective action of each nonconformity that earlier audits raised and had not closed. %1</source>
        <translation>L&apos;équipe d&apos;audit a vérifié la correction et l&apos;action corrective de chaque non-conformité émise lors d&apos;audits précédents et non encore levée. %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Relevée lors de</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Verdict of this audit</source>
        <translation>Appréciation lors de cet audit</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Note de vérification</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée le / par</translation>
    </message>
    <message>
        <source>Raised again as</source>
        <translation>Relevée à nouveau comme</translation>
    </message>
    <message>
        <source>Not yet raised again</source>
        <translation>Pas encore émise à nouveau</translation>
    </message>
    <message>
        <source>Finding %1 of this audit</source>
        <translation>Constat %1 de cet audit</translation>
    </message>
    <message>
        <source>To be verified at the next audit</source>
        <translation>À vérifier lors du prochain audit</translation>
    </message>
    <message>
        <source>These nonconformities passed through a special audit that verified only major nonconformities; the next audit verifies them.</source>
        <translation>Ces non-conformités ont été reportées lors d&apos;un audit spécial qui n&apos;a vérifié que les non-conformités majeures&#xa0;; elles seront vérifiées lors du prochain audit.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classification</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformity/nonconformities has/have no verdict of this audit yet.</source>
        <translation>
            <numerusform>%n non-conformité antérieure n&apos;a pas encore d&apos;appréciation de vérification dans cet audit.</numerusform>
            <numerusform>%n non-conformités antérieures n&apos;ont pas encore d&apos;appréciation de vérification dans cet audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformity/nonconformities passed through a special audit is/are to be verified at the next audit.</source>
        <translation>
            <numerusform>%n non-conformité antérieure, reportée lors d&apos;un audit spécial, sera vérifiée lors du prochain audit.</numerusform>
            <numerusform>%n non-conformités antérieures, reportées lors d&apos;un audit spécial, seront vérifiées lors du prochain audit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Cannot read the audit for the report: %1</source>
        <translation>Impossible de lire l&apos;audit pour le rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Not recorded in the audit file.</source>
        <translation>Non enregistré dans le fichier d&apos;audit.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(sans numéro)</translation>
    </message>
    <message>
        <source>%1 audit report %2 — %3</source>
        <translation>Rapport %2 — %1 — %3</translation>
    </message>
    <message>
        <source>%1 · %2 audit report</source>
        <translation>%1 · Rapport — %2</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Report %1 · Rev %2 · Page %3 of %4</source>
        <translation>Rapport %1 · Rév. %2 · Page %3 sur %4</translation>
    </message>
    <message>
        <source>AUDIT REPORT</source>
        <translation>RAPPORT D&apos;AUDIT</translation>
    </message>
    <message>
        <source>%1 — %2 audit</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Draft: fieldwork in progress</source>
        <translation>Projet&#xa0;: audit sur site en cours</translation>
    </message>
    <message>
        <source>Final, for signature</source>
        <translation>Version finale, pour signature</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation>Version finale, signée</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type d&apos;audit</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Dates de l&apos;audit</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numéro du rapport</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This report contains confidential information about the information security management system of %1. It is issued to the recipients in the distribution list and must not be passed to others without the written consent of %1 and the certification body.</source>
        <translation>Ce rapport contient des informations confidentielles sur le système de management de la sécurité de l&apos;information de %1. Il est adressé aux destinataires de la liste de diffusion et ne doit pas être communiqué à des tiers sans l&apos;accord écrit de %1 et de l&apos;organisme de certification.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Audit objectives, scope and criteria</source>
        <translation>Objectifs, périmètre et critères de l&apos;audit</translation>
    </message>
    <message>
        <source>Audit dates and sites</source>
        <translation>Dates et sites de l&apos;audit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>No site recorded</source>
        <translation>Aucun site enregistré</translation>
    </message>
    <message>
        <source>On-site audit: %1.</source>
        <translation>Audit sur site&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Audit team and persons interviewed</source>
        <translation>Équipe d&apos;audit et personnes rencontrées</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Équipe d&apos;audit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Persons interviewed</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>No interviews recorded.</source>
        <translation>Aucun entretien enregistré.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Interviewed by</source>
        <translation>Entretien mené par</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message numerus="yes">
        <source>The audit team conducted a %1 audit of %2 against %3 (%4) at %n site(s).</source>
        <translation>
            <numerusform>L&apos;équipe d&apos;audit a réalisé un %1 chez %2 selon la norme %3 (%4) sur %n site.</numerusform>
            <numerusform>L&apos;équipe d&apos;audit a réalisé un %1 chez %2 selon la norme %3 (%4) sur %n sites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification recommendation</source>
        <translation>Recommandation de certification</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Audited organisation</source>
        <translation>Organisme audité</translation>
    </message>
    <message>
        <source>Technical reviewer</source>
        <translation>Examinateur technique</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Organisme de certification</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>Décision de certification</translation>
    </message>
    <message>
        <source>Audit team (%1)</source>
        <translation>Équipe d&apos;audit (%1)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>By signing, the lead auditor confirms that this report states the findings of the audit; the client&apos;s representative confirms that the findings were presented at the closing meeting and that the report was received.</source>
        <translation>Par sa signature, le responsable d&apos;audit confirme que le présent rapport expose les constats de l&apos;audit&#xa0;; le représentant du client confirme que les constats ont été présentés lors de la réunion de clôture et que le rapport a été reçu.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Client&apos;s representative</source>
        <translation>Représentant du client</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <source>Readiness for Stage 2</source>
        <translation>Passage à l&apos;étape 2</translation>
    </message>
    <message>
        <source>Continuation of certification</source>
        <translation>Maintien de la certification</translation>
    </message>
    <message>
        <source>Renewal of certification</source>
        <translation>Renouvellement de la certification</translation>
    </message>
    <message>
        <source>Conclusion on the nonconformities followed up</source>
        <translation>Conclusion sur les non-conformités suivies</translation>
    </message>
    <message>
        <source>Executive summary and readiness for Stage 2</source>
        <translation>Synthèse et passage à l&apos;étape 2</translation>
    </message>
    <message>
        <source>Executive summary and conclusion</source>
        <translation>Synthèse et conclusion</translation>
    </message>
    <message>
        <source>The audit is based on samples of the available information: a nonconformity may exist that the sample did not show.</source>
        <translation>L&apos;audit repose sur un échantillonnage des informations disponibles&#xa0;: une non-conformité peut exister sans être apparue dans l&apos;échantillon.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Closed: verified effective</source>
        <translation>Levée&#xa0;: efficacité vérifiée</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non levée</translation>
    </message>
    <message>
        <source>Correction and corrective action verified effective by the certification body</source>
        <translation>Correction et action corrective dont l&apos;efficacité est vérifiée par l&apos;organisme de certification</translation>
    </message>
    <message>
        <source>Corrective-action plan accepted by the certification body</source>
        <translation>Plan d&apos;actions correctives accepté par l&apos;organisme de certification</translation>
    </message>
    <message>
        <source>The nonconformities this audit followed up:</source>
        <translation>Non-conformités suivies lors de cet audit&#xa0;:</translation>
    </message>
    <message>
        <source>The outcome holds once the certification body has what it awaits:</source>
        <translation>Cette conclusion sera acquise dès que l&apos;organisme de certification disposera des éléments attendus&#xa0;:</translation>
    </message>
    <message>
        <source>A Stage 1 audit does not conclude on certification: the Stage 2 audit evaluates the implementation and effectiveness of the ISMS.</source>
        <translation>Un audit d&apos;étape 1 ne conclut pas sur la certification&#xa0;: l&apos;audit d&apos;étape 2 évalue la mise en œuvre et l&apos;efficacité du SMSI.</translation>
    </message>
    <message>
        <source>The audit team recommends; the decision is taken by the certification body after an independent review of this report.</source>
        <translation>L&apos;équipe d&apos;audit formule une recommandation&#xa0;; la décision est prise par l&apos;organisme de certification après un examen indépendant du présent rapport.</translation>
    </message>
    <message>
        <source>Audit conclusions</source>
        <translation>Conclusions de l&apos;audit</translation>
    </message>
    <message>
        <source>The audit team concludes that the scope of certification is appropriate.</source>
        <translation>L&apos;équipe d&apos;audit conclut que le périmètre de certification est approprié.</translation>
    </message>
    <message>
        <source>The audit team concludes that the scope of certification is not appropriate:</source>
        <translation>L&apos;équipe d&apos;audit conclut que le périmètre de certification n&apos;est pas approprié&#xa0;:</translation>
    </message>
    <message>
        <source>The audit objectives were met.</source>
        <translation>Les objectifs de l&apos;audit ont été atteints.</translation>
    </message>
    <message>
        <source>The audit objectives were not met:</source>
        <translation>Les objectifs de l&apos;audit n&apos;ont pas été atteints&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n was/were not audited</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n n&apos;a pas été auditée</numerusform>
            <numerusform>%n n&apos;ont pas été auditées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n has/have no verdict yet</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n n&apos;a pas encore été appréciée</numerusform>
            <numerusform>%n n&apos;ont pas encore été appréciées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered all %n clause requirement(s): %1.</source>
        <translation>
            <numerusform>Le plan de cet audit couvrait l&apos;exigence des articles 4 à 10&#xa0;: %1.</numerusform>
            <numerusform>Le plan de cet audit couvrait les %n exigences des articles 4 à 10&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered %1 of the %n clause requirement(s): %2.</source>
        <translation>
            <numerusform>Le plan de cet audit couvrait %1 exigence des articles 4 à 10 sur %n&#xa0;: %2.</numerusform>
            <numerusform>Le plan de cet audit couvrait %1 des %n exigences des articles 4 à 10&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered none of the %n clause requirement(s).</source>
        <translation>
            <numerusform>Le plan de cet audit ne couvrait pas l&apos;exigence des articles 4 à 10 (%n).</numerusform>
            <numerusform>Le plan de cet audit ne couvrait aucune des %n exigences des articles 4 à 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n was/were not in this audit&apos;s plan.</source>
        <translation>
            <numerusform>L&apos;exigence restante (%n) ne figurait pas au plan de cet audit.</numerusform>
            <numerusform>Les %n autres ne figuraient pas au plan de cet audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicable</source>
        <comment>controls of the Statement of Applicability</comment>
        <translation>
            <numerusform>%n applicable</numerusform>
            <numerusform>%n applicables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <comment>controls of the Statement of Applicability</comment>
        <translation>
            <numerusform>%n exclue</numerusform>
            <numerusform>%n exclues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Statement of Applicability lists %n control(s).</source>
        <translation>
            <numerusform>La déclaration d&apos;applicabilité recense %n mesure.</numerusform>
            <numerusform>La déclaration d&apos;applicabilité recense %n mesures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Statement of Applicability lists %n control(s): %1.</source>
        <translation>
            <numerusform>La déclaration d&apos;applicabilité recense %n mesure&#xa0;: %1.</numerusform>
            <numerusform>La déclaration d&apos;applicabilité recense %n mesures&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major nonconformity(-ies)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n non-conformité majeure</numerusform>
            <numerusform>%n non-conformités majeures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major nonconformity(-ies)</source>
        <translation>
            <numerusform>%n non-conformité majeure</numerusform>
            <numerusform>%n non-conformités majeures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(-ies)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n non-conformité mineure</numerusform>
            <numerusform>%n non-conformités mineures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(-ies)</source>
        <translation>
            <numerusform>%n non-conformité mineure</numerusform>
            <numerusform>%n non-conformités mineures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n point sensible (PS)</numerusform>
            <numerusform>%n points sensibles (PS)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies) for improvement</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n piste de progrès (PP)</numerusform>
            <numerusform>%n pistes de progrès (PP)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies) for improvement</source>
        <translation>
            <numerusform>%n piste de progrès</numerusform>
            <numerusform>%n pistes de progrès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of concern that could be classified as nonconformities at Stage 2</source>
        <translation>
            <numerusform>%n point de vigilance susceptible d&apos;être classé en non-conformité à l&apos;étape 2</numerusform>
            <numerusform>%n points de vigilance susceptibles d&apos;être classés en non-conformités à l&apos;étape 2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(-ies)</source>
        <translation>
            <numerusform>%n non-conformité</numerusform>
            <numerusform>%n non-conformités</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit identified no areas of concern and raised no findings.</source>
        <translation>L&apos;audit n&apos;a relevé aucun point de vigilance ni aucun constat.</translation>
    </message>
    <message>
        <source>The audit identified %1; the findings section describes each of them.</source>
        <translation>L&apos;audit a relevé %1&#xa0;; la section consacrée aux constats les décrit en détail.</translation>
    </message>
    <message>
        <source>The audit raised no nonconformities, observations or opportunities for improvement.</source>
        <translation>L&apos;audit n&apos;a relevé aucune non-conformité, aucune observation ni aucune piste de progrès.</translation>
    </message>
    <message>
        <source>The audit raised %1; the findings section describes each of them.</source>
        <translation>L&apos;audit a relevé %1&#xa0;; la section consacrée aux constats les décrit en détail.</translation>
    </message>
    <message numerus="yes">
        <source>%n conforms/conform</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n est conforme</numerusform>
            <numerusform>%n sont conformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shows/show a nonconformity</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n présente une non-conformité</numerusform>
            <numerusform>%n présentent une non-conformité</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The report&apos;s date format (a QDate::toString pattern): day, month name, year, e.g. &quot;20 November 2026&quot;.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <extracomment>The report&apos;s short date format for table cells (a QDate::toString pattern), e.g. &quot;20/11/2026&quot;.</extracomment>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>ReportLayoutJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The report cannot be written in &quot;%1&quot;: the available languages are %2.</source>
        <translation>Le rapport ne peut pas être rédigé en «&#xa0;%1&#xa0;»&#xa0;: les langues disponibles sont %2.</translation>
    </message>
    <message>
        <source>The report is laid out for A4 or US Letter paper only.</source>
        <translation>Le rapport est mis en page uniquement pour le papier A4 ou US Letter.</translation>
    </message>
    <message>
        <source>Cannot start painting the report on the printer or PDF file.</source>
        <translation>Impossible de commencer l&apos;impression du rapport sur l&apos;imprimante ou dans le fichier PDF.</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Rapport annulé.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>L&apos;imprimante a refusé une nouvelle page.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or PDF file.</source>
        <translation>Le rapport n&apos;a pas pu être terminé sur l&apos;imprimante ou dans le fichier PDF.</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Findings summary</source>
        <translation>Synthèse des constats</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>Par classification</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Actions verified</source>
        <translation>Actions vérifiées</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By clause and control</source>
        <translation>Par article et par mesure</translation>
    </message>
    <message>
        <source>No finding refers to a clause or control.</source>
        <translation>Aucun constat ne se rapporte à un article ou à une mesure.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Results for clauses 4 to 10</source>
        <translation>Résultats pour les articles 4 à 10</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Statement of Applicability summary</source>
        <translation>Synthèse de la déclaration d&apos;applicabilité</translation>
    </message>
    <message>
        <source>Applicability per theme</source>
        <translation>Applicabilité par thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Implementation per theme, as stated by the client</source>
        <translation>Mise en œuvre par thème, selon le client</translation>
    </message>
    <message>
        <source>Auditor verdicts per theme</source>
        <translation>Appréciations de l&apos;auditeur par thème</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Échant.</translation>
    </message>
    <message>
        <source>Exclusions and their justification</source>
        <translation>Exclusions et leur justification</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation>Justification de l&apos;exclusion</translation>
    </message>
    <message>
        <source>No justification given</source>
        <translation>Aucune justification fournie</translation>
    </message>
    <message>
        <source>The Statement of Applicability excludes no control.</source>
        <translation>La déclaration d&apos;applicabilité n&apos;exclut aucune mesure.</translation>
    </message>
    <message>
        <source>Verdicts on the controls sampled</source>
        <translation>Appréciations des mesures échantillonnées</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>No control has a verdict yet.</source>
        <translation>Aucune mesure n&apos;a encore d&apos;appréciation.</translation>
    </message>
    <message>
        <source>Risk assessment and treatment</source>
        <translation>Appréciation et traitement des risques</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Likelihood levels</source>
        <translation>Niveaux de vraisemblance</translation>
    </message>
    <message>
        <source>Impact levels</source>
        <translation>Niveaux d&apos;impact</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>Plages de score</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Seuil d&apos;acceptation</translation>
    </message>
    <message>
        <source>Scores up to %1 are acceptable</source>
        <translation>Les scores jusqu&apos;à %1 sont acceptables</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Inherent risk (before treatment)</source>
        <translation>Risque brut (avant traitement)</translation>
    </message>
    <message>
        <source>Residual risk (after treatment)</source>
        <translation>Risque résiduel (après traitement)</translation>
    </message>
    <message>
        <source>Risks above the acceptance threshold</source>
        <translation>Risques au-dessus du seuil d&apos;acceptation</translation>
    </message>
    <message>
        <source>The client&apos;s method states no acceptance threshold.</source>
        <translation>La méthode du client n&apos;indique aucun seuil d&apos;acceptation.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Asset and threat</source>
        <translation>Actif et menace</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Residual accepted by</source>
        <translation>Risque résiduel accepté par</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non accepté</translation>
    </message>
    <message>
        <source>No risk scores above the acceptance threshold.</source>
        <translation>Aucun score de risque ne dépasse le seuil d&apos;acceptation.</translation>
    </message>
    <message>
        <source>Findings in detail</source>
        <translation>Constats détaillés</translation>
    </message>
    <message>
        <source>The audit raised no findings.</source>
        <translation>L&apos;audit n&apos;a donné lieu à aucun constat.</translation>
    </message>
    <message>
        <source>Evidence records: %1</source>
        <translation>Preuves enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Preuve objective</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>None submitted yet</source>
        <translation>Aucune soumise à ce jour</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Statut de l&apos;action</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Owner and due date</source>
        <translation>Responsable et échéance</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Evidence and sampling log</source>
        <translation>Journal des preuves et de l&apos;échantillonnage</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Aucune preuve enregistrée.</translation>
    </message>
    <message>
        <source>Objective evidence examined, with the sample taken, so that each selection can be repeated.</source>
        <translation>Preuves objectives examinées, avec l&apos;échantillon prélevé, afin que chaque sélection puisse être reproduite.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recueillie le</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Documentation review and readiness: clauses 4 to 10</source>
        <translation>Revue documentaire et préparation à l&apos;étape 2&#xa0;: articles 4 à 10</translation>
    </message>
    <message>
        <source>At Stage 1 the audit team reviews the ISMS&apos;s documented information and evaluates whether the client is ready for Stage 2; a result states that review, not the implementation and effectiveness that Stage 2 evaluates.</source>
        <translation>Lors de l&apos;étape 1, l&apos;équipe d&apos;audit examine les informations documentées du SMSI et évalue si le client est prêt pour l&apos;étape 2&#xa0;; un résultat rend compte de cet examen, et non de la mise en œuvre et de l&apos;efficacité qu&apos;évalue l&apos;étape 2.</translation>
    </message>
    <message>
        <source>This audit&apos;s plan covers every clause requirement. The findings column names the findings raised against the requirement; the findings section states them in full.</source>
        <translation>Le plan de cet audit couvre chaque exigence d&apos;article. La colonne des constats indique les constats émis au titre de l&apos;exigence&#xa0;; la section consacrée aux constats les présente en détail.</translation>
    </message>
    <message>
        <source>This audit&apos;s plan covers %1 of the %2 clause requirements; the others are marked as not in this audit&apos;s plan. The findings column names the findings raised against the requirement; the findings section states them in full.</source>
        <translation>Le plan de cet audit couvre %1 des %2 exigences d&apos;articles&#xa0;; les autres sont signalées «&#xa0;Hors du plan d&apos;audit&#xa0;». La colonne des constats indique les constats émis au titre de l&apos;exigence&#xa0;; la section consacrée aux constats les présente en détail.</translation>
    </message>
    <message>
        <source>Not in this audit&apos;s plan</source>
        <translation>Hors du plan d&apos;audit</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: likelihood × impact.</source>
        <translation>Méthode d&apos;appréciation des risques propre au client, telle qu&apos;enregistrée par l&apos;équipe d&apos;audit. Les scores suivent la méthode du client&#xa0;: vraisemblance × impact.</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: likelihood + impact.</source>
        <translation>Méthode d&apos;appréciation des risques propre au client, telle qu&apos;enregistrée par l&apos;équipe d&apos;audit. Les scores suivent la méthode du client&#xa0;: vraisemblance + impact.</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: each pair of likelihood and impact levels has the score the client&apos;s matrix gives it (below).</source>
        <translation>Méthode d&apos;appréciation des risques propre au client, telle qu&apos;enregistrée par l&apos;équipe d&apos;audit. Les scores suivent la méthode du client&#xa0;: chaque couple de niveaux de vraisemblance et d&apos;impact reçoit le score que lui attribue la matrice du client (ci-dessous).</translation>
    </message>
    <message>
        <source>The client&apos;s score matrix</source>
        <translation>Matrice de scores du client</translation>
    </message>
    <message>
        <source>The recorded matrix cannot be read: %1</source>
        <translation>La matrice enregistrée est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Likelihood / impact</source>
        <translation>Vraisemblance / impact</translation>
    </message>
</context>
<context>
    <name>ReportSigning</name>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Seul un audit au statut Rédaction du rapport peut être signé&#xa0;; celui-ci est au statut %1.</translation>
    </message>
    <message>
        <source>The signed report does not verify, so it was not written: %1</source>
        <translation>La vérification du rapport signé échoue&#xa0;; il n&apos;a donc pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report&apos;s existing signatures do not verify, so it cannot be countersigned: %1</source>
        <translation>La vérification des signatures existantes du rapport échoue&#xa0;; il ne peut donc pas être contresigné&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is report revision %1, which was reopened (%2); only the current signed revision can be countersigned.</source>
        <translation>Il s&apos;agit de la révision %1 du rapport, qui a été rouverte (%2)&#xa0;; seule la révision signée en vigueur peut être contresignée.</translation>
    </message>
    <message>
        <source>The countersigned report does not verify, so it was not written.</source>
        <translation>La vérification du rapport contresigné échoue&#xa0;; il n&apos;a donc pas été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the audit already records this signature: reopen it and sign again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2&#xa0;; l&apos;audit enregistre déjà cette signature&#xa0;: rouvrez-le et signez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The report already has %n signature(s) and there is no room for another stamp; sign without a visible stamp.</source>
        <translation>
            <numerusform>Le rapport comporte déjà %n signature et il n&apos;y a plus de place pour un autre cachet&#xa0;; signez sans cachet visible.</numerusform>
            <numerusform>Le rapport comporte déjà %n signatures et il n&apos;y a plus de place pour un autre cachet&#xa0;; signez sans cachet visible.</numerusform>
        </translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>révision %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The audit has no signed report on record, so there is no hash to compare the PDF with.</source>
        <translation>L&apos;audit n&apos;a aucun rapport signé enregistré&#xa0;; il n&apos;y a donc pas d&apos;empreinte à laquelle comparer le PDF.</translation>
    </message>
    <message>
        <source>The PDF is not the report recorded in the audit: the audit records %1; the PDF&apos;s signed revisions have %2.</source>
        <translation>Le PDF n&apos;est pas le rapport enregistré dans l&apos;audit&#xa0;: l&apos;audit enregistre %1&#xa0;; les révisions signées du PDF ont %2.</translation>
    </message>
    <message>
        <source>no hash</source>
        <translation>aucune empreinte</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Annex A %1</source>
        <extracomment>The Annex A controls a record refers to, e.g. &quot;Annex A 5.1, 5.4&quot; (the catalogue&apos;s word for Annex A).</extracomment>
        <translation>Annexe A %1</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql to use the repository.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé&#xa0;; installez libqt6sql6-psql pour utiliser le dépôt.</translation>
    </message>
    <message>
        <source>Could not connect to the repository %1: %2. Nothing was changed; the audit file works offline as before.</source>
        <translation>Impossible de se connecter au dépôt %1&#xa0;: %2. Rien n&apos;a été modifié&#xa0;; le fichier d&apos;audit fonctionne hors ligne comme auparavant.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The repository %1 did not answer: %2</source>
        <translation>Le dépôt %1 n&apos;a pas répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no IsoAudit repository (or the role %2 may not use it): run isoaudit-cli repo init as the database&apos;s owner, and ask the administrator to grant the role isoaudit_auditor or isoaudit_reviewer.</source>
        <translation>%1 ne contient aucun dépôt IsoAudit (ou le rôle %2 n&apos;est pas autorisé à l&apos;utiliser)&#xa0;: exécutez isoaudit-cli repo init en tant que propriétaire de la base de données, et demandez à l&apos;administrateur d&apos;attribuer isoaudit_auditor ou isoaudit_reviewer à ce rôle.</translation>
    </message>
    <message>
        <source>The repository %1 is at schema version %2, newer than this IsoAudit knows (%3): update IsoAudit.</source>
        <translation>Le dépôt %1 est à la version de schéma %2, plus récente que celles que connaît cette version d&apos;IsoAudit (%3)&#xa0;: mettez IsoAudit à jour.</translation>
    </message>
    <message>
        <source>The repository %1 is at schema version %2; this IsoAudit needs %3: ask the administrator to run isoaudit-cli repo init.</source>
        <translation>Le dépôt %1 est à la version de schéma %2&#xa0;; cette version d&apos;IsoAudit nécessite la version %3&#xa0;: demandez à l&apos;administrateur d&apos;exécuter isoaudit-cli repo init.</translation>
    </message>
    <message>
        <source>Creating the repository&apos;s roles and schema</source>
        <translation>Création des rôles et du schéma du dépôt</translation>
    </message>
    <message>
        <source>Could not read the repository&apos;s schema version: %1</source>
        <translation>Impossible de lire la version de schéma du dépôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>The repository is at schema version %1, newer than this IsoAudit knows (%2): update IsoAudit.</source>
        <translation>Le dépôt est à la version de schéma %1, plus récente que celles que connaît cette version d&apos;IsoAudit (%2)&#xa0;: mettez IsoAudit à jour.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Migrating the repository to version %1</source>
        <translation>Migration du dépôt vers la version %1</translation>
    </message>
    <message>
        <source>Migrating the repository to version %1 failed: %2</source>
        <translation>Échec de la migration du dépôt vers la version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Listing the audits failed: %1</source>
        <translation>Impossible de lister les audits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listing the audits</source>
        <translation>Récupération de la liste des audits</translation>
    </message>
    <message>
        <source>Reading the audit&apos;s state on the server</source>
        <translation>Lecture de l&apos;état de l&apos;audit sur le serveur</translation>
    </message>
    <message>
        <source>The repository %1 has no such audit (or this role may not see it).</source>
        <translation>Le dépôt %1 ne contient pas cet audit (ou ce rôle n&apos;est pas autorisé à le voir).</translation>
    </message>
    <message>
        <source>Not in the repository yet: push to store it.</source>
        <translation>Pas encore dans le dépôt&#xa0;: envoyez-le pour l&apos;y enregistrer.</translation>
    </message>
    <message>
        <source>In sync with the repository.</source>
        <translation>Synchronisé avec le dépôt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet pushed.</source>
        <translation>
            <numerusform>%n modification non encore envoyée.</numerusform>
            <numerusform>%n modifications non encore envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the server&apos;s trail</source>
        <translation>Lecture du journal des modifications du serveur</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n newer change(s): pull.</source>
        <translation>
            <numerusform>Le dépôt contient %n modification plus récente&#xa0;: récupérez-la.</numerusform>
            <numerusform>Le dépôt contient %n modifications plus récentes&#xa0;: récupérez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both the file and the repository changed since they last agreed: push to merge.</source>
        <translation>Le fichier et le dépôt ont tous deux été modifiés depuis leur dernière synchronisation&#xa0;: envoyez pour fusionner.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not start a transaction on %1: %2</source>
        <translation>Impossible de démarrer une transaction sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting the pull</source>
        <translation>Début de la récupération</translation>
    </message>
    <message>
        <source>The repository %1 has no audit %2 (or the role %3 may not see it).</source>
        <translation>Le dépôt %1 ne contient aucun audit %2 (ou le rôle %3 n&apos;est pas autorisé à le voir).</translation>
    </message>
    <message>
        <source>Reading this role&apos;s privileges failed: %1</source>
        <translation>Échec de la lecture des droits de ce rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marking the audit as checked out</source>
        <translation>Marquage de l&apos;audit comme extrait</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The pull could not be completed on %1 (%2); no file was written.</source>
        <translation>La récupération n&apos;a pas pu aboutir sur %1 (%2)&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Checking the attachments the server holds</source>
        <translation>Vérification des pièces jointes présentes sur le serveur</translation>
    </message>
    <message>
        <source>Sending attachments…</source>
        <translation>Envoi des pièces jointes…</translation>
    </message>
    <message>
        <source>Sending an attachment</source>
        <translation>Envoi d&apos;une pièce jointe</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;étape «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Preparing the push</source>
        <translation>Préparation de l&apos;envoi</translation>
    </message>
    <message>
        <source>Sending records…</source>
        <translation>Envoi des enregistrements…</translation>
    </message>
    <message>
        <source>Removing the records the audit no longer holds</source>
        <translation>Suppression des enregistrements que l&apos;audit ne contient plus</translation>
    </message>
    <message>
        <source>Storing the records</source>
        <translation>Stockage des enregistrements</translation>
    </message>
    <message>
        <source>Sending the audit trail…</source>
        <translation>Envoi du journal des modifications…</translation>
    </message>
    <message>
        <source>The repository holds the merged audit, but %1 could not be replaced by it (%2); the merged file is %3.</source>
        <translation>Le dépôt contient l&apos;audit fusionné, mais %1 n&apos;a pas pu être remplacé par celui-ci (%2)&#xa0;; le fichier fusionné est %3.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 was not pushed: its audit trail does not verify (%2).</source>
        <translation>%1 n&apos;a pas été envoyé&#xa0;: la vérification de son journal des modifications échoue (%2).</translation>
    </message>
    <message>
        <source>Reading the audit on the server</source>
        <translation>Lecture de l&apos;audit sur le serveur</translation>
    </message>
    <message>
        <source>Reading this role&apos;s teams failed: %1</source>
        <translation>Échec de la lecture des équipes de ce rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name the team the audit belongs to (--team); the role %1 is in: %2.</source>
        <translation>Indiquez l&apos;équipe à laquelle appartient l&apos;audit (--team)&#xa0;; équipes du rôle %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The repository %1 already holds this audit (%2) in a team the role %3 is not in; nothing was pushed.</source>
        <translation>Le dépôt %1 contient déjà cet audit (%2) dans une équipe dont le rôle %3 n&apos;est pas membre&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The role %1 may not add audits to the team &quot;%2&quot; (it is not a member, or there is no such team); nothing was pushed.</source>
        <translation>Le rôle %1 n&apos;est pas autorisé à ajouter des audits à l&apos;équipe «&#xa0;%2&#xa0;» (il n&apos;en est pas membre, ou cette équipe n&apos;existe pas)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Adding the audit failed: %1</source>
        <translation>Échec de l&apos;ajout de l&apos;audit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n newer change(s) than %1: pull instead; nothing was pushed.</source>
        <translation>
            <numerusform>Le dépôt contient %n modification plus récente que %1&#xa0;: récupérez-la plutôt&#xa0;; rien n&apos;a été envoyé.</numerusform>
            <numerusform>Le dépôt contient %n modifications plus récentes que %1&#xa0;: récupérez-les plutôt&#xa0;; rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging with the repository&apos;s version…</source>
        <translation>Fusion avec la version du dépôt…</translation>
    </message>
    <message>
        <source>Could not make a temporary folder beside %1 for the merge: %2</source>
        <translation>Impossible de créer un dossier temporaire à côté de %1 pour la fusion&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Both %1 and the repository changed the same fields (%n conflict(s)); nothing was pushed. Choose for each, or push again with --prefer mine or --prefer theirs.</source>
        <translation>
            <numerusform>%1 et le dépôt ont modifié les mêmes champs (%n conflit)&#xa0;; rien n&apos;a été envoyé. Faites un choix pour chaque conflit, ou envoyez de nouveau avec --prefer mine ou --prefer theirs.</numerusform>
            <numerusform>%1 et le dépôt ont modifié les mêmes champs (%n conflits)&#xa0;; rien n&apos;a été envoyé. Faites un choix pour chaque conflit, ou envoyez de nouveau avec --prefer mine ou --prefer theirs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the merged audit beside %1.</source>
        <translation>Impossible d&apos;écrire l&apos;audit fusionné à côté de %1.</translation>
    </message>
    <message>
        <source>Clearing the checked-out mark</source>
        <translation>Retrait de la marque d&apos;extraction</translation>
    </message>
    <message>
        <source>The push could not be committed on %1 (%2); nothing was changed.</source>
        <translation>L&apos;envoi n&apos;a pas pu être validé sur %1 (%2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Updating the audit&apos;s row</source>
        <translation>Mise à jour de la ligne de l&apos;audit</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>The repository holds the audit, but %1 could not record it: %2</source>
        <translation>Le dépôt contient l&apos;audit, mais %1 n&apos;a pas pu enregistrer son lien avec le dépôt&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stored the audit in %1 (team %2).</source>
        <translation>Audit enregistré dans %1 (équipe %2).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to %1.</source>
        <translation>
            <numerusform>%n modification envoyée à %1.</numerusform>
            <numerusform>%n modifications envoyées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged with the repository&apos;s version and sent; %1 now holds the merged audit.</source>
        <translation>Fusionné avec la version du dépôt et envoyé&#xa0;; %1 contient désormais l&apos;audit fusionné.</translation>
    </message>
    <message>
        <source>Up to date: %1 has everything in the file.</source>
        <translation>À jour&#xa0;: %1 contient déjà tout le contenu du fichier.</translation>
    </message>
    <message>
        <source>The role %1 is in no team of the repository %2, so it cannot add an audit: ask the repository&apos;s administrator to add it to the audit&apos;s team.</source>
        <translation>Le rôle %1 n&apos;appartient à aucune équipe du dépôt %2 et ne peut donc pas ajouter d&apos;audit&#xa0;: demandez à l&apos;administrateur du dépôt de l&apos;ajouter à l&apos;équipe de l&apos;audit.</translation>
    </message>
    <message>
        <source>Reading the audit&apos;s team failed: %1</source>
        <translation>Échec de la lecture de l’équipe de l’audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryRows</name>
    <message>
        <source>Reading the audit</source>
        <translation>Lecture de l&apos;audit</translation>
    </message>
    <message>
        <source>Receiving attachments…</source>
        <translation>Réception des pièces jointes…</translation>
    </message>
    <message>
        <source>Receiving the attachments</source>
        <translation>Réception des pièces jointes</translation>
    </message>
    <message>
        <source>Receiving records…</source>
        <translation>Réception des enregistrements…</translation>
    </message>
    <message>
        <source>Receiving the records</source>
        <translation>Réception des enregistrements</translation>
    </message>
    <message>
        <source>The repository&apos;s copy of the audit refers to an attachment it does not hold.</source>
        <translation>La version de l&apos;audit présente dans le dépôt renvoie à une pièce jointe que celui-ci ne contient pas.</translation>
    </message>
    <message>
        <source>Receiving the audit trail…</source>
        <translation>Réception du journal des modifications…</translation>
    </message>
    <message>
        <source>Receiving the audit trail</source>
        <translation>Réception du journal des modifications</translation>
    </message>
    <message>
        <source>The file holds no audit.</source>
        <translation>Le fichier ne contient aucun audit.</translation>
    </message>
    <message>
        <source>The file&apos;s audit has no identity (uuid).</source>
        <translation>L&apos;audit du fichier n&apos;a pas d&apos;identifiant (uuid).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;étape «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed on the server or in the file.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié sur le serveur ni dans le fichier.</translation>
    </message>
</context>
<context>
    <name>RepositoryServer</name>
    <message>
        <source>&quot;%1&quot; is not a repository address; write it as postgresql://USER@HOST:PORT/DATABASE (docs/repository.md).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de dépôt&#xa0;; saisissez-la sous la forme postgresql://USER@HOST:PORT/DATABASE (docs/repository.md).</translation>
    </message>
    <message>
        <source>The repository address carries a password; leave it out: IsoAudit asks for it (or reads it from the keychain) and never stores it.</source>
        <translation>L&apos;adresse du dépôt contient un mot de passe&#xa0;; retirez-le&#xa0;: IsoAudit le demande (ou le lit dans le trousseau de clés) et ne l&apos;enregistre jamais.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the repository address; use host, port, user, sslmode, sslrootcert, sslcert or sslkey.</source>
        <translation>Paramètre inconnu «&#xa0;%1&#xa0;» dans l&apos;adresse du dépôt&#xa0;; utilisez host, port, user, sslmode, sslrootcert, sslcert ou sslkey.</translation>
    </message>
    <message>
        <source>The repository address has no valid port.</source>
        <translation>L&apos;adresse du dépôt ne comporte pas de port valide.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation>Valeur sslmode inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>sslmode=%1 needs the certificate authority that signed the server&apos;s certificate: add sslrootcert=/path/to/ca.pem to the address.</source>
        <translation>sslmode=%1 nécessite l&apos;autorité de certification qui a signé le certificat du serveur&#xa0;: ajoutez sslrootcert=/chemin/vers/ca.pem à l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>RepositoryWork</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling… the server and the file stay as they were.</source>
        <translation>Annulation… le serveur et le fichier restent inchangés.</translation>
    </message>
</context>
<context>
    <name>RiskMethod</name>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The method needs 1 to %1 likelihood levels; it has %2.</source>
        <translation>La méthode doit compter de 1 à %1 niveaux de vraisemblance&#xa0;; elle en compte %2.</translation>
    </message>
    <message>
        <source>The method needs 1 to %1 impact levels; it has %2.</source>
        <translation>La méthode doit compter de 1 à %1 niveaux d&apos;impact&#xa0;; elle en compte %2.</translation>
    </message>
    <message>
        <source>Likelihood level %1 has no label.</source>
        <translation>Le niveau de vraisemblance %1 n&apos;a pas de libellé.</translation>
    </message>
    <message>
        <source>Impact level %1 has no label.</source>
        <translation>Le niveau d&apos;impact %1 n&apos;a pas de libellé.</translation>
    </message>
    <message>
        <source>Band %1 has no label.</source>
        <translation>La plage %1 n&apos;a pas de libellé.</translation>
    </message>
    <message>
        <source>The band %1 runs from %2 to %3; its scores must be whole numbers from 0 up, the first no higher than the last.</source>
        <translation>La plage %1 va de %2 à %3&#xa0;; ses bornes doivent être des nombres entiers à partir de 0, la première ne dépassant pas la dernière.</translation>
    </message>
    <message>
        <source>The bands %1 (%2–%3) and %4 (%5–%6) overlap; a score can fall in one band only.</source>
        <translation>Les plages %1 (%2–%3) et %4 (%5–%6) se chevauchent&#xa0;; un score ne peut appartenir qu&apos;à une seule plage.</translation>
    </message>
    <message>
        <source>The acceptance threshold %1 is outside the scores this method gives (%2 to %3).</source>
        <translation>Le seuil d&apos;acceptation %1 est en dehors des scores que donne cette méthode (de %2 à %3).</translation>
    </message>
    <message>
        <source>The score matrix has a row for each of %1 likelihood levels, but the method has %2 likelihood levels; give one row per likelihood level, lowest first.</source>
        <translation>La matrice de scores a des lignes pour %1 niveaux de vraisemblance, mais la méthode compte %2 niveaux de vraisemblance&#xa0;; indiquez une ligne par niveau de vraisemblance, du plus bas au plus haut.</translation>
    </message>
    <message>
        <source>The score matrix row for likelihood %1 gives a score for each of %2 impact levels, but the method has %3 impact levels; give one score per impact level, lowest first.</source>
        <translation>La ligne de la matrice de scores pour la vraisemblance %1 donne des scores pour %2 niveaux d&apos;impact, mais la méthode compte %3 niveaux d&apos;impact&#xa0;; indiquez un score par niveau d&apos;impact, du plus bas au plus haut.</translation>
    </message>
    <message>
        <source>The score matrix gives %1 for likelihood %2 and impact %3; a score is a whole number from 0 to %4.</source>
        <translation>La matrice de scores donne %1 pour la vraisemblance %2 et l&apos;impact %3&#xa0;; un score est un nombre entier de 0 à %4.</translation>
    </message>
    <message>
        <source>Score = likelihood + impact.</source>
        <translation>Score = vraisemblance + impact.</translation>
    </message>
    <message>
        <source>Scores are read from the client&apos;s matrix, one per likelihood and impact level.</source>
        <translation>Les scores sont lus dans la matrice du client, un par couple de niveaux de vraisemblance et d&apos;impact.</translation>
    </message>
    <message>
        <source>Score = likelihood × impact.</source>
        <translation>Score = vraisemblance × impact.</translation>
    </message>
    <message>
        <source>likelihood %1 + impact %2 = %3</source>
        <translation>vraisemblance %1 + impact %2 = %3</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2 score %3 in the client&apos;s matrix</source>
        <translation>vraisemblance %1 et impact %2 donnent le score %3 dans la matrice du client</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2, which the client&apos;s matrix does not score</source>
        <translation>vraisemblance %1 et impact %2, auxquels la matrice du client n&apos;attribue aucun score</translation>
    </message>
    <message>
        <source>likelihood %1 × impact %2 = %3</source>
        <translation>vraisemblance %1 × impact %2 = %3</translation>
    </message>
    <message>
        <source>The score matrix is not a list of rows (one per likelihood level).</source>
        <translation>La matrice de scores n&apos;est pas une liste de lignes (une par niveau de vraisemblance).</translation>
    </message>
    <message>
        <source>The score matrix row for likelihood %1 is %2, not a list of scores.</source>
        <translation>La ligne de la matrice de scores pour la vraisemblance %1 est %2, et non une liste de scores.</translation>
    </message>
    <message>
        <source>The score matrix gives %1 for likelihood %2 and impact %3, which is not a whole number.</source>
        <translation>La matrice de scores donne %1 pour la vraisemblance %2 et l&apos;impact %3, ce qui n&apos;est pas un nombre entier.</translation>
    </message>
</context>
<context>
    <name>RiskMethodPresets</name>
    <message>
        <source>3 × 3 likelihood × impact</source>
        <translation>Vraisemblance × impact 3 × 3</translation>
    </message>
    <message>
        <source>4 × 4 likelihood × impact</source>
        <translation>Vraisemblance × impact 4 × 4</translation>
    </message>
    <message>
        <source>5 × 5 likelihood × impact</source>
        <translation>Vraisemblance × impact 5 × 5</translation>
    </message>
    <message>
        <source>Scores 1–9: 1–2 Low, 3–4 Medium, 5–9 High; risks scoring above 4 need treatment.</source>
        <translation>Scores 1–9&#xa0;: 1–2 faible, 3–4 moyen, 5–9 élevé&#xa0;; les risques dont le score dépasse 4 doivent être traités.</translation>
    </message>
    <message>
        <source>Scores 1–16: 1–3 Low, 4–6 Medium, 7–9 High, 10–16 Critical; risks scoring above 6 need treatment.</source>
        <translation>Scores 1–16&#xa0;: 1–3 faible, 4–6 moyen, 7–9 élevé, 10–16 critique&#xa0;; les risques dont le score dépasse 6 doivent être traités.</translation>
    </message>
    <message>
        <source>Scores 1–25: 1–5 Low, 6–10 Medium, 11–15 High, 16–25 Critical; risks scoring above 10 need treatment.</source>
        <translation>Scores 1–25&#xa0;: 1–5 faible, 6–10 moyen, 11–15 élevé, 16–25 critique&#xa0;; les risques dont le score dépasse 10 doivent être traités.</translation>
    </message>
    <message>
        <source>There is no built-in risk method &quot;%1&quot;; the choices are %2.</source>
        <translation>Il n&apos;existe pas de méthode de risque intégrée «&#xa0;%1&#xa0;»&#xa0;; les choix possibles sont %2.</translation>
    </message>
</context>
<context>
    <name>RiskScheme</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>There are no rules for &quot;%1&quot;; use fieldwork, reporting or signed.</source>
        <translation>Il n&apos;existe pas de règles pour «&#xa0;%1&#xa0;»&#xa0;; utilisez fieldwork, reporting ou signed.</translation>
    </message>
</context>
<context>
    <name>SampleDraw</name>
    <message>
        <source>Control %1 already has a sample from the population &quot;%2&quot; (seed %3, drawn %4); remove that sample first to draw again.</source>
        <translation>Le contrôle %1 a déjà un échantillon tiré de la population «&#xa0;%2&#xa0;» (graine %3, tiré le %4)&#xa0;; supprimez d&apos;abord cet échantillon pour effectuer un nouveau tirage.</translation>
    </message>
    <message>
        <source>Control %1: %2</source>
        <translation>Contrôle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A sample size other than the firm&apos;s policy (%1) needs a reason on record.</source>
        <translation>Une taille d&apos;échantillon différente de celle de la politique du cabinet (%1) nécessite un motif enregistré.</translation>
    </message>
    <message>
        <source>The sample size %1 is below 1.</source>
        <translation>La taille d&apos;échantillon %1 est inférieure à 1.</translation>
    </message>
    <message>
        <source>No sample has been drawn from the population &quot;%1&quot;.</source>
        <translation>Aucun échantillon n&apos;a été tiré de la population «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The control has no sample yet; draw one first.</source>
        <translation>Le contrôle n&apos;a pas encore d&apos;échantillon&#xa0;; tirez-en d&apos;abord un.</translation>
    </message>
    <message>
        <source>The control has %1 samples; name the population of the one meant.</source>
        <translation>Le contrôle a %1 échantillons&#xa0;; nommez la population de celui que vous visez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the control&apos;s sample.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un élément de l&apos;échantillon du contrôle.</translation>
    </message>
    <message>
        <source>An item is replaced only with a reason on record.</source>
        <translation>Un élément n&apos;est remplacé qu&apos;avec un motif enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of this sample.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un élément de cet échantillon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a result (%2); an item that was tested is not replaced.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà un résultat (%2)&#xa0;; un élément testé n&apos;est pas remplacé.</translation>
    </message>
    <message>
        <source>The sample&apos;s population is not in this file: %1</source>
        <translation>La population de l&apos;échantillon ne figure pas dans ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sample&apos;s seed %1 is not the seed of its selection (%2).</source>
        <translation>La graine %1 de l&apos;échantillon n&apos;est pas celle de sa sélection (%2).</translation>
    </message>
    <message>
        <source>The seed draws &quot;%1&quot; (%2), which is not among the sample&apos;s items.</source>
        <translation>La graine tire «&#xa0;%1&#xa0;» (%2), qui ne fait pas partie des éléments de l&apos;échantillon.</translation>
    </message>
    <message>
        <source>The sample&apos;s item &quot;%1&quot; records %2 %3; the seed draws %4.</source>
        <translation>L&apos;élément «&#xa0;%1&#xa0;» de l&apos;échantillon enregistre %2 = %3&#xa0;; la graine tire %4.</translation>
    </message>
    <message>
        <source>The sample holds &quot;%1&quot;, which the seed does not draw.</source>
        <translation>L&apos;échantillon contient «&#xa0;%1&#xa0;», que la graine ne tire pas.</translation>
    </message>
    <message>
        <source>The sample&apos;s item &quot;%1&quot; has a result; a tested sample is not removed.</source>
        <translation>L&apos;élément «&#xa0;%1&#xa0;» de l&apos;échantillon a un résultat&#xa0;; un échantillon testé n&apos;est pas supprimé.</translation>
    </message>
</context>
<context>
    <name>SampleResults</name>
    <message>
        <source>A sample item&apos;s result is %1, not &quot;%2&quot;.</source>
        <translation>Le résultat d&apos;un élément d&apos;échantillon est %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SampleSelection</name>
    <message>
        <source>The sample size %1 is below 1.</source>
        <translation>La taille d&apos;échantillon %1 est inférieure à 1.</translation>
    </message>
    <message>
        <source>Population row %1 has no item id.</source>
        <translation>La ligne %1 de la population n&apos;a pas d&apos;identifiant d&apos;élément.</translation>
    </message>
    <message>
        <source>Population row %1 (item &quot;%2&quot;) has no valid date.</source>
        <translation>La ligne %1 de la population (élément «&#xa0;%2&#xa0;») n&apos;a pas de date valide.</translation>
    </message>
    <message>
        <source>Population row %1 repeats the item id &quot;%2&quot; of row %3.</source>
        <translation>La ligne %1 de la population reprend l&apos;identifiant d&apos;élément «&#xa0;%2&#xa0;» de la ligne %3.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not replaced: a replacement needs the reason it is replaced.</source>
        <translation>L&apos;élément «&#xa0;%1&#xa0;» n&apos;est pas remplacé&#xa0;: tout remplacement doit être motivé.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not in the sample, so it cannot be replaced.</source>
        <translation>L&apos;élément «&#xa0;%1&#xa0;» ne fait pas partie de l&apos;échantillon&#xa0;; il ne peut donc pas être remplacé.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot be replaced: every occurrence of %2 is already in the sample or was replaced.</source>
        <translation>L&apos;élément «&#xa0;%1&#xa0;» ne peut pas être remplacé&#xa0;: toutes les occurrences du mois %2 figurent déjà dans l&apos;échantillon ou ont déjà été remplacées.</translation>
    </message>
    <message>
        <source>The sample was drawn by the method &quot;%1&quot; version %2, which this IsoAudit does not know (it draws with &quot;%3&quot; version %4).</source>
        <translation>L&apos;échantillon a été tiré selon la méthode «&#xa0;%1&#xa0;», version %2, que cette installation d&apos;IsoAudit ne connaît pas (elle tire selon «&#xa0;%3&#xa0;», version %4).</translation>
    </message>
    <message>
        <source>The sample&apos;s seed is missing or not a whole number written as text.</source>
        <translation>La graine (seed) de l&apos;échantillon est absente ou n&apos;est pas un nombre entier écrit sous forme de texte.</translation>
    </message>
    <message>
        <source>The population differs from the one the sample was drawn from (%1 rows, SHA-256 %2): the sample cannot be re-drawn from it.</source>
        <translation>La population diffère de celle dont l&apos;échantillon a été tiré (%1 lignes, SHA-256 %2)&#xa0;: l&apos;échantillon ne peut pas en être tiré à nouveau.</translation>
    </message>
    <message>
        <source>The recorded replacement of item &quot;%1&quot; is &quot;%2&quot;, but the seed draws &quot;%3&quot;.</source>
        <translation>Le remplacement enregistré de l&apos;élément «&#xa0;%1&#xa0;» est «&#xa0;%2&#xa0;», mais la graine donne «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The recorded sample is not the one its seed draws from this population: recorded %1, drawn %2.</source>
        <translation>L&apos;échantillon enregistré n&apos;est pas celui que sa graine tire de cette population&#xa0;: enregistré %1, tiré %2.</translation>
    </message>
</context>
<context>
    <name>SampleSize</name>
    <message>
        <source>The population has no occurrences during the period: the control is not occurring during the period, which is not a pass, and no sample is drawn.</source>
        <translation>La population ne comporte aucune occurrence sur la période&#xa0;: le contrôle n&apos;a pas été exécuté au cours de la période, ce qui ne constitue pas un test concluant, et aucun échantillon n&apos;est tiré.</translation>
    </message>
    <message>
        <source>The control frequency &quot;%1&quot; is not one of %2.</source>
        <translation>La fréquence du contrôle &quot;%1&quot; ne figure pas parmi %2.</translation>
    </message>
    <message>
        <source>The population size %1 is below 0.</source>
        <translation>La taille de la population %1 est inférieure à 0.</translation>
    </message>
    <message>
        <source>The sample-size policy &quot;%1&quot; has no row for this control.</source>
        <translation>La politique de taille des échantillons «&#xa0;%1&#xa0;» ne comporte aucune ligne pour ce contrôle.</translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the firm&apos;s policy row &quot;%1&quot; tests every occurrence.</source>
        <translation>
            <numerusform>Toute la population est testée (%n occurrence)&#xa0;: la ligne «&#xa0;%1&#xa0;» de la politique du cabinet prévoit de tester chaque occurrence.</numerusform>
            <numerusform>Toute la population est testée (%n occurrences)&#xa0;: la ligne «&#xa0;%1&#xa0;» de la politique du cabinet prévoit de tester chaque occurrence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the population is not larger than the %1 items of the firm&apos;s policy row &quot;%2&quot; after a deviation in the prior period.</source>
        <translation>
            <numerusform>Toute la population est testée (%n occurrence)&#xa0;: elle ne dépasse pas les %1 éléments que prévoit la ligne «&#xa0;%2&#xa0;» de la politique du cabinet après un écart lors de la période précédente.</numerusform>
            <numerusform>Toute la population est testée (%n occurrences)&#xa0;: elle ne dépasse pas les %1 éléments que prévoit la ligne «&#xa0;%2&#xa0;» de la politique du cabinet après un écart lors de la période précédente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the population is not larger than the %1 items of the firm&apos;s policy row &quot;%2&quot;.</source>
        <translation>
            <numerusform>Toute la population est testée (%n occurrence)&#xa0;: elle ne dépasse pas les %1 éléments de la ligne «&#xa0;%2&#xa0;» de la politique du cabinet.</numerusform>
            <numerusform>Toute la population est testée (%n occurrences)&#xa0;: elle ne dépasse pas les %1 éléments de la ligne «&#xa0;%2&#xa0;» de la politique du cabinet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), the next size after a deviation in the prior period, from the firm&apos;s policy row &quot;%1&quot; (%2 without it).</source>
        <translation>
            <numerusform>%n élément, taille supérieure suivante après un écart lors de la période précédente, selon la ligne «&#xa0;%1&#xa0;» de la politique du cabinet (%2 sans cet écart).</numerusform>
            <numerusform>%n éléments, taille supérieure suivante après un écart lors de la période précédente, selon la ligne «&#xa0;%1&#xa0;» de la politique du cabinet (%2 sans cet écart).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the firm&apos;s policy row &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n élément selon la ligne «&#xa0;%1&#xa0;» de la politique du cabinet.</numerusform>
            <numerusform>%n éléments selon la ligne «&#xa0;%1&#xa0;» de la politique du cabinet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automated control, sized as a manual one after the deviation in the prior period.</source>
        <translation>Contrôle automatisé, dimensionné comme un contrôle manuel en raison de l&apos;écart de la période précédente.</translation>
    </message>
    <message>
        <source>Automated control: change-management evidence over the period is tested as well.</source>
        <translation>Contrôle automatisé&#xa0;: les preuves relatives à la gestion des changements sur la période sont également testées.</translation>
    </message>
    <message>
        <source>The sample-size input&apos;s populationSize is missing or not a number.</source>
        <translation>Dans les paramètres de la taille d&apos;échantillon, populationSize est absent ou n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The sample size&apos;s %1 is missing or not a number.</source>
        <translation>Dans la taille d&apos;échantillon, %1 est absent ou n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>SampleSizePolicy</name>
    <message>
        <source>The sample-size policy %1 cannot be read: %2</source>
        <translation>La politique de taille des échantillons %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is not valid JSON: %2</source>
        <translation>La politique de taille des échantillons %1 n&apos;est pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is not an IsoAudit sample-size policy of version 1.</source>
        <translation>La politique de taille des échantillons %1 n&apos;est pas une politique de taille des échantillons IsoAudit de version 1.</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is invalid: %2</source>
        <translation>La politique de taille des échantillons %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>it has no id or no name</source>
        <translation>il lui manque un id ou un nom</translation>
    </message>
    <message>
        <source>%1: size is missing or neither a whole number of 1 or more nor &quot;all&quot;</source>
        <translation>%1&#xa0;: size est absent ou n&apos;est ni un nombre entier supérieur ou égal à 1 ni &quot;all&quot;</translation>
    </message>
    <message>
        <source>%1: size is missing or not a whole number of 1 or more</source>
        <translation>%1&#xa0;: size est absent ou n&apos;est pas un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>%1: increasedSize (the next size, after a deviation in the prior period) is missing or not a whole number</source>
        <translation>%1&#xa0;: increasedSize (la taille suivante, après un écart lors de la période précédente) est absent ou n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: increasedSize %2 is not larger than the size %3</source>
        <translation>%1&#xa0;: increasedSize %2 n&apos;est pas supérieur à size %3</translation>
    </message>
    <message>
        <source>byFrequency row %1 (&quot;%2&quot;)</source>
        <translation>ligne %1 de byFrequency (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: the frequency must be one of %2 (as-needed controls are sized by the asNeeded rows)</source>
        <translation>%1&#xa0;: la fréquence doit être l&apos;une des valeurs %2 (les contrôles exécutés au besoin sont dimensionnés par les lignes de asNeeded)</translation>
    </message>
    <message>
        <source>%1 repeats a frequency an earlier row gives</source>
        <translation>%1 reprend une fréquence déjà donnée par une ligne précédente</translation>
    </message>
    <message>
        <source>byFrequency has no row for the frequency &quot;%1&quot;</source>
        <translation>byFrequency ne comporte aucune ligne pour la fréquence &quot;%1&quot;</translation>
    </message>
    <message>
        <source>asNeeded has no rows</source>
        <translation>asNeeded ne comporte aucune ligne</translation>
    </message>
    <message>
        <source>asNeeded row %1</source>
        <translation>ligne %1 de asNeeded</translation>
    </message>
    <message>
        <source>%1: populationMin is missing or not a whole number of 1 or more</source>
        <translation>%1&#xa0;: populationMin est absent ou n&apos;est pas un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>%1: populationMax is not a whole number of at least populationMin</source>
        <translation>%1&#xa0;: populationMax n&apos;est pas un nombre entier supérieur ou égal à populationMin</translation>
    </message>
    <message>
        <source>%1 has no populationMax; only the last row is open-ended</source>
        <translation>%1 n&apos;a pas de populationMax&#xa0;; seule la dernière ligne peut être sans borne supérieure</translation>
    </message>
    <message>
        <source>%1 starts at %2 occurrences; the first row must start at 1</source>
        <translation>%1 commence à %2 occurrences&#xa0;; la première ligne doit commencer à 1</translation>
    </message>
    <message>
        <source>%1 leaves a gap: the row before ends at %2 occurrences</source>
        <translation>%1 laisse un intervalle vide&#xa0;: la ligne précédente se termine à %2 occurrences</translation>
    </message>
    <message>
        <source>%1 overlaps the row before, which ends at %2 occurrences</source>
        <translation>%1 chevauche la ligne précédente, qui se termine à %2 occurrences</translation>
    </message>
    <message>
        <source>it has no automated row</source>
        <translation>elle ne comporte aucune ligne automated</translation>
    </message>
    <message>
        <source>automated: size is missing or not a whole number of 1 or more</source>
        <translation>automated&#xa0;: size est absent ou n&apos;est pas un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>automated: changeManagementEvidence is not true or false</source>
        <translation>automated&#xa0;: changeManagementEvidence ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>automated: priorDeviation is &quot;%1&quot;, not &quot;as-manual&quot; or &quot;same&quot;</source>
        <translation>automated&#xa0;: priorDeviation vaut &quot;%1&quot;, et non &quot;as-manual&quot; ou &quot;same&quot;</translation>
    </message>
    <message>
        <source>%1, %2 or more occurrences</source>
        <translation>%1, %2 occurrences ou plus</translation>
    </message>
    <message>
        <source>%1, %2–%3 occurrences</source>
        <translation>%1, de %2 à %3 occurrences</translation>
    </message>
</context>
<context>
    <name>SignatureStamp</name>
    <message>
        <source>A visible signature stamp needs the application&apos;s fonts, which are not available here.</source>
        <translation>Un cachet de signature visible nécessite les polices de l&apos;application, qui ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <source>The signature stamp&apos;s box is too small to write in.</source>
        <translation>Le cadre du cachet de signature est trop petit pour y écrire.</translation>
    </message>
    <message>
        <source>Digitally signed by %1 on %2 UTC</source>
        <translation>Signé numériquement par %1 le %2 UTC</translation>
    </message>
</context>
<context>
    <name>Soc2Report</name>
    <message>
        <source>system</source>
        <translation>son système</translation>
    </message>
    <message>
        <source>Independent service auditor&apos;s report</source>
        <translation>Rapport de l&apos;auditeur indépendant de la société de services</translation>
    </message>
    <message>
        <source>To the management of %1</source>
        <translation>À l&apos;attention de la direction de %1</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Auditeur de la société de services</translation>
    </message>
    <message>
        <source>Not recorded in the engagement file.</source>
        <translation>Non renseigné dans le dossier de la mission.</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Responsable de la mission</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Not yet dated</source>
        <translation>Non encore daté</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>We have examined %1&apos;s accompanying description of its %2 in Section III (the description) for the period %3, and the suitability of the design and operating effectiveness of the controls stated in the description throughout that period to provide reasonable assurance that %1&apos;s service commitments and system requirements were achieved based on the trust services criteria relevant to %4 (the applicable trust services criteria) established by the AICPA.</source>
        <translation>Nous avons examiné la description ci-jointe, établie par %1, de %2, figurant à la section III (la «&#xa0;description&#xa0;») pour la période %3, ainsi que le caractère approprié de la conception et l&apos;efficacité du fonctionnement des contrôles mentionnés dans la description tout au long de cette période, en vue de fournir une assurance raisonnable que les engagements de service et les exigences relatives au système de %1 ont été atteints sur la base des critères relatifs aux services de confiance applicables aux catégories %4 (les «&#xa0;critères applicables&#xa0;»), établis par l&apos;AICPA.</translation>
    </message>
    <message>
        <source>We have examined %1&apos;s accompanying description of its %2 in Section III (the description) as of %3, and the suitability of the design of the controls stated in the description as of that date to provide reasonable assurance that %1&apos;s service commitments and system requirements would be achieved based on the trust services criteria relevant to %4 (the applicable trust services criteria) established by the AICPA.</source>
        <translation>Nous avons examiné la description ci-jointe, établie par %1, de %2, figurant à la section III (la «&#xa0;description&#xa0;») au %3, ainsi que le caractère approprié de la conception des contrôles mentionnés dans la description à cette date, en vue de fournir une assurance raisonnable que les engagements de service et les exigences relatives au système de %1 seraient atteints sur la base des critères relatifs aux services de confiance applicables aux catégories %4 (les «&#xa0;critères applicables&#xa0;»), établis par l&apos;AICPA.</translation>
    </message>
    <message>
        <source>%1 uses %2, a subservice organization, for %3. The description includes the controls of %2 (the inclusive method), and our examination extended to them.</source>
        <translation>%1 fait appel à %2, société de services sous-traitante, pour %3. La description inclut les contrôles de %2 (méthode de l&apos;inclusion), et notre examen s&apos;est étendu à ceux-ci.</translation>
    </message>
    <message>
        <source>%1 uses %2, a subservice organization, for %3. The description includes only the controls of %1 and excludes the controls of %2 (the carve-out method). The description also indicates that certain applicable trust services criteria (%4) can be met only if the complementary subservice organization controls assumed in the design of %1&apos;s controls are suitably designed and operating effectively along with the related controls at %1. Our examination did not extend to the controls of %2, and we have not evaluated the suitability of the design or the operating effectiveness of those complementary subservice organization controls. The controls assumed are: %5</source>
        <translation>%1 fait appel à %2, société de services sous-traitante, pour %3. La description inclut uniquement les contrôles de %1 et exclut les contrôles de %2 (méthode de l&apos;exclusion). La description indique également que certains critères applicables (%4) ne peuvent être satisfaits que si les contrôles complémentaires de la société de services sous-traitante pris pour hypothèse dans la conception des contrôles de %1 sont conçus de manière appropriée et fonctionnent efficacement conjointement avec les contrôles correspondants de %1. Notre examen ne s&apos;est pas étendu aux contrôles de %2, et nous n&apos;avons évalué ni le caractère approprié de la conception ni l&apos;efficacité du fonctionnement de ces contrôles complémentaires de la société de services sous-traitante. Les contrôles pris pour hypothèse sont les suivants&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <source>The description indicates that certain applicable trust services criteria can be met only if the complementary user entity controls assumed in the design of %1&apos;s controls are suitably designed and operating effectively along with the related controls at %1. Our examination did not include those complementary user entity controls, and we have not evaluated their design or operating effectiveness. They are listed in Section III (%n control(s)).</source>
        <translation>
            <numerusform>La description indique que certains critères applicables ne peuvent être satisfaits que si les contrôles complémentaires au niveau des entités utilisatrices pris pour hypothèse dans la conception des contrôles de %1 sont conçus de manière appropriée et fonctionnent efficacement conjointement avec les contrôles correspondants de %1. Notre examen n&apos;a pas porté sur ces contrôles complémentaires au niveau des entités utilisatrices, et nous n&apos;avons évalué ni leur conception ni l&apos;efficacité de leur fonctionnement. Ils sont énumérés à la section III (%n contrôle).</numerusform>
            <numerusform>La description indique que certains critères applicables ne peuvent être satisfaits que si les contrôles complémentaires au niveau des entités utilisatrices pris pour hypothèse dans la conception des contrôles de %1 sont conçus de manière appropriée et fonctionnent efficacement conjointement avec les contrôles correspondants de %1. Notre examen n&apos;a pas porté sur ces contrôles complémentaires au niveau des entités utilisatrices, et nous n&apos;avons évalué ni leur conception ni l&apos;efficacité de leur fonctionnement. Ils sont énumérés à la section III (%n contrôles).</numerusform>
        </translation>
    </message>
    <message>
        <source>Service organization&apos;s responsibilities</source>
        <translation>Responsabilités de la société de services</translation>
    </message>
    <message>
        <source>%1 is also responsible for preparing the description and the assertion, including their completeness and accuracy; for providing the services covered by the description; for selecting the applicable trust services criteria and stating the related controls in the description; and for identifying the risks that threaten the achievement of its service commitments and system requirements.</source>
        <translation>%1 est également responsable de l&apos;établissement de la description et de la déclaration, y compris de leur exhaustivité et de leur exactitude&#xa0;; de la fourniture des services couverts par la description&#xa0;; du choix des critères applicables et de la mention des contrôles correspondants dans la description&#xa0;; ainsi que de l&apos;identification des risques qui menacent l&apos;atteinte de ses engagements de service et de ses exigences relatives au système.</translation>
    </message>
    <message>
        <source>%1 is responsible for its service commitments and system requirements and for designing, implementing and operating effective controls within the system to provide reasonable assurance that they are achieved. In Section II, %1 has provided an assertion about the presentation of the description and the suitability of the design and operating effectiveness of the controls stated in it.</source>
        <translation>%1 est responsable de ses engagements de service et de ses exigences relatives au système, ainsi que de la conception, de la mise en œuvre et du fonctionnement de contrôles efficaces au sein du système afin de fournir une assurance raisonnable qu&apos;ils sont atteints. À la section II, %1 a fourni une déclaration portant sur la présentation de la description ainsi que sur le caractère approprié de la conception et l&apos;efficacité du fonctionnement des contrôles qui y sont mentionnés.</translation>
    </message>
    <message>
        <source>%1 is responsible for its service commitments and system requirements and for designing and implementing controls within the system to provide reasonable assurance that they are achieved. In Section II, %1 has provided an assertion about the presentation of the description and the suitability of the design of the controls stated in it.</source>
        <translation>%1 est responsable de ses engagements de service et de ses exigences relatives au système, ainsi que de la conception et de la mise en œuvre de contrôles au sein du système afin de fournir une assurance raisonnable qu&apos;ils sont atteints. À la section II, %1 a fourni une déclaration portant sur la présentation de la description ainsi que sur le caractère approprié de la conception des contrôles qui y sont mentionnés.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s responsibilities</source>
        <translation>Responsabilités de l&apos;auditeur de la société de services</translation>
    </message>
    <message>
        <source>Our responsibility is to express an opinion on the description and on the suitability of the design and operating effectiveness of the controls stated in it, based on our examination. Our examination was conducted in accordance with attestation standards established by the AICPA. Those standards require that we plan and perform the examination to obtain reasonable assurance about whether, in all material respects, the description is presented in accordance with the description criteria and the controls stated in it were suitably designed and operated effectively to provide reasonable assurance that the service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>Il nous appartient d&apos;exprimer, sur la base de notre examen, une opinion sur la description ainsi que sur le caractère approprié de la conception et l&apos;efficacité du fonctionnement des contrôles qui y sont mentionnés. Notre examen a été réalisé conformément aux normes d&apos;attestation établies par l&apos;AICPA. Ces normes requièrent que nous planifiions et réalisions l&apos;examen de manière à obtenir une assurance raisonnable que, dans tous leurs aspects significatifs, la description est présentée conformément aux critères de description et que les contrôles qui y sont mentionnés ont été conçus de manière appropriée et ont fonctionné efficacement pour fournir une assurance raisonnable que les engagements de service et les exigences relatives au système ont été atteints sur la base des critères applicables.</translation>
    </message>
    <message>
        <source>Our responsibility is to express an opinion on the description and on the suitability of the design of the controls stated in it, based on our examination. Our examination was conducted in accordance with attestation standards established by the AICPA. Those standards require that we plan and perform the examination to obtain reasonable assurance about whether, in all material respects, the description is presented in accordance with the description criteria and the controls stated in it were suitably designed to provide reasonable assurance that the service commitments and system requirements would be achieved based on the applicable trust services criteria.</source>
        <translation>Il nous appartient d&apos;exprimer, sur la base de notre examen, une opinion sur la description ainsi que sur le caractère approprié de la conception des contrôles qui y sont mentionnés. Notre examen a été réalisé conformément aux normes d&apos;attestation établies par l&apos;AICPA. Ces normes requièrent que nous planifiions et réalisions l&apos;examen de manière à obtenir une assurance raisonnable que, dans tous leurs aspects significatifs, la description est présentée conformément aux critères de description et que les contrôles qui y sont mentionnés ont été conçus de manière appropriée pour fournir une assurance raisonnable que les engagements de service et les exigences relatives au système seraient atteints sur la base des critères applicables.</translation>
    </message>
    <message>
        <source>The examination involved performing procedures to obtain evidence about the presentation of the description and the suitability of the design and operating effectiveness of the controls: assessing the risks that the description is not presented in accordance with the description criteria and that the controls were not suitably designed or did not operate effectively; testing the operating effectiveness of the controls we consider necessary to provide reasonable assurance that the applicable trust services criteria were met; and evaluating the overall presentation of the description. The procedures selected depend on the service auditor&apos;s judgment.</source>
        <translation>L&apos;examen a consisté à mettre en œuvre des procédures en vue d&apos;obtenir des éléments probants concernant la présentation de la description ainsi que le caractère approprié de la conception et l&apos;efficacité du fonctionnement des contrôles&#xa0;: évaluer les risques que la description ne soit pas présentée conformément aux critères de description et que les contrôles n&apos;aient pas été conçus de manière appropriée ou n&apos;aient pas fonctionné efficacement&#xa0;; tester l&apos;efficacité du fonctionnement des contrôles que nous estimons nécessaires pour fournir une assurance raisonnable que les critères applicables ont été satisfaits&#xa0;; et évaluer la présentation d&apos;ensemble de la description. Le choix des procédures relève du jugement de l&apos;auditeur de la société de services.</translation>
    </message>
    <message>
        <source>The examination involved performing procedures to obtain evidence about the presentation of the description and the suitability of the design of the controls: assessing the risks that the description is not presented in accordance with the description criteria and that the controls were not suitably designed, and evaluating the overall presentation of the description. The procedures selected depend on the service auditor&apos;s judgment. A Type 1 examination does not test the operating effectiveness of controls, and we express no opinion on it.</source>
        <translation>L&apos;examen a consisté à mettre en œuvre des procédures en vue d&apos;obtenir des éléments probants concernant la présentation de la description et le caractère approprié de la conception des contrôles&#xa0;: évaluer les risques que la description ne soit pas présentée conformément aux critères de description et que les contrôles n&apos;aient pas été conçus de manière appropriée, et évaluer la présentation d&apos;ensemble de la description. Le choix des procédures relève du jugement de l&apos;auditeur de la société de services. Un examen de type 1 ne porte pas sur l&apos;efficacité du fonctionnement des contrôles, et nous n&apos;exprimons aucune opinion sur celle-ci.</translation>
    </message>
    <message>
        <source>We are required to be independent of %1 and to meet our other ethical responsibilities in accordance with the relevant ethical requirements relating to the examination.</source>
        <translation>Nous sommes tenus d&apos;être indépendants de %1 et de nous acquitter de nos autres obligations déontologiques conformément aux règles déontologiques applicables à l&apos;examen.</translation>
    </message>
    <message>
        <source>We believe that the evidence we obtained is sufficient and appropriate to provide a reasonable basis for our opinion.</source>
        <translation>Nous estimons que les éléments probants que nous avons obtenus sont suffisants et appropriés pour fonder notre opinion.</translation>
    </message>
    <message>
        <source>Inherent limitations</source>
        <translation>Limites inhérentes</translation>
    </message>
    <message>
        <source>The description is prepared to meet the common needs of a broad range of users and may therefore not include every aspect of the system that an individual user may consider important. There are inherent limitations in the effectiveness of any system of internal control, including the possibility of human error and the circumvention of controls. Because of their nature, controls may not always operate effectively to provide reasonable assurance that the service commitments and system requirements are achieved. Projecting any conclusion about the suitability of the design or the operating effectiveness of the controls to future periods is subject to the risk that controls may become inadequate because of changes in conditions, or that the degree of compliance with policies or procedures may deteriorate.</source>
        <translation>La description est établie pour répondre aux besoins communs d&apos;un large éventail d&apos;utilisateurs et peut donc ne pas inclure tous les aspects du système qu&apos;un utilisateur donné pourrait juger importants. Tout système de contrôle interne comporte des limites inhérentes à son efficacité, notamment la possibilité d&apos;erreurs humaines et de contournement des contrôles. En raison de leur nature, les contrôles peuvent ne pas toujours fonctionner efficacement pour fournir une assurance raisonnable que les engagements de service et les exigences relatives au système sont atteints. Toute projection sur des périodes futures d&apos;une conclusion relative au caractère approprié de la conception ou à l&apos;efficacité du fonctionnement des contrôles comporte le risque que les contrôles deviennent inadéquats en raison de changements de circonstances, ou que le degré de respect des politiques ou des procédures se détériore.</translation>
    </message>
    <message>
        <source>Description of tests of controls</source>
        <translation>Description des tests des contrôles</translation>
    </message>
    <message>
        <source>The specific controls we tested, and the nature, timing and results of those tests, are listed in Section IV.</source>
        <translation>Les contrôles spécifiques que nous avons testés, ainsi que la nature, le calendrier et les résultats de ces tests, sont présentés à la section IV.</translation>
    </message>
    <message>
        <source>The controls stated in the description and our conclusions on their design are listed in Section IV.</source>
        <translation>Les contrôles mentionnés dans la description et nos conclusions sur leur conception sont présentés à la section IV.</translation>
    </message>
    <message>
        <source>The engagement file names no criterion as not met.</source>
        <translation>Le dossier de la mission ne désigne aucun critère comme non satisfait.</translation>
    </message>
    <message>
        <source>The basis is not recorded in the engagement file.</source>
        <translation>Le fondement n&apos;est pas consigné dans le dossier de la mission.</translation>
    </message>
    <message>
        <source>(a) the description presents %1&apos;s %2 that was designed and implemented %3 in accordance with the description criteria;</source>
        <translation>(a) la description établie par %1 présente, conformément aux critères de description, %2, tel qu&apos;il a été conçu et mis en œuvre %3&#xa0;;</translation>
    </message>
    <message>
        <source>(b) the controls stated in the description were suitably designed %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements would be achieved based on the applicable trust services criteria, if its controls operated effectively %1</source>
        <translation>(b) les contrôles mentionnés dans la description étaient conçus de manière appropriée %1 pour fournir une assurance raisonnable que les engagements de service et les exigences relatives au système de %2 seraient atteints sur la base des critères applicables, si ces contrôles fonctionnaient efficacement %1</translation>
    </message>
    <message>
        <source>(c) the controls stated in the description operated effectively %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>(c) les contrôles mentionnés dans la description ont fonctionné efficacement %1 pour fournir une assurance raisonnable que les engagements de service et les exigences relatives au système de %2 ont été atteints sur la base des critères applicables.</translation>
    </message>
    <message>
        <source>These conclusions assume that the complementary subservice organization controls and complementary user entity controls referred to above were suitably designed and operated effectively %1.</source>
        <translation>Ces conclusions supposent que les contrôles complémentaires de la société de services sous-traitante et les contrôles complémentaires au niveau des entités utilisatrices mentionnés ci-dessus étaient conçus de manière appropriée et ont fonctionné efficacement %1.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>In our opinion, in all material respects:</source>
        <translation>À notre avis, dans tous leurs aspects significatifs&#xa0;:</translation>
    </message>
    <message>
        <source>Basis for qualified opinion</source>
        <translation>Fondement de l&apos;opinion avec réserve</translation>
    </message>
    <message>
        <source>Our tests, described in Section IV, found that the controls did not provide reasonable assurance that the following applicable trust services criteria were met:</source>
        <translation>Nos tests, décrits à la section IV, ont montré que les contrôles ne fournissaient pas une assurance raisonnable que les critères applicables suivants étaient satisfaits&#xa0;:</translation>
    </message>
    <message>
        <source>Qualified opinion</source>
        <translation>Opinion avec réserve</translation>
    </message>
    <message>
        <source>In our opinion, except for the matter described in the basis for qualified opinion paragraph, in all material respects:</source>
        <translation>À notre avis, à l&apos;exception de l&apos;incidence du point décrit dans le paragraphe «&#xa0;Fondement de l&apos;opinion avec réserve&#xa0;», dans tous leurs aspects significatifs&#xa0;:</translation>
    </message>
    <message>
        <source>Basis for adverse opinion</source>
        <translation>Fondement de l&apos;opinion défavorable</translation>
    </message>
    <message>
        <source>Our tests, described in Section IV, found that the controls did not provide reasonable assurance that the following applicable trust services criteria were met, and the effect is pervasive:</source>
        <translation>Nos tests, décrits à la section IV, ont montré que les contrôles ne fournissaient pas une assurance raisonnable que les critères applicables suivants étaient satisfaits, et cette incidence est généralisée&#xa0;:</translation>
    </message>
    <message>
        <source>Adverse opinion</source>
        <translation>Opinion défavorable</translation>
    </message>
    <message>
        <source>In our opinion, because of the significance of the matter described in the basis for adverse opinion paragraph, the controls stated in the description were not suitably designed and did not operate effectively %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>À notre avis, en raison de l&apos;importance du point décrit dans le paragraphe «&#xa0;Fondement de l&apos;opinion défavorable&#xa0;», les contrôles mentionnés dans la description n&apos;étaient pas conçus de manière appropriée et n&apos;ont pas fonctionné efficacement %1 pour fournir une assurance raisonnable que les engagements de service et les exigences relatives au système de %2 ont été atteints sur la base des critères applicables.</translation>
    </message>
    <message>
        <source>In our opinion, because of the significance of the matter described in the basis for adverse opinion paragraph, the controls stated in the description were not suitably designed %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements would be achieved based on the applicable trust services criteria.</source>
        <translation>À notre avis, en raison de l&apos;importance du point décrit dans le paragraphe «&#xa0;Fondement de l&apos;opinion défavorable&#xa0;», les contrôles mentionnés dans la description n&apos;étaient pas conçus de manière appropriée %1 pour fournir une assurance raisonnable que les engagements de service et les exigences relatives au système de %2 seraient atteints sur la base des critères applicables.</translation>
    </message>
    <message>
        <source>Basis for disclaimer of opinion</source>
        <translation>Fondement de l&apos;impossibilité d&apos;exprimer une opinion</translation>
    </message>
    <message>
        <source>We were not able to obtain sufficient appropriate evidence for the matter described below.</source>
        <translation>Nous n&apos;avons pas été en mesure d&apos;obtenir des éléments probants suffisants et appropriés concernant le point décrit ci-dessous.</translation>
    </message>
    <message>
        <source>Because of the significance of the matter described in the basis for disclaimer of opinion paragraph, we have not been able to obtain sufficient appropriate evidence to provide a basis for an opinion. Accordingly, we do not express an opinion on the description or on the suitability of the design or the operating effectiveness of the controls stated in it.</source>
        <translation>En raison de l&apos;importance du point décrit dans le paragraphe «&#xa0;Fondement de l&apos;impossibilité d&apos;exprimer une opinion&#xa0;», nous n&apos;avons pas été en mesure d&apos;obtenir des éléments probants suffisants et appropriés pour fonder une opinion. En conséquence, nous n&apos;exprimons pas d&apos;opinion sur la description ni sur le caractère approprié de la conception ou l&apos;efficacité du fonctionnement des contrôles qui y sont mentionnés.</translation>
    </message>
    <message>
        <source>Opinion not yet formed</source>
        <translation>Opinion non encore formée</translation>
    </message>
    <message>
        <source>The service auditor has not formed an opinion: this report is a draft, and no opinion is expressed in it.</source>
        <translation>L&apos;auditeur de la société de services n&apos;a pas formé d&apos;opinion&#xa0;: le présent rapport est un projet et n&apos;exprime aucune opinion.</translation>
    </message>
    <message>
        <source>Restricted use</source>
        <translation>Restriction d&apos;utilisation</translation>
    </message>
    <message>
        <source>the management of %1, its user entities and their auditors</source>
        <translation>la direction de %1, ses entités utilisatrices et leurs auditeurs</translation>
    </message>
    <message>
        <source>This report, including the description of the tests of controls and their results in Section IV, is intended solely for the information and use of %1. It is not intended to be, and should not be, used by anyone other than these specified parties.</source>
        <translation>Le présent rapport, y compris la description des tests des contrôles et de leurs résultats figurant à la section IV, est destiné exclusivement à l&apos;information et à l&apos;usage de %1. Il n&apos;est pas destiné à être utilisé, et ne doit pas l&apos;être, par des personnes autres que ces parties désignées.</translation>
    </message>
    <message>
        <source>The engagement file names no intended users: the parties above are IsoAudit&apos;s default wording, for the service auditor to confirm.</source>
        <translation>Le dossier de la mission ne désigne aucun utilisateur visé&#xa0;: les parties ci-dessus correspondent à la formulation par défaut d&apos;IsoAudit, à confirmer par l&apos;auditeur de la société de services.</translation>
    </message>
    <message>
        <source>Not described in the engagement file.</source>
        <translation>Non décrit dans le dossier de la mission.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(sans numéro)</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Report %1 · Rev %2 · Page %3 of %4</source>
        <translation>Rapport %1 · Rév. %2 · Page %3 sur %4</translation>
    </message>
    <message>
        <source>SOC 2® Type 2 report</source>
        <translation>Rapport SOC 2® de type 2</translation>
    </message>
    <message>
        <source>SOC 2® Type 1 report</source>
        <translation>Rapport SOC 2® de type 1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>throughout the period %1</source>
        <translation>tout au long de la période %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>the service organization</source>
        <translation>la société de services</translation>
    </message>
    <message>
        <source>REPORT ON AN EXAMINATION BY A SERVICE AUDITOR</source>
        <translation>RAPPORT D&apos;ASSURANCE DE L&apos;AUDITEUR DE LA SOCIÉTÉ DE SERVICES</translation>
    </message>
    <message>
        <source>Report on %1&apos;s description of its %2 and on the suitability of the design and operating effectiveness of its controls relevant to %3, for the period %4</source>
        <translation>Rapport sur la description, établie par %1, de %2 et sur le caractère approprié de la conception et l&apos;efficacité du fonctionnement de ses contrôles relatifs aux catégories %3, pour la période %4</translation>
    </message>
    <message>
        <source>Report on %1&apos;s description of its %2 and on the suitability of the design of its controls relevant to %3, as of %4</source>
        <translation>Rapport sur la description, établie par %1, de %2 et sur le caractère approprié de la conception de ses contrôles relatifs aux catégories %3, au %4</translation>
    </message>
    <message>
        <source>Draft: examination in progress</source>
        <translation>Projet&#xa0;: examen en cours</translation>
    </message>
    <message>
        <source>Final, for signature</source>
        <translation>Version finale, pour signature</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation>Version finale, signée</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Société de services</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation>Catégories de services de confiance</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numéro du rapport</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This report is intended solely for the specified parties named in Section I under &quot;Restricted use&quot; and must not be passed to others.</source>
        <translation>Le présent rapport est destiné exclusivement aux parties désignées à la section I sous «&#xa0;Restriction d&apos;utilisation&#xa0;» et ne doit pas être transmis à des tiers.</translation>
    </message>
    <message>
        <source>Management&apos;s assertion</source>
        <translation>Déclaration de la direction</translation>
    </message>
    <message>
        <source>Management&apos;s assertion has not been provided. The report cannot be issued without it.</source>
        <translation>La déclaration de la direction n&apos;a pas été fournie. Le rapport ne peut pas être émis sans elle.</translation>
    </message>
    <message>
        <source>The assertion below is made by the management of %1, as provided to the service auditor.</source>
        <translation>La déclaration ci-dessous est faite par la direction de %1, telle qu&apos;elle a été transmise à l&apos;auditeur de la société de services.</translation>
    </message>
    <message>
        <source>%1&apos;s description of its system</source>
        <translation>Description du système de %1</translation>
    </message>
    <message>
        <source>The description in this section is prepared by the management of %1; the service auditor examined its presentation (Section I).</source>
        <translation>La description figurant dans la présente section est établie par la direction de %1&#xa0;; l&apos;auditeur de la société de services a examiné sa présentation (section I).</translation>
    </message>
    <message>
        <source>Services provided</source>
        <translation>Services fournis</translation>
    </message>
    <message>
        <source>Components of the system</source>
        <translation>Composantes du système</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciels</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>System boundaries</source>
        <translation>Limites du système</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Sociétés de services sous-traitantes</translation>
    </message>
    <message>
        <source>%1 uses no subservice organization for the services in scope.</source>
        <translation>%1 ne fait appel à aucune société de services sous-traitante pour les services inclus dans le périmètre.</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Société de services sous-traitante</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed</source>
        <translation>Contrôles complémentaires de la société sous-traitante pris pour hypothèse (CSOC)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Complementary user entity controls</source>
        <translation>Contrôles complémentaires au niveau des entités utilisatrices (CUEC)</translation>
    </message>
    <message>
        <source>The description assumes no complementary user entity controls.</source>
        <translation>La description ne suppose aucun contrôle complémentaire au niveau des entités utilisatrices.</translation>
    </message>
    <message>
        <source>%1&apos;s controls were designed with the assumption that user entities implement the controls below. User entities are responsible for them; the service auditor did not examine them.</source>
        <translation>Les contrôles de %1 ont été conçus en partant de l&apos;hypothèse que les entités utilisatrices mettent en œuvre les contrôles ci-dessous. Ces contrôles relèvent de la responsabilité des entités utilisatrices&#xa0;; l&apos;auditeur de la société de services ne les a pas examinés.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Control expected of user entities</source>
        <translation>Contrôle attendu des entités utilisatrices</translation>
    </message>
    <message>
        <source>Other information provided by the service organization</source>
        <translation>Autres informations fournies par la société de services</translation>
    </message>
    <message>
        <source>Not covered by the service auditor&apos;s opinion</source>
        <translation>Hors du champ de l&apos;opinion de l&apos;auditeur de la société de services</translation>
    </message>
    <message>
        <source>The information in this section is presented by the management of %1 to provide additional information to user entities. It is not part of the description of the system and was not subjected to the procedures applied in the examination; accordingly, the service auditor expresses no opinion on it.</source>
        <translation>Les informations figurant dans la présente section sont présentées par la direction de %1 afin de fournir des informations complémentaires aux entités utilisatrices. Elles ne font pas partie de la description du système et n&apos;ont pas été soumises aux procédures mises en œuvre lors de l&apos;examen&#xa0;; en conséquence, l&apos;auditeur de la société de services n&apos;exprime aucune opinion à leur sujet.</translation>
    </message>
    <message>
        <source>Management&apos;s responses to the exceptions</source>
        <translation>Réponses de la direction aux exceptions</translation>
    </message>
    <message>
        <source>The examination noted no exceptions, so management has no responses to present.</source>
        <translation>L&apos;examen n&apos;a relevé aucune exception&#xa0;; la direction n&apos;a donc aucune réponse à présenter.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Exception noted</source>
        <translation>Exception relevée</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Réponse de la direction</translation>
    </message>
    <message>
        <source>Management has not provided a response.</source>
        <translation>La direction n&apos;a pas fourni de réponse.</translation>
    </message>
    <message>
        <source>%1, %2 or more occurrences</source>
        <translation>%1, %2 occurrences ou plus</translation>
    </message>
    <message>
        <source>%1, %2–%3 occurrences</source>
        <translation>%1, de %2 à %3 occurrences</translation>
    </message>
    <message numerus="yes">
        <source>Tested the whole population: %n occurrence(s) in the period.</source>
        <translation>
            <numerusform>Population testée dans son intégralité&#xa0;: %n occurrence au cours de la période.</numerusform>
            <numerusform>Population testée dans son intégralité&#xa0;: %n occurrences au cours de la période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample of %1 of %2 occurrences, selected at random across the period (stratified by month).</source>
        <translation>Échantillon de %1 occurrences sur %2, sélectionné de manière aléatoire sur l&apos;ensemble de la période (stratification par mois).</translation>
    </message>
    <message>
        <source>Sample size set by the service auditor: %1</source>
        <translation>Taille d&apos;échantillon fixée par l&apos;auditeur de la société de services&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sample size from the firm&apos;s sampling policy (%1), increased for a deviation in the prior period.</source>
        <translation>Taille d&apos;échantillon issue de la politique d&apos;échantillonnage du cabinet (%1), augmentée en raison d&apos;un écart lors de la période précédente.</translation>
    </message>
    <message>
        <source>Sample size from the firm&apos;s sampling policy (%1).</source>
        <translation>Taille d&apos;échantillon issue de la politique d&apos;échantillonnage du cabinet (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) replaced, each with the reason on record.</source>
        <translation>
            <numerusform>%n élément remplacé, avec le motif enregistré.</numerusform>
            <numerusform>%n éléments remplacés, chacun avec le motif enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust services criteria, controls, tests of controls and results</source>
        <translation>Critères relatifs aux services de confiance, contrôles, tests des contrôles et résultats</translation>
    </message>
    <message>
        <source>For each applicable trust services criterion, this section lists the controls of %1 mapped to it, the tests the service auditor performed %2 and their results. A control mapped to several criteria is listed under each of them.</source>
        <translation>Pour chaque critère applicable relatif aux services de confiance, la présente section présente les contrôles de %1 qui y sont rattachés, les tests réalisés par l&apos;auditeur de la société de services %2 et leurs résultats. Un contrôle rattaché à plusieurs critères figure sous chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Sample sizes follow the service auditor&apos;s firm&apos;s sampling policy; they are the firm&apos;s judgment, not a requirement of the AICPA. Items were selected at random with a recorded seed from the population as frozen on import, spread across the months of the period; the table at the end of this section gives what a reviewer needs to draw the same items again.</source>
        <translation>Les tailles d&apos;échantillon suivent la politique d&apos;échantillonnage du cabinet de l&apos;auditeur de la société de services&#xa0;; elles relèvent du jugement du cabinet et ne constituent pas une exigence de l&apos;AICPA. Les éléments ont été sélectionnés de manière aléatoire, avec une graine enregistrée, dans la population telle qu&apos;elle a été figée lors de l&apos;import, et répartis sur les mois de la période&#xa0;; le tableau figurant à la fin de la présente section donne ce dont la personne chargée de la revue a besoin pour tirer à nouveau les mêmes éléments.</translation>
    </message>
    <message>
        <source>For each applicable trust services criterion, this section lists the controls of %1 mapped to it, the procedures the service auditor performed to evaluate their design and the conclusion on their design %2. A Type 1 examination does not test operating effectiveness.</source>
        <translation>Pour chaque critère applicable relatif aux services de confiance, la présente section présente les contrôles de %1 qui y sont rattachés, les procédures mises en œuvre par l&apos;auditeur de la société de services pour évaluer leur conception et la conclusion sur leur conception %2. Un examen de type 1 ne porte pas sur l&apos;efficacité du fonctionnement.</translation>
    </message>
    <message>
        <source>Test methods</source>
        <translation>Méthodes de test</translation>
    </message>
    <message>
        <source>Asked appropriate personnel about the control and corroborated the answers.</source>
        <translation>Demande d&apos;informations auprès du personnel compétent au sujet du contrôle et corroboration des réponses obtenues.</translation>
    </message>
    <message>
        <source>Watched the control being performed.</source>
        <translation>Observation de l&apos;exécution du contrôle.</translation>
    </message>
    <message>
        <source>Examined documents, records or system settings that show the control was performed.</source>
        <translation>Inspection de documents, d&apos;enregistrements ou de paramètres du système démontrant que le contrôle a été exécuté.</translation>
    </message>
    <message>
        <source>Performed the control again independently and compared the outcome.</source>
        <translation>Réexécution indépendante du contrôle et comparaison du résultat obtenu.</translation>
    </message>
    <message>
        <source>No control of %1 is mapped to this criterion.</source>
        <translation>Aucun contrôle de %1 n&apos;est rattaché à ce critère.</translation>
    </message>
    <message>
        <source>Controls not mapped to an applicable criterion</source>
        <translation>Contrôles non rattachés à un critère applicable</translation>
    </message>
    <message>
        <source>Tests performed by the service auditor</source>
        <translation>Tests réalisés par l&apos;auditeur de la société de services</translation>
    </message>
    <message>
        <source>Procedures to evaluate design</source>
        <translation>Procédures d&apos;évaluation de la conception</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Conclusion on design</source>
        <translation>Conclusion sur la conception</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Contrôle clé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The population for the period (%1) has no occurrences.</source>
        <translation>La population de la période (%1) ne comporte aucune occurrence.</translation>
    </message>
    <message>
        <source>No test recorded.</source>
        <translation>Aucun test enregistré.</translation>
    </message>
    <message>
        <source>No exceptions noted.</source>
        <translation>Aucune exception relevée.</translation>
    </message>
    <message>
        <source>The control did not operate during the period; no test of operating effectiveness was possible.</source>
        <translation>Le contrôle n&apos;a pas fonctionné au cours de la période&#xa0;; aucun test de l&apos;efficacité du fonctionnement n&apos;a été possible.</translation>
    </message>
    <message>
        <source>Testing not completed: %1 of %2 sampled items have a result.</source>
        <translation>Tests non terminés&#xa0;: %1 éléments échantillonnés sur %2 ont un résultat.</translation>
    </message>
    <message>
        <source>Not yet tested.</source>
        <translation>Pas encore testé.</translation>
    </message>
    <message>
        <source>Testing not completed: a test procedure has no result yet.</source>
        <translation>Tests non terminés&#xa0;: une procédure de test n&apos;a pas encore de résultat.</translation>
    </message>
    <message>
        <source>Exception noted: %1 of %2 items sampled deviated from the control.</source>
        <translation>Exception relevée&#xa0;: %1 éléments échantillonnés sur %2 présentent un écart par rapport au contrôle.</translation>
    </message>
    <message>
        <source>Nature: %1</source>
        <translation>Nature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Cause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assessed as: %1</source>
        <translation>Évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The exception has not yet been assessed.</source>
        <translation>L&apos;exception n&apos;a pas encore été évaluée.</translation>
    </message>
    <message>
        <source>Exception noted (%1): %2</source>
        <translation>Exception relevée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Samples and how to draw them again</source>
        <translation>Échantillons et reproduction du tirage</translation>
    </message>
    <message>
        <source>Each sample was drawn from its control&apos;s population as frozen on import. A reviewer draws the same items again from the same population (checked by its row count and SHA-256, shortened here) with the seed and the selection method named below.</source>
        <translation>Chaque échantillon a été tiré de la population de son contrôle telle qu&apos;elle a été figée lors de l&apos;import. La personne chargée de la revue tire à nouveau les mêmes éléments à partir de la même population (vérifiée par son nombre de lignes et son SHA-256, abrégé ici) avec la graine et la méthode de sélection indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
</context>
<context>
    <name>SystemDescriptionForm</name>
    <message>
        <source>Edit services</source>
        <translation>Modifier les services</translation>
    </message>
    <message>
        <source>Edit infrastructure</source>
        <translation>Modifier l&apos;infrastructure</translation>
    </message>
    <message>
        <source>Edit software</source>
        <translation>Modifier les logiciels</translation>
    </message>
    <message>
        <source>Edit people</source>
        <translation>Modifier le personnel</translation>
    </message>
    <message>
        <source>Edit procedures</source>
        <translation>Modifier les procédures</translation>
    </message>
    <message>
        <source>Edit data</source>
        <translation>Modifier les données</translation>
    </message>
    <message>
        <source>Edit boundaries of the system</source>
        <translation>Modifier les limites du système</translation>
    </message>
    <message>
        <source>Edit management&apos;s assertion</source>
        <translation>Modifier la déclaration de la direction</translation>
    </message>
    <message>
        <source>Edit intended users</source>
        <translation>Modifier les utilisateurs visés</translation>
    </message>
    <message>
        <source>Set report date</source>
        <translation>Définir la date du rapport</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Référence du client</translation>
    </message>
    <message>
        <source>Auditor&apos;s verdict</source>
        <translation>Appréciation de l&apos;auditeur</translation>
    </message>
    <message>
        <source>Risks treated</source>
        <translation>Risques traités</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Auditor&apos;s notes</source>
        <translation>Notes de l&apos;auditeur</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de traitement</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Mesures de l&apos;annexe A</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Vraisemblance résiduelle</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Impact résiduel</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>Score résiduel</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>Niveau résiduel</translation>
    </message>
    <message>
        <source>Residual accepted</source>
        <translation>Risque résiduel accepté</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Preuve objective</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Relevé par</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Corrective action status</source>
        <translation>Statut de l&apos;action corrective</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>Exportez vers un fichier se terminant par .xlsx ou .csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Manuel ou automatisé</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Contrôle clé</translation>
    </message>
    <message>
        <source>Trust Services Criteria</source>
        <translation>Trust Services Criteria</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.</source>
        <translation>%1 est un ancien classeur Excel 97-2003 (.xls)&#xa0;; enregistrez-le d&apos;abord au format .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx)&#xa0;: ce n&apos;est pas une archive zip.</translation>
    </message>
    <message>
        <source>No header row was recognised in %1; map the columns by hand.</source>
        <translation>Aucune ligne d&apos;en-tête n&apos;a été reconnue dans %1&#xa0;; associez les colonnes manuellement.</translation>
    </message>
    <message>
        <source>Corrective actions are exported, not imported.</source>
        <translation>Les actions correctives sont exportées, pas importées.</translation>
    </message>
    <message>
        <source>No column gives the %1; a %2 needs one to match its rows.</source>
        <translation>Aucune colonne n&apos;indique le champ %1&#xa0;; un(e) %2 en a besoin pour faire correspondre ses lignes.</translation>
    </message>
    <message>
        <source>The row names no control; it is not imported.</source>
        <translation>La ligne ne cite aucune mesure&#xa0;; elle n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>Control %1 was already given in row %2; this row is not imported.</source>
        <translation>La mesure %1 figure déjà à la ligne %2&#xa0;; cette ligne n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>The row has no reference; it is not imported.</source>
        <translation>La ligne n&apos;a pas de référence&#xa0;; elle n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>The reference %1 was already used in row %2; this row is not imported.</source>
        <translation>La référence %1 est déjà utilisée à la ligne %2&#xa0;; cette ligne n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A control matrix is imported into a SOC 2 engagement; this audit is an ISO/IEC 27001 audit, whose controls are the Annex A controls of its Statement of Applicability.</source>
        <translation>Une matrice des contrôles s&apos;importe dans une mission SOC 2&#xa0;; cet audit est un audit ISO/IEC 27001, dont les mesures sont les mesures de l&apos;annexe A de sa déclaration d&apos;applicabilité.</translation>
    </message>
    <message>
        <source>A %1 is an ISO/IEC 27001 table and this audit is a SOC 2 engagement; import the service organization&apos;s control matrix instead.</source>
        <translation>Un tableau de type «&#xa0;%1&#xa0;» relève de l&apos;ISO/IEC 27001 et cet audit est une mission SOC 2&#xa0;; importez plutôt la matrice des contrôles de la société de services.</translation>
    </message>
</context>
<context>
    <name>TableKindText</name>
    <message>
        <source>risk register</source>
        <translation>registre des risques</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Déclaration d&apos;applicabilité</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <source>corrective actions</source>
        <translation>actions correctives</translation>
    </message>
    <message>
        <source>control matrix</source>
        <translation>matrice des contrôles</translation>
    </message>
</context>
<context>
    <name>TableTransferButtons</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import the client&apos;s table from Excel (.xlsx) or CSV; you can also drop the file on this page</source>
        <translation>Importer le tableau du client depuis Excel (.xlsx) ou CSV&#xa0;; vous pouvez aussi déposer le fichier sur cette page</translation>
    </message>
    <message>
        <source>Import table</source>
        <translation>Importer le tableau</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export this table with your verdicts to Excel (.xlsx) or CSV for the client</source>
        <translation>Exporter ce tableau avec vos appréciations vers Excel (.xlsx) ou CSV pour le client</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>This audit is open read-only; nothing can be imported.</source>
        <translation>Cet audit est ouvert en lecture seule&#xa0;; rien ne peut être importé.</translation>
    </message>
</context>
<context>
    <name>TeamCopies</name>
    <message>
        <source>Name the team member the copy is for.</source>
        <translation>Indiquez le membre de l&apos;équipe à qui la copie est destinée.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the copy.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom pour la copie.</translation>
    </message>
    <message>
        <source>This audit is signed: reopen it before giving out copies to work on.</source>
        <translation>Cet audit est signé&#xa0;: rouvrez-le avant de remettre des copies de travail.</translation>
    </message>
    <message>
        <source>This audit has no trail yet; make a change and save it before giving out copies.</source>
        <translation>Cet audit n&apos;a pas encore de journal des modifications&#xa0;; apportez une modification et enregistrez-la avant de remettre des copies.</translation>
    </message>
    <message>
        <source>The copy was not written: %1</source>
        <translation>La copie n&apos;a pas été écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>A copy being made takes no changes.</source>
        <translation>Une copie en cours de création n&apos;accepte aucune modification.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>%1 n&apos;a pas pu être renommé en %2.</translation>
    </message>
    <message>
        <source>The copy %1 was written, but this audit could not note it: %2</source>
        <translation>La copie %1 a été écrite, mais cet audit n&apos;a pas pu en garder la trace&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TeamMerge</name>
    <message>
        <source>The copy %1 does not exist.</source>
        <translation>La copie %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is the audit itself, not a copy of it.</source>
        <translation>%1 est l&apos;audit lui-même, et non une copie de celui-ci.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 ne peut pas être fusionné&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a copy of another audit (%2, %3), not of this one. Nothing was changed.</source>
        <translation>%1 est une copie d&apos;un autre audit (%2, %3), et non de celui-ci. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is a copy of a signed audit: a signed audit&apos;s copy is not merged. Nothing was changed.</source>
        <translation>%1 est une copie d&apos;un audit signé&#xa0;: la copie d&apos;un audit signé n&apos;est pas fusionnée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is of the same audit but does not share its history (it was not copied from this file, e.g. it was imported from a package): it cannot be merged record by record.</source>
        <translation>%1 concerne le même audit mais n&apos;en partage pas l&apos;historique (il n&apos;a pas été copié depuis ce fichier&#xa0;; par exemple, il a été importé depuis un paquet)&#xa0;: il ne peut pas être fusionné enregistrement par enregistrement.</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>la copie</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: its audit trail is broken at entry #%2. Nothing was changed.</source>
        <translation>%1 est endommagé et ne peut pas être fusionné&#xa0;: son journal des modifications est rompu à l&apos;entrée n° %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: %2 Nothing was changed.</source>
        <translation>%1 est endommagé et ne peut pas être fusionné&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: %2 is not as its audit trail says (it was changed outside IsoAudit). Nothing was changed.</source>
        <translation>%1 est endommagé et ne peut pas être fusionné&#xa0;: un enregistrement (%2) ne correspond pas à ce qu&apos;indique son journal des modifications (il a été modifié en dehors d&apos;IsoAudit). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This merge was prepared for another audit; nothing was changed.</source>
        <translation>Cette fusion a été préparée pour un autre audit&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This audit is signed: nothing can be merged into it.</source>
        <translation>Cet audit est signé&#xa0;: rien ne peut y être fusionné.</translation>
    </message>
    <message>
        <source>%1 was deleted on one side and changed on the other: choose whether to keep it. Nothing was merged.</source>
        <translation>L&apos;élément %1 a été supprimé d&apos;un côté et modifié de l&apos;autre&#xa0;: choisissez de le conserver ou non. Rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>%1: %2 was changed on both sides; choose which value to keep. Nothing was merged.</source>
        <translation>Élément %1&#xa0;: le champ %2 a été modifié des deux côtés&#xa0;; choisissez la valeur à conserver. Rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, resolving a merge conflict</source>
        <translation>%1, résolution d&apos;un conflit de fusion</translation>
    </message>
    <message>
        <source>%1, merged from %2&apos;s copy</source>
        <translation>%1, par fusion de la copie remise à %2</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>Impossible de modifier l&apos;élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: its links could not be merged: %2</source>
        <translation>Impossible de fusionner les liens de l&apos;élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be recorded: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Impossible de supprimer l&apos;élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Rien n&apos;a été fusionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>This audit is signed: nothing can be merged into it. Reopen it first, with a reason, if the team&apos;s work must still be added.</source>
        <translation>Cet audit est signé : rien ne peut y être fusionné. Rouvrez-le d&apos;abord, en indiquant un motif, si le travail de l&apos;équipe doit encore y être intégré.</translation>
    </message>
</context>
<context>
    <name>TrailState</name>
    <message>
        <source>Could not read the %1 for the audit trail: %2</source>
        <translation>Impossible de lire l&apos;élément %1 pour le journal des modifications&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the %1 records: %2</source>
        <translation>Impossible de lire les enregistrements %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the links: %1</source>
        <translation>Impossible de lire les liens&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TrailWriter</name>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Impossible de lire le journal des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>This audit file has no audit trail table: %1</source>
        <translation>Ce fichier d&apos;audit n&apos;a pas de table de journal des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not add to the audit trail: %1</source>
        <translation>Impossible d&apos;ajouter au journal des modifications&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The audit file is busy or read-only: %1</source>
        <translation>Le fichier d&apos;audit est occupé ou en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>Stage 1</source>
        <comment>audit type</comment>
        <translation>Audit d&apos;étape 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <comment>audit type</comment>
        <translation>Audit d&apos;étape 2</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <comment>audit type</comment>
        <translation>Audit de surveillance</translation>
    </message>
    <message>
        <source>Recertification</source>
        <comment>audit type</comment>
        <translation>Audit de renouvellement</translation>
    </message>
    <message>
        <source>Special / follow-up</source>
        <comment>audit type</comment>
        <translation>Audit spécial / de suivi</translation>
    </message>
    <message>
        <source>Special</source>
        <comment>audit type</comment>
        <translation>Audit spécial</translation>
    </message>
    <message>
        <source>Planning</source>
        <comment>lifecycle state</comment>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <comment>lifecycle state</comment>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Reporting</source>
        <comment>lifecycle state</comment>
        <translation>Rédaction du rapport</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>lifecycle state</comment>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <comment>team role</comment>
        <translation>Responsable d&apos;audit</translation>
    </message>
    <message>
        <source>Auditor</source>
        <comment>team role</comment>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Technical expert</source>
        <comment>team role</comment>
        <translation>Expert technique</translation>
    </message>
    <message>
        <source>Observer</source>
        <comment>team role</comment>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>clause verdict</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Conforms</source>
        <comment>clause verdict</comment>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <comment>clause verdict</comment>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>Not audited</source>
        <comment>clause verdict</comment>
        <translation>Non audité</translation>
    </message>
    <message>
        <source>Applicable</source>
        <comment>applicability</comment>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>applicability</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>applicability</comment>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Excluded</source>
        <comment>applicability</comment>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>No</source>
        <comment>applicability</comment>
        <translation>Non</translation>
    </message>
    <message>
        <source>Undecided</source>
        <comment>applicability</comment>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Implemented</source>
        <comment>implementation state</comment>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <comment>implementation state</comment>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Partially</source>
        <comment>implementation state</comment>
        <translation>Partiellement</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>implementation state</comment>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <comment>implementation state</comment>
        <translation>Non mise en œuvre</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>control verdict</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Effective</source>
        <comment>control verdict</comment>
        <translation>Efficace</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <comment>control verdict</comment>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <comment>control verdict</comment>
        <translation>Non échantillonnée</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <comment>risk treatment</comment>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>risk treatment</comment>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Avoid</source>
        <comment>risk treatment</comment>
        <translation>Éviter</translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>risk treatment</comment>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>evidence kind</comment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Record sample</source>
        <comment>evidence kind</comment>
        <translation>Échantillon d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>evidence kind</comment>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Technical check</source>
        <comment>evidence kind</comment>
        <translation>Vérification technique</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <comment>finding grade</comment>
        <translation>Non-conformité majeure</translation>
    </message>
    <message>
        <source>Major NC</source>
        <comment>finding grade</comment>
        <translation>NC majeure</translation>
    </message>
    <message>
        <source>Major nonconformities</source>
        <comment>finding grade</comment>
        <translation>Non-conformités majeures</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <comment>finding grade</comment>
        <translation>Non-conformité mineure</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <comment>finding grade</comment>
        <translation>NC mineure</translation>
    </message>
    <message>
        <source>Minor nonconformities</source>
        <comment>finding grade</comment>
        <translation>Non-conformités mineures</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>finding grade</comment>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Obs.</source>
        <comment>finding grade</comment>
        <translation>Obs.</translation>
    </message>
    <message>
        <source>Observations</source>
        <comment>finding grade</comment>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <comment>finding grade</comment>
        <translation>Piste de progrès</translation>
    </message>
    <message>
        <source>OFI</source>
        <comment>finding grade</comment>
        <translation>PP</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <comment>finding grade</comment>
        <translation>Pistes de progrès</translation>
    </message>
    <message>
        <source>Positive finding</source>
        <comment>finding grade</comment>
        <translation>Point fort</translation>
    </message>
    <message>
        <source>Positive</source>
        <comment>finding grade</comment>
        <translation>Point fort</translation>
    </message>
    <message>
        <source>Positive findings</source>
        <comment>finding grade</comment>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>corrective action status</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Plan submitted</source>
        <comment>corrective action status</comment>
        <translation>Plan soumis</translation>
    </message>
    <message>
        <source>Plan accepted</source>
        <comment>corrective action status</comment>
        <translation>Plan accepté</translation>
    </message>
    <message>
        <source>Implemented</source>
        <comment>corrective action status</comment>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <comment>corrective action status</comment>
        <translation>Efficacité vérifiée</translation>
    </message>
    <message>
        <source>Not effective</source>
        <comment>corrective action status</comment>
        <translation>Non efficace</translation>
    </message>
    <message>
        <source>Recommend certification</source>
        <comment>certification recommendation</comment>
        <translation>Recommander la certification</translation>
    </message>
    <message>
        <source>Certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Certification recommandée</translation>
    </message>
    <message>
        <source>Recommend after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Recommander après vérification des actions correctives</translation>
    </message>
    <message>
        <source>Certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Certification recommandée après vérification des actions correctives</translation>
    </message>
    <message>
        <source>Do not recommend certification</source>
        <comment>certification recommendation</comment>
        <translation>Ne pas recommander la certification</translation>
    </message>
    <message>
        <source>Certification not recommended</source>
        <comment>certification recommendation</comment>
        <translation>Certification non recommandée</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <comment>certification recommendation</comment>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>No recommendation recorded yet</source>
        <comment>certification recommendation</comment>
        <translation>Aucune recommandation enregistrée à ce jour</translation>
    </message>
    <message>
        <source>Systemic breakdown (not a single instance)</source>
        <comment>finding nature</comment>
        <translation>Défaillance systémique (pas un cas isolé)</translation>
    </message>
    <message>
        <source>Isolated lapse</source>
        <comment>finding nature</comment>
        <translation>Manquement isolé</translation>
    </message>
    <message>
        <source>Organizational</source>
        <comment>Annex A theme</comment>
        <translation>Organisationnel</translation>
    </message>
    <message>
        <source>People</source>
        <comment>Annex A theme</comment>
        <translation>Lié aux personnes</translation>
    </message>
    <message>
        <source>Physical</source>
        <comment>Annex A theme</comment>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Technological</source>
        <comment>Annex A theme</comment>
        <translation>Technologique</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Required process absent</source>
        <comment>finding nature</comment>
        <translation>Processus exigé absent</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022</source>
        <comment>audit framework</comment>
        <translation>ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>SOC 2 (Trust Services Criteria 2017)</source>
        <comment>audit framework</comment>
        <translation>SOC 2 (Trust Services Criteria 2017)</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 and SOC 2</source>
        <comment>audit framework</comment>
        <translation>ISO/IEC 27001:2022 et SOC 2</translation>
    </message>
    <message>
        <source>Area of concern</source>
        <comment>finding grade</comment>
        <translation>Point de vigilance</translation>
    </message>
    <message>
        <source>Concern</source>
        <comment>finding grade</comment>
        <translation>Vigilance</translation>
    </message>
    <message>
        <source>Areas of concern</source>
        <comment>finding grade</comment>
        <translation>Points de vigilance</translation>
    </message>
    <message>
        <source>Ready for Stage 2</source>
        <comment>certification recommendation</comment>
        <translation>Prêt pour l&apos;étape 2</translation>
    </message>
    <message>
        <source>Ready for the Stage 2 audit</source>
        <comment>certification recommendation</comment>
        <translation>Prêt pour l&apos;audit d&apos;étape 2</translation>
    </message>
    <message>
        <source>Ready for Stage 2 once the areas of concern are addressed</source>
        <comment>certification recommendation</comment>
        <translation>Prêt pour l&apos;étape 2 une fois les points de vigilance traités</translation>
    </message>
    <message>
        <source>Ready for the Stage 2 audit once the areas of concern are addressed</source>
        <comment>certification recommendation</comment>
        <translation>Prêt pour l&apos;audit d&apos;étape 2 une fois les points de vigilance traités</translation>
    </message>
    <message>
        <source>Not ready for Stage 2</source>
        <comment>certification recommendation</comment>
        <translation>Pas prêt pour l&apos;étape 2</translation>
    </message>
    <message>
        <source>Not ready for the Stage 2 audit</source>
        <comment>certification recommendation</comment>
        <translation>Pas prêt pour l&apos;audit d&apos;étape 2</translation>
    </message>
    <message>
        <source>Recommend continuation of certification</source>
        <comment>certification recommendation</comment>
        <translation>Recommander le maintien de la certification</translation>
    </message>
    <message>
        <source>Continuation of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Maintien de la certification recommandé</translation>
    </message>
    <message>
        <source>Recommend continuation after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Recommander le maintien après vérification des actions correctives</translation>
    </message>
    <message>
        <source>Continuation of certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Maintien de la certification recommandé après vérification des actions correctives</translation>
    </message>
    <message>
        <source>Recommend suspension of certification</source>
        <comment>certification recommendation</comment>
        <translation>Recommander la suspension de la certification</translation>
    </message>
    <message>
        <source>Suspension of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Suspension de la certification recommandée</translation>
    </message>
    <message>
        <source>Recommend renewal of certification</source>
        <comment>certification recommendation</comment>
        <translation>Recommander le renouvellement de la certification</translation>
    </message>
    <message>
        <source>Renewal of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Renouvellement de la certification recommandé</translation>
    </message>
    <message>
        <source>Recommend renewal after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Recommander le renouvellement après vérification des actions correctives</translation>
    </message>
    <message>
        <source>Renewal of certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Renouvellement de la certification recommandé après vérification des actions correctives</translation>
    </message>
    <message>
        <source>Do not recommend renewal of certification</source>
        <comment>certification recommendation</comment>
        <translation>Ne pas recommander le renouvellement de la certification</translation>
    </message>
    <message>
        <source>Renewal of certification not recommended</source>
        <comment>certification recommendation</comment>
        <translation>Renouvellement de la certification non recommandé</translation>
    </message>
    <message>
        <source>Nonconformities closed</source>
        <comment>certification recommendation</comment>
        <translation>Non-conformités levées</translation>
    </message>
    <message>
        <source>The nonconformities followed up are closed</source>
        <comment>certification recommendation</comment>
        <translation>Les non-conformités suivies sont levées</translation>
    </message>
    <message>
        <source>Nonconformities not closed</source>
        <comment>certification recommendation</comment>
        <translation>Non-conformités non levées</translation>
    </message>
    <message>
        <source>The nonconformities followed up are not all closed</source>
        <comment>certification recommendation</comment>
        <translation>Les non-conformités suivies ne sont pas toutes levées</translation>
    </message>
    <message>
        <source>Documented information missing (the process operates)</source>
        <comment>finding nature</comment>
        <translation>Informations documentées manquantes (le processus fonctionne)</translation>
    </message>
    <message>
        <source>Neither combined, joint nor integrated</source>
        <comment>audit combination</comment>
        <translation>Ni combiné, ni conjoint, ni intégré</translation>
    </message>
    <message>
        <source>The audit was neither combined, joint nor integrated.</source>
        <comment>audit combination</comment>
        <translation>L&apos;audit n&apos;était ni un audit combiné, ni un audit conjoint, ni un audit intégré.</translation>
    </message>
    <message>
        <source>Combined (with another management system)</source>
        <comment>audit combination</comment>
        <translation>Combiné (avec un autre système de management)</translation>
    </message>
    <message>
        <source>The audit was combined with the audit of another management system.</source>
        <comment>audit combination</comment>
        <translation>L&apos;audit a été combiné avec l&apos;audit d&apos;un autre système de management.</translation>
    </message>
    <message>
        <source>Joint (with another certification body)</source>
        <comment>audit combination</comment>
        <translation>Conjoint (avec un autre organisme de certification)</translation>
    </message>
    <message>
        <source>The audit was a joint audit with another certification body.</source>
        <comment>audit combination</comment>
        <translation>L&apos;audit a été réalisé conjointement avec un autre organisme de certification.</translation>
    </message>
    <message>
        <source>Integrated management system</source>
        <comment>audit combination</comment>
        <translation>Système de management intégré</translation>
    </message>
    <message>
        <source>The audit was an audit of an integrated management system.</source>
        <comment>audit combination</comment>
        <translation>L&apos;audit a porté sur un système de management intégré.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>auditor&apos;s confirmation</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <comment>auditor&apos;s confirmation</comment>
        <translation>Non</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <comment>risk scoring</comment>
        <translation>Vraisemblance × impact</translation>
    </message>
    <message>
        <source>Likelihood + impact</source>
        <comment>risk scoring</comment>
        <translation>Vraisemblance + impact</translation>
    </message>
    <message>
        <source>Lookup matrix (a score per cell)</source>
        <comment>risk scoring</comment>
        <translation>Matrice de scores (un score par case)</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>programme audit status</comment>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>This audit</source>
        <comment>programme audit status</comment>
        <translation>Cet audit</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>programme audit status</comment>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>programme audit status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Closed: correction and corrective action effective</source>
        <comment>verification verdict</comment>
        <translation>Levée&#xa0;: correction et action corrective efficaces</translation>
    </message>
    <message>
        <source>Closed (effective)</source>
        <comment>verification verdict</comment>
        <translation>Levée (efficace)</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>verification verdict</comment>
        <translation>Levée</translation>
    </message>
    <message>
        <source>Not effective: raised again</source>
        <comment>verification verdict</comment>
        <translation>Non efficace&#xa0;: émise à nouveau</translation>
    </message>
    <message>
        <source>Not effective (raised again)</source>
        <comment>verification verdict</comment>
        <translation>Non efficace (émise à nouveau)</translation>
    </message>
    <message>
        <source>Not effective</source>
        <comment>verification verdict</comment>
        <translation>Non efficace</translation>
    </message>
    <message>
        <source>Still open: action not yet due or not yet complete</source>
        <comment>verification verdict</comment>
        <translation>Toujours ouverte&#xa0;: échéance non atteinte ou action non achevée</translation>
    </message>
    <message>
        <source>Still open</source>
        <comment>verification verdict</comment>
        <translation>Toujours ouverte</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verification verdict</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <comment>verification verdict</comment>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Not verified</source>
        <comment>verification verdict</comment>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Opening meeting</source>
        <comment>meeting</comment>
        <translation>Réunion d&apos;ouverture</translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <comment>meeting</comment>
        <translation>Réunion de clôture</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>complexity level</comment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>complexity level</comment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <comment>complexity level</comment>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>control frequency</comment>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <comment>control frequency</comment>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>control frequency</comment>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>control frequency</comment>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>control frequency</comment>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Several times a day</source>
        <comment>control frequency</comment>
        <translation>Plusieurs fois par jour</translation>
    </message>
    <message>
        <source>As needed</source>
        <comment>control frequency</comment>
        <translation>Au besoin</translation>
    </message>
    <message>
        <source>Type 1</source>
        <comment>SOC 2 report type</comment>
        <translation>Type 1</translation>
    </message>
    <message>
        <source>Type 2</source>
        <comment>SOC 2 report type</comment>
        <translation>Type 2</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>trust services category</comment>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Availability</source>
        <comment>trust services category</comment>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Processing Integrity</source>
        <comment>trust services category</comment>
        <translation>Intégrité du traitement</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <comment>trust services category</comment>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Privacy</source>
        <comment>trust services category</comment>
        <translation>Protection de la vie privée</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>control automation</comment>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Automated</source>
        <comment>control automation</comment>
        <translation>Automatisé</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <comment>test method</comment>
        <translation>Demande d&apos;informations</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>test method</comment>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Inspection</source>
        <comment>test method</comment>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <comment>test method</comment>
        <translation>Réexécution</translation>
    </message>
    <message>
        <source>Suitably designed</source>
        <comment>design conclusion</comment>
        <translation>Conçu de manière appropriée</translation>
    </message>
    <message>
        <source>Not suitably designed</source>
        <comment>design conclusion</comment>
        <translation>Non conçu de manière appropriée</translation>
    </message>
    <message>
        <source>Not yet concluded</source>
        <comment>design conclusion</comment>
        <translation>Pas encore conclu</translation>
    </message>
    <message>
        <source>No exceptions noted</source>
        <comment>test result</comment>
        <translation>Aucune exception relevée</translation>
    </message>
    <message>
        <source>Exceptions noted</source>
        <comment>test result</comment>
        <translation>Exceptions relevées</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <comment>test result</comment>
        <translation>Pas encore testé</translation>
    </message>
    <message>
        <source>No exception</source>
        <comment>sample item result</comment>
        <translation>Aucune exception</translation>
    </message>
    <message>
        <source>Exception</source>
        <comment>sample item result</comment>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <comment>sample item result</comment>
        <translation>Pas encore testé</translation>
    </message>
    <message>
        <source>Isolated</source>
        <comment>deviation pattern</comment>
        <translation>Isolée</translation>
    </message>
    <message>
        <source>Systematic</source>
        <comment>deviation pattern</comment>
        <translation>Systématique</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <comment>deviation pattern</comment>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <source>Unmodified</source>
        <comment>opinion</comment>
        <translation>Sans réserve</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>opinion</comment>
        <translation>Avec réserve</translation>
    </message>
    <message>
        <source>Adverse</source>
        <comment>opinion</comment>
        <translation>Défavorable</translation>
    </message>
    <message>
        <source>Disclaimer of opinion</source>
        <comment>opinion</comment>
        <translation>Impossibilité d&apos;exprimer une opinion</translation>
    </message>
    <message>
        <source>Not yet formed</source>
        <comment>opinion</comment>
        <translation>Pas encore formée</translation>
    </message>
    <message>
        <source>Carve-out</source>
        <comment>subservice method</comment>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <comment>subservice method</comment>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Non-conformité majeure</translation>
    </message>
    <message>
        <source>Major NC</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>NC maj.</translation>
    </message>
    <message>
        <source>Major nonconformities</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Non-conformités majeures</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Non-conformité mineure</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>NC min.</translation>
    </message>
    <message>
        <source>Minor nonconformities</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Non-conformités mineures</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Point sensible</translation>
    </message>
    <message>
        <source>Obs.</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>PS</translation>
    </message>
    <message>
        <source>Observations</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Points sensibles</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Piste de progrès</translation>
    </message>
    <message>
        <source>OFI</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>PP</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Pistes de progrès</translation>
    </message>
</context>
<context>
    <name>ValueNormalizer</name>
    <message>
        <source>%1 is outside the client&apos;s scale of 1 to %2.</source>
        <translation>%1 est en dehors de l&apos;échelle du client, de 1 à %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole level.</source>
        <translation>%1 n&apos;est pas un niveau entier.</translation>
    </message>
    <message>
        <source>The level is empty.</source>
        <translation>Le niveau est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the client&apos;s method (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau de la méthode du client (%2).</translation>
    </message>
    <message>
        <source>%1 is not an ISO/IEC 27001:2013 Annex A control.</source>
        <translation>%1 n&apos;est pas une mesure de l&apos;annexe A d&apos;ISO/IEC 27001:2013.</translation>
    </message>
    <message>
        <source>%1 is not an ISO/IEC 27001:2022 Annex A control.</source>
        <translation>%1 n&apos;est pas une mesure de l&apos;annexe A d&apos;ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Annex A control.</source>
        <translation>«&#xa0;%1&#xa0;» ne cite aucune mesure de l&apos;annexe A.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a treatment option (reduce/modify, retain/accept, avoid, share/transfer).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une option de traitement (reduce/modify, retain/accept, avoid, share/transfer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non (yes, no).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the control applies (yes, no, undecided).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique pas si la mesure est applicable (yes, no, undecided).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an implementation state (implemented, partial, planned, not implemented).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un état de mise en œuvre (implemented, partial, planned, not implemented).</translation>
    </message>
    <message>
        <source>%1 is a number, not a date.</source>
        <translation>%1 est un nombre, et non une date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (écrivez AAAA-MM-JJ ou JJ.MM.AAAA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding grade (major, minor, area of concern, observation, opportunity for improvement, positive).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une classification de constat (major, minor, area of concern, observation, opportunity for improvement, positive).</translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message>
        <source>The audit names no client: the audit plan, the report cover and the certificate need the client&apos;s name.</source>
        <translation>L&apos;audit ne nomme aucun client&#xa0;: le plan d&apos;audit, la page de garde du rapport et le certificat nécessitent le nom du client.</translation>
    </message>
    <message>
        <source>The audit has no scope statement: record the client&apos;s ISMS scope (clause 4.3) that this audit covers.</source>
        <translation>L&apos;audit n&apos;a pas de déclaration de périmètre&#xa0;: enregistrez le domaine d&apos;application du SMSI du client (article 4.3) couvert par cet audit.</translation>
    </message>
    <message>
        <source>The audit type is not set; choose one of: %1.</source>
        <translation>Le type d&apos;audit n&apos;est pas défini&#xa0;; choisissez l&apos;un des suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The audit plan needs the audit&apos;s start and end dates.</source>
        <translation>Le plan d&apos;audit nécessite les dates de début et de fin de l&apos;audit.</translation>
    </message>
    <message>
        <source>The audit ends (%1) before it starts (%2).</source>
        <translation>L&apos;audit se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The audit team has no lead auditor: name exactly one team member as lead.</source>
        <translation>L&apos;équipe d&apos;audit n&apos;a pas de responsable d&apos;audit&#xa0;: désignez exactement un membre de l&apos;équipe comme responsable.</translation>
    </message>
    <message>
        <source>The audit team has %1 lead auditors; exactly one must lead.</source>
        <translation>L&apos;équipe d&apos;audit compte %1 responsables d&apos;audit&#xa0;; il en faut exactement un.</translation>
    </message>
    <message>
        <source>A %1 audit assesses every clause 4-10 item; the audit plan leaves out %2.</source>
        <translation>Un audit de type %1 évalue chaque exigence des articles 4 à 10&#xa0;; le plan d&apos;audit omet %2.</translation>
    </message>
    <message>
        <source>A surveillance audit always covers internal audit (9.2), management review (9.3) and corrective action (10.2); the audit plan leaves out %1.</source>
        <translation>Un audit de surveillance couvre toujours l&apos;audit interne (9.2), la revue de direction (9.3) et les actions correctives (10.2)&#xa0;; le plan d&apos;audit omet %1.</translation>
    </message>
    <message>
        <source>No auditor is assigned in the audit plan to clause items %1.</source>
        <translation>Aucun auditeur n&apos;est affecté dans le plan d&apos;audit aux exigences d&apos;articles %1.</translation>
    </message>
    <message>
        <source>The audit plan samples no Annex A control; a %1 audit evaluates the implementation of the controls the SoA includes.</source>
        <translation>Le plan d&apos;audit n&apos;échantillonne aucune mesure de l&apos;annexe A&#xa0;; un audit de type %1 évalue la mise en œuvre des mesures incluses dans la DdA.</translation>
    </message>
    <message>
        <source>Planned clause items still have no verdict: %1.</source>
        <translation>Des exigences d&apos;articles planifiées n&apos;ont toujours pas d&apos;appréciation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Annex A controls planned for sampling still have no verdict: %1.</source>
        <translation>Des mesures de l&apos;annexe A prévues pour l&apos;échantillonnage n&apos;ont toujours pas d&apos;appréciation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Clause verdicts rest on no interview, document, record or observation: %1.</source>
        <translation>Des appréciations d&apos;articles ne reposent sur aucun entretien, document, enregistrement ou observation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Control verdicts rest on no interview, document, record or observation: %1.</source>
        <translation>Des appréciations de mesures ne reposent sur aucun entretien, document, enregistrement ou observation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The applicability of Annex A controls is not decided: %1 (or raise the SoA&apos;s omission as a finding).</source>
        <translation>L&apos;applicabilité de mesures de l&apos;annexe A n&apos;est pas décidée&#xa0;: %1 (ou émettez l&apos;omission dans la DdA comme constat).</translation>
    </message>
    <message>
        <source>Excluded controls have no justification: %1 (record the client&apos;s justification, or raise its absence as a finding).</source>
        <translation>Des mesures exclues n&apos;ont pas de justification&#xa0;: %1 (enregistrez la justification du client, ou émettez son absence comme constat).</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>mesure %1</translation>
    </message>
    <message>
        <source>Nonconform verdicts have no major or minor finding that names them: %1.</source>
        <translation>Des appréciations «&#xa0;non conforme&#xa0;» ne sont citées par aucun constat majeur ou mineur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the clause or control</source>
        <translation>l&apos;article ou la mesure</translation>
    </message>
    <message>
        <source>the statement of nonconformity</source>
        <translation>l&apos;énoncé de la non-conformité</translation>
    </message>
    <message>
        <source>the objective evidence</source>
        <translation>la preuve objective</translation>
    </message>
    <message>
        <source>Finding %1 (%2) lacks %3.</source>
        <translation>Il manque au constat %1 (%2) %3.</translation>
    </message>
    <message>
        <source>%1 minor nonconformities name %2 (%3); together they may amount to a major nonconformity.</source>
        <translation>%1 non-conformités mineures citent %2 (%3)&#xa0;; ensemble, elles peuvent constituer une non-conformité majeure.</translation>
    </message>
    <message>
        <source>The report is signed by the lead auditor; the audit team must name exactly one lead (it names %1).</source>
        <translation>Le rapport est signé par le responsable d&apos;audit&#xa0;; l&apos;équipe d&apos;audit doit désigner exactement un responsable (elle en désigne %1).</translation>
    </message>
    <message>
        <source>%1 Raise it as a finding or dismiss it with a reason (ISO/IEC 27001 %2).</source>
        <translation>%1 Émettez-le comme constat ou écartez-le en indiquant un motif (ISO/IEC 27001, %2).</translation>
    </message>
    <message>
        <source>clause %1 is conform but carries %2</source>
        <translation>l&apos;article %1 est jugé conforme malgré %2</translation>
    </message>
    <message>
        <source>control %1 is effective but carries %2</source>
        <translation>la mesure %1 est jugée efficace malgré %2</translation>
    </message>
    <message>
        <source>Verdicts contradict the nonconformities raised against them: %1. Change the verdict to nonconform, or regrade or unlink the finding.</source>
        <translation>Des appréciations contredisent les non-conformités émises à leur sujet&#xa0;: %1. Passez l&apos;appréciation à «&#xa0;non conforme&#xa0;», ou reclassez le constat ou supprimez son lien.</translation>
    </message>
    <message>
        <source>Controls judged effective are excluded in the SoA: %1. A control the client excludes cannot be found operating effectively; correct the verdict or the SoA entry.</source>
        <translation>Des mesures jugées efficaces sont exclues dans la DdA&#xa0;: %1. Une mesure que le client exclut ne peut pas être constatée comme fonctionnant efficacement&#xa0;; corrigez l&apos;appréciation ou l&apos;entrée de la DdA.</translation>
    </message>
    <message>
        <source>Controls judged effective are planned or not implemented according to the SoA: %1. Correct the verdict or the SoA&apos;s implementation status.</source>
        <translation>Des mesures jugées efficaces sont planifiées ou non mises en œuvre selon la DdA&#xa0;: %1. Corrigez l&apos;appréciation ou l&apos;état de mise en œuvre indiqué dans la DdA.</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 (échéance %2)</translation>
    </message>
    <message>
        <source>%1 (no corrective action yet)</source>
        <translation>%1 (pas encore d&apos;action corrective)</translation>
    </message>
    <message>
        <source>The recommendation is conditional: the certification body still awaits accepted plans (minors) and verified corrections (majors) for %1.</source>
        <translation>La recommandation est conditionnelle&#xa0;: l&apos;organisme de certification attend encore des plans acceptés (NC mineures) et des corrections vérifiées (NC majeures) pour %1.</translation>
    </message>
    <message>
        <source>%1 is answered &quot;no&quot; without the reason the report must give.</source>
        <translation>%1&#xa0;: réponse «&#xa0;non&#xa0;» sans le motif que le rapport doit indiquer.</translation>
    </message>
    <message>
        <source>%1 is not stated: %2</source>
        <translation>%1&#xa0;: à renseigner. %2</translation>
    </message>
    <message>
        <source>Areas of concern belong to a Stage 1 audit; grade them as nonconformities, observations or opportunities for improvement: %1.</source>
        <translation>Les points de vigilance relèvent de l&apos;audit d&apos;étape 1&#xa0;; classez-les en non-conformités, observations ou pistes de progrès&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A Stage 1 audit identifies areas of concern that could be classified as nonconformities at Stage 2; these are graded as nonconformities: %1.</source>
        <translation>Un audit d&apos;étape 1 identifie des points de vigilance susceptibles d&apos;être classés en non-conformités lors de l&apos;étape 2&#xa0;; ces constats sont pourtant classés en non-conformités&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No outcome of the audit is recorded; choose one of %1.</source>
        <translation>Aucune conclusion de l&apos;audit n&apos;est enregistrée&#xa0;; choisissez l&apos;une des suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is not an outcome of a %2 audit; choose one of %3.</source>
        <translation>%1 n&apos;est pas une conclusion possible pour un audit de type %2&#xa0;; choisissez l&apos;une des suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 is impossible while a major nonconformity lacks a verified corrective action: %2. Verify the action, or record %3 or %4.</source>
        <translation>%1 est impossible tant qu&apos;une non-conformité majeure n&apos;a pas d&apos;action corrective vérifiée&#xa0;: %2. Vérifiez l&apos;action, ou enregistrez %3 ou %4.</translation>
    </message>
    <message>
        <source>An unconditional %1 needs every minor nonconformity&apos;s corrective-action plan accepted: %2. Record %3, so the report says the decision waits for the plans.</source>
        <translation>%1 sans condition exige que le plan d&apos;actions correctives de chaque non-conformité mineure soit accepté&#xa0;: %2. Enregistrez %3, afin que le rapport indique que la décision attend l&apos;acceptation de ces plans.</translation>
    </message>
    <message>
        <source>Major nonconformities of this Stage 2 were not verified by %1, six months after its last day: %2. Another Stage 2 is needed before certification can be recommended; record %3.</source>
        <translation>Des non-conformités majeures de cet audit d&apos;étape 2 n&apos;ont pas été vérifiées au plus tard le %1, six mois après son dernier jour&#xa0;: %2. Un nouvel audit d&apos;étape 2 est nécessaire avant de pouvoir recommander la certification&#xa0;; enregistrez %3.</translation>
    </message>
    <message>
        <source>The client is declared ready for Stage 2 while areas of concern are recorded: %1. %2 tells the client and the Stage 2 team they must be addressed first.</source>
        <translation>Le client est déclaré prêt pour l&apos;étape 2 alors que des points de vigilance sont enregistrés&#xa0;: %1. %2 indique au client et à l&apos;équipe d&apos;audit de l&apos;étape 2 qu&apos;ils doivent d&apos;abord être traités.</translation>
    </message>
    <message>
        <source>The nonconformities cannot be reported closed while their corrective actions are not verified effective: %1. Verify them, or record %2.</source>
        <translation>Les non-conformités ne peuvent pas être déclarées levées tant que l&apos;efficacité de leurs actions correctives n&apos;a pas été vérifiée&#xa0;: %1. Vérifiez-la, ou enregistrez %2.</translation>
    </message>
    <message>
        <source>A special audit concludes on the nonconformities it verifies, and none is recorded: record each nonconformity followed up, with its corrective action.</source>
        <translation>Un audit spécial conclut sur les non-conformités qu&apos;il vérifie, et aucune n&apos;est enregistrée&#xa0;: enregistrez chaque non-conformité suivie, avec son action corrective.</translation>
    </message>
    <message>
        <source>The recommendation waits for verification, but no major nonconformity is open and no minor&apos;s plan is awaited; %1 may be what is meant.</source>
        <translation>La recommandation attend une vérification, mais aucune non-conformité majeure n&apos;est ouverte et aucun plan d&apos;actions correctives n&apos;est attendu pour une non-conformité mineure&#xa0;; c&apos;est peut-être %1 qui convient.</translation>
    </message>
    <message>
        <source>The recommendation is %1, but no major nonconformity is recorded to support it.</source>
        <translation>La recommandation est %1, mais aucune non-conformité majeure n&apos;est enregistrée pour la justifier.</translation>
    </message>
    <message>
        <source>The outcome has no rationale for the certification body&apos;s reviewer.</source>
        <translation>La conclusion n&apos;a pas de justification à l&apos;intention de l&apos;examinateur de l&apos;organisme de certification.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name in the language&apos;s quotation marks</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Earlier nonconformities carried into this audit have no verification verdict yet: %1. Record for each whether its correction and corrective action are effective, not effective or still open.</source>
        <translation>Des non-conformités antérieures reprises dans cet audit n&apos;ont pas encore d&apos;appréciation de vérification&#xa0;: %1. Indiquez pour chacune si la correction et l&apos;action corrective sont efficaces ou non efficaces, ou si la non-conformité reste ouverte.</translation>
    </message>
    <message>
        <source>Earlier nonconformities verified as not effective are not raised again in this audit: %1. Raise each again as a finding of this audit (it keeps its history).</source>
        <translation>Des non-conformités antérieures jugées non efficaces lors de la vérification ne sont pas émises à nouveau dans cet audit&#xa0;: %1. Émettez chacune d&apos;elles à nouveau comme constat de cet audit (son historique est conservé).</translation>
    </message>
    <message>
        <source>No further audit of this certification cycle is planned, and these items would stay unaudited over the cycle: %1.</source>
        <translation>Aucun autre audit n&apos;est planifié dans ce cycle de certification, et les éléments suivants resteraient non audités sur l&apos;ensemble du cycle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The programme does not give the date of the certification decision; the surveillance windows are counted from it. Enter it on the Overview page.</source>
        <translation>Le programme d&apos;audit n&apos;indique pas la date de la décision de certification&#xa0;; les échéances des audits de surveillance sont calculées à partir de cette date. Saisissez-la dans la page Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>The audit starts on %1, after the date the programme plans it by (%2).</source>
        <translation>L&apos;audit commence le %1, après la date limite prévue par le programme d&apos;audit (%2).</translation>
    </message>
    <message>
        <source>The engagement needs exactly one named engagement lead; it has %1.</source>
        <translation>La mission doit avoir exactement un responsable de la mission désigné&#xa0;; elle en a %1.</translation>
    </message>
    <message>
        <source>Criteria of the categories in scope that no control addresses: %1. Map a control to each, or take its category out of scope.</source>
        <translation>Critères des catégories incluses dans le périmètre auxquels aucun contrôle ne répond&#xa0;: %1. Rattachez un contrôle à chacun d&apos;eux, ou retirez sa catégorie du périmètre.</translation>
    </message>
    <message>
        <source>The Type 2 period has no valid start and end.</source>
        <translation>La période de type 2 n&apos;a pas de début et de fin valides.</translation>
    </message>
    <message>
        <source>The Type 2 period (%1 to %2) is %3 months long; a period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>La période de type 2 (du %1 au %2) dure %3 mois&#xa0;; une période dure généralement de 3 à 12 mois. Confirmez qu&apos;il s&apos;agit bien de la période couverte par le rapport.</translation>
    </message>
    <message>
        <source>Key controls without a complete test result: %1. Each needs a test procedure with a result or a sample whose items all have results (an empty population counts as not occurring).</source>
        <translation>Contrôles clés sans résultat de test complet&#xa0;: %1. Chacun nécessite une procédure de test assortie d&apos;un résultat, ou un échantillon dont tous les éléments ont un résultat (une population vide compte comme une absence d&apos;occurrence).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sample items have no result yet.</source>
        <translation>%1&#xa0;: %2 éléments d&apos;échantillon sur %3 n&apos;ont pas encore de résultat.</translation>
    </message>
    <message>
        <source>%1: deviations in %2 of %3 tested; the exception&apos;s %4 not recorded yet.</source>
        <translation>%1&#xa0;: écarts pour %2 éléments testés sur %3&#xa0;; éléments de l&apos;exception non encore consignés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1: its exception record counts no deviation now (nature: &quot;%2&quot;). Remove it, or keep it and say in its nature why it stays.</source>
        <translation>%1&#xa0;: son enregistrement d&apos;exception ne compte plus aucun écart (nature&#xa0;: «&#xa0;%2&#xa0;»). Supprimez-le, ou conservez-le en indiquant dans sa nature pourquoi il est maintenu.</translation>
    </message>
    <message>
        <source>%1: the population &quot;%2&quot; has no record of how its completeness and accuracy were checked, and by whom.</source>
        <translation>%1&#xa0;: la population «&#xa0;%2&#xa0;» n&apos;indique pas comment son exhaustivité et son exactitude ont été vérifiées, ni par qui.</translation>
    </message>
    <message>
        <source>%1: the population &quot;%3&quot; has rows dated outside the period (%2). Ask the service organization whether the population is the right one.</source>
        <translation>%1&#xa0;: la population «&#xa0;%3&#xa0;» comporte des lignes datées hors de la période (%2). Demandez à la société de services s&apos;il s&apos;agit bien de la bonne population.</translation>
    </message>
    <message>
        <source>Controls whose design is not yet concluded: %1.</source>
        <translation>Contrôles dont la conception n&apos;est pas encore conclue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The system description is incomplete; missing: %1.</source>
        <translation>La description du système est incomplète&#xa0;; éléments manquants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Management&apos;s written assertion is not recorded.</source>
        <translation>La déclaration écrite de la direction n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>No opinion is recorded (unmodified, qualified, adverse or a disclaimer).</source>
        <translation>Aucune opinion n&apos;est enregistrée (sans réserve, avec réserve, défavorable ou impossibilité d&apos;exprimer une opinion).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 128 MB; split it before importing.</source>
        <translation>%1 dépasse 128 Mo&#xa0;; scindez-le avant de l&apos;importer.</translation>
    </message>
    <message>
        <source>The workbook</source>
        <translation>Le classeur</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx)&#xa0;: ce n&apos;est pas une archive zip.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): the zip archive cannot be read.</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx)&#xa0;: l&apos;archive zip ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 est endommagé&#xa0;: %2 ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than 512 MB; it is too large to import.</source>
        <translation>%1 occupe plus de 512 Mo une fois décompressé&#xa0;; il est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it has no xl/workbook.xml.</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx)&#xa0;: il n&apos;a pas de xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 n&apos;a aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read (%2).</source>
        <translation>%1 est endommagé&#xa0;: sa liste de feuilles ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read (%2).</source>
        <translation>%1 est endommagé&#xa0;: ses chaînes partagées ne peuvent pas être lues (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its cell styles cannot be read (%2).</source>
        <translation>%1 est endommagé&#xa0;: ses styles de cellule ne peuvent pas être lus (%2).</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3.</source>
        <translation>%1 n&apos;a pas de feuille «&#xa0;%2&#xa0;»&#xa0;; ses feuilles sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; is missing.</source>
        <translation>%1 est endommagé&#xa0;: la feuille «&#xa0;%2&#xa0;» est absente.</translation>
    </message>
    <message>
        <source>XLSX, sheet &quot;%1&quot;</source>
        <translation>XLSX, feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; of %2 has values beyond row %3 or column %4; it is too large to import.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» de %2 contient des valeurs au-delà de la ligne %3 ou de la colonne %4&#xa0;; elle est trop volumineuse pour être importée.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2%3 of &quot;%4&quot; points at a missing shared string.</source>
        <translation>%1 est endommagé&#xa0;: la cellule %2%3 de «&#xa0;%4&#xa0;» renvoie à une chaîne partagée absente.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; cannot be read (%3).</source>
        <translation>%1 est endommagé&#xa0;: la feuille «&#xa0;%2&#xa0;» ne peut pas être lue (%3).</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>The workbook could not be packed (zip error %1).</source>
        <translation>Le classeur n&apos;a pas pu être compressé (erreur zip %1).</translation>
    </message>
</context>
<context>
    <name>isoaudit::AttachmentsBox</name>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Files stored inside the audit; drop files here to attach them</source>
        <translation>Fichiers stockés dans l&apos;audit&#xa0;; déposez des fichiers ici pour les joindre</translation>
    </message>
    <message>
        <source>Store a file inside the audit as part of this evidence</source>
        <translation>Stocker un fichier dans l&apos;audit comme élément de cette preuve</translation>
    </message>
    <message>
        <source>Open a read-only copy with the program the desktop uses for it</source>
        <translation>Ouvrir une copie en lecture seule avec le programme associé par le bureau</translation>
    </message>
    <message>
        <source>Save a copy of the file elsewhere</source>
        <translation>Enregistrer une copie du fichier ailleurs</translation>
    </message>
    <message>
        <source>Remove the file from the audit (Undo brings it back)</source>
        <translation>Retirer le fichier de l&apos;audit (Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Choose an evidence record first.</source>
        <translation>Choisissez d&apos;abord une preuve.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n fichier joint.</numerusform>
            <numerusform>%n fichiers joints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an attached file first.</source>
        <translation>Sélectionnez d&apos;abord un fichier joint.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Remove file %1</source>
        <translation>Retirer le fichier %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>No program is set up to open %1. Use Export… to save it and open it yourself.</source>
        <translation>Aucun programme n&apos;est configuré pour ouvrir %1. Utilisez Exporter… pour l&apos;enregistrer et l&apos;ouvrir vous-même.</translation>
    </message>
    <message>
        <source>Export attached file</source>
        <translation>Exporter le fichier joint</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exporter le fichier</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditDocument</name>
    <message>
        <source>Update the exception counts of %1</source>
        <translation>Mettre à jour les décomptes d&apos;exceptions de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Modifier (%1)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Ajouter (%1)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Supprimer (%1)</translation>
    </message>
    <message>
        <source>Change links of %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Modifier les liens (%1)</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditPlanModel</name>
    <message>
        <source>Clause %1 %2</source>
        <translation>Article %1 %2</translation>
    </message>
    <message>
        <source>A.%1 %2</source>
        <translation>A.%1 %2</translation>
    </message>
    <message>
        <source>Planned: untick to leave it out of this audit</source>
        <translation>Planifié&#xa0;: décochez pour l&apos;exclure de cet audit</translation>
    </message>
    <message>
        <source>Not planned: tick to plan it</source>
        <translation>Non planifié&#xa0;: cochez pour le planifier</translation>
    </message>
    <message>
        <source>The team member who audits it</source>
        <translation>Le membre de l&apos;équipe qui l&apos;audite</translation>
    </message>
    <message>
        <source>Who is interviewed for it (the auditee)</source>
        <translation>La personne interviewée à ce sujet (l&apos;audité)</translation>
    </message>
    <message>
        <source>When it is audited; Delete clears the date</source>
        <translation>Date à laquelle il est audité&#xa0;; Delete efface la date</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non planifié</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Clause or control</source>
        <translation>Article ou mesure</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>With whom (auditee)</source>
        <translation>Avec qui (audité)</translation>
    </message>
    <message>
        <source>By whom (auditor)</source>
        <translation>Par qui (auditeur)</translation>
    </message>
    <message>
        <source>Whether it is audited in this audit</source>
        <translation>Indique s&apos;il est audité lors de cet audit</translation>
    </message>
    <message>
        <source>Edit plan of %1</source>
        <translation>Modifier le plan de %1</translation>
    </message>
    <message>
        <source>Not yet covered</source>
        <translation>Pas encore couvert</translation>
    </message>
    <message>
        <source>%1 · every surveillance</source>
        <translation>%1 · à chaque audit de surveillance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: write it as HH:MM, for example 09:30.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;: saisissez-la au format HH:MM, par exemple 09:30.</translation>
    </message>
    <message>
        <source>The slot of %1 would end (%2) before it starts (%3): the end must be later.</source>
        <translation>Le créneau de %1 se terminerait (%2) avant de commencer (%3)&#xa0;: la fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>The slot&apos;s time of day (HH:MM); Delete clears it</source>
        <translation>Heure du créneau (HH:MM)&#xa0;; Delete l&apos;efface</translation>
    </message>
    <message>
        <source>The site where it is audited</source>
        <translation>Le site où il est audité</translation>
    </message>
    <message>
        <source>Not applicable in the Statement of Applicability: outside the programme&apos;s coverage.</source>
        <translation>Non applicable selon la déclaration d&apos;applicabilité&#xa0;: hors de la couverture du programme d&apos;audit.</translation>
    </message>
    <message>
        <source>Covered in this certification cycle by: %1.</source>
        <translation>Couvert dans ce cycle de certification par&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not covered by an earlier audit of this cycle; this audit&apos;s plan covers it.</source>
        <translation>Non couvert par un audit antérieur de ce cycle&#xa0;; le plan de cet audit le couvre.</translation>
    </message>
    <message>
        <source>Not yet covered in this certification cycle: plan it in this audit or a later one.</source>
        <translation>Pas encore couvert dans ce cycle de certification&#xa0;: planifiez-le dans cet audit ou dans un audit ultérieur.</translation>
    </message>
    <message>
        <source>Audited at every surveillance (ISO/IEC 17021-1 9.6.2.2).</source>
        <translation>Audité à chaque audit de surveillance (ISO/IEC 17021-1, 9.6.2.2).</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Aucun site</translation>
    </message>
    <message>
        <source>Covered in this cycle</source>
        <translation>Couvert dans ce cycle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Which completed audit of this certification cycle covered it, or whether this audit does</source>
        <translation>L&apos;audit réalisé de ce cycle de certification qui l&apos;a couvert, ou s&apos;il est couvert par cet audit</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditPlanPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Articles 4 à 10</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Mesures de l&apos;annexe A</translation>
    </message>
    <message>
        <source>Planned only</source>
        <translation>Planifiés uniquement</translation>
    </message>
    <message>
        <source>Not planned only</source>
        <translation>Non planifiés uniquement</translation>
    </message>
    <message>
        <source>Find in the audit plan</source>
        <translation>Rechercher dans le plan d&apos;audit</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>Plan d&apos;audit</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>Lignes sélectionnées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Put the selected clauses and controls in the audit plan</source>
        <translation>Inscrire les articles et mesures sélectionnés au plan d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Unplan</source>
        <translation>Dépla&amp;nifier</translation>
    </message>
    <message>
        <source>Leave the selected clauses and controls out of this audit</source>
        <translation>Exclure de cet audit les articles et mesures sélectionnés</translation>
    </message>
    <message>
        <source>Date for the selected rows</source>
        <translation>Date pour les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Set &amp;date</source>
        <translation>Définir la &amp;date</translation>
    </message>
    <message>
        <source>Plan the selected rows for this date</source>
        <translation>Planifier les lignes sélectionnées à cette date</translation>
    </message>
    <message>
        <source>Auditor for the selected rows</source>
        <translation>Auditeur pour les lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Assign auditor</source>
        <translation>Affec&amp;ter l&apos;auditeur</translation>
    </message>
    <message>
        <source>Make this team member the auditor of the selected rows</source>
        <translation>Désigner ce membre de l&apos;équipe comme auditeur des lignes sélectionnées</translation>
    </message>
    <message>
        <source>Plan selected items</source>
        <translation>Planifier les éléments sélectionnés</translation>
    </message>
    <message>
        <source>Unplan selected items</source>
        <translation>Déplanifier les éléments sélectionnés</translation>
    </message>
    <message>
        <source>Set plan date</source>
        <translation>Définir la date au plan</translation>
    </message>
    <message>
        <source>Assign auditor</source>
        <translation>Affecter l&apos;auditeur</translation>
    </message>
    <message>
        <source>%1/%2 clause items planned · %3/%4 controls planned</source>
        <translation>%1/%2 exigences d&apos;articles planifiées · %3/%4 mesures planifiées</translation>
    </message>
    <message>
        <source>Rows changed: %1.</source>
        <translation>Lignes modifiées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not yet covered in this cycle</source>
        <translation>Pas encore couverts dans ce cycle</translation>
    </message>
    <message>
        <source>Find a clause, control, site, auditee or auditor</source>
        <translation>Rechercher un article, une mesure, un site, un audité ou un auditeur</translation>
    </message>
    <message>
        <source>Plan what the certification cycle still needs: at a surveillance the items audited every time and a share of what is not yet covered, at Stage 2 and recertification everything not yet covered (one undo step)</source>
        <translation>Planifier ce qui reste nécessaire au cycle de certification&#xa0;: lors d&apos;une surveillance, les éléments audités à chaque fois et une partie de ce qui n&apos;est pas encore couvert&#xa0;; à l&apos;étape 2 et au renouvellement, tout ce qui n&apos;est pas encore couvert (une seule étape annulable)</translation>
    </message>
    <message>
        <source>Audit &amp;time…</source>
        <translation>Du&amp;rée d&apos;audit…</translation>
    </message>
    <message>
        <source>Compute the audit time per ISO/IEC 27006 and store it in the audit</source>
        <translation>Calculer la durée d&apos;audit selon l&apos;ISO/IEC 27006 et l&apos;enregistrer dans l&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Opening meeting…</source>
        <translation>Réunion d&apos;ou&amp;verture…</translation>
    </message>
    <message>
        <source>Record the opening meeting: when, where, who attended, what was confirmed</source>
        <translation>Consigner la réunion d&apos;ouverture&#xa0;: date, lieu, participants, points confirmés</translation>
    </message>
    <message>
        <source>&amp;Closing meeting…</source>
        <translation>Réunion de &amp;clôture…</translation>
    </message>
    <message>
        <source>Record the closing meeting: who attended, the findings presented, the client&apos;s acknowledgement, any disagreement</source>
        <translation>Consigner la réunion de clôture&#xa0;: participants, constats présentés, prise de connaissance par le client, désaccords éventuels</translation>
    </message>
    <message>
        <source>&amp;Export audit plan PDF…</source>
        <translation>&amp;Exporter le plan d&apos;audit en PDF…</translation>
    </message>
    <message>
        <source>Write the audit plan to send the client before the audit, in the report&apos;s language</source>
        <translation>Produire le plan d&apos;audit à envoyer au client avant l&apos;audit, dans la langue du rapport</translation>
    </message>
    <message>
        <source>Plan proposed: rows changed: %1.</source>
        <translation>Plan proposé&#xa0;; lignes modifiées&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain across %n planned audit(s).</source>
        <translation>
            <numerusform>Cycle de certification %1&#xa0;: %2 éléments sur %3 couverts dans ce cycle&#xa0;; reste à couvrir&#xa0;: %4, sur %n audit planifié.</numerusform>
            <numerusform>Cycle de certification %1&#xa0;: %2 éléments sur %3 couverts dans ce cycle&#xa0;; reste à couvrir&#xa0;: %4, à répartir sur %n audits planifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Propose plan</source>
        <translation>Proposer un plan</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>-plan</source>
        <translation>-plan-audit</translation>
    </message>
    <message>
        <source>Export Audit Plan as PDF</source>
        <translation>Exporter le plan d&apos;audit en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Audit plan exported to %1.</source>
        <translation>Plan d&apos;audit exporté vers %1.</translation>
    </message>
    <message>
        <source>Certification cycle %1: all %2 items are covered in this cycle.</source>
        <translation>Cycle de certification %1&#xa0;: les %2 éléments sont tous couverts dans ce cycle.</translation>
    </message>
    <message>
        <source>Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain and the programme plans no further audit of the cycle (Overview: Plan the cycle).</source>
        <translation>Cycle de certification %1&#xa0;: %2 éléments sur %3 couverts dans ce cycle&#xa0;; reste à couvrir&#xa0;: %4, mais le programme d&apos;audit ne prévoit plus aucun audit dans ce cycle (Vue d&apos;ensemble&#xa0;: Planifier le cycle).</translation>
    </message>
    <message>
        <source>Propose p&amp;lan</source>
        <translation>Proposer un p&amp;lan</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditProgressWidget</name>
    <message>
        <source>Clauses 4–10: items with a verdict</source>
        <translation>Articles 4 à 10&#xa0;: exigences appréciées</translation>
    </message>
    <message>
        <source>Annex A themes: applicability decided · controls assessed</source>
        <translation>Thèmes de l&apos;annexe A&#xa0;: applicabilité décidée · mesures évaluées</translation>
    </message>
    <message>
        <source>Findings by grade</source>
        <translation>Constats par classification</translation>
    </message>
    <message>
        <source>Overdue corrective actions</source>
        <translation>Actions correctives en retard</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the finding</source>
        <translation>Double-cliquez ou appuyez sur Enter pour ouvrir le constat</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No corrective action is past its due date.</source>
        <translation>Aucune action corrective n&apos;a dépassé son échéance.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/%2 decided</source>
        <translation>%1/%2 décidées</translation>
    </message>
    <message>
        <source>%1/%2 assessed</source>
        <translation>%1/%2 évaluées</translation>
    </message>
    <message>
        <source>Progress of %1 %2</source>
        <translation>Avancement de %1 %2</translation>
    </message>
    <message>
        <source>%1 assessed</source>
        <translation>%1 évaluées</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n NC</source>
        <translation>
            <numerusform>%n NC</numerusform>
            <numerusform>%n NC</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt; font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</source>
        <translation>&lt;span style=&apos;font-size:16pt; font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Major nonconformities without a verified corrective action: %1.</source>
        <translation>Non-conformités majeures sans action corrective vérifiée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Minor nonconformities without an accepted corrective-action plan: %1.</source>
        <translation>Non-conformités mineures sans plan d&apos;actions correctives accepté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No nonconformity is waiting for the client.</source>
        <translation>Aucune non-conformité n&apos;est en attente du client.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Areas of concern to address before Stage 2: %1.</source>
        <translation>Points de vigilance à traiter avant l&apos;étape 2&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditStatusBar</name>
    <message>
        <source>Lifecycle state of the audit: planning → fieldwork → reporting → signed</source>
        <translation>Statut de l&apos;audit&#xa0;: planification → réalisation → rédaction du rapport → signé</translation>
    </message>
    <message>
        <source>Rules that must hold before the audit can move on; click to see them</source>
        <translation>Règles à respecter avant que l&apos;audit puisse avancer&#xa0;; cliquez pour les afficher</translation>
    </message>
    <message>
        <source>Unmet rules for the next lifecycle step</source>
        <translation>Règles non respectées pour l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This audit file was opened read-only; edits are not possible</source>
        <translation>Ce fichier d&apos;audit a été ouvert en lecture seule&#xa0;; aucune modification n&apos;est possible</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed — the record is final</source>
        <translation>Signé — l&apos;enregistrement est définitif</translation>
    </message>
    <message>
        <source>Ready for %1</source>
        <translation>Prêt pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unmet rules for %1: %2</source>
        <translation>Règles non respectées pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This audit is a file on this computer only. File ▸ Repository ▸ Push stores it in the certification body&apos;s repository.</source>
        <translation>Cet audit n&apos;est qu&apos;un fichier sur cet ordinateur. Fichier ▸ Dépôt ▸ Envoyer l&apos;enregistre dans le dépôt de l&apos;organisme de certification.</translation>
    </message>
    <message>
        <source>Repository: %1
Last pushed or pulled: %2. The server may hold newer changes: File ▸ Repository ▸ Pull brings them.</source>
        <translation>Dépôt&#xa0;: %1
Dernier envoi ou récupération&#xa0;: %2. Le serveur contient peut-être des modifications plus récentes&#xa0;: Fichier ▸ Dépôt ▸ Récupérer permet de les obtenir.</translation>
    </message>
    <message numerus="yes">
        <source>%n change not yet pushed</source>
        <translation>
            <numerusform>%n modification non encore envoyée</numerusform>
            <numerusform>%n modifications non encore envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet pushed</source>
        <translation>
            <numerusform>%n modification non encore envoyée</numerusform>
            <numerusform>%n modifications non encore envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the repository</source>
        <translation>Hors dépôt</translation>
    </message>
    <message>
        <source>All changes pushed</source>
        <translation>Toutes les modifications ont été envoyées</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditStore</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Unknown audit type &quot;%1&quot;; use one of: %2.</source>
        <translation>Type d&apos;audit inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A new audit needs the client&apos;s name.</source>
        <translation>Un nouvel audit nécessite le nom du client.</translation>
    </message>
    <message>
        <source>A new audit needs the lead auditor&apos;s name.</source>
        <translation>Un nouvel audit nécessite le nom du responsable d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit ends (%1) before it starts (%2).</source>
        <translation>L&apos;audit se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Could not read the %1 records: %2</source>
        <translation>Impossible de lire les enregistrements %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this audit.</source>
        <translation>Il n&apos;existe pas d&apos;élément %1 avec l&apos;identifiant %2 dans cet audit.</translation>
    </message>
    <message>
        <source>The audit file %1 has no %2 record; it is incomplete.</source>
        <translation>Le fichier d&apos;audit %1 n&apos;a pas d&apos;enregistrement %2&#xa0;; il est incomplet.</translation>
    </message>
    <message>
        <source>Could not count the %1 records: %2</source>
        <translation>Impossible de compter les enregistrements %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A %1 has no reference to look it up by.</source>
        <translation>Un élément %1 n&apos;a pas de référence permettant de le retrouver.</translation>
    </message>
    <message>
        <source>Could not look up %1 %2: %3</source>
        <translation>Impossible de rechercher %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in this audit.</source>
        <translation>Il n&apos;existe pas d&apos;élément %1 «&#xa0;%2&#xa0;» dans cet audit.</translation>
    </message>
    <message>
        <source>The attachment %1 is not in this audit.</source>
        <translation>La pièce jointe %1 ne fait pas partie de cet audit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un article de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une mesure de l&apos;annexe A de %2.</translation>
    </message>
    <message>
        <source>There is no interview %1 in this audit.</source>
        <translation>Il n&apos;existe pas d&apos;entretien %1 dans cet audit.</translation>
    </message>
    <message>
        <source>There is no evidence %1 in this audit.</source>
        <translation>Il n&apos;existe pas de preuve %1 dans cet audit.</translation>
    </message>
    <message>
        <source>There is no risk %1 in this audit.</source>
        <translation>Il n&apos;existe pas de risque %1 dans cet audit.</translation>
    </message>
    <message>
        <source>This audit is open read-only; changes cannot be saved.</source>
        <translation>Cet audit est ouvert en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The audit file %1 has disappeared or was replaced (moved, deleted, or its drive removed), so the change was not saved. Save a copy of the open audit under a new name to keep its content.</source>
        <translation>Le fichier d&apos;audit %1 a disparu ou a été remplacé (déplacé, supprimé, ou son disque a été retiré)&#xa0;; la modification n&apos;a donc pas été enregistrée. Enregistrez une copie de l&apos;audit ouvert sous un nouveau nom pour en conserver le contenu.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: this change was not saved; everything saved before it is safe. Free some space, then make the change again.</source>
        <translation>Le disque contenant %1 est plein&#xa0;: cette modification n&apos;a pas été enregistrée&#xa0;; tout ce qui a été enregistré auparavant est intact. Libérez de l&apos;espace, puis refaites la modification.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Un élément %1 n&apos;a pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 of a %2 cannot be changed.</source>
        <translation>Le champ %1 d&apos;un élément %2 ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Could not save the %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A %1 must belong to an existing %2.</source>
        <translation>Un élément %1 doit appartenir à un élément %2 existant.</translation>
    </message>
    <message>
        <source>%1.%2 must not be empty.</source>
        <translation>%1.%2 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the %2 catalog.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le catalogue %2.</translation>
    </message>
    <message>
        <source>A %1 cannot link to a %2.</source>
        <translation>Un élément %1 ne peut pas être lié à un élément %2.</translation>
    </message>
    <message>
        <source>The audit team already has a lead auditor; there can be only one.</source>
        <translation>L&apos;équipe d&apos;audit a déjà un responsable d&apos;audit&#xa0;; il ne peut y en avoir qu&apos;un.</translation>
    </message>
    <message>
        <source>This audit already has that %1 (%2).</source>
        <translation>Cet audit contient déjà cet élément %1 (%2).</translation>
    </message>
    <message>
        <source>Could not add the %1: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save a link: %1</source>
        <translation>Impossible d&apos;enregistrer un lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>The %1 cannot be deleted; it is part of every audit.</source>
        <translation>L&apos;élément %1 ne peut pas être supprimé&#xa0;; il fait partie de chaque audit.</translation>
    </message>
    <message>
        <source>Could not delete the %1: %2</source>
        <translation>Impossible de supprimer l&apos;élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the links to %1: %2</source>
        <translation>Impossible de lire les liens vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This audit was opened without the check that keeps a signed audit unchanged, so the change was not saved.</source>
        <translation>Cet audit a été ouvert sans la vérification qui maintient inchangé un audit signé&#xa0;; la modification n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>The new %1 is missing from the file.</source>
        <translation>Le nouvel élément %1 est absent du fichier.</translation>
    </message>
    <message>
        <source>Could not restore a link: %1</source>
        <translation>Impossible de restaurer un lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown framework &quot;%1&quot;; use one of: %2.</source>
        <translation>Référentiel inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services Criterion.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un critère relatif aux services de confiance.</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Impossible de lire le journal des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read where this copy came from: %1</source>
        <translation>Impossible de lire l&apos;origine de cette copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write where this copy came from: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;origine de cette copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the team&apos;s copies: %1</source>
        <translation>Impossible de lire les copies remises à l&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>A team copy without an id cannot be remembered.</source>
        <translation>Une copie d&apos;équipe sans identifiant ne peut pas être mémorisée.</translation>
    </message>
    <message>
        <source>Could not remember the team member&apos;s copy: %1</source>
        <translation>Impossible de mémoriser la copie du membre de l&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the repository this audit belongs to: %1</source>
        <translation>Impossible de lire le dépôt auquel appartient cet audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the repository this audit belongs to: %1</source>
        <translation>Impossible d&apos;enregistrer le dépôt auquel appartient cet audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditTimeDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>Audit time (ISO/IEC 27006)</source>
        <translation>Durée d&apos;audit (ISO/IEC 27006)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Full-time persons</source>
        <translation>Personnes à temps plein</translation>
    </message>
    <message>
        <source>Persons doing work under the organization&apos;s control, full-time, head count</source>
        <translation>Personnes effectuant un travail sous le contrôle de l&apos;organisme, à temps plein, en nombre de personnes</translation>
    </message>
    <message>
        <source>Part-time persons in full-time equivalents</source>
        <translation>Personnes à temps partiel, en équivalents temps plein</translation>
    </message>
    <message>
        <source>e.g. 49, 30</source>
        <translation>p. ex. 49, 30</translation>
    </message>
    <message>
        <source>Groups doing the same simple work</source>
        <translation>Groupes effectuant le même travail simple</translation>
    </message>
    <message>
        <source>Head counts of groups doing the same simple, repetitive work, separated by commas; they are part of the full-time persons</source>
        <translation>Effectifs des groupes effectuant le même travail simple et répétitif, séparés par des virgules&#xa0;; ils font partie des personnes à temps plein</translation>
    </message>
    <message>
        <source>Business complexity</source>
        <translation>Complexité de l&apos;activité</translation>
    </message>
    <message>
        <source>Reason for the business complexity</source>
        <translation>Justification de la complexité de l&apos;activité</translation>
    </message>
    <message>
        <source>Why this level</source>
        <translation>Justification de ce niveau</translation>
    </message>
    <message>
        <source>IT complexity</source>
        <translation>Complexité informatique</translation>
    </message>
    <message>
        <source>Reason for the IT complexity</source>
        <translation>Justification de la complexité informatique</translation>
    </message>
    <message>
        <source>Outsourcing adjustment</source>
        <translation>Ajustement pour externalisation</translation>
    </message>
    <message>
        <source>Reason for the outsourcing adjustment</source>
        <translation>Justification de l&apos;ajustement pour externalisation</translation>
    </message>
    <message>
        <source>Why the adjustment</source>
        <translation>Justification de l&apos;ajustement</translation>
    </message>
    <message>
        <source>Not multi-site</source>
        <translation>Non multisite</translation>
    </message>
    <message>
        <source>Sites sampled</source>
        <translation>Sites échantillonnés</translation>
    </message>
    <message>
        <source>Multi-site adjustment</source>
        <translation>Ajustement multisite</translation>
    </message>
    <message>
        <source>Reason for the multi-site adjustment</source>
        <translation>Justification de l&apos;ajustement multisite</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Full-time persons:</source>
        <translation>&amp;Personnes à temps plein&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Part-time (FTE):</source>
        <translation>Temps p&amp;artiel (ETP)&#xa0;:</translation>
    </message>
    <message>
        <source>Same-&amp;work groups:</source>
        <translation>&amp;Groupes à travail identique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Business complexity:</source>
        <translation>Complexité de l&apos;a&amp;ctivité&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IT complexity:</source>
        <translation>Complexité &amp;informatique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outsourcing:</source>
        <translation>&amp;Externalisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sites sampled:</source>
        <translation>&amp;Sites échantillonnés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Multi-site:</source>
        <translation>&amp;Multisite&#xa0;:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>&amp;Type d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Store in audit</source>
        <translation>En&amp;registrer dans l&apos;audit</translation>
    </message>
    <message>
        <source>Record this input and its result in the audit (undoable); the audit plan and the report print it</source>
        <translation>Consigner ces données et leur résultat dans l&apos;audit (annulable)&#xa0;; le plan d&apos;audit et le rapport les reprennent</translation>
    </message>
    <message>
        <source>The audit stores an audit time; shown is its input.</source>
        <translation>L&apos;audit contient une durée d&apos;audit enregistrée&#xa0;; ses données sont affichées.</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Non calculée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: this band of the chart rests on one source (%1); see the user guide.</source>
        <translation>Remarque&#xa0;: cette tranche du tableau ne repose que sur une seule source (%1)&#xa0;; voir le guide de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The audit time cannot be stored while its input has a problem.</source>
        <translation>La durée d&apos;audit ne peut pas être enregistrée tant que ses données comportent une erreur.</translation>
    </message>
    <message>
        <source>Store audit time</source>
        <translation>Enregistrer la durée d&apos;audit</translation>
    </message>
    <message>
        <source>Stored in the audit.</source>
        <translation>Enregistrée dans l&apos;audit.</translation>
    </message>
</context>
<context>
    <name>isoaudit::BackupController</name>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restored %1; the replaced audit is kept as %2</source>
        <translation>%1 restauré&#xa0;; l&apos;audit remplacé est conservé sous %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::CarriedFindingTableModel</name>
    <message>
        <source>Passed through a special audit that verified only major nonconformities: it is verified at the next audit.</source>
        <translation>Reportée lors d&apos;un audit spécial qui n&apos;a vérifié que les non-conformités majeures&#xa0;: elle sera vérifiée lors du prochain audit.</translation>
    </message>
    <message>
        <source>At the next audit</source>
        <translation>Au prochain audit</translation>
    </message>
    <message>
        <source>Raised again as finding %1 of this audit</source>
        <translation>Relevée à nouveau comme constat %1 de cet audit</translation>
    </message>
    <message>
        <source>%1
Choose the verdict here, or press 1 (closed), 2 (not effective), 3 (still open) or 0 (none) in the list</source>
        <translation>%1
Choisissez l&apos;appréciation ici, ou appuyez dans la liste sur 1 (levée), 2 (non efficace), 3 (toujours ouverte) ou 0 (aucune)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Relevée lors de</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Raised again as</source>
        <translation>Relevée à nouveau comme</translation>
    </message>
</context>
<context>
    <name>isoaudit::ChangeView</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changed (links or attachments)</source>
        <translation>Modifié (liens ou pièces jointes)</translation>
    </message>
    <message>
        <source>Choose a change on the left to see what it brings.</source>
        <translation>Choisissez une modification à gauche pour voir ce qu&apos;elle apporte.</translation>
    </message>
    <message>
        <source>The new record</source>
        <translation>Le nouvel enregistrement</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Ajouté par %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Supprimé par %1</translation>
    </message>
    <message>
        <source>Only its links or attachments change.</source>
        <translation>Seuls ses liens ou ses pièces jointes changent.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Après la fusion</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Modifié par %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflict: deleted on one side, changed on the other</source>
        <translation>Conflit&#xa0;: supprimé d&apos;un côté, modifié de l&apos;autre</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Alt+M</source>
        <translation>Alt+M</translation>
    </message>
    <message>
        <source>Alt+T</source>
        <translation>Alt+T</translation>
    </message>
    <message>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Details of the change</source>
        <translation>Détails de la modification</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClassificationPanel</name>
    <message>
        <source>Classification assistant</source>
        <translation>Assistant de classification</translation>
    </message>
    <message>
        <source>&amp;Capability of the ISMS in doubt</source>
        <translation>&amp;Aptitude du SMSI mise en doute</translation>
    </message>
    <message>
        <source>&amp;Apply suggested grade</source>
        <translation>Appli&amp;quer la classification proposée</translation>
    </message>
    <message>
        <source>Nature of the nonconformity</source>
        <translation>Nature de la non-conformité</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Samples failed</source>
        <translation>Échantillons non conformes</translation>
    </message>
    <message>
        <source>How many of the sampled items did not meet the requirement</source>
        <translation>Nombre d&apos;éléments échantillonnés ne satisfaisant pas à l&apos;exigence</translation>
    </message>
    <message>
        <source>Samples taken</source>
        <translation>Échantillons prélevés</translation>
    </message>
    <message>
        <source>How many items were sampled</source>
        <translation>Nombre d&apos;éléments échantillonnés</translation>
    </message>
    <message>
        <source>Tick when there is significant doubt that the ISMS can achieve its intended results, i.e. that effective control is in place</source>
        <translation>Cochez en cas de doute important quant à l&apos;aptitude du SMSI à atteindre les résultats attendus, c&apos;est-à-dire quant à l&apos;efficacité de la maîtrise</translation>
    </message>
    <message>
        <source>Suggested grade</source>
        <translation>Classification proposée</translation>
    </message>
    <message>
        <source>Rationale for the suggested grade</source>
        <translation>Justification de la classification proposée</translation>
    </message>
    <message>
        <source>Give the finding the suggested grade (a new NC reference if it was an observation)</source>
        <translation>Attribuer au constat la classification proposée (nouvelle référence NC s&apos;il s&apos;agissait d&apos;une observation)</translation>
    </message>
    <message>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>Samples &amp;failed:</source>
        <translation>Échantillons &amp;non conformes&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested grade:</source>
        <translation>Classification proposée&#xa0;:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change classification facts</source>
        <translation>Modifier les éléments de classification</translation>
    </message>
    <message>
        <source>Is the required process missing, broken down throughout, missed once, or running without the documented information the requirement calls for?</source>
        <translation>Le processus exigé est-il absent, défaillant dans son ensemble, pris en défaut une seule fois, ou fonctionne-t-il sans les informations documentées requises par l&apos;exigence&#xa0;?</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClauseDetailWidget</name>
    <message>
        <source>Verdict</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Your verdict on this clause item</source>
        <translation>Votre appréciation de cette exigence d&apos;article</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Appréciation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes (saved as you type):</source>
        <translation>&amp;Notes (enregistrées au fil de la saisie)&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What you saw, asked and sampled for this requirement…</source>
        <translation>Ce que vous avez vu, demandé et échantillonné pour cette exigence…</translation>
    </message>
    <message>
        <source>Interviews and evidence linked to this clause</source>
        <translation>Entretiens et preuves liés à cet article</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Double-cliquez ou appuyez sur Enter pour ouvrir</translation>
    </message>
    <message>
        <source>Findings raised against this clause</source>
        <translation>Constats émis au titre de cet article</translation>
    </message>
    <message>
        <source>Clause %1 %2</source>
        <translation>Article %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed. Select an item (Down arrow) to record its verdict and notes.</source>
        <translation>%1 exigences sur %2 évaluées. Sélectionnez une exigence (flèche Bas) pour enregistrer votre appréciation et vos notes.</translation>
    </message>
    <message>
        <source>Select a clause item</source>
        <translation>Sélectionnez une exigence d&apos;article</translation>
    </message>
    <message>
        <source>No audit is open</source>
        <translation>Aucun audit n&apos;est ouvert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Documented information required. %1</source>
        <translation>Informations documentées exigées. %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Planifié le %1</translation>
    </message>
    <message>
        <source>Planned (no date yet)</source>
        <translation>Planifié (pas encore de date)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Not in the audit plan.</source>
        <translation>Ne figure pas au plan d&apos;audit.</translation>
    </message>
    <message>
        <source>Interview: %1%2%3</source>
        <translation>Entretien&#xa0;: %1%2%3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&amp;Linked interviews and evidence (%1):</source>
        <translation>Entretiens et preuves &amp;liés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Findings raised against it (%1):</source>
        <translation>&amp;Constats émis à ce titre (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Set verdict of %1</source>
        <translation>Définir l&apos;appréciation de %1</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Modifier les notes de %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClauseTreeModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/%2 assessed</source>
        <translation>%1/%2 évaluées</translation>
    </message>
    <message>
        <source>Clause %1: %2 of %3 items assessed</source>
        <translation>Article %1&#xa0;: %2 exigences sur %3 évaluées</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>Interviews and evidence records linked to this clause: %1</source>
        <translation>Entretiens et preuves liés à cet article&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings raised against this clause: %1</source>
        <translation>Constats émis au titre de cet article&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Set verdict of %1</source>
        <translation>Définir l&apos;appréciation de %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClausesPane</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Clause number or words of its title</source>
        <translation>Numéro d&apos;article ou mots de son titre</translation>
    </message>
    <message>
        <source>Filter clauses</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <source>Clauses 4 to 10</source>
        <translation>Articles 4 à 10</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up: next / previous clause item</source>
        <translation>Alt+Down / Alt+Up&#xa0;: exigence d&apos;article suivante / précédente</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Articles 4 à 10</translation>
    </message>
    <message>
        <source>%1 of %2 clause items assessed</source>
        <translation>%1 exigences d&apos;articles sur %2 évaluées</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlExceptionTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>nature</source>
        <translation>la nature</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>la cause</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>le caractère</translation>
    </message>
    <message>
        <source>management&apos;s response</source>
        <translation>la réponse de la direction</translation>
    </message>
    <message>
        <source>compensating controls</source>
        <translation>les contrôles compensatoires</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>l&apos;incidence</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>À compléter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The nature, the pattern and management&apos;s response are recorded.</source>
        <translation>La nature, le caractère et la réponse de la direction sont enregistrés.</translation>
    </message>
    <message>
        <source>Still to record: %1. The report waits until every exception has its nature, pattern and management&apos;s response (rule soc2.exceptions-assessed).</source>
        <translation>Reste à enregistrer&#xa0;: %1. Le rapport attend que chaque exception ait sa nature, son caractère et la réponse de la direction (règle soc2.exceptions-assessed).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2
Double-click or press Enter to open the control on the Testing page.</source>
        <translation>%1 — %2
Double-cliquez ou appuyez sur Enter pour ouvrir le contrôle dans la page Tests.</translation>
    </message>
    <message>
        <source>Deviations: %1 of %2 tested (the control&apos;s sample items with an exception, or its test procedures with exceptions when it has no sample)</source>
        <translation>Écarts&#xa0;: %1 sur %2 testés (les éléments d&apos;échantillon du contrôle présentant une exception, ou ses procédures de test avec exceptions s&apos;il n&apos;a pas d&apos;échantillon)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Caractère</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Réponse de la direction</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>Contrôles compensatoires</translation>
    </message>
    <message>
        <source>Effect on criteria</source>
        <translation>Incidence sur les critères</translation>
    </message>
    <message>
        <source>Deviations out of the sample size (or out of the test procedures with a result)</source>
        <translation>Écarts rapportés à la taille de l&apos;échantillon (ou aux procédures de test ayant un résultat)</translation>
    </message>
    <message>
        <source>Isolated or systematic: the auditor&apos;s judgement of the deviations</source>
        <translation>Isolé ou systématique&#xa0;: l&apos;appréciation des écarts par l&apos;auditeur</translation>
    </message>
    <message>
        <source>Whether the nature, the pattern and management&apos;s response are recorded</source>
        <translation>Indique si la nature, le caractère et la réponse de la direction sont enregistrés</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlListDelegate</name>
    <message>
        <source>e.g. 5.15, 8.7</source>
        <translation>p. ex. 5.15, 8.7</translation>
    </message>
    <message>
        <source>Annex A control ids, separated by commas; type a digit for suggestions</source>
        <translation>Identifiants de mesures de l&apos;annexe A, séparés par des virgules&#xa0;; saisissez un chiffre pour obtenir des suggestions</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlTestingModel</name>
    <message>
        <source>No sample drawn yet</source>
        <translation>Aucun échantillon tiré pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample item(s) tested, %2 with an exception</source>
        <translation>
            <numerusform>Testés&#xa0;: %1 sur %n élément d&apos;échantillon, dont %2 avec une exception</numerusform>
            <numerusform>Testés&#xa0;: %1 sur %n éléments d&apos;échantillon, dont %2 avec une exception</numerusform>
        </translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Testé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlsPane</name>
    <message>
        <source>Delete control</source>
        <translation>Supprimer le contrôle</translation>
    </message>
    <message>
        <source>Criteria &amp; Controls</source>
        <translation>Critères &amp; contrôles</translation>
    </message>
    <message>
        <source>&amp;New control</source>
        <translation>&amp;Nouveau contrôle</translation>
    </message>
    <message>
        <source>Add a control to the matrix</source>
        <translation>Ajouter un contrôle à la matrice</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected controls (Undo brings them back)</source>
        <translation>Supprimer les contrôles sélectionnés (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>&amp;Map criteria</source>
        <translation>&amp;Rattacher les critères</translation>
    </message>
    <message>
        <source>Map the criteria selected in the tree to the selected controls</source>
        <translation>Rattacher les critères sélectionnés dans l&apos;arborescence aux contrôles sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Unmap criteria</source>
        <translation>&amp;Détacher les critères</translation>
    </message>
    <message>
        <source>Take the criteria selected in the tree off the selected controls</source>
        <translation>Détacher des contrôles sélectionnés les critères sélectionnés dans l&apos;arborescence</translation>
    </message>
    <message>
        <source>&amp;Import matrix…</source>
        <translation>&amp;Importer la matrice…</translation>
    </message>
    <message>
        <source>Import the client&apos;s control matrix from Excel (.xlsx) or CSV</source>
        <translation>Importer la matrice des contrôles du client depuis Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>E&amp;xport matrix…</source>
        <translation>E&amp;xporter la matrice…</translation>
    </message>
    <message>
        <source>Export the control matrix to Excel (.xlsx) or CSV</source>
        <translation>Exporter la matrice des contrôles vers Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>This engagement is open read-only; nothing can be imported.</source>
        <translation>Cette mission est ouverte en lecture seule&#xa0;; rien ne peut être importé.</translation>
    </message>
    <message>
        <source>Control matrix imported.</source>
        <translation>Matrice des contrôles importée.</translation>
    </message>
    <message>
        <source>Control matrix exported.</source>
        <translation>Matrice des contrôles exportée.</translation>
    </message>
    <message>
        <source>Criteria addressed</source>
        <translation>Critères couverts</translation>
    </message>
    <message>
        <source>U&amp;naddressed only</source>
        <translation>Non co&amp;uverts uniquement</translation>
    </message>
    <message>
        <source>Unaddressed criteria only</source>
        <translation>Critères non couverts uniquement</translation>
    </message>
    <message>
        <source>Show only the criteria no control addresses yet</source>
        <translation>N&apos;afficher que les critères qu&apos;aucun contrôle ne couvre encore</translation>
    </message>
    <message>
        <source>&amp;Filter matrix by selection</source>
        <translation>&amp;Filtrer la matrice selon la sélection</translation>
    </message>
    <message>
        <source>Only controls of the selected criteria</source>
        <translation>Contrôles des critères sélectionnés uniquement</translation>
    </message>
    <message>
        <source>On: the matrix shows only the controls mapped to the criteria selected here. Off: every control, those mapped in bold</source>
        <translation>Activé&#xa0;: la matrice n&apos;affiche que les contrôles rattachés aux critères sélectionnés ici. Désactivé&#xa0;: tous les contrôles, ceux qui y sont rattachés en gras</translation>
    </message>
    <message>
        <source>Trust Services Criteria in scope</source>
        <translation>Critères relatifs aux services de confiance du périmètre</translation>
    </message>
    <message>
        <source>Select criteria, then a control, and press Ctrl+M to map them; or drag them onto a control</source>
        <translation>Sélectionnez des critères, puis un contrôle, et appuyez sur Ctrl+M pour les rattacher&#xa0;; ou faites-les glisser sur un contrôle</translation>
    </message>
    <message>
        <source>Ref, title, owner, criterion…</source>
        <translation>Réf., titre, responsable, critère…</translation>
    </message>
    <message>
        <source>Search the control matrix</source>
        <translation>Rechercher dans la matrice des contrôles</translation>
    </message>
    <message>
        <source>Filter the matrix by ref, title, description, owner or criterion (Ctrl+F)</source>
        <translation>Filtrer la matrice par réf., titre, description, responsable ou critère (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any frequency</source>
        <translation>Toutes les fréquences</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Any test state</source>
        <translation>Tous les états de test</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tested state</source>
        <translation>État de test</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <source>&amp;Key only</source>
        <translation>&amp;Clés uniquement</translation>
    </message>
    <message>
        <source>Key controls only</source>
        <translation>Contrôles clés uniquement</translation>
    </message>
    <message>
        <source>Show only key controls</source>
        <translation>N&apos;afficher que les contrôles clés</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>R&amp;echercher&#xa0;:</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Control matrix</source>
        <translation>Matrice des contrôles</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Aucune mission ouverte</translation>
    </message>
    <message>
        <source>Every criterion in scope is addressed by at least one control.</source>
        <translation>Chaque critère du périmètre est couvert par au moins un contrôle.</translation>
    </message>
    <message>
        <source>Not addressed yet: %1</source>
        <translation>Pas encore couverts&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n contrôle</numerusform>
            <numerusform>%n contrôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) shown</source>
        <translation>
            <numerusform>Affichés&#xa0;: %1 sur %n contrôle</numerusform>
            <numerusform>Affichés&#xa0;: %1 sur %n contrôles</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped %1 to %2.</source>
        <translation>Critères rattachés à %2&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more control(s))</source>
        <translation>
            <numerusform> (et %n autre contrôle)</numerusform>
            <numerusform> (et %n autres contrôles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmapped %1 from %2.</source>
        <translation>Critères détachés de %2&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Added control %1.</source>
        <translation>Contrôle %1 ajouté.</translation>
    </message>
    <message>
        <source>Delete %1 with its %2? You can undo this.</source>
        <translation>Supprimer %1 avec les éléments qui en dépendent (%2)&#xa0;? Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Suppression effectuée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CorrectiveActionPanel</name>
    <message>
        <source>Plan submitted</source>
        <translation>Plan soumis</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Accepter le plan</translation>
    </message>
    <message>
        <source>Reject plan</source>
        <translation>Refuser le plan</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>Efficacité vérifiée</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Non efficace</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>&amp;Start corrective action</source>
        <translation>&amp;Ouvrir une action corrective</translation>
    </message>
    <message>
        <source>Open the corrective action with the audit&apos;s default due date</source>
        <translation>Ouvrir l&apos;action corrective avec l&apos;échéance par défaut de l&apos;audit</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>What the client did to fix this instance</source>
        <translation>Ce que le client a fait pour corriger ce cas</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Why the nonconformity happened</source>
        <translation>Pourquoi la non-conformité s&apos;est produite</translation>
    </message>
    <message>
        <source>What prevents it from happening again</source>
        <translation>Ce qui empêche qu&apos;elle se reproduise</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Responsable de l&apos;action</translation>
    </message>
    <message>
        <source>Who at the client is responsible for the action</source>
        <translation>Personne responsable de l&apos;action chez le client</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>When the action is due</source>
        <translation>Date à laquelle l&apos;action doit être réalisée</translation>
    </message>
    <message>
        <source>Corrective action status</source>
        <translation>Statut de l&apos;action corrective</translation>
    </message>
    <message>
        <source>Note for the next step (optional)</source>
        <translation>Note pour l&apos;étape suivante (facultative)</translation>
    </message>
    <message>
        <source>Note for the status change</source>
        <translation>Note sur le changement de statut</translation>
    </message>
    <message>
        <source>Kept with the status change in the history, e.g. how effectiveness was verified</source>
        <translation>Conservée avec le changement de statut dans l&apos;historique, p. ex. la manière dont l&apos;efficacité a été vérifiée</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>C&amp;orrection:</source>
        <translation>C&amp;orrection&#xa0;:</translation>
    </message>
    <message>
        <source>Root ca&amp;use:</source>
        <translation>Cause &amp;racine&#xa0;:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Passer à&#xa0;:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Responsable d&apos;audit</translation>
    </message>
    <message>
        <source>Select a finding.</source>
        <translation>Sélectionnez un constat.</translation>
    </message>
    <message>
        <source>Only major and minor nonconformities take corrective action.</source>
        <translation>Seules les non-conformités majeures et mineures donnent lieu à une action corrective.</translation>
    </message>
    <message>
        <source>A major nonconformity needs a correction and corrective action, verified effective before certification can be recommended.</source>
        <translation>Une non-conformité majeure nécessite une correction et une action corrective, dont l&apos;efficacité doit être vérifiée avant de pouvoir recommander la certification.</translation>
    </message>
    <message>
        <source>A minor nonconformity needs an accepted corrective action plan.</source>
        <translation>Une non-conformité mineure nécessite un plan d&apos;actions correctives accepté.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the action to &quot;%1&quot;; who and when are kept in the history</source>
        <translation>Faire passer l&apos;action à «&#xa0;%1&#xa0;»&#xa0;; l&apos;auteur et la date sont conservés dans l&apos;historique</translation>
    </message>
    <message>
        <source>No further step</source>
        <translation>Pas d&apos;étape suivante</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 par %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Sélectionnez d&apos;abord un constat.</translation>
    </message>
    <message>
        <source>Start corrective action for %1</source>
        <translation>Ouvrir une action corrective pour %1</translation>
    </message>
    <message>
        <source>There is no corrective action to move.</source>
        <translation>Il n&apos;y a pas d&apos;action corrective à faire avancer.</translation>
    </message>
    <message>
        <source>A corrective action cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Une action corrective ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Corrective action: %1</source>
        <translation>Action corrective&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaLinkedTableModel</name>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Aucun audit n&apos;est ouvert en modification.</translation>
    </message>
    <message>
        <source>There is no row %1 to map to criteria.</source>
        <translation>Il n&apos;y a pas de ligne %1 à rattacher à des critères.</translation>
    </message>
    <message>
        <source>Set criteria of %1</source>
        <translation>Définir les critères de %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (absent du catalogue)</translation>
    </message>
    <message>
        <source>Not mapped to any criterion. Double-click or press F2 to choose criteria.</source>
        <translation>Rattaché à aucun critère. Double-cliquez ou appuyez sur F2 pour choisir des critères.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaListDelegate</name>
    <message>
        <source>Criteria ids</source>
        <translation>Identifiants des critères</translation>
    </message>
    <message>
        <source>e.g. CC6.1, CC6.2</source>
        <translation>p. ex. CC6.1, CC6.2</translation>
    </message>
    <message>
        <source>Trust Services Criteria ids separated by commas, or tick them below; Enter keeps them, Esc cancels</source>
        <translation>Identifiants des Trust Services Criteria séparés par des virgules, ou cochez-les ci-dessous&#xa0;; Enter les conserve, Esc annule</translation>
    </message>
    <message>
        <source>Criteria to map</source>
        <translation>Critères à rattacher</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaPickerDialog</name>
    <message>
        <source>Choose criteria</source>
        <translation>Choisir les critères</translation>
    </message>
    <message>
        <source>The Trust Services Criteria of the categories in scope. Check a series to choose all of its criteria; Space checks the current one.</source>
        <translation>Les Trust Services Criteria des catégories du périmètre. Cochez une série pour choisir tous ses critères&#xa0;; Space coche le critère courant.</translation>
    </message>
    <message>
        <source>Filter by id or words (CC6, access)…</source>
        <translation>Filtrer par identifiant ou par mots (CC6, accès)…</translation>
    </message>
    <message>
        <source>Filter the criteria</source>
        <translation>Filtrer les critères</translation>
    </message>
    <message>
        <source>Trust Services Criteria</source>
        <translation>Trust Services Criteria</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Chosen, but not in scope</source>
        <translation>Choisis, mais hors périmètre</translation>
    </message>
    <message>
        <source>Criteria of categories that are no longer in scope; uncheck them to remove them from the mapping.</source>
        <translation>Critères de catégories qui ne font plus partie du périmètre&#xa0;; décochez-les pour les retirer du rattachement.</translation>
    </message>
    <message>
        <source>Chosen: %1 of the %2 criteria offered.</source>
        <translation>Choisis&#xa0;: %1 sur les %2 critères proposés.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaTableBox</name>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Critères…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>Aucune ligne ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Criteria of %1</source>
        <translation>Critères de %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaTreeModel</name>
    <message numerus="yes">
        <source>%1 of %n criteria addressed</source>
        <translation>
            <numerusform>Couverts&#xa0;: %1 sur %n critère</numerusform>
            <numerusform>Couverts&#xa0;: %1 sur %n critères</numerusform>
        </translation>
    </message>
    <message>
        <source>No control in the matrix addresses %1. The rule soc2.criteria-addressed keeps the engagement from moving to fieldwork until one does: map a control to it, or take its category out of scope.</source>
        <translation>Aucun contrôle de la matrice ne couvre %1. La règle soc2.criteria-addressed empêche la mission de passer au statut Réalisation tant que ce n&apos;est pas le cas&#xa0;: rattachez-y un contrôle, ou retirez sa catégorie du périmètre.</translation>
    </message>
    <message>
        <source>%1 of %2 addressed</source>
        <translation>%1 sur %2 couverts</translation>
    </message>
    <message>
        <source>Every criterion of %1 is addressed by a control.</source>
        <translation>Chaque critère de %1 est couvert par un contrôle.</translation>
    </message>
    <message numerus="yes">
        <source>No control addresses %1 of the %n criteria of %2 yet.</source>
        <translation>
            <numerusform>Aucun contrôle ne couvre encore %1 critère sur %n de %2.</numerusform>
            <numerusform>Aucun contrôle ne couvre encore %1 des %n critères de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is addressed by %2.</source>
        <translation>%1 est couvert par %2.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
</context>
<context>
    <name>isoaudit::DocumentController</name>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>Audits ISO 27001 (*.isoaudit);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Audit packages (*.json *.isoaudit-pkg);;All files (*)</source>
        <translation>Paquets d&apos;audit (*.json *.isoaudit-pkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Read-Only?</source>
        <translation>Ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>%1 cannot be opened for editing because the file or its folder is read-only.

Open it read-only to look at it?</source>
        <translation>%1 ne peut pas être ouvert en modification, car le fichier ou son dossier est en lecture seule.

L&apos;ouvrir en lecture seule pour le consulter&#xa0;?</translation>
    </message>
    <message>
        <source>Audit Already Open</source>
        <translation>Audit déjà ouvert</translation>
    </message>
    <message>
        <source>%1

Open: look at it read-only.
Ignore: break the lock and edit it. Only do this when that copy of IsoAudit is no longer running, or two people will overwrite each other&apos;s work.</source>
        <translation>%1

Ouvrir&#xa0;: le consulter en lecture seule.
Ignorer&#xa0;: forcer le verrou et le modifier. Ne le faites que si cette autre instance d&apos;IsoAudit n&apos;est plus en cours d&apos;exécution&#xa0;; sinon, deux personnes écraseront mutuellement leur travail.</translation>
    </message>
    <message>
        <source>Cannot Open Audit</source>
        <translation>Impossible d&apos;ouvrir l&apos;audit</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 n&apos;a pas pu être ouvert.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open Audit</source>
        <translation>Ouvrir un audit</translation>
    </message>
    <message>
        <source>Save New Audit As</source>
        <translation>Enregistrer le nouvel audit sous</translation>
    </message>
    <message>
        <source>Cannot Create Audit</source>
        <translation>Impossible de créer l&apos;audit</translation>
    </message>
    <message>
        <source>%1 already exists; the new audit was not created. Choose another name.</source>
        <translation>%1 existe déjà&#xa0;; le nouvel audit n&apos;a pas été créé. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Audit Created Incompletely</source>
        <translation>Audit créé de façon incomplète</translation>
    </message>
    <message>
        <source>The audit was created, but the team and sites could not be added: %1</source>
        <translation>L&apos;audit a été créé, mais l&apos;équipe et les sites n&apos;ont pas pu être ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source> copy.isoaudit</source>
        <translation> copie.isoaudit</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Cannot Save Copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <source>A copy cannot replace the open audit itself.</source>
        <translation>Une copie ne peut pas remplacer l&apos;audit ouvert lui-même.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>Export Audit Package</source>
        <translation>Exporter le paquet d&apos;audit</translation>
    </message>
    <message>
        <source>Cannot Export Package</source>
        <translation>Impossible d&apos;exporter le paquet</translation>
    </message>
    <message>
        <source>Exported the audit package to %1</source>
        <translation>Paquet d&apos;audit exporté vers %1</translation>
    </message>
    <message>
        <source>Export Encrypted Package</source>
        <translation>Exporter un paquet chiffré</translation>
    </message>
    <message>
        <source>Encrypted audit packages (*.isoaudit-pkg);;All files (*)</source>
        <translation>Paquets d&apos;audit chiffrés (*.isoaudit-pkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Encrypt Package</source>
        <translation>Chiffrer le paquet</translation>
    </message>
    <message>
        <source>Passphrase (give it to the recipient another way):</source>
        <translation>Phrase secrète (transmettez-la au destinataire par un autre moyen)&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>Confirmez la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported the encrypted audit package to %1</source>
        <translation>Paquet d&apos;audit chiffré exporté vers %1</translation>
    </message>
    <message>
        <source>Import Audit Package</source>
        <translation>Importer un paquet d&apos;audit</translation>
    </message>
    <message>
        <source>Cannot Import Package</source>
        <translation>Impossible d&apos;importer le paquet</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Encrypted Package</source>
        <translation>Paquet chiffré</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Save Imported Audit As</source>
        <translation>Enregistrer l&apos;audit importé sous</translation>
    </message>
    <message>
        <source>The package cannot replace the audit that is open; choose another name.</source>
        <translation>Le paquet ne peut pas remplacer l&apos;audit ouvert&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Replace Audit?</source>
        <translation>Remplacer l&apos;audit&#xa0;?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the imported audit?</source>
        <translation>%1 existe. Le remplacer par l&apos;audit importé&#xa0;?</translation>
    </message>
    <message>
        <source>Package Imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>The package was imported with these notes:

%1</source>
        <translation>Le paquet a été importé avec les remarques suivantes&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot Open Demo Audit</source>
        <translation>Impossible d&apos;ouvrir l&apos;audit de démonstration</translation>
    </message>
    <message>
        <source>Cannot Create Engagement</source>
        <translation>Impossible de créer la mission</translation>
    </message>
    <message>
        <source>Cannot Open Demo Engagement</source>
        <translation>Impossible d&apos;ouvrir la mission de démonstration</translation>
    </message>
</context>
<context>
    <name>isoaudit::EarlierFindingDetail</name>
    <message>
        <source>Earlier nonconformity</source>
        <translation>Non-conformité antérieure</translation>
    </message>
    <message>
        <source>The earlier audit&apos;s record</source>
        <translation>Enregistrement de l&apos;audit antérieur</translation>
    </message>
    <message>
        <source>As the earlier audit recorded it: read-only</source>
        <translation>Tel qu&apos;enregistré lors de l&apos;audit antérieur&#xa0;: en lecture seule</translation>
    </message>
    <message>
        <source>This audit&apos;s verdict</source>
        <translation>Appréciation de cet audit</translation>
    </message>
    <message>
        <source>Whether the correction and corrective action are effective; &quot;not effective&quot; raises the nonconformity again as a finding of this audit</source>
        <translation>Indique si la correction et l&apos;action corrective sont efficaces&#xa0;; «&#xa0;non efficace&#xa0;» émet à nouveau la non-conformité comme constat de cet audit</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Note de vérification</translation>
    </message>
    <message>
        <source>What was verified and what it showed</source>
        <translation>Ce qui a été vérifié et ce que cela a montré</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>The auditor who verified it</source>
        <translation>L&apos;auditeur qui a effectué la vérification</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>When it was verified</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
        <source>Evidence of this audit the verification rests on</source>
        <translation>Preuves de cet audit sur lesquelles repose la vérification</translation>
    </message>
    <message>
        <source>Tick the evidence records of this audit that show the verdict</source>
        <translation>Cochez les preuves de cet audit qui étayent l&apos;appréciation</translation>
    </message>
    <message>
        <source>&amp;on:</source>
        <translation>&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>Appré&amp;ciation&#xa0;:</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>Vérifié &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>%1 → %2, %3, %4</source>
        <translation>%1 → %2, %3, %4</translation>
    </message>
    <message>
        <source>Corrective actions as they stood</source>
        <translation>Actions correctives (état lors de l&apos;audit antérieur)</translation>
    </message>
    <message>
        <source>None submitted</source>
        <translation>Aucune soumise</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Earlier verdicts</source>
        <translation>Appréciations antérieures</translation>
    </message>
    <message>
        <source>None: this is its first verification.</source>
        <translation>Aucune&#xa0;: il s&apos;agit de sa première vérification.</translation>
    </message>
    <message>
        <source>Select an earlier nonconformity to verify it.</source>
        <translation>Sélectionnez une non-conformité antérieure pour la vérifier.</translation>
    </message>
    <message>
        <source>%1 — %2, raised at %3: %4</source>
        <translation>%1 — %2 (origine&#xa0;: %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Passed through a special audit that verified only major nonconformities: it is verified at the next audit.</source>
        <translation>Reportée lors d&apos;un audit spécial qui n&apos;a vérifié que les non-conformités majeures&#xa0;: elle sera vérifiée lors du prochain audit.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Change the evidence of the verification</source>
        <translation>Modifier les preuves de la vérification</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Pre&amp;uves&#xa0;:</translation>
    </message>
</context>
<context>
    <name>isoaudit::EarlierFindingsPanel</name>
    <message>
        <source>Earlier nonconformities to verify</source>
        <translation>Non-conformités antérieures à vérifier</translation>
    </message>
    <message>
        <source>Keys 1, 2 and 3 set the verdict (closed, not effective, still open), 0 clears it</source>
        <translation>Les touches 1, 2 et 3 définissent l&apos;appréciation (levée, non efficace, toujours ouverte), 0 l&apos;efface</translation>
    </message>
    <message>
        <source>Earlier nonconformities to verify: %1 of %2 still without a verdict</source>
        <translation>Non-conformités antérieures à vérifier&#xa0;: %1 sur %2 encore sans appréciation</translation>
    </message>
    <message numerus="yes">
        <source>Earlier nonconformities to verify: %n, all verified</source>
        <translation>
            <numerusform>Non-conformités antérieures à vérifier&#xa0;: %n, vérifiée</numerusform>
            <numerusform>Non-conformités antérieures à vérifier&#xa0;: %n, toutes vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Ouvrez d&apos;abord un audit.</translation>
    </message>
    <message>
        <source>%1 is not effective: raised again as %2 (Edit &gt; Undo takes back both).</source>
        <translation>%1 non efficace&#xa0;: émise à nouveau comme %2 (Édition &gt; Annuler revient sur les deux).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 passed through a special audit; it is verified at the next audit.</source>
        <translation>%1 a été reportée lors d&apos;un audit spécial&#xa0;; elle sera vérifiée lors du prochain audit.</translation>
    </message>
</context>
<context>
    <name>isoaudit::EffectCriteriaList</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not a criterion of the categories in scope: untick it.</source>
        <translation>N&apos;est pas un critère des catégories du périmètre&#xa0;: décochez-le.</translation>
    </message>
</context>
<context>
    <name>isoaudit::EngagementFactsForm</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Société de services</translation>
    </message>
    <message>
        <source>The organization whose system is examined (the audit&apos;s client)</source>
        <translation>L&apos;organisme dont le système fait l&apos;objet de l&apos;examen (le client de l&apos;audit)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>The name of the system the report describes</source>
        <translation>Le nom du système décrit par le rapport</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Auditeur de la société de services</translation>
    </message>
    <message>
        <source>The CPA firm that examines the system</source>
        <translation>Le cabinet d&apos;expertise comptable (CPA) qui examine le système</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Responsable de la mission</translation>
    </message>
    <message>
        <source>The engagement lead of the audit team, named in the report</source>
        <translation>Le responsable de la mission au sein de l&apos;équipe d&apos;audit, nommé dans le rapport</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <source>Type 1: the design of the controls as of a date. Type 2: their design and operating effectiveness over a period.</source>
        <translation>Type 1&#xa0;: la conception des contrôles à une date donnée. Type 2&#xa0;: leur conception et l&apos;efficacité de leur fonctionnement sur une période.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>The date the Type 1 report speaks as of</source>
        <translation>La date à laquelle se rapporte le rapport de type 1</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>The first day of the period the Type 2 report covers</source>
        <translation>Le premier jour de la période couverte par le rapport de type 2</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>The last day of the period the Type 2 report covers</source>
        <translation>Le dernier jour de la période couverte par le rapport de type 2</translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>&amp;Société de services&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème&#xa0;:</translation>
    </message>
    <message>
        <source>Service a&amp;uditor:</source>
        <translation>&amp;Auditeur de la société de services&#xa0;:</translation>
    </message>
    <message>
        <source>Engagement &amp;lead:</source>
        <translation>&amp;Responsable de la mission&#xa0;:</translation>
    </message>
    <message>
        <source>Report t&amp;ype:</source>
        <translation>&amp;Type de rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Date de ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>Période &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Période a&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Set system name</source>
        <translation>Définir le nom du système</translation>
    </message>
    <message>
        <source>Set service auditor</source>
        <translation>Définir l&apos;auditeur de la société de services</translation>
    </message>
    <message>
        <source>Set as-of date</source>
        <translation>Définir la date de référence</translation>
    </message>
    <message>
        <source>Set start of period</source>
        <translation>Définir le début de la période</translation>
    </message>
    <message>
        <source>Set end of period</source>
        <translation>Définir la fin de la période</translation>
    </message>
    <message>
        <source>Categories in scope</source>
        <translation>Catégories incluses dans le périmètre</translation>
    </message>
    <message>
        <source>%1 (the common criteria CC1 to CC9) is always in scope.</source>
        <translation>%1 (les critères communs CC1 à CC9) fait toujours partie du périmètre.</translation>
    </message>
    <message>
        <source>Include the %1 criteria in the examination</source>
        <translation>Inclure les critères de la catégorie %1 dans l&apos;examen</translation>
    </message>
    <message>
        <source>The Type 2 period has no valid start and end.</source>
        <translation>La période de type 2 n&apos;a pas de début et de fin valides.</translation>
    </message>
    <message>
        <source>The period is one month long; a Type 2 period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>La période dure un mois&#xa0;; une période de type 2 dure généralement de 3 à 12 mois. Confirmez qu&apos;il s&apos;agit bien de la période couverte par le rapport.</translation>
    </message>
    <message>
        <source>The period is %1 months long; a Type 2 period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>La période dure %1 mois&#xa0;; une période de type 2 dure généralement de 3 à 12 mois. Confirmez qu&apos;il s&apos;agit bien de la période couverte par le rapport.</translation>
    </message>
    <message>
        <source>A period of %1 months.</source>
        <translation>Une période de %1 mois.</translation>
    </message>
    <message>
        <source>%1 criteria in scope.</source>
        <translation>Critères dans le périmètre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Set service organization</source>
        <translation>Définir la société de services</translation>
    </message>
    <message>
        <source>Set engagement lead</source>
        <translation>Définir le responsable de la mission</translation>
    </message>
    <message>
        <source>Add engagement lead %1</source>
        <translation>Ajouter le responsable de la mission %1</translation>
    </message>
    <message>
        <source>Set report type to %1</source>
        <translation>Définir le type de rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add %1 to the categories in scope</source>
        <translation>Ajouter %1 aux catégories du périmètre</translation>
    </message>
    <message>
        <source>Take %1 out of scope</source>
        <translation>Retirer %1 du périmètre</translation>
    </message>
</context>
<context>
    <name>isoaudit::EngagementPane</name>
    <message>
        <source>This audit is not a SOC 2 engagement: it has no engagement to show.</source>
        <translation>Cet audit n&apos;est pas une mission SOC 2&#xa0;: il n&apos;y a aucune mission à afficher.</translation>
    </message>
    <message>
        <source>Filter subservice organizations and user-entity controls…</source>
        <translation>Filtrer les sociétés de services sous-traitantes et les contrôles des entités utilisatrices…</translation>
    </message>
    <message>
        <source>Filter subservice organizations and user-entity controls</source>
        <translation>Filtrer les sociétés de services sous-traitantes et les contrôles des entités utilisatrices</translation>
    </message>
    <message>
        <source>Shows the rows of both tables that contain these words (Ctrl+F)</source>
        <translation>Affiche les lignes des deux tableaux qui contiennent ces mots (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Sociétés de services sous-traitantes</translation>
    </message>
    <message>
        <source>No subservice organization. Add one when another organization operates part of the system (hosting, payments).</source>
        <translation>Aucune société de services sous-traitante. Ajoutez-en une lorsqu&apos;une autre organisation exploite une partie du système (hébergement, paiements).</translation>
    </message>
    <message>
        <source>&amp;Add organization</source>
        <translation>&amp;Ajouter une société</translation>
    </message>
    <message>
        <source>Add a subservice organization</source>
        <translation>Ajouter une société de services sous-traitante</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected subservice organizations (undoable)</source>
        <translation>Supprimer les sociétés de services sous-traitantes sélectionnées (annulable)</translation>
    </message>
    <message>
        <source>Choose the criteria the selected organization&apos;s CSOCs relate to</source>
        <translation>Choisir les critères auxquels se rapportent les CSOC de la société sélectionnée</translation>
    </message>
    <message>
        <source>Delete subservice organization %1</source>
        <translation>Supprimer la société de services sous-traitante %1</translation>
    </message>
    <message>
        <source>Delete %1 subservice organizations</source>
        <translation>Supprimer %1 sociétés de services sous-traitantes</translation>
    </message>
    <message>
        <source>Deleted subservice organization %1.</source>
        <translation>Société de services sous-traitante %1 supprimée.</translation>
    </message>
    <message>
        <source>Deleted %1 subservice organizations.</source>
        <translation>%1 sociétés de services sous-traitantes supprimées.</translation>
    </message>
    <message>
        <source>Complementary user-entity controls (CUECs)</source>
        <translation>Contrôles complémentaires au niveau des entités utilisatrices (CUEC)</translation>
    </message>
    <message>
        <source>Complementary user-entity controls</source>
        <translation>Contrôles complémentaires au niveau des entités utilisatrices</translation>
    </message>
    <message>
        <source>No complementary user-entity control. Add the controls the user entities are expected to operate for the criteria to be met.</source>
        <translation>Aucun contrôle complémentaire au niveau des entités utilisatrices. Ajoutez les contrôles que les entités utilisatrices sont censées exécuter pour que les critères soient satisfaits.</translation>
    </message>
    <message>
        <source>Add &amp;CUEC</source>
        <translation>Ajouter un &amp;CUEC</translation>
    </message>
    <message>
        <source>Add a complementary user-entity control</source>
        <translation>Ajouter un contrôle complémentaire au niveau des entités utilisatrices</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Delete the selected user-entity controls (undoable)</source>
        <translation>Supprimer les contrôles des entités utilisatrices sélectionnés (annulable)</translation>
    </message>
    <message>
        <source>Choose the criteria the selected user-entity control relates to</source>
        <translation>Choisir les critères auxquels se rapporte le contrôle d&apos;entité utilisatrice sélectionné</translation>
    </message>
    <message>
        <source>Delete user-entity control %1</source>
        <translation>Supprimer le contrôle d&apos;entité utilisatrice %1</translation>
    </message>
    <message>
        <source>Delete %1 user-entity controls</source>
        <translation>Supprimer %1 contrôles d&apos;entités utilisatrices</translation>
    </message>
    <message>
        <source>Deleted user-entity control %1.</source>
        <translation>Contrôle d&apos;entité utilisatrice %1 supprimé.</translation>
    </message>
    <message>
        <source>Deleted %1 user-entity controls.</source>
        <translation>%1 contrôles d&apos;entités utilisatrices supprimés.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidenceEditor</name>
    <message>
        <source>Kind of evidence</source>
        <translation>Nature de la preuve</translation>
    </message>
    <message>
        <source>Document sighted, record sample, observation or technical check</source>
        <translation>Document consulté, échantillon d&apos;enregistrements, observation ou vérification technique</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What the evidence is, e.g. Access review Q3</source>
        <translation>Objet de la preuve, p. ex. Revue des accès T3</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>The client&apos;s document number, version or system reference</source>
        <translation>Numéro de document, version ou référence système du client</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What was seen and what it shows</source>
        <translation>Ce qui a été vu et ce que cela montre</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Taille de l&apos;échantillon</translation>
    </message>
    <message>
        <source>How many items were examined</source>
        <translation>Nombre d&apos;éléments examinés</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>What the sample was drawn from, e.g. 340 leavers in 2025</source>
        <translation>Population dont l&apos;échantillon est issu, p. ex. 340 départs en 2025</translation>
    </message>
    <message>
        <source>Sample selection</source>
        <translation>Sélection de l&apos;échantillon</translation>
    </message>
    <message>
        <source>How the sample was chosen, so it can be repeated, e.g. every 10th ticket</source>
        <translation>Mode de sélection de l&apos;échantillon, pour qu&apos;il puisse être reproduit, p. ex. un ticket sur dix</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Recueillie le</translation>
    </message>
    <message>
        <source>The day the evidence was collected</source>
        <translation>Jour où la preuve a été recueillie</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Recueillie par</translation>
    </message>
    <message>
        <source>The auditor who collected it</source>
        <translation>Auditeur qui l&apos;a recueillie</translation>
    </message>
    <message>
        <source>Clauses and controls of the evidence</source>
        <translation>Articles et mesures de la preuve</translation>
    </message>
    <message>
        <source>Interviews this evidence came from</source>
        <translation>Entretiens dont provient cette preuve</translation>
    </message>
    <message>
        <source>Tick the interviews this evidence came from; double-click to open one</source>
        <translation>Cochez les entretiens dont provient cette preuve&#xa0;; double-cliquez pour en ouvrir un</translation>
    </message>
    <message>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>É&amp;chantillon&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ollected:</source>
        <translation>Rec&amp;ueillie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;lection:</source>
        <translation>&amp;Sélection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clauses / controls:</source>
        <translation>&amp;Articles / mesures&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interviews this evidence came from:</source>
        <translation>&amp;Entretiens dont provient cette preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Change clauses and controls of evidence</source>
        <translation>Modifier les articles et mesures de la preuve</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidencePane</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toutes les natures</translation>
    </message>
    <message>
        <source>Filter evidence by kind</source>
        <translation>Filtrer les preuves par nature</translation>
    </message>
    <message>
        <source>Shows only evidence of this kind</source>
        <translation>N&apos;affiche que les preuves de cette nature</translation>
    </message>
    <message>
        <source>Filter evidence…</source>
        <translation>Filtrer les preuves…</translation>
    </message>
    <message>
        <source>Filter evidence by text</source>
        <translation>Filtrer les preuves par texte</translation>
    </message>
    <message>
        <source>Shows evidence whose title, reference, sample, collector or clauses contain this text</source>
        <translation>Affiche les preuves dont le titre, la référence, l&apos;échantillon, l&apos;auteur du recueil ou les articles contiennent ce texte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>&amp;New evidence</source>
        <translation>&amp;Nouvelle preuve</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Nouvelle preuve</translation>
    </message>
    <message>
        <source>Add evidence; the arrow chooses the kind (a document by default)</source>
        <translation>Ajouter une preuve&#xa0;; la flèche permet de choisir la nature (document par défaut)</translation>
    </message>
    <message>
        <source>Delete the selected evidence with its files (Undo brings it back)</source>
        <translation>Supprimer la preuve sélectionnée avec ses fichiers (Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Ouvrez d&apos;abord un audit.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouvelle preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Select the evidence to delete.</source>
        <translation>Sélectionnez la preuve à supprimer.</translation>
    </message>
    <message>
        <source>Delete evidence %1</source>
        <translation>Supprimer la preuve %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; deleted; Edit &gt; Undo brings it back.</source>
        <translation>Preuve «&#xa0;%1&#xa0;» supprimée&#xa0;; Édition &gt; Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Shows evidence whose title, reference, sample or collector contain this text</source>
        <translation>Affiche les preuves dont le titre, la référence, l&apos;échantillon ou l&apos;auteur du recueil contiennent ce texte</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidenceTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sampled</source>
        <translation>
            <numerusform>%n échantillonné</numerusform>
            <numerusform>%n échantillonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n fichier joint</numerusform>
            <numerusform>%n fichiers joints</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Recueillie le</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Recueillie par</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Articles / mesures</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExceptionEditor</name>
    <message>
        <source>Open &amp;control</source>
        <translation>Ouvrir le &amp;contrôle</translation>
    </message>
    <message>
        <source>Remo&amp;ve exception</source>
        <translation>Supprimer l&apos;e&amp;xception</translation>
    </message>
    <message>
        <source>Exception of the control</source>
        <translation>Exception du contrôle</translation>
    </message>
    <message>
        <source>What the assessment still lacks</source>
        <translation>Ce qui manque encore à l&apos;évaluation</translation>
    </message>
    <message>
        <source>Nature of the exception</source>
        <translation>Nature de l&apos;exception</translation>
    </message>
    <message>
        <source>What went wrong in the deviating items (required)</source>
        <translation>Ce qui n&apos;a pas fonctionné dans les éléments présentant un écart (obligatoire)</translation>
    </message>
    <message>
        <source>Cause of the exception</source>
        <translation>Cause de l&apos;exception</translation>
    </message>
    <message>
        <source>Why it went wrong, as far as known</source>
        <translation>Pourquoi, dans la mesure où c&apos;est connu</translation>
    </message>
    <message>
        <source>Pattern of the deviations</source>
        <translation>Caractère des écarts</translation>
    </message>
    <message>
        <source>Isolated or systematic (required); systematic exceptions put the control&apos;s criteria in doubt</source>
        <translation>Isolé ou systématique (obligatoire)&#xa0;; les exceptions systématiques mettent en doute les critères du contrôle</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Réponse de la direction</translation>
    </message>
    <message>
        <source>Management&apos;s response in its own words (required); the report prints it in Section V, not covered by the opinion</source>
        <translation>Réponse de la direction dans ses propres termes (obligatoire)&#xa0;; le rapport l&apos;imprime en section V, hors du champ de l&apos;opinion</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>Contrôles compensatoires</translation>
    </message>
    <message>
        <source>Controls that reduce the effect of the deviations, if any</source>
        <translation>Contrôles qui réduisent l&apos;incidence des écarts, le cas échéant</translation>
    </message>
    <message>
        <source>Effect on the criteria</source>
        <translation>Incidence sur les critères</translation>
    </message>
    <message>
        <source>How the deviations affect the criteria; stating it weighs a systematic exception for the opinion</source>
        <translation>Comment les écarts affectent les critères&#xa0;; l&apos;indiquer permet de prendre en compte une exception systématique dans l&apos;opinion</translation>
    </message>
    <message>
        <source>Criteria the effect concerns</source>
        <translation>Critères concernés par l&apos;incidence</translation>
    </message>
    <message>
        <source>Tick the criteria the exception affects (Space ticks the current one)</source>
        <translation>Cochez les critères affectés par l&apos;exception (Space coche le critère courant)</translation>
    </message>
    <message>
        <source>Show the control and its sample on the Testing page (Alt+C)</source>
        <translation>Afficher le contrôle et son échantillon dans la page Tests (Alt+C)</translation>
    </message>
    <message>
        <source>Remove this exception record; only when its control counts no deviation any more (Alt+V; Edit &gt; Undo brings it back)</source>
        <translation>Supprimer cet enregistrement d&apos;exception&#xa0;; uniquement lorsque son contrôle ne compte plus aucun écart (Alt+X&#xa0;; Édition &gt; Annuler le rétablit)</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>Ca&amp;use&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>Ca&amp;ractère&#xa0;:</translation>
    </message>
    <message>
        <source>Management&apos;s &amp;response:</source>
        <translation>Ré&amp;ponse de la direction&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mpensating controls:</source>
        <translation>Contrôles co&amp;mpensatoires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Effect on the criteria:</source>
        <translation>&amp;Incidence sur les critères&#xa0;:</translation>
    </message>
    <message>
        <source>Criteria a&amp;ffected:</source>
        <translation>Critères conc&amp;ernés&#xa0;:</translation>
    </message>
    <message>
        <source>Select an exception in the table to assess it.</source>
        <translation>Sélectionnez une exception dans le tableau pour l&apos;évaluer.</translation>
    </message>
    <message>
        <source>No engagement open.</source>
        <translation>Aucune mission ouverte.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Deviations: %2 tested</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Écarts&#xa0;: %2 testés</translation>
    </message>
    <message>
        <source>Assessment complete.</source>
        <translation>Évaluation terminée.</translation>
    </message>
    <message>
        <source>Still to record: %1.</source>
        <translation>Reste à enregistrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Set %1 of the exception of %2</source>
        <translation>Définir %1 de l&apos;exception de %2</translation>
    </message>
    <message>
        <source>Change the criteria of the exception of %1</source>
        <translation>Modifier les critères de l&apos;exception de %1</translation>
    </message>
    <message>
        <source>Select an exception to remove.</source>
        <translation>Sélectionnez une exception à supprimer.</translation>
    </message>
    <message>
        <source>The exception of %1 still counts deviations; it stays as long as its sample items or tests have exceptions.</source>
        <translation>L&apos;exception de %1 compte encore des écarts&#xa0;; elle subsiste tant que ses éléments d&apos;échantillon ou ses tests présentent des exceptions.</translation>
    </message>
    <message>
        <source>Remove the exception of %1</source>
        <translation>Supprimer l&apos;exception de %1</translation>
    </message>
    <message>
        <source>The exception of %1 was removed; Edit &gt; Undo brings it back.</source>
        <translation>L&apos;exception de %1 a été supprimée&#xa0;; Édition &gt; Annuler la rétablit.</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExceptionsPane</name>
    <message>
        <source>Exceptions and their assessment</source>
        <translation>Exceptions et leur évaluation</translation>
    </message>
    <message>
        <source>Filter exceptions… (Ctrl+F)</source>
        <translation>Filtrer les exceptions… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter exceptions by text</source>
        <translation>Filtrer les exceptions par texte</translation>
    </message>
    <message>
        <source>Shows the exceptions whose control, assessment or effect contain this text (Ctrl+F)</source>
        <translation>Affiche les exceptions dont le contrôle, l&apos;évaluation ou l&apos;incidence contiennent ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Control exceptions</source>
        <translation>Exceptions des contrôles</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the control on the Testing page</source>
        <translation>Double-cliquez ou appuyez sur Enter pour ouvrir le contrôle dans la page Tests</translation>
    </message>
    <message>
        <source>Assessment of the selected exception</source>
        <translation>Évaluation de l&apos;exception sélectionnée</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Exceptions &amp; Opinion</source>
        <translation>Exceptions &amp; opinion</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Aucune mission ouverte</translation>
    </message>
    <message>
        <source>No exceptions: no sample item or test has found a deviation.</source>
        <translation>Aucune exception&#xa0;: aucun élément d&apos;échantillon ni aucun test n&apos;a relevé d&apos;écart.</translation>
    </message>
    <message>
        <source>Exceptions: %1, all assessed</source>
        <translation>Exceptions&#xa0;: %1, toutes évaluées</translation>
    </message>
    <message>
        <source>Exceptions: %1; not yet assessed: %2</source>
        <translation>Exceptions&#xa0;: %1&#xa0;; pas encore évaluées&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExportDialog</name>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Élément à exporter</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (.xlsx)</source>
        <translation>Classeur Excel (.xls&amp;x)</translation>
    </message>
    <message>
        <source>Bold header row, filters and frozen header; opens in Excel and LibreOffice Calc</source>
        <translation>Ligne d&apos;en-tête en gras, filtres et en-tête figé&#xa0;; s&apos;ouvre dans Excel et LibreOffice Calc</translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8)</source>
        <translation>&amp;CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Comma-separated text, UTF-8 with a byte-order mark so Excel reads the accents</source>
        <translation>Texte séparé par des virgules, UTF-8 avec marque d&apos;ordre des octets pour qu&apos;Excel lise les accents</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to save the table</source>
        <translation>Choisir où enregistrer le tableau</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tableau&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingEditor</name>
    <message>
        <source>Finding reference</source>
        <translation>Référence du constat</translation>
    </message>
    <message>
        <source>The finding&apos;s reference in the report, e.g. NC-01</source>
        <translation>Référence du constat dans le rapport, p. ex. NC-01</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>The auditor&apos;s grade; the classification assistant only suggests</source>
        <translation>Classification retenue par l&apos;auditeur&#xa0;; l&apos;assistant de classification ne fait que proposer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>A short title for lists and the report</source>
        <translation>Titre court pour les listes et le rapport</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>The requirement not fulfilled, in the auditor&apos;s words</source>
        <translation>Exigence non satisfaite, formulée par l&apos;auditeur</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Preuve objective</translation>
    </message>
    <message>
        <source>What was seen or heard that shows it</source>
        <translation>Ce qui a été vu ou entendu et qui le démontre</translation>
    </message>
    <message>
        <source>Clauses and controls of the finding</source>
        <translation>Articles et mesures du constat</translation>
    </message>
    <message>
        <source>Raised on and by</source>
        <translation>Relevé le / par</translation>
    </message>
    <message>
        <source>Linked interviews</source>
        <translation>Entretiens liés</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Preuves liées</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Risques liés</translation>
    </message>
    <message>
        <source>Tick what the finding rests on; double-click to open it</source>
        <translation>Cochez ce sur quoi repose le constat&#xa0;; double-cliquez pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Classification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Réf.&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation>E&amp;xigence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>É&amp;noncé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objective evidence:</source>
        <translation>Preuve &amp;objective&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clauses / controls:</source>
        <translation>&amp;Articles / mesures&#xa0;:</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>Relevé le&#xa0;:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Interviews (%1)</source>
        <translation>Entretiens (%1)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <source>Risks (%1)</source>
        <translation>Risques (%1)</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Sélectionnez d&apos;abord un constat.</translation>
    </message>
    <message>
        <source>Grade %1 as %2</source>
        <translation>Classer %1 en %2</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 est désormais %2 (%3).</translation>
    </message>
    <message>
        <source>Change clauses and controls of %1</source>
        <translation>Modifier les articles et mesures de %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingTableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>The corrective action is past its due date and has not reached the step it is due for.</source>
        <translation>L&apos;action corrective a dépassé son échéance sans avoir atteint l&apos;étape attendue.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Articles / mesures</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingsPane</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Findings by grade</source>
        <translation>Constats par classification</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Toutes les classifications</translation>
    </message>
    <message>
        <source>Filter findings by grade</source>
        <translation>Filtrer les constats par classification</translation>
    </message>
    <message>
        <source>Shows only findings of this grade</source>
        <translation>N&apos;affiche que les constats de cette classification</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Filtrer les constats…</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Filtrer les constats par texte</translation>
    </message>
    <message>
        <source>Shows findings whose reference, title, clauses or status contain this text</source>
        <translation>Affiche les constats dont la référence, le titre, les articles ou le statut contiennent ce texte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Nouveau constat</translation>
    </message>
    <message>
        <source>Add a finding; the arrow chooses the grade (an observation by default)</source>
        <translation>Ajouter un constat&#xa0;; la flèche permet de choisir la classification (observation par défaut)</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <source>Delete the selected finding with its corrective action (Undo brings it back)</source>
        <translation>Supprimer le constat sélectionné avec son action corrective (Annuler le rétablit)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Ouvrez d&apos;abord un audit.</translation>
    </message>
    <message>
        <source>Add finding %1</source>
        <translation>Ajouter le constat %1</translation>
    </message>
    <message>
        <source>Finding %1 added.</source>
        <translation>Constat %1 ajouté.</translation>
    </message>
    <message>
        <source>Select a finding to delete.</source>
        <translation>Sélectionnez un constat à supprimer.</translation>
    </message>
    <message>
        <source>Delete finding %1</source>
        <translation>Supprimer le constat %1</translation>
    </message>
    <message>
        <source>Finding %1 deleted; Edit &gt; Undo brings it back.</source>
        <translation>Constat %1 supprimé&#xa0;; Édition &gt; Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>isoaudit::GiveCopyDialog</name>
    <message>
        <source>Give a Copy to a Team Member</source>
        <translation>Remettre une copie à un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>The team member works on the copy offline; File ▸ Merge a Team Member&apos;s Copy… brings their changes back, as often as you like.</source>
        <translation>Le membre de l&apos;équipe travaille sur la copie hors ligne&#xa0;; Fichier ▸ Fusionner la copie d&apos;un membre de l&apos;équipe… réintègre ses modifications, aussi souvent que vous le souhaitez.</translation>
    </message>
    <message>
        <source>The audit&apos;s team members are offered; you may type another name</source>
        <translation>Les membres de l&apos;équipe d&apos;audit sont proposés&#xa0;; vous pouvez saisir un autre nom</translation>
    </message>
    <message>
        <source>Where the copy is written; an existing file is never overwritten</source>
        <translation>Emplacement où la copie est écrite&#xa0;; un fichier existant n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to write the copy</source>
        <translation>Choisir où écrire la copie</translation>
    </message>
    <message>
        <source>&amp;Give Copy</source>
        <translation>&amp;Remettre la copie</translation>
    </message>
    <message>
        <source>&amp;Team member:</source>
        <translation>&amp;Membre de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the copy as:</source>
        <translation>&amp;Enregistrer la copie sous&#xa0;:</translation>
    </message>
    <message>
        <source>Name the team member the copy is for.</source>
        <translation>Indiquez le membre de l&apos;équipe à qui la copie est destinée.</translation>
    </message>
    <message>
        <source>Choose where to write the copy.</source>
        <translation>Choisissez où écrire la copie.</translation>
    </message>
    <message>
        <source>The copy cannot replace the audit itself.</source>
        <translation>La copie ne peut pas remplacer l&apos;audit lui-même.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a copy never overwrites a file.</source>
        <translation>%1 existe déjà. Choisissez un autre nom&#xa0;: une copie n&apos;écrase jamais un fichier.</translation>
    </message>
</context>
<context>
    <name>isoaudit::HeatMapWidget</name>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>Click a cell, or move with the arrow keys and press Space, to show only the risks in that cell. Click it again or press Esc to show all risks.</source>
        <translation>Cliquez sur une cellule, ou déplacez-vous avec les flèches et appuyez sur Space, pour n&apos;afficher que les risques de cette cellule. Cliquez de nouveau ou appuyez sur Esc pour afficher tous les risques.</translation>
    </message>
    <message>
        <source>%1 by %2 risk matrix</source>
        <translation>Matrice des risques %1 × %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, 1 risk</source>
        <translation>, 1 risque</translation>
    </message>
    <message>
        <source>, %1 risks</source>
        <translation>, %1 risques</translation>
    </message>
    <message>
        <source>, %1 above the acceptance threshold of %2</source>
        <translation>, %1 au-dessus du seuil d&apos;acceptation de %2</translation>
    </message>
    <message>
        <source>, no acceptance threshold stated</source>
        <translation>, aucun seuil d&apos;acceptation indiqué</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>Affichage limité à&#xa0;: %1</translation>
    </message>
    <message>
        <source>likelihood %1, impact %2: score %3%4, %5.</source>
        <translation>vraisemblance %1, impact %2&#xa0;: score %3%4, %5.</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 risque</translation>
    </message>
    <message>
        <source>%1 risks</source>
        <translation>%1 risques</translation>
    </message>
    <message>
        <source>Acceptance threshold: %1</source>
        <translation>Seuil d&apos;acceptation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>The client&apos;s risk method has no likelihood or impact levels yet.</source>
        <translation>La méthode d&apos;appréciation des risques du client n&apos;a pas encore de niveaux de vraisemblance ou d&apos;impact.</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>Vraisemblance →</translation>
    </message>
    <message>
        <source>Numbers: risks in the cell. Click a cell to filter the register.</source>
        <translation>Nombre de risques par cellule. Un clic filtre le registre.</translation>
    </message>
    <message>
        <source>Risk matrix, %1</source>
        <translation>Matrice des risques, %1</translation>
    </message>
    <message>
        <source>Risk matrix, %1 Selected: the register shows only this cell.</source>
        <translation>Matrice des risques, %1 Sélectionnée&#xa0;: le registre n&apos;affiche que cette cellule.</translation>
    </message>
    <message>
        <source>likelihood %1, impact %2: no score in the client&apos;s method, %3.</source>
        <translation>vraisemblance %1, impact %2&#xa0;: aucun score dans la méthode du client, %3.</translation>
    </message>
</context>
<context>
    <name>isoaudit::HistoryDialog</name>
    <message>
        <source>Trail started</source>
        <translation>Début du journal</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Enregistrement existant</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Filter by name, record, field or value</source>
        <translation>Filtrer par nom, enregistrement, champ ou valeur</translation>
    </message>
    <message>
        <source>Filter the trail</source>
        <translation>Filtrer le journal</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>N&apos;afficher que les entrées contenant ce texte</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entrées du journal des modifications</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entries, every change accounted for.</source>
        <translation>
            <numerusform>Le journal est intact&#xa0;: %n entrée, chaque modification est justifiée.</numerusform>
            <numerusform>Le journal est intact&#xa0;: %n entrées, chaque modification est justifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail is broken&lt;/b&gt;%1: %2</source>
        <translation>&lt;b&gt;Le journal est rompu&lt;/b&gt;%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> at entry #%1</source>
        <translation> à l&apos;entrée n° %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <comment>%1 is a record kind (Risk, Finding)</comment>
        <translation>Historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer&#xa0;: %1</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>Choisir un fichier CSV ou Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to import</source>
        <translation>Feuille du classeur à importer</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>The row that holds the column headers</source>
        <translation>Ligne qui contient les en-têtes de colonne</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Ligne d&apos;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille&#xa0;:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lu comme&#xa0;:</translation>
    </message>
    <message>
        <source>Preview with a field per column</source>
        <translation>Aperçu avec un champ par colonne</translation>
    </message>
    <message>
        <source>Row report</source>
        <translation>Rapport par ligne</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>&amp;Remember this column mapping for %1</source>
        <translation>&amp;Mémoriser ce mappage de colonnes pour %1</translation>
    </message>
    <message>
        <source>The next table of this kind from this client is mapped the same way</source>
        <translation>Le prochain tableau de ce type provenant de ce client sera mappé de la même façon</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n&apos;a été importé.

%1</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tableaux (*.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>Which field column %1 &quot;%2&quot; fills</source>
        <translation>Champ que remplit la colonne %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) in ISO/IEC 27001:2013 numbering are read as their 2022 controls (listed below).</source>
        <translation>
            <numerusform>%n référence en numérotation ISO/IEC 27001:2013 est lue comme la mesure 2022 correspondante (liste ci-dessous).</numerusform>
            <numerusform>%n références en numérotation ISO/IEC 27001:2013 sont lues comme les mesures 2022 correspondantes (liste ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 numbering; read as A.%1 (2022)</source>
        <translation>Numérotation ISO/IEC 27001:2013&#xa0;; lue comme A.%1 (2022)</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Il n&apos;y a rien à importer.</translation>
    </message>
</context>
<context>
    <name>isoaudit::InterviewEditor</name>
    <message>
        <source>Attach &amp;files…</source>
        <translation>Joindre des &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Raise finding from selection</source>
        <translation>É&amp;mettre en constat</translation>
    </message>
    <message>
        <source>Raise finding from selection</source>
        <translation>Émettre un constat à partir de la sélection</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Personne interviewée</translation>
    </message>
    <message>
        <source>The person interviewed</source>
        <translation>La personne interviewée</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>The interviewee&apos;s role or job title, e.g. CISO, HR manager</source>
        <translation>Fonction ou intitulé de poste de la personne interviewée, p. ex. RSSI, responsable RH</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>When the interview took place</source>
        <translation>Moment où l&apos;entretien a eu lieu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>How long the interview lasted, in minutes</source>
        <translation>Durée de l&apos;entretien, en minutes</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>The audit team member who led the interview</source>
        <translation>Membre de l&apos;équipe d&apos;audit qui a mené l&apos;entretien</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Where the interview took place: site, room or remote</source>
        <translation>Lieu de l&apos;entretien&#xa0;: site, salle ou à distance</translation>
    </message>
    <message>
        <source>Clauses and controls covered</source>
        <translation>Articles et mesures couverts</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Notes d&apos;entretien</translation>
    </message>
    <message>
        <source>Notes are saved as you type. Drop files here to store them as evidence.</source>
        <translation>Les notes sont enregistrées au fil de la saisie. Déposez des fichiers ici pour les stocker comme preuves.</translation>
    </message>
    <message>
        <source>Evidence gathered in this interview</source>
        <translation>Preuves recueillies lors de cet entretien</translation>
    </message>
    <message>
        <source>Evidence linked to this interview; double-click to open it in the Evidence pane</source>
        <translation>Preuves liées à cet entretien&#xa0;; double-cliquez pour l&apos;ouvrir dans le volet Preuves</translation>
    </message>
    <message>
        <source>Store files inside the audit as document evidence of this interview</source>
        <translation>Stocker des fichiers dans l&apos;audit comme preuves documentaires de cet entretien</translation>
    </message>
    <message>
        <source>Turn the selected notes into a new finding&apos;s objective evidence (%1)</source>
        <translation>Faire des notes sélectionnées la preuve objective d&apos;un nouveau constat (%1)</translation>
    </message>
    <message>
        <source>Drop files anywhere here to store them as evidence (SHA-256 recorded).</source>
        <translation>Déposez des fichiers n&apos;importe où ici pour les stocker comme preuves (SHA-256 enregistré).</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interviewee:</source>
        <translation>&amp;Personne interviewée&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>F&amp;onction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Held at:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uditor:</source>
        <translation>A&amp;uditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Couvre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence from this interview:</source>
        <translation>&amp;Preuves issues de cet entretien&#xa0;:</translation>
    </message>
    <message>
        <source>Select the words in the notes that show the problem, then raise the finding.</source>
        <translation>Sélectionnez dans les notes les mots qui montrent le problème, puis émettez le constat.</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Émettre un constat</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s))</source>
        <translation>
            <numerusform>(%n fichier)</numerusform>
            <numerusform>(%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change clauses and controls of interview</source>
        <translation>Modifier les articles et mesures de l&apos;entretien</translation>
    </message>
    <message>
        <source>Choose an interview first.</source>
        <translation>Choisissez d&apos;abord un entretien.</translation>
    </message>
    <message>
        <source>Raised in interview with %1</source>
        <translation>Relevé lors de l&apos;entretien avec %1</translation>
    </message>
    <message>
        <source>Raise finding %1 from interview</source>
        <translation>Émettre le constat %1 à partir de l&apos;entretien</translation>
    </message>
    <message>
        <source>Finding %1 raised from the interview with %2.</source>
        <translation>Constat %1 émis à partir de l&apos;entretien avec %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored as evidence of this interview.</source>
        <translation>
            <numerusform>%n fichier stocké comme preuve de cet entretien.</numerusform>
            <numerusform>%n fichiers stockés comme preuves de cet entretien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Attach files to the interview</source>
        <translation>Joindre des fichiers à l&apos;entretien</translation>
    </message>
</context>
<context>
    <name>isoaudit::InterviewListModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Articles / mesures</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::InterviewsPane</name>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Filter by person…</source>
        <translation>Filtrer par personne…</translation>
    </message>
    <message>
        <source>Filter interviews by person</source>
        <translation>Filtrer les entretiens par personne</translation>
    </message>
    <message>
        <source>Shows interviews whose interviewee, role or auditor contains this text</source>
        <translation>Affiche les entretiens dont la personne interviewée, la fonction ou l&apos;auditeur contient ce texte</translation>
    </message>
    <message>
        <source>Filter interviews by clause or control</source>
        <translation>Filtrer les entretiens par article ou mesure</translation>
    </message>
    <message>
        <source>Shows interviews that covered this clause or control</source>
        <translation>Affiche les entretiens qui ont couvert cet article ou cette mesure</translation>
    </message>
    <message>
        <source>Filter interviews by day</source>
        <translation>Filtrer les entretiens par jour</translation>
    </message>
    <message>
        <source>Shows interviews held on this day</source>
        <translation>Affiche les entretiens tenus ce jour-là</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Add an interview held now</source>
        <translation>Ajouter un entretien commençant maintenant</translation>
    </message>
    <message>
        <source>Delete the selected interview (Undo brings it back)</source>
        <translation>Supprimer l&apos;entretien sélectionné (Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Any clause or control</source>
        <translation>Tout article ou mesure</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>New interviewee</source>
        <translation>Nouvelle personne interviewée</translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation>Ajouter un entretien</translation>
    </message>
    <message>
        <source>Delete interview with %1</source>
        <translation>Supprimer l&apos;entretien avec %1</translation>
    </message>
    <message>
        <source>Interview with %1 deleted; Edit &gt; Undo brings it back.</source>
        <translation>Entretien avec %1 supprimé&#xa0;; Édition &gt; Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>isoaudit::LifecyclePanel</name>
    <message>
        <source>Unmet rules for the next lifecycle step</source>
        <translation>Règles non respectées pour l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the place that needs attention</source>
        <translation>Double-cliquez ou appuyez sur Enter pour accéder à l&apos;élément à traiter</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>Faire &amp;avancer…</translation>
    </message>
    <message>
        <source>Check the rules and move to the next lifecycle state</source>
        <translation>Vérifier les règles et passer au statut suivant</translation>
    </message>
    <message>
        <source>The engagement is signed: the report is the record and can no longer change.</source>
        <translation>La mission est signée&#xa0;: le rapport fait foi et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>The audit is signed: the report is the record and can no longer change.</source>
        <translation>L&apos;audit est signé&#xa0;: le rapport fait foi et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Every rule for %1 holds; the engagement can advance.</source>
        <translation>Toutes les règles pour %1 sont respectées&#xa0;; la mission peut avancer.</translation>
    </message>
    <message>
        <source>Every rule for %1 holds; the audit can advance.</source>
        <translation>Toutes les règles pour %1 sont respectées&#xa0;; l&apos;audit peut avancer.</translation>
    </message>
    <message>
        <source>Before %1 — blockers: %2, warnings: %3. Double-click one to fix it.</source>
        <translation>Avant le passage à %1 — blocages&#xa0;: %2, avertissements&#xa0;: %3. Double-cliquez sur l&apos;un d&apos;eux pour le corriger.</translation>
    </message>
    <message>
        <source>&amp;Advance to %1…</source>
        <translation>P&amp;asser à %1…</translation>
    </message>
</context>
<context>
    <name>isoaudit::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Audit…</source>
        <translation>&amp;Nouvel audit…</translation>
    </message>
    <message>
        <source>Create a new audit file with a wizard</source>
        <translation>Créer un nouveau fichier d&apos;audit à l&apos;aide d&apos;un assistant</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an audit file</source>
        <translation>Ouvrir un fichier d&apos;audit</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open audit to another file</source>
        <translation>Écrire une copie cohérente de l&apos;audit ouvert dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Exporter le paquet…</translation>
    </message>
    <message>
        <source>Write the whole audit as a readable JSON audit package</source>
        <translation>Écrire l&apos;audit complet sous forme de paquet d&apos;audit JSON lisible</translation>
    </message>
    <message>
        <source>Export &amp;Encrypted Package…</source>
        <translation>Exporter un paquet c&amp;hiffré…</translation>
    </message>
    <message>
        <source>Write the audit package sealed with a passphrase, for mail or a USB stick</source>
        <translation>Écrire le paquet d&apos;audit scellé par une phrase secrète, pour l&apos;envoi par courriel ou sur clé USB</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Create an audit file from a JSON audit package</source>
        <translation>Créer un fichier d&apos;audit à partir d&apos;un paquet d&apos;audit JSON</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to one of the audit&apos;s rolling backups (the current state is kept)</source>
        <translation>Revenir à l&apos;une des sauvegardes tournantes de l&apos;audit (l&apos;état actuel est conservé)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the open audit</source>
        <translation>Fermer l&apos;audit ouvert</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit IsoAudit</source>
        <translation>Quitter IsoAudit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Search or filter the current page</source>
        <translation>Rechercher ou filtrer dans la page actuelle</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Show the audit trail: who changed what, when, old and new values</source>
        <translation>Afficher le journal des modifications&#xa0;: qui a modifié quoi, quand, anciennes et nouvelles valeurs</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Next Lifecycle Step…</source>
        <translation>Passer au &amp;statut suivant…</translation>
    </message>
    <message>
        <source>Show the rules that must hold before the audit can move on</source>
        <translation>Afficher les règles à respecter avant que l&apos;audit puisse avancer</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Utiliser tout l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Open &amp;Demo Audit</source>
        <translation>Ouvrir l&apos;audit de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open a complete example audit to try the workbench</source>
        <translation>Ouvrir un exemple d&apos;audit complet pour essayer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;About IsoAudit</source>
        <translation>À &amp;propos d&apos;IsoAudit</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>Afficher la page %1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Read the user guide: a Stage 2 audit from start to signed report</source>
        <translation>Lire le guide de l&apos;utilisateur&#xa0;: un audit d&apos;étape 2, du début au rapport signé</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d&apos;être annulée</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Your name, the certification body, report and backup settings, defaults for new audits</source>
        <translation>Votre nom, l&apos;organisme de certification, les réglages du rapport et des sauvegardes, les valeurs par défaut des nouveaux audits</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Audit from &amp;This One…</source>
        <translation>Nouvel audit à &amp;partir de celui-ci…</translation>
    </message>
    <message>
        <source>Start the next audit of the certification cycle from the open, signed audit</source>
        <translation>Démarrer l&apos;audit suivant du cycle de certification à partir de l&apos;audit ouvert et signé</translation>
    </message>
    <message>
        <source>Open SOC &amp;2 Demo Engagement</source>
        <translation>Ouvrir la mission SOC &amp;2 de démonstration</translation>
    </message>
    <message>
        <source>Open a complete example SOC 2 Type 2 engagement: controls, populations, samples and exceptions</source>
        <translation>Ouvrir un exemple complet de mission SOC 2 de type 2&#xa0;: contrôles, populations, échantillons et exceptions</translation>
    </message>
    <message>
        <source>&amp;Give a Copy to a Team Member…</source>
        <translation>Remet&amp;tre une copie à un membre de l&apos;équipe…</translation>
    </message>
    <message>
        <source>Write a copy of the audit for a team member to work on offline</source>
        <translation>Écrire une copie de l&apos;audit sur laquelle un membre de l&apos;équipe travaillera hors ligne</translation>
    </message>
    <message>
        <source>&amp;Merge a Team Member&apos;s Copy…</source>
        <translation>Fusionner la copie d&apos;un &amp;membre de l&apos;équipe…</translation>
    </message>
    <message>
        <source>Bring a team member&apos;s changes back into this audit, resolving any conflicts</source>
        <translation>Réintégrer dans cet audit les modifications d&apos;un membre de l&apos;équipe, en résolvant les éventuels conflits</translation>
    </message>
    <message>
        <source>Re&amp;pository</source>
        <translation>&amp;Dépôt</translation>
    </message>
    <message>
        <source>&amp;Open from the Repository…</source>
        <translation>&amp;Ouvrir depuis le dépôt…</translation>
    </message>
    <message>
        <source>Connect to the certification body&apos;s repository and check an audit out</source>
        <translation>Se connecter au dépôt de l&apos;organisme de certification et extraire un audit</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send this audit&apos;s changes to the repository</source>
        <translation>Envoyer au dépôt les modifications de cet audit</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Bring the repository&apos;s newer version of this audit into the file</source>
        <translation>Intégrer au fichier la version plus récente de cet audit présente dans le dépôt</translation>
    </message>
</context>
<context>
    <name>isoaudit::MainWindow</name>
    <message>
        <source>Pages of the audit</source>
        <translation>Pages de l&apos;audit</translation>
    </message>
    <message>
        <source>Pages of the audit (Ctrl+1 … Ctrl+9)</source>
        <translation>Pages de l&apos;audit (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Undo Not Possible</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>IsoAudit</source>
        <translation>IsoAudit</translation>
    </message>
    <message>
        <source>%1 — %2 — IsoAudit</source>
        <translation>%1 — %2 — IsoAudit</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(sans client)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>There is no page for this record in this build.</source>
        <translation>Cette version ne comporte pas de page pour cet enregistrement.</translation>
    </message>
    <message>
        <source>About IsoAudit</source>
        <translation>À propos d&apos;IsoAudit</translation>
    </message>
    <message>
        <source>Cannot Start the Next Audit</source>
        <translation>Impossible de démarrer l&apos;audit suivant</translation>
    </message>
    <message>
        <source>Next Audit Created</source>
        <translation>Audit suivant créé</translation>
    </message>
    <message>
        <source>%1 was created from the last audit:

%2</source>
        <translation>%1 a été créé à partir de l&apos;audit précédent&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Delete Control</source>
        <translation>Supprimer le contrôle</translation>
    </message>
    <message>
        <source>IsoAudit %1

A desktop workbench for ISO/IEC 27001:2022 lead auditors: plan, assess clauses 4–10 and the Statement of Applicability, review the client&apos;s risks, record interviews and evidence, grade findings and sign the report — offline, one file per audit.

For SOC 2 service auditors: map the control matrix to the Trust Services Criteria, test populations and samples, assess exceptions, form the opinion and sign the service auditor&apos;s report.

Licensed under the GNU GPL v3 or later.</source>
        <translation>IsoAudit %1

Un espace de travail de bureau pour les responsables d&apos;audit ISO/IEC 27001:2022&#xa0;: planifier, évaluer les articles 4 à 10 et la déclaration d&apos;applicabilité, examiner les risques du client, consigner les entretiens et les preuves, classer les constats et signer le rapport — hors ligne, un fichier par audit.

Pour les auditeurs de sociétés de services SOC 2&#xa0;: rattacher la matrice des contrôles aux Trust Services Criteria, tester les populations et les échantillons, évaluer les exceptions, former l&apos;opinion et signer le rapport de l&apos;auditeur de la société de services.

Distribué sous licence GNU GPL v3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>isoaudit::MeetingDialog</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation>&amp;Ajouter un participant</translation>
    </message>
    <message>
        <source>&amp;Remove attendee</source>
        <translation>&amp;Supprimer le participant</translation>
    </message>
    <message>
        <source>Confirmed or explained</source>
        <translation>Points confirmés ou expliqués</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>The audit scope was confirmed</source>
        <translation>Le périmètre de l&apos;audit a été confirmé</translation>
    </message>
    <message>
        <source>The audit plan was confirmed</source>
        <translation>Le plan d&apos;audit a été confirmé</translation>
    </message>
    <message>
        <source>Confidentiality was confirmed</source>
        <translation>La confidentialité a été confirmée</translation>
    </message>
    <message>
        <source>The method of reporting findings was explained</source>
        <translation>Les modalités de restitution des constats ont été expliquées</translation>
    </message>
    <message>
        <source>The complaint and appeal process was explained</source>
        <translation>Le processus de traitement des plaintes et des appels a été expliqué</translation>
    </message>
    <message>
        <source>The findings were presented</source>
        <translation>Les constats ont été présentés</translation>
    </message>
    <message>
        <source>The client acknowledged the findings</source>
        <translation>Le client a pris connaissance des constats</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Any disagreement on the findings or conclusions, and how it was resolved or left open</source>
        <translation>Tout désaccord sur les constats ou les conclusions, et la manière dont il a été résolu ou laissé en suspens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::MergeDialog</name>
    <message>
        <source>Show &amp;conflicts only</source>
        <translation>Afficher uniquement les &amp;conflits</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Conflict: resolved</source>
        <translation>Conflit&#xa0;: résolu</translation>
    </message>
    <message numerus="yes">
        <source>Conflict: %n to resolve</source>
        <translation>
            <numerusform>Conflit&#xa0;: %n à résoudre</numerusform>
            <numerusform>Conflit&#xa0;: %n à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every change can be taken as it is.</source>
        <translation>Aucun conflit&#xa0;: chaque modification peut être reprise telle quelle.</translation>
    </message>
    <message>
        <source>Every conflict has a choice.</source>
        <translation>Un choix a été fait pour chaque conflit.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict left to resolve.</source>
        <translation>
            <numerusform>%n conflit reste à résoudre.</numerusform>
            <numerusform>%n conflits restent à résoudre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts left to resolve.</source>
        <translation>
            <numerusform>%n conflit reste à résoudre.</numerusform>
            <numerusform>%n conflits restent à résoudre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a version for every conflict first</source>
        <translation>Choisissez d&apos;abord une version pour chaque conflit</translation>
    </message>
</context>
<context>
    <name>isoaudit::MultiLineTextDelegate</name>
    <message>
        <source>Enter adds a line; Ctrl+Enter or Tab saves; Esc cancels.</source>
        <translation>Enter ajoute une ligne&#xa0;; Ctrl+Enter ou Tab enregistre&#xa0;; Esc annule.</translation>
    </message>
</context>
<context>
    <name>isoaudit::NewAuditWizard</name>
    <message>
        <source>New Audit</source>
        <translation>Nouvel audit</translation>
    </message>
    <message>
        <source>Client and audit type</source>
        <translation>Client et type d&apos;audit</translation>
    </message>
    <message>
        <source>Who is audited, and which audit of the certification cycle this is.</source>
        <translation>Qui est audité, et de quel audit du cycle de certification il s&apos;agit.</translation>
    </message>
    <message>
        <source>e.g. Northwind Logistics Ltd</source>
        <translation>p. ex. Northwind Logistique SAS</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type d&apos;audit</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numéro du rapport</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>&amp;Type d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Report number:</source>
        <translation>&amp;Numéro du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Dates, scope and sites</source>
        <translation>Dates, périmètre et sites</translation>
    </message>
    <message>
        <source>The on-site days, the certification scope as the client states it, and the sites visited.</source>
        <translation>Jours sur site, périmètre de certification tel que formulé par le client, et sites visités.</translation>
    </message>
    <message>
        <source>First audit day</source>
        <translation>Premier jour d&apos;audit</translation>
    </message>
    <message>
        <source>Last audit day</source>
        <translation>Dernier jour d&apos;audit</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>The ISMS scope statement, e.g. &quot;Development and operation of …&quot;</source>
        <translation>Déclaration du domaine d&apos;application du SMSI, p. ex. «&#xa0;Développement et exploitation de …&#xa0;»</translation>
    </message>
    <message>
        <source>Sites, one per line</source>
        <translation>Sites, un par ligne</translation>
    </message>
    <message>
        <source>One site per line</source>
        <translation>Un site par ligne</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Péri&amp;mètre&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>&amp;Sites&#xa0;:</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Équipe d&apos;audit</translation>
    </message>
    <message>
        <source>The lead auditor signs the report; add the other team members with their roles.</source>
        <translation>Le responsable d&apos;audit signe le rapport&#xa0;; ajoutez les autres membres de l&apos;équipe avec leur rôle.</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Responsable d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>&amp;Responsable d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Team members (name, role):</source>
        <translation>&amp;Membres de l&apos;équipe (nom, rôle)&#xa0;:</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role of team member %1</source>
        <translation>Rôle du membre de l&apos;équipe %1</translation>
    </message>
    <message>
        <source>Your name from Preferences; the lead auditor signs the report</source>
        <translation>Votre nom, issu des Préférences&#xa0;; le responsable d&apos;audit signe le rapport</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Organisme de certification</translation>
    </message>
    <message>
        <source>The organisation of the lead auditor and the auditors, from Preferences</source>
        <translation>Organisme du responsable d&apos;audit et des auditeurs, issu des Préférences</translation>
    </message>
    <message>
        <source>Certification &amp;body:</source>
        <translation>&amp;Organisme de certification&#xa0;:</translation>
    </message>
    <message>
        <source>Risk method and deadlines</source>
        <translation>Méthode de risque et délais</translation>
    </message>
    <message>
        <source>The matrix to record the client&apos;s risks in (adapt it to the client&apos;s own method later in the Risks pane) and how long the client has for corrective actions after the last audit day.</source>
        <translation>Matrice dans laquelle enregistrer les risques du client (à adapter plus tard à la méthode propre au client dans le volet Risques) et délai dont dispose le client pour les actions correctives après le dernier jour d&apos;audit.</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Méthode d&apos;appréciation des risques</translation>
    </message>
    <message>
        <source>The risk matrix the audit starts with; the default comes from Preferences</source>
        <translation>Matrice des risques avec laquelle commence l&apos;audit&#xa0;; la valeur par défaut provient des Préférences</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days to verify a major nonconformity&apos;s correction</source>
        <translation>Délai en jours pour vérifier la correction d&apos;une non-conformité majeure</translation>
    </message>
    <message>
        <source>A major nonconformity&apos;s corrective action is due this many days after the last day</source>
        <translation>L&apos;action corrective d&apos;une non-conformité majeure est due ce nombre de jours après le dernier jour</translation>
    </message>
    <message>
        <source>Days to accept a minor nonconformity&apos;s plan</source>
        <translation>Délai en jours pour accepter le plan d&apos;une non-conformité mineure</translation>
    </message>
    <message>
        <source>A minor nonconformity&apos;s action plan is due this many days after the last day</source>
        <translation>Le plan d&apos;actions d&apos;une non-conformité mineure est dû ce nombre de jours après le dernier jour</translation>
    </message>
    <message>
        <source>&amp;Risk method:</source>
        <translation>&amp;Méthode de risque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Major nonconformity, verified within:</source>
        <translation>Non-conformité ma&amp;jeure, vérifiée sous&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;inor nonconformity, plan accepted within:</source>
        <translation>Non-conformité m&amp;ineure, plan accepté sous&#xa0;:</translation>
    </message>
    <message>
        <source>New SOC 2 Engagement</source>
        <translation>Nouvelle mission SOC 2</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Société de services</translation>
    </message>
    <message>
        <source>The service organization whose system the SOC 2 report describes.</source>
        <translation>La société de services dont le système est décrit par le rapport SOC 2.</translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>&amp;Société de services&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Kestrel Analytics Inc.</source>
        <translation>p. ex. Kestrel Analytics Inc.</translation>
    </message>
    <message>
        <source>Engagement team</source>
        <translation>Équipe de la mission</translation>
    </message>
    <message>
        <source>The engagement lead signs the service auditor&apos;s report; add the other members of the engagement team with their roles.</source>
        <translation>Le responsable de la mission signe le rapport de l&apos;auditeur de la société de services&#xa0;; ajoutez les autres membres de l&apos;équipe de la mission avec leur rôle.</translation>
    </message>
    <message>
        <source>Engagement &amp;lead:</source>
        <translation>&amp;Responsable de la mission&#xa0;:</translation>
    </message>
    <message>
        <source>Service auditor&apos;s &amp;firm:</source>
        <translation>&amp;Cabinet de l&apos;auditeur de la société de services&#xa0;:</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Responsable de la mission</translation>
    </message>
    <message>
        <source>Your name from Preferences; the engagement lead signs the report</source>
        <translation>Votre nom, issu des Préférences&#xa0;; le responsable de la mission signe le rapport</translation>
    </message>
    <message>
        <source>Service auditor&apos;s firm</source>
        <translation>Cabinet de l&apos;auditeur de la société de services</translation>
    </message>
    <message>
        <source>The CPA firm that performs the examination, from Preferences</source>
        <translation>Le cabinet d&apos;expertise comptable (CPA) qui réalise l&apos;examen, issu des Préférences</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>An ISO/IEC 27001 certification audit, or a SOC 2 examination (an attestation engagement on the Trust Services Criteria)</source>
        <translation>Un audit de certification ISO/IEC 27001, ou un examen SOC 2 (une mission d&apos;attestation portant sur les Trust Services Criteria)</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 certification audit</source>
        <translation>Audit de certification ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>SOC 2 examination (Trust Services Criteria)</source>
        <translation>Examen SOC 2 (Trust Services Criteria)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Référentiel&#xa0;:</translation>
    </message>
    <message>
        <source>System, report type and categories</source>
        <translation>Système, type de rapport et catégories</translation>
    </message>
    <message>
        <source>The system the report describes, whether it speaks as of a date (Type 1) or over a period (Type 2), and the trust services categories in scope.</source>
        <translation>Le système décrit par le rapport, la date (type 1) ou la période (type 2) sur laquelle il porte, et les catégories de services de confiance incluses dans le périmètre.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>e.g. Kestrel Insights analytics platform</source>
        <translation>p. ex. plateforme d&apos;analyse Kestrel Insights</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>The common criteria (Security) are in scope of every SOC 2 examination</source>
        <translation>Les critères communs (Sécurité) font partie du périmètre de tout examen SOC 2</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème&#xa0;:</translation>
    </message>
    <message>
        <source>Report &amp;type:</source>
        <translation>&amp;Type de rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Date de ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Période &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Période a&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>La période doit se terminer après son début.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s).</source>
        <translation>
            <numerusform>%n mois.</numerusform>
            <numerusform>%n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Type 2 period is usually 3 to 12 months; IsoAudit will warn.</source>
        <translation>Une période de type 2 dure généralement de 3 à 12 mois&#xa0;; IsoAudit vous avertira.</translation>
    </message>
</context>
<context>
    <name>isoaudit::NextAuditDialog</name>
    <message>
        <source>New Audit from This One</source>
        <translation>Nouvel audit à partir de celui-ci</translation>
    </message>
    <message>
        <source>Type of the next audit</source>
        <translation>Type de l&apos;audit suivant</translation>
    </message>
    <message>
        <source>The audits that may follow this one in the certification cycle</source>
        <translation>Les audits qui peuvent suivre celui-ci dans le cycle de certification</translation>
    </message>
    <message>
        <source>First day of the next audit</source>
        <translation>Premier jour de l&apos;audit suivant</translation>
    </message>
    <message>
        <source>Last day of the next audit</source>
        <translation>Dernier jour de l&apos;audit suivant</translation>
    </message>
    <message>
        <source>Lead auditor of the next audit</source>
        <translation>Responsable d&apos;audit de l&apos;audit suivant</translation>
    </message>
    <message>
        <source>Signed report of this audit (optional)</source>
        <translation>Rapport signé de cet audit (facultatif)</translation>
    </message>
    <message>
        <source>Optional: the signed PDF, recorded in the programme&apos;s history</source>
        <translation>Facultatif&#xa0;: le PDF signé, consigné dans l&apos;historique du programme d&apos;audit</translation>
    </message>
    <message>
        <source>The report signed for this audit; its SHA-256 must be the signed revision&apos;s</source>
        <translation>Le rapport signé pour cet audit&#xa0;; son empreinte SHA-256 doit être celle de la révision signée</translation>
    </message>
    <message>
        <source>File of the next audit</source>
        <translation>Fichier de l&apos;audit suivant</translation>
    </message>
    <message>
        <source>Where the next audit is created; an existing file is never overwritten</source>
        <translation>Emplacement où l&apos;audit suivant est créé&#xa0;; un fichier existant n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <source>Why the next audit cannot be created</source>
        <translation>Raison pour laquelle l&apos;audit suivant ne peut pas être créé</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>Choose the signed report</source>
        <translation>Choisir le rapport signé</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the file of the next audit</source>
        <translation>Choisir le fichier de l&apos;audit suivant</translation>
    </message>
    <message>
        <source>The next audit takes the client, scope, sites, team, risk method, risk register and Statement of Applicability from this audit as its starting point, the programme with this audit in its history, and every nonconformity still to verify. This audit&apos;s file is only read.</source>
        <translation>L&apos;audit suivant reprend de cet audit, comme point de départ, le client, le périmètre, les sites, l&apos;équipe, la méthode d&apos;appréciation des risques, le registre des risques et la déclaration d&apos;applicabilité, ainsi que le programme d&apos;audit, avec cet audit dans son historique, et toutes les non-conformités restant à vérifier. Le fichier de cet audit est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>&amp;Responsable d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation>Rapport &amp;signé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New file:</source>
        <translation>&amp;Nouveau fichier&#xa0;:</translation>
    </message>
    <message>
        <source>No audit of the certification cycle may follow a %1 audit.</source>
        <translation>Aucun audit du cycle de certification ne peut suivre un audit de type %1.</translation>
    </message>
    <message>
        <source>The audit cannot end before it starts.</source>
        <translation>L&apos;audit ne peut pas se terminer avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>Name the file of the next audit.</source>
        <translation>Nommez le fichier de l&apos;audit suivant.</translation>
    </message>
    <message>
        <source>Signed Report of This Audit</source>
        <translation>Rapport signé de cet audit</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>File of the Next Audit</source>
        <translation>Fichier de l&apos;audit suivant</translation>
    </message>
    <message>
        <source>IsoAudit files (*.isoaudit)</source>
        <translation>Fichiers IsoAudit (*.isoaudit)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (an existing file is never overwritten).</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom (un fichier existant n&apos;est jamais écrasé).</translation>
    </message>
</context>
<context>
    <name>isoaudit::OpinionPanel</name>
    <message>
        <source>Re&amp;set to recorded</source>
        <translation>Réta&amp;blir l&apos;opinion enregistrée</translation>
    </message>
    <message>
        <source>Recor&amp;d opinion</source>
        <translation>&amp;Enregistrer l&apos;opinion</translation>
    </message>
    <message>
        <source>Recorded opinion</source>
        <translation>Opinion enregistrée</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>The service auditor&apos;s opinion; the consistency messages below say what it still needs</source>
        <translation>L&apos;opinion de l&apos;auditeur de la société de services&#xa0;; les messages de cohérence ci-dessous indiquent ce qui lui manque encore</translation>
    </message>
    <message>
        <source>Basis for the opinion</source>
        <translation>Fondement de l&apos;opinion</translation>
    </message>
    <message>
        <source>The matter that gives rise to a qualified or adverse opinion or a disclaimer</source>
        <translation>Le point qui motive une opinion avec réserve, une opinion défavorable ou une impossibilité d&apos;exprimer une opinion</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Critères non satisfaits</translation>
    </message>
    <message>
        <source>Tick the criteria the opinion names as not met (Space ticks the current one); a warning icon marks the criteria core proposes</source>
        <translation>Cochez les critères que l&apos;opinion désigne comme non satisfaits (Space coche le critère courant)&#xa0;; une icône d&apos;avertissement signale les critères proposés par IsoAudit</translation>
    </message>
    <message>
        <source>Criteria that may not be met</source>
        <translation>Critères potentiellement non satisfaits</translation>
    </message>
    <message>
        <source>Consistency of the opinion</source>
        <translation>Cohérence de l&apos;opinion</translation>
    </message>
    <message>
        <source>Drop the changes and show the recorded opinion again (Alt+S)</source>
        <translation>Abandonner les modifications et réafficher l&apos;opinion enregistrée (Alt+B)</translation>
    </message>
    <message>
        <source>Record the opinion on the engagement (Alt+D or Ctrl+Enter); Edit &gt; Undo takes it back</source>
        <translation>Enregistrer l&apos;opinion dans la mission (Alt+E ou Ctrl+Enter)&#xa0;; Édition &gt; Annuler la retire</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>&amp;Opinion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Fondement&#xa0;:</translation>
    </message>
    <message>
        <source>Cri&amp;teria not met:</source>
        <translation>Critères &amp;non satisfaits&#xa0;:</translation>
    </message>
    <message>
        <source>No SOC 2 engagement open.</source>
        <translation>Aucune mission SOC 2 ouverte.</translation>
    </message>
    <message>
        <source>No opinion recorded yet: the report says the opinion has not been formed.</source>
        <translation>Aucune opinion enregistrée pour l&apos;instant&#xa0;: le rapport indique que l&apos;opinion n&apos;a pas été formée.</translation>
    </message>
    <message>
        <source>Recorded opinion: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Opinion enregistrée&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Criteria not met: %1</source>
        <translation>Critères non satisfaits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Fondement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — every mapped control failed (%2); effect weighed</source>
        <translation>%1 — tous les contrôles rattachés ont échoué (%2)&#xa0;; incidence prise en compte</translation>
    </message>
    <message>
        <source>%1 — every mapped control failed (%2); effect not weighed yet</source>
        <translation>%1 — tous les contrôles rattachés ont échoué (%2)&#xa0;; incidence pas encore prise en compte</translation>
    </message>
    <message>
        <source>Proposed as possibly not met: %1</source>
        <translation>Proposés comme potentiellement non satisfaits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Criteria that may not be met: none; no criterion has all of its controls failing.</source>
        <translation>Critères potentiellement non satisfaits&#xa0;: aucun&#xa0;; aucun critère n&apos;a tous ses contrôles en échec.</translation>
    </message>
    <message>
        <source>Criteria that may not be met (proposed, the decision is yours):</source>
        <translation>Critères potentiellement non satisfaits (proposition&#xa0;; la décision vous appartient)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the opinion to record.</source>
        <translation>Choisissez l&apos;opinion à enregistrer.</translation>
    </message>
    <message>
        <source>This is the opinion on record.</source>
        <translation>C&apos;est l&apos;opinion enregistrée.</translation>
    </message>
    <message>
        <source>Consistent: the opinion can be recorded.</source>
        <translation>Cohérente&#xa0;: l&apos;opinion peut être enregistrée.</translation>
    </message>
    <message>
        <source>Open a SOC 2 engagement first.</source>
        <translation>Ouvrez d&apos;abord une mission SOC 2.</translation>
    </message>
    <message>
        <source>Record the opinion: %1</source>
        <translation>Enregistrer l&apos;opinion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opinion recorded: %1. Edit &gt; Undo takes it back.</source>
        <translation>Opinion enregistrée&#xa0;: %1. Édition &gt; Annuler la retire.</translation>
    </message>
</context>
<context>
    <name>isoaudit::OverviewPane</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type d&apos;audit</translation>
    </message>
    <message>
        <source>First audit day</source>
        <translation>Premier jour d&apos;audit</translation>
    </message>
    <message>
        <source>Last audit day</source>
        <translation>Dernier jour d&apos;audit</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numéro du rapport</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>&amp;Type d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Report no.:</source>
        <translation>N° du &amp;rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Norme&#xa0;:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sites&#xa0;:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Certification recommendation</source>
        <translation>Recommandation de certification</translation>
    </message>
    <message>
        <source>No sites recorded</source>
        <translation>Aucun site enregistré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The findings suggest: %1.</source>
        <translation>Les constats suggèrent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Change audit type</source>
        <translation>Modifier le type d&apos;audit</translation>
    </message>
    <message>
        <source>Readiness for Stage 2</source>
        <translation>Passage à l&apos;étape 2</translation>
    </message>
    <message>
        <source>Continuation of certification</source>
        <translation>Maintien de la certification</translation>
    </message>
    <message>
        <source>Renewal of certification</source>
        <translation>Renouvellement de la certification</translation>
    </message>
    <message>
        <source>Follow-up conclusion</source>
        <translation>Conclusion du suivi</translation>
    </message>
    <message>
        <source>Readi&amp;ness for Stage 2:</source>
        <translation>Pa&amp;ssage à l&apos;étape 2&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;ntinuation:</source>
        <translation>&amp;Maintien&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;newal:</source>
        <translation>Re&amp;nouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;nclusion:</source>
        <translation>Co&amp;nclusion&#xa0;:</translation>
    </message>
    <message>
        <source>Recomme&amp;ndation:</source>
        <translation>Reco&amp;mmandation&#xa0;:</translation>
    </message>
    <message>
        <source>Lifecycle and readiness for Stage 2</source>
        <translation>Statut et passage à l&apos;étape 2</translation>
    </message>
    <message>
        <source>Lifecycle and continuation of certification</source>
        <translation>Statut et maintien de la certification</translation>
    </message>
    <message>
        <source>Lifecycle and renewal of certification</source>
        <translation>Statut et renouvellement de la certification</translation>
    </message>
    <message>
        <source>Lifecycle and follow-up conclusion</source>
        <translation>Statut et conclusion du suivi</translation>
    </message>
    <message>
        <source>Lifecycle and certification recommendation</source>
        <translation>Statut et recommandation de certification</translation>
    </message>
</context>
<context>
    <name>isoaudit::PlanDateDelegate</name>
    <message>
        <source>Plan date</source>
        <translation>Date au plan</translation>
    </message>
</context>
<context>
    <name>isoaudit::PlanTimeDelegate</name>
    <message>
        <source>Slot time</source>
        <translation>Heure du créneau</translation>
    </message>
</context>
<context>
    <name>isoaudit::PopulationImportDialog</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Import population</source>
        <translation>Importer une population</translation>
    </message>
    <message>
        <source>Population file</source>
        <translation>Fichier de population</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, one row per occurrence</source>
        <translation>Un fichier CSV ou XLSX, une ligne par occurrence</translation>
    </message>
    <message>
        <source>The client&apos;s list of the control&apos;s occurrences: one row each, with an id and a date</source>
        <translation>La liste, fournie par le client, des occurrences du contrôle&#xa0;: une ligne chacune, avec un identifiant et une date</translation>
    </message>
    <message>
        <source>Browse for the population file</source>
        <translation>Parcourir pour choisir le fichier de population</translation>
    </message>
    <message>
        <source>Choose the CSV or XLSX file</source>
        <translation>Choisir le fichier CSV ou XLSX</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the list</source>
        <translation>La feuille du classeur qui contient la liste</translation>
    </message>
    <message>
        <source>Id column</source>
        <translation>Colonne d&apos;identifiant</translation>
    </message>
    <message>
        <source>The column that identifies each occurrence (a ticket or change number)</source>
        <translation>La colonne qui identifie chaque occurrence (un numéro de ticket ou de changement)</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Colonne de date</translation>
    </message>
    <message>
        <source>The column with the date of each occurrence</source>
        <translation>La colonne contenant la date de chaque occurrence</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>How the dates are written when they are not ISO (YYYY-MM-DD); ISO dates are always read. Type a Qt date format for another one.</source>
        <translation>La façon dont les dates sont écrites lorsqu&apos;elles ne sont pas au format ISO (AAAA-MM-JJ)&#xa0;; les dates ISO sont toujours lues. Saisissez un format de date Qt pour un autre format.</translation>
    </message>
    <message>
        <source>ISO only (YYYY-MM-DD)</source>
        <translation>ISO uniquement (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Rows outside the period</source>
        <translation>Lignes hors de la période</translation>
    </message>
    <message>
        <source>Rows dated outside the engagement&apos;s period are kept and flagged (left out of the sampling frame), or the import is refused</source>
        <translation>Les lignes datées hors de la période de la mission sont conservées et signalées (exclues de la base de sondage), ou l&apos;import est refusé</translation>
    </message>
    <message>
        <source>Keep and flag them (not sampled)</source>
        <translation>Les conserver et les signaler (non échantillonnées)</translation>
    </message>
    <message>
        <source>Refuse the import</source>
        <translation>Refuser l&apos;import</translation>
    </message>
    <message>
        <source>Population name</source>
        <translation>Nom de la population</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>Le nom du fichier</translation>
    </message>
    <message>
        <source>A name for the population; the file&apos;s name when left empty</source>
        <translation>Un nom pour la population&#xa0;; le nom du fichier si laissé vide</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problème d&apos;import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the population</source>
        <translation>Importer la population</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Feui&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id column:</source>
        <translation>Colonne d&apos;id&amp;entifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>Colonne de &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>Date f&amp;ormat:</source>
        <translation>F&amp;ormat de date&#xa0;:</translation>
    </message>
    <message>
        <source>Rows outside the &amp;period:</source>
        <translation>Lignes &amp;hors de la période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The rows are frozen on import: their count and SHA-256 are recorded, and they cannot be changed afterwards. Undo removes the population.</source>
        <translation>Les lignes sont figées lors de l&apos;import&#xa0;: leur nombre et leur SHA-256 sont enregistrés, et elles ne peuvent plus être modifiées ensuite. Annuler supprime la population.</translation>
    </message>
    <message>
        <source>Import population for %1</source>
        <translation>Importer une population pour %1</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;.</source>
        <translation>Le classeur ne comporte pas de feuille «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>(column without a header)</source>
        <translation>(colonne sans en-tête)</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>The file&apos;s header could not be read.</source>
        <translation>L&apos;en-tête du fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Choose the id column.</source>
        <translation>Choisissez la colonne d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation>Choisissez la colonne de date.</translation>
    </message>
    <message>
        <source>The id and the date must be two different columns.</source>
        <translation>L&apos;identifiant et la date doivent être deux colonnes différentes.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>isoaudit::PopulationRowsModel</name>
    <message>
        <source>The population holds fewer rows than recorded at its import.</source>
        <translation>La population contient moins de lignes qu&apos;enregistré lors de son import.</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Dans la période</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>Hors de la période</translation>
    </message>
    <message>
        <source>Outside the engagement&apos;s period: not in the sampling frame</source>
        <translation>Hors de la période de la mission&#xa0;: exclu de la base de sondage</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>isoaudit::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <source>Choose a page of preferences</source>
        <translation>Choisir une page de préférences</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>You, as the audit trail names you, and the language IsoAudit speaks</source>
        <translation>Vous, tel que le journal des modifications vous nomme, et la langue d&apos;IsoAudit</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Organisme de certification</translation>
    </message>
    <message>
        <source>The certification body you audit for</source>
        <translation>L&apos;organisme de certification pour lequel vous auditez</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>What the report preview, export and signing start with</source>
        <translation>Valeurs initiales de l&apos;aperçu, de l&apos;export et de la signature du rapport</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Rolling backups of the open audit</source>
        <translation>Sauvegardes tournantes de l&apos;audit ouvert</translation>
    </message>
    <message>
        <source>New audits</source>
        <translation>Nouveaux audits</translation>
    </message>
    <message>
        <source>What the New Audit wizard starts a new audit with</source>
        <translation>Valeurs avec lesquelles l&apos;assistant Nouvel audit crée un audit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Check and store the preferences, then close</source>
        <translation>Vérifier et enregistrer les préférences, puis fermer</translation>
    </message>
    <message>
        <source>Close without storing the changes</source>
        <translation>Fermer sans enregistrer les modifications</translation>
    </message>
    <message>
        <source>Check and store the preferences, and stay here</source>
        <translation>Vérifier et enregistrer les préférences, et rester ici</translation>
    </message>
    <message>
        <source>Fill every page with the defaults; OK or Apply stores them</source>
        <translation>Remplir chaque page avec les valeurs par défaut&#xa0;; OK ou Appliquer les enregistre</translation>
    </message>
    <message>
        <source>Your user name when empty</source>
        <translation>Votre nom d&apos;utilisateur si vide</translation>
    </message>
    <message>
        <source>Auditor&apos;s name</source>
        <translation>Nom de l&apos;auditeur</translation>
    </message>
    <message>
        <source>Names you in the audit trail and in file locks, and is the lead auditor the New Audit wizard proposes</source>
        <translation>Vous nomme dans le journal des modifications et dans les verrous de fichier&#xa0;; c&apos;est aussi le responsable d&apos;audit proposé par l&apos;assistant Nouvel audit</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Suivre le système (%1)</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language of menus, panes and dialogs</source>
        <translation>Langue des menus, volets et boîtes de dialogue</translation>
    </message>
    <message>
        <source>The new language takes effect when IsoAudit is restarted.</source>
        <translation>La nouvelle langue prendra effet au redémarrage d&apos;IsoAudit.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Nordic Certification A/S</source>
        <translation>p. ex. Certification Nordique SAS</translation>
    </message>
    <message>
        <source>Certification body&apos;s name</source>
        <translation>Nom de l&apos;organisme de certification</translation>
    </message>
    <message>
        <source>New audits name it as the organisation of the lead auditor and the auditors; the report&apos;s audit team and signature page show it</source>
        <translation>Les nouveaux audits l&apos;indiquent comme organisme du responsable d&apos;audit et des auditeurs&#xa0;; l&apos;équipe d&apos;audit et la page des signatures du rapport le mentionnent</translation>
    </message>
    <message>
        <source>Street, postcode and town, country</source>
        <translation>Rue, code postal et ville, pays</translation>
    </message>
    <message>
        <source>Certification body&apos;s address</source>
        <translation>Adresse de l&apos;organisme de certification</translation>
    </message>
    <message>
        <source>The postal address, on as many lines as needed</source>
        <translation>Adresse postale, sur autant de lignes que nécessaire</translation>
    </message>
    <message>
        <source>e.g. DANAK reg. no. 6012</source>
        <translation>p. ex. accréditation COFRAC n° 4-0000</translation>
    </message>
    <message>
        <source>Accreditation number</source>
        <translation>Numéro d&apos;accréditation</translation>
    </message>
    <message>
        <source>The accreditation body and number under which the certification body certifies ISMSs</source>
        <translation>Organisme d&apos;accréditation et numéro sous lequel l&apos;organisme de certification certifie des SMSI</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ccreditation:</source>
        <translation>A&amp;ccréditation&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Default paper size</source>
        <translation>Format de papier par défaut</translation>
    </message>
    <message>
        <source>The paper a report is laid out on unless you choose another for that report</source>
        <translation>Papier sur lequel un rapport est mis en page, sauf si vous en choisissez un autre pour ce rapport</translation>
    </message>
    <message>
        <source>Same as the user interface</source>
        <translation>Identique à l&apos;interface</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Langue par défaut du rapport</translation>
    </message>
    <message>
        <source>The language a report is written in unless you choose another for that report</source>
        <translation>Langue dans laquelle un rapport est rédigé, sauf si vous en choisissez une autre pour ce rapport</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>A folder beside each audit file</source>
        <translation>Un dossier à côté de chaque fichier d&apos;audit</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Where the rolling backups go; empty keeps them in a folder beside each audit file</source>
        <translation>Emplacement des sauvegardes tournantes&#xa0;; si vide, elles sont placées dans un dossier à côté de chaque fichier d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Backup interval in minutes</source>
        <translation>Intervalle de sauvegarde en minutes</translation>
    </message>
    <message>
        <source>How often the open audit is backed up while it changes (also on opening and closing it)</source>
        <translation>Fréquence de sauvegarde de l&apos;audit ouvert pendant qu&apos;il est modifié (également à l&apos;ouverture et à la fermeture)</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Backups kept per audit</source>
        <translation>Sauvegardes conservées par audit</translation>
    </message>
    <message>
        <source>The oldest backups beyond this number are deleted</source>
        <translation>Les sauvegardes les plus anciennes au-delà de ce nombre sont supprimées</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Sauvegarder &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Default risk method</source>
        <translation>Méthode d&apos;appréciation des risques par défaut</translation>
    </message>
    <message>
        <source>The risk matrix a new audit starts with; record the client&apos;s own method in the Risks pane</source>
        <translation>Matrice des risques avec laquelle commence un nouvel audit&#xa0;; enregistrez la méthode propre au client dans le volet Risques</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days to verify a major nonconformity&apos;s correction</source>
        <translation>Délai en jours pour vérifier la correction d&apos;une non-conformité majeure</translation>
    </message>
    <message>
        <source>A major nonconformity&apos;s corrective action is due this many days after the audit&apos;s last day</source>
        <translation>L&apos;action corrective d&apos;une non-conformité majeure est due ce nombre de jours après le dernier jour de l&apos;audit</translation>
    </message>
    <message>
        <source>Days to accept a minor nonconformity&apos;s plan</source>
        <translation>Délai en jours pour accepter le plan d&apos;une non-conformité mineure</translation>
    </message>
    <message>
        <source>A minor nonconformity&apos;s action plan is due this many days after the audit&apos;s last day</source>
        <translation>Le plan d&apos;actions d&apos;une non-conformité mineure est dû ce nombre de jours après le dernier jour de l&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Risk method:</source>
        <translation>&amp;Méthode de risque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Major nonconformity, verified within:</source>
        <translation>Non-conformité ma&amp;jeure, vérifiée sous&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;inor nonconformity, plan accepted within:</source>
        <translation>Non-conformité m&amp;ineure, plan accepté sous&#xa0;:</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Suggest a major nonconformity when too many samples fail</source>
        <translation>Proposer une non-conformité majeure lorsque trop d&apos;échantillons sont non conformes</translation>
    </message>
    <message>
        <source>Your certification body&apos;s own sampling policy, applied by the classification assistant and named as policy in its rationale. ISO/IEC 17021-1 sets no failure rate; leave this off if your body has no such policy.</source>
        <translation>La politique d&apos;échantillonnage propre à votre organisme de certification, appliquée par l&apos;assistant de classification et présentée comme telle dans sa justification. L&apos;ISO/IEC 17021-1 ne fixe aucun taux d&apos;échec&#xa0;; laissez cette option désactivée si votre organisme n&apos;a pas de telle politique.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Share of failed samples above which the policy suggests major</source>
        <translation>Part d&apos;échantillons non conformes au-delà de laquelle la politique propose une non-conformité majeure</translation>
    </message>
    <message>
        <source>More than this share of the samples failed</source>
        <translation>La part d&apos;échantillons non conformes dépasse cette valeur</translation>
    </message>
    <message>
        <source> failed samples</source>
        <translation> échantillons non conformes</translation>
    </message>
    <message>
        <source>Least number of failed samples for the policy</source>
        <translation>Nombre minimal d&apos;échantillons non conformes pour appliquer la politique</translation>
    </message>
    <message>
        <source>The policy applies only from this many failed samples on</source>
        <translation>La politique ne s&apos;applique qu&apos;à partir de ce nombre d&apos;échantillons non conformes</translation>
    </message>
    <message>
        <source>Sampling policy:</source>
        <translation>Politique d&apos;échantillonnage&#xa0;:</translation>
    </message>
    <message>
        <source>Failure &amp;rate above:</source>
        <translation>&amp;Taux d&apos;échec supérieur à&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;t least:</source>
        <translation>Au &amp;moins&#xa0;:</translation>
    </message>
    <message>
        <source>The standard&apos;s terms</source>
        <translation>Les termes de la norme</translation>
    </message>
    <message>
        <source>Major and minor nonconformity, observation, opportunity for improvement, as ISO/IEC 17021-1 names them in each language</source>
        <translation>Non-conformité majeure et mineure, observation, piste de progrès, tels que l&apos;ISO/IEC 17021-1 les nomme dans chaque langue</translation>
    </message>
    <message>
        <source>The certification body&apos;s terms</source>
        <translation>Les termes de l&apos;organisme de certification</translation>
    </message>
    <message>
        <source>The words many certification bodies use in their reports where they differ from the standard&apos;s (German Haupt-/Nebenabweichung, French point sensible and piste de progrès); a policy of the body, not of the standard</source>
        <translation>Les mots que de nombreux organismes de certification emploient dans leurs rapports là où ils diffèrent de ceux de la norme (en allemand Haupt-/Nebenabweichung, en français point sensible et piste de progrès)&#xa0;; une pratique de l&apos;organisme, non une exigence de la norme</translation>
    </message>
    <message>
        <source>Wording of the finding grades</source>
        <translation>Libellé des classements</translation>
    </message>
    <message>
        <source>How the reports and the workbench name the finding grades: the standard&apos;s terms or those of your certification body</source>
        <translation>Comment les rapports et l&apos;espace de travail nomment le classement des constats&#xa0;: avec les termes de la norme ou ceux de votre organisme de certification</translation>
    </message>
    <message>
        <source>&amp;Wording of grades:</source>
        <translation>&amp;Libellé des classements&#xa0;:</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeAuditModel</name>
    <message>
        <source>This audit&apos;s row shows the audit itself: edit its type and dates under Audit, its outcome under the lifecycle.</source>
        <translation>La ligne de cet audit représente l&apos;audit lui-même&#xa0;: modifiez son type et ses dates dans la section Audit, son résultat dans la section Statut.</translation>
    </message>
    <message>
        <source>History: from the signed report of that audit; it cannot be edited.</source>
        <translation>Historique&#xa0;: issu du rapport signé de cet audit&#xa0;; non modifiable.</translation>
    </message>
    <message>
        <source>A planned audit can only be planned or cancelled here; it becomes current or completed when it is carried out.</source>
        <translation>Ici, un audit planifié ne peut être que planifié ou annulé&#xa0;; il devient «&#xa0;Cet audit&#xa0;» puis «&#xa0;Réalisé&#xa0;» lorsqu&apos;il est mené.</translation>
    </message>
    <message>
        <source>The audit would be due by %1, before its window opens on %2.</source>
        <translation>La date au plus tard de l&apos;audit (%1) précéderait sa date au plus tôt (%2).</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>History: from the signed report of that audit</source>
        <translation>Historique&#xa0;: issu du rapport signé de cet audit</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: kept in the programme as the client&apos;s record</source>
        <translation>Annulé&#xa0;: conservé dans le programme d&apos;audit comme trace pour le client</translation>
    </message>
    <message>
        <source>Planned: the client&apos;s programme, editable</source>
        <translation>Planifié&#xa0;: programme d&apos;audit du client, modifiable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Au plus tôt</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Au plus tard</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Responsable d&apos;audit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit programme audit %1</source>
        <translation>Modifier l&apos;audit %1 du programme</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeForm</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Certification &amp;programme</source>
        <translation>Programme de certi&amp;fication</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro de certificat</translation>
    </message>
    <message>
        <source>SoA version certified</source>
        <translation>Version certifiée de la DdA</translation>
    </message>
    <message>
        <source>Certified sites</source>
        <translation>Sites certifiés</translation>
    </message>
    <message>
        <source>The sites the certificate names</source>
        <translation>Les sites mentionnés sur le certificat</translation>
    </message>
    <message>
        <source>Certification decision date</source>
        <translation>Date de la décision de certification</translation>
    </message>
    <message>
        <source>The certification decision: surveillance audits are due within 12 and 24 months of it</source>
        <translation>La décision de certification&#xa0;: le premier audit de surveillance doit avoir lieu dans les 12 mois qui la suivent, le second dans les 24 mois</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Date d&apos;émission du certificat</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>Date d&apos;expiration du certificat</translation>
    </message>
    <message>
        <source>Certificate scope statement</source>
        <translation>Libellé du périmètre sur le certificat</translation>
    </message>
    <message>
        <source>The scope statement as the certificate words it</source>
        <translation>Le libellé du périmètre tel qu&apos;il figure sur le certificat</translation>
    </message>
    <message>
        <source>Certificate &amp;no.:</source>
        <translation>N° de c&amp;ertificat&#xa0;:</translation>
    </message>
    <message>
        <source>SoA &amp;version certified:</source>
        <translation>&amp;Version certifiée de la DdA&#xa0;:</translation>
    </message>
    <message>
        <source>Scope statement:</source>
        <translation>Libellé du périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Émis le&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire le&#xa0;:</translation>
    </message>
    <message>
        <source>Audits of the programme</source>
        <translation>Audits du programme</translation>
    </message>
    <message>
        <source>Add an audit to the client&apos;s programme (undoable)</source>
        <translation>Ajouter un audit au programme d&apos;audit du client (annulable)</translation>
    </message>
    <message>
        <source>Remove planned audit</source>
        <translation>Supprimer l&apos;audit planifié</translation>
    </message>
    <message>
        <source>Remove the selected planned or cancelled audit; history cannot be removed</source>
        <translation>Supprimer l&apos;audit planifié ou annulé sélectionné&#xa0;; l&apos;historique ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Plan the c&amp;ycle</source>
        <translation>Planifier le c&amp;ycle</translation>
    </message>
    <message>
        <source>Add the cycle&apos;s surveillance and recertification audits when none are planned, and date them from the certification decision (one undo step)</source>
        <translation>Ajouter les audits de surveillance et de renouvellement du cycle lorsqu&apos;aucun n&apos;est planifié, et les dater à partir de la décision de certification (une seule étape annulable)</translation>
    </message>
    <message>
        <source>The cycle is planned already: nothing to add or date. Without a decision date the planned audits stay undated.</source>
        <translation>Le cycle est déjà planifié&#xa0;: rien à ajouter ni à dater. Sans date de décision, les audits planifiés restent sans date.</translation>
    </message>
    <message>
        <source>Programme audits added or dated: %1.</source>
        <translation>Audits du programme ajoutés ou datés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Au plus tard le %1</translation>
    </message>
    <message>
        <source>Not on the timeline yet (no date): %1.</source>
        <translation>Pas encore sur la frise chronologique (sans date)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Add planned audit</source>
        <translation>Ajouter un audit planifié</translation>
    </message>
    <message>
        <source>Select a planned audit to remove.</source>
        <translation>Sélectionnez un audit planifié à supprimer.</translation>
    </message>
    <message>
        <source>History and this audit stay in the programme: only planned or cancelled audits can be removed.</source>
        <translation>L&apos;historique et cet audit restent dans le programme&#xa0;: seuls les audits planifiés ou annulés peuvent être supprimés.</translation>
    </message>
    <message>
        <source>Plan the cycle</source>
        <translation>Planifier le cycle</translation>
    </message>
    <message>
        <source>Cert&amp;ified sites:</source>
        <translation>S&amp;ites certifiés&#xa0;:</translation>
    </message>
    <message>
        <source>Decisi&amp;on date:</source>
        <translation>Décision prise &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Add planned a&amp;udit</source>
        <translation>Ajo&amp;uter un audit planifié</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeTimeline</name>
    <message>
        <source>Certification cycle timeline</source>
        <translation>Frise chronologique du cycle de certification</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>isoaudit::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent audits</source>
        <translation>Aucun audit récent</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
</context>
<context>
    <name>isoaudit::ReportContentForm</name>
    <message>
        <source>R&amp;eport content</source>
        <translation>C&amp;ontenu du rapport</translation>
    </message>
    <message>
        <source>%1 — remarks</source>
        <translation>%1 — remarques</translation>
    </message>
    <message>
        <source>What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Every answer signing needs is given.</source>
        <translation>Ce que l&apos;ISO/IEC 17021-1 (9.4.8) et l&apos;ISO/IEC 27006 demandent au rapport d&apos;indiquer. Toutes les réponses nécessaires à la signature sont données.</translation>
    </message>
    <message numerus="yes">
        <source>What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Answers still needed before the report can be signed (marked in red): %n.</source>
        <translation>
            <numerusform>Ce que l&apos;ISO/IEC 17021-1 (9.4.8) et l&apos;ISO/IEC 27006 demandent au rapport d&apos;indiquer. Réponse encore nécessaire avant la signature du rapport (signalée en rouge)&#xa0;: %n.</numerusform>
            <numerusform>Ce que l&apos;ISO/IEC 17021-1 (9.4.8) et l&apos;ISO/IEC 27006 demandent au rapport d&apos;indiquer. Réponses encore nécessaires avant la signature du rapport (signalées en rouge)&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered &quot;%1&quot;: the reason is needed before the report can be signed (%2).</source>
        <translation>Réponse «&#xa0;%1&#xa0;»&#xa0;: le motif doit être indiqué avant que le rapport puisse être signé (%2).</translation>
    </message>
    <message>
        <source>Not answered yet: needed before the report can be signed (%1).</source>
        <translation>Pas encore de réponse&#xa0;: nécessaire avant que le rapport puisse être signé (%1).</translation>
    </message>
</context>
<context>
    <name>isoaudit::ReportPane</name>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper size of the preview, the printout and the exported PDF</source>
        <translation>Format de papier de l&apos;aperçu, de l&apos;impression et du PDF exporté</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language the report is written in</source>
        <translation>Langue dans laquelle le rapport est rédigé</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Lay out the report again from the audit (F5)</source>
        <translation>Remettre en page le rapport à partir de l&apos;audit (F5)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajuster à la la&amp;rgeur</translation>
    </message>
    <message>
        <source>Zoom the preview to the width of the page</source>
        <translation>Zoomer l&apos;aperçu à la largeur de la page</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>Page &amp;entière</translation>
    </message>
    <message>
        <source>Zoom the preview to show whole pages</source>
        <translation>Zoomer l&apos;aperçu pour afficher des pages entières</translation>
    </message>
    <message>
        <source>Show whole page</source>
        <translation>Afficher la page entière</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report for signing at the closing meeting (Ctrl+P)</source>
        <translation>Imprimer le rapport pour signature lors de la réunion de clôture (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF/A file</source>
        <translation>Enregistrer le rapport dans un fichier PDF/A</translation>
    </message>
    <message>
        <source>Sig&amp;n report…</source>
        <translation>Sig&amp;ner le rapport…</translation>
    </message>
    <message>
        <source>Sign the final report with your certificate; this is how the audit becomes signed</source>
        <translation>Signer le rapport final avec votre certificat&#xa0;; c&apos;est ainsi que l&apos;audit passe au statut signé</translation>
    </message>
    <message>
        <source>A&amp;dd signature…</source>
        <translation>A&amp;jouter une signature…</translation>
    </message>
    <message>
        <source>Add a further signature (the client&apos;s representative, a technical reviewer) to the signed report</source>
        <translation>Ajouter une signature supplémentaire (représentant du client, examinateur technique) au rapport signé</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Open an audit to see its report.</source>
        <translation>Ouvrez un audit pour voir son rapport.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Tracé de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Impression du rapport…</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Print Audit Report</source>
        <translation>Imprimer le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>Rapport envoyé à %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Rapport exporté vers %1.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryConnectDialog</name>
    <message>
        <source>Open from the Repository</source>
        <translation>Ouvrir depuis le dépôt</translation>
    </message>
    <message>
        <source>Sign In to the Repository</source>
        <translation>Se connecter au dépôt</translation>
    </message>
    <message>
        <source>The repository&apos;s address, as your certification body gives it; never with a password</source>
        <translation>L&apos;adresse du dépôt, telle que votre organisme de certification la communique&#xa0;; jamais avec un mot de passe</translation>
    </message>
    <message>
        <source>Your user name on the repository&apos;s server (empty: your name on this computer)</source>
        <translation>Votre nom d&apos;utilisateur sur le serveur du dépôt (vide&#xa0;: votre nom sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Asked for each time unless the desktop keychain keeps it; never written to a file</source>
        <translation>Demandé à chaque fois, sauf si le trousseau de clés du bureau le conserve&#xa0;; jamais écrit dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau de clés du bureau</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect and list the audits you may see</source>
        <translation>Se connecter et lister les audits que vous êtes autorisé à voir</translation>
    </message>
    <message>
        <source>Audits in the repository</source>
        <translation>Audits du dépôt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Checked out by</source>
        <translation>Extrait par</translation>
    </message>
    <message>
        <source>C&amp;heck Out…</source>
        <translation>&amp;Extraire…</translation>
    </message>
    <message>
        <source>Write the chosen audit to a file on this computer for offline work, and open it</source>
        <translation>Écrire l&apos;audit choisi dans un fichier sur cet ordinateur pour travailler hors ligne, puis l&apos;ouvrir</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address, for example postgresql://db.example.org/isoaudit.</source>
        <translation>Saisissez l&apos;adresse du dépôt, par exemple postgresql://db.example.org/isoaudit.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Connected, but there is no audit you may see in this repository.</source>
        <translation>Connecté, mais ce dépôt ne contient aucun audit que vous êtes autorisé à voir.</translation>
    </message>
    <message>
        <source>Connect, then choose the audit to check out.</source>
        <translation>Connectez-vous, puis choisissez l&apos;audit à extraire.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryController</name>
    <message>
        <source>Check Out to a File</source>
        <translation>Extraire dans un fichier</translation>
    </message>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>Audits ISO 27001 (*.isoaudit);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking out %1…</source>
        <translation>Extraction de l&apos;audit %1…</translation>
    </message>
    <message>
        <source>Cannot Check Out the Audit</source>
        <translation>Impossible d&apos;extraire l&apos;audit</translation>
    </message>
    <message>
        <source>Checked out %1 from %2</source>
        <translation>Audit extrait de %2&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>Cannot Push the Audit</source>
        <translation>Impossible d&apos;envoyer l&apos;audit</translation>
    </message>
    <message>
        <source>%1

The repository and the file are as they were.</source>
        <translation>%1

Le dépôt et le fichier sont inchangés.</translation>
    </message>
    <message>
        <source>Push cancelled: nothing was sent.</source>
        <translation>Envoi annulé&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Not in a Repository</source>
        <translation>Audit hors dépôt</translation>
    </message>
    <message>
        <source>This audit is a file on this computer only. File ▸ Repository ▸ Push stores it in the repository; Open from the Repository… checks one out.</source>
        <translation>Cet audit n&apos;est qu&apos;un fichier sur cet ordinateur. Fichier ▸ Dépôt ▸ Envoyer l&apos;enregistre dans le dépôt&#xa0;; Ouvrir depuis le dépôt… permet d&apos;en extraire un.</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Récupération depuis %1…</translation>
    </message>
    <message>
        <source>Cannot Pull the Audit</source>
        <translation>Impossible de récupérer l&apos;audit</translation>
    </message>
    <message>
        <source>%1

The file is as it was.</source>
        <translation>%1

Le fichier est inchangé.</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>The server&apos;s version could not replace %1; the file is as it was.</source>
        <translation>La version du serveur n&apos;a pas pu remplacer %1&#xa0;; le fichier est inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>Pulled the repository&apos;s version: %n new changes.</source>
        <translation>
            <numerusform>Version du dépôt récupérée&#xa0;: %n nouvelle modification.</numerusform>
            <numerusform>Version du dépôt récupérée&#xa0;: %n nouvelles modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your teams on %1…</source>
        <translation>Lecture de vos équipes dans le dépôt %1…</translation>
    </message>
    <message>
        <source>%1

Nothing was sent; the file is as it was.</source>
        <translation>%1

Rien n&apos;a été envoyé&#xa0;; le fichier est inchangé.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryTeamDialog</name>
    <message>
        <source>Choose the Audit&apos;s Team</source>
        <translation>Choisir l&apos;équipe de l&apos;audit</translation>
    </message>
    <message>
        <source>This audit is new in the repository %1. Choose the team it is filed under: the repository shows it to that team&apos;s auditors only, and it stays in that team on every later push.</source>
        <translation>Cet audit ne figure pas encore dans le dépôt %1. Choisissez l&apos;équipe à laquelle le rattacher&#xa0;: le dépôt ne le montre qu&apos;aux auditeurs de cette équipe, et il y reste rattaché lors de tous les envois ultérieurs.</translation>
    </message>
    <message>
        <source>The audit of %1 is new in the repository %2. Choose the team it is filed under: the repository shows it to that team&apos;s auditors only, and it stays in that team on every later push.</source>
        <translation>L&apos;audit réalisé chez %1 ne figure pas encore dans le dépôt %2. Choisissez l&apos;équipe à laquelle le rattacher&#xa0;: le dépôt ne le montre qu&apos;aux auditeurs de cette équipe, et il y reste rattaché lors de tous les envois ultérieurs.</translation>
    </message>
    <message>
        <source>The teams you belong to in this repository</source>
        <translation>Les équipes dont vous êtes membre dans ce dépôt</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Store the audit in the repository under the chosen team</source>
        <translation>Enregistrer l&apos;audit dans le dépôt, rattaché à l&apos;équipe choisie</translation>
    </message>
</context>
<context>
    <name>isoaudit::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to. The audit as it is now is kept as a backup first, so a restore can itself be undone.</source>
        <translation>Choisissez la sauvegarde de %1 à laquelle revenir. L&apos;audit dans son état actuel est d&apos;abord conservé comme sauvegarde&#xa0;; une restauration peut donc elle-même être annulée.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet.</source>
        <translation>Il n&apos;existe pas encore de sauvegarde de %1 dans %2.</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskChecksPanel</name>
    <message>
        <source>&amp;Raise finding</source>
        <translation>É&amp;mettre un constat</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>É&amp;carter…</translation>
    </message>
    <message>
        <source>Cross-check results for the selected risk</source>
        <translation>Résultats du contrôle de cohérence pour le risque sélectionné</translation>
    </message>
    <message>
        <source>Create a finding from this result, with the suggested grade and evidence</source>
        <translation>Créer un constat à partir de ce résultat, avec la classification et les preuves proposées</translation>
    </message>
    <message>
        <source>Record why this result is not a finding; the reason is kept with the audit</source>
        <translation>Consigner pourquoi ce résultat n&apos;est pas un constat&#xa0;; le motif est conservé avec l&apos;audit</translation>
    </message>
    <message>
        <source>Cross-checks</source>
        <translation>Contrôles de cohérence</translation>
    </message>
    <message>
        <source>Select a risk to see the cross-checks that concern it.</source>
        <translation>Sélectionnez un risque pour voir les contrôles de cohérence qui le concernent.</translation>
    </message>
    <message>
        <source>Cross-checks for %1</source>
        <translation>Contrôles de cohérence pour %1</translation>
    </message>
    <message>
        <source>No cross-check concerns %1.</source>
        <translation>Aucun contrôle de cohérence ne concerne %1.</translation>
    </message>
    <message>
        <source>Suggested grade: %1</source>
        <translation>Classification proposée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Raised as finding %1.</source>
        <translation>Relevé comme constat %1.</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Écarté&#xa0;: %1</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The cross-check result %1 is no longer open.</source>
        <translation>Le résultat de contrôle de cohérence %1 n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <source>Raise finding %1</source>
        <translation>Émettre le constat %1</translation>
    </message>
    <message>
        <source>Dismissing a cross-check result needs a reason, which is kept with the audit.</source>
        <translation>Écarter un résultat de contrôle de cohérence nécessite un motif, qui est conservé avec l&apos;audit.</translation>
    </message>
    <message>
        <source>Dismiss cross-check %1</source>
        <translation>Écarter le contrôle de cohérence %1</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Émettre un constat</translation>
    </message>
    <message>
        <source>Finding raised from the cross-check; see Findings.</source>
        <translation>Constat émis à partir du contrôle de cohérence&#xa0;; voir Constats.</translation>
    </message>
    <message>
        <source>Dismiss cross-check</source>
        <translation>Écarter le contrôle de cohérence</translation>
    </message>
    <message>
        <source>%1

Why is this not a finding? The reason is kept with the audit and shown in the report.</source>
        <translation>%1

Pourquoi n&apos;est-ce pas un constat&#xa0;? Le motif est conservé avec l&apos;audit et figure dans le rapport.</translation>
    </message>
    <message>
        <source>Cross-check result dismissed.</source>
        <translation>Résultat du contrôle de cohérence écarté.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskMethodDialog</name>
    <message>
        <source>Client&apos;s risk method</source>
        <translation>Méthode d&apos;appréciation des risques du client</translation>
    </message>
    <message>
        <source>Method name</source>
        <translation>Nom de la méthode</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Likelihood levels</source>
        <translation>Niveaux de vraisemblance</translation>
    </message>
    <message>
        <source>One label per line, lowest first (1 to 10 levels)</source>
        <translation>Un libellé par ligne, du plus bas au plus haut (1 à 10 niveaux)</translation>
    </message>
    <message>
        <source>&amp;Likelihood levels
(lowest first):</source>
        <translation>Niveaux de &amp;vraisemblance
(du plus bas au plus haut)&#xa0;:</translation>
    </message>
    <message>
        <source>Impact levels</source>
        <translation>Niveaux d&apos;impact</translation>
    </message>
    <message>
        <source>&amp;Impact levels
(lowest first):</source>
        <translation>Niveaux d&apos;&amp;impact
(du plus bas au plus haut)&#xa0;:</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>Plages de score</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>&amp;Ajouter une plage</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Retirer la plage</translation>
    </message>
    <message>
        <source>Score &amp;bands:</source>
        <translation>&amp;Plages de score&#xa0;:</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Seuil d&apos;acceptation</translation>
    </message>
    <message>
        <source>Scores above this need treatment</source>
        <translation>Les scores supérieurs doivent être traités</translation>
    </message>
    <message>
        <source>Acceptance &amp;threshold:</source>
        <translation>&amp;Seuil d&apos;acceptation&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the risk matrix</source>
        <translation>Aperçu de la matrice des risques</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>New band</source>
        <translation>Nouvelle plage</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Couleur de la plage</translation>
    </message>
    <message>
        <source>Band %1: &quot;from&quot; and &quot;to&quot; must be whole scores with from ≤ to.</source>
        <translation>Plage %1&#xa0;: «&#xa0;de&#xa0;» et «&#xa0;à&#xa0;» doivent être des scores entiers avec de ≤ à.</translation>
    </message>
    <message>
        <source>Change the client&apos;s risk method</source>
        <translation>Modifier la méthode d&apos;appréciation des risques du client</translation>
    </message>
    <message>
        <source>Risk method not saved</source>
        <translation>Méthode d&apos;appréciation des risques non enregistrée</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Calcul du score</translation>
    </message>
    <message>
        <source>How the client&apos;s method turns a likelihood and an impact into a score</source>
        <translation>Comment la méthode du client convertit une vraisemblance et un impact en score</translation>
    </message>
    <message>
        <source>&amp;Scoring:</source>
        <translation>&amp;Calcul du score&#xa0;:</translation>
    </message>
    <message>
        <source>Score matrix</source>
        <translation>Matrice de scores</translation>
    </message>
    <message>
        <source>One score per likelihood (rows, highest at the top) and impact (columns, lowest at the left)</source>
        <translation>Un score par niveau de vraisemblance (lignes, le plus élevé en haut) et d&apos;impact (colonnes, le plus bas à gauche)</translation>
    </message>
    <message>
        <source>The client&apos;s score for each likelihood and impact. Type a number or press F2.</source>
        <translation>Le score du client pour chaque couple vraisemblance-impact. Saisissez un nombre ou appuyez sur F2.</translation>
    </message>
    <message>
        <source>Score &amp;matrix (likelihood ↑, impact →):</source>
        <translation>&amp;Matrice de scores (vraisemblance ↑, impact →)&#xa0;:</translation>
    </message>
    <message>
        <source>Score for likelihood %1 and impact %2</source>
        <translation>Score pour la vraisemblance %1 et l&apos;impact %2</translation>
    </message>
    <message>
        <source>Scores run from %1 to %2.</source>
        <translation>Les scores vont de %1 à %2.</translation>
    </message>
    <message>
        <source>%1 Double-click a colour to change it.</source>
        <translation>%1 Double-cliquez sur une couleur pour la modifier.</translation>
    </message>
    <message>
        <source>The recorded score matrix did not fit the method (%1); cells it lacked start from other scores. Check the matrix before saving.</source>
        <translation>La matrice de scores enregistrée ne correspondait pas à la méthode (%1)&#xa0;; les cellules qui y manquaient sont préremplies avec d&apos;autres scores. Vérifiez la matrice avant d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskPane</name>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;nherent risk</source>
        <translation>Risque &amp;brut</translation>
    </message>
    <message>
        <source>Place risks by their likelihood and impact before treatment</source>
        <translation>Placer les risques selon leur vraisemblance et leur impact avant traitement</translation>
    </message>
    <message>
        <source>Resid&amp;ual risk</source>
        <translation>Risque &amp;résiduel</translation>
    </message>
    <message>
        <source>Place risks by their residual likelihood and impact after treatment</source>
        <translation>Placer les risques selon leur vraisemblance et leur impact résiduels après traitement</translation>
    </message>
    <message>
        <source>Risk &amp;method…</source>
        <translation>&amp;Méthode de risque…</translation>
    </message>
    <message>
        <source>Record the client&apos;s risk method: levels, labels, bands and acceptance threshold</source>
        <translation>Enregistrer la méthode d&apos;appréciation des risques du client&#xa0;: niveaux, libellés, plages et seuil d&apos;acceptation</translation>
    </message>
    <message>
        <source>Search ref, asset, threat, owner, control…</source>
        <translation>Rechercher réf., actif, menace, propriétaire, mesure…</translation>
    </message>
    <message>
        <source>Search the risk register</source>
        <translation>Rechercher dans le registre des risques</translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation>&amp;Ajouter un risque</translation>
    </message>
    <message>
        <source>Add a risk to the register</source>
        <translation>Ajouter un risque au registre</translation>
    </message>
    <message>
        <source>&amp;Delete risk</source>
        <translation>&amp;Supprimer le risque</translation>
    </message>
    <message>
        <source>Delete the selected risks (undoable)</source>
        <translation>Supprimer les risques sélectionnés (annulable)</translation>
    </message>
    <message>
        <source>Show &amp;all risks</source>
        <translation>Afficher &amp;tous les risques</translation>
    </message>
    <message>
        <source>Clear the heat-map filter (Esc)</source>
        <translation>Effacer le filtre de la carte de chaleur (Esc)</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Risque brut</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>No audit open.</source>
        <translation>Aucun audit ouvert.</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>résiduel</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>brut</translation>
    </message>
    <message>
        <source>%1 risks in the register. Click a cell to filter.</source>
        <translation>%1 risques dans le registre. Cliquez sur une cellule pour filtrer.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 risks.</source>
        <translation>%1 risques affichés sur %2.</translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation>Ajouter le risque %1</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Delete risk %1? You can undo this.</source>
        <translation>Supprimer le risque %1&#xa0;? Cette action peut être annulée.</translation>
    </message>
    <message>
        <source>Delete %1 risks? You can undo this.</source>
        <translation>Supprimer %1 risques&#xa0;? Cette action peut être annulée.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <source>Delete risk %1</source>
        <translation>Supprimer le risque %1</translation>
    </message>
    <message>
        <source>Delete %1 risks</source>
        <translation>Supprimer %1 risques</translation>
    </message>
    <message>
        <source>Deleted risk %1.</source>
        <translation>Risque %1 supprimé.</translation>
    </message>
    <message>
        <source>Deleted %1 risks.</source>
        <translation>%1 risques supprimés.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 risks: %3 likelihood %4, impact %5.</source>
        <translation>%1 risques affichés sur %2&#xa0;: risque %3, vraisemblance %4, impact %5.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskTableModel</name>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation>Accepté par %1 le %2</translation>
    </message>
    <message>
        <source>Above the acceptance threshold (%1)</source>
        <translation>Au-dessus du seuil d&apos;acceptation (%1)</translation>
    </message>
    <message>
        <source>Within the acceptance threshold (%1)</source>
        <translation>Dans les limites du seuil d&apos;acceptation (%1)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Res. L</source>
        <translation>V. rés.</translation>
    </message>
    <message>
        <source>Res. I</source>
        <translation>I. rés.</translation>
    </message>
    <message>
        <source>Res. score</source>
        <translation>Score rés.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Annex A controls chosen to treat the risk, e.g. 5.15, 8.7</source>
        <translation>Mesures de l&apos;annexe A choisies pour traiter le risque, p. ex. 5.15, 8.7</translation>
    </message>
    <message>
        <source>Residual likelihood after treatment</source>
        <translation>Vraisemblance résiduelle après traitement</translation>
    </message>
    <message>
        <source>Residual impact after treatment</source>
        <translation>Impact résiduel après traitement</translation>
    </message>
    <message>
        <source>Residual score after treatment</source>
        <translation>Score résiduel après traitement</translation>
    </message>
    <message>
        <source>The risk owner has accepted the residual risk</source>
        <translation>Le propriétaire du risque a accepté le risque résiduel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control; write ids such as 5.15, 8.7.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une mesure de l&apos;annexe A&#xa0;; saisissez des identifiants tels que 5.15, 8.7.</translation>
    </message>
    <message>
        <source>Set controls of %1</source>
        <translation>Définir les mesures de %1</translation>
    </message>
    <message>
        <source>Accept residual risk of %1</source>
        <translation>Accepter le risque résiduel de %1</translation>
    </message>
    <message>
        <source>Withdraw acceptance of %1</source>
        <translation>Retirer l&apos;acceptation de %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::SampleItemTableModel</name>
    <message numerus="yes">
        <source>%n evidence record(s) linked</source>
        <translation>
            <numerusform>%n élément probant lié</numerusform>
            <numerusform>%n éléments probants liés</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Testé par</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Testé le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample item&apos;s result; write &quot;%2&quot; or &quot;%3&quot;.</source>
        <translation>« %1 » n&apos;est pas un résultat d&apos;élément d&apos;échantillon&#xa0;; écrivez « %2 » ou « %3 ».</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Aucun audit n&apos;est ouvert en modification.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample item&apos;s result.</source>
        <translation>« %1 » n&apos;est pas un résultat d&apos;élément d&apos;échantillon.</translation>
    </message>
    <message>
        <source>There is no sample item in row %1.</source>
        <translation>Il n&apos;y a pas d&apos;élément d&apos;échantillon à la ligne %1.</translation>
    </message>
    <message>
        <source>Set result of %1</source>
        <translation>Définir le résultat de %1</translation>
    </message>
    <message numerus="yes">
        <source>Set result of %n sample item(s)</source>
        <translation>
            <numerusform>Définir le résultat de %n élément d&apos;échantillon</numerusform>
            <numerusform>Définir le résultat de %n éléments d&apos;échantillon</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::ServiceControlTableModel</name>
    <message numerus="yes">
        <source>%1 of %n sample item(s) have a result.</source>
        <translation>
            <numerusform>Éléments d&apos;échantillon ayant un résultat&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Éléments d&apos;échantillon ayant un résultat&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) found.</source>
        <translation>
            <numerusform>%n écart relevé.</numerusform>
            <numerusform>%n écarts relevés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A test procedure, a sample item or the design conclusion has no result yet (Testing page).</source>
        <translation>Une procédure de test, un élément d&apos;échantillon ou la conclusion sur la conception n&apos;a pas encore de résultat (page Tests).</translation>
    </message>
    <message>
        <source>Its population is empty: the control did not operate during the period, which is never a pass.</source>
        <translation>Sa population est vide&#xa0;: le contrôle n&apos;a pas été exécuté au cours de la période, ce qui ne constitue jamais un test concluant.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1  %2 (category not in scope)</source>
        <translation>%1  %2 (catégorie hors périmètre)</translation>
    </message>
    <message>
        <source>A key control: its testing must be complete before the report (soc2.key-controls-tested)</source>
        <translation>Contrôle clé&#xa0;: ses tests doivent être terminés avant le rapport (soc2.key-controls-tested)</translation>
    </message>
    <message>
        <source>Trust Services Criteria this control addresses. Type ids (&quot;CC6.1, CC6.2&quot;), tick them in the list, drop criteria from the tree, or select criteria and press Ctrl+M</source>
        <translation>Trust Services Criteria couverts par ce contrôle. Saisissez des identifiants («&#xa0;CC6.1, CC6.2&#xa0;»), cochez-les dans la liste, déposez des critères depuis l&apos;arborescence, ou sélectionnez des critères et appuyez sur Ctrl+M</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Testé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Manuel ou automatisé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Contrôle clé</translation>
    </message>
    <message>
        <source>Where the control&apos;s testing stands, as the rules and the report read it</source>
        <translation>Avancement des tests du contrôle, tel que le lisent les règles et le rapport</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Modifier le champ «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>A control needs a reference.</source>
        <translation>Un contrôle doit avoir une référence.</translation>
    </message>
    <message>
        <source>Another control already has the reference %1.</source>
        <translation>Un autre contrôle a déjà la référence %1.</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Aucun audit n&apos;est ouvert en modification.</translation>
    </message>
    <message>
        <source>There is no control in row %1.</source>
        <translation>Il n&apos;y a pas de contrôle à la ligne %1.</translation>
    </message>
    <message>
        <source>%1 is not a Trust Services criterion.</source>
        <translation>%1 n&apos;est pas un critère relatif aux services de confiance.</translation>
    </message>
    <message>
        <source>Set criteria of %1</source>
        <translation>Définir les critères de %1</translation>
    </message>
    <message>
        <source>Select the control to map the criteria to.</source>
        <translation>Sélectionnez le contrôle auquel rattacher les critères.</translation>
    </message>
    <message>
        <source>Select the control to unmap the criteria from.</source>
        <translation>Sélectionnez le contrôle dont détacher les critères.</translation>
    </message>
    <message>
        <source>Select one or more criteria in the tree first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs critères dans l&apos;arborescence.</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>Rattacher %1 à %2</translation>
    </message>
    <message>
        <source>Unmap %1 from %2</source>
        <translation>Détacher %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Map %1 to %n control(s)</source>
        <translation>
            <numerusform>Rattacher %1 à %n contrôle</numerusform>
            <numerusform>Rattacher %1 à %n contrôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmap %1 from %n control(s)</source>
        <translation>
            <numerusform>Détacher %1 de %n contrôle</numerusform>
            <numerusform>Détacher %1 de %n contrôles</numerusform>
        </translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>Ajouter le contrôle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n test procedure(s)</source>
        <translation>
            <numerusform>%n procédure de test</numerusform>
            <numerusform>%n procédures de test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n population(s)</source>
        <translation>
            <numerusform>%n population</numerusform>
            <numerusform>%n populations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 item(s)</source>
        <translation>
            <numerusform>%n échantillon (éléments&#xa0;: %1)</numerusform>
            <numerusform>%n échantillons (éléments&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception record(s)</source>
        <translation>
            <numerusform>%n enregistrement d&apos;exception</numerusform>
            <numerusform>%n enregistrements d&apos;exception</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the controls to delete.</source>
        <translation>Sélectionnez les contrôles à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: its population &quot;%2&quot; holds %n frozen row(s), which undo could not bring back. A control whose occurrences were imported stays in the matrix.</source>
        <translation>
            <numerusform>%1 ne peut pas être supprimé&#xa0;: sa population «&#xa0;%2&#xa0;» contient %n ligne figée, qu&apos;une annulation ne pourrait pas rétablir. Un contrôle dont les occurrences ont été importées reste dans la matrice.</numerusform>
            <numerusform>%1 ne peut pas être supprimé&#xa0;: sa population «&#xa0;%2&#xa0;» contient %n lignes figées, qu&apos;une annulation ne pourrait pas rétablir. Un contrôle dont les occurrences ont été importées reste dans la matrice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete control %1</source>
        <translation>Supprimer le contrôle %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n control(s)</source>
        <translation>
            <numerusform>Supprimer %n contrôle</numerusform>
            <numerusform>Supprimer %n contrôles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isoaudit::SignReportDialog</name>
    <message>
        <source>Add Signature to Signed Report</source>
        <translation>Ajouter une signature au rapport signé</translation>
    </message>
    <message>
        <source>Sign Report</source>
        <translation>Signer le rapport</translation>
    </message>
    <message>
        <source>Blockers that prevent signing</source>
        <translation>Blocages empêchant la signature</translation>
    </message>
    <message>
        <source>Certificate file (PKCS#12)</source>
        <translation>Fichier de certificat (PKCS#12)</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate and private key in a PKCS#12 file (.p12 or .pfx)</source>
        <translation>Certificat et clé privée du signataire dans un fichier PKCS#12 (.p12 ou .pfx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>&amp;Certificat (PKCS#12)&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase of the certificate file</source>
        <translation>Phrase secrète du fichier de certificat</translation>
    </message>
    <message>
        <source>Used once to open the certificate file; never stored</source>
        <translation>Utilisée une seule fois pour ouvrir le fichier de certificat&#xa0;; jamais enregistrée</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Signed report to add a signature to</source>
        <translation>Rapport signé auquel ajouter une signature</translation>
    </message>
    <message>
        <source>Choose the signed report</source>
        <translation>Choisir le rapport signé</translation>
    </message>
    <message>
        <source>&amp;Signed report:</source>
        <translation>Rapport &amp;signé&#xa0;:</translation>
    </message>
    <message>
        <source>Signed PDF to write</source>
        <translation>PDF signé à écrire</translation>
    </message>
    <message>
        <source>Choose where to save the signed PDF</source>
        <translation>Choisir où enregistrer le PDF signé</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledged by the client&apos;s representative</source>
        <translation>Pris connaissance par le représentant du client</translation>
    </message>
    <message>
        <source>Final audit report, signed by the lead auditor</source>
        <translation>Rapport d&apos;audit final, signé par le responsable d&apos;audit</translation>
    </message>
    <message>
        <source>Reason for signing</source>
        <translation>Motif de la signature</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Show a visible &amp;stamp (&quot;Digitally signed by … on …&quot;) on the last page</source>
        <translation>Afficher un cachet &amp;visible («&#xa0;Signé numériquement par … le …&#xa0;») sur la dernière page</translation>
    </message>
    <message>
        <source>Visible signature stamp</source>
        <translation>Cachet de signature visible</translation>
    </message>
    <message>
        <source>&amp;Add Signature</source>
        <translation>&amp;Ajouter la signature</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>Si&amp;gner</translation>
    </message>
    <message>
        <source>Add a further signature to the signed report</source>
        <translation>Ajouter une signature supplémentaire au rapport signé</translation>
    </message>
    <message>
        <source>Render the report, sign it and record the signature in the audit</source>
        <translation>Générer le rapport, le signer et enregistrer la signature dans l&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Open the signed PDF in the system&apos;s PDF viewer</source>
        <translation>Ouvrir le PDF signé dans la visionneuse PDF du système</translation>
    </message>
    <message>
        <source>%1 rev %2 signed.pdf</source>
        <translation>%1 rév %2 signé.pdf</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Only the report of a signed audit can be countersigned; this audit is in %1.</source>
        <translation>Seul le rapport d&apos;un audit signé peut être contresigné&#xa0;; cet audit est au statut %1.</translation>
    </message>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Seul un audit au statut Rédaction du rapport peut être signé&#xa0;; celui-ci est au statut %1.</translation>
    </message>
    <message>
        <source>The audit is signed; a further signature can be added to its report.</source>
        <translation>L&apos;audit est signé&#xa0;; une signature supplémentaire peut être ajoutée à son rapport.</translation>
    </message>
    <message>
        <source>Every rule for signing holds. Signing records the report&apos;s hash and your certificate in the audit and moves it to signed; after that the audit changes only by reopening it.</source>
        <translation>Toutes les règles de signature sont respectées. La signature enregistre l&apos;empreinte du rapport et votre certificat dans l&apos;audit et le fait passer au statut signé&#xa0;; l&apos;audit ne peut ensuite être modifié qu&apos;après réouverture.</translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be signed yet: %n blocker(s) remain.</source>
        <translation>
            <numerusform>Le rapport ne peut pas encore être signé&#xa0;: %n blocage subsiste.</numerusform>
            <numerusform>Le rapport ne peut pas encore être signé&#xa0;: %n blocages subsistent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Certificate</source>
        <translation>Choisir le certificat</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Signed Report</source>
        <translation>Enregistrer le rapport signé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose Signed Report</source>
        <translation>Choisir le rapport signé</translation>
    </message>
    <message>
        <source>%1 countersigned.pdf</source>
        <translation>%1 contresigné.pdf</translation>
    </message>
    <message>
        <source>Signing is not possible yet: %1</source>
        <translation>La signature n&apos;est pas encore possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The signed report would overwrite the audit file %1.</source>
        <translation>Le rapport signé écraserait le fichier d&apos;audit %1.</translation>
    </message>
    <message>
        <source>The report is signed and the audit is now signed: the signed report is the record. Reopen the audit to change it.</source>
        <translation>Le rapport est signé et l&apos;audit est désormais au statut signé&#xa0;: le rapport signé fait foi. Rouvrez l&apos;audit pour le modifier.</translation>
    </message>
    <message>
        <source>The signature was added to the report.</source>
        <translation>La signature a été ajoutée au rapport.</translation>
    </message>
    <message>
        <source>Preparing the report for signing…</source>
        <translation>Préparation du rapport pour la signature…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Signing cancelled; nothing was written.</source>
        <translation>Signature annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature en cours…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signed report written to %1.</source>
        <translation>Rapport signé écrit dans %1.</translation>
    </message>
    <message>
        <source>Signature %1: %2 — %3</source>
        <translation>Signature %1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Whole document signed: nothing was added after the last signature.</source>
        <translation>Document entièrement signé&#xa0;: rien n&apos;a été ajouté après la dernière signature.</translation>
    </message>
    <message>
        <source>The report does not name the certification body, which ISO/IEC 17021-1 (9.4.8) requires: enter it in Preferences ▸ Certification body before signing.</source>
        <translation>Le rapport ne nomme pas l&apos;organisme de certification, ce qu&apos;exige l&apos;ISO/IEC 17021-1 (9.4.8)&#xa0;: indiquez-le dans Préférences ▸ Organisme de certification avant de signer.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s report, signed by the engagement lead</source>
        <translation>Rapport de l&apos;auditeur de la société de services, signé par le responsable de la mission</translation>
    </message>
    <message>
        <source>The report does not name the service auditor&apos;s firm: enter it on the Engagement page before signing.</source>
        <translation>Le rapport ne nomme pas le cabinet de l&apos;auditeur&#xa0;: saisissez-le sur la page Mission avant de signer.</translation>
    </message>
</context>
<context>
    <name>isoaudit::SoaPane</name>
    <message>
        <source>SoA completeness</source>
        <translation>Complétude de la DdA</translation>
    </message>
    <message>
        <source>Set &amp;applicability</source>
        <translation>Définir l&apos;&amp;applicabilité</translation>
    </message>
    <message>
        <source>Set i&amp;mplementation</source>
        <translation>Définir la &amp;mise en œuvre</translation>
    </message>
    <message>
        <source>Set &amp;verdict</source>
        <translation>Définir l&apos;appré&amp;ciation</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Déclaration d&apos;applicabilité</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Any applicability</source>
        <translation>Toute applicabilité</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Toute appréciation</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>&amp;Problèmes uniquement</translation>
    </message>
    <message>
        <source>Show only controls that break an SoA rule</source>
        <translation>N&apos;afficher que les mesures qui enfreignent une règle de la DdA</translation>
    </message>
    <message>
        <source>Search id, title, justification, risk…</source>
        <translation>Rechercher identifiant, titre, justification, risque…</translation>
    </message>
    <message>
        <source>Search the SoA</source>
        <translation>Rechercher dans la DdA</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Appli&amp;cability:</source>
        <translation>Applica&amp;bilité&#xa0;:</translation>
    </message>
    <message>
        <source>Ver&amp;dict:</source>
        <translation>Appréciatio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Filter the grid by %1</source>
        <translation>Filtrer la grille par %1</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Set this for every selected control in one undoable step</source>
        <translation>Appliquer à chaque mesure sélectionnée en une seule étape annulable</translation>
    </message>
    <message>
        <source>No audit open</source>
        <translation>Aucun audit ouvert</translation>
    </message>
    <message>
        <source>Every control is decided and every exclusion justified.</source>
        <translation>Chaque mesure est décidée et chaque exclusion justifiée.</translation>
    </message>
    <message>
        <source>Tick &quot;Problems only&quot; to list the controls that need attention.</source>
        <translation>Cochez «&#xa0;Problèmes uniquement&#xa0;» pour lister les mesures à traiter.</translation>
    </message>
    <message>
        <source>%1 controls selected:</source>
        <translation>%1 mesures sélectionnées&#xa0;:</translation>
    </message>
    <message>
        <source>Bulk edit refused</source>
        <translation>Modification groupée refusée</translation>
    </message>
    <message>
        <source>Set %1 of control %2.</source>
        <translation>Définir %1 de la mesure %2.</translation>
    </message>
    <message>
        <source>Set %1 of %2 controls.</source>
        <translation>Définir %1 de %2 mesures.</translation>
    </message>
    <message>
        <source>Risks treated with this control</source>
        <translation>Risques traités par cette mesure</translation>
    </message>
    <message>
        <source>Go to risk %1</source>
        <translation>Aller au risque %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::SoaTableModel</name>
    <message>
        <source>Applicability is not decided.</source>
        <translation>L&apos;applicabilité n&apos;est pas décidée.</translation>
    </message>
    <message>
        <source>Excluded without a justification.</source>
        <translation>Exclue sans justification.</translation>
    </message>
    <message>
        <source>Marked not applicable, but chosen to treat: %1.</source>
        <translation>Déclarée non applicable, mais choisie pour traiter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1/%2 decided</source>
        <translation>%1/%2 décidées</translation>
    </message>
    <message>
        <source> · 1 exclusion unjustified</source>
        <translation> · 1 exclusion non justifiée</translation>
    </message>
    <message>
        <source> · %1 exclusions unjustified</source>
        <translation> · %1 exclusions non justifiées</translation>
    </message>
    <message>
        <source> · 1 exclusion used by a risk treatment</source>
        <translation> · 1 exclusion traitant un risque</translation>
    </message>
    <message>
        <source> · %1 exclusions used by risk treatments</source>
        <translation> · %1 exclusions traitant des risques</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Chosen to treat: %1</source>
        <translation>Choisie pour traiter&#xa0;: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Client ref.</source>
        <translation>Réf. client</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Risques liés</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The client&apos;s own reference for the control (policy or procedure)</source>
        <translation>Référence propre au client pour la mesure (politique ou procédure)</translation>
    </message>
    <message>
        <source>Risks whose treatment names this control; double-click to go to one</source>
        <translation>Risques dont le traitement cite cette mesure&#xa0;; double-cliquez pour accéder à l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>The auditor&apos;s verdict on the control</source>
        <translation>Appréciation de la mesure par l&apos;auditeur</translation>
    </message>
    <message>
        <source>Evidence records linked to this control</source>
        <translation>Preuves liées à cette mesure</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Cette colonne n&apos;est pas modifiable.</translation>
    </message>
    <message>
        <source>Set %1 of one control</source>
        <translation>Définir %1 d&apos;une mesure</translation>
    </message>
    <message>
        <source>Set %1 of %2 controls</source>
        <translation>Définir %1 de %2 mesures</translation>
    </message>
</context>
<context>
    <name>isoaudit::Soc2OverviewPane</name>
    <message>
        <source>Lifecycle and opinion</source>
        <translation>Statut et opinion</translation>
    </message>
    <message>
        <source>Exceptions &amp;&amp; &amp;Opinion…</source>
        <translation>Exceptions &amp;&amp; &amp;opinion…</translation>
    </message>
    <message>
        <source>Form and record the opinion on the Exceptions &amp; Opinion page</source>
        <translation>Former et enregistrer l&apos;opinion dans la page Exceptions &amp; opinion</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Service organization:</source>
        <translation>Société de services&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Service auditor:</source>
        <translation>Auditeur de la société de services&#xa0;:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Report no.:</source>
        <translation>N° du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Edit on the Engagement page…</source>
        <translation>&amp;Modifier dans la page Mission…</translation>
    </message>
    <message>
        <source>The service organization, the system, the period, the categories, the system description, subservice organizations and CUECs</source>
        <translation>La société de services, le système, la période, les catégories, la description du système, les sociétés de services sous-traitantes et les CUEC</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Criteria addressed</source>
        <translation>Critères couverts</translation>
    </message>
    <message>
        <source>&amp;Criteria &amp;&amp; Controls…</source>
        <translation>&amp;Critères &amp;&amp; contrôles…</translation>
    </message>
    <message>
        <source>Criteria in scope that at least one control in the matrix addresses</source>
        <translation>Critères du périmètre couverts par au moins un contrôle de la matrice</translation>
    </message>
    <message>
        <source>Controls tested</source>
        <translation>Contrôles testés</translation>
    </message>
    <message>
        <source>&amp;Testing…</source>
        <translation>&amp;Tests…</translation>
    </message>
    <message>
        <source>Controls whose tests and sample items all have a result</source>
        <translation>Contrôles dont tous les tests et tous les éléments d&apos;échantillon ont un résultat</translation>
    </message>
    <message>
        <source>Sample items tested</source>
        <translation>Éléments d&apos;échantillon testés</translation>
    </message>
    <message>
        <source>Te&amp;sting…</source>
        <translation>Te&amp;sts…</translation>
    </message>
    <message>
        <source>Sample items with a result, over all samples drawn</source>
        <translation>Éléments d&apos;échantillon ayant un résultat, sur l&apos;ensemble des échantillons tirés</translation>
    </message>
    <message>
        <source>Exceptions assessed</source>
        <translation>Exceptions évaluées</translation>
    </message>
    <message>
        <source>E&amp;xceptions…</source>
        <translation>E&amp;xceptions…</translation>
    </message>
    <message>
        <source>Controls with deviations whose nature, pattern and management&apos;s response are recorded</source>
        <translation>Contrôles présentant des écarts dont la nature, le caractère et la réponse de la direction sont enregistrés</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — du %2 au %3</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — au %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>engagement lead</source>
        <translation>responsable de la mission</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>Opinion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Criteria not met: %1</source>
        <translation>Critères non satisfaits&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>without a control: %1%2</source>
        <translation>sans contrôle&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>with exceptions: %1, not occurring: %2</source>
        <translation>avec exceptions&#xa0;: %1, non exécutés&#xa0;: %2</translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>Aucun échantillon tiré pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 to test)</source>
        <translation>%1 sur %2 (%3 à tester)</translation>
    </message>
    <message>
        <source>No deviations recorded</source>
        <translation>Aucun écart enregistré</translation>
    </message>
    <message>
        <source>%1 of %2 controls with deviations</source>
        <translation>Contrôles présentant des écarts&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Couverts</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>With exceptions</source>
        <translation>Avec exceptions</translation>
    </message>
    <message>
        <source>Criteria and controls by trust services category</source>
        <translation>Critères et contrôles par catégorie des trust services</translation>
    </message>
    <message>
        <source>Controls that need attention</source>
        <translation>Contrôles à examiner</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Controls not yet tested, with exceptions or not occurring</source>
        <translation>Contrôles pas encore testés, avec exceptions ou sans occurrence</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the control on the Testing page</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir le contrôle sur la page Tests</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items with a result)</source>
        <translation>%1 (%2 éléments sur %3 avec un résultat)</translation>
    </message>
</context>
<context>
    <name>isoaudit::SubserviceTableModel</name>
    <message>
        <source>%1: the subservice organization&apos;s controls are part of the description and the tests.</source>
        <translation>%1&#xa0;: les contrôles de la société de services sous-traitante font partie de la description et des tests.</translation>
    </message>
    <message>
        <source>%1: the subservice organization&apos;s controls are left out of the description and the tests; its CSOCs are listed in Sections I and III.</source>
        <translation>%1&#xa0;: les contrôles de la société de services sous-traitante sont exclus de la description et des tests&#xa0;; ses CSOC sont énumérés dans les sections I et III.</translation>
    </message>
    <message>
        <source>Complementary subservice-organization controls: the controls the service organization assumes the subservice organization operates</source>
        <translation>Contrôles complémentaires de la société de services sous-traitante&#xa0;: les contrôles dont la société de services suppose qu&apos;ils sont exécutés par la société sous-traitante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>CSOCs</source>
        <translation>CSOC</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>New subservice organization</source>
        <translation>Nouvelle société de services sous-traitante</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Aucun audit n&apos;est ouvert en modification.</translation>
    </message>
    <message>
        <source>Add subservice organization %1</source>
        <translation>Ajouter la société de services sous-traitante %1</translation>
    </message>
    <message>
        <source>Rename subservice organization %1</source>
        <translation>Renommer la société de services sous-traitante %1</translation>
    </message>
    <message>
        <source>Set services of %1</source>
        <translation>Définir les services de %1</translation>
    </message>
    <message>
        <source>Set method of %1</source>
        <translation>Définir la méthode de %1</translation>
    </message>
    <message>
        <source>Set CSOCs of %1</source>
        <translation>Définir les CSOC de %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::SystemDescriptionForm</name>
    <message>
        <source>System description</source>
        <translation>Description du système</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>The services the system provides to user entities</source>
        <translation>Les services que le système fournit aux entités utilisatrices</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Physical and virtual infrastructure, networks, hosting</source>
        <translation>Infrastructure physique et virtuelle, réseaux, hébergement</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciels</translation>
    </message>
    <message>
        <source>Applications, system software and supporting tools</source>
        <translation>Applications, logiciels système et outils de support</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Who operates, governs and supports the system</source>
        <translation>Les personnes qui exploitent, pilotent et assistent le système</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>The automated and manual procedures of the system</source>
        <translation>Les procédures automatisées et manuelles du système</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>The data the system collects, processes and produces</source>
        <translation>Les données que le système collecte, traite et produit</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites du système</translation>
    </message>
    <message>
        <source>What the system includes and what it leaves out (carved-out parts)</source>
        <translation>Ce que le système inclut et ce qu&apos;il laisse de côté (parties exclues)</translation>
    </message>
    <message>
        <source>Management&apos;s assertion</source>
        <translation>Déclaration de la direction</translation>
    </message>
    <message>
        <source>Management&apos;s own words, printed as Section II of the report</source>
        <translation>Les propres termes de la direction, imprimés en section II du rapport</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>The date of the service auditor&apos;s report</source>
        <translation>La date du rapport de l&apos;auditeur de la société de services</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>&amp;Report date:</source>
        <translation>&amp;Date du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Intended users</source>
        <translation>Utilisateurs visés</translation>
    </message>
    <message>
        <source>Who the report is meant for (the restricted-use paragraph)</source>
        <translation>Les destinataires du rapport (paragraphe de restriction d&apos;utilisation)</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Utilisateurs visés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>isoaudit::TagEdit</name>
    <message>
        <source>Clauses and controls, e.g. 9.2.2, A.5.15 (type an id or a word of the title)</source>
        <translation>Articles et mesures, p. ex. 9.2.2, A.5.15 (saisissez un identifiant ou un mot du titre)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une mesure de l&apos;annexe A de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a clause nor an Annex A control of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un article ni une mesure de l&apos;annexe A de %2.</translation>
    </message>
    <message>
        <source>Clause %1 %2</source>
        <translation>Article %1 %2</translation>
    </message>
    <message>
        <source>Control A.%1 %2</source>
        <translation>Mesure A.%1 %2</translation>
    </message>
    <message>
        <source>The clauses and Annex A controls covered. Type an id (9.2.2, A.5.15) or a word of a title, separate tags with commas, press Enter to apply.</source>
        <translation>Articles et mesures de l&apos;annexe A couverts. Saisissez un identifiant (9.2.2, A.5.15) ou un mot d&apos;un titre, séparez les étiquettes par des virgules, appuyez sur Enter pour appliquer.</translation>
    </message>
    <message>
        <source>Clauses and controls covered</source>
        <translation>Articles et mesures couverts</translation>
    </message>
</context>
<context>
    <name>isoaudit::TeamController</name>
    <message>
        <source>Give a Copy to a Team Member</source>
        <translation>Remettre une copie à un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>Audits ISO 27001 (*.isoaudit);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Wrote %1&apos;s copy to %2</source>
        <translation>Copie remise à %1 écrite dans %2</translation>
    </message>
    <message>
        <source>Merge a Team Member&apos;s Copy</source>
        <translation>Fusionner la copie d&apos;un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Cannot Merge the Copy</source>
        <translation>Impossible de fusionner la copie</translation>
    </message>
    <message>
        <source>This is the open audit itself, not a team member&apos;s copy of it.</source>
        <translation>Il s&apos;agit de l&apos;audit ouvert lui-même, et non de la copie remise à un membre de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be merged.

%2</source>
        <translation>%1 ne peut pas être fusionné.

%2</translation>
    </message>
    <message>
        <source>Nothing to Merge</source>
        <translation>Rien à fusionner</translation>
    </message>
    <message>
        <source>Everything in this copy is already merged.</source>
        <translation>Tout le contenu de cette copie a déjà été fusionné.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict resolved</source>
        <translation>
            <numerusform>%n conflit résolu</numerusform>
            <numerusform>%n conflits résolus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%n conflit résolu</numerusform>
            <numerusform>%n conflits résolus</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1: %2.</source>
        <translation>Fusion de %1 terminée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>isoaudit::TestProcedureTableModel</name>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Attributes tested</source>
        <translation>Attributs testés</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Result note</source>
        <translation>Note sur le résultat</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Aucun audit n&apos;est ouvert en modification.</translation>
    </message>
    <message>
        <source>Select a control before adding a test procedure.</source>
        <translation>Sélectionnez un contrôle avant d&apos;ajouter une procédure de test.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test method.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une méthode de test.</translation>
    </message>
    <message>
        <source>Add %1 test procedure to %2</source>
        <translation>Ajouter une procédure de test (%1) à %2</translation>
    </message>
    <message>
        <source>Select the test procedure to remove.</source>
        <translation>Sélectionnez la procédure de test à supprimer.</translation>
    </message>
    <message>
        <source>Remove %1 test procedure from %2</source>
        <translation>Supprimer la procédure de test (%1) de %2</translation>
    </message>
    <message>
        <source>Set %1 of a test procedure of %2</source>
        <translation>Modifier le champ «&#xa0;%1&#xa0;» d&apos;une procédure de test de %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::TestingPane</name>
    <message>
        <source>&amp;Draw sample</source>
        <translation>&amp;Tirer l&apos;échantillon</translation>
    </message>
    <message>
        <source>&amp;Replace item…</source>
        <translation>&amp;Remplacer l&apos;élément…</translation>
    </message>
    <message>
        <source>Re-draw &amp;check</source>
        <translation>&amp;Vérifier par nouveau tirage</translation>
    </message>
    <message>
        <source>Record the &amp;check</source>
        <translation>Enregistrer la v&amp;érification</translation>
    </message>
    <message>
        <source>&amp;Import population…</source>
        <translation>&amp;Importer la population…</translation>
    </message>
    <message>
        <source>Pre&amp;view rows</source>
        <translation>A&amp;perçu des lignes</translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation>Supprimer la procédure</translation>
    </message>
    <message>
        <source>Set design conclusion of %1</source>
        <translation>Définir la conclusion sur la conception de %1</translation>
    </message>
    <message>
        <source>Set design note of %1</source>
        <translation>Définir la note sur la conception de %1</translation>
    </message>
    <message>
        <source>Filter controls…</source>
        <translation>Filtrer les contrôles…</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Filtrer les contrôles</translation>
    </message>
    <message>
        <source>Shows the controls whose ref, title or status contain this text (Ctrl+F)</source>
        <translation>Affiche les contrôles dont la réf., le titre ou le statut contiennent ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Controls to test</source>
        <translation>Contrôles à tester</translation>
    </message>
    <message>
        <source>Click a control or press Enter on it to test its sample</source>
        <translation>Cliquez sur un contrôle ou appuyez sur Enter pour tester son échantillon</translation>
    </message>
    <message>
        <source>Sample items tested in the engagement</source>
        <translation>Éléments d&apos;échantillon testés dans la mission</translation>
    </message>
    <message>
        <source>Testing progress of the engagement</source>
        <translation>Avancement des tests de la mission</translation>
    </message>
    <message>
        <source>Control under test</source>
        <translation>Contrôle en cours de test</translation>
    </message>
    <message>
        <source>Sample items of the control tested</source>
        <translation>Éléments d&apos;échantillon testés du contrôle</translation>
    </message>
    <message>
        <source>Testing progress of the control</source>
        <translation>Avancement des tests du contrôle</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Sample size override</source>
        <translation>Dérogation à la taille d&apos;échantillon</translation>
    </message>
    <message>
        <source>Leave at &quot;Firm&apos;s policy&quot; to draw the size the firm&apos;s sampling policy gives; another size needs a reason</source>
        <translation>Laissez «&#xa0;Politique du cabinet&#xa0;» pour tirer la taille que donne la politique d&apos;échantillonnage du cabinet&#xa0;; une autre taille doit être motivée</translation>
    </message>
    <message>
        <source>Firm&apos;s policy</source>
        <translation>Politique du cabinet</translation>
    </message>
    <message>
        <source>Reason for the sample size</source>
        <translation>Motif de la taille d&apos;échantillon</translation>
    </message>
    <message>
        <source>Reason for another size</source>
        <translation>Motif d&apos;une autre taille</translation>
    </message>
    <message>
        <source>Why the sample differs from the firm&apos;s policy; kept with the sample</source>
        <translation>Raison pour laquelle l&apos;échantillon s&apos;écarte de la politique du cabinet&#xa0;; conservée avec l&apos;échantillon</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>Tirer l&apos;échantillon</translation>
    </message>
    <message>
        <source>Draw the control&apos;s sample from its population with a new seed (Undo removes it)</source>
        <translation>Tirer l&apos;échantillon du contrôle à partir de sa population avec une nouvelle graine (Annuler le supprime)</translation>
    </message>
    <message>
        <source>Replace item</source>
        <translation>Remplacer l&apos;élément</translation>
    </message>
    <message>
        <source>Replace the current item of the grid by one from the same month; asks for the reason (an item with a result is not replaced)</source>
        <translation>Remplacer l&apos;élément courant de la grille par un élément du même mois&#xa0;; le motif est demandé (un élément ayant un résultat n&apos;est pas remplacé)</translation>
    </message>
    <message>
        <source>Re-draw check</source>
        <translation>Vérification par nouveau tirage</translation>
    </message>
    <message>
        <source>Draw again from the stored population and seed, and compare with the items</source>
        <translation>Tirer à nouveau à partir de la population et de la graine enregistrées, et comparer avec les éléments</translation>
    </message>
    <message>
        <source>Outcome of the re-draw check</source>
        <translation>Résultat de la vérification par nouveau tirage</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Tai&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>The control&apos;s population shown here and sampled</source>
        <translation>La population du contrôle, affichée ici et échantillonnée</translation>
    </message>
    <message>
        <source>Population rows</source>
        <translation>Lignes de la population</translation>
    </message>
    <message>
        <source>Period coverage</source>
        <translation>Couverture de la période</translation>
    </message>
    <message>
        <source>SHA-256 of the sampling frame</source>
        <translation>SHA-256 de la base de sondage</translation>
    </message>
    <message>
        <source>The SHA-256 of the sampling frame, as the report prints it: select and copy it</source>
        <translation>Le SHA-256 de la base de sondage, tel que le rapport l&apos;imprime&#xa0;: sélectionnez-le et copiez-le</translation>
    </message>
    <message>
        <source>How completeness and accuracy were checked</source>
        <translation>Comment l&apos;exhaustivité et l&apos;exactitude ont été vérifiées</translation>
    </message>
    <message>
        <source>How the list was checked for completeness and accuracy (reconciled to …)</source>
        <translation>Comment l&apos;exhaustivité et l&apos;exactitude de la liste ont été vérifiées (rapprochement avec …)</translation>
    </message>
    <message>
        <source>Completeness and accuracy checked by</source>
        <translation>Exhaustivité et exactitude vérifiées par</translation>
    </message>
    <message>
        <source>Completeness and accuracy checked on</source>
        <translation>Exhaustivité et exactitude vérifiées le</translation>
    </message>
    <message>
        <source>Record the completeness and accuracy check</source>
        <translation>Enregistrer la vérification de l&apos;exhaustivité et de l&apos;exactitude</translation>
    </message>
    <message>
        <source>Record how, by whom and when the list was checked (one undo step)</source>
        <translation>Enregistrer comment, par qui et quand la liste a été vérifiée (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Import population</source>
        <translation>Importer la population</translation>
    </message>
    <message>
        <source>Import the client&apos;s list of the control&apos;s occurrences from CSV or XLSX (Undo removes it)</source>
        <translation>Importer depuis un fichier CSV ou XLSX la liste, fournie par le client, des occurrences du contrôle (Annuler la supprime)</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>Aperçu des lignes</translation>
    </message>
    <message>
        <source>Show the population&apos;s frozen rows, read page by page as you scroll</source>
        <translation>Afficher les lignes figées de la population, lues page par page au fil du défilement</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population&#xa0;:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Period coverage:</source>
        <translation>Couverture de la période&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Completeness and accuracy:</source>
        <translation>Exhaustivité et exactitude&#xa0;:</translation>
    </message>
    <message>
        <source>Checked by, on:</source>
        <translation>Vérifiées par, le&#xa0;:</translation>
    </message>
    <message>
        <source>Test procedures</source>
        <translation>Procédures de test</translation>
    </message>
    <message>
        <source>&amp;Add procedure</source>
        <translation>&amp;Ajouter une procédure</translation>
    </message>
    <message>
        <source>Add test procedure</source>
        <translation>Ajouter une procédure de test</translation>
    </message>
    <message>
        <source>Add a test procedure; the arrow chooses the method (inspection by default)</source>
        <translation>Ajouter une procédure de test&#xa0;; la flèche permet de choisir la méthode (inspection par défaut)</translation>
    </message>
    <message>
        <source>Remove test procedure</source>
        <translation>Supprimer la procédure de test</translation>
    </message>
    <message>
        <source>Remove the selected test procedure (Undo brings it back)</source>
        <translation>Supprimer la procédure de test sélectionnée (Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Design conclusion</source>
        <translation>Conclusion sur la conception</translation>
    </message>
    <message>
        <source>A Type 1 report&apos;s conclusion on the control&apos;s design</source>
        <translation>La conclusion d&apos;un rapport de type 1 sur la conception du contrôle</translation>
    </message>
    <message>
        <source>Design note</source>
        <translation>Note sur la conception</translation>
    </message>
    <message>
        <source>Why the design is or is not suitable</source>
        <translation>Pourquoi la conception est appropriée ou non</translation>
    </message>
    <message>
        <source>Desi&amp;gn:</source>
        <translation>&amp;Conception&#xa0;:</translation>
    </message>
    <message>
        <source>Press Preview rows on the Population tab to read the rows.</source>
        <translation>Cliquez sur Aperçu des lignes dans l&apos;onglet Population pour lire les lignes.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Sample, population and procedures</source>
        <translation>Échantillon, population et procédures</translation>
    </message>
    <message>
        <source>Sample items</source>
        <translation>Éléments d&apos;échantillon</translation>
    </message>
    <message>
        <source>P: no exception and next · E: exception and next · Delete: clear · Ctrl+D: fill down · Ctrl+V: paste a column · Enter: edit the note · drop files on an item to attach them</source>
        <translation>P&#xa0;: aucune exception et suivant · E&#xa0;: exception et suivant · Delete&#xa0;: effacer · Ctrl+D&#xa0;: recopier vers le bas · Ctrl+V&#xa0;: coller une colonne · Enter&#xa0;: modifier la note · déposez des fichiers sur un élément pour les joindre</translation>
    </message>
    <message>
        <source>Keys of the sample grid</source>
        <translation>Touches de la grille d&apos;échantillon</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; %1 · &lt;b&gt;E&lt;/b&gt; %2, each then the next item · &lt;b&gt;Delete&lt;/b&gt; clear · &lt;b&gt;Ctrl+D&lt;/b&gt; fill down · &lt;b&gt;Ctrl+V&lt;/b&gt; paste a column · &lt;b&gt;Enter&lt;/b&gt; note · drop files on an item to attach them</source>
        <translation>&lt;b&gt;P&lt;/b&gt; %1 · &lt;b&gt;E&lt;/b&gt; %2, puis l&apos;élément suivant · &lt;b&gt;Delete&lt;/b&gt; effacer · &lt;b&gt;Ctrl+D&lt;/b&gt; recopier vers le bas · &lt;b&gt;Ctrl+V&lt;/b&gt; coller une colonne · &lt;b&gt;Enter&lt;/b&gt; note · déposez des fichiers sur un élément pour les joindre</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Tests</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample item(s) tested, %2 with an exception</source>
        <translation>
            <numerusform>Testés&#xa0;: %1 sur %n élément d&apos;échantillon, dont %2 avec une exception</numerusform>
            <numerusform>Testés&#xa0;: %1 sur %n éléments d&apos;échantillon, dont %2 avec une exception</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) concluded</source>
        <translation>
            <numerusform>Conclus&#xa0;: %1 sur %n contrôle</numerusform>
            <numerusform>Conclus&#xa0;: %1 sur %n contrôles</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>Aucun échantillon tiré pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 tested · %2 to test · %n exception(s)</source>
        <translation>
            <numerusform>Testés&#xa0;: %1 · à tester&#xa0;: %2 · %n exception</numerusform>
            <numerusform>Testés&#xa0;: %1 · à tester&#xa0;: %2 · %n exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>This audit has no SOC 2 controls to test.</source>
        <translation>Cet audit n&apos;a aucun contrôle SOC 2 à tester.</translation>
    </message>
    <message>
        <source>Select a control to test.</source>
        <translation>Sélectionnez un contrôle à tester.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Aucun audit n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No population imported yet: use Import population…</source>
        <translation>Aucune population importée pour l&apos;instant&#xa0;: utilisez Importer la population…</translation>
    </message>
    <message>
        <source>%1 rows, %2 outside the period, %3 in the sampling frame</source>
        <translation>%1 lignes, %2 hors de la période, %3 dans la base de sondage</translation>
    </message>
    <message>
        <source>The population is empty: the control did not operate during the period.</source>
        <translation>La population est vide&#xa0;: le contrôle n&apos;a pas été exécuté au cours de la période.</translation>
    </message>
    <message>
        <source>From %1, imported by %2 on %3</source>
        <translation>Provenant de %1, importée par %2 le %3</translation>
    </message>
    <message>
        <source>Rows dated %1 to %2</source>
        <translation>Lignes datées du %1 au %2</translation>
    </message>
    <message>
        <source>the period is %1 to %2</source>
        <translation>la période va du %1 au %2</translation>
    </message>
    <message>
        <source>The rows do not reach a month of the period&apos;s start or end: check that the list is complete.</source>
        <translation>Les lignes ne couvrent pas le premier ou le dernier mois de la période&#xa0;: vérifiez que la liste est exhaustive.</translation>
    </message>
    <message>
        <source>Import the control&apos;s population first (Population tab): the sample is drawn from it.</source>
        <translation>Importez d&apos;abord la population du contrôle (onglet Population)&#xa0;: l&apos;échantillon en est tiré.</translation>
    </message>
    <message>
        <source>The population has no occurrence in the period: the control did not operate, and no sample is drawn.</source>
        <translation>La population ne comporte aucune occurrence sur la période&#xa0;: le contrôle n&apos;a pas été exécuté, et aucun échantillon n&apos;est tiré.</translation>
    </message>
    <message numerus="yes">
        <source>No sample drawn yet from %1 (%n occurrence(s) in the period).</source>
        <translation>
            <numerusform>Aucun échantillon tiré pour l&apos;instant de %1 (%n occurrence sur la période).</numerusform>
            <numerusform>Aucun échantillon tiré pour l&apos;instant de %1 (%n occurrences sur la période).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 occurrences in the period</source>
        <translation>Dans la période&#xa0;: %1 occurrences sur %2</translation>
    </message>
    <message>
        <source>Firm&apos;s sampling policy (%1): %2</source>
        <translation>Politique d&apos;échantillonnage du cabinet (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Size set by the auditor: %1 instead of %2. Reason: %3</source>
        <translation>Taille fixée par l&apos;auditeur&#xa0;: %1 au lieu de %2. Motif&#xa0;: %3</translation>
    </message>
    <message>
        <source>Seed %1 · method %2</source>
        <translation>Graine %1 · méthode %2</translation>
    </message>
    <message>
        <source>Drawn by %1 on %2</source>
        <translation>Tiré par %1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) replaced</source>
        <translation>
            <numerusform>%n élément remplacé</numerusform>
            <numerusform>%n éléments remplacés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the control the population belongs to.</source>
        <translation>Sélectionnez le contrôle auquel appartient la population.</translation>
    </message>
    <message>
        <source>Importing %1 for %2…</source>
        <translation>Import de %1 pour %2…</translation>
    </message>
    <message>
        <source>Importing the population</source>
        <translation>Import de la population</translation>
    </message>
    <message>
        <source>Import population %1 for %2</source>
        <translation>Importer la population %1 pour %2</translation>
    </message>
    <message>
        <source>Population %1 has a sample drawn from it (seed %2); remove the sample before the population.</source>
        <translation>Un échantillon a été tiré de la population %1 (graine %2)&#xa0;; supprimez l&apos;échantillon avant la population.</translation>
    </message>
    <message>
        <source>Imported %1 rows into population %2 (%3 outside the period).</source>
        <translation>%1 lignes importées dans la population %2 (%3 hors de la période).</translation>
    </message>
    <message>
        <source>Outside the period: %1.</source>
        <translation>Hors de la période&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The control has no population to record the check for.</source>
        <translation>Le contrôle n&apos;a pas de population pour laquelle enregistrer la vérification.</translation>
    </message>
    <message>
        <source>Set completeness and accuracy of population %1</source>
        <translation>Définir l&apos;exhaustivité et l&apos;exactitude de la population %1</translation>
    </message>
    <message>
        <source>The control has no population yet.</source>
        <translation>Le contrôle n&apos;a pas encore de population.</translation>
    </message>
    <message>
        <source>%1: %2 rows, read as you scroll</source>
        <translation>%1&#xa0;: %2 lignes, lues au fil du défilement</translation>
    </message>
    <message>
        <source>Select the control to draw a sample for.</source>
        <translation>Sélectionnez le contrôle pour lequel tirer un échantillon.</translation>
    </message>
    <message>
        <source>Control %1 has no population to draw from: import it first.</source>
        <translation>Le contrôle %1 n&apos;a pas de population dans laquelle tirer&#xa0;: importez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>A sample size other than the firm&apos;s policy needs a reason: write it beside the size.</source>
        <translation>Une taille d&apos;échantillon différente de la politique du cabinet doit être motivée&#xa0;: indiquez le motif à côté de la taille.</translation>
    </message>
    <message>
        <source>Draw sample of %1</source>
        <translation>Tirer l&apos;échantillon de %1</translation>
    </message>
    <message numerus="yes">
        <source>Drew %n item(s) for %1.</source>
        <translation>
            <numerusform>%n élément tiré pour %1.</numerusform>
            <numerusform>%n éléments tirés pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item is replaced only with a reason on record.</source>
        <translation>Un élément n&apos;est remplacé que si un motif est enregistré.</translation>
    </message>
    <message>
        <source>Replace %1 in the sample of %2</source>
        <translation>Remplacer %1 dans l&apos;échantillon de %2</translation>
    </message>
    <message>
        <source>Select the item to replace in the grid.</source>
        <translation>Sélectionnez dans la grille l&apos;élément à remplacer.</translation>
    </message>
    <message>
        <source>Why is %1 replaced? (kept with the sample)</source>
        <translation>Pourquoi %1 est-il remplacé&#xa0;? (conservé avec l&apos;échantillon)</translation>
    </message>
    <message numerus="yes">
        <source>Re-draw check passed: seed %1 draws the same %n item(s).</source>
        <translation>
            <numerusform>Vérification par nouveau tirage réussie&#xa0;: la graine %1 tire le même élément (%n).</numerusform>
            <numerusform>Vérification par nouveau tirage réussie&#xa0;: la graine %1 tire les mêmes %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-draw check failed: %1</source>
        <translation>Échec de la vérification par nouveau tirage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select the sample item to mark.</source>
        <translation>Sélectionnez l&apos;élément d&apos;échantillon à marquer.</translation>
    </message>
    <message>
        <source>Select the sample items whose results to clear.</source>
        <translation>Sélectionnez les éléments d&apos;échantillon dont les résultats sont à effacer.</translation>
    </message>
    <message>
        <source>Select the cell to fill down from.</source>
        <translation>Sélectionnez la cellule à recopier vers le bas.</translation>
    </message>
    <message>
        <source>Select the rows below to fill (Shift+Down), then press Ctrl+D.</source>
        <translation>Sélectionnez les lignes à remplir en dessous (Shift+Down), puis appuyez sur Ctrl+D.</translation>
    </message>
    <message numerus="yes">
        <source>Fill note down into %n sample item(s)</source>
        <translation>
            <numerusform>Recopier la note vers le bas dans %n élément d&apos;échantillon</numerusform>
            <numerusform>Recopier la note vers le bas dans %n éléments d&apos;échantillon</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the first sample item to paste into.</source>
        <translation>Sélectionnez le premier élément d&apos;échantillon dans lequel coller.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Le presse-papiers ne contient aucun texte à coller.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted column has %n row(s), more than the items from the current one down (%1); nothing was pasted.</source>
        <translation>
            <numerusform>La colonne collée compte %n ligne, plus que les éléments à partir de l&apos;élément courant (%1)&#xa0;; rien n&apos;a été collé.</numerusform>
            <numerusform>La colonne collée compte %n lignes, plus que les éléments à partir de l&apos;élément courant (%1)&#xa0;; rien n&apos;a été collé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of the pasted text (%2): &quot;%3&quot; is not a sample item&apos;s result; write &quot;%4&quot; or &quot;%5&quot;. Nothing was pasted.</source>
        <translation>Ligne %1 du texte collé (%2)&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un résultat d&apos;élément d&apos;échantillon&#xa0;; écrivez «&#xa0;%4&#xa0;» ou «&#xa0;%5&#xa0;». Rien n&apos;a été collé.</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n sample item(s)</source>
        <translation>
            <numerusform>Coller dans %n élément d&apos;échantillon</numerusform>
            <numerusform>Coller dans %n éléments d&apos;échantillon</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop the files on a sample item.</source>
        <translation>Déposez les fichiers sur un élément d&apos;échantillon.</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) to %1</source>
        <translation>
            <numerusform>Joindre %n fichier à %1</numerusform>
            <numerusform>Joindre %n fichiers à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) to %1 as evidence.</source>
        <translation>
            <numerusform>%n fichier joint à %1 comme élément probant.</numerusform>
            <numerusform>%n fichiers joints à %1 comme éléments probants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isoaudit::UnmetRulesDialog</name>
    <message>
        <source>Next Lifecycle Step</source>
        <translation>Statut suivant</translation>
    </message>
    <message>
        <source>Unmet rules</source>
        <translation>Règles non respectées</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the place that needs attention</source>
        <translation>Double-cliquez ou appuyez sur Enter pour accéder à l&apos;élément à traiter</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>Show the record this rule is about</source>
        <translation>Afficher l&apos;enregistrement concerné par cette règle</translation>
    </message>
    <message>
        <source>&amp;Advance</source>
        <translation>&amp;Faire avancer</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <source>Reopen the signed audit with a reason; the signed revision stays on record</source>
        <translation>Rouvrir l&apos;audit signé en indiquant un motif&#xa0;; la révision signée reste enregistrée</translation>
    </message>
    <message>
        <source>The audit is &lt;b&gt;%1&lt;/b&gt;; it is the final state.</source>
        <translation>L&apos;audit est au statut &lt;b&gt;%1&lt;/b&gt;&#xa0;; c&apos;est le statut final.</translation>
    </message>
    <message>
        <source>The audit is in &lt;b&gt;%1&lt;/b&gt;. Every rule for &lt;b&gt;%2&lt;/b&gt; holds.</source>
        <translation>L&apos;audit est au statut &lt;b&gt;%1&lt;/b&gt;. Toutes les règles pour &lt;b&gt;%2&lt;/b&gt; sont respectées.</translation>
    </message>
    <message>
        <source>The audit is in &lt;b&gt;%1&lt;/b&gt;. Before it can move to &lt;b&gt;%2&lt;/b&gt; — blockers: %3, warnings: %4.</source>
        <translation>L&apos;audit est au statut &lt;b&gt;%1&lt;/b&gt;. Avant de pouvoir passer à &lt;b&gt;%2&lt;/b&gt; — blocages&#xa0;: %3, avertissements&#xa0;: %4.</translation>
    </message>
    <message>
        <source>&amp;Advance to %1</source>
        <translation>&amp;Passer à %1</translation>
    </message>
    <message>
        <source>Cannot Advance</source>
        <translation>Impossible d&apos;avancer</translation>
    </message>
    <message>
        <source>The audit moved to %1.</source>
        <translation>L&apos;audit est passé au statut %1.</translation>
    </message>
    <message>
        <source>Reopen Signed Audit</source>
        <translation>Rouvrir l&apos;audit signé</translation>
    </message>
    <message>
        <source>Why is the signed audit reopened? The reason is kept with the signed revision.</source>
        <translation>Pourquoi l&apos;audit signé est-il rouvert&#xa0;? Le motif est conservé avec la révision signée.</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>Réouverture impossible</translation>
    </message>
    <message>
        <source>The audit was reopened for a new report revision.</source>
        <translation>L&apos;audit a été rouvert pour une nouvelle révision du rapport.</translation>
    </message>
    <message>
        <source>The engagement is &lt;b&gt;%1&lt;/b&gt;; it is the final state.</source>
        <translation>La mission est &lt;b&gt;%1&lt;/b&gt;&#xa0;; c&apos;est le statut final.</translation>
    </message>
    <message>
        <source>The engagement is in &lt;b&gt;%1&lt;/b&gt;. Every rule for &lt;b&gt;%2&lt;/b&gt; holds.</source>
        <translation>La mission est au statut &lt;b&gt;%1&lt;/b&gt;. Toutes les règles pour &lt;b&gt;%2&lt;/b&gt; sont respectées.</translation>
    </message>
    <message>
        <source>The engagement is in &lt;b&gt;%1&lt;/b&gt;. Before it can move to &lt;b&gt;%2&lt;/b&gt; — blockers: %3, warnings: %4.</source>
        <translation>La mission est au statut &lt;b&gt;%1&lt;/b&gt;. Avant de pouvoir passer à &lt;b&gt;%2&lt;/b&gt; — blocages&#xa0;: %3, avertissements&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>isoaudit::UserEntityControlTableModel</name>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Control the user entities operate</source>
        <translation>Contrôle exécuté par les entités utilisatrices</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Aucun audit n&apos;est ouvert en modification.</translation>
    </message>
    <message>
        <source>Describe the control the user entities operate.</source>
        <translation>Décrivez le contrôle exécuté par les entités utilisatrices.</translation>
    </message>
    <message>
        <source>Add user-entity control %1</source>
        <translation>Ajouter le contrôle d&apos;entité utilisatrice %1</translation>
    </message>
    <message>
        <source>Set ref of %1</source>
        <translation>Définir la réf. de %1</translation>
    </message>
    <message>
        <source>Set description of %1</source>
        <translation>Définir la description de %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::UserGuideDialog</name>
    <message>
        <source>IsoAudit User Guide</source>
        <translation>Guide de l&apos;utilisateur IsoAudit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <source>Contents: click a heading to go there</source>
        <translation>Sommaire&#xa0;: cliquez sur un titre pour y accéder</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Texte du guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of IsoAudit.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette version d&apos;IsoAudit.</translation>
    </message>
    <message>
        <source>The link %1 leads nowhere in this guide.</source>
        <translation>Le lien %1 ne mène nulle part dans ce guide.</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Recherche reprise depuis la fin</translation>
    </message>
    <message>
        <source>Continued from the start</source>
        <translation>Recherche reprise depuis le début</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Back to the previous place in the guide (%1)</source>
        <translation>Revenir à l&apos;emplacement précédent dans le guide (%1)</translation>
    </message>
    <message>
        <source>Forward again (%1)</source>
        <translation>Avancer de nouveau (%1)</translation>
    </message>
    <message>
        <source>Find in the guide (%1)</source>
        <translation>Rechercher dans le guide (%1)</translation>
    </message>
    <message>
        <source>Find the previous occurrence (%1)</source>
        <translation>Rechercher l&apos;occurrence précédente (%1)</translation>
    </message>
    <message>
        <source>Find the next occurrence (%1)</source>
        <translation>Rechercher l&apos;occurrence suivante (%1)</translation>
    </message>
</context>
<context>
    <name>isoaudit::WelcomePage</name>
    <message>
        <source>&amp;New Audit…</source>
        <translation>&amp;Nouvel audit…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Audit</source>
        <translation>Ouvrir l&apos;audit de &amp;démonstration</translation>
    </message>
    <message>
        <source>A complete example audit: risks, interviews, evidence and findings</source>
        <translation>Un exemple d&apos;audit complet&#xa0;: risques, entretiens, preuves et constats</translation>
    </message>
    <message>
        <source>&amp;Recent audits:</source>
        <translation>Audits &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>Recent audits</source>
        <translation>Audits récents</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent audits</source>
        <translation>Aucun audit récent</translation>
    </message>
    <message>
        <source>&lt;h1&gt;IsoAudit&lt;/h1&gt;&lt;p&gt;The workbench for ISO/IEC 27001 certification audits and SOC 2 examinations. Open an audit file, start a new one, or try a demo.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;IsoAudit&lt;/h1&gt;&lt;p&gt;L&apos;espace de travail pour les audits de certification ISO/IEC 27001 et les examens SOC 2. Ouvrez un fichier d&apos;audit, créez-en un nouveau ou essayez une démonstration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SOC &amp;2 Demo</source>
        <translation>Démonstration SOC &amp;2</translation>
    </message>
    <message>
        <source>A complete example SOC 2 Type 2 engagement: controls, populations, samples and exceptions</source>
        <translation>Un exemple complet de mission SOC 2 de type 2&#xa0;: contrôles, populations, échantillons et exceptions</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The .isoaudit file to open (default: the demo).</source>
        <translation>Le fichier .isoaudit à ouvrir (par défaut&#xa0;: la démonstration).</translation>
    </message>
    <message>
        <source>Open the file read-only.</source>
        <translation>Ouvrir le fichier en lecture seule.</translation>
    </message>
    <message>
        <source>Quit right after the first paint.</source>
        <translation>Quitter juste après le premier affichage.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the first paint, then quit.</source>
        <translation>Enregistrer une capture PNG de la fenêtre après le premier affichage, puis quitter.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1366x768.</source>
        <translation>Taille de la fenêtre, p. ex. 1366x768.</translation>
    </message>
    <message>
        <source>User interface language: en, da, de, nl or fr (default: Preferences, else the system&apos;s).</source>
        <translation>Langue de l&apos;interface&#xa0;: en, da, de, nl ou fr (par défaut&#xa0;: Préférences, sinon celle du système).</translation>
    </message>
    <message>
        <source>Workbench for ISO/IEC 27001 lead auditors and SOC 2 service auditors</source>
        <translation>Espace de travail pour les responsables d&apos;audit ISO/IEC 27001 et les auditeurs de sociétés de services SOC 2</translation>
    </message>
    <message>
        <source>Show this page first (overview, plan, clauses, soa, risks, interviews, evidence, findings, report; for a SOC 2 engagement overview, engagement, controls, testing, exceptions, report).</source>
        <translation>Afficher d&apos;abord cette page (overview, plan, clauses, soa, risks, interviews, evidence, findings, report&#xa0;; pour une mission SOC 2&#xa0;: overview, engagement, controls, testing, exceptions, report).</translation>
    </message>
    <message>
        <source>Open the SOC 2 demo engagement instead of the ISO/IEC 27001 demo audit.</source>
        <translation>Ouvrir la mission SOC 2 de démonstration au lieu de l&apos;audit ISO/IEC 27001 de démonstration.</translation>
    </message>
</context>
</TS>
