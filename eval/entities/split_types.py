#!/usr/bin/env python3
"""Names stored as two or more entities of different types, per tune storyline (eval/claims/splits.json), for one CLI.

usage: python3 eval/entities/split_types.py [CLI]   (default: this checkout's Release CLI)

Each tune storyline of ../shared/dev is ingested into a fresh store; the stored entities are grouped by their name in
lower case without punctuation, and a group holding more than one type is counted. Only totals and names are printed.
"""
import collections, json, os, re, subprocess, sys, tempfile

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
cli = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "src/Chronicle.Cli/bin/Release/net10.0/chronicle")
dev = os.path.join(os.path.dirname(repo), "shared", "dev")
with open(os.path.join(repo, "eval/claims/splits.json"), encoding="utf-8") as f:
    tune = json.load(f)["tune"]
total, examples = 0, []
for story in sorted(tune):
    folder = os.path.join(dev, story)
    pages = sorted(os.path.join(folder, p) for p in os.listdir(folder) if p.endswith(".txt"))
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "c.db")
        subprocess.run([cli, "--db", db, "ingest", *pages], check=True, capture_output=True)
        out = subprocess.run([cli, "--db", db, "entities", "--limit", "100000", "--json"], check=True, capture_output=True, text=True).stdout
    types = collections.defaultdict(set)
    for e in json.loads(out):
        types[re.sub(r"[^a-z0-9 ]", "", e["name"].lower()).strip()].add(e["type"])
    split = {k: v for k, v in types.items() if len(v) > 1}
    total += len(split)
    examples += [f"{story}: {k} {sorted(v)}" for k, v in sorted(split.items())]
print("names split across types:", total)
print("\n".join(examples))
