"""Coded events (GDELT, ICEWS) to claims: the rules both formats share.

An event becomes a claim only when its CAMEO code maps to a predicate
(``diplograph/schema/cameo.yaml``), both actors resolve to known actors, the predicate
accepts their types, and they are two different actors. Every other event is skipped and
counted under its reason. Claims are ``reported`` (event data are machine-coded from news)
unless the mapping says otherwise (intentions, CAMEO root 03, are ``planned``).
"""

from __future__ import annotations

import datetime as dt
import re
from hashlib import sha256

from diplograph.graph.backends.embedded import _encode_string
from diplograph.graph.model import Actor
from diplograph.graph.ontology import load_ontology
from diplograph.graph.rows import claim_row
from diplograph.loaders.datasets.cameo import Cameo, load_cameo
from diplograph.loaders.datasets.files import clean
from diplograph.loaders.datasets.output import Output
from diplograph.loaders.datasets.resolve import ActorResolver
from diplograph.names import name_key, plain

# a Russian-style full name, the father's name in the middle: the gazetteer writes given and family names only
_PATRONYMIC = re.compile(r"(?P<given>\w+)\s+\w+(?:ovich|evich|ich|ovna|evna|ichna)\s+(?P<family>[\w-]+)", re.IGNORECASE)
_SECTOR = re.compile(r"^(?P<sector>.+?)\s*\((?P<place>[^()]+)\)$")


class Unresolved(str):
    """Why an actor could not be resolved (a reason for the summary), in place of an Actor."""


def normalise_code(code: str) -> str:
    """A CAMEO code with the leading zero some exports drop put back.

    >>> normalise_code("42"), normalise_code("0211"), normalise_code("211"), normalise_code("190")
    ('042', '0211', '0211', '190')
    """
    code = str(code).strip()
    if code.isdigit() and (len(code) == 1 or int(code[:2]) > 20):
        code = "0" + code
    return code


def event_day(text: str) -> str | None:
    """An ISO day from ``20191024`` or ``2019-10-24``, or None if it is not a real date.

    >>> event_day("20191024"), event_day("2014-05-13"), event_day("20190231")
    ('2019-10-24', '2014-05-13', None)
    """
    digits = str(text).strip().replace("-", "")
    if len(digits) != 8 or not digits.isdigit():
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
    except ValueError:
        return None


def _all_clean(values) -> bool:
    """Whether every one of ``values`` (texts) is as :func:`clean` leaves it: checked on them
    joined, at C speed (a bar inside a field only makes the check say no, never yes wrongly)."""
    joined = "|" + "|".join(values) + "|"
    return joined.isprintable() and "  " not in joined and "| " not in joined and " |" not in joined


class EventClaims:
    """Turns one coded event at a time into a claim on ``output``, or a counted skip."""

    def __init__(self, output: Output, resolver: ActorResolver, method: str, cameo: Cameo | None = None):
        self.output = output
        self.resolver = resolver
        self.method = method
        self.cameo = cameo or load_cameo()
        self.onto = load_ontology()
        # a few hundred codes and pairs of actor types recur over millions of events: what each
        # maps to, and whether its predicate links those types, is worked out once
        self._codes: dict[str, tuple] = {}
        self._linked: dict[tuple[str, str, str], bool] = {}
        self._usual: dict[str, tuple] = {}  # code -> what add_usual writes of it, encoded once
        output.checked = True  # every claim of output is made by add, which checks it

    def _code(self, code: str) -> tuple:
        """(the code normalised, the predicate, the modality), or (None, why it is skipped)."""
        known = self._codes.get(code)
        if known is None:
            normalised = normalise_code(code)
            if not self.cameo.is_code(normalised):
                known = (None, "not a CAMEO code")
            elif (mapping := self.cameo.mapping(normalised)) is None:
                known = (None, f"no predicate for CAMEO {normalised[:2]} ({self.cameo.roots[normalised[:2]]['label']})")
            else:
                known = (normalised, self.onto.predicate(mapping.predicate), self.onto.modality(mapping.modality).name)
            self._codes[code] = known
        return known

    def _usual_code(self, code: str) -> tuple:
        """(the code normalised, the predicate, and as JSON: its name and what follows it up to the
        date, the modality, the properties' opening), or (None,) when add must take the event."""
        known = self._codes.get(code) or self._code(code)
        if known[0] is None or not _all_clean((known[0],)):
            usual = (None,)
        else:
            e = _encode_string
            normalised, predicate, modality = known
            usual = (normalised, predicate, f"{e(predicate.name)}, ", f", {e(self.output.source.id)}, ",
                     f", {e('')}, {e(modality)}, ", '{"cameo": ' + e(normalised) + ", ", modality)
        self._usual[code] = usual
        return usual

    def add_usual(self, code: str, subject: Actor, object: Actor, date: str, evidence: str, checked: str,
                  fields: str) -> bool:
        """:meth:`add` of the usual event that :meth:`skips` let through, written straight to its
        stored row (the very row add makes of it: ``tests/datasets/test_usual_events.py``).
        Usual: ``checked``, its evidence and every property but the code each between bars
        (``|a|b|``), none empty, is printable, without a doubled or edge space (what add cleans)
        or a quote or backslash (what JSON escapes). ``fields``: the JSON of those properties,
        sorted, after the code and the doer, up to the closing brace. False, with nothing done,
        for any other event: add takes it."""
        known = self._usual.get(code) or self._usual_code(code)
        if (known[0] is None or not checked.isprintable() or '"' in checked or "\\" in checked or "  " in checked
                or "| " in checked or " |" in checked or "||" in checked):
            return False
        _, predicate, predicate_json, source_json, middle, properties, modality = known
        e = _encode_string
        subject_id, object_id = subject.id, object.id
        if predicate.symmetric:  # as add keeps it: in id order, who acted among the properties
            properties += '"doer": ' + e(subject_id) + ", "
            if object_id < subject_id:
                subject_id, object_id = object_id, subject_id
        text = f'[{e(subject_id)}, {predicate_json}{e(object_id)}{source_json}"{date}"{middle}"{evidence}", null]'
        out = self.output
        out.summary.rows += 1
        out.add_row(("claim:" + sha256(text.encode("utf-8")).hexdigest()[:16], subject_id, predicate.name, object_id,
                     out.source.id, date, "", modality, 1.0, evidence, None, None, self.method, properties + fields),
                    subject, object)
        return True

    def skips(self, code: str, subject: Actor | Unresolved, object: Actor | Unresolved, date: str | None) -> bool:
        """Whether :meth:`add` would skip this event; if so, it is counted with its reason here
        (a loader asks first, and makes the evidence and properties only of the events kept)."""
        reason = self._skipped(self._codes.get(code) or self._code(code), subject, object, date)
        if reason is None:
            return False
        self.output.summary.rows += 1
        self.output.skip(reason)
        return True

    def _skipped(self, known: tuple, subject: Actor | Unresolved, object: Actor | Unresolved,
                 date: str | None) -> str | None:
        """Why an event of this code (:meth:`_code`), actors and date is skipped, or None."""
        if known[0] is None:
            return known[1]
        if date is None:
            return "bad event date"
        if isinstance(subject, Unresolved) or isinstance(object, Unresolved):
            return subject if isinstance(subject, Unresolved) else object
        if subject.id == object.id:
            return "same actor on both sides"
        predicate = known[1]
        types = (predicate.name, subject.type, object.type)
        linked = self._linked.get(types)
        if linked is None:
            linked = self._linked[types] = self._links(predicate, subject.type, object.type)
        return None if linked else f"{predicate.name} does not link a {subject.type} to a {object.type}"

    @staticmethod
    def _links(predicate, subject_type: str, object_type: str) -> bool:
        return predicate.allows(subject_type, object_type) or (predicate.symmetric
                                                                and predicate.allows(object_type, subject_type))

    def add(self, *, code: str, subject: Actor | Unresolved, object: Actor | Unresolved, date: str | None,
            evidence: str, properties: dict[str, str]) -> None:
        out = self.output
        out.summary.rows += 1  # out.row(), without a call per event
        known = self._codes.get(code) or self._code(code)
        reason = self._skipped(known, subject, object, date)
        if reason is not None:
            out.skip(reason)
            return
        code, predicate, modality = known
        given = {"cameo": code, **properties}
        if "" in given.values():  # an empty field is not kept (most events have every one)
            given = {k: v for k, v in given.items() if v}
        printable = _all_clean((evidence, *given.values()))  # one check of the usual clean row, at C speed
        if not printable:
            evidence = clean(evidence)
            given = {k: clean(v) for k, v in given.items()}
        subject_id, object_id = subject.id, object.id
        if predicate.symmetric:  # kept in id order, as the store keeps it; who acted is kept apart
            given["doer"] = subject_id  # ("A visited B" and "B hosted A" are one CONSULTATION)
            if object_id < subject_id:
                subject_id, object_id = object_id, subject_id
        out.add_row(claim_row(subject_id, predicate.name, object_id, out.source.id, date, "", modality, 1.0,
                              evidence, self.method, given, printable=printable), subject, object)

    # -- actors -------------------------------------------------------------------------------

    def state_from_country_code(self, country: str) -> Actor | Unresolved:
        """The state a CAMEO country code stands for (ISO alpha-3, a few legacy codes mapped);
        regions ("AFR", "WST") and unknown codes are not states."""
        country = country.strip().upper()
        actor = self.resolver.state_by_code("iso3", self.cameo.country_codes.get(country, country))
        return actor if actor is not None else Unresolved("country code that is not a known state")

    def named(self, name: str) -> Actor | Unresolved:
        """An ICEWS-style name: a country ("Tajikistan"), a state organ ("Police (Kyrgyzstan)"),
        or anything the gazetteer knows (a person, an organisation, an armed group)."""
        text = plain(str(name).replace("_", " "))
        match = _SECTOR.match(text)
        if match:
            if name_key(match["sector"]) not in self.cameo.icews_state_sectors:
                return Unresolved("non-state sector actor")
            actor = self.resolver.by_name(match["place"], "state")
            return actor if actor is not None else Unresolved("state organ of an unknown state")
        actor = self.resolver.by_name(text)
        if actor is None and (named := _PATRONYMIC.fullmatch(text)):  # ICEWS writes "Sergey Viktorovich Lavrov"
            actor = self.resolver.by_name(f"{named['given']} {named['family']}", "person")
        return actor if actor is not None else Unresolved("actor not in the gazetteer")
