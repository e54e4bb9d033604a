#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# corrald under 100 strategies: start-all latency, memory, idle CPU. A benchmark, not a test: it
# prints numbers and the targets next to them; nothing here fails on a timing.
#   bench/daemon.sh [BUILD_DIR] [COUNT] [IDLE_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build}/bin
count=${2:-100}
idle=${3:-20}
ctl=$bin/corralctl
[ -x "$ctl" ] || { echo "bench: build first (cmake --preset default && cmake --build --preset default)" >&2; exit 1; }

export CORRAL_HOME=$(mktemp -d /tmp/corral-bench.XXXXXX)
cleanup() {
    "$ctl" stop --all >/dev/null 2>&1 || true
    "$ctl" daemon stop >/dev/null 2>&1 || true
    rm -rf "$CORRAL_HOME"
}
trap cleanup EXIT

for i in $(seq 1 "$count"); do "$ctl" add "s$i" -- sleep 100000 >/dev/null; done
pid=$("$ctl" daemon status | sed -n 's/.*pid \([0-9]*\).*/\1/p')

t0=$(date +%s.%N)
"$ctl" start --all >/dev/null
t1=$(date +%s.%N)
running=$("$ctl" list --json | grep -c '"state": "running"' || true)

rss_kb=$(awk '/^VmRSS/ {print $2}' /proc/$pid/status)
priv_kb=$(awk '/^Private_(Clean|Dirty)/ {s+=$2} END {print s}' /proc/$pid/smaps_rollup)
anon_kb=$(awk '/^Anonymous/ {print $2}' /proc/$pid/smaps_rollup)

ticks() { awk '{print $14 + $15}' /proc/$pid/stat; }
c0=$(ticks); sleep "$idle"; c1=$(ticks)

printf 'machine: %s, %s cores, %s\n' "$(uname -sr)" "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
printf '%-36s %12s   %s\n' "metric" "value" "target"
printf '%-36s %12.3f   %s\n' "start --all of $count (s)" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" "<= 0.2"
printf '%-36s %12s\n' "strategies running after start" "$running/$count"
printf '%-36s %12.1f   %s\n' "corrald RSS (MB)" "$(awk -v k="$rss_kb" 'BEGIN {print k / 1024}')" "<= 12"
printf '%-36s %12.1f\n' "corrald private memory (MB)" "$(awk -v k="$priv_kb" 'BEGIN {print k / 1024}')"
printf '%-36s %12.1f   %s\n' "corrald private anonymous (MB)" "$(awk -v k="$anon_kb" 'BEGIN {print k / 1024}')" "<= 3"
printf '%-36s %12s   %s\n' "CPU ticks while idle ${idle}s" "$((c1 - c0))" "0"
