"""Words an analyst puts around a question that the graph answers by itself: the text it was read in.

Analysts ask about what "the press release", "the case note", "Morocco's statement" or "the MHI
release" names. The graph is those texts, so such a reference asks for nothing more than the
articles: "Which UN officials does Morocco's statement name?" is "Which UN officials do the articles
name?", "Which of the defence firms in the MHI release are British?" drops "in the MHI release", and
"Across these pieces, whom ..." drops its opening. The words for a text are data (``text_nouns`` in
``grammar.yaml``). A reference is only dropped where it says where something was read (after "in",
"across", "per", "according to", or as the one who names): "Who signed the joint statement?" keeps
its statement, which is an agreement.

>>> texts_said("Which UN officials does Morocco's statement name")
'Which UN officials do the articles name'
>>> texts_said("Which of the defence firms in the Rhun release are Parvan")
'Which of the defence firms are Parvan'
>>> texts_said("Across these pieces, whom has Quell sanctioned")
'whom has Quell sanctioned'
>>> texts_said("Which Parvan officials come up in the Quell feature")
'Which Parvan officials come up in the articles'
>>> texts_said("Who signed the joint statement")
'Who signed the joint statement'
>>> texts_said("Which companies in these stories are Parvan")
'Which companies are Parvan'
>>> texts_said("which of these countries are in the Rhun Pact")
'which countries are in the Rhun Pact'

Two more ways of asking what the texts name: "Which of the <type words> are <a nationality>?" is
"Which <nationality> <type words> are mentioned?", and a closing "and who are they" after a count
asks for the answers, which a count gives anyway.

>>> texts_said("Which of the cartels and banks are Mexican")
'Which Mexican cartels and banks are mentioned'
>>> texts_said("How many Ukrainian officials does the press release name, and who are they")
'How many Ukrainian officials do the articles name'

An attack said to be made in words ("Who has attacked Pretoria in words?", "who attacked Quell
verbally") is criticism (``in_words`` in ``grammar.yaml``):

>>> plain("Who has attacked Pretoria in words this year")
'Who has criticised Pretoria this year'
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged

_MENTION = (r"name|names|named|mention|mentions|mentioned|cite|cites|cited|quote|quotes|quoted|list|lists|listed|"
            r"feature|features|featured|identify|identifies|identified|refer\s+to|refers\s+to|referred\s+to")
_SHOWING = (r"mentioned|named|cited|quoted|listed|featured|identified|referred\s+to|on\s+the\s+record|"
            r"(?:come|comes|came|show|shows|showed|turn|turns|turned)\s+up|appear|appears|appeared|"
            r"figure|figures|figured")


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = packaged("diplograph.queries", "grammar.yaml")
    # each noun and its plural ("story", "stories")
    nouns = sorted({form for n in data.get("text_nouns") or () for form in (str(n), _plural(str(n)))},
                   key=len, reverse=True)
    noun = "(?:" + "|".join(re.escape(n) for n in nouns) + ")"
    # a determiner or a possessive name, up to three words, then the word for a text
    ref = rf"(?:the|this|these|those|that|its|their|our|[A-Z][\w.&-]*'s)\s+(?:[\w.&'-]+\s+){{0,3}}?{noun}(?![\w-])"
    return (re.compile(rf"\b(?:do|does|did)\s+{ref}\s+(?=(?:{_MENTION})\b)"),
            re.compile(rf"\b(?P<verb>{_SHOWING})\s+(?:in|across)\s+{ref}", re.IGNORECASE),
            re.compile(rf"(?:,\s*|\s+)(?:in|across|per|as\s+per|according\s+to|going\s+by)\s+{ref}(?=\s|,|$)",
                       re.IGNORECASE),
            re.compile(rf"^(?:across|in|from)\s+(?:all\s+(?:of\s+)?)?{ref}\s*,?\s+", re.IGNORECASE))


_WHO_THEY = re.compile(r",?\s+and\s+(?:who|which|what)\s+(?:are|were|is)\s+(?:they|those|these|them)$", re.IGNORECASE)
_WHICH_OF = re.compile(r"^(?P<wh>which|what)\s+of\s+(?:the|these|those)\s+(?P<types>[\w-]+(?:,?\s+[\w-]+){0,4}?)\s+"
                       r"(?:are|is|were|was)\s+(?P<origin>[\w-]+)$", re.IGNORECASE)


def texts_said(text: str) -> str:
    """``text`` with its references to the texts it was read in made plain or dropped (see above)."""
    doer, showing, where, opening = _patterns()
    text = opening.sub("", text)
    text = doer.sub("do the articles ", text)
    text = showing.sub(lambda m: f"{m['verb']} in the articles", text)
    text = where.sub(lambda m: m.group(0) if "the articles" in m.group(0) else "", text)
    text = _WHO_THEY.sub("", " ".join(text.split()))
    found = _WHICH_OF.match(text)
    if found:
        return f"{found['wh']} {found['origin']} {found['types']} are mentioned" if _nationality(found["origin"]) \
            else text
    # "which of these countries are in NATO": the texts' countries are the graph's
    return _which_of_types().sub(lambda m: f"{m['wh']} {m['types']}", text)


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


@functools.cache
def _which_of_types() -> re.Pattern:
    data = packaged("diplograph.queries", "grammar.yaml")
    words = sorted({str(w) for ws in (data.get("types") or {}).values() for w in ws}, key=len, reverse=True)
    return re.compile(r"^(?P<wh>which|what)\s+of\s+(?:the|these|those|all\s+the|all\s+these)\s+"
                      rf"(?P<types>(?:{'|'.join(re.escape(w) for w in words)}))(?=\s|$)", re.IGNORECASE)


# "in 2025 and before", "in 2019 or later": a year and everything on one side of it
_YEAR_AND_SIDE = re.compile(r"\b(?:in|during)\s+(?P<year>\d{4})\s+(?:and|or)\s+(?P<side>before|earlier|prior|after|later|since)\b",
                            re.IGNORECASE)
# "on Syrian soil", "on Kenyan territory": in that state
# (only after a word of presence: "are on Congolese territory" is read as it stands, "are in X" being membership)
_SOIL = re.compile(r"\b(?P<verb>present|stationed|deployed|based|operating|active)\s+on\s+(?P<people>[A-Z][\w-]+)\s+"
                   r"(?:soil|territory|ground|land)\b")
# "Did anyone reject X?", "has any country recognised Y?": who did
_ANYONE = re.compile(r"^(?P<aux>did|has|have|had)\s+(?:anyone|anybody|someone|somebody|any\s+(?:country|state|"
                     r"government|side|actor|party|group|one))\s+(?:else\s+)?", re.IGNORECASE)
_AND_WITH_WHOM = re.compile(r",?\s+and\s+(?:with|to|from|against)\s+whom$", re.IGNORECASE)


_SHOWN_EITHER = re.compile(rf"\b(?:{_SHOWING})(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and|and/or)\s+)(?=(?:{_SHOWING})\b)",
                           re.IGNORECASE)


def plain(text: str) -> str:
    """``text`` said plainly: its texts (``texts_said``), an attack in words as criticism, a year and
    everything before or after it as a window, a state's soil as the state, "did anyone V" as who did,
    and a closing "and with whom" (the answers say with whom).

    >>> plain("Which governments has Washington struck deals with in 2025 and before")
    'Which governments has Washington struck deals with up to 2025'
    >>> plain("Which foreign militaries are present on Syrian soil")
    'Which foreign militaries are present in Syria'
    >>> plain("Did anyone reject resolution 2797")
    'who did reject resolution 2797'
    >>> plain("What has Australia put its signature to, and with whom")
    'What has Australia put its signature to'
    >>> plain("Which Parvan officials are quoted or named in the live blog")
    'Which Parvan officials are named in the articles'
    """
    text = _SHOWN_EITHER.sub("", text)  # "quoted or named": one word of mention says it
    text = _in_words(texts_said(text))
    text = _YEAR_AND_SIDE.sub(lambda m: ("up to " if m["side"].lower() in ("before", "earlier", "prior") else "since ")
                              + m["year"], text)
    text = _SOIL.sub(lambda m: f"{m['verb']} in {_state_name(m['people']) or m['people']}", text)
    text = _ANYONE.sub(lambda m: f"who {m['aux'].lower()} ", text)
    return _AND_WITH_WHOM.sub("", text)


def _state_name(word: str) -> str | None:
    from diplograph.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(word)
    return entry.name if entry is not None and entry.type == "state" else None


def _in_words(text: str) -> str:
    markers, verbs = _words_only()
    said = markers.search(text)
    if said is None:
        return text
    rest = text[:said.start()] + text[said.end():]
    changed = re.sub(r"\b(" + "|".join(map(re.escape, verbs)) + r")\b", lambda m: verbs[m.group(1).lower()], rest,
                     flags=re.IGNORECASE)
    return " ".join(changed.split()) if changed != rest else text


@functools.cache
def _words_only() -> tuple[re.Pattern, dict[str, str]]:
    data = packaged("diplograph.queries", "grammar.yaml")
    said = data.get("in_words") or {}
    markers = sorted(map(str, said.get("markers") or ()), key=len, reverse=True)
    pattern = re.compile(r"[\s,]+(?:" + "|".join(re.escape(m) for m in markers) + r")(?=[\s,]|$)", re.IGNORECASE)
    return pattern, {str(k).lower(): str(v) for k, v in (said.get("verbs") or {}).items()}


def _nationality(word: str) -> bool:
    """Whether ``word`` names a state or its people ("Mexican", "British", "Parvan")."""
    from diplograph.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(word)
    return entry is not None and entry.type == "state"
