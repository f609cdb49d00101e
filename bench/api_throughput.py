#!/usr/bin/env python3
"""Benchmark 1: API throughput. wrk, 64 connections, against one app process: GET /health (the baseline),
GET /calls/1/sip-trunks (a page of 20) and GET /calls/1/sip-trunks/{id}, interleaved in rounds so that noise on
this shared machine hits all three alike. Budget: each API target >= 20% of the baseline's requests per second
and p99 < 20 ms."""
import argparse
import os
import re
import subprocess

from benchlib import Portal, Workdir, build, machine, median, verdict, fail_exit

STATIC = {"type": "STATIC", "location": "FRANKFURT", "channelLimit": 10, "billingPackage": {"packageType": "METERED"},
          "sourceHosts": ["192.0.2.10"], "destinationHosts": ["192.0.2.20:5060"]}


def wrk(url, seconds, connections, key=None):
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "--latency", url]
    if key:
        cmd[1:1] = ["-H", f"Authorization: App {key}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: .*", out)
    return rps, p99_ms, int(bad.group(1)) if bad else 0, errors.group(0) if errors else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=8, help="length of each wrk run (default 8)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the three targets (default 3)")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()

    with Workdir() as tmp, Portal(os.path.join(tmp, "bench.db")) as app:
        status, accounts = app.call("POST", "/bench/accounts?count=1&prefix=api&trunksPerAccount=20")
        key = accounts[0]["apiKey"]
        for i in range(20):
            status, body = app.call("POST", "/calls/1/sip-trunks", dict(STATIC, name=f"Throughput {i:02d}", sourceHosts=[f"198.18.0.{i + 1}"]), key=key)  # S6: one trunk per source host
            assert status == 202, (status, body)
        trunk_id = body["id"]
        targets = [
            ("GET /health (baseline)", app.url + "/health", None),
            ("GET /calls/1/sip-trunks (page of 20)", app.url + "/calls/1/sip-trunks?page=0&size=20", key),
            ("GET /calls/1/sip-trunks/{id}", app.url + f"/calls/1/sip-trunks/{trunk_id}", key),
        ]
        for _, url, k in targets:  # warm-up: JIT, tiered compilation, connection pools
            wrk(url, 3, args.connections, k)
        results = {name: [] for name, _, _ in targets}
        for r in range(args.rounds):
            for name, url, k in targets:
                results[name].append(wrk(url, args.seconds, args.connections, k))

    print(f"Benchmark 1: API throughput ({machine()}; wrk -t2 -c{args.connections}, {args.rounds} rounds x {args.seconds} s)")
    base = [rps for rps, _, _, _ in results[targets[0][0]]]
    ok = True
    for name, _, _ in targets:
        runs = results[name]
        ratios = [rps / b for (rps, _, _, _), b in zip(runs, base)]
        rps, p99, bad = median([x[0] for x in runs]), median([x[1] for x in runs]), sum(x[2] for x in runs)
        line = f"  {name:40s} {rps:9.0f} req/s  p99 {p99:6.2f} ms  non-2xx {bad}"
        if name != targets[0][0]:
            ratio = median(ratios)
            passed = ratio >= 0.20 and p99 < 20 and bad == 0
            ok &= passed
            line += f"  ratio {ratio:5.1%} (rounds {', '.join(f'{x:.1%}' for x in ratios)})  budget >=20%, p99<20 ms: {verdict(passed)}"
        print(line)
        for r in runs:
            if r[3]:
                print(f"    {r[3]}")
    fail_exit(ok)


if __name__ == "__main__":
    main()
