"""A deed asked through its doer's own account: "which groups did Ostia *say it* struck?", "who does Rhun *claim
its jets* hit?", "which camps did Parva *claim to have* bombed?". Analysts ask so because the sources tell strikes,
arrests and seizures as the doer announced them; the graph holds the deed itself, with who said it in each claim's
evidence, so the question is the deed asked of the speaker (:meth:`Grammar.normalise
<diplograph.queries.grammar.Grammar.normalise>`).

Only when the one who speaks is the one who did it: the clause after the verb of saying opens with a pronoun for
the speaker, or its forces ("its army", "their jets"). Left as typed: what someone said about another ("who did A
say attacked it", "did A say B hit C": an accusation, not the speaker's deed), words alone ("what did A say about
B"), a denial ("which groups did A deny hitting"), and what was only promised or threatened ("did A say it would
strike B": the modal keeps its sense).

The doer's account said first ("according to Ostia, which groups did it strike?", "per Rhun, who did its jets
hit?") is the same question once no source of the graph bears that name (:mod:`diplograph.queries.according`
reads those first): the pronoun after the comma stands for the one named.
"""

from __future__ import annotations

import re

_SAYING = (r"say|says|said|claim|claims|claimed|announce|announces|announced|report|reports|reported|confirm|"
           r"confirms|confirmed|admit|admits|admitted|acknowledge|acknowledges|acknowledged|boast|boasts|boasted|"
           r"state|states|stated|insist|insists|insisted")
_SPEAKER_AGAIN = (r"(?:it|they|he|she|(?:its|their|his|her)\s+own|(?:its|their|his|her)\s+(?:own\s+)?"
                  r"(?:forces|army|military|troops|jets|aircraft|air\s+force|navy|drones|missiles|units|soldiers|"
                  r"police|security\s+forces))")
# no modal or negation after the pronoun: "said it would strike" is a threat, "said it had not hit" a denial
_NOT_DONE = r"(?!(?:would|will|could|might|may|can|should|shall|was\s+going|is\s+going|intends|intended|plans|planned|" \
            r"wants|wanted|did\s+not|didn't|had\s+not|hadn't|has\s+not|hasn't|never|not)\b)"
_SAID = re.compile(rf"\b(?P<aux>did|does|do|has|have|had)\s+(?P<speaker>(?:(?!\b(?:{_SAYING})\b)[\w'.-]+\s+){{1,4}}?)"
                   rf"(?:{_SAYING})\s+(?:that\s+)?(?:{_SPEAKER_AGAIN}\s+(?:had\s+|has\s+|have\s+)?{_NOT_DONE}"
                   rf"|to\s+have\s+)(?=[a-z])", re.IGNORECASE)


def speaker_deed(text: str) -> str:
    """``text`` with a deed asked through its doer's account asked as the deed (see the module's docstring).

    >>> speaker_deed("which militant groups did Ostia say it struck in May")
    'which militant groups did Ostia struck in May'
    >>> speaker_deed("who does the Rhunic army claim its jets hit")
    'who does the Rhunic army hit'
    >>> speaker_deed("which camps did Parva claim to have bombed")
    'which camps did Parva bombed'
    >>> speaker_deed("who did Ostia say attacked it")
    'who did Ostia say attacked it'
    >>> speaker_deed("did Ostia say it would strike Parva")
    'did Ostia say it would strike Parva'
    >>> speaker_deed("what did Ostia say about Parva")
    'what did Ostia say about Parva'
    """
    return _SAID.sub(lambda found: f"{found['aux']} {found['speaker']}", text)


_ACCORDING = re.compile(r"^(?:according\s+to|per|going\s+by)\s+(?P<speaker>[^,]{2,60}?)\s*,\s*(?P<rest>(?:who|whom|which|"
                        r"what|where|when|did|does|has|have|is|was)\b.+)$", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:it|they|he|she)\b|\b(?P<whose>its|their|his|her)\b", re.IGNORECASE)


def according_to_doer(text: str) -> str | None:
    """``text`` with the one named in an opening "according to X," put in the pronoun's place after it; None when
    it opens otherwise or no pronoun stands for X.

    >>> according_to_doer("according to Ostia, which groups did it strike")
    'which groups did Ostia strike'
    >>> according_to_doer("per the Rhunic army, who did its jets hit")
    "who did the Rhunic army's jets hit"
    >>> according_to_doer("according to Ostia, who struck Parva") is None
    True
    """
    found = _ACCORDING.match(text)
    if not found or not _PRONOUN.search(found["rest"]):
        return None
    speaker = found["speaker"]
    return _PRONOUN.sub(lambda p: f"{speaker}'s" if p["whose"] else speaker, found["rest"], count=1)
