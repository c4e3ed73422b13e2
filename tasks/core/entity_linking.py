"""Canonical names, stable ids and links between mentions, documents and known entities.

Rules, in order:
- Places and demonyms take the gazetteer's canonical name ("Russian Federation" -> "Russia",
  "Belarusians" -> "Belarusian"); a demonym is related to its country (`demonym_of`) and a
  gazetteer city to its country (`located_in`).
- In a document, a one-word person mention ("Putin", "Ali") becomes the full name ("Vladimir
  Putin", "Javed Ali") whose first or last word it is, when exactly one full name fits.
- Across documents, a name links to an entity already known (warehouse aliases, or full names
  and their linked short forms earlier in this batch) when the alias fits exactly one entity of
  the same type. A bare one-word person name that is also a common given name ("Ali", "Lee",
  per gender-guesser's international name list) is ambiguous and is never linked that way: it
  stays its own entity.
- A multi-word name is merged into a close spelling of the same type when rapidfuzz's
  `fuzz.ratio` on the lower-cased names is >= FUZZY_THRESHOLD (92) and their last words score
  >= FUZZY_LAST_WORD (85): "Volodymyr Zelensky" (97) or "Alexander Lukashenka" (95) merge,
  while "Joan Smith"/"John Smith" (90) and "Aleksandr"/"Alexander Lukashenko" (90) stay apart,
  since one letter in a short first name is often another person. The spelling kept is the
  known one, else the one mentioned most in the batch, so a re-run picks the same name.
- entity_id = sha1(type, lower-cased canonical name): re-running gives the same ids, and so do
  batches committed in another order (by concurrent writers), whichever case variant ("CNET",
  "Cnet") came first and so names the entity. The spelling kept by a fuzzy merge, and with it
  the id, is the one known first: that alone depends on the order in which batches load.
"""

import hashlib
import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import polars as pl
from rapidfuzz import fuzz, process

from newsflow.tasks.core import lexicons
from newsflow.tasks.core.entity_gazetteer import (
    INITIALS_PREFIX,
    company_suffixes,
    country_of_code,
    is_given_name,
    places,
    roles,
)
from newsflow.tasks.core.schemas import (
    ENTITIES,
    ENTITY_ALIASES,
    ENTITY_RELATIONS,
    ENTITY_ROLES,
    KEPT_LABELS,
    KNOWN_ENTITIES,
    LINKED_MENTIONS,
    empty,
)

FUZZY_THRESHOLD = 92.0
FUZZY_LAST_WORD = 85.0
ROLE_WINDOW = 80  # characters before/after a person mention searched for a title or role

LIST_OF_TEXT = pl.List(pl.Utf8)


def entity_id(name: str, entity_type: str) -> str:
    """Stable id of a canonical (name, type), the same for every case variant of the name."""
    return hashlib.sha1(f"{entity_type}\x1f{name.lower()}".encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """Very common surnames (data/lexicons/entity_common_surnames.txt, lower case)."""
    return lexicons.words("entity_common_surnames.txt")


def is_ambiguous_short_name(word: str) -> bool:
    """A bare one-word person name that many people carry ("Ali", "Wang"), so not linked across documents."""
    return word.lower() in common_surnames() or is_given_name(word)


@lru_cache(maxsize=1)
def place_names() -> dict[str, tuple[str, str, str | None]]:
    """Lower-cased surface -> (canonical name, label, country code) for gazetteer entries."""
    return {form.lower(): (p.canonical, p.label, p.country) for form, p in places().items()}


def normalize_known(known: pl.DataFrame) -> pl.DataFrame:
    """`known` as (alias, entity_id, name, type), whether it came with aliases or not."""
    if known is None or known.is_empty():
        return empty(KNOWN_ENTITIES)
    if "alias" not in known.columns:
        known = known.with_columns(alias=pl.col("name"))
    named = known.select(KNOWN_ENTITIES.keys()).cast(KNOWN_ENTITIES)
    return pl.concat([named, named.with_columns(alias=pl.col("name"))]).unique()


def surface_names(mentions: pl.DataFrame) -> pl.DataFrame:
    """Mentions with a cleaned surface form and a first name: the gazetteer's, else the surface."""
    text = pl.col("text").str.replace_all(r"\s+", " ").str.strip_chars(" ,;:'\"’").str.replace(r"(?:'s|’s|')$", "")
    frame = mentions.filter(pl.col("label").is_in(list(KEPT_LABELS))).with_columns(surface=text)
    frame = frame.filter(pl.col("surface").str.contains(r"[^\W\d_]"))
    lookup = place_names()
    keys = frame.get_column("surface").str.to_lowercase().to_list()
    labels = frame.get_column("label").to_list()
    gazetteer_name = pl.Series([place_name(lookup.get(k), label) for k, label in zip(keys, labels)], dtype=pl.Utf8)
    return frame.with_columns(name=pl.coalesce(gazetteer_name, pl.col("surface")))


def place_name(entry: tuple[str, str, str | None] | None, label: str) -> str | None:
    """The gazetteer's canonical name for a mention, if its label agrees with the entry."""
    if entry is None:
        return None
    canonical, place_label, _ = entry
    return canonical if place_label == label or (place_label == "GPE" and label in ("GPE", "LOC")) else None


@lru_cache(maxsize=1)
def capitalised_names() -> frozenset[str]:
    """Names written in capitals by their owners (data/lexicons/entity_market_indices.txt: "FTSE 100")."""
    return frozenset(name for name in lexicons.lines("entity_market_indices.txt") if name.isupper())


def unify_case(frame: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """One spelling per name and type whatever the case: the known one, else the best-cased in the batch.

    Mixed case is evidence of the true spelling ("Armed Forces" over "Armed forces", "New York"
    over a headline's "NEW YORK"); an all-caps-only name stays caps when it looks like an acronym
    (one word of up to five letters: "NATO", "OSCE") or is written so in the index lexicon ("FTSE 100"),
    and is title-cased otherwise ("LEICESTERSHIRE").
    """
    name = pl.col("best")
    acronym = (~name.str.contains(" ") & (name.str.len_chars() <= 5)) | name.is_in(list(capitalised_names()))
    batch = (
        frame.group_by("name", "label")
        .agg(n=pl.len())
        .with_columns(
            key=pl.col("name").str.to_lowercase(),
            shouting=~pl.col("name").str.contains(r"\p{Ll}"),
            capitals=pl.col("name").str.count_matches(r"\b\p{Lu}"),
        )
        .sort(["shouting", "capitals", "n", "name"], descending=[False, True, True, False])
        .group_by("key", "label", maintain_order=True)
        .agg(best=pl.col("name").first(), shouting=pl.col("shouting").first())
        .with_columns(best=pl.when(pl.col("shouting") & ~acronym).then(name.str.to_titlecase()).otherwise(name))
        .drop("shouting")
    )
    known_names = known.select(
        key=pl.col("name").str.to_lowercase(), label=pl.col("type"), known=pl.col("name")
    ).unique(["key", "label"])
    best = batch.join(known_names, on=["key", "label"], how="left").select(
        "key", "label", best=pl.coalesce("known", "best")
    )
    return (
        frame.with_columns(key=pl.col("name").str.to_lowercase())
        .join(best, on=["key", "label"], how="left")
        .with_columns(name=pl.col("best"))
        .drop("key", "best")
    )


def link_short_person_names(frame: pl.DataFrame) -> pl.DataFrame:
    """Inside each document, a one-word person name takes the only full name it is part of."""
    people = frame.filter(pl.col("label") == "PERSON")
    full = people.filter(pl.col("name").str.contains(" ")).select("doc_id", full=pl.col("name")).unique()
    parts = (
        full.with_columns(words=pl.col("full").str.split(" "))
        .with_columns(part=pl.concat_list(pl.col("words").list.first(), pl.col("words").list.last()))
        .explode("part", empty_as_null=True)
        .filter(~pl.col("part").str.ends_with("."))
        .with_columns(part_key=pl.col("part").str.to_lowercase())
        .select("doc_id", "part_key", "full")
        .unique()
    )
    unique_parts = parts.filter(pl.len().over("doc_id", "part_key") == 1)
    joined = frame.with_columns(part_key=pl.col("name").str.to_lowercase()).join(
        unique_parts, on=["doc_id", "part_key"], how="left"
    )
    is_short = (pl.col("label") == "PERSON") & ~pl.col("name").str.contains(" ")
    return joined.with_columns(
        name=pl.when(is_short & pl.col("full").is_not_null()).then(pl.col("full")).otherwise(pl.col("name"))
    ).drop("part_key", "full")


def initials_of(name: str) -> str | None:
    """Upper-case initials of the capitalised words of a multi-word name ("General Motors" -> "GM")."""
    words = [w for w in re.findall(r"[^\W\d_][\w&'-]*", name) if w[0].isupper()]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else None


def company_short_forms(name: str) -> list[str]:
    """The forms of a company name without its trailing company words, and then without leading initials:
    "General Motors Corp." -> ["General Motors", "General"]; "Harbor Airlines" -> ["Harbor"]; "LM Ericsson AB" ->
    ["LM Ericsson", "Ericsson"]."""
    words = name.split(" ")
    forms = []
    for end in range(len(words) - 1, 0, -1):
        if words[end].lower() not in company_suffixes():
            break
        forms.append(" ".join(words[:end]))
        if end >= 2 and INITIALS_PREFIX.fullmatch(words[0]):
            forms.append(" ".join(words[1:end]))
    return forms


@lru_cache(maxsize=1)
def market_indices() -> frozenset[str]:
    """Market index names, lower-cased (data/lexicons/entity_market_indices.txt)."""
    return lexicons.words("entity_market_indices.txt", lowercase=True)


def index_short_forms(name: str) -> list[str]:
    """The leading words a market index goes by after its full name: "Dow Jones Industrial Average" ->
    ["Dow", "Dow Jones", "Dow Jones Industrial"], "Nasdaq Composite" -> ["Nasdaq"]."""
    words = name.split(" ")
    return [" ".join(words[:end]) for end in range(1, len(words))] if name.lower() in market_indices() else []


def of_names(names: pl.DataFrame, function: Callable[[str], object], dtype: pl.DataType = LIST_OF_TEXT) -> pl.Series:
    """`function` of each "full" name, computed here in Python, not as a polars UDF: a UDF runs on polars' thread
    pool and needs the GIL there, which a polars call in another thread may hold while it waits for that same
    pool (the model pool's queue pickling a frame), and the run hung for good."""
    return pl.Series("key", [function(name) for name in names["full"]], dtype=dtype)


def link_name_parts(frame: pl.DataFrame) -> pl.DataFrame:
    """Inside each document, an acronym ("GM") or a model ("A380") takes the one longer name it abbreviates.

    An acronym is one upper-case word of two to six letters spelling the initials of exactly one
    multi-word name of the document ("General Motors"); a model is the trailing words of exactly one
    product name, or of a name whose trailing word has a digit ("Airbus A380"); a company's short name
    drops trailing company words ("Harbor" for "Harbor Airlines"); a market index goes by its leading
    words ("the Dow" after "the Dow Jones Industrial Average"). The short form takes the long name and
    its label; `via` records which rule linked it.
    """
    names = frame.select("doc_id", full="name", full_label="label").unique()
    multi = names.filter(pl.col("full").str.contains(" "))
    if multi.is_empty():
        return frame
    acronyms = multi.with_columns(key=of_names(multi, initials_of, pl.Utf8), rule=pl.lit("acronym")).drop_nulls("key")
    models = (
        multi.with_columns(words=pl.col("full").str.split(" "))
        .with_columns(n=pl.col("words").list.len())
        .with_columns(suffixes=pl.int_ranges(1, pl.col("n")).list.eval(pl.element()))
        .explode("suffixes", empty_as_null=True)
        .with_columns(key=pl.col("words").list.slice(pl.col("suffixes")).list.join(" "))
        .filter((pl.col("full_label") == "PRODUCT") | pl.col("key").str.contains(r"\d"))
        .with_columns(rule=pl.lit("alias"))
        .select("doc_id", "full", "full_label", "key", "rule")
    )
    short_companies = (
        multi.filter(pl.col("full_label") == "ORG")
        .with_columns(
            key=of_names(multi.filter(pl.col("full_label") == "ORG"), company_short_forms), rule=pl.lit("alias")
        )
        .explode("key", empty_as_null=False)
        .select("doc_id", "full", "full_label", "key", "rule")
    )
    short_indices = (
        multi.with_columns(key=of_names(multi, index_short_forms), rule=pl.lit("alias"))
        .explode("key", empty_as_null=False)
        .drop_nulls("key")
        .select("doc_id", "full", "full_label", "key", "rule")
    )
    targets = (
        pl.concat(
            [acronyms.select("doc_id", "full", "full_label", "key", "rule"), models, short_companies, short_indices]
        )
        .with_columns(key=pl.col("key").str.to_lowercase())
        .unique()
        .filter(pl.len().over("doc_id", "key") == 1)
    )
    short = ~pl.col("name").str.contains(" ")
    is_acronym = short & pl.col("name").str.contains(r"^[A-Z]{2,6}$")
    keyed = frame.with_columns(key=pl.when(pl.col("label") != "PERSON").then(pl.col("name").str.to_lowercase()))
    joined = keyed.join(targets, on=["doc_id", "key"], how="left")
    takes = (
        pl.col("full").is_not_null() & (pl.col("full") != pl.col("name")) & ((pl.col("rule") == "alias") | is_acronym)
    )
    return joined.with_columns(
        name=pl.when(takes).then("full").otherwise("name"),
        label=pl.when(takes).then("full_label").otherwise("label"),
        via=pl.when(takes).then("rule").otherwise("via"),
    ).drop("key", "full", "full_label", "rule")


def link_across(frame: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """Names resolved against known entities and this batch: exact aliases, surnames, close variants."""
    names = pl.concat(
        [
            known.select("name", "type"),
            frame.select("name", type=pl.col("label")),
        ]
    ).unique()
    full_people = names.filter((pl.col("type") == "PERSON") & pl.col("name").str.contains(" "))
    aliases = (
        pl.concat(
            [
                known.select("alias", "name", "type"),
                frame.filter(pl.col("name") != pl.col("surface")).select(
                    alias=pl.col("surface"), name="name", type=pl.col("label")
                ),
                names.select(alias=pl.col("name"), name="name", type="type"),
                names.filter(pl.col("name").str.starts_with("The ") & (pl.col("type") != "PERSON")).select(
                    alias=pl.col("name").str.strip_prefix("The "), name="name", type="type"
                ),  # "Grayzone" where a sentence opened with "The Grayzone" is The Grayzone
                full_people.select(alias=pl.col("name").str.split(" ").list.last(), name="name", type="type"),
            ]
        )
        .with_columns(alias_key=pl.col("alias").str.to_lowercase())
        .select("alias_key", "name", "type")
        .unique()
    )

    unresolved = frame.select("name", "label").unique().with_columns(alias_key=pl.col("name").str.to_lowercase())
    candidates = unresolved.join(
        aliases, left_on=["alias_key", "label"], right_on=["alias_key", "type"], how="left", suffix="_target"
    )
    candidates = candidates.filter(pl.col("name_target").is_not_null() & (pl.col("name_target") != pl.col("name")))
    single = candidates.filter(pl.len().over("name", "label") == 1).select(
        "name", "label", target=pl.col("name_target")
    )
    unresolved = unresolved.join(single, on=["name", "label"], how="left")
    short_person = (pl.col("label") == "PERSON") & ~pl.col("name").str.contains(" ")
    ambiguous = pl.Series(
        [is_ambiguous_short_name(n) for n in unresolved.get_column("name").to_list()], dtype=pl.Boolean
    )
    unresolved = unresolved.with_columns(ambiguous=ambiguous).with_columns(
        target=pl.when(short_person & pl.col("ambiguous")).then(None).otherwise(pl.col("target"))
    )
    mapping = unresolved.with_columns(
        target=pl.coalesce("target", fuzzy_targets(unresolved, name_ranks(frame, known)))
    ).select("name", "label", "target")
    return (
        frame.join(mapping, on=["name", "label"], how="left")
        .with_columns(name=pl.coalesce("target", "name"))
        .drop("target")
    )


def name_ranks(frame: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """Which spelling wins a fuzzy merge: known names first, then the most mentioned, then A-Z."""
    counted = frame.group_by("name", type=pl.col("label")).agg(n=pl.len())
    known_names = known.select("name", "type").unique().with_columns(n=pl.lit(None, dtype=pl.UInt32))
    ranked = pl.concat([known_names, counted.join(known_names.select("name", "type"), on=["name", "type"], how="anti")])
    return (
        ranked.with_columns(is_new=pl.col("n").is_not_null())
        .sort(["type", "is_new", "n", "name"], descending=[False, False, True, False])
        .with_columns(rank=pl.int_range(pl.len()).over("type"))
    )


def fuzzy_targets(unresolved: pl.DataFrame, ranks: pl.DataFrame) -> pl.Series:
    """A close, better-ranked variant of a multi-word name among names of its type, else null."""
    targets: list[str | None] = [None] * unresolved.height
    names = unresolved.get_column("name").to_list()
    labels = unresolved.get_column("label").to_list()
    resolved = unresolved.get_column("target").to_list()
    for label in set(labels):
        ranked = ranks.filter(pl.col("type") == label).sort("rank")
        choices = ranked.get_column("name").to_list()
        rank_of = {name: i for i, name in enumerate(choices)}
        rows = [
            i for i, (n, lab, t) in enumerate(zip(names, labels, resolved)) if lab == label and t is None and " " in n
        ]
        if not rows or len(choices) < 2:
            continue
        scores = process.cdist(
            [names[i].lower() for i in rows],
            [c.lower() for c in choices],
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_THRESHOLD,
        )
        for row, i in zip(scores, rows):
            own_rank = rank_of.get(names[i], len(choices))
            close = [choices[j] for j in np.flatnonzero(row[:own_rank])]  # better-ranked names over the cutoff
            close = [
                c for c in close if fuzz.ratio(c.split()[-1].lower(), names[i].split()[-1].lower()) >= FUZZY_LAST_WORD
            ]
            if close:
                targets[i] = close[0]
    return pl.Series(targets, dtype=pl.Utf8)


def with_ids(frame: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """entity_id per mention: the known entity's id for its (name, type), else sha1(type, name)."""
    known_ids = known.select("name", "type", known_id="entity_id").unique(["name", "type"])
    pairs = (
        frame.select("name", "label")
        .unique()
        .join(known_ids, left_on=["name", "label"], right_on=["name", "type"], how="left")
    )
    ids = [k or entity_id(n, lab) for n, lab, k in pairs.select("name", "label", "known_id").iter_rows()]
    pairs = pairs.with_columns(entity_id=pl.Series(ids, dtype=pl.Utf8)).drop("known_id")
    return frame.join(pairs, on=["name", "label"], how="left")


@lru_cache(maxsize=1)
def role_patterns() -> tuple[str, str]:
    """Regexes for a role just before a name ("Russian President ") and in an appositive after it."""
    alternatives = "|".join(re.escape(r) for r in roles())
    before = rf"((?:[A-Z][\w\-]+\s+)?(?i:{alternatives}))\s+$"
    after = rf"^,\s+(?:(?i:a|an|the)\s+)?([^,.;\"\n]{{0,60}}?\b(?i:{alternatives}))\b"
    return before, after


def person_roles(linked: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """Titles and roles next to person mentions, as (entity_id, role, doc_id, date)."""
    people = linked.filter(pl.col("label") == "PERSON")
    if people.is_empty() or documents.is_empty():
        return empty(ENTITY_ROLES)
    before, after = role_patterns()
    docs = documents.select("doc_id", "body", date=pl.col("published_at"))
    found = (
        people.join(docs, on="doc_id", how="inner")
        .with_columns(offset=(pl.col("start_char") - ROLE_WINDOW).clip(lower_bound=0))
        .with_columns(
            role_before=pl.col("body")
            .str.slice(pl.col("offset"), pl.col("start_char") - pl.col("offset"))
            .str.extract(before, 1),
            role_after=pl.col("body").str.slice(pl.col("end_char"), ROLE_WINDOW).str.extract(after, 1),
        )
    )
    roles_found = (
        pl.concat(
            [
                found.select("entity_id", role=pl.col("role_before"), doc_id="doc_id", date="date"),
                found.select("entity_id", role=pl.col("role_after"), doc_id="doc_id", date="date"),
            ]
        )
        .drop_nulls("role")
        .with_columns(role=pl.col("role").str.replace_all(r"\s+", " ").str.strip_chars())
    )
    return roles_found.unique().sort("entity_id", "doc_id", "role").select(ENTITY_ROLES.keys()).cast(ENTITY_ROLES)


def place_relations(entities: pl.DataFrame, known: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """demonym_of / located_in relations to country entities, and those country entities."""
    lookup = place_names()
    countries = country_of_code()
    rows = []
    for eid, name, etype in entities.select("entity_id", "name", "type").iter_rows():
        entry = lookup.get(name.lower())
        if not entry or not entry[2] or entry[2] not in countries:
            continue
        country = countries[entry[2]]
        if etype == "NORP" and entry[1] == "NORP":
            rows.append((eid, "demonym_of", country))
        elif etype in ("GPE", "LOC") and entry[0] != country:
            rows.append((eid, "located_in", country))
    if not rows:
        return pl.DataFrame(schema=ENTITY_RELATIONS), empty(ENTITIES)
    related = pl.DataFrame(rows, schema={"entity_id": pl.Utf8, "relation": pl.Utf8, "name": pl.Utf8}, orient="row")
    with_type = related.with_columns(label=pl.lit("GPE"))
    targets = with_ids(with_type.select("name", "label").unique(), known)
    relations = with_type.join(targets, on=["name", "label"], how="left", suffix="_related").select(
        "entity_id", "relation", related_id=pl.col("entity_id_related")
    )
    country_entities = targets.select("entity_id", "name", type=pl.col("label"))
    return relations.unique().sort(ENTITY_RELATIONS.keys()), country_entities


def with_via(frame: pl.DataFrame) -> pl.DataFrame:
    """`via` of named mentions: `alias` when the text names its entity by another form than its name."""
    other_form = pl.col("surface").str.to_lowercase() != pl.col("name").str.to_lowercase()
    return frame.with_columns(
        via=pl.when((pl.col("via") == "name") & other_form).then(pl.lit("alias")).otherwise("via")
    )


def link_references(references: pl.DataFrame, named: pl.DataFrame) -> pl.DataFrame:
    """Pronoun and description mentions take the entity and label of the named mention they point to."""
    antecedents = named.select("doc_id", antecedent_start="start_char", entity_id="entity_id", name_label="label")
    return (
        references.join(antecedents, on=["doc_id", "antecedent_start"], how="inner")
        .with_columns(label="name_label")
        .select(LINKED_MENTIONS.keys())
    )


def maker_relations(entities: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """`made_by`: a product whose name starts with an organisation's name ("Airbus A380" -> Airbus)."""
    makers = pl.concat([entities.select("entity_id", "name", "type"), known.select("entity_id", "name", "type")])
    makers = makers.filter(pl.col("type") == "ORG").unique("name").select(maker="name", related_id="entity_id")
    products = entities.filter((pl.col("type") == "PRODUCT") & pl.col("name").str.contains(" "))
    if products.is_empty():
        return pl.DataFrame(schema=ENTITY_RELATIONS)
    prefixes = (
        products.with_columns(words=pl.col("name").str.split(" "))
        .with_columns(n=pl.int_ranges(1, pl.col("words").list.len()))
        .explode("n", empty_as_null=True)
        .with_columns(maker=pl.col("words").list.head(pl.col("n")).list.join(" "))
    )
    return (
        prefixes.join(makers, on="maker")
        .sort("n", descending=True)
        .unique("entity_id", keep="first")
        .select("entity_id", relation=pl.lit("made_by"), related_id="related_id")
    )


def link(mentions: pl.DataFrame, documents: pl.DataFrame, known: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """All EntityResult frames for one batch (see the module docstring for the rules)."""
    known = normalize_known(known)
    frame = surface_names(mentions.filter(pl.col("antecedent_start").is_null()))
    if frame.is_empty():
        return {
            "mentions": empty(LINKED_MENTIONS),
            "entities": empty(ENTITIES),
            "aliases": empty(ENTITY_ALIASES),
            "roles": empty(ENTITY_ROLES),
            "relations": pl.DataFrame(schema=ENTITY_RELATIONS),
        }
    frame = link_across(link_short_person_names(link_name_parts(unify_case(frame, known))), known)
    linked = with_ids(with_via(frame), known)
    references = link_references(mentions.filter(pl.col("antecedent_start").is_not_null()), linked)
    entities = linked.select("entity_id", "name", type=pl.col("label")).unique("entity_id", keep="first")
    relations, countries = place_relations(entities, known)
    relations = pl.concat([relations, maker_relations(entities, known)]).unique().sort(ENTITY_RELATIONS.keys())
    entities = pl.concat([entities, countries]).unique("entity_id", keep="first").sort("type", "name")
    aliases = (
        pl.concat(
            [
                linked.select(alias=pl.col("surface"), entity_id="entity_id"),
                linked.select(alias=pl.col("name"), entity_id="entity_id"),
            ]
        )
        .unique()
        .sort("entity_id", "alias")
    )
    return {
        "mentions": pl.concat([linked.select(LINKED_MENTIONS.keys()), references]).sort("doc_id", "start_char"),
        "entities": entities.select(ENTITIES.keys()),
        "aliases": aliases.select(ENTITY_ALIASES.keys()),
        "roles": person_roles(linked, documents),
        "relations": relations,
    }
