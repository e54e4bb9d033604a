#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# installer/windows/check-installer.sh WINDOWS_BUILD_DIR
# Builds the NSIS installer from an already built Windows tree (cpack -G NSIS) and checks it under Wine,
# in a throw-away prefix, once per user and once for all users:
#   silent install (/S) -> the program files, the Start-menu shortcut, the uninstaller and its registry
#   entry are there ("Start at login" too when asked for) -> the INSTALLED corralctl.exe adds and starts a
#   strategy through the INSTALLED corrald.exe beside it, status says running -> the next version (per
#   user) or the same installer (all users) over it, an upgrade in place: a damaged program file is
#   replaced, the strategies config, the running strategy and "Start at login" survive -> the registered silent uninstaller removes the program files,
#   the shortcut and the registry entries, and leaves the user's strategies, config and logs.
# Every check prints a line; the first that fails ends the script with exit 1. Exit 0 when all passed,
# and the checked installer is left in WINDOWS_BUILD_DIR.
set -euo pipefail

started=$SECONDS
say() { echo "check-installer: $*"; }
ok() { echo "check-installer: ok: $*"; }
fail() {
    echo "check-installer: FAIL: $*" >&2
    exit 1
}

[ $# -eq 1 ] || { echo "usage: installer/windows/check-installer.sh WINDOWS_BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" 2>/dev/null && pwd) || fail "no build directory $1"
[ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPackConfig.cmake (configure it with cmake first)"
grep -q 'set(CPACK_SYSTEM_NAME "win64")' "$build/CPackConfig.cmake" ||
    fail "$build is not a 64-bit Windows build (CPACK_SYSTEM_NAME is not win64)"
wine=${WINE:-/usr/lib/wine/wine64}
[ -x "$wine" ] || fail "no 64-bit Wine at $wine (apt-get install wine64, or set WINE)"
wineserver=$(dirname "$wine")/wineserver
[ -x "$wineserver" ] || wineserver=$(command -v wineserver) || fail "no wineserver beside $wine"
command -v python3 >/dev/null || fail "python3 is needed to read corralctl's --json"

# makensis: Debian's nsis package (3.08 builds the 64-bit installer).
if ! command -v makensis >/dev/null; then
    say "installing nsis"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq >/dev/null || fail "apt-get update failed"
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 nsis >/dev/null ||
        fail "could not install nsis"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/corral-check-installer.XXXXXX")
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/corral-wine-inst.XXXXXX") || fail "mktemp failed"
# No Mono or Gecko: nothing here needs them, and wineboot would offer to download them.
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# The programs must find what they were installed with, not a corrald or a home of the caller's.
unset CORRAL_HOME CORRALD
cleanup() {
    # Ends every process of this prefix: corrald, the strategies, an uninstaller still at work.
    "$wineserver" -k >/dev/null 2>&1 || true
    rm -rf "$work" "$WINEPREFIX"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

win() { env -u DISPLAY timeout 300 "$wine" "$@"; }
# A Windows path as this prefix maps it on the Linux side.
unix_path() { win winepath -u "$1" 2>/dev/null | tr -d '\r'; }
win_env() { win cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }

# --- Build the installer -------------------------------------------------------------------------------
t0=$SECONDS
(cd "$build" && cpack -G NSIS -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { tail -n 30 "$work/cpack.log" >&2; fail "cpack -G NSIS failed (log above)"; }
installers=("$work"/out/corral-*-win64.exe)
if [ ${#installers[@]} -ne 1 ] || [ ! -f "${installers[0]}" ]; then
    fail "cpack made no single corral-*-win64.exe"
fi
installer=${installers[0]}
file "$installer" | grep -q 'PE32+' || fail "$(basename "$installer") is not a 64-bit program: $(file -b "$installer")"
ok "built $(basename "$installer") ($(($(stat -c %s "$installer") / 1024 / 1024)) MB, 64-bit) in $((SECONDS - t0)) s"

# The next version, to upgrade to: CPack's own script again with the patch number raised and the
# output renamed, compressed with zlib (fast; the files are the same).
t0=$SECONDS
nsi=$work/out/_CPack_Packages/win64/NSIS/project.nsi
version=$(sed -n 's/^ *!define VERSION "\(.*\)"$/\1/p' "$nsi")
[[ $version =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || fail "the installer's version '$version' is not X.Y.Z"
next_version=${BASH_REMATCH[1]}.${BASH_REMATCH[2]}.$((BASH_REMATCH[3] + 1))
newer=$work/corral-$next_version-win64.exe
sed -e "s|^\( *!define VERSION \).*|\1\"$next_version\"|" \
    -e "s|^\( *VIProductVersion \).*|\1\"$next_version.0\"|" \
    -e "s|^\( *OutFile \).*|\1\"$newer\"|" "$nsi" >"$work/newer.nsi"
makensis -V1 "-XSetCompressor /FINAL zlib" "$work/newer.nsi" >"$work/makensis.log" 2>&1 ||
    { tail -n 20 "$work/makensis.log" >&2; fail "makensis could not build version $next_version (log above)"; }
[ -s "$newer" ] || fail "makensis made no $newer"
ok "built version $next_version to upgrade to in $((SECONDS - t0)) s"

# --- A fresh prefix ------------------------------------------------------------------------------------
t0=$SECONDS
env -u DISPLAY "$wine" wineboot --init >/dev/null 2>&1 || fail "wineboot --init failed"
win reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f >/dev/null 2>&1 || fail "could not set Wine's null driver"
"$wineserver" -w
localappdata=$(win_env LOCALAPPDATA)
appdata=$(win_env APPDATA)
programdata=$(win_env ProgramData)
programfiles=$(win_env ProgramFiles)
for v in localappdata appdata programdata programfiles; do
    [ -n "${!v}" ] && [ "${!v}" != "%${v}%" ] || fail "Wine does not say where $v is"
done
userdata_win="$localappdata\\corral" # src/core/paths.cpp: GenericConfigLocation and GenericDataLocation
userdata=$(unix_path "$userdata_win")
ok "Wine prefix ready in $((SECONDS - t0)) s ($WINEPREFIX)"

run_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'
run_value() { win reg query "$run_key" /v Corral 2>/dev/null | tr -d '\r' | sed -n 's/^ *Corral *REG_SZ *//p'; }
reg_value() { # KEY VALUE
    win reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | sed -n "s/^ *$2 *REG_[A-Z_]* *//p"
}
# What autostart::setEnabled() writes for this corral.exe (quoted when the path holds a space).
app_run_line() {
    local exe=$1
    [[ $exe == *" "* ]] && exe="\"$exe\""
    printf '%s --minimized' "$exe"
}

# The installed corralctl of the mode being checked ($mode, $ctl). Its output goes through a file: the
# corrald it starts inherits its standard handles, and a pipe would stay open as long as corrald runs.
ctl_out=$work/corralctl.out
ctl_run() {
    win "$ctl" "$@" >"$ctl_out" 2>&1 || fail "$mode: corralctl $* failed: $(tr -d '\r' <"$ctl_out" | tr '\n' ' ')"
    tr -d '\r' <"$ctl_out"
}
state_of() {
    win "$ctl" status "$1" --json >"$ctl_out" 2>/dev/null || true
    python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])' <"$ctl_out" 2>/dev/null || echo unknown
}
wait_state() { # NAME STATE SECONDS
    local i
    for ((i = 0; i < $3 * 2; i++)); do
        [ "$(state_of "$1")" = "$2" ] && return 0
        sleep 0.5
    done
    fail "$mode: $1 did not reach state $2 within $3 s (it is $(state_of "$1"))"
}

# The Linux pids of this prefix's processes whose Windows image is $1 (Wine names the process after
# it): which corrald runs is seen from outside, whatever it says of itself.
processes_of() {
    local p
    for p in /proc/[0-9]*; do
        # (a process may end between the listing and the reading)
        [ "$({ tr '\0' '\n' <"$p/cmdline"; } 2>/dev/null | head -n 1)" = "$1" ] || continue
        { tr '\0' '\n' <"$p/environ"; } 2>/dev/null | grep -qxF "WINEPREFIX=$WINEPREFIX" && echo "${p#/proc/}"
    done
    return 0
}
pid_of() { # NAME: the strategy's pid as status --json says it
    win "$ctl" status "$1" --json >"$ctl_out" 2>/dev/null || true
    python3 -c 'import json,sys; print(json.load(sys.stdin).get("pid"))' <"$ctl_out" 2>/dev/null || echo unknown
}

# --- One install mode, end to end ------------------------------------------------------------------------
# MODE(CurrentUser|AllUsers) INSTDIR_WIN ROOTKEY STARTMENU_WIN STRATEGY
# START_AT_LOGIN(yes|no: /StartAtLogin at the install) UPGRADE_SWITCH(extra switch of the upgrade, or "")
# UPGRADE_INSTALLER UPGRADE_VERSION (the same installer again, or the next version)
check_mode() {
    mode=$1
    local instdir_win=$2 root=$3 startmenu_win=$4 name=$5 at_login=$6 upgrade_switch=$7
    local upgrade_installer=$8 upgrade_version=$9
    local instdir startmenu uninstall_key corrald_win t0 mt0
    mt0=$SECONDS
    instdir=$(unix_path "$instdir_win")
    startmenu=$(unix_path "$startmenu_win")
    uninstall_key="$root\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Corral"
    ctl="$instdir_win\\bin\\corralctl.exe"
    corrald_win="$instdir_win\\bin\\corrald.exe"
    say "--- $mode: $instdir_win"

    local switches=(/S "/$mode")
    [ "$at_login" = yes ] && switches+=(/StartAtLogin)
    t0=$SECONDS
    win "$installer" "${switches[@]}" >/dev/null 2>&1 ||
        fail "$mode: the silent install (${switches[*]}) exited with $?"
    ok "$mode: silent install (${switches[*]}) in $((SECONDS - t0)) s"

    local f
    for f in bin/corrald.exe bin/corralctl.exe bin/corral.exe bin/corral-signal.exe \
        bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll bin/Qt6Network.dll \
        bin/platforms/qwindows.dll bin/styles/qwindowsvistastyle.dll bin/tls/qschannelbackend.dll \
        bin/libstdc++-6.dll bin/libgcc_s_seh-1.dll bin/libwinpthread-1.dll \
        share/corral/examples/ticker.py share/corral/examples/backfill.py Uninstall.exe; do
        [ -s "$instdir/$f" ] || fail "$mode: the install has no $f (in $instdir_win)"
    done
    ok "$mode: program files, Qt and mingw DLLs, plugins, examples and Uninstall.exe in $instdir_win"
    [ -s "$startmenu/Corral.lnk" ] || fail "$mode: no Start-menu shortcut $startmenu_win\\Corral.lnk"
    ok "$mode: Start-menu shortcut $startmenu_win\\Corral.lnk"
    local quiet
    quiet=$(reg_value "$uninstall_key" QuietUninstallString)
    [ "$quiet" = "\"$instdir_win\\Uninstall.exe\" /S /$mode" ] ||
        fail "$mode: $uninstall_key has QuietUninstallString '$quiet'"
    [ "$(reg_value "$uninstall_key" DisplayVersion)" != "" ] || fail "$mode: $uninstall_key has no DisplayVersion"
    ok "$mode: registered for Apps & features under $uninstall_key"
    local expected_run=""
    [ "$at_login" = yes ] && expected_run=$(app_run_line "$instdir_win\\bin\\corral.exe")
    [ "$(run_value)" = "$expected_run" ] ||
        fail "$mode: $run_key\\Corral is '$(run_value)', expected '$expected_run'"
    if [ "$at_login" = yes ]; then
        ok "$mode: /StartAtLogin wrote $run_key\\Corral = $expected_run (the app's own line)"
    else
        ok "$mode: no start-at-login entry without /StartAtLogin"
    fi

    # The installed programs, through the default places of this user (no CORRAL_HOME).
    local version
    version=$(ctl_run --version)
    grep -q '^corralctl [0-9]' <<<"$version" || fail "$mode: unexpected corralctl --version: $version"
    ok "$mode: the installed $version runs"
    ctl_run add "$name" -- 'C:\windows\system32\ping.exe' -n 600 127.0.0.1 >/dev/null
    ctl_run start "$name" >/dev/null
    wait_state "$name" running 20
    local daemon daemons
    daemon=$(ctl_run daemon status)
    ok "$mode: the installed corralctl added and started $name (ping.exe); status says running; $daemon"
    daemons=$(processes_of "$corrald_win")
    [ "$(wc -w <<<"$daemons")" -eq 1 ] || fail "$mode: not one process runs $corrald_win (pids: ${daemons:-none})"
    ok "$mode: the corrald that runs is the installed $corrald_win"
    ctl_run stop "$name" >/dev/null
    wait_state "$name" stopped 20
    ok "$mode: $name stopped"
    [ -s "$userdata/strategies.json" ] || fail "$mode: no strategies config in $userdata_win"
    grep -q "\"$name\"" "$userdata/strategies.json" || fail "$mode: $userdata_win\\strategies.json does not hold $name"

    # Upgrade in place: the same installer again, without a mode switch (it takes the previous install's
    # mode and folder), while the strategy runs. A damaged program file must come back whole.
    ctl_run start "$name" >/dev/null
    wait_state "$name" running 20
    local strategy_pid
    strategy_pid=$(pid_of "$name")
    local dll=$instdir/bin/platforms/qwindows.dll sum
    sum=$(sha256sum <"$dll")
    echo damaged >"$dll"
    local upgrade=(/S)
    [ -n "$upgrade_switch" ] && upgrade+=("$upgrade_switch")
    t0=$SECONDS
    win "$upgrade_installer" "${upgrade[@]}" >/dev/null 2>&1 ||
        fail "$mode: the upgrade to $upgrade_version (${upgrade[*]}) exited with $?"
    ok "$mode: upgrade in place to $upgrade_version (${upgrade[*]}, no mode switch) in $((SECONDS - t0)) s"
    # The previous uninstaller, run by the upgrade, stopped corrald (it would hold its executable).
    win "$ctl" daemon status >"$ctl_out" 2>&1 &&
        fail "$mode: corrald still runs after the upgrade: $(tr -d '\r' <"$ctl_out")"
    [ -z "$(processes_of "$corrald_win")" ] || fail "$mode: the old corrald still runs after the upgrade"
    ok "$mode: the upgrade stopped the old corrald"
    [ -d "$instdir" ] || fail "$mode: the upgrade did not install into $instdir_win again"
    [ "$(sha256sum <"$dll")" = "$sum" ] || fail "$mode: the upgrade did not replace the program files (qwindows.dll)"
    ok "$mode: the upgrade replaced the program files in $instdir_win"
    [ "$(reg_value "$uninstall_key" QuietUninstallString)" = "$quiet" ] ||
        fail "$mode: after the upgrade, $uninstall_key is not the same install"
    [ "$(reg_value "$uninstall_key" DisplayVersion)" = "$upgrade_version" ] ||
        fail "$mode: after the upgrade, Apps & features says version $(reg_value "$uninstall_key" DisplayVersion)"
    ok "$mode: Apps & features shows the one install, version $upgrade_version"
    if [ "$upgrade_switch" = /StartAtLogin ]; then
        expected_run=$(app_run_line "$instdir_win\\bin\\corral.exe")
        [ "$(run_value)" = "$expected_run" ] ||
            fail "$mode: the upgrade with /StartAtLogin made $run_key\\Corral '$(run_value)', expected '$expected_run'"
        ok "$mode: the upgrade with /StartAtLogin wrote $run_key\\Corral = $expected_run (the app's own line)"
    else
        [ "$(run_value)" = "$expected_run" ] ||
            fail "$mode: the upgrade changed $run_key\\Corral to '$(run_value)', expected '$expected_run'"
        ok "$mode: the upgrade kept the start-at-login entry as it was ('$expected_run')"
    fi
    grep -q "\"$name\"" "$userdata/strategies.json" || fail "$mode: the upgrade lost $name from strategies.json"
    ctl_run list | grep -q "$name" || fail "$mode: after the upgrade, corralctl list does not show $name"
    wait_state "$name" running 20
    [ "$(pid_of "$name")" = "$strategy_pid" ] ||
        fail "$mode: $name was restarted by the upgrade (pid $strategy_pid, now $(pid_of "$name"))"
    [ "$(wc -w <<<"$(processes_of "$corrald_win")")" -eq 1 ] || fail "$mode: the upgraded $corrald_win does not run"
    ok "$mode: after the upgrade, the strategies config survived and $name runs on (pid $strategy_pid), adopted by the new corrald"
    ctl_run stop "$name" >/dev/null
    wait_state "$name" stopped 20
    ok "$mode: $name stopped through the upgraded corralctl"

    # Uninstall as the registered QuietUninstallString says (checked above). It finishes from a copy in
    # %TEMP% after it returns: wait (bounded) for the folder to go.
    t0=$SECONDS
    win "$instdir_win\\Uninstall.exe" /S "/$mode" >/dev/null 2>&1 || fail "$mode: the silent uninstall exited with $?"
    local i
    for ((i = 0; i < 120; i++)); do
        [ -e "$instdir" ] || break
        sleep 0.5
    done
    [ ! -e "$instdir" ] || fail "$mode: 60 s after the uninstall, $instdir_win is still there: $(cd "$instdir" && find . | head -n 5 | tr '\n' ' ')"
    ok "$mode: silent uninstall removed $instdir_win in $((SECONDS - t0)) s"
    [ ! -e "$startmenu/Corral.lnk" ] || fail "$mode: the uninstall left $startmenu_win\\Corral.lnk"
    win reg query "$uninstall_key" >/dev/null 2>&1 && fail "$mode: the uninstall left $uninstall_key"
    [ -z "$(run_value)" ] || fail "$mode: the uninstall left $run_key\\Corral = $(run_value)"
    ok "$mode: the shortcut, the Apps & features entry and the start-at-login entry are gone"
    [ -z "$(processes_of "$corrald_win")" ] || fail "$mode: the uninstall left $corrald_win running"
    ok "$mode: the uninstall stopped corrald"
    for f in strategies.json "logs/$name.log" state/corrald.log; do
        [ -s "$userdata/$f" ] || fail "$mode: the uninstall removed the user's $userdata_win\\${f//\//\\}"
    done
    grep -q "\"$name\"" "$userdata/strategies.json" || fail "$mode: the uninstall changed the user's strategies.json"
    ok "$mode: the user's strategies config, logs and state are still in $userdata_win"
    say "$mode: all checks passed in $((SECONDS - mt0)) s"
}

check_mode CurrentUser "$localappdata\\Programs\\Corral" HKCU "$appdata\\Microsoft\\Windows\\Start Menu\\Programs" \
    pinger-user yes "" "$newer" "$next_version"
check_mode AllUsers "$programfiles\\Corral" HKLM "$programdata\\Microsoft\\Windows\\Start Menu\\Programs" \
    pinger-all no /StartAtLogin "$installer" "$version"

cp "$installer" "$build/" # the checked installer, for whoever wants it
say "OK: $(basename "$installer") installs, upgrades and uninstalls per user and for all users ($((SECONDS - started)) s)"
