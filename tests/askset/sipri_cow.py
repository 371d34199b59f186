"""Expected answers of the askset's dataset questions (SIPRI + COW, ICEWS), computed from the raw files.

    .venv/bin/python tests/askset/sipri_cow.py            # print every question's answers
    .venv/bin/python tests/askset/sipri_cow.py --check    # exit 1 when a question file disagrees

Written from the datasets' own documentation (``../shared/data/real/*/SOURCE.md``), not from
the product: it reads the CSV files with the standard library and applies each question's
``data`` spec (see ``README.md`` beside this file). Names are spelled as the datasets spell
them (SIPRI: ``Turkiye``, ``United States``; COW IGO: the organisation's long name), and COW's
numeric state codes and short column names are written out as English state names through the
tables below, which list every state that occurs in an answer (a missing one is an error).

The ``icews`` spec reads the decoded ICEWS 2014 extract (``icews14_tkg/``, one event a row:
date, subject, CAMEO relation text, object): the events of the ``relation`` texts between
``subject``/``object`` (``either``: one end, the answer the other; ``pair``: both ends, either way),
dated from ``since`` and before ``before``; an answer is a plain actor name (a sector actor such as
``Police_(Kyrgyzstan)`` is none), underscores read as spaces, kept when in ``among``; ``find: date``
gives the earliest date.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
REAL = ROOT / ".." / "shared" / "data" / "real"
SIPRI = REAL / "sipri_trade_register" / "sipri_trade_register_all_years_2025-03-13.csv"
ALLIANCES = REAL / "cow_alliances_v4.1" / "cow_alliance_v4.1_directed_dyad_year_peacesciencer.csv"
IGO = REAL / "cow_igo_v3" / "igo_year_formatv3_from_igoR.csv"
ICEWS = REAL / "icews14_tkg" / "icews14_central_asia_afghanistan_decoded.tsv"
FILES = [SIPRI, ALLIANCES, IGO, ICEWS]
QUESTION_FILES = [HERE / "questions.yaml", HERE / "blind2.yaml", HERE / "blind3.yaml", HERE / "blind4.yaml",
                  HERE / "blind5.yaml", HERE / "blind6.yaml", HERE / "blind7.yaml", HERE / "blind8.yaml",
                  HERE / "blind9.yaml", HERE / "blind10.yaml", HERE / "blind11.yaml",
                  HERE / "blind12.yaml", HERE / "blind13.yaml", HERE / "blind14.yaml", HERE / "blind15.yaml",
                  HERE / "blind16.yaml", HERE / "blind17.yaml", HERE / "blind18.yaml", HERE / "blind19.yaml",
                  HERE / "blind20.yaml", HERE / "blind21.yaml", HERE / "blind22.yaml",
                  HERE / "blind23.yaml", HERE / "blind24.yaml", HERE / "blind25.yaml"]
# the question sources answered from these files rather than from articles
DATASET_SOURCES = {"sipri_cow", "icews"}

# COW state codes (COW State System Membership list) of the states that occur in answers.
COW_STATES = {
    2: "United States", 20: "Canada", 200: "United Kingdom", 210: "Netherlands", 211: "Belgium",
    212: "Luxembourg", 220: "France", 230: "Spain", 235: "Portugal", 255: "Germany", 290: "Poland",
    310: "Hungary", 316: "Czech Republic", 317: "Slovakia", 325: "Italy", 339: "Albania", 344: "Croatia",
    349: "Slovenia", 350: "Greece", 355: "Bulgaria", 360: "Romania", 365: "Russia", 366: "Estonia",
    367: "Latvia", 368: "Lithuania", 369: "Ukraine", 370: "Belarus", 371: "Armenia", 372: "Georgia",
    373: "Azerbaijan", 375: "Finland", 380: "Sweden", 385: "Norway", 390: "Denmark", 395: "Iceland",
    630: "Iran", 640: "Turkey", 700: "Afghanistan", 701: "Turkmenistan", 702: "Tajikistan",
    703: "Kyrgyzstan", 704: "Uzbekistan", 705: "Kazakhstan", 710: "China", 712: "Mongolia",
    731: "North Korea", 732: "South Korea", 740: "Japan", 750: "India", 770: "Pakistan",
    359: "Moldova", 645: "Iraq", 652: "Syria",
    265: "East Germany", 501: "Kenya", 680: "South Yemen",
}
# COW IGO column names (short state names) of the states that occur in answers.
IGO_STATES = {
    "afghanistan": "Afghanistan", "armenia": "Armenia", "azerbaijan": "Azerbaijan", "belarus": "Belarus",
    "china": "China", "georgia": "Georgia", "india": "India", "iran": "Iran", "kazakhstan": "Kazakhstan",
    "kyrgyzstan": "Kyrgyzstan", "moldova": "Moldova", "mongolia": "Mongolia", "pakistan": "Pakistan",
    "russia": "Russia", "tajikistan": "Tajikistan", "turkey": "Turkey", "turkmenistan": "Turkmenistan",
    "ukraine": "Ukraine", "uzbekistan": "Uzbekistan", "usa": "United States",
    "brunei": "Brunei", "cambodia": "Cambodia", "indonesia": "Indonesia", "laos": "Laos", "malaysia": "Malaysia",
    "myanmar": "Myanmar", "philippines": "Philippines", "singapore": "Singapore", "thailand": "Thailand",
    "vietnam": "Viet Nam",
    "benin": "Benin", "burkinafaso": "Burkina Faso", "capeverde": "Cape Verde", "gambia": "Gambia",
    "ghana": "Ghana", "guinea": "Guinea", "guineabissau": "Guinea-Bissau", "ivorycoast": "Ivory Coast",
    "liberia": "Liberia", "mali": "Mali", "niger": "Niger", "nigeria": "Nigeria", "senegal": "Senegal",
    "sierraleone": "Sierra Leone", "togo": "Togo",
    "bangladesh": "Bangladesh", "bhutan": "Bhutan", "maldives": "Maldives", "nepal": "Nepal", "srilanka": "Sri Lanka",
}


def years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text or "")]


@lru_cache(maxsize=None)
def sipri_deals() -> tuple[dict, ...]:
    """One dict a deal of SIPRI's trade register (ISO-8859-1, 11 preamble lines, header on line 12;
    a few comments broken over two unquoted lines are rejoined)."""
    lines = SIPRI.read_text(encoding="latin-1").split("\n")[11:]
    header, deals, pending = next(csv.reader([lines[0]])), [], ""
    for line in lines[1:]:
        line = pending + line.rstrip("\r")
        if not line.strip():
            continue
        row = next(csv.reader([line]))
        if len(row) < len(header):
            pending = line
            continue
        pending = ""
        order = years(row[2])
        deals.append({
            "recipient": row[0].strip(), "supplier": row[1].strip(),
            "order_year": order[0] if order else None,
            "designation": row[6].strip(), "description": row[7].strip(),
            "delivery_years": tuple(years(row[10])), "comments": row[12],
        })
    return tuple(deals)


@lru_cache(maxsize=None)
def alliance_rows() -> tuple[tuple, ...]:
    with open(ALLIANCES, encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return tuple((int(r["ccode1"]), int(r["ccode2"]), int(r["year"]),
                      {k: int(float(r[k])) for k in ("cow_defense", "cow_neutral", "cow_nonagg", "cow_entente")})
                     for r in reader)


@lru_cache(maxsize=None)
def igo_table() -> tuple[dict[str, int], tuple[list[str], ...]]:
    """COW's igo_year file: (column index by name, rows as lists): one row an IGO-year."""
    with open(IGO, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        return {name: i for i, name in enumerate(header)}, tuple(reader)


def igo_rows(igo: str | None = None, year: int | None = None):
    """The IGO-years (as dicts) of ``igo`` (COW ioname) and/or ``year``."""
    column, rows = igo_table()
    for row in rows:
        if igo is not None and row[column["ioname"]].casefold() != igo.casefold():
            continue
        if year is not None and int(row[column["year"]]) != year:
            continue
        yield dict(zip(column, row))


def sipri_answers(spec: dict) -> set[str]:
    """``find`` supplier or recipient of delivered deals (or, with ``ordered: true``, of any deal)
    filtered by supplier/recipient, designation (substring), description words, and years."""
    found = set()
    for deal in sipri_deals():
        if not spec.get("ordered") and not deal["delivery_years"]:
            continue  # nothing delivered: SIPRI lists an order, not a transfer
        if "supplier" in spec and deal["supplier"] not in _list(spec["supplier"]):
            continue
        if "recipient" in spec and deal["recipient"] not in _list(spec["recipient"]):
            continue
        if "designation" in spec and not any(d.casefold() in deal["designation"].casefold()
                                             for d in _list(spec["designation"])):
            continue
        if "description" in spec and not any(d.casefold() in deal["description"].casefold()
                                             for d in _list(spec["description"])):
            continue
        if "exclude_description" in spec and any(d.casefold() in deal["description"].casefold()
                                                 for d in _list(spec["exclude_description"])):
            continue
        if "delivered_since" in spec and not any(y >= spec["delivered_since"] for y in deal["delivery_years"]):
            continue
        if "ordered_before" in spec and not (deal["order_year"] and deal["order_year"] < spec["ordered_before"]):
            continue
        if "ordered_since" in spec and not (deal["order_year"] and deal["order_year"] >= spec["ordered_since"]):
            continue
        if not deal[spec["find"]].casefold().startswith("unknown"):  # "unknown supplier(s)" names nobody
            found.add(deal[spec["find"]])
    return found


def alliance_answers(spec: dict) -> set[str]:
    """States allied to ``state`` (COW code) in ``year`` (any year when absent), with the ``type``
    flag set (any flag when absent); ``with`` keeps only that partner (for yes/no questions)."""
    found = set()
    for a, b, year, flags in alliance_rows():
        if a != spec["state"] or ("year" in spec and year != spec["year"]):
            continue
        if "with" in spec and b != spec["with"]:
            continue
        if "type" in spec and not flags[spec["type"]]:
            continue
        if not any(flags.values()):
            continue
        found.add(COW_STATES[b])
    return found


def igo_members(spec: dict) -> set[str]:
    """Full or associate members (status 1, 2) of the IGO ``igo`` (COW ioname) in ``year``;
    with ``state`` (a COW IGO column name), only that state if it is one (for yes/no questions)."""
    found = set()
    for row in igo_rows(spec["igo"], spec["year"]):
        for column, value in row.items():
            if column in IGO_COLUMNS_SKIP or value in ("", None) or spec.get("state", column) != column:
                continue
            try:
                status = int(float(value))
            except ValueError:
                continue
            if status in (1, 2):
                found.add(IGO_STATES[column])
    return found


@lru_cache(maxsize=None)
def icews_events() -> tuple[dict, ...]:
    with open(ICEWS, encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle, delimiter="\t"))


def icews_answers(spec: dict):
    """The other ends (or, with ``find: date``, the earliest date) of the matching ICEWS events."""
    found, dates = set(), []
    for event in icews_events():
        if event["relation"] not in spec["relation"]:
            continue
        if not (str(spec.get("since", "")) <= event["date"] and event["date"] < str(spec.get("before", "9999"))):
            continue
        subject, obj = event["subject"], event["object"]
        if "pair" in spec and {subject, obj} != set(spec["pair"]):
            continue
        if spec.get("subject", subject) != subject or spec.get("object", obj) != obj:
            continue
        if "either" in spec:
            if spec["either"] not in (subject, obj):
                continue
            answer = obj if subject == spec["either"] else subject
        else:
            answer = subject if spec.get("find") == "subject" else obj
        dates.append(event["date"])
        if "(" not in answer and (answer in spec.get("among", [answer])):
            found.add(answer.replace("_", " "))
    if spec.get("find") == "date":
        return min(dates) if dates else ""
    return found


IGO_COLUMNS_SKIP = {"ioname", "orgname", "year", "integrated", "replaced", "longorgname", "ionum", "igocode",
                    "version", "accuracyofpre1965membershipdates", "sourcesandnotes", "imputed", "political",
                    "social", "economic"}


def igo_first_year(spec: dict) -> str:
    """The first year ``state`` is a full or associate member of ``igo``."""
    first = min(int(row["year"]) for row in igo_rows(spec["igo"])
                if row.get(spec["state"]) not in ("", None) and int(float(row[spec["state"]])) in (1, 2))
    return str(first)


# Other spellings of the answer names, for matching the product's answers (as score.py matches
# gold aliases); names not listed here also match without their SIPRI markers ("*", "**",
# "(Lebanon)").
ALIASES = {
    "Turkiye": ["Turkey", "Türkiye", "Republic of Türkiye"],
    "Turkey": ["Turkiye", "Türkiye", "Republic of Türkiye"],  # COW's spelling; the store may hold SIPRI's
    "Vietnam": ["Viet Nam"],
    "Xi Jinping": ["Xi"],
    "UAE": ["United Arab Emirates"],
    "United States": ["United States of America", "USA", "US", "U.S."],
    "United Kingdom": ["UK", "Britain", "Great Britain"],
    "Viet Nam": ["Vietnam"],
    "Czechia": ["Czech Republic"],
    "Bosnia-Herzegovina": ["Bosnia and Herzegovina"],
    "DR Congo": ["Democratic Republic of the Congo", "Congo, The Democratic Republic of the", "DRC"],
    "Congo": ["Republic of the Congo", "Congo-Brazzaville"],
    "North Korea": ["Democratic People's Republic of Korea", "DPRK", "Korea, Democratic People's Republic of"],
    "South Korea": ["Republic of Korea", "Korea, Republic of"],
    "Russia": ["Russian Federation"],
    "East Germany": ["German Democratic Republic", "GDR"],
    "South Yemen": ["People's Democratic Republic of Yemen", "Yemen People's Republic", "PDRY"],
    "Iran": ["Islamic Republic of Iran", "Iran, Islamic Republic of"],
    "Syria": ["Syrian Arab Republic"],
    "Laos": ["Lao People's Democratic Republic"],
    "Moldova": ["Republic of Moldova", "Moldova, Republic of"],
    "Palestine": ["State of Palestine", "Palestine, State of"],
    "Kyrgyzstan": ["Kyrgyz Republic"],
    "North Macedonia": ["Macedonia"],
    "Ivory Coast": ["Cote d'Ivoire", "Côte d'Ivoire"],  # COW IGO's column; SIPRI spells it Cote d'Ivoire
    "Cape Verde": ["Cabo Verde"],
    "Gambia": ["The Gambia"],
    "United Nations**": ["UN"],
    "Hezbollah (Lebanon)*": ["Hezbollah"],
    "Northern Alliance (Afghanistan)*": ["Northern Alliance", "United Islamic Front"],
}


def aliases(name: str) -> list[str]:
    """``name`` and its other spellings (see ``ALIASES``)."""
    bare = re.sub(r"\s*\([^)]*\)", "", name).rstrip("*").strip()
    return [name, *([bare] if bare != name else []), *ALIASES.get(name, [])]


def _spelling(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def gold_actors(questions: list[dict]) -> dict:
    """A gold-style ``actors`` table of every dataset answer name, for score.py's name resolution.

    Answer names that share a spelling (COW's "Turkey" and SIPRI's "Turkiye" in one question file)
    are one actor, listed under the first of them, so that either spelling of an answer matches
    either spelling expected (``bench/askset.py`` maps the expected names through the same table).

    >>> table = gold_actors([{"source": "sipri_cow", "answers": ["Turkiye"]}, {"source": "sipri_cow", "answers": ["Turkey"]}])
    >>> list(table), "Turkiye" in table["Turkey"]["aliases"]
    (['Turkey'], True)
    """
    names = sorted({n for q in questions if q["source"] in DATASET_SOURCES for n in q.get("answers", [])})
    groups: list[tuple[list[str], set[str]]] = []
    for name in names:
        spellings = {_spelling(a) for a in aliases(name)}
        joined = [g for g in groups if g[1] & spellings]
        for group in joined:
            groups.remove(group)
        members = [n for g in joined for n in g[0]] + [name]
        groups.append((sorted(members), spellings.union(*(g[1] for g in joined))))
    return {members[0]: {"type": "state", "aliases": list(dict.fromkeys(a for m in members for a in aliases(m)))}
            for members, _ in sorted(groups)}


def _list(value) -> list:
    return value if isinstance(value, list) else [value]


def evaluate(spec: dict):
    """A question's ``data`` spec -> its answer: a set of names, or a year (``first_year``)."""
    kind = spec["kind"]
    if kind == "sipri":
        return sipri_answers(spec)
    if kind == "alliance":
        return alliance_answers(spec)
    if kind == "igo_members":
        return igo_members(spec)
    if kind == "igo_first_year":
        return igo_first_year(spec)
    if kind == "icews":
        return icews_answers(spec)
    raise ValueError(f"unknown data spec kind {kind!r}")


def expected(question: dict):
    """What ``questions.yaml`` should say for a dataset question: (field, value)."""
    value = evaluate(question["data"])
    if "expect" in question:
        return "expect", "yes" if value else "no"
    if "expect_date" in question:
        return "expect_date", value
    return "answers", sorted(value)


def main(argv=None) -> int:
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    questions = [q for path in QUESTION_FILES for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]
    bad = 0
    for question in questions:
        if question["source"] not in DATASET_SOURCES:
            continue
        field, value = expected(question)
        stated = question.get(field)
        same = (sorted(stated) == value) if field == "answers" else (str(stated) == str(value))
        bad += not same
        if not check or not same:
            print(f"[{question['id']}] {field}: {value}" + ("" if same else f"   (the question file says {stated})"))
    return 1 if check and bad else 0


if __name__ == "__main__":
    sys.exit(main())
