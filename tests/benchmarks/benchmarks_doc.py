# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders docs/benchmarks.md from the figures run_benchmarks.py measured (and the hand-written analysis.md)."""
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def ms(value):
    if value is None:
        return "n/a"
    if value >= 1000:
        return "%.2f s" % (value / 1000.0)
    if value >= 10:
        return "%.0f ms" % value
    return "%.2f ms" % value


def ratio(value, floor):
    if value is None or not floor:
        return "—"
    return "%.1f×" % (value / floor)


def verdict(value, target, extra_ok=True):
    if target is None:
        return "—"
    if value is None:
        return "n/a"
    return "met" if value <= target and extra_ok else "**missed**"


def render(r, notes, machine, build_type, runs, scales, seconds):
    g = r.get
    rows = []

    def row(what, target, target_ms, wall, cpu, floor_label, floor, extra_ok=True, unit=ms):
        rows.append("| %s | %s | %s | %s | %s | %s | %s / %s |" % (
            what, target, unit(wall), unit(cpu), floor_label % unit(floor) if floor is not None else floor_label,
            ratio(wall, floor), verdict(wall, target_ms, extra_ok), verdict(cpu, target_ms, extra_ok)))

    # To the first paint as the runner sees the window's "first-paint" line arrive; results from before the app
    # reported it only have the whole process's times (start to exit), shown instead and said so below the table.
    if g("start_paint_wall") is not None:
        row("start with the large audit to the first painted window", "≤ 400 ms", 400, g("start_paint_wall"),
            g("start_paint_cpu"), "minimal Qt Widgets window: %s", g("start_floor_paint_wall"))
        row("(the same, process start to exit)", "—", None, g("start_wall"), g("start_cpu"),
            "minimal Qt Widgets window: %s", g("start_floor_wall"))
    else:
        row("start with the large audit to the first painted window (start to exit)", "≤ 400 ms", 400,
            g("start_wall"), g("start_cpu"), "minimal Qt Widgets window: %s", g("start_floor_wall"))
    row("open the file and load every pane's model", "≤ 250 ms", 250, g("open_models_wall_p50"),
        g("open_models_cpu_p50"), "`sqlite3` CLI reading the same tables: %s", g("open_floor_wall"))
    row("one edit committed, p50", "≤ 2 ms", 2, g("edit_wall_p50"), g("edit_cpu_p50"),
        "raw SQLite UPDATE transaction (WAL, synchronous=FULL): %s", g("edit_floor_wall_p50"))
    row("one edit committed, p99", "≤ 10 ms", 10, g("edit_wall_p99"), g("edit_cpu_p99"),
        "raw SQLite UPDATE transaction, p99: %s", g("edit_floor_wall_p99"))
    row("filter the SoA grid, per keystroke (p50)", "≤ 16 ms", 16, g("filter_soa_wall_p50"), g("filter_soa_cpu_p50"),
        "—", None)
    row("filter the SoA grid, per keystroke (p99)", "≤ 16 ms", 16, g("filter_soa_wall_p99"), g("filter_soa_cpu_p99"),
        "—", None)
    row("filter the 10,000-row register, per keystroke (p50)", "≤ 16 ms", 16, g("filter_risks_wall_p50"),
        g("filter_risks_cpu_p50"), "—", None)
    row("filter the 10,000-row register, per keystroke (p99)", "≤ 16 ms", 16, g("filter_risks_wall_p99"),
        g("filter_risks_cpu_p99"), "—", None)
    row("repaint the heat map (p50)", "≤ 8 ms", 8, g("heatmap_paint_wall_p50"), g("heatmap_paint_cpu_p50"), "—", None)
    row("repaint the heat map (p99)", "≤ 8 ms", 8, g("heatmap_paint_wall_p99"), g("heatmap_paint_cpu_p99"), "—",
        None)
    imp, imp_floor = g("import_wall"), g("import_floor_wall")
    row("import a 10,000-row risk CSV", "≤ 1 s and ≤ 3× the floor", 1000, imp, g("import_cpu"),
        "`sqlite3 .import` of the same file: %s", imp_floor,
        extra_ok=bool(imp and imp_floor and imp <= 3 * imp_floor))
    if g("import_sqlite_alone_wall") is not None:
        row("(SQLite alone writing the same import's rows into the audit's schema)", "—", None,
            g("import_sqlite_alone_wall"), g("import_sqlite_alone_cpu"), "`sqlite3 .import` of the same file: %s",
            imp_floor)
    pdf, peer = g("export_pdf_wall"), g("export_peer_wall")
    pages = int(g("report_pages") or 0)
    row("export the report to PDF (%d pages)" % pages, "≤ 3 s, faster than the peer", 3000, pdf, g("export_pdf_cpu"),
        "LibreOffice converting `export-html`: %s" % ("%s" if peer is not None else "not available"),
        peer, extra_ok=peer is None or (pdf is not None and pdf < peer))
    mib = lambda v: "n/a" if v is None else "%.0f MiB" % v  # noqa: E731
    rss = g("peak_rss")
    rows.append("| peak memory with the large audit open (the GUI's peak RSS) | ≤ 250 MB | %s | — | minimal Qt window: "
                "%s | %s | %s |" % (mib(rss), mib(g("start_floor_rss")), ratio(rss, g("start_floor_rss")),
                                    verdict(rss, 250 / 1.048576)))

    scale = ["| risks | open + load models | (CPU) | filter the register, per keystroke p50 | (CPU) | export to PDF | "
             "(CPU) | report pages |", "|---|---|---|---|---|---|---|---|"]
    for n in scales:
        scale.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            "{:,}".format(n), ms(g("scale_open_%d" % n)), ms(g("scale_open_cpu_%d" % n)),
            ms(g("scale_filter_%d" % n)), ms(g("scale_filter_cpu_%d" % n)), ms(g("scale_export_%d_wall" % n)),
            ms(g("scale_export_%d_cpu" % n)), int(g("scale_pages_%d" % n) or 0)))

    repository = repository_section(r) + soc2_and_team_section(r)

    analysis_path = os.path.join(HERE, "analysis.md")
    analysis = open(analysis_path).read() if os.path.exists(analysis_path) else ""
    out = []
    out.append("# Benchmarks\n")
    out.append("Generated by `scripts/run-benchmarks.sh` on %s (%s build, %d runs per figure, %.0f s of measuring); do "
               "not edit by hand — the analysis below the tables comes from `tests/benchmarks/analysis.md`.\n"
               % (datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), build_type, runs, seconds))
    out.append("**Machine:** %s.\n" % machine)
    out.append("**Audit:** `isoaudit-cli generate` with 10,000 risks, 93 SoA rows, 2,000 interviews (~2 KB of notes "
               "each), 1,000 findings, 5,000 evidence records and 50 MiB of attachments.\n")
    out.append("Each figure is the median of the runs (p99 where stated). *Wall* is what a user waits; *CPU* is the "
               "user+system time the work itself took. On a shared, overloaded machine the wall time also counts the "
               "waits for a core, so both are shown and the verdict is given for each (wall / CPU). The ratio is "
               "wall over the floor's or peer's wall, measured in the same run.\n")
    out.append("| what | target | measured (wall) | CPU | floor / peer (wall) | ratio | verdict (wall / CPU) |")
    out.append("|---|---|---|---|---|---|---|")
    out.extend(rows)
    out.append("")
    for note in notes:
        out.append("*%s*\n" % note)
    out.append("## Scaling\n")
    out.append("Audits with 1k / 10k / 100k risks (200 interviews, 500 evidence, 100 findings, no attachments), one "
               "process each; open is the median of 3 runs, export a single run.\n")
    out.extend(scale)
    out.append("")
    out.extend(repository)
    out.append("## How to rerun\n")
    out.append("```sh\nscripts/run-benchmarks.sh            # builds Release in build-benchmarks/, generates the "
               "audits once, measures, rewrites this file\nRUNS=9 scripts/run-benchmarks.sh     # more runs per "
               "figure\nFRESH=1 scripts/run-benchmarks.sh    # regenerate the audits\nSCALES=\"1000 10000\" "
               "scripts/run-benchmarks.sh --no-build   # reuse the build, skip 100k\nscripts/run-benchmarks.sh --render-only"
               "   # rewrite this file from the last run's figures (after editing analysis.md)\n```\n")
    out.append("The programs are in `tests/benchmarks/` (target `benchmarks`, never part of `ctest`): `bench_open`, "
               "`bench_edit`, `bench_interactive`, `bench_minimal_window`, `bench_repository`, `bench_population`, "
               "`bench_samplegrid` and `bench_merge` print `RESULT key milliseconds` lines; "
               "`run_benchmarks.py` times the CLI, the GUI and the peers as child processes (wall clock, CPU and "
               "peak RSS from `wait4`).\n")
    out.append(analysis)
    return "\n".join(out) + "\n"


def repository_section(r):
    """The central repository's figures (issue 18, docs/repository.md), when bench_repository ran."""
    g = r.get
    if g("repo_push_wall_p50") is None:
        return []
    out = ["## Central repository (PostgreSQL)\n",
           "`bench_repository` against a PostgreSQL 15 cluster it starts itself (Unix socket, fsync off as in the "
           "tests), median of %s. *CPU* is IsoAudit's own (the client's thread, or the child process for the CLI); "
           "the server's work is in the wall time. Each push goes to an empty repository, so it sends everything. "
           "No targets were set for these; the ratio to the floor is the figure to watch.\n" % "the runs",
           "| what | measured (wall) | CPU | floor (wall) | ratio |", "|---|---|---|---|---|"]

    def row(what, key, floor_label, floor_key):
        out.append("| %s | %s | %s | %s | %s |" % (what, ms(g(key + "_wall_p50")), ms(g(key + "_cpu_p50")),
                                                  floor_label % ms(g(floor_key + "_wall_p50")),
                                                  ratio(g(key + "_wall_p50"), g(floor_key + "_wall_p50"))))

    row("push the large audit (%.0f MiB file: 10,000 risks, 50 MiB of attachments), new on the server"
        % (g("repo_large_bytes") or 0), "repo_push",
        "`psql \\copy` loading the same rows into an empty repository, one transaction: %s", "repo_push_floor")
    row("pull it into a new file (trail verified)", "repo_pull", "`pg_dump --data-only` of the same rows: %s",
        "repo_pull_floor")
    row("`isoaudit-cli repo list --format json` over 1,000 audits (whole process)", "repo_list",
        "`psql \\copy` of the audit table as the same role (whole process): %s", "repo_list_floor")
    out.append("")
    return out


def soc2_and_team_section(r):
    """SOC 2 populations and sample testing (issues 16, 17) and the team merge (issue 18), when their programs ran."""
    g = r.get
    out = []
    rows = []

    def row(what, wall, cpu, floor_label, floor):
        rows.append("| %s | %s | %s | %s | %s |" % (what, ms(wall), ms(cpu),
                                                   floor_label % ms(floor) if floor is not None else floor_label,
                                                   ratio(wall, floor)))

    if g("population_import_1m_wall_p50") is not None:
        row("import a %s-row CSV (%.1f MiB) as a frozen SOC 2 population (`bench_population`)"
            % ("{:,}".format(int(g("population_rows") or 0)), g("population_csv_mb") or 0),
            g("population_import_1m_wall_p50"), g("population_import_1m_cpu_p50"),
            "`sqlite3 .import` of the same CSV into a plain table: %s", g("population_floor_sqlite3_import_wall_p50"))
    if g("samplegrid_key_wall_p50") is not None:
        row("mark one sample item from the keyboard in the sample grid, p50 (`bench_samplegrid`)",
            g("samplegrid_key_wall_p50"), g("samplegrid_key_cpu_p50"),
            "core's own write of one result (`SampleResults::set`): %s", g("samplegrid_core_floor_wall_p50"))
        row("the same, p99", g("samplegrid_key_wall_p99"), g("samplegrid_key_cpu_p99"), "core's write, p99: %s",
            g("samplegrid_core_floor_wall_p99"))
    if g("merge_two_copies_total_ms") is not None:
        row("merge two team copies of the 10,000-risk audit, 1,000 changes each (`bench_merge`: plan %s + apply %s)"
            % (ms(g("merge_two_copies_plan_ms")), ms(g("merge_two_copies_apply_ms"))),
            g("merge_two_copies_total_ms"), None, "package export of the same audit: %s",
            g("merge_floor_package_export_ms"))
    if not rows:
        return out
    out.append("## SOC 2 testing and team merge\n")
    out.append("Measured in the same run by their own programs (single process each, medians; the merge is one "
               "run). No targets were set beyond the issues' \"in seconds\" and \"faster than a spreadsheet\"; "
               "the ratio to the floor is the figure to watch.\n")
    out.append("| what | measured (wall) | CPU | floor (wall) | ratio |")
    out.append("|---|---|---|---|---|")
    out.extend(rows)
    out.append("")
    return out
