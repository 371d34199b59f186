"""Questions said another way before the grammar reads them (:meth:`Grammar.normalise
<diplograph.queries.grammar.Grammar.normalise>`): a preposition put before its wh-word, a topic
named first and asked of by a pronoun, someone's approval asked as their backing, talks a pair
held, dates said loosely, "has A V-ed anyone", a blow said for a punitive step ("got hit with sanctions"), and
the closing words that say which texts to go by.
"""

from __future__ import annotations

import functools
import re


from diplograph.graph.dates import MONTHS
from diplograph.queries.yearparts import year_parts_said
from diplograph.datafiles import packaged

# Past participles (lower case: "Ahmed" is a name) that make "who's" "who has" ("who's Modi met")
_PARTICIPLES = (r"[a-z]+ed|had|got|gotten|met|sold|bought|made|sent|fought|led|built|held|brought|struck|taken|given|"
                r"seen|done|won|lost|left|run|set|put|cut|hit|kept|told|sought|paid|spent|signed|been")


# the name may hold a hyphen between letters ("Díaz-Canel — who is he"), never a dash set apart
# (never a clause or phrase opening the question: "During X's visit to Y, who did he meet?")
_TOPIC_FIRST = re.compile(r"^(?!(?i:who|whom|whose|what|which|where|when|how|why|is|are|was|were|does|did|do|has|have|had|"
                          r"during|while|after|before|since|as|if|once|in|on|at|for|from|to|with|by|of|over|under|amid|"
                          r"among|apart|aside|besides|except|other|unlike|like|following|despite|given|according|"
                          r"although|though|because|until|till)\b)"
                          r"(?P<name>(?:[^-–—:,?=]|(?<=\w)-(?=\w)){2,60}?)\s*(?:\s[-–—]|:|=|,)\s+(?P<rest>(?i:since\s+when|who|whom|whose|what|which|where|when|how|"
                          r"is|was|are|were|does|did|do|has|have|had|would|could|can|will|should|might)\b.*)$")
# A role named first, then only its holder's name asked for ("the X navy chief - name?", "X envoys: names")
_NAME_ASKED = re.compile(r"^(?P<name>(?:[^-–—:,?=]|(?<=\w)-(?=\w)){2,60}?)\s*(?:\s[-–—]|:|=)\s*(?:his\s+|her\s+|their\s+|the\s+)?"
                         r"(?:name(?P<many>s)?|who|who is it|who's that|who are they)$", re.IGNORECASE)
_WHICH_ALONE = re.compile(r"^(?:which|what)\s+(?P<type>countries|states|members|nations|governments)"
                          r"(?:\s+(?:exactly|precisely|again|then))?\s*\??$", re.IGNORECASE)
_PRONOUNS = {"he": "", "she": "", "they": "", "it": "", "him": "", "her": "", "them": "", "his": "'s", "its": "'s",
             "their": "'s"}


# A closing phrase that says which texts to go by ("..., per the Chad brief", "going by these
# articles", "in these pieces"): the graph is those texts, so it asks for nothing more.
_SOURCES_SAID = re.compile(
    r"[\s,]+(?:(?:per|according to|going by|judging by|based on|as reported in|as told in)\s+(?:the|these|this|those|our)"
    r"|in\s+(?:these|those))\s+(?:[\w'-]+\s+){0,3}?(?:brief|briefs|briefing|briefings|article|articles|piece|pieces|"
    r"report|reports|source|sources|story|stories|document|documents|coverage|texts?|files?|papers?|wires?|"
    r"accounts?|pages?)$", re.IGNORECASE)
_MENTIONING = re.compile(r"\b(mention|mentioned|named|cited|quoted|featured|discussed|listed|covered|appear|appears|"
                         r"appeared)$", re.IGNORECASE)
# "Against whom ...", "With which countries ...": a preposition moved before its wh-word
_FRONTED = re.compile(r"^(?P<prep>against|with|to|on|upon|at|from|for|toward|towards|into|by|over)\s+"
                      r"(?P<wh>whom|who|(?:which|what)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?P<rest>(?:has|have|had|did|does|do|is|are|"
                      r"was|were|will|would|can|could)\s+.+)$", re.IGNORECASE)


def preposition_last(question: str) -> str | None:
    """``question`` with a fronted preposition put back after its verb, or None.

    >>> preposition_last("Against whom has India used coercive measures")
    'whom has India used coercive measures against'
    >>> preposition_last("With which countries did Ankara sign deals")
    'which countries did Ankara sign deals with'
    >>> preposition_last("Who sold drones to Kyiv") is None
    True
    """
    found = _FRONTED.match(question.strip())
    if not found:
        return None
    return f"{found['wh']} {found['rest']} {found['prep'].lower()}"


# An event named first and then asked whether it happened ("the X strike on Y in 2022 - did it happen",
# "X hosting talks with Y: true or false", "X troops in Y - confirmed or not"): a yes-or-no question about it
_HAPPENED = re.compile(
    r"^(?P<event>.{3,120}?)\s*(?:\s[-–—]|:|,)\s*(?P<ask>(?:did|has|had|does)\s+(?:it|that|this|any of (?:it|this|that))\s+"
    r"(?:really\s+|actually\s+|ever\s+|in fact\s+)?(?:happen|happened|take place|taken place|took place|occur|occurred)"
    r"|(?:is|was)\s+(?:it|that|this)\s+(?:really\s+|actually\s+)?(?:true|real|confirmed|verified|genuine|so|a fact|the case)"
    r"(?:\s+or\s+not)?"
    r"|(?:really|actually)\s+(?:happened|true)|(?:confirmed|true|real|verified|genuine|happened|fact|for real)"
    r"(?:\s+or\s+(?:not|false|fake|fiction|rumou?r|just\s+(?:a\s+)?rumou?r|denied|unconfirmed))?"
    r"|(?:fact|truth)\s+or\s+(?:fiction|rumou?r)|yes\s+or\s+no|y/n)$", re.IGNORECASE)
_DOING = re.compile(r"^\S+(?:\s+\S+)?\s+\w{3,}ing\b")  # "doha hosting talks ...": what someone is doing
_DONE = re.compile(r"\b(?:\w{3,}ed|sent|sold|struck|hit|met|made|built|bought|gave|took|held|fought|led|shot|paid|"
                   r"brought|won|lost|cut|broke|spent|sought|kept|told|set)\b", re.IGNORECASE)


_DATE_OF = re.compile(r"^(?:the\s+|exact\s+|precise\s+)*(?:date|day|year|month|timing)\s+(?:of|for)\s+"
                      r"(?P<event>(?:the|a|an|\w+'s)\s+.{3,120})$", re.IGNORECASE)


# "date Quell shot down the Parvan jet", "the day when Ostia joined the bloc", "(first) year Ostia joined the bloc": a
# clause, not a noun (the earliest date is what a when-question answers first)
_DATE_CLAUSE = re.compile(r"^(?:the\s+|exact\s+|precise\s+|first\s+)*(?:date|day|year)\s+"
                          r"(?:when\s+|that\s+|on\s+which\s+|in\s+which\s+)?"
                          r"(?P<clause>(?!(?:of|for|range|and|or|is|was|are|were|format|line|\d+)\b)[\w'-]+\s+\S.{2,160})$",
                          re.IGNORECASE)


# a clipped query closed by the date of its deed ("the A-B deal - date signed", "- signing date", "- day agreed")
_DATE_CLOSING = re.compile(r"(?P<mark>\s[-–—]+\s*|:\s*|,\s*)(?:(?:exact\s+|precise\s+)?(?:date|day)\s+(?P<deed>\w+ed|signed)"
                           r"|(?P<noun>signing|signature)\s+date)$", re.IGNORECASE)


def date_asked(text: str) -> str:
    """A date asked for by a noun ("date of the X strikes on Y") or a clause ("date X shot down Y's
    drone"), as the when-question it stands for.

    >>> date_asked("date of the Norlandic strikes on Ostia")
    'when was the Norlandic strikes on Ostia'
    >>> date_asked("date Norland shot down the Ostian drone")
    'when Norland shot down the Ostian drone'
    >>> date_asked("the A-B minerals deal - date signed")
    'the A-B minerals deal - when signed'
    >>> date_asked("the A-B truce: signing date")
    'the A-B truce: when signed'
    >>> date_asked("first year Norland bought arms from Ostia")
    'when Norland bought arms from Ostia'
    >>> date_asked("dates of interest")
    'dates of interest'
    """
    found = _DATE_OF.match(text)
    if found:
        return f"when was {found.group('event')}"
    text = _DATE_CLOSING.sub(lambda m: f"{m.group('mark')}when {m.group('deed') or 'signed'}", text)
    found = _DATE_CLAUSE.match(text)
    return f"when {found.group('clause')}" if found else text


def happened_asked(text: str) -> str:
    """An event asked whether it happened, as the yes-or-no question it stands for: what someone is
    doing as "is ...", what someone did as "is it true that ...", a thing named as "was there ...".

    >>> happened_asked("the Norlandic raid on Ostia in May 2021 - did it happen")
    'was there the Norlandic raid on Ostia in May 2021'
    >>> happened_asked("Quell hosting talks with the Selva Front - yes or no")
    'is Quell hosting talks with the Selva Front'
    >>> happened_asked("Parva sent troops to Ostia: true or false")
    'is it true that Parva sent troops to Ostia'
    >>> happened_asked("who sold drones to Ostia")
    'who sold drones to Ostia'
    """
    found = _HAPPENED.match(text)
    if not found:
        return text
    event = found.group("event").strip()
    if re.match(r"(?i)(?:who|whom|whose|what|which|where|when|how|why|is|are|was|were|did|does|do|has|have|had)\b",
                event):
        return text  # a question already ("did X strike Y - confirmed?"): read as it stands
    if _DOING.match(event):
        return f"is {event}"
    if _DONE.search(event):
        return f"is it true that {event}"
    return f"was there {event}"


# A yes-or-no question typed without its verb ("greenland a nato member", "turkey an EU candidate?", "X an
# ally of Y"): a name, "a" or "an", and a noun of standing that says what the name is asked to be
_CLIPPED_IS = re.compile(r"^(?!(?i:who|whom|whose|what|which|where|when|how|why|is|are|was|were|did|does|do|has|have|had|"
                         r"can|could|will|would|should|list|name|show|give|tell|the|all|any|every)\b)"
                         r"(?P<name>(?:(?!\b(?i:of|for|to|with|from)\b)[^,:;?]){2,40}?)\s+"
                         r"(?P<rest>(?i:a|an)\s+(?:[\w'-]+\s+){0,3}?(?i:member|members|ally|allies|partner|observer|"
                         r"signatory|party|candidate|client|customer|supplier|proxy|vassal)\b.*)$")


# ... or a name, then "in" or "part of" a second name, and a word of time that makes it a question of standing
# ("cuba in brics now", "armenia still in the csto", "is X part of Y yet" typed as "X part of Y yet")
_STILL = r"(?i:still|already|now|yet|currently|anymore|any more|any longer|at present|today|these days)"
_CLIPPED_IN = re.compile(r"^(?!(?i:who|whom|whose|what|which|where|when|how|why|is|are|was|were|did|does|do|has|have|"
                         r"had|can|could|will|would|should|list|name|show|give|tell|the|all|any|every)\b)"
                         r"(?P<name>[\w'.-]+(?:\s+[\w'.-]+){0,2}?)\s+"
                         rf"(?P<rest>(?:{_STILL}\s+)?(?i:in|inside|within|part of|a part of)\s+(?i:the\s+)?"
                         rf"[\w'.-]+(?:\s+[\w'.-]+){{0,3}}?)(?P<end>\s+{_STILL})?$")


def clipped_is(text: str) -> str:
    """A yes-or-no question typed without its "is": with it put back.

    >>> clipped_is("norland a lune council member")
    'is norland a lune council member'
    >>> clipped_is("who is a member of the lune council")
    'who is a member of the lune council'
    >>> clipped_is("norland in the lune council now")
    'is norland in the lune council now'
    >>> clipped_is("norland in the lune council")
    'norland in the lune council'
    """
    found = _CLIPPED_IS.match(text)
    if found:
        return f"is {found['name']} {found['rest']}"
    found = _CLIPPED_IN.match(text)
    # "chinese ships in X now": forces or arms said by a plural, which forces_asked reads, are no name
    plural = re.search(r"\s(?!(?i:states|islands|emirates)$)\w+s$", found["name"]) if found else None
    if found and not plural and (found["end"] or re.match(_STILL, found["rest"])):
        return f"is {text}"
    return text


# Two sides named first, then "what happened?" ("athens & ankara in may: what happened", "X/Y - what's been going on")
_PAIR_FIRST = re.compile(r"^(?P<pair>[^:?]{3,80}?)\s*(?:\s[-–—]|:|,)\s*(?P<ask>what(?:'s|\s+has|\s+have|\s+is)?\s+"
                         r"(?:happened|happening|been happening|been going on|gone on|went on|going on|been up|up|the story|"
                         r"went down|gone down|going down|been going down|transpired)"
                         r"(?:\s+between\s+them)?)$", re.IGNORECASE)


def pair_first(text: str) -> str:
    """Two sides named first and then asked what happened between them.

    >>> pair_first("ostia & quell in may 2024: what happened")
    'what happened between ostia and quell in may 2024'
    >>> pair_first("rhun vs parva, june 2024 - what went down")
    'what happened between rhun and parva, june 2024'
    >>> pair_first("Parva - what happened")
    'Parva - what happened'
    """
    found = _PAIR_FIRST.match(text)
    if not found:
        return text
    pair = re.sub(r"\s*(?:&|/|\+|\bvs\.?|\bversus|\band)\s*", " and ", found["pair"], count=1, flags=re.IGNORECASE)
    return f"what happened between {pair.strip()}" if " and " in pair else text


def _topic_first(text: str) -> str:
    """A question that names its topic first and then asks of it by a pronoun ("zaw min tun - who does
    he speak for", "Bangladesh: who has it signed with"), with the name put in the pronoun's place.

    >>> _topic_first("Ersin Tatar - who does he represent")
    'who does Ersin Tatar represent'
    >>> _topic_first("Chad: who sold its army drones")
    "who sold Chad's army drones"
    >>> _topic_first("the Quad = which countries exactly")
    'which countries make up the Quad'
    >>> _topic_first("the Kyrgyz-Tajik border - who mediated")
    'the Kyrgyz-Tajik border - who mediated'
    >>> _topic_first("the rhun-parva truce in may, who brokered it")
    'who brokered the rhun-parva truce in may'
    >>> _topic_first("Which states armed Rhun, which sold it drones")
    'Which states armed Rhun, which sold it drones'
    >>> _topic_first("During Brant's visit to Quell, who did he meet")
    "During Brant's visit to Quell, who did he meet"
    >>> _topic_first("Lance jets for the Parvan air force - who is supplying")
    'who is supplying Lance jets for the Parvan air force'
    >>> _topic_first("ankara's proxies in syria - which armed group does it sponsor")
    'which armed group does ankara sponsor'
    >>> _topic_first("ankara's proxy in syria - who arms it")
    "who arms ankara's proxy in syria"
    >>> _topic_first("parvan army spokesman - name")
    'who is parvan army spokesman'
    """
    asked = _NAME_ASKED.match(text)
    if asked and len(asked.group("name").split()) <= 6:  # "pakistani military spokesman - name?": who holds it
        return f"who {'are' if asked.group('many') else 'is'} {asked.group('name')}"
    found = _TOPIC_FIRST.match(text)
    if not found or len(found.group("name").split()) > 8:
        return text
    name, rest = found.group("name").strip(), found.group("rest")
    if _SUPPLY_ALONE.match(rest):  # "Gripens for the Thai air force - who is supplying": supplying them
        return f"{rest} {name}"
    if len(name.split()) > 6:  # a long topic is an occasion, no name a pronoun stands for ("drone shot down ...")
        return text
    alone = _WHICH_ALONE.match(rest)
    if alone:  # "E3 = which countries exactly": what the body is made up of
        return f"which {alone.group('type')} make up {name}"
    words = rest.split(" ")
    for i, word in enumerate(words):
        if word.lower() in _PRONOUNS:
            # "ankara's proxies in syria - which group does it sponsor": proxies are no "it"; the owner is
            owner = _OWNER_OF_MANY.match(name) if word.lower() in _SINGULAR else None
            words[i] = (owner.group("owner") if owner else name) + _PRONOUNS[word.lower()]
            return " ".join(words)
    return text


_SINGULAR = frozenset({"he", "she", "it", "him", "his", "its"})
# a topic that is someone's things in the plural ("X's proxies in Y", "Parva's new drones"): a singular pronoun after
# it stands for the owner
_OWNER_OF_MANY = re.compile(r"^(?P<owner>(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?)'s\s+(?:[\w-]+\s+){0,2}?"
                            r"[\w-]{3,}(?<!ss)(?<!'s)s\b(?!\s*'s)", re.IGNORECASE)


# A supply verb left without its object after a topic of arms named first ("... - who is supplying", "- who sold")
_SUPPLY_ALONE = re.compile(r"^(?:who(?:'s)?|which\s+(?:country|state|company|firm|countries|states|companies|firms))\s+"
                           r"(?:(?:is|are|was|were|has|have|had)\s+)?(?:been\s+)?(?:supplying|supplied|supply|supplies|"
                           r"selling|sold|sell|sells|delivering|delivered|deliver|delivers|providing|provided|provide|"
                           r"provides|building|built|build|builds|shipping|shipped)$", re.IGNORECASE)


_CONSENT = re.compile(r"^(?P<aux>did|has|have|had|does|do)\s+(?P<getter>.+?)\s+(?:get|got|gotten|win|won|secure|"
                      r"secured|receive|received|obtain|obtained|gain|gained|have|had)\s+(?P<giver>.+?)(?:'s|s')\s+"
                      r"(?:ok|okay|approval|blessing|green light|green-light|go-ahead|nod|backing|support|consent|"
                      r"permission)\b.*$", re.IGNORECASE)


_HOSTED_PAIR = re.compile(r"\b(?P<verb>host|hosts|hosted|hosting|convene|convened|convenes)\s+the\s+(?P<a>[\w.]{2,})[-–]"
                          r"(?P<b>[\w.]{2,})\s+(?P<talks>talks|negotiations|meeting|meetings|summit|dialogue)\b", re.IGNORECASE)


def _talks_between(found: re.Match) -> str:
    """
    >>> _HOSTED_PAIR.sub(_talks_between, "who hosted the Parva-Quell talks in Lune")
    'who hosted the talks between Parva and Quell in Lune'
    """
    if found["a"].lower() in ("al", "el", "ad", "ash", "bin", "ibn", "abu"):  # "al-Sharaa": one name
        return found.group(0)
    return f"{found['verb']} the {found['talks']} between {found['a']} and {found['b']}"


def _consent_asked(text: str) -> str:
    """Getting someone's approval asked as that one's backing: the giver backs the getter.

    >>> _consent_asked("did Quell get Parva's blessing to build a port")
    'did Parva back Quell'
    """
    found = _CONSENT.match(text)
    return f"did {found['giver']} back {found['getter']}" if found else text


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_SAID = rf"(?:(?:{_MONTH})\.?\s+)?(?:19|20)\d\d"
# An event dated in brackets ("from the Lima summit on (late May 2024)"): the date it gives
_BRACKETED = re.compile(rf"\b(?P<word>since|from|after|before|until)\s+[^()?]{{1,60}}?\s*\(\s*(?:(?:early|mid|late)[\s-]+)?"
                        rf"(?P<date>{_DATE_SAID})\s*\)(?:\s+on(?:wards?)?\b)?", re.IGNORECASE)
# "late October 2024", "early 2023": the month or year; "from May 2024 on": since then
_PART_OF = re.compile(rf"\b(?:early|mid|late)[\s-]+(?=(?:{_DATE_SAID})\b)", re.IGNORECASE)
_FROM_ON = re.compile(rf"\bfrom\s+(?P<date>{_DATE_SAID})\s+on(?:wards?)?\b", re.IGNORECASE)


# "Has London threatened anyone?": whom it threatened (none is a no)
_ANYONE_ASKED = re.compile(r"^(?P<aux>has|have|had|did|does|do)\s+(?P<rest>.+?)\s+(?:anyone|anybody|someone|somebody|"
                           r"any(?:\s+other)?\s+(?:one|country|countries|state|states|nation|nations|group|groups))$",
                           re.IGNORECASE)


# "any Chinese firm sinking cash into X?", "anyone selling drones to Y": who is doing it
_ANY_DOING = re.compile(r"^(?:any|anyone|anybody|someone|somebody)(?P<np>(?:\s+(?!\w+ing\b)[\w'-]+){0,4}?)\s+"
                        r"(?P<verb>[a-z]{3,}ing|[a-z]{3,}ed)\b(?P<rest>.*)$", re.IGNORECASE)


def any_doing(text: str) -> str:
    """A question opened by "any" and a participle asked as "which ... is V-ing" (or "who", for anyone).

    >>> any_doing("any Parvan firm sinking cash into Quell")
    'which Parvan firm is sinking cash into Quell'
    >>> any_doing("anyone armed the Selva Group")
    'who armed the Selva Group'
    >>> any_doing("any news on Quell")
    'any news on Quell'
    """
    found = _ANY_DOING.match(text)
    if not found or found["verb"].lower() in ("thing", "nothing", "something", "bring", "king", "red", "need"):
        return text
    np = found["np"].strip()
    if bool(np) == text.lower().startswith(("anyone", "anybody", "someone", "somebody")):
        return text  # "anyone X ..." has no noun after it; "any ..." needs one
    wh = f"which {np}" if np else "who"
    be = " is" if found["verb"].lower().endswith("ing") else ""
    return f"{wh}{be} {found['verb']}{found['rest']}"


# "2010 - was A allied with B?", "1995: who were X's allies": a year set before the question, as a heading
_YEAR_FIRST = re.compile(r"^(?:in\s+)?(?P<year>(?:1[5-9]|20)\d\d)\s*(?:[:,]\s*|[-–—]\s+)(?P<rest>[a-z].*)$", re.IGNORECASE)


def _dates_restated(text: str) -> str:
    """The question with dates said loosely said plainly.

    >>> _dates_restated("who did A meet from the Lima summit on (late May 2024)")
    'who did A meet since May 2024'
    >>> _dates_restated("who did A meet from late May 2024 on")
    'who did A meet since May 2024'
    >>> _dates_restated("1998 - were A and B allied")
    'were A and B allied in 1998'
    >>> _dates_restated("1998-2003 arms sales of A")
    '1998-2003 arms sales of A'
    """
    text = _YEAR_FIRST.sub(lambda m: f"{m['rest']} in {m['year']}", text)
    text = year_parts_said(text)
    text = _BRACKETED.sub(lambda m: f"{'since' if m['word'].lower() == 'from' else m['word']} {m['date']}", text)
    text = _PART_OF.sub("", text)
    return _FROM_ON.sub(lambda m: f"since {m['date']}", text)


@functools.cache
def _blows() -> tuple[re.Pattern, re.Pattern, str, str] | None:
    spec = packaged("diplograph.queries", "grammar.yaml")
    spec = spec.get("blows") or {}
    if not spec.get("verbs") or not spec.get("nouns"):
        return None
    verbs = "|".join(map(re.escape, sorted(spec["verbs"], key=len, reverse=True)))
    nouns = "|".join(map(re.escape, sorted(spec["nouns"], key=len, reverse=True)))
    fresh = r"(?:(?:new|fresh|more|further|heavy|tough|sweeping|the|a|an)\s+)*"
    passive = re.compile(rf"\b(?P<be>got|get|gets|getting|was|were|been|is|are|be|being)\s+(?:{verbs})\s+(?:with|by)\s+{fresh}"
                         rf"(?P<agent>(?:[\w.'’-]+\s+){{0,3}}?){fresh}(?:{nouns})\b", re.IGNORECASE)
    active = re.compile(rf"\b(?:{verbs})\s+(?P<target>(?:[\w.'’-]+\s+){{1,4}}?)with\s+{fresh}(?:{nouns})\b",
                        re.IGNORECASE)
    return passive, active, spec.get("said") or "sanctioned", spec.get("base") or "sanction"


def blows_said(question: str) -> str:
    """``question`` with a blow said for a punitive step put plainly (``blows`` in ``grammar.yaml``): "got hit
    with US sanctions" was sanctioned by the US, "hit Quell with an embargo" sanctioned Quell, where "hit"
    alone is an attack.

    >>> blows_said("which officials got hit with Norlandic treasury sanctions")
    'which officials was sanctioned by Norlandic treasury'
    >>> blows_said("which banks were hit by new Ostian sanctions")
    'which banks were sanctioned by Ostian'
    >>> blows_said("did Parva hit Quell with fresh tariffs")
    'did Parva sanction Quell'
    >>> blows_said("who hit Quell with drones")
    'who hit Quell with drones'
    """
    blows = _blows()
    if blows is None:
        return question
    passive, active, said, base = blows
    be = {"got": "was", "gets": "is", "getting": "being"}  # "got sanctioned" is said plainly "was sanctioned"
    text = passive.sub(lambda m: f"{be.get(m['be'].lower(), m['be'])} {said}"
                       + (f" by {m['agent'].strip()}" if m["agent"].strip() else ""), question)

    def plainly(found: re.Match) -> str:
        asked = re.search(r"\b(?:did|does|do|will|would|to|can|could)\s+(?:\S+\s+){0,3}$", text[:found.start()],
                          re.IGNORECASE)
        return f"{base if asked else said} {found['target'].strip()}"
    return active.sub(plainly, text)


# "got" or "get" before a participle is the passive ("which banks got sanctioned", "did X get expelled by Y"), never a
# state one comes into ("got involved", "got married") nor arms got somewhere ("got K2s shipped", the causative)
_GOT_STATES = r"(?:involved|married|engaged|used|tired|bored|started|stuck|lost|elected|dressed|acquainted|rid|done|ready)"
_GOT_PARTICIPLE = re.compile(rf"\b(?P<got>got|gotten|gets|get|getting)\s+(?P<done>(?!{_GOT_STATES}\b)[a-z]{{3,}}ed|hit|struck|shot|"
                             r"caught|cut\s+off|kicked\s+out|thrown\s+out|left\s+out|shut\s+out|sold|sent)\b", re.IGNORECASE)
_DID_GET = re.compile(r"^(?P<aux>did|does|do|has|have|had)\s+(?P<who>.+?)\s+(?:get|got|gotten)\s+(?P<done>.+)$", re.IGNORECASE)


def got_passive(text: str) -> str:
    """The passive said with "get" said with "be".

    >>> got_passive("which banks got sanctioned by Norland")
    'which banks were sanctioned by Norland'
    >>> got_passive("did Ostia get expelled from the bloc")
    'was Ostia expelled from the bloc'
    >>> got_passive("who got involved in the talks")
    'who got involved in the talks'
    >>> got_passive("who got K2s shipped")
    'who got K2s shipped'
    """
    found = _GOT_PARTICIPLE.search(text)
    if not found:
        return text
    asked = _DID_GET.match(text)
    if asked and asked["done"].lower().startswith(found["done"].lower()):
        be = "was" if asked["aux"].lower() in ("did", "does", "do") else f"{asked['aux']} been"
        return f"{be} {asked['who']} {asked['done']}"
    be = "were" if re.match(r"(?i)(?:which|what)\s+\w+s\b", text) else "was"
    return text[:found.start()] + f"{be} {found['done']}" + text[found.end():]
