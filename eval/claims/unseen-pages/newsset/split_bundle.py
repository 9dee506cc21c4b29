#!/usr/bin/env python3
"""Split a bundle (=== FILE date slug url / text) into dated page files in the seed format plus index.jsonl."""
import json, os, sys
bundle, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
pages, cur = [], None
for line in open(bundle, encoding='utf-8'):
    if line.startswith('=== FILE '):
        date, slug, url = line[9:].strip().split(' ', 2)
        cur = {'date': date, 'slug': slug, 'url': url, 'lines': []}; pages.append(cur)
    elif cur is not None:
        cur['lines'].append(line.rstrip('\n'))
with open(os.path.join(out, 'index.jsonl'), 'w', encoding='utf-8') as idx:
    for p in pages:
        lines = p['lines']
        while lines and not lines[0].strip(): lines.pop(0)
        while lines and not lines[-1].strip(): lines.pop()
        name = f"{p['date']}_{p['slug']}.txt"
        text = f" date {p['date']} {lines[0]}\n" + "\n".join(lines[1:]) + "\n"
        open(os.path.join(out, name), 'w', encoding='utf-8').write(text)
        idx.write(json.dumps({'file': name, 'date': p['date'], 'date_source': 'page or url', 'url': p['url']}) + "\n")
print(out, len(pages), 'pages')
