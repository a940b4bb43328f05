<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppSettings</name>
    <message>
        <source>IsoAudit cannot show itself in &quot;%1&quot;; the languages are %2.</source>
        <translation>IsoAudit kann nicht in „%1“ angezeigt werden; verfügbare Sprachen: %2.</translation>
    </message>
    <message>
        <source>Reports cannot be written in &quot;%1&quot;; the languages are %2.</source>
        <translation>Berichte können nicht in „%1“ verfasst werden; verfügbare Sprachen: %2.</translation>
    </message>
    <message>
        <source>The report paper must be A4 or US Letter.</source>
        <translation>Das Papierformat für Berichte muss A4 oder US Letter sein.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path (such as %1), not &quot;%2&quot;.</source>
        <translation>Der Sicherungsordner muss ein vollständiger Pfad sein (z. B. %1), nicht „%2“.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it or choose another.</source>
        <translation>Der Sicherungsordner %1 existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not a folder you can write to.</source>
        <translation>In den Sicherungsordner %1 können Sie nicht schreiben.</translation>
    </message>
    <message>
        <source>Back up every %1 to %2 minutes; %3 is not possible.</source>
        <translation>Das Sicherungsintervall muss zwischen %1 und %2 Minuten liegen; %3 ist nicht möglich.</translation>
    </message>
    <message>
        <source>Keep %1 to %2 backups of each audit; %3 is not possible.</source>
        <translation>Je Audit können %1 bis %2 Sicherungen aufbewahrt werden; %3 ist nicht möglich.</translation>
    </message>
    <message>
        <source>There is no built-in risk method &quot;%1&quot;; the choices are %2.</source>
        <translation>Es gibt keine integrierte Risikomethode „%1“; zur Auswahl stehen %2.</translation>
    </message>
    <message>
        <source>An address or accreditation number needs the certification body&apos;s name as well.</source>
        <translation>Zu Anschrift oder Akkreditierungsnummer gehört auch der Name der Zertifizierungsstelle.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is %2; files over %3 are not stored in an audit.</source>
        <translation>%1 ist %2 groß; Dateien über %3 werden nicht in einem Audit gespeichert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>%1 anhängen</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n files</source>
        <translation>
            <numerusform>%n Datei anhängen</numerusform>
            <numerusform>%n Dateien anhängen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence %1</source>
        <translation>Nachweis %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files as evidence</source>
        <translation>
            <numerusform>%n Datei als Nachweis hinzufügen</numerusform>
            <numerusform>%n Dateien als Nachweise hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>AuditDatabase</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit file.</source>
        <translation>%1 ist ein Ordner, keine Auditdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not an IsoAudit file, or it was not copied completely.</source>
        <translation>%1 ist leer (0 Byte): Es ist keine IsoAudit-Datei, oder sie wurde nicht vollständig kopiert.</translation>
    </message>
    <message>
        <source>%1 is not an IsoAudit file (it is not an SQLite database).</source>
        <translation>%1 ist keine IsoAudit-Datei (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes). It may have been copied only in part; use a complete copy or a backup.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer als im Header angegeben (%2 von %3 Byte). Möglicherweise wurde sie nur teilweise kopiert; verwenden Sie eine vollständige Kopie oder eine Sicherung.</translation>
    </message>
    <message>
        <source>%1 is read-only; it can only be opened read-only.</source>
        <translation>%1 ist schreibgeschützt und kann nur schreibgeschützt geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an audit file: %2</source>
        <translation>%1 kann nicht als Auditdatei gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not an IsoAudit audit file.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, keine IsoAudit-Auditdatei.</translation>
    </message>
    <message>
        <source>%1 was written by a newer IsoAudit (file format %2; this version reads up to %3). Update IsoAudit to open it.</source>
        <translation>%1 wurde von einer neueren IsoAudit-Version geschrieben (Dateiformat %2; diese Version liest bis %3). Aktualisieren Sie IsoAudit, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is not a complete IsoAudit file (it has no schema).</source>
        <translation>%1 ist keine vollständige IsoAudit-Datei (es fehlt das Schema).</translation>
    </message>
    <message>
        <source>%1 uses the older file format %2 and must be upgraded, which needs write access.</source>
        <translation>%1 verwendet das ältere Dateiformat %2 und muss aktualisiert werden; dafür ist Schreibzugriff nötig.</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it: %2</source>
        <translation>Vor der Aktualisierung konnte keine Kopie von %1 angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt fehlt (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the folder does not allow SQLite&apos;s write-ahead log.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: Der Ordner erlaubt kein SQLite-Write-Ahead-Log.</translation>
    </message>
    <message>
        <source>Could not read the file format of %1: %2</source>
        <translation>Das Dateiformat von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to file format %2: %3</source>
        <translation>%1 konnte nicht auf Dateiformat %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Could not record file format %1 in %2: %3</source>
        <translation>Dateiformat %1 konnte nicht in %2 vermerkt werden: %3</translation>
    </message>
    <message>
        <source>The audit file %1 refused an operation: %2</source>
        <translation>Die Auditdatei %1 hat einen Vorgang abgelehnt: %2</translation>
    </message>
    <message>
        <source>The audit file is not open.</source>
        <translation>Die Auditdatei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Es konnte keine Kopie nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>die Kopie konnte nicht geschlossen werden</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation>die vorhandene Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>die Kopie kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>a %1 refers to a missing %2</source>
        <translation>ein Eintrag in %1 verweist auf einen fehlenden Eintrag in %2</translation>
    </message>
</context>
<context>
    <name>AuditGenerator</name>
    <message>
        <source>The numbers of records to generate must be 0 or more.</source>
        <translation>Die Anzahl der zu erzeugenden Datensätze muss 0 oder größer sein.</translation>
    </message>
    <message>
        <source>Attachments belong to evidence: generate at least one evidence record to attach %1 MiB to.</source>
        <translation>Anhänge gehören zu Nachweisen: Erzeugen Sie mindestens einen Nachweis, an den %1 MiB angehängt werden können.</translation>
    </message>
    <message>
        <source>Generating the audit was cancelled; the file is unchanged.</source>
        <translation>Das Erzeugen des Audits wurde abgebrochen; die Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>AuditLock</name>
    <message>
        <source>an unknown user</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The lock %1 cannot be removed.</source>
        <translation>Die Sperrdatei %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is open in IsoAudit by %2 on %3 since %4 — open it read-only?</source>
        <translation>%1 ist in IsoAudit geöffnet (Benutzer: %2, Computer: %3, seit %4) – schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 can only be opened read-only: its folder does not allow the lock file %2 (%3).</source>
        <translation>%1 kann nur schreibgeschützt geöffnet werden: Der Ordner erlaubt die Sperrdatei %2 nicht (%3).</translation>
    </message>
    <message>
        <source>The lock %1 keeps changing; another program is opening the audit.</source>
        <translation>Die Sperrdatei %1 ändert sich ständig; ein anderes Programm öffnet gerade das Audit.</translation>
    </message>
</context>
<context>
    <name>AuditPackage</name>
    <message>
        <source>The %1&apos;s %2 in this audit file is not a JSON array or object; it cannot be exported.</source>
        <translation>%2 von %1 in dieser Auditdatei ist kein JSON-Array oder -Objekt und kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>%1 is not empty; a package can only be imported into a new audit file.</source>
        <translation>%1 ist nicht leer; ein Paket kann nur in eine neue Auditdatei importiert werden.</translation>
    </message>
    <message>
        <source>Could not move the imported audit into place as %1: %2.</source>
        <translation>Das importierte Audit konnte nicht als %1 abgelegt werden: %2.</translation>
    </message>
    <message>
        <source>The audit file %1 has no %2 record; it is incomplete.</source>
        <translation>In der Auditdatei %1 fehlt der Datensatz %2; sie ist unvollständig.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit file.</source>
        <translation>%1 ist ein Ordner, keine Auditdatei.</translation>
    </message>
    <message>
        <source>%1 already exists; it is replaced only when you ask for that explicitly.</source>
        <translation>%1 existiert bereits; die Datei wird nur ersetzt, wenn Sie das ausdrücklich verlangen.</translation>
    </message>
    <message>
        <source>%1 is open in IsoAudit or was not closed cleanly; close it (or open and close it once), then import again.</source>
        <translation>%1 ist in IsoAudit geöffnet oder wurde nicht ordnungsgemäß geschlossen; schließen Sie die Datei (oder öffnen und schließen Sie sie einmal) und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not finish %1: the database log was not written back.</source>
        <translation>%1 konnte nicht abgeschlossen werden: Das Datenbankprotokoll wurde nicht zurückgeschrieben.</translation>
    </message>
</context>
<context>
    <name>AuditPlanDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Zu bestätigen</translation>
    </message>
    <message>
        <source>The scope, the audit plan, confidentiality, the reporting method and the appeal process.</source>
        <translation>Auditumfang, Auditplan, Vertraulichkeit, Art der Berichterstattung und Einspruchsverfahren.</translation>
    </message>
    <message>
        <source>Findings presented</source>
        <translation>Feststellungen vorgestellt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Teilnehmer</translation>
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
        <translation>Geschäftliche Komplexität</translation>
    </message>
    <message>
        <source>IT complexity</source>
        <translation>IT-Komplexität</translation>
    </message>
    <message>
        <source>Outsourcing</source>
        <translation>Ausgliederung</translation>
    </message>
    <message>
        <source>Multi-site sampling</source>
        <translation>Multi-Site-Stichprobenverfahren</translation>
    </message>
    <message>
        <source>Audit time</source>
        <translation>Auditzeit</translation>
    </message>
    <message>
        <source>Persons counted</source>
        <translation>Gezählte Personen</translation>
    </message>
    <message>
        <source>Base audit time</source>
        <translation>Auditzeit vor Anpassung</translation>
    </message>
    <message>
        <source>%1 auditor days</source>
        <translation>%1 Auditortage</translation>
    </message>
    <message>
        <source>Adjustment applied</source>
        <translation>Angewandte Anpassung</translation>
    </message>
    <message>
        <source>This audit (%1)</source>
        <translation>Dieses Audit (%1)</translation>
    </message>
    <message>
        <source>Initial certification</source>
        <translation>Erstzertifizierungsaudit</translation>
    </message>
    <message>
        <source>%1 auditor days (Stage 1: %2, Stage 2: %3)</source>
        <translation>%1 Auditortage (Stufe 1: %2, Stufe 2: %3)</translation>
    </message>
    <message>
        <source>Each surveillance audit</source>
        <translation>Jedes Überwachungsaudit</translation>
    </message>
    <message>
        <source>Recertification audit</source>
        <translation>Rezertifizierungsaudit</translation>
    </message>
    <message>
        <source>Computed per ISO/IEC 27006 from the chart &quot;%1&quot;.</source>
        <translation>Berechnet nach ISO/IEC 27006 anhand der Auditzeittabelle „%1“.</translation>
    </message>
    <message>
        <source>A.%1</source>
        <translation>A.%1</translation>
    </message>
    <message>
        <source>%1 audit plan — %2</source>
        <translation>Auditplan zum %1 — %2</translation>
    </message>
    <message>
        <source>%1 audit plan</source>
        <translation>Auditplan zum %1</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>Audit plan · Page %1 of %2</source>
        <translation>Auditplan · Seite %1 von %2</translation>
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
        <translation>Auditart</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Audittage</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Berichtsnummer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Anwendungsbereich</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Auditziele</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Auditkriterien</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Audit team and sites</source>
        <translation>Auditteam und Standorte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No audit team is recorded yet.</source>
        <translation>Es ist noch kein Auditteam erfasst.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>No clause or control is planned yet.</source>
        <translation>Es sind noch keine Abschnitte oder Maßnahmen eingeplant.</translation>
    </message>
    <message>
        <source>The clauses and controls planned for this audit, by day and time. Times are local to the site; the audit team may adjust the order on the day.</source>
        <translation>Die für dieses Audit eingeplanten Abschnitte und Maßnahmen nach Tag und Uhrzeit. Die Uhrzeiten sind Ortszeit des jeweiligen Standorts; das Auditteam kann die Reihenfolge am Audittag anpassen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
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
        <translation>Interviewpartner</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>Auditiert von</translation>
    </message>
    <message>
        <source>Opening and closing meetings</source>
        <translation>Eröffnungs- und Abschlussgespräch</translation>
    </message>
</context>
<context>
    <name>AuditTime</name>
    <message>
        <source>The number of full-time persons must be from 0 to 10,000,000.</source>
        <translation>Die Anzahl der Personen in Vollzeit muss zwischen 0 und 10.000.000 liegen.</translation>
    </message>
    <message>
        <source>The part-time persons in FTE must be a number from 0 to 10,000,000.</source>
        <translation>Die Personen in Teilzeit, umgerechnet in Vollzeitäquivalente (VZÄ), müssen eine Zahl von 0 bis 10.000.000 sein.</translation>
    </message>
    <message>
        <source>There are no persons to size the audit by.</source>
        <translation>Es gibt keine Personen, nach denen sich die Auditzeit bemessen ließe.</translation>
    </message>
    <message>
        <source>A group of persons doing the same simple work must have 1 person or more.</source>
        <translation>Eine Gruppe von Personen mit derselben einfachen Tätigkeit muss mindestens 1 Person umfassen.</translation>
    </message>
    <message>
        <source>The persons doing the same simple work are part of the full-time persons and cannot be more than them.</source>
        <translation>Die Personen mit derselben einfachen Tätigkeit gehören zu den Personen in Vollzeit und können nicht mehr sein als diese.</translation>
    </message>
    <message>
        <source>A complexity level is low, medium or high.</source>
        <translation>Eine Komplexitätsstufe ist low, medium oder high.</translation>
    </message>
    <message>
        <source>A complexity level needs the reason it was chosen.</source>
        <translation>Für eine Komplexitätsstufe ist die Begründung ihrer Wahl erforderlich.</translation>
    </message>
    <message>
        <source>An adjustment is a percent above -100 and up to 500.</source>
        <translation>Eine Anpassung ist ein Prozentsatz über -100 und bis 500.</translation>
    </message>
    <message>
        <source>An adjustment needs the reason it is made.</source>
        <translation>Für eine Anpassung ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>The number of sites sampled cannot be negative.</source>
        <translation>Die Anzahl der Standorte in der Stichprobe kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Another adjustment needs what it is and the reason it is made.</source>
        <translation>Eine weitere Anpassung erfordert eine Bezeichnung und eine Begründung.</translation>
    </message>
    <message>
        <source>The audit type is stage1, stage2, surveillance, recertification or special.</source>
        <translation>Die Auditart ist stage1, stage2, surveillance, recertification oder special.</translation>
    </message>
    <message>
        <source>The audit-time chart has no bands.</source>
        <translation>Die Auditzeittabelle enthält keine Bereiche.</translation>
    </message>
    <message>
        <source>%1 persons are beyond the chart&apos;s last band (up to %2 persons), and the chart does not extrapolate.</source>
        <translation>%1 Personen liegen über dem letzten Bereich der Tabelle (bis %2 Personen), und die Tabelle sieht keine Fortschreibung vor.</translation>
    </message>
    <message>
        <source>The audit-time input&apos;s %1 is not a number.</source>
        <translation>Das Feld %1 der Eingabedaten zur Auditzeit ist keine Zahl.</translation>
    </message>
    <message>
        <source>The audit-time input&apos;s sameWorkGroups holds something other than numbers.</source>
        <translation>Das Feld sameWorkGroups der Eingabedaten zur Auditzeit enthält etwas anderes als Zahlen.</translation>
    </message>
    <message>
        <source>The stored audit time is incomplete: it lacks its base or initial days or its persons.</source>
        <translation>Die gespeicherte Auditzeit ist unvollständig: Es fehlen die Basistage, die Tage für das Erstzertifizierungsaudit oder die Personenzahl.</translation>
    </message>
</context>
<context>
    <name>AuditTimeChart</name>
    <message>
        <source>The audit-time chart %1 cannot be read: %2</source>
        <translation>Die Auditzeittabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is not valid JSON: %2</source>
        <translation>Die Auditzeittabelle %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is not an IsoAudit audit-time chart of version 1.</source>
        <translation>Die Auditzeittabelle %1 ist keine IsoAudit-Auditzeittabelle der Version 1.</translation>
    </message>
    <message>
        <source>The audit-time chart %1 is invalid: %2</source>
        <translation>Die Auditzeittabelle %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>%1: %2 is missing or not a whole number</source>
        <translation>%1: %2 fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: initialDays is missing or not a number</source>
        <translation>%1: initialDays fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>beyondLastBand.rule is &quot;%1&quot;, not &quot;progression&quot; or &quot;none&quot;</source>
        <translation>beyondLastBand.rule ist &quot;%1&quot;, nicht &quot;progression&quot; oder &quot;none&quot;</translation>
    </message>
    <message>
        <source>policy.%1 is %2; it must be %3</source>
        <translation>policy.%1 ist %2; zulässig ist %3</translation>
    </message>
    <message>
        <source>&quot;up&quot; or &quot;nearest&quot;</source>
        <translation>&quot;up&quot; oder &quot;nearest&quot;</translation>
    </message>
    <message>
        <source>&quot;square-root&quot; or &quot;none&quot;</source>
        <translation>&quot;square-root&quot; oder &quot;none&quot;</translation>
    </message>
    <message>
        <source>a number from 0 to below 100</source>
        <translation>eine Zahl von 0 bis unter 100</translation>
    </message>
    <message>
        <source>policy.%1.%2 is missing or not a percent above -100 and up to 500</source>
        <translation>policy.%1.%2 fehlt oder ist kein Prozentsatz über -100 und bis 500</translation>
    </message>
    <message>
        <source>policy.%1 has levels other than low, medium and high</source>
        <translation>policy.%1 enthält andere Stufen als low, medium und high</translation>
    </message>
    <message>
        <source>a share above 0 and up to 1 (a number or a fraction such as 2/3)</source>
        <translation>ein Anteil über 0 und bis 1 (eine Zahl oder ein Bruch wie 2/3)</translation>
    </message>
    <message>
        <source>a share above 0 and below 1 (a number or a fraction such as 1/3)</source>
        <translation>ein Anteil über 0 und unter 1 (eine Zahl oder ein Bruch wie 1/3)</translation>
    </message>
    <message>
        <source>a number of days above 0 and up to 1</source>
        <translation>eine Anzahl Tage über 0 und bis 1</translation>
    </message>
    <message>
        <source>it has no id or no name</source>
        <translation>sie hat keine ID oder keinen Namen</translation>
    </message>
    <message>
        <source>it has no bands</source>
        <translation>sie enthält keine Bereiche</translation>
    </message>
    <message>
        <source>band %1 (persons %2–%3)</source>
        <translation>Bereich %1 (%2–%3 Personen)</translation>
    </message>
    <message>
        <source>%1 starts at %2 persons; the chart must start at 1</source>
        <translation>%1 beginnt bei %2 Personen; die Tabelle muss bei 1 beginnen</translation>
    </message>
    <message>
        <source>%1: personsMax is below personsMin</source>
        <translation>%1: personsMax ist kleiner als personsMin</translation>
    </message>
    <message>
        <source>%1: initialDays must be above 0</source>
        <translation>%1: initialDays muss größer als 0 sein</translation>
    </message>
    <message>
        <source>%1 names the source &quot;%2&quot;, which the chart&apos;s sources do not list</source>
        <translation>%1 nennt die Quelle „%2“, die unter den Quellen der Tabelle nicht aufgeführt ist</translation>
    </message>
    <message>
        <source>%1 leaves a gap: the band before ends at %2 persons</source>
        <translation>%1 lässt eine Lücke: Der vorherige Bereich endet bei %2 Personen</translation>
    </message>
    <message>
        <source>%1 overlaps the band before, which ends at %2 persons</source>
        <translation>%1 überschneidet sich mit dem vorherigen Bereich, der bei %2 Personen endet</translation>
    </message>
    <message>
        <source>%1: initialDays %2 is not more than the %3 of the band before</source>
        <translation>%1: initialDays %2 ist nicht größer als der Wert %3 des vorherigen Bereichs</translation>
    </message>
    <message>
        <source>beyondLastBand.rule &quot;progression&quot; needs at least two bands to follow</source>
        <translation>beyondLastBand.rule &quot;progression&quot; erfordert mindestens zwei Bereiche, aus denen fortgeschrieben werden kann</translation>
    </message>
</context>
<context>
    <name>AuditTimeText</name>
    <message>
        <source>Persons doing work under the organization&apos;s control: %1 full-time and %2 FTE part-time, counted as %3.</source>
        <translation>Personen, die unter der Aufsicht der Organisation Tätigkeiten verrichten: %1 in Vollzeit und %2 VZÄ in Teilzeit, gezählt als %3.</translation>
    </message>
    <message>
        <source>Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 (the square root of each group, rounded up).</source>
        <translation>Von den Personen in Vollzeit werden %1 mit derselben einfachen, sich wiederholenden Tätigkeit als %2 gezählt (Quadratwurzel jeder Gruppe, aufgerundet).</translation>
    </message>
    <message>
        <source>Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 (the chart allows no reduction for them).</source>
        <translation>Von den Personen in Vollzeit werden %1 mit derselben einfachen, sich wiederholenden Tätigkeit als %2 gezählt (die Tabelle sieht für sie keine Reduzierung vor).</translation>
    </message>
    <message>
        <source>Audit time chart &quot;%1&quot;: %2 to %3 persons, %4 days for the initial audit (Stage 1 and Stage 2) before adjustment.</source>
        <translation>Auditzeittabelle „%1“: %2 bis %3 Personen, %4 Tage für das Erstzertifizierungsaudit (Stufe 1 und Stufe 2) vor Anpassung.</translation>
    </message>
    <message>
        <source>The persons exceed the chart&apos;s last band: this band is extrapolated by the chart&apos;s progression.</source>
        <translation>Die Personenzahl übersteigt den letzten Bereich der Tabelle: Dieser Bereich wird gemäß der Progression der Tabelle fortgeschrieben.</translation>
    </message>
    <message>
        <source>Business complexity: %1, %2 % (%3).</source>
        <translation>Geschäftliche Komplexität: %1, %2 % (%3).</translation>
    </message>
    <message>
        <source>IT complexity: %1, %2 % (%3).</source>
        <translation>IT-Komplexität: %1, %2 % (%3).</translation>
    </message>
    <message>
        <source>Outsourcing: %1 % (%2).</source>
        <translation>Ausgliederung: %1 % (%2).</translation>
    </message>
    <message>
        <source>Multi-site sampling, %1 sites sampled: %2 % (%3).</source>
        <translation>Multi-Site-Stichprobenverfahren, %1 Standorte in der Stichprobe: %2 % (%3).</translation>
    </message>
    <message>
        <source>Multi-site sampling: %1 % (%2).</source>
        <translation>Multi-Site-Stichprobenverfahren: %1 % (%2).</translation>
    </message>
    <message>
        <source>%1: %2 % (%3).</source>
        <translation>%1: %2 % (%3).</translation>
    </message>
    <message>
        <source>No adjustment factors are recorded.</source>
        <translation>Es sind keine Anpassungsfaktoren erfasst.</translation>
    </message>
    <message>
        <source>Total adjustment: %1 %, limited to the largest reduction allowed, %2 %.</source>
        <translation>Gesamtanpassung: %1 %, begrenzt auf die höchstzulässige Reduzierung von %2 %.</translation>
    </message>
    <message>
        <source>Total adjustment: %1 %.</source>
        <translation>Gesamtanpassung: %1 %.</translation>
    </message>
    <message>
        <source>Initial audit: %1 days (Stage 1: %2 days, Stage 2: %3 days). Each surveillance audit: %4 days. Recertification audit: %5 days.</source>
        <translation>Erstzertifizierungsaudit: %1 Tage (Stufe 1: %2 Tage, Stufe 2: %3 Tage). Jedes Überwachungsaudit: %4 Tage. Rezertifizierungsaudit: %5 Tage.</translation>
    </message>
    <message>
        <source>This audit (%1): %2 days.</source>
        <translation>Dieses Audit (%1): %2 Tage.</translation>
    </message>
    <message>
        <source>This audit (%1): its time is set from the nonconformities it verifies, not from the chart.</source>
        <translation>Dieses Audit (%1): Die Auditzeit richtet sich nach den zu verifizierenden Nichtkonformitäten, nicht nach der Tabelle.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Entry #%1 follows #%2: entries are missing from the trail.</source>
        <translation>Eintrag #%1 folgt auf #%2: Im Protokoll fehlen Einträge.</translation>
    </message>
    <message>
        <source>Entry #%1 does not follow the entry before it (the chain is cut).</source>
        <translation>Eintrag #%1 schließt nicht an den vorherigen Eintrag an (die Kette ist unterbrochen).</translation>
    </message>
    <message>
        <source>Entry #%1 was changed after it was written (its hash does not match).</source>
        <translation>Eintrag #%1 wurde nach dem Schreiben geändert (sein Hash stimmt nicht überein).</translation>
    </message>
    <message>
        <source>Entry #%1: only the first entry is the trail&apos;s genesis.</source>
        <translation>Eintrag #%1: Nur der erste Eintrag darf der Starteintrag des Protokolls sein.</translation>
    </message>
    <message>
        <source>Entry #%1 does not describe the record it adds.</source>
        <translation>Eintrag #%1 beschreibt den Datensatz nicht, den er hinzufügt.</translation>
    </message>
    <message>
        <source>Entry #%1 changes a record the trail never added.</source>
        <translation>Eintrag #%1 ändert einen Datensatz, den das Protokoll nie hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Entry #%1: the old value of %2 is not the value the trail last recorded.</source>
        <translation>Eintrag #%1: Der alte Wert von %2 ist nicht der zuletzt im Protokoll erfasste Wert.</translation>
    </message>
    <message>
        <source>The audit trail is empty although the file holds records: it was never opened for writing by an IsoAudit that keeps a trail, or the trail was deleted.</source>
        <translation>Das Änderungsprotokoll ist leer, obwohl die Datei Datensätze enthält: Die Datei wurde nie von einer IsoAudit-Version mit Änderungsprotokoll zum Schreiben geöffnet, oder das Protokoll wurde gelöscht.</translation>
    </message>
    <message>
        <source>The %1 %2 is in the file but the audit trail never recorded it: it was added outside IsoAudit.</source>
        <translation>%1 %2 ist in der Datei, wurde aber nie im Änderungsprotokoll erfasst: Der Datensatz wurde außerhalb von IsoAudit hinzugefügt.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed outside IsoAudit: %3 is %4 in the file, but the trail&apos;s last value (entry #%5) is %6.</source>
        <translation>%1 %2 wurde außerhalb von IsoAudit geändert: %3 ist in der Datei %4, der letzte Wert im Protokoll (Eintrag #%5) ist jedoch %6.</translation>
    </message>
    <message>
        <source>The %1 %2 was moved to another owner outside IsoAudit.</source>
        <translation>%1 %2 wurde außerhalb von IsoAudit einem anderen Eigentümer zugeordnet.</translation>
    </message>
    <message>
        <source>The %1 %2 was deleted outside IsoAudit (the trail has no entry removing it).</source>
        <translation>%1 %2 wurde außerhalb von IsoAudit gelöscht (das Protokoll enthält keinen entsprechenden Löscheintrag).</translation>
    </message>
    <message>
        <source>The links of %1 were changed outside IsoAudit (the trail&apos;s last entry for them is #%2).</source>
        <translation>Die Verknüpfungen von %1 wurden außerhalb von IsoAudit geändert (der letzte Protokolleintrag dazu ist #%2).</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>The current %1 cannot be kept as a backup, so it was not replaced.</source>
        <translation>Die aktuelle Datei %1 kann nicht als Sicherung aufbewahrt werden, daher wurde sie nicht ersetzt.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied next to %2.</source>
        <translation>Die Sicherung %1 kann nicht neben %2 kopiert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; it is unchanged and the backup is still in %2.</source>
        <translation>%1 kann nicht ersetzt werden; die Datei ist unverändert, und die Sicherung liegt weiterhin in %2.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cannot be read for a backup: %2</source>
        <translation>%1 kann für eine Sicherung nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>die Kopie konnte nicht geschlossen werden</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>die Kopie kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Es konnte keine Kopie nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The catalog %1 cannot be read: %2</source>
        <translation>Der Katalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is not valid JSON: %2</source>
        <translation>Der Katalog %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is not an IsoAudit catalog of version 1.</source>
        <translation>Der Katalog %1 ist kein IsoAudit-Katalog der Version 1.</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: %2</source>
        <translation>Der Katalog %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>it names no framework</source>
        <translation>es ist kein Regelwerk angegeben</translation>
    </message>
    <message>
        <source>an item has no id or no title</source>
        <translation>ein Eintrag hat keine ID oder keinen Titel</translation>
    </message>
    <message>
        <source>an id occurs twice</source>
        <translation>eine ID kommt doppelt vor</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: the group %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>Der Katalog %1 ist ungültig: Die Gruppe %2 hat die unbekannte Art „%3“.</translation>
    </message>
    <message>
        <source>The catalog %1 is invalid: the item %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>Der Katalog %1 ist ungültig: Das Element %2 hat die unbekannte Art „%3“.</translation>
    </message>
    <message>
        <source>the framework %1 has no name</source>
        <translation>das Regelwerk %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>the item %1 belongs to the group &quot;%2&quot;, which the catalog does not list</source>
        <translation>das Element %1 gehört zur Gruppe „%2“, die der Katalog nicht aufführt</translation>
    </message>
    <message>
        <source>IsoAudit has no validation rules for the framework &quot;%1&quot; (it knows %2)</source>
        <translation>IsoAudit hat keine Prüfregeln für das Regelwerk „%1“ (bekannt sind: %2)</translation>
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
        <translation>die Fassung 2017 der AICPA Trust Services Criteria</translation>
    </message>
    <message>
        <source>%1 has %2 auditable clause items, the catalog has %3</source>
        <translation>%1 hat %2 auditierbare Abschnittspunkte, der Katalog hat %3</translation>
    </message>
    <message>
        <source>%1 has %2 Annex A controls, the catalog has %3</source>
        <translation>%1 hat %2 Maßnahmen in Anhang A, der Katalog hat %3</translation>
    </message>
    <message>
        <source>%1 has %2 criteria, the catalog has %3</source>
        <translation>%1 hat %2 Kriterien, der Katalog hat %3</translation>
    </message>
    <message>
        <source>the %1 theme (%2) has %3 controls instead of %4</source>
        <translation>das Thema %1 (%2) hat %3 Maßnahmen statt %4</translation>
    </message>
    <message>
        <source>the %1 category (%2) has %3 criteria instead of %4</source>
        <translation>die Kategorie %1 (%2) hat %3 Kriterien statt %4</translation>
    </message>
    <message>
        <source>the criterion %1 (%2) does not belong in the series %3 (%4)</source>
        <translation>das Kriterium %1 (%2) gehört nicht in die Reihe %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>There is no catalog in %1.</source>
        <translation>In %1 gibt es keinen Katalog.</translation>
    </message>
    <message>
        <source>The framework %1 has two catalogs in %2.</source>
        <translation>Für das Regelwerk %1 gibt es in %2 zwei Kataloge.</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <source>The trusted certificates file %1 cannot be read: %2.</source>
        <translation>Die Datei mit vertrauenswürdigen Zertifikaten %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Sie enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be read</source>
        <translation>das Zertifikat des Unterzeichners kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CmsSigner</name>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) certificate file.</source>
        <translation>Dies ist keine PKCS#12-Zertifikatsdatei (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open the PKCS#12 certificate file.</source>
        <translation>Die Passphrase ist falsch: Sie öffnet die PKCS#12-Zertifikatsdatei nicht.</translation>
    </message>
    <message>
        <source>The PKCS#12 certificate file cannot be opened (%1).</source>
        <translation>Die PKCS#12-Zertifikatsdatei kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key with its certificate; a signature needs both.</source>
        <translation>Die PKCS#12-Datei enthält keinen privaten Schlüssel zum Zertifikat; für eine Signatur ist beides nötig.</translation>
    </message>
    <message>
        <source>The PKCS#12 file&apos;s private key does not belong to its certificate.</source>
        <translation>Der private Schlüssel der PKCS#12-Datei gehört nicht zu ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; sign with a valid certificate.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen; signieren Sie mit einem gültigen Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet.</source>
        <translation>Das Zertifikat von %1 ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The signature cannot be prepared (%1).</source>
        <translation>Die Signatur kann nicht vorbereitet werden (%1).</translation>
    </message>
    <message>
        <source>The signature cannot be computed (%1).</source>
        <translation>Die Signatur kann nicht berechnet werden (%1).</translation>
    </message>
    <message>
        <source>The signature cannot be encoded (%1).</source>
        <translation>Die Signatur kann nicht kodiert werden (%1).</translation>
    </message>
</context>
<context>
    <name>CmsVerifier</name>
    <message>
        <source>The signature is not a readable CMS structure (%1).</source>
        <translation>Die Signatur ist keine lesbare CMS-Struktur (%1).</translation>
    </message>
    <message>
        <source>The signature is not CMS SignedData.</source>
        <translation>Die Signatur ist kein CMS-SignedData.</translation>
    </message>
    <message>
        <source>The signature has %1 signers; exactly one is expected.</source>
        <translation>Die Signatur hat %1 Unterzeichner; erwartet wird genau einer.</translation>
    </message>
    <message>
        <source>The signature does not match the signed bytes (%1).</source>
        <translation>Die Signatur passt nicht zu den signierten Bytes (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>Das Zertifikat des Unterzeichners ist nicht in der Signatur enthalten.</translation>
    </message>
    <message>
        <source>The signature&apos;s signing-certificate attribute does not match the signer&apos;s certificate.</source>
        <translation>Das Attribut „signing-certificate“ der Signatur passt nicht zum Zertifikat des Unterzeichners.</translation>
    </message>
    <message>
        <source>Out of memory while verifying the signature.</source>
        <translation>Nicht genügend Speicher beim Prüfen der Signatur.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Restauswirkung</translation>
    </message>
    <message>
        <source>Residual risk accepted</source>
        <translation>Restrisiko akzeptiert</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Referenz des Kunden</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektiver Nachweis</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>The mapping names the field &quot;%1&quot;, which a %2 does not have; known fields: %3.</source>
        <translation>Die Zuordnung nennt das Feld „%1“, das es in der Tabelle „%2“ nicht gibt; bekannte Felder: %3.</translation>
    </message>
    <message>
        <source>None of the mapping&apos;s column headers appear in the table.</source>
        <translation>Keine der Spaltenüberschriften der Zuordnung kommt in der Tabelle vor.</translation>
    </message>
    <message>
        <source>Could not open the mapping %1: %2</source>
        <translation>Die Zuordnung %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>Die Zuordnung %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>Could not write the mapping %1: %2</source>
        <translation>Die Zuordnung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Manuell oder automatisiert</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Schlüsselkontrolle</translation>
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
        <translation>„%1“ gibt nicht an, wie oft die Kontrolle durchgeführt wird, wonach sich der Stichprobenumfang bemisst; der Wert wird nicht importiert: Die Kontrolle behält ihre Häufigkeit (eine neue Kontrolle beginnt mit „Bei Bedarf“), bis Sie eine auswählen (erfassen Sie eine automatisierte Kontrolle als automatisiert).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frequency IsoAudit can read without guessing (annual, quarterly, monthly, weekly, daily, several times a day, as needed); it is not imported: the control keeps its frequency (a new control starts as &quot;as needed&quot;) until you choose one.</source>
        <translation>„%1“ ist keine Häufigkeit, die IsoAudit ohne Raten lesen kann (jährlich, vierteljährlich, monatlich, wöchentlich, täglich, mehrmals täglich, bei Bedarf); der Wert wird nicht importiert: Die Kontrolle behält ihre Häufigkeit (eine neue Kontrolle beginnt mit „Bei Bedarf“), bis Sie eine auswählen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither manual nor automated (an IT-dependent manual or semi-automated control is yours to classify); it is not imported: the control keeps its classification (a new control starts as manual) until you choose one.</source>
        <translation>„%1“ ist weder manuell noch automatisiert (eine IT-abhängige manuelle oder teilautomatisierte Kontrolle müssen Sie selbst einordnen); der Wert wird nicht importiert: Die Kontrolle behält ihre Einordnung (eine neue Kontrolle beginnt als manuell), bis Sie eine auswählen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services Criterion; it is not linked.</source>
        <translation>„%1“ ist kein Kriterium der Trust Services Criteria; es wird nicht verknüpft.</translation>
    </message>
    <message>
        <source>The cell names no Trust Services Criterion.</source>
        <translation>Die Zelle nennt kein Kriterium der Trust Services Criteria.</translation>
    </message>
</context>
<context>
    <name>CorrectiveActions</name>
    <message>
        <source>Finding %1 is graded %2; only major and minor nonconformities take corrective action.</source>
        <translation>Feststellung %1 ist als %2 eingestuft; Korrekturmaßnahmen gibt es nur für schwerwiegende und geringfügige Nichtkonformitäten.</translation>
    </message>
    <message>
        <source>The deadline for a major nonconformity&apos;s corrective action must be %1 to %2 days; %3 is not.</source>
        <translation>Die Frist für die Korrekturmaßnahme einer schwerwiegenden Nichtkonformität muss %1 bis %2 Tage betragen; %3 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The deadline for a minor nonconformity&apos;s action plan must be %1 to %2 days; %3 is not.</source>
        <translation>Die Frist für den Maßnahmenplan einer geringfügigen Nichtkonformität muss %1 bis %2 Tage betragen; %3 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>There is no finding %1 in this audit.</source>
        <translation>In diesem Audit gibt es keine Feststellung %1.</translation>
    </message>
    <message>
        <source>A corrective action&apos;s status must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>Der Status einer Korrekturmaßnahme muss einer der folgenden sein: %1; „%2“ ist nicht zulässig.</translation>
    </message>
    <message>
        <source>Say who changes the corrective action&apos;s status; it is kept in its history.</source>
        <translation>Geben Sie an, wer den Status der Korrekturmaßnahme ändert; dies wird in ihrem Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>Major nonconformity %1 must be verified within six months of this Stage 2&apos;s last day, by %2; %3 is later. After that date another Stage 2 is needed before certification can be recommended.</source>
        <translation>Die schwerwiegende Nichtkonformität %1 muss innerhalb von sechs Monaten nach dem letzten Tag dieses Stufe-2-Audits verifiziert werden, also bis %2; %3 liegt danach. Nach diesem Datum ist ein erneutes Stufe-2-Audit erforderlich, bevor die Zertifizierung empfohlen werden kann.</translation>
    </message>
    <message>
        <source>A corrective action cannot go from %1 to %2; the order is %3, %4, %5, %6, then %7 or %8.</source>
        <translation>Eine Korrekturmaßnahme kann nicht von „%1“ zu „%2“ wechseln; die Reihenfolge ist %3, %4, %5, %6, dann %7 oder %8.</translation>
    </message>
</context>
<context>
    <name>CrossChecks</name>
    <message>
        <source>Risk %1 scores %2, above the acceptance threshold %3, and has no treatment.</source>
        <translation>Risiko %1 hat den Wert %2, liegt über der Akzeptanzschwelle %3 und wird nicht behandelt.</translation>
    </message>
    <message>
        <source>A risk above the client&apos;s own acceptance criteria left without treatment means the risk treatment process (6.1.3, 8.3) is not achieving its intended result.</source>
        <translation>Bleibt ein Risiko oberhalb der eigenen Risikoakzeptanzkriterien der Organisation unbehandelt, erreicht der Risikobehandlungsprozess (6.1.3, 8.3) nicht sein beabsichtigtes Ergebnis.</translation>
    </message>
    <message>
        <source>Risk %1 is to be mitigated but names no Annex A control.</source>
        <translation>Risiko %1 soll gemindert werden, nennt aber keine Maßnahme aus Anhang A.</translation>
    </message>
    <message>
        <source>Risk register entry %1: treatment &quot;mitigate&quot;, no controls chosen.</source>
        <translation>Risikoregistereintrag %1: Behandlung „mindern“, keine Maßnahmen ausgewählt.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 b) requires the controls needed to implement the treatment to be determined; one register entry lacks them.</source>
        <translation>Abschnitt 6.1.3 b) fordert, alle Maßnahmen festzulegen, die zur Umsetzung der Risikobehandlung erforderlich sind; bei einem Registereintrag fehlen sie.</translation>
    </message>
    <message>
        <source>Risk %1 is treated with control %2, which the SoA marks not applicable.</source>
        <translation>Risiko %1 wird mit Maßnahme %2 behandelt, die in der SoA als nicht anwendbar gekennzeichnet ist.</translation>
    </message>
    <message>
        <source>Risk register entry %1 lists control %2; SoA entry %2: not applicable (&quot;%3&quot;).</source>
        <translation>Risikoregistereintrag %1 nennt Maßnahme %2; SoA-Eintrag %2: nicht anwendbar („%3“).</translation>
    </message>
    <message>
        <source>The SoA and the risk treatment plan disagree (6.1.3 d); the control cannot both treat a risk and be excluded.</source>
        <translation>Erklärung zur Anwendbarkeit und Risikobehandlungsplan widersprechen sich (6.1.3 d); eine Maßnahme kann nicht zugleich ein Risiko behandeln und ausgeschlossen sein.</translation>
    </message>
    <message>
        <source>Risk %1 keeps a residual score of %2, above the acceptance threshold %3, without the risk owner&apos;s acceptance.</source>
        <translation>Risiko %1 behält einen Restrisikowert von %2 über der Akzeptanzschwelle %3, ohne dass der Risikoeigentümer ihn akzeptiert hat.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 f) requires the risk owners&apos; acceptance of residual risk; the gap is in one register entry.</source>
        <translation>Abschnitt 6.1.3 f) fordert die Akzeptanz der Restrisiken durch die Risikoeigentümer; die Lücke betrifft einen Registereintrag.</translation>
    </message>
    <message>
        <source>Control %1 is applicable, but no risk is treated with it and the SoA states no other reason (legal, contractual, business) for including it.</source>
        <translation>Maßnahme %1 ist anwendbar, aber kein Risiko wird damit behandelt, und die SoA nennt keinen anderen Grund (gesetzlich, vertraglich, geschäftlich) für ihre Aufnahme.</translation>
    </message>
    <message>
        <source>SoA entry %1: applicable, no justification; no risk register entry lists it.</source>
        <translation>SoA-Eintrag %1: anwendbar, keine Begründung; kein Risikoregistereintrag nennt ihn.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires a justification for every included control; one SoA entry lacks it.</source>
        <translation>Abschnitt 6.1.3 d) fordert eine Begründung für jede aufgenommene Maßnahme; bei einem SoA-Eintrag fehlt sie.</translation>
    </message>
    <message>
        <source>Control %1 is excluded from the SoA without a justification.</source>
        <translation>Maßnahme %1 ist ohne Begründung aus der SoA ausgeschlossen.</translation>
    </message>
    <message>
        <source>SoA entry %1: not applicable, justification empty.</source>
        <translation>SoA-Eintrag %1: nicht anwendbar, Begründung leer.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires the justification of every exclusion; one SoA entry lacks it.</source>
        <translation>Abschnitt 6.1.3 d) fordert eine Begründung für jeden Ausschluss; bei einem SoA-Eintrag fehlt sie.</translation>
    </message>
    <message numerus="yes">
        <source>The SoA does not state whether %n control(s) apply: %1.</source>
        <translation>
            <numerusform>Die SoA gibt für %n Maßnahme nicht an, ob sie anwendbar ist: %1.</numerusform>
            <numerusform>Die SoA gibt für %n Maßnahmen nicht an, ob sie anwendbar sind: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of Applicability: no applicability stated for %1.</source>
        <translation>Erklärung zur Anwendbarkeit: keine Angabe zur Anwendbarkeit für %1.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) requires the SoA to cover all 93 Annex A controls; a documentation gap that does not by itself show the ISMS failing.</source>
        <translation>Abschnitt 6.1.3 d) fordert, dass die SoA alle 93 Maßnahmen aus Anhang A abdeckt; eine Dokumentationslücke, die für sich allein kein Versagen des ISMS belegt.</translation>
    </message>
    <message>
        <source>There is no current cross-check result &quot;%1&quot; (see isoaudit-cli crosscheck).</source>
        <translation>Es gibt kein aktuelles Ergebnis der Konsistenzprüfung „%1“ (siehe isoaudit-cli crosscheck).</translation>
    </message>
    <message>
        <source>Risk above the acceptance threshold with no treatment</source>
        <translation>Risiko über der Akzeptanzschwelle ohne Behandlung</translation>
    </message>
    <message>
        <source>Risk to be mitigated with no Annex A control</source>
        <translation>Zu minderndes Risiko ohne Maßnahme aus Anhang A</translation>
    </message>
    <message>
        <source>Risk treated with a control the SoA marks not applicable</source>
        <translation>Risiko mit einer Maßnahme behandelt, die in der SoA nicht anwendbar ist</translation>
    </message>
    <message>
        <source>Applicable control with no linked risk and no stated reason</source>
        <translation>Anwendbare Maßnahme ohne verknüpftes Risiko und ohne angegebenen Grund</translation>
    </message>
    <message>
        <source>Exclusion without justification</source>
        <translation>Ausschluss ohne Begründung</translation>
    </message>
    <message>
        <source>SoA does not cover all 93 Annex A controls</source>
        <translation>SoA deckt nicht alle 93 Maßnahmen aus Anhang A ab</translation>
    </message>
    <message>
        <source>Residual risk above the threshold, not accepted</source>
        <translation>Restrisiko über der Schwelle, nicht akzeptiert</translation>
    </message>
    <message>
        <source>Cross-check result %1 is already raised as finding %2.</source>
        <translation>Das Ergebnis %1 der Konsistenzprüfung ist bereits als Feststellung %2 erfasst.</translation>
    </message>
    <message>
        <source>Cross-check result %1 was dismissed (&quot;%2&quot;); withdraw the dismissal before raising it.</source>
        <translation>Das Ergebnis %1 der Konsistenzprüfung wurde verworfen („%2“); nehmen Sie das Verwerfen zurück, bevor Sie es als Feststellung erfassen.</translation>
    </message>
    <message>
        <source>This audit already has a finding %1; choose another reference.</source>
        <translation>Dieses Audit hat bereits eine Feststellung %1; wählen Sie eine andere Referenz.</translation>
    </message>
    <message>
        <source>Dismissing cross-check result %1 needs a reason, which is kept with the audit.</source>
        <translation>Zum Verwerfen des Ergebnisses %1 der Konsistenzprüfung ist eine Begründung nötig; sie wird mit dem Audit gespeichert.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is raised as finding %2; delete the finding to dismiss it instead.</source>
        <translation>Das Ergebnis %1 der Konsistenzprüfung ist als Feststellung %2 erfasst; löschen Sie stattdessen die Feststellung, um es zu verwerfen.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is already dismissed.</source>
        <translation>Das Ergebnis %1 der Konsistenzprüfung ist bereits verworfen.</translation>
    </message>
    <message>
        <source>Cross-check result %1 is not dismissed.</source>
        <translation>Das Ergebnis %1 der Konsistenzprüfung ist nicht verworfen.</translation>
    </message>
    <message>
        <source>likelihood and impact</source>
        <translation>Eintrittswahrscheinlichkeit und Auswirkung</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Risk %1 is not rated: its %2 is not stated, so its level of risk cannot be compared with the acceptance criteria.</source>
        <translation>Risiko %1 ist nicht bewertet (nicht angegeben: %2), daher kann sein Risikoniveau nicht mit den Risikoakzeptanzkriterien verglichen werden.</translation>
    </message>
    <message>
        <source>Risk register entry %1: %2 not stated.</source>
        <translation>Risikoregistereintrag %1: %2 nicht angegeben.</translation>
    </message>
    <message>
        <source>Clause 6.1.2 d) requires each identified risk to be analysed (its consequences and likelihood assessed and its level determined); one register entry is not.</source>
        <translation>Abschnitt 6.1.2 d) fordert, jedes identifizierte Risiko zu analysieren (seine Folgen und Eintrittswahrscheinlichkeit zu beurteilen und sein Risikoniveau zu bestimmen); bei einem Registereintrag ist das nicht geschehen.</translation>
    </message>
    <message>
        <source>Risk %1 names no risk owner.</source>
        <translation>Risiko %1 nennt keinen Risikoeigentümer.</translation>
    </message>
    <message>
        <source>Risk register entry %1: risk owner not stated.</source>
        <translation>Risikoregistereintrag %1: Risikoeigentümer nicht angegeben.</translation>
    </message>
    <message>
        <source>Clause 6.1.2 c) 2) requires the risk owners to be identified; one register entry lacks its owner.</source>
        <translation>Abschnitt 6.1.2 c) 2) fordert, die Risikoeigentümer zu bestimmen; bei einem Registereintrag fehlt der Eigentümer.</translation>
    </message>
    <message>
        <source>Risk %1 scores %2, above the acceptance threshold %3, and is accepted without a residual rating.</source>
        <translation>Risiko %1 hat den Wert %2, liegt über der Akzeptanzschwelle %3 und wird ohne Bewertung des Restrisikos akzeptiert.</translation>
    </message>
    <message>
        <source>Risk register entry %1: treatment &quot;accept&quot; at score %2 (threshold %3); residual likelihood and impact not stated.</source>
        <translation>Risikoregistereintrag %1: Behandlung „akzeptieren“ bei Wert %2 (Schwelle %3); Restwahrscheinlichkeit und Restauswirkung nicht angegeben.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 e) and f) require the residual risk to be known and accepted by the risk owner; an acceptance above the client&apos;s own criteria with no residual rating leaves that open for one entry.</source>
        <translation>Abschnitt 6.1.3 e) und f) fordern, dass das Restrisiko bekannt ist und vom Risikoeigentümer akzeptiert wird; eine Akzeptanz oberhalb der eigenen Kriterien der Organisation ohne Bewertung des Restrisikos lässt dies für einen Eintrag offen.</translation>
    </message>
    <message>
        <source>The residual risk of %1 was accepted by %2, not by its risk owner %3.</source>
        <translation>Das Restrisiko von %1 wurde von %2 akzeptiert, nicht vom Risikoeigentümer %3.</translation>
    </message>
    <message>
        <source>Risk register entry %1: risk owner %2; residual risk accepted by %3.</source>
        <translation>Risikoregistereintrag %1: Risikoeigentümer %2; Restrisiko akzeptiert von %3.</translation>
    </message>
    <message>
        <source>Clause 6.1.3 f) requires the risk owners to approve the treatment plan and accept the residual risk; dismiss the result if %1 acts for the owner under a documented delegation.</source>
        <translation>Abschnitt 6.1.3 f) fordert, dass die Risikoeigentümer den Risikobehandlungsplan genehmigen und die Restrisiken akzeptieren; verwerfen Sie das Ergebnis, wenn %1 aufgrund einer dokumentierten Delegation für den Eigentümer handelt.</translation>
    </message>
    <message>
        <source>Clause %1 requires documented information, and no document or record linked to it is recorded in this audit. Was it presented? Link what you sighted, or raise a finding if it was requested and not available.</source>
        <translation>Abschnitt %1 fordert dokumentierte Information, doch in diesem Audit ist kein damit verknüpftes Dokument und keine Aufzeichnung erfasst. Wurde sie vorgelegt? Verknüpfen Sie, was Sie eingesehen haben, oder erfassen Sie eine Feststellung, wenn sie angefordert wurde und nicht verfügbar war.</translation>
    </message>
    <message>
        <source>State which documented information for clause %1 was requested, from whom, and what was presented.</source>
        <translation>Geben Sie an, welche dokumentierte Information zu Abschnitt %1 angefordert wurde, bei wem und was vorgelegt wurde.</translation>
    </message>
    <message>
        <source>Documented information that is missing while the process itself operates is suggested as minor. If the process the clause requires is absent, the capability of the management system to achieve its intended results is in doubt: grade it major (ISO/IEC 17021-1 definition of a major nonconformity).</source>
        <translation>Fehlt dokumentierte Information, während der Prozess selbst läuft, wird „geringfügig“ vorgeschlagen. Fehlt der Prozess, den der Abschnitt fordert, ist die Fähigkeit des Managementsystems, seine beabsichtigten Ergebnisse zu erreichen, in Zweifel: Stufen Sie die Feststellung als schwerwiegend ein (Definition der schwerwiegenden Nichtkonformität in ISO/IEC 17021-1).</translation>
    </message>
    <message>
        <source>Required documented information not linked to any evidence</source>
        <translation>Geforderte dokumentierte Information ohne verknüpften Nachweis</translation>
    </message>
    <message>
        <source>Risk with no likelihood or impact rating</source>
        <translation>Risiko ohne Bewertung von Eintrittswahrscheinlichkeit oder Auswirkung</translation>
    </message>
    <message>
        <source>Risk with no risk owner</source>
        <translation>Risiko ohne Risikoeigentümer</translation>
    </message>
    <message>
        <source>Risk above the threshold accepted with no residual rating</source>
        <translation>Risiko über der Schwelle ohne Bewertung des Restrisikos akzeptiert</translation>
    </message>
    <message>
        <source>Residual risk accepted by someone other than its owner</source>
        <translation>Restrisiko von jemand anderem als dem Risikoeigentümer akzeptiert</translation>
    </message>
    <message>
        <source>A finding&apos;s grade in this audit must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>Die Einstufung einer Feststellung muss in diesem Audit eine der folgenden sein: %1; „%2“ ist nicht zulässig.</translation>
    </message>
    <message>
        <source>Risk register entry %1: %2; treatment option not stated.</source>
        <translation>Risikoregistereintrag %1: %2; keine Behandlungsoption angegeben.</translation>
    </message>
    <message>
        <source>Risk register entry %1: residual %2; no acceptance by the owner (%3) recorded.</source>
        <translation>Risikoregistereintrag %1: Restrisiko (%2); keine Akzeptanz durch den Eigentümer (%3) erfasst.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1 opens a quoted field that is never closed.</source>
        <translation>Zeile %1 öffnet ein Feld in Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB; split it before importing.</source>
        <translation>%1 ist größer als 256 MB; teilen Sie die Datei vor dem Import auf.</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>Die Tabelle</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.</source>
        <translation>%1 ist ein ZIP-Archiv (eine Excel-Arbeitsmappe?), keine CSV-Datei; speichern Sie sie als .xlsx.</translation>
    </message>
    <message>
        <source>%1 is not a text table (CSV): it holds binary data.</source>
        <translation>%1 ist keine Texttabelle (CSV): Die Datei enthält Binärdaten.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabulatorgetrennt</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semikolongetrennt</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
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
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 is a zip archive (an Excel workbook?), not a CSV file; save it as .xlsx.</source>
        <translation>%1 ist ein ZIP-Archiv (eine Excel-Arbeitsmappe?), keine CSV-Datei; speichern Sie die Datei mit der Endung .xlsx.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CyclePlan</name>
    <message>
        <source>Surveillance 1</source>
        <translation>Überwachungsaudit 1</translation>
    </message>
    <message>
        <source>Surveillance 2</source>
        <translation>Überwachungsaudit 2</translation>
    </message>
</context>
<context>
    <name>DemoAudit</name>
    <message>
        <source>The demo audit is missing from this build of IsoAudit (%1).</source>
        <translation>Das Demo-Audit fehlt in diesem Build von IsoAudit (%1).</translation>
    </message>
    <message>
        <source>No folder was given for the demo audit.</source>
        <translation>Für das Demo-Audit wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>The folder %1 for the demo audit cannot be created.</source>
        <translation>Der Ordner %1 für das Demo-Audit kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo audit could not be created in %1: %2</source>
        <translation>Das Demo-Audit konnte nicht in %1 erstellt werden: %2</translation>
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
        <translation>Erneut erfasst: Korrektur und Korrekturmaßnahme zu %1 (erfasst in %2 am %3) waren nicht wirksam.</translation>
    </message>
    <message>
        <source>%1 names more than one earlier nonconformity; name it as REF@REPORT: %2.</source>
        <translation>%1 bezeichnet mehr als eine frühere Nichtkonformität; geben Sie sie als REF@REPORT an: %2.</translation>
    </message>
    <message>
        <source>This audit carries no earlier nonconformities to verify.</source>
        <translation>Dieses Audit enthält keine früheren Nichtkonformitäten zur Verifizierung.</translation>
    </message>
    <message>
        <source>No earlier nonconformity %1; this audit carries: %2.</source>
        <translation>Keine frühere Nichtkonformität %1; dieses Audit enthält: %2.</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Bewertung „%1“; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>Raised again: the correction and corrective action of %1 (raised at %2) were not effective.</source>
        <translation>Erneut erfasst: Korrektur und Korrekturmaßnahme zu %1 (erfasst in %2) waren nicht wirksam.</translation>
    </message>
</context>
<context>
    <name>EarlierVerification</name>
    <message>
        <source>Unknown verdict &quot;%1&quot;.</source>
        <translation>Unbekannte Bewertung „%1“.</translation>
    </message>
    <message>
        <source>%1 passed through a special audit; it is verified at the next audit.</source>
        <translation>%1 wurde von einem Sonderaudit weitergegeben; sie wird im nächsten Audit verifiziert.</translation>
    </message>
    <message>
        <source>Clear the verdict on %1</source>
        <translation>Bewertung von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Verify %1: %2</source>
        <translation>%1 verifizieren: %2</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>A new engagement needs the service organization&apos;s name.</source>
        <translation>Für eine neue SOC 2-Prüfung ist der Name des Dienstleistungsunternehmens anzugeben.</translation>
    </message>
    <message>
        <source>A new engagement needs the engagement lead&apos;s name.</source>
        <translation>Für eine neue SOC 2-Prüfung ist der Name des Auftragsverantwortlichen anzugeben.</translation>
    </message>
    <message>
        <source>Unknown SOC 2 report type &quot;%1&quot;; use type1 or type2.</source>
        <translation>Unbekannter SOC 2-Berichtstyp „%1“; verwenden Sie type1 oder type2.</translation>
    </message>
    <message>
        <source>A Type 2 engagement needs the start and the end of the period it reports on.</source>
        <translation>Eine Prüfung vom Typ 2 benötigt Beginn und Ende des Zeitraums, über den berichtet wird.</translation>
    </message>
    <message>
        <source>The period ends (%1) on or before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1) am oder vor seinem Beginn (%2).</translation>
    </message>
    <message>
        <source>A Type 1 engagement needs the date its report speaks as of.</source>
        <translation>Eine Prüfung vom Typ 1 benötigt den Stichtag, auf den sich der Bericht bezieht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services category; use %2.</source>
        <translation>„%1“ ist keine Trust-Services-Kategorie; verwenden Sie %2.</translation>
    </message>
</context>
<context>
    <name>EngagementData</name>
    <message>
        <source>This audit is not a SOC 2 engagement (its framework is %1).</source>
        <translation>Dieses Audit ist keine SOC 2-Prüfung (sein Regelwerk ist %1).</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Did not occur</source>
        <translation>Nicht vorgekommen</translation>
    </message>
</context>
<context>
    <name>ExceptionRollup</name>
    <message>
        <source>There is no control %1 in this engagement.</source>
        <translation>In dieser Prüfung gibt es keine Kontrolle %1.</translation>
    </message>
    <message>
        <source>Control %1 has no exceptions to assess: none of its sample items or tests found a deviation.</source>
        <translation>Für Kontrolle %1 sind keine Abweichungen zu beurteilen: Keines ihrer Stichprobenelemente und keine ihrer Prüfungshandlungen hat eine Abweichung ergeben.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 muss true oder false sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 muss ein Datum im Format JJJJ-MM-TT (YYYY-MM-DD) sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO 8601 (YYYY-MM-DDThh:mm), not &quot;%2&quot;.</source>
        <translation>%1 muss Datum und Uhrzeit nach ISO 8601 sein (YYYY-MM-DDThh:mm), nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2; &quot;%3&quot; is not.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2; „%3“ ist nicht zulässig.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 ist kein gültiges JSON: %2.</translation>
    </message>
</context>
<context>
    <name>FileImage</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the table %1: %2</source>
        <translation>Die Tabelle %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The audit is in file format %1, newer than this IsoAudit (format %2): update IsoAudit.</source>
        <translation>Das Audit liegt im Dateiformat %1 vor, das neuer ist als das dieser IsoAudit-Version (Format %2): Aktualisieren Sie IsoAudit.</translation>
    </message>
    <message>
        <source>The audit is in file format %1, older than this IsoAudit&apos;s (format %2): push it again with this version.</source>
        <translation>Das Audit liegt im Dateiformat %1 vor, das älter ist als das dieser IsoAudit-Version (Format %2): Laden Sie es mit dieser Version erneut hoch.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the table %1 is not in this file format (%2)</source>
        <translation>die Tabelle %1 gehört nicht zu diesem Dateiformat (%2)</translation>
    </message>
    <message>
        <source>a row of %1 has %2 values for %3 columns</source>
        <translation>eine Zeile von %1 hat %2 Werte für %3 Spalten</translation>
    </message>
    <message>
        <source>a row of %1 was refused: %2</source>
        <translation>eine Zeile von %1 wurde abgewiesen: %2</translation>
    </message>
    <message>
        <source>a row of %1 refers to a record that is not in the audit</source>
        <translation>eine Zeile von %1 verweist auf einen Datensatz, der nicht im Audit enthalten ist</translation>
    </message>
    <message>
        <source>its audit trail does not verify (%1)</source>
        <translation>ihr Änderungsprotokoll lässt sich nicht verifizieren (%1)</translation>
    </message>
    <message>
        <source>the finished file could not be renamed into place</source>
        <translation>die fertige Datei konnte nicht an ihren Platz umbenannt werden</translation>
    </message>
</context>
<context>
    <name>FindingClassifier</name>
    <message>
        <source>The nature of a nonconformity must be one of: %1; &quot;%2&quot; is not.</source>
        <translation>Die Art einer Nichtkonformität muss eine der folgenden sein: %1; „%2“ ist nicht zulässig.</translation>
    </message>
    <message>
        <source>Give both the samples that failed and the samples taken, or neither.</source>
        <translation>Geben Sie sowohl die fehlerhaften als auch die gezogenen Stichproben an, oder keines von beiden.</translation>
    </message>
    <message>
        <source>Sample counts cannot be negative.</source>
        <translation>Stichprobenzahlen können nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 samples cannot fail out of %2 taken.</source>
        <translation>Es können nicht %1 von %2 gezogenen Stichproben fehlerhaft sein.</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Feststellung %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 samples failed.</source>
        <translation>%1 von %2 Stichproben waren fehlerhaft.</translation>
    </message>
    <message>
        <source>ISO/IEC 17021-1 defines a major nonconformity as one that affects the capability of the management system to achieve its intended results.</source>
        <translation>ISO/IEC 17021-1 definiert eine schwerwiegende Nichtkonformität als eine, die die Fähigkeit des Managementsystems beeinträchtigt, die beabsichtigten Ergebnisse zu erreichen.</translation>
    </message>
    <message>
        <source>Major: the process the requirement calls for is absent, so the capability of the management system to achieve its intended results is in doubt.</source>
        <translation>Schwerwiegend: Der Prozess, den die Anforderung fordert, fehlt; daher ist die Fähigkeit des Managementsystems, die beabsichtigten Ergebnisse zu erreichen, in Zweifel.</translation>
    </message>
    <message>
        <source>Major: the requirement has broken down across instances, not in one, which gives significant doubt that effective process control is in place.</source>
        <translation>Schwerwiegend: Die Anforderung wird nicht nur in einem Fall, sondern durchgängig nicht erfüllt; das begründet erhebliche Zweifel, dass eine wirksame Prozesslenkung vorhanden ist.</translation>
    </message>
    <message>
        <source>Major: you recorded significant doubt that the ISMS can achieve its intended results.</source>
        <translation>Schwerwiegend: Sie haben erhebliche Zweifel erfasst, dass das ISMS seine beabsichtigten Ergebnisse erreichen kann.</translation>
    </message>
    <message>
        <source>Major by the certification body&apos;s sampling policy, not by ISO/IEC 17021-1 (which sets no failure rate): %1 of %2 samples failed, more than the policy&apos;s %3 %. Grade minor if the failures share one isolated cause and the capability of the ISMS is not in doubt.</source>
        <translation>Schwerwiegend nach der Stichprobenrichtlinie der Zertifizierungsstelle, nicht nach ISO/IEC 17021-1 (die keine Fehlerquote festlegt): %1 von %2 Stichproben waren fehlerhaft, mehr als die %3 % der Richtlinie. Stufen Sie die Feststellung als geringfügig ein, wenn die Fehler auf eine einzige, isolierte Ursache zurückgehen und die Fähigkeit des ISMS nicht in Zweifel steht.</translation>
    </message>
    <message>
        <source>Minor: the requirement is not fulfilled in an isolated instance, and the capability of the ISMS to achieve its intended results is not affected (ISO/IEC 17021-1 minor nonconformity).</source>
        <translation>Geringfügig: Die Anforderung ist in einem Einzelfall nicht erfüllt, und die Fähigkeit des ISMS, die beabsichtigten Ergebnisse zu erreichen, ist nicht beeinträchtigt (geringfügige Nichtkonformität nach ISO/IEC 17021-1).</translation>
    </message>
    <message>
        <source>The sampling policy&apos;s failure rate must be 1 to 100 %; %1 is not.</source>
        <translation>Die Fehlerquote der Stichprobenrichtlinie muss zwischen 1 und 100 % liegen; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The sampling policy needs at least one failed sample; %1 is not enough.</source>
        <translation>Die Stichprobenrichtlinie erfordert mindestens eine fehlerhafte Stichprobe; %1 reicht nicht aus.</translation>
    </message>
    <message>
        <source>Say whether the required process is absent, operates without the documented information required, has broken down systemically, or shows an isolated lapse; the grade follows from that.</source>
        <translation>Geben Sie an, ob der geforderte Prozess fehlt, ohne die geforderte dokumentierte Information durchgeführt wird, systematisch versagt hat oder einen Einzelfall zeigt; daraus ergibt sich die Einstufung.</translation>
    </message>
    <message>
        <source>Minor: the process operates, but the documented information the requirement calls for is missing; that alone does not affect the capability of the ISMS to achieve its intended results (ISO/IEC 17021-1 minor nonconformity). Grade major if the missing information puts effective process control in doubt.</source>
        <translation>Geringfügig: Der Prozess wird durchgeführt, aber die von der Anforderung geforderte dokumentierte Information fehlt; das allein beeinträchtigt nicht die Fähigkeit des ISMS, die beabsichtigten Ergebnisse zu erreichen (geringfügige Nichtkonformität nach ISO/IEC 17021-1). Stufen Sie die Feststellung als schwerwiegend ein, wenn die fehlende Information eine wirksame Prozesslenkung in Zweifel stellt.</translation>
    </message>
    <message>
        <source>a major nonconformity</source>
        <translation>eine schwerwiegende Nichtkonformität</translation>
    </message>
    <message>
        <source>a minor nonconformity</source>
        <translation>eine geringfügige Nichtkonformität</translation>
    </message>
    <message>
        <source>Area of concern: a Stage 1 audit identifies areas of concern that could be classified as nonconformities at Stage 2 (ISO/IEC 17021-1 9.3.1.2.2). At Stage 2 this would be %1. %2</source>
        <translation>Problembereich: Ein Stufe-1-Audit identifiziert Problembereiche, die in Stufe 2 als Nichtkonformitäten eingestuft werden könnten (ISO/IEC 17021-1 9.3.1.2.2). In Stufe 2 wäre dies %1. %2</translation>
    </message>
</context>
<context>
    <name>HeatMapPainter</name>
    <message>
        <source>The client&apos;s risk method defines no likelihood or impact levels.</source>
        <translation>Die Risikomethode des Kunden definiert keine Stufen für Wahrscheinlichkeit oder Auswirkung.</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Auswirkung →</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Wahrscheinlichkeit ↑</translation>
    </message>
    <message>
        <source>Heavy line: the client&apos;s acceptance threshold (scores up to %1 are acceptable).</source>
        <translation>Dicke Linie: Akzeptanzschwelle des Kunden (Werte bis %1 sind akzeptabel).</translation>
    </message>
    <message>
        <source>The client&apos;s method states no acceptance threshold.</source>
        <translation>Die Methode des Kunden nennt keine Akzeptanzschwelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) plotted</source>
        <translation>
            <numerusform>%n Risiko dargestellt</numerusform>
            <numerusform>%n Risiken dargestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a rating not plotted</source>
        <translation>
            <numerusform>%n ohne Bewertung nicht dargestellt</numerusform>
            <numerusform>%n ohne Bewertung nicht dargestellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %1 (%n rows)</source>
        <translation>
            <numerusform>%1 importieren (%n Zeile)</numerusform>
            <numerusform>%1 importieren (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>column %1 &quot;%2&quot;: not imported</source>
        <translation>Spalte %1 „%2“: nicht importiert</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; -&gt; %3</source>
        <translation>Spalte %1 „%2“ -&gt; %3</translation>
    </message>
    <message>
        <source>%1: %2 data rows read; %3 new, %4 updated; %5 problems in the row report.</source>
        <translation>%1: %2 Datenzeilen gelesen; %3 neu, %4 aktualisiert; %5 Probleme im Zeilenbericht.</translation>
    </message>
    <message>
        <source>row %1: %2 (ISO/IEC 27001:2013) read as A.%3 (2022)</source>
        <translation>Zeile %1: %2 (ISO/IEC 27001:2013) gelesen als A.%3 (2022)</translation>
    </message>
    <message>
        <source>The SoA does not cover %1 of the 93 Annex A controls; they are left as they were: %2</source>
        <translation>Die SoA deckt %1 der 93 Maßnahmen aus Anhang A nicht ab; sie bleiben unverändert: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2 &quot;%3&quot;, value &quot;%4&quot;: %5</source>
        <translation>Zeile %1, Spalte %2 „%3“, Wert „%4“: %5</translation>
    </message>
    <message>
        <source>read: %1; header row %2</source>
        <translation>gelesen: %1; Kopfzeile %2</translation>
    </message>
    <message>
        <source>2013 numbering mapped to 2022:</source>
        <translation>Nummerierung 2013 auf 2022 abgebildet:</translation>
    </message>
    <message>
        <source>row report:</source>
        <translation>Zeilenbericht:</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>The lifecycle state and the report revision change only by advancing or reopening the audit, which checks the workflow rules.</source>
        <translation>Status und Berichtsrevision ändern sich nur, wenn das Audit weitergeschaltet oder wieder geöffnet wird; dabei werden die Workflow-Regeln geprüft.</translation>
    </message>
    <message>
        <source>The audit is signed: the signed report is the record and cannot change. Reopen the audit with a reason to make changes.</source>
        <translation>Das Audit ist signiert: Der signierte Bericht ist die maßgebliche Aufzeichnung und kann nicht geändert werden. Öffnen Sie das Audit mit einer Begründung wieder, um Änderungen vorzunehmen.</translation>
    </message>
    <message numerus="yes">
        <source>The audit cannot move to %1: %n rule(s) are not met.</source>
        <translation>
            <numerusform>Das Audit kann nicht in den Status %1 wechseln: %n Regel ist nicht erfüllt.</numerusform>
            <numerusform>Das Audit kann nicht in den Status %1 wechseln: %n Regeln sind nicht erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>An audit advances to fieldwork or reporting, not &quot;%1&quot;.</source>
        <translation>Ein Audit wechselt in Durchführung oder Berichterstellung, nicht in „%1“.</translation>
    </message>
    <message>
        <source>An audit becomes signed by signing its report: use `isoaudit-cli sign` or Report ▸ Sign report…</source>
        <translation>Ein Audit wird durch Signieren seines Berichts signiert: Verwenden Sie `isoaudit-cli sign` oder Bericht ▸ Bericht signieren…</translation>
    </message>
    <message>
        <source>The audit is already in %1.</source>
        <translation>Das Audit ist bereits im Status %1.</translation>
    </message>
    <message>
        <source>The audit is in %1; it can only advance to %2, one step at a time.</source>
        <translation>Das Audit ist im Status %1; es kann nur zu %2 wechseln, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>nothing (reopen it first)</source>
        <translation>nichts (zuerst wieder öffnen)</translation>
    </message>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Nur ein Audit in Berichterstellung kann signiert werden; dieses ist im Status %1.</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name and the time of signing.</source>
        <translation>Eine Signatur erfordert den Namen des Unterzeichners und den Zeitpunkt der Signatur.</translation>
    </message>
    <message>
        <source>Only a signed audit can be reopened; this one is in %1.</source>
        <translation>Nur ein signiertes Audit kann wieder geöffnet werden; dieses ist im Status %1.</translation>
    </message>
    <message>
        <source>Reopening a signed audit needs a reason; it is kept with the signed revision.</source>
        <translation>Zum Wiederöffnen eines signierten Audits ist eine Begründung nötig; sie wird mit der signierten Revision gespeichert.</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>The audit is signed; there is no further step.</source>
        <translation>Das Audit ist signiert; es gibt keinen weiteren Schritt.</translation>
    </message>
    <message>
        <source>The audit was opened read-only; its state cannot change.</source>
        <translation>Das Audit wurde schreibgeschützt geöffnet; sein Status kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Reopening a signed audit needs a reason; it is kept with the signed revision.</source>
        <translation>Zum Wiederöffnen eines signierten Audits ist eine Begründung nötig; sie wird mit der signierten Revision gespeichert.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 Annex A</source>
        <translation>ISO/IEC 27001 Anhang A</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 clauses 4–10</source>
        <translation>ISO/IEC 27001 Abschnitte 4–10</translation>
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
        <translation>Blocker (Regel %1)</translation>
    </message>
    <message>
        <source>Warning (rule %1)</source>
        <translation>Warnung (Regel %1)</translation>
    </message>
</context>
<context>
    <name>MergeSides</name>
    <message>
        <source>Push: Merge with the Repository&apos;s Version</source>
        <translation>Hochladen: Mit dem Stand des Repositorys zusammenführen</translation>
    </message>
    <message>
        <source>Push to %1: Merge with the Repository&apos;s Version</source>
        <translation>Hochladen in %1: Mit dem Stand des Repositorys zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict to resolve</source>
        <translation>
            <numerusform>%n Konflikt zu lösen</numerusform>
            <numerusform>%n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n Konflikt zu lösen</numerusform>
            <numerusform>%n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>This file against the repository&apos;s version: %1, no conflicts</source>
        <translation>Diese Datei im Vergleich zum Stand des Repositorys: %1, keine Konflikte</translation>
    </message>
    <message>
        <source>This file against the repository&apos;s version: %1, %2</source>
        <translation>Diese Datei im Vergleich zum Stand des Repositorys: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change to take</source>
        <translation>
            <numerusform>%n Änderung zu übernehmen</numerusform>
            <numerusform>%n Änderungen zu übernehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to take</source>
        <translation>
            <numerusform>%n Änderung zu übernehmen</numerusform>
            <numerusform>%n Änderungen zu übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no conflicts</source>
        <translation>%1: %2, keine Konflikte</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Changes only one side made are taken as they are. For each conflict choose which version stands: the other stays in the history. Alt+M keeps the repository&apos;s version, Alt+T takes this file&apos;s, Alt+B keeps both texts; the arrow keys move through the list.</source>
        <translation>Änderungen, die nur eine Seite vorgenommen hat, werden unverändert übernommen. Wählen Sie bei jedem Konflikt, welche Fassung gilt: Die andere bleibt im Verlauf erhalten. Alt+M behält die Fassung des Repositorys, Alt+T übernimmt die Fassung dieser Datei, Alt+B behält beide Texte; mit den Pfeiltasten bewegen Sie sich durch die Liste.</translation>
    </message>
    <message>
        <source>Changes only one side made are taken as they are. For each conflict choose which version stands: the other stays in the history. Alt+M keeps mine, Alt+T takes theirs, Alt+B keeps both texts; the arrow keys move through the list.</source>
        <translation>Änderungen, die nur eine Seite vorgenommen hat, werden unverändert übernommen. Wählen Sie bei jedem Konflikt, welche Fassung gilt: Die andere bleibt im Verlauf erhalten. Alt+M behält meine Fassung, Alt+T übernimmt die andere, Alt+B behält beide Texte; mit den Pfeiltasten bewegen Sie sich durch die Liste.</translation>
    </message>
    <message>
        <source>Changes in this file</source>
        <translation>Änderungen in dieser Datei</translation>
    </message>
    <message>
        <source>Changes in the team member&apos;s copy</source>
        <translation>Änderungen in der Kopie des Teammitglieds</translation>
    </message>
    <message>
        <source>Keep A&amp;ll the Repository&apos;s</source>
        <translation>Alle aus dem Repository beha&amp;lten</translation>
    </message>
    <message>
        <source>Keep A&amp;ll Mine</source>
        <translation>Alle meine beha&amp;lten</translation>
    </message>
    <message>
        <source>Keep the repository&apos;s version of every conflict</source>
        <translation>Bei jedem Konflikt die Fassung des Repositorys behalten</translation>
    </message>
    <message>
        <source>Keep your file&apos;s version of every conflict</source>
        <translation>Bei jedem Konflikt die Fassung Ihrer Datei behalten</translation>
    </message>
    <message>
        <source>Take All from T&amp;his File</source>
        <translation>Alle aus dieser Datei über&amp;nehmen</translation>
    </message>
    <message>
        <source>Take All T&amp;heirs</source>
        <translation>Alle anderen über&amp;nehmen</translation>
    </message>
    <message>
        <source>Take this file&apos;s version of every conflict</source>
        <translation>Bei jedem Konflikt die Fassung dieser Datei übernehmen</translation>
    </message>
    <message>
        <source>Take the copy&apos;s version of every conflict</source>
        <translation>Bei jedem Konflikt die Fassung der Kopie übernehmen</translation>
    </message>
    <message>
        <source>Merge and Push</source>
        <translation>Zusammenführen und hochladen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge this file into the repository&apos;s version and push it; this file is then replaced by the merged audit</source>
        <translation>Diese Datei mit dem Stand des Repositorys zusammenführen und hochladen; anschließend wird diese Datei durch das zusammengeführte Audit ersetzt</translation>
    </message>
    <message>
        <source>Bring the changes into your file as one step (Ctrl+Z takes it back)</source>
        <translation>Die Änderungen in einem Schritt in Ihre Datei übernehmen (Ctrl+Z macht ihn rückgängig)</translation>
    </message>
    <message>
        <source>When last in sync</source>
        <translation>Letzter gemeinsamer Stand</translation>
    </message>
    <message>
        <source>At the fork</source>
        <translation>Ausgangsstand</translation>
    </message>
    <message>
        <source>The repository&apos;s version</source>
        <translation>Fassung des Repositorys</translation>
    </message>
    <message>
        <source>Mine (your file)</source>
        <translation>Meine Fassung (Ihre Datei)</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Andere Fassung (%1)</translation>
    </message>
    <message>
        <source>Keep the repository&apos;s</source>
        <translation>Fassung des Repositorys behalten</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take this file&apos;s</source>
        <translation>Fassung dieser Datei übernehmen</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Keep the record (the repository&apos;s changes)</source>
        <translation>Datensatz behalten (Änderungen im Repository)</translation>
    </message>
    <message>
        <source>Keep the record (this file&apos;s changes)</source>
        <translation>Datensatz behalten (Änderungen in dieser Datei)</translation>
    </message>
    <message>
        <source>the team member</source>
        <translation>dem Teammitglied</translation>
    </message>
    <message>
        <source>Keep the record (your changes)</source>
        <translation>Datensatz behalten (Ihre Änderungen)</translation>
    </message>
    <message>
        <source>Keep the record (%1&apos;s changes)</source>
        <translation>Datensatz behalten (Änderungen von %1)</translation>
    </message>
    <message>
        <source>Delete it (as this file did)</source>
        <translation>Datensatz löschen (wie in dieser Datei)</translation>
    </message>
    <message>
        <source>Delete it (as the repository&apos;s version did)</source>
        <translation>Datensatz löschen (wie im Stand des Repositorys)</translation>
    </message>
    <message>
        <source>Delete it (as %1 did)</source>
        <translation>Datensatz löschen (wie von %1 gelöscht)</translation>
    </message>
    <message>
        <source>Delete it (as you did)</source>
        <translation>Datensatz löschen (wie in Ihrer Datei)</translation>
    </message>
    <message>
        <source>This file added this record. The push adds it to the repository.</source>
        <translation>Dieser Datensatz wurde in dieser Datei hinzugefügt. Beim Hochladen wird er in das Repository übernommen.</translation>
    </message>
    <message>
        <source>This file changed this record. The changes below are sent to the repository.</source>
        <translation>Dieser Datensatz wurde in dieser Datei geändert. Die folgenden Änderungen werden an das Repository gesendet.</translation>
    </message>
    <message>
        <source>This file deleted this record, which nobody changed in the repository. It is deleted there too; the history keeps it.</source>
        <translation>Dieser Datensatz wurde in dieser Datei gelöscht und im Repository von niemandem geändert. Er wird auch dort gelöscht; der Verlauf bewahrt ihn auf.</translation>
    </message>
    <message>
        <source>This file deleted this record; the repository&apos;s version changed it. Keep it or delete it.</source>
        <translation>Dieser Datensatz wurde in dieser Datei gelöscht und im Stand des Repositorys geändert. Behalten oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>This file deleted this record; %1 changed it in the repository&apos;s version. Keep it or delete it.</source>
        <translation>Dieser Datensatz wurde in dieser Datei gelöscht und im Stand des Repositorys von %1 geändert. Behalten oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>The repository&apos;s version deleted this record; this file changed it. Keep it or delete it.</source>
        <translation>Dieser Datensatz wurde im Stand des Repositorys gelöscht und in dieser Datei geändert. Behalten oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>%1 deleted this record in the repository&apos;s version; this file changed it. Keep it or delete it.</source>
        <translation>Dieser Datensatz wurde im Stand des Repositorys von %1 gelöscht und in dieser Datei geändert. Behalten oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>This file (changed by %1) and the repository&apos;s version (changed by %2) both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Dieser Datensatz wurde sowohl in dieser Datei (von %1) als auch im Stand des Repositorys (von %2) geändert. Treffen Sie unten für jedes Feld eine Wahl; die nicht gewählte Fassung bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>This file and the repository&apos;s version both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Dieser Datensatz wurde sowohl in dieser Datei als auch im Stand des Repositorys geändert. Treffen Sie unten für jedes Feld eine Wahl; die nicht gewählte Fassung bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <source>The team member</source>
        <translation>Das Teammitglied</translation>
    </message>
    <message>
        <source>%1 added this record. It is added to your file.</source>
        <translation>%1 hat diesen Datensatz hinzugefügt. Er wird in Ihre Datei übernommen.</translation>
    </message>
    <message>
        <source>%1 changed this record. The changes below are taken.</source>
        <translation>%1 hat diesen Datensatz geändert. Die folgenden Änderungen werden übernommen.</translation>
    </message>
    <message>
        <source>%1 deleted this record, which nobody changed in your file. It is deleted here too; the history keeps it.</source>
        <translation>%1 hat diesen Datensatz gelöscht, den in Ihrer Datei niemand geändert hat. Er wird auch hier gelöscht; der Verlauf bewahrt ihn auf.</translation>
    </message>
    <message>
        <source>%1 deleted this record; you changed it. Keep it or delete it.</source>
        <translation>%1 hat diesen Datensatz gelöscht; Sie haben ihn geändert. Behalten oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>You deleted this record; %1 changed it. Keep it or delete it.</source>
        <translation>Sie haben diesen Datensatz gelöscht; %1 hat ihn geändert. Behalten oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>You and %1 both changed this record. Choose for each field below; the version not taken stays in the history.</source>
        <translation>Sie und %1 haben diesen Datensatz beide geändert. Treffen Sie unten für jedes Feld eine Wahl; die nicht gewählte Fassung bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Nothing to bring over.</source>
        <translation>Nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>Also taken from this file, without a conflict</source>
        <translation>Ebenfalls ohne Konflikt aus dieser Datei übernommen</translation>
    </message>
    <message>
        <source>Taken from this file</source>
        <translation>Aus dieser Datei übernommen</translation>
    </message>
    <message>
        <source>Also taken from %1, without a conflict</source>
        <translation>Ebenfalls ohne Konflikt übernommen aus: %1</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Übernommen aus: %1</translation>
    </message>
    <message>
        <source>Now in the repository</source>
        <translation>Jetzt im Repository</translation>
    </message>
    <message>
        <source>Now in your file</source>
        <translation>Jetzt in Ihrer Datei</translation>
    </message>
    <message>
        <source>The record as it is in the repository</source>
        <translation>Der Datensatz, wie er im Repository steht</translation>
    </message>
    <message>
        <source>The record as it is in your file</source>
        <translation>Der Datensatz, wie er in Ihrer Datei steht</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>A file of %1</source>
        <translation>Datei mit %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>Die Kopie</translation>
    </message>
    <message>
        <source>%1&apos;s copy</source>
        <translation>Kopie von %1</translation>
    </message>
</context>
<context>
    <name>NextAudit</name>
    <message numerus="yes">
        <source>Team: %n member(s) besides the lead, editable.</source>
        <translation>
            <numerusform>Team: %n Mitglied neben dem Auditteamleiter, bearbeitbar.</numerusform>
            <numerusform>Team: %n Mitglieder neben dem Auditteamleiter, bearbeitbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Risk register: %n risk(s) carried over as the starting point.</source>
        <translation>
            <numerusform>Risikoregister: %n Risiko als Ausgangspunkt übernommen.</numerusform>
            <numerusform>Risikoregister: %n Risiken als Ausgangspunkt übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of Applicability carried over; the last audit&apos;s verdicts are kept as context.</source>
        <translation>Erklärung zur Anwendbarkeit übernommen; die Bewertungen des vorherigen Audits bleiben als Kontext erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier nonconformities to verify: %n.</source>
        <translation>
            <numerusform>Zu verifizierende frühere Nichtkonformitäten: %n.</numerusform>
            <numerusform>Zu verifizierende frühere Nichtkonformitäten: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme: the last audit is now part of the history.</source>
        <translation>Auditprogramm: Das vorherige Audit ist jetzt Teil der Historie.</translation>
    </message>
    <message>
        <source>Plan: %1 clause items and %2 controls proposed from the programme&apos;s coverage.</source>
        <translation>Plan: %1 Abschnittspunkte und %2 Maßnahmen anhand der Abdeckung im Auditprogramm vorgeschlagen.</translation>
    </message>
    <message>
        <source>Unknown audit type &quot;%1&quot;; use one of: stage2, surveillance, recertification, special.</source>
        <translation>Unbekannte Auditart „%1“; verwenden Sie eine der folgenden: stage2, surveillance, recertification, special.</translation>
    </message>
    <message>
        <source>A Stage 1 audit starts a client&apos;s initial certification; create it as a new audit.</source>
        <translation>Ein Stufe-1-Audit eröffnet die Erstzertifizierung eines Kunden; legen Sie es als neues Audit an.</translation>
    </message>
    <message>
        <source>Only an ISO/IEC 27001 audit belongs to a certification cycle; this one is not.</source>
        <translation>Nur ein ISO/IEC 27001-Audit gehört zu einem Zertifizierungszyklus; dieses ist keines.</translation>
    </message>
    <message>
        <source>The last audit is not signed (it is in %1): the next audit starts from a signed audit, so that what it carries forward is what the signed report says.</source>
        <translation>Das vorherige Audit ist nicht signiert (es ist im Status %1): Das nächste Audit setzt auf einem signierten Audit auf, damit das Übernommene dem entspricht, was der signierte Bericht aussagt.</translation>
    </message>
    <message>
        <source>A %1 audit does not follow a %2 audit in the certification cycle.</source>
        <translation>Ein Audit vom Typ „%1“ folgt im Zertifizierungszyklus nicht auf ein Audit vom Typ „%2“.</translation>
    </message>
    <message>
        <source>The next audit needs a file of its own; %1 is the last audit&apos;s.</source>
        <translation>Das nächste Audit benötigt eine eigene Datei; %1 gehört zum vorherigen Audit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the signed report %1: %2</source>
        <translation>Der signierte Bericht %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not the report signed for %2 (its SHA-256 differs from the signed revision&apos;s).</source>
        <translation>%1 ist nicht der für %2 signierte Bericht (sein SHA-256 weicht von dem der signierten Revision ab).</translation>
    </message>
</context>
<context>
    <name>Opinion</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opinion; use %2.</source>
        <translation>„%1“ ist kein Prüfungsurteil; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>The criteria not met must be criteria of the categories in scope; %1 is not.</source>
        <translation>Die nicht erfüllten Kriterien müssen Kriterien der Kategorien im Prüfungsumfang sein; %1 ist es nicht.</translation>
    </message>
    <message>
        <source>The criteria not met must be criteria of the categories in scope; %1 are not.</source>
        <translation>Die nicht erfüllten Kriterien müssen Kriterien der Kategorien im Prüfungsumfang sein; %1 sind es nicht.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given: criterion %1 is not met. Give a qualified or adverse opinion, or take it off the criteria not met.</source>
        <translation>Ein nicht modifiziertes Prüfungsurteil kann nicht abgegeben werden: Kriterium %1 ist nicht erfüllt. Geben Sie ein eingeschränktes oder versagtes Prüfungsurteil ab, oder streichen Sie das Kriterium aus den nicht erfüllten Kriterien.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given: criteria %1 are not met. Give a qualified or adverse opinion, or take them off the criteria not met.</source>
        <translation>Ein nicht modifiziertes Prüfungsurteil kann nicht abgegeben werden: Die Kriterien %1 sind nicht erfüllt. Geben Sie ein eingeschränktes oder versagtes Prüfungsurteil ab, oder streichen Sie sie aus den nicht erfüllten Kriterien.</translation>
    </message>
    <message>
        <source>An unmodified opinion cannot be given yet: every control mapped to %1 failed (exceptions assessed as systematic, or a design not suitably designed) and the effect on the criterion is not stated. State each exception&apos;s effect (or the design note), or list the criterion as not met.</source>
        <translation>Ein nicht modifiziertes Prüfungsurteil kann noch nicht abgegeben werden: Jede %1 zugeordnete Kontrolle ist fehlgeschlagen (Abweichungen als systematisch beurteilt oder Ausgestaltung nicht angemessen), und die Auswirkung auf das Kriterium ist nicht angegeben. Geben Sie für jede Abweichung die Auswirkung an (bzw. die Anmerkung zur Ausgestaltung), oder führen Sie das Kriterium als nicht erfüllt auf.</translation>
    </message>
    <message>
        <source>A qualified opinion names at least one criterion that is not met.</source>
        <translation>Ein eingeschränktes Prüfungsurteil nennt mindestens ein nicht erfülltes Kriterium.</translation>
    </message>
    <message>
        <source>A qualified opinion states its basis: the matter that gives rise to the qualification.</source>
        <translation>Ein eingeschränktes Prüfungsurteil nennt seine Grundlage: den Sachverhalt, der zur Einschränkung führt.</translation>
    </message>
    <message>
        <source>An adverse opinion states its basis: why the controls did not achieve the criteria.</source>
        <translation>Ein versagtes Prüfungsurteil nennt seine Grundlage: warum die Kontrollen die Kriterien nicht erreicht haben.</translation>
    </message>
    <message>
        <source>A disclaimer of opinion states its basis: why sufficient evidence could not be obtained.</source>
        <translation>Eine Erklärung der Nichtabgabe eines Prüfungsurteils nennt ihre Grundlage: warum keine ausreichenden geeigneten Nachweise erlangt werden konnten.</translation>
    </message>
</context>
<context>
    <name>PackageCrypto</name>
    <message>
        <source>An encrypted package needs a passphrase.</source>
        <translation>Ein verschlüsseltes Paket erfordert eine Passphrase.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; the package was not written.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen; das Paket wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation>Der Schlüssel konnte nicht aus der Passphrase abgeleitet werden (scrypt fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The package could not be encrypted (OpenSSL AES-256-GCM failed).</source>
        <translation>Das Paket konnte nicht verschlüsselt werden (OpenSSL AES-256-GCM fehlgeschlagen).</translation>
    </message>
    <message>
        <source>This is not an encrypted IsoAudit package.</source>
        <translation>Dies ist kein verschlüsseltes IsoAudit-Paket.</translation>
    </message>
    <message>
        <source>The encrypted package is truncated (%1 bytes): it was not copied completely.</source>
        <translation>Das verschlüsselte Paket ist abgeschnitten (%1 Byte): Es wurde nicht vollständig kopiert.</translation>
    </message>
    <message>
        <source>The encrypted package has format version %1; this IsoAudit reads version %2. Update IsoAudit.</source>
        <translation>Das verschlüsselte Paket hat die Formatversion %1; diese IsoAudit-Version liest Version %2. Aktualisieren Sie IsoAudit.</translation>
    </message>
    <message>
        <source>The encrypted package uses an unknown key derivation (%1).</source>
        <translation>Das verschlüsselte Paket verwendet eine unbekannte Schlüsselableitung (%1).</translation>
    </message>
    <message>
        <source>The encrypted package&apos;s key derivation parameters are out of range; it is damaged or was not written by IsoAudit.</source>
        <translation>Die Parameter der Schlüsselableitung des verschlüsselten Pakets liegen außerhalb des zulässigen Bereichs; es ist beschädigt oder wurde nicht von IsoAudit geschrieben.</translation>
    </message>
    <message>
        <source>The package is encrypted: a passphrase is needed.</source>
        <translation>Das Paket ist verschlüsselt: Eine Passphrase ist erforderlich.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted: the passphrase is wrong, or the package was changed or damaged after it was sealed.</source>
        <translation>Das Paket kann nicht entschlüsselt werden: Die Passphrase ist falsch, oder das Paket wurde nach dem Versiegeln geändert oder beschädigt.</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2.</source>
        <translation>fehlerhaftes JSON an Position %1: %2.</translation>
    </message>
    <message>
        <source>not an IsoAudit package (it is a JSON array, not an object with &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>kein IsoAudit-Paket (es ist ein JSON-Array, kein Objekt mit &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>not an IsoAudit package (it has no &quot;format&quot;; expected &quot;%1&quot;).</source>
        <translation>kein IsoAudit-Paket (&quot;format&quot; fehlt; erwartet wird &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>not an IsoAudit package (format is %1, expected &quot;%2&quot;).</source>
        <translation>kein IsoAudit-Paket (Format ist %1, erwartet wird &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>the package has no &quot;version&quot;.</source>
        <translation>dem Paket fehlt &quot;version&quot;.</translation>
    </message>
    <message>
        <source>version must be a whole number, not %1.</source>
        <translation>version muss eine ganze Zahl sein (gefunden: %1).</translation>
    </message>
    <message>
        <source>%1: unknown key at the top level of the package; the keys are: %2.</source>
        <translation>%1: unbekannter Schlüssel auf oberster Ebene des Pakets; gültige Schlüssel: %2.</translation>
    </message>
    <message>
        <source>the package has no &quot;%1&quot;.</source>
        <translation>dem Paket fehlt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is missing from the package; it was created with default values.</source>
        <translation>%1 fehlt im Paket; es wurde mit Standardwerten angelegt.</translation>
    </message>
    <message>
        <source>%1 must be an array, not %2.</source>
        <translation>%1 muss ein Array sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 muss ein Objekt sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; a %3 has: %4.</source>
        <translation>%1.%2: unbekannter Schlüssel; %3 hat: %4.</translation>
    </message>
    <message>
        <source>%1.uuid is missing.</source>
        <translation>%1.uuid fehlt.</translation>
    </message>
    <message>
        <source>%1.uuid must be a string, not %2.</source>
        <translation>%1.uuid muss eine Zeichenkette sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1.uuid: %2 is not a UUID.</source>
        <translation>%1.uuid: %2 ist keine UUID.</translation>
    </message>
    <message>
        <source>%1.uuid: &quot;%2&quot; is already used by %3.</source>
        <translation>%1.uuid: „%2“ wird bereits von %3 verwendet.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation>%1 muss eine Zeichenkette sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1: no %2 with uuid %3.</source>
        <translation>%1: kein(e) %2 mit UUID %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number or null, not %2.</source>
        <translation>%1 muss eine ganze Zahl oder null sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 muss true oder false sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1 must be a string or null, not %2.</source>
        <translation>%1 muss eine Zeichenkette oder null sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1 must be a JSON array or object, not %2.</source>
        <translation>%1 muss ein JSON-Array oder -Objekt sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1 must be a base64 string, not %2.</source>
        <translation>%1 muss eine Base64-Zeichenkette sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation>%1 ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>%1 must be an array of strings, not %2.</source>
        <translation>%1 muss ein Array von Zeichenketten sein (gefunden: %2).</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation>%1: %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: %2 is not a clause of %3.</source>
        <translation>%1: %2 ist kein Abschnitt von %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not an Annex A control of %3.</source>
        <translation>%1: %2 ist keine Maßnahme aus Anhang A von %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a clause of %3.</source>
        <translation>%1: „%2“ ist kein Abschnitt von %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an Annex A control of %3.</source>
        <translation>%1: „%2“ ist keine Maßnahme aus Anhang A von %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already in %3; each may appear only once.</source>
        <translation>%1: „%2“ ist bereits in %3 enthalten; jeder Eintrag darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>%1.%2 does not match its %3 (the SHA-256 of the %3 is %4).</source>
        <translation>%1.%2 passt nicht zu %3 (der SHA-256-Wert von %3 ist %4).</translation>
    </message>
    <message>
        <source>%1.%2 is %3, but its %4 has %5 bytes.</source>
        <translation>%1.%2 ist %3, aber %4 hat %5 Byte.</translation>
    </message>
    <message>
        <source>%1: the package has no entry for %2; added with default values.</source>
        <translation>%1: Das Paket enthält keinen Eintrag für %2; mit Standardwerten hinzugefügt.</translation>
    </message>
    <message>
        <source>%1.recommendation: &quot;%2&quot; is not an outcome of a %3 audit; read as &quot;%4&quot;.</source>
        <translation>%1.recommendation: „%2“ ist kein Ergebnis für ein Audit vom Typ %3; gelesen als „%4“.</translation>
    </message>
    <message>
        <source>version %1 is not supported (this IsoAudit reads versions %2 to %3).</source>
        <translation>Version %1 wird nicht unterstützt (diese IsoAudit-Ausgabe liest die Versionen %2 bis %3).</translation>
    </message>
    <message>
        <source>%1.rows must be the population&apos;s rows (an array), not %2.</source>
        <translation>%1.rows muss die Zeilen der Grundgesamtheit enthalten (ein Array), nicht %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a Trust Services Criterion.</source>
        <translation>%1: %2 ist kein Kriterium der Trust Services Criteria.</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>%1 must be an object with id (text), date (YYYY-MM-DD), inPeriod (true or false) and other (an array).</source>
        <translation>%1 muss ein Objekt mit id (Text), date (YYYY-MM-DD), inPeriod (true oder false) und other (ein Array) sein.</translation>
    </message>
    <message>
        <source>%1 needs an id and a valid date.</source>
        <translation>%1 benötigt eine id und ein gültiges date.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): rowCount is %3, but it has %4 rows.</source>
        <translation>%1 (Grundgesamtheit „%2“): rowCount ist %3, sie hat aber %4 Zeilen.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): outOfPeriod is %3, but %4 rows are outside the period.</source>
        <translation>%1 (Grundgesamtheit „%2“): outOfPeriod ist %3, aber %4 Zeilen liegen außerhalb des Zeitraums.</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): its rows do not match its sha256 (the rows give %3).</source>
        <translation>%1 (Grundgesamtheit „%2“): Ihre Zeilen stimmen nicht mit ihrem sha256 überein (die Zeilen ergeben %3).</translation>
    </message>
    <message>
        <source>%1 (population &quot;%2&quot;): its rows do not match its rowsSha256 (a row&apos;s columns differ from those imported).</source>
        <translation>%1 (Grundgesamtheit „%2“): ihre Zeilen passen nicht zu ihrem rowsSha256 (die Spalten einer Zeile weichen vom importierten Stand ab).</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>The desktop keychain did not keep the password: %1</source>
        <translation>Der Schlüsselbund des Desktops hat das Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>This build of IsoAudit has no keychain support: the password is asked for each time.</source>
        <translation>Diese IsoAudit-Version unterstützt keinen Schlüsselbund: Das Passwort wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>The desktop keychain did not forget the password: %1</source>
        <translation>Der Schlüsselbund des Desktops hat das Passwort nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>The PDF cannot be signed: %1</source>
        <translation>Das PDF kann nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>The signature does not fit the space reserved for it in the PDF.</source>
        <translation>Die Signatur passt nicht in den dafür reservierten Platz im PDF.</translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation>es ist verschlüsselt.</translation>
    </message>
    <message>
        <source>it has %1 pages, so there is no page %2 for the signature.</source>
        <translation>es hat %1 Seiten, daher gibt es keine Seite %2 für die Signatur.</translation>
    </message>
</context>
<context>
    <name>PdfStructure</name>
    <message>
        <source>The file is not a PDF (no %PDF- header at its start).</source>
        <translation>Die Datei ist kein PDF (kein %PDF-Header am Anfang).</translation>
    </message>
    <message>
        <source>The PDF has no &quot;startxref&quot;: the file is cut short or is not a complete PDF.</source>
        <translation>Das PDF hat kein „startxref“: Die Datei ist abgeschnitten oder kein vollständiges PDF.</translation>
    </message>
    <message>
        <source>The PDF&apos;s &quot;startxref&quot; does not give a valid offset.</source>
        <translation>Das „startxref“ des PDF gibt keine gültige Position an.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference sections form a loop (offset %1).</source>
        <translation>Die Querverweisabschnitte des PDF bilden eine Schleife (Position %1).</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer has no valid /Size.</source>
        <translation>Der Trailer des PDF hat keine gültige /Size.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer has no /Root (document catalog) that the cross-reference table lists.</source>
        <translation>Der Trailer des PDF hat kein /Root (Dokumentkatalog), das in der Querverweistabelle aufgeführt ist.</translation>
    </message>
    <message>
        <source>The PDF&apos;s /Root object %1 is not a document catalog.</source>
        <translation>Das /Root-Objekt %1 des PDF ist kein Dokumentkatalog.</translation>
    </message>
    <message>
        <source>The PDF points to a cross-reference section at byte %1, outside the file.</source>
        <translation>Das PDF verweist auf einen Querverweisabschnitt bei Byte %1, außerhalb der Datei.</translation>
    </message>
    <message>
        <source>The PDF uses a compressed cross-reference stream, which this signer does not read; export it again with IsoAudit or save it without object streams.</source>
        <translation>Das PDF verwendet einen komprimierten Querverweis-Stream, den diese Signaturfunktion nicht liest; exportieren Sie es erneut mit IsoAudit oder speichern Sie es ohne Objekt-Streams.</translation>
    </message>
    <message>
        <source>The PDF has no cross-reference table at byte %1.</source>
        <translation>Das PDF hat keine Querverweistabelle bei Byte %1.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table at byte %1 cannot be read.</source>
        <translation>Die Querverweistabelle des PDF bei Byte %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table at byte %1 has a broken entry.</source>
        <translation>Die Querverweistabelle des PDF bei Byte %1 enthält einen fehlerhaften Eintrag.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer after the cross-reference table at byte %1 cannot be read.</source>
        <translation>Der Trailer nach der Querverweistabelle des PDF bei Byte %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF mixes cross-reference tables and streams, which this signer does not read.</source>
        <translation>Das PDF mischt Querverweistabellen und -Streams; diese Signaturfunktion kann das nicht lesen.</translation>
    </message>
    <message>
        <source>The PDF refers to object %1, which its cross-reference table does not list.</source>
        <translation>Das PDF verweist auf Objekt %1, das in seiner Querverweistabelle nicht aufgeführt ist.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table gives a wrong offset for object %1.</source>
        <translation>Die Querverweistabelle des PDF gibt für Objekt %1 eine falsche Position an.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF cannot be read.</source>
        <translation>Objekt %1 des PDF kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF is not a dictionary.</source>
        <translation>Objekt %1 des PDF ist kein Dictionary.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF is not an array.</source>
        <translation>Objekt %1 des PDF ist kein Array.</translation>
    </message>
    <message>
        <source>The PDF has a value that should be a dictionary and is not.</source>
        <translation>Das PDF enthält einen Wert, der ein Dictionary sein sollte, es aber nicht ist.</translation>
    </message>
    <message>
        <source>The PDF has a value that should be an array and is not.</source>
        <translation>Das PDF enthält einen Wert, der ein Array sein sollte, es aber nicht ist.</translation>
    </message>
    <message>
        <source>The PDF&apos;s catalog has no page tree (/Pages).</source>
        <translation>Der Katalog des PDF hat keinen Seitenbaum (/Pages).</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>Das PDF hat keine Seiten.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page tree is nested too deeply.</source>
        <translation>Der Seitenbaum des PDF ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF&apos;s page tree is neither /Pages nor /Page.</source>
        <translation>Objekt %1 im Seitenbaum des PDF ist weder /Pages noch /Page.</translation>
    </message>
    <message>
        <source>The PDF&apos;s form has a field that is not a reference to a field dictionary.</source>
        <translation>Das Formular des PDF hat ein Feld, das kein Verweis auf ein Felddictionary ist.</translation>
    </message>
</context>
<context>
    <name>PdfUpdateCheck</name>
    <message>
        <source>the revisions cannot be compared (%1)</source>
        <translation>die Revisionen können nicht verglichen werden (%1)</translation>
    </message>
    <message>
        <source>the document catalog was replaced</source>
        <translation>der Dokumentkatalog wurde ersetzt</translation>
    </message>
    <message>
        <source>pages were added or removed</source>
        <translation>Seiten wurden hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>object %1 was deleted</source>
        <translation>Objekt %1 wurde gelöscht</translation>
    </message>
    <message>
        <source>object %1 was changed</source>
        <translation>Objekt %1 wurde geändert</translation>
    </message>
    <message>
        <source>object %1 (/%2) was changed</source>
        <translation>Objekt %1 (/%2) wurde geändert</translation>
    </message>
</context>
<context>
    <name>PdfVerification</name>
    <message>
        <source>The file&apos;s structure is damaged: %1</source>
        <translation>Die Struktur der Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The PDF has no signatures.</source>
        <translation>Das PDF enthält keine Signaturen.</translation>
    </message>
    <message>
        <source>Signature %1 is not valid: %2</source>
        <translation>Signatur %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>The certificate of signature %1 (%2) does not chain to a trusted certificate: %3.</source>
        <translation>Das Zertifikat von Signatur %1 (%2) führt zu keinem vertrauenswürdigen Zertifikat: %3.</translation>
    </message>
    <message>
        <source>After signature %1 the document was changed beyond adding signatures: %2.</source>
        <translation>Nach Signatur %1 wurde das Dokument über das Hinzufügen von Signaturen hinaus geändert: %2.</translation>
    </message>
    <message>
        <source>The document is not totally signed: %1 bytes were added after the last signature.</source>
        <translation>Das Dokument ist nicht vollständig signiert: Nach der letzten Signatur wurden %1 Byte hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>The file is not a PDF (no %PDF- header at its start).</source>
        <translation>Die Datei ist kein PDF (kein %PDF-Header am Anfang).</translation>
    </message>
    <message>
        <source>the value of signature field %1 is not a signature dictionary.</source>
        <translation>der Wert des Signaturfelds %1 ist kein Signatur-Dictionary.</translation>
    </message>
    <message>
        <source>its /ByteRange is not four non-negative numbers.</source>
        <translation>ihr /ByteRange besteht nicht aus vier nicht negativen Zahlen.</translation>
    </message>
    <message>
        <source>its /ByteRange [%1 %2 %3 %4] does not start at the beginning of the file or reaches past its end (%5 bytes).</source>
        <translation>ihr /ByteRange [%1 %2 %3 %4] beginnt nicht am Dateianfang oder reicht über das Dateiende hinaus (%5 Byte).</translation>
    </message>
    <message>
        <source>its /ByteRange leaves out more than its own /Contents signature value, so part of the file is not covered by the signature.</source>
        <translation>ihr /ByteRange lässt mehr als den eigenen /Contents-Signaturwert aus, sodass ein Teil der Datei nicht von der Signatur abgedeckt ist.</translation>
    </message>
    <message>
        <source>its /ByteRange does not end at the end of a revision of the file (%%EOF).</source>
        <translation>ihr /ByteRange endet nicht am Ende einer Revision der Datei (%%EOF).</translation>
    </message>
</context>
<context>
    <name>PopulationImport</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>No column of the header (row %1) looks like the occurrences&apos; id; name it with --id-column (the columns: %2).</source>
        <translation>Keine Spalte der Kopfzeile (Zeile %1) sieht nach der ID der Durchführungen aus; benennen Sie sie mit --id-column (die Spalten: %2).</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the header (row %2); the columns: %3.</source>
        <translation>Die Kopfzeile (Zeile %2) enthält keine Spalte „%1“; die Spalten: %3.</translation>
    </message>
    <message>
        <source>No column of the header (row %1) looks like the occurrences&apos; date; name it with --date-column (the columns: %2).</source>
        <translation>Keine Spalte der Kopfzeile (Zeile %1) sieht nach dem Datum der Durchführungen aus; benennen Sie sie mit --date-column (die Spalten: %2).</translation>
    </message>
    <message>
        <source>The id and the date cannot be the same column (&quot;%1&quot;).</source>
        <translation>ID und Datum können nicht in derselben Spalte stehen („%1“).</translation>
    </message>
    <message>
        <source>Rows %1 and %2 have the same id &quot;%3&quot;; each occurrence is listed once.</source>
        <translation>Die Zeilen %1 und %2 haben dieselbe ID „%3“; jede Durchführung wird nur einmal aufgeführt.</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, which the header (row %3) does not name.</source>
        <translation>Zeile %1 hat einen Wert in Spalte %2, die in der Kopfzeile (Zeile %3) nicht benannt ist.</translation>
    </message>
    <message>
        <source>Row %1 has no id (column &quot;%2&quot;).</source>
        <translation>Zeile %1 hat keine ID (Spalte „%2“).</translation>
    </message>
    <message>
        <source>Row %1 has no date (column &quot;%2&quot;).</source>
        <translation>Zeile %1 hat kein Datum (Spalte „%2“).</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a date in the format %3.</source>
        <translation>Zeile %1: „%2“ ist kein Datum im Format %3.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not an ISO date (YYYY-MM-DD); a date such as 03/04 could be either day or month first, so give the file&apos;s format with --date-format (for example d/M/yyyy or M/d/yyyy).</source>
        <translation>Zeile %1: „%2“ ist kein ISO-Datum (YYYY-MM-DD); bei einem Datum wie 03/04 kann der Tag oder der Monat zuerst stehen, geben Sie daher das Format der Datei mit --date-format an (zum Beispiel d/M/yyyy oder M/d/yyyy).</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.</source>
        <translation>%1 ist eine alte Excel-97-2003-Arbeitsmappe (.xls); speichern Sie sie zuerst als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>This audit is not a SOC 2 engagement; populations belong to a service organization&apos;s controls.</source>
        <translation>Dieses Audit ist keine SOC 2-Prüfung; Grundgesamtheiten gehören zu den Kontrollen eines Dienstleistungsunternehmens.</translation>
    </message>
    <message>
        <source>%1 has no header row naming its columns.</source>
        <translation>%1 hat keine Kopfzeile mit den Namen der Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fall outside the engagement&apos;s period, first %1; nothing was imported (import with the rows flagged instead to keep them out of the sample).</source>
        <translation>
            <numerusform>%n Zeile liegt außerhalb des Prüfungszeitraums: %1; es wurde nichts importiert (importieren Sie stattdessen mit markierten Zeilen, damit diese nicht in die Stichprobe gelangen).</numerusform>
            <numerusform>%n Zeilen liegen außerhalb des Prüfungszeitraums, die erste: %1; es wurde nichts importiert (importieren Sie stattdessen mit markierten Zeilen, damit diese nicht in die Stichprobe gelangen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopulationTable</name>
    <message>
        <source>Could not write row %1 of the population: %2</source>
        <translation>Zeile %1 der Grundgesamtheit konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the population&apos;s rows: %1</source>
        <translation>Die Zeilen der Grundgesamtheit konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Only a population has frozen rows.</source>
        <translation>Nur eine Grundgesamtheit hat festgeschriebene Zeilen.</translation>
    </message>
    <message>
        <source>Could not read the population&apos;s rows: %1</source>
        <translation>Die Zeilen der Grundgesamtheit konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not count the population&apos;s rows: %1</source>
        <translation>Die Zeilen der Grundgesamtheit konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>Populations</name>
    <message>
        <source>row %1 is missing</source>
        <translation>Zeile %1 fehlt</translation>
    </message>
    <message>
        <source>The population &quot;%1&quot; is damaged: %2.</source>
        <translation>Die Grundgesamtheit „%1“ ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>%1 rows are stored, %2 were imported</source>
        <translation>gespeichert sind %1 Zeilen, importiert wurden %2</translation>
    </message>
    <message>
        <source>%1 rows outside the period are stored, %2 were imported</source>
        <translation>gespeichert sind %1 Zeilen außerhalb des Zeitraums, importiert wurden %2</translation>
    </message>
    <message>
        <source>the SHA-256 of the rows in the period is %1, the population records %2</source>
        <translation>der SHA-256-Wert der Zeilen im Zeitraum ist %1, in der Grundgesamtheit erfasst ist %2</translation>
    </message>
    <message>
        <source>The population &quot;%1&quot; is not as imported: %2.</source>
        <translation>Die Grundgesamtheit „%1“ entspricht nicht dem importierten Stand: %2.</translation>
    </message>
    <message>
        <source>Say how completeness and accuracy were checked, by whom or when.</source>
        <translation>Geben Sie an, wie, von wem oder wann Vollständigkeit und Richtigkeit geprüft wurden.</translation>
    </message>
    <message>
        <source>The control has no population; import one first.</source>
        <translation>Die Kontrolle hat keine Grundgesamtheit; importieren Sie zuerst eine.</translation>
    </message>
    <message>
        <source>The control has %1 populations; name one: %2.</source>
        <translation>Die Kontrolle hat %1 Grundgesamtheiten; nennen Sie eine: %2.</translation>
    </message>
    <message>
        <source>The control has no population &quot;%1&quot;.</source>
        <translation>Die Kontrolle hat keine Grundgesamtheit „%1“.</translation>
    </message>
    <message>
        <source>the SHA-256 of its rows is %1, the population records %2</source>
        <translation>der SHA-256-Wert ihrer Zeilen ist %1, in der Grundgesamtheit erfasst ist %2</translation>
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
        <translation>Standort</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Auditteammitglied</translation>
    </message>
    <message>
        <source>Clause assessment</source>
        <translation>Bewertung eines Abschnitts</translation>
    </message>
    <message>
        <source>SoA entry</source>
        <translation>SoA-Eintrag</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Risikomethode</translation>
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
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Corrective-action status change</source>
        <translation>Statuswechsel einer Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Cross-check dismissal</source>
        <translation>Verworfene Konsistenzprüfung</translation>
    </message>
    <message>
        <source>Report revision</source>
        <translation>Berichtsrevision</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>Programme audit</source>
        <translation>Audit im Programm</translation>
    </message>
    <message>
        <source>Earlier nonconformity</source>
        <translation>Frühere Nichtkonformität</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>SOC 2-Prüfung</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Test procedure</source>
        <translation>Prüfungshandlung</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Grundgesamtheit</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Sample item</source>
        <translation>Stichprobenelement</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Subdienstleister</translation>
    </message>
    <message>
        <source>Complementary user-entity control</source>
        <translation>Komplementäre Kontrolle beim auslagernden Unternehmen</translation>
    </message>
    <message>
        <source>Exception record</source>
        <translation>Erfassung der Abweichung</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>From %1&apos;s copy:</source>
        <translation>Aus der Kopie von %1:</translation>
    </message>
    <message>
        <source>%1 %2 was deleted on one side and changed on the other: keep it or delete it.</source>
        <translation>%1 %2 wurde auf einer Seite gelöscht und auf der anderen geändert: behalten oder löschen.</translation>
    </message>
    <message>
        <source>The field %1 of %2 %3 was changed on both sides; choose which value to keep.</source>
        <translation>Das Feld %1 von %2 %3 wurde auf beiden Seiten geändert; wählen Sie, welcher Wert bleibt.</translation>
    </message>
    <message>
        <source>The field %1 is not text: keep one of the two values.</source>
        <translation>Das Feld %1 ist kein Text: Behalten Sie einen der beiden Werte.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>Audit objectives</source>
        <translation>Auditziele</translation>
    </message>
    <message>
        <source>What this audit sets out to determine.</source>
        <translation>Was mit diesem Audit festgestellt werden soll.</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>Auditkriterien</translation>
    </message>
    <message>
        <source>The requirements audited against: the standard, the client&apos;s own ISMS documentation, legal and contractual requirements.</source>
        <translation>Die Anforderungen, anhand derer auditiert wird: die Norm, die eigene ISMS-Dokumentation des Kunden, gesetzliche und vertragliche Anforderungen.</translation>
    </message>
    <message>
        <source>Client&apos;s address</source>
        <translation>Anschrift des Kunden</translation>
    </message>
    <message>
        <source>The client&apos;s registered address.</source>
        <translation>Die eingetragene Geschäftsanschrift des Kunden.</translation>
    </message>
    <message>
        <source>Management representative</source>
        <translation>Managementbeauftragter</translation>
    </message>
    <message>
        <source>Name and position of the client&apos;s management representative.</source>
        <translation>Name und Funktion des Managementbeauftragten des Kunden.</translation>
    </message>
    <message>
        <source>Combined, joint or integrated audit</source>
        <translation>Kombiniertes, gemeinsames oder integriertes Audit</translation>
    </message>
    <message>
        <source>Whether the audit was combined with another management system&apos;s, joint with another certification body, or of an integrated management system.</source>
        <translation>Ob das Audit mit dem Audit eines anderen Managementsystems kombiniert, gemeinsam mit einer anderen Zertifizierungsstelle durchgeführt oder das Audit eines integrierten Managementsystems war.</translation>
    </message>
    <message>
        <source>Deviations from the audit plan</source>
        <translation>Abweichungen vom Auditplan</translation>
    </message>
    <message>
        <source>Every deviation from the audit plan and its reason, or &quot;None&quot;.</source>
        <translation>Jede Abweichung vom Auditplan mit ihrem Grund, oder „Keine“.</translation>
    </message>
    <message>
        <source>Significant issues affecting the audit programme</source>
        <translation>Wesentliche Sachverhalte mit Auswirkung auf das Auditprogramm</translation>
    </message>
    <message>
        <source>Issues that affect the audit programme (audit time, sites, scope, team), or &quot;None&quot;.</source>
        <translation>Sachverhalte, die das Auditprogramm beeinflussen (Auditzeit, Standorte, Umfang, Team), oder „Keine“.</translation>
    </message>
    <message>
        <source>Significant changes since the last audit</source>
        <translation>Wesentliche Änderungen seit dem letzten Audit</translation>
    </message>
    <message>
        <source>Significant changes affecting the client&apos;s management system since the last audit, or &quot;None&quot;.</source>
        <translation>Wesentliche Änderungen seit dem letzten Audit, die das Managementsystem des Kunden betreffen, oder „Keine“.</translation>
    </message>
    <message>
        <source>Corrective actions on earlier nonconformities</source>
        <translation>Korrekturmaßnahmen zu früheren Nichtkonformitäten</translation>
    </message>
    <message>
        <source>How the effectiveness of the corrective actions on earlier nonconformities was verified, and with what result.</source>
        <translation>Wie die Wirksamkeit der Korrekturmaßnahmen zu früheren Nichtkonformitäten verifiziert wurde und mit welchem Ergebnis.</translation>
    </message>
    <message>
        <source>Use of certification documents and marks</source>
        <translation>Verwendung der Zertifizierungsdokumente und -zeichen</translation>
    </message>
    <message>
        <source>Whether the client controls its use of the certification documents and marks.</source>
        <translation>Ob der Kunde die Verwendung der Zertifizierungsdokumente und -zeichen lenkt.</translation>
    </message>
    <message>
        <source>Statement of Applicability reviewed</source>
        <translation>Geprüfte Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>The version (and date) of the client&apos;s SoA the audit reviewed.</source>
        <translation>Die Version (und das Datum) der SoA des Kunden, die im Audit geprüft wurde.</translation>
    </message>
    <message>
        <source>Conformity and effectiveness of the ISMS</source>
        <translation>Konformität und Wirksamkeit des ISMS</translation>
    </message>
    <message>
        <source>The statement on the ISMS&apos;s conformity and effectiveness, with a summary of the evidence on its capability to meet its requirements and intended outcomes.</source>
        <translation>Die Aussage zur Konformität und Wirksamkeit des ISMS mit einer Zusammenfassung der Nachweise zu seiner Fähigkeit, die Anforderungen zu erfüllen und die beabsichtigten Ergebnisse zu erreichen.</translation>
    </message>
    <message>
        <source>Internal audit and management review</source>
        <translation>Internes Audit und Managementbewertung</translation>
    </message>
    <message>
        <source>A summary of the evidence on the internal audit and management review process.</source>
        <translation>Eine Zusammenfassung der Nachweise zum Prozess des internen Audits und der Managementbewertung.</translation>
    </message>
    <message>
        <source>Unresolved issues</source>
        <translation>Ungeklärte Punkte</translation>
    </message>
    <message>
        <source>Diverging opinions between the audit team and the client left unresolved, if any.</source>
        <translation>Nicht ausgeräumte Meinungsverschiedenheiten zwischen Auditteam und Kunde, falls vorhanden.</translation>
    </message>
    <message>
        <source>Certification scope appropriate</source>
        <translation>Angemessenheit des Geltungsbereichs der Zertifizierung</translation>
    </message>
    <message>
        <source>Whether the scope of certification is appropriate; if not, why and what should change.</source>
        <translation>Ob der Geltungsbereich der Zertifizierung angemessen ist; falls nicht, warum und was geändert werden sollte.</translation>
    </message>
    <message>
        <source>Basis for the Stage 2 plan</source>
        <translation>Grundlage für die Planung von Stufe 2</translation>
    </message>
    <message>
        <source>What Stage 2 will focus on and the details agreed with the client: dates, sites, audit time and team.</source>
        <translation>Worauf sich das Stufe-2-Audit konzentriert und die mit dem Kunden vereinbarten Einzelheiten: Termine, Standorte, Auditzeit und Auditteam.</translation>
    </message>
    <message>
        <source>Audit objectives met</source>
        <translation>Erreichung der Auditziele</translation>
    </message>
    <message>
        <source>Whether the audit objectives were met; if not, why.</source>
        <translation>Ob die Auditziele erreicht wurden; falls nicht, warum.</translation>
    </message>
</context>
<context>
    <name>ReportCycleSections</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 audit</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>the audit scope</source>
        <translation>Auditumfang</translation>
    </message>
    <message>
        <source>the audit plan</source>
        <translation>Auditplan</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>the method of reporting</source>
        <translation>Art der Berichterstattung</translation>
    </message>
    <message>
        <source>the appeals process (explained)</source>
        <translation>Einspruchsverfahren (erläutert)</translation>
    </message>
    <message>
        <source>the findings (presented)</source>
        <translation>Feststellungen (vorgestellt)</translation>
    </message>
    <message>
        <source>the client&apos;s acknowledgement of the findings</source>
        <translation>Kenntnisnahme der Feststellungen durch den Kunden</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Zertifikatsnummer</translation>
    </message>
    <message>
        <source>Scope of certification</source>
        <translation>Geltungsbereich der Zertifizierung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Audits of the programme</source>
        <translation>Audits des Auditprogramms</translation>
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
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Berichtsnummer</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>fällig bis %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig im Zeitraum %1</translation>
    </message>
    <message>
        <source>Audit time (ISO/IEC 27006)</source>
        <translation>Auditzeit (ISO/IEC 27006)</translation>
    </message>
    <message>
        <source>The audit time stored with the audit cannot be read: %1</source>
        <translation>Die mit dem Audit gespeicherte Auditzeit kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Opening and closing meetings</source>
        <translation>Eröffnungs- und Abschlussgespräche</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Meinungsverschiedenheiten</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>(not yet raised)</source>
        <translation>(noch nicht erfasst)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not effective and raised again as %1</source>
        <translation>
            <numerusform>%n nicht wirksam und als %1 erneut erfasst</numerusform>
            <numerusform>%n nicht wirksam und als %1 erneut erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n noch offen</numerusform>
            <numerusform>%n noch offen</numerusform>
        </translation>
    </message>
    <message>
        <source>One earlier nonconformity was verified: %1.</source>
        <translation>Eine frühere Nichtkonformität wurde verifiziert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformities were verified: %1.</source>
        <translation>
            <numerusform>%n frühere Nichtkonformität wurde verifiziert: %1.</numerusform>
            <numerusform>%n frühere Nichtkonformitäten wurden verifiziert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification of earlier nonconformities</source>
        <translation>Verifizierung früherer Nichtkonformitäten</translation>
    </message>
    <message>
        <source>The audit team verified the correction and corrective action of each nonconformity that earlier audits raised and had not closed. %1</source>
        <translation>Das Auditteam hat Korrektur und Korrekturmaßnahme zu jeder Nichtkonformität verifiziert, die in früheren Audits erfasst und noch nicht abgeschlossen wurde. %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Erfasst im</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Verdict of this audit</source>
        <translation>Bewertung in diesem Audit</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Bemerkung zur Verifizierung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Raised again as</source>
        <translation>Erneut erfasst als</translation>
    </message>
    <message>
        <source>Not yet raised again</source>
        <translation>Noch nicht erneut erfasst</translation>
    </message>
    <message>
        <source>Finding %1 of this audit</source>
        <translation>Feststellung %1 dieses Audits</translation>
    </message>
    <message>
        <source>To be verified at the next audit</source>
        <translation>Im nächsten Audit zu verifizieren</translation>
    </message>
    <message>
        <source>These nonconformities passed through a special audit that verified only major nonconformities; the next audit verifies them.</source>
        <translation>Diese Nichtkonformitäten wurden von einem Sonderaudit, das nur schwerwiegende Nichtkonformitäten verifiziert hat, unverändert weitergegeben; sie werden im nächsten Audit verifiziert.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformity/nonconformities has/have no verdict of this audit yet.</source>
        <translation>
            <numerusform>%n frühere Nichtkonformität hat in diesem Audit noch keine Bewertung.</numerusform>
            <numerusform>%n frühere Nichtkonformitäten haben in diesem Audit noch keine Bewertung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier nonconformity/nonconformities passed through a special audit is/are to be verified at the next audit.</source>
        <translation>
            <numerusform>%n frühere Nichtkonformität wurde von einem Sonderaudit weitergegeben und ist im nächsten Audit zu verifizieren.</numerusform>
            <numerusform>%n frühere Nichtkonformitäten wurden von einem Sonderaudit weitergegeben und sind im nächsten Audit zu verifizieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Cannot read the audit for the report: %1</source>
        <translation>Das Audit kann für den Bericht nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Not recorded in the audit file.</source>
        <translation>In der Auditdatei nicht erfasst.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(ohne Nummer)</translation>
    </message>
    <message>
        <source>%1 audit report %2 — %3</source>
        <translation>Auditbericht %2 zum %1 — %3</translation>
    </message>
    <message>
        <source>%1 · %2 audit report</source>
        <translation>%1 · Auditbericht zum %2</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>Report %1 · Rev %2 · Page %3 of %4</source>
        <translation>Bericht %1 · Rev. %2 · Seite %3 von %4</translation>
    </message>
    <message>
        <source>AUDIT REPORT</source>
        <translation>AUDITBERICHT</translation>
    </message>
    <message>
        <source>%1 — %2 audit</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Draft: fieldwork in progress</source>
        <translation>Entwurf: Auditdurchführung läuft</translation>
    </message>
    <message>
        <source>Final, for signature</source>
        <translation>Endfassung, zur Signatur</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation>Endfassung, signiert</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Auditart</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Audittage</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Anwendungsbereich</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Berichtsnummer</translation>
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
        <translation>Dieser Bericht enthält vertrauliche Informationen über das Informationssicherheitsmanagementsystem von %1. Er wird den Empfängern im Verteiler übergeben und darf ohne schriftliche Zustimmung von %1 und der Zertifizierungsstelle nicht an Dritte weitergegeben werden.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>dem Kunden</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Audit objectives, scope and criteria</source>
        <translation>Auditziele, Auditumfang und Auditkriterien</translation>
    </message>
    <message>
        <source>Audit dates and sites</source>
        <translation>Audittage und Standorte</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>No site recorded</source>
        <translation>Kein Standort erfasst</translation>
    </message>
    <message>
        <source>On-site audit: %1.</source>
        <translation>Audit vor Ort: %1.</translation>
    </message>
    <message>
        <source>Audit team and persons interviewed</source>
        <translation>Auditteam und befragte Personen</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Befragte Personen</translation>
    </message>
    <message>
        <source>No interviews recorded.</source>
        <translation>Keine Interviews erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Interviewed by</source>
        <translation>Befragt von</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message numerus="yes">
        <source>The audit team conducted a %1 audit of %2 against %3 (%4) at %n site(s).</source>
        <translation>
            <numerusform>Das Auditteam hat bei %2 ein %1 nach %3 (%4) an %n Standort durchgeführt.</numerusform>
            <numerusform>Das Auditteam hat bei %2 ein %1 nach %3 (%4) an %n Standorten durchgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification recommendation</source>
        <translation>Empfehlung zur Zertifizierung</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Oberste Leitung</translation>
    </message>
    <message>
        <source>Audited organisation</source>
        <translation>Auditierte Organisation</translation>
    </message>
    <message>
        <source>Technical reviewer</source>
        <translation>Prüfer der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>Zertifizierungsentscheidung</translation>
    </message>
    <message>
        <source>Audit team (%1)</source>
        <translation>Auditteam (%1)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>By signing, the lead auditor confirms that this report states the findings of the audit; the client&apos;s representative confirms that the findings were presented at the closing meeting and that the report was received.</source>
        <translation>Mit seiner Unterschrift bestätigt der Auditteamleiter, dass dieser Bericht die Feststellungen des Audits wiedergibt; der Vertreter des Kunden bestätigt, dass die Feststellungen im Abschlussgespräch vorgestellt wurden und dass er den Bericht erhalten hat.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Client&apos;s representative</source>
        <translation>Vertreter des Kunden</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Akkreditierung</translation>
    </message>
    <message>
        <source>Readiness for Stage 2</source>
        <translation>Bereitschaft für Stufe 2</translation>
    </message>
    <message>
        <source>Continuation of certification</source>
        <translation>Aufrechterhaltung der Zertifizierung</translation>
    </message>
    <message>
        <source>Renewal of certification</source>
        <translation>Erneuerung der Zertifizierung</translation>
    </message>
    <message>
        <source>Conclusion on the nonconformities followed up</source>
        <translation>Schlussfolgerung zu den nachverfolgten Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Executive summary and readiness for Stage 2</source>
        <translation>Zusammenfassung und Bereitschaft für Stufe 2</translation>
    </message>
    <message>
        <source>Executive summary and conclusion</source>
        <translation>Zusammenfassung und Schlussfolgerung</translation>
    </message>
    <message>
        <source>The audit is based on samples of the available information: a nonconformity may exist that the sample did not show.</source>
        <translation>Das Audit beruht auf Stichproben der verfügbaren Informationen: Es können Nichtkonformitäten bestehen, die in der Stichprobe nicht erkannt wurden.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Closed: verified effective</source>
        <translation>Abgeschlossen: Wirksamkeit verifiziert</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Correction and corrective action verified effective by the certification body</source>
        <translation>Wirksamkeit von Korrektur und Korrekturmaßnahme durch die Zertifizierungsstelle verifiziert</translation>
    </message>
    <message>
        <source>Corrective-action plan accepted by the certification body</source>
        <translation>Maßnahmenplan durch die Zertifizierungsstelle akzeptiert</translation>
    </message>
    <message>
        <source>The nonconformities this audit followed up:</source>
        <translation>Die in diesem Audit nachverfolgten Nichtkonformitäten:</translation>
    </message>
    <message>
        <source>The outcome holds once the certification body has what it awaits:</source>
        <translation>Das Ergebnis gilt, sobald der Zertifizierungsstelle Folgendes vorliegt:</translation>
    </message>
    <message>
        <source>A Stage 1 audit does not conclude on certification: the Stage 2 audit evaluates the implementation and effectiveness of the ISMS.</source>
        <translation>Ein Stufe-1-Audit trifft keine Aussage zur Zertifizierung: Das Stufe-2-Audit bewertet die Umsetzung und Wirksamkeit des ISMS.</translation>
    </message>
    <message>
        <source>The audit team recommends; the decision is taken by the certification body after an independent review of this report.</source>
        <translation>Das Auditteam spricht eine Empfehlung aus; die Entscheidung trifft die Zertifizierungsstelle nach einer unabhängigen Bewertung dieses Berichts.</translation>
    </message>
    <message>
        <source>Audit conclusions</source>
        <translation>Auditschlussfolgerungen</translation>
    </message>
    <message>
        <source>The audit team concludes that the scope of certification is appropriate.</source>
        <translation>Das Auditteam kommt zu dem Schluss, dass der Geltungsbereich der Zertifizierung angemessen ist.</translation>
    </message>
    <message>
        <source>The audit team concludes that the scope of certification is not appropriate:</source>
        <translation>Das Auditteam kommt zu dem Schluss, dass der Geltungsbereich der Zertifizierung nicht angemessen ist:</translation>
    </message>
    <message>
        <source>The audit objectives were met.</source>
        <translation>Die Auditziele wurden erreicht.</translation>
    </message>
    <message>
        <source>The audit objectives were not met:</source>
        <translation>Die Auditziele wurden nicht erreicht:</translation>
    </message>
    <message numerus="yes">
        <source>%n was/were not audited</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n wurde nicht auditiert</numerusform>
            <numerusform>%n wurden nicht auditiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n has/have no verdict yet</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n ist noch nicht bewertet</numerusform>
            <numerusform>%n sind noch nicht bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered all %n clause requirement(s): %1.</source>
        <translation>
            <numerusform>Der Plan dieses Audits umfasste die %n Anforderung der Abschnitte 4 bis 10: %1.</numerusform>
            <numerusform>Der Plan dieses Audits umfasste alle %n Anforderungen der Abschnitte 4 bis 10: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered %1 of the %n clause requirement(s): %2.</source>
        <translation>
            <numerusform>Der Plan dieses Audits umfasste %1 der %n Anforderung der Abschnitte 4 bis 10: %2.</numerusform>
            <numerusform>Der Plan dieses Audits umfasste %1 der %n Anforderungen der Abschnitte 4 bis 10: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This audit&apos;s plan covered none of the %n clause requirement(s).</source>
        <translation>
            <numerusform>Der Plan dieses Audits umfasste die %n Anforderung der Abschnitte 4 bis 10 nicht.</numerusform>
            <numerusform>Der Plan dieses Audits umfasste keine der %n Anforderungen der Abschnitte 4 bis 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n was/were not in this audit&apos;s plan.</source>
        <translation>
            <numerusform>Die übrige %n war nicht Teil des Auditplans.</numerusform>
            <numerusform>Die übrigen %n waren nicht Teil des Auditplans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicable</source>
        <comment>controls of the Statement of Applicability</comment>
        <translation>
            <numerusform>%n anwendbare</numerusform>
            <numerusform>%n anwendbare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <comment>controls of the Statement of Applicability</comment>
        <translation>
            <numerusform>%n ausgeschlossene</numerusform>
            <numerusform>%n ausgeschlossene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Statement of Applicability lists %n control(s).</source>
        <translation>
            <numerusform>Die Erklärung zur Anwendbarkeit führt %n Maßnahme auf.</numerusform>
            <numerusform>Die Erklärung zur Anwendbarkeit führt %n Maßnahmen auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Statement of Applicability lists %n control(s): %1.</source>
        <translation>
            <numerusform>Die Erklärung zur Anwendbarkeit führt %n Maßnahme auf: %1.</numerusform>
            <numerusform>Die Erklärung zur Anwendbarkeit führt %n Maßnahmen auf: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major nonconformity(-ies)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n Hauptabweichung</numerusform>
            <numerusform>%n Hauptabweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major nonconformity(-ies)</source>
        <translation>
            <numerusform>%n schwerwiegende Nichtkonformität</numerusform>
            <numerusform>%n schwerwiegende Nichtkonformitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(-ies)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n Nebenabweichung</numerusform>
            <numerusform>%n Nebenabweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(-ies)</source>
        <translation>
            <numerusform>%n geringfügige Nichtkonformität</numerusform>
            <numerusform>%n geringfügige Nichtkonformitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n Beobachtung</numerusform>
            <numerusform>%n Beobachtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n Beobachtung</numerusform>
            <numerusform>%n Beobachtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies) for improvement</source>
        <comment>certification body&apos;s wording</comment>
        <translation>
            <numerusform>%n Verbesserungspotenzial</numerusform>
            <numerusform>%n Verbesserungspotenziale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies) for improvement</source>
        <translation>
            <numerusform>%n Verbesserungspotenzial</numerusform>
            <numerusform>%n Verbesserungspotenziale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of concern that could be classified as nonconformities at Stage 2</source>
        <translation>
            <numerusform>%n Problembereich, der im Stufe-2-Audit als Nichtkonformität eingestuft werden könnte</numerusform>
            <numerusform>%n Problembereiche, die im Stufe-2-Audit als Nichtkonformitäten eingestuft werden könnten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(-ies)</source>
        <translation>
            <numerusform>%n Nichtkonformität</numerusform>
            <numerusform>%n Nichtkonformitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit identified no areas of concern and raised no findings.</source>
        <translation>Im Audit wurden weder Problembereiche noch Feststellungen festgestellt.</translation>
    </message>
    <message>
        <source>The audit identified %1; the findings section describes each of them.</source>
        <translation>Im Audit wurden %1 festgestellt; der Abschnitt zu den Feststellungen beschreibt sie im Einzelnen.</translation>
    </message>
    <message>
        <source>The audit raised no nonconformities, observations or opportunities for improvement.</source>
        <translation>Im Audit wurden weder Nichtkonformitäten noch Beobachtungen oder Verbesserungspotenziale festgestellt.</translation>
    </message>
    <message>
        <source>The audit raised %1; the findings section describes each of them.</source>
        <translation>Im Audit wurden %1 festgestellt; der Abschnitt zu den Feststellungen beschreibt sie im Einzelnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conforms/conform</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n ist konform</numerusform>
            <numerusform>%n sind konform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shows/show a nonconformity</source>
        <comment>clause requirements</comment>
        <translation>
            <numerusform>%n weist eine Nichtkonformität auf</numerusform>
            <numerusform>%n weisen eine Nichtkonformität auf</numerusform>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Auditbericht</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Bericht wird gesetzt…</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The report cannot be written in &quot;%1&quot;: the available languages are %2.</source>
        <translation>Der Bericht kann nicht in „%1“ verfasst werden: Verfügbare Sprachen sind %2.</translation>
    </message>
    <message>
        <source>The report is laid out for A4 or US Letter paper only.</source>
        <translation>Der Bericht wird nur für Papier im Format A4 oder US Letter gesetzt.</translation>
    </message>
    <message>
        <source>Cannot start painting the report on the printer or PDF file.</source>
        <translation>Die Ausgabe des Berichts auf dem Drucker oder in die PDF-Datei kann nicht beginnen.</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Bericht abgebrochen.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Der Drucker hat eine neue Seite abgelehnt.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or PDF file.</source>
        <translation>Der Bericht konnte auf dem Drucker oder in der PDF-Datei nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Findings summary</source>
        <translation>Übersicht der Feststellungen</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>Nach Einstufung</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Maßnahmen offen</translation>
    </message>
    <message>
        <source>Actions verified</source>
        <translation>Maßnahmen verifiziert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>By clause and control</source>
        <translation>Nach Abschnitt und Maßnahme</translation>
    </message>
    <message>
        <source>No finding refers to a clause or control.</source>
        <translation>Keine Feststellung bezieht sich auf einen Abschnitt oder eine Maßnahme.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Results for clauses 4 to 10</source>
        <translation>Ergebnisse zu den Abschnitten 4 bis 10</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Statement of Applicability summary</source>
        <translation>Übersicht der Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>Applicability per theme</source>
        <translation>Anwendbarkeit nach Thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Implementation per theme, as stated by the client</source>
        <translation>Umsetzung nach Thema, laut Angabe des Kunden</translation>
    </message>
    <message>
        <source>Auditor verdicts per theme</source>
        <translation>Bewertung des Auditors nach Thema</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>In Stichprobe</translation>
    </message>
    <message>
        <source>Exclusions and their justification</source>
        <translation>Ausschlüsse und ihre Begründung</translation>
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
        <translation>Begründung des Ausschlusses</translation>
    </message>
    <message>
        <source>No justification given</source>
        <translation>Keine Begründung angegeben</translation>
    </message>
    <message>
        <source>The Statement of Applicability excludes no control.</source>
        <translation>Die Erklärung zur Anwendbarkeit schließt keine Maßnahme aus.</translation>
    </message>
    <message>
        <source>Verdicts on the controls sampled</source>
        <translation>Bewertung der Maßnahmen in der Stichprobe</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>No control has a verdict yet.</source>
        <translation>Noch keine Maßnahme ist bewertet.</translation>
    </message>
    <message>
        <source>Risk assessment and treatment</source>
        <translation>Risikobeurteilung und Risikobehandlung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Likelihood levels</source>
        <translation>Stufen der Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact levels</source>
        <translation>Stufen der Auswirkung</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>Wertebereiche</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Akzeptanzschwelle</translation>
    </message>
    <message>
        <source>Scores up to %1 are acceptable</source>
        <translation>Werte bis %1 sind akzeptabel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Inherent risk (before treatment)</source>
        <translation>Inhärentes Risiko (vor der Behandlung)</translation>
    </message>
    <message>
        <source>Residual risk (after treatment)</source>
        <translation>Restrisiko (nach der Behandlung)</translation>
    </message>
    <message>
        <source>Risks above the acceptance threshold</source>
        <translation>Risiken über der Akzeptanzschwelle</translation>
    </message>
    <message>
        <source>The client&apos;s method states no acceptance threshold.</source>
        <translation>Die Methode des Kunden nennt keine Akzeptanzschwelle.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Asset and threat</source>
        <translation>Asset und Bedrohung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandl.</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Residual accepted by</source>
        <translation>Restrisiko akzeptiert von</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Nicht akzeptiert</translation>
    </message>
    <message>
        <source>No risk scores above the acceptance threshold.</source>
        <translation>Kein Risiko liegt über der Akzeptanzschwelle.</translation>
    </message>
    <message>
        <source>Findings in detail</source>
        <translation>Feststellungen im Einzelnen</translation>
    </message>
    <message>
        <source>The audit raised no findings.</source>
        <translation>Im Audit wurden keine Feststellungen getroffen.</translation>
    </message>
    <message>
        <source>Evidence records: %1</source>
        <translation>Nachweise: %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektiver Nachweis</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßn.</translation>
    </message>
    <message>
        <source>None submitted yet</source>
        <translation>Noch nicht eingereicht</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Status der Maßnahme</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Owner and due date</source>
        <translation>Verantwortlich und Termin</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Evidence and sampling log</source>
        <translation>Nachweis- und Stichprobenprotokoll</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Keine Nachweise erfasst.</translation>
    </message>
    <message>
        <source>Objective evidence examined, with the sample taken, so that each selection can be repeated.</source>
        <translation>Geprüfte objektive Nachweise mit der gezogenen Stichprobe, damit jede Auswahl wiederholt werden kann.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Normbezug</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Documentation review and readiness: clauses 4 to 10</source>
        <translation>Dokumentenprüfung und Bereitschaft: Abschnitte 4 bis 10</translation>
    </message>
    <message>
        <source>At Stage 1 the audit team reviews the ISMS&apos;s documented information and evaluates whether the client is ready for Stage 2; a result states that review, not the implementation and effectiveness that Stage 2 evaluates.</source>
        <translation>In Stufe 1 prüft das Auditteam die dokumentierte Information des ISMS und bewertet, ob der Kunde für Stufe 2 bereit ist; ein Ergebnis gibt diese Prüfung wieder, nicht die Umsetzung und Wirksamkeit, die in Stufe 2 bewertet werden.</translation>
    </message>
    <message>
        <source>This audit&apos;s plan covers every clause requirement. The findings column names the findings raised against the requirement; the findings section states them in full.</source>
        <translation>Der Plan dieses Audits umfasst jede Anforderung der Abschnitte. Die Spalte „Feststellung“ nennt die zu der Anforderung erfassten Feststellungen; der Abschnitt zu den Feststellungen gibt sie vollständig wieder.</translation>
    </message>
    <message>
        <source>This audit&apos;s plan covers %1 of the %2 clause requirements; the others are marked as not in this audit&apos;s plan. The findings column names the findings raised against the requirement; the findings section states them in full.</source>
        <translation>Der Plan dieses Audits umfasst %1 der %2 Anforderungen der Abschnitte; die übrigen sind als nicht im Plan dieses Audits enthalten gekennzeichnet. Die Spalte „Feststellung“ nennt die zu der Anforderung erfassten Feststellungen; der Abschnitt zu den Feststellungen gibt sie vollständig wieder.</translation>
    </message>
    <message>
        <source>Not in this audit&apos;s plan</source>
        <translation>Nicht im Plan dieses Audits</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: likelihood × impact.</source>
        <translation>Die eigene Risikomethode des Kunden, wie vom Auditteam erfasst. Die Werte folgen der Methode des Kunden: Wahrscheinlichkeit × Auswirkung.</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: likelihood + impact.</source>
        <translation>Die eigene Risikomethode des Kunden, wie vom Auditteam erfasst. Die Werte folgen der Methode des Kunden: Wahrscheinlichkeit + Auswirkung.</translation>
    </message>
    <message>
        <source>The client&apos;s own risk method, as recorded by the audit team. Scores follow the client&apos;s method: each pair of likelihood and impact levels has the score the client&apos;s matrix gives it (below).</source>
        <translation>Die eigene Risikomethode des Kunden, wie vom Auditteam erfasst. Die Werte folgen der Methode des Kunden: Jedes Paar aus einer Stufe der Wahrscheinlichkeit und einer Stufe der Auswirkung hat den Wert, den die Matrix des Kunden ihm zuordnet (siehe unten).</translation>
    </message>
    <message>
        <source>The client&apos;s score matrix</source>
        <translation>Wertematrix des Kunden</translation>
    </message>
    <message>
        <source>The recorded matrix cannot be read: %1</source>
        <translation>Die erfasste Matrix ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Likelihood / impact</source>
        <translation>Wahrscheinlichkeit / Auswirkung</translation>
    </message>
</context>
<context>
    <name>ReportSigning</name>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Nur ein Audit in Berichterstellung kann signiert werden; dieses ist im Status %1.</translation>
    </message>
    <message>
        <source>The signed report does not verify, so it was not written: %1</source>
        <translation>Der signierte Bericht lässt sich nicht verifizieren und wurde daher nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>The report&apos;s existing signatures do not verify, so it cannot be countersigned: %1</source>
        <translation>Die vorhandenen Signaturen des Berichts lassen sich nicht verifizieren; er kann daher nicht gegengezeichnet werden: %1</translation>
    </message>
    <message>
        <source>This is report revision %1, which was reopened (%2); only the current signed revision can be countersigned.</source>
        <translation>Dies ist Berichtsrevision %1, die wieder geöffnet wurde (%2); nur die aktuelle signierte Revision kann gegengezeichnet werden.</translation>
    </message>
    <message>
        <source>The countersigned report does not verify, so it was not written.</source>
        <translation>Der gegengezeichnete Bericht lässt sich nicht verifizieren und wurde daher nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the audit already records this signature: reopen it and sign again.</source>
        <translation>%1 kann nicht geschrieben werden: %2; das Audit hat diese Signatur bereits erfasst: Öffnen Sie es wieder und signieren Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The report already has %n signature(s) and there is no room for another stamp; sign without a visible stamp.</source>
        <translation>
            <numerusform>Der Bericht hat bereits %n Signatur, und für einen weiteren Stempel ist kein Platz; signieren Sie ohne sichtbaren Stempel.</numerusform>
            <numerusform>Der Bericht hat bereits %n Signaturen, und für einen weiteren Stempel ist kein Platz; signieren Sie ohne sichtbaren Stempel.</numerusform>
        </translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>Revision %1: %2</translation>
    </message>
    <message>
        <source>The audit has no signed report on record, so there is no hash to compare the PDF with.</source>
        <translation>Im Audit ist kein signierter Bericht erfasst; es gibt daher keinen Hash, mit dem das PDF verglichen werden kann.</translation>
    </message>
    <message>
        <source>The PDF is not the report recorded in the audit: the audit records %1; the PDF&apos;s signed revisions have %2.</source>
        <translation>Das PDF ist nicht der im Audit erfasste Bericht: Das Audit verzeichnet %1; die signierten Revisionen des PDF haben %2.</translation>
    </message>
    <message>
        <source>no hash</source>
        <translation>kein Hash</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Annex A %1</source>
        <extracomment>The Annex A controls a record refers to, e.g. &quot;Annex A 5.1, 5.4&quot; (the catalogue&apos;s word for Annex A).</extracomment>
        <translation>Anhang A %1</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql to use the repository.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie libqt6sql6-psql, um das Repository zu verwenden.</translation>
    </message>
    <message>
        <source>Could not connect to the repository %1: %2. Nothing was changed; the audit file works offline as before.</source>
        <translation>Keine Verbindung zum Repository %1 möglich: %2. Es wurde nichts geändert; die Auditdatei lässt sich wie bisher offline bearbeiten.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The repository %1 did not answer: %2</source>
        <translation>Das Repository %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 holds no IsoAudit repository (or the role %2 may not use it): run isoaudit-cli repo init as the database&apos;s owner, and ask the administrator to grant the role isoaudit_auditor or isoaudit_reviewer.</source>
        <translation>%1 enthält kein IsoAudit-Repository (oder die Rolle %2 darf es nicht verwenden): Führen Sie isoaudit-cli repo init als Eigentümer der Datenbank aus, und bitten Sie den Administrator, ihr die Rolle isoaudit_auditor oder isoaudit_reviewer zu erteilen.</translation>
    </message>
    <message>
        <source>The repository %1 is at schema version %2, newer than this IsoAudit knows (%3): update IsoAudit.</source>
        <translation>Das Repository %1 hat die Schemaversion %2, die neuer ist, als diese IsoAudit-Version kennt (%3): Aktualisieren Sie IsoAudit.</translation>
    </message>
    <message>
        <source>The repository %1 is at schema version %2; this IsoAudit needs %3: ask the administrator to run isoaudit-cli repo init.</source>
        <translation>Das Repository %1 hat die Schemaversion %2; diese IsoAudit-Version benötigt %3: Bitten Sie den Administrator, isoaudit-cli repo init auszuführen.</translation>
    </message>
    <message>
        <source>Creating the repository&apos;s roles and schema</source>
        <translation>Anlegen der Rollen und des Schemas des Repositorys</translation>
    </message>
    <message>
        <source>Could not read the repository&apos;s schema version: %1</source>
        <translation>Die Schemaversion des Repositorys konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The repository is at schema version %1, newer than this IsoAudit knows (%2): update IsoAudit.</source>
        <translation>Das Repository hat die Schemaversion %1, die neuer ist, als diese IsoAudit-Version kennt (%2): Aktualisieren Sie IsoAudit.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Es konnte keine Transaktion gestartet werden: %1</translation>
    </message>
    <message>
        <source>Migrating the repository to version %1</source>
        <translation>Migration des Repositorys auf Version %1</translation>
    </message>
    <message>
        <source>Migrating the repository to version %1 failed: %2</source>
        <translation>Die Migration des Repositorys auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Listing the audits failed: %1</source>
        <translation>Das Auflisten der Audits ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Listing the audits</source>
        <translation>Auflisten der Audits</translation>
    </message>
    <message>
        <source>Reading the audit&apos;s state on the server</source>
        <translation>Lesen des Auditstands auf dem Server</translation>
    </message>
    <message>
        <source>The repository %1 has no such audit (or this role may not see it).</source>
        <translation>Das Repository %1 enthält dieses Audit nicht (oder diese Rolle darf es nicht sehen).</translation>
    </message>
    <message>
        <source>Not in the repository yet: push to store it.</source>
        <translation>Noch nicht im Repository: Laden Sie das Audit hoch, um es dort zu speichern.</translation>
    </message>
    <message>
        <source>In sync with the repository.</source>
        <translation>Auf dem Stand des Repositorys.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet pushed.</source>
        <translation>
            <numerusform>%n Änderung noch nicht hochgeladen.</numerusform>
            <numerusform>%n Änderungen noch nicht hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the server&apos;s trail</source>
        <translation>Lesen des Änderungsprotokolls auf dem Server</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n newer change(s): pull.</source>
        <translation>
            <numerusform>Im Repository liegt %n neuere Änderung: Rufen Sie sie ab.</numerusform>
            <numerusform>Im Repository liegen %n neuere Änderungen: Rufen Sie sie ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both the file and the repository changed since they last agreed: push to merge.</source>
        <translation>Sowohl die Datei als auch das Repository wurden seit dem letzten gemeinsamen Stand geändert: Laden Sie die Datei hoch, um beide zusammenzuführen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not start a transaction on %1: %2</source>
        <translation>Auf %1 konnte keine Transaktion gestartet werden: %2</translation>
    </message>
    <message>
        <source>Starting the pull</source>
        <translation>Beginn des Abrufs</translation>
    </message>
    <message>
        <source>The repository %1 has no audit %2 (or the role %3 may not see it).</source>
        <translation>Das Repository %1 enthält kein Audit %2 (oder die Rolle %3 darf es nicht sehen).</translation>
    </message>
    <message>
        <source>Reading this role&apos;s privileges failed: %1</source>
        <translation>Die Berechtigungen dieser Rolle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Marking the audit as checked out</source>
        <translation>Vermerken des Audits als ausgecheckt</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The pull could not be completed on %1 (%2); no file was written.</source>
        <translation>Der Abruf von %1 konnte nicht abgeschlossen werden (%2); es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Checking the attachments the server holds</source>
        <translation>Prüfen der auf dem Server vorhandenen Anhänge</translation>
    </message>
    <message>
        <source>Sending attachments…</source>
        <translation>Senden der Anhänge…</translation>
    </message>
    <message>
        <source>Sending an attachment</source>
        <translation>Senden eines Anhangs</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Preparing the push</source>
        <translation>Vorbereiten des Hochladens</translation>
    </message>
    <message>
        <source>Sending records…</source>
        <translation>Senden der Datensätze…</translation>
    </message>
    <message>
        <source>Removing the records the audit no longer holds</source>
        <translation>Entfernen der nicht mehr im Audit enthaltenen Datensätze</translation>
    </message>
    <message>
        <source>Storing the records</source>
        <translation>Speichern der Datensätze</translation>
    </message>
    <message>
        <source>Sending the audit trail…</source>
        <translation>Senden des Änderungsprotokolls…</translation>
    </message>
    <message>
        <source>The repository holds the merged audit, but %1 could not be replaced by it (%2); the merged file is %3.</source>
        <translation>Das Repository enthält das zusammengeführte Audit, aber %1 konnte nicht dadurch ersetzt werden (%2); die zusammengeführte Datei ist %3.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 was not pushed: its audit trail does not verify (%2).</source>
        <translation>%1 wurde nicht hochgeladen: Das Änderungsprotokoll lässt sich nicht verifizieren (%2).</translation>
    </message>
    <message>
        <source>Reading the audit on the server</source>
        <translation>Lesen des Audits auf dem Server</translation>
    </message>
    <message>
        <source>Reading this role&apos;s teams failed: %1</source>
        <translation>Die Teams dieser Rolle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Name the team the audit belongs to (--team); the role %1 is in: %2.</source>
        <translation>Geben Sie das Team an, zu dem das Audit gehört (--team); die Rolle %1 gehört zu: %2.</translation>
    </message>
    <message>
        <source>The repository %1 already holds this audit (%2) in a team the role %3 is not in; nothing was pushed.</source>
        <translation>Das Repository %1 enthält dieses Audit (%2) bereits in einem Team, zu dem die Rolle %3 nicht gehört; es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>The role %1 may not add audits to the team &quot;%2&quot; (it is not a member, or there is no such team); nothing was pushed.</source>
        <translation>Die Rolle %1 darf dem Team „%2“ keine Audits hinzufügen (sie ist kein Mitglied, oder das Team existiert nicht); es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Adding the audit failed: %1</source>
        <translation>Das Hinzufügen des Audits ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n newer change(s) than %1: pull instead; nothing was pushed.</source>
        <translation>
            <numerusform>Das Repository enthält %n neuere Änderung, die %1 noch nicht hat: Rufen Sie sie stattdessen ab; es wurde nichts hochgeladen.</numerusform>
            <numerusform>Das Repository enthält %n neuere Änderungen, die %1 noch nicht hat: Rufen Sie sie stattdessen ab; es wurde nichts hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging with the repository&apos;s version…</source>
        <translation>Zusammenführen mit dem Stand des Repositorys…</translation>
    </message>
    <message>
        <source>Could not make a temporary folder beside %1 for the merge: %2</source>
        <translation>Neben %1 konnte kein temporärer Ordner für die Zusammenführung angelegt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Both %1 and the repository changed the same fields (%n conflict(s)); nothing was pushed. Choose for each, or push again with --prefer mine or --prefer theirs.</source>
        <translation>
            <numerusform>%1 und das Repository haben dieselben Felder geändert (%n Konflikt); es wurde nichts hochgeladen. Entscheiden Sie jeden Konflikt, oder laden Sie erneut mit --prefer mine oder --prefer theirs hoch.</numerusform>
            <numerusform>%1 und das Repository haben dieselben Felder geändert (%n Konflikte); es wurde nichts hochgeladen. Entscheiden Sie jeden Konflikt, oder laden Sie erneut mit --prefer mine oder --prefer theirs hoch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the merged audit beside %1.</source>
        <translation>Das zusammengeführte Audit konnte nicht neben %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Clearing the checked-out mark</source>
        <translation>Aufheben des Auscheck-Vermerks</translation>
    </message>
    <message>
        <source>The push could not be committed on %1 (%2); nothing was changed.</source>
        <translation>Das Hochladen konnte auf %1 nicht abgeschlossen werden (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Updating the audit&apos;s row</source>
        <translation>Aktualisieren der Zeile des Audits</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Änderungen werden festgeschrieben…</translation>
    </message>
    <message>
        <source>The repository holds the audit, but %1 could not record it: %2</source>
        <translation>Das Repository enthält das Audit, aber %1 konnte das nicht vermerken: %2</translation>
    </message>
    <message>
        <source>Stored the audit in %1 (team %2).</source>
        <translation>Das Audit wurde in %1 gespeichert (Team %2).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to %1.</source>
        <translation>
            <numerusform>%n Änderung an %1 gesendet.</numerusform>
            <numerusform>%n Änderungen an %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged with the repository&apos;s version and sent; %1 now holds the merged audit.</source>
        <translation>Mit dem Stand des Repositorys zusammengeführt und gesendet; %1 enthält jetzt das zusammengeführte Audit.</translation>
    </message>
    <message>
        <source>Up to date: %1 has everything in the file.</source>
        <translation>Auf dem neuesten Stand: %1 enthält bereits alles aus der Datei.</translation>
    </message>
    <message>
        <source>The role %1 is in no team of the repository %2, so it cannot add an audit: ask the repository&apos;s administrator to add it to the audit&apos;s team.</source>
        <translation>Die Rolle %1 gehört zu keinem Team des Repositorys %2 und kann daher kein Audit hinzufügen: Bitten Sie den Administrator des Repositorys, sie dem Team des Audits hinzuzufügen.</translation>
    </message>
    <message>
        <source>Reading the audit&apos;s team failed: %1</source>
        <translation>Das Team des Audits konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryRows</name>
    <message>
        <source>Reading the audit</source>
        <translation>Lesen des Audits</translation>
    </message>
    <message>
        <source>Receiving attachments…</source>
        <translation>Empfang der Anhänge…</translation>
    </message>
    <message>
        <source>Receiving the attachments</source>
        <translation>Empfang der Anhänge</translation>
    </message>
    <message>
        <source>Receiving records…</source>
        <translation>Empfang der Datensätze…</translation>
    </message>
    <message>
        <source>Receiving the records</source>
        <translation>Empfang der Datensätze</translation>
    </message>
    <message>
        <source>The repository&apos;s copy of the audit refers to an attachment it does not hold.</source>
        <translation>Der Stand des Audits im Repository verweist auf einen Anhang, den das Repository nicht enthält.</translation>
    </message>
    <message>
        <source>Receiving the audit trail…</source>
        <translation>Empfang des Änderungsprotokolls…</translation>
    </message>
    <message>
        <source>Receiving the audit trail</source>
        <translation>Empfang des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>The file holds no audit.</source>
        <translation>Die Datei enthält kein Audit.</translation>
    </message>
    <message>
        <source>The file&apos;s audit has no identity (uuid).</source>
        <translation>Das Audit der Datei hat keine Kennung (UUID).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed on the server or in the file.</source>
        <translation>Abgebrochen: Weder auf dem Server noch in der Datei wurde etwas geändert.</translation>
    </message>
</context>
<context>
    <name>RepositoryServer</name>
    <message>
        <source>&quot;%1&quot; is not a repository address; write it as postgresql://USER@HOST:PORT/DATABASE (docs/repository.md).</source>
        <translation>„%1“ ist keine Repository-Adresse; schreiben Sie sie als postgresql://USER@HOST:PORT/DATABASE (docs/repository.md).</translation>
    </message>
    <message>
        <source>The repository address carries a password; leave it out: IsoAudit asks for it (or reads it from the keychain) and never stores it.</source>
        <translation>Die Repository-Adresse enthält ein Passwort; lassen Sie es weg: IsoAudit fragt danach (oder liest es aus dem Schlüsselbund) und speichert es nie.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the repository address; use host, port, user, sslmode, sslrootcert, sslcert or sslkey.</source>
        <translation>Unbekannte Einstellung „%1“ in der Repository-Adresse; verwenden Sie host, port, user, sslmode, sslrootcert, sslcert oder sslkey.</translation>
    </message>
    <message>
        <source>The repository address has no valid port.</source>
        <translation>Die Repository-Adresse enthält keinen gültigen Port.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter sslmode „%1“; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>sslmode=%1 needs the certificate authority that signed the server&apos;s certificate: add sslrootcert=/path/to/ca.pem to the address.</source>
        <translation>sslmode=%1 benötigt die Zertifizierungsstelle, die das Zertifikat des Servers signiert hat: Ergänzen Sie die Adresse um sslrootcert=/path/to/ca.pem.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>RepositoryWork</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling… the server and the file stay as they were.</source>
        <translation>Wird abgebrochen… Server und Datei bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>RiskMethod</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The method needs 1 to %1 likelihood levels; it has %2.</source>
        <translation>Die Methode braucht 1 bis %1 Stufen der Wahrscheinlichkeit; sie hat %2.</translation>
    </message>
    <message>
        <source>The method needs 1 to %1 impact levels; it has %2.</source>
        <translation>Die Methode braucht 1 bis %1 Stufen der Auswirkung; sie hat %2.</translation>
    </message>
    <message>
        <source>Likelihood level %1 has no label.</source>
        <translation>Stufe %1 der Wahrscheinlichkeit hat keine Bezeichnung.</translation>
    </message>
    <message>
        <source>Impact level %1 has no label.</source>
        <translation>Stufe %1 der Auswirkung hat keine Bezeichnung.</translation>
    </message>
    <message>
        <source>Band %1 has no label.</source>
        <translation>Bereich %1 hat keine Bezeichnung.</translation>
    </message>
    <message>
        <source>The band %1 runs from %2 to %3; its scores must be whole numbers from 0 up, the first no higher than the last.</source>
        <translation>Der Bereich %1 reicht von %2 bis %3; seine Werte müssen ganze Zahlen ab 0 sein, der erste nicht höher als der letzte.</translation>
    </message>
    <message>
        <source>The bands %1 (%2–%3) and %4 (%5–%6) overlap; a score can fall in one band only.</source>
        <translation>Die Bereiche %1 (%2–%3) und %4 (%5–%6) überschneiden sich; ein Wert kann nur in einen Bereich fallen.</translation>
    </message>
    <message>
        <source>The acceptance threshold %1 is outside the scores this method gives (%2 to %3).</source>
        <translation>Die Akzeptanzschwelle %1 liegt außerhalb der Werte, die diese Methode ergibt (%2 bis %3).</translation>
    </message>
    <message>
        <source>The score matrix has a row for each of %1 likelihood levels, but the method has %2 likelihood levels; give one row per likelihood level, lowest first.</source>
        <translation>Die Wertematrix hat Zeilen für %1 Stufen der Wahrscheinlichkeit, die Methode hat aber %2 Stufen der Wahrscheinlichkeit; geben Sie je Stufe der Wahrscheinlichkeit eine Zeile an, niedrigste zuerst.</translation>
    </message>
    <message>
        <source>The score matrix row for likelihood %1 gives a score for each of %2 impact levels, but the method has %3 impact levels; give one score per impact level, lowest first.</source>
        <translation>Die Zeile der Wertematrix für Wahrscheinlichkeit %1 gibt Werte für %2 Stufen der Auswirkung an, die Methode hat aber %3 Stufen der Auswirkung; geben Sie je Stufe der Auswirkung einen Wert an, niedrigste zuerst.</translation>
    </message>
    <message>
        <source>The score matrix gives %1 for likelihood %2 and impact %3; a score is a whole number from 0 to %4.</source>
        <translation>Die Wertematrix gibt für Wahrscheinlichkeit %2 und Auswirkung %3 den Wert %1 an; ein Wert ist eine ganze Zahl von 0 bis %4.</translation>
    </message>
    <message>
        <source>Score = likelihood + impact.</source>
        <translation>Wert = Wahrscheinlichkeit + Auswirkung.</translation>
    </message>
    <message>
        <source>Scores are read from the client&apos;s matrix, one per likelihood and impact level.</source>
        <translation>Die Werte werden aus der Matrix des Kunden abgelesen, ein Wert je Kombination aus Stufe der Wahrscheinlichkeit und Stufe der Auswirkung.</translation>
    </message>
    <message>
        <source>Score = likelihood × impact.</source>
        <translation>Wert = Wahrscheinlichkeit × Auswirkung.</translation>
    </message>
    <message>
        <source>likelihood %1 + impact %2 = %3</source>
        <translation>Wahrscheinlichkeit %1 + Auswirkung %2 = %3</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2 score %3 in the client&apos;s matrix</source>
        <translation>Wahrscheinlichkeit %1 und Auswirkung %2 ergeben in der Matrix des Kunden den Wert %3</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2, which the client&apos;s matrix does not score</source>
        <translation>Wahrscheinlichkeit %1 und Auswirkung %2, für die die Matrix des Kunden keinen Wert angibt</translation>
    </message>
    <message>
        <source>likelihood %1 × impact %2 = %3</source>
        <translation>Wahrscheinlichkeit %1 × Auswirkung %2 = %3</translation>
    </message>
    <message>
        <source>The score matrix is not a list of rows (one per likelihood level).</source>
        <translation>Die Wertematrix ist keine Liste von Zeilen (eine je Stufe der Wahrscheinlichkeit).</translation>
    </message>
    <message>
        <source>The score matrix row for likelihood %1 is %2, not a list of scores.</source>
        <translation>Die Zeile der Wertematrix für Wahrscheinlichkeit %1 ist keine Liste von Werten (gefunden: %2).</translation>
    </message>
    <message>
        <source>The score matrix gives %1 for likelihood %2 and impact %3, which is not a whole number.</source>
        <translation>Die Wertematrix enthält für Wahrscheinlichkeit %2 und Auswirkung %3 keine ganze Zahl (gefunden: %1).</translation>
    </message>
</context>
<context>
    <name>RiskMethodPresets</name>
    <message>
        <source>3 × 3 likelihood × impact</source>
        <translation>3 × 3 Wahrscheinlichkeit × Auswirkung</translation>
    </message>
    <message>
        <source>4 × 4 likelihood × impact</source>
        <translation>4 × 4 Wahrscheinlichkeit × Auswirkung</translation>
    </message>
    <message>
        <source>5 × 5 likelihood × impact</source>
        <translation>5 × 5 Wahrscheinlichkeit × Auswirkung</translation>
    </message>
    <message>
        <source>Scores 1–9: 1–2 Low, 3–4 Medium, 5–9 High; risks scoring above 4 need treatment.</source>
        <translation>Werte 1–9: 1–2 niedrig, 3–4 mittel, 5–9 hoch; Risiken mit einem Wert über 4 müssen behandelt werden.</translation>
    </message>
    <message>
        <source>Scores 1–16: 1–3 Low, 4–6 Medium, 7–9 High, 10–16 Critical; risks scoring above 6 need treatment.</source>
        <translation>Werte 1–16: 1–3 niedrig, 4–6 mittel, 7–9 hoch, 10–16 kritisch; Risiken mit einem Wert über 6 müssen behandelt werden.</translation>
    </message>
    <message>
        <source>Scores 1–25: 1–5 Low, 6–10 Medium, 11–15 High, 16–25 Critical; risks scoring above 10 need treatment.</source>
        <translation>Werte 1–25: 1–5 niedrig, 6–10 mittel, 11–15 hoch, 16–25 kritisch; Risiken mit einem Wert über 10 müssen behandelt werden.</translation>
    </message>
    <message>
        <source>There is no built-in risk method &quot;%1&quot;; the choices are %2.</source>
        <translation>Es gibt keine integrierte Risikomethode „%1“; zur Auswahl stehen %2.</translation>
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
        <translation>Für „%1“ gibt es keine Regeln; verwenden Sie fieldwork, reporting oder signed.</translation>
    </message>
</context>
<context>
    <name>SampleDraw</name>
    <message>
        <source>Control %1 already has a sample from the population &quot;%2&quot; (seed %3, drawn %4); remove that sample first to draw again.</source>
        <translation>Kontrolle %1 hat bereits eine Stichprobe aus der Grundgesamtheit „%2“ (Startwert %3, gezogen am %4); entfernen Sie zuerst diese Stichprobe, um erneut zu ziehen.</translation>
    </message>
    <message>
        <source>Control %1: %2</source>
        <translation>Kontrolle %1: %2</translation>
    </message>
    <message>
        <source>A sample size other than the firm&apos;s policy (%1) needs a reason on record.</source>
        <translation>Ein anderer Stichprobenumfang als der nach der Richtlinie der Prüfungsgesellschaft (%1) erfordert eine dokumentierte Begründung.</translation>
    </message>
    <message>
        <source>The sample size %1 is below 1.</source>
        <translation>Der Stichprobenumfang %1 ist kleiner als 1.</translation>
    </message>
    <message>
        <source>No sample has been drawn from the population &quot;%1&quot;.</source>
        <translation>Aus der Grundgesamtheit „%1“ wurde keine Stichprobe gezogen.</translation>
    </message>
    <message>
        <source>The control has no sample yet; draw one first.</source>
        <translation>Die Kontrolle hat noch keine Stichprobe; ziehen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>The control has %1 samples; name the population of the one meant.</source>
        <translation>Die Kontrolle hat %1 Stichproben; nennen Sie die Grundgesamtheit der gemeinten Stichprobe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the control&apos;s sample.</source>
        <translation>„%1“ ist kein Element der Stichprobe der Kontrolle.</translation>
    </message>
    <message>
        <source>An item is replaced only with a reason on record.</source>
        <translation>Ein Element wird nur mit dokumentierter Begründung ersetzt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of this sample.</source>
        <translation>„%1“ ist kein Element dieser Stichprobe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a result (%2); an item that was tested is not replaced.</source>
        <translation>„%1“ hat bereits ein Ergebnis (%2); ein getestetes Element wird nicht ersetzt.</translation>
    </message>
    <message>
        <source>The sample&apos;s population is not in this file: %1</source>
        <translation>Die Grundgesamtheit der Stichprobe ist nicht in dieser Datei enthalten: %1</translation>
    </message>
    <message>
        <source>The sample&apos;s seed %1 is not the seed of its selection (%2).</source>
        <translation>Der Startwert %1 der Stichprobe ist nicht der Startwert ihrer Auswahl (%2).</translation>
    </message>
    <message>
        <source>The seed draws &quot;%1&quot; (%2), which is not among the sample&apos;s items.</source>
        <translation>Der Startwert ergibt „%1“ (%2), das nicht zu den Elementen der Stichprobe gehört.</translation>
    </message>
    <message>
        <source>The sample&apos;s item &quot;%1&quot; records %2 %3; the seed draws %4.</source>
        <translation>Für das Stichprobenelement „%1“ ist %2 = %3 erfasst; der Startwert ergibt %4.</translation>
    </message>
    <message>
        <source>The sample holds &quot;%1&quot;, which the seed does not draw.</source>
        <translation>Die Stichprobe enthält „%1“, das der Startwert nicht ergibt.</translation>
    </message>
    <message>
        <source>The sample&apos;s item &quot;%1&quot; has a result; a tested sample is not removed.</source>
        <translation>Das Stichprobenelement „%1“ hat ein Ergebnis; eine getestete Stichprobe wird nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>SampleResults</name>
    <message>
        <source>A sample item&apos;s result is %1, not &quot;%2&quot;.</source>
        <translation>Das Ergebnis eines Stichprobenelements muss %1 sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>SampleSelection</name>
    <message>
        <source>The sample size %1 is below 1.</source>
        <translation>Der Stichprobenumfang %1 ist kleiner als 1.</translation>
    </message>
    <message>
        <source>Population row %1 has no item id.</source>
        <translation>Zeile %1 der Grundgesamtheit hat keine Element-ID.</translation>
    </message>
    <message>
        <source>Population row %1 (item &quot;%2&quot;) has no valid date.</source>
        <translation>Zeile %1 der Grundgesamtheit (Element „%2“) hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Population row %1 repeats the item id &quot;%2&quot; of row %3.</source>
        <translation>Zeile %1 der Grundgesamtheit wiederholt die Element-ID „%2“ aus Zeile %3.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not replaced: a replacement needs the reason it is replaced.</source>
        <translation>Element „%1“ wird nicht ersetzt: Für eine Ersetzung ist ein Grund anzugeben.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not in the sample, so it cannot be replaced.</source>
        <translation>Element „%1“ ist nicht in der Stichprobe enthalten und kann daher nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot be replaced: every occurrence of %2 is already in the sample or was replaced.</source>
        <translation>Element „%1“ kann nicht ersetzt werden: Alle Durchführungen im Monat %2 sind bereits in der Stichprobe enthalten oder wurden bereits ersetzt.</translation>
    </message>
    <message>
        <source>The sample was drawn by the method &quot;%1&quot; version %2, which this IsoAudit does not know (it draws with &quot;%3&quot; version %4).</source>
        <translation>Die Stichprobe wurde mit dem Verfahren „%1“, Version %2, gezogen, das diese IsoAudit-Installation nicht kennt (sie zieht mit „%3“, Version %4).</translation>
    </message>
    <message>
        <source>The sample&apos;s seed is missing or not a whole number written as text.</source>
        <translation>Der Startwert (Seed) der Stichprobe fehlt oder ist keine als Text geschriebene ganze Zahl.</translation>
    </message>
    <message>
        <source>The population differs from the one the sample was drawn from (%1 rows, SHA-256 %2): the sample cannot be re-drawn from it.</source>
        <translation>Die Grundgesamtheit weicht von derjenigen ab, aus der die Stichprobe gezogen wurde (%1 Zeilen, SHA-256 %2): Die Stichprobe kann daraus nicht erneut gezogen werden.</translation>
    </message>
    <message>
        <source>The recorded replacement of item &quot;%1&quot; is &quot;%2&quot;, but the seed draws &quot;%3&quot;.</source>
        <translation>Als Ersatz für Element „%1“ ist „%2“ erfasst, der Startwert ergibt jedoch „%3“.</translation>
    </message>
    <message>
        <source>The recorded sample is not the one its seed draws from this population: recorded %1, drawn %2.</source>
        <translation>Die erfasste Stichprobe ist nicht die, die ihr Startwert aus dieser Grundgesamtheit zieht: erfasst %1, gezogen %2.</translation>
    </message>
</context>
<context>
    <name>SampleSize</name>
    <message>
        <source>The population has no occurrences during the period: the control is not occurring during the period, which is not a pass, and no sample is drawn.</source>
        <translation>Die Grundgesamtheit enthält im Prüfungszeitraum keine Durchführungen: Die Kontrolle wurde im Prüfungszeitraum nicht durchgeführt, was nicht als bestandener Test gilt, und es wird keine Stichprobe gezogen.</translation>
    </message>
    <message>
        <source>The control frequency &quot;%1&quot; is not one of %2.</source>
        <translation>Die Kontrollhäufigkeit &quot;%1&quot; ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>The population size %1 is below 0.</source>
        <translation>Der Umfang der Grundgesamtheit %1 ist kleiner als 0.</translation>
    </message>
    <message>
        <source>The sample-size policy &quot;%1&quot; has no row for this control.</source>
        <translation>Die Richtlinie zum Stichprobenumfang „%1“ enthält keine Zeile für diese Kontrolle.</translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the firm&apos;s policy row &quot;%1&quot; tests every occurrence.</source>
        <translation>
            <numerusform>Die gesamte Grundgesamtheit wird geprüft (%n Durchführung): Die Zeile „%1“ der Richtlinie der Prüfungsgesellschaft sieht die Prüfung jeder Durchführung vor.</numerusform>
            <numerusform>Die gesamte Grundgesamtheit wird geprüft (%n Durchführungen): Die Zeile „%1“ der Richtlinie der Prüfungsgesellschaft sieht die Prüfung jeder Durchführung vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the population is not larger than the %1 items of the firm&apos;s policy row &quot;%2&quot; after a deviation in the prior period.</source>
        <translation>
            <numerusform>Die gesamte Grundgesamtheit wird geprüft (%n Durchführung): Sie ist nicht größer als die %1 Elemente, die die Zeile „%2“ der Richtlinie der Prüfungsgesellschaft nach einer Abweichung in der Vorperiode vorsieht.</numerusform>
            <numerusform>Die gesamte Grundgesamtheit wird geprüft (%n Durchführungen): Sie ist nicht größer als die %1 Elemente, die die Zeile „%2“ der Richtlinie der Prüfungsgesellschaft nach einer Abweichung in der Vorperiode vorsieht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n occurrence(s) are tested: the population is not larger than the %1 items of the firm&apos;s policy row &quot;%2&quot;.</source>
        <translation>
            <numerusform>Die gesamte Grundgesamtheit wird geprüft (%n Durchführung): Sie ist nicht größer als die %1 Elemente der Zeile „%2“ der Richtlinie der Prüfungsgesellschaft.</numerusform>
            <numerusform>Die gesamte Grundgesamtheit wird geprüft (%n Durchführungen): Sie ist nicht größer als die %1 Elemente der Zeile „%2“ der Richtlinie der Prüfungsgesellschaft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), the next size after a deviation in the prior period, from the firm&apos;s policy row &quot;%1&quot; (%2 without it).</source>
        <translation>
            <numerusform>%n Element, der nächstgrößere Umfang nach einer Abweichung in der Vorperiode, gemäß Zeile „%1“ der Richtlinie der Prüfungsgesellschaft (ohne Abweichung %2).</numerusform>
            <numerusform>%n Elemente, der nächstgrößere Umfang nach einer Abweichung in der Vorperiode, gemäß Zeile „%1“ der Richtlinie der Prüfungsgesellschaft (ohne Abweichung %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the firm&apos;s policy row &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Element gemäß Zeile „%1“ der Richtlinie der Prüfungsgesellschaft.</numerusform>
            <numerusform>%n Elemente gemäß Zeile „%1“ der Richtlinie der Prüfungsgesellschaft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automated control, sized as a manual one after the deviation in the prior period.</source>
        <translation>Automatisierte Kontrolle, nach der Abweichung in der Vorperiode wie eine manuelle Kontrolle bemessen.</translation>
    </message>
    <message>
        <source>Automated control: change-management evidence over the period is tested as well.</source>
        <translation>Automatisierte Kontrolle: Zusätzlich werden Nachweise zum Änderungsmanagement über den Prüfungszeitraum geprüft.</translation>
    </message>
    <message>
        <source>The sample-size input&apos;s populationSize is missing or not a number.</source>
        <translation>In den Eingaben zum Stichprobenumfang fehlt populationSize oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>The sample size&apos;s %1 is missing or not a number.</source>
        <translation>Im Stichprobenumfang fehlt %1 oder ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>SampleSizePolicy</name>
    <message>
        <source>The sample-size policy %1 cannot be read: %2</source>
        <translation>Die Richtlinie zum Stichprobenumfang %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is not valid JSON: %2</source>
        <translation>Die Richtlinie zum Stichprobenumfang %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is not an IsoAudit sample-size policy of version 1.</source>
        <translation>Die Richtlinie zum Stichprobenumfang %1 ist keine IsoAudit-Richtlinie zum Stichprobenumfang der Version 1.</translation>
    </message>
    <message>
        <source>The sample-size policy %1 is invalid: %2</source>
        <translation>Die Richtlinie zum Stichprobenumfang %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>it has no id or no name</source>
        <translation>sie hat keine ID oder keinen Namen</translation>
    </message>
    <message>
        <source>%1: size is missing or neither a whole number of 1 or more nor &quot;all&quot;</source>
        <translation>%1: size fehlt oder ist weder eine ganze Zahl ab 1 noch &quot;all&quot;</translation>
    </message>
    <message>
        <source>%1: size is missing or not a whole number of 1 or more</source>
        <translation>%1: size fehlt oder ist keine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>%1: increasedSize (the next size, after a deviation in the prior period) is missing or not a whole number</source>
        <translation>%1: increasedSize (der nächstgrößere Umfang nach einer Abweichung in der Vorperiode) fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: increasedSize %2 is not larger than the size %3</source>
        <translation>%1: increasedSize %2 ist nicht größer als size %3</translation>
    </message>
    <message>
        <source>byFrequency row %1 (&quot;%2&quot;)</source>
        <translation>byFrequency, Zeile %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: the frequency must be one of %2 (as-needed controls are sized by the asNeeded rows)</source>
        <translation>%1: Die Häufigkeit muss einer der Werte %2 sein (Kontrollen mit Durchführung bei Bedarf werden über die Zeilen von asNeeded bemessen)</translation>
    </message>
    <message>
        <source>%1 repeats a frequency an earlier row gives</source>
        <translation>%1 wiederholt eine Häufigkeit, die bereits eine frühere Zeile angibt</translation>
    </message>
    <message>
        <source>byFrequency has no row for the frequency &quot;%1&quot;</source>
        <translation>byFrequency enthält keine Zeile für die Häufigkeit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>asNeeded has no rows</source>
        <translation>asNeeded enthält keine Zeilen</translation>
    </message>
    <message>
        <source>asNeeded row %1</source>
        <translation>asNeeded, Zeile %1</translation>
    </message>
    <message>
        <source>%1: populationMin is missing or not a whole number of 1 or more</source>
        <translation>%1: populationMin fehlt oder ist keine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>%1: populationMax is not a whole number of at least populationMin</source>
        <translation>%1: populationMax ist keine ganze Zahl größer oder gleich populationMin</translation>
    </message>
    <message>
        <source>%1 has no populationMax; only the last row is open-ended</source>
        <translation>%1 hat kein populationMax; nur die letzte Zeile darf nach oben offen sein</translation>
    </message>
    <message>
        <source>%1 starts at %2 occurrences; the first row must start at 1</source>
        <translation>%1 beginnt bei %2 Durchführungen; die erste Zeile muss bei 1 beginnen</translation>
    </message>
    <message>
        <source>%1 leaves a gap: the row before ends at %2 occurrences</source>
        <translation>%1 lässt eine Lücke: Die vorherige Zeile endet bei %2 Durchführungen</translation>
    </message>
    <message>
        <source>%1 overlaps the row before, which ends at %2 occurrences</source>
        <translation>%1 überschneidet sich mit der vorherigen Zeile, die bei %2 Durchführungen endet</translation>
    </message>
    <message>
        <source>it has no automated row</source>
        <translation>sie enthält keine Zeile automated</translation>
    </message>
    <message>
        <source>automated: size is missing or not a whole number of 1 or more</source>
        <translation>automated: size fehlt oder ist keine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>automated: changeManagementEvidence is not true or false</source>
        <translation>automated: changeManagementEvidence ist weder true noch false</translation>
    </message>
    <message>
        <source>automated: priorDeviation is &quot;%1&quot;, not &quot;as-manual&quot; or &quot;same&quot;</source>
        <translation>automated: priorDeviation ist &quot;%1&quot;, nicht &quot;as-manual&quot; oder &quot;same&quot;</translation>
    </message>
    <message>
        <source>%1, %2 or more occurrences</source>
        <translation>%1, ab %2 Durchführungen</translation>
    </message>
    <message>
        <source>%1, %2–%3 occurrences</source>
        <translation>%1, %2–%3 Durchführungen</translation>
    </message>
</context>
<context>
    <name>SignatureStamp</name>
    <message>
        <source>A visible signature stamp needs the application&apos;s fonts, which are not available here.</source>
        <translation>Ein sichtbarer Signaturstempel benötigt die Schriftarten der Anwendung, die hier nicht verfügbar sind.</translation>
    </message>
    <message>
        <source>The signature stamp&apos;s box is too small to write in.</source>
        <translation>Das Feld des Signaturstempels ist zu klein zum Beschriften.</translation>
    </message>
    <message>
        <source>Digitally signed by %1 on %2 UTC</source>
        <translation>Digital signiert von %1 am %2 UTC</translation>
    </message>
</context>
<context>
    <name>Soc2Report</name>
    <message>
        <source>system</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>Independent service auditor&apos;s report</source>
        <translation>Bericht des unabhängigen Prüfers des Dienstleistungsunternehmens</translation>
    </message>
    <message>
        <source>To the management of %1</source>
        <translation>An die Geschäftsleitung von %1</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Prüfungsgesellschaft</translation>
    </message>
    <message>
        <source>Not recorded in the engagement file.</source>
        <translation>In der Auftragsdatei nicht erfasst.</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Auftragsleitung</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Not yet dated</source>
        <translation>Noch nicht datiert</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Gegenstand der Prüfung</translation>
    </message>
    <message>
        <source>We have examined %1&apos;s accompanying description of its %2 in Section III (the description) for the period %3, and the suitability of the design and operating effectiveness of the controls stated in the description throughout that period to provide reasonable assurance that %1&apos;s service commitments and system requirements were achieved based on the trust services criteria relevant to %4 (the applicable trust services criteria) established by the AICPA.</source>
        <translation>Wir haben die beigefügte Beschreibung des Systems %2 von %1 in Abschnitt III (die Beschreibung) für den Zeitraum vom %3 geprüft sowie, ob die in der Beschreibung dargestellten Kontrollen während dieses gesamten Zeitraums angemessen ausgestaltet waren und wirksam funktionierten, um hinreichende Sicherheit dafür zu bieten, dass die Leistungszusagen und Systemanforderungen von %1 auf Grundlage der vom AICPA festgelegten, für %4 relevanten Trust Services Criteria (die maßgeblichen Trust Services Criteria) erreicht wurden.</translation>
    </message>
    <message>
        <source>We have examined %1&apos;s accompanying description of its %2 in Section III (the description) as of %3, and the suitability of the design of the controls stated in the description as of that date to provide reasonable assurance that %1&apos;s service commitments and system requirements would be achieved based on the trust services criteria relevant to %4 (the applicable trust services criteria) established by the AICPA.</source>
        <translation>Wir haben die beigefügte Beschreibung des Systems %2 von %1 in Abschnitt III (die Beschreibung) zum %3 geprüft sowie, ob die in der Beschreibung dargestellten Kontrollen zu diesem Stichtag angemessen ausgestaltet waren, um hinreichende Sicherheit dafür zu bieten, dass die Leistungszusagen und Systemanforderungen von %1 auf Grundlage der vom AICPA festgelegten, für %4 relevanten Trust Services Criteria (die maßgeblichen Trust Services Criteria) erreicht würden.</translation>
    </message>
    <message>
        <source>%1 uses %2, a subservice organization, for %3. The description includes the controls of %2 (the inclusive method), and our examination extended to them.</source>
        <translation>%1 nimmt für %3 die Leistungen von %2, einem Subdienstleister, in Anspruch. Die Beschreibung umfasst die Kontrollen von %2 (Inclusive-Methode), und unsere Prüfung erstreckte sich auch auf diese.</translation>
    </message>
    <message>
        <source>%1 uses %2, a subservice organization, for %3. The description includes only the controls of %1 and excludes the controls of %2 (the carve-out method). The description also indicates that certain applicable trust services criteria (%4) can be met only if the complementary subservice organization controls assumed in the design of %1&apos;s controls are suitably designed and operating effectively along with the related controls at %1. Our examination did not extend to the controls of %2, and we have not evaluated the suitability of the design or the operating effectiveness of those complementary subservice organization controls. The controls assumed are: %5</source>
        <translation>%1 nimmt für %3 die Leistungen von %2, einem Subdienstleister, in Anspruch. Die Beschreibung umfasst nur die Kontrollen von %1 und schließt die Kontrollen von %2 aus (Carve-out-Methode). Die Beschreibung weist zudem darauf hin, dass bestimmte maßgebliche Trust Services Criteria (%4) nur erfüllt werden können, wenn die bei der Ausgestaltung der Kontrollen von %1 vorausgesetzten komplementären Kontrollen beim Subdienstleister (CSOC) angemessen ausgestaltet sind und zusammen mit den zugehörigen Kontrollen von %1 wirksam funktionieren. Unsere Prüfung erstreckte sich nicht auf die Kontrollen von %2, und wir haben die Angemessenheit der Ausgestaltung und die Wirksamkeit dieser komplementären Kontrollen beim Subdienstleister nicht beurteilt. Die vorausgesetzten Kontrollen sind: %5</translation>
    </message>
    <message numerus="yes">
        <source>The description indicates that certain applicable trust services criteria can be met only if the complementary user entity controls assumed in the design of %1&apos;s controls are suitably designed and operating effectively along with the related controls at %1. Our examination did not include those complementary user entity controls, and we have not evaluated their design or operating effectiveness. They are listed in Section III (%n control(s)).</source>
        <translation>
            <numerusform>Die Beschreibung weist darauf hin, dass bestimmte maßgebliche Trust Services Criteria nur erfüllt werden können, wenn die bei der Ausgestaltung der Kontrollen von %1 vorausgesetzten komplementären Kontrollen bei den auslagernden Unternehmen (CUEC) angemessen ausgestaltet sind und zusammen mit den zugehörigen Kontrollen von %1 wirksam funktionieren. Unsere Prüfung umfasste diese komplementären Kontrollen bei den auslagernden Unternehmen nicht, und wir haben deren Ausgestaltung und Wirksamkeit nicht beurteilt. Sie sind in Abschnitt III aufgeführt (%n Kontrolle).</numerusform>
            <numerusform>Die Beschreibung weist darauf hin, dass bestimmte maßgebliche Trust Services Criteria nur erfüllt werden können, wenn die bei der Ausgestaltung der Kontrollen von %1 vorausgesetzten komplementären Kontrollen bei den auslagernden Unternehmen (CUEC) angemessen ausgestaltet sind und zusammen mit den zugehörigen Kontrollen von %1 wirksam funktionieren. Unsere Prüfung umfasste diese komplementären Kontrollen bei den auslagernden Unternehmen nicht, und wir haben deren Ausgestaltung und Wirksamkeit nicht beurteilt. Sie sind in Abschnitt III aufgeführt (%n Kontrollen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Service organization&apos;s responsibilities</source>
        <translation>Verantwortung des Dienstleistungsunternehmens</translation>
    </message>
    <message>
        <source>%1 is also responsible for preparing the description and the assertion, including their completeness and accuracy; for providing the services covered by the description; for selecting the applicable trust services criteria and stating the related controls in the description; and for identifying the risks that threaten the achievement of its service commitments and system requirements.</source>
        <translation>%1 ist ferner verantwortlich für die Erstellung der Beschreibung und der Erklärung einschließlich deren Vollständigkeit und Richtigkeit, für die Erbringung der in der Beschreibung erfassten Leistungen, für die Auswahl der maßgeblichen Trust Services Criteria und die Darstellung der zugehörigen Kontrollen in der Beschreibung sowie für die Identifizierung der Risiken, die das Erreichen der eigenen Leistungszusagen und Systemanforderungen gefährden.</translation>
    </message>
    <message>
        <source>%1 is responsible for its service commitments and system requirements and for designing, implementing and operating effective controls within the system to provide reasonable assurance that they are achieved. In Section II, %1 has provided an assertion about the presentation of the description and the suitability of the design and operating effectiveness of the controls stated in it.</source>
        <translation>%1 ist verantwortlich für die eigenen Leistungszusagen und Systemanforderungen sowie für die Ausgestaltung, Implementierung und Durchführung wirksamer Kontrollen innerhalb des Systems, um hinreichende Sicherheit dafür zu bieten, dass diese erreicht werden. In Abschnitt II hat %1 eine Erklärung über die Darstellung der Beschreibung sowie über die Angemessenheit der Ausgestaltung und die Wirksamkeit der darin dargestellten Kontrollen abgegeben.</translation>
    </message>
    <message>
        <source>%1 is responsible for its service commitments and system requirements and for designing and implementing controls within the system to provide reasonable assurance that they are achieved. In Section II, %1 has provided an assertion about the presentation of the description and the suitability of the design of the controls stated in it.</source>
        <translation>%1 ist verantwortlich für die eigenen Leistungszusagen und Systemanforderungen sowie für die Ausgestaltung und Implementierung von Kontrollen innerhalb des Systems, um hinreichende Sicherheit dafür zu bieten, dass diese erreicht werden. In Abschnitt II hat %1 eine Erklärung über die Darstellung der Beschreibung und über die Angemessenheit der Ausgestaltung der darin dargestellten Kontrollen abgegeben.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s responsibilities</source>
        <translation>Verantwortung des Prüfers des Dienstleistungsunternehmens</translation>
    </message>
    <message>
        <source>Our responsibility is to express an opinion on the description and on the suitability of the design and operating effectiveness of the controls stated in it, based on our examination. Our examination was conducted in accordance with attestation standards established by the AICPA. Those standards require that we plan and perform the examination to obtain reasonable assurance about whether, in all material respects, the description is presented in accordance with the description criteria and the controls stated in it were suitably designed and operated effectively to provide reasonable assurance that the service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>Unsere Aufgabe ist es, auf Grundlage unserer Prüfung ein Prüfungsurteil über die Beschreibung sowie über die Angemessenheit der Ausgestaltung und die Wirksamkeit der darin dargestellten Kontrollen abzugeben. Wir haben unsere Prüfung in Übereinstimmung mit den vom AICPA festgelegten Attestation Standards durchgeführt. Nach diesen Standards haben wir die Prüfung so zu planen und durchzuführen, dass wir hinreichende Sicherheit darüber erlangen, ob die Beschreibung in allen wesentlichen Belangen in Übereinstimmung mit den Beschreibungskriterien dargestellt ist und ob die darin dargestellten Kontrollen angemessen ausgestaltet waren und wirksam funktionierten, um hinreichende Sicherheit dafür zu bieten, dass die Leistungszusagen und Systemanforderungen auf Grundlage der maßgeblichen Trust Services Criteria erreicht wurden.</translation>
    </message>
    <message>
        <source>Our responsibility is to express an opinion on the description and on the suitability of the design of the controls stated in it, based on our examination. Our examination was conducted in accordance with attestation standards established by the AICPA. Those standards require that we plan and perform the examination to obtain reasonable assurance about whether, in all material respects, the description is presented in accordance with the description criteria and the controls stated in it were suitably designed to provide reasonable assurance that the service commitments and system requirements would be achieved based on the applicable trust services criteria.</source>
        <translation>Unsere Aufgabe ist es, auf Grundlage unserer Prüfung ein Prüfungsurteil über die Beschreibung und über die Angemessenheit der Ausgestaltung der darin dargestellten Kontrollen abzugeben. Wir haben unsere Prüfung in Übereinstimmung mit den vom AICPA festgelegten Attestation Standards durchgeführt. Nach diesen Standards haben wir die Prüfung so zu planen und durchzuführen, dass wir hinreichende Sicherheit darüber erlangen, ob die Beschreibung in allen wesentlichen Belangen in Übereinstimmung mit den Beschreibungskriterien dargestellt ist und ob die darin dargestellten Kontrollen angemessen ausgestaltet waren, um hinreichende Sicherheit dafür zu bieten, dass die Leistungszusagen und Systemanforderungen auf Grundlage der maßgeblichen Trust Services Criteria erreicht würden.</translation>
    </message>
    <message>
        <source>The examination involved performing procedures to obtain evidence about the presentation of the description and the suitability of the design and operating effectiveness of the controls: assessing the risks that the description is not presented in accordance with the description criteria and that the controls were not suitably designed or did not operate effectively; testing the operating effectiveness of the controls we consider necessary to provide reasonable assurance that the applicable trust services criteria were met; and evaluating the overall presentation of the description. The procedures selected depend on the service auditor&apos;s judgment.</source>
        <translation>Die Prüfung umfasste die Durchführung von Prüfungshandlungen zur Erlangung von Nachweisen über die Darstellung der Beschreibung sowie über die Angemessenheit der Ausgestaltung und die Wirksamkeit der Kontrollen: die Beurteilung der Risiken, dass die Beschreibung nicht in Übereinstimmung mit den Beschreibungskriterien dargestellt ist und dass die Kontrollen nicht angemessen ausgestaltet waren oder nicht wirksam funktionierten; die Prüfung der Wirksamkeit derjenigen Kontrollen, die wir für erforderlich halten, um hinreichende Sicherheit dafür zu bieten, dass die maßgeblichen Trust Services Criteria erfüllt wurden; sowie die Beurteilung der Gesamtdarstellung der Beschreibung. Die Auswahl der Prüfungshandlungen liegt im pflichtgemäßen Ermessen des Prüfers des Dienstleistungsunternehmens.</translation>
    </message>
    <message>
        <source>The examination involved performing procedures to obtain evidence about the presentation of the description and the suitability of the design of the controls: assessing the risks that the description is not presented in accordance with the description criteria and that the controls were not suitably designed, and evaluating the overall presentation of the description. The procedures selected depend on the service auditor&apos;s judgment. A Type 1 examination does not test the operating effectiveness of controls, and we express no opinion on it.</source>
        <translation>Die Prüfung umfasste die Durchführung von Prüfungshandlungen zur Erlangung von Nachweisen über die Darstellung der Beschreibung und über die Angemessenheit der Ausgestaltung der Kontrollen: die Beurteilung der Risiken, dass die Beschreibung nicht in Übereinstimmung mit den Beschreibungskriterien dargestellt ist und dass die Kontrollen nicht angemessen ausgestaltet waren, sowie die Beurteilung der Gesamtdarstellung der Beschreibung. Die Auswahl der Prüfungshandlungen liegt im pflichtgemäßen Ermessen des Prüfers des Dienstleistungsunternehmens. Eine Prüfung vom Typ 1 umfasst keine Prüfung der Wirksamkeit der Kontrollen, und wir geben hierzu kein Prüfungsurteil ab.</translation>
    </message>
    <message>
        <source>We are required to be independent of %1 and to meet our other ethical responsibilities in accordance with the relevant ethical requirements relating to the examination.</source>
        <translation>Wir sind verpflichtet, von %1 unabhängig zu sein und unsere sonstigen beruflichen Pflichten in Übereinstimmung mit den für die Prüfung maßgeblichen berufsethischen Anforderungen zu erfüllen.</translation>
    </message>
    <message>
        <source>We believe that the evidence we obtained is sufficient and appropriate to provide a reasonable basis for our opinion.</source>
        <translation>Wir sind der Auffassung, dass die von uns erlangten Nachweise ausreichend und geeignet sind, um als Grundlage für unser Prüfungsurteil zu dienen.</translation>
    </message>
    <message>
        <source>Inherent limitations</source>
        <translation>Inhärente Grenzen</translation>
    </message>
    <message>
        <source>The description is prepared to meet the common needs of a broad range of users and may therefore not include every aspect of the system that an individual user may consider important. There are inherent limitations in the effectiveness of any system of internal control, including the possibility of human error and the circumvention of controls. Because of their nature, controls may not always operate effectively to provide reasonable assurance that the service commitments and system requirements are achieved. Projecting any conclusion about the suitability of the design or the operating effectiveness of the controls to future periods is subject to the risk that controls may become inadequate because of changes in conditions, or that the degree of compliance with policies or procedures may deteriorate.</source>
        <translation>Die Beschreibung ist darauf ausgerichtet, den gemeinsamen Bedürfnissen eines breiten Nutzerkreises zu entsprechen, und umfasst daher möglicherweise nicht jeden Aspekt des Systems, den ein einzelner Nutzer für wichtig hält. Die Wirksamkeit jedes internen Kontrollsystems unterliegt inhärenten Grenzen, einschließlich der Möglichkeit menschlicher Fehler und der Umgehung von Kontrollen. Aufgrund ihrer Art funktionieren Kontrollen möglicherweise nicht immer wirksam, um hinreichende Sicherheit dafür zu bieten, dass die Leistungszusagen und Systemanforderungen erreicht werden. Jede Übertragung von Schlussfolgerungen über die Angemessenheit der Ausgestaltung oder die Wirksamkeit der Kontrollen auf künftige Zeiträume unterliegt dem Risiko, dass Kontrollen aufgrund veränderter Umstände unzureichend werden oder dass der Grad der Einhaltung von Richtlinien oder Verfahren nachlässt.</translation>
    </message>
    <message>
        <source>Description of tests of controls</source>
        <translation>Beschreibung der Kontrolltests</translation>
    </message>
    <message>
        <source>The specific controls we tested, and the nature, timing and results of those tests, are listed in Section IV.</source>
        <translation>Die einzelnen von uns getesteten Kontrollen sowie Art, Zeitpunkt und Ergebnisse dieser Tests sind in Abschnitt IV aufgeführt.</translation>
    </message>
    <message>
        <source>The controls stated in the description and our conclusions on their design are listed in Section IV.</source>
        <translation>Die in der Beschreibung dargestellten Kontrollen und unsere Schlussfolgerungen zu ihrer Ausgestaltung sind in Abschnitt IV aufgeführt.</translation>
    </message>
    <message>
        <source>The engagement file names no criterion as not met.</source>
        <translation>Die Auftragsdatei nennt kein Kriterium als nicht erfüllt.</translation>
    </message>
    <message>
        <source>The basis is not recorded in the engagement file.</source>
        <translation>Die Grundlage ist in der Auftragsdatei nicht erfasst.</translation>
    </message>
    <message>
        <source>(a) the description presents %1&apos;s %2 that was designed and implemented %3 in accordance with the description criteria;</source>
        <translation>(a) Die Beschreibung stellt das System %2 von %1, wie es %3 ausgestaltet und implementiert war, in Übereinstimmung mit den Beschreibungskriterien dar;</translation>
    </message>
    <message>
        <source>(b) the controls stated in the description were suitably designed %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements would be achieved based on the applicable trust services criteria, if its controls operated effectively %1</source>
        <translation>(b) Die in der Beschreibung dargestellten Kontrollen waren %1 angemessen ausgestaltet, um hinreichende Sicherheit dafür zu bieten, dass die Leistungszusagen und Systemanforderungen von %2 auf Grundlage der maßgeblichen Trust Services Criteria erreicht würden, sofern die Kontrollen %1 wirksam funktionierten</translation>
    </message>
    <message>
        <source>(c) the controls stated in the description operated effectively %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>(c) Die in der Beschreibung dargestellten Kontrollen funktionierten %1 wirksam, um hinreichende Sicherheit dafür zu bieten, dass die Leistungszusagen und Systemanforderungen von %2 auf Grundlage der maßgeblichen Trust Services Criteria erreicht wurden.</translation>
    </message>
    <message>
        <source>These conclusions assume that the complementary subservice organization controls and complementary user entity controls referred to above were suitably designed and operated effectively %1.</source>
        <translation>Diese Schlussfolgerungen setzen voraus, dass die oben genannten komplementären Kontrollen beim Subdienstleister und komplementären Kontrollen bei den auslagernden Unternehmen %1 angemessen ausgestaltet waren und wirksam funktionierten.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Prüfungsurteil</translation>
    </message>
    <message>
        <source>In our opinion, in all material respects:</source>
        <translation>Nach unserer Beurteilung gilt in allen wesentlichen Belangen:</translation>
    </message>
    <message>
        <source>Basis for qualified opinion</source>
        <translation>Grundlage für das eingeschränkte Prüfungsurteil</translation>
    </message>
    <message>
        <source>Our tests, described in Section IV, found that the controls did not provide reasonable assurance that the following applicable trust services criteria were met:</source>
        <translation>Unsere in Abschnitt IV beschriebenen Tests haben ergeben, dass die Kontrollen keine hinreichende Sicherheit dafür geboten haben, dass die folgenden maßgeblichen Trust Services Criteria erfüllt wurden:</translation>
    </message>
    <message>
        <source>Qualified opinion</source>
        <translation>Eingeschränktes Prüfungsurteil</translation>
    </message>
    <message>
        <source>In our opinion, except for the matter described in the basis for qualified opinion paragraph, in all material respects:</source>
        <translation>Nach unserer Beurteilung gilt, mit Ausnahme des im Abschnitt „Grundlage für das eingeschränkte Prüfungsurteil“ beschriebenen Sachverhalts, in allen wesentlichen Belangen:</translation>
    </message>
    <message>
        <source>Basis for adverse opinion</source>
        <translation>Grundlage für das versagte Prüfungsurteil</translation>
    </message>
    <message>
        <source>Our tests, described in Section IV, found that the controls did not provide reasonable assurance that the following applicable trust services criteria were met, and the effect is pervasive:</source>
        <translation>Unsere in Abschnitt IV beschriebenen Tests haben ergeben, dass die Kontrollen keine hinreichende Sicherheit dafür geboten haben, dass die folgenden maßgeblichen Trust Services Criteria erfüllt wurden, und die Auswirkungen sind umfassend:</translation>
    </message>
    <message>
        <source>Adverse opinion</source>
        <translation>Versagtes Prüfungsurteil</translation>
    </message>
    <message>
        <source>In our opinion, because of the significance of the matter described in the basis for adverse opinion paragraph, the controls stated in the description were not suitably designed and did not operate effectively %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements were achieved based on the applicable trust services criteria.</source>
        <translation>Nach unserer Beurteilung waren die in der Beschreibung dargestellten Kontrollen aufgrund der Bedeutung des im Abschnitt „Grundlage für das versagte Prüfungsurteil“ beschriebenen Sachverhalts %1 nicht angemessen ausgestaltet und funktionierten nicht wirksam, um hinreichende Sicherheit dafür zu bieten, dass die Leistungszusagen und Systemanforderungen von %2 auf Grundlage der maßgeblichen Trust Services Criteria erreicht wurden.</translation>
    </message>
    <message>
        <source>In our opinion, because of the significance of the matter described in the basis for adverse opinion paragraph, the controls stated in the description were not suitably designed %1 to provide reasonable assurance that %2&apos;s service commitments and system requirements would be achieved based on the applicable trust services criteria.</source>
        <translation>Nach unserer Beurteilung waren die in der Beschreibung dargestellten Kontrollen aufgrund der Bedeutung des im Abschnitt „Grundlage für das versagte Prüfungsurteil“ beschriebenen Sachverhalts %1 nicht angemessen ausgestaltet, um hinreichende Sicherheit dafür zu bieten, dass die Leistungszusagen und Systemanforderungen von %2 auf Grundlage der maßgeblichen Trust Services Criteria erreicht würden.</translation>
    </message>
    <message>
        <source>Basis for disclaimer of opinion</source>
        <translation>Grundlage für die Erklärung der Nichtabgabe eines Prüfungsurteils</translation>
    </message>
    <message>
        <source>We were not able to obtain sufficient appropriate evidence for the matter described below.</source>
        <translation>Wir konnten zu dem nachstehend beschriebenen Sachverhalt keine ausreichenden geeigneten Nachweise erlangen.</translation>
    </message>
    <message>
        <source>Because of the significance of the matter described in the basis for disclaimer of opinion paragraph, we have not been able to obtain sufficient appropriate evidence to provide a basis for an opinion. Accordingly, we do not express an opinion on the description or on the suitability of the design or the operating effectiveness of the controls stated in it.</source>
        <translation>Aufgrund der Bedeutung des im Abschnitt „Grundlage für die Erklärung der Nichtabgabe eines Prüfungsurteils“ beschriebenen Sachverhalts waren wir nicht in der Lage, ausreichende geeignete Nachweise als Grundlage für ein Prüfungsurteil zu erlangen. Dementsprechend geben wir kein Prüfungsurteil über die Beschreibung oder über die Angemessenheit der Ausgestaltung oder die Wirksamkeit der darin dargestellten Kontrollen ab.</translation>
    </message>
    <message>
        <source>Opinion not yet formed</source>
        <translation>Prüfungsurteil noch nicht gebildet</translation>
    </message>
    <message>
        <source>The service auditor has not formed an opinion: this report is a draft, and no opinion is expressed in it.</source>
        <translation>Der Prüfer des Dienstleistungsunternehmens hat noch kein Prüfungsurteil gebildet: Dieser Bericht ist ein Entwurf und enthält kein Prüfungsurteil.</translation>
    </message>
    <message>
        <source>Restricted use</source>
        <translation>Verwendungsbeschränkung</translation>
    </message>
    <message>
        <source>the management of %1, its user entities and their auditors</source>
        <translation>die Geschäftsleitung von %1, die auslagernden Unternehmen und deren Prüfer</translation>
    </message>
    <message>
        <source>This report, including the description of the tests of controls and their results in Section IV, is intended solely for the information and use of %1. It is not intended to be, and should not be, used by anyone other than these specified parties.</source>
        <translation>Dieser Bericht, einschließlich der Beschreibung der Kontrolltests und ihrer Ergebnisse in Abschnitt IV, ist ausschließlich zur Information und Verwendung durch %1 bestimmt. Er ist nicht dazu bestimmt, von anderen als diesen ausdrücklich genannten Parteien verwendet zu werden, und darf von ihnen nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The engagement file names no intended users: the parties above are IsoAudit&apos;s default wording, for the service auditor to confirm.</source>
        <translation>Die Auftragsdatei nennt keine vorgesehenen Nutzer: Die oben genannten Parteien sind die Standardformulierung von IsoAudit und vom Prüfer des Dienstleistungsunternehmens zu bestätigen.</translation>
    </message>
    <message>
        <source>Not described in the engagement file.</source>
        <translation>In der Auftragsdatei nicht beschrieben.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(ohne Nummer)</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>Report %1 · Rev %2 · Page %3 of %4</source>
        <translation>Bericht %1 · Rev. %2 · Seite %3 von %4</translation>
    </message>
    <message>
        <source>SOC 2® Type 2 report</source>
        <translation>SOC 2®-Bericht vom Typ 2</translation>
    </message>
    <message>
        <source>SOC 2® Type 1 report</source>
        <translation>SOC 2®-Bericht vom Typ 1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>throughout the period %1</source>
        <translation>im gesamten Zeitraum vom %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>zum %1</translation>
    </message>
    <message>
        <source>the service organization</source>
        <translation>[Dienstleistungsunternehmen]</translation>
    </message>
    <message>
        <source>REPORT ON AN EXAMINATION BY A SERVICE AUDITOR</source>
        <translation>BERICHT DES PRÜFERS DES DIENSTLEISTUNGSUNTERNEHMENS</translation>
    </message>
    <message>
        <source>Report on %1&apos;s description of its %2 and on the suitability of the design and operating effectiveness of its controls relevant to %3, for the period %4</source>
        <translation>Bericht über die Beschreibung des Systems %2 von %1 und über die Angemessenheit der Ausgestaltung und die Wirksamkeit der für %3 relevanten Kontrollen für den Zeitraum vom %4</translation>
    </message>
    <message>
        <source>Report on %1&apos;s description of its %2 and on the suitability of the design of its controls relevant to %3, as of %4</source>
        <translation>Bericht über die Beschreibung des Systems %2 von %1 und über die Angemessenheit der Ausgestaltung der für %3 relevanten Kontrollen zum %4</translation>
    </message>
    <message>
        <source>Draft: examination in progress</source>
        <translation>Entwurf: Prüfung läuft</translation>
    </message>
    <message>
        <source>Final, for signature</source>
        <translation>Endfassung, zur Signatur</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation>Endfassung, signiert</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Berichtstyp</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Prüfungszeitraum</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Trust services categories</source>
        <translation>Trust-Services-Kategorien</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Berichtsnummer</translation>
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
        <translation>Dieser Bericht ist ausschließlich für die in Abschnitt I unter „Verwendungsbeschränkung“ genannten Parteien bestimmt und darf nicht an Dritte weitergegeben werden.</translation>
    </message>
    <message>
        <source>Management&apos;s assertion</source>
        <translation>Erklärung der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Management&apos;s assertion has not been provided. The report cannot be issued without it.</source>
        <translation>Die Erklärung der Geschäftsleitung liegt nicht vor. Ohne sie kann der Bericht nicht herausgegeben werden.</translation>
    </message>
    <message>
        <source>The assertion below is made by the management of %1, as provided to the service auditor.</source>
        <translation>Die nachstehende Erklärung wird von der Geschäftsleitung von %1 abgegeben und ist so wiedergegeben, wie sie dem Prüfer des Dienstleistungsunternehmens vorgelegt wurde.</translation>
    </message>
    <message>
        <source>%1&apos;s description of its system</source>
        <translation>Systembeschreibung von %1</translation>
    </message>
    <message>
        <source>The description in this section is prepared by the management of %1; the service auditor examined its presentation (Section I).</source>
        <translation>Die Beschreibung in diesem Abschnitt wurde von der Geschäftsleitung von %1 erstellt; der Prüfer des Dienstleistungsunternehmens hat ihre Darstellung geprüft (Abschnitt I).</translation>
    </message>
    <message>
        <source>Services provided</source>
        <translation>Erbrachte Leistungen</translation>
    </message>
    <message>
        <source>Components of the system</source>
        <translation>Komponenten des Systems</translation>
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
        <translation>Personal</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>System boundaries</source>
        <translation>Systemgrenzen</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Subdienstleister</translation>
    </message>
    <message>
        <source>%1 uses no subservice organization for the services in scope.</source>
        <translation>%1 nimmt für die Leistungen im Prüfungsumfang keinen Subdienstleister in Anspruch.</translation>
    </message>
    <message>
        <source>Subservice organization</source>
        <translation>Subdienstleister</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Complementary subservice organization controls assumed</source>
        <translation>Vorausgesetzte komplementäre Kontrollen beim Subdienstleister (CSOC)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Complementary user entity controls</source>
        <translation>Komplementäre Kontrollen bei den auslagernden Unternehmen (CUEC)</translation>
    </message>
    <message>
        <source>The description assumes no complementary user entity controls.</source>
        <translation>Die Beschreibung setzt keine komplementären Kontrollen bei den auslagernden Unternehmen voraus.</translation>
    </message>
    <message>
        <source>%1&apos;s controls were designed with the assumption that user entities implement the controls below. User entities are responsible for them; the service auditor did not examine them.</source>
        <translation>Die Kontrollen von %1 wurden unter der Annahme ausgestaltet, dass die auslagernden Unternehmen die nachstehenden Kontrollen implementieren. Die auslagernden Unternehmen sind für diese verantwortlich; der Prüfer des Dienstleistungsunternehmens hat sie nicht geprüft.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Control expected of user entities</source>
        <translation>Von den auslagernden Unternehmen erwartete Kontrolle</translation>
    </message>
    <message>
        <source>Other information provided by the service organization</source>
        <translation>Sonstige Informationen des Dienstleistungsunternehmens</translation>
    </message>
    <message>
        <source>Not covered by the service auditor&apos;s opinion</source>
        <translation>Nicht vom Prüfungsurteil des Prüfers des Dienstleistungsunternehmens umfasst</translation>
    </message>
    <message>
        <source>The information in this section is presented by the management of %1 to provide additional information to user entities. It is not part of the description of the system and was not subjected to the procedures applied in the examination; accordingly, the service auditor expresses no opinion on it.</source>
        <translation>Die Informationen in diesem Abschnitt werden von der Geschäftsleitung von %1 dargestellt, um den auslagernden Unternehmen zusätzliche Informationen zu geben. Sie sind nicht Bestandteil der Systembeschreibung und wurden den bei der Prüfung angewandten Prüfungshandlungen nicht unterzogen; dementsprechend gibt der Prüfer des Dienstleistungsunternehmens dazu kein Prüfungsurteil ab.</translation>
    </message>
    <message>
        <source>Management&apos;s responses to the exceptions</source>
        <translation>Stellungnahmen der Geschäftsleitung zu den Abweichungen</translation>
    </message>
    <message>
        <source>The examination noted no exceptions, so management has no responses to present.</source>
        <translation>Bei der Prüfung wurden keine Abweichungen festgestellt; die Geschäftsleitung hat daher keine Stellungnahmen abzugeben.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Exception noted</source>
        <translation>Festgestellte Abweichung</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Stellungnahme der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Management has not provided a response.</source>
        <translation>Die Geschäftsleitung hat keine Stellungnahme abgegeben.</translation>
    </message>
    <message>
        <source>%1, %2 or more occurrences</source>
        <translation>%1, ab %2 Durchführungen</translation>
    </message>
    <message>
        <source>%1, %2–%3 occurrences</source>
        <translation>%1, %2–%3 Durchführungen</translation>
    </message>
    <message numerus="yes">
        <source>Tested the whole population: %n occurrence(s) in the period.</source>
        <translation>
            <numerusform>Gesamte Grundgesamtheit getestet (Vollerhebung): %n Durchführung im Prüfungszeitraum.</numerusform>
            <numerusform>Gesamte Grundgesamtheit getestet (Vollerhebung): %n Durchführungen im Prüfungszeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample of %1 of %2 occurrences, selected at random across the period (stratified by month).</source>
        <translation>Stichprobe von %1 aus %2 Durchführungen, zufällig über den Prüfungszeitraum ausgewählt (nach Monaten geschichtet).</translation>
    </message>
    <message>
        <source>Sample size set by the service auditor: %1</source>
        <translation>Stichprobenumfang vom Prüfer des Dienstleistungsunternehmens festgelegt: %1</translation>
    </message>
    <message>
        <source>Sample size from the firm&apos;s sampling policy (%1), increased for a deviation in the prior period.</source>
        <translation>Stichprobenumfang nach der Richtlinie zum Stichprobenumfang der Prüfungsgesellschaft (%1), erhöht aufgrund einer Abweichung in der Vorperiode.</translation>
    </message>
    <message>
        <source>Sample size from the firm&apos;s sampling policy (%1).</source>
        <translation>Stichprobenumfang nach der Richtlinie zum Stichprobenumfang der Prüfungsgesellschaft (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) replaced, each with the reason on record.</source>
        <translation>
            <numerusform>%n Element ersetzt, mit dokumentierter Begründung.</numerusform>
            <numerusform>%n Elemente ersetzt, jeweils mit dokumentierter Begründung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust services criteria, controls, tests of controls and results</source>
        <translation>Trust Services Criteria, Kontrollen, Kontrolltests und Ergebnisse</translation>
    </message>
    <message>
        <source>For each applicable trust services criterion, this section lists the controls of %1 mapped to it, the tests the service auditor performed %2 and their results. A control mapped to several criteria is listed under each of them.</source>
        <translation>Für jedes maßgebliche Kriterium der Trust Services Criteria führt dieser Abschnitt die ihm zugeordneten Kontrollen von %1, die vom Prüfer des Dienstleistungsunternehmens %2 durchgeführten Tests und deren Ergebnisse auf. Eine Kontrolle, die mehreren Kriterien zugeordnet ist, wird unter jedem dieser Kriterien aufgeführt.</translation>
    </message>
    <message>
        <source>Sample sizes follow the service auditor&apos;s firm&apos;s sampling policy; they are the firm&apos;s judgment, not a requirement of the AICPA. Items were selected at random with a recorded seed from the population as frozen on import, spread across the months of the period; the table at the end of this section gives what a reviewer needs to draw the same items again.</source>
        <translation>Die Stichprobenumfänge folgen der Richtlinie zum Stichprobenumfang der Prüfungsgesellschaft des Prüfers; sie beruhen auf dem Ermessen der Prüfungsgesellschaft und sind keine Anforderung des AICPA. Die Elemente wurden zufällig mit einem dokumentierten Startwert aus der beim Import festgeschriebenen Grundgesamtheit ausgewählt, verteilt über die Monate des Prüfungszeitraums; die Tabelle am Ende dieses Abschnitts enthält alle Angaben, die ein Reviewer benötigt, um dieselben Elemente erneut zu ziehen.</translation>
    </message>
    <message>
        <source>For each applicable trust services criterion, this section lists the controls of %1 mapped to it, the procedures the service auditor performed to evaluate their design and the conclusion on their design %2. A Type 1 examination does not test operating effectiveness.</source>
        <translation>Für jedes maßgebliche Kriterium der Trust Services Criteria führt dieser Abschnitt die ihm zugeordneten Kontrollen von %1, die vom Prüfer des Dienstleistungsunternehmens zur Beurteilung ihrer Ausgestaltung durchgeführten Prüfungshandlungen und die Schlussfolgerung zu ihrer Ausgestaltung %2 auf. Bei einer Prüfung vom Typ 1 wird die Wirksamkeit nicht getestet.</translation>
    </message>
    <message>
        <source>Test methods</source>
        <translation>Testmethoden</translation>
    </message>
    <message>
        <source>Asked appropriate personnel about the control and corroborated the answers.</source>
        <translation>Geeignete Mitarbeiter zur Kontrolle befragt und die Antworten durch weitere Nachweise bestätigt.</translation>
    </message>
    <message>
        <source>Watched the control being performed.</source>
        <translation>Die Durchführung der Kontrolle beobachtet.</translation>
    </message>
    <message>
        <source>Examined documents, records or system settings that show the control was performed.</source>
        <translation>Dokumente, Aufzeichnungen oder Systemeinstellungen eingesehen, die die Durchführung der Kontrolle belegen.</translation>
    </message>
    <message>
        <source>Performed the control again independently and compared the outcome.</source>
        <translation>Die Kontrolle unabhängig erneut durchgeführt und das Ergebnis verglichen.</translation>
    </message>
    <message>
        <source>No control of %1 is mapped to this criterion.</source>
        <translation>Diesem Kriterium ist keine Kontrolle von %1 zugeordnet.</translation>
    </message>
    <message>
        <source>Controls not mapped to an applicable criterion</source>
        <translation>Keinem maßgeblichen Kriterium zugeordnete Kontrollen</translation>
    </message>
    <message>
        <source>Tests performed by the service auditor</source>
        <translation>Vom Prüfer durchgeführte Tests</translation>
    </message>
    <message>
        <source>Procedures to evaluate design</source>
        <translation>Prüfungshandlungen zur Beurteilung der Ausgestaltung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Conclusion on design</source>
        <translation>Schlussfolgerung zur Ausgestaltung</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Schlüsselkontrolle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The population for the period (%1) has no occurrences.</source>
        <translation>Die Grundgesamtheit für den Prüfungszeitraum (%1) enthält keine Durchführungen.</translation>
    </message>
    <message>
        <source>No test recorded.</source>
        <translation>Kein Test erfasst.</translation>
    </message>
    <message>
        <source>No exceptions noted.</source>
        <translation>Keine Abweichungen festgestellt.</translation>
    </message>
    <message>
        <source>The control did not operate during the period; no test of operating effectiveness was possible.</source>
        <translation>Die Kontrolle wurde im Prüfungszeitraum nicht durchgeführt; ein Test der Wirksamkeit war nicht möglich.</translation>
    </message>
    <message>
        <source>Testing not completed: %1 of %2 sampled items have a result.</source>
        <translation>Test nicht abgeschlossen: Für %1 von %2 Stichprobenelementen liegt ein Ergebnis vor.</translation>
    </message>
    <message>
        <source>Not yet tested.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <source>Testing not completed: a test procedure has no result yet.</source>
        <translation>Test nicht abgeschlossen: Für eine Prüfungshandlung liegt noch kein Ergebnis vor.</translation>
    </message>
    <message>
        <source>Exception noted: %1 of %2 items sampled deviated from the control.</source>
        <translation>Abweichung festgestellt: Bei %1 von %2 Stichprobenelementen wurde von der Kontrolle abgewichen.</translation>
    </message>
    <message>
        <source>Nature: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Assessed as: %1</source>
        <translation>Beurteilung: %1</translation>
    </message>
    <message>
        <source>The exception has not yet been assessed.</source>
        <translation>Die Abweichung wurde noch nicht beurteilt.</translation>
    </message>
    <message>
        <source>Exception noted (%1): %2</source>
        <translation>Abweichung festgestellt (%1): %2</translation>
    </message>
    <message>
        <source>Samples and how to draw them again</source>
        <translation>Stichproben und ihre erneute Ziehung</translation>
    </message>
    <message>
        <source>Each sample was drawn from its control&apos;s population as frozen on import. A reviewer draws the same items again from the same population (checked by its row count and SHA-256, shortened here) with the seed and the selection method named below.</source>
        <translation>Jede Stichprobe wurde aus der beim Import festgeschriebenen Grundgesamtheit ihrer Kontrolle gezogen. Ein Reviewer zieht dieselben Elemente erneut aus derselben Grundgesamtheit (überprüft anhand ihrer Zeilenzahl und ihres SHA-256-Werts, hier gekürzt) mit dem unten genannten Startwert und Auswahlverfahren.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Grundgesamtheit</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Anzahl</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
</context>
<context>
    <name>SystemDescriptionForm</name>
    <message>
        <source>Edit services</source>
        <translation>Leistungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit infrastructure</source>
        <translation>Infrastruktur bearbeiten</translation>
    </message>
    <message>
        <source>Edit software</source>
        <translation>Software bearbeiten</translation>
    </message>
    <message>
        <source>Edit people</source>
        <translation>Personal bearbeiten</translation>
    </message>
    <message>
        <source>Edit procedures</source>
        <translation>Verfahren bearbeiten</translation>
    </message>
    <message>
        <source>Edit data</source>
        <translation>Daten bearbeiten</translation>
    </message>
    <message>
        <source>Edit boundaries of the system</source>
        <translation>Systemgrenzen bearbeiten</translation>
    </message>
    <message>
        <source>Edit management&apos;s assertion</source>
        <translation>Erklärung der Geschäftsleitung bearbeiten</translation>
    </message>
    <message>
        <source>Edit intended users</source>
        <translation>Vorgesehene Nutzer bearbeiten</translation>
    </message>
    <message>
        <source>Set report date</source>
        <translation>Berichtsdatum festlegen</translation>
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
        <translation>Nein</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
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
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Referenz des Kunden</translation>
    </message>
    <message>
        <source>Auditor&apos;s verdict</source>
        <translation>Bewertung des Auditors</translation>
    </message>
    <message>
        <source>Risks treated</source>
        <translation>Behandelte Risiken</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Auditor&apos;s notes</source>
        <translation>Notizen des Auditors</translation>
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
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Restauswirkung</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>Restrisikowert</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>Restrisikostufe</translation>
    </message>
    <message>
        <source>Residual accepted</source>
        <translation>Restrisiko akzeptiert</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektiver Nachweis</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Corrective action status</source>
        <translation>Status der Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verifiziert von</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verifiziert am</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>Exportieren Sie in eine Datei mit der Endung .xlsx oder .csv, nicht „%1“.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Manuell oder automatisiert</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Schlüsselkontrolle</translation>
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
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.</source>
        <translation>%1 ist eine alte Excel-97-2003-Arbeitsmappe (.xls); speichern Sie sie zuerst als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx): Es ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>No header row was recognised in %1; map the columns by hand.</source>
        <translation>In %1 wurde keine Kopfzeile erkannt; ordnen Sie die Spalten von Hand zu.</translation>
    </message>
    <message>
        <source>Corrective actions are exported, not imported.</source>
        <translation>Korrekturmaßnahmen werden exportiert, nicht importiert.</translation>
    </message>
    <message>
        <source>No column gives the %1; a %2 needs one to match its rows.</source>
        <translation>Keine Spalte enthält das Feld „%1“; die Tabelle „%2“ braucht es, um ihre Zeilen zuzuordnen.</translation>
    </message>
    <message>
        <source>The row names no control; it is not imported.</source>
        <translation>Die Zeile nennt keine Maßnahme; sie wird nicht importiert.</translation>
    </message>
    <message>
        <source>Control %1 was already given in row %2; this row is not imported.</source>
        <translation>Maßnahme %1 wurde bereits in Zeile %2 angegeben; diese Zeile wird nicht importiert.</translation>
    </message>
    <message>
        <source>The row has no reference; it is not imported.</source>
        <translation>Die Zeile hat keine Referenz; sie wird nicht importiert.</translation>
    </message>
    <message>
        <source>The reference %1 was already used in row %2; this row is not imported.</source>
        <translation>Die Referenz %1 wurde bereits in Zeile %2 verwendet; diese Zeile wird nicht importiert.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>A control matrix is imported into a SOC 2 engagement; this audit is an ISO/IEC 27001 audit, whose controls are the Annex A controls of its Statement of Applicability.</source>
        <translation>Eine Kontrollmatrix wird in eine SOC 2-Prüfung importiert; dieses Audit ist ein Audit nach ISO/IEC 27001, dessen Maßnahmen die Maßnahmen aus Anhang A seiner Erklärung zur Anwendbarkeit sind.</translation>
    </message>
    <message>
        <source>A %1 is an ISO/IEC 27001 table and this audit is a SOC 2 engagement; import the service organization&apos;s control matrix instead.</source>
        <translation>Die Tabelle „%1“ gehört zu ISO/IEC 27001, dieses Audit ist jedoch eine SOC 2-Prüfung; importieren Sie stattdessen die Kontrollmatrix des Dienstleistungsunternehmens.</translation>
    </message>
</context>
<context>
    <name>TableKindText</name>
    <message>
        <source>risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>control matrix</source>
        <translation>Kontrollmatrix</translation>
    </message>
</context>
<context>
    <name>TableTransferButtons</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import the client&apos;s table from Excel (.xlsx) or CSV; you can also drop the file on this page</source>
        <translation>Tabelle des Kunden aus Excel (.xlsx) oder CSV importieren; Sie können die Datei auch auf diese Seite ziehen</translation>
    </message>
    <message>
        <source>Import table</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export this table with your verdicts to Excel (.xlsx) or CSV for the client</source>
        <translation>Diese Tabelle mit Ihren Bewertungen nach Excel (.xlsx) oder CSV für den Kunden exportieren</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>This audit is open read-only; nothing can be imported.</source>
        <translation>Dieses Audit ist schreibgeschützt geöffnet; es kann nichts importiert werden.</translation>
    </message>
</context>
<context>
    <name>TeamCopies</name>
    <message>
        <source>Name the team member the copy is for.</source>
        <translation>Geben Sie das Teammitglied an, für das die Kopie bestimmt ist.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the copy.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
    <message>
        <source>This audit is signed: reopen it before giving out copies to work on.</source>
        <translation>Dieses Audit ist signiert: Öffnen Sie es wieder, bevor Sie Kopien zur Bearbeitung ausgeben.</translation>
    </message>
    <message>
        <source>This audit has no trail yet; make a change and save it before giving out copies.</source>
        <translation>Dieses Audit hat noch kein Änderungsprotokoll; nehmen Sie eine Änderung vor und speichern Sie sie, bevor Sie Kopien ausgeben.</translation>
    </message>
    <message>
        <source>The copy was not written: %1</source>
        <translation>Die Kopie wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>A copy being made takes no changes.</source>
        <translation>Eine Kopie nimmt während ihrer Erstellung keine Änderungen an.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>The copy %1 was written, but this audit could not note it: %2</source>
        <translation>Die Kopie %1 wurde geschrieben, aber dieses Audit konnte sie nicht vermerken: %2</translation>
    </message>
</context>
<context>
    <name>TeamMerge</name>
    <message>
        <source>The copy %1 does not exist.</source>
        <translation>Die Kopie %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is the audit itself, not a copy of it.</source>
        <translation>%1 ist das Audit selbst, keine Kopie davon.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 kann nicht zusammengeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 is a copy of another audit (%2, %3), not of this one. Nothing was changed.</source>
        <translation>%1 ist eine Kopie eines anderen Audits (%2, %3), nicht dieses Audits. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is a copy of a signed audit: a signed audit&apos;s copy is not merged. Nothing was changed.</source>
        <translation>%1 ist eine Kopie eines signierten Audits: Die Kopie eines signierten Audits wird nicht zusammengeführt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is of the same audit but does not share its history (it was not copied from this file, e.g. it was imported from a package): it cannot be merged record by record.</source>
        <translation>%1 gehört zum selben Audit, hat aber keinen gemeinsamen Verlauf mit dieser Datei (sie wurde nicht aus dieser Datei kopiert, sondern z. B. aus einem Paket importiert): Sie kann nicht Datensatz für Datensatz zusammengeführt werden.</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>die Kopie</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: its audit trail is broken at entry #%2. Nothing was changed.</source>
        <translation>%1 ist beschädigt und kann nicht zusammengeführt werden: Das Änderungsprotokoll ist bei Eintrag #%2 unterbrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: %2 Nothing was changed.</source>
        <translation>%1 ist beschädigt und kann nicht zusammengeführt werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be merged: %2 is not as its audit trail says (it was changed outside IsoAudit). Nothing was changed.</source>
        <translation>%1 ist beschädigt und kann nicht zusammengeführt werden: %2 entspricht nicht dem Änderungsprotokoll (wurde außerhalb von IsoAudit geändert). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This merge was prepared for another audit; nothing was changed.</source>
        <translation>Diese Zusammenführung wurde für ein anderes Audit vorbereitet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This audit is signed: nothing can be merged into it.</source>
        <translation>Dieses Audit ist signiert: Es kann nichts mit ihm zusammengeführt werden.</translation>
    </message>
    <message>
        <source>%1 was deleted on one side and changed on the other: choose whether to keep it. Nothing was merged.</source>
        <translation>%1 wurde auf einer Seite gelöscht und auf der anderen geändert: Entscheiden Sie, ob der Datensatz erhalten bleibt. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>%1: %2 was changed on both sides; choose which value to keep. Nothing was merged.</source>
        <translation>%1: %2 wurde auf beiden Seiten geändert; wählen Sie, welcher Wert gilt. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, resolving a merge conflict</source>
        <translation>%1, Lösung eines Konflikts beim Zusammenführen</translation>
    </message>
    <message>
        <source>%1, merged from %2&apos;s copy</source>
        <translation>%1, zusammengeführt aus der Kopie von %2</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1: its links could not be merged: %2</source>
        <translation>%1: Die Verknüpfungen konnten nicht zusammengeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be recorded: %2</source>
        <translation>%1 konnte nicht erfasst werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Es wurde nichts zusammengeführt: %1</translation>
    </message>
    <message>
        <source>This audit is signed: nothing can be merged into it. Reopen it first, with a reason, if the team&apos;s work must still be added.</source>
        <translation>Dieses Audit ist unterschrieben: In ein unterschriebenes Audit wird nichts zusammengeführt. Öffnen Sie es zuerst mit einer Begründung wieder, wenn die Arbeit des Teams noch aufgenommen werden soll.</translation>
    </message>
</context>
<context>
    <name>TrailState</name>
    <message>
        <source>Could not read the %1 for the audit trail: %2</source>
        <translation>%1 für das Änderungsprotokoll konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the %1 records: %2</source>
        <translation>Die Datensätze %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the links: %1</source>
        <translation>Die Verknüpfungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TrailWriter</name>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This audit file has no audit trail table: %1</source>
        <translation>Diese Auditdatei hat keine Tabelle für das Änderungsprotokoll: %1</translation>
    </message>
    <message>
        <source>Could not add to the audit trail: %1</source>
        <translation>Der Eintrag konnte nicht ins Änderungsprotokoll geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The audit file is busy or read-only: %1</source>
        <translation>Die Auditdatei ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Es ist keine Transaktion offen.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>Stage 1</source>
        <comment>audit type</comment>
        <translation>Stufe-1-Audit</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <comment>audit type</comment>
        <translation>Stufe-2-Audit</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <comment>audit type</comment>
        <translation>Überwachungsaudit</translation>
    </message>
    <message>
        <source>Recertification</source>
        <comment>audit type</comment>
        <translation>Rezertifizierungsaudit</translation>
    </message>
    <message>
        <source>Special / follow-up</source>
        <comment>audit type</comment>
        <translation>Sonder-/Nachaudit</translation>
    </message>
    <message>
        <source>Special</source>
        <comment>audit type</comment>
        <translation>Sonderaudit</translation>
    </message>
    <message>
        <source>Planning</source>
        <comment>lifecycle state</comment>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <comment>lifecycle state</comment>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>Reporting</source>
        <comment>lifecycle state</comment>
        <translation>Berichterstellung</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>lifecycle state</comment>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <comment>team role</comment>
        <translation>Auditteamleiter</translation>
    </message>
    <message>
        <source>Auditor</source>
        <comment>team role</comment>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Technical expert</source>
        <comment>team role</comment>
        <translation>Technischer Experte</translation>
    </message>
    <message>
        <source>Observer</source>
        <comment>team role</comment>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>clause verdict</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Conforms</source>
        <comment>clause verdict</comment>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <comment>clause verdict</comment>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Not audited</source>
        <comment>clause verdict</comment>
        <translation>Nicht auditiert</translation>
    </message>
    <message>
        <source>Applicable</source>
        <comment>applicability</comment>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>applicability</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>applicability</comment>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Excluded</source>
        <comment>applicability</comment>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>No</source>
        <comment>applicability</comment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Undecided</source>
        <comment>applicability</comment>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Implemented</source>
        <comment>implementation state</comment>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <comment>implementation state</comment>
        <translation>Teilweise umgesetzt</translation>
    </message>
    <message>
        <source>Partially</source>
        <comment>implementation state</comment>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>implementation state</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <comment>implementation state</comment>
        <translation>Nicht umgesetzt</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>control verdict</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Effective</source>
        <comment>control verdict</comment>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <comment>control verdict</comment>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <comment>control verdict</comment>
        <translation>Nicht in Stichprobe</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <comment>risk treatment</comment>
        <translation>Mindern</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>risk treatment</comment>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Avoid</source>
        <comment>risk treatment</comment>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>risk treatment</comment>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>evidence kind</comment>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Record sample</source>
        <comment>evidence kind</comment>
        <translation>Aufzeichnungsstichprobe</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>evidence kind</comment>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Technical check</source>
        <comment>evidence kind</comment>
        <translation>Technische Prüfung</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <comment>finding grade</comment>
        <translation>Schwerwiegende Nichtkonformität</translation>
    </message>
    <message>
        <source>Major NC</source>
        <comment>finding grade</comment>
        <translation>Schwerw. NK</translation>
    </message>
    <message>
        <source>Major nonconformities</source>
        <comment>finding grade</comment>
        <translation>Schwerwiegende Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <comment>finding grade</comment>
        <translation>Geringfügige Nichtkonformität</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <comment>finding grade</comment>
        <translation>Geringf. NK</translation>
    </message>
    <message>
        <source>Minor nonconformities</source>
        <comment>finding grade</comment>
        <translation>Geringfügige Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>finding grade</comment>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Obs.</source>
        <comment>finding grade</comment>
        <translation>Beob.</translation>
    </message>
    <message>
        <source>Observations</source>
        <comment>finding grade</comment>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <comment>finding grade</comment>
        <translation>Verbesserungspotenzial</translation>
    </message>
    <message>
        <source>OFI</source>
        <comment>finding grade</comment>
        <translation>VP</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <comment>finding grade</comment>
        <translation>Verbesserungspotenziale</translation>
    </message>
    <message>
        <source>Positive finding</source>
        <comment>finding grade</comment>
        <translation>Positive Feststellung</translation>
    </message>
    <message>
        <source>Positive</source>
        <comment>finding grade</comment>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Positive findings</source>
        <comment>finding grade</comment>
        <translation>Positive Feststellungen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>corrective action status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Plan submitted</source>
        <comment>corrective action status</comment>
        <translation>Plan eingereicht</translation>
    </message>
    <message>
        <source>Plan accepted</source>
        <comment>corrective action status</comment>
        <translation>Plan akzeptiert</translation>
    </message>
    <message>
        <source>Implemented</source>
        <comment>corrective action status</comment>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <comment>corrective action status</comment>
        <translation>Wirksamkeit verifiziert</translation>
    </message>
    <message>
        <source>Not effective</source>
        <comment>corrective action status</comment>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <source>Recommend certification</source>
        <comment>certification recommendation</comment>
        <translation>Zertifizierung empfehlen</translation>
    </message>
    <message>
        <source>Certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Zertifizierung empfohlen</translation>
    </message>
    <message>
        <source>Recommend after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Nach Verifizierung der Korrekturmaßnahmen empfehlen</translation>
    </message>
    <message>
        <source>Certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Zertifizierung nach Verifizierung der Korrekturmaßnahmen empfohlen</translation>
    </message>
    <message>
        <source>Do not recommend certification</source>
        <comment>certification recommendation</comment>
        <translation>Zertifizierung nicht empfehlen</translation>
    </message>
    <message>
        <source>Certification not recommended</source>
        <comment>certification recommendation</comment>
        <translation>Zertifizierung nicht empfohlen</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <comment>certification recommendation</comment>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <source>No recommendation recorded yet</source>
        <comment>certification recommendation</comment>
        <translation>Noch keine Empfehlung erfasst</translation>
    </message>
    <message>
        <source>Systemic breakdown (not a single instance)</source>
        <comment>finding nature</comment>
        <translation>Systematisches Versagen (kein Einzelfall)</translation>
    </message>
    <message>
        <source>Isolated lapse</source>
        <comment>finding nature</comment>
        <translation>Einzelfall</translation>
    </message>
    <message>
        <source>Organizational</source>
        <comment>Annex A theme</comment>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>People</source>
        <comment>Annex A theme</comment>
        <translation>Personell</translation>
    </message>
    <message>
        <source>Physical</source>
        <comment>Annex A theme</comment>
        <translation>Physisch</translation>
    </message>
    <message>
        <source>Technological</source>
        <comment>Annex A theme</comment>
        <translation>Technologisch</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Required process absent</source>
        <comment>finding nature</comment>
        <translation>Geforderter Prozess fehlt</translation>
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
        <translation>ISO/IEC 27001:2022 und SOC 2</translation>
    </message>
    <message>
        <source>Area of concern</source>
        <comment>finding grade</comment>
        <translation>Problembereich</translation>
    </message>
    <message>
        <source>Concern</source>
        <comment>finding grade</comment>
        <translation>Problemb.</translation>
    </message>
    <message>
        <source>Areas of concern</source>
        <comment>finding grade</comment>
        <translation>Problembereiche</translation>
    </message>
    <message>
        <source>Ready for Stage 2</source>
        <comment>certification recommendation</comment>
        <translation>Bereit für Stufe 2</translation>
    </message>
    <message>
        <source>Ready for the Stage 2 audit</source>
        <comment>certification recommendation</comment>
        <translation>Bereit für das Stufe-2-Audit</translation>
    </message>
    <message>
        <source>Ready for Stage 2 once the areas of concern are addressed</source>
        <comment>certification recommendation</comment>
        <translation>Bereit für Stufe 2, sobald die Problembereiche behoben sind</translation>
    </message>
    <message>
        <source>Ready for the Stage 2 audit once the areas of concern are addressed</source>
        <comment>certification recommendation</comment>
        <translation>Bereit für das Stufe-2-Audit, sobald die Problembereiche behoben sind</translation>
    </message>
    <message>
        <source>Not ready for Stage 2</source>
        <comment>certification recommendation</comment>
        <translation>Nicht bereit für Stufe 2</translation>
    </message>
    <message>
        <source>Not ready for the Stage 2 audit</source>
        <comment>certification recommendation</comment>
        <translation>Nicht bereit für das Stufe-2-Audit</translation>
    </message>
    <message>
        <source>Recommend continuation of certification</source>
        <comment>certification recommendation</comment>
        <translation>Aufrechterhaltung der Zertifizierung empfehlen</translation>
    </message>
    <message>
        <source>Continuation of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Aufrechterhaltung der Zertifizierung empfohlen</translation>
    </message>
    <message>
        <source>Recommend continuation after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Aufrechterhaltung nach Verifizierung der Korrekturmaßnahmen empfehlen</translation>
    </message>
    <message>
        <source>Continuation of certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Aufrechterhaltung der Zertifizierung nach Verifizierung der Korrekturmaßnahmen empfohlen</translation>
    </message>
    <message>
        <source>Recommend suspension of certification</source>
        <comment>certification recommendation</comment>
        <translation>Aussetzung der Zertifizierung empfehlen</translation>
    </message>
    <message>
        <source>Suspension of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Aussetzung der Zertifizierung empfohlen</translation>
    </message>
    <message>
        <source>Recommend renewal of certification</source>
        <comment>certification recommendation</comment>
        <translation>Erneuerung der Zertifizierung empfehlen</translation>
    </message>
    <message>
        <source>Renewal of certification recommended</source>
        <comment>certification recommendation</comment>
        <translation>Erneuerung der Zertifizierung empfohlen</translation>
    </message>
    <message>
        <source>Recommend renewal after corrective actions are verified</source>
        <comment>certification recommendation</comment>
        <translation>Erneuerung nach Verifizierung der Korrekturmaßnahmen empfehlen</translation>
    </message>
    <message>
        <source>Renewal of certification recommended after verification of corrective actions</source>
        <comment>certification recommendation</comment>
        <translation>Erneuerung der Zertifizierung nach Verifizierung der Korrekturmaßnahmen empfohlen</translation>
    </message>
    <message>
        <source>Do not recommend renewal of certification</source>
        <comment>certification recommendation</comment>
        <translation>Erneuerung der Zertifizierung nicht empfehlen</translation>
    </message>
    <message>
        <source>Renewal of certification not recommended</source>
        <comment>certification recommendation</comment>
        <translation>Erneuerung der Zertifizierung nicht empfohlen</translation>
    </message>
    <message>
        <source>Nonconformities closed</source>
        <comment>certification recommendation</comment>
        <translation>Nichtkonformitäten abgeschlossen</translation>
    </message>
    <message>
        <source>The nonconformities followed up are closed</source>
        <comment>certification recommendation</comment>
        <translation>Die nachverfolgten Nichtkonformitäten sind abgeschlossen</translation>
    </message>
    <message>
        <source>Nonconformities not closed</source>
        <comment>certification recommendation</comment>
        <translation>Nichtkonformitäten nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The nonconformities followed up are not all closed</source>
        <comment>certification recommendation</comment>
        <translation>Nicht alle nachverfolgten Nichtkonformitäten sind abgeschlossen</translation>
    </message>
    <message>
        <source>Documented information missing (the process operates)</source>
        <comment>finding nature</comment>
        <translation>Dokumentierte Information fehlt (Prozess wird durchgeführt)</translation>
    </message>
    <message>
        <source>Neither combined, joint nor integrated</source>
        <comment>audit combination</comment>
        <translation>Weder kombiniert noch gemeinsam noch integriert</translation>
    </message>
    <message>
        <source>The audit was neither combined, joint nor integrated.</source>
        <comment>audit combination</comment>
        <translation>Das Audit war weder ein kombiniertes noch ein gemeinsames noch ein integriertes Audit.</translation>
    </message>
    <message>
        <source>Combined (with another management system)</source>
        <comment>audit combination</comment>
        <translation>Kombiniert (mit einem anderen Managementsystem)</translation>
    </message>
    <message>
        <source>The audit was combined with the audit of another management system.</source>
        <comment>audit combination</comment>
        <translation>Das Audit wurde mit dem Audit eines anderen Managementsystems kombiniert.</translation>
    </message>
    <message>
        <source>Joint (with another certification body)</source>
        <comment>audit combination</comment>
        <translation>Gemeinsam (mit einer anderen Zertifizierungsstelle)</translation>
    </message>
    <message>
        <source>The audit was a joint audit with another certification body.</source>
        <comment>audit combination</comment>
        <translation>Das Audit war ein gemeinsames Audit mit einer anderen Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Integrated management system</source>
        <comment>audit combination</comment>
        <translation>Integriertes Managementsystem</translation>
    </message>
    <message>
        <source>The audit was an audit of an integrated management system.</source>
        <comment>audit combination</comment>
        <translation>Das Audit war ein Audit eines integrierten Managementsystems.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>auditor&apos;s confirmation</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <comment>auditor&apos;s confirmation</comment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <comment>risk scoring</comment>
        <translation>Wahrscheinlichkeit × Auswirkung</translation>
    </message>
    <message>
        <source>Likelihood + impact</source>
        <comment>risk scoring</comment>
        <translation>Wahrscheinlichkeit + Auswirkung</translation>
    </message>
    <message>
        <source>Lookup matrix (a score per cell)</source>
        <comment>risk scoring</comment>
        <translation>Zuordnungsmatrix (ein Wert je Zelle)</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>programme audit status</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>This audit</source>
        <comment>programme audit status</comment>
        <translation>Dieses Audit</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>programme audit status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>programme audit status</comment>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Closed: correction and corrective action effective</source>
        <comment>verification verdict</comment>
        <translation>Abgeschlossen: Korrektur und Korrekturmaßnahme wirksam</translation>
    </message>
    <message>
        <source>Closed (effective)</source>
        <comment>verification verdict</comment>
        <translation>Abgeschlossen (wirksam)</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>verification verdict</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not effective: raised again</source>
        <comment>verification verdict</comment>
        <translation>Nicht wirksam: erneut erfasst</translation>
    </message>
    <message>
        <source>Not effective (raised again)</source>
        <comment>verification verdict</comment>
        <translation>Nicht wirksam (erneut erfasst)</translation>
    </message>
    <message>
        <source>Not effective</source>
        <comment>verification verdict</comment>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <source>Still open: action not yet due or not yet complete</source>
        <comment>verification verdict</comment>
        <translation>Noch offen: Maßnahme noch nicht fällig oder noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Still open</source>
        <comment>verification verdict</comment>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verification verdict</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <comment>verification verdict</comment>
        <translation>Noch nicht verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <comment>verification verdict</comment>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Opening meeting</source>
        <comment>meeting</comment>
        <translation>Eröffnungsgespräch</translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <comment>meeting</comment>
        <translation>Abschlussgespräch</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>complexity level</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>complexity level</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>complexity level</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>control frequency</comment>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <comment>control frequency</comment>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>control frequency</comment>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>control frequency</comment>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>control frequency</comment>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Several times a day</source>
        <comment>control frequency</comment>
        <translation>Mehrmals täglich</translation>
    </message>
    <message>
        <source>As needed</source>
        <comment>control frequency</comment>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>Type 1</source>
        <comment>SOC 2 report type</comment>
        <translation>Typ 1</translation>
    </message>
    <message>
        <source>Type 2</source>
        <comment>SOC 2 report type</comment>
        <translation>Typ 2</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>trust services category</comment>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Availability</source>
        <comment>trust services category</comment>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Processing Integrity</source>
        <comment>trust services category</comment>
        <translation>Verarbeitungsintegrität</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <comment>trust services category</comment>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Privacy</source>
        <comment>trust services category</comment>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>control automation</comment>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Automated</source>
        <comment>control automation</comment>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <comment>test method</comment>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>test method</comment>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Inspection</source>
        <comment>test method</comment>
        <translation>Einsichtnahme</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <comment>test method</comment>
        <translation>Nachvollzug</translation>
    </message>
    <message>
        <source>Suitably designed</source>
        <comment>design conclusion</comment>
        <translation>Angemessen ausgestaltet</translation>
    </message>
    <message>
        <source>Not suitably designed</source>
        <comment>design conclusion</comment>
        <translation>Nicht angemessen ausgestaltet</translation>
    </message>
    <message>
        <source>Not yet concluded</source>
        <comment>design conclusion</comment>
        <translation>Noch nicht beurteilt</translation>
    </message>
    <message>
        <source>No exceptions noted</source>
        <comment>test result</comment>
        <translation>Keine Abweichungen festgestellt</translation>
    </message>
    <message>
        <source>Exceptions noted</source>
        <comment>test result</comment>
        <translation>Abweichungen festgestellt</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <comment>test result</comment>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <source>No exception</source>
        <comment>sample item result</comment>
        <translation>Keine Abweichung</translation>
    </message>
    <message>
        <source>Exception</source>
        <comment>sample item result</comment>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <comment>sample item result</comment>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <source>Isolated</source>
        <comment>deviation pattern</comment>
        <translation>Vereinzelt</translation>
    </message>
    <message>
        <source>Systematic</source>
        <comment>deviation pattern</comment>
        <translation>Systematisch</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <comment>deviation pattern</comment>
        <translation>Noch nicht beurteilt</translation>
    </message>
    <message>
        <source>Unmodified</source>
        <comment>opinion</comment>
        <translation>Nicht modifiziert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>opinion</comment>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Adverse</source>
        <comment>opinion</comment>
        <translation>Versagt</translation>
    </message>
    <message>
        <source>Disclaimer of opinion</source>
        <comment>opinion</comment>
        <translation>Nichtabgabe eines Prüfungsurteils</translation>
    </message>
    <message>
        <source>Not yet formed</source>
        <comment>opinion</comment>
        <translation>Noch nicht gebildet</translation>
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
        <translation>Hauptabweichung</translation>
    </message>
    <message>
        <source>Major NC</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Hauptabw.</translation>
    </message>
    <message>
        <source>Major nonconformities</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Hauptabweichungen</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Nebenabweichung</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Nebenabw.</translation>
    </message>
    <message>
        <source>Minor nonconformities</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Nebenabweichungen</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Obs.</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Beob.</translation>
    </message>
    <message>
        <source>Observations</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Verbesserungspotenzial</translation>
    </message>
    <message>
        <source>OFI</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>VP</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <comment>finding grade, certification body&apos;s wording</comment>
        <translation>Verbesserungspotenziale</translation>
    </message>
</context>
<context>
    <name>ValueNormalizer</name>
    <message>
        <source>%1 is outside the client&apos;s scale of 1 to %2.</source>
        <translation>%1 liegt außerhalb der Skala des Kunden von 1 bis %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole level.</source>
        <translation>%1 ist keine ganzzahlige Stufe.</translation>
    </message>
    <message>
        <source>The level is empty.</source>
        <translation>Die Stufe ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the client&apos;s method (%2).</source>
        <translation>„%1“ ist keine Stufe der Methode des Kunden (%2).</translation>
    </message>
    <message>
        <source>%1 is not an ISO/IEC 27001:2013 Annex A control.</source>
        <translation>%1 ist keine Maßnahme aus Anhang A von ISO/IEC 27001:2013.</translation>
    </message>
    <message>
        <source>%1 is not an ISO/IEC 27001:2022 Annex A control.</source>
        <translation>%1 ist keine Maßnahme aus Anhang A von ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Annex A control.</source>
        <translation>„%1“ nennt keine Maßnahme aus Anhang A.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a treatment option (reduce/modify, retain/accept, avoid, share/transfer).</source>
        <translation>„%1“ ist keine Behandlungsoption (reduce/modify, retain/accept, avoid, share/transfer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the control applies (yes, no, undecided).</source>
        <translation>„%1“ gibt nicht an, ob die Maßnahme anwendbar ist (ja, nein, nicht entschieden).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an implementation state (implemented, partial, planned, not implemented).</source>
        <translation>„%1“ ist kein Umsetzungsstand (umgesetzt, teilweise, geplant, nicht umgesetzt).</translation>
    </message>
    <message>
        <source>%1 is a number, not a date.</source>
        <translation>%1 ist eine Zahl, kein Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>„%1“ ist kein Datum (schreiben Sie JJJJ-MM-TT oder TT.MM.JJJJ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding grade (major, minor, area of concern, observation, opportunity for improvement, positive).</source>
        <translation>„%1“ ist keine Einstufung einer Feststellung (schwerwiegend, geringfügig, Problembereich, Beobachtung, Verbesserungspotenzial, positiv).</translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message>
        <source>The audit names no client: the audit plan, the report cover and the certificate need the client&apos;s name.</source>
        <translation>Das Audit nennt keinen Kunden: Auditplan, Deckblatt des Berichts und Zertifikat benötigen den Namen des Kunden.</translation>
    </message>
    <message>
        <source>The audit has no scope statement: record the client&apos;s ISMS scope (clause 4.3) that this audit covers.</source>
        <translation>Das Audit hat keine Angabe zum Anwendungsbereich: Erfassen Sie den Anwendungsbereich des ISMS des Kunden (Abschnitt 4.3), den dieses Audit abdeckt.</translation>
    </message>
    <message>
        <source>The audit type is not set; choose one of: %1.</source>
        <translation>Die Auditart ist nicht festgelegt; wählen Sie eine der folgenden: %1.</translation>
    </message>
    <message>
        <source>The audit plan needs the audit&apos;s start and end dates.</source>
        <translation>Der Auditplan benötigt Beginn und Ende des Audits.</translation>
    </message>
    <message>
        <source>The audit ends (%1) before it starts (%2).</source>
        <translation>Das Audit endet (%1), bevor es beginnt (%2).</translation>
    </message>
    <message>
        <source>The audit team has no lead auditor: name exactly one team member as lead.</source>
        <translation>Das Auditteam hat keinen Auditteamleiter: Bestimmen Sie genau ein Teammitglied als Leiter.</translation>
    </message>
    <message>
        <source>The audit team has %1 lead auditors; exactly one must lead.</source>
        <translation>Das Auditteam hat %1 Auditteamleiter; genau einer muss das Team leiten.</translation>
    </message>
    <message>
        <source>A %1 audit assesses every clause 4-10 item; the audit plan leaves out %2.</source>
        <translation>Ein Audit vom Typ „%1“ bewertet jeden Punkt der Abschnitte 4–10; im Auditplan fehlen %2.</translation>
    </message>
    <message>
        <source>A surveillance audit always covers internal audit (9.2), management review (9.3) and corrective action (10.2); the audit plan leaves out %1.</source>
        <translation>Ein Überwachungsaudit umfasst immer internes Audit (9.2), Managementbewertung (9.3) und Korrekturmaßnahmen (10.2); im Auditplan fehlt %1.</translation>
    </message>
    <message>
        <source>No auditor is assigned in the audit plan to clause items %1.</source>
        <translation>Im Auditplan ist den Abschnittspunkten %1 kein Auditor zugewiesen.</translation>
    </message>
    <message>
        <source>The audit plan samples no Annex A control; a %1 audit evaluates the implementation of the controls the SoA includes.</source>
        <translation>Der Auditplan sieht keine Stichprobe von Maßnahmen aus Anhang A vor; ein Audit vom Typ „%1“ bewertet die Umsetzung der in der SoA aufgenommenen Maßnahmen.</translation>
    </message>
    <message>
        <source>Planned clause items still have no verdict: %1.</source>
        <translation>Geplante Abschnittspunkte haben noch keine Bewertung: %1.</translation>
    </message>
    <message>
        <source>Annex A controls planned for sampling still have no verdict: %1.</source>
        <translation>Für die Stichprobe geplante Maßnahmen aus Anhang A haben noch keine Bewertung: %1.</translation>
    </message>
    <message>
        <source>Clause verdicts rest on no interview, document, record or observation: %1.</source>
        <translation>Bewertungen von Abschnitten stützen sich auf kein Interview, kein Dokument, keine Aufzeichnung und keine Beobachtung: %1.</translation>
    </message>
    <message>
        <source>Control verdicts rest on no interview, document, record or observation: %1.</source>
        <translation>Bewertungen von Maßnahmen stützen sich auf kein Interview, kein Dokument, keine Aufzeichnung und keine Beobachtung: %1.</translation>
    </message>
    <message>
        <source>The applicability of Annex A controls is not decided: %1 (or raise the SoA&apos;s omission as a finding).</source>
        <translation>Über die Anwendbarkeit von Maßnahmen aus Anhang A ist nicht entschieden: %1 (oder erfassen Sie die Lücke in der SoA als Feststellung).</translation>
    </message>
    <message>
        <source>Excluded controls have no justification: %1 (record the client&apos;s justification, or raise its absence as a finding).</source>
        <translation>Ausgeschlossene Maßnahmen haben keine Begründung: %1 (erfassen Sie die Begründung des Kunden oder ihr Fehlen als Feststellung).</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <source>Nonconform verdicts have no major or minor finding that names them: %1.</source>
        <translation>Bewertungen „nicht konform“ haben keine schwerwiegende oder geringfügige Feststellung, die sie nennt: %1.</translation>
    </message>
    <message>
        <source>the clause or control</source>
        <translation>den Abschnitt oder die Maßnahme</translation>
    </message>
    <message>
        <source>the statement of nonconformity</source>
        <translation>die Beschreibung der Nichtkonformität</translation>
    </message>
    <message>
        <source>the objective evidence</source>
        <translation>den objektiven Nachweis</translation>
    </message>
    <message>
        <source>Finding %1 (%2) lacks %3.</source>
        <translation>Bei Feststellung %1 (%2) fehlt %3.</translation>
    </message>
    <message>
        <source>%1 minor nonconformities name %2 (%3); together they may amount to a major nonconformity.</source>
        <translation>%1 geringfügige Nichtkonformitäten nennen %2 (%3); zusammen können sie einer schwerwiegenden Nichtkonformität gleichkommen.</translation>
    </message>
    <message>
        <source>The report is signed by the lead auditor; the audit team must name exactly one lead (it names %1).</source>
        <translation>Der Bericht wird vom Auditteamleiter signiert; das Auditteam muss genau einen Leiter nennen (es nennt %1).</translation>
    </message>
    <message>
        <source>%1 Raise it as a finding or dismiss it with a reason (ISO/IEC 27001 %2).</source>
        <translation>%1 Erfassen Sie das Ergebnis als Feststellung oder verwerfen Sie es mit Begründung (ISO/IEC 27001 %2).</translation>
    </message>
    <message>
        <source>clause %1 is conform but carries %2</source>
        <translation>Abschnitt %1 ist als konform bewertet, aber mit %2 verknüpft</translation>
    </message>
    <message>
        <source>control %1 is effective but carries %2</source>
        <translation>Maßnahme %1 ist als wirksam bewertet, aber mit %2 verknüpft</translation>
    </message>
    <message>
        <source>Verdicts contradict the nonconformities raised against them: %1. Change the verdict to nonconform, or regrade or unlink the finding.</source>
        <translation>Bewertungen widersprechen den dazu erfassten Nichtkonformitäten: %1. Ändern Sie die Bewertung in „nicht konform“, stufen Sie die Feststellung um oder heben Sie die Verknüpfung auf.</translation>
    </message>
    <message>
        <source>Controls judged effective are excluded in the SoA: %1. A control the client excludes cannot be found operating effectively; correct the verdict or the SoA entry.</source>
        <translation>Als wirksam bewertete Maßnahmen sind in der SoA ausgeschlossen: %1. Eine Maßnahme, die der Kunde ausschließt, kann nicht als wirksam befunden werden; korrigieren Sie die Bewertung oder den SoA-Eintrag.</translation>
    </message>
    <message>
        <source>Controls judged effective are planned or not implemented according to the SoA: %1. Correct the verdict or the SoA&apos;s implementation status.</source>
        <translation>Als wirksam bewertete Maßnahmen sind laut SoA geplant oder nicht umgesetzt: %1. Korrigieren Sie die Bewertung oder den Umsetzungsstatus in der SoA.</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 fällig am %2</translation>
    </message>
    <message>
        <source>%1 (no corrective action yet)</source>
        <translation>%1 (noch keine Korrekturmaßnahme)</translation>
    </message>
    <message>
        <source>The recommendation is conditional: the certification body still awaits accepted plans (minors) and verified corrections (majors) for %1.</source>
        <translation>Die Empfehlung ist bedingt: Die Zertifizierungsstelle wartet noch auf akzeptierte Maßnahmenpläne (geringfügige Nichtkonformitäten) und verifizierte Korrekturen (schwerwiegende Nichtkonformitäten) für %1.</translation>
    </message>
    <message>
        <source>%1 is answered &quot;no&quot; without the reason the report must give.</source>
        <translation>„%1“ ist mit „Nein“ beantwortet, aber die Begründung, die der Bericht angeben muss, fehlt.</translation>
    </message>
    <message>
        <source>%1 is not stated: %2</source>
        <translation>Keine Angabe zu „%1“: %2</translation>
    </message>
    <message>
        <source>Areas of concern belong to a Stage 1 audit; grade them as nonconformities, observations or opportunities for improvement: %1.</source>
        <translation>Problembereiche gehören zu einem Stufe-1-Audit; stufen Sie sie als Nichtkonformitäten, Beobachtungen oder Verbesserungspotenziale ein: %1.</translation>
    </message>
    <message>
        <source>A Stage 1 audit identifies areas of concern that could be classified as nonconformities at Stage 2; these are graded as nonconformities: %1.</source>
        <translation>Ein Stufe-1-Audit identifiziert Problembereiche, die in Stufe 2 als Nichtkonformitäten eingestuft werden könnten; diese Feststellungen sind als Nichtkonformitäten eingestuft: %1.</translation>
    </message>
    <message>
        <source>No outcome of the audit is recorded; choose one of %1.</source>
        <translation>Es ist kein Ergebnis des Audits erfasst; wählen Sie eines von: %1.</translation>
    </message>
    <message>
        <source>%1 is not an outcome of a %2 audit; choose one of %3.</source>
        <translation>%1 ist kein Ergebnis für ein %2; wählen Sie eines von: %3.</translation>
    </message>
    <message>
        <source>%1 is impossible while a major nonconformity lacks a verified corrective action: %2. Verify the action, or record %3 or %4.</source>
        <translation>%1 ist nicht möglich, solange eine schwerwiegende Nichtkonformität keine verifizierte Korrekturmaßnahme hat: %2. Verifizieren Sie die Maßnahme oder erfassen Sie %3 oder %4.</translation>
    </message>
    <message>
        <source>An unconditional %1 needs every minor nonconformity&apos;s corrective-action plan accepted: %2. Record %3, so the report says the decision waits for the plans.</source>
        <translation>Das uneingeschränkte Ergebnis %1 setzt voraus, dass für jede geringfügige Nichtkonformität der Maßnahmenplan akzeptiert ist: %2. Erfassen Sie %3, damit der Bericht angibt, dass die Entscheidung noch auf die Pläne wartet.</translation>
    </message>
    <message>
        <source>Major nonconformities of this Stage 2 were not verified by %1, six months after its last day: %2. Another Stage 2 is needed before certification can be recommended; record %3.</source>
        <translation>Schwerwiegende Nichtkonformitäten dieses Stufe-2-Audits wurden nicht bis %1, sechs Monate nach seinem letzten Tag, verifiziert: %2. Vor einer Empfehlung zur Zertifizierung ist ein erneutes Stufe-2-Audit erforderlich; erfassen Sie %3.</translation>
    </message>
    <message>
        <source>The client is declared ready for Stage 2 while areas of concern are recorded: %1. %2 tells the client and the Stage 2 team they must be addressed first.</source>
        <translation>Der Kunde gilt als bereit für Stufe 2, obwohl Problembereiche erfasst sind: %1. %2 teilt dem Kunden und dem Auditteam von Stufe 2 mit, dass diese zuerst behoben werden müssen.</translation>
    </message>
    <message>
        <source>The nonconformities cannot be reported closed while their corrective actions are not verified effective: %1. Verify them, or record %2.</source>
        <translation>Die Nichtkonformitäten können nicht als abgeschlossen berichtet werden, solange die Wirksamkeit ihrer Korrekturmaßnahmen nicht verifiziert ist: %1. Verifizieren Sie sie oder erfassen Sie %2.</translation>
    </message>
    <message>
        <source>A special audit concludes on the nonconformities it verifies, and none is recorded: record each nonconformity followed up, with its corrective action.</source>
        <translation>Ein Sonderaudit kommt zu einer Schlussfolgerung über die Nichtkonformitäten, die es verifiziert, doch es ist keine erfasst: Erfassen Sie jede nachverfolgte Nichtkonformität mit ihrer Korrekturmaßnahme.</translation>
    </message>
    <message>
        <source>The recommendation waits for verification, but no major nonconformity is open and no minor&apos;s plan is awaited; %1 may be what is meant.</source>
        <translation>Die Empfehlung wartet auf die Verifizierung, aber keine schwerwiegende Nichtkonformität ist offen und kein Maßnahmenplan einer geringfügigen Nichtkonformität steht aus; gemeint ist vielleicht %1.</translation>
    </message>
    <message>
        <source>The recommendation is %1, but no major nonconformity is recorded to support it.</source>
        <translation>Die Empfehlung lautet %1, aber es ist keine schwerwiegende Nichtkonformität erfasst, die sie stützt.</translation>
    </message>
    <message>
        <source>The outcome has no rationale for the certification body&apos;s reviewer.</source>
        <translation>Das Ergebnis enthält keine Begründung für den Reviewer der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name in the language&apos;s quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Earlier nonconformities carried into this audit have no verification verdict yet: %1. Record for each whether its correction and corrective action are effective, not effective or still open.</source>
        <translation>Frühere, in dieses Audit übernommene Nichtkonformitäten haben noch keine Verifizierungsbewertung: %1. Erfassen Sie für jede, ob Korrektur und Korrekturmaßnahme wirksam, nicht wirksam oder noch offen sind.</translation>
    </message>
    <message>
        <source>Earlier nonconformities verified as not effective are not raised again in this audit: %1. Raise each again as a finding of this audit (it keeps its history).</source>
        <translation>Frühere Nichtkonformitäten, die als nicht wirksam behoben verifiziert wurden, sind in diesem Audit nicht erneut erfasst: %1. Erfassen Sie jede erneut als Feststellung dieses Audits (ihr Verlauf bleibt erhalten).</translation>
    </message>
    <message>
        <source>No further audit of this certification cycle is planned, and these items would stay unaudited over the cycle: %1.</source>
        <translation>In diesem Zertifizierungszyklus ist kein weiteres Audit geplant, und diese Punkte würden im gesamten Zyklus nicht auditiert: %1.</translation>
    </message>
    <message>
        <source>The programme does not give the date of the certification decision; the surveillance windows are counted from it. Enter it on the Overview page.</source>
        <translation>Das Auditprogramm enthält kein Datum der Zertifizierungsentscheidung; die Zeitfenster der Überwachungsaudits werden ab diesem Datum berechnet. Tragen Sie es auf der Seite „Übersicht“ ein.</translation>
    </message>
    <message>
        <source>The audit starts on %1, after the date the programme plans it by (%2).</source>
        <translation>Das Audit beginnt am %1 und damit nach dem spätesten Termin, den das Auditprogramm dafür vorsieht (%2).</translation>
    </message>
    <message>
        <source>The engagement needs exactly one named engagement lead; it has %1.</source>
        <translation>Die Prüfung benötigt genau einen benannten Auftragsverantwortlichen; sie hat %1.</translation>
    </message>
    <message>
        <source>Criteria of the categories in scope that no control addresses: %1. Map a control to each, or take its category out of scope.</source>
        <translation>Kriterien der Kategorien im Prüfungsumfang, die keine Kontrolle abdeckt: %1. Ordnen Sie jedem Kriterium eine Kontrolle zu, oder nehmen Sie seine Kategorie aus dem Prüfungsumfang.</translation>
    </message>
    <message>
        <source>The Type 2 period has no valid start and end.</source>
        <translation>Der Prüfungszeitraum für Typ 2 hat keinen gültigen Beginn und kein gültiges Ende.</translation>
    </message>
    <message>
        <source>The Type 2 period (%1 to %2) is %3 months long; a period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>Der Prüfungszeitraum für Typ 2 (%1 bis %2) umfasst %3 Monate; üblich sind 3 bis 12 Monate. Bestätigen Sie, dass dies der Zeitraum ist, den der Bericht abdeckt.</translation>
    </message>
    <message>
        <source>Key controls without a complete test result: %1. Each needs a test procedure with a result or a sample whose items all have results (an empty population counts as not occurring).</source>
        <translation>Schlüsselkontrollen ohne vollständiges Testergebnis: %1. Jede benötigt eine Prüfungshandlung mit Ergebnis oder eine Stichprobe, deren Elemente alle ein Ergebnis haben (eine leere Grundgesamtheit gilt als nicht durchgeführt).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sample items have no result yet.</source>
        <translation>%1: %2 von %3 Stichprobenelementen haben noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>%1: deviations in %2 of %3 tested; the exception&apos;s %4 not recorded yet.</source>
        <translation>%1: Abweichungen bei %2 von %3 getesteten Elementen; für die Abweichung ist noch nicht erfasst: %4.</translation>
    </message>
    <message>
        <source>%1: its exception record counts no deviation now (nature: &quot;%2&quot;). Remove it, or keep it and say in its nature why it stays.</source>
        <translation>%1: Die Erfassung der Abweichung zählt derzeit keine Abweichung (Art: „%2“). Entfernen Sie sie, oder behalten Sie sie und begründen Sie unter „Art“, warum sie bestehen bleibt.</translation>
    </message>
    <message>
        <source>%1: the population &quot;%2&quot; has no record of how its completeness and accuracy were checked, and by whom.</source>
        <translation>%1: Für die Grundgesamtheit „%2“ ist nicht erfasst, wie und von wem ihre Vollständigkeit und Richtigkeit geprüft wurden.</translation>
    </message>
    <message>
        <source>%1: the population &quot;%3&quot; has rows dated outside the period (%2). Ask the service organization whether the population is the right one.</source>
        <translation>%1: Die Grundgesamtheit „%3“ enthält Zeilen mit einem Datum außerhalb des Prüfungszeitraums (%2). Klären Sie mit dem Dienstleistungsunternehmen, ob es die richtige Grundgesamtheit ist.</translation>
    </message>
    <message>
        <source>Controls whose design is not yet concluded: %1.</source>
        <translation>Kontrollen, deren Ausgestaltung noch nicht beurteilt ist: %1.</translation>
    </message>
    <message>
        <source>The system description is incomplete; missing: %1.</source>
        <translation>Die Systembeschreibung ist unvollständig; es fehlt: %1.</translation>
    </message>
    <message>
        <source>Management&apos;s written assertion is not recorded.</source>
        <translation>Die schriftliche Erklärung der Geschäftsleitung ist nicht erfasst.</translation>
    </message>
    <message>
        <source>No opinion is recorded (unmodified, qualified, adverse or a disclaimer).</source>
        <translation>Es ist kein Prüfungsurteil erfasst (nicht modifiziert, eingeschränkt, versagt oder Erklärung der Nichtabgabe).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 128 MB; split it before importing.</source>
        <translation>%1 ist größer als 128 MB; teilen Sie die Datei vor dem Import auf.</translation>
    </message>
    <message>
        <source>The workbook</source>
        <translation>Die Arbeitsmappe</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx): Es ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): the zip archive cannot be read.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx): Das ZIP-Archiv kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 ist beschädigt: %2 kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than 512 MB; it is too large to import.</source>
        <translation>%1 ist entpackt größer als 512 MB; die Datei ist zu groß zum Importieren.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it has no xl/workbook.xml.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx): Es fehlt xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 hat keine Arbeitsblätter.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read (%2).</source>
        <translation>%1 ist beschädigt: Die Liste der Arbeitsblätter kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read (%2).</source>
        <translation>%1 ist beschädigt: Die gemeinsamen Zeichenketten können nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its cell styles cannot be read (%2).</source>
        <translation>%1 ist beschädigt: Die Zellformate können nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3.</source>
        <translation>%1 hat kein Arbeitsblatt „%2“; vorhandene Arbeitsblätter: %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; is missing.</source>
        <translation>%1 ist beschädigt: Das Arbeitsblatt „%2“ fehlt.</translation>
    </message>
    <message>
        <source>XLSX, sheet &quot;%1&quot;</source>
        <translation>XLSX, Arbeitsblatt „%1“</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; of %2 has values beyond row %3 or column %4; it is too large to import.</source>
        <translation>Das Arbeitsblatt „%1“ von %2 enthält Werte jenseits von Zeile %3 oder Spalte %4; es ist zu groß zum Importieren.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2%3 of &quot;%4&quot; points at a missing shared string.</source>
        <translation>%1 ist beschädigt: Zelle %2%3 von „%4“ verweist auf eine fehlende gemeinsame Zeichenkette.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; cannot be read (%3).</source>
        <translation>%1 ist beschädigt: Das Arbeitsblatt „%2“ kann nicht gelesen werden (%3).</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>The workbook could not be packed (zip error %1).</source>
        <translation>Die Arbeitsmappe konnte nicht gepackt werden (ZIP-Fehler %1).</translation>
    </message>
</context>
<context>
    <name>isoaudit::AttachmentsBox</name>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Files stored inside the audit; drop files here to attach them</source>
        <translation>Im Audit gespeicherte Dateien; ziehen Sie Dateien hierher, um sie anzuhängen</translation>
    </message>
    <message>
        <source>Store a file inside the audit as part of this evidence</source>
        <translation>Eine Datei als Teil dieses Nachweises im Audit speichern</translation>
    </message>
    <message>
        <source>Open a read-only copy with the program the desktop uses for it</source>
        <translation>Eine schreibgeschützte Kopie mit dem dafür eingerichteten Programm öffnen</translation>
    </message>
    <message>
        <source>Save a copy of the file elsewhere</source>
        <translation>Eine Kopie der Datei an anderer Stelle speichern</translation>
    </message>
    <message>
        <source>Remove the file from the audit (Undo brings it back)</source>
        <translation>Die Datei aus dem Audit entfernen (mit Rückgängig wiederherstellbar)</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Choose an evidence record first.</source>
        <translation>Wählen Sie zuerst einen Nachweis aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n Datei angehängt.</numerusform>
            <numerusform>%n Dateien angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an attached file first.</source>
        <translation>Wählen Sie zuerst eine angehängte Datei aus.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove file %1</source>
        <translation>Datei %1 entfernen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>No program is set up to open %1. Use Export… to save it and open it yourself.</source>
        <translation>Kein Programm ist zum Öffnen von %1 eingerichtet. Speichern Sie die Datei mit „Exportieren…“ und öffnen Sie sie selbst.</translation>
    </message>
    <message>
        <source>Export attached file</source>
        <translation>Angehängte Datei exportieren</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Datei exportieren</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditDocument</name>
    <message>
        <source>Update the exception counts of %1</source>
        <translation>Abweichungszahlen von %1 aktualisieren</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Change links of %1</source>
        <comment>undo text; %1 is a record kind as written inside a sentence</comment>
        <translation>Verknüpfungen von %1 ändern</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditPlanModel</name>
    <message>
        <source>Clause %1 %2</source>
        <translation>Abschnitt %1 %2</translation>
    </message>
    <message>
        <source>A.%1 %2</source>
        <translation>A.%1 %2</translation>
    </message>
    <message>
        <source>Planned: untick to leave it out of this audit</source>
        <translation>Geplant: Haken entfernen, um es aus diesem Audit herauszunehmen</translation>
    </message>
    <message>
        <source>Not planned: tick to plan it</source>
        <translation>Nicht geplant: Haken setzen, um es einzuplanen</translation>
    </message>
    <message>
        <source>The team member who audits it</source>
        <translation>Das Teammitglied, das es auditiert</translation>
    </message>
    <message>
        <source>Who is interviewed for it (the auditee)</source>
        <translation>Wer dazu befragt wird (auditierte Organisation)</translation>
    </message>
    <message>
        <source>When it is audited; Delete clears the date</source>
        <translation>Wann es auditiert wird; Delete löscht das Datum</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Clause or control</source>
        <translation>Abschnitt oder Maßnahme</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With whom (auditee)</source>
        <translation>Mit wem (auditierte Organisation)</translation>
    </message>
    <message>
        <source>By whom (auditor)</source>
        <translation>Durch wen (Auditor)</translation>
    </message>
    <message>
        <source>Whether it is audited in this audit</source>
        <translation>Ob es in diesem Audit auditiert wird</translation>
    </message>
    <message>
        <source>Edit plan of %1</source>
        <translation>Planung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Not yet covered</source>
        <translation>Noch nicht abgedeckt</translation>
    </message>
    <message>
        <source>%1 · every surveillance</source>
        <translation>%1 · bei jedem Überwachungsaudit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: write it as HH:MM, for example 09:30.</source>
        <translation>„%1“ ist keine Uhrzeit: Geben Sie sie als HH:MM ein, zum Beispiel 09:30.</translation>
    </message>
    <message>
        <source>The slot of %1 would end (%2) before it starts (%3): the end must be later.</source>
        <translation>Der Zeitraum für %1 würde enden (%2), bevor er beginnt (%3): Das Ende muss später liegen.</translation>
    </message>
    <message>
        <source>The slot&apos;s time of day (HH:MM); Delete clears it</source>
        <translation>Uhrzeit des Zeitraums (HH:MM); Delete löscht sie</translation>
    </message>
    <message>
        <source>The site where it is audited</source>
        <translation>Der Standort, an dem es auditiert wird</translation>
    </message>
    <message>
        <source>Not applicable in the Statement of Applicability: outside the programme&apos;s coverage.</source>
        <translation>Laut Erklärung zur Anwendbarkeit nicht anwendbar: außerhalb der Abdeckung durch das Auditprogramm.</translation>
    </message>
    <message>
        <source>Covered in this certification cycle by: %1.</source>
        <translation>In diesem Zertifizierungszyklus abgedeckt durch: %1.</translation>
    </message>
    <message>
        <source>Not covered by an earlier audit of this cycle; this audit&apos;s plan covers it.</source>
        <translation>Durch kein früheres Audit dieses Zyklus abgedeckt; der Plan dieses Audits deckt es ab.</translation>
    </message>
    <message>
        <source>Not yet covered in this certification cycle: plan it in this audit or a later one.</source>
        <translation>In diesem Zertifizierungszyklus noch nicht abgedeckt: in diesem oder einem späteren Audit einplanen.</translation>
    </message>
    <message>
        <source>Audited at every surveillance (ISO/IEC 17021-1 9.6.2.2).</source>
        <translation>Wird bei jedem Überwachungsaudit auditiert (ISO/IEC 17021-1, 9.6.2.2).</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Kein Standort</translation>
    </message>
    <message>
        <source>Covered in this cycle</source>
        <translation>In diesem Zyklus abgedeckt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Which completed audit of this certification cycle covered it, or whether this audit does</source>
        <translation>Welches abgeschlossene Audit dieses Zertifizierungszyklus es abgedeckt hat oder ob dieses Audit es abdeckt</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditPlanPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Abschnitte 4–10</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <source>Planned only</source>
        <translation>Nur geplante</translation>
    </message>
    <message>
        <source>Not planned only</source>
        <translation>Nur nicht geplante</translation>
    </message>
    <message>
        <source>Find in the audit plan</source>
        <translation>Im Auditplan suchen</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>Auditplan</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>Ausgewählte Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Einplanen</translation>
    </message>
    <message>
        <source>Put the selected clauses and controls in the audit plan</source>
        <translation>Die ausgewählten Abschnitte und Maßnahmen in den Auditplan aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Unplan</source>
        <translation>Aus&amp;planen</translation>
    </message>
    <message>
        <source>Leave the selected clauses and controls out of this audit</source>
        <translation>Die ausgewählten Abschnitte und Maßnahmen aus diesem Audit herausnehmen</translation>
    </message>
    <message>
        <source>Date for the selected rows</source>
        <translation>Datum für die ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>Set &amp;date</source>
        <translation>&amp;Datum setzen</translation>
    </message>
    <message>
        <source>Plan the selected rows for this date</source>
        <translation>Die ausgewählten Zeilen für dieses Datum einplanen</translation>
    </message>
    <message>
        <source>Auditor for the selected rows</source>
        <translation>Auditor für die ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Assign auditor</source>
        <translation>Auditor &amp;zuweisen</translation>
    </message>
    <message>
        <source>Make this team member the auditor of the selected rows</source>
        <translation>Dieses Teammitglied als Auditor der ausgewählten Zeilen festlegen</translation>
    </message>
    <message>
        <source>Plan selected items</source>
        <translation>Ausgewählte Einträge einplanen</translation>
    </message>
    <message>
        <source>Unplan selected items</source>
        <translation>Ausgewählte Einträge ausplanen</translation>
    </message>
    <message>
        <source>Set plan date</source>
        <translation>Plandatum setzen</translation>
    </message>
    <message>
        <source>Assign auditor</source>
        <translation>Auditor zuweisen</translation>
    </message>
    <message>
        <source>%1/%2 clause items planned · %3/%4 controls planned</source>
        <translation>%1/%2 Abschnittspunkte geplant · %3/%4 Maßnahmen geplant</translation>
    </message>
    <message>
        <source>Rows changed: %1.</source>
        <translation>Geänderte Zeilen: %1.</translation>
    </message>
    <message>
        <source>Not yet covered in this cycle</source>
        <translation>In diesem Zyklus noch nicht abgedeckt</translation>
    </message>
    <message>
        <source>Find a clause, control, site, auditee or auditor</source>
        <translation>Abschnitt, Maßnahme, Standort, Interviewpartner oder Auditor suchen</translation>
    </message>
    <message>
        <source>Plan what the certification cycle still needs: at a surveillance the items audited every time and a share of what is not yet covered, at Stage 2 and recertification everything not yet covered (one undo step)</source>
        <translation>Einplanen, was der Zertifizierungszyklus noch erfordert: bei einem Überwachungsaudit die jedes Mal zu auditierenden Punkte und einen Teil des noch nicht Abgedeckten, beim Stufe-2-Audit und bei der Rezertifizierung alles noch nicht Abgedeckte (in einem rückgängig machbaren Schritt)</translation>
    </message>
    <message>
        <source>Audit &amp;time…</source>
        <translation>Auditzei&amp;t…</translation>
    </message>
    <message>
        <source>Compute the audit time per ISO/IEC 27006 and store it in the audit</source>
        <translation>Die Auditzeit nach ISO/IEC 27006 berechnen und im Audit speichern</translation>
    </message>
    <message>
        <source>&amp;Opening meeting…</source>
        <translation>Eröffnungs&amp;gespräch…</translation>
    </message>
    <message>
        <source>Record the opening meeting: when, where, who attended, what was confirmed</source>
        <translation>Das Eröffnungsgespräch erfassen: wann, wo, wer teilgenommen hat, was bestätigt wurde</translation>
    </message>
    <message>
        <source>&amp;Closing meeting…</source>
        <translation>Ab&amp;schlussgespräch…</translation>
    </message>
    <message>
        <source>Record the closing meeting: who attended, the findings presented, the client&apos;s acknowledgement, any disagreement</source>
        <translation>Das Abschlussgespräch erfassen: wer teilgenommen hat, die vorgestellten Feststellungen, die Kenntnisnahme durch den Kunden, etwaige Meinungsverschiedenheiten</translation>
    </message>
    <message>
        <source>&amp;Export audit plan PDF…</source>
        <translation>Auditplan als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the audit plan to send the client before the audit, in the report&apos;s language</source>
        <translation>Den Auditplan, der dem Kunden vor dem Audit zugesandt wird, in der Berichtssprache schreiben</translation>
    </message>
    <message>
        <source>Plan proposed: rows changed: %1.</source>
        <translation>Plan vorgeschlagen: geänderte Zeilen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain across %n planned audit(s).</source>
        <translation>
            <numerusform>Zertifizierungszyklus %1: %2 von %3 Punkten in diesem Zyklus abgedeckt; %4 verbleiben für %n geplantes Audit.</numerusform>
            <numerusform>Zertifizierungszyklus %1: %2 von %3 Punkten in diesem Zyklus abgedeckt; %4 verbleiben für %n geplante Audits.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
    <message>
        <source>Propose plan</source>
        <translation>Plan vorschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>-plan</source>
        <translation>-auditplan</translation>
    </message>
    <message>
        <source>Export Audit Plan as PDF</source>
        <translation>Auditplan als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Audit plan exported to %1.</source>
        <translation>Auditplan nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Propose p&amp;lan</source>
        <translation>Plan &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Certification cycle %1: all %2 items are covered in this cycle.</source>
        <translation>Zertifizierungszyklus %1: Alle %2 Punkte sind in diesem Zyklus abgedeckt.</translation>
    </message>
    <message>
        <source>Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain and the programme plans no further audit of the cycle (Overview: Plan the cycle).</source>
        <translation>Zertifizierungszyklus %1: %2 von %3 Punkten in diesem Zyklus abgedeckt; %4 verbleiben, und das Auditprogramm sieht in diesem Zyklus kein weiteres Audit vor (Übersicht: Zyklus planen).</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditProgressWidget</name>
    <message>
        <source>Clauses 4–10: items with a verdict</source>
        <translation>Abschnitte 4–10: Punkte mit Bewertung</translation>
    </message>
    <message>
        <source>Annex A themes: applicability decided · controls assessed</source>
        <translation>Themen von Anhang A: Anwendbarkeit entschieden · Maßnahmen bewertet</translation>
    </message>
    <message>
        <source>Findings by grade</source>
        <translation>Feststellungen nach Einstufung</translation>
    </message>
    <message>
        <source>Overdue corrective actions</source>
        <translation>Überfällige Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the finding</source>
        <translation>Doppelklicken oder Enter drücken, um die Feststellung zu öffnen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No corrective action is past its due date.</source>
        <translation>Keine Korrekturmaßnahme ist überfällig.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/%2 decided</source>
        <translation>%1/%2 entschieden</translation>
    </message>
    <message>
        <source>%1/%2 assessed</source>
        <translation>%1/%2 bewertet</translation>
    </message>
    <message>
        <source>Progress of %1 %2</source>
        <translation>Fortschritt von %1 %2</translation>
    </message>
    <message>
        <source>%1 assessed</source>
        <translation>%1 bewertet</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n NC</source>
        <translation>
            <numerusform>%n NK</numerusform>
            <numerusform>%n NK</numerusform>
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
        <translation>Schwerwiegende Nichtkonformitäten ohne verifizierte Korrekturmaßnahme: %1.</translation>
    </message>
    <message>
        <source>Minor nonconformities without an accepted corrective-action plan: %1.</source>
        <translation>Geringfügige Nichtkonformitäten ohne akzeptierten Maßnahmenplan: %1.</translation>
    </message>
    <message>
        <source>No nonconformity is waiting for the client.</source>
        <translation>Keine Nichtkonformität wartet auf den Kunden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>Areas of concern to address before Stage 2: %1.</source>
        <translation>Vor Stufe 2 zu behebende Problembereiche: %1.</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditStatusBar</name>
    <message>
        <source>Lifecycle state of the audit: planning → fieldwork → reporting → signed</source>
        <translation>Status des Audits: Planung → Durchführung → Berichterstellung → Signiert</translation>
    </message>
    <message>
        <source>Rules that must hold before the audit can move on; click to see them</source>
        <translation>Regeln, die erfüllt sein müssen, bevor das Audit weitergeschaltet werden kann; zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>Unmet rules for the next lifecycle step</source>
        <translation>Nicht erfüllte Regeln für den nächsten Schritt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This audit file was opened read-only; edits are not possible</source>
        <translation>Diese Auditdatei wurde schreibgeschützt geöffnet; Änderungen sind nicht möglich</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Signed — the record is final</source>
        <translation>Signiert – die Aufzeichnung ist endgültig</translation>
    </message>
    <message>
        <source>Ready for %1</source>
        <translation>Bereit für %1</translation>
    </message>
    <message>
        <source>Unmet rules for %1: %2</source>
        <translation>Nicht erfüllte Regeln für %1: %2</translation>
    </message>
    <message>
        <source>This audit is a file on this computer only. File ▸ Repository ▸ Push stores it in the certification body&apos;s repository.</source>
        <translation>Dieses Audit ist nur als Datei auf diesem Computer vorhanden. Datei ▸ Repository ▸ Hochladen speichert es im Repository der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Repository: %1
Last pushed or pulled: %2. The server may hold newer changes: File ▸ Repository ▸ Pull brings them.</source>
        <translation>Repository: %1
Zuletzt hochgeladen oder abgerufen: %2. Auf dem Server können neuere Änderungen liegen: Datei ▸ Repository ▸ Abrufen holt sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n change not yet pushed</source>
        <translation>
            <numerusform>%n Änderung noch nicht hochgeladen</numerusform>
            <numerusform>%n Änderungen noch nicht hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet pushed</source>
        <translation>
            <numerusform>%n Änderung noch nicht hochgeladen</numerusform>
            <numerusform>%n Änderungen noch nicht hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the repository</source>
        <translation>Nicht im Repository</translation>
    </message>
    <message>
        <source>All changes pushed</source>
        <translation>Alle Änderungen hochgeladen</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditStore</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Unknown audit type &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Auditart „%1“; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>A new audit needs the client&apos;s name.</source>
        <translation>Ein neues Audit benötigt den Namen des Kunden.</translation>
    </message>
    <message>
        <source>A new audit needs the lead auditor&apos;s name.</source>
        <translation>Ein neues Audit benötigt den Namen des Auditteamleiters.</translation>
    </message>
    <message>
        <source>The audit ends (%1) before it starts (%2).</source>
        <translation>Das Audit endet (%1), bevor es beginnt (%2).</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not read the %1 records: %2</source>
        <translation>Die Datensätze %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this audit.</source>
        <translation>In diesem Audit gibt es keinen Datensatz %1 mit der ID %2.</translation>
    </message>
    <message>
        <source>The audit file %1 has no %2 record; it is incomplete.</source>
        <translation>In der Auditdatei %1 fehlt der Datensatz %2; sie ist unvollständig.</translation>
    </message>
    <message>
        <source>Could not count the %1 records: %2</source>
        <translation>Die Datensätze %1 konnten nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>A %1 has no reference to look it up by.</source>
        <translation>Datensatz %1 hat keine Referenz, über die er gefunden werden kann.</translation>
    </message>
    <message>
        <source>Could not look up %1 %2: %3</source>
        <translation>%1 %2 konnte nicht gefunden werden: %3</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in this audit.</source>
        <translation>In diesem Audit gibt es keinen Datensatz %1 „%2“.</translation>
    </message>
    <message>
        <source>The attachment %1 is not in this audit.</source>
        <translation>Der Anhang %1 ist nicht in diesem Audit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause of %2.</source>
        <translation>„%1“ ist kein Abschnitt von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2.</source>
        <translation>„%1“ ist keine Maßnahme aus Anhang A von %2.</translation>
    </message>
    <message>
        <source>There is no interview %1 in this audit.</source>
        <translation>In diesem Audit gibt es kein Interview %1.</translation>
    </message>
    <message>
        <source>There is no evidence %1 in this audit.</source>
        <translation>In diesem Audit gibt es keinen Nachweis %1.</translation>
    </message>
    <message>
        <source>There is no risk %1 in this audit.</source>
        <translation>In diesem Audit gibt es kein Risiko %1.</translation>
    </message>
    <message>
        <source>This audit is open read-only; changes cannot be saved.</source>
        <translation>Dieses Audit ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The audit file %1 has disappeared or was replaced (moved, deleted, or its drive removed), so the change was not saved. Save a copy of the open audit under a new name to keep its content.</source>
        <translation>Die Auditdatei %1 ist verschwunden oder wurde ersetzt (verschoben, gelöscht oder ihr Laufwerk entfernt); die Änderung wurde daher nicht gespeichert. Speichern Sie eine Kopie des geöffneten Audits unter einem neuen Namen, um seinen Inhalt zu behalten.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: this change was not saved; everything saved before it is safe. Free some space, then make the change again.</source>
        <translation>Der Datenträger mit %1 ist voll: Diese Änderung wurde nicht gespeichert; alles zuvor Gespeicherte ist sicher. Geben Sie Speicherplatz frei und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Datensatz %1 hat kein Feld „%2“.</translation>
    </message>
    <message>
        <source>The %1 of a %2 cannot be changed.</source>
        <translation>%1 eines Datensatzes %2 kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Could not save the %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>A %1 must belong to an existing %2.</source>
        <translation>Datensatz %1 muss zu einem vorhandenen Datensatz %2 gehören.</translation>
    </message>
    <message>
        <source>%1.%2 must not be empty.</source>
        <translation>%1.%2 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the %2 catalog.</source>
        <translation>„%1“ ist nicht im Katalog %2.</translation>
    </message>
    <message>
        <source>A %1 cannot link to a %2.</source>
        <translation>Datensatz %1 kann nicht mit Datensatz %2 verknüpft werden.</translation>
    </message>
    <message>
        <source>The audit team already has a lead auditor; there can be only one.</source>
        <translation>Das Auditteam hat bereits einen Auditteamleiter; es kann nur einen geben.</translation>
    </message>
    <message>
        <source>This audit already has that %1 (%2).</source>
        <translation>Dieses Audit hat diesen Datensatz %1 bereits (%2).</translation>
    </message>
    <message>
        <source>Could not add the %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not save a link: %1</source>
        <translation>Eine Verknüpfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The %1 cannot be deleted; it is part of every audit.</source>
        <translation>%1 kann nicht gelöscht werden; es ist Teil jedes Audits.</translation>
    </message>
    <message>
        <source>Could not delete the %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not read the links to %1: %2</source>
        <translation>Die Verknüpfungen zu %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This audit was opened without the check that keeps a signed audit unchanged, so the change was not saved.</source>
        <translation>Das Audit wurde ohne die Prüfung geöffnet, die ein unterschriebenes Audit unverändert hält; die Änderung wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>The new %1 is missing from the file.</source>
        <translation>Der neue Datensatz %1 fehlt in der Datei.</translation>
    </message>
    <message>
        <source>Could not restore a link: %1</source>
        <translation>Eine Verknüpfung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Unknown framework &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekanntes Regelwerk „%1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Trust Services Criterion.</source>
        <translation>„%1“ ist kein Kriterium der Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read where this copy came from: %1</source>
        <translation>Die Herkunft dieser Kopie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write where this copy came from: %1</source>
        <translation>Die Herkunft dieser Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not read the team&apos;s copies: %1</source>
        <translation>Die Kopien des Teams konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A team copy without an id cannot be remembered.</source>
        <translation>Eine Teamkopie ohne Kennung kann nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>Could not remember the team member&apos;s copy: %1</source>
        <translation>Die Kopie des Teammitglieds konnte nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Could not read the repository this audit belongs to: %1</source>
        <translation>Das Repository, zu dem dieses Audit gehört, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write the repository this audit belongs to: %1</source>
        <translation>Das Repository, zu dem dieses Audit gehört, konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::AuditTimeDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Audit time (ISO/IEC 27006)</source>
        <translation>Auditzeit (ISO/IEC 27006)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Full-time persons</source>
        <translation>Personen in Vollzeit</translation>
    </message>
    <message>
        <source>Persons doing work under the organization&apos;s control, full-time, head count</source>
        <translation>Personen, die unter der Aufsicht der Organisation Tätigkeiten verrichten, in Vollzeit, nach Köpfen</translation>
    </message>
    <message>
        <source>Part-time persons in full-time equivalents</source>
        <translation>Personen in Teilzeit, in Vollzeitäquivalenten</translation>
    </message>
    <message>
        <source>e.g. 49, 30</source>
        <translation>z. B. 49, 30</translation>
    </message>
    <message>
        <source>Groups doing the same simple work</source>
        <translation>Gruppen mit gleicher einfacher Tätigkeit</translation>
    </message>
    <message>
        <source>Head counts of groups doing the same simple, repetitive work, separated by commas; they are part of the full-time persons</source>
        <translation>Kopfzahlen der Gruppen mit derselben einfachen, sich wiederholenden Tätigkeit, durch Kommas getrennt; sie zählen zu den Personen in Vollzeit</translation>
    </message>
    <message>
        <source>Business complexity</source>
        <translation>Geschäftliche Komplexität</translation>
    </message>
    <message>
        <source>Reason for the business complexity</source>
        <translation>Begründung der geschäftlichen Komplexität</translation>
    </message>
    <message>
        <source>Why this level</source>
        <translation>Warum diese Stufe</translation>
    </message>
    <message>
        <source>IT complexity</source>
        <translation>IT-Komplexität</translation>
    </message>
    <message>
        <source>Reason for the IT complexity</source>
        <translation>Begründung der IT-Komplexität</translation>
    </message>
    <message>
        <source>Outsourcing adjustment</source>
        <translation>Anpassung für Ausgliederung</translation>
    </message>
    <message>
        <source>Reason for the outsourcing adjustment</source>
        <translation>Begründung der Anpassung für Ausgliederung</translation>
    </message>
    <message>
        <source>Why the adjustment</source>
        <translation>Warum diese Anpassung</translation>
    </message>
    <message>
        <source>Not multi-site</source>
        <translation>Kein Multi-Site-Verfahren</translation>
    </message>
    <message>
        <source>Sites sampled</source>
        <translation>Standorte in der Stichprobe</translation>
    </message>
    <message>
        <source>Multi-site adjustment</source>
        <translation>Multi-Site-Anpassung</translation>
    </message>
    <message>
        <source>Reason for the multi-site adjustment</source>
        <translation>Begründung der Multi-Site-Anpassung</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Auditart</translation>
    </message>
    <message>
        <source>&amp;Full-time persons:</source>
        <translation>Personen in &amp;Vollzeit:</translation>
    </message>
    <message>
        <source>&amp;Part-time (FTE):</source>
        <translation>&amp;Teilzeit (VZÄ):</translation>
    </message>
    <message>
        <source>Same-&amp;work groups:</source>
        <translation>Gruppen mit &amp;gleicher Tätigkeit:</translation>
    </message>
    <message>
        <source>&amp;Business complexity:</source>
        <translation>Geschäftliche &amp;Komplexität:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>&amp;IT complexity:</source>
        <translation>&amp;IT-Komplexität:</translation>
    </message>
    <message>
        <source>&amp;Outsourcing:</source>
        <translation>Ausglie&amp;derung:</translation>
    </message>
    <message>
        <source>&amp;Sites sampled:</source>
        <translation>Standorte in der &amp;Stichprobe:</translation>
    </message>
    <message>
        <source>&amp;Multi-site:</source>
        <translation>&amp;Multi-Site:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>Audit&amp;art:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Store in audit</source>
        <translation>Im Audit s&amp;peichern</translation>
    </message>
    <message>
        <source>Record this input and its result in the audit (undoable); the audit plan and the report print it</source>
        <translation>Diese Eingaben und ihr Ergebnis im Audit erfassen (rückgängig machbar); Auditplan und Bericht geben sie wieder</translation>
    </message>
    <message>
        <source>The audit stores an audit time; shown is its input.</source>
        <translation>Im Audit ist eine Auditzeit gespeichert; angezeigt werden ihre Eingaben.</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Nicht berechnet: %1</translation>
    </message>
    <message>
        <source>Note: this band of the chart rests on one source (%1); see the user guide.</source>
        <translation>Hinweis: Dieser Bereich der Tabelle beruht auf nur einer Quelle (%1); siehe Benutzerhandbuch.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
    <message>
        <source>The audit time cannot be stored while its input has a problem.</source>
        <translation>Die Auditzeit kann nicht gespeichert werden, solange die Eingaben fehlerhaft sind.</translation>
    </message>
    <message>
        <source>Store audit time</source>
        <translation>Auditzeit speichern</translation>
    </message>
    <message>
        <source>Stored in the audit.</source>
        <translation>Im Audit gespeichert.</translation>
    </message>
</context>
<context>
    <name>isoaudit::BackupController</name>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restored %1; the replaced audit is kept as %2</source>
        <translation>%1 wiederhergestellt; das ersetzte Audit ist als %2 aufbewahrt</translation>
    </message>
</context>
<context>
    <name>isoaudit::CarriedFindingTableModel</name>
    <message>
        <source>Passed through a special audit that verified only major nonconformities: it is verified at the next audit.</source>
        <translation>Von einem Sonderaudit, das nur schwerwiegende Nichtkonformitäten verifiziert hat, unverändert weitergegeben: Sie wird im nächsten Audit verifiziert.</translation>
    </message>
    <message>
        <source>At the next audit</source>
        <translation>Im nächsten Audit</translation>
    </message>
    <message>
        <source>Raised again as finding %1 of this audit</source>
        <translation>Erneut erfasst als Feststellung %1 dieses Audits</translation>
    </message>
    <message>
        <source>%1
Choose the verdict here, or press 1 (closed), 2 (not effective), 3 (still open) or 0 (none) in the list</source>
        <translation>%1
Bewertung hier auswählen oder in der Liste 1 (abgeschlossen), 2 (nicht wirksam), 3 (noch offen) oder 0 (keine) drücken</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Erfasst im</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Raised again as</source>
        <translation>Erneut erfasst als</translation>
    </message>
</context>
<context>
    <name>isoaudit::ChangeView</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed (links or attachments)</source>
        <translation>Geändert (Verknüpfungen oder Anhänge)</translation>
    </message>
    <message>
        <source>Choose a change on the left to see what it brings.</source>
        <translation>Wählen Sie links eine Änderung, um zu sehen, was sie bewirkt.</translation>
    </message>
    <message>
        <source>The new record</source>
        <translation>Der neue Datensatz</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Hinzugefügt von %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Gelöscht von %1</translation>
    </message>
    <message>
        <source>Only its links or attachments change.</source>
        <translation>Nur die Verknüpfungen oder Anhänge ändern sich.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Nach der Zusammenführung</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Conflict: deleted on one side, changed on the other</source>
        <translation>Konflikt: auf einer Seite gelöscht, auf der anderen geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
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
        <translation>Details der Änderung</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClassificationPanel</name>
    <message>
        <source>Classification assistant</source>
        <translation>Einstufungshilfe</translation>
    </message>
    <message>
        <source>&amp;Capability of the ISMS in doubt</source>
        <translation>&amp;Fähigkeit des ISMS in Zweifel</translation>
    </message>
    <message>
        <source>&amp;Apply suggested grade</source>
        <translation>Vorgeschlagene Einstufung &amp;übernehmen</translation>
    </message>
    <message>
        <source>Nature of the nonconformity</source>
        <translation>Art der Nichtkonformität</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>Keine Stichprobe</translation>
    </message>
    <message>
        <source>Samples failed</source>
        <translation>Fehlerhafte Stichproben</translation>
    </message>
    <message>
        <source>How many of the sampled items did not meet the requirement</source>
        <translation>Wie viele der Stichprobenelemente die Anforderung nicht erfüllt haben</translation>
    </message>
    <message>
        <source>Samples taken</source>
        <translation>Gezogene Stichproben</translation>
    </message>
    <message>
        <source>How many items were sampled</source>
        <translation>Wie viele Elemente in die Stichprobe gezogen wurden</translation>
    </message>
    <message>
        <source>Tick when there is significant doubt that the ISMS can achieve its intended results, i.e. that effective control is in place</source>
        <translation>Ankreuzen, wenn erhebliche Zweifel bestehen, dass das ISMS seine beabsichtigten Ergebnisse erreichen kann, d. h. dass eine wirksame Lenkung vorhanden ist</translation>
    </message>
    <message>
        <source>Suggested grade</source>
        <translation>Vorgeschlagene Einstufung</translation>
    </message>
    <message>
        <source>Rationale for the suggested grade</source>
        <translation>Begründung der vorgeschlagenen Einstufung</translation>
    </message>
    <message>
        <source>Give the finding the suggested grade (a new NC reference if it was an observation)</source>
        <translation>Der Feststellung die vorgeschlagene Einstufung geben (neue NK-Referenz, falls sie eine Beobachtung war)</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Samples &amp;failed:</source>
        <translation>&amp;Fehlerhafte Stichproben:</translation>
    </message>
    <message>
        <source>Suggested grade:</source>
        <translation>Vorgeschlagene Einstufung:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change classification facts</source>
        <translation>Angaben zur Einstufung ändern</translation>
    </message>
    <message>
        <source>Is the required process missing, broken down throughout, missed once, or running without the documented information the requirement calls for?</source>
        <translation>Fehlt der geforderte Prozess, hat er durchgängig versagt, wurde er einmal nicht eingehalten, oder läuft er ohne die dokumentierte Information, die die Anforderung fordert?</translation>
    </message>
</context>
<context>
    <name>isoaudit::ClauseDetailWidget</name>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Your verdict on this clause item</source>
        <translation>Ihre Bewertung dieses Abschnittspunkts</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Notes (saved as you type):</source>
        <translation>&amp;Notizen (werden beim Tippen gespeichert):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What you saw, asked and sampled for this requirement…</source>
        <translation>Was Sie zu dieser Anforderung gesehen, gefragt und als Stichprobe geprüft haben…</translation>
    </message>
    <message>
        <source>Interviews and evidence linked to this clause</source>
        <translation>Mit diesem Abschnitt verknüpfte Interviews und Nachweise</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Doppelklicken oder Enter drücken, um zu öffnen</translation>
    </message>
    <message>
        <source>Findings raised against this clause</source>
        <translation>Zu diesem Abschnitt erfasste Feststellungen</translation>
    </message>
    <message>
        <source>Clause %1 %2</source>
        <translation>Abschnitt %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed. Select an item (Down arrow) to record its verdict and notes.</source>
        <translation>%1 von %2 Punkten bewertet. Wählen Sie einen Punkt aus (Pfeil nach unten), um Bewertung und Notizen zu erfassen.</translation>
    </message>
    <message>
        <source>Select a clause item</source>
        <translation>Wählen Sie einen Abschnittspunkt aus</translation>
    </message>
    <message>
        <source>No audit is open</source>
        <translation>Kein Audit geöffnet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Documented information required. %1</source>
        <translation>Dokumentierte Information gefordert. %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Planned (no date yet)</source>
        <translation>Geplant (noch ohne Datum)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
    <message>
        <source>Not in the audit plan.</source>
        <translation>Nicht im Auditplan.</translation>
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
        <translation>&amp;Verknüpfte Interviews und Nachweise (%1):</translation>
    </message>
    <message>
        <source>&amp;Findings raised against it (%1):</source>
        <translation>&amp;Zugehörige Feststellungen (%1):</translation>
    </message>
    <message>
        <source>Set verdict of %1</source>
        <translation>Bewertung von %1 setzen</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Notizen zu %1 bearbeiten</translation>
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
        <translation>%1/%2 bewertet</translation>
    </message>
    <message>
        <source>Clause %1: %2 of %3 items assessed</source>
        <translation>Abschnitt %1: %2 von %3 Punkten bewertet</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>Interviews and evidence records linked to this clause: %1</source>
        <translation>Mit diesem Abschnitt verknüpfte Interviews und Nachweise: %1</translation>
    </message>
    <message>
        <source>Findings raised against this clause: %1</source>
        <translation>Zu diesem Abschnitt erfasste Feststellungen: %1</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Set verdict of %1</source>
        <translation>Bewertung von %1 setzen</translation>
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
        <translation>Abschnittsnummer oder Wörter aus dem Titel</translation>
    </message>
    <message>
        <source>Filter clauses</source>
        <translation>Abschnitte filtern</translation>
    </message>
    <message>
        <source>Clauses 4 to 10</source>
        <translation>Abschnitte 4 bis 10</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up: next / previous clause item</source>
        <translation>Alt+Down / Alt+Up: nächster / vorheriger Abschnittspunkt</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Abschnitte 4–10</translation>
    </message>
    <message>
        <source>%1 of %2 clause items assessed</source>
        <translation>%1 von %2 Abschnittspunkten bewertet</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlExceptionTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>nature</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>management&apos;s response</source>
        <translation>Stellungnahme der Geschäftsleitung</translation>
    </message>
    <message>
        <source>compensating controls</source>
        <translation>kompensierende Kontrollen</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>The nature, the pattern and management&apos;s response are recorded.</source>
        <translation>Art, Muster und Stellungnahme der Geschäftsleitung sind erfasst.</translation>
    </message>
    <message>
        <source>Still to record: %1. The report waits until every exception has its nature, pattern and management&apos;s response (rule soc2.exceptions-assessed).</source>
        <translation>Noch zu erfassen: %1. Der Bericht wartet, bis für jede Abweichung Art, Muster und Stellungnahme der Geschäftsleitung erfasst sind (Regel soc2.exceptions-assessed).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2
Double-click or press Enter to open the control on the Testing page.</source>
        <translation>%1 — %2
Doppelklicken oder Enter drücken, um die Kontrolle auf der Seite „Kontrolltests“ zu öffnen.</translation>
    </message>
    <message>
        <source>Deviations: %1 of %2 tested (the control&apos;s sample items with an exception, or its test procedures with exceptions when it has no sample)</source>
        <translation>Abweichungen: %1 von %2 getestet (die Stichprobenelemente der Kontrolle mit Abweichung bzw. ihre Prüfungshandlungen mit Abweichungen, wenn sie keine Stichprobe hat)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Stellungnahme der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>Kompensierende Kontrollen</translation>
    </message>
    <message>
        <source>Effect on criteria</source>
        <translation>Auswirkung auf Kriterien</translation>
    </message>
    <message>
        <source>Deviations out of the sample size (or out of the test procedures with a result)</source>
        <translation>Abweichungen im Verhältnis zum Stichprobenumfang (bzw. zu den Prüfungshandlungen mit Ergebnis)</translation>
    </message>
    <message>
        <source>Isolated or systematic: the auditor&apos;s judgement of the deviations</source>
        <translation>Vereinzelt oder systematisch: die Beurteilung der Abweichungen durch den Prüfer</translation>
    </message>
    <message>
        <source>Whether the nature, the pattern and management&apos;s response are recorded</source>
        <translation>Ob Art, Muster und Stellungnahme der Geschäftsleitung erfasst sind</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlListDelegate</name>
    <message>
        <source>e.g. 5.15, 8.7</source>
        <translation>z. B. 5.15, 8.7</translation>
    </message>
    <message>
        <source>Annex A control ids, separated by commas; type a digit for suggestions</source>
        <translation>Nummern von Maßnahmen aus Anhang A, durch Kommas getrennt; tippen Sie eine Ziffer für Vorschläge</translation>
    </message>
</context>
<context>
    <name>isoaudit::ControlTestingModel</name>
    <message>
        <source>No sample drawn yet</source>
        <translation>Noch keine Stichprobe gezogen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample item(s) tested, %2 with an exception</source>
        <translation>
            <numerusform>%1 von %n Stichprobenelement getestet, %2 mit Abweichung</numerusform>
            <numerusform>%1 von %n Stichprobenelementen getestet, %2 mit Abweichung</numerusform>
        </translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getestet</translation>
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
        <translation>Kontrolle löschen</translation>
    </message>
    <message>
        <source>Criteria &amp; Controls</source>
        <translation>Kriterien &amp; Kontrollen</translation>
    </message>
    <message>
        <source>&amp;New control</source>
        <translation>&amp;Neue Kontrolle</translation>
    </message>
    <message>
        <source>Add a control to the matrix</source>
        <translation>Der Matrix eine Kontrolle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected controls (Undo brings them back)</source>
        <translation>Die ausgewählten Kontrollen löschen (mit Rückgängig wiederherstellbar)</translation>
    </message>
    <message>
        <source>&amp;Map criteria</source>
        <translation>Kriterien &amp;zuordnen</translation>
    </message>
    <message>
        <source>Map the criteria selected in the tree to the selected controls</source>
        <translation>Die im Baum ausgewählten Kriterien den ausgewählten Kontrollen zuordnen</translation>
    </message>
    <message>
        <source>&amp;Unmap criteria</source>
        <translation>Zuordnung &amp;aufheben</translation>
    </message>
    <message>
        <source>Take the criteria selected in the tree off the selected controls</source>
        <translation>Die Zuordnung der im Baum ausgewählten Kriterien zu den ausgewählten Kontrollen aufheben</translation>
    </message>
    <message>
        <source>&amp;Import matrix…</source>
        <translation>Matrix &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the client&apos;s control matrix from Excel (.xlsx) or CSV</source>
        <translation>Die Kontrollmatrix des Kunden aus Excel (.xlsx) oder CSV importieren</translation>
    </message>
    <message>
        <source>E&amp;xport matrix…</source>
        <translation>Matrix e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the control matrix to Excel (.xlsx) or CSV</source>
        <translation>Die Kontrollmatrix nach Excel (.xlsx) oder CSV exportieren</translation>
    </message>
    <message>
        <source>This engagement is open read-only; nothing can be imported.</source>
        <translation>Diese Prüfung ist schreibgeschützt geöffnet; es kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Control matrix imported.</source>
        <translation>Kontrollmatrix importiert.</translation>
    </message>
    <message>
        <source>Control matrix exported.</source>
        <translation>Kontrollmatrix exportiert.</translation>
    </message>
    <message>
        <source>Criteria addressed</source>
        <translation>Abgedeckte Kriterien</translation>
    </message>
    <message>
        <source>U&amp;naddressed only</source>
        <translation>Nur nicht a&amp;bgedeckte</translation>
    </message>
    <message>
        <source>Unaddressed criteria only</source>
        <translation>Nur nicht abgedeckte Kriterien</translation>
    </message>
    <message>
        <source>Show only the criteria no control addresses yet</source>
        <translation>Nur die Kriterien anzeigen, die noch keine Kontrolle abdeckt</translation>
    </message>
    <message>
        <source>&amp;Filter matrix by selection</source>
        <translation>Matrix nach Auswahl &amp;filtern</translation>
    </message>
    <message>
        <source>Only controls of the selected criteria</source>
        <translation>Nur Kontrollen der ausgewählten Kriterien</translation>
    </message>
    <message>
        <source>On: the matrix shows only the controls mapped to the criteria selected here. Off: every control, those mapped in bold</source>
        <translation>Ein: Die Matrix zeigt nur die Kontrollen, die den hier ausgewählten Kriterien zugeordnet sind. Aus: alle Kontrollen, die zugeordneten fett</translation>
    </message>
    <message>
        <source>Trust Services Criteria in scope</source>
        <translation>Trust Services Criteria im Prüfungsumfang</translation>
    </message>
    <message>
        <source>Select criteria, then a control, and press Ctrl+M to map them; or drag them onto a control</source>
        <translation>Kriterien auswählen, dann eine Kontrolle, und Ctrl+M drücken, um sie zuzuordnen; oder die Kriterien auf eine Kontrolle ziehen</translation>
    </message>
    <message>
        <source>Ref, title, owner, criterion…</source>
        <translation>Ref., Titel, Verantwortlicher, Kriterium…</translation>
    </message>
    <message>
        <source>Search the control matrix</source>
        <translation>Kontrollmatrix durchsuchen</translation>
    </message>
    <message>
        <source>Filter the matrix by ref, title, description, owner or criterion (Ctrl+F)</source>
        <translation>Die Matrix nach Ref., Titel, Beschreibung, Verantwortlichem oder Kriterium filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any frequency</source>
        <translation>Alle Häufigkeiten</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Any test state</source>
        <translation>Alle Teststatus</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tested state</source>
        <translation>Teststatus</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <source>&amp;Key only</source>
        <translation>Nur &amp;Schlüsselkontrollen</translation>
    </message>
    <message>
        <source>Key controls only</source>
        <translation>Nur Schlüsselkontrollen</translation>
    </message>
    <message>
        <source>Show only key controls</source>
        <translation>Nur Schlüsselkontrollen anzeigen</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>Control matrix</source>
        <translation>Kontrollmatrix</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Keine SOC 2-Prüfung geöffnet</translation>
    </message>
    <message>
        <source>Every criterion in scope is addressed by at least one control.</source>
        <translation>Jedes Kriterium im Prüfungsumfang wird von mindestens einer Kontrolle abgedeckt.</translation>
    </message>
    <message>
        <source>Not addressed yet: %1</source>
        <translation>Noch nicht abgedeckt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n Kontrolle</numerusform>
            <numerusform>%n Kontrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) shown</source>
        <translation>
            <numerusform>%1 von %n Kontrolle angezeigt</numerusform>
            <numerusform>%1 von %n Kontrollen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped %1 to %2.</source>
        <translation>%1 wurde %2 zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more control(s))</source>
        <translation>
            <numerusform> (und %n weitere Kontrolle)</numerusform>
            <numerusform> (und %n weitere Kontrollen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmapped %1 from %2.</source>
        <translation>Zuordnung von %1 zu %2 aufgehoben.</translation>
    </message>
    <message>
        <source>Added control %1.</source>
        <translation>Kontrolle %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Delete %1 with its %2? You can undo this.</source>
        <translation>%1 mit %2 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CorrectiveActionPanel</name>
    <message>
        <source>Plan submitted</source>
        <translation>Plan eingereicht</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Plan akzeptieren</translation>
    </message>
    <message>
        <source>Reject plan</source>
        <translation>Plan ablehnen</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>Wirksamkeit verifiziert</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>&amp;Start corrective action</source>
        <translation>Korrekturmaßnahme &amp;beginnen</translation>
    </message>
    <message>
        <source>Open the corrective action with the audit&apos;s default due date</source>
        <translation>Korrekturmaßnahme mit der Standardfrist des Audits eröffnen</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>What the client did to fix this instance</source>
        <translation>Was der Kunde getan hat, um diesen Einzelfall zu beheben</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Why the nonconformity happened</source>
        <translation>Warum es zu der Nichtkonformität kam</translation>
    </message>
    <message>
        <source>What prevents it from happening again</source>
        <translation>Was ein erneutes Auftreten verhindert</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Verantwortlich für die Maßnahme</translation>
    </message>
    <message>
        <source>Who at the client is responsible for the action</source>
        <translation>Wer beim Kunden für die Maßnahme verantwortlich ist</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>When the action is due</source>
        <translation>Bis wann die Maßnahme fällig ist</translation>
    </message>
    <message>
        <source>Corrective action status</source>
        <translation>Status der Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Note for the next step (optional)</source>
        <translation>Notiz zum nächsten Schritt (optional)</translation>
    </message>
    <message>
        <source>Note for the status change</source>
        <translation>Notiz zur Statusänderung</translation>
    </message>
    <message>
        <source>Kept with the status change in the history, e.g. how effectiveness was verified</source>
        <translation>Wird mit der Statusänderung im Verlauf gespeichert, z. B. wie die Wirksamkeit verifiziert wurde</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>C&amp;orrection:</source>
        <translation>&amp;Korrektur:</translation>
    </message>
    <message>
        <source>Root ca&amp;use:</source>
        <translation>&amp;Grundursache:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Wechseln zu:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Auditteamleiter</translation>
    </message>
    <message>
        <source>Select a finding.</source>
        <translation>Wählen Sie eine Feststellung aus.</translation>
    </message>
    <message>
        <source>Only major and minor nonconformities take corrective action.</source>
        <translation>Korrekturmaßnahmen gibt es nur für schwerwiegende und geringfügige Nichtkonformitäten.</translation>
    </message>
    <message>
        <source>A major nonconformity needs a correction and corrective action, verified effective before certification can be recommended.</source>
        <translation>Eine schwerwiegende Nichtkonformität erfordert Korrektur und Korrekturmaßnahme, deren Wirksamkeit verifiziert sein muss, bevor die Zertifizierung empfohlen werden kann.</translation>
    </message>
    <message>
        <source>A minor nonconformity needs an accepted corrective action plan.</source>
        <translation>Eine geringfügige Nichtkonformität erfordert einen akzeptierten Maßnahmenplan.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the action to &quot;%1&quot;; who and when are kept in the history</source>
        <translation>Maßnahme auf „%1“ setzen; wer und wann wird im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>No further step</source>
        <translation>Kein weiterer Schritt</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 durch %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Wählen Sie zuerst eine Feststellung aus.</translation>
    </message>
    <message>
        <source>Start corrective action for %1</source>
        <translation>Korrekturmaßnahme für %1 beginnen</translation>
    </message>
    <message>
        <source>There is no corrective action to move.</source>
        <translation>Es gibt keine Korrekturmaßnahme, deren Status sich ändern ließe.</translation>
    </message>
    <message>
        <source>A corrective action cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Eine Korrekturmaßnahme kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
    <message>
        <source>Corrective action: %1</source>
        <translation>Korrekturmaßnahme: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaLinkedTableModel</name>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Es ist kein Audit zum Bearbeiten geöffnet.</translation>
    </message>
    <message>
        <source>There is no row %1 to map to criteria.</source>
        <translation>Es gibt keine Zeile %1, der Kriterien zugeordnet werden können.</translation>
    </message>
    <message>
        <source>Set criteria of %1</source>
        <translation>Kriterien von %1 festlegen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>Not mapped to any criterion. Double-click or press F2 to choose criteria.</source>
        <translation>Keinem Kriterium zugeordnet. Doppelklicken oder F2 drücken, um Kriterien auszuwählen.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaListDelegate</name>
    <message>
        <source>Criteria ids</source>
        <translation>Kriterien-IDs</translation>
    </message>
    <message>
        <source>e.g. CC6.1, CC6.2</source>
        <translation>z. B. CC6.1, CC6.2</translation>
    </message>
    <message>
        <source>Trust Services Criteria ids separated by commas, or tick them below; Enter keeps them, Esc cancels</source>
        <translation>IDs der Trust Services Criteria, durch Kommas getrennt, oder unten ankreuzen; Enter übernimmt sie, Esc bricht ab</translation>
    </message>
    <message>
        <source>Criteria to map</source>
        <translation>Zuzuordnende Kriterien</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaPickerDialog</name>
    <message>
        <source>Choose criteria</source>
        <translation>Kriterien auswählen</translation>
    </message>
    <message>
        <source>The Trust Services Criteria of the categories in scope. Check a series to choose all of its criteria; Space checks the current one.</source>
        <translation>Die Trust Services Criteria der Kategorien im Prüfungsumfang. Kreuzen Sie eine Serie an, um alle ihre Kriterien auszuwählen; Space kreuzt das aktuelle an.</translation>
    </message>
    <message>
        <source>Filter by id or words (CC6, access)…</source>
        <translation>Nach ID oder Wörtern filtern (CC6, Zugriff)…</translation>
    </message>
    <message>
        <source>Filter the criteria</source>
        <translation>Kriterien filtern</translation>
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
        <translation>Ausgewählt, aber nicht im Prüfungsumfang</translation>
    </message>
    <message>
        <source>Criteria of categories that are no longer in scope; uncheck them to remove them from the mapping.</source>
        <translation>Kriterien von Kategorien, die nicht mehr im Prüfungsumfang sind; entfernen Sie das Häkchen, um sie aus der Zuordnung zu nehmen.</translation>
    </message>
    <message>
        <source>Chosen: %1 of the %2 criteria offered.</source>
        <translation>Ausgewählt: %1 der %2 angebotenen Kriterien.</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaTableBox</name>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Kriterien…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>Keine Zeile entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Criteria of %1</source>
        <translation>Kriterien von %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::CriteriaTreeModel</name>
    <message numerus="yes">
        <source>%1 of %n criteria addressed</source>
        <translation>
            <numerusform>%1 von %n Kriterium abgedeckt</numerusform>
            <numerusform>%1 von %n Kriterien abgedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>No control in the matrix addresses %1. The rule soc2.criteria-addressed keeps the engagement from moving to fieldwork until one does: map a control to it, or take its category out of scope.</source>
        <translation>Keine Kontrolle der Matrix deckt %1 ab. Die Regel soc2.criteria-addressed verhindert, dass die Prüfung in die Durchführung wechselt, bis eine Kontrolle es abdeckt: Ordnen Sie ihm eine Kontrolle zu, oder nehmen Sie seine Kategorie aus dem Prüfungsumfang.</translation>
    </message>
    <message>
        <source>%1 of %2 addressed</source>
        <translation>%1 von %2 abgedeckt</translation>
    </message>
    <message>
        <source>Every criterion of %1 is addressed by a control.</source>
        <translation>Jedes Kriterium von %1 wird von einer Kontrolle abgedeckt.</translation>
    </message>
    <message numerus="yes">
        <source>No control addresses %1 of the %n criteria of %2 yet.</source>
        <translation>
            <numerusform>Für %1 des %n Kriteriums von %2 gibt es noch keine Kontrolle.</numerusform>
            <numerusform>Für %1 der %n Kriterien von %2 gibt es noch keine Kontrolle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is addressed by %2.</source>
        <translation>%1 wird von %2 abgedeckt.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
</context>
<context>
    <name>isoaudit::DocumentController</name>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>ISO-27001-Audits (*.isoaudit);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Audit packages (*.json *.isoaudit-pkg);;All files (*)</source>
        <translation>Auditpakete (*.json *.isoaudit-pkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Read-Only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>%1 cannot be opened for editing because the file or its folder is read-only.

Open it read-only to look at it?</source>
        <translation>%1 kann nicht zum Bearbeiten geöffnet werden, weil die Datei oder ihr Ordner schreibgeschützt ist.

Schreibgeschützt öffnen, um sie anzusehen?</translation>
    </message>
    <message>
        <source>Audit Already Open</source>
        <translation>Audit bereits geöffnet</translation>
    </message>
    <message>
        <source>%1

Open: look at it read-only.
Ignore: break the lock and edit it. Only do this when that copy of IsoAudit is no longer running, or two people will overwrite each other&apos;s work.</source>
        <translation>%1

Öffnen: schreibgeschützt ansehen.
Ignorieren: die Sperre aufheben und bearbeiten. Tun Sie das nur, wenn die andere IsoAudit-Instanz nicht mehr läuft; sonst überschreiben zwei Personen gegenseitig ihre Arbeit.</translation>
    </message>
    <message>
        <source>Cannot Open Audit</source>
        <translation>Audit kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Audit</source>
        <translation>Audit öffnen</translation>
    </message>
    <message>
        <source>Save New Audit As</source>
        <translation>Neues Audit speichern unter</translation>
    </message>
    <message>
        <source>Cannot Create Audit</source>
        <translation>Audit kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already exists; the new audit was not created. Choose another name.</source>
        <translation>%1 existiert bereits; das neue Audit wurde nicht angelegt. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Audit Created Incompletely</source>
        <translation>Audit unvollständig angelegt</translation>
    </message>
    <message>
        <source>The audit was created, but the team and sites could not be added: %1</source>
        <translation>Das Audit wurde angelegt, aber Team und Standorte konnten nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source> copy.isoaudit</source>
        <translation> Kopie.isoaudit</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save Copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A copy cannot replace the open audit itself.</source>
        <translation>Eine Kopie kann nicht das geöffnete Audit selbst ersetzen.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>Export Audit Package</source>
        <translation>Auditpaket exportieren</translation>
    </message>
    <message>
        <source>Cannot Export Package</source>
        <translation>Paket kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the audit package to %1</source>
        <translation>Auditpaket nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Encrypted Package</source>
        <translation>Verschlüsseltes Paket exportieren</translation>
    </message>
    <message>
        <source>Encrypted audit packages (*.isoaudit-pkg);;All files (*)</source>
        <translation>Verschlüsselte Auditpakete (*.isoaudit-pkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Encrypt Package</source>
        <translation>Paket verschlüsseln</translation>
    </message>
    <message>
        <source>Passphrase (give it to the recipient another way):</source>
        <translation>Passphrase (teilen Sie sie dem Empfänger auf anderem Weg mit):</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the encrypted audit package to %1</source>
        <translation>Verschlüsseltes Auditpaket nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import Audit Package</source>
        <translation>Auditpaket importieren</translation>
    </message>
    <message>
        <source>Cannot Import Package</source>
        <translation>Paket kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Encrypted Package</source>
        <translation>Verschlüsseltes Paket</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>Save Imported Audit As</source>
        <translation>Importiertes Audit speichern unter</translation>
    </message>
    <message>
        <source>The package cannot replace the audit that is open; choose another name.</source>
        <translation>Das Paket kann nicht das geöffnete Audit ersetzen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Replace Audit?</source>
        <translation>Audit ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the imported audit?</source>
        <translation>%1 existiert. Durch das importierte Audit ersetzen?</translation>
    </message>
    <message>
        <source>Package Imported</source>
        <translation>Paket importiert</translation>
    </message>
    <message>
        <source>The package was imported with these notes:

%1</source>
        <translation>Das Paket wurde mit diesen Hinweisen importiert:

%1</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot Open Demo Audit</source>
        <translation>Demo-Audit kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Create Engagement</source>
        <translation>SOC 2-Prüfung kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot Open Demo Engagement</source>
        <translation>SOC 2-Demoprüfung kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>isoaudit::EarlierFindingDetail</name>
    <message>
        <source>Earlier nonconformity</source>
        <translation>Frühere Nichtkonformität</translation>
    </message>
    <message>
        <source>The earlier audit&apos;s record</source>
        <translation>Aufzeichnung des früheren Audits</translation>
    </message>
    <message>
        <source>As the earlier audit recorded it: read-only</source>
        <translation>Wie im früheren Audit erfasst: schreibgeschützt</translation>
    </message>
    <message>
        <source>This audit&apos;s verdict</source>
        <translation>Bewertung in diesem Audit</translation>
    </message>
    <message>
        <source>Whether the correction and corrective action are effective; &quot;not effective&quot; raises the nonconformity again as a finding of this audit</source>
        <translation>Ob Korrektur und Korrekturmaßnahme wirksam sind; „nicht wirksam“ erfasst die Nichtkonformität erneut als Feststellung dieses Audits</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Bemerkung zur Verifizierung</translation>
    </message>
    <message>
        <source>What was verified and what it showed</source>
        <translation>Was verifiziert wurde und was sich dabei gezeigt hat</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verifiziert von</translation>
    </message>
    <message>
        <source>The auditor who verified it</source>
        <translation>Der Auditor, der sie verifiziert hat</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verifiziert am</translation>
    </message>
    <message>
        <source>When it was verified</source>
        <translation>Wann sie verifiziert wurde</translation>
    </message>
    <message>
        <source>Evidence of this audit the verification rests on</source>
        <translation>Nachweise dieses Audits, auf die sich die Verifizierung stützt</translation>
    </message>
    <message>
        <source>Tick the evidence records of this audit that show the verdict</source>
        <translation>Die Nachweise dieses Audits markieren, die die Bewertung belegen</translation>
    </message>
    <message>
        <source>&amp;on:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>Be&amp;wertung:</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>V&amp;erifiziert von:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>%1 → %2, %3, %4</source>
        <translation>%1 → %2, %3, %4</translation>
    </message>
    <message>
        <source>Corrective actions as they stood</source>
        <translation>Korrekturmaßnahmen zum damaligen Stand</translation>
    </message>
    <message>
        <source>None submitted</source>
        <translation>Keine eingereicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earlier verdicts</source>
        <translation>Frühere Bewertungen</translation>
    </message>
    <message>
        <source>None: this is its first verification.</source>
        <translation>Keine: Dies ist ihre erste Verifizierung.</translation>
    </message>
    <message>
        <source>Select an earlier nonconformity to verify it.</source>
        <translation>Wählen Sie eine frühere Nichtkonformität aus, um sie zu verifizieren.</translation>
    </message>
    <message>
        <source>%1 — %2, raised at %3: %4</source>
        <translation>%1 — %2, erfasst im %3: %4</translation>
    </message>
    <message>
        <source>Passed through a special audit that verified only major nonconformities: it is verified at the next audit.</source>
        <translation>Von einem Sonderaudit, das nur schwerwiegende Nichtkonformitäten verifiziert hat, unverändert weitergegeben: Sie wird im nächsten Audit verifiziert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Change the evidence of the verification</source>
        <translation>Nachweise der Verifizierung ändern</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>Noti&amp;z:</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Nachwei&amp;se:</translation>
    </message>
</context>
<context>
    <name>isoaudit::EarlierFindingsPanel</name>
    <message>
        <source>Earlier nonconformities to verify</source>
        <translation>Zu verifizierende frühere Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Keys 1, 2 and 3 set the verdict (closed, not effective, still open), 0 clears it</source>
        <translation>Die Tasten 1, 2 und 3 setzen die Bewertung (abgeschlossen, nicht wirksam, noch offen), 0 entfernt sie</translation>
    </message>
    <message>
        <source>Earlier nonconformities to verify: %1 of %2 still without a verdict</source>
        <translation>Zu verifizierende frühere Nichtkonformitäten: %1 von %2 noch ohne Bewertung</translation>
    </message>
    <message numerus="yes">
        <source>Earlier nonconformities to verify: %n, all verified</source>
        <translation>
            <numerusform>Zu verifizierende frühere Nichtkonformitäten: %n, verifiziert</numerusform>
            <numerusform>Zu verifizierende frühere Nichtkonformitäten: %n, alle verifiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Öffnen Sie zuerst ein Audit.</translation>
    </message>
    <message>
        <source>%1 is not effective: raised again as %2 (Edit &gt; Undo takes back both).</source>
        <translation>%1 ist nicht wirksam: als %2 erneut erfasst (Bearbeiten &gt; Rückgängig nimmt beides zurück).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 passed through a special audit; it is verified at the next audit.</source>
        <translation>%1 wurde von einem Sonderaudit weitergegeben; sie wird im nächsten Audit verifiziert.</translation>
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
        <translation>Kein Kriterium der Kategorien im Prüfungsumfang: Häkchen entfernen.</translation>
    </message>
</context>
<context>
    <name>isoaudit::EngagementFactsForm</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Prüfungsauftrag</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Dienstleistungsunternehmen</translation>
    </message>
    <message>
        <source>The organization whose system is examined (the audit&apos;s client)</source>
        <translation>Die Organisation, deren System geprüft wird (der Kunde des Audits)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The name of the system the report describes</source>
        <translation>Der Name des Systems, das der Bericht beschreibt</translation>
    </message>
    <message>
        <source>Service auditor</source>
        <translation>Prüfungsgesellschaft</translation>
    </message>
    <message>
        <source>The CPA firm that examines the system</source>
        <translation>Die Prüfungsgesellschaft, die das System prüft</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Auftragsverantwortlicher</translation>
    </message>
    <message>
        <source>The engagement lead of the audit team, named in the report</source>
        <translation>Der Auftragsverantwortliche des Prüfungsteams, im Bericht namentlich genannt</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Berichtstyp</translation>
    </message>
    <message>
        <source>Type 1: the design of the controls as of a date. Type 2: their design and operating effectiveness over a period.</source>
        <translation>Typ 1: die Ausgestaltung der Kontrollen zu einem Stichtag. Typ 2: ihre Ausgestaltung und Wirksamkeit über einen Zeitraum.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>The date the Type 1 report speaks as of</source>
        <translation>Der Stichtag, auf den sich der Bericht vom Typ 1 bezieht</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>The first day of the period the Type 2 report covers</source>
        <translation>Der erste Tag des Zeitraums, den der Bericht vom Typ 2 abdeckt</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>The last day of the period the Type 2 report covers</source>
        <translation>Der letzte Tag des Zeitraums, den der Bericht vom Typ 2 abdeckt</translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>Dienstleistungs&amp;unternehmen:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>Service a&amp;uditor:</source>
        <translation>&amp;Prüfungsgesellschaft:</translation>
    </message>
    <message>
        <source>Engagement &amp;lead:</source>
        <translation>&amp;Auftragsverantwortlicher:</translation>
    </message>
    <message>
        <source>Report t&amp;ype:</source>
        <translation>Berichts&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Stic&amp;htag:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>Zeitraum &amp;von:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Zeitraum &amp;bis:</translation>
    </message>
    <message>
        <source>Set system name</source>
        <translation>Systemnamen festlegen</translation>
    </message>
    <message>
        <source>Set service auditor</source>
        <translation>Prüfungsgesellschaft festlegen</translation>
    </message>
    <message>
        <source>Set as-of date</source>
        <translation>Stichtag festlegen</translation>
    </message>
    <message>
        <source>Set start of period</source>
        <translation>Beginn des Zeitraums festlegen</translation>
    </message>
    <message>
        <source>Set end of period</source>
        <translation>Ende des Zeitraums festlegen</translation>
    </message>
    <message>
        <source>Categories in scope</source>
        <translation>Kategorien im Prüfungsumfang</translation>
    </message>
    <message>
        <source>%1 (the common criteria CC1 to CC9) is always in scope.</source>
        <translation>%1 (die gemeinsamen Kriterien CC1 bis CC9) ist immer im Prüfungsumfang.</translation>
    </message>
    <message>
        <source>Include the %1 criteria in the examination</source>
        <translation>Die Kriterien von %1 in die Prüfung einbeziehen</translation>
    </message>
    <message>
        <source>The Type 2 period has no valid start and end.</source>
        <translation>Der Prüfungszeitraum für Typ 2 hat keinen gültigen Beginn und kein gültiges Ende.</translation>
    </message>
    <message>
        <source>The period is one month long; a Type 2 period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>Der Zeitraum umfasst einen Monat; ein Prüfungszeitraum für Typ 2 umfasst üblicherweise 3 bis 12 Monate. Bestätigen Sie, dass der Bericht diesen Zeitraum abdeckt.</translation>
    </message>
    <message>
        <source>The period is %1 months long; a Type 2 period is usually 3 to 12 months. Confirm it is the period the report covers.</source>
        <translation>Der Zeitraum umfasst %1 Monate; ein Prüfungszeitraum für Typ 2 umfasst üblicherweise 3 bis 12 Monate. Bestätigen Sie, dass der Bericht diesen Zeitraum abdeckt.</translation>
    </message>
    <message>
        <source>A period of %1 months.</source>
        <translation>Ein Zeitraum von %1 Monaten.</translation>
    </message>
    <message>
        <source>%1 criteria in scope.</source>
        <translation>%1 Kriterien im Prüfungsumfang.</translation>
    </message>
    <message>
        <source>Set service organization</source>
        <translation>Dienstleistungsunternehmen festlegen</translation>
    </message>
    <message>
        <source>Set engagement lead</source>
        <translation>Auftragsverantwortlichen festlegen</translation>
    </message>
    <message>
        <source>Add engagement lead %1</source>
        <translation>Auftragsverantwortlichen %1 hinzufügen</translation>
    </message>
    <message>
        <source>Set report type to %1</source>
        <translation>Berichtstyp auf %1 setzen</translation>
    </message>
    <message>
        <source>Add %1 to the categories in scope</source>
        <translation>%1 in die Kategorien im Prüfungsumfang aufnehmen</translation>
    </message>
    <message>
        <source>Take %1 out of scope</source>
        <translation>%1 aus dem Prüfungsumfang nehmen</translation>
    </message>
</context>
<context>
    <name>isoaudit::EngagementPane</name>
    <message>
        <source>This audit is not a SOC 2 engagement: it has no engagement to show.</source>
        <translation>Dieses Audit ist keine SOC 2-Prüfung: Es gibt keinen Prüfungsauftrag anzuzeigen.</translation>
    </message>
    <message>
        <source>Filter subservice organizations and user-entity controls…</source>
        <translation>Subdienstleister und Kontrollen der auslagernden Unternehmen filtern…</translation>
    </message>
    <message>
        <source>Filter subservice organizations and user-entity controls</source>
        <translation>Subdienstleister und Kontrollen der auslagernden Unternehmen filtern</translation>
    </message>
    <message>
        <source>Shows the rows of both tables that contain these words (Ctrl+F)</source>
        <translation>Zeigt die Zeilen beider Tabellen, die diese Wörter enthalten (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Subservice organizations</source>
        <translation>Subdienstleister</translation>
    </message>
    <message>
        <source>No subservice organization. Add one when another organization operates part of the system (hosting, payments).</source>
        <translation>Kein Subdienstleister. Fügen Sie einen hinzu, wenn eine andere Organisation einen Teil des Systems betreibt (Hosting, Zahlungsverkehr).</translation>
    </message>
    <message>
        <source>&amp;Add organization</source>
        <translation>Subdienstleister &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a subservice organization</source>
        <translation>Einen Subdienstleister hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected subservice organizations (undoable)</source>
        <translation>Die ausgewählten Subdienstleister löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Choose the criteria the selected organization&apos;s CSOCs relate to</source>
        <translation>Die Kriterien auswählen, auf die sich die CSOC des ausgewählten Subdienstleisters beziehen</translation>
    </message>
    <message>
        <source>Delete subservice organization %1</source>
        <translation>Subdienstleister %1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 subservice organizations</source>
        <translation>%1 Subdienstleister löschen</translation>
    </message>
    <message>
        <source>Deleted subservice organization %1.</source>
        <translation>Subdienstleister %1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1 subservice organizations.</source>
        <translation>%1 Subdienstleister gelöscht.</translation>
    </message>
    <message>
        <source>Complementary user-entity controls (CUECs)</source>
        <translation>Komplementäre Kontrollen bei den auslagernden Unternehmen (CUEC)</translation>
    </message>
    <message>
        <source>Complementary user-entity controls</source>
        <translation>Komplementäre Kontrollen bei den auslagernden Unternehmen</translation>
    </message>
    <message>
        <source>No complementary user-entity control. Add the controls the user entities are expected to operate for the criteria to be met.</source>
        <translation>Keine komplementäre Kontrolle bei den auslagernden Unternehmen. Fügen Sie die Kontrollen hinzu, deren Durchführung von den auslagernden Unternehmen erwartet wird, damit die Kriterien erfüllt werden.</translation>
    </message>
    <message>
        <source>Add &amp;CUEC</source>
        <translation>&amp;CUEC hinzufügen</translation>
    </message>
    <message>
        <source>Add a complementary user-entity control</source>
        <translation>Eine komplementäre Kontrolle bei den auslagernden Unternehmen hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete the selected user-entity controls (undoable)</source>
        <translation>Die ausgewählten Kontrollen der auslagernden Unternehmen löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Choose the criteria the selected user-entity control relates to</source>
        <translation>Die Kriterien auswählen, auf die sich die ausgewählte Kontrolle der auslagernden Unternehmen bezieht</translation>
    </message>
    <message>
        <source>Delete user-entity control %1</source>
        <translation>Kontrolle der auslagernden Unternehmen %1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 user-entity controls</source>
        <translation>%1 Kontrollen der auslagernden Unternehmen löschen</translation>
    </message>
    <message>
        <source>Deleted user-entity control %1.</source>
        <translation>Kontrolle der auslagernden Unternehmen %1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1 user-entity controls.</source>
        <translation>%1 Kontrollen der auslagernden Unternehmen gelöscht.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Prüfungsauftrag</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidenceEditor</name>
    <message>
        <source>Kind of evidence</source>
        <translation>Art des Nachweises</translation>
    </message>
    <message>
        <source>Document sighted, record sample, observation or technical check</source>
        <translation>Eingesehenes Dokument, Aufzeichnungsstichprobe, Beobachtung oder technische Prüfung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the evidence is, e.g. Access review Q3</source>
        <translation>Worum es sich handelt, z. B. Berechtigungsprüfung Q3</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>The client&apos;s document number, version or system reference</source>
        <translation>Dokumentnummer, Version oder Systemreferenz des Kunden</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What was seen and what it shows</source>
        <translation>Was gesehen wurde und was es zeigt</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>Keine Stichprobe</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Stichprobenumfang</translation>
    </message>
    <message>
        <source>How many items were examined</source>
        <translation>Wie viele Elemente geprüft wurden</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Grundgesamtheit</translation>
    </message>
    <message>
        <source>What the sample was drawn from, e.g. 340 leavers in 2025</source>
        <translation>Woraus die Stichprobe gezogen wurde, z. B. 340 Austritte im Jahr 2025</translation>
    </message>
    <message>
        <source>Sample selection</source>
        <translation>Stichprobenauswahl</translation>
    </message>
    <message>
        <source>How the sample was chosen, so it can be repeated, e.g. every 10th ticket</source>
        <translation>Wie die Stichprobe ausgewählt wurde, damit sie wiederholt werden kann, z. B. jedes 10. Ticket</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Erhoben am</translation>
    </message>
    <message>
        <source>The day the evidence was collected</source>
        <translation>Der Tag, an dem der Nachweis erhoben wurde</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Erhoben von</translation>
    </message>
    <message>
        <source>The auditor who collected it</source>
        <translation>Der Auditor, der ihn erhoben hat</translation>
    </message>
    <message>
        <source>Clauses and controls of the evidence</source>
        <translation>Abschnitte und Maßnahmen des Nachweises</translation>
    </message>
    <message>
        <source>Interviews this evidence came from</source>
        <translation>Interviews, aus denen dieser Nachweis stammt</translation>
    </message>
    <message>
        <source>Tick the interviews this evidence came from; double-click to open one</source>
        <translation>Haken Sie die Interviews an, aus denen dieser Nachweis stammt; Doppelklick öffnet eines</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>by</source>
        <translation>von</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Stichprobe:</translation>
    </message>
    <message>
        <source>C&amp;ollected:</source>
        <translation>&amp;Erhoben:</translation>
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
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Se&amp;lection:</source>
        <translation>Aus&amp;wahl:</translation>
    </message>
    <message>
        <source>&amp;Clauses / controls:</source>
        <translation>Abs&amp;chnitte / Maßnahmen:</translation>
    </message>
    <message>
        <source>&amp;Interviews this evidence came from:</source>
        <translation>&amp;Interviews, aus denen dieser Nachweis stammt:</translation>
    </message>
    <message>
        <source>Change clauses and controls of evidence</source>
        <translation>Abschnitte und Maßnahmen des Nachweises ändern</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidencePane</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter evidence by kind</source>
        <translation>Nachweise nach Art filtern</translation>
    </message>
    <message>
        <source>Shows only evidence of this kind</source>
        <translation>Zeigt nur Nachweise dieser Art</translation>
    </message>
    <message>
        <source>Filter evidence…</source>
        <translation>Nachweise filtern…</translation>
    </message>
    <message>
        <source>Filter evidence by text</source>
        <translation>Nachweise nach Text filtern</translation>
    </message>
    <message>
        <source>Shows evidence whose title, reference, sample, collector or clauses contain this text</source>
        <translation>Zeigt Nachweise, deren Titel, Referenz, Stichprobe, Erheber oder Abschnitte diesen Text enthalten</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>&amp;New evidence</source>
        <translation>&amp;Neuer Nachweis</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Neuer Nachweis</translation>
    </message>
    <message>
        <source>Add evidence; the arrow chooses the kind (a document by default)</source>
        <translation>Nachweis hinzufügen; der Pfeil wählt die Art (standardmäßig ein Dokument)</translation>
    </message>
    <message>
        <source>Delete the selected evidence with its files (Undo brings it back)</source>
        <translation>Den ausgewählten Nachweis mit seinen Dateien löschen (mit Rückgängig wiederherstellbar)</translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Öffnen Sie zuerst ein Audit.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>Select the evidence to delete.</source>
        <translation>Wählen Sie den zu löschenden Nachweis aus.</translation>
    </message>
    <message>
        <source>Delete evidence %1</source>
        <translation>Nachweis %1 löschen</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; deleted; Edit &gt; Undo brings it back.</source>
        <translation>Nachweis „%1“ gelöscht; Bearbeiten &gt; Rückgängig stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Shows evidence whose title, reference, sample or collector contain this text</source>
        <translation>Zeigt Nachweise, deren Titel, Referenz, Stichprobe oder Erheber diesen Text enthalten</translation>
    </message>
</context>
<context>
    <name>isoaudit::EvidenceTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sampled</source>
        <translation>
            <numerusform>%n in Stichprobe</numerusform>
            <numerusform>%n in Stichprobe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n angehängte Datei</numerusform>
            <numerusform>%n angehängte Dateien</numerusform>
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
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Erhoben am</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Erhoben von</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Normbezug</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExceptionEditor</name>
    <message>
        <source>Open &amp;control</source>
        <translation>&amp;Kontrolle öffnen</translation>
    </message>
    <message>
        <source>Remo&amp;ve exception</source>
        <translation>Abweichung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Exception of the control</source>
        <translation>Abweichung der Kontrolle</translation>
    </message>
    <message>
        <source>What the assessment still lacks</source>
        <translation>Was der Beurteilung noch fehlt</translation>
    </message>
    <message>
        <source>Nature of the exception</source>
        <translation>Art der Abweichung</translation>
    </message>
    <message>
        <source>What went wrong in the deviating items (required)</source>
        <translation>Was bei den abweichenden Elementen schiefgelaufen ist (erforderlich)</translation>
    </message>
    <message>
        <source>Cause of the exception</source>
        <translation>Ursache der Abweichung</translation>
    </message>
    <message>
        <source>Why it went wrong, as far as known</source>
        <translation>Warum es schiefgelaufen ist, soweit bekannt</translation>
    </message>
    <message>
        <source>Pattern of the deviations</source>
        <translation>Muster der Abweichungen</translation>
    </message>
    <message>
        <source>Isolated or systematic (required); systematic exceptions put the control&apos;s criteria in doubt</source>
        <translation>Vereinzelt oder systematisch (erforderlich); systematische Abweichungen stellen die Kriterien der Kontrolle in Frage</translation>
    </message>
    <message>
        <source>Management&apos;s response</source>
        <translation>Stellungnahme der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Management&apos;s response in its own words (required); the report prints it in Section V, not covered by the opinion</source>
        <translation>Stellungnahme der Geschäftsleitung in ihren eigenen Worten (erforderlich); der Bericht gibt sie in Abschnitt V wieder, nicht vom Prüfungsurteil umfasst</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>Kompensierende Kontrollen</translation>
    </message>
    <message>
        <source>Controls that reduce the effect of the deviations, if any</source>
        <translation>Kontrollen, die die Auswirkung der Abweichungen mindern, falls vorhanden</translation>
    </message>
    <message>
        <source>Effect on the criteria</source>
        <translation>Auswirkung auf die Kriterien</translation>
    </message>
    <message>
        <source>How the deviations affect the criteria; stating it weighs a systematic exception for the opinion</source>
        <translation>Wie sich die Abweichungen auf die Kriterien auswirken; die Angabe macht eine systematische Abweichung für das Prüfungsurteil beurteilbar</translation>
    </message>
    <message>
        <source>Criteria the effect concerns</source>
        <translation>Kriterien, die die Auswirkung betrifft</translation>
    </message>
    <message>
        <source>Tick the criteria the exception affects (Space ticks the current one)</source>
        <translation>Die Kriterien ankreuzen, die die Abweichung betrifft (Space kreuzt das aktuelle an)</translation>
    </message>
    <message>
        <source>Show the control and its sample on the Testing page (Alt+C)</source>
        <translation>Die Kontrolle und ihre Stichprobe auf der Seite „Kontrolltests“ anzeigen (Alt+K)</translation>
    </message>
    <message>
        <source>Remove this exception record; only when its control counts no deviation any more (Alt+V; Edit &gt; Undo brings it back)</source>
        <translation>Diese Erfassung der Abweichung entfernen; nur wenn ihre Kontrolle keine Abweichung mehr zählt (Alt+F; Bearbeiten &gt; Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>Management&apos;s &amp;response:</source>
        <translation>&amp;Stellungnahme der Geschäftsleitung:</translation>
    </message>
    <message>
        <source>Co&amp;mpensating controls:</source>
        <translation>K&amp;ompensierende Kontrollen:</translation>
    </message>
    <message>
        <source>&amp;Effect on the criteria:</source>
        <translation>Aus&amp;wirkung auf die Kriterien:</translation>
    </message>
    <message>
        <source>Criteria a&amp;ffected:</source>
        <translation>&amp;Betroffene Kriterien:</translation>
    </message>
    <message>
        <source>Select an exception in the table to assess it.</source>
        <translation>Wählen Sie eine Abweichung in der Tabelle aus, um sie zu beurteilen.</translation>
    </message>
    <message>
        <source>No engagement open.</source>
        <translation>Keine SOC 2-Prüfung geöffnet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Deviations: %2 tested</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Abweichungen: %2 getestet</translation>
    </message>
    <message>
        <source>Assessment complete.</source>
        <translation>Beurteilung vollständig.</translation>
    </message>
    <message>
        <source>Still to record: %1.</source>
        <translation>Noch zu erfassen: %1.</translation>
    </message>
    <message>
        <source>Set %1 of the exception of %2</source>
        <translation>%1 der Abweichung von %2 festlegen</translation>
    </message>
    <message>
        <source>Change the criteria of the exception of %1</source>
        <translation>Kriterien der Abweichung von %1 ändern</translation>
    </message>
    <message>
        <source>Select an exception to remove.</source>
        <translation>Wählen Sie die zu entfernende Abweichung aus.</translation>
    </message>
    <message>
        <source>The exception of %1 still counts deviations; it stays as long as its sample items or tests have exceptions.</source>
        <translation>Für %1 werden noch Abweichungen gezählt; die Erfassung der Abweichung bleibt bestehen, solange ihre Stichprobenelemente oder Tests Abweichungen aufweisen.</translation>
    </message>
    <message>
        <source>Remove the exception of %1</source>
        <translation>Abweichung von %1 entfernen</translation>
    </message>
    <message>
        <source>The exception of %1 was removed; Edit &gt; Undo brings it back.</source>
        <translation>Die Abweichung von %1 wurde entfernt; Bearbeiten &gt; Rückgängig stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExceptionsPane</name>
    <message>
        <source>Exceptions and their assessment</source>
        <translation>Abweichungen und ihre Beurteilung</translation>
    </message>
    <message>
        <source>Filter exceptions… (Ctrl+F)</source>
        <translation>Abweichungen filtern… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter exceptions by text</source>
        <translation>Abweichungen nach Text filtern</translation>
    </message>
    <message>
        <source>Shows the exceptions whose control, assessment or effect contain this text (Ctrl+F)</source>
        <translation>Zeigt die Abweichungen, deren Kontrolle, Beurteilung oder Auswirkung diesen Text enthält (Ctrl+F)</translation>
    </message>
    <message>
        <source>Control exceptions</source>
        <translation>Abweichungen der Kontrollen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the control on the Testing page</source>
        <translation>Doppelklicken oder Enter drücken, um die Kontrolle auf der Seite „Kontrolltests“ zu öffnen</translation>
    </message>
    <message>
        <source>Assessment of the selected exception</source>
        <translation>Beurteilung der ausgewählten Abweichung</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Prüfungsurteil</translation>
    </message>
    <message>
        <source>Exceptions &amp; Opinion</source>
        <translation>Abweichungen &amp; Prüfungsurteil</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Keine SOC 2-Prüfung geöffnet</translation>
    </message>
    <message>
        <source>No exceptions: no sample item or test has found a deviation.</source>
        <translation>Keine Abweichungen: Kein Stichprobenelement und kein Test hat eine Abweichung ergeben.</translation>
    </message>
    <message>
        <source>Exceptions: %1, all assessed</source>
        <translation>Abweichungen: %1, alle beurteilt</translation>
    </message>
    <message>
        <source>Exceptions: %1; not yet assessed: %2</source>
        <translation>Abweichungen: %1; noch nicht beurteilt: %2</translation>
    </message>
</context>
<context>
    <name>isoaudit::ExportDialog</name>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (.xlsx)</source>
        <translation>Excel-&amp;Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Bold header row, filters and frozen header; opens in Excel and LibreOffice Calc</source>
        <translation>Fette Kopfzeile, Filter und fixierte Kopfzeile; lässt sich in Excel und LibreOffice Calc öffnen</translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8)</source>
        <translation>&amp;CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Comma-separated text, UTF-8 with a byte-order mark so Excel reads the accents</source>
        <translation>Kommagetrennter Text, UTF-8 mit Byte-Order-Mark, damit Excel Umlaute und Akzente richtig liest</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to save the table</source>
        <translation>Wählen Sie, wo die Tabelle gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingEditor</name>
    <message>
        <source>Finding reference</source>
        <translation>Referenz der Feststellung</translation>
    </message>
    <message>
        <source>The finding&apos;s reference in the report, e.g. NC-01</source>
        <translation>Die Referenz der Feststellung im Bericht, z. B. NK-01</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>The auditor&apos;s grade; the classification assistant only suggests</source>
        <translation>Die Einstufung durch den Auditor; die Einstufungshilfe macht nur einen Vorschlag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A short title for lists and the report</source>
        <translation>Ein kurzer Titel für Listen und den Bericht</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>The requirement not fulfilled, in the auditor&apos;s words</source>
        <translation>Die nicht erfüllte Anforderung, in den Worten des Auditors</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht in Ordnung ist</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektiver Nachweis</translation>
    </message>
    <message>
        <source>What was seen or heard that shows it</source>
        <translation>Was gesehen oder gehört wurde, das es belegt</translation>
    </message>
    <message>
        <source>Clauses and controls of the finding</source>
        <translation>Abschnitte und Maßnahmen der Feststellung</translation>
    </message>
    <message>
        <source>Raised on and by</source>
        <translation>Erfasst am und von</translation>
    </message>
    <message>
        <source>Linked interviews</source>
        <translation>Verknüpfte Interviews</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Verknüpfte Nachweise</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Verknüpfte Risiken</translation>
    </message>
    <message>
        <source>Tick what the finding rests on; double-click to open it</source>
        <translation>Haken Sie an, worauf die Feststellung beruht; Doppelklick öffnet den Eintrag</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Einstufung:</translation>
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
        <translation>Anforderun&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Feststellung:</translation>
    </message>
    <message>
        <source>&amp;Objective evidence:</source>
        <translation>&amp;Objektiver Nachweis:</translation>
    </message>
    <message>
        <source>&amp;Clauses / controls:</source>
        <translation>Abs&amp;chnitte / Maßnahmen:</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>Erfasst:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
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
        <translation>Nachweise (%1)</translation>
    </message>
    <message>
        <source>Risks (%1)</source>
        <translation>Risiken (%1)</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Wählen Sie zuerst eine Feststellung aus.</translation>
    </message>
    <message>
        <source>Grade %1 as %2</source>
        <translation>%1 als %2 einstufen</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 ist jetzt %2 (%3).</translation>
    </message>
    <message>
        <source>Change clauses and controls of %1</source>
        <translation>Abschnitte und Maßnahmen von %1 ändern</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingTableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>The corrective action is past its due date and has not reached the step it is due for.</source>
        <translation>Die Korrekturmaßnahme ist überfällig und hat den fälligen Schritt noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Normbezug</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßn.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>isoaudit::FindingsPane</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Findings by grade</source>
        <translation>Feststellungen nach Einstufung</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Alle Einstufungen</translation>
    </message>
    <message>
        <source>Filter findings by grade</source>
        <translation>Feststellungen nach Einstufung filtern</translation>
    </message>
    <message>
        <source>Shows only findings of this grade</source>
        <translation>Zeigt nur Feststellungen dieser Einstufung</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Feststellungen filtern…</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Feststellungen nach Text filtern</translation>
    </message>
    <message>
        <source>Shows findings whose reference, title, clauses or status contain this text</source>
        <translation>Zeigt Feststellungen, deren Referenz, Titel, Abschnitte oder Status diesen Text enthalten</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Neue Feststellung</translation>
    </message>
    <message>
        <source>Add a finding; the arrow chooses the grade (an observation by default)</source>
        <translation>Feststellung hinzufügen; der Pfeil wählt die Einstufung (standardmäßig eine Beobachtung)</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Neue Feststellung</translation>
    </message>
    <message>
        <source>Delete the selected finding with its corrective action (Undo brings it back)</source>
        <translation>Die ausgewählte Feststellung mit ihrer Korrekturmaßnahme löschen (mit Rückgängig wiederherstellbar)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open an audit first.</source>
        <translation>Öffnen Sie zuerst ein Audit.</translation>
    </message>
    <message>
        <source>Add finding %1</source>
        <translation>Feststellung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Finding %1 added.</source>
        <translation>Feststellung %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Select a finding to delete.</source>
        <translation>Wählen Sie die zu löschende Feststellung aus.</translation>
    </message>
    <message>
        <source>Delete finding %1</source>
        <translation>Feststellung %1 löschen</translation>
    </message>
    <message>
        <source>Finding %1 deleted; Edit &gt; Undo brings it back.</source>
        <translation>Feststellung %1 gelöscht; Bearbeiten &gt; Rückgängig stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>isoaudit::GiveCopyDialog</name>
    <message>
        <source>Give a Copy to a Team Member</source>
        <translation>Kopie für ein Teammitglied erstellen</translation>
    </message>
    <message>
        <source>The team member works on the copy offline; File ▸ Merge a Team Member&apos;s Copy… brings their changes back, as often as you like.</source>
        <translation>Das Teammitglied bearbeitet die Kopie offline; Datei ▸ Kopie eines Teammitglieds zusammenführen… holt seine Änderungen zurück, so oft Sie möchten.</translation>
    </message>
    <message>
        <source>The audit&apos;s team members are offered; you may type another name</source>
        <translation>Vorgeschlagen werden die Teammitglieder des Audits; Sie können auch einen anderen Namen eingeben</translation>
    </message>
    <message>
        <source>Where the copy is written; an existing file is never overwritten</source>
        <translation>Wohin die Kopie geschrieben wird; eine vorhandene Datei wird nie überschrieben</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to write the copy</source>
        <translation>Auswählen, wohin die Kopie geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Give Copy</source>
        <translation>Kopie &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Team member:</source>
        <translation>&amp;Teammitglied:</translation>
    </message>
    <message>
        <source>&amp;Save the copy as:</source>
        <translation>Kopie &amp;speichern unter:</translation>
    </message>
    <message>
        <source>Name the team member the copy is for.</source>
        <translation>Geben Sie das Teammitglied an, für das die Kopie bestimmt ist.</translation>
    </message>
    <message>
        <source>Choose where to write the copy.</source>
        <translation>Wählen Sie aus, wohin die Kopie geschrieben wird.</translation>
    </message>
    <message>
        <source>The copy cannot replace the audit itself.</source>
        <translation>Die Kopie kann nicht das Audit selbst ersetzen.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a copy never overwrites a file.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen: Eine Kopie überschreibt nie eine Datei.</translation>
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
        <translation>Klicken Sie auf eine Zelle oder wählen Sie sie mit den Pfeiltasten und drücken Sie Space, um nur die Risiken dieser Zelle anzuzeigen. Erneut klicken oder Esc drücken zeigt wieder alle Risiken.</translation>
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
        <translation>, 1 Risiko</translation>
    </message>
    <message>
        <source>, %1 risks</source>
        <translation>, %1 Risiken</translation>
    </message>
    <message>
        <source>, %1 above the acceptance threshold of %2</source>
        <translation>, %1 über der Akzeptanzschwelle von %2</translation>
    </message>
    <message>
        <source>, no acceptance threshold stated</source>
        <translation>, keine Akzeptanzschwelle angegeben</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>Nur %1 angezeigt</translation>
    </message>
    <message>
        <source>likelihood %1, impact %2: score %3%4, %5.</source>
        <translation>Wahrscheinlichkeit %1, Auswirkung %2: Wert %3%4, %5.</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 Risiko</translation>
    </message>
    <message>
        <source>%1 risks</source>
        <translation>%1 Risiken</translation>
    </message>
    <message>
        <source>Acceptance threshold: %1</source>
        <translation>Akzeptanzschwelle: %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>The client&apos;s risk method has no likelihood or impact levels yet.</source>
        <translation>Die Risikomethode des Kunden hat noch keine Stufen für Wahrscheinlichkeit oder Auswirkung.</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Auswirkung →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>Wahrscheinlichkeit →</translation>
    </message>
    <message>
        <source>Numbers: risks in the cell. Click a cell to filter the register.</source>
        <translation>Zahlen: Risiken je Zelle. Ein Klick auf eine Zelle filtert das Register.</translation>
    </message>
    <message>
        <source>Risk matrix, %1</source>
        <translation>Risikomatrix, %1</translation>
    </message>
    <message>
        <source>Risk matrix, %1 Selected: the register shows only this cell.</source>
        <translation>Risikomatrix, %1 Ausgewählt: Das Register zeigt nur diese Zelle.</translation>
    </message>
    <message>
        <source>likelihood %1, impact %2: no score in the client&apos;s method, %3.</source>
        <translation>Wahrscheinlichkeit %1, Auswirkung %2: kein Wert in der Methode des Kunden, %3.</translation>
    </message>
</context>
<context>
    <name>isoaudit::HistoryDialog</name>
    <message>
        <source>Trail started</source>
        <translation>Protokoll begonnen</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Vorhandener Datensatz</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Filter by name, record, field or value</source>
        <translation>Nach Name, Datensatz, Feld oder Wert filtern</translation>
    </message>
    <message>
        <source>Filter the trail</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>Nur Einträge anzeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Einträge des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entries, every change accounted for.</source>
        <translation>
            <numerusform>Das Protokoll ist intakt: %n Eintrag, jede Änderung ist nachvollziehbar.</numerusform>
            <numerusform>Das Protokoll ist intakt: %n Einträge, jede Änderung ist nachvollziehbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail is broken&lt;/b&gt;%1: %2</source>
        <translation>&lt;b&gt;Das Protokoll ist unterbrochen&lt;/b&gt;%1: %2</translation>
    </message>
    <message>
        <source> at entry #%1</source>
        <translation> bei Eintrag #%1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <comment>%1 is a record kind (Risk, Finding)</comment>
        <translation>Verlauf: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>Eine CSV- oder Excel-Datei (.xlsx) auswählen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to import</source>
        <translation>Das zu importierende Arbeitsblatt der Arbeitsmappe</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>The row that holds the column headers</source>
        <translation>Die Zeile mit den Spaltenüberschriften</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arbeitsblatt:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>Preview with a field per column</source>
        <translation>Vorschau mit einem Feld je Spalte</translation>
    </message>
    <message>
        <source>Row report</source>
        <translation>Zeilenbericht</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Remember this column mapping for %1</source>
        <translation>Diese Spaltenzuordnung für %1 &amp;merken</translation>
    </message>
    <message>
        <source>The next table of this kind from this client is mapped the same way</source>
        <translation>Die nächste Tabelle dieser Art von diesem Kunden wird genauso zugeordnet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Es wurde nichts importiert.

%1</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>Which field column %1 &quot;%2&quot; fills</source>
        <translation>Welches Feld Spalte %1 „%2“ füllt</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) in ISO/IEC 27001:2013 numbering are read as their 2022 controls (listed below).</source>
        <translation>
            <numerusform>%n Referenz in der Nummerierung von ISO/IEC 27001:2013 wird als die entsprechende Maßnahme von 2022 gelesen (siehe unten).</numerusform>
            <numerusform>%n Referenzen in der Nummerierung von ISO/IEC 27001:2013 werden als die entsprechenden Maßnahmen von 2022 gelesen (siehe unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 numbering; read as A.%1 (2022)</source>
        <translation>Nummerierung nach ISO/IEC 27001:2013; gelesen als A.%1 (2022)</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>isoaudit::InterviewEditor</name>
    <message>
        <source>Attach &amp;files…</source>
        <translation>Dateien an&amp;hängen…</translation>
    </message>
    <message>
        <source>&amp;Raise finding from selection</source>
        <translation>Feststellung aus Auswahl &amp;erfassen</translation>
    </message>
    <message>
        <source>Raise finding from selection</source>
        <translation>Feststellung aus Auswahl erfassen</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewpartner</translation>
    </message>
    <message>
        <source>The person interviewed</source>
        <translation>Die befragte Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>The interviewee&apos;s role or job title, e.g. CISO, HR manager</source>
        <translation>Rolle oder Funktion des Interviewpartners, z. B. CISO, Personalleiter</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>When the interview took place</source>
        <translation>Wann das Interview stattfand</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>How long the interview lasted, in minutes</source>
        <translation>Wie lange das Interview dauerte, in Minuten</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>The audit team member who led the interview</source>
        <translation>Das Auditteammitglied, das das Interview geführt hat</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Where the interview took place: site, room or remote</source>
        <translation>Wo das Interview stattfand: Standort, Raum oder remote</translation>
    </message>
    <message>
        <source>Clauses and controls covered</source>
        <translation>Behandelte Abschnitte und Maßnahmen</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Interviewnotizen</translation>
    </message>
    <message>
        <source>Notes are saved as you type. Drop files here to store them as evidence.</source>
        <translation>Notizen werden beim Tippen gespeichert. Ziehen Sie Dateien hierher, um sie als Nachweise zu speichern.</translation>
    </message>
    <message>
        <source>Evidence gathered in this interview</source>
        <translation>In diesem Interview erhobene Nachweise</translation>
    </message>
    <message>
        <source>Evidence linked to this interview; double-click to open it in the Evidence pane</source>
        <translation>Mit diesem Interview verknüpfte Nachweise; Doppelklick öffnet sie im Bereich „Nachweise“</translation>
    </message>
    <message>
        <source>Store files inside the audit as document evidence of this interview</source>
        <translation>Dateien als Dokumentnachweise dieses Interviews im Audit speichern</translation>
    </message>
    <message>
        <source>Turn the selected notes into a new finding&apos;s objective evidence (%1)</source>
        <translation>Die ausgewählten Notizen zum objektiven Nachweis einer neuen Feststellung machen (%1)</translation>
    </message>
    <message>
        <source>Drop files anywhere here to store them as evidence (SHA-256 recorded).</source>
        <translation>Ziehen Sie Dateien an eine beliebige Stelle hier, um sie als Nachweise zu speichern (SHA-256 wird erfasst).</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>&amp;Interviewee:</source>
        <translation>&amp;Interviewpartner:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Held at:</source>
        <translation>&amp;Durchgeführt am:</translation>
    </message>
    <message>
        <source>A&amp;uditor:</source>
        <translation>Audi&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Umfasst:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Evidence from this interview:</source>
        <translation>Nach&amp;weise aus diesem Interview:</translation>
    </message>
    <message>
        <source>Select the words in the notes that show the problem, then raise the finding.</source>
        <translation>Markieren Sie die Wörter in den Notizen, die das Problem zeigen, und erfassen Sie dann die Feststellung.</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Feststellung erfassen</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fett (Ctrl+B)</translation>
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
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s))</source>
        <translation>
            <numerusform> (%n Datei)</numerusform>
            <numerusform> (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change clauses and controls of interview</source>
        <translation>Abschnitte und Maßnahmen des Interviews ändern</translation>
    </message>
    <message>
        <source>Choose an interview first.</source>
        <translation>Wählen Sie zuerst ein Interview aus.</translation>
    </message>
    <message>
        <source>Raised in interview with %1</source>
        <translation>Erfasst im Interview mit %1</translation>
    </message>
    <message>
        <source>Raise finding %1 from interview</source>
        <translation>Feststellung %1 aus Interview erfassen</translation>
    </message>
    <message>
        <source>Finding %1 raised from the interview with %2.</source>
        <translation>Feststellung %1 aus dem Interview mit %2 erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored as evidence of this interview.</source>
        <translation>
            <numerusform>%n Datei als Nachweis dieses Interviews gespeichert.</numerusform>
            <numerusform>%n Dateien als Nachweise dieses Interviews gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Attach files to the interview</source>
        <translation>Dateien an das Interview anhängen</translation>
    </message>
</context>
<context>
    <name>isoaudit::InterviewListModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewpartner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Clauses / controls</source>
        <translation>Normbezug</translation>
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
        <translation>&amp;Neues Interview</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Filter by person…</source>
        <translation>Nach Person filtern…</translation>
    </message>
    <message>
        <source>Filter interviews by person</source>
        <translation>Interviews nach Person filtern</translation>
    </message>
    <message>
        <source>Shows interviews whose interviewee, role or auditor contains this text</source>
        <translation>Zeigt Interviews, deren Interviewpartner, Rolle oder Auditor diesen Text enthält</translation>
    </message>
    <message>
        <source>Filter interviews by clause or control</source>
        <translation>Interviews nach Abschnitt oder Maßnahme filtern</translation>
    </message>
    <message>
        <source>Shows interviews that covered this clause or control</source>
        <translation>Zeigt Interviews, die diesen Abschnitt oder diese Maßnahme behandelt haben</translation>
    </message>
    <message>
        <source>Filter interviews by day</source>
        <translation>Interviews nach Tag filtern</translation>
    </message>
    <message>
        <source>Shows interviews held on this day</source>
        <translation>Zeigt Interviews, die an diesem Tag stattfanden</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Add an interview held now</source>
        <translation>Ein jetzt stattfindendes Interview hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected interview (Undo brings it back)</source>
        <translation>Das ausgewählte Interview löschen (mit Rückgängig wiederherstellbar)</translation>
    </message>
    <message>
        <source>Any clause or control</source>
        <translation>Alle Normbezüge</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>New interviewee</source>
        <translation>Neuer Interviewpartner</translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation>Interview hinzufügen</translation>
    </message>
    <message>
        <source>Delete interview with %1</source>
        <translation>Interview mit %1 löschen</translation>
    </message>
    <message>
        <source>Interview with %1 deleted; Edit &gt; Undo brings it back.</source>
        <translation>Interview mit %1 gelöscht; Bearbeiten &gt; Rückgängig stellt es wieder her.</translation>
    </message>
</context>
<context>
    <name>isoaudit::LifecyclePanel</name>
    <message>
        <source>Unmet rules for the next lifecycle step</source>
        <translation>Nicht erfüllte Regeln für den nächsten Schritt</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the place that needs attention</source>
        <translation>Doppelklicken oder Enter drücken, um zu der Stelle zu gehen, die Aufmerksamkeit erfordert</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>&amp;Status wechseln…</translation>
    </message>
    <message>
        <source>Check the rules and move to the next lifecycle state</source>
        <translation>Die Regeln prüfen und in den nächsten Status wechseln</translation>
    </message>
    <message>
        <source>The engagement is signed: the report is the record and can no longer change.</source>
        <translation>Die Prüfung ist signiert: Der Bericht ist die maßgebliche Aufzeichnung und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The audit is signed: the report is the record and can no longer change.</source>
        <translation>Das Audit ist signiert: Der Bericht ist die maßgebliche Aufzeichnung und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Every rule for %1 holds; the engagement can advance.</source>
        <translation>Alle Regeln für %1 sind erfüllt; die Prüfung kann weitergeschaltet werden.</translation>
    </message>
    <message>
        <source>Every rule for %1 holds; the audit can advance.</source>
        <translation>Alle Regeln für %1 sind erfüllt; das Audit kann weitergeschaltet werden.</translation>
    </message>
    <message>
        <source>Before %1 — blockers: %2, warnings: %3. Double-click one to fix it.</source>
        <translation>Vor %1 – Blocker: %2, Warnungen: %3. Zum Beheben auf einen Eintrag doppelklicken.</translation>
    </message>
    <message>
        <source>&amp;Advance to %1…</source>
        <translation>&amp;Status wechseln: %1…</translation>
    </message>
</context>
<context>
    <name>isoaudit::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Audit…</source>
        <translation>&amp;Neues Audit…</translation>
    </message>
    <message>
        <source>Create a new audit file with a wizard</source>
        <translation>Mit einem Assistenten eine neue Auditdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an audit file</source>
        <translation>Eine Auditdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open audit to another file</source>
        <translation>Eine konsistente Kopie des geöffneten Audits in eine andere Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>Paket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the whole audit as a readable JSON audit package</source>
        <translation>Das gesamte Audit als lesbares JSON-Auditpaket schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Encrypted Package…</source>
        <translation>&amp;Verschlüsseltes Paket exportieren…</translation>
    </message>
    <message>
        <source>Write the audit package sealed with a passphrase, for mail or a USB stick</source>
        <translation>Das Auditpaket mit einer Passphrase versiegelt schreiben, für E-Mail oder USB-Stick</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>Create an audit file from a JSON audit package</source>
        <translation>Eine Auditdatei aus einem JSON-Auditpaket anlegen</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Go back to one of the audit&apos;s rolling backups (the current state is kept)</source>
        <translation>Zu einer der fortlaufenden Sicherungen des Audits zurückkehren (der aktuelle Stand bleibt erhalten)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the open audit</source>
        <translation>Das geöffnete Audit schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit IsoAudit</source>
        <translation>IsoAudit beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search or filter the current page</source>
        <translation>Die aktuelle Seite durchsuchen oder filtern</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Show the audit trail: who changed what, when, old and new values</source>
        <translation>Das Änderungsprotokoll anzeigen: wer was wann geändert hat, alte und neue Werte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Lifecycle Step…</source>
        <translation>&amp;Nächster Statusschritt…</translation>
    </message>
    <message>
        <source>Show the rules that must hold before the audit can move on</source>
        <translation>Die Regeln anzeigen, die erfüllt sein müssen, bevor das Audit weitergeschaltet werden kann</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Den ganzen Bildschirm nutzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Demo Audit</source>
        <translation>&amp;Demo-Audit öffnen</translation>
    </message>
    <message>
        <source>Open a complete example audit to try the workbench</source>
        <translation>Ein vollständiges Beispielaudit öffnen, um den Arbeitsbereich auszuprobieren</translation>
    </message>
    <message>
        <source>&amp;About IsoAudit</source>
        <translation>&amp;Über IsoAudit</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>Seite „%1“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read the user guide: a Stage 2 audit from start to signed report</source>
        <translation>Das Benutzerhandbuch lesen: ein Stufe-2-Audit vom Anfang bis zum signierten Bericht</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Your name, the certification body, report and backup settings, defaults for new audits</source>
        <translation>Ihr Name, die Zertifizierungsstelle, Berichts- und Sicherungseinstellungen, Standardwerte für neue Audits</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Die eben rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Audit from &amp;This One…</source>
        <translation>Neues Audit auf Grundlage &amp;dieses Audits…</translation>
    </message>
    <message>
        <source>Start the next audit of the certification cycle from the open, signed audit</source>
        <translation>Das nächste Audit des Zertifizierungszyklus auf Grundlage des geöffneten, signierten Audits anlegen</translation>
    </message>
    <message>
        <source>Open SOC &amp;2 Demo Engagement</source>
        <translation>SOC &amp;2-Demoprüfung öffnen</translation>
    </message>
    <message>
        <source>Open a complete example SOC 2 Type 2 engagement: controls, populations, samples and exceptions</source>
        <translation>Eine vollständige Beispielprüfung nach SOC 2 Typ 2 öffnen: Kontrollen, Grundgesamtheiten, Stichproben und Abweichungen</translation>
    </message>
    <message>
        <source>&amp;Give a Copy to a Team Member…</source>
        <translation>Kopie für &amp;Teammitglied erstellen…</translation>
    </message>
    <message>
        <source>Write a copy of the audit for a team member to work on offline</source>
        <translation>Eine Kopie des Audits schreiben, die ein Teammitglied offline bearbeitet</translation>
    </message>
    <message>
        <source>&amp;Merge a Team Member&apos;s Copy…</source>
        <translation>Kopie eines Teammitglieds zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>Bring a team member&apos;s changes back into this audit, resolving any conflicts</source>
        <translation>Die Änderungen eines Teammitglieds in dieses Audit zurückholen und dabei Konflikte lösen</translation>
    </message>
    <message>
        <source>Re&amp;pository</source>
        <translation>Re&amp;pository</translation>
    </message>
    <message>
        <source>&amp;Open from the Repository…</source>
        <translation>Aus dem Repository &amp;öffnen…</translation>
    </message>
    <message>
        <source>Connect to the certification body&apos;s repository and check an audit out</source>
        <translation>Mit dem Repository der Zertifizierungsstelle verbinden und ein Audit auschecken</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Send this audit&apos;s changes to the repository</source>
        <translation>Die Änderungen dieses Audits in das Repository hochladen</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Bring the repository&apos;s newer version of this audit into the file</source>
        <translation>Den neueren Stand dieses Audits aus dem Repository in die Datei holen</translation>
    </message>
</context>
<context>
    <name>isoaudit::MainWindow</name>
    <message>
        <source>Pages of the audit</source>
        <translation>Seiten des Audits</translation>
    </message>
    <message>
        <source>Pages of the audit (Ctrl+1 … Ctrl+9)</source>
        <translation>Seiten des Audits (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Undo Not Possible</source>
        <translation>Rückgängig nicht möglich</translation>
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
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>There is no page for this record in this build.</source>
        <translation>In diesem Build gibt es keine Seite für diesen Datensatz.</translation>
    </message>
    <message>
        <source>About IsoAudit</source>
        <translation>Über IsoAudit</translation>
    </message>
    <message>
        <source>Cannot Start the Next Audit</source>
        <translation>Nächstes Audit kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Next Audit Created</source>
        <translation>Nächstes Audit angelegt</translation>
    </message>
    <message>
        <source>%1 was created from the last audit:

%2</source>
        <translation>%1 wurde auf Grundlage des vorherigen Audits angelegt:

%2</translation>
    </message>
    <message>
        <source>Delete Control</source>
        <translation>Kontrolle löschen</translation>
    </message>
    <message>
        <source>IsoAudit %1

A desktop workbench for ISO/IEC 27001:2022 lead auditors: plan, assess clauses 4–10 and the Statement of Applicability, review the client&apos;s risks, record interviews and evidence, grade findings and sign the report — offline, one file per audit.

For SOC 2 service auditors: map the control matrix to the Trust Services Criteria, test populations and samples, assess exceptions, form the opinion and sign the service auditor&apos;s report.

Licensed under the GNU GPL v3 or later.</source>
        <translation>IsoAudit %1

Ein Desktop-Arbeitsbereich für Auditteamleiter nach ISO/IEC 27001:2022: planen, die Abschnitte 4–10 und die Erklärung zur Anwendbarkeit bewerten, die Risiken des Kunden überprüfen, Interviews und Nachweise erfassen, Feststellungen einstufen und den Bericht signieren – offline, eine Datei je Audit.

Für Prüfer von Dienstleistungsunternehmen nach SOC 2: die Kontrollmatrix den Trust Services Criteria zuordnen, Grundgesamtheiten und Stichproben testen, Abweichungen beurteilen, das Prüfungsurteil bilden und den Bericht des Prüfers des Dienstleistungsunternehmens signieren.

Lizenziert unter der GNU GPL v3 oder später.</translation>
    </message>
</context>
<context>
    <name>isoaudit::MeetingDialog</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Teilnehmer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove attendee</source>
        <translation>Teilnehmer &amp;entfernen</translation>
    </message>
    <message>
        <source>Confirmed or explained</source>
        <translation>Bestätigt oder erläutert</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>The audit scope was confirmed</source>
        <translation>Der Auditumfang wurde bestätigt</translation>
    </message>
    <message>
        <source>The audit plan was confirmed</source>
        <translation>Der Auditplan wurde bestätigt</translation>
    </message>
    <message>
        <source>Confidentiality was confirmed</source>
        <translation>Die Vertraulichkeit wurde bestätigt</translation>
    </message>
    <message>
        <source>The method of reporting findings was explained</source>
        <translation>Die Art der Berichterstattung über Feststellungen wurde erläutert</translation>
    </message>
    <message>
        <source>The complaint and appeal process was explained</source>
        <translation>Das Beschwerde- und Einspruchsverfahren wurde erläutert</translation>
    </message>
    <message>
        <source>The findings were presented</source>
        <translation>Die Feststellungen wurden vorgestellt</translation>
    </message>
    <message>
        <source>The client acknowledged the findings</source>
        <translation>Der Kunde hat die Feststellungen zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Meinungsverschiedenheiten</translation>
    </message>
    <message>
        <source>Any disagreement on the findings or conclusions, and how it was resolved or left open</source>
        <translation>Etwaige Meinungsverschiedenheiten über die Feststellungen oder Schlussfolgerungen und ob sie ausgeräumt wurden oder offen geblieben sind</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>isoaudit::MergeDialog</name>
    <message>
        <source>Show &amp;conflicts only</source>
        <translation>Nur &amp;Konflikte anzeigen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Conflict: resolved</source>
        <translation>Konflikt: gelöst</translation>
    </message>
    <message numerus="yes">
        <source>Conflict: %n to resolve</source>
        <translation>
            <numerusform>Konflikt: %n zu lösen</numerusform>
            <numerusform>Konflikt: %n zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every change can be taken as it is.</source>
        <translation>Keine Konflikte: Alle Änderungen können unverändert übernommen werden.</translation>
    </message>
    <message>
        <source>Every conflict has a choice.</source>
        <translation>Für jeden Konflikt ist eine Wahl getroffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict left to resolve.</source>
        <translation>
            <numerusform>%n Konflikt ist noch zu lösen.</numerusform>
            <numerusform>%n Konflikte sind noch zu lösen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts left to resolve.</source>
        <translation>
            <numerusform>%n Konflikt ist noch zu lösen.</numerusform>
            <numerusform>%n Konflikte sind noch zu lösen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a version for every conflict first</source>
        <translation>Wählen Sie zuerst für jeden Konflikt eine Fassung</translation>
    </message>
</context>
<context>
    <name>isoaudit::MultiLineTextDelegate</name>
    <message>
        <source>Enter adds a line; Ctrl+Enter or Tab saves; Esc cancels.</source>
        <translation>Enter fügt eine Zeile hinzu; Ctrl+Enter oder Tab speichert; Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>isoaudit::NewAuditWizard</name>
    <message>
        <source>New Audit</source>
        <translation>Neues Audit</translation>
    </message>
    <message>
        <source>Client and audit type</source>
        <translation>Kunde und Auditart</translation>
    </message>
    <message>
        <source>Who is audited, and which audit of the certification cycle this is.</source>
        <translation>Wer auditiert wird und um welches Audit des Zertifizierungszyklus es sich handelt.</translation>
    </message>
    <message>
        <source>e.g. Northwind Logistics Ltd</source>
        <translation>z. B. Nordwind Logistik GmbH</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Auditart</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Berichtsnummer</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>Audit&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Report number:</source>
        <translation>&amp;Berichtsnummer:</translation>
    </message>
    <message>
        <source>Dates, scope and sites</source>
        <translation>Termine, Anwendungsbereich und Standorte</translation>
    </message>
    <message>
        <source>The on-site days, the certification scope as the client states it, and the sites visited.</source>
        <translation>Die Audittage vor Ort, der Anwendungsbereich der Zertifizierung laut Kunde und die besuchten Standorte.</translation>
    </message>
    <message>
        <source>First audit day</source>
        <translation>Erster Audittag</translation>
    </message>
    <message>
        <source>Last audit day</source>
        <translation>Letzter Audittag</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Anwendungsbereich</translation>
    </message>
    <message>
        <source>The ISMS scope statement, e.g. &quot;Development and operation of …&quot;</source>
        <translation>Die Festlegung des Anwendungsbereichs des ISMS, z. B. „Entwicklung und Betrieb von …“</translation>
    </message>
    <message>
        <source>Sites, one per line</source>
        <translation>Standorte, einer je Zeile</translation>
    </message>
    <message>
        <source>One site per line</source>
        <translation>Ein Standort je Zeile</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Anwendungsbereich:</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>&amp;Standorte:</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <source>The lead auditor signs the report; add the other team members with their roles.</source>
        <translation>Der Auditteamleiter signiert den Bericht; fügen Sie die übrigen Teammitglieder mit ihren Rollen hinzu.</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Auditteamleiter</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>&amp;Auditteamleiter:</translation>
    </message>
    <message>
        <source>&amp;Team members (name, role):</source>
        <translation>&amp;Teammitglieder (Name, Rolle):</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role of team member %1</source>
        <translation>Rolle von Teammitglied %1</translation>
    </message>
    <message>
        <source>Your name from Preferences; the lead auditor signs the report</source>
        <translation>Ihr Name aus den Einstellungen; der Auditteamleiter signiert den Bericht</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The organisation of the lead auditor and the auditors, from Preferences</source>
        <translation>Die Organisation des Auditteamleiters und der Auditoren, aus den Einstellungen</translation>
    </message>
    <message>
        <source>Certification &amp;body:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Risk method and deadlines</source>
        <translation>Risikomethode und Fristen</translation>
    </message>
    <message>
        <source>The matrix to record the client&apos;s risks in (adapt it to the client&apos;s own method later in the Risks pane) and how long the client has for corrective actions after the last audit day.</source>
        <translation>Die Matrix, in der die Risiken des Kunden erfasst werden (passen Sie sie später im Bereich „Risiken“ an die eigene Methode des Kunden an), und wie viel Zeit der Kunde nach dem letzten Audittag für Korrekturmaßnahmen hat.</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Risikomethode</translation>
    </message>
    <message>
        <source>The risk matrix the audit starts with; the default comes from Preferences</source>
        <translation>Die Risikomatrix, mit der das Audit beginnt; der Standardwert stammt aus den Einstellungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days to verify a major nonconformity&apos;s correction</source>
        <translation>Tage bis zur Verifizierung der Korrektur einer schwerwiegenden Nichtkonformität</translation>
    </message>
    <message>
        <source>A major nonconformity&apos;s corrective action is due this many days after the last day</source>
        <translation>Die Korrekturmaßnahme einer schwerwiegenden Nichtkonformität ist so viele Tage nach dem letzten Audittag fällig</translation>
    </message>
    <message>
        <source>Days to accept a minor nonconformity&apos;s plan</source>
        <translation>Tage bis zur Akzeptanz des Plans einer geringfügigen Nichtkonformität</translation>
    </message>
    <message>
        <source>A minor nonconformity&apos;s action plan is due this many days after the last day</source>
        <translation>Der Maßnahmenplan einer geringfügigen Nichtkonformität ist so viele Tage nach dem letzten Audittag fällig</translation>
    </message>
    <message>
        <source>&amp;Risk method:</source>
        <translation>&amp;Risikomethode:</translation>
    </message>
    <message>
        <source>&amp;Major nonconformity, verified within:</source>
        <translation>&amp;Schwerwiegende Nichtkonformität, verifiziert innerhalb von:</translation>
    </message>
    <message>
        <source>M&amp;inor nonconformity, plan accepted within:</source>
        <translation>&amp;Geringfügige Nichtkonformität, Plan akzeptiert innerhalb von:</translation>
    </message>
    <message>
        <source>New SOC 2 Engagement</source>
        <translation>Neue SOC 2-Prüfung</translation>
    </message>
    <message>
        <source>Service organization</source>
        <translation>Dienstleistungsunternehmen</translation>
    </message>
    <message>
        <source>The service organization whose system the SOC 2 report describes.</source>
        <translation>Das Dienstleistungsunternehmen, dessen System der SOC 2-Bericht beschreibt.</translation>
    </message>
    <message>
        <source>Service &amp;organization:</source>
        <translation>Dienstleistungs&amp;unternehmen:</translation>
    </message>
    <message>
        <source>e.g. Kestrel Analytics Inc.</source>
        <translation>z. B. Kestrel Analytics GmbH</translation>
    </message>
    <message>
        <source>Engagement team</source>
        <translation>Prüfungsteam</translation>
    </message>
    <message>
        <source>The engagement lead signs the service auditor&apos;s report; add the other members of the engagement team with their roles.</source>
        <translation>Der Auftragsverantwortliche signiert den Bericht des Prüfers des Dienstleistungsunternehmens; fügen Sie die übrigen Mitglieder des Prüfungsteams mit ihren Rollen hinzu.</translation>
    </message>
    <message>
        <source>Engagement &amp;lead:</source>
        <translation>&amp;Auftragsverantwortlicher:</translation>
    </message>
    <message>
        <source>Service auditor&apos;s &amp;firm:</source>
        <translation>&amp;Prüfungsgesellschaft:</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Auftragsverantwortlicher</translation>
    </message>
    <message>
        <source>Your name from Preferences; the engagement lead signs the report</source>
        <translation>Ihr Name aus den Einstellungen; der Auftragsverantwortliche signiert den Bericht</translation>
    </message>
    <message>
        <source>Service auditor&apos;s firm</source>
        <translation>Prüfungsgesellschaft</translation>
    </message>
    <message>
        <source>The CPA firm that performs the examination, from Preferences</source>
        <translation>Die Prüfungsgesellschaft, die die Prüfung durchführt, aus den Einstellungen</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>An ISO/IEC 27001 certification audit, or a SOC 2 examination (an attestation engagement on the Trust Services Criteria)</source>
        <translation>Ein Zertifizierungsaudit nach ISO/IEC 27001 oder eine SOC 2-Prüfung (ein Prüfungsauftrag mit Prüfungsurteil zu den Trust Services Criteria)</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 certification audit</source>
        <translation>Zertifizierungsaudit nach ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>SOC 2 examination (Trust Services Criteria)</source>
        <translation>SOC 2-Prüfung (Trust Services Criteria)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Regelwerk:</translation>
    </message>
    <message>
        <source>System, report type and categories</source>
        <translation>System, Berichtstyp und Kategorien</translation>
    </message>
    <message>
        <source>The system the report describes, whether it speaks as of a date (Type 1) or over a period (Type 2), and the trust services categories in scope.</source>
        <translation>Das System, das der Bericht beschreibt, ob er sich auf einen Stichtag (Typ 1) oder auf einen Zeitraum (Typ 2) bezieht, und die Trust-Services-Kategorien im Prüfungsumfang.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>e.g. Kestrel Insights analytics platform</source>
        <translation>z. B. Analyseplattform Kestrel Insights</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Berichtstyp</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>The common criteria (Security) are in scope of every SOC 2 examination</source>
        <translation>Die gemeinsamen Kriterien (Sicherheit) gehören zum Prüfungsumfang jeder SOC 2-Prüfung</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>Report &amp;type:</source>
        <translation>Berichts&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Stic&amp;htag:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Zeitraum &amp;von:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Zeitraum &amp;bis:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Der Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s).</source>
        <translation>
            <numerusform>%n Monat.</numerusform>
            <numerusform>%n Monate.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Type 2 period is usually 3 to 12 months; IsoAudit will warn.</source>
        <translation>Ein Prüfungszeitraum für Typ 2 umfasst üblicherweise 3 bis 12 Monate; andernfalls gibt IsoAudit eine Warnung aus.</translation>
    </message>
</context>
<context>
    <name>isoaudit::NextAuditDialog</name>
    <message>
        <source>New Audit from This One</source>
        <translation>Neues Audit auf Grundlage dieses Audits</translation>
    </message>
    <message>
        <source>Type of the next audit</source>
        <translation>Art des nächsten Audits</translation>
    </message>
    <message>
        <source>The audits that may follow this one in the certification cycle</source>
        <translation>Die Audits, die im Zertifizierungszyklus auf dieses folgen können</translation>
    </message>
    <message>
        <source>First day of the next audit</source>
        <translation>Erster Tag des nächsten Audits</translation>
    </message>
    <message>
        <source>Last day of the next audit</source>
        <translation>Letzter Tag des nächsten Audits</translation>
    </message>
    <message>
        <source>Lead auditor of the next audit</source>
        <translation>Auditteamleiter des nächsten Audits</translation>
    </message>
    <message>
        <source>Signed report of this audit (optional)</source>
        <translation>Signierter Bericht dieses Audits (optional)</translation>
    </message>
    <message>
        <source>Optional: the signed PDF, recorded in the programme&apos;s history</source>
        <translation>Optional: das signierte PDF, das in der Historie des Auditprogramms vermerkt wird</translation>
    </message>
    <message>
        <source>The report signed for this audit; its SHA-256 must be the signed revision&apos;s</source>
        <translation>Der für dieses Audit signierte Bericht; sein SHA-256 muss dem der signierten Revision entsprechen</translation>
    </message>
    <message>
        <source>File of the next audit</source>
        <translation>Datei des nächsten Audits</translation>
    </message>
    <message>
        <source>Where the next audit is created; an existing file is never overwritten</source>
        <translation>Wo das nächste Audit angelegt wird; eine vorhandene Datei wird nie überschrieben</translation>
    </message>
    <message>
        <source>Why the next audit cannot be created</source>
        <translation>Warum das nächste Audit nicht angelegt werden kann</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the signed report</source>
        <translation>Signierten Bericht auswählen</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the file of the next audit</source>
        <translation>Datei des nächsten Audits auswählen</translation>
    </message>
    <message>
        <source>The next audit takes the client, scope, sites, team, risk method, risk register and Statement of Applicability from this audit as its starting point, the programme with this audit in its history, and every nonconformity still to verify. This audit&apos;s file is only read.</source>
        <translation>Das nächste Audit übernimmt aus diesem Audit Kunde, Anwendungsbereich, Standorte, Team, Risikomethode, Risikoregister und Erklärung zur Anwendbarkeit als Ausgangspunkt, dazu das Auditprogramm mit diesem Audit in der Historie sowie jede noch zu verifizierende Nichtkonformität. Die Datei dieses Audits wird nur gelesen.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>Auditteam&amp;leiter:</translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation>Signierter Be&amp;richt:</translation>
    </message>
    <message>
        <source>&amp;New file:</source>
        <translation>&amp;Neue Datei:</translation>
    </message>
    <message>
        <source>No audit of the certification cycle may follow a %1 audit.</source>
        <translation>Auf ein Audit vom Typ „%1“ kann im Zertifizierungszyklus kein weiteres Audit folgen.</translation>
    </message>
    <message>
        <source>The audit cannot end before it starts.</source>
        <translation>Das Audit kann nicht enden, bevor es beginnt.</translation>
    </message>
    <message>
        <source>Name the file of the next audit.</source>
        <translation>Geben Sie einen Namen für die Datei des nächsten Audits an.</translation>
    </message>
    <message>
        <source>Signed Report of This Audit</source>
        <translation>Signierter Bericht dieses Audits</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>File of the Next Audit</source>
        <translation>Datei des nächsten Audits</translation>
    </message>
    <message>
        <source>IsoAudit files (*.isoaudit)</source>
        <translation>IsoAudit-Dateien (*.isoaudit)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (an existing file is never overwritten).</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen (eine vorhandene Datei wird nie überschrieben).</translation>
    </message>
</context>
<context>
    <name>isoaudit::OpinionPanel</name>
    <message>
        <source>Re&amp;set to recorded</source>
        <translation>Auf erfassten Stand &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Recor&amp;d opinion</source>
        <translation>Prüfungsurteil e&amp;rfassen</translation>
    </message>
    <message>
        <source>Recorded opinion</source>
        <translation>Erfasstes Prüfungsurteil</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Prüfungsurteil</translation>
    </message>
    <message>
        <source>The service auditor&apos;s opinion; the consistency messages below say what it still needs</source>
        <translation>Das Prüfungsurteil des Prüfers des Dienstleistungsunternehmens; die Konsistenzmeldungen darunter zeigen, was noch fehlt</translation>
    </message>
    <message>
        <source>Basis for the opinion</source>
        <translation>Grundlage für das Prüfungsurteil</translation>
    </message>
    <message>
        <source>The matter that gives rise to a qualified or adverse opinion or a disclaimer</source>
        <translation>Der Sachverhalt, der zu einem eingeschränkten oder versagten Prüfungsurteil oder zur Erklärung der Nichtabgabe eines Prüfungsurteils führt</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Nicht erfüllte Kriterien</translation>
    </message>
    <message>
        <source>Tick the criteria the opinion names as not met (Space ticks the current one); a warning icon marks the criteria core proposes</source>
        <translation>Die Kriterien ankreuzen, die das Prüfungsurteil als nicht erfüllt nennt (Space kreuzt das aktuelle an); ein Warnsymbol kennzeichnet die vorgeschlagenen Kriterien</translation>
    </message>
    <message>
        <source>Criteria that may not be met</source>
        <translation>Möglicherweise nicht erfüllte Kriterien</translation>
    </message>
    <message>
        <source>Consistency of the opinion</source>
        <translation>Konsistenz des Prüfungsurteils</translation>
    </message>
    <message>
        <source>Drop the changes and show the recorded opinion again (Alt+S)</source>
        <translation>Die Änderungen verwerfen und wieder das erfasste Prüfungsurteil anzeigen (Alt+Z)</translation>
    </message>
    <message>
        <source>Record the opinion on the engagement (Alt+D or Ctrl+Enter); Edit &gt; Undo takes it back</source>
        <translation>Das Prüfungsurteil für die Prüfung erfassen (Alt+R oder Ctrl+Enter); Bearbeiten &gt; Rückgängig nimmt es zurück</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>&amp;Prüfungsurteil:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <source>Cri&amp;teria not met:</source>
        <translation>&amp;Nicht erfüllte Kriterien:</translation>
    </message>
    <message>
        <source>No SOC 2 engagement open.</source>
        <translation>Keine SOC 2-Prüfung geöffnet.</translation>
    </message>
    <message>
        <source>No opinion recorded yet: the report says the opinion has not been formed.</source>
        <translation>Noch kein Prüfungsurteil erfasst: Der Bericht gibt an, dass das Prüfungsurteil noch nicht gebildet wurde.</translation>
    </message>
    <message>
        <source>Recorded opinion: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Erfasstes Prüfungsurteil: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Criteria not met: %1</source>
        <translation>Nicht erfüllte Kriterien: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Grundlage: %1</translation>
    </message>
    <message>
        <source>%1 — every mapped control failed (%2); effect weighed</source>
        <translation>%1 – jede zugeordnete Kontrolle fehlgeschlagen (%2); Auswirkung beurteilt</translation>
    </message>
    <message>
        <source>%1 — every mapped control failed (%2); effect not weighed yet</source>
        <translation>%1 – jede zugeordnete Kontrolle fehlgeschlagen (%2); Auswirkung noch nicht beurteilt</translation>
    </message>
    <message>
        <source>Proposed as possibly not met: %1</source>
        <translation>Als möglicherweise nicht erfüllt vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>Criteria that may not be met: none; no criterion has all of its controls failing.</source>
        <translation>Möglicherweise nicht erfüllte Kriterien: keine; bei keinem Kriterium sind alle Kontrollen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Criteria that may not be met (proposed, the decision is yours):</source>
        <translation>Möglicherweise nicht erfüllte Kriterien (Vorschlag, die Entscheidung liegt bei Ihnen):</translation>
    </message>
    <message>
        <source>Choose the opinion to record.</source>
        <translation>Wählen Sie das zu erfassende Prüfungsurteil.</translation>
    </message>
    <message>
        <source>This is the opinion on record.</source>
        <translation>Dies ist das erfasste Prüfungsurteil.</translation>
    </message>
    <message>
        <source>Consistent: the opinion can be recorded.</source>
        <translation>Konsistent: Das Prüfungsurteil kann erfasst werden.</translation>
    </message>
    <message>
        <source>Open a SOC 2 engagement first.</source>
        <translation>Öffnen Sie zuerst eine SOC 2-Prüfung.</translation>
    </message>
    <message>
        <source>Record the opinion: %1</source>
        <translation>Prüfungsurteil erfassen: %1</translation>
    </message>
    <message>
        <source>Opinion recorded: %1. Edit &gt; Undo takes it back.</source>
        <translation>Prüfungsurteil erfasst: %1. Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
</context>
<context>
    <name>isoaudit::OverviewPane</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
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
        <translation>Auditart</translation>
    </message>
    <message>
        <source>First audit day</source>
        <translation>Erster Audittag</translation>
    </message>
    <message>
        <source>Last audit day</source>
        <translation>Letzter Audittag</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Berichtsnummer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Anwendungsbereich</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>Audit&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Report no.:</source>
        <translation>&amp;Berichtsnr.:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>An&amp;wendungsbereich:</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Norm:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Standorte:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Certification recommendation</source>
        <translation>Empfehlung zur Zertifizierung</translation>
    </message>
    <message>
        <source>No sites recorded</source>
        <translation>Keine Standorte erfasst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The findings suggest: %1.</source>
        <translation>Die Feststellungen legen nahe: %1.</translation>
    </message>
    <message>
        <source>Change audit type</source>
        <translation>Auditart ändern</translation>
    </message>
    <message>
        <source>Readiness for Stage 2</source>
        <translation>Bereitschaft für Stufe 2</translation>
    </message>
    <message>
        <source>Continuation of certification</source>
        <translation>Aufrechterhaltung der Zertifizierung</translation>
    </message>
    <message>
        <source>Renewal of certification</source>
        <translation>Erneuerung der Zertifizierung</translation>
    </message>
    <message>
        <source>Follow-up conclusion</source>
        <translation>Schlussfolgerung zur Nachverfolgung</translation>
    </message>
    <message>
        <source>Readi&amp;ness for Stage 2:</source>
        <translation>B&amp;ereitschaft für Stufe 2:</translation>
    </message>
    <message>
        <source>Co&amp;ntinuation:</source>
        <translation>Aufr&amp;echterhaltung:</translation>
    </message>
    <message>
        <source>Re&amp;newal:</source>
        <translation>&amp;Erneuerung:</translation>
    </message>
    <message>
        <source>Co&amp;nclusion:</source>
        <translation>Schlussfolg&amp;erung:</translation>
    </message>
    <message>
        <source>Recomme&amp;ndation:</source>
        <translation>&amp;Empfehlung:</translation>
    </message>
    <message>
        <source>Lifecycle and readiness for Stage 2</source>
        <translation>Status und Bereitschaft für Stufe 2</translation>
    </message>
    <message>
        <source>Lifecycle and continuation of certification</source>
        <translation>Status und Aufrechterhaltung der Zertifizierung</translation>
    </message>
    <message>
        <source>Lifecycle and renewal of certification</source>
        <translation>Status und Erneuerung der Zertifizierung</translation>
    </message>
    <message>
        <source>Lifecycle and follow-up conclusion</source>
        <translation>Status und Schlussfolgerung zur Nachverfolgung</translation>
    </message>
    <message>
        <source>Lifecycle and certification recommendation</source>
        <translation>Status und Empfehlung zur Zertifizierung</translation>
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
        <translation>Uhrzeit</translation>
    </message>
</context>
<context>
    <name>isoaudit::PopulationImportDialog</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Import population</source>
        <translation>Grundgesamtheit importieren</translation>
    </message>
    <message>
        <source>Population file</source>
        <translation>Datei der Grundgesamtheit</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, one row per occurrence</source>
        <translation>Eine CSV- oder XLSX-Datei, eine Zeile je Durchführung</translation>
    </message>
    <message>
        <source>The client&apos;s list of the control&apos;s occurrences: one row each, with an id and a date</source>
        <translation>Die Liste des Kunden mit den Durchführungen der Kontrolle: je eine Zeile mit ID und Datum</translation>
    </message>
    <message>
        <source>Browse for the population file</source>
        <translation>Nach der Datei der Grundgesamtheit suchen</translation>
    </message>
    <message>
        <source>Choose the CSV or XLSX file</source>
        <translation>Die CSV- oder XLSX-Datei auswählen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the list</source>
        <translation>Das Arbeitsblatt der Arbeitsmappe, das die Liste enthält</translation>
    </message>
    <message>
        <source>Id column</source>
        <translation>ID-Spalte</translation>
    </message>
    <message>
        <source>The column that identifies each occurrence (a ticket or change number)</source>
        <translation>Die Spalte, die jede Durchführung identifiziert (eine Ticket- oder Änderungsnummer)</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Datumsspalte</translation>
    </message>
    <message>
        <source>The column with the date of each occurrence</source>
        <translation>Die Spalte mit dem Datum jeder Durchführung</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>How the dates are written when they are not ISO (YYYY-MM-DD); ISO dates are always read. Type a Qt date format for another one.</source>
        <translation>Wie die Datumsangaben geschrieben sind, wenn sie nicht im ISO-Format (YYYY-MM-DD) vorliegen; ISO-Datumsangaben werden immer gelesen. Geben Sie für ein anderes Format ein Qt-Datumsformat ein.</translation>
    </message>
    <message>
        <source>ISO only (YYYY-MM-DD)</source>
        <translation>Nur ISO (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Rows outside the period</source>
        <translation>Zeilen außerhalb des Zeitraums</translation>
    </message>
    <message>
        <source>Rows dated outside the engagement&apos;s period are kept and flagged (left out of the sampling frame), or the import is refused</source>
        <translation>Zeilen mit einem Datum außerhalb des Prüfungszeitraums werden behalten und markiert (nicht in der Auswahlgrundlage), oder der Import wird abgelehnt</translation>
    </message>
    <message>
        <source>Keep and flag them (not sampled)</source>
        <translation>Behalten und markieren (nicht für die Stichprobe)</translation>
    </message>
    <message>
        <source>Refuse the import</source>
        <translation>Import ablehnen</translation>
    </message>
    <message>
        <source>Population name</source>
        <translation>Name der Grundgesamtheit</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>Der Dateiname</translation>
    </message>
    <message>
        <source>A name for the population; the file&apos;s name when left empty</source>
        <translation>Ein Name für die Grundgesamtheit; ohne Angabe der Dateiname</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Importproblem</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the population</source>
        <translation>Die Grundgesamtheit importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arbeitsblatt:</translation>
    </message>
    <message>
        <source>&amp;Id column:</source>
        <translation>ID-Spa&amp;lte:</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>Da&amp;tumsspalte:</translation>
    </message>
    <message>
        <source>Date f&amp;ormat:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>Rows outside the &amp;period:</source>
        <translation>Zeilen außerhalb des &amp;Zeitraums:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The rows are frozen on import: their count and SHA-256 are recorded, and they cannot be changed afterwards. Undo removes the population.</source>
        <translation>Die Zeilen werden beim Import festgeschrieben: Ihre Anzahl und ihr SHA-256-Wert werden erfasst, und sie können danach nicht mehr geändert werden. Rückgängig entfernt die Grundgesamtheit.</translation>
    </message>
    <message>
        <source>Import population for %1</source>
        <translation>Grundgesamtheit für %1 importieren</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;.</source>
        <translation>Die Arbeitsmappe hat kein Arbeitsblatt „%1“.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>(column without a header)</source>
        <translation>(Spalte ohne Überschrift)</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>The file&apos;s header could not be read.</source>
        <translation>Die Kopfzeile der Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Choose the id column.</source>
        <translation>Wählen Sie die ID-Spalte.</translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation>Wählen Sie die Datumsspalte.</translation>
    </message>
    <message>
        <source>The id and the date must be two different columns.</source>
        <translation>ID und Datum müssen in zwei verschiedenen Spalten stehen.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>isoaudit::PopulationRowsModel</name>
    <message>
        <source>The population holds fewer rows than recorded at its import.</source>
        <translation>Die Grundgesamtheit enthält weniger Zeilen als beim Import erfasst.</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Im Zeitraum</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>Außerhalb des Zeitraums</translation>
    </message>
    <message>
        <source>Outside the engagement&apos;s period: not in the sampling frame</source>
        <translation>Außerhalb des Prüfungszeitraums: nicht in der Auswahlgrundlage</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
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
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>isoaudit::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Choose a page of preferences</source>
        <translation>Wählen Sie eine Seite der Einstellungen</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>You, as the audit trail names you, and the language IsoAudit speaks</source>
        <translation>Sie selbst, wie das Änderungsprotokoll Sie nennt, und die Sprache von IsoAudit</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The certification body you audit for</source>
        <translation>Die Zertifizierungsstelle, für die Sie auditieren</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>What the report preview, export and signing start with</source>
        <translation>Womit Berichtsvorschau, Export und Signatur beginnen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Rolling backups of the open audit</source>
        <translation>Fortlaufende Sicherungen des geöffneten Audits</translation>
    </message>
    <message>
        <source>New audits</source>
        <translation>Neue Audits</translation>
    </message>
    <message>
        <source>What the New Audit wizard starts a new audit with</source>
        <translation>Womit der Assistent „Neues Audit“ ein neues Audit beginnt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Check and store the preferences, then close</source>
        <translation>Einstellungen prüfen, speichern und schließen</translation>
    </message>
    <message>
        <source>Close without storing the changes</source>
        <translation>Schließen, ohne die Änderungen zu speichern</translation>
    </message>
    <message>
        <source>Check and store the preferences, and stay here</source>
        <translation>Einstellungen prüfen und speichern, Dialog bleibt offen</translation>
    </message>
    <message>
        <source>Fill every page with the defaults; OK or Apply stores them</source>
        <translation>Alle Seiten mit den Standardwerten füllen; OK oder Übernehmen speichert sie</translation>
    </message>
    <message>
        <source>Your user name when empty</source>
        <translation>Ihr Benutzername, wenn leer</translation>
    </message>
    <message>
        <source>Auditor&apos;s name</source>
        <translation>Name des Auditors</translation>
    </message>
    <message>
        <source>Names you in the audit trail and in file locks, and is the lead auditor the New Audit wizard proposes</source>
        <translation>Nennt Sie im Änderungsprotokoll und in Dateisperren und ist der Auditteamleiter, den der Assistent „Neues Audit“ vorschlägt</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Systemeinstellung verwenden (%1)</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>The language of menus, panes and dialogs</source>
        <translation>Die Sprache von Menüs, Bereichen und Dialogen</translation>
    </message>
    <message>
        <source>The new language takes effect when IsoAudit is restarted.</source>
        <translation>Die neue Sprache wird nach einem Neustart von IsoAudit wirksam.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>e.g. Nordic Certification A/S</source>
        <translation>z. B. Nordic Certification A/S</translation>
    </message>
    <message>
        <source>Certification body&apos;s name</source>
        <translation>Name der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>New audits name it as the organisation of the lead auditor and the auditors; the report&apos;s audit team and signature page show it</source>
        <translation>Neue Audits nennen sie als Organisation des Auditteamleiters und der Auditoren; Auditteam und Unterschriftenseite des Berichts zeigen sie</translation>
    </message>
    <message>
        <source>Street, postcode and town, country</source>
        <translation>Straße, Postleitzahl und Ort, Land</translation>
    </message>
    <message>
        <source>Certification body&apos;s address</source>
        <translation>Anschrift der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The postal address, on as many lines as needed</source>
        <translation>Die Postanschrift, auf so vielen Zeilen wie nötig</translation>
    </message>
    <message>
        <source>e.g. DANAK reg. no. 6012</source>
        <translation>z. B. DAkkS D-ZM-12345-01-00</translation>
    </message>
    <message>
        <source>Accreditation number</source>
        <translation>Akkreditierungsnummer</translation>
    </message>
    <message>
        <source>The accreditation body and number under which the certification body certifies ISMSs</source>
        <translation>Akkreditierungsstelle und Nummer, unter der die Zertifizierungsstelle ISMS zertifiziert</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
    </message>
    <message>
        <source>A&amp;ccreditation:</source>
        <translation>A&amp;kkreditierung:</translation>
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
        <translation>Standard-Papierformat</translation>
    </message>
    <message>
        <source>The paper a report is laid out on unless you choose another for that report</source>
        <translation>Das Papierformat, auf dem ein Bericht gesetzt wird, sofern Sie für diesen Bericht kein anderes wählen</translation>
    </message>
    <message>
        <source>Same as the user interface</source>
        <translation>Wie die Benutzeroberfläche</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Standard-Berichtssprache</translation>
    </message>
    <message>
        <source>The language a report is written in unless you choose another for that report</source>
        <translation>Die Sprache, in der ein Bericht verfasst wird, sofern Sie für diesen Bericht keine andere wählen</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>A folder beside each audit file</source>
        <translation>Ein Ordner neben jeder Auditdatei</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Where the rolling backups go; empty keeps them in a folder beside each audit file</source>
        <translation>Wohin die fortlaufenden Sicherungen geschrieben werden; leer bedeutet: in einen Ordner neben jeder Auditdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Backup interval in minutes</source>
        <translation>Sicherungsintervall in Minuten</translation>
    </message>
    <message>
        <source>How often the open audit is backed up while it changes (also on opening and closing it)</source>
        <translation>Wie oft das geöffnete Audit gesichert wird, während es sich ändert (auch beim Öffnen und Schließen)</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Backups kept per audit</source>
        <translation>Aufbewahrte Sicherungen je Audit</translation>
    </message>
    <message>
        <source>The oldest backups beyond this number are deleted</source>
        <translation>Die ältesten Sicherungen über dieser Anzahl werden gelöscht</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Sichern &amp;alle:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>Default risk method</source>
        <translation>Standard-Risikomethode</translation>
    </message>
    <message>
        <source>The risk matrix a new audit starts with; record the client&apos;s own method in the Risks pane</source>
        <translation>Die Risikomatrix, mit der ein neues Audit beginnt; erfassen Sie die eigene Methode des Kunden im Bereich „Risiken“</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days to verify a major nonconformity&apos;s correction</source>
        <translation>Tage bis zur Verifizierung der Korrektur einer schwerwiegenden Nichtkonformität</translation>
    </message>
    <message>
        <source>A major nonconformity&apos;s corrective action is due this many days after the audit&apos;s last day</source>
        <translation>Die Korrekturmaßnahme einer schwerwiegenden Nichtkonformität ist so viele Tage nach dem letzten Audittag fällig</translation>
    </message>
    <message>
        <source>Days to accept a minor nonconformity&apos;s plan</source>
        <translation>Tage bis zur Akzeptanz des Plans einer geringfügigen Nichtkonformität</translation>
    </message>
    <message>
        <source>A minor nonconformity&apos;s action plan is due this many days after the audit&apos;s last day</source>
        <translation>Der Maßnahmenplan einer geringfügigen Nichtkonformität ist so viele Tage nach dem letzten Audittag fällig</translation>
    </message>
    <message>
        <source>&amp;Risk method:</source>
        <translation>&amp;Risikomethode:</translation>
    </message>
    <message>
        <source>&amp;Major nonconformity, verified within:</source>
        <translation>&amp;Schwerwiegende Nichtkonformität, verifiziert innerhalb von:</translation>
    </message>
    <message>
        <source>M&amp;inor nonconformity, plan accepted within:</source>
        <translation>&amp;Geringfügige Nichtkonformität, Plan akzeptiert innerhalb von:</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Suggest a major nonconformity when too many samples fail</source>
        <translation>Schwerwiegende Nichtkonformität vorschlagen, wenn zu viele Stichproben fehlerhaft sind</translation>
    </message>
    <message>
        <source>Your certification body&apos;s own sampling policy, applied by the classification assistant and named as policy in its rationale. ISO/IEC 17021-1 sets no failure rate; leave this off if your body has no such policy.</source>
        <translation>Die eigene Stichprobenrichtlinie Ihrer Zertifizierungsstelle; die Einstufungshilfe wendet sie an und weist sie in ihrer Begründung als Richtlinie aus. ISO/IEC 17021-1 legt keine Fehlerquote fest; lassen Sie dies deaktiviert, wenn Ihre Stelle keine solche Richtlinie hat.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of failed samples above which the policy suggests major</source>
        <translation>Anteil fehlerhafter Stichproben, oberhalb dessen die Richtlinie eine schwerwiegende Nichtkonformität vorschlägt</translation>
    </message>
    <message>
        <source>More than this share of the samples failed</source>
        <translation>Mehr als dieser Anteil der Stichproben war fehlerhaft</translation>
    </message>
    <message>
        <source> failed samples</source>
        <translation> fehlerhafte Stichproben</translation>
    </message>
    <message>
        <source>Least number of failed samples for the policy</source>
        <translation>Mindestzahl fehlerhafter Stichproben für die Richtlinie</translation>
    </message>
    <message>
        <source>The policy applies only from this many failed samples on</source>
        <translation>Die Richtlinie gilt erst ab dieser Zahl fehlerhafter Stichproben</translation>
    </message>
    <message>
        <source>Sampling policy:</source>
        <translation>Stichprobenrichtlinie:</translation>
    </message>
    <message>
        <source>Failure &amp;rate above:</source>
        <translation>&amp;Fehlerquote über:</translation>
    </message>
    <message>
        <source>A&amp;t least:</source>
        <translation>&amp;Mindestens:</translation>
    </message>
    <message>
        <source>The standard&apos;s terms</source>
        <translation>Die Begriffe der Norm</translation>
    </message>
    <message>
        <source>Major and minor nonconformity, observation, opportunity for improvement, as ISO/IEC 17021-1 names them in each language</source>
        <translation>Schwerwiegende und geringfügige Nichtkonformität, Beobachtung, Verbesserungspotenzial, wie ISO/IEC 17021-1 sie in jeder Sprache nennt</translation>
    </message>
    <message>
        <source>The certification body&apos;s terms</source>
        <translation>Die Begriffe der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The words many certification bodies use in their reports where they differ from the standard&apos;s (German Haupt-/Nebenabweichung, French point sensible and piste de progrès); a policy of the body, not of the standard</source>
        <translation>Die Wörter, die viele Zertifizierungsstellen in ihren Berichten verwenden, wo sie von denen der Norm abweichen (deutsch Haupt-/Nebenabweichung, französisch point sensible und piste de progrès); eine Vorgabe der Stelle, nicht der Norm</translation>
    </message>
    <message>
        <source>Wording of the finding grades</source>
        <translation>Bezeichnung der Einstufungen</translation>
    </message>
    <message>
        <source>How the reports and the workbench name the finding grades: the standard&apos;s terms or those of your certification body</source>
        <translation>Wie Berichte und Arbeitsbereich die Einstufungen der Feststellungen nennen: mit den Begriffen der Norm oder denen Ihrer Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Wording of grades:</source>
        <translation>&amp;Bezeichnung der Einstufungen:</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeAuditModel</name>
    <message>
        <source>This audit&apos;s row shows the audit itself: edit its type and dates under Audit, its outcome under the lifecycle.</source>
        <translation>Die Zeile dieses Audits zeigt das Audit selbst: Auditart und Audittage unter „Audit“ bearbeiten, das Ergebnis unter „Status“.</translation>
    </message>
    <message>
        <source>History: from the signed report of that audit; it cannot be edited.</source>
        <translation>Historie: aus dem signierten Bericht dieses Audits; sie kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>A planned audit can only be planned or cancelled here; it becomes current or completed when it is carried out.</source>
        <translation>Ein geplantes Audit kann hier nur geplant oder abgesagt werden; zum aktuellen oder abgeschlossenen Audit wird es, wenn es durchgeführt wird.</translation>
    </message>
    <message>
        <source>The audit would be due by %1, before its window opens on %2.</source>
        <translation>Das Audit wäre bis %1 fällig, bevor sein Zeitfenster am %2 beginnt.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>History: from the signed report of that audit</source>
        <translation>Historie: aus dem signierten Bericht dieses Audits</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Cancelled: kept in the programme as the client&apos;s record</source>
        <translation>Abgesagt: bleibt als Nachweis für den Kunden im Auditprogramm</translation>
    </message>
    <message>
        <source>Planned: the client&apos;s programme, editable</source>
        <translation>Geplant: Auditprogramm des Kunden, bearbeitbar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Auditart</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Fällig ab</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Audittage</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Auditteamleiter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Edit programme audit %1</source>
        <translation>Audit %1 des Auditprogramms bearbeiten</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeForm</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Certification &amp;programme</source>
        <translation>Zertifizierungs&amp;programm</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Zertifikatsnummer</translation>
    </message>
    <message>
        <source>SoA version certified</source>
        <translation>Zertifizierte SoA-Version</translation>
    </message>
    <message>
        <source>Certified sites</source>
        <translation>Zertifizierte Standorte</translation>
    </message>
    <message>
        <source>The sites the certificate names</source>
        <translation>Die im Zertifikat genannten Standorte</translation>
    </message>
    <message>
        <source>Certification decision date</source>
        <translation>Datum der Zertifizierungsentscheidung</translation>
    </message>
    <message>
        <source>The certification decision: surveillance audits are due within 12 and 24 months of it</source>
        <translation>Die Zertifizierungsentscheidung: Überwachungsaudits sind innerhalb von 12 bzw. 24 Monaten danach fällig</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Zertifikat ausgestellt</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>Zertifikat gültig bis</translation>
    </message>
    <message>
        <source>Certificate scope statement</source>
        <translation>Geltungsbereich laut Zertifikat</translation>
    </message>
    <message>
        <source>The scope statement as the certificate words it</source>
        <translation>Der Geltungsbereich im Wortlaut des Zertifikats</translation>
    </message>
    <message>
        <source>Certificate &amp;no.:</source>
        <translation>Zertifikats&amp;nr.:</translation>
    </message>
    <message>
        <source>SoA &amp;version certified:</source>
        <translation>Zertifizierte SoA-&amp;Version:</translation>
    </message>
    <message>
        <source>Scope statement:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>Audits of the programme</source>
        <translation>Audits des Auditprogramms</translation>
    </message>
    <message>
        <source>Add an audit to the client&apos;s programme (undoable)</source>
        <translation>Ein Audit in das Auditprogramm des Kunden aufnehmen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Remove planned audit</source>
        <translation>Geplantes Audit entfernen</translation>
    </message>
    <message>
        <source>Remove the selected planned or cancelled audit; history cannot be removed</source>
        <translation>Das ausgewählte geplante oder abgesagte Audit entfernen; die Historie kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Plan the c&amp;ycle</source>
        <translation>Zyklus p&amp;lanen</translation>
    </message>
    <message>
        <source>Add the cycle&apos;s surveillance and recertification audits when none are planned, and date them from the certification decision (one undo step)</source>
        <translation>Die Überwachungs- und Rezertifizierungsaudits des Zyklus hinzufügen, wenn keine geplant sind, und ab der Zertifizierungsentscheidung terminieren (in einem rückgängig machbaren Schritt)</translation>
    </message>
    <message>
        <source>The cycle is planned already: nothing to add or date. Without a decision date the planned audits stay undated.</source>
        <translation>Der Zyklus ist bereits geplant: Es gibt nichts hinzuzufügen oder zu terminieren. Ohne Entscheidungsdatum bleiben die geplanten Audits ohne Termin.</translation>
    </message>
    <message>
        <source>Programme audits added or dated: %1.</source>
        <translation>Audits des Auditprogramms hinzugefügt oder terminiert: %1.</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Fällig bis %1</translation>
    </message>
    <message>
        <source>Not on the timeline yet (no date): %1.</source>
        <translation>Noch nicht auf der Zeitleiste (ohne Datum): %1.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
    <message>
        <source>Add planned audit</source>
        <translation>Geplantes Audit hinzufügen</translation>
    </message>
    <message>
        <source>Select a planned audit to remove.</source>
        <translation>Wählen Sie das geplante Audit aus, das entfernt werden soll.</translation>
    </message>
    <message>
        <source>History and this audit stay in the programme: only planned or cancelled audits can be removed.</source>
        <translation>Die Historie und dieses Audit bleiben im Auditprogramm: Nur geplante oder abgesagte Audits können entfernt werden.</translation>
    </message>
    <message>
        <source>Plan the cycle</source>
        <translation>Zyklus planen</translation>
    </message>
    <message>
        <source>Cert&amp;ified sites:</source>
        <translation>Zertifizierte S&amp;tandorte:</translation>
    </message>
    <message>
        <source>Decisi&amp;on date:</source>
        <translation>Entscheidungsdat&amp;um:</translation>
    </message>
    <message>
        <source>Add planned a&amp;udit</source>
        <translation>Geplantes Audit hinzu&amp;fügen</translation>
    </message>
</context>
<context>
    <name>isoaudit::ProgrammeTimeline</name>
    <message>
        <source>Certification cycle timeline</source>
        <translation>Zeitleiste des Zertifizierungszyklus</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
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
        <translation>Keine zuletzt geöffneten Audits</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>isoaudit::ReportContentForm</name>
    <message>
        <source>R&amp;eport content</source>
        <translation>Berichts&amp;inhalt</translation>
    </message>
    <message>
        <source>%1 — remarks</source>
        <translation>%1 – Bemerkungen</translation>
    </message>
    <message>
        <source>What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Every answer signing needs is given.</source>
        <translation>Was der Bericht nach ISO/IEC 17021-1 (9.4.8) und ISO/IEC 27006 angeben muss. Alle für die Signatur erforderlichen Antworten liegen vor.</translation>
    </message>
    <message numerus="yes">
        <source>What ISO/IEC 17021-1 (9.4.8) and ISO/IEC 27006 ask the report to state. Answers still needed before the report can be signed (marked in red): %n.</source>
        <translation>
            <numerusform>Was der Bericht nach ISO/IEC 17021-1 (9.4.8) und ISO/IEC 27006 angeben muss. Vor der Signatur noch erforderliche Antworten (rot markiert): %n.</numerusform>
            <numerusform>Was der Bericht nach ISO/IEC 17021-1 (9.4.8) und ISO/IEC 27006 angeben muss. Vor der Signatur noch erforderliche Antworten (rot markiert): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered &quot;%1&quot;: the reason is needed before the report can be signed (%2).</source>
        <translation>Mit „%1“ beantwortet: Die Begründung ist erforderlich, bevor der Bericht signiert werden kann (%2).</translation>
    </message>
    <message>
        <source>Not answered yet: needed before the report can be signed (%1).</source>
        <translation>Noch nicht beantwortet: erforderlich, bevor der Bericht signiert werden kann (%1).</translation>
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
        <translation>Papierformat von Vorschau, Ausdruck und exportiertem PDF</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language the report is written in</source>
        <translation>Sprache, in der der Bericht verfasst wird</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Lay out the report again from the audit (F5)</source>
        <translation>Den Bericht neu aus dem Audit setzen (F5)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Breite anpassen</translation>
    </message>
    <message>
        <source>Zoom the preview to the width of the page</source>
        <translation>Die Vorschau auf die Seitenbreite zoomen</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>An Seitenbreite anpassen</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>&amp;Ganze Seite</translation>
    </message>
    <message>
        <source>Zoom the preview to show whole pages</source>
        <translation>Die Vorschau so zoomen, dass ganze Seiten zu sehen sind</translation>
    </message>
    <message>
        <source>Show whole page</source>
        <translation>Ganze Seite anzeigen</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the report for signing at the closing meeting (Ctrl+P)</source>
        <translation>Den Bericht zur Unterschrift im Abschlussgespräch drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the report as a PDF/A file</source>
        <translation>Den Bericht als PDF/A-Datei speichern</translation>
    </message>
    <message>
        <source>Sig&amp;n report…</source>
        <translation>Bericht s&amp;ignieren…</translation>
    </message>
    <message>
        <source>Sign the final report with your certificate; this is how the audit becomes signed</source>
        <translation>Den endgültigen Bericht mit Ihrem Zertifikat signieren; so wird das Audit signiert</translation>
    </message>
    <message>
        <source>A&amp;dd signature…</source>
        <translation>Signatur &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a further signature (the client&apos;s representative, a technical reviewer) to the signed report</source>
        <translation>Dem signierten Bericht eine weitere Signatur hinzufügen (Vertreter des Kunden, technischer Reviewer)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Open an audit to see its report.</source>
        <translation>Öffnen Sie ein Audit, um seinen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Bericht wird gedruckt…</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Auditbericht</translation>
    </message>
    <message>
        <source>Print Audit Report</source>
        <translation>Auditbericht drucken</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>Bericht an %1 gesendet.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-Bericht</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Bericht nach %1 exportiert.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryConnectDialog</name>
    <message>
        <source>Open from the Repository</source>
        <translation>Aus dem Repository öffnen</translation>
    </message>
    <message>
        <source>Sign In to the Repository</source>
        <translation>Am Repository anmelden</translation>
    </message>
    <message>
        <source>The repository&apos;s address, as your certification body gives it; never with a password</source>
        <translation>Die Adresse des Repositorys, wie Ihre Zertifizierungsstelle sie angibt; nie mit Passwort</translation>
    </message>
    <message>
        <source>Your user name on the repository&apos;s server (empty: your name on this computer)</source>
        <translation>Ihr Benutzername auf dem Server des Repositorys (leer: Ihr Name auf diesem Computer)</translation>
    </message>
    <message>
        <source>Asked for each time unless the desktop keychain keeps it; never written to a file</source>
        <translation>Wird jedes Mal abgefragt, sofern der Schlüsselbund des Desktops es nicht speichert; wird nie in eine Datei geschrieben</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect and list the audits you may see</source>
        <translation>Verbinden und die Audits auflisten, die Sie sehen dürfen</translation>
    </message>
    <message>
        <source>Audits in the repository</source>
        <translation>Audits im Repository</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Auditart</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Checked out by</source>
        <translation>Ausgecheckt von</translation>
    </message>
    <message>
        <source>C&amp;heck Out…</source>
        <translation>A&amp;uschecken…</translation>
    </message>
    <message>
        <source>Write the chosen audit to a file on this computer for offline work, and open it</source>
        <translation>Das gewählte Audit zur Offline-Bearbeitung in eine Datei auf diesem Computer schreiben und öffnen</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address, for example postgresql://db.example.org/isoaudit.</source>
        <translation>Geben Sie die Adresse des Repositorys ein, zum Beispiel postgresql://db.example.org/isoaudit.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Connected, but there is no audit you may see in this repository.</source>
        <translation>Verbunden, aber in diesem Repository gibt es kein Audit, das Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Connect, then choose the audit to check out.</source>
        <translation>Verbinden Sie sich, und wählen Sie dann das Audit zum Auschecken.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryController</name>
    <message>
        <source>Check Out to a File</source>
        <translation>In eine Datei auschecken</translation>
    </message>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>ISO-27001-Audits (*.isoaudit);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking out %1…</source>
        <translation>%1 wird ausgecheckt…</translation>
    </message>
    <message>
        <source>Cannot Check Out the Audit</source>
        <translation>Audit kann nicht ausgecheckt werden</translation>
    </message>
    <message>
        <source>Checked out %1 from %2</source>
        <translation>%1 aus %2 ausgecheckt</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Wird in %1 hochgeladen…</translation>
    </message>
    <message>
        <source>Cannot Push the Audit</source>
        <translation>Audit kann nicht hochgeladen werden</translation>
    </message>
    <message>
        <source>%1

The repository and the file are as they were.</source>
        <translation>%1

Repository und Datei sind unverändert.</translation>
    </message>
    <message>
        <source>Push cancelled: nothing was sent.</source>
        <translation>Hochladen abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Not in a Repository</source>
        <translation>Nicht in einem Repository</translation>
    </message>
    <message>
        <source>This audit is a file on this computer only. File ▸ Repository ▸ Push stores it in the repository; Open from the Repository… checks one out.</source>
        <translation>Dieses Audit ist nur als Datei auf diesem Computer vorhanden. Datei ▸ Repository ▸ Hochladen speichert es im Repository; Aus dem Repository öffnen… checkt ein Audit aus.</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Wird von %1 abgerufen…</translation>
    </message>
    <message>
        <source>Cannot Pull the Audit</source>
        <translation>Audit kann nicht abgerufen werden</translation>
    </message>
    <message>
        <source>%1

The file is as it was.</source>
        <translation>%1

Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>The server&apos;s version could not replace %1; the file is as it was.</source>
        <translation>Der Stand des Servers konnte %1 nicht ersetzen; die Datei ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Pulled the repository&apos;s version: %n new changes.</source>
        <translation>
            <numerusform>Stand des Repositorys abgerufen: %n neue Änderung.</numerusform>
            <numerusform>Stand des Repositorys abgerufen: %n neue Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your teams on %1…</source>
        <translation>Ihre Teams in %1 werden gelesen…</translation>
    </message>
    <message>
        <source>%1

Nothing was sent; the file is as it was.</source>
        <translation>%1

Es wurde nichts gesendet; die Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RepositoryTeamDialog</name>
    <message>
        <source>Choose the Audit&apos;s Team</source>
        <translation>Team des Audits auswählen</translation>
    </message>
    <message>
        <source>This audit is new in the repository %1. Choose the team it is filed under: the repository shows it to that team&apos;s auditors only, and it stays in that team on every later push.</source>
        <translation>Dieses Audit ist neu im Repository %1. Wählen Sie das Team, unter dem es abgelegt wird: Das Repository zeigt es nur den Auditoren dieses Teams, und es bleibt bei jedem späteren Hochladen in diesem Team.</translation>
    </message>
    <message>
        <source>The audit of %1 is new in the repository %2. Choose the team it is filed under: the repository shows it to that team&apos;s auditors only, and it stays in that team on every later push.</source>
        <translation>Das Audit bei %1 ist neu im Repository %2. Wählen Sie das Team, unter dem es abgelegt wird: Das Repository zeigt es nur den Auditoren dieses Teams, und es bleibt bei jedem späteren Hochladen in diesem Team.</translation>
    </message>
    <message>
        <source>The teams you belong to in this repository</source>
        <translation>Die Teams, denen Sie in diesem Repository angehören</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Store the audit in the repository under the chosen team</source>
        <translation>Das Audit unter dem gewählten Team im Repository speichern</translation>
    </message>
</context>
<context>
    <name>isoaudit::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to. The audit as it is now is kept as a backup first, so a restore can itself be undone.</source>
        <translation>Wählen Sie die Sicherung von %1, zu der Sie zurückkehren möchten. Der aktuelle Stand des Audits wird zuvor als Sicherung aufbewahrt, sodass sich auch eine Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet.</source>
        <translation>In %2 gibt es noch keine Sicherungen von %1.</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskChecksPanel</name>
    <message>
        <source>&amp;Raise finding</source>
        <translation>Feststellung &amp;erfassen</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Cross-check results for the selected risk</source>
        <translation>Ergebnisse der Konsistenzprüfung für das ausgewählte Risiko</translation>
    </message>
    <message>
        <source>Create a finding from this result, with the suggested grade and evidence</source>
        <translation>Aus diesem Ergebnis eine Feststellung mit der vorgeschlagenen Einstufung und den Nachweisen erstellen</translation>
    </message>
    <message>
        <source>Record why this result is not a finding; the reason is kept with the audit</source>
        <translation>Begründen, warum dieses Ergebnis keine Feststellung ist; die Begründung wird mit dem Audit gespeichert</translation>
    </message>
    <message>
        <source>Cross-checks</source>
        <translation>Konsistenzprüfungen</translation>
    </message>
    <message>
        <source>Select a risk to see the cross-checks that concern it.</source>
        <translation>Wählen Sie ein Risiko aus, um die zugehörigen Konsistenzprüfungen zu sehen.</translation>
    </message>
    <message>
        <source>Cross-checks for %1</source>
        <translation>Konsistenzprüfungen für %1</translation>
    </message>
    <message>
        <source>No cross-check concerns %1.</source>
        <translation>Keine Konsistenzprüfung betrifft %1.</translation>
    </message>
    <message>
        <source>Suggested grade: %1</source>
        <translation>Vorgeschlagene Einstufung: %1</translation>
    </message>
    <message>
        <source>Raised as finding %1.</source>
        <translation>Als Feststellung %1 erfasst.</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
    <message>
        <source>The cross-check result %1 is no longer open.</source>
        <translation>Das Ergebnis %1 der Konsistenzprüfung ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>Raise finding %1</source>
        <translation>Feststellung %1 erfassen</translation>
    </message>
    <message>
        <source>Dismissing a cross-check result needs a reason, which is kept with the audit.</source>
        <translation>Zum Verwerfen eines Ergebnisses der Konsistenzprüfung ist eine Begründung nötig; sie wird mit dem Audit gespeichert.</translation>
    </message>
    <message>
        <source>Dismiss cross-check %1</source>
        <translation>Konsistenzprüfung %1 verwerfen</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Feststellung erfassen</translation>
    </message>
    <message>
        <source>Finding raised from the cross-check; see Findings.</source>
        <translation>Feststellung aus der Konsistenzprüfung erfasst; siehe „Feststellungen“.</translation>
    </message>
    <message>
        <source>Dismiss cross-check</source>
        <translation>Konsistenzprüfung verwerfen</translation>
    </message>
    <message>
        <source>%1

Why is this not a finding? The reason is kept with the audit and shown in the report.</source>
        <translation>%1

Warum ist dies keine Feststellung? Die Begründung wird mit dem Audit gespeichert und im Bericht gezeigt.</translation>
    </message>
    <message>
        <source>Cross-check result dismissed.</source>
        <translation>Ergebnis der Konsistenzprüfung verworfen.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskMethodDialog</name>
    <message>
        <source>Client&apos;s risk method</source>
        <translation>Risikomethode des Kunden</translation>
    </message>
    <message>
        <source>Method name</source>
        <translation>Name der Methode</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Likelihood levels</source>
        <translation>Stufen der Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>One label per line, lowest first (1 to 10 levels)</source>
        <translation>Eine Bezeichnung je Zeile, niedrigste zuerst (1 bis 10 Stufen)</translation>
    </message>
    <message>
        <source>&amp;Likelihood levels
(lowest first):</source>
        <translation>Stufen der &amp;Wahrscheinlichkeit
(niedrigste zuerst):</translation>
    </message>
    <message>
        <source>Impact levels</source>
        <translation>Stufen der Auswirkung</translation>
    </message>
    <message>
        <source>&amp;Impact levels
(lowest first):</source>
        <translation>Stufen der &amp;Auswirkung
(niedrigste zuerst):</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>Wertebereiche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>Bereich &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>Bereich &amp;entfernen</translation>
    </message>
    <message>
        <source>Score &amp;bands:</source>
        <translation>Werte&amp;bereiche:</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Akzeptanzschwelle</translation>
    </message>
    <message>
        <source>Scores above this need treatment</source>
        <translation>Werte darüber müssen behandelt werden</translation>
    </message>
    <message>
        <source>Acceptance &amp;threshold:</source>
        <translation>Akzeptanz&amp;schwelle:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreibun&amp;g:</translation>
    </message>
    <message>
        <source>Preview of the risk matrix</source>
        <translation>Vorschau der Risikomatrix</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>New band</source>
        <translation>Neuer Bereich</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Farbe des Bereichs</translation>
    </message>
    <message>
        <source>Band %1: &quot;from&quot; and &quot;to&quot; must be whole scores with from ≤ to.</source>
        <translation>Bereich %1: „Von“ und „Bis“ müssen ganzzahlige Werte sein, mit Von ≤ Bis.</translation>
    </message>
    <message>
        <source>Change the client&apos;s risk method</source>
        <translation>Risikomethode des Kunden ändern</translation>
    </message>
    <message>
        <source>Risk method not saved</source>
        <translation>Risikomethode nicht gespeichert</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Wertermittlung</translation>
    </message>
    <message>
        <source>How the client&apos;s method turns a likelihood and an impact into a score</source>
        <translation>Wie die Methode des Kunden aus einer Wahrscheinlichkeit und einer Auswirkung einen Wert ermittelt</translation>
    </message>
    <message>
        <source>&amp;Scoring:</source>
        <translation>We&amp;rtermittlung:</translation>
    </message>
    <message>
        <source>Score matrix</source>
        <translation>Wertematrix</translation>
    </message>
    <message>
        <source>One score per likelihood (rows, highest at the top) and impact (columns, lowest at the left)</source>
        <translation>Ein Wert je Wahrscheinlichkeit (Zeilen, höchste oben) und Auswirkung (Spalten, niedrigste links)</translation>
    </message>
    <message>
        <source>The client&apos;s score for each likelihood and impact. Type a number or press F2.</source>
        <translation>Der Wert des Kunden für jede Kombination aus Wahrscheinlichkeit und Auswirkung. Geben Sie eine Zahl ein oder drücken Sie F2.</translation>
    </message>
    <message>
        <source>Score &amp;matrix (likelihood ↑, impact →):</source>
        <translation>Werte&amp;matrix (Wahrscheinlichkeit ↑, Auswirkung →):</translation>
    </message>
    <message>
        <source>Score for likelihood %1 and impact %2</source>
        <translation>Wert für Wahrscheinlichkeit %1 und Auswirkung %2</translation>
    </message>
    <message>
        <source>Scores run from %1 to %2.</source>
        <translation>Die Werte reichen von %1 bis %2.</translation>
    </message>
    <message>
        <source>%1 Double-click a colour to change it.</source>
        <translation>%1 Doppelklicken Sie auf eine Farbe, um sie zu ändern.</translation>
    </message>
    <message>
        <source>The recorded score matrix did not fit the method (%1); cells it lacked start from other scores. Check the matrix before saving.</source>
        <translation>Die erfasste Wertematrix passte nicht zur Methode (%1); Zellen, die ihr fehlten, sind mit anderen Werten vorbelegt. Prüfen Sie die Matrix vor dem Speichern.</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskPane</name>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>I&amp;nherent risk</source>
        <translation>&amp;Inhärentes Risiko</translation>
    </message>
    <message>
        <source>Place risks by their likelihood and impact before treatment</source>
        <translation>Risiken nach Wahrscheinlichkeit und Auswirkung vor der Behandlung einordnen</translation>
    </message>
    <message>
        <source>Resid&amp;ual risk</source>
        <translation>&amp;Restrisiko</translation>
    </message>
    <message>
        <source>Place risks by their residual likelihood and impact after treatment</source>
        <translation>Risiken nach Restwahrscheinlichkeit und Restauswirkung nach der Behandlung einordnen</translation>
    </message>
    <message>
        <source>Risk &amp;method…</source>
        <translation>Risiko&amp;methode…</translation>
    </message>
    <message>
        <source>Record the client&apos;s risk method: levels, labels, bands and acceptance threshold</source>
        <translation>Die Risikomethode des Kunden erfassen: Stufen, Bezeichnungen, Wertebereiche und Akzeptanzschwelle</translation>
    </message>
    <message>
        <source>Search ref, asset, threat, owner, control…</source>
        <translation>Ref., Asset, Bedrohung, Eigentümer, Maßnahme suchen…</translation>
    </message>
    <message>
        <source>Search the risk register</source>
        <translation>Im Risikoregister suchen</translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation>Risiko &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a risk to the register</source>
        <translation>Dem Register ein Risiko hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete risk</source>
        <translation>Risiko &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected risks (undoable)</source>
        <translation>Die ausgewählten Risiken löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Show &amp;all risks</source>
        <translation>&amp;Alle Risiken anzeigen</translation>
    </message>
    <message>
        <source>Clear the heat-map filter (Esc)</source>
        <translation>Den Heatmap-Filter aufheben (Esc)</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inhärentes Risiko</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>No audit open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>inhärentes Risiko</translation>
    </message>
    <message>
        <source>%1 risks in the register. Click a cell to filter.</source>
        <translation>%1 Risiken im Register. Klicken Sie auf eine Zelle, um zu filtern.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 risks.</source>
        <translation>%1 von %2 Risiken angezeigt.</translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation>Risiko %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Risiko hinzufügen</translation>
    </message>
    <message>
        <source>Delete risk %1? You can undo this.</source>
        <translation>Risiko %1 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete %1 risks? You can undo this.</source>
        <translation>%1 Risiken löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Risiko löschen</translation>
    </message>
    <message>
        <source>Delete risk %1</source>
        <translation>Risiko %1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 risks</source>
        <translation>%1 Risiken löschen</translation>
    </message>
    <message>
        <source>Deleted risk %1.</source>
        <translation>Risiko %1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1 risks.</source>
        <translation>%1 Risiken gelöscht.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 risks: %3 likelihood %4, impact %5.</source>
        <translation>%1 von %2 Risiken angezeigt: Wahrscheinlichkeit %4, Auswirkung %5 (%3).</translation>
    </message>
</context>
<context>
    <name>isoaudit::RiskTableModel</name>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation>Akzeptiert von %1 am %2</translation>
    </message>
    <message>
        <source>Above the acceptance threshold (%1)</source>
        <translation>Über der Akzeptanzschwelle (%1)</translation>
    </message>
    <message>
        <source>Within the acceptance threshold (%1)</source>
        <translation>Innerhalb der Akzeptanzschwelle (%1)</translation>
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
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrsch.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Res. L</source>
        <translation>Rest-W</translation>
    </message>
    <message>
        <source>Res. I</source>
        <translation>Rest-A</translation>
    </message>
    <message>
        <source>Res. score</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Annex A controls chosen to treat the risk, e.g. 5.15, 8.7</source>
        <translation>Zur Risikobehandlung gewählte Maßnahmen aus Anhang A, z. B. 5.15, 8.7</translation>
    </message>
    <message>
        <source>Residual likelihood after treatment</source>
        <translation>Restwahrscheinlichkeit nach der Behandlung</translation>
    </message>
    <message>
        <source>Residual impact after treatment</source>
        <translation>Restauswirkung nach der Behandlung</translation>
    </message>
    <message>
        <source>Residual score after treatment</source>
        <translation>Restrisikowert nach der Behandlung</translation>
    </message>
    <message>
        <source>The risk owner has accepted the residual risk</source>
        <translation>Der Risikoeigentümer hat das Restrisiko akzeptiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control; write ids such as 5.15, 8.7.</source>
        <translation>„%1“ ist keine Maßnahme aus Anhang A; schreiben Sie Nummern wie 5.15, 8.7.</translation>
    </message>
    <message>
        <source>Set controls of %1</source>
        <translation>Maßnahmen von %1 festlegen</translation>
    </message>
    <message>
        <source>Accept residual risk of %1</source>
        <translation>Restrisiko von %1 akzeptieren</translation>
    </message>
    <message>
        <source>Withdraw acceptance of %1</source>
        <translation>Akzeptanz von %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 festlegen</translation>
    </message>
</context>
<context>
    <name>isoaudit::SampleItemTableModel</name>
    <message numerus="yes">
        <source>%n evidence record(s) linked</source>
        <translation>
            <numerusform>%n Nachweis verknüpft</numerusform>
            <numerusform>%n Nachweise verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Getestet von</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Getestet am</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample item&apos;s result; write &quot;%2&quot; or &quot;%3&quot;.</source>
        <translation>„%1“ ist kein Ergebnis eines Stichprobenelements; schreiben Sie „%2“ oder „%3“.</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Es ist kein Audit zum Bearbeiten geöffnet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample item&apos;s result.</source>
        <translation>„%1“ ist kein Ergebnis eines Stichprobenelements.</translation>
    </message>
    <message>
        <source>There is no sample item in row %1.</source>
        <translation>In Zeile %1 gibt es kein Stichprobenelement.</translation>
    </message>
    <message>
        <source>Set result of %1</source>
        <translation>Ergebnis von %1 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Set result of %n sample item(s)</source>
        <translation>
            <numerusform>Ergebnis von %n Stichprobenelement setzen</numerusform>
            <numerusform>Ergebnis von %n Stichprobenelementen setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
</context>
<context>
    <name>isoaudit::ServiceControlTableModel</name>
    <message numerus="yes">
        <source>%1 of %n sample item(s) have a result.</source>
        <translation>
            <numerusform>Für %1 von %n Stichprobenelement liegt ein Ergebnis vor.</numerusform>
            <numerusform>Für %1 von %n Stichprobenelementen liegt ein Ergebnis vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) found.</source>
        <translation>
            <numerusform>%n Abweichung festgestellt.</numerusform>
            <numerusform>%n Abweichungen festgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A test procedure, a sample item or the design conclusion has no result yet (Testing page).</source>
        <translation>Für eine Prüfungshandlung, ein Stichprobenelement oder die Schlussfolgerung zur Ausgestaltung liegt noch kein Ergebnis vor (Seite „Kontrolltests“).</translation>
    </message>
    <message>
        <source>Its population is empty: the control did not operate during the period, which is never a pass.</source>
        <translation>Ihre Grundgesamtheit ist leer: Die Kontrolle wurde im Prüfungszeitraum nicht durchgeführt, was nie als bestanden gilt.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1  %2 (category not in scope)</source>
        <translation>%1  %2 (Kategorie nicht im Prüfungsumfang)</translation>
    </message>
    <message>
        <source>A key control: its testing must be complete before the report (soc2.key-controls-tested)</source>
        <translation>Eine Schlüsselkontrolle: Ihr Test muss vor dem Bericht abgeschlossen sein (soc2.key-controls-tested)</translation>
    </message>
    <message>
        <source>Trust Services Criteria this control addresses. Type ids (&quot;CC6.1, CC6.2&quot;), tick them in the list, drop criteria from the tree, or select criteria and press Ctrl+M</source>
        <translation>Trust Services Criteria, die diese Kontrolle abdeckt. IDs eingeben („CC6.1, CC6.2“), in der Liste ankreuzen, Kriterien aus dem Baum hierher ziehen oder Kriterien auswählen und Ctrl+M drücken</translation>
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
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getestet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Manual or automated</source>
        <translation>Manuell oder automatisiert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Key control</source>
        <translation>Schlüsselkontrolle</translation>
    </message>
    <message>
        <source>Where the control&apos;s testing stands, as the rules and the report read it</source>
        <translation>Stand des Tests der Kontrolle, wie ihn die Regeln und der Bericht auswerten</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 festlegen</translation>
    </message>
    <message>
        <source>A control needs a reference.</source>
        <translation>Eine Kontrolle benötigt eine Referenz.</translation>
    </message>
    <message>
        <source>Another control already has the reference %1.</source>
        <translation>Eine andere Kontrolle hat bereits die Referenz %1.</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Es ist kein Audit zum Bearbeiten geöffnet.</translation>
    </message>
    <message>
        <source>There is no control in row %1.</source>
        <translation>In Zeile %1 gibt es keine Kontrolle.</translation>
    </message>
    <message>
        <source>%1 is not a Trust Services criterion.</source>
        <translation>%1 ist kein Kriterium der Trust Services Criteria.</translation>
    </message>
    <message>
        <source>Set criteria of %1</source>
        <translation>Kriterien von %1 festlegen</translation>
    </message>
    <message>
        <source>Select the control to map the criteria to.</source>
        <translation>Wählen Sie die Kontrolle aus, der die Kriterien zugeordnet werden sollen.</translation>
    </message>
    <message>
        <source>Select the control to unmap the criteria from.</source>
        <translation>Wählen Sie die Kontrolle aus, deren Zuordnung zu den Kriterien aufgehoben werden soll.</translation>
    </message>
    <message>
        <source>Select one or more criteria in the tree first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Kriterien im Baum aus.</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>%1 der Kontrolle %2 zuordnen</translation>
    </message>
    <message>
        <source>Unmap %1 from %2</source>
        <translation>Zuordnung von %1 zu %2 aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Map %1 to %n control(s)</source>
        <translation>
            <numerusform>%1 %n Kontrolle zuordnen</numerusform>
            <numerusform>%1 %n Kontrollen zuordnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmap %1 from %n control(s)</source>
        <translation>
            <numerusform>Zuordnung von %1 zu %n Kontrolle aufheben</numerusform>
            <numerusform>Zuordnung von %1 zu %n Kontrollen aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>Kontrolle %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n test procedure(s)</source>
        <translation>
            <numerusform>%n Prüfungshandlung</numerusform>
            <numerusform>%n Prüfungshandlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n population(s)</source>
        <translation>
            <numerusform>%n Grundgesamtheit</numerusform>
            <numerusform>%n Grundgesamtheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 item(s)</source>
        <translation>
            <numerusform>%n Stichprobe mit %1 Elementen</numerusform>
            <numerusform>%n Stichproben mit %1 Elementen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception record(s)</source>
        <translation>
            <numerusform>%n Erfassung einer Abweichung</numerusform>
            <numerusform>%n Erfassungen von Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the controls to delete.</source>
        <translation>Wählen Sie die zu löschenden Kontrollen aus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: its population &quot;%2&quot; holds %n frozen row(s), which undo could not bring back. A control whose occurrences were imported stays in the matrix.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden: Ihre Grundgesamtheit „%2“ enthält %n festgeschriebene Zeile, die Rückgängig nicht wiederherstellen könnte. Eine Kontrolle, deren Durchführungen importiert wurden, bleibt in der Matrix.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden: Ihre Grundgesamtheit „%2“ enthält %n festgeschriebene Zeilen, die Rückgängig nicht wiederherstellen könnte. Eine Kontrolle, deren Durchführungen importiert wurden, bleibt in der Matrix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete control %1</source>
        <translation>Kontrolle %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n control(s)</source>
        <translation>
            <numerusform>%n Kontrolle löschen</numerusform>
            <numerusform>%n Kontrollen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isoaudit::SignReportDialog</name>
    <message>
        <source>Add Signature to Signed Report</source>
        <translation>Signatur zum signierten Bericht hinzufügen</translation>
    </message>
    <message>
        <source>Sign Report</source>
        <translation>Bericht signieren</translation>
    </message>
    <message>
        <source>Blockers that prevent signing</source>
        <translation>Hindernisse, die das Signieren verhindern</translation>
    </message>
    <message>
        <source>Certificate file (PKCS#12)</source>
        <translation>Zertifikatsdatei (PKCS#12)</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate and private key in a PKCS#12 file (.p12 or .pfx)</source>
        <translation>Zertifikat und privater Schlüssel des Unterzeichners in einer PKCS#12-Datei (.p12 oder .pfx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>&amp;Zertifikat (PKCS#12):</translation>
    </message>
    <message>
        <source>Passphrase of the certificate file</source>
        <translation>Passphrase der Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Used once to open the certificate file; never stored</source>
        <translation>Wird einmal zum Öffnen der Zertifikatsdatei verwendet; nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Signed report to add a signature to</source>
        <translation>Signierter Bericht, dem eine Signatur hinzugefügt wird</translation>
    </message>
    <message>
        <source>Choose the signed report</source>
        <translation>Signierten Bericht auswählen</translation>
    </message>
    <message>
        <source>&amp;Signed report:</source>
        <translation>Signierter &amp;Bericht:</translation>
    </message>
    <message>
        <source>Signed PDF to write</source>
        <translation>Zu schreibendes signiertes PDF</translation>
    </message>
    <message>
        <source>Choose where to save the signed PDF</source>
        <translation>Wählen Sie, wo das signierte PDF gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Acknowledged by the client&apos;s representative</source>
        <translation>Zur Kenntnis genommen vom Vertreter des Kunden</translation>
    </message>
    <message>
        <source>Final audit report, signed by the lead auditor</source>
        <translation>Endgültiger Auditbericht, signiert vom Auditteamleiter</translation>
    </message>
    <message>
        <source>Reason for signing</source>
        <translation>Grund der Signatur</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Ort der Signatur</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Show a visible &amp;stamp (&quot;Digitally signed by … on …&quot;) on the last page</source>
        <translation>Sichtbaren &amp;Stempel („Digital signiert von … am …“) auf der letzten Seite anzeigen</translation>
    </message>
    <message>
        <source>Visible signature stamp</source>
        <translation>Sichtbarer Signaturstempel</translation>
    </message>
    <message>
        <source>&amp;Add Signature</source>
        <translation>Signatur &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>Sig&amp;nieren</translation>
    </message>
    <message>
        <source>Add a further signature to the signed report</source>
        <translation>Dem signierten Bericht eine weitere Signatur hinzufügen</translation>
    </message>
    <message>
        <source>Render the report, sign it and record the signature in the audit</source>
        <translation>Den Bericht erzeugen, signieren und die Signatur im Audit erfassen</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the signed PDF in the system&apos;s PDF viewer</source>
        <translation>Das signierte PDF im PDF-Betrachter des Systems öffnen</translation>
    </message>
    <message>
        <source>%1 rev %2 signed.pdf</source>
        <translation>%1 Rev. %2 signiert.pdf</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Kein Audit geöffnet.</translation>
    </message>
    <message>
        <source>Only the report of a signed audit can be countersigned; this audit is in %1.</source>
        <translation>Nur der Bericht eines signierten Audits kann gegengezeichnet werden; dieses Audit ist im Status %1.</translation>
    </message>
    <message>
        <source>Only an audit in reporting can be signed; this one is in %1.</source>
        <translation>Nur ein Audit in Berichterstellung kann signiert werden; dieses ist im Status %1.</translation>
    </message>
    <message>
        <source>The audit is signed; a further signature can be added to its report.</source>
        <translation>Das Audit ist signiert; seinem Bericht kann eine weitere Signatur hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Every rule for signing holds. Signing records the report&apos;s hash and your certificate in the audit and moves it to signed; after that the audit changes only by reopening it.</source>
        <translation>Alle Regeln für das Signieren sind erfüllt. Beim Signieren werden Hash des Berichts und Ihr Zertifikat im Audit erfasst, und das Audit wechselt in den Status „Signiert“; danach lässt es sich nur durch Wiederöffnen ändern.</translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be signed yet: %n blocker(s) remain.</source>
        <translation>
            <numerusform>Der Bericht kann noch nicht signiert werden: %n Hindernis besteht noch.</numerusform>
            <numerusform>Der Bericht kann noch nicht signiert werden: %n Hindernisse bestehen noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Certificate</source>
        <translation>Zertifikat auswählen</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Signed Report</source>
        <translation>Signierten Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Choose Signed Report</source>
        <translation>Signierten Bericht auswählen</translation>
    </message>
    <message>
        <source>%1 countersigned.pdf</source>
        <translation>%1 gegengezeichnet.pdf</translation>
    </message>
    <message>
        <source>Signing is not possible yet: %1</source>
        <translation>Signieren ist noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>The signed report would overwrite the audit file %1.</source>
        <translation>Der signierte Bericht würde die Auditdatei %1 überschreiben.</translation>
    </message>
    <message>
        <source>The report is signed and the audit is now signed: the signed report is the record. Reopen the audit to change it.</source>
        <translation>Der Bericht ist signiert, und das Audit hat jetzt den Status „Signiert“: Der signierte Bericht ist die maßgebliche Aufzeichnung. Öffnen Sie das Audit wieder, um es zu ändern.</translation>
    </message>
    <message>
        <source>The signature was added to the report.</source>
        <translation>Die Signatur wurde dem Bericht hinzugefügt.</translation>
    </message>
    <message>
        <source>Preparing the report for signing…</source>
        <translation>Bericht wird zum Signieren vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Signing cancelled; nothing was written.</source>
        <translation>Signieren abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Signed report written to %1.</source>
        <translation>Signierter Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Signature %1: %2 — %3</source>
        <translation>Signatur %1: %2 — %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <source>Whole document signed: nothing was added after the last signature.</source>
        <translation>Gesamtes Dokument signiert: Nach der letzten Signatur wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The report does not name the certification body, which ISO/IEC 17021-1 (9.4.8) requires: enter it in Preferences ▸ Certification body before signing.</source>
        <translation>Der Bericht nennt die Zertifizierungsstelle nicht, wie ISO/IEC 17021-1 (9.4.8) es verlangt: Geben Sie sie vor dem Unterzeichnen unter Einstellungen ▸ Zertifizierungsstelle ein.</translation>
    </message>
    <message>
        <source>Service auditor&apos;s report, signed by the engagement lead</source>
        <translation>Bericht des Prüfers, unterzeichnet vom Auftragsverantwortlichen</translation>
    </message>
    <message>
        <source>The report does not name the service auditor&apos;s firm: enter it on the Engagement page before signing.</source>
        <translation>Der Bericht nennt keine Prüfungsgesellschaft: Tragen Sie sie vor der Unterzeichnung auf der Seite Prüfungsauftrag ein.</translation>
    </message>
</context>
<context>
    <name>isoaudit::SoaPane</name>
    <message>
        <source>SoA completeness</source>
        <translation>Vollständigkeit der SoA</translation>
    </message>
    <message>
        <source>Set &amp;applicability</source>
        <translation>&amp;Anwendbarkeit</translation>
    </message>
    <message>
        <source>Set i&amp;mplementation</source>
        <translation>&amp;Umsetzung</translation>
    </message>
    <message>
        <source>Set &amp;verdict</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Any applicability</source>
        <translation>Jede Anwendbarkeit</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Show only controls that break an SoA rule</source>
        <translation>Nur Maßnahmen anzeigen, die gegen eine SoA-Regel verstoßen</translation>
    </message>
    <message>
        <source>Search id, title, justification, risk…</source>
        <translation>Nummer, Titel, Begründung, Risiko suchen…</translation>
    </message>
    <message>
        <source>Search the SoA</source>
        <translation>In der SoA suchen</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Appli&amp;cability:</source>
        <translation>Anwen&amp;dbarkeit:</translation>
    </message>
    <message>
        <source>Ver&amp;dict:</source>
        <translation>Be&amp;wertung:</translation>
    </message>
    <message>
        <source>Filter the grid by %1</source>
        <translation>Tabelle nach %1 filtern</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Set this for every selected control in one undoable step</source>
        <translation>Für jede ausgewählte Maßnahme in einem rückgängig machbaren Schritt setzen</translation>
    </message>
    <message>
        <source>No audit open</source>
        <translation>Kein Audit geöffnet</translation>
    </message>
    <message>
        <source>Every control is decided and every exclusion justified.</source>
        <translation>Über jede Maßnahme ist entschieden, und jeder Ausschluss ist begründet.</translation>
    </message>
    <message>
        <source>Tick &quot;Problems only&quot; to list the controls that need attention.</source>
        <translation>Haken Sie „Nur Probleme“ an, um die Maßnahmen aufzulisten, die Aufmerksamkeit erfordern.</translation>
    </message>
    <message>
        <source>%1 controls selected:</source>
        <translation>%1 Maßnahmen ausgewählt:</translation>
    </message>
    <message>
        <source>Bulk edit refused</source>
        <translation>Sammelbearbeitung abgelehnt</translation>
    </message>
    <message>
        <source>Set %1 of control %2.</source>
        <translation>%1 von Maßnahme %2 gesetzt.</translation>
    </message>
    <message>
        <source>Set %1 of %2 controls.</source>
        <translation>%1 von %2 Maßnahmen gesetzt.</translation>
    </message>
    <message>
        <source>Risks treated with this control</source>
        <translation>Mit dieser Maßnahme behandelte Risiken</translation>
    </message>
    <message>
        <source>Go to risk %1</source>
        <translation>Zu Risiko %1 wechseln</translation>
    </message>
</context>
<context>
    <name>isoaudit::SoaTableModel</name>
    <message>
        <source>Applicability is not decided.</source>
        <translation>Über die Anwendbarkeit ist nicht entschieden.</translation>
    </message>
    <message>
        <source>Excluded without a justification.</source>
        <translation>Ohne Begründung ausgeschlossen.</translation>
    </message>
    <message>
        <source>Marked not applicable, but chosen to treat: %1.</source>
        <translation>Als nicht anwendbar gekennzeichnet, aber zur Behandlung gewählt: %1.</translation>
    </message>
    <message>
        <source>%1/%2 decided</source>
        <translation>%1/%2 entschieden</translation>
    </message>
    <message>
        <source> · 1 exclusion unjustified</source>
        <translation> · 1 Ausschluss ohne Begründung</translation>
    </message>
    <message>
        <source> · %1 exclusions unjustified</source>
        <translation> · %1 Ausschlüsse ohne Begründung</translation>
    </message>
    <message>
        <source> · 1 exclusion used by a risk treatment</source>
        <translation> · 1 Ausschluss in einer Risikobehandlung verwendet</translation>
    </message>
    <message>
        <source> · %1 exclusions used by risk treatments</source>
        <translation> · %1 Ausschlüsse in Risikobehandlungen verwendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen to treat: %1</source>
        <translation>Zur Behandlung gewählt: %1</translation>
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
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Client ref.</source>
        <translation>Ref. Kunde</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>The client&apos;s own reference for the control (policy or procedure)</source>
        <translation>Die eigene Referenz des Kunden für die Maßnahme (Richtlinie oder Verfahren)</translation>
    </message>
    <message>
        <source>Risks whose treatment names this control; double-click to go to one</source>
        <translation>Risiken, deren Behandlung diese Maßnahme nennt; Doppelklick springt zu einem davon</translation>
    </message>
    <message>
        <source>The auditor&apos;s verdict on the control</source>
        <translation>Die Bewertung der Maßnahme durch den Auditor</translation>
    </message>
    <message>
        <source>Evidence records linked to this control</source>
        <translation>Mit dieser Maßnahme verknüpfte Nachweise</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 festlegen</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Diese Spalte kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Set %1 of one control</source>
        <translation>%1 einer Maßnahme festlegen</translation>
    </message>
    <message>
        <source>Set %1 of %2 controls</source>
        <translation>%1 von %2 Maßnahmen festlegen</translation>
    </message>
</context>
<context>
    <name>isoaudit::Soc2OverviewPane</name>
    <message>
        <source>Lifecycle and opinion</source>
        <translation>Status und Prüfungsurteil</translation>
    </message>
    <message>
        <source>Exceptions &amp;&amp; &amp;Opinion…</source>
        <translation>Abweichungen &amp;&amp; &amp;Prüfungsurteil…</translation>
    </message>
    <message>
        <source>Form and record the opinion on the Exceptions &amp; Opinion page</source>
        <translation>Das Prüfungsurteil auf der Seite „Abweichungen &amp; Prüfungsurteil“ bilden und erfassen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Prüfungsauftrag</translation>
    </message>
    <message>
        <source>Service organization:</source>
        <translation>Dienstleistungsunternehmen:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Service auditor:</source>
        <translation>Prüfungsgesellschaft:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Report no.:</source>
        <translation>Berichtsnr.:</translation>
    </message>
    <message>
        <source>&amp;Edit on the Engagement page…</source>
        <translation>Auf der Seite „Prüfungsauftrag“ &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>The service organization, the system, the period, the categories, the system description, subservice organizations and CUECs</source>
        <translation>Dienstleistungsunternehmen, System, Prüfungszeitraum, Kategorien, Systembeschreibung, Subdienstleister und CUEC</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Criteria addressed</source>
        <translation>Abgedeckte Kriterien</translation>
    </message>
    <message>
        <source>&amp;Criteria &amp;&amp; Controls…</source>
        <translation>&amp;Kriterien &amp;&amp; Kontrollen…</translation>
    </message>
    <message>
        <source>Criteria in scope that at least one control in the matrix addresses</source>
        <translation>Kriterien im Prüfungsumfang, die mindestens eine Kontrolle der Matrix abdeckt</translation>
    </message>
    <message>
        <source>Controls tested</source>
        <translation>Getestete Kontrollen</translation>
    </message>
    <message>
        <source>&amp;Testing…</source>
        <translation>Kontroll&amp;tests…</translation>
    </message>
    <message>
        <source>Controls whose tests and sample items all have a result</source>
        <translation>Kontrollen, bei denen alle Tests und Stichprobenelemente ein Ergebnis haben</translation>
    </message>
    <message>
        <source>Sample items tested</source>
        <translation>Getestete Stichprobenelemente</translation>
    </message>
    <message>
        <source>Te&amp;sting…</source>
        <translation>Kontrolltest&amp;s…</translation>
    </message>
    <message>
        <source>Sample items with a result, over all samples drawn</source>
        <translation>Stichprobenelemente mit Ergebnis, über alle gezogenen Stichproben</translation>
    </message>
    <message>
        <source>Exceptions assessed</source>
        <translation>Beurteilte Abweichungen</translation>
    </message>
    <message>
        <source>E&amp;xceptions…</source>
        <translation>&amp;Abweichungen…</translation>
    </message>
    <message>
        <source>Controls with deviations whose nature, pattern and management&apos;s response are recorded</source>
        <translation>Kontrollen mit Abweichungen, bei denen Art, Muster und Stellungnahme der Geschäftsleitung erfasst sind</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 bis %3</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — zum %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>engagement lead</source>
        <translation>Auftragsverantwortlicher</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>Prüfungsurteil: %1</translation>
    </message>
    <message>
        <source>Criteria not met: %1</source>
        <translation>Nicht erfüllte Kriterien: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>without a control: %1%2</source>
        <translation>ohne Kontrolle: %1%2</translation>
    </message>
    <message>
        <source>with exceptions: %1, not occurring: %2</source>
        <translation>mit Abweichungen: %1, nicht durchgeführt: %2</translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>Noch keine Stichprobe gezogen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 to test)</source>
        <translation>%1 von %2 (%3 zu testen)</translation>
    </message>
    <message>
        <source>No deviations recorded</source>
        <translation>Keine Abweichungen erfasst</translation>
    </message>
    <message>
        <source>%1 of %2 controls with deviations</source>
        <translation>%1 von %2 Kontrollen mit Abweichungen</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>With exceptions</source>
        <translation>Mit Abweichungen</translation>
    </message>
    <message>
        <source>Criteria and controls by trust services category</source>
        <translation>Kriterien und Kontrollen nach Trust-Services-Kategorie</translation>
    </message>
    <message>
        <source>Controls that need attention</source>
        <translation>Kontrollen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Controls not yet tested, with exceptions or not occurring</source>
        <translation>Kontrollen, die noch nicht getestet sind, Abweichungen haben oder nicht vorkamen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the control on the Testing page</source>
        <translation>Doppelklicken oder Eingabe drücken, um die Kontrolle auf der Seite Kontrolltests zu öffnen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items with a result)</source>
        <translation>%1 (%2 von %3 Elementen mit Ergebnis)</translation>
    </message>
</context>
<context>
    <name>isoaudit::SubserviceTableModel</name>
    <message>
        <source>%1: the subservice organization&apos;s controls are part of the description and the tests.</source>
        <translation>%1: Die Kontrollen des Subdienstleisters sind Teil der Beschreibung und der Tests.</translation>
    </message>
    <message>
        <source>%1: the subservice organization&apos;s controls are left out of the description and the tests; its CSOCs are listed in Sections I and III.</source>
        <translation>%1: Die Kontrollen des Subdienstleisters sind von der Beschreibung und den Tests ausgenommen; seine CSOC sind in den Abschnitten I und III aufgeführt.</translation>
    </message>
    <message>
        <source>Complementary subservice-organization controls: the controls the service organization assumes the subservice organization operates</source>
        <translation>Komplementäre Kontrollen beim Subdienstleister: die Kontrollen, von deren Durchführung durch den Subdienstleister das Dienstleistungsunternehmen ausgeht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>CSOCs</source>
        <translation>CSOC</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>New subservice organization</source>
        <translation>Neuer Subdienstleister</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Es ist kein Audit zum Bearbeiten geöffnet.</translation>
    </message>
    <message>
        <source>Add subservice organization %1</source>
        <translation>Subdienstleister %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename subservice organization %1</source>
        <translation>Subdienstleister %1 umbenennen</translation>
    </message>
    <message>
        <source>Set services of %1</source>
        <translation>Leistungen von %1 festlegen</translation>
    </message>
    <message>
        <source>Set method of %1</source>
        <translation>Methode von %1 festlegen</translation>
    </message>
    <message>
        <source>Set CSOCs of %1</source>
        <translation>CSOC von %1 festlegen</translation>
    </message>
</context>
<context>
    <name>isoaudit::SystemDescriptionForm</name>
    <message>
        <source>System description</source>
        <translation>Systembeschreibung</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>The services the system provides to user entities</source>
        <translation>Die Leistungen, die das System für die auslagernden Unternehmen erbringt</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Physical and virtual infrastructure, networks, hosting</source>
        <translation>Physische und virtuelle Infrastruktur, Netzwerke, Hosting</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Applications, system software and supporting tools</source>
        <translation>Anwendungen, Systemsoftware und unterstützende Werkzeuge</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Who operates, governs and supports the system</source>
        <translation>Wer das System betreibt, steuert und unterstützt</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>The automated and manual procedures of the system</source>
        <translation>Die automatisierten und manuellen Verfahren des Systems</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The data the system collects, processes and produces</source>
        <translation>Die Daten, die das System erhebt, verarbeitet und erzeugt</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Systemgrenzen</translation>
    </message>
    <message>
        <source>What the system includes and what it leaves out (carved-out parts)</source>
        <translation>Was das System umfasst und was es ausschließt (nach der Carve-out-Methode ausgenommene Teile)</translation>
    </message>
    <message>
        <source>Management&apos;s assertion</source>
        <translation>Erklärung der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Management&apos;s own words, printed as Section II of the report</source>
        <translation>Die eigenen Worte der Geschäftsleitung, als Abschnitt II des Berichts wiedergegeben</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>The date of the service auditor&apos;s report</source>
        <translation>Das Datum des Berichts des Prüfers des Dienstleistungsunternehmens</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>&amp;Report date:</source>
        <translation>&amp;Berichtsdatum:</translation>
    </message>
    <message>
        <source>Intended users</source>
        <translation>Vorgesehene Nutzer</translation>
    </message>
    <message>
        <source>Who the report is meant for (the restricted-use paragraph)</source>
        <translation>Für wen der Bericht bestimmt ist (Absatz zur Verwendungsbeschränkung)</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Vorgesehene Nutzer:</translation>
    </message>
</context>
<context>
    <name>isoaudit::TagEdit</name>
    <message>
        <source>Clauses and controls, e.g. 9.2.2, A.5.15 (type an id or a word of the title)</source>
        <translation>Abschnitte und Maßnahmen, z. B. 9.2.2, A.5.15 (Nummer oder ein Wort aus dem Titel eingeben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2.</source>
        <translation>„%1“ ist keine Maßnahme aus Anhang A von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a clause nor an Annex A control of %2.</source>
        <translation>„%1“ ist weder ein Abschnitt noch eine Maßnahme aus Anhang A von %2.</translation>
    </message>
    <message>
        <source>Clause %1 %2</source>
        <translation>Abschnitt %1 %2</translation>
    </message>
    <message>
        <source>Control A.%1 %2</source>
        <translation>Maßnahme A.%1 %2</translation>
    </message>
    <message>
        <source>The clauses and Annex A controls covered. Type an id (9.2.2, A.5.15) or a word of a title, separate tags with commas, press Enter to apply.</source>
        <translation>Die behandelten Abschnitte und Maßnahmen aus Anhang A. Geben Sie eine Nummer (9.2.2, A.5.15) oder ein Wort aus einem Titel ein, trennen Sie Einträge mit Kommas und drücken Sie Enter zum Übernehmen.</translation>
    </message>
    <message>
        <source>Clauses and controls covered</source>
        <translation>Behandelte Abschnitte und Maßnahmen</translation>
    </message>
</context>
<context>
    <name>isoaudit::TeamController</name>
    <message>
        <source>Give a Copy to a Team Member</source>
        <translation>Kopie für ein Teammitglied erstellen</translation>
    </message>
    <message>
        <source>ISO 27001 audits (*.isoaudit);;All files (*)</source>
        <translation>ISO-27001-Audits (*.isoaudit);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Wrote %1&apos;s copy to %2</source>
        <translation>Kopie für %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Merge a Team Member&apos;s Copy</source>
        <translation>Kopie eines Teammitglieds zusammenführen</translation>
    </message>
    <message>
        <source>Cannot Merge the Copy</source>
        <translation>Kopie kann nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>This is the open audit itself, not a team member&apos;s copy of it.</source>
        <translation>Dies ist das geöffnete Audit selbst, nicht die Kopie eines Teammitglieds.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 cannot be merged.

%2</source>
        <translation>%1 kann nicht zusammengeführt werden.

%2</translation>
    </message>
    <message>
        <source>Nothing to Merge</source>
        <translation>Nichts zusammenzuführen</translation>
    </message>
    <message>
        <source>Everything in this copy is already merged.</source>
        <translation>Alles aus dieser Kopie ist bereits zusammengeführt.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict resolved</source>
        <translation>
            <numerusform>%n Konflikt gelöst</numerusform>
            <numerusform>%n Konflikte gelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%n Konflikt gelöst</numerusform>
            <numerusform>%n Konflikte gelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1: %2.</source>
        <translation>%1 zusammengeführt: %2.</translation>
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
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Attributes tested</source>
        <translation>Getestete Merkmale</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Result note</source>
        <translation>Anmerkung zum Ergebnis</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Durchgeführt von</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Es ist kein Audit zum Bearbeiten geöffnet.</translation>
    </message>
    <message>
        <source>Select a control before adding a test procedure.</source>
        <translation>Wählen Sie eine Kontrolle aus, bevor Sie eine Prüfungshandlung hinzufügen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test method.</source>
        <translation>„%1“ ist keine Testmethode.</translation>
    </message>
    <message>
        <source>Add %1 test procedure to %2</source>
        <translation>Prüfungshandlung (%1) zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Select the test procedure to remove.</source>
        <translation>Wählen Sie die zu entfernende Prüfungshandlung aus.</translation>
    </message>
    <message>
        <source>Remove %1 test procedure from %2</source>
        <translation>Prüfungshandlung (%1) aus %2 entfernen</translation>
    </message>
    <message>
        <source>Set %1 of a test procedure of %2</source>
        <translation>%1 einer Prüfungshandlung von %2 festlegen</translation>
    </message>
</context>
<context>
    <name>isoaudit::TestingPane</name>
    <message>
        <source>&amp;Draw sample</source>
        <translation>Stichprobe &amp;ziehen</translation>
    </message>
    <message>
        <source>&amp;Replace item…</source>
        <translation>Element &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Re-draw &amp;check</source>
        <translation>Erneute Ziehung &amp;prüfen</translation>
    </message>
    <message>
        <source>Record the &amp;check</source>
        <translation>Prüfung er&amp;fassen</translation>
    </message>
    <message>
        <source>&amp;Import population…</source>
        <translation>Grundgesamtheit &amp;importieren…</translation>
    </message>
    <message>
        <source>Pre&amp;view rows</source>
        <translation>&amp;Vorschau der Zeilen</translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation>Prüfungshandlung entfernen</translation>
    </message>
    <message>
        <source>Set design conclusion of %1</source>
        <translation>Schlussfolgerung zur Ausgestaltung von %1 festlegen</translation>
    </message>
    <message>
        <source>Set design note of %1</source>
        <translation>Anmerkung zur Ausgestaltung von %1 festlegen</translation>
    </message>
    <message>
        <source>Filter controls…</source>
        <translation>Kontrollen filtern…</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Kontrollen filtern</translation>
    </message>
    <message>
        <source>Shows the controls whose ref, title or status contain this text (Ctrl+F)</source>
        <translation>Zeigt die Kontrollen, deren Ref., Titel oder Status diesen Text enthält (Ctrl+F)</translation>
    </message>
    <message>
        <source>Controls to test</source>
        <translation>Zu testende Kontrollen</translation>
    </message>
    <message>
        <source>Click a control or press Enter on it to test its sample</source>
        <translation>Klicken Sie auf eine Kontrolle oder drücken Sie auf ihr Enter, um ihre Stichprobe zu testen</translation>
    </message>
    <message>
        <source>Sample items tested in the engagement</source>
        <translation>Getestete Stichprobenelemente der Prüfung</translation>
    </message>
    <message>
        <source>Testing progress of the engagement</source>
        <translation>Testfortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Control under test</source>
        <translation>Kontrolle im Test</translation>
    </message>
    <message>
        <source>Sample items of the control tested</source>
        <translation>Getestete Stichprobenelemente der Kontrolle</translation>
    </message>
    <message>
        <source>Testing progress of the control</source>
        <translation>Testfortschritt der Kontrolle</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Sample size override</source>
        <translation>Abweichender Stichprobenumfang</translation>
    </message>
    <message>
        <source>Leave at &quot;Firm&apos;s policy&quot; to draw the size the firm&apos;s sampling policy gives; another size needs a reason</source>
        <translation>Auf „Nach Richtlinie“ belassen, um den Umfang gemäß der Richtlinie zum Stichprobenumfang der Prüfungsgesellschaft zu ziehen; ein anderer Umfang erfordert eine Begründung</translation>
    </message>
    <message>
        <source>Firm&apos;s policy</source>
        <translation>Nach Richtlinie</translation>
    </message>
    <message>
        <source>Reason for the sample size</source>
        <translation>Begründung für den Stichprobenumfang</translation>
    </message>
    <message>
        <source>Reason for another size</source>
        <translation>Begründung für einen anderen Umfang</translation>
    </message>
    <message>
        <source>Why the sample differs from the firm&apos;s policy; kept with the sample</source>
        <translation>Warum die Stichprobe von der Richtlinie der Prüfungsgesellschaft abweicht; wird mit der Stichprobe gespeichert</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>Stichprobe ziehen</translation>
    </message>
    <message>
        <source>Draw the control&apos;s sample from its population with a new seed (Undo removes it)</source>
        <translation>Die Stichprobe der Kontrolle mit einem neuen Startwert aus ihrer Grundgesamtheit ziehen (Rückgängig entfernt sie)</translation>
    </message>
    <message>
        <source>Replace item</source>
        <translation>Element ersetzen</translation>
    </message>
    <message>
        <source>Replace the current item of the grid by one from the same month; asks for the reason (an item with a result is not replaced)</source>
        <translation>Das aktuelle Element der Tabelle durch eines aus demselben Monat ersetzen; fragt nach der Begründung (ein Element mit Ergebnis wird nicht ersetzt)</translation>
    </message>
    <message>
        <source>Re-draw check</source>
        <translation>Erneute Ziehung prüfen</translation>
    </message>
    <message>
        <source>Draw again from the stored population and seed, and compare with the items</source>
        <translation>Erneut aus der gespeicherten Grundgesamtheit mit dem gespeicherten Startwert ziehen und mit den Elementen vergleichen</translation>
    </message>
    <message>
        <source>Outcome of the re-draw check</source>
        <translation>Ergebnis der Prüfung der erneuten Ziehung</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Grundgesamtheit</translation>
    </message>
    <message>
        <source>The control&apos;s population shown here and sampled</source>
        <translation>Die hier angezeigte Grundgesamtheit der Kontrolle, aus der die Stichprobe gezogen wird</translation>
    </message>
    <message>
        <source>Population rows</source>
        <translation>Zeilen der Grundgesamtheit</translation>
    </message>
    <message>
        <source>Period coverage</source>
        <translation>Abdeckung des Zeitraums</translation>
    </message>
    <message>
        <source>SHA-256 of the sampling frame</source>
        <translation>SHA-256 der Auswahlgrundlage</translation>
    </message>
    <message>
        <source>The SHA-256 of the sampling frame, as the report prints it: select and copy it</source>
        <translation>Der SHA-256-Wert der Auswahlgrundlage, wie ihn der Bericht ausgibt: zum Kopieren markieren</translation>
    </message>
    <message>
        <source>How completeness and accuracy were checked</source>
        <translation>Wie Vollständigkeit und Richtigkeit geprüft wurden</translation>
    </message>
    <message>
        <source>How the list was checked for completeness and accuracy (reconciled to …)</source>
        <translation>Wie die Liste auf Vollständigkeit und Richtigkeit geprüft wurde (abgestimmt mit …)</translation>
    </message>
    <message>
        <source>Completeness and accuracy checked by</source>
        <translation>Vollständigkeit und Richtigkeit geprüft von</translation>
    </message>
    <message>
        <source>Completeness and accuracy checked on</source>
        <translation>Vollständigkeit und Richtigkeit geprüft am</translation>
    </message>
    <message>
        <source>Record the completeness and accuracy check</source>
        <translation>Prüfung der Vollständigkeit und Richtigkeit erfassen</translation>
    </message>
    <message>
        <source>Record how, by whom and when the list was checked (one undo step)</source>
        <translation>Erfassen, wie, von wem und wann die Liste geprüft wurde (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Import population</source>
        <translation>Grundgesamtheit importieren</translation>
    </message>
    <message>
        <source>Import the client&apos;s list of the control&apos;s occurrences from CSV or XLSX (Undo removes it)</source>
        <translation>Die Liste des Kunden mit den Durchführungen der Kontrolle aus CSV oder XLSX importieren (Rückgängig entfernt sie)</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>Vorschau der Zeilen</translation>
    </message>
    <message>
        <source>Show the population&apos;s frozen rows, read page by page as you scroll</source>
        <translation>Die festgeschriebenen Zeilen der Grundgesamtheit anzeigen, seitenweise beim Scrollen gelesen</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Grundgesamtheit:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Period coverage:</source>
        <translation>Abdeckung des Zeitraums:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Completeness and accuracy:</source>
        <translation>Vollständigkeit und Richtigkeit:</translation>
    </message>
    <message>
        <source>Checked by, on:</source>
        <translation>Geprüft von, am:</translation>
    </message>
    <message>
        <source>Test procedures</source>
        <translation>Prüfungshandlungen</translation>
    </message>
    <message>
        <source>&amp;Add procedure</source>
        <translation>Prüfungshandlung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add test procedure</source>
        <translation>Prüfungshandlung hinzufügen</translation>
    </message>
    <message>
        <source>Add a test procedure; the arrow chooses the method (inspection by default)</source>
        <translation>Eine Prüfungshandlung hinzufügen; der Pfeil wählt die Methode (standardmäßig Einsichtnahme)</translation>
    </message>
    <message>
        <source>Remove test procedure</source>
        <translation>Prüfungshandlung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected test procedure (Undo brings it back)</source>
        <translation>Die ausgewählte Prüfungshandlung entfernen (mit Rückgängig wiederherstellbar)</translation>
    </message>
    <message>
        <source>Design conclusion</source>
        <translation>Schlussfolgerung zur Ausgestaltung</translation>
    </message>
    <message>
        <source>A Type 1 report&apos;s conclusion on the control&apos;s design</source>
        <translation>Die Schlussfolgerung eines Berichts vom Typ 1 zur Ausgestaltung der Kontrolle</translation>
    </message>
    <message>
        <source>Design note</source>
        <translation>Anmerkung zur Ausgestaltung</translation>
    </message>
    <message>
        <source>Why the design is or is not suitable</source>
        <translation>Warum die Ausgestaltung angemessen ist oder nicht</translation>
    </message>
    <message>
        <source>Desi&amp;gn:</source>
        <translation>Aus&amp;gestaltung:</translation>
    </message>
    <message>
        <source>Press Preview rows on the Population tab to read the rows.</source>
        <translation>Klicken Sie auf der Registerkarte „Grundgesamtheit“ auf „Vorschau der Zeilen“, um die Zeilen zu lesen.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Sample, population and procedures</source>
        <translation>Stichprobe, Grundgesamtheit und Prüfungshandlungen</translation>
    </message>
    <message>
        <source>Sample items</source>
        <translation>Stichprobenelemente</translation>
    </message>
    <message>
        <source>P: no exception and next · E: exception and next · Delete: clear · Ctrl+D: fill down · Ctrl+V: paste a column · Enter: edit the note · drop files on an item to attach them</source>
        <translation>P: keine Abweichung und weiter · E: Abweichung und weiter · Delete: leeren · Ctrl+D: nach unten ausfüllen · Ctrl+V: eine Spalte einfügen · Enter: Notiz bearbeiten · Dateien auf ein Element ziehen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>Keys of the sample grid</source>
        <translation>Tasten der Stichprobentabelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; %1 · &lt;b&gt;E&lt;/b&gt; %2, each then the next item · &lt;b&gt;Delete&lt;/b&gt; clear · &lt;b&gt;Ctrl+D&lt;/b&gt; fill down · &lt;b&gt;Ctrl+V&lt;/b&gt; paste a column · &lt;b&gt;Enter&lt;/b&gt; note · drop files on an item to attach them</source>
        <translation>&lt;b&gt;P&lt;/b&gt; %1 · &lt;b&gt;E&lt;/b&gt; %2, jeweils weiter zum nächsten Element · &lt;b&gt;Delete&lt;/b&gt; leeren · &lt;b&gt;Ctrl+D&lt;/b&gt; nach unten ausfüllen · &lt;b&gt;Ctrl+V&lt;/b&gt; eine Spalte einfügen · &lt;b&gt;Enter&lt;/b&gt; Notiz · Dateien auf ein Element ziehen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Kontrolltests</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample item(s) tested, %2 with an exception</source>
        <translation>
            <numerusform>%1 von %n Stichprobenelement getestet, %2 mit Abweichung</numerusform>
            <numerusform>%1 von %n Stichprobenelementen getestet, %2 mit Abweichung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) concluded</source>
        <translation>
            <numerusform>%1 von %n Kontrolle abgeschlossen</numerusform>
            <numerusform>%1 von %n Kontrollen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>Noch keine Stichprobe gezogen</translation>
    </message>
    <message numerus="yes">
        <source>%1 tested · %2 to test · %n exception(s)</source>
        <translation>
            <numerusform>%1 getestet · %2 zu testen · %n Abweichung</numerusform>
            <numerusform>%1 getestet · %2 zu testen · %n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This audit has no SOC 2 controls to test.</source>
        <translation>Dieses Audit hat keine SOC 2-Kontrollen zu testen.</translation>
    </message>
    <message>
        <source>Select a control to test.</source>
        <translation>Wählen Sie eine zu testende Kontrolle aus.</translation>
    </message>
    <message>
        <source>No audit is open.</source>
        <translation>Es ist kein Audit geöffnet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No population imported yet: use Import population…</source>
        <translation>Noch keine Grundgesamtheit importiert: Verwenden Sie Grundgesamtheit importieren…</translation>
    </message>
    <message>
        <source>%1 rows, %2 outside the period, %3 in the sampling frame</source>
        <translation>%1 Zeilen, %2 außerhalb des Zeitraums, %3 in der Auswahlgrundlage</translation>
    </message>
    <message>
        <source>The population is empty: the control did not operate during the period.</source>
        <translation>Die Grundgesamtheit ist leer: Die Kontrolle wurde im Prüfungszeitraum nicht durchgeführt.</translation>
    </message>
    <message>
        <source>From %1, imported by %2 on %3</source>
        <translation>Aus %1, importiert von %2 am %3</translation>
    </message>
    <message>
        <source>Rows dated %1 to %2</source>
        <translation>Zeilen mit Datum vom %1 bis %2</translation>
    </message>
    <message>
        <source>the period is %1 to %2</source>
        <translation>der Prüfungszeitraum reicht vom %1 bis %2</translation>
    </message>
    <message>
        <source>The rows do not reach a month of the period&apos;s start or end: check that the list is complete.</source>
        <translation>Die Zeilen reichen nicht bis auf einen Monat an den Beginn oder das Ende des Zeitraums heran: Prüfen Sie, ob die Liste vollständig ist.</translation>
    </message>
    <message>
        <source>Import the control&apos;s population first (Population tab): the sample is drawn from it.</source>
        <translation>Importieren Sie zuerst die Grundgesamtheit der Kontrolle (Registerkarte „Grundgesamtheit“): Die Stichprobe wird daraus gezogen.</translation>
    </message>
    <message>
        <source>The population has no occurrence in the period: the control did not operate, and no sample is drawn.</source>
        <translation>Die Grundgesamtheit enthält keine Durchführung im Zeitraum: Die Kontrolle wurde nicht durchgeführt, und es wird keine Stichprobe gezogen.</translation>
    </message>
    <message numerus="yes">
        <source>No sample drawn yet from %1 (%n occurrence(s) in the period).</source>
        <translation>
            <numerusform>Noch keine Stichprobe aus %1 gezogen (%n Durchführung im Zeitraum).</numerusform>
            <numerusform>Noch keine Stichprobe aus %1 gezogen (%n Durchführungen im Zeitraum).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 occurrences in the period</source>
        <translation>%1 von %2 Durchführungen im Zeitraum</translation>
    </message>
    <message>
        <source>Firm&apos;s sampling policy (%1): %2</source>
        <translation>Richtlinie zum Stichprobenumfang der Prüfungsgesellschaft (%1): %2</translation>
    </message>
    <message>
        <source>Size set by the auditor: %1 instead of %2. Reason: %3</source>
        <translation>Umfang vom Prüfer festgelegt: %1 statt %2. Begründung: %3</translation>
    </message>
    <message>
        <source>Seed %1 · method %2</source>
        <translation>Startwert %1 · Methode %2</translation>
    </message>
    <message>
        <source>Drawn by %1 on %2</source>
        <translation>Gezogen von %1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) replaced</source>
        <translation>
            <numerusform>%n Element ersetzt</numerusform>
            <numerusform>%n Elemente ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the control the population belongs to.</source>
        <translation>Wählen Sie die Kontrolle aus, zu der die Grundgesamtheit gehört.</translation>
    </message>
    <message>
        <source>Importing %1 for %2…</source>
        <translation>%1 wird für %2 importiert…</translation>
    </message>
    <message>
        <source>Importing the population</source>
        <translation>Grundgesamtheit wird importiert</translation>
    </message>
    <message>
        <source>Import population %1 for %2</source>
        <translation>Grundgesamtheit %1 für %2 importieren</translation>
    </message>
    <message>
        <source>Population %1 has a sample drawn from it (seed %2); remove the sample before the population.</source>
        <translation>Aus der Grundgesamtheit %1 wurde eine Stichprobe gezogen (Startwert %2); entfernen Sie die Stichprobe vor der Grundgesamtheit.</translation>
    </message>
    <message>
        <source>Imported %1 rows into population %2 (%3 outside the period).</source>
        <translation>%1 Zeilen in die Grundgesamtheit %2 importiert (%3 außerhalb des Zeitraums).</translation>
    </message>
    <message>
        <source>Outside the period: %1.</source>
        <translation>Außerhalb des Zeitraums: %1.</translation>
    </message>
    <message>
        <source>The control has no population to record the check for.</source>
        <translation>Die Kontrolle hat keine Grundgesamtheit, für die die Prüfung erfasst werden könnte.</translation>
    </message>
    <message>
        <source>Set completeness and accuracy of population %1</source>
        <translation>Vollständigkeit und Richtigkeit der Grundgesamtheit %1 festlegen</translation>
    </message>
    <message>
        <source>The control has no population yet.</source>
        <translation>Die Kontrolle hat noch keine Grundgesamtheit.</translation>
    </message>
    <message>
        <source>%1: %2 rows, read as you scroll</source>
        <translation>%1: %2 Zeilen, beim Scrollen gelesen</translation>
    </message>
    <message>
        <source>Select the control to draw a sample for.</source>
        <translation>Wählen Sie die Kontrolle aus, für die eine Stichprobe gezogen werden soll.</translation>
    </message>
    <message>
        <source>Control %1 has no population to draw from: import it first.</source>
        <translation>Kontrolle %1 hat keine Grundgesamtheit, aus der gezogen werden kann: Importieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>A sample size other than the firm&apos;s policy needs a reason: write it beside the size.</source>
        <translation>Ein von der Richtlinie der Prüfungsgesellschaft abweichender Stichprobenumfang erfordert eine Begründung: Tragen Sie sie neben dem Umfang ein.</translation>
    </message>
    <message>
        <source>Draw sample of %1</source>
        <translation>Stichprobe von %1 ziehen</translation>
    </message>
    <message numerus="yes">
        <source>Drew %n item(s) for %1.</source>
        <translation>
            <numerusform>%n Element für %1 gezogen.</numerusform>
            <numerusform>%n Elemente für %1 gezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item is replaced only with a reason on record.</source>
        <translation>Ein Element wird nur mit erfasster Begründung ersetzt.</translation>
    </message>
    <message>
        <source>Replace %1 in the sample of %2</source>
        <translation>%1 in der Stichprobe von %2 ersetzen</translation>
    </message>
    <message>
        <source>Select the item to replace in the grid.</source>
        <translation>Wählen Sie das zu ersetzende Element in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Why is %1 replaced? (kept with the sample)</source>
        <translation>Warum wird %1 ersetzt? (wird mit der Stichprobe gespeichert)</translation>
    </message>
    <message numerus="yes">
        <source>Re-draw check passed: seed %1 draws the same %n item(s).</source>
        <translation>
            <numerusform>Prüfung der erneuten Ziehung bestanden: Startwert %1 ergibt dasselbe %n Element.</numerusform>
            <numerusform>Prüfung der erneuten Ziehung bestanden: Startwert %1 ergibt dieselben %n Elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-draw check failed: %1</source>
        <translation>Prüfung der erneuten Ziehung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Select the sample item to mark.</source>
        <translation>Wählen Sie das zu markierende Stichprobenelement aus.</translation>
    </message>
    <message>
        <source>Select the sample items whose results to clear.</source>
        <translation>Wählen Sie die Stichprobenelemente aus, deren Ergebnisse geleert werden sollen.</translation>
    </message>
    <message>
        <source>Select the cell to fill down from.</source>
        <translation>Wählen Sie die Zelle aus, von der aus nach unten ausgefüllt werden soll.</translation>
    </message>
    <message>
        <source>Select the rows below to fill (Shift+Down), then press Ctrl+D.</source>
        <translation>Wählen Sie die darunter auszufüllenden Zeilen aus (Shift+Down), und drücken Sie dann Ctrl+D.</translation>
    </message>
    <message numerus="yes">
        <source>Fill note down into %n sample item(s)</source>
        <translation>
            <numerusform>Notiz nach unten in %n Stichprobenelement übernehmen</numerusform>
            <numerusform>Notiz nach unten in %n Stichprobenelemente übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the first sample item to paste into.</source>
        <translation>Wählen Sie das erste Stichprobenelement aus, in das eingefügt werden soll.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted column has %n row(s), more than the items from the current one down (%1); nothing was pasted.</source>
        <translation>
            <numerusform>Die eingefügte Spalte hat %n Zeile, mehr als Elemente ab dem aktuellen abwärts vorhanden sind (%1); es wurde nichts eingefügt.</numerusform>
            <numerusform>Die eingefügte Spalte hat %n Zeilen, mehr als Elemente ab dem aktuellen abwärts vorhanden sind (%1); es wurde nichts eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of the pasted text (%2): &quot;%3&quot; is not a sample item&apos;s result; write &quot;%4&quot; or &quot;%5&quot;. Nothing was pasted.</source>
        <translation>Zeile %1 des eingefügten Texts (%2): „%3“ ist kein Ergebnis eines Stichprobenelements; schreiben Sie „%4“ oder „%5“. Es wurde nichts eingefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n sample item(s)</source>
        <translation>
            <numerusform>In %n Stichprobenelement einfügen</numerusform>
            <numerusform>In %n Stichprobenelemente einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop the files on a sample item.</source>
        <translation>Legen Sie die Dateien auf einem Stichprobenelement ab.</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei an %1 anhängen</numerusform>
            <numerusform>%n Dateien an %1 anhängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) to %1 as evidence.</source>
        <translation>
            <numerusform>%n Datei als Nachweis an %1 angehängt.</numerusform>
            <numerusform>%n Dateien als Nachweis an %1 angehängt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isoaudit::UnmetRulesDialog</name>
    <message>
        <source>Next Lifecycle Step</source>
        <translation>Nächster Statusschritt</translation>
    </message>
    <message>
        <source>Unmet rules</source>
        <translation>Nicht erfüllte Regeln</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the place that needs attention</source>
        <translation>Doppelklicken oder Enter drücken, um zur betroffenen Stelle zu springen</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Show the record this rule is about</source>
        <translation>Den Datensatz anzeigen, den diese Regel betrifft</translation>
    </message>
    <message>
        <source>&amp;Advance</source>
        <translation>&amp;Status wechseln</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Wieder ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Reopen the signed audit with a reason; the signed revision stays on record</source>
        <translation>Das signierte Audit mit einer Begründung wieder öffnen; die signierte Revision bleibt erhalten</translation>
    </message>
    <message>
        <source>The audit is &lt;b&gt;%1&lt;/b&gt;; it is the final state.</source>
        <translation>Das Audit ist im Status &lt;b&gt;%1&lt;/b&gt;; dies ist der Endstatus.</translation>
    </message>
    <message>
        <source>The audit is in &lt;b&gt;%1&lt;/b&gt;. Every rule for &lt;b&gt;%2&lt;/b&gt; holds.</source>
        <translation>Das Audit ist im Status &lt;b&gt;%1&lt;/b&gt;. Alle Regeln für &lt;b&gt;%2&lt;/b&gt; sind erfüllt.</translation>
    </message>
    <message>
        <source>The audit is in &lt;b&gt;%1&lt;/b&gt;. Before it can move to &lt;b&gt;%2&lt;/b&gt; — blockers: %3, warnings: %4.</source>
        <translation>Das Audit ist im Status &lt;b&gt;%1&lt;/b&gt;. Vor dem Wechsel zu &lt;b&gt;%2&lt;/b&gt; – Blocker: %3, Warnungen: %4.</translation>
    </message>
    <message>
        <source>&amp;Advance to %1</source>
        <translation>&amp;Status wechseln: %1</translation>
    </message>
    <message>
        <source>Cannot Advance</source>
        <translation>Statuswechsel nicht möglich</translation>
    </message>
    <message>
        <source>The audit moved to %1.</source>
        <translation>Das Audit ist jetzt im Status %1.</translation>
    </message>
    <message>
        <source>Reopen Signed Audit</source>
        <translation>Signiertes Audit wieder öffnen</translation>
    </message>
    <message>
        <source>Why is the signed audit reopened? The reason is kept with the signed revision.</source>
        <translation>Warum wird das signierte Audit wieder geöffnet? Die Begründung wird mit der signierten Revision gespeichert.</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>Wiederöffnen nicht möglich</translation>
    </message>
    <message>
        <source>The audit was reopened for a new report revision.</source>
        <translation>Das Audit wurde für eine neue Berichtsrevision wieder geöffnet.</translation>
    </message>
    <message>
        <source>The engagement is &lt;b&gt;%1&lt;/b&gt;; it is the final state.</source>
        <translation>Der Prüfungsauftrag ist &lt;b&gt;%1&lt;/b&gt;; das ist der Endstatus.</translation>
    </message>
    <message>
        <source>The engagement is in &lt;b&gt;%1&lt;/b&gt;. Every rule for &lt;b&gt;%2&lt;/b&gt; holds.</source>
        <translation>Der Prüfungsauftrag ist im Status &lt;b&gt;%1&lt;/b&gt;. Alle Regeln für &lt;b&gt;%2&lt;/b&gt; sind erfüllt.</translation>
    </message>
    <message>
        <source>The engagement is in &lt;b&gt;%1&lt;/b&gt;. Before it can move to &lt;b&gt;%2&lt;/b&gt; — blockers: %3, warnings: %4.</source>
        <translation>Der Prüfungsauftrag ist im Status &lt;b&gt;%1&lt;/b&gt;. Vor dem Wechsel zu &lt;b&gt;%2&lt;/b&gt; – Blocker: %3, Warnungen: %4.</translation>
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
        <translation>Von den auslagernden Unternehmen durchgeführte Kontrolle</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>No audit is open for editing.</source>
        <translation>Es ist kein Audit zum Bearbeiten geöffnet.</translation>
    </message>
    <message>
        <source>Describe the control the user entities operate.</source>
        <translation>Beschreiben Sie die Kontrolle, die die auslagernden Unternehmen durchführen.</translation>
    </message>
    <message>
        <source>Add user-entity control %1</source>
        <translation>Kontrolle der auslagernden Unternehmen %1 hinzufügen</translation>
    </message>
    <message>
        <source>Set ref of %1</source>
        <translation>Ref. von %1 festlegen</translation>
    </message>
    <message>
        <source>Set description of %1</source>
        <translation>Beschreibung von %1 festlegen</translation>
    </message>
</context>
<context>
    <name>isoaudit::UserGuideDialog</name>
    <message>
        <source>IsoAudit User Guide</source>
        <translation>IsoAudit-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Inhalt des Handbuchs</translation>
    </message>
    <message>
        <source>Contents: click a heading to go there</source>
        <translation>Inhalt: Klicken Sie auf eine Überschrift, um dorthin zu springen</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Text des Benutzerhandbuchs</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of IsoAudit.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build von IsoAudit.</translation>
    </message>
    <message>
        <source>The link %1 leads nowhere in this guide.</source>
        <translation>Der Link %1 führt in diesem Handbuch ins Leere.</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Vom Ende aus fortgesetzt</translation>
    </message>
    <message>
        <source>Continued from the start</source>
        <translation>Vom Anfang aus fortgesetzt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Back to the previous place in the guide (%1)</source>
        <translation>Zurück zur vorherigen Stelle im Handbuch (%1)</translation>
    </message>
    <message>
        <source>Forward again (%1)</source>
        <translation>Wieder vor (%1)</translation>
    </message>
    <message>
        <source>Find in the guide (%1)</source>
        <translation>Im Handbuch suchen (%1)</translation>
    </message>
    <message>
        <source>Find the previous occurrence (%1)</source>
        <translation>Vorheriges Vorkommen suchen (%1)</translation>
    </message>
    <message>
        <source>Find the next occurrence (%1)</source>
        <translation>Nächstes Vorkommen suchen (%1)</translation>
    </message>
</context>
<context>
    <name>isoaudit::WelcomePage</name>
    <message>
        <source>&amp;New Audit…</source>
        <translation>&amp;Neues Audit…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Audit</source>
        <translation>&amp;Demo-Audit öffnen</translation>
    </message>
    <message>
        <source>A complete example audit: risks, interviews, evidence and findings</source>
        <translation>Ein vollständiges Beispielaudit: Risiken, Interviews, Nachweise und Feststellungen</translation>
    </message>
    <message>
        <source>&amp;Recent audits:</source>
        <translation>&amp;Zuletzt geöffnete Audits:</translation>
    </message>
    <message>
        <source>Recent audits</source>
        <translation>Zuletzt geöffnete Audits</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent audits</source>
        <translation>Keine zuletzt geöffneten Audits</translation>
    </message>
    <message>
        <source>&lt;h1&gt;IsoAudit&lt;/h1&gt;&lt;p&gt;The workbench for ISO/IEC 27001 certification audits and SOC 2 examinations. Open an audit file, start a new one, or try a demo.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;IsoAudit&lt;/h1&gt;&lt;p&gt;Der Arbeitsbereich für Zertifizierungsaudits nach ISO/IEC 27001 und SOC 2-Prüfungen. Öffnen Sie eine Auditdatei, legen Sie eine neue an, oder probieren Sie eine Demo aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SOC &amp;2 Demo</source>
        <translation>SOC &amp;2-Demo</translation>
    </message>
    <message>
        <source>A complete example SOC 2 Type 2 engagement: controls, populations, samples and exceptions</source>
        <translation>Eine vollständige Beispielprüfung nach SOC 2 Typ 2: Kontrollen, Grundgesamtheiten, Stichproben und Abweichungen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The .isoaudit file to open (default: the demo).</source>
        <translation>Die zu öffnende .isoaudit-Datei (Standard: das Demo-Audit).</translation>
    </message>
    <message>
        <source>Open the file read-only.</source>
        <translation>Die Datei schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>Quit right after the first paint.</source>
        <translation>Direkt nach dem ersten Zeichnen beenden.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the first paint, then quit.</source>
        <translation>Nach dem ersten Zeichnen ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1366x768.</source>
        <translation>Fenstergröße, z. B. 1366x768.</translation>
    </message>
    <message>
        <source>User interface language: en, da, de, nl or fr (default: Preferences, else the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche: en, da, de, nl oder fr (Standard: Einstellungen, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Workbench for ISO/IEC 27001 lead auditors and SOC 2 service auditors</source>
        <translation>Arbeitsbereich für Auditteamleiter nach ISO/IEC 27001 und Prüfer von Dienstleistungsunternehmen nach SOC 2</translation>
    </message>
    <message>
        <source>Show this page first (overview, plan, clauses, soa, risks, interviews, evidence, findings, report; for a SOC 2 engagement overview, engagement, controls, testing, exceptions, report).</source>
        <translation>Diese Seite zuerst anzeigen (overview, plan, clauses, soa, risks, interviews, evidence, findings, report; bei einer SOC 2-Prüfung overview, engagement, controls, testing, exceptions, report).</translation>
    </message>
    <message>
        <source>Open the SOC 2 demo engagement instead of the ISO/IEC 27001 demo audit.</source>
        <translation>Die SOC 2-Demoprüfung statt des ISO/IEC 27001-Demo-Audits öffnen.</translation>
    </message>
</context>
</TS>
