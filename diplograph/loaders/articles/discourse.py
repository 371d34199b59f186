"""Statements about a deal that a later sentence qualifies.

"Firm X also had similar deals with Y in 2022. ... unconfirmed reports suggest that the deals were
signed between Y and X's state": the second sentence says the deal itself is unconfirmed, so the
first sentence's claim about it must not stay asserted. :class:`DealQualifier` keeps the claims a
document makes about deals (their trigger is a deal word: "deal", "contract", ...) and, when a
sentence names "the deal(s)" under an "unconfirmed" cue and relates the same two parties (a firm
standing for the state it is based in), gives the earlier claims that modality.

>>> from diplograph.loaders.articles.pipeline import ArticleExtractor
>>> batch = ArticleExtractor().extract_text(
...     "Brazilian drone company Embraer had drone deals with Ghana in 2023. Unconfirmed reports "
...     "suggest that the deals were signed between Ghana and Brazil.", date="2024-01-01")
>>> [(c.subject, c.predicate, c.object, c.modality) for c in batch.claims if c.predicate != "BASED_IN"]
[('company:embraer', 'ARMS_TRANSFER', 'state:GHA', 'unconfirmed'), ('state:GHA', 'AGREEMENT', 'state:BRA', 'unconfirmed')]
"""

from __future__ import annotations

import dataclasses

from diplograph.graph.model import Claim
from diplograph.loaders.articles.lexicon import Lexicon

WINDOW = 600  # characters: the deal a sentence calls "the deal" was told a sentence or two before
_DEFINITE = frozenset({"the", "these", "those", "such", "this", "that"})
QUALIFYING = ("unconfirmed",)  # modalities a later mention of the deal passes back


class DealQualifier:
    def __init__(self, lexicon: Lexicon):
        self.deal_words = lexicon.noun_class["agreement"]
        self.told: list[tuple[int, tuple]] = []  # (sentence end, claim key) of claims about a deal

    def is_deal(self, trigger) -> bool:
        return trigger is not None and trigger.pos_ in ("NOUN", "PROPN") and trigger.lemma_.lower() in self.deal_words

    def remember(self, key: tuple, trigger, end: int) -> None:
        """Note a claim whose trigger is a deal word (an earlier mention of the deal)."""
        if self.is_deal(trigger):
            self.told.append((end, key))

    def qualify(self, claims: dict[tuple, Claim], here: list[tuple[tuple, object]], start: int) -> None:
        """``here``: (key, trigger) of the claims of the sentence that starts at ``start``. A
        definite deal word among their triggers whose claim is unconfirmed passes that modality
        to the earlier claims about a deal between the same parties."""
        for key, trigger in here:
            claim = claims.get(key)
            if claim is None or claim.modality not in QUALIFYING or not self.is_deal(trigger) or \
                    not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children):
                continue
            parties = {claim.subject, claim.object}
            states = _states_of_firms(claims)
            for end, earlier_key in self.told:
                earlier = claims.get(earlier_key)
                if earlier is None or not 0 <= start - end <= WINDOW or earlier.modality != "asserted":
                    continue
                sides = [{a, states.get(a, a)} for a in (earlier.subject, earlier.object)]
                if all(side & parties for side in sides):
                    claims[earlier_key] = dataclasses.replace(earlier, modality=claim.modality)


def _states_of_firms(claims: dict[tuple, Claim]) -> dict[str, str]:
    """firm id -> the state it is based in, as this document says so far."""
    return {c.subject: c.object for c in claims.values()
            if c.predicate == "BASED_IN" and c.subject.startswith("company:") and c.object.startswith("state:")}
