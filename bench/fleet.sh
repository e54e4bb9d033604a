#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# corrald's cost against the size of the fleet: `start --all` of 100 and of 1,000 `sleep` strategies in
# the same run, corrald's CPU for it, its open descriptors per strategy and its CPU ticks while idle.
# A benchmark, not a test: it prints numbers and the targets next to them; nothing fails on a timing.
#
#   bench/fleet.sh [BUILD_DIR] [SIZES] [IDLE_SECONDS]      e.g. bench/fleet.sh build "100 1000" 20
#
# Settings (environment): BENCH_RUNS (3; medians), BENCH_NOFILE ("1024:8192": the soft and hard open-file
# limit corrald is started with, as from a shell; corrald lifts its soft limit to the hard one itself),
# BENCH_HOME_BASE (/tmp: where the temporary CORRAL_HOMEs go, i.e. which filesystem is measured).
#
# The strategies are written into config/strategies.json directly (1,000 `corralctl add` would time the
# config saves, not the start). Every home stays until the end: removing one would leave thousands of
# freshly deleted inodes, which a journal-less ext4 (this bench machine's disk) skips one by one at
# every file creation for a minute or more, slowing the next measurement down by seconds.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
bin=${1:-build}/bin
read -ra sizes <<<"${2:-100 1000}"
idle=${3:-20}
runs=${BENCH_RUNS:-3}
nofile=${BENCH_NOFILE:-1024:8192}
base=${BENCH_HOME_BASE:-/tmp}
case $bin in /*) ctl=$bin/corralctl ;; *) ctl=$PWD/$bin/corralctl ;; esac
[ -x "$ctl" ] || { echo "bench: build first (cmake --preset default && cmake --build --preset default)" >&2; exit 1; }
command -v prlimit >/dev/null || { echo "bench: prlimit (util-linux) is needed" >&2; exit 1; }
HZ=$(getconf CLK_TCK)

homes=()
cleanup() {
    local h
    for h in "${homes[@]}"; do
        CORRAL_HOME=$h "$ctl" stop --all >/dev/null 2>&1 || true
        CORRAL_HOME=$h "$ctl" daemon stop >/dev/null 2>&1 || true
    done
    for h in "${homes[@]}"; do rm -rf "$h"; done
}
trap cleanup EXIT

now() { echo "$EPOCHREALTIME"; }
ms_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b - a) * 1000 }'; }
cpu() { # utime stime of PID, in ms
    local s f
    read -r s </proc/"$1"/stat
    s=${s##*) }
    read -ra f <<<"$s"
    echo $((f[11] * 1000 / HZ)) $((f[12] * 1000 / HZ))
}
ticks() {
    local s f
    read -r s </proc/"$1"/stat
    s=${s##*) }
    read -ra f <<<"$s"
    echo $((f[11] + f[12]))
}
fds() { find /proc/"$1"/fd -mindepth 1 -maxdepth 1 2>/dev/null | wc -l; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A home with N sleepers registered and stopped, and its corrald started under the open-file limits.
setup() {
    local n=$1 h i
    h=$(mktemp -d "$base/corral-fleet.XXXXXX")
    homes+=("$h")
    mkdir -p "$h/config"
    {
        printf '{"version": 1, "strategies": ['
        for i in $(seq 1 "$n"); do
            [ "$i" = 1 ] || printf ','
            printf '\n{"name": "s%d", "program": "/bin/sleep", "args": ["100000"], "cwd": "/"}' "$i"
        done
        printf '\n]}\n'
    } >"$h/config/strategies.json"
    CORRAL_HOME=$h prlimit --nofile="$nofile" -- "$ctl" daemon start >/dev/null
    CORRAL_HOME=$h "$ctl" list >/dev/null
    HOME_DIR=$h
    DPID=$(CORRAL_HOME=$h "$ctl" daemon status | sed -n 's/.*pid \([0-9]*\).*/\1/p')
}

declare -A R # run,size,metric -> value
for run in $(seq 1 "$runs"); do
    pids=()
    dirs=()
    # The order of the sizes turns from run to run, so that none always goes first.
    order=("${sizes[@]:$(((run - 1) % ${#sizes[@]}))}" "${sizes[@]:0:$(((run - 1) % ${#sizes[@]}))}")
    for n in "${order[@]}"; do
        setup "$n"
        read -r u0 s0 < <(cpu "$DPID")
        t0=$(now)
        CORRAL_HOME=$HOME_DIR "$ctl" start --all >/dev/null
        t1=$(now)
        read -r u1 s1 < <(cpu "$DPID")
        R[$run,$n,start_ms]=$(ms_between "$t0" "$t1")
        R[$run,$n,user_ms]=$((u1 - u0))
        R[$run,$n,sys_ms]=$((s1 - s0))
        R[$run,$n,running]=$(CORRAL_HOME=$HOME_DIR "$ctl" list --json | grep -c '"state": "running"' || true)
        R[$run,$n,fds]=$(fds "$DPID")
        R[$run,$n,limit]=$(awk '/^Max open files/ { print $4 "/" $5 }' /proc/"$DPID"/limits)
        pids+=("$DPID")
        dirs+=("$HOME_DIR")
    done
    # Idle, every fleet of the run running at once.
    sleep 1
    declare -A c0=()
    for i in "${!pids[@]}"; do c0[$i]=$(ticks "${pids[$i]}"); done
    sleep "$idle"
    for i in "${!pids[@]}"; do R[$run,${order[$i]},idle_ticks]=$(($(ticks "${pids[$i]}") - ${c0[$i]})); done
    for i in "${!pids[@]}"; do
        t0=$(now)
        CORRAL_HOME=${dirs[$i]} "$ctl" stop --all >/dev/null
        R[$run,${order[$i]},stop_ms]=$(ms_between "$t0" "$(now)")
        CORRAL_HOME=${dirs[$i]} "$ctl" daemon stop >/dev/null
    done
done

med() { # SIZE METRIC: the median over the runs
    local r vals=()
    for r in $(seq 1 "$runs"); do vals+=("${R[$r,$1,$2]}"); done
    echo "${vals[*]}" | median
}
all_runs() { local r out=(); for r in $(seq 1 "$runs"); do out+=("${R[$r,$1,$2]}"); done; echo "${out[*]}"; }

# Derived per run: seconds, per strategy, CPU in all, descriptors per strategy.
for n in "${sizes[@]}"; do
    for r in $(seq 1 "$runs"); do
        R[$r,$n,start_s]=$(awk -v m="${R[$r,$n,start_ms]}" 'BEGIN { printf "%.3f", m / 1000 }')
        R[$r,$n,per_ms]=$(awk -v m="${R[$r,$n,start_ms]}" -v n="$n" 'BEGIN { printf "%.2f", m / n }')
        R[$r,$n,cpu_ms]=$((${R[$r,$n,user_ms]} + ${R[$r,$n,sys_ms]}))
        R[$r,$n,fds_per]=$(awk -v f="${R[$r,$n,fds]}" -v n="$n" 'BEGIN { printf "%.2f", f / n }')
        R[$r,$n,stop_s]=$(awk -v m="${R[$r,$n,stop_ms]}" 'BEGIN { printf "%.3f", m / 1000 }')
    done
done
small=${sizes[0]}
large=${sizes[-1]}
for r in $(seq 1 "$runs"); do
    R[$r,ratio,x]=$(awk -v a="${R[$r,$small,start_ms]}" -v b="${R[$r,$large,start_ms]}" 'BEGIN { printf "%.1f", b / a }')
done

fstype=$(df -PT "$base" | awk 'NR == 2 { print $2 }')
printf 'machine: %s, %s cores, %s; load average %s\n' "$(uname -sr)" "$(nproc)" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'homes in %s (%s); corrald started with open-file limits %s (soft:hard) and ran with %s; %s run(s): medians\n\n' \
    "$base" "$fstype" "$nofile" "${R[1,$large,limit]}" "$runs"
header="| metric |"
rule="|---|"
for n in "${sizes[@]}"; do header+=" $n |"; rule+="--:|"; done
echo "$header target |"
echo "$rule--:|"
row() { # LABEL METRIC TARGET
    local line="| $1 |" n
    for n in "${sizes[@]}"; do line+=" $(med "$n" "$2") |"; done
    echo "$line $3 |"
}
row "\`start --all\` until all running (s)" start_s ""
row "... per strategy (ms)" per_ms ""
row "corrald CPU for it, user (ms)" user_ms ""
row "corrald CPU for it, system (ms)" sys_ms ""
row "strategies running after it" running ""
row "corrald open descriptors with all running" fds ""
row "... per strategy" fds_per "< 2"
row "corrald CPU ticks while idle ${idle} s" idle_ticks "0"
row "\`stop --all\` (s)" stop_s ""
echo
echo "start --all of $large takes $(med ratio x)x the time of $small (target: <= 10x); per run: $(all_runs ratio x)"
