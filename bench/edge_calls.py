#!/usr/bin/env python3
"""Benchmark 7: calls through the real SIP edge to a static trunk. A static trunk created through the API with two
round-robin destinations (sipp, edge/sipp/destination.xml) on the FRANKFURT edge; sipp as the platform sends calls
for it (X-IB-Trunk) at 50 calls/s for 20 s, each held 200 ms: the success rate and the split between the two
destinations (budget: every call answered, an even split). Side by side in the same run: the same sipp load
through a Kamailio that only relays to one fixed destination (bench/relay.cfg: same version, same process counts,
no trunk lookup, no destination set, no channel limit), so the cost of the per-trunk routing shows as the CPU time
Kamailio spends per call, as a ratio. Needs the edge running (edge/start.sh) and sipp. Deletes its trunk."""
import argparse
import json
import os
import random
import signal
import subprocess
import time
import urllib.request

from benchlib import ROOT, Portal, Workdir, build, free_port, machine, verdict, fail_exit

EDGE_IP, RPC = "127.0.0.10", "http://127.0.0.10:5080/RPC"
RELAY_IP = "127.0.0.13"
RUN_DIR = "/tmp/trunkportal-edge"
TICKS = os.sysconf("SC_CLK_TCK")


def rpc(method, params=()):
    body = json.dumps({"jsonrpc": "2.0", "method": method, "params": list(params), "id": 1}).encode()
    with urllib.request.urlopen(urllib.request.Request(RPC, data=body, method="POST"), timeout=5) as r:
        return json.loads(r.read())


def cpu_seconds(root_pid):
    """CPU time (user + system) of a Kamailio and every process it forked."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        if pid == root_pid or ppid == root_pid:
            total += int(fields[11]) + int(fields[12])
    return total / TICKS


def destination(tmp, label):
    port = free_port()
    messages = os.path.join(tmp, f"{label}.msgs")
    process = subprocess.Popen(["sipp", "-sf", os.path.join(ROOT, "edge", "sipp", "destination.xml"), "-i", "127.0.0.1", "-p", str(port),
                                "-bind_local", "-ci", "127.0.0.1", "-cp", str(free_port()), "-mi", "127.0.0.1", "-t", "u1",
                                "-m", "100000", "-timeout", "300s", "-nostdin", "-trace_msg", "-message_file", messages],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return port, messages, process


def invites(messages):
    if not os.path.exists(messages):
        return 0
    with open(messages, errors="replace") as f:
        return sum(1 for line in f if line.startswith("INVITE sip:"))


def load(target, header, tmp, label, rate, seconds):
    """rate x seconds calls from one sipp; returns (exit code, successful, failed, wall seconds)."""
    stats = os.path.join(tmp, f"{label}.csv")
    began = time.time()
    result = subprocess.run(["sipp", f"{target}:5060", "-sf", os.path.join(ROOT, "edge", "sipp", "invite.xml"), "-s", "platform",
                             "-key", "extra", header, "-r", str(rate), "-m", str(rate * seconds), "-d", "200", "-l", "500",
                             "-i", "127.0.0.1", "-p", str(free_port()), "-bind_local", "-ci", "127.0.0.1", "-cp", str(free_port()),
                             "-mi", "127.0.0.1", "-t", "u1", "-timeout", f"{seconds + 30}s", "-timeout_error", "-nostdin",
                             "-trace_stat", "-stf", stats, "-fd", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=seconds + 60)
    wall = time.time() - began
    with open(stats) as f:
        rows = [line.rstrip("\n").split(";") for line in f if line.strip()]
    header_row, last = rows[0], rows[-1]
    ok = int(last[header_row.index("SuccessfulCall(C)")])
    failed = int(last[header_row.index("FailedCall(C)")])
    return result.returncode, ok, failed, wall


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--rate", type=int, default=50, help="calls per second (default 50)")
    parser.add_argument("--seconds", type=int, default=20, help="how long the load runs (default 20)")
    args = parser.parse_args()
    try:
        version = rpc("core.version")["result"]
    except OSError as e:
        raise SystemExit(f"The SIP edge does not answer at {RPC} ({e}): start it with edge/start.sh")
    edge_pid = int(open(os.path.join(RUN_DIR, "kamailio-frankfurt.pid")).read())
    if not args.no_build:
        build()
    calls = args.rate * args.seconds
    print(f"Benchmark 7: calls through the SIP edge to a static trunk ({machine()}; Kamailio {version}; "
          f"{calls} calls at {args.rate}/s, each held 200 ms)")
    all_ok = True
    processes = []
    with Workdir() as tmp, Portal(os.path.join(tmp, "bench.db"), extra_env={"SipEdge__SettingsFile": os.path.join(ROOT, "appsettings.Edge.json")}) as app:
        trunk_id, key = None, None
        try:
            first_port, first_msgs, p1 = destination(tmp, "first")
            second_port, second_msgs, p2 = destination(tmp, "second")
            processes += [p1, p2]
            _, accounts = app.call("POST", "/bench/accounts?count=1&prefix=calls&trunksPerAccount=1")
            key = accounts[0]["apiKey"]
            source = f"127.{random.randint(20, 250)}.{random.randint(1, 250)}.{random.randint(1, 250)}"
            status, body = app.call("POST", "/calls/1/sip-trunks", {
                "type": "STATIC", "name": "Benchmark 7", "location": "FRANKFURT", "channelLimit": 1000,
                "billingPackage": {"packageType": "METERED"}, "tls": False, "codecs": ["PCMU"], "sourceHosts": [source],
                "destinationHosts": [f"127.0.0.1:{first_port}", f"127.0.0.1:{second_port}"], "strategy": "ROUND_ROBIN",
                "sipOptions": {"enabled": False}}, key=key)
            if status != 202:
                raise SystemExit(f"creating the static trunk answered {status}: {body}")
            trunk_id = body["id"]
            deadline = time.time() + 30
            while time.time() < deadline:
                _, st = app.call("GET", f"/calls/1/sip-trunks/{trunk_id}/status", key=key)
                if st["actionStatus"]["status"] != "CREATING":
                    break
                time.sleep(0.1)
            if st["actionStatus"]["status"] != "SUCCESS":
                raise SystemExit(f"the static trunk did not reach SUCCESS: {st}")

            before = cpu_seconds(edge_pid)
            code, ok, failed, wall = load(EDGE_IP, f"X-IB-Trunk: {trunk_id}", tmp, "edge", args.rate, args.seconds)
            edge_cpu = cpu_seconds(edge_pid) - before
            split = (invites(first_msgs), invites(second_msgs))
            even = abs(split[0] - split[1]) <= 1
            passed = code == 0 and ok == calls and failed == 0 and even
            all_ok &= passed
            print(f"  the edge, per-trunk routing: {ok}/{calls} answered ({ok / calls:.1%}), {failed} failed, in {wall:.1f} s "
                  f"(sipp exit {code}); split {split[0]} / {split[1]}; Kamailio CPU {edge_cpu:.2f} s "
                  f"({edge_cpu / max(ok, 1) * 1000:.2f} ms per call)  {verdict(passed)}")

            relay_dir = os.path.join(tmp, "relay")
            os.makedirs(relay_dir)
            relay = subprocess.Popen(["/usr/sbin/kamailio", "-f", os.path.join(ROOT, "bench", "relay.cfg"), "-DD", "-E", "-Y", relay_dir,
                                      "-m", "64", "-M", "8", "-A", f"SIP_IP={RELAY_IP}", "-A", f"DESTINATION=\"sip:127.0.0.1:{first_port}\""],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, TZ="UTC"))
            processes.append(relay)
            time.sleep(1.5)
            if relay.poll() is not None:
                raise SystemExit("the reference Kamailio (bench/relay.cfg) did not start")
            first_before = invites(first_msgs)
            before = cpu_seconds(relay.pid)
            r_code, r_ok, r_failed, r_wall = load(RELAY_IP, "X-Bench: 1", tmp, "relay", args.rate, args.seconds)
            relay_cpu = cpu_seconds(relay.pid) - before
            r_passed = r_code == 0 and r_ok == calls and invites(first_msgs) - first_before == calls
            all_ok &= r_passed
            print(f"  reference, fixed relay: {r_ok}/{calls} answered ({r_ok / calls:.1%}), {r_failed} failed, in {r_wall:.1f} s "
                  f"(sipp exit {r_code}); Kamailio CPU {relay_cpu:.2f} s ({relay_cpu / max(r_ok, 1) * 1000:.2f} ms per call)  {verdict(r_passed)}")
            print(f"  ratio: the per-trunk routing costs {edge_cpu / max(relay_cpu, 1e-6):.2f}x the fixed relay's CPU per call "
                  f"(the edge's figure includes the portal's polling RPCs, ~5 per second); the load took {wall / max(r_wall, 1e-6):.2f}x as long "
                  "(both are paced by sipp)")
        finally:
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
                    try:
                        process.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        process.kill()
            if trunk_id:
                app.call("DELETE", f"/calls/1/sip-trunks/{trunk_id}", key=key)
                time.sleep(1)
    fail_exit(all_ok)


if __name__ == "__main__":
    main()
