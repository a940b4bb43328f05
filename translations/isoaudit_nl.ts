<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AppSettings</name>
    <message>
        <source>IsoAudit cannot show itself in &quot;%1&quot;; the languages are %2.</source>
        <translation>IsoAudit kan zich niet in &quot;%1&quot; tonen; de talen zijn %2.</translation>
    </message>
    <message>
        <source>Reports cannot be written in &quot;%1&quot;; the languages are %2.</source>
        <translation>Rapporten kunnen niet in &quot;%1&quot; worden geschreven; de talen zijn %2.</translation>
    </message>
    <message>
        <source>The report paper must be A4 or US Letter.</source>
        <translation>Het rapportpapier moet A4 of US Letter zijn.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path (such as %1), not &quot;%2&quot;.</source>
        <translation>De back-upmap moet een volledig pad zijn (zoals %1), niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it or choose another.</source>
        <translation>De back-upmap %1 bestaat niet. Maak deze aan of kies een andere.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not a folder you can write to.</source>
        <translation>De back-upmap %1 is geen map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>Back up every %1 to %2 minutes; %3 is not possible.</source>
        <translation>Maak elke %1 tot %2 minuten een back-up; %3 is niet mogelijk.</translation>
    </message>
    <message>
        <source>Keep %1 to %2 backups of each audit; %3 is not possible.</source>
        <translation>Bewaar %1 tot %2 back-ups van elke audit; %3 is niet mogelijk.</translation>
    </message>
    <message>
        <source>There is no built-in risk method &quot;%1&quot;; the choices are %2.</source>
        <translation>Er is geen ingebouwde risicomethode &quot;%1&quot;; de keuzes zijn %2.</translation>
    </message>
    <message>
        <source>An address or accreditation number needs the certification body&apos;s name as well.</source>
        <translation>Een adres of accreditatienummer vereist ook de naam van de certificatie-instelling.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>%1 is %2; files over %3 are not stored in an audit.</source>
        <translation>%1 is %2; bestanden groter dan %3 worden niet in een audit opgeslagen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>%1 bijvoegen</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n files</source>
        <translation>
            <numerusform>%n bestand bijvoegen</numerusform>
            <numerusform>%n bestanden bijvoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence %1</source>
        <translation>Bewijs %1 toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files as evidence</source>
        <translation>
            <numerusform>%n bestand als bewijs toevoegen</numerusform>
            <numerusform>%n bestanden als bewijs toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>AuditDatabase</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit file.</source>
        <translation>%1 is een map, geen auditbestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not an IsoAudit file, or it was not copied completely.</source>
        <translation>%1 is leeg (0 bytes): het is geen IsoAudit-bestand, of het is niet volledig gekopieerd.</translation>
    </message>
    <message>
        <source>%1 is not an IsoAudit file (it is not an SQLite database).</source>
        <translation>%1 is geen IsoAudit-bestand (het is geen SQLite-database).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes). It may have been copied only in part; use a complete copy or a backup.</source>
        <translation>%1 is beschadigd: het is korter dan de header aangeeft (%2 van %3 bytes). Mogelijk is het maar gedeeltelijk gekopieerd; gebruik een volledige kopie of een back-up.</translation>
    </message>
    <message>
        <source>%1 is read-only; it can only be opened read-only.</source>
        <translation>%1 is alleen-lezen; het kan alleen als alleen-lezen worden geopend.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an audit file: %2</source>
        <translation>%1 kan niet als auditbestand worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not an IsoAudit audit file.</source>
        <translation>%1 is een SQLite-database van een andere toepassing, geen IsoAudit-auditbestand.</translation>
    </message>
    <message>
        <source>%1 was written by a newer IsoAudit (file format %2; this version reads up to %3). Update IsoAudit to open it.</source>
        <translation>%1 is geschreven door een nieuwere IsoAudit (bestandsformaat %2; deze versie leest tot en met %3). Werk IsoAudit bij om het te openen.</translation>
    </message>
    <message>
        <source>%1 is not a complete IsoAudit file (it has no schema).</source>
        <translation>%1 is geen volledig IsoAudit-bestand (het heeft geen schema).</translation>
    </message>
    <message>
        <source>%1 uses the older file format %2 and must be upgraded, which needs write access.</source>
        <translation>%1 gebruikt het oudere bestandsformaat %2 en moet worden bijgewerkt; daarvoor is schrijftoegang nodig.</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it: %2</source>
        <translation>Kan geen kopie van %1 bewaren voordat het wordt bijgewerkt: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Het SQLite-stuurprogramma voor Qt ontbreekt (pakket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the folder does not allow SQLite&apos;s write-ahead log.</source>
        <translation>%1 kan niet worden geopend om te schrijven: de map staat het write-ahead log van SQLite niet toe.</translation>
    </message>
    <message>
        <source>Could not read the file format of %1: %2</source>
        <translation>Kan het bestandsformaat van %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to file format %2: %3</source>
        <translation>Kan %1 niet bijwerken naar bestandsformaat %2: %3</translation>
    </message>
    <message>
        <source>Could not record file format %1 in %2: %3</source>
        <translation>Kan bestandsformaat %1 niet vastleggen in %2: %3</translation>
    </message>
    <message>
        <source>The audit file %1 refused an operation: %2</source>
        <translation>Het auditbestand %1 weigerde een bewerking: %2</translation>
    </message>
    <message>
        <source>The audit file is not open.</source>
        <translation>Het auditbestand is niet geopend.</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Kan geen kopie schrijven naar %1: %2</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>de kopie kon niet worden gesloten</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation>het bestaande bestand kan niet worden vervangen</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>de kopie kan niet worden hernoemd</translation>
    </message>
    <message>
        <source>a %1 refers to a missing %2</source>
        <translation>een record in %1 verwijst naar een ontbrekend record in %2</translation>
    </message>
</context>
<context>
    <name>AuditGenerator</name>
    <message>
        <source>The numbers of records to generate must be 0 or more.</source>
        <translation>Het aantal te genereren records moet 0 of meer zijn.</translation>
    </message>
    <message>
        <source>Attachments belong to evidence: generate at least one evidence record to attach %1 MiB to.</source>
        <translation>Bijlagen horen bij bewijs: genereer ten minste één bewijsrecord om %1 MiB aan toe te voegen.</translation>
    </message>
    <message>
        <source>Generating the audit was cancelled; the file is unchanged.</source>
        <translation>Het genereren van de audit is geannuleerd; het bestand is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>AuditLock</name>
    <message>
        <source>an unknown user</source>
        <translation>een onbekende gebruiker</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>een onbekende computer</translation>
    </message>
    <message>
        <source>The lock %1 cannot be removed.</source>
        <translation>De vergrendeling %1 kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>%1 is open in IsoAudit by %2 on %3 since %4 — open it read-only?</source>
        <translation>%1 is geopend in IsoAudit door %2 op %3 sinds %4 — alleen-lezen openen?</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>%1 can only be opened read-only: its folder does not allow the lock file %2 (%3).</source>
        <translation>%1 kan alleen als alleen-lezen worden geopend: de map staat het vergrendelingsbestand %2 niet toe (%3).</translation>
    </message>
    <message>
        <source>The lock %1 keeps changing; another program is opening the audit.</source>
        <translation>De vergrendeling %1 blijft veranderen; een ander programma opent de audit.</translation>
    </message>
</context>
<context>
    <name>AuditPackage</name>
    <message>
        <source>The %1&apos;s %2 in this audit file is not a JSON array or object; it cannot be exported.</source>
        <translation>De %2 van de %1 in dit auditbestand is geen JSON-array of -object; het kan niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>%1 is not empty; a package can only be imported into a new audit file.</source>
        <translation>%1 is niet leeg; een pakket kan alleen in een nieuw auditbestand worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Could not move the imported audit into place as %1: %2.</source>
        <translation>Kan de geïmporteerde audit niet op zijn plaats zetten als %1: %2.</translation>
    </message>
    <message>
        <source>The audit file %1 has no %2 record; it is incomplete.</source>
        <translation>Het auditbestand %1 heeft geen %2-record; het is onvolledig.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Kan %1 niet schrijven: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit file.</source>
        <translation>%1 is een map, geen auditbestand.</translation>
    </message>
    <message>
        <source>%1 already exists; it is replaced only when you ask for that explicitly.</source>
        <translation>%1 bestaat al; het wordt alleen vervangen als u daar uitdrukkelijk om vraagt.</translation>
    </message>
    <message>
        <source>%1 is open in IsoAudit or was not closed cleanly; close it (or open and close it once), then import again.</source>
        <translation>%1 is geopend in IsoAudit of is niet correct afgesloten; sluit het (of open en sluit het één keer) en importeer opnieuw.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Kan %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Could not finish %1: the database log was not written back.</source>
        <translation>Kan %1 niet voltooien: het databaselog is niet teruggeschreven.</translation>
    </message>
</context>
<context>
    <name>AuditPlanDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Te bevestigen</translation>
    </message>
    <message>
        <source>The scope, the audit plan, confidentiality, the reporting method and the appeal process.</source>
        <translation>De scope, het auditplan, de vertrouwelijkheid, de wijze van rapporteren en de beroepsprocedure.</translation>
    </message>
    <message>
        <source>Findings presented</source>
        <translation>Bevindingen gepresenteerd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Business complexity</source>
        <translation>Complexiteit van de bedrijfsvoering</translation>
    </message>
    <message>
        <source>IT complexity</source>
        <translation>IT-complexiteit</translation>
    </message>
    <message>
        <source>Outsourcing</source>
        <translation>Uitbesteding</translation>
    </message>
    <message>
        <source>Multi-site sampling</source>
        <translation>Steekproef van locaties (multi-site)</translation>
    </message>
    <message>
        <source>Audit time</source>
        <translation>Audittijd</translation>
    </message>
    <message>
        <source>Persons counted</source>
        <translation>Getelde personen</translation>
    </message>
    <message>
        <source>Base audit time</source>
        <translation>Basisaudittijd</translation>
    </message>
    <message>
        <source>%1 auditor days</source>
        <translation>%1 auditordagen</translation>
    </message>
    <message>
        <source>Adjustment applied</source>
        <translation>Toegepaste aanpassing</translation>
    </message>
    <message>
        <source>This audit (%1)</source>
        <translation>Deze audit (%1)</translation>
    </message>
    <message>
        <source>Initial certification</source>
        <translation>Initiële certificatie</translation>
    </message>
    <message>
        <source>%1 auditor days (Stage 1: %2, Stage 2: %3)</source>
        <translation>%1 auditordagen (fase 1: %2, fase 2: %3)</translation>
    </message>
    <message>
        <source>Each surveillance audit</source>
        <translation>Elke controleaudit</translation>
    </message>
    <message>
        <source>Recertification audit</source>
        <translation>Hercertificeringsaudit</translation>
    </message>
    <message>
        <source>Computed per ISO/IEC 27006 from the chart &quot;%1&quot;.</source>
        <translation>Berekend volgens ISO/IEC 27006 aan de hand van de tabel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A.%1</source>
        <translation>A.%1</translation>
    </message>
    <message>
        <source>%1 audit plan — %2</source>
        <translation>Auditplan — %1 — %2</translation>
    </message>
    <message>
        <source>%1 audit plan</source>
        <translation>Auditplan — %1</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTROUWELIJK</translation>
    </message>
    <message>
        <source>Audit plan · Page %1 of %2</source>
        <translation>Auditplan · Pagina %1 van %2</translation>
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
        <translation>Klant</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type audit</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Auditdatums</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Auditdoelstellingen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Auditcriteria</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Certificatie-instelling</translation>
    </message>
    <message>
        <source>Audit team and sites</source>
        <translation>Auditteam en locaties</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>No audit team is recorded yet.</source>
        <translation>Er is nog geen auditteam vastgelegd.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Tijdschema</translation>
    </message>
    <message>
        <source>No clause or control is planned yet.</source>
        <translation>Er is nog geen clausule of beheersmaatregel gepland.</translation>
    </message>
    <message>
        <source>The clauses and controls planned for this audit, by day and time. Times are local to the site; the audit team may adjust the order on the day.</source>
        <translation>De voor deze audit geplande clausules en beheersmaatregelen, per dag en tijdstip. De tijden zijn de lokale tijden van de locatie; het auditteam kan de volgorde op de dag zelf aanpassen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Auditee</source>
        <translation>Geauditeerde</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>Geaudit door</translation>
    </message>
    <message>
        <source>Opening and closing meetings</source>
        <translation>Openings- en slotbijeenkomsten</translation>
    </message>
</context>
<context>
    <name>AuditTime</name>
    <message>
        <source>The number of full-time persons must be from 0 to 10,000,000.</source>
        <translation>Het aantal voltijdse personen moet tussen 0 en 10.000.000 liggen.</translation>
    </message>
    <message>
        <source>The part-time persons in FTE must be a number from 0 to 10,000,000.</source>
        <translation>Het aantal deeltijdse personen in fte moet een getal tussen 0 en 10.000.000 zijn.</translation>
    </message>
    <message>
        <source>There are no persons to size the audit by.</source>
        <translation>Er zijn geen personen opgegeven waarop de audittijd kan worden gebaseerd.</translation>
    </message>
    <message>
        <source>A group of persons doing the same simple work must have 1 person or more.</source>
        <translation>Een groep personen die hetzelfde eenvoudige werk doen, moet ten minste 1 persoon omvatten.</translation>
    </message>
    <message>
        <source>The persons doing the same simple work are part of the full-time persons and cannot be more than them.</source>
        <translation>De personen die hetzelfde eenvoudige werk doen, maken deel uit van de voltijdse personen en kunnen dat aantal niet overschrijden.</translation>
    </message>
    <message>
        <source>A complexity level is low, medium or high.</source>
        <translation>Een complexiteitsniveau moet low, medium of high zijn.</translation>
    </message>
    <message>
        <source>A complexity level needs the reason it was chosen.</source>
        <translation>Bij een complexiteitsniveau moet de reden voor de keuze worden vermeld.</translation>
    </message>
    <message>
        <source>An adjustment is a percent above -100 and up to 500.</source>
        <translation>Een aanpassing is een percentage boven -100 en tot en met 500.</translation>
    </message>
    <message>
        <source>An adjustment needs the reason it is made.</source>
        <translation>Bij een aanpassing moet de reden worden vermeld.</translation>
    </message>
    <message>
        <source>The number of sites sampled cannot be negative.</source>
        <translation>Het aantal locaties in de steekproef kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Another adjustment needs what it is and the reason it is made.</source>
        <translation>Bij een overige aanpassing moeten een omschrijving en de reden worden vermeld.</translation>
    </message>
    <message>
        <source>The audit type is stage1, stage2, surveillance, recertification or special.</source>
        <translation>Het type audit moet stage1, stage2, surveillance, recertification of special zijn.</translation>
    </message>
    <message>
        <source>The audit-time chart has no bands.</source>
        <translation>De audittijdtabel heeft geen klassen.</translation>
    </message>
    <message>
        <source>%1 persons are beyond the chart&apos;s last band (up to %2 persons), and the chart does not extrapolate.</source>
        <translation>%1 personen vallen buiten de laatste klasse van de tabel (tot en met %2 personen), en de tabel voorziet niet in extrapolatie.</translation>
    </message>
    <message>
        <source>The audit-time input&apos;s %1 is not a number.</source>
        <translation>Het veld %1 van de invoer voor de audittijd is geen getal.</translation>
    </message>
    <message>
        <source>The audit-time input&apos;s sameWorkGroups holds something other than numbers.</source>
        <translation>Het veld sameWorkGroups van de invoer voor de audittijd bevat iets anders dan getallen.</translation>
    </message>
    <message>
        <source>The stored audit time is incomplete: it lacks its base or initial days or its persons.</source>
        <translation>De opgeslagen audittijd is onvolledig: de basisdagen, de dagen voor de initiële audit of het aantal personen ontbreken.</translation>
    </message>
</context>
<context>
    <name>AuditTimeChart</name>
    <message>
        <source>The audit-time chart %1 cannot be read: %2</source>
        <translation>De audittijdtabel %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is not valid JSON: %2</source>
        <translation>De audittijdtabel %1 is geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is not an IsoAudit audit-time chart of version 1.</source>
        <translation>De audittijdtabel %1 is geen IsoAudit-audittijdtabel van versie 1.</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is invalid: %2</source>
        <translation>De audittijdtabel %1 is ongeldig: %2</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>klasse %1</translation>
    </message>
    <message>
        <source>%1: %2 is missing or not a whole number</source>
        <translation>%1: %2 ontbreekt of is geen geheel getal</translation>
    </message>
    <message>
        <source>%1: initialDays is missing or not a number</source>
        <translation>%1: initialDays ontbreekt of is geen getal</translation>
    </message>
    <message>
        <source>beyondLastBand.rule is &quot;%1&quot;, not &quot;progression&quot; or &quot;none&quot;</source>
        <translation>beyondLastBand.rule is &quot;%1&quot;, niet &quot;progression&quot; of &quot;none&quot;</translation>
    </message>
    <message>
        <source>policy.%1 is %2; it must be %3</source>
        <translation>policy.%1 is %2; dit moet %3 zijn</translation>
    </message>
    <message>
        <source>&quot;up&quot; or &quot;nearest&quot;</source>
        <translation>&quot;up&quot; of &quot;nearest&quot;</translation>
    </message>
    <message>
        <source>&quot;square-root&quot; or &quot;none&quot;</source>
        <translation>&quot;square-root&quot; of &quot;none&quot;</translation>
    </message>
    <message>
        <source>a number from 0 to below 100</source>
        <translation>een getal vanaf 0 en kleiner dan 100</translation>
    </message>
    <message>
        <source>policy.%1.%2 is missing or not a percent above -100 and up to 500</source>
        <translation>policy.%1.%2 ontbreekt of is geen percentage boven -100 en tot en met 500</translation>
    </message>
    <message>
        <source>policy.%1 has levels other than low, medium and high</source>
        <translation>policy.%1 bevat andere niveaus dan low, medium en high</translation>
    </message>
    <message>
        <source>a share above 0 and up to 1 (a number or a fraction such as 2/3)</source>
        <translation>een aandeel groter dan 0 en ten hoogste 1 (een getal of een breuk zoals 2/3)</translation>
    </message>
    <message>
        <source>a share above 0 and below 1 (a number or a fraction such as 1/3)</source>
        <translation>een aandeel groter dan 0 en kleiner dan 1 (een getal of een breuk zoals 1/3)</translation>
    </message>
    <message>
        <source>a number of days above 0 and up to 1</source>
        <translation>een aantal dagen groter dan 0 en ten hoogste 1</translation>
    </message>
    <message>
        <source>it has no id or no name</source>
        <translation>de tabel heeft geen id of geen naam</translation>
    </message>
    <message>
        <source>it has no bands</source>
        <translation>de tabel heeft geen klassen</translation>
    </message>
    <message>
        <source>band %1 (persons %2–%3)</source>
        <translation>klasse %1 (%2–%3 personen)</translation>
    </message>
    <message>
        <source>%1 starts at %2 persons; the chart must start at 1</source>
        <translation>%1 begint bij %2 personen; de tabel moet bij 1 beginnen</translation>
    </message>
    <message>
        <source>%1: personsMax is below personsMin</source>
        <translation>%1: personsMax is kleiner dan personsMin</translation>
    </message>
    <message>
        <source>%1: initialDays must be above 0</source>
        <translation>%1: initialDays moet groter zijn dan 0</translation>
    </message>
    <message>
        <source>%1 names the source &quot;%2&quot;, which the chart&apos;s sources do not list</source>
        <translation>%1 noemt de bron &quot;%2&quot;, die niet bij de bronnen van de tabel staat</translation>
    </message>
    <message>
        <source>%1 leaves a gap: the band before ends at %2 persons</source>
        <translation>%1 laat een gat: de vorige klasse eindigt bij %2 personen</translation>
    </message>
    <message>
        <source>%1 overlaps the band before, which ends at %2 persons</source>
        <translation>%1 overlapt de vorige klasse, die eindigt bij %2 personen</translation>
    </message>
    <message>
        <source>%1: initialDays %2 is not more than the %3 of the band before</source>
        <translation>%1: initialDays %2 is niet groter dan de %3 van de vorige klasse</translation>
    </message>
    <message>
        <source>beyondLastBand.rule &quot;progression&quot; needs at least two bands to follow</source>
        <translation>beyondLastBand.rule &quot;progression&quot; vereist ten minste twee klassen waarvan de reeks kan worden voortgezet</translation>
    </message>
</context>
<context>
    <name>AuditTimeText</name>
    <message>
        <source>Persons doing work under the organization&apos;s control: %1 full-time and %2 FTE part-time, counted as %3.</source>
        <translation>Personen die werkzaamheden verrichten onder het gezag van de organisatie: %1 voltijds en %2 fte deeltijds, geteld als %3.</translation>
    </message>
    <message>
        <source>Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 (the square root of each group, rounded up).</source>
        <translation>Van de voltijdse personen worden %1 die hetzelfde eenvoudige, repetitieve werk doen, geteld als %2 (de vierkantswortel van elke groep, naar boven afgerond).</translation>
    </message>
    <message>
        <source>Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 (the chart allows no reduction for them).</source>
        <translation>Van de voltijdse personen worden %1 die hetzelfde eenvoudige, repetitieve werk doen, geteld als %2 (de tabel staat voor hen geen reductie toe).</translation>
    </message>
    <message>
        <source>Audit time chart &quot;%1&quot;: %2 to %3 persons, %4 days for the initial audit (Stage 1 and Stage 2) before adjustment.</source>
        <translation>Audittijdtabel &quot;%1&quot;: %2 tot en met %3 personen, %4 dagen voor de initiële audit (fase 1 en fase 2) vóór aanpassing.</translation>
    </message>
    <message>
        <source>The persons exceed the chart&apos;s last band: this band is extrapolated by the chart&apos;s progression.</source>
        <translation>Het aantal personen ligt boven de laatste klasse van de tabel: deze klasse is geëxtrapoleerd volgens de progressie van de tabel.</translation>
    </message>
    <message>
        <source>Business complexity: %1, %2 % (%3).</source>
        <translation>Complexiteit van de bedrijfsvoering: %1, %2% (%3).</translation>
    </message>
    <message>
        <source>IT complexity: %1, %2 % (%3).</source>
        <translation>IT-complexiteit: %1, %2% (%3).</translation>
    </message>
    <message>
        <source>Outsourcing: %1 % (%2).</source>
        <translation>Uitbesteding: %1% (%2).</translation>
    </message>
    <message>
        <source>Multi-site sampling, %1 sites sampled: %2 % (%3).</source>
        <translation>Steekproef van locaties (multi-site), %1 locaties in de steekproef: %2% (%3).</translation>
    </message>
    <message>
        <source>Multi-site sampling: %1 % (%2).</source>
        <translation>Steekproef van locaties (multi-site): %1% (%2).</translation>
    </message>
    <message>
        <source>%1: %2 % (%3).</source>
        <translation>%1: %2% (%3).</translation>
    </message>
    <message>
        <source>No adjustment factors are recorded.</source>
        <translation>Er zijn geen aanpassingsfactoren vastgelegd.</translation>
    </message>
    <message>
        <source>Total adjustment: %1 %, limited to the largest reduction allowed, %2 %.</source>
        <translation>Totale aanpassing: %1%, beperkt tot de grootste toegestane reductie van %2%.</translation>
    </message>
    <message>
        <source>Total adjustment: %1 %.</source>
        <translation>Totale aanpassing: %1%.</translation>
    </message>
    <message>
        <source>Initial audit: %1 days (Stage 1: %2 days, Stage 2: %3 days). Each surveillance audit: %4 days. Recertification audit: %5 days.</source>
        <translation>Initiële audit: %1 dagen (fase 1: %2 dagen, fase 2: %3 dagen). Elke controleaudit: %4 dagen. Hercertificeringsaudit: %5 dagen.</translation>
    </message>
    <message>
        <source>This audit (%1): %2 days.</source>
        <translation>Deze audit (%1): %2 dagen.</translation>
    </message>
    <message>
        <source>This audit (%1): its time is set from the nonconformities it verifies, not from the chart.</source>
        <translation>Deze audit (%1): de audittijd wordt bepaald door de afwijkingen die worden geverifieerd, niet door de tabel.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Kan de audittrail niet lezen: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Entry #%1 follows #%2: entries are missing from the trail.</source>
        <translation>Item #%1 volgt op #%2: er ontbreken items in de audittrail.</translation>
    </message>
    <message>
        <source>Entry #%1 does not follow the entry before it (the chain is cut).</source>
        <translation>Item #%1 sluit niet aan op het item ervoor (de keten is verbroken).</translation>
    </message>
    <message>
        <source>Entry #%1 was changed after it was written (its hash does not match).</source>
        <translation>Item #%1 is gewijzigd nadat het is geschreven (de hash komt niet overeen).</translation>
    </message>
    <message>
        <source>Entry #%1: only the first entry is the trail&apos;s genesis.</source>
        <translation>Item #%1: alleen het eerste item is het begin van de audittrail.</translation>
    </message>
    <message>
        <source>Entry #%1 does not describe the record it adds.</source>
        <translation>Item #%1 beschrijft het record dat het toevoegt niet.</translation>
    </message>
    <message>
        <source>Entry #%1 changes a record the trail never added.</source>
        <translation>Item #%1 wijzigt een record dat de audittrail nooit heeft toegevoegd.</translation>
    </message>
    <message>
        <source>Entry #%1: the old value of %2 is not the value the trail last recorded.</source>
        <translation>Item #%1: de oude waarde van %2 is niet de waarde die de audittrail het laatst heeft vastgelegd.</translation>
    </message>
    <message>
        <source>The audit trail is empty although the file holds records: it was never opened for writing by an IsoAudit that keeps a trail, or the trail was deleted.</source>
        <translation>De audittrail is leeg, hoewel het bestand records bevat: het is nooit voor schrijven geopend door een IsoAudit die een audittrail bijhoudt, of de audittrail is verwijderd.</translation>
    </message>
    <message>
        <source>The %1 %2 is in the file but the audit trail never recorded it: it was added outside IsoAudit.</source>
        <translation>%1 %2 staat in het bestand, maar de audittrail heeft dit nooit vastgelegd: het is buiten IsoAudit toegevoegd.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed outside IsoAudit: %3 is %4 in the file, but the trail&apos;s last value (entry #%5) is %6.</source>
        <translation>%1 %2 is buiten IsoAudit gewijzigd: %3 is %4 in het bestand, maar de laatste waarde in de audittrail (item #%5) is %6.</translation>
    </message>
    <message>
        <source>The %1 %2 was moved to another owner outside IsoAudit.</source>
        <translation>%1 %2 is buiten IsoAudit naar een andere eigenaar verplaatst.</translation>
    </message>
    <message>
        <source>The %1 %2 was deleted outside IsoAudit (the trail has no entry removing it).</source>
        <translation>%1 %2 is buiten IsoAudit verwijderd (de audittrail heeft geen item dat het verwijdert).</translation>
    </message>
    <message>
        <source>The links of %1 were changed outside IsoAudit (the trail&apos;s last entry for them is #%2).</source>
        <translation>De koppelingen van %1 zijn buiten IsoAudit gewijzigd (het laatste item in de audittrail hiervoor is #%2).</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>De back-upmap %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>De back-up %1 kan niet worden teruggezet: %2</translation>
    </message>
    <message>
        <source>The current %1 cannot be kept as a backup, so it was not replaced.</source>
        <translation>Het huidige %1 kan niet als back-up worden bewaard en is daarom niet vervangen.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied next to %2.</source>
        <translation>De back-up %1 kan niet naast %2 worden gekopieerd.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; it is unchanged and the backup is still in %2.</source>
        <translation>%1 kan niet worden vervangen; het is ongewijzigd en de back-up staat nog in %2.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>De back-up is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 cannot be read for a backup: %2</source>
        <translation>%1 kan niet worden gelezen voor een back-up: %2</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>de kopie kon niet worden gesloten</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>de kopie kan niet worden hernoemd</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Kan geen kopie schrijven naar %1: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The catalog %1 cannot be read: %2</source>
        <translation>De catalogus %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is not valid JSON: %2</source>
        <translation>De catalogus %1 is geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is not an IsoAudit catalog of version 1.</source>
        <translation>De catalogus %1 is geen IsoAudit-catalogus van versie 1.</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: %2</source>
        <translation>De catalogus %1 is ongeldig: %2</translation>
    </message>
    <message>
        <source>it names no framework</source>
        <translation>er wordt geen normenkader genoemd</translation>
    </message>
    <message>
        <source>an item has no id or no title</source>
        <translation>een item heeft geen id of geen titel</translation>
    </message>
    <message>
        <source>an id occurs twice</source>
        <translation>een id komt twee keer voor</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: the group %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>De catalogus %1 is ongeldig: de groep %2 heeft het onbekende type &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: the item %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>De catalogus %1 is ongeldig: het item %2 heeft het onbekende type &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>the framework %1 has no name</source>
        <translation>het normenkader %1 heeft geen naam</translation>
    </message>
    <message>
        <source>the item %1 belongs to the group &quot;%2&quot;, which the catalog does not list</source>
        <translation>het item %1 hoort bij de groep &quot;%2&quot;, die niet in de catalogus staat</translation>
    </message>
    <message>
        <source>IsoAudit has no validation rules for the framework &quot;%1&quot; (it knows %2)</source>
        <translation>IsoAudit heeft geen validatieregels voor het normenkader &quot;%1&quot; (bekend zijn: %2)</translation>
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
        <translation>de Trust Services Criteria van de AICPA (versie 2017)</translation>
    </message>
    <message>
        <source>%1 has %2 auditable clause items, the catalog has %3</source>
        <translation>%1 heeft %2 auditeerbare clausule-items, de catalogus heeft er %3</translation>
    </message>
    <message>
        <source>%1 has %2 Annex A controls, the catalog has %3</source>
        <translation>%1 heeft %2 beheersmaatregelen in bijlage A, de catalogus heeft er %3</translation>
    </message>
    <message>
        <source>%1 has %2 criteria, the catalog has %3</source>
        <translation>%1 heeft %2 criteria, de catalogus heeft er %3</translation>
    </message>
    <message>
        <source>the %1 theme (%2) has %3 controls instead of %4</source>
        <translation>het thema %1 (%2) heeft %3 beheersmaatregelen in plaats van %4</translation>
    </message>
    <message>
        <source>the %1 category (%2) has %3 criteria instead of %4</source>
        <translation>de categorie %1 (%2) heeft %3 criteria in plaats van %4</translation>
    </message>
    <message>
        <source>the criterion %1 (%2) does not belong in the series %3 (%4)</source>
        <translation>het criterium %1 (%2) hoort niet in de reeks %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>There is no catalog in %1.</source>
        <translation>Er staat geen catalogus in %1.</translation>
    </message>
    <message>
        <source>The framework %1 has two catalogs in %2.</source>
        <translation>Het normenkader %1 heeft twee catalogi in %2.</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <source>The trusted certificates file %1 cannot be read: %2.</source>
        <translation>Het bestand met vertrouwde certificaten %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Het bevat geen PEM-certificaat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be read</source>
        <translation>het certificaat van de ondertekenaar kan niet worden gelezen</translation>
    </message>
</context>
<context>
    <name>CmsSigner</name>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <translation>Het certificaatbestand %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) certificate file.</source>
        <translation>Dit is geen PKCS#12-certificaatbestand (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open the PKCS#12 certificate file.</source>
        <translation>De wachtwoordzin is onjuist: deze opent het PKCS#12-certificaatbestand niet.</translation>
    </message>
    <message>
        <source>The PKCS#12 certificate file cannot be opened (%1).</source>
        <translation>Het PKCS#12-certificaatbestand kan niet worden geopend (%1).</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key with its certificate; a signature needs both.</source>
        <translation>Het PKCS#12-bestand bevat geen privésleutel bij het certificaat; een handtekening vereist beide.</translation>
    </message>
    <message>
        <source>The PKCS#12 file&apos;s private key does not belong to its certificate.</source>
        <translation>De privésleutel in het PKCS#12-bestand hoort niet bij het certificaat.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; sign with a valid certificate.</source>
        <translation>Het certificaat van %1 is verlopen op %2; onderteken met een geldig certificaat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet.</source>
        <translation>Het certificaat van %1 is nog niet geldig.</translation>
    </message>
    <message>
        <source>The signature cannot be prepared (%1).</source>
        <translation>De handtekening kan niet worden voorbereid (%1).</translation>
    </message>
    <message>
        <source>The signature cannot be computed (%1).</source>
        <translation>De handtekening kan niet worden berekend (%1).</translation>
    </message>
    <message>
        <source>The signature cannot be encoded (%1).</source>
        <translation>De handtekening kan niet worden gecodeerd (%1).</translation>
    </message>
</context>
<context>
    <name>CmsVerifier</name>
    <message>
        <source>The signature is not a readable CMS structure (%1).</source>
        <translation>De handtekening is geen leesbare CMS-structuur (%1).</translation>
    </message>
    <message>
        <source>The signature is not CMS SignedData.</source>
        <translation>De handtekening is geen CMS SignedData.</translation>
    </message>
    <message>
        <source>The signature has %1 signers; exactly one is expected.</source>
        <translation>De handtekening heeft %1 ondertekenaars; er wordt er precies één verwacht.</translation>
    </message>
    <message>
        <source>The signature does not match the signed bytes (%1).</source>
        <translation>De handtekening komt niet overeen met de ondertekende bytes (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>Het certificaat van de ondertekenaar staat niet in de handtekening.</translation>
    </message>
    <message>
        <source>The signature&apos;s signing-certificate attribute does not match the signer&apos;s certificate.</source>
        <translation>Het signing-certificate-attribuut van de handtekening komt niet overeen met het certificaat van de ondertekenaar.</translation>
    </message>
    <message>
        <source>Out of memory while verifying the signature.</source>
        <translation>Onvoldoende geheugen bij het controleren van de handtekening.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Dreiging</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Kwetsbaarheid</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Waarschijnlijkheid</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandelplan</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Beheersmaatregelen bijlage A</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restwaarschijnlijkheid</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Restimpact</translation>
    </message>
    <message>
        <source>Residual risk accepted</source>
        <translation>Restrisico geaccepteerd</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Geaccepteerd door</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Geaccepteerd op</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Van toepassing</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Rechtvaardiging</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementatie</translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Referentie van de klant</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objectief bewijs</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Vastgesteld door</translation>
    </message>
    <message>
        <source>The mapping names the field &quot;%1&quot;, which a %2 does not have; known fields: %3.</source>
        <translation>De toewijzing noemt het veld &quot;%1&quot;, dat een %2 niet heeft; bekende velden: %3.</translation>
    </message>
    <message>
        <source>None of the mapping&apos;s column headers appear in the table.</source>
        <translation>Geen van de kolomkoppen uit de toewijzing komt in de tabel voor.</translation>
    </message>
    <message>
        <source>Could not open the mapping %1: %2</source>
        <translation>Kan de toewijzing %1 niet openen: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>De toewijzing %1 is geen JSON-object: %2</translation>
    </message>
    <message>
        <source>Could not write the mapping %1: %2</source>
        <translation>Kan de toewijzing %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Handmatig of geautomatiseerd</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Kernbeheersmaatregel</translation>
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
        <translation>&quot;%1&quot; zegt niet hoe vaak de beheersmaatregel wordt uitgevoerd, terwijl de steekproefgrootte daarop is gebaseerd; de waarde wordt niet geïmporteerd: de beheersmaatregel behoudt zijn frequentie (een nieuwe beheersmaatregel begint met &quot;naar behoefte&quot;) totdat u er een kiest (leg een geautomatiseerde beheersmaatregel vast als geautomatiseerd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frequency IsoAudit can read without guessing (annual, quarterly, monthly, weekly, daily, several times a day, as needed); it is not imported: the control keeps its frequency (a new control starts as &quot;as needed&quot;) until you choose one.</source>
        <translation>&quot;%1&quot; is geen frequentie die IsoAudit zonder te gissen kan lezen (jaarlijks, per kwartaal, maandelijks, wekelijks, dagelijks, meerdere keren per dag, naar behoefte); de waarde wordt niet geïmporteerd: de beheersmaatregel behoudt zijn frequentie (een nieuwe beheersmaatregel begint met &quot;naar behoefte&quot;) totdat u er een kiest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither manual nor automated (an IT-dependent manual or semi-automated control is yours to classify); it is not imported: the control keeps its classification (a new control starts as manual) until you choose one.</source>
        <translation>&quot;%1&quot; is noch handmatig noch geautomatiseerd (een IT-afhankelijke handmatige of semi-geautomatiseerde beheersmaatregel classificeert u zelf); de waarde wordt niet geïmporteerd: de beheersmaatregel behoudt zijn classificatie (een nieuwe beheersmaatregel begint als handmatig) totdat u er een kiest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services Criterion; it is not linked.</source>
        <translation>&quot;%1&quot; is geen criterium van de Trust Services Criteria; het wordt niet gekoppeld.</translation>
    </message>
    <message>
        <source>The cell names no Trust Services Criterion.</source>
        <translation>De cel noemt geen criterium van de Trust Services Criteria.</translation>
    </message>
</context>
<context>
    <name>CorrectiveActions</name>
    <message>
        <source>Finding %1 is graded %2; only major and minor nonconformities take corrective action.</source>
        <translation>Bevinding %1 is geclassificeerd als %2; alleen grote en kleine afwijkingen vragen om een corrigerende maatregel.</translation>
    </message>
    <message>
        <source>The deadline for a major nonconformity&apos;s corrective action must be %1 to %2 days; %3 is not.</source>
        <translation>De termijn voor de corrigerende maatregel van een grote afwijking moet %1 tot %2 dagen zijn; %3 is dat niet.</translation>
    </message>
    <message>
        <source>The deadline for a minor nonconformity&apos;s action plan must be %1 to %2 days; %3 is not.</source>
        <translation>De termijn voor het plan van aanpak van een kleine afwijking moet %1 tot %2 dagen zijn; %3 is dat niet.</translation>
    </message>
    <message>
        <source>There is no finding %1 in this audit.</source>
        <translation>Er is geen bevinding %1 in deze audit.</translation>
    </message>
    <message>
        <source>A corrective action&apos;s status must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>De status van een corrigerende maatregel moet een van de volgende zijn: %1; &quot;%2&quot; is dat niet.</translation>
    </message>
    <message>
        <source>Say who changes the corrective action&apos;s status; it is kept in its history.</source>
        <translation>Geef aan wie de status van de corrigerende maatregel wijzigt; dit wordt in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>Major nonconformity %1 must be verified within six months of this Stage 2&apos;s last day, by %2; %3 is later. After that date another Stage 2 is needed before certification can be recommended.</source>
        <translation>Grote afwijking %1 moet binnen zes maanden na de laatste dag van deze fase 2-audit worden geverifieerd, dus uiterlijk %2; %3 ligt later. Na die datum is een nieuwe fase 2-audit nodig voordat certificatie kan worden aanbevolen.</translation>
    </message>
    <message>
        <source>A corrective action cannot go from %1 to %2; the order is %3, %4, %5, %6, then %7 or %8.</source>
        <translation>Een corrigerende maatregel kan niet van &quot;%1&quot; naar &quot;%2&quot; gaan; de volgorde is %3, %4, %5, %6 en daarna %7 of %8.</translation>
    </message>
</context>
<context>
    <name>CrossChecks</name>
    <message>
        <source>Risk %1 scores %2, above the acceptance threshold %3, and has no treatment.</source>
        <translation>Risico %1 scoort %2, boven de acceptatiegrens %3, en heeft geen behandeling.</translation>
    </message>
    <message>
        <source>A risk above the client&apos;s own acceptance criteria left without treatment means the risk treatment process (6.1.3, 8.3) is not achieving its intended result.</source>
        <translation>Een risico boven de eigen acceptatiecriteria van de klant dat onbehandeld blijft, betekent dat het risicobehandelingsproces (6.1.3, 8.3) het beoogde resultaat niet bereikt.</translation>
    </message>
    <message>
        <source>Risk %1 is to be mitigated but names no Annex A control.</source>
        <translation>Risico %1 moet worden beperkt, maar noemt geen beheersmaatregel uit bijlage A.</translation>
    </message>
    <message>
        <source>Risk register entry %1: treatment &quot;mitigate&quot;, no controls chosen.</source>
        <translation>Risicoregister, item %1: behandeling &quot;beperken&quot;, geen beheersmaatregelen gekozen.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 b) requires the controls needed to implement the treatment to be determined; one register entry lacks them.</source>
        <translation>Clausule 6.1.3 b) vereist dat de beheersmaatregelen die nodig zijn om de behandeling te implementeren worden bepaald; één item in het register mist deze.</translation>
    </message>
    <message>
        <source>Risk %1 is treated with control %2, which the SoA marks not applicable.</source>
        <translation>Risico %1 wordt behandeld met beheersmaatregel %2, die in de VvT als niet van toepassing is aangemerkt.</translation>
    </message>
    <message>
        <source>Risk register entry %1 lists control %2; SoA entry %2: not applicable (&quot;%3&quot;).</source>
        <translation>Risicoregister, item %1 noemt beheersmaatregel %2; VvT-item %2: niet van toepassing (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The SoA and the risk treatment plan disagree (6.1.3 d); the control cannot both treat a risk and be excluded.</source>
        <translation>De VvT en het risicobehandelplan zijn niet met elkaar in overeenstemming (6.1.3 d); de beheersmaatregel kan niet tegelijk een risico behandelen en uitgesloten zijn.</translation>
    </message>
    <message>
        <source>Risk %1 keeps a residual score of %2, above the acceptance threshold %3, without the risk owner&apos;s acceptance.</source>
        <translation>Risico %1 houdt een restscore van %2, boven de acceptatiegrens %3, zonder acceptatie door de risico-eigenaar.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 f) requires the risk owners&apos; acceptance of residual risk; the gap is in one register entry.</source>
        <translation>Clausule 6.1.3 f) vereist dat de risico-eigenaren het restrisico accepteren; de tekortkoming zit in één item van het register.</translation>
    </message>
    <message>
        <source>Control %1 is applicable, but no risk is treated with it and the SoA states no other reason (legal, contractual, business) for including it.</source>
        <translation>Beheersmaatregel %1 is van toepassing, maar er wordt geen risico mee behandeld en de VvT vermeldt geen andere reden (wettelijk, contractueel, zakelijk) om deze op te nemen.</translation>
    </message>
    <message>
        <source>SoA entry %1: applicable, no justification; no risk register entry lists it.</source>
        <translation>VvT-item %1: van toepassing, geen rechtvaardiging; geen item in het risicoregister noemt het.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires a justification for every included control; one SoA entry lacks it.</source>
        <translation>Clausule 6.1.3 d) vereist een rechtvaardiging voor elke opgenomen beheersmaatregel; één VvT-item mist deze.</translation>
    </message>
    <message>
        <source>Control %1 is excluded from the SoA without a justification.</source>
        <translation>Beheersmaatregel %1 is zonder rechtvaardiging uitgesloten in de VvT.</translation>
    </message>
    <message>
        <source>SoA entry %1: not applicable, justification empty.</source>
        <translation>VvT-item %1: niet van toepassing, rechtvaardiging leeg.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires the justification of every exclusion; one SoA entry lacks it.</source>
        <translation>Clausule 6.1.3 d) vereist een rechtvaardiging voor elke uitsluiting; één VvT-item mist deze.</translation>
    </message>
    <message numerus="yes">
        <source>The SoA does not state whether %n control(s) apply: %1.</source>
        <translation>
            <numerusform>De VvT vermeldt niet of %n beheersmaatregel van toepassing is: %1.</numerusform>
            <numerusform>De VvT vermeldt niet of %n beheersmaatregelen van toepassing zijn: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of Applicability: no applicability stated for %1.</source>
        <translation>Verklaring van toepasselijkheid: geen toepasselijkheid vermeld voor %1.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires the SoA to cover all 93 Annex A controls; a documentation gap that does not by itself show the ISMS failing.</source>
        <translation>Clausule 6.1.3 d) vereist dat de VvT alle 93 beheersmaatregelen van bijlage A omvat; een tekortkoming in de documentatie die op zichzelf niet aantoont dat het ISMS faalt.</translation>
    </message>
    <message>
        <source>There is no current cross-check result &quot;%1&quot; (see isoaudit-cli crosscheck).</source>
        <translation>Er is geen actueel resultaat van kruiscontrole &quot;%1&quot; (zie isoaudit-cli crosscheck).</translation>
    </message>
    <message>
        <source>Risk above the acceptance threshold with no treatment</source>
        <translation>Risico boven de acceptatiegrens zonder behandeling</translation>
    </message>
    <message>
        <source>Risk to be mitigated with no Annex A control</source>
        <translation>Te beperken risico zonder beheersmaatregel uit bijlage A</translation>
    </message>
    <message>
        <source>Risk treated with a control the SoA marks not applicable</source>
        <translation>Risico behandeld met een beheersmaatregel die volgens de VvT niet van toepassing is</translation>
    </message>
    <message>
        <source>Applicable control with no linked risk and no stated reason</source>
        <translation>Toepasselijke beheersmaatregel zonder gekoppeld risico en zonder vermelde reden</translation>
    </message>
    <message>
        <source>Exclusion without justification</source>
        <translation>Uitsluiting zonder rechtvaardiging</translation>
    </message>
    <message>
        <source>SoA does not cover all 93 Annex A controls</source>
        <translation>VvT omvat niet alle 93 beheersmaatregelen van bijlage A</translation>
    </message>
    <message>
        <source>Residual risk above the threshold, not accepted</source>
        <translation>Restrisico boven de grens, niet geaccepteerd</translation>
    </message>
    <message>
        <source>Cross-check result %1 is already raised as finding %2.</source>
        <translation>Resultaat van kruiscontrole %1 is al vastgelegd als bevinding %2.</translation>
    </message>
    <message>
        <source>Cross-check result %1 was dismissed (&quot;%2&quot;); withdraw the dismissal before raising it.</source>
        <translation>Resultaat van kruiscontrole %1 is verworpen (&quot;%2&quot;); trek de verwerping in voordat u het als bevinding vastlegt.</translation>
    </message>
    <message>
        <source>This audit already has a finding %1; choose another reference.</source>
        <translation>Deze audit heeft al een bevinding %1; kies een andere referentie.</translation>
    </message>
    <message>
        <source>Dismissing cross-check result %1 needs a reason, which is kept with the audit.</source>
        <translation>Voor het verwerpen van resultaat van kruiscontrole %1 is een reden nodig; deze wordt bij de audit bewaard.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is raised as finding %2; delete the finding to dismiss it instead.</source>
        <translation>Resultaat van kruiscontrole %1 is vastgelegd als bevinding %2; verwijder de bevinding om het in plaats daarvan te verwerpen.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is already dismissed.</source>
        <translation>Resultaat van kruiscontrole %1 is al verworpen.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is not dismissed.</source>
        <translation>Resultaat van kruiscontrole %1 is niet verworpen.</translation>
    </message>
    <message>
        <source>likelihood and impact</source>
        <translation>waarschijnlijkheid en impact</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>waarschijnlijkheid</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>Risk %1 is not rated: its %2 is not stated, so its level of risk cannot be compared with the acceptance criteria.</source>
        <translation>Risico %1 is niet ingeschaald: er is geen %2 vermeld, dus het risiconiveau kan niet met de acceptatiecriteria worden vergeleken.</translation>
    </message>
    <message>
        <source>Risk register entry %1: %2 not stated.</source>
        <translation>Risicoregister, item %1: %2 niet vermeld.</translation>
    </message>
    <message>
        <source>Clause 6.1.2 d) requires each identified risk to be analysed (its consequences and likelihood assessed and its level determined); one register entry is not.</source>
        <translation>Clausule 6.1.2 d) vereist dat elk geïdentificeerd risico wordt geanalyseerd (gevolgen en waarschijnlijkheid beoordeeld, risiconiveau bepaald); één item in het register is niet geanalyseerd.</translation>
    </message>
    <message>
        <source>Risk %1 names no risk owner.</source>
        <translation>Voor risico %1 is geen risico-eigenaar genoemd.</translation>
    </message>
    <message>
        <source>Risk register entry %1: risk owner not stated.</source>
        <translation>Risicoregister, item %1: risico-eigenaar niet vermeld.</translation>
    </message>
    <message>
        <source>Clause 6.1.2 c) 2) requires the risk owners to be identified; one register entry lacks its owner.</source>
        <translation>Clausule 6.1.2 c) 2) vereist dat de risico-eigenaren worden geïdentificeerd; één item in het register heeft geen eigenaar.</translation>
    </message>
    <message>
        <source>Risk %1 scores %2, above the acceptance threshold %3, and is accepted without a residual rating.</source>
        <translation>Risico %1 scoort %2, boven de acceptatiegrens %3, en is geaccepteerd zonder inschaling van het restrisico.</translation>
    </message>
    <message>
        <source>Risk register entry %1: treatment &quot;accept&quot; at score %2 (threshold %3); residual likelihood and impact not stated.</source>
        <translation>Risicoregister, item %1: behandeling &quot;accepteren&quot; bij score %2 (grens %3); restwaarschijnlijkheid en -impact niet vermeld.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 e) and f) require the residual risk to be known and accepted by the risk owner; an acceptance above the client&apos;s own criteria with no residual rating leaves that open for one entry.</source>
        <translation>Clausule 6.1.3 e) en f) vereist dat het restrisico bekend is en door de risico-eigenaar is geaccepteerd; een acceptatie boven de eigen criteria van de klant zonder inschaling van het restrisico laat dat voor één item open.</translation>
    </message>
    <message>
        <source>The residual risk of %1 was accepted by %2, not by its risk owner %3.</source>
        <translation>Het restrisico van %1 is geaccepteerd door %2, niet door de risico-eigenaar %3.</translation>
    </message>
    <message>
        <source>Risk register entry %1: risk owner %2; residual risk accepted by %3.</source>
        <translation>Risicoregister, item %1: risico-eigenaar %2; restrisico geaccepteerd door %3.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 f) requires the risk owners to approve the treatment plan and accept the residual risk; dismiss the result if %1 acts for the owner under a documented delegation.</source>
        <translation>Clausule 6.1.3 f) vereist dat de risico-eigenaren het risicobehandelplan goedkeuren en het restrisico accepteren; verwerp het resultaat als %1 namens de eigenaar handelt op grond van een gedocumenteerd mandaat.</translation>
    </message>
    <message>
        <source>Clause %1 requires documented information, and no document or record linked to it is recorded in this audit. Was it presented? Link what you sighted, or raise a finding if it was requested and not available.</source>
        <translation>Clausule %1 vereist gedocumenteerde informatie, maar in deze audit is geen daaraan gekoppeld document of registratie vastgelegd. Is deze getoond? Koppel wat u hebt ingezien, of leg een bevinding vast als erom is gevraagd en het niet beschikbaar was.</translation>
    </message>
    <message>
        <source>State which documented information for clause %1 was requested, from whom, and what was presented.</source>
        <translation>Vermeld welke gedocumenteerde informatie voor clausule %1 is opgevraagd, bij wie, en wat er is getoond.</translation>
    </message>
    <message>
        <source>Documented information that is missing while the process itself operates is suggested as minor. If the process the clause requires is absent, the capability of the management system to achieve its intended results is in doubt: grade it major (ISO/IEC 17021-1 definition of a major nonconformity).</source>
        <translation>Ontbrekende gedocumenteerde informatie terwijl het proces zelf wel werkt, wordt als kleine afwijking voorgesteld. Ontbreekt het proces dat de clausule vereist, dan staat het vermogen van het managementsysteem om de beoogde resultaten te bereiken ter discussie: classificeer de bevinding dan als grote afwijking (definitie van een grote afwijking in ISO/IEC 17021-1).</translation>
    </message>
    <message>
        <source>Required documented information not linked to any evidence</source>
        <translation>Vereiste gedocumenteerde informatie niet gekoppeld aan bewijs</translation>
    </message>
    <message>
        <source>Risk with no likelihood or impact rating</source>
        <translation>Risico zonder inschaling van waarschijnlijkheid of impact</translation>
    </message>
    <message>
        <source>Risk with no risk owner</source>
        <translation>Risico zonder risico-eigenaar</translation>
    </message>
    <message>
        <source>Risk above the threshold accepted with no residual rating</source>
        <translation>Risico boven de grens geaccepteerd zonder inschaling van het restrisico</translation>
    </message>
    <message>
        <source>Residual risk accepted by someone other than its owner</source>
        <translation>Restrisico geaccepteerd door een ander dan de eigenaar</translation>
    </message>
    <message>
        <source>A finding&apos;s grade in this audit must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>De classificatie van een bevinding moet in deze audit een van de volgende zijn: %1; &quot;%2&quot; is dat niet.</translation>
    </message>
    <message>
        <source>Risk register entry %1: %2; treatment option not stated.</source>
        <translation>Risicoregister, item %1: %2; behandeloptie niet vermeld.</translation>
    </message>
    <message>
        <source>Risk register entry %1: residual %2; no acceptance by the owner (%3) recorded.</source>
        <translation>Risicoregister, item %1: restrisico (%2); geen acceptatie door de eigenaar (%3) vastgelegd.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1 opens a quoted field that is never closed.</source>
        <translation>Rij %1 opent een veld tussen aanhalingstekens dat nooit wordt gesloten.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB; split it before importing.</source>
        <translation>%1 is groter dan 256 MB; splits het vóór het importeren.</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>De tabel</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 is leeg: er is niets te importeren.</translation>
    </message>
    <message>
        <source>%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.</source>
        <translation>%1 is een zip-archief (een Excel-werkmap?), geen CSV-bestand; sla het op als .xlsx.</translation>
    </message>
    <message>
        <source>%1 is not a text table (CSV): it holds binary data.</source>
        <translation>%1 is geen teksttabel (CSV): het bevat binaire gegevens.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabgescheiden</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>puntkommagescheiden</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagescheiden</translation>
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
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 is leeg: er is niets te importeren.</translation>
    </message>
    <message>
        <source>%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.</source>
        <translation>%1 is een zip-archief (een Excel-werkmap?), geen CSV-bestand; sla het op als .xlsx.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>CyclePlan</name>
    <message>
        <source>Surveillance 1</source>
        <translation>Controleaudit 1</translation>
    </message>
    <message>
        <source>Surveillance 2</source>
        <translation>Controleaudit 2</translation>
    </message>
</context>
<context>
    <name>DemoAudit</name>
    <message>
        <source>The demo audit is missing from this build of IsoAudit (%1).</source>
        <translation>De demo-audit ontbreekt in deze build van IsoAudit (%1).</translation>
    </message>
    <message>
        <source>No folder was given for the demo audit.</source>
        <translation>Er is geen map opgegeven voor de demo-audit.</translation>
    </message>
    <message>
        <source>The folder %1 for the demo audit cannot be created.</source>
        <translation>De map %1 voor de demo-audit kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The demo audit could not be created in %1: %2</source>
        <translation>De demo-audit kon niet worden aangemaakt in %1: %2</translation>
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
        <translation>Opnieuw vastgesteld: de correctie en de corrigerende maatregel van %1 (vastgesteld tijdens %2 op %3) waren niet effectief.</translation>
    </message>
    <message>
        <source>%1 names more than one earlier nonconformity; name it as REF@REPORT: %2.</source>
        <translation>%1 verwijst naar meer dan één eerdere afwijking; geef de afwijking aan als REF@REPORT: %2.</translation>
    </message>
    <message>
        <source>This audit carries no earlier nonconformities to verify.</source>
        <translation>Deze audit bevat geen eerdere afwijkingen om te verifiëren.</translation>
    </message>
    <message>
        <source>No earlier nonconformity %1; this audit carries: %2.</source>
        <translation>Er is geen eerdere afwijking %1; deze audit bevat: %2.</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;; use one of: %2.</source>
        <translation>Onbekend oordeel &quot;%1&quot;; gebruik een van de volgende: %2.</translation>
    </message>
    <message>
        <source>Raised again: the correction and corrective action of %1 (raised at %2) were not effective.</source>
        <translation>Opnieuw vastgesteld: de correctie en de corrigerende maatregel van %1 (vastgesteld tijdens %2) waren niet effectief.</translation>
    </message>
</context>
<context>
    <name>EarlierVerification</name>
    <message>
        <source>Unknown verdict &quot;%1&quot;.</source>
        <translation>Onbekend oordeel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 passed through a special audit; it is verified at the next audit.</source>
        <translation>%1 is via een bijzondere audit doorgeschoven; deze afwijking wordt tijdens de volgende audit geverifieerd.</translation>
    </message>
    <message>
        <source>Clear the verdict on %1</source>
        <translation>Oordeel over %1 wissen</translation>
    </message>
    <message>
        <source>Verify %1: %2</source>
        <translation>%1 verifiëren: %2</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>A new engagement needs the service organization&apos;s name.</source>
        <translation>Een nieuwe opdracht heeft de naam van de serviceorganisatie nodig.</translation>
    </message>
    <message>
        <source>A new engagement needs the engagement lead&apos;s name.</source>
        <translation>Een nieuwe opdracht heeft de naam van de opdrachtleider nodig.</translation>
    </message>
    <message>
        <source>Unknown SOC 2 report type &quot;%1&quot;; use type1 or type2.</source>
        <translation>Onbekend type SOC 2-rapport &quot;%1&quot;; gebruik type1 of type2.</translation>
    </message>
    <message>
        <source>A Type 2 engagement needs the start and the end of the period it reports on.</source>
        <translation>Een Type 2-opdracht heeft het begin en het einde nodig van de periode waarover wordt gerapporteerd.</translation>
    </message>
    <message>
        <source>The period ends (%1) on or before it starts (%2).</source>
        <translation>De periode eindigt (%1) op of vóór de begindatum (%2).</translation>
    </message>
    <message>
        <source>A Type 1 engagement needs the date its report speaks as of.</source>
        <translation>Een Type 1-opdracht heeft de datum nodig waarop het rapport betrekking heeft (de peildatum).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services category; use %2.</source>
        <translation>&quot;%1&quot; is geen Trust Services-categorie; gebruik %2.</translation>
    </message>
</context>
<context>
    <name>EngagementData</name>
    <message>
        <source>This audit is not a SOC 2 engagement (its framework is %1).</source>
        <translation>Deze audit is geen SOC 2-opdracht (het normenkader is %1).</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Niet getest</translation>
    </message>
    <message>
        <source>Did not occur</source>
        <translation>Kwam niet voor</translation>
    </message>
</context>
<context>
    <name>ExceptionRollup</name>
    <message>
        <source>There is no control %1 in this engagement.</source>
        <translation>Deze opdracht heeft geen beheersmaatregel %1.</translation>
    </message>
    <message>
        <source>Control %1 has no exceptions to assess: none of its sample items or tests found a deviation.</source>
        <translation>Beheersmaatregel %1 heeft geen afwijkingen om te beoordelen: geen van de items in de steekproef of de testen heeft een afwijking aan het licht gebracht.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 moet een geheel getal zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 moet tussen %2 en %3 liggen, niet %4.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 moet waar of onwaar zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 moet een datum in de vorm JJJJ-MM-DD zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO 8601 (YYYY-MM-DDThh:mm), not &quot;%2&quot;.</source>
        <translation>%1 moet een datum en tijd in ISO 8601 zijn (JJJJ-MM-DDTuu:mm), niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 moet een van de volgende zijn: %2.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2; &quot;%3&quot; is not.</source>
        <translation>%1 moet een van de volgende zijn: %2; &quot;%3&quot; is dat niet.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 is geen geldige JSON: %2.</translation>
    </message>
</context>
<context>
    <name>FileImage</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Could not read the table %1: %2</source>
        <translation>Kan de tabel %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>The audit is in file format %1, newer than this IsoAudit (format %2): update IsoAudit.</source>
        <translation>De audit heeft bestandsformaat %1, nieuwer dan het formaat van deze versie van IsoAudit (%2): werk IsoAudit bij.</translation>
    </message>
    <message>
        <source>The audit is in file format %1, older than this IsoAudit&apos;s (format %2): push it again with this version.</source>
        <translation>De audit heeft bestandsformaat %1, ouder dan het formaat van deze versie van IsoAudit (%2): verzend de audit opnieuw met deze versie.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>the table %1 is not in this file format (%2)</source>
        <translation>de tabel %1 bestaat niet in dit bestandsformaat (%2)</translation>
    </message>
    <message>
        <source>a row of %1 has %2 values for %3 columns</source>
        <translation>een rij van %1 heeft %2 waarden voor %3 kolommen</translation>
    </message>
    <message>
        <source>a row of %1 was refused: %2</source>
        <translation>een rij van %1 is geweigerd: %2</translation>
    </message>
    <message>
        <source>a row of %1 refers to a record that is not in the audit</source>
        <translation>een rij van %1 verwijst naar een record dat niet in de audit staat</translation>
    </message>
    <message>
        <source>its audit trail does not verify (%1)</source>
        <translation>de verificatie van de audittrail mislukt (%1)</translation>
    </message>
    <message>
        <source>the finished file could not be renamed into place</source>
        <translation>het voltooide bestand kon niet onder zijn definitieve naam worden geplaatst</translation>
    </message>
</context>
<context>
    <name>FindingClassifier</name>
    <message>
        <source>The nature of a nonconformity must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>De aard van een afwijking moet een van de volgende zijn: %1; &quot;%2&quot; is dat niet.</translation>
    </message>
    <message>
        <source>Give both the samples that failed and the samples taken, or neither.</source>
        <translation>Geef zowel het aantal afgekeurde items als de steekproefgrootte op, of geen van beide.</translation>
    </message>
    <message>
        <source>Sample counts cannot be negative.</source>
        <translation>Aantallen in de steekproef kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1 samples cannot fail out of %2 taken.</source>
        <translation>Er kunnen geen %1 items zijn afgekeurd in een steekproef van %2.</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Bevinding %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 samples failed.</source>
        <translation>Afgekeurd: %1 van de %2 items in de steekproef.</translation>
    </message>
    <message>
        <source>ISO/IEC 17021-1 defines a major nonconformity as one that affects the capability of the management system to achieve its intended results.</source>
        <translation>ISO/IEC 17021-1 definieert een grote afwijking als een afwijking die van invloed is op het vermogen van het managementsysteem om de beoogde resultaten te bereiken.</translation>
    </message>
    <message>
        <source>Major: the process the requirement calls for is absent, so the capability of the management system to achieve its intended results is in doubt.</source>
        <translation>Grote afwijking: het proces dat de eis voorschrijft ontbreekt, zodat het vermogen van het managementsysteem om de beoogde resultaten te bereiken ter discussie staat.</translation>
    </message>
    <message>
        <source>Major: the requirement has broken down across instances, not in one, which gives significant doubt that effective process control is in place.</source>
        <translation>Grote afwijking: niet in één geval maar in meerdere gevallen is niet aan de eis voldaan, wat ernstige twijfel geeft of er effectieve beheersing van het proces is.</translation>
    </message>
    <message>
        <source>Major: you recorded significant doubt that the ISMS can achieve its intended results.</source>
        <translation>Grote afwijking: u hebt ernstige twijfel vastgelegd of het ISMS de beoogde resultaten kan bereiken.</translation>
    </message>
    <message>
        <source>Major by the certification body&apos;s sampling policy, not by ISO/IEC 17021-1 (which sets no failure rate): %1 of %2 samples failed, more than the policy&apos;s %3 %. Grade minor if the failures share one isolated cause and the capability of the ISMS is not in doubt.</source>
        <translation>Grote afwijking volgens het steekproefbeleid van de certificatie-instelling, niet volgens ISO/IEC 17021-1 (die geen afkeurpercentage vastlegt): %1 van de %2 items in de steekproef afgekeurd, meer dan de %3% van het beleid. Classificeer als kleine afwijking als de afkeuringen één incidentele oorzaak hebben en het vermogen van het ISMS niet ter discussie staat.</translation>
    </message>
    <message>
        <source>Minor: the requirement is not fulfilled in an isolated instance, and the capability of the ISMS to achieve its intended results is not affected (ISO/IEC 17021-1 minor nonconformity).</source>
        <translation>Kleine afwijking: in een incidenteel geval is niet aan de eis voldaan, en het vermogen van het ISMS om de beoogde resultaten te bereiken wordt niet aangetast (kleine afwijking volgens ISO/IEC 17021-1).</translation>
    </message>
    <message>
        <source>The sampling policy&apos;s failure rate must be 1 to 100 %; %1 is not.</source>
        <translation>Het afkeurpercentage van het steekproefbeleid moet 1 tot 100% zijn; %1 is dat niet.</translation>
    </message>
    <message>
        <source>The sampling policy needs at least one failed sample; %1 is not enough.</source>
        <translation>Het steekproefbeleid vereist minstens één afgekeurd item; %1 is niet genoeg.</translation>
    </message>
    <message>
        <source>Say whether the required process is absent, operates without the documented information required, has broken down systemically, or shows an isolated lapse; the grade follows from that.</source>
        <translation>Geef aan of het vereiste proces ontbreekt, werkt zonder de vereiste gedocumenteerde informatie, systematisch faalt of een incidentele tekortkoming vertoont; de classificatie volgt daaruit.</translation>
    </message>
    <message>
        <source>Minor: the process operates, but the documented information the requirement calls for is missing; that alone does not affect the capability of the ISMS to achieve its intended results (ISO/IEC 17021-1 minor nonconformity). Grade major if the missing information puts effective process control in doubt.</source>
        <translation>Kleine afwijking: het proces werkt, maar de gedocumenteerde informatie die de eis voorschrijft ontbreekt; dat alleen tast het vermogen van het ISMS om de beoogde resultaten te bereiken niet aan (kleine afwijking volgens ISO/IEC 17021-1). Classificeer als grote afwijking als de ontbrekende informatie de effectieve beheersing van het proces ter discussie stelt.</translation>
    </message>
    <message>
        <source>a major nonconformity</source>
        <translation>een grote afwijking</translation>
    </message>
    <message>
        <source>a minor nonconformity</source>
        <translation>een kleine afwijking</translation>
    </message>
    <message>
        <source>Area of concern: a Stage 1 audit identifies areas of concern that could be classified as nonconformities at Stage 2 (ISO/IEC 17021-1 9.3.1.2.2). At Stage 2 this would be %1. %2</source>
        <translation>Aandachtspunt: een fase 1-audit stelt aandachtspunten vast die in fase 2 als afwijking kunnen worden geclassificeerd (ISO/IEC 17021-1 9.3.1.2.2). In fase 2 zou dit %1 zijn. %2</translation>
    </message>
</context>
<context>
    <name>HeatMapPainter</name>
    <message>
        <source>The client&apos;s risk method defines no likelihood or impact levels.</source>
        <translation>De risicomethode van de klant definieert geen niveaus voor waarschijnlijkheid of impact.</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Waarschijnlijkheid ↑</translation>
    </message>
    <message>
        <source>Heavy line: the client&apos;s acceptance threshold (scores up to %1 are acceptable).</source>
        <translation>Dikke lijn: de acceptatiegrens van de klant (scores tot en met %1 zijn acceptabel).</translation>
    </message>
    <message>
        <source>The client&apos;s method states no acceptance threshold.</source>
        <translation>De methode van de klant vermeldt geen acceptatiegrens.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) plotted</source>
        <translation>
            <numerusform>%n risico weergegeven</numerusform>
            <numerusform>%n risico&apos;s weergegeven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a rating not plotted</source>
        <translation>
            <numerusform>%n zonder beoordeling niet weergegeven</numerusform>
            <numerusform>%n zonder beoordeling niet weergegeven</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %1 (%n rows)</source>
        <translation>
            <numerusform>%1 importeren (%n rij)</numerusform>
            <numerusform>%1 importeren (%n rijen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>column %1 &quot;%2&quot;: not imported</source>
        <translation>kolom %1 &quot;%2&quot;: niet geïmporteerd</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; -&gt; %3</source>
        <translation>kolom %1 &quot;%2&quot; -&gt; %3</translation>
    </message>
    <message>
        <source>%1: %2 data rows read; %3 new, %4 updated; %5 problems in the row report.</source>
        <translation>%1: %2 gegevensrijen gelezen; %3 nieuw, %4 bijgewerkt; %5 problemen in het rijenrapport.</translation>
    </message>
    <message>
        <source>row %1: %2 (ISO/IEC 27001:2013) read as A.%3 (2022)</source>
        <translation>rij %1: %2 (ISO/IEC 27001:2013) gelezen als A.%3 (2022)</translation>
    </message>
    <message>
        <source>The SoA does not cover %1 of the 93 Annex A controls; they are left as they were: %2</source>
        <translation>De VvT omvat %1 van de 93 beheersmaatregelen van bijlage A niet; deze blijven zoals ze waren: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rij %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2 &quot;%3&quot;, value &quot;%4&quot;: %5</source>
        <translation>rij %1, kolom %2 &quot;%3&quot;, waarde &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>read: %1; header row %2</source>
        <translation>gelezen: %1; koprij %2</translation>
    </message>
    <message>
        <source>2013 numbering mapped to 2022:</source>
        <translation>Nummering 2013 omgezet naar 2022:</translation>
    </message>
    <message>
        <source>row report:</source>
        <translation>rijenrapport:</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>The lifecycle state and the report revision change only by advancing or reopening the audit, which checks the workflow rules.</source>
        <translation>De levenscyclusstatus en de rapportrevisie veranderen alleen door de audit verder te zetten of te heropenen, waarbij de workflowregels worden gecontroleerd.</translation>
    </message>
    <message>
        <source>The audit is signed: the signed report is the record and cannot change. Reopen the audit with a reason to make changes.</source>
        <translation>De audit is ondertekend: het ondertekende rapport is de vastlegging en kan niet veranderen. Heropen de audit met een reden om wijzigingen aan te brengen.</translation>
    </message>
    <message numerus="yes">
        <source>The audit cannot move to %1: %n rule(s) are not met.</source>
        <translation>
            <numerusform>De audit kan niet naar %1: aan %n regel is niet voldaan.</numerusform>
            <numerusform>De audit kan niet naar %1: aan %n regels is niet voldaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>An audit advances to fieldwork or reporting, not &quot;%1&quot;.</source>
        <translation>Een audit gaat verder naar fieldwork of reporting, niet naar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An audit becomes signed by signing its report: use `isoaudit-cli sign` or Report ▸ Sign report…</source>
        <translation>Een audit wordt ondertekend door het rapport te ondertekenen: gebruik `isoaudit-cli sign` of Rapport ▸ Rapport ondertekenen…</translation>
    </message>
    <message>
        <source>The audit is already in %1.</source>
        <translation>De audit heeft al de status %1.</translation>
    </message>
    <message>
        <source>The audit is in %1; it can only advance to %2, one step at a time.</source>
        <translation>De audit heeft de status %1; deze kan alleen naar %2, één stap tegelijk.</translation>
    </message>
    <message>
        <source>nothing (reopen it first)</source>
        <translation>niets (heropen de audit eerst)</translation>
    </message>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Alleen een audit met de status rapportage kan worden ondertekend; deze heeft de status %1.</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name and the time of signing.</source>
        <translation>Een handtekening vereist de naam van de ondertekenaar en het tijdstip van ondertekening.</translation>
    </message>
    <message>
        <source>Only a signed audit can be reopened; this one is in %1.</source>
        <translation>Alleen een ondertekende audit kan worden heropend; deze heeft de status %1.</translation>
    </message>
    <message>
        <source>Reopening a signed audit needs a reason; it is kept with the signed revision.</source>
        <translation>Voor het heropenen van een ondertekende audit is een reden nodig; deze wordt bij de ondertekende revisie bewaard.</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>The audit is signed; there is no further step.</source>
        <translation>De audit is ondertekend; er is geen volgende stap.</translation>
    </message>
    <message>
        <source>The audit was opened read-only; its state cannot change.</source>
        <translation>De audit is alleen-lezen geopend; de status kan niet veranderen.</translation>
    </message>
    <message>
        <source>Reopening a signed audit needs a reason; it is kept with the signed revision.</source>
        <translation>Voor het heropenen van een ondertekende audit is een reden nodig; deze wordt bij de ondertekende revisie bewaard.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 Annex A</source>
        <translation>ISO/IEC 27001 bijlage A</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 clauses 4–10</source>
        <translation>ISO/IEC 27001 clausules 4–10</translation>
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
        <translation>Blokkerend (regel %1)</translation>
    </message>
    <message>
        <source>Warning (rule %1)</source>
        <translation>Waarschuwing (regel %1)</translation>
    </message>
</context>
<context>
    <name>MergeSides</name>
    <message>
        <source>Push: Merge with the Repository&apos;s Version</source>
        <translation>Verzenden: samenvoegen met de versie in de repository</translation>
    </message>
    <message>
        <source>Push to %1: Merge with the Repository&apos;s Version</source>
        <translation>Verzenden naar %1: samenvoegen met de versie in de repository</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Samenvoegen met %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict to resolve</source>
        <translation>
            <numerusform>%n conflict op te lossen</numerusform>
            <numerusform>%n conflicten op te lossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n conflict op te lossen</numerusform>
            <numerusform>%n conflicten op te lossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change to send</source>
        <translation>
            <numerusform>%n wijziging te verzenden</numerusform>
            <numerusform>%n wijzigingen te verzenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to send</source>
        <translation>
            <numerusform>%n wijziging te verzenden</numerusform>
            <numerusform>%n wijzigingen te verzenden</numerusform>
        </translation>
    </message>
    <message>
        <source>This file against the repository&apos;s version: %1, no conflicts</source>
        <translation>Dit bestand ten opzichte van de versie in de repository: %1, geen conflicten</translation>
    </message>
    <message>
        <source>This file against the repository&apos;s version: %1, %2</source>
        <translation>Dit bestand ten opzichte van de versie in de repository: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change to take</source>
        <translation>
            <numerusform>%n wijziging over te nemen</numerusform>
            <numerusform>%n wijzigingen over te nemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to take</source>
        <translation>
            <numerusform>%n wijziging over te nemen</numerusform>
            <numerusform>%n wijzigingen over te nemen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no conflicts</source>
        <translation>Uit %1: %2, geen conflicten</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>Uit %1: %2, %3</translation>
    </message>
    <message>
        <source>Changes only one side made are taken as they are. For each conflict choose which version stands: the other stays in the history. Alt+M keeps the repository&apos;s version, Alt+T takes this file&apos;s, Alt+B keeps both texts; the arrow keys move through the list.</source>
        <translation>Wijzigingen die maar aan één kant zijn aangebracht, worden ongewijzigd overgenomen. Kies bij elk conflict welke versie geldt: de andere blijft in de geschiedenis bewaard. Alt+M behoudt de versie in de repository, Alt+T neemt de versie van dit bestand over, Alt+B behoudt beide teksten; met de pijltoetsen gaat u door de lijst.</translation>
    </message>
    <message>
        <source>Changes only one side made are taken as they are. For each conflict choose which version stands: the other stays in the history. Alt+M keeps mine, Alt+T takes theirs, Alt+B keeps both texts; the arrow keys move through the list.</source>
        <translation>Wijzigingen die maar aan één kant zijn aangebracht, worden ongewijzigd overgenomen. Kies bij elk conflict welke versie geldt: de andere blijft in de geschiedenis bewaard. Alt+M behoudt mijn versie, Alt+T neemt hun versie over, Alt+B behoudt beide teksten; met de pijltoetsen gaat u door de lijst.</translation>
    </message>
    <message>
        <source>Changes in this file</source>
        <translation>Wijzigingen in dit bestand</translation>
    </message>
    <message>
        <source>Changes in the team member&apos;s copy</source>
        <translation>Wijzigingen in de kopie van het teamlid</translation>
    </message>
    <message>
        <source>Keep A&amp;ll the Repository&apos;s</source>
        <translation>Overal de versie in de repository beh&amp;ouden</translation>
    </message>
    <message>
        <source>Keep A&amp;ll Mine</source>
        <translation>Overal mijn versie beh&amp;ouden</translation>
    </message>
    <message>
        <source>Keep the repository&apos;s version of every conflict</source>
        <translation>Bij elk conflict de versie in de repository behouden</translation>
    </message>
    <message>
        <source>Keep your file&apos;s version of every conflict</source>
        <translation>Bij elk conflict de versie van uw bestand behouden</translation>
    </message>
    <message>
        <source>Take All from T&amp;his File</source>
        <translation>Overal de versie van dit bestand over&amp;nemen</translation>
    </message>
    <message>
        <source>Take All T&amp;heirs</source>
        <translation>Overal hun versie over&amp;nemen</translation>
    </message>
    <message>
        <source>Take this file&apos;s version of every conflict</source>
        <translation>Bij elk conflict de versie van dit bestand overnemen</translation>
    </message>
    <message>
        <source>Take the copy&apos;s version of every conflict</source>
        <translation>Bij elk conflict de versie van de kopie overnemen</translation>
    </message>
    <message>
        <source>Merge and Push</source>
        <translation>Samenvoegen en verzenden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Merge this file into the repository&apos;s version and push it; this file is then replaced by the merged audit</source>
        <translation>Dit bestand samenvoegen met de versie in de repository en verzenden; daarna wordt dit bestand vervangen door de samengevoegde audit</translation>
    </message>
    <message>
        <source>Bring the changes into your file as one step (Ctrl+Z takes it back)</source>
        <translation>De wijzigingen in één stap in uw bestand overnemen (Ctrl+Z maakt dit ongedaan)</translation>
    </message>
    <message>
        <source>When last in sync</source>
        <translation>Bij de laatste synchronisatie</translation>
    </message>
    <message>
        <source>At the fork</source>
        <translation>Oorspronkelijk</translation>
    </message>
    <message>
        <source>The repository&apos;s version</source>
        <translation>De versie in de repository</translation>
    </message>
    <message>
        <source>Mine (your file)</source>
        <translation>Mijn versie (uw bestand)</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Dit bestand</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Hun versie (%1)</translation>
    </message>
    <message>
        <source>Keep the repository&apos;s</source>
        <translation>Versie in de repository behouden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn versie behouden</translation>
    </message>
    <message>
        <source>Take this file&apos;s</source>
        <translation>Versie van dit bestand overnemen</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Hun versie overnemen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behouden</translation>
    </message>
    <message>
        <source>Keep the record (the repository&apos;s changes)</source>
        <translation>Record behouden (wijzigingen in de repository)</translation>
    </message>
    <message>
        <source>Keep the record (this file&apos;s changes)</source>
        <translation>Record behouden (wijzigingen in dit bestand)</translation>
    </message>
    <message>
        <source>the team member</source>
        <translation>het teamlid</translation>
    </message>
    <message>
        <source>Keep the record (your changes)</source>
        <translation>Record behouden (uw wijzigingen)</translation>
    </message>
    <message>
        <source>Keep the record (%1&apos;s changes)</source>
        <translation>Record behouden (wijzigingen van %1)</translation>
    </message>
    <message>
        <source>Delete it (as this file did)</source>
        <translation>Verwijderen (zoals in dit bestand)</translation>
    </message>
    <message>
        <source>Delete it (as the repository&apos;s version did)</source>
        <translation>Verwijderen (zoals in de repository)</translation>
    </message>
    <message>
        <source>Delete it (as %1 did)</source>
        <translation>Verwijderen (zoals %1 deed)</translation>
    </message>
    <message>
        <source>Delete it (as you did)</source>
        <translation>Verwijderen (zoals u deed)</translation>
    </message>
    <message>
        <source>This file added this record. The push adds it to the repository.</source>
        <translation>In dit bestand is dit record toegevoegd. Bij het verzenden wordt het aan de repository toegevoegd.</translation>
    </message>
    <message>
        <source>This file changed this record. The changes below are sent to the repository.</source>
        <translation>In dit bestand is dit record gewijzigd. De onderstaande wijzigingen worden naar de repository verzonden.</translation>
    </message>
    <message>
        <source>This file deleted this record, which nobody changed in the repository. It is deleted there too; the history keeps it.</source>
        <translation>In dit bestand is dit record verwijderd en niemand heeft het in de repository gewijzigd. Het wordt daar ook verwijderd; de geschiedenis bewaart het.</translation>
    </message>
    <message>
        <source>This file deleted this record; the repository&apos;s version changed it. Keep it or delete it.</source>
        <translation>In dit bestand is dit record verwijderd; in de versie in de repository is het gewijzigd. Behoud het of verwijder het.</translation>
    </message>
    <message>
        <source>This file deleted this record; %1 changed it in the repository&apos;s version. Keep it or delete it.</source>
        <translation>In dit bestand is dit record verwijderd; in de versie in de repository is het gewijzigd door %1. Behoud het of verwijder het.</translation>
    </message>
    <message>
        <source>The repository&apos;s version deleted this record; this file changed it. Keep it or delete it.</source>
        <translation>In de versie in de repository is dit record verwijderd; in dit bestand is het gewijzigd. Behoud het of verwijder het.</translation>
    </message>
    <message>
        <source>%1 deleted this record in the repository&apos;s version; this file changed it. Keep it or delete it.</source>
        <translation>In de versie in de repository is dit record verwijderd door %1; in dit bestand is het gewijzigd. Behoud het of verwijder het.</translation>
    </message>
    <message>
        <source>This file (changed by %1) and the repository&apos;s version (changed by %2) both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Dit record is zowel in dit bestand (gewijzigd door %1) als in de versie in de repository (gewijzigd door %2) gewijzigd. Maak hieronder per veld een keuze; de versie die u niet kiest, blijft in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>This file and the repository&apos;s version both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Dit record is zowel in dit bestand als in de versie in de repository gewijzigd. Maak hieronder per veld een keuze; de versie die u niet kiest, blijft in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Niets te verzenden.</translation>
    </message>
    <message>
        <source>The team member</source>
        <translation>Het teamlid</translation>
    </message>
    <message>
        <source>%1 added this record. It is added to your file.</source>
        <translation>%1 heeft dit record toegevoegd. Het wordt aan uw bestand toegevoegd.</translation>
    </message>
    <message>
        <source>%1 changed this record. The changes below are taken.</source>
        <translation>%1 heeft dit record gewijzigd. De onderstaande wijzigingen worden overgenomen.</translation>
    </message>
    <message>
        <source>%1 deleted this record, which nobody changed in your file. It is deleted here too; the history keeps it.</source>
        <translation>%1 heeft dit record verwijderd en niemand heeft het in uw bestand gewijzigd. Het wordt ook hier verwijderd; de geschiedenis bewaart het.</translation>
    </message>
    <message>
        <source>%1 deleted this record; you changed it. Keep it or delete it.</source>
        <translation>%1 heeft dit record verwijderd; u hebt het gewijzigd. Behoud het of verwijder het.</translation>
    </message>
    <message>
        <source>You deleted this record; %1 changed it. Keep it or delete it.</source>
        <translation>U hebt dit record verwijderd; %1 heeft het gewijzigd. Behoud het of verwijder het.</translation>
    </message>
    <message>
        <source>You and %1 both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>U en %1 hebben allebei dit record gewijzigd. Maak hieronder per veld een keuze; de versie die u niet kiest, blijft in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>Nothing to bring over.</source>
        <translation>Niets over te nemen.</translation>
    </message>
    <message>
        <source>Also taken from this file, without a conflict</source>
        <translation>Ook zonder conflict overgenomen uit dit bestand</translation>
    </message>
    <message>
        <source>Taken from this file</source>
        <translation>Overgenomen uit dit bestand</translation>
    </message>
    <message>
        <source>Also taken from %1, without a conflict</source>
        <translation>Ook zonder conflict overgenomen uit %1</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Overgenomen uit %1</translation>
    </message>
    <message>
        <source>Now in the repository</source>
        <translation>Nu in de repository</translation>
    </message>
    <message>
        <source>Now in your file</source>
        <translation>Nu in uw bestand</translation>
    </message>
    <message>
        <source>The record as it is in the repository</source>
        <translation>Het record zoals het in de repository staat</translation>
    </message>
    <message>
        <source>The record as it is in your file</source>
        <translation>Het record zoals het in uw bestand staat</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>A file of %1</source>
        <translation>Een bestand van %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>de kopie</translation>
    </message>
    <message>
        <source>%1&apos;s copy</source>
        <translation>de kopie van %1</translation>
    </message>
</context>
<context>
    <name>NextAudit</name>
    <message numerus="yes">
        <source>Team: %n member(s) besides the lead, editable.</source>
        <translation>
            <numerusform>Team: %n lid naast de lead auditor, bewerkbaar.</numerusform>
            <numerusform>Team: %n leden naast de lead auditor, bewerkbaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Risk register: %n risk(s) carried over as the starting point.</source>
        <translation>
            <numerusform>Risicoregister: %n risico overgenomen als uitgangspunt.</numerusform>
            <numerusform>Risicoregister: %n risico&apos;s overgenomen als uitgangspunt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of Applicability carried over; the last audit&apos;s verdicts are kept as context.</source>
        <translation>Verklaring van toepasselijkheid overgenomen; de oordelen van de vorige audit blijven als context bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier nonconformities to verify: %n.</source>
        <translation>
            <numerusform>Te verifiëren eerdere afwijkingen: %n.</numerusform>
            <numerusform>Te verifiëren eerdere afwijkingen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme: the last audit is now part of the history.</source>
        <translation>Auditprogramma: de vorige audit maakt nu deel uit van de historie.</translation>
    </message>
    <message>
        <source>Plan: %1 clause items and %2 controls proposed from the programme&apos;s coverage.</source>
        <translation>Plan: %1 clausule-items en %2 beheersmaatregelen voorgesteld op basis van de dekking van het auditprogramma.</translation>
    </message>
    <message>
        <source>Unknown audit type &quot;%1&quot;; use one of: stage2, surveillance, recertification, special.</source>
        <translation>Onbekend type audit &quot;%1&quot;; gebruik een van de volgende: stage2, surveillance, recertification, special.</translation>
    </message>
    <message>
        <source>A Stage 1 audit starts a client&apos;s initial certification; create it as a new audit.</source>
        <translation>Met een fase 1-audit begint de initiële certificatie van een klant; maak deze aan als nieuwe audit.</translation>
    </message>
    <message>
        <source>Only an ISO/IEC 27001 audit belongs to a certification cycle; this one is not.</source>
        <translation>Alleen een ISO/IEC 27001-audit hoort bij een certificatiecyclus; deze audit is dat niet.</translation>
    </message>
    <message>
        <source>The last audit is not signed (it is in %1): the next audit starts from a signed audit, so that what it carries forward is what the signed report says.</source>
        <translation>De vorige audit is niet ondertekend (status: %1): de volgende audit gaat uit van een ondertekende audit, zodat wat wordt overgenomen overeenkomt met het ondertekende rapport.</translation>
    </message>
    <message>
        <source>A %1 audit does not follow a %2 audit in the certification cycle.</source>
        <translation>Een audit van het type %1 volgt in de certificatiecyclus niet op een audit van het type %2.</translation>
    </message>
    <message>
        <source>The next audit needs a file of its own; %1 is the last audit&apos;s.</source>
        <translation>De volgende audit heeft een eigen bestand nodig; %1 is het bestand van de vorige audit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the signed report %1: %2</source>
        <translation>Kan het ondertekende rapport %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not the report signed for %2 (its SHA-256 differs from the signed revision&apos;s).</source>
        <translation>%1 is niet het rapport dat voor %2 is ondertekend (de SHA-256 wijkt af van die van de ondertekende revisie).</translation>
    </message>
</context>
<context>
    <name>Opinion</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opinion; use %2.</source>
        <translation>&quot;%1&quot; is geen oordeel; gebruik %2.</translation>
    </message>
    <message>
        <source>The criteria not met must be criteria of the categories in scope; %1 is not.</source>
        <translation>De criteria waaraan niet is voldaan, moeten criteria zijn van de categorieën binnen de scope; %1 is dat niet.</translation>
    </message>
    <message>
        <source>The criteria not met must be criteria of the categories in scope; %1 are not.</source>
        <translation>De criteria waaraan niet is voldaan, moeten criteria zijn van de categorieën binnen de scope; %1 zijn dat niet.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given: criterion %1 is not met. Give a qualified or adverse opinion, or take it off the criteria not met.</source>
        <translation>Een goedkeurend oordeel is niet mogelijk: aan criterium %1 is niet voldaan. Geef een oordeel met beperking of een afkeurend oordeel, of haal het criterium van de lijst van criteria waaraan niet is voldaan.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given: criteria %1 are not met. Give a qualified or adverse opinion, or take them off the criteria not met.</source>
        <translation>Een goedkeurend oordeel is niet mogelijk: aan de criteria %1 is niet voldaan. Geef een oordeel met beperking of een afkeurend oordeel, of haal ze van de lijst van criteria waaraan niet is voldaan.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given yet: every control mapped to %1 failed (exceptions assessed as systematic, or a design not suitably designed) and the effect on the criterion is not stated. State each exception&apos;s effect (or the design note), or list the criterion as not met.</source>
        <translation>Een goedkeurend oordeel is nog niet mogelijk: elke beheersmaatregel die aan %1 is gekoppeld, heeft gefaald (afwijkingen beoordeeld als systematisch, of een opzet die niet passend is) en het effect op het criterium is niet vermeld. Vermeld het effect van elke afwijking (of de toelichting op de opzet), of zet het criterium op de lijst van criteria waaraan niet is voldaan.</translation>
    </message>
    <message>
        <source>A qualified opinion names at least one criterion that is not met.</source>
        <translation>Een oordeel met beperking noemt ten minste één criterium waaraan niet is voldaan.</translation>
    </message>
    <message>
        <source>A qualified opinion states its basis: the matter that gives rise to the qualification.</source>
        <translation>Een oordeel met beperking vermeldt de basis ervoor: de aangelegenheid die tot de beperking leidt.</translation>
    </message>
    <message>
        <source>An adverse opinion states its basis: why the controls did not achieve the criteria.</source>
        <translation>Een afkeurend oordeel vermeldt de basis ervoor: waarom de beheersmaatregelen niet aan de criteria hebben voldaan.</translation>
    </message>
    <message>
        <source>A disclaimer of opinion states its basis: why sufficient evidence could not be obtained.</source>
        <translation>Een oordeelonthouding vermeldt de basis ervoor: waarom geen voldoende en geschikt bewijs kon worden verkregen.</translation>
    </message>
</context>
<context>
    <name>PackageCrypto</name>
    <message>
        <source>An encrypted package needs a passphrase.</source>
        <translation>Een versleuteld pakket vereist een wachtwoordzin.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; the package was not written.</source>
        <translation>De toevalsgenerator van het systeem is mislukt; het pakket is niet geschreven.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation>De sleutel kon niet uit de wachtwoordzin worden afgeleid (scrypt mislukt).</translation>
    </message>
    <message>
        <source>The package could not be encrypted (OpenSSL AES-256-GCM failed).</source>
        <translation>Het pakket kon niet worden versleuteld (OpenSSL AES-256-GCM mislukt).</translation>
    </message>
    <message>
        <source>This is not an encrypted IsoAudit package.</source>
        <translation>Dit is geen versleuteld IsoAudit-pakket.</translation>
    </message>
    <message>
        <source>The encrypted package is truncated (%1 bytes): it was not copied completely.</source>
        <translation>Het versleutelde pakket is afgekapt (%1 bytes): het is niet volledig gekopieerd.</translation>
    </message>
    <message>
        <source>The encrypted package has format version %1; this IsoAudit reads version %2. Update IsoAudit.</source>
        <translation>Het versleutelde pakket heeft formaatversie %1; deze IsoAudit leest versie %2. Werk IsoAudit bij.</translation>
    </message>
    <message>
        <source>The encrypted package uses an unknown key derivation (%1).</source>
        <translation>Het versleutelde pakket gebruikt een onbekende sleutelafleiding (%1).</translation>
    </message>
    <message>
        <source>The encrypted package&apos;s key derivation parameters are out of range; it is damaged or was not written by IsoAudit.</source>
        <translation>De parameters voor sleutelafleiding van het versleutelde pakket liggen buiten het bereik; het is beschadigd of niet door IsoAudit geschreven.</translation>
    </message>
    <message>
        <source>The package is encrypted: a passphrase is needed.</source>
        <translation>Het pakket is versleuteld: er is een wachtwoordzin nodig.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted: the passphrase is wrong, or the package was changed or damaged after it was sealed.</source>
        <translation>Het pakket kan niet worden ontsleuteld: de wachtwoordzin is onjuist, of het pakket is gewijzigd of beschadigd nadat het is verzegeld.</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>an array</source>
        <translation>een array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2.</source>
        <translation>ongeldige JSON op positie %1: %2.</translation>
    </message>
    <message>
        <source>not an IsoAudit package (it is a JSON array, not an object with &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>geen IsoAudit-pakket (het is een JSON-array, geen object met &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>not an IsoAudit package (it has no &quot;format&quot;; expected &quot;%1&quot;).</source>
        <translation>geen IsoAudit-pakket (het heeft geen &quot;format&quot;; verwacht: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>not an IsoAudit package (format is %1, expected &quot;%2&quot;).</source>
        <translation>geen IsoAudit-pakket (format is %1, verwacht: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>the package has no &quot;version&quot;.</source>
        <translation>het pakket heeft geen &quot;version&quot;.</translation>
    </message>
    <message>
        <source>version must be a whole number, not %1.</source>
        <translation>version moet een geheel getal zijn, niet %1.</translation>
    </message>
    <message>
        <source>%1: unknown key at the top level of the package; the keys are: %2.</source>
        <translation>%1: onbekende sleutel op het hoogste niveau van het pakket; de sleutels zijn: %2.</translation>
    </message>
    <message>
        <source>the package has no &quot;%1&quot;.</source>
        <translation>het pakket heeft geen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is missing from the package; it was created with default values.</source>
        <translation>%1 ontbreekt in het pakket; het is aangemaakt met standaardwaarden.</translation>
    </message>
    <message>
        <source>%1 must be an array, not %2.</source>
        <translation>%1 moet een array zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 moet een object zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; a %3 has: %4.</source>
        <translation>%1.%2: onbekende sleutel; een %3 heeft: %4.</translation>
    </message>
    <message>
        <source>%1.uuid is missing.</source>
        <translation>%1.uuid ontbreekt.</translation>
    </message>
    <message>
        <source>%1.uuid must be a string, not %2.</source>
        <translation>%1.uuid moet een string zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1.uuid: %2 is not a UUID.</source>
        <translation>%1.uuid: %2 is geen UUID.</translation>
    </message>
    <message>
        <source>%1.uuid: &quot;%2&quot; is already used by %3.</source>
        <translation>%1.uuid: &quot;%2&quot; wordt al gebruikt door %3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 ontbreekt.</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation>%1 moet een string zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1: no %2 with uuid %3.</source>
        <translation>%1: geen %2 met uuid %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number or null, not %2.</source>
        <translation>%1 moet een geheel getal of null zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 moet true of false zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1 must be a string or null, not %2.</source>
        <translation>%1 moet een string of null zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1 must be a JSON array or object, not %2.</source>
        <translation>%1 moet een JSON-array of -object zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1 must be a base64 string, not %2.</source>
        <translation>%1 moet een base64-string zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation>%1 is geen geldige base64.</translation>
    </message>
    <message>
        <source>%1 must be an array of strings, not %2.</source>
        <translation>%1 moet een array van strings zijn, geen %2.</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation>%1: %2 staat er twee keer in.</translation>
    </message>
    <message>
        <source>%1: %2 is not a clause of %3.</source>
        <translation>%1: %2 is geen clausule van %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not an Annex A control of %3.</source>
        <translation>%1: %2 is geen beheersmaatregel uit bijlage A van %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a clause of %3.</source>
        <translation>%1: &quot;%2&quot; is geen clausule van %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an Annex A control of %3.</source>
        <translation>%1: &quot;%2&quot; is geen beheersmaatregel uit bijlage A van %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already in %3; each may appear only once.</source>
        <translation>%1: &quot;%2&quot; staat al in %3; elk mag maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>%1.%2 does not match its %3 (the SHA-256 of the %3 is %4).</source>
        <translation>%1.%2 komt niet overeen met de %3 (de SHA-256 van de %3 is %4).</translation>
    </message>
    <message>
        <source>%1.%2 is %3, but its %4 has %5 bytes.</source>
        <translation>%1.%2 is %3, maar de %4 heeft %5 bytes.</translation>
    </message>
    <message>
        <source>%1: the package has no entry for %2; added with default values.</source>
        <translation>%1: het pakket heeft geen item voor %2; toegevoegd met standaardwaarden.</translation>
    </message>
    <message>
        <source>%1.recommendation: &quot;%2&quot; is not an outcome of a %3 audit; read as &quot;%4&quot;.</source>
        <translation>%1.recommendation: &quot;%2&quot; is geen uitkomst van een audit van het type %3; gelezen als &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>version %1 is not supported (this IsoAudit reads versions %2 to %3).</source>
        <translation>version %1 wordt niet ondersteund (deze IsoAudit leest versies %2 tot en met %3).</translation>
    </message>
    <message>
        <source>%1.rows must be the population&apos;s rows (an array), not %2.</source>
        <translation>%1.rows moet de regels van de populatie bevatten (een array), niet %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a Trust Services Criterion.</source>
        <translation>%1: %2 is geen criterium van de Trust Services Criteria.</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>%1 must be an object with id (text), date (YYYY-MM-DD), inPeriod (true or false) and other (an array).</source>
        <translation>%1 moet een object zijn met id (tekst), date (JJJJ-MM-DD), inPeriod (true of false) en other (een array).</translation>
    </message>
    <message>
        <source>%1 needs an id and a valid date.</source>
        <translation>%1 heeft een id en een geldige datum nodig.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): rowCount is %3, but it has %4 rows.</source>
        <translation>%1 (populatie &quot;%2&quot;): rowCount is %3, maar de populatie heeft %4 regels.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): outOfPeriod is %3, but %4 rows are outside the period.</source>
        <translation>%1 (populatie &quot;%2&quot;): outOfPeriod is %3, maar %4 regels vallen buiten de periode.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): its rows do not match its sha256 (the rows give %3).</source>
        <translation>%1 (populatie &quot;%2&quot;): de regels komen niet overeen met de sha256 ervan (de regels geven %3).</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): its rows do not match its rowsSha256 (a row&apos;s columns differ from those imported).</source>
        <translation>%1 (populatie &quot;%2&quot;): de regels komen niet overeen met de rowsSha256 (de kolommen van een regel wijken af van de geïmporteerde).</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>The desktop keychain did not keep the password: %1</source>
        <translation>De wachtwoordkluis van de desktop heeft het wachtwoord niet bewaard: %1</translation>
    </message>
    <message>
        <source>This build of IsoAudit has no keychain support: the password is asked for each time.</source>
        <translation>Deze build van IsoAudit ondersteunt geen wachtwoordkluis: het wachtwoord wordt elke keer gevraagd.</translation>
    </message>
    <message>
        <source>The desktop keychain did not forget the password: %1</source>
        <translation>De wachtwoordkluis van de desktop heeft het wachtwoord niet verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>The PDF cannot be signed: %1</source>
        <translation>De PDF kan niet worden ondertekend: %1</translation>
    </message>
    <message>
        <source>The signature does not fit the space reserved for it in the PDF.</source>
        <translation>De handtekening past niet in de ruimte die er in de PDF voor is gereserveerd.</translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation>deze is versleuteld.</translation>
    </message>
    <message>
        <source>it has %1 pages, so there is no page %2 for the signature.</source>
        <translation>deze heeft %1 pagina&apos;s, dus er is geen pagina %2 voor de handtekening.</translation>
    </message>
</context>
<context>
    <name>PdfStructure</name>
    <message>
        <source>The file is not a PDF (no %PDF- header at its start).</source>
        <translation>Het bestand is geen PDF (geen %PDF-header aan het begin).</translation>
    </message>
    <message>
        <source>The PDF has no &quot;startxref&quot;: the file is cut short or is not a complete PDF.</source>
        <translation>De PDF heeft geen &quot;startxref&quot;: het bestand is afgekapt of is geen volledige PDF.</translation>
    </message>
    <message>
        <source>The PDF&apos;s &quot;startxref&quot; does not give a valid offset.</source>
        <translation>De &quot;startxref&quot; van de PDF geeft geen geldige positie.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference sections form a loop (offset %1).</source>
        <translation>De cross-referencesecties van de PDF vormen een lus (positie %1).</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer has no valid /Size.</source>
        <translation>De trailer van de PDF heeft geen geldige /Size.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer has no /Root (document catalog) that the cross-reference table lists.</source>
        <translation>De trailer van de PDF heeft geen /Root (documentcatalogus) die in de cross-referencetabel staat.</translation>
    </message>
    <message>
        <source>The PDF&apos;s /Root object %1 is not a document catalog.</source>
        <translation>Het /Root-object %1 van de PDF is geen documentcatalogus.</translation>
    </message>
    <message>
        <source>The PDF points to a cross-reference section at byte %1, outside the file.</source>
        <translation>De PDF verwijst naar een cross-referencesectie op byte %1, buiten het bestand.</translation>
    </message>
    <message>
        <source>The PDF uses a compressed cross-reference stream, which this signer does not read; export it again with IsoAudit or save it without object streams.</source>
        <translation>De PDF gebruikt een gecomprimeerde cross-referencestream, die deze ondertekenaar niet leest; exporteer opnieuw met IsoAudit of sla op zonder objectstreams.</translation>
    </message>
    <message>
        <source>The PDF has no cross-reference table at byte %1.</source>
        <translation>De PDF heeft geen cross-referencetabel op byte %1.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table at byte %1 cannot be read.</source>
        <translation>De cross-referencetabel van de PDF op byte %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table at byte %1 has a broken entry.</source>
        <translation>De cross-referencetabel van de PDF op byte %1 heeft een beschadigd item.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer after the cross-reference table at byte %1 cannot be read.</source>
        <translation>De trailer van de PDF na de cross-referencetabel op byte %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The PDF mixes cross-reference tables and streams, which this signer does not read.</source>
        <translation>De PDF combineert cross-referencetabellen en -streams, wat deze ondertekenaar niet leest.</translation>
    </message>
    <message>
        <source>The PDF refers to object %1, which its cross-reference table does not list.</source>
        <translation>De PDF verwijst naar object %1, dat niet in de cross-referencetabel staat.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table gives a wrong offset for object %1.</source>
        <translation>De cross-referencetabel van de PDF geeft een onjuiste positie voor object %1.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF cannot be read.</source>
        <translation>Object %1 van de PDF kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF is not a dictionary.</source>
        <translation>Object %1 van de PDF is geen dictionary.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF is not an array.</source>
        <translation>Object %1 van de PDF is geen array.</translation>
    </message>
    <message>
        <source>The PDF has a value that should be a dictionary and is not.</source>
        <translation>De PDF heeft een waarde die een dictionary zou moeten zijn, maar dat niet is.</translation>
    </message>
    <message>
        <source>The PDF has a value that should be an array and is not.</source>
        <translation>De PDF heeft een waarde die een array zou moeten zijn, maar dat niet is.</translation>
    </message>
    <message>
        <source>The PDF&apos;s catalog has no page tree (/Pages).</source>
        <translation>De catalogus van de PDF heeft geen paginaboom (/Pages).</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>De PDF heeft geen pagina&apos;s.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page tree is nested too deeply.</source>
        <translation>De paginaboom van de PDF is te diep genest.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF&apos;s page tree is neither /Pages nor /Page.</source>
        <translation>Object %1 in de paginaboom van de PDF is /Pages noch /Page.</translation>
    </message>
    <message>
        <source>The PDF&apos;s form has a field that is not a reference to a field dictionary.</source>
        <translation>Het formulier van de PDF heeft een veld dat geen verwijzing naar een velddictionary is.</translation>
    </message>
</context>
<context>
    <name>PdfUpdateCheck</name>
    <message>
        <source>the revisions cannot be compared (%1)</source>
        <translation>de revisies kunnen niet worden vergeleken (%1)</translation>
    </message>
    <message>
        <source>the document catalog was replaced</source>
        <translation>de documentcatalogus is vervangen</translation>
    </message>
    <message>
        <source>pages were added or removed</source>
        <translation>er zijn pagina&apos;s toegevoegd of verwijderd</translation>
    </message>
    <message>
        <source>object %1 was deleted</source>
        <translation>object %1 is verwijderd</translation>
    </message>
    <message>
        <source>object %1 was changed</source>
        <translation>object %1 is gewijzigd</translation>
    </message>
    <message>
        <source>object %1 (/%2) was changed</source>
        <translation>object %1 (/%2) is gewijzigd</translation>
    </message>
</context>
<context>
    <name>PdfVerification</name>
    <message>
        <source>The file&apos;s structure is damaged: %1</source>
        <translation>De structuur van het bestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>The PDF has no signatures.</source>
        <translation>De PDF heeft geen handtekeningen.</translation>
    </message>
    <message>
        <source>Signature %1 is not valid: %2</source>
        <translation>Handtekening %1 is niet geldig: %2</translation>
    </message>
    <message>
        <source>The certificate of signature %1 (%2) does not chain to a trusted certificate: %3.</source>
        <translation>Het certificaat van handtekening %1 (%2) leidt niet naar een vertrouwd certificaat: %3.</translation>
    </message>
    <message>
        <source>After signature %1 the document was changed beyond adding signatures: %2.</source>
        <translation>Na handtekening %1 is het document gewijzigd op een andere manier dan door het toevoegen van handtekeningen: %2.</translation>
    </message>
    <message>
        <source>The document is not totally signed: %1 bytes were added after the last signature.</source>
        <translation>Het document is niet volledig ondertekend: na de laatste handtekening zijn %1 bytes toegevoegd.</translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>The file is not a PDF (no %PDF- header at its start).</source>
        <translation>Het bestand is geen PDF (geen %PDF-header aan het begin).</translation>
    </message>
    <message>
        <source>the value of signature field %1 is not a signature dictionary.</source>
        <translation>de waarde van handtekeningveld %1 is geen handtekeningdictionary.</translation>
    </message>
    <message>
        <source>its /ByteRange is not four non-negative numbers.</source>
        <translation>de /ByteRange bestaat niet uit vier niet-negatieve getallen.</translation>
    </message>
    <message>
        <source>its /ByteRange [%1 %2 %3 %4] does not start at the beginning of the file or reaches past its end (%5 bytes).</source>
        <translation>de /ByteRange [%1 %2 %3 %4] begint niet aan het begin van het bestand of loopt voorbij het einde (%5 bytes).</translation>
    </message>
    <message>
        <source>its /ByteRange leaves out more than its own /Contents signature value, so part of the file is not covered by the signature.</source>
        <translation>de /ByteRange laat meer weg dan de eigen /Contents-handtekeningwaarde, zodat een deel van het bestand niet door de handtekening wordt gedekt.</translation>
    </message>
    <message>
        <source>its /ByteRange does not end at the end of a revision of the file (%%EOF).</source>
        <translation>de /ByteRange eindigt niet aan het einde van een revisie van het bestand (%%EOF).</translation>
    </message>
</context>
<context>
    <name>PopulationImport</name>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>No column of the header (row %1) looks like the occurrences&apos; id; name it with --id-column (the columns: %2).</source>
        <translation>Geen enkele kolom van de kopregel (rij %1) lijkt de id van de uitvoeringen te bevatten; geef de kolom op met --id-column (de kolommen: %2).</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the header (row %2); the columns: %3.</source>
        <translation>De kopregel (rij %2) heeft geen kolom &quot;%1&quot;; de kolommen: %3.</translation>
    </message>
    <message>
        <source>No column of the header (row %1) looks like the occurrences&apos; date; name it with --date-column (the columns: %2).</source>
        <translation>Geen enkele kolom van de kopregel (rij %1) lijkt de datum van de uitvoeringen te bevatten; geef de kolom op met --date-column (de kolommen: %2).</translation>
    </message>
    <message>
        <source>The id and the date cannot be the same column (&quot;%1&quot;).</source>
        <translation>De id en de datum kunnen niet in dezelfde kolom staan (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Rows %1 and %2 have the same id &quot;%3&quot;; each occurrence is listed once.</source>
        <translation>Rij %1 en rij %2 hebben dezelfde id &quot;%3&quot;; elke uitvoering wordt één keer vermeld.</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, which the header (row %3) does not name.</source>
        <translation>Rij %1 heeft een waarde in kolom %2, die de kopregel (rij %3) niet benoemt.</translation>
    </message>
    <message>
        <source>Row %1 has no id (column &quot;%2&quot;).</source>
        <translation>Rij %1 heeft geen id (kolom &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Row %1 has no date (column &quot;%2&quot;).</source>
        <translation>Rij %1 heeft geen datum (kolom &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a date in the format %3.</source>
        <translation>Rij %1: &quot;%2&quot; is geen datum in de notatie %3.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not an ISO date (YYYY-MM-DD); a date such as 03/04 could be either day or month first, so give the file&apos;s format with --date-format (for example d/M/yyyy or M/d/yyyy).</source>
        <translation>Rij %1: &quot;%2&quot; is geen ISO-datum (JJJJ-MM-DD); bij een datum als 03/04 kan zowel de dag als de maand voorop staan, dus geef de notatie van het bestand op met --date-format (bijvoorbeeld d/M/yyyy of M/d/yyyy).</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>rij %1 (%2)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.</source>
        <translation>%1 is een oude Excel 97-2003-werkmap (.xls); sla het eerst op als .xlsx of CSV.</translation>
    </message>
    <message>
        <source>This audit is not a SOC 2 engagement; populations belong to a service organization&apos;s controls.</source>
        <translation>Deze audit is geen SOC 2-opdracht; populaties horen bij de beheersmaatregelen van een serviceorganisatie.</translation>
    </message>
    <message>
        <source>%1 has no header row naming its columns.</source>
        <translation>%1 heeft geen kopregel die de kolommen benoemt.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fall outside the engagement&apos;s period, first %1; nothing was imported (import with the rows flagged instead to keep them out of the sample).</source>
        <translation>
            <numerusform>%n rij valt buiten de periode van de opdracht: %1; er is niets geïmporteerd (importeer in plaats daarvan met de rijen gemarkeerd om ze buiten de steekproef te houden).</numerusform>
            <numerusform>%n rijen vallen buiten de periode van de opdracht, de eerste: %1; er is niets geïmporteerd (importeer in plaats daarvan met de rijen gemarkeerd om ze buiten de steekproef te houden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopulationTable</name>
    <message>
        <source>Could not write row %1 of the population: %2</source>
        <translation>Kan regel %1 van de populatie niet schrijven: %2</translation>
    </message>
    <message>
        <source>Could not write the population&apos;s rows: %1</source>
        <translation>Kan de regels van de populatie niet schrijven: %1</translation>
    </message>
    <message>
        <source>Only a population has frozen rows.</source>
        <translation>Alleen een populatie heeft bevroren regels.</translation>
    </message>
    <message>
        <source>Could not read the population&apos;s rows: %1</source>
        <translation>Kan de regels van de populatie niet lezen: %1</translation>
    </message>
    <message>
        <source>Could not count the population&apos;s rows: %1</source>
        <translation>Kan de regels van de populatie niet tellen: %1</translation>
    </message>
</context>
<context>
    <name>Populations</name>
    <message>
        <source>row %1 is missing</source>
        <translation>regel %1 ontbreekt</translation>
    </message>
    <message>
        <source>The population &quot;%1&quot; is damaged: %2.</source>
        <translation>De populatie &quot;%1&quot; is beschadigd: %2.</translation>
    </message>
    <message>
        <source>%1 rows are stored, %2 were imported</source>
        <translation>%1 regels zijn opgeslagen, %2 zijn geïmporteerd</translation>
    </message>
    <message>
        <source>%1 rows outside the period are stored, %2 were imported</source>
        <translation>%1 regels buiten de periode zijn opgeslagen, %2 zijn geïmporteerd</translation>
    </message>
    <message>
        <source>the SHA-256 of the rows in the period is %1, the population records %2</source>
        <translation>de SHA-256 van de regels in de periode is %1, de populatie vermeldt %2</translation>
    </message>
    <message>
        <source>The population &quot;%1&quot; is not as imported: %2.</source>
        <translation>De populatie &quot;%1&quot; is niet meer zoals bij de import: %2.</translation>
    </message>
    <message>
        <source>Say how completeness and accuracy were checked, by whom or when.</source>
        <translation>Vermeld hoe de volledigheid en juistheid zijn gecontroleerd, door wie of wanneer.</translation>
    </message>
    <message>
        <source>The control has no population; import one first.</source>
        <translation>De beheersmaatregel heeft geen populatie; importeer er eerst een.</translation>
    </message>
    <message>
        <source>The control has %1 populations; name one: %2.</source>
        <translation>De beheersmaatregel heeft %1 populaties; noem er een: %2.</translation>
    </message>
    <message>
        <source>The control has no population &quot;%1&quot;.</source>
        <translation>De beheersmaatregel heeft geen populatie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the SHA-256 of its rows is %1, the population records %2</source>
        <translation>de SHA-256 van de regels is %1, de populatie vermeldt %2</translation>
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
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Auditteamlid</translation>
    </message>
    <message>
        <source>Clause assessment</source>
        <translation>Beoordeling van clausule</translation>
    </message>
    <message>
        <source>SoA entry</source>
        <translation>VvT-regel</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Risicomethode</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijsstuk</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrigerende maatregel</translation>
    </message>
    <message>
        <source>Corrective-action status change</source>
        <translation>Statuswijziging van corrigerende maatregel</translation>
    </message>
    <message>
        <source>Cross-check dismissal</source>
        <translation>Afgewezen kruiscontrole</translation>
    </message>
    <message>
        <source>Report revision</source>
        <translation>Rapportrevisie</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramma</translation>
    </message>
    <message>
        <source>Programme audit</source>
        <translation>Audit in het programma</translation>
    </message>
    <message>
        <source>Earlier nonconformity</source>
        <translation>Eerdere afwijking</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>SOC 2-opdracht</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>Test procedure</source>
        <translation>Testprocedure</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Populatie</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Steekproef</translation>
    </message>
    <message>
        <source>Sample item</source>
        <translation>Steekproefitem</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Subserviceorganisatie</translation>
    </message>
    <message>
        <source>Complementary user-entity control</source>
        <translation>Complementaire beheersmaatregel bij gebruikersorganisatie</translation>
    </message>
    <message>
        <source>Exception record</source>
        <translation>Afwijkingsregistratie</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>From %1&apos;s copy:</source>
        <translation>Uit de kopie van %1:</translation>
    </message>
    <message>
        <source>%1 %2 was deleted on one side and changed on the other: keep it or delete it.</source>
        <translation>%1 %2 is aan de ene kant verwijderd en aan de andere kant gewijzigd: behoud of verwijder het.</translation>
    </message>
    <message>
        <source>The field %1 of %2 %3 was changed on both sides; choose which value to keep.</source>
        <translation>Het veld %1 van %2 %3 is aan beide kanten gewijzigd; kies welke waarde blijft.</translation>
    </message>
    <message>
        <source>The field %1 is not text: keep one of the two values.</source>
        <translation>Het veld %1 is geen tekst: behoud een van beide waarden.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>Audit objectives</source>
        <translation>Auditdoelstellingen</translation>
    </message>
    <message>
        <source>What this audit sets out to determine.</source>
        <translation>Wat deze audit moet vaststellen.</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>Auditcriteria</translation>
    </message>
    <message>
        <source>The requirements audited against: the standard, the client&apos;s own ISMS documentation, legal and contractual requirements.</source>
        <translation>De eisen waartegen is geaudit: de norm, de eigen ISMS-documentatie van de klant, wettelijke en contractuele eisen.</translation>
    </message>
    <message>
        <source>Client&apos;s address</source>
        <translation>Adres van de klant</translation>
    </message>
    <message>
        <source>The client&apos;s registered address.</source>
        <translation>Het geregistreerde adres van de klant.</translation>
    </message>
    <message>
        <source>Management representative</source>
        <translation>Directievertegenwoordiger</translation>
    </message>
    <message>
        <source>Name and position of the client&apos;s management representative.</source>
        <translation>Naam en functie van de directievertegenwoordiger van de klant.</translation>
    </message>
    <message>
        <source>Combined, joint or integrated audit</source>
        <translation>Gecombineerde, gezamenlijke of geïntegreerde audit</translation>
    </message>
    <message>
        <source>Whether the audit was combined with another management system&apos;s, joint with another certification body, or of an integrated management system.</source>
        <translation>Of de audit is gecombineerd met die van een ander managementsysteem, samen met een andere certificatie-instelling is uitgevoerd of een geïntegreerd managementsysteem betrof.</translation>
    </message>
    <message>
        <source>Deviations from the audit plan</source>
        <translation>Afwijkingen van het auditplan</translation>
    </message>
    <message>
        <source>Every deviation from the audit plan and its reason, or &quot;None&quot;.</source>
        <translation>Elke afwijking van het auditplan met de reden ervan, of &quot;Geen&quot;.</translation>
    </message>
    <message>
        <source>Significant issues affecting the audit programme</source>
        <translation>Belangrijke kwesties die van invloed zijn op het auditprogramma</translation>
    </message>
    <message>
        <source>Issues that affect the audit programme (audit time, sites, scope, team), or &quot;None&quot;.</source>
        <translation>Kwesties die van invloed zijn op het auditprogramma (audittijd, locaties, scope, team), of &quot;Geen&quot;.</translation>
    </message>
    <message>
        <source>Significant changes since the last audit</source>
        <translation>Belangrijke wijzigingen sinds de vorige audit</translation>
    </message>
    <message>
        <source>Significant changes affecting the client&apos;s management system since the last audit, or &quot;None&quot;.</source>
        <translation>Belangrijke wijzigingen sinds de vorige audit die van invloed zijn op het managementsysteem van de klant, of &quot;Geen&quot;.</translation>
    </message>
    <message>
        <source>Corrective actions on earlier nonconformities</source>
        <translation>Corrigerende maatregelen voor eerdere afwijkingen</translation>
    </message>
    <message>
        <source>How the effectiveness of the corrective actions on earlier nonconformities was verified, and with what result.</source>
        <translation>Hoe de effectiviteit van de corrigerende maatregelen voor eerdere afwijkingen is geverifieerd, en met welk resultaat.</translation>
    </message>
    <message>
        <source>Use of certification documents and marks</source>
        <translation>Gebruik van certificatiedocumenten en -merken</translation>
    </message>
    <message>
        <source>Whether the client controls its use of the certification documents and marks.</source>
        <translation>Of de klant het gebruik van de certificatiedocumenten en -merken beheerst.</translation>
    </message>
    <message>
        <source>Statement of Applicability reviewed</source>
        <translation>Beoordeelde Verklaring van toepasselijkheid</translation>
    </message>
    <message>
        <source>The version (and date) of the client&apos;s SoA the audit reviewed.</source>
        <translation>De versie (en datum) van de VvT van de klant die bij de audit is beoordeeld.</translation>
    </message>
    <message>
        <source>Conformity and effectiveness of the ISMS</source>
        <translation>Conformiteit en effectiviteit van het ISMS</translation>
    </message>
    <message>
        <source>The statement on the ISMS&apos;s conformity and effectiveness, with a summary of the evidence on its capability to meet its requirements and intended outcomes.</source>
        <translation>De uitspraak over de conformiteit en effectiviteit van het ISMS, met een samenvatting van het bewijs over het vermogen van het ISMS om aan de eisen te voldoen en de beoogde resultaten te bereiken.</translation>
    </message>
    <message>
        <source>Internal audit and management review</source>
        <translation>Interne audit en directiebeoordeling</translation>
    </message>
    <message>
        <source>A summary of the evidence on the internal audit and management review process.</source>
        <translation>Een samenvatting van het bewijs over het proces van interne audit en directiebeoordeling.</translation>
    </message>
    <message>
        <source>Unresolved issues</source>
        <translation>Onopgeloste kwesties</translation>
    </message>
    <message>
        <source>Diverging opinions between the audit team and the client left unresolved, if any.</source>
        <translation>Eventuele meningsverschillen tussen het auditteam en de klant die niet zijn opgelost.</translation>
    </message>
    <message>
        <source>Certification scope appropriate</source>
        <translation>Scope van de certificatie passend</translation>
    </message>
    <message>
        <source>Whether the scope of certification is appropriate; if not, why and what should change.</source>
        <translation>Of de scope van de certificatie passend is; zo niet, waarom niet en wat er moet veranderen.</translation>
    </message>
    <message>
        <source>Basis for the Stage 2 plan</source>
        <translation>Basis voor het auditplan van fase 2</translation>
    </message>
    <message>
        <source>What Stage 2 will focus on and the details agreed with the client: dates, sites, audit time and team.</source>
        <translation>Waarop fase 2 zich richt en de details die met de klant zijn afgesproken: datums, locaties, audittijd en team.</translation>
    </message>
    <message>
        <source>Audit objectives met</source>
        <translation>Auditdoelstellingen behaald</translation>
    </message>
    <message>
        <source>Whether the audit objectives were met; if not, why.</source>
        <translation>Of de auditdoelstellingen zijn behaald; zo niet, waarom niet.</translation>
    </message>
</context>
<context>
    <name>ReportCycleSections</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
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
        <translation>de auditscope</translation>
    </message>
    <message>
        <source>the audit plan</source>
        <translation>het auditplan</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>de vertrouwelijkheid</translation>
    </message>
    <message>
        <source>the method of reporting</source>
        <translation>de wijze van rapporteren</translation>
    </message>
    <message>
        <source>the appeals process (explained)</source>
        <translation>de beroepsprocedure (toegelicht)</translation>
    </message>
    <message>
        <source>the findings (presented)</source>
        <translation>de bevindingen (gepresenteerd)</translation>
    </message>
    <message>
        <source>the client&apos;s acknowledgement of the findings</source>
        <translation>de kennisname van de bevindingen door de klant</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramma</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificaatnummer</translation>
    </message>
    <message>
        <source>Scope of certification</source>
        <translation>Scope van de certificatie</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Datum van uitgifte</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Audits of the programme</source>
        <translation>Audits in het auditprogramma</translation>
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
        <translation>Datums</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termijn: %1</translation>
    </message>
    <message>
        <source>Audit time (ISO/IEC 27006)</source>
        <translation>Audittijd (ISO/IEC 27006)</translation>
    </message>
    <message>
        <source>The audit time stored with the audit cannot be read: %1</source>
        <translation>De bij de audit opgeslagen audittijd kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Opening and closing meetings</source>
        <translation>Openings- en slotbijeenkomsten</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Datum en plaats</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Meningsverschil</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Geen vastgelegd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>(not yet raised)</source>
        <translation>(nog niet vastgesteld)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n gesloten</numerusform>
            <numerusform>%n gesloten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not effective and raised again as %1</source>
        <translation>
            <numerusform>%n niet effectief en opnieuw vastgesteld als %1</numerusform>
            <numerusform>%n niet effectief en opnieuw vastgesteld als %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n nog open</numerusform>
            <numerusform>%n nog open</numerusform>
        </translation>
    </message>
    <message>
        <source>One earlier nonconformity was verified: %1.</source>
        <translation>Eén eerdere afwijking is geverifieerd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformities were verified: %1.</source>
        <translation>
            <numerusform>%n eerdere afwijking is geverifieerd: %1.</numerusform>
            <numerusform>%n eerdere afwijkingen zijn geverifieerd: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification of earlier nonconformities</source>
        <translation>Verificatie van eerdere afwijkingen</translation>
    </message>
    <message>
        <source>The audit team verified the correction and corrective action of each nonconformity that earlier audits raised and had not closed. %1</source>
        <translation>Het auditteam heeft van elke afwijking die tijdens eerdere audits is vastgesteld en nog niet was gesloten, de correctie en de corrigerende maatregel geverifieerd. %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Vastgesteld tijdens</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <source>Verdict of this audit</source>
        <translation>Oordeel in deze audit</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Toelichting bij de verificatie</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geverifieerd op / door</translation>
    </message>
    <message>
        <source>Raised again as</source>
        <translation>Opnieuw vastgesteld als</translation>
    </message>
    <message>
        <source>Not yet raised again</source>
        <translation>Nog niet opnieuw vastgesteld</translation>
    </message>
    <message>
        <source>Finding %1 of this audit</source>
        <translation>Bevinding %1 van deze audit</translation>
    </message>
    <message>
        <source>To be verified at the next audit</source>
        <translation>Te verifiëren tijdens de volgende audit</translation>
    </message>
    <message>
        <source>These nonconformities passed through a special audit that verified only major nonconformities; the next audit verifies them.</source>
        <translation>Deze afwijkingen zijn doorgeschoven via een bijzondere audit die alleen grote afwijkingen heeft geverifieerd; zij worden tijdens de volgende audit geverifieerd.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classificatie</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformity/nonconformities has/have no verdict of this audit yet.</source>
        <translation>
            <numerusform>%n eerdere afwijking heeft in deze audit nog geen verificatieoordeel.</numerusform>
            <numerusform>%n eerdere afwijkingen hebben in deze audit nog geen verificatieoordeel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformity/nonconformities passed through a special audit is/are to be verified at the next audit.</source>
        <translation>
            <numerusform>%n eerdere afwijking is via een bijzondere audit doorgeschoven en wordt tijdens de volgende audit geverifieerd.</numerusform>
            <numerusform>%n eerdere afwijkingen zijn via een bijzondere audit doorgeschoven en worden tijdens de volgende audit geverifieerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Cannot read the audit for the report: %1</source>
        <translation>Kan de audit niet lezen voor het rapport: %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Not recorded in the audit file.</source>
        <translation>Niet vastgelegd in het auditbestand.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(geen nummer)</translation>
    </message>
    <message>
        <source>%1 audit report %2 — %3</source>
        <translation>Auditrapport %2 — %1 — %3</translation>
    </message>
    <message>
        <source>%1 · %2 audit report</source>
        <translation>%1 · %2 · rapport</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTROUWELIJK</translation>
    </message>
    <message>
        <source>Report %1 · Rev %2 · Page %3 of %4</source>
        <translation>Rapport %1 · Rev. %2 · Pagina %3 van %4</translation>
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
        <translation>Concept: veldwerk loopt</translation>
    </message>
    <message>
        <source>Final, for signature</source>
        <translation>Definitief, ter ondertekening</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation>Definitief, ondertekend</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type audit</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Auditdatums</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This report contains confidential information about the information security management system of %1. It is issued to the recipients in the distribution list and must not be passed to others without the written consent of %1 and the certification body.</source>
        <translation>Dit rapport bevat vertrouwelijke informatie over het managementsysteem voor informatiebeveiliging van %1. Het is uitgegeven aan de ontvangers op de verzendlijst en mag niet zonder schriftelijke toestemming van %1 en de certificatie-instelling aan anderen worden doorgegeven.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>de klant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Audit objectives, scope and criteria</source>
        <translation>Auditdoelstellingen, scope en criteria</translation>
    </message>
    <message>
        <source>Audit dates and sites</source>
        <translation>Auditdatums en locaties</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>No site recorded</source>
        <translation>Geen locatie vastgelegd</translation>
    </message>
    <message>
        <source>On-site audit: %1.</source>
        <translation>Audit op locatie: %1.</translation>
    </message>
    <message>
        <source>Audit team and persons interviewed</source>
        <translation>Auditteam en geïnterviewde personen</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Persons interviewed</source>
        <translation>Geïnterviewde personen</translation>
    </message>
    <message>
        <source>No interviews recorded.</source>
        <translation>Geen interviews vastgelegd.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Interviewed by</source>
        <translation>Geïnterviewd door</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message numerus="yes">
        <source>The audit team conducted a %1 audit of %2 against %3 (%4) at %n site(s).</source>
        <translation>
            <numerusform>Het auditteam heeft bij %2 een %1 uitgevoerd (%4) op %n locatie en daarbij getoetst aan %3.</numerusform>
            <numerusform>Het auditteam heeft bij %2 een %1 uitgevoerd (%4) op %n locaties en daarbij getoetst aan %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification recommendation</source>
        <translation>Aanbeveling voor certificatie</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Verzendlijst</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Directie</translation>
    </message>
    <message>
        <source>Audited organisation</source>
        <translation>Geauditeerde organisatie</translation>
    </message>
    <message>
        <source>Technical reviewer</source>
        <translation>Technisch beoordelaar</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Certificatie-instelling</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>Certificatiebesluit</translation>
    </message>
    <message>
        <source>Audit team (%1)</source>
        <translation>Auditteam (%1)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>By signing, the lead auditor confirms that this report states the findings of the audit; the client&apos;s representative confirms that the findings were presented at the closing meeting and that the report was received.</source>
        <translation>Met zijn of haar handtekening bevestigt de lead auditor dat dit rapport de bevindingen van de audit weergeeft; de vertegenwoordiger van de klant bevestigt dat de bevindingen in de slotbijeenkomst zijn gepresenteerd en dat het rapport is ontvangen.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Client&apos;s representative</source>
        <translation>Vertegenwoordiger van de klant</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accreditatie</translation>
    </message>
    <message>
        <source>Readiness for Stage 2</source>
        <translation>Gereedheid voor fase 2</translation>
    </message>
    <message>
        <source>Continuation of certification</source>
        <translation>Voortzetting van de certificatie</translation>
    </message>
    <message>
        <source>Renewal of certification</source>
        <translation>Verlenging van de certificatie</translation>
    </message>
    <message>
        <source>Conclusion on the nonconformities followed up</source>
        <translation>Conclusie over de opgevolgde afwijkingen</translation>
    </message>
    <message>
        <source>Executive summary and readiness for Stage 2</source>
        <translation>Managementsamenvatting en gereedheid voor fase 2</translation>
    </message>
    <message>
        <source>Executive summary and conclusion</source>
        <translation>Managementsamenvatting en conclusie</translation>
    </message>
    <message>
        <source>The audit is based on samples of the available information: a nonconformity may exist that the sample did not show.</source>
        <translation>De audit is gebaseerd op steekproeven uit de beschikbare informatie: er kan een afwijking bestaan die in de steekproef niet naar voren is gekomen.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrigerende maatregel</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Closed: verified effective</source>
        <translation>Gesloten: effectief geverifieerd</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Niet gesloten</translation>
    </message>
    <message>
        <source>Correction and corrective action verified effective by the certification body</source>
        <translation>Correctie en corrigerende maatregel door de certificatie-instelling effectief geverifieerd</translation>
    </message>
    <message>
        <source>Corrective-action plan accepted by the certification body</source>
        <translation>Plan van aanpak geaccepteerd door de certificatie-instelling</translation>
    </message>
    <message>
        <source>The nonconformities this audit followed up:</source>
        <translation>De afwijkingen die deze audit heeft opgevolgd:</translation>
    </message>
    <message>
        <source>The outcome holds once the certification body has what it awaits:</source>
        <translation>De uitkomst geldt zodra de certificatie-instelling heeft ontvangen waarop zij wacht:</translation>
    </message>
    <message>
        <source>A Stage 1 audit does not conclude on certification: the Stage 2 audit evaluates the implementation and effectiveness of the ISMS.</source>
        <translation>Een fase 1-audit leidt niet tot een conclusie over certificatie: de fase 2-audit beoordeelt de implementatie en effectiviteit van het ISMS.</translation>
    </message>
    <message>
        <source>The audit team recommends; the decision is taken by the certification body after an independent review of this report.</source>
        <translation>Het auditteam geeft een aanbeveling; het besluit wordt door de certificatie-instelling genomen na een onafhankelijke beoordeling van dit rapport.</translation>
    </message>
    <message>
        <source>Audit conclusions</source>
        <translation>Auditconclusies</translation>
    </message>
    <message>
        <source>The audit team concludes that the scope of certification is appropriate.</source>
        <translation>Het auditteam concludeert dat de scope van de certificatie passend is.</translation>
    </message>
    <message>
        <source>The audit team concludes that the scope of certification is not appropriate:</source>
        <translation>Het auditteam concludeert dat de scope van de certificatie niet passend is:</translation>
    </message>
    <message>
        <source>The audit objectives were met.</source>
        <translation>De auditdoelstellingen zijn behaald.</translation>
    </message>
    <message>
        <source>The audit objectives were not met:</source>
        <translation>De auditdoelstellingen zijn niet behaald:</translation>
    </message>
    <message numerus="yes">
        <source>%n was/were not audited</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n is niet geaudit</numerusform>
            <numerusform>%n zijn niet geaudit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n has/have no verdict yet</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n heeft nog geen oordeel</numerusform>
            <numerusform>%n hebben nog geen oordeel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered all %n clause requirement(s): %1.</source>
        <translation>
            <numerusform>Het auditplan van deze audit omvatte de %n eis uit de clausules 4 tot en met 10: %1.</numerusform>
            <numerusform>Het auditplan van deze audit omvatte alle %n eisen uit de clausules 4 tot en met 10: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered %1 of the %n clause requirement(s): %2.</source>
        <translation>
            <numerusform>Het auditplan van deze audit omvatte %1 van de %n eis uit de clausules 4 tot en met 10: %2.</numerusform>
            <numerusform>Het auditplan van deze audit omvatte %1 van de %n eisen uit de clausules 4 tot en met 10: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered none of the %n clause requirement(s).</source>
        <translation>
            <numerusform>Het auditplan van deze audit omvatte de %n eis uit de clausules 4 tot en met 10 niet.</numerusform>
            <numerusform>Het auditplan van deze audit omvatte geen van de %n eisen uit de clausules 4 tot en met 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n was/were not in this audit&apos;s plan.</source>
        <translation>
            <numerusform>De overige %n eis viel buiten het auditplan van deze audit.</numerusform>
            <numerusform>De overige %n eisen vielen buiten het auditplan van deze audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicable</source>
        <comment>controls of the Statement of Applicability</comment>
        <translation>
            <numerusform>%n van toepassing</numerusform>
            <numerusform>%n van toepassing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <comment>controls of the Statement of Applicability</comment>
        <translation>
            <numerusform>%n uitgesloten</numerusform>
            <numerusform>%n uitgesloten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Statement of Applicability lists %n control(s).</source>
        <translation>
            <numerusform>De Verklaring van toepasselijkheid noemt %n beheersmaatregel.</numerusform>
            <numerusform>De Verklaring van toepasselijkheid noemt %n beheersmaatregelen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Statement of Applicability lists %n control(s): %1.</source>
        <translation>
            <numerusform>De Verklaring van toepasselijkheid noemt %n beheersmaatregel: %1.</numerusform>
            <numerusform>De Verklaring van toepasselijkheid noemt %n beheersmaatregelen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major nonconformity(-ies)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n grote afwijking</numerusform>
            <numerusform>%n grote afwijkingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major nonconformity(-ies)</source>
        <translation>
            <numerusform>%n grote afwijking</numerusform>
            <numerusform>%n grote afwijkingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(-ies)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n kleine afwijking</numerusform>
            <numerusform>%n kleine afwijkingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(-ies)</source>
        <translation>
            <numerusform>%n kleine afwijking</numerusform>
            <numerusform>%n kleine afwijkingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n observatie</numerusform>
            <numerusform>%n observaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observatie</numerusform>
            <numerusform>%n observaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies) for improvement</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n verbetermogelijkheid</numerusform>
            <numerusform>%n verbetermogelijkheden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies) for improvement</source>
        <translation>
            <numerusform>%n verbetermogelijkheid</numerusform>
            <numerusform>%n verbetermogelijkheden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of concern that could be classified as nonconformities at Stage 2</source>
        <translation>
            <numerusform>%n aandachtspunt dat in fase 2 als afwijking kan worden geclassificeerd</numerusform>
            <numerusform>%n aandachtspunten die in fase 2 als afwijkingen kunnen worden geclassificeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(-ies)</source>
        <translation>
            <numerusform>%n afwijking</numerusform>
            <numerusform>%n afwijkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit identified no areas of concern and raised no findings.</source>
        <translation>De audit bracht geen aandachtspunten en geen bevindingen aan het licht.</translation>
    </message>
    <message>
        <source>The audit identified %1; the findings section describes each of them.</source>
        <translation>De audit bracht %1 aan het licht; het hoofdstuk over de bevindingen beschrijft ze elk afzonderlijk.</translation>
    </message>
    <message>
        <source>The audit raised no nonconformities, observations or opportunities for improvement.</source>
        <translation>De audit leverde geen afwijkingen, observaties of verbetermogelijkheden op.</translation>
    </message>
    <message>
        <source>The audit raised %1; the findings section describes each of them.</source>
        <translation>De audit leverde %1 op; het hoofdstuk over de bevindingen beschrijft ze elk afzonderlijk.</translation>
    </message>
    <message numerus="yes">
        <source>%n conforms/conform</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n is conform</numerusform>
            <numerusform>%n zijn conform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shows/show a nonconformity</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n vertoont een afwijking</numerusform>
            <numerusform>%n vertonen een afwijking</numerusform>
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
        <translation>dd-MM-yyyy</translation>
    </message>
</context>
<context>
    <name>ReportLayoutJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Auditrapport</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Rapport wordt opgemaakt…</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The report cannot be written in &quot;%1&quot;: the available languages are %2.</source>
        <translation>Het rapport kan niet in &quot;%1&quot; worden geschreven: de beschikbare talen zijn %2.</translation>
    </message>
    <message>
        <source>The report is laid out for A4 or US Letter paper only.</source>
        <translation>Het rapport wordt alleen opgemaakt voor papier van A4- of US Letter-formaat.</translation>
    </message>
    <message>
        <source>Cannot start painting the report on the printer or PDF file.</source>
        <translation>Kan niet beginnen met het rapport op de printer of in het PDF-bestand te tekenen.</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Rapport geannuleerd.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>De printer weigerde een nieuwe pagina.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or PDF file.</source>
        <translation>Het rapport kon niet worden voltooid op de printer of in het PDF-bestand.</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Findings summary</source>
        <translation>Samenvatting van de bevindingen</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>Per classificatie</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Maatregelen open</translation>
    </message>
    <message>
        <source>Actions verified</source>
        <translation>Maatregelen geverifieerd</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>By clause and control</source>
        <translation>Per clausule en beheersmaatregel</translation>
    </message>
    <message>
        <source>No finding refers to a clause or control.</source>
        <translation>Geen enkele bevinding verwijst naar een clausule of beheersmaatregel.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <source>Results for clauses 4 to 10</source>
        <translation>Resultaten voor clausule 4 tot en met 10</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Statement of Applicability summary</source>
        <translation>Samenvatting van de Verklaring van toepasselijkheid</translation>
    </message>
    <message>
        <source>Applicability per theme</source>
        <translation>Toepasselijkheid per thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Implementation per theme, as stated by the client</source>
        <translation>Implementatie per thema, volgens opgave van de klant</translation>
    </message>
    <message>
        <source>Auditor verdicts per theme</source>
        <translation>Oordelen van de auditor per thema</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>In steekproef</translation>
    </message>
    <message>
        <source>Exclusions and their justification</source>
        <translation>Uitsluitingen en hun rechtvaardiging</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation>Rechtvaardiging van de uitsluiting</translation>
    </message>
    <message>
        <source>No justification given</source>
        <translation>Geen rechtvaardiging gegeven</translation>
    </message>
    <message>
        <source>The Statement of Applicability excludes no control.</source>
        <translation>De Verklaring van toepasselijkheid sluit geen beheersmaatregel uit.</translation>
    </message>
    <message>
        <source>Verdicts on the controls sampled</source>
        <translation>Oordelen over de beheersmaatregelen in de steekproef</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementatie</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>No control has a verdict yet.</source>
        <translation>Nog geen enkele beheersmaatregel heeft een oordeel.</translation>
    </message>
    <message>
        <source>Risk assessment and treatment</source>
        <translation>Risicobeoordeling en risicobehandeling</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Likelihood levels</source>
        <translation>Niveaus van waarschijnlijkheid</translation>
    </message>
    <message>
        <source>Impact levels</source>
        <translation>Niveaus van impact</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>Scoreklassen</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Acceptatiegrens</translation>
    </message>
    <message>
        <source>Scores up to %1 are acceptable</source>
        <translation>Scores tot en met %1 zijn acceptabel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Inherent risk (before treatment)</source>
        <translation>Inherent risico (vóór behandeling)</translation>
    </message>
    <message>
        <source>Residual risk (after treatment)</source>
        <translation>Restrisico (na behandeling)</translation>
    </message>
    <message>
        <source>Risks above the acceptance threshold</source>
        <translation>Risico&apos;s boven de acceptatiegrens</translation>
    </message>
    <message>
        <source>The client&apos;s method states no acceptance threshold.</source>
        <translation>De methode van de klant vermeldt geen acceptatiegrens.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Asset and threat</source>
        <translation>Asset en dreiging</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behand.</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Residual accepted by</source>
        <translation>Restrisico geaccepteerd door</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Niet geaccepteerd</translation>
    </message>
    <message>
        <source>No risk scores above the acceptance threshold.</source>
        <translation>Geen enkel risico scoort boven de acceptatiegrens.</translation>
    </message>
    <message>
        <source>Findings in detail</source>
        <translation>Bevindingen in detail</translation>
    </message>
    <message>
        <source>The audit raised no findings.</source>
        <translation>De audit heeft geen bevindingen opgeleverd.</translation>
    </message>
    <message>
        <source>Evidence records: %1</source>
        <translation>Bewijsregistraties: %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objectief bewijs</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrigerende maatregel</translation>
    </message>
    <message>
        <source>None submitted yet</source>
        <translation>Nog niet ingediend</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Niet vereist</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Status maatregel</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grondoorzaak</translation>
    </message>
    <message>
        <source>Owner and due date</source>
        <translation>Eigenaar en streefdatum</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>Evidence and sampling log</source>
        <translation>Logboek van bewijs en steekproeven</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Geen bewijs vastgelegd.</translation>
    </message>
    <message>
        <source>Objective evidence examined, with the sample taken, so that each selection can be repeated.</source>
        <translation>Onderzocht objectief bewijs, met de genomen steekproef, zodat elke selectie kan worden herhaald.</translation>
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
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Steekproef</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Verzameld</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Documentation review and readiness: clauses 4 to 10</source>
        <translation>Documentbeoordeling en gereedheid: clausule 4 tot en met 10</translation>
    </message>
    <message>
        <source>At Stage 1 the audit team reviews the ISMS&apos;s documented information and evaluates whether the client is ready for Stage 2; a result states that review, not the implementation and effectiveness that Stage 2 evaluates.</source>
        <translation>In fase 1 beoordeelt het auditteam de gedocumenteerde informatie van het ISMS en evalueert het of de klant gereed is voor fase 2; een resultaat geeft die beoordeling weer, niet de implementatie en effectiviteit die in fase 2 worden beoordeeld.</translation>
    </message>
    <message>
        <source>This audit&apos;s plan covers every clause requirement. The findings column names the findings raised against the requirement; the findings section states them in full.</source>
        <translation>Het auditplan van deze audit omvat elke eis uit de clausules. De kolom bevindingen noemt de bevindingen die tegen de eis zijn vastgesteld; het hoofdstuk over de bevindingen beschrijft ze volledig.</translation>
    </message>
    <message>
        <source>This audit&apos;s plan covers %1 of the %2 clause requirements; the others are marked as not in this audit&apos;s plan. The findings column names the findings raised against the requirement; the findings section states them in full.</source>
        <translation>Het auditplan van deze audit omvat %1 van de %2 eisen uit de clausules; de overige zijn gemarkeerd als niet in het auditplan. De kolom bevindingen noemt de bevindingen die tegen de eis zijn vastgesteld; het hoofdstuk over de bevindingen beschrijft ze volledig.</translation>
    </message>
    <message>
        <source>Not in this audit&apos;s plan</source>
        <translation>Niet in het auditplan</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: likelihood × impact.</source>
        <translation>De eigen risicomethode van de klant, zoals vastgelegd door het auditteam. De scores volgen de methode van de klant: waarschijnlijkheid × impact.</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: likelihood + impact.</source>
        <translation>De eigen risicomethode van de klant, zoals vastgelegd door het auditteam. De scores volgen de methode van de klant: waarschijnlijkheid + impact.</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: each pair of likelihood and impact levels has the score the client&apos;s matrix gives it (below).</source>
        <translation>De eigen risicomethode van de klant, zoals vastgelegd door het auditteam. De scores volgen de methode van de klant: elke combinatie van een niveau van waarschijnlijkheid en een niveau van impact krijgt de score die de matrix van de klant eraan toekent (zie hieronder).</translation>
    </message>
    <message>
        <source>The client&apos;s score matrix</source>
        <translation>Scorematrix van de klant</translation>
    </message>
    <message>
        <source>The recorded matrix cannot be read: %1</source>
        <translation>De vastgelegde matrix kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Likelihood / impact</source>
        <translation>Waarschijnlijkheid / impact</translation>
    </message>
</context>
<context>
    <name>ReportSigning</name>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Alleen een audit met de status rapportage kan worden ondertekend; deze heeft de status %1.</translation>
    </message>
    <message>
        <source>The signed report does not verify, so it was not written: %1</source>
        <translation>Het ondertekende rapport kan niet worden geverifieerd en is daarom niet geschreven: %1</translation>
    </message>
    <message>
        <source>The report&apos;s existing signatures do not verify, so it cannot be countersigned: %1</source>
        <translation>De bestaande handtekeningen van het rapport kunnen niet worden geverifieerd, dus het kan niet worden medeondertekend: %1</translation>
    </message>
    <message>
        <source>This is report revision %1, which was reopened (%2); only the current signed revision can be countersigned.</source>
        <translation>Dit is rapportrevisie %1, die is heropend (%2); alleen de huidige ondertekende revisie kan worden medeondertekend.</translation>
    </message>
    <message>
        <source>The countersigned report does not verify, so it was not written.</source>
        <translation>Het medeondertekende rapport kan niet worden geverifieerd en is daarom niet geschreven.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the audit already records this signature: reopen it and sign again.</source>
        <translation>Kan %1 niet schrijven: %2; de audit legt deze handtekening al vast: heropen de audit en onderteken opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>The report already has %n signature(s) and there is no room for another stamp; sign without a visible stamp.</source>
        <translation>
            <numerusform>Het rapport heeft al %n handtekening en er is geen ruimte voor nog een stempel; onderteken zonder zichtbare stempel.</numerusform>
            <numerusform>Het rapport heeft al %n handtekeningen en er is geen ruimte voor nog een stempel; onderteken zonder zichtbare stempel.</numerusform>
        </translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>revisie %1: %2</translation>
    </message>
    <message>
        <source>The audit has no signed report on record, so there is no hash to compare the PDF with.</source>
        <translation>De audit heeft geen ondertekend rapport vastgelegd, dus er is geen hash om de PDF mee te vergelijken.</translation>
    </message>
    <message>
        <source>The PDF is not the report recorded in the audit: the audit records %1; the PDF&apos;s signed revisions have %2.</source>
        <translation>De PDF is niet het rapport dat in de audit is vastgelegd: de audit legt %1 vast; de ondertekende revisies van de PDF hebben %2.</translation>
    </message>
    <message>
        <source>no hash</source>
        <translation>geen hash</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Annex A %1</source>
        <extracomment>The Annex A controls a record refers to, e.g. &quot;Annex A 5.1, 5.4&quot; (the catalogue&apos;s word for Annex A).</extracomment>
        <translation>bijlage A %1</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql to use the repository.</source>
        <translation>Het PostgreSQL-stuurprogramma van Qt (QPSQL) is niet geïnstalleerd; installeer libqt6sql6-psql om de repository te gebruiken.</translation>
    </message>
    <message>
        <source>Could not connect to the repository %1: %2. Nothing was changed; the audit file works offline as before.</source>
        <translation>Kan geen verbinding maken met de repository %1: %2. Er is niets gewijzigd; het auditbestand werkt zoals voorheen offline.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinding maken met %1…</translation>
    </message>
    <message>
        <source>The repository %1 did not answer: %2</source>
        <translation>De repository %1 reageert niet: %2</translation>
    </message>
    <message>
        <source>%1 holds no IsoAudit repository (or the role %2 may not use it): run isoaudit-cli repo init as the database&apos;s owner, and ask the administrator to grant the role isoaudit_auditor or isoaudit_reviewer.</source>
        <translation>%1 bevat geen IsoAudit-repository (of de rol %2 mag deze niet gebruiken): voer isoaudit-cli repo init uit als eigenaar van de database en vraag de beheerder om de rol isoaudit_auditor of isoaudit_reviewer toe te kennen.</translation>
    </message>
    <message>
        <source>The repository %1 is at schema version %2, newer than this IsoAudit knows (%3): update IsoAudit.</source>
        <translation>De repository %1 heeft schemaversie %2, die nieuwer is dan deze versie van IsoAudit kent (%3): werk IsoAudit bij.</translation>
    </message>
    <message>
        <source>The repository %1 is at schema version %2; this IsoAudit needs %3: ask the administrator to run isoaudit-cli repo init.</source>
        <translation>De repository %1 heeft schemaversie %2; deze versie van IsoAudit heeft %3 nodig: vraag de beheerder om isoaudit-cli repo init uit te voeren.</translation>
    </message>
    <message>
        <source>Creating the repository&apos;s roles and schema</source>
        <translation>De rollen en het schema van de repository aanmaken</translation>
    </message>
    <message>
        <source>Could not read the repository&apos;s schema version: %1</source>
        <translation>Kan de schemaversie van de repository niet lezen: %1</translation>
    </message>
    <message>
        <source>The repository is at schema version %1, newer than this IsoAudit knows (%2): update IsoAudit.</source>
        <translation>De repository heeft schemaversie %1, die nieuwer is dan deze versie van IsoAudit kent (%2): werk IsoAudit bij.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Kan geen transactie starten: %1</translation>
    </message>
    <message>
        <source>Migrating the repository to version %1</source>
        <translation>De repository migreren naar versie %1</translation>
    </message>
    <message>
        <source>Migrating the repository to version %1 failed: %2</source>
        <translation>Het migreren van de repository naar versie %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Listing the audits failed: %1</source>
        <translation>Het opvragen van de lijst met audits is mislukt: %1</translation>
    </message>
    <message>
        <source>Listing the audits</source>
        <translation>De lijst met audits opvragen</translation>
    </message>
    <message>
        <source>Reading the audit&apos;s state on the server</source>
        <translation>De stand van de audit op de server lezen</translation>
    </message>
    <message>
        <source>The repository %1 has no such audit (or this role may not see it).</source>
        <translation>De repository %1 bevat deze audit niet (of deze rol heeft er geen inzage in).</translation>
    </message>
    <message>
        <source>Not in the repository yet: push to store it.</source>
        <translation>Nog niet in de repository: verzend de audit om deze daar op te slaan.</translation>
    </message>
    <message>
        <source>In sync with the repository.</source>
        <translation>Gesynchroniseerd met de repository.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet pushed.</source>
        <translation>
            <numerusform>%n wijziging nog niet verzonden.</numerusform>
            <numerusform>%n wijzigingen nog niet verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the server&apos;s trail</source>
        <translation>De audittrail op de server lezen</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n newer change(s): pull.</source>
        <translation>
            <numerusform>De repository heeft %n nieuwere wijziging: haal deze op.</numerusform>
            <numerusform>De repository heeft %n nieuwere wijzigingen: haal ze op.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both the file and the repository changed since they last agreed: push to merge.</source>
        <translation>Zowel het bestand als de repository is gewijzigd sinds ze voor het laatst overeenkwamen: verzend de audit om ze samen te voegen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>Could not start a transaction on %1: %2</source>
        <translation>Kan geen transactie starten op %1: %2</translation>
    </message>
    <message>
        <source>Starting the pull</source>
        <translation>Het ophalen starten</translation>
    </message>
    <message>
        <source>The repository %1 has no audit %2 (or the role %3 may not see it).</source>
        <translation>De repository %1 bevat geen audit %2 (of de rol %3 heeft er geen inzage in).</translation>
    </message>
    <message>
        <source>Reading this role&apos;s privileges failed: %1</source>
        <translation>Het lezen van de rechten van deze rol is mislukt: %1</translation>
    </message>
    <message>
        <source>Marking the audit as checked out</source>
        <translation>De audit als uitgecheckt markeren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <source>The pull could not be completed on %1 (%2); no file was written.</source>
        <translation>Het ophalen uit %1 kon niet worden voltooid (%2); er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Checking the attachments the server holds</source>
        <translation>Controleren welke bijlagen al op de server staan</translation>
    </message>
    <message>
        <source>Sending attachments…</source>
        <translation>Bijlagen verzenden…</translation>
    </message>
    <message>
        <source>Sending an attachment</source>
        <translation>Een bijlage verzenden</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Preparing the push</source>
        <translation>Het verzenden voorbereiden</translation>
    </message>
    <message>
        <source>Sending records…</source>
        <translation>Records verzenden…</translation>
    </message>
    <message>
        <source>Removing the records the audit no longer holds</source>
        <translation>De records verwijderen die niet meer in de audit staan</translation>
    </message>
    <message>
        <source>Storing the records</source>
        <translation>De records opslaan</translation>
    </message>
    <message>
        <source>Sending the audit trail…</source>
        <translation>De audittrail verzenden…</translation>
    </message>
    <message>
        <source>The repository holds the merged audit, but %1 could not be replaced by it (%2); the merged file is %3.</source>
        <translation>De repository bevat de samengevoegde audit, maar %1 kon er niet door worden vervangen (%2); het samengevoegde bestand is %3.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>%1 was not pushed: its audit trail does not verify (%2).</source>
        <translation>%1 is niet verzonden: de verificatie van de audittrail mislukt (%2).</translation>
    </message>
    <message>
        <source>Reading the audit on the server</source>
        <translation>De audit op de server lezen</translation>
    </message>
    <message>
        <source>Reading this role&apos;s teams failed: %1</source>
        <translation>Het lezen van de teams van deze rol is mislukt: %1</translation>
    </message>
    <message>
        <source>Name the team the audit belongs to (--team); the role %1 is in: %2.</source>
        <translation>Geef het team op waartoe de audit behoort (--team); de rol %1 zit in: %2.</translation>
    </message>
    <message>
        <source>The repository %1 already holds this audit (%2) in a team the role %3 is not in; nothing was pushed.</source>
        <translation>De repository %1 bevat deze audit (%2) al in een team waarin de rol %3 niet zit; er is niets verzonden.</translation>
    </message>
    <message>
        <source>The role %1 may not add audits to the team &quot;%2&quot; (it is not a member, or there is no such team); nothing was pushed.</source>
        <translation>De rol %1 mag geen audits toevoegen aan het team &quot;%2&quot; (de rol is geen lid, of dat team bestaat niet); er is niets verzonden.</translation>
    </message>
    <message>
        <source>Adding the audit failed: %1</source>
        <translation>Het toevoegen van de audit is mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n newer change(s) than %1: pull instead; nothing was pushed.</source>
        <translation>
            <numerusform>De repository heeft %n wijziging die nieuwer is dan %1: haal deze op in plaats van te verzenden; er is niets verzonden.</numerusform>
            <numerusform>De repository heeft %n wijzigingen die nieuwer zijn dan %1: haal ze op in plaats van te verzenden; er is niets verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging with the repository&apos;s version…</source>
        <translation>Samenvoegen met de versie in de repository…</translation>
    </message>
    <message>
        <source>Could not make a temporary folder beside %1 for the merge: %2</source>
        <translation>Kan naast %1 geen tijdelijke map voor het samenvoegen aanmaken: %2</translation>
    </message>
    <message numerus="yes">
        <source>Both %1 and the repository changed the same fields (%n conflict(s)); nothing was pushed. Choose for each, or push again with --prefer mine or --prefer theirs.</source>
        <translation>
            <numerusform>Zowel %1 als de repository heeft dezelfde velden gewijzigd (%n conflict); er is niets verzonden. Maak per conflict een keuze, of verzend opnieuw met --prefer mine of --prefer theirs.</numerusform>
            <numerusform>Zowel %1 als de repository heeft dezelfde velden gewijzigd (%n conflicten); er is niets verzonden. Maak per conflict een keuze, of verzend opnieuw met --prefer mine of --prefer theirs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the merged audit beside %1.</source>
        <translation>Kan de samengevoegde audit niet naast %1 schrijven.</translation>
    </message>
    <message>
        <source>Clearing the checked-out mark</source>
        <translation>De markering als uitgecheckt wissen</translation>
    </message>
    <message>
        <source>The push could not be committed on %1 (%2); nothing was changed.</source>
        <translation>De verzending kon op %1 niet worden vastgelegd (%2); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Updating the audit&apos;s row</source>
        <translation>De rij van de audit bijwerken</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Vastleggen…</translation>
    </message>
    <message>
        <source>The repository holds the audit, but %1 could not record it: %2</source>
        <translation>De repository bevat de audit, maar %1 kon dat niet vastleggen: %2</translation>
    </message>
    <message>
        <source>Stored the audit in %1 (team %2).</source>
        <translation>De audit is opgeslagen in %1 (team %2).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to %1.</source>
        <translation>
            <numerusform>%n wijziging verzonden naar %1.</numerusform>
            <numerusform>%n wijzigingen verzonden naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged with the repository&apos;s version and sent; %1 now holds the merged audit.</source>
        <translation>Samengevoegd met de versie in de repository en verzonden; %1 bevat nu de samengevoegde audit.</translation>
    </message>
    <message>
        <source>Up to date: %1 has everything in the file.</source>
        <translation>Actueel: %1 bevat alles wat in het bestand staat.</translation>
    </message>
    <message>
        <source>The role %1 is in no team of the repository %2, so it cannot add an audit: ask the repository&apos;s administrator to add it to the audit&apos;s team.</source>
        <translation>De rol %1 zit in geen enkel team van de repository %2 en kan dus geen audit toevoegen: vraag de beheerder van de repository om de rol aan het team van de audit toe te voegen.</translation>
    </message>
    <message>
        <source>Reading the audit&apos;s team failed: %1</source>
        <translation>Het lezen van het team van de audit is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryRows</name>
    <message>
        <source>Reading the audit</source>
        <translation>De audit lezen</translation>
    </message>
    <message>
        <source>Receiving attachments…</source>
        <translation>Bijlagen ontvangen…</translation>
    </message>
    <message>
        <source>Receiving the attachments</source>
        <translation>De bijlagen ontvangen</translation>
    </message>
    <message>
        <source>Receiving records…</source>
        <translation>Records ontvangen…</translation>
    </message>
    <message>
        <source>Receiving the records</source>
        <translation>De records ontvangen</translation>
    </message>
    <message>
        <source>The repository&apos;s copy of the audit refers to an attachment it does not hold.</source>
        <translation>De versie van de audit in de repository verwijst naar een bijlage die de repository niet bevat.</translation>
    </message>
    <message>
        <source>Receiving the audit trail…</source>
        <translation>De audittrail ontvangen…</translation>
    </message>
    <message>
        <source>Receiving the audit trail</source>
        <translation>De audittrail ontvangen</translation>
    </message>
    <message>
        <source>The file holds no audit.</source>
        <translation>Het bestand bevat geen audit.</translation>
    </message>
    <message>
        <source>The file&apos;s audit has no identity (uuid).</source>
        <translation>De audit in het bestand heeft geen identiteit (uuid).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed on the server or in the file.</source>
        <translation>Geannuleerd: er is niets gewijzigd op de server of in het bestand.</translation>
    </message>
</context>
<context>
    <name>RepositoryServer</name>
    <message>
        <source>&quot;%1&quot; is not a repository address; write it as postgresql://USER@HOST:PORT/DATABASE (docs/repository.md).</source>
        <translation>&quot;%1&quot; is geen repository-adres; schrijf het als postgresql://USER@HOST:PORT/DATABASE (docs/repository.md).</translation>
    </message>
    <message>
        <source>The repository address carries a password; leave it out: IsoAudit asks for it (or reads it from the keychain) and never stores it.</source>
        <translation>Het repository-adres bevat een wachtwoord; laat dat weg: IsoAudit vraagt erom (of leest het uit de wachtwoordkluis) en slaat het nooit op.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the repository address; use host, port, user, sslmode, sslrootcert, sslcert or sslkey.</source>
        <translation>Onbekende instelling &quot;%1&quot; in het repository-adres; gebruik host, port, user, sslmode, sslrootcert, sslcert of sslkey.</translation>
    </message>
    <message>
        <source>The repository address has no valid port.</source>
        <translation>Het repository-adres bevat geen geldige poort.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation>Onbekende sslmode &quot;%1&quot;; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>sslmode=%1 needs the certificate authority that signed the server&apos;s certificate: add sslrootcert=/path/to/ca.pem to the address.</source>
        <translation>sslmode=%1 vereist de certificaatautoriteit die het certificaat van de server heeft ondertekend: voeg sslrootcert=/path/to/ca.pem aan het adres toe.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
</context>
<context>
    <name>RepositoryWork</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling… the server and the file stay as they were.</source>
        <translation>Annuleren… de server en het bestand blijven zoals ze waren.</translation>
    </message>
</context>
<context>
    <name>RiskMethod</name>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>The method needs 1 to %1 likelihood levels; it has %2.</source>
        <translation>De methode heeft 1 tot en met %1 niveaus van waarschijnlijkheid nodig; ze heeft er %2.</translation>
    </message>
    <message>
        <source>The method needs 1 to %1 impact levels; it has %2.</source>
        <translation>De methode heeft 1 tot en met %1 niveaus van impact nodig; ze heeft er %2.</translation>
    </message>
    <message>
        <source>Likelihood level %1 has no label.</source>
        <translation>Niveau %1 van waarschijnlijkheid heeft geen label.</translation>
    </message>
    <message>
        <source>Impact level %1 has no label.</source>
        <translation>Niveau %1 van impact heeft geen label.</translation>
    </message>
    <message>
        <source>Band %1 has no label.</source>
        <translation>Klasse %1 heeft geen label.</translation>
    </message>
    <message>
        <source>The band %1 runs from %2 to %3; its scores must be whole numbers from 0 up, the first no higher than the last.</source>
        <translation>De klasse %1 loopt van %2 tot en met %3; de scores moeten gehele getallen vanaf 0 zijn, de eerste niet hoger dan de laatste.</translation>
    </message>
    <message>
        <source>The bands %1 (%2–%3) and %4 (%5–%6) overlap; a score can fall in one band only.</source>
        <translation>De klassen %1 (%2–%3) en %4 (%5–%6) overlappen elkaar; een score kan maar in één klasse vallen.</translation>
    </message>
    <message>
        <source>The acceptance threshold %1 is outside the scores this method gives (%2 to %3).</source>
        <translation>De acceptatiegrens %1 ligt buiten de scores die deze methode geeft (%2 tot en met %3).</translation>
    </message>
    <message>
        <source>The score matrix has a row for each of %1 likelihood levels, but the method has %2 likelihood levels; give one row per likelihood level, lowest first.</source>
        <translation>De scorematrix heeft rijen voor %1 niveaus van waarschijnlijkheid, maar de methode heeft %2 niveaus van waarschijnlijkheid; geef één rij per niveau van waarschijnlijkheid, laagste eerst.</translation>
    </message>
    <message>
        <source>The score matrix row for likelihood %1 gives a score for each of %2 impact levels, but the method has %3 impact levels; give one score per impact level, lowest first.</source>
        <translation>De rij van de scorematrix voor waarschijnlijkheid %1 geeft scores voor %2 niveaus van impact, maar de methode heeft %3 niveaus van impact; geef één score per niveau van impact, laagste eerst.</translation>
    </message>
    <message>
        <source>The score matrix gives %1 for likelihood %2 and impact %3; a score is a whole number from 0 to %4.</source>
        <translation>De scorematrix geeft %1 voor waarschijnlijkheid %2 en impact %3; een score is een geheel getal van 0 tot en met %4.</translation>
    </message>
    <message>
        <source>Score = likelihood + impact.</source>
        <translation>Score = waarschijnlijkheid + impact.</translation>
    </message>
    <message>
        <source>Scores are read from the client&apos;s matrix, one per likelihood and impact level.</source>
        <translation>De scores komen uit de matrix van de klant, één per combinatie van een niveau van waarschijnlijkheid en een niveau van impact.</translation>
    </message>
    <message>
        <source>Score = likelihood × impact.</source>
        <translation>Score = waarschijnlijkheid × impact.</translation>
    </message>
    <message>
        <source>likelihood %1 + impact %2 = %3</source>
        <translation>waarschijnlijkheid %1 + impact %2 = %3</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2 score %3 in the client&apos;s matrix</source>
        <translation>waarschijnlijkheid %1 en impact %2 geven score %3 in de matrix van de klant</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2, which the client&apos;s matrix does not score</source>
        <translation>waarschijnlijkheid %1 en impact %2, waarvoor de matrix van de klant geen score geeft</translation>
    </message>
    <message>
        <source>likelihood %1 × impact %2 = %3</source>
        <translation>waarschijnlijkheid %1 × impact %2 = %3</translation>
    </message>
    <message>
        <source>The score matrix is not a list of rows (one per likelihood level).</source>
        <translation>De scorematrix is geen lijst met rijen (één per niveau van waarschijnlijkheid).</translation>
    </message>
    <message>
        <source>The score matrix row for likelihood %1 is %2, not a list of scores.</source>
        <translation>De rij van de scorematrix voor waarschijnlijkheid %1 is %2, geen lijst met scores.</translation>
    </message>
    <message>
        <source>The score matrix gives %1 for likelihood %2 and impact %3, which is not a whole number.</source>
        <translation>De scorematrix geeft %1 voor waarschijnlijkheid %2 en impact %3; dat is geen geheel getal.</translation>
    </message>
</context>
<context>
    <name>RiskMethodPresets</name>
    <message>
        <source>3 × 3 likelihood × impact</source>
        <translation>3 × 3 waarschijnlijkheid × impact</translation>
    </message>
    <message>
        <source>4 × 4 likelihood × impact</source>
        <translation>4 × 4 waarschijnlijkheid × impact</translation>
    </message>
    <message>
        <source>5 × 5 likelihood × impact</source>
        <translation>5 × 5 waarschijnlijkheid × impact</translation>
    </message>
    <message>
        <source>Scores 1–9: 1–2 Low, 3–4 Medium, 5–9 High; risks scoring above 4 need treatment.</source>
        <translation>Scores 1–9: 1–2 laag, 3–4 middel, 5–9 hoog; risico&apos;s met een score boven 4 moeten worden behandeld.</translation>
    </message>
    <message>
        <source>Scores 1–16: 1–3 Low, 4–6 Medium, 7–9 High, 10–16 Critical; risks scoring above 6 need treatment.</source>
        <translation>Scores 1–16: 1–3 laag, 4–6 middel, 7–9 hoog, 10–16 kritiek; risico&apos;s met een score boven 6 moeten worden behandeld.</translation>
    </message>
    <message>
        <source>Scores 1–25: 1–5 Low, 6–10 Medium, 11–15 High, 16–25 Critical; risks scoring above 10 need treatment.</source>
        <translation>Scores 1–25: 1–5 laag, 6–10 middel, 11–15 hoog, 16–25 kritiek; risico&apos;s met een score boven 10 moeten worden behandeld.</translation>
    </message>
    <message>
        <source>There is no built-in risk method &quot;%1&quot;; the choices are %2.</source>
        <translation>Er is geen ingebouwde risicomethode &quot;%1&quot;; de keuzes zijn %2.</translation>
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
        <translation>Er zijn geen regels voor &quot;%1&quot;; gebruik fieldwork, reporting of signed.</translation>
    </message>
</context>
<context>
    <name>SampleDraw</name>
    <message>
        <source>Control %1 already has a sample from the population &quot;%2&quot; (seed %3, drawn %4); remove that sample first to draw again.</source>
        <translation>Beheersmaatregel %1 heeft al een steekproef uit de populatie &quot;%2&quot; (startwaarde %3, getrokken op %4); verwijder die steekproef eerst om opnieuw te trekken.</translation>
    </message>
    <message>
        <source>Control %1: %2</source>
        <translation>Beheersmaatregel %1: %2</translation>
    </message>
    <message>
        <source>A sample size other than the firm&apos;s policy (%1) needs a reason on record.</source>
        <translation>Een andere steekproefgrootte dan die volgens het beleid van het kantoor (%1) vereist een vastgelegde reden.</translation>
    </message>
    <message>
        <source>The sample size %1 is below 1.</source>
        <translation>De steekproefgrootte %1 is kleiner dan 1.</translation>
    </message>
    <message>
        <source>No sample has been drawn from the population &quot;%1&quot;.</source>
        <translation>Uit de populatie &quot;%1&quot; is geen steekproef getrokken.</translation>
    </message>
    <message>
        <source>The control has no sample yet; draw one first.</source>
        <translation>De beheersmaatregel heeft nog geen steekproef; trek er eerst een.</translation>
    </message>
    <message>
        <source>The control has %1 samples; name the population of the one meant.</source>
        <translation>De beheersmaatregel heeft %1 steekproeven; noem de populatie van de bedoelde steekproef.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the control&apos;s sample.</source>
        <translation>&quot;%1&quot; is geen item van de steekproef van de beheersmaatregel.</translation>
    </message>
    <message>
        <source>An item is replaced only with a reason on record.</source>
        <translation>Een item wordt alleen vervangen met een vastgelegde reden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of this sample.</source>
        <translation>&quot;%1&quot; is geen item van deze steekproef.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a result (%2); an item that was tested is not replaced.</source>
        <translation>&quot;%1&quot; heeft al een resultaat (%2); een item dat is getest, wordt niet vervangen.</translation>
    </message>
    <message>
        <source>The sample&apos;s population is not in this file: %1</source>
        <translation>De populatie van de steekproef staat niet in dit bestand: %1</translation>
    </message>
    <message>
        <source>The sample&apos;s seed %1 is not the seed of its selection (%2).</source>
        <translation>De startwaarde %1 van de steekproef is niet de startwaarde van de selectie (%2).</translation>
    </message>
    <message>
        <source>The seed draws &quot;%1&quot; (%2), which is not among the sample&apos;s items.</source>
        <translation>De startwaarde trekt &quot;%1&quot; (%2), dat niet tot de items van de steekproef behoort.</translation>
    </message>
    <message>
        <source>The sample&apos;s item &quot;%1&quot; records %2 %3; the seed draws %4.</source>
        <translation>Het item &quot;%1&quot; van de steekproef vermeldt %2 %3; de startwaarde trekt %4.</translation>
    </message>
    <message>
        <source>The sample holds &quot;%1&quot;, which the seed does not draw.</source>
        <translation>De steekproef bevat &quot;%1&quot;, dat de startwaarde niet trekt.</translation>
    </message>
    <message>
        <source>The sample&apos;s item &quot;%1&quot; has a result; a tested sample is not removed.</source>
        <translation>Het item &quot;%1&quot; van de steekproef heeft een resultaat; een geteste steekproef wordt niet verwijderd.</translation>
    </message>
</context>
<context>
    <name>SampleResults</name>
    <message>
        <source>A sample item&apos;s result is %1, not &quot;%2&quot;.</source>
        <translation>Het resultaat van een steekproefitem is %1, niet &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>SampleSelection</name>
    <message>
        <source>The sample size %1 is below 1.</source>
        <translation>De steekproefgrootte %1 is kleiner dan 1.</translation>
    </message>
    <message>
        <source>Population row %1 has no item id.</source>
        <translation>Populatieregel %1 heeft geen item-id.</translation>
    </message>
    <message>
        <source>Population row %1 (item &quot;%2&quot;) has no valid date.</source>
        <translation>Populatieregel %1 (item &quot;%2&quot;) heeft geen geldige datum.</translation>
    </message>
    <message>
        <source>Population row %1 repeats the item id &quot;%2&quot; of row %3.</source>
        <translation>Populatieregel %1 herhaalt de item-id &quot;%2&quot; van regel %3.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not replaced: a replacement needs the reason it is replaced.</source>
        <translation>Item &quot;%1&quot; wordt niet vervangen: voor een vervanging is een reden nodig.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not in the sample, so it cannot be replaced.</source>
        <translation>Item &quot;%1&quot; zit niet in de steekproef en kan dus niet worden vervangen.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot be replaced: every occurrence of %2 is already in the sample or was replaced.</source>
        <translation>Item &quot;%1&quot; kan niet worden vervangen: alle uitvoeringen in de maand %2 zitten al in de steekproef of zijn al vervangen.</translation>
    </message>
    <message>
        <source>The sample was drawn by the method &quot;%1&quot; version %2, which this IsoAudit does not know (it draws with &quot;%3&quot; version %4).</source>
        <translation>De steekproef is getrokken met de methode &quot;%1&quot; versie %2, die deze installatie van IsoAudit niet kent (deze trekt met &quot;%3&quot; versie %4).</translation>
    </message>
    <message>
        <source>The sample&apos;s seed is missing or not a whole number written as text.</source>
        <translation>De startwaarde (seed) van de steekproef ontbreekt of is geen geheel getal dat als tekst is geschreven.</translation>
    </message>
    <message>
        <source>The population differs from the one the sample was drawn from (%1 rows, SHA-256 %2): the sample cannot be re-drawn from it.</source>
        <translation>De populatie verschilt van de populatie waaruit de steekproef is getrokken (%1 regels, SHA-256 %2): de steekproef kan er niet opnieuw uit worden getrokken.</translation>
    </message>
    <message>
        <source>The recorded replacement of item &quot;%1&quot; is &quot;%2&quot;, but the seed draws &quot;%3&quot;.</source>
        <translation>De vastgelegde vervanging van item &quot;%1&quot; is &quot;%2&quot;, maar de startwaarde levert &quot;%3&quot; op.</translation>
    </message>
    <message>
        <source>The recorded sample is not the one its seed draws from this population: recorded %1, drawn %2.</source>
        <translation>De vastgelegde steekproef is niet de steekproef die de startwaarde uit deze populatie trekt: vastgelegd %1, getrokken %2.</translation>
    </message>
</context>
<context>
    <name>SampleSize</name>
    <message>
        <source>The population has no occurrences during the period: the control is not occurring during the period, which is not a pass, and no sample is drawn.</source>
        <translation>De populatie bevat geen uitvoeringen in de periode: de beheersmaatregel is in de periode niet uitgevoerd, wat geen positief testresultaat is, en er wordt geen steekproef getrokken.</translation>
    </message>
    <message>
        <source>The control frequency &quot;%1&quot; is not one of %2.</source>
        <translation>De frequentie van de beheersmaatregel &quot;%1&quot; is geen van %2.</translation>
    </message>
    <message>
        <source>The population size %1 is below 0.</source>
        <translation>De populatieomvang %1 is kleiner dan 0.</translation>
    </message>
    <message>
        <source>The sample-size policy &quot;%1&quot; has no row for this control.</source>
        <translation>Het beleid voor steekproefgrootte &quot;%1&quot; heeft geen regel voor deze beheersmaatregel.</translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the firm&apos;s policy row &quot;%1&quot; tests every occurrence.</source>
        <translation>
            <numerusform>De hele populatie wordt getest (%n uitvoering): regel &quot;%1&quot; van het beleid van het kantoor test elke uitvoering.</numerusform>
            <numerusform>De hele populatie wordt getest (%n uitvoeringen): regel &quot;%1&quot; van het beleid van het kantoor test elke uitvoering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the population is not larger than the %1 items of the firm&apos;s policy row &quot;%2&quot; after a deviation in the prior period.</source>
        <translation>
            <numerusform>De hele populatie wordt getest (%n uitvoering): de populatie is niet groter dan de %1 items die regel &quot;%2&quot; van het beleid van het kantoor na een afwijking in de vorige periode voorschrijft.</numerusform>
            <numerusform>De hele populatie wordt getest (%n uitvoeringen): de populatie is niet groter dan de %1 items die regel &quot;%2&quot; van het beleid van het kantoor na een afwijking in de vorige periode voorschrijft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the population is not larger than the %1 items of the firm&apos;s policy row &quot;%2&quot;.</source>
        <translation>
            <numerusform>De hele populatie wordt getest (%n uitvoering): de populatie is niet groter dan de %1 items van regel &quot;%2&quot; van het beleid van het kantoor.</numerusform>
            <numerusform>De hele populatie wordt getest (%n uitvoeringen): de populatie is niet groter dan de %1 items van regel &quot;%2&quot; van het beleid van het kantoor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), the next size after a deviation in the prior period, from the firm&apos;s policy row &quot;%1&quot; (%2 without it).</source>
        <translation>
            <numerusform>%n item, de volgende grootte na een afwijking in de vorige periode, volgens regel &quot;%1&quot; van het beleid van het kantoor (%2 zonder afwijking).</numerusform>
            <numerusform>%n items, de volgende grootte na een afwijking in de vorige periode, volgens regel &quot;%1&quot; van het beleid van het kantoor (%2 zonder afwijking).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the firm&apos;s policy row &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n item volgens regel &quot;%1&quot; van het beleid van het kantoor.</numerusform>
            <numerusform>%n items volgens regel &quot;%1&quot; van het beleid van het kantoor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automated control, sized as a manual one after the deviation in the prior period.</source>
        <translation>Geautomatiseerde beheersmaatregel, na de afwijking in de vorige periode getest met de steekproefgrootte van een handmatige beheersmaatregel.</translation>
    </message>
    <message>
        <source>Automated control: change-management evidence over the period is tested as well.</source>
        <translation>Geautomatiseerde beheersmaatregel: ook het bewijs van wijzigingsbeheer over de periode wordt getest.</translation>
    </message>
    <message>
        <source>The sample-size input&apos;s populationSize is missing or not a number.</source>
        <translation>populationSize in de invoer voor de steekproefgrootte ontbreekt of is geen getal.</translation>
    </message>
    <message>
        <source>The sample size&apos;s %1 is missing or not a number.</source>
        <translation>%1 van de steekproefgrootte ontbreekt of is geen getal.</translation>
    </message>
</context>
<context>
    <name>SampleSizePolicy</name>
    <message>
        <source>The sample-size policy %1 cannot be read: %2</source>
        <translation>Het beleid voor steekproefgrootte %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is not valid JSON: %2</source>
        <translation>Het beleid voor steekproefgrootte %1 is geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is not an IsoAudit sample-size policy of version 1.</source>
        <translation>Het beleid voor steekproefgrootte %1 is geen IsoAudit-beleid voor steekproefgrootte van versie 1.</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is invalid: %2</source>
        <translation>Het beleid voor steekproefgrootte %1 is ongeldig: %2</translation>
    </message>
    <message>
        <source>it has no id or no name</source>
        <translation>het beleid heeft geen id of geen naam</translation>
    </message>
    <message>
        <source>%1: size is missing or neither a whole number of 1 or more nor &quot;all&quot;</source>
        <translation>%1: size ontbreekt of is geen geheel getal van 1 of meer en ook niet &quot;all&quot;</translation>
    </message>
    <message>
        <source>%1: size is missing or not a whole number of 1 or more</source>
        <translation>%1: size ontbreekt of is geen geheel getal van 1 of meer</translation>
    </message>
    <message>
        <source>%1: increasedSize (the next size, after a deviation in the prior period) is missing or not a whole number</source>
        <translation>%1: increasedSize (de volgende grootte, na een afwijking in de vorige periode) ontbreekt of is geen geheel getal</translation>
    </message>
    <message>
        <source>%1: increasedSize %2 is not larger than the size %3</source>
        <translation>%1: increasedSize %2 is niet groter dan size %3</translation>
    </message>
    <message>
        <source>byFrequency row %1 (&quot;%2&quot;)</source>
        <translation>byFrequency-regel %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: the frequency must be one of %2 (as-needed controls are sized by the asNeeded rows)</source>
        <translation>%1: de frequentie moet een van %2 zijn (beheersmaatregelen die naar behoefte worden uitgevoerd, worden bepaald met de asNeeded-regels)</translation>
    </message>
    <message>
        <source>%1 repeats a frequency an earlier row gives</source>
        <translation>%1 herhaalt een frequentie die een eerdere regel al geeft</translation>
    </message>
    <message>
        <source>byFrequency has no row for the frequency &quot;%1&quot;</source>
        <translation>byFrequency heeft geen regel voor de frequentie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>asNeeded has no rows</source>
        <translation>asNeeded heeft geen regels</translation>
    </message>
    <message>
        <source>asNeeded row %1</source>
        <translation>asNeeded-regel %1</translation>
    </message>
    <message>
        <source>%1: populationMin is missing or not a whole number of 1 or more</source>
        <translation>%1: populationMin ontbreekt of is geen geheel getal van 1 of meer</translation>
    </message>
    <message>
        <source>%1: populationMax is not a whole number of at least populationMin</source>
        <translation>%1: populationMax is geen geheel getal van ten minste populationMin</translation>
    </message>
    <message>
        <source>%1 has no populationMax; only the last row is open-ended</source>
        <translation>%1 heeft geen populationMax; alleen de laatste regel mag naar boven open zijn</translation>
    </message>
    <message>
        <source>%1 starts at %2 occurrences; the first row must start at 1</source>
        <translation>%1 begint bij %2 uitvoeringen; de eerste regel moet bij 1 beginnen</translation>
    </message>
    <message>
        <source>%1 leaves a gap: the row before ends at %2 occurrences</source>
        <translation>%1 laat een gat: de vorige regel eindigt bij %2 uitvoeringen</translation>
    </message>
    <message>
        <source>%1 overlaps the row before, which ends at %2 occurrences</source>
        <translation>%1 overlapt de vorige regel, die eindigt bij %2 uitvoeringen</translation>
    </message>
    <message>
        <source>it has no automated row</source>
        <translation>het beleid heeft geen automated-regel</translation>
    </message>
    <message>
        <source>automated: size is missing or not a whole number of 1 or more</source>
        <translation>automated: size ontbreekt of is geen geheel getal van 1 of meer</translation>
    </message>
    <message>
        <source>automated: changeManagementEvidence is not true or false</source>
        <translation>automated: changeManagementEvidence is niet true of false</translation>
    </message>
    <message>
        <source>automated: priorDeviation is &quot;%1&quot;, not &quot;as-manual&quot; or &quot;same&quot;</source>
        <translation>automated: priorDeviation is &quot;%1&quot;, niet &quot;as-manual&quot; of &quot;same&quot;</translation>
    </message>
    <message>
        <source>%1, %2 or more occurrences</source>
        <translation>%1, %2 of meer uitvoeringen</translation>
    </message>
    <message>
        <source>%1, %2–%3 occurrences</source>
        <translation>%1, %2–%3 uitvoeringen</translation>
    </message>
</context>
<context>
    <name>SignatureStamp</name>
    <message>
        <source>A visible signature stamp needs the application&apos;s fonts, which are not available here.</source>
        <translation>Een zichtbare handtekeningstempel vereist de lettertypen van de toepassing, die hier niet beschikbaar zijn.</translation>
    </message>
    <message>
        <source>The signature stamp&apos;s box is too small to write in.</source>
        <translation>Het vak van de handtekeningstempel is te klein om in te schrijven.</translation>
    </message>
    <message>
        <source>Digitally signed by %1 on %2 UTC</source>
        <translation>Digitaal ondertekend door %1 op %2 UTC</translation>
    </message>
</context>
<context>
    <name>Soc2Report</name>
    <message>
        <source>system</source>
        <translation>het systeem</translation>
    </message>
    <message>
        <source>Independent service auditor&apos;s report</source>
        <translation>Assurance-rapport van de onafhankelijke service-auditor</translation>
    </message>
    <message>
        <source>To the management of %1</source>
        <translation>Aan het management van %1</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Service-auditor</translation>
    </message>
    <message>
        <source>Not recorded in the engagement file.</source>
        <translation>Niet vastgelegd in het opdrachtbestand.</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Opdrachtleider</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdatum</translation>
    </message>
    <message>
        <source>Not yet dated</source>
        <translation>Nog niet gedateerd</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>We have examined %1&apos;s accompanying description of its %2 in Section III (the description) for the period %3, and the suitability of the design and operating effectiveness of the controls stated in the description throughout that period to provide reasonable assurance that %1&apos;s service commitments and system requirements were achieved based on the trust services criteria relevant to %4 (the applicable trust services criteria) established by the AICPA.</source>
        <translation>Wij hebben de bijgaande beschrijving in sectie III (de beschrijving) onderzocht die %1 heeft opgesteld van %2 voor de periode %3, alsmede de geschiktheid van de opzet en de effectieve werking van de in de beschrijving opgenomen beheersmaatregelen gedurende die periode om een redelijke mate van zekerheid te verschaffen dat de serviceverplichtingen en systeemvereisten van %1 zijn gerealiseerd op basis van de Trust Services Criteria die relevant zijn voor %4 (de toepasselijke Trust Services Criteria), zoals vastgesteld door het AICPA.</translation>
    </message>
    <message>
        <source>We have examined %1&apos;s accompanying description of its %2 in Section III (the description) as of %3, and the suitability of the design of the controls stated in the description as of that date to provide reasonable assurance that %1&apos;s service commitments and system requirements would be achieved based on the trust services criteria relevant to %4 (the applicable trust services criteria) established by the AICPA.</source>
        <translation>Wij hebben de bijgaande beschrijving in sectie III (de beschrijving) onderzocht die %1 heeft opgesteld van %2 per %3, alsmede de geschiktheid van de opzet van de in de beschrijving opgenomen beheersmaatregelen per die datum om een redelijke mate van zekerheid te verschaffen dat de serviceverplichtingen en systeemvereisten van %1 zouden worden gerealiseerd op basis van de Trust Services Criteria die relevant zijn voor %4 (de toepasselijke Trust Services Criteria), zoals vastgesteld door het AICPA.</translation>
    </message>
    <message>
        <source>%1 uses %2, a subservice organization, for %3. The description includes the controls of %2 (the inclusive method), and our examination extended to them.</source>
        <translation>%1 maakt voor %3 gebruik van %2, een subserviceorganisatie. De beschrijving omvat de beheersmaatregelen van %2 (de inclusive-methode), en ons onderzoek strekte zich ook tot die beheersmaatregelen uit.</translation>
    </message>
    <message>
        <source>%1 uses %2, a subservice organization, for %3. The description includes only the controls of %1 and excludes the controls of %2 (the carve-out method). The description also indicates that certain applicable trust services criteria (%4) can be met only if the complementary subservice organization controls assumed in the design of %1&apos;s controls are suitably designed and operating effectively along with the related controls at %1. Our examination did not extend to the controls of %2, and we have not evaluated the suitability of the design or the operating effectiveness of those complementary subservice organization controls. The controls assumed are: %5</source>
        <translation>%1 maakt voor %3 gebruik van %2, een subserviceorganisatie. De beschrijving omvat alleen de beheersmaatregelen van %1 en sluit de beheersmaatregelen van %2 uit (de carve-out-methode). De beschrijving geeft ook aan dat aan bepaalde toepasselijke Trust Services Criteria (%4) alleen kan worden voldaan als de complementaire beheersmaatregelen bij de subserviceorganisatie die bij de opzet van de beheersmaatregelen van %1 zijn verondersteld, passend zijn opgezet en effectief werken samen met de gerelateerde beheersmaatregelen van %1. Ons onderzoek strekte zich niet uit tot de beheersmaatregelen van %2, en wij hebben de geschiktheid van de opzet en de effectieve werking van die complementaire beheersmaatregelen bij de subserviceorganisatie niet geëvalueerd. De veronderstelde beheersmaatregelen zijn: %5</translation>
    </message>
    <message numerus="yes">
        <source>The description indicates that certain applicable trust services criteria can be met only if the complementary user entity controls assumed in the design of %1&apos;s controls are suitably designed and operating effectively along with the related controls at %1. Our examination did not include those complementary user entity controls, and we have not evaluated their design or operating effectiveness. They are listed in Section III (%n control(s)).</source>
        <translation>
            <numerusform>De beschrijving geeft aan dat aan bepaalde toepasselijke Trust Services Criteria alleen kan worden voldaan als de complementaire beheersmaatregelen bij gebruikersorganisaties die bij de opzet van de beheersmaatregelen van %1 zijn verondersteld, passend zijn opgezet en effectief werken samen met de gerelateerde beheersmaatregelen van %1. Ons onderzoek omvatte die complementaire beheersmaatregelen bij gebruikersorganisaties niet, en wij hebben de opzet en de effectieve werking ervan niet geëvalueerd. Ze zijn opgenomen in sectie III (%n beheersmaatregel).</numerusform>
            <numerusform>De beschrijving geeft aan dat aan bepaalde toepasselijke Trust Services Criteria alleen kan worden voldaan als de complementaire beheersmaatregelen bij gebruikersorganisaties die bij de opzet van de beheersmaatregelen van %1 zijn verondersteld, passend zijn opgezet en effectief werken samen met de gerelateerde beheersmaatregelen van %1. Ons onderzoek omvatte die complementaire beheersmaatregelen bij gebruikersorganisaties niet, en wij hebben de opzet en de effectieve werking ervan niet geëvalueerd. Ze zijn opgenomen in sectie III (%n beheersmaatregelen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Service organization&apos;s responsibilities</source>
        <translation>Verantwoordelijkheden van de serviceorganisatie</translation>
    </message>
    <message>
        <source>%1 is also responsible for preparing the description and the assertion, including their completeness and accuracy; for providing the services covered by the description; for selecting the applicable trust services criteria and stating the related controls in the description; and for identifying the risks that threaten the achievement of its service commitments and system requirements.</source>
        <translation>%1 is daarnaast verantwoordelijk voor het opstellen van de beschrijving en de bewering, met inbegrip van de volledigheid en juistheid daarvan; voor het leveren van de diensten die de beschrijving behandelt; voor het selecteren van de toepasselijke Trust Services Criteria en het opnemen van de gerelateerde beheersmaatregelen in de beschrijving; en voor het identificeren van de risico&apos;s die het realiseren van haar serviceverplichtingen en systeemvereisten bedreigen.</translation>
    </message>
    <message>
        <source>%1 is responsible for its service commitments and system requirements and for designing, implementing and operating effective controls within the system to provide reasonable assurance that they are achieved. In Section II, %1 has provided an assertion about the presentation of the description and the suitability of the design and operating effectiveness of the controls stated in it.</source>
        <translation>%1 is verantwoordelijk voor haar serviceverplichtingen en systeemvereisten en voor het opzetten, implementeren en effectief uitvoeren van beheersmaatregelen binnen het systeem om een redelijke mate van zekerheid te verschaffen dat deze worden gerealiseerd. In sectie II heeft %1 een bewering verstrekt over de weergave van de beschrijving en de geschiktheid van de opzet en de effectieve werking van de daarin opgenomen beheersmaatregelen.</translation>
    </message>
    <message>
        <source>%1 is responsible for its service commitments and system requirements and for designing and implementing controls within the system to provide reasonable assurance that they are achieved. In Section II, %1 has provided an assertion about the presentation of the description and the suitability of the design of the controls stated in it.</source>
        <translation>%1 is verantwoordelijk voor haar serviceverplichtingen en systeemvereisten en voor het opzetten en implementeren van beheersmaatregelen binnen het systeem om een redelijke mate van zekerheid te verschaffen dat deze worden gerealiseerd. In sectie II heeft %1 een bewering verstrekt over de weergave van de beschrijving en de geschiktheid van de opzet van de daarin opgenomen beheersmaatregelen.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s responsibilities</source>
        <translation>Verantwoordelijkheden van de service-auditor</translation>
    </message>
    <message>
        <source>Our responsibility is to express an opinion on the description and on the suitability of the design and operating effectiveness of the controls stated in it, based on our examination. Our examination was conducted in accordance with attestation standards established by the AICPA. Those standards require that we plan and perform the examination to obtain reasonable assurance about whether, in all material respects, the description is presented in accordance with the description criteria and the controls stated in it were suitably designed and operated effectively to provide reasonable assurance that the service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>Onze verantwoordelijkheid is het tot uitdrukking brengen van een oordeel over de beschrijving en over de geschiktheid van de opzet en de effectieve werking van de daarin opgenomen beheersmaatregelen, op basis van ons onderzoek. Wij hebben ons onderzoek uitgevoerd in overeenstemming met de door het AICPA vastgestelde standaarden voor attestation-opdrachten (attestation standards). Deze standaarden vereisen dat wij het onderzoek zodanig plannen en uitvoeren dat wij een redelijke mate van zekerheid verkrijgen over de vraag of de beschrijving in alle van materieel belang zijnde opzichten is weergegeven in overeenstemming met de beschrijvingscriteria en of de daarin opgenomen beheersmaatregelen passend waren opgezet en effectief hebben gewerkt om een redelijke mate van zekerheid te verschaffen dat de serviceverplichtingen en systeemvereisten zijn gerealiseerd op basis van de toepasselijke Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Our responsibility is to express an opinion on the description and on the suitability of the design of the controls stated in it, based on our examination. Our examination was conducted in accordance with attestation standards established by the AICPA. Those standards require that we plan and perform the examination to obtain reasonable assurance about whether, in all material respects, the description is presented in accordance with the description criteria and the controls stated in it were suitably designed to provide reasonable assurance that the service commitments and system requirements would be achieved based on the applicable trust services criteria.</source>
        <translation>Onze verantwoordelijkheid is het tot uitdrukking brengen van een oordeel over de beschrijving en over de geschiktheid van de opzet van de daarin opgenomen beheersmaatregelen, op basis van ons onderzoek. Wij hebben ons onderzoek uitgevoerd in overeenstemming met de door het AICPA vastgestelde standaarden voor attestation-opdrachten (attestation standards). Deze standaarden vereisen dat wij het onderzoek zodanig plannen en uitvoeren dat wij een redelijke mate van zekerheid verkrijgen over de vraag of de beschrijving in alle van materieel belang zijnde opzichten is weergegeven in overeenstemming met de beschrijvingscriteria en of de daarin opgenomen beheersmaatregelen passend waren opgezet om een redelijke mate van zekerheid te verschaffen dat de serviceverplichtingen en systeemvereisten zouden worden gerealiseerd op basis van de toepasselijke Trust Services Criteria.</translation>
    </message>
    <message>
        <source>The examination involved performing procedures to obtain evidence about the presentation of the description and the suitability of the design and operating effectiveness of the controls: assessing the risks that the description is not presented in accordance with the description criteria and that the controls were not suitably designed or did not operate effectively; testing the operating effectiveness of the controls we consider necessary to provide reasonable assurance that the applicable trust services criteria were met; and evaluating the overall presentation of the description. The procedures selected depend on the service auditor&apos;s judgment.</source>
        <translation>Het onderzoek omvatte het uitvoeren van werkzaamheden om bewijs te verkrijgen over de weergave van de beschrijving en de geschiktheid van de opzet en de effectieve werking van de beheersmaatregelen: het inschatten van de risico&apos;s dat de beschrijving niet is weergegeven in overeenstemming met de beschrijvingscriteria en dat de beheersmaatregelen niet passend waren opgezet of niet effectief hebben gewerkt; het testen van de effectieve werking van de beheersmaatregelen die wij noodzakelijk achten om een redelijke mate van zekerheid te verschaffen dat aan de toepasselijke Trust Services Criteria is voldaan; en het evalueren van de algehele weergave van de beschrijving. De geselecteerde werkzaamheden zijn afhankelijk van de professionele oordeelsvorming van de service-auditor.</translation>
    </message>
    <message>
        <source>The examination involved performing procedures to obtain evidence about the presentation of the description and the suitability of the design of the controls: assessing the risks that the description is not presented in accordance with the description criteria and that the controls were not suitably designed, and evaluating the overall presentation of the description. The procedures selected depend on the service auditor&apos;s judgment. A Type 1 examination does not test the operating effectiveness of controls, and we express no opinion on it.</source>
        <translation>Het onderzoek omvatte het uitvoeren van werkzaamheden om bewijs te verkrijgen over de weergave van de beschrijving en de geschiktheid van de opzet van de beheersmaatregelen: het inschatten van de risico&apos;s dat de beschrijving niet is weergegeven in overeenstemming met de beschrijvingscriteria en dat de beheersmaatregelen niet passend waren opgezet, en het evalueren van de algehele weergave van de beschrijving. De geselecteerde werkzaamheden zijn afhankelijk van de professionele oordeelsvorming van de service-auditor. Bij een Type 1-onderzoek wordt de effectieve werking van beheersmaatregelen niet getest, en wij brengen daarover geen oordeel tot uitdrukking.</translation>
    </message>
    <message>
        <source>We are required to be independent of %1 and to meet our other ethical responsibilities in accordance with the relevant ethical requirements relating to the examination.</source>
        <translation>Wij zijn verplicht onafhankelijk te zijn van %1 en te voldoen aan onze overige ethische verantwoordelijkheden in overeenstemming met de relevante ethische voorschriften die op het onderzoek van toepassing zijn.</translation>
    </message>
    <message>
        <source>We believe that the evidence we obtained is sufficient and appropriate to provide a reasonable basis for our opinion.</source>
        <translation>Wij zijn van mening dat het door ons verkregen bewijs voldoende en geschikt is om een redelijke basis te bieden voor ons oordeel.</translation>
    </message>
    <message>
        <source>Inherent limitations</source>
        <translation>Inherente beperkingen</translation>
    </message>
    <message>
        <source>The description is prepared to meet the common needs of a broad range of users and may therefore not include every aspect of the system that an individual user may consider important. There are inherent limitations in the effectiveness of any system of internal control, including the possibility of human error and the circumvention of controls. Because of their nature, controls may not always operate effectively to provide reasonable assurance that the service commitments and system requirements are achieved. Projecting any conclusion about the suitability of the design or the operating effectiveness of the controls to future periods is subject to the risk that controls may become inadequate because of changes in conditions, or that the degree of compliance with policies or procedures may deteriorate.</source>
        <translation>De beschrijving is opgesteld om te voorzien in de gemeenschappelijke behoeften van een brede groep gebruikers en bevat daarom mogelijk niet elk aspect van het systeem dat een individuele gebruiker belangrijk kan vinden. Aan de effectiviteit van elk systeem van interne beheersing zijn inherente beperkingen verbonden, waaronder de mogelijkheid van menselijke fouten en het omzeilen van beheersmaatregelen. Door hun aard werken beheersmaatregelen mogelijk niet altijd effectief om een redelijke mate van zekerheid te verschaffen dat de serviceverplichtingen en systeemvereisten worden gerealiseerd. Het doortrekken van een conclusie over de geschiktheid van de opzet of de effectieve werking van de beheersmaatregelen naar toekomstige perioden is onderhevig aan het risico dat beheersmaatregelen door gewijzigde omstandigheden ontoereikend worden, of dat de mate van naleving van beleid of procedures afneemt.</translation>
    </message>
    <message>
        <source>Description of tests of controls</source>
        <translation>Beschrijving van de testen van beheersmaatregelen</translation>
    </message>
    <message>
        <source>The specific controls we tested, and the nature, timing and results of those tests, are listed in Section IV.</source>
        <translation>De specifieke beheersmaatregelen die wij hebben getest, en de aard, timing en resultaten van die testen, zijn opgenomen in sectie IV.</translation>
    </message>
    <message>
        <source>The controls stated in the description and our conclusions on their design are listed in Section IV.</source>
        <translation>De in de beschrijving opgenomen beheersmaatregelen en onze conclusies over hun opzet zijn opgenomen in sectie IV.</translation>
    </message>
    <message>
        <source>The engagement file names no criterion as not met.</source>
        <translation>Het opdrachtbestand noemt geen criterium waaraan niet is voldaan.</translation>
    </message>
    <message>
        <source>The basis is not recorded in the engagement file.</source>
        <translation>De basis is niet vastgelegd in het opdrachtbestand.</translation>
    </message>
    <message>
        <source>(a) the description presents %1&apos;s %2 that was designed and implemented %3 in accordance with the description criteria;</source>
        <translation>(a) geeft de beschrijving %2 van %1, zoals dat %3 was opgezet en geïmplementeerd, weer in overeenstemming met de beschrijvingscriteria;</translation>
    </message>
    <message>
        <source>(b) the controls stated in the description were suitably designed %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements would be achieved based on the applicable trust services criteria, if its controls operated effectively %1</source>
        <translation>(b) waren de in de beschrijving opgenomen beheersmaatregelen %1 passend opgezet om een redelijke mate van zekerheid te verschaffen dat de serviceverplichtingen en systeemvereisten van %2 zouden worden gerealiseerd op basis van de toepasselijke Trust Services Criteria, indien de beheersmaatregelen %1 effectief zouden werken</translation>
    </message>
    <message>
        <source>(c) the controls stated in the description operated effectively %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>(c) hebben de in de beschrijving opgenomen beheersmaatregelen %1 effectief gewerkt om een redelijke mate van zekerheid te verschaffen dat de serviceverplichtingen en systeemvereisten van %2 zijn gerealiseerd op basis van de toepasselijke Trust Services Criteria.</translation>
    </message>
    <message>
        <source>These conclusions assume that the complementary subservice organization controls and complementary user entity controls referred to above were suitably designed and operated effectively %1.</source>
        <translation>Deze conclusies gaan ervan uit dat de hierboven genoemde complementaire beheersmaatregelen bij subserviceorganisaties en complementaire beheersmaatregelen bij gebruikersorganisaties %1 passend waren opgezet en effectief hebben gewerkt.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>In our opinion, in all material respects:</source>
        <translation>Naar ons oordeel, in alle van materieel belang zijnde opzichten:</translation>
    </message>
    <message>
        <source>Basis for qualified opinion</source>
        <translation>Basis voor ons oordeel met beperking</translation>
    </message>
    <message>
        <source>Our tests, described in Section IV, found that the controls did not provide reasonable assurance that the following applicable trust services criteria were met:</source>
        <translation>Uit onze testen, beschreven in sectie IV, is gebleken dat de beheersmaatregelen geen redelijke mate van zekerheid hebben verschaft dat aan de volgende toepasselijke Trust Services Criteria is voldaan:</translation>
    </message>
    <message>
        <source>Qualified opinion</source>
        <translation>Oordeel met beperking</translation>
    </message>
    <message>
        <source>In our opinion, except for the matter described in the basis for qualified opinion paragraph, in all material respects:</source>
        <translation>Naar ons oordeel, met uitzondering van de aangelegenheid die is beschreven in de paragraaf &quot;Basis voor ons oordeel met beperking&quot;, in alle van materieel belang zijnde opzichten:</translation>
    </message>
    <message>
        <source>Basis for adverse opinion</source>
        <translation>Basis voor ons afkeurend oordeel</translation>
    </message>
    <message>
        <source>Our tests, described in Section IV, found that the controls did not provide reasonable assurance that the following applicable trust services criteria were met, and the effect is pervasive:</source>
        <translation>Uit onze testen, beschreven in sectie IV, is gebleken dat de beheersmaatregelen geen redelijke mate van zekerheid hebben verschaft dat aan de volgende toepasselijke Trust Services Criteria is voldaan, en de gevolgen daarvan zijn diepgaand:</translation>
    </message>
    <message>
        <source>Adverse opinion</source>
        <translation>Afkeurend oordeel</translation>
    </message>
    <message>
        <source>In our opinion, because of the significance of the matter described in the basis for adverse opinion paragraph, the controls stated in the description were not suitably designed and did not operate effectively %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>Naar ons oordeel waren, vanwege het belang van de aangelegenheid die is beschreven in de paragraaf &quot;Basis voor ons afkeurend oordeel&quot;, de in de beschrijving opgenomen beheersmaatregelen %1 niet passend opgezet en hebben zij niet effectief gewerkt om een redelijke mate van zekerheid te verschaffen dat de serviceverplichtingen en systeemvereisten van %2 zijn gerealiseerd op basis van de toepasselijke Trust Services Criteria.</translation>
    </message>
    <message>
        <source>In our opinion, because of the significance of the matter described in the basis for adverse opinion paragraph, the controls stated in the description were not suitably designed %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements would be achieved based on the applicable trust services criteria.</source>
        <translation>Naar ons oordeel waren, vanwege het belang van de aangelegenheid die is beschreven in de paragraaf &quot;Basis voor ons afkeurend oordeel&quot;, de in de beschrijving opgenomen beheersmaatregelen %1 niet passend opgezet om een redelijke mate van zekerheid te verschaffen dat de serviceverplichtingen en systeemvereisten van %2 zouden worden gerealiseerd op basis van de toepasselijke Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Basis for disclaimer of opinion</source>
        <translation>Basis voor onze oordeelonthouding</translation>
    </message>
    <message>
        <source>We were not able to obtain sufficient appropriate evidence for the matter described below.</source>
        <translation>Wij hebben voor de hieronder beschreven aangelegenheid geen voldoende en geschikt bewijs kunnen verkrijgen.</translation>
    </message>
    <message>
        <source>Because of the significance of the matter described in the basis for disclaimer of opinion paragraph, we have not been able to obtain sufficient appropriate evidence to provide a basis for an opinion. Accordingly, we do not express an opinion on the description or on the suitability of the design or the operating effectiveness of the controls stated in it.</source>
        <translation>Vanwege het belang van de aangelegenheid die is beschreven in de paragraaf &quot;Basis voor onze oordeelonthouding&quot;, hebben wij geen voldoende en geschikt bewijs kunnen verkrijgen als basis voor een oordeel. Wij brengen daarom geen oordeel tot uitdrukking over de beschrijving of over de geschiktheid van de opzet of de effectieve werking van de daarin opgenomen beheersmaatregelen.</translation>
    </message>
    <message>
        <source>Opinion not yet formed</source>
        <translation>Oordeel nog niet gevormd</translation>
    </message>
    <message>
        <source>The service auditor has not formed an opinion: this report is a draft, and no opinion is expressed in it.</source>
        <translation>De service-auditor heeft geen oordeel gevormd: dit rapport is een concept en er wordt geen oordeel in tot uitdrukking gebracht.</translation>
    </message>
    <message>
        <source>Restricted use</source>
        <translation>Beperking in gebruik</translation>
    </message>
    <message>
        <source>the management of %1, its user entities and their auditors</source>
        <translation>het management van %1, haar gebruikersorganisaties en de auditors van deze gebruikersorganisaties</translation>
    </message>
    <message>
        <source>This report, including the description of the tests of controls and their results in Section IV, is intended solely for the information and use of %1. It is not intended to be, and should not be, used by anyone other than these specified parties.</source>
        <translation>Dit rapport, met inbegrip van de beschrijving van de testen van beheersmaatregelen en de resultaten daarvan in sectie IV, is uitsluitend bestemd ter informatie van en voor gebruik door %1. Het is niet bedoeld om te worden gebruikt, en mag niet worden gebruikt, door anderen dan deze specifiek genoemde partijen.</translation>
    </message>
    <message>
        <source>The engagement file names no intended users: the parties above are IsoAudit&apos;s default wording, for the service auditor to confirm.</source>
        <translation>Het opdrachtbestand noemt geen beoogde gebruikers: de bovengenoemde partijen zijn de standaardformulering van IsoAudit, ter bevestiging door de service-auditor.</translation>
    </message>
    <message>
        <source>Not described in the engagement file.</source>
        <translation>Niet beschreven in het opdrachtbestand.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(geen nummer)</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTROUWELIJK</translation>
    </message>
    <message>
        <source>Report %1 · Rev %2 · Page %3 of %4</source>
        <translation>Rapport %1 · Rev. %2 · Pagina %3 van %4</translation>
    </message>
    <message>
        <source>SOC 2® Type 2 report</source>
        <translation>SOC 2® Type 2-rapport</translation>
    </message>
    <message>
        <source>SOC 2® Type 1 report</source>
        <translation>SOC 2® Type 1-rapport</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>throughout the period %1</source>
        <translation>gedurende de periode %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>the service organization</source>
        <translation>de serviceorganisatie</translation>
    </message>
    <message>
        <source>REPORT ON AN EXAMINATION BY A SERVICE AUDITOR</source>
        <translation>RAPPORT OVER EEN ONDERZOEK DOOR EEN SERVICE-AUDITOR</translation>
    </message>
    <message>
        <source>Report on %1&apos;s description of its %2 and on the suitability of the design and operating effectiveness of its controls relevant to %3, for the period %4</source>
        <translation>Rapport over de beschrijving die %1 heeft opgesteld van %2 en over de geschiktheid van de opzet en de effectieve werking van de beheersmaatregelen die relevant zijn voor %3, voor de periode %4</translation>
    </message>
    <message>
        <source>Report on %1&apos;s description of its %2 and on the suitability of the design of its controls relevant to %3, as of %4</source>
        <translation>Rapport over de beschrijving die %1 heeft opgesteld van %2 en over de geschiktheid van de opzet van de beheersmaatregelen die relevant zijn voor %3, per %4</translation>
    </message>
    <message>
        <source>Draft: examination in progress</source>
        <translation>Concept: onderzoek loopt</translation>
    </message>
    <message>
        <source>Final, for signature</source>
        <translation>Definitief, ter ondertekening</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation>Definitief, ondertekend</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Serviceorganisatie</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Type rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation>Trust Services-categorieën</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This report is intended solely for the specified parties named in Section I under &quot;Restricted use&quot; and must not be passed to others.</source>
        <translation>Dit rapport is uitsluitend bestemd voor de specifiek genoemde partijen die in sectie I onder &quot;Beperking in gebruik&quot; worden vermeld, en mag niet aan anderen worden doorgegeven.</translation>
    </message>
    <message>
        <source>Management&apos;s assertion</source>
        <translation>Bewering van het management</translation>
    </message>
    <message>
        <source>Management&apos;s assertion has not been provided. The report cannot be issued without it.</source>
        <translation>De bewering van het management is niet verstrekt. Het rapport kan zonder deze bewering niet worden uitgebracht.</translation>
    </message>
    <message>
        <source>The assertion below is made by the management of %1, as provided to the service auditor.</source>
        <translation>De onderstaande bewering is afgegeven door het management van %1, zoals verstrekt aan de service-auditor.</translation>
    </message>
    <message>
        <source>%1&apos;s description of its system</source>
        <translation>Beschrijving van het systeem van %1</translation>
    </message>
    <message>
        <source>The description in this section is prepared by the management of %1; the service auditor examined its presentation (Section I).</source>
        <translation>De beschrijving in deze sectie is opgesteld door het management van %1; de service-auditor heeft de weergave ervan onderzocht (sectie I).</translation>
    </message>
    <message>
        <source>Services provided</source>
        <translation>Geleverde diensten</translation>
    </message>
    <message>
        <source>Components of the system</source>
        <translation>Componenten van het systeem</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructuur</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>System boundaries</source>
        <translation>Systeemgrenzen</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Subserviceorganisaties</translation>
    </message>
    <message>
        <source>%1 uses no subservice organization for the services in scope.</source>
        <translation>%1 maakt voor de diensten binnen de scope geen gebruik van een subserviceorganisatie.</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Subservice-organisatie</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed</source>
        <translation>Veronderstelde complementaire beheersmaatregelen bij de subserviceorganisatie</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Complementary user entity controls</source>
        <translation>Complementaire beheersmaatregelen bij gebruikersorganisaties</translation>
    </message>
    <message>
        <source>The description assumes no complementary user entity controls.</source>
        <translation>De beschrijving veronderstelt geen complementaire beheersmaatregelen bij gebruikersorganisaties.</translation>
    </message>
    <message>
        <source>%1&apos;s controls were designed with the assumption that user entities implement the controls below. User entities are responsible for them; the service auditor did not examine them.</source>
        <translation>Bij de opzet van de beheersmaatregelen van %1 is ervan uitgegaan dat gebruikersorganisaties de onderstaande beheersmaatregelen implementeren. Gebruikersorganisaties zijn daarvoor verantwoordelijk; de service-auditor heeft ze niet onderzocht.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Control expected of user entities</source>
        <translation>Van gebruikersorganisaties verwachte beheersmaatregel</translation>
    </message>
    <message>
        <source>Other information provided by the service organization</source>
        <translation>Overige informatie verstrekt door de serviceorganisatie</translation>
    </message>
    <message>
        <source>Not covered by the service auditor&apos;s opinion</source>
        <translation>Valt niet onder het oordeel van de service-auditor</translation>
    </message>
    <message>
        <source>The information in this section is presented by the management of %1 to provide additional information to user entities. It is not part of the description of the system and was not subjected to the procedures applied in the examination; accordingly, the service auditor expresses no opinion on it.</source>
        <translation>De informatie in deze sectie wordt door het management van %1 gepresenteerd om gebruikersorganisaties aanvullende informatie te verschaffen. Zij maakt geen deel uit van de beschrijving van het systeem en is niet onderworpen aan de werkzaamheden die bij het onderzoek zijn uitgevoerd; de service-auditor brengt daarom geen oordeel over deze informatie tot uitdrukking.</translation>
    </message>
    <message>
        <source>Management&apos;s responses to the exceptions</source>
        <translation>Reacties van het management op de afwijkingen</translation>
    </message>
    <message>
        <source>The examination noted no exceptions, so management has no responses to present.</source>
        <translation>Bij het onderzoek zijn geen afwijkingen geconstateerd; het management heeft daarom geen reacties te presenteren.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Exception noted</source>
        <translation>Geconstateerde afwijking</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Reactie van het management</translation>
    </message>
    <message>
        <source>Management has not provided a response.</source>
        <translation>Het management heeft geen reactie verstrekt.</translation>
    </message>
    <message>
        <source>%1, %2 or more occurrences</source>
        <translation>%1, %2 of meer uitvoeringen</translation>
    </message>
    <message>
        <source>%1, %2–%3 occurrences</source>
        <translation>%1, %2–%3 uitvoeringen</translation>
    </message>
    <message numerus="yes">
        <source>Tested the whole population: %n occurrence(s) in the period.</source>
        <translation>
            <numerusform>De hele populatie is getest: %n uitvoering in de periode.</numerusform>
            <numerusform>De hele populatie is getest: %n uitvoeringen in de periode.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample of %1 of %2 occurrences, selected at random across the period (stratified by month).</source>
        <translation>Steekproef van %1 van de %2 uitvoeringen, aselect geselecteerd over de periode (gestratificeerd per maand).</translation>
    </message>
    <message>
        <source>Sample size set by the service auditor: %1</source>
        <translation>Steekproefgrootte vastgesteld door de service-auditor: %1</translation>
    </message>
    <message>
        <source>Sample size from the firm&apos;s sampling policy (%1), increased for a deviation in the prior period.</source>
        <translation>Steekproefgrootte volgens het steekproefbeleid van het kantoor (%1), verhoogd vanwege een afwijking in de vorige periode.</translation>
    </message>
    <message>
        <source>Sample size from the firm&apos;s sampling policy (%1).</source>
        <translation>Steekproefgrootte volgens het steekproefbeleid van het kantoor (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) replaced, each with the reason on record.</source>
        <translation>
            <numerusform>%n item vervangen, met de reden vastgelegd.</numerusform>
            <numerusform>%n items vervangen, elk met de reden vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust services criteria, controls, tests of controls and results</source>
        <translation>Trust Services Criteria, beheersmaatregelen, testen van beheersmaatregelen en resultaten</translation>
    </message>
    <message>
        <source>For each applicable trust services criterion, this section lists the controls of %1 mapped to it, the tests the service auditor performed %2 and their results. A control mapped to several criteria is listed under each of them.</source>
        <translation>Voor elk toepasselijk criterium van de Trust Services Criteria vermeldt deze sectie de daaraan gekoppelde beheersmaatregelen van %1, de testen die de service-auditor %2 heeft uitgevoerd en de resultaten daarvan. Een beheersmaatregel die aan meerdere criteria is gekoppeld, wordt onder elk daarvan vermeld.</translation>
    </message>
    <message>
        <source>Sample sizes follow the service auditor&apos;s firm&apos;s sampling policy; they are the firm&apos;s judgment, not a requirement of the AICPA. Items were selected at random with a recorded seed from the population as frozen on import, spread across the months of the period; the table at the end of this section gives what a reviewer needs to draw the same items again.</source>
        <translation>Steekproefgrootten volgen het steekproefbeleid van het kantoor van de service-auditor; zij berusten op de professionele oordeelsvorming van het kantoor en zijn geen vereiste van het AICPA. Items zijn aselect geselecteerd met een vastgelegde startwaarde uit de populatie zoals die bij de import is bevroren, gespreid over de maanden van de periode; de tabel aan het einde van deze sectie bevat wat een beoordelaar nodig heeft om dezelfde items opnieuw te trekken.</translation>
    </message>
    <message>
        <source>For each applicable trust services criterion, this section lists the controls of %1 mapped to it, the procedures the service auditor performed to evaluate their design and the conclusion on their design %2. A Type 1 examination does not test operating effectiveness.</source>
        <translation>Voor elk toepasselijk criterium van de Trust Services Criteria vermeldt deze sectie de daaraan gekoppelde beheersmaatregelen van %1, de werkzaamheden die de service-auditor heeft uitgevoerd om de opzet ervan te beoordelen en de conclusie over de opzet %2. Bij een Type 1-onderzoek wordt de effectieve werking niet getest.</translation>
    </message>
    <message>
        <source>Test methods</source>
        <translation>Testmethoden</translation>
    </message>
    <message>
        <source>Asked appropriate personnel about the control and corroborated the answers.</source>
        <translation>Relevante medewerkers ondervraagd over de beheersmaatregel en de antwoorden met ander bewijs bevestigd.</translation>
    </message>
    <message>
        <source>Watched the control being performed.</source>
        <translation>Waargenomen hoe de beheersmaatregel werd uitgevoerd.</translation>
    </message>
    <message>
        <source>Examined documents, records or system settings that show the control was performed.</source>
        <translation>Documenten, registraties of systeeminstellingen onderzocht waaruit blijkt dat de beheersmaatregel is uitgevoerd.</translation>
    </message>
    <message>
        <source>Performed the control again independently and compared the outcome.</source>
        <translation>De beheersmaatregel onafhankelijk opnieuw uitgevoerd en de uitkomst vergeleken.</translation>
    </message>
    <message>
        <source>No control of %1 is mapped to this criterion.</source>
        <translation>Aan dit criterium is geen beheersmaatregel van %1 gekoppeld.</translation>
    </message>
    <message>
        <source>Controls not mapped to an applicable criterion</source>
        <translation>Beheersmaatregelen die niet aan een toepasselijk criterium zijn gekoppeld</translation>
    </message>
    <message>
        <source>Tests performed by the service auditor</source>
        <translation>Door de service-auditor uitgevoerde testen</translation>
    </message>
    <message>
        <source>Procedures to evaluate design</source>
        <translation>Werkzaamheden ter beoordeling van de opzet</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Conclusion on design</source>
        <translation>Conclusie over de opzet</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Kernbeheersmaatregel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The population for the period (%1) has no occurrences.</source>
        <translation>De populatie voor de periode (%1) bevat geen uitvoeringen.</translation>
    </message>
    <message>
        <source>No test recorded.</source>
        <translation>Geen test vastgelegd.</translation>
    </message>
    <message>
        <source>No exceptions noted.</source>
        <translation>Geen afwijkingen geconstateerd.</translation>
    </message>
    <message>
        <source>The control did not operate during the period; no test of operating effectiveness was possible.</source>
        <translation>De beheersmaatregel is in de periode niet uitgevoerd; een test van de effectieve werking was niet mogelijk.</translation>
    </message>
    <message>
        <source>Testing not completed: %1 of %2 sampled items have a result.</source>
        <translation>Testen niet afgerond: %1 van de %2 items in de steekproef hebben een resultaat.</translation>
    </message>
    <message>
        <source>Not yet tested.</source>
        <translation>Nog niet getest.</translation>
    </message>
    <message>
        <source>Testing not completed: a test procedure has no result yet.</source>
        <translation>Testen niet afgerond: een testprocedure heeft nog geen resultaat.</translation>
    </message>
    <message>
        <source>Exception noted: %1 of %2 items sampled deviated from the control.</source>
        <translation>Afwijking geconstateerd: bij %1 van de %2 items in de steekproef is van de beheersmaatregel afgeweken.</translation>
    </message>
    <message>
        <source>Nature: %1</source>
        <translation>Aard: %1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Oorzaak: %1</translation>
    </message>
    <message>
        <source>Assessed as: %1</source>
        <translation>Beoordeeld als: %1</translation>
    </message>
    <message>
        <source>The exception has not yet been assessed.</source>
        <translation>De afwijking is nog niet beoordeeld.</translation>
    </message>
    <message>
        <source>Exception noted (%1): %2</source>
        <translation>Afwijking geconstateerd (%1): %2</translation>
    </message>
    <message>
        <source>Samples and how to draw them again</source>
        <translation>Steekproeven en hoe ze opnieuw te trekken</translation>
    </message>
    <message>
        <source>Each sample was drawn from its control&apos;s population as frozen on import. A reviewer draws the same items again from the same population (checked by its row count and SHA-256, shortened here) with the seed and the selection method named below.</source>
        <translation>Elke steekproef is getrokken uit de populatie van de beheersmaatregel zoals die bij de import is bevroren. Een beoordelaar trekt dezelfde items opnieuw uit dezelfde populatie (gecontroleerd aan de hand van het aantal regels en de SHA-256, hier verkort weergegeven) met de startwaarde en de selectiemethode die hieronder zijn vermeld.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Populatie</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwaarde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
</context>
<context>
    <name>SystemDescriptionForm</name>
    <message>
        <source>Edit services</source>
        <translation>Diensten wijzigen</translation>
    </message>
    <message>
        <source>Edit infrastructure</source>
        <translation>Infrastructuur wijzigen</translation>
    </message>
    <message>
        <source>Edit software</source>
        <translation>Software wijzigen</translation>
    </message>
    <message>
        <source>Edit people</source>
        <translation>Mensen wijzigen</translation>
    </message>
    <message>
        <source>Edit procedures</source>
        <translation>Procedures wijzigen</translation>
    </message>
    <message>
        <source>Edit data</source>
        <translation>Gegevens wijzigen</translation>
    </message>
    <message>
        <source>Edit boundaries of the system</source>
        <translation>Systeemgrenzen wijzigen</translation>
    </message>
    <message>
        <source>Edit management&apos;s assertion</source>
        <translation>Bewering van het management wijzigen</translation>
    </message>
    <message>
        <source>Edit intended users</source>
        <translation>Beoogde gebruikers wijzigen</translation>
    </message>
    <message>
        <source>Set report date</source>
        <translation>Rapportdatum instellen</translation>
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
        <translation>Nee</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Van toepassing</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Rechtvaardiging</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementatie</translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Referentie van de klant</translation>
    </message>
    <message>
        <source>Auditor&apos;s verdict</source>
        <translation>Oordeel van de auditor</translation>
    </message>
    <message>
        <source>Risks treated</source>
        <translation>Behandelde risico&apos;s</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Auditor&apos;s notes</source>
        <translation>Opmerkingen van de auditor</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Dreiging</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Kwetsbaarheid</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Waarschijnlijkheid</translation>
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
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandelplan</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Beheersmaatregelen bijlage A</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restwaarschijnlijkheid</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Restimpact</translation>
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
        <translation>Restrisico geaccepteerd</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Geaccepteerd door</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Geaccepteerd op</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clausules</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Beheersmaatregelen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objectief bewijs</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Vastgesteld door</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>Corrective action status</source>
        <translation>Status corrigerende maatregel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grondoorzaak</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrigerende maatregel</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Geverifieerd door</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Geverifieerd op</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>Exporteer naar een bestand dat eindigt op .xlsx of .csv, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Handmatig of geautomatiseerd</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Kernbeheersmaatregel</translation>
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
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.</source>
        <translation>%1 is een oude Excel 97-2003-werkmap (.xls); sla het eerst op als .xlsx of CSV.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 is geen Excel-werkmap (.xlsx): het is geen zip-archief.</translation>
    </message>
    <message>
        <source>No header row was recognised in %1; map the columns by hand.</source>
        <translation>Er is geen koprij herkend in %1; wijs de kolommen handmatig toe.</translation>
    </message>
    <message>
        <source>Corrective actions are exported, not imported.</source>
        <translation>Corrigerende maatregelen worden geëxporteerd, niet geïmporteerd.</translation>
    </message>
    <message>
        <source>No column gives the %1; a %2 needs one to match its rows.</source>
        <translation>Geen enkele kolom geeft de %1; een %2 heeft die nodig om de rijen te koppelen.</translation>
    </message>
    <message>
        <source>The row names no control; it is not imported.</source>
        <translation>De rij noemt geen beheersmaatregel; deze wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Control %1 was already given in row %2; this row is not imported.</source>
        <translation>Beheersmaatregel %1 stond al in rij %2; deze rij wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <source>The row has no reference; it is not imported.</source>
        <translation>De rij heeft geen referentie; deze wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <source>The reference %1 was already used in row %2; this row is not imported.</source>
        <translation>De referentie %1 is al gebruikt in rij %2; deze rij wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>A control matrix is imported into a SOC 2 engagement; this audit is an ISO/IEC 27001 audit, whose controls are the Annex A controls of its Statement of Applicability.</source>
        <translation>Een beheersmaatregelenmatrix wordt geïmporteerd in een SOC 2-opdracht; deze audit is een ISO/IEC 27001-audit, waarvan de beheersmaatregelen de beheersmaatregelen uit bijlage A van de Verklaring van toepasselijkheid zijn.</translation>
    </message>
    <message>
        <source>A %1 is an ISO/IEC 27001 table and this audit is a SOC 2 engagement; import the service organization&apos;s control matrix instead.</source>
        <translation>Een %1 is een ISO/IEC 27001-tabel en deze audit is een SOC 2-opdracht; importeer in plaats daarvan de beheersmaatregelenmatrix van de serviceorganisatie.</translation>
    </message>
</context>
<context>
    <name>TableKindText</name>
    <message>
        <source>risk register</source>
        <translation>risicoregister</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Verklaring van toepasselijkheid</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>bevindingen</translation>
    </message>
    <message>
        <source>corrective actions</source>
        <translation>corrigerende maatregelen</translation>
    </message>
    <message>
        <source>control matrix</source>
        <translation>beheersmaatregelenmatrix</translation>
    </message>
</context>
<context>
    <name>TableTransferButtons</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import the client&apos;s table from Excel (.xlsx) or CSV; you can also drop the file on this page</source>
        <translation>Importeer de tabel van de klant uit Excel (.xlsx) of CSV; u kunt het bestand ook op deze pagina neerzetten</translation>
    </message>
    <message>
        <source>Import table</source>
        <translation>Tabel importeren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export this table with your verdicts to Excel (.xlsx) or CSV for the client</source>
        <translation>Exporteer deze tabel met uw oordelen naar Excel (.xlsx) of CSV voor de klant</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <source>This audit is open read-only; nothing can be imported.</source>
        <translation>Deze audit is alleen-lezen geopend; er kan niets worden geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>TeamCopies</name>
    <message>
        <source>Name the team member the copy is for.</source>
        <translation>Geef het teamlid op voor wie de kopie is.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the copy.</source>
        <translation>%1 bestaat al; kies een andere naam voor de kopie.</translation>
    </message>
    <message>
        <source>This audit is signed: reopen it before giving out copies to work on.</source>
        <translation>Deze audit is ondertekend: heropen de audit voordat u kopieën uitgeeft om in te werken.</translation>
    </message>
    <message>
        <source>This audit has no trail yet; make a change and save it before giving out copies.</source>
        <translation>Deze audit heeft nog geen audittrail; breng een wijziging aan en sla die op voordat u kopieën uitgeeft.</translation>
    </message>
    <message>
        <source>The copy was not written: %1</source>
        <translation>De kopie is niet geschreven: %1</translation>
    </message>
    <message>
        <source>A copy being made takes no changes.</source>
        <translation>In een kopie die nog wordt aangemaakt, kunnen geen wijzigingen worden aangebracht.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>%1 kon niet worden hernoemd naar %2.</translation>
    </message>
    <message>
        <source>The copy %1 was written, but this audit could not note it: %2</source>
        <translation>De kopie %1 is geschreven, maar deze audit kon dat niet vastleggen: %2</translation>
    </message>
</context>
<context>
    <name>TeamMerge</name>
    <message>
        <source>The copy %1 does not exist.</source>
        <translation>De kopie %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is the audit itself, not a copy of it.</source>
        <translation>%1 is de audit zelf, geen kopie ervan.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 kan niet worden samengevoegd: %2</translation>
    </message>
    <message>
        <source>%1 is a copy of another audit (%2, %3), not of this one. Nothing was changed.</source>
        <translation>%1 is een kopie van een andere audit (%2, %3), niet van deze. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is a copy of a signed audit: a signed audit&apos;s copy is not merged. Nothing was changed.</source>
        <translation>%1 is een kopie van een ondertekende audit: een kopie van een ondertekende audit wordt niet samengevoegd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is of the same audit but does not share its history (it was not copied from this file, e.g. it was imported from a package): it cannot be merged record by record.</source>
        <translation>%1 hoort bij dezelfde audit, maar deelt de geschiedenis ervan niet (het is niet uit dit bestand gekopieerd, maar bijvoorbeeld uit een pakket geïmporteerd): het kan niet record voor record worden samengevoegd.</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>de kopie</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: its audit trail is broken at entry #%2. Nothing was changed.</source>
        <translation>%1 is beschadigd en kan niet worden samengevoegd: de audittrail is verbroken bij item #%2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: %2 Nothing was changed.</source>
        <translation>%1 is beschadigd en kan niet worden samengevoegd: %2 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: %2 is not as its audit trail says (it was changed outside IsoAudit). Nothing was changed.</source>
        <translation>%1 is beschadigd en kan niet worden samengevoegd: %2 komt niet overeen met de audittrail (het is buiten IsoAudit gewijzigd). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This merge was prepared for another audit; nothing was changed.</source>
        <translation>Deze samenvoeging is voorbereid voor een andere audit; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This audit is signed: nothing can be merged into it.</source>
        <translation>Deze audit is ondertekend: er kan niets in worden samengevoegd.</translation>
    </message>
    <message>
        <source>%1 was deleted on one side and changed on the other: choose whether to keep it. Nothing was merged.</source>
        <translation>%1 is aan de ene kant verwijderd en aan de andere kant gewijzigd: kies of het behouden blijft. Er is niets samengevoegd.</translation>
    </message>
    <message>
        <source>%1: %2 was changed on both sides; choose which value to keep. Nothing was merged.</source>
        <translation>%1: %2 is aan beide kanten gewijzigd; kies welke waarde u behoudt. Er is niets samengevoegd.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, resolving a merge conflict</source>
        <translation>%1, bij het oplossen van een samenvoegconflict</translation>
    </message>
    <message>
        <source>%1, merged from %2&apos;s copy</source>
        <translation>%1, samengevoegd uit de kopie van %2</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 kon niet worden toegevoegd: %2</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 kon niet worden gewijzigd: %2</translation>
    </message>
    <message>
        <source>%1: its links could not be merged: %2</source>
        <translation>%1: de koppelingen konden niet worden samengevoegd: %2</translation>
    </message>
    <message>
        <source>%1 could not be recorded: %2</source>
        <translation>%1 kon niet worden vastgelegd: %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 kon niet worden verwijderd: %2</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Er is niets samengevoegd: %1</translation>
    </message>
    <message>
        <source>This audit is signed: nothing can be merged into it. Reopen it first, with a reason, if the team&apos;s work must still be added.</source>
        <translation>Deze audit is ondertekend: er kan niets meer in worden samengevoegd. Heropen hem eerst, met een reden, als het werk van het team er nog in moet.</translation>
    </message>
</context>
<context>
    <name>TrailState</name>
    <message>
        <source>Could not read the %1 for the audit trail: %2</source>
        <translation>Kan de %1 voor de audittrail niet lezen: %2</translation>
    </message>
    <message>
        <source>Could not read the %1 records: %2</source>
        <translation>Kan de %1-records niet lezen: %2</translation>
    </message>
    <message>
        <source>Could not read the links: %1</source>
        <translation>Kan de koppelingen niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>TrailWriter</name>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Kan de audittrail niet lezen: %1</translation>
    </message>
    <message>
        <source>This audit file has no audit trail table: %1</source>
        <translation>Dit auditbestand heeft geen audittrailtabel: %1</translation>
    </message>
    <message>
        <source>Could not add to the audit trail: %1</source>
        <translation>Kan niet aan de audittrail toevoegen: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The audit file is busy or read-only: %1</source>
        <translation>Het auditbestand is bezet of alleen-lezen: %1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Er is geen transactie geopend.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>Stage 1</source>
        <comment>audit type</comment>
        <translation>Fase 1-audit</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <comment>audit type</comment>
        <translation>Fase 2-audit</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <comment>audit type</comment>
        <translation>Controleaudit</translation>
    </message>
    <message>
        <source>Recertification</source>
        <comment>audit type</comment>
        <translation>Hercertificeringsaudit</translation>
    </message>
    <message>
        <source>Special / follow-up</source>
        <comment>audit type</comment>
        <translation>Bijzondere audit / vervolgaudit</translation>
    </message>
    <message>
        <source>Special</source>
        <comment>audit type</comment>
        <translation>Bijzondere audit</translation>
    </message>
    <message>
        <source>Planning</source>
        <comment>lifecycle state</comment>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <comment>lifecycle state</comment>
        <translation>Veldwerk</translation>
    </message>
    <message>
        <source>Reporting</source>
        <comment>lifecycle state</comment>
        <translation>Rapportage</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>lifecycle state</comment>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <comment>team role</comment>
        <translation>Lead auditor</translation>
    </message>
    <message>
        <source>Auditor</source>
        <comment>team role</comment>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Technical expert</source>
        <comment>team role</comment>
        <translation>Technisch expert</translation>
    </message>
    <message>
        <source>Observer</source>
        <comment>team role</comment>
        <translation>Waarnemer</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>clause verdict</comment>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Conforms</source>
        <comment>clause verdict</comment>
        <translation>Conform</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <comment>clause verdict</comment>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Not audited</source>
        <comment>clause verdict</comment>
        <translation>Niet geaudit</translation>
    </message>
    <message>
        <source>Applicable</source>
        <comment>applicability</comment>
        <translation>Van toepassing</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>applicability</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>applicability</comment>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Excluded</source>
        <comment>applicability</comment>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <source>No</source>
        <comment>applicability</comment>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Undecided</source>
        <comment>applicability</comment>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <source>Implemented</source>
        <comment>implementation state</comment>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <comment>implementation state</comment>
        <translation>Gedeeltelijk ingevoerd</translation>
    </message>
    <message>
        <source>Partially</source>
        <comment>implementation state</comment>
        <translation>Gedeeltelijk</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>implementation state</comment>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <comment>implementation state</comment>
        <translation>Niet ingevoerd</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>control verdict</comment>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Effective</source>
        <comment>control verdict</comment>
        <translation>Effectief</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <comment>control verdict</comment>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <comment>control verdict</comment>
        <translation>Geen steekproef</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <comment>risk treatment</comment>
        <translation>Beperken</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>risk treatment</comment>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Avoid</source>
        <comment>risk treatment</comment>
        <translation>Vermijden</translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>risk treatment</comment>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>evidence kind</comment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Record sample</source>
        <comment>evidence kind</comment>
        <translation>Steekproef uit registraties</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>evidence kind</comment>
        <translation>Waarneming</translation>
    </message>
    <message>
        <source>Technical check</source>
        <comment>evidence kind</comment>
        <translation>Technische controle</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <comment>finding grade</comment>
        <translation>Grote afwijking</translation>
    </message>
    <message>
        <source>Major NC</source>
        <comment>finding grade</comment>
        <translation>Grote afw.</translation>
    </message>
    <message>
        <source>Major nonconformities</source>
        <comment>finding grade</comment>
        <translation>Grote afwijkingen</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <comment>finding grade</comment>
        <translation>Kleine afwijking</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <comment>finding grade</comment>
        <translation>Kleine afw.</translation>
    </message>
    <message>
        <source>Minor nonconformities</source>
        <comment>finding grade</comment>
        <translation>Kleine afwijkingen</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>finding grade</comment>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Obs.</source>
        <comment>finding grade</comment>
        <translation>Obs.</translation>
    </message>
    <message>
        <source>Observations</source>
        <comment>finding grade</comment>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <comment>finding grade</comment>
        <translation>Verbetermogelijkheid</translation>
    </message>
    <message>
        <source>OFI</source>
        <comment>finding grade</comment>
        <translation>Verbeterm.</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <comment>finding grade</comment>
        <translation>Verbetermogelijkheden</translation>
    </message>
    <message>
        <source>Positive finding</source>
        <comment>finding grade</comment>
        <translation>Positieve bevinding</translation>
    </message>
    <message>
        <source>Positive</source>
        <comment>finding grade</comment>
        <translation>Positief</translation>
    </message>
    <message>
        <source>Positive findings</source>
        <comment>finding grade</comment>
        <translation>Positieve bevindingen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>corrective action status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Plan submitted</source>
        <comment>corrective action status</comment>
        <translation>Plan ingediend</translation>
    </message>
    <message>
        <source>Plan accepted</source>
        <comment>corrective action status</comment>
        <translation>Plan geaccepteerd</translation>
    </message>
    <message>
        <source>Implemented</source>
        <comment>corrective action status</comment>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <comment>corrective action status</comment>
        <translation>Effectief geverifieerd</translation>
    </message>
    <message>
        <source>Not effective</source>
        <comment>corrective action status</comment>
        <translation>Niet effectief</translation>
    </message>
    <message>
        <source>Recommend certification</source>
        <comment>certification recommendation</comment>
        <translation>Certificatie aanbevelen</translation>
    </message>
    <message>
        <source>Certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Certificatie aanbevolen</translation>
    </message>
    <message>
        <source>Recommend after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Aanbevelen nadat corrigerende maatregelen zijn geverifieerd</translation>
    </message>
    <message>
        <source>Certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Certificatie aanbevolen na verificatie van de corrigerende maatregelen</translation>
    </message>
    <message>
        <source>Do not recommend certification</source>
        <comment>certification recommendation</comment>
        <translation>Certificatie niet aanbevelen</translation>
    </message>
    <message>
        <source>Certification not recommended</source>
        <comment>certification recommendation</comment>
        <translation>Certificatie niet aanbevolen</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <comment>certification recommendation</comment>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <source>No recommendation recorded yet</source>
        <comment>certification recommendation</comment>
        <translation>Nog geen aanbeveling vastgelegd</translation>
    </message>
    <message>
        <source>Systemic breakdown (not a single instance)</source>
        <comment>finding nature</comment>
        <translation>Systematisch falen (niet één enkel geval)</translation>
    </message>
    <message>
        <source>Isolated lapse</source>
        <comment>finding nature</comment>
        <translation>Incidentele tekortkoming</translation>
    </message>
    <message>
        <source>Organizational</source>
        <comment>Annex A theme</comment>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>People</source>
        <comment>Annex A theme</comment>
        <translation>Mensgericht</translation>
    </message>
    <message>
        <source>Physical</source>
        <comment>Annex A theme</comment>
        <translation>Fysiek</translation>
    </message>
    <message>
        <source>Technological</source>
        <comment>Annex A theme</comment>
        <translation>Technologisch</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Required process absent</source>
        <comment>finding nature</comment>
        <translation>Vereist proces ontbreekt</translation>
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
        <translation>ISO/IEC 27001:2022 en SOC 2</translation>
    </message>
    <message>
        <source>Area of concern</source>
        <comment>finding grade</comment>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <source>Concern</source>
        <comment>finding grade</comment>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <source>Areas of concern</source>
        <comment>finding grade</comment>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>Ready for Stage 2</source>
        <comment>certification recommendation</comment>
        <translation>Gereed voor fase 2</translation>
    </message>
    <message>
        <source>Ready for the Stage 2 audit</source>
        <comment>certification recommendation</comment>
        <translation>Gereed voor de fase 2-audit</translation>
    </message>
    <message>
        <source>Ready for Stage 2 once the areas of concern are addressed</source>
        <comment>certification recommendation</comment>
        <translation>Gereed voor fase 2 zodra de aandachtspunten zijn afgehandeld</translation>
    </message>
    <message>
        <source>Ready for the Stage 2 audit once the areas of concern are addressed</source>
        <comment>certification recommendation</comment>
        <translation>Gereed voor de fase 2-audit zodra de aandachtspunten zijn afgehandeld</translation>
    </message>
    <message>
        <source>Not ready for Stage 2</source>
        <comment>certification recommendation</comment>
        <translation>Niet gereed voor fase 2</translation>
    </message>
    <message>
        <source>Not ready for the Stage 2 audit</source>
        <comment>certification recommendation</comment>
        <translation>Niet gereed voor de fase 2-audit</translation>
    </message>
    <message>
        <source>Recommend continuation of certification</source>
        <comment>certification recommendation</comment>
        <translation>Voortzetting van de certificatie aanbevelen</translation>
    </message>
    <message>
        <source>Continuation of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Voortzetting van de certificatie aanbevolen</translation>
    </message>
    <message>
        <source>Recommend continuation after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Voortzetting aanbevelen nadat corrigerende maatregelen zijn geverifieerd</translation>
    </message>
    <message>
        <source>Continuation of certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Voortzetting van de certificatie aanbevolen na verificatie van de corrigerende maatregelen</translation>
    </message>
    <message>
        <source>Recommend suspension of certification</source>
        <comment>certification recommendation</comment>
        <translation>Schorsing van de certificatie aanbevelen</translation>
    </message>
    <message>
        <source>Suspension of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Schorsing van de certificatie aanbevolen</translation>
    </message>
    <message>
        <source>Recommend renewal of certification</source>
        <comment>certification recommendation</comment>
        <translation>Verlenging van de certificatie aanbevelen</translation>
    </message>
    <message>
        <source>Renewal of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Verlenging van de certificatie aanbevolen</translation>
    </message>
    <message>
        <source>Recommend renewal after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Verlenging aanbevelen nadat corrigerende maatregelen zijn geverifieerd</translation>
    </message>
    <message>
        <source>Renewal of certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Verlenging van de certificatie aanbevolen na verificatie van de corrigerende maatregelen</translation>
    </message>
    <message>
        <source>Do not recommend renewal of certification</source>
        <comment>certification recommendation</comment>
        <translation>Verlenging van de certificatie niet aanbevelen</translation>
    </message>
    <message>
        <source>Renewal of certification not recommended</source>
        <comment>certification recommendation</comment>
        <translation>Verlenging van de certificatie niet aanbevolen</translation>
    </message>
    <message>
        <source>Nonconformities closed</source>
        <comment>certification recommendation</comment>
        <translation>Afwijkingen gesloten</translation>
    </message>
    <message>
        <source>The nonconformities followed up are closed</source>
        <comment>certification recommendation</comment>
        <translation>De opgevolgde afwijkingen zijn gesloten</translation>
    </message>
    <message>
        <source>Nonconformities not closed</source>
        <comment>certification recommendation</comment>
        <translation>Afwijkingen niet gesloten</translation>
    </message>
    <message>
        <source>The nonconformities followed up are not all closed</source>
        <comment>certification recommendation</comment>
        <translation>De opgevolgde afwijkingen zijn niet alle gesloten</translation>
    </message>
    <message>
        <source>Documented information missing (the process operates)</source>
        <comment>finding nature</comment>
        <translation>Gedocumenteerde informatie ontbreekt (het proces werkt)</translation>
    </message>
    <message>
        <source>Neither combined, joint nor integrated</source>
        <comment>audit combination</comment>
        <translation>Niet gecombineerd, gezamenlijk of geïntegreerd</translation>
    </message>
    <message>
        <source>The audit was neither combined, joint nor integrated.</source>
        <comment>audit combination</comment>
        <translation>De audit was geen gecombineerde, gezamenlijke of geïntegreerde audit.</translation>
    </message>
    <message>
        <source>Combined (with another management system)</source>
        <comment>audit combination</comment>
        <translation>Gecombineerd (met een ander managementsysteem)</translation>
    </message>
    <message>
        <source>The audit was combined with the audit of another management system.</source>
        <comment>audit combination</comment>
        <translation>De audit was gecombineerd met de audit van een ander managementsysteem.</translation>
    </message>
    <message>
        <source>Joint (with another certification body)</source>
        <comment>audit combination</comment>
        <translation>Gezamenlijk (met een andere certificatie-instelling)</translation>
    </message>
    <message>
        <source>The audit was a joint audit with another certification body.</source>
        <comment>audit combination</comment>
        <translation>De audit was een gezamenlijke audit met een andere certificatie-instelling.</translation>
    </message>
    <message>
        <source>Integrated management system</source>
        <comment>audit combination</comment>
        <translation>Geïntegreerd managementsysteem</translation>
    </message>
    <message>
        <source>The audit was an audit of an integrated management system.</source>
        <comment>audit combination</comment>
        <translation>De audit was een audit van een geïntegreerd managementsysteem.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>auditor&apos;s confirmation</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <comment>auditor&apos;s confirmation</comment>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <comment>risk scoring</comment>
        <translation>Waarschijnlijkheid × impact</translation>
    </message>
    <message>
        <source>Likelihood + impact</source>
        <comment>risk scoring</comment>
        <translation>Waarschijnlijkheid + impact</translation>
    </message>
    <message>
        <source>Lookup matrix (a score per cell)</source>
        <comment>risk scoring</comment>
        <translation>Scorematrix (een score per cel)</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>programme audit status</comment>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>This audit</source>
        <comment>programme audit status</comment>
        <translation>Deze audit</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>programme audit status</comment>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>programme audit status</comment>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Closed: correction and corrective action effective</source>
        <comment>verification verdict</comment>
        <translation>Gesloten: correctie en corrigerende maatregel effectief</translation>
    </message>
    <message>
        <source>Closed (effective)</source>
        <comment>verification verdict</comment>
        <translation>Gesloten (effectief)</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>verification verdict</comment>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Not effective: raised again</source>
        <comment>verification verdict</comment>
        <translation>Niet effectief: opnieuw vastgesteld</translation>
    </message>
    <message>
        <source>Not effective (raised again)</source>
        <comment>verification verdict</comment>
        <translation>Niet effectief (opnieuw vastgesteld)</translation>
    </message>
    <message>
        <source>Not effective</source>
        <comment>verification verdict</comment>
        <translation>Niet effectief</translation>
    </message>
    <message>
        <source>Still open: action not yet due or not yet complete</source>
        <comment>verification verdict</comment>
        <translation>Nog open: termijn nog niet verstreken of maatregel nog niet afgerond</translation>
    </message>
    <message>
        <source>Still open</source>
        <comment>verification verdict</comment>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verification verdict</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <comment>verification verdict</comment>
        <translation>Nog niet geverifieerd</translation>
    </message>
    <message>
        <source>Not verified</source>
        <comment>verification verdict</comment>
        <translation>Niet geverifieerd</translation>
    </message>
    <message>
        <source>Opening meeting</source>
        <comment>meeting</comment>
        <translation>Openingsbijeenkomst</translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <comment>meeting</comment>
        <translation>Slotbijeenkomst</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>complexity level</comment>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>complexity level</comment>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>High</source>
        <comment>complexity level</comment>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>control frequency</comment>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <comment>control frequency</comment>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>control frequency</comment>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>control frequency</comment>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>control frequency</comment>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Several times a day</source>
        <comment>control frequency</comment>
        <translation>Meerdere keren per dag</translation>
    </message>
    <message>
        <source>As needed</source>
        <comment>control frequency</comment>
        <translation>Naar behoefte</translation>
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
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Availability</source>
        <comment>trust services category</comment>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Processing Integrity</source>
        <comment>trust services category</comment>
        <translation>Integriteit van de verwerking</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <comment>trust services category</comment>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Privacy</source>
        <comment>trust services category</comment>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>control automation</comment>
        <translation>Handmatig</translation>
    </message>
    <message>
        <source>Automated</source>
        <comment>control automation</comment>
        <translation>Geautomatiseerd</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <comment>test method</comment>
        <translation>Inlichtingen inwinnen</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>test method</comment>
        <translation>Waarneming</translation>
    </message>
    <message>
        <source>Inspection</source>
        <comment>test method</comment>
        <translation>Inspectie</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <comment>test method</comment>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Suitably designed</source>
        <comment>design conclusion</comment>
        <translation>Passend opgezet</translation>
    </message>
    <message>
        <source>Not suitably designed</source>
        <comment>design conclusion</comment>
        <translation>Niet passend opgezet</translation>
    </message>
    <message>
        <source>Not yet concluded</source>
        <comment>design conclusion</comment>
        <translation>Nog geen conclusie</translation>
    </message>
    <message>
        <source>No exceptions noted</source>
        <comment>test result</comment>
        <translation>Geen afwijkingen geconstateerd</translation>
    </message>
    <message>
        <source>Exceptions noted</source>
        <comment>test result</comment>
        <translation>Afwijkingen geconstateerd</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <comment>test result</comment>
        <translation>Nog niet getest</translation>
    </message>
    <message>
        <source>No exception</source>
        <comment>sample item result</comment>
        <translation>Geen afwijking</translation>
    </message>
    <message>
        <source>Exception</source>
        <comment>sample item result</comment>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <comment>sample item result</comment>
        <translation>Nog niet getest</translation>
    </message>
    <message>
        <source>Isolated</source>
        <comment>deviation pattern</comment>
        <translation>Incidenteel</translation>
    </message>
    <message>
        <source>Systematic</source>
        <comment>deviation pattern</comment>
        <translation>Systematisch</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <comment>deviation pattern</comment>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Unmodified</source>
        <comment>opinion</comment>
        <translation>Goedkeurend</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>opinion</comment>
        <translation>Met beperking</translation>
    </message>
    <message>
        <source>Adverse</source>
        <comment>opinion</comment>
        <translation>Afkeurend</translation>
    </message>
    <message>
        <source>Disclaimer of opinion</source>
        <comment>opinion</comment>
        <translation>Oordeelonthouding</translation>
    </message>
    <message>
        <source>Not yet formed</source>
        <comment>opinion</comment>
        <translation>Nog niet gevormd</translation>
    </message>
    <message>
        <source>Carve-out</source>
        <comment>subservice method</comment>
        <translation>Carve-out</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <comment>subservice method</comment>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Grote afwijking</translation>
    </message>
    <message>
        <source>Major NC</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Grote afw.</translation>
    </message>
    <message>
        <source>Major nonconformities</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Grote afwijkingen</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Kleine afwijking</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Kleine afw.</translation>
    </message>
    <message>
        <source>Minor nonconformities</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Kleine afwijkingen</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Obs.</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Obs.</translation>
    </message>
    <message>
        <source>Observations</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Verbetermogelijkheid</translation>
    </message>
    <message>
        <source>OFI</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>VM</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Verbetermogelijkheden</translation>
    </message>
</context>
<context>
    <name>ValueNormalizer</name>
    <message>
        <source>%1 is outside the client&apos;s scale of 1 to %2.</source>
        <translation>%1 valt buiten de schaal van de klant van 1 tot %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole level.</source>
        <translation>%1 is geen geheel niveau.</translation>
    </message>
    <message>
        <source>The level is empty.</source>
        <translation>Het niveau is leeg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the client&apos;s method (%2).</source>
        <translation>&quot;%1&quot; is geen niveau van de methode van de klant (%2).</translation>
    </message>
    <message>
        <source>%1 is not an ISO/IEC 27001:2013 Annex A control.</source>
        <translation>%1 is geen beheersmaatregel uit bijlage A van ISO/IEC 27001:2013.</translation>
    </message>
    <message>
        <source>%1 is not an ISO/IEC 27001:2022 Annex A control.</source>
        <translation>%1 is geen beheersmaatregel uit bijlage A van ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Annex A control.</source>
        <translation>&quot;%1&quot; noemt geen beheersmaatregel uit bijlage A.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a treatment option (reduce/modify, retain/accept, avoid, share/transfer).</source>
        <translation>&quot;%1&quot; is geen behandeloptie (reduce/modify, retain/accept, avoid, share/transfer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>&quot;%1&quot; is ja noch nee.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the control applies (yes, no, undecided).</source>
        <translation>&quot;%1&quot; geeft niet aan of de beheersmaatregel van toepassing is (yes, no, undecided).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an implementation state (implemented, partial, planned, not implemented).</source>
        <translation>&quot;%1&quot; is geen implementatiestatus (implemented, partial, planned, not implemented).</translation>
    </message>
    <message>
        <source>%1 is a number, not a date.</source>
        <translation>%1 is een getal, geen datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>&quot;%1&quot; is geen datum (schrijf JJJJ-MM-DD of DD-MM-JJJJ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding grade (major, minor, area of concern, observation, opportunity for improvement, positive).</source>
        <translation>&quot;%1&quot; is geen classificatie van een bevinding (major, minor, area of concern, observation, opportunity for improvement, positive).</translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message>
        <source>The audit names no client: the audit plan, the report cover and the certificate need the client&apos;s name.</source>
        <translation>De audit noemt geen klant: het auditplan, het voorblad van het rapport en het certificaat hebben de naam van de klant nodig.</translation>
    </message>
    <message>
        <source>The audit has no scope statement: record the client&apos;s ISMS scope (clause 4.3) that this audit covers.</source>
        <translation>De audit heeft geen scopebeschrijving: leg de ISMS-scope van de klant (clausule 4.3) vast die deze audit omvat.</translation>
    </message>
    <message>
        <source>The audit type is not set; choose one of: %1.</source>
        <translation>Het type audit is niet ingesteld; kies een van de volgende: %1.</translation>
    </message>
    <message>
        <source>The audit plan needs the audit&apos;s start and end dates.</source>
        <translation>Het auditplan heeft de begin- en einddatum van de audit nodig.</translation>
    </message>
    <message>
        <source>The audit ends (%1) before it starts (%2).</source>
        <translation>De audit eindigt (%1) voordat deze begint (%2).</translation>
    </message>
    <message>
        <source>The audit team has no lead auditor: name exactly one team member as lead.</source>
        <translation>Het auditteam heeft geen lead auditor: wijs precies één teamlid aan als lead.</translation>
    </message>
    <message>
        <source>The audit team has %1 lead auditors; exactly one must lead.</source>
        <translation>Het auditteam heeft %1 lead auditors; precies één moet de leiding hebben.</translation>
    </message>
    <message>
        <source>A %1 audit assesses every clause 4-10 item; the audit plan leaves out %2.</source>
        <translation>Een audit van het type %1 beoordeelt elk item van clausule 4-10; het auditplan laat %2 weg.</translation>
    </message>
    <message>
        <source>A surveillance audit always covers internal audit (9.2), management review (9.3) and corrective action (10.2); the audit plan leaves out %1.</source>
        <translation>Een controleaudit omvat altijd interne audit (9.2), directiebeoordeling (9.3) en corrigerende maatregelen (10.2); het auditplan laat %1 weg.</translation>
    </message>
    <message>
        <source>No auditor is assigned in the audit plan to clause items %1.</source>
        <translation>In het auditplan is geen auditor toegewezen aan clausule-items %1.</translation>
    </message>
    <message>
        <source>The audit plan samples no Annex A control; a %1 audit evaluates the implementation of the controls the SoA includes.</source>
        <translation>Het auditplan neemt geen beheersmaatregel uit bijlage A in de steekproef; een audit van het type %1 beoordeelt de implementatie van de beheersmaatregelen die de VvT opneemt.</translation>
    </message>
    <message>
        <source>Planned clause items still have no verdict: %1.</source>
        <translation>Geplande clausule-items hebben nog geen oordeel: %1.</translation>
    </message>
    <message>
        <source>Annex A controls planned for sampling still have no verdict: %1.</source>
        <translation>Beheersmaatregelen uit bijlage A die voor de steekproef zijn gepland, hebben nog geen oordeel: %1.</translation>
    </message>
    <message>
        <source>Clause verdicts rest on no interview, document, record or observation: %1.</source>
        <translation>Oordelen over clausules steunen op geen enkel interview, document, registratie of waarneming: %1.</translation>
    </message>
    <message>
        <source>Control verdicts rest on no interview, document, record or observation: %1.</source>
        <translation>Oordelen over beheersmaatregelen steunen op geen enkel interview, document, registratie of waarneming: %1.</translation>
    </message>
    <message>
        <source>The applicability of Annex A controls is not decided: %1 (or raise the SoA&apos;s omission as a finding).</source>
        <translation>Over de toepasselijkheid van beheersmaatregelen uit bijlage A is niet beslist: %1 (of leg de omissie in de VvT vast als bevinding).</translation>
    </message>
    <message>
        <source>Excluded controls have no justification: %1 (record the client&apos;s justification, or raise its absence as a finding).</source>
        <translation>Uitgesloten beheersmaatregelen hebben geen rechtvaardiging: %1 (leg de rechtvaardiging van de klant vast, of leg het ontbreken ervan vast als bevinding).</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>clausule %1</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>beheersmaatregel %1</translation>
    </message>
    <message>
        <source>Nonconform verdicts have no major or minor finding that names them: %1.</source>
        <translation>Afwijkende oordelen hebben geen grote of kleine afwijking die ernaar verwijst: %1.</translation>
    </message>
    <message>
        <source>the clause or control</source>
        <translation>de clausule of beheersmaatregel</translation>
    </message>
    <message>
        <source>the statement of nonconformity</source>
        <translation>de beschrijving van de afwijking</translation>
    </message>
    <message>
        <source>the objective evidence</source>
        <translation>het objectieve bewijs</translation>
    </message>
    <message>
        <source>Finding %1 (%2) lacks %3.</source>
        <translation>Bevinding %1 (%2) mist %3.</translation>
    </message>
    <message>
        <source>%1 minor nonconformities name %2 (%3); together they may amount to a major nonconformity.</source>
        <translation>%1 kleine afwijkingen noemen %2 (%3); samen kunnen ze neerkomen op een grote afwijking.</translation>
    </message>
    <message>
        <source>The report is signed by the lead auditor; the audit team must name exactly one lead (it names %1).</source>
        <translation>Het rapport wordt ondertekend door de lead auditor; het auditteam moet precies één lead noemen (het noemt er %1).</translation>
    </message>
    <message>
        <source>%1 Raise it as a finding or dismiss it with a reason (ISO/IEC 27001 %2).</source>
        <translation>%1 Leg het vast als bevinding of verwerp het met een reden (ISO/IEC 27001 %2).</translation>
    </message>
    <message>
        <source>clause %1 is conform but carries %2</source>
        <translation>clausule %1 is als conform beoordeeld ondanks %2</translation>
    </message>
    <message>
        <source>control %1 is effective but carries %2</source>
        <translation>beheersmaatregel %1 is als effectief beoordeeld ondanks %2</translation>
    </message>
    <message>
        <source>Verdicts contradict the nonconformities raised against them: %1. Change the verdict to nonconform, or regrade or unlink the finding.</source>
        <translation>Oordelen zijn in tegenspraak met de afwijkingen die ertegen zijn vastgelegd: %1. Wijzig het oordeel in afwijking, of wijzig de classificatie van de bevinding of ontkoppel deze.</translation>
    </message>
    <message>
        <source>Controls judged effective are excluded in the SoA: %1. A control the client excludes cannot be found operating effectively; correct the verdict or the SoA entry.</source>
        <translation>Als effectief beoordeelde beheersmaatregelen zijn in de VvT uitgesloten: %1. Een beheersmaatregel die de klant uitsluit, kan niet als effectief werkend worden vastgesteld; corrigeer het oordeel of het VvT-item.</translation>
    </message>
    <message>
        <source>Controls judged effective are planned or not implemented according to the SoA: %1. Correct the verdict or the SoA&apos;s implementation status.</source>
        <translation>Als effectief beoordeelde beheersmaatregelen zijn volgens de VvT gepland of niet ingevoerd: %1. Corrigeer het oordeel of de invoeringsstatus in de VvT.</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 (uiterlijk %2)</translation>
    </message>
    <message>
        <source>%1 (no corrective action yet)</source>
        <translation>%1 (nog geen corrigerende maatregel)</translation>
    </message>
    <message>
        <source>The recommendation is conditional: the certification body still awaits accepted plans (minors) and verified corrections (majors) for %1.</source>
        <translation>De aanbeveling is voorwaardelijk: de certificatie-instelling wacht nog op geaccepteerde plannen (kleine afwijkingen) en geverifieerde correcties (grote afwijkingen) voor %1.</translation>
    </message>
    <message>
        <source>%1 is answered &quot;no&quot; without the reason the report must give.</source>
        <translation>%1 is met &quot;nee&quot; beantwoord zonder de reden die het rapport moet vermelden.</translation>
    </message>
    <message>
        <source>%1 is not stated: %2</source>
        <translation>%1 is niet vermeld: %2</translation>
    </message>
    <message>
        <source>Areas of concern belong to a Stage 1 audit; grade them as nonconformities, observations or opportunities for improvement: %1.</source>
        <translation>Aandachtspunten horen bij een fase 1-audit; classificeer ze als afwijking, observatie of verbetermogelijkheid: %1.</translation>
    </message>
    <message>
        <source>A Stage 1 audit identifies areas of concern that could be classified as nonconformities at Stage 2; these are graded as nonconformities: %1.</source>
        <translation>Een fase 1-audit stelt aandachtspunten vast die in fase 2 als afwijking kunnen worden geclassificeerd; deze bevindingen zijn als afwijking geclassificeerd: %1.</translation>
    </message>
    <message>
        <source>No outcome of the audit is recorded; choose one of %1.</source>
        <translation>Er is geen uitkomst van de audit vastgelegd; kies een van de volgende: %1.</translation>
    </message>
    <message>
        <source>%1 is not an outcome of a %2 audit; choose one of %3.</source>
        <translation>%1 is geen uitkomst van een audit van het type %2; kies een van de volgende: %3.</translation>
    </message>
    <message>
        <source>%1 is impossible while a major nonconformity lacks a verified corrective action: %2. Verify the action, or record %3 or %4.</source>
        <translation>%1 is niet mogelijk zolang een grote afwijking geen geverifieerde corrigerende maatregel heeft: %2. Verifieer de maatregel, of leg %3 of %4 vast.</translation>
    </message>
    <message>
        <source>An unconditional %1 needs every minor nonconformity&apos;s corrective-action plan accepted: %2. Record %3, so the report says the decision waits for the plans.</source>
        <translation>%1 zonder voorwaarden vereist dat het plan van aanpak van elke kleine afwijking is geaccepteerd: %2. Leg %3 vast, zodat het rapport vermeldt dat het besluit op de plannen wacht.</translation>
    </message>
    <message>
        <source>Major nonconformities of this Stage 2 were not verified by %1, six months after its last day: %2. Another Stage 2 is needed before certification can be recommended; record %3.</source>
        <translation>Grote afwijkingen van deze fase 2-audit zijn niet uiterlijk %1, zes maanden na de laatste auditdag, geverifieerd: %2. Er is een nieuwe fase 2-audit nodig voordat certificatie kan worden aanbevolen; leg %3 vast.</translation>
    </message>
    <message>
        <source>The client is declared ready for Stage 2 while areas of concern are recorded: %1. %2 tells the client and the Stage 2 team they must be addressed first.</source>
        <translation>De klant wordt gereed verklaard voor fase 2 terwijl er aandachtspunten zijn vastgelegd: %1. %2 laat de klant en het auditteam van fase 2 weten dat die eerst moeten worden afgehandeld.</translation>
    </message>
    <message>
        <source>The nonconformities cannot be reported closed while their corrective actions are not verified effective: %1. Verify them, or record %2.</source>
        <translation>De afwijkingen kunnen niet als gesloten worden gerapporteerd zolang hun corrigerende maatregelen niet effectief zijn geverifieerd: %1. Verifieer ze, of leg %2 vast.</translation>
    </message>
    <message>
        <source>A special audit concludes on the nonconformities it verifies, and none is recorded: record each nonconformity followed up, with its corrective action.</source>
        <translation>Een bijzondere audit trekt een conclusie over de afwijkingen die erin worden geverifieerd, maar er is er geen vastgelegd: leg elke opgevolgde afwijking vast, met de bijbehorende corrigerende maatregel.</translation>
    </message>
    <message>
        <source>The recommendation waits for verification, but no major nonconformity is open and no minor&apos;s plan is awaited; %1 may be what is meant.</source>
        <translation>De aanbeveling wacht op verificatie, maar er staat geen grote afwijking open en er wordt op geen plan van aanpak voor een kleine afwijking gewacht; misschien is %1 bedoeld.</translation>
    </message>
    <message>
        <source>The recommendation is %1, but no major nonconformity is recorded to support it.</source>
        <translation>De aanbeveling is %1, maar er is geen grote afwijking vastgelegd die dit onderbouwt.</translation>
    </message>
    <message>
        <source>The outcome has no rationale for the certification body&apos;s reviewer.</source>
        <translation>De uitkomst heeft geen onderbouwing voor de beoordelaar van de certificatie-instelling.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name in the language&apos;s quotation marks</comment>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Earlier nonconformities carried into this audit have no verification verdict yet: %1. Record for each whether its correction and corrective action are effective, not effective or still open.</source>
        <translation>Eerdere afwijkingen die in deze audit zijn overgenomen, hebben nog geen verificatieoordeel: %1. Leg voor elke afwijking vast of de correctie en de corrigerende maatregel effectief zijn, niet effectief zijn of nog openstaan.</translation>
    </message>
    <message>
        <source>Earlier nonconformities verified as not effective are not raised again in this audit: %1. Raise each again as a finding of this audit (it keeps its history).</source>
        <translation>Eerdere afwijkingen die als niet effectief zijn geverifieerd, zijn in deze audit niet opnieuw vastgelegd: %1. Leg elke afwijking opnieuw vast als bevinding van deze audit (de historie blijft behouden).</translation>
    </message>
    <message>
        <source>No further audit of this certification cycle is planned, and these items would stay unaudited over the cycle: %1.</source>
        <translation>Er is geen verdere audit in deze certificatiecyclus gepland, waardoor deze onderdelen in de hele cyclus niet geaudit zouden worden: %1.</translation>
    </message>
    <message>
        <source>The programme does not give the date of the certification decision; the surveillance windows are counted from it. Enter it on the Overview page.</source>
        <translation>Het auditprogramma vermeldt de datum van het certificatiebesluit niet; de termijnen voor de controleaudits worden vanaf die datum berekend. Vul de datum in op de pagina Overzicht.</translation>
    </message>
    <message>
        <source>The audit starts on %1, after the date the programme plans it by (%2).</source>
        <translation>De audit begint op %1, na de uiterste datum die het auditprogramma ervoor heeft gepland (%2).</translation>
    </message>
    <message>
        <source>The engagement needs exactly one named engagement lead; it has %1.</source>
        <translation>De opdracht moet precies één opdrachtleider met naam hebben; er zijn er %1.</translation>
    </message>
    <message>
        <source>Criteria of the categories in scope that no control addresses: %1. Map a control to each, or take its category out of scope.</source>
        <translation>Criteria van de categorieën binnen de scope die door geen enkele beheersmaatregel worden geadresseerd: %1. Koppel aan elk criterium een beheersmaatregel, of haal de categorie ervan uit de scope.</translation>
    </message>
    <message>
        <source>The Type 2 period has no valid start and end.</source>
        <translation>De Type 2-periode heeft geen geldig begin en einde.</translation>
    </message>
    <message>
        <source>The Type 2 period (%1 to %2) is %3 months long; a period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>De Type 2-periode (%1 tot en met %2) duurt %3 maanden; een periode is gewoonlijk 3 tot 12 maanden. Bevestig dat dit de periode is waarop het rapport betrekking heeft.</translation>
    </message>
    <message>
        <source>Key controls without a complete test result: %1. Each needs a test procedure with a result or a sample whose items all have results (an empty population counts as not occurring).</source>
        <translation>Kernbeheersmaatregelen zonder volledig testresultaat: %1. Elk ervan heeft een testprocedure met een resultaat nodig of een steekproef waarvan alle items een resultaat hebben (een lege populatie telt als niet uitgevoerd).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sample items have no result yet.</source>
        <translation>%1: %2 van de %3 items in de steekproef hebben nog geen resultaat.</translation>
    </message>
    <message>
        <source>%1: deviations in %2 of %3 tested; the exception&apos;s %4 not recorded yet.</source>
        <translation>%1: afwijkingen bij %2 van de %3 geteste items; voor de afwijking is %4 nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>%1: its exception record counts no deviation now (nature: &quot;%2&quot;). Remove it, or keep it and say in its nature why it stays.</source>
        <translation>%1: de afwijkingsregistratie telt nu geen afwijkende items meer (aard: &quot;%2&quot;). Verwijder de registratie, of behoud deze en leg bij de aard uit waarom ze blijft.</translation>
    </message>
    <message>
        <source>%1: the population &quot;%2&quot; has no record of how its completeness and accuracy were checked, and by whom.</source>
        <translation>%1: voor de populatie &quot;%2&quot; is niet vastgelegd hoe en door wie de volledigheid en juistheid zijn gecontroleerd.</translation>
    </message>
    <message>
        <source>%1: the population &quot;%3&quot; has rows dated outside the period (%2). Ask the service organization whether the population is the right one.</source>
        <translation>%1: de populatie &quot;%3&quot; bevat regels met een datum buiten de periode (%2). Vraag de serviceorganisatie of dit de juiste populatie is.</translation>
    </message>
    <message>
        <source>Controls whose design is not yet concluded: %1.</source>
        <translation>Beheersmaatregelen waarvan de conclusie over de opzet nog ontbreekt: %1.</translation>
    </message>
    <message>
        <source>The system description is incomplete; missing: %1.</source>
        <translation>De systeembeschrijving is onvolledig; het volgende ontbreekt: %1.</translation>
    </message>
    <message>
        <source>Management&apos;s written assertion is not recorded.</source>
        <translation>De schriftelijke bewering van het management is niet vastgelegd.</translation>
    </message>
    <message>
        <source>No opinion is recorded (unmodified, qualified, adverse or a disclaimer).</source>
        <translation>Er is geen oordeel vastgelegd (goedkeurend, met beperking, afkeurend of een oordeelonthouding).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 128 MB; split it before importing.</source>
        <translation>%1 is groter dan 128 MB; splits het vóór het importeren.</translation>
    </message>
    <message>
        <source>The workbook</source>
        <translation>De werkmap</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 is leeg: er is niets te importeren.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 is geen Excel-werkmap (.xlsx): het is geen zip-archief.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): the zip archive cannot be read.</source>
        <translation>%1 is geen Excel-werkmap (.xlsx): het zip-archief kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 is beschadigd: %2 kan niet worden uitgepakt.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than 512 MB; it is too large to import.</source>
        <translation>%1 wordt uitgepakt tot meer dan 512 MB; het is te groot om te importeren.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it has no xl/workbook.xml.</source>
        <translation>%1 is geen Excel-werkmap (.xlsx): het heeft geen xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 heeft geen werkbladen.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read (%2).</source>
        <translation>%1 is beschadigd: de lijst met werkbladen kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read (%2).</source>
        <translation>%1 is beschadigd: de gedeelde strings kunnen niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its cell styles cannot be read (%2).</source>
        <translation>%1 is beschadigd: de celstijlen kunnen niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3.</source>
        <translation>%1 heeft geen werkblad &quot;%2&quot;; de werkbladen zijn: %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; is missing.</source>
        <translation>%1 is beschadigd: het werkblad &quot;%2&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>XLSX, sheet &quot;%1&quot;</source>
        <translation>XLSX, werkblad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; of %2 has values beyond row %3 or column %4; it is too large to import.</source>
        <translation>Het werkblad &quot;%1&quot; van %2 heeft waarden voorbij rij %3 of kolom %4; het is te groot om te importeren.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2%3 of &quot;%4&quot; points at a missing shared string.</source>
        <translation>%1 is beschadigd: cel %2%3 van &quot;%4&quot; verwijst naar een ontbrekende gedeelde string.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; cannot be read (%3).</source>
        <translation>%1 is beschadigd: het werkblad &quot;%2&quot; kan niet worden gelezen (%3).</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>The workbook could not be packed (zip error %1).</source>
        <translation>De werkmap kon niet worden ingepakt (zipfout %1).</translation>
    </message>
</context>
<context>
    <name>isoaudit::AttachmentsBox</name>
    <message>
        <source>Attached files</source>
        <translation>Bijgevoegde bestanden</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Bestand toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Files stored inside the audit; drop files here to attach them</source>
        <translation>Bestanden die in de audit zijn opgeslagen; zet hier bestanden neer om ze bij te voegen</translation>
    </message>
    <message>
        <source>Store a file inside the audit as part of this evidence</source>
        <translation>Een bestand in de audit opslaan als onderdeel van dit bewijs</translation>
    </message>
    <message>
        <source>Open a read-only copy with the program the desktop uses for it</source>
        <translation>Een alleen-lezen kopie openen met het programma dat het bureaublad ervoor gebruikt</translation>
    </message>
    <message>
        <source>Save a copy of the file elsewhere</source>
        <translation>Een kopie van het bestand elders opslaan</translation>
    </message>
    <message>
        <source>Remove the file from the audit (Undo brings it back)</source>
        <translation>Het bestand uit de audit verwijderen (Ongedaan maken haalt het terug)</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Bestand verwijderen</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Choose an evidence record first.</source>
        <translation>Kies eerst een bewijsregistratie.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n bestand bijgevoegd.</numerusform>
            <numerusform>%n bestanden bijgevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an attached file first.</source>
        <translation>Selecteer eerst een bijgevoegd bestand.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Remove file %1</source>
        <translation>Bestand %1 verwijderen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <source>No program is set up to open %1. Use Export… to save it and open it yourself.</source>
        <translation>Er is geen programma ingesteld om %1 te openen. Gebruik Exporteren… om het op te slaan en open het zelf.</translation>
    </message>
    <message>
        <source>Export attached file</source>
        <translation>Bijgevoegd bestand exporteren</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Bestand exporteren</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditDocument</name>
    <message>
        <source>Update the exception counts of %1</source>
        <translation>Aantallen afwijkingen van %1 bijwerken</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Change links of %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Koppelingen van %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditPlanModel</name>
    <message>
        <source>Clause %1 %2</source>
        <translation>Clausule %1 %2</translation>
    </message>
    <message>
        <source>A.%1 %2</source>
        <translation>A.%1 %2</translation>
    </message>
    <message>
        <source>Planned: untick to leave it out of this audit</source>
        <translation>Gepland: vink uit om het buiten deze audit te laten</translation>
    </message>
    <message>
        <source>Not planned: tick to plan it</source>
        <translation>Niet gepland: vink aan om het te plannen</translation>
    </message>
    <message>
        <source>The team member who audits it</source>
        <translation>Het teamlid dat het auditeert</translation>
    </message>
    <message>
        <source>Who is interviewed for it (the auditee)</source>
        <translation>Wie ervoor wordt geïnterviewd (de geauditeerde)</translation>
    </message>
    <message>
        <source>When it is audited; Delete clears the date</source>
        <translation>Wanneer het wordt geaudit; Delete wist de datum</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Clause or control</source>
        <translation>Clausule of beheersmaatregel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With whom (auditee)</source>
        <translation>Met wie (geauditeerde)</translation>
    </message>
    <message>
        <source>By whom (auditor)</source>
        <translation>Door wie (auditor)</translation>
    </message>
    <message>
        <source>Whether it is audited in this audit</source>
        <translation>Of het in deze audit wordt geaudit</translation>
    </message>
    <message>
        <source>Edit plan of %1</source>
        <translation>Plan van %1 bewerken</translation>
    </message>
    <message>
        <source>Not yet covered</source>
        <translation>Nog niet behandeld</translation>
    </message>
    <message>
        <source>%1 · every surveillance</source>
        <translation>%1 · bij elke controleaudit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: write it as HH:MM, for example 09:30.</source>
        <translation>&quot;%1&quot; is geen tijdstip: noteer het als UU:MM, bijvoorbeeld 09:30.</translation>
    </message>
    <message>
        <source>The slot of %1 would end (%2) before it starts (%3): the end must be later.</source>
        <translation>Het tijdvak van %1 zou eindigen (%2) voordat het begint (%3): het einde moet later liggen.</translation>
    </message>
    <message>
        <source>The slot&apos;s time of day (HH:MM); Delete clears it</source>
        <translation>Tijdstip van het tijdvak (UU:MM); Delete wist het</translation>
    </message>
    <message>
        <source>The site where it is audited</source>
        <translation>De locatie waar het wordt geaudit</translation>
    </message>
    <message>
        <source>Not applicable in the Statement of Applicability: outside the programme&apos;s coverage.</source>
        <translation>Niet van toepassing volgens de Verklaring van toepasselijkheid: valt buiten de dekking van het auditprogramma.</translation>
    </message>
    <message>
        <source>Covered in this certification cycle by: %1.</source>
        <translation>In deze certificatiecyclus behandeld door: %1.</translation>
    </message>
    <message>
        <source>Not covered by an earlier audit of this cycle; this audit&apos;s plan covers it.</source>
        <translation>Niet behandeld in een eerdere audit van deze cyclus; het auditplan van deze audit omvat het.</translation>
    </message>
    <message>
        <source>Not yet covered in this certification cycle: plan it in this audit or a later one.</source>
        <translation>Nog niet behandeld in deze certificatiecyclus: plan het in deze audit of in een latere.</translation>
    </message>
    <message>
        <source>Audited at every surveillance (ISO/IEC 17021-1 9.6.2.2).</source>
        <translation>Wordt bij elke controleaudit geaudit (ISO/IEC 17021-1 9.6.2.2).</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Geen locatie</translation>
    </message>
    <message>
        <source>Covered in this cycle</source>
        <translation>Behandeld in deze cyclus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Which completed audit of this certification cycle covered it, or whether this audit does</source>
        <translation>Welke afgeronde audit van deze certificatiecyclus het heeft behandeld, of dat deze audit het behandelt</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditPlanPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Clausules 4–10</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Beheersmaatregelen bijlage A</translation>
    </message>
    <message>
        <source>Planned only</source>
        <translation>Alleen gepland</translation>
    </message>
    <message>
        <source>Not planned only</source>
        <translation>Alleen niet gepland</translation>
    </message>
    <message>
        <source>Find in the audit plan</source>
        <translation>Zoeken in het auditplan</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>Auditplan</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>Geselecteerde rijen:</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <source>Put the selected clauses and controls in the audit plan</source>
        <translation>De geselecteerde clausules en beheersmaatregelen in het auditplan opnemen</translation>
    </message>
    <message>
        <source>&amp;Unplan</source>
        <translation>&amp;Uit plan halen</translation>
    </message>
    <message>
        <source>Leave the selected clauses and controls out of this audit</source>
        <translation>De geselecteerde clausules en beheersmaatregelen buiten deze audit laten</translation>
    </message>
    <message>
        <source>Date for the selected rows</source>
        <translation>Datum voor de geselecteerde rijen</translation>
    </message>
    <message>
        <source>Set &amp;date</source>
        <translation>&amp;Datum instellen</translation>
    </message>
    <message>
        <source>Plan the selected rows for this date</source>
        <translation>De geselecteerde rijen voor deze datum plannen</translation>
    </message>
    <message>
        <source>Auditor for the selected rows</source>
        <translation>Auditor voor de geselecteerde rijen</translation>
    </message>
    <message>
        <source>&amp;Assign auditor</source>
        <translation>&amp;Auditor toewijzen</translation>
    </message>
    <message>
        <source>Make this team member the auditor of the selected rows</source>
        <translation>Dit teamlid auditor maken van de geselecteerde rijen</translation>
    </message>
    <message>
        <source>Plan selected items</source>
        <translation>Geselecteerde items plannen</translation>
    </message>
    <message>
        <source>Unplan selected items</source>
        <translation>Geselecteerde items uit plan halen</translation>
    </message>
    <message>
        <source>Set plan date</source>
        <translation>Plandatum instellen</translation>
    </message>
    <message>
        <source>Assign auditor</source>
        <translation>Auditor toewijzen</translation>
    </message>
    <message>
        <source>%1/%2 clause items planned · %3/%4 controls planned</source>
        <translation>%1/%2 clausule-items gepland · %3/%4 beheersmaatregelen gepland</translation>
    </message>
    <message>
        <source>Rows changed: %1.</source>
        <translation>Rijen gewijzigd: %1.</translation>
    </message>
    <message>
        <source>Not yet covered in this cycle</source>
        <translation>Nog niet behandeld in deze cyclus</translation>
    </message>
    <message>
        <source>Find a clause, control, site, auditee or auditor</source>
        <translation>Zoek een clausule, beheersmaatregel, locatie, geauditeerde of auditor</translation>
    </message>
    <message>
        <source>Plan what the certification cycle still needs: at a surveillance the items audited every time and a share of what is not yet covered, at Stage 2 and recertification everything not yet covered (one undo step)</source>
        <translation>Plannen wat de certificatiecyclus nog nodig heeft: bij een controleaudit de onderdelen die elke keer worden geaudit en een deel van wat nog niet is behandeld, bij fase 2 en hercertificering alles wat nog niet is behandeld (één stap ongedaan maken)</translation>
    </message>
    <message>
        <source>Audit &amp;time…</source>
        <translation>Aud&amp;ittijd…</translation>
    </message>
    <message>
        <source>Compute the audit time per ISO/IEC 27006 and store it in the audit</source>
        <translation>De audittijd volgens ISO/IEC 27006 berekenen en in de audit opslaan</translation>
    </message>
    <message>
        <source>&amp;Opening meeting…</source>
        <translation>&amp;Openingsbijeenkomst…</translation>
    </message>
    <message>
        <source>Record the opening meeting: when, where, who attended, what was confirmed</source>
        <translation>De openingsbijeenkomst vastleggen: wanneer, waar, wie aanwezig was, wat is bevestigd</translation>
    </message>
    <message>
        <source>&amp;Closing meeting…</source>
        <translation>&amp;Slotbijeenkomst…</translation>
    </message>
    <message>
        <source>Record the closing meeting: who attended, the findings presented, the client&apos;s acknowledgement, any disagreement</source>
        <translation>De slotbijeenkomst vastleggen: wie aanwezig was, de gepresenteerde bevindingen, de kennisname door de klant, eventuele meningsverschillen</translation>
    </message>
    <message>
        <source>&amp;Export audit plan PDF…</source>
        <translation>Auditplan als PDF &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write the audit plan to send the client before the audit, in the report&apos;s language</source>
        <translation>Het auditplan aanmaken om vóór de audit aan de klant te sturen, in de taal van het rapport</translation>
    </message>
    <message>
        <source>Plan proposed: rows changed: %1.</source>
        <translation>Plan voorgesteld; rijen gewijzigd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain across %n planned audit(s).</source>
        <translation>
            <numerusform>Certificatiecyclus %1: %2 van %3 onderdelen behandeld in deze cyclus; nog te behandelen: %4, in %n geplande audit.</numerusform>
            <numerusform>Certificatiecyclus %1: %2 van %3 onderdelen behandeld in deze cyclus; nog te behandelen: %4, verdeeld over %n geplande audits.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
    <message>
        <source>Propose plan</source>
        <translation>Plan voorstellen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>-plan</source>
        <translation>-auditplan</translation>
    </message>
    <message>
        <source>Export Audit Plan as PDF</source>
        <translation>Auditplan exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Audit plan exported to %1.</source>
        <translation>Auditplan geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Certification cycle %1: all %2 items are covered in this cycle.</source>
        <translation>Certificatiecyclus %1: alle %2 onderdelen zijn in deze cyclus behandeld.</translation>
    </message>
    <message>
        <source>Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain and the programme plans no further audit of the cycle (Overview: Plan the cycle).</source>
        <translation>Certificatiecyclus %1: %2 van %3 onderdelen behandeld in deze cyclus; nog te behandelen: %4, maar het auditprogramma plant geen verdere audit in deze cyclus (Overzicht: Cyclus plannen).</translation>
    </message>
    <message>
        <source>Propose p&amp;lan</source>
        <translation>Plan &amp;voorstellen</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditProgressWidget</name>
    <message>
        <source>Clauses 4–10: items with a verdict</source>
        <translation>Clausules 4–10: items met een oordeel</translation>
    </message>
    <message>
        <source>Annex A themes: applicability decided · controls assessed</source>
        <translation>Thema&apos;s bijlage A: toepasselijkheid bepaald · beheersmaatregelen beoordeeld</translation>
    </message>
    <message>
        <source>Findings by grade</source>
        <translation>Bevindingen per classificatie</translation>
    </message>
    <message>
        <source>Overdue corrective actions</source>
        <translation>Achterstallige corrigerende maatregelen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the finding</source>
        <translation>Dubbelklik of druk op Enter om de bevinding te openen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No corrective action is past its due date.</source>
        <translation>Geen enkele corrigerende maatregel is over de streefdatum heen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/%2 decided</source>
        <translation>%1/%2 bepaald</translation>
    </message>
    <message>
        <source>%1/%2 assessed</source>
        <translation>%1/%2 beoordeeld</translation>
    </message>
    <message>
        <source>Progress of %1 %2</source>
        <translation>Voortgang van %1 %2</translation>
    </message>
    <message>
        <source>%1 assessed</source>
        <translation>%1 beoordeeld</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n NC</source>
        <translation>
            <numerusform>%n afw.</numerusform>
            <numerusform>%n afw.</numerusform>
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
        <translation>Grote afwijkingen zonder geverifieerde corrigerende maatregel: %1.</translation>
    </message>
    <message>
        <source>Minor nonconformities without an accepted corrective-action plan: %1.</source>
        <translation>Kleine afwijkingen zonder geaccepteerd plan van aanpak: %1.</translation>
    </message>
    <message>
        <source>No nonconformity is waiting for the client.</source>
        <translation>Er wacht geen afwijking op de klant.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Areas of concern to address before Stage 2: %1.</source>
        <translation>Aandachtspunten die vóór fase 2 moeten worden afgehandeld: %1.</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditStatusBar</name>
    <message>
        <source>Lifecycle state of the audit: planning → fieldwork → reporting → signed</source>
        <translation>Levenscyclusstatus van de audit: planning → veldwerk → rapportage → ondertekend</translation>
    </message>
    <message>
        <source>Rules that must hold before the audit can move on; click to see them</source>
        <translation>Regels waaraan moet zijn voldaan voordat de audit verder kan; klik om ze te bekijken</translation>
    </message>
    <message>
        <source>Unmet rules for the next lifecycle step</source>
        <translation>Niet-vervulde regels voor de volgende stap in de levenscyclus</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>This audit file was opened read-only; edits are not possible</source>
        <translation>Dit auditbestand is alleen-lezen geopend; bewerken is niet mogelijk</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Signed — the record is final</source>
        <translation>Ondertekend — de vastlegging is definitief</translation>
    </message>
    <message>
        <source>Ready for %1</source>
        <translation>Gereed voor %1</translation>
    </message>
    <message>
        <source>Unmet rules for %1: %2</source>
        <translation>Niet-vervulde regels voor %1: %2</translation>
    </message>
    <message>
        <source>This audit is a file on this computer only. File ▸ Repository ▸ Push stores it in the certification body&apos;s repository.</source>
        <translation>Deze audit is alleen een bestand op deze computer. Bestand ▸ Repository ▸ Verzenden slaat deze op in de repository van de certificatie-instelling.</translation>
    </message>
    <message>
        <source>Repository: %1
Last pushed or pulled: %2. The server may hold newer changes: File ▸ Repository ▸ Pull brings them.</source>
        <translation>Repository: %1
Laatst verzonden of opgehaald: %2. De server kan nieuwere wijzigingen bevatten: Bestand ▸ Repository ▸ Ophalen haalt ze op.</translation>
    </message>
    <message numerus="yes">
        <source>%n change not yet pushed</source>
        <translation>
            <numerusform>%n wijziging nog niet verzonden</numerusform>
            <numerusform>%n wijzigingen nog niet verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet pushed</source>
        <translation>
            <numerusform>%n wijziging nog niet verzonden</numerusform>
            <numerusform>%n wijzigingen nog niet verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the repository</source>
        <translation>Niet in de repository</translation>
    </message>
    <message>
        <source>All changes pushed</source>
        <translation>Alle wijzigingen verzonden</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditStore</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>Unknown audit type &quot;%1&quot;; use one of: %2.</source>
        <translation>Onbekend type audit &quot;%1&quot;; gebruik een van de volgende: %2.</translation>
    </message>
    <message>
        <source>A new audit needs the client&apos;s name.</source>
        <translation>Een nieuwe audit heeft de naam van de klant nodig.</translation>
    </message>
    <message>
        <source>A new audit needs the lead auditor&apos;s name.</source>
        <translation>Een nieuwe audit heeft de naam van de lead auditor nodig.</translation>
    </message>
    <message>
        <source>The audit ends (%1) before it starts (%2).</source>
        <translation>De audit eindigt (%1) voordat deze begint (%2).</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Kan %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Could not read the %1 records: %2</source>
        <translation>Kan de %1-records niet lezen: %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this audit.</source>
        <translation>Er is geen %1 met id %2 in deze audit.</translation>
    </message>
    <message>
        <source>The audit file %1 has no %2 record; it is incomplete.</source>
        <translation>Het auditbestand %1 heeft geen %2-record; het is onvolledig.</translation>
    </message>
    <message>
        <source>Could not count the %1 records: %2</source>
        <translation>Kan de %1-records niet tellen: %2</translation>
    </message>
    <message>
        <source>A %1 has no reference to look it up by.</source>
        <translation>Een %1 heeft geen referentie om het mee op te zoeken.</translation>
    </message>
    <message>
        <source>Could not look up %1 %2: %3</source>
        <translation>Kan %1 %2 niet opzoeken: %3</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in this audit.</source>
        <translation>Er is geen %1 &quot;%2&quot; in deze audit.</translation>
    </message>
    <message>
        <source>The attachment %1 is not in this audit.</source>
        <translation>De bijlage %1 zit niet in deze audit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause of %2.</source>
        <translation>&quot;%1&quot; is geen clausule van %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2.</source>
        <translation>&quot;%1&quot; is geen beheersmaatregel uit bijlage A van %2.</translation>
    </message>
    <message>
        <source>There is no interview %1 in this audit.</source>
        <translation>Er is geen interview %1 in deze audit.</translation>
    </message>
    <message>
        <source>There is no evidence %1 in this audit.</source>
        <translation>Er is geen bewijs %1 in deze audit.</translation>
    </message>
    <message>
        <source>There is no risk %1 in this audit.</source>
        <translation>Er is geen risico %1 in deze audit.</translation>
    </message>
    <message>
        <source>This audit is open read-only; changes cannot be saved.</source>
        <translation>Deze audit is alleen-lezen geopend; wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The audit file %1 has disappeared or was replaced (moved, deleted, or its drive removed), so the change was not saved. Save a copy of the open audit under a new name to keep its content.</source>
        <translation>Het auditbestand %1 is verdwenen of vervangen (verplaatst, verwijderd of de schijf is verwijderd), dus de wijziging is niet opgeslagen. Sla een kopie van de geopende audit onder een nieuwe naam op om de inhoud te behouden.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: this change was not saved; everything saved before it is safe. Free some space, then make the change again.</source>
        <translation>De schijf met %1 is vol: deze wijziging is niet opgeslagen; alles wat daarvoor is opgeslagen, is veilig. Maak ruimte vrij en breng de wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Een %1 heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The %1 of a %2 cannot be changed.</source>
        <translation>De %1 van een %2 kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Could not save the %1: %2</source>
        <translation>Kan de %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>A %1 must belong to an existing %2.</source>
        <translation>Een %1 moet bij een bestaande %2 horen.</translation>
    </message>
    <message>
        <source>%1.%2 must not be empty.</source>
        <translation>%1.%2 mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the %2 catalog.</source>
        <translation>&quot;%1&quot; staat niet in de %2-catalogus.</translation>
    </message>
    <message>
        <source>A %1 cannot link to a %2.</source>
        <translation>Een %1 kan niet naar een %2 verwijzen.</translation>
    </message>
    <message>
        <source>The audit team already has a lead auditor; there can be only one.</source>
        <translation>Het auditteam heeft al een lead auditor; er kan er maar één zijn.</translation>
    </message>
    <message>
        <source>This audit already has that %1 (%2).</source>
        <translation>Deze audit heeft die %1 al (%2).</translation>
    </message>
    <message>
        <source>Could not add the %1: %2</source>
        <translation>Kan de %1 niet toevoegen: %2</translation>
    </message>
    <message>
        <source>Could not save a link: %1</source>
        <translation>Kan een koppeling niet opslaan: %1</translation>
    </message>
    <message>
        <source>The %1 cannot be deleted; it is part of every audit.</source>
        <translation>De %1 kan niet worden verwijderd; deze hoort bij elke audit.</translation>
    </message>
    <message>
        <source>Could not delete the %1: %2</source>
        <translation>Kan de %1 niet verwijderen: %2</translation>
    </message>
    <message>
        <source>Could not read the links to %1: %2</source>
        <translation>Kan de koppelingen naar %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>This audit was opened without the check that keeps a signed audit unchanged, so the change was not saved.</source>
        <translation>Deze audit is geopend zonder de controle die een ondertekende audit ongewijzigd houdt; de wijziging is daarom niet opgeslagen.</translation>
    </message>
    <message>
        <source>The new %1 is missing from the file.</source>
        <translation>De nieuwe %1 ontbreekt in het bestand.</translation>
    </message>
    <message>
        <source>Could not restore a link: %1</source>
        <translation>Kan een koppeling niet herstellen: %1</translation>
    </message>
    <message>
        <source>Unknown framework &quot;%1&quot;; use one of: %2.</source>
        <translation>Onbekend normenkader &quot;%1&quot;; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services Criterion.</source>
        <translation>&quot;%1&quot; is geen criterium van de Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Kan de audittrail niet lezen: %1</translation>
    </message>
    <message>
        <source>Could not read where this copy came from: %1</source>
        <translation>Kan de herkomst van deze kopie niet lezen: %1</translation>
    </message>
    <message>
        <source>Could not write where this copy came from: %1</source>
        <translation>Kan de herkomst van deze kopie niet vastleggen: %1</translation>
    </message>
    <message>
        <source>Could not read the team&apos;s copies: %1</source>
        <translation>Kan de kopieën van het team niet lezen: %1</translation>
    </message>
    <message>
        <source>A team copy without an id cannot be remembered.</source>
        <translation>Een teamkopie zonder id kan niet worden geregistreerd.</translation>
    </message>
    <message>
        <source>Could not remember the team member&apos;s copy: %1</source>
        <translation>Kan de kopie van het teamlid niet registreren: %1</translation>
    </message>
    <message>
        <source>Could not read the repository this audit belongs to: %1</source>
        <translation>Kan niet lezen bij welke repository deze audit hoort: %1</translation>
    </message>
    <message>
        <source>Could not write the repository this audit belongs to: %1</source>
        <translation>Kan niet vastleggen bij welke repository deze audit hoort: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditTimeDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Audit time (ISO/IEC 27006)</source>
        <translation>Audittijd (ISO/IEC 27006)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <source>Full-time persons</source>
        <translation>Voltijdse personen</translation>
    </message>
    <message>
        <source>Persons doing work under the organization&apos;s control, full-time, head count</source>
        <translation>Personen die werkzaamheden verrichten onder het gezag van de organisatie, voltijds, aantal personen</translation>
    </message>
    <message>
        <source>Part-time persons in full-time equivalents</source>
        <translation>Deeltijdse personen in fte</translation>
    </message>
    <message>
        <source>e.g. 49, 30</source>
        <translation>bijv. 49, 30</translation>
    </message>
    <message>
        <source>Groups doing the same simple work</source>
        <translation>Groepen met hetzelfde eenvoudige werk</translation>
    </message>
    <message>
        <source>Head counts of groups doing the same simple, repetitive work, separated by commas; they are part of the full-time persons</source>
        <translation>Aantal personen per groep die hetzelfde eenvoudige, repetitieve werk doet, gescheiden door komma&apos;s; zij horen bij de voltijdse personen</translation>
    </message>
    <message>
        <source>Business complexity</source>
        <translation>Complexiteit van de bedrijfsvoering</translation>
    </message>
    <message>
        <source>Reason for the business complexity</source>
        <translation>Reden voor de complexiteit van de bedrijfsvoering</translation>
    </message>
    <message>
        <source>Why this level</source>
        <translation>Waarom dit niveau</translation>
    </message>
    <message>
        <source>IT complexity</source>
        <translation>IT-complexiteit</translation>
    </message>
    <message>
        <source>Reason for the IT complexity</source>
        <translation>Reden voor de IT-complexiteit</translation>
    </message>
    <message>
        <source>Outsourcing adjustment</source>
        <translation>Aanpassing voor uitbesteding</translation>
    </message>
    <message>
        <source>Reason for the outsourcing adjustment</source>
        <translation>Reden voor de aanpassing voor uitbesteding</translation>
    </message>
    <message>
        <source>Why the adjustment</source>
        <translation>Waarom deze aanpassing</translation>
    </message>
    <message>
        <source>Not multi-site</source>
        <translation>Geen multi-site</translation>
    </message>
    <message>
        <source>Sites sampled</source>
        <translation>Locaties in de steekproef</translation>
    </message>
    <message>
        <source>Multi-site adjustment</source>
        <translation>Aanpassing voor multi-site</translation>
    </message>
    <message>
        <source>Reason for the multi-site adjustment</source>
        <translation>Reden voor de aanpassing voor multi-site</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type audit</translation>
    </message>
    <message>
        <source>&amp;Full-time persons:</source>
        <translation>&amp;Voltijdse personen:</translation>
    </message>
    <message>
        <source>&amp;Part-time (FTE):</source>
        <translation>&amp;Deeltijds (fte):</translation>
    </message>
    <message>
        <source>Same-&amp;work groups:</source>
        <translation>Groepen met &amp;zelfde werk:</translation>
    </message>
    <message>
        <source>&amp;Business complexity:</source>
        <translation>Complexiteit &amp;bedrijfsvoering:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>&amp;IT complexity:</source>
        <translation>&amp;IT-complexiteit:</translation>
    </message>
    <message>
        <source>&amp;Outsourcing:</source>
        <translation>&amp;Uitbesteding:</translation>
    </message>
    <message>
        <source>&amp;Sites sampled:</source>
        <translation>&amp;Locaties in steekproef:</translation>
    </message>
    <message>
        <source>&amp;Multi-site:</source>
        <translation>&amp;Multi-site:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>&amp;Type audit:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Store in audit</source>
        <translation>In audit &amp;opslaan</translation>
    </message>
    <message>
        <source>Record this input and its result in the audit (undoable); the audit plan and the report print it</source>
        <translation>Deze invoer en het resultaat in de audit vastleggen (kan ongedaan worden gemaakt); het auditplan en het rapport nemen het op</translation>
    </message>
    <message>
        <source>The audit stores an audit time; shown is its input.</source>
        <translation>In de audit is een audittijd opgeslagen; hier wordt de invoer ervan getoond.</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Niet berekend: %1</translation>
    </message>
    <message>
        <source>Note: this band of the chart rests on one source (%1); see the user guide.</source>
        <translation>Let op: deze klasse van de tabel berust op één bron (%1); zie de gebruikershandleiding.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
    <message>
        <source>The audit time cannot be stored while its input has a problem.</source>
        <translation>De audittijd kan niet worden opgeslagen zolang de invoer een probleem bevat.</translation>
    </message>
    <message>
        <source>Store audit time</source>
        <translation>Audittijd opslaan</translation>
    </message>
    <message>
        <source>Stored in the audit.</source>
        <translation>Opgeslagen in de audit.</translation>
    </message>
</context>
<context>
    <name>isoaudit::BackupController</name>
    <message>
        <source>Backup failed: %1</source>
        <translation>Back-up mislukt: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Back-up gemaakt in %1</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Kan niet terugzetten</translation>
    </message>
    <message>
        <source>Restored %1; the replaced audit is kept as %2</source>
        <translation>%1 teruggezet; de vervangen audit is bewaard als %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::CarriedFindingTableModel</name>
    <message>
        <source>Passed through a special audit that verified only major nonconformities: it is verified at the next audit.</source>
        <translation>Doorgeschoven via een bijzondere audit die alleen grote afwijkingen heeft geverifieerd: deze afwijking wordt tijdens de volgende audit geverifieerd.</translation>
    </message>
    <message>
        <source>At the next audit</source>
        <translation>Bij volgende audit</translation>
    </message>
    <message>
        <source>Raised again as finding %1 of this audit</source>
        <translation>Opnieuw vastgesteld als bevinding %1 van deze audit</translation>
    </message>
    <message>
        <source>%1
Choose the verdict here, or press 1 (closed), 2 (not effective), 3 (still open) or 0 (none) in the list</source>
        <translation>%1
Kies hier het oordeel, of druk in de lijst op 1 (gesloten), 2 (niet effectief), 3 (nog open) of 0 (geen)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Vastgesteld tijdens</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Raised again as</source>
        <translation>Opnieuw vastgesteld als</translation>
    </message>
</context>
<context>
    <name>isoaudit::ChangeView</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed (links or attachments)</source>
        <translation>Gewijzigd (koppelingen of bijlagen)</translation>
    </message>
    <message>
        <source>Choose a change on the left to see what it brings.</source>
        <translation>Kies links een wijziging om te zien wat die inhoudt.</translation>
    </message>
    <message>
        <source>The new record</source>
        <translation>Het nieuwe record</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Toegevoegd door %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Verwijderd door %1</translation>
    </message>
    <message>
        <source>Only its links or attachments change.</source>
        <translation>Alleen de koppelingen of bijlagen worden gewijzigd.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Na het samenvoegen</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Gewijzigd door %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>Conflict: deleted on one side, changed on the other</source>
        <translation>Conflict: aan de ene kant verwijderd, aan de andere kant gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
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
        <translation>Details van de wijziging</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClassificationPanel</name>
    <message>
        <source>Classification assistant</source>
        <translation>Classificatiehulp</translation>
    </message>
    <message>
        <source>&amp;Capability of the ISMS in doubt</source>
        <translation>&amp;Vermogen van het ISMS in twijfel</translation>
    </message>
    <message>
        <source>&amp;Apply suggested grade</source>
        <translation>Voorgestelde classificatie &amp;toepassen</translation>
    </message>
    <message>
        <source>Nature of the nonconformity</source>
        <translation>Aard van de afwijking</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>Geen steekproef</translation>
    </message>
    <message>
        <source>Samples failed</source>
        <translation>Afgekeurde items</translation>
    </message>
    <message>
        <source>How many of the sampled items did not meet the requirement</source>
        <translation>Hoeveel van de items in de steekproef niet aan de eis voldeden</translation>
    </message>
    <message>
        <source>Samples taken</source>
        <translation>Steekproefgrootte</translation>
    </message>
    <message>
        <source>How many items were sampled</source>
        <translation>Hoeveel items in de steekproef zijn genomen</translation>
    </message>
    <message>
        <source>Tick when there is significant doubt that the ISMS can achieve its intended results, i.e. that effective control is in place</source>
        <translation>Vink aan als er ernstige twijfel is of het ISMS de beoogde resultaten kan bereiken, d.w.z. of er effectieve beheersing is</translation>
    </message>
    <message>
        <source>Suggested grade</source>
        <translation>Voorgestelde classificatie</translation>
    </message>
    <message>
        <source>Rationale for the suggested grade</source>
        <translation>Onderbouwing van de voorgestelde classificatie</translation>
    </message>
    <message>
        <source>Give the finding the suggested grade (a new NC reference if it was an observation)</source>
        <translation>Geef de bevinding de voorgestelde classificatie (een nieuwe afwijkingsreferentie als het een observatie was)</translation>
    </message>
    <message>
        <source>of</source>
        <translation>van</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Aard:</translation>
    </message>
    <message>
        <source>Samples &amp;failed:</source>
        <translation>Afge&amp;keurde items:</translation>
    </message>
    <message>
        <source>Suggested grade:</source>
        <translation>Voorgestelde classificatie:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change classification facts</source>
        <translation>Classificatiegegevens wijzigen</translation>
    </message>
    <message>
        <source>Is the required process missing, broken down throughout, missed once, or running without the documented information the requirement calls for?</source>
        <translation>Ontbreekt het vereiste proces, faalt het over de hele linie, is het één keer misgegaan, of werkt het zonder de gedocumenteerde informatie die de eis voorschrijft?</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClauseDetailWidget</name>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Your verdict on this clause item</source>
        <translation>Uw oordeel over dit clausule-item</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Oordeel:</translation>
    </message>
    <message>
        <source>&amp;Notes (saved as you type):</source>
        <translation>O&amp;pmerkingen (opgeslagen terwijl u typt):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>What you saw, asked and sampled for this requirement…</source>
        <translation>Wat u voor deze eis hebt gezien, gevraagd en in de steekproef genomen…</translation>
    </message>
    <message>
        <source>Interviews and evidence linked to this clause</source>
        <translation>Interviews en bewijs gekoppeld aan deze clausule</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Dubbelklik of druk op Enter om te openen</translation>
    </message>
    <message>
        <source>Findings raised against this clause</source>
        <translation>Bevindingen tegen deze clausule</translation>
    </message>
    <message>
        <source>Clause %1 %2</source>
        <translation>Clausule %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed. Select an item (Down arrow) to record its verdict and notes.</source>
        <translation>%1 van %2 items beoordeeld. Selecteer een item (pijl omlaag) om het oordeel en de opmerkingen vast te leggen.</translation>
    </message>
    <message>
        <source>Select a clause item</source>
        <translation>Selecteer een clausule-item</translation>
    </message>
    <message>
        <source>No audit is open</source>
        <translation>Er is geen audit geopend</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Documented information required. %1</source>
        <translation>Gedocumenteerde informatie vereist. %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Gepland voor %1</translation>
    </message>
    <message>
        <source>Planned (no date yet)</source>
        <translation>Gepland (nog geen datum)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>Not in the audit plan.</source>
        <translation>Niet in het auditplan.</translation>
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
        <translation>&amp;Gekoppelde interviews en bewijs (%1):</translation>
    </message>
    <message>
        <source>&amp;Findings raised against it (%1):</source>
        <translation>&amp;Bevindingen hiertegen (%1):</translation>
    </message>
    <message>
        <source>Set verdict of %1</source>
        <translation>Oordeel over %1 instellen</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Opmerkingen bij %1 bewerken</translation>
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
        <translation>%1/%2 beoordeeld</translation>
    </message>
    <message>
        <source>Clause %1: %2 of %3 items assessed</source>
        <translation>Clausule %1: %2 van %3 items beoordeeld</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>Interviews and evidence records linked to this clause: %1</source>
        <translation>Interviews en bewijsregistraties gekoppeld aan deze clausule: %1</translation>
    </message>
    <message>
        <source>Findings raised against this clause: %1</source>
        <translation>Bevindingen tegen deze clausule: %1</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clausule</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Set verdict of %1</source>
        <translation>Oordeel over %1 instellen</translation>
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
        <translation>Clausulenummer of woorden uit de titel</translation>
    </message>
    <message>
        <source>Filter clauses</source>
        <translation>Clausules filteren</translation>
    </message>
    <message>
        <source>Clauses 4 to 10</source>
        <translation>Clausules 4 tot en met 10</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up: next / previous clause item</source>
        <translation>Alt+Omlaag / Alt+Omhoog: volgend / vorig clausule-item</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Clausules 4–10</translation>
    </message>
    <message>
        <source>%1 of %2 clause items assessed</source>
        <translation>%1 van %2 clausule-items beoordeeld</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlExceptionTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>nature</source>
        <translation>aard</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>oorzaak</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patroon</translation>
    </message>
    <message>
        <source>management&apos;s response</source>
        <translation>reactie van het management</translation>
    </message>
    <message>
        <source>compensating controls</source>
        <translation>compenserende beheersmaatregelen</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>effect</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Ontbreekt: %1</translation>
    </message>
    <message>
        <source>The nature, the pattern and management&apos;s response are recorded.</source>
        <translation>De aard, het patroon en de reactie van het management zijn vastgelegd.</translation>
    </message>
    <message>
        <source>Still to record: %1. The report waits until every exception has its nature, pattern and management&apos;s response (rule soc2.exceptions-assessed).</source>
        <translation>Nog vast te leggen: %1. Het rapport wacht tot bij elke afwijking de aard, het patroon en de reactie van het management zijn vastgelegd (regel soc2.exceptions-assessed).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2
Double-click or press Enter to open the control on the Testing page.</source>
        <translation>%1 — %2
Dubbelklik of druk op Enter om de beheersmaatregel te openen op de pagina Testen.</translation>
    </message>
    <message>
        <source>Deviations: %1 of %2 tested (the control&apos;s sample items with an exception, or its test procedures with exceptions when it has no sample)</source>
        <translation>Afwijkingen: %1 van %2 getest (de steekproefitems van de beheersmaatregel met een afwijking, of de testprocedures met afwijkingen als er geen steekproef is)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Afwijkingen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Aard</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patroon</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Reactie van het management</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>Compenserende beheersmaatregelen</translation>
    </message>
    <message>
        <source>Effect on criteria</source>
        <translation>Effect op criteria</translation>
    </message>
    <message>
        <source>Deviations out of the sample size (or out of the test procedures with a result)</source>
        <translation>Afwijkingen ten opzichte van de steekproefgrootte (of van de testprocedures met een resultaat)</translation>
    </message>
    <message>
        <source>Isolated or systematic: the auditor&apos;s judgement of the deviations</source>
        <translation>Incidenteel of systematisch: de professionele oordeelsvorming van de auditor over de afwijkingen</translation>
    </message>
    <message>
        <source>Whether the nature, the pattern and management&apos;s response are recorded</source>
        <translation>Of de aard, het patroon en de reactie van het management zijn vastgelegd</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlListDelegate</name>
    <message>
        <source>e.g. 5.15, 8.7</source>
        <translation>bijv. 5.15, 8.7</translation>
    </message>
    <message>
        <source>Annex A control ids, separated by commas; type a digit for suggestions</source>
        <translation>Id&apos;s van beheersmaatregelen uit bijlage A, gescheiden door komma&apos;s; typ een cijfer voor suggesties</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlTestingModel</name>
    <message>
        <source>No sample drawn yet</source>
        <translation>Nog geen steekproef getrokken</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample item(s) tested, %2 with an exception</source>
        <translation>
            <numerusform>%1 van %n steekproefitem getest, %2 met een afwijking</numerusform>
            <numerusform>%1 van %n steekproefitems getest, %2 met een afwijking</numerusform>
        </translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getest</translation>
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
        <translation>Beheersmaatregel verwijderen</translation>
    </message>
    <message>
        <source>Criteria &amp; Controls</source>
        <translation>Criteria &amp; beheersmaatregelen</translation>
    </message>
    <message>
        <source>&amp;New control</source>
        <translation>&amp;Nieuwe beheersmaatregel</translation>
    </message>
    <message>
        <source>Add a control to the matrix</source>
        <translation>Een beheersmaatregel aan de matrix toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected controls (Undo brings them back)</source>
        <translation>De geselecteerde beheersmaatregelen verwijderen (Ongedaan maken haalt ze terug)</translation>
    </message>
    <message>
        <source>&amp;Map criteria</source>
        <translation>Criteria &amp;koppelen</translation>
    </message>
    <message>
        <source>Map the criteria selected in the tree to the selected controls</source>
        <translation>De in de boom geselecteerde criteria aan de geselecteerde beheersmaatregelen koppelen</translation>
    </message>
    <message>
        <source>&amp;Unmap criteria</source>
        <translation>Criteria &amp;ontkoppelen</translation>
    </message>
    <message>
        <source>Take the criteria selected in the tree off the selected controls</source>
        <translation>De in de boom geselecteerde criteria van de geselecteerde beheersmaatregelen ontkoppelen</translation>
    </message>
    <message>
        <source>&amp;Import matrix…</source>
        <translation>Matrix &amp;importeren…</translation>
    </message>
    <message>
        <source>Import the client&apos;s control matrix from Excel (.xlsx) or CSV</source>
        <translation>De beheersmaatregelenmatrix van de klant importeren uit Excel (.xlsx) of CSV</translation>
    </message>
    <message>
        <source>E&amp;xport matrix…</source>
        <translation>Matrix e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the control matrix to Excel (.xlsx) or CSV</source>
        <translation>De beheersmaatregelenmatrix exporteren naar Excel (.xlsx) of CSV</translation>
    </message>
    <message>
        <source>This engagement is open read-only; nothing can be imported.</source>
        <translation>Deze opdracht is alleen-lezen geopend; er kan niets worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Control matrix imported.</source>
        <translation>Beheersmaatregelenmatrix geïmporteerd.</translation>
    </message>
    <message>
        <source>Control matrix exported.</source>
        <translation>Beheersmaatregelenmatrix geëxporteerd.</translation>
    </message>
    <message>
        <source>Criteria addressed</source>
        <translation>Afgedekte criteria</translation>
    </message>
    <message>
        <source>U&amp;naddressed only</source>
        <translation>Alleen niet-af&amp;gedekte</translation>
    </message>
    <message>
        <source>Unaddressed criteria only</source>
        <translation>Alleen niet-afgedekte criteria</translation>
    </message>
    <message>
        <source>Show only the criteria no control addresses yet</source>
        <translation>Alleen de criteria tonen die nog door geen enkele beheersmaatregel worden afgedekt</translation>
    </message>
    <message>
        <source>&amp;Filter matrix by selection</source>
        <translation>Matrix &amp;filteren op selectie</translation>
    </message>
    <message>
        <source>Only controls of the selected criteria</source>
        <translation>Alleen beheersmaatregelen van de geselecteerde criteria</translation>
    </message>
    <message>
        <source>On: the matrix shows only the controls mapped to the criteria selected here. Off: every control, those mapped in bold</source>
        <translation>Aan: de matrix toont alleen de beheersmaatregelen die aan de hier geselecteerde criteria zijn gekoppeld. Uit: alle beheersmaatregelen, de gekoppelde vetgedrukt</translation>
    </message>
    <message>
        <source>Trust Services Criteria in scope</source>
        <translation>Trust Services Criteria binnen de scope</translation>
    </message>
    <message>
        <source>Select criteria, then a control, and press Ctrl+M to map them; or drag them onto a control</source>
        <translation>Selecteer criteria en daarna een beheersmaatregel en druk op Ctrl+M om ze te koppelen; of sleep ze naar een beheersmaatregel</translation>
    </message>
    <message>
        <source>Ref, title, owner, criterion…</source>
        <translation>Ref., titel, eigenaar, criterium…</translation>
    </message>
    <message>
        <source>Search the control matrix</source>
        <translation>De beheersmaatregelenmatrix doorzoeken</translation>
    </message>
    <message>
        <source>Filter the matrix by ref, title, description, owner or criterion (Ctrl+F)</source>
        <translation>De matrix filteren op ref., titel, beschrijving, eigenaar of criterium (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any frequency</source>
        <translation>Alle frequenties</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>Any test state</source>
        <translation>Alle teststatussen</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Tested state</source>
        <translation>Teststatus</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filteren op %1</translation>
    </message>
    <message>
        <source>&amp;Key only</source>
        <translation>Alleen ke&amp;rnmaatregelen</translation>
    </message>
    <message>
        <source>Key controls only</source>
        <translation>Alleen kernbeheersmaatregelen</translation>
    </message>
    <message>
        <source>Show only key controls</source>
        <translation>Alleen kernbeheersmaatregelen tonen</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Laatste melding</translation>
    </message>
    <message>
        <source>Control matrix</source>
        <translation>Beheersmaatregelenmatrix</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Geen opdracht geopend</translation>
    </message>
    <message>
        <source>Every criterion in scope is addressed by at least one control.</source>
        <translation>Elk criterium binnen de scope wordt door ten minste één beheersmaatregel afgedekt.</translation>
    </message>
    <message>
        <source>Not addressed yet: %1</source>
        <translation>Nog niet afgedekt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n beheersmaatregel</numerusform>
            <numerusform>%n beheersmaatregelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) shown</source>
        <translation>
            <numerusform>%1 van %n beheersmaatregel getoond</numerusform>
            <numerusform>%1 van %n beheersmaatregelen getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped %1 to %2.</source>
        <translation>%1 gekoppeld aan %2.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more control(s))</source>
        <translation>
            <numerusform> (en nog %n beheersmaatregel)</numerusform>
            <numerusform> (en nog %n beheersmaatregelen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmapped %1 from %2.</source>
        <translation>%1 ontkoppeld van %2.</translation>
    </message>
    <message>
        <source>Added control %1.</source>
        <translation>Beheersmaatregel %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Delete %1 with its %2? You can undo this.</source>
        <translation>%1 met de bijbehorende %2 verwijderen? U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CorrectiveActionPanel</name>
    <message>
        <source>Plan submitted</source>
        <translation>Plan ingediend</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Plan accepteren</translation>
    </message>
    <message>
        <source>Reject plan</source>
        <translation>Plan afwijzen</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>Effectief geverifieerd</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Niet effectief</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrigerende maatregel</translation>
    </message>
    <message>
        <source>&amp;Start corrective action</source>
        <translation>Corrigerende maatregel &amp;starten</translation>
    </message>
    <message>
        <source>Open the corrective action with the audit&apos;s default due date</source>
        <translation>De corrigerende maatregel openen met de standaardstreefdatum van de audit</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>What the client did to fix this instance</source>
        <translation>Wat de klant heeft gedaan om dit geval te herstellen</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grondoorzaak</translation>
    </message>
    <message>
        <source>Why the nonconformity happened</source>
        <translation>Waarom de afwijking is ontstaan</translation>
    </message>
    <message>
        <source>What prevents it from happening again</source>
        <translation>Wat voorkomt dat het opnieuw gebeurt</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Eigenaar van de maatregel</translation>
    </message>
    <message>
        <source>Who at the client is responsible for the action</source>
        <translation>Wie bij de klant verantwoordelijk is voor de maatregel</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>When the action is due</source>
        <translation>Wanneer de maatregel gereed moet zijn</translation>
    </message>
    <message>
        <source>Corrective action status</source>
        <translation>Status corrigerende maatregel</translation>
    </message>
    <message>
        <source>Note for the next step (optional)</source>
        <translation>Notitie voor de volgende stap (optioneel)</translation>
    </message>
    <message>
        <source>Note for the status change</source>
        <translation>Notitie bij de statuswijziging</translation>
    </message>
    <message>
        <source>Kept with the status change in the history, e.g. how effectiveness was verified</source>
        <translation>Wordt met de statuswijziging in de geschiedenis bewaard, bijv. hoe de effectiviteit is geverifieerd</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusgeschiedenis</translation>
    </message>
    <message>
        <source>C&amp;orrection:</source>
        <translation>&amp;Correctie:</translation>
    </message>
    <message>
        <source>Root ca&amp;use:</source>
        <translation>&amp;Grondoorzaak:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Maatregel:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>St&amp;reefdatum:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Verplaatsen naar:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Geschiedenis:</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead auditor</translation>
    </message>
    <message>
        <source>Select a finding.</source>
        <translation>Selecteer een bevinding.</translation>
    </message>
    <message>
        <source>Only major and minor nonconformities take corrective action.</source>
        <translation>Alleen grote en kleine afwijkingen vragen om een corrigerende maatregel.</translation>
    </message>
    <message>
        <source>A major nonconformity needs a correction and corrective action, verified effective before certification can be recommended.</source>
        <translation>Een grote afwijking vereist een correctie en een corrigerende maatregel die effectief is geverifieerd voordat certificatie kan worden aanbevolen.</translation>
    </message>
    <message>
        <source>A minor nonconformity needs an accepted corrective action plan.</source>
        <translation>Een kleine afwijking vereist een geaccepteerd plan van aanpak.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag over de streefdatum</numerusform>
            <numerusform>%n dagen over de streefdatum</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the action to &quot;%1&quot;; who and when are kept in the history</source>
        <translation>De maatregel naar &quot;%1&quot; verplaatsen; wie en wanneer worden in de geschiedenis bewaard</translation>
    </message>
    <message>
        <source>No further step</source>
        <translation>Geen volgende stap</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 door %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Selecteer eerst een bevinding.</translation>
    </message>
    <message>
        <source>Start corrective action for %1</source>
        <translation>Corrigerende maatregel starten voor %1</translation>
    </message>
    <message>
        <source>There is no corrective action to move.</source>
        <translation>Er is geen corrigerende maatregel om te verplaatsen.</translation>
    </message>
    <message>
        <source>A corrective action cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Een corrigerende maatregel kan niet van &quot;%1&quot; naar &quot;%2&quot; gaan.</translation>
    </message>
    <message>
        <source>Corrective action: %1</source>
        <translation>Corrigerende maatregel: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaLinkedTableModel</name>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Er is geen audit geopend om te bewerken.</translation>
    </message>
    <message>
        <source>There is no row %1 to map to criteria.</source>
        <translation>Er is geen regel %1 om aan criteria te koppelen.</translation>
    </message>
    <message>
        <source>Set criteria of %1</source>
        <translation>Criteria van %1 instellen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (niet in de catalogus)</translation>
    </message>
    <message>
        <source>Not mapped to any criterion. Double-click or press F2 to choose criteria.</source>
        <translation>Aan geen enkel criterium gekoppeld. Dubbelklik of druk op F2 om criteria te kiezen.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaListDelegate</name>
    <message>
        <source>Criteria ids</source>
        <translation>Criterium-id&apos;s</translation>
    </message>
    <message>
        <source>e.g. CC6.1, CC6.2</source>
        <translation>bijv. CC6.1, CC6.2</translation>
    </message>
    <message>
        <source>Trust Services Criteria ids separated by commas, or tick them below; Enter keeps them, Esc cancels</source>
        <translation>Id&apos;s van de Trust Services Criteria, gescheiden door komma&apos;s, of vink ze hieronder aan; Enter bevestigt, Esc annuleert</translation>
    </message>
    <message>
        <source>Criteria to map</source>
        <translation>Te koppelen criteria</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaPickerDialog</name>
    <message>
        <source>Choose criteria</source>
        <translation>Criteria kiezen</translation>
    </message>
    <message>
        <source>The Trust Services Criteria of the categories in scope. Check a series to choose all of its criteria; Space checks the current one.</source>
        <translation>De Trust Services Criteria van de categorieën binnen de scope. Vink een reeks aan om alle criteria ervan te kiezen; met de spatiebalk vinkt u het huidige criterium aan.</translation>
    </message>
    <message>
        <source>Filter by id or words (CC6, access)…</source>
        <translation>Filteren op id of woorden (CC6, toegang)…</translation>
    </message>
    <message>
        <source>Filter the criteria</source>
        <translation>De criteria filteren</translation>
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
        <translation>Gekozen, maar niet binnen de scope</translation>
    </message>
    <message>
        <source>Criteria of categories that are no longer in scope; uncheck them to remove them from the mapping.</source>
        <translation>Criteria van categorieën die niet meer binnen de scope vallen; vink ze uit om ze uit de koppeling te verwijderen.</translation>
    </message>
    <message>
        <source>Chosen: %1 of the %2 criteria offered.</source>
        <translation>Gekozen: %1 van de %2 aangeboden criteria.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaTableBox</name>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Criteria…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>Geen enkele rij voldoet aan het filter.</translation>
    </message>
    <message>
        <source>Criteria of %1</source>
        <translation>Criteria van %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaTreeModel</name>
    <message numerus="yes">
        <source>%1 of %n criteria addressed</source>
        <translation>
            <numerusform>%1 van %n criterium afgedekt</numerusform>
            <numerusform>%1 van %n criteria afgedekt</numerusform>
        </translation>
    </message>
    <message>
        <source>No control in the matrix addresses %1. The rule soc2.criteria-addressed keeps the engagement from moving to fieldwork until one does: map a control to it, or take its category out of scope.</source>
        <translation>Geen enkele beheersmaatregel in de matrix dekt %1 af. Zolang dat zo is, kan de opdracht volgens de regel soc2.criteria-addressed niet naar veldwerk: koppel er een beheersmaatregel aan of haal de categorie ervan uit de scope.</translation>
    </message>
    <message>
        <source>%1 of %2 addressed</source>
        <translation>%1 van %2 afgedekt</translation>
    </message>
    <message>
        <source>Every criterion of %1 is addressed by a control.</source>
        <translation>Elk criterium van %1 wordt door een beheersmaatregel afgedekt.</translation>
    </message>
    <message numerus="yes">
        <source>No control addresses %1 of the %n criteria of %2 yet.</source>
        <translation>
            <numerusform>Nog geen beheersmaatregel dekt %1 van het %n criterium van %2 af.</numerusform>
            <numerusform>Nog geen beheersmaatregel dekt %1 van de %n criteria van %2 af.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is addressed by %2.</source>
        <translation>%1 wordt afgedekt door %2.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Beheersmaatregelen</translation>
    </message>
</context>
<context>
    <name>isoaudit::DocumentController</name>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>ISO 27001-audits (*.isoaudit);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Audit packages (*.json *.isoaudit-pkg);;All files (*)</source>
        <translation>Auditpakketten (*.json *.isoaudit-pkg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open Read-Only?</source>
        <translation>Alleen-lezen openen?</translation>
    </message>
    <message>
        <source>%1 cannot be opened for editing because the file or its folder is read-only.

Open it read-only to look at it?</source>
        <translation>%1 kan niet worden geopend om te bewerken, omdat het bestand of de map alleen-lezen is.

Alleen-lezen openen om het te bekijken?</translation>
    </message>
    <message>
        <source>Audit Already Open</source>
        <translation>Audit al geopend</translation>
    </message>
    <message>
        <source>%1

Open: look at it read-only.
Ignore: break the lock and edit it. Only do this when that copy of IsoAudit is no longer running, or two people will overwrite each other&apos;s work.</source>
        <translation>%1

Openen: alleen-lezen bekijken.
Negeren: de vergrendeling opheffen en bewerken. Doe dit alleen als die IsoAudit niet meer draait, anders overschrijven twee mensen elkaars werk.</translation>
    </message>
    <message>
        <source>Cannot Open Audit</source>
        <translation>Kan audit niet openen</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 kon niet worden geopend.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>Open Audit</source>
        <translation>Audit openen</translation>
    </message>
    <message>
        <source>Save New Audit As</source>
        <translation>Nieuwe audit opslaan als</translation>
    </message>
    <message>
        <source>Cannot Create Audit</source>
        <translation>Kan audit niet aanmaken</translation>
    </message>
    <message>
        <source>%1 already exists; the new audit was not created. Choose another name.</source>
        <translation>%1 bestaat al; de nieuwe audit is niet aangemaakt. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Audit Created Incompletely</source>
        <translation>Audit onvolledig aangemaakt</translation>
    </message>
    <message>
        <source>The audit was created, but the team and sites could not be added: %1</source>
        <translation>De audit is aangemaakt, maar het team en de locaties konden niet worden toegevoegd: %1</translation>
    </message>
    <message>
        <source> copy.isoaudit</source>
        <translation> kopie.isoaudit</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <source>Cannot Save Copy</source>
        <translation>Kan kopie niet opslaan</translation>
    </message>
    <message>
        <source>A copy cannot replace the open audit itself.</source>
        <translation>Een kopie kan de geopende audit zelf niet vervangen.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <source>Export Audit Package</source>
        <translation>Auditpakket exporteren</translation>
    </message>
    <message>
        <source>Cannot Export Package</source>
        <translation>Kan pakket niet exporteren</translation>
    </message>
    <message>
        <source>Exported the audit package to %1</source>
        <translation>Auditpakket geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Export Encrypted Package</source>
        <translation>Versleuteld pakket exporteren</translation>
    </message>
    <message>
        <source>Encrypted audit packages (*.isoaudit-pkg);;All files (*)</source>
        <translation>Versleutelde auditpakketten (*.isoaudit-pkg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Encrypt Package</source>
        <translation>Pakket versleutelen</translation>
    </message>
    <message>
        <source>Passphrase (give it to the recipient another way):</source>
        <translation>Wachtwoordzin (geef deze via een andere weg aan de ontvanger):</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>Nogmaals de wachtwoordzin:</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>De wachtwoordzin is leeg.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Exported the encrypted audit package to %1</source>
        <translation>Versleuteld auditpakket geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Import Audit Package</source>
        <translation>Auditpakket importeren</translation>
    </message>
    <message>
        <source>Cannot Import Package</source>
        <translation>Kan pakket niet importeren</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Encrypted Package</source>
        <translation>Versleuteld pakket</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Wachtwoordzin van %1:</translation>
    </message>
    <message>
        <source>Save Imported Audit As</source>
        <translation>Geïmporteerde audit opslaan als</translation>
    </message>
    <message>
        <source>The package cannot replace the audit that is open; choose another name.</source>
        <translation>Het pakket kan de geopende audit niet vervangen; kies een andere naam.</translation>
    </message>
    <message>
        <source>Replace Audit?</source>
        <translation>Audit vervangen?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the imported audit?</source>
        <translation>%1 bestaat. Vervangen door de geïmporteerde audit?</translation>
    </message>
    <message>
        <source>Package Imported</source>
        <translation>Pakket geïmporteerd</translation>
    </message>
    <message>
        <source>The package was imported with these notes:

%1</source>
        <translation>Het pakket is geïmporteerd met deze opmerkingen:

%1</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot Open Demo Audit</source>
        <translation>Kan demo-audit niet openen</translation>
    </message>
    <message>
        <source>Cannot Create Engagement</source>
        <translation>Kan opdracht niet aanmaken</translation>
    </message>
    <message>
        <source>Cannot Open Demo Engagement</source>
        <translation>Kan demo-opdracht niet openen</translation>
    </message>
</context>
<context>
    <name>isoaudit::EarlierFindingDetail</name>
    <message>
        <source>Earlier nonconformity</source>
        <translation>Eerdere afwijking</translation>
    </message>
    <message>
        <source>The earlier audit&apos;s record</source>
        <translation>Vastlegging van de eerdere audit</translation>
    </message>
    <message>
        <source>As the earlier audit recorded it: read-only</source>
        <translation>Zoals de eerdere audit het heeft vastgelegd: alleen-lezen</translation>
    </message>
    <message>
        <source>This audit&apos;s verdict</source>
        <translation>Oordeel van deze audit</translation>
    </message>
    <message>
        <source>Whether the correction and corrective action are effective; &quot;not effective&quot; raises the nonconformity again as a finding of this audit</source>
        <translation>Of de correctie en de corrigerende maatregel effectief zijn; &quot;niet effectief&quot; stelt de afwijking opnieuw vast als bevinding van deze audit</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Toelichting bij de verificatie</translation>
    </message>
    <message>
        <source>What was verified and what it showed</source>
        <translation>Wat is geverifieerd en wat dat heeft aangetoond</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Geverifieerd door</translation>
    </message>
    <message>
        <source>The auditor who verified it</source>
        <translation>De auditor die de verificatie heeft uitgevoerd</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Geverifieerd op</translation>
    </message>
    <message>
        <source>When it was verified</source>
        <translation>Wanneer de verificatie heeft plaatsgevonden</translation>
    </message>
    <message>
        <source>Evidence of this audit the verification rests on</source>
        <translation>Bewijs uit deze audit waarop de verificatie berust</translation>
    </message>
    <message>
        <source>Tick the evidence records of this audit that show the verdict</source>
        <translation>Vink de bewijsstukken van deze audit aan die het oordeel onderbouwen</translation>
    </message>
    <message>
        <source>&amp;on:</source>
        <translation>o&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Oordeel:</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>&amp;Geverifieerd door:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grondoorzaak</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrigerende maatregel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>%1 → %2, %3, %4</source>
        <translation>%1 → %2, %3, %4</translation>
    </message>
    <message>
        <source>Corrective actions as they stood</source>
        <translation>Corrigerende maatregelen (stand bij de eerdere audit)</translation>
    </message>
    <message>
        <source>None submitted</source>
        <translation>Geen ingediend</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earlier verdicts</source>
        <translation>Eerdere oordelen</translation>
    </message>
    <message>
        <source>None: this is its first verification.</source>
        <translation>Geen: dit is de eerste verificatie.</translation>
    </message>
    <message>
        <source>Select an earlier nonconformity to verify it.</source>
        <translation>Selecteer een eerdere afwijking om die te verifiëren.</translation>
    </message>
    <message>
        <source>%1 — %2, raised at %3: %4</source>
        <translation>%1 — %2, vastgesteld tijdens %3: %4</translation>
    </message>
    <message>
        <source>Passed through a special audit that verified only major nonconformities: it is verified at the next audit.</source>
        <translation>Doorgeschoven via een bijzondere audit die alleen grote afwijkingen heeft geverifieerd: deze afwijking wordt tijdens de volgende audit geverifieerd.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Change the evidence of the verification</source>
        <translation>Bewijs van de verificatie wijzigen</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Bew&amp;ijs:</translation>
    </message>
</context>
<context>
    <name>isoaudit::EarlierFindingsPanel</name>
    <message>
        <source>Earlier nonconformities to verify</source>
        <translation>Te verifiëren eerdere afwijkingen</translation>
    </message>
    <message>
        <source>Keys 1, 2 and 3 set the verdict (closed, not effective, still open), 0 clears it</source>
        <translation>Met de toetsen 1, 2 en 3 stelt u het oordeel in (gesloten, niet effectief, nog open), met 0 wist u het</translation>
    </message>
    <message>
        <source>Earlier nonconformities to verify: %1 of %2 still without a verdict</source>
        <translation>Te verifiëren eerdere afwijkingen: %1 van %2 nog zonder oordeel</translation>
    </message>
    <message numerus="yes">
        <source>Earlier nonconformities to verify: %n, all verified</source>
        <translation>
            <numerusform>Te verifiëren eerdere afwijkingen: %n, geverifieerd</numerusform>
            <numerusform>Te verifiëren eerdere afwijkingen: %n, alle geverifieerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Open eerst een audit.</translation>
    </message>
    <message>
        <source>%1 is not effective: raised again as %2 (Edit &gt; Undo takes back both).</source>
        <translation>%1 is niet effectief: opnieuw vastgesteld als %2 (Bewerken &gt; Ongedaan maken draait beide terug).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 passed through a special audit; it is verified at the next audit.</source>
        <translation>%1 is via een bijzondere audit doorgeschoven; deze afwijking wordt tijdens de volgende audit geverifieerd.</translation>
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
        <translation>Geen criterium van de categorieën binnen de scope: vink het uit.</translation>
    </message>
</context>
<context>
    <name>isoaudit::EngagementFactsForm</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Serviceorganisatie</translation>
    </message>
    <message>
        <source>The organization whose system is examined (the audit&apos;s client)</source>
        <translation>De organisatie waarvan het systeem wordt onderzocht (de klant van de audit)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>The name of the system the report describes</source>
        <translation>De naam van het systeem dat het rapport beschrijft</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Service-auditor</translation>
    </message>
    <message>
        <source>The CPA firm that examines the system</source>
        <translation>Het accountantskantoor dat het systeem onderzoekt</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Opdrachtleider</translation>
    </message>
    <message>
        <source>The engagement lead of the audit team, named in the report</source>
        <translation>De opdrachtleider van het auditteam, vermeld in het rapport</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Type rapport</translation>
    </message>
    <message>
        <source>Type 1: the design of the controls as of a date. Type 2: their design and operating effectiveness over a period.</source>
        <translation>Type 1: de opzet van de beheersmaatregelen per een bepaalde datum. Type 2: de opzet en de effectieve werking ervan gedurende een periode.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>The date the Type 1 report speaks as of</source>
        <translation>De datum waarop het Type 1-rapport betrekking heeft</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>The first day of the period the Type 2 report covers</source>
        <translation>De eerste dag van de periode waarop het Type 2-rapport betrekking heeft</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>The last day of the period the Type 2 report covers</source>
        <translation>De laatste dag van de periode waarop het Type 2-rapport betrekking heeft</translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>&amp;Serviceorganisatie:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ysteem:</translation>
    </message>
    <message>
        <source>Service a&amp;uditor:</source>
        <translation>Service-a&amp;uditor:</translation>
    </message>
    <message>
        <source>Engagement &amp;lead:</source>
        <translation>Opdrachtl&amp;eider:</translation>
    </message>
    <message>
        <source>Report t&amp;ype:</source>
        <translation>Type &amp;rapport:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>Periode &amp;van:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Periode &amp;tot en met:</translation>
    </message>
    <message>
        <source>Set system name</source>
        <translation>Systeemnaam instellen</translation>
    </message>
    <message>
        <source>Set service auditor</source>
        <translation>Service-auditor instellen</translation>
    </message>
    <message>
        <source>Set as-of date</source>
        <translation>Peildatum instellen</translation>
    </message>
    <message>
        <source>Set start of period</source>
        <translation>Begin van de periode instellen</translation>
    </message>
    <message>
        <source>Set end of period</source>
        <translation>Einde van de periode instellen</translation>
    </message>
    <message>
        <source>Categories in scope</source>
        <translation>Categorieën binnen de scope</translation>
    </message>
    <message>
        <source>%1 (the common criteria CC1 to CC9) is always in scope.</source>
        <translation>%1 (de gemeenschappelijke criteria CC1 tot en met CC9) valt altijd binnen de scope.</translation>
    </message>
    <message>
        <source>Include the %1 criteria in the examination</source>
        <translation>De criteria voor %1 in het onderzoek opnemen</translation>
    </message>
    <message>
        <source>The Type 2 period has no valid start and end.</source>
        <translation>De Type 2-periode heeft geen geldig begin en einde.</translation>
    </message>
    <message>
        <source>The period is one month long; a Type 2 period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>De periode duurt één maand; een Type 2-periode duurt gewoonlijk 3 tot 12 maanden. Bevestig dat dit de periode is waarop het rapport betrekking heeft.</translation>
    </message>
    <message>
        <source>The period is %1 months long; a Type 2 period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>De periode duurt %1 maanden; een Type 2-periode duurt gewoonlijk 3 tot 12 maanden. Bevestig dat dit de periode is waarop het rapport betrekking heeft.</translation>
    </message>
    <message>
        <source>A period of %1 months.</source>
        <translation>Een periode van %1 maanden.</translation>
    </message>
    <message>
        <source>%1 criteria in scope.</source>
        <translation>%1 criteria binnen de scope.</translation>
    </message>
    <message>
        <source>Set service organization</source>
        <translation>Serviceorganisatie instellen</translation>
    </message>
    <message>
        <source>Set engagement lead</source>
        <translation>Opdrachtleider instellen</translation>
    </message>
    <message>
        <source>Add engagement lead %1</source>
        <translation>Opdrachtleider %1 toevoegen</translation>
    </message>
    <message>
        <source>Set report type to %1</source>
        <translation>Type rapport instellen op %1</translation>
    </message>
    <message>
        <source>Add %1 to the categories in scope</source>
        <translation>%1 aan de categorieën binnen de scope toevoegen</translation>
    </message>
    <message>
        <source>Take %1 out of scope</source>
        <translation>%1 uit de scope halen</translation>
    </message>
</context>
<context>
    <name>isoaudit::EngagementPane</name>
    <message>
        <source>This audit is not a SOC 2 engagement: it has no engagement to show.</source>
        <translation>Deze audit is geen SOC 2-opdracht: er is geen opdracht om te tonen.</translation>
    </message>
    <message>
        <source>Filter subservice organizations and user-entity controls…</source>
        <translation>Subserviceorganisaties en beheersmaatregelen bij gebruikersorganisaties filteren…</translation>
    </message>
    <message>
        <source>Filter subservice organizations and user-entity controls</source>
        <translation>Subserviceorganisaties en beheersmaatregelen bij gebruikersorganisaties filteren</translation>
    </message>
    <message>
        <source>Shows the rows of both tables that contain these words (Ctrl+F)</source>
        <translation>Toont de rijen van beide tabellen die deze woorden bevatten (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Subserviceorganisaties</translation>
    </message>
    <message>
        <source>No subservice organization. Add one when another organization operates part of the system (hosting, payments).</source>
        <translation>Geen subserviceorganisatie. Voeg er een toe wanneer een andere organisatie een deel van het systeem verzorgt (hosting, betalingen).</translation>
    </message>
    <message>
        <source>&amp;Add organization</source>
        <translation>Organisatie &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a subservice organization</source>
        <translation>Een subserviceorganisatie toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected subservice organizations (undoable)</source>
        <translation>De geselecteerde subserviceorganisaties verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Choose the criteria the selected organization&apos;s CSOCs relate to</source>
        <translation>De criteria kiezen waarop de CSOC&apos;s van de geselecteerde organisatie betrekking hebben</translation>
    </message>
    <message>
        <source>Delete subservice organization %1</source>
        <translation>Subserviceorganisatie %1 verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 subservice organizations</source>
        <translation>%1 subserviceorganisaties verwijderen</translation>
    </message>
    <message>
        <source>Deleted subservice organization %1.</source>
        <translation>Subserviceorganisatie %1 verwijderd.</translation>
    </message>
    <message>
        <source>Deleted %1 subservice organizations.</source>
        <translation>%1 subserviceorganisaties verwijderd.</translation>
    </message>
    <message>
        <source>Complementary user-entity controls (CUECs)</source>
        <translation>Complementaire beheersmaatregelen bij gebruikersorganisaties (CUEC&apos;s)</translation>
    </message>
    <message>
        <source>Complementary user-entity controls</source>
        <translation>Complementaire beheersmaatregelen bij gebruikersorganisaties</translation>
    </message>
    <message>
        <source>No complementary user-entity control. Add the controls the user entities are expected to operate for the criteria to be met.</source>
        <translation>Geen complementaire beheersmaatregel bij gebruikersorganisaties. Voeg de beheersmaatregelen toe die de gebruikersorganisaties geacht worden uit te voeren om aan de criteria te voldoen.</translation>
    </message>
    <message>
        <source>Add &amp;CUEC</source>
        <translation>&amp;CUEC toevoegen</translation>
    </message>
    <message>
        <source>Add a complementary user-entity control</source>
        <translation>Een complementaire beheersmaatregel bij gebruikersorganisaties toevoegen</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <source>Delete the selected user-entity controls (undoable)</source>
        <translation>De geselecteerde beheersmaatregelen bij gebruikersorganisaties verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Choose the criteria the selected user-entity control relates to</source>
        <translation>De criteria kiezen waarop de geselecteerde beheersmaatregel bij gebruikersorganisaties betrekking heeft</translation>
    </message>
    <message>
        <source>Delete user-entity control %1</source>
        <translation>Beheersmaatregel %1 bij gebruikersorganisaties verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 user-entity controls</source>
        <translation>%1 beheersmaatregelen bij gebruikersorganisaties verwijderen</translation>
    </message>
    <message>
        <source>Deleted user-entity control %1.</source>
        <translation>Beheersmaatregel %1 bij gebruikersorganisaties verwijderd.</translation>
    </message>
    <message>
        <source>Deleted %1 user-entity controls.</source>
        <translation>%1 beheersmaatregelen bij gebruikersorganisaties verwijderd.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Opdracht</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidenceEditor</name>
    <message>
        <source>Kind of evidence</source>
        <translation>Soort bewijs</translation>
    </message>
    <message>
        <source>Document sighted, record sample, observation or technical check</source>
        <translation>Ingezien document, steekproef uit registraties, waarneming of technische controle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the evidence is, e.g. Access review Q3</source>
        <translation>Wat het bewijs is, bijv. Toegangsreview Q3</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>The client&apos;s document number, version or system reference</source>
        <translation>Documentnummer, versie of systeemreferentie van de klant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>What was seen and what it shows</source>
        <translation>Wat is gezien en wat het aantoont</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>Geen steekproef</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Steekproefgrootte</translation>
    </message>
    <message>
        <source>How many items were examined</source>
        <translation>Hoeveel items zijn onderzocht</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Populatie</translation>
    </message>
    <message>
        <source>What the sample was drawn from, e.g. 340 leavers in 2025</source>
        <translation>Waaruit de steekproef is getrokken, bijv. 340 vertrekkers in 2025</translation>
    </message>
    <message>
        <source>Sample selection</source>
        <translation>Steekproefselectie</translation>
    </message>
    <message>
        <source>How the sample was chosen, so it can be repeated, e.g. every 10th ticket</source>
        <translation>Hoe de steekproef is gekozen, zodat deze kan worden herhaald, bijv. elk 10e ticket</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Verzameld op</translation>
    </message>
    <message>
        <source>The day the evidence was collected</source>
        <translation>De dag waarop het bewijs is verzameld</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Verzameld door</translation>
    </message>
    <message>
        <source>The auditor who collected it</source>
        <translation>De auditor die het heeft verzameld</translation>
    </message>
    <message>
        <source>Clauses and controls of the evidence</source>
        <translation>Clausules en beheersmaatregelen van het bewijs</translation>
    </message>
    <message>
        <source>Interviews this evidence came from</source>
        <translation>Interviews waaruit dit bewijs afkomstig is</translation>
    </message>
    <message>
        <source>Tick the interviews this evidence came from; double-click to open one</source>
        <translation>Vink de interviews aan waaruit dit bewijs afkomstig is; dubbelklik om er een te openen</translation>
    </message>
    <message>
        <source>of</source>
        <translation>van</translation>
    </message>
    <message>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Steekproef:</translation>
    </message>
    <message>
        <source>C&amp;ollected:</source>
        <translation>&amp;Verzameld:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Se&amp;lection:</source>
        <translation>Se&amp;lectie:</translation>
    </message>
    <message>
        <source>&amp;Clauses / controls:</source>
        <translation>&amp;Clausules / beheersmaatregelen:</translation>
    </message>
    <message>
        <source>&amp;Interviews this evidence came from:</source>
        <translation>&amp;Interviews waaruit dit bewijs afkomstig is:</translation>
    </message>
    <message>
        <source>Change clauses and controls of evidence</source>
        <translation>Clausules en beheersmaatregelen van bewijs wijzigen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidencePane</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Filter evidence by kind</source>
        <translation>Bewijs filteren op soort</translation>
    </message>
    <message>
        <source>Shows only evidence of this kind</source>
        <translation>Toont alleen bewijs van deze soort</translation>
    </message>
    <message>
        <source>Filter evidence…</source>
        <translation>Bewijs filteren…</translation>
    </message>
    <message>
        <source>Filter evidence by text</source>
        <translation>Bewijs filteren op tekst</translation>
    </message>
    <message>
        <source>Shows evidence whose title, reference, sample, collector or clauses contain this text</source>
        <translation>Toont bewijs waarvan de titel, referentie, steekproef, verzamelaar of clausules deze tekst bevatten</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>&amp;New evidence</source>
        <translation>&amp;Nieuw bewijs</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Nieuw bewijs</translation>
    </message>
    <message>
        <source>Add evidence; the arrow chooses the kind (a document by default)</source>
        <translation>Bewijs toevoegen; de pijl kiest de soort (standaard een document)</translation>
    </message>
    <message>
        <source>Delete the selected evidence with its files (Undo brings it back)</source>
        <translation>Het geselecteerde bewijs met de bestanden verwijderen (Ongedaan maken haalt het terug)</translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Open eerst een audit.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Bewijs toevoegen</translation>
    </message>
    <message>
        <source>Select the evidence to delete.</source>
        <translation>Selecteer het bewijs dat u wilt verwijderen.</translation>
    </message>
    <message>
        <source>Delete evidence %1</source>
        <translation>Bewijs %1 verwijderen</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; deleted; Edit &gt; Undo brings it back.</source>
        <translation>Bewijs &quot;%1&quot; verwijderd; Bewerken &gt; Ongedaan maken haalt het terug.</translation>
    </message>
    <message>
        <source>Shows evidence whose title, reference, sample or collector contain this text</source>
        <translation>Toont bewijs waarvan de titel, referentie, steekproef of verzamelaar deze tekst bevatten</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidenceTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sampled</source>
        <translation>
            <numerusform>%n in steekproef</numerusform>
            <numerusform>%n in steekproef</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n bijgevoegd bestand</numerusform>
            <numerusform>%n bijgevoegde bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Steekproef</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Verzameld op</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Verzameld door</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Normverwijzing</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExceptionEditor</name>
    <message>
        <source>Open &amp;control</source>
        <translation>&amp;Beheersmaatregel openen</translation>
    </message>
    <message>
        <source>Remo&amp;ve exception</source>
        <translation>Afwijking &amp;verwijderen</translation>
    </message>
    <message>
        <source>Exception of the control</source>
        <translation>Afwijking van de beheersmaatregel</translation>
    </message>
    <message>
        <source>What the assessment still lacks</source>
        <translation>Wat er nog ontbreekt aan de beoordeling</translation>
    </message>
    <message>
        <source>Nature of the exception</source>
        <translation>Aard van de afwijking</translation>
    </message>
    <message>
        <source>What went wrong in the deviating items (required)</source>
        <translation>Wat er misging bij de afwijkende items (verplicht)</translation>
    </message>
    <message>
        <source>Cause of the exception</source>
        <translation>Oorzaak van de afwijking</translation>
    </message>
    <message>
        <source>Why it went wrong, as far as known</source>
        <translation>Waarom het misging, voor zover bekend</translation>
    </message>
    <message>
        <source>Pattern of the deviations</source>
        <translation>Patroon van de afwijkingen</translation>
    </message>
    <message>
        <source>Isolated or systematic (required); systematic exceptions put the control&apos;s criteria in doubt</source>
        <translation>Incidenteel of systematisch (verplicht); systematische afwijkingen zetten de criteria van de beheersmaatregel ter discussie</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Reactie van het management</translation>
    </message>
    <message>
        <source>Management&apos;s response in its own words (required); the report prints it in Section V, not covered by the opinion</source>
        <translation>De reactie van het management in eigen woorden (verplicht); het rapport neemt deze op in sectie V, die niet onder het oordeel valt</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>Compenserende beheersmaatregelen</translation>
    </message>
    <message>
        <source>Controls that reduce the effect of the deviations, if any</source>
        <translation>Beheersmaatregelen die het effect van de afwijkingen beperken, indien aanwezig</translation>
    </message>
    <message>
        <source>Effect on the criteria</source>
        <translation>Effect op de criteria</translation>
    </message>
    <message>
        <source>How the deviations affect the criteria; stating it weighs a systematic exception for the opinion</source>
        <translation>Hoe de afwijkingen de criteria beïnvloeden; door dit te vermelden is een systematische afwijking voor het oordeel gewogen</translation>
    </message>
    <message>
        <source>Criteria the effect concerns</source>
        <translation>Criteria waarop het effect betrekking heeft</translation>
    </message>
    <message>
        <source>Tick the criteria the exception affects (Space ticks the current one)</source>
        <translation>Vink de criteria aan waarop de afwijking van invloed is (met de spatiebalk vinkt u het huidige aan)</translation>
    </message>
    <message>
        <source>Show the control and its sample on the Testing page (Alt+C)</source>
        <translation>De beheersmaatregel en de steekproef ervan tonen op de pagina Testen (Alt+B)</translation>
    </message>
    <message>
        <source>Remove this exception record; only when its control counts no deviation any more (Alt+V; Edit &gt; Undo brings it back)</source>
        <translation>Deze afwijkingsregistratie verwijderen; alleen wanneer de beheersmaatregel geen afwijkingen meer telt (Alt+V; Bewerken &gt; Ongedaan maken haalt deze terug)</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Aard:</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>&amp;Oorzaak:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patroon:</translation>
    </message>
    <message>
        <source>Management&apos;s &amp;response:</source>
        <translation>&amp;Reactie van het management:</translation>
    </message>
    <message>
        <source>Co&amp;mpensating controls:</source>
        <translation>&amp;Compenserende beheersmaatregelen:</translation>
    </message>
    <message>
        <source>&amp;Effect on the criteria:</source>
        <translation>&amp;Effect op de criteria:</translation>
    </message>
    <message>
        <source>Criteria a&amp;ffected:</source>
        <translation>Betro&amp;kken criteria:</translation>
    </message>
    <message>
        <source>Select an exception in the table to assess it.</source>
        <translation>Selecteer een afwijking in de tabel om deze te beoordelen.</translation>
    </message>
    <message>
        <source>No engagement open.</source>
        <translation>Geen opdracht geopend.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Deviations: %2 tested</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Afwijkingen: %2 getest</translation>
    </message>
    <message>
        <source>Assessment complete.</source>
        <translation>Beoordeling volledig.</translation>
    </message>
    <message>
        <source>Still to record: %1.</source>
        <translation>Nog vast te leggen: %1.</translation>
    </message>
    <message>
        <source>Set %1 of the exception of %2</source>
        <translation>%1 van de afwijking van %2 instellen</translation>
    </message>
    <message>
        <source>Change the criteria of the exception of %1</source>
        <translation>De criteria van de afwijking van %1 wijzigen</translation>
    </message>
    <message>
        <source>Select an exception to remove.</source>
        <translation>Selecteer een afwijking om te verwijderen.</translation>
    </message>
    <message>
        <source>The exception of %1 still counts deviations; it stays as long as its sample items or tests have exceptions.</source>
        <translation>De afwijkingsregistratie van %1 telt nog afwijkingen; deze blijft bestaan zolang de steekproefitems of testen ervan afwijkingen vertonen.</translation>
    </message>
    <message>
        <source>Remove the exception of %1</source>
        <translation>De afwijking van %1 verwijderen</translation>
    </message>
    <message>
        <source>The exception of %1 was removed; Edit &gt; Undo brings it back.</source>
        <translation>De afwijking van %1 is verwijderd; Bewerken &gt; Ongedaan maken haalt deze terug.</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExceptionsPane</name>
    <message>
        <source>Exceptions and their assessment</source>
        <translation>Afwijkingen en de beoordeling ervan</translation>
    </message>
    <message>
        <source>Filter exceptions… (Ctrl+F)</source>
        <translation>Afwijkingen filteren… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter exceptions by text</source>
        <translation>Afwijkingen filteren op tekst</translation>
    </message>
    <message>
        <source>Shows the exceptions whose control, assessment or effect contain this text (Ctrl+F)</source>
        <translation>Toont de afwijkingen waarvan de beheersmaatregel, de beoordeling of het effect deze tekst bevat (Ctrl+F)</translation>
    </message>
    <message>
        <source>Control exceptions</source>
        <translation>Afwijkingen bij beheersmaatregelen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the control on the Testing page</source>
        <translation>Dubbelklik of druk op Enter om de beheersmaatregel te openen op de pagina Testen</translation>
    </message>
    <message>
        <source>Assessment of the selected exception</source>
        <translation>Beoordeling van de geselecteerde afwijking</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Exceptions &amp; Opinion</source>
        <translation>Afwijkingen &amp; oordeel</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Geen opdracht geopend</translation>
    </message>
    <message>
        <source>No exceptions: no sample item or test has found a deviation.</source>
        <translation>Geen afwijkingen: geen enkel steekproefitem en geen enkele test heeft een afwijking aan het licht gebracht.</translation>
    </message>
    <message>
        <source>Exceptions: %1, all assessed</source>
        <translation>Afwijkingen: %1, alle beoordeeld</translation>
    </message>
    <message>
        <source>Exceptions: %1; not yet assessed: %2</source>
        <translation>Afwijkingen: %1; nog niet beoordeeld: %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExportDialog</name>
    <message>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Wat wordt geëxporteerd</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (.xlsx)</source>
        <translation>Excel-&amp;werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>Bold header row, filters and frozen header; opens in Excel and LibreOffice Calc</source>
        <translation>Vetgedrukte koprij, filters en vastgezette koprij; opent in Excel en LibreOffice Calc</translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8)</source>
        <translation>&amp;CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Comma-separated text, UTF-8 with a byte-order mark so Excel reads the accents</source>
        <translation>Kommagescheiden tekst, UTF-8 met een byte-order mark zodat Excel de accenten leest</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Te schrijven bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose where to save the table</source>
        <translation>Kies waar de tabel wordt opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabel:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Indeling:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Best&amp;and:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingEditor</name>
    <message>
        <source>Finding reference</source>
        <translation>Referentie van de bevinding</translation>
    </message>
    <message>
        <source>The finding&apos;s reference in the report, e.g. NC-01</source>
        <translation>De referentie van de bevinding in het rapport, bijv. NC-01</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <source>The auditor&apos;s grade; the classification assistant only suggests</source>
        <translation>De classificatie door de auditor; de classificatiehulp doet alleen een voorstel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A short title for lists and the report</source>
        <translation>Een korte titel voor lijsten en het rapport</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <source>The requirement not fulfilled, in the auditor&apos;s words</source>
        <translation>De eis waaraan niet is voldaan, in de woorden van de auditor</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Wat er mis is</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objectief bewijs</translation>
    </message>
    <message>
        <source>What was seen or heard that shows it</source>
        <translation>Wat is gezien of gehoord dat dit aantoont</translation>
    </message>
    <message>
        <source>Clauses and controls of the finding</source>
        <translation>Clausules en beheersmaatregelen van de bevinding</translation>
    </message>
    <message>
        <source>Raised on and by</source>
        <translation>Vastgesteld op en door</translation>
    </message>
    <message>
        <source>Linked interviews</source>
        <translation>Gekoppelde interviews</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Gekoppeld bewijs</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Gekoppelde risico&apos;s</translation>
    </message>
    <message>
        <source>Tick what the finding rests on; double-click to open it</source>
        <translation>Vink aan waarop de bevinding steunt; dubbelklik om het te openen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Classificatie:</translation>
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
        <translation>&amp;Eis:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Vaststelling:</translation>
    </message>
    <message>
        <source>&amp;Objective evidence:</source>
        <translation>&amp;Objectief bewijs:</translation>
    </message>
    <message>
        <source>&amp;Clauses / controls:</source>
        <translation>&amp;Clausules / beheersmaatregelen:</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>Vastgesteld:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
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
        <translation>Interviews (%1)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Bewijs (%1)</translation>
    </message>
    <message>
        <source>Risks (%1)</source>
        <translation>Risico&apos;s (%1)</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Selecteer eerst een bevinding.</translation>
    </message>
    <message>
        <source>Grade %1 as %2</source>
        <translation>%1 classificeren als %2</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 is nu %2 (%3).</translation>
    </message>
    <message>
        <source>Change clauses and controls of %1</source>
        <translation>Clausules en beheersmaatregelen van %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingTableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (achterstallig)</translation>
    </message>
    <message>
        <source>The corrective action is past its due date and has not reached the step it is due for.</source>
        <translation>De corrigerende maatregel is over de streefdatum heen en heeft de stap waarvoor die datum geldt nog niet bereikt.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Normverwijzing</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corr. maatregel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingsPane</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Findings by grade</source>
        <translation>Bevindingen per classificatie</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Alle classificaties</translation>
    </message>
    <message>
        <source>Filter findings by grade</source>
        <translation>Bevindingen filteren op classificatie</translation>
    </message>
    <message>
        <source>Shows only findings of this grade</source>
        <translation>Toont alleen bevindingen met deze classificatie</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Bevindingen filteren…</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Bevindingen filteren op tekst</translation>
    </message>
    <message>
        <source>Shows findings whose reference, title, clauses or status contain this text</source>
        <translation>Toont bevindingen waarvan de referentie, titel, clausules of status deze tekst bevatten</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Nieuwe bevinding</translation>
    </message>
    <message>
        <source>Add a finding; the arrow chooses the grade (an observation by default)</source>
        <translation>Een bevinding toevoegen; de pijl kiest de classificatie (standaard een observatie)</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nieuwe bevinding</translation>
    </message>
    <message>
        <source>Delete the selected finding with its corrective action (Undo brings it back)</source>
        <translation>De geselecteerde bevinding met de corrigerende maatregel verwijderen (Ongedaan maken haalt deze terug)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n achterstallig</numerusform>
            <numerusform>%n achterstallig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Open eerst een audit.</translation>
    </message>
    <message>
        <source>Add finding %1</source>
        <translation>Bevinding %1 toevoegen</translation>
    </message>
    <message>
        <source>Finding %1 added.</source>
        <translation>Bevinding %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Select a finding to delete.</source>
        <translation>Selecteer de bevinding die u wilt verwijderen.</translation>
    </message>
    <message>
        <source>Delete finding %1</source>
        <translation>Bevinding %1 verwijderen</translation>
    </message>
    <message>
        <source>Finding %1 deleted; Edit &gt; Undo brings it back.</source>
        <translation>Bevinding %1 verwijderd; Bewerken &gt; Ongedaan maken haalt deze terug.</translation>
    </message>
</context>
<context>
    <name>isoaudit::GiveCopyDialog</name>
    <message>
        <source>Give a Copy to a Team Member</source>
        <translation>Kopie aan een teamlid geven</translation>
    </message>
    <message>
        <source>The team member works on the copy offline; File ▸ Merge a Team Member&apos;s Copy… brings their changes back, as often as you like.</source>
        <translation>Het teamlid werkt offline in de kopie; met Bestand ▸ Kopie van een teamlid samenvoegen… haalt u de wijzigingen terug, zo vaak als u wilt.</translation>
    </message>
    <message>
        <source>The audit&apos;s team members are offered; you may type another name</source>
        <translation>De teamleden van de audit worden voorgesteld; u kunt ook een andere naam typen</translation>
    </message>
    <message>
        <source>Where the copy is written; an existing file is never overwritten</source>
        <translation>Waar de kopie wordt geschreven; een bestaand bestand wordt nooit overschreven</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose where to write the copy</source>
        <translation>Kiezen waar de kopie wordt geschreven</translation>
    </message>
    <message>
        <source>&amp;Give Copy</source>
        <translation>Kopie &amp;geven</translation>
    </message>
    <message>
        <source>&amp;Team member:</source>
        <translation>&amp;Teamlid:</translation>
    </message>
    <message>
        <source>&amp;Save the copy as:</source>
        <translation>Kopie op&amp;slaan als:</translation>
    </message>
    <message>
        <source>Name the team member the copy is for.</source>
        <translation>Geef het teamlid op voor wie de kopie is.</translation>
    </message>
    <message>
        <source>Choose where to write the copy.</source>
        <translation>Kies waar de kopie wordt geschreven.</translation>
    </message>
    <message>
        <source>The copy cannot replace the audit itself.</source>
        <translation>De kopie kan de audit zelf niet vervangen.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a copy never overwrites a file.</source>
        <translation>%1 bestaat al. Kies een andere naam: een kopie overschrijft nooit een bestand.</translation>
    </message>
</context>
<context>
    <name>isoaudit::HeatMapWidget</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <source>Click a cell, or move with the arrow keys and press Space, to show only the risks in that cell. Click it again or press Esc to show all risks.</source>
        <translation>Klik op een cel, of ga er met de pijltoetsen naartoe en druk op Spatie, om alleen de risico&apos;s in die cel te tonen. Klik er nogmaals op of druk op Esc om alle risico&apos;s te tonen.</translation>
    </message>
    <message>
        <source>%1 by %2 risk matrix</source>
        <translation>Risicomatrix %1 bij %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, 1 risk</source>
        <translation>, 1 risico</translation>
    </message>
    <message>
        <source>, %1 risks</source>
        <translation>, %1 risico&apos;s</translation>
    </message>
    <message>
        <source>, %1 above the acceptance threshold of %2</source>
        <translation>, %1 boven de acceptatiegrens van %2</translation>
    </message>
    <message>
        <source>, no acceptance threshold stated</source>
        <translation>, geen acceptatiegrens vermeld</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>Alleen %1 getoond</translation>
    </message>
    <message>
        <source>likelihood %1, impact %2: score %3%4, %5.</source>
        <translation>waarschijnlijkheid %1, impact %2: score %3%4, %5.</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 risico</translation>
    </message>
    <message>
        <source>%1 risks</source>
        <translation>%1 risico&apos;s</translation>
    </message>
    <message>
        <source>Acceptance threshold: %1</source>
        <translation>Acceptatiegrens: %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>The client&apos;s risk method has no likelihood or impact levels yet.</source>
        <translation>De risicomethode van de klant heeft nog geen niveaus voor waarschijnlijkheid of impact.</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>Waarschijnlijkheid →</translation>
    </message>
    <message>
        <source>Numbers: risks in the cell. Click a cell to filter the register.</source>
        <translation>Getallen: risico&apos;s in de cel. Klik op een cel om het register te filteren.</translation>
    </message>
    <message>
        <source>Risk matrix, %1</source>
        <translation>Risicomatrix, %1</translation>
    </message>
    <message>
        <source>Risk matrix, %1 Selected: the register shows only this cell.</source>
        <translation>Risicomatrix, %1 Geselecteerd: het register toont alleen deze cel.</translation>
    </message>
    <message>
        <source>likelihood %1, impact %2: no score in the client&apos;s method, %3.</source>
        <translation>waarschijnlijkheid %1, impact %2: geen score in de methode van de klant, %3.</translation>
    </message>
</context>
<context>
    <name>isoaudit::HistoryDialog</name>
    <message>
        <source>Trail started</source>
        <translation>Audittrail gestart</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Bestaand record</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Filter by name, record, field or value</source>
        <translation>Filteren op naam, record, veld of waarde</translation>
    </message>
    <message>
        <source>Filter the trail</source>
        <translation>De audittrail filteren</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>Alleen items tonen die deze tekst bevatten</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Items in de audittrail</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entries, every change accounted for.</source>
        <translation>
            <numerusform>De audittrail is intact: %n item, elke wijziging is verantwoord.</numerusform>
            <numerusform>De audittrail is intact: %n items, elke wijziging is verantwoord.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail is broken&lt;/b&gt;%1: %2</source>
        <translation>&lt;b&gt;De audittrail is verbroken&lt;/b&gt;%1: %2</translation>
    </message>
    <message>
        <source> at entry #%1</source>
        <translation> bij item #%1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <comment>%1 is a record kind (Risk, Finding)</comment>
        <translation>Geschiedenis: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>Kies een CSV- of Excel-bestand (.xlsx)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to import</source>
        <translation>Het werkblad van de werkmap dat wordt geïmporteerd</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Koprij</translation>
    </message>
    <message>
        <source>The row that holds the column headers</source>
        <translation>De rij met de kolomkoppen</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Koprij:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Best&amp;and:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelezen als:</translation>
    </message>
    <message>
        <source>Preview with a field per column</source>
        <translation>Voorbeeld met een veld per kolom</translation>
    </message>
    <message>
        <source>Row report</source>
        <translation>Rijenrapport</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>&amp;Remember this column mapping for %1</source>
        <translation>Deze kolomtoewijzing &amp;onthouden voor %1</translation>
    </message>
    <message>
        <source>The next table of this kind from this client is mapped the same way</source>
        <translation>De volgende tabel van deze soort van deze klant wordt op dezelfde manier toegewezen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Er is niets geïmporteerd.

%1</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Veld voor kolom %1</translation>
    </message>
    <message>
        <source>Which field column %1 &quot;%2&quot; fills</source>
        <translation>Welk veld kolom %1 &quot;%2&quot; vult</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) in ISO/IEC 27001:2013 numbering are read as their 2022 controls (listed below).</source>
        <translation>
            <numerusform>%n referentie in de nummering van ISO/IEC 27001:2013 wordt gelezen als de beheersmaatregel uit 2022 (hieronder vermeld).</numerusform>
            <numerusform>%n referenties in de nummering van ISO/IEC 27001:2013 worden gelezen als de beheersmaatregelen uit 2022 (hieronder vermeld).</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 numbering; read as A.%1 (2022)</source>
        <translation>Nummering van ISO/IEC 27001:2013; gelezen als A.%1 (2022)</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Er is niets te importeren.</translation>
    </message>
</context>
<context>
    <name>isoaudit::InterviewEditor</name>
    <message>
        <source>Attach &amp;files…</source>
        <translation>&amp;Bestanden bijvoegen…</translation>
    </message>
    <message>
        <source>&amp;Raise finding from selection</source>
        <translation>Bevinding uit &amp;selectie</translation>
    </message>
    <message>
        <source>Raise finding from selection</source>
        <translation>Bevinding uit selectie</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Geïnterviewde</translation>
    </message>
    <message>
        <source>The person interviewed</source>
        <translation>De geïnterviewde persoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>The interviewee&apos;s role or job title, e.g. CISO, HR manager</source>
        <translation>De rol of functie van de geïnterviewde, bijv. CISO, HR-manager</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>When the interview took place</source>
        <translation>Wanneer het interview plaatsvond</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>How long the interview lasted, in minutes</source>
        <translation>Hoe lang het interview duurde, in minuten</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>The audit team member who led the interview</source>
        <translation>Het auditteamlid dat het interview leidde</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Where the interview took place: site, room or remote</source>
        <translation>Waar het interview plaatsvond: locatie, ruimte of op afstand</translation>
    </message>
    <message>
        <source>Clauses and controls covered</source>
        <translation>Behandelde clausules en beheersmaatregelen</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Aantekeningen bij het interview</translation>
    </message>
    <message>
        <source>Notes are saved as you type. Drop files here to store them as evidence.</source>
        <translation>Aantekeningen worden opgeslagen terwijl u typt. Zet hier bestanden neer om ze als bewijs op te slaan.</translation>
    </message>
    <message>
        <source>Evidence gathered in this interview</source>
        <translation>Bewijs verzameld in dit interview</translation>
    </message>
    <message>
        <source>Evidence linked to this interview; double-click to open it in the Evidence pane</source>
        <translation>Bewijs gekoppeld aan dit interview; dubbelklik om het op de pagina Bewijs te openen</translation>
    </message>
    <message>
        <source>Store files inside the audit as document evidence of this interview</source>
        <translation>Bestanden in de audit opslaan als documentair bewijs van dit interview</translation>
    </message>
    <message>
        <source>Turn the selected notes into a new finding&apos;s objective evidence (%1)</source>
        <translation>De geselecteerde aantekeningen omzetten in het objectieve bewijs van een nieuwe bevinding (%1)</translation>
    </message>
    <message>
        <source>Drop files anywhere here to store them as evidence (SHA-256 recorded).</source>
        <translation>Zet hier ergens bestanden neer om ze als bewijs op te slaan (SHA-256 wordt vastgelegd).</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>&amp;Interviewee:</source>
        <translation>&amp;Geïnterviewde:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Held at:</source>
        <translation>&amp;Tijdstip:</translation>
    </message>
    <message>
        <source>A&amp;uditor:</source>
        <translation>A&amp;uditor:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Omvat:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Aantekeningen:</translation>
    </message>
    <message>
        <source>&amp;Evidence from this interview:</source>
        <translation>Bewijs uit dit &amp;interview:</translation>
    </message>
    <message>
        <source>Select the words in the notes that show the problem, then raise the finding.</source>
        <translation>Selecteer de woorden in de aantekeningen die het probleem tonen en leg dan de bevinding vast.</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Bevinding vastleggen</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Vet (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursief (Ctrl+I)</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s))</source>
        <translation>
            <numerusform> (%n bestand)</numerusform>
            <numerusform> (%n bestanden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change clauses and controls of interview</source>
        <translation>Clausules en beheersmaatregelen van interview wijzigen</translation>
    </message>
    <message>
        <source>Choose an interview first.</source>
        <translation>Kies eerst een interview.</translation>
    </message>
    <message>
        <source>Raised in interview with %1</source>
        <translation>Vastgesteld in interview met %1</translation>
    </message>
    <message>
        <source>Raise finding %1 from interview</source>
        <translation>Bevinding %1 vastleggen uit interview</translation>
    </message>
    <message>
        <source>Finding %1 raised from the interview with %2.</source>
        <translation>Bevinding %1 vastgelegd uit het interview met %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored as evidence of this interview.</source>
        <translation>
            <numerusform>%n bestand opgeslagen als bewijs van dit interview.</numerusform>
            <numerusform>%n bestanden opgeslagen als bewijs van dit interview.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <source>Attach files to the interview</source>
        <translation>Bestanden bij het interview voegen</translation>
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
        <translation>Geïnterviewde</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Normverwijzing</translation>
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
        <translation>&amp;Nieuw interview</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Filter by person…</source>
        <translation>Filteren op persoon…</translation>
    </message>
    <message>
        <source>Filter interviews by person</source>
        <translation>Interviews filteren op persoon</translation>
    </message>
    <message>
        <source>Shows interviews whose interviewee, role or auditor contains this text</source>
        <translation>Toont interviews waarvan de geïnterviewde, rol of auditor deze tekst bevat</translation>
    </message>
    <message>
        <source>Filter interviews by clause or control</source>
        <translation>Interviews filteren op clausule of beheersmaatregel</translation>
    </message>
    <message>
        <source>Shows interviews that covered this clause or control</source>
        <translation>Toont interviews die deze clausule of beheersmaatregel behandelden</translation>
    </message>
    <message>
        <source>Filter interviews by day</source>
        <translation>Interviews filteren op dag</translation>
    </message>
    <message>
        <source>Shows interviews held on this day</source>
        <translation>Toont interviews die op deze dag zijn gehouden</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Add an interview held now</source>
        <translation>Een interview toevoegen dat nu wordt gehouden</translation>
    </message>
    <message>
        <source>Delete the selected interview (Undo brings it back)</source>
        <translation>Het geselecteerde interview verwijderen (Ongedaan maken haalt het terug)</translation>
    </message>
    <message>
        <source>Any clause or control</source>
        <translation>Elke clausule/maatregel</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <source>New interviewee</source>
        <translation>Nieuwe geïnterviewde</translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation>Interview toevoegen</translation>
    </message>
    <message>
        <source>Delete interview with %1</source>
        <translation>Interview met %1 verwijderen</translation>
    </message>
    <message>
        <source>Interview with %1 deleted; Edit &gt; Undo brings it back.</source>
        <translation>Interview met %1 verwijderd; Bewerken &gt; Ongedaan maken haalt het terug.</translation>
    </message>
</context>
<context>
    <name>isoaudit::LifecyclePanel</name>
    <message>
        <source>Unmet rules for the next lifecycle step</source>
        <translation>Niet-vervulde regels voor de volgende stap in de levenscyclus</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the place that needs attention</source>
        <translation>Dubbelklik of druk op Enter om naar de plek te gaan die aandacht vraagt</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>Status &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Check the rules and move to the next lifecycle state</source>
        <translation>De regels controleren en naar de volgende status in de levenscyclus gaan</translation>
    </message>
    <message>
        <source>The engagement is signed: the report is the record and can no longer change.</source>
        <translation>De opdracht is ondertekend: het rapport is de vastlegging en kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>The audit is signed: the report is the record and can no longer change.</source>
        <translation>De audit is ondertekend: het rapport is de vastlegging en kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>Every rule for %1 holds; the engagement can advance.</source>
        <translation>Aan elke regel voor %1 is voldaan; de opdracht kan naar de volgende status.</translation>
    </message>
    <message>
        <source>Every rule for %1 holds; the audit can advance.</source>
        <translation>Aan elke regel voor %1 is voldaan; de audit kan naar de volgende status.</translation>
    </message>
    <message>
        <source>Before %1 — blockers: %2, warnings: %3. Double-click one to fix it.</source>
        <translation>Vóór %1 — blokkerend: %2, waarschuwingen: %3. Dubbelklik op een regel om deze op te lossen.</translation>
    </message>
    <message>
        <source>&amp;Advance to %1…</source>
        <translation>Status &amp;wijzigen naar %1…</translation>
    </message>
</context>
<context>
    <name>isoaudit::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New Audit…</source>
        <translation>&amp;Nieuwe audit…</translation>
    </message>
    <message>
        <source>Create a new audit file with a wizard</source>
        <translation>Een nieuw auditbestand aanmaken met een wizard</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open an audit file</source>
        <translation>Een auditbestand openen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Een &amp;kopie opslaan als…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open audit to another file</source>
        <translation>Een consistente kopie van de geopende audit naar een ander bestand schrijven</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>Pakket &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write the whole audit as a readable JSON audit package</source>
        <translation>De hele audit als leesbaar JSON-auditpakket schrijven</translation>
    </message>
    <message>
        <source>Export &amp;Encrypted Package…</source>
        <translation>&amp;Versleuteld pakket exporteren…</translation>
    </message>
    <message>
        <source>Write the audit package sealed with a passphrase, for mail or a USB stick</source>
        <translation>Het auditpakket verzegeld met een wachtwoordzin schrijven, voor e-mail of een USB-stick</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>Pakket &amp;importeren…</translation>
    </message>
    <message>
        <source>Create an audit file from a JSON audit package</source>
        <translation>Een auditbestand aanmaken uit een JSON-auditpakket</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Terugzetten vanuit back-up…</translation>
    </message>
    <message>
        <source>Go back to one of the audit&apos;s rolling backups (the current state is kept)</source>
        <translation>Terugkeren naar een van de doorlopende back-ups van de audit (de huidige stand wordt bewaard)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close the open audit</source>
        <translation>De geopende audit sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Quit IsoAudit</source>
        <translation>IsoAudit afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Search or filter the current page</source>
        <translation>De huidige pagina doorzoeken of filteren</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Show the audit trail: who changed what, when, old and new values</source>
        <translation>De audittrail tonen: wie wat wanneer heeft gewijzigd, met oude en nieuwe waarden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Next Lifecycle Step…</source>
        <translation>&amp;Volgende stap in de levenscyclus…</translation>
    </message>
    <message>
        <source>Show the rules that must hold before the audit can move on</source>
        <translation>De regels tonen waaraan moet zijn voldaan voordat de audit verder kan</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Volledig &amp;scherm</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Het hele scherm gebruiken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;Demo Audit</source>
        <translation>&amp;Demo-audit openen</translation>
    </message>
    <message>
        <source>Open a complete example audit to try the workbench</source>
        <translation>Een volledig voorbeeld van een audit openen om de werkomgeving uit te proberen</translation>
    </message>
    <message>
        <source>&amp;About IsoAudit</source>
        <translation>&amp;Over IsoAudit</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>De pagina %1 tonen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>Read the user guide: a Stage 2 audit from start to signed report</source>
        <translation>De gebruikershandleiding lezen: een fase 2-audit van begin tot ondertekend rapport</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Your name, the certification body, report and backup settings, defaults for new audits</source>
        <translation>Uw naam, de certificatie-instelling, instellingen voor rapport en back-up, standaardwaarden voor nieuwe audits</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>De laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>De zojuist ongedaan gemaakte wijziging opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Audit from &amp;This One…</source>
        <translation>Nieuwe audit op &amp;basis van deze audit…</translation>
    </message>
    <message>
        <source>Start the next audit of the certification cycle from the open, signed audit</source>
        <translation>De volgende audit van de certificatiecyclus starten op basis van de geopende, ondertekende audit</translation>
    </message>
    <message>
        <source>Open SOC &amp;2 Demo Engagement</source>
        <translation>SOC &amp;2-demo-opdracht openen</translation>
    </message>
    <message>
        <source>Open a complete example SOC 2 Type 2 engagement: controls, populations, samples and exceptions</source>
        <translation>Een volledig voorbeeld van een SOC 2 Type 2-opdracht openen: beheersmaatregelen, populaties, steekproeven en afwijkingen</translation>
    </message>
    <message>
        <source>&amp;Give a Copy to a Team Member…</source>
        <translation>Kopie aan een teamlid &amp;geven…</translation>
    </message>
    <message>
        <source>Write a copy of the audit for a team member to work on offline</source>
        <translation>Een kopie van de audit schrijven waarin een teamlid offline kan werken</translation>
    </message>
    <message>
        <source>&amp;Merge a Team Member&apos;s Copy…</source>
        <translation>Kopie van een teamlid sa&amp;menvoegen…</translation>
    </message>
    <message>
        <source>Bring a team member&apos;s changes back into this audit, resolving any conflicts</source>
        <translation>De wijzigingen van een teamlid terughalen in deze audit en eventuele conflicten oplossen</translation>
    </message>
    <message>
        <source>Re&amp;pository</source>
        <translation>Re&amp;pository</translation>
    </message>
    <message>
        <source>&amp;Open from the Repository…</source>
        <translation>&amp;Openen uit de repository…</translation>
    </message>
    <message>
        <source>Connect to the certification body&apos;s repository and check an audit out</source>
        <translation>Verbinding maken met de repository van de certificatie-instelling en een audit uitchecken</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message>
        <source>Send this audit&apos;s changes to the repository</source>
        <translation>De wijzigingen van deze audit naar de repository verzenden</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>Op&amp;halen</translation>
    </message>
    <message>
        <source>Bring the repository&apos;s newer version of this audit into the file</source>
        <translation>De nieuwere versie van deze audit uit de repository in het bestand ophalen</translation>
    </message>
</context>
<context>
    <name>isoaudit::MainWindow</name>
    <message>
        <source>Pages of the audit</source>
        <translation>Pagina&apos;s van de audit</translation>
    </message>
    <message>
        <source>Pages of the audit (Ctrl+1 … Ctrl+9)</source>
        <translation>Pagina&apos;s van de audit (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Undo Not Possible</source>
        <translation>Ongedaan maken niet mogelijk</translation>
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
        <translation>(geen klant)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
    <message>
        <source>There is no page for this record in this build.</source>
        <translation>Er is in deze build geen pagina voor dit record.</translation>
    </message>
    <message>
        <source>About IsoAudit</source>
        <translation>Over IsoAudit</translation>
    </message>
    <message>
        <source>Cannot Start the Next Audit</source>
        <translation>Kan volgende audit niet starten</translation>
    </message>
    <message>
        <source>Next Audit Created</source>
        <translation>Volgende audit aangemaakt</translation>
    </message>
    <message>
        <source>%1 was created from the last audit:

%2</source>
        <translation>%1 is aangemaakt op basis van de vorige audit:

%2</translation>
    </message>
    <message>
        <source>Delete Control</source>
        <translation>Beheersmaatregel verwijderen</translation>
    </message>
    <message>
        <source>IsoAudit %1

A desktop workbench for ISO/IEC 27001:2022 lead auditors: plan, assess clauses 4–10 and the Statement of Applicability, review the client&apos;s risks, record interviews and evidence, grade findings and sign the report — offline, one file per audit.

For SOC 2 service auditors: map the control matrix to the Trust Services Criteria, test populations and samples, assess exceptions, form the opinion and sign the service auditor&apos;s report.

Licensed under the GNU GPL v3 or later.</source>
        <translation>IsoAudit %1

Een werkomgeving voor lead auditors van ISO/IEC 27001:2022: plannen, clausules 4–10 en de Verklaring van toepasselijkheid beoordelen, de risico&apos;s van de klant doornemen, interviews en bewijs vastleggen, bevindingen classificeren en het rapport ondertekenen — offline, één bestand per audit.

Voor service-auditors van SOC 2: de beheersmaatregelenmatrix koppelen aan de Trust Services Criteria, populaties en steekproeven testen, afwijkingen beoordelen, het oordeel vormen en het rapport van de service-auditor ondertekenen.

Gelicentieerd onder de GNU GPL v3 of later.</translation>
    </message>
</context>
<context>
    <name>isoaudit::MeetingDialog</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation>Deelnemer &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove attendee</source>
        <translation>Deelnemer &amp;verwijderen</translation>
    </message>
    <message>
        <source>Confirmed or explained</source>
        <translation>Bevestigd of toegelicht</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>The audit scope was confirmed</source>
        <translation>De auditscope is bevestigd</translation>
    </message>
    <message>
        <source>The audit plan was confirmed</source>
        <translation>Het auditplan is bevestigd</translation>
    </message>
    <message>
        <source>Confidentiality was confirmed</source>
        <translation>De vertrouwelijkheid is bevestigd</translation>
    </message>
    <message>
        <source>The method of reporting findings was explained</source>
        <translation>De wijze van rapporteren van bevindingen is toegelicht</translation>
    </message>
    <message>
        <source>The complaint and appeal process was explained</source>
        <translation>De klachten- en beroepsprocedure is toegelicht</translation>
    </message>
    <message>
        <source>The findings were presented</source>
        <translation>De bevindingen zijn gepresenteerd</translation>
    </message>
    <message>
        <source>The client acknowledged the findings</source>
        <translation>De klant heeft kennisgenomen van de bevindingen</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Meningsverschil</translation>
    </message>
    <message>
        <source>Any disagreement on the findings or conclusions, and how it was resolved or left open</source>
        <translation>Eventuele meningsverschillen over de bevindingen of conclusies, en hoe ze zijn opgelost of open zijn gebleven</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>isoaudit::MergeDialog</name>
    <message>
        <source>Show &amp;conflicts only</source>
        <translation>Alleen &amp;conflicten tonen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Conflict: resolved</source>
        <translation>Conflict: opgelost</translation>
    </message>
    <message numerus="yes">
        <source>Conflict: %n to resolve</source>
        <translation>
            <numerusform>Conflict: nog %n op te lossen</numerusform>
            <numerusform>Conflict: nog %n op te lossen</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every change can be taken as it is.</source>
        <translation>Geen conflicten: elke wijziging kan ongewijzigd worden overgenomen.</translation>
    </message>
    <message>
        <source>Every conflict has a choice.</source>
        <translation>Voor elk conflict is een keuze gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict left to resolve.</source>
        <translation>
            <numerusform>Nog %n conflict op te lossen.</numerusform>
            <numerusform>Nog %n conflicten op te lossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts left to resolve.</source>
        <translation>
            <numerusform>Nog %n conflict op te lossen.</numerusform>
            <numerusform>Nog %n conflicten op te lossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a version for every conflict first</source>
        <translation>Kies eerst voor elk conflict een versie</translation>
    </message>
</context>
<context>
    <name>isoaudit::MultiLineTextDelegate</name>
    <message>
        <source>Enter adds a line; Ctrl+Enter or Tab saves; Esc cancels.</source>
        <translation>Enter voegt een regel toe; Ctrl+Enter of Tab slaat op; Esc annuleert.</translation>
    </message>
</context>
<context>
    <name>isoaudit::NewAuditWizard</name>
    <message>
        <source>New Audit</source>
        <translation>Nieuwe audit</translation>
    </message>
    <message>
        <source>Client and audit type</source>
        <translation>Klant en type audit</translation>
    </message>
    <message>
        <source>Who is audited, and which audit of the certification cycle this is.</source>
        <translation>Wie wordt geaudit, en welke audit uit de certificatiecyclus dit is.</translation>
    </message>
    <message>
        <source>e.g. Northwind Logistics Ltd</source>
        <translation>bijv. Northwind Logistics B.V.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type audit</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>&amp;Type audit:</translation>
    </message>
    <message>
        <source>&amp;Report number:</source>
        <translation>&amp;Rapportnummer:</translation>
    </message>
    <message>
        <source>Dates, scope and sites</source>
        <translation>Data, scope en locaties</translation>
    </message>
    <message>
        <source>The on-site days, the certification scope as the client states it, and the sites visited.</source>
        <translation>De dagen op locatie, de certificatiescope zoals de klant die formuleert, en de bezochte locaties.</translation>
    </message>
    <message>
        <source>First audit day</source>
        <translation>Eerste auditdag</translation>
    </message>
    <message>
        <source>Last audit day</source>
        <translation>Laatste auditdag</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The ISMS scope statement, e.g. &quot;Development and operation of …&quot;</source>
        <translation>De scopebeschrijving van het ISMS, bijv. &quot;Ontwikkeling en beheer van …&quot;</translation>
    </message>
    <message>
        <source>Sites, one per line</source>
        <translation>Locaties, één per regel</translation>
    </message>
    <message>
        <source>One site per line</source>
        <translation>Eén locatie per regel</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Eerste dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Laatste dag:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>L&amp;ocaties:</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <source>The lead auditor signs the report; add the other team members with their roles.</source>
        <translation>De lead auditor ondertekent het rapport; voeg de andere teamleden met hun rollen toe.</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead auditor</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>&amp;Lead auditor:</translation>
    </message>
    <message>
        <source>&amp;Team members (name, role):</source>
        <translation>&amp;Teamleden (naam, rol):</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role of team member %1</source>
        <translation>Rol van teamlid %1</translation>
    </message>
    <message>
        <source>Your name from Preferences; the lead auditor signs the report</source>
        <translation>Uw naam uit Voorkeuren; de lead auditor ondertekent het rapport</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Certificatie-instelling</translation>
    </message>
    <message>
        <source>The organisation of the lead auditor and the auditors, from Preferences</source>
        <translation>De organisatie van de lead auditor en de auditors, uit Voorkeuren</translation>
    </message>
    <message>
        <source>Certification &amp;body:</source>
        <translation>&amp;Certificatie-instelling:</translation>
    </message>
    <message>
        <source>Risk method and deadlines</source>
        <translation>Risicomethode en termijnen</translation>
    </message>
    <message>
        <source>The matrix to record the client&apos;s risks in (adapt it to the client&apos;s own method later in the Risks pane) and how long the client has for corrective actions after the last audit day.</source>
        <translation>De matrix waarin de risico&apos;s van de klant worden vastgelegd (pas deze later op de pagina Risico&apos;s aan de eigen methode van de klant aan) en hoeveel tijd de klant na de laatste auditdag heeft voor corrigerende maatregelen.</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Risicomethode</translation>
    </message>
    <message>
        <source>The risk matrix the audit starts with; the default comes from Preferences</source>
        <translation>De risicomatrix waarmee de audit begint; de standaard komt uit Voorkeuren</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Days to verify a major nonconformity&apos;s correction</source>
        <translation>Dagen om de correctie van een grote afwijking te verifiëren</translation>
    </message>
    <message>
        <source>A major nonconformity&apos;s corrective action is due this many days after the last day</source>
        <translation>De corrigerende maatregel van een grote afwijking moet zoveel dagen na de laatste dag gereed zijn</translation>
    </message>
    <message>
        <source>Days to accept a minor nonconformity&apos;s plan</source>
        <translation>Dagen om het plan van een kleine afwijking te accepteren</translation>
    </message>
    <message>
        <source>A minor nonconformity&apos;s action plan is due this many days after the last day</source>
        <translation>Het plan van aanpak van een kleine afwijking moet zoveel dagen na de laatste dag gereed zijn</translation>
    </message>
    <message>
        <source>&amp;Risk method:</source>
        <translation>&amp;Risicomethode:</translation>
    </message>
    <message>
        <source>&amp;Major nonconformity, verified within:</source>
        <translation>&amp;Grote afwijking, geverifieerd binnen:</translation>
    </message>
    <message>
        <source>M&amp;inor nonconformity, plan accepted within:</source>
        <translation>&amp;Kleine afwijking, plan geaccepteerd binnen:</translation>
    </message>
    <message>
        <source>New SOC 2 Engagement</source>
        <translation>Nieuwe SOC 2-opdracht</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Serviceorganisatie</translation>
    </message>
    <message>
        <source>The service organization whose system the SOC 2 report describes.</source>
        <translation>De serviceorganisatie waarvan het systeem in het SOC 2-rapport wordt beschreven.</translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>&amp;Serviceorganisatie:</translation>
    </message>
    <message>
        <source>e.g. Kestrel Analytics Inc.</source>
        <translation>bijv. Kestrel Analytics B.V.</translation>
    </message>
    <message>
        <source>Engagement team</source>
        <translation>Opdrachtteam</translation>
    </message>
    <message>
        <source>The engagement lead signs the service auditor&apos;s report; add the other members of the engagement team with their roles.</source>
        <translation>De opdrachtleider ondertekent het rapport van de service-auditor; voeg de andere leden van het opdrachtteam met hun rollen toe.</translation>
    </message>
    <message>
        <source>Engagement &amp;lead:</source>
        <translation>&amp;Opdrachtleider:</translation>
    </message>
    <message>
        <source>Service auditor&apos;s &amp;firm:</source>
        <translation>&amp;Kantoor van de service-auditor:</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Opdrachtleider</translation>
    </message>
    <message>
        <source>Your name from Preferences; the engagement lead signs the report</source>
        <translation>Uw naam uit Voorkeuren; de opdrachtleider ondertekent het rapport</translation>
    </message>
    <message>
        <source>Service auditor&apos;s firm</source>
        <translation>Kantoor van de service-auditor</translation>
    </message>
    <message>
        <source>The CPA firm that performs the examination, from Preferences</source>
        <translation>Het accountantskantoor dat het onderzoek uitvoert, uit Voorkeuren</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Normenkader</translation>
    </message>
    <message>
        <source>An ISO/IEC 27001 certification audit, or a SOC 2 examination (an attestation engagement on the Trust Services Criteria)</source>
        <translation>Een certificatieaudit volgens ISO/IEC 27001, of een SOC 2-onderzoek (een attestation-opdracht op basis van de Trust Services Criteria)</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 certification audit</source>
        <translation>Certificatieaudit ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>SOC 2 examination (Trust Services Criteria)</source>
        <translation>SOC 2-onderzoek (Trust Services Criteria)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Normenkader:</translation>
    </message>
    <message>
        <source>System, report type and categories</source>
        <translation>Systeem, type rapport en categorieën</translation>
    </message>
    <message>
        <source>The system the report describes, whether it speaks as of a date (Type 1) or over a period (Type 2), and the trust services categories in scope.</source>
        <translation>Het systeem dat het rapport beschrijft, of het rapport betrekking heeft op een peildatum (Type 1) of op een periode (Type 2), en de Trust Services-categorieën binnen de scope.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>e.g. Kestrel Insights analytics platform</source>
        <translation>bijv. analyseplatform Kestrel Insights</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Type rapport</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categorie %1</translation>
    </message>
    <message>
        <source>The common criteria (Security) are in scope of every SOC 2 examination</source>
        <translation>De gemeenschappelijke criteria (Beveiliging) vallen binnen de scope van elk SOC 2-onderzoek</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ysteem:</translation>
    </message>
    <message>
        <source>Report &amp;type:</source>
        <translation>Type &amp;rapport:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Periode &amp;van:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Periode &amp;tot en met:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorieën:</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Het einde van de periode moet na het begin liggen.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s).</source>
        <translation>
            <numerusform>%n maand.</numerusform>
            <numerusform>%n maanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Type 2 period is usually 3 to 12 months; IsoAudit will warn.</source>
        <translation>Een Type 2-periode duurt gewoonlijk 3 tot 12 maanden; IsoAudit geeft anders een waarschuwing.</translation>
    </message>
</context>
<context>
    <name>isoaudit::NextAuditDialog</name>
    <message>
        <source>New Audit from This One</source>
        <translation>Nieuwe audit op basis van deze audit</translation>
    </message>
    <message>
        <source>Type of the next audit</source>
        <translation>Type van de volgende audit</translation>
    </message>
    <message>
        <source>The audits that may follow this one in the certification cycle</source>
        <translation>De audits die in de certificatiecyclus op deze audit kunnen volgen</translation>
    </message>
    <message>
        <source>First day of the next audit</source>
        <translation>Eerste dag van de volgende audit</translation>
    </message>
    <message>
        <source>Last day of the next audit</source>
        <translation>Laatste dag van de volgende audit</translation>
    </message>
    <message>
        <source>Lead auditor of the next audit</source>
        <translation>Lead auditor van de volgende audit</translation>
    </message>
    <message>
        <source>Signed report of this audit (optional)</source>
        <translation>Ondertekend rapport van deze audit (optioneel)</translation>
    </message>
    <message>
        <source>Optional: the signed PDF, recorded in the programme&apos;s history</source>
        <translation>Optioneel: de ondertekende PDF, vastgelegd in de historie van het auditprogramma</translation>
    </message>
    <message>
        <source>The report signed for this audit; its SHA-256 must be the signed revision&apos;s</source>
        <translation>Het voor deze audit ondertekende rapport; de SHA-256 moet overeenkomen met die van de ondertekende revisie</translation>
    </message>
    <message>
        <source>File of the next audit</source>
        <translation>Bestand van de volgende audit</translation>
    </message>
    <message>
        <source>Where the next audit is created; an existing file is never overwritten</source>
        <translation>Waar de volgende audit wordt aangemaakt; een bestaand bestand wordt nooit overschreven</translation>
    </message>
    <message>
        <source>Why the next audit cannot be created</source>
        <translation>Waarom de volgende audit niet kan worden aangemaakt</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the signed report</source>
        <translation>Kies het ondertekende rapport</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>Choose the file of the next audit</source>
        <translation>Kies het bestand van de volgende audit</translation>
    </message>
    <message>
        <source>The next audit takes the client, scope, sites, team, risk method, risk register and Statement of Applicability from this audit as its starting point, the programme with this audit in its history, and every nonconformity still to verify. This audit&apos;s file is only read.</source>
        <translation>De volgende audit neemt van deze audit de klant, de scope, de locaties, het team, de risicomethode, het risicoregister en de Verklaring van toepasselijkheid over als uitgangspunt, daarnaast het auditprogramma met deze audit in de historie en elke afwijking die nog moet worden geverifieerd. Het bestand van deze audit wordt alleen gelezen.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type audit:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Eerste dag:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Laat&amp;ste dag:</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>&amp;Lead auditor:</translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation>Ondertekend &amp;rapport:</translation>
    </message>
    <message>
        <source>&amp;New file:</source>
        <translation>&amp;Nieuw bestand:</translation>
    </message>
    <message>
        <source>No audit of the certification cycle may follow a %1 audit.</source>
        <translation>Op een audit van het type %1 kan geen audit van de certificatiecyclus volgen.</translation>
    </message>
    <message>
        <source>The audit cannot end before it starts.</source>
        <translation>De audit kan niet eindigen voordat hij begint.</translation>
    </message>
    <message>
        <source>Name the file of the next audit.</source>
        <translation>Geef het bestand van de volgende audit een naam.</translation>
    </message>
    <message>
        <source>Signed Report of This Audit</source>
        <translation>Ondertekend rapport van deze audit</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>File of the Next Audit</source>
        <translation>Bestand van de volgende audit</translation>
    </message>
    <message>
        <source>IsoAudit files (*.isoaudit)</source>
        <translation>IsoAudit-bestanden (*.isoaudit)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (an existing file is never overwritten).</source>
        <translation>%1 bestaat al; kies een andere naam (een bestaand bestand wordt nooit overschreven).</translation>
    </message>
</context>
<context>
    <name>isoaudit::OpinionPanel</name>
    <message>
        <source>Re&amp;set to recorded</source>
        <translation>&amp;Terugzetten naar vastgelegd</translation>
    </message>
    <message>
        <source>Recor&amp;d opinion</source>
        <translation>Oordeel &amp;vastleggen</translation>
    </message>
    <message>
        <source>Recorded opinion</source>
        <translation>Vastgelegd oordeel</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>The service auditor&apos;s opinion; the consistency messages below say what it still needs</source>
        <translation>Het oordeel van de service-auditor; de consistentiemeldingen hieronder geven aan wat er nog nodig is</translation>
    </message>
    <message>
        <source>Basis for the opinion</source>
        <translation>Basis voor het oordeel</translation>
    </message>
    <message>
        <source>The matter that gives rise to a qualified or adverse opinion or a disclaimer</source>
        <translation>De aangelegenheid die leidt tot een oordeel met beperking, een afkeurend oordeel of een oordeelonthouding</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Criteria waaraan niet is voldaan</translation>
    </message>
    <message>
        <source>Tick the criteria the opinion names as not met (Space ticks the current one); a warning icon marks the criteria core proposes</source>
        <translation>Vink de criteria aan waaraan volgens het oordeel niet is voldaan (met de spatiebalk vinkt u het huidige aan); een waarschuwingspictogram markeert de criteria die IsoAudit voorstelt</translation>
    </message>
    <message>
        <source>Criteria that may not be met</source>
        <translation>Criteria waaraan mogelijk niet is voldaan</translation>
    </message>
    <message>
        <source>Consistency of the opinion</source>
        <translation>Consistentie van het oordeel</translation>
    </message>
    <message>
        <source>Drop the changes and show the recorded opinion again (Alt+S)</source>
        <translation>De wijzigingen verwerpen en het vastgelegde oordeel opnieuw tonen (Alt+T)</translation>
    </message>
    <message>
        <source>Record the opinion on the engagement (Alt+D or Ctrl+Enter); Edit &gt; Undo takes it back</source>
        <translation>Het oordeel bij de opdracht vastleggen (Alt+V of Ctrl+Enter); Bewerken &gt; Ongedaan maken draait het terug</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>&amp;Oordeel:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Cri&amp;teria not met:</source>
        <translation>Criteria &amp;waaraan niet is voldaan:</translation>
    </message>
    <message>
        <source>No SOC 2 engagement open.</source>
        <translation>Geen SOC 2-opdracht geopend.</translation>
    </message>
    <message>
        <source>No opinion recorded yet: the report says the opinion has not been formed.</source>
        <translation>Nog geen oordeel vastgelegd: het rapport vermeldt dat het oordeel nog niet is gevormd.</translation>
    </message>
    <message>
        <source>Recorded opinion: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Vastgelegd oordeel: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Criteria not met: %1</source>
        <translation>Criteria waaraan niet is voldaan: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>%1 — every mapped control failed (%2); effect weighed</source>
        <translation>%1 — elke gekoppelde beheersmaatregel heeft gefaald (%2); effect gewogen</translation>
    </message>
    <message>
        <source>%1 — every mapped control failed (%2); effect not weighed yet</source>
        <translation>%1 — elke gekoppelde beheersmaatregel heeft gefaald (%2); effect nog niet gewogen</translation>
    </message>
    <message>
        <source>Proposed as possibly not met: %1</source>
        <translation>Voorgesteld als mogelijk niet voldaan: %1</translation>
    </message>
    <message>
        <source>Criteria that may not be met: none; no criterion has all of its controls failing.</source>
        <translation>Criteria waaraan mogelijk niet is voldaan: geen; bij geen enkel criterium falen alle beheersmaatregelen.</translation>
    </message>
    <message>
        <source>Criteria that may not be met (proposed, the decision is yours):</source>
        <translation>Criteria waaraan mogelijk niet is voldaan (voorstel, de beslissing ligt bij u):</translation>
    </message>
    <message>
        <source>Choose the opinion to record.</source>
        <translation>Kies het oordeel dat u wilt vastleggen.</translation>
    </message>
    <message>
        <source>This is the opinion on record.</source>
        <translation>Dit is het vastgelegde oordeel.</translation>
    </message>
    <message>
        <source>Consistent: the opinion can be recorded.</source>
        <translation>Consistent: het oordeel kan worden vastgelegd.</translation>
    </message>
    <message>
        <source>Open a SOC 2 engagement first.</source>
        <translation>Open eerst een SOC 2-opdracht.</translation>
    </message>
    <message>
        <source>Record the opinion: %1</source>
        <translation>Oordeel vastleggen: %1</translation>
    </message>
    <message>
        <source>Opinion recorded: %1. Edit &gt; Undo takes it back.</source>
        <translation>Oordeel vastgelegd: %1. Bewerken &gt; Ongedaan maken draait het terug.</translation>
    </message>
</context>
<context>
    <name>isoaudit::OverviewPane</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Type audit</translation>
    </message>
    <message>
        <source>First audit day</source>
        <translation>Eerste auditdag</translation>
    </message>
    <message>
        <source>Last audit day</source>
        <translation>Laatste auditdag</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Rapportnummer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>&amp;Type audit:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datums:</translation>
    </message>
    <message>
        <source>&amp;Report no.:</source>
        <translation>&amp;Rapportnr.:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Norm:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Locaties:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Certification recommendation</source>
        <translation>Aanbeveling voor certificatie</translation>
    </message>
    <message>
        <source>No sites recorded</source>
        <translation>Geen locaties vastgelegd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The findings suggest: %1.</source>
        <translation>De bevindingen wijzen op: %1.</translation>
    </message>
    <message>
        <source>Change audit type</source>
        <translation>Type audit wijzigen</translation>
    </message>
    <message>
        <source>Readiness for Stage 2</source>
        <translation>Gereedheid voor fase 2</translation>
    </message>
    <message>
        <source>Continuation of certification</source>
        <translation>Voortzetting van de certificatie</translation>
    </message>
    <message>
        <source>Renewal of certification</source>
        <translation>Verlenging van de certificatie</translation>
    </message>
    <message>
        <source>Follow-up conclusion</source>
        <translation>Conclusie van de vervolgaudit</translation>
    </message>
    <message>
        <source>Readi&amp;ness for Stage 2:</source>
        <translation>&amp;Gereedheid voor fase 2:</translation>
    </message>
    <message>
        <source>Co&amp;ntinuation:</source>
        <translation>&amp;Voortzetting:</translation>
    </message>
    <message>
        <source>Re&amp;newal:</source>
        <translation>&amp;Verlenging:</translation>
    </message>
    <message>
        <source>Co&amp;nclusion:</source>
        <translation>&amp;Conclusie:</translation>
    </message>
    <message>
        <source>Recomme&amp;ndation:</source>
        <translation>&amp;Aanbeveling:</translation>
    </message>
    <message>
        <source>Lifecycle and readiness for Stage 2</source>
        <translation>Levenscyclus en gereedheid voor fase 2</translation>
    </message>
    <message>
        <source>Lifecycle and continuation of certification</source>
        <translation>Levenscyclus en voortzetting van de certificatie</translation>
    </message>
    <message>
        <source>Lifecycle and renewal of certification</source>
        <translation>Levenscyclus en verlenging van de certificatie</translation>
    </message>
    <message>
        <source>Lifecycle and follow-up conclusion</source>
        <translation>Levenscyclus en conclusie van de vervolgaudit</translation>
    </message>
    <message>
        <source>Lifecycle and certification recommendation</source>
        <translation>Levenscyclus en aanbeveling voor certificatie</translation>
    </message>
</context>
<context>
    <name>isoaudit::PlanDateDelegate</name>
    <message>
        <source>Plan date</source>
        <translation>Plandatum</translation>
    </message>
</context>
<context>
    <name>isoaudit::PlanTimeDelegate</name>
    <message>
        <source>Slot time</source>
        <translation>Tijdstip van het tijdvak</translation>
    </message>
</context>
<context>
    <name>isoaudit::PopulationImportDialog</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Import population</source>
        <translation>Populatie importeren</translation>
    </message>
    <message>
        <source>Population file</source>
        <translation>Populatiebestand</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, one row per occurrence</source>
        <translation>Een CSV- of XLSX-bestand, één rij per uitvoering</translation>
    </message>
    <message>
        <source>The client&apos;s list of the control&apos;s occurrences: one row each, with an id and a date</source>
        <translation>De lijst van de klant met de uitvoeringen van de beheersmaatregel: één rij per uitvoering, met een id en een datum</translation>
    </message>
    <message>
        <source>Browse for the population file</source>
        <translation>Bladeren naar het populatiebestand</translation>
    </message>
    <message>
        <source>Choose the CSV or XLSX file</source>
        <translation>Kies het CSV- of XLSX-bestand</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the list</source>
        <translation>Het werkblad van de werkmap dat de lijst bevat</translation>
    </message>
    <message>
        <source>Id column</source>
        <translation>Id-kolom</translation>
    </message>
    <message>
        <source>The column that identifies each occurrence (a ticket or change number)</source>
        <translation>De kolom die elke uitvoering identificeert (een ticket- of wijzigingsnummer)</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Datumkolom</translation>
    </message>
    <message>
        <source>The column with the date of each occurrence</source>
        <translation>De kolom met de datum van elke uitvoering</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumnotatie</translation>
    </message>
    <message>
        <source>How the dates are written when they are not ISO (YYYY-MM-DD); ISO dates are always read. Type a Qt date format for another one.</source>
        <translation>Hoe de datums zijn geschreven als ze niet in ISO-notatie staan (JJJJ-MM-DD); ISO-datums worden altijd gelezen. Typ een Qt-datumnotatie voor een andere notatie.</translation>
    </message>
    <message>
        <source>ISO only (YYYY-MM-DD)</source>
        <translation>Alleen ISO (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>Rows outside the period</source>
        <translation>Rijen buiten de periode</translation>
    </message>
    <message>
        <source>Rows dated outside the engagement&apos;s period are kept and flagged (left out of the sampling frame), or the import is refused</source>
        <translation>Rijen met een datum buiten de periode van de opdracht worden behouden en gemarkeerd (buiten de selectiebasis gelaten), of de import wordt geweigerd</translation>
    </message>
    <message>
        <source>Keep and flag them (not sampled)</source>
        <translation>Behouden en markeren (geen steekproef)</translation>
    </message>
    <message>
        <source>Refuse the import</source>
        <translation>De import weigeren</translation>
    </message>
    <message>
        <source>Population name</source>
        <translation>Naam van de populatie</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>De naam van het bestand</translation>
    </message>
    <message>
        <source>A name for the population; the file&apos;s name when left empty</source>
        <translation>Een naam voor de populatie; de naam van het bestand als het veld leeg blijft</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Importprobleem</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import the population</source>
        <translation>De populatie importeren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Best&amp;and:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <source>&amp;Id column:</source>
        <translation>&amp;Id-kolom:</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>&amp;Datumkolom:</translation>
    </message>
    <message>
        <source>Date f&amp;ormat:</source>
        <translation>Datum&amp;notatie:</translation>
    </message>
    <message>
        <source>Rows outside the &amp;period:</source>
        <translation>Rijen buiten de &amp;periode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <source>The rows are frozen on import: their count and SHA-256 are recorded, and they cannot be changed afterwards. Undo removes the population.</source>
        <translation>De rijen worden bij de import bevroren: het aantal en de SHA-256 ervan worden vastgelegd en ze kunnen daarna niet meer worden gewijzigd. Ongedaan maken verwijdert de populatie.</translation>
    </message>
    <message>
        <source>Import population for %1</source>
        <translation>Populatie importeren voor %1</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;.</source>
        <translation>De werkmap heeft geen werkblad &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>(column without a header)</source>
        <translation>(kolom zonder kop)</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 heeft geen koprij.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Kies het bestand dat u wilt importeren.</translation>
    </message>
    <message>
        <source>The file&apos;s header could not be read.</source>
        <translation>De kop van het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Choose the id column.</source>
        <translation>Kies de id-kolom.</translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation>Kies de datumkolom.</translation>
    </message>
    <message>
        <source>The id and the date must be two different columns.</source>
        <translation>De id en de datum moeten in twee verschillende kolommen staan.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>isoaudit::PopulationRowsModel</name>
    <message>
        <source>The population holds fewer rows than recorded at its import.</source>
        <translation>De populatie bevat minder regels dan bij de import vastgelegd.</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>In de periode</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>Buiten de periode</translation>
    </message>
    <message>
        <source>Outside the engagement&apos;s period: not in the sampling frame</source>
        <translation>Buiten de periode van de opdracht: niet in de selectiebasis</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pagina&apos;s met voorkeuren</translation>
    </message>
    <message>
        <source>Choose a page of preferences</source>
        <translation>Kies een pagina met voorkeuren</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>You, as the audit trail names you, and the language IsoAudit speaks</source>
        <translation>Uzelf, zoals de audittrail u noemt, en de taal van IsoAudit</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Certificatie-instelling</translation>
    </message>
    <message>
        <source>The certification body you audit for</source>
        <translation>De certificatie-instelling waarvoor u auditeert</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>What the report preview, export and signing start with</source>
        <translation>Waarmee het rapportvoorbeeld, de export en de ondertekening beginnen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Rolling backups of the open audit</source>
        <translation>Doorlopende back-ups van de geopende audit</translation>
    </message>
    <message>
        <source>New audits</source>
        <translation>Nieuwe audits</translation>
    </message>
    <message>
        <source>What the New Audit wizard starts a new audit with</source>
        <translation>Waarmee de wizard Nieuwe audit een nieuwe audit begint</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Check and store the preferences, then close</source>
        <translation>De voorkeuren controleren en opslaan, en dan sluiten</translation>
    </message>
    <message>
        <source>Close without storing the changes</source>
        <translation>Sluiten zonder de wijzigingen op te slaan</translation>
    </message>
    <message>
        <source>Check and store the preferences, and stay here</source>
        <translation>De voorkeuren controleren en opslaan, en hier blijven</translation>
    </message>
    <message>
        <source>Fill every page with the defaults; OK or Apply stores them</source>
        <translation>Elke pagina met de standaardwaarden vullen; OK of Toepassen slaat ze op</translation>
    </message>
    <message>
        <source>Your user name when empty</source>
        <translation>Uw gebruikersnaam als dit leeg is</translation>
    </message>
    <message>
        <source>Auditor&apos;s name</source>
        <translation>Naam van de auditor</translation>
    </message>
    <message>
        <source>Names you in the audit trail and in file locks, and is the lead auditor the New Audit wizard proposes</source>
        <translation>Noemt u in de audittrail en in bestandsvergrendelingen, en is de lead auditor die de wizard Nieuwe audit voorstelt</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Systeem volgen (%1)</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Taal van de gebruikersinterface</translation>
    </message>
    <message>
        <source>The language of menus, panes and dialogs</source>
        <translation>De taal van menu&apos;s, pagina&apos;s en dialoogvensters</translation>
    </message>
    <message>
        <source>The new language takes effect when IsoAudit is restarted.</source>
        <translation>De nieuwe taal wordt actief nadat IsoAudit opnieuw is gestart.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>e.g. Nordic Certification A/S</source>
        <translation>bijv. Noord Certificatie B.V.</translation>
    </message>
    <message>
        <source>Certification body&apos;s name</source>
        <translation>Naam van de certificatie-instelling</translation>
    </message>
    <message>
        <source>New audits name it as the organisation of the lead auditor and the auditors; the report&apos;s audit team and signature page show it</source>
        <translation>Nieuwe audits noemen deze als de organisatie van de lead auditor en de auditors; het auditteam en de handtekeningpagina van het rapport tonen deze</translation>
    </message>
    <message>
        <source>Street, postcode and town, country</source>
        <translation>Straat, postcode en plaats, land</translation>
    </message>
    <message>
        <source>Certification body&apos;s address</source>
        <translation>Adres van de certificatie-instelling</translation>
    </message>
    <message>
        <source>The postal address, on as many lines as needed</source>
        <translation>Het postadres, op zoveel regels als nodig</translation>
    </message>
    <message>
        <source>e.g. DANAK reg. no. 6012</source>
        <translation>bijv. RvA-nr. C 123</translation>
    </message>
    <message>
        <source>Accreditation number</source>
        <translation>Accreditatienummer</translation>
    </message>
    <message>
        <source>The accreditation body and number under which the certification body certifies ISMSs</source>
        <translation>De accreditatie-instelling en het nummer waaronder de certificatie-instelling ISMS&apos;en certificeert</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>A&amp;ccreditation:</source>
        <translation>A&amp;ccreditatie:</translation>
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
        <translation>Standaard papierformaat</translation>
    </message>
    <message>
        <source>The paper a report is laid out on unless you choose another for that report</source>
        <translation>Het papier waarop een rapport wordt opgemaakt, tenzij u voor dat rapport een ander kiest</translation>
    </message>
    <message>
        <source>Same as the user interface</source>
        <translation>Zelfde als de gebruikersinterface</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Standaardtaal voor rapporten</translation>
    </message>
    <message>
        <source>The language a report is written in unless you choose another for that report</source>
        <translation>De taal waarin een rapport wordt geschreven, tenzij u voor dat rapport een andere kiest</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>A folder beside each audit file</source>
        <translation>Een map naast elk auditbestand</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Where the rolling backups go; empty keeps them in a folder beside each audit file</source>
        <translation>Waar de doorlopende back-ups komen; leeg bewaart ze in een map naast elk auditbestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Kies de back-upmap</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Backup interval in minutes</source>
        <translation>Back-upinterval in minuten</translation>
    </message>
    <message>
        <source>How often the open audit is backed up while it changes (also on opening and closing it)</source>
        <translation>Hoe vaak van de geopende audit een back-up wordt gemaakt terwijl deze verandert (ook bij openen en sluiten)</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> back-ups</translation>
    </message>
    <message>
        <source>Backups kept per audit</source>
        <translation>Bewaarde back-ups per audit</translation>
    </message>
    <message>
        <source>The oldest backups beyond this number are deleted</source>
        <translation>De oudste back-ups boven dit aantal worden verwijderd</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Back-up &amp;elke:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Bewaren:</translation>
    </message>
    <message>
        <source>Default risk method</source>
        <translation>Standaardrisicomethode</translation>
    </message>
    <message>
        <source>The risk matrix a new audit starts with; record the client&apos;s own method in the Risks pane</source>
        <translation>De risicomatrix waarmee een nieuwe audit begint; leg de eigen methode van de klant vast op de pagina Risico&apos;s</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Days to verify a major nonconformity&apos;s correction</source>
        <translation>Dagen om de correctie van een grote afwijking te verifiëren</translation>
    </message>
    <message>
        <source>A major nonconformity&apos;s corrective action is due this many days after the audit&apos;s last day</source>
        <translation>De corrigerende maatregel van een grote afwijking moet zoveel dagen na de laatste auditdag gereed zijn</translation>
    </message>
    <message>
        <source>Days to accept a minor nonconformity&apos;s plan</source>
        <translation>Dagen om het plan van een kleine afwijking te accepteren</translation>
    </message>
    <message>
        <source>A minor nonconformity&apos;s action plan is due this many days after the audit&apos;s last day</source>
        <translation>Het plan van aanpak van een kleine afwijking moet zoveel dagen na de laatste auditdag gereed zijn</translation>
    </message>
    <message>
        <source>&amp;Risk method:</source>
        <translation>&amp;Risicomethode:</translation>
    </message>
    <message>
        <source>&amp;Major nonconformity, verified within:</source>
        <translation>&amp;Grote afwijking, geverifieerd binnen:</translation>
    </message>
    <message>
        <source>M&amp;inor nonconformity, plan accepted within:</source>
        <translation>&amp;Kleine afwijking, plan geaccepteerd binnen:</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Suggest a major nonconformity when too many samples fail</source>
        <translation>Een grote afwijking voorstellen als te veel items in de steekproef worden afgekeurd</translation>
    </message>
    <message>
        <source>Your certification body&apos;s own sampling policy, applied by the classification assistant and named as policy in its rationale. ISO/IEC 17021-1 sets no failure rate; leave this off if your body has no such policy.</source>
        <translation>Het eigen steekproefbeleid van uw certificatie-instelling, dat de classificatiehulp toepast en in de onderbouwing als beleid benoemt. ISO/IEC 17021-1 legt geen afkeurpercentage vast; laat dit uitgeschakeld als uw instelling zo&apos;n beleid niet heeft.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Share of failed samples above which the policy suggests major</source>
        <translation>Aandeel afgekeurde items waarboven het beleid een grote afwijking voorstelt</translation>
    </message>
    <message>
        <source>More than this share of the samples failed</source>
        <translation>Meer dan dit aandeel van de items in de steekproef is afgekeurd</translation>
    </message>
    <message>
        <source> failed samples</source>
        <translation> afgekeurde items</translation>
    </message>
    <message>
        <source>Least number of failed samples for the policy</source>
        <translation>Minimumaantal afgekeurde items voor het beleid</translation>
    </message>
    <message>
        <source>The policy applies only from this many failed samples on</source>
        <translation>Het beleid geldt pas vanaf dit aantal afgekeurde items</translation>
    </message>
    <message>
        <source>Sampling policy:</source>
        <translation>Steekproefbeleid:</translation>
    </message>
    <message>
        <source>Failure &amp;rate above:</source>
        <translation>Afkeur&amp;percentage boven:</translation>
    </message>
    <message>
        <source>A&amp;t least:</source>
        <translation>&amp;Minimaal:</translation>
    </message>
    <message>
        <source>The standard&apos;s terms</source>
        <translation>De termen van de norm</translation>
    </message>
    <message>
        <source>Major and minor nonconformity, observation, opportunity for improvement, as ISO/IEC 17021-1 names them in each language</source>
        <translation>Grote en kleine afwijking, observatie, verbetermogelijkheid, zoals ISO/IEC 17021-1 ze in elke taal noemt</translation>
    </message>
    <message>
        <source>The certification body&apos;s terms</source>
        <translation>De termen van de certificatie-instelling</translation>
    </message>
    <message>
        <source>The words many certification bodies use in their reports where they differ from the standard&apos;s (German Haupt-/Nebenabweichung, French point sensible and piste de progrès); a policy of the body, not of the standard</source>
        <translation>De woorden die veel certificatie-instellingen in hun rapporten gebruiken waar die afwijken van de norm (Duits Haupt-/Nebenabweichung, Frans point sensible en piste de progrès); beleid van de instelling, niet van de norm</translation>
    </message>
    <message>
        <source>Wording of the finding grades</source>
        <translation>Benaming van de classificaties</translation>
    </message>
    <message>
        <source>How the reports and the workbench name the finding grades: the standard&apos;s terms or those of your certification body</source>
        <translation>Hoe de rapporten en de werkomgeving de classificaties van bevindingen noemen: met de termen van de norm of die van uw certificatie-instelling</translation>
    </message>
    <message>
        <source>&amp;Wording of grades:</source>
        <translation>&amp;Benaming van classificaties:</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeAuditModel</name>
    <message>
        <source>This audit&apos;s row shows the audit itself: edit its type and dates under Audit, its outcome under the lifecycle.</source>
        <translation>De rij van deze audit toont de audit zelf: wijzig het type en de datums onder Audit, de uitkomst onder de levenscyclus.</translation>
    </message>
    <message>
        <source>History: from the signed report of that audit; it cannot be edited.</source>
        <translation>Historie: overgenomen uit het ondertekende rapport van die audit; kan niet worden bewerkt.</translation>
    </message>
    <message>
        <source>A planned audit can only be planned or cancelled here; it becomes current or completed when it is carried out.</source>
        <translation>Een geplande audit kan hier alleen de status gepland of geannuleerd krijgen; de status huidig of afgerond krijgt hij pas wanneer hij wordt uitgevoerd.</translation>
    </message>
    <message>
        <source>The audit would be due by %1, before its window opens on %2.</source>
        <translation>De uiterste datum van de audit (%1) zou vóór de vroegste datum (%2) liggen.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>History: from the signed report of that audit</source>
        <translation>Historie: overgenomen uit het ondertekende rapport van die audit</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Uitkomst: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Cancelled: kept in the programme as the client&apos;s record</source>
        <translation>Geannuleerd: blijft in het auditprogramma als vastlegging voor de klant</translation>
    </message>
    <message>
        <source>Planned: the client&apos;s programme, editable</source>
        <translation>Gepland: het auditprogramma van de klant, bewerkbaar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Vroegste datum</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Lead auditor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Edit programme audit %1</source>
        <translation>Audit %1 in het auditprogramma bewerken</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeForm</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Certification &amp;programme</source>
        <translation>Certificatie&amp;programma</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificaatnummer</translation>
    </message>
    <message>
        <source>SoA version certified</source>
        <translation>Gecertificeerde versie van de VvT</translation>
    </message>
    <message>
        <source>Certified sites</source>
        <translation>Gecertificeerde locaties</translation>
    </message>
    <message>
        <source>The sites the certificate names</source>
        <translation>De locaties die op het certificaat staan</translation>
    </message>
    <message>
        <source>Certification decision date</source>
        <translation>Datum van het certificatiebesluit</translation>
    </message>
    <message>
        <source>The certification decision: surveillance audits are due within 12 and 24 months of it</source>
        <translation>Het certificatiebesluit: de eerste controleaudit moet binnen 12 maanden daarna plaatsvinden, de tweede binnen 24 maanden</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Datum van uitgifte van het certificaat</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>Certificaat geldig tot</translation>
    </message>
    <message>
        <source>Certificate scope statement</source>
        <translation>Scopeomschrijving op het certificaat</translation>
    </message>
    <message>
        <source>The scope statement as the certificate words it</source>
        <translation>De scopeomschrijving zoals die op het certificaat staat</translation>
    </message>
    <message>
        <source>Certificate &amp;no.:</source>
        <translation>Certificaat&amp;nr.:</translation>
    </message>
    <message>
        <source>SoA &amp;version certified:</source>
        <translation>Gecertificeerde VvT-&amp;versie:</translation>
    </message>
    <message>
        <source>Scope statement:</source>
        <translation>Scopeomschrijving:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Uitgegeven op:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Geldig t&amp;ot:</translation>
    </message>
    <message>
        <source>Audits of the programme</source>
        <translation>Audits in het auditprogramma</translation>
    </message>
    <message>
        <source>Add an audit to the client&apos;s programme (undoable)</source>
        <translation>Een audit toevoegen aan het auditprogramma van de klant (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Remove planned audit</source>
        <translation>Geplande audit verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected planned or cancelled audit; history cannot be removed</source>
        <translation>De geselecteerde geplande of geannuleerde audit verwijderen; historie kan niet worden verwijderd</translation>
    </message>
    <message>
        <source>Plan the c&amp;ycle</source>
        <translation>C&amp;yclus plannen</translation>
    </message>
    <message>
        <source>Add the cycle&apos;s surveillance and recertification audits when none are planned, and date them from the certification decision (one undo step)</source>
        <translation>De controleaudits en de hercertificeringsaudit van de cyclus toevoegen als er nog geen zijn gepland, en ze dateren vanaf het certificatiebesluit (één stap ongedaan maken)</translation>
    </message>
    <message>
        <source>The cycle is planned already: nothing to add or date. Without a decision date the planned audits stay undated.</source>
        <translation>De cyclus is al gepland: er valt niets toe te voegen of te dateren. Zonder besluitdatum blijven de geplande audits zonder datum.</translation>
    </message>
    <message>
        <source>Programme audits added or dated: %1.</source>
        <translation>Audits in het programma toegevoegd of gedateerd: %1.</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Uiterste datum: %1</translation>
    </message>
    <message>
        <source>Not on the timeline yet (no date): %1.</source>
        <translation>Nog niet op de tijdlijn (geen datum): %1.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
    <message>
        <source>Add planned audit</source>
        <translation>Geplande audit toevoegen</translation>
    </message>
    <message>
        <source>Select a planned audit to remove.</source>
        <translation>Selecteer een geplande audit om te verwijderen.</translation>
    </message>
    <message>
        <source>History and this audit stay in the programme: only planned or cancelled audits can be removed.</source>
        <translation>Historie en deze audit blijven in het auditprogramma: alleen geplande of geannuleerde audits kunnen worden verwijderd.</translation>
    </message>
    <message>
        <source>Plan the cycle</source>
        <translation>Cyclus plannen</translation>
    </message>
    <message>
        <source>Cert&amp;ified sites:</source>
        <translation>Gecertificeerde &amp;locaties:</translation>
    </message>
    <message>
        <source>Decisi&amp;on date:</source>
        <translation>&amp;Besluitdatum:</translation>
    </message>
    <message>
        <source>Add planned a&amp;udit</source>
        <translation>Geplande a&amp;udit toevoegen</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeTimeline</name>
    <message>
        <source>Certification cycle timeline</source>
        <translation>Tijdlijn van de certificatiecyclus</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
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
        <translation>Geen recente audits</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menu &amp;wissen</translation>
    </message>
</context>
<context>
    <name>isoaudit::ReportContentForm</name>
    <message>
        <source>R&amp;eport content</source>
        <translation>&amp;Inhoud van het rapport</translation>
    </message>
    <message>
        <source>%1 — remarks</source>
        <translation>%1 — opmerkingen</translation>
    </message>
    <message>
        <source>What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Every answer signing needs is given.</source>
        <translation>Wat ISO/IEC 17021-1 (9.4.8) en ISO/IEC 27006 in het rapport vereisen. Elk antwoord dat voor ondertekening nodig is, is gegeven.</translation>
    </message>
    <message numerus="yes">
        <source>What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Answers still needed before the report can be signed (marked in red): %n.</source>
        <translation>
            <numerusform>Wat ISO/IEC 17021-1 (9.4.8) en ISO/IEC 27006 in het rapport vereisen. Er ontbreekt nog %n antwoord dat nodig is voordat het rapport kan worden ondertekend (rood gemarkeerd).</numerusform>
            <numerusform>Wat ISO/IEC 17021-1 (9.4.8) en ISO/IEC 27006 in het rapport vereisen. Er ontbreken nog %n antwoorden die nodig zijn voordat het rapport kan worden ondertekend (rood gemarkeerd).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered &quot;%1&quot;: the reason is needed before the report can be signed (%2).</source>
        <translation>Beantwoord met &quot;%1&quot;: de reden is nodig voordat het rapport kan worden ondertekend (%2).</translation>
    </message>
    <message>
        <source>Not answered yet: needed before the report can be signed (%1).</source>
        <translation>Nog niet beantwoord: nodig voordat het rapport kan worden ondertekend (%1).</translation>
    </message>
</context>
<context>
    <name>isoaudit::ReportPane</name>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
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
        <translation>Papierformaat van het voorbeeld, de afdruk en de geëxporteerde PDF</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language the report is written in</source>
        <translation>Taal waarin het rapport wordt geschreven</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapporttaal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Lay out the report again from the audit (F5)</source>
        <translation>Het rapport opnieuw opmaken vanuit de audit (F5)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Passend in &amp;breedte</translation>
    </message>
    <message>
        <source>Zoom the preview to the width of the page</source>
        <translation>Het voorbeeld zoomen tot de breedte van de pagina</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>Passend in paginabreedte</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>&amp;Hele pagina</translation>
    </message>
    <message>
        <source>Zoom the preview to show whole pages</source>
        <translation>Het voorbeeld zoomen zodat hele pagina&apos;s zichtbaar zijn</translation>
    </message>
    <message>
        <source>Show whole page</source>
        <translation>Hele pagina tonen</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pagina&apos;s</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the report for signing at the closing meeting (Ctrl+P)</source>
        <translation>Het rapport afdrukken om het in de slotbijeenkomst te ondertekenen (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save the report as a PDF/A file</source>
        <translation>Het rapport opslaan als PDF/A-bestand</translation>
    </message>
    <message>
        <source>Sig&amp;n report…</source>
        <translation>Rapport &amp;ondertekenen…</translation>
    </message>
    <message>
        <source>Sign the final report with your certificate; this is how the audit becomes signed</source>
        <translation>Het definitieve rapport ondertekenen met uw certificaat; zo wordt de audit ondertekend</translation>
    </message>
    <message>
        <source>A&amp;dd signature…</source>
        <translation>Handtekening toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Add a further signature (the client&apos;s representative, a technical reviewer) to the signed report</source>
        <translation>Een extra handtekening (de vertegenwoordiger van de klant, een technisch beoordelaar) aan het ondertekende rapport toevoegen</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Rapportvoorbeeld</translation>
    </message>
    <message>
        <source>Open an audit to see its report.</source>
        <translation>Open een audit om het rapport te zien.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Voorbeeld wordt getekend…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Afdrukken geannuleerd.</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Rapport wordt afgedrukt…</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Auditrapport</translation>
    </message>
    <message>
        <source>Print Audit Report</source>
        <translation>Auditrapport afdrukken</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>Rapport verzonden naar %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exporteren geannuleerd.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wordt geschreven…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Rapport exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Rapport geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryConnectDialog</name>
    <message>
        <source>Open from the Repository</source>
        <translation>Openen uit de repository</translation>
    </message>
    <message>
        <source>Sign In to the Repository</source>
        <translation>Aanmelden bij de repository</translation>
    </message>
    <message>
        <source>The repository&apos;s address, as your certification body gives it; never with a password</source>
        <translation>Het adres van de repository, zoals uw certificatie-instelling het opgeeft; nooit met een wachtwoord</translation>
    </message>
    <message>
        <source>Your user name on the repository&apos;s server (empty: your name on this computer)</source>
        <translation>Uw gebruikersnaam op de server van de repository (leeg: uw naam op deze computer)</translation>
    </message>
    <message>
        <source>Asked for each time unless the desktop keychain keeps it; never written to a file</source>
        <translation>Wordt elke keer gevraagd, tenzij de wachtwoordkluis van de desktop het bewaart; wordt nooit in een bestand geschreven</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation>Wachtwoord &amp;onthouden in de wachtwoordkluis van de desktop</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect and list the audits you may see</source>
        <translation>Verbinding maken en de audits tonen die u mag zien</translation>
    </message>
    <message>
        <source>Audits in the repository</source>
        <translation>Audits in de repository</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
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
        <translation>Begin</translation>
    </message>
    <message>
        <source>Checked out by</source>
        <translation>Uitgecheckt door</translation>
    </message>
    <message>
        <source>C&amp;heck Out…</source>
        <translation>&amp;Uitchecken…</translation>
    </message>
    <message>
        <source>Write the chosen audit to a file on this computer for offline work, and open it</source>
        <translation>De gekozen audit naar een bestand op deze computer schrijven om offline te werken, en dat bestand openen</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address, for example postgresql://db.example.org/isoaudit.</source>
        <translation>Voer het adres van de repository in, bijvoorbeeld postgresql://db.example.org/isoaudit.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinding maken met %1…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Connected, but there is no audit you may see in this repository.</source>
        <translation>Verbonden, maar in deze repository staat geen audit die u mag zien.</translation>
    </message>
    <message>
        <source>Connect, then choose the audit to check out.</source>
        <translation>Maak verbinding en kies dan de audit die u wilt uitchecken.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryController</name>
    <message>
        <source>Check Out to a File</source>
        <translation>Uitchecken naar een bestand</translation>
    </message>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>ISO 27001-audits (*.isoaudit);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Checking out %1…</source>
        <translation>%1 uitchecken…</translation>
    </message>
    <message>
        <source>Cannot Check Out the Audit</source>
        <translation>Kan de audit niet uitchecken</translation>
    </message>
    <message>
        <source>Checked out %1 from %2</source>
        <translation>%1 uitgecheckt uit %2</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Verzenden naar %1…</translation>
    </message>
    <message>
        <source>Cannot Push the Audit</source>
        <translation>Kan de audit niet verzenden</translation>
    </message>
    <message>
        <source>%1

The repository and the file are as they were.</source>
        <translation>%1

De repository en het bestand zijn ongewijzigd.</translation>
    </message>
    <message>
        <source>Push cancelled: nothing was sent.</source>
        <translation>Verzenden geannuleerd: er is niets verzonden.</translation>
    </message>
    <message>
        <source>Not in a Repository</source>
        <translation>Niet in een repository</translation>
    </message>
    <message>
        <source>This audit is a file on this computer only. File ▸ Repository ▸ Push stores it in the repository; Open from the Repository… checks one out.</source>
        <translation>Deze audit is alleen een bestand op deze computer. Bestand ▸ Repository ▸ Verzenden slaat deze op in de repository; met Openen uit de repository… checkt u er een uit.</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Ophalen uit %1…</translation>
    </message>
    <message>
        <source>Cannot Pull the Audit</source>
        <translation>Kan de audit niet ophalen</translation>
    </message>
    <message>
        <source>%1

The file is as it was.</source>
        <translation>%1

Het bestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Ophalen</translation>
    </message>
    <message>
        <source>The server&apos;s version could not replace %1; the file is as it was.</source>
        <translation>De versie van de server kon %1 niet vervangen; het bestand is ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>Pulled the repository&apos;s version: %n new changes.</source>
        <translation>
            <numerusform>De versie uit de repository is opgehaald: %n nieuwe wijziging.</numerusform>
            <numerusform>De versie uit de repository is opgehaald: %n nieuwe wijzigingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your teams on %1…</source>
        <translation>Uw teams op %1 lezen…</translation>
    </message>
    <message>
        <source>%1

Nothing was sent; the file is as it was.</source>
        <translation>%1

Er is niets verzonden; het bestand is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryTeamDialog</name>
    <message>
        <source>Choose the Audit&apos;s Team</source>
        <translation>Team van de audit kiezen</translation>
    </message>
    <message>
        <source>This audit is new in the repository %1. Choose the team it is filed under: the repository shows it to that team&apos;s auditors only, and it stays in that team on every later push.</source>
        <translation>Deze audit is nieuw in de repository %1. Kies het team waaronder de audit wordt ondergebracht: de repository toont de audit alleen aan de auditors van dat team, en bij elke volgende verzending blijft de audit in dat team.</translation>
    </message>
    <message>
        <source>The audit of %1 is new in the repository %2. Choose the team it is filed under: the repository shows it to that team&apos;s auditors only, and it stays in that team on every later push.</source>
        <translation>De audit bij %1 is nieuw in de repository %2. Kies het team waaronder de audit wordt ondergebracht: de repository toont de audit alleen aan de auditors van dat team, en bij elke volgende verzending blijft de audit in dat team.</translation>
    </message>
    <message>
        <source>The teams you belong to in this repository</source>
        <translation>De teams in deze repository waarvan u lid bent</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message>
        <source>Store the audit in the repository under the chosen team</source>
        <translation>De audit in de repository onder het gekozen team opslaan</translation>
    </message>
</context>
<context>
    <name>isoaudit::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Terugzetten vanuit back-up</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to. The audit as it is now is kept as a backup first, so a restore can itself be undone.</source>
        <translation>Kies de back-up van %1 waarnaar u wilt teruggaan. De audit zoals deze nu is, wordt eerst als back-up bewaard, zodat het terugzetten zelf ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet.</source>
        <translation>Er zijn nog geen back-ups van %1 in %2.</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>onleesbaar: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskChecksPanel</name>
    <message>
        <source>&amp;Raise finding</source>
        <translation>Bevinding &amp;vastleggen</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>Ver&amp;werpen…</translation>
    </message>
    <message>
        <source>Cross-check results for the selected risk</source>
        <translation>Resultaten van kruiscontroles voor het geselecteerde risico</translation>
    </message>
    <message>
        <source>Create a finding from this result, with the suggested grade and evidence</source>
        <translation>Een bevinding maken van dit resultaat, met de voorgestelde classificatie en het bewijs</translation>
    </message>
    <message>
        <source>Record why this result is not a finding; the reason is kept with the audit</source>
        <translation>Vastleggen waarom dit resultaat geen bevinding is; de reden wordt bij de audit bewaard</translation>
    </message>
    <message>
        <source>Cross-checks</source>
        <translation>Kruiscontroles</translation>
    </message>
    <message>
        <source>Select a risk to see the cross-checks that concern it.</source>
        <translation>Selecteer een risico om de kruiscontroles te zien die erop betrekking hebben.</translation>
    </message>
    <message>
        <source>Cross-checks for %1</source>
        <translation>Kruiscontroles voor %1</translation>
    </message>
    <message>
        <source>No cross-check concerns %1.</source>
        <translation>Geen enkele kruiscontrole heeft betrekking op %1.</translation>
    </message>
    <message>
        <source>Suggested grade: %1</source>
        <translation>Voorgestelde classificatie: %1</translation>
    </message>
    <message>
        <source>Raised as finding %1.</source>
        <translation>Vastgelegd als bevinding %1.</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworpen: %1</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
    <message>
        <source>The cross-check result %1 is no longer open.</source>
        <translation>Het resultaat van kruiscontrole %1 staat niet meer open.</translation>
    </message>
    <message>
        <source>Raise finding %1</source>
        <translation>Bevinding %1 vastleggen</translation>
    </message>
    <message>
        <source>Dismissing a cross-check result needs a reason, which is kept with the audit.</source>
        <translation>Voor het verwerpen van een resultaat van een kruiscontrole is een reden nodig; deze wordt bij de audit bewaard.</translation>
    </message>
    <message>
        <source>Dismiss cross-check %1</source>
        <translation>Kruiscontrole %1 verwerpen</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Bevinding vastleggen</translation>
    </message>
    <message>
        <source>Finding raised from the cross-check; see Findings.</source>
        <translation>Bevinding vastgelegd uit de kruiscontrole; zie Bevindingen.</translation>
    </message>
    <message>
        <source>Dismiss cross-check</source>
        <translation>Kruiscontrole verwerpen</translation>
    </message>
    <message>
        <source>%1

Why is this not a finding? The reason is kept with the audit and shown in the report.</source>
        <translation>%1

Waarom is dit geen bevinding? De reden wordt bij de audit bewaard en in het rapport getoond.</translation>
    </message>
    <message>
        <source>Cross-check result dismissed.</source>
        <translation>Resultaat van kruiscontrole verworpen.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskMethodDialog</name>
    <message>
        <source>Client&apos;s risk method</source>
        <translation>Risicomethode van de klant</translation>
    </message>
    <message>
        <source>Method name</source>
        <translation>Naam van de methode</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Likelihood levels</source>
        <translation>Niveaus van waarschijnlijkheid</translation>
    </message>
    <message>
        <source>One label per line, lowest first (1 to 10 levels)</source>
        <translation>Eén label per regel, laagste eerst (1 tot 10 niveaus)</translation>
    </message>
    <message>
        <source>&amp;Likelihood levels
(lowest first):</source>
        <translation>Niveaus van &amp;waarschijnlijkheid
(laagste eerst):</translation>
    </message>
    <message>
        <source>Impact levels</source>
        <translation>Niveaus van impact</translation>
    </message>
    <message>
        <source>&amp;Impact levels
(lowest first):</source>
        <translation>Niveaus van &amp;impact
(laagste eerst):</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>Scoreklassen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>Klasse toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>Klasse ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Score &amp;bands:</source>
        <translation>Score&amp;klassen:</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Geen vermeld</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Acceptatiegrens</translation>
    </message>
    <message>
        <source>Scores above this need treatment</source>
        <translation>Scores hierboven moeten worden behandeld</translation>
    </message>
    <message>
        <source>Acceptance &amp;threshold:</source>
        <translation>&amp;Acceptatiegrens:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Preview of the risk matrix</source>
        <translation>Voorbeeld van de risicomatrix</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>New band</source>
        <translation>Nieuwe klasse</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Kleur van de klasse</translation>
    </message>
    <message>
        <source>Band %1: &quot;from&quot; and &quot;to&quot; must be whole scores with from ≤ to.</source>
        <translation>Klasse %1: &quot;van&quot; en &quot;tot&quot; moeten hele scores zijn met van ≤ tot.</translation>
    </message>
    <message>
        <source>Change the client&apos;s risk method</source>
        <translation>Risicomethode van de klant wijzigen</translation>
    </message>
    <message>
        <source>Risk method not saved</source>
        <translation>Risicomethode niet opgeslagen</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoreberekening</translation>
    </message>
    <message>
        <source>How the client&apos;s method turns a likelihood and an impact into a score</source>
        <translation>Hoe de methode van de klant een waarschijnlijkheid en een impact omzet in een score</translation>
    </message>
    <message>
        <source>&amp;Scoring:</source>
        <translation>&amp;Scoreberekening:</translation>
    </message>
    <message>
        <source>Score matrix</source>
        <translation>Scorematrix</translation>
    </message>
    <message>
        <source>One score per likelihood (rows, highest at the top) and impact (columns, lowest at the left)</source>
        <translation>Eén score per waarschijnlijkheid (rijen, hoogste bovenaan) en impact (kolommen, laagste links)</translation>
    </message>
    <message>
        <source>The client&apos;s score for each likelihood and impact. Type a number or press F2.</source>
        <translation>De score van de klant voor elke combinatie van waarschijnlijkheid en impact. Typ een getal of druk op F2.</translation>
    </message>
    <message>
        <source>Score &amp;matrix (likelihood ↑, impact →):</source>
        <translation>Score&amp;matrix (waarschijnlijkheid ↑, impact →):</translation>
    </message>
    <message>
        <source>Score for likelihood %1 and impact %2</source>
        <translation>Score voor waarschijnlijkheid %1 en impact %2</translation>
    </message>
    <message>
        <source>Scores run from %1 to %2.</source>
        <translation>De scores lopen van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>%1 Double-click a colour to change it.</source>
        <translation>%1 Dubbelklik op een kleur om deze te wijzigen.</translation>
    </message>
    <message>
        <source>The recorded score matrix did not fit the method (%1); cells it lacked start from other scores. Check the matrix before saving.</source>
        <translation>De vastgelegde scorematrix paste niet bij de methode (%1); cellen die erin ontbraken, zijn vooraf met andere scores ingevuld. Controleer de matrix voordat u opslaat.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskPane</name>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>I&amp;nherent risk</source>
        <translation>&amp;Inherent risico</translation>
    </message>
    <message>
        <source>Place risks by their likelihood and impact before treatment</source>
        <translation>Risico&apos;s plaatsen op hun waarschijnlijkheid en impact vóór behandeling</translation>
    </message>
    <message>
        <source>Resid&amp;ual risk</source>
        <translation>&amp;Restrisico</translation>
    </message>
    <message>
        <source>Place risks by their residual likelihood and impact after treatment</source>
        <translation>Risico&apos;s plaatsen op hun restwaarschijnlijkheid en restimpact na behandeling</translation>
    </message>
    <message>
        <source>Risk &amp;method…</source>
        <translation>Risico&amp;methode…</translation>
    </message>
    <message>
        <source>Record the client&apos;s risk method: levels, labels, bands and acceptance threshold</source>
        <translation>De risicomethode van de klant vastleggen: niveaus, labels, klassen en acceptatiegrens</translation>
    </message>
    <message>
        <source>Search ref, asset, threat, owner, control…</source>
        <translation>Zoek ref., asset, dreiging, eigenaar, beheersmaatregel…</translation>
    </message>
    <message>
        <source>Search the risk register</source>
        <translation>Het risicoregister doorzoeken</translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation>Risico &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a risk to the register</source>
        <translation>Een risico aan het register toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete risk</source>
        <translation>Risico ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete the selected risks (undoable)</source>
        <translation>De geselecteerde risico&apos;s verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Show &amp;all risks</source>
        <translation>&amp;Alle risico&apos;s tonen</translation>
    </message>
    <message>
        <source>Clear the heat-map filter (Esc)</source>
        <translation>Het heatmapfilter wissen (Esc)</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inherent risico</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risicoregister</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>No audit open.</source>
        <translation>Geen audit geopend.</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>restrisico</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>inherent risico</translation>
    </message>
    <message>
        <source>%1 risks in the register. Click a cell to filter.</source>
        <translation>%1 risico&apos;s in het register. Klik op een cel om te filteren.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 risks.</source>
        <translation>%1 van %2 risico&apos;s getoond.</translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation>Risico %1 toevoegen</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Risico toevoegen</translation>
    </message>
    <message>
        <source>Delete risk %1? You can undo this.</source>
        <translation>Risico %1 verwijderen? U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete %1 risks? You can undo this.</source>
        <translation>%1 risico&apos;s verwijderen? U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Risico verwijderen</translation>
    </message>
    <message>
        <source>Delete risk %1</source>
        <translation>Risico %1 verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 risks</source>
        <translation>%1 risico&apos;s verwijderen</translation>
    </message>
    <message>
        <source>Deleted risk %1.</source>
        <translation>Risico %1 verwijderd.</translation>
    </message>
    <message>
        <source>Deleted %1 risks.</source>
        <translation>%1 risico&apos;s verwijderd.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 risks: %3 likelihood %4, impact %5.</source>
        <translation>%1 van %2 risico&apos;s getoond: waarschijnlijkheid %4, impact %5 (%3).</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskTableModel</name>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation>Geaccepteerd door %1 op %2</translation>
    </message>
    <message>
        <source>Above the acceptance threshold (%1)</source>
        <translation>Boven de acceptatiegrens (%1)</translation>
    </message>
    <message>
        <source>Within the acceptance threshold (%1)</source>
        <translation>Binnen de acceptatiegrens (%1)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Dreiging</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Kwetsbaarheid</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Waarschijnlijkheid</translation>
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
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Beheersmaatregelen</translation>
    </message>
    <message>
        <source>Res. L</source>
        <translation>Rest-W</translation>
    </message>
    <message>
        <source>Res. I</source>
        <translation>Rest-I</translation>
    </message>
    <message>
        <source>Res. score</source>
        <translation>Restscore</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Annex A controls chosen to treat the risk, e.g. 5.15, 8.7</source>
        <translation>Beheersmaatregelen uit bijlage A gekozen om het risico te behandelen, bijv. 5.15, 8.7</translation>
    </message>
    <message>
        <source>Residual likelihood after treatment</source>
        <translation>Restwaarschijnlijkheid na behandeling</translation>
    </message>
    <message>
        <source>Residual impact after treatment</source>
        <translation>Restimpact na behandeling</translation>
    </message>
    <message>
        <source>Residual score after treatment</source>
        <translation>Restscore na behandeling</translation>
    </message>
    <message>
        <source>The risk owner has accepted the residual risk</source>
        <translation>De risico-eigenaar heeft het restrisico geaccepteerd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control; write ids such as 5.15, 8.7.</source>
        <translation>&quot;%1&quot; is geen beheersmaatregel uit bijlage A; schrijf id&apos;s zoals 5.15, 8.7.</translation>
    </message>
    <message>
        <source>Set controls of %1</source>
        <translation>Beheersmaatregelen van %1 instellen</translation>
    </message>
    <message>
        <source>Accept residual risk of %1</source>
        <translation>Restrisico van %1 accepteren</translation>
    </message>
    <message>
        <source>Withdraw acceptance of %1</source>
        <translation>Acceptatie van %1 intrekken</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 van %2 instellen</translation>
    </message>
</context>
<context>
    <name>isoaudit::SampleItemTableModel</name>
    <message numerus="yes">
        <source>%n evidence record(s) linked</source>
        <translation>
            <numerusform>%n bewijsstuk gekoppeld</numerusform>
            <numerusform>%n bewijsstukken gekoppeld</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Voorval</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Getest door</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Getest op</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample item&apos;s result; write &quot;%2&quot; or &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; is geen resultaat van een steekproefitem; schrijf &quot;%2&quot; of &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Er is geen audit geopend om te bewerken.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample item&apos;s result.</source>
        <translation>&quot;%1&quot; is geen resultaat van een steekproefitem.</translation>
    </message>
    <message>
        <source>There is no sample item in row %1.</source>
        <translation>Er is geen steekproefitem in regel %1.</translation>
    </message>
    <message>
        <source>Set result of %1</source>
        <translation>Resultaat van %1 instellen</translation>
    </message>
    <message numerus="yes">
        <source>Set result of %n sample item(s)</source>
        <translation>
            <numerusform>Resultaat van %n steekproefitem instellen</numerusform>
            <numerusform>Resultaat van %n steekproefitems instellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 van %2 instellen</translation>
    </message>
</context>
<context>
    <name>isoaudit::ServiceControlTableModel</name>
    <message numerus="yes">
        <source>%1 of %n sample item(s) have a result.</source>
        <translation>
            <numerusform>%1 van %n steekproefitem heeft een resultaat.</numerusform>
            <numerusform>%1 van de %n steekproefitems hebben een resultaat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) found.</source>
        <translation>
            <numerusform>%n afwijking gevonden.</numerusform>
            <numerusform>%n afwijkingen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A test procedure, a sample item or the design conclusion has no result yet (Testing page).</source>
        <translation>Een testprocedure, een steekproefitem of de conclusie over de opzet heeft nog geen resultaat (pagina Testen).</translation>
    </message>
    <message>
        <source>Its population is empty: the control did not operate during the period, which is never a pass.</source>
        <translation>De populatie is leeg: de beheersmaatregel is gedurende de periode niet uitgevoerd, wat nooit als geslaagd geldt.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 van %3)</translation>
    </message>
    <message>
        <source>%1  %2 (category not in scope)</source>
        <translation>%1  %2 (categorie niet binnen de scope)</translation>
    </message>
    <message>
        <source>A key control: its testing must be complete before the report (soc2.key-controls-tested)</source>
        <translation>Een kernbeheersmaatregel: het testen ervan moet vóór het rapport zijn afgerond (soc2.key-controls-tested)</translation>
    </message>
    <message>
        <source>Trust Services Criteria this control addresses. Type ids (&quot;CC6.1, CC6.2&quot;), tick them in the list, drop criteria from the tree, or select criteria and press Ctrl+M</source>
        <translation>Trust Services Criteria die deze beheersmaatregel afdekt. Typ id&apos;s (&quot;CC6.1, CC6.2&quot;), vink ze aan in de lijst, sleep criteria uit de boom, of selecteer criteria en druk op Ctrl+M</translation>
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
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getest</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Handmatig of geautomatiseerd</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Kernbeheersmaatregel</translation>
    </message>
    <message>
        <source>Where the control&apos;s testing stands, as the rules and the report read it</source>
        <translation>Hoe het testen van de beheersmaatregel ervoor staat, zoals de regels en het rapport dat lezen</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 van %2 instellen</translation>
    </message>
    <message>
        <source>A control needs a reference.</source>
        <translation>Een beheersmaatregel heeft een referentie nodig.</translation>
    </message>
    <message>
        <source>Another control already has the reference %1.</source>
        <translation>Een andere beheersmaatregel heeft al de referentie %1.</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Er is geen audit geopend om te bewerken.</translation>
    </message>
    <message>
        <source>There is no control in row %1.</source>
        <translation>Er is geen beheersmaatregel in regel %1.</translation>
    </message>
    <message>
        <source>%1 is not a Trust Services criterion.</source>
        <translation>%1 is geen criterium van de Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Set criteria of %1</source>
        <translation>Criteria van %1 instellen</translation>
    </message>
    <message>
        <source>Select the control to map the criteria to.</source>
        <translation>Selecteer de beheersmaatregel waaraan de criteria moeten worden gekoppeld.</translation>
    </message>
    <message>
        <source>Select the control to unmap the criteria from.</source>
        <translation>Selecteer de beheersmaatregel waarvan de criteria moeten worden ontkoppeld.</translation>
    </message>
    <message>
        <source>Select one or more criteria in the tree first.</source>
        <translation>Selecteer eerst een of meer criteria in de boom.</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>%1 koppelen aan %2</translation>
    </message>
    <message>
        <source>Unmap %1 from %2</source>
        <translation>%1 ontkoppelen van %2</translation>
    </message>
    <message numerus="yes">
        <source>Map %1 to %n control(s)</source>
        <translation>
            <numerusform>%1 koppelen aan %n beheersmaatregel</numerusform>
            <numerusform>%1 koppelen aan %n beheersmaatregelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmap %1 from %n control(s)</source>
        <translation>
            <numerusform>%1 ontkoppelen van %n beheersmaatregel</numerusform>
            <numerusform>%1 ontkoppelen van %n beheersmaatregelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>Beheersmaatregel %1 toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>%n test procedure(s)</source>
        <translation>
            <numerusform>%n testprocedure</numerusform>
            <numerusform>%n testprocedures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n population(s)</source>
        <translation>
            <numerusform>%n populatie</numerusform>
            <numerusform>%n populaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 item(s)</source>
        <translation>
            <numerusform>%n steekproef (items: %1)</numerusform>
            <numerusform>%n steekproeven (items: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception record(s)</source>
        <translation>
            <numerusform>%n afwijkingsregistratie</numerusform>
            <numerusform>%n afwijkingsregistraties</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the controls to delete.</source>
        <translation>Selecteer de beheersmaatregelen die u wilt verwijderen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: its population &quot;%2&quot; holds %n frozen row(s), which undo could not bring back. A control whose occurrences were imported stays in the matrix.</source>
        <translation>
            <numerusform>%1 kan niet worden verwijderd: de populatie &quot;%2&quot; bevat %n bevroren regel, die Ongedaan maken niet zou kunnen terughalen. Een beheersmaatregel waarvan de uitvoeringen zijn geïmporteerd, blijft in de matrix.</numerusform>
            <numerusform>%1 kan niet worden verwijderd: de populatie &quot;%2&quot; bevat %n bevroren regels, die Ongedaan maken niet zou kunnen terughalen. Een beheersmaatregel waarvan de uitvoeringen zijn geïmporteerd, blijft in de matrix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete control %1</source>
        <translation>Beheersmaatregel %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n control(s)</source>
        <translation>
            <numerusform>%n beheersmaatregel verwijderen</numerusform>
            <numerusform>%n beheersmaatregelen verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isoaudit::SignReportDialog</name>
    <message>
        <source>Add Signature to Signed Report</source>
        <translation>Handtekening toevoegen aan ondertekend rapport</translation>
    </message>
    <message>
        <source>Sign Report</source>
        <translation>Rapport ondertekenen</translation>
    </message>
    <message>
        <source>Blockers that prevent signing</source>
        <translation>Blokkades die ondertekening verhinderen</translation>
    </message>
    <message>
        <source>Certificate file (PKCS#12)</source>
        <translation>Certificaatbestand (PKCS#12)</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate and private key in a PKCS#12 file (.p12 or .pfx)</source>
        <translation>Het certificaat en de privésleutel van de ondertekenaar in een PKCS#12-bestand (.p12 of .pfx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Kies het certificaatbestand</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>&amp;Certificaat (PKCS#12):</translation>
    </message>
    <message>
        <source>Passphrase of the certificate file</source>
        <translation>Wachtwoordzin van het certificaatbestand</translation>
    </message>
    <message>
        <source>Used once to open the certificate file; never stored</source>
        <translation>Eenmalig gebruikt om het certificaatbestand te openen; wordt nooit opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Signed report to add a signature to</source>
        <translation>Ondertekend rapport waaraan een handtekening wordt toegevoegd</translation>
    </message>
    <message>
        <source>Choose the signed report</source>
        <translation>Kies het ondertekende rapport</translation>
    </message>
    <message>
        <source>&amp;Signed report:</source>
        <translation>&amp;Ondertekend rapport:</translation>
    </message>
    <message>
        <source>Signed PDF to write</source>
        <translation>Te schrijven ondertekende PDF</translation>
    </message>
    <message>
        <source>Choose where to save the signed PDF</source>
        <translation>Kies waar de ondertekende PDF wordt opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Opslaan &amp;als:</translation>
    </message>
    <message>
        <source>Acknowledged by the client&apos;s representative</source>
        <translation>Voor gezien getekend door de vertegenwoordiger van de klant</translation>
    </message>
    <message>
        <source>Final audit report, signed by the lead auditor</source>
        <translation>Definitief auditrapport, ondertekend door de lead auditor</translation>
    </message>
    <message>
        <source>Reason for signing</source>
        <translation>Reden van ondertekening</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Plaats van ondertekening</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Show a visible &amp;stamp (&quot;Digitally signed by … on …&quot;) on the last page</source>
        <translation>Een zichtbare &amp;stempel (&quot;Digitaal ondertekend door … op …&quot;) op de laatste pagina tonen</translation>
    </message>
    <message>
        <source>Visible signature stamp</source>
        <translation>Zichtbare handtekeningstempel</translation>
    </message>
    <message>
        <source>&amp;Add Signature</source>
        <translation>&amp;Handtekening toevoegen</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>Onder&amp;tekenen</translation>
    </message>
    <message>
        <source>Add a further signature to the signed report</source>
        <translation>Een extra handtekening aan het ondertekende rapport toevoegen</translation>
    </message>
    <message>
        <source>Render the report, sign it and record the signature in the audit</source>
        <translation>Het rapport opmaken, ondertekenen en de handtekening in de audit vastleggen</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>PDF ope&amp;nen</translation>
    </message>
    <message>
        <source>Open the signed PDF in the system&apos;s PDF viewer</source>
        <translation>De ondertekende PDF openen in de PDF-viewer van het systeem</translation>
    </message>
    <message>
        <source>%1 rev %2 signed.pdf</source>
        <translation>%1 rev %2 ondertekend.pdf</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
    <message>
        <source>Only the report of a signed audit can be countersigned; this audit is in %1.</source>
        <translation>Alleen het rapport van een ondertekende audit kan worden medeondertekend; deze audit heeft de status %1.</translation>
    </message>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Alleen een audit met de status rapportage kan worden ondertekend; deze heeft de status %1.</translation>
    </message>
    <message>
        <source>The audit is signed; a further signature can be added to its report.</source>
        <translation>De audit is ondertekend; er kan een extra handtekening aan het rapport worden toegevoegd.</translation>
    </message>
    <message>
        <source>Every rule for signing holds. Signing records the report&apos;s hash and your certificate in the audit and moves it to signed; after that the audit changes only by reopening it.</source>
        <translation>Aan elke regel voor ondertekening is voldaan. Bij ondertekening worden de hash van het rapport en uw certificaat in de audit vastgelegd en gaat de audit naar ondertekend; daarna verandert de audit alleen door deze te heropenen.</translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be signed yet: %n blocker(s) remain.</source>
        <translation>
            <numerusform>Het rapport kan nog niet worden ondertekend: er is nog %n blokkade.</numerusform>
            <numerusform>Het rapport kan nog niet worden ondertekend: er zijn nog %n blokkades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Certificate</source>
        <translation>Certificaat kiezen</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-bestanden (*.p12 *.pfx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save Signed Report</source>
        <translation>Ondertekend rapport opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Choose Signed Report</source>
        <translation>Ondertekend rapport kiezen</translation>
    </message>
    <message>
        <source>%1 countersigned.pdf</source>
        <translation>%1 medeondertekend.pdf</translation>
    </message>
    <message>
        <source>Signing is not possible yet: %1</source>
        <translation>Ondertekenen is nog niet mogelijk: %1</translation>
    </message>
    <message>
        <source>The signed report would overwrite the audit file %1.</source>
        <translation>Het ondertekende rapport zou het auditbestand %1 overschrijven.</translation>
    </message>
    <message>
        <source>The report is signed and the audit is now signed: the signed report is the record. Reopen the audit to change it.</source>
        <translation>Het rapport is ondertekend en de audit is nu ondertekend: het ondertekende rapport is de vastlegging. Heropen de audit om deze te wijzigen.</translation>
    </message>
    <message>
        <source>The signature was added to the report.</source>
        <translation>De handtekening is aan het rapport toegevoegd.</translation>
    </message>
    <message>
        <source>Preparing the report for signing…</source>
        <translation>Rapport wordt voorbereid voor ondertekening…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Signing cancelled; nothing was written.</source>
        <translation>Ondertekenen geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Bezig met ondertekenen…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Signed report written to %1.</source>
        <translation>Ondertekend rapport geschreven naar %1.</translation>
    </message>
    <message>
        <source>Signature %1: %2 — %3</source>
        <translation>Handtekening %1: %2 — %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 van het certificaat: %1</translation>
    </message>
    <message>
        <source>Whole document signed: nothing was added after the last signature.</source>
        <translation>Hele document ondertekend: na de laatste handtekening is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The report does not name the certification body, which ISO/IEC 17021-1 (9.4.8) requires: enter it in Preferences ▸ Certification body before signing.</source>
        <translation>Het rapport noemt de certificatie-instelling niet, wat ISO/IEC 17021-1 (9.4.8) vereist: vul deze vóór het ondertekenen in bij Voorkeuren ▸ Certificatie-instelling.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s report, signed by the engagement lead</source>
        <translation>Rapport van de service-auditor, ondertekend door de opdrachtleider</translation>
    </message>
    <message>
        <source>The report does not name the service auditor&apos;s firm: enter it on the Engagement page before signing.</source>
        <translation>Het rapport noemt het kantoor van de service-auditor niet: vul het in op de pagina Opdracht voordat u ondertekent.</translation>
    </message>
</context>
<context>
    <name>isoaudit::SoaPane</name>
    <message>
        <source>SoA completeness</source>
        <translation>Volledigheid van de VvT</translation>
    </message>
    <message>
        <source>Set &amp;applicability</source>
        <translation>&amp;Toepasselijkheid instellen</translation>
    </message>
    <message>
        <source>Set i&amp;mplementation</source>
        <translation>&amp;Implementatie instellen</translation>
    </message>
    <message>
        <source>Set &amp;verdict</source>
        <translation>&amp;Oordeel instellen</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Verklaring van toepasselijkheid</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Any applicability</source>
        <translation>Elke toepasselijkheid</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Elk oordeel</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Alleen &amp;problemen</translation>
    </message>
    <message>
        <source>Show only controls that break an SoA rule</source>
        <translation>Alleen beheersmaatregelen tonen die een VvT-regel schenden</translation>
    </message>
    <message>
        <source>Search id, title, justification, risk…</source>
        <translation>Zoek id, titel, rechtvaardiging, risico…</translation>
    </message>
    <message>
        <source>Search the SoA</source>
        <translation>De VvT doorzoeken</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Appli&amp;cability:</source>
        <translation>Toepasselij&amp;kheid:</translation>
    </message>
    <message>
        <source>Ver&amp;dict:</source>
        <translation>Oor&amp;deel:</translation>
    </message>
    <message>
        <source>Filter the grid by %1</source>
        <translation>Het raster filteren op %1</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Set this for every selected control in one undoable step</source>
        <translation>Dit instellen voor elke geselecteerde beheersmaatregel in één stap die ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <source>No audit open</source>
        <translation>Geen audit geopend</translation>
    </message>
    <message>
        <source>Every control is decided and every exclusion justified.</source>
        <translation>Over elke beheersmaatregel is beslist en elke uitsluiting is gerechtvaardigd.</translation>
    </message>
    <message>
        <source>Tick &quot;Problems only&quot; to list the controls that need attention.</source>
        <translation>Vink &quot;Alleen problemen&quot; aan om de beheersmaatregelen te tonen die aandacht vragen.</translation>
    </message>
    <message>
        <source>%1 controls selected:</source>
        <translation>%1 beheersmaatregelen geselecteerd:</translation>
    </message>
    <message>
        <source>Bulk edit refused</source>
        <translation>Bulkbewerking geweigerd</translation>
    </message>
    <message>
        <source>Set %1 of control %2.</source>
        <translation>%1 van beheersmaatregel %2 ingesteld.</translation>
    </message>
    <message>
        <source>Set %1 of %2 controls.</source>
        <translation>%1 van %2 beheersmaatregelen ingesteld.</translation>
    </message>
    <message>
        <source>Risks treated with this control</source>
        <translation>Risico&apos;s die met deze beheersmaatregel worden behandeld</translation>
    </message>
    <message>
        <source>Go to risk %1</source>
        <translation>Ga naar risico %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::SoaTableModel</name>
    <message>
        <source>Applicability is not decided.</source>
        <translation>Over de toepasselijkheid is niet beslist.</translation>
    </message>
    <message>
        <source>Excluded without a justification.</source>
        <translation>Uitgesloten zonder rechtvaardiging.</translation>
    </message>
    <message>
        <source>Marked not applicable, but chosen to treat: %1.</source>
        <translation>Gemarkeerd als niet van toepassing, maar gekozen voor behandeling van: %1.</translation>
    </message>
    <message>
        <source>%1/%2 decided</source>
        <translation>%1/%2 beslist</translation>
    </message>
    <message>
        <source> · 1 exclusion unjustified</source>
        <translation> · 1 uitsluiting niet onderbouwd</translation>
    </message>
    <message>
        <source> · %1 exclusions unjustified</source>
        <translation> · %1 uitsluitingen niet onderbouwd</translation>
    </message>
    <message>
        <source> · 1 exclusion used by a risk treatment</source>
        <translation> · 1 uitsluiting in risicobehandeling</translation>
    </message>
    <message>
        <source> · %1 exclusions used by risk treatments</source>
        <translation> · %1 uitsluitingen in risicobehandeling</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen to treat: %1</source>
        <translation>Gekozen voor behandeling van: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Van toepassing</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Rechtvaardiging</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementatie</translation>
    </message>
    <message>
        <source>Client ref.</source>
        <translation>Ref. klant</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>The client&apos;s own reference for the control (policy or procedure)</source>
        <translation>De eigen referentie van de klant voor de beheersmaatregel (beleid of procedure)</translation>
    </message>
    <message>
        <source>Risks whose treatment names this control; double-click to go to one</source>
        <translation>Risico&apos;s waarvan de behandeling deze beheersmaatregel noemt; dubbelklik om ernaartoe te gaan</translation>
    </message>
    <message>
        <source>The auditor&apos;s verdict on the control</source>
        <translation>Het oordeel van de auditor over de beheersmaatregel</translation>
    </message>
    <message>
        <source>Evidence records linked to this control</source>
        <translation>Bewijsregistraties gekoppeld aan deze beheersmaatregel</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 van %2 instellen</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Deze kolom kan niet worden bewerkt.</translation>
    </message>
    <message>
        <source>Set %1 of one control</source>
        <translation>%1 van één beheersmaatregel instellen</translation>
    </message>
    <message>
        <source>Set %1 of %2 controls</source>
        <translation>%1 van %2 beheersmaatregelen instellen</translation>
    </message>
</context>
<context>
    <name>isoaudit::Soc2OverviewPane</name>
    <message>
        <source>Lifecycle and opinion</source>
        <translation>Levenscyclus en oordeel</translation>
    </message>
    <message>
        <source>Exceptions &amp;&amp; &amp;Opinion…</source>
        <translation>Afwijkingen &amp;&amp; &amp;oordeel…</translation>
    </message>
    <message>
        <source>Form and record the opinion on the Exceptions &amp; Opinion page</source>
        <translation>Het oordeel vormen en vastleggen op de pagina Afwijkingen &amp; oordeel</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Service organization:</source>
        <translation>Serviceorganisatie:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Systeem:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorieën:</translation>
    </message>
    <message>
        <source>Service auditor:</source>
        <translation>Service-auditor:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Report no.:</source>
        <translation>Rapportnr.:</translation>
    </message>
    <message>
        <source>&amp;Edit on the Engagement page…</source>
        <translation>&amp;Bewerken op de pagina Opdracht…</translation>
    </message>
    <message>
        <source>The service organization, the system, the period, the categories, the system description, subservice organizations and CUECs</source>
        <translation>De serviceorganisatie, het systeem, de periode, de categorieën, de systeembeschrijving, subserviceorganisaties en CUEC&apos;s</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Criteria addressed</source>
        <translation>Afgedekte criteria</translation>
    </message>
    <message>
        <source>&amp;Criteria &amp;&amp; Controls…</source>
        <translation>&amp;Criteria &amp;&amp; beheersmaatregelen…</translation>
    </message>
    <message>
        <source>Criteria in scope that at least one control in the matrix addresses</source>
        <translation>Criteria binnen de scope die door ten minste één beheersmaatregel in de matrix worden afgedekt</translation>
    </message>
    <message>
        <source>Controls tested</source>
        <translation>Geteste beheersmaatregelen</translation>
    </message>
    <message>
        <source>&amp;Testing…</source>
        <translation>&amp;Testen…</translation>
    </message>
    <message>
        <source>Controls whose tests and sample items all have a result</source>
        <translation>Beheersmaatregelen waarvan alle testen en steekproefitems een resultaat hebben</translation>
    </message>
    <message>
        <source>Sample items tested</source>
        <translation>Geteste steekproefitems</translation>
    </message>
    <message>
        <source>Te&amp;sting…</source>
        <translation>Te&amp;sten…</translation>
    </message>
    <message>
        <source>Sample items with a result, over all samples drawn</source>
        <translation>Steekproefitems met een resultaat, over alle getrokken steekproeven</translation>
    </message>
    <message>
        <source>Exceptions assessed</source>
        <translation>Beoordeelde afwijkingen</translation>
    </message>
    <message>
        <source>E&amp;xceptions…</source>
        <translation>&amp;Afwijkingen…</translation>
    </message>
    <message>
        <source>Controls with deviations whose nature, pattern and management&apos;s response are recorded</source>
        <translation>Beheersmaatregelen met afwijkingen waarvan de aard, het patroon en de reactie van het management zijn vastgelegd</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 tot en met %3</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — per %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>engagement lead</source>
        <translation>opdrachtleider</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>Criteria not met: %1</source>
        <translation>Criteria waaraan niet is voldaan: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>without a control: %1%2</source>
        <translation>zonder beheersmaatregel: %1%2</translation>
    </message>
    <message>
        <source>with exceptions: %1, not occurring: %2</source>
        <translation>met afwijkingen: %1, niet voorgekomen: %2</translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>Nog geen steekproef getrokken</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 to test)</source>
        <translation>%1 van %2 (%3 nog te testen)</translation>
    </message>
    <message>
        <source>No deviations recorded</source>
        <translation>Geen afwijkingen vastgelegd</translation>
    </message>
    <message>
        <source>%1 of %2 controls with deviations</source>
        <translation>%1 van %2 beheersmaatregelen met afwijkingen</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Afgedekt</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Beheersmaatregelen</translation>
    </message>
    <message>
        <source>With exceptions</source>
        <translation>Met afwijkingen</translation>
    </message>
    <message>
        <source>Criteria and controls by trust services category</source>
        <translation>Criteria en beheersmaatregelen per trust services-categorie</translation>
    </message>
    <message>
        <source>Controls that need attention</source>
        <translation>Beheersmaatregelen die aandacht vragen</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Beheersmaatregel</translation>
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
        <translation>Beheersmaatregelen die nog niet getest zijn, afwijkingen hebben of niet zijn voorgekomen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the control on the Testing page</source>
        <translation>Dubbelklik of druk op Enter om de beheersmaatregel op de pagina Testen te openen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 van %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items with a result)</source>
        <translation>%1 (%2 van %3 elementen met een resultaat)</translation>
    </message>
</context>
<context>
    <name>isoaudit::SubserviceTableModel</name>
    <message>
        <source>%1: the subservice organization&apos;s controls are part of the description and the tests.</source>
        <translation>%1: de beheersmaatregelen van de subserviceorganisatie maken deel uit van de beschrijving en de testen.</translation>
    </message>
    <message>
        <source>%1: the subservice organization&apos;s controls are left out of the description and the tests; its CSOCs are listed in Sections I and III.</source>
        <translation>%1: de beheersmaatregelen van de subserviceorganisatie zijn buiten de beschrijving en de testen gelaten; de CSOC&apos;s ervan worden vermeld in de secties I en III.</translation>
    </message>
    <message>
        <source>Complementary subservice-organization controls: the controls the service organization assumes the subservice organization operates</source>
        <translation>Complementaire beheersmaatregelen bij de subserviceorganisatie: de beheersmaatregelen waarvan de serviceorganisatie veronderstelt dat de subserviceorganisatie ze uitvoert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>CSOCs</source>
        <translation>CSOC&apos;s</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>New subservice organization</source>
        <translation>Nieuwe subserviceorganisatie</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Er is geen audit geopend om te bewerken.</translation>
    </message>
    <message>
        <source>Add subservice organization %1</source>
        <translation>Subserviceorganisatie %1 toevoegen</translation>
    </message>
    <message>
        <source>Rename subservice organization %1</source>
        <translation>Subserviceorganisatie %1 hernoemen</translation>
    </message>
    <message>
        <source>Set services of %1</source>
        <translation>Diensten van %1 instellen</translation>
    </message>
    <message>
        <source>Set method of %1</source>
        <translation>Methode van %1 instellen</translation>
    </message>
    <message>
        <source>Set CSOCs of %1</source>
        <translation>CSOC&apos;s van %1 instellen</translation>
    </message>
</context>
<context>
    <name>isoaudit::SystemDescriptionForm</name>
    <message>
        <source>System description</source>
        <translation>Systeembeschrijving</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>The services the system provides to user entities</source>
        <translation>De diensten die het systeem aan gebruikersorganisaties levert</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructuur</translation>
    </message>
    <message>
        <source>Physical and virtual infrastructure, networks, hosting</source>
        <translation>Fysieke en virtuele infrastructuur, netwerken, hosting</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Applications, system software and supporting tools</source>
        <translation>Applicaties, systeemsoftware en ondersteunende tools</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Who operates, governs and supports the system</source>
        <translation>Wie het systeem beheert, aanstuurt en ondersteunt</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>The automated and manual procedures of the system</source>
        <translation>De geautomatiseerde en handmatige procedures van het systeem</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>The data the system collects, processes and produces</source>
        <translation>De gegevens die het systeem verzamelt, verwerkt en produceert</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Systeemgrenzen</translation>
    </message>
    <message>
        <source>What the system includes and what it leaves out (carved-out parts)</source>
        <translation>Wat het systeem omvat en wat erbuiten valt (via de carve-out-methode uitgesloten delen)</translation>
    </message>
    <message>
        <source>Management&apos;s assertion</source>
        <translation>Bewering van het management</translation>
    </message>
    <message>
        <source>Management&apos;s own words, printed as Section II of the report</source>
        <translation>De eigen woorden van het management, opgenomen als sectie II van het rapport</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdatum</translation>
    </message>
    <message>
        <source>The date of the service auditor&apos;s report</source>
        <translation>De datum van het rapport van de service-auditor</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>&amp;Report date:</source>
        <translation>&amp;Rapportdatum:</translation>
    </message>
    <message>
        <source>Intended users</source>
        <translation>Beoogde gebruikers</translation>
    </message>
    <message>
        <source>Who the report is meant for (the restricted-use paragraph)</source>
        <translation>Voor wie het rapport is bedoeld (de paragraaf over de beperking in gebruik)</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Beoogde gebruikers:</translation>
    </message>
</context>
<context>
    <name>isoaudit::TagEdit</name>
    <message>
        <source>Clauses and controls, e.g. 9.2.2, A.5.15 (type an id or a word of the title)</source>
        <translation>Clausules en beheersmaatregelen, bijv. 9.2.2, A.5.15 (typ een id of een woord uit de titel)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2.</source>
        <translation>&quot;%1&quot; is geen beheersmaatregel uit bijlage A van %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a clause nor an Annex A control of %2.</source>
        <translation>&quot;%1&quot; is geen clausule en geen beheersmaatregel uit bijlage A van %2.</translation>
    </message>
    <message>
        <source>Clause %1 %2</source>
        <translation>Clausule %1 %2</translation>
    </message>
    <message>
        <source>Control A.%1 %2</source>
        <translation>Beheersmaatregel A.%1 %2</translation>
    </message>
    <message>
        <source>The clauses and Annex A controls covered. Type an id (9.2.2, A.5.15) or a word of a title, separate tags with commas, press Enter to apply.</source>
        <translation>De behandelde clausules en beheersmaatregelen uit bijlage A. Typ een id (9.2.2, A.5.15) of een woord uit een titel, scheid tags met komma&apos;s en druk op Enter om toe te passen.</translation>
    </message>
    <message>
        <source>Clauses and controls covered</source>
        <translation>Behandelde clausules en beheersmaatregelen</translation>
    </message>
</context>
<context>
    <name>isoaudit::TeamController</name>
    <message>
        <source>Give a Copy to a Team Member</source>
        <translation>Kopie aan een teamlid geven</translation>
    </message>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>ISO 27001-audits (*.isoaudit);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Wrote %1&apos;s copy to %2</source>
        <translation>Kopie voor %1 geschreven naar %2</translation>
    </message>
    <message>
        <source>Merge a Team Member&apos;s Copy</source>
        <translation>Kopie van een teamlid samenvoegen</translation>
    </message>
    <message>
        <source>Cannot Merge the Copy</source>
        <translation>Kan de kopie niet samenvoegen</translation>
    </message>
    <message>
        <source>This is the open audit itself, not a team member&apos;s copy of it.</source>
        <translation>Dit is de geopende audit zelf, niet de kopie van een teamlid.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>%1 cannot be merged.

%2</source>
        <translation>%1 kan niet worden samengevoegd.

%2</translation>
    </message>
    <message>
        <source>Nothing to Merge</source>
        <translation>Niets om samen te voegen</translation>
    </message>
    <message>
        <source>Everything in this copy is already merged.</source>
        <translation>Alles in deze kopie is al samengevoegd.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Samenvoegen met %1</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n toegevoegd</numerusform>
            <numerusform>%n toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n gewijzigd</numerusform>
            <numerusform>%n gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict resolved</source>
        <translation>
            <numerusform>%n conflict opgelost</numerusform>
            <numerusform>%n conflicten opgelost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%n conflict opgelost</numerusform>
            <numerusform>%n conflicten opgelost</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1: %2.</source>
        <translation>Samengevoegd met %1: %2.</translation>
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
        <translation>Methode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Attributes tested</source>
        <translation>Geteste kenmerken</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Result note</source>
        <translation>Toelichting bij resultaat</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Uitgevoerd door</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Er is geen audit geopend om te bewerken.</translation>
    </message>
    <message>
        <source>Select a control before adding a test procedure.</source>
        <translation>Selecteer een beheersmaatregel voordat u een testprocedure toevoegt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test method.</source>
        <translation>&quot;%1&quot; is geen testmethode.</translation>
    </message>
    <message>
        <source>Add %1 test procedure to %2</source>
        <translation>Testprocedure (%1) toevoegen aan %2</translation>
    </message>
    <message>
        <source>Select the test procedure to remove.</source>
        <translation>Selecteer de testprocedure die u wilt verwijderen.</translation>
    </message>
    <message>
        <source>Remove %1 test procedure from %2</source>
        <translation>Testprocedure (%1) verwijderen uit %2</translation>
    </message>
    <message>
        <source>Set %1 of a test procedure of %2</source>
        <translation>%1 van een testprocedure van %2 instellen</translation>
    </message>
</context>
<context>
    <name>isoaudit::TestingPane</name>
    <message>
        <source>&amp;Draw sample</source>
        <translation>Steekproef &amp;trekken</translation>
    </message>
    <message>
        <source>&amp;Replace item…</source>
        <translation>Item &amp;vervangen…</translation>
    </message>
    <message>
        <source>Re-draw &amp;check</source>
        <translation>Controle door &amp;hertrekking</translation>
    </message>
    <message>
        <source>Record the &amp;check</source>
        <translation>&amp;Controle vastleggen</translation>
    </message>
    <message>
        <source>&amp;Import population…</source>
        <translation>Populatie &amp;importeren…</translation>
    </message>
    <message>
        <source>Pre&amp;view rows</source>
        <translation>Regels &amp;bekijken</translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation>Procedure verwijderen</translation>
    </message>
    <message>
        <source>Set design conclusion of %1</source>
        <translation>Conclusie over de opzet van %1 instellen</translation>
    </message>
    <message>
        <source>Set design note of %1</source>
        <translation>Toelichting bij de opzet van %1 instellen</translation>
    </message>
    <message>
        <source>Filter controls…</source>
        <translation>Beheersmaatregelen filteren…</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Beheersmaatregelen filteren</translation>
    </message>
    <message>
        <source>Shows the controls whose ref, title or status contain this text (Ctrl+F)</source>
        <translation>Toont de beheersmaatregelen waarvan de ref., titel of status deze tekst bevat (Ctrl+F)</translation>
    </message>
    <message>
        <source>Controls to test</source>
        <translation>Te testen beheersmaatregelen</translation>
    </message>
    <message>
        <source>Click a control or press Enter on it to test its sample</source>
        <translation>Klik op een beheersmaatregel of selecteer deze en druk op Enter om de steekproef ervan te testen</translation>
    </message>
    <message>
        <source>Sample items tested in the engagement</source>
        <translation>Geteste steekproefitems in de opdracht</translation>
    </message>
    <message>
        <source>Testing progress of the engagement</source>
        <translation>Testvoortgang van de opdracht</translation>
    </message>
    <message>
        <source>Control under test</source>
        <translation>Beheersmaatregel die wordt getest</translation>
    </message>
    <message>
        <source>Sample items of the control tested</source>
        <translation>Geteste steekproefitems van de beheersmaatregel</translation>
    </message>
    <message>
        <source>Testing progress of the control</source>
        <translation>Testvoortgang van de beheersmaatregel</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Steekproef</translation>
    </message>
    <message>
        <source>Sample size override</source>
        <translation>Afwijkende steekproefgrootte</translation>
    </message>
    <message>
        <source>Leave at &quot;Firm&apos;s policy&quot; to draw the size the firm&apos;s sampling policy gives; another size needs a reason</source>
        <translation>Laat op &quot;Beleid van het kantoor&quot; staan om de grootte te trekken die het steekproefbeleid van het kantoor aangeeft; een andere grootte vereist een reden</translation>
    </message>
    <message>
        <source>Firm&apos;s policy</source>
        <translation>Beleid van het kantoor</translation>
    </message>
    <message>
        <source>Reason for the sample size</source>
        <translation>Reden voor de steekproefgrootte</translation>
    </message>
    <message>
        <source>Reason for another size</source>
        <translation>Reden voor een andere grootte</translation>
    </message>
    <message>
        <source>Why the sample differs from the firm&apos;s policy; kept with the sample</source>
        <translation>Waarom de steekproef afwijkt van het beleid van het kantoor; wordt bij de steekproef bewaard</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>Steekproef trekken</translation>
    </message>
    <message>
        <source>Draw the control&apos;s sample from its population with a new seed (Undo removes it)</source>
        <translation>De steekproef van de beheersmaatregel uit de populatie trekken met een nieuwe startwaarde (Ongedaan maken verwijdert deze)</translation>
    </message>
    <message>
        <source>Replace item</source>
        <translation>Item vervangen</translation>
    </message>
    <message>
        <source>Replace the current item of the grid by one from the same month; asks for the reason (an item with a result is not replaced)</source>
        <translation>Het huidige item in het raster vervangen door een item uit dezelfde maand; vraagt om de reden (een item met een resultaat wordt niet vervangen)</translation>
    </message>
    <message>
        <source>Re-draw check</source>
        <translation>Controle door hertrekking</translation>
    </message>
    <message>
        <source>Draw again from the stored population and seed, and compare with the items</source>
        <translation>Opnieuw trekken uit de opgeslagen populatie en startwaarde, en vergelijken met de items</translation>
    </message>
    <message>
        <source>Outcome of the re-draw check</source>
        <translation>Uitkomst van de controle door hertrekking</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Grootte:</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Populatie</translation>
    </message>
    <message>
        <source>The control&apos;s population shown here and sampled</source>
        <translation>De populatie van de beheersmaatregel die hier wordt getoond en waaruit de steekproef wordt getrokken</translation>
    </message>
    <message>
        <source>Population rows</source>
        <translation>Populatieregels</translation>
    </message>
    <message>
        <source>Period coverage</source>
        <translation>Dekking van de periode</translation>
    </message>
    <message>
        <source>SHA-256 of the sampling frame</source>
        <translation>SHA-256 van de selectiebasis</translation>
    </message>
    <message>
        <source>The SHA-256 of the sampling frame, as the report prints it: select and copy it</source>
        <translation>De SHA-256 van de selectiebasis, zoals het rapport die vermeldt: selecteer en kopieer deze</translation>
    </message>
    <message>
        <source>How completeness and accuracy were checked</source>
        <translation>Hoe de volledigheid en juistheid zijn gecontroleerd</translation>
    </message>
    <message>
        <source>How the list was checked for completeness and accuracy (reconciled to …)</source>
        <translation>Hoe de lijst op volledigheid en juistheid is gecontroleerd (aangesloten op …)</translation>
    </message>
    <message>
        <source>Completeness and accuracy checked by</source>
        <translation>Volledigheid en juistheid gecontroleerd door</translation>
    </message>
    <message>
        <source>Completeness and accuracy checked on</source>
        <translation>Volledigheid en juistheid gecontroleerd op</translation>
    </message>
    <message>
        <source>Record the completeness and accuracy check</source>
        <translation>De controle op volledigheid en juistheid vastleggen</translation>
    </message>
    <message>
        <source>Record how, by whom and when the list was checked (one undo step)</source>
        <translation>Vastleggen hoe, door wie en wanneer de lijst is gecontroleerd (één stap voor Ongedaan maken)</translation>
    </message>
    <message>
        <source>Import population</source>
        <translation>Populatie importeren</translation>
    </message>
    <message>
        <source>Import the client&apos;s list of the control&apos;s occurrences from CSV or XLSX (Undo removes it)</source>
        <translation>De lijst van de klant met de uitvoeringen van de beheersmaatregel importeren uit CSV of XLSX (Ongedaan maken verwijdert deze)</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>Regels bekijken</translation>
    </message>
    <message>
        <source>Show the population&apos;s frozen rows, read page by page as you scroll</source>
        <translation>De bevroren regels van de populatie tonen, pagina voor pagina ingelezen terwijl u scrolt</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Populatie:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Regels:</translation>
    </message>
    <message>
        <source>Period coverage:</source>
        <translation>Dekking van de periode:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Completeness and accuracy:</source>
        <translation>Volledigheid en juistheid:</translation>
    </message>
    <message>
        <source>Checked by, on:</source>
        <translation>Gecontroleerd door, op:</translation>
    </message>
    <message>
        <source>Test procedures</source>
        <translation>Testprocedures</translation>
    </message>
    <message>
        <source>&amp;Add procedure</source>
        <translation>Proce&amp;dure toevoegen</translation>
    </message>
    <message>
        <source>Add test procedure</source>
        <translation>Testprocedure toevoegen</translation>
    </message>
    <message>
        <source>Add a test procedure; the arrow chooses the method (inspection by default)</source>
        <translation>Een testprocedure toevoegen; de pijl kiest de methode (standaard inspectie)</translation>
    </message>
    <message>
        <source>Remove test procedure</source>
        <translation>Testprocedure verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected test procedure (Undo brings it back)</source>
        <translation>De geselecteerde testprocedure verwijderen (Ongedaan maken haalt deze terug)</translation>
    </message>
    <message>
        <source>Design conclusion</source>
        <translation>Conclusie over de opzet</translation>
    </message>
    <message>
        <source>A Type 1 report&apos;s conclusion on the control&apos;s design</source>
        <translation>De conclusie van een Type 1-rapport over de opzet van de beheersmaatregel</translation>
    </message>
    <message>
        <source>Design note</source>
        <translation>Toelichting bij de opzet</translation>
    </message>
    <message>
        <source>Why the design is or is not suitable</source>
        <translation>Waarom de opzet wel of niet passend is</translation>
    </message>
    <message>
        <source>Desi&amp;gn:</source>
        <translation>&amp;Opzet:</translation>
    </message>
    <message>
        <source>Press Preview rows on the Population tab to read the rows.</source>
        <translation>Druk op Regels bekijken op het tabblad Populatie om de regels te lezen.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Getoonde regels</translation>
    </message>
    <message>
        <source>Sample, population and procedures</source>
        <translation>Steekproef, populatie en procedures</translation>
    </message>
    <message>
        <source>Sample items</source>
        <translation>Steekproefitems</translation>
    </message>
    <message>
        <source>P: no exception and next · E: exception and next · Delete: clear · Ctrl+D: fill down · Ctrl+V: paste a column · Enter: edit the note · drop files on an item to attach them</source>
        <translation>P: geen afwijking en volgende · E: afwijking en volgende · Delete: wissen · Ctrl+D: naar beneden vullen · Ctrl+V: een kolom plakken · Enter: de notitie bewerken · sleep bestanden naar een item om ze bij te voegen</translation>
    </message>
    <message>
        <source>Keys of the sample grid</source>
        <translation>Toetsen van het steekproefraster</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; %1 · &lt;b&gt;E&lt;/b&gt; %2, each then the next item · &lt;b&gt;Delete&lt;/b&gt; clear · &lt;b&gt;Ctrl+D&lt;/b&gt; fill down · &lt;b&gt;Ctrl+V&lt;/b&gt; paste a column · &lt;b&gt;Enter&lt;/b&gt; note · drop files on an item to attach them</source>
        <translation>&lt;b&gt;P&lt;/b&gt; %1 · &lt;b&gt;E&lt;/b&gt; %2, telkens gevolgd door het volgende item · &lt;b&gt;Delete&lt;/b&gt; wissen · &lt;b&gt;Ctrl+D&lt;/b&gt; naar beneden vullen · &lt;b&gt;Ctrl+V&lt;/b&gt; een kolom plakken · &lt;b&gt;Enter&lt;/b&gt; notitie · sleep bestanden naar een item om ze bij te voegen</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample item(s) tested, %2 with an exception</source>
        <translation>
            <numerusform>%1 van %n steekproefitem getest, %2 met een afwijking</numerusform>
            <numerusform>%1 van %n steekproefitems getest, %2 met een afwijking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) concluded</source>
        <translation>
            <numerusform>%1 van %n beheersmaatregel afgerond</numerusform>
            <numerusform>%1 van %n beheersmaatregelen afgerond</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>Nog geen steekproef getrokken</translation>
    </message>
    <message numerus="yes">
        <source>%1 tested · %2 to test · %n exception(s)</source>
        <translation>
            <numerusform>%1 getest · %2 nog te testen · %n afwijking</numerusform>
            <numerusform>%1 getest · %2 nog te testen · %n afwijkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>This audit has no SOC 2 controls to test.</source>
        <translation>Deze audit heeft geen SOC 2-beheersmaatregelen om te testen.</translation>
    </message>
    <message>
        <source>Select a control to test.</source>
        <translation>Selecteer een beheersmaatregel om te testen.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Er is geen audit geopend.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No population imported yet: use Import population…</source>
        <translation>Nog geen populatie geïmporteerd: gebruik Populatie importeren…</translation>
    </message>
    <message>
        <source>%1 rows, %2 outside the period, %3 in the sampling frame</source>
        <translation>%1 regels, %2 buiten de periode, %3 in de selectiebasis</translation>
    </message>
    <message>
        <source>The population is empty: the control did not operate during the period.</source>
        <translation>De populatie is leeg: de beheersmaatregel is gedurende de periode niet uitgevoerd.</translation>
    </message>
    <message>
        <source>From %1, imported by %2 on %3</source>
        <translation>Uit %1, geïmporteerd door %2 op %3</translation>
    </message>
    <message>
        <source>Rows dated %1 to %2</source>
        <translation>Regels gedateerd van %1 tot en met %2</translation>
    </message>
    <message>
        <source>the period is %1 to %2</source>
        <translation>de periode loopt van %1 tot en met %2</translation>
    </message>
    <message>
        <source>The rows do not reach a month of the period&apos;s start or end: check that the list is complete.</source>
        <translation>De regels reiken niet tot binnen een maand van het begin of het einde van de periode: controleer of de lijst volledig is.</translation>
    </message>
    <message>
        <source>Import the control&apos;s population first (Population tab): the sample is drawn from it.</source>
        <translation>Importeer eerst de populatie van de beheersmaatregel (tabblad Populatie): de steekproef wordt daaruit getrokken.</translation>
    </message>
    <message>
        <source>The population has no occurrence in the period: the control did not operate, and no sample is drawn.</source>
        <translation>De populatie heeft geen uitvoering in de periode: de beheersmaatregel is niet uitgevoerd en er wordt geen steekproef getrokken.</translation>
    </message>
    <message numerus="yes">
        <source>No sample drawn yet from %1 (%n occurrence(s) in the period).</source>
        <translation>
            <numerusform>Nog geen steekproef getrokken uit %1 (%n uitvoering in de periode).</numerusform>
            <numerusform>Nog geen steekproef getrokken uit %1 (%n uitvoeringen in de periode).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 occurrences in the period</source>
        <translation>%1 van %2 uitvoeringen in de periode</translation>
    </message>
    <message>
        <source>Firm&apos;s sampling policy (%1): %2</source>
        <translation>Steekproefbeleid van het kantoor (%1): %2</translation>
    </message>
    <message>
        <source>Size set by the auditor: %1 instead of %2. Reason: %3</source>
        <translation>Grootte vastgesteld door de auditor: %1 in plaats van %2. Reden: %3</translation>
    </message>
    <message>
        <source>Seed %1 · method %2</source>
        <translation>Startwaarde %1 · methode %2</translation>
    </message>
    <message>
        <source>Drawn by %1 on %2</source>
        <translation>Getrokken door %1 op %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) replaced</source>
        <translation>
            <numerusform>%n item vervangen</numerusform>
            <numerusform>%n items vervangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the control the population belongs to.</source>
        <translation>Selecteer de beheersmaatregel waartoe de populatie behoort.</translation>
    </message>
    <message>
        <source>Importing %1 for %2…</source>
        <translation>%1 importeren voor %2…</translation>
    </message>
    <message>
        <source>Importing the population</source>
        <translation>De populatie wordt geïmporteerd</translation>
    </message>
    <message>
        <source>Import population %1 for %2</source>
        <translation>Populatie %1 importeren voor %2</translation>
    </message>
    <message>
        <source>Population %1 has a sample drawn from it (seed %2); remove the sample before the population.</source>
        <translation>Uit populatie %1 is een steekproef getrokken (startwaarde %2); verwijder de steekproef vóór de populatie.</translation>
    </message>
    <message>
        <source>Imported %1 rows into population %2 (%3 outside the period).</source>
        <translation>%1 regels geïmporteerd in populatie %2 (%3 buiten de periode).</translation>
    </message>
    <message>
        <source>Outside the period: %1.</source>
        <translation>Buiten de periode: %1.</translation>
    </message>
    <message>
        <source>The control has no population to record the check for.</source>
        <translation>De beheersmaatregel heeft geen populatie waarvoor de controle kan worden vastgelegd.</translation>
    </message>
    <message>
        <source>Set completeness and accuracy of population %1</source>
        <translation>Volledigheid en juistheid van populatie %1 instellen</translation>
    </message>
    <message>
        <source>The control has no population yet.</source>
        <translation>De beheersmaatregel heeft nog geen populatie.</translation>
    </message>
    <message>
        <source>%1: %2 rows, read as you scroll</source>
        <translation>%1: %2 regels, ingelezen terwijl u scrolt</translation>
    </message>
    <message>
        <source>Select the control to draw a sample for.</source>
        <translation>Selecteer de beheersmaatregel waarvoor een steekproef moet worden getrokken.</translation>
    </message>
    <message>
        <source>Control %1 has no population to draw from: import it first.</source>
        <translation>Beheersmaatregel %1 heeft geen populatie om uit te trekken: importeer deze eerst.</translation>
    </message>
    <message>
        <source>A sample size other than the firm&apos;s policy needs a reason: write it beside the size.</source>
        <translation>Een andere steekproefgrootte dan volgens het beleid van het kantoor vereist een reden: vul deze in naast de grootte.</translation>
    </message>
    <message>
        <source>Draw sample of %1</source>
        <translation>Steekproef van %1 trekken</translation>
    </message>
    <message numerus="yes">
        <source>Drew %n item(s) for %1.</source>
        <translation>
            <numerusform>%n item getrokken voor %1.</numerusform>
            <numerusform>%n items getrokken voor %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item is replaced only with a reason on record.</source>
        <translation>Een item wordt alleen vervangen als er een reden is vastgelegd.</translation>
    </message>
    <message>
        <source>Replace %1 in the sample of %2</source>
        <translation>%1 in de steekproef van %2 vervangen</translation>
    </message>
    <message>
        <source>Select the item to replace in the grid.</source>
        <translation>Selecteer in het raster het item dat u wilt vervangen.</translation>
    </message>
    <message>
        <source>Why is %1 replaced? (kept with the sample)</source>
        <translation>Waarom wordt %1 vervangen? (wordt bij de steekproef bewaard)</translation>
    </message>
    <message numerus="yes">
        <source>Re-draw check passed: seed %1 draws the same %n item(s).</source>
        <translation>
            <numerusform>Controle door hertrekking geslaagd: startwaarde %1 trekt hetzelfde %n item.</numerusform>
            <numerusform>Controle door hertrekking geslaagd: startwaarde %1 trekt dezelfde %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-draw check failed: %1</source>
        <translation>Controle door hertrekking mislukt: %1</translation>
    </message>
    <message>
        <source>Select the sample item to mark.</source>
        <translation>Selecteer het steekproefitem dat u wilt markeren.</translation>
    </message>
    <message>
        <source>Select the sample items whose results to clear.</source>
        <translation>Selecteer de steekproefitems waarvan u de resultaten wilt wissen.</translation>
    </message>
    <message>
        <source>Select the cell to fill down from.</source>
        <translation>Selecteer de cel waarvandaan u naar beneden wilt vullen.</translation>
    </message>
    <message>
        <source>Select the rows below to fill (Shift+Down), then press Ctrl+D.</source>
        <translation>Selecteer de regels eronder die u wilt vullen (Shift+Down) en druk dan op Ctrl+D.</translation>
    </message>
    <message numerus="yes">
        <source>Fill note down into %n sample item(s)</source>
        <translation>
            <numerusform>Notitie naar beneden vullen in %n steekproefitem</numerusform>
            <numerusform>Notitie naar beneden vullen in %n steekproefitems</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the first sample item to paste into.</source>
        <translation>Selecteer het eerste steekproefitem waarin u wilt plakken.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Het klembord bevat geen tekst om te plakken.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted column has %n row(s), more than the items from the current one down (%1); nothing was pasted.</source>
        <translation>
            <numerusform>De geplakte kolom heeft %n regel, meer dan de items vanaf het huidige naar beneden (%1); er is niets geplakt.</numerusform>
            <numerusform>De geplakte kolom heeft %n regels, meer dan de items vanaf het huidige naar beneden (%1); er is niets geplakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of the pasted text (%2): &quot;%3&quot; is not a sample item&apos;s result; write &quot;%4&quot; or &quot;%5&quot;. Nothing was pasted.</source>
        <translation>Regel %1 van de geplakte tekst (%2): &quot;%3&quot; is geen resultaat van een steekproefitem; schrijf &quot;%4&quot; of &quot;%5&quot;. Er is niets geplakt.</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n sample item(s)</source>
        <translation>
            <numerusform>In %n steekproefitem plakken</numerusform>
            <numerusform>In %n steekproefitems plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop the files on a sample item.</source>
        <translation>Sleep de bestanden naar een steekproefitem.</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) to %1</source>
        <translation>
            <numerusform>%n bestand bijvoegen bij %1</numerusform>
            <numerusform>%n bestanden bijvoegen bij %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) to %1 as evidence.</source>
        <translation>
            <numerusform>%n bestand als bewijs bijgevoegd bij %1.</numerusform>
            <numerusform>%n bestanden als bewijs bijgevoegd bij %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isoaudit::UnmetRulesDialog</name>
    <message>
        <source>Next Lifecycle Step</source>
        <translation>Volgende stap in de levenscyclus</translation>
    </message>
    <message>
        <source>Unmet rules</source>
        <translation>Niet-vervulde regels</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the place that needs attention</source>
        <translation>Dubbelklik of druk op Enter om naar de plek te gaan die aandacht vraagt</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>Show the record this rule is about</source>
        <translation>Het record tonen waarover deze regel gaat</translation>
    </message>
    <message>
        <source>&amp;Advance</source>
        <translation>Status &amp;wijzigen</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Heropenen…</translation>
    </message>
    <message>
        <source>Reopen the signed audit with a reason; the signed revision stays on record</source>
        <translation>De ondertekende audit met een reden heropenen; de ondertekende revisie blijft vastgelegd</translation>
    </message>
    <message>
        <source>The audit is &lt;b&gt;%1&lt;/b&gt;; it is the final state.</source>
        <translation>De audit is &lt;b&gt;%1&lt;/b&gt;; dit is de eindstatus.</translation>
    </message>
    <message>
        <source>The audit is in &lt;b&gt;%1&lt;/b&gt;. Every rule for &lt;b&gt;%2&lt;/b&gt; holds.</source>
        <translation>De audit heeft de status &lt;b&gt;%1&lt;/b&gt;. Aan elke regel voor &lt;b&gt;%2&lt;/b&gt; is voldaan.</translation>
    </message>
    <message>
        <source>The audit is in &lt;b&gt;%1&lt;/b&gt;. Before it can move to &lt;b&gt;%2&lt;/b&gt; — blockers: %3, warnings: %4.</source>
        <translation>De audit heeft de status &lt;b&gt;%1&lt;/b&gt;. Voordat deze naar &lt;b&gt;%2&lt;/b&gt; kan — blokkerend: %3, waarschuwingen: %4.</translation>
    </message>
    <message>
        <source>&amp;Advance to %1</source>
        <translation>Status &amp;wijzigen naar %1</translation>
    </message>
    <message>
        <source>Cannot Advance</source>
        <translation>Status wijzigen niet mogelijk</translation>
    </message>
    <message>
        <source>The audit moved to %1.</source>
        <translation>De audit heeft nu de status %1.</translation>
    </message>
    <message>
        <source>Reopen Signed Audit</source>
        <translation>Ondertekende audit heropenen</translation>
    </message>
    <message>
        <source>Why is the signed audit reopened? The reason is kept with the signed revision.</source>
        <translation>Waarom wordt de ondertekende audit heropend? De reden wordt bij de ondertekende revisie bewaard.</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>Kan niet heropenen</translation>
    </message>
    <message>
        <source>The audit was reopened for a new report revision.</source>
        <translation>De audit is heropend voor een nieuwe rapportrevisie.</translation>
    </message>
    <message>
        <source>The engagement is &lt;b&gt;%1&lt;/b&gt;; it is the final state.</source>
        <translation>De opdracht is &lt;b&gt;%1&lt;/b&gt;; dat is de eindstatus.</translation>
    </message>
    <message>
        <source>The engagement is in &lt;b&gt;%1&lt;/b&gt;. Every rule for &lt;b&gt;%2&lt;/b&gt; holds.</source>
        <translation>De opdracht heeft de status &lt;b&gt;%1&lt;/b&gt;. Aan elke regel voor &lt;b&gt;%2&lt;/b&gt; is voldaan.</translation>
    </message>
    <message>
        <source>The engagement is in &lt;b&gt;%1&lt;/b&gt;. Before it can move to &lt;b&gt;%2&lt;/b&gt; — blockers: %3, warnings: %4.</source>
        <translation>De opdracht heeft de status &lt;b&gt;%1&lt;/b&gt;. Voordat deze naar &lt;b&gt;%2&lt;/b&gt; kan — blokkerend: %3, waarschuwingen: %4.</translation>
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
        <translation>Beheersmaatregel die de gebruikersorganisaties uitvoeren</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Er is geen audit geopend om te bewerken.</translation>
    </message>
    <message>
        <source>Describe the control the user entities operate.</source>
        <translation>Beschrijf de beheersmaatregel die de gebruikersorganisaties uitvoeren.</translation>
    </message>
    <message>
        <source>Add user-entity control %1</source>
        <translation>Beheersmaatregel %1 bij gebruikersorganisaties toevoegen</translation>
    </message>
    <message>
        <source>Set ref of %1</source>
        <translation>Ref. van %1 instellen</translation>
    </message>
    <message>
        <source>Set description of %1</source>
        <translation>Beschrijving van %1 instellen</translation>
    </message>
</context>
<context>
    <name>isoaudit::UserGuideDialog</name>
    <message>
        <source>IsoAudit User Guide</source>
        <translation>Gebruikershandleiding IsoAudit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Inhoud van de handleiding</translation>
    </message>
    <message>
        <source>Contents: click a heading to go there</source>
        <translation>Inhoud: klik op een kop om ernaartoe te gaan</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Tekst van de gebruikershandleiding</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of IsoAudit.</source>
        <translation>De gebruikershandleiding ontbreekt in deze build van IsoAudit.</translation>
    </message>
    <message>
        <source>The link %1 leads nowhere in this guide.</source>
        <translation>De koppeling %1 leidt nergens heen in deze handleiding.</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Vanaf het einde verder gezocht</translation>
    </message>
    <message>
        <source>Continued from the start</source>
        <translation>Vanaf het begin verder gezocht</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Back to the previous place in the guide (%1)</source>
        <translation>Terug naar de vorige plek in de handleiding (%1)</translation>
    </message>
    <message>
        <source>Forward again (%1)</source>
        <translation>Weer vooruit (%1)</translation>
    </message>
    <message>
        <source>Find in the guide (%1)</source>
        <translation>Zoeken in de handleiding (%1)</translation>
    </message>
    <message>
        <source>Find the previous occurrence (%1)</source>
        <translation>Het vorige resultaat zoeken (%1)</translation>
    </message>
    <message>
        <source>Find the next occurrence (%1)</source>
        <translation>Het volgende resultaat zoeken (%1)</translation>
    </message>
</context>
<context>
    <name>isoaudit::WelcomePage</name>
    <message>
        <source>&amp;New Audit…</source>
        <translation>&amp;Nieuwe audit…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Audit</source>
        <translation>&amp;Demo-audit openen</translation>
    </message>
    <message>
        <source>A complete example audit: risks, interviews, evidence and findings</source>
        <translation>Een volledig voorbeeld van een audit: risico&apos;s, interviews, bewijs en bevindingen</translation>
    </message>
    <message>
        <source>&amp;Recent audits:</source>
        <translation>&amp;Recente audits:</translation>
    </message>
    <message>
        <source>Recent audits</source>
        <translation>Recente audits</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent audits</source>
        <translation>Geen recente audits</translation>
    </message>
    <message>
        <source>&lt;h1&gt;IsoAudit&lt;/h1&gt;&lt;p&gt;The workbench for ISO/IEC 27001 certification audits and SOC 2 examinations. Open an audit file, start a new one, or try a demo.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;IsoAudit&lt;/h1&gt;&lt;p&gt;De werkomgeving voor ISO/IEC 27001-certificatieaudits en SOC 2-onderzoeken. Open een auditbestand, begin een nieuwe audit of probeer een demo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SOC &amp;2 Demo</source>
        <translation>SOC &amp;2-demo</translation>
    </message>
    <message>
        <source>A complete example SOC 2 Type 2 engagement: controls, populations, samples and exceptions</source>
        <translation>Een volledig voorbeeld van een SOC 2 Type 2-opdracht: beheersmaatregelen, populaties, steekproeven en afwijkingen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The .isoaudit file to open (default: the demo).</source>
        <translation>Het .isoaudit-bestand dat wordt geopend (standaard: de demo).</translation>
    </message>
    <message>
        <source>Open the file read-only.</source>
        <translation>Het bestand alleen-lezen openen.</translation>
    </message>
    <message>
        <source>Quit right after the first paint.</source>
        <translation>Direct na de eerste weergave afsluiten.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the first paint, then quit.</source>
        <translation>Na de eerste weergave een PNG van het venster opslaan en dan afsluiten.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1366x768.</source>
        <translation>Venstergrootte, bijv. 1366x768.</translation>
    </message>
    <message>
        <source>User interface language: en, da, de, nl or fr (default: Preferences, else the system&apos;s).</source>
        <translation>Taal van de gebruikersinterface: en, da, de, nl of fr (standaard: Voorkeuren, anders die van het systeem).</translation>
    </message>
    <message>
        <source>Workbench for ISO/IEC 27001 lead auditors and SOC 2 service auditors</source>
        <translation>Werkomgeving voor lead auditors van ISO/IEC 27001 en service-auditors van SOC 2</translation>
    </message>
    <message>
        <source>Show this page first (overview, plan, clauses, soa, risks, interviews, evidence, findings, report; for a SOC 2 engagement overview, engagement, controls, testing, exceptions, report).</source>
        <translation>Deze pagina als eerste tonen (overview, plan, clauses, soa, risks, interviews, evidence, findings, report; voor een SOC 2-opdracht overview, engagement, controls, testing, exceptions, report).</translation>
    </message>
    <message>
        <source>Open the SOC 2 demo engagement instead of the ISO/IEC 27001 demo audit.</source>
        <translation>De SOC 2-demo-opdracht openen in plaats van de ISO/IEC 27001-demo-audit.</translation>
    </message>
</context>
</TS>
