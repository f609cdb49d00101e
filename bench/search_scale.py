#!/usr/bin/env python3
"""Benchmark 4: support search at scale. One app process, one database grown in steps to 1,000, 10,000 and
100,000 trunks (100 per account, so 10, 100 and 1,000 accounts). At each step the app times, in process, the first
page (20 rows) of: support search by name prefix, by FQDN, by username, and one account's trunk list; median of 21
calls after a warm-up. Budget: median at 100,000 / median at 1,000 <= 1.5, and under 100 ms at 100,000."""
import argparse
import json
import os
import urllib.parse

from benchlib import Portal, Workdir, build, machine, verdict, fail_exit

STEPS = [1_000, 10_000, 100_000]
PER_ACCOUNT = 100
RUNS = 51


def measure(app, sample):
    q = urllib.parse.quote
    queries = {
        "name prefix": f"/bench/search?term={q(sample['sampleNamePrefix'])}&runs={RUNS}",
        "FQDN": f"/bench/search?term={q(sample['sampleFqdn'])}&runs={RUNS}",
        "username": f"/bench/search?term={q(sample['sampleUsername'])}&runs={RUNS}",
        "account's trunk list": f"/bench/account-trunks?accountId={sample['sampleAccountId']}&runs={RUNS}",
    }
    result = {}
    for name, path in queries.items():
        status, body = app.call("GET", path)
        assert status == 200, (status, body)
        result[name] = body
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", help="also write the figures here (for plot_search.py)")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()

    figures, sample, trunks = {}, None, 0
    with Workdir() as tmp, Portal(os.path.join(tmp, "bench.db")) as app:
        for step in STEPS:
            accounts = (step - trunks) // PER_ACCOUNT
            status, data = app.call("POST", f"/bench/trunks?accounts={accounts}&trunksPerAccount={PER_ACCOUNT}")
            assert status == 200, (status, data)
            sample = sample or data
            trunks = step
            figures[step] = measure(app, sample)

    print(f"Benchmark 4: support search at scale ({machine()}; first page of 20, median of {RUNS} in-process calls)")
    print(f"  {'query':24s}" + "".join(f"{s:>12,} trunks" for s in STEPS) + "   ratio 100k/1k  budget <=1.5x and <100 ms")
    ok = True
    for name in figures[STEPS[0]]:
        medians = [figures[s][name]["medianMs"] for s in STEPS]
        ratio = medians[-1] / medians[0]
        passed = ratio <= 1.5 and medians[-1] < 100
        ok &= passed
        cells = "".join(f"{m:11.2f} ms{figures[s][name]['total']:>8,}" for m, s in zip(medians, STEPS))
        print(f"  {name:24s}{cells}   {ratio:6.2f}x        {verdict(passed)}")
    print("  (each cell: median, then the number of matches the page was cut from)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"machine": machine(), "steps": STEPS, "figures": {str(k): v for k, v in figures.items()}}, f, indent=2)
    fail_exit(ok)


if __name__ == "__main__":
    main()
