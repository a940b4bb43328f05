#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates resources/catalog/*.json|tsv from the checked reference lists in ../shared/reference/.

ISO/IEC 27001:2022: identifiers and official short titles only; the notes are our own paraphrases.
AICPA Trust Services Criteria (2017, points of focus revised 2022): identifiers and titles in our own words, never
the AICPA's text. Each framework's counts are checked on load by core/catalog/CatalogRules.cpp (docs/frameworks.md).
Run from the repository root:
    python3 scripts/make-catalog.py ../shared/reference
"""
import csv, json, sys, pathlib

ref = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
out = pathlib.Path("resources/catalog")

def rows(name):
    with open(ref / name, encoding="utf-8") as f:
        return [r for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")]

new = {l.split("\t")[0] for l in open(ref / "iso27001_2022_new_controls.txt", encoding="utf-8")
       if l.strip() and not l.startswith("#")}
groups, items = [], []
for r in rows("iso27001_2022_clauses.tsv"):
    top, _, section = r["clause_group"].partition(" / ")
    gid, gtitle = top.split(" ", 1)
    if not any(g["id"] == gid for g in groups):
        groups.append({"id": gid, "kind": "clause", "title": gtitle})
    item = {"id": r["id"], "kind": "clause", "group": gid, "title": r["title"],
            "documentedInformation": r["documented_information"] == "yes",
            "note": r["di_note (paraphrase, own words)"]}
    if section:
        item["section"] = section
    items.append(item)
theme_ids = {"Organizational": "A.5", "People": "A.6", "Physical": "A.7", "Technological": "A.8"}
for name, gid in theme_ids.items():
    groups.append({"id": gid, "kind": "theme", "title": name})
for r in rows("iso27001_2022_annexA.tsv"):
    items.append({"id": r["id"], "kind": "control", "group": theme_ids[r["theme"]], "theme": r["theme"],
                  "title": r["title"], "newIn2022": r["id"] in new})
catalog = {"format": "isoaudit-catalog", "version": 1,
           "framework": {"id": "iso27001-2022", "name": "ISO/IEC 27001:2022",
                         "edition": "ISO/IEC 27001:2022 incl. Amd 1:2024",
                         "engagement": "certification"},
           "groups": groups, "items": items}
(out / "iso27001-2022.json").write_text(json.dumps(catalog, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

# The Trust Services Criteria: one group per series (CC1 ... P8), each criterion in its category.
categories = {"Security (Common Criteria)": "Security"}
tsc_groups, tsc_items = [], []
for r in rows("soc2_tsc_2017.tsv"):
    series, title = r["series"].split(" ", 1)
    category = categories.get(r["category"], r["category"])
    if not any(g["id"] == series for g in tsc_groups):
        tsc_groups.append({"id": series, "kind": "series", "category": category, "title": title})
    item = {"id": r["id"], "kind": "criterion", "group": series, "category": category,
            "title": r["short_title_own_words"]}
    if r["coso_principle"]:
        item["cosoPrinciple"] = int(r["coso_principle"])
    tsc_items.append(item)
tsc = {"format": "isoaudit-catalog", "version": 1,
       "framework": {"id": "soc2-2017", "name": "AICPA Trust Services Criteria (2017)",
                     "edition": "TSC 2017, points of focus revised 2022", "engagement": "attestation"},
       "groups": tsc_groups, "items": tsc_items}
(out / "soc2-2017.json").write_text(json.dumps(tsc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
(out / "iso27001-2013-to-2022.tsv").write_text((ref / "iso27001_2013_to_2022.tsv").read_text(encoding="utf-8"),
                                                 encoding="utf-8")
print(f"iso27001-2022: {len(items)} items in {len(groups)} groups")
print(f"soc2-2017: {len(tsc_items)} criteria in {len(tsc_groups)} series")
