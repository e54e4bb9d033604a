#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each one for a fixed time on a copy of its
# seed corpus. Prints one line per fuzzer; exits non-zero when any of them crashed (the input that did it is
# kept in build-fuzz/artifacts/) or could not be built.
#
#   tests/fuzz/run.sh                      every fuzzer, 20 s each
#   tests/fuzz/run.sh 120 schedule         only fuzz_schedule, 120 s
#   FUZZ_SECONDS=60 tests/fuzz/run.sh      every fuzzer, 60 s each
#
# Reproduce a crash:  build-fuzz/fuzz/fuzz_<name> build-fuzz/artifacts/<name>-crash-<hash>
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
build=$root/build-fuzz

seconds=${FUZZ_SECONDS:-20}
if [[ ${1:-} =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
fuzzers=("$@")
[ ${#fuzzers[@]} -gt 0 ] || fuzzers=(frame config schedule)
for name in "${fuzzers[@]}"; do
    [ -d "$root/tests/fuzz/corpus/$name" ] || { echo "run.sh: no fuzzer named \"$name\"" >&2; exit 2; }
done

# clang alone is not enough: libFuzzer and the sanitizer runtimes live in libclang-rt-14-dev.
packages=(clang libclang-rt-14-dev cmake ninja-build qt6-base-dev tzdata)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "run.sh: installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCORRAL_FUZZ=ON -DCORRAL_BUILD_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=()
for name in "${fuzzers[@]}"; do targets+=("fuzz_$name"); done
cmake --build "$build" --target "${targets[@]}"

mkdir -p "$build/artifacts" "$build/logs"
# UB is already fatal (-fno-sanitize-recover). A smaller quarantine than the default keeps the fuzzers under
# ~300 MB instead of growing past 1 GB on long runs.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:symbolize=1:quarantine_size_mb=64}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=0
for name in "${fuzzers[@]}"; do
    # A fresh copy each run: the committed seeds stay as they are, and runs do not depend on earlier ones.
    corpus=$build/corpus/$name
    rm -rf "$corpus"
    mkdir -p "$corpus"
    cp "$root/tests/fuzz/corpus/$name"/* "$corpus/"
    dict=$root/tests/fuzz/json.dict
    [ "$name" = frame ] && dict=$root/tests/fuzz/frame.dict
    log=$build/logs/$name.log

    status=0
    "$build/fuzz/fuzz_$name" "$corpus" -dict="$dict" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" >"$log" 2>&1 || status=$?

    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -n1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    if [ "$status" -eq 0 ]; then
        printf 'fuzz_%-9s ok     %9s runs in %ss, cov %s, ft %s, corpus %s\n' \
            "$name" "${execs:-?}" "$seconds" "${cov:-?}" "${ft:-?}" "${corp:-?}"
    else
        failed=1
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n1)
        why=$(grep -m1 -E 'ERROR: |invariant broken|runtime error' "$log" || echo "exit status $status")
        printf 'fuzz_%-9s CRASH  %s; input %s; log %s\n' "$name" "$why" "${artifact:-none}" "$log"
    fi
done
exit $failed
