#!/usr/bin/env python3
"""Benchmark 1: API throughput. wrk, 64 connections, against one app process per provider: GET /health (the
baseline), GET /calls/1/sip-trunks (a page of 20) and GET /calls/1/sip-trunks/{id}, interleaved in rounds (and
across providers) so that noise on this shared machine hits all alike. Budget: each API target >= 20% of the same
process's /health requests per second and p99 < 20 ms.

--cluster: the same three reads through one nginx, to an upstream of two instances on one PostgreSQL database
against an upstream of one of them, same wrk settings, interleaved; reported as the ratio two / one. No budget (two
instances on two shared cores, beside nginx and wrk, cannot double the reads); it checks that every answer was a
2xx and that nginx spread the reads over both instances."""
import argparse
import contextlib
import os
import re
import subprocess
import time
import urllib.request

from benchlib import (PostgresDatabase, Portal, Workdir, build, fail_exit, free_port, machine, median,
                      providers_argument, verdict)

STATIC = {"type": "STATIC", "location": "FRANKFURT", "channelLimit": 10, "billingPackage": {"packageType": "METERED"},
          "sourceHosts": ["192.0.2.10"], "destinationHosts": ["192.0.2.20:5060"]}
TRUNKS = 20
HEALTH, PAGE, ONE = "GET /health (baseline)", "GET /calls/1/sip-trunks (page of 20)", "GET /calls/1/sip-trunks/{id}"


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


def seed(app):
    """An account with exactly 20 trunks; returns (API key, paths of the three targets)."""
    status, accounts = app.call("POST", f"/bench/accounts?count=1&prefix=api&trunksPerAccount={TRUNKS}")
    assert status == 200, (status, accounts)
    key = accounts[0]["apiKey"]
    ids = []
    for i in range(TRUNKS):
        status, body = app.call("POST", "/calls/1/sip-trunks", dict(STATIC, name=f"Throughput {i:02d}", sourceHosts=[f"198.18.0.{i + 1}"]), key=key)  # S6: one trunk per source host
        assert status == 202, (status, body)
        ids.append(body["id"])
    paths = {HEALTH: ("/health", None), PAGE: ("/calls/1/sip-trunks?page=0&size=20", key),
             ONE: (f"/calls/1/sip-trunks/{ids[-1]}", key)}
    return key, ids, paths


def settle(app, key, ids, timeout=60):
    """Waits until every trunk's action is SUCCESS, so that no provisioner has anything left to do."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        states = [app.call("GET", f"/calls/1/sip-trunks/{i}/status", key=key)[1]["actionStatus"]["status"] for i in ids]
        if all(state == "SUCCESS" for state in states):
            return
        time.sleep(0.5)
    raise RuntimeError(f"trunks not all SUCCESS after {timeout} s: {states}")


def rounds_of(targets, args):
    """targets: {(group, name): (url, key)}. A 3 s warm-up of each (JIT, tiered compilation, connection pools), then
    args.rounds rounds of every target in turn; returns {(group, name): [wrk result per round]}."""
    for url, key in targets.values():
        wrk(url, 3, args.connections, key)
    results = {target: [] for target in targets}
    for _ in range(args.rounds):
        for target, (url, key) in targets.items():
            results[target].append(wrk(url, args.seconds, args.connections, key))
    return results


def summary(runs):
    return median([x[0] for x in runs]), median([x[1] for x in runs]), sum(x[2] for x in runs)


def socket_errors(runs):
    for r in runs:
        if r[3]:
            print(f"    {r[3]}")


def rounds_text(ratios, unit):
    return ", ".join(f"{x:.1%}" if unit == "%" else f"{x:.2f}" for x in ratios)


def providers(args):
    with Workdir() as tmp, contextlib.ExitStack() as stack:
        targets = {}
        for provider in args.providers:
            app = stack.enter_context(Portal(os.path.join(tmp, f"{provider}.db"), provider=provider))
            key, ids, paths = seed(app)
            settle(app, key, ids)  # nothing is written during the runs: every read after the warm-up is the steady state
            for name, (path, key) in paths.items():
                targets[(provider, name)] = (app.url + path, key)
        results = rounds_of(targets, args)

    print(f"Benchmark 1: API throughput ({machine()}, load average {os.getloadavg()[0]:.1f}; wrk -t2 "
          f"-c{args.connections}, {args.rounds} rounds x {args.seconds} s, {' and '.join(args.providers)}"
          f"{' interleaved, one process each' if len(args.providers) > 1 else ''})")
    ok = True
    for provider in args.providers:
        print(f"  {provider}:")
        base = [rps for rps, _, _, _ in results[(provider, HEALTH)]]
        for name in (HEALTH, PAGE, ONE):
            runs = results[(provider, name)]
            rps, p99, bad = summary(runs)
            line = f"    {name:40s} {rps:9.0f} req/s  p99 {p99:6.2f} ms  non-2xx {bad}"
            if name != HEALTH:
                ratios = [r[0] / b for r, b in zip(runs, base)]
                ratio = median(ratios)
                passed = ratio >= 0.20 and p99 < 20 and bad == 0
                ok &= passed
                line += f"  ratio {ratio:5.1%} (rounds {rounds_text(ratios, '%')})  budget >=20%, p99<20 ms: {verdict(passed)}"
            print(line)
            socket_errors(runs)
    if len(args.providers) == 2:
        first, second = args.providers
        print(f"  {second} against {first}, requests per second in the same rounds:")
        for name in (HEALTH, PAGE, ONE):
            ratios = [b[0] / a[0] for a, b in zip(results[(first, name)], results[(second, name)])]
            print(f"    {name:40s} {median(ratios):5.2f}x (rounds {rounds_text(ratios, 'x')})")
    return ok


NGINX_CONF = """\
# The benchmark's nginx: rendered by bench/api_throughput.py --cluster into a temporary folder for one run and
# stopped by its PID at the end. deploy/nginx.conf is the deployment's file (sticky sessions by client address,
# WebSocket upgrades, forwarded headers); this one is not it. Here the API is spread round robin: every wrk
# connection comes from 127.0.0.1, so sticky sessions by address would send all of them to one instance.
daemon off;
worker_processes 2;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    log_format upstream '$server_port $upstream_addr $status';
    access_log off;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_buffers 16 16k;
    proxy_max_temp_file_size 0;
    upstream one {{ server 127.0.0.1:{a}; keepalive 64; }}
    upstream two {{ server 127.0.0.1:{a}; server 127.0.0.1:{b}; keepalive 64; }}
    server {{
        listen 127.0.0.1:{one};
        access_log {tmp}/access.log upstream buffer=256k;
        location / {{ proxy_pass http://one; }}
    }}
    server {{
        listen 127.0.0.1:{two};
        access_log {tmp}/access.log upstream buffer=256k;
        location / {{ proxy_pass http://two; }}
    }}
}}
"""


@contextlib.contextmanager
def nginx(tmp, a, b):
    """Our own nginx (never the system's service) on two free loopback ports; yields (url of one, url of two)."""
    folder = os.path.join(tmp, "nginx")
    os.makedirs(folder)
    ports = {"one": free_port(), "two": free_port()}
    conf = os.path.join(folder, "nginx.conf")
    with open(conf, "w") as f:
        f.write(NGINX_CONF.format(tmp=folder, a=a, b=b, **ports))
    log = open(os.path.join(folder, "stderr.log"), "w")
    process = subprocess.Popen(["nginx", "-c", conf, "-p", folder, "-e", os.path.join(folder, "error.log")],
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
        deadline = time.perf_counter() + 10
        for url in urls.values():
            while True:
                try:
                    with urllib.request.urlopen(url + "/health", timeout=1) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if process.poll() is not None or time.perf_counter() > deadline:
                    raise RuntimeError(f"nginx did not answer on {url}; see {folder}/error.log")
                time.sleep(0.1)
        yield urls, os.path.join(folder, "access.log")
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


def spread(access_log, port):
    """Requests the server on port sent to each upstream address, from nginx's access log (flushed at its stop)."""
    counts = {}
    with open(access_log) as f:
        for line in f:
            fields = line.split()
            if len(fields) == 3 and fields[0] == str(port):
                counts[fields[1]] = counts.get(fields[1], 0) + 1
    return counts


def cluster(args):
    with Workdir() as tmp, PostgresDatabase() as db:
        with Portal(os.path.join(tmp, "a.db"), provider="postgres", database=db) as a:
            key, ids, paths = seed(a)
            settle(a, key, ids)  # B starts on a database where nothing is pending: no provisioner has work
            with Portal(os.path.join(tmp, "b.db"), provider="postgres", database=db) as b:
                with nginx(tmp, a.port, b.port) as (urls, access_log):
                    targets = {}
                    for name, (path, k) in paths.items():
                        for upstream in ("one", "two"):
                            targets[(upstream, name)] = (urls[upstream] + path, k)
                    results = rounds_of(targets, args)
                # nginx has stopped: its access log is complete
                counts = spread(access_log, urls["two"].rsplit(":", 1)[1])
                instances = {f"127.0.0.1:{a.port}": "A", f"127.0.0.1:{b.port}": "B"}

    print(f"Benchmark 1, --cluster: API reads through nginx ({machine()}, load average {os.getloadavg()[0]:.1f}; "
          f"wrk -t2 -c{args.connections}, {args.rounds} rounds x {args.seconds} s; upstream of two instances on one "
          f"PostgreSQL database against an upstream of one of them, same nginx, interleaved)")
    ok = True
    for name in (HEALTH, PAGE, ONE):
        one, two = results[("one", name)], results[("two", name)]
        (rps1, p991, bad1), (rps2, p992, bad2) = summary(one), summary(two)
        ratios = [y[0] / x[0] for x, y in zip(one, two)]
        ok &= bad1 == 0 and bad2 == 0
        print(f"  {name:40s} one {rps1:8.0f} req/s p99 {p991:6.2f} ms | two {rps2:8.0f} req/s p99 {p992:6.2f} ms | "
              f"two / one {median(ratios):4.2f}x (rounds {rounds_text(ratios, 'x')})  non-2xx {bad1 + bad2}")
        socket_errors(one + two)
    total = sum(counts.values())
    shares = {instances.get(addr, addr): n for addr, n in counts.items()}
    both = total > 0 and all(shares.get(i, 0) >= 0.25 * total for i in ("A", "B"))
    ok &= both
    print(f"  requests nginx sent to each instance of the two: "
          f"{', '.join(f'{i} {n:,} ({n / total:.0%})' for i, n in sorted(shares.items()))}")
    print(f"  every answer 2xx, both instances served (each >= 25%): {verdict(ok)}  (no budget on the ratio)")
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=8, help="length of each wrk run (default 8)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the targets (default 3)")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--providers", type=providers_argument, default=["sqlite"],
                        help="comma-separated: sqlite (the default), postgres (a fresh database on the server BENCH_PG names)")
    parser.add_argument("--cluster", action="store_true",
                        help="two instances on one PostgreSQL database (BENCH_PG) behind nginx, against one")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if args.cluster and not os.environ.get("BENCH_PG"):
        parser.error("--cluster needs BENCH_PG, an admin connection string of a PostgreSQL server")
    if not args.no_build:
        build()
    fail_exit(cluster(args) if args.cluster else providers(args))


if __name__ == "__main__":
    main()
