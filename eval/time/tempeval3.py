#!/usr/bin/env python3
"""TempEval-3 Task A (timex extraction and normalization) scorer, written from the task definitions.

Both gold and system files are TimeML; only TIMEX3 elements inside TEXT are scored (the DCT is given, not found).
Spans are character offsets in TEXT with all tags removed.
- strict match: identical span; relaxed match: overlapping spans (each gold and system timex used once).
- precision = matches / system timexes, recall = matches / gold timexes, F1 their harmonic mean.
- type accuracy and value accuracy: share of relaxed matches whose attribute is identical.
- value F1 (and type F1) = attribute accuracy x relaxed F1, as the issue defines it.

usage: tempeval3.py GOLD_DIR SYSTEM_DIR [--errors FILE.tsv]
"""
import html
import os
import re
import sys
from collections import Counter

TIMEX = re.compile(r'<TIMEX3\b([^>]*)>(.*?)</TIMEX3>', re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')
TAG = re.compile(r'<[^>]*>')


def timexes(path):
    """(start, end, type, value, text) for each TIMEX3 in TEXT, offsets into TEXT without tags."""
    xml = open(path, encoding='utf-8').read()
    body = xml[xml.index('<TEXT>') + 6: xml.index('</TEXT>')]
    found, plain_length, pos = [], 0, 0
    for m in TIMEX.finditer(body):
        plain_length += len(TAG.sub('', body[pos:m.start()]))
        text = TAG.sub('', m.group(2))
        attrs = dict(ATTR.findall(m.group(1)))
        found.append((plain_length, plain_length + len(text), attrs.get('type', ''), attrs.get('value', ''), html.unescape(text)))
        plain_length += len(text)
        pos = m.end()
    return found, TAG.sub('', body)


WEEK = re.compile(r'-W0?(\d)\b')


def same_value(gold, system):
    """Values are compared as strings, except that a week number may be written with or without its leading zero
    (TimeBank writes both 2000-W7 and 2000-W07)."""
    return gold == system or WEEK.sub(r'-W0\1', gold) == WEEK.sub(r'-W0\1', system)


def align(gold, system, overlap):
    """Greedy one-to-one matching in document order."""
    pairs, used = [], set()
    for g in gold:
        for j, s in enumerate(system):
            if j in used:
                continue
            if (s[0] < g[1] and g[0] < s[1]) if overlap else (s[0] == g[0] and s[1] == g[1]):
                pairs.append((g, s))
                used.add(j)
                break
    return pairs


def context(text, timex, width=70):
    return text[max(0, timex[0] - width):timex[0]] + '[' + text[timex[0]:timex[1]] + ']' + text[timex[1]:timex[1] + width]


WEEKDAY = re.compile(r'monday|tuesday|wednesday|thursday|friday|saturday|sunday', re.I)
MONTH = re.compile(r'^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|january|february|march|april|june|july|august|september'
                   r'|october|november|december', re.I)


def value_error_kind(gold_text, gold_type, gold_value, sys_type, sys_value):
    """A rough reason for a wrong value, for the error table."""
    if gold_type != sys_type:
        return 'type differs (e.g. DATE vs DURATION)'
    if 'X' in gold_value and 'X' not in sys_value and sys_value.startswith(gold_value.split('X')[0].rstrip('-W')):
        return 'gold leaves a part unresolved (1989-XX, 1989-WXX) that we resolve'
    if WEEKDAY.search(gold_text):
        return 'weekday placed in another week'
    if re.search(r'quarter|period', gold_text, re.I):
        return 'quarters and fiscal periods'
    if re.search(r'ago|earlier|later', gold_text, re.I):
        return 'N units ago / earlier'
    if re.search(r'week', gold_text, re.I):
        return 'weeks'
    if MONTH.search(gold_text):
        return 'month names: year or day inferred differently'
    if re.search(r'year|month', gold_text, re.I):
        return 'other relative years and months'
    if gold_value.startswith('P'):
        return 'duration amounts'
    return 'other'


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    gold_dir, system_dir = sys.argv[1], sys.argv[2]
    errors_path = sys.argv[sys.argv.index('--errors') + 1] if '--errors' in sys.argv else None
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    errors = []
    categories = Counter()
    value_kinds = Counter()
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith('.tml'):
            continue
        gold, text = timexes(os.path.join(gold_dir, name))
        sys_path = os.path.join(system_dir, name)
        system, sys_text = timexes(sys_path) if os.path.exists(sys_path) else ([], text)
        if sys_text != text:
            print(f'warning: {name}: TEXT differs from gold', file=sys.stderr)
        n_gold += len(gold)
        n_sys += len(system)
        strict += len(align(gold, system, overlap=False))
        pairs = align(gold, system, overlap=True)
        relaxed += len(pairs)
        matched_gold = {g for g, _ in pairs}
        matched_sys = {s for _, s in pairs}
        for g, s in pairs:
            type_ok += g[2] == s[2]
            value_ok += same_value(g[3], s[3])
            if not same_value(g[3], s[3]):
                categories['wrong value ' + g[2]] += 1
                value_kinds[value_error_kind(g[4], g[2], g[3], s[2], s[3])] += 1
                errors.append(('value', name, g[4], g[2], g[3], s[4], s[2], s[3], context(text, g)))
            elif (g[0], g[1]) != (s[0], s[1]):
                categories['span differs (value right)'] += 1
                errors.append(('span', name, g[4], g[2], g[3], s[4], s[2], s[3], context(text, g)))
        for g in gold:
            if g not in matched_gold:
                categories['missed ' + g[2]] += 1
                errors.append(('missed', name, g[4], g[2], g[3], '', '', '', context(text, g)))
        for s in system:
            if s not in matched_sys:
                categories['spurious ' + s[2]] += 1
                errors.append(('spurious', name, '', '', '', s[4], s[2], s[3], context(text, s)))
    strict_p, strict_r = strict / max(n_sys, 1), strict / max(n_gold, 1)
    relaxed_p, relaxed_r = relaxed / max(n_sys, 1), relaxed / max(n_gold, 1)
    relaxed_f = f1(relaxed_p, relaxed_r)
    type_acc, value_acc = type_ok / max(relaxed, 1), value_ok / max(relaxed, 1)
    print(f'gold timexes      {n_gold}')
    print(f'system timexes    {n_sys}')
    print(f'strict   P {strict_p:.3f}  R {strict_r:.3f}  F1 {f1(strict_p, strict_r):.3f}')
    print(f'relaxed  P {relaxed_p:.3f}  R {relaxed_r:.3f}  F1 {relaxed_f:.3f}')
    print(f'type     accuracy {type_acc:.3f}  F1 {type_acc * relaxed_f:.3f}')
    print(f'value    accuracy {value_acc:.3f}  F1 {value_acc * relaxed_f:.3f}')
    print('errors by category:')
    for category, count in categories.most_common():
        print(f'  {count:5d}  {category}')
    print('wrong values by kind:')
    for kind, count in value_kinds.most_common():
        print(f'  {count:5d}  {kind}')
    if errors_path:
        with open(errors_path, 'w', encoding='utf-8') as out:
            out.write('kind\tfile\tgold_text\tgold_type\tgold_value\tsys_text\tsys_type\tsys_value\tcontext\n')
            for e in errors:
                out.write('\t'.join(x.replace('\t', ' ').replace('\n', ' ') for x in e) + '\n')


if __name__ == '__main__':
    main()
