#!/usr/bin/env python3
"""Write a large JSON Lines corpus of varied news pages for ingest benchmarks.

usage: gen_corpus.py PAGES SEED SOURCE_DIR... > corpus.jsonl

Pages are built from the paragraphs of real dated pages (e.g. ../shared/dev/*/*.txt): each generated
page keeps one source page's first lines (headline and noise) and then shuffles its paragraphs with
paragraphs of other pages, shifts the date, and changes numbers, so every page is new content
(no two hash alike) while the text stays news-like. The same arguments give the same corpus.
"""
import datetime
import glob
import json
import os
import random
import re
import sys


def read_pages(dirs):
    pages = []
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "**", "*.txt"), recursive=True)):
            with open(path, encoding="utf-8") as fh:
                first, _, rest = fh.read().partition("\n")
            m = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) ?(.*)", first)
            if not m:
                continue
            paragraphs = [p for p in rest.split("\n") if p.strip()]
            pages.append((datetime.date.fromisoformat(m.group(1)), m.group(2), paragraphs))
    return pages


def main():
    count, seed, dirs = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    rng = random.Random(seed)
    pages = read_pages(dirs)
    pool = [p for _, _, paragraphs in pages for p in paragraphs if len(p) > 80]
    out = sys.stdout
    for i in range(count):
        date, first, paragraphs = pages[i % len(pages)]
        date += datetime.timedelta(days=rng.randint(-400, 400))
        body = paragraphs[:3] + rng.sample(pool, k=min(len(pool), rng.randint(6, 14)))
        text = first + "\n" + "\n".join(body)
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)) if len(m.group()) < 9 else m.group(), text)
        out.write(json.dumps({"date": date.isoformat(), "text": text, "id": f"bench-{i}", "source": "bench"}) + "\n")


if __name__ == "__main__":
    main()
