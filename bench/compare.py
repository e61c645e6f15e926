#!/usr/bin/env python3
"""Compare cellar with CPython 3.11 on the benchmark programs in bench/.

For every benchmark (or only those named on the command line) this runs the
program under cellar and under the real CPython binary, alternating the two,
N times each, and prints a Markdown table: best and median wall time of each,
the time ratio cellar/CPython (best vs best), the peak RSS of each (max over
runs) and whether both printed the same stdout. The geometric mean of the time
ratios closes the table.

Exit status: 0 when every run of cellar succeeded and printed what CPython
printed (even if cellar is slower), 1 on any output mismatch or cellar
failure, 2 on a usage or setup error.

Usage:
    python3 bench/compare.py                      # all benchmarks, 5 runs each
    python3 bench/compare.py fib counter --runs 9
    python3 bench/compare.py --cellar path/to/cellar --no-build --json out.json

Stdlib only. Timings are measured here and quoted in notes; no test ever
asserts them.
"""

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_CELLAR = os.path.join(ROOT, "target", "release", "cellar")

# Preferred report order; any other *.py in bench/ is appended alphabetically.
ORDER = [
    "empty",
    "counter",
    "factories",
    "memo_fib",
    "fib",
    "decorator",
    "late_binding",
    "cycles",
]
NOT_BENCHMARKS = {"compare"}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def discover():
    names = [
        f[:-3]
        for f in os.listdir(BENCH_DIR)
        if f.endswith(".py") and f[:-3] not in NOT_BENCHMARKS
    ]
    known = [n for n in ORDER if n in names]
    extra = sorted(n for n in names if n not in ORDER)
    return known + extra


def find_cpython(override):
    """The real CPython binary: `python3` on PATH may be a pyenv shim that
    adds ~70 ms to every start, so resolve sys.executable through it."""
    if override:
        return override
    try:
        out = subprocess.run(
            ["python3", "-c", "import sys; print(sys.executable)"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.strip()
        if out and os.path.exists(out):
            return out
    except (OSError, subprocess.SubprocessError):
        pass
    return sys.executable


def version_of(exe, args):
    try:
        r = subprocess.run(
            [exe] + args, stdin=subprocess.DEVNULL, capture_output=True,
            text=True, timeout=30,
        )
        if r.returncode != 0:
            return "?"
        return (r.stdout.strip() or r.stderr.strip()).splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "?"


def ensure_cellar(path, no_build):
    if os.path.isfile(path) and os.access(path, os.X_OK):
        return True
    if no_build:
        log("error: cellar binary not found at %s (--no-build given)" % path)
        return False
    if shutil.which("cargo") is None:
        log("error: cellar binary not found at %s and cargo is not on PATH" % path)
        return False
    log("building cellar: cargo build --release (in %s)" % ROOT)
    r = subprocess.run(
        ["cargo", "build", "--release"], cwd=ROOT, stdout=sys.stderr, stderr=sys.stderr
    )
    if r.returncode != 0:
        log("error: cargo build --release failed (exit %d)" % r.returncode)
        return False
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        log("error: build succeeded but %s does not exist" % path)
        return False
    return True


def maxrss_mib(ru_maxrss):
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    if sys.platform == "darwin":
        return ru_maxrss / (1024.0 * 1024.0)
    return ru_maxrss / 1024.0


def find_gnu_time():
    """GNU time, if installed. Why it matters: on Linux a child's ru_maxrss
    (as returned by os.wait4) also counts the memory it inherited at fork
    from this harness (a Python process of ~15 MiB) before exec replaced it,
    so wait4 alone can never report a peak below the harness's own RSS. GNU
    time is a small process: it forks the benchmark itself and reports that
    child's ru_maxrss (%M, KiB), floored at ~2 MiB instead of ~15."""
    for cand in ("/usr/bin/time", shutil.which("gtime")):
        if not cand or not os.access(cand, os.X_OK):
            continue
        try:
            r = subprocess.run([cand, "--version"], stdin=subprocess.DEVNULL,
                               capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            continue
        if "GNU" in r.stdout + r.stderr:
            return cand
    return None


def run_once(exe, script, timeout, gnu_time=None):
    """Spawn `exe script` (subprocess.Popen), reap it with os.wait4 and
    return a dict with the wall time (time.perf_counter around spawn-to-exit),
    peak RSS in MiB, exit status and the captured stdout/stderr.

    Peak RSS is ru_maxrss from os.wait4, except when `gnu_time` is given: the
    command then runs as `time -f %M -o FILE exe script` and the peak is the
    one GNU time read from its own os.wait4-equivalent (see find_gnu_time)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as rssf:
        cmd = [exe, script]
        if gnu_time:
            cmd = [gnu_time, "-f", "%M", "-o", rssf.name] + cmd
        timed_out = []
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                cwd=ROOT, start_new_session=True,
            )
        except OSError as e:
            return {
                "ok": False, "time": None, "rss_mib": None, "status": None,
                "stdout": "", "stderr": "cannot start %s: %s" % (exe, e),
                "timed_out": False,
            }

        def kill():
            timed_out.append(True)
            try:
                os.killpg(proc.pid, 9)  # the whole group: GNU time's child too
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            _, status, ru = os.wait4(proc.pid, 0)
            t1 = time.perf_counter()
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            timer.cancel()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        rss = maxrss_mib(ru.ru_maxrss)
        if gnu_time:
            # GNU time writes "Command exited with non-zero status N" or
            # "Command terminated by signal N" before the format line.
            lines = rssf.read().split("\n")
            lines = [l.strip() for l in lines if l.strip()]
            try:
                rss = int(lines[-1]) / 1024.0
            except (IndexError, ValueError):
                rss = None
            if lines and lines[0].startswith("Command terminated by signal"):
                stderr += "\n" + lines[0]
    code = proc.returncode
    return {
        "ok": code == 0 and not timed_out,
        "time": t1 - t0,
        "rss_mib": rss,
        "status": code,
        "stdout": stdout,
        "stderr": stderr,
        "timed_out": bool(timed_out),
    }


def harness_rss_floor():
    """ru_maxrss that os.wait4 reports for /bin/true spawned from here: the
    floor under every wait4 peak (see find_gnu_time)."""
    true = shutil.which("true")
    if not true:
        return None
    r = run_once(true, "", 30)
    return r["rss_mib"]


def first_line(text):
    lines = text.splitlines()
    return lines[0] if lines else ""


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def fail_reason(r, timeout):
    why = ("timed out after %gs" % timeout if r["timed_out"]
           else "failed to start" if r["status"] is None
           else "exit %s" % r["status"])
    last = last_line(r["stderr"])
    return why + (": " + last if last else "")


def summarize(runs):
    times = [r["time"] for r in runs if r["ok"]]
    rss = [r["rss_mib"] for r in runs if r["rss_mib"] is not None]
    return {
        "times": times,
        "best": min(times) if times else None,
        "median": statistics.median(times) if times else None,
        "peak_rss_mib": max(rss) if rss else None,
    }


def bench_one(name, cellar, cpython, runs, timeout, gnu_time):
    script = os.path.join(BENCH_DIR, name + ".py")
    cel_runs, py_runs = [], []
    for i in range(runs):
        # Alternate which interpreter goes first so neither always gets the
        # warm (or the cold) slot.
        order = [("cellar", cellar), ("cpython", cpython)]
        if i % 2:
            order.reverse()
        for who, exe in order:
            r = run_once(exe, script, timeout, gnu_time)
            (cel_runs if who == "cellar" else py_runs).append(r)
            log("  %-13s %-7s run %d/%d: %s" % (
                name, who, i + 1, runs,
                ("%.1f ms" % (r["time"] * 1000)) if r["ok"]
                else "FAILED (exit %s)" % r["status"]))
    cel, py = summarize(cel_runs), summarize(py_runs)

    cel_fail = [r for r in cel_runs if not r["ok"]]
    py_fail = [r for r in py_runs if not r["ok"]]
    ref = py_runs[0]["stdout"]
    out_cel = next((r["stdout"] for r in cel_runs if r["ok"]), cel_runs[0]["stdout"])
    if py_fail:
        r = py_fail[0]
        status = "CPYTHON FAIL"
        detail = "CPython " + fail_reason(r, timeout)
    elif cel_fail:
        r = cel_fail[0]
        status = "FAIL"
        detail = "cellar " + fail_reason(r, timeout)
    elif any(r["stdout"] != ref for r in cel_runs) or any(
        r["stdout"] != ref for r in py_runs
    ):
        status = "MISMATCH"
        bad = next((r["stdout"] for r in cel_runs if r["stdout"] != ref), out_cel)
        detail = "cellar: %r / CPython: %r" % (first_line(bad), first_line(ref))
        out_cel = bad
    else:
        status = "ok"
        detail = ""

    ratio = None
    if status == "ok" and cel["best"] and py["best"]:
        ratio = cel["best"] / py["best"]
    # Each round ran the two back to back: the median of the per-round
    # ratios cancels most of the load that other processes put on both.
    pair_ratio = None
    if status == "ok":
        pair_ratio = statistics.median(
            c["time"] / p["time"] for c, p in zip(cel_runs, py_runs) if p["time"])
    mem_ratio = None
    if cel["peak_rss_mib"] and py["peak_rss_mib"]:
        mem_ratio = cel["peak_rss_mib"] / py["peak_rss_mib"]
    return {
        "name": name,
        "status": status,
        "detail": detail,
        "cellar": cel,
        "cpython": py,
        "time_ratio": ratio,
        "pair_ratio": pair_ratio,
        "mem_ratio": mem_ratio,
        "stdout_cellar_first_line": first_line(out_cel),
        "stdout_cpython_first_line": first_line(ref),
    }


def ms(t):
    return "—" if t is None else "%.1f ms" % (t * 1000)


def mib(m):
    return "—" if m is None else "%.1f MiB" % m


def ratio_str(r):
    return "—" if r is None else "%.2fx" % r


def md_escape(s):
    return s.replace("|", "\\|").replace("`", "'")


def geomean(xs):
    xs = [x for x in xs if x]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def render(results, meta):
    lines = []
    lines.append("### cellar vs CPython (%s)" % meta["date"])
    lines.append("")
    lines.append("- cellar: `%s` (%s)" % (meta["cellar"], meta["cellar_version"]))
    lines.append("- CPython: `%s` (%s)" % (meta["cpython"], meta["cpython_version"]))
    lines.append("- runs per interpreter: %d, alternating; machine: %s, %s CPUs" % (
        meta["runs"], meta["machine"], meta["cpus"]))
    lines.append("- time = wall clock, spawn to exit; ratio = cellar best / CPython best; "
                 "pair ratio = median over rounds of cellar / CPython in the same round "
                 "(under 1.00x: cellar is faster)")
    lines.append("- peak = max RSS over runs, measured with %s" % meta["rss_method"])
    lines.append("")
    lines.append("| benchmark | CPython best | CPython median | cellar best | cellar median "
                 "| time ratio | pair ratio | CPython peak | cellar peak | mem ratio | output |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in results:
        out = r["status"]
        if r["detail"]:
            out = "**%s** %s" % (r["status"], md_escape(r["detail"]))
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["name"],
            ms(r["cpython"]["best"]), ms(r["cpython"]["median"]),
            ms(r["cellar"]["best"]), ms(r["cellar"]["median"]),
            ratio_str(r["time_ratio"]), ratio_str(r["pair_ratio"]),
            mib(r["cpython"]["peak_rss_mib"]), mib(r["cellar"]["peak_rss_mib"]),
            ratio_str(r["mem_ratio"]),
            out,
        ))
    gm = meta["geomean_time_ratio"]
    n_ok = sum(1 for r in results if r["time_ratio"] is not None)
    lines.append("")
    lines.append("Geometric mean of time ratios: **%s** (%d of %d benchmarks)" % (
        ratio_str(gm), n_ok, len(results)))
    lines.append("Geometric mean of pair ratios: **%s**" % ratio_str(meta["geomean_pair_ratio"]))
    gm_mem = meta["geomean_mem_ratio"]
    lines.append("Geometric mean of peak-memory ratios: **%s**" % ratio_str(gm_mem))
    return "\n".join(lines)


def main(argv=None):
    all_names = discover()
    ap = argparse.ArgumentParser(
        description="Compare cellar with CPython on bench/*.py (Markdown table on stdout).")
    ap.add_argument("benchmarks", nargs="*",
                    help="benchmarks to run (default: all): %s" % ", ".join(all_names))
    ap.add_argument("--cellar", default=DEFAULT_CELLAR,
                    help="cellar binary (default: target/release/cellar)")
    ap.add_argument("--no-build", action="store_true",
                    help="do not run `cargo build --release` when the binary is missing")
    ap.add_argument("--python", default=None,
                    help="CPython binary (default: sys.executable of `python3`)")
    ap.add_argument("--runs", type=int, default=5, help="runs per interpreter (default 5)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed (default 300)")
    ap.add_argument("--rss", choices=["auto", "time", "wait4"], default="auto",
                    help="how to measure peak RSS: 'wait4' = ru_maxrss of os.wait4 "
                    "(floored at this harness's own RSS on Linux), 'time' = via GNU "
                    "time, 'auto' (default) = GNU time if installed, else wait4")
    ap.add_argument("--json", metavar="PATH", default=None,
                    help="also write the results as JSON to PATH ('-' for stdout)")
    args = ap.parse_args(argv)

    if args.runs < 1:
        ap.error("--runs must be at least 1")
    names = [n[:-3] if n.endswith(".py") else os.path.basename(n) for n in args.benchmarks]
    names = names or all_names
    unknown = [n for n in names if n not in all_names]
    if unknown:
        ap.error("unknown benchmark(s): %s (known: %s)" % (
            ", ".join(unknown), ", ".join(all_names)))

    cellar = os.path.abspath(args.cellar) if os.sep in args.cellar else (
        shutil.which(args.cellar) or args.cellar)
    if not ensure_cellar(cellar, args.no_build):
        return 1
    cpython = find_cpython(args.python)
    gnu_time = None
    if args.rss in ("auto", "time"):
        gnu_time = find_gnu_time()
        if gnu_time is None and args.rss == "time":
            log("error: --rss time given but GNU time is not installed")
            return 2
    if gnu_time:
        rss_method = ("GNU time %%M (%s), which forks the benchmark from a small "
                      "process" % gnu_time)
    else:
        floor = harness_rss_floor()
        rss_method = ("os.wait4 ru_maxrss; includes this harness's RSS at fork, "
                      "so no peak below %s shows" % mib(floor))

    meta = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cellar": cellar,
        "cellar_version": version_of(cellar, ["--version"]),
        "cpython": cpython,
        "cpython_version": version_of(cpython, ["--version"]),
        "runs": args.runs,
        "machine": "%s %s" % (platform.system(), platform.machine()),
        "cpus": os.cpu_count(),
        "rss_method": rss_method,
    }
    log("cellar:  %s\nCPython: %s" % (cellar, cpython))

    results = []
    for name in names:
        results.append(
            bench_one(name, cellar, cpython, args.runs, args.timeout, gnu_time))

    meta["geomean_time_ratio"] = geomean([r["time_ratio"] for r in results])
    meta["geomean_pair_ratio"] = geomean([r["pair_ratio"] for r in results])
    meta["geomean_mem_ratio"] = geomean(
        [r["mem_ratio"] for r in results if r["status"] == "ok"])

    print(render(results, meta))

    if args.json:
        doc = {"meta": meta, "results": results}
        if args.json == "-":
            json.dump(doc, sys.stdout, indent=2)
            print()
        else:
            with open(args.json, "w") as f:
                json.dump(doc, f, indent=2)
                f.write("\n")
            log("wrote %s" % args.json)

    failed = [r for r in results if r["status"] != "ok"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
