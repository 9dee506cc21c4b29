#!/usr/bin/env python3
"""Turn MEANTIME (Wikinews, CC BY 4.0) CAT XML articles into Chronicle dated pages.

usage: meantime_to_pages.py OUT_DIR FILE.xml...

Each page gets the first line " date <creation time> <headline>", then the article text rebuilt
from the annotated tokens (a few sentences a paragraph), then the Wikinews source and licence.
"""
import datetime
import html
import os
import re
import sys
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = {"’",",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "$", "#"}


def detokenize(tokens, state):
    """Joins one sentence's tokens; state["quote"] carries an open quotation across sentences."""
    out, quote_open = "", state["quote"]
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out += '"'
            else:
                out += (" " if out and not out.endswith((" ", "(")) else "") + '"'
            quote_open = not quote_open
            continue
        glue = (not out or tok in NO_SPACE_BEFORE or out[-1] in "([$#"
                or (out.endswith('"') and quote_open))
        if tok in ("’", "s") and out.endswith("’"):
            glue = True
        out += tok if glue else " " + tok
    state["quote"] = quote_open
    return out


def creation_date(root, dateline):
    """The annotated creation time; a few articles lack it, and then their dateline ("September 01, 2007") gives it."""
    annotated = [t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"]
    if annotated:
        return annotated[0]
    return datetime.datetime.strptime(dateline, "%B %d, %Y").date().isoformat()


def convert(path):
    root = ET.parse(path).getroot()
    sentences = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence")), []).append(html.unescape(token.text or ""))
    state = {"quote": False}
    texts = [detokenize(sentences[i], state) for i in sorted(sentences)]
    dct = creation_date(root, texts[1])
    headline, body = texts[0], texts[2:]  # sentence 1 is the dateline ("March 06, 2008")
    paragraphs = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    url = root.get("url")
    page = f" date {dct} {headline}\n\n" + "\n\n".join(paragraphs) + "\n"
    page += f"\nSource: Wikinews, {url} (CC BY 2.5; MEANTIME corpus, CC BY 4.0)\n"
    return dct, root.get("doc_name"), page


def main():
    out_dir, files = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    for f in files:
        dct, name, page = convert(f)
        slug = re.sub(r"[^a-z0-9]+", "-", name.split("_", 1)[1].lower()).strip("-")
        with open(os.path.join(out_dir, f"{dct}_{slug}.txt"), "w", encoding="utf-8") as fh:
            fh.write(page)


if __name__ == "__main__":
    main()
