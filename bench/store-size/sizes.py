#!/usr/bin/env python3
"""Bytes on disk per stored page, by table and index, of one or more Chronicle SQLite stores (SQLite's dbstat).
usage: sizes.py STORE.db [STORE.db ...]   -- one column per store, one row per table or index (largest first)."""
import sqlite3, sys

def sizes(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    pages = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    text = db.execute("SELECT sum(length(CAST(text AS BLOB))) FROM documents").fetchone()[0]
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    total = db.execute("PRAGMA page_count").fetchone()[0] * page_size
    rows = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    kinds = dict(db.execute("SELECT name, type FROM sqlite_master"))
    return pages, text, page_size, total, rows, kinds

stores = [sizes(p) for p in sys.argv[1:]]
names = sorted({n for s in stores for n in s[4]}, key=lambda n: -max(s[4].get(n, 0) / s[0] for s in stores))
print("| table or index | " + " | ".join(sys.argv[1:]) + " |")
print("|---|" + "---:|" * len(stores))
print("| pages stored | " + " | ".join(f"{s[0]:,}" for s in stores) + " |")
print("| text bytes / page (UTF-8) | " + " | ".join(f"{s[1] / s[0]:,.0f}" for s in stores) + " |")
print("| SQLite page size | " + " | ".join(f"{s[2]:,}" for s in stores) + " |")
print("| **file bytes / page** | " + " | ".join(f"**{s[3] / s[0]:,.0f}**" for s in stores) + " |")
for n in names:
    kind = next((s[5].get(n) for s in stores if n in s[5]), None) or "internal"
    print(f"| {n} ({kind}) | " + " | ".join(f"{s[4][n] / s[0]:,.0f}" if n in s[4] else "–" for s in stores) + " |")
