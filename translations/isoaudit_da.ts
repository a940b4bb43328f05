<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AppSettings</name>
    <message>
        <source>IsoAudit cannot show itself in &quot;%1&quot;; the languages are %2.</source>
        <translation>IsoAudit kan ikke vises på &quot;%1&quot;; sprogene er %2.</translation>
    </message>
    <message>
        <source>Reports cannot be written in &quot;%1&quot;; the languages are %2.</source>
        <translation>Rapporter kan ikke skrives på &quot;%1&quot;; sprogene er %2.</translation>
    </message>
    <message>
        <source>The report paper must be A4 or US Letter.</source>
        <translation>Rapportens papir skal være A4 eller US Letter.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path (such as %1), not &quot;%2&quot;.</source>
        <translation>Mappen til sikkerhedskopier skal være en fuld sti (f.eks. %1), ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it or choose another.</source>
        <translation>Mappen til sikkerhedskopier %1 findes ikke. Opret den, eller vælg en anden.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not a folder you can write to.</source>
        <translation>Du kan ikke skrive i mappen til sikkerhedskopier %1.</translation>
    </message>
    <message>
        <source>Back up every %1 to %2 minutes; %3 is not possible.</source>
        <translation>Tag sikkerhedskopi med %1 til %2 minutters mellemrum; %3 er ikke muligt.</translation>
    </message>
    <message>
        <source>Keep %1 to %2 backups of each audit; %3 is not possible.</source>
        <translation>Behold %1 til %2 sikkerhedskopier af hver audit; %3 er ikke muligt.</translation>
    </message>
    <message>
        <source>There is no built-in risk method &quot;%1&quot;; the choices are %2.</source>
        <translation>Der er ingen indbygget risikometode &quot;%1&quot;; valgmulighederne er %2.</translation>
    </message>
    <message>
        <source>An address or accreditation number needs the certification body&apos;s name as well.</source>
        <translation>En adresse eller et akkrediteringsnummer kræver også certificeringsorganets navn.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>%1 is %2; files over %3 are not stored in an audit.</source>
        <translation>%1 fylder %2; filer over %3 gemmes ikke i en audit.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke læse %1: %2</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Vedhæft %1</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n files</source>
        <translation>
            <numerusform>Vedhæft %n fil</numerusform>
            <numerusform>Vedhæft %n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence %1</source>
        <translation>Tilføj auditbevis %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files as evidence</source>
        <translation>
            <numerusform>Tilføj %n fil som auditbevis</numerusform>
            <numerusform>Tilføj %n filer som auditbevis</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kunne ikke oprette mappen %1.</translation>
    </message>
</context>
<context>
    <name>AuditDatabase</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit file.</source>
        <translation>%1 er en mappe, ikke en auditfil.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan ikke læses: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not an IsoAudit file, or it was not copied completely.</source>
        <translation>%1 er tom (0 byte): det er ikke en IsoAudit-fil, eller den blev ikke kopieret helt.</translation>
    </message>
    <message>
        <source>%1 is not an IsoAudit file (it is not an SQLite database).</source>
        <translation>%1 er ikke en IsoAudit-fil (det er ikke en SQLite-database).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes). It may have been copied only in part; use a complete copy or a backup.</source>
        <translation>%1 er beskadiget: den er kortere, end dens header angiver (%2 af %3 byte). Den er måske kun kopieret delvist; brug en komplet kopi eller en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>%1 is read-only; it can only be opened read-only.</source>
        <translation>%1 er skrivebeskyttet; den kan kun åbnes skrivebeskyttet.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an audit file: %2</source>
        <translation>%1 kan ikke læses som en auditfil: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not an IsoAudit audit file.</source>
        <translation>%1 er en SQLite-database fra et andet program, ikke en IsoAudit-auditfil.</translation>
    </message>
    <message>
        <source>%1 was written by a newer IsoAudit (file format %2; this version reads up to %3). Update IsoAudit to open it.</source>
        <translation>%1 er skrevet af en nyere IsoAudit (filformat %2; denne version læser op til %3). Opdater IsoAudit for at åbne den.</translation>
    </message>
    <message>
        <source>%1 is not a complete IsoAudit file (it has no schema).</source>
        <translation>%1 er ikke en komplet IsoAudit-fil (den har intet skema).</translation>
    </message>
    <message>
        <source>%1 uses the older file format %2 and must be upgraded, which needs write access.</source>
        <translation>%1 bruger det ældre filformat %2 og skal opgraderes, hvilket kræver skriveadgang.</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it: %2</source>
        <translation>Kunne ikke gemme en kopi af %1 før opgraderingen: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>SQLite-driveren til Qt mangler (pakken libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åbnes: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the folder does not allow SQLite&apos;s write-ahead log.</source>
        <translation>%1 kan ikke åbnes til skrivning: mappen tillader ikke SQLites write-ahead-log.</translation>
    </message>
    <message>
        <source>Could not read the file format of %1: %2</source>
        <translation>Kunne ikke læse filformatet for %1: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to file format %2: %3</source>
        <translation>Kunne ikke opgradere %1 til filformat %2: %3</translation>
    </message>
    <message>
        <source>Could not record file format %1 in %2: %3</source>
        <translation>Kunne ikke registrere filformat %1 i %2: %3</translation>
    </message>
    <message>
        <source>The audit file %1 refused an operation: %2</source>
        <translation>Auditfilen %1 afviste en handling: %2</translation>
    </message>
    <message>
        <source>The audit file is not open.</source>
        <translation>Auditfilen er ikke åben.</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Kunne ikke skrive en kopi til %1: %2</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>kopien kunne ikke lukkes</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation>den eksisterende fil kan ikke erstattes</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>kopien kan ikke omdøbes</translation>
    </message>
    <message>
        <source>a %1 refers to a missing %2</source>
        <translation>en post i %1 henviser til en manglende post i %2</translation>
    </message>
</context>
<context>
    <name>AuditGenerator</name>
    <message>
        <source>The numbers of records to generate must be 0 or more.</source>
        <translation>Antallet af poster, der skal genereres, skal være 0 eller mere.</translation>
    </message>
    <message>
        <source>Attachments belong to evidence: generate at least one evidence record to attach %1 MiB to.</source>
        <translation>Bilag hører til auditbevis: generér mindst én bevispost at vedhæfte %1 MiB til.</translation>
    </message>
    <message>
        <source>Generating the audit was cancelled; the file is unchanged.</source>
        <translation>Genereringen af auditten blev annulleret; filen er uændret.</translation>
    </message>
</context>
<context>
    <name>AuditLock</name>
    <message>
        <source>an unknown user</source>
        <translation>en ukendt bruger</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>en ukendt computer</translation>
    </message>
    <message>
        <source>The lock %1 cannot be removed.</source>
        <translation>Låsen %1 kan ikke fjernes.</translation>
    </message>
    <message>
        <source>%1 is open in IsoAudit by %2 on %3 since %4 — open it read-only?</source>
        <translation>%1 er åben i IsoAudit hos %2 på %3 siden %4 — åbn den skrivebeskyttet?</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>nogen</translation>
    </message>
    <message>
        <source>%1 can only be opened read-only: its folder does not allow the lock file %2 (%3).</source>
        <translation>%1 kan kun åbnes skrivebeskyttet: mappen tillader ikke låsefilen %2 (%3).</translation>
    </message>
    <message>
        <source>The lock %1 keeps changing; another program is opening the audit.</source>
        <translation>Låsen %1 ændrer sig hele tiden; et andet program er ved at åbne auditten.</translation>
    </message>
</context>
<context>
    <name>AuditPackage</name>
    <message>
        <source>The %1&apos;s %2 in this audit file is not a JSON array or object; it cannot be exported.</source>
        <translation>%2 for %1 i denne auditfil er ikke et JSON-array eller -objekt; det kan ikke eksporteres.</translation>
    </message>
    <message>
        <source>%1 is not empty; a package can only be imported into a new audit file.</source>
        <translation>%1 er ikke tom; en pakke kan kun importeres i en ny auditfil.</translation>
    </message>
    <message>
        <source>Could not move the imported audit into place as %1: %2.</source>
        <translation>Kunne ikke flytte den importerede audit på plads som %1: %2.</translation>
    </message>
    <message>
        <source>The audit file %1 has no %2 record; it is incomplete.</source>
        <translation>Auditfilen %1 har ingen %2-post; den er ufuldstændig.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Kunne ikke skrive %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit file.</source>
        <translation>%1 er en mappe, ikke en auditfil.</translation>
    </message>
    <message>
        <source>%1 already exists; it is replaced only when you ask for that explicitly.</source>
        <translation>%1 findes allerede; den erstattes kun, når du udtrykkeligt beder om det.</translation>
    </message>
    <message>
        <source>%1 is open in IsoAudit or was not closed cleanly; close it (or open and close it once), then import again.</source>
        <translation>%1 er åben i IsoAudit eller blev ikke lukket korrekt; luk den (eller åbn og luk den én gang), og importér igen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Kunne ikke oprette %1: %2</translation>
    </message>
    <message>
        <source>Could not finish %1: the database log was not written back.</source>
        <translation>Kunne ikke afslutte %1: databaseloggen blev ikke skrevet tilbage.</translation>
    </message>
</context>
<context>
    <name>AuditPlanDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Til bekræftelse</translation>
    </message>
    <message>
        <source>The scope, the audit plan, confidentiality, the reporting method and the appeal process.</source>
        <translation>Auditomfanget, auditplanen, fortroligheden, rapporteringsmetoden og ankeprocessen.</translation>
    </message>
    <message>
        <source>Findings presented</source>
        <translation>Fund fremlagt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Business complexity</source>
        <translation>Forretningsmæssig kompleksitet</translation>
    </message>
    <message>
        <source>IT complexity</source>
        <translation>IT-kompleksitet</translation>
    </message>
    <message>
        <source>Outsourcing</source>
        <translation>Outsourcing</translation>
    </message>
    <message>
        <source>Multi-site sampling</source>
        <translation>Stikprøveudtagning blandt flere lokationer</translation>
    </message>
    <message>
        <source>Audit time</source>
        <translation>Audittid</translation>
    </message>
    <message>
        <source>Persons counted</source>
        <translation>Medregnede personer</translation>
    </message>
    <message>
        <source>Base audit time</source>
        <translation>Audittid før justering</translation>
    </message>
    <message>
        <source>%1 auditor days</source>
        <translation>%1 auditordage</translation>
    </message>
    <message>
        <source>Adjustment applied</source>
        <translation>Anvendt justering</translation>
    </message>
    <message>
        <source>This audit (%1)</source>
        <translation>Denne audit (%1)</translation>
    </message>
    <message>
        <source>Initial certification</source>
        <translation>Første certificeringsaudit</translation>
    </message>
    <message>
        <source>%1 auditor days (Stage 1: %2, Stage 2: %3)</source>
        <translation>%1 auditordage (trin 1: %2, trin 2: %3)</translation>
    </message>
    <message>
        <source>Each surveillance audit</source>
        <translation>Hver overvågningsaudit</translation>
    </message>
    <message>
        <source>Recertification audit</source>
        <translation>Recertificeringsaudit</translation>
    </message>
    <message>
        <source>Computed per ISO/IEC 27006 from the chart &quot;%1&quot;.</source>
        <translation>Beregnet efter ISO/IEC 27006 ud fra audittidstabellen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A.%1</source>
        <translation>A.%1</translation>
    </message>
    <message>
        <source>%1 audit plan — %2</source>
        <translation>Auditplan (%1) — %2</translation>
    </message>
    <message>
        <source>%1 audit plan</source>
        <translation>Auditplan (%1)</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>FORTROLIGT</translation>
    </message>
    <message>
        <source>Audit plan · Page %1 of %2</source>
        <translation>Auditplan · Side %1 af %2</translation>
    </message>
    <message>
        <source>AUDIT PLAN</source>
        <translation>AUDITPLAN</translation>
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
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Audittype</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Auditdatoer</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Auditmål</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Auditkriterier</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Certificeringsorgan</translation>
    </message>
    <message>
        <source>Audit team and sites</source>
        <translation>Auditteam og lokationer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>No audit team is recorded yet.</source>
        <translation>Der er endnu ikke registreret noget auditteam.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>No clause or control is planned yet.</source>
        <translation>Der er endnu ikke planlagt noget punkt eller nogen kontrol.</translation>
    </message>
    <message>
        <source>The clauses and controls planned for this audit, by day and time. Times are local to the site; the audit team may adjust the order on the day.</source>
        <translation>De punkter og kontroller, der er planlagt til denne audit, fordelt på dag og tidspunkt. Tidspunkterne er angivet i lokationens lokale tid; auditteamet kan tilpasse rækkefølgen på dagen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Auditee</source>
        <translation>Interviewperson</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>Auditeret af</translation>
    </message>
    <message>
        <source>Opening and closing meetings</source>
        <translation>Åbnings- og afslutningsmøder</translation>
    </message>
</context>
<context>
    <name>AuditTime</name>
    <message>
        <source>The number of full-time persons must be from 0 to 10,000,000.</source>
        <translation>Antallet af personer på fuld tid skal være fra 0 til 10.000.000.</translation>
    </message>
    <message>
        <source>The part-time persons in FTE must be a number from 0 to 10,000,000.</source>
        <translation>Personerne på deltid, opgjort i årsværk, skal være et tal fra 0 til 10.000.000.</translation>
    </message>
    <message>
        <source>There are no persons to size the audit by.</source>
        <translation>Der er ingen personer at beregne audittiden ud fra.</translation>
    </message>
    <message>
        <source>A group of persons doing the same simple work must have 1 person or more.</source>
        <translation>En gruppe af personer, der udfører det samme enkle arbejde, skal bestå af mindst 1 person.</translation>
    </message>
    <message>
        <source>The persons doing the same simple work are part of the full-time persons and cannot be more than them.</source>
        <translation>Personerne, der udfører det samme enkle arbejde, indgår i personerne på fuld tid og kan ikke være flere end dem.</translation>
    </message>
    <message>
        <source>A complexity level is low, medium or high.</source>
        <translation>Et kompleksitetsniveau er low, medium eller high.</translation>
    </message>
    <message>
        <source>A complexity level needs the reason it was chosen.</source>
        <translation>Et kompleksitetsniveau kræver en begrundelse for valget.</translation>
    </message>
    <message>
        <source>An adjustment is a percent above -100 and up to 500.</source>
        <translation>En justering er en procentsats over -100 og op til 500.</translation>
    </message>
    <message>
        <source>An adjustment needs the reason it is made.</source>
        <translation>En justering kræver en begrundelse.</translation>
    </message>
    <message>
        <source>The number of sites sampled cannot be negative.</source>
        <translation>Antallet af udtagne lokationer kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Another adjustment needs what it is and the reason it is made.</source>
        <translation>En anden justering kræver en betegnelse og en begrundelse.</translation>
    </message>
    <message>
        <source>The audit type is stage1, stage2, surveillance, recertification or special.</source>
        <translation>Audittypen er stage1, stage2, surveillance, recertification eller special.</translation>
    </message>
    <message>
        <source>The audit-time chart has no bands.</source>
        <translation>Audittidstabellen har ingen intervaller.</translation>
    </message>
    <message>
        <source>%1 persons are beyond the chart&apos;s last band (up to %2 persons), and the chart does not extrapolate.</source>
        <translation>%1 personer ligger ud over tabellens sidste interval (op til %2 personer), og tabellen ekstrapolerer ikke.</translation>
    </message>
    <message>
        <source>The audit-time input&apos;s %1 is not a number.</source>
        <translation>Feltet %1 i audittidens inddata er ikke et tal.</translation>
    </message>
    <message>
        <source>The audit-time input&apos;s sameWorkGroups holds something other than numbers.</source>
        <translation>Feltet sameWorkGroups i audittidens inddata indeholder andet end tal.</translation>
    </message>
    <message>
        <source>The stored audit time is incomplete: it lacks its base or initial days or its persons.</source>
        <translation>Den gemte audittid er ufuldstændig: den mangler basisdagene, dagene til den første certificeringsaudit eller personerne.</translation>
    </message>
</context>
<context>
    <name>AuditTimeChart</name>
    <message>
        <source>The audit-time chart %1 cannot be read: %2</source>
        <translation>Audittidstabellen %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is not valid JSON: %2</source>
        <translation>Audittidstabellen %1 er ikke gyldig JSON: %2</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is not an IsoAudit audit-time chart of version 1.</source>
        <translation>Audittidstabellen %1 er ikke en IsoAudit-audittidstabel i version 1.</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is invalid: %2</source>
        <translation>Audittidstabellen %1 er ugyldig: %2</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>interval %1</translation>
    </message>
    <message>
        <source>%1: %2 is missing or not a whole number</source>
        <translation>%1: %2 mangler eller er ikke et heltal</translation>
    </message>
    <message>
        <source>%1: initialDays is missing or not a number</source>
        <translation>%1: initialDays mangler eller er ikke et tal</translation>
    </message>
    <message>
        <source>beyondLastBand.rule is &quot;%1&quot;, not &quot;progression&quot; or &quot;none&quot;</source>
        <translation>beyondLastBand.rule er &quot;%1&quot;, ikke &quot;progression&quot; eller &quot;none&quot;</translation>
    </message>
    <message>
        <source>policy.%1 is %2; it must be %3</source>
        <translation>policy.%1 er %2; værdien skal være %3</translation>
    </message>
    <message>
        <source>&quot;up&quot; or &quot;nearest&quot;</source>
        <translation>&quot;up&quot; eller &quot;nearest&quot;</translation>
    </message>
    <message>
        <source>&quot;square-root&quot; or &quot;none&quot;</source>
        <translation>&quot;square-root&quot; eller &quot;none&quot;</translation>
    </message>
    <message>
        <source>a number from 0 to below 100</source>
        <translation>et tal fra 0 til under 100</translation>
    </message>
    <message>
        <source>policy.%1.%2 is missing or not a percent above -100 and up to 500</source>
        <translation>policy.%1.%2 mangler eller er ikke en procentsats over -100 og op til 500</translation>
    </message>
    <message>
        <source>policy.%1 has levels other than low, medium and high</source>
        <translation>policy.%1 har andre niveauer end low, medium og high</translation>
    </message>
    <message>
        <source>a share above 0 and up to 1 (a number or a fraction such as 2/3)</source>
        <translation>en andel over 0 og op til 1 (et tal eller en brøk som 2/3)</translation>
    </message>
    <message>
        <source>a share above 0 and below 1 (a number or a fraction such as 1/3)</source>
        <translation>en andel over 0 og under 1 (et tal eller en brøk som 1/3)</translation>
    </message>
    <message>
        <source>a number of days above 0 and up to 1</source>
        <translation>et antal dage over 0 og op til 1</translation>
    </message>
    <message>
        <source>it has no id or no name</source>
        <translation>den har intet id eller intet navn</translation>
    </message>
    <message>
        <source>it has no bands</source>
        <translation>den har ingen intervaller</translation>
    </message>
    <message>
        <source>band %1 (persons %2–%3)</source>
        <translation>interval %1 (%2–%3 personer)</translation>
    </message>
    <message>
        <source>%1 starts at %2 persons; the chart must start at 1</source>
        <translation>%1 starter ved %2 personer; tabellen skal starte ved 1</translation>
    </message>
    <message>
        <source>%1: personsMax is below personsMin</source>
        <translation>%1: personsMax er mindre end personsMin</translation>
    </message>
    <message>
        <source>%1: initialDays must be above 0</source>
        <translation>%1: initialDays skal være over 0</translation>
    </message>
    <message>
        <source>%1 names the source &quot;%2&quot;, which the chart&apos;s sources do not list</source>
        <translation>%1 angiver kilden &quot;%2&quot;, som ikke står blandt tabellens kilder</translation>
    </message>
    <message>
        <source>%1 leaves a gap: the band before ends at %2 persons</source>
        <translation>%1 efterlader et hul: det foregående interval slutter ved %2 personer</translation>
    </message>
    <message>
        <source>%1 overlaps the band before, which ends at %2 persons</source>
        <translation>%1 overlapper det foregående interval, som slutter ved %2 personer</translation>
    </message>
    <message>
        <source>%1: initialDays %2 is not more than the %3 of the band before</source>
        <translation>%1: initialDays %2 er ikke større end det foregående intervals %3</translation>
    </message>
    <message>
        <source>beyondLastBand.rule &quot;progression&quot; needs at least two bands to follow</source>
        <translation>beyondLastBand.rule &quot;progression&quot; kræver mindst to intervaller at fortsætte ud fra</translation>
    </message>
</context>
<context>
    <name>AuditTimeText</name>
    <message>
        <source>Persons doing work under the organization&apos;s control: %1 full-time and %2 FTE part-time, counted as %3.</source>
        <translation>Personer, der udfører arbejde under organisationens kontrol: %1 på fuld tid og %2 årsværk på deltid, medregnet som %3.</translation>
    </message>
    <message>
        <source>Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 (the square root of each group, rounded up).</source>
        <translation>Af personerne på fuld tid udfører %1 det samme enkle, gentagne arbejde og medregnes som %2 (kvadratroden af hver gruppe, rundet op).</translation>
    </message>
    <message>
        <source>Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 (the chart allows no reduction for them).</source>
        <translation>Af personerne på fuld tid udfører %1 det samme enkle, gentagne arbejde og medregnes som %2 (tabellen tillader ingen reduktion for dem).</translation>
    </message>
    <message>
        <source>Audit time chart &quot;%1&quot;: %2 to %3 persons, %4 days for the initial audit (Stage 1 and Stage 2) before adjustment.</source>
        <translation>Audittidstabel &quot;%1&quot;: %2 til %3 personer, %4 dage til den første certificeringsaudit (trin 1 og trin 2) før justering.</translation>
    </message>
    <message>
        <source>The persons exceed the chart&apos;s last band: this band is extrapolated by the chart&apos;s progression.</source>
        <translation>Antallet af personer overstiger tabellens sidste interval: dette interval er ekstrapoleret efter tabellens progression.</translation>
    </message>
    <message>
        <source>Business complexity: %1, %2 % (%3).</source>
        <translation>Forretningsmæssig kompleksitet: %1, %2 % (%3).</translation>
    </message>
    <message>
        <source>IT complexity: %1, %2 % (%3).</source>
        <translation>IT-kompleksitet: %1, %2 % (%3).</translation>
    </message>
    <message>
        <source>Outsourcing: %1 % (%2).</source>
        <translation>Outsourcing: %1 % (%2).</translation>
    </message>
    <message>
        <source>Multi-site sampling, %1 sites sampled: %2 % (%3).</source>
        <translation>Stikprøveudtagning blandt flere lokationer, %1 lokationer udtaget: %2 % (%3).</translation>
    </message>
    <message>
        <source>Multi-site sampling: %1 % (%2).</source>
        <translation>Stikprøveudtagning blandt flere lokationer: %1 % (%2).</translation>
    </message>
    <message>
        <source>%1: %2 % (%3).</source>
        <translation>%1: %2 % (%3).</translation>
    </message>
    <message>
        <source>No adjustment factors are recorded.</source>
        <translation>Der er ikke registreret nogen justeringsfaktorer.</translation>
    </message>
    <message>
        <source>Total adjustment: %1 %, limited to the largest reduction allowed, %2 %.</source>
        <translation>Samlet justering: %1 %, begrænset til den største tilladte reduktion, %2 %.</translation>
    </message>
    <message>
        <source>Total adjustment: %1 %.</source>
        <translation>Samlet justering: %1 %.</translation>
    </message>
    <message>
        <source>Initial audit: %1 days (Stage 1: %2 days, Stage 2: %3 days). Each surveillance audit: %4 days. Recertification audit: %5 days.</source>
        <translation>Første certificeringsaudit: %1 dage (trin 1: %2 dage, trin 2: %3 dage). Hver overvågningsaudit: %4 dage. Recertificeringsaudit: %5 dage.</translation>
    </message>
    <message>
        <source>This audit (%1): %2 days.</source>
        <translation>Denne audit (%1): %2 dage.</translation>
    </message>
    <message>
        <source>This audit (%1): its time is set from the nonconformities it verifies, not from the chart.</source>
        <translation>Denne audit (%1): audittiden fastsættes ud fra de afvigelser, den verificerer, ikke ud fra tabellen.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Kunne ikke læse revisionssporet: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>Entry #%1 follows #%2: entries are missing from the trail.</source>
        <translation>Post nr. %1 følger efter nr. %2: der mangler poster i sporet.</translation>
    </message>
    <message>
        <source>Entry #%1 does not follow the entry before it (the chain is cut).</source>
        <translation>Post nr. %1 følger ikke efter posten før den (kæden er brudt).</translation>
    </message>
    <message>
        <source>Entry #%1 was changed after it was written (its hash does not match).</source>
        <translation>Post nr. %1 er ændret, efter at den blev skrevet (dens hash passer ikke).</translation>
    </message>
    <message>
        <source>Entry #%1: only the first entry is the trail&apos;s genesis.</source>
        <translation>Post nr. %1: kun den første post er sporets oprindelse.</translation>
    </message>
    <message>
        <source>Entry #%1 does not describe the record it adds.</source>
        <translation>Post nr. %1 beskriver ikke den post, den tilføjer.</translation>
    </message>
    <message>
        <source>Entry #%1 changes a record the trail never added.</source>
        <translation>Post nr. %1 ændrer en post, som sporet aldrig har tilføjet.</translation>
    </message>
    <message>
        <source>Entry #%1: the old value of %2 is not the value the trail last recorded.</source>
        <translation>Post nr. %1: den gamle værdi af %2 er ikke den værdi, sporet senest registrerede.</translation>
    </message>
    <message>
        <source>The audit trail is empty although the file holds records: it was never opened for writing by an IsoAudit that keeps a trail, or the trail was deleted.</source>
        <translation>Revisionssporet er tomt, selv om filen indeholder poster: den er aldrig åbnet til skrivning af en IsoAudit, der fører et spor, eller sporet er slettet.</translation>
    </message>
    <message>
        <source>The %1 %2 is in the file but the audit trail never recorded it: it was added outside IsoAudit.</source>
        <translation>%1 %2 findes i filen, men revisionssporet har aldrig registreret den: den er tilføjet uden for IsoAudit.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed outside IsoAudit: %3 is %4 in the file, but the trail&apos;s last value (entry #%5) is %6.</source>
        <translation>%1 %2 er ændret uden for IsoAudit: %3 er %4 i filen, men sporets seneste værdi (post nr. %5) er %6.</translation>
    </message>
    <message>
        <source>The %1 %2 was moved to another owner outside IsoAudit.</source>
        <translation>%1 %2 er flyttet til en anden ejer uden for IsoAudit.</translation>
    </message>
    <message>
        <source>The %1 %2 was deleted outside IsoAudit (the trail has no entry removing it).</source>
        <translation>%1 %2 er slettet uden for IsoAudit (sporet har ingen post, der fjerner den).</translation>
    </message>
    <message>
        <source>The links of %1 were changed outside IsoAudit (the trail&apos;s last entry for them is #%2).</source>
        <translation>Tilknytningerne for %1 er ændret uden for IsoAudit (sporets seneste post for dem er nr. %2).</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen til sikkerhedskopier %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Sikkerhedskopien %1 kan ikke gendannes: %2</translation>
    </message>
    <message>
        <source>The current %1 cannot be kept as a backup, so it was not replaced.</source>
        <translation>Den nuværende %1 kan ikke gemmes som sikkerhedskopi, så den blev ikke erstattet.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied next to %2.</source>
        <translation>Sikkerhedskopien %1 kan ikke kopieres ved siden af %2.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; it is unchanged and the backup is still in %2.</source>
        <translation>%1 kan ikke erstattes; den er uændret, og sikkerhedskopien ligger stadig i %2.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Sikkerhedskopieringen blev annulleret.</translation>
    </message>
    <message>
        <source>%1 cannot be read for a backup: %2</source>
        <translation>%1 kan ikke læses til en sikkerhedskopi: %2</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>kopien kunne ikke lukkes</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>kopien kan ikke omdøbes</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Kunne ikke skrive en kopi til %1: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The catalog %1 cannot be read: %2</source>
        <translation>Kataloget %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is not valid JSON: %2</source>
        <translation>Kataloget %1 er ikke gyldig JSON: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is not an IsoAudit catalog of version 1.</source>
        <translation>Kataloget %1 er ikke et IsoAudit-katalog af version 1.</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: %2</source>
        <translation>Kataloget %1 er ugyldigt: %2</translation>
    </message>
    <message>
        <source>it names no framework</source>
        <translation>det angiver ingen ramme</translation>
    </message>
    <message>
        <source>an item has no id or no title</source>
        <translation>et element har intet id eller ingen titel</translation>
    </message>
    <message>
        <source>an id occurs twice</source>
        <translation>et id forekommer to gange</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: the group %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>Kataloget %1 er ugyldigt: gruppen %2 har den ukendte type &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: the item %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>Kataloget %1 er ugyldigt: elementet %2 har den ukendte type &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>the framework %1 has no name</source>
        <translation>rammen %1 har intet navn</translation>
    </message>
    <message>
        <source>the item %1 belongs to the group &quot;%2&quot;, which the catalog does not list</source>
        <translation>elementet %1 hører til gruppen &quot;%2&quot;, som kataloget ikke indeholder</translation>
    </message>
    <message>
        <source>IsoAudit has no validation rules for the framework &quot;%1&quot; (it knows %2)</source>
        <translation>IsoAudit har ingen valideringsregler for rammen &quot;%1&quot; (kendte rammer: %2)</translation>
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
        <translation>2017-udgaven af AICPA&apos;s Trust Services Criteria</translation>
    </message>
    <message>
        <source>%1 has %2 auditable clause items, the catalog has %3</source>
        <translation>%1 har %2 auditerbare punkter, kataloget har %3</translation>
    </message>
    <message>
        <source>%1 has %2 Annex A controls, the catalog has %3</source>
        <translation>%1 har %2 Anneks A-kontroller, kataloget har %3</translation>
    </message>
    <message>
        <source>%1 has %2 criteria, the catalog has %3</source>
        <translation>%1 har %2 kriterier, kataloget har %3</translation>
    </message>
    <message>
        <source>the %1 theme (%2) has %3 controls instead of %4</source>
        <translation>temaet %1 (%2) har %3 kontroller i stedet for %4</translation>
    </message>
    <message>
        <source>the %1 category (%2) has %3 criteria instead of %4</source>
        <translation>kriteriekategorien %1 (%2) har %3 kriterier i stedet for %4</translation>
    </message>
    <message>
        <source>the criterion %1 (%2) does not belong in the series %3 (%4)</source>
        <translation>kriteriet %1 (%2) hører ikke til serien %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>There is no catalog in %1.</source>
        <translation>Der er intet katalog i %1.</translation>
    </message>
    <message>
        <source>The framework %1 has two catalogs in %2.</source>
        <translation>Rammen %1 har to kataloger i %2.</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <source>The trusted certificates file %1 cannot be read: %2.</source>
        <translation>Filen med betroede certifikater %1 kan ikke læses: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Den indeholder intet PEM-certifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be read</source>
        <translation>underskriverens certifikat kan ikke læses</translation>
    </message>
</context>
<context>
    <name>CmsSigner</name>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <translation>Certifikatfilen %1 kan ikke læses: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) certificate file.</source>
        <translation>Dette er ikke en PKCS#12-certifikatfil (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open the PKCS#12 certificate file.</source>
        <translation>Adgangssætningen er forkert: den åbner ikke PKCS#12-certifikatfilen.</translation>
    </message>
    <message>
        <source>The PKCS#12 certificate file cannot be opened (%1).</source>
        <translation>PKCS#12-certifikatfilen kan ikke åbnes (%1).</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key with its certificate; a signature needs both.</source>
        <translation>PKCS#12-filen indeholder ingen privat nøgle sammen med certifikatet; en signatur kræver begge.</translation>
    </message>
    <message>
        <source>The PKCS#12 file&apos;s private key does not belong to its certificate.</source>
        <translation>PKCS#12-filens private nøgle hører ikke til dens certifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; sign with a valid certificate.</source>
        <translation>Certifikatet for %1 udløb %2; underskriv med et gyldigt certifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet.</source>
        <translation>Certifikatet for %1 er endnu ikke gyldigt.</translation>
    </message>
    <message>
        <source>The signature cannot be prepared (%1).</source>
        <translation>Signaturen kan ikke forberedes (%1).</translation>
    </message>
    <message>
        <source>The signature cannot be computed (%1).</source>
        <translation>Signaturen kan ikke beregnes (%1).</translation>
    </message>
    <message>
        <source>The signature cannot be encoded (%1).</source>
        <translation>Signaturen kan ikke kodes (%1).</translation>
    </message>
</context>
<context>
    <name>CmsVerifier</name>
    <message>
        <source>The signature is not a readable CMS structure (%1).</source>
        <translation>Signaturen er ikke en læsbar CMS-struktur (%1).</translation>
    </message>
    <message>
        <source>The signature is not CMS SignedData.</source>
        <translation>Signaturen er ikke CMS SignedData.</translation>
    </message>
    <message>
        <source>The signature has %1 signers; exactly one is expected.</source>
        <translation>Signaturen har %1 underskrivere; der forventes præcis én.</translation>
    </message>
    <message>
        <source>The signature does not match the signed bytes (%1).</source>
        <translation>Signaturen passer ikke til de underskrevne byte (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>Underskriverens certifikat findes ikke i signaturen.</translation>
    </message>
    <message>
        <source>The signature&apos;s signing-certificate attribute does not match the signer&apos;s certificate.</source>
        <translation>Signaturens signing-certificate-attribut passer ikke til underskriverens certifikat.</translation>
    </message>
    <message>
        <source>Out of memory while verifying the signature.</source>
        <translation>Ikke nok hukommelse under kontrol af signaturen.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Trussel</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Sårbarhed</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sandsynlighed</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Håndtering</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Håndteringsplan</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Anneks A-kontroller</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restsandsynlighed</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Restkonsekvens</translation>
    </message>
    <message>
        <source>Residual risk accepted</source>
        <translation>Restrisiko accepteret</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepteret af</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepteret den</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Senest gennemgået</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementering</translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Kundens reference</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Konstatering</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektivt bevis</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Rejst den</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Rejst af</translation>
    </message>
    <message>
        <source>The mapping names the field &quot;%1&quot;, which a %2 does not have; known fields: %3.</source>
        <translation>Tilknytningen angiver feltet &quot;%1&quot;, som en %2 ikke har; kendte felter: %3.</translation>
    </message>
    <message>
        <source>None of the mapping&apos;s column headers appear in the table.</source>
        <translation>Ingen af tilknytningens kolonneoverskrifter findes i tabellen.</translation>
    </message>
    <message>
        <source>Could not open the mapping %1: %2</source>
        <translation>Kunne ikke åbne tilknytningen %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>Tilknytningen %1 er ikke et JSON-objekt: %2</translation>
    </message>
    <message>
        <source>Could not write the mapping %1: %2</source>
        <translation>Kunne ikke skrive tilknytningen %1: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Manuel eller automatiseret</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Nøglekontrol</translation>
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
        <translation>&quot;%1&quot; angiver ikke, hvor ofte kontrollen udføres, og det er det, stikprøvens størrelse fastsættes ud fra; værdien importeres ikke: kontrollen beholder sin frekvens (en ny kontrol starter som &quot;efter behov&quot;), indtil du vælger en (registrér en automatiseret kontrol som automatiseret).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frequency IsoAudit can read without guessing (annual, quarterly, monthly, weekly, daily, several times a day, as needed); it is not imported: the control keeps its frequency (a new control starts as &quot;as needed&quot;) until you choose one.</source>
        <translation>&quot;%1&quot; er ikke en frekvens, som IsoAudit kan læse uden at gætte (årlig, kvartalsvis, månedlig, ugentlig, daglig, flere gange dagligt, efter behov); værdien importeres ikke: kontrollen beholder sin frekvens (en ny kontrol starter som &quot;efter behov&quot;), indtil du vælger en.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither manual nor automated (an IT-dependent manual or semi-automated control is yours to classify); it is not imported: the control keeps its classification (a new control starts as manual) until you choose one.</source>
        <translation>&quot;%1&quot; er hverken manuel eller automatiseret (en IT-afhængig manuel eller delvist automatiseret kontrol skal du selv klassificere); værdien importeres ikke: kontrollen beholder sin klassifikation (en ny kontrol starter som manuel), indtil du vælger en.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services Criterion; it is not linked.</source>
        <translation>&quot;%1&quot; er ikke et kriterium i Trust Services Criteria; det tilknyttes ikke.</translation>
    </message>
    <message>
        <source>The cell names no Trust Services Criterion.</source>
        <translation>Cellen angiver intet kriterium i Trust Services Criteria.</translation>
    </message>
</context>
<context>
    <name>CorrectiveActions</name>
    <message>
        <source>Finding %1 is graded %2; only major and minor nonconformities take corrective action.</source>
        <translation>Fund %1 har kategorien %2; kun større og mindre afvigelser kræver korrigerende handling.</translation>
    </message>
    <message>
        <source>The deadline for a major nonconformity&apos;s corrective action must be %1 to %2 days; %3 is not.</source>
        <translation>Fristen for korrigerende handling ved en større afvigelse skal være %1 til %2 dage; %3 er ikke.</translation>
    </message>
    <message>
        <source>The deadline for a minor nonconformity&apos;s action plan must be %1 to %2 days; %3 is not.</source>
        <translation>Fristen for handlingsplanen ved en mindre afvigelse skal være %1 til %2 dage; %3 er ikke.</translation>
    </message>
    <message>
        <source>There is no finding %1 in this audit.</source>
        <translation>Der er intet fund %1 i denne audit.</translation>
    </message>
    <message>
        <source>A corrective action&apos;s status must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>En korrigerende handlings status skal være en af: %1; &quot;%2&quot; er ikke.</translation>
    </message>
    <message>
        <source>Say who changes the corrective action&apos;s status; it is kept in its history.</source>
        <translation>Angiv, hvem der ændrer den korrigerende handlings status; det gemmes i dens historik.</translation>
    </message>
    <message>
        <source>Major nonconformity %1 must be verified within six months of this Stage 2&apos;s last day, by %2; %3 is later. After that date another Stage 2 is needed before certification can be recommended.</source>
        <translation>Den større afvigelse %1 skal verificeres inden for seks måneder efter sidste dag af denne trin 2-audit, dvs. senest %2; %3 ligger senere. Efter denne dato kræves en ny trin 2-audit, før certificering kan anbefales.</translation>
    </message>
    <message>
        <source>A corrective action cannot go from %1 to %2; the order is %3, %4, %5, %6, then %7 or %8.</source>
        <translation>En korrigerende handling kan ikke gå fra &quot;%1&quot; til &quot;%2&quot;; rækkefølgen er %3, %4, %5, %6 og derefter %7 eller %8.</translation>
    </message>
</context>
<context>
    <name>CrossChecks</name>
    <message>
        <source>Risk %1 scores %2, above the acceptance threshold %3, and has no treatment.</source>
        <translation>Risiko %1 har score %2, over acceptgrænsen %3, og har ingen håndtering.</translation>
    </message>
    <message>
        <source>A risk above the client&apos;s own acceptance criteria left without treatment means the risk treatment process (6.1.3, 8.3) is not achieving its intended result.</source>
        <translation>En risiko over kundens egne kriterier for risikoaccept, der står uden håndtering, betyder, at risikohåndteringsprocessen (6.1.3, 8.3) ikke opnår sit tilsigtede resultat.</translation>
    </message>
    <message>
        <source>Risk %1 is to be mitigated but names no Annex A control.</source>
        <translation>Risiko %1 skal reduceres, men angiver ingen Anneks A-kontrol.</translation>
    </message>
    <message>
        <source>Risk register entry %1: treatment &quot;mitigate&quot;, no controls chosen.</source>
        <translation>Risikoregisterpost %1: håndtering &quot;reducere&quot;, ingen kontroller valgt.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 b) requires the controls needed to implement the treatment to be determined; one register entry lacks them.</source>
        <translation>Punkt 6.1.3 b) kræver, at de kontroller, der er nødvendige for at gennemføre håndteringen, fastlægges; én registerpost mangler dem.</translation>
    </message>
    <message>
        <source>Risk %1 is treated with control %2, which the SoA marks not applicable.</source>
        <translation>Risiko %1 håndteres med kontrol %2, som anvendelseserklæringen angiver som ikke relevant.</translation>
    </message>
    <message>
        <source>Risk register entry %1 lists control %2; SoA entry %2: not applicable (&quot;%3&quot;).</source>
        <translation>Risikoregisterpost %1 angiver kontrol %2; post %2 i anvendelseserklæringen: ikke relevant (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The SoA and the risk treatment plan disagree (6.1.3 d); the control cannot both treat a risk and be excluded.</source>
        <translation>Anvendelseserklæringen og risikohåndteringsplanen stemmer ikke overens (6.1.3 d); kontrollen kan ikke både håndtere en risiko og være fravalgt.</translation>
    </message>
    <message>
        <source>Risk %1 keeps a residual score of %2, above the acceptance threshold %3, without the risk owner&apos;s acceptance.</source>
        <translation>Risiko %1 har en restscore på %2, over acceptgrænsen %3, uden risikoejerens accept.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 f) requires the risk owners&apos; acceptance of residual risk; the gap is in one register entry.</source>
        <translation>Punkt 6.1.3 f) kræver risikoejernes accept af restrisikoen; manglen findes i én registerpost.</translation>
    </message>
    <message>
        <source>Control %1 is applicable, but no risk is treated with it and the SoA states no other reason (legal, contractual, business) for including it.</source>
        <translation>Kontrol %1 er relevant, men ingen risiko håndteres med den, og anvendelseserklæringen angiver ingen anden grund (lovmæssig, kontraktlig, forretningsmæssig) til tilvalget.</translation>
    </message>
    <message>
        <source>SoA entry %1: applicable, no justification; no risk register entry lists it.</source>
        <translation>Post %1 i anvendelseserklæringen: relevant, ingen begrundelse; ingen risikoregisterpost angiver den.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires a justification for every included control; one SoA entry lacks it.</source>
        <translation>Punkt 6.1.3 d) kræver en begrundelse for hver tilvalgt kontrol; én post i anvendelseserklæringen mangler den.</translation>
    </message>
    <message>
        <source>Control %1 is excluded from the SoA without a justification.</source>
        <translation>Kontrol %1 er fravalgt i anvendelseserklæringen uden begrundelse.</translation>
    </message>
    <message>
        <source>SoA entry %1: not applicable, justification empty.</source>
        <translation>Post %1 i anvendelseserklæringen: ikke relevant, begrundelse tom.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires the justification of every exclusion; one SoA entry lacks it.</source>
        <translation>Punkt 6.1.3 d) kræver en begrundelse for hvert fravalg; én post i anvendelseserklæringen mangler den.</translation>
    </message>
    <message numerus="yes">
        <source>The SoA does not state whether %n control(s) apply: %1.</source>
        <translation>
            <numerusform>Anvendelseserklæringen angiver ikke, om %n kontrol er relevant: %1.</numerusform>
            <numerusform>Anvendelseserklæringen angiver ikke, om %n kontroller er relevante: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of Applicability: no applicability stated for %1.</source>
        <translation>Anvendelseserklæring: ingen relevans angivet for %1.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires the SoA to cover all 93 Annex A controls; a documentation gap that does not by itself show the ISMS failing.</source>
        <translation>Punkt 6.1.3 d) kræver, at anvendelseserklæringen dækker alle 93 Anneks A-kontroller; en dokumentationsmangel, der ikke i sig selv viser, at ISMS&apos;et svigter.</translation>
    </message>
    <message>
        <source>There is no current cross-check result &quot;%1&quot; (see isoaudit-cli crosscheck).</source>
        <translation>Der er intet aktuelt krydstjekresultat &quot;%1&quot; (se isoaudit-cli crosscheck).</translation>
    </message>
    <message>
        <source>Risk above the acceptance threshold with no treatment</source>
        <translation>Risiko over acceptgrænsen uden håndtering</translation>
    </message>
    <message>
        <source>Risk to be mitigated with no Annex A control</source>
        <translation>Risiko, der skal reduceres, uden Anneks A-kontrol</translation>
    </message>
    <message>
        <source>Risk treated with a control the SoA marks not applicable</source>
        <translation>Risiko håndteret med en kontrol, som anvendelseserklæringen angiver som ikke relevant</translation>
    </message>
    <message>
        <source>Applicable control with no linked risk and no stated reason</source>
        <translation>Relevant kontrol uden tilknyttet risiko og uden angivet grund</translation>
    </message>
    <message>
        <source>Exclusion without justification</source>
        <translation>Fravalg uden begrundelse</translation>
    </message>
    <message>
        <source>SoA does not cover all 93 Annex A controls</source>
        <translation>Anvendelseserklæringen dækker ikke alle 93 Anneks A-kontroller</translation>
    </message>
    <message>
        <source>Residual risk above the threshold, not accepted</source>
        <translation>Restrisiko over grænsen, ikke accepteret</translation>
    </message>
    <message>
        <source>Cross-check result %1 is already raised as finding %2.</source>
        <translation>Krydstjekresultat %1 er allerede rejst som fund %2.</translation>
    </message>
    <message>
        <source>Cross-check result %1 was dismissed (&quot;%2&quot;); withdraw the dismissal before raising it.</source>
        <translation>Krydstjekresultat %1 er afvist (&quot;%2&quot;); træk afvisningen tilbage, før du rejser det.</translation>
    </message>
    <message>
        <source>This audit already has a finding %1; choose another reference.</source>
        <translation>Denne audit har allerede et fund %1; vælg en anden reference.</translation>
    </message>
    <message>
        <source>Dismissing cross-check result %1 needs a reason, which is kept with the audit.</source>
        <translation>Afvisning af krydstjekresultat %1 kræver en begrundelse, som gemmes med auditten.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is raised as finding %2; delete the finding to dismiss it instead.</source>
        <translation>Krydstjekresultat %1 er rejst som fund %2; slet fundet for i stedet at afvise det.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is already dismissed.</source>
        <translation>Krydstjekresultat %1 er allerede afvist.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is not dismissed.</source>
        <translation>Krydstjekresultat %1 er ikke afvist.</translation>
    </message>
    <message>
        <source>likelihood and impact</source>
        <translation>sandsynlighed og konsekvens</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>sandsynlighed</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>konsekvens</translation>
    </message>
    <message>
        <source>Risk %1 is not rated: its %2 is not stated, so its level of risk cannot be compared with the acceptance criteria.</source>
        <translation>Risiko %1 er ikke vurderet: dens %2 er ikke angivet, så risikoniveauet kan ikke sammenlignes med kriterierne for risikoaccept.</translation>
    </message>
    <message>
        <source>Risk register entry %1: %2 not stated.</source>
        <translation>Risikoregisterpost %1: %2 ikke angivet.</translation>
    </message>
    <message>
        <source>Clause 6.1.2 d) requires each identified risk to be analysed (its consequences and likelihood assessed and its level determined); one register entry is not.</source>
        <translation>Punkt 6.1.2 d) kræver, at hver identificeret risiko analyseres (konsekvenser og sandsynlighed vurderes, og risikoniveauet fastlægges); én registerpost er ikke analyseret.</translation>
    </message>
    <message>
        <source>Risk %1 names no risk owner.</source>
        <translation>Risiko %1 angiver ingen risikoejer.</translation>
    </message>
    <message>
        <source>Risk register entry %1: risk owner not stated.</source>
        <translation>Risikoregisterpost %1: risikoejer ikke angivet.</translation>
    </message>
    <message>
        <source>Clause 6.1.2 c) 2) requires the risk owners to be identified; one register entry lacks its owner.</source>
        <translation>Punkt 6.1.2 c) 2) kræver, at risikoejerne identificeres; én registerpost mangler sin ejer.</translation>
    </message>
    <message>
        <source>Risk %1 scores %2, above the acceptance threshold %3, and is accepted without a residual rating.</source>
        <translation>Risiko %1 har score %2, over acceptgrænsen %3, og er accepteret uden vurdering af restrisikoen.</translation>
    </message>
    <message>
        <source>Risk register entry %1: treatment &quot;accept&quot; at score %2 (threshold %3); residual likelihood and impact not stated.</source>
        <translation>Risikoregisterpost %1: håndtering &quot;acceptere&quot; ved score %2 (grænse %3); restsandsynlighed og restkonsekvens ikke angivet.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 e) and f) require the residual risk to be known and accepted by the risk owner; an acceptance above the client&apos;s own criteria with no residual rating leaves that open for one entry.</source>
        <translation>Punkt 6.1.3 e) og f) kræver, at restrisikoen er kendt og accepteret af risikoejeren; en accept over kundens egne kriterier uden vurdering af restrisikoen lader dette stå åbent for én post.</translation>
    </message>
    <message>
        <source>The residual risk of %1 was accepted by %2, not by its risk owner %3.</source>
        <translation>Restrisikoen for %1 blev accepteret af %2, ikke af risikoejeren %3.</translation>
    </message>
    <message>
        <source>Risk register entry %1: risk owner %2; residual risk accepted by %3.</source>
        <translation>Risikoregisterpost %1: risikoejer %2; restrisiko accepteret af %3.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 f) requires the risk owners to approve the treatment plan and accept the residual risk; dismiss the result if %1 acts for the owner under a documented delegation.</source>
        <translation>Punkt 6.1.3 f) kræver, at risikoejerne godkender risikohåndteringsplanen og accepterer restrisikoen; afvis resultatet, hvis %1 handler på ejerens vegne efter en dokumenteret delegering.</translation>
    </message>
    <message>
        <source>Clause %1 requires documented information, and no document or record linked to it is recorded in this audit. Was it presented? Link what you sighted, or raise a finding if it was requested and not available.</source>
        <translation>Punkt %1 kræver dokumenteret information, men der er ikke registreret noget dokument eller nogen registrering knyttet til punktet i denne audit. Blev det forelagt? Tilknyt det, du har set, eller rejs et fund, hvis det blev efterspurgt og ikke var tilgængeligt.</translation>
    </message>
    <message>
        <source>State which documented information for clause %1 was requested, from whom, and what was presented.</source>
        <translation>Angiv, hvilken dokumenteret information til punkt %1 der blev efterspurgt, hos hvem, og hvad der blev forelagt.</translation>
    </message>
    <message>
        <source>Documented information that is missing while the process itself operates is suggested as minor. If the process the clause requires is absent, the capability of the management system to achieve its intended results is in doubt: grade it major (ISO/IEC 17021-1 definition of a major nonconformity).</source>
        <translation>Dokumenteret information, der mangler, mens selve processen fungerer, foreslås som mindre afvigelse. Mangler den proces, som punktet kræver, er der tvivl om ledelsessystemets evne til at opnå de tilsigtede resultater: kategorisér fundet som større afvigelse (definitionen af en større afvigelse i ISO/IEC 17021-1).</translation>
    </message>
    <message>
        <source>Required documented information not linked to any evidence</source>
        <translation>Krævet dokumenteret information uden tilknyttet bevis</translation>
    </message>
    <message>
        <source>Risk with no likelihood or impact rating</source>
        <translation>Risiko uden vurdering af sandsynlighed eller konsekvens</translation>
    </message>
    <message>
        <source>Risk with no risk owner</source>
        <translation>Risiko uden risikoejer</translation>
    </message>
    <message>
        <source>Risk above the threshold accepted with no residual rating</source>
        <translation>Risiko over grænsen accepteret uden vurdering af restrisikoen</translation>
    </message>
    <message>
        <source>Residual risk accepted by someone other than its owner</source>
        <translation>Restrisiko accepteret af en anden end risikoejeren</translation>
    </message>
    <message>
        <source>A finding&apos;s grade in this audit must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>Et funds kategori skal i denne audit være en af: %1; &quot;%2&quot; er ikke.</translation>
    </message>
    <message>
        <source>Risk register entry %1: %2; treatment option not stated.</source>
        <translation>Risikoregisterpost %1: %2; håndteringsmulighed ikke angivet.</translation>
    </message>
    <message>
        <source>Risk register entry %1: residual %2; no acceptance by the owner (%3) recorded.</source>
        <translation>Risikoregisterpost %1: restrisiko (%2); ingen accept fra ejeren (%3) registreret.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1 opens a quoted field that is never closed.</source>
        <translation>Række %1 åbner et felt i anførselstegn, der aldrig lukkes.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB; split it before importing.</source>
        <translation>%1 er større end 256 MB; opdel den før import.</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 er tom: der er intet at importere.</translation>
    </message>
    <message>
        <source>%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.</source>
        <translation>%1 er et zip-arkiv (en Excel-projektmappe?), ikke en CSV-fil; gem den som .xlsx.</translation>
    </message>
    <message>
        <source>%1 is not a text table (CSV): it holds binary data.</source>
        <translation>%1 er ikke en teksttabel (CSV): den indeholder binære data.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabulatorsepareret</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semikolonsepareret</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommasepareret</translation>
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
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 er tom: der er intet at importere.</translation>
    </message>
    <message>
        <source>%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.</source>
        <translation>%1 er et zip-arkiv (en Excel-projektmappe?), ikke en CSV-fil; gem den som .xlsx.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke læse %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>CyclePlan</name>
    <message>
        <source>Surveillance 1</source>
        <translation>Overvågningsaudit 1</translation>
    </message>
    <message>
        <source>Surveillance 2</source>
        <translation>Overvågningsaudit 2</translation>
    </message>
</context>
<context>
    <name>DemoAudit</name>
    <message>
        <source>The demo audit is missing from this build of IsoAudit (%1).</source>
        <translation>Demoauditten mangler i denne udgave af IsoAudit (%1).</translation>
    </message>
    <message>
        <source>No folder was given for the demo audit.</source>
        <translation>Der blev ikke angivet nogen mappe til demoauditten.</translation>
    </message>
    <message>
        <source>The folder %1 for the demo audit cannot be created.</source>
        <translation>Mappen %1 til demoauditten kan ikke oprettes.</translation>
    </message>
    <message>
        <source>The demo audit could not be created in %1: %2</source>
        <translation>Demoauditten kunne ikke oprettes i %1: %2</translation>
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
        <translation>Rejst igen: korrektionen og den korrigerende handling for %1 (rejst ved %2 den %3) var ikke effektive.</translation>
    </message>
    <message>
        <source>%1 names more than one earlier nonconformity; name it as REF@REPORT: %2.</source>
        <translation>%1 angiver mere end én tidligere afvigelse; angiv den som REF@REPORT: %2.</translation>
    </message>
    <message>
        <source>This audit carries no earlier nonconformities to verify.</source>
        <translation>Denne audit har ingen tidligere afvigelser at verificere.</translation>
    </message>
    <message>
        <source>No earlier nonconformity %1; this audit carries: %2.</source>
        <translation>Der er ingen tidligere afvigelse %1; denne audit omfatter: %2.</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;; use one of: %2.</source>
        <translation>Ukendt vurdering &quot;%1&quot;; brug en af: %2.</translation>
    </message>
    <message>
        <source>Raised again: the correction and corrective action of %1 (raised at %2) were not effective.</source>
        <translation>Rejst igen: korrektionen og den korrigerende handling for %1 (rejst ved %2) var ikke effektive.</translation>
    </message>
</context>
<context>
    <name>EarlierVerification</name>
    <message>
        <source>Unknown verdict &quot;%1&quot;.</source>
        <translation>Ukendt vurdering &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 passed through a special audit; it is verified at the next audit.</source>
        <translation>%1 er ført videre gennem en særlig audit; den verificeres ved den næste audit.</translation>
    </message>
    <message>
        <source>Clear the verdict on %1</source>
        <translation>Ryd vurderingen af %1</translation>
    </message>
    <message>
        <source>Verify %1: %2</source>
        <translation>Verificér %1: %2</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>A new engagement needs the service organization&apos;s name.</source>
        <translation>En ny erklæringsopgave kræver serviceleverandørens navn.</translation>
    </message>
    <message>
        <source>A new engagement needs the engagement lead&apos;s name.</source>
        <translation>En ny erklæringsopgave kræver navnet på den opgaveansvarlige.</translation>
    </message>
    <message>
        <source>Unknown SOC 2 report type &quot;%1&quot;; use type1 or type2.</source>
        <translation>Ukendt SOC 2-erklæringstype &quot;%1&quot;; brug type1 eller type2.</translation>
    </message>
    <message>
        <source>A Type 2 engagement needs the start and the end of the period it reports on.</source>
        <translation>En Type 2-erklæringsopgave kræver start- og slutdatoen for den periode, erklæringen omfatter.</translation>
    </message>
    <message>
        <source>The period ends (%1) on or before it starts (%2).</source>
        <translation>Perioden slutter (%1) samme dag som eller før den starter (%2).</translation>
    </message>
    <message>
        <source>A Type 1 engagement needs the date its report speaks as of.</source>
        <translation>En Type 1-erklæringsopgave kræver den dato, som erklæringen vedrører.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services category; use %2.</source>
        <translation>&quot;%1&quot; er ikke en kriteriekategori i Trust Services Criteria; brug %2.</translation>
    </message>
</context>
<context>
    <name>EngagementData</name>
    <message>
        <source>This audit is not a SOC 2 engagement (its framework is %1).</source>
        <translation>Denne audit er ikke en SOC 2-erklæringsopgave (dens ramme er %1).</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Ikke testet</translation>
    </message>
    <message>
        <source>Did not occur</source>
        <translation>Forekom ikke</translation>
    </message>
</context>
<context>
    <name>ExceptionRollup</name>
    <message>
        <source>There is no control %1 in this engagement.</source>
        <translation>Der er ingen kontrol %1 i denne erklæringsopgave.</translation>
    </message>
    <message>
        <source>Control %1 has no exceptions to assess: none of its sample items or tests found a deviation.</source>
        <translation>Kontrol %1 har ingen afvigelser at vurdere: ingen af dens stikprøveelementer eller test har konstateret en afvigelse.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 må ikke være tom.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 skal være et heltal, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 skal være mellem %2 og %3, ikke %4.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 skal være true eller false, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 skal være en dato skrevet ÅÅÅÅ-MM-DD, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO 8601 (YYYY-MM-DDThh:mm), not &quot;%2&quot;.</source>
        <translation>%1 skal være en dato og et klokkeslæt i ISO 8601 (ÅÅÅÅ-MM-DDTtt:mm), ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 skal være en af: %2.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2; &quot;%3&quot; is not.</source>
        <translation>%1 skal være en af: %2; &quot;%3&quot; er ikke.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 er ikke gyldig JSON: %2.</translation>
    </message>
</context>
<context>
    <name>FileImage</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke læse %1: %2</translation>
    </message>
    <message>
        <source>Could not read the table %1: %2</source>
        <translation>Kunne ikke læse tabellen %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <source>The audit is in file format %1, newer than this IsoAudit (format %2): update IsoAudit.</source>
        <translation>Auditten er i filformat %1, som er nyere end denne IsoAudit (format %2): opdater IsoAudit.</translation>
    </message>
    <message>
        <source>The audit is in file format %1, older than this IsoAudit&apos;s (format %2): push it again with this version.</source>
        <translation>Auditten er i filformat %1, som er ældre end denne IsoAudits (format %2): send den igen med denne version.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>the table %1 is not in this file format (%2)</source>
        <translation>tabellen %1 findes ikke i dette filformat (%2)</translation>
    </message>
    <message>
        <source>a row of %1 has %2 values for %3 columns</source>
        <translation>en række i %1 har %2 værdier til %3 kolonner</translation>
    </message>
    <message>
        <source>a row of %1 was refused: %2</source>
        <translation>en række i %1 blev afvist: %2</translation>
    </message>
    <message>
        <source>a row of %1 refers to a record that is not in the audit</source>
        <translation>en række i %1 henviser til en post, der ikke findes i auditten</translation>
    </message>
    <message>
        <source>its audit trail does not verify (%1)</source>
        <translation>dens revisionsspor kan ikke verificeres (%1)</translation>
    </message>
    <message>
        <source>the finished file could not be renamed into place</source>
        <translation>den færdige fil kunne ikke omdøbes til sit endelige navn</translation>
    </message>
</context>
<context>
    <name>FindingClassifier</name>
    <message>
        <source>The nature of a nonconformity must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>En afvigelses karakter skal være en af: %1; &quot;%2&quot; er ikke.</translation>
    </message>
    <message>
        <source>Give both the samples that failed and the samples taken, or neither.</source>
        <translation>Angiv både de stikprøver, der fejlede, og de udtagne stikprøver, eller ingen af dem.</translation>
    </message>
    <message>
        <source>Sample counts cannot be negative.</source>
        <translation>Antal stikprøver kan ikke være negativt.</translation>
    </message>
    <message>
        <source>%1 samples cannot fail out of %2 taken.</source>
        <translation>%1 stikprøver kan ikke fejle ud af %2 udtagne.</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Fund %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 samples failed.</source>
        <translation>%1 af %2 stikprøver fejlede.</translation>
    </message>
    <message>
        <source>ISO/IEC 17021-1 defines a major nonconformity as one that affects the capability of the management system to achieve its intended results.</source>
        <translation>ISO/IEC 17021-1 definerer en større afvigelse som en afvigelse, der påvirker ledelsessystemets evne til at opnå de tilsigtede resultater.</translation>
    </message>
    <message>
        <source>Major: the process the requirement calls for is absent, so the capability of the management system to achieve its intended results is in doubt.</source>
        <translation>Større: den proces, som kravet forudsætter, mangler, så der er tvivl om ledelsessystemets evne til at opnå de tilsigtede resultater.</translation>
    </message>
    <message>
        <source>Major: the requirement has broken down across instances, not in one, which gives significant doubt that effective process control is in place.</source>
        <translation>Større: kravet er brudt sammen i flere tilfælde, ikke kun i ét, hvilket giver betydelig tvivl om, at der er effektiv processtyring.</translation>
    </message>
    <message>
        <source>Major: you recorded significant doubt that the ISMS can achieve its intended results.</source>
        <translation>Større: du har registreret betydelig tvivl om, at ISMS&apos;et kan opnå de tilsigtede resultater.</translation>
    </message>
    <message>
        <source>Major by the certification body&apos;s sampling policy, not by ISO/IEC 17021-1 (which sets no failure rate): %1 of %2 samples failed, more than the policy&apos;s %3 %. Grade minor if the failures share one isolated cause and the capability of the ISMS is not in doubt.</source>
        <translation>Større efter certificeringsorganets stikprøvepolitik, ikke efter ISO/IEC 17021-1 (som ikke fastsætter nogen fejlrate): %1 af %2 stikprøver fejlede, mere end politikkens %3 %. Kategorisér som mindre, hvis fejlene har én enkeltstående årsag, og der ikke er tvivl om ISMS&apos;ets evne.</translation>
    </message>
    <message>
        <source>Minor: the requirement is not fulfilled in an isolated instance, and the capability of the ISMS to achieve its intended results is not affected (ISO/IEC 17021-1 minor nonconformity).</source>
        <translation>Mindre: kravet er ikke opfyldt i et enkeltstående tilfælde, og ISMS&apos;ets evne til at opnå de tilsigtede resultater er ikke påvirket (mindre afvigelse efter ISO/IEC 17021-1).</translation>
    </message>
    <message>
        <source>The sampling policy&apos;s failure rate must be 1 to 100 %; %1 is not.</source>
        <translation>Stikprøvepolitikkens fejlrate skal være 1 til 100 %; %1 er ikke.</translation>
    </message>
    <message>
        <source>The sampling policy needs at least one failed sample; %1 is not enough.</source>
        <translation>Stikprøvepolitikken kræver mindst én fejlet stikprøve; %1 er ikke nok.</translation>
    </message>
    <message>
        <source>Say whether the required process is absent, operates without the documented information required, has broken down systemically, or shows an isolated lapse; the grade follows from that.</source>
        <translation>Angiv, om den krævede proces mangler, fungerer uden den krævede dokumenterede information, er brudt systematisk sammen eller viser et enkeltstående svigt; kategorien følger heraf.</translation>
    </message>
    <message>
        <source>Minor: the process operates, but the documented information the requirement calls for is missing; that alone does not affect the capability of the ISMS to achieve its intended results (ISO/IEC 17021-1 minor nonconformity). Grade major if the missing information puts effective process control in doubt.</source>
        <translation>Mindre: processen fungerer, men den dokumenterede information, som kravet forudsætter, mangler; det alene påvirker ikke ISMS&apos;ets evne til at opnå de tilsigtede resultater (mindre afvigelse efter ISO/IEC 17021-1). Kategorisér som større, hvis den manglende information giver tvivl om, at der er effektiv processtyring.</translation>
    </message>
    <message>
        <source>a major nonconformity</source>
        <translation>en større afvigelse</translation>
    </message>
    <message>
        <source>a minor nonconformity</source>
        <translation>en mindre afvigelse</translation>
    </message>
    <message>
        <source>Area of concern: a Stage 1 audit identifies areas of concern that could be classified as nonconformities at Stage 2 (ISO/IEC 17021-1 9.3.1.2.2). At Stage 2 this would be %1. %2</source>
        <translation>Bekymringsområde: en trin 1-audit identificerer bekymringsområder, der kunne klassificeres som afvigelser ved trin 2 (ISO/IEC 17021-1 9.3.1.2.2). Ved trin 2 ville dette være %1. %2</translation>
    </message>
</context>
<context>
    <name>HeatMapPainter</name>
    <message>
        <source>The client&apos;s risk method defines no likelihood or impact levels.</source>
        <translation>Kundens risikometode definerer ingen niveauer for sandsynlighed eller konsekvens.</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Konsekvens →</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Sandsynlighed ↑</translation>
    </message>
    <message>
        <source>Heavy line: the client&apos;s acceptance threshold (scores up to %1 are acceptable).</source>
        <translation>Tyk linje: kundens acceptgrænse (score op til %1 er acceptabel).</translation>
    </message>
    <message>
        <source>The client&apos;s method states no acceptance threshold.</source>
        <translation>Kundens metode angiver ingen acceptgrænse.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) plotted</source>
        <translation>
            <numerusform>%n risiko vist</numerusform>
            <numerusform>%n risici vist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a rating not plotted</source>
        <translation>
            <numerusform>%n uden vurdering ikke vist</numerusform>
            <numerusform>%n uden vurdering ikke vist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %1 (%n rows)</source>
        <translation>
            <numerusform>Importér %1 (%n række)</numerusform>
            <numerusform>Importér %1 (%n rækker)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>column %1 &quot;%2&quot;: not imported</source>
        <translation>kolonne %1 &quot;%2&quot;: ikke importeret</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; -&gt; %3</source>
        <translation>kolonne %1 &quot;%2&quot; -&gt; %3</translation>
    </message>
    <message>
        <source>%1: %2 data rows read; %3 new, %4 updated; %5 problems in the row report.</source>
        <translation>%1: %2 datarækker læst; %3 nye, %4 opdateret; %5 problemer i rækkerapporten.</translation>
    </message>
    <message>
        <source>row %1: %2 (ISO/IEC 27001:2013) read as A.%3 (2022)</source>
        <translation>række %1: %2 (ISO/IEC 27001:2013) læst som A.%3 (2022)</translation>
    </message>
    <message>
        <source>The SoA does not cover %1 of the 93 Annex A controls; they are left as they were: %2</source>
        <translation>Anvendelseserklæringen dækker ikke %1 af de 93 Anneks A-kontroller; de er uændrede: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>række %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2 &quot;%3&quot;, value &quot;%4&quot;: %5</source>
        <translation>række %1, kolonne %2 &quot;%3&quot;, værdi &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>read: %1; header row %2</source>
        <translation>læst: %1; overskriftsrække %2</translation>
    </message>
    <message>
        <source>2013 numbering mapped to 2022:</source>
        <translation>2013-nummerering overført til 2022:</translation>
    </message>
    <message>
        <source>row report:</source>
        <translation>rækkerapport:</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>The lifecycle state and the report revision change only by advancing or reopening the audit, which checks the workflow rules.</source>
        <translation>Livscyklustilstanden og rapportrevisionen ændres kun ved at føre auditten videre eller genåbne den, hvilket kontrollerer arbejdsgangsreglerne.</translation>
    </message>
    <message>
        <source>The audit is signed: the signed report is the record and cannot change. Reopen the audit with a reason to make changes.</source>
        <translation>Auditten er underskrevet: den underskrevne rapport er dokumentationen og kan ikke ændres. Genåbn auditten med en begrundelse for at foretage ændringer.</translation>
    </message>
    <message numerus="yes">
        <source>The audit cannot move to %1: %n rule(s) are not met.</source>
        <translation>
            <numerusform>Auditten kan ikke gå videre til %1: %n regel er ikke opfyldt.</numerusform>
            <numerusform>Auditten kan ikke gå videre til %1: %n regler er ikke opfyldt.</numerusform>
        </translation>
    </message>
    <message>
        <source>An audit advances to fieldwork or reporting, not &quot;%1&quot;.</source>
        <translation>En audit går videre til feltarbejde eller rapportering, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An audit becomes signed by signing its report: use `isoaudit-cli sign` or Report ▸ Sign report…</source>
        <translation>En audit bliver underskrevet ved at underskrive dens rapport: brug `isoaudit-cli sign` eller Rapport ▸ Underskriv rapport…</translation>
    </message>
    <message>
        <source>The audit is already in %1.</source>
        <translation>Auditten er allerede i %1.</translation>
    </message>
    <message>
        <source>The audit is in %1; it can only advance to %2, one step at a time.</source>
        <translation>Auditten er i %1; den kan kun gå videre til %2, ét trin ad gangen.</translation>
    </message>
    <message>
        <source>nothing (reopen it first)</source>
        <translation>intet (genåbn den først)</translation>
    </message>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Kun en audit i rapportering kan underskrives; denne er i %1.</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name and the time of signing.</source>
        <translation>En signatur kræver underskriverens navn og tidspunktet for underskrivelsen.</translation>
    </message>
    <message>
        <source>Only a signed audit can be reopened; this one is in %1.</source>
        <translation>Kun en underskrevet audit kan genåbnes; denne er i %1.</translation>
    </message>
    <message>
        <source>Reopening a signed audit needs a reason; it is kept with the signed revision.</source>
        <translation>Genåbning af en underskrevet audit kræver en begrundelse; den gemmes med den underskrevne revision.</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>The audit is signed; there is no further step.</source>
        <translation>Auditten er underskrevet; der er intet yderligere trin.</translation>
    </message>
    <message>
        <source>The audit was opened read-only; its state cannot change.</source>
        <translation>Auditten blev åbnet skrivebeskyttet; dens tilstand kan ikke ændres.</translation>
    </message>
    <message>
        <source>Reopening a signed audit needs a reason; it is kept with the signed revision.</source>
        <translation>Genåbning af en underskrevet audit kræver en begrundelse; den gemmes med den underskrevne revision.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 Annex A</source>
        <translation>ISO/IEC 27001 Anneks A</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 clauses 4–10</source>
        <translation>ISO/IEC 27001 punkt 4–10</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 %1</source>
        <translation>ISO/IEC 27001 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Blocker (rule %1)</source>
        <translation>Blokerende (regel %1)</translation>
    </message>
    <message>
        <source>Warning (rule %1)</source>
        <translation>Advarsel (regel %1)</translation>
    </message>
</context>
<context>
    <name>MergeSides</name>
    <message>
        <source>Push: Merge with the Repository&apos;s Version</source>
        <translation>Send: flet med arkivets version</translation>
    </message>
    <message>
        <source>Push to %1: Merge with the Repository&apos;s Version</source>
        <translation>Send til %1: flet med arkivets version</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Flet %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict to resolve</source>
        <translation>
            <numerusform>%n konflikt at løse</numerusform>
            <numerusform>%n konflikter at løse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n konflikt at løse</numerusform>
            <numerusform>%n konflikter at løse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change to send</source>
        <translation>
            <numerusform>%n ændring at sende</numerusform>
            <numerusform>%n ændringer at sende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to send</source>
        <translation>
            <numerusform>%n ændring at sende</numerusform>
            <numerusform>%n ændringer at sende</numerusform>
        </translation>
    </message>
    <message>
        <source>This file against the repository&apos;s version: %1, no conflicts</source>
        <translation>Denne fil sammenholdt med arkivets version: %1, ingen konflikter</translation>
    </message>
    <message>
        <source>This file against the repository&apos;s version: %1, %2</source>
        <translation>Denne fil sammenholdt med arkivets version: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change to take</source>
        <translation>
            <numerusform>%n ændring at overtage</numerusform>
            <numerusform>%n ændringer at overtage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to take</source>
        <translation>
            <numerusform>%n ændring at overtage</numerusform>
            <numerusform>%n ændringer at overtage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no conflicts</source>
        <translation>%1: %2, ingen konflikter</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Changes only one side made are taken as they are. For each conflict choose which version stands: the other stays in the history. Alt+M keeps the repository&apos;s version, Alt+T takes this file&apos;s, Alt+B keeps both texts; the arrow keys move through the list.</source>
        <translation>Ændringer, som kun den ene side har foretaget, overtages, som de er. Vælg for hver konflikt, hvilken version der gælder: den anden bevares i historikken. Alt+M beholder arkivets version, Alt+T tager denne fils, Alt+B beholder begge tekster; piletasterne flytter rundt i listen.</translation>
    </message>
    <message>
        <source>Changes only one side made are taken as they are. For each conflict choose which version stands: the other stays in the history. Alt+M keeps mine, Alt+T takes theirs, Alt+B keeps both texts; the arrow keys move through the list.</source>
        <translation>Ændringer, som kun den ene side har foretaget, overtages, som de er. Vælg for hver konflikt, hvilken version der gælder: den anden bevares i historikken. Alt+M beholder min, Alt+T tager deres, Alt+B beholder begge tekster; piletasterne flytter rundt i listen.</translation>
    </message>
    <message>
        <source>Changes in this file</source>
        <translation>Ændringer i denne fil</translation>
    </message>
    <message>
        <source>Changes in the team member&apos;s copy</source>
        <translation>Ændringer i kopien fra medlemmet af auditteamet</translation>
    </message>
    <message>
        <source>Keep A&amp;ll the Repository&apos;s</source>
        <translation>Behold a&amp;lle arkivets</translation>
    </message>
    <message>
        <source>Keep A&amp;ll Mine</source>
        <translation>Behold a&amp;lle mine</translation>
    </message>
    <message>
        <source>Keep the repository&apos;s version of every conflict</source>
        <translation>Behold arkivets version ved alle konflikter</translation>
    </message>
    <message>
        <source>Keep your file&apos;s version of every conflict</source>
        <translation>Behold din fils version ved alle konflikter</translation>
    </message>
    <message>
        <source>Take All from T&amp;his File</source>
        <translation>Tag alle fra &amp;denne fil</translation>
    </message>
    <message>
        <source>Take All T&amp;heirs</source>
        <translation>Tag alle &amp;deres</translation>
    </message>
    <message>
        <source>Take this file&apos;s version of every conflict</source>
        <translation>Tag denne fils version ved alle konflikter</translation>
    </message>
    <message>
        <source>Take the copy&apos;s version of every conflict</source>
        <translation>Tag kopiens version ved alle konflikter</translation>
    </message>
    <message>
        <source>Merge and Push</source>
        <translation>Flet og send</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <source>Merge this file into the repository&apos;s version and push it; this file is then replaced by the merged audit</source>
        <translation>Flet denne fil ind i arkivets version, og send den; denne fil erstattes derefter af den flettede audit</translation>
    </message>
    <message>
        <source>Bring the changes into your file as one step (Ctrl+Z takes it back)</source>
        <translation>Overtag ændringerne i din fil som ét trin (Ctrl+Z fortryder det)</translation>
    </message>
    <message>
        <source>When last in sync</source>
        <translation>Ved sidste synkronisering</translation>
    </message>
    <message>
        <source>At the fork</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <source>The repository&apos;s version</source>
        <translation>Arkivets version</translation>
    </message>
    <message>
        <source>Mine (your file)</source>
        <translation>Min version (din fil)</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Denne fil</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Deres version (%1)</translation>
    </message>
    <message>
        <source>Keep the repository&apos;s</source>
        <translation>Behold arkivets</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <source>Take this file&apos;s</source>
        <translation>Tag denne fils</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tag deres</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behold begge</translation>
    </message>
    <message>
        <source>Keep the record (the repository&apos;s changes)</source>
        <translation>Behold posten (arkivets ændringer)</translation>
    </message>
    <message>
        <source>Keep the record (this file&apos;s changes)</source>
        <translation>Behold posten (denne fils ændringer)</translation>
    </message>
    <message>
        <source>the team member</source>
        <translation>medlemmet af auditteamet</translation>
    </message>
    <message>
        <source>Keep the record (your changes)</source>
        <translation>Behold posten (dine ændringer)</translation>
    </message>
    <message>
        <source>Keep the record (%1&apos;s changes)</source>
        <translation>Behold posten (ændringerne fra %1)</translation>
    </message>
    <message>
        <source>Delete it (as this file did)</source>
        <translation>Slet den (som i denne fil)</translation>
    </message>
    <message>
        <source>Delete it (as the repository&apos;s version did)</source>
        <translation>Slet den (som i arkivets version)</translation>
    </message>
    <message>
        <source>Delete it (as %1 did)</source>
        <translation>Slet den (som %1 gjorde)</translation>
    </message>
    <message>
        <source>Delete it (as you did)</source>
        <translation>Slet den (som du gjorde)</translation>
    </message>
    <message>
        <source>This file added this record. The push adds it to the repository.</source>
        <translation>Posten er tilføjet i denne fil. Ved afsendelsen tilføjes den i arkivet.</translation>
    </message>
    <message>
        <source>This file changed this record. The changes below are sent to the repository.</source>
        <translation>Posten er ændret i denne fil. Ændringerne nedenfor sendes til arkivet.</translation>
    </message>
    <message>
        <source>This file deleted this record, which nobody changed in the repository. It is deleted there too; the history keeps it.</source>
        <translation>Posten er slettet i denne fil, og ingen har ændret den i arkivet. Den slettes også der; historikken bevarer den.</translation>
    </message>
    <message>
        <source>This file deleted this record; the repository&apos;s version changed it. Keep it or delete it.</source>
        <translation>Posten er slettet i denne fil, men ændret i arkivets version. Behold den, eller slet den.</translation>
    </message>
    <message>
        <source>This file deleted this record; %1 changed it in the repository&apos;s version. Keep it or delete it.</source>
        <translation>Posten er slettet i denne fil; %1 har ændret den i arkivets version. Behold den, eller slet den.</translation>
    </message>
    <message>
        <source>The repository&apos;s version deleted this record; this file changed it. Keep it or delete it.</source>
        <translation>Posten er slettet i arkivets version, men ændret i denne fil. Behold den, eller slet den.</translation>
    </message>
    <message>
        <source>%1 deleted this record in the repository&apos;s version; this file changed it. Keep it or delete it.</source>
        <translation>%1 har slettet posten i arkivets version; den er ændret i denne fil. Behold den, eller slet den.</translation>
    </message>
    <message>
        <source>This file (changed by %1) and the repository&apos;s version (changed by %2) both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Posten er ændret både i denne fil (af %1) og i arkivets version (af %2). Vælg for hvert felt nedenfor; den version, der ikke vælges, bevares i historikken.</translation>
    </message>
    <message>
        <source>This file and the repository&apos;s version both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Posten er ændret både i denne fil og i arkivets version. Vælg for hvert felt nedenfor; den version, der ikke vælges, bevares i historikken.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Intet at sende.</translation>
    </message>
    <message>
        <source>The team member</source>
        <translation>Medlemmet af auditteamet</translation>
    </message>
    <message>
        <source>%1 added this record. It is added to your file.</source>
        <translation>%1 har tilføjet denne post. Den tilføjes i din fil.</translation>
    </message>
    <message>
        <source>%1 changed this record. The changes below are taken.</source>
        <translation>%1 har ændret denne post. Ændringerne nedenfor overtages.</translation>
    </message>
    <message>
        <source>%1 deleted this record, which nobody changed in your file. It is deleted here too; the history keeps it.</source>
        <translation>%1 har slettet denne post, som ingen har ændret i din fil. Den slettes også her; historikken bevarer den.</translation>
    </message>
    <message>
        <source>%1 deleted this record; you changed it. Keep it or delete it.</source>
        <translation>%1 har slettet denne post; du har ændret den. Behold den, eller slet den.</translation>
    </message>
    <message>
        <source>You deleted this record; %1 changed it. Keep it or delete it.</source>
        <translation>Du har slettet denne post; %1 har ændret den. Behold den, eller slet den.</translation>
    </message>
    <message>
        <source>You and %1 both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Både du og %1 har ændret denne post. Vælg for hvert felt nedenfor; den version, der ikke vælges, bevares i historikken.</translation>
    </message>
    <message>
        <source>Nothing to bring over.</source>
        <translation>Intet at overtage.</translation>
    </message>
    <message>
        <source>Also taken from this file, without a conflict</source>
        <translation>Også overtaget fra denne fil, uden konflikt</translation>
    </message>
    <message>
        <source>Taken from this file</source>
        <translation>Overtaget fra denne fil</translation>
    </message>
    <message>
        <source>Also taken from %1, without a conflict</source>
        <translation>Også overtaget fra %1, uden konflikt</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Overtaget fra %1</translation>
    </message>
    <message>
        <source>Now in the repository</source>
        <translation>Nu i arkivet</translation>
    </message>
    <message>
        <source>Now in your file</source>
        <translation>Nu i din fil</translation>
    </message>
    <message>
        <source>The record as it is in the repository</source>
        <translation>Posten, som den er i arkivet</translation>
    </message>
    <message>
        <source>The record as it is in your file</source>
        <translation>Posten, som den er i din fil</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>A file of %1</source>
        <translation>En fil på %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>%1&apos;s copy</source>
        <translation>%1s kopi</translation>
    </message>
</context>
<context>
    <name>NextAudit</name>
    <message numerus="yes">
        <source>Team: %n member(s) besides the lead, editable.</source>
        <translation>
            <numerusform>Team: %n medlem ud over den ledende auditor, kan redigeres.</numerusform>
            <numerusform>Team: %n medlemmer ud over den ledende auditor, kan redigeres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Risk register: %n risk(s) carried over as the starting point.</source>
        <translation>
            <numerusform>Risikoregister: %n risiko overført som udgangspunkt.</numerusform>
            <numerusform>Risikoregister: %n risici overført som udgangspunkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of Applicability carried over; the last audit&apos;s verdicts are kept as context.</source>
        <translation>Anvendelseserklæringen er overført; den forrige audits vurderinger bevares som kontekst.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier nonconformities to verify: %n.</source>
        <translation>
            <numerusform>Tidligere afvigelser, der skal verificeres: %n.</numerusform>
            <numerusform>Tidligere afvigelser, der skal verificeres: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme: the last audit is now part of the history.</source>
        <translation>Auditprogram: den forrige audit indgår nu i historikken.</translation>
    </message>
    <message>
        <source>Plan: %1 clause items and %2 controls proposed from the programme&apos;s coverage.</source>
        <translation>Plan: %1 punkter og %2 kontroller foreslået ud fra auditprogrammets dækning.</translation>
    </message>
    <message>
        <source>Unknown audit type &quot;%1&quot;; use one of: stage2, surveillance, recertification, special.</source>
        <translation>Ukendt audittype &quot;%1&quot;; brug en af: stage2, surveillance, recertification, special.</translation>
    </message>
    <message>
        <source>A Stage 1 audit starts a client&apos;s initial certification; create it as a new audit.</source>
        <translation>En trin 1-audit indleder en kundes første certificering; opret den som en ny audit.</translation>
    </message>
    <message>
        <source>Only an ISO/IEC 27001 audit belongs to a certification cycle; this one is not.</source>
        <translation>Kun en ISO/IEC 27001-audit indgår i en certificeringscyklus; det gør denne ikke.</translation>
    </message>
    <message>
        <source>The last audit is not signed (it is in %1): the next audit starts from a signed audit, so that what it carries forward is what the signed report says.</source>
        <translation>Den forrige audit er ikke underskrevet (den er i tilstanden %1): den næste audit tager udgangspunkt i en underskrevet audit, så det, der føres videre, er det, som den underskrevne rapport angiver.</translation>
    </message>
    <message>
        <source>A %1 audit does not follow a %2 audit in the certification cycle.</source>
        <translation>En audit af typen %1 følger ikke efter en audit af typen %2 i certificeringscyklussen.</translation>
    </message>
    <message>
        <source>The next audit needs a file of its own; %1 is the last audit&apos;s.</source>
        <translation>Den næste audit skal have sin egen fil; %1 tilhører den forrige audit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the signed report %1: %2</source>
        <translation>Den underskrevne rapport %1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 is not the report signed for %2 (its SHA-256 differs from the signed revision&apos;s).</source>
        <translation>%1 er ikke den rapport, der blev underskrevet for %2 (dens SHA-256 afviger fra den underskrevne revisions).</translation>
    </message>
</context>
<context>
    <name>Opinion</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opinion; use %2.</source>
        <translation>&quot;%1&quot; er ikke en konklusion; brug %2.</translation>
    </message>
    <message>
        <source>The criteria not met must be criteria of the categories in scope; %1 is not.</source>
        <translation>De ikke opfyldte kriterier skal være kriterier i de kategorier, der er omfattet; det er %1 ikke.</translation>
    </message>
    <message>
        <source>The criteria not met must be criteria of the categories in scope; %1 are not.</source>
        <translation>De ikke opfyldte kriterier skal være kriterier i de kategorier, der er omfattet; det er %1 ikke.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given: criterion %1 is not met. Give a qualified or adverse opinion, or take it off the criteria not met.</source>
        <translation>Der kan ikke afgives en konklusion uden forbehold: kriterium %1 er ikke opfyldt. Afgiv en konklusion med forbehold eller en afkræftende konklusion, eller fjern kriteriet fra de ikke opfyldte kriterier.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given: criteria %1 are not met. Give a qualified or adverse opinion, or take them off the criteria not met.</source>
        <translation>Der kan ikke afgives en konklusion uden forbehold: kriterierne %1 er ikke opfyldt. Afgiv en konklusion med forbehold eller en afkræftende konklusion, eller fjern dem fra de ikke opfyldte kriterier.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given yet: every control mapped to %1 failed (exceptions assessed as systematic, or a design not suitably designed) and the effect on the criterion is not stated. State each exception&apos;s effect (or the design note), or list the criterion as not met.</source>
        <translation>Der kan endnu ikke afgives en konklusion uden forbehold: alle kontroller, der er knyttet til %1, fejlede (afvigelser vurderet som systematiske, eller en udformning, der ikke er hensigtsmæssig), og virkningen på kriteriet er ikke angivet. Angiv hver afvigelses virkning (eller bemærkningen til udformningen), eller angiv kriteriet som ikke opfyldt.</translation>
    </message>
    <message>
        <source>A qualified opinion names at least one criterion that is not met.</source>
        <translation>En konklusion med forbehold angiver mindst ét kriterium, der ikke er opfyldt.</translation>
    </message>
    <message>
        <source>A qualified opinion states its basis: the matter that gives rise to the qualification.</source>
        <translation>En konklusion med forbehold angiver sit grundlag: det forhold, der giver anledning til forbeholdet.</translation>
    </message>
    <message>
        <source>An adverse opinion states its basis: why the controls did not achieve the criteria.</source>
        <translation>En afkræftende konklusion angiver sit grundlag: hvorfor kontrollerne ikke opfyldte kriterierne.</translation>
    </message>
    <message>
        <source>A disclaimer of opinion states its basis: why sufficient evidence could not be obtained.</source>
        <translation>En manglende konklusion angiver sit grundlag: hvorfor der ikke kunne opnås tilstrækkeligt bevis.</translation>
    </message>
</context>
<context>
    <name>PackageCrypto</name>
    <message>
        <source>An encrypted package needs a passphrase.</source>
        <translation>En krypteret pakke kræver en adgangssætning.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; the package was not written.</source>
        <translation>Systemets tilfældighedsgenerator svigtede; pakken blev ikke skrevet.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation>Nøglen kunne ikke udledes af adgangssætningen (scrypt mislykkedes).</translation>
    </message>
    <message>
        <source>The package could not be encrypted (OpenSSL AES-256-GCM failed).</source>
        <translation>Pakken kunne ikke krypteres (OpenSSL AES-256-GCM mislykkedes).</translation>
    </message>
    <message>
        <source>This is not an encrypted IsoAudit package.</source>
        <translation>Dette er ikke en krypteret IsoAudit-pakke.</translation>
    </message>
    <message>
        <source>The encrypted package is truncated (%1 bytes): it was not copied completely.</source>
        <translation>Den krypterede pakke er afkortet (%1 byte): den blev ikke kopieret helt.</translation>
    </message>
    <message>
        <source>The encrypted package has format version %1; this IsoAudit reads version %2. Update IsoAudit.</source>
        <translation>Den krypterede pakke har formatversion %1; denne IsoAudit læser version %2. Opdater IsoAudit.</translation>
    </message>
    <message>
        <source>The encrypted package uses an unknown key derivation (%1).</source>
        <translation>Den krypterede pakke bruger en ukendt nøgleudledning (%1).</translation>
    </message>
    <message>
        <source>The encrypted package&apos;s key derivation parameters are out of range; it is damaged or was not written by IsoAudit.</source>
        <translation>Den krypterede pakkes parametre for nøgleudledning er uden for det gyldige område; den er beskadiget eller ikke skrevet af IsoAudit.</translation>
    </message>
    <message>
        <source>The package is encrypted: a passphrase is needed.</source>
        <translation>Pakken er krypteret: der kræves en adgangssætning.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted: the passphrase is wrong, or the package was changed or damaged after it was sealed.</source>
        <translation>Pakken kan ikke dekrypteres: adgangssætningen er forkert, eller pakken er ændret eller beskadiget, efter at den blev forseglet.</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>an array</source>
        <translation>et array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2.</source>
        <translation>fejlformateret JSON ved position %1: %2.</translation>
    </message>
    <message>
        <source>not an IsoAudit package (it is a JSON array, not an object with &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>ikke en IsoAudit-pakke (det er et JSON-array, ikke et objekt med &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>not an IsoAudit package (it has no &quot;format&quot;; expected &quot;%1&quot;).</source>
        <translation>ikke en IsoAudit-pakke (den har intet &quot;format&quot;; forventede &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>not an IsoAudit package (format is %1, expected &quot;%2&quot;).</source>
        <translation>ikke en IsoAudit-pakke (formatet er %1, forventede &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>the package has no &quot;version&quot;.</source>
        <translation>pakken har ingen &quot;version&quot;.</translation>
    </message>
    <message>
        <source>version must be a whole number, not %1.</source>
        <translation>version skal være et heltal, ikke %1.</translation>
    </message>
    <message>
        <source>%1: unknown key at the top level of the package; the keys are: %2.</source>
        <translation>%1: ukendt nøgle på pakkens øverste niveau; nøglerne er: %2.</translation>
    </message>
    <message>
        <source>the package has no &quot;%1&quot;.</source>
        <translation>pakken har ingen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is missing from the package; it was created with default values.</source>
        <translation>%1 mangler i pakken; den blev oprettet med standardværdier.</translation>
    </message>
    <message>
        <source>%1 must be an array, not %2.</source>
        <translation>%1 skal være et array, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 skal være et objekt, ikke %2.</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; a %3 has: %4.</source>
        <translation>%1.%2: ukendt nøgle; en %3 har: %4.</translation>
    </message>
    <message>
        <source>%1.uuid is missing.</source>
        <translation>%1.uuid mangler.</translation>
    </message>
    <message>
        <source>%1.uuid must be a string, not %2.</source>
        <translation>%1.uuid skal være en streng, ikke %2.</translation>
    </message>
    <message>
        <source>%1.uuid: %2 is not a UUID.</source>
        <translation>%1.uuid: %2 er ikke en UUID.</translation>
    </message>
    <message>
        <source>%1.uuid: &quot;%2&quot; is already used by %3.</source>
        <translation>%1.uuid: &quot;%2&quot; bruges allerede af %3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 mangler.</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation>%1 skal være en streng, ikke %2.</translation>
    </message>
    <message>
        <source>%1: no %2 with uuid %3.</source>
        <translation>%1: ingen %2 med uuid %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number or null, not %2.</source>
        <translation>%1 skal være et heltal eller null, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 skal være true eller false, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be a string or null, not %2.</source>
        <translation>%1 skal være en streng eller null, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be a JSON array or object, not %2.</source>
        <translation>%1 skal være et JSON-array eller -objekt, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be a base64 string, not %2.</source>
        <translation>%1 skal være en base64-streng, ikke %2.</translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation>%1 er ikke gyldig base64.</translation>
    </message>
    <message>
        <source>%1 must be an array of strings, not %2.</source>
        <translation>%1 skal være et array af strenge, ikke %2.</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation>%1: %2 står der to gange.</translation>
    </message>
    <message>
        <source>%1: %2 is not a clause of %3.</source>
        <translation>%1: %2 er ikke et punkt i %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not an Annex A control of %3.</source>
        <translation>%1: %2 er ikke en Anneks A-kontrol i %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a clause of %3.</source>
        <translation>%1: &quot;%2&quot; er ikke et punkt i %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an Annex A control of %3.</source>
        <translation>%1: &quot;%2&quot; er ikke en Anneks A-kontrol i %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already in %3; each may appear only once.</source>
        <translation>%1: &quot;%2&quot; findes allerede i %3; hver må kun forekomme én gang.</translation>
    </message>
    <message>
        <source>%1.%2 does not match its %3 (the SHA-256 of the %3 is %4).</source>
        <translation>%1.%2 passer ikke til dens %3 (SHA-256 for %3 er %4).</translation>
    </message>
    <message>
        <source>%1.%2 is %3, but its %4 has %5 bytes.</source>
        <translation>%1.%2 er %3, men dens %4 har %5 byte.</translation>
    </message>
    <message>
        <source>%1: the package has no entry for %2; added with default values.</source>
        <translation>%1: pakken har ingen post for %2; tilføjet med standardværdier.</translation>
    </message>
    <message>
        <source>%1.recommendation: &quot;%2&quot; is not an outcome of a %3 audit; read as &quot;%4&quot;.</source>
        <translation>%1.recommendation: &quot;%2&quot; er ikke et resultat for en audit af typen %3; læst som &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>version %1 is not supported (this IsoAudit reads versions %2 to %3).</source>
        <translation>version %1 understøttes ikke (denne udgave af IsoAudit læser version %2 til %3).</translation>
    </message>
    <message>
        <source>%1.rows must be the population&apos;s rows (an array), not %2.</source>
        <translation>%1.rows skal være populationens rækker (et array), ikke %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a Trust Services Criterion.</source>
        <translation>%1: %2 er ikke et kriterium i Trust Services Criteria.</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>%1 must be an object with id (text), date (YYYY-MM-DD), inPeriod (true or false) and other (an array).</source>
        <translation>%1 skal være et objekt med id (tekst), date (ÅÅÅÅ-MM-DD), inPeriod (true eller false) og other (et array).</translation>
    </message>
    <message>
        <source>%1 needs an id and a valid date.</source>
        <translation>%1 skal have et id og en gyldig dato.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): rowCount is %3, but it has %4 rows.</source>
        <translation>%1 (population &quot;%2&quot;): rowCount er %3, men den har %4 rækker.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): outOfPeriod is %3, but %4 rows are outside the period.</source>
        <translation>%1 (population &quot;%2&quot;): outOfPeriod er %3, men %4 rækker ligger uden for perioden.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): its rows do not match its sha256 (the rows give %3).</source>
        <translation>%1 (population &quot;%2&quot;): rækkerne stemmer ikke med dens sha256 (rækkerne giver %3).</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): its rows do not match its rowsSha256 (a row&apos;s columns differ from those imported).</source>
        <translation>%1 (population &quot;%2&quot;): rækkerne svarer ikke til dens rowsSha256 (en rækkes kolonner afviger fra de importerede).</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>The desktop keychain did not keep the password: %1</source>
        <translation>Skrivebordets nøglering gemte ikke adgangskoden: %1</translation>
    </message>
    <message>
        <source>This build of IsoAudit has no keychain support: the password is asked for each time.</source>
        <translation>Denne udgave af IsoAudit understøtter ikke nøglering: der spørges efter adgangskoden hver gang.</translation>
    </message>
    <message>
        <source>The desktop keychain did not forget the password: %1</source>
        <translation>Skrivebordets nøglering glemte ikke adgangskoden: %1</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>The PDF cannot be signed: %1</source>
        <translation>PDF&apos;en kan ikke underskrives: %1</translation>
    </message>
    <message>
        <source>The signature does not fit the space reserved for it in the PDF.</source>
        <translation>Signaturen passer ikke ind i den plads, der er reserveret til den i PDF&apos;en.</translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation>den er krypteret.</translation>
    </message>
    <message>
        <source>it has %1 pages, so there is no page %2 for the signature.</source>
        <translation>den har %1 sider, så der er ingen side %2 til signaturen.</translation>
    </message>
</context>
<context>
    <name>PdfStructure</name>
    <message>
        <source>The file is not a PDF (no %PDF- header at its start).</source>
        <translation>Filen er ikke en PDF (intet %PDF--hoved i starten).</translation>
    </message>
    <message>
        <source>The PDF has no &quot;startxref&quot;: the file is cut short or is not a complete PDF.</source>
        <translation>PDF&apos;en har ingen &quot;startxref&quot;: filen er afkortet eller ikke en komplet PDF.</translation>
    </message>
    <message>
        <source>The PDF&apos;s &quot;startxref&quot; does not give a valid offset.</source>
        <translation>PDF&apos;ens &quot;startxref&quot; angiver ikke en gyldig position.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference sections form a loop (offset %1).</source>
        <translation>PDF&apos;ens krydsreferencesektioner danner en løkke (position %1).</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer has no valid /Size.</source>
        <translation>PDF&apos;ens trailer har ingen gyldig /Size.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer has no /Root (document catalog) that the cross-reference table lists.</source>
        <translation>PDF&apos;ens trailer har ingen /Root (dokumentkatalog), som krydsreferencetabellen angiver.</translation>
    </message>
    <message>
        <source>The PDF&apos;s /Root object %1 is not a document catalog.</source>
        <translation>PDF&apos;ens /Root-objekt %1 er ikke et dokumentkatalog.</translation>
    </message>
    <message>
        <source>The PDF points to a cross-reference section at byte %1, outside the file.</source>
        <translation>PDF&apos;en peger på en krydsreferencesektion ved byte %1, uden for filen.</translation>
    </message>
    <message>
        <source>The PDF uses a compressed cross-reference stream, which this signer does not read; export it again with IsoAudit or save it without object streams.</source>
        <translation>PDF&apos;en bruger en komprimeret krydsreferencestrøm, som denne underskriver ikke læser; eksportér den igen med IsoAudit, eller gem den uden objektstrømme.</translation>
    </message>
    <message>
        <source>The PDF has no cross-reference table at byte %1.</source>
        <translation>PDF&apos;en har ingen krydsreferencetabel ved byte %1.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table at byte %1 cannot be read.</source>
        <translation>PDF&apos;ens krydsreferencetabel ved byte %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table at byte %1 has a broken entry.</source>
        <translation>PDF&apos;ens krydsreferencetabel ved byte %1 har en beskadiget post.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer after the cross-reference table at byte %1 cannot be read.</source>
        <translation>PDF&apos;ens trailer efter krydsreferencetabellen ved byte %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>The PDF mixes cross-reference tables and streams, which this signer does not read.</source>
        <translation>PDF&apos;en blander krydsreferencetabeller og -strømme, hvilket denne underskriver ikke læser.</translation>
    </message>
    <message>
        <source>The PDF refers to object %1, which its cross-reference table does not list.</source>
        <translation>PDF&apos;en henviser til objekt %1, som dens krydsreferencetabel ikke angiver.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table gives a wrong offset for object %1.</source>
        <translation>PDF&apos;ens krydsreferencetabel angiver en forkert position for objekt %1.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF cannot be read.</source>
        <translation>PDF&apos;ens objekt %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF is not a dictionary.</source>
        <translation>PDF&apos;ens objekt %1 er ikke et dictionary.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF is not an array.</source>
        <translation>PDF&apos;ens objekt %1 er ikke et array.</translation>
    </message>
    <message>
        <source>The PDF has a value that should be a dictionary and is not.</source>
        <translation>PDF&apos;en har en værdi, der burde være et dictionary, men ikke er det.</translation>
    </message>
    <message>
        <source>The PDF has a value that should be an array and is not.</source>
        <translation>PDF&apos;en har en værdi, der burde være et array, men ikke er det.</translation>
    </message>
    <message>
        <source>The PDF&apos;s catalog has no page tree (/Pages).</source>
        <translation>PDF&apos;ens katalog har intet sidetræ (/Pages).</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF&apos;en har ingen sider.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page tree is nested too deeply.</source>
        <translation>PDF&apos;ens sidetræ er indlejret for dybt.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF&apos;s page tree is neither /Pages nor /Page.</source>
        <translation>Objekt %1 i PDF&apos;ens sidetræ er hverken /Pages eller /Page.</translation>
    </message>
    <message>
        <source>The PDF&apos;s form has a field that is not a reference to a field dictionary.</source>
        <translation>PDF&apos;ens formular har et felt, der ikke er en reference til et feltdictionary.</translation>
    </message>
</context>
<context>
    <name>PdfUpdateCheck</name>
    <message>
        <source>the revisions cannot be compared (%1)</source>
        <translation>revisionerne kan ikke sammenlignes (%1)</translation>
    </message>
    <message>
        <source>the document catalog was replaced</source>
        <translation>dokumentkataloget blev erstattet</translation>
    </message>
    <message>
        <source>pages were added or removed</source>
        <translation>der blev tilføjet eller fjernet sider</translation>
    </message>
    <message>
        <source>object %1 was deleted</source>
        <translation>objekt %1 blev slettet</translation>
    </message>
    <message>
        <source>object %1 was changed</source>
        <translation>objekt %1 blev ændret</translation>
    </message>
    <message>
        <source>object %1 (/%2) was changed</source>
        <translation>objekt %1 (/%2) blev ændret</translation>
    </message>
</context>
<context>
    <name>PdfVerification</name>
    <message>
        <source>The file&apos;s structure is damaged: %1</source>
        <translation>Filens struktur er beskadiget: %1</translation>
    </message>
    <message>
        <source>The PDF has no signatures.</source>
        <translation>PDF&apos;en har ingen signaturer.</translation>
    </message>
    <message>
        <source>Signature %1 is not valid: %2</source>
        <translation>Signatur %1 er ikke gyldig: %2</translation>
    </message>
    <message>
        <source>The certificate of signature %1 (%2) does not chain to a trusted certificate: %3.</source>
        <translation>Certifikatet for signatur %1 (%2) kan ikke kædes til et betroet certifikat: %3.</translation>
    </message>
    <message>
        <source>After signature %1 the document was changed beyond adding signatures: %2.</source>
        <translation>Efter signatur %1 blev dokumentet ændret ud over tilføjelse af signaturer: %2.</translation>
    </message>
    <message>
        <source>The document is not totally signed: %1 bytes were added after the last signature.</source>
        <translation>Dokumentet er ikke fuldt underskrevet: der blev tilføjet %1 byte efter den sidste signatur.</translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>The file is not a PDF (no %PDF- header at its start).</source>
        <translation>Filen er ikke en PDF (intet %PDF--hoved i starten).</translation>
    </message>
    <message>
        <source>the value of signature field %1 is not a signature dictionary.</source>
        <translation>værdien af signaturfelt %1 er ikke et signaturdictionary.</translation>
    </message>
    <message>
        <source>its /ByteRange is not four non-negative numbers.</source>
        <translation>dens /ByteRange er ikke fire ikke-negative tal.</translation>
    </message>
    <message>
        <source>its /ByteRange [%1 %2 %3 %4] does not start at the beginning of the file or reaches past its end (%5 bytes).</source>
        <translation>dens /ByteRange [%1 %2 %3 %4] starter ikke ved filens begyndelse eller rækker ud over dens slutning (%5 byte).</translation>
    </message>
    <message>
        <source>its /ByteRange leaves out more than its own /Contents signature value, so part of the file is not covered by the signature.</source>
        <translation>dens /ByteRange udelader mere end sin egen /Contents-signaturværdi, så en del af filen er ikke dækket af signaturen.</translation>
    </message>
    <message>
        <source>its /ByteRange does not end at the end of a revision of the file (%%EOF).</source>
        <translation>dens /ByteRange slutter ikke ved slutningen af en revision af filen (%%EOF).</translation>
    </message>
</context>
<context>
    <name>PopulationImport</name>
    <message>
        <source>column %1</source>
        <translation>kolonne %1</translation>
    </message>
    <message>
        <source>No column of the header (row %1) looks like the occurrences&apos; id; name it with --id-column (the columns: %2).</source>
        <translation>Ingen kolonne i overskriftsrækken (række %1) ligner udførelsernes id; angiv den med --id-column (kolonnerne: %2).</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the header (row %2); the columns: %3.</source>
        <translation>Der er ingen kolonne &quot;%1&quot; i overskriftsrækken (række %2); kolonnerne: %3.</translation>
    </message>
    <message>
        <source>No column of the header (row %1) looks like the occurrences&apos; date; name it with --date-column (the columns: %2).</source>
        <translation>Ingen kolonne i overskriftsrækken (række %1) ligner udførelsernes dato; angiv den med --date-column (kolonnerne: %2).</translation>
    </message>
    <message>
        <source>The id and the date cannot be the same column (&quot;%1&quot;).</source>
        <translation>Id og dato kan ikke være den samme kolonne (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Rows %1 and %2 have the same id &quot;%3&quot;; each occurrence is listed once.</source>
        <translation>Række %1 og %2 har samme id &quot;%3&quot;; hver udførelse må kun optræde én gang.</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, which the header (row %3) does not name.</source>
        <translation>Række %1 har en værdi i kolonne %2, som overskriftsrækken (række %3) ikke navngiver.</translation>
    </message>
    <message>
        <source>Row %1 has no id (column &quot;%2&quot;).</source>
        <translation>Række %1 har intet id (kolonne &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Row %1 has no date (column &quot;%2&quot;).</source>
        <translation>Række %1 har ingen dato (kolonne &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a date in the format %3.</source>
        <translation>Række %1: &quot;%2&quot; er ikke en dato i formatet %3.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not an ISO date (YYYY-MM-DD); a date such as 03/04 could be either day or month first, so give the file&apos;s format with --date-format (for example d/M/yyyy or M/d/yyyy).</source>
        <translation>Række %1: &quot;%2&quot; er ikke en ISO-dato (ÅÅÅÅ-MM-DD); en dato som 03/04 kan have enten dag eller måned først, så angiv filens format med --date-format (for eksempel d/M/yyyy eller M/d/yyyy).</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>række %1 (%2)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.</source>
        <translation>%1 er en gammel Excel 97-2003-projektmappe (.xls); gem den først som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>This audit is not a SOC 2 engagement; populations belong to a service organization&apos;s controls.</source>
        <translation>Denne audit er ikke en SOC 2-erklæringsopgave; populationer hører til en serviceleverandørs kontroller.</translation>
    </message>
    <message>
        <source>%1 has no header row naming its columns.</source>
        <translation>%1 har ingen overskriftsrække, der navngiver kolonnerne.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fall outside the engagement&apos;s period, first %1; nothing was imported (import with the rows flagged instead to keep them out of the sample).</source>
        <translation>
            <numerusform>%n række ligger uden for erklæringsopgavens periode, %1; intet blev importeret (importér i stedet med rækken markeret for at holde den uden for stikprøven).</numerusform>
            <numerusform>%n rækker ligger uden for erklæringsopgavens periode, først %1; intet blev importeret (importér i stedet med rækkerne markeret for at holde dem uden for stikprøven).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopulationTable</name>
    <message>
        <source>Could not write row %1 of the population: %2</source>
        <translation>Kunne ikke skrive række %1 i populationen: %2</translation>
    </message>
    <message>
        <source>Could not write the population&apos;s rows: %1</source>
        <translation>Kunne ikke skrive populationens rækker: %1</translation>
    </message>
    <message>
        <source>Only a population has frozen rows.</source>
        <translation>Kun en population har fastlåste rækker.</translation>
    </message>
    <message>
        <source>Could not read the population&apos;s rows: %1</source>
        <translation>Kunne ikke læse populationens rækker: %1</translation>
    </message>
    <message>
        <source>Could not count the population&apos;s rows: %1</source>
        <translation>Kunne ikke tælle populationens rækker: %1</translation>
    </message>
</context>
<context>
    <name>Populations</name>
    <message>
        <source>row %1 is missing</source>
        <translation>række %1 mangler</translation>
    </message>
    <message>
        <source>The population &quot;%1&quot; is damaged: %2.</source>
        <translation>Populationen &quot;%1&quot; er beskadiget: %2.</translation>
    </message>
    <message>
        <source>%1 rows are stored, %2 were imported</source>
        <translation>%1 rækker er gemt, %2 blev importeret</translation>
    </message>
    <message>
        <source>%1 rows outside the period are stored, %2 were imported</source>
        <translation>%1 rækker uden for perioden er gemt, %2 blev importeret</translation>
    </message>
    <message>
        <source>the SHA-256 of the rows in the period is %1, the population records %2</source>
        <translation>SHA-256 for rækkerne i perioden er %1, populationen har registreret %2</translation>
    </message>
    <message>
        <source>The population &quot;%1&quot; is not as imported: %2.</source>
        <translation>Populationen &quot;%1&quot; er ikke som importeret: %2.</translation>
    </message>
    <message>
        <source>Say how completeness and accuracy were checked, by whom or when.</source>
        <translation>Angiv, hvordan fuldstændighed og nøjagtighed blev kontrolleret, af hvem eller hvornår.</translation>
    </message>
    <message>
        <source>The control has no population; import one first.</source>
        <translation>Kontrollen har ingen population; importér først en.</translation>
    </message>
    <message>
        <source>The control has %1 populations; name one: %2.</source>
        <translation>Kontrollen har %1 populationer; angiv én: %2.</translation>
    </message>
    <message>
        <source>The control has no population &quot;%1&quot;.</source>
        <translation>Kontrollen har ingen population &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the SHA-256 of its rows is %1, the population records %2</source>
        <translation>SHA-256 for rækkerne er %1, populationen har registreret %2</translation>
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
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Auditteammedlem</translation>
    </message>
    <message>
        <source>Clause assessment</source>
        <translation>Vurdering af punkt</translation>
    </message>
    <message>
        <source>SoA entry</source>
        <translation>Post i anvendelseserklæringen</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Risikometode</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Auditbevis</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrigerende handling</translation>
    </message>
    <message>
        <source>Corrective-action status change</source>
        <translation>Statusskift for korrigerende handling</translation>
    </message>
    <message>
        <source>Cross-check dismissal</source>
        <translation>Afvist krydstjek</translation>
    </message>
    <message>
        <source>Report revision</source>
        <translation>Rapportrevision</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogram</translation>
    </message>
    <message>
        <source>Programme audit</source>
        <translation>Audit i programmet</translation>
    </message>
    <message>
        <source>Earlier nonconformity</source>
        <translation>Tidligere afvigelse</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>SOC 2-erklæringsopgave</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Test procedure</source>
        <translation>Testhandling</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stikprøve</translation>
    </message>
    <message>
        <source>Sample item</source>
        <translation>Stikprøveelement</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Underleverandør</translation>
    </message>
    <message>
        <source>Complementary user-entity control</source>
        <translation>Komplementerende kontrol hos brugervirksomhed</translation>
    </message>
    <message>
        <source>Exception record</source>
        <translation>Registrering af afvigelse</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>From %1&apos;s copy:</source>
        <translation>Fra %1s kopi:</translation>
    </message>
    <message>
        <source>%1 %2 was deleted on one side and changed on the other: keep it or delete it.</source>
        <translation>%1 %2 blev slettet på den ene side og ændret på den anden: behold den eller slet den.</translation>
    </message>
    <message>
        <source>The field %1 of %2 %3 was changed on both sides; choose which value to keep.</source>
        <translation>Feltet %1 i %2 %3 blev ændret på begge sider; vælg hvilken værdi der skal beholdes.</translation>
    </message>
    <message>
        <source>The field %1 is not text: keep one of the two values.</source>
        <translation>Feltet %1 er ikke tekst: behold en af de to værdier.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>Audit objectives</source>
        <translation>Auditmål</translation>
    </message>
    <message>
        <source>What this audit sets out to determine.</source>
        <translation>Hvad denne audit skal fastslå.</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>Auditkriterier</translation>
    </message>
    <message>
        <source>The requirements audited against: the standard, the client&apos;s own ISMS documentation, legal and contractual requirements.</source>
        <translation>De krav, der auditeres op imod: standarden, kundens egen ISMS-dokumentation samt lovmæssige og kontraktlige krav.</translation>
    </message>
    <message>
        <source>Client&apos;s address</source>
        <translation>Kundens adresse</translation>
    </message>
    <message>
        <source>The client&apos;s registered address.</source>
        <translation>Kundens registrerede adresse.</translation>
    </message>
    <message>
        <source>Management representative</source>
        <translation>Ledelsens repræsentant</translation>
    </message>
    <message>
        <source>Name and position of the client&apos;s management representative.</source>
        <translation>Navn og stilling på kundens ledelsesrepræsentant.</translation>
    </message>
    <message>
        <source>Combined, joint or integrated audit</source>
        <translation>Kombineret, fælles eller integreret audit</translation>
    </message>
    <message>
        <source>Whether the audit was combined with another management system&apos;s, joint with another certification body, or of an integrated management system.</source>
        <translation>Om auditten var kombineret med auditten af et andet ledelsessystem, var fælles med et andet certificeringsorgan eller var en audit af et integreret ledelsessystem.</translation>
    </message>
    <message>
        <source>Deviations from the audit plan</source>
        <translation>Afvigelser fra auditplanen</translation>
    </message>
    <message>
        <source>Every deviation from the audit plan and its reason, or &quot;None&quot;.</source>
        <translation>Hver afvigelse fra auditplanen og årsagen til den, eller &quot;Ingen&quot;.</translation>
    </message>
    <message>
        <source>Significant issues affecting the audit programme</source>
        <translation>Væsentlige forhold, der påvirker auditprogrammet</translation>
    </message>
    <message>
        <source>Issues that affect the audit programme (audit time, sites, scope, team), or &quot;None&quot;.</source>
        <translation>Forhold, der påvirker auditprogrammet (audittid, lokationer, omfang, team), eller &quot;Ingen&quot;.</translation>
    </message>
    <message>
        <source>Significant changes since the last audit</source>
        <translation>Væsentlige ændringer siden sidste audit</translation>
    </message>
    <message>
        <source>Significant changes affecting the client&apos;s management system since the last audit, or &quot;None&quot;.</source>
        <translation>Væsentlige ændringer, der har påvirket kundens ledelsessystem siden sidste audit, eller &quot;Ingen&quot;.</translation>
    </message>
    <message>
        <source>Corrective actions on earlier nonconformities</source>
        <translation>Korrigerende handlinger for tidligere afvigelser</translation>
    </message>
    <message>
        <source>How the effectiveness of the corrective actions on earlier nonconformities was verified, and with what result.</source>
        <translation>Hvordan effektiviteten af de korrigerende handlinger for tidligere afvigelser blev verificeret, og med hvilket resultat.</translation>
    </message>
    <message>
        <source>Use of certification documents and marks</source>
        <translation>Brug af certificeringsdokumenter og -mærker</translation>
    </message>
    <message>
        <source>Whether the client controls its use of the certification documents and marks.</source>
        <translation>Om kunden styrer sin brug af certificeringsdokumenterne og -mærkerne.</translation>
    </message>
    <message>
        <source>Statement of Applicability reviewed</source>
        <translation>Gennemgået anvendelseserklæring</translation>
    </message>
    <message>
        <source>The version (and date) of the client&apos;s SoA the audit reviewed.</source>
        <translation>Versionen (og datoen) af kundens anvendelseserklæring, som auditten gennemgik.</translation>
    </message>
    <message>
        <source>Conformity and effectiveness of the ISMS</source>
        <translation>ISMS&apos;ets overensstemmelse og effektivitet</translation>
    </message>
    <message>
        <source>The statement on the ISMS&apos;s conformity and effectiveness, with a summary of the evidence on its capability to meet its requirements and intended outcomes.</source>
        <translation>Konklusionen om ISMS&apos;ets overensstemmelse og effektivitet med en sammenfatning af beviserne for dets evne til at opfylde kravene og opnå de tilsigtede resultater.</translation>
    </message>
    <message>
        <source>Internal audit and management review</source>
        <translation>Intern audit og ledelsens evaluering</translation>
    </message>
    <message>
        <source>A summary of the evidence on the internal audit and management review process.</source>
        <translation>En sammenfatning af beviserne vedrørende processen for intern audit og ledelsens evaluering.</translation>
    </message>
    <message>
        <source>Unresolved issues</source>
        <translation>Uafklarede forhold</translation>
    </message>
    <message>
        <source>Diverging opinions between the audit team and the client left unresolved, if any.</source>
        <translation>Eventuelle uenigheder mellem auditteamet og kunden, som ikke er blevet afklaret.</translation>
    </message>
    <message>
        <source>Certification scope appropriate</source>
        <translation>Certificeringsomfangets egnethed</translation>
    </message>
    <message>
        <source>Whether the scope of certification is appropriate; if not, why and what should change.</source>
        <translation>Om certificeringsomfanget er passende; hvis ikke, hvorfor og hvad der bør ændres.</translation>
    </message>
    <message>
        <source>Basis for the Stage 2 plan</source>
        <translation>Grundlag for planlægning af trin 2</translation>
    </message>
    <message>
        <source>What Stage 2 will focus on and the details agreed with the client: dates, sites, audit time and team.</source>
        <translation>Hvad trin 2 skal fokusere på, og de detaljer, der er aftalt med kunden: datoer, lokationer, audittid og team.</translation>
    </message>
    <message>
        <source>Audit objectives met</source>
        <translation>Opfyldelse af auditmålene</translation>
    </message>
    <message>
        <source>Whether the audit objectives were met; if not, why.</source>
        <translation>Om auditmålene blev opfyldt; hvis ikke, hvorfor.</translation>
    </message>
</context>
<context>
    <name>ReportCycleSections</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
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
        <translation>auditomfanget</translation>
    </message>
    <message>
        <source>the audit plan</source>
        <translation>auditplanen</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>fortroligheden</translation>
    </message>
    <message>
        <source>the method of reporting</source>
        <translation>rapporteringsmetoden</translation>
    </message>
    <message>
        <source>the appeals process (explained)</source>
        <translation>ankeprocessen (forklaret)</translation>
    </message>
    <message>
        <source>the findings (presented)</source>
        <translation>fundene (fremlagt)</translation>
    </message>
    <message>
        <source>the client&apos;s acknowledgement of the findings</source>
        <translation>kundens kvittering for fundene</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogram</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certifikatnummer</translation>
    </message>
    <message>
        <source>Scope of certification</source>
        <translation>Certificeringens omfang</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Udstedt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>Audits of the programme</source>
        <translation>Auditprogrammets audits</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>senest %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>i perioden %1</translation>
    </message>
    <message>
        <source>Audit time (ISO/IEC 27006)</source>
        <translation>Audittid (ISO/IEC 27006)</translation>
    </message>
    <message>
        <source>The audit time stored with the audit cannot be read: %1</source>
        <translation>Den audittid, der er gemt med auditten, kan ikke læses: %1</translation>
    </message>
    <message>
        <source>Opening and closing meetings</source>
        <translation>Åbnings- og afslutningsmøder</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uenighed</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ingen registreret</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>(not yet raised)</source>
        <translation>(endnu ikke rejst)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n lukket</numerusform>
            <numerusform>%n lukket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not effective and raised again as %1</source>
        <translation>
            <numerusform>%n ikke effektiv og rejst igen som %1</numerusform>
            <numerusform>%n ikke effektive og rejst igen som %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n stadig åben</numerusform>
            <numerusform>%n stadig åbne</numerusform>
        </translation>
    </message>
    <message>
        <source>One earlier nonconformity was verified: %1.</source>
        <translation>Én tidligere afvigelse blev verificeret: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformities were verified: %1.</source>
        <translation>
            <numerusform>%n tidligere afvigelse blev verificeret: %1.</numerusform>
            <numerusform>%n tidligere afvigelser blev verificeret: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification of earlier nonconformities</source>
        <translation>Verifikation af tidligere afvigelser</translation>
    </message>
    <message>
        <source>The audit team verified the correction and corrective action of each nonconformity that earlier audits raised and had not closed. %1</source>
        <translation>Auditteamet har verificeret korrektionen og den korrigerende handling for hver afvigelse, som tidligere audits har rejst og ikke lukket. %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Rejst ved</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Verdict of this audit</source>
        <translation>Denne audits vurdering</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Bemærkning til verifikationen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificeret</translation>
    </message>
    <message>
        <source>Raised again as</source>
        <translation>Rejst igen som</translation>
    </message>
    <message>
        <source>Not yet raised again</source>
        <translation>Endnu ikke rejst igen</translation>
    </message>
    <message>
        <source>Finding %1 of this audit</source>
        <translation>Fund %1 i denne audit</translation>
    </message>
    <message>
        <source>To be verified at the next audit</source>
        <translation>Verificeres ved den næste audit</translation>
    </message>
    <message>
        <source>These nonconformities passed through a special audit that verified only major nonconformities; the next audit verifies them.</source>
        <translation>Disse afvigelser er ført videre gennem en særlig audit, der kun verificerede større afvigelser; de verificeres ved den næste audit.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kategori</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformity/nonconformities has/have no verdict of this audit yet.</source>
        <translation>
            <numerusform>%n tidligere afvigelse har endnu ingen vurdering fra denne audit.</numerusform>
            <numerusform>%n tidligere afvigelser har endnu ingen vurdering fra denne audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformity/nonconformities passed through a special audit is/are to be verified at the next audit.</source>
        <translation>
            <numerusform>%n tidligere afvigelse er ført videre gennem en særlig audit og skal verificeres ved den næste audit.</numerusform>
            <numerusform>%n tidligere afvigelser er ført videre gennem en særlig audit og skal verificeres ved den næste audit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Cannot read the audit for the report: %1</source>
        <translation>Kan ikke læse auditten til rapporten: %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Not recorded in the audit file.</source>
        <translation>Ikke registreret i auditfilen.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(intet nummer)</translation>
    </message>
    <message>
        <source>%1 audit report %2 — %3</source>
        <translation>Auditrapport %2 (%1) — %3</translation>
    </message>
    <message>
        <source>%1 · %2 audit report</source>
        <translation>%1 · auditrapport, %2</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>FORTROLIGT</translation>
    </message>
    <message>
        <source>Report %1 · Rev %2 · Page %3 of %4</source>
        <translation>Rapport %1 · Rev. %2 · Side %3 af %4</translation>
    </message>
    <message>
        <source>AUDIT REPORT</source>
        <translation>AUDITRAPPORT</translation>
    </message>
    <message>
        <source>%1 — %2 audit</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Draft: fieldwork in progress</source>
        <translation>Udkast: feltarbejde i gang</translation>
    </message>
    <message>
        <source>Final, for signature</source>
        <translation>Endelig, til underskrift</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation>Endelig, underskrevet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Audittype</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Auditdatoer</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokationer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This report contains confidential information about the information security management system of %1. It is issued to the recipients in the distribution list and must not be passed to others without the written consent of %1 and the certification body.</source>
        <translation>Denne rapport indeholder fortrolige oplysninger om ledelsessystemet for informationssikkerhed hos %1. Den udleveres til modtagerne på distributionslisten og må ikke videregives til andre uden skriftligt samtykke fra %1 og certificeringsorganet.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Audit objectives, scope and criteria</source>
        <translation>Auditmål, omfang og kriterier</translation>
    </message>
    <message>
        <source>Audit dates and sites</source>
        <translation>Auditdatoer og lokationer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>No site recorded</source>
        <translation>Ingen lokation registreret</translation>
    </message>
    <message>
        <source>On-site audit: %1.</source>
        <translation>Audit på stedet: %1.</translation>
    </message>
    <message>
        <source>Audit team and persons interviewed</source>
        <translation>Auditteam og interviewede personer</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Persons interviewed</source>
        <translation>Interviewede personer</translation>
    </message>
    <message>
        <source>No interviews recorded.</source>
        <translation>Ingen interview registreret.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Interviewed by</source>
        <translation>Interviewet af</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message numerus="yes">
        <source>The audit team conducted a %1 audit of %2 against %3 (%4) at %n site(s).</source>
        <translation>
            <numerusform>Auditteamet gennemførte en %1 hos %2 med %3 som auditkriterium (%4) på %n lokation.</numerusform>
            <numerusform>Auditteamet gennemførte en %1 hos %2 med %3 som auditkriterium (%4) på %n lokationer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification recommendation</source>
        <translation>Indstilling til certificering</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Distributionsliste</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Topledelsen</translation>
    </message>
    <message>
        <source>Audited organisation</source>
        <translation>Auditeret organisation</translation>
    </message>
    <message>
        <source>Technical reviewer</source>
        <translation>Teknisk reviewer</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Certificeringsorgan</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>Certificeringsbeslutning</translation>
    </message>
    <message>
        <source>Audit team (%1)</source>
        <translation>Auditteam (%1)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>By signing, the lead auditor confirms that this report states the findings of the audit; the client&apos;s representative confirms that the findings were presented at the closing meeting and that the report was received.</source>
        <translation>Med sin underskrift bekræfter den ledende auditor, at denne rapport angiver auditfundene; kundens repræsentant bekræfter, at fundene blev fremlagt på afslutningsmødet, og at rapporten er modtaget.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Client&apos;s representative</source>
        <translation>Kundens repræsentant</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Akkreditering</translation>
    </message>
    <message>
        <source>Readiness for Stage 2</source>
        <translation>Parathed til trin 2</translation>
    </message>
    <message>
        <source>Continuation of certification</source>
        <translation>Opretholdelse af certificeringen</translation>
    </message>
    <message>
        <source>Renewal of certification</source>
        <translation>Fornyelse af certificeringen</translation>
    </message>
    <message>
        <source>Conclusion on the nonconformities followed up</source>
        <translation>Konklusion på de afvigelser, der er fulgt op på</translation>
    </message>
    <message>
        <source>Executive summary and readiness for Stage 2</source>
        <translation>Sammenfatning og parathed til trin 2</translation>
    </message>
    <message>
        <source>Executive summary and conclusion</source>
        <translation>Sammenfatning og konklusion</translation>
    </message>
    <message>
        <source>The audit is based on samples of the available information: a nonconformity may exist that the sample did not show.</source>
        <translation>Auditten er baseret på stikprøver af de tilgængelige oplysninger: der kan findes afvigelser, som stikprøven ikke har vist.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrigerende handling</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Betingelse</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Closed: verified effective</source>
        <translation>Lukket: verificeret effektiv</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Ikke lukket</translation>
    </message>
    <message>
        <source>Correction and corrective action verified effective by the certification body</source>
        <translation>Korrektion og korrigerende handling verificeret som effektive af certificeringsorganet</translation>
    </message>
    <message>
        <source>Corrective-action plan accepted by the certification body</source>
        <translation>Plan for korrigerende handlinger accepteret af certificeringsorganet</translation>
    </message>
    <message>
        <source>The nonconformities this audit followed up:</source>
        <translation>De afvigelser, som denne audit fulgte op på:</translation>
    </message>
    <message>
        <source>The outcome holds once the certification body has what it awaits:</source>
        <translation>Resultatet gælder, når certificeringsorganet har modtaget det, det afventer:</translation>
    </message>
    <message>
        <source>A Stage 1 audit does not conclude on certification: the Stage 2 audit evaluates the implementation and effectiveness of the ISMS.</source>
        <translation>En trin 1-audit konkluderer ikke på certificering: trin 2-auditten evaluerer implementeringen og effektiviteten af ISMS&apos;et.</translation>
    </message>
    <message>
        <source>The audit team recommends; the decision is taken by the certification body after an independent review of this report.</source>
        <translation>Auditteamet anbefaler; beslutningen træffes af certificeringsorganet efter en uafhængig gennemgang af denne rapport.</translation>
    </message>
    <message>
        <source>Audit conclusions</source>
        <translation>Auditkonklusioner</translation>
    </message>
    <message>
        <source>The audit team concludes that the scope of certification is appropriate.</source>
        <translation>Auditteamet konkluderer, at certificeringsomfanget er passende.</translation>
    </message>
    <message>
        <source>The audit team concludes that the scope of certification is not appropriate:</source>
        <translation>Auditteamet konkluderer, at certificeringsomfanget ikke er passende:</translation>
    </message>
    <message>
        <source>The audit objectives were met.</source>
        <translation>Auditmålene blev opfyldt.</translation>
    </message>
    <message>
        <source>The audit objectives were not met:</source>
        <translation>Auditmålene blev ikke opfyldt:</translation>
    </message>
    <message numerus="yes">
        <source>%n was/were not audited</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n blev ikke auditeret</numerusform>
            <numerusform>%n blev ikke auditeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n has/have no verdict yet</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n har endnu ingen vurdering</numerusform>
            <numerusform>%n har endnu ingen vurdering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered all %n clause requirement(s): %1.</source>
        <translation>
            <numerusform>Denne audits plan omfattede det ene krav i punkt 4 til 10: %1.</numerusform>
            <numerusform>Denne audits plan omfattede alle %n krav i punkt 4 til 10: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered %1 of the %n clause requirement(s): %2.</source>
        <translation>
            <numerusform>Denne audits plan omfattede %1 af det ene krav i punkt 4 til 10: %2.</numerusform>
            <numerusform>Denne audits plan omfattede %1 af de %n krav i punkt 4 til 10: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered none of the %n clause requirement(s).</source>
        <translation>
            <numerusform>Denne audits plan omfattede ikke det ene krav i punkt 4 til 10.</numerusform>
            <numerusform>Denne audits plan omfattede ingen af de %n krav i punkt 4 til 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n was/were not in this audit&apos;s plan.</source>
        <translation>
            <numerusform>Det sidste krav var ikke med i denne audits plan.</numerusform>
            <numerusform>De øvrige %n var ikke med i denne audits plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicable</source>
        <comment>controls of the Statement of Applicability</comment>
        <translation>
            <numerusform>%n relevant</numerusform>
            <numerusform>%n relevante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <comment>controls of the Statement of Applicability</comment>
        <translation>
            <numerusform>%n fravalgt</numerusform>
            <numerusform>%n fravalgte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Statement of Applicability lists %n control(s).</source>
        <translation>
            <numerusform>Anvendelseserklæringen omfatter %n kontrol.</numerusform>
            <numerusform>Anvendelseserklæringen omfatter %n kontroller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Statement of Applicability lists %n control(s): %1.</source>
        <translation>
            <numerusform>Anvendelseserklæringen omfatter %n kontrol: %1.</numerusform>
            <numerusform>Anvendelseserklæringen omfatter %n kontroller: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major nonconformity(-ies)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n større afvigelse</numerusform>
            <numerusform>%n større afvigelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major nonconformity(-ies)</source>
        <translation>
            <numerusform>%n større afvigelse</numerusform>
            <numerusform>%n større afvigelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(-ies)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n mindre afvigelse</numerusform>
            <numerusform>%n mindre afvigelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(-ies)</source>
        <translation>
            <numerusform>%n mindre afvigelse</numerusform>
            <numerusform>%n mindre afvigelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies) for improvement</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n forbedringsmulighed</numerusform>
            <numerusform>%n forbedringsmuligheder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies) for improvement</source>
        <translation>
            <numerusform>%n forbedringsmulighed</numerusform>
            <numerusform>%n forbedringsmuligheder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of concern that could be classified as nonconformities at Stage 2</source>
        <translation>
            <numerusform>%n problemområde, der kan blive klassificeret som afvigelse ved trin 2</numerusform>
            <numerusform>%n problemområder, der kan blive klassificeret som afvigelser ved trin 2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(-ies)</source>
        <translation>
            <numerusform>%n afvigelse</numerusform>
            <numerusform>%n afvigelser</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit identified no areas of concern and raised no findings.</source>
        <translation>Auditten identificerede ingen problemområder og gav ingen fund.</translation>
    </message>
    <message>
        <source>The audit identified %1; the findings section describes each of them.</source>
        <translation>Auditten identificerede %1; afsnittet om fund beskriver hvert enkelt.</translation>
    </message>
    <message>
        <source>The audit raised no nonconformities, observations or opportunities for improvement.</source>
        <translation>Auditten gav ingen afvigelser, observationer eller forbedringsmuligheder.</translation>
    </message>
    <message>
        <source>The audit raised %1; the findings section describes each of them.</source>
        <translation>Auditten gav %1; afsnittet om fund beskriver hvert enkelt.</translation>
    </message>
    <message numerus="yes">
        <source>%n conforms/conform</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n er opfyldt</numerusform>
            <numerusform>%n er opfyldt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shows/show a nonconformity</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n viser en afvigelse</numerusform>
            <numerusform>%n viser en afvigelse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The report&apos;s date format (a QDate::toString pattern): day, month name, year, e.g. &quot;20 November 2026&quot;.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <extracomment>The report&apos;s short date format for table cells (a QDate::toString pattern), e.g. &quot;20/11/2026&quot;.</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>ReportLayoutJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Auditrapport</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Opstiller rapporten…</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The report cannot be written in &quot;%1&quot;: the available languages are %2.</source>
        <translation>Rapporten kan ikke skrives på &quot;%1&quot;: de tilgængelige sprog er %2.</translation>
    </message>
    <message>
        <source>The report is laid out for A4 or US Letter paper only.</source>
        <translation>Rapporten opstilles kun til A4- eller US Letter-papir.</translation>
    </message>
    <message>
        <source>Cannot start painting the report on the printer or PDF file.</source>
        <translation>Kan ikke begynde at tegne rapporten på printeren eller i PDF-filen.</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Rapporten er annulleret.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Printeren afviste en ny side.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or PDF file.</source>
        <translation>Rapporten kunne ikke færdiggøres på printeren eller i PDF-filen.</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Findings summary</source>
        <translation>Oversigt over fund</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>Efter kategori</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Åbne handlinger</translation>
    </message>
    <message>
        <source>Actions verified</source>
        <translation>Verificerede handlinger</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>By clause and control</source>
        <translation>Efter punkt og kontrol</translation>
    </message>
    <message>
        <source>No finding refers to a clause or control.</source>
        <translation>Intet fund henviser til et punkt eller en kontrol.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Results for clauses 4 to 10</source>
        <translation>Resultater for punkt 4 til 10</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Statement of Applicability summary</source>
        <translation>Oversigt over anvendelseserklæringen</translation>
    </message>
    <message>
        <source>Applicability per theme</source>
        <translation>Relevans pr. tema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Implementation per theme, as stated by the client</source>
        <translation>Implementering pr. tema, som angivet af kunden</translation>
    </message>
    <message>
        <source>Auditor verdicts per theme</source>
        <translation>Auditorens vurderinger pr. tema</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Udtaget</translation>
    </message>
    <message>
        <source>Exclusions and their justification</source>
        <translation>Fravalg og begrundelse herfor</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation>Begrundelse for fravalg</translation>
    </message>
    <message>
        <source>No justification given</source>
        <translation>Ingen begrundelse angivet</translation>
    </message>
    <message>
        <source>The Statement of Applicability excludes no control.</source>
        <translation>Anvendelseserklæringen fravælger ingen kontroller.</translation>
    </message>
    <message>
        <source>Verdicts on the controls sampled</source>
        <translation>Vurderinger af de udtagne kontroller</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementering</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>No control has a verdict yet.</source>
        <translation>Ingen kontrol er vurderet endnu.</translation>
    </message>
    <message>
        <source>Risk assessment and treatment</source>
        <translation>Risikovurdering og risikohåndtering</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Likelihood levels</source>
        <translation>Sandsynlighedsniveauer</translation>
    </message>
    <message>
        <source>Impact levels</source>
        <translation>Konsekvensniveauer</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>Scoreintervaller</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Acceptgrænse</translation>
    </message>
    <message>
        <source>Scores up to %1 are acceptable</source>
        <translation>Score op til %1 er acceptabel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Inherent risk (before treatment)</source>
        <translation>Iboende risiko (før håndtering)</translation>
    </message>
    <message>
        <source>Residual risk (after treatment)</source>
        <translation>Restrisiko (efter håndtering)</translation>
    </message>
    <message>
        <source>Risks above the acceptance threshold</source>
        <translation>Risici over acceptgrænsen</translation>
    </message>
    <message>
        <source>The client&apos;s method states no acceptance threshold.</source>
        <translation>Kundens metode angiver ingen acceptgrænse.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Asset and threat</source>
        <translation>Aktiv og trussel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Håndtering</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Residual accepted by</source>
        <translation>Restrisiko accepteret af</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Ikke accepteret</translation>
    </message>
    <message>
        <source>No risk scores above the acceptance threshold.</source>
        <translation>Ingen risiko har en score over acceptgrænsen.</translation>
    </message>
    <message>
        <source>Findings in detail</source>
        <translation>Fund i detaljer</translation>
    </message>
    <message>
        <source>The audit raised no findings.</source>
        <translation>Auditten gav ingen fund.</translation>
    </message>
    <message>
        <source>Evidence records: %1</source>
        <translation>Bevisposter: %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Konstatering</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektivt bevis</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Rejst</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrigerende handling</translation>
    </message>
    <message>
        <source>None submitted yet</source>
        <translation>Endnu ikke indsendt</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Ikke påkrævet</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Handlingsstatus</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektion</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundårsag</translation>
    </message>
    <message>
        <source>Owner and due date</source>
        <translation>Ejer og frist</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Evidence and sampling log</source>
        <translation>Log over auditbevis og stikprøver</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Intet auditbevis registreret.</translation>
    </message>
    <message>
        <source>Objective evidence examined, with the sample taken, so that each selection can be repeated.</source>
        <translation>Undersøgt objektivt bevis med den udtagne stikprøve, så hver udvælgelse kan gentages.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Auditbevis</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stikprøve</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Indsamlet</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Documentation review and readiness: clauses 4 to 10</source>
        <translation>Dokumentgennemgang og parathed: punkt 4 til 10</translation>
    </message>
    <message>
        <source>At Stage 1 the audit team reviews the ISMS&apos;s documented information and evaluates whether the client is ready for Stage 2; a result states that review, not the implementation and effectiveness that Stage 2 evaluates.</source>
        <translation>Ved trin 1 gennemgår auditteamet ISMS&apos;ets dokumenterede information og evaluerer, om kunden er klar til trin 2; et resultat angiver denne gennemgang, ikke den implementering og effektivitet, som trin 2 evaluerer.</translation>
    </message>
    <message>
        <source>This audit&apos;s plan covers every clause requirement. The findings column names the findings raised against the requirement; the findings section states them in full.</source>
        <translation>Denne audits plan omfatter alle krav i punkterne. Kolonnen med fund angiver de fund, der er rejst mod kravet; afsnittet om fund beskriver dem fuldt ud.</translation>
    </message>
    <message>
        <source>This audit&apos;s plan covers %1 of the %2 clause requirements; the others are marked as not in this audit&apos;s plan. The findings column names the findings raised against the requirement; the findings section states them in full.</source>
        <translation>Denne audits plan omfatter %1 af de %2 krav i punkterne; de øvrige er markeret som ikke med i denne audits plan. Kolonnen med fund angiver de fund, der er rejst mod kravet; afsnittet om fund beskriver dem fuldt ud.</translation>
    </message>
    <message>
        <source>Not in this audit&apos;s plan</source>
        <translation>Ikke med i denne audits plan</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: likelihood × impact.</source>
        <translation>Kundens egen risikometode, som registreret af auditteamet. Scoren følger kundens metode: sandsynlighed × konsekvens.</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: likelihood + impact.</source>
        <translation>Kundens egen risikometode, som registreret af auditteamet. Scoren følger kundens metode: sandsynlighed + konsekvens.</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: each pair of likelihood and impact levels has the score the client&apos;s matrix gives it (below).</source>
        <translation>Kundens egen risikometode, som registreret af auditteamet. Scoren følger kundens metode: hvert par af et sandsynlighedsniveau og et konsekvensniveau har den score, som kundens matrix giver det (se nedenfor).</translation>
    </message>
    <message>
        <source>The client&apos;s score matrix</source>
        <translation>Kundens scorematrix</translation>
    </message>
    <message>
        <source>The recorded matrix cannot be read: %1</source>
        <translation>Den registrerede matrix kan ikke læses: %1</translation>
    </message>
    <message>
        <source>Likelihood / impact</source>
        <translation>Sandsynlighed / konsekvens</translation>
    </message>
</context>
<context>
    <name>ReportSigning</name>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Kun en audit i rapportering kan underskrives; denne er i %1.</translation>
    </message>
    <message>
        <source>The signed report does not verify, so it was not written: %1</source>
        <translation>Den underskrevne rapport kan ikke verificeres, så den blev ikke skrevet: %1</translation>
    </message>
    <message>
        <source>The report&apos;s existing signatures do not verify, so it cannot be countersigned: %1</source>
        <translation>Rapportens eksisterende signaturer kan ikke verificeres, så den kan ikke medunderskrives: %1</translation>
    </message>
    <message>
        <source>This is report revision %1, which was reopened (%2); only the current signed revision can be countersigned.</source>
        <translation>Dette er rapportrevision %1, som blev genåbnet (%2); kun den aktuelle underskrevne revision kan medunderskrives.</translation>
    </message>
    <message>
        <source>The countersigned report does not verify, so it was not written.</source>
        <translation>Den medunderskrevne rapport kan ikke verificeres, så den blev ikke skrevet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the audit already records this signature: reopen it and sign again.</source>
        <translation>Kan ikke skrive %1: %2; auditten har allerede registreret denne signatur: genåbn den, og underskriv igen.</translation>
    </message>
    <message numerus="yes">
        <source>The report already has %n signature(s) and there is no room for another stamp; sign without a visible stamp.</source>
        <translation>
            <numerusform>Rapporten har allerede %n signatur, og der er ikke plads til endnu et stempel; underskriv uden synligt stempel.</numerusform>
            <numerusform>Rapporten har allerede %n signaturer, og der er ikke plads til endnu et stempel; underskriv uden synligt stempel.</numerusform>
        </translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>revision %1: %2</translation>
    </message>
    <message>
        <source>The audit has no signed report on record, so there is no hash to compare the PDF with.</source>
        <translation>Auditten har ingen registreret underskrevet rapport, så der er ingen hash at sammenligne PDF&apos;en med.</translation>
    </message>
    <message>
        <source>The PDF is not the report recorded in the audit: the audit records %1; the PDF&apos;s signed revisions have %2.</source>
        <translation>PDF&apos;en er ikke den rapport, der er registreret i auditten: auditten har registreret %1; PDF&apos;ens underskrevne revisioner har %2.</translation>
    </message>
    <message>
        <source>no hash</source>
        <translation>ingen hash</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Annex A %1</source>
        <extracomment>The Annex A controls a record refers to, e.g. &quot;Annex A 5.1, 5.4&quot; (the catalogue&apos;s word for Annex A).</extracomment>
        <translation>Anneks A %1</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql to use the repository.</source>
        <translation>Qt-driveren til PostgreSQL (QPSQL) er ikke installeret; installer libqt6sql6-psql for at bruge det centrale arkiv.</translation>
    </message>
    <message>
        <source>Could not connect to the repository %1: %2. Nothing was changed; the audit file works offline as before.</source>
        <translation>Kunne ikke oprette forbindelse til arkivet %1: %2. Intet blev ændret; auditfilen fungerer offline som hidtil.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Opretter forbindelse til %1…</translation>
    </message>
    <message>
        <source>The repository %1 did not answer: %2</source>
        <translation>Arkivet %1 svarede ikke: %2</translation>
    </message>
    <message>
        <source>%1 holds no IsoAudit repository (or the role %2 may not use it): run isoaudit-cli repo init as the database&apos;s owner, and ask the administrator to grant the role isoaudit_auditor or isoaudit_reviewer.</source>
        <translation>%1 indeholder intet IsoAudit-arkiv (eller rollen %2 må ikke bruge det): kør isoaudit-cli repo init som databasens ejer, og bed administratoren om at tildele rollen isoaudit_auditor eller isoaudit_reviewer.</translation>
    </message>
    <message>
        <source>The repository %1 is at schema version %2, newer than this IsoAudit knows (%3): update IsoAudit.</source>
        <translation>Arkivet %1 har skemaversion %2, som er nyere end den, denne IsoAudit kender (%3): opdater IsoAudit.</translation>
    </message>
    <message>
        <source>The repository %1 is at schema version %2; this IsoAudit needs %3: ask the administrator to run isoaudit-cli repo init.</source>
        <translation>Arkivet %1 har skemaversion %2; denne IsoAudit kræver %3: bed administratoren om at køre isoaudit-cli repo init.</translation>
    </message>
    <message>
        <source>Creating the repository&apos;s roles and schema</source>
        <translation>Oprettelse af arkivets roller og skema</translation>
    </message>
    <message>
        <source>Could not read the repository&apos;s schema version: %1</source>
        <translation>Kunne ikke læse arkivets skemaversion: %1</translation>
    </message>
    <message>
        <source>The repository is at schema version %1, newer than this IsoAudit knows (%2): update IsoAudit.</source>
        <translation>Arkivet har skemaversion %1, som er nyere end den, denne IsoAudit kender (%2): opdater IsoAudit.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Kunne ikke starte en transaktion: %1</translation>
    </message>
    <message>
        <source>Migrating the repository to version %1</source>
        <translation>Migrering af arkivet til version %1</translation>
    </message>
    <message>
        <source>Migrating the repository to version %1 failed: %2</source>
        <translation>Migreringen af arkivet til version %1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>Listing the audits failed: %1</source>
        <translation>Indlæsning af listen over audits mislykkedes: %1</translation>
    </message>
    <message>
        <source>Listing the audits</source>
        <translation>Indlæsning af listen over audits</translation>
    </message>
    <message>
        <source>Reading the audit&apos;s state on the server</source>
        <translation>Læsning af auditens tilstand på serveren</translation>
    </message>
    <message>
        <source>The repository %1 has no such audit (or this role may not see it).</source>
        <translation>Arkivet %1 har ikke denne audit (eller denne rolle må ikke se den).</translation>
    </message>
    <message>
        <source>Not in the repository yet: push to store it.</source>
        <translation>Endnu ikke i arkivet: send den for at gemme den der.</translation>
    </message>
    <message>
        <source>In sync with the repository.</source>
        <translation>Synkroniseret med arkivet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet pushed.</source>
        <translation>
            <numerusform>%n ændring er endnu ikke sendt.</numerusform>
            <numerusform>%n ændringer er endnu ikke sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the server&apos;s trail</source>
        <translation>Læsning af serverens spor</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n newer change(s): pull.</source>
        <translation>
            <numerusform>Arkivet har %n nyere ændring: hent den.</numerusform>
            <numerusform>Arkivet har %n nyere ændringer: hent dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both the file and the repository changed since they last agreed: push to merge.</source>
        <translation>Både filen og arkivet er ændret, siden de sidst stemte overens: send for at flette.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Could not start a transaction on %1: %2</source>
        <translation>Kunne ikke starte en transaktion på %1: %2</translation>
    </message>
    <message>
        <source>Starting the pull</source>
        <translation>Start af hentningen</translation>
    </message>
    <message>
        <source>The repository %1 has no audit %2 (or the role %3 may not see it).</source>
        <translation>Arkivet %1 har ingen audit %2 (eller rollen %3 må ikke se den).</translation>
    </message>
    <message>
        <source>Reading this role&apos;s privileges failed: %1</source>
        <translation>Læsning af rollens rettigheder mislykkedes: %1</translation>
    </message>
    <message>
        <source>Marking the audit as checked out</source>
        <translation>Markering af auditten som tjekket ud</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>The pull could not be completed on %1 (%2); no file was written.</source>
        <translation>Hentningen kunne ikke gennemføres på %1 (%2); der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>Checking the attachments the server holds</source>
        <translation>Kontrol af de bilag, serveren allerede har</translation>
    </message>
    <message>
        <source>Sending attachments…</source>
        <translation>Sender bilag…</translation>
    </message>
    <message>
        <source>Sending an attachment</source>
        <translation>Afsendelse af et bilag</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>Preparing the push</source>
        <translation>Forberedelse af afsendelsen</translation>
    </message>
    <message>
        <source>Sending records…</source>
        <translation>Sender poster…</translation>
    </message>
    <message>
        <source>Removing the records the audit no longer holds</source>
        <translation>Fjernelse af de poster, auditten ikke længere indeholder</translation>
    </message>
    <message>
        <source>Storing the records</source>
        <translation>Lagring af posterne</translation>
    </message>
    <message>
        <source>Sending the audit trail…</source>
        <translation>Sender revisionssporet…</translation>
    </message>
    <message>
        <source>The repository holds the merged audit, but %1 could not be replaced by it (%2); the merged file is %3.</source>
        <translation>Arkivet indeholder den flettede audit, men %1 kunne ikke erstattes af den (%2); den flettede fil er %3.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <source>%1 was not pushed: its audit trail does not verify (%2).</source>
        <translation>%1 blev ikke sendt: dens revisionsspor kan ikke verificeres (%2).</translation>
    </message>
    <message>
        <source>Reading the audit on the server</source>
        <translation>Læsning af auditten på serveren</translation>
    </message>
    <message>
        <source>Reading this role&apos;s teams failed: %1</source>
        <translation>Læsning af rollens teams mislykkedes: %1</translation>
    </message>
    <message>
        <source>Name the team the audit belongs to (--team); the role %1 is in: %2.</source>
        <translation>Angiv det team, auditten hører til (--team); rollen %1 er med i: %2.</translation>
    </message>
    <message>
        <source>The repository %1 already holds this audit (%2) in a team the role %3 is not in; nothing was pushed.</source>
        <translation>Arkivet %1 indeholder allerede denne audit (%2) i et team, som rollen %3 ikke er med i; intet blev sendt.</translation>
    </message>
    <message>
        <source>The role %1 may not add audits to the team &quot;%2&quot; (it is not a member, or there is no such team); nothing was pushed.</source>
        <translation>Rollen %1 må ikke tilføje audits til teamet &quot;%2&quot; (den er ikke medlem, eller teamet findes ikke); intet blev sendt.</translation>
    </message>
    <message>
        <source>Adding the audit failed: %1</source>
        <translation>Tilføjelsen af auditten mislykkedes: %1</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n newer change(s) than %1: pull instead; nothing was pushed.</source>
        <translation>
            <numerusform>Arkivet har %n nyere ændring end %1: hent i stedet; intet blev sendt.</numerusform>
            <numerusform>Arkivet har %n nyere ændringer end %1: hent i stedet; intet blev sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging with the repository&apos;s version…</source>
        <translation>Fletter med arkivets version…</translation>
    </message>
    <message>
        <source>Could not make a temporary folder beside %1 for the merge: %2</source>
        <translation>Kunne ikke oprette en midlertidig mappe ved siden af %1 til fletningen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Both %1 and the repository changed the same fields (%n conflict(s)); nothing was pushed. Choose for each, or push again with --prefer mine or --prefer theirs.</source>
        <translation>
            <numerusform>Både %1 og arkivet har ændret de samme felter (%n konflikt); intet blev sendt. Vælg for hver konflikt, eller send igen med --prefer mine eller --prefer theirs.</numerusform>
            <numerusform>Både %1 og arkivet har ændret de samme felter (%n konflikter); intet blev sendt. Vælg for hver konflikt, eller send igen med --prefer mine eller --prefer theirs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the merged audit beside %1.</source>
        <translation>Kunne ikke skrive den flettede audit ved siden af %1.</translation>
    </message>
    <message>
        <source>Clearing the checked-out mark</source>
        <translation>Fjernelse af markeringen som tjekket ud</translation>
    </message>
    <message>
        <source>The push could not be committed on %1 (%2); nothing was changed.</source>
        <translation>Afsendelsen kunne ikke gennemføres på %1 (%2); intet blev ændret.</translation>
    </message>
    <message>
        <source>Updating the audit&apos;s row</source>
        <translation>Opdatering af auditens række</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Gennemfører transaktionen…</translation>
    </message>
    <message>
        <source>The repository holds the audit, but %1 could not record it: %2</source>
        <translation>Arkivet indeholder auditten, men %1 kunne ikke registrere det: %2</translation>
    </message>
    <message>
        <source>Stored the audit in %1 (team %2).</source>
        <translation>Auditten er gemt i %1 (team %2).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to %1.</source>
        <translation>
            <numerusform>%n ændring er sendt til %1.</numerusform>
            <numerusform>%n ændringer er sendt til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged with the repository&apos;s version and sent; %1 now holds the merged audit.</source>
        <translation>Flettet med arkivets version og sendt; %1 indeholder nu den flettede audit.</translation>
    </message>
    <message>
        <source>Up to date: %1 has everything in the file.</source>
        <translation>Ajour: %1 har alt, hvad filen indeholder.</translation>
    </message>
    <message>
        <source>The role %1 is in no team of the repository %2, so it cannot add an audit: ask the repository&apos;s administrator to add it to the audit&apos;s team.</source>
        <translation>Rollen %1 er ikke med i noget team i arkivet %2 og kan derfor ikke tilføje en audit: bed arkivets administrator om at tilføje den til auditens team.</translation>
    </message>
    <message>
        <source>Reading the audit&apos;s team failed: %1</source>
        <translation>Læsning af auditens team mislykkedes: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryRows</name>
    <message>
        <source>Reading the audit</source>
        <translation>Læsning af auditten</translation>
    </message>
    <message>
        <source>Receiving attachments…</source>
        <translation>Modtager bilag…</translation>
    </message>
    <message>
        <source>Receiving the attachments</source>
        <translation>Modtagelse af bilagene</translation>
    </message>
    <message>
        <source>Receiving records…</source>
        <translation>Modtager poster…</translation>
    </message>
    <message>
        <source>Receiving the records</source>
        <translation>Modtagelse af posterne</translation>
    </message>
    <message>
        <source>The repository&apos;s copy of the audit refers to an attachment it does not hold.</source>
        <translation>Arkivets udgave af auditten henviser til et bilag, som arkivet ikke har.</translation>
    </message>
    <message>
        <source>Receiving the audit trail…</source>
        <translation>Modtager revisionssporet…</translation>
    </message>
    <message>
        <source>Receiving the audit trail</source>
        <translation>Modtagelse af revisionssporet</translation>
    </message>
    <message>
        <source>The file holds no audit.</source>
        <translation>Filen indeholder ingen audit.</translation>
    </message>
    <message>
        <source>The file&apos;s audit has no identity (uuid).</source>
        <translation>Auditten i filen har ingen identitet (uuid).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed on the server or in the file.</source>
        <translation>Annulleret: intet blev ændret på serveren eller i filen.</translation>
    </message>
</context>
<context>
    <name>RepositoryServer</name>
    <message>
        <source>&quot;%1&quot; is not a repository address; write it as postgresql://USER@HOST:PORT/DATABASE (docs/repository.md).</source>
        <translation>&quot;%1&quot; er ikke en arkivadresse; skriv den som postgresql://USER@HOST:PORT/DATABASE (docs/repository.md).</translation>
    </message>
    <message>
        <source>The repository address carries a password; leave it out: IsoAudit asks for it (or reads it from the keychain) and never stores it.</source>
        <translation>Arkivadressen indeholder en adgangskode; udelad den: IsoAudit spørger efter den (eller læser den fra nøgleringen) og gemmer den aldrig.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the repository address; use host, port, user, sslmode, sslrootcert, sslcert or sslkey.</source>
        <translation>Ukendt indstilling &quot;%1&quot; i arkivadressen; brug host, port, user, sslmode, sslrootcert, sslcert eller sslkey.</translation>
    </message>
    <message>
        <source>The repository address has no valid port.</source>
        <translation>Arkivadressen har ingen gyldig port.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation>Ukendt sslmode &quot;%1&quot;; brug en af: %2.</translation>
    </message>
    <message>
        <source>sslmode=%1 needs the certificate authority that signed the server&apos;s certificate: add sslrootcert=/path/to/ca.pem to the address.</source>
        <translation>sslmode=%1 kræver den certifikatudsteder (CA), der har signeret serverens certifikat: tilføj sslrootcert=/path/to/ca.pem i adressen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
</context>
<context>
    <name>RepositoryWork</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Cancelling… the server and the file stay as they were.</source>
        <translation>Annullerer… serveren og filen forbliver, som de var.</translation>
    </message>
</context>
<context>
    <name>RiskMethod</name>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>The method needs 1 to %1 likelihood levels; it has %2.</source>
        <translation>Metoden skal have 1 til %1 sandsynlighedsniveauer; den har %2.</translation>
    </message>
    <message>
        <source>The method needs 1 to %1 impact levels; it has %2.</source>
        <translation>Metoden skal have 1 til %1 konsekvensniveauer; den har %2.</translation>
    </message>
    <message>
        <source>Likelihood level %1 has no label.</source>
        <translation>Sandsynlighedsniveau %1 har ingen betegnelse.</translation>
    </message>
    <message>
        <source>Impact level %1 has no label.</source>
        <translation>Konsekvensniveau %1 har ingen betegnelse.</translation>
    </message>
    <message>
        <source>Band %1 has no label.</source>
        <translation>Interval %1 har ingen betegnelse.</translation>
    </message>
    <message>
        <source>The band %1 runs from %2 to %3; its scores must be whole numbers from 0 up, the first no higher than the last.</source>
        <translation>Intervallet %1 går fra %2 til %3; dets scorer skal være heltal fra 0 og opefter, og den første må ikke være højere end den sidste.</translation>
    </message>
    <message>
        <source>The bands %1 (%2–%3) and %4 (%5–%6) overlap; a score can fall in one band only.</source>
        <translation>Intervallerne %1 (%2–%3) og %4 (%5–%6) overlapper hinanden; en score kan kun ligge i ét interval.</translation>
    </message>
    <message>
        <source>The acceptance threshold %1 is outside the scores this method gives (%2 to %3).</source>
        <translation>Acceptgrænsen %1 ligger uden for de scorer, som denne metode giver (%2 til %3).</translation>
    </message>
    <message>
        <source>The score matrix has a row for each of %1 likelihood levels, but the method has %2 likelihood levels; give one row per likelihood level, lowest first.</source>
        <translation>Scorematrixen har rækker for %1 sandsynlighedsniveauer, men metoden har %2 sandsynlighedsniveauer; angiv én række pr. sandsynlighedsniveau, laveste først.</translation>
    </message>
    <message>
        <source>The score matrix row for likelihood %1 gives a score for each of %2 impact levels, but the method has %3 impact levels; give one score per impact level, lowest first.</source>
        <translation>Scorematrixens række for sandsynlighed %1 angiver scorer for %2 konsekvensniveauer, men metoden har %3 konsekvensniveauer; angiv én score pr. konsekvensniveau, laveste først.</translation>
    </message>
    <message>
        <source>The score matrix gives %1 for likelihood %2 and impact %3; a score is a whole number from 0 to %4.</source>
        <translation>Scorematrixen angiver %1 for sandsynlighed %2 og konsekvens %3; en score er et heltal fra 0 til %4.</translation>
    </message>
    <message>
        <source>Score = likelihood + impact.</source>
        <translation>Score = sandsynlighed + konsekvens.</translation>
    </message>
    <message>
        <source>Scores are read from the client&apos;s matrix, one per likelihood and impact level.</source>
        <translation>Scorerne aflæses i kundens matrix, én pr. kombination af sandsynligheds- og konsekvensniveau.</translation>
    </message>
    <message>
        <source>Score = likelihood × impact.</source>
        <translation>Score = sandsynlighed × konsekvens.</translation>
    </message>
    <message>
        <source>likelihood %1 + impact %2 = %3</source>
        <translation>sandsynlighed %1 + konsekvens %2 = %3</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2 score %3 in the client&apos;s matrix</source>
        <translation>sandsynlighed %1 og konsekvens %2 giver score %3 i kundens matrix</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2, which the client&apos;s matrix does not score</source>
        <translation>sandsynlighed %1 og konsekvens %2, som kundens matrix ikke angiver nogen score for</translation>
    </message>
    <message>
        <source>likelihood %1 × impact %2 = %3</source>
        <translation>sandsynlighed %1 × konsekvens %2 = %3</translation>
    </message>
    <message>
        <source>The score matrix is not a list of rows (one per likelihood level).</source>
        <translation>Scorematrixen er ikke en liste af rækker (én pr. sandsynlighedsniveau).</translation>
    </message>
    <message>
        <source>The score matrix row for likelihood %1 is %2, not a list of scores.</source>
        <translation>Scorematrixens række for sandsynlighed %1 er %2, ikke en liste af scorer.</translation>
    </message>
    <message>
        <source>The score matrix gives %1 for likelihood %2 and impact %3, which is not a whole number.</source>
        <translation>Scorematrixen angiver %1 for sandsynlighed %2 og konsekvens %3, hvilket ikke er et heltal.</translation>
    </message>
</context>
<context>
    <name>RiskMethodPresets</name>
    <message>
        <source>3 × 3 likelihood × impact</source>
        <translation>3 × 3 sandsynlighed × konsekvens</translation>
    </message>
    <message>
        <source>4 × 4 likelihood × impact</source>
        <translation>4 × 4 sandsynlighed × konsekvens</translation>
    </message>
    <message>
        <source>5 × 5 likelihood × impact</source>
        <translation>5 × 5 sandsynlighed × konsekvens</translation>
    </message>
    <message>
        <source>Scores 1–9: 1–2 Low, 3–4 Medium, 5–9 High; risks scoring above 4 need treatment.</source>
        <translation>Score 1–9: 1–2 lav, 3–4 middel, 5–9 høj; risici med score over 4 skal håndteres.</translation>
    </message>
    <message>
        <source>Scores 1–16: 1–3 Low, 4–6 Medium, 7–9 High, 10–16 Critical; risks scoring above 6 need treatment.</source>
        <translation>Score 1–16: 1–3 lav, 4–6 middel, 7–9 høj, 10–16 kritisk; risici med score over 6 skal håndteres.</translation>
    </message>
    <message>
        <source>Scores 1–25: 1–5 Low, 6–10 Medium, 11–15 High, 16–25 Critical; risks scoring above 10 need treatment.</source>
        <translation>Score 1–25: 1–5 lav, 6–10 middel, 11–15 høj, 16–25 kritisk; risici med score over 10 skal håndteres.</translation>
    </message>
    <message>
        <source>There is no built-in risk method &quot;%1&quot;; the choices are %2.</source>
        <translation>Der er ingen indbygget risikometode &quot;%1&quot;; valgmulighederne er %2.</translation>
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
        <translation>Der er ingen regler for &quot;%1&quot;; brug fieldwork, reporting eller signed.</translation>
    </message>
</context>
<context>
    <name>SampleDraw</name>
    <message>
        <source>Control %1 already has a sample from the population &quot;%2&quot; (seed %3, drawn %4); remove that sample first to draw again.</source>
        <translation>Kontrol %1 har allerede en stikprøve fra populationen &quot;%2&quot; (startværdi %3, udtaget %4); fjern først den stikprøve for at udtage igen.</translation>
    </message>
    <message>
        <source>Control %1: %2</source>
        <translation>Kontrol %1: %2</translation>
    </message>
    <message>
        <source>A sample size other than the firm&apos;s policy (%1) needs a reason on record.</source>
        <translation>En anden stikprøvestørrelse end revisionsvirksomhedens politik (%1) kræver en registreret begrundelse.</translation>
    </message>
    <message>
        <source>The sample size %1 is below 1.</source>
        <translation>Stikprøvestørrelsen %1 er under 1.</translation>
    </message>
    <message>
        <source>No sample has been drawn from the population &quot;%1&quot;.</source>
        <translation>Der er ikke udtaget nogen stikprøve fra populationen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The control has no sample yet; draw one first.</source>
        <translation>Kontrollen har endnu ingen stikprøve; udtag først en.</translation>
    </message>
    <message>
        <source>The control has %1 samples; name the population of the one meant.</source>
        <translation>Kontrollen har %1 stikprøver; angiv populationen for den, der menes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the control&apos;s sample.</source>
        <translation>&quot;%1&quot; er ikke et element i kontrollens stikprøve.</translation>
    </message>
    <message>
        <source>An item is replaced only with a reason on record.</source>
        <translation>Et element erstattes kun med en registreret begrundelse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of this sample.</source>
        <translation>&quot;%1&quot; er ikke et element i denne stikprøve.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a result (%2); an item that was tested is not replaced.</source>
        <translation>&quot;%1&quot; har allerede et resultat (%2); et element, der er testet, erstattes ikke.</translation>
    </message>
    <message>
        <source>The sample&apos;s population is not in this file: %1</source>
        <translation>Stikprøvens population findes ikke i denne fil: %1</translation>
    </message>
    <message>
        <source>The sample&apos;s seed %1 is not the seed of its selection (%2).</source>
        <translation>Stikprøvens startværdi %1 er ikke startværdien for dens udvælgelse (%2).</translation>
    </message>
    <message>
        <source>The seed draws &quot;%1&quot; (%2), which is not among the sample&apos;s items.</source>
        <translation>Startværdien udtager &quot;%1&quot; (%2), som ikke er blandt stikprøvens elementer.</translation>
    </message>
    <message>
        <source>The sample&apos;s item &quot;%1&quot; records %2 %3; the seed draws %4.</source>
        <translation>Stikprøvens element &quot;%1&quot; har registreret %2 %3; startværdien udtager %4.</translation>
    </message>
    <message>
        <source>The sample holds &quot;%1&quot;, which the seed does not draw.</source>
        <translation>Stikprøven indeholder &quot;%1&quot;, som startværdien ikke udtager.</translation>
    </message>
    <message>
        <source>The sample&apos;s item &quot;%1&quot; has a result; a tested sample is not removed.</source>
        <translation>Stikprøvens element &quot;%1&quot; har et resultat; en testet stikprøve fjernes ikke.</translation>
    </message>
</context>
<context>
    <name>SampleResults</name>
    <message>
        <source>A sample item&apos;s result is %1, not &quot;%2&quot;.</source>
        <translation>Et stikprøveelements resultat er %1, ikke &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>SampleSelection</name>
    <message>
        <source>The sample size %1 is below 1.</source>
        <translation>Stikprøvestørrelsen %1 er under 1.</translation>
    </message>
    <message>
        <source>Population row %1 has no item id.</source>
        <translation>Række %1 i populationen har intet element-id.</translation>
    </message>
    <message>
        <source>Population row %1 (item &quot;%2&quot;) has no valid date.</source>
        <translation>Række %1 i populationen (element &quot;%2&quot;) har ingen gyldig dato.</translation>
    </message>
    <message>
        <source>Population row %1 repeats the item id &quot;%2&quot; of row %3.</source>
        <translation>Række %1 i populationen gentager element-id&apos;et &quot;%2&quot; fra række %3.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not replaced: a replacement needs the reason it is replaced.</source>
        <translation>Element &quot;%1&quot; erstattes ikke: en erstatning kræver en begrundelse.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not in the sample, so it cannot be replaced.</source>
        <translation>Element &quot;%1&quot; er ikke i stikprøven og kan derfor ikke erstattes.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot be replaced: every occurrence of %2 is already in the sample or was replaced.</source>
        <translation>Element &quot;%1&quot; kan ikke erstattes: alle udførelser i måneden %2 er allerede i stikprøven eller er blevet erstattet.</translation>
    </message>
    <message>
        <source>The sample was drawn by the method &quot;%1&quot; version %2, which this IsoAudit does not know (it draws with &quot;%3&quot; version %4).</source>
        <translation>Stikprøven er udtaget med metoden &quot;%1&quot; version %2, som denne installation af IsoAudit ikke kender (den udtager med &quot;%3&quot; version %4).</translation>
    </message>
    <message>
        <source>The sample&apos;s seed is missing or not a whole number written as text.</source>
        <translation>Stikprøvens startværdi (seed) mangler eller er ikke et heltal skrevet som tekst.</translation>
    </message>
    <message>
        <source>The population differs from the one the sample was drawn from (%1 rows, SHA-256 %2): the sample cannot be re-drawn from it.</source>
        <translation>Populationen afviger fra den, stikprøven blev udtaget fra (%1 rækker, SHA-256 %2): stikprøven kan ikke udtages igen fra den.</translation>
    </message>
    <message>
        <source>The recorded replacement of item &quot;%1&quot; is &quot;%2&quot;, but the seed draws &quot;%3&quot;.</source>
        <translation>Den registrerede erstatning for element &quot;%1&quot; er &quot;%2&quot;, men startværdien giver &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The recorded sample is not the one its seed draws from this population: recorded %1, drawn %2.</source>
        <translation>Den registrerede stikprøve er ikke den, som startværdien udtager fra denne population: registreret %1, udtaget %2.</translation>
    </message>
</context>
<context>
    <name>SampleSize</name>
    <message>
        <source>The population has no occurrences during the period: the control is not occurring during the period, which is not a pass, and no sample is drawn.</source>
        <translation>Populationen har ingen udførelser i perioden: kontrollen er ikke udført i perioden, hvilket ikke tæller som en bestået test, og der udtages ingen stikprøve.</translation>
    </message>
    <message>
        <source>The control frequency &quot;%1&quot; is not one of %2.</source>
        <translation>Kontrolfrekvensen &quot;%1&quot; er ikke en af %2.</translation>
    </message>
    <message>
        <source>The population size %1 is below 0.</source>
        <translation>Populationsstørrelsen %1 er under 0.</translation>
    </message>
    <message>
        <source>The sample-size policy &quot;%1&quot; has no row for this control.</source>
        <translation>Politikken for stikprøvestørrelse &quot;%1&quot; har ingen række for denne kontrol.</translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the firm&apos;s policy row &quot;%1&quot; tests every occurrence.</source>
        <translation>
            <numerusform>Hele populationen testes (%n udførelse): rækken &quot;%1&quot; i revisionsvirksomhedens politik tester alle udførelser.</numerusform>
            <numerusform>Hele populationen testes (%n udførelser): rækken &quot;%1&quot; i revisionsvirksomhedens politik tester alle udførelser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the population is not larger than the %1 items of the firm&apos;s policy row &quot;%2&quot; after a deviation in the prior period.</source>
        <translation>
            <numerusform>Hele populationen testes (%n udførelse): den er ikke større end de %1 elementer, som rækken &quot;%2&quot; i revisionsvirksomhedens politik foreskriver efter en afvigelse i den foregående periode.</numerusform>
            <numerusform>Hele populationen testes (%n udførelser): den er ikke større end de %1 elementer, som rækken &quot;%2&quot; i revisionsvirksomhedens politik foreskriver efter en afvigelse i den foregående periode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the population is not larger than the %1 items of the firm&apos;s policy row &quot;%2&quot;.</source>
        <translation>
            <numerusform>Hele populationen testes (%n udførelse): den er ikke større end de %1 elementer i rækken &quot;%2&quot; i revisionsvirksomhedens politik.</numerusform>
            <numerusform>Hele populationen testes (%n udførelser): den er ikke større end de %1 elementer i rækken &quot;%2&quot; i revisionsvirksomhedens politik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), the next size after a deviation in the prior period, from the firm&apos;s policy row &quot;%1&quot; (%2 without it).</source>
        <translation>
            <numerusform>%n element, den næste størrelse efter en afvigelse i den foregående periode, fra rækken &quot;%1&quot; i revisionsvirksomhedens politik (%2 uden afvigelsen).</numerusform>
            <numerusform>%n elementer, den næste størrelse efter en afvigelse i den foregående periode, fra rækken &quot;%1&quot; i revisionsvirksomhedens politik (%2 uden afvigelsen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the firm&apos;s policy row &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n element fra rækken &quot;%1&quot; i revisionsvirksomhedens politik.</numerusform>
            <numerusform>%n elementer fra rækken &quot;%1&quot; i revisionsvirksomhedens politik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automated control, sized as a manual one after the deviation in the prior period.</source>
        <translation>Automatiseret kontrol, med stikprøvestørrelse som for en manuel kontrol efter afvigelsen i den foregående periode.</translation>
    </message>
    <message>
        <source>Automated control: change-management evidence over the period is tested as well.</source>
        <translation>Automatiseret kontrol: bevis for ændringsstyring i perioden testes også.</translation>
    </message>
    <message>
        <source>The sample-size input&apos;s populationSize is missing or not a number.</source>
        <translation>populationSize i input til stikprøvestørrelsen mangler eller er ikke et tal.</translation>
    </message>
    <message>
        <source>The sample size&apos;s %1 is missing or not a number.</source>
        <translation>%1 i stikprøvestørrelsen mangler eller er ikke et tal.</translation>
    </message>
</context>
<context>
    <name>SampleSizePolicy</name>
    <message>
        <source>The sample-size policy %1 cannot be read: %2</source>
        <translation>Politikken for stikprøvestørrelse %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is not valid JSON: %2</source>
        <translation>Politikken for stikprøvestørrelse %1 er ikke gyldig JSON: %2</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is not an IsoAudit sample-size policy of version 1.</source>
        <translation>Politikken for stikprøvestørrelse %1 er ikke en IsoAudit-politik for stikprøvestørrelse i version 1.</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is invalid: %2</source>
        <translation>Politikken for stikprøvestørrelse %1 er ugyldig: %2</translation>
    </message>
    <message>
        <source>it has no id or no name</source>
        <translation>den har intet id eller intet navn</translation>
    </message>
    <message>
        <source>%1: size is missing or neither a whole number of 1 or more nor &quot;all&quot;</source>
        <translation>%1: size mangler eller er hverken et heltal på 1 eller derover eller &quot;all&quot;</translation>
    </message>
    <message>
        <source>%1: size is missing or not a whole number of 1 or more</source>
        <translation>%1: size mangler eller er ikke et heltal på 1 eller derover</translation>
    </message>
    <message>
        <source>%1: increasedSize (the next size, after a deviation in the prior period) is missing or not a whole number</source>
        <translation>%1: increasedSize (den næste størrelse efter en afvigelse i den foregående periode) mangler eller er ikke et heltal</translation>
    </message>
    <message>
        <source>%1: increasedSize %2 is not larger than the size %3</source>
        <translation>%1: increasedSize %2 er ikke større end size %3</translation>
    </message>
    <message>
        <source>byFrequency row %1 (&quot;%2&quot;)</source>
        <translation>byFrequency-række %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: the frequency must be one of %2 (as-needed controls are sized by the asNeeded rows)</source>
        <translation>%1: frekvensen skal være en af %2 (kontroller, der udføres efter behov, dimensioneres efter asNeeded-rækkerne)</translation>
    </message>
    <message>
        <source>%1 repeats a frequency an earlier row gives</source>
        <translation>%1 gentager en frekvens, som en tidligere række angiver</translation>
    </message>
    <message>
        <source>byFrequency has no row for the frequency &quot;%1&quot;</source>
        <translation>byFrequency har ingen række for frekvensen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>asNeeded has no rows</source>
        <translation>asNeeded har ingen rækker</translation>
    </message>
    <message>
        <source>asNeeded row %1</source>
        <translation>asNeeded-række %1</translation>
    </message>
    <message>
        <source>%1: populationMin is missing or not a whole number of 1 or more</source>
        <translation>%1: populationMin mangler eller er ikke et heltal på 1 eller derover</translation>
    </message>
    <message>
        <source>%1: populationMax is not a whole number of at least populationMin</source>
        <translation>%1: populationMax er ikke et heltal på mindst populationMin</translation>
    </message>
    <message>
        <source>%1 has no populationMax; only the last row is open-ended</source>
        <translation>%1 har ingen populationMax; kun den sidste række må være åben opadtil</translation>
    </message>
    <message>
        <source>%1 starts at %2 occurrences; the first row must start at 1</source>
        <translation>%1 starter ved %2 udførelser; den første række skal starte ved 1</translation>
    </message>
    <message>
        <source>%1 leaves a gap: the row before ends at %2 occurrences</source>
        <translation>%1 efterlader et hul: den foregående række slutter ved %2 udførelser</translation>
    </message>
    <message>
        <source>%1 overlaps the row before, which ends at %2 occurrences</source>
        <translation>%1 overlapper den foregående række, som slutter ved %2 udførelser</translation>
    </message>
    <message>
        <source>it has no automated row</source>
        <translation>den har ingen automated-række</translation>
    </message>
    <message>
        <source>automated: size is missing or not a whole number of 1 or more</source>
        <translation>automated: size mangler eller er ikke et heltal på 1 eller derover</translation>
    </message>
    <message>
        <source>automated: changeManagementEvidence is not true or false</source>
        <translation>automated: changeManagementEvidence er hverken true eller false</translation>
    </message>
    <message>
        <source>automated: priorDeviation is &quot;%1&quot;, not &quot;as-manual&quot; or &quot;same&quot;</source>
        <translation>automated: priorDeviation er &quot;%1&quot;, ikke &quot;as-manual&quot; eller &quot;same&quot;</translation>
    </message>
    <message>
        <source>%1, %2 or more occurrences</source>
        <translation>%1, %2 eller flere udførelser</translation>
    </message>
    <message>
        <source>%1, %2–%3 occurrences</source>
        <translation>%1, %2–%3 udførelser</translation>
    </message>
</context>
<context>
    <name>SignatureStamp</name>
    <message>
        <source>A visible signature stamp needs the application&apos;s fonts, which are not available here.</source>
        <translation>Et synligt signaturstempel kræver programmets skrifttyper, som ikke er tilgængelige her.</translation>
    </message>
    <message>
        <source>The signature stamp&apos;s box is too small to write in.</source>
        <translation>Signaturstemplets felt er for lille til at skrive i.</translation>
    </message>
    <message>
        <source>Digitally signed by %1 on %2 UTC</source>
        <translation>Digitalt underskrevet af %1 den %2 UTC</translation>
    </message>
</context>
<context>
    <name>Soc2Report</name>
    <message>
        <source>system</source>
        <translation>systemet</translation>
    </message>
    <message>
        <source>Independent service auditor&apos;s report</source>
        <translation>Uafhængig revisors erklæring</translation>
    </message>
    <message>
        <source>To the management of %1</source>
        <translation>Til ledelsen i %1</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Not recorded in the engagement file.</source>
        <translation>Ikke registreret i opgavefilen.</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Opgaveansvarlig</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Erklæringsdato</translation>
    </message>
    <message>
        <source>Not yet dated</source>
        <translation>Endnu ikke dateret</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>We have examined %1&apos;s accompanying description of its %2 in Section III (the description) for the period %3, and the suitability of the design and operating effectiveness of the controls stated in the description throughout that period to provide reasonable assurance that %1&apos;s service commitments and system requirements were achieved based on the trust services criteria relevant to %4 (the applicable trust services criteria) established by the AICPA.</source>
        <translation>Vi har undersøgt den medfølgende beskrivelse af %2 i afsnit III (beskrivelsen), som %1 har udarbejdet, for perioden fra %3, samt om de kontroller, der er anført i beskrivelsen, i hele denne periode var hensigtsmæssigt udformet og fungerede effektivt til at give høj grad af sikkerhed for, at serviceforpligtelserne og systemkravene hos %1 blev opfyldt på grundlag af de Trust Services Criteria, som AICPA har fastsat, og som er relevante for %4 (de gældende Trust Services Criteria).</translation>
    </message>
    <message>
        <source>We have examined %1&apos;s accompanying description of its %2 in Section III (the description) as of %3, and the suitability of the design of the controls stated in the description as of that date to provide reasonable assurance that %1&apos;s service commitments and system requirements would be achieved based on the trust services criteria relevant to %4 (the applicable trust services criteria) established by the AICPA.</source>
        <translation>Vi har undersøgt den medfølgende beskrivelse af %2 i afsnit III (beskrivelsen), som %1 har udarbejdet, pr. %3, samt om de kontroller, der er anført i beskrivelsen, pr. denne dato var hensigtsmæssigt udformet til at give høj grad af sikkerhed for, at serviceforpligtelserne og systemkravene hos %1 ville blive opfyldt på grundlag af de Trust Services Criteria, som AICPA har fastsat, og som er relevante for %4 (de gældende Trust Services Criteria).</translation>
    </message>
    <message>
        <source>%1 uses %2, a subservice organization, for %3. The description includes the controls of %2 (the inclusive method), and our examination extended to them.</source>
        <translation>%1 anvender underleverandøren %2 til %3. Beskrivelsen omfatter kontrollerne hos %2 (den integrerede metode), og vores undersøgelse har også omfattet dem.</translation>
    </message>
    <message>
        <source>%1 uses %2, a subservice organization, for %3. The description includes only the controls of %1 and excludes the controls of %2 (the carve-out method). The description also indicates that certain applicable trust services criteria (%4) can be met only if the complementary subservice organization controls assumed in the design of %1&apos;s controls are suitably designed and operating effectively along with the related controls at %1. Our examination did not extend to the controls of %2, and we have not evaluated the suitability of the design or the operating effectiveness of those complementary subservice organization controls. The controls assumed are: %5</source>
        <translation>%1 anvender underleverandøren %2 til %3. Beskrivelsen omfatter kun kontrollerne hos %1 og udelader kontrollerne hos %2 (partielmetoden). Beskrivelsen angiver også, at visse af de gældende Trust Services Criteria (%4) kun kan opfyldes, hvis de komplementerende kontroller hos underleverandøren, som er forudsat i udformningen af kontrollerne hos %1, er hensigtsmæssigt udformet og fungerer effektivt sammen med de tilknyttede kontroller hos %1. Vores undersøgelse har ikke omfattet kontrollerne hos %2, og vi har ikke vurderet, om disse komplementerende kontroller hos underleverandøren er hensigtsmæssigt udformet eller fungerer effektivt. De forudsatte kontroller er: %5</translation>
    </message>
    <message numerus="yes">
        <source>The description indicates that certain applicable trust services criteria can be met only if the complementary user entity controls assumed in the design of %1&apos;s controls are suitably designed and operating effectively along with the related controls at %1. Our examination did not include those complementary user entity controls, and we have not evaluated their design or operating effectiveness. They are listed in Section III (%n control(s)).</source>
        <translation>
            <numerusform>Beskrivelsen angiver, at visse af de gældende Trust Services Criteria kun kan opfyldes, hvis de komplementerende kontroller hos brugervirksomhederne, som er forudsat i udformningen af kontrollerne hos %1, er hensigtsmæssigt udformet og fungerer effektivt sammen med de tilknyttede kontroller hos %1. Vores undersøgelse har ikke omfattet disse komplementerende kontroller hos brugervirksomhederne, og vi har ikke vurderet deres udformning eller funktionalitet. De er anført i afsnit III (%n kontrol).</numerusform>
            <numerusform>Beskrivelsen angiver, at visse af de gældende Trust Services Criteria kun kan opfyldes, hvis de komplementerende kontroller hos brugervirksomhederne, som er forudsat i udformningen af kontrollerne hos %1, er hensigtsmæssigt udformet og fungerer effektivt sammen med de tilknyttede kontroller hos %1. Vores undersøgelse har ikke omfattet disse komplementerende kontroller hos brugervirksomhederne, og vi har ikke vurderet deres udformning eller funktionalitet. De er anført i afsnit III (%n kontroller).</numerusform>
        </translation>
    </message>
    <message>
        <source>Service organization&apos;s responsibilities</source>
        <translation>Serviceleverandørens ansvar</translation>
    </message>
    <message>
        <source>%1 is also responsible for preparing the description and the assertion, including their completeness and accuracy; for providing the services covered by the description; for selecting the applicable trust services criteria and stating the related controls in the description; and for identifying the risks that threaten the achievement of its service commitments and system requirements.</source>
        <translation>%1 er desuden ansvarlig for at udarbejde beskrivelsen og udtalelsen, herunder for at de er fuldstændige og nøjagtige; for at levere de ydelser, som beskrivelsen omfatter; for at vælge de gældende Trust Services Criteria og anføre de tilknyttede kontroller i beskrivelsen; og for at identificere de risici, der truer opfyldelsen af dens serviceforpligtelser og systemkrav.</translation>
    </message>
    <message>
        <source>%1 is responsible for its service commitments and system requirements and for designing, implementing and operating effective controls within the system to provide reasonable assurance that they are achieved. In Section II, %1 has provided an assertion about the presentation of the description and the suitability of the design and operating effectiveness of the controls stated in it.</source>
        <translation>%1 er ansvarlig for sine serviceforpligtelser og systemkrav og for at udforme, implementere og drive effektive kontroller i systemet, der giver høj grad af sikkerhed for, at de opfyldes. I afsnit II har %1 afgivet en udtalelse om fremstillingen af beskrivelsen og om hensigtsmæssigheden af udformningen og funktionaliteten af de kontroller, der er anført i den.</translation>
    </message>
    <message>
        <source>%1 is responsible for its service commitments and system requirements and for designing and implementing controls within the system to provide reasonable assurance that they are achieved. In Section II, %1 has provided an assertion about the presentation of the description and the suitability of the design of the controls stated in it.</source>
        <translation>%1 er ansvarlig for sine serviceforpligtelser og systemkrav og for at udforme og implementere kontroller i systemet, der giver høj grad af sikkerhed for, at de opfyldes. I afsnit II har %1 afgivet en udtalelse om fremstillingen af beskrivelsen og om hensigtsmæssigheden af udformningen af de kontroller, der er anført i den.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s responsibilities</source>
        <translation>Revisors ansvar</translation>
    </message>
    <message>
        <source>Our responsibility is to express an opinion on the description and on the suitability of the design and operating effectiveness of the controls stated in it, based on our examination. Our examination was conducted in accordance with attestation standards established by the AICPA. Those standards require that we plan and perform the examination to obtain reasonable assurance about whether, in all material respects, the description is presented in accordance with the description criteria and the controls stated in it were suitably designed and operated effectively to provide reasonable assurance that the service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>Vores ansvar er på grundlag af vores undersøgelse at udtrykke en konklusion om beskrivelsen og om hensigtsmæssigheden af udformningen og funktionaliteten af de kontroller, der er anført i den. Vi har udført vores undersøgelse i overensstemmelse med de erklæringsstandarder (attestation standards), som AICPA har fastsat. Disse standarder kræver, at vi planlægger og udfører undersøgelsen med henblik på at opnå høj grad af sikkerhed for, om beskrivelsen i alle væsentlige henseender er fremstillet i overensstemmelse med kriterierne for beskrivelsen, og om de kontroller, der er anført i den, var hensigtsmæssigt udformet og fungerede effektivt til at give høj grad af sikkerhed for, at serviceforpligtelserne og systemkravene blev opfyldt på grundlag af de gældende Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Our responsibility is to express an opinion on the description and on the suitability of the design of the controls stated in it, based on our examination. Our examination was conducted in accordance with attestation standards established by the AICPA. Those standards require that we plan and perform the examination to obtain reasonable assurance about whether, in all material respects, the description is presented in accordance with the description criteria and the controls stated in it were suitably designed to provide reasonable assurance that the service commitments and system requirements would be achieved based on the applicable trust services criteria.</source>
        <translation>Vores ansvar er på grundlag af vores undersøgelse at udtrykke en konklusion om beskrivelsen og om hensigtsmæssigheden af udformningen af de kontroller, der er anført i den. Vi har udført vores undersøgelse i overensstemmelse med de erklæringsstandarder (attestation standards), som AICPA har fastsat. Disse standarder kræver, at vi planlægger og udfører undersøgelsen med henblik på at opnå høj grad af sikkerhed for, om beskrivelsen i alle væsentlige henseender er fremstillet i overensstemmelse med kriterierne for beskrivelsen, og om de kontroller, der er anført i den, var hensigtsmæssigt udformet til at give høj grad af sikkerhed for, at serviceforpligtelserne og systemkravene ville blive opfyldt på grundlag af de gældende Trust Services Criteria.</translation>
    </message>
    <message>
        <source>The examination involved performing procedures to obtain evidence about the presentation of the description and the suitability of the design and operating effectiveness of the controls: assessing the risks that the description is not presented in accordance with the description criteria and that the controls were not suitably designed or did not operate effectively; testing the operating effectiveness of the controls we consider necessary to provide reasonable assurance that the applicable trust services criteria were met; and evaluating the overall presentation of the description. The procedures selected depend on the service auditor&apos;s judgment.</source>
        <translation>Undersøgelsen har omfattet udførelse af handlinger for at opnå bevis for fremstillingen af beskrivelsen og for hensigtsmæssigheden af kontrollernes udformning og funktionalitet: vurdering af risikoen for, at beskrivelsen ikke er fremstillet i overensstemmelse med kriterierne for beskrivelsen, og at kontrollerne ikke var hensigtsmæssigt udformet eller ikke fungerede effektivt; test af funktionaliteten af de kontroller, som vi anser for nødvendige for at give høj grad af sikkerhed for, at de gældende Trust Services Criteria blev opfyldt; samt vurdering af den samlede fremstilling af beskrivelsen. De valgte handlinger afhænger af revisors faglige vurdering.</translation>
    </message>
    <message>
        <source>The examination involved performing procedures to obtain evidence about the presentation of the description and the suitability of the design of the controls: assessing the risks that the description is not presented in accordance with the description criteria and that the controls were not suitably designed, and evaluating the overall presentation of the description. The procedures selected depend on the service auditor&apos;s judgment. A Type 1 examination does not test the operating effectiveness of controls, and we express no opinion on it.</source>
        <translation>Undersøgelsen har omfattet udførelse af handlinger for at opnå bevis for fremstillingen af beskrivelsen og for hensigtsmæssigheden af kontrollernes udformning: vurdering af risikoen for, at beskrivelsen ikke er fremstillet i overensstemmelse med kriterierne for beskrivelsen, og at kontrollerne ikke var hensigtsmæssigt udformet, samt vurdering af den samlede fremstilling af beskrivelsen. De valgte handlinger afhænger af revisors faglige vurdering. En Type 1-undersøgelse omfatter ikke test af kontrollernes funktionalitet, og vi udtrykker ingen konklusion herom.</translation>
    </message>
    <message>
        <source>We are required to be independent of %1 and to meet our other ethical responsibilities in accordance with the relevant ethical requirements relating to the examination.</source>
        <translation>Vi skal være uafhængige af %1 og opfylde vores øvrige etiske forpligtelser i overensstemmelse med de relevante etiske krav vedrørende undersøgelsen.</translation>
    </message>
    <message>
        <source>We believe that the evidence we obtained is sufficient and appropriate to provide a reasonable basis for our opinion.</source>
        <translation>Det er vores opfattelse, at det opnåede bevis er tilstrækkeligt og egnet som grundlag for vores konklusion.</translation>
    </message>
    <message>
        <source>Inherent limitations</source>
        <translation>Iboende begrænsninger</translation>
    </message>
    <message>
        <source>The description is prepared to meet the common needs of a broad range of users and may therefore not include every aspect of the system that an individual user may consider important. There are inherent limitations in the effectiveness of any system of internal control, including the possibility of human error and the circumvention of controls. Because of their nature, controls may not always operate effectively to provide reasonable assurance that the service commitments and system requirements are achieved. Projecting any conclusion about the suitability of the design or the operating effectiveness of the controls to future periods is subject to the risk that controls may become inadequate because of changes in conditions, or that the degree of compliance with policies or procedures may deteriorate.</source>
        <translation>Beskrivelsen er udarbejdet for at opfylde de fælles behov hos en bred kreds af brugere og omfatter derfor muligvis ikke alle de aspekter af systemet, som den enkelte bruger måtte anse for vigtige. Der er iboende begrænsninger i effektiviteten af ethvert system af interne kontroller, herunder muligheden for menneskelige fejl og omgåelse af kontroller. Som følge af deres art fungerer kontroller ikke nødvendigvis altid effektivt nok til at give høj grad af sikkerhed for, at serviceforpligtelserne og systemkravene opfyldes. Enhver overførsel af konklusioner om hensigtsmæssigheden af kontrollernes udformning eller funktionalitet til fremtidige perioder er forbundet med risiko for, at kontrollerne bliver utilstrækkelige som følge af ændrede forhold, eller at graden af overholdelse af politikker eller procedurer forringes.</translation>
    </message>
    <message>
        <source>Description of tests of controls</source>
        <translation>Beskrivelse af test af kontroller</translation>
    </message>
    <message>
        <source>The specific controls we tested, and the nature, timing and results of those tests, are listed in Section IV.</source>
        <translation>De specifikke kontroller, vi har testet, samt testenes art, tidspunkt og resultater er anført i afsnit IV.</translation>
    </message>
    <message>
        <source>The controls stated in the description and our conclusions on their design are listed in Section IV.</source>
        <translation>De kontroller, der er anført i beskrivelsen, og vores konklusioner om deres udformning er anført i afsnit IV.</translation>
    </message>
    <message>
        <source>The engagement file names no criterion as not met.</source>
        <translation>Opgavefilen angiver intet kriterium som ikke opfyldt.</translation>
    </message>
    <message>
        <source>The basis is not recorded in the engagement file.</source>
        <translation>Grundlaget er ikke registreret i opgavefilen.</translation>
    </message>
    <message>
        <source>(a) the description presents %1&apos;s %2 that was designed and implemented %3 in accordance with the description criteria;</source>
        <translation>a) beskrivelsen fremstiller %2 hos %1, således som systemet var udformet og implementeret %3, i overensstemmelse med kriterierne for beskrivelsen;</translation>
    </message>
    <message>
        <source>(b) the controls stated in the description were suitably designed %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements would be achieved based on the applicable trust services criteria, if its controls operated effectively %1</source>
        <translation>b) de kontroller, der er anført i beskrivelsen, var %1 hensigtsmæssigt udformet til at give høj grad af sikkerhed for, at serviceforpligtelserne og systemkravene hos %2 ville blive opfyldt på grundlag af de gældende Trust Services Criteria, hvis kontrollerne fungerede effektivt %1</translation>
    </message>
    <message>
        <source>(c) the controls stated in the description operated effectively %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>c) de kontroller, der er anført i beskrivelsen, fungerede %1 effektivt til at give høj grad af sikkerhed for, at serviceforpligtelserne og systemkravene hos %2 blev opfyldt på grundlag af de gældende Trust Services Criteria.</translation>
    </message>
    <message>
        <source>These conclusions assume that the complementary subservice organization controls and complementary user entity controls referred to above were suitably designed and operated effectively %1.</source>
        <translation>Disse konklusioner forudsætter, at de komplementerende kontroller hos underleverandører og de komplementerende kontroller hos brugervirksomheder, der er omtalt ovenfor, var hensigtsmæssigt udformet og fungerede effektivt %1.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Konklusion</translation>
    </message>
    <message>
        <source>In our opinion, in all material respects:</source>
        <translation>Det er vores opfattelse, at i alle væsentlige henseender:</translation>
    </message>
    <message>
        <source>Basis for qualified opinion</source>
        <translation>Grundlag for konklusion med forbehold</translation>
    </message>
    <message>
        <source>Our tests, described in Section IV, found that the controls did not provide reasonable assurance that the following applicable trust services criteria were met:</source>
        <translation>Vores test, der er beskrevet i afsnit IV, viste, at kontrollerne ikke gav høj grad af sikkerhed for, at følgende gældende Trust Services Criteria blev opfyldt:</translation>
    </message>
    <message>
        <source>Qualified opinion</source>
        <translation>Konklusion med forbehold</translation>
    </message>
    <message>
        <source>In our opinion, except for the matter described in the basis for qualified opinion paragraph, in all material respects:</source>
        <translation>Det er vores opfattelse, at bortset fra det forhold, der er beskrevet i afsnittet om grundlag for konklusion med forbehold, i alle væsentlige henseender:</translation>
    </message>
    <message>
        <source>Basis for adverse opinion</source>
        <translation>Grundlag for afkræftende konklusion</translation>
    </message>
    <message>
        <source>Our tests, described in Section IV, found that the controls did not provide reasonable assurance that the following applicable trust services criteria were met, and the effect is pervasive:</source>
        <translation>Vores test, der er beskrevet i afsnit IV, viste, at kontrollerne ikke gav høj grad af sikkerhed for, at følgende gældende Trust Services Criteria blev opfyldt, og at virkningen er gennemgribende:</translation>
    </message>
    <message>
        <source>Adverse opinion</source>
        <translation>Afkræftende konklusion</translation>
    </message>
    <message>
        <source>In our opinion, because of the significance of the matter described in the basis for adverse opinion paragraph, the controls stated in the description were not suitably designed and did not operate effectively %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>Det er vores opfattelse, at de kontroller, der er anført i beskrivelsen, som følge af betydningen af det forhold, der er beskrevet i afsnittet om grundlag for afkræftende konklusion, %1 ikke var hensigtsmæssigt udformet og ikke fungerede effektivt til at give høj grad af sikkerhed for, at serviceforpligtelserne og systemkravene hos %2 blev opfyldt på grundlag af de gældende Trust Services Criteria.</translation>
    </message>
    <message>
        <source>In our opinion, because of the significance of the matter described in the basis for adverse opinion paragraph, the controls stated in the description were not suitably designed %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements would be achieved based on the applicable trust services criteria.</source>
        <translation>Det er vores opfattelse, at de kontroller, der er anført i beskrivelsen, som følge af betydningen af det forhold, der er beskrevet i afsnittet om grundlag for afkræftende konklusion, %1 ikke var hensigtsmæssigt udformet til at give høj grad af sikkerhed for, at serviceforpligtelserne og systemkravene hos %2 ville blive opfyldt på grundlag af de gældende Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Basis for disclaimer of opinion</source>
        <translation>Grundlag for manglende konklusion</translation>
    </message>
    <message>
        <source>We were not able to obtain sufficient appropriate evidence for the matter described below.</source>
        <translation>Vi har ikke kunnet opnå tilstrækkeligt og egnet bevis vedrørende det forhold, der er beskrevet nedenfor.</translation>
    </message>
    <message>
        <source>Because of the significance of the matter described in the basis for disclaimer of opinion paragraph, we have not been able to obtain sufficient appropriate evidence to provide a basis for an opinion. Accordingly, we do not express an opinion on the description or on the suitability of the design or the operating effectiveness of the controls stated in it.</source>
        <translation>Som følge af betydningen af det forhold, der er beskrevet i afsnittet om grundlag for manglende konklusion, har vi ikke kunnet opnå tilstrækkeligt og egnet bevis til at danne grundlag for en konklusion. Vi udtrykker derfor ingen konklusion om beskrivelsen eller om hensigtsmæssigheden af udformningen eller funktionaliteten af de kontroller, der er anført i den.</translation>
    </message>
    <message>
        <source>Opinion not yet formed</source>
        <translation>Konklusion endnu ikke udformet</translation>
    </message>
    <message>
        <source>The service auditor has not formed an opinion: this report is a draft, and no opinion is expressed in it.</source>
        <translation>Revisor har ikke udformet en konklusion: denne erklæring er et udkast, og der udtrykkes ingen konklusion i den.</translation>
    </message>
    <message>
        <source>Restricted use</source>
        <translation>Begrænsning i anvendelse</translation>
    </message>
    <message>
        <source>the management of %1, its user entities and their auditors</source>
        <translation>ledelsen i %1, dens brugervirksomheder og disses revisorer</translation>
    </message>
    <message>
        <source>This report, including the description of the tests of controls and their results in Section IV, is intended solely for the information and use of %1. It is not intended to be, and should not be, used by anyone other than these specified parties.</source>
        <translation>Denne erklæring, herunder beskrivelsen af test af kontroller og resultaterne heraf i afsnit IV, er udelukkende beregnet til orientering for og brug af %1. Den er ikke beregnet til og bør ikke anvendes af andre end disse specificerede parter.</translation>
    </message>
    <message>
        <source>The engagement file names no intended users: the parties above are IsoAudit&apos;s default wording, for the service auditor to confirm.</source>
        <translation>Opgavefilen angiver ingen tiltænkte brugere: parterne ovenfor er IsoAudits standardformulering, som revisor skal bekræfte.</translation>
    </message>
    <message>
        <source>Not described in the engagement file.</source>
        <translation>Ikke beskrevet i opgavefilen.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(intet nummer)</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>FORTROLIGT</translation>
    </message>
    <message>
        <source>Report %1 · Rev %2 · Page %3 of %4</source>
        <translation>Erklæring %1 · Rev. %2 · Side %3 af %4</translation>
    </message>
    <message>
        <source>SOC 2® Type 2 report</source>
        <translation>SOC 2® Type 2-erklæring</translation>
    </message>
    <message>
        <source>SOC 2® Type 1 report</source>
        <translation>SOC 2® Type 1-erklæring</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>throughout the period %1</source>
        <translation>i hele perioden fra %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>pr. %1</translation>
    </message>
    <message>
        <source>the service organization</source>
        <translation>serviceleverandøren</translation>
    </message>
    <message>
        <source>REPORT ON AN EXAMINATION BY A SERVICE AUDITOR</source>
        <translation>ERKLÆRING FRA SERVICELEVERANDØRENS REVISOR</translation>
    </message>
    <message>
        <source>Report on %1&apos;s description of its %2 and on the suitability of the design and operating effectiveness of its controls relevant to %3, for the period %4</source>
        <translation>Erklæring om beskrivelsen af %2 hos %1 og om hensigtsmæssigheden af udformningen og funktionaliteten af de tilknyttede kontroller, der er relevante for %3, for perioden fra %4</translation>
    </message>
    <message>
        <source>Report on %1&apos;s description of its %2 and on the suitability of the design of its controls relevant to %3, as of %4</source>
        <translation>Erklæring om beskrivelsen af %2 hos %1 og om hensigtsmæssigheden af udformningen af de tilknyttede kontroller, der er relevante for %3, pr. %4</translation>
    </message>
    <message>
        <source>Draft: examination in progress</source>
        <translation>Udkast: undersøgelse i gang</translation>
    </message>
    <message>
        <source>Final, for signature</source>
        <translation>Endelig, til underskrift</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation>Endelig, underskrevet</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Serviceleverandør</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Erklæringstype</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Pr. dato</translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation>Kriteriekategorier (Trust Services)</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Erklæringsnummer</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This report is intended solely for the specified parties named in Section I under &quot;Restricted use&quot; and must not be passed to others.</source>
        <translation>Denne erklæring er udelukkende beregnet til de specificerede parter, der er nævnt i afsnit I under &quot;Begrænsning i anvendelse&quot;, og må ikke videregives til andre.</translation>
    </message>
    <message>
        <source>Management&apos;s assertion</source>
        <translation>Ledelsens udtalelse</translation>
    </message>
    <message>
        <source>Management&apos;s assertion has not been provided. The report cannot be issued without it.</source>
        <translation>Ledelsens udtalelse foreligger ikke. Erklæringen kan ikke afgives uden den.</translation>
    </message>
    <message>
        <source>The assertion below is made by the management of %1, as provided to the service auditor.</source>
        <translation>Nedenstående udtalelse er afgivet af ledelsen i %1 og gengives, som den er modtaget af revisor.</translation>
    </message>
    <message>
        <source>%1&apos;s description of its system</source>
        <translation>Systembeskrivelse fra %1</translation>
    </message>
    <message>
        <source>The description in this section is prepared by the management of %1; the service auditor examined its presentation (Section I).</source>
        <translation>Beskrivelsen i dette afsnit er udarbejdet af ledelsen i %1; revisor har undersøgt fremstillingen af den (afsnit I).</translation>
    </message>
    <message>
        <source>Services provided</source>
        <translation>Leverede ydelser</translation>
    </message>
    <message>
        <source>Components of the system</source>
        <translation>Systemets komponenter</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedurer</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>System boundaries</source>
        <translation>Systemets afgrænsning</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Underleverandører</translation>
    </message>
    <message>
        <source>%1 uses no subservice organization for the services in scope.</source>
        <translation>%1 anvender ingen underleverandører til de ydelser, der er omfattet.</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Underleverandør</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed</source>
        <translation>Forudsatte komplementerende kontroller hos underleverandøren</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Complementary user entity controls</source>
        <translation>Komplementerende kontroller hos brugervirksomheder</translation>
    </message>
    <message>
        <source>The description assumes no complementary user entity controls.</source>
        <translation>Beskrivelsen forudsætter ingen komplementerende kontroller hos brugervirksomheder.</translation>
    </message>
    <message>
        <source>%1&apos;s controls were designed with the assumption that user entities implement the controls below. User entities are responsible for them; the service auditor did not examine them.</source>
        <translation>Kontrollerne hos %1 er udformet ud fra den forudsætning, at brugervirksomhederne implementerer nedenstående kontroller. Brugervirksomhederne er ansvarlige for dem; revisor har ikke undersøgt dem.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Control expected of user entities</source>
        <translation>Kontrol, der forventes hos brugervirksomheder</translation>
    </message>
    <message>
        <source>Other information provided by the service organization</source>
        <translation>Andre oplysninger fra serviceleverandøren</translation>
    </message>
    <message>
        <source>Not covered by the service auditor&apos;s opinion</source>
        <translation>Ikke omfattet af revisors konklusion</translation>
    </message>
    <message>
        <source>The information in this section is presented by the management of %1 to provide additional information to user entities. It is not part of the description of the system and was not subjected to the procedures applied in the examination; accordingly, the service auditor expresses no opinion on it.</source>
        <translation>Oplysningerne i dette afsnit fremlægges af ledelsen i %1 for at give brugervirksomhederne supplerende oplysninger. De indgår ikke i beskrivelsen af systemet og har ikke været genstand for de handlinger, der er udført som led i undersøgelsen; revisor udtrykker derfor ingen konklusion om dem.</translation>
    </message>
    <message>
        <source>Management&apos;s responses to the exceptions</source>
        <translation>Ledelsens kommentarer til afvigelserne</translation>
    </message>
    <message>
        <source>The examination noted no exceptions, so management has no responses to present.</source>
        <translation>Undersøgelsen har ikke konstateret nogen afvigelser, så ledelsen har ingen kommentarer at fremlægge.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Exception noted</source>
        <translation>Konstateret afvigelse</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Ledelsens kommentar</translation>
    </message>
    <message>
        <source>Management has not provided a response.</source>
        <translation>Ledelsen har ikke afgivet en kommentar.</translation>
    </message>
    <message>
        <source>%1, %2 or more occurrences</source>
        <translation>%1, %2 eller flere udførelser</translation>
    </message>
    <message>
        <source>%1, %2–%3 occurrences</source>
        <translation>%1, %2–%3 udførelser</translation>
    </message>
    <message numerus="yes">
        <source>Tested the whole population: %n occurrence(s) in the period.</source>
        <translation>
            <numerusform>Hele populationen er testet: %n udførelse i perioden.</numerusform>
            <numerusform>Hele populationen er testet: %n udførelser i perioden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample of %1 of %2 occurrences, selected at random across the period (stratified by month).</source>
        <translation>Stikprøve på %1 af %2 udførelser, udvalgt tilfældigt over hele perioden (stratificeret pr. måned).</translation>
    </message>
    <message>
        <source>Sample size set by the service auditor: %1</source>
        <translation>Stikprøvestørrelse fastsat af revisor: %1</translation>
    </message>
    <message>
        <source>Sample size from the firm&apos;s sampling policy (%1), increased for a deviation in the prior period.</source>
        <translation>Stikprøvestørrelse i henhold til revisionsvirksomhedens stikprøvepolitik (%1), forøget på grund af en afvigelse i den foregående periode.</translation>
    </message>
    <message>
        <source>Sample size from the firm&apos;s sampling policy (%1).</source>
        <translation>Stikprøvestørrelse i henhold til revisionsvirksomhedens stikprøvepolitik (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) replaced, each with the reason on record.</source>
        <translation>
            <numerusform>%n element er erstattet med en registreret begrundelse.</numerusform>
            <numerusform>%n elementer er erstattet, hver med en registreret begrundelse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust services criteria, controls, tests of controls and results</source>
        <translation>Trust Services Criteria, kontroller, test af kontroller og resultater</translation>
    </message>
    <message>
        <source>For each applicable trust services criterion, this section lists the controls of %1 mapped to it, the tests the service auditor performed %2 and their results. A control mapped to several criteria is listed under each of them.</source>
        <translation>For hvert gældende kriterium i Trust Services Criteria angiver dette afsnit de kontroller hos %1, der er knyttet til kriteriet, de test, revisor har udført %2, og resultaterne heraf. En kontrol, der er knyttet til flere kriterier, er anført under hvert af dem.</translation>
    </message>
    <message>
        <source>Sample sizes follow the service auditor&apos;s firm&apos;s sampling policy; they are the firm&apos;s judgment, not a requirement of the AICPA. Items were selected at random with a recorded seed from the population as frozen on import, spread across the months of the period; the table at the end of this section gives what a reviewer needs to draw the same items again.</source>
        <translation>Stikprøvestørrelserne følger revisionsvirksomhedens stikprøvepolitik; de er udtryk for revisionsvirksomhedens faglige vurdering og ikke et krav fra AICPA. Elementerne er udvalgt tilfældigt med en registreret startværdi (seed) fra populationen, som den blev fastlåst ved importen, fordelt over periodens måneder; tabellen sidst i dette afsnit angiver, hvad der skal til for at udtage de samme elementer igen ved en efterprøvning.</translation>
    </message>
    <message>
        <source>For each applicable trust services criterion, this section lists the controls of %1 mapped to it, the procedures the service auditor performed to evaluate their design and the conclusion on their design %2. A Type 1 examination does not test operating effectiveness.</source>
        <translation>For hvert gældende kriterium i Trust Services Criteria angiver dette afsnit de kontroller hos %1, der er knyttet til kriteriet, de handlinger, revisor har udført for at vurdere deres udformning, og konklusionen på deres udformning %2. En Type 1-undersøgelse omfatter ikke test af funktionaliteten.</translation>
    </message>
    <message>
        <source>Test methods</source>
        <translation>Testmetoder</translation>
    </message>
    <message>
        <source>Asked appropriate personnel about the control and corroborated the answers.</source>
        <translation>Relevante medarbejdere er forespurgt om kontrollen, og svarene er bekræftet.</translation>
    </message>
    <message>
        <source>Watched the control being performed.</source>
        <translation>Udførelsen af kontrollen er observeret.</translation>
    </message>
    <message>
        <source>Examined documents, records or system settings that show the control was performed.</source>
        <translation>Dokumenter, registreringer eller systemindstillinger, der viser, at kontrollen er udført, er inspiceret.</translation>
    </message>
    <message>
        <source>Performed the control again independently and compared the outcome.</source>
        <translation>Kontrollen er genudført uafhængigt, og resultatet er sammenlignet.</translation>
    </message>
    <message>
        <source>No control of %1 is mapped to this criterion.</source>
        <translation>Ingen kontrol hos %1 er knyttet til dette kriterium.</translation>
    </message>
    <message>
        <source>Controls not mapped to an applicable criterion</source>
        <translation>Kontroller, der ikke er knyttet til et gældende kriterium</translation>
    </message>
    <message>
        <source>Tests performed by the service auditor</source>
        <translation>Test udført af revisor</translation>
    </message>
    <message>
        <source>Procedures to evaluate design</source>
        <translation>Handlinger til vurdering af udformningen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat af test</translation>
    </message>
    <message>
        <source>Conclusion on design</source>
        <translation>Konklusion på udformningen</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Nøglekontrol</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The population for the period (%1) has no occurrences.</source>
        <translation>Populationen for perioden (%1) har ingen udførelser.</translation>
    </message>
    <message>
        <source>No test recorded.</source>
        <translation>Ingen test registreret.</translation>
    </message>
    <message>
        <source>No exceptions noted.</source>
        <translation>Ingen afvigelser konstateret.</translation>
    </message>
    <message>
        <source>The control did not operate during the period; no test of operating effectiveness was possible.</source>
        <translation>Kontrollen har ikke været udført i perioden; det var ikke muligt at teste funktionaliteten.</translation>
    </message>
    <message>
        <source>Testing not completed: %1 of %2 sampled items have a result.</source>
        <translation>Testen er ikke afsluttet: %1 af %2 udtagne elementer har et resultat.</translation>
    </message>
    <message>
        <source>Not yet tested.</source>
        <translation>Endnu ikke testet.</translation>
    </message>
    <message>
        <source>Testing not completed: a test procedure has no result yet.</source>
        <translation>Testen er ikke afsluttet: en testhandling har endnu intet resultat.</translation>
    </message>
    <message>
        <source>Exception noted: %1 of %2 items sampled deviated from the control.</source>
        <translation>Afvigelse konstateret: %1 af %2 udtagne elementer afveg fra kontrollen.</translation>
    </message>
    <message>
        <source>Nature: %1</source>
        <translation>Karakter: %1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Årsag: %1</translation>
    </message>
    <message>
        <source>Assessed as: %1</source>
        <translation>Vurderet som: %1</translation>
    </message>
    <message>
        <source>The exception has not yet been assessed.</source>
        <translation>Afvigelsen er endnu ikke vurderet.</translation>
    </message>
    <message>
        <source>Exception noted (%1): %2</source>
        <translation>Afvigelse konstateret (%1): %2</translation>
    </message>
    <message>
        <source>Samples and how to draw them again</source>
        <translation>Stikprøver, og hvordan de udtages igen</translation>
    </message>
    <message>
        <source>Each sample was drawn from its control&apos;s population as frozen on import. A reviewer draws the same items again from the same population (checked by its row count and SHA-256, shortened here) with the seed and the selection method named below.</source>
        <translation>Hver stikprøve er udtaget fra kontrollens population, som den blev fastlåst ved importen. Ved en efterprøvning udtages de samme elementer igen fra den samme population (kontrolleret ved dens antal rækker og SHA-256, her forkortet) med den startværdi og den udvælgelsesmetode, der er angivet nedenfor.</translation>
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
        <translation>Startværdi</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n række</numerusform>
            <numerusform>%n rækker</numerusform>
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
        <translation>Rediger ydelser</translation>
    </message>
    <message>
        <source>Edit infrastructure</source>
        <translation>Rediger infrastruktur</translation>
    </message>
    <message>
        <source>Edit software</source>
        <translation>Rediger software</translation>
    </message>
    <message>
        <source>Edit people</source>
        <translation>Rediger personer</translation>
    </message>
    <message>
        <source>Edit procedures</source>
        <translation>Rediger procedurer</translation>
    </message>
    <message>
        <source>Edit data</source>
        <translation>Rediger data</translation>
    </message>
    <message>
        <source>Edit boundaries of the system</source>
        <translation>Rediger systemets afgrænsning</translation>
    </message>
    <message>
        <source>Edit management&apos;s assertion</source>
        <translation>Rediger ledelsens udtalelse</translation>
    </message>
    <message>
        <source>Edit intended users</source>
        <translation>Rediger tiltænkte brugere</translation>
    </message>
    <message>
        <source>Set report date</source>
        <translation>Angiv erklæringsdato</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementering</translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Kundens reference</translation>
    </message>
    <message>
        <source>Auditor&apos;s verdict</source>
        <translation>Auditorens vurdering</translation>
    </message>
    <message>
        <source>Risks treated</source>
        <translation>Håndterede risici</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Auditor&apos;s notes</source>
        <translation>Auditorens noter</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Trussel</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Sårbarhed</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sandsynlighed</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
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
        <translation>Håndtering</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Håndteringsplan</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Anneks A-kontroller</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restsandsynlighed</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Restkonsekvens</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>Restscore</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>Restniveau</translation>
    </message>
    <message>
        <source>Residual accepted</source>
        <translation>Rest accepteret</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepteret af</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepteret den</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Senest gennemgået</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Konstatering</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektivt bevis</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Rejst den</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Rejst af</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Corrective action status</source>
        <translation>Status for korrigerende handling</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektion</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundårsag</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrigerende handling</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificeret af</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificeret den</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>Eksportér til en fil, der ender på .xlsx eller .csv, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Manuel eller automatiseret</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Nøglekontrol</translation>
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
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.</source>
        <translation>%1 er en gammel Excel 97-2003-projektmappe (.xls); gem den først som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 er ikke en Excel-projektmappe (.xlsx): det er ikke et zip-arkiv.</translation>
    </message>
    <message>
        <source>No header row was recognised in %1; map the columns by hand.</source>
        <translation>Der blev ikke genkendt nogen overskriftsrække i %1; tilknyt kolonnerne manuelt.</translation>
    </message>
    <message>
        <source>Corrective actions are exported, not imported.</source>
        <translation>Korrigerende handlinger eksporteres, de importeres ikke.</translation>
    </message>
    <message>
        <source>No column gives the %1; a %2 needs one to match its rows.</source>
        <translation>Ingen kolonne angiver %1; en %2 skal bruge den til at matche sine rækker.</translation>
    </message>
    <message>
        <source>The row names no control; it is not imported.</source>
        <translation>Rækken angiver ingen kontrol; den importeres ikke.</translation>
    </message>
    <message>
        <source>Control %1 was already given in row %2; this row is not imported.</source>
        <translation>Kontrol %1 er allerede angivet i række %2; denne række importeres ikke.</translation>
    </message>
    <message>
        <source>The row has no reference; it is not imported.</source>
        <translation>Rækken har ingen reference; den importeres ikke.</translation>
    </message>
    <message>
        <source>The reference %1 was already used in row %2; this row is not imported.</source>
        <translation>Referencen %1 er allerede brugt i række %2; denne række importeres ikke.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Række %1: %2</translation>
    </message>
    <message>
        <source>A control matrix is imported into a SOC 2 engagement; this audit is an ISO/IEC 27001 audit, whose controls are the Annex A controls of its Statement of Applicability.</source>
        <translation>En kontrolmatrix importeres i en SOC 2-erklæringsopgave; denne audit er en ISO/IEC 27001-audit, hvis kontroller er Anneks A-kontrollerne i dens anvendelseserklæring.</translation>
    </message>
    <message>
        <source>A %1 is an ISO/IEC 27001 table and this audit is a SOC 2 engagement; import the service organization&apos;s control matrix instead.</source>
        <translation>Tabeltypen %1 hører til ISO/IEC 27001, og denne audit er en SOC 2-erklæringsopgave; importér i stedet serviceleverandørens kontrolmatrix.</translation>
    </message>
</context>
<context>
    <name>TableKindText</name>
    <message>
        <source>risk register</source>
        <translation>risikoregister</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>anvendelseserklæring</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>fund</translation>
    </message>
    <message>
        <source>corrective actions</source>
        <translation>korrigerende handlinger</translation>
    </message>
    <message>
        <source>control matrix</source>
        <translation>kontrolmatrix</translation>
    </message>
</context>
<context>
    <name>TableTransferButtons</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Import the client&apos;s table from Excel (.xlsx) or CSV; you can also drop the file on this page</source>
        <translation>Importér kundens tabel fra Excel (.xlsx) eller CSV; du kan også slippe filen på denne side</translation>
    </message>
    <message>
        <source>Import table</source>
        <translation>Importér tabel</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Export this table with your verdicts to Excel (.xlsx) or CSV for the client</source>
        <translation>Eksportér denne tabel med dine vurderinger til Excel (.xlsx) eller CSV til kunden</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Eksportér tabel</translation>
    </message>
    <message>
        <source>This audit is open read-only; nothing can be imported.</source>
        <translation>Denne audit er åbnet skrivebeskyttet; intet kan importeres.</translation>
    </message>
</context>
<context>
    <name>TeamCopies</name>
    <message>
        <source>Name the team member the copy is for.</source>
        <translation>Angiv det medlem af auditteamet, som kopien er til.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the copy.</source>
        <translation>%1 findes allerede; vælg et andet navn til kopien.</translation>
    </message>
    <message>
        <source>This audit is signed: reopen it before giving out copies to work on.</source>
        <translation>Denne audit er underskrevet: genåbn den, før du giver kopier ud, der skal arbejdes i.</translation>
    </message>
    <message>
        <source>This audit has no trail yet; make a change and save it before giving out copies.</source>
        <translation>Denne audit har endnu intet revisionsspor; foretag en ændring, og gem den, før du giver kopier ud.</translation>
    </message>
    <message>
        <source>The copy was not written: %1</source>
        <translation>Kopien blev ikke skrevet: %1</translation>
    </message>
    <message>
        <source>A copy being made takes no changes.</source>
        <translation>En kopi, der er ved at blive lavet, kan ikke ændres.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>%1 kunne ikke omdøbes til %2.</translation>
    </message>
    <message>
        <source>The copy %1 was written, but this audit could not note it: %2</source>
        <translation>Kopien %1 blev skrevet, men denne audit kunne ikke registrere det: %2</translation>
    </message>
</context>
<context>
    <name>TeamMerge</name>
    <message>
        <source>The copy %1 does not exist.</source>
        <translation>Kopien %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is the audit itself, not a copy of it.</source>
        <translation>%1 er selve auditten, ikke en kopi af den.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 kan ikke flettes: %2</translation>
    </message>
    <message>
        <source>%1 is a copy of another audit (%2, %3), not of this one. Nothing was changed.</source>
        <translation>%1 er en kopi af en anden audit (%2, %3), ikke af denne. Intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 is a copy of a signed audit: a signed audit&apos;s copy is not merged. Nothing was changed.</source>
        <translation>%1 er en kopi af en underskrevet audit: en kopi af en underskrevet audit flettes ikke. Intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 is of the same audit but does not share its history (it was not copied from this file, e.g. it was imported from a package): it cannot be merged record by record.</source>
        <translation>%1 tilhører den samme audit, men deler ikke dens historik (den er ikke kopieret fra denne fil, men f.eks. importeret fra en pakke): den kan ikke flettes post for post.</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>kopien</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: its audit trail is broken at entry #%2. Nothing was changed.</source>
        <translation>%1 er beskadiget og kan ikke flettes: revisionssporet er brudt ved post nr. %2. Intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: %2 Nothing was changed.</source>
        <translation>%1 er beskadiget og kan ikke flettes: %2 Intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: %2 is not as its audit trail says (it was changed outside IsoAudit). Nothing was changed.</source>
        <translation>%1 er beskadiget og kan ikke flettes: %2 svarer ikke til det, revisionssporet angiver (den er ændret uden for IsoAudit). Intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This merge was prepared for another audit; nothing was changed.</source>
        <translation>Denne fletning blev forberedt til en anden audit; intet blev ændret.</translation>
    </message>
    <message>
        <source>This audit is signed: nothing can be merged into it.</source>
        <translation>Denne audit er underskrevet: der kan ikke flettes noget ind i den.</translation>
    </message>
    <message>
        <source>%1 was deleted on one side and changed on the other: choose whether to keep it. Nothing was merged.</source>
        <translation>%1 er slettet på den ene side og ændret på den anden: vælg, om den skal bevares. Intet blev flettet.</translation>
    </message>
    <message>
        <source>%1: %2 was changed on both sides; choose which value to keep. Nothing was merged.</source>
        <translation>%1: %2 er ændret på begge sider; vælg, hvilken værdi der skal bevares. Intet blev flettet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, resolving a merge conflict</source>
        <translation>%1, ved løsning af en fletningskonflikt</translation>
    </message>
    <message>
        <source>%1, merged from %2&apos;s copy</source>
        <translation>%1, flettet fra %2s kopi</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 kunne ikke tilføjes: %2</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 kunne ikke ændres: %2</translation>
    </message>
    <message>
        <source>%1: its links could not be merged: %2</source>
        <translation>%1: tilknytningerne kunne ikke flettes: %2</translation>
    </message>
    <message>
        <source>%1 could not be recorded: %2</source>
        <translation>%1 kunne ikke registreres: %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 kunne ikke slettes: %2</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Intet blev flettet: %1</translation>
    </message>
    <message>
        <source>This audit is signed: nothing can be merged into it. Reopen it first, with a reason, if the team&apos;s work must still be added.</source>
        <translation>Denne audit er underskrevet: intet kan flettes ind i den. Genåbn den først med en begrundelse, hvis teamets arbejde stadig skal med.</translation>
    </message>
</context>
<context>
    <name>TrailState</name>
    <message>
        <source>Could not read the %1 for the audit trail: %2</source>
        <translation>Kunne ikke læse %1 til revisionssporet: %2</translation>
    </message>
    <message>
        <source>Could not read the %1 records: %2</source>
        <translation>Kunne ikke læse %1-posterne: %2</translation>
    </message>
    <message>
        <source>Could not read the links: %1</source>
        <translation>Kunne ikke læse tilknytningerne: %1</translation>
    </message>
</context>
<context>
    <name>TrailWriter</name>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Kunne ikke læse revisionssporet: %1</translation>
    </message>
    <message>
        <source>This audit file has no audit trail table: %1</source>
        <translation>Denne auditfil har ingen tabel til revisionssporet: %1</translation>
    </message>
    <message>
        <source>Could not add to the audit trail: %1</source>
        <translation>Kunne ikke tilføje til revisionssporet: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The audit file is busy or read-only: %1</source>
        <translation>Auditfilen er optaget eller skrivebeskyttet: %1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Ingen transaktion er åben.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Ændringen kunne ikke gemmes: %1</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>Stage 1</source>
        <comment>audit type</comment>
        <translation>Trin 1-audit</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <comment>audit type</comment>
        <translation>Trin 2-audit</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <comment>audit type</comment>
        <translation>Overvågningsaudit</translation>
    </message>
    <message>
        <source>Recertification</source>
        <comment>audit type</comment>
        <translation>Recertificeringsaudit</translation>
    </message>
    <message>
        <source>Special / follow-up</source>
        <comment>audit type</comment>
        <translation>Særlig / opfølgning</translation>
    </message>
    <message>
        <source>Special</source>
        <comment>audit type</comment>
        <translation>Særlig audit</translation>
    </message>
    <message>
        <source>Planning</source>
        <comment>lifecycle state</comment>
        <translation>Planlægning</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <comment>lifecycle state</comment>
        <translation>Feltarbejde</translation>
    </message>
    <message>
        <source>Reporting</source>
        <comment>lifecycle state</comment>
        <translation>Rapportering</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>lifecycle state</comment>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <comment>team role</comment>
        <translation>Ledende auditor</translation>
    </message>
    <message>
        <source>Auditor</source>
        <comment>team role</comment>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Technical expert</source>
        <comment>team role</comment>
        <translation>Teknisk ekspert</translation>
    </message>
    <message>
        <source>Observer</source>
        <comment>team role</comment>
        <translation>Observatør</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>clause verdict</comment>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Conforms</source>
        <comment>clause verdict</comment>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <comment>clause verdict</comment>
        <translation>Afvigelse</translation>
    </message>
    <message>
        <source>Not audited</source>
        <comment>clause verdict</comment>
        <translation>Ikke auditeret</translation>
    </message>
    <message>
        <source>Applicable</source>
        <comment>applicability</comment>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>applicability</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>applicability</comment>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Excluded</source>
        <comment>applicability</comment>
        <translation>Fravalgt</translation>
    </message>
    <message>
        <source>No</source>
        <comment>applicability</comment>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Undecided</source>
        <comment>applicability</comment>
        <translation>Ikke afgjort</translation>
    </message>
    <message>
        <source>Implemented</source>
        <comment>implementation state</comment>
        <translation>Implementeret</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <comment>implementation state</comment>
        <translation>Delvist implementeret</translation>
    </message>
    <message>
        <source>Partially</source>
        <comment>implementation state</comment>
        <translation>Delvist</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>implementation state</comment>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <comment>implementation state</comment>
        <translation>Ikke implementeret</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>control verdict</comment>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Effective</source>
        <comment>control verdict</comment>
        <translation>Effektiv</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <comment>control verdict</comment>
        <translation>Afvigelse</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <comment>control verdict</comment>
        <translation>Ikke udtaget</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <comment>risk treatment</comment>
        <translation>Reducere</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>risk treatment</comment>
        <translation>Acceptere</translation>
    </message>
    <message>
        <source>Avoid</source>
        <comment>risk treatment</comment>
        <translation>Undgå</translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>risk treatment</comment>
        <translation>Overføre</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>evidence kind</comment>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Record sample</source>
        <comment>evidence kind</comment>
        <translation>Stikprøve af registreringer</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>evidence kind</comment>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Technical check</source>
        <comment>evidence kind</comment>
        <translation>Teknisk kontrol</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <comment>finding grade</comment>
        <translation>Større afvigelse</translation>
    </message>
    <message>
        <source>Major NC</source>
        <comment>finding grade</comment>
        <translation>Større afv.</translation>
    </message>
    <message>
        <source>Major nonconformities</source>
        <comment>finding grade</comment>
        <translation>Større afvigelser</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <comment>finding grade</comment>
        <translation>Mindre afvigelse</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <comment>finding grade</comment>
        <translation>Mindre afv.</translation>
    </message>
    <message>
        <source>Minor nonconformities</source>
        <comment>finding grade</comment>
        <translation>Mindre afvigelser</translation>
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
        <translation>Observationer</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <comment>finding grade</comment>
        <translation>Forbedringsmulighed</translation>
    </message>
    <message>
        <source>OFI</source>
        <comment>finding grade</comment>
        <translation>FM</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <comment>finding grade</comment>
        <translation>Forbedringsmuligheder</translation>
    </message>
    <message>
        <source>Positive finding</source>
        <comment>finding grade</comment>
        <translation>Positivt fund</translation>
    </message>
    <message>
        <source>Positive</source>
        <comment>finding grade</comment>
        <translation>Positivt</translation>
    </message>
    <message>
        <source>Positive findings</source>
        <comment>finding grade</comment>
        <translation>Positive fund</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>corrective action status</comment>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Plan submitted</source>
        <comment>corrective action status</comment>
        <translation>Plan indsendt</translation>
    </message>
    <message>
        <source>Plan accepted</source>
        <comment>corrective action status</comment>
        <translation>Plan accepteret</translation>
    </message>
    <message>
        <source>Implemented</source>
        <comment>corrective action status</comment>
        <translation>Implementeret</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <comment>corrective action status</comment>
        <translation>Verificeret effektiv</translation>
    </message>
    <message>
        <source>Not effective</source>
        <comment>corrective action status</comment>
        <translation>Ikke effektiv</translation>
    </message>
    <message>
        <source>Recommend certification</source>
        <comment>certification recommendation</comment>
        <translation>Anbefal certificering</translation>
    </message>
    <message>
        <source>Certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Certificering anbefales</translation>
    </message>
    <message>
        <source>Recommend after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Anbefal, når korrigerende handlinger er verificeret</translation>
    </message>
    <message>
        <source>Certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Certificering anbefales efter verifikation af korrigerende handlinger</translation>
    </message>
    <message>
        <source>Do not recommend certification</source>
        <comment>certification recommendation</comment>
        <translation>Anbefal ikke certificering</translation>
    </message>
    <message>
        <source>Certification not recommended</source>
        <comment>certification recommendation</comment>
        <translation>Certificering anbefales ikke</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <comment>certification recommendation</comment>
        <translation>Endnu ikke registreret</translation>
    </message>
    <message>
        <source>No recommendation recorded yet</source>
        <comment>certification recommendation</comment>
        <translation>Ingen anbefaling registreret endnu</translation>
    </message>
    <message>
        <source>Systemic breakdown (not a single instance)</source>
        <comment>finding nature</comment>
        <translation>Systematisk sammenbrud (ikke et enkelt tilfælde)</translation>
    </message>
    <message>
        <source>Isolated lapse</source>
        <comment>finding nature</comment>
        <translation>Enkeltstående svigt</translation>
    </message>
    <message>
        <source>Organizational</source>
        <comment>Annex A theme</comment>
        <translation>Organisatoriske</translation>
    </message>
    <message>
        <source>People</source>
        <comment>Annex A theme</comment>
        <translation>Personrelaterede</translation>
    </message>
    <message>
        <source>Physical</source>
        <comment>Annex A theme</comment>
        <translation>Fysiske</translation>
    </message>
    <message>
        <source>Technological</source>
        <comment>Annex A theme</comment>
        <translation>Teknologiske</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Required process absent</source>
        <comment>finding nature</comment>
        <translation>Krævet proces mangler</translation>
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
        <translation>ISO/IEC 27001:2022 og SOC 2</translation>
    </message>
    <message>
        <source>Area of concern</source>
        <comment>finding grade</comment>
        <translation>Bekymringsområde</translation>
    </message>
    <message>
        <source>Concern</source>
        <comment>finding grade</comment>
        <translation>Bekymring</translation>
    </message>
    <message>
        <source>Areas of concern</source>
        <comment>finding grade</comment>
        <translation>Bekymringsområder</translation>
    </message>
    <message>
        <source>Ready for Stage 2</source>
        <comment>certification recommendation</comment>
        <translation>Klar til trin 2</translation>
    </message>
    <message>
        <source>Ready for the Stage 2 audit</source>
        <comment>certification recommendation</comment>
        <translation>Klar til trin 2-auditten</translation>
    </message>
    <message>
        <source>Ready for Stage 2 once the areas of concern are addressed</source>
        <comment>certification recommendation</comment>
        <translation>Klar til trin 2, når bekymringsområderne er håndteret</translation>
    </message>
    <message>
        <source>Ready for the Stage 2 audit once the areas of concern are addressed</source>
        <comment>certification recommendation</comment>
        <translation>Klar til trin 2-auditten, når bekymringsområderne er håndteret</translation>
    </message>
    <message>
        <source>Not ready for Stage 2</source>
        <comment>certification recommendation</comment>
        <translation>Ikke klar til trin 2</translation>
    </message>
    <message>
        <source>Not ready for the Stage 2 audit</source>
        <comment>certification recommendation</comment>
        <translation>Ikke klar til trin 2-auditten</translation>
    </message>
    <message>
        <source>Recommend continuation of certification</source>
        <comment>certification recommendation</comment>
        <translation>Anbefal opretholdelse af certificeringen</translation>
    </message>
    <message>
        <source>Continuation of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Opretholdelse af certificeringen anbefales</translation>
    </message>
    <message>
        <source>Recommend continuation after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Anbefal opretholdelse, når korrigerende handlinger er verificeret</translation>
    </message>
    <message>
        <source>Continuation of certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Opretholdelse af certificeringen anbefales efter verifikation af korrigerende handlinger</translation>
    </message>
    <message>
        <source>Recommend suspension of certification</source>
        <comment>certification recommendation</comment>
        <translation>Anbefal suspendering af certificeringen</translation>
    </message>
    <message>
        <source>Suspension of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Suspendering af certificeringen anbefales</translation>
    </message>
    <message>
        <source>Recommend renewal of certification</source>
        <comment>certification recommendation</comment>
        <translation>Anbefal fornyelse af certificeringen</translation>
    </message>
    <message>
        <source>Renewal of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Fornyelse af certificeringen anbefales</translation>
    </message>
    <message>
        <source>Recommend renewal after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Anbefal fornyelse, når korrigerende handlinger er verificeret</translation>
    </message>
    <message>
        <source>Renewal of certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Fornyelse af certificeringen anbefales efter verifikation af korrigerende handlinger</translation>
    </message>
    <message>
        <source>Do not recommend renewal of certification</source>
        <comment>certification recommendation</comment>
        <translation>Anbefal ikke fornyelse af certificeringen</translation>
    </message>
    <message>
        <source>Renewal of certification not recommended</source>
        <comment>certification recommendation</comment>
        <translation>Fornyelse af certificeringen anbefales ikke</translation>
    </message>
    <message>
        <source>Nonconformities closed</source>
        <comment>certification recommendation</comment>
        <translation>Afvigelser lukket</translation>
    </message>
    <message>
        <source>The nonconformities followed up are closed</source>
        <comment>certification recommendation</comment>
        <translation>De afvigelser, der er fulgt op på, er lukket</translation>
    </message>
    <message>
        <source>Nonconformities not closed</source>
        <comment>certification recommendation</comment>
        <translation>Afvigelser ikke lukket</translation>
    </message>
    <message>
        <source>The nonconformities followed up are not all closed</source>
        <comment>certification recommendation</comment>
        <translation>Ikke alle de afvigelser, der er fulgt op på, er lukket</translation>
    </message>
    <message>
        <source>Documented information missing (the process operates)</source>
        <comment>finding nature</comment>
        <translation>Dokumenteret information mangler (processen fungerer)</translation>
    </message>
    <message>
        <source>Neither combined, joint nor integrated</source>
        <comment>audit combination</comment>
        <translation>Hverken kombineret, fælles eller integreret</translation>
    </message>
    <message>
        <source>The audit was neither combined, joint nor integrated.</source>
        <comment>audit combination</comment>
        <translation>Auditten var hverken kombineret, fælles eller integreret.</translation>
    </message>
    <message>
        <source>Combined (with another management system)</source>
        <comment>audit combination</comment>
        <translation>Kombineret (med et andet ledelsessystem)</translation>
    </message>
    <message>
        <source>The audit was combined with the audit of another management system.</source>
        <comment>audit combination</comment>
        <translation>Auditten blev kombineret med auditten af et andet ledelsessystem.</translation>
    </message>
    <message>
        <source>Joint (with another certification body)</source>
        <comment>audit combination</comment>
        <translation>Fælles (med et andet certificeringsorgan)</translation>
    </message>
    <message>
        <source>The audit was a joint audit with another certification body.</source>
        <comment>audit combination</comment>
        <translation>Auditten var en fælles audit med et andet certificeringsorgan.</translation>
    </message>
    <message>
        <source>Integrated management system</source>
        <comment>audit combination</comment>
        <translation>Integreret ledelsessystem</translation>
    </message>
    <message>
        <source>The audit was an audit of an integrated management system.</source>
        <comment>audit combination</comment>
        <translation>Auditten var en audit af et integreret ledelsessystem.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>auditor&apos;s confirmation</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <comment>auditor&apos;s confirmation</comment>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <comment>risk scoring</comment>
        <translation>Sandsynlighed × konsekvens</translation>
    </message>
    <message>
        <source>Likelihood + impact</source>
        <comment>risk scoring</comment>
        <translation>Sandsynlighed + konsekvens</translation>
    </message>
    <message>
        <source>Lookup matrix (a score per cell)</source>
        <comment>risk scoring</comment>
        <translation>Opslagsmatrix (én score pr. celle)</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>programme audit status</comment>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>This audit</source>
        <comment>programme audit status</comment>
        <translation>Denne audit</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>programme audit status</comment>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>programme audit status</comment>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Closed: correction and corrective action effective</source>
        <comment>verification verdict</comment>
        <translation>Lukket: korrektion og korrigerende handling effektive</translation>
    </message>
    <message>
        <source>Closed (effective)</source>
        <comment>verification verdict</comment>
        <translation>Lukket (effektiv)</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>verification verdict</comment>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Not effective: raised again</source>
        <comment>verification verdict</comment>
        <translation>Ikke effektiv: rejst igen</translation>
    </message>
    <message>
        <source>Not effective (raised again)</source>
        <comment>verification verdict</comment>
        <translation>Ikke effektiv (rejst igen)</translation>
    </message>
    <message>
        <source>Not effective</source>
        <comment>verification verdict</comment>
        <translation>Ikke effektiv</translation>
    </message>
    <message>
        <source>Still open: action not yet due or not yet complete</source>
        <comment>verification verdict</comment>
        <translation>Stadig åben: fristen er ikke udløbet, eller handlingen er ikke afsluttet</translation>
    </message>
    <message>
        <source>Still open</source>
        <comment>verification verdict</comment>
        <translation>Stadig åben</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verification verdict</comment>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <comment>verification verdict</comment>
        <translation>Endnu ikke verificeret</translation>
    </message>
    <message>
        <source>Not verified</source>
        <comment>verification verdict</comment>
        <translation>Ikke verificeret</translation>
    </message>
    <message>
        <source>Opening meeting</source>
        <comment>meeting</comment>
        <translation>Åbningsmøde</translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <comment>meeting</comment>
        <translation>Afslutningsmøde</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>complexity level</comment>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>complexity level</comment>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>complexity level</comment>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>control frequency</comment>
        <translation>Årlig</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <comment>control frequency</comment>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>control frequency</comment>
        <translation>Månedlig</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>control frequency</comment>
        <translation>Ugentlig</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>control frequency</comment>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Several times a day</source>
        <comment>control frequency</comment>
        <translation>Flere gange dagligt</translation>
    </message>
    <message>
        <source>As needed</source>
        <comment>control frequency</comment>
        <translation>Efter behov</translation>
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
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Availability</source>
        <comment>trust services category</comment>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Processing Integrity</source>
        <comment>trust services category</comment>
        <translation>Behandlingsintegritet</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <comment>trust services category</comment>
        <translation>Fortrolighed</translation>
    </message>
    <message>
        <source>Privacy</source>
        <comment>trust services category</comment>
        <translation>Privatliv</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>control automation</comment>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Automated</source>
        <comment>control automation</comment>
        <translation>Automatiseret</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <comment>test method</comment>
        <translation>Forespørgsel</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>test method</comment>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Inspection</source>
        <comment>test method</comment>
        <translation>Inspektion</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <comment>test method</comment>
        <translation>Genudførelse</translation>
    </message>
    <message>
        <source>Suitably designed</source>
        <comment>design conclusion</comment>
        <translation>Hensigtsmæssigt udformet</translation>
    </message>
    <message>
        <source>Not suitably designed</source>
        <comment>design conclusion</comment>
        <translation>Ikke hensigtsmæssigt udformet</translation>
    </message>
    <message>
        <source>Not yet concluded</source>
        <comment>design conclusion</comment>
        <translation>Endnu ikke konkluderet</translation>
    </message>
    <message>
        <source>No exceptions noted</source>
        <comment>test result</comment>
        <translation>Ingen afvigelser konstateret</translation>
    </message>
    <message>
        <source>Exceptions noted</source>
        <comment>test result</comment>
        <translation>Afvigelser konstateret</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <comment>test result</comment>
        <translation>Endnu ikke testet</translation>
    </message>
    <message>
        <source>No exception</source>
        <comment>sample item result</comment>
        <translation>Ingen afvigelse</translation>
    </message>
    <message>
        <source>Exception</source>
        <comment>sample item result</comment>
        <translation>Afvigelse</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <comment>sample item result</comment>
        <translation>Endnu ikke testet</translation>
    </message>
    <message>
        <source>Isolated</source>
        <comment>deviation pattern</comment>
        <translation>Enkeltstående</translation>
    </message>
    <message>
        <source>Systematic</source>
        <comment>deviation pattern</comment>
        <translation>Systematisk</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <comment>deviation pattern</comment>
        <translation>Endnu ikke vurderet</translation>
    </message>
    <message>
        <source>Unmodified</source>
        <comment>opinion</comment>
        <translation>Uden forbehold</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>opinion</comment>
        <translation>Med forbehold</translation>
    </message>
    <message>
        <source>Adverse</source>
        <comment>opinion</comment>
        <translation>Afkræftende</translation>
    </message>
    <message>
        <source>Disclaimer of opinion</source>
        <comment>opinion</comment>
        <translation>Manglende konklusion</translation>
    </message>
    <message>
        <source>Not yet formed</source>
        <comment>opinion</comment>
        <translation>Endnu ikke udformet</translation>
    </message>
    <message>
        <source>Carve-out</source>
        <comment>subservice method</comment>
        <translation>Partiel metode (carve-out)</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <comment>subservice method</comment>
        <translation>Integreret metode (inclusive)</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Større afvigelse</translation>
    </message>
    <message>
        <source>Major NC</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Større afv.</translation>
    </message>
    <message>
        <source>Major nonconformities</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Større afvigelser</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Mindre afvigelse</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Mindre afv.</translation>
    </message>
    <message>
        <source>Minor nonconformities</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Mindre afvigelser</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Obs.</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Obs.</translation>
    </message>
    <message>
        <source>Observations</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Forbedringsmulighed</translation>
    </message>
    <message>
        <source>OFI</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>FM</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Forbedringsmuligheder</translation>
    </message>
</context>
<context>
    <name>ValueNormalizer</name>
    <message>
        <source>%1 is outside the client&apos;s scale of 1 to %2.</source>
        <translation>%1 ligger uden for kundens skala fra 1 til %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole level.</source>
        <translation>%1 er ikke et helt niveau.</translation>
    </message>
    <message>
        <source>The level is empty.</source>
        <translation>Niveauet er tomt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the client&apos;s method (%2).</source>
        <translation>&quot;%1&quot; er ikke et niveau i kundens metode (%2).</translation>
    </message>
    <message>
        <source>%1 is not an ISO/IEC 27001:2013 Annex A control.</source>
        <translation>%1 er ikke en Anneks A-kontrol i ISO/IEC 27001:2013.</translation>
    </message>
    <message>
        <source>%1 is not an ISO/IEC 27001:2022 Annex A control.</source>
        <translation>%1 er ikke en Anneks A-kontrol i ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Annex A control.</source>
        <translation>&quot;%1&quot; angiver ingen Anneks A-kontrol.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a treatment option (reduce/modify, retain/accept, avoid, share/transfer).</source>
        <translation>&quot;%1&quot; er ikke en håndteringsmulighed (reduce/modify, retain/accept, avoid, share/transfer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>&quot;%1&quot; er hverken yes eller no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the control applies (yes, no, undecided).</source>
        <translation>&quot;%1&quot; angiver ikke, om kontrollen er relevant (yes, no, undecided).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an implementation state (implemented, partial, planned, not implemented).</source>
        <translation>&quot;%1&quot; er ikke en implementeringstilstand (implemented, partial, planned, not implemented).</translation>
    </message>
    <message>
        <source>%1 is a number, not a date.</source>
        <translation>%1 er et tal, ikke en dato.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>&quot;%1&quot; er ikke en dato (skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding grade (major, minor, area of concern, observation, opportunity for improvement, positive).</source>
        <translation>&quot;%1&quot; er ikke en kategori for fund (major, minor, area of concern, observation, opportunity for improvement, positive).</translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message>
        <source>The audit names no client: the audit plan, the report cover and the certificate need the client&apos;s name.</source>
        <translation>Auditten angiver ingen kunde: auditplanen, rapportens forside og certifikatet kræver kundens navn.</translation>
    </message>
    <message>
        <source>The audit has no scope statement: record the client&apos;s ISMS scope (clause 4.3) that this audit covers.</source>
        <translation>Auditten har ingen beskrivelse af omfanget: registrér det omfang af kundens ISMS (punkt 4.3), som denne audit dækker.</translation>
    </message>
    <message>
        <source>The audit type is not set; choose one of: %1.</source>
        <translation>Audittypen er ikke angivet; vælg en af: %1.</translation>
    </message>
    <message>
        <source>The audit plan needs the audit&apos;s start and end dates.</source>
        <translation>Auditplanen kræver auditens start- og slutdato.</translation>
    </message>
    <message>
        <source>The audit ends (%1) before it starts (%2).</source>
        <translation>Auditten slutter (%1), før den starter (%2).</translation>
    </message>
    <message>
        <source>The audit team has no lead auditor: name exactly one team member as lead.</source>
        <translation>Auditteamet har ingen ledende auditor: udpeg præcis ét teammedlem som leder.</translation>
    </message>
    <message>
        <source>The audit team has %1 lead auditors; exactly one must lead.</source>
        <translation>Auditteamet har %1 ledende auditorer; præcis én skal lede.</translation>
    </message>
    <message>
        <source>A %1 audit assesses every clause 4-10 item; the audit plan leaves out %2.</source>
        <translation>En audit af typen %1 vurderer alle elementer i punkt 4-10; auditplanen udelader %2.</translation>
    </message>
    <message>
        <source>A surveillance audit always covers internal audit (9.2), management review (9.3) and corrective action (10.2); the audit plan leaves out %1.</source>
        <translation>En overvågningsaudit dækker altid intern audit (9.2), ledelsens evaluering (9.3) og korrigerende handling (10.2); auditplanen udelader %1.</translation>
    </message>
    <message>
        <source>No auditor is assigned in the audit plan to clause items %1.</source>
        <translation>Der er ingen auditor tildelt i auditplanen til punkterne %1.</translation>
    </message>
    <message>
        <source>The audit plan samples no Annex A control; a %1 audit evaluates the implementation of the controls the SoA includes.</source>
        <translation>Auditplanen udtager ingen Anneks A-kontrol; en audit af typen %1 evaluerer implementeringen af de kontroller, som anvendelseserklæringen omfatter.</translation>
    </message>
    <message>
        <source>Planned clause items still have no verdict: %1.</source>
        <translation>Planlagte punkter har stadig ingen vurdering: %1.</translation>
    </message>
    <message>
        <source>Annex A controls planned for sampling still have no verdict: %1.</source>
        <translation>Anneks A-kontroller, der er planlagt til stikprøve, har stadig ingen vurdering: %1.</translation>
    </message>
    <message>
        <source>Clause verdicts rest on no interview, document, record or observation: %1.</source>
        <translation>Vurderinger af punkter bygger ikke på noget interview, dokument, registrering eller observation: %1.</translation>
    </message>
    <message>
        <source>Control verdicts rest on no interview, document, record or observation: %1.</source>
        <translation>Vurderinger af kontroller bygger ikke på noget interview, dokument, registrering eller observation: %1.</translation>
    </message>
    <message>
        <source>The applicability of Annex A controls is not decided: %1 (or raise the SoA&apos;s omission as a finding).</source>
        <translation>Relevansen af Anneks A-kontroller er ikke afgjort: %1 (eller rejs anvendelseserklæringens mangel som et fund).</translation>
    </message>
    <message>
        <source>Excluded controls have no justification: %1 (record the client&apos;s justification, or raise its absence as a finding).</source>
        <translation>Fravalgte kontroller har ingen begrundelse: %1 (registrér kundens begrundelse, eller rejs manglen som et fund).</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>punkt %1</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>kontrol %1</translation>
    </message>
    <message>
        <source>Nonconform verdicts have no major or minor finding that names them: %1.</source>
        <translation>Vurderinger med afvigelse har intet større eller mindre fund, der angiver dem: %1.</translation>
    </message>
    <message>
        <source>the clause or control</source>
        <translation>punktet eller kontrollen</translation>
    </message>
    <message>
        <source>the statement of nonconformity</source>
        <translation>konstateringen af afvigelsen</translation>
    </message>
    <message>
        <source>the objective evidence</source>
        <translation>det objektive bevis</translation>
    </message>
    <message>
        <source>Finding %1 (%2) lacks %3.</source>
        <translation>Fund %1 (%2) mangler %3.</translation>
    </message>
    <message>
        <source>%1 minor nonconformities name %2 (%3); together they may amount to a major nonconformity.</source>
        <translation>%1 mindre afvigelser angiver %2 (%3); tilsammen kan de udgøre en større afvigelse.</translation>
    </message>
    <message>
        <source>The report is signed by the lead auditor; the audit team must name exactly one lead (it names %1).</source>
        <translation>Rapporten underskrives af den ledende auditor; auditteamet skal udpege præcis én leder (det udpeger %1).</translation>
    </message>
    <message>
        <source>%1 Raise it as a finding or dismiss it with a reason (ISO/IEC 27001 %2).</source>
        <translation>%1 Rejs det som et fund, eller afvis det med en begrundelse (ISO/IEC 27001 %2).</translation>
    </message>
    <message>
        <source>clause %1 is conform but carries %2</source>
        <translation>punkt %1 er vurderet som opfyldt, men %2 er knyttet til det</translation>
    </message>
    <message>
        <source>control %1 is effective but carries %2</source>
        <translation>kontrol %1 er vurderet som effektiv, men %2 er knyttet til den</translation>
    </message>
    <message>
        <source>Verdicts contradict the nonconformities raised against them: %1. Change the verdict to nonconform, or regrade or unlink the finding.</source>
        <translation>Vurderingerne modsiger de afvigelser, der er rejst mod dem: %1. Ændr vurderingen til afvigelse, eller omkategorisér fundet, eller fjern dets tilknytning.</translation>
    </message>
    <message>
        <source>Controls judged effective are excluded in the SoA: %1. A control the client excludes cannot be found operating effectively; correct the verdict or the SoA entry.</source>
        <translation>Kontroller, der er vurderet som effektive, er fravalgt i anvendelseserklæringen: %1. En kontrol, som kunden har fravalgt, kan ikke konstateres at fungere effektivt; ret vurderingen eller posten i anvendelseserklæringen.</translation>
    </message>
    <message>
        <source>Controls judged effective are planned or not implemented according to the SoA: %1. Correct the verdict or the SoA&apos;s implementation status.</source>
        <translation>Kontroller, der er vurderet som effektive, er ifølge anvendelseserklæringen planlagt eller ikke implementeret: %1. Ret vurderingen eller implementeringsstatus i anvendelseserklæringen.</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 med frist %2</translation>
    </message>
    <message>
        <source>%1 (no corrective action yet)</source>
        <translation>%1 (endnu ingen korrigerende handling)</translation>
    </message>
    <message>
        <source>The recommendation is conditional: the certification body still awaits accepted plans (minors) and verified corrections (majors) for %1.</source>
        <translation>Anbefalingen er betinget: certificeringsorganet afventer stadig accepterede planer (mindre afvigelser) og verificerede korrektioner (større afvigelser) for %1.</translation>
    </message>
    <message>
        <source>%1 is answered &quot;no&quot; without the reason the report must give.</source>
        <translation>%1 er besvaret med &quot;Nej&quot; uden den begrundelse, som rapporten skal angive.</translation>
    </message>
    <message>
        <source>%1 is not stated: %2</source>
        <translation>%1 er ikke angivet: %2</translation>
    </message>
    <message>
        <source>Areas of concern belong to a Stage 1 audit; grade them as nonconformities, observations or opportunities for improvement: %1.</source>
        <translation>Bekymringsområder hører til en trin 1-audit; kategorisér dem som afvigelser, observationer eller forbedringsmuligheder: %1.</translation>
    </message>
    <message>
        <source>A Stage 1 audit identifies areas of concern that could be classified as nonconformities at Stage 2; these are graded as nonconformities: %1.</source>
        <translation>En trin 1-audit identificerer bekymringsområder, der kunne klassificeres som afvigelser ved trin 2; disse fund er kategoriseret som afvigelser: %1.</translation>
    </message>
    <message>
        <source>No outcome of the audit is recorded; choose one of %1.</source>
        <translation>Der er ikke registreret noget resultat af auditten; vælg et af: %1.</translation>
    </message>
    <message>
        <source>%1 is not an outcome of a %2 audit; choose one of %3.</source>
        <translation>%1 er ikke et resultat for en audit af typen %2; vælg et af: %3.</translation>
    </message>
    <message>
        <source>%1 is impossible while a major nonconformity lacks a verified corrective action: %2. Verify the action, or record %3 or %4.</source>
        <translation>%1 er ikke muligt, så længe en større afvigelse mangler en verificeret korrigerende handling: %2. Verificér handlingen, eller registrér %3 eller %4.</translation>
    </message>
    <message>
        <source>An unconditional %1 needs every minor nonconformity&apos;s corrective-action plan accepted: %2. Record %3, so the report says the decision waits for the plans.</source>
        <translation>Et ubetinget resultat %1 kræver, at planen for korrigerende handlinger er accepteret for hver mindre afvigelse: %2. Registrér %3, så rapporten angiver, at beslutningen afventer planerne.</translation>
    </message>
    <message>
        <source>Major nonconformities of this Stage 2 were not verified by %1, six months after its last day: %2. Another Stage 2 is needed before certification can be recommended; record %3.</source>
        <translation>Større afvigelser fra denne trin 2-audit blev ikke verificeret senest %1, seks måneder efter auditens sidste dag: %2. Der kræves en ny trin 2-audit, før certificering kan anbefales; registrér %3.</translation>
    </message>
    <message>
        <source>The client is declared ready for Stage 2 while areas of concern are recorded: %1. %2 tells the client and the Stage 2 team they must be addressed first.</source>
        <translation>Kunden erklæres klar til trin 2, selv om der er registreret bekymringsområder: %1. %2 fortæller kunden og auditteamet til trin 2, at de skal håndteres først.</translation>
    </message>
    <message>
        <source>The nonconformities cannot be reported closed while their corrective actions are not verified effective: %1. Verify them, or record %2.</source>
        <translation>Afvigelserne kan ikke rapporteres som lukket, så længe deres korrigerende handlinger ikke er verificeret som effektive: %1. Verificér dem, eller registrér %2.</translation>
    </message>
    <message>
        <source>A special audit concludes on the nonconformities it verifies, and none is recorded: record each nonconformity followed up, with its corrective action.</source>
        <translation>En særlig audit konkluderer på de afvigelser, den verificerer, men der er ikke registreret nogen: registrér hver afvigelse, der er fulgt op på, med dens korrigerende handling.</translation>
    </message>
    <message>
        <source>The recommendation waits for verification, but no major nonconformity is open and no minor&apos;s plan is awaited; %1 may be what is meant.</source>
        <translation>Anbefalingen afventer verifikation, men ingen større afvigelse er åben, og ingen plan for en mindre afvigelse afventes; måske menes %1.</translation>
    </message>
    <message>
        <source>The recommendation is %1, but no major nonconformity is recorded to support it.</source>
        <translation>Anbefalingen er %1, men der er ikke registreret nogen større afvigelse, der understøtter den.</translation>
    </message>
    <message>
        <source>The outcome has no rationale for the certification body&apos;s reviewer.</source>
        <translation>Resultatet har ingen begrundelse til certificeringsorganets reviewer.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name in the language&apos;s quotation marks</comment>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Earlier nonconformities carried into this audit have no verification verdict yet: %1. Record for each whether its correction and corrective action are effective, not effective or still open.</source>
        <translation>Tidligere afvigelser, der er overført til denne audit, har endnu ingen verifikationsvurdering: %1. Registrér for hver enkelt, om korrektionen og den korrigerende handling er effektive, ikke effektive eller stadig åbne.</translation>
    </message>
    <message>
        <source>Earlier nonconformities verified as not effective are not raised again in this audit: %1. Raise each again as a finding of this audit (it keeps its history).</source>
        <translation>Tidligere afvigelser, der er verificeret som ikke effektive, er ikke rejst igen i denne audit: %1. Rejs hver enkelt igen som et fund i denne audit (dens historik bevares).</translation>
    </message>
    <message>
        <source>No further audit of this certification cycle is planned, and these items would stay unaudited over the cycle: %1.</source>
        <translation>Der er ikke planlagt flere audits i denne certificeringscyklus, og disse elementer ville forblive uauditerede i hele cyklussen: %1.</translation>
    </message>
    <message>
        <source>The programme does not give the date of the certification decision; the surveillance windows are counted from it. Enter it on the Overview page.</source>
        <translation>Auditprogrammet angiver ikke datoen for certificeringsbeslutningen; tidsrammerne for overvågningsaudits regnes fra den. Angiv den på siden Oversigt.</translation>
    </message>
    <message>
        <source>The audit starts on %1, after the date the programme plans it by (%2).</source>
        <translation>Auditten starter den %1, efter den seneste dato, som auditprogrammet har planlagt den til (%2).</translation>
    </message>
    <message>
        <source>The engagement needs exactly one named engagement lead; it has %1.</source>
        <translation>Erklæringsopgaven skal have præcis én navngiven opgaveansvarlig; den har %1.</translation>
    </message>
    <message>
        <source>Criteria of the categories in scope that no control addresses: %1. Map a control to each, or take its category out of scope.</source>
        <translation>Kriterier i de omfattede kategorier, som ingen kontrol adresserer: %1. Knyt en kontrol til hvert af dem, eller tag kriteriets kategori ud af omfanget.</translation>
    </message>
    <message>
        <source>The Type 2 period has no valid start and end.</source>
        <translation>Type 2-perioden har ingen gyldig start og slutning.</translation>
    </message>
    <message>
        <source>The Type 2 period (%1 to %2) is %3 months long; a period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>Type 2-perioden (%1 til %2) er %3 måneder lang; en periode er normalt 3 til 12 måneder. Bekræft, at det er den periode, erklæringen omfatter.</translation>
    </message>
    <message>
        <source>Key controls without a complete test result: %1. Each needs a test procedure with a result or a sample whose items all have results (an empty population counts as not occurring).</source>
        <translation>Nøglekontroller uden et fuldstændigt testresultat: %1. Hver af dem skal have en testhandling med et resultat eller en stikprøve, hvor alle elementer har et resultat (en tom population tæller som ikke udført).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sample items have no result yet.</source>
        <translation>%1: %2 af %3 stikprøveelementer har endnu intet resultat.</translation>
    </message>
    <message>
        <source>%1: deviations in %2 of %3 tested; the exception&apos;s %4 not recorded yet.</source>
        <translation>%1: afvigelser i %2 af %3 testede; afvigelsens %4 er endnu ikke registreret.</translation>
    </message>
    <message>
        <source>%1: its exception record counts no deviation now (nature: &quot;%2&quot;). Remove it, or keep it and say in its nature why it stays.</source>
        <translation>%1: afvigelsesregistreringen tæller nu ingen afvigelser (karakter: &quot;%2&quot;). Fjern den, eller behold den og angiv i dens karakter, hvorfor den bevares.</translation>
    </message>
    <message>
        <source>%1: the population &quot;%2&quot; has no record of how its completeness and accuracy were checked, and by whom.</source>
        <translation>%1: for populationen &quot;%2&quot; er det ikke registreret, hvordan og af hvem dens fuldstændighed og nøjagtighed blev kontrolleret.</translation>
    </message>
    <message>
        <source>%1: the population &quot;%3&quot; has rows dated outside the period (%2). Ask the service organization whether the population is the right one.</source>
        <translation>%1: populationen &quot;%3&quot; har rækker dateret uden for perioden (%2). Spørg serviceleverandøren, om det er den rigtige population.</translation>
    </message>
    <message>
        <source>Controls whose design is not yet concluded: %1.</source>
        <translation>Kontroller, hvis udformning der endnu ikke er konkluderet på: %1.</translation>
    </message>
    <message>
        <source>The system description is incomplete; missing: %1.</source>
        <translation>Systembeskrivelsen er ufuldstændig; mangler: %1.</translation>
    </message>
    <message>
        <source>Management&apos;s written assertion is not recorded.</source>
        <translation>Ledelsens skriftlige udtalelse er ikke registreret.</translation>
    </message>
    <message>
        <source>No opinion is recorded (unmodified, qualified, adverse or a disclaimer).</source>
        <translation>Der er ikke registreret nogen konklusion (uden forbehold, med forbehold, afkræftende eller manglende konklusion).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 128 MB; split it before importing.</source>
        <translation>%1 er større end 128 MB; opdel den før import.</translation>
    </message>
    <message>
        <source>The workbook</source>
        <translation>Projektmappen</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 er tom: der er intet at importere.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 er ikke en Excel-projektmappe (.xlsx): det er ikke et zip-arkiv.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): the zip archive cannot be read.</source>
        <translation>%1 er ikke en Excel-projektmappe (.xlsx): zip-arkivet kan ikke læses.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 er beskadiget: %2 kan ikke pakkes ud.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than 512 MB; it is too large to import.</source>
        <translation>%1 fylder mere end 512 MB udpakket; den er for stor til at importere.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it has no xl/workbook.xml.</source>
        <translation>%1 er ikke en Excel-projektmappe (.xlsx): den har ingen xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 har ingen regneark.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read (%2).</source>
        <translation>%1 er beskadiget: listen over ark kan ikke læses (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read (%2).</source>
        <translation>%1 er beskadiget: dens delte strenge kan ikke læses (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its cell styles cannot be read (%2).</source>
        <translation>%1 er beskadiget: dens celleformater kan ikke læses (%2).</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3.</source>
        <translation>%1 har intet ark &quot;%2&quot;; arkene er: %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; is missing.</source>
        <translation>%1 er beskadiget: arket &quot;%2&quot; mangler.</translation>
    </message>
    <message>
        <source>XLSX, sheet &quot;%1&quot;</source>
        <translation>XLSX, ark &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; of %2 has values beyond row %3 or column %4; it is too large to import.</source>
        <translation>Arket &quot;%1&quot; i %2 har værdier ud over række %3 eller kolonne %4; det er for stort til at importere.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2%3 of &quot;%4&quot; points at a missing shared string.</source>
        <translation>%1 er beskadiget: celle %2%3 i &quot;%4&quot; peger på en manglende delt streng.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; cannot be read (%3).</source>
        <translation>%1 er beskadiget: arket &quot;%2&quot; kan ikke læses (%3).</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>The workbook could not be packed (zip error %1).</source>
        <translation>Projektmappen kunne ikke pakkes (zip-fejl %1).</translation>
    </message>
</context>
<context>
    <name>isoaudit::AttachmentsBox</name>
    <message>
        <source>Attached files</source>
        <translation>Vedhæftede filer</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Tilføj fi&amp;l…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Files stored inside the audit; drop files here to attach them</source>
        <translation>Filer, der er gemt i auditten; slip filer her for at vedhæfte dem</translation>
    </message>
    <message>
        <source>Store a file inside the audit as part of this evidence</source>
        <translation>Gem en fil i auditten som en del af dette auditbevis</translation>
    </message>
    <message>
        <source>Open a read-only copy with the program the desktop uses for it</source>
        <translation>Åbn en skrivebeskyttet kopi med det program, skrivebordet bruger til den</translation>
    </message>
    <message>
        <source>Save a copy of the file elsewhere</source>
        <translation>Gem en kopi af filen et andet sted</translation>
    </message>
    <message>
        <source>Remove the file from the audit (Undo brings it back)</source>
        <translation>Fjern filen fra auditten (Fortryd henter den tilbage)</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Fjern fil</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Choose an evidence record first.</source>
        <translation>Vælg først en bevispost.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n fil vedhæftet.</numerusform>
            <numerusform>%n filer vedhæftet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an attached file first.</source>
        <translation>Vælg først en vedhæftet fil.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er gemt.</translation>
    </message>
    <message>
        <source>Remove file %1</source>
        <translation>Fjern filen %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Vedhæft filer</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Åbn fil</translation>
    </message>
    <message>
        <source>No program is set up to open %1. Use Export… to save it and open it yourself.</source>
        <translation>Der er ikke sat noget program op til at åbne %1. Brug Eksportér… for at gemme den og åbne den selv.</translation>
    </message>
    <message>
        <source>Export attached file</source>
        <translation>Eksportér vedhæftet fil</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Eksportér fil</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditDocument</name>
    <message>
        <source>Update the exception counts of %1</source>
        <translation>Opdater antallet af afvigelser for %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Slet %1</translation>
    </message>
    <message>
        <source>Change links of %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Skift tilknytninger for %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditPlanModel</name>
    <message>
        <source>Clause %1 %2</source>
        <translation>Punkt %1 %2</translation>
    </message>
    <message>
        <source>A.%1 %2</source>
        <translation>A.%1 %2</translation>
    </message>
    <message>
        <source>Planned: untick to leave it out of this audit</source>
        <translation>Planlagt: fjern markeringen for at udelade det fra denne audit</translation>
    </message>
    <message>
        <source>Not planned: tick to plan it</source>
        <translation>Ikke planlagt: markér for at planlægge det</translation>
    </message>
    <message>
        <source>The team member who audits it</source>
        <translation>Det teammedlem, der auditerer det</translation>
    </message>
    <message>
        <source>Who is interviewed for it (the auditee)</source>
        <translation>Hvem der interviewes om det (den auditerede)</translation>
    </message>
    <message>
        <source>When it is audited; Delete clears the date</source>
        <translation>Hvornår det auditeres; Delete rydder datoen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>ikke planlagt</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Clause or control</source>
        <translation>Punkt eller kontrol</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>With whom (auditee)</source>
        <translation>Med hvem (auditeret)</translation>
    </message>
    <message>
        <source>By whom (auditor)</source>
        <translation>Af hvem (auditor)</translation>
    </message>
    <message>
        <source>Whether it is audited in this audit</source>
        <translation>Om det auditeres i denne audit</translation>
    </message>
    <message>
        <source>Edit plan of %1</source>
        <translation>Rediger plan for %1</translation>
    </message>
    <message>
        <source>Not yet covered</source>
        <translation>Endnu ikke dækket</translation>
    </message>
    <message>
        <source>%1 · every surveillance</source>
        <translation>%1 · ved hver overvågningsaudit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: write it as HH:MM, for example 09:30.</source>
        <translation>&quot;%1&quot; er ikke et klokkeslæt: skriv det som TT:MM, for eksempel 09:30.</translation>
    </message>
    <message>
        <source>The slot of %1 would end (%2) before it starts (%3): the end must be later.</source>
        <translation>Tidsrummet for %1 ville slutte (%2), før det begynder (%3): sluttidspunktet skal ligge senere.</translation>
    </message>
    <message>
        <source>The slot&apos;s time of day (HH:MM); Delete clears it</source>
        <translation>Tidsrummets klokkeslæt (TT:MM); Delete rydder det</translation>
    </message>
    <message>
        <source>The site where it is audited</source>
        <translation>Den lokation, hvor det auditeres</translation>
    </message>
    <message>
        <source>Not applicable in the Statement of Applicability: outside the programme&apos;s coverage.</source>
        <translation>Ikke relevant ifølge anvendelseserklæringen: uden for auditprogrammets dækning.</translation>
    </message>
    <message>
        <source>Covered in this certification cycle by: %1.</source>
        <translation>Dækket i denne certificeringscyklus af: %1.</translation>
    </message>
    <message>
        <source>Not covered by an earlier audit of this cycle; this audit&apos;s plan covers it.</source>
        <translation>Ikke dækket af en tidligere audit i denne cyklus; denne audits plan dækker det.</translation>
    </message>
    <message>
        <source>Not yet covered in this certification cycle: plan it in this audit or a later one.</source>
        <translation>Endnu ikke dækket i denne certificeringscyklus: planlæg det i denne audit eller en senere.</translation>
    </message>
    <message>
        <source>Audited at every surveillance (ISO/IEC 17021-1 9.6.2.2).</source>
        <translation>Auditeres ved hver overvågningsaudit (ISO/IEC 17021-1, pkt. 9.6.2.2).</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Ingen lokation</translation>
    </message>
    <message>
        <source>Covered in this cycle</source>
        <translation>Dækket i denne cyklus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Which completed audit of this certification cycle covered it, or whether this audit does</source>
        <translation>Hvilken gennemført audit i denne certificeringscyklus der har dækket det, eller om denne audit gør det</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditPlanPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Punkt 4–10</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Anneks A-kontroller</translation>
    </message>
    <message>
        <source>Planned only</source>
        <translation>Kun planlagte</translation>
    </message>
    <message>
        <source>Not planned only</source>
        <translation>Kun ikke planlagte</translation>
    </message>
    <message>
        <source>Find in the audit plan</source>
        <translation>Find i auditplanen</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>Auditplan</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>Valgte rækker:</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planlæg</translation>
    </message>
    <message>
        <source>Put the selected clauses and controls in the audit plan</source>
        <translation>Sæt de valgte punkter og kontroller i auditplanen</translation>
    </message>
    <message>
        <source>&amp;Unplan</source>
        <translation>&amp;Udelad</translation>
    </message>
    <message>
        <source>Leave the selected clauses and controls out of this audit</source>
        <translation>Udelad de valgte punkter og kontroller fra denne audit</translation>
    </message>
    <message>
        <source>Date for the selected rows</source>
        <translation>Dato for de valgte rækker</translation>
    </message>
    <message>
        <source>Set &amp;date</source>
        <translation>Angiv &amp;dato</translation>
    </message>
    <message>
        <source>Plan the selected rows for this date</source>
        <translation>Planlæg de valgte rækker til denne dato</translation>
    </message>
    <message>
        <source>Auditor for the selected rows</source>
        <translation>Auditor for de valgte rækker</translation>
    </message>
    <message>
        <source>&amp;Assign auditor</source>
        <translation>&amp;Tildel auditor</translation>
    </message>
    <message>
        <source>Make this team member the auditor of the selected rows</source>
        <translation>Gør dette teammedlem til auditor for de valgte rækker</translation>
    </message>
    <message>
        <source>Plan selected items</source>
        <translation>Planlæg valgte elementer</translation>
    </message>
    <message>
        <source>Unplan selected items</source>
        <translation>Udelad valgte elementer</translation>
    </message>
    <message>
        <source>Set plan date</source>
        <translation>Angiv plandato</translation>
    </message>
    <message>
        <source>Assign auditor</source>
        <translation>Tildel auditor</translation>
    </message>
    <message>
        <source>%1/%2 clause items planned · %3/%4 controls planned</source>
        <translation>%1/%2 punkter planlagt · %3/%4 kontroller planlagt</translation>
    </message>
    <message>
        <source>Rows changed: %1.</source>
        <translation>Ændrede rækker: %1.</translation>
    </message>
    <message>
        <source>Not yet covered in this cycle</source>
        <translation>Endnu ikke dækket i denne cyklus</translation>
    </message>
    <message>
        <source>Find a clause, control, site, auditee or auditor</source>
        <translation>Find et punkt, en kontrol, en lokation, en interviewperson eller en auditor</translation>
    </message>
    <message>
        <source>Plan what the certification cycle still needs: at a surveillance the items audited every time and a share of what is not yet covered, at Stage 2 and recertification everything not yet covered (one undo step)</source>
        <translation>Planlæg det, som certificeringscyklussen stadig mangler: ved en overvågningsaudit de elementer, der auditeres hver gang, og en del af det, der endnu ikke er dækket; ved trin 2 og recertificering alt, der endnu ikke er dækket (ét trin, der kan fortrydes)</translation>
    </message>
    <message>
        <source>Audit &amp;time…</source>
        <translation>&amp;Audittid…</translation>
    </message>
    <message>
        <source>Compute the audit time per ISO/IEC 27006 and store it in the audit</source>
        <translation>Beregn audittiden efter ISO/IEC 27006, og gem den i auditten</translation>
    </message>
    <message>
        <source>&amp;Opening meeting…</source>
        <translation>Å&amp;bningsmøde…</translation>
    </message>
    <message>
        <source>Record the opening meeting: when, where, who attended, what was confirmed</source>
        <translation>Registrer åbningsmødet: hvornår, hvor, hvem der deltog, og hvad der blev bekræftet</translation>
    </message>
    <message>
        <source>&amp;Closing meeting…</source>
        <translation>Afslutnings&amp;møde…</translation>
    </message>
    <message>
        <source>Record the closing meeting: who attended, the findings presented, the client&apos;s acknowledgement, any disagreement</source>
        <translation>Registrer afslutningsmødet: hvem der deltog, de fremlagte fund, kundens kvittering og eventuel uenighed</translation>
    </message>
    <message>
        <source>&amp;Export audit plan PDF…</source>
        <translation>&amp;Eksportér auditplan som PDF…</translation>
    </message>
    <message>
        <source>Write the audit plan to send the client before the audit, in the report&apos;s language</source>
        <translation>Skriv auditplanen, som sendes til kunden før auditten, på rapportens sprog</translation>
    </message>
    <message>
        <source>Plan proposed: rows changed: %1.</source>
        <translation>Plan foreslået: ændrede rækker: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain across %n planned audit(s).</source>
        <translation>
            <numerusform>Certificeringscyklus %1: %2 af %3 elementer er dækket i denne cyklus; %4 mangler fordelt på %n planlagt audit.</numerusform>
            <numerusform>Certificeringscyklus %1: %2 af %3 elementer er dækket i denne cyklus; %4 mangler fordelt på %n planlagte audits.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
    <message>
        <source>Propose plan</source>
        <translation>Foreslå plan</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>-plan</source>
        <translation>-auditplan</translation>
    </message>
    <message>
        <source>Export Audit Plan as PDF</source>
        <translation>Eksportér auditplan som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Audit plan exported to %1.</source>
        <translation>Auditplanen er eksporteret til %1.</translation>
    </message>
    <message>
        <source>Propose p&amp;lan</source>
        <translation>Fores&amp;lå plan</translation>
    </message>
    <message>
        <source>Certification cycle %1: all %2 items are covered in this cycle.</source>
        <translation>Certificeringscyklus %1: alle %2 elementer er dækket i denne cyklus.</translation>
    </message>
    <message>
        <source>Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain and the programme plans no further audit of the cycle (Overview: Plan the cycle).</source>
        <translation>Certificeringscyklus %1: %2 af %3 elementer er dækket i denne cyklus; %4 mangler, og auditprogrammet planlægger ingen flere audits i cyklussen (Oversigt: Planlæg cyklussen).</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditProgressWidget</name>
    <message>
        <source>Clauses 4–10: items with a verdict</source>
        <translation>Punkt 4–10: elementer med vurdering</translation>
    </message>
    <message>
        <source>Annex A themes: applicability decided · controls assessed</source>
        <translation>Anneks A-temaer: relevans afgjort · kontroller vurderet</translation>
    </message>
    <message>
        <source>Findings by grade</source>
        <translation>Fund efter kategori</translation>
    </message>
    <message>
        <source>Overdue corrective actions</source>
        <translation>Korrigerende handlinger over fristen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the finding</source>
        <translation>Dobbeltklik, eller tryk på Enter for at åbne fundet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No corrective action is past its due date.</source>
        <translation>Ingen korrigerende handling har overskredet fristen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/%2 decided</source>
        <translation>%1/%2 afgjort</translation>
    </message>
    <message>
        <source>%1/%2 assessed</source>
        <translation>%1/%2 vurderet</translation>
    </message>
    <message>
        <source>Progress of %1 %2</source>
        <translation>Fremdrift for %1 %2</translation>
    </message>
    <message>
        <source>%1 assessed</source>
        <translation>%1 vurderet</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n NC</source>
        <translation>
            <numerusform>%n afv.</numerusform>
            <numerusform>%n afv.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt; font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</source>
        <translation>&lt;span style=&apos;font-size:16pt; font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Major nonconformities without a verified corrective action: %1.</source>
        <translation>Større afvigelser uden verificeret korrigerende handling: %1.</translation>
    </message>
    <message>
        <source>Minor nonconformities without an accepted corrective-action plan: %1.</source>
        <translation>Mindre afvigelser uden accepteret plan for korrigerende handlinger: %1.</translation>
    </message>
    <message>
        <source>No nonconformity is waiting for the client.</source>
        <translation>Ingen afvigelse venter på kunden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d.</translation>
    </message>
    <message>
        <source>Areas of concern to address before Stage 2: %1.</source>
        <translation>Bekymringsområder, der skal håndteres før trin 2: %1.</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditStatusBar</name>
    <message>
        <source>Lifecycle state of the audit: planning → fieldwork → reporting → signed</source>
        <translation>Auditens livscyklustilstand: planlægning → feltarbejde → rapportering → underskrevet</translation>
    </message>
    <message>
        <source>Rules that must hold before the audit can move on; click to see them</source>
        <translation>Regler, der skal være opfyldt, før auditten kan gå videre; klik for at se dem</translation>
    </message>
    <message>
        <source>Unmet rules for the next lifecycle step</source>
        <translation>Uopfyldte regler for næste trin i livscyklussen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>This audit file was opened read-only; edits are not possible</source>
        <translation>Denne auditfil blev åbnet skrivebeskyttet; ændringer er ikke mulige</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Tilstand: %1</translation>
    </message>
    <message>
        <source>Signed — the record is final</source>
        <translation>Underskrevet — dokumentationen er endelig</translation>
    </message>
    <message>
        <source>Ready for %1</source>
        <translation>Klar til %1</translation>
    </message>
    <message>
        <source>Unmet rules for %1: %2</source>
        <translation>Uopfyldte regler for %1: %2</translation>
    </message>
    <message>
        <source>This audit is a file on this computer only. File ▸ Repository ▸ Push stores it in the certification body&apos;s repository.</source>
        <translation>Denne audit er kun en fil på denne computer. Filer ▸ Centralt arkiv ▸ Send gemmer den i certificeringsorganets centrale arkiv.</translation>
    </message>
    <message>
        <source>Repository: %1
Last pushed or pulled: %2. The server may hold newer changes: File ▸ Repository ▸ Pull brings them.</source>
        <translation>Arkiv: %1
Senest sendt eller hentet: %2. Serveren kan have nyere ændringer: Filer ▸ Centralt arkiv ▸ Hent henter dem.</translation>
    </message>
    <message numerus="yes">
        <source>%n change not yet pushed</source>
        <translation>
            <numerusform>%n ændring endnu ikke sendt</numerusform>
            <numerusform>%n ændringer endnu ikke sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet pushed</source>
        <translation>
            <numerusform>%n ændring endnu ikke sendt</numerusform>
            <numerusform>%n ændringer endnu ikke sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the repository</source>
        <translation>Ikke i arkivet</translation>
    </message>
    <message>
        <source>All changes pushed</source>
        <translation>Alle ændringer er sendt</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditStore</name>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Unknown audit type &quot;%1&quot;; use one of: %2.</source>
        <translation>Ukendt audittype &quot;%1&quot;; brug en af: %2.</translation>
    </message>
    <message>
        <source>A new audit needs the client&apos;s name.</source>
        <translation>En ny audit kræver kundens navn.</translation>
    </message>
    <message>
        <source>A new audit needs the lead auditor&apos;s name.</source>
        <translation>En ny audit kræver den ledende auditors navn.</translation>
    </message>
    <message>
        <source>The audit ends (%1) before it starts (%2).</source>
        <translation>Auditten slutter (%1), før den starter (%2).</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Kunne ikke oprette %1.</translation>
    </message>
    <message>
        <source>Could not read the %1 records: %2</source>
        <translation>Kunne ikke læse %1-posterne: %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this audit.</source>
        <translation>Der er ingen %1 med id %2 i denne audit.</translation>
    </message>
    <message>
        <source>The audit file %1 has no %2 record; it is incomplete.</source>
        <translation>Auditfilen %1 har ingen %2-post; den er ufuldstændig.</translation>
    </message>
    <message>
        <source>Could not count the %1 records: %2</source>
        <translation>Kunne ikke tælle %1-posterne: %2</translation>
    </message>
    <message>
        <source>A %1 has no reference to look it up by.</source>
        <translation>En %1 har ingen reference at slå den op efter.</translation>
    </message>
    <message>
        <source>Could not look up %1 %2: %3</source>
        <translation>Kunne ikke slå %1 %2 op: %3</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in this audit.</source>
        <translation>Der er ingen %1 &quot;%2&quot; i denne audit.</translation>
    </message>
    <message>
        <source>The attachment %1 is not in this audit.</source>
        <translation>Bilaget %1 findes ikke i denne audit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause of %2.</source>
        <translation>&quot;%1&quot; er ikke et punkt i %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2.</source>
        <translation>&quot;%1&quot; er ikke en Anneks A-kontrol i %2.</translation>
    </message>
    <message>
        <source>There is no interview %1 in this audit.</source>
        <translation>Der er intet interview %1 i denne audit.</translation>
    </message>
    <message>
        <source>There is no evidence %1 in this audit.</source>
        <translation>Der er intet auditbevis %1 i denne audit.</translation>
    </message>
    <message>
        <source>There is no risk %1 in this audit.</source>
        <translation>Der er ingen risiko %1 i denne audit.</translation>
    </message>
    <message>
        <source>This audit is open read-only; changes cannot be saved.</source>
        <translation>Denne audit er åbnet skrivebeskyttet; ændringer kan ikke gemmes.</translation>
    </message>
    <message>
        <source>The audit file %1 has disappeared or was replaced (moved, deleted, or its drive removed), so the change was not saved. Save a copy of the open audit under a new name to keep its content.</source>
        <translation>Auditfilen %1 er forsvundet eller blevet erstattet (flyttet, slettet, eller drevet er fjernet), så ændringen blev ikke gemt. Gem en kopi af den åbne audit under et nyt navn for at bevare indholdet.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: this change was not saved; everything saved before it is safe. Free some space, then make the change again.</source>
        <translation>Disken med %1 er fuld: denne ændring blev ikke gemt; alt, der er gemt før den, er i sikkerhed. Frigør noget plads, og foretag så ændringen igen.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>En %1 har intet felt &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The %1 of a %2 cannot be changed.</source>
        <translation>%1 for en %2 kan ikke ændres.</translation>
    </message>
    <message>
        <source>Could not save the %1: %2</source>
        <translation>Kunne ikke gemme %1: %2</translation>
    </message>
    <message>
        <source>A %1 must belong to an existing %2.</source>
        <translation>En %1 skal høre til en eksisterende %2.</translation>
    </message>
    <message>
        <source>%1.%2 must not be empty.</source>
        <translation>%1.%2 må ikke være tom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the %2 catalog.</source>
        <translation>&quot;%1&quot; findes ikke i kataloget %2.</translation>
    </message>
    <message>
        <source>A %1 cannot link to a %2.</source>
        <translation>En %1 kan ikke tilknyttes en %2.</translation>
    </message>
    <message>
        <source>The audit team already has a lead auditor; there can be only one.</source>
        <translation>Auditteamet har allerede en ledende auditor; der kan kun være én.</translation>
    </message>
    <message>
        <source>This audit already has that %1 (%2).</source>
        <translation>Denne audit har allerede den %1 (%2).</translation>
    </message>
    <message>
        <source>Could not add the %1: %2</source>
        <translation>Kunne ikke tilføje %1: %2</translation>
    </message>
    <message>
        <source>Could not save a link: %1</source>
        <translation>Kunne ikke gemme en tilknytning: %1</translation>
    </message>
    <message>
        <source>The %1 cannot be deleted; it is part of every audit.</source>
        <translation>%1 kan ikke slettes; den indgår i alle audits.</translation>
    </message>
    <message>
        <source>Could not delete the %1: %2</source>
        <translation>Kunne ikke slette %1: %2</translation>
    </message>
    <message>
        <source>Could not read the links to %1: %2</source>
        <translation>Kunne ikke læse tilknytningerne til %1: %2</translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>Kunne ikke læse %1: %2</translation>
    </message>
    <message>
        <source>This audit was opened without the check that keeps a signed audit unchanged, so the change was not saved.</source>
        <translation>Revisionen blev åbnet uden den kontrol, der holder en underskrevet revision uændret, så ændringen blev ikke gemt.</translation>
    </message>
    <message>
        <source>The new %1 is missing from the file.</source>
        <translation>Den nye %1 mangler i filen.</translation>
    </message>
    <message>
        <source>Could not restore a link: %1</source>
        <translation>Kunne ikke gendanne en tilknytning: %1</translation>
    </message>
    <message>
        <source>Unknown framework &quot;%1&quot;; use one of: %2.</source>
        <translation>Ukendt ramme &quot;%1&quot;; brug en af: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services Criterion.</source>
        <translation>&quot;%1&quot; er ikke et kriterium i Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Kunne ikke læse revisionssporet: %1</translation>
    </message>
    <message>
        <source>Could not read where this copy came from: %1</source>
        <translation>Kunne ikke læse, hvor denne kopi stammer fra: %1</translation>
    </message>
    <message>
        <source>Could not write where this copy came from: %1</source>
        <translation>Kunne ikke skrive, hvor denne kopi stammer fra: %1</translation>
    </message>
    <message>
        <source>Could not read the team&apos;s copies: %1</source>
        <translation>Kunne ikke læse teamets kopier: %1</translation>
    </message>
    <message>
        <source>A team copy without an id cannot be remembered.</source>
        <translation>En teamkopi uden id kan ikke huskes.</translation>
    </message>
    <message>
        <source>Could not remember the team member&apos;s copy: %1</source>
        <translation>Kunne ikke huske kopien til medlemmet af auditteamet: %1</translation>
    </message>
    <message>
        <source>Could not read the repository this audit belongs to: %1</source>
        <translation>Kunne ikke læse, hvilket arkiv denne audit hører til: %1</translation>
    </message>
    <message>
        <source>Could not write the repository this audit belongs to: %1</source>
        <translation>Kunne ikke skrive, hvilket arkiv denne audit hører til: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditTimeDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Audit time (ISO/IEC 27006)</source>
        <translation>Audittid (ISO/IEC 27006)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>Full-time persons</source>
        <translation>Personer på fuld tid</translation>
    </message>
    <message>
        <source>Persons doing work under the organization&apos;s control, full-time, head count</source>
        <translation>Personer, der udfører arbejde under organisationens kontrol, på fuld tid, opgjort i antal personer</translation>
    </message>
    <message>
        <source>Part-time persons in full-time equivalents</source>
        <translation>Personer på deltid, omregnet til årsværk</translation>
    </message>
    <message>
        <source>e.g. 49, 30</source>
        <translation>f.eks. 49, 30</translation>
    </message>
    <message>
        <source>Groups doing the same simple work</source>
        <translation>Grupper, der udfører det samme enkle arbejde</translation>
    </message>
    <message>
        <source>Head counts of groups doing the same simple, repetitive work, separated by commas; they are part of the full-time persons</source>
        <translation>Antal personer i grupper, der udfører det samme enkle, gentagne arbejde, adskilt med kommaer; de indgår i personerne på fuld tid</translation>
    </message>
    <message>
        <source>Business complexity</source>
        <translation>Forretningsmæssig kompleksitet</translation>
    </message>
    <message>
        <source>Reason for the business complexity</source>
        <translation>Begrundelse for den forretningsmæssige kompleksitet</translation>
    </message>
    <message>
        <source>Why this level</source>
        <translation>Hvorfor dette niveau</translation>
    </message>
    <message>
        <source>IT complexity</source>
        <translation>IT-kompleksitet</translation>
    </message>
    <message>
        <source>Reason for the IT complexity</source>
        <translation>Begrundelse for IT-kompleksiteten</translation>
    </message>
    <message>
        <source>Outsourcing adjustment</source>
        <translation>Justering for outsourcing</translation>
    </message>
    <message>
        <source>Reason for the outsourcing adjustment</source>
        <translation>Begrundelse for justeringen for outsourcing</translation>
    </message>
    <message>
        <source>Why the adjustment</source>
        <translation>Hvorfor justeringen</translation>
    </message>
    <message>
        <source>Not multi-site</source>
        <translation>Ingen stikprøveudtagning</translation>
    </message>
    <message>
        <source>Sites sampled</source>
        <translation>Lokationer i stikprøven</translation>
    </message>
    <message>
        <source>Multi-site adjustment</source>
        <translation>Justering for flere lokationer</translation>
    </message>
    <message>
        <source>Reason for the multi-site adjustment</source>
        <translation>Begrundelse for justeringen for flere lokationer</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Audittype</translation>
    </message>
    <message>
        <source>&amp;Full-time persons:</source>
        <translation>Personer på &amp;fuld tid:</translation>
    </message>
    <message>
        <source>&amp;Part-time (FTE):</source>
        <translation>&amp;Deltid (årsværk):</translation>
    </message>
    <message>
        <source>Same-&amp;work groups:</source>
        <translation>Grupper med &amp;samme arbejde:</translation>
    </message>
    <message>
        <source>&amp;Business complexity:</source>
        <translation>Forretningsmæssig &amp;kompleksitet:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>&amp;IT complexity:</source>
        <translation>&amp;IT-kompleksitet:</translation>
    </message>
    <message>
        <source>&amp;Outsourcing:</source>
        <translation>&amp;Outsourcing:</translation>
    </message>
    <message>
        <source>&amp;Sites sampled:</source>
        <translation>Lokationer i stik&amp;prøven:</translation>
    </message>
    <message>
        <source>&amp;Multi-site:</source>
        <translation>Flere &amp;lokationer:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>Audit&amp;type:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Store in audit</source>
        <translation>&amp;Gem i auditten</translation>
    </message>
    <message>
        <source>Record this input and its result in the audit (undoable); the audit plan and the report print it</source>
        <translation>Registrer dette grundlag og dets resultat i auditten (kan fortrydes); auditplanen og rapporten gengiver det</translation>
    </message>
    <message>
        <source>The audit stores an audit time; shown is its input.</source>
        <translation>Auditten har en gemt audittid; dens grundlag vises.</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Ikke beregnet: %1</translation>
    </message>
    <message>
        <source>Note: this band of the chart rests on one source (%1); see the user guide.</source>
        <translation>Bemærk: dette interval i tabellen bygger på én kilde (%1); se brugervejledningen.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
    <message>
        <source>The audit time cannot be stored while its input has a problem.</source>
        <translation>Audittiden kan ikke gemmes, så længe der er et problem med grundlaget.</translation>
    </message>
    <message>
        <source>Store audit time</source>
        <translation>Gem audittid</translation>
    </message>
    <message>
        <source>Stored in the audit.</source>
        <translation>Gemt i auditten.</translation>
    </message>
</context>
<context>
    <name>isoaudit::BackupController</name>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sikkerhedskopiering mislykkedes: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sikkerhedskopi gemt i %1</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Kan ikke gendanne</translation>
    </message>
    <message>
        <source>Restored %1; the replaced audit is kept as %2</source>
        <translation>%1 er gendannet; den erstattede audit er gemt som %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::CarriedFindingTableModel</name>
    <message>
        <source>Passed through a special audit that verified only major nonconformities: it is verified at the next audit.</source>
        <translation>Ført videre gennem en særlig audit, der kun verificerede større afvigelser: den verificeres ved den næste audit.</translation>
    </message>
    <message>
        <source>At the next audit</source>
        <translation>Ved næste audit</translation>
    </message>
    <message>
        <source>Raised again as finding %1 of this audit</source>
        <translation>Rejst igen som fund %1 i denne audit</translation>
    </message>
    <message>
        <source>%1
Choose the verdict here, or press 1 (closed), 2 (not effective), 3 (still open) or 0 (none) in the list</source>
        <translation>%1
Vælg vurderingen her, eller tryk 1 (lukket), 2 (ikke effektiv), 3 (stadig åben) eller 0 (ingen) i listen</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Rejst ved</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Raised again as</source>
        <translation>Rejst igen som</translation>
    </message>
</context>
<context>
    <name>isoaudit::ChangeView</name>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed (links or attachments)</source>
        <translation>Ændret (tilknytninger eller bilag)</translation>
    </message>
    <message>
        <source>Choose a change on the left to see what it brings.</source>
        <translation>Vælg en ændring til venstre for at se, hvad den medfører.</translation>
    </message>
    <message>
        <source>The new record</source>
        <translation>Den nye post</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Tilføjet af %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Slettet af %1</translation>
    </message>
    <message>
        <source>Only its links or attachments change.</source>
        <translation>Kun dens tilknytninger eller bilag ændres.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Efter fletningen</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Ændret af %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Conflict: deleted on one side, changed on the other</source>
        <translation>Konflikt: slettet på den ene side, ændret på den anden</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
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
        <translation>Detaljer om ændringen</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClassificationPanel</name>
    <message>
        <source>Classification assistant</source>
        <translation>Klassifikationsassistent</translation>
    </message>
    <message>
        <source>&amp;Capability of the ISMS in doubt</source>
        <translation>&amp;Tvivl om ISMS&apos;ets evne</translation>
    </message>
    <message>
        <source>&amp;Apply suggested grade</source>
        <translation>&amp;Anvend forslaget</translation>
    </message>
    <message>
        <source>Nature of the nonconformity</source>
        <translation>Afvigelsens karakter</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>Ikke udtaget</translation>
    </message>
    <message>
        <source>Samples failed</source>
        <translation>Fejlede stikprøver</translation>
    </message>
    <message>
        <source>How many of the sampled items did not meet the requirement</source>
        <translation>Hvor mange af de udtagne elementer der ikke opfyldte kravet</translation>
    </message>
    <message>
        <source>Samples taken</source>
        <translation>Udtagne stikprøver</translation>
    </message>
    <message>
        <source>How many items were sampled</source>
        <translation>Hvor mange elementer der blev udtaget</translation>
    </message>
    <message>
        <source>Tick when there is significant doubt that the ISMS can achieve its intended results, i.e. that effective control is in place</source>
        <translation>Markér, når der er betydelig tvivl om, at ISMS&apos;et kan opnå de tilsigtede resultater, dvs. at der er effektiv kontrol</translation>
    </message>
    <message>
        <source>Suggested grade</source>
        <translation>Foreslået kategori</translation>
    </message>
    <message>
        <source>Rationale for the suggested grade</source>
        <translation>Begrundelse for den foreslåede kategori</translation>
    </message>
    <message>
        <source>Give the finding the suggested grade (a new NC reference if it was an observation)</source>
        <translation>Giv fundet den foreslåede kategori (en ny afvigelsesreference, hvis det var en observation)</translation>
    </message>
    <message>
        <source>of</source>
        <translation>af</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Karakter:</translation>
    </message>
    <message>
        <source>Samples &amp;failed:</source>
        <translation>&amp;Fejlede stikprøver:</translation>
    </message>
    <message>
        <source>Suggested grade:</source>
        <translation>Foreslået kategori:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change classification facts</source>
        <translation>Ændr fakta for klassifikation</translation>
    </message>
    <message>
        <source>Is the required process missing, broken down throughout, missed once, or running without the documented information the requirement calls for?</source>
        <translation>Mangler den krævede proces, er den brudt sammen hele vejen igennem, er den svigtet én gang, eller fungerer den uden den dokumenterede information, som kravet forudsætter?</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClauseDetailWidget</name>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Your verdict on this clause item</source>
        <translation>Din vurdering af dette punkt</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <source>&amp;Notes (saved as you type):</source>
        <translation>&amp;Noter (gemmes, mens du skriver):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>What you saw, asked and sampled for this requirement…</source>
        <translation>Hvad du så, spurgte om og udtog stikprøver af for dette krav…</translation>
    </message>
    <message>
        <source>Interviews and evidence linked to this clause</source>
        <translation>Interview og auditbevis tilknyttet dette punkt</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Dobbeltklik, eller tryk på Enter for at åbne</translation>
    </message>
    <message>
        <source>Findings raised against this clause</source>
        <translation>Fund rejst mod dette punkt</translation>
    </message>
    <message>
        <source>Clause %1 %2</source>
        <translation>Punkt %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed. Select an item (Down arrow) to record its verdict and notes.</source>
        <translation>%1 af %2 elementer vurderet. Vælg et element (pil ned) for at registrere vurdering og noter.</translation>
    </message>
    <message>
        <source>Select a clause item</source>
        <translation>Vælg et punkt</translation>
    </message>
    <message>
        <source>No audit is open</source>
        <translation>Ingen audit er åben</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Documented information required. %1</source>
        <translation>Dokumenteret information påkrævet. %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Planlagt til %1</translation>
    </message>
    <message>
        <source>Planned (no date yet)</source>
        <translation>Planlagt (endnu ingen dato)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>med %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>af %1</translation>
    </message>
    <message>
        <source>Not in the audit plan.</source>
        <translation>Ikke i auditplanen.</translation>
    </message>
    <message>
        <source>Interview: %1%2%3</source>
        <translation>Interview: %1%2%3</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>&amp;Linked interviews and evidence (%1):</source>
        <translation>&amp;Tilknyttede interview og auditbevis (%1):</translation>
    </message>
    <message>
        <source>&amp;Findings raised against it (%1):</source>
        <translation>&amp;Fund rejst mod det (%1):</translation>
    </message>
    <message>
        <source>Set verdict of %1</source>
        <translation>Angiv vurdering af %1</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Rediger noter til %1</translation>
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
        <translation>%1/%2 vurderet</translation>
    </message>
    <message>
        <source>Clause %1: %2 of %3 items assessed</source>
        <translation>Punkt %1: %2 af %3 elementer vurderet</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>Interviews and evidence records linked to this clause: %1</source>
        <translation>Interview og bevisposter tilknyttet dette punkt: %1</translation>
    </message>
    <message>
        <source>Findings raised against this clause: %1</source>
        <translation>Fund rejst mod dette punkt: %1</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Auditbevis</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Set verdict of %1</source>
        <translation>Angiv vurdering af %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClausesPane</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Clause number or words of its title</source>
        <translation>Punktnummer eller ord fra titlen</translation>
    </message>
    <message>
        <source>Filter clauses</source>
        <translation>Filtrér punkter</translation>
    </message>
    <message>
        <source>Clauses 4 to 10</source>
        <translation>Punkt 4 til 10</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up: next / previous clause item</source>
        <translation>Alt+Down / Alt+Up: næste / forrige punkt</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Punkt 4–10</translation>
    </message>
    <message>
        <source>%1 of %2 clause items assessed</source>
        <translation>%1 af %2 punkter vurderet</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlExceptionTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>nature</source>
        <translation>karakter</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>årsag</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>mønster</translation>
    </message>
    <message>
        <source>management&apos;s response</source>
        <translation>ledelsens kommentar</translation>
    </message>
    <message>
        <source>compensating controls</source>
        <translation>kompenserende kontroller</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>virkning</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fuldstændig</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Mangler: %1</translation>
    </message>
    <message>
        <source>The nature, the pattern and management&apos;s response are recorded.</source>
        <translation>Karakter, mønster og ledelsens kommentar er registreret.</translation>
    </message>
    <message>
        <source>Still to record: %1. The report waits until every exception has its nature, pattern and management&apos;s response (rule soc2.exceptions-assessed).</source>
        <translation>Mangler stadig: %1. Erklæringen afventer, at hver afvigelse har fået registreret karakter, mønster og ledelsens kommentar (regel soc2.exceptions-assessed).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2
Double-click or press Enter to open the control on the Testing page.</source>
        <translation>%1 — %2
Dobbeltklik, eller tryk på Enter for at åbne kontrollen på siden Test.</translation>
    </message>
    <message>
        <source>Deviations: %1 of %2 tested (the control&apos;s sample items with an exception, or its test procedures with exceptions when it has no sample)</source>
        <translation>Afvigelser: %1 af %2 testede (kontrollens stikprøveelementer med en afvigelse eller, hvis den ingen stikprøve har, dens testhandlinger med afvigelser)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Afvigelser</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Mønster</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Ledelsens kommentar</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>Kompenserende kontroller</translation>
    </message>
    <message>
        <source>Effect on criteria</source>
        <translation>Virkning på kriterier</translation>
    </message>
    <message>
        <source>Deviations out of the sample size (or out of the test procedures with a result)</source>
        <translation>Afvigelser ud af stikprøvestørrelsen (eller ud af testhandlingerne med et resultat)</translation>
    </message>
    <message>
        <source>Isolated or systematic: the auditor&apos;s judgement of the deviations</source>
        <translation>Enkeltstående eller systematisk: revisors vurdering af afvigelserne</translation>
    </message>
    <message>
        <source>Whether the nature, the pattern and management&apos;s response are recorded</source>
        <translation>Om karakter, mønster og ledelsens kommentar er registreret</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlListDelegate</name>
    <message>
        <source>e.g. 5.15, 8.7</source>
        <translation>f.eks. 5.15, 8.7</translation>
    </message>
    <message>
        <source>Annex A control ids, separated by commas; type a digit for suggestions</source>
        <translation>Id&apos;er for Anneks A-kontroller, adskilt af kommaer; skriv et ciffer for at få forslag</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlTestingModel</name>
    <message>
        <source>No sample drawn yet</source>
        <translation>Ingen stikprøve udtaget endnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample item(s) tested, %2 with an exception</source>
        <translation>
            <numerusform>%1 af %n stikprøveelement testet, %2 med en afvigelse</numerusform>
            <numerusform>%1 af %n stikprøveelementer testet, %2 med en afvigelse</numerusform>
        </translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Testet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlsPane</name>
    <message>
        <source>Delete control</source>
        <translation>Slet kontrol</translation>
    </message>
    <message>
        <source>Criteria &amp; Controls</source>
        <translation>Kriterier og kontroller</translation>
    </message>
    <message>
        <source>&amp;New control</source>
        <translation>&amp;Ny kontrol</translation>
    </message>
    <message>
        <source>Add a control to the matrix</source>
        <translation>Tilføj en kontrol til matrixen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Delete the selected controls (Undo brings them back)</source>
        <translation>Slet de valgte kontroller (Fortryd henter dem tilbage)</translation>
    </message>
    <message>
        <source>&amp;Map criteria</source>
        <translation>&amp;Knyt kriterier til</translation>
    </message>
    <message>
        <source>Map the criteria selected in the tree to the selected controls</source>
        <translation>Knyt de kriterier, der er valgt i træet, til de valgte kontroller</translation>
    </message>
    <message>
        <source>&amp;Unmap criteria</source>
        <translation>F&amp;jern kriterier</translation>
    </message>
    <message>
        <source>Take the criteria selected in the tree off the selected controls</source>
        <translation>Fjern de kriterier, der er valgt i træet, fra de valgte kontroller</translation>
    </message>
    <message>
        <source>&amp;Import matrix…</source>
        <translation>&amp;Importér matrix…</translation>
    </message>
    <message>
        <source>Import the client&apos;s control matrix from Excel (.xlsx) or CSV</source>
        <translation>Importér kundens kontrolmatrix fra Excel (.xlsx) eller CSV</translation>
    </message>
    <message>
        <source>E&amp;xport matrix…</source>
        <translation>&amp;Eksportér matrix…</translation>
    </message>
    <message>
        <source>Export the control matrix to Excel (.xlsx) or CSV</source>
        <translation>Eksportér kontrolmatrixen til Excel (.xlsx) eller CSV</translation>
    </message>
    <message>
        <source>This engagement is open read-only; nothing can be imported.</source>
        <translation>Denne erklæringsopgave er åbnet skrivebeskyttet; der kan ikke importeres noget.</translation>
    </message>
    <message>
        <source>Control matrix imported.</source>
        <translation>Kontrolmatrixen er importeret.</translation>
    </message>
    <message>
        <source>Control matrix exported.</source>
        <translation>Kontrolmatrixen er eksporteret.</translation>
    </message>
    <message>
        <source>Criteria addressed</source>
        <translation>Adresserede kriterier</translation>
    </message>
    <message>
        <source>U&amp;naddressed only</source>
        <translation>Kun &amp;uadresserede</translation>
    </message>
    <message>
        <source>Unaddressed criteria only</source>
        <translation>Kun uadresserede kriterier</translation>
    </message>
    <message>
        <source>Show only the criteria no control addresses yet</source>
        <translation>Vis kun de kriterier, som endnu ingen kontrol adresserer</translation>
    </message>
    <message>
        <source>&amp;Filter matrix by selection</source>
        <translation>&amp;Filtrér matrixen efter valg</translation>
    </message>
    <message>
        <source>Only controls of the selected criteria</source>
        <translation>Kun kontroller for de valgte kriterier</translation>
    </message>
    <message>
        <source>On: the matrix shows only the controls mapped to the criteria selected here. Off: every control, those mapped in bold</source>
        <translation>Til: matrixen viser kun de kontroller, der er knyttet til de kriterier, der er valgt her. Fra: alle kontroller, de tilknyttede med fed</translation>
    </message>
    <message>
        <source>Trust Services Criteria in scope</source>
        <translation>Omfattede Trust Services Criteria</translation>
    </message>
    <message>
        <source>Select criteria, then a control, and press Ctrl+M to map them; or drag them onto a control</source>
        <translation>Vælg kriterier og derefter en kontrol, og tryk på Ctrl+M for at knytte dem sammen; eller træk dem over på en kontrol</translation>
    </message>
    <message>
        <source>Ref, title, owner, criterion…</source>
        <translation>Ref., titel, ejer, kriterium…</translation>
    </message>
    <message>
        <source>Search the control matrix</source>
        <translation>Søg i kontrolmatrixen</translation>
    </message>
    <message>
        <source>Filter the matrix by ref, title, description, owner or criterion (Ctrl+F)</source>
        <translation>Filtrér matrixen efter ref., titel, beskrivelse, ejer eller kriterium (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any frequency</source>
        <translation>Alle frekvenser</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle ejere</translation>
    </message>
    <message>
        <source>Any test state</source>
        <translation>Alle teststatusser</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Tested state</source>
        <translation>Teststatus</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrér efter %1</translation>
    </message>
    <message>
        <source>&amp;Key only</source>
        <translation>Kun n&amp;øglekontroller</translation>
    </message>
    <message>
        <source>Key controls only</source>
        <translation>Kun nøglekontroller</translation>
    </message>
    <message>
        <source>Show only key controls</source>
        <translation>Vis kun nøglekontroller</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>Sø&amp;g:</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Seneste meddelelse</translation>
    </message>
    <message>
        <source>Control matrix</source>
        <translation>Kontrolmatrix</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Ingen erklæringsopgave åben</translation>
    </message>
    <message>
        <source>Every criterion in scope is addressed by at least one control.</source>
        <translation>Alle omfattede kriterier adresseres af mindst én kontrol.</translation>
    </message>
    <message>
        <source>Not addressed yet: %1</source>
        <translation>Endnu ikke adresseret: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n kontrol</numerusform>
            <numerusform>%n kontroller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) shown</source>
        <translation>
            <numerusform>%1 af %n kontrol vist</numerusform>
            <numerusform>%1 af %n kontroller vist</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped %1 to %2.</source>
        <translation>%1 er knyttet til %2.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more control(s))</source>
        <translation>
            <numerusform> (og %n kontrol mere)</numerusform>
            <numerusform> (og %n kontroller mere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmapped %1 from %2.</source>
        <translation>Tilknytningen af %1 til %2 er fjernet.</translation>
    </message>
    <message>
        <source>Added control %1.</source>
        <translation>Kontrol %1 er tilføjet.</translation>
    </message>
    <message>
        <source>Delete %1 with its %2? You can undo this.</source>
        <translation>Vil du slette %1 med tilhørende %2? Du kan fortryde det.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 er slettet.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CorrectiveActionPanel</name>
    <message>
        <source>Plan submitted</source>
        <translation>Plan indsendt</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Acceptér plan</translation>
    </message>
    <message>
        <source>Reject plan</source>
        <translation>Afvis plan</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implementeret</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>Verificeret effektiv</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Ikke effektiv</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrigerende handling</translation>
    </message>
    <message>
        <source>&amp;Start corrective action</source>
        <translation>&amp;Start korrigerende handling</translation>
    </message>
    <message>
        <source>Open the corrective action with the audit&apos;s default due date</source>
        <translation>Åbn den korrigerende handling med auditens standardfrist</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektion</translation>
    </message>
    <message>
        <source>What the client did to fix this instance</source>
        <translation>Hvad kunden gjorde for at udbedre dette tilfælde</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundårsag</translation>
    </message>
    <message>
        <source>Why the nonconformity happened</source>
        <translation>Hvorfor afvigelsen opstod</translation>
    </message>
    <message>
        <source>What prevents it from happening again</source>
        <translation>Hvad der forhindrer, at det sker igen</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Ansvarlig for handlingen</translation>
    </message>
    <message>
        <source>Who at the client is responsible for the action</source>
        <translation>Hvem hos kunden der er ansvarlig for handlingen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>When the action is due</source>
        <translation>Hvornår handlingen skal være gennemført</translation>
    </message>
    <message>
        <source>Corrective action status</source>
        <translation>Status for korrigerende handling</translation>
    </message>
    <message>
        <source>Note for the next step (optional)</source>
        <translation>Note til næste trin (valgfri)</translation>
    </message>
    <message>
        <source>Note for the status change</source>
        <translation>Note til statusændringen</translation>
    </message>
    <message>
        <source>Kept with the status change in the history, e.g. how effectiveness was verified</source>
        <translation>Gemmes med statusændringen i historikken, f.eks. hvordan effektiviteten blev verificeret</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>C&amp;orrection:</source>
        <translation>&amp;Korrektion:</translation>
    </message>
    <message>
        <source>Root ca&amp;use:</source>
        <translation>&amp;Grundårsag:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ejer:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Flyt til:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Ledende auditor</translation>
    </message>
    <message>
        <source>Select a finding.</source>
        <translation>Vælg et fund.</translation>
    </message>
    <message>
        <source>Only major and minor nonconformities take corrective action.</source>
        <translation>Kun større og mindre afvigelser kræver korrigerende handling.</translation>
    </message>
    <message>
        <source>A major nonconformity needs a correction and corrective action, verified effective before certification can be recommended.</source>
        <translation>En større afvigelse kræver en korrektion og en korrigerende handling, der er verificeret effektiv, før certificering kan anbefales.</translation>
    </message>
    <message>
        <source>A minor nonconformity needs an accepted corrective action plan.</source>
        <translation>En mindre afvigelse kræver en accepteret plan for korrigerende handlinger.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag over fristen</numerusform>
            <numerusform>%n dage over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the action to &quot;%1&quot;; who and when are kept in the history</source>
        <translation>Flyt handlingen til &quot;%1&quot;; hvem og hvornår gemmes i historikken</translation>
    </message>
    <message>
        <source>No further step</source>
        <translation>Intet yderligere trin</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 af %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Vælg først et fund.</translation>
    </message>
    <message>
        <source>Start corrective action for %1</source>
        <translation>Start korrigerende handling for %1</translation>
    </message>
    <message>
        <source>There is no corrective action to move.</source>
        <translation>Der er ingen korrigerende handling at flytte.</translation>
    </message>
    <message>
        <source>A corrective action cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>En korrigerende handling kan ikke gå fra &quot;%1&quot; til &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Corrective action: %1</source>
        <translation>Korrigerende handling: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaLinkedTableModel</name>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Ingen audit er åben for redigering.</translation>
    </message>
    <message>
        <source>There is no row %1 to map to criteria.</source>
        <translation>Der er ingen række %1 at knytte til kriterier.</translation>
    </message>
    <message>
        <source>Set criteria of %1</source>
        <translation>Angiv kriterier for %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (ikke i kataloget)</translation>
    </message>
    <message>
        <source>Not mapped to any criterion. Double-click or press F2 to choose criteria.</source>
        <translation>Ikke knyttet til noget kriterium. Dobbeltklik, eller tryk på F2 for at vælge kriterier.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaListDelegate</name>
    <message>
        <source>Criteria ids</source>
        <translation>Kriterie-id&apos;er</translation>
    </message>
    <message>
        <source>e.g. CC6.1, CC6.2</source>
        <translation>f.eks. CC6.1, CC6.2</translation>
    </message>
    <message>
        <source>Trust Services Criteria ids separated by commas, or tick them below; Enter keeps them, Esc cancels</source>
        <translation>Id&apos;er fra Trust Services Criteria adskilt af kommaer, eller markér dem nedenfor; Enter beholder dem, Esc annullerer</translation>
    </message>
    <message>
        <source>Criteria to map</source>
        <translation>Kriterier, der skal tilknyttes</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaPickerDialog</name>
    <message>
        <source>Choose criteria</source>
        <translation>Vælg kriterier</translation>
    </message>
    <message>
        <source>The Trust Services Criteria of the categories in scope. Check a series to choose all of its criteria; Space checks the current one.</source>
        <translation>Trust Services Criteria for de omfattede kategorier. Markér en serie for at vælge alle dens kriterier; mellemrumstasten markerer det aktuelle.</translation>
    </message>
    <message>
        <source>Filter by id or words (CC6, access)…</source>
        <translation>Filtrér efter id eller ord (CC6, adgang)…</translation>
    </message>
    <message>
        <source>Filter the criteria</source>
        <translation>Filtrér kriterierne</translation>
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
        <translation>Valgt, men ikke omfattet</translation>
    </message>
    <message>
        <source>Criteria of categories that are no longer in scope; uncheck them to remove them from the mapping.</source>
        <translation>Kriterier i kategorier, der ikke længere er omfattet; fjern markeringen for at fjerne dem fra tilknytningen.</translation>
    </message>
    <message>
        <source>Chosen: %1 of the %2 criteria offered.</source>
        <translation>Valgt: %1 af de %2 tilbudte kriterier.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaTableBox</name>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Kriterier…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>Ingen række matcher filteret.</translation>
    </message>
    <message>
        <source>Criteria of %1</source>
        <translation>Kriterier for %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaTreeModel</name>
    <message numerus="yes">
        <source>%1 of %n criteria addressed</source>
        <translation>
            <numerusform>%1 af %n kriterium adresseret</numerusform>
            <numerusform>%1 af %n kriterier adresseret</numerusform>
        </translation>
    </message>
    <message>
        <source>No control in the matrix addresses %1. The rule soc2.criteria-addressed keeps the engagement from moving to fieldwork until one does: map a control to it, or take its category out of scope.</source>
        <translation>Ingen kontrol i matrixen adresserer %1. Reglen soc2.criteria-addressed forhindrer erklæringsopgaven i at gå videre til feltarbejde, indtil en kontrol gør det: knyt en kontrol til kriteriet, eller tag dets kategori ud af omfanget.</translation>
    </message>
    <message>
        <source>%1 of %2 addressed</source>
        <translation>%1 af %2 adresseret</translation>
    </message>
    <message>
        <source>Every criterion of %1 is addressed by a control.</source>
        <translation>Alle kriterier i %1 adresseres af en kontrol.</translation>
    </message>
    <message numerus="yes">
        <source>No control addresses %1 of the %n criteria of %2 yet.</source>
        <translation>
            <numerusform>Ingen kontrol adresserer endnu %1 af det %n kriterium i %2.</numerusform>
            <numerusform>Ingen kontrol adresserer endnu %1 af de %n kriterier i %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is addressed by %2.</source>
        <translation>%1 adresseres af %2.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontroller</translation>
    </message>
</context>
<context>
    <name>isoaudit::DocumentController</name>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>ISO 27001-audits (*.isoaudit);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Audit packages (*.json *.isoaudit-pkg);;All files (*)</source>
        <translation>Auditpakker (*.json *.isoaudit-pkg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open Read-Only?</source>
        <translation>Åbn skrivebeskyttet?</translation>
    </message>
    <message>
        <source>%1 cannot be opened for editing because the file or its folder is read-only.

Open it read-only to look at it?</source>
        <translation>%1 kan ikke åbnes til redigering, fordi filen eller dens mappe er skrivebeskyttet.

Vil du åbne den skrivebeskyttet for at se den?</translation>
    </message>
    <message>
        <source>Audit Already Open</source>
        <translation>Auditten er allerede åben</translation>
    </message>
    <message>
        <source>%1

Open: look at it read-only.
Ignore: break the lock and edit it. Only do this when that copy of IsoAudit is no longer running, or two people will overwrite each other&apos;s work.</source>
        <translation>%1

Åbn: se den skrivebeskyttet.
Ignorer: bryd låsen, og rediger den. Gør det kun, når den anden kopi af IsoAudit ikke længere kører, ellers overskriver to personer hinandens arbejde.</translation>
    </message>
    <message>
        <source>Cannot Open Audit</source>
        <translation>Kan ikke åbne auditten</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 kunne ikke åbnes.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 er åbnet</translation>
    </message>
    <message>
        <source>Open Audit</source>
        <translation>Åbn audit</translation>
    </message>
    <message>
        <source>Save New Audit As</source>
        <translation>Gem ny audit som</translation>
    </message>
    <message>
        <source>Cannot Create Audit</source>
        <translation>Kan ikke oprette auditten</translation>
    </message>
    <message>
        <source>%1 already exists; the new audit was not created. Choose another name.</source>
        <translation>%1 findes allerede; den nye audit blev ikke oprettet. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>Audit Created Incompletely</source>
        <translation>Auditten er oprettet ufuldstændigt</translation>
    </message>
    <message>
        <source>The audit was created, but the team and sites could not be added: %1</source>
        <translation>Auditten blev oprettet, men teamet og lokationerne kunne ikke tilføjes: %1</translation>
    </message>
    <message>
        <source> copy.isoaudit</source>
        <translation> kopi.isoaudit</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Gem en kopi som</translation>
    </message>
    <message>
        <source>Cannot Save Copy</source>
        <translation>Kan ikke gemme kopien</translation>
    </message>
    <message>
        <source>A copy cannot replace the open audit itself.</source>
        <translation>En kopi kan ikke erstatte selve den åbne audit.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>En kopi er gemt som %1</translation>
    </message>
    <message>
        <source>Export Audit Package</source>
        <translation>Eksportér auditpakke</translation>
    </message>
    <message>
        <source>Cannot Export Package</source>
        <translation>Kan ikke eksportere pakken</translation>
    </message>
    <message>
        <source>Exported the audit package to %1</source>
        <translation>Auditpakken er eksporteret til %1</translation>
    </message>
    <message>
        <source>Export Encrypted Package</source>
        <translation>Eksportér krypteret pakke</translation>
    </message>
    <message>
        <source>Encrypted audit packages (*.isoaudit-pkg);;All files (*)</source>
        <translation>Krypterede auditpakker (*.isoaudit-pkg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Encrypt Package</source>
        <translation>Kryptér pakke</translation>
    </message>
    <message>
        <source>Passphrase (give it to the recipient another way):</source>
        <translation>Adgangssætning (giv den til modtageren ad en anden vej):</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>Adgangssætningen igen:</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Adgangssætningen er tom.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to adgangssætninger er forskellige.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Exported the encrypted audit package to %1</source>
        <translation>Den krypterede auditpakke er eksporteret til %1</translation>
    </message>
    <message>
        <source>Import Audit Package</source>
        <translation>Importér auditpakke</translation>
    </message>
    <message>
        <source>Cannot Import Package</source>
        <translation>Kan ikke importere pakken</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>Encrypted Package</source>
        <translation>Krypteret pakke</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Adgangssætning til %1:</translation>
    </message>
    <message>
        <source>Save Imported Audit As</source>
        <translation>Gem importeret audit som</translation>
    </message>
    <message>
        <source>The package cannot replace the audit that is open; choose another name.</source>
        <translation>Pakken kan ikke erstatte den åbne audit; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Replace Audit?</source>
        <translation>Erstat audit?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the imported audit?</source>
        <translation>%1 findes. Vil du erstatte den med den importerede audit?</translation>
    </message>
    <message>
        <source>Package Imported</source>
        <translation>Pakken er importeret</translation>
    </message>
    <message>
        <source>The package was imported with these notes:

%1</source>
        <translation>Pakken blev importeret med disse bemærkninger:

%1</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kunne ikke oprette mappen %1.</translation>
    </message>
    <message>
        <source>Cannot Open Demo Audit</source>
        <translation>Kan ikke åbne demoauditten</translation>
    </message>
    <message>
        <source>Cannot Create Engagement</source>
        <translation>Kan ikke oprette erklæringsopgaven</translation>
    </message>
    <message>
        <source>Cannot Open Demo Engagement</source>
        <translation>Kan ikke åbne demoerklæringsopgaven</translation>
    </message>
</context>
<context>
    <name>isoaudit::EarlierFindingDetail</name>
    <message>
        <source>Earlier nonconformity</source>
        <translation>Tidligere afvigelse</translation>
    </message>
    <message>
        <source>The earlier audit&apos;s record</source>
        <translation>Den tidligere audits registrering</translation>
    </message>
    <message>
        <source>As the earlier audit recorded it: read-only</source>
        <translation>Som den tidligere audit registrerede den: skrivebeskyttet</translation>
    </message>
    <message>
        <source>This audit&apos;s verdict</source>
        <translation>Denne audits vurdering</translation>
    </message>
    <message>
        <source>Whether the correction and corrective action are effective; &quot;not effective&quot; raises the nonconformity again as a finding of this audit</source>
        <translation>Om korrektionen og den korrigerende handling er effektive; &quot;ikke effektiv&quot; rejser afvigelsen igen som et fund i denne audit</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Bemærkning til verifikationen</translation>
    </message>
    <message>
        <source>What was verified and what it showed</source>
        <translation>Hvad der blev verificeret, og hvad det viste</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificeret af</translation>
    </message>
    <message>
        <source>The auditor who verified it</source>
        <translation>Den auditor, der verificerede den</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificeret den</translation>
    </message>
    <message>
        <source>When it was verified</source>
        <translation>Hvornår den blev verificeret</translation>
    </message>
    <message>
        <source>Evidence of this audit the verification rests on</source>
        <translation>Auditbevis fra denne audit, som verifikationen bygger på</translation>
    </message>
    <message>
        <source>Tick the evidence records of this audit that show the verdict</source>
        <translation>Markér de beviser fra denne audit, der underbygger vurderingen</translation>
    </message>
    <message>
        <source>&amp;on:</source>
        <translation>&amp;den:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>Verifi&amp;ceret af:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Konstatering</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektion</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundårsag</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrigerende handling</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>%1 → %2, %3, %4</source>
        <translation>%1 → %2, %3, %4</translation>
    </message>
    <message>
        <source>Corrective actions as they stood</source>
        <translation>Korrigerende handlinger, som de forelå</translation>
    </message>
    <message>
        <source>None submitted</source>
        <translation>Ingen indsendt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earlier verdicts</source>
        <translation>Tidligere vurderinger</translation>
    </message>
    <message>
        <source>None: this is its first verification.</source>
        <translation>Ingen: dette er dens første verifikation.</translation>
    </message>
    <message>
        <source>Select an earlier nonconformity to verify it.</source>
        <translation>Vælg en tidligere afvigelse for at verificere den.</translation>
    </message>
    <message>
        <source>%1 — %2, raised at %3: %4</source>
        <translation>%1 — %2, rejst ved %3: %4</translation>
    </message>
    <message>
        <source>Passed through a special audit that verified only major nonconformities: it is verified at the next audit.</source>
        <translation>Ført videre gennem en særlig audit, der kun verificerede større afvigelser: den verificeres ved den næste audit.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Change the evidence of the verification</source>
        <translation>Ændr beviserne for verifikationen</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>Be&amp;mærkning:</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>A&amp;uditbevis:</translation>
    </message>
</context>
<context>
    <name>isoaudit::EarlierFindingsPanel</name>
    <message>
        <source>Earlier nonconformities to verify</source>
        <translation>Tidligere afvigelser, der skal verificeres</translation>
    </message>
    <message>
        <source>Keys 1, 2 and 3 set the verdict (closed, not effective, still open), 0 clears it</source>
        <translation>Tasterne 1, 2 og 3 angiver vurderingen (lukket, ikke effektiv, stadig åben), 0 rydder den</translation>
    </message>
    <message>
        <source>Earlier nonconformities to verify: %1 of %2 still without a verdict</source>
        <translation>Tidligere afvigelser, der skal verificeres: %1 af %2 endnu uden vurdering</translation>
    </message>
    <message numerus="yes">
        <source>Earlier nonconformities to verify: %n, all verified</source>
        <translation>
            <numerusform>Tidligere afvigelser, der skal verificeres: %n, verificeret</numerusform>
            <numerusform>Tidligere afvigelser, der skal verificeres: %n, alle verificeret</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Åbn først en audit.</translation>
    </message>
    <message>
        <source>%1 is not effective: raised again as %2 (Edit &gt; Undo takes back both).</source>
        <translation>%1 er ikke effektiv: rejst igen som %2 (Rediger &gt; Fortryd tager begge dele tilbage).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 passed through a special audit; it is verified at the next audit.</source>
        <translation>%1 er ført videre gennem en særlig audit; den verificeres ved den næste audit.</translation>
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
        <translation>Ikke et kriterium i de omfattede kategorier: fjern markeringen.</translation>
    </message>
</context>
<context>
    <name>isoaudit::EngagementFactsForm</name>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Erklæringsopgave</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Serviceleverandør</translation>
    </message>
    <message>
        <source>The organization whose system is examined (the audit&apos;s client)</source>
        <translation>Den organisation, hvis system undersøges (auditens kunde)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The name of the system the report describes</source>
        <translation>Navnet på det system, erklæringen beskriver</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>The CPA firm that examines the system</source>
        <translation>Den revisionsvirksomhed, der undersøger systemet</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Opgaveansvarlig</translation>
    </message>
    <message>
        <source>The engagement lead of the audit team, named in the report</source>
        <translation>Den opgaveansvarlige i auditteamet, som nævnes i erklæringen</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Erklæringstype</translation>
    </message>
    <message>
        <source>Type 1: the design of the controls as of a date. Type 2: their design and operating effectiveness over a period.</source>
        <translation>Type 1: kontrollernes udformning pr. en dato. Type 2: deres udformning og funktionalitet i en periode.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Pr. dato</translation>
    </message>
    <message>
        <source>The date the Type 1 report speaks as of</source>
        <translation>Den dato, Type 1-erklæringen vedrører</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodens start</translation>
    </message>
    <message>
        <source>The first day of the period the Type 2 report covers</source>
        <translation>Den første dag i den periode, Type 2-erklæringen omfatter</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodens slutning</translation>
    </message>
    <message>
        <source>The last day of the period the Type 2 report covers</source>
        <translation>Den sidste dag i den periode, Type 2-erklæringen omfatter</translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>Service&amp;leverandør:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>Service a&amp;uditor:</source>
        <translation>&amp;Revisor:</translation>
    </message>
    <message>
        <source>Engagement &amp;lead:</source>
        <translation>&amp;Opgaveansvarlig:</translation>
    </message>
    <message>
        <source>Report t&amp;ype:</source>
        <translation>Erklæring&amp;stype:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Pr. &amp;dato:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>&amp;Periode fra:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Periode &amp;til:</translation>
    </message>
    <message>
        <source>Set system name</source>
        <translation>Angiv systemets navn</translation>
    </message>
    <message>
        <source>Set service auditor</source>
        <translation>Angiv revisor</translation>
    </message>
    <message>
        <source>Set as-of date</source>
        <translation>Angiv pr. dato</translation>
    </message>
    <message>
        <source>Set start of period</source>
        <translation>Angiv periodens start</translation>
    </message>
    <message>
        <source>Set end of period</source>
        <translation>Angiv periodens slutning</translation>
    </message>
    <message>
        <source>Categories in scope</source>
        <translation>Omfattede kategorier</translation>
    </message>
    <message>
        <source>%1 (the common criteria CC1 to CC9) is always in scope.</source>
        <translation>%1 (de fælles kriterier CC1 til CC9) er altid omfattet.</translation>
    </message>
    <message>
        <source>Include the %1 criteria in the examination</source>
        <translation>Medtag kriterierne for %1 i undersøgelsen</translation>
    </message>
    <message>
        <source>The Type 2 period has no valid start and end.</source>
        <translation>Type 2-perioden har ingen gyldig start og slutning.</translation>
    </message>
    <message>
        <source>The period is one month long; a Type 2 period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>Perioden er én måned lang; en Type 2-periode er normalt 3 til 12 måneder. Bekræft, at det er den periode, erklæringen omfatter.</translation>
    </message>
    <message>
        <source>The period is %1 months long; a Type 2 period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>Perioden er %1 måneder lang; en Type 2-periode er normalt 3 til 12 måneder. Bekræft, at det er den periode, erklæringen omfatter.</translation>
    </message>
    <message>
        <source>A period of %1 months.</source>
        <translation>En periode på %1 måneder.</translation>
    </message>
    <message>
        <source>%1 criteria in scope.</source>
        <translation>%1 kriterier omfattet.</translation>
    </message>
    <message>
        <source>Set service organization</source>
        <translation>Angiv serviceleverandør</translation>
    </message>
    <message>
        <source>Set engagement lead</source>
        <translation>Angiv opgaveansvarlig</translation>
    </message>
    <message>
        <source>Add engagement lead %1</source>
        <translation>Tilføj opgaveansvarlig %1</translation>
    </message>
    <message>
        <source>Set report type to %1</source>
        <translation>Skift erklæringstype til %1</translation>
    </message>
    <message>
        <source>Add %1 to the categories in scope</source>
        <translation>Tilføj %1 til de omfattede kategorier</translation>
    </message>
    <message>
        <source>Take %1 out of scope</source>
        <translation>Tag %1 ud af omfanget</translation>
    </message>
</context>
<context>
    <name>isoaudit::EngagementPane</name>
    <message>
        <source>This audit is not a SOC 2 engagement: it has no engagement to show.</source>
        <translation>Denne audit er ikke en SOC 2-erklæringsopgave: der er ingen erklæringsopgave at vise.</translation>
    </message>
    <message>
        <source>Filter subservice organizations and user-entity controls…</source>
        <translation>Filtrér underleverandører og kontroller hos brugervirksomheder…</translation>
    </message>
    <message>
        <source>Filter subservice organizations and user-entity controls</source>
        <translation>Filtrér underleverandører og kontroller hos brugervirksomheder</translation>
    </message>
    <message>
        <source>Shows the rows of both tables that contain these words (Ctrl+F)</source>
        <translation>Viser de rækker i begge tabeller, der indeholder disse ord (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Underleverandører</translation>
    </message>
    <message>
        <source>No subservice organization. Add one when another organization operates part of the system (hosting, payments).</source>
        <translation>Ingen underleverandør. Tilføj en, når en anden organisation driver en del af systemet (hosting, betalinger).</translation>
    </message>
    <message>
        <source>&amp;Add organization</source>
        <translation>&amp;Tilføj organisation</translation>
    </message>
    <message>
        <source>Add a subservice organization</source>
        <translation>Tilføj en underleverandør</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Delete the selected subservice organizations (undoable)</source>
        <translation>Slet de valgte underleverandører (kan fortrydes)</translation>
    </message>
    <message>
        <source>Choose the criteria the selected organization&apos;s CSOCs relate to</source>
        <translation>Vælg de kriterier, som den valgte organisations CSOC&apos;er vedrører</translation>
    </message>
    <message>
        <source>Delete subservice organization %1</source>
        <translation>Slet underleverandør %1</translation>
    </message>
    <message>
        <source>Delete %1 subservice organizations</source>
        <translation>Slet %1 underleverandører</translation>
    </message>
    <message>
        <source>Deleted subservice organization %1.</source>
        <translation>Underleverandør %1 er slettet.</translation>
    </message>
    <message>
        <source>Deleted %1 subservice organizations.</source>
        <translation>%1 underleverandører er slettet.</translation>
    </message>
    <message>
        <source>Complementary user-entity controls (CUECs)</source>
        <translation>Komplementerende kontroller hos brugervirksomheder (CUEC&apos;er)</translation>
    </message>
    <message>
        <source>Complementary user-entity controls</source>
        <translation>Komplementerende kontroller hos brugervirksomheder</translation>
    </message>
    <message>
        <source>No complementary user-entity control. Add the controls the user entities are expected to operate for the criteria to be met.</source>
        <translation>Ingen komplementerende kontrol hos brugervirksomheder. Tilføj de kontroller, som brugervirksomhederne forventes at udføre, for at kriterierne kan opfyldes.</translation>
    </message>
    <message>
        <source>Add &amp;CUEC</source>
        <translation>Tilføj &amp;CUEC</translation>
    </message>
    <message>
        <source>Add a complementary user-entity control</source>
        <translation>Tilføj en komplementerende kontrol hos brugervirksomheder</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>Sl&amp;et</translation>
    </message>
    <message>
        <source>Delete the selected user-entity controls (undoable)</source>
        <translation>Slet de valgte kontroller hos brugervirksomheder (kan fortrydes)</translation>
    </message>
    <message>
        <source>Choose the criteria the selected user-entity control relates to</source>
        <translation>Vælg de kriterier, som den valgte kontrol hos brugervirksomheder vedrører</translation>
    </message>
    <message>
        <source>Delete user-entity control %1</source>
        <translation>Slet kontrol hos brugervirksomheder %1</translation>
    </message>
    <message>
        <source>Delete %1 user-entity controls</source>
        <translation>Slet %1 kontroller hos brugervirksomheder</translation>
    </message>
    <message>
        <source>Deleted user-entity control %1.</source>
        <translation>Kontrol hos brugervirksomheder %1 er slettet.</translation>
    </message>
    <message>
        <source>Deleted %1 user-entity controls.</source>
        <translation>%1 kontroller hos brugervirksomheder er slettet.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Erklæringsopgave</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidenceEditor</name>
    <message>
        <source>Kind of evidence</source>
        <translation>Art af auditbevis</translation>
    </message>
    <message>
        <source>Document sighted, record sample, observation or technical check</source>
        <translation>Dokument set, stikprøve af registreringer, observation eller teknisk kontrol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the evidence is, e.g. Access review Q3</source>
        <translation>Hvad beviset er, f.eks. Adgangsgennemgang 3. kvartal</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>The client&apos;s document number, version or system reference</source>
        <translation>Kundens dokumentnummer, version eller systemreference</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>What was seen and what it shows</source>
        <translation>Hvad der blev set, og hvad det viser</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>Ikke udtaget</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Stikprøvestørrelse</translation>
    </message>
    <message>
        <source>How many items were examined</source>
        <translation>Hvor mange elementer der blev undersøgt</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>What the sample was drawn from, e.g. 340 leavers in 2025</source>
        <translation>Hvad stikprøven blev udtaget fra, f.eks. 340 fratrådte i 2025</translation>
    </message>
    <message>
        <source>Sample selection</source>
        <translation>Udvælgelse af stikprøve</translation>
    </message>
    <message>
        <source>How the sample was chosen, so it can be repeated, e.g. every 10th ticket</source>
        <translation>Hvordan stikprøven blev valgt, så den kan gentages, f.eks. hver 10. sag</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Indsamlet den</translation>
    </message>
    <message>
        <source>The day the evidence was collected</source>
        <translation>Den dag, beviset blev indsamlet</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Indsamlet af</translation>
    </message>
    <message>
        <source>The auditor who collected it</source>
        <translation>Den auditor, der indsamlede det</translation>
    </message>
    <message>
        <source>Clauses and controls of the evidence</source>
        <translation>Bevisets punkter og kontroller</translation>
    </message>
    <message>
        <source>Interviews this evidence came from</source>
        <translation>Interview, som dette bevis stammer fra</translation>
    </message>
    <message>
        <source>Tick the interviews this evidence came from; double-click to open one</source>
        <translation>Markér de interview, som dette bevis stammer fra; dobbeltklik for at åbne et</translation>
    </message>
    <message>
        <source>of</source>
        <translation>af</translation>
    </message>
    <message>
        <source>by</source>
        <translation>af</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Stikprøve:</translation>
    </message>
    <message>
        <source>C&amp;ollected:</source>
        <translation>&amp;Indsamlet:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Se&amp;lection:</source>
        <translation>&amp;Udvælgelse:</translation>
    </message>
    <message>
        <source>&amp;Clauses / controls:</source>
        <translation>&amp;Punkter / kontroller:</translation>
    </message>
    <message>
        <source>&amp;Interviews this evidence came from:</source>
        <translation>Interview, som beviset stammer &amp;fra:</translation>
    </message>
    <message>
        <source>Change clauses and controls of evidence</source>
        <translation>Ændr auditbevisets punkter og kontroller</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Vedhæft filer</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidencePane</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle arter</translation>
    </message>
    <message>
        <source>Filter evidence by kind</source>
        <translation>Filtrér auditbevis efter art</translation>
    </message>
    <message>
        <source>Shows only evidence of this kind</source>
        <translation>Viser kun auditbevis af denne art</translation>
    </message>
    <message>
        <source>Filter evidence…</source>
        <translation>Filtrér auditbevis…</translation>
    </message>
    <message>
        <source>Filter evidence by text</source>
        <translation>Filtrér auditbevis efter tekst</translation>
    </message>
    <message>
        <source>Shows evidence whose title, reference, sample, collector or clauses contain this text</source>
        <translation>Viser auditbevis, hvis titel, reference, stikprøve, indsamler eller punkter indeholder denne tekst</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Auditbevis</translation>
    </message>
    <message>
        <source>&amp;New evidence</source>
        <translation>&amp;Nyt auditbevis</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Nyt auditbevis</translation>
    </message>
    <message>
        <source>Add evidence; the arrow chooses the kind (a document by default)</source>
        <translation>Tilføj auditbevis; pilen vælger arten (som standard et dokument)</translation>
    </message>
    <message>
        <source>Delete the selected evidence with its files (Undo brings it back)</source>
        <translation>Slet det valgte auditbevis med dets filer (Fortryd henter det tilbage)</translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Åbn først en audit.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nyt bevis (%1)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Tilføj auditbevis</translation>
    </message>
    <message>
        <source>Select the evidence to delete.</source>
        <translation>Vælg det auditbevis, der skal slettes.</translation>
    </message>
    <message>
        <source>Delete evidence %1</source>
        <translation>Slet auditbevis %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; deleted; Edit &gt; Undo brings it back.</source>
        <translation>Auditbeviset &quot;%1&quot; er slettet; Rediger &gt; Fortryd henter det tilbage.</translation>
    </message>
    <message>
        <source>Shows evidence whose title, reference, sample or collector contain this text</source>
        <translation>Viser auditbevis, hvis titel, reference, stikprøve eller indsamler indeholder denne tekst</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidenceTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sampled</source>
        <translation>
            <numerusform>%n udtaget</numerusform>
            <numerusform>%n udtaget</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n vedhæftet fil</numerusform>
            <numerusform>%n vedhæftede filer</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stikprøve</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Indsamlet</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Indsamlet af</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExceptionEditor</name>
    <message>
        <source>Open &amp;control</source>
        <translation>Åbn &amp;kontrol</translation>
    </message>
    <message>
        <source>Remo&amp;ve exception</source>
        <translation>Fj&amp;ern afvigelse</translation>
    </message>
    <message>
        <source>Exception of the control</source>
        <translation>Kontrollens afvigelse</translation>
    </message>
    <message>
        <source>What the assessment still lacks</source>
        <translation>Hvad vurderingen stadig mangler</translation>
    </message>
    <message>
        <source>Nature of the exception</source>
        <translation>Afvigelsens karakter</translation>
    </message>
    <message>
        <source>What went wrong in the deviating items (required)</source>
        <translation>Hvad der gik galt i de afvigende elementer (påkrævet)</translation>
    </message>
    <message>
        <source>Cause of the exception</source>
        <translation>Afvigelsens årsag</translation>
    </message>
    <message>
        <source>Why it went wrong, as far as known</source>
        <translation>Hvorfor det gik galt, så vidt det vides</translation>
    </message>
    <message>
        <source>Pattern of the deviations</source>
        <translation>Afvigelsernes mønster</translation>
    </message>
    <message>
        <source>Isolated or systematic (required); systematic exceptions put the control&apos;s criteria in doubt</source>
        <translation>Enkeltstående eller systematisk (påkrævet); systematiske afvigelser sår tvivl om kontrollens kriterier</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Ledelsens kommentar</translation>
    </message>
    <message>
        <source>Management&apos;s response in its own words (required); the report prints it in Section V, not covered by the opinion</source>
        <translation>Ledelsens kommentar med dens egne ord (påkrævet); erklæringen gengiver den i afsnit V, som ikke er omfattet af konklusionen</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>Kompenserende kontroller</translation>
    </message>
    <message>
        <source>Controls that reduce the effect of the deviations, if any</source>
        <translation>Eventuelle kontroller, der mindsker virkningen af afvigelserne</translation>
    </message>
    <message>
        <source>Effect on the criteria</source>
        <translation>Virkning på kriterierne</translation>
    </message>
    <message>
        <source>How the deviations affect the criteria; stating it weighs a systematic exception for the opinion</source>
        <translation>Hvordan afvigelserne påvirker kriterierne; når virkningen er angivet, indgår en systematisk afvigelse i vurderingen af konklusionen</translation>
    </message>
    <message>
        <source>Criteria the effect concerns</source>
        <translation>Kriterier, som virkningen vedrører</translation>
    </message>
    <message>
        <source>Tick the criteria the exception affects (Space ticks the current one)</source>
        <translation>Markér de kriterier, som afvigelsen påvirker (mellemrumstasten markerer det aktuelle)</translation>
    </message>
    <message>
        <source>Show the control and its sample on the Testing page (Alt+C)</source>
        <translation>Vis kontrollen og dens stikprøve på siden Test (Alt+K)</translation>
    </message>
    <message>
        <source>Remove this exception record; only when its control counts no deviation any more (Alt+V; Edit &gt; Undo brings it back)</source>
        <translation>Fjern denne afvigelsesregistrering; kun når dens kontrol ikke længere tæller nogen afvigelser (Alt+E; Rediger &gt; Fortryd henter den tilbage)</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>K&amp;arakter:</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Mønster:</translation>
    </message>
    <message>
        <source>Management&apos;s &amp;response:</source>
        <translation>&amp;Ledelsens kommentar:</translation>
    </message>
    <message>
        <source>Co&amp;mpensating controls:</source>
        <translation>K&amp;ompenserende kontroller:</translation>
    </message>
    <message>
        <source>&amp;Effect on the criteria:</source>
        <translation>&amp;Virkning på kriterierne:</translation>
    </message>
    <message>
        <source>Criteria a&amp;ffected:</source>
        <translation>&amp;Berørte kriterier:</translation>
    </message>
    <message>
        <source>Select an exception in the table to assess it.</source>
        <translation>Vælg en afvigelse i tabellen for at vurdere den.</translation>
    </message>
    <message>
        <source>No engagement open.</source>
        <translation>Ingen erklæringsopgave åben.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Deviations: %2 tested</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Afvigelser: %2 testede</translation>
    </message>
    <message>
        <source>Assessment complete.</source>
        <translation>Vurderingen er fuldstændig.</translation>
    </message>
    <message>
        <source>Still to record: %1.</source>
        <translation>Mangler stadig: %1.</translation>
    </message>
    <message>
        <source>Set %1 of the exception of %2</source>
        <translation>Angiv %1 for afvigelsen i %2</translation>
    </message>
    <message>
        <source>Change the criteria of the exception of %1</source>
        <translation>Ændr kriterierne for afvigelsen i %1</translation>
    </message>
    <message>
        <source>Select an exception to remove.</source>
        <translation>Vælg en afvigelse, der skal fjernes.</translation>
    </message>
    <message>
        <source>The exception of %1 still counts deviations; it stays as long as its sample items or tests have exceptions.</source>
        <translation>Afvigelsen i %1 tæller stadig afvigelser; den bevares, så længe dens stikprøveelementer eller test har afvigelser.</translation>
    </message>
    <message>
        <source>Remove the exception of %1</source>
        <translation>Fjern afvigelsen i %1</translation>
    </message>
    <message>
        <source>The exception of %1 was removed; Edit &gt; Undo brings it back.</source>
        <translation>Afvigelsen i %1 er fjernet; Rediger &gt; Fortryd henter den tilbage.</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExceptionsPane</name>
    <message>
        <source>Exceptions and their assessment</source>
        <translation>Afvigelser og deres vurdering</translation>
    </message>
    <message>
        <source>Filter exceptions… (Ctrl+F)</source>
        <translation>Filtrér afvigelser… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter exceptions by text</source>
        <translation>Filtrér afvigelser efter tekst</translation>
    </message>
    <message>
        <source>Shows the exceptions whose control, assessment or effect contain this text (Ctrl+F)</source>
        <translation>Viser de afvigelser, hvis kontrol, vurdering eller virkning indeholder denne tekst (Ctrl+F)</translation>
    </message>
    <message>
        <source>Control exceptions</source>
        <translation>Kontrolafvigelser</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the control on the Testing page</source>
        <translation>Dobbeltklik, eller tryk på Enter for at åbne kontrollen på siden Test</translation>
    </message>
    <message>
        <source>Assessment of the selected exception</source>
        <translation>Vurdering af den valgte afvigelse</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Konklusion</translation>
    </message>
    <message>
        <source>Exceptions &amp; Opinion</source>
        <translation>Afvigelser og konklusion</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Ingen erklæringsopgave åben</translation>
    </message>
    <message>
        <source>No exceptions: no sample item or test has found a deviation.</source>
        <translation>Ingen afvigelser: ingen stikprøveelementer eller test har konstateret en afvigelse.</translation>
    </message>
    <message>
        <source>Exceptions: %1, all assessed</source>
        <translation>Afvigelser: %1, alle vurderet</translation>
    </message>
    <message>
        <source>Exceptions: %1; not yet assessed: %2</source>
        <translation>Afvigelser: %1; endnu ikke vurderet: %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExportDialog</name>
    <message>
        <source>Export table</source>
        <translation>Eksportér tabel</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Hvad der skal eksporteres</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (.xlsx)</source>
        <translation>Excel-&amp;projektmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Bold header row, filters and frozen header; opens in Excel and LibreOffice Calc</source>
        <translation>Fed overskriftsrække, filtre og fastfrosset overskrift; åbner i Excel og LibreOffice Calc</translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8)</source>
        <translation>&amp;CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Comma-separated text, UTF-8 with a byte-order mark so Excel reads the accents</source>
        <translation>Kommasepareret tekst, UTF-8 med byte-order mark, så Excel læser specialtegnene korrekt</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil, der skal skrives</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Choose where to save the table</source>
        <translation>Vælg, hvor tabellen skal gemmes</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabel:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingEditor</name>
    <message>
        <source>Finding reference</source>
        <translation>Fundets reference</translation>
    </message>
    <message>
        <source>The finding&apos;s reference in the report, e.g. NC-01</source>
        <translation>Fundets reference i rapporten, f.eks. NC-01</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>The auditor&apos;s grade; the classification assistant only suggests</source>
        <translation>Auditorens kategori; klassifikationsassistenten foreslår kun</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A short title for lists and the report</source>
        <translation>En kort titel til lister og rapporten</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>The requirement not fulfilled, in the auditor&apos;s words</source>
        <translation>Det krav, der ikke er opfyldt, med auditorens ord</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Konstatering</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Hvad der er galt</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektivt bevis</translation>
    </message>
    <message>
        <source>What was seen or heard that shows it</source>
        <translation>Hvad der blev set eller hørt, som viser det</translation>
    </message>
    <message>
        <source>Clauses and controls of the finding</source>
        <translation>Fundets punkter og kontroller</translation>
    </message>
    <message>
        <source>Raised on and by</source>
        <translation>Rejst den og af</translation>
    </message>
    <message>
        <source>Linked interviews</source>
        <translation>Tilknyttede interview</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Tilknyttet auditbevis</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Tilknyttede risici</translation>
    </message>
    <message>
        <source>Tick what the finding rests on; double-click to open it</source>
        <translation>Markér det, fundet bygger på; dobbeltklik for at åbne det</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Auditbevis</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Ref.:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation>&amp;Krav:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>K&amp;onstatering:</translation>
    </message>
    <message>
        <source>&amp;Objective evidence:</source>
        <translation>Objektivt &amp;bevis:</translation>
    </message>
    <message>
        <source>&amp;Clauses / controls:</source>
        <translation>&amp;Punkter / kontroller:</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>Rejst:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Interviews (%1)</source>
        <translation>Interview (%1)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Auditbevis (%1)</translation>
    </message>
    <message>
        <source>Risks (%1)</source>
        <translation>Risici (%1)</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Vælg først et fund.</translation>
    </message>
    <message>
        <source>Grade %1 as %2</source>
        <translation>Kategorisér %1 som %2</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 er nu %2 (%3).</translation>
    </message>
    <message>
        <source>Change clauses and controls of %1</source>
        <translation>Ændr punkter og kontroller for %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingTableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (over fristen)</translation>
    </message>
    <message>
        <source>The corrective action is past its due date and has not reached the step it is due for.</source>
        <translation>Den korrigerende handling har overskredet fristen og har ikke nået det trin, den skulle.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Punkter / kontroller</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korr. handling</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingsPane</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Findings by grade</source>
        <translation>Fund efter kategori</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Filter findings by grade</source>
        <translation>Filtrér fund efter kategori</translation>
    </message>
    <message>
        <source>Shows only findings of this grade</source>
        <translation>Viser kun fund i denne kategori</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Filtrér fund…</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Filtrér fund efter tekst</translation>
    </message>
    <message>
        <source>Shows findings whose reference, title, clauses or status contain this text</source>
        <translation>Viser fund, hvis reference, titel, punkter eller status indeholder denne tekst</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Nyt fund</translation>
    </message>
    <message>
        <source>Add a finding; the arrow chooses the grade (an observation by default)</source>
        <translation>Tilføj et fund; pilen vælger kategorien (som standard en observation)</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nyt fund</translation>
    </message>
    <message>
        <source>Delete the selected finding with its corrective action (Undo brings it back)</source>
        <translation>Slet det valgte fund med dets korrigerende handling (Fortryd henter det tilbage)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n over fristen</numerusform>
            <numerusform>%n over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Åbn først en audit.</translation>
    </message>
    <message>
        <source>Add finding %1</source>
        <translation>Tilføj fund %1</translation>
    </message>
    <message>
        <source>Finding %1 added.</source>
        <translation>Fund %1 er tilføjet.</translation>
    </message>
    <message>
        <source>Select a finding to delete.</source>
        <translation>Vælg et fund, der skal slettes.</translation>
    </message>
    <message>
        <source>Delete finding %1</source>
        <translation>Slet fund %1</translation>
    </message>
    <message>
        <source>Finding %1 deleted; Edit &gt; Undo brings it back.</source>
        <translation>Fund %1 er slettet; Rediger &gt; Fortryd henter det tilbage.</translation>
    </message>
</context>
<context>
    <name>isoaudit::GiveCopyDialog</name>
    <message>
        <source>Give a Copy to a Team Member</source>
        <translation>Giv en kopi til et medlem af auditteamet</translation>
    </message>
    <message>
        <source>The team member works on the copy offline; File ▸ Merge a Team Member&apos;s Copy… brings their changes back, as often as you like.</source>
        <translation>Medlemmet af auditteamet arbejder offline i kopien; Filer ▸ Flet kopi fra et medlem af auditteamet… henter ændringerne tilbage, så ofte du vil.</translation>
    </message>
    <message>
        <source>The audit&apos;s team members are offered; you may type another name</source>
        <translation>Auditteamets medlemmer foreslås; du kan skrive et andet navn</translation>
    </message>
    <message>
        <source>Where the copy is written; an existing file is never overwritten</source>
        <translation>Hvor kopien skrives; en eksisterende fil overskrives aldrig</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <source>Choose where to write the copy</source>
        <translation>Vælg, hvor kopien skal skrives</translation>
    </message>
    <message>
        <source>&amp;Give Copy</source>
        <translation>&amp;Giv kopi</translation>
    </message>
    <message>
        <source>&amp;Team member:</source>
        <translation>&amp;Medlem af auditteamet:</translation>
    </message>
    <message>
        <source>&amp;Save the copy as:</source>
        <translation>Gem &amp;kopien som:</translation>
    </message>
    <message>
        <source>Name the team member the copy is for.</source>
        <translation>Angiv det medlem af auditteamet, som kopien er til.</translation>
    </message>
    <message>
        <source>Choose where to write the copy.</source>
        <translation>Vælg, hvor kopien skal skrives.</translation>
    </message>
    <message>
        <source>The copy cannot replace the audit itself.</source>
        <translation>Kopien kan ikke erstatte selve auditten.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a copy never overwrites a file.</source>
        <translation>%1 findes allerede. Vælg et andet navn: en kopi overskriver aldrig en fil.</translation>
    </message>
</context>
<context>
    <name>isoaudit::HeatMapWidget</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Click a cell, or move with the arrow keys and press Space, to show only the risks in that cell. Click it again or press Esc to show all risks.</source>
        <translation>Klik på en celle, eller flyt med piletasterne, og tryk på Mellemrum for kun at vise risiciene i den celle. Klik på den igen, eller tryk på Esc for at vise alle risici.</translation>
    </message>
    <message>
        <source>%1 by %2 risk matrix</source>
        <translation>Risikomatrix %1 × %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, 1 risk</source>
        <translation>, 1 risiko</translation>
    </message>
    <message>
        <source>, %1 risks</source>
        <translation>, %1 risici</translation>
    </message>
    <message>
        <source>, %1 above the acceptance threshold of %2</source>
        <translation>, %1 over acceptgrænsen på %2</translation>
    </message>
    <message>
        <source>, no acceptance threshold stated</source>
        <translation>, ingen acceptgrænse angivet</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>Viser kun %1</translation>
    </message>
    <message>
        <source>likelihood %1, impact %2: score %3%4, %5.</source>
        <translation>sandsynlighed %1, konsekvens %2: score %3%4, %5.</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 risiko</translation>
    </message>
    <message>
        <source>%1 risks</source>
        <translation>%1 risici</translation>
    </message>
    <message>
        <source>Acceptance threshold: %1</source>
        <translation>Acceptgrænse: %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>The client&apos;s risk method has no likelihood or impact levels yet.</source>
        <translation>Kundens risikometode har endnu ingen niveauer for sandsynlighed eller konsekvens.</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Konsekvens →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>Sandsynlighed →</translation>
    </message>
    <message>
        <source>Numbers: risks in the cell. Click a cell to filter the register.</source>
        <translation>Tal: risici i cellen. Klik på en celle for at filtrere registret.</translation>
    </message>
    <message>
        <source>Risk matrix, %1</source>
        <translation>Risikomatrix, %1</translation>
    </message>
    <message>
        <source>Risk matrix, %1 Selected: the register shows only this cell.</source>
        <translation>Risikomatrix, %1 Valgt: registret viser kun denne celle.</translation>
    </message>
    <message>
        <source>likelihood %1, impact %2: no score in the client&apos;s method, %3.</source>
        <translation>sandsynlighed %1, konsekvens %2: ingen score i kundens metode, %3.</translation>
    </message>
</context>
<context>
    <name>isoaudit::HistoryDialog</name>
    <message>
        <source>Trail started</source>
        <translation>Sporet startet</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Eksisterende post</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Tilknytninger</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Revisionsspor</translation>
    </message>
    <message>
        <source>Filter by name, record, field or value</source>
        <translation>Filtrér efter navn, post, felt eller værdi</translation>
    </message>
    <message>
        <source>Filter the trail</source>
        <translation>Filtrér sporet</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>Vis kun poster, der indeholder denne tekst</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Poster i revisionssporet</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel værdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny værdi</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entries, every change accounted for.</source>
        <translation>
            <numerusform>Sporet er intakt: %n post, alle ændringer er redegjort for.</numerusform>
            <numerusform>Sporet er intakt: %n poster, alle ændringer er redegjort for.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail is broken&lt;/b&gt;%1: %2</source>
        <translation>&lt;b&gt;Sporet er brudt&lt;/b&gt;%1: %2</translation>
    </message>
    <message>
        <source> at entry #%1</source>
        <translation> ved post nr. %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <comment>%1 is a record kind (Risk, Finding)</comment>
        <translation>Historik: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importér %1</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil, der skal importeres</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>Vælg en CSV- eller Excel-fil (.xlsx)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to import</source>
        <translation>Det ark i projektmappen, der skal importeres</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Overskriftsrække</translation>
    </message>
    <message>
        <source>The row that holds the column headers</source>
        <translation>Den række, der indeholder kolonneoverskrifterne</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Overskriftsrække:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Læst som:</translation>
    </message>
    <message>
        <source>Preview with a field per column</source>
        <translation>Forhåndsvisning med et felt pr. kolonne</translation>
    </message>
    <message>
        <source>Row report</source>
        <translation>Rækkerapport</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hvad der sker</translation>
    </message>
    <message>
        <source>&amp;Remember this column mapping for %1</source>
        <translation>&amp;Husk denne kolonnetilknytning til %1</translation>
    </message>
    <message>
        <source>The next table of this kind from this client is mapped the same way</source>
        <translation>Den næste tabel af denne art fra denne kunde tilknyttes på samme måde</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Intet blev importeret.

%1</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tabeller (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Felt til kolonne %1</translation>
    </message>
    <message>
        <source>Which field column %1 &quot;%2&quot; fills</source>
        <translation>Hvilket felt kolonne %1 &quot;%2&quot; udfylder</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) in ISO/IEC 27001:2013 numbering are read as their 2022 controls (listed below).</source>
        <translation>
            <numerusform>%n reference i ISO/IEC 27001:2013-nummerering læses som den tilsvarende 2022-kontrol (se nedenfor).</numerusform>
            <numerusform>%n referencer i ISO/IEC 27001:2013-nummerering læses som de tilsvarende 2022-kontroller (se nedenfor).</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 numbering; read as A.%1 (2022)</source>
        <translation>ISO/IEC 27001:2013-nummerering; læst som A.%1 (2022)</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Der er intet at importere.</translation>
    </message>
</context>
<context>
    <name>isoaudit::InterviewEditor</name>
    <message>
        <source>Attach &amp;files…</source>
        <translation>Vedhæft &amp;filer…</translation>
    </message>
    <message>
        <source>&amp;Raise finding from selection</source>
        <translation>&amp;Rejs som fund</translation>
    </message>
    <message>
        <source>Raise finding from selection</source>
        <translation>Rejs fund fra markering</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewperson</translation>
    </message>
    <message>
        <source>The person interviewed</source>
        <translation>Den person, der blev interviewet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>The interviewee&apos;s role or job title, e.g. CISO, HR manager</source>
        <translation>Interviewpersonens rolle eller stilling, f.eks. CISO, HR-chef</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>When the interview took place</source>
        <translation>Hvornår interviewet fandt sted</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>How long the interview lasted, in minutes</source>
        <translation>Hvor længe interviewet varede, i minutter</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>The audit team member who led the interview</source>
        <translation>Det medlem af auditteamet, der ledede interviewet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Where the interview took place: site, room or remote</source>
        <translation>Hvor interviewet fandt sted: lokation, lokale eller fjernt</translation>
    </message>
    <message>
        <source>Clauses and controls covered</source>
        <translation>Dækkede punkter og kontroller</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Interviewnoter</translation>
    </message>
    <message>
        <source>Notes are saved as you type. Drop files here to store them as evidence.</source>
        <translation>Noter gemmes, mens du skriver. Slip filer her for at gemme dem som auditbevis.</translation>
    </message>
    <message>
        <source>Evidence gathered in this interview</source>
        <translation>Auditbevis indsamlet i dette interview</translation>
    </message>
    <message>
        <source>Evidence linked to this interview; double-click to open it in the Evidence pane</source>
        <translation>Auditbevis tilknyttet dette interview; dobbeltklik for at åbne det i ruden Auditbevis</translation>
    </message>
    <message>
        <source>Store files inside the audit as document evidence of this interview</source>
        <translation>Gem filer i auditten som dokumentbevis fra dette interview</translation>
    </message>
    <message>
        <source>Turn the selected notes into a new finding&apos;s objective evidence (%1)</source>
        <translation>Gør de markerede noter til objektivt bevis i et nyt fund (%1)</translation>
    </message>
    <message>
        <source>Drop files anywhere here to store them as evidence (SHA-256 recorded).</source>
        <translation>Slip filer hvor som helst her for at gemme dem som auditbevis (SHA-256 registreres).</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Varighed:</translation>
    </message>
    <message>
        <source>&amp;Interviewee:</source>
        <translation>&amp;Interviewperson:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>&amp;Held at:</source>
        <translation>&amp;Tidspunkt:</translation>
    </message>
    <message>
        <source>A&amp;uditor:</source>
        <translation>A&amp;uditor:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Dækker:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>&amp;Evidence from this interview:</source>
        <translation>&amp;Auditbevis fra dette interview:</translation>
    </message>
    <message>
        <source>Select the words in the notes that show the problem, then raise the finding.</source>
        <translation>Markér de ord i noterne, der viser problemet, og rejs så fundet.</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Rejs fund</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fed (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Ctrl+I)</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktopstilling</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s))</source>
        <translation>
            <numerusform> (%n fil)</numerusform>
            <numerusform> (%n filer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change clauses and controls of interview</source>
        <translation>Ændr interviewets punkter og kontroller</translation>
    </message>
    <message>
        <source>Choose an interview first.</source>
        <translation>Vælg først et interview.</translation>
    </message>
    <message>
        <source>Raised in interview with %1</source>
        <translation>Rejst i interview med %1</translation>
    </message>
    <message>
        <source>Raise finding %1 from interview</source>
        <translation>Rejs fund %1 ud fra interview</translation>
    </message>
    <message>
        <source>Finding %1 raised from the interview with %2.</source>
        <translation>Fund %1 er rejst ud fra interviewet med %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored as evidence of this interview.</source>
        <translation>
            <numerusform>%n fil gemt som auditbevis fra dette interview.</numerusform>
            <numerusform>%n filer gemt som auditbevis fra dette interview.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Tilføj filer</translation>
    </message>
    <message>
        <source>Attach files to the interview</source>
        <translation>Vedhæft filer til interviewet</translation>
    </message>
</context>
<context>
    <name>isoaudit::InterviewListModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewperson</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Dækker</translation>
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
        <translation>&amp;Nyt interview</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Filter by person…</source>
        <translation>Filtrér efter person…</translation>
    </message>
    <message>
        <source>Filter interviews by person</source>
        <translation>Filtrér interview efter person</translation>
    </message>
    <message>
        <source>Shows interviews whose interviewee, role or auditor contains this text</source>
        <translation>Viser interview, hvor interviewperson, rolle eller auditor indeholder denne tekst</translation>
    </message>
    <message>
        <source>Filter interviews by clause or control</source>
        <translation>Filtrér interview efter punkt eller kontrol</translation>
    </message>
    <message>
        <source>Shows interviews that covered this clause or control</source>
        <translation>Viser interview, der dækkede dette punkt eller denne kontrol</translation>
    </message>
    <message>
        <source>Filter interviews by day</source>
        <translation>Filtrér interview efter dag</translation>
    </message>
    <message>
        <source>Shows interviews held on this day</source>
        <translation>Viser interview, der blev holdt denne dag</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Add an interview held now</source>
        <translation>Tilføj et interview, der holdes nu</translation>
    </message>
    <message>
        <source>Delete the selected interview (Undo brings it back)</source>
        <translation>Slet det valgte interview (Fortryd henter det tilbage)</translation>
    </message>
    <message>
        <source>Any clause or control</source>
        <translation>Alle punkter og kontroller</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Alle dage</translation>
    </message>
    <message>
        <source>New interviewee</source>
        <translation>Ny interviewperson</translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation>Tilføj interview</translation>
    </message>
    <message>
        <source>Delete interview with %1</source>
        <translation>Slet interview med %1</translation>
    </message>
    <message>
        <source>Interview with %1 deleted; Edit &gt; Undo brings it back.</source>
        <translation>Interviewet med %1 er slettet; Rediger &gt; Fortryd henter det tilbage.</translation>
    </message>
</context>
<context>
    <name>isoaudit::LifecyclePanel</name>
    <message>
        <source>Unmet rules for the next lifecycle step</source>
        <translation>Uopfyldte regler for næste trin i livscyklussen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the place that needs attention</source>
        <translation>Dobbeltklik, eller tryk på Enter for at gå til det sted, der kræver opmærksomhed</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>&amp;Gå videre…</translation>
    </message>
    <message>
        <source>Check the rules and move to the next lifecycle state</source>
        <translation>Kontrollér reglerne, og gå videre til næste tilstand i livscyklussen</translation>
    </message>
    <message>
        <source>The engagement is signed: the report is the record and can no longer change.</source>
        <translation>Erklæringsopgaven er underskrevet: erklæringen er dokumentationen og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>The audit is signed: the report is the record and can no longer change.</source>
        <translation>Auditten er underskrevet: rapporten er dokumentationen og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Every rule for %1 holds; the engagement can advance.</source>
        <translation>Alle regler for %1 er opfyldt; erklæringsopgaven kan gå videre.</translation>
    </message>
    <message>
        <source>Every rule for %1 holds; the audit can advance.</source>
        <translation>Alle regler for %1 er opfyldt; auditten kan gå videre.</translation>
    </message>
    <message>
        <source>Before %1 — blockers: %2, warnings: %3. Double-click one to fix it.</source>
        <translation>Før %1 — blokerende: %2, advarsler: %3. Dobbeltklik på en for at rette den.</translation>
    </message>
    <message>
        <source>&amp;Advance to %1…</source>
        <translation>&amp;Gå videre til %1…</translation>
    </message>
</context>
<context>
    <name>isoaudit::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New Audit…</source>
        <translation>&amp;Ny audit…</translation>
    </message>
    <message>
        <source>Create a new audit file with a wizard</source>
        <translation>Opret en ny auditfil med en guide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open an audit file</source>
        <translation>Åbn en auditfil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Gem en &amp;kopi som…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open audit to another file</source>
        <translation>Skriv en konsistent kopi af den åbne audit til en anden fil</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Eksportér pakke…</translation>
    </message>
    <message>
        <source>Write the whole audit as a readable JSON audit package</source>
        <translation>Skriv hele auditten som en læsbar JSON-auditpakke</translation>
    </message>
    <message>
        <source>Export &amp;Encrypted Package…</source>
        <translation>Eksportér k&amp;rypteret pakke…</translation>
    </message>
    <message>
        <source>Write the audit package sealed with a passphrase, for mail or a USB stick</source>
        <translation>Skriv auditpakken forseglet med en adgangssætning, til mail eller et USB-stik</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importér pakke…</translation>
    </message>
    <message>
        <source>Create an audit file from a JSON audit package</source>
        <translation>Opret en auditfil ud fra en JSON-auditpakke</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Go back to one of the audit&apos;s rolling backups (the current state is kept)</source>
        <translation>Gå tilbage til en af auditens løbende sikkerhedskopier (den nuværende tilstand bevares)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Close the open audit</source>
        <translation>Luk den åbne audit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Quit IsoAudit</source>
        <translation>Afslut IsoAudit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Søg…</translation>
    </message>
    <message>
        <source>Search or filter the current page</source>
        <translation>Søg eller filtrér på den aktuelle side</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Show the audit trail: who changed what, when, old and new values</source>
        <translation>Vis revisionssporet: hvem der ændrede hvad og hvornår, gamle og nye værdier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Next Lifecycle Step…</source>
        <translation>&amp;Næste trin i livscyklussen…</translation>
    </message>
    <message>
        <source>Show the rules that must hold before the audit can move on</source>
        <translation>Vis de regler, der skal være opfyldt, før auditten kan gå videre</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>F&amp;uld skærm</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Brug hele skærmen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Open &amp;Demo Audit</source>
        <translation>Åbn &amp;demoaudit</translation>
    </message>
    <message>
        <source>Open a complete example audit to try the workbench</source>
        <translation>Åbn en komplet eksempelaudit for at prøve arbejdsbordet</translation>
    </message>
    <message>
        <source>&amp;About IsoAudit</source>
        <translation>&amp;Om IsoAudit</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version og licens</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>Vis siden %1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>Read the user guide: a Stage 2 audit from start to signed report</source>
        <translation>Læs brugervejledningen: en trin 2-audit fra start til underskrevet rapport</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>Your name, the certification body, report and backup settings, defaults for new audits</source>
        <translation>Dit navn, certificeringsorganet, indstillinger for rapport og sikkerhedskopier, standardværdier for nye audits</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Fortryd den seneste ændring</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Gentag den ændring, der lige blev fortrudt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Audit from &amp;This One…</source>
        <translation>Ny audit ud fra &amp;denne…</translation>
    </message>
    <message>
        <source>Start the next audit of the certification cycle from the open, signed audit</source>
        <translation>Start den næste audit i certificeringscyklussen ud fra den åbne, underskrevne audit</translation>
    </message>
    <message>
        <source>Open SOC &amp;2 Demo Engagement</source>
        <translation>Åbn SOC &amp;2-demoerklæringsopgave</translation>
    </message>
    <message>
        <source>Open a complete example SOC 2 Type 2 engagement: controls, populations, samples and exceptions</source>
        <translation>Åbn et komplet eksempel på en SOC 2 Type 2-erklæringsopgave: kontroller, populationer, stikprøver og afvigelser</translation>
    </message>
    <message>
        <source>&amp;Give a Copy to a Team Member…</source>
        <translation>Giv en kopi til et &amp;medlem af auditteamet…</translation>
    </message>
    <message>
        <source>Write a copy of the audit for a team member to work on offline</source>
        <translation>Skriv en kopi af auditten, som et medlem af auditteamet kan arbejde i offline</translation>
    </message>
    <message>
        <source>&amp;Merge a Team Member&apos;s Copy…</source>
        <translation>&amp;Flet kopi fra et medlem af auditteamet…</translation>
    </message>
    <message>
        <source>Bring a team member&apos;s changes back into this audit, resolving any conflicts</source>
        <translation>Hent ændringerne fra et medlem af auditteamet ind i denne audit, og løs eventuelle konflikter</translation>
    </message>
    <message>
        <source>Re&amp;pository</source>
        <translation>&amp;Centralt arkiv</translation>
    </message>
    <message>
        <source>&amp;Open from the Repository…</source>
        <translation>&amp;Åbn fra arkivet…</translation>
    </message>
    <message>
        <source>Connect to the certification body&apos;s repository and check an audit out</source>
        <translation>Opret forbindelse til certificeringsorganets centrale arkiv, og tjek en audit ud</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send this audit&apos;s changes to the repository</source>
        <translation>Send denne audits ændringer til arkivet</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>&amp;Hent</translation>
    </message>
    <message>
        <source>Bring the repository&apos;s newer version of this audit into the file</source>
        <translation>Hent arkivets nyere version af denne audit ind i filen</translation>
    </message>
</context>
<context>
    <name>isoaudit::MainWindow</name>
    <message>
        <source>Pages of the audit</source>
        <translation>Auditens sider</translation>
    </message>
    <message>
        <source>Pages of the audit (Ctrl+1 … Ctrl+9)</source>
        <translation>Auditens sider (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Undo Not Possible</source>
        <translation>Fortryd er ikke mulig</translation>
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
        <translation>(ingen kunde)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [skrivebeskyttet]</translation>
    </message>
    <message>
        <source>There is no page for this record in this build.</source>
        <translation>Der er ingen side til denne post i denne udgave.</translation>
    </message>
    <message>
        <source>About IsoAudit</source>
        <translation>Om IsoAudit</translation>
    </message>
    <message>
        <source>Cannot Start the Next Audit</source>
        <translation>Kan ikke starte den næste audit</translation>
    </message>
    <message>
        <source>Next Audit Created</source>
        <translation>Den næste audit er oprettet</translation>
    </message>
    <message>
        <source>%1 was created from the last audit:

%2</source>
        <translation>%1 er oprettet ud fra den forrige audit:

%2</translation>
    </message>
    <message>
        <source>Delete Control</source>
        <translation>Slet kontrol</translation>
    </message>
    <message>
        <source>IsoAudit %1

A desktop workbench for ISO/IEC 27001:2022 lead auditors: plan, assess clauses 4–10 and the Statement of Applicability, review the client&apos;s risks, record interviews and evidence, grade findings and sign the report — offline, one file per audit.

For SOC 2 service auditors: map the control matrix to the Trust Services Criteria, test populations and samples, assess exceptions, form the opinion and sign the service auditor&apos;s report.

Licensed under the GNU GPL v3 or later.</source>
        <translation>IsoAudit %1

Et arbejdsbord til ledende auditorer inden for ISO/IEC 27001:2022: planlæg, vurder punkt 4–10 og anvendelseserklæringen, gennemgå kundens risici, registrér interview og auditbevis, kategorisér fund og underskriv rapporten — offline, én fil pr. audit.

Til SOC 2-revisorer: knyt kontrolmatrixen til Trust Services Criteria, test populationer og stikprøver, vurder afvigelser, udform konklusionen, og underskriv revisors erklæring.

Licenseret under GNU GPL v3 eller senere.</translation>
    </message>
</context>
<context>
    <name>isoaudit::MeetingDialog</name>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslæt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation>&amp;Tilføj deltager</translation>
    </message>
    <message>
        <source>&amp;Remove attendee</source>
        <translation>&amp;Fjern deltager</translation>
    </message>
    <message>
        <source>Confirmed or explained</source>
        <translation>Bekræftet eller forklaret</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>The audit scope was confirmed</source>
        <translation>Auditomfanget blev bekræftet</translation>
    </message>
    <message>
        <source>The audit plan was confirmed</source>
        <translation>Auditplanen blev bekræftet</translation>
    </message>
    <message>
        <source>Confidentiality was confirmed</source>
        <translation>Fortroligheden blev bekræftet</translation>
    </message>
    <message>
        <source>The method of reporting findings was explained</source>
        <translation>Metoden for rapportering af fund blev forklaret</translation>
    </message>
    <message>
        <source>The complaint and appeal process was explained</source>
        <translation>Klage- og ankeprocessen blev forklaret</translation>
    </message>
    <message>
        <source>The findings were presented</source>
        <translation>Fundene blev fremlagt</translation>
    </message>
    <message>
        <source>The client acknowledged the findings</source>
        <translation>Kunden kvitterede for fundene</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uenighed</translation>
    </message>
    <message>
        <source>Any disagreement on the findings or conclusions, and how it was resolved or left open</source>
        <translation>Eventuel uenighed om fundene eller konklusionerne, og om den blev afklaret eller står åben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::MergeDialog</name>
    <message>
        <source>Show &amp;conflicts only</source>
        <translation>Vis kun &amp;konflikter</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Posttype</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Conflict: resolved</source>
        <translation>Konflikt: løst</translation>
    </message>
    <message numerus="yes">
        <source>Conflict: %n to resolve</source>
        <translation>
            <numerusform>Konflikt: %n at løse</numerusform>
            <numerusform>Konflikt: %n at løse</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every change can be taken as it is.</source>
        <translation>Ingen konflikter: alle ændringer kan overtages, som de er.</translation>
    </message>
    <message>
        <source>Every conflict has a choice.</source>
        <translation>Alle konflikter har et valg.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict left to resolve.</source>
        <translation>
            <numerusform>%n konflikt mangler at blive løst.</numerusform>
            <numerusform>%n konflikter mangler at blive løst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts left to resolve.</source>
        <translation>
            <numerusform>%n konflikt mangler at blive løst.</numerusform>
            <numerusform>%n konflikter mangler at blive løst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a version for every conflict first</source>
        <translation>Vælg først en version for hver konflikt</translation>
    </message>
</context>
<context>
    <name>isoaudit::MultiLineTextDelegate</name>
    <message>
        <source>Enter adds a line; Ctrl+Enter or Tab saves; Esc cancels.</source>
        <translation>Enter tilføjer en linje; Ctrl+Enter eller Tab gemmer; Esc annullerer.</translation>
    </message>
</context>
<context>
    <name>isoaudit::NewAuditWizard</name>
    <message>
        <source>New Audit</source>
        <translation>Ny audit</translation>
    </message>
    <message>
        <source>Client and audit type</source>
        <translation>Kunde og audittype</translation>
    </message>
    <message>
        <source>Who is audited, and which audit of the certification cycle this is.</source>
        <translation>Hvem der auditeres, og hvilken audit i certificeringscyklussen det er.</translation>
    </message>
    <message>
        <source>e.g. Northwind Logistics Ltd</source>
        <translation>f.eks. Northwind Logistics A/S</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Audittype</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfrit</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>Audit&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Report number:</source>
        <translation>&amp;Rapportnummer:</translation>
    </message>
    <message>
        <source>Dates, scope and sites</source>
        <translation>Datoer, omfang og lokationer</translation>
    </message>
    <message>
        <source>The on-site days, the certification scope as the client states it, and the sites visited.</source>
        <translation>Dagene på stedet, certificeringsomfanget, som kunden angiver det, og de besøgte lokationer.</translation>
    </message>
    <message>
        <source>First audit day</source>
        <translation>Første auditdag</translation>
    </message>
    <message>
        <source>Last audit day</source>
        <translation>Sidste auditdag</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>The ISMS scope statement, e.g. &quot;Development and operation of …&quot;</source>
        <translation>Beskrivelsen af ISMS&apos;ets omfang, f.eks. &quot;Udvikling og drift af …&quot;</translation>
    </message>
    <message>
        <source>Sites, one per line</source>
        <translation>Lokationer, én pr. linje</translation>
    </message>
    <message>
        <source>One site per line</source>
        <translation>Én lokation pr. linje</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Første dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Sidste dag:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Omfang:</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>&amp;Lokationer:</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <source>The lead auditor signs the report; add the other team members with their roles.</source>
        <translation>Den ledende auditor underskriver rapporten; tilføj de øvrige teammedlemmer med deres roller.</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Ledende auditor</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>&amp;Ledende auditor:</translation>
    </message>
    <message>
        <source>&amp;Team members (name, role):</source>
        <translation>&amp;Teammedlemmer (navn, rolle):</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role of team member %1</source>
        <translation>Rolle for teammedlem %1</translation>
    </message>
    <message>
        <source>Your name from Preferences; the lead auditor signs the report</source>
        <translation>Dit navn fra Indstillinger; den ledende auditor underskriver rapporten</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Certificeringsorgan</translation>
    </message>
    <message>
        <source>The organisation of the lead auditor and the auditors, from Preferences</source>
        <translation>Den ledende auditors og auditorernes organisation, fra Indstillinger</translation>
    </message>
    <message>
        <source>Certification &amp;body:</source>
        <translation>&amp;Certificeringsorgan:</translation>
    </message>
    <message>
        <source>Risk method and deadlines</source>
        <translation>Risikometode og frister</translation>
    </message>
    <message>
        <source>The matrix to record the client&apos;s risks in (adapt it to the client&apos;s own method later in the Risks pane) and how long the client has for corrective actions after the last audit day.</source>
        <translation>Den matrix, kundens risici registreres i (tilpas den senere til kundens egen metode i ruden Risici), og hvor lang tid kunden har til korrigerende handlinger efter den sidste auditdag.</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Risikometode</translation>
    </message>
    <message>
        <source>The risk matrix the audit starts with; the default comes from Preferences</source>
        <translation>Den risikomatrix, auditten starter med; standarden kommer fra Indstillinger</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Days to verify a major nonconformity&apos;s correction</source>
        <translation>Dage til at verificere en større afvigelses korrektion</translation>
    </message>
    <message>
        <source>A major nonconformity&apos;s corrective action is due this many days after the last day</source>
        <translation>En større afvigelses korrigerende handling skal være gennemført så mange dage efter den sidste dag</translation>
    </message>
    <message>
        <source>Days to accept a minor nonconformity&apos;s plan</source>
        <translation>Dage til at acceptere en mindre afvigelses plan</translation>
    </message>
    <message>
        <source>A minor nonconformity&apos;s action plan is due this many days after the last day</source>
        <translation>En mindre afvigelses handlingsplan skal foreligge så mange dage efter den sidste dag</translation>
    </message>
    <message>
        <source>&amp;Risk method:</source>
        <translation>&amp;Risikometode:</translation>
    </message>
    <message>
        <source>&amp;Major nonconformity, verified within:</source>
        <translation>&amp;Større afvigelse, verificeret inden for:</translation>
    </message>
    <message>
        <source>M&amp;inor nonconformity, plan accepted within:</source>
        <translation>&amp;Mindre afvigelse, plan accepteret inden for:</translation>
    </message>
    <message>
        <source>New SOC 2 Engagement</source>
        <translation>Ny SOC 2-erklæringsopgave</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Serviceleverandør</translation>
    </message>
    <message>
        <source>The service organization whose system the SOC 2 report describes.</source>
        <translation>Den serviceleverandør, hvis system SOC 2-erklæringen beskriver.</translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>Service&amp;leverandør:</translation>
    </message>
    <message>
        <source>e.g. Kestrel Analytics Inc.</source>
        <translation>f.eks. Kestrel Analytics Inc.</translation>
    </message>
    <message>
        <source>Engagement team</source>
        <translation>Opgaveteam</translation>
    </message>
    <message>
        <source>The engagement lead signs the service auditor&apos;s report; add the other members of the engagement team with their roles.</source>
        <translation>Den opgaveansvarlige underskriver revisors erklæring; tilføj de øvrige medlemmer af opgaveteamet med deres roller.</translation>
    </message>
    <message>
        <source>Engagement &amp;lead:</source>
        <translation>&amp;Opgaveansvarlig:</translation>
    </message>
    <message>
        <source>Service auditor&apos;s &amp;firm:</source>
        <translation>&amp;Revisionsvirksomhed:</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Opgaveansvarlig</translation>
    </message>
    <message>
        <source>Your name from Preferences; the engagement lead signs the report</source>
        <translation>Dit navn fra Indstillinger; den opgaveansvarlige underskriver erklæringen</translation>
    </message>
    <message>
        <source>Service auditor&apos;s firm</source>
        <translation>Revisionsvirksomhed</translation>
    </message>
    <message>
        <source>The CPA firm that performs the examination, from Preferences</source>
        <translation>Den revisionsvirksomhed, der udfører undersøgelsen, fra Indstillinger</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramme</translation>
    </message>
    <message>
        <source>An ISO/IEC 27001 certification audit, or a SOC 2 examination (an attestation engagement on the Trust Services Criteria)</source>
        <translation>En ISO/IEC 27001-certificeringsaudit eller en SOC 2-undersøgelse (en erklæringsopgave om Trust Services Criteria)</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 certification audit</source>
        <translation>ISO/IEC 27001:2022-certificeringsaudit</translation>
    </message>
    <message>
        <source>SOC 2 examination (Trust Services Criteria)</source>
        <translation>SOC 2-undersøgelse (Trust Services Criteria)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Ramme:</translation>
    </message>
    <message>
        <source>System, report type and categories</source>
        <translation>System, erklæringstype og kategorier</translation>
    </message>
    <message>
        <source>The system the report describes, whether it speaks as of a date (Type 1) or over a period (Type 2), and the trust services categories in scope.</source>
        <translation>Det system, erklæringen beskriver, om den vedrører en bestemt dato (Type 1) eller en periode (Type 2), og de omfattede kriteriekategorier.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>e.g. Kestrel Insights analytics platform</source>
        <translation>f.eks. Kestrel Insights-analyseplatformen</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Erklæringstype</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Pr. dato</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Periodens start</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Periodens slutning</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategori %1</translation>
    </message>
    <message>
        <source>The common criteria (Security) are in scope of every SOC 2 examination</source>
        <translation>De fælles kriterier (Sikkerhed) er omfattet af enhver SOC 2-undersøgelse</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>Report &amp;type:</source>
        <translation>Erklæring&amp;stype:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Pr. &amp;dato:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Periode &amp;fra:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Periode &amp;til:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorier:</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Perioden skal slutte efter, at den starter.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s).</source>
        <translation>
            <numerusform>%n måned.</numerusform>
            <numerusform>%n måneder.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Type 2 period is usually 3 to 12 months; IsoAudit will warn.</source>
        <translation>En Type 2-periode er normalt 3 til 12 måneder; IsoAudit advarer.</translation>
    </message>
</context>
<context>
    <name>isoaudit::NextAuditDialog</name>
    <message>
        <source>New Audit from This One</source>
        <translation>Ny audit ud fra denne</translation>
    </message>
    <message>
        <source>Type of the next audit</source>
        <translation>Den næste audits type</translation>
    </message>
    <message>
        <source>The audits that may follow this one in the certification cycle</source>
        <translation>De audits, der kan følge efter denne i certificeringscyklussen</translation>
    </message>
    <message>
        <source>First day of the next audit</source>
        <translation>Den næste audits første dag</translation>
    </message>
    <message>
        <source>Last day of the next audit</source>
        <translation>Den næste audits sidste dag</translation>
    </message>
    <message>
        <source>Lead auditor of the next audit</source>
        <translation>Den næste audits ledende auditor</translation>
    </message>
    <message>
        <source>Signed report of this audit (optional)</source>
        <translation>Denne audits underskrevne rapport (valgfri)</translation>
    </message>
    <message>
        <source>Optional: the signed PDF, recorded in the programme&apos;s history</source>
        <translation>Valgfri: den underskrevne PDF, som registreres i auditprogrammets historik</translation>
    </message>
    <message>
        <source>The report signed for this audit; its SHA-256 must be the signed revision&apos;s</source>
        <translation>Den rapport, der er underskrevet for denne audit; dens SHA-256 skal være den underskrevne revisions</translation>
    </message>
    <message>
        <source>File of the next audit</source>
        <translation>Den næste audits fil</translation>
    </message>
    <message>
        <source>Where the next audit is created; an existing file is never overwritten</source>
        <translation>Hvor den næste audit oprettes; en eksisterende fil overskrives aldrig</translation>
    </message>
    <message>
        <source>Why the next audit cannot be created</source>
        <translation>Hvorfor den næste audit ikke kan oprettes</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Choose the signed report</source>
        <translation>Vælg den underskrevne rapport</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>G&amp;ennemse…</translation>
    </message>
    <message>
        <source>Choose the file of the next audit</source>
        <translation>Vælg den næste audits fil</translation>
    </message>
    <message>
        <source>The next audit takes the client, scope, sites, team, risk method, risk register and Statement of Applicability from this audit as its starting point, the programme with this audit in its history, and every nonconformity still to verify. This audit&apos;s file is only read.</source>
        <translation>Den næste audit overtager kunde, omfang, lokationer, team, risikometode, risikoregister og anvendelseserklæring fra denne audit som udgangspunkt, auditprogrammet med denne audit i historikken og alle afvigelser, der stadig skal verificeres. Denne audits fil læses kun.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Første dag:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Sidste dag:</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>&amp;Ledende auditor:</translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation>Underskrevet &amp;rapport:</translation>
    </message>
    <message>
        <source>&amp;New file:</source>
        <translation>&amp;Ny fil:</translation>
    </message>
    <message>
        <source>No audit of the certification cycle may follow a %1 audit.</source>
        <translation>Ingen audit i certificeringscyklussen kan følge efter en audit af typen %1.</translation>
    </message>
    <message>
        <source>The audit cannot end before it starts.</source>
        <translation>Auditten kan ikke slutte, før den begynder.</translation>
    </message>
    <message>
        <source>Name the file of the next audit.</source>
        <translation>Angiv et navn til den næste audits fil.</translation>
    </message>
    <message>
        <source>Signed Report of This Audit</source>
        <translation>Denne audits underskrevne rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>File of the Next Audit</source>
        <translation>Den næste audits fil</translation>
    </message>
    <message>
        <source>IsoAudit files (*.isoaudit)</source>
        <translation>IsoAudit-filer (*.isoaudit)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (an existing file is never overwritten).</source>
        <translation>%1 findes allerede; vælg et andet navn (en eksisterende fil overskrives aldrig).</translation>
    </message>
</context>
<context>
    <name>isoaudit::OpinionPanel</name>
    <message>
        <source>Re&amp;set to recorded</source>
        <translation>&amp;Nulstil til registreret</translation>
    </message>
    <message>
        <source>Recor&amp;d opinion</source>
        <translation>&amp;Registrér konklusion</translation>
    </message>
    <message>
        <source>Recorded opinion</source>
        <translation>Registreret konklusion</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Konklusion</translation>
    </message>
    <message>
        <source>The service auditor&apos;s opinion; the consistency messages below say what it still needs</source>
        <translation>Revisors konklusion; meddelelserne om konsistens nedenfor angiver, hvad der stadig mangler</translation>
    </message>
    <message>
        <source>Basis for the opinion</source>
        <translation>Grundlag for konklusionen</translation>
    </message>
    <message>
        <source>The matter that gives rise to a qualified or adverse opinion or a disclaimer</source>
        <translation>Det forhold, der giver anledning til en konklusion med forbehold, en afkræftende konklusion eller en manglende konklusion</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Ikke opfyldte kriterier</translation>
    </message>
    <message>
        <source>Tick the criteria the opinion names as not met (Space ticks the current one); a warning icon marks the criteria core proposes</source>
        <translation>Markér de kriterier, som konklusionen angiver som ikke opfyldt (mellemrumstasten markerer det aktuelle); et advarselsikon markerer de kriterier, som programmet foreslår</translation>
    </message>
    <message>
        <source>Criteria that may not be met</source>
        <translation>Kriterier, der muligvis ikke er opfyldt</translation>
    </message>
    <message>
        <source>Consistency of the opinion</source>
        <translation>Konklusionens konsistens</translation>
    </message>
    <message>
        <source>Drop the changes and show the recorded opinion again (Alt+S)</source>
        <translation>Kassér ændringerne, og vis den registrerede konklusion igen (Alt+N)</translation>
    </message>
    <message>
        <source>Record the opinion on the engagement (Alt+D or Ctrl+Enter); Edit &gt; Undo takes it back</source>
        <translation>Registrér konklusionen for erklæringsopgaven (Alt+R eller Ctrl+Enter); Rediger &gt; Fortryd tager den tilbage</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>&amp;Konklusion:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Grundlag:</translation>
    </message>
    <message>
        <source>Cri&amp;teria not met:</source>
        <translation>Ikke opfyldte kri&amp;terier:</translation>
    </message>
    <message>
        <source>No SOC 2 engagement open.</source>
        <translation>Ingen SOC 2-erklæringsopgave åben.</translation>
    </message>
    <message>
        <source>No opinion recorded yet: the report says the opinion has not been formed.</source>
        <translation>Der er endnu ikke registreret nogen konklusion: erklæringen angiver, at konklusionen ikke er udformet.</translation>
    </message>
    <message>
        <source>Recorded opinion: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Registreret konklusion: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Criteria not met: %1</source>
        <translation>Ikke opfyldte kriterier: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Grundlag: %1</translation>
    </message>
    <message>
        <source>%1 — every mapped control failed (%2); effect weighed</source>
        <translation>%1 — alle tilknyttede kontroller fejlede (%2); virkningen er vurderet</translation>
    </message>
    <message>
        <source>%1 — every mapped control failed (%2); effect not weighed yet</source>
        <translation>%1 — alle tilknyttede kontroller fejlede (%2); virkningen er endnu ikke vurderet</translation>
    </message>
    <message>
        <source>Proposed as possibly not met: %1</source>
        <translation>Foreslået som muligvis ikke opfyldt: %1</translation>
    </message>
    <message>
        <source>Criteria that may not be met: none; no criterion has all of its controls failing.</source>
        <translation>Kriterier, der muligvis ikke er opfyldt: ingen; intet kriterium har kun fejlede kontroller.</translation>
    </message>
    <message>
        <source>Criteria that may not be met (proposed, the decision is yours):</source>
        <translation>Kriterier, der muligvis ikke er opfyldt (forslag, beslutningen er din):</translation>
    </message>
    <message>
        <source>Choose the opinion to record.</source>
        <translation>Vælg den konklusion, der skal registreres.</translation>
    </message>
    <message>
        <source>This is the opinion on record.</source>
        <translation>Dette er den registrerede konklusion.</translation>
    </message>
    <message>
        <source>Consistent: the opinion can be recorded.</source>
        <translation>Konsistent: konklusionen kan registreres.</translation>
    </message>
    <message>
        <source>Open a SOC 2 engagement first.</source>
        <translation>Åbn først en SOC 2-erklæringsopgave.</translation>
    </message>
    <message>
        <source>Record the opinion: %1</source>
        <translation>Registrér konklusionen: %1</translation>
    </message>
    <message>
        <source>Opinion recorded: %1. Edit &gt; Undo takes it back.</source>
        <translation>Konklusionen er registreret: %1. Rediger &gt; Fortryd tager den tilbage.</translation>
    </message>
</context>
<context>
    <name>isoaudit::OverviewPane</name>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Audittype</translation>
    </message>
    <message>
        <source>First audit day</source>
        <translation>Første auditdag</translation>
    </message>
    <message>
        <source>Last audit day</source>
        <translation>Sidste auditdag</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>Audit&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datoer:</translation>
    </message>
    <message>
        <source>&amp;Report no.:</source>
        <translation>&amp;Rapportnr.:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Omfang:</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Lokationer:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Certification recommendation</source>
        <translation>Anbefaling vedrørende certificering</translation>
    </message>
    <message>
        <source>No sites recorded</source>
        <translation>Ingen lokationer registreret</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The findings suggest: %1.</source>
        <translation>Fundene peger på: %1.</translation>
    </message>
    <message>
        <source>Change audit type</source>
        <translation>Ændr audittype</translation>
    </message>
    <message>
        <source>Readiness for Stage 2</source>
        <translation>Parathed til trin 2</translation>
    </message>
    <message>
        <source>Continuation of certification</source>
        <translation>Opretholdelse af certificeringen</translation>
    </message>
    <message>
        <source>Renewal of certification</source>
        <translation>Fornyelse af certificeringen</translation>
    </message>
    <message>
        <source>Follow-up conclusion</source>
        <translation>Konklusion på opfølgningen</translation>
    </message>
    <message>
        <source>Readi&amp;ness for Stage 2:</source>
        <translation>&amp;Parathed til trin 2:</translation>
    </message>
    <message>
        <source>Co&amp;ntinuation:</source>
        <translation>O&amp;pretholdelse:</translation>
    </message>
    <message>
        <source>Re&amp;newal:</source>
        <translation>For&amp;nyelse:</translation>
    </message>
    <message>
        <source>Co&amp;nclusion:</source>
        <translation>Ko&amp;nklusion:</translation>
    </message>
    <message>
        <source>Recomme&amp;ndation:</source>
        <translation>&amp;Anbefaling:</translation>
    </message>
    <message>
        <source>Lifecycle and readiness for Stage 2</source>
        <translation>Livscyklus og parathed til trin 2</translation>
    </message>
    <message>
        <source>Lifecycle and continuation of certification</source>
        <translation>Livscyklus og opretholdelse af certificeringen</translation>
    </message>
    <message>
        <source>Lifecycle and renewal of certification</source>
        <translation>Livscyklus og fornyelse af certificeringen</translation>
    </message>
    <message>
        <source>Lifecycle and follow-up conclusion</source>
        <translation>Livscyklus og konklusion på opfølgningen</translation>
    </message>
    <message>
        <source>Lifecycle and certification recommendation</source>
        <translation>Livscyklus og anbefaling vedrørende certificering</translation>
    </message>
</context>
<context>
    <name>isoaudit::PlanDateDelegate</name>
    <message>
        <source>Plan date</source>
        <translation>Plandato</translation>
    </message>
</context>
<context>
    <name>isoaudit::PlanTimeDelegate</name>
    <message>
        <source>Slot time</source>
        <translation>Klokkeslæt</translation>
    </message>
</context>
<context>
    <name>isoaudit::PopulationImportDialog</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke læse %1: %2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Import population</source>
        <translation>Importér population</translation>
    </message>
    <message>
        <source>Population file</source>
        <translation>Populationsfil</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, one row per occurrence</source>
        <translation>En CSV- eller XLSX-fil med én række pr. udførelse</translation>
    </message>
    <message>
        <source>The client&apos;s list of the control&apos;s occurrences: one row each, with an id and a date</source>
        <translation>Kundens liste over kontrollens udførelser: én række for hver, med et id og en dato</translation>
    </message>
    <message>
        <source>Browse for the population file</source>
        <translation>Find populationsfilen</translation>
    </message>
    <message>
        <source>Choose the CSV or XLSX file</source>
        <translation>Vælg CSV- eller XLSX-filen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the list</source>
        <translation>Det ark i projektmappen, der indeholder listen</translation>
    </message>
    <message>
        <source>Id column</source>
        <translation>Id-kolonne</translation>
    </message>
    <message>
        <source>The column that identifies each occurrence (a ticket or change number)</source>
        <translation>Den kolonne, der identificerer hver udførelse (et sags- eller ændringsnummer)</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Datokolonne</translation>
    </message>
    <message>
        <source>The column with the date of each occurrence</source>
        <translation>Kolonnen med datoen for hver udførelse</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datoformat</translation>
    </message>
    <message>
        <source>How the dates are written when they are not ISO (YYYY-MM-DD); ISO dates are always read. Type a Qt date format for another one.</source>
        <translation>Hvordan datoerne er skrevet, når de ikke er ISO (ÅÅÅÅ-MM-DD); ISO-datoer læses altid. Skriv et Qt-datoformat for et andet format.</translation>
    </message>
    <message>
        <source>ISO only (YYYY-MM-DD)</source>
        <translation>Kun ISO (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Rows outside the period</source>
        <translation>Rækker uden for perioden</translation>
    </message>
    <message>
        <source>Rows dated outside the engagement&apos;s period are kept and flagged (left out of the sampling frame), or the import is refused</source>
        <translation>Rækker dateret uden for erklæringsopgavens periode bevares og markeres (holdes uden for udvælgelsesgrundlaget), ellers afvises importen</translation>
    </message>
    <message>
        <source>Keep and flag them (not sampled)</source>
        <translation>Bevar og markér dem (udtages ikke)</translation>
    </message>
    <message>
        <source>Refuse the import</source>
        <translation>Afvis importen</translation>
    </message>
    <message>
        <source>Population name</source>
        <translation>Populationens navn</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>Filens navn</translation>
    </message>
    <message>
        <source>A name for the population; the file&apos;s name when left empty</source>
        <translation>Et navn til populationen; filens navn, hvis feltet efterlades tomt</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Importproblem</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportér</translation>
    </message>
    <message>
        <source>Import the population</source>
        <translation>Importér populationen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <source>&amp;Id column:</source>
        <translation>&amp;Id-kolonne:</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>&amp;Datokolonne:</translation>
    </message>
    <message>
        <source>Date f&amp;ormat:</source>
        <translation>Datof&amp;ormat:</translation>
    </message>
    <message>
        <source>Rows outside the &amp;period:</source>
        <translation>Rækker uden for &amp;perioden:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>The rows are frozen on import: their count and SHA-256 are recorded, and they cannot be changed afterwards. Undo removes the population.</source>
        <translation>Rækkerne fastlåses ved importen: deres antal og SHA-256 registreres, og de kan ikke ændres bagefter. Fortryd fjerner populationen.</translation>
    </message>
    <message>
        <source>Import population for %1</source>
        <translation>Importér population for %1</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;.</source>
        <translation>Projektmappen har intet ark &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Der findes ingen fil %1.</translation>
    </message>
    <message>
        <source>(column without a header)</source>
        <translation>(kolonne uden overskrift)</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 har ingen overskriftsrække.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Vælg den fil, der skal importeres.</translation>
    </message>
    <message>
        <source>The file&apos;s header could not be read.</source>
        <translation>Filens overskrift kunne ikke læses.</translation>
    </message>
    <message>
        <source>Choose the id column.</source>
        <translation>Vælg id-kolonnen.</translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation>Vælg datokolonnen.</translation>
    </message>
    <message>
        <source>The id and the date must be two different columns.</source>
        <translation>Id og dato skal være to forskellige kolonner.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabeller (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>isoaudit::PopulationRowsModel</name>
    <message>
        <source>The population holds fewer rows than recorded at its import.</source>
        <translation>Populationen har færre rækker end registreret ved importen.</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>I perioden</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>Uden for perioden</translation>
    </message>
    <message>
        <source>Outside the engagement&apos;s period: not in the sampling frame</source>
        <translation>Uden for opgavens periode: ikke i udvælgelsesgrundlaget</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>isoaudit::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Sider med indstillinger</translation>
    </message>
    <message>
        <source>Choose a page of preferences</source>
        <translation>Vælg en side med indstillinger</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>You, as the audit trail names you, and the language IsoAudit speaks</source>
        <translation>Dig, som revisionssporet angiver dig, og det sprog, IsoAudit bruger</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Certificeringsorgan</translation>
    </message>
    <message>
        <source>The certification body you audit for</source>
        <translation>Det certificeringsorgan, du auditerer for</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>What the report preview, export and signing start with</source>
        <translation>Det, som rapportens forhåndsvisning, eksport og underskrivelse starter med</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Rolling backups of the open audit</source>
        <translation>Løbende sikkerhedskopier af den åbne audit</translation>
    </message>
    <message>
        <source>New audits</source>
        <translation>Nye audits</translation>
    </message>
    <message>
        <source>What the New Audit wizard starts a new audit with</source>
        <translation>Det, som guiden Ny audit starter en ny audit med</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Check and store the preferences, then close</source>
        <translation>Kontrollér og gem indstillingerne, og luk derefter</translation>
    </message>
    <message>
        <source>Close without storing the changes</source>
        <translation>Luk uden at gemme ændringerne</translation>
    </message>
    <message>
        <source>Check and store the preferences, and stay here</source>
        <translation>Kontrollér og gem indstillingerne, og bliv her</translation>
    </message>
    <message>
        <source>Fill every page with the defaults; OK or Apply stores them</source>
        <translation>Udfyld alle sider med standardværdierne; OK eller Anvend gemmer dem</translation>
    </message>
    <message>
        <source>Your user name when empty</source>
        <translation>Dit brugernavn, når feltet er tomt</translation>
    </message>
    <message>
        <source>Auditor&apos;s name</source>
        <translation>Auditorens navn</translation>
    </message>
    <message>
        <source>Names you in the audit trail and in file locks, and is the lead auditor the New Audit wizard proposes</source>
        <translation>Angiver dig i revisionssporet og i fillåse og er den ledende auditor, som guiden Ny audit foreslår</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Følg systemet (%1)</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Brugerfladens sprog</translation>
    </message>
    <message>
        <source>The language of menus, panes and dialogs</source>
        <translation>Sproget i menuer, ruder og dialoger</translation>
    </message>
    <message>
        <source>The new language takes effect when IsoAudit is restarted.</source>
        <translation>Det nye sprog træder i kraft, når IsoAudit genstartes.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>e.g. Nordic Certification A/S</source>
        <translation>f.eks. Nordic Certification A/S</translation>
    </message>
    <message>
        <source>Certification body&apos;s name</source>
        <translation>Certificeringsorganets navn</translation>
    </message>
    <message>
        <source>New audits name it as the organisation of the lead auditor and the auditors; the report&apos;s audit team and signature page show it</source>
        <translation>Nye audits angiver det som organisation for den ledende auditor og auditorerne; rapportens auditteam og underskriftsside viser det</translation>
    </message>
    <message>
        <source>Street, postcode and town, country</source>
        <translation>Gade, postnummer og by, land</translation>
    </message>
    <message>
        <source>Certification body&apos;s address</source>
        <translation>Certificeringsorganets adresse</translation>
    </message>
    <message>
        <source>The postal address, on as many lines as needed</source>
        <translation>Postadressen på så mange linjer, som der er brug for</translation>
    </message>
    <message>
        <source>e.g. DANAK reg. no. 6012</source>
        <translation>f.eks. DANAK reg.nr. 6012</translation>
    </message>
    <message>
        <source>Accreditation number</source>
        <translation>Akkrediteringsnummer</translation>
    </message>
    <message>
        <source>The accreditation body and number under which the certification body certifies ISMSs</source>
        <translation>Det akkrediteringsorgan og nummer, som certificeringsorganet certificerer ISMS&apos;er under</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>A&amp;ccreditation:</source>
        <translation>A&amp;kkreditering:</translation>
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
        <translation>Standardpapirstørrelse</translation>
    </message>
    <message>
        <source>The paper a report is laid out on unless you choose another for that report</source>
        <translation>Det papir, en rapport opstilles på, medmindre du vælger et andet til rapporten</translation>
    </message>
    <message>
        <source>Same as the user interface</source>
        <translation>Samme som brugerfladen</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Standardsprog for rapporter</translation>
    </message>
    <message>
        <source>The language a report is written in unless you choose another for that report</source>
        <translation>Det sprog, en rapport skrives på, medmindre du vælger et andet til rapporten</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papir:</translation>
    </message>
    <message>
        <source>A folder beside each audit file</source>
        <translation>En mappe ved siden af hver auditfil</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Where the rolling backups go; empty keeps them in a folder beside each audit file</source>
        <translation>Hvor de løbende sikkerhedskopier gemmes; tom gemmer dem i en mappe ved siden af hver auditfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Vælg mappen til sikkerhedskopier</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <source>Backup interval in minutes</source>
        <translation>Interval for sikkerhedskopier i minutter</translation>
    </message>
    <message>
        <source>How often the open audit is backed up while it changes (also on opening and closing it)</source>
        <translation>Hvor ofte der tages sikkerhedskopi af den åbne audit, mens den ændres (også når den åbnes og lukkes)</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backups kept per audit</source>
        <translation>Sikkerhedskopier pr. audit</translation>
    </message>
    <message>
        <source>The oldest backups beyond this number are deleted</source>
        <translation>De ældste sikkerhedskopier ud over dette antal slettes</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behold:</translation>
    </message>
    <message>
        <source>Default risk method</source>
        <translation>Standardrisikometode</translation>
    </message>
    <message>
        <source>The risk matrix a new audit starts with; record the client&apos;s own method in the Risks pane</source>
        <translation>Den risikomatrix, en ny audit starter med; registrér kundens egen metode i ruden Risici</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Days to verify a major nonconformity&apos;s correction</source>
        <translation>Dage til at verificere en større afvigelses korrektion</translation>
    </message>
    <message>
        <source>A major nonconformity&apos;s corrective action is due this many days after the audit&apos;s last day</source>
        <translation>En større afvigelses korrigerende handling skal være gennemført så mange dage efter auditens sidste dag</translation>
    </message>
    <message>
        <source>Days to accept a minor nonconformity&apos;s plan</source>
        <translation>Dage til at acceptere en mindre afvigelses plan</translation>
    </message>
    <message>
        <source>A minor nonconformity&apos;s action plan is due this many days after the audit&apos;s last day</source>
        <translation>En mindre afvigelses handlingsplan skal foreligge så mange dage efter auditens sidste dag</translation>
    </message>
    <message>
        <source>&amp;Risk method:</source>
        <translation>&amp;Risikometode:</translation>
    </message>
    <message>
        <source>&amp;Major nonconformity, verified within:</source>
        <translation>&amp;Større afvigelse, verificeret inden for:</translation>
    </message>
    <message>
        <source>M&amp;inor nonconformity, plan accepted within:</source>
        <translation>&amp;Mindre afvigelse, plan accepteret inden for:</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Suggest a major nonconformity when too many samples fail</source>
        <translation>Foreslå en større afvigelse, når for mange stikprøver fejler</translation>
    </message>
    <message>
        <source>Your certification body&apos;s own sampling policy, applied by the classification assistant and named as policy in its rationale. ISO/IEC 17021-1 sets no failure rate; leave this off if your body has no such policy.</source>
        <translation>Dit certificeringsorgans egen stikprøvepolitik, som klassifikationsassistenten anvender og omtaler som politik i sin begrundelse. ISO/IEC 17021-1 fastsætter ingen fejlrate; lad indstillingen være slået fra, hvis dit organ ikke har en sådan politik.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of failed samples above which the policy suggests major</source>
        <translation>Andelen af fejlede stikprøver, hvorover politikken foreslår en større afvigelse</translation>
    </message>
    <message>
        <source>More than this share of the samples failed</source>
        <translation>Mere end denne andel af stikprøverne fejlede</translation>
    </message>
    <message>
        <source> failed samples</source>
        <translation> fejlede stikprøver</translation>
    </message>
    <message>
        <source>Least number of failed samples for the policy</source>
        <translation>Mindste antal fejlede stikprøver for politikken</translation>
    </message>
    <message>
        <source>The policy applies only from this many failed samples on</source>
        <translation>Politikken gælder først fra dette antal fejlede stikprøver</translation>
    </message>
    <message>
        <source>Sampling policy:</source>
        <translation>Stikprøvepolitik:</translation>
    </message>
    <message>
        <source>Failure &amp;rate above:</source>
        <translation>&amp;Fejlrate over:</translation>
    </message>
    <message>
        <source>A&amp;t least:</source>
        <translation>Minds&amp;t:</translation>
    </message>
    <message>
        <source>The standard&apos;s terms</source>
        <translation>Standardens termer</translation>
    </message>
    <message>
        <source>Major and minor nonconformity, observation, opportunity for improvement, as ISO/IEC 17021-1 names them in each language</source>
        <translation>Større og mindre afvigelse, observation, forbedringsmulighed, som ISO/IEC 17021-1 kalder dem på hvert sprog</translation>
    </message>
    <message>
        <source>The certification body&apos;s terms</source>
        <translation>Certificeringsorganets termer</translation>
    </message>
    <message>
        <source>The words many certification bodies use in their reports where they differ from the standard&apos;s (German Haupt-/Nebenabweichung, French point sensible and piste de progrès); a policy of the body, not of the standard</source>
        <translation>De ord, mange certificeringsorganer bruger i deres rapporter, hvor de afviger fra standardens (tysk Haupt-/Nebenabweichung, fransk point sensible og piste de progrès); organets egen praksis, ikke standardens</translation>
    </message>
    <message>
        <source>Wording of the finding grades</source>
        <translation>Betegnelse for klassifikationer</translation>
    </message>
    <message>
        <source>How the reports and the workbench name the finding grades: the standard&apos;s terms or those of your certification body</source>
        <translation>Hvordan rapporterne og arbejdsområdet betegner fundenes klassifikation: med standardens termer eller dit certificeringsorgans</translation>
    </message>
    <message>
        <source>&amp;Wording of grades:</source>
        <translation>&amp;Betegnelse for klassifikationer:</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeAuditModel</name>
    <message>
        <source>This audit&apos;s row shows the audit itself: edit its type and dates under Audit, its outcome under the lifecycle.</source>
        <translation>Denne audits række viser selve auditten: rediger dens type og datoer under Audit og dens resultat under livscyklussen.</translation>
    </message>
    <message>
        <source>History: from the signed report of that audit; it cannot be edited.</source>
        <translation>Historik: fra den underskrevne rapport for den pågældende audit; den kan ikke redigeres.</translation>
    </message>
    <message>
        <source>A planned audit can only be planned or cancelled here; it becomes current or completed when it is carried out.</source>
        <translation>En planlagt audit kan her kun være planlagt eller aflyst; den bliver den aktuelle eller en gennemført audit, når den udføres.</translation>
    </message>
    <message>
        <source>The audit would be due by %1, before its window opens on %2.</source>
        <translation>Auditten skulle så gennemføres senest den %1, før dens tidsramme begynder den %2.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>History: from the signed report of that audit</source>
        <translation>Historik: fra den underskrevne rapport for den pågældende audit</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultat: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Cancelled: kept in the programme as the client&apos;s record</source>
        <translation>Aflyst: bevares i auditprogrammet som dokumentation for kunden</translation>
    </message>
    <message>
        <source>Planned: the client&apos;s programme, editable</source>
        <translation>Planlagt: kundens auditprogram, kan redigeres</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Tidligst</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Senest</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Ledende auditor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Edit programme audit %1</source>
        <translation>Rediger audit %1 i auditprogrammet</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeForm</name>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Certification &amp;programme</source>
        <translation>C&amp;ertificeringsprogram</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certifikatnummer</translation>
    </message>
    <message>
        <source>SoA version certified</source>
        <translation>Certificeret version af anvendelseserklæringen</translation>
    </message>
    <message>
        <source>Certified sites</source>
        <translation>Certificerede lokationer</translation>
    </message>
    <message>
        <source>The sites the certificate names</source>
        <translation>De lokationer, som certifikatet nævner</translation>
    </message>
    <message>
        <source>Certification decision date</source>
        <translation>Dato for certificeringsbeslutningen</translation>
    </message>
    <message>
        <source>The certification decision: surveillance audits are due within 12 and 24 months of it</source>
        <translation>Certificeringsbeslutningen: overvågningsaudits skal gennemføres senest 12 og 24 måneder efter den</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certifikat udstedt</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>Certifikat udløber</translation>
    </message>
    <message>
        <source>Certificate scope statement</source>
        <translation>Certifikatets omfangsbeskrivelse</translation>
    </message>
    <message>
        <source>The scope statement as the certificate words it</source>
        <translation>Omfanget, som det er formuleret på certifikatet</translation>
    </message>
    <message>
        <source>Certificate &amp;no.:</source>
        <translation>&amp;Certifikatnr.:</translation>
    </message>
    <message>
        <source>SoA &amp;version certified:</source>
        <translation>Certificeret &amp;version af anvendelseserklæringen:</translation>
    </message>
    <message>
        <source>Scope statement:</source>
        <translation>Omfangsbeskrivelse:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Udstedt:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Udløber:</translation>
    </message>
    <message>
        <source>Audits of the programme</source>
        <translation>Auditprogrammets audits</translation>
    </message>
    <message>
        <source>Add an audit to the client&apos;s programme (undoable)</source>
        <translation>Tilføj en audit til kundens auditprogram (kan fortrydes)</translation>
    </message>
    <message>
        <source>Remove planned audit</source>
        <translation>Fjern planlagt audit</translation>
    </message>
    <message>
        <source>Remove the selected planned or cancelled audit; history cannot be removed</source>
        <translation>Fjern den valgte planlagte eller aflyste audit; historik kan ikke fjernes</translation>
    </message>
    <message>
        <source>Plan the c&amp;ycle</source>
        <translation>Planlæg c&amp;yklussen</translation>
    </message>
    <message>
        <source>Add the cycle&apos;s surveillance and recertification audits when none are planned, and date them from the certification decision (one undo step)</source>
        <translation>Tilføj cyklussens overvågnings- og recertificeringsaudits, når ingen er planlagt, og dater dem ud fra certificeringsbeslutningen (ét trin, der kan fortrydes)</translation>
    </message>
    <message>
        <source>The cycle is planned already: nothing to add or date. Without a decision date the planned audits stay undated.</source>
        <translation>Cyklussen er allerede planlagt: intet at tilføje eller datere. Uden en beslutningsdato forbliver de planlagte audits udaterede.</translation>
    </message>
    <message>
        <source>Programme audits added or dated: %1.</source>
        <translation>Audits i auditprogrammet tilføjet eller dateret: %1.</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Senest %1</translation>
    </message>
    <message>
        <source>Not on the timeline yet (no date): %1.</source>
        <translation>Endnu ikke på tidslinjen (ingen dato): %1.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
    <message>
        <source>Add planned audit</source>
        <translation>Tilføj planlagt audit</translation>
    </message>
    <message>
        <source>Select a planned audit to remove.</source>
        <translation>Vælg den planlagte audit, der skal fjernes.</translation>
    </message>
    <message>
        <source>History and this audit stay in the programme: only planned or cancelled audits can be removed.</source>
        <translation>Historikken og denne audit forbliver i auditprogrammet: kun planlagte eller aflyste audits kan fjernes.</translation>
    </message>
    <message>
        <source>Plan the cycle</source>
        <translation>Planlæg cyklussen</translation>
    </message>
    <message>
        <source>Cert&amp;ified sites:</source>
        <translation>Certificerede &amp;lokationer:</translation>
    </message>
    <message>
        <source>Decisi&amp;on date:</source>
        <translation>&amp;Beslutningsdato:</translation>
    </message>
    <message>
        <source>Add planned a&amp;udit</source>
        <translation>Tilfø&amp;j planlagt audit</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeTimeline</name>
    <message>
        <source>Certification cycle timeline</source>
        <translation>Tidslinje for certificeringscyklussen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
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
        <translation>Ingen seneste audits</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Ryd menu</translation>
    </message>
</context>
<context>
    <name>isoaudit::ReportContentForm</name>
    <message>
        <source>R&amp;eport content</source>
        <translation>Rapport&amp;indhold</translation>
    </message>
    <message>
        <source>%1 — remarks</source>
        <translation>%1 – bemærkninger</translation>
    </message>
    <message>
        <source>What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Every answer signing needs is given.</source>
        <translation>Det, som ISO/IEC 17021-1 (9.4.8) og ISO/IEC 27006 kræver, at rapporten angiver. Alle svar, der kræves for at underskrive, er givet.</translation>
    </message>
    <message numerus="yes">
        <source>What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Answers still needed before the report can be signed (marked in red): %n.</source>
        <translation>
            <numerusform>Det, som ISO/IEC 17021-1 (9.4.8) og ISO/IEC 27006 kræver, at rapporten angiver. Svar, der stadig mangler, før rapporten kan underskrives (markeret med rødt): %n.</numerusform>
            <numerusform>Det, som ISO/IEC 17021-1 (9.4.8) og ISO/IEC 27006 kræver, at rapporten angiver. Svar, der stadig mangler, før rapporten kan underskrives (markeret med rødt): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered &quot;%1&quot;: the reason is needed before the report can be signed (%2).</source>
        <translation>Besvaret med &quot;%1&quot;: begrundelsen skal angives, før rapporten kan underskrives (%2).</translation>
    </message>
    <message>
        <source>Not answered yet: needed before the report can be signed (%1).</source>
        <translation>Endnu ikke besvaret: kræves, før rapporten kan underskrives (%1).</translation>
    </message>
</context>
<context>
    <name>isoaudit::ReportPane</name>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papir:</translation>
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
        <translation>Papirstørrelse for forhåndsvisningen, udskriften og den eksporterede PDF</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papirstørrelse</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Language the report is written in</source>
        <translation>Det sprog, rapporten skrives på</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportsprog</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Lay out the report again from the audit (F5)</source>
        <translation>Opstil rapporten igen ud fra auditten (F5)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Tilpas &amp;bredde</translation>
    </message>
    <message>
        <source>Zoom the preview to the width of the page</source>
        <translation>Zoom forhåndsvisningen til sidens bredde</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>Tilpas til sidebredde</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>Hel si&amp;de</translation>
    </message>
    <message>
        <source>Zoom the preview to show whole pages</source>
        <translation>Zoom forhåndsvisningen, så hele sider vises</translation>
    </message>
    <message>
        <source>Show whole page</source>
        <translation>Vis hel side</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Print the report for signing at the closing meeting (Ctrl+P)</source>
        <translation>Udskriv rapporten til underskrift på afslutningsmødet (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportér PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF/A file</source>
        <translation>Gem rapporten som en PDF/A-fil</translation>
    </message>
    <message>
        <source>Sig&amp;n report…</source>
        <translation>Underskriv &amp;rapport…</translation>
    </message>
    <message>
        <source>Sign the final report with your certificate; this is how the audit becomes signed</source>
        <translation>Underskriv den endelige rapport med dit certifikat; det er sådan, auditten bliver underskrevet</translation>
    </message>
    <message>
        <source>A&amp;dd signature…</source>
        <translation>&amp;Tilføj signatur…</translation>
    </message>
    <message>
        <source>Add a further signature (the client&apos;s representative, a technical reviewer) to the signed report</source>
        <translation>Tilføj endnu en signatur (kundens repræsentant, en teknisk reviewer) til den underskrevne rapport</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Forhåndsvisning af rapport</translation>
    </message>
    <message>
        <source>Open an audit to see its report.</source>
        <translation>Åbn en audit for at se dens rapport.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Tegner forhåndsvisningen…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Udskrivningen er annulleret.</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Udskriver rapporten…</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Auditrapport</translation>
    </message>
    <message>
        <source>Print Audit Report</source>
        <translation>Udskriv auditrapport</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>Rapporten er sendt til %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Eksporten er annulleret.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF&apos;en…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Eksportér rapport som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Rapporten er eksporteret til %1.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryConnectDialog</name>
    <message>
        <source>Open from the Repository</source>
        <translation>Åbn fra arkivet</translation>
    </message>
    <message>
        <source>Sign In to the Repository</source>
        <translation>Log på arkivet</translation>
    </message>
    <message>
        <source>The repository&apos;s address, as your certification body gives it; never with a password</source>
        <translation>Arkivets adresse, som dit certificeringsorgan oplyser den; aldrig med adgangskode</translation>
    </message>
    <message>
        <source>Your user name on the repository&apos;s server (empty: your name on this computer)</source>
        <translation>Dit brugernavn på arkivets server (tomt: dit navn på denne computer)</translation>
    </message>
    <message>
        <source>Asked for each time unless the desktop keychain keeps it; never written to a file</source>
        <translation>Der spørges om den hver gang, medmindre skrivebordets nøglering husker den; den skrives aldrig i en fil</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation>&amp;Husk adgangskoden i skrivebordets nøglering</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Opret forbindelse</translation>
    </message>
    <message>
        <source>Connect and list the audits you may see</source>
        <translation>Opret forbindelse, og vis de audits, du må se</translation>
    </message>
    <message>
        <source>Audits in the repository</source>
        <translation>Audits i arkivet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Checked out by</source>
        <translation>Tjekket ud af</translation>
    </message>
    <message>
        <source>C&amp;heck Out…</source>
        <translation>&amp;Tjek ud…</translation>
    </message>
    <message>
        <source>Write the chosen audit to a file on this computer for offline work, and open it</source>
        <translation>Skriv den valgte audit til en fil på denne computer, så du kan arbejde offline, og åbn den</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Log på</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address, for example postgresql://db.example.org/isoaudit.</source>
        <translation>Angiv arkivets adresse, for eksempel postgresql://db.example.org/isoaudit.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Opretter forbindelse til %1…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Connected, but there is no audit you may see in this repository.</source>
        <translation>Forbundet, men der er ingen audit i dette arkiv, som du må se.</translation>
    </message>
    <message>
        <source>Connect, then choose the audit to check out.</source>
        <translation>Opret forbindelse, og vælg derefter den audit, der skal tjekkes ud.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryController</name>
    <message>
        <source>Check Out to a File</source>
        <translation>Tjek ud til en fil</translation>
    </message>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>ISO 27001-audits (*.isoaudit);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Checking out %1…</source>
        <translation>Tjekker %1 ud…</translation>
    </message>
    <message>
        <source>Cannot Check Out the Audit</source>
        <translation>Auditten kan ikke tjekkes ud</translation>
    </message>
    <message>
        <source>Checked out %1 from %2</source>
        <translation>%1 er tjekket ud fra %2</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Sender til %1…</translation>
    </message>
    <message>
        <source>Cannot Push the Audit</source>
        <translation>Auditten kan ikke sendes</translation>
    </message>
    <message>
        <source>%1

The repository and the file are as they were.</source>
        <translation>%1

Arkivet og filen er, som de var.</translation>
    </message>
    <message>
        <source>Push cancelled: nothing was sent.</source>
        <translation>Afsendelsen er annulleret: intet blev sendt.</translation>
    </message>
    <message>
        <source>Not in a Repository</source>
        <translation>Ikke i et arkiv</translation>
    </message>
    <message>
        <source>This audit is a file on this computer only. File ▸ Repository ▸ Push stores it in the repository; Open from the Repository… checks one out.</source>
        <translation>Denne audit er kun en fil på denne computer. Filer ▸ Centralt arkiv ▸ Send gemmer den i arkivet; Åbn fra arkivet… tjekker en audit ud.</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Henter fra %1…</translation>
    </message>
    <message>
        <source>Cannot Pull the Audit</source>
        <translation>Auditten kan ikke hentes</translation>
    </message>
    <message>
        <source>%1

The file is as it was.</source>
        <translation>%1

Filen er, som den var.</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Hent</translation>
    </message>
    <message>
        <source>The server&apos;s version could not replace %1; the file is as it was.</source>
        <translation>Serverens version kunne ikke erstatte %1; filen er, som den var.</translation>
    </message>
    <message numerus="yes">
        <source>Pulled the repository&apos;s version: %n new changes.</source>
        <translation>
            <numerusform>Arkivets version er hentet: %n ny ændring.</numerusform>
            <numerusform>Arkivets version er hentet: %n nye ændringer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your teams on %1…</source>
        <translation>Læser dine teams på %1…</translation>
    </message>
    <message>
        <source>%1

Nothing was sent; the file is as it was.</source>
        <translation>%1

Intet blev sendt; filen er, som den var.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryTeamDialog</name>
    <message>
        <source>Choose the Audit&apos;s Team</source>
        <translation>Vælg auditens team</translation>
    </message>
    <message>
        <source>This audit is new in the repository %1. Choose the team it is filed under: the repository shows it to that team&apos;s auditors only, and it stays in that team on every later push.</source>
        <translation>Denne audit er ny i arkivet %1. Vælg, hvilket team den skal høre til: arkivet viser den kun for det teams auditorer, og den bliver i det team ved hver senere afsendelse.</translation>
    </message>
    <message>
        <source>The audit of %1 is new in the repository %2. Choose the team it is filed under: the repository shows it to that team&apos;s auditors only, and it stays in that team on every later push.</source>
        <translation>Auditten hos %1 er ny i arkivet %2. Vælg, hvilket team den skal høre til: arkivet viser den kun for det teams auditorer, og den bliver i det team ved hver senere afsendelse.</translation>
    </message>
    <message>
        <source>The teams you belong to in this repository</source>
        <translation>De teams i dette arkiv, som du er medlem af</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Store the audit in the repository under the chosen team</source>
        <translation>Gem auditten i arkivet under det valgte team</translation>
    </message>
</context>
<context>
    <name>isoaudit::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to. The audit as it is now is kept as a backup first, so a restore can itself be undone.</source>
        <translation>Vælg den sikkerhedskopi af %1, der skal gås tilbage til. Auditten, som den er nu, gemmes først som sikkerhedskopi, så en gendannelse selv kan fortrydes.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Auditbevis</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af %1 i %2.</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ulæselig: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskChecksPanel</name>
    <message>
        <source>&amp;Raise finding</source>
        <translation>&amp;Rejs fund</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>&amp;Afvis…</translation>
    </message>
    <message>
        <source>Cross-check results for the selected risk</source>
        <translation>Krydstjekresultater for den valgte risiko</translation>
    </message>
    <message>
        <source>Create a finding from this result, with the suggested grade and evidence</source>
        <translation>Opret et fund ud fra dette resultat med den foreslåede kategori og det foreslåede bevis</translation>
    </message>
    <message>
        <source>Record why this result is not a finding; the reason is kept with the audit</source>
        <translation>Registrér, hvorfor dette resultat ikke er et fund; begrundelsen gemmes med auditten</translation>
    </message>
    <message>
        <source>Cross-checks</source>
        <translation>Krydstjek</translation>
    </message>
    <message>
        <source>Select a risk to see the cross-checks that concern it.</source>
        <translation>Vælg en risiko for at se de krydstjek, der vedrører den.</translation>
    </message>
    <message>
        <source>Cross-checks for %1</source>
        <translation>Krydstjek for %1</translation>
    </message>
    <message>
        <source>No cross-check concerns %1.</source>
        <translation>Intet krydstjek vedrører %1.</translation>
    </message>
    <message>
        <source>Suggested grade: %1</source>
        <translation>Foreslået kategori: %1</translation>
    </message>
    <message>
        <source>Raised as finding %1.</source>
        <translation>Rejst som fund %1.</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Afvist: %1</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
    <message>
        <source>The cross-check result %1 is no longer open.</source>
        <translation>Krydstjekresultatet %1 er ikke længere åbent.</translation>
    </message>
    <message>
        <source>Raise finding %1</source>
        <translation>Rejs fund %1</translation>
    </message>
    <message>
        <source>Dismissing a cross-check result needs a reason, which is kept with the audit.</source>
        <translation>Afvisning af et krydstjekresultat kræver en begrundelse, som gemmes med auditten.</translation>
    </message>
    <message>
        <source>Dismiss cross-check %1</source>
        <translation>Afvis krydstjek %1</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Rejs fund</translation>
    </message>
    <message>
        <source>Finding raised from the cross-check; see Findings.</source>
        <translation>Fund rejst ud fra krydstjekket; se Fund.</translation>
    </message>
    <message>
        <source>Dismiss cross-check</source>
        <translation>Afvis krydstjek</translation>
    </message>
    <message>
        <source>%1

Why is this not a finding? The reason is kept with the audit and shown in the report.</source>
        <translation>%1

Hvorfor er dette ikke et fund? Begrundelsen gemmes med auditten og vises i rapporten.</translation>
    </message>
    <message>
        <source>Cross-check result dismissed.</source>
        <translation>Krydstjekresultatet er afvist.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskMethodDialog</name>
    <message>
        <source>Client&apos;s risk method</source>
        <translation>Kundens risikometode</translation>
    </message>
    <message>
        <source>Method name</source>
        <translation>Metodens navn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Likelihood levels</source>
        <translation>Sandsynlighedsniveauer</translation>
    </message>
    <message>
        <source>One label per line, lowest first (1 to 10 levels)</source>
        <translation>Én betegnelse pr. linje, laveste først (1 til 10 niveauer)</translation>
    </message>
    <message>
        <source>&amp;Likelihood levels
(lowest first):</source>
        <translation>&amp;Sandsynlighedsniveauer
(laveste først):</translation>
    </message>
    <message>
        <source>Impact levels</source>
        <translation>Konsekvensniveauer</translation>
    </message>
    <message>
        <source>&amp;Impact levels
(lowest first):</source>
        <translation>&amp;Konsekvensniveauer
(laveste først):</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>Scoreintervaller</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>Tilføj &amp;interval</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Fjern interval</translation>
    </message>
    <message>
        <source>Score &amp;bands:</source>
        <translation>Sc&amp;oreintervaller:</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Ingen angivet</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Acceptgrænse</translation>
    </message>
    <message>
        <source>Scores above this need treatment</source>
        <translation>Score over denne skal håndteres</translation>
    </message>
    <message>
        <source>Acceptance &amp;threshold:</source>
        <translation>&amp;Acceptgrænse:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Preview of the risk matrix</source>
        <translation>Forhåndsvisning af risikomatrixen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>New band</source>
        <translation>Nyt interval</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Intervallets farve</translation>
    </message>
    <message>
        <source>Band %1: &quot;from&quot; and &quot;to&quot; must be whole scores with from ≤ to.</source>
        <translation>Interval %1: &quot;fra&quot; og &quot;til&quot; skal være hele scorer med fra ≤ til.</translation>
    </message>
    <message>
        <source>Change the client&apos;s risk method</source>
        <translation>Ændr kundens risikometode</translation>
    </message>
    <message>
        <source>Risk method not saved</source>
        <translation>Risikometoden er ikke gemt</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoreberegning</translation>
    </message>
    <message>
        <source>How the client&apos;s method turns a likelihood and an impact into a score</source>
        <translation>Hvordan kundens metode omsætter en sandsynlighed og en konsekvens til en score</translation>
    </message>
    <message>
        <source>&amp;Scoring:</source>
        <translation>S&amp;coreberegning:</translation>
    </message>
    <message>
        <source>Score matrix</source>
        <translation>Scorematrix</translation>
    </message>
    <message>
        <source>One score per likelihood (rows, highest at the top) and impact (columns, lowest at the left)</source>
        <translation>Én score pr. sandsynlighed (rækker, højeste øverst) og konsekvens (kolonner, laveste til venstre)</translation>
    </message>
    <message>
        <source>The client&apos;s score for each likelihood and impact. Type a number or press F2.</source>
        <translation>Kundens score for hver kombination af sandsynlighed og konsekvens. Skriv et tal, eller tryk på F2.</translation>
    </message>
    <message>
        <source>Score &amp;matrix (likelihood ↑, impact →):</source>
        <translation>Score&amp;matrix (sandsynlighed ↑, konsekvens →):</translation>
    </message>
    <message>
        <source>Score for likelihood %1 and impact %2</source>
        <translation>Score for sandsynlighed %1 og konsekvens %2</translation>
    </message>
    <message>
        <source>Scores run from %1 to %2.</source>
        <translation>Scorerne går fra %1 til %2.</translation>
    </message>
    <message>
        <source>%1 Double-click a colour to change it.</source>
        <translation>%1 Dobbeltklik på en farve for at ændre den.</translation>
    </message>
    <message>
        <source>The recorded score matrix did not fit the method (%1); cells it lacked start from other scores. Check the matrix before saving.</source>
        <translation>Den registrerede scorematrix passede ikke til metoden (%1); celler, den manglede, er udfyldt med andre scorer. Kontrollér matrixen, før du gemmer.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskPane</name>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>I&amp;nherent risk</source>
        <translation>&amp;Iboende risiko</translation>
    </message>
    <message>
        <source>Place risks by their likelihood and impact before treatment</source>
        <translation>Placér risici efter sandsynlighed og konsekvens før håndtering</translation>
    </message>
    <message>
        <source>Resid&amp;ual risk</source>
        <translation>&amp;Restrisiko</translation>
    </message>
    <message>
        <source>Place risks by their residual likelihood and impact after treatment</source>
        <translation>Placér risici efter restsandsynlighed og restkonsekvens efter håndtering</translation>
    </message>
    <message>
        <source>Risk &amp;method…</source>
        <translation>Risiko&amp;metode…</translation>
    </message>
    <message>
        <source>Record the client&apos;s risk method: levels, labels, bands and acceptance threshold</source>
        <translation>Registrér kundens risikometode: niveauer, betegnelser, intervaller og acceptgrænse</translation>
    </message>
    <message>
        <source>Search ref, asset, threat, owner, control…</source>
        <translation>Søg ref., aktiv, trussel, ejer, kontrol…</translation>
    </message>
    <message>
        <source>Search the risk register</source>
        <translation>Søg i risikoregistret</translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation>&amp;Tilføj risiko</translation>
    </message>
    <message>
        <source>Add a risk to the register</source>
        <translation>Tilføj en risiko til registret</translation>
    </message>
    <message>
        <source>&amp;Delete risk</source>
        <translation>&amp;Slet risiko</translation>
    </message>
    <message>
        <source>Delete the selected risks (undoable)</source>
        <translation>Slet de valgte risici (kan fortrydes)</translation>
    </message>
    <message>
        <source>Show &amp;all risks</source>
        <translation>Vis &amp;alle risici</translation>
    </message>
    <message>
        <source>Clear the heat-map filter (Esc)</source>
        <translation>Ryd filteret i risikomatrixen (Esc)</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Iboende risiko</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>No audit open.</source>
        <translation>Ingen audit åben.</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>restrisiko</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>iboende risiko</translation>
    </message>
    <message>
        <source>%1 risks in the register. Click a cell to filter.</source>
        <translation>%1 risici i registret. Klik på en celle for at filtrere.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 risks.</source>
        <translation>Viser %1 af %2 risici.</translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation>Tilføj risiko %1</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Tilføj risiko</translation>
    </message>
    <message>
        <source>Delete risk %1? You can undo this.</source>
        <translation>Vil du slette risiko %1? Du kan fortryde det.</translation>
    </message>
    <message>
        <source>Delete %1 risks? You can undo this.</source>
        <translation>Vil du slette %1 risici? Du kan fortryde det.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Slet risiko</translation>
    </message>
    <message>
        <source>Delete risk %1</source>
        <translation>Slet risiko %1</translation>
    </message>
    <message>
        <source>Delete %1 risks</source>
        <translation>Slet %1 risici</translation>
    </message>
    <message>
        <source>Deleted risk %1.</source>
        <translation>Risiko %1 er slettet.</translation>
    </message>
    <message>
        <source>Deleted %1 risks.</source>
        <translation>%1 risici er slettet.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 risks: %3 likelihood %4, impact %5.</source>
        <translation>Viser %1 af %2 risici: %3, sandsynlighed %4, konsekvens %5.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskTableModel</name>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation>Accepteret af %1 den %2</translation>
    </message>
    <message>
        <source>Above the acceptance threshold (%1)</source>
        <translation>Over acceptgrænsen (%1)</translation>
    </message>
    <message>
        <source>Within the acceptance threshold (%1)</source>
        <translation>Inden for acceptgrænsen (%1)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Trussel</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Sårbarhed</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sandsynlighed</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Håndtering</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Res. L</source>
        <translation>Rest-S</translation>
    </message>
    <message>
        <source>Res. I</source>
        <translation>Rest-K</translation>
    </message>
    <message>
        <source>Res. score</source>
        <translation>Restscore</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Annex A controls chosen to treat the risk, e.g. 5.15, 8.7</source>
        <translation>Anneks A-kontroller valgt til at håndtere risikoen, f.eks. 5.15, 8.7</translation>
    </message>
    <message>
        <source>Residual likelihood after treatment</source>
        <translation>Restsandsynlighed efter håndtering</translation>
    </message>
    <message>
        <source>Residual impact after treatment</source>
        <translation>Restkonsekvens efter håndtering</translation>
    </message>
    <message>
        <source>Residual score after treatment</source>
        <translation>Restscore efter håndtering</translation>
    </message>
    <message>
        <source>The risk owner has accepted the residual risk</source>
        <translation>Risikoejeren har accepteret restrisikoen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control; write ids such as 5.15, 8.7.</source>
        <translation>&quot;%1&quot; er ikke en Anneks A-kontrol; skriv id&apos;er som 5.15, 8.7.</translation>
    </message>
    <message>
        <source>Set controls of %1</source>
        <translation>Angiv kontroller for %1</translation>
    </message>
    <message>
        <source>Accept residual risk of %1</source>
        <translation>Acceptér restrisiko for %1</translation>
    </message>
    <message>
        <source>Withdraw acceptance of %1</source>
        <translation>Træk accept af %1 tilbage</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Angiv %1 for %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::SampleItemTableModel</name>
    <message numerus="yes">
        <source>%n evidence record(s) linked</source>
        <translation>
            <numerusform>%n revisionsbevis tilknyttet</numerusform>
            <numerusform>%n revisionsbeviser tilknyttet</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Forekomst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Testet af</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Testet den</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Revisionsbevis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample item&apos;s result; write &quot;%2&quot; or &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; er ikke et resultat for et stikprøveelement; skriv &quot;%2&quot; eller &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Ingen audit er åben for redigering.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample item&apos;s result.</source>
        <translation>&quot;%1&quot; er ikke et resultat for et stikprøveelement.</translation>
    </message>
    <message>
        <source>There is no sample item in row %1.</source>
        <translation>Der er intet stikprøveelement i række %1.</translation>
    </message>
    <message>
        <source>Set result of %1</source>
        <translation>Sæt resultat for %1</translation>
    </message>
    <message numerus="yes">
        <source>Set result of %n sample item(s)</source>
        <translation>
            <numerusform>Sæt resultat for %n stikprøveelement</numerusform>
            <numerusform>Sæt resultat for %n stikprøveelementer</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Sæt %1 for %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::ServiceControlTableModel</name>
    <message numerus="yes">
        <source>%1 of %n sample item(s) have a result.</source>
        <translation>
            <numerusform>%1 af %n stikprøveelement har et resultat.</numerusform>
            <numerusform>%1 af %n stikprøveelementer har et resultat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) found.</source>
        <translation>
            <numerusform>%n afvigelse fundet.</numerusform>
            <numerusform>%n afvigelser fundet.</numerusform>
        </translation>
    </message>
    <message>
        <source>A test procedure, a sample item or the design conclusion has no result yet (Testing page).</source>
        <translation>En testhandling, et stikprøveelement eller konklusionen på udformningen har endnu intet resultat (siden Test).</translation>
    </message>
    <message>
        <source>Its population is empty: the control did not operate during the period, which is never a pass.</source>
        <translation>Dens population er tom: kontrollen blev ikke udført i perioden, hvilket aldrig tæller som bestået.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 af %3)</translation>
    </message>
    <message>
        <source>%1  %2 (category not in scope)</source>
        <translation>%1  %2 (kategori ikke omfattet)</translation>
    </message>
    <message>
        <source>A key control: its testing must be complete before the report (soc2.key-controls-tested)</source>
        <translation>En nøglekontrol: testen af den skal være afsluttet før erklæringen (soc2.key-controls-tested)</translation>
    </message>
    <message>
        <source>Trust Services Criteria this control addresses. Type ids (&quot;CC6.1, CC6.2&quot;), tick them in the list, drop criteria from the tree, or select criteria and press Ctrl+M</source>
        <translation>Trust Services Criteria, som denne kontrol adresserer. Skriv id&apos;er (&quot;CC6.1, CC6.2&quot;), markér dem på listen, træk kriterier fra træet, eller vælg kriterier, og tryk på Ctrl+M</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Testet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Manuel eller automatiseret</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Nøglekontrol</translation>
    </message>
    <message>
        <source>Where the control&apos;s testing stands, as the rules and the report read it</source>
        <translation>Hvor testen af kontrollen står, sådan som reglerne og erklæringen læser det</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Angiv %1 for %2</translation>
    </message>
    <message>
        <source>A control needs a reference.</source>
        <translation>En kontrol skal have en reference.</translation>
    </message>
    <message>
        <source>Another control already has the reference %1.</source>
        <translation>En anden kontrol har allerede referencen %1.</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Ingen audit er åben for redigering.</translation>
    </message>
    <message>
        <source>There is no control in row %1.</source>
        <translation>Der er ingen kontrol i række %1.</translation>
    </message>
    <message>
        <source>%1 is not a Trust Services criterion.</source>
        <translation>%1 er ikke et kriterium i Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Set criteria of %1</source>
        <translation>Angiv kriterier for %1</translation>
    </message>
    <message>
        <source>Select the control to map the criteria to.</source>
        <translation>Vælg den kontrol, kriterierne skal knyttes til.</translation>
    </message>
    <message>
        <source>Select the control to unmap the criteria from.</source>
        <translation>Vælg den kontrol, kriterierne skal fjernes fra.</translation>
    </message>
    <message>
        <source>Select one or more criteria in the tree first.</source>
        <translation>Vælg først et eller flere kriterier i træet.</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>Knyt %1 til %2</translation>
    </message>
    <message>
        <source>Unmap %1 from %2</source>
        <translation>Fjern tilknytningen af %1 til %2</translation>
    </message>
    <message numerus="yes">
        <source>Map %1 to %n control(s)</source>
        <translation>
            <numerusform>Knyt %1 til %n kontrol</numerusform>
            <numerusform>Knyt %1 til %n kontroller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmap %1 from %n control(s)</source>
        <translation>
            <numerusform>Fjern tilknytningen af %1 til %n kontrol</numerusform>
            <numerusform>Fjern tilknytningen af %1 til %n kontroller</numerusform>
        </translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>Tilføj kontrol %1</translation>
    </message>
    <message numerus="yes">
        <source>%n test procedure(s)</source>
        <translation>
            <numerusform>%n testhandling</numerusform>
            <numerusform>%n testhandlinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n population(s)</source>
        <translation>
            <numerusform>%n population</numerusform>
            <numerusform>%n populationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 item(s)</source>
        <translation>
            <numerusform>%n stikprøve på %1 elementer</numerusform>
            <numerusform>%n stikprøver på %1 elementer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception record(s)</source>
        <translation>
            <numerusform>%n afvigelsesregistrering</numerusform>
            <numerusform>%n afvigelsesregistreringer</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the controls to delete.</source>
        <translation>Vælg de kontroller, der skal slettes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: its population &quot;%2&quot; holds %n frozen row(s), which undo could not bring back. A control whose occurrences were imported stays in the matrix.</source>
        <translation>
            <numerusform>%1 kan ikke slettes: dens population &quot;%2&quot; indeholder %n fastlåst række, som Fortryd ikke kan hente tilbage. En kontrol, hvis udførelser er importeret, forbliver i matrixen.</numerusform>
            <numerusform>%1 kan ikke slettes: dens population &quot;%2&quot; indeholder %n fastlåste rækker, som Fortryd ikke kan hente tilbage. En kontrol, hvis udførelser er importeret, forbliver i matrixen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete control %1</source>
        <translation>Slet kontrol %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n control(s)</source>
        <translation>
            <numerusform>Slet %n kontrol</numerusform>
            <numerusform>Slet %n kontroller</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isoaudit::SignReportDialog</name>
    <message>
        <source>Add Signature to Signed Report</source>
        <translation>Tilføj signatur til underskrevet rapport</translation>
    </message>
    <message>
        <source>Sign Report</source>
        <translation>Underskriv rapport</translation>
    </message>
    <message>
        <source>Blockers that prevent signing</source>
        <translation>Blokeringer, der forhindrer underskrivelse</translation>
    </message>
    <message>
        <source>Certificate file (PKCS#12)</source>
        <translation>Certifikatfil (PKCS#12)</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate and private key in a PKCS#12 file (.p12 or .pfx)</source>
        <translation>Underskriverens certifikat og private nøgle i en PKCS#12-fil (.p12 eller .pfx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Vælg certifikatfilen</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>&amp;Certifikat (PKCS#12):</translation>
    </message>
    <message>
        <source>Passphrase of the certificate file</source>
        <translation>Adgangssætning til certifikatfilen</translation>
    </message>
    <message>
        <source>Used once to open the certificate file; never stored</source>
        <translation>Bruges én gang til at åbne certifikatfilen; gemmes aldrig</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <source>Signed report to add a signature to</source>
        <translation>Underskrevet rapport, som signaturen skal tilføjes</translation>
    </message>
    <message>
        <source>Choose the signed report</source>
        <translation>Vælg den underskrevne rapport</translation>
    </message>
    <message>
        <source>&amp;Signed report:</source>
        <translation>Underskrevet &amp;rapport:</translation>
    </message>
    <message>
        <source>Signed PDF to write</source>
        <translation>Underskrevet PDF, der skal skrives</translation>
    </message>
    <message>
        <source>Choose where to save the signed PDF</source>
        <translation>Vælg, hvor den underskrevne PDF skal gemmes</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Gem som:</translation>
    </message>
    <message>
        <source>Acknowledged by the client&apos;s representative</source>
        <translation>Kvitteret af kundens repræsentant</translation>
    </message>
    <message>
        <source>Final audit report, signed by the lead auditor</source>
        <translation>Endelig auditrapport, underskrevet af den ledende auditor</translation>
    </message>
    <message>
        <source>Reason for signing</source>
        <translation>Begrundelse for underskrivelsen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Sted for underskrivelsen</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Show a visible &amp;stamp (&quot;Digitally signed by … on …&quot;) on the last page</source>
        <translation>Vis et synligt stem&amp;pel (&quot;Digitalt underskrevet af … den …&quot;) på sidste side</translation>
    </message>
    <message>
        <source>Visible signature stamp</source>
        <translation>Synligt signaturstempel</translation>
    </message>
    <message>
        <source>&amp;Add Signature</source>
        <translation>&amp;Tilføj signatur</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Underskriv</translation>
    </message>
    <message>
        <source>Add a further signature to the signed report</source>
        <translation>Tilføj endnu en signatur til den underskrevne rapport</translation>
    </message>
    <message>
        <source>Render the report, sign it and record the signature in the audit</source>
        <translation>Opstil rapporten, underskriv den, og registrér signaturen i auditten</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Åbn PDF</translation>
    </message>
    <message>
        <source>Open the signed PDF in the system&apos;s PDF viewer</source>
        <translation>Åbn den underskrevne PDF i systemets PDF-fremviser</translation>
    </message>
    <message>
        <source>%1 rev %2 signed.pdf</source>
        <translation>%1 rev %2 underskrevet.pdf</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
    <message>
        <source>Only the report of a signed audit can be countersigned; this audit is in %1.</source>
        <translation>Kun rapporten for en underskrevet audit kan medunderskrives; denne audit er i %1.</translation>
    </message>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Kun en audit i rapportering kan underskrives; denne er i %1.</translation>
    </message>
    <message>
        <source>The audit is signed; a further signature can be added to its report.</source>
        <translation>Auditten er underskrevet; der kan tilføjes endnu en signatur til dens rapport.</translation>
    </message>
    <message>
        <source>Every rule for signing holds. Signing records the report&apos;s hash and your certificate in the audit and moves it to signed; after that the audit changes only by reopening it.</source>
        <translation>Alle regler for underskrivelse er opfyldt. Underskrivelsen registrerer rapportens hash og dit certifikat i auditten og flytter den til underskrevet; derefter ændres auditten kun ved at genåbne den.</translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be signed yet: %n blocker(s) remain.</source>
        <translation>
            <numerusform>Rapporten kan endnu ikke underskrives: %n blokering er tilbage.</numerusform>
            <numerusform>Rapporten kan endnu ikke underskrives: %n blokeringer er tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Certificate</source>
        <translation>Vælg certifikat</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-filer (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Save Signed Report</source>
        <translation>Gem underskrevet rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Choose Signed Report</source>
        <translation>Vælg underskrevet rapport</translation>
    </message>
    <message>
        <source>%1 countersigned.pdf</source>
        <translation>%1 medunderskrevet.pdf</translation>
    </message>
    <message>
        <source>Signing is not possible yet: %1</source>
        <translation>Underskrivelse er endnu ikke mulig: %1</translation>
    </message>
    <message>
        <source>The signed report would overwrite the audit file %1.</source>
        <translation>Den underskrevne rapport ville overskrive auditfilen %1.</translation>
    </message>
    <message>
        <source>The report is signed and the audit is now signed: the signed report is the record. Reopen the audit to change it.</source>
        <translation>Rapporten er underskrevet, og auditten er nu underskrevet: den underskrevne rapport er dokumentationen. Genåbn auditten for at ændre den.</translation>
    </message>
    <message>
        <source>The signature was added to the report.</source>
        <translation>Signaturen blev tilføjet til rapporten.</translation>
    </message>
    <message>
        <source>Preparing the report for signing…</source>
        <translation>Forbereder rapporten til underskrivelse…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Signing cancelled; nothing was written.</source>
        <translation>Underskrivelsen er annulleret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Underskriver…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>Signed report written to %1.</source>
        <translation>Den underskrevne rapport er skrevet til %1.</translation>
    </message>
    <message>
        <source>Signature %1: %2 — %3</source>
        <translation>Signatur %1: %2 — %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gyldig</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Certifikatets SHA-256: %1</translation>
    </message>
    <message>
        <source>Whole document signed: nothing was added after the last signature.</source>
        <translation>Hele dokumentet er underskrevet: intet blev tilføjet efter den sidste signatur.</translation>
    </message>
    <message>
        <source>The report does not name the certification body, which ISO/IEC 17021-1 (9.4.8) requires: enter it in Preferences ▸ Certification body before signing.</source>
        <translation>Rapporten nævner ikke certificeringsorganet, som ISO/IEC 17021-1 (9.4.8) kræver: angiv det under Indstillinger ▸ Certificeringsorgan, før du underskriver.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s report, signed by the engagement lead</source>
        <translation>Revisors erklæring, underskrevet af den opgaveansvarlige</translation>
    </message>
    <message>
        <source>The report does not name the service auditor&apos;s firm: enter it on the Engagement page before signing.</source>
        <translation>Erklæringen nævner ikke revisionsvirksomheden: angiv den på siden Erklæringsopgave før underskrift.</translation>
    </message>
</context>
<context>
    <name>isoaudit::SoaPane</name>
    <message>
        <source>SoA completeness</source>
        <translation>Anvendelseserklæringens fuldstændighed</translation>
    </message>
    <message>
        <source>Set &amp;applicability</source>
        <translation>Angiv &amp;relevans</translation>
    </message>
    <message>
        <source>Set i&amp;mplementation</source>
        <translation>Angiv i&amp;mplementering</translation>
    </message>
    <message>
        <source>Set &amp;verdict</source>
        <translation>Angiv &amp;vurdering</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Anvendelseserklæring</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <source>Any applicability</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Alle vurderinger</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Kun &amp;problemer</translation>
    </message>
    <message>
        <source>Show only controls that break an SoA rule</source>
        <translation>Vis kun kontroller, der bryder en regel for anvendelseserklæringen</translation>
    </message>
    <message>
        <source>Search id, title, justification, risk…</source>
        <translation>Søg id, titel, begrundelse, risiko…</translation>
    </message>
    <message>
        <source>Search the SoA</source>
        <translation>Søg i anvendelseserklæringen</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Appli&amp;cability:</source>
        <translation>Re&amp;levans:</translation>
    </message>
    <message>
        <source>Ver&amp;dict:</source>
        <translation>Vur&amp;dering:</translation>
    </message>
    <message>
        <source>Filter the grid by %1</source>
        <translation>Filtrér tabellen efter %1</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Set this for every selected control in one undoable step</source>
        <translation>Angiv dette for alle valgte kontroller i ét trin, der kan fortrydes</translation>
    </message>
    <message>
        <source>No audit open</source>
        <translation>Ingen audit åben</translation>
    </message>
    <message>
        <source>Every control is decided and every exclusion justified.</source>
        <translation>Alle kontroller er afgjort, og alle fravalg er begrundet.</translation>
    </message>
    <message>
        <source>Tick &quot;Problems only&quot; to list the controls that need attention.</source>
        <translation>Markér &quot;Kun problemer&quot; for at vise de kontroller, der kræver opmærksomhed.</translation>
    </message>
    <message>
        <source>%1 controls selected:</source>
        <translation>%1 kontroller valgt:</translation>
    </message>
    <message>
        <source>Bulk edit refused</source>
        <translation>Masseredigering afvist</translation>
    </message>
    <message>
        <source>Set %1 of control %2.</source>
        <translation>%1 er angivet for kontrol %2.</translation>
    </message>
    <message>
        <source>Set %1 of %2 controls.</source>
        <translation>%1 er angivet for %2 kontroller.</translation>
    </message>
    <message>
        <source>Risks treated with this control</source>
        <translation>Risici, der håndteres med denne kontrol</translation>
    </message>
    <message>
        <source>Go to risk %1</source>
        <translation>Gå til risiko %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::SoaTableModel</name>
    <message>
        <source>Applicability is not decided.</source>
        <translation>Relevansen er ikke afgjort.</translation>
    </message>
    <message>
        <source>Excluded without a justification.</source>
        <translation>Fravalgt uden begrundelse.</translation>
    </message>
    <message>
        <source>Marked not applicable, but chosen to treat: %1.</source>
        <translation>Angivet som ikke relevant, men valgt til håndtering af: %1.</translation>
    </message>
    <message>
        <source>%1/%2 decided</source>
        <translation>%1/%2 afgjort</translation>
    </message>
    <message>
        <source> · 1 exclusion unjustified</source>
        <translation> · 1 fravalg ubegrundet</translation>
    </message>
    <message>
        <source> · %1 exclusions unjustified</source>
        <translation> · %1 fravalg ubegrundet</translation>
    </message>
    <message>
        <source> · 1 exclusion used by a risk treatment</source>
        <translation> · 1 fravalg håndterer en risiko</translation>
    </message>
    <message>
        <source> · %1 exclusions used by risk treatments</source>
        <translation> · %1 fravalg håndterer risici</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen to treat: %1</source>
        <translation>Valgt til håndtering af: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementering</translation>
    </message>
    <message>
        <source>Client ref.</source>
        <translation>Kundens ref.</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Tilknyttede risici</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Auditbevis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>The client&apos;s own reference for the control (policy or procedure)</source>
        <translation>Kundens egen reference for kontrollen (politik eller procedure)</translation>
    </message>
    <message>
        <source>Risks whose treatment names this control; double-click to go to one</source>
        <translation>Risici, hvis håndtering angiver denne kontrol; dobbeltklik for at gå til en</translation>
    </message>
    <message>
        <source>The auditor&apos;s verdict on the control</source>
        <translation>Auditorens vurdering af kontrollen</translation>
    </message>
    <message>
        <source>Evidence records linked to this control</source>
        <translation>Bevisposter tilknyttet denne kontrol</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Angiv %1 for %2</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Denne kolonne kan ikke redigeres.</translation>
    </message>
    <message>
        <source>Set %1 of one control</source>
        <translation>Angiv %1 for én kontrol</translation>
    </message>
    <message>
        <source>Set %1 of %2 controls</source>
        <translation>Angiv %1 for %2 kontroller</translation>
    </message>
</context>
<context>
    <name>isoaudit::Soc2OverviewPane</name>
    <message>
        <source>Lifecycle and opinion</source>
        <translation>Livscyklus og konklusion</translation>
    </message>
    <message>
        <source>Exceptions &amp;&amp; &amp;Opinion…</source>
        <translation>Afvigelser &amp;&amp; k&amp;onklusion…</translation>
    </message>
    <message>
        <source>Form and record the opinion on the Exceptions &amp; Opinion page</source>
        <translation>Udform og registrér konklusionen på siden Afvigelser og konklusion</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Erklæringsopgave</translation>
    </message>
    <message>
        <source>Service organization:</source>
        <translation>Serviceleverandør:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Erklæring:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorier:</translation>
    </message>
    <message>
        <source>Service auditor:</source>
        <translation>Revisor:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Report no.:</source>
        <translation>Erklæringsnr.:</translation>
    </message>
    <message>
        <source>&amp;Edit on the Engagement page…</source>
        <translation>&amp;Rediger på siden Erklæringsopgave…</translation>
    </message>
    <message>
        <source>The service organization, the system, the period, the categories, the system description, subservice organizations and CUECs</source>
        <translation>Serviceleverandøren, systemet, perioden, kategorierne, systembeskrivelsen, underleverandører og CUEC&apos;er</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Criteria addressed</source>
        <translation>Adresserede kriterier</translation>
    </message>
    <message>
        <source>&amp;Criteria &amp;&amp; Controls…</source>
        <translation>&amp;Kriterier &amp;&amp; kontroller…</translation>
    </message>
    <message>
        <source>Criteria in scope that at least one control in the matrix addresses</source>
        <translation>Omfattede kriterier, som mindst én kontrol i matrixen adresserer</translation>
    </message>
    <message>
        <source>Controls tested</source>
        <translation>Testede kontroller</translation>
    </message>
    <message>
        <source>&amp;Testing…</source>
        <translation>&amp;Test…</translation>
    </message>
    <message>
        <source>Controls whose tests and sample items all have a result</source>
        <translation>Kontroller, hvis test og stikprøveelementer alle har et resultat</translation>
    </message>
    <message>
        <source>Sample items tested</source>
        <translation>Testede stikprøveelementer</translation>
    </message>
    <message>
        <source>Te&amp;sting…</source>
        <translation>Te&amp;st…</translation>
    </message>
    <message>
        <source>Sample items with a result, over all samples drawn</source>
        <translation>Stikprøveelementer med et resultat i forhold til alle udtagne stikprøver</translation>
    </message>
    <message>
        <source>Exceptions assessed</source>
        <translation>Vurderede afvigelser</translation>
    </message>
    <message>
        <source>E&amp;xceptions…</source>
        <translation>&amp;Afvigelser…</translation>
    </message>
    <message>
        <source>Controls with deviations whose nature, pattern and management&apos;s response are recorded</source>
        <translation>Kontroller med afvigelser, hvis karakter, mønster og ledelsens kommentar er registreret</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 til %3</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — pr. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>engagement lead</source>
        <translation>opgaveansvarlig</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>Konklusion: %1</translation>
    </message>
    <message>
        <source>Criteria not met: %1</source>
        <translation>Ikke opfyldte kriterier: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>without a control: %1%2</source>
        <translation>uden en kontrol: %1%2</translation>
    </message>
    <message>
        <source>with exceptions: %1, not occurring: %2</source>
        <translation>med afvigelser: %1, ikke udført: %2</translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>Ingen stikprøve udtaget endnu</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 to test)</source>
        <translation>%1 af %2 (%3 mangler test)</translation>
    </message>
    <message>
        <source>No deviations recorded</source>
        <translation>Ingen afvigelser registreret</translation>
    </message>
    <message>
        <source>%1 of %2 controls with deviations</source>
        <translation>%1 af %2 kontroller med afvigelser</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Efter kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Adresseret</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>With exceptions</source>
        <translation>Med afvigelser</translation>
    </message>
    <message>
        <source>Criteria and controls by trust services category</source>
        <translation>Kriterier og kontroller efter trust services-kategori</translation>
    </message>
    <message>
        <source>Controls that need attention</source>
        <translation>Kontroller der kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Controls not yet tested, with exceptions or not occurring</source>
        <translation>Kontroller der endnu ikke er testet, har afvigelser eller ikke er forekommet</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the control on the Testing page</source>
        <translation>Dobbeltklik eller tryk Enter for at åbne kontrollen på siden Test</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 af %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items with a result)</source>
        <translation>%1 (%2 af %3 elementer har et resultat)</translation>
    </message>
</context>
<context>
    <name>isoaudit::SubserviceTableModel</name>
    <message>
        <source>%1: the subservice organization&apos;s controls are part of the description and the tests.</source>
        <translation>%1: underleverandørens kontroller indgår i beskrivelsen og testene.</translation>
    </message>
    <message>
        <source>%1: the subservice organization&apos;s controls are left out of the description and the tests; its CSOCs are listed in Sections I and III.</source>
        <translation>%1: underleverandørens kontroller er udeladt af beskrivelsen og testene; dens CSOC&apos;er er anført i afsnit I og III.</translation>
    </message>
    <message>
        <source>Complementary subservice-organization controls: the controls the service organization assumes the subservice organization operates</source>
        <translation>Komplementerende kontroller hos underleverandører: de kontroller, som serviceleverandøren forudsætter, at underleverandøren udfører</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>CSOCs</source>
        <translation>CSOC&apos;er</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>New subservice organization</source>
        <translation>Ny underleverandør</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Ingen audit er åben for redigering.</translation>
    </message>
    <message>
        <source>Add subservice organization %1</source>
        <translation>Tilføj underleverandør %1</translation>
    </message>
    <message>
        <source>Rename subservice organization %1</source>
        <translation>Omdøb underleverandør %1</translation>
    </message>
    <message>
        <source>Set services of %1</source>
        <translation>Angiv ydelser for %1</translation>
    </message>
    <message>
        <source>Set method of %1</source>
        <translation>Angiv metode for %1</translation>
    </message>
    <message>
        <source>Set CSOCs of %1</source>
        <translation>Angiv CSOC&apos;er for %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::SystemDescriptionForm</name>
    <message>
        <source>System description</source>
        <translation>Systembeskrivelse</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <source>The services the system provides to user entities</source>
        <translation>De ydelser, systemet leverer til brugervirksomheder</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Physical and virtual infrastructure, networks, hosting</source>
        <translation>Fysisk og virtuel infrastruktur, netværk, hosting</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Applications, system software and supporting tools</source>
        <translation>Applikationer, systemsoftware og understøttende værktøjer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Who operates, governs and supports the system</source>
        <translation>Hvem der driver, styrer og understøtter systemet</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedurer</translation>
    </message>
    <message>
        <source>The automated and manual procedures of the system</source>
        <translation>Systemets automatiserede og manuelle procedurer</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The data the system collects, processes and produces</source>
        <translation>De data, systemet indsamler, behandler og frembringer</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Afgrænsning</translation>
    </message>
    <message>
        <source>What the system includes and what it leaves out (carved-out parts)</source>
        <translation>Hvad systemet omfatter, og hvad det udelader (dele udeladt efter den partielle metode)</translation>
    </message>
    <message>
        <source>Management&apos;s assertion</source>
        <translation>Ledelsens udtalelse</translation>
    </message>
    <message>
        <source>Management&apos;s own words, printed as Section II of the report</source>
        <translation>Ledelsens egne ord, gengivet som afsnit II i erklæringen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Erklæring</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Erklæringsdato</translation>
    </message>
    <message>
        <source>The date of the service auditor&apos;s report</source>
        <translation>Datoen for revisors erklæring</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>&amp;Report date:</source>
        <translation>&amp;Erklæringsdato:</translation>
    </message>
    <message>
        <source>Intended users</source>
        <translation>Tiltænkte brugere</translation>
    </message>
    <message>
        <source>Who the report is meant for (the restricted-use paragraph)</source>
        <translation>Hvem erklæringen er beregnet til (afsnittet om begrænsning i anvendelse)</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Tiltænkte brugere:</translation>
    </message>
</context>
<context>
    <name>isoaudit::TagEdit</name>
    <message>
        <source>Clauses and controls, e.g. 9.2.2, A.5.15 (type an id or a word of the title)</source>
        <translation>Punkter og kontroller, f.eks. 9.2.2, A.5.15 (skriv et id eller et ord fra titlen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2.</source>
        <translation>&quot;%1&quot; er ikke en Anneks A-kontrol i %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a clause nor an Annex A control of %2.</source>
        <translation>&quot;%1&quot; er hverken et punkt eller en Anneks A-kontrol i %2.</translation>
    </message>
    <message>
        <source>Clause %1 %2</source>
        <translation>Punkt %1 %2</translation>
    </message>
    <message>
        <source>Control A.%1 %2</source>
        <translation>Kontrol A.%1 %2</translation>
    </message>
    <message>
        <source>The clauses and Annex A controls covered. Type an id (9.2.2, A.5.15) or a word of a title, separate tags with commas, press Enter to apply.</source>
        <translation>De dækkede punkter og Anneks A-kontroller. Skriv et id (9.2.2, A.5.15) eller et ord fra en titel, adskil mærker med kommaer, og tryk på Enter for at anvende.</translation>
    </message>
    <message>
        <source>Clauses and controls covered</source>
        <translation>Dækkede punkter og kontroller</translation>
    </message>
</context>
<context>
    <name>isoaudit::TeamController</name>
    <message>
        <source>Give a Copy to a Team Member</source>
        <translation>Giv en kopi til et medlem af auditteamet</translation>
    </message>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>ISO 27001-audits (*.isoaudit);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Wrote %1&apos;s copy to %2</source>
        <translation>%1s kopi er skrevet til %2</translation>
    </message>
    <message>
        <source>Merge a Team Member&apos;s Copy</source>
        <translation>Flet kopi fra et medlem af auditteamet</translation>
    </message>
    <message>
        <source>Cannot Merge the Copy</source>
        <translation>Kopien kan ikke flettes</translation>
    </message>
    <message>
        <source>This is the open audit itself, not a team member&apos;s copy of it.</source>
        <translation>Dette er selve den åbne audit, ikke en kopi af den fra et medlem af auditteamet.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <source>%1 cannot be merged.

%2</source>
        <translation>%1 kan ikke flettes.

%2</translation>
    </message>
    <message>
        <source>Nothing to Merge</source>
        <translation>Intet at flette</translation>
    </message>
    <message>
        <source>Everything in this copy is already merged.</source>
        <translation>Alt i denne kopi er allerede flettet.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Flet %1</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n tilføjet</numerusform>
            <numerusform>%n tilføjet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ændret</numerusform>
            <numerusform>%n ændret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n slettet</numerusform>
            <numerusform>%n slettet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict resolved</source>
        <translation>
            <numerusform>%n konflikt løst</numerusform>
            <numerusform>%n konflikter løst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%n konflikt løst</numerusform>
            <numerusform>%n konflikter løst</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1: %2.</source>
        <translation>%1 er flettet: %2.</translation>
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
        <translation>Metode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Attributes tested</source>
        <translation>Testede attributter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Result note</source>
        <translation>Bemærkning til resultatet</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Udført af</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Udført den</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Ingen audit er åben for redigering.</translation>
    </message>
    <message>
        <source>Select a control before adding a test procedure.</source>
        <translation>Vælg en kontrol, før du tilføjer en testhandling.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test method.</source>
        <translation>&quot;%1&quot; er ikke en testmetode.</translation>
    </message>
    <message>
        <source>Add %1 test procedure to %2</source>
        <translation>Tilføj testhandling (%1) til %2</translation>
    </message>
    <message>
        <source>Select the test procedure to remove.</source>
        <translation>Vælg den testhandling, der skal fjernes.</translation>
    </message>
    <message>
        <source>Remove %1 test procedure from %2</source>
        <translation>Fjern testhandling (%1) fra %2</translation>
    </message>
    <message>
        <source>Set %1 of a test procedure of %2</source>
        <translation>Angiv %1 for en testhandling i %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::TestingPane</name>
    <message>
        <source>&amp;Draw sample</source>
        <translation>&amp;Udtag stikprøve</translation>
    </message>
    <message>
        <source>&amp;Replace item…</source>
        <translation>&amp;Erstat element…</translation>
    </message>
    <message>
        <source>Re-draw &amp;check</source>
        <translation>&amp;Kontrollér genudtagning</translation>
    </message>
    <message>
        <source>Record the &amp;check</source>
        <translation>Registrér &amp;kontrollen</translation>
    </message>
    <message>
        <source>&amp;Import population…</source>
        <translation>&amp;Importér population…</translation>
    </message>
    <message>
        <source>Pre&amp;view rows</source>
        <translation>&amp;Vis rækker</translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation>Fjern handling</translation>
    </message>
    <message>
        <source>Set design conclusion of %1</source>
        <translation>Angiv konklusion på udformningen af %1</translation>
    </message>
    <message>
        <source>Set design note of %1</source>
        <translation>Angiv bemærkning til udformningen af %1</translation>
    </message>
    <message>
        <source>Filter controls…</source>
        <translation>Filtrér kontroller…</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Filtrér kontroller</translation>
    </message>
    <message>
        <source>Shows the controls whose ref, title or status contain this text (Ctrl+F)</source>
        <translation>Viser de kontroller, hvis ref., titel eller status indeholder denne tekst (Ctrl+F)</translation>
    </message>
    <message>
        <source>Controls to test</source>
        <translation>Kontroller, der skal testes</translation>
    </message>
    <message>
        <source>Click a control or press Enter on it to test its sample</source>
        <translation>Klik på en kontrol, eller tryk på Enter på den for at teste dens stikprøve</translation>
    </message>
    <message>
        <source>Sample items tested in the engagement</source>
        <translation>Testede stikprøveelementer i erklæringsopgaven</translation>
    </message>
    <message>
        <source>Testing progress of the engagement</source>
        <translation>Erklæringsopgavens testfremskridt</translation>
    </message>
    <message>
        <source>Control under test</source>
        <translation>Kontrol under test</translation>
    </message>
    <message>
        <source>Sample items of the control tested</source>
        <translation>Testede stikprøveelementer for kontrollen</translation>
    </message>
    <message>
        <source>Testing progress of the control</source>
        <translation>Kontrollens testfremskridt</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stikprøve</translation>
    </message>
    <message>
        <source>Sample size override</source>
        <translation>Tilsidesættelse af stikprøvestørrelse</translation>
    </message>
    <message>
        <source>Leave at &quot;Firm&apos;s policy&quot; to draw the size the firm&apos;s sampling policy gives; another size needs a reason</source>
        <translation>Lad stå på &quot;Virksomhedens politik&quot; for at udtage den størrelse, som revisionsvirksomhedens stikprøvepolitik angiver; en anden størrelse kræver en begrundelse</translation>
    </message>
    <message>
        <source>Firm&apos;s policy</source>
        <translation>Virksomhedens politik</translation>
    </message>
    <message>
        <source>Reason for the sample size</source>
        <translation>Begrundelse for stikprøvestørrelsen</translation>
    </message>
    <message>
        <source>Reason for another size</source>
        <translation>Begrundelse for en anden størrelse</translation>
    </message>
    <message>
        <source>Why the sample differs from the firm&apos;s policy; kept with the sample</source>
        <translation>Hvorfor stikprøven afviger fra revisionsvirksomhedens politik; gemmes sammen med stikprøven</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>Udtag stikprøve</translation>
    </message>
    <message>
        <source>Draw the control&apos;s sample from its population with a new seed (Undo removes it)</source>
        <translation>Udtag kontrollens stikprøve fra dens population med en ny startværdi (Fortryd fjerner den)</translation>
    </message>
    <message>
        <source>Replace item</source>
        <translation>Erstat element</translation>
    </message>
    <message>
        <source>Replace the current item of the grid by one from the same month; asks for the reason (an item with a result is not replaced)</source>
        <translation>Erstat det aktuelle element i tabellen med et fra samme måned; spørger om begrundelsen (et element med et resultat erstattes ikke)</translation>
    </message>
    <message>
        <source>Re-draw check</source>
        <translation>Kontrollér genudtagning</translation>
    </message>
    <message>
        <source>Draw again from the stored population and seed, and compare with the items</source>
        <translation>Udtag igen fra den gemte population og startværdi, og sammenlign med elementerne</translation>
    </message>
    <message>
        <source>Outcome of the re-draw check</source>
        <translation>Resultat af kontrollen af genudtagningen</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Størrelse:</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>The control&apos;s population shown here and sampled</source>
        <translation>Kontrollens population, der vises her, og som der udtages fra</translation>
    </message>
    <message>
        <source>Population rows</source>
        <translation>Populationens rækker</translation>
    </message>
    <message>
        <source>Period coverage</source>
        <translation>Periodedækning</translation>
    </message>
    <message>
        <source>SHA-256 of the sampling frame</source>
        <translation>SHA-256 for udvælgelsesgrundlaget</translation>
    </message>
    <message>
        <source>The SHA-256 of the sampling frame, as the report prints it: select and copy it</source>
        <translation>SHA-256 for udvælgelsesgrundlaget, som erklæringen gengiver den: markér og kopiér den</translation>
    </message>
    <message>
        <source>How completeness and accuracy were checked</source>
        <translation>Hvordan fuldstændighed og nøjagtighed blev kontrolleret</translation>
    </message>
    <message>
        <source>How the list was checked for completeness and accuracy (reconciled to …)</source>
        <translation>Hvordan listens fuldstændighed og nøjagtighed blev kontrolleret (afstemt med …)</translation>
    </message>
    <message>
        <source>Completeness and accuracy checked by</source>
        <translation>Fuldstændighed og nøjagtighed kontrolleret af</translation>
    </message>
    <message>
        <source>Completeness and accuracy checked on</source>
        <translation>Fuldstændighed og nøjagtighed kontrolleret den</translation>
    </message>
    <message>
        <source>Record the completeness and accuracy check</source>
        <translation>Registrér kontrollen af fuldstændighed og nøjagtighed</translation>
    </message>
    <message>
        <source>Record how, by whom and when the list was checked (one undo step)</source>
        <translation>Registrér hvordan, af hvem og hvornår listen blev kontrolleret (ét fortryd-trin)</translation>
    </message>
    <message>
        <source>Import population</source>
        <translation>Importér population</translation>
    </message>
    <message>
        <source>Import the client&apos;s list of the control&apos;s occurrences from CSV or XLSX (Undo removes it)</source>
        <translation>Importér kundens liste over kontrollens udførelser fra CSV eller XLSX (Fortryd fjerner den)</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>Vis rækker</translation>
    </message>
    <message>
        <source>Show the population&apos;s frozen rows, read page by page as you scroll</source>
        <translation>Vis populationens fastlåste rækker, læst side for side, mens du ruller</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rækker:</translation>
    </message>
    <message>
        <source>Period coverage:</source>
        <translation>Periodedækning:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Completeness and accuracy:</source>
        <translation>Fuldstændighed og nøjagtighed:</translation>
    </message>
    <message>
        <source>Checked by, on:</source>
        <translation>Kontrolleret af, den:</translation>
    </message>
    <message>
        <source>Test procedures</source>
        <translation>Testhandlinger</translation>
    </message>
    <message>
        <source>&amp;Add procedure</source>
        <translation>&amp;Tilføj handling</translation>
    </message>
    <message>
        <source>Add test procedure</source>
        <translation>Tilføj testhandling</translation>
    </message>
    <message>
        <source>Add a test procedure; the arrow chooses the method (inspection by default)</source>
        <translation>Tilføj en testhandling; pilen vælger metoden (som standard inspektion)</translation>
    </message>
    <message>
        <source>Remove test procedure</source>
        <translation>Fjern testhandling</translation>
    </message>
    <message>
        <source>Remove the selected test procedure (Undo brings it back)</source>
        <translation>Fjern den valgte testhandling (Fortryd henter den tilbage)</translation>
    </message>
    <message>
        <source>Design conclusion</source>
        <translation>Konklusion på udformningen</translation>
    </message>
    <message>
        <source>A Type 1 report&apos;s conclusion on the control&apos;s design</source>
        <translation>En Type 1-erklærings konklusion på kontrollens udformning</translation>
    </message>
    <message>
        <source>Design note</source>
        <translation>Bemærkning til udformningen</translation>
    </message>
    <message>
        <source>Why the design is or is not suitable</source>
        <translation>Hvorfor udformningen er eller ikke er hensigtsmæssig</translation>
    </message>
    <message>
        <source>Desi&amp;gn:</source>
        <translation>U&amp;dformning:</translation>
    </message>
    <message>
        <source>Press Preview rows on the Population tab to read the rows.</source>
        <translation>Tryk på Vis rækker under fanen Population for at læse rækkerne.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Viste rækker</translation>
    </message>
    <message>
        <source>Sample, population and procedures</source>
        <translation>Stikprøve, population og handlinger</translation>
    </message>
    <message>
        <source>Sample items</source>
        <translation>Stikprøveelementer</translation>
    </message>
    <message>
        <source>P: no exception and next · E: exception and next · Delete: clear · Ctrl+D: fill down · Ctrl+V: paste a column · Enter: edit the note · drop files on an item to attach them</source>
        <translation>P: ingen afvigelse og næste · E: afvigelse og næste · Delete: ryd · Ctrl+D: udfyld nedad · Ctrl+V: indsæt en kolonne · Enter: rediger bemærkningen · træk filer over på et element for at vedhæfte dem</translation>
    </message>
    <message>
        <source>Keys of the sample grid</source>
        <translation>Stikprøvetabellens taster</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; %1 · &lt;b&gt;E&lt;/b&gt; %2, each then the next item · &lt;b&gt;Delete&lt;/b&gt; clear · &lt;b&gt;Ctrl+D&lt;/b&gt; fill down · &lt;b&gt;Ctrl+V&lt;/b&gt; paste a column · &lt;b&gt;Enter&lt;/b&gt; note · drop files on an item to attach them</source>
        <translation>&lt;b&gt;P&lt;/b&gt; %1 · &lt;b&gt;E&lt;/b&gt; %2, hver gang derefter næste element · &lt;b&gt;Delete&lt;/b&gt; ryd · &lt;b&gt;Ctrl+D&lt;/b&gt; udfyld nedad · &lt;b&gt;Ctrl+V&lt;/b&gt; indsæt en kolonne · &lt;b&gt;Enter&lt;/b&gt; bemærkning · træk filer over på et element for at vedhæfte dem</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample item(s) tested, %2 with an exception</source>
        <translation>
            <numerusform>%1 af %n stikprøveelement testet, %2 med en afvigelse</numerusform>
            <numerusform>%1 af %n stikprøveelementer testet, %2 med en afvigelse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) concluded</source>
        <translation>
            <numerusform>%1 af %n kontrol konkluderet</numerusform>
            <numerusform>%1 af %n kontroller konkluderet</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>Ingen stikprøve udtaget endnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 tested · %2 to test · %n exception(s)</source>
        <translation>
            <numerusform>%1 testet · %2 mangler test · %n afvigelse</numerusform>
            <numerusform>%1 testet · %2 mangler test · %n afvigelser</numerusform>
        </translation>
    </message>
    <message>
        <source>This audit has no SOC 2 controls to test.</source>
        <translation>Denne audit har ingen SOC 2-kontroller at teste.</translation>
    </message>
    <message>
        <source>Select a control to test.</source>
        <translation>Vælg en kontrol, der skal testes.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Ingen audit er åben.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No population imported yet: use Import population…</source>
        <translation>Der er endnu ikke importeret nogen population: brug Importér population…</translation>
    </message>
    <message>
        <source>%1 rows, %2 outside the period, %3 in the sampling frame</source>
        <translation>%1 rækker, %2 uden for perioden, %3 i udvælgelsesgrundlaget</translation>
    </message>
    <message>
        <source>The population is empty: the control did not operate during the period.</source>
        <translation>Populationen er tom: kontrollen blev ikke udført i perioden.</translation>
    </message>
    <message>
        <source>From %1, imported by %2 on %3</source>
        <translation>Fra %1, importeret af %2 den %3</translation>
    </message>
    <message>
        <source>Rows dated %1 to %2</source>
        <translation>Rækker dateret %1 til %2</translation>
    </message>
    <message>
        <source>the period is %1 to %2</source>
        <translation>perioden er %1 til %2</translation>
    </message>
    <message>
        <source>The rows do not reach a month of the period&apos;s start or end: check that the list is complete.</source>
        <translation>Rækkerne når ikke inden for en måned af periodens start eller slutning: kontrollér, at listen er fuldstændig.</translation>
    </message>
    <message>
        <source>Import the control&apos;s population first (Population tab): the sample is drawn from it.</source>
        <translation>Importér først kontrollens population (fanen Population): stikprøven udtages fra den.</translation>
    </message>
    <message>
        <source>The population has no occurrence in the period: the control did not operate, and no sample is drawn.</source>
        <translation>Populationen har ingen udførelser i perioden: kontrollen blev ikke udført, og der udtages ingen stikprøve.</translation>
    </message>
    <message numerus="yes">
        <source>No sample drawn yet from %1 (%n occurrence(s) in the period).</source>
        <translation>
            <numerusform>Der er endnu ikke udtaget nogen stikprøve fra %1 (%n udførelse i perioden).</numerusform>
            <numerusform>Der er endnu ikke udtaget nogen stikprøve fra %1 (%n udførelser i perioden).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 occurrences in the period</source>
        <translation>%1 af %2 udførelser i perioden</translation>
    </message>
    <message>
        <source>Firm&apos;s sampling policy (%1): %2</source>
        <translation>Revisionsvirksomhedens stikprøvepolitik (%1): %2</translation>
    </message>
    <message>
        <source>Size set by the auditor: %1 instead of %2. Reason: %3</source>
        <translation>Størrelse fastsat af revisor: %1 i stedet for %2. Begrundelse: %3</translation>
    </message>
    <message>
        <source>Seed %1 · method %2</source>
        <translation>Startværdi %1 · metode %2</translation>
    </message>
    <message>
        <source>Drawn by %1 on %2</source>
        <translation>Udtaget af %1 den %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) replaced</source>
        <translation>
            <numerusform>%n element erstattet</numerusform>
            <numerusform>%n elementer erstattet</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the control the population belongs to.</source>
        <translation>Vælg den kontrol, populationen hører til.</translation>
    </message>
    <message>
        <source>Importing %1 for %2…</source>
        <translation>Importerer %1 for %2…</translation>
    </message>
    <message>
        <source>Importing the population</source>
        <translation>Importerer populationen</translation>
    </message>
    <message>
        <source>Import population %1 for %2</source>
        <translation>Importér population %1 for %2</translation>
    </message>
    <message>
        <source>Population %1 has a sample drawn from it (seed %2); remove the sample before the population.</source>
        <translation>Der er udtaget en stikprøve fra population %1 (startværdi %2); fjern stikprøven før populationen.</translation>
    </message>
    <message>
        <source>Imported %1 rows into population %2 (%3 outside the period).</source>
        <translation>%1 rækker er importeret i population %2 (%3 uden for perioden).</translation>
    </message>
    <message>
        <source>Outside the period: %1.</source>
        <translation>Uden for perioden: %1.</translation>
    </message>
    <message>
        <source>The control has no population to record the check for.</source>
        <translation>Kontrollen har ingen population at registrere kontrollen for.</translation>
    </message>
    <message>
        <source>Set completeness and accuracy of population %1</source>
        <translation>Angiv fuldstændighed og nøjagtighed for population %1</translation>
    </message>
    <message>
        <source>The control has no population yet.</source>
        <translation>Kontrollen har endnu ingen population.</translation>
    </message>
    <message>
        <source>%1: %2 rows, read as you scroll</source>
        <translation>%1: %2 rækker, læses, mens du ruller</translation>
    </message>
    <message>
        <source>Select the control to draw a sample for.</source>
        <translation>Vælg den kontrol, der skal udtages en stikprøve for.</translation>
    </message>
    <message>
        <source>Control %1 has no population to draw from: import it first.</source>
        <translation>Kontrol %1 har ingen population at udtage fra: importér den først.</translation>
    </message>
    <message>
        <source>A sample size other than the firm&apos;s policy needs a reason: write it beside the size.</source>
        <translation>En anden stikprøvestørrelse end revisionsvirksomhedens politik kræver en begrundelse: skriv den ud for størrelsen.</translation>
    </message>
    <message>
        <source>Draw sample of %1</source>
        <translation>Udtag stikprøve for %1</translation>
    </message>
    <message numerus="yes">
        <source>Drew %n item(s) for %1.</source>
        <translation>
            <numerusform>Udtog %n element for %1.</numerusform>
            <numerusform>Udtog %n elementer for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item is replaced only with a reason on record.</source>
        <translation>Et element erstattes kun med en registreret begrundelse.</translation>
    </message>
    <message>
        <source>Replace %1 in the sample of %2</source>
        <translation>Erstat %1 i stikprøven for %2</translation>
    </message>
    <message>
        <source>Select the item to replace in the grid.</source>
        <translation>Vælg det element i tabellen, der skal erstattes.</translation>
    </message>
    <message>
        <source>Why is %1 replaced? (kept with the sample)</source>
        <translation>Hvorfor erstattes %1? (gemmes sammen med stikprøven)</translation>
    </message>
    <message numerus="yes">
        <source>Re-draw check passed: seed %1 draws the same %n item(s).</source>
        <translation>
            <numerusform>Kontrollen af genudtagningen er bestået: startværdi %1 udtager det samme %n element.</numerusform>
            <numerusform>Kontrollen af genudtagningen er bestået: startværdi %1 udtager de samme %n elementer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-draw check failed: %1</source>
        <translation>Kontrollen af genudtagningen mislykkedes: %1</translation>
    </message>
    <message>
        <source>Select the sample item to mark.</source>
        <translation>Vælg det stikprøveelement, der skal markeres.</translation>
    </message>
    <message>
        <source>Select the sample items whose results to clear.</source>
        <translation>Vælg de stikprøveelementer, hvis resultater skal ryddes.</translation>
    </message>
    <message>
        <source>Select the cell to fill down from.</source>
        <translation>Vælg den celle, der skal udfyldes nedad fra.</translation>
    </message>
    <message>
        <source>Select the rows below to fill (Shift+Down), then press Ctrl+D.</source>
        <translation>Vælg rækkerne nedenfor, der skal udfyldes (Skift+Ned), og tryk derefter på Ctrl+D.</translation>
    </message>
    <message numerus="yes">
        <source>Fill note down into %n sample item(s)</source>
        <translation>
            <numerusform>Udfyld bemærkning nedad i %n stikprøveelement</numerusform>
            <numerusform>Udfyld bemærkning nedad i %n stikprøveelementer</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the first sample item to paste into.</source>
        <translation>Vælg det første stikprøveelement, der skal indsættes i.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Udklipsholderen indeholder ingen tekst at indsætte.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted column has %n row(s), more than the items from the current one down (%1); nothing was pasted.</source>
        <translation>
            <numerusform>Den indsatte kolonne har %n række, flere end elementerne fra det aktuelle og nedad (%1); intet blev indsat.</numerusform>
            <numerusform>Den indsatte kolonne har %n rækker, flere end elementerne fra det aktuelle og nedad (%1); intet blev indsat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of the pasted text (%2): &quot;%3&quot; is not a sample item&apos;s result; write &quot;%4&quot; or &quot;%5&quot;. Nothing was pasted.</source>
        <translation>Række %1 i den indsatte tekst (%2): &quot;%3&quot; er ikke et resultat for et stikprøveelement; skriv &quot;%4&quot; eller &quot;%5&quot;. Intet blev indsat.</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n sample item(s)</source>
        <translation>
            <numerusform>Indsæt i %n stikprøveelement</numerusform>
            <numerusform>Indsæt i %n stikprøveelementer</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop the files on a sample item.</source>
        <translation>Træk filerne over på et stikprøveelement.</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) to %1</source>
        <translation>
            <numerusform>Vedhæft %n fil til %1</numerusform>
            <numerusform>Vedhæft %n filer til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) to %1 as evidence.</source>
        <translation>
            <numerusform>%n fil er vedhæftet %1 som auditbevis.</numerusform>
            <numerusform>%n filer er vedhæftet %1 som auditbevis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isoaudit::UnmetRulesDialog</name>
    <message>
        <source>Next Lifecycle Step</source>
        <translation>Næste trin i livscyklussen</translation>
    </message>
    <message>
        <source>Unmet rules</source>
        <translation>Uopfyldte regler</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the place that needs attention</source>
        <translation>Dobbeltklik, eller tryk på Enter for at gå til det sted, der kræver opmærksomhed</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>Show the record this rule is about</source>
        <translation>Vis den post, reglen handler om</translation>
    </message>
    <message>
        <source>&amp;Advance</source>
        <translation>Gå &amp;videre</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Gen&amp;åbn…</translation>
    </message>
    <message>
        <source>Reopen the signed audit with a reason; the signed revision stays on record</source>
        <translation>Genåbn den underskrevne audit med en begrundelse; den underskrevne revision bevares</translation>
    </message>
    <message>
        <source>The audit is &lt;b&gt;%1&lt;/b&gt;; it is the final state.</source>
        <translation>Auditten er &lt;b&gt;%1&lt;/b&gt;; det er den endelige tilstand.</translation>
    </message>
    <message>
        <source>The audit is in &lt;b&gt;%1&lt;/b&gt;. Every rule for &lt;b&gt;%2&lt;/b&gt; holds.</source>
        <translation>Auditten er i &lt;b&gt;%1&lt;/b&gt;. Alle regler for &lt;b&gt;%2&lt;/b&gt; er opfyldt.</translation>
    </message>
    <message>
        <source>The audit is in &lt;b&gt;%1&lt;/b&gt;. Before it can move to &lt;b&gt;%2&lt;/b&gt; — blockers: %3, warnings: %4.</source>
        <translation>Auditten er i &lt;b&gt;%1&lt;/b&gt;. Før den kan gå videre til &lt;b&gt;%2&lt;/b&gt; — blokerende: %3, advarsler: %4.</translation>
    </message>
    <message>
        <source>&amp;Advance to %1</source>
        <translation>Gå &amp;videre til %1</translation>
    </message>
    <message>
        <source>Cannot Advance</source>
        <translation>Kan ikke gå videre</translation>
    </message>
    <message>
        <source>The audit moved to %1.</source>
        <translation>Auditten er gået videre til %1.</translation>
    </message>
    <message>
        <source>Reopen Signed Audit</source>
        <translation>Genåbn underskrevet audit</translation>
    </message>
    <message>
        <source>Why is the signed audit reopened? The reason is kept with the signed revision.</source>
        <translation>Hvorfor genåbnes den underskrevne audit? Begrundelsen gemmes med den underskrevne revision.</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>Kan ikke genåbne</translation>
    </message>
    <message>
        <source>The audit was reopened for a new report revision.</source>
        <translation>Auditten blev genåbnet til en ny rapportrevision.</translation>
    </message>
    <message>
        <source>The engagement is &lt;b&gt;%1&lt;/b&gt;; it is the final state.</source>
        <translation>Erklæringsopgaven er &lt;b&gt;%1&lt;/b&gt;; det er den endelige status.</translation>
    </message>
    <message>
        <source>The engagement is in &lt;b&gt;%1&lt;/b&gt;. Every rule for &lt;b&gt;%2&lt;/b&gt; holds.</source>
        <translation>Erklæringsopgaven er i &lt;b&gt;%1&lt;/b&gt;. Alle regler for &lt;b&gt;%2&lt;/b&gt; er opfyldt.</translation>
    </message>
    <message>
        <source>The engagement is in &lt;b&gt;%1&lt;/b&gt;. Before it can move to &lt;b&gt;%2&lt;/b&gt; — blockers: %3, warnings: %4.</source>
        <translation>Erklæringsopgaven er i &lt;b&gt;%1&lt;/b&gt;. Før den kan gå videre til &lt;b&gt;%2&lt;/b&gt; — blokerende: %3, advarsler: %4.</translation>
    </message>
</context>
<context>
    <name>isoaudit::UserEntityControlTableModel</name>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Control the user entities operate</source>
        <translation>Kontrol, som brugervirksomhederne udfører</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Ingen audit er åben for redigering.</translation>
    </message>
    <message>
        <source>Describe the control the user entities operate.</source>
        <translation>Beskriv den kontrol, som brugervirksomhederne udfører.</translation>
    </message>
    <message>
        <source>Add user-entity control %1</source>
        <translation>Tilføj kontrol hos brugervirksomheder %1</translation>
    </message>
    <message>
        <source>Set ref of %1</source>
        <translation>Angiv ref. for %1</translation>
    </message>
    <message>
        <source>Set description of %1</source>
        <translation>Angiv beskrivelse for %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::UserGuideDialog</name>
    <message>
        <source>IsoAudit User Guide</source>
        <translation>Brugervejledning til IsoAudit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Søg i vejledningen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Vejledningens indhold</translation>
    </message>
    <message>
        <source>Contents: click a heading to go there</source>
        <translation>Indhold: klik på en overskrift for at gå dertil</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Brugervejledningens tekst</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of IsoAudit.</source>
        <translation>Brugervejledningen mangler i denne udgave af IsoAudit.</translation>
    </message>
    <message>
        <source>The link %1 leads nowhere in this guide.</source>
        <translation>Linket %1 fører ingen steder hen i denne vejledning.</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Fortsat fra slutningen</translation>
    </message>
    <message>
        <source>Continued from the start</source>
        <translation>Fortsat fra begyndelsen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <source>Back to the previous place in the guide (%1)</source>
        <translation>Tilbage til det forrige sted i vejledningen (%1)</translation>
    </message>
    <message>
        <source>Forward again (%1)</source>
        <translation>Frem igen (%1)</translation>
    </message>
    <message>
        <source>Find in the guide (%1)</source>
        <translation>Søg i vejledningen (%1)</translation>
    </message>
    <message>
        <source>Find the previous occurrence (%1)</source>
        <translation>Find den forrige forekomst (%1)</translation>
    </message>
    <message>
        <source>Find the next occurrence (%1)</source>
        <translation>Find den næste forekomst (%1)</translation>
    </message>
</context>
<context>
    <name>isoaudit::WelcomePage</name>
    <message>
        <source>&amp;New Audit…</source>
        <translation>&amp;Ny audit…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Audit</source>
        <translation>Åbn &amp;demoaudit</translation>
    </message>
    <message>
        <source>A complete example audit: risks, interviews, evidence and findings</source>
        <translation>En komplet eksempelaudit: risici, interview, auditbevis og fund</translation>
    </message>
    <message>
        <source>&amp;Recent audits:</source>
        <translation>&amp;Seneste audits:</translation>
    </message>
    <message>
        <source>Recent audits</source>
        <translation>Seneste audits</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent audits</source>
        <translation>Ingen seneste audits</translation>
    </message>
    <message>
        <source>&lt;h1&gt;IsoAudit&lt;/h1&gt;&lt;p&gt;The workbench for ISO/IEC 27001 certification audits and SOC 2 examinations. Open an audit file, start a new one, or try a demo.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;IsoAudit&lt;/h1&gt;&lt;p&gt;Arbejdsbordet til ISO/IEC 27001-certificeringsaudits og SOC 2-undersøgelser. Åbn en auditfil, start en ny, eller prøv en demo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SOC &amp;2 Demo</source>
        <translation>SOC &amp;2-demo</translation>
    </message>
    <message>
        <source>A complete example SOC 2 Type 2 engagement: controls, populations, samples and exceptions</source>
        <translation>Et komplet eksempel på en SOC 2 Type 2-erklæringsopgave: kontroller, populationer, stikprøver og afvigelser</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The .isoaudit file to open (default: the demo).</source>
        <translation>Den .isoaudit-fil, der skal åbnes (standard: demoauditten).</translation>
    </message>
    <message>
        <source>Open the file read-only.</source>
        <translation>Åbn filen skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Quit right after the first paint.</source>
        <translation>Afslut lige efter den første tegning.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the first paint, then quit.</source>
        <translation>Gem en PNG af vinduet efter den første tegning, og afslut derefter.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1366x768.</source>
        <translation>Vinduesstørrelse, f.eks. 1366x768.</translation>
    </message>
    <message>
        <source>User interface language: en, da, de, nl or fr (default: Preferences, else the system&apos;s).</source>
        <translation>Brugerfladens sprog: en, da, de, nl eller fr (standard: Indstillinger, ellers systemets).</translation>
    </message>
    <message>
        <source>Workbench for ISO/IEC 27001 lead auditors and SOC 2 service auditors</source>
        <translation>Arbejdsbord til ledende auditorer inden for ISO/IEC 27001 og SOC 2-revisorer</translation>
    </message>
    <message>
        <source>Show this page first (overview, plan, clauses, soa, risks, interviews, evidence, findings, report; for a SOC 2 engagement overview, engagement, controls, testing, exceptions, report).</source>
        <translation>Vis denne side først (overview, plan, clauses, soa, risks, interviews, evidence, findings, report; for en SOC 2-erklæringsopgave overview, engagement, controls, testing, exceptions, report).</translation>
    </message>
    <message>
        <source>Open the SOC 2 demo engagement instead of the ISO/IEC 27001 demo audit.</source>
        <translation>Åbn SOC 2-demoerklæringsopgaven i stedet for ISO/IEC 27001-demoauditten.</translation>
    </message>
</context>
</TS>
