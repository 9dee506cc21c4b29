#!/usr/bin/env python3
"""Runs the Recognizers-Text (DateTimeModel) and chrono-node English example suites in ../shared/datetime-specs
through `chronicle timex --jsonl` and reports pass rates on the cases whose conventions match TIMEX3.

Recognizers-Text: a case counts when every expected result resolves to one TIMEX-style value (no ranges such as
"(2016-11-07,2016-11-14,P1W)", no time zones); it passes when each expected result overlaps a found expression whose
value equals the expected timex, or, for a value Recognizers leaves open (XXXX-11-04, a weekday), one of the dates
it resolves it to. Times compare on the clock part (T16:30). Cases without any expected result pass when nothing is found.
chrono-node: a case counts when its test asserts calendar parts (year, month, day, hour, minute) of result.start; it
passes when the expression found at the same text has those parts (months are 1-based in chrono's get()).

usage: specs.py CHRONICLE [SPECS_DIR]
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

chronicle = sys.argv[1]
specs = sys.argv[2] if len(sys.argv) > 2 else '../shared/datetime-specs'


def tag(documents):
    """documents: list of (text, ref) -> list of found expressions per document."""
    lines = ''.join(json.dumps({'id': str(i), 'text': t, 'ref': r}) + '\n' for i, (t, r) in enumerate(documents))
    out = subprocess.run([chronicle, 'timex', '--jsonl'], input=lines, capture_output=True, text=True, check=True).stdout
    return [json.loads(line)['timex'] for line in out.splitlines() if line.strip()]


def clock(value):
    """'2016-11-07T16:30' or 'T16:30:00' -> 'T16:30'; None when the value has no clock time."""
    m = re.search(r'T(\d\d)(?::(\d\d))?(?::(\d\d))?$', value)
    if not m:
        return None
    return 'T' + m.group(1) + (':' + m.group(2) if m.group(2) and m.group(2) != '00' or m.group(3) else '')


def recognizers():
    path = os.path.join(specs, 'recognizers-text-en/Specs/DateTime/English/DateTimeModel.json')
    cases = json.load(open(path, encoding='utf-8-sig'))
    kept, skipped = [], Counter()
    for case in cases:
        if 'Context' not in case or 'ReferenceDateTime' not in case['Context']:
            skipped['no reference date'] += 1
            continue
        expected, usable = [], True
        for r in case.get('Results', []):
            values = (r.get('Resolution') or {}).get('values') or []
            timexes = {v.get('timex', '') for v in values}
            kind = values[0].get('type', '') if values else ''
            if len(timexes) != 1 or next(iter(timexes)).startswith('(') or kind.endswith('range') or 'timezone' in json.dumps(r):
                usable = False
                break
            expected.append((r['Start'], r['End'] + 1, next(iter(timexes)), {v.get('value', '') for v in values}, kind))
        if not usable:
            skipped['range, zone or several values'] += 1
            continue
        kept.append((case['Input'], case['Context']['ReferenceDateTime'][:10], expected))
    found = tag([(text, ref) for text, ref, _ in kept])
    passed = 0
    failures = []
    for (text, ref, expected), system in zip(kept, found):
        ok = not system if not expected else all(match_recognizers(e, system) for e in expected)
        passed += ok
        if not ok:
            failures.append((text, ref, [e[2] for e in expected], [(s['text'], s['value']) for s in system]))
    return len(cases), len(kept), passed, skipped, failures


def match_recognizers(expected, system):
    start, end, timex, values, kind = expected
    for s in system:
        if s['start'] >= end or start >= s['end']:
            continue
        v = s['value']
        if v == timex or v in values:
            return True
        if kind in ('time', 'datetime') and clock(v) and clock(v) == clock(timex):
            date = re.match(r'\d{4}-\d\d-\d\d', timex)
            if not date or v.startswith(date.group(0)):
                return True
        if 'X' in timex and re.fullmatch(timex.replace('X', r'\d'), v):
            return True
    return False


CALL = re.compile(r'testSingleCase\(\s*chrono(?:\.\w+)?\s*,\s*"((?:[^"\\]|\\.)*)"\s*,\s*new Date\(([^)]*)\)\s*,\s*\(result(?:, text)?\)\s*=>\s*\{(.*?)\n\s*\}\s*\)', re.S)
PART = re.compile(r'expect\(result\.start\.get\("(year|month|day|hour|minute)"\)\)\.toBe\((\d+)\)')
TEXT = re.compile(r'expect\(result\.text\)\.toBe\("((?:[^"\\]|\\.)*)"\)')


def chrono():
    folder = os.path.join(specs, 'chrono-en/test/en')
    cases = []
    total = 0
    for name in sorted(os.listdir(folder)):
        source = open(os.path.join(folder, name), encoding='utf-8').read()
        total += source.count('testSingleCase(')
        for m in CALL.finditer(source):
            text = json.loads('"' + m.group(1) + '"')
            if not re.fullmatch(r'[\d\s,+\-*]+', m.group(2)):
                continue
            args = [eval(x) for x in m.group(2).split(',') if x.strip()]  # numbers and + - * only, checked above
            if len(args) < 3:
                continue
            ref = '%04d-%02d-%02d' % (args[0], args[1] + 1, args[2])
            parts = {k: int(v) for k, v in PART.findall(m.group(3))}
            expected_text = TEXT.search(m.group(3))
            if not parts or not expected_text:
                continue
            cases.append((name, text, ref, json.loads('"' + expected_text.group(1) + '"'), parts))
    found = tag([(text, ref) for _, text, ref, _, _ in cases])
    passed = 0
    failures = []
    for (name, text, ref, expected_text, parts), system in zip(cases, found):
        start = text.find(expected_text)
        ok = False
        for s in system:
            if start < 0 or s['start'] >= start + len(expected_text) or start >= s['end']:
                continue
            got = re.match(r'(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T(\d\d)(?::(\d\d))?)?', s['value'])
            if not got:
                continue
            have = {k: int(v) for k, v in zip(('year', 'month', 'day', 'hour', 'minute'), got.groups()) if v}
            if all(have.get(k, 0 if k in ('hour', 'minute') else None) == v for k, v in parts.items()):
                ok = True
                break
        passed += ok
        if not ok:
            failures.append((name, text, ref, expected_text, parts, [(s['text'], s['value']) for s in system]))
    return total, len(cases), passed, failures


if __name__ == '__main__':
    total, kept, passed, skipped, r_failures = recognizers()
    print(f'Recognizers-Text DateTimeModel: {total} cases, {kept} with TIMEX3-compatible expectations, '
          f'{passed} passed ({passed / kept:.1%}); skipped: {dict(skipped)}')
    total, kept, passed, c_failures = chrono()
    print(f'chrono-node en: {total} single-result tests, {kept} asserting calendar parts, {passed} passed ({passed / kept:.1%})')
    if '--failures' in sys.argv:
        for f in r_failures + c_failures:
            print(f)
