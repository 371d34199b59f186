"""Questions that tell their matter first and ask of it after a dash or a colon, or open on a word of evidence:
restated as the plain question they stand for, which the reader then reads as any other.

- a deed told, then its date asked ("Parva suspended its pact with Ostia — what day?", "X struck Y: when was
  that?"): when it was done (a clause, never a noun phrase: "the X-Y pact - when?" is asked elsewhere);
- forces and their place, then whose they are ("foreign troops in Quell - whose?", "whose troops are in Quell",
  "which countries' soldiers are in Quell"): who has forces there;
- a trip, by its traveller, time and place, then whom he saw ("X's october trip to Rhun - who did he see?"): asked
  during the trip (:mod:`diplograph.queries.occasions`), seeing someone there being meeting them;
- a meeting named by its place and sides, then its day ("the Lune summit of Venn, Kora and Quint - which day?"):
  when they met;
- a setting first ("at the plant opening in Lune, who did Venn meet?"): the question with its setting after it;
- talks by their sides, then who hosted them ("A-B talks in Lune, may 2024 - who hosted?"): the host of the talks
  between the two (the ``MEDIATION`` verbs of ``grammar.yaml``);
- a buyer's purchases, then which firms won the contracts ("X's 2024 frigate buys - which shipbuilders got the
  contracts?", "who won the contract for X's frigates"): who sold them to the buyer;
- "any sign", "any evidence", "is there any indication" that something was done: whether it is true.

Each is tried on a question as typed and changes nothing it does not match whole.
"""

from __future__ import annotations

import re

from diplograph.graph.dates import MONTHS
from diplograph.queries.occasions import occasion

_DASH = r"\s*(?:\s[-–—]+|[-–—]{2,}|:|,)\s*"
_QUESTION_WORD = re.compile(r"(?i)(?:who|whom|whose|what|which|where|when|how|why|is|are|was|were|did|does|do|has|have|"
                            r"had|can|could|will|would|should|any|the|a|an)\b")
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
_TIME_WORDS = re.compile(rf"(?i)^(?:(?:early|mid|late)[\s-]+)?(?:(?:{_MONTH})\.?(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)$")

# ---- a deed told, then its date ------------------------------------------------------------------------
_WHEN = (r"(?:(?:on\s+)?(?:what|which)\s+(?:day|date|year|month)(?:\s+(?:was|did)\s+(?:that|it|this)(?:\s+happen)?)?"
         r"|when(?:\s+(?:was|did)\s+(?:that|it|this)(?:\s+happen)?)?|(?:exact\s+)?date|(?:the\s+)?day)")
_DEED_THEN_WHEN = re.compile(rf"^(?P<clause>.{{5,160}}?){_DASH}(?P<ask>{_WHEN})$", re.IGNORECASE)
# a verb of the past tense, lower case (a capitalised "United" is a name), not qualifying a noun after a determiner
_PAST = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\ban )\b(?:[a-z]{2,}ed|sent|sold|struck|hit|met|made|built|bought|gave|"
                   r"took|held|fought|shot|paid|brought|won|cut|broke|tore|threw|sought|told|began|froze|"
                   r"signed|split|quit|left|shut|withdrew|drew|swore|led|set)\b")


def deed_then_when(text: str) -> str:
    """A deed told, then its date asked: when it was done.

    >>> deed_then_when("Parva suspended the 2018 military pact with Ostia — what day")
    'when Parva suspended the 2018 military pact with Ostia'
    >>> deed_then_when("rhun shot down the parvan drone: when was that")
    'when rhun shot down the parvan drone'
    >>> deed_then_when("the Parva-Ostia pact - when")
    'the Parva-Ostia pact - when'
    >>> deed_then_when("who suspended the pact - when")
    'who suspended the pact - when'
    """
    found = _DEED_THEN_WHEN.match(text)
    if not found or _QUESTION_WORD.match(found["clause"]) or not _PAST.search(found["clause"]):
        return text
    return f"when {found['clause'].strip()}"


# ---- forces, then whose --------------------------------------------------------------------------------
def forces_whose(text: str, forces_nouns: tuple[str, ...]) -> str:
    """Forces in a place asked whose: who has them there.

    >>> forces_whose("foreign troops in Quell - whose", ("troops", "soldiers"))
    'who has troops in Quell'
    >>> forces_whose("whose soldiers were in Quell in 2020", ("troops", "soldiers"))
    'who had soldiers in Quell in 2020'
    >>> forces_whose("which countries' troops are in Quell", ("troops",))
    'which countries have troops in Quell'
    >>> forces_whose("whose troops attacked Quell", ("troops",))
    'whose troops attacked Quell'
    """
    if not forces_nouns:
        return text
    nouns = "|".join(re.escape(w) for w in sorted(forces_nouns, key=len, reverse=True))
    placed = r"(?:(?:stationed|deployed|based|present|garrisoned|posted)\s+)?(?:in|inside|on the ground in)"
    foreign = r"(?:(?:the\s+)?(?:foreign|outside|overseas|other\s+countries'?|other\s+states'?)\s+)?"
    found = re.match(rf"^(?:the\s+)?{foreign}(?P<forces>{nouns})\s+{placed}\s+(?P<place>.{{2,60}}?){_DASH}whose$",
                     text, re.IGNORECASE)
    if found:
        return f"who has {found['forces']} in {found['place']}"
    found = re.match(rf"^(?P<wh>whose|(?:which|what)\s+(?P<type>\w+)'s?)\s+{foreign}(?P<forces>{nouns})\s+"
                     rf"(?P<be>are|is|were|was|remain|remained)\s+(?:still\s+)?{placed}\s+(?P<place>.+)$", text, re.IGNORECASE)
    if not found:
        return text
    past = found["be"].lower() in ("were", "was", "remained")
    if found["type"]:
        return f"which {found['type']} {'had' if past else 'have'} {found['forces']} in {found['place']}"
    return f"who {'had' if past else 'has'} {found['forces']} in {found['place']}"


# ---- a trip, then whom the traveller saw ----------------------------------------------------------------
_TRIP = re.compile(rf"^(?P<who>[\w.'’ -]{{2,40}}?)(?:'s|’s|s'|s’)\s+(?P<said>(?:[\w-]+\s+){{0,3}}?)(?:trip|visit|journey|"
                   rf"tour|stopover|stop|swing|visits|trips)\s+(?:to|in|through)\s+(?P<place>[\w.'’ -]{{2,40}}?)"
                   rf"(?:,?\s+(?:in\s+)?(?P<time>(?:(?:early|mid|late)[\s-]+)?(?:(?:{_MONTH})\.?(?:\s+(?:19|20)\d\d)?|"
                   rf"(?:19|20)\d\d)))?{_DASH}(?P<ask>(?:who|whom)\s+did\s+(?P<pronoun>he|she|they)\s+(?P<verb>see|meet|"
                   rf"meet with|talk to|talk with|sit down with|hold talks with|speak to|speak with)"
                   rf"|(?:who|whom)\s+(?:was|were)\s+(?:he|she|they)\s+(?:seeing|meeting))$", re.IGNORECASE)


def trip_then_whom(text: str) -> str:
    """A trip named first, then whom the traveller saw: asked during the trip, its time the window.

    >>> trip_then_whom("venn's october trip to rhun - who did he see")
    "during Venn's visit to Rhun, whom did he meet in october"
    >>> trip_then_whom("Venn's surprise visit to Rhun, May 2024: who did he meet with")
    "during Venn's visit to Rhun, whom did he meet in May 2024"
    >>> trip_then_whom("venn's trip to rhun - who paid for it")
    "venn's trip to rhun - who paid for it"
    """
    found = _TRIP.match(text)
    if not found:
        return text
    said = found["said"].strip()
    time = found["time"] or (said if _TIME_WORDS.match(said) else "")
    who, place = (" ".join(w[:1].upper() + w[1:] for w in found[k].split()) for k in ("who", "place"))
    # the time closes the question: said inside the occasion, it would be read as part of the place's name
    return f"during {who}'s visit to {place}, whom did {found['pronoun'] or 'he'} meet" + (f" in {time}" if time else "")


# ---- talks, then their host -----------------------------------------------------------------------------
_HOSTED = re.compile(rf"^(?:the\s+)?(?P<talks>.{{3,140}}?\b(?:talks|negotiations|meeting|meetings|summit|dialogue|"
                     rf"round|consultations)\b.{{0,80}}?){_DASH}(?P<who>who|which\s+\w+)\s+(?:hosted(?:\s+(?:them|it))?|"
                     rf"was\s+(?:the\s+)?host|were\s+(?:the\s+)?hosts?|convened(?:\s+(?:them|it))?|"
                     rf"hosted\s+by)$", re.IGNORECASE)
_PAIRED_TALKS = re.compile(r"^(?P<a>[\w.]{2,})[-–](?P<b>[\w.]{2,})\s+(?P<mid>(?:[\w'’]+\s+){0,3}?)(?P<talks>talks|"
                           r"negotiations|meeting|meetings|summit|dialogue|round|consultations)\b(?P<rest>.*)$",
                           re.IGNORECASE)


def talks_then_host(text: str) -> str:
    """Talks named first, then who hosted them: the host of the talks between the two sides.

    >>> talks_then_host("parva-ostia foreign ministers' talks in velm, may 2024 - who hosted")
    'who hosted the talks between parva and ostia in velm, may 2024'
    >>> talks_then_host("the ostia talks - who hosted them")
    'who hosted the ostia talks'
    >>> talks_then_host("ostia talks may 2024 - which govt hosted")   # the type asked is kept
    'which govt hosted the ostia talks may 2024'
    >>> talks_then_host("parva-ostia talks - who attended")
    'parva-ostia talks - who attended'
    """
    found = _HOSTED.match(text)
    if not found:
        return text
    talks, who = found["talks"].strip(), " ".join(found["who"].split())
    paired = _PAIRED_TALKS.match(talks)
    if paired and paired["a"].lower() not in ("al", "el", "ad", "ash", "bin", "ibn", "abu"):
        return f"{who} hosted the {paired['talks']} between {paired['a']} and {paired['b']}{paired['rest']}"
    return f"{who} hosted the {talks}"


# ---- a meeting named by its sides, then its day --------------------------------------------------------------
_MET_THEN_WHEN = re.compile(rf"^(?:the\s+)?(?:[\w'.-]+\s+){{0,4}}?(?:summit|meeting|talks|trilateral|bilateral|"
                            rf"get-together|sit-down)\s+(?:of|between|with)\s+(?P<sides>[\w'.-]+(?:\s+[\w'.-]+)?"
                            rf"(?:\s*,\s*[\w'.-]+(?:\s+[\w'.-]+)?)*\s*(?:,\s*)?(?:and|&)\s+[\w'.-]+(?:\s+[\w'.-]+)?)"
                            rf"{_DASH}(?P<ask>{_WHEN})$", re.IGNORECASE)


def meeting_then_when(text: str) -> str:
    """A meeting named by its place and its sides (leaders by surname too), then its day asked: when they met.

    >>> meeting_then_when("lune lodge summit of venn, kora and quint - which day")
    'when did venn, kora and quint meet'
    >>> meeting_then_when("the talks between parva and ostia: when")
    'when did parva and ostia meet'
    >>> meeting_then_when("the summit of the parvan leaders - when")
    'the summit of the parvan leaders - when'
    """
    found = _MET_THEN_WHEN.match(text)
    if not found:
        return text
    return f"when did {' '.join(found['sides'].replace('&', 'and').split())} meet"


# ---- a setting first, then the question -----------------------------------------------------------------------
_SETTING_FIRST = re.compile(r"^(?P<setting>(?:at|in|during|on\s+the\s+sidelines\s+of)\s+[^,?]{3,80}?),\s*"
                            r"(?P<rest>(?:who|whom|which|what|where|did|does|do|has|have|had|was|were|is|are)\b.+)$",
                            re.IGNORECASE)


def setting_then_question(text: str) -> str:
    """A setting said first ("at the plant opening in Lune, who did Venn meet?"): the question with its setting
    closing it, where a place is read as where it happened, not as a party.

    >>> setting_then_question("at the plant opening in lune, who did venn hold talks with")
    'who did venn hold talks with at the plant opening in lune'
    >>> setting_then_question("during brant's visit to quell, who did he hold talks with")
    "during brant's visit to quell, who did he hold talks with"
    >>> setting_then_question("parva, ostia and rhun: who armed them")
    'parva, ostia and rhun: who armed them'
    """
    found = _SETTING_FIRST.match(text)
    if found is None or occasion(text) is not None:  # "during Brant's visit to Quell, ...": the trip asked of
        return text
    return f"{found['rest']} {found['setting']}"


# ---- purchases, then who won the contracts ---------------------------------------------------------------
_WON = r"(?:got|won|landed|secured|bagged|clinched|were\s+awarded|was\s+awarded|received)"
_CONTRACTS = r"(?:the\s+)?(?:contracts?|deals?|orders?|tenders?|business|work)"
_BUYS = re.compile(rf"^(?P<buyer>[\w.'’ -]{{2,40}}?)(?:'s|’s|s'|s’)\s+(?P<what>(?:[\w-]+\s+){{0,6}}?)(?:buys|purchases|"
                   rf"orders|acquisitions|procurement|procurements|buy|purchase|order|tenders|tender|shopping|deals)"
                   rf"{_DASH}(?P<wh>who|(?:which|what)\s+\w+)\s+{_WON}\s+{_CONTRACTS}$", re.IGNORECASE)
_CONTRACT_FOR = re.compile(rf"^(?P<wh>who|(?:which|what)\s+\w+)\s+{_WON}\s+{_CONTRACTS}\s+(?:for|to\s+(?:build|supply|"
                           rf"deliver|sell))\s+(?P<buyer>[\w.'’ -]{{2,40}}?)(?:'s|’s|s'|s’)\s+(?P<what>.+)$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def buys_then_sellers(text: str) -> str:
    """A buyer's purchases, then who won the contracts: who sold them to the buyer.

    >>> buys_then_sellers("parva's 2024 frigate and submarine buys - which shipbuilders got the contracts")
    'which shipbuilders sold frigate and submarine to parva in 2024'
    >>> buys_then_sellers("who won the contract for Parva's new frigates")
    'who sold new frigates to Parva'
    >>> buys_then_sellers("parva's frigate buys - who paid")
    "parva's frigate buys - who paid"
    """
    found = _BUYS.match(text) or _CONTRACT_FOR.match(text)
    if not found:
        return text
    what = found["what"].strip()
    year = _YEAR.search(what)
    what = " ".join(_YEAR.sub(" ", what).split())
    asked = f"{found['wh']} sold {what + ' ' if what else 'arms '}to {found['buyer'].strip()}"
    return asked + (f" in {year.group(0)}" if year else "")


# ---- a word of evidence, then a deed ----------------------------------------------------------------------
_SIGN = re.compile(r"^(?:(?:is|was|are|were)\s+there\s+)?(?:any\s+|some\s+)?(?:sign|signs|evidence|indication|"
                   r"indications|proof|confirmation|word|reports?|reporting|suggestion)\s+(?:at\s+all\s+)?"
                   r"(?:that\s+)?(?P<clause>(?!(?:of|on|about|for|from|in|to|that)\b)\S.{3,200})$", re.IGNORECASE)


def sign_that(text: str) -> str:
    """A deed asked through a word of evidence ("any sign X handed Y to Z"): whether it is true.

    >>> sign_that("any sign norland handed lance jets to quell")
    'is it true that norland handed lance jets to quell'
    >>> sign_that("is there any evidence that Rhun armed the Kite Brigade")
    'is it true that Rhun armed the Kite Brigade'
    >>> sign_that("any sign of Rhunic troops in Quell")
    'any sign of Rhunic troops in Quell'
    >>> sign_that("any reports on Quell")
    'any reports on Quell'
    """
    found = _SIGN.match(text)
    if not found or not (text.lower().startswith(("any", "is there", "was there", "are there", "were there", "some"))):
        return text
    clause = found["clause"]
    if not _PAST.search(clause) and not re.search(r"\b\w{3,}ing\b|\b(?:is|are|was|were|has|have|had)\b", clause):
        return text
    return f"is it true that {clause}"


def told_first(text: str, forces_nouns: tuple[str, ...] = ()) -> str:
    """``text`` restated by the first of the forms above that matches it whole; else as it stands."""
    for restate in (deed_then_when, meeting_then_when, setting_then_question, trip_then_whom, talks_then_host, buys_then_sellers, sign_that):
        said = restate(text)
        if said != text:
            return said
    return forces_whose(text, forces_nouns)
