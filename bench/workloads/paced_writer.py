#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
"""Writes 64-byte lines to stdout at a steady rate, in writes of CHUNK bytes, for SECONDS seconds.

    paced_writer.py MB_PER_S SECONDS [CHUNK] [REPORT]

A fast bot's output: writes of CHUNK bytes (default 8192, what a buffered stdout flushes) as close to
MB_PER_S (10^6 bytes) per second as the machine allows. When it is done it writes "BYTES SECONDS" (what
it wrote and how long it took) to REPORT, then sleeps, so a supervisor does not see it exit.
"""
import os
import sys
import time

rate = float(sys.argv[1]) * 1e6
seconds = float(sys.argv[2])
size = int(sys.argv[3]) if len(sys.argv) > 3 else 8192
report = sys.argv[4] if len(sys.argv) > 4 else None
line = b"corral bench: paced writer, one 64-byte line like a busy bot's..\n"
chunk = (line * (size // len(line) + 1))[:size]

start = time.monotonic()
written = 0
while True:
    now = time.monotonic() - start
    if now >= seconds:
        break
    # Catch up to the schedule in one burst, then sleep to the next millisecond.
    due = int(rate * now)
    while written < due:
        written += os.write(1, chunk)
    time.sleep(0.001)
elapsed = time.monotonic() - start
if report:
    with open(report, "w") as f:
        f.write(f"{written} {elapsed:.3f}\n")
while True:
    time.sleep(3600)
