#!/usr/bin/env python3
"""Turns run.sh's results (one line per wrk run: scenario server round rps p50_us p99_us errors) into the markdown
table of the benchmark: the median over rounds for each server, and the ratio Basalt/baseline (with the lowest and
highest ratio of a single round, since Basalt and the baseline of one round ran under the most similar conditions).
Usage: report.py RESULTS_FILE
"""
import statistics
import sys


def main():
    runs = {}
    by_round = {}
    order = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            scenario, server, _round, rps, p50, p99, errors = line.split()
            if scenario not in order:
                order.append(scenario)
            runs.setdefault((scenario, server), []).append((float(rps), int(p50), int(p99), int(errors)))
            by_round.setdefault((scenario, _round), {})[server] = float(rps)

    def median(scenario, server, field):
        values = [run[field] for run in runs.get((scenario, server), [])]
        return statistics.median(values) if values else None

    def ms(us):
        return "—" if us is None else f"{us / 1000:.2f}"

    def rate(value):
        return "—" if value is None else f"{value:,.0f}"

    print("| scenario | Basalt req/s | baseline req/s | Basalt/baseline | Basalt p50 ms | Basalt p99 ms | baseline p50 ms | baseline p99 ms |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    for scenario in order:
        b_rps, r_rps = median(scenario, "basalt", 0), median(scenario, "baseline", 0)
        ratio = f"{b_rps / r_rps:.2f}×" if b_rps and r_rps else "—"
        per_round = [r["basalt"] / r["baseline"] for (s, _), r in by_round.items()
                     if s == scenario and r.get("basalt") and r.get("baseline")]
        if len(per_round) > 1:
            ratio += f" ({min(per_round):.2f}–{max(per_round):.2f})"
        errors = sum(run[3] for server in ("basalt", "baseline") for run in runs.get((scenario, server), []))
        note = f" ({errors} errors)" if errors else ""
        print(f"| {scenario}{note} | {rate(b_rps)} | {rate(r_rps)} | {ratio} | "
              f"{ms(median(scenario, 'basalt', 1))} | {ms(median(scenario, 'basalt', 2))} | "
              f"{ms(median(scenario, 'baseline', 1))} | {ms(median(scenario, 'baseline', 2))} |")
    rounds = max(len(v) for v in runs.values()) if runs else 0
    if rounds > 1:
        print(f"\nMedians of {rounds} rounds per cell; in brackets the lowest and highest ratio of a single round.")


if __name__ == "__main__":
    main()
