"""How far to trust a relation: who said it, how reliable they are, how many independent sources.

Intelligence analysts grade information on the Admiralty (NATO) scale, two characters:

* the **reliability** of a source, A to F, which the analyst gives (a folder's manifest, or the
  per-publisher table of ``diplograph grade``); a source nobody graded is F, "cannot be judged";
* the **credibility** of the information, 1 to 6, which diplograph derives from the relation's
  claims: how many *independent* sources affirm it, how firmly, and whether any denies it.

Sources are independent unless their documents are near-duplicates (the same wire story on five
sites): :func:`fingerprint` gives each article a MinHash signature and :func:`source_groups`
puts near-duplicates in one group, which counts once.

>>> grade = Grade.parse("b2")
>>> grade, grade.meets(Grade.parse("C3")), Grade("B", 4).meets(grade)
(Grade('B2'), True, False)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

from diplograph.names import name_key

RELIABILITY = {
    "A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
    "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged",
}
CREDIBILITY = {
    1: "confirmed by independent sources", 2: "probably true", 3: "possibly true",
    4: "doubtful", 5: "improbable", 6: "truth cannot be judged",
}
UNGRADED = "F"

# MinHash: 64 hash functions over five-word shingles; documents whose estimated Jaccard
# similarity reaches DUPLICATE_SIMILARITY are copies of one another.
PERMUTATIONS = 64
SHINGLE = 5
MIN_SHINGLES = 20  # a shorter text says too little to be called a copy of another
DUPLICATE_SIMILARITY = 0.6
BANDS, ROWS = 16, 4  # LSH: candidates share all ROWS values of at least one of BANDS bands
_PRIME = (1 << 61) - 1

_AFFIRMING = ("asserted", "reported", "planned")
# an invented wire story, for the examples
STORY = ("Turkey delivered a second batch of Bayraktar drones to Kyrgyzstan on Monday, officials in "
         "Bishkek said, weeks after the two governments signed a defence cooperation plan. The drones "
         "will patrol the southern border, where clashes with Tajik troops killed dozens last year, "
         "and a Turkish team will train the crews at a base near the capital.")
_DOUBTING = ("unconfirmed", "speculative")


@dataclass(frozen=True)
class Grade:
    """A source reliability letter and an information credibility number: ``B2``."""

    reliability: str
    credibility: int

    @classmethod
    def parse(cls, text: str) -> "Grade":
        """``"B2"``, ``"b 2"``; raises ValueError saying what a grade looks like."""
        match = re.fullmatch(r"\s*([A-Fa-f])\s*([1-6])\s*", str(text or ""))
        if not match:
            raise ValueError(f"{text!r} is not a grade: write a reliability letter A-F and a credibility "
                             "number 1-6, such as B2 (A1 is the best, F6 cannot be judged)")
        return cls(match.group(1).upper(), int(match.group(2)))

    def meets(self, minimum: "Grade") -> bool:
        """At least as good as ``minimum`` on both scales ("B2 or better": A or B, and 1 or 2)."""
        return self.reliability <= minimum.reliability and self.credibility <= minimum.credibility

    def __str__(self) -> str:
        return f"{self.reliability}{self.credibility}"

    def __repr__(self) -> str:
        return f"Grade({str(self)!r})"


def check_reliability(text: str) -> str:
    """A reliability letter A-F in upper case, or ValueError."""
    letter = str(text or "").strip().upper()
    if len(letter) != 1 or letter not in RELIABILITY:
        raise ValueError(f"{text!r} is not a reliability grade: use A (completely reliable) to E (unreliable), "
                         "or F (cannot be judged)")
    return letter


# -- near-duplicate documents -------------------------------------------------------------------

def fingerprint(text: str) -> str:
    """The MinHash signature of a document's words, as hex ('' for a text too short to compare).

    >>> len(fingerprint(STORY)), fingerprint("Too short to compare.")
    (512, '')
    """
    words = re.findall(r"\w+", text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 0))}
    if len(shingles) < MIN_SHINGLES:
        return ""
    import numpy as np  # here, not at the top: the CLI's every start reads this module, few fingerprint

    hashes = np.array([int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "big")
                       for s in shingles], dtype=np.uint64)
    a, b = _seeds()
    # a, b and the hashes are below 2**32, so a*h + b fits in 64 bits and the arithmetic is exact
    values = ((hashes[:, None] * a[None, :] + b[None, :]) % np.uint64(_PRIME)) & np.uint64(0xFFFFFFFF)
    return "".join(f"{v:08x}" for v in values.min(axis=0))


@lru_cache(maxsize=None)
def _seeds():
    """The MinHash functions' (a, b) pairs: the same at every run."""
    import numpy as np

    return np.random.default_rng(20240817).integers(1, 1 << 32, size=(2, PERMUTATIONS), dtype=np.uint64)


def similarity(one: str, other: str) -> float:
    """The estimated Jaccard similarity of two documents from their fingerprints."""
    if not one or not other or len(one) != len(other):
        return 0.0
    pairs = zip(_values(one), _values(other))
    return sum(x == y for x, y in pairs) / PERMUTATIONS


def _values(signature: str) -> list[str]:
    return [signature[i:i + 8] for i in range(0, len(signature), 8)]


def source_groups(sources: Iterable) -> dict[str, str]:
    """Source id -> the id of its group of near-duplicates (the smallest id of the group).
    Only sources in a group of two or more are listed; any other source is its own group.

    >>> from diplograph.graph.model import Source
    >>> other = "Iran opened a factory for its Ababil-2 drones in Tajikistan in May, the first abroad. " * 4
    >>> copies = [Source("src:b", fingerprint=fingerprint(STORY + " Read more stories on our site.")),
    ...           Source("src:a", fingerprint=fingerprint("Breaking news. " + STORY)),
    ...           Source("src:c", fingerprint=fingerprint(other + STORY[:60]))]
    >>> source_groups(copies)
    {'src:a': 'src:a', 'src:b': 'src:a'}
    """
    signed = {s.id: getattr(s, "fingerprint", "") for s in sources if getattr(s, "fingerprint", "")}
    buckets: dict[tuple, list[str]] = {}
    for source_id, signature in signed.items():
        values = _values(signature)
        for band in range(BANDS):
            buckets.setdefault((band, *values[band * ROWS:(band + 1) * ROWS]), []).append(source_id)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for members in buckets.values():
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                r1, r2 = root(first), root(second)
                if r1 != r2 and similarity(signed[first], signed[second]) >= DUPLICATE_SIMILARITY:
                    parent[max(r1, r2)] = min(r1, r2)
    groups: dict[str, list[str]] = {}
    for source_id in signed:
        groups.setdefault(root(source_id), []).append(source_id)
    return {m: min(members) for members in groups.values() if len(members) > 1 for m in sorted(members)}


# -- grades --------------------------------------------------------------------------------------

def reliability_of(source, publisher_grades: Mapping[str, str]) -> str:
    """A source's reliability: its own grade (a manifest's), else its publisher's in the
    analyst's table (names compared ignoring case and accents), else F."""
    own = getattr(source, "reliability", "") if source is not None else ""
    if own:
        return own
    publisher = getattr(source, "publisher", "") if source is not None else ""
    return publisher_grades.get(name_key(publisher), UNGRADED) if publisher else UNGRADED


def credibility(claims: Iterable, group_of: Mapping[str, str]) -> int:
    """The credibility 1-6 of a relation from its claims: what each independent group of
    sources says (its firmest claim), then

    * 1: two or more independent groups affirm it, at least one as fact, and none denies it;
    * 2: one group states it as fact and none denies it;
    * 3: it is affirmed but only as reported or planned, or affirmed by more groups than deny it;
    * 4: only hedged (unconfirmed, speculative), or denied by as many groups as affirm it;
    * 5: denied and affirmed by none; 6: no claims to judge.

    >>> from diplograph.graph.model import Claim
    >>> said = lambda source, modality: Claim("a", "ARMS_TRANSFER", "b", source, modality=modality)
    >>> credibility([said("s1", "asserted"), said("s2", "reported")], {})
    1
    >>> credibility([said("s1", "asserted"), said("s2", "reported")], {"s2": "s1"})  # s2 copies s1
    2
    >>> credibility([said("s1", "asserted"), said("s2", "denied")], {}), credibility([said("s1", "denied")], {})
    (4, 5)
    """
    firmest: dict[str, str] = {}
    order = {m: i for i, m in enumerate((*_AFFIRMING, *_DOUBTING, "denied"))}
    for claim in claims:
        group = group_of.get(claim.source_id, claim.source_id)
        known = firmest.get(group)
        if known is None or order.get(claim.modality, 99) < order.get(known, 99):
            firmest[group] = claim.modality
    if not firmest:
        return 6
    stances = list(firmest.values())
    affirm = sum(m in _AFFIRMING for m in stances)
    fact = sum(m == "asserted" for m in stances)
    deny = sum(m == "denied" for m in stances)
    if deny:
        return 3 if affirm > deny else (4 if affirm else 5)
    if affirm >= 2 and fact:
        return 1
    if fact:
        return 2
    return 3 if affirm else 4


def best_reliability(claims: Iterable, reliability: Mapping[str, str]) -> str:
    """The most reliable grade among the sources that affirm a relation (else among all)."""
    claims = list(claims)
    affirming = [c for c in claims if c.modality in _AFFIRMING] or claims
    return min((reliability.get(c.source_id, UNGRADED) for c in affirming), default=UNGRADED)


class SourceIndex(dict):
    """Source records by id (a view's ``sources``), knowing which are copies of one another."""

    def __init__(self, records=(), group_of: Mapping[str, str] | None = None):
        super().__init__(records)
        self.group_of = dict(group_of or {})


def independent_sources(claims: Iterable, sources: Mapping) -> int:
    """How many independent sources ``claims`` come from: copies of one story count once
    (``sources`` is a view's :class:`SourceIndex`; a plain mapping knows no copies)."""
    group_of = getattr(sources, "group_of", None) or {}
    return len({group_of.get(c.source_id, c.source_id) for c in claims})


class Trust:
    """The trust a view's relations deserve: each source's reliability and group of copies."""

    def __init__(self, sources: Mapping[str, object], publisher_grades: Mapping[str, str] | None = None):
        grades = {name_key(k): v for k, v in (publisher_grades or {}).items()}
        self.reliability = {sid: reliability_of(s, grades) for sid, s in sources.items()}
        self.group_of = source_groups(sources.values())

    def group(self, source_id: str) -> str:
        return self.group_of.get(source_id, source_id)

    def independent(self, source_ids: Iterable[str]) -> int:
        """How many independent groups ``source_ids`` come from."""
        return len({self.group_of.get(s, s) for s in source_ids})

    def grade(self, claims: Iterable) -> Grade:
        claims = list(claims)
        return Grade(best_reliability(claims, self.reliability), credibility(claims, self.group_of))
