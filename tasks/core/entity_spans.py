"""The `newsflow_entities` spaCy component: repaired, gazetteer-corrected, document-consistent ents.

It runs after the statistical `ner` and rewrites `doc.ents` in one pass per Doc:
1. repair the model's spans: split at line breaks, brackets, spaced dashes, "v"/"vs", numbers (not
   inside a product: "Boeing 787") and internal possessives ("Lukashenko's Army" -> "Lukashenko");
   trim determiners, numbers, punctuation and possessives, and for people the titles before the
   name ("Russian President Vladimir Putin"); drop lower-case spans, lone non-proper words
   ("Armed"), anything in a photo credit, and a sentence's first word that the document writes in lower case
   elsewhere ("Trainer banned for four years" over "the trainer said");
2. correct them with the gazetteer: countries and demonyms relabel the model ("Belarus" is GPE),
   cities, US states and UK counties fill gaps or add a vote, so a city stays a place in prose;
   a country's first-level region turns the model's ORG into a place ("Hokkaido"); a multi-word region is a
   place ("New South Wales", not "Wales"); a town of geonames too small for the gazetteer is a place only
   where the sentence puts one ("at Gundagai", "nearby Moruya", "Sydney, Parkes and Forbes"), as is any
   name a direction from a place ("Yass, 50 kilometres north of Canberra") or after "the town of"; a town
   written in capitals inside a sentence in lower case is an acronym ("NICE is expected to rule");
3. add finds the model missed or cut: market indices, parliaments and recurring events from lexicons ("FTSE
   100", "the Lok Sabha", "the Six Nations"), the companies and parties of a line of figures ("Ocado 212p
   ▼6.1% | BP 398p ▼0.8%"), products as a
   brand and a model designator ("Airbus A380", "iPhone 4"), initialled names ("P. Simmons"),
   names before a bracketed nationality ("Monica Seles ( U.S. )"), speakers who are then he or she (a person)
   or it (an organisation), the cells of a weather line ("Faro cloudy, 24C"), acts after "the" ("the Inflation
   Reduction Act"), institutions and ports "of" a place ("the Supreme Court of Pakistan"), outlets named before
   their noun ("the Yonhap news agency"), a military unit's ordinal ("the 47th Mechanized Brigade"), court cases
   in a sentence of a court ("Weber v Germany"), the players of a line-up, disasters named by place after a word of
   time ("since the Gorkha earthquake"), a composer's work on stage ("stage Sibelius's Kullervo"), names with a
   hyphened number beside a product's kind ("a Vega-3c rocket"), names that capitalise only their first word
   ("Svenska kraftnät");
4. vote one label per surface form in the document: gazetteer first, then the model, whose votes
   count less in ALL-CAPS lines and results tables; a name before "prison", "camp" or "airport" is
   a facility or location; a singular name after "the" is no person ("the Rhine"); a place that
   meets another side ("Kent v Surrey", "beat Somerset 2-0") or a cell next to a score in a results
   table votes ORG; two words starting with a common first
   name vote PERSON, unless a place noun ends them ("Douglas River"); an age ("the 27-year-old Brandt",
   "Okonkwo, 31,") or a he/she after a speech verb ("Lindqvist said he") votes PERSON; a surname or first name takes
   its full name's PERSON label;
5. drop ALL-CAPS-line spans nothing else in the document supports (headline junk);
6. find the document's names again where the model missed them (headlines, tables), and read
   names out of results lines ("Somerset 83", "Chris Walker ( England ) 15-8").
Format rules apply only where a line has that format: a results table is a line of names and
scores, not a dateline ("Friday, July 21, 2017") or a weather line ("Forecast: Madrid 31"); in a
Title Case headline with a verb is read again by the model in sentence case (`HeadlineReader`); in other Title Case
lines a model span across a joining word is dropped, one starting with a country cut to it.
Every weight and switch is a setting of the spaCy factory (`EntityRules`); a vote of 0 turns its
rule off. Everything is per Doc and linear in its tokens; the lexicons are PhraseMatchers.
"""

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, fields, replace
from functools import lru_cache
from itertools import pairwise

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsflow.tasks.core import lexicons
from newsflow.tasks.core.dates import MONTHS, WEEKDAYS
from newsflow.tasks.core.doc_reading import entity_span
from newsflow.tasks.core.entity_gazetteer import (
    DIRECTIONS,
    INITIALS_PREFIX,
    NameSet,
    Place,
    company_suffixes,
    continents,
    is_first_name,
    listed_companies,
    newspaper_words,
    org_words,
    organisation_kinds,
    outlet_nouns,
    places,
    product_kinds,
    regions,
    roles,
    state_names,
    title_abbreviations,
    towns,
    without_accents,
)
from newsflow.tasks.core.schemas import KEPT_LABELS

SPLIT_TOKENS = frozenset({"(", ")", "[", "]", ",", ";", ":", "/", "|", '"', "“", "”", "•", "·"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERSUS = frozenset({"v", "v.", "vs", "vs."})
DASHES = frozenset({"-", "--", "–", "—"})
PRODUCT_NOUNS_OF_PEOPLE = frozenset({"fighter", "bomber"})  # "Al Qaeda fighters" are people, not jets
PRIZE_WORDS = frozenset({"Prize", "Prizes", "Award", "Medal"})  # "Awards" is a ceremony: entity_event_words.txt
INSTRUMENT_WORDS = frozenset({"Telescope", "Collider", "Spacecraft", "Lander"})  # "the James Webb Space Telescope"
GROUP_MEMBERS = frozenset({"fighters", "militants", "rebels", "gunmen", "militiamen", "operatives", "loyalists"})
CELL_SEPARATORS = frozenset({",", ";", ":", "|", "•", "·"})
POSSESSIVES = frozenset({"'s", "'", "’s", "’", "'S"})
PLURAL_OWNERS = frozenset({"women", "men", "children", "people"})
DETERMINERS = frozenset({"the", "a", "an"})
TENURE_WORDS = frozenset({"former", "ex", "acting", "interim", "outgoing", "incoming", "then", "new"})  # "Former Nike"
# "Anti-Taliban fighters": the Taliban; kept in a body's name ("the Anti-Corruption Bureau": is_prefixed_body)
NAME_PREFIXES = frozenset({"anti", "pro", "post", "pre", "non", "ex", "counter"})
BODY_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW"})  # what a prefixed name such as "Anti-Doping Agency" can be
MAX_POSSESSED_WORDS = 3  # capitalised words after a saint's possessive that may end in an institution's word
SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "cllr", "cllr.", "prof", "prof."}
    | {"alhaji", "alhaja", "haji", "hajji", "haj", "hajja", "hajjah", "hajia", "seyyed", "sayyid", "datu", "datuk"}
    | {"sardar", "shri", "smt", "smt.", "maître", "maitre", "barrister", "engr", "engr.", "gogo"}
)  # "Dr Hollingworth", "Cllr Hargreaves"; a pilgrim's, a descendant's or a chief's: "Alhaji Musa", "Datuk Lim"; a
# Sikh's, an Indian's, a French lawyer's, a Nigerian lawyer's or engineer's: "Sardar Balwant Singh", "Maître Roux";
# a grandmother's in southern Africa: "Gogo Esther Moyo"
GENDERED_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})
NEUTER_AND_PLURAL_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "themselves"})
NUMERIC = re.compile(r"[\d.,:/\-–+%]*\d[\d.,:/\-–+%]*(?:°[CF]?|[CF]|km|mph|kg|am|pm)?\.?")
SURNAME_PARTICLES = frozenset(  # "van den Heuvel", "dos Santos", "ten Hag", "bin Salman"
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "ten",
        "ter",
        "dos",
        "das",
        "da",
        "di",
        "du",
        "del",
        "della",
        "des",
        "do",
        "la",  # "de la Vega"
        "le",
        "los",
        "bin",
        "binti",
        "bint",
        "ibn",
    }
)
GAELIC_PARTICLES = frozenset({"Mac", "Mc", "Nic", "Ní", "Ó", "Ua", "Uí"})  # "Mac Giolla Bhríde", "Ní Bhriain"
NAME_CONNECTORS = frozenset({"de", "van", "von", "der", "da", "di", "le", "la", "del", "bin", "al", "el", "St", "St."})
BOUND_WORDS = frozenset({"bound", "headed", "destined"})  # "freight bound for Dubrovnik"
STORM_GRADES = frozenset({"Tropical", "Super", "Severe"})  # "Tropical Storm Nokkeo", "Super Typhoon Haima"
SINCE_WORDS = frozenset({"after", "since", "before", "following", "until"})  # "two years after the Bagmati floods"
PATRONYMICS = frozenset({"bin", "binti", "bint", "ibn", "ould"})  # "son of", "daughter of": "Mwanaisha binti Salim"
CAPITAL_PARTICLES = frozenset({"Mac", "Mc", "Ó", "Ní", "Nic", "Uí", "Ap", "Van", "De", "Da", "Di", "Du", "Dos"})
CASE_SIDE_JOINS = NAME_CONNECTORS | {"of", "du", "des", "do", "dos"}  # "State of Goa", "Traversiers du Saguenay"
INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
HEADLINE_LINKS = frozenset(
    {  # words that join a headline's clauses, never a name's words ("Teams Search Rubble After Quake")
        "after",
        "amid",
        "as",
        "before",
        "by",
        "from",
        "in",
        "into",
        "over",
        "says",
        "than",
        "to",
        "while",
        "with",
        "will",
        "is",
        "are",
        "was",
        "be",
        "if",
    }
)
NAME_TOKEN = re.compile(r"[A-Z][\w&.'\-]*")
NAME_LETTERS = re.compile(r"(?:[^\W\d_]|['\-.])+")  # letters of any script ("Malmö"), apostrophes, hyphens, dots
LATIN = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]  # with accents: "Mšeno", "Skútustaðir"
UPPER_LATIN = "".join(c for c in LATIN if c.isupper())
LOWER_LATIN = "".join(c for c in LATIN if c.islower())
NAME_WORD = re.compile(rf"[{UPPER_LATIN}][{LOWER_LATIN}]+(?:[-'][{UPPER_LATIN}{LOWER_LATIN}]+)*")
INITIAL = re.compile(r"(?:[A-Z]\.)+")
FACTION_LETTERS = re.compile(r"[A-Z]{1,2}")  # "-N" of "PML-N", "-PF" of "ZANU-PF"
SCORE = re.compile(r"(?<![\d.,:])\d{1,3} ?[-–:] ?\d{1,3}(?![\d.,%:])")  # "2-0", "6-4", "15-8"; not "2:08:41"
TEMPERATURE = re.compile(r"-?\d+(?:°[CF]?|[CF])\.?|°[CF]?")
DATE_LABELS = frozenset({"DATE", "TIME"})
RELATIVE_DAYS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
OPPONENT_PREPOSITIONS = frozenset({"to", "with", "against", "over"})  # "lost to Surrey", "drew with Kent"
LOCATIVE_PREPOSITIONS = frozenset(
    {"near", "outside", "around", "towards", "toward", "off", "above", "below", "beyond"}
)  # "fighting near Avdiivka"
# "at Gundagai", "nearby Moruya", "via Stendal"
TOWN_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"in", "at", "into", "across", "nearby", "via"}
PLACE_OPENERS = TOWN_PREPOSITIONS | {"from", "to", "of", "for", "the", "and", "or", "between"}  # "from Sydney"
DIRECTION = r"(?i:north|south|east|west)(?:[- ]?(?i:east|west))?"
# "Yass, 50 kilometres north of Canberra", "Tarcutta, south-west of Wagga Wagga", "Coolac just east of Gundagai",
# "Mirebalais, 60 km north-east of the capital"
DIRECTION_OF_AFTER = re.compile(
    rf",?\s+(?:(?:just|about|some|around|roughly|nearly|\S+\s+(?:kilometres|kilometers|km|miles|metres|meters))\s+)*"
    rf"{DIRECTION}\s+of\s+(?:the\s+)?(?:[A-Z]|(?:capital|city|town|border)\b)"
)
PART_OF_A_PLACE = re.compile(rf"{DIRECTION}(?i:ern)?|(?i:central|mainland|greater|inner|outer|upper|lower|rural)")
DIRECTION_OF_BEFORE = re.compile(rf"\b{DIRECTION}\s+of\s+$")  # "west of Tumbarumba"
PLACE_ENDING_ORG_WORDS = frozenset(
    {"city", "bank", "park", "union"}
)  # organisation words ending places: "Gaza City", "Soviet Union"
# The model's labels of a name before "who" that is a person's all the same ("Comfort Asante-Larbi, who sews")
WHO_MISTAKEN_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})
# The model's labels of names the sentence may still put as places ("Gangs seized Mirebalais, 60 km north-east of
# Port-au-Prince", its product; "a state of emergency in Iqaluit", its nationality)
MISTAKEN_FOR_PLACES = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP"})
RIVER_AND_REGION_SUFFIXES = frozenset({"water", "rail"})  # "Thames Water", "Anglian Water": "Thames" is the river
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")  # "the 27-year-old Brandt"
# "Brett Dempsey, 31, of Ravenshoe", "Sutrisno, a 54-year-old fisherman from Demak"
AGE_OF_BEFORE = re.compile(
    r"(?:,\s*\d{1,3}\s*,\s*of|(?:,\s*an?|\b[Tt]he)\s+\d{1,3}-year-old(?:\s+[a-z]+)?\s+(?:of|from))\s+$"
)
# "Okonkwo, 31, was released", "Sutrisno, a 54-year-old fisherman,"
AGE_AFTER = re.compile(r",\s*(?:\d{1,3}\s*(?:[,)]|$)|an?\s+\d{1,3}-year-old\s+[a-z])")
ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")
ACRONYM = re.compile(r"[A-Z]{2,7}|[A-Z][a-z]{1,2}[A-Z]{1,3}")  # "NDC", also "AfD", "DfE", "PvdA"
ACRONYM_CONNECTORS = frozenset(  # the words an acronym skips, in English and the languages names come in
    {"of", "and", "for", "on", "&", ",", "de", "du", "des", "la", "le", "les", "à", "et", "del", "di", "da", "do"}
    | {"dos", "das", "e", "y", "für", "und", "der", "van", "voor", "en"}
)
APPROVAL_VERBS = frozenset({"approve", "authorise", "authorize", "license", "licence", "prescribe"})  # a drug's
CLIMATE_CONFERENCE = re.compile(r"COP\d{1,2}")  # "COP30 in Belém"
FEST = re.compile(r"[^\W\d_]{3,}fest")  # "Strašákfest", "Dokufest": a festival in one word
HYPHENED_DESIGNATOR = re.compile(r"(?=[A-ZÀ-Þ])[^\W\d_]{2,}-\d[\w.]*")  # "Soyuz-2.1a", "KazSat-4", "Köpetdag-1"
MODEL_DESIGNATOR = re.compile(r"[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,3}|\d{1,4}[A-Z]{1,3}")  # A380, S4, F-150, A320neo, 3GS
YEAR = re.compile(r"(?:19|20)\d\d")  # "the Finance Bill 2025"
MODEL_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)\d{1,4}(?:-\d{1,4})?")  # 787, 4, 737-800; not a year
OWNED_BY = frozenset({"of", "in"})  # "shares of Anchor", "shares in Greggs"
ROAD_WORDS = frozenset({"Interstate", "Highway", "Route", "Freeway", "Motorway", "Road", "Ruta", "Rota", "Rodovia"})
ROAD_OWNERS = frozenset({"State", "U.S.", "US", "County", "National", "Provincial"})  # "County Road 12"
NUMBERED_PLACE_WORDS = ROAD_WORDS | {"Terminal", "Pier", "Gate"}  # "Terminal 1", "Pier 39": a facility, as a road
ROAD_NUMBER = re.compile(r"\d{1,4}[A-Z]?")
MOTORWAY = re.compile(r"M\d{1,3}")  # "the M4", "M62"
# "the A1", "the N7", "the A-4", "the E40", "the A303", "the R75", "the D906": roads where one travels; not an
# Airbus ("the A380")
ROAD_CODE = re.compile(r"(?!A[23]\d0$)[ABDENR]-?\d{1,3}")
ROAD_PLACES = frozenset(
    {"on", "along", "off", "onto", "via", "to", "blocked", "closed", "reopened", "shut", "near", "at", "between"}
)
DIRECTIONS_OF_TRAVEL = frozenset({"eastbound", "westbound", "northbound", "southbound", "motorway"})
ROAD_STATES = frozenset({"heavy", "slow", "queues", "queueing", "queuing", "delays", "congested", "reduced"})
CLAUSE_OPENERS = frozenset({":", ";", "|", "\n"})  # "Traffic: A9 closed ...; M8 heavy from ..."
PREFIXED_PRICE = re.compile(r"(?:[A-Z]{1,2}\$|Rs?)\d[\d,.]*")  # "R3,980", "Rs 1,240", "HK$41.20"
SCORE_BEFORE = re.compile(r"\d-\d+ \S+$|\d$")  # "Fulham 1 (", "2-1 AIK (", "265-8 ("
BRITISH_CLUB_SUFFIXES = frozenset({"FC", "AFC", "RFC", "RUFC", "RLFC"})  # end any club's name: "Harlow RFC"
CLUB_SUFFIXES = BRITISH_CLUB_SUFFIXES | {"CF", "FF", "IF", "BK", "FK", "SK"}  # after a place: "Malmö FF"
MODEL_SUFFIXES = frozenset({"Pro", "Plus", "Ultra", "Mini", "Max", "MAX", "Lite", "neo", "Neo", "XL", "GT"})


@dataclass(frozen=True)
class EntityRules:
    """The component's settings (its spaCy factory config). A vote of 0 turns that rule off."""

    model_vote: float = 1.0  # each mention the statistical model found, times the factors below
    caps_line_factor: float = 0.25  # the model in ALL-CAPS lines (headlines) ...
    table_line_factor: float = 0.5  # ... and in results tables, where it is weak
    split_factor: float = 0.5  # a piece of a model span cut at a break
    gazetteer_vote: float = 10.0  # a country, UK nation or demonym: outranks the model
    weak_place_vote: float = 1.1  # a city, US state or UK county: outranks the model's one vote
    region_vote: float = 1.5  # a province or prefecture the model calls an organisation ("Hokkaido"): a place
    name_part_vote: float = 5.0  # a surname or first name of a full PERSON name of the document
    given_name_vote: float = 1.5  # two words starting with a common first name: "Pete Sampras"
    bracketed_country_vote: float = 1.5  # a name before its nationality: "Chris Walker ( England )"
    team_context_vote: float = 2.5  # a place that meets another side: "Kent v Surrey", "beat Leeds 2-0"
    venue_vote: float = 2.5  # where two sides meet: "beat Chelsea 2-0 at the Emirates", "at Dalymount Park" (FAC)
    # where a departures board's flights go, above the sides its times and numbers suggest: "FI 204 Copenhagen 07:40"
    flight_board_vote: float = 6.0
    table_team_vote: float = 3.0  # a name cell next to a score in a results table is a team
    # a name and its minute or score in brackets after a result: "Fulham 1 (Osei 71)", "Bangladesh 265-8 (Naimul
    # Karim 88)": a player (PERSON), not a team
    scorer_vote: float = 3.5
    place_noun_vote: float = 3.0  # a name before "prison", "refugee camp", "air base", "mine": FAC or LOC; a ship
    weather_place_vote: float = 1.5  # a name cell of a weather line ("Faro cloudy, 24C"): a place
    # a name after "near", "outside", "towards", or a two-word "person" right after "in" or "at": a place (GPE)
    locative_vote: float = 1.5
    # "the Rhine", which the model calls a person: no one's name follows "the"; a place (LOC); "the Simon
    # Partnership said", a longer one that ends in its own noun: an organisation (ORG)
    determiner_vote: float = 1.5
    # a town of geonames (entity_gazetteer.towns) where the sentence puts a place, as a person or unnamed by the
    # model: "at Gundagai", "nearby Moruya", "Sydney, Parkes and Forbes" (a list with a place): GPE
    town_vote: float = 2.0
    # a name a direction from another place, and that place: "Yass, 50 kilometres north of Canberra", "west of
    # Tumbarumba": GPE, whatever the model said of a person or organisation
    direction_vote: float = 3.0
    # a name after "the town of", "the suburbs of" (entity_place_nouns.csv, `of`), or a model's person written as
    # Spanish and Portuguese towns are ("Jarandilla de la Vera", is_romance_town_name): GPE
    settlement_vote: float = 3.0
    age_vote: float = 2.0  # an age before or after a name: "the 27-year-old Brandt", "Okonkwo, 31,": PERSON
    # a first name and a hyphened surname, no word of a firm or a place: "Wanjiru Kamau-Otieno", which the model
    # calls an organisation: PERSON
    double_barrelled_vote: float = 2.0
    honorific_vote: float = 3.0  # a name after "Mr", "Ms", "Dr", "Sir" or a title ("President Bush"): PERSON
    # a one-word "organisation" that speaks and is then he or she, or that the sentence next calls he or she, not
    # after "the": "Lindqvist said he", "pressed Trump on the properties central to his identity": PERSON
    speaker_vote: float = 1.5
    # a name right after its kind of organisation ("shipping group Meridian", "the fund Calder Partners"), or the
    # subject of a clause that kind then reports ("Vinhomes will build 20,000 flats, the developer said"): ORG
    kind_noun_vote: float = 5.0
    # a person or organisation of the model, no country or region, before a leader's noun ("the Bush
    # administration", where a town named Bush votes for a place): PERSON
    leader_noun_vote: float = 2.0
    # a people's name before a noun of one of them ("Rendille herders", "a Hmong weaver"): the name of a language
    # too, as a people's often is (is_people_before_member), not the town a name before such a noun usually is: NORP
    people_name_vote: float = 4.0
    # a name ending in a contest's or gathering's word, even one opening with a given name ("Davis Cup"): EVENT
    event_word_vote: float = 3.0
    # a "person" ending in an organisation word, not starting with a given name ("Desert Sky Airlines", not
    # "Emily Post"): ORG
    org_word_vote: float = 2.0
    # an organisation or place of the model whose family or testimony is spoken of ("Trump's testimony"): PERSON
    personal_noun_vote: float = 3.0  # as strong as an honorific: "Trump's wife" says person as "Mr Trump" does
    # a noun set beside the name says what it is: "The Salt Road, the debut novel by ..." (WORK_OF_ART), "Brazil's
    # environment minister, Luiza Caetano Ferraz," (PERSON), "Tarnby, a town south of Copenhagen," (GPE)
    appositive_kind_vote: float = 3.0
    # what a name's possessive owns, or what is "of" it, says what it is: a town's "harbor master", "residents of"
    # a town (GPE, entity_place_owned_nouns.txt), a club's "manager" or "fans" (ORG, entity_team_owned_nouns.txt)
    owned_noun_vote: float = 2.5
    # one word after "at the" and before "in" a place: "Surgeons at the Charité in Berlin", "a staging at the
    # Burgtheater in Vienna": an institution (ORG), not the model's nationality, place or person
    institution_vote: float = 3.0
    law_name_vote: float = 3.0  # "the Inflation Reduction Act": capitalised words ending in "Act" after "the", LAW
    # the relative pronoun after a name: "said Ifeoma Chukwu, who runs a salon" (PERSON, not an organisation);
    # "Leigh Day, which represents the families" (ORG, not the model's person)
    relative_pronoun_vote: float = 3.0
    # "founded by", "run by" or "owned by" and a given name with a surname: a person (not the model's organisation),
    # and the name set off right before it ("Clearview Eyecare, founded by Dr Chidinma Nwankwo-Eze,") what they
    # founded or run: ORG, not the model's person
    founder_vote: float = 3.0
    own_its_vote: float = 3.0  # "Aston Martin issued its profit warning": the model's person is an organisation
    own_his_her_vote: float = 2.0  # "Ostrowska beat the seed to reach her first final": the model's place is a person
    # a one-word "person" that speaks with nothing of a person about it: no given name, title, age, role set beside
    # it, "who", he or she, nor quotation marks in its sentence ("Barrick said Mali's junta had seized ...",
    # "..., Canalys said."): news introduces the people it quotes, so such a speaker is an organisation (ORG); also
    # one the model missed ("..., Transpower said.")
    lone_speaker_vote: float = 1.5
    company_object_vote: float = 3.0  # "Santander will close 95 branches": outvotes a town, the model and a given name
    # a company of a stock index (entity_gazetteer.listed_companies) the model called something else, or missed
    # where it is no English word ("Nvidia beat forecasts"); not a place of the gazetteer, a bare first name or
    # a common surname ("Pearson said" may be a person): ORG, over the model's one vote
    listed_company_vote: float = 1.5
    # a brand and a model designator ("Airbus A380", "iPhone 4"), a name after "called" on a kind of product ("a
    # drug called Zelvora"): PRODUCT
    product_vote: float = 3.0
    market_index_vote: float = 10.0  # a market index of data/lexicons/entity_market_indices.txt
    market_index_label: str = (
        "PRODUCT"  # CoNLL-2003 calls indices MISC; ORG would merge "Nikkei" the index and the paper
    )
    find_initialled_names: bool = True  # "P. Simmons" the model missed: PERSON
    find_bracketed_names: bool = True  # "Monica Seles ( U.S. )" the model missed: PERSON
    find_speakers: bool = True  # "Wanjiru told reporters she ..." the model missed: PERSON; "Eskom said it ...": ORG
    # the whole name a bracketed acronym spells, where the model cut it: "the Australian Competition and
    # Consumer Commission (ACCC)"; it replaces the pieces, with their label (ORG when the model had none); and a
    # bracketed short form after an organisation's name that spells it otherwise ("(ELN)", "(Numsa)")
    acronym_name_vote: float = 3.0
    find_names_again: bool = True  # other capitalised occurrences of the document's names
    # a capitalised sentence opener the document writes in lower case elsewhere and never capitalises inside a
    # sentence is a common word: "Trainer banned for four years" over "the trainer said"
    drop_common_openers: bool = True
    read_results_tables: bool = True  # names in results lines the model missed ("Somerset 83")
    drop_unsupported_caps: bool = True  # ALL-CAPS-line spans nothing else in the document supports


@dataclass(frozen=True)
class Towns:
    """The towns of geonames (entity_gazetteer.towns), read only where the sentence puts a place."""

    names: NameSet
    plain: NameSet  # those that are no English noun: "Gundagai", not "Shell", "Delta" or "Congress"

    @classmethod
    def of(cls, nlp: Language) -> "Towns":
        """The towns, `plain` without the nouns of the pipeline's lemmatizer (none without one)."""
        nouns = lemmatizer_words(nlp, "noun")
        if nouns is None:
            return cls(towns(), NameSet(()))
        return cls(towns(), NameSet(name for name in towns() if name.lower() not in nouns))


def lemmatizer_words(nlp: Language, part: str | None = None) -> frozenset[str] | None:
    """The English words of the pipeline's lemmatizer index, of one part of speech ("noun") or of all; None
    without such an index."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    index = lookups.get_table("lemma_index")
    seen, known_towns = nlp.vocab.strings, towns()  # WordNet's towns ("tartu", "timbuktu") the model's text never had
    return frozenset(
        word
        for key in ([part] if part else index.keys())
        for word in index.get(key, ())
        if word in seen or word.title() not in known_towns
    )


@dataclass(frozen=True)
class Companies:
    """The listed companies (entity_gazetteer.listed_companies) as keys (key_of: lower-case token texts)."""

    names: frozenset[tuple[str, ...]]
    plain: frozenset[tuple[str, ...]]  # those that are no English word: "Nvidia", not "Target" or "Next"
    english: frozenset[str]  # the words of the pipeline's lemmatizer, which no unknown company's name is

    @classmethod
    def of(cls, nlp: Language) -> "Companies":
        """The companies tokenized by the pipeline, `plain` without the words of its lemmatizer (none without one)."""
        names = frozenset(tuple(t.lower_ for t in name) for name in nlp.tokenizer.pipe(sorted(listed_companies())))
        words = lemmatizer_words(nlp)
        if words is None:
            return cls(names, frozenset(), frozenset())
        return cls(names, frozenset(key for key in names if len(key) > 1 or key[0] not in words), words)


class HeadlineReader:
    """The model again on a Title Case headline written in sentence case: in "Wildfire Forces Evacuation Of Greek
    Village Near Corinth" it takes the capitals for one long name; in "Wildfire forces evacuation of Greek village
    near Corinth" it finds Greek and Corinth. A capitalised word is lowered when it is a stop word or a word of the
    lemmatizer's dictionary and no place, demonym, given name or common surname; the line's first word keeps its
    capital. Without a lemmatizer dictionary the headline is read as it is."""

    def __init__(self, nlp: Language, keeps_capital: Callable[[str], bool], towns: NameSet):
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        lookups = getattr(lemmatizer, "lookups", None)
        index = lookups.get_table("lemma_index") if lookups is not None and lookups.has_table("lemma_index") else {}
        self.words = frozenset(word for words in index.values() for word in words)
        self.verbs = frozenset(index.get("verb", ()))
        self.only_verbs = self.verbs - frozenset(index.get("noun", ())) - frozenset(index.get("adj", ()))
        self.keeps_capital = keeps_capital
        self.towns = towns
        self.nlp = nlp

    def sentence_case(self, tokens: list[Token]) -> str:
        """The line's text, its common words lowered; every character at its place. A given name keeps its capital
        before a word that keeps one ("Deborah Ashworth"), not otherwise ("Climate Bill Into Law")."""
        first = next((t.i for t in tokens if t.is_alpha), None)
        lowered = {t.i for t in tokens if t.i != first and self.lowers(t)}
        lowered |= {
            t.i
            for t, after in pairwise(tokens)
            if t.i != first
            and self.is_common(t)
            and is_first_name(t.text)
            and (after.i in lowered or not after.is_alpha)
        }
        return "".join((t.lower_ if t.i in lowered else t.text) + t.whitespace_ for t in tokens)

    def lowers(self, token: Token) -> bool:
        """A common word that is no place, demonym, given name or surname; a town's name when it is also a verb
        ("Hit Kharkiv", not "Near Corinth")."""
        if not self.is_common(token) or self.keeps_capital(token.text):
            return False
        return token.text not in self.towns or any(stem in self.verbs for stem in self.stems(token.lower_))

    def is_common(self, token: Token) -> bool:
        """A capitalised stop word or word of the dictionary, inflected or not ("Forces", "Slumped")."""
        word = token.text
        if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
            return False
        return token.is_stop or any(stem in self.words for stem in self.stems(token.lower_))

    def is_headline(self, tokens: list[Token]) -> bool:
        """A line that reports: a verb with an ending ("Cuts", "Forces", "Indicted"), a word that is only a verb
        ("Atalanta Stun Napoli") or one after "To" ("To Go Top"), and not a list of names ("Terminal 4: Air Canada,
        American, British Airways")."""
        verb_forms = [
            t
            for t in tokens
            if t.lower_.endswith(("s", "ed"))
            and self.lowers(t)
            and any(s in self.verbs for s in self.stems(t.lower_)[1:])
        ]
        verbs = [t for t in tokens if self.lowers(t) and t.lower_ in self.only_verbs]
        verbs += [after for t, after in pairwise(tokens) if t.text == "To" and after.lower_ in self.verbs]
        return bool(verb_forms or verbs) and sum(t.text == "," for t in tokens) < 2

    @staticmethod
    def stems(word: str) -> list[str]:
        return [word] + [word[: -len(end)] + base for end, base in INFLECTIONS if word.endswith(end)]

    def ents(self, doc: Doc, token_kind: list[str]) -> list[Span]:
        """The names the model finds in each Title Case line of the Doc read in sentence case, as spans of the Doc."""
        if not self.words:
            return [e for e in doc.ents if token_kind[e.start] == "title"]
        found = []
        for start, end in title_lines(doc, token_kind):
            tokens = list(doc[start:end])
            if not self.is_headline(tokens):
                found += [e for e in doc.ents if start <= e.start < end]
                continue
            line = self.nlp.make_doc(self.sentence_case(tokens))
            for name, proc in self.nlp.pipeline:
                if name in ("tok2vec", "transformer", "ner"):
                    line = proc(line)
            offset = tokens[0].idx
            for ent in line.ents:
                span = doc.char_span(offset + ent.start_char, offset + ent.end_char, label=ent.label_)
                if span is not None:
                    found.append(span)
        return found


def title_lines(doc: Doc, token_kind: list[str]) -> list[tuple[int, int]]:
    """Token ranges of the Doc's Title Case lines."""
    ranges: list[tuple[int, int]] = []
    start = None
    for token in doc:
        if token_kind[token.i] == "title" and start is None and not token.is_space:
            start = token.i
        ends_line = "\n" in token.text_with_ws or token.i == len(doc) - 1 or token_kind[token.i + 1] != "title"
        if start is not None and ends_line:
            ranges.append((start, token.i + 1))
            start = None
    return ranges


@dataclass
class Candidate:
    start: int  # token offsets into the Doc
    end: int
    label: str
    weight: float
    source: str  # model, gazetteer, index, product, place noun, initials, bracketed, propagated, table


@lru_cache(maxsize=1)
def credit_patterns() -> tuple[re.Pattern, ...]:
    """Compiled photo-credit / byline regexes from data/lexicons/entity_credit_patterns.txt."""
    return tuple(re.compile(line) for line in lexicons.lines("entity_credit_patterns.txt"))


@lru_cache(maxsize=8)
def place_words(where: str) -> dict[tuple[str, ...], str]:
    """Words of data/lexicons/entity_place_nouns.csv at one position (after, head, first, title) -> label.

    "starts" gives the first words of the `after` nouns, so most tokens are ruled out at once.
    """
    if where == "starts":
        return {words[:1]: label for words, label in place_words("after").items()}
    return {
        tuple(r["word"].split()): r["label"] for r in lexicons.rows("entity_place_nouns.csv") if r["where"] == where
    }


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes ("DKK", "MXN"): next to an amount they are money, not an organisation."""
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Every word of a title or role ("chief", "executive"): never part of a company's name after its kind."""
    return frozenset(word for role in roles() for word in role.split())


@lru_cache(maxsize=1)
def role_sequences() -> frozenset[tuple[str, ...]]:
    """Roles as lower-case token tuples, for stripping 'Prime Minister' from a name."""
    return frozenset(tuple(role.split()) for role in roles())


class EntityRepair:
    """Rewrites doc.ents; see the module docstring for the steps."""

    def __init__(self, nlp: Language, rules: EntityRules):
        self.rules = rules
        self.places: dict[tuple[str, ...], Place] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        variants = [(variant, place) for form, place in places().items() for variant in {form, form.upper()}]
        patterns = list(nlp.tokenizer.pipe(v for v, _ in variants))
        for pattern, (_, place) in zip(patterns, variants):
            self.places[tuple(t.text for t in pattern)] = place
        self.matcher.add("PLACE", patterns)
        self.regions = frozenset(tuple(t.lower_ for t in pattern) for pattern in nlp.tokenizer.pipe(sorted(regions())))
        self.indices = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.indices.add("INDEX", list(nlp.tokenizer.pipe(lexicons.lines("entity_market_indices.txt"))))
        self.indices.add("LEGISLATURE", list(nlp.tokenizer.pipe(lexicons.lines("entity_legislatures.txt"))))
        self.indices.add("RECURRING_EVENT", list(nlp.tokenizer.pipe(lexicons.lines("entity_recurring_events.txt"))))
        known = lexicons.lines("entity_known_organisations.txt")
        self.indices.add("KNOWN_ORGANISATION", list(nlp.tokenizer.pipe(known)))
        self.towns = Towns.of(nlp)
        self.companies = Companies.of(nlp)
        self.headlines = HeadlineReader(nlp, self.keeps_capital, self.towns.names)

    def keeps_capital(self, word: str) -> bool:
        """A word a headline in sentence case still writes with a capital: a place, demonym, given name or surname."""
        return (
            (word,) in self.places
            or is_first_name(word)
            or word.lower() in lexicons.words("entity_common_surnames.txt")
        )

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = resolve(
            doc,
            self.matcher,
            self.places,
            self.regions,
            self.indices,
            self.towns,
            self.companies,
            self.headlines,
            self.rules,
        )
        return doc


@Language.factory("newsflow_entities", default_config=asdict(EntityRules()))
def make_entity_repair(
    nlp: Language,
    name: str,
    model_vote: float,
    caps_line_factor: float,
    table_line_factor: float,
    split_factor: float,
    gazetteer_vote: float,
    weak_place_vote: float,
    region_vote: float,
    name_part_vote: float,
    given_name_vote: float,
    bracketed_country_vote: float,
    team_context_vote: float,
    venue_vote: float,
    flight_board_vote: float,
    table_team_vote: float,
    scorer_vote: float,
    place_noun_vote: float,
    weather_place_vote: float,
    locative_vote: float,
    determiner_vote: float,
    town_vote: float,
    direction_vote: float,
    settlement_vote: float,
    age_vote: float,
    double_barrelled_vote: float,
    honorific_vote: float,
    speaker_vote: float,
    kind_noun_vote: float,
    leader_noun_vote: float,
    people_name_vote: float,
    event_word_vote: float,
    org_word_vote: float,
    personal_noun_vote: float,
    appositive_kind_vote: float,
    owned_noun_vote: float,
    institution_vote: float,
    law_name_vote: float,
    relative_pronoun_vote: float,
    founder_vote: float,
    own_its_vote: float,
    own_his_her_vote: float,
    lone_speaker_vote: float,
    company_object_vote: float,
    listed_company_vote: float,
    product_vote: float,
    market_index_vote: float,
    market_index_label: str,
    find_initialled_names: bool,
    find_bracketed_names: bool,
    find_speakers: bool,
    acronym_name_vote: float,
    find_names_again: bool,
    drop_common_openers: bool,
    read_results_tables: bool,
    drop_unsupported_caps: bool,
) -> EntityRepair:
    """spaCy factory: the settings are EntityRules' fields, e.g. nlp.add_pipe(..., config={"team_context_vote": 0})."""
    settings = locals()
    return EntityRepair(nlp, EntityRules(**{f.name: settings[f.name] for f in fields(EntityRules)}))


def token_line_kinds(doc: Doc) -> list[str]:
    """Each token's line kind: table (names and scores), weather (places and temperatures), caps (ALL-CAPS
    headline), title (Title Case headline) or prose.

    Numbers of a date ("Friday, July 21, 2017") do not make a table, nor do the temperatures of a
    weather line ("Forecast: Madrid 31, Seville 35"), nor the figures of a sentence ("In 24 games,
    Holt batted .292 with three RBI"), whose words are mostly lower case.
    """
    starts, pos = [], 0
    for line in doc.text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    lines: list[list[Token]] = [[] for _ in starts]
    for token in doc:
        lines[bisect_right(starts, token.idx) - 1].append(token)
    kinds = [line_kind(tokens) for tokens in lines]
    return [kinds[bisect_right(starts, t.idx) - 1] for t in doc]


def line_kind(tokens: list[Token]) -> str:
    """The kind of one line from its tokens (see token_line_kinds)."""
    words = [t for t in tokens if not t.is_space and not t.is_punct]
    letters = [c for t in words for c in t.text if c.isalpha()]
    numeric = [t for t in words if any(c.isdigit() for c in t.text) and t.ent_type_ not in DATE_LABELS]
    weather = any(
        t.lower_ in lexicons.words("entity_weather_words.txt") or TEMPERATURE.fullmatch(t.text) for t in tokens
    )
    sentence = sum(t.is_lower for t in words) >= 0.4 * len(words)
    if len(numeric) >= 2 and len(numeric) >= 0.25 * len(words) and not sentence:
        return "weather" if weather else "table"
    if len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
        return "caps"
    if is_title_case(tokens):
        return "title"
    return "prose"


def is_title_case(tokens: list[Token]) -> bool:
    """A headline in Title Case ("Rescue Teams Search Rubble After Quake"): every word of four letters or more
    capitalised, at least three of them, and no full stop at the end."""
    text = [t for t in tokens if not t.is_space]
    long_words = [t for t in text if t.is_alpha and len(t) >= 4]
    return len(long_words) >= 3 and all(t.text[0].isupper() for t in long_words) and text[-1].text != "."


def headline_name(doc: Doc, start: int, end: int, gazetteer: dict[tuple[str, ...], Place]) -> tuple[int, int]:
    """A model span in a Title Case headline narrowed to its name, where every word is capitalised.

    None (an empty span) when it runs across a word that joins clauses ("Rescue Teams Search Rubble
    After Quake": the model took the headline for a name); only the country when it starts with one
    ("Pakistan Court Jails Former Minister": Pakistan).
    """
    if any(t.lower_ in HEADLINE_LINKS for t in doc[start + 1 : end - 1]):
        return start, start
    for length in range(end - start - 1, 0, -1):
        place = gazetteer.get(tuple(t.text for t in doc[start : start + length]))
        if place is not None and place.strong and place.label == "GPE":
            return start, start + length
    return start, end


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo credits and bylines in `text`."""
    return [m.span() for pattern in credit_patterns() for m in pattern.finditer(text)]


def is_break(doc: Doc, i: int) -> bool:
    """A token no name runs across: line breaks, brackets, separators, "v", spaced dashes (not "X, Inc.")."""
    token = doc[i]
    if token.text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in lexicons.words("entity_name_suffixes.txt"):
        return False
    if token.is_space or token.text in SPLIT_TOKENS or token.text in VERSUS:
        return True
    return token.text in DASHES and (i == 0 or bool(doc[i - 1].whitespace_)) and bool(token.whitespace_)


def is_filler(text: str) -> bool:
    """Tokens never at the edge of a name: punctuation, numbers, possessives, whitespace."""
    return (
        not text.strip()
        or text in POSSESSIVES
        or NUMERIC.fullmatch(text) is not None
        or not any(c.isalnum() for c in text)
    )


def is_title_abbreviation(token: Token, label: str, length: int) -> bool:
    """An abbreviated title of title_abbreviations.csv at the start of a span of `length` tokens: with its full
    stop ("Det."), whatever follows; without it ("Lt", "Brig", British style), before a person's name."""
    dotted = token.lower_.endswith(".")
    undotted_title = label == "PERSON" and token.is_title and length > 1
    return (dotted or undotted_title) and token.lower_ in title_abbreviations()


def trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Narrow [start, end) to the name: no leading determiner, honorific or role, no trailing filler or common noun
    ("al-Tanf zone").

    A product keeps its number ("Model 3").
    """
    while start < end and (
        is_filler(doc[start].text)
        or doc[start].lower_ in DETERMINERS
        or (doc[start].lower_ in HONORIFICS and end - start > 1)  # "Dr Ruth Lee"; "DR" alone is a broadcaster
        or is_title_abbreviation(doc[start], label, end - start)  # "Det. Insp. Sarah Okafor", "Lt Col Avi Ben"
    ):
        start += 1
    while (
        end - start > 2
        and (doc[start].is_lower or doc[start].lower_ in NAME_PREFIXES)
        and doc[start + 1].text == "-"
        and doc[start].text not in NAME_CONNECTORS
        and not is_prefixed_body(doc, start, end, label)
    ):
        start += 2
    if is_placing_ordinal(doc, start, end):
        start += 1  # "1st Mirambel (pop. 120), prize ...": a results line's place, then the winner
    start = with_body_prefix(doc, start, end, label)  # the model's "Corruption Bureau" of "the Anti-Corruption Bureau"
    if (
        end - start > 1
        and doc[start].lower_ in organisation_kinds()
        and doc[start].lower_ not in org_words()
        and doc[start + 1].lower_ != "of"  # "Board of Investment": the kind heads the name
    ):
        start += 1  # "Chipmaker Vantor": the kind, then the name
    if label == "PERSON" and not is_place_name(key_of(doc, start, end)):
        start = strip_roles(doc, start, end)
        while start < end and doc[start].lower_ == "of":  # "King of Athens" names no one
            start += 1
        if start > 0 and start == end - 1 and is_given_name_before(doc[start - 1]):
            start -= 1  # "Hope Mwangi said": the model kept the surname, the given name is a common word too
    elif start < end and (named := strip_roles(doc, start, end)) > start and is_titled_person(doc, named, end):
        start = named  # "Councilmember Rosa Ibarra", which the model took for a facility: a title and a person
    while (
        end > start
        and (is_filler(doc[end - 1].text) or doc[end - 1].is_lower)
        and not (label == "PRODUCT" and doc[end - 1].text[:1].isdigit())
        and not is_hyphened_name_end(doc, start, end)
    ):
        end -= 1
    if end - start > 1 and is_role_initials(doc[end - 1]):
        end -= 1  # "the Liberal MLA", "Acme CEO": a party or a firm, then the title of its member
    score = next((n for n in (3, 1) if end - start > n and SCORE.fullmatch(doc[end - n : end].text)), 0)
    if score and doc[end - score - 1].is_alpha:
        end -= score  # "beat Fenerbahçe 2-1": a side, then the score
    if end - start > 1 and label != "PRODUCT" and is_flight_number(doc, end - 1):
        end -= 1  # "Aer Lingus EI135 from Boston": the airline, then its flight
    return start, end


def is_prefixed_body(doc: Doc, start: int, end: int, label: str) -> bool:
    """A body's name opened by a capitalised prefix hyphened to a word and going on after it: "the Anti-Corruption
    Bureau", "the Non-Aligned Movement"; not "Anti-Taliban fighters", where the prefix makes an adjective of a
    name."""
    return (
        label in BODY_LABELS
        and end - start > 3
        and doc[start].text[:1].isupper()
        and doc[start].lower_ in NAME_PREFIXES
        and doc[start + 1].text == "-"
        and not doc[start].whitespace_
        and not doc[start + 1].whitespace_
        and doc[start + 2].is_title
    )


def with_body_prefix(doc: Doc, start: int, end: int, label: str) -> int:
    """The start of a body's name with the hyphened prefix right before it (is_prefixed_body)."""
    return start - 2 if start > 1 and is_prefixed_body(doc, start - 2, end, label) else start


def is_role_initials(token: Token) -> bool:
    """A title written as capital initials ("MP", "MLA", "CEO"), which ends no name."""
    return token.text.isupper() and len(token.text) <= 3 and (token.lower_,) in role_sequences()


def is_hyphened_name_end(doc: Doc, start: int, end: int) -> bool:
    """A name ending in a syllable hyphened to a capitalised one: "Kim Dae-jung", "Chen Chun-yeh"."""
    return (
        end - start >= 3
        and doc[end - 1].is_alpha
        and doc[end - 2].text == "-"
        and not doc[end - 3].whitespace_
        and not doc[end - 2].whitespace_
        and doc[end - 3].is_title
    )


def is_titled_person(doc: Doc, start: int, end: int) -> bool:
    """Whether what follows a title is a person's name: two or three capitalised words from a given name, none
    an organisation's or a place's word ("Rosa Ibarra", not "Charles Hospital" of "King Charles Hospital")."""
    key = key_of(doc, start, end)
    return (
        2 <= end - start <= 3
        and all(t.is_title for t in doc[start:end])
        and is_first_name(doc[start].text)
        and not set(key) & org_words()
        and not is_place_name(key)
    )


def is_given_name_before(token: Token) -> bool:
    """A capitalised given name, in no entity, right before a one-word person: "Hope" of "Hope Mwangi"."""
    return (
        token.is_title
        and not token.ent_type_
        and token.pos_ == "PROPN"
        and is_first_name(token.text)
        and token.lower_ not in role_words()
        and token.lower_ not in HONORIFICS  # "Sardar" of "Sardar Balwant Singh Sahota"
    )


def is_placing_ordinal(doc: Doc, start: int, end: int) -> bool:
    """An ordinal opening a line or item before a name, as results list who came first, second and third ("1st
    Mirambel", "3rd Lievelde"); not one that is part of the name ("5th Avenue", "3rd Battalion"), whose last word
    is a place's or a body's."""
    opens = start == 0 or doc[start - 1].text.strip(" ") in CLAUSE_OPENERS or "\n" in doc[start - 1].text
    last = doc[end - 1].lower_
    return (
        end - start > 1
        and opens
        and ORDINAL_NUMBER.fullmatch(doc[start].text) is not None
        and doc[start + 1].text[:1].isupper()
        and (last,) not in place_words("head")
        and last not in org_words()
    )


def strip_roles(doc: Doc, start: int, end: int) -> int:
    """Skip titles and the nationality before them ("Russian President") at a name's start."""
    sequences = role_sequences()
    moved = True
    while moved and start < end - 1:
        moved = False
        for length in (3, 2, 1):
            words = tuple(t.lower_ for t in doc[start : start + length])
            if start + length < end and words in sequences:
                start, moved = start + length, True
                break
        if not moved and (doc[start + 1].lower_,) in sequences and doc[start].pos_ == "ADJ":
            start, moved = start + 1, True
    return start


def model_pieces(doc: Doc, ent: Span, split_factor: float) -> list[tuple[int, int, float]]:
    """The model's span split at breaks, numbers (not a product's), internal possessives, the "in" after a building
    or a town or before a town that ends it ("Svetitskhoveli Cathedral in Mtskheta", "Rouen in Normandy", "Olma in
    Olomouc"), a noun of a kind or calling between words of names ("Baubau clinic Dengar Jelas") or ending them
    ("Šumiac orienteer") and the "and" of a list of places ("the villages of Alder and Brook"), of the two ends after
    "between" ("between Geelong and Devonport") or of two one-word places ("in Fukuda and Sakate"; a country so
    named is the gazetteer's): (start, end, weight factor)."""
    pieces, cur, possessed, factor = [], ent.start, False, 1.0
    listed = ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and is_plural_place_noun(doc[ent.start - 2])
    listed = listed or (ent.start >= 1 and doc[ent.start - 1].lower_ == "between")  # "between Voss and Myrdal"
    listed = listed or is_two_places_in(doc, ent)
    for i in range(ent.start, ent.end):
        token = doc[i]
        possessive = (
            token.text in POSSESSIVES
            and ent.start < i < ent.end - 1
            and not is_plural_owner_name(doc, i, ent.end)
            and ent.label_ != "WORK_OF_ART"  # "The Handmaid's Tale"
        )
        number = NUMERIC.fullmatch(token.text) and ent.label_ != "PRODUCT"
        located = (  # "Svetitskhoveli Cathedral in Mtskheta", "Rouen in Normandy"; not "Barrow-in-Furness"
            token.lower_ == "in"
            and i > ent.start
            and (
                is_building_word(doc[i - 1])
                or (doc[i - 1].whitespace_ and doc[cur:i].text in towns())
                or (doc[i - 1].whitespace_ and doc[i + 1 : ent.end].text in towns())  # "Olma in Olomouc"
            )
        )
        described = (  # "Ethiopian runner Tesfaye Woldemichael", "Baubau clinic Dengar Jelas", "Šumiac orienteer"
            ent.start < i < ent.end - 1 and (is_person_noun(token) or is_kind_word(token))
        ) or (ent.start < i == ent.end - 1 and (is_person_noun(token) or is_calling_noun(token)))
        if is_break(doc, i) or possessive or number or located or described or (listed and token.lower_ == "and"):
            if cur < i and not (possessed and i - cur < 2):
                pieces.append((cur, i))
            possessed = possessive
            cur, factor = i + 1, split_factor
    if cur < ent.end and not (possessed and ent.end - cur < 2):
        pieces.append((cur, ent.end))
    return [(s, e, factor if (s, e) != (ent.start, ent.end) else 1.0) for s, e in pieces]


def is_two_places_in(doc: Doc, ent: Span) -> bool:
    """Two one-word names joined by "and" where something happens or stands (`is_placed_in`) and before no noun of
    theirs: two places, whatever the model took them for ("families in Siiro and Dutta wait"; not "shares in
    Procter and Gamble", "a stall in Marks and Spencer stores", nor "at Marks and Spencer")."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return (
        len(ent) == 3
        and ent[1].lower_ == "and"
        and ent.label_ in ("GPE", "LOC", "FAC", "ORG")
        and all(t.pos_ == "PROPN" and t.is_title for t in (ent[0], ent[2]))
        and is_placed_in(doc, ent.start, ent.start + 1)
        and not (after is not None and after.pos_ in ("NOUN", "PROPN"))
    )


def is_person_noun(token: Token) -> bool:
    """A lower-case noun for a person (data/lexicons/speaker_person_nouns.txt): no part of a name, whatever the model
    ran across it."""
    return token.is_lower and token.lower_ in lexicons.words("speaker_person_nouns.txt")


@lru_cache(maxsize=1)
def calling_nouns() -> frozenset[str]:
    """Lemmas of callings and stations of life no firm employs (entity_calling_nouns.txt, entity_people_nouns.txt)."""
    return lexicons.words("entity_calling_nouns.txt") | lexicons.words("entity_people_nouns.txt")


@lru_cache(maxsize=1)
def business_kinds() -> frozenset[str]:
    """Nouns of kinds of organisation or business: reference_nouns.csv's and entity_appositive_kinds.csv's ORG rows."""
    return organisation_kinds() | {noun for noun, label in appositive_kinds().items() if label == "ORG"}


def is_calling_noun(token: Token) -> bool:
    """A lower-case noun of someone's calling or station of life ("locksmith", "farmer")."""
    return token.is_lower and token.lemma_.lower() in calling_nouns()


def is_kind_word(token: Token) -> bool:
    """A lower-case noun of a kind of organisation or business, or of a calling: between a town and a name, no part
    of either ("Baubau clinic Dengar Jelas")."""
    return token.is_lower and token.pos_ == "NOUN" and (token.lower_ in business_kinds() or is_calling_noun(token))


def is_plural_place_noun(token: Token) -> bool:
    """ "villages", "settlements": a noun whose "of" names several places (entity_place_nouns.csv, `of`)."""
    return token.lower_.endswith("s") and (token.lower_,) in place_words("of")


def is_plural_owner_name(doc: Doc, i: int, end: int) -> bool:
    """ "Farmers' Union", "Women's Institute", "People's Bank of China", "Polk County Sheriff's Office", "Cocoa
    Growers' Voice": a plural owner or a role before an organisation word, or a plural owner before capitalised
    words, is one name, not an owner and its thing ("Lukashenko's Army")."""
    owner = doc[i - 1].lower_
    bare_plural = doc[i].text in ("'", "’") and owner.endswith("s")
    plural = bare_plural or owner in PLURAL_OWNERS or owner in role_words()
    if bare_plural and all(t.is_title for t in doc[i + 1 : end]):
        return True  # "Cocoa Growers' Voice": a plural owner before capitalised words names a group
    return plural and any(t.lower_ in org_words() or is_building_word(t) for t in doc[i + 1 : end])


def is_building_word(token: Token) -> bool:
    """The last word of a building's name (entity_place_nouns.csv, FAC heads): "Cathedral", "Mosque"."""
    return place_words("head").get((token.lower_,)) == "FAC"


def is_name(doc: Doc, start: int, end: int) -> bool:
    """A span worth keeping: some capitalised word, and not a lone common word ("Armed"), unless it names a
    noun ("Apple shares")."""
    words = [t for t in doc[start:end] if any(c.isalpha() for c in t.text)]
    if not words or not any(t.text[0].isupper() for t in words):
        return False
    lone = words[0] if len(words) == 1 and end - start == 1 else None
    return (
        lone is None
        or lone.pos_ == "PROPN"
        or lone.is_upper
        or (lone.pos_ == "NOUN" and lone.dep_ == "compound")  # "Apple shares"
        or (start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NAME_PREFIXES)  # "anti-Taliban"
    )


def is_unknown_word(doc: Doc, start: int, end: int, english: frozenset[str]) -> bool:
    """A lone capitalised word that is no English word, which the tagger may call a common noun where it opens a
    sentence: "Ferrero agreed to buy ...", "Heathrow shut for a day" (not "Armed")."""
    token = doc[start]
    return (
        end - start == 1
        and bool(english)
        and token.is_title
        and token.is_alpha
        and not {token.lower_, token.lemma_.lower()} & english
    )


def is_capitalised_noun_name(doc: Doc, start: int, end: int, label: str, token_kind: list[str]) -> bool:
    """A lone capitalised word the tagger calls a common noun that is a name all the same: capitalised inside a
    prose sentence, not after a determiner ("a letter from Morales", not "the Government"), or a person who
    speaks and is then he or she ("Pruitt said she ...", not "Police said he ...")."""
    token = doc[start]
    if end - start != 1 or token.pos_ != "NOUN" or token_kind[start] != "prose" or not NAME_WORD.fullmatch(token.text):
        return False
    before = doc[start - 1] if start > 0 else None
    inside = before is not None and (before.is_lower or before.text == ",") and before.lower_ not in DETERMINERS
    return inside or (label == "PERSON" and speaks_as_person(token))


def common_word_openers(doc: Doc) -> set[int]:
    """Capitalised words opening a sentence or line that the document writes in lower case elsewhere and never
    capitalises inside a sentence: a common word, no name ("Trainer banned for four years" over "the trainer
    said"; not "Reform won" where "voters backed Reform" follows)."""
    lower = {t.text for t in doc if t.is_lower and t.is_alpha}
    opens = [t for t in doc if t.is_title and t.is_alpha and opens_sentence(t)]
    named_inside = {t.text for t in doc if t.is_title and not opens_sentence(t)}
    return {t.i for t in opens if t.lower_ in lower and t.text not in named_inside}


def opens_sentence(token: Token) -> bool:
    """The first word of a sentence or line, where a capital says nothing (also after an opening quote)."""
    before = token.nbor(-1) if token.i > 0 else None
    return (
        before is None or token.is_sent_start or "\n" in before.text_with_ws or before.is_left_punct or before.is_quote
    )


def is_group_adjective(doc: Doc, start: int, end: int, label: str) -> bool:
    """ "the radical Islamic movement": a capitalised adjective inside a sentence that the model calls a
    nationality, religious or political group is one (a capitalised adjective opening a sentence may be none)."""
    token = doc[start]
    return label == "NORP" and end - start == 1 and token.pos_ == "ADJ" and token.is_title and not token.is_sent_start


def is_lone_title(doc: Doc, start: int, end: int) -> bool:
    """ "Sheikh" of "Sheikh Ahmed Yassin" when the model makes two persons of it, "the Governor-General" it takes
    for a building: a title alone names no one."""
    words = tuple(t.lower_ for t in doc[start:end] if t.text not in ("-", "–"))
    return words in role_sequences() or all((w,) in role_sequences() for w in words)


def key_of(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """Surface form used for in-document voting: lower-cased tokens."""
    return tuple(t.lower_ for t in doc[start:end])


def is_initialled_name(words: list[str]) -> bool:
    """ "P. Simmons", "J.R. Smith": initials then a capitalised surname, a person in any news text."""
    return (
        len(words) >= 2 and INITIAL.fullmatch(words[0]) is not None and words[-1][:1].isupper() and len(words[-1]) > 2
    )


def looks_like_person(key: tuple[str, ...], texts: list[str]) -> bool:
    """Two capitalised words, a common first name then no organisation word nor company suffix: "Pete Sampras",
    "Marcus Delaney-Frost" (also with a capitalised particle between: "Fergal Mac Cárthaigh"), not "Arla Foods"; not
    a name opened by a particle that is also a given name ("Al Qaeda", "Al Jazeera": there the model's label
    stands)."""
    return is_person_shaped(key, texts) and is_first_name(name_words(texts)[0])


def is_person_named(key: tuple[str, ...], texts: list[str]) -> bool:
    """A person's name by its look: a given name and surname (looks_like_person) or initials and a surname
    (is_initialled_name: "J. R. Litchfield-Owusu, fire brand of a bar")."""
    return looks_like_person(key, texts) or is_initialled_name(texts)


def is_person_shaped(key: tuple[str, ...], texts: list[str]) -> bool:
    """Two capitalised words with no organisation word, company suffix or place word, whatever the first name."""
    texts = name_words(texts)
    return (
        len(texts) == 2
        and texts[0].lower() not in NAME_CONNECTORS
        and all(t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha() for t in texts)
        and not any(t.isupper() for t in texts)
        and not set(key) & org_words()
        and key[-1] not in company_suffixes()  # "Arla Foods"
        and not ends_in_place_noun(key)
        and key[:1] not in place_words("first")  # "River Usk", "Lake Chad"
    )


def has_person_shape(key: tuple[str, ...], texts: list[str]) -> bool:
    """A person's shape (is_person_shaped), also of three capitalised words, a middle name or second surname between
    ("Budi Santoso Wibowo")."""
    words = name_words(texts)
    middle = len(words) == 3 and words[1][:1].isupper() and words[1].isalpha() and words[1].lower() not in org_words()
    return is_person_shaped(key, [words[0], words[-1]] if middle else texts)


def name_words(texts: list[str]) -> list[str]:
    """A name's words with hyphened ones whole and a capitalised particle between left out: "Fergal Mac Cárthaigh"
    -> ["Fergal", "Cárthaigh"]."""
    texts = hyphen_joined(texts)
    return [texts[0], texts[2]] if len(texts) == 3 and texts[1] in CAPITAL_PARTICLES else texts


def hyphen_joined(texts: list[str]) -> list[str]:
    """Token texts with hyphenated words whole again: ["Delaney", "-", "Frost"] -> ["Delaney-Frost"]."""
    words: list[str] = []
    for text in texts:
        if words and (text == "-" or words[-1].endswith("-")):
            words[-1] += text
        else:
            words.append(text)
    return words


def ends_in_place_noun(key: tuple[str, ...]) -> bool:
    """ "Douglas River", "Bruce Highway", "Frunze Street": a given name before a place noun that is no common
    surname (not "John Park"; "Street" is one, but news writes streets far more than people so named) names the
    place."""
    surname = key[-1] in lexicons.words("entity_common_surnames.txt") and key[-1] != "street"
    town = len(key) == 2 and key[0] in NAME_PARTICLES  # "Le Port"
    return (key[-1:] in place_words("after") or key[-1:] in place_words("head")) and not surname and not town


def is_weather_word(doc: Doc, start: int, end: int) -> bool:
    """A weather report's heading ("Highs", "Forecast"), which the model takes for a name."""
    return end - start == 1 and doc[start].lower_ in lexicons.words("entity_weather_words.txt")


BOARD_TIME = re.compile(r"\d{1,2}[:.]\d{2}")


def is_board_status(doc: Doc, start: int) -> bool:
    """A flight's status after its time on a departures board ("07:40 On time", "09:25 Delayed"): no name."""
    if start == 0 or not BOARD_TIME.fullmatch(doc[start - 1].text):
        return False
    return is_flight_board(doc.text[slice(*line_bounds(doc, start))])


def line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The character offsets of the line holding token i, without its line break."""
    end = doc.text.find("\n", doc[i].idx)
    return doc.text.rfind("\n", 0, doc[i].idx) + 1, len(doc.text) if end < 0 else end


def is_common_noun_word(doc: Doc, start: int, end: int) -> bool:
    """An acronym for a common noun ("AI chips", "waits in A&E"; data/lexicons/entity_common_acronyms.txt) or an
    illness where it spreads ("Cholera cases", "cases of Ebola"; entity_outbreak_words.txt): no name."""
    if end - start != 1:
        return False
    if doc[start].text in lexicons.words("entity_common_acronyms.txt"):
        return True
    spreading = lexicons.words("entity_outbreak_words.txt")
    return (end < len(doc) and doc[end].lower_ in spreading) or (
        start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in spreading
    )


def is_field_label(doc: Doc, start: int, end: int, english: frozenset[str]) -> bool:
    """An English word opening a line before a colon, a form's field ("Vehicle: van", "Passenger: Morag Beaton"):
    no name, unless a place ("Reading: 2 Smith")."""
    token = doc[start]
    at_line_start = start == 0 or "\n" in doc[start - 1].text
    return (
        end - start == 1
        and at_line_start
        and end < len(doc)
        and doc[end].text == ":"
        and token.lower_ in english
        and not is_first_name(token.text)
    )


HEADING_ENDS = frozenset({",", "-", "–", "—"})  # what closes a notice's heading in capitals before its area


def is_shouted_notice_words(doc: Doc, start: int, end: int, english: frozenset[str]) -> bool:
    """English words in capitals that head a notice's line before a colon, comma or dash, or give a state after one at
    the line's end or before a reason ("FIRE DANGER RATINGS, Adelaide Hills", "Depoe Bay: OUT OF
    SERVICE", "Sea Island Parkway, POSTPONED (wind)"), or a state closing an entry after a score or in a participle
    ("586 SHOOT-OFF;", "ENT clinic POSTPONED."): a heading or a state, no name. Not in a sentence, where
    capitals are an acronym ("the aid group CARE said", "UNISON, which represents staff, said")."""
    while start > 0 and is_shouted_word(doc[start - 1]):  # the whole run of capitals: "OUT OF SERVICE"
        start -= 1
    while end < len(doc) and is_shouted_word(doc[end]):
        end += 1
    words = [t for t in doc[start:end] if not is_joining_hyphen(t)]
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    opens_line = before is None or "\n" in before.text_with_ws
    heads = opens_line and after is not None and (after.text == ":" or (after.text in HEADING_ENDS and len(words) > 1))
    line_ends = after is None or after.is_space or "\n" in doc[end - 1].text_with_ws
    states = before is not None and (
        (before.text in (":", "):") and (line_ends or after.text in ("(", ",", ";") or after.is_lower))
        or (
            before.text == ","
            and (line_ends or after.text == "(" or (after.is_lower and words[-1].text.endswith("ED")))
        )
    )  # "Sánchez: St Anthony, POSTPONED after the storm": a state in a participle; not ", UNISON said"
    closes = line_ends or (after is not None and after.text in (".", ";", "(", ","))
    follows = before is not None and closes and (before.like_num or (before.is_lower and words[-1].text.endswith("ED")))
    return (
        (heads or states or follows)
        and all(
            is_shouted_word(t)
            and (t.is_stop or is_english_word(t, english) or is_in_compound(t) or is_heading_qualifier(t))
            for t in words
        )
        and bool(words)
        and is_english_word(words[-1], english)
        and not (
            (heads or len(words) > 1)
            and all(
                is_first_name(t.text.title()) or t.lower_ in lexicons.words("entity_common_surnames.txt") for t in words
            )
        )  # "JOHN SMITH:", not "RIVER CLEAN-UP," nor a state "RED"
    )


def is_heading_qualifier(token: Token) -> bool:
    """The first of a heading's words before English ones, at its line's start and before its comma, in no
    dictionary and no place of the gazetteer: "PATRONAL FESTIVALS, Samaná", "CANOE RACE RESULTS, Kimbe"; not "KENYA
    AIRWAYS:"."""
    line_opens = token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws
    return line_opens and is_shouted_word(token.nbor()) and token.text.title() not in places()


def is_in_compound(token: Token) -> bool:
    """A word joined to the next or the last by a hyphen, a part of a compound: "WI" and "FI" of "WI-FI"."""
    return any(0 <= j < len(token.doc) and is_joining_hyphen(token.doc[j]) for j in (token.i - 1, token.i + 1))


def is_place_in_capitals(name: Span, gazetteer: dict[tuple[str, ...], Place], towns: Towns) -> bool:
    """A place of the gazetteer or a town of geonames written in capitals ("ASHEVILLE", "NEW YORK")."""
    titled = tuple(t.text.title() for t in name)
    return titled in gazetteer or " ".join(titled) in towns.names


def is_shouted_word(token: Token) -> bool:
    """A word of two or more letters in capitals, or a hyphen between two ("CLEAN-UP")."""
    return (token.is_upper and token.is_alpha and len(token) > 1) or (
        is_joining_hyphen(token) and 0 < token.i < len(token.doc) - 1 and token.nbor(-1).is_upper
    )


def is_currency(doc: Doc, start: int, end: int) -> bool:
    """A currency code next to an amount ("250 MXN", "USD 40"), which the model takes for an ORG."""
    return end - start == 1 and doc[start].text in currency_codes() and near_number(doc, start, end)


SIGNED_CHANGE = re.compile(r"(?<!\w)[+−-]\d")  # "+0.6%", "−1.2%", "-0.4%"


def is_market_line(doc: Doc, i: int) -> bool:
    """Whether token i's line reports prices with signed changes ("Galp +3.1%; Jerónimo Martins +0.6%"), where a
    name next to a number is a listed company's, whatever it looks like."""
    text = doc.text
    start, end = text.rfind("\n", 0, doc[i].idx) + 1, text.find("\n", doc[i].idx)
    return bool(SIGNED_CHANGE.search(text, start, end if end >= 0 else len(text)))


def near_number(doc: Doc, start: int, end: int) -> bool:
    """Whether a span sits right next to a number, as a name cell of a results table does."""
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return bool(NUMERIC.fullmatch(before) or NUMERIC.fullmatch(after))


def covering(candidates: list[Candidate], start: int, end: int) -> list[Candidate]:
    """The candidates overlapping [start, end)."""
    return [c for c in candidates if c.start < end and start < c.end]


def taken_tokens(doc: Doc, candidates: list[Candidate]) -> list[bool]:
    """Which tokens some candidate already covers."""
    taken = [False] * len(doc)
    for c in candidates:
        for i in range(c.start, c.end):
            taken[i] = True
    return taken


Key = tuple[str, ...]
Votes = dict[Key, dict[str, float]]


def resolve(
    doc: Doc,
    matcher: PhraseMatcher,
    gazetteer: dict[Key, Place],
    regions: frozenset[Key],
    indices: PhraseMatcher,
    towns: Towns,
    companies: Companies,
    headlines: HeadlineReader,
    rules: EntityRules,
) -> list[Span]:
    """The repaired entity spans of one Doc (kept labels plus untouched numeric/date ents): candidates from the
    model, the gazetteer and the rules that find names; votes for each name's label; the winners."""
    if not len(doc):
        return list(doc.ents)
    token_kind = token_line_kinds(doc)
    in_credit = credit_check(doc)
    model_ents = [e for e in doc.ents if token_kind[e.start] != "title"] + headlines.ents(doc, token_kind)
    candidates = model_candidates(doc, model_ents, token_kind, in_credit, gazetteer, companies.english, rules)
    candidates, place_of, place_at, place_votes = gazetteer_candidates(
        doc, candidates, matcher, gazetteer, in_credit, rules
    )
    candidates = found_candidates(doc, candidates, place_at, place_of, token_kind, indices, towns, companies, rules)
    candidates = with_spelled_numbers(doc, candidates)
    candidates = [
        c
        for c in candidates
        if not is_common_noun_word(doc, c.start, c.end)
        and not (
            (
                is_field_label(doc, c.start, c.end, companies.english)
                or (
                    is_shouted_notice_words(doc, c.start, c.end, companies.english)
                    and not (
                        is_place_in_capitals(doc[c.start : c.end], gazetteer, towns)  # "ASHEVILLE, N.C. —"
                        and not (c.start > 0 and doc[c.start - 1].text in (":", "):"))  # a state: "Fistral: RED"
                    )
                )
            )
            and key_of(doc, c.start, c.end) not in place_of
            and c.source != "listed place"
        )
    ]
    candidates = [c for c in candidates if not is_dated_month(doc, c.start, c.end)]
    if rules.drop_common_openers:
        common = common_word_openers(doc)
        candidates = [c for c in candidates if c.source == "gazetteer" or c.end - c.start > 1 or c.start not in common]
    towns_of_bodies = towns_named_in_bodies(doc, candidates)
    votes, support, texts_of = label_votes(
        doc, candidates, token_kind, place_of, place_votes, regions, towns, towns_of_bodies, companies, rules
    )
    organisations = {
        key_of(doc, c.start, c.end) for c in candidates if appositive_kind(doc, c.start, c.end) in ("ORG", "NORP")
    }
    labels, name_parts = settled_labels(votes, support, texts_of, place_of, organisations, towns_of_bodies, rules)
    kept = labelled_candidates(doc, candidates, labels, support, name_parts, token_kind, rules)
    taken = taken_tokens(doc, kept)
    for c in kept:
        c.end += ends_in_its_s(doc, c, companies)
        c.end = particle_joined_end(doc, c)
        c.end += 2 * has_faction_letters(doc, c)
        c.start -= opens_with_given_name(doc, c, taken, companies.english)
        c.start -= portfolio_words_before(doc, c, companies.english)
    kept = with_given_names_read_as_places(doc, kept)
    kept = with_names_known_as(doc, kept)
    known = {key: labels[key] for key in labels if support[key] > 0}
    known = short_company_names(labels, texts_of, gazetteer, companies.english) | known
    if rules.find_names_again:
        kept += propagate(doc, kept, known, in_credit, token_kind)
    if rules.read_results_tables:
        kept += table_names(doc, kept, known, token_kind, place_of)
    return joined_person_halves(with_other_entities(doc, kept))


def joined_person_halves(ents: list[Span]) -> list[Span]:
    """A person and the one word of a person right after it, with one space between, joined: one name cut in two
    ("Khúc Minh" + "Uyên"), as prose parts two people with a comma or a word."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == ent.label_ == "PERSON"
            and last.end == ent.start
            and last[-1].whitespace_ == " "
            and len(ent) == 1  # not "Father" + "Jožef Komac": a title before a whole name stays out
        ):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


def credit_check(doc: Doc) -> Callable[[int, int], bool]:
    """Whether tokens [s, e) overlap a photo credit or byline of the Doc."""
    credits = credit_ranges(doc.text)

    def in_credit(s: int, e: int) -> bool:
        a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        return any(a < ce and cs < b for cs, ce in credits)

    return in_credit


def model_candidates(
    doc: Doc,
    ents: list[Span],
    token_kind: list[str],
    in_credit: Callable[[int, int], bool],
    gazetteer: dict[Key, Place],
    english: frozenset[str],
    rules: EntityRules,
) -> list[Candidate]:
    """The model's spans of kept labels, split, trimmed and read as headline names, that name something; their
    vote is smaller on ALL-CAPS lines and in results tables."""

    def line_factor(s: int) -> float:
        kind = token_kind[s]
        return rules.caps_line_factor if kind == "caps" else rules.table_line_factor if kind == "table" else 1.0

    candidates: list[Candidate] = []
    for ent in ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        for s, e, factor in model_pieces(doc, ent, rules.split_factor):
            s, e = trim(doc, s, e, ent.label_)
            s = with_cut_compound(doc, s, e, ent.label_, english)
            s -= hyphened_opening(doc, s) if ent.label_ == "ORG" else 0
            e += titled_place_noun(doc, e)
            s -= named_for_title(doc, s, e, ent.label_)
            if s < e and token_kind[s] == "title":
                s, e = headline_name(doc, s, e, gazetteer)
            if (
                s < e
                and (
                    is_name(doc, s, e)
                    or is_unknown_word(doc, s, e, english)
                    or is_capitalised_noun_name(doc, s, e, ent.label_, token_kind)
                    or is_group_adjective(doc, s, e, ent.label_)
                )
                and not is_lone_title(doc, s, e)
                and not in_credit(s, e)
                and not is_currency(doc, s, e)
                and not is_weather_word(doc, s, e)
                and not is_board_status(doc, s)
                and not is_flight_code(doc, s, e)
            ):
                candidates.append(Candidate(s, e, ent.label_, rules.model_vote * factor * line_factor(s), "model"))
    return candidates


def with_cut_compound(doc: Doc, start: int, end: int, label: str, english: frozenset[str]) -> int:
    """The start of a model's name with the capitalised words before it that the parser joins to it as compounds and
    that are no English word or title: "Lotería" of "Lotería Solidaria del Norte", which the model cut off; or the
    given names before a lone surname ("Ana" of "Ana Radola", where the model kept "Radola") or before a person's
    two surnames or given and family names ("María Fernanda" of "María Fernanda López Ortega", "Tanvir" of "Tanvir
    Hasan Rumi"), up to four words."""
    while 0 < start < end:
        word = doc[start - 1]
        joined = (
            word.pos_ == "PROPN"
            and word.dep_ == "compound"
            and start <= word.head.i < end
            and word.is_title
            and word.is_alpha
            and not word.ent_type_
            and word.lower_ not in role_words() | HONORIFICS
        )
        if joined and is_first_name(word.text):
            if label != "PERSON" or end - start >= 4:
                return start - 1 if end - start == 1 else start
            start -= 1
            continue
        if not joined or is_english_word(word, english):  # not "Displaced"
            break
        start -= 1
    return start


def hyphened_opening(doc: Doc, start: int) -> int:
    """How many tokens of a hyphened town's name the model cut from the body's name at `start`: "Jalal-" of "the
    Jalal-Abad Tenants' Association", "Mazar-i-" of "the Mazar-i-Sharif Teachers' Union"."""
    opening = start
    while (
        opening >= 2
        and is_joining_hyphen(doc[opening - 1])
        and doc[opening - 2].is_alpha
        and doc[opening - 2].lower_ not in NAME_PREFIXES  # "Anti-Houthi fighters"
        and (doc[opening - 2].is_title or (opening >= 4 and doc[opening - 3].text == "-"))
    ):
        opening -= 2
    return start - opening if doc[opening].is_title else 0


def with_spelled_numbers(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a capitalised spelled number before them inside a sentence, which only a name
    capitalises there and the model reads as a count: "Two" of "and Two Row Times said", "Six" of ", Six Nations
    Health Services pays"; not a sentence's or line's first word ("Six Nations said" may count six)."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    for c in candidates:
        while c.start - 1 not in taken and is_spelled_name_number(doc[c.start - 1], c.start, c.end):
            c.start -= 1
            taken.add(c.start)
    return candidates


def is_spelled_name_number(word: Token, start: int, end: int) -> bool:
    """A capitalised spelled number tied to the name after it, after a lower-case word or a comma."""
    if word.i < 1 or word.is_sent_start or not word.is_title or not word.is_alpha or not word.like_num:
        return False
    before = word.doc[word.i - 1]
    tied = word.dep_ in ("nummod", "compound") and start <= word.head.i < end
    return tied and (before.is_lower or before.text == ",")


def gazetteer_candidates(
    doc: Doc,
    candidates: list[Candidate],
    matcher: PhraseMatcher,
    gazetteer: dict[Key, Place],
    in_credit: Callable[[int, int], bool],
    rules: EntityRules,
) -> tuple[list[Candidate], dict[Key, Place], list[tuple[int, int]], list[tuple[Key, str]]]:
    """Places of the gazetteer: each replaces the model spans inside it; (candidates, place of each name, where
    the places are, the weak places the model also found with its own label)."""
    place_of: dict[Key, Place] = {}
    place_at: list[tuple[int, int]] = []
    place_votes: list[tuple[Key, str]] = []
    for s, e in longest_spans([(s, e) for _, s, e in matcher(doc)]):
        place = gazetteer.get(tuple(t.text for t in doc[s:e]))
        if place is None or in_credit(s, e) or is_acronym_like_place(doc, s, e, gazetteer):
            continue
        place_of[key_of(doc, s, e)] = place
        place_at.append((s, e))
        candidates = [cut_before_place(doc, c, s, e) for c in candidates]
        overlapping = covering(candidates, s, e)
        same_span = any((c.start, c.end) == (s, e) for c in overlapping)
        if all(s <= c.start and c.end <= e for c in overlapping) and not same_span:
            candidates = [c for c in candidates if c not in overlapping]
            weight = rules.gazetteer_vote if place.strong else rules.weak_place_vote
            candidates.append(Candidate(s, e, place.label, weight, "gazetteer"))
        elif not place.strong and same_span:
            place_votes.append((key_of(doc, s, e), place.label))
    return candidates, place_of, place_at, place_votes


def is_acronym_like_place(doc: Doc, start: int, end: int, gazetteer: dict[Key, Place]) -> bool:
    """A place's name written in capitals that the gazetteer also has in lower case, inside a sentence in lower
    case and not opening a line or written as a dateline is: an acronym ("NICE is expected to rule", the health
    regulator, not Nice), not the place ("NICE, France -", also after a byline on its line) nor a name only
    written so ("USA")."""
    words = tuple(t.text for t in doc[start:end])
    titled = tuple(w.title() for w in words)
    if not all(w.isupper() for w in words) or titled == words or titled not in gazetteer:
        return False
    sentence = doc[start].sent
    alpha = [t for t in sentence if t.is_alpha]
    shouted = sum(t.is_upper for t in alpha) * 2 >= len(alpha)
    line_start = start == sentence.start or "\n" in doc[start - 1].text_with_ws
    dateline = end < len(doc) and doc[end].text in (",", "(", "-", "—", "–", "--")  # "... KYIV, Ukraine -"
    return not shouted and not line_start and not dateline


def cut_before_place(doc: Doc, c: Candidate, start: int, end: int) -> Candidate:
    """A candidate ending in "in" and the place [start, end) without them: "the Disaster Management Centre in
    Colombo", "the Golden Temple in Amritsar"."""
    if c.end == end and c.start < start - 1 and doc[start - 1].lower_ == "in":
        return Candidate(c.start, start - 1, c.label, c.weight, c.source)
    return c


def found_candidates(
    doc: Doc,
    candidates: list[Candidate],
    place_at: list[tuple[int, int]],
    place_of: dict[Key, Place],
    token_kind: list[str],
    indices: PhraseMatcher,
    towns: Towns,
    companies: Companies,
    rules: EntityRules,
) -> list[Candidate]:
    """The candidates with the names the model missed or cut: clubs, market indices, products, weather cells and
    the sides of fixtures and matches replace what they overlap; initialled and bracketed names, speakers, places
    before a place noun and towns add."""
    found = club_names(doc, place_at, rules.team_context_vote) if rules.team_context_vote > 0 else []
    if rules.team_context_vote > 0:
        found += plural_team_names(doc, place_at, place_of, rules.team_context_vote)
    if rules.event_word_vote > 0:  # first, so a listed event outranks a newspaper's word: "the Golden Globe"
        found += recurring_events(doc, indices, companies.english, rules.event_word_vote)
        found += gathering_names(doc, rules.event_word_vote)
        found += contests_by_first_word(doc, rules.event_word_vote)
        found += remembered_disasters(doc, rules.event_word_vote)
    if rules.org_word_vote > 0:
        found += of_place_names(doc, place_at, rules.org_word_vote)
        found += particle_headed_names(doc, rules.org_word_vote)
        found += for_place_names(doc, place_at, rules.org_word_vote)
        found += national_bodies(doc, place_at, place_of, token_kind, rules.org_word_vote)
        found += regional_parties(doc, place_of, rules.org_word_vote)
    if rules.law_name_vote > 0:
        found += law_names(doc, rules.law_name_vote)
        found += case_names(doc, token_kind, rules.law_name_vote)
    if rules.flight_board_vote > 0:
        found += flight_destinations(doc, place_of, rules.flight_board_vote)
    if rules.place_noun_vote > 0:
        found += road_names(doc, rules.place_noun_vote)
        found += features_of_names(doc, rules.place_noun_vote)
        found += places_before_heads(doc, place_at, rules.place_noun_vote)
    if rules.town_vote > 0:
        found += dateline_places(doc, rules.town_vote)
        found += two_word_towns(doc, companies.english, rules.town_vote)
        found += towns_by_water(doc, rules.town_vote)
        found += route_line_ends(doc, rules.town_vote)
        found += listed_places(doc, companies.english, rules.town_vote)
        found += venue_towns(doc, towns, companies.english, rules.town_vote)
        found += notice_areas(doc, place_of, towns, companies.english, rules.town_vote)
    if rules.org_word_vote > 0:
        found += possessive_names(doc, place_of, rules.org_word_vote)
        found += newspaper_names(doc, rules.org_word_vote)
        found += station_names(doc, rules.org_word_vote)
        found += office_names(doc, rules.org_word_vote)
        found += portfolio_names(doc, companies.english, rules.org_word_vote)
        found += joined_places_bodies(doc, candidates, rules.org_word_vote)
        found += service_names(doc, token_kind, rules.org_word_vote)
        found += employers_before_roles(doc, candidates, place_of, companies.english, rules.org_word_vote)
    if rules.double_barrelled_vote > 0:
        found += double_barrelled_people(doc, place_of, companies.english, rules.double_barrelled_vote)
        found += particle_names(doc, place_of, rules.double_barrelled_vote)
        found += patronymic_middle_names(doc, rules.double_barrelled_vote)
        found += son_of_names(doc, rules.double_barrelled_vote)
        found += paired_people(doc, rules.double_barrelled_vote)
    if rules.market_index_vote > 0:
        found += market_indices(doc, indices, rules)
    if rules.org_word_vote > 0:
        found += listed_figures(doc, place_of, rules.org_word_vote)
    if rules.org_word_vote > 0:
        found += legislatures(doc, indices, rules.org_word_vote)
        found += seats_on_bodies(doc, candidates, rules.org_word_vote)
        found += share_issuers(doc, rules.org_word_vote)
        found += seat_winners(doc, candidates, rules.org_word_vote)
        found += prefixed_bodies(doc, rules.org_word_vote)
        found += compound_bodies(doc, companies.english, rules.org_word_vote)
        found += foreign_joined_bodies(doc, rules.org_word_vote)
        found += kind_first_bodies(doc, rules.org_word_vote)
        found += placed_entrants(doc, rules.org_word_vote)
        found += sentence_case_bodies(doc, companies.english, rules.org_word_vote)
        found += adjective_named_bodies(doc, companies.english, rules.org_word_vote)
        found += run_businesses(doc, candidates, rules.org_word_vote)
        found += members_bodies(doc, rules.org_word_vote)
        found += publications(doc, place_of, rules.org_word_vote)
        found += legal_form_names(doc, token_kind, companies.english, rules.org_word_vote)
    if rules.product_vote > 0:
        found += products(doc, candidates, token_kind, rules.product_vote)
        found += designated_products(doc, rules.product_vote)
        found += named_models(doc, rules.product_vote)
        found += counted_products(doc, place_of, companies.names, rules.product_vote)
        found += contained_products(doc, place_of, rules.product_vote)
    if rules.org_word_vote > 0:
        found += native_lower_names(doc, place_of, companies.english, rules.org_word_vote)
        found += joined_native_names(doc, rules.org_word_vote)
    if rules.appositive_kind_vote > 0:
        found += kind_titled_names(doc, token_kind, rules.appositive_kind_vote)
        found += whose_acting_names(doc, rules.appositive_kind_vote)
        found += counted_names(doc, token_kind, rules.appositive_kind_vote)
        found += rendered_works(doc, token_kind, rules.appositive_kind_vote)
        found += performed_works(doc, place_of, rules.appositive_kind_vote)
        found += listing_titles(doc, rules.appositive_kind_vote)
    if rules.acronym_name_vote > 0:
        found += acronym_spelled_names(doc, candidates, rules.acronym_name_vote)
    if rules.honorific_vote > 0:
        found += hyphened_given_names(doc, token_kind, rules.honorific_vote)
        found += hyphened_korean_given_names(doc, token_kind, rules.honorific_vote)
        found += abbreviated_given_names(doc, rules.honorific_vote)
        found += saints_with_epithets(doc, rules.honorific_vote)
    if rules.appositive_kind_vote > 0:
        found += languages_in_use(doc, token_kind, place_of, rules.appositive_kind_vote)
    if rules.place_noun_vote > 0:
        found += named_features(doc, candidates, place_of, token_kind, rules.place_noun_vote)
        found += features_named_first(doc, candidates, place_of, token_kind, rules.place_noun_vote)
    if rules.town_vote > 0:
        found += towns_cut_short(doc, candidates, rules.town_vote)
    if rules.org_word_vote > 0:  # after the works and kinds that name the same words ("their single A Última Ponte")
        found += article_opened_names(doc, candidates, companies.english, rules.org_word_vote)
    for c in filter_candidates(found):
        candidates = [o for o in candidates if not (o.start < c.end and c.start < o.end)] + [c]
    if rules.product_vote > 0:
        candidates += operators_of_products(doc, candidates, rules.product_vote)
    if rules.find_initialled_names:
        candidates += initialled_names(doc, candidates, rules.model_vote)
        candidates += initialled_people(doc, candidates, companies, rules.honorific_vote)
    if rules.honorific_vote > 0:
        candidates = whole_person_names(doc, candidates, token_kind, rules.honorific_vote)
    if rules.age_vote > 0:
        candidates += described_people(doc, candidates, token_kind, companies.english, rules.age_vote)
    if rules.appositive_kind_vote > 0:
        candidates += appositive_names(doc, candidates, token_kind, rules.appositive_kind_vote)
    if rules.org_word_vote > 0:
        candidates += org_word_names(doc, candidates, token_kind, rules.org_word_vote)
        candidates += hyphened_backers(doc, candidates, place_of, companies.english, rules.org_word_vote)
    if rules.people_name_vote > 0:
        candidates += peoples_before_members(doc, candidates, token_kind, companies.english, rules.people_name_vote)
    if rules.org_word_vote > 0:
        candidates += suffixed_companies(doc, candidates, token_kind, rules.org_word_vote)
        candidates += prize_names(doc, candidates, token_kind, rules.org_word_vote)
    if rules.acronym_name_vote > 0:
        candidates += acronyms_after_the(doc, candidates, token_kind, place_of, rules.acronym_name_vote)
        candidates += acronyms_after_their_place(doc, token_kind, place_of, rules.acronym_name_vote)
    if rules.find_bracketed_names:
        candidates += bracketed_nationals(doc, candidates, place_of, rules.model_vote)
    if rules.town_vote > 0:
        candidates += bracketed_home_towns(doc, candidates, place_of, companies.english, rules.town_vote)
    if rules.find_speakers:
        candidates += speakers(doc, candidates, rules.model_vote)
        candidates += set_off_speakers(doc, candidates, rules.appositive_kind_vote)
        candidates += acting_companies(doc, candidates, place_of, rules.model_vote)
    if rules.kind_noun_vote > 0:
        candidates += kind_named(doc, candidates, rules.kind_noun_vote)
        candidates += named_before_kind(doc, candidates, place_of, rules.kind_noun_vote)
        candidates += acronyms_listed_with_organisations(doc, candidates, place_of, rules.kind_noun_vote)
        candidates += outlets_named_before(doc, place_of, rules.kind_noun_vote)
        candidates += owned_kind_names(doc, rules.kind_noun_vote)
        candidates += related_companies(doc, candidates, rules.kind_noun_vote)
        candidates += owned_products(doc, companies.english, rules.kind_noun_vote)
        candidates += described_after(doc, candidates, place_of, companies.english, rules.kind_noun_vote)
        candidates += reporting_outlets(doc, candidates, place_of, rules.kind_noun_vote)
        candidates += listed_outlets(doc, place_of, rules.kind_noun_vote)
    if rules.lone_speaker_vote > 0:
        candidates += unmarked_speakers(doc, candidates, place_of, companies.english, rules.lone_speaker_vote)
    if rules.company_object_vote > 0:
        candidates += company_subjects(doc, candidates, place_of, companies.english, rules.company_object_vote)
        candidates += employers_joined(doc, rules.company_object_vote)
    if rules.listed_company_vote > 0:
        candidates += listed_company_names(
            doc, candidates, place_of, companies, towns.names, token_kind, rules.listed_company_vote
        )
        candidates += known_organisations(doc, candidates, indices, place_of, token_kind, rules.listed_company_vote)
    if rules.place_noun_vote > 0:
        candidates += place_noun_names(doc, candidates, place_of, rules.place_noun_vote)
        candidates = storm_names(doc, candidates, token_kind, rules.place_noun_vote)
        candidates = vessel_names(doc, candidates, rules.place_noun_vote)
        candidates = numbered_units(doc, candidates)
    weather = rules.weather_place_vote > 0
    line_names = weather_places(doc, candidates, token_kind, rules.weather_place_vote) if weather else []
    if rules.team_context_vote > 0:
        line_names += fixture_sides(doc, rules.team_context_vote)
        line_names += unfound_sides(doc, candidates, rules.team_context_vote)
        line_names += lineup_players(doc, place_of, rules.team_context_vote)
    candidates = [c for c in candidates if not overlaps_any(c, line_names)] + line_names
    candidates = without_portfolios(doc, candidates, companies.english)
    if rules.town_vote > 0:
        candidates = listed_town_pairs(doc, candidates, towns.plain, companies.english, rules.town_vote)
    return candidates + town_names(doc, candidates, place_of, towns, companies.english, rules)


def listed_town_pairs(
    doc: Doc, candidates: list[Candidate], known_towns: NameSet, english: frozenset[str], weight: float
) -> list[Candidate]:
    """The candidates with a name of two towns joined by "and" or "to" split in two places, where it closes a list
    or follows a preposition of place: "Rosetown and Swift Current" of "around Kindersley, Rosetown and Swift
    Current", "flights to Iquitos and Pucallpa", "from the airport in Kumasi to Abidjan", for the model one name;
    after "from", also two names no gazetteer knows, each one word of no English word or listed company, not both
    given names ("mothers from Saleapaga and Lepā", "covers the dale from Ramsgill to Summerbridge")."""
    pairs = []
    for c in candidates:
        joins = [t.i for t in doc[c.start : c.end] if t.lower_ in ("and", "to")]
        if len(joins) != 1 or c.start == 0:
            continue
        opener = doc[c.start - 1]
        if opener.text != "," and opener.lower_ not in PLACE_OPENERS:
            continue
        first, second = doc[c.start : joins[0]], doc[joins[0] + 1 : c.end]
        if not (len(first) and len(second)):
            continue
        unknown = [is_unknown_town_word(half, english) for half in (first, second)]
        people = all(is_first_name(half.text) for half in (first, second))  # "from Anna and Maria"
        if (first.text in known_towns and second.text in known_towns) or (
            opener.lower_ == "from" and all(unknown) and not people
        ):
            pairs.append((c, first, second))
    replaced = [c for c, _, _ in pairs]
    towns = [Candidate(p.start, p.end, "GPE", weight, "listed towns") for _, *parts in pairs for p in parts]
    return [c for c in candidates if all(c is not r for r in replaced)] + towns


def is_unknown_town_word(name: Span, english: frozenset[str]) -> bool:
    """One capitalised word that is no English word, organisation's word or listed company."""
    word = name[0]
    return (
        len(name) == 1
        and word.is_title
        and word.lower_ not in english
        and word.lower_ not in org_words()
        and word.text not in listed_companies()
    )


def without_portfolios(doc: Doc, candidates: list[Candidate], english: frozenset[str]) -> list[Candidate]:
    """The candidates but an English word naming the portfolio of a title before a person's name: "Education" of
    "Education Secretary Mairi Buchanan", "Defence" of "Defence Minister Rustem Umerov"."""
    people = {c.start for c in candidates if c.label == "PERSON"}

    def is_portfolio(c: Candidate) -> bool:
        return (
            c.end - c.start == 1
            and c.label == "ORG"  # not "French" of "French Foreign Minister"
            and doc[c.start].lower_ in english
            and not doc[c.start].is_upper  # "AFP Commissioner Mick Keelty": an agency's
            and c.end + 1 < len(doc)
            and doc[c.end].is_title
            and (doc[c.end].lower_,) in role_sequences()
            and c.end + 1 in people
        )

    return [c for c in candidates if not is_portfolio(c)]


def label_votes(
    doc: Doc,
    candidates: list[Candidate],
    token_kind: list[str],
    place_of: dict[Key, Place],
    place_votes: list[tuple[Key, str]],
    regions: frozenset[Key],
    towns: Towns,
    towns_of_bodies: set[Key],
    companies: Companies,
    rules: EntityRules,
) -> tuple[Votes, dict[Key, float], dict[Key, list[str]]]:
    """(votes per name and label, support per name, each name's token texts): each candidate votes for its
    label, the gazetteer for its places, and the context rules for what the text shows."""
    votes: Votes = defaultdict(lambda: defaultdict(float))
    support: dict[Key, float] = defaultdict(float)
    texts_of: dict[Key, list[str]] = {}
    for c in candidates:
        key = key_of(doc, c.start, c.end)
        texts_of.setdefault(key, [t.text for t in doc[c.start : c.end]])
        votes[key][c.label] += c.weight
        if token_kind[c.start] != "caps" or c.source in ("gazetteer", "notice area"):
            support[key] += c.weight
        if (
            token_kind[c.start] == "table"
            and near_number(doc, c.start, c.end)
            and not is_strong_place(key, place_of)
            and not is_bracketed_scorer(doc, c.start, c.end)
        ):
            person = (looks_like_person(key, texts_of[key]) or c.source == "particle name") and not is_market_line(
                doc, c.start
            )  # "2 Priya Nandakumar & Tomás de la Torre 57.8%"; not "Jerónimo Martins +0.6%"
            if not is_initialled_name(texts_of[key]) and not person and c.label not in ("NORP",):
                votes[key]["ORG"] += rules.table_team_vote
    for key, label in place_votes:
        votes[key][label] += rules.weak_place_vote
    languages = {key_of(doc, c.start, c.end) for c in candidates if c.label == "LANGUAGE"}  # "taught in English"
    for key, place in place_of.items():
        support[key] += rules.gazetteer_vote
        if place.strong and key not in languages:
            votes[key][place.label] += rules.gazetteer_vote
    headed_by_the = {  # "The Simon Community said": no one's name takes "the"; "the Joe Biden administration" may
        key_of(doc, c.start, c.end)
        for c in candidates
        if after_the(doc, c.start, c.end) and doc[c.end - 1].dep_ != "compound"
    }
    placed_towns = {  # "signed for a college in Pippa Passes": the model's town where something is, not a Pippa
        key_of(doc, c.start, c.end)
        for c in candidates
        if c.source == "model" and c.label == "GPE" and is_placed_in(doc, c.start, c.end)
    }
    for key, texts in texts_of.items():
        if (
            looks_like_person(key, texts)
            and key not in place_of
            and key not in headed_by_the
            and key not in placed_towns
            and not (texts[-1][:1].isupper() and key[-1:] in place_words("head"))  # "Walker Lake", "Ross Castle"
            and (key[:1] not in place_of or key[1] in lexicons.words("entity_common_surnames.txt"))
        ):
            votes[key]["PERSON"] += rules.given_name_vote
    places_at = place_tokens(doc, candidates, place_of)
    for c in candidates:
        context_votes(doc, c, votes, place_of, regions, rules, companies.english)
        if c.source == "model" and c.label in ("PERSON", "ORG", "NORP") and is_town_of_a_body(doc, c, towns_of_bodies):
            votes[key_of(doc, c.start, c.end)]["GPE"] += rules.owned_noun_vote  # "Sefrou has ... the Commune de Sefrou"
        if is_listed_company(doc, c, place_of, companies.names):
            votes[key_of(doc, c.start, c.end)]["ORG"] += rules.listed_company_vote
        if c.source == "model" and c.label != "ORG" and is_field_body(doc, c, place_of, companies.english):
            votes[key_of(doc, c.start, c.end)]["ORG"] += rules.org_word_vote
        as_feature = c.source == "model" and is_town_named_as_feature(doc, c, towns.names)
        if (
            c.source == "model"
            and (c.label in MISTAKEN_FOR_PLACES or (c.label == "FAC" and is_bare_town_facility(doc, c)) or as_feature)
            and key_of(doc, c.start, c.end) not in place_of
        ):
            organisation = c.label == "ORG"
            known = towns.plain if organisation else towns.names
            weight = place_position(doc, c.start, c.end, places_at, known, rules, organisation, companies.english)
            if weight and as_feature:
                weight += rules.place_noun_vote  # "a vet from Monkey Bay": above the feature its "Bay" votes for
            town = doc[c.start : c.end].text
            if c.label == "NORP" and town in known and not town.endswith("s"):
                weight = max(weight, rules.locative_vote)  # "its Grimsby plant": a town; not "Greens leader"
            if town in known and is_owned_site(doc, c.start, c.end):
                weight = max(weight, rules.locative_vote)  # "Škoda Auto's Mladá Boleslav plant"
            votes[key_of(doc, c.start, c.end)]["GPE"] += weight
        if c.source == "model" and c.label == "GPE" and in_direction_of(doc, c.start, c.end):
            votes[key_of(doc, c.start, c.end)]["GPE"] += rules.direction_vote  # "west of Prince George": no prince
        if is_town_as_location(doc, c, place_of, towns.plain):
            votes[key_of(doc, c.start, c.end)]["GPE"] += rules.town_vote
        if (
            c.source == "model"
            and c.label in MISTAKEN_FOR_PLACES
            and key_of(doc, c.start, c.end) not in place_of
            and (
                names_town_noun(doc, c.start, c.end, towns, companies.english)
                or opens_with_home(doc, c.start, c.end, towns, companies.english)
            )
        ):
            votes[key_of(doc, c.start, c.end)]["GPE"] += rules.owned_noun_vote  # "the former Constanța mayor"
        if is_named_state(doc, c, place_of, towns.names):
            votes[key_of(doc, c.start, c.end)]["GPE"] += rules.place_noun_vote
        if c.source == "model" and c.label != "NORP" and is_governed_place(doc, c):  # not "the Andalusian ..."
            votes[key_of(doc, c.start, c.end)]["GPE"] += rules.owned_noun_vote
        if is_unknown_place_that_acts(doc, c, place_of, towns.names):
            votes[key_of(doc, c.start, c.end)]["ORG"] += rules.speaker_vote
    return votes, support, texts_of


def towns_named_in_bodies(doc: Doc, candidates: list[Candidate]) -> set[Key]:
    """The towns of geonames that close the name of a body or place after "of" or a Romance "de" ("the Rotary Club
    of Waimate", "the Commune de Sefrou", "the Commune d'Azrou"): a news text names a town's bodies after the town it
    writes about."""
    found = set()
    for c in candidates:
        link = next((i for i in range(c.end - 2, c.start, -1) if doc[i].lower_ in BODY_PLACE_LINKS), None)
        if link is not None and doc[link + 1 : c.end].text in towns():
            found.add(key_of(doc, link + 1, c.end))
        elided = doc[c.end - 1].text
        if c.end - c.start >= 2 and elided[:1] in "dD" and ELIDED_LINK.match(elided) and elided[2:] in towns():
            found.add((elided[2:].lower(),))
    return found


def is_town_of_a_body(doc: Doc, c: Candidate, towns_of_bodies: set[Key]) -> bool:
    """A name standing alone that a body of the same text is named after (towns_named_in_bodies), as no one's given
    name or common surname and no speaker: the town ("Sefrou has started fining drivers ..., and the Commune de
    Sefrou says")."""
    root = doc[c.start : c.end].root
    return (
        key_of(doc, c.start, c.end) in towns_of_bodies
        and not is_first_name(doc[c.start].text)
        and doc[c.end - 1].lower_ not in lexicons.words("entity_common_surnames.txt")
        and not (root.dep_ == "nsubj" and root.head.lemma_ in lexicons.words("speech_verbs.txt"))
    )


COMPASS_WORDS = frozenset(word.lower() for word in DIRECTIONS) | frozenset(
    {"upper", "lower", "greater", "inner", "outer", "rural", "regional", "coastal", "metro", "downtown", "new", "old"}
    | {"mid", "far"}
)  # the gazetteer's directions and the words of a position in a region: "Central Victoria", "Greater Sydney"


def is_field_body(doc: Doc, c: Candidate, place_of: dict[Key, Place], english: frozenset[str]) -> bool:
    """A body named by its field and its state or country ("Agriculture Victoria", "Hockey Victoria", "Legal Aid
    Ontario", "Tennis Australia"): English words, none a given name, a place or a compass or position word
    ("Central Victoria", "Oregon Coast" are places), before a first-level region or a country, not where a place
    is ("in Outback Queensland"): an organisation, not the person the given name "Victoria" suggests."""
    words = doc[c.start : c.end]
    if len(words) < 2 or key_of(doc, c.start, c.end) in place_of or is_where(doc, c.start, c.end):
        return False
    country = places().get(words[-1].text)
    place = words[-1].text in state_names() or (country is not None and country.strong and country.label == "GPE")
    field = all(
        t.is_title
        and t.lower_ in english
        and t.lower_ not in COMPASS_WORDS
        and not is_first_name(t.text)
        and t.text not in state_names()  # not "Oregon Coast", where Kenya has a province "Coast"
        and t.text not in places()
        for t in words[:-1]
    )
    return place and field and not after_locative(doc, c.start, c.end)


def is_bare_town_facility(doc: Doc, c: Candidate) -> bool:
    """A "facility" of the model after "the town of", or that is a town of geonames with no word of a building or
    way ("near Banská Bystrica"; not "Fort William", "Kennedy Airport")."""
    key = key_of(doc, c.start, c.end)
    noun = place_words("after").get(key[-1:]) or place_words("head").get(key[-1:])
    built = ends_in_place_noun(key) and noun != "GPE"  # "Hugh Town" is bare: a town's own noun
    bare = doc[c.start : c.end].text in towns() and not built and key[:1] not in place_words("first")
    return after_settlement_noun(doc, c.start) or bare


def is_town_named_as_feature(doc: Doc, c: Candidate, known_towns: NameSet) -> bool:
    """A feature of the model that is a town of geonames of two words or more, after no "the", no lake and no street
    ("a vet from Monkey Bay", "a shop in Mount Hope"; not "the Tana River", "Lake Como"): a town where the sentence
    puts one (place_position)."""
    return (
        c.label == "LOC"
        and c.end - c.start >= 2
        and not any(t.lower_ == "lake" for t in doc[c.start : c.end])  # "Lake Como": the water
        and (c.start == 0 or doc[c.start - 1].lower_ != "the")
        and doc[c.end - 1].lower_ not in WAY_ENDS  # "Bridge Street", a town somewhere
        and doc[c.start : c.end].text in known_towns
    )


def is_unknown_place_that_acts(doc: Doc, c: Candidate, place_of: dict[Key, Place], known_towns: NameSet) -> bool:
    """A "place" of the model no gazetteer knows that speaks or fines as the agent of a passive ("Ofwat warned",
    "was fined by Ofwat"): an organisation; places that speak are known ones ("Moscow said")."""
    if c.source != "model" or c.label != "GPE" or key_of(doc, c.start, c.end) in place_of:
        return False
    if doc[c.start : c.end].text in known_towns:
        return False
    root = doc[c.start : c.end].root
    speaks = root.dep_ == "nsubj" and root.head.lemma_ in lexicons.words("speech_verbs.txt")
    agent = root.dep_ == "pobj" and root.head.dep_ == "agent"
    return speaks or agent


GOVERNING_LEVELS = frozenset(
    {"regional", "provincial", "municipal", "prefectural", "state", "city", "county", "district", "local"}
)
GOVERNING_BODIES = frozenset(
    {"government", "council", "governor", "office", "assembly", "authorities", "administration"}
)
REGION_NOUNS = frozenset({"region", "province", "governorate", "oblast", "prefecture"})


def is_governed_place(doc: Doc, c: Candidate) -> bool:
    """A name before a level and a body of government ("the Molise regional government", "the Chișinău city
    council", "the Nineveh provincial council's chairman", "the Oyo West local government"), or one the model calls
    no location before "region" or "province" ("fighting in the Amhara region"): a place that governs itself
    (GPE)."""
    after = doc[c.end : c.end + 2]
    if len(after) == 2 and after[0].lower_ in GOVERNING_LEVELS and after[1].lower_ in GOVERNING_BODIES:
        return True
    return len(after) >= 1 and after[0].lower_ in REGION_NOUNS and c.label != "LOC"


def is_named_state(doc: Doc, c: Candidate, place_of: dict[Key, Place], known_towns: NameSet) -> bool:
    """ "Kano State", "Ondo State", "Bayelsa State": a place of geonames before a capitalised "State" is a state of
    a federation (GPE), not a US state's university ("Ohio State") nor a group ("Islamic State")."""
    if c.end - c.start < 2 or doc[c.end - 1].text != "State" or c.label == "GPE":
        return False
    region = key_of(doc, c.start, c.end - 1)
    us_state = region in place_of and place_of[region].country == "US"
    return doc[c.start : c.end - 1].text in known_towns and not us_state


def is_town_as_location(doc: Doc, c: Candidate, place_of: dict[Key, Place], known_towns: NameSet) -> bool:
    """A town of geonames the model calls a location (LOC), not after "the" as a river, sea or region is ("the
    Sahel"), unless it names a noun after it ("the Grangemouth refinery"), no continent and ending in no place noun:
    a town is a GPE ("out of Bakhmut")."""
    key = key_of(doc, c.start, c.end)
    return (
        c.source == "model"
        and c.label == "LOC"
        and key not in place_of
        and doc[c.start : c.end].text in known_towns
        and (not after_the(doc, c.start, c.end) or doc[c.end - 1].dep_ == "compound")  # "the Grangemouth refinery"
        and not is_place_name(key)
        and doc[c.start : c.end].text not in continents()
    )


def context_votes(
    doc: Doc,
    c: Candidate,
    votes: Votes,
    place_of: dict[Key, Place],
    regions: frozenset[Key],
    rules: EntityRules,
    english: frozenset[str],
) -> None:
    """The votes of what surrounds one candidate: a nationality after it, a team's opponent or score, a
    locative, "the", an organisation word, a region's name, a place noun after a place's name."""
    key = key_of(doc, c.start, c.end)
    if key not in place_of and not set(key) & org_words() and before_country(doc, c.end, place_of):
        votes[key]["PERSON"] += rules.bracketed_country_vote
    if c.label in ("GPE", "PERSON") and c.end - c.start == 1 and NUMBERED_NAME.fullmatch(doc[c.start].text):
        votes[key]["ORG"] += rules.town_vote  # "told Kurdistan24": a name with a number is a channel's, no one's
    if c.source == "model" and c.label == "PERSON" and c.end - c.start == 1 and is_person_s_home(doc, c.start):
        votes[key]["GPE"] += rules.town_vote  # "Ricky Dale Slone of Mallie asks": where he lives
    if not is_strong_place(key, place_of) and is_people_before_member(doc, c.start, c.end, english):
        votes[key]["NORP"] += rules.people_name_vote
    if c.source == "model" and c.label != "FAC" and key not in place_of and is_street_where(doc, c.start, c.end):
        votes[key]["FAC"] += rules.place_noun_vote  # "houses on Lincoln Street", "two hostels in Rue Lepic"
    if c.label != "PERSON" and key not in place_of and is_name_closing_subject(doc, c.start, c.end):
        votes[key]["PERSON"] += rules.appositive_kind_vote  # "A saxophonist who lives in Johannesburg, Oratile ..."
    if c.label in ("PERSON", "ORG", "LOC", "FAC") and is_birthplace(doc, c.start, c.end):
        votes[key]["GPE"] += rules.settlement_vote  # "A Serowe-born saxophonist": where she was born
    if not is_strong_place(key, place_of) and (
        is_bracketed_scorer(doc, c.start, c.end) or scores_for_a_side(doc, c.start, c.end)
    ):
        votes[key]["PERSON"] += rules.scorer_vote
    if (
        not is_strong_place(key, place_of)
        and (
            c.label != "PERSON"
            or key in place_of
            or meets_town(doc, c.start, c.end, place_of)
            or opens_with_town(doc, c.start, c.end)
        )
        and plays_as_team(doc, c.start, c.end)
        and not scores_for_a_side(doc, c.start, c.end)
    ):
        votes[key]["ORG"] += rules.team_context_vote
    if is_match_venue(doc, c.start, c.end, place_of):
        votes[key]["FAC"] += rules.venue_vote
    if (
        c.source == "model"
        and c.label in ("ORG", "PERSON")
        and key not in place_of
        and after_locative(doc, c.start, c.end)
    ):
        votes[key]["GPE"] += rules.locative_vote
    if (
        c.source == "model"
        and c.label == "PERSON"
        and c.end - c.start > 1
        and key not in place_of
        and not is_first_name(doc[c.start].text)
        and is_placed_at(doc, c.start, c.end)
    ):
        votes[key]["GPE"] += rules.locative_vote  # "rockets hit Kiryat Shmona", "shelters in Khan Younis"
    if c.source == "model" and c.label == "NORP" and key in regions and is_where(doc, c.start, c.end):
        votes[key]["GPE"] += rules.locative_vote  # "constituencies in Punjab": the region, not its people
    if c.source == "model" and c.label == "PERSON" and after_the(doc, c.start, c.end) and key not in place_of:
        headed = c.end - c.start > 1 and doc[c.end - 1].dep_ != "compound"  # "the Simon Partnership said"
        votes[key]["ORG" if headed else "LOC"] += rules.determiner_vote
    if c.source == "model" and c.label == "GPE" and key not in place_of and is_bare_after_the(doc, c.start, c.end):
        votes[key]["LOC"] += rules.determiner_vote  # "The Ebro burst its banks": a town or country takes no "the"
    if c.source == "model" and c.label in ("NORP", "LOC", "GPE", "PERSON") and is_institution_visited(doc, c):
        votes[key]["ORG"] += rules.institution_vote
    if c.source == "model" and c.label in ("LOC", "GPE", "PERSON") and key not in place_of and is_published_in(doc, c):
        votes[key]["ORG"] += rules.institution_vote  # "reported in Nature": a journal, no place
    if (
        c.source == "model"
        and c.label in ("ORG", "PERSON", "GPE")
        and not is_strong_place(key, place_of)
        and not is_acronym(doc, c)
        and is_bare_after_the(doc, c.start, c.end)
        and is_river_position(doc[c.start])
    ):
        votes[key]["LOC"] += rules.place_noun_vote  # "the Oder rose", "farmers along the Po"
    if is_state_river(doc, c.start, c.end, place_of.get(key)):
        votes[key]["LOC"] += rules.place_noun_vote  # "The Mississippi fell to record lows"
    if (
        c.source == "model"
        and c.label in ("PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC")
        and (
            ends_in_org_word(key)
            or (len(key) >= 2 and key[-1] in company_suffixes())  # "Southmoor Water"
            or (len(key) >= 2 and key[0] in lexicons.words("entity_org_first_words.txt"))  # "Jaish al-Adl"
            or opens_with_org_word(key)
        )
        and not is_surname_after_given(key)
        and not (key in place_of and key[-1] in PLACE_ENDING_ORG_WORDS)  # "tourists from Ho Chi Minh City"
    ):
        votes[key]["ORG"] += rules.org_word_vote
    if (
        c.source == "model"
        and c.label in ("GPE", "LOC")
        and key not in place_of
        and ends_in_org_word(key)
        and key[-1] not in PLACE_ENDING_ORG_WORDS
    ):
        votes[key]["ORG"] += rules.org_word_vote  # "Fairfax County Public Schools", "... Island Regional Council"
    if c.label != "GPE" and is_constituency(doc, c.start) and not ends_in_org_word(key):
        votes[key]["GPE"] += rules.place_noun_vote  # "the MP for Luton South", which the model calls a company
    if c.label != "GPE" and is_base_of(doc, c.end) and not ends_in_org_word(key):
        votes[key]["GPE"] += rules.place_noun_vote  # "Lagos-based Kora Payments", "the Hai Phong-based carmaker"
    if (
        c.source == "model"
        and c.label in ("PERSON", "GPE", "FAC", "PRODUCT")
        and key not in place_of
        and c.end < len(doc)
        and doc[c.end].lower_ in GROUP_MEMBERS
        and not is_first_name(doc[c.start].text)
    ):
        votes[key]["ORG"] += rules.org_word_vote  # "Kataib Hezbollah fighters", "M23 rebels": the group's
    if c.source == "model" and c.label == "PERSON" and has_ezafe(key):
        votes[key]["ORG"] += rules.org_word_vote  # "Jamaat-e-Islami", "Tehreek-e-Insaf": a movement's name
    if c.source == "model" and c.label == "PERSON" and is_acronym(doc, c) and not after_honorific(doc, c.start):
        votes[key]["ORG"] += rules.org_word_vote  # "the BJP government", "Sri Lanka's NPP": no one's name
    if c.source == "model" and c.label == "PERSON" and key not in place_of and before_owned_noun(doc, c.end):
        votes[key]["ORG"] += rules.org_word_vote
    if (
        c.source == "model"
        and c.label in ("PERSON", "GPE")
        and key not in place_of
        and before_shop_noun(doc, c.end)
        and doc[c.start : c.end].text not in towns()  # "a Lerwick hotel"
    ):
        votes[key]["ORG"] += rules.company_object_vote  # "sold in Albert Heijn stores": outvotes a given name
    if (
        c.source == "model"
        and c.label in ("ORG", "GPE", "LOC", "PERSON")
        and not is_strong_place(key, place_of)
        and (before_owned_noun(doc, c.end, "entity_personal_nouns.txt") or after_kin(doc, c.start))
        and not (c.start > 0 and doc[c.start - 1].lower_ in ("a", "an"))  # "a Nuremberg family": one from there
    ):
        votes[key]["PERSON"] += rules.personal_noun_vote
    if (
        c.source == "model"
        and c.label in ("ORG", "PERSON", "NORP", "GPE", "FAC")
        and not ends_in_org_word(key)
        and place_words("head").get(key[-1:]) != "FAC"  # "Palmerston Street fire station"
        and not any(t.is_upper and len(t) > 1 for t in doc[c.start : c.end])  # "the PGD Ročinj fire brigade"
        and (
            before_owned_noun(doc, c.end, PLACE_OWNED_NOUNS) or after_owned_noun(doc, c.start, c.end, PLACE_OWNED_NOUNS)
        )
    ):
        votes[key]["GPE"] += rules.owned_noun_vote  # "Kennebunkport's harbor master", "residents of Whakatāne"
    if c.source == "model" and c.label in ("ORG", "PERSON") and opens_with_towns_amenity(doc, c.start, c.end):
        votes[key]["GPE"] += rules.owned_noun_vote  # "Klatovy's new climbing centre"
    if (
        c.label in ("GPE", "PERSON", "ORG")
        and not is_strong_place(key, place_of)
        and before_owned_noun(doc, c.end, "entity_team_owned_nouns.txt")
    ):
        votes[key]["ORG"] += rules.owned_noun_vote  # "Brighton's manager said the club would appeal"
    if c.source == "model" and c.label != "PRODUCT" and not is_strong_place(key, place_of) and is_product_line(doc, c):
        votes[key]["PRODUCT"] += rules.product_vote  # "its Blackwell chips", "Sanofi's Beyfortus antibody"
    if (
        c.source == "model"
        and c.label != "PRODUCT"
        and key not in place_of
        and is_called_product(doc, c.start)
        and not looks_like_person(key, [t.text for t in doc[c.start : c.end]])  # "a model named Kate Moss"
    ):
        votes[key]["PRODUCT"] += rules.product_vote  # "The tool, called Scribe One,", "a drug named Zelvora"
    if c.source == "model" and c.end - c.start >= 2 and doc[c.end - 1].text in INSTRUMENT_WORDS:
        votes[key]["PRODUCT"] += rules.product_vote  # "the James Webb Space Telescope", an instrument, not its makers
    if c.source == "model" and c.end - c.start >= 2 and doc[c.end - 1].text in PRIZE_WORDS:
        votes[key]["WORK_OF_ART"] += rules.kind_noun_vote  # "won the Walter Scott Prize": a prize, as prize_names
    if c.source == "model" and c.label in ("ORG", "PERSON") and key not in place_of and is_counted_brand(doc, c):
        votes[key]["PRODUCT"] += rules.product_vote  # "she bought a second-hand Burberry"
    if c.source == "model" and c.label != "PRODUCT" and key not in place_of and is_approved_for_use(doc, c):
        votes[key]["PRODUCT"] += rules.product_vote  # "The MHRA approved Mounjaro for sleep apnoea"
    if (
        c.source == "model"
        and (c.label in WHO_MISTAKEN_LABELS or (c.label == "NORP" and not key[-1].endswith("s")))
        # "Kvist, who runs ...", which the model calls a nationality or a building; not "Democrats, who"
        and not is_strong_place(key, place_of)
        and not ends_in_org_word(key)
        and not after_the(doc, c.start, c.end)
        and not (after_noun_and_preposition(doc, c.start) and doc[c.end : c.end + 1].text == "who")
        and (relative_after(doc, c.end) == "who" or described_by_who(doc[c.start : c.end].root))
    ):
        votes[key]["PERSON"] += rules.relative_pronoun_vote
    if (
        c.source == "model"
        and c.label == "PERSON"
        and key not in place_of
        and not after_the(doc, c.start, c.end)
        and relative_after(doc, c.end) == "which"
    ):
        votes[key]["ORG"] += rules.relative_pronoun_vote
    if (
        c.source == "model"
        and c.label != "PERSON"
        and founded_by(doc, c.start)
        and is_founder(doc, c.start, c.end, place_of)
    ):
        votes[key]["PERSON"] += rules.founder_vote
    if (
        c.source == "model"
        and c.label not in ("GPE", "LOC", "FAC")
        and key not in place_of
        and founds_next(doc, c.end, place_of)
        and not (c.start > 0 and doc[c.start - 1].lower_ in TOWN_PREPOSITIONS)  # "Packers in Sakhra, owned by": where
    ):
        votes[key]["ORG"] += rules.founder_vote
    if (
        c.source == "model"
        and c.label == "PERSON"
        and not after_the(doc, c.start, c.end)  # "The Danube burst its banks": after_the's
        and (speaks_of_its_own(doc, c.start, c.end) or speaks_as_organisation(doc, c.start, c.end))
        and appositive_kind(doc, c.start, c.end) in (None, "ORG")  # "X, the first film to ..., took $2m in its"
    ):
        town = key in place_of or is_romance_town_name(doc, c.start, c.end) or owns_town_thing(doc, c.start, c.end)
        votes[key]["GPE" if town else "ORG"] += rules.own_its_vote
    if (
        c.source == "model"
        and c.label == "ORG"
        and not ends_in_org_word(key)
        and owns_town_thing(doc, c.start, c.end)
        and appositive_kind(doc, c.start, c.end) in (None, "GPE")
    ):
        votes[key]["GPE"] += rules.own_its_vote  # "Mozirje will close its main street", no firm's
    if (
        c.source == "model"
        and c.label == "PERSON"
        and is_romance_town_name(doc, c.start, c.end)
        and appositive_kind(doc, c.start, c.end) is None  # "a new fair, Macchine del Gusto,"
    ):
        votes[key]["GPE"] += rules.settlement_vote
    if (
        c.source == "model"
        and c.label in ("PERSON", "ORG")
        and is_slavic_town_name(doc, c.start, c.end)
        and appositive_kind(doc, c.start, c.end) is None
    ):
        votes[key]["GPE"] += rules.settlement_vote  # "Kazimierz Dolny's cobbled square", no one's
    if (
        c.source == "model"
        and c.label in ("ORG", "PERSON")
        and is_romance_town_name(doc, c.start, c.end, plain_de=True)
        and is_where_something_is(doc, c.start, c.end)
    ):
        votes[key]["GPE"] += rules.settlement_vote  # "vendors in Cedral and Real de Catorce", no body
    if (
        c.source == "model"
        and c.label in ("ORG", "GPE")
        and not is_strong_place(key, place_of)
        and not ends_in_org_word(key)
        and not opens_with_org_word(key)  # "the Committee to Protect Journalists called for his release"
        and own_possessive(doc, c.start, c.end) in ("his", "her")
        and not is_acronym(doc, c)  # "and ERT ran his photos": an outlet's, not a person's
    ):
        votes[key]["PERSON"] += rules.own_his_her_vote
    if c.source == "model" and c.label == "PERSON" and key not in place_of and speaks_unmarked(doc, c.start, c.end):
        votes[key]["ORG"] += rules.lone_speaker_vote
    if (
        not is_strong_place(key, place_of)
        and (label := appositive_kind(doc, c.start, c.end)) is not None
        and not (label in ("ORG", "GPE") and is_person_named(key, [t.text for t in doc[c.start : c.end]]))
        and not (label == "PERSON" and ends_as_company(doc, c.start, key))  # "the asset manager Greyfriars Capital"
    ):  # "A spokesman for the company, Gareth Nelson, said", "A member for the district, Ricardo Peralta,": a person
        votes[key][label] += rules.appositive_kind_vote
    if not is_strong_place(key, place_of) and acts_on_company_objects(doc, c.start, c.end):
        votes[key]["ORG"] += rules.company_object_vote
    if key not in place_of and is_held_in_shares(doc, c.start, c.end):
        votes[key]["ORG"] += rules.company_object_vote  # "Shares in Lundgaard fell", "a 20% stake in Verdant"
    if key not in place_of and is_body_giving_funds(doc, c.start, c.end):
        votes[key]["ORG"] += rules.company_object_vote  # "a loan from Mibanco", "a contract from EsSalud"
    if c.source == "model" and c.label != "GPE" and key not in place_of and after_age_of(doc, c.start):
        votes[key]["GPE"] += rules.town_vote
    # a leader's rule: "the Howard government"; "the Bush administration" too, the model's person, though a town
    # in Egypt has the name
    if (
        c.source == "model"
        and c.label in ("PERSON", "ORG")
        and (key not in place_of or (c.label == "PERSON" and not is_strong_place(key, place_of)))
        and key not in regions
        and not is_acronym(doc, c)  # "the BJP government" is a party's
        and before_leader_noun(doc, c.end)
    ):
        votes[key]["PERSON"] += rules.leader_noun_vote
    if c.source == "model" and c.label == "PERSON" and key not in place_of and is_members_party(doc, c.start, c.end):
        votes[key]["ORG"] += rules.org_word_vote  # "Kowalski, an MP from Civic Platform"
    if c.source == "model" and key not in place_of and has_event_word([t.text for t in doc[c.start : c.end]]):
        votes[key]["EVENT"] += rules.event_word_vote
    if (
        c.source == "model"
        and c.label != "PERSON"
        and not is_strong_place(key, place_of)
        and has_age(doc, c.start, c.end)
    ):
        votes[key]["PERSON"] += rules.age_vote
    if (
        c.source == "model"
        and not is_strong_place(key, place_of)
        and not ends_in_org_word(key)
        and not ends_in_place_noun(key)
        and not ends_as_company(doc, c.start, key)  # "the fund manager Kirchberg Capital"
        and after_honorific(doc, c.start)
    ):
        votes[key]["PERSON"] += rules.honorific_vote
    if (
        c.source == "model"
        and c.label == "ORG"
        and c.end - c.start == 1
        and doc[c.start].pos_ == "PROPN"
        and key not in place_of
        and not after_the(doc, c.start, c.end)
        and (speaks_as_person(doc[c.start]) or referred_to_as_person(doc, c.end))
    ):
        votes[key]["PERSON"] += rules.speaker_vote
    if (
        c.source == "model"
        and c.label == "ORG"
        and key not in place_of
        and key in regions
        and not plays_as_team(doc, c.start, c.end)
    ):
        votes[key]["GPE"] += rules.region_vote
    if (
        c.source == "model"
        and not is_strong_place(key, place_of)
        and not is_towns_owner(doc, c.end)  # "Fort Vermilion's town office": no fort
    ):  # "the Ganges river", which it calls NORP
        for place_key, label in place_word_votes(doc, c):
            if place_key not in place_of:
                votes[place_key][label] += rules.place_noun_vote


def settled_labels(
    votes: Votes,
    support: dict[Key, float],
    texts_of: dict[Key, list[str]],
    place_of: dict[Key, Place],
    organisations: set[Key],
    towns_of_bodies: set[Key],
    rules: EntityRules,
) -> tuple[dict[Key, str], set[Key]]:
    """(the winning label of each name, the parts of person names): a part of a person's name ("Putin" of
    "Vladimir Putin") is that person unless it is a strong place or set beside a kind of organisation or group
    (`organisations`: "Halloran, the Sheffield band, ... its singer, Tom Halloran"); a company's first word alone is
    that company, unless a body of the text is named after it as a town (`towns_of_bodies`: "the Waimate Herald ...
    the Rotary Club of Waimate")."""
    labels = winning_labels(votes)
    name_parts = person_parts(labels, texts_of) - organisations
    for part in name_parts:
        if not is_strong_place(part, place_of):
            votes[part]["PERSON"] += rules.name_part_vote + (0.0 if part in place_of else sum(votes[part].values()))
            support[part] += rules.name_part_vote
    for part in company_short_names(labels, texts_of) - name_parts - towns_of_bodies:
        if part not in place_of and not is_placed_town(votes[part], rules):
            votes[part]["ORG"] += rules.name_part_vote + sum(votes[part].values())
    return winning_labels(votes), name_parts


def is_placed_town(votes: dict[str, float], rules: EntityRules) -> bool:
    """Whether the text puts a name where a town stands at least as surely as a town's position does, above all
    else it voted for ("Franschhoek's main street ... the Franschhoek Tatler"): the town, not the short name of a
    body that opens with it."""
    place = votes.get("GPE", 0.0)
    return place >= rules.town_vote and place > 2 * sum(w for label, w in votes.items() if label != "GPE")


def winning_labels(votes: Votes) -> dict[Key, str]:
    """Each name's label with the most votes, a body's label for a name no person has (is_body_for_person)."""
    labels = {key: best_label(v) for key, v in votes.items()}
    return {key: body_label(votes[key]) if is_body_for_person(key, label) else label for key, label in labels.items()}


def is_body_for_person(key: Key, label: str) -> bool:
    """A name read as a person's that has an organisation's word that is no one's surname or given name, or opens
    with an article no name does: "Fana Broadcasting Corporate", "Brandi Secondary", "Il Tirreno" name bodies;
    "Emily Post" and "Park Ji-sung" stay people."""
    return (
        label == "PERSON"
        and len(key) >= 2
        and (
            key[0] in NO_ONES_ARTICLES
            or any(word in BODY_HEADS or (word in org_words() and word not in person_name_words()) for word in key)
        )
    )


BODY_HEADS = frozenset({"centre", "center", "centro", "centrum"})  # no one's name; not in org words: "Kennedy Center"
NO_ONES_ARTICLES = frozenset({"il", "gli", "los", "las", "het"})  # "Il Tirreno"; not "Les", "Lo", "La", "El": names


@lru_cache(maxsize=1)
def person_name_words() -> frozenset[str]:
    """Organisation words that are also common surnames or given names ("Park", "Post")."""
    surnames = lexicons.words("entity_common_surnames.txt")
    return frozenset(w for w in org_words() if w in surnames or is_first_name(w.capitalize()))


def body_label(votes: dict[str, float]) -> str:
    """The best label other than PERSON, ORG where nothing else was voted for."""
    others = {label: weight for label, weight in votes.items() if label != "PERSON" and weight > 0}
    return best_label(others) if others else "ORG"


def labelled_candidates(
    doc: Doc,
    candidates: list[Candidate],
    labels: dict[Key, str],
    support: dict[Key, float],
    name_parts: set[Key],
    token_kind: list[str],
    rules: EntityRules,
) -> list[Candidate]:
    """The candidates with their name's label, a title with its capitalised "The"; one found only on an ALL-CAPS
    line, with no support elsewhere, is dropped unless it ends in a part of a person's name."""
    kept = []
    for c in candidates:
        key = key_of(doc, c.start, c.end)
        if rules.drop_unsupported_caps and token_kind[c.start] == "caps" and support[key] <= 0:
            if key[-1:] in name_parts:
                c.label = "PERSON"
                kept.append(c)
            continue
        c.label = labels[key]
        if (
            c.label == "WORK_OF_ART"
            and c.start > 0
            and doc[c.start - 1].text == "The"
            and doc[c.end - 1].text not in PRIZE_WORDS  # "The Turner Prize went to": no title's "The"
        ) or (c.label == "ORG" and has_named_article(doc, c.start)):
            c.start -= 1  # "The Salt Road, a debut novel": a title keeps its article; ", The National reported."
        kept.append(c)
    return kept


def has_named_article(doc: Doc, start: int) -> bool:
    """A capitalised "The" inside a sentence of lower-case prose before the name at start is the name's own: ", The
    Hindu reported", "published by The Mountain Eagle"; not a sentence's first word nor a title-case headline's."""
    if start < 2 or doc[start - 1].text != "The" or doc[start - 1].is_sent_start:
        return False
    before = doc[start - 2]
    return "\n" not in before.text_with_ws and (before.text == "," or (before.is_alpha and before.is_lower))


ORG_WORD_LINKS = frozenset({"to", "for", "of", "on", "against"})  # after an organisation's first word
ORG_PARTICLES = frozenset(
    {"de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "für", "der", "van", "voor"}
)
BODY_PLACE_LINKS = ORG_PARTICLES | {"of"}  # "the Rotary Club of Waimate", "the Commune de Sefrou"


# What joins the words of a town's name in Spanish and Portuguese: "San Rafael del Norte", "Barra do Corda".
PLACE_PARTICLES = frozenset({"del", "do", "da", "dos", "das"})


def particle_joined_end(doc: Doc, c: Candidate) -> int:
    """The end of an organisation's, building's or town's name that goes on after a hyphen or a particle the model
    stopped at or after: "Unidade Local de Saúde" + "do Algarve", "Universidade" + "de Lisboa" (one name: a body
    of, or in, a place), "Landesamt für" + "Umwelt", "Musée des Beaux" + "-Arts de Tours", "San Rafael" + "del
    Norte"; a university's campus after an en dash ("University of Nebraska–Lincoln")."""
    end = c.end
    campus = (
        doc[c.start].lower_ == "university" and end + 1 < len(doc) and doc[end].text == "–" and doc[end + 1].is_title
    )
    if c.label in ("ORG", "FAC") and (hyphened_after(doc, end) or (campus and is_joining_dash(doc[end]))):
        end += 2  # "Musée des Beaux-Arts"
    if c.label == "ORG" and joins_second_institution(doc, end):
        end += 2  # "Darbhanga Medical College and Hospital"
    if c.label == "ORG" and doc[end - 1].lower_ in org_words() and end + 1 < len(doc) and doc[end].lower_ == "for":
        end = purpose_end(doc, end)  # "Public Authority" + "for Consumer Protection"
    purpose = next(
        (t.i for t in doc[c.start + 1 : end] if t.lower_ == "for" and t.nbor(-1).lower_ in org_words()), None
    )
    if c.label == "ORG" and purpose is not None:
        end = max(end, purpose_end(doc, purpose))  # "National Commission for Culture" + "and the Arts"
    if c.label == "ORG" and end - c.start > 1 and doc[end - 1].lower_ in ORG_PARTICLES and doc[end - 1].is_lower:
        end -= 1  # "Landesamt für" + "Umwelt": the model kept the particle and stopped after it
    if c.label == "GPE" and end + 2 < len(doc) and is_romance_town_name(doc, c.start, end + 3):
        end += 3  # "Losar" + "de la Vera"
    while (
        end + 1 < len(doc)
        and (c.label in ("ORG", "FAC") or (c.label == "GPE" and doc[end].lower_ in PLACE_PARTICLES))
        and doc[end].lower_ in ORG_PARTICLES
        and doc[end].is_lower
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha
    ):
        end += 2
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end - c.end < 6:
            end += 1
    return end


def has_faction_letters(doc: Doc, c: Candidate) -> bool:
    """An organisation's initials the model stopped before the one or two capitals a hyphen joins to them: "PML" +
    "-N", "ZANU" + "-PF", "JUI" + "-F" (a party and its faction, one name)."""
    return (
        c.label == "ORG"
        and doc[c.end - 1].is_upper
        and c.end + 1 < len(doc)
        and doc[c.end].text == "-"
        and not doc[c.end - 1].whitespace_
        and not doc[c.end].whitespace_
        and FACTION_LETTERS.fullmatch(doc[c.end + 1].text) is not None
    )


def ends_in_its_s(doc: Doc, c: Candidate, companies: Companies) -> bool:
    """An organisation whose name ends in the "'s" after it: a listed one ("Sainsbury's chief executive") or one
    whose "'s" owns nothing ("forcing Sainsbury's to follow", "McDonald's said it would"), nor a name ("the
    University of Oxford's Department of Engineering Science")."""
    if c.label != "ORG" or c.end >= len(doc) or doc[c.end].lower_ not in ("'s", "’s"):
        return False
    if key_of(doc, c.start, c.end + 1) in companies.names:
        return True
    owns_a_name = c.end + 1 < len(doc) and doc[c.end + 1].is_title  # "the University of Oxford's Department of"
    owner = (doc[c.end - 1], doc[c.start : c.end].root)  # "the Ministry of Interior's tribal affairs directorate"
    return all(t.dep_ != "poss" for t in owner) and not owns_a_name


def opens_with_given_name(doc: Doc, c: Candidate, taken: list[bool], english: frozenset[str]) -> bool:
    """A surname voted a person whose given name, in no name, stands right before it: "Priya" of "Priya Sandhu,
    41,", where the model took only "Sandhu", for a place; "Pilar" of "Pilar Hernández Moreno-Tetteh" (surnames of
    more words, none a given name, or after a Gaelic particle); a given name the tagger took for an adjective too
    ("Anjali"), if it is no English word, or for a preposition, capitalised inside a sentence ("Per" of "Per
    Ekdahl"); not an honorific ("Sardar")."""
    surnames = doc[c.start].text in GAELIC_PARTICLES or not is_first_name(doc[c.start].text)  # "Mac Giolla Bhríde"
    if c.label != "PERSON" or (c.end - c.start != 1 and not surnames) or c.start == 0 or taken[c.start - 1]:
        return False
    given = doc[c.start - 1]
    unknown_word = given.is_title and given.lower_ not in english and not given.ent_type_
    if is_given_name_before(given) or (unknown_word and is_first_name(given.text) and given.pos_ in ("ADJ", "NOUN")):
        return True
    capital_preposition = given.pos_ == "ADP" and given.is_title and not given.is_sent_start  # "from Per Ekdahl"
    return capital_preposition and is_first_name(given.text)


def with_given_names_read_as_places(doc: Doc, kept: list[Candidate]) -> list[Candidate]:
    """The kept names with a one-word place that is a given name right before a one-word person, in no place's
    position, made part of that person: "Adelaide" of "Lifesaver Adelaide McCrae-Dunn pulled three swimmers"."""
    places = {c.end: c for c in kept if c.label == "GPE" and c.end - c.start == 1}
    given = []
    for c in kept:
        place = places.get(c.start)
        if (
            c.label == "PERSON"
            and " " not in doc[c.start : c.end].text  # "McCrae-Dunn"
            and place is not None
            and doc[place.start].is_title
            and is_first_name(doc[place.start].text)
            and (place.start == 0 or doc[place.start - 1].lower_ not in PLACE_OPENERS)
        ):
            c.start = place.start
            given.append(place)
    return [c for c in kept if all(c is not g for g in given)]


def with_other_entities(doc: Doc, kept: list[Candidate]) -> list[Span]:
    """The kept names as non-overlapping spans, with the model's other entities (dates, numbers) they leave free."""
    chosen = filter_spans([Span(doc, c.start, c.end, label=c.label) for c in kept])
    taken = {i for span in chosen for i in range(span.start, span.end)}
    others = [e for e in doc.ents if e.label_ not in KEPT_LABELS and not any(i in taken for i in range(e.start, e.end))]
    return sorted(chosen + others, key=lambda span: span.start)


def is_strong_place(key: tuple[str, ...], place_of: dict[tuple[str, ...], Place]) -> bool:
    """A country, UK nation or demonym of the gazetteer."""
    return key in place_of and place_of[key].strong


def filter_candidates(found: list[Candidate]) -> list[Candidate]:
    """The longest of overlapping finds."""
    by_span = {}
    for c in found:
        by_span.setdefault((c.start, c.end), c)
    return [by_span[span] for span in longest_spans(list(by_span))]


def plural_team_names(
    doc: Doc, place_at: list[tuple[int, int]], place_of: dict[Key, Place], weight: float
) -> list[Candidate]:
    """Teams and parties named by a place and a plural after "the": "the Sydney Kings", "the New Zealand
    Breakers", "The Sweden Democrats", which the model splits into a place and something else (ORG, the place
    kept); not "the Solomon Islands" (a place noun), nor after a nationality ("the Swiss Alps")."""
    nouns = {words[-1] for where in ("after", "head") for words in place_words(where)}
    found = []
    for s, e in place_at:
        if s == 0 or doc[s - 1].lower_ != "the" or e >= len(doc):
            continue
        if (place := place_of.get(key_of(doc, s, e))) is not None and place.label == "NORP":
            continue
        end = e + 1 if e + 1 < len(doc) and doc[e + 1].text[:1].isupper() and doc[e + 1].is_alpha else e
        plural = doc[end]
        after = end + 2 if end + 2 < len(doc) and doc[end + 1].text in POSSESSIVES else end + 1
        longer = after < len(doc) and doc[after].text[:1].isupper()  # "the Toronto Bond Traders' Association"
        if all(t.is_alpha and t.is_title for t in doc[e : end + 1]) and plural.text.endswith("s") and not longer:
            if not {plural.lower_, plural.lower_[:-1], plural.lemma_.lower()} & nouns:
                found.append(Candidate(s, end + 1, "ORG", weight, "team"))
    return found


def club_names(doc: Doc, place_at: list[tuple[int, int]], weight: float) -> list[Candidate]:
    """Clubs named after their city: "Real Madrid", "Inter Milan", "Red Star Belgrade", "Auckland FC" (ORG, the
    prefix or suffix kept); any name after a prefix in capitals: "AS Mangasport", "UD Songo", "NK Celje"; and any
    before a British club's suffix: "Harlow RFC"."""
    prefixes = {tuple(p.split()) for p in lexicons.words("entity_club_prefixes.txt")}
    found = []
    for token in doc[:-1]:
        if (token.text,) not in prefixes or not token.is_upper or len(token) < 2:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and is_name_part(doc[end].text) and doc[end].text[:1].isupper():
            end += 1
        if end > token.i + 1 and not doc[token.i + 1].is_upper:
            found.append(Candidate(token.i, end, "ORG", weight, "club"))
    for suffix in (t for t in doc[1:] if t.text in BRITISH_CLUB_SUFFIXES):
        start = suffix.i
        while start > 0 and suffix.i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        if start < suffix.i:  # "Harlow RFC", "Sale Sharks RFC"
            found.append(Candidate(start, suffix.i + 1, "ORG", weight, "club"))
    for s, e in place_at:
        if e < len(doc) and doc[e].text in CLUB_SUFFIXES:
            found.append(Candidate(s, e + 1, "ORG", weight, "club"))
            continue
        for length in (2, 1):
            if s >= length and tuple(t.text for t in doc[s - length : s]) in prefixes:
                found.append(Candidate(s - length, e, "ORG", weight, "club"))
                break
    return found


def of_place_names(doc: Doc, place_at: list[tuple[int, int]], weight: float) -> list[Candidate]:
    """Institutions and ports named "of" a place: "the Supreme Court of Pakistan", "the Port of Baltimore", "the
    Notarial Chamber of the Czech Republic" (one name, where the model stops before "of"): capitalised words ending
    in a head of entity_of_place_heads.csv."""
    heads = {row["word"]: row["label"] for row in lexicons.rows("entity_of_place_heads.csv")}
    found = []
    for s, e in sorted(set(place_at) | set(unknown_places_after_of(doc, heads))):
        of = s - 2 if s >= 3 and doc[s - 1].lower_ == "the" else s - 1  # "the Notarial Chamber of the Czech Republic"
        if of < 1 or doc[of].lower_ != "of" or doc[of - 1].lower_ not in heads or not doc[of - 1].is_title:
            continue
        if e < len(doc) and (NAME_WORD.fullmatch(doc[e].text) or (of < s - 1 and doc[e].text[:1].isupper())):
            continue  # "Royal Institute of British Architects", "the Bank of the Lao PDR"
        start = of - 1
        while start > 0 and of - start < 4 and NAME_WORD.fullmatch(doc[start - 1].text) and not doc[start - 1].is_stop:
            start -= 1
        owner = doc[start - 2] if start > 1 and doc[start - 1].text in POSSESSIVES else None
        if (
            owner is not None
            and NAME_WORD.fullmatch(owner.text)
            and not any(a <= owner.i < b for a, b in place_at)
            and (owner.i == 0 or doc[owner.i - 1].lower_ != "of")  # "the Church of Crete's Diocese of Kissamos"
        ):
            start -= 2  # "the People's Bank of China"; not "China's Ministry of State Security"
        before = doc[start - 1] if start > 0 else None
        if before is not None and (
            (NAME_WORD.fullmatch(before.text) and before.lower_ not in DETERMINERS) or before.lower_ in ("and", "&")
        ):
            continue  # a longer name: "Hospitality and Tourism Association of Botswana", "Mine Workers Union of"
        label = heads[doc[of - 1].lower_]
        if label == "FAC" and (start == 0 or doc[start - 1].lower_ != "the"):
            continue  # "the Port of Baltimore" is a port; "in Port of Spain" a city
        if label == "GPE" and doc[e - 1].lower_ in org_words():
            continue  # "the Town of Kentville" is the town; "City of ... Council" its council
        found.append(Candidate(start, e, label, weight, "of_place"))
    return found


def unknown_places_after_of(doc: Doc, heads: dict[str, str]) -> list[tuple[int, int]]:
    """Capitalised words after "<Head> of" that end the name, where the gazetteer does not know the place: "the
    Diocese of Cloyne", "the Shire of Broome" (up to three words; not "the Department of Health and Social Care")."""
    found = []
    for i in range(1, len(doc) - 1):
        if doc[i].lower_ != "of" or doc[i - 1].lower_ not in heads or not doc[i - 1].is_title:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and doc[end].is_title and doc[end].is_alpha and not doc[end].is_stop:
            end += 1
        goes_on = end < len(doc) and (doc[end].lower_ in ("and", "&", "of") or doc[end].text in ("'", "’"))
        if end > i + 1 and not goes_on:  # "the University of Zambia Students' Union" goes on
            found.append((i + 1, end))
    return found


ROMANCE_PARTICLES = frozenset(
    {"de", "do", "da", "dos", "das", "del", "della", "delle", "dei", "degli", "di", "du", "des", "la", "le", "alla"}
)


TOWN_ARTICLES = frozenset({"la", "las", "los"})  # after "de" in a Spanish town's name: "Navalmoral de la Mata"


def is_romance_town_name(doc: Doc, start: int, end: int, plain_de: bool = False) -> bool:
    """A name written as Spanish and Portuguese towns are, capitalised words on either side of "del", "do", "da" or
    "de la" ("Navalmoral de la Mata", "Colonia del Sacramento"), with `plain_de` also "de" ("Monforte de Lemos"),
    opening with no given name ("Ramon de la Serna"), organisation's word or head of a name of
    entity_particle_heads.csv ("Museo del Prado")."""
    words = doc[start:end]
    particle = next((t.i for t in words if t.is_lower), None)
    if particle is None or not start < particle < start + 3 or end - particle > 4 or not words[-1].is_title:
        return False
    article = doc[particle].lower_ == "de" and doc[particle + 1].lower_ in TOWN_ARTICLES
    joins = doc[start:particle].text + " " + doc[particle + 1 + article : end].text
    first = doc[start]
    return (
        (article or doc[particle].lower_ in PLACE_PARTICLES or (plain_de and doc[particle].lower_ == "de"))
        and all(w.istitle() and w.isalpha() for w in joins.split())
        and not is_first_name(first.text)
        and first.lower_ not in org_words()
        and first.lower_ not in particle_heads()
        and not first.lower_.endswith("s")  # a plural names a body: "Aguas del Bermejo", "Tigres del Licey"
    )


def is_slavic_town_name(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words, one an adjective Slavic languages set beside a town's name
    (entity_town_name_adjectives.txt: "Kazimierz Dolny", "Nowy Sącz") and none an organisation's word, before no
    lower-case noun it names (not "Kotor's Stari Grad street": an old town's quarter)."""
    words = doc[start:end]
    return (
        2 <= len(words) <= 3
        and not (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN")
        and all(t.is_title for t in words)
        and any(t.text in lexicons.words("entity_town_name_adjectives.txt") for t in words)
        and not any(t.lower_ in org_words() for t in words)
    )


@lru_cache(maxsize=1)
def particle_heads() -> dict[str, str]:
    """First words of Romance names cut at a particle, with the label of the whole (entity_particle_heads.csv)."""
    return {row["word"]: row["label"] for row in lexicons.rows("entity_particle_heads.csv")}


def particle_headed_names(doc: Doc, weight: float) -> list[Candidate]:
    """Romance-language names the model cuts at a particle ("Banco do Brasil", "Caixa Geral de Depósitos",
    "Valle del Bove"): a head of entity_particle_heads.csv, capitalised words and lower-case particles, at least
    one particle inside; the label is the head's. Not inside a longer run of capitalised words."""
    heads = particle_heads()
    found = []
    for i, head in enumerate(doc):
        if head.lower_ not in heads or not head.is_title:
            continue
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.is_title and not before.is_sent_start and before.lower_ not in DETERMINERS:
            continue
        end, particle, j = None, None, i + 1
        while j < len(doc) and j - i < 8:
            word = doc[j]
            if word.lower_ in ROMANCE_PARTICLES and word.is_lower and j + 1 < len(doc):
                particle = particle if particle is not None else j
            elif word.is_title and word.is_alpha:
                end = j + 1
            else:
                break
            j += 1
        if particle is not None and end is not None and particle < end:
            found.append(Candidate(i, end, heads[head.lower_], weight, "particle-headed name"))
    return found


def for_place_names(doc: Doc, place_at: list[tuple[int, int]], weight: float) -> list[Candidate]:
    """Bodies named "for" a place: "Transport for Ireland", "Sport for Wales" (ORG), capitalised words inside a
    sentence, or opening one as who speaks; not a role ("the Minister for Wales") nor "Funding for Ireland rose"."""
    found = []
    in_place = {i for s, e in place_at for i in range(s, e)}
    for s, e in place_at:
        if s < 2 or doc[s - 1].lower_ != "for" or (e < len(doc) and doc[e].text[:1].isupper()):
            continue
        start = s - 1
        while (
            start > 0
            and s - start <= 3
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and start - 1 not in in_place
        ):
            start -= 1
        words = doc[start : s - 1]
        if not words or any(t.lower_ in role_words() or t.lower_ in DETERMINERS for t in words):
            continue
        root = words[-1]
        if root.dep_ in ("dobj", "pobj"):
            continue  # "left Fort Bragg for Poland", "flights from New York for Newark"
        speaks = root.dep_ == "nsubj" and root.head.lemma_ in lexicons.words("speech_verbs.txt")
        if not words[0].is_sent_start or speaks:
            found.append(Candidate(start, e, "ORG", weight, "for_place"))
    return found


def places_before_heads(doc: Doc, place_at: list[tuple[int, int]], weight: float) -> list[Candidate]:
    """A place of the gazetteer right before a capitalised head of a place's name is part of that name: "the
    Hayward Gallery" (not Hayward, California), "Wembley Stadium", "London Bridge" (entity_place_nouns.csv,
    `head`)."""
    heads = place_words("head")
    return [
        Candidate(s, e + 1, heads[(doc[e].lower_,)], weight, "place head")
        for s, e in place_at
        if e < len(doc)
        and doc[e].is_title
        and (doc[e].lower_,) in heads
        # "Tampa Bay Rays", "Sacramento River FC"
        and not (e + 1 < len(doc) and (doc[e + 1].text[:1].isupper() or doc[e + 1].lower_ == "of"))
        and not (s > 0 and doc[s - 1].is_title and not doc[s - 1].is_sent_start)  # "George Washington Bridge"
    ]


def features_of_names(doc: Doc, weight: float) -> list[Candidate]:
    """Seas, straits and bays named "of" a name, one place where the model stops before "of" or calls the name a
    person: "the Strait of Hormuz", "the Bay of Bengal", "the Isle of Wight" (entity_place_nouns.csv, `ofname`); a
    body when a body's word ends it ("the Isle of Anglesey County Council")."""
    heads = place_words("ofname")
    found = []
    for token in doc[: len(doc) - 2]:
        if not token.is_title or (token.lower_,) not in heads or doc[token.i + 1].lower_ != "of":
            continue
        end = token.i + 2
        while end < len(doc) and NAME_WORD.fullmatch(doc[end].text):
            end += 1
        label = "ORG" if is_body_word(doc[end - 1]) else heads[(token.lower_,)]  # "Isle of Anglesey County Council"
        if doc[end - 1].text in lexicons.words("entity_event_words.txt"):
            label = "EVENT"  # "the Bay of İzmir Regatta"
        if end > token.i + 2:
            found.append(Candidate(token.i, end, label, weight, "feature of"))
    return found


def national_bodies(
    doc: Doc, place_at: list[tuple[int, int]], place_of: dict[Key, Place], token_kind: list[str], weight: float
) -> list[Candidate]:
    """Bodies named by what they do and their country: "Audit Wales", "Health Canada", "Athletics Ireland" (ORG),
    of which the model keeps only the country, if anything. The words before the country are capitalised nouns,
    no adjective ("rural Ireland", "Southern England"), no place ("Northern Ireland"), no day ("Yesterday England
    won"), no feature's first word ("Lake Chad") and no first name before a country's full name ("Jimmy Wales"; "Age
    UK" is a charity); in prose, not in a Title Case headline. Also one capitalised word hyphened to the country:
    "Météo-France", "Radio-Canada". A contest so named is an event: "Copa Bolivia"."""
    found = []
    for s, e in place_at:
        place = place_of[key_of(doc, s, e)]
        if not place.strong or place.label != "GPE" or token_kind[s] != "prose":
            continue
        if s > 1 and is_joining_hyphen(doc[s - 1]) and is_hyphened_body(doc, s - 2, place_of):
            found.append(Candidate(s - 2, e, "ORG", weight, "national body"))  # "Météo-France", "Radio-Canada"
            continue
        start = s
        while (
            start > 0
            and s - start < 3
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and not doc[start - 1].is_stop
            and doc[start - 1].pos_ in ("NOUN", "PROPN")
            and doc[start - 1].lower_ not in RELATIVE_DAYS
        ):
            start -= 1
        if (
            start < s
            and key_of(doc, start, e) not in place_of
            and not (is_first_name(doc[start].text) and not doc[s].is_upper)  # "Jimmy Wales"; but "Age UK"
            and not PART_OF_A_PLACE.fullmatch(doc[start].text)
            and (doc[start].lower_,) not in place_words("first")  # "Lake Chad", "Mount Kenya"
        ):
            contest = has_event_word([t.text for t in doc[start:e]])  # "Copa Bolivia"
            found.append(Candidate(start, e, "EVENT" if contest else "ORG", weight, "national body"))
    return found


def regional_parties(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """A party's short name right after the demonym of its nation or region (entity_party_names.txt): "Scottish
    Labour", "the Welsh Conservatives", "Scottish Greens" (ORG), where the model keeps only the demonym."""
    found = []
    for token in doc[:-1]:
        place = place_of.get(key_of(doc, token.i, token.i + 1))
        if place is None or place.label != "NORP" or not token.is_title or token.whitespace_ != " ":
            continue
        for name in lexicons.words("entity_party_names.txt"):
            end = token.i + 1 + name.count(" ") + 1
            if end <= len(doc) and doc[token.i + 1 : end].text == name:
                found.append(Candidate(token.i, end, "ORG", weight, "regional party"))
    return found


HYPHEN_PREFIXES = frozenset({"Anti", "Pro", "Post", "Pre", "Ex", "Non", "Neo", "Pan", "Mid", "Trans", "Euro"})


def is_hyphened_body(doc: Doc, i: int, place_of: dict[Key, Place]) -> bool:
    """A capitalised word that, hyphened to a country, names a body of it ("Météo" of "Météo-France"): no place,
    people, given name or prefix ("Anti-France", "Austria-Hungary", "Saudi-Iran talks")."""
    word = doc[i]
    return (
        word.is_alpha
        and word.text[:1].isupper()
        and not (i > 0 and is_joining_hyphen(doc[i - 1]))
        and key_of(doc, i, i + 1) not in place_of
        and word.text not in HYPHEN_PREFIXES
        and not is_first_name(word.text)
    )


LAW_HEADS = frozenset({"Act", "Bill", "Treaty", "Agreement", "Accord", "Accords", "Protocol"})


def law_names(doc: Doc, weight: float) -> list[Candidate]:
    """Acts, bills and treaties named after "the" or an owner: "the Inflation Reduction Act", "the Clean Air Act of
    1970", "Kenya's Finance Bill", "the Paris Agreement", "the Non-Proliferation Treaty" (LAW), which the model
    misses, cuts or calls an organisation, an event or a person ("Bill"); ballot measures by number
    ("Proposition 36"); and the defendant of an English criminal case, a person ("R v Hollings")."""
    found = []
    for token in doc:
        if token.text in ("Proposition", "Prop", "Measure") and token.i + 1 < len(doc) and token.nbor().like_num:
            found.append(Candidate(token.i, token.i + 2, "LAW", weight, "law"))
        if token.text in ("R", "R.") and token.i + 2 < len(doc) and token.nbor().lower_ in ("v", "v.", "vs", "vs."):
            end = name_end(doc, token.i + 2)  # "R v Hollings", an English criminal case: the Crown against a person
            if end > token.i + 2:
                found.append(Candidate(token.i + 2, end, "PERSON", weight, "defendant"))
        if token.text not in LAW_HEADS or token.i < 2:
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 8
            and (
                (doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_stop)  # "Lomé"
                or hyphened_part(doc, start - 1)
                or is_plural_possessive(doc, start - 1)
                or is_joining_and(doc, start - 1)  # "the Arusha Peace and Reconciliation Agreement"
            )
        ):
            start -= 1
        end = token.i + 2 if token.i + 1 < len(doc) and YEAR.fullmatch(doc[token.i + 1].text) else token.i + 1
        if start == token.i and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":
            end = name_end(doc, token.i + 2)  # "the Treaty of Guarantee", "the Treaty of Waitangi"
            end = token.i + 1 if end == token.i + 2 or token.text not in ("Treaty", "Protocol") else end
        if end > token.i + 1 or start < token.i:
            if start > 0 and doc[start - 1].lower_ in ("the", "'s", "’s"):
                found.append(Candidate(start, end, "LAW", weight, "law"))
    return found


def is_joining_and(doc: Doc, i: int) -> bool:
    """An "and" between two capitalised words of a name: "Peace and Reconciliation"."""
    return (
        doc[i].lower_ == "and"
        and 0 < i < len(doc) - 1
        and NAME_WORD.fullmatch(doc[i - 1].text) is not None
        and not doc[i - 1].is_stop
        and NAME_WORD.fullmatch(doc[i + 1].text) is not None
    )


def case_names(doc: Doc, token_kind: list[str], weight: float) -> list[Candidate]:
    """Court cases in a prose sentence that speaks of a court (entity_court_words.txt): capitalised names on both
    sides of "v" ("revived Thibodeaux v. Bayou Crest Refining, a suit", "ruled in Pereira v State of Goa"), which the
    model cuts at the "v" or calls two bodies. "R v Hollings" is the Crown's case against a person (law_names)."""
    court_words = lexicons.words("entity_court_words.txt")
    found = []
    for token in doc:
        i = token.i
        if token.lower_ not in VERSUS or token_kind[i] != "prose" or i == 0 or doc[i - 1].text in ("R", "R."):
            continue
        if not any(t.lemma_.lower() in court_words or t.lower_ in court_words for t in token.sent):
            continue
        start = i
        while start > token.sent.start and i - start < 5 and NAME_TOKEN.fullmatch(doc[start - 1].text):
            start -= 1
        end = case_side_end(doc, i + 1)
        if start < i and end > i + 1 and not doc[start].is_stop:
            found.append(Candidate(start, end, "LAW", weight, "case"))
    return found


def case_side_end(doc: Doc, start: int) -> int:
    """Where the second side of a case ends: capitalised words, joined by "of", "du" or "de" before another
    ("Minister of Home Affairs", "Traversiers du Saguenay")."""
    end = start
    while end < len(doc) and end - start < 7:
        if NAME_TOKEN.fullmatch(doc[end].text) and not doc[end].is_sent_start:
            end += 1
        elif (
            end > start
            and doc[end].lower_ in CASE_SIDE_JOINS
            and end + 1 < len(doc)
            and NAME_TOKEN.fullmatch(doc[end + 1].text)
        ):
            end += 1
        else:
            break
    return end


def is_plural_possessive(doc: Doc, i: int) -> bool:
    """The apostrophe of a plural owner inside a name: "Renters' Rights Act", "Workers' Party"."""
    return (
        doc[i].text in ("'", "’")
        and i > 0
        and not doc[i - 1].whitespace_
        and doc[i - 1].text.endswith("s")
        and NAME_WORD.fullmatch(doc[i - 1].text) is not None
    )


def has_ezafe(key: Key) -> bool:
    """A name joined by the Persian and Urdu "-e-" ("Jamaat-e-Islami", "Lashkar-e-Taiba"): a party's or group's,
    not a person's."""
    return any(key[i : i + 3] == ("-", "e", "-") for i in range(len(key) - 2))


def hyphened_part(doc: Doc, i: int) -> bool:
    """A hyphen or the word after it inside a capitalised hyphened word: "-" and "track" of "Fast-track"."""
    if doc[i].text == "-":
        return i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and doc[i - 1].is_title
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and doc[i - 2].is_title and doc[i].is_alpha


def possessive_names(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """A possessive and the word of an institution or building after it (after a saint's, also ending a few
    capitalised words), which the model cuts at "'s" or "s'": one name ("Addenbrooke's Hospital", "St. Mary's
    Cathedral", "St Giles' Cathedral", "King's College", "St James's University Hospital"), or a natural feature's
    ("Ned's Beach"; a park so named is as often a ground or a parliament: "Queen's Park"); not a place's ("Britain's
    Parliament")."""

    def label_of(word: Token) -> str | None:
        if place_words("head").get((word.lower_,)) == "LOC" and word.lower_ != "park":
            return "LOC"
        return "FAC" if is_building_word(word) else "ORG" if word.lower_ in org_words() else None

    found = []
    for token in doc[1:-1]:
        if not (token.text in ("'s", "’s") or is_plural_possessive(doc, token.i)) or not doc[token.i + 1].is_title:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if token.text not in ("'s", "’s") and doc[start].text not in SAINTS:
            continue  # a plural owner's name the model keeps whole: "British Airline Pilots' Association"
        longest = MAX_POSSESSED_WORDS if doc[start].text in SAINTS else 1  # not "Sheikh Hasina's Awami League"
        titled = list(itertools.takewhile(lambda t: t.is_title, doc[token.i + 1 : token.i + 1 + longest]))
        last = next((t for t in reversed(titled) if label_of(t) is not None), None)
        ends_name = last is not None and not (last.i + 1 < len(doc) and doc[last.i + 1].is_title)
        if last is None or (label_of(last) == "LOC" and not ends_name):  # not "Tonosho's Lake Tenshin"
            continue
        if start < token.i and key_of(doc, start, token.i) not in place_of:
            found.append(Candidate(start, last.i + 1, label_of(last), weight, "possessive name"))
    return found


def newspaper_names(doc: Doc, weight: float) -> list[Candidate]:
    """Newspapers: "the" and one or two capitalised words before a newspaper's word ("The Sunday Telegraph", where
    the model saw a date, "The Evening Standard", a title to it) (ORG)."""
    found = []
    for token in doc:
        if token.text not in newspaper_words() or token.i < 2:
            continue
        for start in (token.i - 1, token.i - 2):
            if start >= 1 and doc[start - 1].lower_ == "the" and all(t.is_title for t in doc[start : token.i]):
                found.append(Candidate(start, token.i + 1, "ORG", weight, "newspaper"))
                break
    return found


def station_names(doc: Doc, weight: float) -> list[Candidate]:
    """Radio and television stations named by one or two capitalised words and "FM" or "TV" ("Jawhara FM",
    "Kantipur TV"), which the model cuts into a person and a body: one ORG; not a set someone owns ("a Samsung TV")."""
    found = []
    for token in doc[1:]:
        if token.text not in ("FM", "TV"):
            continue
        start, words = token.i, 0
        while start > 0 and words < 2 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start, words = start - 1, words + 1
            if start > 1 and is_joining_hyphen(doc[start - 1]) and doc[start - 2].is_title:
                start -= 2  # "Al-Manara TV"
        owned = start > 0 and doc[start - 1].lower_ in ("a", "an", "his", "her", "their", "my", "our", "your")
        if start < token.i and not owned and doc[start].text not in BROADCAST_WORDS:
            found.append(Candidate(start, token.i + 1, "ORG", weight, "station"))
    return found


def legal_form_names(doc: Doc, token_kind: list[str], english: frozenset[str], weight: float) -> list[Candidate]:
    """A company's name with its legal form ("Harcourt Foods plc", "Murtal Maschinenbau GmbH", of which the model
    made two names): the capitalised words before a form of entity_legal_forms.txt that no English text writes in
    that case and no English word ("plc", "GmbH", "S.A.", "SpA"; not "Group", "group", "Company" or "spa")."""
    forms = lexicons.words("entity_legal_forms.txt")
    found = []
    for form in doc[1:]:
        english_word = form.lower_ in english and (form.is_lower or form.is_upper)  # not "SpA"
        if form.lower_ not in forms or english_word or form.is_title or token_kind[form.i] != "prose":
            continue
        start = form.i
        while start > 0 and form.i - start < 5 and (is_name_part(doc[start - 1].text) or doc[start - 1].text == "&"):
            start -= 1
        while start < form.i and not doc[start].text[:1].isupper():
            start += 1  # not "de" or "&" opening it
        if start < form.i:
            found.append(Candidate(start, form.i + 1, "ORG", weight, "legal form"))
    return found


def double_barrelled_people(
    doc: Doc, place_of: dict[Key, Place], english: frozenset[str], weight: float
) -> list[Candidate]:
    """A first name and a hyphened surname of two capitalised words ("Wanjiru Kamau-Otieno", "Olakunle
    Adeyemi-Fashola"), which the model often calls an organisation, or a hyphened given name and a surname
    ("Jukka-Pekka Huttunen", of which it made "Jukka" a place): a person. Not where a word is a firm's or a
    place's ("Air France-KLM", "North Korea-US talks"), a title ("The Governor-General") or inside a longer run of
    capitalised words; the first word is a given name or no English word, and one half of a hyphened given name
    is a given name. A second given name before them is the person's too ("Aminu Bala Dantata-Yusuf"), and a title
    may come before ("Coach Emeka Obiorah-Nwosu"), and a given name and particle (given_name_with_particle)."""
    found = []
    for i in range(len(doc) - 3):
        if doc[i + 1].text == "-":  # "Jukka-Pekka Huttunen": the given name is hyphened, `first` is the surname
            left, hyphen, right, first = doc[i : i + 4]
            given = is_first_name(left.text) or is_first_name(right.text)
        else:
            first, left, hyphen, right = doc[i : i + 4]
            given = True
        if not (
            given
            and hyphen.text == "-"
            and not left.whitespace_
            and not hyphen.whitespace_
            and all(t.is_title and t.is_alpha for t in (first, left, right))
        ):
            continue
        second_given = (  # "Aminu Bala Dantata-Yusuf"; not "By Kofi Mensah-Bonsu"
            i > 0
            and doc[i + 1].text != "-"
            and is_first_name(first.text)
            and doc[i - 1].is_title
            and doc[i - 1].is_alpha
            and (is_first_name(doc[i - 1].text) or doc[i - 1].lower_ not in english)
        )
        start = i - 1 if second_given and not is_title_word(doc[i - 1]) else i
        before, after = (doc[start - 1] if start > 0 else None), (doc[i + 4] if i + 4 < len(doc) else None)
        if after is not None and after.is_title and after.is_alpha:
            continue
        if after is not None and after.text in ("'", "’") and first.lower_[:-1] in english and first.lower_[-1] == "s":
            continue  # "the Jalal-Abad Homeowners' Partnership": the plural owning a body's name
        if before is not None and before.is_title and not before.is_sent_start and not is_title_word(before):
            continue  # inside a longer run of capitalised words; not after "Coach" or "Dr"
        words = {first.lower_, left.lower_, right.lower_}
        kinds = org_words() | company_suffixes() | role_words() | lexicons.words("entity_org_first_words.txt")
        if words & (kinds | DETERMINERS) or any((w,) in place_of or (w,) in place_words("head") for w in words):
            continue  # "The Governor-General", "the Sainte-Anne River", "Ateliers Brun-Escoffier"
        if {first.text, left.text, right.text, f"{left.text}-{right.text}"} & listed_companies():
            continue
        if is_first_name(first.text) or first.lower_ not in english:
            start -= 2 * given_name_with_particle(doc, start)
            found.append(
                Candidate(start, i + 4 + 2 * hyphened_after(doc, i + 4), "PERSON", weight, "double-barrelled name")
            )
    return found


def given_name_with_particle(doc: Doc, start: int) -> bool:
    """Whether a given name and a particle come right before `start`, the two making one given name with the word
    there: "Maria das" of "Maria das Graças Ferreira-Holm", "José de" of "José de Jesus Almeida-Ruiz"."""
    return (
        start > 1
        and doc[start - 1].text in SURNAME_PARTICLES
        and doc[start - 2].is_title
        and is_first_name(doc[start - 2].text)
    )


def hyphened_after(doc: Doc, end: int) -> bool:
    """Whether a hyphen and a capitalised word join the word before `end`: "-Boivin" of "Jean-Philippe
    Ouellet-Boivin"."""
    return end + 1 < len(doc) and is_joining_hyphen(doc[end]) and doc[end + 1].is_title and doc[end + 1].is_alpha


def is_title_word(token: Token) -> bool:
    """An honorific or a title of office before a name ("Dr", "Coach", "Senator")."""
    return token.lower_ in HONORIFICS or token.lower_.rstrip(".") in role_words()


def particle_names(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """A given name, one or two lower-case particles and a surname ("Marieke van den Heuvel", "Rafael dos Santos",
    "Joost ten Hag"), or the surname alone, opening with its particles ("Van der Walt", "De la Cruz"), which the
    model splits or drops: a person. Not a place the gazetteer knows, one named after a
    place ("Santiago de Compostela") or ending in a country ("Santiago de Chile"), nor part of a longer name, nor
    after "the village of"."""
    found = []
    for i in range(len(doc) - 2):
        particle_first = doc[i].is_title and doc[i].lower_ in SURNAME_PARTICLES and doc[i + 1].text in SURNAME_PARTICLES
        patronymic = doc[i].is_title and doc[i].is_alpha and doc[i + 1].text in PATRONYMICS  # "Mwanaisha binti Salim"
        if not ((doc[i].is_title and doc[i].is_alpha and is_first_name(doc[i].text)) or particle_first or patronymic):
            continue  # "Marieke van den Heuvel"; a surname alone: "Van der Walt's lawyer said"
        j = i + 1
        while j < len(doc) and j - i <= 2 and doc[j].text in SURNAME_PARTICLES:
            j += 1
        if j == i + 1 or j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha):
            continue
        j = surname_end(doc, j)
        if doc[i + 1].text in PATRONYMICS:
            while j + 2 < len(doc) and doc[j + 1].text in PATRONYMICS and doc[j + 2].is_title and doc[j + 2].is_alpha:
                j += 2  # a grandfather's name: "Fatima bint Saeed bin Huwaidi"
            j = family_name_end(doc, j)  # "Salim bin Omar Al-Riyami"
            j += runs_on_in_model_name(doc, j + 1)  # "Awang Jalil" of "Nurul Ain binti Awang Jalil"
            i -= runs_on_in_model_name(doc, i) and not is_title_word(doc[i - 1])  # "Nurul"; not "Prince"
        before, after = (doc[i - 1] if i > 0 else None), (doc[j + 1] if j + 1 < len(doc) else None)
        if after is not None and ((after.is_title and after.is_alpha) or after.text in NAME_CONNECTORS | {"-"}):
            continue  # "Charles de Gaulle Airport", "Majed bin Saleh al-Qahtani"
        if before is not None and before.is_title and not before.is_sent_start and before.lower_ not in HONORIFICS:
            continue  # "Sant Vicenç de Calders"
        if after_settlement_noun(doc, i):
            continue  # "the village of Pina de Ebro"
        if (
            key_of(doc, i, j + 1) in place_of
            or ((doc[i].lower_,) in place_of and not particle_first)  # "Santiago de Compostela"; not Van, Turkey
            or is_strong_place((doc[j].lower_,), place_of)
        ):
            continue
        joined = i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and is_first_name(doc[i - 2].text)
        found.append(Candidate(i - 2 if joined else i, j + 1, "PERSON", weight, "particle name"))  # "Jan-Willem"
    return found


PATRONYMIC_MIDDLES = frozenset(
    {"oglu", "oğlu", "ogly", "qizi", "qızı", "kizi", "kyzy", "uulu"}
)  # "son of", "daughter of"


def patronymic_middle_names(doc: Doc, weight: float) -> list[Candidate]:
    """A given name, the father's name, "oglu" or "qizi" and a surname ("Elnur Vagif oglu Mammadli", "Sevil Kamal
    qizi Hasanova"), which the model cuts at the lower-case word: one person."""
    return [
        Candidate(t.i - 2, t.i + 2, "PERSON", weight, "patronymic")
        for t in doc[2:-1]
        if t.lower_ in PATRONYMIC_MIDDLES
        and t.is_lower
        and all(w.is_title and w.is_alpha for w in (doc[t.i - 2], doc[t.i - 1], doc[t.i + 1]))
    ]


SON_OF_WORDS = frozenset({"ap", "ab", "ferch", "verch", "arap"})  # Welsh and Kalenjin "son of", "daughter of"
GAELIC_ARTICLES = (("an", "t", "-"), ("an",), ("a", "'"), ("a", "’"), ("a'",), ("a’",))  # "Mac an t-Saoir"


def son_of_names(doc: Doc, weight: float) -> list[Candidate]:
    """A given name, a lower-case "son of" and the father's name ("Elis ap Iorwerth", "Kipchumba arap Too"), or a
    given name, Mac, Nic, Ní or Ó, perhaps an article, and a surname of one or two words ("Uisdean Mac an
    t-Saoir", "Mòrag Nic a' Phearsain-Reid", "Caoimhín Mac Giolla Bhríde"): one person, whom the model cuts at
    the lower-case word or takes for a body."""
    found = []
    for i in range(len(doc) - 2):
        given, particle = doc[i], doc[i + 1]
        if not (given.is_title and given.is_alpha) or given.text in GAELIC_PARTICLES:
            continue
        j = i + 2
        if particle.text in GAELIC_PARTICLES:
            article = next(
                (a for a in GAELIC_ARTICLES if tuple(t.text for t in doc[j : j + len(a)]) == a and not doc[j].is_title),
                (),
            )
            j += len(article)
        elif particle.text not in SON_OF_WORDS:
            continue
        if j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha):
            continue
        if particle.text in GAELIC_PARTICLES and j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].is_alpha:
            j += 1  # "Giolla Bhríde"
        if hyphened_after(doc, j + 1):
            j += 2  # "Phearsain-Reid"
        found.append(Candidate(i, j + 1, "PERSON", weight, "son of"))
    return found


ROUTE_ARROWS = frozenset({">", "→", "->"})


def route_line_ends(doc: Doc, weight: float) -> list[Candidate]:
    """The places either side of an arrow in a booking or timetable line ("Stykkishólmur > Brjánslækur via
    Flatey", "Fagatogo → Taʻū"), or of an en dash before a kind of route (entity_route_words.txt: "the
    Iloilo–Davao route"), which the model joins into one body's name or a person's."""
    found = []
    for arrow in doc[1:-1]:
        if not (arrow.text in ROUTE_ARROWS or (arrow.text == "–" and is_joining_dash(arrow) and names_route(arrow))):
            continue
        start = arrow.i
        while start > 0 and arrow.i - start < 3 and doc[start - 1].text[:1].isupper():
            start -= 1
        end = title_end(doc, arrow.i + 1)
        if start < arrow.i and end > arrow.i + 1:
            found += [
                Candidate(start, arrow.i, "GPE", weight, "route"),
                Candidate(arrow.i + 1, end, "GPE", weight, "route"),
            ]
    return found


VENUE_ENDS = frozenset({"park", "mall", "hospital", "church", "centre", "center", "college", "inn"})
NAME_BOUNDARIES = frozenset({":", "-", "–", "—", "(", ")", ",", ";", "."})


@lru_cache(maxsize=1)
def venue_end_words() -> frozenset[str]:
    """Last words of a venue's name: the FAC heads of entity_place_nouns.csv ("Street", "Hotel") and VENUE_ENDS."""
    return VENUE_ENDS | {w[0] for w, label in place_words("head").items() if label == "FAC"}


def venue_towns(doc: Doc, towns: Towns, english: frozenset[str], weight: float) -> list[Candidate]:
    """The town after a venue's name and a comma, as a listing or an address gives it before a time, a price, a
    colon or the line's end: "Qwanlin Mall, Whitehorse:", "4 Bridge Street, Kirkcaldy - £168,500", "Heritage
    Square, Flagstaff, 8am-1pm" (GPE). The venue ends in a word of a building, way or ground (entity_place_nouns.csv
    FAC heads, a park, mall, hospital, ...); the town is one of geonames or a name of no English word."""
    found = []
    for comma in doc[1:-1]:
        before = doc[comma.i - 1]
        if comma.text != "," or not before.is_title or before.lower_ not in venue_end_words():
            continue
        start = end = comma.i + 1
        while end < len(doc) and end - start < 4 and (doc[end].is_title or is_joining_hyphen(doc[end])):
            end += 1
        if end == start or is_joining_hyphen(doc[end - 1]) or "\n" in comma.text_with_ws:
            continue
        name = doc[start:end]
        bounded = (
            end == len(doc)
            or doc[end].text in NAME_BOUNDARIES
            or doc[end].like_num
            or "\n" in doc[end - 1].text_with_ws
        )
        unknown = (  # not "Outside Christchurch Hospital, Aroha Tipene, a nurse, said": a person beside the venue
            is_unknown_place(name, english)
            and (end == len(doc) or doc[end].text != ",")
            and not has_person_shape(key_of(doc, start, end), [t.text for t in name])
        )
        if bounded and (name.text in towns.names or unknown):
            found.append(Candidate(start, end, "GPE", weight, "venue town"))
    return found


def notice_areas(
    doc: Doc, place_of: dict[Key, Place], towns: Towns, english: frozenset[str], weight: float
) -> list[Candidate]:
    """The area a notice covers, after its heading in capitals and a comma or dash on its first line: "FIRE DANGER,
    Darkhad Valley, Friday", "MOSQUITO SPRAYING TONIGHT, Lowcountry", "BRANDS REGISTERED - MANEROO" (LOC); a town of
    geonames or a place of the gazetteer is a GPE ("WATER CUTS, Lagos, Tuesday"; "ROAD CLOSURES, Uva, this week", a
    province the model takes for a person; "MARKET DAYS, Amhara", a region, not its people); one ending in a body's
    word is that body ("VISITING SPECIALISTS, KAILAHUN GOVERNMENT HOSPITAL": ORG)."""
    found = []
    for start in line_starts(doc):
        heading = start
        while heading < len(doc) and is_shouted_word(doc[heading]):
            heading += 1
        if heading - start < 2 or heading >= len(doc) - 1 or doc[heading].text not in HEADING_ENDS:
            continue
        if not is_shouted_notice_words(doc, start, heading, english):
            continue
        name_start = end = heading + 1
        while end < len(doc) and (doc[end].text[:1].isupper() or is_joining_hyphen(doc[end])):
            end += 1
        closed = end == len(doc) or doc[end].text == "," or doc[end].is_space
        name = doc[name_start:end]
        if end == name_start or not closed:
            continue
        spelt = name.text.title() if name.text.isupper() else name.text  # "PATRONAL FESTIVALS, SAMANÁ"
        known = key_of(doc, name_start, end) in place_of or spelt in towns.names
        label = "ORG" if doc[end - 1].lower_ in org_words() else "GPE" if known else "LOC"
        found.append(Candidate(name_start, end, label, weight, "notice area"))
    return found


def listed_places(doc: Doc, english: frozenset[str], weight: float) -> list[Candidate]:
    """The places a notice lists one to a line, each opening its line before a colon and what is there or when
    ("Castlegar: Kinnaird Hall", "Whetstone: 9am-4pm, closed Wed", "Pila: gondola from Aosta OPEN"), or a town of
    geonames before its venue and the colon ("Poprad, Forum Poprad mall: Monday"), which the model calls people or
    bodies: a name of no body's or building's word, not a given name and surname and no acronym, before no
    sentence ("Mensah: We will appeal") nor a team's line-up. A head that is an English word and no town of
    geonames ("Duck:") is a place only among two heads that are."""
    starts = [day_label_end(doc, s) or dated_line_end(doc, s) or s for s in line_starts(doc)]
    items = [item for item in (listed_item(doc, s, english) for s in starts) if item is not None]
    proper = [
        (start, end)
        for start, end in items
        if doc[start:end].text in towns() or not all(is_english(t, english) for t in doc[start:end])
    ]
    return [
        Candidate(start, end, "GPE", weight, "listed place")
        for start, end in items
        if (start, end) in proper or (len(proper) >= 2 and not gives_a_body(doc, end))
    ]


def gives_a_body(doc: Doc, colon: int) -> bool:
    """Whether the rest of a line after its head's colon is one body's name, as a notice's source or sponsor line
    gives it ("Source: Financial Services Union"): capitalised words ending in an organisation's word."""
    end = title_words_end(doc, colon + 1)
    closed = end == len(doc) or "\n" in doc[end - 1].text_with_ws
    return end > colon + 1 and closed and doc[end - 1].lower_ in org_words()


def day_label_end(doc: Doc, start: int) -> int | None:
    """Where a line's text goes on after a weekday, or a range of them, and a colon, as a rota lists its days ("Tue:
    Kumbungu, clinic", "Mon-Tue: Wolkite, zone hall", "Sat & Sun: Bovec"), else None."""

    def is_day(i: int) -> bool:
        return i < len(doc) and (doc[i].lower_ in WEEKDAYS or doc[i].text in DAY_ABBREVIATIONS)

    if not is_day(start):
        return None
    end = start + 1
    if end + 1 < len(doc) and doc[end].lower_ in DAY_RANGE_LINKS and is_day(end + 1):
        end += 2
    return end + 1 if end + 1 < len(doc) and doc[end].text == ":" else None


DAY_RANGE_LINKS = frozenset({"-", "–", "to", "/", "&", "and"})


def dated_line_end(doc: Doc, start: int) -> int | None:
    """Where a line's text goes on after the day or date that opens it and a comma, as a list of events gives its
    places ("Monday, Ekwendeni: cattle sale", "15 August, Aulla: procession", "May 3, Palizzi: fair"), else None."""
    words = doc[start : start + 3]
    day = len(words) >= 2 and (words[0].lower_ in WEEKDAYS or words[0].text in DAY_ABBREVIATIONS)
    if day and words[1].text == ",":
        return start + 2
    dated = len(words) == 3 and words[2].text == ","
    day_month = dated and words[0].like_num and words[1].lower_ in MONTHS
    month_day = dated and words[0].lower_ in MONTHS and words[1].like_num
    return start + 3 if (day_month or month_day) and start + 3 < len(doc) else None


def is_day_label(doc: Doc, colon: int) -> bool:
    """Whether the colon before a place closes a rota's day label ("Tue: Kumbungu", "Mon-Tue: Wolkite")."""
    return any(day_label_end(doc, start) == colon + 1 for start in range(max(0, colon - 3), colon))


def line_starts(doc: Doc) -> list[int]:
    """The tokens that open a line."""
    return [t.i for t in doc if not t.is_space and (t.i == 0 or "\n" in doc[t.i - 1].text_with_ws)]


def is_english(token: Token, english: frozenset[str]) -> bool:
    """An English word in any of its forms ("Contributors", "Released")."""
    word = token.lower_
    stem = word[:-1] if word.endswith(("s", "ed")) else word  # "contributor", "release"; not "ell" of "Ella"
    forms = (word, token.lemma_.lower(), stem, word.removesuffix("ed"))
    return any(form in english for form in forms)


@lru_cache(maxsize=1)
def body_and_building_words() -> frozenset[str]:
    """Words that make a name a body's or a building's: entity_org_words.txt and the FAC and ORG heads of
    entity_place_nouns.csv ("Trust", "Hall", "Canal")."""
    return org_words() | {w[0] for w, label in place_words("head").items() if label in ("FAC", "ORG")}


def listed_item(doc: Doc, start: int, english: frozenset[str]) -> tuple[int, int] | None:
    """The name [start, end) that opens a line before a colon, as a notice lists places (see listed_places): a
    name of more words than one that ends in a feature's word ("Nabq Bay") or has an English word after its first
    ("Keuka Public Radio", "Ventnor Exchange") is a town of geonames ("Kill Devil Hills") or no place listed."""
    end = start
    while (
        end < len(doc)
        and end - start < 5
        and (
            (NAME_WORD.fullmatch(doc[end].text) and not doc[end].is_upper)
            or (end > start and (is_joining_hyphen(doc[end]) or doc[end].lower_ in NAME_PARTICLES | {"in", "on"}))
        )
    ):
        end += 1
    if end == start or not NAME_WORD.fullmatch(doc[end - 1].text):
        return None
    day_listed = start >= 2 and is_day_label(doc, start - 1)  # "Tue: Kumbungu, health centre yard"
    if day_listed and (end == len(doc) or "\n" in doc[end - 1].text_with_ws):
        return start, end  # "Fri: Savelugu"
    if end >= len(doc):
        return None
    line_end = next((t.i for t in doc[end:] if "\n" in t.text_with_ws), len(doc))
    if day_listed and doc[end].text == ",":
        pass
    elif doc[end].text == "," and doc[start:end].text in towns():  # "Poprad, Forum Poprad mall: Monday 8:00-12:00"
        colon = next((t.i for t in doc[end + 1 : min(line_end, end + 8)] if t.text == ":"), None)
        if colon is None or any(t.text == "," for t in doc[end + 1 : colon]):
            return None
    elif doc[end].text != ":":
        return None
    words = [t.lower_ for t in doc[start:end]]
    if words[-1] in body_and_building_words() or any(w in org_words() for w in words):
        return None  # "Kinnaird Hall:", not "Port Rexton:"
    if doc[start:end].text not in towns():
        feature = any(place_words("head").get((w,)) == "LOC" for w in (words[0], words[-1]))  # "Lake Šoderica"
        common = [t for t in doc[start + 1 : end] if t.text[:1].isupper() and is_english(t, english)]
        if end - start > 1 and doc[start].lemma_.lower() != words[0] and is_english(doc[start], english):
            return None  # a plural heading, "Departures Keflavík:"
        person = is_first_name(doc[start].text) and end - start > 1
        if feature or person or any(not is_first_name(t.text) for t in common):
            return None
    rest = doc[end + 1 : line_end]
    opening = next((t.i for t in rest if t.text == ","), line_end)  # "Haputale: Bank of Ceylon, accounts move to"
    sentence = any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ in FINITE_TAGS and t.head.is_lower and t.i < opening
        for t in rest
    )
    line_up = sum(t.text in (",", ";") for t in rest) >= 4
    ranks = sum(  # "Men: 1 Talasea, 2 Bialla": a results line
        t.like_num and (t.i == end + 1 or doc[t.i - 1].text == ",") and t.i + 1 < len(doc) and doc[t.i + 1].is_title
        for t in rest
    )
    if sentence or line_up or ranks >= 2 or rest[-1:].text in ("?", "!"):
        return None
    if rest[-1:].text == "." and not is_venue_entry(rest):
        return None
    return start, end


def is_venue_entry(rest: Span) -> bool:
    """Whether what a line gives after a head's colon is a venue or firm and what is there, with no verb that has a
    subject, as listings write it ("Pousada Capim Dourado, eight rooms by the bus stop."; not "We will appeal.")."""
    return (
        len(rest) > 2
        and rest[0].is_title
        and not rest[0].is_stop
        and any(t.text == "," for t in rest[1:])
        and not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ in FINITE_TAGS for t in rest)
    )


ABBREVIATED_GIVEN_NAMES = frozenset(
    {"Md", "Md.", "Mohd", "Mohd.", "Muhd", "Muhd."}
)  # Muhammad, in South Asia and Malaysia


def abbreviated_given_names(doc: Doc, weight: float) -> list[Candidate]:
    """Muhammad written short before a name ("Md. Arif Ansari", "Mohd Faizal Hassan"): one person, whom the model
    cuts after the abbreviation or takes for Maryland."""
    found = []
    for token in doc[:-2]:
        if token.text not in ABBREVIATED_GIVEN_NAMES:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and is_title_name_word(doc[end]):
            end += 1
        after_town = token.i >= 2 and doc[token.i - 1].text == "," and doc[token.i - 2].is_title  # "Baltimore, Md."
        if end - token.i >= 3 and not after_town:
            found.append(Candidate(token.i, end, "PERSON", weight, "abbreviated given name"))
    return found


def names_route(dash: Token) -> bool:
    """Whether the capitalised words after an en dash end before a kind of route: "–Davao route"."""
    doc = dash.doc
    end = title_end(doc, dash.i + 1)
    return end < len(doc) and doc[end].lemma_.lower() in lexicons.words("entity_route_words.txt")


def paired_people(doc: Doc, weight: float) -> list[Candidate]:
    """Two people joined by "&", each a given name and a surname: a pair of a results list ("1 Helen Fairweather &
    Anselm Zammit 61.2%"), which the model takes for one firm; not a firm named after two surnames ("Marks &
    Spencer")."""
    found = []
    for amp in doc[2:-2]:
        if amp.text != "&":
            continue
        left = next((s for s in (amp.i - 2, amp.i - 3) if s >= 0 and is_person_run(doc, s, amp.i)), None)
        ends = (amp.i + 5, amp.i + 4, amp.i + 3)  # "Arnas Kalnietis-Oduro", "Anselm Zammit"
        right = next((e for e in ends if e <= len(doc) and is_person_run(doc, amp.i + 1, e)), None)
        if left is not None and right is not None:
            found += [
                Candidate(left, amp.i, "PERSON", weight, "pair"),
                Candidate(amp.i + 1, right, "PERSON", weight, "pair"),
            ]
    return found


def is_person_run(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are a given name and one or two capitalised words, no more of the name either side."""
    words = doc[start:end]
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (
        all((t.is_title and t.is_alpha) or is_joining_hyphen(t) for t in words)
        and words[-1].is_alpha
        and is_first_name(words[0].text)
        and has_person_shape(key_of(doc, start, end), [t.text for t in words])
        and not (before is not None and before.is_title and before.is_alpha)
        and not (after is not None and after.is_title and after.is_alpha)
    )


def runs_on_in_model_name(doc: Doc, i: int) -> bool:
    """Whether token i goes on a name the model found from the word before, both capitalised: the second given name
    or the father's second name around "binti" ("Nurul Ain binti Awang Jalil"), where the model splits it."""
    return 0 < i < len(doc) and doc[i].ent_iob_ == "I" and all(t.is_title and t.is_alpha for t in doc[i - 1 : i + 1])


def family_name_end(doc: Doc, j: int) -> int:
    """The end of a family name with "Al-" or "Al" after a father's name (token j): "Al-Riyami" of "Salim bin Omar
    Al-Riyami", "Al Shanfari" of "Mariam bint Salim Al Shanfari"; j when none follows."""
    if j + 2 < len(doc) and doc[j + 1].text == "Al" and doc[j + 2].is_title and doc[j + 2].is_alpha:
        return j + 2
    if (
        j + 3 < len(doc)
        and doc[j + 1].lower_ in ("al", "el")
        and doc[j + 2].text == "-"
        and not doc[j + 1].whitespace_
        and not doc[j + 2].whitespace_
        and doc[j + 3].is_title
    ):
        return j + 3
    return j


def surname_end(doc: Doc, j: int) -> int:
    """The last word of a surname after its particles, from its first (j): a second surname ("dos Santos Cossa")
    that ends the name, or one joined by a hyphen and a particle ("de Vries-van Dam"); not a place's noun ("de
    Gaulle Airport")."""
    nxt = j + 1
    if (
        nxt + 2 < len(doc)
        and doc[nxt].text == "-"
        and not doc[j].whitespace_
        and not doc[nxt].whitespace_
        and doc[nxt + 1].text in SURNAME_PARTICLES
        and doc[nxt + 2].is_title
        and doc[nxt + 2].is_alpha
    ):
        return nxt + 2
    ends = nxt + 1 >= len(doc) or not (doc[nxt + 1].is_title or doc[nxt + 1].text == "-")
    second = nxt < len(doc) and doc[nxt].is_title and doc[nxt].is_alpha and doc[nxt].pos_ == "PROPN"
    if second and ends and not is_place_word_after(doc[nxt]) and doc[nxt].lower_ not in org_words():
        return nxt
    return j


def is_place_word_after(token: Token) -> bool:
    """A noun that makes the name before it a place or facility ("Airport", "Bridge"; entity_place_nouns.csv)."""
    return any((token.lower_,) in place_words(where) for where in ("after", "head"))


@lru_cache(maxsize=1)
def employee_roles() -> frozenset[tuple[str, ...]]:
    """Roles a company's name goes before (data/lexicons/entity_employee_roles.txt), as lower-case token tuples."""
    return frozenset(tuple(role.replace("-", " - ").split()) for role in lexicons.lines("entity_employee_roles.txt"))


def employers_before_roles(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], english: frozenset[str], weight: float
) -> list[Candidate]:
    """The employer written before a person's role and name: "Eskom spokesperson Daphne Mokoena", "Slater and Gordon
    partner Kim Tran" (ORG), which the model leaves out or takes for a person or a place. One to four capitalised
    words, two of them joined by "and" or "&", that name no gazetteer place or nationality; one word alone is
    no English word."""
    found = []
    for person in (c for c in candidates if c.label == "PERSON" or is_first_name(doc[c.start].text)):
        role_start = next(
            (
                person.start - n
                for n in (4, 3, 2, 1)
                if person.start - n > 0
                and tuple(t.lower_ for t in doc[person.start - n : person.start]) in employee_roles()
            ),
            None,
        )
        if role_start is None:
            continue
        start = role_start
        while start > 0 and role_start - start < 4 and is_employer_word(doc, start - 1):
            start -= 1
        while start < role_start and doc[start].lower_ in {"and", "&"} | DETERMINERS | TENURE_WORDS:
            start += 1
        key = key_of(doc, start, role_start)
        if (
            start < role_start
            and key not in place_of
            and not any(w in role_words() for w in key)
            and not (len(key) == 1 and key[0] in english)  # "Government spokesperson Ana Ruiz"
        ):
            found.append(Candidate(start, role_start, "ORG", weight, "employer"))
    return found


def is_employer_word(doc: Doc, i: int) -> bool:
    """A capitalised word of an employer's name, or the "and" or "&" between two of them."""
    if doc[i].lower_ in ("and", "&"):
        return i > 0 and doc[i - 1].is_title
    return is_name_token(doc, i) and doc[i].lower_ not in DETERMINERS


@lru_cache(maxsize=1)
def service_name_ends() -> frozenset[tuple[str, ...]]:
    """The ends of police and emergency service names (data/lexicons/entity_service_names.txt), as token tuples."""
    return frozenset(tuple(end.split()) for end in lexicons.lines("entity_service_names.txt"))


def service_names(doc: Doc, token_kind: list[str], weight: float) -> list[Candidate]:
    """A police force or emergency service named after the place it serves: "West Midlands Police", "South Wales
    Fire and Rescue Service" (ORG, one name), of which the model often keeps only the place. One to three
    capitalised words, two joined by "and" ("Devon and Cornwall Police") or by a hyphen ("Dyfed-Powys Police"),
    before the end; in prose."""
    found = []
    ends = sorted(service_name_ends(), key=len, reverse=True)
    for token in doc[1:]:
        if token_kind[token.i] != "prose":
            continue
        end = next(
            (token.i + len(e) for e in ends if tuple(t.text for t in doc[token.i : token.i + len(e)]) == e), None
        )
        if end is None or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
            continue
        start = token.i
        while start > 0 and token.i - start < 4 and is_service_place_word(doc[start - 1]):
            start -= 1
        if start < token.i and doc[start].lower_ != "and":
            found.append(Candidate(start, end, "ORG", weight, "service"))
    return found


def is_service_place_word(token: Token) -> bool:
    """A word of the place a service is named after: capitalised and no stop word, a hyphen joining two such words
    ("Dyfed-Powys"), or the "and" of two places."""
    if token.lower_ == "and":
        return token.i > 0 and token.nbor(-1).is_title
    if token.text == "-":
        return hyphened_part(token.doc, token.i)
    return token.is_title and not token.is_stop and token.pos_ in ("PROPN", "NOUN", "ADJ")


def office_names(doc: Doc, weight: float) -> list[Candidate]:
    """An office named after its holder's title: "the U.S. Attorney's Office for the Western District of New York",
    "Polk County Sheriff's Office", "the Chief Medical Examiner's Office" (ORG, one name)."""
    found = []
    for office in doc[3:]:
        owner, possessive = doc[office.i - 2], doc[office.i - 1]
        if not (
            office.is_title
            and office.lower_ in org_words()
            and possessive.text in POSSESSIVES
            and owner.is_title
            and owner.lower_ in role_words()
        ):
            continue
        start = owner.i
        while start > 0 and is_name_token(doc, start - 1) and doc[start - 1].lower_ not in DETERMINERS:
            start -= 1
        end = office.i + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("for", "of"):
            after = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            named = after
            while named < len(doc) and (
                is_name_token(doc, named)
                or (doc[named].lower_ == "of" and named + 1 < len(doc) and is_name_token(doc, named + 1))
            ):
                named += 1
            end = named if named > after else end
        found.append(Candidate(start, end, "ORG", weight, "office"))
    return found


def portfolio_names(doc: Doc, english: frozenset[str], weight: float) -> list[Candidate]:
    """A body named after the fields it covers, listed with commas and "and": "the Ministry of Culture, Sports and
    Tourism", "the Department of Agriculture, Environment and Rural Affairs", "the Department of Forestry, Fisheries and
    the Environment", "the Ghana Museums and Monuments Board" (ORG, one name); the words either side of a comma or "and"
    are capitalised English words, not names ("Barclays and Lloyds Banking Group" are two)."""
    found = []
    for token in doc:
        if token.lower_ != "and" or not 0 < token.i < len(doc) - 1:
            continue
        start, end = field_words_before(doc, token.i, english), field_words_after(doc, token.i + 1, english)
        if start is None:
            continue
        first = start
        while (
            start > 0
            and doc[start - 1].text == ","
            and (earlier := field_words_before(doc, start - 1, english)) is not None
        ):
            start = earlier  # "Culture, Sports and Tourism"
        of_body = start >= 2 and doc[start - 1].lower_ in ("of", "for") and is_body_word(doc[start - 2])
        if end is None and of_body:
            end = field_words_after(doc, token.i + 1, english, own_names=True)  # "of Education and Science"
        if end is None and of_body and start < first and doc[token.i + 1].lower_ == "the":
            # a list's last field after "the": "Forestry, Fisheries and the Environment"
            end = field_words_after(doc, token.i + 2, english, own_names=True)
        if end is None:
            continue
        if of_body:
            start -= 2
        elif not (is_body_word(doc[end - 1]) and end - token.i > 2):
            continue
        start -= compound_words_before(doc, start)
        if is_one_body(doc, start, end, of_body):
            found.append(Candidate(start, end, "ORG", weight, "portfolio"))
    return filter_candidates(found)


def joined_places_bodies(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """A council, board, authority, trust, service or police force named after the places it joins, of which the model
    kept only the last: one body ("Cheshire West and Chester Council", "Derry City and Strabane District Council",
    "Armagh City, Banbridge and Craigavon Borough Council", "Newry, Mourne and Down District Council"); not where the
    words before "and" name a body of their own ("Police Scotland and Durham Police", "Natural Resources Wales and
    Rhondda Cynon Taf Council")."""
    found = []
    bodies_ending = {o.end for o in candidates if o.label == "ORG" and o.end - o.start > 1}
    for c in candidates:
        if c.label != "ORG" or doc[c.end - 1].lower_ not in JOINED_BODY_ENDS or c.start < 2:
            continue
        if (
            doc[c.start - 1].lower_ != "and"
            or not is_joined_place_word(doc[c.start - 2])
            or c.start - 1 in bodies_ending
        ):
            continue
        start = c.start - 1
        while (
            start > 0 and c.start - start < 8 and (is_joined_place_word(doc[start - 1]) or doc[start - 1].text == ",")
        ):
            start -= 1
        while start < c.start and not doc[start].is_title:
            start += 1  # not a leading comma
        words = {t.lower_ for t in doc[start : c.start - 1]}
        if start < c.start - 1 and not words & (org_words() | JOINED_BODY_ENDS) - PLACE_ORG_WORDS:
            found.append(Candidate(start, c.end, "ORG", weight, "joined places' body"))
    return found


JOINED_BODY_ENDS = frozenset({"council", "board", "authority", "trust", "service", "police", "commission"})
PLACE_ORG_WORDS = frozenset({"city"})  # a word of organisations' names and of places' too: "Derry City"


def is_joined_place_word(token: Token) -> bool:
    """A capitalised word of a place's name in a list of places ("Armagh City, Banbridge and"), not "The"."""
    return token.is_title and token.is_alpha and token.lower_ not in DETERMINERS


def is_one_body(doc: Doc, start: int, end: int, of_body: bool = False) -> bool:
    """Whether [start, end) can be one body's name: no person's name of the model's in it ("Stuart Hall and John
    Park"), no company's suffix before its end ("Johnson Controls Inc and Lear Corp"), and not part of a longer name
    of the model's ("the Organisation for Security and Cooperation in Europe"; "the" is no part of a name). After a
    body's "of" (`of_body`), a company's word is a field ("Energy" of "the Ministry of Energy and Mines")."""
    if any(e.label_ == "PERSON" and len(e) > 1 and start <= e.start < end for e in doc.ents):
        return False
    if not of_body and any(t.lower_ in company_suffixes() for t in doc[start : end - 1]):
        return False
    names = [(e.start + (e[0].lower_ in DETERMINERS), e.end) for e in doc.ents]
    return not any(s <= start and end <= e and (s, e) != (start, end) for s, e in names)


def is_body_word(token: Token) -> bool:
    """A capitalised word that makes a name a body: "Ministry", "Board", "Service", "Corp"."""
    word = token.lower_
    return token.is_title and (word in org_words() or word in company_suffixes() or word in ("board", "executive"))


def is_field_word(token: Token, english: frozenset[str], own_names: bool = False) -> bool:
    """A capitalised English word naming a field: "Sports", "Rural", "Monuments"; not a name of its own ("Lloyds",
    "Kenya", "Apple" of "Apple and Google"), unless `own_names`."""
    return (
        token.is_title
        and token.is_alpha
        and is_english_word(token, english)
        and token.text not in places()
        and (own_names or not is_one_word_model_name(token))
    )


def is_one_word_model_name(token: Token) -> bool:
    """A word the model took for a whole name by itself ("Apple" of "Apple and Google"), not a person or group (an
    English word it calls so is often a field: "Parks" of "the Parks and Wildlife Service", "Invalids")."""
    doc = token.doc
    return (
        token.ent_iob_ == "B"
        and token.ent_type_ not in ("PERSON", "NORP")
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    )


def field_words_before(doc: Doc, i: int, english: frozenset[str]) -> int | None:
    """Where the capitalised field words right before token i start ("Culture" before ", Sports"), or None."""
    start = i
    while start > 0 and is_field_word(doc[start - 1], english) and i - start < 3:
        start -= 1
    return start if start < i else None


def field_words_after(doc: Doc, i: int, english: frozenset[str], own_names: bool = False) -> int | None:
    """Where the capitalised words from token i end, the first a field word ("Tourism", "Monuments Board"), or
    None. With `own_names`, after a body's "of", also an English word the model took for a name by itself ("Science"
    of "the Ministry of Education and Science")."""
    if i >= len(doc) or not is_field_word(doc[i], english, own_names):
        return None
    end = i + 1
    while end < len(doc) and end - i < 4 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end


def compound_words_before(doc: Doc, i: int) -> int:
    """How many capitalised words (up to two) run into the name at token i: "Ghana" of "Ghana Museums"."""
    n = 0
    while i - n > 0 and n < 2 and is_name_token(doc, i - n - 1) and doc[i - n - 1].lower_ not in DETERMINERS:
        n += 1
    return n


GERMAN_TOWN_JOINS = (("am",), ("an", "der"), ("im",), ("ob", "der"))  # "Zell am See", "Halle an der Saale"


def towns_by_water(doc: Doc, weight: float) -> list[Candidate]:
    """A German or Austrian town named by the lake, river or valley it stands on: "Zell am See", "Frankfurt am
    Main", "Halle an der Saale", "Neumarkt im Mühlkreis" (GPE); one capitalised word either side of the join."""
    found = []
    for token in doc[1:-2]:
        before = doc[token.i - 1]
        for join in GERMAN_TOWN_JOINS:
            after = token.i + len(join)
            if (
                after < len(doc)
                and tuple(t.text for t in doc[token.i : after]) == join
                and before.is_title
                and before.is_alpha
                and len(before) > 1
                and doc[after].is_title
                and doc[after].is_alpha
            ):
                found.append(Candidate(token.i - 1, after + 1, "GPE", weight, "town by water"))
    return found


def two_word_towns(doc: Doc, english: frozenset[str], weight: float) -> list[Candidate]:
    """Two capitalised words that make a town's name ("Long Eaton", "Upper Hutt", "Market Harborough", "Río Gallegos"):
    the first one of the `town` words of entity_place_nouns.csv, the second no English word nor a given name, and
    neither inside a longer run of capitalised words: a town, whatever the model made of it; a river after "Río"
    where geonames knows no such town ("the bridge over the Río Mindo", not "Río Gallegos")."""
    found = []
    for i in range(len(doc) - 1):
        first, second = doc[i], doc[i + 1]
        if (first.lower_,) not in place_words("town") or not (first.is_title and second.is_title and second.is_alpha):
            continue
        if second.lower_ in english or is_first_name(second.text):
            continue
        before, after = (doc[i - 1] if i > 0 else None), (doc[i + 2] if i + 2 < len(doc) else None)
        if (after is not None and after.is_title and after.is_alpha) or (
            before is not None and before.is_title and not before.is_sent_start
        ):
            continue
        river = first.text == "Río" and doc[i : i + 2].text not in towns()
        found.append(Candidate(i, i + 2, "LOC" if river else "GPE", weight, "town name"))
    return found


def dateline_places(doc: Doc, weight: float) -> list[Candidate]:
    """The place in capitals that opens a line and its story, before its state or country, or its agency, and a
    dash: "ASHEVILLE, N.C. —", "KYIV (AP) —", "ST. PAUL, Minn. —" (GPE, which the model calls an organisation); a
    town of geonames right before the dash ("UMEÅ —"), not "BREAKING —"; a town before its weekday (where_and_when)."""
    found = []
    for start in line_starts(doc):
        end = start
        while end < len(doc) and (
            (doc[end].is_upper and any(ch.isalpha() for ch in doc[end].text)) or doc[end].text == "."
        ):
            end += 1
        end -= end > start and doc[end - 1].text == "."
        rest = doc[end : end + 8]
        if end > start and rest[:1].text in (",", "(") and any(t.text in DATELINE_DASHES for t in rest):
            found.append(Candidate(start, end, "GPE", weight, "dateline"))
        elif end > start and rest[:1].text in DATELINE_DASHES and doc[start:end].text.title() in towns():
            found.append(Candidate(start, end, "GPE", weight, "dateline"))  # "UMEÅ — ...", a town of geonames
        elif (where := where_and_when(doc, start)) is not None:
            found.append(Candidate(start, where, "GPE", weight, "dateline"))
    return found


def where_and_when(doc: Doc, start: int) -> int | None:
    """The end of a town's name that opens a line of a notice or results before its weekday between commas, as
    where and when the event was ("Metlika, Sunday, hosted by the Beard Society:"); None otherwise. One to three
    capitalised words, no given name first."""
    end = start
    while end < len(doc) and end - start < 3 and NAME_WORD.fullmatch(doc[end].text) and not doc[end].is_upper:
        end += 1
    return (
        end
        if start < end
        and end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ in WEEKDAYS
        and doc[end + 2].text == ","
        and not is_first_name(doc[start].text)
        and doc[start].lower_ not in WEEKDAYS
        else None
    )


def road_names(doc: Doc, weight: float) -> list[Candidate]:
    """Numbered roads: "Interstate 35", "Highway 101", "State Route 9", "County Road 12", "Ruta 10" (FAC), which the
    model cuts or calls an organisation; British motorways after "the" or before a direction ("the M4", "M62 closed
    eastbound"), in a sentence naming no carmaker ("BMW ... the M4 coupe"); other lettered roads after "the" where one
    travels ("on the A1", "blocked the A-4", "the N7 near Naas"; not "the A380 landed"), and opening an item of a travel
    report ("Traffic: A9 closed northbound ...; M8 heavy from ..."); rail lines ("the Jubilee line"); numbered
    terminals, piers and gates ("Terminal 1")."""
    found = [
        Candidate(t.i, t.i + 1, "FAC", weight, "road")
        for t in doc
        if MOTORWAY.fullmatch(t.text)
        and (
            (t.i > 0 and doc[t.i - 1].lower_ == "the")
            or any(w.lower_ in DIRECTIONS_OF_TRAVEL for w in doc[t.i + 1 : t.i + 3])
        )
        and not any(is_brand(w.text) for w in t.sent)
    ]
    found += [
        Candidate(t.i, t.i + 1, "FAC", weight, "road")
        for t in doc[2:]
        if ROAD_CODE.fullmatch(t.text)
        and doc[t.i - 1].lower_ == "the"
        and (
            doc[t.i - 2].lower_ in ROAD_PLACES
            or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ROAD_PLACES | DIRECTIONS_OF_TRAVEL)
        )
    ]
    found += [  # a travel report's items: "Traffic: A9 closed northbound at ...; M8 heavy from ..."
        Candidate(t.i, t.i + 1, "FAC", weight, "road")
        for t in doc[1:-1]
        if (ROAD_CODE.fullmatch(t.text) or MOTORWAY.fullmatch(t.text))
        and doc[t.i - 1].text.strip(" ") in CLAUSE_OPENERS
        and doc[t.i + 1].lower_ in ROAD_PLACES | DIRECTIONS_OF_TRAVEL | ROAD_STATES
    ]
    for token in doc[2:]:  # "the Jubilee line", "the Luas Green line"
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ != "line" or not is_capitalised_name(doc[token.i - 1]) or (after and after.text[:1].isupper()):
            continue  # not "the Irish Air Line Pilots' Association"
        start = token.i - 1
        while start > 0 and token.i - start < 3 and is_capitalised_name(doc[start - 1]):
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "the":
            found.append(Candidate(start, token.i + 1, "FAC", weight, "rail line"))
    for token in doc[:-1]:
        number = doc[token.i + 1]
        if token.text in NUMBERED_PLACE_WORDS and ROAD_NUMBER.fullmatch(number.text):
            start = token.i - 1 if token.i > 0 and doc[token.i - 1].text in ROAD_OWNERS else token.i
            found.append(Candidate(start, token.i + 2, "FAC", weight, "road"))
    return found


def market_indices(doc: Doc, indices: PhraseMatcher, rules: EntityRules) -> list[Candidate]:
    """Market indices of the lexicon; trailing lower-case words of an entry ("Nikkei average") are context, not name."""
    found = []
    for match_id, s, e in indices(doc):
        if doc.vocab.strings[match_id] != "INDEX":
            continue
        if e < len(doc) and doc[e].text == "Index":
            e += 1
        elif e < len(doc) and doc[e].text[:1].isupper() and doc[e].is_alpha:
            continue  # part of a longer name: "Hang Seng Bank"
        end = e
        while end > s + 1 and doc[end - 1].is_lower:
            end -= 1
        found.append(Candidate(s, end, rules.market_index_label, rules.market_index_vote, "index"))
    return found


def listed_figures(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """Companies and parties of a line of figures in cells parted by "|": a name opening a cell, then its price or
    share and a percentage ("Ocado 212p ▼6.1% | BP 398p ▼0.8%", "RESULTS: La Libertad Avanza 40.7% | Fuerza Patria
    31.6%"); not a place of the gazetteer, nor a cell without a percentage ("Sterling $1.2710")."""
    bars = [t.i for t in doc if t.text == "|"]
    if not bars:
        return []
    found = []
    for start, end in zip([0, *(b + 1 for b in bars)], [*bars, len(doc)]):
        opening = [t.i + 1 for t in doc[start:end] if ":" in t.text or "\n" in t.text]
        s = max(opening, default=start)
        e = s
        while e < end and (
            (doc[e].is_alpha and doc[e].text[:1].isupper())
            or (doc[e].text in ("-", "&") and e > s and not doc[e - 1].whitespace_)
        ):
            e += 1
        if e == s or e == end or doc[e - 1].text in ("-", "&") or not is_price(doc[e].text):
            continue
        if any(t.text in ("%", "▲", "▼") for t in doc[e:end]) and key_of(doc, s, e) not in place_of:
            found.append(Candidate(s, e, "ORG", weight, "figures"))
    return found


def is_price(text: str) -> bool:
    """A figure, or a price in any currency: "212p", "$1.27", "₱612", "R3,980" (rand), "HK$41.20"."""
    return text[:1].isdigit() or unicodedata.category(text[:1]) == "Sc" or PREFIXED_PRICE.fullmatch(text) is not None


def listed_spans(doc: Doc, names: PhraseMatcher, kind: str) -> list[tuple[int, int]]:
    """The longest matches of one kind of listed name not inside a longer name: no capitalised word after it
    ("Senate Judiciary Committee") and no proper noun before it but the sentence's first ("Bonn Bundestag")."""
    spans = [(s, e) for match_id, s, e in names(doc) if doc.vocab.strings[match_id] == kind]
    return [
        (s, e)
        for s, e in longest_spans(spans)
        if not (e < len(doc) and doc[e].text[:1].isupper() and doc[e].is_alpha)
        and not (s > 0 and doc[s - 1].pos_ == "PROPN" and not doc[s - 1].is_sent_start)
    ]


def legislatures(doc: Doc, names: PhraseMatcher, weight: float) -> list[Candidate]:
    """Parliaments and chambers of data/lexicons/entity_legislatures.txt: ORG."""
    return [Candidate(s, e, "ORG", weight, "legislature") for s, e in listed_spans(doc, names, "LEGISLATURE")]


def recurring_events(doc: Doc, names: PhraseMatcher, english: frozenset[str], weight: float) -> list[Candidate]:
    """Tournaments, races, awards, festivals and feasts of data/lexicons/entity_recurring_events.txt, the UN's climate
    conferences ("COP30") and festivals named in one word ending in "fest" ("Strašákfest"; not the town Hammerfest):
    EVENT. One English word names the event only after "the" ("won the Open"; not "Open the doors")."""
    found = [
        Candidate(s, e, "EVENT", weight, "recurring event")
        for s, e in listed_spans(doc, names, "RECURRING_EVENT")
        if e - s > 1 or doc[s].lower_ not in english or (s > 0 and doc[s - 1].lower_ == "the")
    ]
    return found + [
        Candidate(t.i, t.i + 1, "EVENT", weight, "recurring event")
        for t in doc
        if CLIMATE_CONFERENCE.fullmatch(t.text)
        or (t.text[:1].isupper() and FEST.fullmatch(t.text) and t.text not in towns() and not is_name_word_after(t))
    ]


def is_name_word_after(token: Token) -> bool:
    """Whether a capitalised word follows, so that the token opens a longer name ("Hejkalfest Committee")."""
    return token.i + 1 < len(token.doc) and token.nbor().text[:1].isupper()


def gathering_names(doc: Doc, weight: float) -> list[Candidate]:
    """Capitalised words ending in a word of data/lexicons/entity_gathering_words.txt, the last of the name, or before
    "by-election": a festival, summit, fair or vote (EVENT), "Sziget Festival", "US-Africa Business Summit", "the Conwy
    West by-election"; not "Festival Hall" nor the "Winter Carnival" of "the Winter Carnival of Magic", nor the end of a
    headline in title case ("Council Votes To Keep Market Open"); and a feast named after "Feast of" ("the Feast of St
    Anthony")."""
    words = lexicons.words("entity_gathering_words.txt")
    found = [
        Candidate(t.i, end, "EVENT", weight, "gathering")
        for t in doc[:-2]
        if t.text == "Feast"
        and t.nbor().lower_ == "of"
        and (end := name_end(doc, t.i + 2 + (doc[t.i + 2].lower_ == "the"))) > t.i + 2 + (doc[t.i + 2].lower_ == "the")
    ]  # "the Feast of St Anthony", "the Feast of the Assumption"
    for token in doc[1:]:
        after = doc[token.i + 1 : token.i + 3]
        goes_on = len(after) > 0 and (
            after[0].text[:1].isupper() or (len(after) == 2 and after[0].lower_ == "of" and after[1].is_title)
        )
        by_election = is_by_election(doc, token.i)
        if (token.text not in words and not by_election) or goes_on:
            continue
        first = token.i - 2 if by_election else token.i
        start = first
        while start > 0 and first - start < 5 and is_gathering_name_word(doc, start - 1):
            start -= 1
        opener = doc[start]
        no_name = first - start == 1 and (  # "Kevin Derby", "Mr Day", a title's "the Last Day"
            is_first_name(opener.text) or is_title_word(opener) or opener.lower_ in ORDINARY_OPENERS
        )
        before = doc[start - 1] if start > 0 else None
        headline = before is not None and before.is_title and not before.is_sent_start and before.lower_ != "the"
        if (
            start < first
            and not no_name
            and not headline
            and not any(t.text in BROADCAST_WORDS for t in doc[start:first])
        ):
            found.append(Candidate(start, token.i + 1, "EVENT", weight, "gathering"))
    return found


BROADCAST_WORDS = frozenset({"Radio", "TV", "Television", "FM"})
# words a title capitalises before an event word that name no event by themselves: "On the Last Day of the Year"
ORDINARY_OPENERS = frozenset(
    {"last", "first", "next", "final", "same", "every", "each", "one", "another", "other"}
)  # "BBC Radio Derby": a station named for its town


def is_by_election(doc: Doc, i: int) -> bool:
    """Whether token `i` ends "by-election" written as one word ("the Conwy West by-election")."""
    return i > 1 and doc[i].lower_ == "election" and doc[i - 2].lower_ == "by" and is_joining_hyphen(doc[i - 1])


def remembered_disasters(doc: Doc, weight: float) -> list[Candidate]:
    """A disaster named by its place after a word of time: "Five years after the Petrinja earthquake", "since the
    Kelani floods" (EVENT, the place's words and the noun, entity_disaster_nouns.txt); "the Jasper wildfire
    destroyed" is the place's."""
    nouns = lexicons.words("entity_disaster_nouns.txt")
    found = []
    for token in doc[3:]:
        if token.text not in nouns:
            continue
        start = token.i
        while (
            start > 1
            and token.i - start < 3
            and NAME_WORD.fullmatch(doc[start - 1].text)
            and not doc[start - 1].is_stop
        ):
            start -= 1
        if start < token.i and doc[start - 1].lower_ == "the" and start > 1 and doc[start - 2].lower_ in SINCE_WORDS:
            found.append(Candidate(start, token.i + 1, "EVENT", weight, "disaster"))
    return found


def is_gathering_name_word(doc: Doc, i: int) -> bool:
    """A capitalised word of a gathering's name, with digits or an apostrophe too ("T20", "A'ana"), a hyphen inside
    one ("US-Africa"), a particle or "&" between capitalised words ("Mar del Plata", "Dorset & Wilts"); not a
    sentence's "The", nor a verb or function word a headline capitalises ("Council Votes To Keep Market Open")."""
    token = doc[i]
    inside_hyphen = token.text == "-" and not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_
    joining = (token.lower_ in NAME_PARTICLES or token.text == "&") and i > 0 and doc[i - 1].text[:1].isupper()
    headline_word = token.pos_ in ("VERB", "AUX") or (token.is_stop and token.pos_ in HEADLINE_FUNCTION_POS)
    word = token.text.replace("'", "").isalnum() and token.lower_ != "the" and not headline_word
    return inside_hyphen or joining or (token.text[:1].isupper() and word)


HEADLINE_FUNCTION_POS = frozenset({"ADP", "PART", "SCONJ", "CCONJ", "PRON", "DET"})


def products(doc: Doc, candidates: list[Candidate], token_kind: list[str], weight: float) -> list[Candidate]:
    """Products written as a brand and a model designator: "Airbus A380", "Boeing 737 MAX", "iPhone 4", "F-16 jets";
    and the airline before a flight number ("Delta DL176 from Atlanta"), an organisation.

    The brand is kept in the span when the text writes it, also an organisation's name right before a
    lettered designator ("Skyline Aerospace SA300"). A designator with letters (A380, S4) is
    a product after a brand, before a product noun, or where the model says so; a bare number (787,
    4) only after a brand ("Boeing", or a camel-case line like "iPhone"), so "Liverpool 3" stays a
    team and a results table's numbers are never models.
    """
    model_products = {
        i for c in candidates if c.source == "model" and c.label == "PRODUCT" for i in range(c.start, c.end)
    }
    # "Skyline Aerospace SA300": an organisation's name just before the designator, or one the model ran into it
    makers = {c.end: c.start for c in candidates if c.label == "ORG"}
    makers |= {c.end - 1: c.start for c in candidates if c.label == "ORG" and c.end - c.start >= 2}
    found = []
    for i, token in enumerate(doc):
        lettered = MODEL_DESIGNATOR.fullmatch(token.text) is not None
        numbered = MODEL_NUMBER.fullmatch(token.text) is not None and token_kind[i] != "table"
        if not (lettered or numbered) or (i + 1 < len(doc) and doc[i + 1].lower_ in ("%", "percent")):
            continue
        if PREFIXED_PRICE.fullmatch(token.text) and any(t.text == "%" for t in doc[i + 1 : i + 6]):
            continue  # "Discovery R172 (+0.4%)": a price in rand, no model
        if is_flight_number(doc, i):
            last = i - 1 if i > 0 and doc[i - 1].lower_ == "flight" else i  # "Aurigny flight GR671 from Guernsey"
            start = last
            while start > 0 and last - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
                start -= 1
            if start < last:  # "Delta DL176 from Atlanta": the airline, then its flight
                found.append(Candidate(start, last, "ORG", weight, "airline"))
            continue
        start = i
        while start > 0 and i - start < 3 and is_brand(doc[start - 1].text) and doc[start - 1].whitespace_:
            start -= 1
        if start == i and lettered and i in makers and doc[i - 1].whitespace_:
            start = makers[i]
        end = i + 1
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[i].whitespace_ and not doc[end].whitespace_:
            end += 2 if doc[end + 1].like_num else 0  # "787-10", split by the tokenizer
        while end < len(doc) and end - i <= 4 and doc[end].text in MODEL_SUFFIXES:
            end += 1
        before_noun = end < len(doc) and doc[end].lemma_.lower() in lexicons.words("entity_product_nouns.txt")
        if start == i and before_noun:  # "a Falcon 9 rocket", "a Long March 2D rocket": the name before its number
            start = named_before_designator(doc, i)
        if start < i or (lettered and (before_noun or i in model_products)):
            found.append(Candidate(start, end, "PRODUCT", weight, "product"))
    return found


def named_before_designator(doc: Doc, i: int) -> int:
    """Where up to three capitalised words before a designator start, when a determiner or possessive opens them
    ("a Long March 2D rocket", "its Falcon 9 rockets"); `i` when none do."""
    start = i
    while start > 0 and i - start < 3 and doc[start - 1].is_title and doc[start - 1].lower_ not in DETERMINERS:
        start -= 1
    opened = start > 0 and (doc[start - 1].lower_ in DETERMINERS or doc[start - 1].dep_ == "poss")
    return start if start < i and opened else i


FLIGHT_NUMBER = re.compile(r"[A-Z][A-Z0-9]\d{3,4}")  # "FR7123", "EI135", "U28411"; not "A380"
BOARD_HEADING = re.compile(r"(?:Departures|Arrivals),?\s+(?=[A-Z])")
BOARD_FLIGHT = re.compile(r"(?<![\w-])(?:[A-Z]{2}|[A-Z]\d|\d[A-Z]) ?\d{2,4}\s+(?=[A-Z])")  # "FI 204 ", "W6 1732 "


def flight_destinations(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """Where the flights of a departures or arrivals board go or come from, each name after a flight's code and
    number in a line of two or more ("FI 204 Copenhagen 07:40 On time | W6 1732 Budapest 08:10"), and the airport
    after the board's heading ("Departures Keflavík:"): a place, or an airport where a known place opens a longer
    name ("London Heathrow")."""
    found, line_start = [], 0
    for line in doc.text.split("\n"):
        flights = list(BOARD_FLIGHT.finditer(line))
        heading = BOARD_HEADING.match(line)  # "Departures Keflavík:": the airport the board is at
        names = [heading.end()] if heading and flights else []
        for at in names + [flight.end() for flight in flights if len(flights) >= 2]:
            span = doc.char_span(line_start + at, line_start + at + 1, alignment_mode="expand")
            start = span[0].i if span is not None else None
            end = title_end(doc, start) if start is not None else None
            if end is None or end == start:
                continue
            longer = end - start > 1 and key_of(doc, start, end) not in place_of
            airport = longer and key_of(doc, start, start + 1) in place_of  # "London Heathrow"
            found.append(Candidate(start, end, "FAC" if airport else "GPE", weight, "flight board"))
        line_start += len(line) + 1
    return found


def is_flight_board(line: str) -> bool:
    """A line of two or more flights, each a code and a number before where it goes (see flight_destinations)."""
    return len(BOARD_FLIGHT.findall(line)) >= 2


def is_flight_number(doc: Doc, i: int) -> bool:
    """A flight number, an airline's two-character code and digits, going from or to somewhere: "Ryanair FR7123
    from Faro", "KL1001 London"."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    bound = after is not None and (after.lower_ in ("from", "to") or after.ent_type_ == "GPE")
    return FLIGHT_NUMBER.fullmatch(doc[i].text) is not None and bound


def is_flight_code(doc: Doc, s: int, e: int) -> bool:
    """A flight number after "flight" or going from or to somewhere, or the word "Flight" before one: no name
    ("Aurigny flight GR671 from Guernsey", "Flight TW402 from Bethel")."""
    words = [t for t in doc[s:e] if t.lower_ != "flight"]
    if len(words) > 1 or (words and FLIGHT_NUMBER.fullmatch(words[0].text) is None):
        return False
    if not words:  # "Flight" alone, before its number
        return e < len(doc) and FLIGHT_NUMBER.fullmatch(doc[e].text) is not None
    code = words[0].i
    return is_flight_number(doc, code) or (code > 0 and doc[code - 1].lower_ == "flight")


def is_brand(text: str) -> bool:
    """A maker or product line of data/lexicons/entity_product_brands.txt, or a camel-case line ("iPhone",
    "eReader")."""
    return text in lexicons.words("entity_product_brands.txt") or (
        text[:1].islower() and text[1:2].isupper() and text.isalpha()
    )


def place_noun_names(
    doc: Doc, candidates: list[Candidate], place_of: dict[tuple[str, ...], Place], weight: float
) -> list[Candidate]:
    """Names the model missed before a place noun ("held at Belmarsh prison", "the al-Tanf base")."""
    taken = taken_tokens(doc, candidates)
    found = []
    for i in range(1, len(doc)):
        label = place_noun_after(doc, i) if doc[i].is_lower else None
        if not label or taken[i - 1] or not is_capitalised_name(doc[i - 1]):
            continue
        start = i - 1
        while (
            start > 0
            and i - start < 4
            and not taken[start - 1]
            and (not doc[start - 1].whitespace_ or is_capitalised_name(doc[start - 1]))
        ):
            start -= 1
        if key_of(doc, start, i) not in place_of and doc[start].is_alpha:
            found.append(Candidate(start, i, label, weight, "place noun"))
    return found


def named_features(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], token_kind: list[str], weight: float
) -> list[Candidate]:
    """Rivers, glaciers, volcanoes and other features named with their capitalised kind last ("the Amburayan River
    could burst its banks", "polluting the Santo Tomás River"; entity_place_nouns.csv, LOC `head` words) that the
    model missed or took for a body: the place. Not the start of a longer name ("Mekong River Commission"), a known
    place ("Swan River", a town), a person of the model's ("John Park"), a given name and a surname ("Jane Lake
    said") nor a name a noun set beside it calls something else ("Partisan Forest, a 12-part series")."""
    heads = {words[0]: label for words, label in place_words("head").items() if label in ("LOC", "FAC")}
    models = [c for c in candidates if c.source == "model" and c.label in ("LOC", "GPE", "FAC")]
    people = [c for c in candidates if c.source == "model" and c.label == "PERSON"]
    found = []
    for i in range(1, len(doc)):
        if doc[i].lower_ not in heads or not doc[i].is_title or token_kind[i] != "prose":
            continue
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            continue
        start = i
        while (
            start > 0
            and i - start < 6
            and (
                is_capitalised_name(doc[start - 1])
                or (doc[start - 1].lower_ in NAME_PARTICLES | PATRONYMICS and start - 1 < i - 1)
                or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_)
            )
        ):  # "Santo Tomás River", "Niokolo-Koba National Park", "the Hussein bin Talal Mosque"
            start -= 1
        start += doc[start].lower_ in NAME_PARTICLES
        if start == i or key_of(doc, start, i + 1) in place_of or covering(models, start, i + 1):
            continue
        if doc[start : i + 1].text in towns():
            if heads[doc[i].lower_] == "LOC":  # "Cannon Beach", "Tumby Bay"; not "Minot Air Force Base"
                found.append(Candidate(start, i + 1, "GPE", weight, "feature town"))
            continue
        if heads[doc[i].lower_] == "FAC" and (
            is_part_of_longer_name(doc, start, i + 1) or covering(candidates, i, i + 1)
        ):
            continue  # a building's name no one found to its end ("Queen Alia International Airport"), not "The Third
            # Way coalition"
        if covering(people, i, i + 1):
            continue  # "John Park"; not "Hoang Lien National Park", of which the model took "Hoang Lien"
        if i - start == 1 and is_first_name(doc[start].text) and not after_the(doc, start, i + 1):
            continue  # "Jane Lake said", not "the Jordan River"
        if appositive_kind(doc, start, i + 1) not in (None, "LOC", "GPE", "FAC"):
            continue  # "Partisan Forest, a 12-part series"
        found.append(Candidate(start, i + 1, heads[doc[i].lower_], weight, "feature"))
    return found


def towns_cut_short(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """Towns of geonames whose first word, or last one or two capitalised words, the model left out of its place or
    person: "Hanga Roa", of which it found "Hanga" (GPE), "Agios Kirykos", of which it found "Kirykos" (PERSON). Not
    where the words left out are in a name of their own."""
    taken = taken_tokens(doc, candidates)

    def left_out(start: int, end: int) -> bool:
        return all(t.is_title and t.pos_ == "PROPN" and not taken[t.i] for t in doc[start:end])

    def name_word(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN"

    found = []
    for c in candidates:
        if c.source != "model" or c.label not in ("GPE", "LOC", "PERSON") or c.end - c.start > 2:
            continue
        spans = [(c.start, c.end + more) for more in (2, 1)] + [(c.start - 1, c.end)]
        for start, end in spans:
            if (
                0 <= start
                and end <= len(doc)
                and left_out(start, c.start)
                and left_out(c.end, end)
                and not name_word(end)
                and not name_word(start - 1)
                and doc[start:end].text in towns()
            ):
                found.append(Candidate(start, end, "GPE", weight, "town cut short"))
                break
    return found


def features_named_first(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], token_kind: list[str], weight: float
) -> list[Candidate]:
    """Capes, lakes, mountains and ports named with their capitalised kind first and two or three more words ("the
    beaches of Cape San Blas", entity_place_nouns.csv, LOC and GPE `first` words) of which the model found only a
    part or none: the place; a town where geonames knows the whole name. Not the start of a longer name ("Lake
    Victoria Basin Commission"), not a name the model found whole, nor one after another capitalised word, nor a
    title and a person's name ("County Commissioner Darnell Hughes")."""
    firsts = {words[0]: label for words, label in place_words("first").items() if label in ("LOC", "GPE")}
    models = [c for c in candidates if c.source == "model"]
    found = []
    for i in range(len(doc) - 2):
        if doc[i].lower_ not in firsts or not doc[i].is_title or token_kind[i] != "prose":
            continue
        if i > 0 and doc[i - 1].text[:1].isupper() and not doc[i].is_sent_start:
            continue
        end = i + 1
        while (
            end < len(doc)
            and end - i <= 3
            and ((is_capitalised_name(doc[end]) and doc[end].is_title) or doc[end].text in ("St.", "St"))
        ):
            end += 1
        if end - i < 3 or is_part_of_longer_name(doc, i, end) or (end < len(doc) and doc[end].text[:1].isupper()):
            continue
        if key_of(doc, i, end) in place_of or any(c.start == i and c.end == end for c in models):
            continue
        if any(t.lower_ in org_words() or ends_in_place_word((t.lower_,), "head") for t in doc[i + 1 : end]):
            continue
        if any(t.lower_ in role_words() or (is_first_name(t.text) and t.i + 1 < end) for t in doc[i + 1 : end]):
            continue  # "County Commissioner Darnell Hughes"
        label = "GPE" if doc[i:end].text in towns() else firsts[doc[i].lower_]
        found.append(Candidate(i, end, label, weight, "feature named first"))
    return found


def is_part_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name runs on past [start, end), names a body or is a title: "the National Theatre of Scotland",
    "Potteries Museum & Art Gallery", "the People's Salvation Cathedral", "Taronga Western Plains Zoo", "The Third
    Way coalition", "The Salt Road"."""
    before = doc[start - 1] if start > 0 else None
    runs_on = end + 1 < len(doc) and doc[end].text in ("of", "&") and doc[end + 1].text[:1].isupper()
    named_body = end < len(doc) and doc[end].lower_ in org_words()  # "The Third Way coalition"
    return (
        runs_on
        or named_body
        or (
            before is not None
            and (
                before.text in POSSESSIVES | {'"', "“", "‘"} or (before.text[:1].isupper() and not before.is_sent_start)
            )
        )
    )


def storm_names(doc: Doc, candidates: list[Candidate], token_kind: list[str], weight: float) -> list[Candidate]:
    """The candidates with the storms, operations and ships the model missed or cut ("Storm Darragh brought down
    trees", "Hurricane Melissa", of which it kept only "Melissa" as a person; "Operation Rising Lion"; "HMS Prince of
    Wales", of which it kept only "Wales" as a place); not in the Title Case headline "Storm Batters Coast". A span
    of the model's own with the title votes by its words (place_word_votes)."""
    titles = place_words("title")
    for i in range(len(doc) - 1):
        titled = (doc[i].is_title or doc[i].is_upper) and token_kind[i] != "title"
        label = titles.get((doc[i].lower_,)) if titled else None
        start = i
        while label == "EVENT" and start > 0 and doc[start - 1].text in STORM_GRADES:
            start -= 1  # "Tropical Storm Nokkeo", "Super Typhoon Haima"
        end = i + 1
        while end < len(doc) and end - i <= 3 and is_capitalised_name(doc[end]) and doc[end].is_alpha:
            end += 1
            if end + 1 < len(doc) and doc[end].lower_ == "of" and is_capitalised_name(doc[end + 1]):
                end += 1  # "HMS Prince of Wales"
        inside = covering(candidates, start, end)
        if (
            label
            and end > i + 1
            and all(start <= c.start < end and c.end <= end and (start < i or c.start > i) for c in inside)
        ):
            candidates = [c for c in candidates if c not in inside] + [
                Candidate(start, end, label, weight, "place noun")
            ]
    return candidates


def vessel_names(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """The candidates with a ship named right after a vessel noun that the parser made part of the name's phrase
    ("the ferry Nordlys Star lost power", "the tanker Eagle S", entity_place_nouns.csv, `vessel`) as a PRODUCT, for
    the model an organisation or a person; not a name that starts a relative clause ("the tanker Iran seized")."""
    vessels = place_words("vessel")
    for i in range(len(doc) - 1):
        if not doc[i].is_lower or (doc[i].lower_,) not in vessels:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and is_capitalised_name(doc[end]) and doc[end].is_alpha:
            end += 1
        named = doc[end - 1]
        in_phrase = (doc[i].dep_ == "compound" and doc[i].head == named) or (
            named.dep_ == "appos" and named.head == doc[i]
        )
        inside = covering(candidates, i + 1, end)
        if end > i + 1 and in_phrase and all(i < c.start and c.end <= end for c in inside):
            candidates = [c for c in candidates if c not in inside] + [
                Candidate(i + 1, end, "PRODUCT", weight, "vessel")
            ]
    return candidates


def numbered_units(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a military unit's ordinal, which the model leaves out, as part of its name: "the 47th
    Mechanized Brigade", "the Fifth Fleet" (entity_unit_words.txt)."""
    units = lexicons.words("entity_unit_words.txt")
    return [
        replace(c, start=c.start - 1)
        if c.start > 0 and doc[c.end - 1].lower_ in units and is_ordinal(doc[c.start - 1])
        else c
        for c in candidates
    ]


def is_ordinal(token: Token) -> bool:
    """ "47th", "3rd", "Fifth": a number of order."""
    return bool(ORDINAL_NUMBER.fullmatch(token.text)) or (token.is_title and token.ent_type_ == "ORDINAL")


def is_capitalised_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


DAY_ABBREVIATIONS = frozenset({"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})
MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})


def overlaps_any(candidate: Candidate, others: list[Candidate]) -> bool:
    """Whether a candidate shares a token with any of others."""
    return any(candidate.start < o.end and o.start < candidate.end for o in others)


def fixture_sides(doc: Doc, weight: float) -> list[Candidate]:
    """The sides of a fixtures line, the capitalised words on each side of "v" within its cell ("NPFL fixtures: Sun
    Enyimba v Kano Pillars; Rangers v Shooting Stars", "Arsenal v Brentford (12:30), Wolves v Everton"): teams
    (ORG), a day's abbreviation aside. A line with one "v" and no time or score is left alone ("in R v Hollings")."""
    found = []
    for i, token in enumerate(doc):
        if token.lower_ not in VERSUS or not fixture_line(doc, i):
            continue
        start = i
        while start > 0 and i - start < 4 and is_side_word(doc[start - 1]):
            start -= 1
        while start < i and doc[start].text in DAY_ABBREVIATIONS:
            start += 1
        end = i + 1
        while end < len(doc) and end - i <= 4 and is_side_word(doc[end]):
            end += 1
        if start < i and end > i + 1:
            found += [Candidate(start, i, "ORG", weight, "fixture"), Candidate(i + 1, end, "ORG", weight, "fixture")]
    return found


def lineup_players(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """The players of a team line-up, a line (or the part of one after its last colon) of names alone, its
    positions split by semicolons and its players by commas ("Gatera; Habineza, Nsengimana, Rwigema;
    Ntakirutimana, Mucyo; Kayitare, Ruberwa."): people, whatever the model called them. Not a list of places."""
    found = []
    start = 0
    for line in doc.text.split("\n"):
        offset = start + line.rfind(":") + 1
        part = doc.text[offset : start + len(line)]
        start += len(line) + 1
        cells = [m for m in re.finditer(r"[^;,]+", part.rstrip(". "))]
        if part.count(";") < 2 or len(cells) < 6:
            continue
        spans = [
            doc.char_span(offset + m.start() + len(m.group()) - len(m.group().lstrip()), offset + m.end())
            for m in cells
        ]
        if any(s is None or not 1 <= len(s) <= 3 or not all(NAME_TOKEN.fullmatch(t.text) for t in s) for s in spans):
            continue
        if sum(key_of(doc, s.start, s.end) in place_of for s in spans) * 3 > len(spans):
            continue
        found += [Candidate(s.start, s.end, "PERSON", weight, "lineup") for s in spans]
    return found


def unfound_sides(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """The subject and object of a team verb in a sentence with a score, capitalised words the model missed or
    cut: teams (ORG), "Rivers Angels beat Edo Queens 2-1", "Barcelona beat Real Sociedad 4-0". A name found whole
    or inside a longer one keeps its own votes ("win the Nigeria Women's Football League")."""
    team_verbs = lexicons.words("entity_team_verbs.txt")
    spans = [(c.start, c.end) for c in candidates]
    found = []
    for verb in doc:
        if verb.lemma_ not in team_verbs or verb.pos_ != "VERB" or SCORE.search(verb.sent.text) is None:
            continue
        for side in verb.children:
            if side.dep_ not in ("nsubj", "dobj") or not is_side_head(side) or not side.is_title:
                continue
            start = side.i
            while start > 0 and doc[start - 1].head == side and doc[start - 1].dep_ in ("compound", "amod"):
                if not (doc[start - 1].is_title or doc[start - 1].is_upper):
                    break  # "Real Sociedad"; not "the Ethiopian runner Tesfaye Woldemichael"
                start -= 1
            covered = any(s <= start and side.i + 1 <= e for s, e in spans)
            if covered or not has_opponent(verb, side):
                continue
            found.append(Candidate(start, side.i + 1, "ORG", weight, "side"))
    return found


def is_side_head(token: Token) -> bool:
    """The last word of a side's name: a proper noun, or a capitalised plural after one ("Vunimoli Stars")."""
    named_plural = token.tag_ == "NNS" and token.is_title and token.i > 0 and token.nbor(-1).pos_ == "PROPN"
    return token.pos_ == "PROPN" or named_plural


def is_side_word(token: Token) -> bool:
    """A word of a side's name: capitalised, or a joining word ("Brighton & Hove Albion")."""
    return (token.text[:1].isupper() and token.is_alpha and len(token) > 1) or token.text == "&"


def fixture_line(doc: Doc, i: int) -> bool:
    """Whether the line of token i reads as fixtures: two or more "v", or one beside a time or score."""
    line = doc.text[slice(*line_bounds(doc, i))]
    versus = sum(word.lower() in VERSUS for word in line.split())
    return versus >= 2 or (versus == 1 and re.search(r"\d[:.]\d\d|\d-\d", line) is not None)


def weather_places(doc: Doc, candidates: list[Candidate], token_kind: list[str], weight: float) -> list[Candidate]:
    """The places of a weather line ("Lisbon sunny, 27C; Faro cloudy, 24C"): a name that opens a cell and is
    followed by its figure or its weather, whatever the model called it; the line's headings ("Highs",
    "Forecast") are not places."""
    taken = taken_tokens(doc, candidates)
    model_spans = {(c.start, c.end) for c in candidates if c.source == "model"}
    weather_words = lexicons.words("entity_weather_words.txt")
    found = []
    for i, token in enumerate(doc):
        before = doc[i - 1].text if i > 0 else ""
        opens_cell = i == 0 or doc[i - 1].is_space or before in SPLIT_TOKENS or before in DASHES or before == ":"
        if (
            token_kind[i] != "weather"
            or not opens_cell
            or not NAME_WORD.fullmatch(token.text)
            or token.lower_ in weather_words
        ):
            continue
        end = i + 1
        while (
            end < len(doc)
            and end - i < 3
            and NAME_WORD.fullmatch(doc[end].text)
            and doc[end].lower_ not in weather_words
        ):
            end += 1
        followed = end < len(doc) and (
            NUMERIC.fullmatch(doc[end].text) or TEMPERATURE.fullmatch(doc[end].text) or doc[end].lower_ in weather_words
        )
        overrun = any(c.start == i and c.end > end for c in candidates)  # "Bratislava 18C", "Cobh HW"
        if followed and ((i, end) in model_spans or overrun or not any(taken[i:end])):  # its "Tartu" PERSON too
            found.append(Candidate(i, end, "GPE", weight, "weather"))
    return found


def place_noun_after(doc: Doc, end: int, where: str = "after") -> str | None:
    """The label a following place noun gives a name ("Belmarsh prison" -> FAC, "al-Tanf zone" -> LOC); `where`
    "site" for the nouns of fields and mines, also after a word of what they yield ("its Bou Azzer cobalt mine")."""
    nouns = place_words(where)
    if end >= len(doc) or (where == "after" and (doc[end].lower_,) not in place_words("starts")):
        return None
    for length in (2, 1):
        words = tuple(t.lower_ for t in doc[end : end + length])
        if len(words) == length and words in nouns:
            return nouns[words]
    yielded = doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ") and end + 1 < len(doc)
    return nouns.get((doc[end + 1].lower_,)) if where == "site" and yielded else None


def place_noun_after_list(doc: Doc, start: int, end: int) -> str | None:
    """The label a plural place noun after a list of names gives each of them: "Kalabo, Sioma and Shang'ombo
    districts", "Kwale and Kilifi counties" (GPE, as "Sioma district" is)."""
    j = end
    listed = start > 0 and doc[start - 1].text in (",", "and")
    while j + 1 < len(doc) and doc[j].text in (",", "and") and doc[j + 1].text[:1].isupper():
        j, listed = j + 1, True
        while j < len(doc) and doc[j].text[:1].isupper() and j - end < 12:
            j += 1
    if not listed or j >= len(doc) or doc[j].tag_ != "NNS":
        return None
    return place_words("after").get((doc[j].lemma_.lower(),))


def named_for_title(doc: Doc, start: int, end: int, label: str) -> int:
    """1 where a building or a feature the model found is named for someone by their capitalised title, which it
    left out ("Queen Beatrix International Airport", "Sheikh Zayed Mosque", "Lord Howe Island" and its "Lord Howe
    Island Central School"; roles.txt), else 0."""
    before = doc[start - 1] if start > 0 else None
    named = (
        is_building_word(doc[end - 1])
        if label == "FAC"
        else label != "PERSON"
        and any(t.is_title and place_words("head").get((t.lower_,)) == "LOC" for t in doc[start + 1 : end])
    )
    return int(named and before is not None and before.is_title and before.lower_ in role_words())


def titled_place_noun(doc: Doc, end: int) -> int:
    """How many words of a place noun capitalised right after a name belong to it ("Air Base" of "Ali Al Salem Air
    Base", where the model kept the name before it); 0 for a lower-case one ("Belmarsh prison")."""
    if place_noun_after(doc, end) is None:
        return 0
    length = next(n for n in (2, 1) if tuple(t.lower_ for t in doc[end : end + n]) in place_words("after"))
    return length if all(t.is_title for t in doc[end : end + length]) else 0


SETTLEMENT_ENDS = frozenset({"town", "township", "village"})  # the last word of a municipality's English name


def place_word_votes(doc: Doc, c: Candidate) -> list[tuple[tuple[str, ...], str]]:
    """(surface form, label) votes of the place words in and around a model span.

    "Belmarsh prison": the span's own form; "Socotra Island": the name without its noun, so a bare
    "Socotra" elsewhere is the island too; "Fort Lee", "Lake Chad": the span's own form ("Wexford" of "Co.
    Wexford" too); a "... Historic Park" is never a person, nor a "... Town" or "... Village" (a municipality);
    "Cyclone Phailin": the storm and its bare name.
    """
    key = key_of(doc, c.start, c.end)
    found = []
    label = place_noun_after(doc, c.end) or place_noun_after_list(doc, c.start, c.end)
    people_s = label == "GPE" and c.label == "NORP" and doc[c.end - 1].tag_ == "JJ"  # "the Celtiberian town of"
    if label and not people_s:
        found.append((key, label))
    elif (
        c.label != "NORP"
        and not is_acronym(doc, c)
        and not set(key) & org_words()
        and (label := place_noun_after(doc, c.end, "site"))
    ):
        found.append((key, label))
    for length in (2, 1):
        if (
            c.end - c.start > length
            and not is_first_name(doc[c.start].text)
            and (label := place_noun_after(doc, c.end - length))
        ):
            found.append((key[:-length], label))
            break
    beach_town = key[-1] == "beach" and doc[c.start : c.end].text in towns()  # "Cannon Beach", "Rehoboth Beach"
    if ends_in_place_word(key, "head") and not beach_town:
        head_label = place_words("head")[key[-1:]]
        # "Key Bridge" ORG, "Red Sea" GPE, "Sabiha Gökçen Airport" LOC; not "X Hotel" GPE
        if c.label in ("PERSON", "ORG", "LOC") or head_label == "LOC":
            found.append((key, head_label))
    if c.label == "PERSON" and len(key) >= 2 and key[-1] in SETTLEMENT_ENDS and doc[c.end - 1].is_title:
        found.append((key, "GPE"))  # "Shodoshima Town will hold a referendum": no one's name ends so
    if len(key) == 2 and key[:1] in place_words("first") and key[1] not in org_words():  # not "County Council"
        found.append((key, place_words("first")[key[:1]]))
    if (
        c.start > 0
        and place_words("first").get((doc[c.start - 1].lower_,)) == "GPE"
        and is_name_part(doc[c.start].text)
    ):
        found.append((key, "GPE"))  # "sold in Co. Wexford": the model's "Wexford"
    if len(key) >= 2 and key[:1] in place_words("title"):
        found += [(key, place_words("title")[key[:1]]), (key[1:], place_words("title")[key[:1]])]
    return found


def ends_in_place_word(key: tuple[str, ...], where: str) -> bool:
    """ "Montmartre Cemetery", "Socotra Island", "Francis Scott Key Bridge"; not "John Park" or "Walter Camp", whose
    last word is a surname."""
    if len(key) < 2 or key[-1:] not in place_words(where) or (len(key) == 2 and key[0] in NAME_PARTICLES):
        return False  # "Le Port", a town
    return not is_first_name(key[0].capitalize()) or key[-1] not in lexicons.words("entity_common_surnames.txt")


def is_place_name(key: tuple[str, ...]) -> bool:
    """A name whose first or last word makes it a place or storm ("Socotra Hotel", "Fort Lee"), never a person."""
    return (
        ends_in_place_word(key, "after")
        or ends_in_place_word(key, "head")
        or any(key[:1] in place_words(w) for w in ("first", "title"))
    )


def plays_as_team(doc: Doc, start: int, end: int) -> bool:
    """A name that meets another side: "Kent v Surrey", "Leicestershire beat Somerset", "lost 2-1 to Leeds", "Denver
    rallied to beat Phoenix".

    A team verb alone is not enough: "Lviv lost electricity" has no opponent and no score.
    """
    if (start > 0 and doc[start - 1].lower_ in VERSUS) or (end < len(doc) and doc[end].lower_ in VERSUS):
        return True
    root = doc[start:end].root
    verb = root.head
    score = SCORE.search(verb.sent.text) is not None
    if root.dep_ == "pobj" and verb.dep_ == "agent":  # "Adelaide were held 1-1 by Perth"
        return score and any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in verb.head.children)
    if root.dep_ in ("nsubj", "nsubjpass") and score and takes_plural_verb(doc, start, end):
        return True  # "Adelaide were held 1-1": a town as a plural is its side
    if root.dep_ == "pobj":
        if verb.dep_ != "prep" or verb.lower_ not in OPPONENT_PREPOSITIONS:
            return False
        verb = verb.head
    team_verbs = lexicons.words("entity_team_verbs.txt")
    if root.dep_ == "nsubj" and verb.lemma_ not in team_verbs:  # "Leicester came from behind to beat Southampton"
        then = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ in team_verbs]
        return any(has_opponent(c, root) for c in then)  # not "wore down Clement to win 6-4": a player
    if root.dep_ not in ("nsubj", "dobj", "pobj", "nsubjpass", "npadvmod", "poss") or verb.lemma_ not in team_verbs:
        return False
    first, last = sorted((root.idx, verb.idx))
    if "\n" in doc.text[first:last]:
        return False
    return has_opponent(verb, root) or SCORE.search(verb.sent.text) is not None


def is_match_venue(doc: Doc, start: int, end: int, place_of: dict[Key, Place]) -> bool:
    """A name after "at" in a sentence with a score where two sides meet: the ground ("Arsenal beat Chelsea 2-0 at
    the Emirates", "Bohemians beat Shamrock Rovers 2-1 at Dalymount Park"); a town of the gazetteer stays a town
    ("at Valladolid"), unless "the" opens it; no score, no match ("won the Golden Lion at Venice")."""
    root = doc[start:end].root
    if root.dep_ != "pobj" or root.head.lower_ != "at" or SCORE.search(root.sent.text) is None:
        return False
    if key_of(doc, start, end) in place_of and not after_the(doc, start, end):
        return False
    sides = [t for t in root.sent if t.pos_ == "PROPN" and not start <= t.i < end and t.dep_ != "compound"]
    return any(plays_as_team(doc, t.i, t.i + 1) for t in sides)


def scores_for_a_side(doc: Doc, start: int, end: int) -> bool:
    """The subject of "scored" in a sentence where another name is the side that wins or loses: "Thiaguinho scored
    twice as Brazil beat Colombia", "The Kings beat the Breakers, with Tamati Hoskins scoring 27 points" (a player)."""
    root = doc[start:end].root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() != "score":
        return False
    team_verbs = lexicons.words("entity_team_verbs.txt")
    return any(
        t.dep_ == "nsubj"
        and t.is_title
        and not start <= t.i < end
        and t.head.lemma_.lower() != "score"
        and t.head.lemma_.lower() in team_verbs
        for t in root.sent
    )


def takes_plural_verb(doc: Doc, start: int, end: int) -> bool:
    """A singular name, not one of two joined by "and", with "were" or "are" as its verb or auxiliary, as British
    writing treats a side ("Adelaide were held")."""
    root = doc[start:end].root
    verbs = [root.head, *(c for c in root.head.children if c.dep_ in ("aux", "auxpass"))]
    coordinated = any(c.dep_ == "conj" for c in root.children)  # "Kyiv and Lviv were hit": plural by themselves
    return not coordinated and not doc[end - 1].text.endswith("s") and any(v.lower_ in ("were", "are") for v in verbs)


def is_bracketed_scorer(doc: Doc, start: int, end: int) -> bool:
    """A name and a number inside brackets that open after a score on its line, however many scorers come first:
    "Brentford 2 Fulham 1 (Damsgaard 34, Osei 71; Pereira 58)", "Bangladesh 265-8 (Naimul Karim 88)", "Malmö FF 2-1
    AIK (Nilsson 34, Berg 78)"."""
    if end >= len(doc) or not doc[end].like_num:
        return False
    for token in reversed(doc[max(0, start - 40) : start]):
        if token.text == ")" or "\n" in token.text:
            return False
        if token.text == "(":
            before = doc[max(0, token.i - 4) : token.i]
            return SCORE_BEFORE.search(before.text) is not None and "\n" not in before.text
    return False


def is_institution_visited(doc: Doc, c: Candidate) -> bool:
    """One singular word after "at the" and before "in" and a capital: "at the Charité in Berlin", "at the Uffizi in
    Florence" (a hospital, theatre or museum); not "at the Olympics in Paris"."""
    word = doc[c.start]
    return (
        c.end - c.start == 1
        and c.start >= 2
        and c.end + 1 < len(doc)
        and [t.lower_ for t in doc[c.start - 2 : c.start]] == ["at", "the"]
        and doc[c.end].lower_ == "in"
        and doc[c.end + 1].is_title
        and word.tag_ == "NNP"
        and not word.text.endswith("s")
    )


def is_published_in(doc: Doc, c: Candidate) -> bool:
    """A name after "in" on a verb of publishing: "reported in Nature that ...", "published in the Lancet"."""
    root = doc[c.start : c.end].root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "in"
        and root.head.head.lemma_.lower() in ("publish", "report", "write", "describe")
    )


def after_the(doc: Doc, start: int, end: int) -> bool:
    """ "The Rhine", "the Louvre": a singular name after "the" names no person; a plural one may be a team or
    a family."""
    return start > 0 and doc[start - 1].lower_ == "the" and not doc[end - 1].lower_.endswith("s")


def is_bare_after_the(doc: Doc, start: int, end: int) -> bool:
    """A one-word name after "the" with no noun after it nor set beside one: "the Ebro burst", not "the Zaragoza
    government", nor "its regional government, the Generalitat,"."""
    return (
        end - start == 1
        and after_the(doc, start, end)
        and (end == len(doc) or doc[end].pos_ not in ("NOUN", "PROPN"))
        and doc[start].dep_ != "appos"
        and not any(c.dep_ == "appos" for c in doc[start].children)
    )


def is_river_position(name: Token) -> bool:
    """The subject of what rivers do (data/lexicons/entity_river_verbs.txt) or the object of "along"."""
    if name.dep_ == "pobj":
        return name.head.lower_ == "along"
    return name.dep_ == "nsubj" and name.head.lemma_.lower() in lexicons.words("entity_river_verbs.txt")


def is_state_river(doc: Doc, start: int, end: int, place: Place | None) -> bool:
    """ "The Mississippi fell to record lows": a US state's name after "the" and before no noun is its river (a
    state takes no article)."""
    return (
        place is not None
        and not place.strong
        and place.country == "US"
        and place.canonical == doc[start:end].text
        and start > 0
        and doc[start - 1].lower_ == "the"
        and (end == len(doc) or doc[end].pos_ not in ("NOUN", "PROPN"))
    )


def ends_in_org_word(key: tuple[str, ...]) -> bool:
    """A name of two words or more ending in an organisation word that is not a place's head ("Desert Sky
    Airlines", "Harbor Holdings"; not "Central Park")."""
    return len(key) >= 2 and key[-1] in org_words() and key[-1:] not in place_words("head")


def opens_with_org_word(key: tuple[str, ...]) -> bool:
    """A name of three words or more opening with an organisation word and a link: "Committee to Protect
    Journalists", "Council for the Arts"."""
    return len(key) >= 3 and key[0] in org_words() and key[1] in ORG_WORD_LINKS


def is_surname_after_given(key: tuple[str, ...]) -> bool:
    """ "Emily Post": a given name and a surname that is also an organisation word; not "Royal Commission"."""
    return is_first_name(key[0].capitalize()) and key[-1] in lexicons.words("entity_common_surnames.txt")


def is_towns_owner(doc: Doc, end: int) -> bool:
    """Whether the name before `end` owns, with "'s", what only a town or region has ("Fort Vermilion's town
    office"; entity_place_owned_nouns.txt)."""
    return end < len(doc) and doc[end].text in POSSESSIVES and before_owned_noun(doc, end, PLACE_OWNED_NOUNS)


PLACE_OWNED_NOUNS = "entity_place_owned_nouns.txt"


def opens_with_towns_amenity(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence opens on a town of geonames owning what a town keeps ("Klatovy's new climbing centre",
    "Kanungu's video halls"; entity_town_amenity_nouns.txt, the head of what is owned): the town's, not a person's,
    unless a given name or a common surname opens it ("Smith's new café")."""
    owned = doc[end - 1].head
    return (
        doc[start].is_sent_start
        and end < len(doc)
        and doc[end].text in POSSESSIVES
        and doc[end - 1].dep_ == "poss"
        and owned.lower_ in lexicons.words("entity_town_amenity_nouns.txt")
        and doc[start:end].text in towns()
        and not is_first_name(doc[start].text)
        and doc[start].lower_ not in lexicons.words("entity_common_surnames.txt")
    )


def before_owned_noun(doc: Doc, end: int, nouns: str = "entity_owned_nouns.txt") -> bool:
    """ "Ansett's new owners", "Qantas's shareholders": a name whose owners, shareholders or board are spoken of is
    a company's (data/lexicons/entity_owned_nouns.txt), as is one before them ("Zara owner Inditex"); "Trump's
    testimony", "Lee's widow": one whose family or testimony is, a person's (entity_personal_nouns.txt)."""
    if end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end].pos_ == "NOUN":
        pair = doc[end : end + 2].text.lower()  # "the Myczkowce fire station"
        return doc[end].lower_ in lexicons.words(nouns) or pair in lexicons.words(nouns)  # "Zara owner Inditex"
    return end + 1 < len(doc) and doc[end].text in POSSESSIVES and owns_listed_noun(doc, end + 1, nouns)


def owns_listed_noun(doc: Doc, first: int, nouns: str) -> bool:
    """Whether the noun a possessive owns, within three words of `first`, or its pair with the word before or after
    it, is one of data/lexicons/`nouns`: "'s development authority", "its main street"."""
    owned = next((t for t in doc[first : first + 3] if t.pos_ == "NOUN" or (t.is_lower and t.pos_ == "PROPN")), None)
    if owned is None:
        return False
    pairs = {
        f"{doc[owned.i - 1].lower_} {owned.lower_}",
        f"{owned.lower_} {doc[owned.i + 1 : owned.i + 2].text.lower()}",
    }
    return owned.lower_ in lexicons.words(nouns) or bool(pairs & lexicons.words(nouns))  # "'s development authority"


def after_owned_noun(doc: Doc, start: int, end: int, nouns: str) -> bool:
    """A name after "of" on one of the lower-case nouns of data/lexicons/`nouns`: "residents of Whakatāne", "the
    mayor of Opotiki" (entity_place_owned_nouns.txt); for places also "the state government of Tamaulipas" (a
    party's is "the NPP government"); also the names listed after the first ("the evacuation of Darby and Sula")."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    owner = root.head
    governed = nouns == PLACE_OWNED_NOUNS and owner.head.lower_ == "government"
    return (
        root.dep_ == "pobj"
        and owner.lower_ == "of"
        and (owner.head.is_lower or owner.head.is_sent_start)  # "Residents of Tuinkamp say"
        and (owner.head.lower_ in lexicons.words(nouns) or governed)
    )


def before_shop_noun(doc: Doc, end: int) -> bool:
    """A name right before its shops or customers ("Albert Heijn stores", "Revolut customers";
    data/lexicons/entity_shop_nouns.txt): a company's. Not after a possessive: "Mr Patel's shop"."""
    return (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end].is_lower  # "the Europa Hotel" is the hotel's own name
        and doc[end].text in lexicons.words("entity_shop_nouns.txt")
    )


def is_constituency(doc: Doc, start: int) -> bool:
    """A name after a member of a parliament and "for": "the MP for Gravesham", "the TD for Wicklow"
    (entity_place_nouns.csv, `for`)."""
    return start >= 2 and doc[start - 1].lower_ == "for" and (doc[start - 2].lower_,) in place_words("for")


def after_kin(doc: Doc, start: int) -> bool:
    """A name right after someone's family noun, or set off from it by a comma: "his daughter Cerys", "Trump's son
    Barron", "Her brother, Osian Pritchard," (entity_personal_nouns.txt, after a possessive)."""
    noun = start - 2 if start >= 3 and doc[start - 1].text == "," else start - 1
    if noun < 1 or doc[noun].lower_ not in lexicons.words("entity_personal_nouns.txt"):
        return False
    return doc[noun - 1].lower_ in ("his", "her", "their", "my", "our") or doc[noun - 1].text in POSSESSIVES


def is_base_of(doc: Doc, end: int) -> bool:
    """A name joined to "-based" ("Lagos-based"): where something is based, a place."""
    return (
        end + 1 < len(doc) and doc[end].text in DASHES and doc[end + 1].lower_ == "based" and not doc[end].whitespace_
    )


def is_acronym(doc: Doc, c: Candidate) -> bool:
    """One word of two to five capitals: "BJP", "NPP"."""
    text = doc[c.start].text
    return c.end - c.start == 1 and 2 <= len(text) <= 5 and text.isalpha() and text.isupper()


def is_product_line(doc: Doc, c: Candidate) -> bool:
    """A name before a product noun (data/lexicons/entity_product_nouns.txt) after its owner ("its Blackwell chips",
    "Qualcomm's Snapdragon chip"), or one the model took for a person ("two more Patriot missiles"); a maker before
    no owner stays the maker ("Nvidia chips"), and "Al Qaeda fighters" are people."""
    noun = doc[c.end].lemma_.lower() if c.end < len(doc) else ""
    if c.start == 0 or noun not in lexicons.words("entity_product_nouns.txt") or noun in PRODUCT_NOUNS_OF_PEOPLE:
        return False
    owner = doc[c.start - 1]
    return owner.lower_ in ("its", "their") or owner.text in POSSESSIVES or c.label == "PERSON"


def is_called_product(doc: Doc, start: int) -> bool:
    """A name right after "called", "named" or "dubbed" on a noun of a kind of product: "The tool, called Scribe
    One,", "a drug named Zelvora", "an app dubbed Rideshare"."""
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.lower_ in ("called", "named", "dubbed")
        and before.head.lemma_.lower() in product_kinds()
    )


def is_approved_for_use(doc: Doc, c: Candidate) -> bool:
    """A one-word name a regulator approves or licenses "for" something: a drug or device ("The FDA approved
    Leqembi for early Alzheimer's"), not a given name."""
    root = doc[c.start]
    return (
        c.end - c.start == 1
        and root.dep_ == "dobj"
        and root.head.lemma_.lower() in APPROVAL_VERBS
        and any(p.dep_ == "prep" and p.lower_ == "for" for p in root.head.children)
        and not is_first_name(root.text)
    )


def is_counted_brand(doc: Doc, c: Candidate) -> bool:
    """A one-word maker's name counted or owned as a thing, heading its own noun phrase: "stole a Volvo", "drove his
    new Zetor"; not "a Volvo dealer" nor a given name ("a young Ahmed")."""
    root = doc[c.start]
    counted = any(
        (t.dep_ == "det" and t.lower_ in ("a", "an"))
        or (t.dep_ == "poss" and t.lower_ in ("his", "her", "their", "my", "our", "your"))
        for t in root.children
        if t.i < root.i
    )
    return (
        c.end - c.start == 1
        and counted
        and root.dep_ not in ("compound", "poss", "nmod")
        and not (root.i + 1 < len(doc) and doc[root.i + 1].pos_ in ("NOUN", "PROPN"))
        and not is_first_name(root.text)
    )


def is_held_in_shares(doc: Doc, start: int, end: int) -> bool:
    """A name after "stake in" or "shares in", which only a company has: "a 20% stake in Verdant", "Shares in
    Lundgaard fell"; not "shares in Frankfurt", a market in a town."""
    root = doc[start:end].root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "in":
        return False
    held = preposition.head.lower_
    return held in ("stake", "stakes", "shareholding") or (held == "shares" and doc[start:end].text not in towns())


FUNDING_NOUNS = frozenset({"loan", "loans", "grant", "grants", "contract", "contracts", "subsidy", "funding", "tender"})


def is_body_giving_funds(doc: Doc, start: int, end: int) -> bool:
    """A name after a loan, grant or contract "from", which a bank, firm or body gives: "a loan from Mibanco", "a
    contract from EsSalud"; not a person's name ("a loan from Maria Lopez")."""
    root = doc[start:end].root
    texts = [t.text for t in doc[start:end]]
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "from"
        and root.head.head.lower_ in FUNDING_NOUNS
        and not looks_like_person(key_of(doc, start, end), texts)
    )


def acts_on_company_objects(doc: Doc, start: int, end: int) -> bool:
    """The subject of a verb whose object only a company has: "Santander will close 95 branches"
    (data/lexicons/entity_company_objects.txt)."""
    root = doc[start:end].root
    return root.dep_ == "nsubj" and any(
        c.dep_ == "dobj"
        and c.lower_ in lexicons.words("entity_company_objects.txt")
        and not any(o.lower_ in ("his", "her") for o in c.children)  # "Smith cut his prices"
        for c in root.head.children
    )


def is_listed_company(doc: Doc, c: Candidate, place_of: dict[Key, Place], companies: frozenset[Key]) -> bool:
    """A listed company's name the model labelled, no place or nationality of the gazetteer ("Berkeley",
    "American"; "Tesla" the model calls a nationality is the company) unless a town the model calls an organisation
    that acts as a company ("Toyota recalled 90,000 vehicles"), nor a lone first name or common surname the model
    calls a person ("Pearson said")."""
    key = key_of(doc, c.start, c.end)
    town_as_firm = (
        key in place_of
        and not place_of[key].strong
        and c.label == "ORG"
        and (acts_on_company_objects(doc, c.start, c.end) or speaks_of_its_own(doc, c.start, c.end))
    )
    if c.source != "model" or key not in companies or (key in place_of and not town_as_firm):
        return False
    word = doc[c.start].text
    lone_name = len(key) == 1 and (is_first_name(word) or key[0] in lexicons.words("entity_common_surnames.txt"))
    return not (c.label == "PERSON" and lone_name)


def listed_company_names(
    doc: Doc,
    candidates: list[Candidate],
    place_of: dict[Key, Place],
    companies: Companies,
    towns: NameSet,
    token_kind: list[str],
    weight: float,
) -> list[Candidate]:
    """Listed companies the model missed, no town's name: in prose, a run of capitalised words that is one and no
    English word ("Nvidia beat forecasts", "Uber must treat its drivers") or one that is, doing what only a company
    does ("Target cut its sales forecast"); in a Title Case headline, one inside the capitals ("Vodafone And Three
    Complete Merger")."""
    taken = taken_tokens(doc, candidates)
    free = [not taken[t.i] and t.pos_ in ("PROPN", "NOUN") and t.is_title for t in doc]
    found, i = [], 0
    while i < len(doc):
        end = i
        while end < len(doc) and free[end]:
            end += 1
        if token_kind[i] == "title":  # the longest company name the capitals start with, at each word
            end = next((j for j in range(min(end, i + 4), i, -1) if key_of(doc, i, j) in companies.plain), i)
        key = key_of(doc, i, end)
        if (
            end > i
            and token_kind[i] in ("prose", "title")
            and key in companies.names
            and key not in place_of
            and doc[i:end].text not in towns
            and (key in companies.plain or acts_on_company_objects(doc, i, end))
        ):
            found.append(Candidate(i, end, "ORG", weight, "listed company"))
        i = max(end, i + 1)
    return found


def known_organisations(
    doc: Doc,
    candidates: list[Candidate],
    names: PhraseMatcher,
    place_of: dict[Key, Place],
    token_kind: list[str],
    weight: float,
) -> list[Candidate]:
    """Organisations of data/lexicons/entity_known_organisations.txt, written as listed, that the model missed:
    "Unicef flew 12 tonnes of vaccines", "posted on TikTok" (ORG); in prose and Title Case lines, not inside a
    longer name."""
    taken = taken_tokens(doc, candidates)
    return [
        Candidate(s, e, "ORG", weight, "known organisation")
        for s, e in listed_spans(doc, names, "KNOWN_ORGANISATION")
        if not any(taken[s:e]) and token_kind[s] in ("prose", "title") and key_of(doc, s, e) not in place_of
    ]


def company_subjects(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], english: frozenset[str], weight: float
) -> list[Candidate]:
    """Names the model missed that do what only a company does ("Primark raised its profit forecast") or act on
    what is theirs as "its" ("Barilla will shrink its biscuit packs"): ORG. A word the tagger took for a noun
    counts when it is no English word and no one's given name ("Equinor shut", not "Officials shut")."""
    taken = taken_tokens(doc, candidates)
    found = []
    for token in doc:
        acronym = token.is_upper and token.is_alpha and len(token) > 1  # "PIA resumed flights"
        if not (token.is_title or acronym) or taken[token.i] or token.dep_ != "nsubj":
            continue
        unknown_noun = (
            token.pos_ == "NOUN"
            and not {token.lower_, token.lemma_.lower()} & english
            and not is_first_name(token.text)
        )
        if token.pos_ != "PROPN" and not unknown_noun:
            continue
        start = token.i
        while (
            start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and not taken[start - 1]
        ):
            start -= 1
        own = (
            speaks_of_its_own(doc, start, token.i + 1)
            and token.head.lemma_ not in lexicons.words("speech_verbs.txt")
            and key_of(doc, start, token.i + 1) not in place_of
            and not looks_like_person(key_of(doc, start, token.i + 1), [t.text for t in doc[start : token.i + 1]])
            and not is_first_name(doc[start].text)
            and token.lower_ not in lexicons.words("entity_common_surnames.txt")
        )
        if own or acts_on_company_objects(doc, start, token.i + 1):
            found.append(Candidate(start, token.i + 1, "ORG", weight, "company object"))
    return found


def hyphened_backers(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], english: frozenset[str], weight: float
) -> list[Candidate]:
    """One-word names the model missed joined by a hyphen to what they do to the noun after them: "the Fidesz-led
    opposition", "a PASOK-backed rival" (data/lexicons/entity_backing_participles.txt): a party, government or
    company (ORG); not a place of the gazetteer, a given name, a common surname nor an English word ("a
    Trump-backed candidate")."""
    taken = taken_tokens(doc, candidates)
    participles = lexicons.words("entity_backing_participles.txt")
    found = []
    for name in doc[:-2]:
        hyphen, participle = doc[name.i + 1], doc[name.i + 2]
        if (
            not taken[name.i]
            and name.is_alpha
            and name.text[:1].isupper()
            and is_joining_hyphen(hyphen)
            and participle.lower_ in participles
            and not (name.i > 0 and doc[name.i - 1].text == "-")
            and key_of(doc, name.i, name.i + 1) not in place_of
            and name.lower_ not in english
            and not is_first_name(name.text)
            and name.lower_ not in lexicons.words("entity_common_surnames.txt")
        ):
            found.append(Candidate(name.i, name.i + 1, "ORG", weight, "hyphened backer"))
    return found


def employers_joined(doc: Doc, weight: float) -> list[Candidate]:
    """The two names of "joined X from Y" ("has joined Flamengo from Bahia", "joined Barclays from HSBC"): the club
    or employer someone moves to and the one they leave, organisations."""
    found = []
    for verb in doc:
        if verb.lemma_ != "join" or verb.pos_ != "VERB":
            continue
        new = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        old = [
            p
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for p in prep.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN"
        ]
        for head in (new + old) if new and old else []:
            start = min([c.i for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head.i])
            found.append(Candidate(start, head.i + 1, "ORG", weight, "employers joined"))
    return found


def appositive_kind(doc: Doc, start: int, end: int) -> str | None:
    """The label a noun set beside a name gives it ("X, the debut novel by ...", "the minister, X,"): a work or
    place of entity_appositive_kinds.csv, a person for a role of roles.txt, an organisation for a kind of one
    (reference_nouns.csv: "its supplier, Pathlinx"); none for a rota's place ("Mon: Savelugu, district office")."""
    if start >= 2 and is_day_label(doc, start - 1):
        return None
    root = doc[start:end].root
    beside = [c for c in root.children if c.dep_ == "appos" and c.i >= end]
    if root.dep_ == "appos" and root.head.i < start:
        beside.append(root.head)
    beside = [noun for noun in beside if "\n" not in doc[min(noun.i, start) : max(noun.i + 1, end)].text]
    for noun in beside:
        holder = noun.i > start and any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children)
        if holder and ends_in_org_word(key_of(doc, start, end)):
            return "ORG"  # "buses for Ajloun University College, its chairman, Mahmoud Bani Salameh, told": its holder
        if holder and any(c.dep_ == "appos" and c.i > noun.i and c.pos_ == "PROPN" for c in noun.children):
            continue  # "a chocolate maker in Ghent, its president, Marvin Peraza, told": the next name holds it
        if names_its_holder(noun, start, end):
            return "PERSON"  # "The dean, Jákup Dam,", "The dean of Tórshavn Cathedral, Jákup Dam,"
        if noun.is_lower and noun.lower_ not in organisation_kinds() and described_by_who(noun):
            return "PERSON"  # "Atherton, the independent who won,"
        # "a co-operative of growers", "her co-operative, Naduri Vanilla Growers,": a noun taken for an adjective
        adjective_with_article = noun.pos_ == "ADJ" and any(c.dep_ in ("det", "poss") for c in noun.children)
        nominal = hyphened_word(noun) != noun.lower_ or adjective_with_article
        if noun.pos_ != "NOUN" and not is_role_initials(noun) and not nominal:
            continue  # "an MP from Servant of the People"
        if (label := appositive_kinds().get(hyphened_word(noun))) and not closes_described_subject(noun, end):
            return label
        if noun.lower_ in role_words() and not titles_a_name(noun) and (noun.text.title(),) not in service_name_ends():
            return "PERSON"  # not "The police, the Namibian Police Force," ("police" of "police commissioner")
        if sits_in_legislature(noun):
            return "PERSON"  # "Foday Koroma, a member of parliament, said"
        if works_somewhere(noun):
            return "PERSON"  # "Fuentes, a researcher at the University of Chile,"
        if noun.lower_ in organisation_kinds():
            return "ORG"  # "its pathology supplier, Pathlinx"
        if (
            noun.tag_ == "NNS"
            and noun.is_lower
            and noun.lemma_ not in lexicons.words("speaker_person_nouns.txt")  # "Three students, Litia Drauna of Lau,"
            and not is_listed_name(root)
            and set_off_by_comma(doc, start, end, noun)
        ):
            return "ORG"  # "the administrators, Begbies Traynor,": many, under one name
    if not beside and described_between_commas(doc, end):
        return "ORG"
    if not beside and (noun := noun_set_beside(doc, end)) is not None:  # "Swish, the payment app used by ...,"
        kind, after = hyphened_word(noun), doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        finite = after is not None and after.tag_ in FINITE_TAGS  # "near Nagpur, the group said": its subject
        return appositive_kinds().get(kind) or ("ORG" if kind in organisation_kinds() and not finite else None)
    return None


def works_somewhere(noun: Token) -> bool:
    """A person's noun (data/lexicons/speaker_person_nouns.txt) after "a" and before where they work or come from:
    "a researcher at the University of Chile", "a nurse from Leeds"; not "a member of NATO" nor "an investor in"."""
    return (
        noun.lower_ in lexicons.words("speaker_person_nouns.txt")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and any(c.dep_ == "prep" and c.lower_ in ("at", "for", "from") for c in noun.children)
    )


def names_its_holder(noun: Token, start: int, end: int) -> bool:
    """A person's noun (speaker_person_nouns.txt) made definite, with the name set off by commas right after it or
    after its "of" or "from" phrase: "The dean, Jákup Dam, wrote", "The dean of Tórshavn Cathedral, Jákup Dam, wrote",
    "A member of parliament from Western Area Rural, Foday Koroma, told", "its
    director, Tigran Hakobyan, asked"; not a noun a company fills as often ("the owner, Harbour Holdings,"). After
    a common noun of the phrase, after a role of roles.txt, after "a" or after the "of" phrase of a noun a company
    fills, the name must have a person's shape: "The head of a national parents' association, Issouf Traoré,", "An
    opposition member of the Løgting, Heðin Joensen," but not "the head of the union, Unite,"."""
    doc = noun.doc
    clause = next((c for c in noun.rights if c.dep_ in ("relcl", "acl")), None)  # "A footballer who plays in X, Y,"
    beside = noun.i + 2 == start or (clause is not None and clause.right_edge.i + 2 == start)
    if not beside or doc[start - 1].text != ",":
        return False
    shaped = has_person_shape(key_of(doc, start, end), [t.text for t in doc[start:end]])
    climbed = noun.dep_ == "pobj" and noun.head.lower_ in ("of", "from") and noun.head.head.pos_ == "NOUN"
    if climbed:
        if noun.pos_ != "PROPN" and not shaped:
            return False
        noun = noun.head.head  # "The dean of Tórshavn Cathedral, Jákup Dam,": the parser set him beside the cathedral
    # "An opposition member of the Løgting, Heðin Joensen,": shaped after "of"; a member of parliament is a person
    held = noun.lower_ in COMPANY_HELD_ROLES and not sits_in_legislature(noun)
    people = lexicons.words("speaker_person_nouns.txt") | lexicons.words("entity_people_nouns.txt")
    given = shaped and is_first_name(doc[start].text)  # "its owner, Dominique Casanova-Pietri,"; not "Lifepoint Health"
    person = noun.lower_ in people and (not held or (climbed and shaped) or given)
    role = noun.lower_ in role_words() - COMPANY_HELD_ROLES and shaped  # "The president of the union, Mwila Banda,"
    definite = any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in noun.children)
    indefinite = shaped and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return (person or role) and (definite or indefinite)


LEGISLATURE_NOUNS = frozenset({"parliament", "assembly", "senate", "congress", "legislature", "house", "duma"})


def sits_in_legislature(noun: Token) -> bool:
    """A member of a parliament or an assembly ("a member of parliament", "a member of the Gilgit-Baltistan
    Assembly"): a person, though companies are members of other bodies."""
    return noun.lower_ == "member" and any(
        prep.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in LEGISLATURE_NOUNS for o in prep.children)
        for prep in noun.children
    )


COMPANY_HELD_ROLES = frozenset(  # person nouns a company is as often set beside
    {"owner", "investor", "founder", "co-founder", "member", "landlord", "tenant", "producer", "builder", "grower"}
    | {"trader", "broker", "courier", "organiser", "organizer"}  # "the organiser, Deutsche Messe, said"
)


def titles_a_name(noun: Token) -> bool:
    """A role written right before someone's name, which it is the title of ("..., the orchestra's general manager
    Ulrike Strasser said"): it describes that person, not a name before it."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is not None and after.pos_ == "PROPN" and after.ent_type_ == "PERSON"


def noun_set_beside(doc: Doc, end: int) -> Token | None:
    """The head noun of ", the <words> <noun>" right after a name, where the parser did not set it beside the name:
    "app" of "Swish, the payment app used by eight million Swedes, went down"; not an owner ("the chain's")."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in DETERMINERS:
        return None
    i = end + 2
    while i < len(doc) and i - end < 8 and (doc[i].pos_ in ("NOUN", "ADJ", "PROPN", "NUM") or is_hyphened(doc, i)):
        i += 1
    head = doc[i - 1]
    if i == end + 2 or head.pos_ != "NOUN" or (i < len(doc) and doc[i].tag_ == "POS"):
        return None
    return head


def is_hyphened(doc: Doc, i: int) -> bool:
    """A hyphen, or a word a hyphen joins to the next ("start" of "start-up", which the tagger took for a verb)."""
    joined = i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
    return doc[i].text == "-" or joined


def set_off_by_comma(doc: Doc, start: int, end: int, noun: Token) -> bool:
    """Whether only a comma stands between a name and the noun phrase beside it: "the administrators, Begbies
    Traynor", "Begbies Traynor, the administrators"."""
    if noun.i < start:
        return noun.i == start - 2 and doc[start - 1].text == ","
    return end < len(doc) and doc[end].text == "," and noun.left_edge.i == end + 1


def is_listed_name(root: Token) -> bool:
    """A name in a list of names ("his parents, Tom and Ann Kerr"), where a plural noun beside it counts them."""
    return root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in root.children)


def described_between_commas(doc: Doc, end: int) -> bool:
    """A name followed by ", the <words> <kind of organisation>," that the parser did not set beside it: "Okafor,
    the Lagos payments start-up, valued ..." (where "start" became a verb)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in DETERMINERS:
        return False
    for token in doc[end + 2 : end + 8]:
        if token.is_punct and token.text != "-":
            return token.text in (",", ".", ";") and hyphened_word(doc[token.i - 1]) in organisation_kinds()
    return False


@lru_cache(maxsize=1)
def appositive_kinds() -> dict[str, str]:
    """Noun -> label of data/lexicons/entity_appositive_kinds.csv."""
    return {row["noun"]: row["label"] for row in lexicons.rows("entity_appositive_kinds.csv")}


def described_by_who(token: Token) -> bool:
    """Whether a relative clause opened by "who" describes a word: "the independent who won", and the name of "Ncube,
    the union's shop steward, who asked for talks"; companies take "which". Not a name set beside another name the
    clause may be about ("an investigator for Southern Cross Lotteries, Karen Fogarty, who examined ...")."""
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" and not c.is_lower for c in token.children):
        return False
    return any(
        c.dep_ == "relcl"
        and c.i > token.i
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "who" for s in c.children)
        for c in token.children
    )


def after_noun_and_preposition(doc: Doc, start: int) -> bool:
    """Whether a name is the object of a preposition on a common noun before it, which a relative clause right after
    the name more likely describes: "a nurse from Salisbury who hit a moose"."""
    preposition = doc[start - 1] if start > 0 else None
    return (
        preposition is not None
        and preposition.pos_ == "ADP"
        and preposition.head.pos_ == "NOUN"
        and preposition.head.i < preposition.i
    )


FOUNDING_VERBS = frozenset(
    {"found", "co-found", "run", "own", "start", "open", "manage", "set", "lead", "head", "coach", "chair"}
)


def founded_by(doc: Doc, start: int) -> bool:
    """Whether the name at `start` follows "founded by", "run by", "owned by", "set up by", "led by", "coached by" (an
    honorific between)."""
    i = start - 2 if start > 0 and doc[start - 1].lower_ in HONORIFICS else start - 1
    if i < 2 or doc[i].lower_ != "by":
        return False
    verb = doc[i - 2] if doc[i - 1].lower_ == "up" else doc[i - 1]
    return verb.tag_ == "VBN" and verb.lemma_.lower() in FOUNDING_VERBS


def is_founder(doc: Doc, start: int, end: int, place_of: dict[Key, Place]) -> bool:
    """A founder's or owner's name a person's: a given name or a hyphened surname, the other words capitalised or
    particles ("Josefa Quispe de la Barra", "Umbu Rambu Pati-Lewis"), no word of a firm; not "run by Emova"."""
    words = [t.text for t in doc[start:end] if t.lower_ not in SURNAME_PARTICLES]
    key = key_of(doc, start, end)
    joined = name_words(words)
    return (
        len(joined) >= 2
        and all(w[:1].isupper() and not w.isupper() for w in joined)
        and (is_first_name(joined[0]) or "-" in joined[-1])
        and not set(key) & org_words()
        and key[-1] not in company_suffixes()
        and key not in place_of
    )


def has_hyphened_surname(words: list[str]) -> bool:
    """A capitalised word or two before a hyphened surname: "Irfan Lamato-Bonsu", not "Mercedes-Benz" or
    "Rolls-Royce Holdings"."""
    joined = name_words(words)
    return (
        2 <= len(joined) <= 4
        and "-" in joined[-1]
        and "-" not in joined[0]
        and all(w[:1].isupper() and not w.isupper() for w in joined)
        and joined[-1].lower() not in org_words()
    )


def founds_next(doc: Doc, end: int, place_of: dict[Key, Place]) -> bool:
    """Whether a founder or owner follows the name set off before them: "Clearview Eyecare, founded by Dr Chidinma
    Nwankwo-Eze,", "Kavi Dykk, run by Hanus Jacobsen-Falaniko,"."""
    if end + 3 >= len(doc) or doc[end].text != ",":
        return False
    by = next((i for i in (end + 2, end + 3) if doc[i].lower_ == "by"), None)
    if by is None:
        return False
    start = by + 2 if by + 2 < len(doc) and doc[by + 1].lower_ in HONORIFICS else by + 1
    end = start
    while (
        end < len(doc)
        and end - start < 7
        and (doc[end].is_title or doc[end].lower_ in SURNAME_PARTICLES or is_joining_hyphen(doc[end]))
    ):
        end += 1
    return founded_by(doc, start) and is_founder(doc, start, end, place_of)


def relative_after(doc: Doc, end: int) -> str | None:
    """The relative pronoun right after a name or its comma: "who" of "Ifeoma Chukwu, who runs a salon"; "which"
    only after a comma ("Leigh Day, which represents the families"; in "a move by Suharto which consigned ..." it
    is the move's)."""
    comma = end < len(doc) and doc[end].text == ","
    at = end + 1 if comma else end
    word = doc[at].lower_ if at < len(doc) else None
    return word if word == "who" or (word == "which" and comma) else None


def speaks_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """The subject of a clause whose first possessive after it is "its": "Aston Martin issued its third profit
    warning", not "Morgan said his ...", nor "Morgan praised the firm and its staff" (no subject), nor "Park Ji-hoon,
    head of its plant, said" (the "its" of a noun set beside the name is another's), nor "Maria Lopez said the
    council had broken its promise" (the "its" of a clause with a subject of its own)."""
    return own_possessive(doc, start, end) == "its"


def own_possessive(doc: Doc, start: int, end: int) -> str | None:
    """The first "its", "his", "her" or "their" after the subject a name is, in that subject's own clause, lower
    case (see own_possessive_word)."""
    owner = own_possessive_word(doc, start, end)
    return None if owner is None else owner.lower_


def owns_town_thing(doc: Doc, start: int, end: int) -> bool:
    """A subject whose own "its" owns what only a town has, or that acts on the town's one with "the":
    "Zwierzyniec will close its main street to cars", "Okinoshima will close the harbour road"
    (entity_place_owned_nouns.txt)."""
    owner = own_possessive_word(doc, start, end)
    if owner is not None and owner.lower_ == "its":
        return owns_listed_noun(doc, owner.i + 1, PLACE_OWNED_NOUNS)
    root = doc[start:end].root
    thing = next((c for c in root.head.children if c.dep_ == "dobj"), None) if root.dep_ == "nsubj" else None
    return (
        thing is not None
        and thing.left_edge.lower_ == "the"
        and owns_listed_noun(doc, thing.left_edge.i + 1, PLACE_OWNED_NOUNS)
    )


def own_possessive_word(doc: Doc, start: int, end: int) -> Token | None:
    """The first "its", "his", "her" or "their" after the subject a name is, in that subject's own clause (see
    speaks_of_its_own): "her" of "Ostrowska beat the top seed to reach her first final"."""
    root = doc[start:end].root
    if root.dep_ != "nsubj":
        return None
    beside = {t.i for c in root.children if c.dep_ == "appos" for t in c.subtree}  # "X, head of its plant,": not X's
    owner = next(
        (
            t
            for t in root.head.subtree
            if t.i >= end and t.i not in beside and t.lower_ in ("its", "his", "her", "their")
        ),
        None,
    )
    return None if owner is None or in_clause_of_its_own(owner, root.head) else owner


def in_clause_of_its_own(token: Token, verb: Token) -> bool:
    """Whether a word below a verb stands in a clause with its own subject: "its" of "said the council had broken
    its promise"; not of "said the price paid to its members would fall", where it is in that subject, nor of
    "said it would stock rice at 2,000 of its stores", whose subject "it" is the speaker again."""
    while token.i != verb.i and token.head.i != token.i:
        below, token = token, token.head
        if (
            token.i != verb.i
            and below.dep_ not in ("nsubj", "nsubjpass")
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it" for c in token.children)
        ):
            return True
    return False


def speaks_as_organisation(doc: Doc, start: int, end: int) -> bool:
    """A speaker with no given name that is then "it" doing something: "Kataib Hezbollah said it would suspend
    attacks"; not "Okafor said it would take years" (a surname alone may be anyone's, so a given name is wanted
    to doubt it, and "it would take" is no one's)."""
    root = doc[start:end].root
    return (
        root.dep_ == "nsubj"
        and root.head.lemma_ in lexicons.words("speech_verbs.txt")
        and end - start >= 2
        and not is_first_name(doc[start].text)
        and pronoun_label(doc[end : root.sent.end]) == "ORG"
    )


def speaks_unmarked(doc: Doc, start: int, end: int) -> bool:
    """A one-word name, no given name, that reports something with nothing of a person about it: no title or trade
    before it, no age, no noun or "who" clause beside it, no he, she, his or her and no quotation marks in its
    sentence, and never part of a longer name in the document ("Barrick said Mali's junta had seized ...", "...,
    Canalys said."); not "Mensah, who was appointed in March, said", "Ms Okafor said", "Abney said that she
    arrived", "'The talks were useful,' Lindqvist said", nor "Trump said" after "the Trump Organization"."""
    root = doc[start]
    sentence = root.sent
    return (
        end - start == 1
        and (root.pos_ == "PROPN" or (root.tag_ == "NN" and root.is_title))  # "Equinor said": tagged a noun
        and root.dep_ == "nsubj"
        and root.head.lemma_ in lexicons.words("speech_verbs.txt")
        and any(c.dep_ in ("ccomp", "parataxis") for c in root.head.children)  # says something, not "responded"
        and not is_first_name(root.text)
        and not after_honorific(doc, start)
        and not has_age(doc, start, end)
        and relative_after(doc, end) is None
        and not any(c.dep_ in ("appos", "compound", "amod") for c in root.children)
        and not any(t.lower_ in GENDERED_PRONOUNS or is_quote_mark(t) for t in sentence)
        and not any(t.text == root.text and is_in_longer_name(t) for t in doc)  # "Donald Trump", "Trump Organization"
    )


def unmarked_speakers(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], english: frozenset[str], weight: float
) -> list[Candidate]:
    """One-word names the model missed that report something with nothing of a person about them
    (`speaks_unmarked`): "Equinor said the field had reached full output", "..., Transpower said." (ORG); no
    English word, place or common surname."""
    taken = taken_tokens(doc, candidates)
    return [
        Candidate(t.i, t.i + 1, "ORG", weight, "unmarked speaker")
        for t in doc
        if not taken[t.i]
        and t.is_alpha
        and t.text[:1].isupper()
        and t.lower_ not in english
        and (t.lower_,) not in place_of
        and t.lower_ not in lexicons.words("entity_common_surnames.txt")
        and speaks_unmarked(doc, t.i, t.i + 1)
    ]


def is_in_longer_name(token: Token) -> bool:
    """A capitalised word with another capitalised name word right before or after it."""
    doc = token.doc
    return any(0 <= j < len(doc) and is_capitalised_name(doc[j]) for j in (token.i - 1, token.i + 1))


def is_quote_mark(token: Token) -> bool:
    """A quotation mark, straight or curly, double or single (not an apostrophe inside a word)."""
    return token.text in ('"', "“", "”", "''", "``") or (token.text in ("'", "‘", "’") and token.is_punct)


def after_age_of(doc: Doc, start: int) -> bool:
    """ "Brett Dempsey, 31, of Ravenshoe", "Sutrisno, a 54-year-old fisherman from Demak", "The 29-year-old from
    Midleton": the place a person named or described by their age comes from."""
    return AGE_OF_BEFORE.search(doc.text[max(0, doc[start].idx - 48) : doc[start].idx]) is not None


def before_leader_noun(doc: Doc, end: int) -> bool:
    """ "the Bush administration", "the Howard government": a leader's name before the noun of their rule."""
    return (
        end < len(doc) and doc[end].lower_ in lexicons.words("entity_leader_nouns.txt") and doc[end].dep_ != "compound"
    )


EVENT_NAME_JOINS = frozenset({"de", "del", "della", "dei", "di", "du", "des", "la", "le", "do", "da", "dos", "das"})
MAX_CONTEST_WORDS = 8  # "Festival Internacional de Cine de Las Palmas"


def contests_by_first_word(doc: Doc, weight: float) -> list[Candidate]:
    """A contest's name opening with a word of entity_event_first_words.txt, capitalised words joined by the "of"
    and "the" of its language ("Giro della Brianza", "Copa de la Liga"): EVENT, whatever pieces the model made of
    it; not one ending in an organisation's or building's word ("Festival Hall")."""
    first = lexicons.words("entity_event_first_words.txt")
    found = []
    for token in doc[:-1]:
        if token.text not in first:
            continue
        end, i = token.i + 1, token.i + 1
        while i < len(doc) and i - token.i < MAX_CONTEST_WORDS:
            if doc[i].is_title and doc[i].is_alpha:
                end = i = i + 1
            elif doc[i].lower_ in EVENT_NAME_JOINS:
                i += 1
            else:
                break
        if end > token.i + 1 and has_event_word([t.text for t in doc[token.i : end]]):
            found.append(Candidate(token.i, end, "EVENT", weight, "contest"))
    return found


def has_event_word(texts: list[str]) -> bool:
    """A name of two words or more ending in a contest's or gathering's word ("Davis Cup", "Pushkar Camel Fair") or
    opening with one, before no word of an organisation or building ("Copa Chile", "Festival Atlántico"; not
    "Festival Hall")."""
    last = lexicons.words("entity_event_words.txt")
    first = lexicons.words("entity_event_first_words.txt")
    key = tuple(t.lower() for t in texts)
    building = key[-1] in org_words() or key[-1:] in place_words("head") or key[-1:] in place_words("after")
    opened = (texts[0] in first or " ".join(texts[:2]) in first) and not building
    return len(texts) >= 2 and (texts[-1] in last or " ".join(texts[-2:]) in last or opened)


LEGISLATOR_NOUNS = frozenset({"mp", "mps", "mep", "meps", "mla", "msp", "lawmaker", "legislator", "deputy", "member"})


def is_members_party(doc: Doc, start: int, end: int) -> bool:
    """A name after "from" or "of" on a legislator's noun, which a place is not here: the party ("an MP from Civic
    Platform", "a lawmaker from Servant of the People")."""
    root = doc[start:end].root
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in ("from", "of")
        and preposition.head.lower_ in LEGISLATOR_NOUNS
        and preposition.head.i < preposition.i
    )


def has_age(doc: Doc, start: int, end: int) -> bool:
    """An age right before or after a name: "the 27-year-old Brandt", "Okonkwo, 31, was released", "Sutrisno, a
    54-year-old fisherman"."""
    before = doc.text[max(0, doc[start].idx - 20) : doc[start].idx]
    return (
        AGE_BEFORE.search(before) is not None
        or AGE_AFTER.match(doc.text, doc[end - 1].idx + len(doc[end - 1])) is not None
    )


def speaks_as_person(token: Token) -> bool:
    """The subject of a speech verb who is then he or she: "Lindqvist said he would not stand again"; not one whose
    "its" comes first ("Chadema said its deputy chairman had been arrested ... where he was being held")."""
    if token.dep_ != "nsubj" or token.head.lemma_ not in lexicons.words("speech_verbs.txt"):
        return False
    pronoun = next(
        (t.lower_ for t in token.doc[token.i + 1 : token.sent.end] if t.lower_ in ("he", "she", "its")), None
    )
    return pronoun in ("he", "she")


def referred_to_as_person(doc: Doc, end: int) -> bool:
    """A name the sentence next refers to as he or she, with no other name between: "pressed Trump on the
    properties central to his identity", "ruled Trump and his co-defendants liable"; not "Acme fired its chief and
    his deputy", nor a name modifying a noun ("The Wikileaks founder always argued that his fear ..."), nor one in
    what the he or she after it says ("Ansett will fly again, he said")."""
    name = doc[end - 1]
    if name.dep_ == "compound":
        return False
    for token in doc[end : name.sent.end]:
        if token.ent_type_ in ("PERSON", "ORG") or token.lower_ in NEUTER_AND_PLURAL_PRONOUNS:
            return False
        if token.lower_ in GENDERED_PRONOUNS:
            speaking = token.dep_ == "nsubj" and token.head.lemma_ in lexicons.words("speech_verbs.txt")
            return not (speaking and token.head.is_ancestor(name))
    return False


def place_tokens(doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place]) -> set[int]:
    """Tokens of the places found so far: the model's GPE and LOC, and the gazetteer's places whatever the model
    called them ("Limerick", its person)."""
    return {
        i
        for c in candidates
        if c.label in ("GPE", "LOC") or key_of(doc, c.start, c.end) in place_of
        for i in range(c.start, c.end)
    }


def place_position(
    doc: Doc,
    start: int,
    end: int,
    places_at: set[int],
    known_towns: NameSet,
    rules: EntityRules,
    organisation: bool = False,
    english: frozenset[str] = frozenset(),
) -> float:
    """The GPE vote of where the sentence puts a name: a direction from a place, on either side ("Yass, 50
    kilometres north of Canberra"); after "the town of"; or, for one of `known_towns`, after "at", "in",
    "near", in a list with a place ("Sydney, Parkes and Forbes"), struck as a place ("shelled Kherson"), at the
    end of a route ("flights to Dalaman") or as a person's home town ("a man from Letterkenny"). A list's members
    share its first member's position ("the villages of Alder Creek and Stony Point"). A name no gazetteer knows is
    a town at the end of a route or as the home of a man, woman or child ("tour to Ballymote and Boyle", "a woman
    from Varėna"), if none of its words is an acronym, an English word or an organisation's. What the model calls an
    `organisation` is no town after an "at" of study or work or before a named place it owns (`is_institution_at`),
    though it is one after another "at" ("the Danube could peak at Komárno")."""
    first = list_head(doc, start, end)
    if in_direction_of(doc, start, end):
        return rules.direction_vote
    if any(after_settlement_noun(doc, i) or after_local_office(doc, i, english) for i in (start, first)):
        return rules.settlement_vote
    if is_date_word(doc[start]):
        return 0.0
    if doc[start:end].text not in known_towns:
        head = name_root(doc[first])
        opened = end - start > 1 and doc[start].text in PLACE_NAME_OPENERS  # "Al Wukair"
        unknown_town_placed = (
            english
            and is_foreign_name(doc[start + opened : end], english)
            and (
                is_route_end(head)
                or is_home_town(head, people_only=True)
                or is_site_at(head)
                or is_between_ends(head)
                or runs_to_place(doc, start, end, places_at)
                or is_placed_in(doc, start, end)
                or after_owned_noun(doc, start, end, PLACE_OWNED_NOUNS)
            )
        )
        return rules.town_vote if is_listed_where(doc, start, end, first, places_at) or unknown_town_placed else 0.0
    after_preposition = any(
        i >= 1 and doc[i - 1].lower_ in TOWN_PREPOSITIONS and not (organisation and is_institution_at(doc, i, end))
        for i in (start, first)
    )
    after_preposition = after_preposition or any(doc[i - 2 : i].text.lower() == "out of" for i in (start, first))
    root = doc[start:end].root
    listed = any(i in places_at for t in root.conjuncts for i in range(t.left_edge.i, t.i + 1))
    head = name_root(doc[list_head(doc, start, end)])
    placed = listed or struck_as_place(root) or suffers_as_place(root) or is_route_end(head) or is_home_town(head)
    placed = placed or is_origin_of_thing(head) or after_owned_noun(doc, start, end, PLACE_OWNED_NOUNS)
    placed = placed or governs_as_town(doc, start, end)
    placed = placed or is_site_at(head) or is_between_ends(head)
    placed = placed or (start > 0 and end - start == 1 and is_placing_ordinal(doc, start - 1, end))  # "1st Kilfenora"
    placed = placed or runs_to_place(doc, start, end, places_at)
    return rules.town_vote if after_preposition or placed else 0.0


PLACING_PREPOSITIONS = frozenset({"in", "near", "outside", "below", "above", "around", "beyond"})


ARTICLE_OPENERS = frozenset({"The", "El", "La", "Le", "Les", "Los", "Las", "Il", "Lo", "De", "Het"})


PARTICLE_IN_VERBS = frozenset({"bring", "call", "draft", "rope", "pull", "let", "usher", "draw", "sign", "send"})


def is_where_something_is(doc: Doc, start: int, end: int) -> bool:
    """A name, or the list it is in, as the object of "from" or of a preposition of where something happens or
    stands ("volunteers from Ranchos", "vendors in Cedral and Real de Catorce"), on its line and after no "the"."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in PLACING_PREPOSITIONS | {"from"}
        and preposition.i < start
        and "\n" not in doc[preposition.i : start].text
        and doc[root.left_edge.i].lower_ != "the"
    )


def is_placed_in(doc: Doc, start: int, end: int) -> bool:
    """A name where something happens or stands: the object of "in", "near", "outside", "below", "above", "around"
    or "beyond" on its line ("after frost in Judbury", "the gorge below Lachatao"); not what shares or a stake are
    held in, nor a name after "the" or opened by an article ("a slide in the Segunda Federación", "runs in El Nuevo
    Día"), which is a league's, a paper's or a region's more often than a town's, nor one "brought in" or "called
    in" (PARTICLE_IN_VERBS: an adviser). A list's later names stand where its first does ("in Fukuda and Sakate")."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    preposition = root.head
    verb = preposition.head
    particle = preposition.lower_ == "in" and verb.i == preposition.i - 1 and verb.lemma_.lower() in PARTICLE_IN_VERBS
    return (
        root.dep_ == "pobj"
        and not particle
        and preposition.lower_ in PLACING_PREPOSITIONS
        and preposition.i < start
        and "\n" not in doc[preposition.i : start].text
        and doc[start - 1].lower_ != "the"
        and doc[start].text not in ARTICLE_OPENERS
        and not is_held_in_shares(doc, start, end)
        and doc[preposition.i - 1].lower_ not in ("stake", "stakes", "shares", "shareholding")
    )


def runs_to_place(doc: Doc, start: int, end: int, places_at: set[int]) -> bool:
    """The start of a stretch "from X to Y" whose end is a place: "covers the dale from Ramsgill to Pateley Bridge"."""
    return (
        start >= 1
        and doc[start - 1].lower_ == "from"
        and end + 1 < len(doc)
        and doc[end].lower_ == "to"
        and (end + 1 in places_at)
    )


def is_listed_where(doc: Doc, start: int, end: int, first: int, places_at: set[int]) -> bool:
    """A name no gazetteer knows, of one word, listed with a place after "in", "near", "off", "from" or an "at" of no
    study or work: "branches in Beledweyne and Jowhar", "near Tzaneen and Letsitele", "workers from Jerash and
    Sakib", "boats at Ponnani and Tanur" (not "studied at Harvard and Yale", nor an acronym: "stakes in Pertamina and
    PLN", nor names before the noun they describe: "milk from Holstein and Jersey cows")."""
    root = doc[start:end].root
    return (
        end - start == 1
        and not doc[start].is_upper
        and first >= 1
        and doc[first - 1].lower_ in TOWN_PREPOSITIONS | {"from"}
        and not is_institution_at(doc, first, end)
        and not (end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower)
        and any(t.i in places_at and t.i != start for t in root.conjuncts)
    )


def is_institution_at(doc: Doc, i: int, end: int) -> bool:
    """Whether the "at" before the name at [i, end) names an institution as often as a town: an "at" of study or
    work ("studied at Stanford", "a professor at Cornell"), or before a named place the name owns ("at Platt's
    Music Hall")."""
    if doc[i - 1].lower_ != "at":
        return False
    owns_named_place = end + 1 < len(doc) and doc[end].text in POSSESSIVES and doc[end + 1].is_title
    return owns_named_place or is_affiliation(doc[i - 1].head)


def is_affiliation(word: Token) -> bool:
    """A word whose "at" names where one studies, works or plays, an institution as often as a town: "studied",
    "a professor", "their match" (data/lexicons/entity_affiliation_words.txt, roles, people nouns)."""
    lemma = word.lemma_.lower()
    return (
        lemma in lexicons.words("entity_affiliation_words.txt")
        or lemma in role_words()
        or lemma in lexicons.words("speaker_person_nouns.txt")
        or word.ent_type_ == "PERSON"
    )


def in_direction_of(doc: Doc, start: int, end: int) -> bool:
    """A name a direction is taken from, on either side: "west of Prince George", "Yass, 50 kilometres north of"."""
    before = doc.text[max(0, doc[start].idx - 40) : doc[start].idx]
    return bool(
        DIRECTION_OF_BEFORE.search(before) or DIRECTION_OF_AFTER.match(doc.text, doc[end - 1].idx + len(doc[end - 1]))
    )


def is_route_end(name: Token) -> bool:
    """Where a journey goes to, comes from or passes: the object of "to", "from" or "between" on a verb or noun of
    going (data/lexicons/entity_route_words.txt) or a flight number ("through" and "via" too: "a convoy through
    Kolárovo"), or of the "to" after such a "from", or of
    "between" on a river or road named with "the", or of "for" after "bound": "walked to Lalibela", "the railway from
    Ain Sokhna to Marsa Matrouh", "FR7123 from Faro", "the Danube between Giurgiu and Oltenița", "freight bound for
    Dubrovnik"."""
    preposition = name.head
    if name.dep_ == "pobj" and preposition.lower_ == "for" and preposition.head.lower_ in BOUND_WORDS:
        return True  # "freight bound for Dubrovnik"
    if name.dep_ != "pobj" or preposition.lower_ not in ("to", "from", "between", "through", "via"):
        return False
    goer = preposition.head
    if preposition.lower_ == "between" and is_named_way(goer):
        return True
    if preposition.lower_ == "to" and goer.dep_ == "pobj" and goer.head.lower_ == "from":
        goer = goer.head.head  # "from Ain Sokhna to Marsa Matrouh"
    if preposition.lower_ == "to" and follows_from_name(preposition):
        return True  # "sailings from Dénia to Ibiza", however the parser hung the "to"
    routes = lexicons.words("entity_route_words.txt")
    return (
        goer.lemma_.lower() in routes
        or FLIGHT_NUMBER.fullmatch(goer.text) is not None
        or any(c.dep_ == "dobj" and c.lemma_.lower() in routes for c in goer.children)  # "add routes to Chișinău"
    )


def follows_from_name(to: Token) -> bool:
    """Whether a "to" comes right after "from" and a capitalised name: the other end of a journey."""
    i = to.i - 1
    while i > 0 and is_capitalised_name(to.doc[i]):
        i -= 1
    return i < to.i - 1 and to.doc[i].lower_ == "from"


def is_origin_of_thing(name: Token) -> bool:
    """A town of geonames after "from" or "to" on a lower-case noun ("a contractor from Karmiel", "orders from
    Cliza", "fares to Rusape"): where they come from or go, unless a given name or common surname opens it ("a letter
    from Morgan")."""
    return (
        name.dep_ == "pobj"
        and name.head.lower_ in ("from", "to")
        and name.head.head.pos_ == "NOUN"
        and name.head.head.is_lower
        and not is_personal_name_word(name.doc[name.left_edge.i].text)
    )


def is_home_town(name: Token, people_only: bool = False) -> bool:
    """Where a person is from: the object of "from" on a person's name or a noun for a person ("Sean Ryan, 34, from
    Athlone"; "a man from Letterkenny"; data/lexicons/entity_people_nouns.txt, roles.txt, speaker_person_nouns.txt),
    or of the ", of" after a person's name ("Dennis Hine, of Wynyard").
    Without `people_only`, also a body's ("a folk dance ensemble from Mestia"), where a town of geonames is, not a
    listed company ("a team from Nokia"). `people_only` keeps the nouns of people whom no firm employs, of
    entity_people_nouns.txt and entity_calling_nouns.txt ("a woman from Varėna", "a judoka from Nianing"; not
    "engineers from Siemens"), also where they live ("villagers in Lorji", "herders in Khutag-Öndör", "growers
    around Rasun")."""
    before = name.doc[max(0, name.i - 3) : name.i]
    if not people_only and len(before) == 3 and before[1].text == "," and before[2].lower_ == "of":
        return before[0].ent_type_ == "PERSON"  # "Dennis Hine, of Wynyard": where a person of a notice lives
    if name.dep_ != "pobj" or name.head.lower_ not in (("from", "in", "around", "near") if people_only else ("from",)):
        return False
    person = name.head.head
    if person.pos_ != "NOUN" and name.head.i > 0 and name.head.nbor(-1).pos_ == "NOUN":
        person = name.head.nbor(-1)  # "beat his uncle from Marrawah", the "from" hung on the verb
    if people_only and person.ent_type_ == "PERSON":
        name_start = entity_span(person).start  # "fishmonger Elorm Mensah-Dorsey from Agbledomi": the calling
        person = person.doc[name_start - 1] if name_start > 0 else person
    noun = person.lemma_.lower()
    if people_only:
        return person.pos_ == "NOUN" and noun in calling_nouns()  # also "Villagers from Kpando" opening a sentence
    if person.ent_type_ == "PERSON":
        return True
    return person.pos_ == "NOUN" and (
        noun in lexicons.words("entity_people_nouns.txt")
        or noun in role_words()
        or noun in lexicons.words("speaker_person_nouns.txt")
        or is_calling_noun(person)
        or (is_kind_word(person) and name.text not in listed_companies())  # "a dance company from Sainte-Marie"
    )


def is_site_at(name: Token) -> bool:
    """Where a built thing or ground stands: the object of "at", "in" or "between" on a lower-case noun of one
    (entity_sited_nouns.txt, entity_site_nouns.txt): "the hostel at Crolly", "a desalination plant at Quweira",
    "farms in Waimanu", "orchards between Amadiya and Deraluk"."""
    if name.dep_ != "pobj" or name.head.lower_ not in ("at", "in", "between"):
        return False
    at = name.head
    sited = lexicons.words("entity_sited_nouns.txt") | lexicons.words("entity_site_nouns.txt")
    nouns = (at.head, at.nbor(-1)) if at.i > 0 and at.lower_ == "at" else (at.head,)  # "building a plant at Quweira"
    return any(noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in sited for noun in nouns)


def is_between_ends(name: Token) -> bool:
    """The first of two bare names after "between", which news writes for the two ends of a stretch of road or
    river, or the two places of a border, more than for two sides: "the banks between Aalten and ...", "a boundary
    dispute between Haffouz and ..."; not after a noun of two sides meeting (entity_pairing_nouns.txt: "the final
    between ...", "clashes between ..."), nor a name after "the" ("between the ABVP and ...")."""
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "Kalaat" of "Kalaat Khasba"
    between = name.head
    if between.lower_ != "between" or name.i < between.i or name.dep_ not in ("pobj", "nmod"):
        return False
    if any(c.dep_ == "det" for c in name.children):
        return False
    return between.head.lemma_.lower() not in lexicons.words("entity_pairing_nouns.txt")


def is_named_way(token: Token) -> bool:
    """A name with "the" before it, as rivers and roads are written and people are not: "the Danube", "the M4"."""
    return token.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def after_settlement_noun(doc: Doc, i: int) -> bool:
    """A name after "the town of", "the village of", "the suburbs of" (entity_place_nouns.csv, `of`), or given as
    an example of such places: "villages like Acton Burnell", "towns such as Tiverton", "suburbs including Ryde"."""
    if i >= 2 and doc[i - 1].lower_ == "of":
        return (doc[i - 2].lower_,) in place_words("of")
    if i >= 3 and doc[i - 2].lower_ == "such" and doc[i - 1].lower_ == "as":
        i -= 1
    return i >= 2 and doc[i - 1].lower_ in ("like", "including", "as") and is_settlements(doc[i - 2])


def after_local_office(doc: Doc, i: int, english: frozenset[str]) -> bool:
    """A name after "the", a lower-case word of no English and "of": a village's or town's office or body named in
    its own language ("the sheha of Kojani", "the omda of Bashendi", "the prefeitura of Araçuaí", in two or three
    words "the punong barangay of Taysan", "the chef d'arrondissement of Sèhouè"), or after "the mayor of", even
    where the name has a person's shape ("the mayor of Kim Lien")."""
    if i < 3 or doc[i - 1].lower_ != "of":
        return False
    office = doc[i - 2]
    opening = i - 2
    while opening > i - 4 and opening > 1 and (doc[opening - 1].is_lower and doc[opening - 1].lower_ != "the"):
        opening -= 1  # "punong barangay", "chef d'arrondissement"
    words = [ELIDED_LINK.sub("", t.lower_) for t in doc[opening : i - 1]]  # "chef d'arrondissement"
    if doc[opening - 1].lower_ != "the" or not all(word.isalpha() for word in words):
        return False
    foreign = bool(english) and not {words[-1], office.lemma_.lower()} & english
    return office.is_lower and (foreign or (office.lower_ == "mayor" and opening == i - 2))


def is_settlements(token: Token) -> bool:
    """A plural noun of settlements ("towns", "villages") of entity_place_nouns.csv, `of`."""
    return token.tag_ == "NNS" and (token.lower_,) in place_words("of")


def struck_as_place(name: Token) -> bool:
    """The object, or passive subject, of a verb whose object is a place (data/lexicons/entity_place_verbs.txt), or
    the owner of that object: "Floods cut off Ahrweiler", "Kharkiv was shelled overnight", "evacuated Lahaina's
    harbour district"."""
    if name.dep_ == "poss":
        name = name.head
    if name.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = name.head
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    verbs = lexicons.words("entity_place_verbs.txt")
    return verb.lemma_.lower() in verbs or " ".join([verb.lemma_.lower(), *particles]) in verbs


def governs_as_town(doc: Doc, start: int, end: int) -> bool:
    """The subject of what a town's council does in its name (data/lexicons/entity_council_verbs.txt): "Agematsu has
    banned overnight parking", "Ashford voted to scrap parking charges"; not a given name's nor a common surname's
    ("Smith has banned phones")."""
    name = doc[start:end].root
    return (
        name.dep_ == "nsubj"
        and name.head.lemma_.lower() in lexicons.words("entity_council_verbs.txt")
        and not is_personal_name_word(doc[start].text)
    )


def is_personal_name_word(word: str) -> bool:
    """A given name or a common surname ("Morgan", "Smith"): a town so named is more often someone."""
    return is_first_name(word) or word.lower() in lexicons.words("entity_common_surnames.txt")


def suffers_as_place(name: Token) -> bool:
    """The subject of what befalls a place, not a person (data/lexicons/entity_place_subject_verbs.txt): "Kherson
    lost power", "Mykolaiv lost its water supply", "Toretsk came under heavy shelling"."""
    if name.dep_ != "nsubj":
        return False
    verb = name.head
    lemma = verb.lemma_.lower()
    said = {f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ == "dobj"}
    said |= {
        f"{lemma} {p.lower_} {o.lemma_.lower()}"
        for p in verb.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    }
    return bool(said & lexicons.words("entity_place_subject_verbs.txt"))


def ends_as_company(doc: Doc, start: int, key: Key) -> bool:
    """A name of two words or more ending in a company's word and opening with no given name, or of three words or
    more whatever the first: "Kirchberg Capital", "Blackmoor Partners", "Selwyn Ridge Resources"; a role before it is
    a firm's trade, not a person's title."""
    return len(key) >= 2 and key[-1] in company_suffixes() and (len(key) >= 3 or not is_first_name(doc[start].text))


def after_honorific(doc: Doc, start: int) -> bool:
    """A name after "Mr", "Dr", "Sir", a capitalised title ("President Bush", "Senator Warren") or a trade in
    lower case before a full name ("economist Lerato Mahlangu", "chef Nkechi Obiora-Hart"), whatever town or firm
    bears it."""
    if start == 0:
        return False
    before = doc[start - 1]
    return (
        before.lower_ in HONORIFICS
        or (before.is_title and (before.lower_,) in role_sequences())
        or (  # a full name: "Zara owner Inditex" is a firm
            before.is_lower
            and before.pos_ == "NOUN"
            and before.text in role_words() | lexicons.words("speaker_person_nouns.txt")
            and start + 1 < len(doc)
            and doc[start + 1].is_title
        )
    )


def is_dated_month(doc: Doc, start: int, end: int) -> bool:
    """A month's name beside a day's number, part of a date however the model read it: "March" of "Tue 10 March,
    4pm-7pm", "May 4"."""
    numbered = (start > 0 and doc[start - 1].like_num) or (end < len(doc) and doc[end].like_num)
    return end - start == 1 and doc[start].lower_ in MONTHS and numbered


def is_date_word(token: Token) -> bool:
    """A month or weekday ("in May"), whatever town bears its name."""
    return token.lower_ in MONTHS or token.lower_ in WEEKDAYS


def name_root(token: Token) -> Token:
    """The word a name's other words hang on ("Waal" of "De Waal"), which carries the name's place in its clause."""
    doc = token.doc
    while (
        token.dep_ == "compound"
        and token.head.i > token.i
        and is_capitalised_name(token.head)
        and "\n" not in doc[token.i : token.head.i].text_with_ws  # not the heading on the line after
    ):
        token = token.head
    return token


def list_head(doc: Doc, start: int, end: int) -> int:
    """The first token of the name that opens the list a name is in ("Alder Creek" of "Alder Creek and Stony Point")."""
    head = doc[start:end].root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    first = head.i
    while first > 0 and doc[first - 1].dep_ == "compound" and is_capitalised_name(doc[first - 1]):
        first -= 1
    return first if head.i < start else start


def town_names(
    doc: Doc,
    candidates: list[Candidate],
    place_of: dict[Key, Place],
    towns: Towns,
    english: frozenset[str],
    rules: EntityRules,
) -> list[Candidate]:
    """Names the model missed where the sentence puts a place (see place_position): "At Gundagai, two people
    were rescued"; a town of geonames after a person's full name and "of" ("Mary Jones of Brecon won"); where a
    person named next is from (opens_with_home: "Waipukurau shearer Rangi Tomoana-Vaifale"); where a firm is
    based ("Nysted-based Guldborg Havvind"); where a built thing stands ("the jetty at Qarani"); a name no gazetteer
    knows, of no English word, where place_position puts one ("cafés in Dharamkot", "drones near Huliaipole"). A name
    is a run of capitalised proper nouns ("St Helens") in no entity of the model's ("in May" is a date) but a place
    it dropped as an English noun ("Frankfurt private lender Bankhaus Reimers")."""
    taken = taken_tokens(doc, candidates)
    places_at = place_tokens(doc, candidates, place_of)
    person_ends = {c.end for c in candidates if c.label == "PERSON" and c.end - c.start >= 2}
    found = []
    free = [
        not taken[t.i]
        and (t.ent_type_ == "" or t.ent_type_ in KEPT_LABELS)  # "in May" is a date; not a name the model saw
        and t.is_alpha
        and (is_name_argument(t) or (opens_clause(t) and t.is_title and not t.is_stop))
        for t in doc
    ]
    for i, end in runs(free):
        weight = (
            place_position(doc, i, end, places_at, towns.plain, rules, english=english)
            if key_of(doc, i, end) not in place_of
            else 0.0
        )
        if weight == 0 and is_town_subject(doc, i, end, towns.plain):
            weight = rules.town_vote
        if (
            weight == 0
            and i - 1 in person_ends
            and doc[i - 1].lower_ == "of"
            and (doc[i:end].text in towns.names or is_unknown_place(doc[i:end], english))
        ):
            weight = rules.town_vote  # "Mary Jones of Brecon won", "Kayla Stidham of Blackey petitions"
        if weight == 0 and names_town_noun(doc, i, end, towns, english):
            weight = rules.owned_noun_vote  # "the Pontypridd floods"
        if weight == 0 and opens_with_home(doc, i, end, towns, english):
            weight = rules.town_vote
        if weight == 0 and is_base_of(doc, end) and not ends_in_org_word(key_of(doc, i, end)):
            weight = rules.town_vote  # "Nysted-based Guldborg Havvind"
        if weight == 0 and is_site_at(doc[i:end].root) and is_unknown_place(doc[i:end], english):
            weight = rules.town_vote  # "the jetty at Qarani"
        if weight > 0:
            found.append(Candidate(i, end, "GPE", weight, "town"))
    return found


def opens_clause(token: Token) -> bool:
    """Whether a word opens a sentence or a clause after a semicolon or colon."""
    return token.is_sent_start or (token.i > 0 and token.nbor(-1).text in CLAUSE_OPENERS)


def runs(free: list[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of consecutive True."""
    i = 0
    while i < len(free):
        if not free[i]:
            i += 1
            continue
        end = i + 1
        while end < len(free) and free[end]:
            end += 1
        yield i, end
        i = end


def is_name_argument(token: Token) -> bool:
    """A capitalised proper noun, or a capitalised word the tagger took for another part of speech that the parser
    makes a subject or object all the same ("Toretsk came under shelling", its adverb)."""
    return is_capitalised_name(token) or (
        token.is_title
        and not token.is_stop  # "Most were freed", "Many fled"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj")
        and token.pos_ in ("ADV", "ADJ", "NOUN", "X")
    )


def is_owned_site(doc: Doc, start: int, end: int) -> bool:
    """A name between an owner's possessive and a noun of a firm's site (entity_site_nouns.txt): "Škoda Auto's Mladá
    Boleslav plant", "its Grimsby factory"."""
    return (
        start > 0
        and end < len(doc)
        and (doc[start - 1].lower_ in ("its", "their") or doc[start - 1].text in POSSESSIVES)
        and doc[end].lower_ in lexicons.words("entity_site_nouns.txt")
    )


TOWN_RANK_WORDS = frozenset({"only", "first", "second", "third", "last", "oldest", "biggest", "largest", "busiest"})


def names_town_noun(doc: Doc, start: int, end: int, towns: Towns, english: frozenset[str] = frozenset()) -> bool:
    """A town of `towns.plain` before a noun of where something is or happens or of who lives there (data/lexicons/
    entity_town_nouns.txt), as the modifier or possessor of that noun or of the lower-case words ending in it: "the
    Eséka derailment", "Aberaeron's council", "the Inverness food bank"; or right after "a" or "the", before any
    noun that describes someone or something by where they are from ("a Quimper notary", "the Tartu band"), also
    opening a sentence before such lower-case words and a name ("Bastia wine merchant Casanova & Fils", "Vallenar
    tattoo studio Tinta Desierto"; any town of `towns` before a firm's kind: "Laramie board game maker Snowy Range
    Games"; given the `english` vocabulary, also a name of no English word, no capitals and no given name:
    "Kadjebi security firm Eagle Eye Guards", also before a calling: "an Ateni winemaker"); or its possessive
    before its only, first or last one of a kind or before a name ("Värska's only pool hall", "Omagh's Crackpot
    Comedy Club")."""
    after = end + 1 if end < len(doc) and doc[end].text in POSSESSIVES else end
    noun = doc[start:end].root.head
    kind_end = lower_kind_end(doc, end)
    opens_naming = (  # "Bastia wine merchant Casanova & Fils has been sold", "Vallenar tattoo studio Tinta Desierto":
        # a sentence opened by where it is from; not an employer before a role ("Toyota chief executive Koji
        # Sato") nor a listed company
        doc[start].is_sent_start
        and end < kind_end < len(doc)
        and (doc[kind_end].is_title or (doc[kind_end].is_upper and doc[kind_end].is_alpha))  # "MEC Schwarzwaldbahn"
        and not any(t.lower_ in role_words() or is_finite_verb_of_kind(t, end) for t in doc[end:kind_end])
        and doc[start:end].text not in listed_companies()
    )
    firm_kind = (  # "Laramie board game maker Snowy Range Games": a firm's kind, which no employer goes before
        opens_naming
        and (
            hyphened_word(doc[kind_end - 1]) in organisation_kinds()
            or appositive_kinds().get(doc[kind_end - 1].lower_) == "ORG"  # "Sudbury folk band Nickel Belt Choir"
        )
        and doc[kind_end - 1].lower_ not in lexicons.words("entity_company_relations.txt")
    )
    described = (  # "a Quimper notary", "the Tartu band Kaseke": a town, not a maker or a person
        end < len(doc)
        and ((0 < start and doc[start - 1].lower_ in DETERMINERS) or opens_naming or counts_people_of(doc, start, end))
        and doc[end].is_lower
        and (
            opens_naming
            or doc[end].pos_ == "NOUN"
            or (noun.pos_ == "NOUN" and all(t.is_lower for t in doc[end : noun.i + 1]))
        )
        and (firm_kind or not given_name_first(doc, start, end))  # "Fermo shoe chain Scarpe Tenna", not "Zara owner"
        and doc[end - 1].lower_ not in lexicons.words("entity_common_surnames.txt")
        and not is_place_word_after(noun)  # "the Rukban camp" is a camp of its own (entity_place_nouns.csv)
    )
    noun_end = max(noun.i + 1, lower_kind_end(doc, after))  # "chief warden", where the parser made "chief" the noun
    town_noun = (
        after <= noun.i < after + 4
        and all(t.is_lower for t in doc[after : noun.i + 1])
        and any(t.lower_ in lexicons.words("entity_town_nouns.txt") for t in doc[after:noun_end])
    )
    ranked = (  # "Värska's only pool hall", "Omagh's Crackpot Comedy Club": one of the town's own
        end < after < len(doc)
        and (doc[after].lower_ in TOWN_RANK_WORDS or (doc[after].is_title and doc[after].pos_ == "PROPN"))
        and doc[end - 1].lower_ not in lexicons.words("entity_common_surnames.txt")
        and doc[start:end].text not in listed_companies()
        and not given_name_first(doc, start, end)
    )
    town = doc[start:end].text
    calling = described and end < kind_end and doc[kind_end - 1].lemma_.lower() in calling_nouns()
    owns_town_noun = town_noun and after > end  # "Skútustaðir's chief warden"
    unknown = (firm_kind or calling or owns_town_noun) and (
        town in towns.names or is_unknown_place(doc[start:end], english)
    )
    return (
        (town in towns.plain or unknown)
        and (doc[start:end].root.dep_ in ("compound", "amod", "nmod", "poss") or (opens_naming and described))
        and (described or town_noun or ranked)
    )


PEOPLE_GROUP_NOUNS = frozenset({"people", "community", "elder", "clan", "family", "household", "youth"})


# Nouns of the members of a people as such, which a town's name seldom comes before: "Eskaya elders", "Bajau
# women" (a town comes before a calling: "Redpa axeman", "Kilfenora thatcher")
MEMBER_NOUNS = PEOPLE_GROUP_NOUNS | {"woman", "man", "girl", "boy", "chief", "herder", "tribe"}


def is_people_before_member(doc: Doc, start: int, end: int, english: frozenset[str]) -> bool:
    """One capitalised word that names a language, as a people's name often does, before a lower-case noun of
    people no firm employs: "Rendille herders", "a Hmong weaver", "Borana elders" (entity_people_nouns.txt,
    entity_calling_nouns.txt); a town there ("Somanya traders") names no language. A proper noun, or a word
    capitalised inside a sentence, of more than two letters and no stop word ("A", "Big" open language names).
    With the pipeline's `english` words, also a word that is no language's, town's, given name, surname nor English
    word before a noun of a people's members (MEMBER_NOUNS: "Eskaya elders", "Bajau families"; not "Redpa axeman"),
    which names no one after it."""
    after = doc[end] if end < len(doc) else None
    if not (
        end - start == 1
        and doc[start].is_title
        and (doc[start].pos_ == "PROPN" or not doc[start].is_sent_start)  # not "A" of "A farmer said", nor "Big"
        and not doc[start].is_stop
        and len(doc[start]) > 2
        and after is not None
        and after.is_lower
        and after.pos_ == "NOUN"
        and (after.lemma_.lower() in calling_nouns() or after.lemma_.lower() in PEOPLE_GROUP_NOUNS)
    ):
        return False
    word = doc[start].text
    return names_a_language(word) or (
        bool(english)
        and after.lemma_.lower() in MEMBER_NOUNS
        and after.dep_ != "compound"  # "Kaingaroa community hall"
        and not (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN")  # "Kalacha herder Guyo Jillo": his town
        and is_unknown_name_word(word, english)
        and not (start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start)
    )


# The last and first words of a way's name ("Lincoln Street", "Rue Vauban"): a street, not a body or a person
WAY_ENDS = frozenset({"street", "road", "avenue", "boulevard", "lane", "drive", "highway"})
WAY_OPENERS = frozenset({"rue", "jalan", "calle", "avenida", "rua"})
WAY_PREPOSITIONS = frozenset({"on", "in", "along", "off", "onto", "near", "down", "up", "across", "into"})


def is_street_where(doc: Doc, start: int, end: int) -> bool:
    """A way's name ending in its capitalised noun or opened by one (WAY_ENDS, WAY_OPENERS), after a preposition of
    where something stands or goes ("houses on Lincoln Street", "two hostels in Rue Lepic"): the street,
    whatever the model said (a street that speaks for those in it stands after no preposition); one opened by such
    a word that is no given name, wherever it stands ("the council has closed Jalan Hasan Basri to cars")."""
    if end - start < 2:
        return False
    last, first = doc[end - 1], doc[start]
    opened = first.is_title and first.lower_ in WAY_OPENERS
    if opened and not is_first_name(first.text):
        return True
    after_preposition = start > 0 and doc[start - 1].lower_ in WAY_PREPOSITIONS
    return after_preposition and ((last.is_title and last.lower_ in WAY_ENDS) or opened)


def is_name_closing_subject(doc: Doc, start: int, end: int) -> bool:
    """Capitalised words set off by commas right before a verb whose subject, before them, is a noun of a person:
    "A Serowe-born saxophonist who lives in Johannesburg, Oratile Sebego, wrote": her name, however long the
    description, not an apposition of the place before it."""
    if start < 2 or end - start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "," or doc[end].text != ",":
        return False
    verb = doc[end + 1]
    return (
        verb.pos_ == "VERB"
        and all(t.is_title and t.pos_ == "PROPN" for t in doc[start:end])
        and any(
            s.dep_ == "nsubj" and s.i < start - 2 and s.is_lower and is_described_person(s) for s in verb.children
        )  # not "its owner, Lifepoint Health, said", a name set beside its own noun
    )


def is_described_person(noun: Token) -> bool:
    """A noun for a person, or a noun that a "who" clause says is one ("a saxophonist who lives in ...")."""
    who = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.children)
    return who or is_person_noun(noun) or is_calling_noun(noun)


def is_birthplace(doc: Doc, start: int, end: int) -> bool:
    """A name joined by a hyphen to "born" ("Serowe-born"): where someone was born."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].lower_ == "born"


def is_unknown_name_word(word: str, english: frozenset[str]) -> bool:
    """A capitalised word that is no town of geonames, given name, common surname nor English word."""
    return word not in towns() and word.lower() not in english and not is_personal_name_word(word)


def peoples_before_members(
    doc: Doc, candidates: list[Candidate], token_kind: list[str], english: frozenset[str], weight: float
) -> list[Candidate]:
    """Peoples' names the model missed before a noun of one of them, in prose (is_people_before_member): "Borana
    elders and young herders"."""
    taken = taken_tokens(doc, candidates)
    return [
        Candidate(i, i + 1, "NORP", weight, "people's name")
        for i in range(len(doc))
        if token_kind[i] == "prose" and not taken[i] and is_people_before_member(doc, i, i + 1, english)
    ]


def names_a_language(word: str) -> bool:
    """Whether a word, accents aside, is a language's name ("Rendille", "Garífuna") or the first word of one that
    is no town's ("Bawm" of "Bawm Chin", "Borana" of "Borana-Arsi-Guji Oromo"; not "Hanoi" of "Hanoi Sign
    Language")."""
    plain = without_accents(word)
    return plain in language_first_words()[0] or (plain in language_first_words()[1] and word not in towns())


@lru_cache(maxsize=1)
def language_first_words() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word language_names, and the first words of the longer ones, without accents."""
    split = [re.split(r"[ \-]", without_accents(name)) for name in language_names()]
    return frozenset(w[0] for w in split if len(w) == 1), frozenset(w[0] for w in split if len(w) > 1)


def counts_people_of(doc: Doc, start: int, end: int) -> bool:
    """A name between a number or "from" and a plural noun of people no firm employs: "Four Hahake pupils", "cumin
    from Khaybar farmers", where the name says where they live."""
    before = doc[start - 1] if start > 0 else None
    people = doc[end] if end < len(doc) else None
    return (
        before is not None
        and people is not None
        and (before.like_num or before.lower_ == "from")
        and people.tag_ == "NNS"
        and people.lemma_.lower() in lexicons.words("entity_people_nouns.txt")
        and doc[start:end].text not in lexicons.words("entity_party_names.txt")
    )


def opens_with_home(doc: Doc, start: int, end: int, towns: Towns, english: frozenset[str] = frozenset()) -> bool:
    """A sentence opened by where someone is from, a noun of people no firm employs or of a calling followed on one's
    own account (data/lexicons/entity_people_nouns.txt, entity_calling_nouns.txt) and their name: "Mystic oyster
    farmer Molly Kowalczyk-Essien", "Waipukurau shearer Rangi Tomoana-Vaifale", "Tenby locksmith Gwyn Pryce". A
    town of geonames, or, given the `english` vocabulary, a name of no English word, no capitals and no given name.
    A clause opens there as well as a sentence: after a semicolon or colon ("; Karavostamo plumber Stelios ...") or
    a preposition ("went to Mut date exporter Ashraf ..."). One who owns or drives a thing named before (a "café
    owner", "truck driver") follows a calling of their own."""
    kind_end = lower_kind_end(doc, end)
    opens = opens_clause(doc[start]) or doc[start - 1].pos_ == "ADP"
    if not (opens and end < kind_end < len(doc)):
        return False
    kind = doc[end:kind_end]
    name_end = kind_end
    while name_end < len(doc) and (doc[name_end].is_title or is_joining_hyphen(doc[name_end])):
        name_end += 1
    texts = [t.text for t in doc[kind_end:name_end]]
    calling = kind[-1].lemma_.lower() in calling_nouns() or (len(kind) > 1 and kind[-1].lower_ in THING_HOLDERS)
    homely = (
        calling
        and not any(t.lower_ in role_words() or t.tag_ in FINITE_TAGS for t in kind)
        and name_end - kind_end >= 2
        and has_person_shape(key_of(doc, kind_end, name_end), texts)
    )
    town = doc[start:end]
    return homely and (town.text in towns.names or is_unknown_place(town, english))


# Those who own, drive or sell a thing named before them ("café owner", "tow-truck driver", "date exporter"), a
# calling of their own.
THING_HOLDERS = frozenset({"owner", "driver", "exporter", "dealer", "seller"})


# The article and words that open Arabic place names ("Al Wakrah", "El Tor", "Ras Laffan", "Wadi Rum"), no given name
# nor English word there.
PLACE_NAME_OPENERS = frozenset(
    {"Al", "El", "Ain", "Aïn", "Ras", "Wadi", "Oued", "Ouled", "Bir", "Bou", "La", "Las", "Los", "Le", "Les"}
)


NUMBERED_NAME = re.compile(r"[A-Z][a-z]+\d{1,3}")  # "Kurdistan24", "News24"


def is_person_s_home(doc: Doc, start: int) -> bool:
    """A name after a person's full name (as the model read it) and "of": "Tammy Lynn Sexton of Dwarf"."""
    return (
        start >= 3
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].ent_type_ == "PERSON"
        and doc[start - 3].ent_type_ == "PERSON"
        and doc[start].ent_iob_ == "B"
    )


def is_unknown_place(name: Span, english: frozenset[str]) -> bool:
    """A name that may be a place no gazetteer knows, given the `english` vocabulary: no English word, no word of an
    organisation, no capitals and no given name (after an opener of Arabic place names: "Al Wukair")."""
    words = name[1:] if len(name) > 1 and name[0].text in PLACE_NAME_OPENERS else name
    return bool(english) and is_foreign_name(words, english) and not is_first_name(words[0].text)


def given_name_first(doc: Doc, start: int, end: int) -> bool:
    """Whether a name opens with a given name, not with an opener of Arabic place names ("Al Ruwais")."""
    return is_first_name(doc[start].text) and not (end - start > 1 and doc[start].text in PLACE_NAME_OPENERS)


def is_foreign_name(words: Span, english: frozenset[str]) -> bool:
    """No English word, no word of an organisation and no capitals among the words; a particle between them is
    none of these ("Dulce Nombre de Copán")."""
    inside = {t.i for t in words[1:-1] if t.text in NAME_PARTICLES}
    return not any(t.is_upper or t.lower_ in english or t.lower_ in org_words() for t in words if t.i not in inside)


def lower_kind_end(doc: Doc, start: int, most_words: int = 4) -> int:
    """The end of the lower-case words of a kind from `start`, however the tagger read them and whether hyphened
    ("tattoo studio", "hot-air balloon firm", "start-up")."""
    end, words = start, 0
    while end < len(doc) and words < most_words:
        token = doc[end]
        hyphened = end > start and is_joining_hyphen(doc[end - 1])
        if is_joining_hyphen(token) and end > start:
            end += 1
            continue
        if not (token.is_lower and token.is_alpha and (hyphened or not token.is_stop)):
            break
        end, words = end + 1, words + (not hyphened)
    return end


def is_finite_verb_of_kind(token: Token, kind_start: int) -> bool:
    """A word of the lower-case kind after a sentence-opening town that is a finite verb ("Avio opens Turin plant"),
    not a noun after a plural the tagger read as its verb ("Vrchlabí antiques shop Starožitnosti Krakonoš")."""
    misread_noun = token.i > kind_start and token.tag_ == "VBP" and token.nbor(-1).tag_ == "NNS"
    return token.tag_ in FINITE_TAGS and not misread_noun


def is_town_subject(doc: Doc, start: int, end: int, known_towns: NameSet) -> bool:
    """A geonames town the model missed that does or undergoes something, as no person's name: "Lampedusa
    welcomed 5,000 migrants" (not a speaker: "Lampedusa said" is someone)."""
    name = doc[start:end]
    return (
        name.text in known_towns
        and name.root.dep_ in ("nsubj", "nsubjpass")
        and name.root.head.lemma_ not in lexicons.words("speech_verbs.txt")
        and not is_first_name(doc[start].text)
        and doc[end - 1].lower_ not in lexicons.words("entity_common_surnames.txt")
    )


def listed_first(token: Token) -> Token:
    """The first name of the list of names a name closes ("Metoubes" of "around Sidi Salem and Metoubes" gives
    "Salem"): what governs the first governs them all; the name itself where it is in no list of names."""
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == "PROPN":
        token = token.head
    return token


def after_locative(doc: Doc, start: int, end: int) -> bool:
    """A name governed by "near", "outside" or "towards", alone or in a list: where something happens ("lost
    ground near Avdiivka", "around Sidi Salem and Metoubes")."""
    root = listed_first(doc[start:end].root)
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in LOCATIVE_PREPOSITIONS
        and not set(key_of(doc, start, end)) & org_words()
    )


def is_where(doc: Doc, start: int, end: int) -> bool:
    """A name governed by "in", "across" or "throughout": where something is, no people's name."""
    root = doc[start:end].root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "across", "throughout")


def is_placed_at(doc: Doc, start: int, end: int) -> bool:
    """A name right after the preposition of is_where, or "at", that governs it, or listed after such a name
    ("in Quynh Luu and Dien Chau"): where something is or happens."""
    root = doc[start:end].root
    first = listed_first(root)
    opening = start if first is root else first.left_edge.i
    at = first.dep_ == "pobj" and first.head.lower_ == "at"
    return opening > 0 and first.head.i == opening - 1 and (at or is_where(doc, opening, first.i + 1))


def has_opponent(verb: Token, own: Token) -> bool:
    """Whether the verb (or result noun: "Valencia's victory over Osasuna") has another proper-name subject,
    object, possessor or with/to/against object besides `own`."""
    return bool(opponents(verb, own))


def opponents(verb: Token, own: Token) -> list[Token]:
    """The proper-name subjects, objects, possessors and with/to/against objects of a verb besides `own`, and the
    subject of the verb it completes ("Conegliano came from two sets down to beat Novara")."""
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "dobj", "nsubjpass", "npadvmod", "poss")]
    if verb.dep_ in ("xcomp", "advcl") and not any(c.dep_ == "nsubj" for c in verb.children):
        arguments += [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by":  # "won promotion by beating Txingudi 10-8"
        arguments += [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    arguments += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in OPPONENT_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [a for a in arguments if a != own and is_side_head(a)]


def opens_with_town(doc: Doc, start: int, end: int) -> bool:
    """A name of two or more words opened by a town of the gazetteer that is no one's given name: the town's club
    ("Hexham Athletic beat Morpeth Wanderers 2-0"); not "Preston Smith"."""
    return end - start >= 2 and doc[start].text in towns() and not is_first_name(doc[start].text)


def meets_town(doc: Doc, start: int, end: int, place_of: dict[Key, Place]) -> bool:
    """A name a team verb sets against a town of the gazetteer: "Bologna beat Lazio 2-1" (the model's person Lazio
    is a side, as Bologna is; in "Federer beat Nadal" neither is a town); or a town against a town the model calls
    a side or a place ("Kilkenny beat Waterford by three points": two counties' teams)."""
    root = doc[start:end].root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    team_verbs = lexicons.words("entity_team_verbs.txt")
    if verb.lemma_ not in team_verbs and root.dep_ == "nsubj":  # "came from two sets down to beat Novara"
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ in team_verbs), verb)
    if verb.lemma_ not in team_verbs:
        return False
    town = doc[start:end].text in towns()
    return any(
        (other.lower_,) in place_of or (town and other.ent_type_ in ("ORG", "GPE") and other.text in towns())
        for other in opponents(verb, root)
    )


def best_label(votes: dict[str, float]) -> str:
    """The label with the most votes."""
    return max(votes.items(), key=lambda kv: kv[1])[0]


def longest_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) spans with nested and overlapping shorter ones removed (longest first)."""
    chosen, taken = [], set()
    for s, e in sorted(spans, key=lambda m: (m[0] - m[1], m[0])):
        if not any(i in taken for i in range(s, e)):
            chosen.append((s, e))
            taken.update(range(s, e))
    return chosen


def bracketed_nationals(
    doc: Doc, candidates: list[Candidate], place_of: dict[tuple[str, ...], Place], weight: float
) -> list[Candidate]:
    """People the model missed before their nationality in brackets ("Monica Seles ( U.S. )")."""
    taken = taken_tokens(doc, candidates)
    found = []
    for i, token in enumerate(doc):
        if token.text != "(" or not before_country(doc, i, place_of):
            continue
        start = i
        while start > 0 and i - start < 4 and not taken[start - 1] and NAME_WORD.fullmatch(doc[start - 1].text):
            start -= 1
        if i - start >= 2:
            found.append(Candidate(start, i, "PERSON", weight, "bracketed"))
    return found


def bracketed_home_towns(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], english: frozenset[str], weight: float
) -> list[Candidate]:
    """The town in brackets right after a person's name opening an entry, as results and lists of members give
    where each is from: "Champion: Radek Navrátil-Ntiamoah (Kojetín)", "Vintage class: Hazel Orr (Millisle),
    Ferguson TE20" (GPE); not after a work's title, where the brackets hold its publisher ("1. Le Pont de glace,
    Sophie Gauthier-Roy (Boréal)"). A known place, or a
    name of one or two words of no English word, capitals, given name, party or listed company, and no person's
    shape ("Mama Virunga (Fiston Paluku Kasereka)", a boat and its skipper)."""
    if "(" not in doc.text:
        return []
    people_ends = {
        c.end
        for c in candidates
        if opens_an_entry(doc, c.start)
        and (
            c.label == "PERSON" or has_person_shape(key_of(doc, c.start, c.end), [t.text for t in doc[c.start : c.end]])
        )
    }
    found = []
    for token in doc[1:-2]:
        if token.text != "(" or token.i not in people_ends:
            continue
        close = next((t.i for t in doc[token.i + 1 : token.i + 5] if t.text == ")"), None)
        if close is None or close == token.i + 1:
            continue
        name = doc[token.i + 1 : close]
        words = [t for t in name if not is_joining_hyphen(t)]
        known = place_of.get(key_of(doc, name.start, name.end))
        unknown = (
            len(words) <= 2
            and all(t.is_title and t.is_alpha for t in words)
            and is_unknown_place(name, english)
            and not has_person_shape(key_of(doc, name.start, name.end), [t.text for t in name])
            and name.text not in lexicons.words("entity_party_names.txt")
            and name.text not in listed_companies()
        )
        if (known is not None and known.label == "GPE") or unknown:
            found.append(Candidate(name.start, name.end, "GPE", weight, "bracketed home town"))
    return found


def opens_an_entry(doc: Doc, start: int) -> bool:
    """Whether a name opens a line, or an entry after a colon, semicolon or a number ("3 Ifan Jones (Llangadog)",
    "2. Paweł Kowalczuk (Susiec)")."""
    numbered = start >= 2 and doc[start - 1].text in (".", ")") and doc[start - 2].like_num
    return (
        start == 0
        or "\n" in doc[start - 1].text_with_ws
        or doc[start - 1].text in (":", ";")
        or doc[start - 1].like_num
        or numbered
    )


def speakers(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """Names the model missed that speak and are then he or she, a person ("Wanjiru told reporters she would
    appeal"), or it, an organisation ("Eskom said it would suspend power cuts", "Unite said its members would
    strike"; not "it would be", whose "it" may be no one)."""
    taken = taken_tokens(doc, candidates)
    found = []
    for token in doc:
        if (
            token.dep_ != "nsubj"
            or token.pos_ != "PROPN"
            or token.head.lemma_ not in lexicons.words("speech_verbs.txt")
        ):
            continue
        start = compound_start(
            token, 2, lambda t: NAME_WORD.fullmatch(t.text) is not None and t.lower_ not in HONORIFICS
        )
        if start >= 2 and is_joining_hyphen(doc[start - 1]) and NAME_WORD.fullmatch(doc[start - 2].text):
            start -= 2  # "Asante-Boakye insisted": the whole double surname
        words = [t for t in doc[start : token.i + 1] if not is_joining_hyphen(t)]
        label = pronoun_label(doc[token.i + 1 : token.sent.end])
        if (
            label is not None
            and all(NAME_WORD.fullmatch(t.text) for t in words)
            and not any(taken[start : token.i + 1])
            and not is_lone_title(doc, start, token.i + 1)
        ):
            found.append(Candidate(start, token.i + 1, label, weight, "speaker"))
    return found


def set_off_speakers(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """Names set off by commas right before a verb of speech, closing a subject that a person's noun heads: "A member
    of the House of Representatives for Makunduchi, Ameir Juma Vuai, told reporters" (PERSON), which the model
    missed, or took, whole or in part, for something else after the phrase that describes the person ("A member of
    the House from Ratchaburi, Thanakorn Meesuk, told": not "the organiser, Deutsche Messe, said"); a business's
    name so set off after a company's noun and what describes it: "A Quimper firm that hires out bikes, Vélo
    Breizh, said" (ORG)."""

    def model_inside(start: int, end: int) -> bool:  # "Inese" of "Inese Vītola", taken for a nationality
        inside = covering(candidates, start, end)
        return all(
            c.source == "model"
            and start <= c.start
            and c.end <= end
            and (c.label != "PERSON" or (c.start, c.end) == (start, end))  # not "Councillor Jane Lodge"'s "Jane Lodge"
            for c in inside
        )

    taken = taken_tokens(doc, candidates)
    person_nouns = role_words() | lexicons.words("speaker_person_nouns.txt")
    found = []
    for token in doc[1:-2]:
        verb = doc[token.i + 2]
        if (
            token.pos_ != "PROPN"
            or doc[token.i + 1].text != ","
            or verb.lemma_ not in lexicons.words("speech_verbs.txt")
        ):
            continue
        start = compound_start(token, 3, lambda t: NAME_WORD.fullmatch(t.text) is not None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i >= start or doc[start - 1].text != ",":
            continue
        described = any(t.dep_ in ("prep", "relcl") for t in doc[subject.i + 1 : start])
        free = not any(taken[start : token.i + 1]) or (described and model_inside(start, token.i + 1))
        if free and token.i > start and subject.lower_ in person_nouns:
            found.append(Candidate(start, token.i + 1, "PERSON", weight, "set-off speaker"))
        elif (
            free
            and described
            and subject.lemma_.lower() in lexicons.words("reference_company_nouns.txt")
            and not has_person_shape(key_of(doc, start, token.i + 1), [t.text for t in doc[start : token.i + 1]])
        ):  # not "A Camembert maker from the Pays d'Auge, Odile Marie, wrote"
            found.append(Candidate(start, token.i + 1, "ORG", weight, "set-off speaker"))
    return found


def acting_companies(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], weight: float
) -> list[Candidate]:
    """Names the model missed that are the subject of a clause doing something to its own things or to what only a
    company has: "Médecins Sans Frontières said its clinic had been hit", "AJet will lease ten jets" (ORG); not a
    place of the gazetteer."""
    taken = taken_tokens(doc, candidates)
    found = []
    for token in doc:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN" or taken[token.i]:
            continue
        start = compound_start(token, 3, lambda t: is_name_part(t.text))
        end = token.i + 1
        if (
            all(is_name_part(t.text) for t in doc[start:end])
            and not any(taken[start:end])
            and key_of(doc, start, end) not in place_of
            and doc[start:end].text not in places()
            and not is_lone_title(doc, start, end)
            and (speaks_of_its_own(doc, start, end) or acts_on_company_objects(doc, start, end))
        ):
            found.append(Candidate(start, end, "ORG", weight, "acting company"))
    return found


def compound_start(token: Token, most: int, is_word: Callable[[Token], bool]) -> int:
    """Where the name a subject ends starts: back over up to `most` compound words right before it that pass
    `is_word` ("Médecins Sans" of "Médecins Sans Frontières")."""
    doc, start = token.doc, token.i
    while start > 0 and token.i - start < most and doc[start - 1].dep_ == "compound" and is_word(doc[start - 1]):
        start -= 1
    return start


def pronoun_label(after: Span) -> str | None:
    """PERSON or ORG, as the first pronoun after a speaker says: he or she; its, or "it" doing something."""
    for token in after:
        if token.lower_ in GENDERED_PRONOUNS:
            return "PERSON"
        if token.lower_ == "its" or (
            token.lower_ == "it"
            and token.dep_ == "nsubj"
            and token.head.lemma_ != "be"
            and not any(c.dep_ in ("auxpass", "acomp", "attr") or c.lemma_ == "be" for c in token.head.children)
        ):
            return "ORG"
        if token.lower_ in NEUTER_AND_PLURAL_PRONOUNS:
            return None
    return None


def acronyms_after_the(
    doc: Doc, candidates: list[Candidate], token_kind: list[str], place_of: dict[Key, Place], weight: float
) -> list[Candidate]:
    """An acronym after "the", or the subject of a verb, in prose that the model missed or took for a facility,
    product or work: an organisation ("Supporters of the NDC celebrated", "peace deal with the MILF", "PETA said
    it would sue"), not a place ("the US"), a currency or an acronym of a common noun ("AI", "GDP")."""
    labels = {(c.start, c.end): c.label for c in candidates}
    taken = taken_tokens(doc, candidates)
    found = []
    for token in doc:
        i = token.i
        if (
            ((i > 0 and doc[i - 1].lower_ == "the") or is_acronym_subject(token))
            and ACRONYM.fullmatch(token.text)
            and token_kind[i] not in ("caps", "title")
            and (token.text,) not in place_of
            and token.text not in places()
            and token.lower_ not in organisation_kinds() | role_words()
            and not (i + 1 < len(doc) and doc[i + 1].is_title)  # "the NGO Front Line Defenders": a kind, then the name
            and (not taken[i] or labels.get((i, i + 1)) in ("FAC", "PRODUCT", "WORK_OF_ART"))
        ):
            found.append(Candidate(i, i + 1, "ORG", weight, "acronym"))
    return found


def acronyms_after_their_place(
    doc: Doc, token_kind: list[str], place_of: dict[Key, Place], weight: float
) -> list[Candidate]:
    """An acronym the model took for an organisation, a people or a person, written after the capitalised words of the
    place or field it serves, with nothing between them: one organisation ("Otago RSA", "Mombasa MBC", "Kitwe FC"); not
    an acronym that is a place itself ("Cooma NSW"), nor a person's letters after a given name ("Jane Okafor MP"), a
    people's adjective ("the Kenyan KDF"), a count ("Two AFS students") or a name's number ("Leo XIV")."""
    found = []
    for token in doc[1:]:
        i = token.i
        if (
            not ACRONYM.fullmatch(token.text)
            or ROMAN_NUMERAL.fullmatch(token.text)
            or token.lower_ in role_words()  # "Labour Party MP Grace Owusu"
            or token.ent_type_ not in ("ORG", "NORP", "PERSON")
            or token_kind[i] != "prose"
            or (token.text,) in place_of
            or token.text in places()
        ):
            continue
        start = i
        while (
            start > 0
            and i - start < 4
            and is_place_name_word(doc[start - 1])
            and not is_people_word(doc, start - 1, place_of)
        ):
            start -= 1
        if start < i and (doc[start].like_num or doc[start].is_stop):
            start += 1  # "Two AFS students"
        given_name = is_first_name(doc[start].text) and key_of(doc, start, i) not in place_of  # not "Stewart Island"
        if start < i and not given_name:
            found.append(Candidate(start, i + 1, "ORG", weight, "acronym after place"))
    return found


def is_place_name_word(token: Token) -> bool:
    """A capitalised word of a name, joined to the next by a space only; not a determiner."""
    return is_joined_place_word(token) and token.whitespace_ == " "


def is_people_word(doc: Doc, i: int, place_of: dict[Key, Place]) -> bool:
    """Whether the word names a people or nationality ("Australian"), by the gazetteer or the model."""
    place = place_of.get((doc[i].text,)) or places().get(doc[i].text)
    return doc[i].ent_type_ == "NORP" or (place is not None and place.label == "NORP")


ROMAN_NUMERAL = re.compile(r"[IVXLC]+")  # "Leo XIV", "Genale Dawa III": a name's number, no acronym


def is_acronym_subject(token: Token) -> bool:
    """An acronym that is the subject of a verb that acts ("BYD overtook Tesla"; not "DNA is the only way"), no
    currency ("USD fell"), acronym of a common noun ("AI will change jobs") or title ("MP")."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.head.pos_ == "VERB"
        and token.text not in currency_codes()
        and token.text not in lexicons.words("entity_common_acronyms.txt")
        and not is_role_initials(token)
    )


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Names of languages: ISO 639's (pycountry: "Malayalam", "Tarifit", "Spanish Sign Language", without a note such
    as "(macrolanguage)") and the everyday ones of data/lexicons/entity_language_names.txt ("Mandarin", "Farsi")."""
    return frozenset(iso_language_names(two_letter_only=False) | set(lexicons.lines("entity_language_names.txt")))


@lru_cache(maxsize=1)
def common_language_names() -> frozenset[str]:
    """Names of the languages with a two-letter ISO 639-1 code ("Kannada", "Xhosa") and the everyday ones of
    data/lexicons/entity_language_names.txt: the ones a village is rarely named like, unlike ISO 639-3's thousands
    ("Wusi")."""
    return frozenset(iso_language_names(two_letter_only=True) | set(lexicons.lines("entity_language_names.txt")))


def iso_language_names(two_letter_only: bool) -> set[str]:
    """ISO 639's names of languages, without a note such as "(macrolanguage)"; only those with a two-letter code
    (ISO 639-1) if `two_letter_only`."""
    return {
        re.sub(r"\s*\(.*\)$", "", getattr(language, attribute))
        for language in pycountry.languages
        if hasattr(language, "alpha_2") or not two_letter_only
        for attribute in ("name", "common_name")
        if hasattr(language, attribute)
    }


MAX_LANGUAGE_WORDS = 3
LANGUAGE_PREPOSITIONS = frozenset({"in", "into", "of"})
LANGUAGE_OBJECT_VERBS = frozenset({"speak", "learn", "study", "teach", "understand"})
LANGUAGE_TEXT_NOUNS = frozenset({"name", "inscription", "subtitle", "caption", "translation", "spelling", "wording"})


def languages_in_use(doc: Doc, token_kind: list[str], place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """Languages named where the sentence uses one (language_names): taught, written, spoken or broadcast "in" it ("will
    teach the degree in Tagalog", "the finest book in Malayalam", "telling tales in Wolof"; data/lexicons/
    entity_language_use_words.txt), or "in" a common one (common_language_names) wherever the "in" hangs, unless the
    name is a place's too ("the story of the kings in Kannada"; not "in Tonga" nor "in Lamu"), learnt or spoken as an
    object ("speak Tagalog"), spoken by people ("Tarifit, spoken by four million"), those listed with one ("in
    Wayuunaiki as well as Spanish"), those before "-language" ("a Sinhala-language channel"), those before words written
    in one ("the English names", "Dakota inscriptions") and those whose name says so ("Spanish Sign Language"):
    LANGUAGE; not a word before a noun it describes ("in English football")."""
    names, found = language_names(), []
    for i in range(len(doc)):
        capitalised = any(c.isupper() for c in doc[i].text[:4])  # "Hindi", "isiXhosa"
        after_name = i and (doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in NAME_PARTICLES)  # "Cagayan de Oro"
        if token_kind[i] != "prose" or not capitalised or after_name:
            continue
        end = next((e for e in range(min(len(doc), i + MAX_LANGUAGE_WORDS), i, -1) if doc[i:e].text in names), None)
        if end is None:
            continue
        says_so = doc[end - 1].text == "Language"  # "Spanish Sign Language"
        written = end < len(doc) and doc[end].lemma_.lower() in LANGUAGE_TEXT_NOUNS  # "beside the English names"
        if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and not says_so and not written:
            continue
        root = doc[i:end].root
        first = next((c for c in [root, *root.ancestors] if c.dep_ != "conj"), root)  # "in Wayuunaiki as well as"
        in_it = first.dep_ == "pobj" and first.head.lower_ == "in" and doc[i:end].text in common_language_names()
        in_it = in_it and not names_a_place_here(doc, i, end, place_of)
        if (
            says_so
            or written
            or in_it
            or is_language_in_use(first)
            or doc[end : end + 2].text.replace(" ", "") == "-language"
        ):
            found.append(Candidate(i, end, "LANGUAGE", weight, "language"))
    return found


def names_a_place_here(doc: Doc, start: int, end: int, place_of: dict[Key, Place]) -> bool:
    """Whether the words name a place the gazetteer found here or a town of geonames ("in Lamu"), or end a hyphened
    one ("Saint-Malo")."""
    hyphened = start > 0 and doc[start - 1].text == "-"
    return hyphened or key_of(doc, start, end) in place_of or doc[start:end].text in towns()


def is_language_in_use(word: Token) -> bool:
    """Whether a word stands where a language is used: after "in" or "of" a word of using one or its object ("wrote
    the notices in Swahili"), as the object of a verb of speaking or learning, or as who a speaking participle
    speaks of ("Tarifit, spoken by ..."); the "in" may hang on the verb whose object is such a word ("gave the
    village's name in Polish and in Lithuanian")."""
    head = word.head
    while head.dep_ == "conj" and head.head.pos_ == "ADP":
        head = head.head  # "in Polish and in Lithuanian"
    if word.dep_ == "pobj" and head.lower_ in LANGUAGE_PREPOSITIONS:
        users = [head.head, head.head.head] if head.head.dep_ == "dobj" else [head.head]  # "aired the warning in"
        if head.head.pos_ == "VERB":
            users += [c for c in head.head.children if c.dep_ == "dobj"]  # "put up warning signs in French"
        return any(user.lemma_.lower() in lexicons.words("entity_language_use_words.txt") for user in users)
    if word.dep_ == "dobj" and head.lemma_.lower() in LANGUAGE_OBJECT_VERBS:
        return True
    return any(c.lemma_.lower() == "speak" and c.tag_ == "VBN" for c in word.children)


def hyphened_given_names(doc: Doc, token_kind: list[str], weight: float) -> list[Candidate]:
    """People written family name first with a hyphened given name ("Han Jae-won", "Park Ji-hoon"), a family name
    of data/lexicons/family_names_first.txt: the model may take "Han" alone for a nationality or the name for a
    body."""
    families = lexicons.words("family_names_first.txt")
    return [
        Candidate(i, i + 4, "PERSON", weight, "family name first")
        for i in range(len(doc) - 3)
        if token_kind[i] == "prose"
        and doc[i].is_title
        and doc[i].lower_ in families
        and doc[i + 1].is_title
        and doc[i + 1].is_alpha
        and doc[i + 2].text == "-"
        and doc[i + 3].is_lower
        and doc[i + 3].is_alpha
        and not doc[i + 1].whitespace_  # "Jae-won", not "Han Jae - won"
        and not doc[i + 2].whitespace_
    ]


def hyphened_korean_given_names(doc: Doc, token_kind: list[str], weight: float) -> list[Candidate]:
    """A Korean given name written with a hyphen (both syllables in data/lexicons/korean_name_syllables.txt) before a
    capitalised surname, perhaps double ("Hyun-woo Castañeda", "Min-ji Kang-Stewart"): one person, whom the model
    cuts at the hyphen or takes for a body."""
    syllables = lexicons.words("korean_name_syllables.txt")
    found = []
    for i in range(len(doc) - 3):
        given = doc[i : i + 3]
        if not (
            token_kind[i] == "prose"
            and given[0].is_title
            and given[0].lower_ in syllables
            and is_joining_hyphen(given[1])
            and given[2].is_lower
            and given[2].lower_ in syllables
            and doc[i + 3].text[:1].isupper()  # "McAleer", "O'Sullivan"
            and doc[i + 3].text.replace("'", "").replace("’", "").isalpha()
            and not doc[i + 3].is_upper
        ):
            continue
        end = i + 4
        if hyphened_after(doc, end):
            end += 2  # "Kang-Stewart"
        found.append(Candidate(i, end, "PERSON", weight, "hyphened Korean given name"))
    return found


def initialled_names(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """People written with initials ("P. Simmons") that the model missed or cut."""
    taken = taken_tokens(doc, candidates)
    found = []
    for i in range(len(doc) - 1):
        if INITIAL.fullmatch(doc[i].text) and (i == 0 or not INITIAL.fullmatch(doc[i - 1].text)):
            j = i + 1
            while j < len(doc) and INITIAL.fullmatch(doc[j].text):
                j += 1
            if j < len(doc) and re.fullmatch(r"[A-Z][a-z'\-]+[A-Za-z]", doc[j].text) and not any(taken[i : j + 1]):
                found.append(Candidate(i, j + 1, "PERSON", weight, "initials"))
    return found


def initialled_people(doc: Doc, candidates: list[Candidate], companies: Companies, weight: float) -> list[Candidate]:
    """People written with initials that the model took for a body or a place ("run by D. Nyamdorj"); not a listed
    company ("J. Crew") nor a name ending in a word of a firm."""
    found = []
    for c in candidates:
        key = key_of(doc, c.start, c.end)
        if (
            c.source == "model"
            and c.label != "PERSON"
            and is_initialled_name([t.text for t in doc[c.start : c.end]])
            and not doc[c.end - 1].is_upper
            and key not in companies.names
            and key[-1] not in org_words()
        ):
            found.append(Candidate(c.start, c.end, "PERSON", weight, "initials"))
    return found


def whole_person_names(doc: Doc, candidates: list[Candidate], token_kind: list[str], weight: float) -> list[Candidate]:
    """A given name and a surname after a title that the model missed, or the given names before the surname it
    found ("The Very Rev Alun Meredith", "Coach Emeka Obiorah"), the surname after a given name it found alone
    ("Esther Ndung'u"), or the surnames it found apart from the given name ("Yolanda Cárcamo Vargas"): a person."""
    taken = taken_tokens(doc, candidates)
    people = {c.start: c for c in candidates if c.label == "PERSON" and c.source == "model"}
    found, replaced = [], []
    for start, end in runs([not taken[t.i] and is_capitalised_name(t) and not is_title_word(t) for t in doc]):
        if token_kind[start] != "prose" or start == 0 or not is_title_word(doc[start - 1]):
            continue
        surname = people.get(end)
        if surname is not None and end - start <= 2 and surname.end - surname.start == 1:
            found.append(Candidate(start, surname.end, "PERSON", weight, "titled"))
            replaced.append(surname)
        elif 2 <= end - start <= 3 and is_first_name(doc[start].text):
            found.append(Candidate(start, end, "PERSON", weight, "titled"))
    for c in candidates:  # "Esther Ndung'u": the surname the model left out after a given name
        after = c.end
        if (
            c.source == "model"
            and c.label == "PERSON"
            and c.end - c.start == 1
            and is_first_name(doc[c.start].text)
            and after < len(doc)
            and not taken[after]
            and not doc[after].ent_type_
            and is_capitalised_name(doc[after])
            and NAME_WORD.fullmatch(doc[after].text)
            and token_kind[after] == "prose"
        ):
            found.append(Candidate(c.start, after + 1, "PERSON", weight, "surname"))
            replaced.append(c)
        surnames = people.get(c.end)  # "Yolanda Cárcamo Vargas": a given name cut off before the surnames found
        if (
            c.source == "model"
            and c.end - c.start == 1
            and is_first_name(doc[c.start].text)
            and surnames is not None
            and not is_first_name(doc[surnames.start].text)
            and token_kind[c.start] == "prose"
        ):
            found.append(Candidate(c.start, surnames.end, "PERSON", weight, "surname"))
            replaced += [c, surnames]
    return [c for c in candidates if not any(c is r for r in replaced)] + found


def described_people(
    doc: Doc, candidates: list[Candidate], token_kind: list[str], english: frozenset[str], weight: float
) -> list[Candidate]:
    """People the model missed whose age the sentence gives, whom a relative "who" describes, who are someone's
    family or who hold the post the sentence opens with: "Rahul Mistry, 34, was jailed", "the 27-year-old Brandt",
    "Kovacs, who joined in the summer", "his daughter Ffion", "The director of a private language school, Ganbold
    Purev, told"; a full name after a capitalised title the model missed with it: "Imam Yusuf Adan of ..."."""
    taken = taken_tokens(doc, candidates)
    found = []
    unknown = [t.pos_ == "NOUN" and t.is_title and t.lower_ not in english for t in doc]  # "Kovačević, who"
    for i, end in runs([not taken[t.i] and (is_capitalised_name(t) or unknown[t.i]) for t in doc]):
        if token_kind[i] != "prose":
            continue
        described = is_described_by_who(doc, i, end)
        if all(unknown[i:end]) and not described:
            continue
        if has_age(doc, i, end) or described or after_kin(doc, i) or after_opening_holder(doc, i, end):
            found.append(Candidate(i, end, "PERSON", weight, "age"))
        elif (
            end - i >= 3
            and (doc[i].lower_,) in role_sequences()
            and (is_first_name(doc[i + 1].text) or doc[i + 1].lower_ not in english)  # not "Chief Executive Officer"
            and not set(key_of(doc, i + 1, end)) & org_words()
        ):
            found.append(Candidate(i + 1, end, "PERSON", weight, "title"))
    covered = {i for c in found for i in range(c.start, c.end)}
    return found + [  # "Little, 34, who joined ...": a surname that is also a word, given an age
        Candidate(t.i, t.i + 1, "PERSON", weight, "age")
        for t in doc
        if t.is_title
        and t.is_alpha
        and not taken[t.i]
        and t.i not in covered
        and token_kind[t.i] == "prose"
        and AGE_AFTER.match(doc.text, t.idx + len(t)) is not None
    ]


def after_opening_holder(doc: Doc, start: int, end: int) -> bool:
    """A name of two words set off by commas after the description of a post that opens its sentence, a person's
    role and where they hold it: "The director of a private language school in Ulaanbaatar, Ganbold Purev, told"."""
    if end - start != 2 or end >= len(doc) or doc[end].text != "," or doc[start - 1].text != ",":
        return False
    opening = doc[doc[start].sent.start : start - 1]
    return (
        len(opening) >= 2
        and opening[0].lower_ in ("the", "a", "an")
        and not any(t.text == "," for t in opening)
        and any((t.is_lower and t.lower_ in role_words()) or is_person_noun(t) for t in opening[1:3])
    )


def appositive_names(doc: Doc, candidates: list[Candidate], token_kind: list[str], weight: float) -> list[Candidate]:
    """Names the model missed that a noun beside them says what they are: "Season two of Northern Lights, the
    BBC's crime drama" (WORK_OF_ART), "Tarnby, a town south of Copenhagen" (GPE)."""
    taken = taken_tokens(doc, candidates)
    named = [
        (*trim(doc, i, end, label), label)  # "Okafor" of "Ms Okafor, the MP for Gravesham"
        for i, end in runs(
            [
                not taken[t.i] and t.ent_type_ not in DATE_LABELS and (is_capitalised_name(t) or is_untagged_opener(t))
                for t in doc
            ]
        )
        if token_kind[i] == "prose" and (label := appositive_kind(doc, i, end)) is not None
    ]
    return [Candidate(s, e, label, weight, "appositive kind") for s, e, label in named if s < e]


COUNTED = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
LISTED_NAME_JOINERS = SURNAME_PARTICLES | {"-", "&"}


def counted_names(doc: Doc, token_kind: list[str], weight: float) -> list[Candidate]:
    """As many names as a counted plural noun counts, listed after it and a comma: "Two weavers from Quinua, Killa
    Huamán Quispe and Wayra Condori de la Cruz," (people), "two e-scooter firms, Patinete Já and Garça Mobilidade,"
    (bodies). What the noun is says what each name is; the model, and the parser, often join the names to a place
    before them."""
    found = []
    for number in doc:
        noun = number.head
        if COUNTED.get(number.lower_) is None or number.dep_ != "nummod" or noun.tag_ != "NNS" or not noun.is_lower:
            continue
        if token_kind[noun.i] != "prose" or (label := counted_kind(noun)) is None:
            continue
        comma = noun.i + 1
        if comma < len(doc) and doc[comma].lower_ in ("from", "in", "at", "of"):
            comma = title_end(doc, comma + 1)  # "from Quinua"
        names = listed_names(doc, comma)
        if len(names) == COUNTED[number.lower_]:
            found += [Candidate(start, end, label, weight, "counted names") for start, end in names]
    return found


def counted_kind(noun: Token) -> str | None:
    """What a plural noun that counts names says they are: people, bodies or a kind of entity_appositive_kinds.csv."""
    lemma = noun.lemma_.lower()
    people = lexicons.words("speaker_person_nouns.txt") | lexicons.words("entity_people_nouns.txt")
    if lemma in roles() or lemma in people:
        return "PERSON"
    if lemma in organisation_kinds():
        return "ORG"
    return appositive_kinds().get(lemma)


def listed_names(doc: Doc, comma: int) -> list[tuple[int, int]]:
    """The names of ", A, B and C," from the comma at `comma`: runs of capitalised words, with the particles of
    LISTED_NAME_JOINERS inside them, joined by commas and a last "and", the list closed by punctuation; none if
    anything else comes between."""
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    names, i, last = [], comma + 1, False
    while (end := name_run_end(doc, i)) > i:
        names.append((i, end))
        if last:
            return names if end == len(doc) or doc[end].text in (",", ".", ";", ")") else []
        separated = end < len(doc) and doc[end].text == ","
        end += separated
        last = end < len(doc) and doc[end].lower_ == "and"
        if not (separated or last):
            return []
        i = end + last
    return []


def is_listed_word(token: Token) -> bool:
    """A capitalised word of letters, also one with a capital inside ("McGinley")."""
    return token.text[:1].isupper() and token.is_alpha


def name_run_end(doc: Doc, start: int) -> int:
    """The end of the capitalised words from start, with LISTED_NAME_JOINERS between them ("Wayra Condori de la
    Cruz")."""
    end = i = start
    while i < len(doc) and (is_listed_word(doc[i]) or (i > start and doc[i].lower_ in LISTED_NAME_JOINERS)):
        i += 1
        end = i if is_listed_word(doc[i - 1]) else end
    return end


def is_untagged_opener(token: Token) -> bool:
    """A capitalised word opening a sentence, set off by a comma, that the tagger took for a common noun or an
    interjection: "Paystack" of "Paystack, the Lagos payments start-up, will cut 33 jobs"."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.is_sent_start
        and token.is_title
        and not token.is_stop
        and token.pos_ in ("NOUN", "INTJ", "X")
        and after is not None
        and after.text == ","
    )


NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "di", "da", "do", "du", "des", "le"})
TITLE_JOINERS = frozenset(
    {"of", "the", "and", "&", "'s", "’s"} | NAME_PARTICLES
)  # "Line of Duty", "Romeo and Juliet", "The Ferryman's Daughter", "Casa de los Vientos"
MAX_TITLE_WORDS = 6
OWNING_PRONOUNS = frozenset({"my", "our", "your", "his", "her", "their", "its", "whose"})
TITLED_KINDS = frozenset({"WORK_OF_ART", "PRODUCT", "ORG"})


def kind_titled_names(doc: Doc, token_kind: list[str], weight: float) -> list[Candidate]:
    """Names right after a noun of entity_appositive_kinds.csv that says what they are, in a noun phrase opened by a
    determiner or possessive: "her album Tidewater", "the opera Tosca", "its migraine pill Cerovan", "the band
    Harbour"; a work, or an owned product or body, set off by commas ("its rye whisky, Riverbank Rye, won", "his
    club, Tema Smashers,") or after
    "called" ("a lager called Amala Gold", also on a kind of organisation: "a residents' group called Vera Viva"); a
    work's title in quotation marks, also after a comma ('her second film,
    "Tierra de nadie",'). Not a name that is the subject of a relative clause right after it ("the vaccine Pfizer
    makes")."""
    found = []
    for noun in doc[:-1]:
        label = appositive_kinds().get(hyphened_word(noun))
        if label is None and doc[noun.i + 1].lower_ in NAMING_WORDS and noun.lower_ in organisation_kinds():
            label = "ORG"  # "a residents' group called Vera Viva"
        if label not in TITLED_KINDS or not is_kind_noun(noun) or not noun.is_lower or token_kind[noun.i] != "prose":
            continue
        opening = noun.i + 2 if doc[noun.i + 1].text == "," or doc[noun.i + 1].lower_ in NAMING_WORDS else noun.i + 1
        if label == "WORK_OF_ART" and (quoted := quoted_title(doc, opening)) is not None:
            found.append(Candidate(*quoted, label, weight, "kind noun before"))  # 'her second film, "Tierra de nadie",'
            continue
        named = doc[noun.i + 1].lower_ in NAMING_WORDS  # "a sorghum lager called Amala Gold"
        # "their new album, Ashes of Kherson, ...", "its sparkling wine, Sahyadri Brut, would ..."
        owned = any(c.dep_ == "poss" for c in noun.children)  # not "the founder of a lending app, Zhang Wei,"
        owned_body = (  # "his club, Tema Smashers,"; not "the head of the appellation's council, Margalida Ferrer,"
            label == "ORG"
            and any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in noun.children)
            and noun.head.lower_ != "of"
        )
        set_off = (
            opening == noun.i + 2
            and (label == "WORK_OF_ART" or (label == "PRODUCT" and owned) or owned_body)
            and not named
        )
        start = opening if set_off or named else noun.i + 1
        start += set_off and doc[start].text == "the"  # "its tilt train, the Spirit of Capricorn, ..."
        end = title_end(doc, start)
        if label == "WORK_OF_ART":
            end = work_title_end(doc, end)
        whose = any(t.lower_ == "whose" for t in doc[max(0, noun.i - 3) : noun.i])  # "whose strip Chayakkada ran"
        relative = (
            end < len(doc) and is_verb(doc[end]) and doc[end].dep_ == "relcl" and not whose
        )  # "the vaccine Pfizer makes"
        closed = end < len(doc) and doc[end].text in (",", ".", ";", ")")
        placed = not opens_with_determiner(doc, noun.i) and opens_with_place(doc, noun.i)
        if placed and doc[start].ent_iob_ == "B":  # "Beli Manastir archery club Luk i Strijela": the model's whole
            end = max(end, next(e.end for e in doc.ents if e.start == start))
        opened = placed or opens_with_determiner(doc, noun.i)
        if end == start or not opened or relative or (set_off and not closed):
            continue
        if set_off and closes_described_subject(noun, end):
            continue  # "A Rastafari elder who hosts a Sunday radio show, Ras Kofi Barnett, wrote": the elder
        found.append(Candidate(start, end, label, weight, "kind noun before"))
    return found


def whose_acting_names(doc: Doc, weight: float) -> list[Candidate]:
    """A name right after "whose" that does something: what someone owns and runs, a firm, not a person ("a miller,
    whose Hatsik Mill grinds wheat", "a butcher whose Harategi Goñi cures chistorra")."""
    found = []
    for whose in doc[:-2]:
        if whose.lower_ != "whose":
            continue
        end = title_end(doc, whose.i + 1)
        if whose.i + 1 < end < len(doc) and doc[end].tag_ in FINITE_TAGS:
            found.append(Candidate(whose.i + 1, end, "ORG", weight, "owned name acting"))
    return found


def closes_described_subject(noun: Token, end: int) -> bool:
    """Whether a name set off after a noun of a relative clause comes right before the verb of the sentence: it
    names whom the clause describes, the subject, not the noun ("An elder who hosts a radio show, Kofi Barnett,
    wrote")."""
    doc = noun.doc
    in_clause = any(t.dep_ == "relcl" for t in noun.ancestors)
    return in_clause and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].tag_ in FINITE_TAGS


def performed_works(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """In a sentence of the stage or the concert hall (entity_performance_words.txt), a one-word name's possessive
    before capitalised words: a composer or writer (PERSON) and the work (WORK_OF_ART), "will stage Tchaikovsky's
    Swan Lake", "arias from Verdi's Rigoletto", which the model calls a place or a body. Not a place's
    ("Prague's Rudolfinum")."""
    words = lexicons.words("entity_performance_words.txt")
    found = []
    for mark in doc[2:-1]:
        owner = doc[mark.i - 1]
        if mark.text not in POSSESSIVES or not (owner.is_title and owner.is_alpha) or doc[mark.i - 2].is_title:
            continue
        if (owner.text,) in place_of or owner.is_sent_start or owner.lower_ in role_words():
            continue
        end = title_end(doc, mark.i + 1)
        if end > mark.i + 1 and is_performed(doc[mark.i + 1 : end].root, words):
            found.append(Candidate(owner.i, owner.i + 1, "PERSON", weight, "creator"))
            found.append(Candidate(mark.i + 1, end, "WORK_OF_ART", weight, "performed work"))
    return found


def is_performed(work: Token, words: frozenset[str]) -> bool:
    """Whether the word governing a work, past prepositions, is one of the stage (entity_performance_words.txt), or
    has one among its objects: "stage [X's Swan Lake]", "arias from [X's Rigoletto]", "open ... with [X's Rusalka] in
    concert"; not "the concert was cancelled after [X's Ford] hit a tram"."""
    governor = work.head
    while governor.dep_ == "prep" and governor.head is not governor:
        governor = governor.head
    near = [governor, *governor.children]
    near += [grandchild for child in governor.children if child.dep_ == "prep" for grandchild in child.children]
    return any(t.lemma_.lower() in words for t in near)


WORK_TITLE_PREPOSITIONS = frozenset({"in", "on", "at", "over", "under", "from", "beyond", "without", "after", "before"})


NAMING_WORDS = frozenset({"called", "named", "dubbed"})


def is_kind_noun(token: Token) -> bool:
    """A noun, also one in lower case the tagger took for a proper noun ("its rye whisky, Riverbank Rye,"), for an
    adjective before a name or a quoted title ("his novel Kayal Kadha", 'the single "Maré Cheia"') or for a verb
    between a noun and a name ("its satire show Sahra Maftuha")."""
    doc, i = token.doc, token.i
    after = doc[i + 1] if i + 1 < len(doc) else None
    before_name = after is not None and (after.pos_ == "PROPN" or is_quote_mark(after))
    verb_after_noun = token.tag_ in ("VB", "VBP") and i > 0 and doc[i - 1].pos_ == "NOUN"
    return token.pos_ in ("NOUN", "PROPN") or (before_name and (token.pos_ == "ADJ" or verb_after_noun))


def work_title_end(doc: Doc, end: int) -> int:
    """The end of a work's title that runs on over a preposition and capitalised words ("Winter Night in Telemark",
    "The Well at Kep", "Fog over Funen for a second season"), where the sentence then goes on as after a whole title,
    with a verb, a stop or "for"; not where another phrase follows ("the film Anora in Cannes on Friday")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in WORK_TITLE_PREPOSITIONS:
        return end
    longer = title_end(doc, end + 1)
    if longer == end + 1 or doc[end + 1].lower_ in TITLE_JOINERS:
        return end
    after = doc[longer] if longer < len(doc) else None
    if after is None or after.text in (",", ".", ";", ")") or after.tag_ in FINITE_TAGS or after.lower_ == "for":
        return longer
    return end


LISTING_SLOT = re.compile(r"(?<![\w.:])\d{1,2}[.:]\d{2}(?:\s?[ap]m)?\s+(?=[A-Z])")  # "9.00pm ", "10.00 "
NOT_PROGRAMMES = frozenset({"to", "from", "v", "vs", "vs."})  # "17:45 Southern to Brighton", "12.30 Leeds v Hull"


def listing_titles(doc: Doc, weight: float) -> list[Candidate]:
    """Programmes of a television or radio listings line, two or more times each followed by a title ("8.00pm
    The Repair Shop (BBC One) | 9.00pm Harbour Lights (ITV1)", "10.00 Sunday Miscellany | 11.00 ..."):
    WORK_OF_ART; not a departure board's operators ("17:45 Southern to Brighton") nor fixtures ("12.30 Leeds v
    Hull") nor a flight board's times ("07:40 On time")."""
    text, found = doc.text, []
    line_start = 0
    for line in text.split("\n"):
        slots = list(LISTING_SLOT.finditer(line))
        if len(slots) >= 2 and not is_flight_board(line):
            for slot in slots:
                span = doc.char_span(line_start + slot.end(), line_start + slot.end() + 1, alignment_mode="expand")
                start = span[0].i if span is not None else None
                end = title_end(doc, start) if start is not None else None
                if end is not None and end > start and (end == len(doc) or doc[end].lower_ not in NOT_PROGRAMMES):
                    found.append(Candidate(start, end, "WORK_OF_ART", weight, "listing"))
        line_start += len(line) + 1
    return found


RENDERING_NOUNS = frozenset({"revival", "staging", "adaptation", "remake", "screening"})


def rendered_works(doc: Doc, token_kind: list[str], weight: float) -> list[Candidate]:
    """Works named after a noun for putting one on ("a revival of Hamlet", "a new staging of The Seagull", "a
    screening of Nosferatu", 'a staging of "The Visit"'): WORK_OF_ART."""
    found = []
    for noun in doc[:-2]:
        if (
            noun.lemma_.lower() not in RENDERING_NOUNS
            or doc[noun.i + 1].lower_ != "of"
            or token_kind[noun.i] != "prose"
        ):
            continue
        if (quoted := quoted_title(doc, noun.i + 2)) is not None:  # 'a new staging of "The Visit"'
            found.append(Candidate(*quoted, "WORK_OF_ART", weight, "rendered work"))
            continue
        end = title_end(doc, noun.i + 2)
        if end > noun.i + 2 and not (end < len(doc) and doc[end].like_num):
            found.append(Candidate(noun.i + 2, end, "WORK_OF_ART", weight, "rendered work"))
    return found


def quoted_title(doc: Doc, at: int) -> tuple[int, int] | None:
    """(start, end) of a title in quotation marks opening at `at`: a capitalised word first, at most MAX_TITLE_WORDS
    words and no sentence's end inside ('"The Visit"', '"Tierra de nadie"')."""
    if at >= len(doc) or not is_quote_mark(doc[at]) or at + 1 >= len(doc) or not doc[at + 1].text[:1].isupper():
        return None
    for close in range(at + 2, min(len(doc), at + MAX_TITLE_WORDS + 2)):
        if is_quote_mark(doc[close]):
            return at + 1, close
        if doc[close].text in (".", "!", "?", ";", ":") or "\n" in doc[close].text:
            return None
    return None


def is_verb(token: Token) -> bool:
    """A verb by its part of speech or its tag (the tagger's "VBZ" on a word it calls a noun: "Pfizer makes")."""
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def title_end(doc: Doc, start: int) -> int:
    """The end of the capitalised words from start, with the small words between them ("Line of Duty"), at most
    MAX_TITLE_WORDS; start when no capitalised word opens it."""
    end = start
    i = start
    while i < len(doc) and i - start < MAX_TITLE_WORDS:
        token = doc[i]
        if (
            token.text[:1].isupper()
            and token.is_alpha
            and token.ent_type_ not in ("DATE", "TIME")
            and token.text != "I"
        ):
            i += 1
            end = i
        elif token.text in POSSESSIVES and doc[start].lower_ not in DETERMINERS and is_first_name(doc[start].text):
            break  # an author's: "Evelyn Waugh's Brideshead Revisited"
        elif token.lower_ in TITLE_JOINERS and end > start:
            i += 1
        else:
            break
    return end


def opens_with_place(doc: Doc, noun_at: int) -> bool:
    """Whether the sentence opens with capitalised words, then lower-case ones ending in the noun at noun_at: where a
    business is and what it is, before its name ("Buncrana board-game café Meeple Yard")."""
    start = doc[noun_at].sent.start
    end = start
    while end < noun_at and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return start < end < noun_at + 1 and lower_kind_end(doc, end) == noun_at + 1


def opens_with_determiner(doc: Doc, noun_at: int) -> bool:
    """Whether a determiner or possessive opens the noun phrase ending at noun_at, within a few words: "the ...",
    "her ...", "Novo Nordisk's ..."."""
    for token in reversed(doc[max(0, noun_at - 5) : noun_at]):
        if token.lower_ in DETERMINERS or token.dep_ == "poss" or token.tag_ == "POS":
            return True
        if (token.is_punct and token.text != "-") or token.pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False


SEAT_VERBS = frozenset({"take", "win", "lose", "gain", "hold", "keep", "retain", "capture", "secure", "seize"})
SEAT_NOUNS = frozenset({"seat", "ward", "majority", "control"})


def seat_winners(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """A party named by a capitalised word that wins or loses seats ("Reform took three seats", "Renaissance lost
    its majority"), which the model reads as a common noun: an organisation."""
    taken = taken_tokens(doc, candidates)
    found = []
    for token in doc:
        verb = token.head
        if (
            token.dep_ != "nsubj"
            or taken[token.i]
            or not token.is_title
            or token.pos_ not in ("NOUN", "PROPN")
            or token.tag_ in ("NNS", "NNPS")
            or verb.lemma_.lower() not in SEAT_VERBS
            or not any(c.dep_ == "dobj" and c.lemma_.lower() in SEAT_NOUNS for c in verb.children)
        ):
            continue
        found.append(Candidate(token.i, token.i + 1, "ORG", weight, "seat winner"))
    return found


SHARE_NOUNS = frozenset({"shares", "stock", "stocks"})
PRICE_MOVES = frozenset(
    {"rise", "fall", "jump", "slump", "drop", "climb", "tumble", "surge", "sink", "gain", "slide", "plunge", "soar"}
    | {"rally", "dip", "edge", "lose", "close", "open", "trade", "end", "finish", "rebound", "crash", "leap"}
)


def share_issuers(doc: Doc, weight: float) -> list[Candidate]:
    """The company whose shares moved, written before them: "Vantage shares fell 9 per cent", "Rolls-Royce shares
    jumped" (ORG), a few capitalised proper nouns right before the shares, which are the verb's subject."""
    found = []
    for token in doc:
        if token.lower_ not in SHARE_NOUNS or token.dep_ != "nsubj" or token.head.lemma_.lower() not in PRICE_MOVES:
            continue
        start = token.i
        while (
            start > 0 and token.i - start < 4 and (is_capitalised_name(doc[start - 1]) or hyphened_part(doc, start - 1))
        ):
            start -= 1  # "Rolls-Royce shares"
        while start < token.i and not is_capitalised_name(doc[start]):
            start += 1
        if start < token.i:
            found.append(Candidate(start, token.i, "ORG", weight, "share issuer"))
    return found


def publications(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """The journal or paper something was published in ("published in Nature"): an organisation, one to three
    capitalised words after "in", not a place the gazetteer knows ("published in Germany") nor a language ("published
    the rules in Maya"), where the model saw no organisation or work."""
    found = []
    for token in doc:
        if token.lower_ != "in" or token.head.lemma_.lower() != "publish" or token.i < token.head.i:
            continue
        start = end = token.i + 1
        while end < len(doc) and end - start < 3 and is_capitalised_name(doc[end]):
            end += 1
        if (
            end > start
            and key_of(doc, start, end) not in place_of
            and doc[start:end].text not in language_names()
            and doc[start].ent_type_ not in ("DATE", "TIME", "ORG", "WORK_OF_ART")
        ):
            found.append(Candidate(start, end, "ORG", weight, "publication"))
    return found


PORTUGUESE_ARTICLES = frozenset({"O", "A"})  # "O Mensageiro", "A Gaivota", "O Porriño"


def article_opened_names(
    doc: Doc, candidates: list[Candidate], english: frozenset[str], weight: float
) -> list[Candidate]:
    """A name of the model's after a capital Portuguese or Galician article in mid-sentence ("..., and O Mensageiro
    reported", "the road to O Porriño"), which no English sentence writes so: the name with its article, an
    organisation where the model took it for a person (papers: "O Correio Serrano"), else of the model's kind;
    not after a capitalised word ("Plan A Holdings") nor a kind (kind_titled_names), nor before an English word
    ("A Level")."""
    spans = {(c.start, c.end) for c in candidates}
    found = []
    for c in candidates:
        if c.source != "model" or c.start < 2 or doc[c.start - 1].text not in PORTUGUESE_ARTICLES:
            continue
        before = doc[c.start - 2]
        if (c.start - 1, c.end) in spans or before.pos_ == "NOUN":
            continue  # a name after its kind is the kind's ("the newspaper O Mensageiro")
        if doc[c.start - 1].is_sent_start or before.text[:1].isupper() or before.text in CLAUSE_OPENERS:
            continue
        if doc[c.start - 1].text == "A" and doc[c.start].lower_ in english:
            continue
        found.append(Candidate(c.start - 1, c.end, "ORG" if c.label == "PERSON" else c.label, weight, "article name"))
    return found


BUSINESS_VERBS = frozenset({"run", "own", "found", "co-found", "open"})  # what one does to a business, not a person


def run_businesses(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """A "person" of the model that someone runs, owns, founded or opened: a business ("who runs Teesdale Keys from
    a unit", "she founded Harbour Light in 2019"); not one run by someone ("run by Ana Silva")."""
    found = []
    for c in candidates:
        root = doc[c.start : c.end].root
        verb = root.head
        if (
            c.source == "model"
            and c.label == "PERSON"
            and root.dep_ == "dobj"
            and verb.i < c.start
            and verb.lemma_.lower() in BUSINESS_VERBS
            and not any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)
        ):
            found.append(Candidate(c.start, c.end, "ORG", weight, "run business"))
    return found


def compound_bodies(doc: Doc, english: frozenset[str], weight: float) -> list[Candidate]:
    """A body named by one compound word ending in a body's word (entity_org_word_endings.txt) and the capitalised
    words after it ("Hebammenverband Bern", "Elternverein Langnau", "Bauernverband"), which the model misses or
    calls a place or building: an organisation; not an English word, nor inside a longer name."""
    endings = tuple(lexicons.words("entity_org_word_endings.txt"))
    found = []
    for token in doc:
        if not (token.is_title and token.is_alpha and token.lower_.endswith(endings)) or token.lower_ in english:
            continue
        if token.i > 0 and (
            (doc[token.i - 1].is_title and not doc[token.i - 1].is_sent_start) or is_joining_hyphen(doc[token.i - 1])
        ):
            continue  # "Berner Bauernverband", "Luftfahrt-Bundesamt": the model's longer name
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        found.append(Candidate(token.i, end, "ORG", weight, "compound body"))
    return found


# "Servicio Agrícola y Ganadero", "Agricultura e Pecuária", "Waterschap Rijn en IJssel", "Kültür ve Turizm Bakanlığı"
FOREIGN_ANDS = frozenset({"y", "e", "et", "und", "i", "en", "ve"})


def foreign_joined_bodies(doc: Doc, weight: float) -> list[Candidate]:
    """A body named in a language that puts its kind first, whose name joins two fields with that language's "and"
    ("Servicio Agrícola y Ganadero", "Secretaría de Agricultura y Ganadería", "Ministério da Agricultura e
    Pecuária"), which the model cuts at the "and": one organisation, from its first word (entity_org_first_words.txt)
    through the capitalised words after the "and"; in a language that puts its kind last ("Hazine ve Maliye
    Bakanlığı", "Malatya Ticaret ve Sanayi Odası"), from the capitalised words before the "and" through the kind
    (entity_org_words.txt) that closes the words after it."""
    first_words = lexicons.words("entity_org_first_words.txt")
    found = []
    for joiner in doc[1:-1]:
        if joiner.text not in FOREIGN_ANDS or not doc[joiner.i - 1].is_title or not is_titled(doc[joiner.i + 1]):
            continue
        start = joiner.i - 1
        while start > joiner.i - 6 and (doc[start - 1].is_title or doc[start - 1].lower_ in ORG_PARTICLES):
            start -= 1
        kind_first = next((t.i for t in doc[start : joiner.i] if t.lower_ in first_words), None)  # not "The"
        end = joiner.i + 2
        while end < len(doc) and end - joiner.i <= 4 and is_titled(doc[end]):
            end += 1
        if kind_first is not None:
            found.append(Candidate(kind_first, end, "ORG", weight, "foreign joined body"))
        elif doc[end - 1].lower_ in org_words() and end - joiner.i > 2:
            start = next(t.i for t in doc[start : joiner.i] if t.lower_ not in DETERMINERS | ORG_PARTICLES)
            found.append(Candidate(start, end, "ORG", weight, "foreign joined body"))
    return found


def placed_entrants(doc: Doc, weight: float) -> list[Candidate]:
    """A results list's entrant the model missed: a given name and a surname after the place number that opens the
    item, before the bracketed club ("; 2 Hannes Pirker (Schützengilde Mauterndorf) 95"), also after a comma that
    closes the entry before ("1 Ana Lowe (Deep Cove), 2 Colin Hart (Ely)"): a person."""
    found = []
    for place in doc[:-3]:
        after_entry = place.i >= 2 and doc[place.i - 1].text == "," and doc[place.i - 2].text == ")"
        opens = (
            place.i == 0
            or doc[place.i - 1].text.strip(" ") in CLAUSE_OPENERS
            or "\n" in doc[place.i - 1].text
            or after_entry
        )
        if not (opens and place.is_digit and len(place) <= 2 and is_first_name(place.nbor().text)):
            continue
        end = place.i + 2
        while end < len(doc) and end - place.i <= 3 and (is_titled(doc[end]) or is_joining_hyphen(doc[end])):
            end += 1
        if end > place.i + 2 and end < len(doc) and doc[end].text == "(":
            found.append(Candidate(place.i + 1, end, "PERSON", weight, "placed entrant"))
    return found


def kind_first_bodies(doc: Doc, weight: float) -> list[Candidate]:
    """A body named in a language that puts its kind first, which the model missed: a first word of
    entity_org_first_words.txt and the capitalised words after it, particles between ("the Polícia Civil arrested",
    "the Policía Nacional seized"): an organisation; none where the name goes on past what this follows ("Asaib Ahl
    al-Haq", "Université Hassan II")."""
    first_words = lexicons.words("entity_org_first_words.txt")
    found = []
    for kind in doc[:-1]:
        if not kind.is_title or kind.lower_ not in first_words:
            continue
        end = kind.i + 1
        while end < len(doc) and (
            is_titled(doc[end]) or (doc[end].lower_ in ORG_PARTICLES and end + 1 < len(doc) and is_titled(doc[end + 1]))
        ):
            end += 1
        goes_on = end < len(doc) and (  # "Asaib Ahl al-Haq", "Agence Guinéenne d'Électrification", "Hassan II"
            doc[end].lower_ in ROMANCE_LINKS | ORG_PARTICLES | {"al", "el", "-"}
            or ELIDED_LINK.match(doc[end].text)
            or doc[end].is_upper
        )
        if end - kind.i > 1 and not goes_on:
            found.append(Candidate(kind.i, end, "ORG", weight, "kind first"))
    return found


def is_titled(token: Token) -> bool:
    """A word written as a name's: a capital first and lower case after, or the Dutch "IJ" ("IJssel")."""
    return token.is_title or (token.text.startswith("IJ") and token.text[2:].islower())


# What links the words of a body's name in French, Spanish and Portuguese: "Ministère des Forêts, de la Faune et
# des Parcs", "Fundación de los Ferrocarriles Españoles".
ROMANCE_LINKS = frozenset(
    {"de", "des", "du", "d'", "la", "le", "les", "l'", "et", "pour", "aux", "à", "en", "sur"}
    | {"del", "los", "las", "y", "da", "do", "dos", "das", "e"}
)


ELIDED_LINK = re.compile(r"^[dlDL]['’]")  # the "l'" of "l'Abitibi", the "d'" of "d'hygiène"
# Kinds of body English spells alike, which open a body's name in French or Spanish before "de": "Association de
# Sauvegarde de la Médina", "Office National de la Protection Civile".
SENTENCE_CASE_KINDS = frozenset({"association", "office", "centre", "commission", "direction", "union", "institution"})


def sentence_case_bodies(doc: Doc, english: frozenset[str], weight: float) -> list[Candidate]:
    """A body named in French, Spanish or Portuguese, which write only a name's first word and its places with a
    capital: "Fédération des trappeurs gestionnaires du Québec", "Conseil de la culture de l'Abitibi-Témiscamingue",
    "Ministère des Forêts, de la Faune et des Parcs". From a first word of entity_org_first_words.txt and the
    particle after it through the last word before one that is English and followed by no particle ("culture de"
    is the name's, "offered" is not): one organisation, which the model cuts or misses."""
    first_words = lexicons.words("entity_org_first_words.txt") | SENTENCE_CASE_KINDS
    found = []
    for token in doc[:-2]:
        if not token.is_title or token.lower_ not in first_words or doc[token.i + 1].lower_ not in ORG_PARTICLES:
            continue
        end, last = token.i + 1, None
        while end < len(doc) and end - token.i <= 12:
            word, after = doc[end], doc[end + 1] if end + 1 < len(doc) else None
            linked = after is not None and after.lower_ in ROMANCE_LINKS
            joining = word.text == "-" and not word.whitespace_
            if word.lower_ in ROMANCE_LINKS or (word.text == "," and linked) or joining:
                end += 1
                continue
            text = ELIDED_LINK.sub("", word.text)
            named = text.isalpha() and not is_date_word(word) and text[:1].isupper()
            foreign = text.isalpha() and text.islower() and not word.is_stop
            foreign = foreign and ((text not in english and word.lemma_.lower() not in english) or linked)
            if not (named or foreign):
                break
            end += 1
            last = end
        if last is not None:
            found.append(Candidate(token.i, last, "ORG", weight, "sentence-case body"))
    return found


# The endings of Slavic adjectives ("Podravski", "Istarske", "Kulturno", "Lidové", "Hospodářské").
SLAVIC_ADJECTIVE = re.compile(r"\w+(?:sk|ck|čk|n|j|v|ov|ev)(?:i|a|o|e|y|á|é|ý|í)")


def adjective_named_bodies(doc: Doc, english: frozenset[str], weight: float) -> list[Candidate]:
    """A paper or body named in a Slavic language, which writes only a name's first word with a capital: a Slavic
    adjective, no English word, before a noun of entity_sentence_case_nouns.txt and the capitalised words after it
    ("Podravski list reported", "Lidové noviny", "Kulturno društvo Brdo", "Pihalni orkester Lipa"): an
    organisation, which the model cuts or takes for a person."""
    nouns = lexicons.words("entity_sentence_case_nouns.txt")
    found = []
    for token in doc[:-1]:
        noun = doc[token.i + 1]
        if not (token.is_title and SLAVIC_ADJECTIVE.fullmatch(token.text)) or token.lower_ in english:
            continue
        if noun.text not in nouns or (token.i > 0 and doc[token.i - 1].is_title and not token.is_sent_start):
            continue
        end = token.i + 2
        while end < len(doc) and end - token.i <= 4 and is_titled(doc[end]) and doc[end].is_alpha:
            end += 1
        found.append(Candidate(token.i, end, "ORG", weight, "adjective-named body"))
    return found


def prefixed_bodies(doc: Doc, weight: float) -> list[Candidate]:
    """Public bodies named by a prefix of entity_org_prefixes.txt and the capitalised words after it, two joined by
    "and" at the end ("NHS Western Isles", "NHS Greater Glasgow and Clyde", "HM Coastguard"): an organisation; not
    a prefix inside a longer name, nor a product ("the NHS App")."""
    found = []
    for token in doc:
        if token.text not in lexicons.words("entity_org_prefixes.txt") or (
            token.i > 0 and doc[token.i - 1].is_title and not doc[token.i - 1].is_sent_start
        ):
            continue  # not inside a longer name: "Leeds Teaching Hospitals NHS Trust"
        end = token.i + 1
        while end < len(doc) and end - token.i <= 5 and doc[end].is_title and doc[end].is_alpha:
            end += 1
            last = end + 2 == len(doc) or (end + 2 < len(doc) and not doc[end + 2].is_title)
            if end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_title and last:
                end += 1  # "NHS Greater Glasgow and Clyde", not "HM Treasury and Downing Street"
        if end > token.i + 1 and doc[end - 1].lower_ not in lexicons.words("entity_product_nouns.txt"):  # "NHS App"
            found.append(Candidate(token.i, end, "ORG", weight, "prefixed body"))
    return found


SEATED_BODIES = frozenset({"council", "committee", "board", "assembly", "authority"})


def seats_on_bodies(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """A group and the body it sits on, which the model joins at "on": "the Conservatives on Lincolnshire County
    Council", "Labour on Leeds City Council" (two organisations)."""
    found = []
    for c in candidates:
        on = [i for i in range(c.start + 1, c.end - 1) if doc[i].lower_ == "on"]
        if c.label != "ORG" or len(on) != 1 or doc[c.end - 1].lower_ not in SEATED_BODIES:
            continue
        if doc[on[0] - 1].is_title and doc[on[0] + 1].is_title:
            found += [
                Candidate(c.start, on[0], "ORG", weight, "seat"),
                Candidate(on[0] + 1, c.end, "ORG", weight, "seat"),
            ]
    return found


def org_word_names(doc: Doc, candidates: list[Candidate], token_kind: list[str], weight: float) -> list[Candidate]:
    """Names the model missed that end in an organisation word ("Hebridean Link Ferries, which runs seven
    routes", ORG): two to five capitalised proper nouns in prose, or after "the" or a colon in a line in title case
    ("From the General Organization for Veterinary Services", "Source: Financial Services Union", a notice's
    source), the last a word of entity_org_words.txt that is no place's head, not a given name and a surname ("Emily
    Post")."""
    taken = taken_tokens(doc, candidates)
    return [
        Candidate(
            with_place_before(doc, with_body_prefix(doc, i, end, "ORG"), candidates),
            end,
            "ORG",
            weight,
            "org word name",
        )
        for i, end in runs([not taken[t.i] and is_capitalised_name(t) for t in doc])
        if (token_kind[i] == "prose" or (token_kind[i] == "title" and i > 0 and doc[i - 1].lower_ in ("the", ":")))
        and 2 <= end - i <= 5
        and ends_in_org_word(key_of(doc, i, end))
        and not is_surname_after_given(key_of(doc, i, end))
    ]


def members_bodies(doc: Doc, weight: float) -> list[Candidate]:
    """A body named for its members, their plural's apostrophe inside the name: "the Salinas Quinoa Growers’
    Association", "the Barra Young Crofters' Network", "the Sligo Fishermen's Association" (ORG), which the model
    cuts at the apostrophe. Capitalised words (and "of") before the members' noun, up to three after it ending in
    an organisation word; not a country's ("the Netherlands' Public Prosecution Service")."""
    found = []
    for mark in doc[2:-1]:
        members = doc[mark.i - 1]
        plural = mark.text in ("'", "’") and members.text.endswith("s")
        plural = plural or (mark.lower_ in ("'s", "’s") and members.lower_.endswith(("men", "people", "children")))
        if not plural or not members.is_title or members.whitespace_ or members.text in places():
            continue  # not a country's ("the Netherlands' Public Prosecution Service")
        start = mark.i - 1
        while start > 1 and (doc[start - 1].is_title or (doc[start - 1].lower_ == "of" and doc[start - 2].is_title)):
            start -= 1  # "the University of Zambia Students' Union"
        while not doc[start].is_title or doc[start].lower_ in DETERMINERS:
            start += 1
        start -= hyphened_opening(doc, start)  # "the Jalal-Abad Tenants' Association"
        end = mark.i + 1
        while end < len(doc) and end - mark.i <= 3 and (doc[end].is_title or is_joining_hyphen(doc[end])):
            end += 1
        if doc[end - 1].is_title and ends_in_org_word(key_of(doc, start, end)):
            found.append(Candidate(start, end, "ORG", weight, "members' body"))
    return found


def with_place_before(doc: Doc, start: int, candidates: list[Candidate]) -> int:
    """The start of a body's name with the gazetteer's place right before it or hyphened to it, after "the": "the
    Durban High Court", "the Gilgit-Baltistan Government" are one name, not Durban and a court."""
    joined = start - 1 if start > 0 and is_joining_hyphen(doc[start - 1]) else start
    place = next((c for c in candidates if c.end == joined and doc[c.start : c.end].text in places()), None)
    return place.start if place is not None and place.start > 0 and doc[place.start - 1].lower_ == "the" else start


def operators_of_products(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """A capitalised name the model missed right before a product its owner runs: "A Ryanair Boeing 737 MAX
    skidded", "the Lufthansa Airbus A320": the operator, ORG."""
    taken = taken_tokens(doc, candidates)

    def is_operator_word(i: int) -> bool:
        token = doc[i]
        return (
            not taken[i]
            and token.pos_ == "PROPN"
            and token.dep_ == "compound"
            and bool(NAME_WORD.fullmatch(token.text))
        )

    found = []
    for c in candidates:
        if c.label != "PRODUCT" or c.start == 0 or not is_operator_word(c.start - 1):
            continue
        start = c.start - 1
        while start > 0 and c.start - start < 3 and is_operator_word(start - 1):
            start -= 1  # "A Wizz Air Airbus A321"
        found.append(Candidate(start, c.start, "ORG", weight, "operator"))
    return found


def prize_names(doc: Doc, candidates: list[Candidate], token_kind: list[str], weight: float) -> list[Candidate]:
    """Prizes the model missed, capitalised words ending in "Prize(s)", "Award" or "Medal" ("shortlisted for the
    Booker Prize", "The Turner Prize went to"): WORK_OF_ART, as OntoNotes labels them."""
    taken = taken_tokens(doc, candidates)
    return [
        Candidate(i, end, "WORK_OF_ART", weight, "prize")
        for i, end in runs([not taken[t.i] and is_capitalised_name(t) for t in doc])
        if token_kind[i] == "prose" and end - i >= 2 and doc[end - 1].text in PRIZE_WORDS
    ]


def suffixed_companies(doc: Doc, candidates: list[Candidate], token_kind: list[str], weight: float) -> list[Candidate]:
    """Companies the model missed whose last word says so: "Thames Water was fined", "Dalmore Airways cut routes"
    (entity_company_suffixes.txt), two capitalised words or more, or a nationality and the suffix ("Welsh Water");
    after "the", any organisation's word ("the Housing Ombudsman"), with a place's label where that word is a park's
    or a stadium's."""
    taken = taken_tokens(doc, candidates)
    demonyms = {c.start for c in candidates if c.label == "NORP" and c.end - c.start == 1}
    found = []
    for i, end in runs([not taken[t.i] and is_capitalised_name(t) for t in doc]):
        if token_kind[i] != "prose":
            continue
        if i - 1 in demonyms and end - i == 1 and doc[i].lower_ in company_suffixes():
            found.append(Candidate(i - 1, end, "ORG", weight, "company suffix"))  # "Welsh Water", "Scottish Power"
        elif end - i >= 2 and (
            doc[end - 1].lower_ in company_suffixes()
            or (i > 0 and doc[i - 1].lower_ == "the" and doc[end - 1].lower_ in org_words())
        ):
            place = place_words("head").get((doc[end - 1].lower_,))  # "the Djurdjura National Park": a park (LOC)
            found.append(Candidate(i, end, place or "ORG", weight, "company suffix"))
    return found


def is_described_by_who(doc: Doc, start: int, end: int) -> bool:
    """A name, a comma and a relative "who", no day nor the object of "of": "Kovacs, who joined in the summer"; not
    "on Saturday, who", nor "Director of Intelligence who"."""
    return (
        end < len(doc)
        and doc[end].text == ","
        and relative_after(doc, end) == "who"
        and not is_date_word(doc[start])
        and doc[start - 1 : start].text.lower() not in ("of", "the")
    )


def person_parts(
    labels: dict[tuple[str, ...], str], texts_of: dict[tuple[str, ...], list[str]]
) -> set[tuple[str, ...]]:
    """First and last words of the document's full person names, as one-word keys (a hyphenated surname whole).

    Only names written as names count ("Brock Holt", "J. Smith"); in "Patrick Gordon of
    Auchleuchries" the word after "of" is a place, not a surname.
    """
    parts = set()
    for key, label in labels.items():
        texts = texts_of.get(key, [])
        if label != "PERSON" or len(key) < 2 or not all(is_name_part(w) for w in texts) or is_place_name(key):
            continue
        if len(key[0]) > 2 and not key[0].endswith("."):
            parts.add(key[:1])
        if "of" not in key:
            last = len(key) - 1
            while last >= 3 and key[last - 1] == "-":  # a double-barrelled surname whole: "Reid-Hollis"
                last -= 2
            parts.add(key[last:])
    return parts


def company_short_names(
    labels: dict[tuple[str, ...], str], texts_of: dict[tuple[str, ...], list[str]]
) -> set[tuple[str, ...]]:
    """Names of the document that are a company's name without its suffix ("Sunrise" of "Sunrise Telecom",
    "Meridian" of "Meridian Group"), also without a leading set of initials ("Ericsson" of "LM Ericsson AB"), or
    the first of its two words when that is no one's given name or common surname and the second no organisation
    word ("Hanbit" of "Hanbit Cells", not "Morgan" of "Morgan Stanley" nor "Trump" of "Trump Organization"): the
    company, whatever the model called them."""
    shorts = set()
    for key, label in labels.items():
        if label != "ORG" or len(key) < 2:
            continue
        texts = texts_of.get(key, [])
        if key[-1].lower() not in company_suffixes():
            first = key[:1]
            if (
                len(key) == 2
                and key[-1] not in org_words()  # "Trump Organization", "Gates Foundation": named after someone
                and key[-1:] not in place_words("head")  # "Trump Tower"
                and first in labels
                and labels[first] != "ORG"
                and is_name_part(texts[0])
                and not is_first_name(texts[0])
                and first[0] not in lexicons.words("entity_common_surnames.txt")
            ):
                shorts.add(first)
            continue
        core = [key[:-1]] + ([key[1:-1]] if len(key) >= 3 and INITIALS_PREFIX.fullmatch(texts[0]) else [])
        for short in core:
            if short in labels and labels[short] != "ORG" and all(is_name_part(w) for w in texts[-1 - len(short) : -1]):
                shorts.add(short)
    return shorts


def outlets_named_before(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """A name right before "news agency", "newspaper" or another outlet noun after "the" is the outlet's: "the
    Yonhap news agency said" (the model: a nationality); no place of the gazetteer ("the Iranian news agency")."""
    found = []
    for noun in doc:
        if noun.lower_ not in outlet_nouns() or noun.pos_ != "NOUN":
            continue
        end = noun.i - 1 if noun.i > 0 and doc[noun.i - 1].lower_ == "news" else noun.i
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN" and NAME_TOKEN.fullmatch(doc[start - 1].text):
            start -= 1
        if (
            start < end
            and start > 0
            and doc[start - 1].lower_ in ("the", "official", "run", "owned")  # "the state-run Anadolu news agency"
            and key_of(doc, start, end) not in place_of
            and doc[start:end].text not in places()
        ):
            found.append(Candidate(start, end, "ORG", weight, "kind noun"))
    return found


def described_after(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], english: frozenset[str], weight: float
) -> list[Candidate]:
    """The subject of a clause that "the" kind of organisation then reports ("Vinhomes will build 20,000 flats, the
    developer told the exchange"): ORG, where the model missed it or took it for a person; not a place of the
    gazetteer, a given name (unless "its" follows it: "Albert Heijn will stop selling crisps in its stores, the
    grocer said"), a common surname or an English word the tagger takes for a common noun ("Prices rose,
    the company said"; "Hush sold a million earbuds" is a name), nor someone a news agency reports on, who is then
    he or she, whose age is given, or whose job or life the clause is about."""
    labels = {(c.start, c.end): c.label for c in candidates}
    taken = taken_tokens(doc, candidates)
    found = []
    speech_verbs = lexicons.words("speech_verbs.txt")
    for cue in doc:
        if cue.lemma_ not in speech_verbs:
            continue
        describer = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if (
            describer is None
            or describer.pos_ != "NOUN"
            or hyphened_word(describer) not in organisation_kinds()
            or describer.lower_ in outlet_nouns()  # "..., the Interfax agency reported": about anyone
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in describer.children)
        ):
            continue
        if cue.dep_ in ("parataxis", "ccomp") and cue.head.i < cue.i:
            clause = cue.head  # "Barilla will shrink its packs, the company said"
        else:
            clause = next((c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i < cue.i), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None) if clause else None
        if subject is None or not subject.is_title or subject.pos_ not in ("PROPN", "NOUN"):
            continue
        start = subject.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        end = subject.i + 1
        label = labels.get((start, end))
        if (
            key_of(doc, start, end) in place_of
            or (is_first_name(doc[start].text) and pronoun_label(doc[end : cue.i]) != "ORG")  # "Albert Heijn ... its"
            or (end - start == 1 and {subject.lower_, subject.lemma_.lower()} & english and subject.tag_ != "NNP")
            or subject.lower_ in lexicons.words("entity_common_surnames.txt")
            or is_personal_event(clause)
            or pronoun_label(doc[end : cue.i]) == "PERSON"  # "Lavrenov denied the charges through his lawyer"
            or has_age(doc, start, end)  # "Vitor Hugo Sampaio, 19, has joined ..., the club said"
            or (any(taken[start:end]) and label not in ("PERSON", "GPE"))
        ):
            continue
        found.append(Candidate(start, end, "ORG", weight, "described"))
    return found


def reporting_outlets(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], weight: float
) -> list[Candidate]:
    """The subject of "reported that ..." or of a report's closing ", ... reported.", the one a report's teller
    closes it by telling (", its chairman said, told Al Ghad."), and the name right before a verb of what outlets
    do to a story ("Radio Neo1 broadcast her speech", "Al-Ahram ran a picture"): a newspaper, broadcaster or agency
    (ORG) where the model missed it or took it for a person ("Gazeta Wyborcza reported on Monday that", "Dawn
    reported that", "..., Zodiak Online reported."): news is reported by outlets, and a person who reports, films
    or photographs is named in full or by surname, which the document's other mentions vote for; not a place, nor
    a part of a longer name."""
    found = []
    for verb in doc:
        clause = any(c.dep_ == "ccomp" for c in verb.children)
        auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and (verb.tag_ != "VBN" or auxiliary):  # ", Youm7 reported."
            continue
        if verb.lemma_ == "report" and (clause or closes_sentence(verb) or reports_a_story(verb)):
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
            subject = subjects[-1] if subjects else None
            closing = clause or (subject is not None and end_of_named(subject) == verb.i)  # not a list's first name
            subject = subject if subject is not None and closing and is_proper_head(subject) else None
        elif verb.lemma_ == "tell" and closes_report(verb):
            subject = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None)
            subject = subject if subject is not None and closes_sentence(subject) else None
        elif is_outlet_verb(verb) or verb.lemma_ in CLOSING_OUTLET_VERBS:
            subjects = outlet_subjects(verb)
            if verb.lemma_ in CLOSING_OUTLET_VERBS and not (subjects and closes_list_of_clauses(subjects[0])):
                continue
            subject = subjects[0] if subjects else None
            titled = subject is not None and subject.is_title and has_named_article(doc, subject.left_edge.i + 1)
            lettered = subject is not None and closes_list_of_clauses(subject)
            lettered = lettered and (
                is_letters_name(subject) or (subject.is_title and subject.i == subject.left_edge.i)
            )
            if subject is None or not (is_proper_head(subject) or titled or lettered):
                continue
            if len(subjects) > 1 and all(is_proper_head(s) for s in subjects):
                found += [
                    c for s in subjects[1:] if (c := reporting_outlet(doc, candidates, place_of, verb, s, weight))
                ]
        else:
            continue
        if subject is None:
            continue
        if outlet := reporting_outlet(doc, candidates, place_of, verb, subject, weight):
            found.append(outlet)
    return found


def reporting_outlet(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], verb: Token, subject: Token, weight: float
) -> Candidate | None:
    """The outlet a subject of a reporting or outlet's verb names: from its first name word through its head, past
    a trade or title before a person's name; none for a place, a person's full name or a part of a longer name."""
    named = [c.i for c in subject.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and not c.is_lower]
    start = min([*named, subject.i])  # not "daily" of "the sports daily Marca"
    joined = doc[subject.left_edge.i : subject.i]  # a first word the parser hangs on a particle ("X al-Y")
    if joined and joined[0].is_title and all(t.pos_ == "PROPN" for t in joined):
        start = subject.left_edge.i
    while start < subject.i and (
        doc[start].lower_ in lexicons.words("speaker_person_nouns.txt") or is_title_word(doc[start])
    ):
        start += 1  # "Photographer Ama Boateng filmed the march": a person, after her trade
    end = end_of_named(subject)
    placed_first = key_of(doc, start, start + 1) in place_of  # "France Bleu Gard Lozère reported"
    paper = doc[end - 1].text in newspaper_words()  # "the Hamilton Spectator printed"
    personal = verb.lemma_.lower() in PERSONAL_OUTLET_VERBS or verb.lemma_ in ("report", "tell")
    full_name = personal and end - start > 1 and given_name_first(doc, start, end) and not placed_first
    surname_last = doc[end - 1].lower_ in lexicons.words("entity_common_surnames.txt")
    listed_last = closes_list_of_clauses(subject) and not surname_last  # "..., and Ravi Darpan reported the change."
    full_name = full_name and not paper and not listed_last
    crossed = any(c.start < end and c.end > start and (c.start < start or c.end > end) for c in candidates)
    if key_of(doc, start, end) in place_of or full_name or crossed:
        return None
    return Candidate(start, end, "ORG", weight, "reporting outlet")


def reports_a_story(verb: Token) -> bool:
    """Whether "reported" ends its sentence with what it reported, after "the" and told to no one: how a story
    closes on the outlet that carried it ("..., and Rappler reported the offers."); not "reported the theft to
    police"."""
    story = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        story is not None
        and story.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in story.children)
        and closes_sentence(story.right_edge)
        and not any(c.dep_ in ("prep", "dative") for c in verb.children)
    )


def listed_outlets(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """The words between the "and" closing a list of clauses and a verb of what outlets do to a story, capitalised
    or with digits, a particle between them: an outlet the parser cuts or reads as a number ("..., and O Tempo ran
    aerial photos", "..., and Hoje em Dia photographed", "..., and 2XL broadcast the results", "..., and Radio 5
    reported that"); not a place, nor a person's full name before what a person does too."""
    found = []
    for verb in doc:
        reports = verb.lemma_ == "report" and any(c.dep_ == "ccomp" for c in verb.children)
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or not (reports or is_outlet_verb(verb)):
            continue
        start = verb.i
        while start > 0 and is_outlet_name_word(doc[start - 1]):
            start -= 1
        while start < verb.i and doc[start].is_lower:
            start += 1
        if start < 2 or doc[start - 1].lower_ != "and" or doc[start - 2].text not in (",", ";"):
            continue
        words = doc[start : verb.i]
        if len(words) < 2 and not any(c.isdigit() for c in words.text):
            continue
        personal = verb.lemma_.lower() in PERSONAL_OUTLET_VERBS or reports
        if key_of(doc, start, verb.i) in place_of or (personal and given_name_first(doc, start, verb.i)):
            continue
        found.append(Candidate(start, verb.i, "ORG", weight, "listed outlet"))
    return found


def is_letters_name(token: Token) -> bool:
    """A word of two to five capitals the parser took for a common noun: "LBCI", "KTN"."""
    return 2 <= len(token.text) <= 5 and token.text.isalpha() and token.text.isupper()


def closes_list_of_clauses(token: Token) -> bool:
    """Whether the word follows the "and" after a comma or semicolon that opens a list's last clause (", and LBCI
    broadcast the chase"): where a story closes on the outlet that carried it."""
    doc = token.doc
    start = token.left_edge.i
    return start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].text in (",", ";")


def is_outlet_name_word(token: Token) -> bool:
    """A word of an outlet's name: capitalised, a digit's ("2XL", "Radio 5"), a joining hyphen or a particle."""
    return (
        token.text[:1].isupper()
        or token.text[:1].isdigit()
        or is_joining_hyphen(token)
        or (token.is_lower and token.text in NAME_PARTICLES | {"em", "das", "dos"})
    )


# What people do to a story too, so a full name before them is a person's: "Ama Boateng filmed the march".
PERSONAL_OUTLET_VERBS = frozenset(
    {
        "film",
        "photograph",
        "interview",
        "publish",
        "stream",
        "livestream",
        "review",
        "profile",
        "cover",
        "write",
        "post",
    }
)


# Verbs an outlet does to a story only with a noun of entity_story_nouns.txt after them ("ran a picture"), and only
# with the preposition of a story's topic ("reported on the graduation", "wrote about the vote"; not "wrote on X").
STORY_OBJECT_VERBS = frozenset({"run", "carry", "send", "share", "post"})
STORY_TOPIC_VERBS = {"report": "on", "write": "about"}


def is_outlet_verb(verb: Token) -> bool:
    """A verb of what an outlet does to a story (entity_outlet_verbs.txt): "broadcast her speech", "photographed
    the herd", "covered the hearing", "ran a picture", "sent a reporter", "posted a video" (STORY_OBJECT_VERBS only
    with a noun of entity_story_nouns.txt after them), "reported on the graduation", "wrote about the vote"."""
    lemma = verb.lemma_.lower()
    if lemma in STORY_TOPIC_VERBS:
        return any(c.dep_ == "prep" and c.lower_ == STORY_TOPIC_VERBS[lemma] for c in verb.children)
    if lemma not in lexicons.words("entity_outlet_verbs.txt"):
        return False
    if lemma in STORY_OBJECT_VERBS:
        return any(c.dep_ == "dobj" and c.lower_ in lexicons.words("entity_story_nouns.txt") for c in verb.children)
    return True


# What an outlet does to a story when its name closes a list of clauses ("..., and Radio Lusa counted the stalls",
# "..., and Kanal Zeta tested a sample"); a name before them elsewhere may be anyone's ("Jones counted the money").
CLOSING_OUTLET_VERBS = frozenset({"count", "list", "test", "follow", "tally", "map"})


def outlet_subjects(verb: Token) -> list[Token]:
    """The heads of the names an outlet's verb tells of: its subject right before it, or the subject and the names
    joined to it by "and" when the last stands right before the verb or before "both" ("..., and Radio Kaya and
    Tele Sur both filmed the queue"): each an outlet, as news closes a story on those that carried it."""
    subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subject is None:
        return []
    if subject.i == verb.i - 1:
        return [subject]
    names = sorted([subject, *subject.conjuncts], key=lambda t: t.i)
    between = verb.doc[names[-1].i + 1 : verb.i]
    return names if len(names) > 1 and all(t.lower_ in ("both", "all") for t in between) else []


def closes_sentence(token: Token) -> bool:
    """Whether the token is the last word of its sentence or of a clause ended by a semicolon."""
    after = token.i + 1
    return (after < len(token.doc) and token.doc[after].text in (".", ";")) or after == token.sent.end


def closes_report(verb: Token) -> bool:
    """Whether a verb closes the report said before it ("The group has bought two buses, its chairman told ...",
    "..., his family told ...")."""
    hung = verb.dep_ in ("ccomp", "parataxis", "conj") and verb.head.i < verb.i
    teller = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    set_off = teller is not None and teller.left_edge.i > 0 and verb.doc[teller.left_edge.i - 1].text == ","
    return hung or set_off or any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)


def end_of_named(head: Token) -> int:
    """The end of the name a proper noun heads: after its "of" and the capitalised name of that ("Echo of Arunachal",
    "Voice of America"), else right after it."""
    named_of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if (
        named_of is not None
        and head.pos_ == "PROPN"
        and all(t.is_title or t.is_punct for t in head.doc[named_of.i + 1 : named_of.right_edge.i + 1])
    ):
        return named_of.right_edge.i + 1
    return head.i + 1


def is_proper_head(token: Token) -> bool:
    """A name's last word: a proper noun, or a capitalised noun after one ("Bénin Web TV")."""
    named_before = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not token.is_lower and named_before)


def is_personal_event(verb: Token) -> bool:
    """A verb of a person's job or life (the EMPLOY and LIFE rows of event_types.csv: "Jenkins will step down, the
    company said", "died"), or a copula: what an organisation reports about someone, not what it does."""
    particle = " ".join([verb.lemma_, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    return verb.lemma_ in personal_events() or particle in personal_events() or verb.lemma_ == "be"


@lru_cache(maxsize=1)
def personal_events() -> frozenset[str]:
    """The actions of a person's job or life: the EMPLOY and LIFE rows of data/lexicons/event_types.csv."""
    return frozenset(row["key"] for row in lexicons.rows("event_types.csv") if row["event_type"] in ("EMPLOY", "LIFE"))


def is_subject_hung_as_appositive(kind: Token) -> bool:
    """A kind the parser set beside the name before it that is a name of its own or the subject of the verb after
    it: "flooding in Quảng Ngãi, the Ministry of Culture, Sports and Tourism said" (the ministry speaks; the
    place is no ministry), "1 Ana Lowe (Deep Cove Ski Club)" (the club a racer is in)."""
    after = kind.right_edge.i + 1
    opening = kind.left_edge.i if kind.left_edge.text == "(" else kind.left_edge.i - 1
    bracketed = opening >= 0 and kind.doc[opening].text == "("
    named = kind.is_title and (
        bracketed
        or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children) for c in kind.children
        )
    )
    return named or (after < len(kind.doc) and kind.doc[after].tag_ in FINITE_TAGS)


def kind_named(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """Names the sentence says are an organisation, found anew where the model missed them: right after their kind
    ("shipping group Meridian", "the ports union VHA"), beside it ("Kestrel, the drone maker,", "the travel chain,
    Traveland,") or after a noun
    whose "of" names a company ("chief executive of Havbris", "shares of Anchor"). After a kind that is also a
    trade, a name opening with a given name stays a person's ("software developer Anna Berg"), after any kind a name
    ending in a hyphened surname ("kite maker Irfan Lamato-Bonsu")."""
    starts = {c.start: c.end for c in candidates}
    ends = {c.end: c.start for c in candidates}
    found = []
    for token in doc[:-1]:
        after_comma = False
        hyphened = hyphened_word(token) != token.lower_  # "start-up", whose "up" the tagger reads as a particle
        kind = (hyphened_word(token) in organisation_kinds() and (token.pos_ in ("NOUN", "PROPN") or hyphened)) or (
            token.lower_ in outlet_nouns() and token.pos_ in ("NOUN", "ADJ", "PROPN") and not token.is_title
        )  # "the news weekly Der Spiegel", "the sports daily Marca"; not "The Brooklyn Paper, The New York Times"
        named_next = doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].is_title  # "appliance maker Northbay Home"
        if kind and token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i and not named_next:
            if names_a_member(doc[token.head.i + 1 : token.i]) or is_subject_hung_as_appositive(token):
                continue  # "Paola Ferretti, the head of the region's civil protection agency,": one of its people
            end = token.head.i + 1
            start = ends.get(end, end - 1)
            while (
                start > 0
                and end - start < 4
                and start == end - 1
                and doc[start - 1].dep_ == "compound"
                and NAME_TOKEN.fullmatch(doc[start - 1].text)
            ):
                start -= 1
        elif kind and doc[token.i + 1].text == "," and token.i + 2 < len(doc):  # "the travel chain, Traveland,"
            start = token.i + 2
            end = max(starts.get(start, start), name_end(doc, start))  # the name up to its comma
            if end >= len(doc) or doc[end].text != ",":
                continue
            after_comma = True
        elif (kind and not token.is_title) or (
            token.lower_ in lexicons.words("entity_company_of_nouns.txt") and doc[token.i + 1].lower_ in OWNED_BY
        ):
            start = token.i + 1 if kind else token.i + 2
            if start >= len(doc) or doc[start].ent_type_ in DATE_LABELS or doc[start].pos_ == "PRON":
                continue  # "the website I built"
            end = starts.get(start) or name_end(doc, start)
            if not kind and doc[token.i + 1].lower_ == "in" and is_place_word(doc, start, end):
                continue  # "shares in London closed higher": the market's place
            if not kind:  # "shares in Shell and Greggs": each company of the list
                found += listed_after(doc, end, starts, weight)
        else:
            continue
        if end <= start:
            continue
        words = [t.text for t in doc[start:end]]
        trade = token.lower_ in lexicons.words("entity_agent_kinds.txt")  # "Jones, the publisher," may be a person
        no_org_word = words[-1].lower() not in org_words() and not ends_as_company(doc, start, key_of(doc, start, end))
        trade_person = trade and (token.dep_ == "appos" or is_first_name(words[0])) and no_org_word
        # "kite maker Irfan Lamato-Bonsu", "candle maker Ali bin Omar Al Harthi"
        patronymic = no_org_word and bool(set(words[1:-1]) & PATRONYMICS)
        person_shaped = not after_comma and (has_hyphened_surname(words) or patronymic)
        spokesperson = after_comma and is_first_name(words[0]) and no_org_word  # "for the company, Gareth Nelson,"
        holder = after_comma and names_its_holder(token, start, end)  # "The head of the association, Issouf Traoré,"
        if not (trade_person or person_shaped or spokesperson or holder):
            found.append(Candidate(start, end, "ORG", weight, "kind noun"))
    return found


PORTFOLIO_KINDS = frozenset({"ministry", "department", "board", "airport"})  # "the Finance ministry": a portfolio


def named_before_kind(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], weight: float
) -> list[Candidate]:
    """Names the model missed between "the", with any lower-case adjectives, and their kind of organisation: "the
    Unite union", "the Wagner group", "the Reform party", "the nationalist Vazrazhdane party" (ORG); not a portfolio
    before its ministry ("the Finance ministry") nor a place."""
    taken = taken_tokens(doc, candidates)
    found = []
    for kind in doc[2:]:
        if hyphened_word(kind) not in organisation_kinds() or kind.lower_ in PORTFOLIO_KINDS or not kind.is_lower:
            continue
        start = kind.i
        while start > 0 and kind.i - start < 3 and not taken[start - 1] and is_capitalised_name(doc[start - 1]):
            start -= 1
        det = start - 1
        while det > 0 and start - det <= 3 and doc[det].is_lower and (doc[det].pos_ == "ADJ" or is_hyphened(doc, det)):
            det -= 1  # "the nationalist", "the far-right"
        if start < kind.i and det >= 0 and doc[det].lower_ == "the" and key_of(doc, start, kind.i) not in place_of:
            found.append(Candidate(start, kind.i, "ORG", weight, "kind noun after"))
    return found


def owned_kind_names(doc: Doc, weight: float) -> list[Candidate]:
    """A name between "his", "her" or "their" and a kind of organisation is someone's team, party or union: "his
    Soudal Quick-Step team said", "her Unite union" (ORG); a person is never had that way."""
    kinds = organisation_kinds() | {noun for noun, label in appositive_kinds().items() if label == "ORG"}
    found = []
    for kind in doc[2:]:
        if hyphened_word(kind) not in kinds or not kind.is_lower:
            continue
        start = kind.i
        while start > 0 and kind.i - start < 5 and (is_name_word(doc[start - 1]) or is_joining_hyphen(doc[start - 1])):
            start -= 1
        if start < kind.i and start > 0 and doc[start - 1].lower_ in ("his", "her", "their"):
            found.append(Candidate(start, kind.i, "ORG", weight, "owned kind"))
    return found


def related_companies(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """A name right after "its" and what one organisation is to another (data/lexicons/entity_company_relations.txt):
    "its rival Lidl said", "its American parent Walgreens" (ORG), what an organisation's rival or parent is."""
    starts = {c.start: c.end for c in candidates}
    relations = lexicons.words("entity_company_relations.txt")
    found = []
    for noun in doc[:-1]:
        if noun.lemma_ not in relations or not noun.is_lower:
            continue
        owner = noun.i - 1
        while owner > 0 and noun.i - owner < 3 and doc[owner].pos_ == "ADJ":  # "its American parent"
            owner -= 1
        if doc[owner].lower_ != "its":
            continue
        start = noun.i + 1
        end = starts.get(start) or name_end(doc, start)
        if end > start and doc[start].pos_ == "PROPN":
            found.append(Candidate(start, end, "ORG", weight, "related company"))
    return found


def owned_products(doc: Doc, companies: frozenset[Key], weight: float) -> list[Candidate]:
    """The whole name between "its" or a maker's possessive and a kind of product, which the model may have missed or
    cut short: "its Aditya-L1 probe", "its Exynos 2600 chip" (PRODUCT); is_product_line votes so on the model's
    names. Not a listed company ("its Airbus jets": the maker)."""
    found = []
    for kind in product_kind_nouns(doc):
        start = product_name_start(doc, kind.i)
        if (
            start < kind.i
            and start > 0
            and is_name_word(doc[start])
            and (doc[start - 1].lower_ == "its" or doc[start - 1].text in POSSESSIVES)
            and key_of(doc, start, kind.i) not in companies
        ):
            found.append(Candidate(start, kind.i, "PRODUCT", weight, "owned product"))
    return found


def native_lower_names(doc: Doc, place_of: dict[Key, Place], english: frozenset[str], weight: float) -> list[Candidate]:
    """Names in a language that writes only their first word capitalised: "Komerční banka", "Správa železnic",
    "Svenska kraftnät", "Nejvyšší státní zastupitelství" (ORG), which the model cuts after the capital. A capitalised
    word that is no English word, place or given name, then lower-case words that are no English words either, one
    of the two first words with a letter English does not write."""
    found = []
    for token in doc[1:]:
        first = doc[token.i - 1]
        if not first.is_title or not is_foreign_lower(token, english) or is_foreign_lower(first, english):
            continue
        if is_english_word(first, english) or (first.text,) in place_of or is_first_name(first.text):
            continue
        if first.i > 0 and doc[first.i - 1].is_title and not doc[first.i - 1].is_sent_start:
            continue  # the end of a longer capitalised name
        if first.text.isascii() and token.text.isascii():
            continue  # "Emzor paracetamol", "its Diia app": a brand and an English word the dictionary lacks
        end = token.i + 1
        while end < len(doc) and is_foreign_lower(doc[end], english):
            end += 1
        found.append(Candidate(first.i, end, "ORG", weight, "native name"))
    return found


FOREIGN_AND = frozenset({"y", "et", "e", "ed", "și", "şi", "und", "i", "och", "og", "ve"})  # no English name has one
NATIVE_JOINERS = NAME_PARTICLES | {
    "della",
    "delle",
    "degli",
    "dei",
    "der",
    "für",
    "pentru",
    "para",
    "pour",
    "per",
    "voor",
}


def joined_native_names(doc: Doc, weight: float) -> list[Candidate]:
    """Names of bodies in their own language whose two halves an "and" of that language joins, each of two words or
    more: "Servicio Nacional de Sanidad y Calidad Agroalimentaria", "Ministerul Agriculturii și Dezvoltării Rurale",
    "Direction de la Pharmacie et du Médicament" (ORG), which the model cuts at the "and". Not "Ortega y Gasset",
    "Trinidad y Tobago" (a word on one side)."""
    found = []
    for token in doc[1:-1]:
        if token.text not in FOREIGN_AND or not doc[token.i - 1].is_title:
            continue
        start = native_run_start(doc, token.i)
        end = native_run_end(doc, token.i + 1)
        if token.i - start >= 2 and end - token.i - 1 >= 2 and doc[end - 1].is_title:
            found.append(Candidate(start, end, "ORG", weight, "joined native name"))
    return found


def native_run_start(doc: Doc, end: int) -> int:
    """Where the capitalised words and particles of a name ending before `end` begin ("Agenția de Plăți")."""
    start = end
    while start > 0 and (doc[start - 1].is_title or (doc[start - 1].text in NATIVE_JOINERS and start < end)):
        start -= 1
        if doc[start].is_sent_start:
            break
    while doc[start].text in NATIVE_JOINERS or doc[start].lower_ == "the":
        start += 1
    return start


def native_run_end(doc: Doc, start: int) -> int:
    """Where the particles and capitalised words of a name from `start` end ("du Médicament", "Dezvoltării
    Rurale"), at its last capitalised word."""
    end = last_title = start
    while end < len(doc) and (doc[end].is_title or doc[end].text in NATIVE_JOINERS):
        end += 1
        if doc[end - 1].is_title:
            last_title = end
    return last_title


def is_foreign_lower(token: Token, english: frozenset[str]) -> bool:
    """A lower-case word of three letters or more that is no English word, calling ("orienteer") nor a particle of a
    name ("der", "del"): "banka", "železnic"."""
    return (
        token.is_lower
        and token.is_alpha
        and len(token) >= 3
        and not token.is_stop
        and token.lower_ not in NAME_PARTICLES | SURNAME_PARTICLES | NAME_CONNECTORS
        and not is_english_word(token, english)
        and not is_calling_noun(token)
    )


def is_english_word(token: Token, english: frozenset[str]) -> bool:
    """Whether a word, or a stem of it, is in the lemmatizer's dictionary."""
    return bool({token.lemma_.lower(), *HeadlineReader.stems(token.lower_)} & english)


def counted_products(doc: Doc, place_of: dict[Key, Place], companies: frozenset[Key], weight: float) -> list[Candidate]:
    """A name between a count and a kind of product (entity_product_nouns.txt), a word or two of description aside:
    "sold 412 Grande Panda hatchbacks", "38,000 VF 3 mini cars" (PRODUCT), what sales and orders are counted in; two
    one-word makes joined by "and" ("90 Škoda and Tatra cars"). Not a listed maker ("40 Toyota cars") or a
    nationality ("12 Chinese jets")."""
    found = []
    for kind in product_kind_nouns(doc):
        end = kind.i
        while end > 0 and kind.i - end < 2 and doc[end - 1].is_lower and doc[end - 1].pos_ == "ADJ":
            end -= 1  # "mini"
        start = product_name_start(doc, end)
        key = key_of(doc, start, end)
        if (
            start < end
            and start > 0
            and doc[start - 1].like_num
            and is_name_word(doc[start])
            and key not in place_of
            and key[:1] not in place_of
            and key not in companies
        ):
            found.append(Candidate(start, end, "PRODUCT", weight, "counted product"))
        elif start > 2 and doc[start - 1].lower_ == "and" and doc[start - 3].like_num:  # "90 Škoda and Tatra cars"
            for s, e in ((start - 2, start - 1), (start, end)):
                make = key_of(doc, s, e)
                if e - s == 1 and is_name_word(doc[s]) and make not in place_of and make not in companies:
                    found.append(Candidate(s, e, "PRODUCT", weight, "counted product"))
    return found


def contained_products(doc: Doc, place_of: dict[Key, Place], weight: float) -> list[Candidate]:
    """A name right after what goods come in and "of" (data/lexicons/entity_container_nouns.txt): "cans of Red Bull",
    "bags of Sensations" (PRODUCT); not a place ("a tin of Argentina" is left to the gazetteer), nor after "the", nor a
    maker before its goods ("a box of Apple chargers")."""
    containers = lexicons.words("entity_container_nouns.txt")
    found = []
    for token in doc[:-2]:
        if token.lower_ not in containers or token.nbor().lower_ != "of":
            continue
        start = token.i + 2
        end = name_end(doc, start)
        maker = end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN"  # "a box of Apple chargers"
        if end > start and key_of(doc, start, end) not in place_of and not maker:
            found.append(Candidate(start, end, "PRODUCT", weight, "contained product"))
    return found


def designated_products(doc: Doc, weight: float) -> list[Candidate]:
    """A name with a hyphened number right before or after a kind of product (entity_product_nouns.txt), or before
    one described by lower-case words or set beside it after a comma: "A Soyuz-2.1a rocket", "the Tsetseg-2
    satellite", "the communications satellite KazSat-4", "its Köpetdag-1 Earth-observation satellite", "Kaloni-1,
    Tonga's first nanosatellite," (PRODUCT), which the model tags as a number or misses."""
    kinds = lexicons.words("entity_product_nouns.txt")
    found = []
    for token in doc:
        if not HYPHENED_DESIGNATOR.fullmatch(token.text):
            continue
        beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)] + kind_described_after(token)
        if any(t.is_lower and t.lemma_.lower() in kinds for t in beside):
            found.append(Candidate(token.i, token.i + 1, "PRODUCT", weight, "designated product"))
    return found


def saints_with_epithets(doc: Doc, weight: float) -> list[Candidate]:
    """A saint named with the epithet or the town that tells them apart, as feast days give them: "St John the
    Baptist", "St Anthony of Padua" (PERSON), which the model cuts before "the" or "of"; not a church named after
    one ("St Anthony of Padua Church")."""
    found = []
    for token in doc[:-3]:
        if token.text not in SAINT_TITLES or not doc[token.i + 1].is_title:
            continue
        link, epithet = doc[token.i + 2], doc[token.i + 3]
        named = epithet.is_title and epithet.is_alpha
        told_apart = (link.lower_ == "the" and named) or (link.lower_ == "of" and named and epithet.text in towns())
        after = doc[token.i + 4] if token.i + 4 < len(doc) else None
        if told_apart and not (after is not None and after.is_title):
            found.append(Candidate(token.i, token.i + 4, "PERSON", weight, "saint"))
    return found


SAINT_TITLES = frozenset({"St", "St.", "Saint"})


def named_models(doc: Doc, weight: float) -> list[Candidate]:
    """A maker of entity_product_brands.txt and the one capitalised word of its model's name, where a year, a kind
    of product or a thing's determiner marks a thing, not the maker: "Toyota Fortuner 2018, diesel", "a Nissan
    Frontier pickup", "his Dacia Logan" (PRODUCT); not "Toyota Motor" or "Toyota Kenya"."""
    kinds = lexicons.words("entity_product_nouns.txt")
    found = []
    for token in doc[:-1]:
        model = doc[token.i + 1]
        if not is_brand(token.text) or not (model.is_title and model.is_alpha and token.whitespace_):
            continue
        if model.lower_ in org_words() | company_suffixes() or model.text in places():
            continue
        after = doc[model.i + 1] if model.i + 1 < len(doc) else None
        year = after is not None and YEAR.fullmatch(after.text) is not None
        kind = after is not None and after.is_lower and after.lemma_.lower() in kinds
        owned = token.i > 0 and doc[token.i - 1].lower_ in THING_DETERMINERS
        if year or kind or owned:
            found.append(Candidate(token.i, model.i + 1, "PRODUCT", weight, "named model"))
    return found


YEAR = re.compile(r"(?:19|20)\d\d")
THING_DETERMINERS = frozenset({"a", "an", "his", "her", "their", "my", "our", "your"})


def kind_described_after(token: Token) -> list[Token]:
    """The noun a name's description after it ends in: "satellite" of "Köpetdag-1 Earth-observation satellite" (a
    compound before it) or of "Kaloni-1, Tonga's first nanosatellite," (set beside it)."""
    doc = token.doc
    described = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    end = token.i + 1
    while end < len(doc) and end - token.i <= 4 and (doc[end].text == "-" or doc[end].pos_ in ("NOUN", "PROPN", "ADJ")):
        end += 1
    compound = [doc[end - 1]] if end > token.i + 2 else []
    return described + compound


def product_kind_nouns(doc: Doc) -> list[Token]:
    """The lower-case kinds of product of data/lexicons/entity_product_nouns.txt after a Doc's first two tokens
    ("rocket", "hatchbacks"), not those that are people ("Al Qaeda fighters")."""
    kinds = lexicons.words("entity_product_nouns.txt")
    return [
        t
        for t in doc[2:]
        if t.is_lower and t.lemma_.lower() in kinds and t.lemma_.lower() not in PRODUCT_NOUNS_OF_PEOPLE
    ]


def product_name_start(doc: Doc, end: int) -> int:
    """Where the name of a product that ends at token `end` (before its kind) starts: up to five words of a name
    (`is_product_name_part`); `end` when there is none."""
    start = end
    while start > 0 and end - start < 5 and is_product_name_part(doc[start - 1], start == end):
        start -= 1
    return start


def is_product_name_part(token: Token, before_noun: bool) -> bool:
    """A word of a product's name before its kind noun: a capitalised word, a joining hyphen, a designator ("L1"),
    or a number right before the noun ("2600" of "its Exynos 2600 chip")."""
    return (
        is_name_word(token)
        or is_joining_hyphen(token)
        or MODEL_DESIGNATOR.fullmatch(token.text) is not None
        or (token.like_num and before_noun)
    )


def is_name_word(token: Token) -> bool:
    """A capitalised word the parser may call a name or a noun: "Uno", "X" of "Uno-X Mobility"."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper()


PURPOSE_JOINERS = frozenset({"and", "of", "the"})


def purpose_end(doc: Doc, at: int) -> int:
    """The end of "for" and the capitalised words of what a body is for ("Public Authority for Consumer Protection",
    "Centre for Research and Technology", "Council for the Arts"), up to four with "and", "of" or "the" between, not
    an "and" before another body ("Institute for Medical Research and the Kwame Nkrumah University") nor another
    body after "for" ("leave Kyoto University for the Weizmann Institute"); `at` if none follow."""
    end = i = at + 1
    while (
        i < len(doc)
        and i - at <= 6
        and (
            is_title_name_word(doc[i]) or (doc[i].lower_ in PURPOSE_JOINERS and (i > at + 1 or doc[i].lower_ == "the"))
        )
        and not opens_body_after(doc, at, i)
    ):
        i += 1
        end = i if is_title_name_word(doc[i - 1]) else end
    return end if end > at + 1 and not is_date_word(doc[at + 1]) else at


def opens_body_after(doc: Doc, at: int, i: int) -> bool:
    """Whether the word `i` after a body's "for" at `at` opens another body: an "and" before one, or the "the" right
    after "for"."""
    joined = doc[i].lower_ == "and" and opens_another_body(doc, i + 1)
    return joined or (i == at + 1 and doc[i].lower_ == "the" and opens_another_body(doc, i))


def opens_another_body(doc: Doc, start: int) -> bool:
    """Whether the capitalised words from `start` (after a "the") name a body of their own: "the United National
    Movement"."""
    start += start < len(doc) and doc[start].lower_ == "the"
    return any(t.lower_ in org_words() for t in doc[start : title_words_end(doc, start)])


def title_words_end(doc: Doc, start: int) -> int:
    """The end of the capitalised words of letters from `start`, with no small word between them."""
    end = start
    while end < len(doc) and is_title_name_word(doc[end]):
        end += 1
    return end


def is_title_name_word(token: Token) -> bool:
    """A capitalised word of letters: "Consumer"."""
    return token.is_title and token.is_alpha


def portfolio_words_before(doc: Doc, c: Candidate, english: frozenset[str]) -> int:
    """How many words of a body's first portfolio, and the "and" after them, open the body's name before where the
    model began it: "Ports and" of "the Ports and Maritime Organization", "Fisheries and" of "the Fisheries and
    Oceans Department" (capitalised common nouns after "the"); 0 where none do."""
    if c.label != "ORG" or doc[c.end - 1].lower_ not in org_words() or c.start < 3 or doc[c.start - 1].lower_ != "and":
        return 0
    first = c.start - 2
    while 0 < first and first > c.start - 4 and doc[first].is_title and is_english_word(doc[first], english):
        if doc[first - 1].lower_ == "the":
            return c.start - first
        first -= 1
    return 0


def joins_second_institution(doc: Doc, end: int) -> bool:
    """Whether a name ending in an organisation's word at `end` goes on with "and" and another one that ends the name:
    "Darbhanga Medical College" + "and Hospital", one institution."""
    after = doc[end + 2] if end + 2 < len(doc) else None
    return (
        0 < end < len(doc) - 1
        and doc[end - 1].lower_ in org_words()
        and doc[end].lower_ == "and"
        and doc[end + 1].is_title
        and doc[end + 1].lower_ in org_words()
        and not (after is not None and after.text[:1].isupper())
    )


def is_joining_hyphen(token: Token) -> bool:
    """A hyphen inside a name, no space either side: "Quick-Step"."""
    return token.text == "-" and is_joining_dash(token)


def is_joining_dash(token: Token) -> bool:
    """A hyphen or dash with no space either side: "Quick-Step", "Nebraska–Lincoln"."""
    return not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def names_a_member(words: Span) -> bool:
    """Whether the words before a kind noun set beside a name hold a person's role ("the head of the ... agency"):
    the name is of someone in the organisation, not the organisation's."""
    person_nouns = role_words() | lexicons.words("speaker_person_nouns.txt")
    return any(t.pos_ == "NOUN" and t.lower_ in person_nouns for t in words)


def hyphened_word(token: Token) -> str:
    """The lower-case word a token ends, with what a hyphen joins it to ("start-up" for "up")."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lower_


def is_place_word(doc: Doc, start: int, end: int) -> bool:
    """A place of the gazetteer, or one the model calls a place ("Frankfurt", which geonames spells otherwise)."""
    return doc[start:end].text in places() or doc[start].ent_type_ in ("GPE", "LOC")


def acronyms_listed_with_organisations(
    doc: Doc, candidates: list[Candidate], place_of: dict[Key, Place], weight: float
) -> list[Candidate]:
    """An acronym the model missed joined by "and" or "or" to an organisation right after it: "ING and ABN Amro
    both gained" (ORG); not a place's ("EU and Nato")."""
    taken = taken_tokens(doc, candidates)
    orgs = {c.start for c in candidates if c.label == "ORG"}
    return [
        Candidate(t.i, t.i + 1, "ORG", weight, "listed acronym")
        for t in doc[:-2]
        if ACRONYM.fullmatch(t.text)
        and not taken[t.i]
        and doc[t.i + 1].lower_ in ("and", "or")
        and t.i + 2 in orgs
        and (t.lower_,) not in place_of
    ]


def listed_after(doc: Doc, end: int, starts: dict[int, int], weight: float) -> list[Candidate]:
    """The names joined by "and" or a comma to the name ending at `end` ("Shell and Greggs"), as organisations."""
    found = []
    while end + 1 < len(doc) and doc[end].lower_ in ("and", ",") and NAME_TOKEN.fullmatch(doc[end + 1].text):
        start = end + 1
        end = starts.get(start) or name_end(doc, start)
        if end == start:
            break
        found.append(Candidate(start, end, "ORG", weight, "kind noun"))
    return found


def acronym_spelled_names(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """Names right before a bracketed acronym whose capitalised words it spells ("the Department of Foreign Affairs
    and Trade (DFAT)", "the Construction, Forestry, Mining and Energy Union (CFMEU)"), where the model cut them, with
    a place name the model put before them; and the acronym, where the model left it out."""
    found = []
    for token in doc[2:-1]:
        acronym = token.text
        if doc[token.i - 1].text != "(" or doc[token.i + 1].text != ")":
            continue
        start = spelled_start(doc, token.i - 1, acronym) if ACRONYM.fullmatch(acronym) else None
        if start is None:
            found += short_forms_after(doc, candidates, token, weight)
            continue
        cut = [c for c in covering(candidates, start, token.i - 1) if c.label != "NORP"]
        label = cut[-1].label if cut else "ORG"
        start = min([start] + [c.start for c in cut if c.start < start])  # "New South Wales State Emergency Service"
        if not any((c.start, c.end) == (start, token.i - 1) and c.label == label for c in candidates):
            found.append(Candidate(start, token.i - 1, label, weight, "acronym"))
        if not covering(candidates, token.i, token.i + 1):
            found.append(Candidate(token.i, token.i + 1, label, weight, "acronym"))
    return found


def short_forms_after(doc: Doc, candidates: list[Candidate], token: Token, weight: float) -> list[Candidate]:
    """A bracketed short form right after an organisation's name, from the initials of its words in another
    order or language ("the National Liberation Army (ELN)") or written as a word ("the National Union of
    Metalworkers of South Africa (Numsa)", "the Secretariat of Environment and Natural Resources (Semarnat)"): the
    organisation's too."""
    named = [c for c in candidates if c.end == token.i - 1 and c.label == "ORG"]
    if not named:
        return []
    initials = {t.text[0] for t in doc[named[0].start : named[0].end] if t.text[:1].isupper()}
    letters = token.text.upper()
    if ACRONYM.fullmatch(token.text):
        short = sum(letter in initials for letter in letters) >= 2
    else:  # "Numsa"; "Semarnat" of "the Secretariat of Environment and Natural Resources", from the Spanish name
        spelled = len(letters) <= 6 and set(letters) <= initials
        translated = (
            len(letters) <= 10 and letters[0] == doc[named[0].start].text[0] and named[0].end - named[0].start >= 3
        )
        short = token.is_title and token.is_alpha and (spelled or translated)
    return [Candidate(token.i, token.i + 1, "ORG", weight, "acronym")] if short else []


def spelled_start(doc: Doc, end: int, acronym: str) -> int | None:
    """Where the name ending before token `end` starts if its capitalised words spell `acronym`, reading back over
    the small words names are written with ("of", "and", "for", "de", commas) and one other word in lower case that
    is no stop word, as names in other languages have ("the Société du Port à gestion Autonome de Toamasina (SPAT)"),
    or lower-case words that spell letters after the first ("Voies navigables de France (VNF)"); not the tail of a
    longer name ("the Rally for the Return of Refugees and Democracy in Rwanda (RDR)")."""
    letters, i, lower_words = acronym, end - 1, 1
    while i >= 0 and letters:
        word = doc[i].text
        lower_initial = word.isalpha() and word.islower() and not doc[i].is_stop and len(letters) < len(acronym)
        if word[:1].isupper() and word[:1] == letters[-1] and NAME_TOKEN.fullmatch(word):
            letters = letters[:-1]
        elif lower_initial and word[0].upper() == letters[-1] and len(letters) > 1:
            letters = letters[:-1]  # "Voies navigables de France (VNF)": a name written in sentence case
        elif i == end - 1:
            return None
        elif word.lower() not in ACRONYM_CONNECTORS:
            if not (
                word.isalpha() and word.islower() and not doc[i].is_stop and lower_words and len(letters) < len(acronym)
            ):
                return None
            lower_words -= 1
        i -= 1
    return i + 1 if not letters and doc[i + 1].text[:1].isupper() else None


def name_end(doc: Doc, start: int) -> int:
    """Where a run of up to four capitalised words from `start` ends (before a role word or a date), a word with an
    elided particle ("Remontées Mécaniques d’Arolla") among them."""
    end = start
    while (
        end < len(doc)
        and end - start < 4
        and (NAME_TOKEN.fullmatch(doc[end].text) or (end > start and is_elided_name(doc[end].text)))
        and not doc[end].is_sent_start
        and doc[end].lower_ not in role_words()
        and doc[end].ent_type_ not in DATE_LABELS
    ):
        end += 1
    return end


ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall|all|nell|sull)['’](.)", re.IGNORECASE)


def is_elided_name(word: str) -> bool:
    """A capitalised word behind an elided French or Italian particle: "d’Arolla", "dell'Orso", "l'Aquila"."""
    match = ELIDED_PARTICLE.match(word)
    return match is not None and match.group(1).isupper() and word[match.end() :].isalpha()


def is_name_part(word: str) -> bool:
    """A word a person's name is written with: "Dvořák", "O'Brien", "McDonald", "J.", "de", "of", the hyphen
    of "Jean-Marc" (a token of its own)."""
    if word in NAME_CONNECTORS or word in ("of", "-") or INITIAL.fullmatch(word):
        return True
    return word[:1].isupper() and any(c.islower() for c in word) and all(c.isalpha() or c in "-'’" for c in word)


def short_company_names(
    labels: dict[Key, str], texts_of: dict[Key, list[str]], gazetteer: dict[Key, Place], english: frozenset[str]
) -> dict[Key, str]:
    """The names a document goes on to call its companies by, their names without the company word that ends them
    ("Castlegate" of "Castlegate Housing"): ORG, when that is no place, English word, given name or common surname
    ("Southern" of "Southern Water"), nor a utility's river or region ("Thames" of "Thames Water")."""
    shorts = {}
    for key, label in labels.items():
        words = texts_of.get(key, [])[:-1]
        if (
            label != "ORG"
            or not words
            or key[-1] not in company_suffixes() - RIVER_AND_REGION_SUFFIXES
            or not all(map(is_name_part, words))
        ):
            continue
        lone = words[0] if len(words) == 1 else None
        if tuple(words) in gazetteer or (
            lone is not None
            and (
                lone.lower() in english
                or is_first_name(lone)
                or lone.lower() in lexicons.words("entity_common_surnames.txt")
            )
        ):
            continue
        shorts[key[:-1]] = "ORG"
    return shorts


KNOWN_AS = re.compile(  # ", known locally as Samfylkingin", ", known to fans as 'Al-Saqr',"
    r", (?:also |locally |widely |better |affectionately )?known "
    r"(?:locally |widely |at home |to (?:fans|friends|locals|supporters|colleagues|viewers|listeners) )?as ['‘\"“]?"
)


def with_names_known_as(doc: Doc, kept: list[Candidate]) -> list[Candidate]:
    """The kept names with each other name a name is "known as" given its label: "the Social Democratic Alliance,
    known locally as Samfylkingin," and "the Federation of Free Unions, known as FSLI," (ORG), whatever the model
    made of the second name or missed."""
    by_start = {c.start: c for c in kept}
    added = []
    for c in kept:
        match = KNOWN_AS.match(doc.text, doc[c.end - 1].idx + len(doc[c.end - 1]))
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand") if match else None
        if after is None or not is_name_token(doc, after.start):
            continue
        end = after.start
        while end < len(doc) and (is_name_token(doc, end) or (is_joining_hyphen(doc[end]) and end + 1 < len(doc))):
            end += 1  # "Al-Nimr"
        other = by_start.get(after.start)
        if other is not None:
            other.label = c.label
        elif not covering(kept, after.start, end):
            added.append(Candidate(after.start, end, c.label, 0.0, "known as"))
    return kept + added


def propagate(
    doc: Doc, kept: list[Candidate], known: dict[tuple[str, ...], str], in_credit, token_kind: list[str]
) -> list[Candidate]:
    """Other capitalised occurrences of the document's names that the model missed (never inside a date: "May"), a
    person's with the given name before it."""
    taken = taken_tokens(doc, kept)
    for ent in doc.ents:
        if ent.label_ in DATE_LABELS and any(t.like_num or t.lower_ in MONTHS or t.lower_ in WEEKDAYS for t in ent):
            for i in range(ent.start, ent.end):
                taken[i] = True
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in sorted(known, key=len, reverse=True):
        by_first[key[0]].append(key)
    found, i = [], 0
    while i < len(doc):
        token = doc[i]
        keys = by_first.get(token.lower_) if not taken[i] and token.text[:1].isupper() else None
        match = None
        for key in keys or ():
            end = i + len(key)
            if end <= len(doc) and key_of(doc, i, end) == key and not any(taken[i:end]):
                if end == len(doc) or not doc[end].text[:1].isupper() or doc[end].is_punct or token_kind[i] == "caps":
                    match = key
                    break
        if match and not in_credit(i, i + len(match)):
            start = i - 1 if known[match] == "PERSON" and is_untaken_given_name(doc, i - 1, taken) else i
            found.append(Candidate(start, i + len(match), known[match], 0.0, "propagated"))  # "Jan Kowal" after "Kowal"
            i += len(match)
        else:
            i += 1
    return found


def is_untaken_given_name(doc: Doc, i: int, taken: list[bool]) -> bool:
    """A capitalised given name no candidate holds: "Jan" of "Jan Kowal", a second Kowal after Anna Kowal."""
    return i >= 0 and not taken[i] and doc[i].pos_ == "PROPN" and is_first_name(doc[i].text)


def table_names(doc, kept, known, token_kind, place_of) -> list[Candidate]:
    """Names in results lines ("Somerset 83", "Chris Walker ( England ) 15-8"): teams unless a person or place."""
    taken = taken_tokens(doc, kept)
    found, acronyms, i, n = [], [], 0, len(doc)
    while i < n:
        if token_kind[i] != "table" or taken[i] or not is_name_token(doc, i) or is_board_status(doc, i):
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and not taken[j]
            and token_kind[j] == "table"
            and (is_name_token(doc, j) or (doc[j].text in NAME_CONNECTORS and j + 1 < n and is_name_token(doc, j + 1)))
        ):
            j += 1
        key = key_of(doc, i, j)
        words = [t.text for t in doc[i:j]]
        if key in known:
            label = known[key]
        elif is_strong_place(key, place_of):
            label = place_of[key].label
        elif is_initialled_name(words) or looks_like_person(key, words) or before_country(doc, j, place_of):
            label = "PERSON"
        elif not near_number(doc, i, j):
            label = None
        elif all(len(w) <= 3 and w.isupper() for w in words):
            label = None
            if i == 0 or doc[i - 1].is_space or doc[i - 1].text in CELL_SEPARATORS:  # not "(HT 1-0)"
                acronyms.append(Candidate(i, j, "ORG", 0.0, "table"))
        elif is_bracketed_scorer(doc, i, j):
            label = "PERSON"
        else:
            label = "ORG"
        if label:
            found.append(Candidate(i, j, label, 0.0, "table"))
        i = j
    # "PP 31 | PSOE 22": an acronym opening a cell of a line of organisations is one too
    return found + [c for c in acronyms if line_label(doc, kept + found, c.start) == "ORG"]


def line_label(doc: Doc, kept: list[Candidate], i: int) -> str | None:
    """The label most names on token i's line have: a results line's cells are all teams, parties or people."""
    line_start, line_end = line_bounds(doc, i)
    labels = Counter(c.label for c in kept if line_start <= doc[c.start].idx < line_end)
    return labels.most_common(1)[0][0] if labels else None


def before_country(doc: Doc, end: int, place_of: dict[tuple[str, ...], Place]) -> bool:
    """A name followed by its nationality in brackets ("Chris Walker ( England )"): a person."""
    if end >= len(doc) or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 1, min(end + 6, len(doc))) if doc[k].text == ")"), None)
    if close is None:
        return False
    place = place_of.get(key_of(doc, end + 1, close))
    return place is not None and place.strong and place.label == "GPE"


def next_to_number(doc: Doc, i: int) -> bool:
    """Whether a number stands right before or after token i ("4 Jul", "Fri 4")."""
    return any(0 <= j < len(doc) and doc[j].like_num for j in (i - 1, i + 1))


def is_name_token(doc: Doc, i: int) -> bool:
    """A capitalised word ("Malmö") or an initial ("P."), not part of a date ("Friday, July 21") nor a month or day
    ("Fri 4 Jul"); an acronym the model ran into a date ("PP 31") is still a name."""
    token = doc[i]
    text = token.text
    if token.ent_type_ in DATE_LABELS and not (token.is_upper and len(text) >= 2):
        return False
    if (text in DAY_ABBREVIATIONS or text in MONTH_ABBREVIATIONS) and next_to_number(doc, i):  # "Fri 4 Jul"
        return False
    return text[:1].isupper() and bool(NAME_LETTERS.fullmatch(text)) and any(c.isalpha() for c in text)


def add_entity_rules(nlp: Language, rules: dict | None = None) -> Language:
    """Add newsflow's entity corrections after the statistical NER (once per process).

    `rules` overrides settings of EntityRules, e.g. {"team_context_vote": 0}; a pipeline that
    already has the component (from its config.cfg) keeps its own settings.
    """
    if "newsflow_entities" not in nlp.pipe_names:
        nlp.add_pipe("newsflow_entities", after="ner" if "ner" in nlp.pipe_names else None, config=rules or {})
    return nlp


def doc_mentions(doc: Doc) -> list[dict]:
    """Named-entity mentions of a Doc: start_char, end_char, text, label (via name, no antecedent)."""
    return [
        {
            "start_char": e.start_char,
            "end_char": e.end_char,
            "text": e.text,
            "label": e.label_,
            "via": "name",
            "antecedent_start": None,
        }
        for e in doc.ents
        if e.label_ in KEPT_LABELS
    ]
