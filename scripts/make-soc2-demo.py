#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/demo/demo-soc2.json: the SOC 2 Type 2 demo engagement (docs/soc2.md).

The engagement is built through isoaudit-cli, step by step as a service auditor would script it, from the data in
scripts/soc2_demo_data.py: the engagement and its system description, the carve-out subservice organization and the
CUECs, the control matrix (imported from CSV), a test procedure per control, populations of realistic size (generated
here, seeded), samples drawn with fixed seeds, every item's result with two controls' exceptions, the exceptions
assessed with management's responses, and the opinion. The package is then exported.

    python3 scripts/make-soc2-demo.py BUILD/app/isoaudit-cli [OUT.json]
"""
import csv
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import soc2_demo_data as data  # noqa: E402

FREQUENCY_WORDS = {"annual": "Annual", "quarterly": "Quarterly", "monthly": "Monthly", "weekly": "Weekly",
                   "daily": "Daily", "multiple-daily": "Several times a day", "as-needed": "As needed"}
PREFIX = {"KA-01": "HIRE", "KA-02": "AC", "KA-04": "HIRE", "KA-05": "HIRE", "KA-10": "CR", "KA-11": "IA",
          "KA-15": "ACC", "KA-16": "TERM", "KA-17": "UAR", "KA-19": "DAY", "KA-20": "DISP", "KA-23": "EDR",
          "KA-24": "SCAN", "KA-25": "ALRT", "KA-26": "INC", "KA-28": "PR", "KA-31": "VEN", "KA-33": "BKP",
          "KA-34": "RST", "KA-37": "DEL", "KA-40": "CTR"}


def run(cli, *args):
    result = subprocess.run([cli, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"isoaudit-cli {' '.join(args[:3])} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout


def period():
    start = dt.date.fromisoformat(data.ENGAGEMENT["period_start"])
    end = dt.date.fromisoformat(data.ENGAGEMENT["period_end"])
    return start, end


def occurrence_dates(frequency, count, rng):
    """`count` dates in the period, spread as the control's frequency would spread them."""
    start, end = period()
    days = (end - start).days + 1
    if frequency == "daily":
        return [start + dt.timedelta(days=i) for i in range(count)]
    if frequency in ("quarterly", "weekly", "monthly"):
        step = days / count
        return [start + dt.timedelta(days=int(i * step + step / 2)) for i in range(count)]
    dates = [start + dt.timedelta(days=rng.randrange(days)) for _ in range(count)]
    return sorted(dates)


def write_population(path, ref, frequency, count, rng):
    prefix = PREFIX.get(ref, "OCC")
    people = ["A. Moreno", "B. Osei", "C. Lindqvist", "D. Nakamura", "E. Fischer", "F. Haddad", "G. Rossi"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Reference", "Date", "Performed by", "System"])
        for i, day in enumerate(occurrence_dates(frequency, count, rng), start=1):
            w.writerow([f"{prefix}-{day.year}-{i:05d}", day.isoformat(), rng.choice(people),
                        rng.choice(["insights-api", "ingest", "console", "corporate"])])


def sampled_ids(out):
    return re.findall(r"^  \d{4}-\d{2}  \d{4}-\d{2}-\d{2}  (\S+)  \(row", out, re.MULTILINE)


def build(cli, folder):
    e = data.ENGAGEMENT
    file = os.path.join(folder, "kestrel.isoaudit")
    start, end = period()
    run(cli, "new", file, "--framework", "soc2", "--type", "type2", "--org", e["organization"], "--system",
        e["system"], "--auditor-firm", e["firm"], "--lead", e["lead"], "--period-start", e["period_start"],
        "--period-end", e["period_end"], "--categories", e["categories"], "--start", "2026-07-06", "--end",
        "2026-07-24")
    run(cli, "set", file, "--reportNumber", "MF-SOC2-2026-014")
    run(cli, "engagement", file, "--services", e["services"], "--infrastructure", e["infrastructure"], "--software",
        e["software"], "--people", e["people"], "--procedures", e["procedures"], "--data", e["data"],
        "--boundaries", e["boundaries"], "--managementAssertion", e["assertion"])
    s = data.SUBSERVICE
    run(cli, "subservice", file, "--name", s["name"], "--services", s["services"], "--method", s["method"],
        "--csocs", s["csocs"], "--criteria", ",".join(s["criteria"]))
    for ref, description, criteria in data.CUECS:
        run(cli, "cuec", file, "--ref", ref, "--description", description, "--criteria", ",".join(criteria))

    matrix = os.path.join(folder, "control-matrix.csv")
    with open(matrix, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Control ID", "Control Title", "Control Description", "Control Owner", "Frequency",
                    "Manual/Automated", "Key Control", "TSC Mapping"])
        for c in data.CONTROLS:
            ref, title, description, owner, frequency, automation, key, criteria = c[:8]
            w.writerow([ref, title, description, owner, FREQUENCY_WORDS[frequency], automation.capitalize(),
                        "Yes" if key else "No", ", ".join(criteria)])
    run(cli, "controls", file, "--import", matrix)
    run(cli, "advance", file, "--to", "fieldwork")

    rng = random.Random(20260706)
    for index, c in enumerate(data.CONTROLS):
        ref, _title, _description, _owner, frequency, automation, _key, _criteria, method, attributes, size = c
        args = ["test-procedure", file, "--control", ref, "--method", method, "--attributes", attributes,
                "--by", e["lead"], "--on", "2026-07-10"]
        if size is None:
            args += ["--result", "no-exceptions"]
            if automation == "automated":
                args += ["--description", "Inspected the configuration and one instance, and the change-management "
                                          "evidence over it for the period."]
        run(cli, *args)
        if size is None:
            continue
        population = os.path.join(folder, f"{ref}.csv")
        write_population(population, ref, frequency, size, rng)
        run(cli, "population", file, "--control", ref, "--import", population, "--id-column", "Reference",
            "--date-column", "Date", "--name", f"{ref} occurrences", "--by", e["lead"])
        run(cli, "population", file, "--control", ref, "--completenessAccuracy",
            "Obtained the list from the system of record with the auditor present; agreed its count to the system's "
            "report and traced five entries both ways.", "--caCheckedBy", e["lead"], "--caCheckedOn", "2026-07-08")
        out = run(cli, "sample", file, "--control", ref, "--seed", str(7001 + index), "--by", e["lead"])
        ids = sampled_ids(out)
        exception = data.EXCEPTIONS.get(ref)
        for i, item in enumerate(ids):
            failed = exception is not None and i < exception["count"]
            note = exception["note"].format(days=3 + 2 * i) if failed else "Attributes agreed to the evidence."
            run(cli, "test-result", file, "--control", ref, "--item", item, "--result",
                "exception" if failed else "pass", "--note", note, "--by", e["lead"], "--on", "2026-07-14")
        if exception is not None:
            run(cli, "exceptions", file, "--control", ref, "--nature", exception["nature"].format(size=len(ids)),
                "--cause", exception["cause"], "--pattern", exception["pattern"], "--managementResponse",
                exception["response"], "--compensatingControls", exception["compensating"], "--effect",
                exception["effect"], "--criteria", ",".join(exception["criteria"]))
    run(cli, "advance", file, "--to", "reporting")
    run(cli, "opinion", file, "--opinion", "unmodified")
    run(cli, "engagement", file, "--reportDate", "2026-07-31")
    return file


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    cli = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[2] if len(sys.argv) == 3 else os.path.join(here, "..", "resources", "demo", "demo-soc2.json")
    with tempfile.TemporaryDirectory() as folder:
        file = build(cli, folder)
        package = os.path.join(folder, "demo-soc2.json")
        run(cli, "export", file, "-o", package)
        with open(package, encoding="utf-8") as f:
            root = json.load(f)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(root, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    rows = sum(p.get("rowCount", 0) for p in root.get("populations", []))
    print(f"wrote {out}: {len(root['serviceControls'])} controls, {len(root['populations'])} populations "
          f"({rows} rows), {len(root['sampleItems'])} sample items, {len(root['exceptions'])} exceptions")


if __name__ == "__main__":
    main()
