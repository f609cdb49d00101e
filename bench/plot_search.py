#!/usr/bin/python3
"""Plots benchmark 4's figures (the JSON written by `search_scale.py --json FILE`): median time of the first page
against trunk count, log-scaled trunk axis. Needs matplotlib (Debian: apt-get install python3-matplotlib).
    /usr/bin/python3 bench/plot_search.py FILE.json docs/search-scale.png  (Debian's python3, where apt puts matplotlib)"""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main():
    source, target = sys.argv[1], sys.argv[2]
    data = json.load(open(source))
    steps = data["steps"]
    figures = data["figures"]
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=110)
    for name in figures[str(steps[0])]:
        ax.plot(steps, [figures[str(s)][name]["medianMs"] for s in steps], marker="o", label=name)
    ax.axhline(100, color="grey", linestyle="--", linewidth=1, label="budget at 100k: 100 ms")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(steps, [f"{s:,}" for s in steps])
    ax.set_xlabel("trunks (100 per account)")
    ax.set_ylabel("median time of the first page (ms)")
    ax.set_title(f"Support search at scale ({data['machine']})")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(target)


if __name__ == "__main__":
    main()
