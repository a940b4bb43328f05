#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation checkers fail where they should: each is run on a small tree that breaks its rule once, and on
the same tree repaired. Usage: test_checkers.py LUPDATE"""
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
LUPDATE = sys.argv[1]
failures = []


def run(script, *args):
    return subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True, text=True)


def expect(name, result, code, needle=""):
    if result.returncode != code or needle not in result.stdout:
        failures.append(f"{name}: exit {result.returncode} (expected {code}), output:\n{result.stdout}{result.stderr}")


GOOD_CPP = '''#include <QObject>
class Pane : public QObject
{
    Q_OBJECT
public:
    void build()
    {
        setObjectName(QStringLiteral("pane"));
        m_label = tr("&Open audit %1").arg(1); // a "comment" is not checked
        m_count = tr("%n risk(s)", nullptr, 3);
        m_key = "due_date";
    }
    QString m_label, m_count, m_key;
};
'''
TS = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>Pane</name>
    <message>
        <source>&amp;Open audit %1</source>
        <translation{type}>{text}</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risiko</numerusform>
            <numerusform>%n risici</numerusform>
        </translation>
    </message>
</context>
</TS>
'''

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    for d in ("ui", "core", "app/gui", "translations"):
        (root / d).mkdir(parents=True)
    (root / "ui" / "Pane.cpp").write_text(GOOD_CPP)
    expect("wrapping: clean tree passes", run("check_tr_wrapping.py", str(root)), 0, "0 bare string literal(s)")
    (root / "ui" / "Pane.cpp").write_text(GOOD_CPP.replace('tr("&Open audit %1")', '"Open audit %1"'))
    expect("wrapping: a bare user string fails", run("check_tr_wrapping.py", str(root)), 1, "ui/Pane.cpp:9")
    (root / "ui" / "Pane.cpp").write_text(GOOD_CPP)

    def write_ts(type_="", text="&amp;Åbn revision %1"):
        for lang in ("da", "de", "nl", "fr"):
            (root / "translations" / f"isoaudit_{lang}.ts").write_text(TS.format(lang=lang, type=type_, text=text))

    write_ts()
    expect("ts: complete and current passes", run("check_ts.py", str(root), LUPDATE), 0, "0 problem(s)")
    write_ts(' type="unfinished"')
    expect("ts: unfinished fails", run("check_ts.py", str(root), LUPDATE), 1, "unfinished")
    write_ts(' type="vanished"')
    expect("ts: vanished fails", run("check_ts.py", str(root), LUPDATE), 1, "vanished")
    write_ts(text="&amp;Åbn revision")
    expect("ts: a lost placeholder fails", run("check_ts.py", str(root), LUPDATE), 1, "placeholders")
    write_ts(text="Åbn revision %1")
    expect("ts: a lost mnemonic fails", run("check_ts.py", str(root), LUPDATE), 1, "mnemonic")
    write_ts()
    (root / "ui" / "Pane.cpp").write_text(GOOD_CPP.replace('m_key = "due_date";', 'm_key = tr("New text");'))
    expect("ts: a new tr() string fails", run("check_ts.py", str(root), LUPDATE), 1, "new tr() string")

# check_value_labels.py: a value's label written outside the table, or a value without a label, fails.
TABLE_CPP = """namespace {
const QList<ListLabels> lists = {
    {ValueList::FindingGrade,
     QStringLiteral("findingGrades"),
     "finding grade",
     {
         {QStringLiteral("major"), QT_TRANSLATE_NOOP3("ValueLabels", "Major nonconformity", "finding grade"), {},
          QT_TRANSLATE_NOOP3("ValueLabels", "Major NC", "finding grade")},
         {QStringLiteral("minor"), QT_TRANSLATE_NOOP3("ValueLabels", "Minor nonconformity", "finding grade")},
     }},
};
}
"""
ENUMS_H = """namespace Enums {
inline const QStringList findingGrades = {"major", "minor"};
} // namespace Enums
"""
with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    for d in ("core/domain", "ui", "app"):
        (root / d).mkdir(parents=True)
    (root / "core/domain/ValueLabels.cpp").write_text(TABLE_CPP)
    (root / "core/domain/RecordKind.h").write_text(ENUMS_H)
    pane = root / "ui" / "Pane.cpp"
    pane.write_text('QString badge() { return label(ValueList::FindingGrade, "major", LabelForm::Short); }\n')
    expect("labels: only the table says it passes", run("check_value_labels.py", str(root)), 0, "every label")
    pane.write_text('QString badge() { return tr("Major NC"); }\n')
    expect("labels: a label outside the table fails", run("check_value_labels.py", str(root)), 1, "'Major NC'")
    pane.write_text('QString badge() { return tr("Major nonconformity"); } // "Minor nonconformity"\n')
    expect("labels: only the code is scanned", run("check_value_labels.py", str(root)), 1, "1 problem(s)")
    pane.write_text("")
    (root / "core/domain/RecordKind.h").write_text(ENUMS_H.replace('"minor"}', '"minor", "critical"}'))
    expect("labels: a value without a label fails", run("check_value_labels.py", str(root)), 1, "'critical'")
    (root / "core/domain/RecordKind.h").write_text(
        ENUMS_H.replace("} // namespace Enums", 'inline const QStringList severities = {"low"};\n} // namespace Enums'))
    expect("labels: a list without labels fails", run("check_value_labels.py", str(root)), 1, "Enums::severities")

for f in failures:
    print("FAIL", f)
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
