#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
"""Turns bench/out/raw.tsv into the table, results.csv and chart.png; optionally updates README.md.

    report.py OUT_DIR [BENCH_DIR]

raw.tsv: RUN <tab> MANAGER <tab> METRIC <tab> VALUE, one line per measurement. meta.txt: key=value.
With BENCH_DIR, the part of BENCH_DIR/README.md between the latest-results markers is replaced and the
chart is copied to BENCH_DIR/chart.png.
"""
import csv
import math
import os
import shutil
import statistics
import subprocess
import sys

MANAGERS = ["corral", "supervisord", "pm2"]
PEERS = ["supervisord", "pm2"]

# key, label, format, lower is better
METRICS = [
    ("start_s", "start {count}, until all are running (s)", "{:.3f}", True),
    ("stop_s", "stop all, until every process is gone (s)", "{:.3f}", True),
    ("status_ms", "one status call listing {count} (ms)", "{:.0f}", True),
    ("rss_mb", "daemon RSS with {count} running (MB)", "{:.1f}", True),
    ("private_mb", "daemon private memory (MB)", "{:.1f}", True),
    ("anon_mb", "daemon private anonymous memory (MB)", "{:.1f}", True),
    ("idle_cpu_ms", "daemon CPU while idle {idle} s with {count} (ms)", "{:.0f}", True),
    ("log_mbps", "log throughput, {log_mb} MiB of lines (MB/s)", "{:.0f}", False),
    ("log_pct", "  ... as % of the writer straight to a file, just before", "{:.0f} %", False),
    ("log_missing_kib", "  ... bytes missing from the log at the end, worst run (KiB)", "{:.0f}", True),
    ("log_cpu_ms", "daemon CPU while logging {log_mb} MiB (ms)", "{:.0f}", True),
    ("log_peak_rss_mb", "daemon peak RSS while logging (MB)", "{:.1f}", True),
    ("stable_ms", "restart after a crash that ended a run of {stable_s} s, median (ms)", "{:.1f}", True),
    ("stable_p90_ms", "  ... p90 (ms)", "{:.1f}", True),
    ("restart1_ms", "restart after a quick crash (a run of 2 s): 1st, median (ms)", "{:.1f}", True),
    ("restart1_p90_ms", "  ... p90 (ms)", "{:.1f}", True),
    ("restart2_ms", "restart after a quick crash: 2nd in a row, median (ms)", "{:.0f}", True),
    ("loop_restarts", "crash loop: restarts in {loop} s", "{:.0f}", None),
    ("loop_cpu_ms", "crash loop: daemon CPU in {loop} s (ms)", "{:.0f}", True),
    ("loop_cpu_per_restart_ms", "crash loop: daemon CPU per restart (ms)", "{:.1f}", True),
]

# Panels of the chart: metric, title.
CHART = [
    ("start_s", "start {count} (s)"),
    ("stop_s", "stop {count} (s)"),
    ("rss_mb", "daemon RSS (MB)"),
    ("anon_mb", "private anonymous (MB)"),
    ("idle_cpu_ms", "idle CPU in {idle} s (ms)"),
    ("log_mbps", "log throughput (MB/s)"),
    ("stable_ms", "restart after a {stable_s} s run (ms)"),
    ("restart1_ms", "restart after a quick crash (ms)"),
    ("loop_cpu_ms", "crash-loop CPU in {loop} s (ms)"),
]

WORST = {"log_missing_kib"}

# Metrics whose every sample is recorded: their p90 over all the samples of all runs.
P90 = {"stable_p90_ms": "stable_ms", "restart1_p90_ms": "restart1_ms"}

BEGIN = "<!-- latest-results:begin (written by bench/compare.sh) -->"
END = "<!-- latest-results:end -->"


def main():
    out = sys.argv[1]
    bench = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
    meta = dict(line.rstrip("\n").split("=", 1) for line in open(os.path.join(out, "meta.txt")) if "=" in line)
    managers = [m for m in MANAGERS if m in meta.get("managers", " ".join(MANAGERS)).split()]

    values = {}  # (manager, metric) -> [values]
    for line in open(os.path.join(out, "raw.tsv")):
        run, manager, metric, value = line.rstrip("\n").split("\t")
        values.setdefault((manager, metric), []).append(float(value))

    # Lost bytes are rare: the worst run says more than the median.
    med = {key: (max(v) if key[1] in WORST else statistics.median(v)) for key, v in values.items()}
    for (manager, metric), v in list(values.items()):
        for p90, source in P90.items():
            if metric == source:
                ranked = sorted(v)
                med[(manager, p90)] = ranked[max(0, math.ceil(0.9 * len(ranked)) - 1)]
    base = med.get(("baseline", "log_mbps"))
    for m in managers:
        if base and (m, "log_mbps") in med and (m, "log_pct") not in med:
            med[(m, "log_pct")] = 100 * med[(m, "log_mbps")] / base
        r, c = med.get((m, "loop_restarts")), med.get((m, "loop_cpu_ms"))
        if r and c is not None and (m, "loop_cpu_per_restart_ms") not in med:
            med[(m, "loop_cpu_per_restart_ms")] = c / r

    fill = {k: meta.get(k, "?") for k in ("count", "idle", "log_mb", "loop", "stable_s")}
    peers = [p for p in PEERS if p in managers]
    header = ["metric"] + managers + ["Corral / " + p for p in peers if "corral" in managers]
    rows = []
    shown = [mt for mt in METRICS if any((m, mt[0]) in med for m in managers)]
    for key, label, fmt, lower in shown:
        cells = [label.format(**fill)]
        for m in managers:
            v = med.get((m, key))
            cells.append(fmt.format(v) if v is not None else "–")
        if "corral" in managers:
            for p in peers:
                c, v = med.get(("corral", key)), med.get((p, key))
                if c is None or v is None or lower is None or key == "log_pct":
                    cells.append("")
                elif v == 0:
                    cells.append("–" if c else "1.00")
                else:
                    cells.append(f"{c / v:.2f}")
        rows.append(cells)

    with open(os.path.join(out, "results.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["metric", "label"] + managers + ["corral_over_" + p for p in peers] + ["lower_is_better", "runs"]
                   + [m + "_all_runs" for m in managers])
        for (key, _, _, lower), cells in zip(shown, rows):
            n = max((len(values.get((m, key), [])) for m in managers), default=0)
            w.writerow([key, cells[0].strip()] + [f"{med[(m, key)]:.6g}" if (m, key) in med else "" for m in managers]
                       + cells[1 + len(managers):] + ["" if lower is None else str(lower).lower(), n]
                       + [" ".join(f"{v:.6g}" for v in values.get((m, key), [])) for m in managers])
        if base:
            w.writerow(["baseline_log_mbps", "writer straight to a file (MB/s)", f"{base:.6g}"] + [""] * (len(managers) - 1)
                       + [""] * len(peers) + ["false", len(values[("baseline", "log_mbps")])])

    table = markdown_table(header, rows)
    notes = []
    if base:
        notes.append(f"The writer straight to a file (`writer.sh > file`, the physical limit): {base:.0f} MB/s "
                     "(median of the runs just before each manager's).")
    floor = med.get(("baseline", "restart_floor_ms"))
    if floor is not None:
        notes.append(f"The restart floor, no manager (a shell loop running `crash.sh` again the moment it exits: bash's "
                     f"exit, a fork, an exec and bash's start): {floor:.1f} ms median. Restart samples per run and "
                     f"manager: {meta.get('restart_n', '?')}.")
    notes.append("Ratios are Corral / peer: below 1 means Corral is lower (smaller, faster, cheaper), for "
                 "throughput above 1 means Corral is faster. Medians of "
                 f"{meta.get('runs', '?')} run(s).")
    print()
    print(table)
    print()
    for n in notes:
        print(n)
    print(f"\nmachine: {machine(meta)}\nversions: {versions(meta)}\nload: {meta.get('load', '?')}")

    chart = os.path.join(out, "chart.png")
    if draw_chart(out, managers, med, base, fill, meta, chart):
        print(f"chart: {chart}")
    print(f"csv: {os.path.join(out, 'results.csv')}")

    if bench:
        if os.path.exists(chart):
            shutil.copyfile(chart, os.path.join(bench, "chart.png"))
        update_readme(os.path.join(bench, "README.md"), table, notes, meta, os.path.exists(chart))
        print(f"updated: {os.path.join(bench, 'README.md')}")


def machine(meta):
    return (f"{meta.get('cpu')}, {meta.get('cores')} cores, {meta.get('memory')} RAM, "
            f"{meta.get('kernel')}, {meta.get('os')}")


def versions(meta):
    return (f"Corral {meta.get('corral')}, {meta.get('supervisord') and 'supervisord ' + meta['supervisord']}, "
            f"PM2 {meta.get('pm2')} on Node.js {meta.get('node')}, Python {meta.get('python')}")


def markdown_table(header, rows):
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    right = lambda i: i > 0  # numbers right-aligned

    def line(cells):
        return "| " + " | ".join(c.rjust(w) if right(i) else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"

    sep = "|" + "|".join(("-" * (w + 1) + ":") if right(i) else ("-" * (w + 2)) for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), sep] + [line(r) for r in rows])


def draw_chart(out, managers, med, base, fill, meta, path):
    if not shutil.which("gnuplot"):
        print("no gnuplot: no chart", file=sys.stderr)
        return False
    panels = [(k, t) for k, t in CHART if any((m, k) in med for m in managers)]
    if not panels:
        return False
    data_dir = os.path.join(out, "chart-data")
    os.makedirs(data_dir, exist_ok=True)
    script = [
        f'set terminal pngcairo size {400 * min(4, len(panels))},{400 * ((len(panels) + 3) // 4)} font "DejaVu Sans,10"',
        f'set output "{path}"',
        f'set multiplot layout {(len(panels) + 3) // 4},{min(4, len(panels))} title "Corral vs supervisord vs PM2 — medians of {meta.get("runs")} run(s); '
        f'{meta.get("cpu")}, {meta.get("cores")} cores" font ",13"',
        "set style fill solid 0.85 border -1",
        "set boxwidth 0.6",
        "unset key",
        "set grid ytics",
        "set yrange [0:*]",
        "set offsets 0.5, 0.5, 0, 0",
        "set xtics nomirror scale 0",
        "set ytics nomirror",
        "set border 3",
    ]
    colors = {"corral": "#2a9d8f", "supervisord": "#e9c46a", "pm2": "#e76f51", "limit": "#9e9e9e"}
    for i, (key, title) in enumerate(panels):
        bars = [(m, med.get((m, key))) for m in managers]
        if key == "log_mbps" and base:
            bars.append(("limit", base))
        bars = [(m, v) for m, v in bars if v is not None]
        f = os.path.join(data_dir, f"{i}.dat")
        with open(f, "w") as fh:
            for m, v in bars:
                fh.write(f'"{m}" {v:.6g} {int(colors[m][1:], 16)}\n')
        top = max([v for _, v in bars] + [0])
        script.append(f'set title "{title.format(**fill)}"')
        script.append(f"set yrange [0:{top * 1.18 if top > 0 else 1}]")
        script.append(f'plot "{f}" using 0:2:3:xtic(1) with boxes lc rgb variable, '
                      f'"" using 0:2:($2 >= 100 ? sprintf("%.0f", $2) : sprintf("%.3g", $2)) with labels offset 0,0.8')
    script.append("unset multiplot")
    gp = os.path.join(out, "chart.gp")
    with open(gp, "w") as fh:
        fh.write("\n".join(script) + "\n")
    r = subprocess.run(["gnuplot", gp], capture_output=True, text=True)
    if r.returncode != 0:
        print("gnuplot failed:\n" + r.stderr, file=sys.stderr)
        return False
    return True


def update_readme(path, table, notes, meta, with_chart):
    text = open(path).read()
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + "\n\n## Latest results\n\n" + BEGIN + "\n" + END + "\n"
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    body = [
        "",
        f"Run on {meta.get('date')} with `bench/compare.sh` ({meta.get('runs')} runs, {meta.get('count')} strategies, "
        f"{meta.get('idle')} s idle, {meta.get('log_mb')} MiB of log, {meta.get('loop')} s crash loop).",
        "",
        f"- machine: {machine(meta)}",
        f"- versions: {versions(meta)}",
        f"- load average (1, 5, 15 min): {meta.get('load', '?')}",
        "",
        table,
        "",
    ] + notes + [""]
    if with_chart:
        body += ["![Corral vs supervisord vs PM2](chart.png)", ""]
    open(path, "w").write(head + BEGIN + "\n" + "\n".join(body) + END + tail)


if __name__ == "__main__":
    main()
