#!/usr/bin/env python3
"""Benchmark 2: create under load. 20 accounts each create 10 trunks through POST /calls/1/sip-trunks at the same
time (20 clients, each sending its 10 one after another), with the provisioning delay at 0. Budget: all 200 answered
202 and reach SUCCESS, none refused by a limit, nothing left CREATING. Reports the total time and p99 per request. --providers sqlite,postgres runs the load on
each provider in turn (a fresh process and database each, --rounds times) and prints PostgreSQL's p99 against
SQLite's of the same run."""
import argparse
import os
import threading
import time

from benchlib import Portal, Workdir, build, fail_exit, machine, median, percentile, providers_argument, verdict

ACCOUNTS, PER_ACCOUNT = 20, 10
STATIC = {"type": "STATIC", "location": "FRANKFURT", "channelLimit": 10, "billingPackage": {"packageType": "METERED"},
          "sourceHosts": ["192.0.2.10"], "destinationHosts": ["192.0.2.20:5060"]}


def run(tmp, provider, round_number):
    """One fresh app process on a fresh database of the provider; returns the figures of its load."""
    with Portal(os.path.join(tmp, f"{provider}{round_number}.db"), provider=provider) as app:
        _, accounts = app.call("POST", f"/bench/accounts?count={ACCOUNTS}&prefix=load&trunksPerAccount={PER_ACCOUNT}")
        app.call("POST", "/calls/1/sip-trunks", dict(STATIC, name="warm-up", sourceHosts=["198.18.255.1"]), key=accounts[0]["apiKey"])  # JIT, pools
        latencies, statuses, lock = [], {}, threading.Lock()
        start_gate = threading.Barrier(ACCOUNTS + 1)

        def client(account, index):
            start_gate.wait()
            for i in range(PER_ACCOUNT if index else PER_ACCOUNT - 1):  # the first account already has the warm-up trunk
                began = time.perf_counter()
                status, body = app.call("POST", "/calls/1/sip-trunks", dict(STATIC, name=f"Load {i:02d}", sourceHosts=[f"198.18.{index}.{i + 1}"]), key=account["apiKey"], timeout=60)  # S6: a host per trunk
                with lock:
                    latencies.append((time.perf_counter() - began) * 1000)
                    statuses[status] = statuses.get(status, 0) + 1
                    if status != 202:
                        print(f"  {provider}, {account['name']}: {status} {body}")

        threads = [threading.Thread(target=client, args=(a, n)) for n, a in enumerate(accounts)]
        for t in threads:
            t.start()
        start_gate.wait()
        began = time.perf_counter()
        for t in threads:
            t.join(timeout=120)
        answered = time.perf_counter() - began

        actions = {}
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            actions = {}
            for a in accounts:
                _, page = app.call("GET", "/calls/1/sip-trunks?page=0&size=20", key=a["apiKey"])
                for trunk in page["results"]:
                    _, st = app.call("GET", f"/calls/1/sip-trunks/{trunk['id']}/status", key=a["apiKey"])
                    state = st["actionStatus"]["status"] if st and "actionStatus" in st else "?"
                    actions[state] = actions.get(state, 0) + 1
            if actions.get("SUCCESS", 0) >= ACCOUNTS * PER_ACCOUNT or sum(actions.values()) < ACCOUNTS * PER_ACCOUNT:
                break
            time.sleep(0.5)
        settled = time.perf_counter() - began
    return {"statuses": statuses, "actions": actions, "answered": answered, "settled": settled,
            "latencies": latencies, "load": os.getloadavg()[0]}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--providers", type=providers_argument, default=["sqlite"],
                        help="comma-separated: sqlite (the default), postgres (a fresh database on the server BENCH_PG names); run one after the other")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of the providers in turn (default 1); medians over rounds")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()

    with Workdir() as tmp:
        rounds = [{provider: run(tmp, provider, n) for provider in args.providers} for n in range(args.rounds)]

    print(f"Benchmark 2: create under load ({machine()}; {ACCOUNTS} accounts x {PER_ACCOUNT} trunks at once, provisioning delay 0; "
          f"{' then '.join(args.providers)}, a fresh process and database each, {args.rounds} round(s))")
    all_ok = True
    for n, results in enumerate(rounds):
        for provider, r in results.items():
            statuses, actions, latencies = r["statuses"], r["actions"], r["latencies"]
            created = statuses.get(202, 0) + 1
            ok = created == ACCOUNTS * PER_ACCOUNT and actions.get("SUCCESS", 0) == ACCOUNTS * PER_ACCOUNT and "CREATING" not in actions
            all_ok &= ok
            print(f"  round {n + 1}, {provider} (load average {r['load']:.1f}):")
            print(f"    answers: {dict(sorted(statuses.items()))} (+1 warm-up 202)")
            print(f"    action status after: {dict(sorted(actions.items()))}")
            print(f"    total time to all answers {r['answered']:.2f} s, to all SUCCESS {r['settled']:.2f} s")
            print(f"    per request: median {median(latencies):.0f} ms, p99 {percentile(latencies, 99):.0f} ms, max {max(latencies):.0f} ms")
            print(f"    budget: 200 x 202, 200 SUCCESS, none over a limit, none CREATING: {verdict(ok)}")
    if "sqlite" in args.providers and "postgres" in args.providers:
        p99 = {p: [percentile(results[p]["latencies"], 99) for results in rounds] for p in ("sqlite", "postgres")}
        ratios = [pg / lite for pg, lite in zip(p99["postgres"], p99["sqlite"])]
        print(f"  create p99: postgres {median(p99['postgres']):.0f} ms against sqlite {median(p99['sqlite']):.0f} ms in this run, "
              f"{median(ratios):.2f}x (rounds {', '.join(f'{x:.2f}' for x in ratios)}; docs/performance.md records 1,211 ms "
              f"for sqlite on 2026-11-26)")
    fail_exit(all_ok)


if __name__ == "__main__":
    main()
