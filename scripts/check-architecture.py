#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the include rules that docs/architecture.md states, reading them from the doc itself.

The doc's table between the markers `<!-- rooms:begin -->` and `<!-- rooms:end -->` names every room (a folder of
core/, ui/ or app/) and the rooms it may include. This script walks every .h/.cpp file under core/, ui/ and app/,
resolves each `#include "..."` to the room that holds the file, and fails on:
  - an include of a room the doc does not allow (an upward or sideways include),
  - a folder that is not in the table (a new room must be described before it is used),
  - a room in the table that no longer exists (the doc must stay true),
  - an SQL header (<QSql...>) outside core/ ("ui talks to core services, never to SQL"),
  - a Qt Widgets header inside core/ (core never includes Widgets).

Usage: check-architecture.py [SOURCE_DIR]          checks the tree (default: the checkout this script is in)
       check-architecture.py --self-test          proves each rule fails on a small tree that breaks it
Exit 0 when clean, 1 with one line per violation, 2 on a malformed doc.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

TOPS = ("core", "ui", "app")
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^">]+)[">]', re.MULTILINE)
ROW = re.compile(r"^\|\s*`([a-z]+/[a-z0-9_-]+)`\s*\|(.*)\|\s*$")
WIDGETS_HEADERS = re.compile(r"^(QtWidgets/|QtPrintSupport/|Q(Widget|MainWindow|Dialog|Application|Abstract(Button|"
                             r"ItemView|ScrollArea|Spin|Slider)|Label|LineEdit|PushButton|TableView|TreeView|"
                             r"ListView|Menu|MenuBar|ToolBar|StatusBar|MessageBox|FileDialog|Style|Layout|"
                             r"[HVG]BoxLayout|FormLayout|Splitter|TabWidget|ComboBox|CheckBox|StyledItemDelegate|"
                             r"Printer|PrintDialog|PrintPreviewDialog|UndoView)$)")
SQL_HEADERS = re.compile(r"^(QtSql/|QSql)")


def read_rules(doc):
    """{room: set(allowed rooms)} from the doc's marked table."""
    text = doc.read_text(encoding="utf-8")
    try:
        block = text.split("<!-- rooms:begin -->", 1)[1].split("<!-- rooms:end -->", 1)[0]
    except IndexError:
        raise SystemExit(f"{doc}: no <!-- rooms:begin --> ... <!-- rooms:end --> table")
    rules = {}
    for line in block.splitlines():
        match = ROW.match(line.strip())
        if not match:
            continue
        room, allowed = match.group(1), match.group(2)
        rules[room] = set(re.findall(r"`([a-z]+/[a-z0-9_-]+)`", allowed))
    if not rules:
        raise SystemExit(f"{doc}: the rooms table has no rows")
    for room, allowed in rules.items():
        for target in allowed:
            if target not in rules:
                raise SystemExit(f"{doc}: {room} may include `{target}`, which is not a room of the table")
    return rules


def room_of(root, path):
    rel = path.relative_to(root).parts
    return f"{rel[0]}/{rel[1]}" if len(rel) > 2 else rel[0]


def resolve(root, source, target):
    """The file an `#include "target"` in `source` names: next to it, else under core/ or ui/ (the include roots)."""
    for base in (source.parent, root / "core", root / "ui"):
        candidate = base / target
        if candidate.is_file():
            return candidate.resolve()
    return None


def check(root):
    root = pathlib.Path(root).resolve()
    rules = read_rules(root / "docs" / "architecture.md")
    problems = []
    seen_rooms = set()
    for top in TOPS:
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in (".h", ".cpp") or not path.is_file():
                continue
            room = room_of(root, path)
            seen_rooms.add(room)
            rel = path.relative_to(root)
            if room not in rules:
                problems.append(f"{rel}: room {room} is not in docs/architecture.md")
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for match in INCLUDE.finditer(text):
                bracket, target = match.groups()
                line = text.count("\n", 0, match.start()) + 1
                if bracket == "<":
                    if top != "core" and SQL_HEADERS.match(target):
                        problems.append(f"{rel}:{line}: {room} includes <{target}>: only core talks SQL")
                    if top == "core" and WIDGETS_HEADERS.match(target):
                        problems.append(f"{rel}:{line}: {room} includes <{target}>: core never uses Qt Widgets")
                    continue
                resolved = resolve(root, path, target)
                if resolved is None or root not in resolved.parents:
                    continue  # generated headers (ui_*.h, moc) and system headers in quotes
                target_room = room_of(root, resolved)
                if target_room != room and target_room not in rules[room]:
                    problems.append(f"{rel}:{line}: {room} includes \"{target}\" ({target_room}), which "
                                    f"docs/architecture.md does not allow")
    for room in sorted(set(rules) - seen_rooms):
        problems.append(f"docs/architecture.md: room {room} has no source files (remove it or fix the name)")
    return problems


DOC = """# Architecture
<!-- rooms:begin -->
| room | may include |
|---|---|
| `core/util` | |
| `core/storage` | `core/util` |
| `ui/models` | `core/util`, `core/storage` |
<!-- rooms:end -->
"""


def self_test():
    failures = []

    def tree(files, doc=DOC):
        folder = pathlib.Path(tempfile.mkdtemp())
        (folder / "docs").mkdir()
        (folder / "docs" / "architecture.md").write_text(doc)
        for name, text in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text)
        return folder

    good = {
        "core/util/Result.h": "#pragma once\n#include <QString>\n",
        "core/storage/Store.h": '#include "util/Result.h"\n#include <QSqlDatabase>\n',
        "core/storage/Store.cpp": '#include "storage/Store.h"\n#include "Store.h"\n',
        "ui/models/Model.cpp": '#include "storage/Store.h"\n#include "ui_Model.h"\n',
    }
    cases = {
        "clean tree": (dict(good), DOC, None),
        "upward include": (dict(good, **{"core/util/Bad.h": '#include "storage/Store.h"\n'}), DOC,
                           "core/util includes \"storage/Store.h\" (core/storage)"),
        "room not in the doc": (dict(good, **{"core/extra/X.h": "#pragma once\n"}), DOC,
                                "room core/extra is not in docs/architecture.md"),
        "SQL in ui": (dict(good, **{"ui/models/Sql.cpp": "#include <QSqlQuery>\n"}), DOC,
                      "only core talks SQL"),
        "Widgets in core": (dict(good, **{"core/util/W.h": "#include <QWidget>\n"}), DOC,
                            "core never uses Qt Widgets"),
        "room gone": (dict(good), DOC.replace("| `ui/models`", "| `ui/panes` | |\n| `ui/models`"),
                      "room ui/panes has no source files"),
    }
    for name, (files, doc, expected) in cases.items():
        problems = check(tree(files, doc))
        if expected is None and problems:
            failures.append(f"{name}: expected clean, got {problems}")
        if expected is not None and not any(expected in p for p in problems):
            failures.append(f"{name}: expected a problem containing {expected!r}, got {problems}")
    # The real command line: exit 1 and the violation on stdout.
    bad = tree(dict(good, **{"core/util/Bad.h": '#include "storage/Store.h"\n'}))
    run = subprocess.run([sys.executable, __file__, str(bad)], capture_output=True, text=True)
    if run.returncode != 1 or "core/util/Bad.h:1" not in run.stdout:
        failures.append(f"command line: exit {run.returncode}, output {run.stdout!r}")
    for failure in failures:
        print("FAIL", failure)
    print(f"check-architecture self-test: {len(cases) + 1 - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


def main(argv):
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test()
    root = argv[1] if len(argv) > 1 else pathlib.Path(__file__).resolve().parent.parent
    problems = check(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} include rule(s) of docs/architecture.md broken")
        return 1
    print("architecture: every include follows docs/architecture.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
