#!/usr/bin/env python3
"""Benchmark 5: start-up. Time from spawning `dotnet TrunkPortal.dll` to the first 200 on /health: on a fresh
database (migrations and demo seed run), and on a database with 1,000 accounts and 100,000 trunks (made first by
the bench data generator). Median of 3 starts each. Budget: under 2 s fresh, under 3 s at 100,000 trunks."""
import argparse
import os

from benchlib import Portal, Workdir, build, machine, median, verdict, fail_exit

STARTS = 3


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()

    with Workdir() as tmp:
        fresh = []
        for n in range(STARTS):
            app = Portal(os.path.join(tmp, f"fresh{n}.db"))
            try:
                fresh.append(app.start())
            finally:
                app.stop()

        big_db = os.path.join(tmp, "big.db")
        with Portal(big_db) as app:
            status, data = app.call("POST", "/bench/trunks?accounts=1000&trunksPerAccount=100")
            assert status == 200, (status, data)
        big = []
        for _ in range(STARTS):
            app = Portal(big_db)
            try:
                big.append(app.start())
            finally:
                app.stop()

    print(f"Benchmark 5: start-up ({machine()}; spawn to first 200 on /health, median of {STARTS})")
    fresh_ok, big_ok = median(fresh) < 2.0, median(big) < 3.0
    print(f"  fresh database:        {median(fresh):5.2f} s  (runs {', '.join(f'{x:.2f}' for x in fresh)})  budget < 2 s: {verdict(fresh_ok)}")
    print(f"  {data['trunks']:,} trunks database: {median(big):5.2f} s  (runs {', '.join(f'{x:.2f}' for x in big)})  budget < 3 s: {verdict(big_ok)}")
    fail_exit(fresh_ok and big_ok)


if __name__ == "__main__":
    main()
