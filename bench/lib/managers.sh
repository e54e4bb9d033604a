# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# shellcheck shell=bash
# Adapters: the same operations for Corral, supervisord and PM2. Sourced by bench/compare.sh.
#
# A scenario declares its apps with `app NAME KIND PROGRAM [ARGS...]` (no spaces in the words), then
# calls, for a manager M (corral, supervisord or pm2):
#   M_init HOME      writes the manager's configuration for the apps into HOME and starts its daemon
#                    (the apps stay stopped, except under PM2, which cannot register without starting)
#   M_start_all      starts every app (returns when the manager's start command returns)
#   M_stop_all       stops every app
#   M_list           the manager's own status command, its output as is
#   M_status         prints "NAME PID STATE" per app, STATE being "running" or the manager's own word
#   M_daemon_pid     the daemon's pid
#   M_log NAME       the file the app's stdout ends up in
#   M_down           stops the apps and the daemon
# KIND is one of
#   sleep      restart on failure, the manager's defaults otherwise
#   once       never restarted (the log writer)
#   crash      restart on failure, the manager's defaults otherwise (the restart-latency probe)
#   crashloop  restart on failure, never give up (the crash loop)
# Every process a manager starts carries BENCH_TAG=$BENCH_TAG in its environment, so whatever is left
# over can be found by that tag and killed by pid (sweep_tag in compare.sh); nothing is killed by name.

APP_NAMES=()
declare -A APP_KIND APP_CMD

apps_clear() { APP_NAMES=(); APP_KIND=(); APP_CMD=(); }
app() {
    local name=$1 kind=$2
    shift 2
    APP_NAMES+=("$name")
    APP_KIND[$name]=$kind
    APP_CMD[$name]="$*"
}

# ---------------------------------------------------------------- Corral
CORRAL_H=
cc() { env BENCH_TAG="$BENCH_TAG" CORRAL_HOME="$CORRAL_H" "$CORRALCTL" "$@"; }

corral_init() {
    CORRAL_H=$1
    local name opts
    for name in "${APP_NAMES[@]}"; do
        case ${APP_KIND[$name]} in
            once) opts=(--restart never) ;;
            crashloop) opts=(--max-restarts 1000000) ;;
            *) opts=() ;;
        esac
        # shellcheck disable=SC2086 # APP_CMD holds words without spaces
        cc add "$name" "${opts[@]}" --log-max-mb 2000 -- ${APP_CMD[$name]} >/dev/null
    done
    cc daemon start >/dev/null
}
corral_start_all() { cc start --all >/dev/null; }
corral_stop_all() { cc stop --all >/dev/null; }
corral_list() { cc list; }
corral_status() {
    # NAME STATE PID UPTIME ...; PID is "-" when there is none.
    cc list | awk 'NR > 1 { print $1, ($3 ~ /^[0-9]+$/ ? $3 : 0), $2 }'
}
corral_daemon_pid() { cc daemon status 2>/dev/null | sed -n 's/.*pid \([0-9]*\).*/\1/p'; }
corral_log() { echo "$CORRAL_H/logs/$1.log"; }
corral_down() {
    cc stop --all >/dev/null 2>&1 || true
    cc daemon stop >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------- supervisord
SV_H=
svctl() { env BENCH_TAG="$BENCH_TAG" supervisorctl -c "$SV_H/supervisord.conf" "$@"; }

supervisord_init() {
    SV_H=$1
    mkdir -p "$SV_H/logs"
    {
        printf '[unix_http_server]\nfile=%s/supervisor.sock\n\n' "$SV_H"
        printf '[supervisord]\nlogfile=%s/supervisord.log\npidfile=%s/supervisord.pid\n' "$SV_H" "$SV_H"
        printf 'childlogdir=%s/logs\nloglevel=warn\n\n' "$SV_H"
        printf '[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n'
        printf '[supervisorctl]\nserverurl=unix://%s/supervisor.sock\n\n' "$SV_H"
        local name
        for name in "${APP_NAMES[@]}"; do
            printf '[program:%s]\ncommand=%s\nautostart=false\nredirect_stderr=true\n' "$name" "${APP_CMD[$name]}"
            printf 'stdout_logfile=%s/logs/%s.log\nstdout_logfile_maxbytes=0\nstdout_logfile_backups=0\n' "$SV_H" "$name"
            case ${APP_KIND[$name]} in
                # startsecs=0: "RUNNING" as soon as it is spawned, as Corral's "running" and PM2's
                # "online" mean (the default 1 s would add a second to the start scenario by design).
                sleep) printf 'startsecs=0\n' ;;
                once) printf 'autorestart=false\nstartsecs=0\n' ;;
                crashloop) printf 'startretries=1000000\n' ;;
            esac
            printf '\n'
        done
    } >"$SV_H/supervisord.conf"
    env BENCH_TAG="$BENCH_TAG" supervisord -c "$SV_H/supervisord.conf"
    local _
    for _ in $(seq 1 200); do
        svctl pid >/dev/null 2>&1 && return 0
        sleep 0.05
    done
    echo "bench: supervisord did not come up (see $SV_H/supervisord.log)" >&2
    return 1
}
supervisord_start_all() { svctl start all >/dev/null || true; }
supervisord_stop_all() { svctl stop all >/dev/null || true; }
supervisord_list() { svctl status || true; }
supervisord_status() {
    # NAME STATE pid N, uptime ...   or   NAME STATE  Not started / Exited ...
    svctl status 2>/dev/null | awk '{ pid = ($3 == "pid") ? $4 : 0; sub(/,/, "", pid);
                                      print $1, pid + 0, ($2 == "RUNNING" ? "running" : $2) }'
}
supervisord_daemon_pid() { cat "$SV_H/supervisord.pid" 2>/dev/null; }
supervisord_log() { echo "$SV_H/logs/$1.log"; }
supervisord_down() { svctl shutdown >/dev/null 2>&1 || true; }

# ---------------------------------------------------------------- PM2
PM2_H=
pm2c() { env BENCH_TAG="$BENCH_TAG" PM2_HOME="$PM2_H" "$PM2" "$@"; }

pm2_init() {
    PM2_H=$1
    mkdir -p "$PM2_H/logs"
    # PM2 has no "registered but stopped": the ecosystem file is started as a whole by pm2_start_all.
    local n
    for n in "${APP_NAMES[@]}"; do echo "$n ${APP_KIND[$n]} ${APP_CMD[$n]}"; done >"$PM2_H/apps.txt"
    "$PY" - "$PM2_H" <<'EOF'
import json, sys
home = sys.argv[1]
apps = []
for line in open(f"{home}/apps.txt").read().splitlines():
    name, kind, program, *args = line.split()
    app = {"name": name, "script": program, "args": args, "interpreter": "none", "exec_mode": "fork",
           "out_file": f"{home}/logs/{name}.log", "error_file": f"{home}/logs/{name}.err"}
    if kind == "once":
        app["autorestart"] = False
    if kind == "crashloop":
        app["max_restarts"] = 1000000
    apps.append(app)
json.dump({"apps": apps}, open(f"{home}/ecosystem.json", "w"), indent=1)
EOF
    pm2c ping >/dev/null
}
pm2_start_all() { pm2c start "$PM2_H/ecosystem.json" >/dev/null; }
pm2_stop_all() { pm2c stop all >/dev/null; }
pm2_list() { pm2c jlist; }
pm2_status() {
    pm2c jlist 2>/dev/null | "$PY" -c '
import json, sys
for a in json.load(sys.stdin):
    s = a["pm2_env"]["status"]
    print(a["name"], a.get("pid") or 0, "running" if s == "online" else s)'
}
pm2_daemon_pid() { cat "$PM2_H/pm2.pid" 2>/dev/null; }
pm2_log() { echo "$PM2_H/logs/$1.log"; }
pm2_down() { pm2c kill >/dev/null 2>&1 || true; }
