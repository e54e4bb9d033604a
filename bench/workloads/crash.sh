#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# The crash workload: appends "start TIME" to STAMP, lives SECONDS, appends "exit TIME" and exits with 1.
# Times come from bash's clock (no fork), so the gap between an "exit" and the next "start" is the
# manager's restart latency plus one bash startup.
#   crash.sh STAMP SECONDS
echo "start $EPOCHREALTIME" >> "$1"
[ "$2" = 0 ] || sleep "$2"
echo "exit $EPOCHREALTIME" >> "$1"
exit 1
