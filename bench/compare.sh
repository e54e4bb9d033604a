#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# Corral side by side with supervisord and PM2: the same work for each, in its own temporary home.
# A benchmark, not a test: it prints numbers; nothing here fails on a timing. Exits 0 unless something
# could not run.
#
#   bench/compare.sh                   full run: medians of 3 runs, about 20 minutes
#   BENCH_QUICK=1 bench/compare.sh     one short run, to try things (does not touch README.md)
#
# Installs what is missing (Debian's supervisor and gnuplot-nox with apt-get, PM2 with npm into
# bench/.pm2-local/), builds Corral when build/bin/corralctl is missing, then prints a table and writes
# bench/out/{results.csv,raw.tsv,chart.png}. A full run also rewrites "Latest results" in
# bench/README.md and copies the chart to bench/chart.png.
#
# Settings (environment):
#   BENCH_RUNS      runs to take the median of (3; quick: 1)
#   BENCH_COUNT     strategies in the start/stop and memory scenario (100)
#   BENCH_IDLE      seconds of idle CPU measurement (20; quick: 5)
#   BENCH_LOG_MB    MiB the log writer writes (1024; quick: 256)
#   BENCH_LOOP      seconds of crash loop (60; quick: 10)
#   BENCH_MANAGERS  which managers ("corral supervisord pm2")
#   BENCH_SCENARIOS which scenarios ("fleet logs restart stable loop": start/stop + memory + idle CPU,
#                   log throughput, restart latency after a quick crash, after a run longer than 60 s,
#                   crash loop)
#   BENCH_RESTART_N strategies crashing side by side in the restart scenarios: samples per run (10; quick: 4)
#   BENCH_STABLE_S  seconds a strategy runs before its crash in the stable scenario (61: Corral's
#                   stability period is 60 s)
#   BENCH_STABLE_CYCLES restarts per strategy in the stable scenario (1)
#   BENCH_BUILD     Corral's build directory (build)
#   BENCH_README    1: update README.md even on a quick run; 0: never
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
REPO=$PWD
BENCH=$REPO/bench
OUT=$BENCH/out
mkdir -p "$OUT"

QUICK=${BENCH_QUICK:-0}
if [ "$QUICK" = 1 ]; then d_runs=1 d_idle=5 d_log=256 d_loop=10 d_readme=0 d_rn=4; else d_runs=3 d_idle=20 d_log=1024 d_loop=60 d_readme=1 d_rn=10; fi
RUNS=${BENCH_RUNS:-$d_runs}
COUNT=${BENCH_COUNT:-100}
IDLE=${BENCH_IDLE:-$d_idle}
LOG_MB=${BENCH_LOG_MB:-$d_log}
LOOP=${BENCH_LOOP:-$d_loop}
RESTART_N=${BENCH_RESTART_N:-$d_rn}
STABLE_S=${BENCH_STABLE_S:-61}
STABLE_CYCLES=${BENCH_STABLE_CYCLES:-1}
MANAGERS=${BENCH_MANAGERS:-corral supervisord pm2}
SCENARIOS=${BENCH_SCENARIOS:-fleet logs restart stable loop}
README_UPDATE=${BENCH_README:-$d_readme}
BUILD=${BENCH_BUILD:-build}
LOG_BYTES=$((LOG_MB * 1024 * 1024))
HZ=$(getconf CLK_TCK)

say() { printf '[%02d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }

# ---------------------------------------------------------------- what is needed
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_wanted=()
command -v supervisord >/dev/null || apt_wanted+=(supervisor)
command -v gnuplot >/dev/null || apt_wanted+=(gnuplot-nox)
wants_pm2=no
case " $MANAGERS " in *" pm2 "*) wants_pm2=yes ;; esac
[ $wants_pm2 = yes ] && ! command -v npm >/dev/null && apt_wanted+=(npm) # brings nodejs; PM2 comes below
if ((${#apt_wanted[@]})); then
    say "bench: installing ${apt_wanted[*]} with apt-get (log: bench/out/apt.log)"
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_wanted[@]}" >"$OUT/apt.log" 2>&1; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$OUT/apt.log" 2>&1
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_wanted[@]}" >>"$OUT/apt.log" 2>&1 ||
            { say "bench: apt-get install ${apt_wanted[*]} failed, see bench/out/apt.log"; exit 1; }
    fi
fi
PM2=$BENCH/.pm2-local/node_modules/.bin/pm2
if [ $wants_pm2 = yes ] && [ ! -x "$PM2" ]; then
    command -v npm >/dev/null || { say "bench: npm is needed to install PM2 (apt-get install npm)"; exit 1; }
    say "bench: installing pm2 into bench/.pm2-local (log: bench/out/npm.log)"
    npm install --prefix "$BENCH/.pm2-local" --no-audit --no-fund pm2 >"$OUT/npm.log" 2>&1 ||
        { say "bench: npm install pm2 failed, see bench/out/npm.log"; exit 1; }
fi
case $BUILD in /*) CORRALCTL=$BUILD/bin/corralctl ;; *) CORRALCTL=$REPO/$BUILD/bin/corralctl ;; esac
if [ ! -x "$CORRALCTL" ]; then
    say "bench: building Corral (log: bench/out/build.log)"
    { "$REPO/scripts/corral" deps && cmake --preset default && cmake --build --preset default; } >"$OUT/build.log" 2>&1 ||
        { say "bench: the build failed, see bench/out/build.log"; exit 1; }
fi
for tool in python3 $([ $wants_pm2 = yes ] && echo node); do
    command -v "$tool" >/dev/null || { say "bench: $tool is needed"; exit 1; }
done
# Debian's own python3 (supervisor needs it) starts in a few ms; a pyenv shim takes hundreds, which would
# be counted in every PM2 status poll.
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3

# ---------------------------------------------------------------- bookkeeping and cleanup
ROOT=$(mktemp -d /tmp/corral-compare.XXXXXX)
WL=$ROOT/workloads
cp -r "$BENCH/workloads" "$WL"
# Not exported: only the managers get it (see managers.sh), so this shell and its helpers never match.
BENCH_TAG="corral-compare-$$-$(date +%s%N)"
RAW=$OUT/raw.tsv
: >"$RAW"

# shellcheck source=bench/lib/managers.sh
. "$BENCH/lib/managers.sh"

# Processes carrying our tag (managers and whatever they started), zombies excepted.
tagged_pids() {
    grep -lzx "BENCH_TAG=$BENCH_TAG" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 | grep -vx "$$" || true
}
# Kill, by pid, whatever is left of a manager and its strategies: a polite TERM, then KILL.
sweep_tag() {
    local round pids
    for round in 1 2 3 4 5 6 7 8 9 10; do
        pids=$(tagged_pids)
        [ -n "$pids" ] || return 0
        # shellcheck disable=SC2086
        if [ "$round" = 1 ]; then kill -TERM $pids 2>/dev/null || true; else kill -KILL $pids 2>/dev/null || true; fi
        sleep 0.3
    done
    say "bench: could not get rid of pids $(tagged_pids | xargs)"
}
CURRENT=
cleanup() {
    [ -z "$CURRENT" ] || "${CURRENT}_down" || true
    sweep_tag
    rm -rf "$ROOT"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { echo "$EPOCHREALTIME"; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a - b }'; }
alive() {
    local s
    { read -r s </proc/"$1"/stat; } 2>/dev/null || return 1
    s=${s##*) }
    [ "${s%% *}" != Z ]
}
cpu_ms() { # utime + stime of PID in ms
    local s f
    read -r s </proc/"$1"/stat
    s=${s##*) }
    read -ra f <<<"$s"
    echo $(((f[11] + f[12]) * 1000 / HZ))
}
kb() { awk -v re="^($1):" '$1 ~ re { s += $2 } END { print s + 0 }' "$2"; } # kB of the fields matching $1
rec() { printf '%s\t%s\t%s\t%s\n' "$RUN" "$1" "$2" "$3" >>"$RAW"; }

# Starts manager M on the apps declared with `app`, with its home in $H/home; the bench's own files
# (stamps, pid lists) go to $H=$ROOT/r$RUN/$M-$scenario.
begin() {
    local m=$1 scenario=$2
    H=$ROOT/r$RUN/$m-$scenario
    mkdir -p "$H/home"
    CURRENT=$m
    "${m}_init" "$H/home"
    DPID=$("${m}_daemon_pid")
    if [ -z "$DPID" ] || ! alive "$DPID"; then say "bench: $m's daemon is not running"; exit 1; fi
}
# Stops it all, checks the daemon is gone, removes the home.
end() {
    local m=$1 i
    "${m}_down"
    for i in $(seq 1 100); do alive "$DPID" || break; sleep 0.1; done
    CURRENT=
    sweep_tag
    rm -rf "$H"
}

# Polls M's status until N apps are running; their pids go to $H/pids.
wait_running() {
    local m=$1 n=$2 timeout=$3 st deadline
    deadline=$(awk -v t="$(now)" -v d="$timeout" 'BEGIN { print t + d }')
    while :; do
        st=$("${m}_status")
        if [ "$(awk '$3 == "running" && $2 > 0' <<<"$st" | wc -l)" -ge "$n" ]; then
            awk '$2 > 0 { print $2 }' <<<"$st" >"$H/pids"
            return 0
        fi
        awk -v t="$(now)" -v d="$deadline" 'BEGIN { exit !(t > d) }' && return 1
        sleep 0.02
    done
}
# Waits until every pid in $H/pids is gone (a zombie counts as gone).
wait_gone() {
    local timeout=$1 p left deadline
    deadline=$((SECONDS + timeout))
    while :; do
        left=0
        while read -r p; do alive "$p" && { left=1; break; }; done <"$H/pids"
        [ "$left" = 0 ] && return 0
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.01
    done
}

# ---------------------------------------------------------------- scenarios

# 1 and 2: start COUNT sleepers until all run, memory and idle CPU with them, stop until all are gone.
fleet() {
    local m=$1 i t0 t1 t2 c0 c1
    apps_clear
    for i in $(seq 1 "$COUNT"); do app "s$i" sleep /bin/sleep 100000; done
    begin "$m" fleet
    t0=$(now)
    "${m}_start_all"
    t1=$(now)
    if ! wait_running "$m" "$COUNT" 120; then
        say "bench: $m: not all $COUNT strategies running after 120 s"
        end "$m"
        return
    fi
    t2=$(now)
    rec "$m" start_s "$(minus "$t2" "$t0")"
    rec "$m" start_cmd_s "$(minus "$t1" "$t0")"

    sleep 1
    c0=$(cpu_ms "$DPID")
    sleep "$IDLE"
    c1=$(cpu_ms "$DPID")
    rec "$m" idle_cpu_ms $((c1 - c0))
    rec "$m" rss_mb "$(awk -v k="$(kb Rss /proc/"$DPID"/smaps_rollup)" 'BEGIN { print k / 1024 }')"
    rec "$m" private_mb "$(awk -v k="$(kb "Private_Clean|Private_Dirty" /proc/"$DPID"/smaps_rollup)" 'BEGIN { print k / 1024 }')"
    rec "$m" anon_mb "$(awk -v k="$(kb Anonymous /proc/"$DPID"/smaps_rollup)" 'BEGIN { print k / 1024 }')"

    t0=$(now)
    "${m}_list" >/dev/null
    t1=$(now)
    rec "$m" status_ms "$(awk -v a="$t1" -v b="$t0" 'BEGIN { print (a - b) * 1000 }')"

    t0=$(now)
    "${m}_stop_all"
    if wait_gone 120; then
        rec "$m" stop_s "$(minus "$(now)" "$t0")"
    else
        say "bench: $m: strategies still alive 120 s after stop"
    fi
    end "$m"
}

# 3: LOG_BYTES of lines as fast as possible, until all of them are in the manager's log file.
record_log() { # MANAGER OUTPUT_OF_wait_size
    local m=$1 done_at=$2 t0 secs size
    t0=$(cat "$H/stamp")
    if [[ $done_at == timeout* || $done_at == short* ]]; then
        local why
        read -r why done_at size <<<"$done_at"
        if [ "$why" = short ]; then
            say "bench: $m: the log stopped growing $((LOG_BYTES - size)) bytes short of $LOG_BYTES"
        else
            say "bench: $m: only $size of $LOG_BYTES bytes after the timeout"
        fi
    else
        size=$LOG_BYTES
    fi
    rec "$m" log_missing_kib "$(((LOG_BYTES - size) / 1024))"
    secs=$(minus "$done_at" "$t0")
    LAST_MBPS=$(awk -v b="$size" -v s="$secs" 'BEGIN { print b / 1e6 / s }')
    rec "$m" log_mbps "$LAST_MBPS"
}
log_baseline() {
    local done_at
    H=$ROOT/r$RUN/baseline-log
    mkdir -p "$H"
    "$WL/writer.sh" "$LOG_BYTES" "$H/stamp" >"$H/w.log" &
    done_at=$("$PY" "$BENCH/lib/wait_size.py" "$H/w.log" "$LOG_BYTES" 300) || true
    wait
    record_log baseline "$done_at"
    rm -rf "$H"
}
# Each manager's run follows a run of the writer straight to a file (the physical limit), so that the
# two are compared under the same load of the machine: log_pct is that pair's ratio.
log_throughput() {
    local m=$1 c0 done_at log base
    log_baseline
    base=$LAST_MBPS
    apps_clear
    app w once "$WL/writer.sh" "$LOG_BYTES" "$ROOT/r$RUN/$m-log/stamp"
    begin "$m" log
    log=$("${m}_log" w)
    c0=$(cpu_ms "$DPID")
    "${m}_start_all"
    done_at=$("$PY" "$BENCH/lib/wait_size.py" "$log" "$LOG_BYTES" 300) || true
    rec "$m" log_cpu_ms $(($(cpu_ms "$DPID") - c0))
    rec "$m" log_peak_rss_mb "$(awk '/^VmHWM/ { print $2 / 1024 }' /proc/"$DPID"/status)"
    record_log "$m" "$done_at"
    rec "$m" log_pct "$(awk -v a="$LAST_MBPS" -v b="$base" 'BEGIN { print 100 * a / b }')"
    end "$m"
}

# 4a: RESTART_N strategies that live 2 s (plus a quarter second each, so that their crashes do not meet)
# and exit 1: time from each exit to the next start, for the first and the second crash in a row.
# Each gap is one sample ("exit T" then "start T'": T' - T).
gaps() { # STAMP: the gaps in ms, one a line
    awk '$1 == "exit" { e = $2 } $1 == "start" && e { printf "%.2f\n", ($2 - e) * 1000; e = 0 }' "$1" 2>/dev/null
}
# Waits until every strategy's stamp holds N starts, or TIMEOUT seconds.
wait_starts() { # PREFIX COUNT N TIMEOUT
    local prefix=$1 count=$2 n=$3 deadline=$((SECONDS + $4)) i ok
    while [ "$SECONDS" -lt "$deadline" ]; do
        ok=1
        for i in $(seq 1 "$count"); do
            [ "$(grep -c '^start' "$prefix$i" 2>/dev/null || true)" -ge "$n" ] || { ok=0; break; }
        done
        [ "$ok" = 1 ] && return 0
        sleep 0.2
    done
    return 1
}
restart_latency() {
    local m=$1 i g stamps
    apps_clear
    stamps=$ROOT/r$RUN/$m-restart/stamp
    for i in $(seq 1 "$RESTART_N"); do
        app "c$i" crash "$WL/crash.sh" "$stamps$i" "$(awk -v i="$i" 'BEGIN { print 2 + (i - 1) * 0.25 }')"
    done
    begin "$m" restart
    "${m}_start_all"
    wait_starts "$stamps" "$RESTART_N" 3 60 || say "bench: $m: not every strategy restarted twice within 60 s"
    for i in $(seq 1 "$RESTART_N"); do
        { read -r g && rec "$m" restart1_ms "$g" && read -r g && rec "$m" restart2_ms "$g"; } < <(gaps "$stamps$i") || true
    done
    end "$m"
}

# 4a': the restart that matters most: a bot that ran longer than the stability period (Corral's is
# 60 s: StableRunMs) and crashed. RESTART_N strategies live STABLE_S seconds (plus 0.3 s each) and exit
# 1; each one's first restart is a sample (STABLE_CYCLES restarts each).
stable_restart() {
    local m=$1 i g stamps
    apps_clear
    stamps=$ROOT/r$RUN/$m-stable/stamp
    for i in $(seq 1 "$RESTART_N"); do
        app "c$i" crash "$WL/crash.sh" "$stamps$i" "$(awk -v s="$STABLE_S" -v i="$i" 'BEGIN { print s + (i - 1) * 0.3 }')"
    done
    begin "$m" stable
    "${m}_start_all"
    wait_starts "$stamps" "$RESTART_N" $((STABLE_CYCLES + 1)) $(((STABLE_S + 10) * (STABLE_CYCLES + 1))) ||
        say "bench: $m: not every strategy restarted $STABLE_CYCLES time(s) after its ${STABLE_S}s run"
    for i in $(seq 1 "$RESTART_N"); do
        while read -r g; do rec "$m" stable_ms "$g"; done < <(gaps "$stamps$i" | head -n "$STABLE_CYCLES")
    done
    end "$m"
}

# The floor, no manager: a shell loop that runs the same script again the moment it exits (bash's exit,
# a fork, an exec and bash's start), RESTART_N times.
restart_floor() {
    local i g stamp=$ROOT/r$RUN/floor-stamp
    mkdir -p "$ROOT/r$RUN"
    for i in $(seq 0 "$RESTART_N"); do "$WL/crash.sh" "$stamp" 0 || true; done
    while read -r g; do rec baseline restart_floor_ms "$g"; done < <(gaps "$stamp")
    rm -f "$stamp"
}

# 4b: a strategy that exits 1 at once, for LOOP seconds, never given up on: restarts and daemon CPU.
crash_loop() {
    local m=$1 c0 c1 starts
    apps_clear
    app l crashloop "$WL/crash.sh" "$ROOT/r$RUN/$m-loop/stamp" 0
    begin "$m" loop
    c0=$(cpu_ms "$DPID")
    "${m}_start_all"
    sleep "$LOOP"
    c1=$(cpu_ms "$DPID")
    starts=$(grep -c '^start' "$H/stamp" 2>/dev/null || true)
    starts=${starts:-0}
    rec "$m" loop_restarts $((starts > 0 ? starts - 1 : 0))
    rec "$m" loop_cpu_ms $((c1 - c0))
    [ "$starts" -gt 1 ] && rec "$m" loop_cpu_per_restart_ms "$(awk -v c=$((c1 - c0)) -v r=$((starts - 1)) 'BEGIN { print c / r }')"
    end "$m"
}

# ---------------------------------------------------------------- the runs
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
read -ra mgrs <<<"$MANAGERS"
say "bench: $RUNS run(s) of $SCENARIOS: $COUNT strategies, ${IDLE}s idle, ${LOG_MB} MiB of log, ${LOOP}s crash loop; managers: $MANAGERS"
for RUN in $(seq 1 "$RUNS"); do
    # The order of the managers turns from run to run, so none always goes first.
    order=("${mgrs[@]:$(((RUN - 1) % ${#mgrs[@]}))}" "${mgrs[@]:0:$(((RUN - 1) % ${#mgrs[@]}))}")
    for scenario in $SCENARIOS; do
        [ "$scenario" = restart ] && restart_floor
        for m in "${order[@]}"; do
            say "bench: run $RUN/$RUNS: $m: $scenario"
            case $scenario in
                fleet) fleet "$m" ;;
                logs) log_throughput "$m" ;;
                restart) restart_latency "$m" ;;
                stable) stable_restart "$m" ;;
                loop) crash_loop "$m" ;;
                *) say "bench: no scenario $scenario (fleet, logs, restart, stable, loop)"; exit 1 ;;
            esac
        done
    done
done

# ---------------------------------------------------------------- machine, versions, report
{
    echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "cores=$(nproc)"
    echo "kernel=$(uname -sr)"
    echo "memory=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "corral=$("$CORRALCTL" --version | awk '{ print $NF }')"
    echo "supervisord=$(supervisord --version)"
    # `pm2 --version` would start a daemon in ~/.pm2: read the package instead.
    if [ $wants_pm2 = yes ]; then
        echo "pm2=$(node -p "require('$BENCH/.pm2-local/node_modules/pm2/package.json').version")"
        echo "node=$(node --version)"
    fi
    echo "python=$("$PY" --version | awk '{ print $2 }')"
    echo "date=$(date -u +%Y-%m-%d)"
    echo "load=$LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after"
    echo "runs=$RUNS"
    echo "count=$COUNT"
    echo "idle=$IDLE"
    echo "log_mb=$LOG_MB"
    echo "loop=$LOOP"
    echo "restart_n=$RESTART_N"
    echo "stable_s=$STABLE_S"
    echo "managers=$MANAGERS"
} >"$OUT/meta.txt"
readme_dir=
[ "$README_UPDATE" = 1 ] && readme_dir=$BENCH
"$PY" "$BENCH/lib/report.py" "$OUT" "$readme_dir"
