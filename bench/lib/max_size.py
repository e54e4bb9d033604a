#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
"""Samples FILE's size for SECONDS seconds as often as it can; prints "MAX P99 SAMPLES".

    max_size.py FILE SECONDS

One stat() every ~0.2 ms, no process per sample: the largest size the file reached while sampled, and the
size that 99 % of the samples stayed under (one stall of the rotating process shows in the first only).
"""
import os
import sys
import time

path, seconds = sys.argv[1], float(sys.argv[2])
end = time.monotonic() + seconds
sizes = []
while time.monotonic() < end:
    try:
        sizes.append(os.stat(path).st_size)
    except FileNotFoundError:
        sizes.append(0)
    time.sleep(0.0002)
sizes.sort()
print(sizes[-1], sizes[int(len(sizes) * 0.99)], len(sizes))
