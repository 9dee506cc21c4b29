#!/usr/bin/env python3
"""End-to-end claim checks over the dev storylines, through the CLI exactly as external checks run it.

For each storyline in ../shared/dev (relative to the repository: /work/shared/dev), ingest its pages into a
fresh store, run every probe through `chronicle check CLAIM --as-of DATE --json`, and report accuracy per
storyline and overall with a confusion matrix.

usage: python3 eval/claims/run_probes.py [--cli PATH] [--dev DIR] [--split tune|check] [--verbose]

--split runs only the storylines eval/claims/splits.json names for that split. The check split is only run,
never read, while writing rules: its per-probe errors are not printed. The lexical baseline (../shared/tools/lexbase.py) is run on the same
storylines and printed beside Chronicle's figure.
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile
from collections import Counter

LABELS = ["supported", "outdated", "not_supported"]


def main():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(repo, "src/Chronicle.Cli/bin/Release/net10.0/chronicle"))
    parser.add_argument("--dev", default=os.path.join(os.path.dirname(repo), "shared", "dev"))
    parser.add_argument("--split", choices=["tune", "check"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--show-check-errors", action="store_true", help="list the check split's errors (only when the check split is retired)")
    args = parser.parse_args()
    stories = sorted(os.listdir(args.dev))
    if args.split:
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "splits.json"), encoding="utf-8") as f:
            stories = sorted(json.load(f)[args.split])
    if not os.path.exists(args.cli):
        sys.exit(f"build the CLI first: dotnet build -c Release src/Chronicle.Cli ({args.cli} missing)")
    confusion = Counter()
    per_story = {}
    failures = []
    not_supported_answered_supported = 0
    for story in stories:
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
                not_supported_answered_supported += want == "not_supported" and got == "supported"
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
    expected_not_supported = sum(confusion[("not_supported", got)] for got in LABELS)
    print(f"\nfalse supports: {not_supported_answered_supported} of {expected_not_supported} not_supported probes")
    print(f"lexical baseline on the same probes: {lexical_baseline(os.path.join(os.path.dirname(repo), 'shared'), args.dev, stories)}")
    # The check split is only run, never read: its errors stay hidden so no rule is written from them.
    if failures and args.split == "check" and not args.show_check_errors:
        print(f"\n{len(failures)} errors on the check split, not listed (it is never read; --show-check-errors lists them)")
    elif failures:
        print("\nerrors")
        for story, probe, answer in failures:
            print(f"- {story} {probe['as_of']} \"{probe['claim']}\": answered {answer['verdict']}, expected {probe['expected']} ({answer.get('note', '')})")
            if args.verbose:
                for ev in answer.get("evidence", [])[:3]:
                    print(f"    {ev['date']} {ev['doc'][:12]}: {ev['sentence'][:150]}")


def lexical_baseline(shared, dev, stories):
    """Runs ../shared/tools/lexbase.py over exactly these storylines (a folder of links to them)."""
    lexbase = os.path.join(shared, "tools", "lexbase.py")
    if not os.path.exists(lexbase):
        return "not run (../shared/tools/lexbase.py missing)"
    with tempfile.TemporaryDirectory() as tmp:
        for story in stories:
            os.symlink(os.path.abspath(os.path.join(dev, story)), os.path.join(tmp, story))
        out = subprocess.run([sys.executable, lexbase, tmp], check=True, capture_output=True, text=True).stdout
    return re.search(r"lexical baseline (.*)", out).group(1)


if __name__ == "__main__":
    main()
