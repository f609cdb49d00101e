#!/usr/bin/env python3
"""Benchmark 6: the real SIP edge. 200 registered trunks created through POST /calls/1/sip-trunks (4 accounts, 4
clients at once) and the time until all are SUCCESS, i.e. confirmed by the Kamailio edge; then 200 REGISTERs by sipp
at 50/s with the create answers' credentials: all must be 200 OK, and for each the delay from its 200 OK to
REGISTERED in GET .../status (median and p95; budget: p95 under 3 s, rule E4). Side by side in the same run, against
the same edge: 200 subscribers inserted by SQL (no portal) and the same sipp load, so the cost of the portal's
provisioning path shows as a ratio. Needs the edge running (edge/start.sh) and sipp. Cleans up its edge rows."""
import argparse
import hashlib
import json
import os
import re
import secrets
import subprocess
import tempfile
import threading
import time
import urllib.request
import uuid
from datetime import datetime

from benchlib import ROOT, Portal, Workdir, build, machine, percentile, median, verdict, fail_exit

ACCOUNTS, PER_ACCOUNT = 4, 50
EDGE_IP, RPC = "127.0.0.10", "http://127.0.0.10:5080/RPC"
REALM = "sip.voice.infobip.com"
PG = {"PGHOST": "127.0.0.1", "PGPORT": "55432", "PGUSER": "portal", "PGPASSWORD": "portal-local-edge-2026", "PGDATABASE": "edge_frankfurt"}
REGISTERED = {"type": "REGISTERED", "location": "FRANKFURT", "channelLimit": 10, "billingPackage": {"packageType": "METERED"},
              "tls": False, "codecs": ["PCMU"], "inviteAuthentication": False}


def rpc(method, params=()):
    body = json.dumps({"jsonrpc": "2.0", "method": method, "params": list(params), "id": 1}).encode()
    with urllib.request.urlopen(urllib.request.Request(RPC, data=body, method="POST"), timeout=5) as r:
        return json.loads(r.read())


def psql(sql):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1"], input=sql.encode(), env=dict(os.environ, **PG), check=True)


def sipp_load(users, tmp, label):
    """200 REGISTERs at 50/s from one sipp; returns (sipp exit code, {username: time of its 200 OK}, wall seconds)."""
    csv = os.path.join(tmp, f"{label}.csv")
    with open(csv, "w") as f:
        f.write("SEQUENTIAL\n")
        for user, password in users:
            f.write(f"{user};[authentication username={user} password={password}]\n")
    trace = os.path.join(tmp, f"{label}.msgs")
    port = str(15000 + secrets.randbelow(20000))
    began = time.time()
    result = subprocess.run(["sipp", f"{EDGE_IP}:5060", "-sf", os.path.join(ROOT, "edge", "sipp", "register_csv.xml"),
                             "-inf", csv, "-key", "expires", "300", "-r", "50", "-m", str(len(users)), "-i", "127.0.0.1", "-p", port,
                             "-bind_local", "-ci", "127.0.0.1", "-mi", "127.0.0.1", "-t", "u1", "-timeout", "60s", "-timeout_error",
                             "-nostdin", "-trace_msg", "-message_file", trace],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    wall = time.time() - began
    oks, stamp, first_line, to_user = {}, None, None, None
    header = re.compile(r"^-+ (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)")
    with open(trace, errors="replace") as f:
        for line in f:
            m = header.match(line)
            if m:
                if first_line and first_line.startswith("SIP/2.0 200") and to_user:
                    oks.setdefault(to_user, stamp)
                stamp, first_line, to_user = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f").timestamp(), None, None
                continue
            text = line.strip()
            if first_line is None and (text.startswith("SIP/2.0") or text.startswith("REGISTER")):
                first_line = text
            elif text.lower().startswith("to:"):
                u = re.search(r"sip:([^@>]+)@", text)
                to_user = u.group(1) if u else None
        if first_line and first_line.startswith("SIP/2.0 200") and to_user:
            oks.setdefault(to_user, stamp)
    return result.returncode, oks, wall


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    try:
        rpc("core.version")
    except OSError as e:
        raise SystemExit(f"The SIP edge does not answer at {RPC} ({e}): start it with edge/start.sh")
    if not args.no_build:
        build()
    print(f"Benchmark 6: the SIP edge ({machine()}; Kamailio {rpc('core.version')['result']})")
    all_ok = True
    settings = os.path.join(ROOT, "appsettings.Edge.json")
    created, sql_users = [], []
    with Workdir() as tmp, Portal(os.path.join(tmp, "bench.db"), extra_env={"SipEdge__SettingsFile": settings}) as app:
        try:
            _, accounts = app.call("POST", f"/bench/accounts?count={ACCOUNTS}&prefix=edge&trunksPerAccount={PER_ACCOUNT}")
            lock = threading.Lock()

            def client(account):
                for i in range(PER_ACCOUNT):
                    status, body = app.call("POST", "/calls/1/sip-trunks", dict(REGISTERED, name=f"Edge {i:03d}"), key=account["apiKey"], timeout=60)
                    if status == 202:
                        with lock:
                            created.append((account["apiKey"], body["id"], body["username"], body["password"]))
                    else:
                        print(f"  create answered {status}: {body}")

            began = time.perf_counter()
            threads = [threading.Thread(target=client, args=(a,)) for a in accounts]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=300)
            answered = time.perf_counter() - began
            pending = {c[1]: c for c in created}
            while pending and time.perf_counter() - began < 300:
                for trunk_id, (key, *_rest) in list(pending.items()):
                    _, st = app.call("GET", f"/calls/1/sip-trunks/{trunk_id}/status", key=key)
                    if st["actionStatus"]["status"] != "CREATING":
                        if st["actionStatus"]["status"] != "SUCCESS":
                            print(f"  {trunk_id}: {st}")
                        del pending[trunk_id]
                time.sleep(0.05)
            provisioned = time.perf_counter() - began
            ok = len(created) == ACCOUNTS * PER_ACCOUNT and not pending
            all_ok &= ok
            print(f"  portal path: {len(created)} creates answered 202 in {answered:.2f} s; all SUCCESS on the edge after "
                  f"{provisioned:.2f} s ({provisioned / max(1, len(created)) * 1000:.1f} ms per trunk)  {verdict(ok)}")

            # The REGISTERs, with a poller per 25 trunks watching the status API for REGISTERED.
            seen, stop = {}, threading.Event()

            def poller(chunk):
                while not stop.is_set():
                    for key, trunk_id, user, _ in chunk:
                        if user in seen:
                            continue
                        _, st = app.call("GET", f"/calls/1/sip-trunks/{trunk_id}/status", key=key)
                        if st.get("registrationStatus") == "REGISTERED":
                            seen[user] = time.time()
                    time.sleep(0.01)

            pollers = [threading.Thread(target=poller, args=(created[i:i + 25],)) for i in range(0, len(created), 25)]
            for p in pollers:
                p.start()
            code, oks, wall = sipp_load([(c[2], c[3]) for c in created], tmp, "portal")
            deadline = time.time() + 10
            while len(seen) < len(oks) and time.time() < deadline:
                time.sleep(0.05)
            stop.set()
            for p in pollers:
                p.join()
            delays = [seen[u] - t for u, t in oks.items() if u in seen]
            ok = code == 0 and len(oks) == len(created) and len(delays) == len(oks) and percentile(delays, 95) < 3
            all_ok &= ok
            print(f"  sipp, portal-provisioned: {len(oks)}/{len(created)} 200 OK at 50/s in {wall:.2f} s (exit {code}); "
                  f"200 OK -> REGISTERED in the status API: median {median(delays) * 1000:.0f} ms, p95 {percentile(delays, 95) * 1000:.0f} ms, "
                  f"max {max(delays) * 1000:.0f} ms  {verdict(ok)}")

            # Side by side: the same edge, subscribers written by SQL, no portal in the path.
            portal_id = str(uuid.uuid4())
            sql_users = [(f"sql-{uuid.uuid4()}", secrets.token_urlsafe(15)) for _ in range(len(created))]
            rows = ",\n".join(
                f"('{u}', '{REALM}', '{hashlib.md5(f'{u}:{REALM}:{p}'.encode()).hexdigest()}', '{uuid.uuid4()}', '{portal_id}', 'REGISTERED', 1, 0)"
                for u, p in sql_users)
            began = time.perf_counter()
            psql(f"INSERT INTO subscriber (username, domain, ha1, trunk_id, portal_id, kind, enabled, invite_challenge) VALUES\n{rows};")
            inserted = time.perf_counter() - began
            sql_code, sql_oks, sql_wall = sipp_load(sql_users, tmp, "sql")
            ok = sql_code == 0 and len(sql_oks) == len(sql_users)
            all_ok &= ok
            print(f"  SQL path: {len(sql_users)} subscribers inserted in {inserted * 1000:.0f} ms; sipp {len(sql_oks)}/{len(sql_users)} "
                  f"200 OK at 50/s in {sql_wall:.2f} s (exit {sql_code})  {verdict(ok)}")
            print(f"  ratio: provisioning through the portal takes {provisioned / max(inserted, 1e-6):.0f}x the SQL insert "
                  f"({provisioned:.2f} s vs {inserted:.3f} s); the REGISTER load took {wall / max(sql_wall, 1e-6):.2f}x as long "
                  "(the same: both are paced at 50/s by sipp)")
        finally:
            users = [c[2] for c in created] + [u for u, _ in sql_users]
            for user in users:
                try:
                    rpc("ul.rm", ["location", user])
                except OSError:
                    pass
            ids = ",".join(f"'{c[1]}'" for c in created)
            psql("DELETE FROM subscriber WHERE username LIKE 'sql-%'" + (f" OR trunk_id IN ({ids})" if ids else "") + ";")
    fail_exit(all_ok)


if __name__ == "__main__":
    main()
