#!/usr/bin/env python3
"""Benchmark 3: memory per wizard session. For each page (an empty page in the portal's layout, then the wizard
at main settings with its fields filled) a fresh app process gets 100 headless Chromium contexts, one Blazor
circuit each, driven by bench/SessionMemory (the project's Playwright). The app's managed heap after a forced full
GC (GC.GetTotalMemory via /bench/heap) with the sessions open, minus the same before them, divided by 100.
Budget: wizard <= 600 KB per session."""
import argparse
import json
import os
import subprocess

from benchlib import Portal, Workdir, build, machine, verdict, fail_exit, ROOT

TOOL = os.path.join(ROOT, "bench", "SessionMemory")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()
    subprocess.run(["dotnet", "build", TOOL, "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
    dll = os.path.join(TOOL, "bin", "Release", "net10.0", "SessionMemory.dll")

    results = {}
    with Workdir() as tmp:
        for target in ("empty", "wizard"):
            with Portal(os.path.join(tmp, f"{target}.db")) as app:
                out = subprocess.run(["dotnet", dll, app.url, target, str(args.sessions)], capture_output=True, text=True,
                                     timeout=600)
                if out.returncode != 0:
                    raise SystemExit(f"SessionMemory failed for {target}:\n{out.stdout}\n{out.stderr}")
                results[target] = json.loads(out.stdout.strip().splitlines()[-1])

    print(f"Benchmark 3: memory per session ({machine()}; {args.sessions} headless Chromium contexts, managed heap after forced full GC)")
    for target, label in (("empty", "empty page in the portal layout (/bench/empty)"), ("wizard", "wizard at main settings, fields filled")):
        r = results[target]
        line = f"  {label:48s} {r['perSession'] / 1024:7.0f} KB per session  (heap {r['before'] / 1048576:.1f} -> {r['after'] / 1048576:.1f} MB)"
        if target == "wizard":
            ok = r["perSession"] <= 600 * 1024
            line += f"  budget <= 600 KB: {verdict(ok)}"
        print(line)
    fail_exit(ok)


if __name__ == "__main__":
    main()
