#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A translator's helper for translations/isoaudit_<lang>.ts (docs/translations.md).

  ts-tool.py stats                       finished / unfinished per language
  ts-tool.py todo LANG [--limit N] [--context CTX]
                                         the unfinished messages as JSON (id, context, source, comment, numerus)
  ts-tool.py apply LANG FILE.json        fills in translations from a JSON list of objects with
                                         "context", "source", optional "comment" (the disambiguation) and
                                         "translation" (a string, or a list of plural forms for numerus messages);
                                         each is checked (placeholders, & mnemonic, plural form count) before it is
                                         written; entries that fail are listed and left unfinished
  ts-tool.py show LANG CONTEXT           every message of one context with its translation
  ts-tool.py update [LANG ...]           merges new source strings into the .ts files (lupdate, the same options
                                         as the update_translations target; strings gone from the sources are
                                         dropped)
Writes hold a lock (/tmp/isoaudit-ts.lock), so translators and lupdate never overwrite each other's changes.
"""
import contextlib
import fcntl
import subprocess
import json
import os
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
PLURAL_FORMS = {"da": 2, "de": 2, "nl": 2, "fr": 2}


LUPDATE = "/usr/lib/qt6/bin/lupdate"
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete",
                   "-tr-function-alias", "Q_DECLARE_TR_FUNCTIONS+=ISOAUDIT_REPORT_TR_FUNCTIONS"]


@contextlib.contextmanager
def locked():
    with open("/tmp/isoaudit-ts.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def ts_path(lang):
    return ROOT / "translations" / f"isoaudit_{lang}.ts"


def load(lang):
    return ET.parse(ts_path(lang))


def save(tree, lang):
    """Writes the tree, then lets lupdate write the file again in its own layout and escaping, so that a change of a
    few translations is a diff of those lines, not of the whole file (ElementTree indents and escapes otherwise).
    Called with the lock held."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(lang).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                             encoding="utf-8")
    if os.path.exists(LUPDATE):
        run_lupdate([lang], quiet=True)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def placeholders(text):
    return sorted(set(re.findall(r"%L?(?:\d+|n)", text)))


def mnemonics(text):
    return len(re.findall(r"&(?!&|amp;|lt;|gt;|quot;|apos;|#)[^\s&]", text.replace("&&", "")))


def problems(source, translation, numerus, lang):
    forms = translation if isinstance(translation, list) else [translation]
    found = []
    if numerus and len(forms) != PLURAL_FORMS[lang]:
        found.append(f"needs {PLURAL_FORMS[lang]} plural forms, has {len(forms)}")
    for form in forms:
        if not isinstance(form, str) or not form.strip():
            found.append("empty translation")
            continue
        src_ph = [p for p in placeholders(source) if not (numerus and p in ("%n", "%Ln"))]
        tr_ph = [p for p in placeholders(form) if not (numerus and p in ("%n", "%Ln"))]
        if src_ph != tr_ph:
            found.append(f"placeholders {src_ph} but translation has {tr_ph}")
        if mnemonics(source) != mnemonics(form):
            found.append(f"source has {mnemonics(source)} & mnemonic(s), translation {mnemonics(form)}")
        if source.endswith("…") != form.endswith("…"):
            found.append("an ellipsis (…) at the end must be kept or omitted like the source")
    return found


def cmd_stats(_args):
    for lang in PLURAL_FORMS:
        if not ts_path(lang).exists():
            continue
        total = unfinished = 0
        for _, m in messages(load(lang)):
            total += 1
            t = m.find("translation")
            unfinished += t is None or t.get("type") == "unfinished"
        print(f"{lang}: {total - unfinished}/{total} finished, {unfinished} unfinished")


def cmd_todo(args):
    lang = args[0]
    limit = int(args[args.index("--limit") + 1]) if "--limit" in args else 10**9
    only = args[args.index("--context") + 1] if "--context" in args else None
    out = []
    for context, m in messages(load(lang)):
        t = m.find("translation")
        if t is not None and t.get("type") != "unfinished":
            continue
        if only and context != only:
            continue
        item = {"context": context, "source": m.findtext("source")}
        if m.findtext("comment"):
            item["comment"] = m.findtext("comment")
        if m.findtext("extracomment"):
            item["note"] = m.findtext("extracomment")
        if m.get("numerus") == "yes":
            item["numerus"] = True
        out.append(item)
        if len(out) >= limit:
            break
    print(json.dumps(out, ensure_ascii=False, indent=1))


def cmd_apply(args):
    lang, path = args[0], args[1]
    entries = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    with locked():
        return apply_locked(lang, entries)


def apply_locked(lang, entries):
    tree = load(lang)
    index = {}
    for context, m in messages(tree):
        index[(context, m.findtext("source"), m.findtext("comment") or "")] = m
    applied, failed = 0, []
    for e in entries:
        key = (e["context"], e["source"], e.get("comment", ""))
        m = index.get(key)
        if m is None:
            failed.append((key, "no such message in the .ts file"))
            continue
        numerus = m.get("numerus") == "yes"
        found = problems(e["source"], e["translation"], numerus, lang)
        if found:
            failed.append((key, "; ".join(found)))
            continue
        t = m.find("translation")
        if t is None:
            t = ET.SubElement(m, "translation")
        for child in list(t):
            t.remove(child)
        t.text = None
        t.attrib.pop("type", None)
        if numerus:
            forms = e["translation"] if isinstance(e["translation"], list) else [e["translation"]]
            for form in forms:
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = e["translation"]
        applied += 1
    save(tree, lang)
    print(f"{lang}: applied {applied}, refused {len(failed)}")
    for key, why in failed:
        print(f"  REFUSED [{key[0]}] {key[1]!r}: {why}")
    return 1 if failed else 0


def run_lupdate(langs, quiet=False):
    """lupdate over the sources into the languages' files (the lock must be held)."""
    sources = [str(ROOT / d) for d in ("core", "ui", "app/gui")]
    return subprocess.run([LUPDATE, *sources, "-I", str(ROOT / "core"), "-I", str(ROOT / "ui"), "-extensions",
                           "cpp,h", *LUPDATE_OPTIONS, "-ts", *[str(ts_path(lang)) for lang in langs]],
                          stdout=subprocess.DEVNULL if quiet else None).returncode


def cmd_update(args):
    langs = args or list(PLURAL_FORMS)
    with locked():
        return run_lupdate(langs)


def cmd_show(args):
    lang, context = args[0], args[1]
    for name, m in messages(load(lang)):
        if name == context:
            t = m.find("translation")
            text = "" if t is None else (t.text or " | ".join(f.text or "" for f in t.findall("numerusform")))
            print(f"{m.findtext('source')!r} -> {text!r}")


if __name__ == "__main__":
    commands = {"stats": cmd_stats, "todo": cmd_todo, "apply": cmd_apply, "show": cmd_show, "update": cmd_update}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        sys.exit(2)
    sys.exit(commands[sys.argv[1]](sys.argv[2:]) or 0)
