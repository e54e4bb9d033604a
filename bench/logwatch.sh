#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# The log limit under a fast writer, and corrald asleep while nothing happens. A benchmark, not a test: it
# prints numbers and the targets next to them; nothing here fails on a timing.
#   bench/logwatch.sh [BUILD_DIR] [MB_PER_S] [WRITE_SECONDS] [IDLE_SECONDS]
# Environment: BENCH_CHUNK (bytes per write, 8192), BENCH_LOG_MB (the limit, 1).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build}/bin
rate=${2:-200}
write_s=${3:-10}
idle=${4:-20}
chunk=${BENCH_CHUNK:-8192}
limit_mb=${BENCH_LOG_MB:-1}
ctl=$bin/corralctl
[ -x "$ctl" ] || { echo "bench: build first (cmake --preset default && cmake --build --preset default)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: python3 is needed for the writer and the sampler" >&2; exit 1; }

export CORRAL_HOME=$(mktemp -d /tmp/corral-bench.XXXXXX)
cleanup() {
    "$ctl" stop --all >/dev/null 2>&1 || true
    "$ctl" daemon stop >/dev/null 2>&1 || true
    rm -rf "$CORRAL_HOME"
}
trap cleanup EXIT

"$ctl" daemon start >/dev/null
pid=$("$ctl" daemon status | sed -n 's/.*pid \([0-9]*\).*/\1/p')
[ -n "$pid" ] || { echo "bench: corrald did not start" >&2; exit 1; }

# utime + stime in clock ticks; wake-ups as the context switches of all of corrald's threads (a voluntary
# one is a sleep that ended, an involuntary one a preemption).
ticks() { awk '{print $14 + $15}' /proc/$pid/stat; }
wakes() { cat /proc/$pid/task/*/status | awk '/^voluntary_ctxt_switches/ {v+=$2} /^nonvoluntary_ctxt_switches/ {n+=$2} END {print v + n}'; }
hz=$(getconf CLK_TCK)

idle_once() { # -> "TICKS WAKES" over $idle seconds
    sleep 1 # let the replies of the last corralctl call settle
    local t0 w0 t1 w1
    t0=$(ticks); w0=$(wakes); sleep "$idle"; t1=$(ticks); w1=$(wakes)
    echo "$((t1 - t0)) $((w1 - w0))"
}

read -r idle0_ticks idle0_wakes < <(idle_once)

for i in $(seq 1 10); do "$ctl" add "idle$i" -- sleep 100000 >/dev/null; done
"$ctl" start --all >/dev/null
read -r idle10_ticks idle10_wakes < <(idle_once)
"$ctl" stop --all >/dev/null

# The fast writer: the live log's largest size while it writes, sampled every ~0.2 ms by another process.
report=$CORRAL_HOME/writer.report
"$ctl" add fast --log-max-mb "$limit_mb" --log-backups 3 -- \
    python3 "$PWD/bench/workloads/paced_writer.py" "$rate" "$write_s" "$chunk" "$report" >/dev/null
log=$CORRAL_HOME/logs/fast.log
t0=$(ticks); w0=$(wakes)
"$ctl" start fast >/dev/null
read -r largest p99 samples < <(python3 bench/lib/max_size.py "$log" "$write_s")
for _ in $(seq 1 50); do [ -s "$report" ] && break; sleep 0.1; done
t1=$(ticks); w1=$(wakes)
read -r written took < "$report"
backups=$(ls "$log".* 2>/dev/null | grep -c '\.[0-9]*$' || true)
"$ctl" stop fast >/dev/null

mib() { awk -v b="$1" 'BEGIN {printf "%.2f", b / 1048576}'; }
limit=$((limit_mb * 1048576))
slack=$(( limit / 10 > 1048576 ? limit / 10 : 1048576 ))

printf 'machine: %s, %s cores, %s; logs on %s; load average %s\n' "$(uname -sr)" "$(nproc)" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(df -T "$CORRAL_HOME" | awk 'NR == 2 {print $2}')" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-52s %12s   %s\n' "metric" "value" "target"
printf '%-52s %12s   %s\n' "corrald CPU ticks, idle ${idle}s, nothing running" "$idle0_ticks" "0"
printf '%-52s %12s\n' "corrald wake-ups, idle ${idle}s, nothing running" "$idle0_wakes"
printf '%-52s %12s   %s\n' "corrald CPU ticks, idle ${idle}s, 10 idle strategies" "$idle10_ticks" "0"
printf '%-52s %12s\n' "corrald wake-ups, idle ${idle}s, 10 idle strategies" "$idle10_wakes"
printf '%-52s %12s\n' "writer: MB/s reached (asked $rate, ${chunk}-byte writes)" \
    "$(awk -v b="$written" -v s="$took" 'BEGIN {printf "%.0f", b / s / 1e6}')"
printf '%-52s %12s   %s\n' "live log, largest size seen (MiB, limit $limit_mb)" "$(mib "$largest")" \
    "<= $(mib $((limit + slack)))"
printf '%-52s %12s   %s\n' "  ... past the limit by (MiB)" "$(mib $((largest > limit ? largest - limit : 0)))" \
    "<= $(mib "$slack")"
printf '%-52s %12s\n' "  ... size 99 % of the samples stayed under (MiB)" "$(mib "$p99")"
printf '%-52s %12s\n' "  ... size samples taken" "$samples"
printf '%-52s %12s\n' "backups at the end (of 3)" "$backups"
printf '%-52s %12s\n' "corrald CPU while writing ${write_s}s (ms)" "$(( (t1 - t0) * 1000 / hz ))"
printf '%-52s %12s\n' "corrald wake-ups while writing ${write_s}s" "$((w1 - w0))"
