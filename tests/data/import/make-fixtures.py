#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the import test fixtures next to this script: CSV files in the encodings and layouts clients send, and
small XLSX workbooks built with zipfile (shared and inline strings, numbers, date-styled serials, merged header
cells, several sheets). The outputs are committed; run this again only to change them."""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def csv_text(rows, delimiter, newline):
    def field(v):
        v = str(v)
        if any(c in v for c in (delimiter, '"', "\n", "\r")):
            return '"' + v.replace('"', '""') + '"'
        return v
    return newline.join(delimiter.join(field(v) for v in row) for row in rows) + newline


# 1. Danish register: UTF-8 with BOM, semicolons, CRLF, decimal comma, quoted fields with ; " and a line break.
risks_da = [
    ["Risiko-ID", "Aktiv", "Trussel", "Sårbarhed", "Risikoejer", "Sandsynlighed", "Konsekvens", "Score",
     "Behandling", "Kontroller", "Bemærkninger"],
    ["R-01", "Kundedatabase", "Uautoriseret adgang; insider", "Svag adgangsstyring", "Søren Ærø", "4 - Sandsynlig",
     "Betydelig", "12,5", "Reducere", "A.5.15, Bilag A 8.2", 'Se "Adgangspolitik"\nversion 3'],
    ["R-02", "Bærbare pc'er", "Tyveri", "Ingen kryptering", "Mette Holm", "Mulig", "Moderat", "9,0", "Reducere",
     "A8.24", ""],
    ["R-03", "Leverandør", "Konkurs", "Én leverandør", "Ole Bæk", "Sjælden", "Alvorlig", "4,0", "Overføre",
     "5.19; 5.20", ""],
    ["R-04", "Kontor", "Brand", "Gammel installation", "Ole Bæk", "2", "5", "10,0", "Acceptere", "", ""],
    ["R-05", "Netværk", "Malware", "Manglende patching", "IT-chef", "Næsten sikker", "Betydelig", "20,0",
     "Undgå", "A.12.6.1", "2013-nummerering"],
]
write("risks-da-semicolon.csv", b"\xef\xbb\xbf" + csv_text(risks_da, ";", "\r\n").encode("utf-8"))

# 2. German register saved by Excel as "Unicode text": UTF-16 LE with BOM, tab-separated, CRLF.
risks_de = [
    ["Risiko-Nr.", "Vermögenswert", "Bedrohung", "Schwachstelle", "Risikoeigentümer", "Wahrscheinlichkeit",
     "Auswirkung", "Behandlung", "Maßnahmen", "Restwahrscheinlichkeit", "Restauswirkung"],
    ["DE-1", "Lohnbuchhaltung", "Datenabfluss", "Keine DLP", "Jürgen Groß", "Wahrscheinlich", "Erheblich",
     "Reduzieren", "A.8.12", "2", "4"],
    ["DE-2", "Rechenzentrum", "Stromausfall", "Keine USV", "Anna Weiß", "Möglich", "Schwerwiegend",
     "Übertragen", "Anhang A 7.11", "1", "5"],
    ["DE-3", "Webshop", "DDoS", "Kein Schutz", "Anna Weiß", "3", "3", "Akzeptieren", "", "", ""],
    ["DE-4", "Altsystem", "Ausnutzung", "Nicht mehr gepflegt", "Jürgen Groß", "Fast sicher", "Kritisch",
     "Vermeiden", "8.8", "1", "1"],
]
write("risks-de-unicode.txt", b"\xff\xfe" + csv_text(risks_de, "\t", "\r\n").encode("utf-16-le"))

# 3. UTF-16 BE with BOM, commas, LF.
risks_be = [["Ref", "Asset", "Likelihood", "Impact"], ["BE-1", "Café server", "3", "4"], ["BE-2", "Mail", "1", "2"]]
write("risks-utf16be.csv", b"\xfe\xff" + csv_text(risks_be, ",", "\n").encode("utf-16-be"))

# 4. Windows-1252 (an old Excel "CSV" on Danish Windows), commas, LF.
risks_1252 = [
    ["Ref", "Aktiv", "Ejer", "Sandsynlighed", "Konsekvens", "Noter"],
    ["W-1", "Lønsystem", "Søren Ærø", "3", "4", "Budget 5.000 € – godkendt"],
    ["W-2", "Økonomi", "Åse Øster", "2", "2", "„citat“"],
]
write("risks-cp1252.csv", csv_text(risks_1252, ",", "\n").encode("cp1252"))

# 5. Broken rows: every problem the row report must name, around good rows and a blank row.
risks_broken = [
    ["Ref", "Asset", "Likelihood", "Impact", "Treatment", "Controls", "Last reviewed"],
    ["B-1", "Good row", "3", "3", "Mitigate", "A.5.15", "2025-03-01"],
    ["B-2", "Bad likelihood", "often", "3", "Mitigate", "", ""],
    ["B-3", "Out of range", "7", "2", "Accept", "", ""],
    ["", "No reference", "2", "2", "", "", ""],
    [],
    ["B-1", "Duplicate reference", "1", "1", "", "", ""],
    ["B-4", "Unknown control", "2", "2", "Mitigate", "A.5.99, A.8.2", ""],
    ["B-5", "Bad date", "2", "2", "Transfer", "", "31.02.2024"],
    ["B-6", "Bad treatment", "2", "2", "ignore it", "", "01.04.2025"],
]
write("risks-broken.csv", csv_text(risks_broken, ",", "\n").encode("utf-8"))

# 6. An SoA in 2013 numbering (commas): A.9.2.2 and A.9.2.5 both become 5.18.
soa_2013 = [["Control", "Control name", "Applicable", "Justification", "Implemented"]]
for ctl, title, app, why, impl in [
    ("A.5.1.1", "Policies for information security", "Yes", "Required", "Yes"),
    ("A.6.1.2", "Segregation of duties", "Yes", "Small team", "Partial"),
    ("A.9.2.2", "User access provisioning", "Yes", "Access risk", "Yes"),
    ("A.9.2.3", "Management of privileged access rights", "Yes", "Admins", "Planned"),
    ("A.9.2.5", "Review of user access rights", "Yes", "Access risk", "No"),
    ("A.11.1.6", "Delivery and loading areas", "No", "No loading area", ""),
    ("A.14.2.7", "Outsourced development", "N/A", "No outsourced development", ""),
    ("A.18.1.4", "Privacy and protection of PII", "Yes", "GDPR", "Yes"),
]:
    soa_2013.append([ctl, title, app, why, impl])
write("soa-2013.csv", csv_text(soa_2013, ",", "\r\n").encode("utf-8"))

# 7. Findings with grades in three languages and requirements as clauses or controls.
findings = [
    ["Finding ID", "Type", "Title", "Requirement", "Description", "Objective evidence", "Date", "Auditor"],
    ["F-1", "Major", "No internal audit", "9.2.2", "No audit programme", "Interview with QA", "12.03.2025",
     "Imp"],
    ["F-2", "Nebenabweichung", "Access review late", "Annex A 5.18", "Q3 review missing", "Ticket 4711",
     "2025-03-13", "Imp"],
    ["F-3", "Forbedringsmulighed", "Logging", "A.8.15", "", "", "", ""],
    ["F-4", "Sometimes", "Unknown grade", "8.2", "", "", "", ""],
]
write("findings-mixed.csv", csv_text(findings, ",", "\n").encode("utf-8"))

# 8. Files that are not tables.
write("empty.csv", b"")
write("not-a-spreadsheet.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" * 8)
write("not-a-spreadsheet.xlsx", b"This is a text file that someone renamed to .xlsx.\n")
write("unclosed-quote.csv", b'Ref,Asset\nQ-1,"never closed\nQ-2,x\n')

# --- XLSX ---------------------------------------------------------------------------------------------------
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def col_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


class Workbook:
    """Cells: str -> shared string, ("inline", str) -> inline string, int/float -> number,
    ("date", serial) -> number with a date style, ("bool", b) -> boolean."""

    def __init__(self):
        self.sheets = []
        self.shared = []

    def sst(self, s):
        if s not in self.shared:
            self.shared.append(s)
        return self.shared.index(s)

    def add(self, name, rows, merges=()):
        self.sheets.append((name, rows, merges))

    def sheet_xml(self, rows, merges):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', f"<worksheet {NS} {RNS}><sheetData>"]
        for r, row in enumerate(rows):
            if not row:
                continue
            out.append(f'<row r="{r + 1}">')
            for c, v in enumerate(row):
                ref = f"{col_name(c)}{r + 1}"
                if v is None or v == "":
                    continue
                if isinstance(v, tuple) and v[0] == "inline":
                    out.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(v[1])}</t></is></c>')
                elif isinstance(v, tuple) and v[0] == "date":
                    out.append(f'<c r="{ref}" s="1"><v>{v[1]}</v></c>')
                elif isinstance(v, tuple) and v[0] == "bool":
                    out.append(f'<c r="{ref}" t="b"><v>{1 if v[1] else 0}</v></c>')
                elif isinstance(v, (int, float)):
                    out.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    out.append(f'<c r="{ref}" t="s"><v>{self.sst(v)}</v></c>')
            out.append("</row>")
        out.append("</sheetData>")
        if merges:
            out.append(f'<mergeCells count="{len(merges)}">')
            out += [f'<mergeCell ref="{m}"/>' for m in merges]
            out.append("</mergeCells>")
        out.append("</worksheet>")
        return "".join(out)

    def save(self, name):
        sheets = [(n, self.sheet_xml(rows, merges)) for n, rows, merges in self.sheets]
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>',
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'spreadsheetml.sheet.main+xml"/>']
        for i in range(len(sheets)):
            ct.append(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.'
                      'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        ct.append("</Types>")
        wb = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {NS} {RNS}><sheets>']
        rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
        for i, (n, _) in enumerate(sheets):
            wb.append(f'<sheet name="{esc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>')
            rels.append(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/'
                        f'2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>')
        wb.append("</sheets></workbook>")
        rels.append('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/sharedStrings" Target="sharedStrings.xml"/>')
        rels.append('<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/styles" Target="styles.xml"/>')
        rels.append("</Relationships>")
        sst = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {NS} count="{len(self.shared)}">']
        for i, s in enumerate(self.shared):
            if i % 2:  # every other string as rich text, as Excel writes formatted cells
                sst.append(f'<si><r><rPr><b/></rPr><t>{esc(s[:1])}</t></r><r><t xml:space="preserve">'
                           f'{esc(s[1:])}</t></r></si>')
            else:
                sst.append(f"<si><t>{esc(s)}</t></si>")
        sst.append("</sst>")
        styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {NS}>'
                  '<numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy;@"/></numFmts>'
                  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                  '<borders count="1"><border/></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                  '</cellXfs></styleSheet>')
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
            for part, text in [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", root_rels),
                               ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(rels)),
                               ("xl/sharedStrings.xml", "".join(sst)), ("xl/styles.xml", styles)] + \
                    [(f"xl/worksheets/sheet{i + 1}.xml", x) for i, (_, x) in enumerate(sheets)]:
                zi = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, text.encode("utf-8"))


# 9. German register: a title row merged across the table, group headers "Bruttorisiko"/"Restrisiko" merged over
# their likelihood and impact columns, dates as serials with a date style, inline strings, a second sheet.
wb = Workbook()
wb.add("Methode", [["Wahrscheinlichkeit 1-5, Auswirkung 1-5"]])
header = ["Nr.", "Vermögenswert", "Bedrohung", "Eigentümer", "Wahrscheinlichkeit", "Auswirkung", "Behandlung",
          "Wahrscheinlichkeit", "Auswirkung", "Maßnahme", "Überprüft am", "Akzeptiert"]
rows = [
    ["Risikoregister 2025"] + [None] * 11,
    [None, None, None, None, "Bruttorisiko", None, None, "Restrisiko", None, None, None, None],
    header,
    ["X-1", "ERP", ("inline", "Ransomware"), "Jürgen Groß", 4, 5, "Reduzieren", 2, 3, "A.8.7, A.8.13",
     ("date", 45717), ("bool", True)],
    ["X-2", "Personal", "Social Engineering", ("inline", "Anna Weiß"), 3, 3, "Akzeptieren", 3, 3, "",
     ("date", 45658), ("bool", False)],
    ["X-3", "Cloud", "Fehlkonfiguration", "Anna Weiß", "Möglich", "Erheblich", "Reduzieren", 1, 4,
     "A.5.23; A.8.9", ("date", 45700.75), "ja"],
]
wb.add("Risiken", rows, merges=["A1:L1", "E2:F2", "H2:I2"])
wb.save("risks-de.xlsx")

# 10. Danish SoA: a cover sheet, then the SoA under a merged title, 90 of the 93 controls (5.7, 5.23 and 8.28
# missing).
controls = [f"5.{i}" for i in range(1, 38)] + [f"6.{i}" for i in range(1, 9)] + \
    [f"7.{i}" for i in range(1, 15)] + [f"8.{i}" for i in range(1, 35)]
missing = {"5.7", "5.23", "8.28"}
soa_rows = [["Anvendelseserklæring (SoA)", None, None, None, None, None], [],
            ["Kontrol", "Titel", "Relevant", "Begrundelse", "Implementeret", "Dokumentreference"]]
for n, ctl in enumerate(controls):
    if ctl in missing:
        continue
    spelled = [f"A.{ctl}", ctl, f"A{ctl}", f"Bilag A {ctl}"][n % 4]
    relevant = "Nej" if ctl in ("7.5", "7.12") else "Ja"
    impl = "" if relevant == "Nej" else ["Implementeret", "Delvist", "Planlagt", "Ikke implementeret"][n % 4]
    soa_rows.append([spelled, f"Titel {ctl}", relevant, f"Begrundelse {ctl}", impl, f"POL-{n:02d}"])
wb = Workbook()
wb.add("Forside", [["Kunde", "Nordisk A/S"], ["Dato", ("date", 45748)]])
wb.add("SoA", soa_rows, merges=["A1:F1"])
wb.save("soa-da.xlsx")

# 11. A zip that is not a workbook.
with zipfile.ZipFile(os.path.join(HERE, "not-a-workbook.xlsx"), "w") as z:
    z.writestr(zipfile.ZipInfo("readme.txt", date_time=(2025, 1, 1, 0, 0, 0)), "not a workbook")
