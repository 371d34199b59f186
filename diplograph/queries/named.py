"""The names, weapons and regions a question says, for the general reading
(:mod:`diplograph.queries.general`): actors named by their names, aliases, gazetteer names, a
hyphenated pair, a near spelling or the end of a longer name; weapons named as the claims name
them; region words that qualify the answers; the newest date the graph knows (what "last year" is
counted from).
"""

from __future__ import annotations

import difflib
import functools
import re
import weakref
from importlib import resources


from diplograph.names import name_key
from diplograph.queries.lookup import name_index, other_vowels, swapped_letters
from diplograph.queries.regions import Region, load_regions
from diplograph.datafiles import load_data


def _names_in(view, tokens: list[str], used: set[int], lexicon) -> list[tuple[int, int, str]]:
    """(position, length, actor id) of the actors named: names, aliases and gazetteer names; a
    hyphenated pair ("Saudi-Iran"); a part of one actor's longer name ("Brotherhood Alliance");
    a near spelling ("Tajikstan")."""
    from diplograph.queries.loose import _names

    found = _names(view, tokens, used, lexicon)
    taken = used | {i for p, n, _ in found for i in range(p, p + n)}
    index = name_index(view)
    for i, token in enumerate(tokens):
        if i in taken or token in lexicon.stopwords:
            continue
        node = None
        if "-" in token:  # "saudi-iran", "kyrgyz-tajik", "japan-south korea": two names
            pair = hyphen_pair(view, tokens, i, used)
            if pair:  # longer than a name found in it ("east ostia" over "ostia")
                span = set(range(pair[1][0], pair[1][0] + pair[1][1]))
                found = [f for f in found if not span & set(range(f[0], f[0] + f[1]))] + pair
                taken |= span
                continue
        if len(token) >= 4 and _surname_exactly(view, token) is None:  # "araqchi" is a surname, not "karachi" typed
            close = []
            if len(token) >= 5:
                close = difflib.get_close_matches(name_key(token), _single_word_names(view), n=1, cutoff=0.85)
                close = close or other_vowels(name_key(token), _single_word_names(view))
            close = close or swapped_letters(name_key(token), _single_word_names(view))  # "egpyt", "iarn"
            node = index.get(close[0]) if close else None
        if node is not None:
            found.append((i, 1, node))
            taken.add(i)
    found += _parts_of_names(view, tokens, taken, lexicon)
    return sorted(found, key=lambda f: f[:2])  # a hyphenated pair keeps its order: "the Rhun-Parva deal"


def _short_name(word: str) -> str:
    """A capital's usual short name as its full name ("addis" in "mogadishu-addis"), a state's combining form
    as the state ("indo" in "indo-pak", ``pair_forms`` in ``grammar.yaml``), else the word."""
    from diplograph.queries.grammar import load_grammar

    return next((name for short, name in load_grammar().short_names.items()
                 if len(short) > 2 and short.lower() == word.lower()), None) or _pair_forms().get(word.lower(), word)


@functools.cache
def _pair_forms() -> dict[str, str]:
    """The extractor's combining forms ("sino": China) and the grammar's clipped names ("pak": Pakistan)."""
    from diplograph.loaders.articles.lexicon import load_lexicon as extractor_lexicon

    text = resources.files("diplograph.queries").joinpath("grammar.yaml").read_text(encoding="utf-8")
    return {**extractor_lexicon().combining_forms,
            **{str(k).lower(): str(v) for k, v in (load_data(text).get("pair_forms") or {}).items()}}


def hyphen_pair(view, tokens: list[str], i: int, taken=frozenset()) -> list[tuple[int, int, str]]:
    """The two actors a hyphen in ``tokens[i]`` joins, each name of up to three words ("saudi-iran",
    "japan-south korea", "united states-china"), the longest names first; both start where the pair does, the
    second spanning it whole (a pair is read as one place in the question); [] when it joins no two names."""
    halves = tokens[i].split("-")
    if len(halves) != 2:
        return []
    index = name_index(view)

    def named(words):
        from diplograph.queries.slots import _person_by_surname

        said = _short_name(" ".join(words))
        return (index.get(name_key(" ".join(words))) or index.get(name_key(said)) or _gazetteer(view, said)
                or (_person_by_surname(view, said) if len(words) == 1 else None))  # "the tshisekdi-kagame talks"

    for before in (2, 1, 0):
        if before and (i - before < 0 or taken & set(range(i - before, i)) or tokens[i - before] == "the"):
            continue  # "the" before the pair is the pair's ("the Rhun-Parva deal"), no word of its first name
        first = named(tokens[i - before:i] + [halves[0]])
        if not first:
            continue
        for after in (2, 1, 0):
            if after and (i + after >= len(tokens) or taken & set(range(i + 1, i + after + 1))):
                continue
            second = named([halves[1]] + tokens[i + 1:i + 1 + after])
            if second:
                return [(i - before, before + 1, first), (i - before, before + after + 1, second)]
    return []


def _names_holding_words(view, tokens: list[str], used: set[int], names, lexicon) -> list[tuple[int, int, str]]:
    """The whole names of two words or more (besides "the") that hold a relation word and no name found
    already ("the Lune *Fund*", "the Peace *Support* Mission"): the words say whom, not what was done."""
    from diplograph.queries.loose import _names

    named = {i for p, n, _ in names for i in range(p, p + n)}
    return [(p, n, node) for p, n, node in _names(view, tokens, set(), lexicon)
            if n - (tokens[p] == "the") >= 2 and used & set(range(p, p + n)) and not named & set(range(p, p + n))]


def _surnames(view, said: list[str], taken: set[int], lexicon) -> list[tuple[int, int, str]]:
    """A capitalised word after the first that is the surname of exactly one person ("Who signed with
    *Brant*?"), as the grammar's slots read one."""
    from diplograph.queries.slots import _person_by_surname

    found = []
    for i, word in enumerate(said):
        if i == 0 and word.isalpha() and len(word) >= 4 and word.lower() not in lexicon.stopwords:
            # a keyword query opened by a surname ("lavrov's meetings in 2014", "karimov trips 2014"): that exact
            # surname only, since a first word's capital says nothing
            node = _surname_exactly(view, word.lower())
            if node is not None:
                found.append((i, 1, node))
        elif i and i not in taken and word[:1].isupper() and word.lower() not in lexicon.stopwords and len(word) >= 3:
            node = _person_by_surname(view, word)
            if node is not None:
                found.append((i, 1, node))
        elif i and i not in taken and word.isalpha() and word.islower() and len(word) >= 4 \
                and word not in lexicon.stopwords:
            node = _surname_exactly(view, word)  # typed in lower case ("did trump threaten"): no near spelling
            if node is not None:
                found.append((i, 1, node))
    return found


def _surname_exactly(view, word: str) -> str | None:
    """The one person whose name or alias ends with ``word`` exactly, else None."""
    index = _SURNAMES.get(view)
    if index is None:
        from diplograph.gazetteer import load_gazetteer

        gazetteer, index = load_gazetteer(), {}
        for node, data in view.nodes(data=True):
            if data.get("type") == "person":
                # the gazetteer's other spellings too ("Abbas Araqchi"): a store's person may lack them
                entry = gazetteer.get(node)
                known = [form for form, _ in entry.names()] if entry is not None else []
                for said in (data.get("name", ""), *(data.get("aliases") or ()), *known):
                    words = name_key(str(said)).split()
                    if len(words) > 1:
                        index.setdefault(words[-1], set()).add(node)
        _SURNAMES[view] = index
    found = index.get(word, set())
    return next(iter(found)) if len(found) == 1 else None


_SURNAMES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _gazetteer(view, text: str) -> str | None:
    from diplograph.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(text)
    return entry.id if entry is not None and entry.id in view else None


def _single_word_names(view) -> list[str]:
    return [key for key in name_index(view) if " " not in key and len(key) >= 5]


def _parts_of_names(view, tokens, taken: set[int], lexicon) -> list[tuple[int, int, str]]:
    """Two or more words that make the end of exactly one actor's name ("Brotherhood Alliance")."""
    found = []
    names = {}
    for key, node in name_index(view).items():
        names.setdefault(key, node)
    for n in (4, 3, 2):
        for i in range(len(tokens) - n + 1):
            span = range(i, i + n)
            if taken & set(span) or tokens[i] in lexicon.stopwords or tokens[i + n - 1] in lexicon.stopwords:
                continue
            key = " " + name_key(" ".join(tokens[i:i + n]))
            if i and (i - 1 in taken or tokens[i - 1] == "'s") and " ".join(tokens[i:i + n]) in _services():
                continue  # "the thai *air force*", "pakistan's *navy*": the service of the state just named
            ends = {name: node for name, node in names.items() if (" " + name).endswith(key)}
            nodes = set(ends.values())
            if len(nodes) == 1 and not any(_named_by_head(view, name[:-len(key)]) for name in ends):
                found.append((i, n, nodes.pop()))
                taken.update(span)
    return found


def _services() -> tuple[str, ...]:
    """A state's services and bodies said after its name ("air force", "navy": ``actor_suffixes`` of the grammar)."""
    from diplograph.queries.grammar import load_grammar

    return load_grammar().actor_suffixes


def _named_by_head(view, head: str) -> bool:
    """Whether the words before a name's end are a name themselves ("*Polish* Air Force", "*Thai* Navy"):
    then what tells that actor apart is its head, and the end alone ("pakistan's air force") is anyone's."""
    head = head.strip()
    return bool(head) and (name_key(head) in name_index(view) or _gazetteer(view, head) is not None)


def _weapon_named(view, tokens: list[str], taken: frozenset[int] = frozenset()) -> str | None:
    """A weapon a claim names that is no actor of the graph (SIPRI's designations): "TB2s". Words
    read as an actor (``taken``: "nigeria", also a ship's name) or that are a weapon category's own
    words ("fighter jets", "attack helicopters": also the tail of a designation, "APC-79 Fighter")
    name the actor or the category, never a system."""
    from diplograph.graph.weapons import load_weapons

    names = claim_weapons(view)
    for n in (4, 3, 2, 1):
        for i in range(len(tokens) - n + 1):
            if taken & set(range(i, i + n)):
                continue
            text = " ".join(tokens[i:i + n])
            for form in (text, text[:-1] if text.endswith("s") else None, text[:-2] if text.endswith("xes") else None):
                if form and name_key(form) in names and not (n == 1 and len(form) < 3 and not _DESIGNATION.match(form)):
                    if any(m.start == 0 and m.end == len(text) for m in load_weapons().named_in(text)):
                        continue
                    return names[name_key(form)]
    return _designation_begun(names, tokens)


_DESIGNATION = re.compile(r"^[a-z]{1,5}-?\d[a-z\d-]*$")


def _designation_begun(names: dict[str, str], tokens: list[str]) -> str | None:
    """A designation typed without the model name or variant letter SIPRI gives it ("s-400s" for the
    "S-400 Triumf", "f-35" for the "F-35A"): the designation as typed, which every such name begins with."""
    from diplograph.graph.weapons import _models_regex

    for token in tokens:
        form = token[:-1] if token.endswith("s") and token[-2:-1].isdigit() else token
        if _DESIGNATION.match(form):
            begins = _models_regex([form])
            if any(begins.match(name) for name in names):
                return form.upper()
    return None


_CONSONANT = "b-df-hj-np-tv-z"


def _typed_forms(key: str) -> set[str]:
    """Other ways analysts type a designation: a space for its hyphen ("leopard 2", "type 209"), an "i" for a
    transliterated "y" between consonants ("pantsir" for "pantsyr"), and the system's name without the index
    number SIPRI sets first ("pantsyr-s1", "pantsyr" of "96k9 pantsyr-s1"), when that name has a word of letters.

    >>> sorted(_typed_forms("96k9 pantsyr-s1"))
    ['96k9 pantsir s1', '96k9 pantsir-s1', '96k9 pantsyr s1', 'pantsir', 'pantsir s1', 'pantsir-s1', 'pantsyr', 'pantsyr s1', 'pantsyr-s1']
    """
    words = key.split()
    named = " ".join(words[1:]) if len(words) > 1 and re.search(r"\d", words[0]) else ""
    found = {key}
    if named and re.search(r"[a-z]{4}", named):
        found |= {named, named.split("-")[0]} if re.fullmatch(r"[a-z]{4,}-[a-z\d]+", named) else {named}
    found |= {f.replace("-", " ") for f in found}
    found |= {re.sub(rf"(?<=[{_CONSONANT}])y(?=[{_CONSONANT}])", "i", f) for f in found}
    return {f for f in found if f != key and len(f) >= 4}


_CLAIM_WEAPONS: dict = {}
_CALIBRE = re.compile(r"\s+\d+(?:\.\d+)?mm$")


def claim_weapons(view) -> dict[str, str]:
    key = id(view)
    cached = _CLAIM_WEAPONS.get(key)
    if cached is None or cached[0] is not view:
        names = {}
        for _, _, data in view.edges(data=True):
            for claim in data["claims"]:
                weapon = (claim.properties or {}).get("weapon")
                if weapon:
                    names.setdefault(name_key(weapon), weapon)
        for key, weapon in list(names.items()):  # "k9", "j10c" typed without a designation's hyphen
            names.setdefault(re.sub(r"(?<=[a-z])-(?=\d)", "", key), weapon)
        for key, weapon in list(names.items()):  # "caesar" for SIPRI's "CAESAR 155mm": analysts leave the calibre out
            bare = _CALIBRE.sub("", key)
            if bare != key and len(bare) >= 3 and re.search(r"[a-z]", bare):
                names.setdefault(bare, weapon)
        for key, weapon in list(names.items()):
            for form in _typed_forms(key):
                names.setdefault(form, weapon)
        cached = _CLAIM_WEAPONS[key] = (view, names)
    return cached[1]


# The nouns a region adjective qualifies when it keeps the answers to its members ("*Gulf* buyers")
_NOUNS = ("countries|states|nations|governments|govts|powers|monarchies|republics|members|allies|capitals|"
          "neighbours|neighbors|buyers|customers|suppliers|partners|forces|militaries|armies|leaders|officials|"
          "juntas|regimes|rulers")


@functools.cache
def _type_nouns() -> str:
    """The plural type words of ``grammar.yaml`` ("presidents", "shipbuilders", "banks"), save arms: a region
    before any of them qualifies the answers ("which *Latin American* presidents", "*Gulf* banks")."""
    text = resources.files("diplograph.queries").joinpath("grammar.yaml").read_text(encoding="utf-8")
    types = load_data(text).get("types") or {}
    words = {str(w) for kind, said in types.items() if kind != "weapon" for w in said or () if str(w).endswith("s")}
    words |= set(_NOUNS.split("|"))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


# The nouns for buyers of arms, which a region said before the arms qualifies ("*Sahel* TB2 customers")
_BUYER_NOUNS = "buyers|customers|clients|recipients|operators|users|importers"


def _joined_regions(text: str, found: list[Region]) -> str:
    """The question without two region adjectives joined before the noun they qualify ("*Nordic and
    Baltic* members", "Gulf or Levant states"), their union added to ``found``: either region's
    members answer, not only those in both."""
    names = "|".join(r"\s+".join(map(re.escape, key.split())) for key in sorted(load_regions(), key=len, reverse=True))
    pattern = re.compile(rf"\b(?:the\s+)?({names})\s+(?:and|or|&|/)\s+(?:the\s+)?({names})(?=\s+(?:{_type_nouns()})\b)",
                         re.IGNORECASE)
    match = pattern.search(text)
    if match is None:
        return text
    first, second = (load_regions()[name_key(match.group(k))] for k in (1, 2))
    if first is second:
        found.append(first)
    else:
        found.append(Region(f"{first.name} or {second.name}", tuple(dict.fromkeys(first.members + second.members))))
    return text[:match.start()] + text[match.end():]


def _region_words(text: str) -> tuple[str, list[Region]]:
    """The question without the region words that qualify what it asks for ("which *Central
    Asian* countries", "*Gulf* states", "which *Gulf* state", "in *Sahel* countries"), and those regions."""
    found = []
    text = _joined_regions(text, found)
    for key in sorted(load_regions(), key=len, reverse=True):
        # a region whose words are not all in the question cannot match: its pattern is not compiled (180 of
        # them, a tenth of a cold question's time); the keys are ASCII, so in an ASCII question lower() is exact
        if text.isascii() and not all(word in text.lower() for word in key.split()):
            continue
        name = r"\s+".join(map(re.escape, key.split()))
        pattern = re.compile(r"\b(?:" + name + rf"(?=\s+(?:{_type_nouns()})\b)"
                             # glued before the arms that the buyers asked for bought ("sahel bayraktar customers")
                             + rf"|{name}(?=(?:\s+[\w-]+){{1,3}}\s+(?:{_BUYER_NOUNS})\b)"
                             + r"|(?:in|across|among|within)\s+(?:the\s+)?"
                             + name + r"\b(?!(?-i:\s+[A-Z]))"  # "in the Baltic Shield": a name
                             # one asked for ("which Gulf state hosts X"), never one said of a name ("is X a Gulf state")
                             + r"|(?:(?<=\bwhich\s)|(?<=\bwhat\s))" + name
                             + r"(?=\s+(?:country|state|nation|government|monarchy|republic|power|regime|junta)\b))",
                             re.IGNORECASE)
        match = pattern.search(text)
        if match is None:
            continue
        region = load_regions()[key]
        if region not in found:
            found.append(region)
        text = text[:match.start()] + text[match.end():]
    if found:  # "which GCC members ...": the bloc's members are the countries asked for
        text = re.sub(r"\b(which|what)\s+member(?:s|\s+states|\s+countries)\b", r"\1 countries", text, flags=re.IGNORECASE)
    return " ".join(text.split()), found


def newest_date(view) -> str:
    """The newest publication date among the graph's sources ("last year" is the year before it);
    when no source is dated, the newest date a claim gives."""
    dates = [getattr(s, "published", "") for s in (view.graph.get("sources") or {}).values()]
    newest = max((d for d in dates if d), default="")
    if newest:
        return newest
    return max((c.date for _, _, data in view.edges(data=True) for c in data["claims"] if c.date), default="")
