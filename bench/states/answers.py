#!/usr/bin/env python3
"""Every answer a build gives on the dev storylines, kept as files so two builds can be compared byte for byte.

For each storyline folder: ingest its pages into a fresh store, then keep `check --json` for each probe, and
`timeline`, `timeline --to AS_OF`, `asof AS_OF NAME` and `changes --from 2022-01-01 --to 2025-01-01 NAME` for
the probes' people (the store's people named in a probe claim). Output: OUT/STORY/*.json.

usage: bench/states/answers.py CLI DEV_DIR OUT [STORY...]
Compare two builds: answers.py OLD ../shared/dev before rust-case ...; answers.py NEW ... after ...; diff -r.
Only storylines you may read: the claim split "check" is run by eval/claims/run_probes.py alone, never here.
"""
import glob, hashlib, json, os, sqlite3, subprocess, sys, tempfile


def run(cli, db, *args):
    done = subprocess.run([cli, "--db", db, "--json", *args], capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else f"exit {done.returncode}: {done.stderr.strip()}\n"


def main():
    cli, dev, out = sys.argv[1:4]
    stories = sys.argv[4:] or sorted(os.listdir(dev))
    for story in stories:
        folder = os.path.join(dev, story)
        probes_path = os.path.join(folder, "probes.jsonl")
        if not os.path.exists(probes_path):
            continue
        target = os.path.join(out, story)
        os.makedirs(target, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "store.db")
            subprocess.run([cli, "--db", db, "ingest", *sorted(glob.glob(os.path.join(folder, "*.txt")))], check=True, capture_output=True)
            probes = [json.loads(line) for line in open(probes_path, encoding="utf-8")]
            people = [row[0] for row in sqlite3.connect(db).execute("SELECT name FROM entities WHERE type = 'PERSON' ORDER BY document_count DESC, name")]
            for n, probe in enumerate(probes):
                answer = run(cli, db, "check", probe["claim"], "--as-of", probe["as_of"])
                write(target, f"check-{n:03}", answer)
            asked = sorted({(p, probe["as_of"]) for probe in probes for p in people if p in probe["claim"]})
            for person, as_of in asked:
                tag = hashlib.sha1(f"{person}|{as_of}".encode()).hexdigest()[:10]
                write(target, f"timeline-{tag}", run(cli, db, "timeline", person))
                write(target, f"timeline-to-{tag}", run(cli, db, "timeline", person, "--to", as_of))
                write(target, f"asof-{tag}", run(cli, db, "asof", as_of, person))
                write(target, f"changes-{tag}", run(cli, db, "changes", "--from", "2022-01-01", "--to", "2025-01-01", person))
        print(story, len(probes), "probes", len(asked), "person-dates", flush=True)


def write(folder, name, text):
    with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
