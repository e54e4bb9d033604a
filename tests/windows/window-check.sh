#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# window-check BUILD_DIR — the Windows build's corral.exe as a Windows user sees it, under Wine on a
# virtual X screen (Xvfb, with icewm for a taskbar and a tray): it starts corrald.exe, lists that corrald's
# strategies (its title says "1 running · 2 strategies - Corral"), a screenshot is kept in
# BUILD_DIR/artefacts/corral-window-wine.png, and a second corral.exe hands over to the first (it leaves at
# once and the first, minimised, comes back). Everything runs in a throwaway Wine prefix and home; what
# it starts is ended by pid, or by that prefix's own wineserver.
set -euo pipefail
build=$(cd "${1:?usage: window-check.sh BUILD_DIR}" && pwd)
bin=$build/bin
out=$build/artefacts
mkdir -p "$out"
wine=${CORRAL_WINE:-$(command -v wine64 || echo /usr/lib/wine/wine64)}
server=$(dirname "$wine")/wineserver

fail() {
    echo "window-check: FAIL: $*" >&2
    exit 1
}

WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/corral-wine-window.XXXXXX")
home=$(mktemp -d "${TMPDIR:-/tmp}/corral-window-home.XXXXXX")
export WINEPREFIX WINEDEBUG=-all CORRAL_HOME="Z:${home//\//\\}"
xvfb= wm= gui=
cleanup() {
    "$server" -k 2>/dev/null || true
    "$server" -w 2>/dev/null || true
    for pid in $gui $wm $xvfb; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WINEPREFIX" "$home"
}
trap cleanup EXIT

# A display number nobody uses.
for n in $(seq 90 190); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=$n; break; }
done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
export DISPLAY=:$display
icewm >/dev/null 2>&1 &
wm=$!

# Every Wine program of this check sees the display: the prefix's first program picks the graphics driver.
"$wine" wineboot --init >/dev/null 2>&1
"$server" -w

ctl() { "$wine" "$bin/corralctl.exe" "$@" 2>/dev/null; }
ctl add ticker -- "$bin/corral_win_child.exe" sleep 600000 >/dev/null || fail "corralctl add ticker"
ctl add backfill --restart never -- "$bin/corral_win_child.exe" echo done >/dev/null || fail "corralctl add backfill"
ctl start ticker >/dev/null || fail "corralctl start ticker"

# The title of the first visible window whose title ends with Qt's " - Corral", or nothing.
title() {
    local ids
    ids=$(xdotool search --onlyvisible --name ' - Corral$' 2>/dev/null) || return 0
    for id in $ids; do
        xdotool getwindowname "$id"
        return 0
    done
}
wait_title() {
    local want=$1
    for _ in $(seq 120); do
        [ "$(title)" = "$want" ] && return 0
        sleep 0.5
    done
    return 1
}

"$wine" "$bin/corral.exe" >"$out/corral-window-wine.log" 2>&1 &
gui=$!
disown "$gui" # ended by the prefix's wineserver at the end, without a job notice
expected="1 running · 2 strategies - Corral"
wait_title "$expected" || fail "the window never said '$expected' (last title: '$(title)')"
echo "window-check: corral.exe shows the strategies of its corrald: '$(title)'"
sleep 1 # the table paints after the title
import -window root "$out/corral-window-wine.png" || fail "no screenshot"
echo "window-check: screenshot in $out/corral-window-wine.png"

window=$(xdotool search --onlyvisible --name ' - Corral$' | head -n 1)
xdotool windowminimize "$window"
for _ in $(seq 40); do [ -z "$(title)" ] && break; sleep 0.25; done
[ -z "$(title)" ] || fail "the window could not be minimised for the hand-over check"

started=$SECONDS
timeout 60 "$wine" "$bin/corral.exe" >/dev/null 2>&1 || fail "a second corral.exe did not leave at once (exit $?)"
echo "window-check: a second corral.exe handed over and left after $((SECONDS - started)) s"
kill -0 "$gui" 2>/dev/null || fail "the first corral.exe is gone"
wait_title "$expected" || fail "the first window did not come back when the second one handed over"
[ "$(xdotool search --onlyvisible --name ' - Corral$' | wc -l)" -eq 1 ] || fail "more than one Corral window"
echo "window-check: the first window came back; one window only"

ctl stop --all >/dev/null || fail "corralctl stop --all"
ctl daemon stop >/dev/null || true
echo "window-check: ok"
