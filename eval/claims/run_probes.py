#!/usr/bin/env python3
"""End-to-end claim checks over the dev storylines, through the CLI exactly as external checks run it.

For each storyline in ../shared/dev (relative to the repository: /work/shared/dev), ingest its pages into a
fresh store, run every probe through `chronicle check CLAIM --as-of DATE --json`, and report accuracy per
storyline and overall with a confusion matrix.

usage: python3 eval/claims/run_probes.py [--cli PATH] [--dev DIR] [--verbose]
"""
import argparse, glob, json, os, subprocess, sys, tempfile
from collections import Counter

LABELS = ["supported", "outdated", "not_supported"]


def main():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(repo, "src/Chronicle.Cli/bin/Release/net10.0/chronicle"))
    parser.add_argument("--dev", default=os.path.join(os.path.dirname(repo), "shared", "dev"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.cli):
        sys.exit(f"build the CLI first: dotnet build -c Release src/Chronicle.Cli ({args.cli} missing)")
    confusion = Counter()
    per_story = {}
    failures = []
    for story in sorted(os.listdir(args.dev)):
        folder = os.path.join(args.dev, story)
        probes_path = os.path.join(folder, "probes.jsonl")
        if not os.path.exists(probes_path):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "store.db")
            pages = sorted(glob.glob(os.path.join(folder, "*.txt")))
            subprocess.run([args.cli, "--db", db, "ingest", *pages], check=True, capture_output=True)
            right = total = 0
            for line in open(probes_path, encoding="utf-8"):
                probe = json.loads(line)
                out = subprocess.run([args.cli, "--db", db, "check", probe["claim"], "--as-of", probe["as_of"], "--json"],
                                     check=True, capture_output=True, text=True).stdout
                answer = json.loads(out)
                got, want = answer["verdict"], probe["expected"]
                confusion[(want, got)] += 1
                total += 1
                right += got == want
                if got != want:
                    failures.append((story, probe, answer))
            per_story[story] = (right, total)
    right = sum(r for r, _ in per_story.values())
    total = sum(t for _, t in per_story.values())
    print("storyline          accuracy")
    for story, (r, t) in per_story.items():
        print(f"{story:18} {r}/{t} = {r / t:.3f}")
    print(f"{'overall':18} {right}/{total} = {right / total:.3f}\n")
    print("confusion (rows: expected, columns: answered)")
    print(f"{'':15}" + "".join(f"{l:>15}" for l in LABELS))
    for want in LABELS:
        print(f"{want:15}" + "".join(f"{confusion[(want, got)]:>15}" for got in LABELS))
    if failures:
        print("\nerrors")
        for story, probe, answer in failures:
            print(f"- {story} {probe['as_of']} \"{probe['claim']}\": answered {answer['verdict']}, expected {probe['expected']} ({answer.get('note', '')})")
            if args.verbose:
                for ev in answer.get("evidence", [])[:3]:
                    print(f"    {ev['date']} {ev['doc'][:12]}: {ev['sentence'][:150]}")


if __name__ == "__main__":
    main()
