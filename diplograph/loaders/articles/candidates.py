"""What the constructions find: an actor for a role (Arg) and a relation found (Found)."""

from __future__ import annotations

from dataclasses import dataclass, field

from diplograph.graph.model import Actor


@dataclass(frozen=True)
class Arg:
    """An actor found for a role; ``key`` identifies the phrase it came from, so that a person
    and the state they speak for (same phrase) are never related to each other."""

    actor: Actor
    key: int
    proxy: str = ""  # "official", "firm" or "maker": stands in for the person or firm named in the same phrase (or document)
    reference: int = -1  # the token of "the three groups" when that phrase stands for several actors


@dataclass
class Found:
    subject: Actor
    predicate: str
    object: Actor
    trigger: object  # spaCy Token whose clause gives modality and date
    rule: str
    properties: dict[str, str] = field(default_factory=dict)
    ends: bool = False  # the sentence tells when the relation ended, not when it held
    date: object = None  # a PartialDate told in an earlier sentence about the same event, if any
    negation_is_act: bool = False  # "has never recognised X" asserts a rejection: its "never" denies nothing
    presupposed: bool = False  # "hopes to broker a truce between A and B": that A and B fight is no hope
    to_come: bool = False  # "is negotiating a deal with X": the deal is still to come
