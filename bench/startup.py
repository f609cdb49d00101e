#!/usr/bin/env python3
"""Benchmark 5: start-up. Time from spawning `dotnet TrunkPortal.dll` (published for linux-x64, ReadyToRun) to the
first 200 on /health: on a fresh database (migrations and demo seed run), and on a database with 1,000 accounts and
100,000 trunks (made first by the bench data generator). Each start is paired with a start of the reference app
(bench/StartupReference: the bare Blazor Server template with /health, published the same way) in the same round,
so the figures can be read as ratios on a noisy machine. Medians. Budget: under 2 s fresh, under 3 s at 100,000
trunks."""
import argparse
import os

from benchlib import (PUBLISHED_DLL, REFERENCE_DLL, REFERENCE_PROJECT, Portal, Workdir, fail_exit, machine, median,
                      publish, verdict)


def timed_start(db_path, dll, cpu):
    """Seconds from spawn to the first 200; the process's CPU seconds by then are appended to cpu."""
    app = Portal(db_path, dll=dll)
    try:
        wall = app.start()
        cpu.append(app.cpu_seconds)
        return wall
    finally:
        app.stop()


def runs(values):
    return ", ".join(f"{x:.2f}" for x in values)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-build", action="store_true", help="use the last publish of both apps")
    parser.add_argument("--starts", type=int, default=3, help="starts of each kind (default 3)")
    args = parser.parse_args()
    if not args.no_build:
        publish()
        publish(REFERENCE_PROJECT)

    with Workdir() as tmp:
        reference, fresh, big = [], [], []
        reference_cpu, fresh_cpu, big_cpu = [], [], []
        for n in range(args.starts):
            reference.append(timed_start(os.path.join(tmp, f"reference{n}.db"), REFERENCE_DLL, reference_cpu))
            fresh.append(timed_start(os.path.join(tmp, f"fresh{n}.db"), PUBLISHED_DLL, fresh_cpu))

        big_db = os.path.join(tmp, "big.db")
        with Portal(big_db, dll=PUBLISHED_DLL) as app:
            status, data = app.call("POST", "/bench/trunks?accounts=1000&trunksPerAccount=100")
            assert status == 200, (status, data)
        for n in range(args.starts):
            reference.append(timed_start(os.path.join(tmp, f"reference-big{n}.db"), REFERENCE_DLL, reference_cpu))
            big.append(timed_start(big_db, PUBLISHED_DLL, big_cpu))

    ref, ref_cpu = median(reference), median(reference_cpu)
    print(f"Benchmark 5: start-up ({machine()}, load average {os.getloadavg()[0]:.1f}; spawn to first 200 on "
          f"/health, published ReadyToRun, median of {args.starts}; CPU = the process's CPU seconds by then)")
    print(f"  reference (bare Blazor Server):  {ref:5.2f} s, CPU {ref_cpu:4.2f} s  (runs {runs(reference)})")
    fresh_ok, big_ok = median(fresh) < 2.0, median(big) < 3.0
    print(f"  fresh database:                  {median(fresh):5.2f} s, CPU {median(fresh_cpu):4.2f} s = "
          f"{median(fresh) / ref:.2f}x reference (CPU {median(fresh_cpu) / ref_cpu:.2f}x)  (runs {runs(fresh)})  "
          f"budget < 2 s: {verdict(fresh_ok)}")
    print(f"  {data['trunks']:,} trunks database:  {median(big):5.2f} s, CPU {median(big_cpu):4.2f} s = "
          f"{median(big) / ref:.2f}x reference (CPU {median(big_cpu) / ref_cpu:.2f}x)  (runs {runs(big)})  "
          f"budget < 3 s: {verdict(big_ok)}")
    fail_exit(fresh_ok and big_ok)


if __name__ == "__main__":
    main()
