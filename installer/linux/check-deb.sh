#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# installer/linux/check-deb.sh BUILD_DIR
# Builds the .deb from an already built tree (cpack -G DEB), checks what it holds and declares, validates
# its desktop entry and AppStream metainfo, unpacks it into a temporary root and runs the unpacked
# programs there: corralctl --version, then the example strategies started and stopped through the
# unpacked corralctl and the unpacked corrald beside it, in a throw-away CORRAL_HOME.
# Exit 0 when all is well; otherwise one line saying what failed, and exit 1.
set -euo pipefail

fail() {
    echo "check-deb: FAIL: $*" >&2
    exit 1
}

[ $# -eq 1 ] || { echo "usage: installer/linux/check-deb.sh BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" 2>/dev/null && pwd) || fail "no build directory $1"
[ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPackConfig.cmake (configure it with cmake first)"

# dpkg-shlibdeps computes Depends; desktop-file-validate and appstreamcli check the desktop files.
need=(dpkg-dev file desktop-file-utils appstream) # file: CPack's shlibdeps step
missing=()
for p in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "check-deb: installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq >/dev/null || fail "apt-get update failed"
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" \
        >/dev/null || fail "could not install ${missing[*]}"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/corral-check-deb.XXXXXX")
root=$work/root
home=$work/home
ctl=$root/usr/bin/corralctl
cleanup() {
    # Whatever happened, leave no strategy and no corrald of ours behind.
    if [ -x "$ctl" ]; then
        CORRAL_HOME=$home "$ctl" stop --all >/dev/null 2>&1 || true
        CORRAL_HOME=$home "$ctl" daemon stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- Build the package ---------------------------------------------------------------------------------
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { tail -n 20 "$work/cpack.log" >&2; fail "cpack -G DEB failed (log above)"; }
debs=("$work"/out/corral_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "cpack made no single corral_*.deb"
fi
deb=${debs[0]}
cp "$deb" "$build/"
echo "check-deb: built $(basename "$deb")"

# --- Contents ------------------------------------------------------------------------------------------
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
for path in /usr/bin/corral /usr/bin/corrald /usr/bin/corralctl \
    /usr/share/applications/corral.desktop \
    /usr/share/metainfo/io.github.corral.Corral.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/corral.svg \
    /usr/share/man/man1/corral.1.gz /usr/share/man/man1/corrald.1.gz /usr/share/man/man1/corralctl.1.gz \
    /usr/share/corral/examples/ticker.py /usr/share/corral/examples/backfill.py \
    /usr/share/doc/corral/copyright; do
    grep -qxF "$path" <<<"$contents" || fail "the package has no $path"
done

# --- Control fields --------------------------------------------------------------------------------------
[ "$(dpkg-deb -f "$deb" Package)" = corral ] || fail "the package is not named corral"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 qt6-qpa-plugins; do
    grep -qE "(^|[ ,])$lib([ ,(]|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
for field in Maintainer Description Section Homepage; do
    [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "the control file has no $field"
done

# --- Unpack and validate ---------------------------------------------------------------------------------
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
desktop-file-validate "$root/usr/share/applications/corral.desktop" >"$work/validate.log" 2>&1 ||
    fail "desktop-file-validate: $(grep -m1 error "$work/validate.log")"
grep -q error "$work/validate.log" && fail "desktop-file-validate: $(grep -m1 error "$work/validate.log")"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.corral.Corral.metainfo.xml" \
    >"$work/appstream.log" 2>&1 || fail "appstreamcli validate: $(grep -m1 -E '^[EW]:' "$work/appstream.log")"
grep -qx 'License: Apache-2.0' "$root/usr/share/doc/corral/copyright" || fail "the copyright file does not name Apache-2.0"
grep -q '<project_license>Apache-2.0</project_license>' "$root/usr/share/metainfo/io.github.corral.Corral.metainfo.xml" ||
    fail "the metainfo does not declare project_license Apache-2.0"
icon=$(sed -n 's/^Icon=//p' "$root/usr/share/applications/corral.desktop")
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon is not the installed icon"
for page in corral corrald corralctl; do
    command -v man >/dev/null || break
    man --warnings -l "$root/usr/share/man/man1/$page.1.gz" >/dev/null 2>"$work/man.log" || true
    [ ! -s "$work/man.log" ] || fail "man page $page.1: $(head -n1 "$work/man.log")"
done

# --- Run the unpacked programs ---------------------------------------------------------------------------
version=$("$ctl" --version 2>&1) || fail "unpacked corralctl --version failed: $version"
grep -q "^corralctl [0-9]" <<<"$version" || fail "unexpected corralctl --version: $version"
"$root/usr/bin/corrald" --version >/dev/null 2>&1 || fail "unpacked corrald --version failed"
echo "check-deb: $version runs from the unpacked package"

command -v python3 >/dev/null || fail "python3 is needed to run the example strategies"
export CORRAL_HOME=$home
unset CORRALD # the unpacked corralctl must start the corrald beside it
examples=$root/usr/share/corral/examples
ctl_run() {
    local out
    out=$("$ctl" "$@" 2>&1) || fail "corralctl $* failed: $(tr '\n' ' ' <<<"$out")"
    printf '%s\n' "$out"
}
state_of() {
    "$ctl" status "$1" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])'
}
wait_state() { # NAME STATE SECONDS
    local i
    for ((i = 0; i < $3 * 10; i++)); do
        [ "$(state_of "$1")" = "$2" ] && return 0
        sleep 0.1
    done
    fail "$1 did not reach state $2 within $3 s (it is $(state_of "$1"))"
}

ctl_run add ticker --cwd "$examples" --env PYTHONUNBUFFERED=1 -- python3 ticker.py >/dev/null
ctl_run add backfill --cwd "$examples" --env PYTHONUNBUFFERED=1 --restart never -- python3 backfill.py >/dev/null
daemon_pid=$("$ctl" daemon status 2>/dev/null | sed -n 's/.*pid \([0-9]*\).*/\1/p')
[ -n "$daemon_pid" ] || fail "corrald did not start from the unpacked package"
[ "$(readlink "/proc/$daemon_pid/exe")" = "$root/usr/bin/corrald" ] ||
    fail "corralctl started $(readlink "/proc/$daemon_pid/exe"), not the unpacked corrald"

ctl_run start ticker backfill >/dev/null
wait_state ticker running 10
for ((i = 0; i < 100; i++)); do
    [ -s "$home/logs/ticker.log" ] && break
    sleep 0.1
done
[ -s "$home/logs/ticker.log" ] || fail "ticker wrote nothing to its log"
ctl_run stop ticker >/dev/null
wait_state ticker stopped 10
# backfill runs about 2.5 s and exits 0 by itself.
wait_state backfill stopped 20
[ "$("$ctl" status backfill --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["exitCode"])')" = 0 ] ||
    fail "backfill did not exit with code 0"
grep -q "backfill: done" "$home/logs/backfill.log" || fail "backfill's log does not end with 'backfill: done'"

ctl_run stop --all >/dev/null
ctl_run daemon stop >/dev/null
if "$ctl" daemon status >/dev/null 2>&1; then
    fail "corrald still runs after 'corralctl daemon stop'"
fi
echo "check-deb: OK ($(basename "$deb"): contents, Depends, desktop entry, metainfo, man pages, examples run)"
