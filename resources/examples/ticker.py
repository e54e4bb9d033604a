#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
"""A stand-in trading strategy: prints a random-walk price every second, forever. No network."""
import random
import signal
import sys
import time

price = 100.0
running = True


def stop(signum, frame):
    global running
    running = False


signal.signal(signal.SIGTERM, stop)
print("ticker: started", flush=True)
while running:
    price *= 1 + random.gauss(0, 0.001)
    print(f"{time.strftime('%H:%M:%S')} BTC-USD {price:10.2f}", flush=True)
    time.sleep(1)
print("ticker: SIGTERM received, closing positions and exiting cleanly", flush=True)
sys.exit(0)
