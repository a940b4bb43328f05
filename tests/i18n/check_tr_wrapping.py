#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a user-visible string in the GUI's sources is not wrapped in tr().

Every string literal in ui/ and app/gui/ must say what it is: tr()/QT_TR_NOOP()/QT_TRANSLATE_NOOP()/translate()
for text a user reads, QStringLiteral()/QLatin1String()/QLatin1StringView()/u"" for keys, ids, object names,
formats and other text no user reads. A bare "..." literal is ambiguous and is reported with its file and line.
Literals that look like keys (lowercase first letter, no spaces: "due_date", "newAuditAction") are taken for
field and object names. Lines inside comments, #include/#define lines, qDebug()/qWarning()/qCritical()/qFatal()/Q_ASSERT*() and
extern "C" are not checked. The core library's user-visible messages are tr() by the same rule, but core also
holds SQL, JSON keys and file formats, so only ui/ and app/gui/ are linted.
Usage: check_tr_wrapping.py SOURCE_DIR
"""
import pathlib
import re
import sys

WRAPPERS = ("tr", "QT_TR_NOOP", "QT_TR_N_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP", "translate",
            "QStringLiteral", "QLatin1String", "QLatin1StringView", "QByteArrayLiteral", "qEnvironmentVariable",
            "qgetenv", "qputenv", "Q_ASSERT", "Q_ASSERT_X", "qDebug", "qWarning", "qCritical", "qInfo", "qFatal",
            "setProperty", "property", "fprintf", "printf", "fputs", "puts", "SIGNAL", "SLOT", "QT_TRID_NOOP", "qtTrId", "Q_ARG", "static_assert")
KEY = re.compile(r"^[a-z][A-Za-z0-9_./:-]*$")
SKIP_LINE = re.compile(r'^\s*(#\s*(include|define|if|pragma|error))|extern\s+"C"')
LITERAL = re.compile(r'(?P<prefix>(?:\b(?:u8|u|U|L|R|u8R|uR|LR))?)"(?P<body>(?:[^"\\\n]|\\.)*)"')


def strip_comments(text):
    """Blank out // and /* */ comments, keeping line numbers and string literals intact."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            # Character literals ('"') are blanked so they cannot start a string.
            out.append(text[i:j + 1] if c == '"' else "'" + " " * (j - i - 1) + "'")
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def enclosing_call(text, pos):
    """The name of the innermost call whose parentheses contain pos, or ''."""
    depth = 0
    i = pos - 1
    while i >= 0:
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                m = re.search(r"([A-Za-z_][A-Za-z_0-9]*)\s*$", text[:i])
                return m.group(1) if m else ""
            depth -= 1
        elif c in ";{}" and depth == 0:
            return ""
        i -= 1
    return ""


def check(path, text):
    problems = []
    code = strip_comments(text)
    lines = code.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    # The same text with every literal's contents blanked, so parentheses inside strings do not count.
    blanked = LITERAL.sub(lambda m: m.group("prefix") + '"' + "x" * len(m.group("body")) + '"', code)
    for m in LITERAL.finditer(code):
        if m.group("prefix"):
            continue  # u"..."_s and friends: explicitly not for translation
        body = m.group("body")
        if not re.search(r"[A-Za-z]", re.sub(r"\\.", "", body)):
            continue  # punctuation, separators, numbers
        if KEY.match(body):
            continue  # a field name, object name or id ("due_date", "newAuditAction"): no user reads it
        line_no = code.count("\n", 0, m.start()) + 1
        if SKIP_LINE.search(lines[line_no - 1]):
            continue
        call = enclosing_call(blanked, m.start())
        if call in WRAPPERS:
            continue
        # Adjacent literal concatenation inside a wrapper: "a" "b" — the enclosing call covers it too.
        problems.append(f"{path}:{line_no}: bare string literal \"{body[:60]}\" — wrap it in tr() if a user "
                        f"reads it, else in QStringLiteral()/QLatin1String()")
    return problems


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    files = sorted(list((root / "ui").rglob("*.cpp")) + list((root / "ui").rglob("*.h"))
                   + list((root / "app" / "gui").rglob("*.cpp")))
    problems = []
    for f in files:
        problems += check(f.relative_to(root), f.read_text(encoding="utf-8"))
    for p in problems:
        print(p)
    print(f"{len(files)} files checked, {len(problems)} bare string literal(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
