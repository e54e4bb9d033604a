#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# The log-throughput workload: BYTES bytes of 64-byte lines on stdout, as fast as `yes` can make them.
# Writes its start time (seconds since the epoch) to STAMP first, so that the time a manager takes to
# spawn it is not counted.
#   writer.sh BYTES STAMP
date +%s.%N > "$2"
yes 'corral bench: one 64-byte log line, like a busy bot would print' | head -c "$1"
