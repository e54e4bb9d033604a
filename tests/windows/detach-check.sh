#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# detach-check.sh WINE CORRALCTL — the corrald that corralctl.exe starts holds none of corralctl's
# handles: `corralctl daemon start | cat` ends when corralctl does. Before corrald got exactly its three
# standard handles (src/client/platform/daemonstart_win.cpp), it kept the pipe open and cat never saw
# its end. Run by ctest under Wine; what it starts is ended through corralctl, then by pid.
set -u
wine=$1 corralctl=$2
home=$(mktemp -d "${TMPDIR:-/tmp}/corral-detach.XXXXXX")
export CORRAL_HOME="Z:${home//\//\\}"
"$wine" "$corralctl" daemon start 2>/dev/null | cat >"$home/out" &
pipeline=$!
ended=no
for _ in $(seq 150); do
    kill -0 "$pipeline" 2>/dev/null || { ended=yes; break; }
    sleep 0.2
done
"$wine" "$corralctl" daemon stop >/dev/null 2>&1
[ "$ended" = yes ] || kill "$pipeline" 2>/dev/null
wait "$pipeline" 2>/dev/null
rm -rf "$home"
if [ "$ended" != yes ]; then
    echo "FAIL: 'corralctl daemon start | cat' did not end within 30 s: corrald holds corralctl's output pipe"
    exit 1
fi
echo "corralctl daemon start | cat ended with corralctl; corrald holds none of its handles"
