#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation is incomplete or stale (docs/translations.md).

For each translations/isoaudit_<lang>.ts:
  * no unfinished, obsolete or vanished entry, no empty translation, every plural message with its forms;
  * each translation keeps the source's placeholders (%1, %2, %n ...) and its & mnemonic;
  * the file is current: lupdate run over the sources (into a temporary copy, the original untouched) finds no
    source text that the file lacks — a new tr() string without a translation fails here.
Usage: check_ts.py SOURCE_DIR LUPDATE
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ("da", "de", "nl", "fr")
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete",
                   "-tr-function-alias", "Q_DECLARE_TR_FUNCTIONS+=ISOAUDIT_REPORT_TR_FUNCTIONS"]


def placeholders(text):
    return sorted(set(re.findall(r"%L?(?:\d+|n)", text)))


def mnemonics(text):
    return len(re.findall(r"&(?!&)[^\s&]", text.replace("&&", "")))


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            where = f"{path.name}: [{name}] {source[:70]!r}"
            t = m.find("translation")
            kind = None if t is None else t.get("type")
            if t is None or kind == "unfinished":
                problems.append(f"{where}: unfinished")
                continue
            if kind in ("obsolete", "vanished"):
                problems.append(f"{where}: {kind} (run the update_translations target)")
                continue
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in t.findall("numerusform")] if numerus else [t.text or ""]
            if numerus and len(forms) < 2:
                problems.append(f"{where}: plural message with {len(forms)} form(s)")
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                drop = ("%n", "%Ln") if numerus else ()
                want = [p for p in placeholders(source) if p not in drop]
                have = [p for p in placeholders(form) if p not in drop]
                if want != have:
                    problems.append(f"{where}: placeholders {want} translated as {have}")
                if mnemonics(source) != mnemonics(form):
                    problems.append(f"{where}: & mnemonic count {mnemonics(source)} -> {mnemonics(form)}")
    return problems


def check_current(source_dir, lupdate, path):
    """Runs lupdate into a copy of the file and returns the source texts the committed file lacks."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = pathlib.Path(tmp) / path.name
        shutil.copy(path, copy)
        sources = [str(source_dir / d) for d in ("core", "ui", "app/gui")]
        result = subprocess.run([lupdate, *sources, "-I", str(source_dir / "core"), "-I", str(source_dir / "ui"),
                                 "-extensions", "cpp,h", *LUPDATE_OPTIONS, "-ts", str(copy)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            return [f"{path.name}: lupdate failed: {result.stderr.strip()}"]
        before = {(c.findtext("name"), m.findtext("source"), m.findtext("comment") or "")
                  for c in ET.parse(path).getroot().iter("context") for m in c.iter("message")}
        after = {(c.findtext("name"), m.findtext("source"), m.findtext("comment") or "")
                 for c in ET.parse(copy).getroot().iter("context") for m in c.iter("message")}
        missing = sorted(after - before)
        stale = sorted(before - after)
        return ([f"{path.name}: not in the file yet (new tr() string): [{c}] {s[:70]!r}" for c, s, _ in missing]
                + [f"{path.name}: no longer in the sources (obsolete): [{c}] {s[:70]!r}" for c, s, _ in stale])


def main():
    source_dir = pathlib.Path(sys.argv[1]).resolve()
    lupdate = sys.argv[2]
    problems = []
    for lang in LANGUAGES:
        path = source_dir / "translations" / f"isoaudit_{lang}.ts"
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        problems += check_file(path)
        problems += check_current(source_dir, lupdate, path)
    for p in problems[:200]:
        print(p)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    print(f"{len(LANGUAGES)} translations checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
