#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
"""A stand-in data job: 'backfills' a few days of candles, then exits 0. No network."""
import random
import time

for day in range(1, 6):
    rows = random.randint(900, 1440)
    print(f"backfill: day {day}/5, {rows} candles", flush=True)
    time.sleep(0.5)
print("backfill: done", flush=True)
