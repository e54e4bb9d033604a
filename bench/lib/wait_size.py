#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
"""Waits until FILE holds at least BYTES bytes; prints the time it did (seconds since the epoch).

    wait_size.py FILE BYTES TIMEOUT [STALL]

Polls stat() every 2 ms (no process per poll). When the file has stopped growing for STALL seconds
(default 5) short of BYTES, prints "short TIME SIZE" (TIME: when it last grew) and exits 1; after
TIMEOUT seconds, "timeout TIME SIZE" and exits 1.
"""
import os
import sys
import time

path, want, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
stall = float(sys.argv[4]) if len(sys.argv) > 4 else 5.0
start = time.time()
size, grew = 0, start
while True:
    try:
        now_size = os.stat(path).st_size
    except FileNotFoundError:
        now_size = 0
    now = time.time()
    if now_size != size:
        size, grew = now_size, now
    if size >= want:
        print(f"{now:.6f}")
        sys.exit(0)
    if size > 0 and now - grew > stall:
        print(f"short {grew:.6f} {size}")
        sys.exit(1)
    if now - start > timeout:
        print(f"timeout {now:.6f} {size}")
        sys.exit(1)
    time.sleep(0.002)
