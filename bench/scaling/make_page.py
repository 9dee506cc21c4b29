#!/usr/bin/env python3
"""Writes one dated news-like page of about N bytes, made of sentences written for this benchmark
(names, organisations, dates and events vary with a fixed seed), to stdout.
Usage: make_page.py BYTES [SEED]"""
import random, sys

size = int(float(sys.argv[1]))
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
first = ["Maria", "John", "Aiko", "Pedro", "Fatima", "Lars", "Chen", "Olga", "Samuel", "Nadia"]
last = ["Varga", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Ferreira", "Kowalski", "Brennan"]
orgs = ["Northwind Energy", "Bluebay Shipping", "the Harbour Council", "Kestrel Bank", "Alder Motors", "the Port Authority"]
places = ["Rotterdam", "Lagos", "Oslo", "Lyon", "Osaka", "Beirut", "Porto", "Gdansk"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
roles = ["chief executive", "chairman", "finance director", "spokesperson", "mayor"]

def person(): return f"{rng.choice(first)} {rng.choice(last)}"
def date(): return f"{rng.randint(1, 28)} {rng.choice(months)} {rng.randint(2015, 2023)}"
templates = [
    lambda: f"{person()} was appointed {rng.choice(roles)} of {rng.choice(orgs)} on {date()}.",
    lambda: f"{rng.choice(orgs)} said on Tuesday that it would open an office in {rng.choice(places)} next year.",
    lambda: f"{person()}, who resigned as {rng.choice(roles)} in {rng.choice(months)}, was charged with fraud last week.",
    lambda: f"The company reported revenue of {rng.randint(2, 900)} million euros for the quarter ending {date()}.",
    lambda: f"{person()} met {person()} in {rng.choice(places)} three days later to discuss the merger.",
    lambda: f"He told reporters that the deal with {rng.choice(orgs)} would close before {rng.choice(months)}.",
    lambda: f"Shares of {rng.choice(orgs)} fell {rng.randint(1, 30)} percent after the announcement.",
]
out = [" date 2023-06-01 " + "Harbour business roundup\n"]
n = len(out[0])
while n < size:
    paragraph = " ".join(rng.choice(templates)() for _ in range(rng.randint(2, 6))) + "\n\n"
    out.append(paragraph)
    n += len(paragraph.encode())
sys.stdout.write("".join(out))
