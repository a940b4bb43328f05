#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the IsoAudit benchmark suite (issue 8) and rewrites docs/benchmarks.md.

Called by scripts/run-benchmarks.sh. Every figure is the median of several runs, measured in the same run as its
floor or peer; external programs are timed per child process (wall clock, user+sys CPU and peak RSS from wait4).
Nothing here asserts on time: the verdicts are written into the document for people to read.
"""
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build-benchmarks"))
BUILD_TYPE = os.environ.get("BUILD_TYPE", "Release")
WORK = os.environ.get("BENCH_WORK", os.path.join(BUILD, "bench-work"))
RUNS = int(os.environ.get("RUNS", "5"))
SCALES = [int(n) for n in os.environ.get("SCALES", "1000 10000 100000").split()]
FRESH = os.environ.get("FRESH", "0") == "1"
DOC = os.path.join(ROOT, "docs", "benchmarks.md")
LARGE = dict(risks=10000, interviews=2000, findings=1000, evidence=5000, attachments_mb=50)

results = {}  # key -> float (milliseconds or MiB)
notes = []


def log(message):
    print("run-benchmarks: " + message, flush=True)


def env():
    e = dict(os.environ)
    e.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=os.path.join(WORK, "home"),
             XDG_RUNTIME_DIR=os.path.join(WORK, "runtime"))
    return e


class TimedOut(RuntimeError):
    pass


PAINTS = []  # (wall ms, cpu ms) to the first paint of the last run_once(..., paint=True)


def watch_first_paint(proc, start):
    """Times the child's "first-paint cpu-ms N" line (isoaudit --quit-when-shown, bench_minimal_window) as it arrives."""
    for raw in proc.stdout:
        line = raw.decode(errors="replace").split()
        if len(line) == 3 and line[0] == "first-paint":
            PAINTS.append(((time.perf_counter() - start) * 1000.0, float(line[2])))


def run_once(cmd, stdin=None, stdout=subprocess.DEVNULL, cwd=None, timeout=None, paint=False):
    """(wall ms, cpu ms, peak RSS MiB) of one child process; raises when it fails or outlives `timeout` seconds.
    With paint=True the time to the child's first paint is appended to PAINTS."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE if paint else stdout, stderr=subprocess.PIPE, env=env(), cwd=cwd)
    watcher = threading.Thread(target=watch_first_paint, args=(proc, start)) if paint else None
    if watcher:
        watcher.start()
    if stdin is not None:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    timer = threading.Timer(timeout, proc.kill) if timeout else None
    if timer:
        timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    if timer:
        timer.cancel()
        if time.perf_counter() - start >= timeout:
            raise TimedOut("%s did not finish within %d s" % (cmd[0], timeout))
    wall = (time.perf_counter() - start) * 1000.0
    if watcher:
        watcher.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), proc.returncode, err.strip()[-600:]))
    return wall, (usage.ru_utime + usage.ru_stime) * 1000.0, usage.ru_maxrss / 1024.0


def timed(key, cmd, runs=RUNS, prepare=None, stdin=None, timeout=None, paint=False):
    """Runs cmd `runs` times (prepare() before each) and stores the medians as key_wall/key_cpu/key_rss; with
    paint=True also the wall and CPU time to the first paint as key_paint_wall/key_paint_cpu."""
    walls, cpus, rss = [], [], []
    del PAINTS[:]
    for _ in range(runs):
        if prepare:
            prepare()
        w, c, r = run_once(cmd, stdin=stdin, timeout=timeout, paint=paint)
        walls.append(w)
        cpus.append(c)
        rss.append(r)
    results[key + "_wall"] = statistics.median(walls)
    results[key + "_cpu"] = statistics.median(cpus)
    results[key + "_rss"] = max(rss)
    if paint:
        if len(PAINTS) != runs:
            raise RuntimeError("%s did not report its first paint on every run" % cmd[0])
        results[key + "_paint_wall"] = statistics.median(p[0] for p in PAINTS)
        results[key + "_paint_cpu"] = statistics.median(p[1] for p in PAINTS)
        log("%s: first paint after %.1f ms wall, %.1f ms CPU" % (key, results[key + "_paint_wall"],
                                                                  results[key + "_paint_cpu"]))
    log("%s: %.1f ms wall, %.1f ms CPU (median of %d)" % (key, results[key + "_wall"], results[key + "_cpu"], runs))


def bench(program, *args):
    """Runs a benchmark executable and merges its RESULT lines."""
    out = subprocess.run([os.path.join(BUILD, "tests", "benchmarks", program)] + list(args), env=env(),
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError("%s failed: %s" % (program, out.stderr.strip()[-600:]))
    parsed = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "RESULT":
            parsed[parts[1]] = float(parts[2])
    log("%s %s: %d figures" % (program, " ".join(os.path.basename(a) for a in args), len(parsed)))
    return parsed


def cli(*args):
    return [os.path.join(BUILD, "app", "isoaudit-cli")] + [str(a) for a in args]


def generate(name, risks, interviews, findings, evidence, attachments_mb):
    path = os.path.join(WORK, name)
    stamp = path + ".params"
    params = "%d %d %d %d %d" % (risks, interviews, findings, evidence, attachments_mb)
    if not FRESH and os.path.exists(path) and os.path.exists(stamp) and open(stamp).read() == params:
        return path
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    log("generating %s (%s)" % (name, params))
    run_once(cli("generate", path, "--risks", risks, "--interviews", interviews, "--findings", findings,
                 "--evidence", evidence, "--attachments-mb", attachments_mb, "--seed", 8))
    open(stamp, "w").write(params)
    return path


def build():
    log("building %s in %s" % (BUILD_TYPE, BUILD))
    subprocess.run(["cmake", "-S", ROOT, "-B", BUILD, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=" + BUILD_TYPE], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", BUILD, "--target", "benchmarks"], check=True)


def libreoffice():
    for name in ("libreoffice", "soffice"):
        if shutil.which(name):
            return shutil.which(name)
    if os.geteuid() == 0 and shutil.which("apt-get") and os.environ.get("NO_INSTALL") != "1":
        log("LibreOffice is absent: installing libreoffice-writer-nogui")
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "libreoffice-writer-nogui"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return shutil.which("libreoffice") or shutil.which("soffice")


def pdf_pages(path):
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        match = re.search(r"^Pages:\s+(\d+)", info, re.M)
        if match:
            return int(match.group(1))
    return len(re.findall(rb"/Type\s*/Page\b", open(path, "rb").read()))


def fresh_copy(source, target):
    def prepare():
        for suffix in ("", "-wal", "-shm", ".lock"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        if source:
            shutil.copyfile(source, target)
    return prepare


def measure_large(large):
    gui = os.path.join(BUILD, "app", "isoaudit")
    timed("start", [gui, "--quit-when-shown", large], paint=True)
    timed("start_floor", [os.path.join(BUILD, "tests", "benchmarks", "bench_minimal_window")], paint=True)
    results["peak_rss"] = results["start_rss"]

    results.update(bench("bench_open", large, str(RUNS)))
    tables = ["audit", "site", "team_member", "clause_assessment", "soa_entry", "risk_method", "risk", "interview",
              "evidence", "finding", "corrective_action", "link"]
    sql = "".join("SELECT * FROM %s;" % t for t in tables)
    sql += "SELECT uuid, evidence_uuid, file_name, mime_type, size, sha256 FROM attachment;"
    timed("open_floor", ["sqlite3", "-readonly", large, sql])

    results.update(bench("bench_edit", large, "300"))
    # The central repository (issue 18): push/pull of the same audit and repo list over 1,000 audits, each beside
    # psql \copy / pg_dump of the same rows, on a PostgreSQL 15 cluster bench_repository starts itself.
    if os.path.exists("/usr/lib/postgresql/15/bin/initdb"):
        results.update(bench("bench_repository", large, os.path.join(BUILD, "app", "isoaudit-cli"),
                             str(max(1, min(RUNS, 3)))))
    else:
        notes.append("The repository figures were not measured: PostgreSQL 15 is not installed "
                     "(scripts/install-deps.sh).")
    results.update(bench("bench_interactive", large, str(RUNS)))
    # SOC 2 populations and the sample grid (issues 16, 17), the team merge (issue 18): each program makes its own
    # data and floor and prints RESULT lines.
    results.update(bench("bench_population"))
    results.update(bench("bench_samplegrid", str(max(1, min(RUNS, 3)))))
    results.update(bench("bench_merge"))

    csv = os.path.join(WORK, "risks-10000.csv")
    if not os.path.exists(csv) or FRESH:
        run_once(cli("export-table", large, "--what", "risks", "-o", csv))
    empty = os.path.join(WORK, "empty.isoaudit")
    fresh_copy(None, empty)()
    run_once(cli("new", empty, "--client", "Benchmark", "--type", "stage2", "--lead", "Bench Auditor"))
    target = os.path.join(WORK, "import.isoaudit")
    timed("import", cli("import", target, "--risks", csv), prepare=fresh_copy(empty, target))
    floor_db = os.path.join(WORK, "import-floor.sqlite")
    timed("import_floor", ["sqlite3", floor_db], prepare=fresh_copy(None, floor_db),
          stdin=".mode csv\n.import '%s' risk\n" % csv)
    # SQLite alone: the shell, with the app's pragmas, copying the rows the import wrote (risks, links, trail
    # entries, already formed and hashed) into a fresh copy of the empty audit, one transaction. What the schema and
    # the trail cost before the import reads a cell; tests/benchmarks/analysis.md ("the import's writes").
    alone_db = os.path.join(WORK, "import-sqlite-alone.isoaudit")
    timed("import_sqlite_alone", ["sqlite3", alone_db], prepare=fresh_copy(empty, alone_db),
          stdin="PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536; "
                "PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=ON;\n"
                "ATTACH '%s' AS src;\nBEGIN;\n"
                "INSERT INTO main.risk SELECT * FROM src.risk;\n"
                "INSERT INTO main.link SELECT * FROM src.link WHERE owner_uuid IN (SELECT uuid FROM src.risk);\n"
                "INSERT INTO main.trail SELECT * FROM src.trail WHERE seq > (SELECT max(seq) FROM main.trail);\n"
                "COMMIT;\n" % target)

    pdf = os.path.join(WORK, "report.pdf")
    html = os.path.join(WORK, "report.html")
    report_runs = max(1, min(RUNS, 3))
    timed("export_pdf", cli("export-pdf", large, "-o", pdf), runs=report_runs)
    results["report_pages"] = pdf_pages(pdf)
    run_once(cli("export-html", large, "-o", html))
    office = libreoffice()
    if office:
        outdir = os.path.join(WORK, "lo")
        os.makedirs(outdir, exist_ok=True)
        limit = int(os.environ.get("PEER_TIMEOUT", "150"))
        try:
            timed("export_peer", [office, "--headless", "--convert-to", "pdf", "--outdir", outdir, html], runs=1,
                  timeout=limit)
            results["peer_pages"] = pdf_pages(os.path.join(outdir, "report.pdf"))
        except TimedOut:
            results["export_peer_wall"] = limit * 1000.0
            notes.append("LibreOffice had not finished converting the report's HTML after %d s (PEER_TIMEOUT) and was "
                         "stopped; the peer figure is that limit, a lower bound (one run)." % limit)
    else:
        notes.append("LibreOffice is not available on this machine (and could not be installed), so the report "
                     "export has no peer figure in this run.")


def measure_scaling():
    for n in SCALES:
        path = generate("scale-%d.isoaudit" % n, n, 200, 100, 500, 0)
        got = bench("bench_open", path, "3")
        results["scale_open_%d" % n] = got["open_models_wall_p50"]
        results["scale_open_cpu_%d" % n] = got["open_models_cpu_p50"]
        got = bench("bench_interactive", path, "1")
        results["scale_filter_%d" % n] = got["filter_risks_wall_p50"]
        results["scale_filter_cpu_%d" % n] = got["filter_risks_cpu_p50"]
        pdf = os.path.join(WORK, "scale-%d.pdf" % n)
        timed("scale_export_%d" % n, cli("export-pdf", path, "-o", pdf), runs=1)
        results["scale_pages_%d" % n] = pdf_pages(pdf)


def render(measured, seconds):
    """Writes docs/benchmarks.md from `measured` (also kept in bench-work/results.json, so that a changed analysis.md
    can be rendered again with --render-only, without measuring again)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import benchmarks_doc
    with open(DOC, "w") as out:
        out.write(benchmarks_doc.render(measured["results"], measured["notes"], measured["machine"],
                                        measured["build_type"], measured["runs"], measured["scales"], seconds))
    log("wrote " + DOC)


def main():
    saved = os.path.join(WORK, "results.json")
    if "--render-only" in sys.argv:
        measured = json.load(open(saved))
        render(measured, measured["seconds"])
        return
    if "--no-build" not in sys.argv:
        build()
    os.makedirs(os.path.join(WORK, "home"), exist_ok=True)
    os.makedirs(os.path.join(WORK, "runtime"), mode=0o700, exist_ok=True)
    large = generate("large.isoaudit", LARGE["risks"], LARGE["interviews"], LARGE["findings"], LARGE["evidence"],
                     LARGE["attachments_mb"])
    started = time.time()
    host = machine()  # its load average is the one when measuring starts
    measure_large(large)
    if "--no-scaling" not in sys.argv:
        measure_scaling()
    measured = dict(results=results, notes=notes, machine=host, build_type=BUILD_TYPE, runs=RUNS, scales=SCALES,
                    seconds=time.time() - started)
    with open(saved, "w") as out:
        json.dump(measured, out, indent=1)
    render(measured, measured["seconds"])


def machine():
    cpu = "unknown CPU"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1)) // 1024
    load = os.getloadavg()
    qt = subprocess.run(["qtpaths6", "--qt-version"], capture_output=True, text=True).stdout.strip() or "6"
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split(" ")[0]
    return ("%s, %d logical CPUs, %d MiB RAM, %s %s; Qt %s, SQLite %s; load average %.1f / %.1f / %.1f when the run "
            "started" % (cpu, os.cpu_count(), mem, platform.system(), platform.release(), qt, sqlite, *load))


if __name__ == "__main__":
    main()
