#!/usr/bin/env python3
"""Benchmark 2: create under load. 20 accounts each create 10 trunks through POST /calls/1/sip-trunks at the same
time (20 clients, each sending its 10 one after another), with the provisioning delay at 0. Budget: all 200 answered
202 and reach SUCCESS, none refused by a limit, nothing left CREATING. Reports the total time and p99 per request."""
import argparse
import os
import threading
import time

from benchlib import Portal, Workdir, build, machine, percentile, median, verdict, fail_exit

ACCOUNTS, PER_ACCOUNT = 20, 10
STATIC = {"type": "STATIC", "location": "FRANKFURT", "channelLimit": 10, "billingPackage": {"packageType": "METERED"},
          "sourceHosts": ["192.0.2.10"], "destinationHosts": ["192.0.2.20:5060"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()

    with Workdir() as tmp, Portal(os.path.join(tmp, "bench.db")) as app:
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
                        print(f"  {account['name']}: {status} {body}")

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

    created = statuses.get(202, 0) + 1
    ok = created == ACCOUNTS * PER_ACCOUNT and actions.get("SUCCESS", 0) == ACCOUNTS * PER_ACCOUNT and "CREATING" not in actions
    print(f"Benchmark 2: create under load ({machine()}; {ACCOUNTS} accounts x {PER_ACCOUNT} trunks at once, provisioning delay 0)")
    print(f"  answers: {dict(sorted(statuses.items()))} (+1 warm-up 202)")
    print(f"  action status after: {dict(sorted(actions.items()))}")
    print(f"  total time to all answers {answered:.2f} s, to all SUCCESS {settled:.2f} s")
    print(f"  per request: median {median(latencies):.0f} ms, p99 {percentile(latencies, 99):.0f} ms, max {max(latencies):.0f} ms")
    print(f"  budget: 200 x 202, 200 SUCCESS, none over a limit, none CREATING: {verdict(ok)}")
    fail_exit(ok)


if __name__ == "__main__":
    main()
