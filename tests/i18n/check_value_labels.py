#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a label of a stored value is written anywhere but the one label table (docs/translations.md).

core/domain/ValueLabels.cpp holds, for every list of stored values, the words each value reads as. This check
  * reads the Enums:: lists of core/domain/RecordKind.h and fails when a list or a value has no entry in the table
    (or the table has one the lists do not), and
  * scans core/, ui/ and app/ for a string literal equal to one of the table's labels ("Nonconformity",
    "Major NC", "Record sample") outside the table: a place with its own words for a value would sooner or later
    say it differently. Literals that are not a value's label (a column header "Applicable", a button "Plan
    submitted") are on ALLOWED below with the reason.
Usage: check_value_labels.py SOURCE_DIR
"""
import pathlib
import re
import sys

TABLE = "core/domain/ValueLabels.cpp"
ENUMS = "core/domain/RecordKind.h"
SCANNED = ("core", "ui", "app")

# (path, literal): why the literal is not a value's label, or who redirects it.
ALLOWED = {
    # Column headers and field names that happen to be a label's word.
    ("core/import/TableExporterHeaders.cpp", "Applicable"): "column header of the SoA export",
    ("core/import/TableExporter.cpp", "Yes"): "a yes/no column (residual accepted), not the applicability",
    ("core/import/TableExporter.cpp", "No"): "a yes/no column (residual accepted), not the applicability",
    ("core/import/ColumnMapper.cpp", "Applicable"): "the SoA column's name, to recognise it in a client's table",
    ("ui/models/SoaTableModel.cpp", "Applicable"): "column header",
    ("ui/models/AuditPlanModel.cpp", "Planned"): "column header of the audit plan",
    ("ui/models/InterviewListModel.cpp", "Auditor"): "column header: who held the interview",
    ("ui/panes/interviews/InterviewEditor.cpp", "Auditor"): "accessible name of the interviewer field",
    ("ui/dialogs/PreferencesDialog.cpp", "Auditor"): "title of the Preferences page about the auditor",
    ("ui/mainwindow/NewAuditWizard.cpp", "Lead auditor"): "accessible name of the lead auditor's name field",
    ("ui/panes/evidence/EvidenceEditor.cpp", "Not sampled"): "special value of the sample size spin box",
    ("ui/panes/findings/ClassificationPanel.cpp", "Not sampled"): "special value of a sample size spin box",
    ("ui/panes/findings/FindingRefs.cpp", "OFI"): "prefix of a finding's reference (OFI-3), not a label",
    ("ui/panes/findings/CorrectiveActionPanel.cpp", "Plan submitted"): "button: the step to a status, not a label",
    ("ui/panes/findings/CorrectiveActionPanel.cpp", "Implemented"): "button: the step to a status",
    ("ui/panes/findings/CorrectiveActionPanel.cpp", "Verified effective"): "button: the step to a status",
    ("ui/panes/findings/CorrectiveActionPanel.cpp", "Not effective"): "button: the step to a status",
    ("ui/panes/findings/CorrectiveActionPanel.cpp", "Lead auditor"): "default name of the verifier",
    ("ui/panes/evidence/EvidenceEditor.cpp", "Not stated"): "special value of an empty date",
    ("ui/panes/interviews/InterviewEditor.cpp", "Not stated"): "special value of an empty date or duration",
    ("core/catalog/CatalogRules.cpp", "ISO/IEC 27001:2022"): "the standard's name in a catalog's validation messages",
}

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
NOOP3 = re.compile(r'QT_TRANSLATE_NOOP3\("ValueLabels",\s*"((?:[^"\\]|\\.)*)",\s*"([^"]*)"\)')
NOOP = re.compile(r'QT_TRANSLATE_NOOP\("ValueLabels",\s*"((?:[^"\\]|\\.)*)"\)')
LIST = re.compile(r'\{ValueList::(\w+),\s*QStringLiteral\("(\w+)"\)')
ENTRY = re.compile(r'\{QStringLiteral\("([^"]+)"\),\s*QT_TRANSLATE_NOOP3')
ENUM_LIST = re.compile(r'inline const QStringList (\w+)\s*=\s*\{([^}]*)\};', re.S)


def table_lists(text):
    """{list name: [values]} from the table, in order."""
    marks = [(m.start(), m.group(2)) for m in LIST.finditer(text)]
    lists = {}
    for i, (start, name) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        lists[name] = ENTRY.findall(text[start:end])
    return lists


def enum_lists(text):
    body = text[text.index("namespace Enums {"):]
    body = body[:body.index("} // namespace Enums")]
    return {m.group(1): re.findall(r'"([^"]*)"', m.group(2)) for m in ENUM_LIST.finditer(body)}


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"(?m)//.*$", "", text)


def check(root):
    problems = []
    table_text = (root / TABLE).read_text(encoding="utf-8")
    labels = {m.group(1) for m in NOOP3.finditer(table_text)} | {m.group(1) for m in NOOP.finditer(table_text)}
    if not labels:
        return [f"{TABLE}: no labels found"]
    lists = table_lists(table_text)
    # A value that is its own English label (the Annex A themes, "Organizational") is data wherever it is written.
    labels -= {value for values in lists.values() for value in values}
    for name, values in enum_lists((root / ENUMS).read_text(encoding="utf-8")).items():
        if name not in lists:
            problems.append(f"{ENUMS}: Enums::{name} has no list in the label table ({TABLE})")
            continue
        for value in values:
            if value not in lists[name]:
                problems.append(f"{ENUMS}: Enums::{name} value {value!r} has no label in {TABLE}")
        for value in lists[name]:
            if value not in values:
                problems.append(f"{TABLE}: {name} labels {value!r}, which Enums::{name} does not hold")
    used = set()
    for top in SCANNED:
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in (".cpp", ".h") or not path.is_file():
                continue
            rel = path.relative_to(root).as_posix()
            if rel == TABLE:
                continue
            for lineno, line in enumerate(strip_comments(path.read_text(encoding="utf-8")).splitlines(), 1):
                for literal in LITERAL.findall(line):
                    if literal not in labels:
                        continue
                    if (rel, literal) in ALLOWED:
                        used.add((rel, literal))
                        continue
                    problems.append(f"{rel}:{lineno}: {literal!r} is a value's label: take it from ValueLabels "
                                    f"(core/domain/ValueLabels.h) instead of writing it here")
    for key in sorted(set(ALLOWED) - used):
        if (root / key[0]).exists():
            problems.append(f"check_value_labels.py: ALLOWED{key} no longer occurs; delete the entry")
    return problems


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
    problems = check(root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("every label of a stored value comes from the label table")
    return 0


if __name__ == "__main__":
    sys.exit(main())
