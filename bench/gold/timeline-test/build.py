#!/usr/bin/env python3
"""Build the timeline-test gold (SemEval-2015 Task 4 "TimeLine" format, as score_timeline.py reads it)
from hand-written, reviewable files in this folder.

    python3 build.py texts          # texts/*.txt from the extraction benchmark and sources.tsv
    python3 build.py show DOC       # numbered sentences of texts/DOC.txt, to annotate against
    python3 build.py                # gold.json from targets.tsv + annotations.tsv (and a summary)
    python3 build.py view [TARGET]  # every gold event in its sentence, the word in [[ ]], to review

Tokens and sentences come from the small regex rules below (no spaCy, no newsflow), so the gold does
not depend on any tool the system under test uses. Sentence 0 is the headline, 1 the dateline, then
the body. annotations.tsv rows: doc, target, sentence, word, date, order key, argument form, kind
(V verb, N nominal, A adjective/participle used as a modifier), note. `word` is the token as written
("lost"), "_" joining a multi-word event ("took_off": the tokens in that order in the sentence),
"#2" picking the second occurrence in the sentence. The order key is "0" (not placed) or a string
that sorts chronologically ("2019-11-18", "2019-11-18.2"); a target's orders are the ranks of its
distinct keys, so equal keys are simultaneous.
"""

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARK = Path("/work/shared/data/extraction-benchmark/ground-truth.json")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

TOKEN = re.compile(r"""(?:[A-Za-z]\.){2,}                # U.S.  U.N.
                     |[$£€]?\d+(?:[.,/:]\d+)*%?         # $55.12  1,472.19  7/32  3.38%
                     |[’']s\b|n[’']t\b|[’'](?:ll|re|ve|d|m)\b
                     |\w+(?:-\w+)*(?=n[’']t\b)         # do|n't
                     |\w+(?:[-.&]\w+)*                  # Nano-Satellite  Edmunds.com  AT&T
                     |\S""", re.X)
ABBREVIATIONS = {"dec", "nov", "oct", "sept", "sep", "aug", "jan", "feb", "mar", "apr", "jun", "jul", "inc", "corp",
                 "co", "ltd", "mr", "ms", "mrs", "dr", "st", "vs", "no", "la", "jr", "sr", "p.m", "a.m", "u.s", "u.k",
                 "e.g", "i.e"}
SENTENCE_END = re.compile(r"[.!?][”\"’')]*(?=\s+[“\"‘'(]?[A-Z0-9$])")


# ---------------------------------------------------------------------------------------------- texts

def read_sources() -> list[dict]:
    rows = []
    for line in (HERE / "sources.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key, corpus, dct, headline, url = line.split("\t")
            rows.append({"doc_id": key, "corpus": corpus, "dct": dct, "title": headline, "url": url})
    return rows


def dateline(dct: str) -> str:
    d = date.fromisoformat(dct)
    return f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year}"


def write_texts() -> None:
    bench = json.loads(BENCHMARK.read_text())
    out = HERE / "texts"
    out.mkdir(exist_ok=True)
    for src in read_sources():
        (key,) = [k for k in bench if k.startswith(src["doc_id"])]
        paragraphs = [" ".join(p.split()) for p in bench[key]["articleBody"].splitlines() if p.strip()]
        text = "\n\n".join([src["title"], dateline(src["dct"]), *paragraphs]) + "\n"
        (out / f"{src['doc_id']}.txt").write_text(text)
        print(f"texts/{src['doc_id']}.txt  {len(paragraphs)} paragraphs  {bench[key]['url']}")


# ---------------------------------------------------------------------------------------------- tokens

def tokenise(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in TOKEN.finditer(text)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: every line is split at a final stop followed by a capital, digit or quote,
    unless the word before the stop is a known abbreviation or a single capital (initials)."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in SENTENCE_END.finditer(line.group()):
            word = re.search(r"([\w.]+)\.?$", line.group()[:m.start() + 1].rstrip(".!?"))
            before = word.group(1).lower() if word else ""
            if line.group()[m.start()] == "." and (before in ABBREVIATIONS or re.fullmatch(r"[a-z]", before)):
                continue
            end = line.start() + m.end()
            spans.append((start, end))
            start = end + len(text[end:]) - len(text[end:].lstrip(" "))
        if start < line.end():
            spans.append((start, line.end()))
    return spans


def prepare(src: dict) -> dict:
    name = f"{src['doc_id']}.txt"
    text = (HERE / "texts" / name).read_text()
    toks = tokenise(text)
    sents = split_sentences(text)
    return {"doc_id": src["doc_id"], "corpus": src["corpus"], "doc_name": name, "src_url": src.get("url"),
            "dct": src["dct"], "title": src["title"], "dateline": dateline(src["dct"]), "n_chars": len(text),
            "tokens": {str(i + 1): list(t) for i, t in enumerate(toks)},
            "sentences": {str(i): list(s) for i, s in enumerate(sents)}, "_text": text}


# ---------------------------------------------------------------------------------------------- gold

def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for n, line in enumerate((HERE / name).read_text().splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append([n] + [c.strip() for c in line.split("\t")])
    return rows


def find_word(doc: dict, sent: int, word: str, where: str) -> tuple[list[str], list[list[int]], int]:
    """Token ids and spans of `word` in sentence `sent` (see the module docstring), and how many
    tokens of the sentence have the word's first form."""
    text = doc["_text"]
    s, e = doc["sentences"][str(sent)]
    toks = [(tid, a, b) for tid, (a, b) in doc["tokens"].items() if s <= a < e]
    toks.sort(key=lambda t: t[1])
    occurrence = 1
    if "#" in word:
        word, occ = word.split("#")
        occurrence = int(occ)
    parts = word.split("_")
    firsts = [k for k, (_, a, b) in enumerate(toks) if text[a:b] == parts[0]]
    if len(firsts) < occurrence:
        raise SystemExit(f"{where}: {word!r} (occurrence {occurrence}) not in sentence {sent}: {text[s:e]!r}")
    k = firsts[occurrence - 1]
    chosen = [toks[k]]
    for part in parts[1:]:
        nxt = next((t for t in toks[k + 1:] if text[t[1]:t[2]] == part), None)
        if nxt is None:
            raise SystemExit(f"{where}: {part!r} after {parts[0]!r} not in sentence {sent}")
        chosen.append(nxt)
        k = toks.index(nxt)
    return [t[0] for t in chosen], [[t[1], t[2]] for t in chosen], len(firsts)


DATE = re.compile(r"^(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)$")
ARG_FORMS = {"name", "acronym", "alias", "pronoun", "description", "group", "possessive", "compound"}


def build() -> dict:
    sources = read_sources()
    docs = {f"{s['doc_id']}.txt": prepare(s) for s in sources}
    targets = {}
    for n, key, corpus, name in read_tsv("targets.tsv"):
        targets[key] = {"key": f"{corpus}/{key}", "name": name, "corpus": corpus, "file": f"{key}.txt",
                        "listed": True, "events": []}
    seen = set()
    for n, doc_id, tkey, sent, word, dt, okey, arg, kind, *note in read_tsv("annotations.tsv"):
        where = f"annotations.tsv:{n}"
        doc = docs.get(f"{doc_id}.txt") or sys.exit(f"{where}: unknown document {doc_id}")
        t = targets.get(tkey) or sys.exit(f"{where}: unknown target {tkey}")
        if doc["corpus"] != t["corpus"]:
            sys.exit(f"{where}: {doc_id} is not in {t['corpus']}")
        if not DATE.match(dt):
            sys.exit(f"{where}: bad date {dt!r}")
        if arg not in ARG_FORMS or kind not in {"V", "N", "A"}:
            sys.exit(f"{where}: bad argument form {arg!r} or kind {kind!r}")
        t_ids, spans, n_cand = find_word(doc, int(sent), word, where)
        if (tkey, doc_id, spans[0][0]) in seen:
            sys.exit(f"{where}: duplicate event")
        seen.add((tkey, doc_id, spans[0][0]))
        text = doc["_text"]
        surface = "_".join(text[a:b] for a, b in spans)
        t["events"].append({"order_key": okey, "date": dt, "mention": f"{doc_id}-{sent}-{surface}",
                            "doc": f"{doc_id}.txt", "sent": int(sent), "word": surface, "t_ids": t_ids,
                            "spans": spans, "n_candidates": n_cand, "argument": arg, "kind": kind,
                            "note": note[0] if note else ""})
    for t in targets.values():
        keys = sorted({e["order_key"] for e in t["events"]} - {"0"})
        for e in t["events"]:
            e["order"] = 0 if e["order_key"] == "0" else keys.index(e["order_key"]) + 1
        t["events"].sort(key=lambda e: (e["order"], e["doc"], e["sent"], e["spans"][0][0]))
        for line, e in enumerate(t["events"], 2):
            e["line"] = line
        t["events"] = [{k: e[k] for k in ("order", "date", "mention", "line", "doc", "sent", "word", "t_ids", "spans",
                                          "n_candidates", "argument", "kind", "note")} for e in t["events"]]
    corpora = sorted({s["corpus"] for s in sources})
    return {"dataset": "newsflow timeline-test: held-out gold entity timelines on 10 news pages of the "
                       "extraction benchmark (see README.md); built by build.py",
            "corpus": "timeline-test", "corpora": corpora, "paragraph_sentences": None, "problems": [],
            "documents": {k: {kk: v for kk, v in d.items() if kk != "_text"} for k, d in docs.items()},
            "entities": list(targets.values())}


def summary(gold: dict) -> None:
    evs = [(t, e) for t in gold["entities"] for e in t["events"]]
    n = len(evs)
    print(f"{len(gold['documents'])} documents, {len(gold['entities'])} targets, {n} event mentions")
    for c in gold["corpora"]:
        docs = [d for d in gold["documents"].values() if d["corpus"] == c]
        ts = [t for t in gold["entities"] if t["corpus"] == c]
        print(f"  {c}: {len(docs)} documents, {len(ts)} targets, {sum(len(t['events']) for t in ts)} events")
    for t in gold["entities"]:
        print(f"    {t['name']:42s} {len(t['events']):4d}  ordered {sum(e['order'] > 0 for e in t['events'])}")
    share = lambda k: f"{k / n:.1%}"
    args = Counter(e["argument"] for _, e in evs)
    print("argument form: " + ", ".join(f"{k} {v} ({share(v)})" for k, v in args.most_common()))
    kinds = Counter(e["kind"] for _, e in evs)
    print("kind: " + ", ".join(f"{k} {v} ({share(v)})" for k, v in kinds.most_common()))
    print(f"in headlines: {sum(e['sent'] == 0 for _, e in evs)} ({share(sum(e['sent'] == 0 for _, e in evs))})")
    print(f"anchored date: {sum(e['date'][:4] != 'XXXX' for _, e in evs)}, order > 0: "
          f"{sum(e['order'] > 0 for _, e in evs)}")


def show(doc_id: str) -> None:
    src = next(s for s in read_sources() if s["doc_id"] == doc_id)
    doc = prepare(src)
    for k, (s, e) in doc["sentences"].items():
        print(f"{k:>3s}  {doc['_text'][s:e]}")


def view(gold: dict, which: str | None) -> None:
    texts = {}
    for t in gold["entities"]:
        if which and which not in (t["key"], t["name"], t["file"][:-4]):
            continue
        print(f"===== {t['name']} ({t['corpus']}) {len(t['events'])}")
        for e in t["events"]:
            d = gold["documents"][e["doc"]]
            text = texts.setdefault(e["doc"], (HERE / "texts" / e["doc"]).read_text())
            s, end = d["sentences"][str(e["sent"])]
            out, last = "", s
            for a, b in e["spans"]:
                out += text[last:a] + "[[" + text[a:b] + "]]"
                last = b
            out += text[last:end]
            print(f"{e['order']:3d} {e['date']} {e['mention']:28s} {e['argument']:11s} {e['kind']} | {out}")


def main() -> None:
    cmd = sys.argv[1] if len(sys.argv) > 1 else "build"
    if cmd == "texts":
        write_texts()
    elif cmd == "show":
        show(sys.argv[2])
    elif cmd == "view":
        view(json.loads((HERE / "gold.json").read_text()), sys.argv[2] if len(sys.argv) > 2 else None)
    elif cmd == "build":
        gold = build()
        (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        summary(gold)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
