"""The extraction lexicon (``lexicon.yaml`` beside this module), read once and checked.

Every trigger word, cue and word class the article pipeline uses lives in that file; this
module turns it into sets and small records, and refuses a lexicon whose predicates or
modalities the ontology does not know.

>>> lex = load_lexicon()
>>> "drone" in lex.noun_class["weapon"]
True
>>> [t.name for t in lex.verbs_for("import")]
['acquire', 'commodity_trade']
>>> lex.verb_triggers[0].predicates_for("weapon")
('ARMS_TRANSFER',)
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass, field
from importlib import resources

import yaml

from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology
from diplograph.datafiles import SAFE_LOADER, load_data


@dataclass(frozen=True)
class ArgPattern:
    """One way to read a trigger's arguments: subject role -> object role, or a symmetric pair."""

    subject: str = ""
    object: str = ""
    pair: str = ""
    when: frozenset[str] = frozenset()  # only for these lemmas (empty: all)
    predicates: tuple[str, ...] = ()  # overrides the trigger's predicates for this pattern
    governed_by: frozenset[str] = frozenset()  # a noun trigger's verb must be one of these lemmas
    not_governed_by: frozenset[str] = frozenset()  # ... and must not be one of these
    # the noun class (lexicon `noun_classes`) the governing verb's subject must not be a word of ("its forces are in
    # Libya at the invitation of X" tells a presence, not a visit)
    not_done_by: str = ""
    with_complement: frozenset[str] = frozenset()  # the verb needs a complement verb of these lemmas
    other_complement: frozenset[str] = frozenset()  # the verb needs a complement verb that is none of these
    # no complement verb of these lemmas, acting on such a noun or done with such an adverb ("agreed to deepen
    # cooperation", "agreed that their navies will operate together": the cooperation is the act)
    not_complement: frozenset[str] = frozenset()
    when_adverb: frozenset[str] = frozenset()
    # not when a preposition of these takes a gerund ("joined the EU *in calling* for a truce": acting with it)
    not_gerund_after: frozenset[str] = frozenset()
    passive_only: frozenset[str] = frozenset()
    active_only: frozenset[str] = frozenset()  # not passive nor a participle on a noun ("Chinese-built corvettes")
    participle_only: frozenset[str] = frozenset()  # a state told by a past participle ("aligned with X")
    mutual: bool = False  # a pair that acts on each other: a directed predicate goes both ways
    bare: bool = False  # only with no complement ("called Kyiv", not "called Kyiv a threat" or "called on Kyiv")
    also: bool = False  # read even when an earlier pattern found actors ("at the invitation of X, A and B met")
    # only objects of these actor types, named as the object itself ("left ECOWAS"; not "left Kyiv", "left the
    # AU-led talks")
    object_types: frozenset[str] = frozenset()
    subject_types: frozenset[str] = frozenset()  # only subjects of these actor types ("was suspended from ECOWAS")
    # two persons who do it at a place in one's own state met there ("Xi and Putin signed in Beijing")
    in_person: bool = False
    only_two: bool = False  # a pair of exactly two ("both claim the islands"); a longer list names no one quarrel
    known_object: bool = False  # only a person the gazetteer knows or the sentence titles ("told Aliyev")
    one_object: bool = False  # only when the role names one actor (a host demanding troops leave is one state)

    def applies(self, lemma: str) -> bool:
        return not self.when or lemma in self.when


@dataclass(frozen=True)
class Trigger:
    name: str
    lemmas: frozenset[str]
    args: tuple[ArgPattern, ...]
    predicates: dict[str, tuple[str, ...]]  # theme class (or "default", "*") -> predicates
    theme: str = ""  # the theme class the trigger needs (factory, agreement, ...)
    theme_required: frozenset[str] | bool = frozenset()
    theme_for: dict[str, str] = field(default_factory=dict)
    lemma_predicate: dict[str, tuple[str, ...]] = field(default_factory=dict)
    copula_only: bool = False
    try_all: bool = False  # every pattern that finds actors adds relations (not only the first)
    effort_is_act: bool = False  # "X's attempt to contain Y" states the relation, not a plan of it
    not_themes: frozenset[str] = frozenset()  # theme classes that make the trigger mean something else
    not_subjects: frozenset[str] = frozenset()  # theme classes of a subject that make it no doer ("troops flew to X")
    ends: bool = False  # the act ends the relation ("withdrew its troops from X"): its date is the end date
    subject_theme: bool = False  # what the verb tells of is its subject ("Kenyan police arrived in Haiti")
    qualified_by: frozenset[str] = frozenset()  # a noun trigger needs one of these words on it ("*good* offices")
    not_qualified_by: frozenset[str] = frozenset()  # words on a noun trigger that make it something else ("*radar* site")
    negated_only: bool = False  # read only when negated, the negation being the act ("never recognised X")
    # what the word takes for granted, whoever plans, hopes for or calls for it: the fighting a ceasefire ends
    presupposed: bool = False
    ongoing_is_planned: bool = False  # what the verb makes is still to come while it goes on ("is negotiating a deal")

    def predicates_for(self, theme_class: str | None, lemma: str = "") -> tuple[str, ...]:
        """Predicates for a theme class ("weapon", ...), or for no recognised theme (None)."""
        if lemma in self.lemma_predicate:
            return self.lemma_predicate[lemma]
        if "*" in self.predicates:
            return self.predicates["*"]
        if theme_class and theme_class in self.predicates:
            return self.predicates[theme_class]
        return self.predicates.get("default", ())

    def needs_theme(self, lemma: str) -> bool:
        if isinstance(self.theme_required, bool):
            return self.theme_required
        return lemma in self.theme_required


@dataclass(frozen=True)
class Lexicon:
    end_headings: frozenset[str]
    line_patterns: tuple[re.Pattern, ...]
    speaker_label: re.Pattern  # a transcript turn's "Q (Name): " at the start of a paragraph
    noun_class: dict[str, frozenset[str]]
    references: dict[str, tuple[int, tuple[str, ...]]]  # phrase -> (count, types)
    pronouns: dict[str, tuple[str, ...]]
    short_form_not: frozenset[str]  # head words that never stand for one body ("the Government")
    judged_for: frozenset[str]  # "sanctioned Iran for its support": the for-phrase's pronoun is the object's
    armed_references: frozenset[str]  # "the army": the state whose forces were named last
    armed_acts: frozenset[str]  # predicates of a state's forces in action ("the army" after they are told)
    armed_heads: frozenset[str]  # "Myanmar's armed *forces*", "the Malian *army*"
    named_heads: frozenset[str]  # "the court": only a body whose name holds the word
    kept_references: frozenset[str]  # "the junta": the actor it stood for earlier in the section
    go_between_references: frozenset[str]  # "the mediators": the go-betweens of the mediation told last
    bare_ministries: frozenset[str]  # "the Treasury": the state whose ministries the text names around it
    ministry_heads: frozenset[str]  # "the White House", "Mexico's finance *ministry*": a state's ministries named
    title_ministries: dict[str, frozenset[str]]  # "treasury" (of "Treasury Secretary X") -> the ministries it heads
    truce_words: frozenset[str]  # "the two sides signed a ceasefire": the sides of the fighting told last
    go_between_verbs: frozenset[str]  # "X facilitated the talks at which the two sides ...": X is no side
    court_parts: dict[str, frozenset[str] | tuple[str, ...]]  # "Pre-Trial Chamber II": the court named before
    shared_seats: dict[str, str]  # a body's seat city -> the state whose city it is ("brussels" -> "state:BEL")
    combatant_family: dict[str, str]  # fighter word -> the first word of its family ("separatist" -> "rebel")
    titles: tuple[str, ...]  # longest first
    company_titles: frozenset[str]
    not_office: frozenset[str]
    past_office: frozenset[str]
    relational_titles: frozenset[str]
    honorifics: tuple[str, ...]  # longest first
    courtesy_titles: frozenset[str]
    abbreviated_titles: frozenset[str]
    actor_cues: dict[str, tuple[str, ...]]
    verb_triggers: tuple[Trigger, ...]
    noun_triggers: tuple[Trigger, ...]
    participles: dict[str, tuple[str, str]]  # lemma -> (predicate, subject side)
    proxies: dict[str, frozenset[str]]  # "official" / "firm" -> predicates they act in ("all")
    modality: dict[str, dict[str, frozenset[str]]]
    responsibility: dict[str, frozenset[str]] = field(default_factory=dict)  # "prepositions", "adjectives"
    threat_framing: dict[str, frozenset[str]] = field(default_factory=dict)  # "frames", "modals"
    place_predicates: frozenset[str] = frozenset()  # what a city may stand for its state in (upper case)
    region_place_predicates: frozenset[str] = frozenset()  # what done in a region is done in its state too
    acts_under_deal: frozenset[str] = frozenset()  # acts whose two sides, done under a deal, are its parties
    designation: dict[str, frozenset[str]] = field(default_factory=dict)  # "verbs", "labels"
    listing: dict[str, frozenset[str]] = field(default_factory=dict)  # "lists", "onto", "taking_off", "favourable"
    fixed_expressions: tuple[str, ...] = ()  # read as one token before parsing ("persona non grata")
    co_verbs: frozenset[str] = frozenset()  # verbs a "co-" joins, read as one word ("co-hosted")
    deed_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "propose" -> {"proposal", ...}
    combining_forms: dict[str, str] = field(default_factory=dict)  # "sino" -> "China" ("Sino-Russian")
    shared_demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "korean" -> the states it may be
    # a verb with its particle ("hit out") -> the only triggers that read it ("hit out at X" is no strike)
    phrasal_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    _verb_index: dict[str, tuple[Trigger, ...]] = field(default_factory=dict, repr=False)
    _noun_index: dict[str, tuple[Trigger, ...]] = field(default_factory=dict, repr=False)
    _unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _holders: dict[tuple[str, ...], dict[str, frozenset[str]]] = field(default_factory=dict, repr=False, compare=False)
    _derived: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    def made_once(self, make):
        """What ``make(lexicon)`` derives from this lexicon, made on first use (word sets asked for per
        entity or per text)."""
        if make not in self._derived:
            self._derived[make] = make(self)
        return self._derived[make]

    def classes(self, *names: str) -> frozenset[str]:
        """The words of the noun classes ``names`` together: the rules ask for the same unions on
        every token, so each is made once."""
        words = self._unions.get(names)
        if words is None:
            words = self._unions[names] = functools.reduce(operator.or_, (self.noun_class[n] for n in names))
        return words

    def holders(self, names: tuple[str, ...]) -> dict[str, frozenset[str]]:
        """Each word of the noun classes ``names`` -> those of them that hold it (made once)."""
        index = self._holders.get(names)
        if index is None:
            index = {}
            for name in names:
                for word in self.noun_class.get(name, ()):
                    index[word] = index.get(word, frozenset()) | {name}
            self._holders[names] = index
        return index

    def verbs_for(self, lemma: str) -> tuple[Trigger, ...]:
        return self._verb_index.get(lemma, ())

    def nouns_for(self, lemma: str) -> tuple[Trigger, ...]:
        return self._noun_index.get(lemma, ())


def _words(values) -> frozenset[str]:
    # (a list may join lists the YAML names once: "[*signing, *forbidding]")
    return frozenset(str(w).lower() for v in values or () for w in (v if isinstance(v, list) else [v]))


VERB_ROLES = frozenset({"agent", "user", "ally", "patient", "recipient", "source", "partner", "target", "location", "between",
                        "origin", "weapon", "speaker", "complement", "complement_agent", "demander", "candidate", "direct", "occasion", "event_owner",
                        "sufferer", "armer", "purpose_place", "shared_object", "shared_partner", "act_target",
                        "presence_place", "relations_partner", "provoker", "measure_owner", "cause_owner",
                        "blamed_on", "vicinity", "unwelcome_envoy", "unwelcome_by", "goods_origin", "quarrel_sides", "settled_sides", "destination",
                        "places_taken", "seized_not_places", "requester",
                        "included_targets", "body_addressed", "space_owner", "witnesses", "maker", "occupants",
                        "deed_doer", "greeted", "handover_sides", "reacted_to", "stood_by", "attacked", "came_after",
                        "summoner", "signing_host", "suspended_member",
                        "deal_between", "backed", "deal_holder", "technology_source",
                        "business_home", "joint_founders", "fallen", "beside_in_person",
                        "time_spent_with", "site_owners", "target_place", "helped_doer",
                        "passed_chair_body", "worried_about", "custodian", "measure_doer", "invited_sides",
                        "story_host"})
NOUN_ROLES = frozenset({"owner", "between", "partner", "recipient", "source", "location", "of", "in", "for", "against",
                        "target", "governor", "including", "origin", "weapon", "considerer", "considered",
                        "included", "described", "speaker", "seller", "complement", "body", "helper", "helped",
                        "accused", "presence_place", "sides_told", "addressee", "by", "drawn_by", "witness",
                        "venture", "treaty_body", "maker", "talks_sides", "end_user", "subjected", "ended_quarrel",
                        "thanked", "thanker", "came_after", "war_time_side", "venue_host",
                        "hosted_sides", "border_side", "chooser", "chosen_destination",
                        "visit_inviter", "visit_host", "channel", "chaired_body",
                        "chair_holder", "event_host"})


def _known_predicates(names, origin: str) -> frozenset[str]:
    onto = load_ontology()
    for name in names:
        if name not in onto.predicates:
            raise OntologyError(f"lexicon {origin}: unknown predicate {name}")
    return frozenset(names)


def _speaker_label(labels, titles=()) -> re.Pattern:
    words = "|".join(sorted((re.escape(str(w)) for w in labels), key=len, reverse=True)) or "(?!)"
    named = "|".join(sorted((re.escape(str(w)) for w in titles), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^\s*(?=[A-Z])(?:(?i:{words})|(?i:{named})\.?(?:\s+[A-Z][\w'’.-]*){{1,3}})"
                      rf"(?:\s*\([^()\n]{{1,60}}\))?\s*:\s+")


def _trigger(spec: dict, origin: str, roles: frozenset[str]) -> Trigger:
    onto = load_ontology()
    raw = spec.get("predicate") or {}
    predicates = {"*": tuple(raw)} if isinstance(raw, list) else {k: tuple(v) for k, v in raw.items()}
    lemma_predicate = {k: tuple(v) for k, v in (spec.get("lemma_predicate") or {}).items()}
    for name in [p for ps in (*predicates.values(), *lemma_predicate.values()) for p in ps]:
        if name not in onto.predicates:
            raise OntologyError(f"{origin}: trigger {spec.get('name')!r} names unknown predicate {name}")
    args = tuple(
        ArgPattern(subject=a.get("subject", ""), object=a.get("object", ""), pair=a.get("pair", ""),
                   when=_words(a.get("when")), when_adverb=_words(a.get("when_adverb")),
                   not_gerund_after=_words(a.get("not_gerund_after")),
                   passive_only=_words(a.get("passive_only")), participle_only=_words(a.get("participle_only")),
                   active_only=_words(a.get("active_only")),
                   predicates=tuple(a.get("predicate") or ()),
                   governed_by=_words(a.get("governed_by")), not_governed_by=_words(a.get("not_governed_by")),
                   not_done_by=a.get("not_done_by", ""),
                   with_complement=_words(a.get("with_complement")),
                   other_complement=_words(a.get("other_complement")),
                   not_complement=_words(a.get("not_complement")),
                   mutual=bool(a.get("mutual")), bare=bool(a.get("bare")), also=bool(a.get("also")),
                   object_types=_words(a.get("object_types")),
                   subject_types=_words(a.get("subject_types")), in_person=bool(a.get("in_person")),
                   only_two=bool(a.get("only_two")),
                   known_object=bool(a.get("known_object")), one_object=bool(a.get("one_object")))
        for a in spec.get("args") or ()
    )
    for arg in args:
        for name in arg.predicates:
            onto.predicate(name)
        unknown = {r for r in (arg.subject, arg.object, arg.pair) if r} - roles
        if unknown:
            raise OntologyError(f"{origin}: trigger {spec.get('name')!r} uses unknown roles {sorted(unknown)}; "
                                f"use {', '.join(sorted(roles))}")
    required = spec.get("theme_required", ())
    return Trigger(
        name=spec["name"], lemmas=_words(spec["lemmas"]), args=args, predicates=predicates,
        theme=spec.get("theme", ""),
        theme_required=required if isinstance(required, bool) else _words(required),
        theme_for=dict(spec.get("theme_for") or {}), lemma_predicate=lemma_predicate,
        copula_only=bool(spec.get("copula_only")), try_all=bool(spec.get("try_all")),
        effort_is_act=bool(spec.get("effort_is_act")), not_themes=_words(spec.get("not_themes")),
        not_subjects=_words(spec.get("not_subjects")),
        ends=bool(spec.get("ends")),
        subject_theme=bool(spec.get("subject_theme")),
        qualified_by=_words(spec.get("qualified_by")), not_qualified_by=_words(spec.get("not_qualified_by")),
        negated_only=bool(spec.get("negated_only")), presupposed=bool(spec.get("presupposed")),
        ongoing_is_planned=bool(spec.get("ongoing_is_planned")),
    )


def _index(triggers: tuple[Trigger, ...]) -> dict[str, tuple[Trigger, ...]]:
    index: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        for lemma in trigger.lemmas:
            index.setdefault(lemma, []).append(trigger)
    return {k: tuple(v) for k, v in index.items()}


def parse_lexicon(data: dict, origin: str = "lexicon.yaml") -> Lexicon:
    """Build a :class:`Lexicon` from the YAML mapping (raises OntologyError when inconsistent)."""
    onto = load_ontology()
    refs: dict[str, tuple[int, tuple[str, ...]]] = {}
    for group in data["references"]["phrases"]:
        for phrase in group["words"]:
            refs[phrase.lower()] = (int(group["count"]), tuple(group["types"]))
    pronouns = {k.lower(): tuple(v) for k, v in data["references"]["pronouns"].items()}
    roles = data["roles"]
    modality = {}
    for name, spec in data["modality"].items():
        onto.modality(name)
        modality[name] = {k: _words(v) for k, v in spec.items()}
    participles = {}
    for lemma, spec in data["participles"].items():
        onto.predicate(spec["predicate"])
        participles[lemma.lower()] = (spec["predicate"], spec["subject"])
    verbs = tuple(_trigger(s, origin, VERB_ROLES) for s in data["verbs"])
    nouns = tuple(_trigger(s, origin, NOUN_ROLES) for s in data["noun_triggers"])
    for trigger in nouns:
        for arg in trigger.args:
            if arg.not_done_by and arg.not_done_by not in data["nouns"]:
                raise OntologyError(f"{origin}: trigger {trigger.name!r}: not_done_by names no noun class "
                                    f"{arg.not_done_by!r} (the lexicon's `nouns` lists them)")
    boiler = data["boilerplate"]
    return Lexicon(
        end_headings=_words(boiler["end_headings"]),
        line_patterns=tuple(re.compile(p, re.I) for p in boiler["line_patterns"]),
        speaker_label=_speaker_label(boiler.get("speaker_labels") or (), boiler.get("speaker_titles") or ()),
        noun_class={k: _words(v) for k, v in data["nouns"].items()},
        references=refs,
        pronouns=pronouns,
        short_form_not=_words(data["references"].get("short_form_not")),
        judged_for=_words(data["references"].get("judged_for")),
        armed_references=_words(data["references"].get("armed_references")),
        armed_acts=frozenset(data["references"].get("armed_acts") or ()),
        armed_heads=_words(data["references"].get("armed_heads")),
        named_heads=_words(data["references"].get("named_heads")),
        kept_references=_words(data["references"].get("kept_references")),
        go_between_references=_words(data["references"].get("go_between_references")),
        bare_ministries=_words(data["references"].get("bare_ministries")),
        ministry_heads=_words(data["references"].get("ministry_heads")),
        title_ministries={str(k).lower(): _words(v) for k, v in (data["references"].get("title_ministries") or {}).items()},
        truce_words=_words(data["references"].get("truce_words")),
        go_between_verbs=_words(data["references"].get("go_between_verbs")),
        court_parts={"words": _words(data["references"]["court_parts"]["words"]),
                     "not_after": _words(data["references"]["court_parts"]["not_after"]),
                     "styles": tuple(data["references"]["court_parts"]["styles"])},
        shared_seats={str(k).lower(): str(v) for k, v in (data["references"].get("shared_seats") or {}).items()},
        combatant_family={str(w).lower(): str(family[0]).lower()
                          for family in data["references"].get("combatant_families") or () for w in family},
        titles=tuple(sorted(_words(roles["titles"]), key=lambda t: (-len(t.split()), t))),
        company_titles=_words(roles["company_titles"]),
        not_office=_words(roles["not_office"]), past_office=_words(roles.get("past_office")),
        relational_titles=_words(roles["relational_titles"]),
        honorifics=tuple(sorted(_words(roles["honorifics"]), key=lambda t: (-len(t.split()), t))),
        courtesy_titles=_words(roles.get("courtesy_titles")),
        abbreviated_titles=_words(roles.get("abbreviated_titles")),
        actor_cues={k: tuple(sorted(_words(v))) for k, v in data["actor_cues"].items()},
        verb_triggers=verbs,
        noun_triggers=nouns,
        participles=participles,
        proxies={k: frozenset(v) for k, v in data["proxies"].items()},
        modality=modality,
        responsibility={k: _words(v) for k, v in (data.get("responsibility") or {}).items()},
        threat_framing={k: _words(v) for k, v in (data.get("threat_framing") or {}).items()},
        place_predicates=_known_predicates(data.get("place_predicates") or (), "place_predicates"),
        region_place_predicates=_known_predicates(data.get("region_place_predicates") or (),
                                                  "region_place_predicates"),
        acts_under_deal=_known_predicates(data.get("acts_under_deal") or (), "acts_under_deal"),
        designation={k: _words(v) for k, v in (data.get("designation") or {}).items()},
        listing={k: _words(v) for k, v in (data.get("listing") or {}).items()},
        fixed_expressions=tuple(sorted(_words(data.get("fixed_expressions")))),
        co_verbs=_words(data.get("co_verbs")),
        deed_nouns={str(k).lower(): _words(v) for k, v in (data.get("deed_nouns") or {}).items()},
        combining_forms={str(k).lower(): str(v) for k, v in (data.get("combining_forms") or {}).items()},
        shared_demonyms={str(k).lower(): tuple(map(str, v)) for k, v in (data.get("shared_demonyms") or {}).items()},
        phrasal_senses={str(k).lower(): _words(v) for k, v in (data.get("phrasal_senses") or {}).items()},
        _verb_index=_index(verbs),
        _noun_index=_index(nouns),
    )


class _UniqueKeys(SAFE_LOADER):
    """A YAML reader that refuses a key written twice in one mapping: YAML keeps the last silently, and two
    word classes or triggers of one name (added by two people at once) would hide one of them."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise OntologyError(f"lexicon.yaml: line {key_node.start_mark.line + 1}: {key!r} is written twice in "
                                    "its section; merge the two or rename one")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@functools.cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped with diplograph, read once. Its weapon words also take the one-word
    terms of the weapon categories (``diplograph/schema/weapons.yaml``: "destroyer", "bomber",
    "howitzer" ...), so that questions and extraction share one list; the lexicon's
    ``weapon_weak`` words still need a military word beside them ("vessel", "ship")."""
    text = resources.files("diplograph.loaders.articles").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_UniqueKeys)  # noqa: S506 (a safe loader: SafeLoader, or its libyaml twin, with one check more)
    data["nouns"]["weapon"] = [*data["nouns"]["weapon"], *weapon_terms()]
    return parse_lexicon(data)


def weapon_terms() -> list[str]:
    """The one-word terms of the weapon categories, lower case."""
    text = resources.files("diplograph.schema").joinpath("weapons.yaml").read_text(encoding="utf-8")
    categories = (load_data(text) or {}).get("categories") or {}
    return sorted({str(t).lower() for spec in categories.values() for t in spec.get("terms") or () if " " not in str(t)})
