"""Relations in one sentence: trigger words and dependency patterns mapped to ontology predicates.

The lexicon (``lexicon.yaml``) says which lemmas trigger which predicates and how the
trigger's grammatical arguments map onto the relation's subject and object (``roles``). This
module finds those arguments in spaCy's dependency parse:

* **roles** of a verb: agent (subject, or by-phrase of a passive), patient (object), recipient
  (to-phrase), source (from-phrase), partner (with-phrase), location (in-phrase), between
  (between A and B), origin ("*Turkish* drones", "drones *from Turkey*"), weapon;
* **roles** of a noun: owner ("*Iran's* use", "*Turkish* sale"), between (also hyphenated
  pairs: "the *Azerbaijan-Armenia* conflict"), of, the *governor* (subject of the verb the
  noun depends on: "*Kazakhstan* signed deals with Türkiye");
* each argument token becomes actors through its mention, a coordination ("A, B and C"), a
  relative pronoun ("Turkey, *which* supplies ..."), a pronoun, a reference ("the two
  countries"), an appositive ("the company, *Baykar*") or a state body ("the *Tajik
  government*").

Constructions that are not one trigger word have their own small rules here: titles
(AFFILIATED_WITH with a ``role``), nationality of firms (BASED_IN), "X-led Y" participles,
makers of weapons ("Iran's Ababil-2 drone"), and branches of armed groups.

Every candidate is checked against the ontology: the first predicate whose allowed subject and
object types fit the two actors wins; none fitting, nothing is extracted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from diplograph.gazetteer import PLACE, Gazetteer, load_gazetteer
from diplograph.graph.model import Actor
from diplograph.graph.ontology import Ontology
from diplograph.loaders.articles.lexicon import ArgPattern, Lexicon, Trigger
from diplograph.loaders.articles.mentions import Mention
from diplograph.loaders.articles.resolve import DocumentContext

_SUBJ = ("nsubj", "nsubjpass", "csubj")
WEAPON_CONTEXT = 400  # characters: "the sale" right after a sentence about drones is a sale of drones
_RELATIVE = frozenset({"which", "who", "whom", "that", "whose"})
_DASHES = frozenset({"–", "—", "-", ":", "--"})
_HAVING = frozenset({"have", "include", "count", "own", "become", "remain"})  # "X has firms making drones"
_QUANTIFIERS = frozenset({"some", "several", "many", "most", "few", "all", "both", "each", "none", "one",
                          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "majority",
                          "number", "half", "dozens", "handful"})
_PERCEIVE = frozenset({"see", "consider", "regard", "view", "perceive", "deem", "describe", "call", "label",
                       "brand", "portray", "treat", "identify", "count"})
# Word classes of the lexicon that name what a trigger acts on, most specific first.
_THEME_CLASSES = ("wrongdoing", "agreement", "meeting", "exercise", "factory", "base", "border", "backing",
                  "investment", "aid", "dispute", "relations", "envoy", "measures", "territory", "gunfire",
                  "assault")
# Words of a state's formal name that "the kingdom", "the emirate" use to point back to it.
_STATE_STYLES = frozenset({"kingdom", "emirate", "sultanate", "principality"})
# How far back (characters) "the deal ... the two sides" may point to the parties of the last deal told.
DEAL_REACH = 1500
_LINKED = frozenset({"link", "tie", "affiliate", "ally", "connect", "loyal"})
_OBJECT_CONTROL = frozenset({"see", "watch", "hear", "make", "let", "help", "have", "witness"})
_SPEECH = frozenset({"say", "argue", "claim", "accuse", "allege", "state", "report", "find", "conclude", "charge",
                     "document", "insist", "assert", "contend", "write", "tell", "declare", "point", "note"})
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
# Predicates of opposing something: opposing an agreement opposes its parties.
_AGAINST_DEALS = frozenset({"CRITICISM", "REJECTION", "PROTEST"})


@dataclass(frozen=True)
class Arg:
    """An actor found for a role; ``key`` identifies the phrase it came from, so that a person
    and the state they speak for (same phrase) are never related to each other."""

    actor: Actor
    key: int
    proxy: str = ""  # "official" or "firm": stands in for the person or firm named in the same phrase
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


class SentenceRelations:
    """The relations one sentence states (see the module docstring)."""

    def __init__(self, sent, mentions: list[Mention], context: DocumentContext, lexicon: Lexicon,
                 ontology: Ontology, offset: int, gazetteer: Gazetteer | None = None):
        self.sent = sent
        self.doc = sent.doc
        self.lex = lexicon
        self.onto = ontology
        self.ctx = context
        self.offset = offset  # character offset of the spaCy doc in the document text
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        self.mentions = mentions
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.affiliation: dict[str, Arg] = {}  # person id -> the actor their title in this sentence names
        self.nationality: dict[str, Arg] = {}  # firm id -> the state its description in this sentence names
        self.found: list[Found] = []
        self._weapon_words: bool | None = None

    # -- entry point -------------------------------------------------------------------------

    def extract(self) -> list[Found]:
        self._sentence_has_weapons()  # keeps the document's weapon topic up to date
        self._titles()
        self._nationality()
        self._participles()
        self._makers()
        self._branches()
        self._responsibility()
        self._designations()
        self._stigmatised()
        self._possessed_names()
        self._followed_suit()
        for token in self.sent:
            lemma = token.lemma_.lower()
            verb_like = token.pos_ == "NOUN" and any(c.dep_ in ("dobj", "nsubj") for c in token.children)
            if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBG") or verb_like:  # "further borders Iran"
                for trigger in self.lex.verbs_for(lemma):
                    self._verb(token, trigger)
            if token.pos_ in ("NOUN", "PROPN") or token.tag_ in ("NN", "NNS"):
                for trigger in self._noun_triggers(token, lemma):
                    self._noun(token, trigger)
        return self.found

    # -- emitting ----------------------------------------------------------------------------

    def _emit(self, subjects: list[Arg], objects: list[Arg], predicates, trigger, rule: str,
              properties: dict | None = None) -> bool:
        emitted = False
        objects = [o for o in objects if not o.proxy]
        for s in subjects:
            for o in objects:
                if s.actor.id == o.actor.id or s.key == o.key or (s.proxy == "official" and o.actor.type == "person"):
                    continue  # an official's state pairs with states, the official with persons
                predicate = self._fitting(predicates, s.actor, o.actor)
                if predicate is None or not self._proxy_allows(s, predicate):
                    continue
                if self._from_place(o) and predicate not in self.lex.place_predicates:
                    continue  # "sent weapons to Goma": where they went, not who received them
                props = dict(properties or {})
                for actor in (s.actor, o.actor):  # every actor of a claim travels in the batch
                    self.ctx.actors.setdefault(actor.id, actor)
                self.found.append(Found(s.actor, predicate, o.actor, trigger, rule, props))
                if predicate == "AGREEMENT" and trigger is not None:
                    self.ctx.last_deal = (self._position(trigger), [s.actor, o.actor])
                emitted = True
        return emitted

    def _from_place(self, arg: Arg) -> bool:
        m = self.by_token.get(arg.key)
        return m is not None and m.kind == PLACE

    def _proxy_allows(self, arg: Arg, predicate: str) -> bool:
        if not arg.proxy:
            return True
        allowed = self.lex.proxies.get(arg.proxy, frozenset())
        return "all" in allowed or predicate in allowed

    def _fitting(self, predicates, subject: Actor, obj: Actor) -> str | None:
        for name in predicates:
            predicate = self.onto.predicate(name)
            if predicate.allows(subject.type, obj.type) or (
                    predicate.symmetric and predicate.allows(obj.type, subject.type)):
                return name
        return None

    def _emit_pairs(self, args: list[Arg], predicates, trigger, rule: str) -> bool:
        emitted = False
        distinct = list({a.actor.id: a for a in args}.values())
        for a, b in combinations(distinct, 2):
            if a.key == b.key or bool(a.proxy) != bool(b.proxy):
                continue  # officials pair with officials, and the actors they speak for with each other
            if a.reference == b.reference != -1 and any(c.reference != a.reference for c in distinct):
                continue  # "a ceasefire between the army and the three groups": the groups are one side
            if self._colleagues(a.actor, b.actor):
                continue  # "Foreign Minister A and Defence Minister B signed": one side, not two
            predicate = self._fitting(predicates, a.actor, b.actor)
            # a directed predicate between partners ("A and B held joint exercises") reads in text order
            if predicate and self._proxy_allows(a, predicate) and self._proxy_allows(b, predicate):
                self.found.append(Found(a.actor, predicate, b.actor, trigger, rule))
                if predicate == "AGREEMENT" and trigger is not None:
                    self.ctx.last_deal = (self._position(trigger), [a.actor, b.actor])
                emitted = True
        return emitted

    # -- from a token to actors ----------------------------------------------------------------

    def mention(self, token) -> Mention | None:
        return self.by_token.get(token.i)

    def actors(self, token, mode: str = "strict", exclude=(), depth: int = 0, coordinated: bool = True) -> list[Arg]:
        """Actors a noun phrase headed by ``token`` names, with its coordinated phrases.

        ``mode``: "strict" (names, pronouns, references, appositions, state bodies), "owner"
        (also the possessor or of-phrase of a noun: "the Taliban's takeover"), "origin" (also
        demonym and state modifiers: "Turkish drones").
        """
        if token is None or depth > 4:
            return []
        found = self._one(token, mode, exclude, depth)
        for conj in (self._conjuncts(token) if coordinated else ()):
            found += self._one(conj, mode, exclude, depth)
        seen, result = set(), []
        for arg in found:
            if (arg.actor.id, arg.proxy) not in seen and arg.actor.id not in exclude:
                seen.add((arg.actor.id, arg.proxy))
                result.append(arg)
        return result

    def _one(self, token, mode: str, exclude, depth: int) -> list[Arg]:
        m = self.mention(token)
        if m is not None and m.kind == PLACE and _acts(token):
            return []  # "Gyumri said ...": a city is where, never who
        if m is not None and m.type != "weapon":
            if m.is_demonym and mode == "strict" and not self._state_context(token):
                return []
            return [Arg(m.actor, m.start)] + self._proxies(m)
        if m is not None:
            return []
        low = token.lower_
        if low in _RELATIVE and token.tag_ in ("WDT", "WP", "WP$", "IN"):
            antecedent = _antecedent(token)
            return self.actors(antecedent, "owner", exclude, depth + 1) if antecedent is not None else []
        if token.pos_ == "PRON" or low in self.lex.pronouns:
            return self._pronoun(token, exclude)
        lemma = token.lemma_.lower()
        if mode == "origin":
            found = self._modifier_actors(token, types=None)
            if found:
                return found
        found = [a for c in token.children if c.dep_ == "appos" for a in self.actors(c, "strict", exclude, depth + 1)]
        if found:
            return found
        kinds = self.lex.noun_class["collective"] | self.lex.noun_class["actor_kinds"] | self.lex.noun_class["company"]
        if token.dep_ == "appos" and lemma in kinds and (m := self.mention(token.head)) is not None \
                and m.type not in ("weapon", "person") and not m.is_demonym:
            return [Arg(m.actor, m.start)]  # "Hezbollah, the Lebanese movement that Tehran arms"
        after = token.i + 2
        if token.pos_ == "NOUN" and after < self.sent.end and self.doc[token.i + 1].text == "," and \
                (m := self.mention(self.doc[after])) is not None and m.start == after and m.type == "person":
            return [Arg(m.actor, m.start)]  # "the Iranian oligarch, Babak Zanjani", however parsed
        if lemma in self.lex.noun_class["company"] | self.lex.noun_class["ngo"] | self.lex.noun_class["collective"]:
            named = [Arg(mc.actor, mc.start) for c in token.children if c.dep_ in ("compound", "nmod")
                     and (mc := self.mention(c)) is not None and mc.type not in ("state", "weapon") and not mc.is_demonym]
            if named:  # "the Chinese company Yesil Technology"
                return named
            if lemma in self.lex.noun_class["collective"]:  # "a faction linked to the TTP" acts for it
                for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in _LINKED):
                    named = [a for p in clause.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                             for g in _pobjs(p) for a in self.actors(g, "strict", exclude, depth + 1)
                             if a.actor.type in ("armed_group", "organization")]
                    if named:
                        return named
        reference = self._reference(token, exclude)
        if reference is not None:
            return reference
        if token.pos_ == "NOUN":
            leaders = self._leaders(token)
            if leaders:  # "a Saudi-led coalition fought ...": the coalition's acts are its leader's
                return leaders
        if lemma in self.lex.noun_class["combatants"]:
            found = self._modifier_actors(token, types=("organization", "armed_group"))
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and not found):
                found = self.actors(_pobj(prep), "strict", exclude, depth + 1)  # "separatists of the CSP coalition"
            for arg in found:  # so that "the rebels" later points back to them
                # "separatists of the CMA and ISGS jihadists": the word over each name says its kind
                over = self.doc[arg.key].head if 0 <= arg.key < len(self.doc) else token
                word = over.lemma_.lower() if over.lemma_.lower() in self.lex.noun_class["combatants"] else lemma
                self.ctx.combatants.append((self._position(token), arg.actor.id,
                                            self.lex.combatant_family.get(word, word)))
            if found:
                return found
        acting = token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")
        if acting and lemma in self.lex.noun_class["platforms"]:
            found = self._modifier_actors(token, types=("state",))
            if found:
                return found
        if lemma in self.lex.noun_class["state_body"] or low in self.lex.noun_class["state_body"]:
            found = self._modifier_actors(token, types=("state", "organization", "armed_group"))
            if found:
                return found
            found = self._led_by(token)
            if found:  # "Erdogan's government", "the Biden administration"
                return found
            for child in (c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")):
                found = [a for a in self._pronoun(child, exclude) if a.actor.type in ("state", "armed_group")]
                if found:  # "The Taliban say ..., and their forces fire on Pakistani posts"
                    return found
            for child in (c for c in token.children if c.dep_ == "poss" and self.mention(c) is None):
                found = [a for a in self.actors(child, "strict", exclude, depth + 1) if a.actor.type == "state"]
                if found:  # "the two countries' security services"
                    return found
        if _is_title(lemma, self.lex):
            if any(c.dep_ == "conj" and (mc := self.mention(c)) is not None and mc.type == "person" for c in token.children):
                return []  # "the Chief of Staff ..., General X": the name is the actor
            found = self._modifier_actors(token, types=None)
            if found:  # "Qatar's emir", "the Iranian foreign minister": the office stands for its actor
                return found
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
                body = _pobj(prep)  # "the heads of the two countries' security services"
                if body is not None and {body.lemma_.lower(), body.lower_} & self.lex.noun_class["state_body"]:
                    found += self.actors(body, "strict", exclude, depth + 1)
            if found:
                return found
        if low in _QUANTIFIERS or token.like_num:
            for child in token.children:  # "three of the countries"; not "two of them" (which two?)
                if child.dep_ == "prep" and child.lower_ in ("of", "out"):
                    target = _pobj(child) or next((g for c in child.children if c.dep_ == "prep" for g in [_pobj(c)] if g), None)
                    if target is not None and target.pos_ != "PRON" and target.lower_ not in ("these", "those"):
                        return self.actors(target, mode, exclude, depth + 1)
                    return []
        if lemma in self.lex.noun_class["actor_kinds"] or lemma in ("institution", "body", "actor"):
            found = self._including(token, exclude)  # "various institutions, including both capitals"
            if found:
                return found
        if mode in ("owner", "origin"):
            for child in token.children:
                if child.dep_ == "poss":
                    found += self.actors(child, "strict", exclude, depth + 1)
            if not found and lemma in self.lex.noun_class["act"]:  # "the blockade imposed by Ethiopia"
                for clause in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                    found += [a for c in clause.children if c.dep_ == "agent" for p in _pobjs(c)
                              for a in self.actors(p, "strict", exclude, depth + 1)]
            if not found:
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in ("of", "from") and (pobj := _pobj(child)) is not None:
                        found += self.actors(pobj, "owner" if child.lower_ == "of" else "strict", exclude, depth + 1)
            if not found and mode == "origin":
                found = self._compound_names(token)
            if not found and mode == "owner" and lemma not in self.lex.noun_class["weapon"]:
                found = self._modifier_actors(token, types=("state", "armed_group"))  # "attacked Israeli towns"
        return found

    def _conjuncts(self, token) -> list:
        """Phrases coordinated with ``token``; for a name of several words, also those hung on
        a word inside it ("The Republic of Korea, Japan and the United States" is often parsed
        with Japan coordinated with "Korea")."""
        found = _conjuncts(token)
        m = self.mention(token)
        if m is not None and m.end - m.start > 1:
            for inner in self.doc[m.start:m.end]:
                if inner.i != token.i:
                    found += [t for t in _conjuncts(inner) if not m.start <= t.i < m.end and t not in found]
        if m is not None and m.type == "state":
            # "Mali, Burkina Faso and Niger" parsed as Mali with an apposition: two states are a list
            for child in token.children:
                other = self.mention(child) if child.dep_ == "appos" else None
                if other is not None and other.type == "state" and other.actor.id != m.actor.id:
                    found += [t for t in (child, *_conjuncts(child)) if t not in found]
        return found

    def _proxies(self, mention: Mention) -> list[Arg]:
        """Who acts with a person or firm named in this sentence with their office or nationality:
        "the Taliban Defence Minister, Mohammad Yaqoob, warned ..." is a warning by the Taliban too."""
        if mention.type == "person" and (arg := self.affiliation.get(mention.actor.id)) is not None:
            return [Arg(arg.actor, mention.start, "official")]
        if mention.type == "company" and (arg := self.nationality.get(mention.actor.id)) is not None:
            return [Arg(arg.actor, mention.start, "firm")]
        return []

    def _state_context(self, token) -> bool:
        """A demonym names its state when it qualifies a state body ("the Tajik government"),
        stands alone as a noun phrase ("the Iranians"), or pairs with another ("Kyrgyz-Tajik")."""
        while token.dep_ == "conj" and token.head != token:  # "Kyrgyz and Tajik forces"
            token = token.head
        head = token.head
        if token.dep_ in ("amod", "compound", "nmod") and (
                head.lemma_.lower() in self.lex.noun_class["state_body"] or
                " ".join(t.lower_ for t in (head.nbor(-1), head) if t.i >= 0) in self.lex.noun_class["state_body"]):
            return True
        if token.dep_ in ("amod", "compound") and head.dep_ == "compound" and \
                head.head.lemma_.lower() in self.lex.noun_class["state_body"]:
            return True
        if token.dep_ in (*_SUBJ, "dobj", "pobj", "conj", "appos") and token.pos_ in ("NOUN", "PROPN") and \
                token.tag_ in ("NNS", "NNPS"):
            return True
        # "Kyrgyz and Tajik troops" parsed as "Kyrgyz" coordinated with "Tajik troops": the body is shared
        return any(c.dep_ == "conj" and c.lemma_.lower() in self.lex.noun_class["state_body"] and
                   any(g.dep_ in ("amod", "compound") and (gm := self.mention(g)) is not None and gm.is_demonym
                       for g in c.children)
                   for c in token.children)

    def _modifier_actors(self, noun, types=None) -> list[Arg]:
        """Actors among the words that qualify ``noun`` (its left-hand compounds, adjectives and
        possessor, and an of- or from-phrase): "the *Bishkek* and *Dushanbe* administrations",
        "troops from the *CSTO*". ``types`` limits the actor types (None: any but weapons)."""
        found = []

        def fits(m):
            return m is not None and m.type not in ("weapon", "person") and (types is None or m.type in types)

        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ == "whose" and (antecedent := _antecedent(child)) is not None:
                # "the Arab League, whose foreign ministers backed ...": the ministers are the League's
                found += [a for a in self.actors(antecedent, "strict", coordinated=False)
                          if a.actor.type not in ("weapon", "person") and (types is None or a.actor.type in types)]
            elif child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                for tok in child.subtree:
                    m = self.mention(tok)
                    if fits(m):
                        found.append(Arg(m.actor, m.start))
            elif child.dep_ == "prep" and child.lower_ in ("of", "from") and (pobj := _pobj(child)) is not None:
                for target in (pobj, *_conjuncts(pobj)):
                    m = self.mention(target)
                    if fits(m):
                        found.append(Arg(m.actor, m.start))
        return list({a.actor.id: a for a in found}.values())

    def _led_by(self, noun) -> list[Arg]:
        """The bodies of the office-holders who qualify ``noun`` ("*Erdogan's* government"): the
        office given in this sentence, else the one the gazetteer knows."""
        found = []
        for child in noun.children:
            m = self.mention(child) if child.dep_ in ("poss", "compound") else None
            if m is None or m.type != "person":
                continue
            office = self.affiliation.get(m.actor.id) or self._known_affiliation(m)
            if office is not None:
                found.append(Arg(office.actor, m.start))
        return found

    def _possessed_names(self) -> None:
        """"Russia's ally Belarus", "Iran's main rival Saudi Arabia", "Tehran's proxy Hezbollah":
        a possessor, a relational noun of a noun trigger that relates a described actor to its
        owner, then a name. Read from the words, since parsers often split such phrases."""
        for token in self.sent:
            triggers = [t for t in self.lex.nouns_for(token.lemma_.lower()) if not t.copula_only]
            after = self.mention(self.doc[token.i + 1]) if token.i + 1 < self.sent.end else None
            if not triggers or after is None or after.start != token.i + 1 or after.type == "weapon":
                continue
            i = token.i - 1
            while i > max(self.sent.start, token.i - 5) and self.mention(self.doc[i]) is None and (
                    self.doc[i].pos_ in ("ADJ", "ADV", "NOUN") or self.doc[i].text in ("-", "–")):
                i -= 1  # "Iran's *long-time regional* rival", "Russia's *main arms* supplier"
            if i <= self.sent.start or self.doc[i].lower_ not in ("'s", "’s", "'"):
                continue
            owner = self.mention(self.doc[i - 1])
            if owner is None or owner.type == "weapon" or owner.actor.id == after.actor.id:
                continue
            owned, possessor = Arg(after.actor, after.start), Arg(owner.actor, owner.start)
            for trigger in triggers:
                pattern = next((p for p in trigger.args if "owner" in (p.subject, p.object)
                                and "described" in (p.subject, p.object)), None)
                if pattern is None:
                    continue
                subjects, objects = ([owned], [possessor]) if pattern.subject == "described" else ([possessor], [owned])
                self._emit(subjects, objects, trigger.predicates_for(None, token.lemma_.lower()), token,
                           f"{trigger.name}:possessed")

    def _leaders(self, noun) -> list[Arg]:
        """Who leads an unnamed group described as "X-led" ("the US-led coalition")."""
        found = []
        for i in range(max(noun.left_edge.i, self.sent.start + 2), noun.i):
            spec = self.lex.participles.get(self.doc[i].lower_)
            if spec is None or spec[0] != "LEADS" or spec[1] != "left" or self.doc[i - 1].text not in ("-", "–"):
                continue
            m = self.mention(self.doc[i - 2])
            if m is not None and m.type in ("state", "organization", "armed_group"):
                found.append(Arg(m.actor, m.start))
        return found

    def _compound_names(self, noun) -> list[Arg]:
        found = []
        for child in noun.children:
            if child.dep_ in ("compound", "amod") and (m := self.mention(child)) is not None and m.type != "weapon":
                found.append(Arg(m.actor, m.start))
        return found

    def _position(self, token) -> int:
        return self.offset + token.idx

    def _pronoun(self, token, exclude) -> list[Arg]:
        """The actor(s) a pronoun stands for. The referent does not depend on what the caller
        looks for: "their allies" after "the two countries" is none of the two countries' names."""
        found = self._referent(token)
        if any(a.actor.id in exclude for a in found):
            return []
        return found

    def _referent(self, token, exclude=()) -> list[Arg]:
        types = self.lex.pronouns.get(token.lower_)
        if not types:
            return []
        if token.dep_ == "expl" or (token.lower_ == "it" and _expletive(token)):
            return []
        if types == ("person",):
            actor = self.ctx.recent_by_type_order(types, self._position(token), exclude)
            return [Arg(actor, token.i)] if actor else []
        judged = self._judged_for(token, types, exclude)
        if judged:
            return judged
        # "Iran unveiled a factory for its drones": the subject of the pronoun's own clause,
        # or of the clause that governs it ("Turkey ... although it is developing").
        for clause in _governing_clauses(token):
            for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subj.i == token.i or subj.i > token.i:
                    continue
                args = [a for a in self.actors(subj, "strict", exclude) if a.actor.type in types]
                if args:
                    return args[:1] if token.lower_ in ("it", "its", "itself") else args
        for subj in sorted((t for t in self.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i),
                           key=lambda t: -t.i):
            if subj.lower_ in self.lex.pronouns:
                continue
            args = [a for a in self.actors(subj, "strict", exclude) if a.actor.type in types and not a.proxy]
            if args:
                return args[:1] if token.lower_ in ("it", "its", "itself") else args
        plural = token.lower_ in ("they", "them", "their")
        if plural:
            pair = self.ctx.recent(("state",), 2, self._position(token), exclude, window=400)
            if pair and self._coordinated_recently(pair, token):
                return [Arg(a, token.i) for a in pair]
        actor = self.ctx.last_subject(types, self._position(token), exclude) or \
            self.ctx.recent_by_type_order(types, self._position(token), exclude)
        return [Arg(actor, token.i)] if actor else []

    def _judged_for(self, token, types, exclude) -> list[Arg]:
        """"Washington sanctioned Iran for its support to the Houthis": a possessive in the
        for-phrase of a verb of judgement is the judged object's."""
        noun = token.head
        if token.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return []
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.lex.judged_for:
            return []
        found = [a for c in verb.children if c.dep_ == ("nsubjpass" if _is_passive(verb) else "dobj")
                 for a in self.actors(c, "strict", exclude) if a.actor.type in types]
        return found[:1] if token.lower_ in ("it", "its", "itself") else found

    def _coordinated_recently(self, pair, token) -> bool:
        ids = {a.id for a in pair}
        groups = {}
        for s in self.ctx.seen:
            if s.position < self._position(token) and s.group is not None and s.actor_id in ids:
                groups.setdefault(s.group, set()).add(s.actor_id)
        return any(v == ids for v in groups.values())

    def _reference(self, token, exclude) -> list[Arg] | None:
        """"the two countries", "both sides", "the group", "all three": the most recent fitting actors."""
        if token.pos_ not in ("NOUN", "PROPN") and not (token.like_num and token.dep_ in ("pobj", "dobj", "nsubj")):
            return None
        dets = [c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet") or c.lower_ == "both"]
        if not dets:
            return None
        key = " ".join([*dets, token.lower_])
        determiner = next((c for c in token.lefts if c.dep_ == "det"), None)
        phrase = " ".join(t.lower_ for t in self.doc[determiner.i:token.i + 1]) if determiner is not None else ""
        armed = None
        if phrase in self.lex.armed_references:
            armed = self.ctx.last_armed(self._position(token))
            offices = {a.actor.id: a.actor for a in self.affiliation.values() if a.actor.type == "state"}
            if armed is None and len(offices) == 1:  # "its defence minister, X, says the army may strike"
                armed = next(iter(offices.values()))
        if armed is not None:  # "the army": the state whose forces the text named last
            return [Arg(armed, token.i)] if armed.id not in exclude else []
        if determiner is not None and determiner.lower_ == "the" and token.lemma_.lower() in self.lex.noun_class["combatants"]:
            group = self.ctx.last_combatants(self._position(token),
                                             self.lex.combatant_family.get(token.lemma_.lower(), token.lemma_.lower()))
            if group is not None:  # "the rebels": the group the text last called rebels or separatists
                return [Arg(group, token.i)] if group.id not in exclude else []
        spec = self.lex.references.get(key)
        if spec is None:
            return None
        named = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.text[:1].isupper()
                 and not any(t.text in ("-", "–") for t in c.subtree)]  # "the Western-backed government" still points back
        mentioned = [self.mention(c) for c in named]
        if named and not all(m is not None and m.type not in spec[1] for m in mentioned):
            # "the Houthi rebels" names them; "the Tuareg rebels" is someone new: neither points
            # back ("the Turkish company" does: the demonym only says which company)
            found = [Arg(m.actor, m.start) for m in mentioned if m is not None and m.type in spec[1]]
            return found or None
        count, types = spec
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
               for c in token.children):
            return None  # "the country of origin": not a reference to an actor
        before = self._position(token)
        if count == 1:
            # "the kingdom" is the last monarchy named ("Kingdom of Saudi Arabia"), if any was
            actor = self.ctx.recent_styled(token.text.title(), types, before, exclude) if \
                token.lower_ in _STATE_STYLES else None
            actor = actor or self.ctx.recent_by_type_order(types, before, exclude)
            found = [actor] if actor else []
        else:
            found = self._named_before_in_sentence(token, count, types, exclude) or self._deal_sides(token, count)
            # a list later in the sentence may be what the phrase means ("both sides ... the conflict
            # between A and B"), but not the hosts of a by-phrase ("talks between the two rivals were
            # hosted by Iraq and Oman")
            agents = [t.idx for t in self.sent if t.i > token.i and t.dep_ == "agent"]
            until = self.offset + (agents[0] if agents else self.sent.end_char)
            for actor_type in types:
                if found:
                    break
                found = self.ctx.recent((actor_type,), count, before, exclude, until=until)
        if not found:
            return []
        group = self.ctx.new_group()
        for actor in found:
            self.ctx.note(actor, before, group=group)
        if count == 1:
            return [Arg(found[0], token.i)]
        return [Arg(a, token.i * 1000 + n, reference=token.i) for n, a in enumerate(found)]

    def _followed_suit(self) -> None:
        """"Bamako cut ties with Kyiv on 4 August. Niger followed two days later": the follower does
        what the sentence before told, to the same actors."""
        last = self.ctx.last_acts
        if not last:
            return
        for verb in (t for t in self.sent if t.lemma_.lower() == "follow" and t.pos_ == "VERB"
                     and t.tag_ != "VBG" and t.dep_ in ("ROOT", "conj")):  # not "following the commitments"
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if any(o.lemma_.lower() not in ("suit", "lead", "example") for o in objects) or \
                    any(c.dep_ in ("prep", "prt") and c.lower_ in ("with", "by", "up", "through") for c in verb.children):
                continue  # "Niger followed the talks", "Kazakhstan followed with deals of its own": other acts
            for follower in self.agent(verb):
                for predicate, obj in last:
                    if obj.id != follower.actor.id and self._fitting((predicate,), follower.actor, obj):
                        self.found.append(Found(follower.actor, predicate, obj, verb, "followed-suit"))

    def _colleagues(self, a: Actor, b: Actor) -> bool:
        """Two persons who serve the same state or body (as this sentence or the gazetteer says)."""
        if a.type != "person" or b.type != "person":
            return False
        offices = []
        for person in (a, b):
            arg = self.affiliation.get(person.id)
            if arg is None:
                mention = next((m for m in self.mentions if m.actor.id == person.id), None)
                arg = self._known_affiliation(mention) if mention is not None else None
            offices.append(arg.actor.id if arg is not None else None)
        return offices[0] is not None and offices[0] == offices[1]

    def _deal_sides(self, token, count: int) -> list[Actor]:
        """"Under the deal, the two sides are to reopen embassies": the parties of the deal the
        text told last, when the sentence names that deal ("the deal") before the phrase."""
        last = self.ctx.last_deal
        if count != 2 or last is None or len(last[1]) != 2 or self._position(token) - last[0] > DEAL_REACH:
            return []
        named = any(t.i < token.i and t.lemma_.lower() in self.lex.noun_class["agreement"] and
                    any(c.lower_ in ("the", "this", "that") for c in t.children) for t in self.sent)
        return list(last[1]) if named else []

    def _named_before_in_sentence(self, token, count: int, types, exclude) -> list[Actor]:
        """"After Swedish Prime Minister X visited Budapest, the two governments agreed": exactly
        ``count`` actors named earlier in the sentence (an official counting as their state)."""
        named: dict[str, Actor] = {}
        for m in self.mentions:
            if m.start >= token.i:
                break
            actor = m.actor
            if m.type == "person" and (office := self.affiliation.get(actor.id)) is not None:
                actor = office.actor
            elif m.is_demonym and not self._state_context(self.doc[m.start:m.end].root):
                continue
            if actor.type == types[0] and actor.id not in exclude:
                named.setdefault(actor.id, actor)
        return list(named.values()) if len(named) == count else []

    # -- roles of a verb ---------------------------------------------------------------------

    def agent(self, verb, exclude=(), depth: int = 0) -> list[Arg]:
        """Who does what ``verb`` says: its subject, the by-phrase of a passive, or the subject
        of the clause it depends on ("Iran decided *to open*", "Iran being the first *to extend*")."""
        if depth > 5:
            return []
        if _is_passive(verb):
            for child in verb.children:
                if child.dep_ == "agent" and (pobj := _pobj(child)) is not None:
                    return self.actors(pobj, "strict", exclude)
            if verb.dep_ in ("acl", "relcl", "amod") or verb.tag_ == "VBN" and verb.dep_ not in ("ROOT", "conj", "ccomp"):
                return []
            return []
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        for subj in subjects:
            args = self.actors(subj, "strict", exclude)
            if args:
                return args
            generic = self._generic_subject(subj, verb, exclude, depth)
            if generic:
                return generic
        if subjects:
            return []
        if verb.tag_ == "VBG" and verb.i > self.sent.start:  # "Iran being the first to ...": a gerund's subject
            before = self.doc[verb.i - 1]
            m = self.mention(before)
            if m is not None and m.type != "weapon" and not m.is_demonym:
                return [Arg(m.actor, m.start)] + self._proxies(m)
        head = verb.head
        if verb.dep_ == "conj" and head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr") and head.head != head:
            return self.agent(head.head, exclude, depth + 1)  # "shares a border with X and further borders Y"
        if verb.tag_ == "VB" and head.lemma_.lower() in _OBJECT_CONTROL and head != verb and \
                not any(c.dep_ == "aux" for c in verb.children):
            for obj in (c for c in head.children if c.dep_ == "dobj"):  # "saw X and Y hold talks"
                args = self.actors(obj, "strict", exclude)
                if args:
                    return args
        if verb.dep_ == "xcomp" and head.pos_ == "VERB" and not _is_passive(head) and \
                any(c.dep_ == "dobj" for c in head.children):  # "prompted Uzbekistan to respond": Uzbekistan responds
            args = [a for c in head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
            if args:
                return args
        if verb.dep_ == "xcomp" and _is_passive(head):  # "X is said to have sent ...": X sent
            for subj in (c for c in head.children if c.dep_ == "nsubjpass"):
                args = self.actors(subj, "strict", exclude)
                if args:
                    return args
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
            return self._noun_as_subject(head.head, verb, exclude, depth)
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("for", "of") and \
                head.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in head.head.children):
            # "criticised the United States for arming Taiwan": the United States arms Taiwan
            return [a for c in head.head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "dep", "acomp") and head != verb:
            if head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                return self._noun_as_subject(head, verb, exclude, depth)
            return self.agent(head, exclude, depth + 1)
        if verb.dep_ == "acl" and head != verb:
            return self._noun_as_subject(head, verb, exclude, depth)
        if verb.dep_ == "pobj" and head.dep_ == "prep":
            return self.agent(head.head, exclude, depth + 1)
        return []

    def _noun_as_subject(self, noun, verb, exclude, depth) -> list[Arg]:
        """The noun a non-finite verb hangs on: "the countries *to extend*", "Iran's decision to
        open", "Ethiopia has shown interest *in buying*" (the subject of the noun's verb)."""
        args = self.actors(noun, "owner", exclude)
        if args:
            return args
        args = self._generic_subject(noun, verb, exclude, depth)
        if args:
            return args
        doers = self.lex.noun_class["company"] | self.lex.noun_class["actor_kinds"] | self.lex.noun_class["collective"]
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.lemma_.lower() in doers:
            # "sanctioned companies supplying Russia": the companies supply, not whoever sanctioned them
            # (while "responded with a note stating ..." is the responder's statement)
            return []
        if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            return self.agent(noun.head, exclude, depth + 1)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "with" and \
                noun.head.head.pos_ == "VERB":  # "responded with a note stating ...": who responded states
            return self.agent(noun.head.head, exclude, depth + 1)
        return []

    def _generic_subject(self, noun, verb, exclude, depth) -> list[Arg]:
        """A generic subject ("the only one", "three countries", "the first countries") stands for
        the subject it is predicated of, or the actors listed after a dash."""
        lemma = noun.lemma_.lower()
        if lemma not in self.lex.noun_class["actor_kinds"] and lemma not in _QUANTIFIERS and not noun.like_num \
                and noun.tag_ not in ("WDT", "WP") and lemma not in ("first", "last", "only", "latest"):
            return []
        if noun.tag_ in ("WDT", "WP") or noun.lower_ in _RELATIVE:
            antecedent = _antecedent(noun)
            return self._generic_subject(antecedent, verb, exclude, depth + 1) if antecedent is not None else []
        listed = self._dash_list(verb)
        if listed:
            return listed
        up = noun
        for _ in range(4):
            if up.dep_ in ("attr", "dobj", "oprd") or (up.dep_ == "nsubj" and up.head.lemma_ == "be"):
                clause = up.head
                if up.dep_ == "dobj" and clause.lemma_.lower() not in _HAVING:
                    return []  # "Britain sanctioned companies supplying Russia": the companies supply, not Britain
                for subj in (c for c in clause.children if c.dep_ in _SUBJ and c != up):
                    args = self.actors(subj, "strict", exclude)
                    if args:
                        return args
                return []
            if up.dep_ == "pobj" and up.head.dep_ == "prep":
                governor = up.head.head
                if governor.pos_ in ("VERB", "AUX"):
                    return self.agent(governor, exclude, depth + 1)
                up = governor
                args = self.actors(up, "strict", exclude)
                if args:
                    return args
                continue
            if up.dep_ == "relcl" or up.head == up:
                return []
            up = up.head
        return []

    def _dash_list(self, verb) -> list[Arg]:
        """"Three countries have bought drones – Kazakhstan, Kyrgyzstan and Turkmenistan": the actors
        after a dash or colon, when the sentence lists them."""
        tokens = list(self.sent)
        after = [t for t in tokens if t.i > verb.i and t.text in _DASHES and t.text != "-"]
        if not after:
            return []
        dash = after[0]
        nxt = [t for t in tokens if t.i > dash.i][:2]
        if not nxt or not any(self.mention(t) is not None and self.mention(t).type != "weapon" for t in nxt):
            return []
        found = []
        for t in tokens:
            if t.i <= dash.i:
                continue
            m = self.mention(t)
            if m is not None and m.start == t.i and m.type not in ("weapon", "person") and not m.is_demonym:
                found.append(Arg(m.actor, m.start))
        return found

    def patient(self, verb, exclude=()) -> list[Arg]:
        if _is_passive(verb):
            if verb.dep_ in ("acl", "amod") and verb.head != verb:  # "the Houthis, backed by Iran"
                return self.actors(verb.head, "owner", exclude)
            return [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.actors(c, "owner", exclude)]
        found = []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr") or (c.dep_ == "dative" and c.pos_ != "ADP")]
        if not objects:  # "seized and refused to hand over the assets of X": the object they share
            for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
                objects = [c for v in (conj, *(x for x in conj.children if x.dep_ == "xcomp"))
                           for c in v.children if c.dep_ == "dobj"]
                if objects:
                    break
        for child in objects:
            found += self.actors(child, "owner", exclude)
        if not found:
            gap = verb.head if verb.dep_ == "relcl" and not objects else next(
                (_antecedent(c) for c in objects if c.lower_ in _RELATIVE), None)
            if gap is not None and gap.lemma_.lower() in self.lex.noun_class["judged_act"]:
                found = self._act_agent(gap, exclude)
        return found

    def _act_agent(self, act, exclude=()) -> list[Arg]:
        """Who took the act a noun names: "Armenia joined the ICC, a step Moscow condemned" ->
        Armenia, the subject of the clause the noun comments on or is the object of."""
        node = act
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX") or node.head == node:
                break
            node = node.head
        return self.agent(node, exclude) if node.pos_ in ("VERB", "AUX") else []

    def prep_args(self, head, preps, exclude=(), also=(), beside=()) -> list[Arg]:
        """Actors in prepositional phrases (``preps``) on ``head`` and on the words in ``beside``,
        and anywhere inside the phrases in ``also`` (a verb's themes: "a drone factory for its
        Ababil-2 drone *in Tajikistan*") short of another clause."""
        found = []
        nodes = [head, *beside]
        for phrase in also:
            nodes += _within_clause(phrase)
        for node in nodes:
            for child in node.children:
                if child.dep_ not in ("prep", "dative", "agent"):
                    continue
                # "sent personnel to X in January and to Y in April": the second phrase is a conjunct
                for phrase in (child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")):
                    if phrase.lower_ in preps:
                        for pobj in _pobjs(phrase):
                            found += self.actors(pobj, "owner", exclude)
        return found

    def _themes(self, verb) -> list:
        """What the verb acts on: its object (subject when passive), or the object of a preposition
        for verbs used with one ("switch to Iranian drones", "continue with Chinese drones")."""
        themes = [c for c in verb.children if c.dep_ == ("nsubjpass" if _is_passive(verb) else "dobj")]
        if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
            themes.append(verb.head)  # "Turkish drones supplied to Azerbaijan"
            before = self.doc[verb.i - 1] if verb.i > self.sent.start else None
            if before is not None and before.i != verb.head.i and before.pos_ == "NOUN":
                themes.append(before)  # "... and Iranian drones supplied to Armenia", however attached
            node = verb.head  # "exports Anka drones for various purposes, produced by ...": the weapon further up
            for _ in range(3):
                if node.dep_ != "pobj" or node.head.dep_ != "prep":
                    break
                node = node.head.head
                if node.pos_ in ("VERB", "AUX"):
                    themes += [c for c in node.children if c.dep_ == "dobj"]
                    break
                themes.append(node)
        if not themes:
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in ("to", "with", "on", "for", "in", "of"):
                    themes += _pobjs(child)
        else:  # "supplying Belarus *with missiles*": the with-phrase is what is given
            themes += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in _pobjs(c)
                       if self.mention(p) is None]
        expanded = []
        for t in themes:
            if t.lemma_.lower() in self.lex.noun_class["quantity"]:  # "millions of shells", "$40 million in aid"
                expanded += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "worth")
                             for p in _pobjs(c)]
            expanded.append(t)
            expanded += _conjuncts(t)
        return expanded

    def theme_classes(self, nouns) -> list[str]:
        """Classes of the things acted on, most specific first: weapon, technology, agreement, ..."""
        classes: list[str] = []
        nc = self.lex.noun_class
        for noun in nouns:
            if noun.lower_ in _RELATIVE and noun.tag_ in ("WDT", "WP", "IN"):  # "the declaration that they signed"
                noun = _antecedent(noun) or noun
            lemma = noun.lemma_.lower()
            words = {lemma} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
            m = self.mention(noun)
            weapon_mention = (m is not None and m.type == "weapon") or any(
                (mc := self.mention(c)) is not None and mc.type == "weapon" for c in noun.subtree)
            if lemma in nc["technology"] and lemma not in nc["weapon"]:
                classes.append("technology")
            if weapon_mention or (lemma in nc["weapon"] and lemma not in nc["weapon_weak"]) or (
                    lemma in nc["weapon_weak"] and words & (nc["military"] | nc["weapon"]) - {lemma}):
                classes.append("weapon")
            for name in _THEME_CLASSES:
                if lemma in nc.get(name, ()):
                    classes.append(name)
            if lemma in nc["technology"] and "technology" not in classes:
                classes.append("technology")
        return list(dict.fromkeys(classes))

    def _sentence_has_weapons(self) -> bool:
        """Weapons are the topic here: this sentence or one just before names some."""
        if self._weapon_words is None:
            nc = self.lex.noun_class
            self._weapon_words = any(
                t.lemma_.lower() in nc["weapon"] and t.lemma_.lower() not in nc["weapon_weak"] or
                (m := self.mention(t)) is not None and m.type == "weapon" for t in self.sent)
            if self._weapon_words:
                self.ctx.weapons_at = self.offset + self.sent.end_char
        return self._weapon_words or 0 <= self.offset + self.sent.start_char - self.ctx.weapons_at <= WEAPON_CONTEXT

    def origin(self, themes, exclude=()) -> list[Arg]:
        found = []
        for noun in themes:
            if set(self.theme_classes([noun])) & {"weapon", "technology", "base"}:  # whose drones, know-how, base
                found += self.actors(noun, "origin", exclude, coordinated=False)  # themes are expanded already
        return found

    def verb_role(self, verb, role: str, themes, exclude=()) -> list[Arg]:
        if role == "agent":
            return self.agent(verb, exclude)
        if role == "patient":
            return self.patient(verb, exclude)
        if role == "direct":  # the object itself an actor: "met Putin", not "hosted a Chinese base"
            return [a for c in verb.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        if role == "recipient":
            found = self.prep_args(verb, ("to", "for"), exclude, also=themes)
            found += [a for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"
                      for a in self.actors(c, "owner", exclude)]
            if not found:  # "sent advisers and drones, and flew fighters to Libya": the to-phrase they share
                found = [a for v in _coordinated_verbs(verb) for a in self.prep_args(v, ("to",), exclude)]
            return found
        if role == "source":  # "from X", "out of X"
            outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
            return self.prep_args(verb, ("from",), exclude, also=themes) or \
                [a for out in outs for a in self.prep_args(out, ("of",), exclude)]
        if role == "partner":  # "with X" anywhere in the verb's own clause ("as a show of force with troops from X")
            found = self.prep_args(verb, ("with",), exclude, also=(*themes, verb))
            if not found and verb.dep_ in ("advcl", "xcomp") and verb.head != verb:
                found = self.prep_args(verb.head, ("with",), exclude)  # "signed deals with X to jointly produce"
            return found
        if role == "target":
            return self.prep_args(verb, ("against", "at", "on"), exclude, also=themes)
        if role == "location":
            return self.prep_args(verb, ("in", "into", "inside", "within", "at", "to"), exclude, also=themes)
        if role == "between":  # also "a ceasefire between A and B, which C brokered"
            antecedents = [a for t in themes if t.lower_ in _RELATIVE and (a := _antecedent(t)) is not None]
            nouns = [*themes, *antecedents, *(n for a in antecedents if (n := _between_owner(a)) is not None)]
            return self.prep_args(verb, ("between", "among", "amongst"), exclude, also=nouns) or \
                self._sides_of(themes, exclude)
        if role == "origin":
            return self.origin(themes, exclude)
        if role == "weapon":
            return list({a.actor.id: a for t in themes for a in self._weapon_args(t)}.values())
        if role == "complement":  # "threatened to intervene in Niger", "warned it would strike Iran"
            found = []
            for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
                found += self.patient(clause, exclude) or self.prep_args(
                    clause, ("in", "into", "against", "on", "at", "to"), exclude, also=self._themes(clause))
            return found
        if role == "occasion":  # "signed during Tokayev's visit to Ankara": the visitor and the host
            found = []
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("during", "on", "at")):
                for visit in (p for p in _pobjs(prep) if p.lemma_.lower() in ("visit", "trip", "tour")):
                    found += [a for c in visit.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
                    found += self.prep_args(visit, ("to",), exclude)
            return found
        if role == "armer":  # "Iranian drones helped ...", "arms delivered by Russia enable ...": whose weapons act
            found = []
            clause = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]  # "arms ... continue to enable"
            subjects += [c for s in subjects for c in _conjuncts(s)]
            for noun in (s for s in subjects if "weapon" in self.theme_classes([s])):
                found += self.actors(noun, "origin", exclude, coordinated=False)
                for clause in (c for c in noun.children if c.dep_ == "acl" and _is_passive_participle(c)):
                    found += [a for by in clause.children if by.dep_ == "agent" for p in _pobjs(by)
                              for a in self.actors(p, "strict", exclude)]
            return found
        if role == "sufferer":  # "warned that Tehran would pay": the subject of the consequence foretold
            consequences = self.lex.threat_framing.get("consequences", ())
            modals = self.lex.threat_framing.get("modals", ())
            found = []
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in consequences
                           and any(a.dep_ == "aux" and a.lower_ in modals for a in c.children)):
                subject = "nsubjpass" if _is_passive(clause) else "nsubj"
                found += [a for c in clause.children if c.dep_ == subject for a in self.actors(c, "strict", exclude)]
            return found
        if role == "event_owner":  # "boycotted the CSTO summit", "refused to host CSTO exercises"
            events = self.lex.noun_class["meeting"] | self.lex.noun_class["exercise"]
            clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
            nouns = [c for v in clauses for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in events]
            return [Arg(m.actor, m.start) for n in nouns for c in n.children if c.dep_ in ("compound", "poss", "nmod")
                    and (m := self.mention(c)) is not None and m.type in ("organization", "state")
                    and m.actor.id not in exclude]
        if role == "ally":  # "fought alongside X", "fought side by side with X"
            return self.prep_args(verb, ("alongside", "beside"), exclude)
        if role == "user":  # "struck X with missiles *supplied* by Y", "fired drones Y had sent"
            if verb.dep_ not in ("acl", "relcl") or verb.head == verb:
                return []
            noun = verb.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "with":
                clause = noun.head.head
                for _ in range(3):  # "struck an airbase in Crimea with missiles": however it hangs
                    if clause.pos_ in ("VERB", "AUX") or clause.head == clause:
                        break
                    clause = clause.head
            elif noun.dep_ == "dobj":
                clause = noun.head
            else:
                return []
            return self.agent(clause, exclude) if clause.pos_ in ("VERB", "AUX") else []
        if role == "speaker":
            speech = _speech_verb(verb)  # "HRW argues that both sides committed war crimes"
            return self.agent(speech, exclude) if speech is not None else []
        raise ValueError(f"unknown verb role {role!r} in the lexicon")

    # -- verb triggers -------------------------------------------------------------------------

    def _verb(self, verb, trigger: Trigger) -> None:
        lemma = verb.lemma_.lower()
        themes = self._themes(verb)
        classes = self.theme_classes(themes)
        wanted = trigger.theme_for.get(lemma, trigger.theme)
        if wanted and wanted not in classes and not _is_passive(verb) and \
                any(c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.noun_class.get(wanted, ()) for c in verb.children):
            classes = [wanted]  # "Turkish troops operate in Somalia": the subject is what is based there
        if wanted and wanted not in classes or set(classes) & trigger.not_themes:
            return
        if trigger.needs_theme(lemma) and not classes:
            if not (self._sentence_has_weapons() and "weapon" in trigger.predicates):
                return
            classes = ["weapon"]
        theme_class = next((c for c in classes if c in trigger.predicates), None)
        predicates = trigger.predicates_for(theme_class, lemma)
        if not predicates:
            return
        if "ATTACK" in predicates:
            self._remember_attack(verb, self.verb_role(verb, "patient", themes))
        said = verb
        planned = self.lex.modality["planned"]
        if trigger.effort_is_act and verb.dep_ in ("acl", "xcomp") and verb.head != verb and \
                verb.head.lemma_.lower() in planned["verbs"] | planned["words"]:
            said = verb.head  # the attempt is the statement: its modality, not a plan's
        before = len(self.found)
        for pattern in trigger.args:
            if not self._pattern_applies(pattern, verb, lemma):
                continue
            if self._apply(pattern, lambda role, exclude=(): self.verb_role(verb, role, themes, exclude),
                           pattern.predicates or predicates, said, f"{trigger.name}:{_describe(pattern)}", themes) \
                    and not trigger.try_all:
                break
        for item in self.found[before:]:
            item.ends = trigger.ends
        if "ATTACK" in predicates:
            self._threatened(verb, self.found[before:])

    def _threatened(self, verb, found: list[Found]) -> None:
        """An attack only announced or feared ("says the army may strike X", "feared that Y would
        invade X") is also a threat, asserted by the frame: by the attacker, and by the person who
        announced it."""
        framing = self.lex.threat_framing
        frame = verb.head
        if verb.dep_ != "ccomp" or frame.lemma_.lower() not in framing.get("frames", ()) or \
                not any(c.dep_ == "aux" and c.lower_ in framing.get("modals", ()) for c in verb.children):
            return
        speakers = [a for a in self.agent(frame) if a.actor.type == "person"] if frame.lemma_.lower() not in (
            "fear", "worry", "dread") else []
        for item in [f for f in found if f.predicate == "ATTACK"]:
            for subject in [item.subject, *(a.actor for a in speakers)]:
                if self._fitting(("THREAT",), subject, item.object):
                    self.found.append(Found(subject, "THREAT", item.object, frame, "threat:framed-attack"))

    def _pattern_applies(self, pattern: ArgPattern, verb, lemma: str) -> bool:
        if not pattern.applies(lemma):
            return False
        if lemma in pattern.passive_only and not _is_passive(verb):
            return False
        if pattern.with_complement and not any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in pattern.with_complement for c in verb.children):
            return False  # "ordered French troops to leave"
        if pattern.when_adverb:
            words = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "prep", "npadvmod")}
            words |= {c.lower_ for c in verb.subtree if c.dep_ == "amod"}
            words |= {f"{c.lower_} {p.lower_}" for c in verb.children if c.dep_ == "prep" for p in _pobjs(c)}  # "under licence"
            if not words & pattern.when_adverb:
                return False
        return True

    def _firm_sale(self, subjects: list[Arg], objects: list[Arg], trigger_token, rule: str, properties) -> bool:
        """A weapons deal between an arms firm and a state is the firm's sale to the state."""
        firms = [a for a in subjects + objects if a.actor.type == "company" and not a.proxy]
        others = [a for a in subjects + objects if a.actor.type != "company" and not a.proxy]
        if len(firms) != 1 or not others:
            return False
        return self._emit(firms, others, ("ARMS_TRANSFER",), trigger_token, rule + ":firm-sale", properties)

    def _apply(self, pattern: ArgPattern, role, predicates, trigger_token, rule: str, themes) -> bool:
        properties = {}
        weapons = [a for t in themes for a in self._weapon_args(t)]
        if weapons:
            properties["weapon"] = weapons[0].actor.name
        if "speaker" in (pattern.subject, pattern.object):
            trigger_token = _speech_verb(trigger_token) or trigger_token  # the accusation is the act
        if pattern.pair:
            args = role(pattern.pair)
            return self._emit_pairs(args, predicates, trigger_token, rule) if len(args) >= 2 else False
        subjects = role(pattern.subject)
        if not subjects:
            return False
        objects = role(pattern.object, exclude={a.actor.id for a in subjects})
        if not objects and set(predicates) & _AGAINST_DEALS:
            objects = self._deal_parties(themes, trigger_token, {a.actor.id for a in subjects})
        if not objects:
            return False
        if "AGREEMENT" in predicates and self._weapon_theme(themes) and \
                self._firm_sale(subjects, objects, trigger_token, rule, properties):
            return True
        return self._emit(subjects, objects, predicates, trigger_token, rule, properties)

    def _sides_of(self, themes, exclude) -> list[Arg]:
        """The sides of the deal or talks a go-between brokered or hosted when no between-phrase
        names them: the pair of the noun ("the Chad-Sudan truce") or the actors of the clause the
        noun completes ("A and B agreed ..., in an accord brokered by C"; "A signed a truce with B,
        mediated by C")."""
        wanted = self.lex.noun_class["agreement"] | self.lex.noun_class["meeting"]
        for theme in themes:
            noun = _antecedent(theme) if theme.lower_ in _RELATIVE else theme
            if noun is None or noun.lemma_.lower() not in wanted:
                continue
            sides = self._hyphen_pair(noun)
            if sides:
                return sides
            if noun.dep_ == "pobj":  # "A and B agreed ..., in an accord brokered by C"
                clause = noun.head.head
            elif noun.dep_ in ("dobj", "nsubjpass"):  # "A and B signed a C-brokered deal"
                clause = noun.head
            else:
                continue
            for clause in _reported_clauses(clause):
                sides = self.agent(clause, exclude)
                if len(sides) == 1:
                    sides += self.prep_args(clause, ("with",), exclude)
                if len({a.actor.id for a in sides}) >= 2:
                    return sides
        return []

    def _deal_parties(self, themes, trigger, exclude) -> list[Arg]:
        """"Somalia rejected the deal", "a memorandum that Greece condemned": opposing an agreement
        opposes its parties, those of the agreement the text told last (a sentence or two before,
        or earlier in this one)."""
        nouns = [(_antecedent(t) if t.lower_ in _RELATIVE else t) for t in themes]
        if not any(n is not None and n.lemma_.lower() in self.lex.noun_class["agreement"] for n in nouns):
            return []
        last = self.ctx.last_deal
        if last is None or not 0 <= self._position(trigger) - last[0] <= WEAPON_CONTEXT:
            return []
        return [Arg(actor, -4000 - n) for n, actor in enumerate(last[1]) if actor.id not in exclude]

    def _weapon_theme(self, themes) -> bool:
        """Is the deal about weapons: "drone deals", "a deal for TB2s", or a deal in a weapons story?"""
        deals = [t for t in themes if t.lemma_.lower() in self.lex.noun_class["agreement"]]
        qualifiers = [c for d in deals for c in d.children if c.dep_ in ("compound", "nmod", "amod")]
        qualifiers += [p for d in deals for c in d.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "of")
                       for p in _pobjs(c)]
        if "weapon" in self.theme_classes(qualifiers):
            return True
        return not [q for q in qualifiers if q.pos_ in ("NOUN", "PROPN")] and self._sentence_has_weapons()

    def _weapon_args(self, noun) -> list[Arg]:
        found = []
        for tok in noun.subtree:
            m = self.mention(tok)
            if m is not None and m.type == "weapon":
                found.append(Arg(m.actor, m.start))
        return found

    # -- noun triggers -------------------------------------------------------------------------

    def _noun_triggers(self, noun, lemma: str) -> list[Trigger]:
        triggers = list(self.lex.nouns_for(lemma))
        if not triggers:
            return []
        predicative = self._predicative(noun)
        copular = [t for t in triggers if t.copula_only]
        if predicative and copular:
            return copular
        return [t for t in triggers if not t.copula_only]

    def _predicative(self, noun) -> bool:
        """"X is a threat to Y", "X is seen as a threat": the noun describes its subject."""
        return noun.dep_ == "attr" or _perception(noun) is not None

    def _noun(self, noun, trigger: Trigger) -> None:
        if self.mention(noun) is not None:
            return
        lemma = noun.lemma_.lower()
        themes = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        themes += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "on") for p in _pobjs(c)]
        themes += [p for t in themes[1:] if t.lemma_.lower() in self.lex.noun_class["quantity"]  # "part of its aid"
                   for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for p in _pobjs(c)]
        classes = self.theme_classes(themes[1:]) or self.theme_classes([noun])
        if trigger.theme == "weapon_context" and not ("weapon" in classes or self._sentence_has_weapons()):
            return
        if trigger.theme == "military_context" and not self._military(noun):
            return
        if trigger.theme == "diplomatic" and not any(c.lower_ == "diplomatic" for c in noun.children):
            return
        if trigger.theme and trigger.theme not in ("weapon_context", "military_context", "diplomatic") and \
                trigger.theme not in classes:
            return
        if trigger.needs_theme(lemma) and not set(classes) & _theme_keys(trigger):
            named = [t for t in themes[1:] if t.pos_ in ("NOUN", "PROPN") and self.mention(t) is None]
            if named or not self._sentence_has_weapons():
                return  # "the sale of oil" is not an arms sale, whatever the article is about
            classes = ["weapon"]
        theme_class = next((c for c in classes if c in trigger.predicates), None)
        predicates = trigger.predicates_for(theme_class, lemma)
        if not predicates:
            return
        if "ATTACK" in predicates and not _definite(noun):
            self._remember_attack(noun, self.noun_role(noun, "target"))
        if any("seller" in (p.subject, p.object) for p in trigger.args):
            sellers = [a.actor for a in self.noun_role(noun, "of")]
            if sellers:
                self.ctx.seller = (self._position(noun), sellers)
        before = len(self.found)
        for pattern in trigger.args:
            if not pattern.applies(lemma):
                continue
            if pattern.governed_by and (_governing_verb(noun) is None or
                                        _governing_verb(noun).lemma_.lower() not in pattern.governed_by):
                continue  # "X shares a border with Y", not "struck ports close to the border with Y"
            if self._apply(pattern, lambda role, exclude=(): self.noun_role(noun, role, exclude),
                           pattern.predicates or predicates, noun, f"{trigger.name}:{_describe(pattern)}", themes) \
                    and not trigger.try_all:
                break
        for item in self.found[before:]:
            item.ends = trigger.ends

    def _military(self, noun) -> bool:
        words = {t.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")
                 for t in c.subtree}  # "a military training base": the qualifier of the qualifier
        if any(p.lemma_.lower() in self.lex.noun_class["base"] for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)):
            return True  # "the deployment of Chinese troops"
        if any(c.dep_ == "poss" and c.lower_ in self.lex.pronouns and
               any(a.actor.type == "state" for a in self._pronoun(c, ())) for c in noun.children):
            return True  # "the Chinese navy opened its first overseas base"
        return bool(words & (self.lex.noun_class["military"] | {"air", "naval", "army", "russian"})) or \
            any((m := self.mention(c)) is not None for c in noun.children if c.dep_ in ("amod", "compound", "poss"))

    def noun_role(self, noun, role: str, exclude=()) -> list[Arg]:
        verb = _governing_verb(noun)
        top = noun
        while top.dep_ == "conj" and top.head != top:  # "contacts and meetings were held ..."
            top = top.head
        also = (verb,) if verb is not None and top.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") else ()
        if role == "owner":
            return self._owner(noun, exclude)
        if role == "between":
            pair = self._hyphen_pair(noun)
            if pair:
                return pair
            found = self.prep_args(noun, ("between", "among", "amongst"), exclude, beside=also, also=(noun,))
            if not found and also:  # "meetings were held at all levels between X and Y"
                found = self.prep_args(also[0], ("between", "among", "amongst"), exclude,
                                       beside=self._clause_nouns(also[0], noun))
            return found
        if role == "partner":
            return self.prep_args(noun, ("with",), exclude, beside=also, also=(noun,))
        if role == "recipient":
            return self.prep_args(noun, ("to", "for"), exclude, beside=also, also=(noun,))
        if role == "source":
            return self.prep_args(noun, ("from",), exclude, beside=also, also=(noun,))
        if role == "location":
            clauses = tuple(c for c in noun.children if c.dep_ == "acl")  # "a factory producing drones in X"
            # where is read from the whole clause: "opened a factory for its drones in Tajikistan"
            return self.prep_args(noun, ("in", "into", "inside", "within", "at"), exclude,
                                  also=also + clauses + tuple(t for c in clauses for t in self._themes(c)))
        if role in ("of", "in"):
            preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == role]
            if not preps and noun.dep_ == "conj":  # "the program and membership of the SCO"
                preps = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == role and c.i > noun.i]
            events = self.lex.noun_class["meeting"] | self.lex.noun_class["exercise"]
            # "India's participation in the G7 summit" is in the summit, not in the G7
            return [a for prep in preps for pobj in _pobjs(prep) if pobj.lemma_.lower() not in events
                    for a in self.actors(pobj, "origin", exclude)]
        if role in ("against", "target"):  # "sanctions against X", "concern over X's decision", "strikes on X"
            return self.prep_args(noun, ("against", "on", "over", "about", "at", "into"), exclude, beside=also,
                                  also=(noun,))
        if role == "governor":
            return self._governor(noun, exclude)
        if role == "including":
            return self._including(noun, exclude)
        if role == "origin":
            # what the noun is about: "the use *of Russian drones*", "a factory *producing Iranian drones*";
            # or the noun's own qualifier when it is the thing itself ("the *Turkish* sale")
            found = self.origin([p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for p in _pobjs(c)], exclude)
            for clause in (c for c in noun.children if c.dep_ == "acl"):
                found += self.origin(self._themes(clause), exclude)
            if not found and not self._owner(noun, exclude):
                found = self.actors(noun, "origin", exclude)
            return found
        if role == "weapon":
            return self._weapon_args(noun)
        if role == "considerer":
            perceive = _perception(noun)
            return self.agent(perceive, exclude) if perceive is not None else []
        if role == "considered":
            perceive = _perception(noun)
            if perceive is None:
                return []
            return [a for c in perceive.children if c.dep_ in ("dobj", "nsubjpass")
                    for a in self.actors(c, "owner", exclude)]
        if role == "described":
            return self._described(noun, exclude)
        if role == "seller":
            last = self.ctx.seller
            if last is None or not 0 < self._position(noun) - last[0] <= WEAPON_CONTEXT or self.noun_role(noun, "of"):
                return []
            return [Arg(actor, -2000 - n) for n, actor in enumerate(last[1]) if actor.id not in exclude]
        if role == "speaker":  # "HRW said both sides had committed abuses"
            speech = _speech_verb(noun)
            return self.agent(speech, exclude) if speech is not None else []
        if role == "included":
            if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("include", "comprise", "be"):
                return [a for c in noun.head.children if c.dep_ in ("dobj", "attr") for a in self.actors(c, "strict", exclude)]
            return []
        raise ValueError(f"unknown noun role {role!r} in the lexicon")

    def _clause_nouns(self, verb, noun) -> list:
        """Words of the verb's clause where a phrase of the noun's event may hang, leaving out
        phrases of other event nouns ("a summit between A and B" is the summit's)."""
        words = []
        for tok in _within_clause(verb):
            if tok.i != noun.i and tok.pos_ == "NOUN" and self.lex.nouns_for(tok.lemma_.lower()):
                continue
            if any(a.pos_ == "NOUN" and a.i != noun.i and self.lex.nouns_for(a.lemma_.lower())
                   for a in tok.ancestors if a.i > verb.i or a in verb.subtree):
                continue
            words.append(tok)
        return words

    def _described(self, noun, exclude) -> list[Arg]:
        """The actor a noun describes: "Iran is a *supplier* ...", "its supplier, *Iran*", "Iran, a
        major *supplier*"."""
        if noun.dep_ == "attr":
            return [a for c in noun.head.children if c.dep_ in _SUBJ for a in self.actors(c, "strict", exclude)]
        found = [a for c in noun.children if c.dep_ == "appos" for a in self.actors(c, "strict", exclude)]
        if not found and noun.dep_ == "appos":
            found = self.actors(noun.head, "strict", exclude)
        if not found and noun.dep_ in ("compound", "nmod") and (m := self.mention(noun.head)) is not None \
                and m.type != "weapon":
            found = [Arg(m.actor, m.start)]  # "Russia's ally Belarus": the noun qualifies the name
        return found

    def _owner(self, noun, exclude) -> list[Arg]:
        if self._hyphen_pair(noun):
            return []
        found = []
        for child in noun.children:
            if child.dep_ == "poss":
                found += self.actors(child, "strict", exclude)
            elif child.dep_ in ("amod", "compound", "nmod"):
                m = self.mention(child)
                if m is not None and m.type != "weapon":
                    found.append(Arg(m.actor, m.start))
            elif child.dep_ == "prep" and child.lower_ == "by":
                for pobj in _pobjs(child):
                    found += self.actors(pobj, "strict", exclude)
        return [a for a in found if a.actor.id not in exclude]

    def _hyphen_pair(self, noun) -> list[Arg]:
        """"the Kyrgyz-Tajik border", "the Azerbaijan-Armenia conflict": actors joined by a hyphen,
        dash or slash right before the noun (its compound modifiers)."""
        tokens = []
        i = noun.i - 1
        while i >= self.sent.start and len(tokens) < 8:
            tok = self.doc[i]
            if tok.text in ("-", "–", "—", "/") or tok.dep_ in ("compound", "amod", "nmod", "npadvmod") or \
                    self.mention(tok) is not None:
                tokens.append(tok)
                i -= 1
                continue
            break
        tokens.reverse()
        args, joined = [], False
        previous = None
        for tok in tokens:
            m = self.mention(tok)
            if m is not None and m.type != "weapon":
                if previous is not None and (tok.i - previous.end) <= 1 and \
                        any(self.doc[j].text in ("-", "–", "—", "/") for j in range(previous.end, tok.i)):
                    joined = True
                if not args or args[-1].actor.id != m.actor.id:
                    if previous is None or m is not previous:
                        args.append(Arg(m.actor, m.start))
                previous = m
        return args if joined and len(args) >= 2 else []

    def _governor(self, noun, exclude) -> list[Arg]:
        """Whose act the noun is: the subject of the verb the noun (or the phrase it sits in)
        depends on ("Kazakhstan signed *deals* with Türkiye", "As a *member* of NATO, Türkiye ...")."""
        node = noun
        for _ in range(5):
            dep = node.dep_
            head = node.head
            if head == node:
                return []
            if dep in ("nsubj", "nsubjpass", "csubj"):
                return []
            if dep in ("dobj", "attr", "oprd", "dative", "npadvmod", "advmod", "acomp", "xcomp"):
                if head.pos_ in ("VERB", "AUX"):
                    if dep == "attr":
                        return [a for c in head.children if c.dep_ in _SUBJ for a in self.actors(c, "strict", exclude)] \
                            or self.agent(head, exclude)
                    return self.agent(head, exclude)
                node = head
                continue
            if dep == "pobj":
                prep = head
                governor = prep.head
                if governor.pos_ in ("VERB", "AUX"):
                    if prep.lower_ == "as" and governor.lemma_.lower() in _PERCEIVE and _is_passive(governor):
                        return [a for c in governor.children if c.dep_ == "nsubjpass" for a in self.actors(c, "strict", exclude)]
                    if prep.lower_ in ("by", "from", "to", "with", "against", "between"):
                        return []
                    args = self.agent(governor, exclude)
                    if not args and prep.lower_ == "as":  # "As a member of NATO, Türkiye is seen ..."
                        args = [a for c in governor.children if c.dep_ in _SUBJ for a in self.actors(c, "strict", exclude)]
                    return args
                if governor.pos_ in ("NOUN", "PROPN") and self.mention(governor) is not None:
                    return []
                if governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "dative") and prep.lower_ != "of":
                    return []  # "warned Gulf capitals against ties with China": the ties are not the warner's
                node = governor
                continue
            if dep in ("conj", "appos", "compound", "pcomp", "prep", "acl"):
                node = head
                if node.pos_ in ("NOUN", "PROPN") and node != noun:
                    owners = [a for c in node.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
                    if owners:  # "its goals (... membership of the SCO)": the goals' owner
                        return owners
                continue
            return []
        return []

    def _including(self, noun, exclude) -> list[Arg]:
        found = []
        for tok in noun.subtree:
            if tok.dep_ == "prep" and (tok.lower_ in ("including", "like") or
                                       tok.lower_ == "as" and tok.i > 0 and self.doc[tok.i - 1].lower_ == "such"):
                for pobj in _pobjs(tok):
                    found += self.actors(pobj, "strict", exclude)
        return found

    # -- constructions -------------------------------------------------------------------------

    def _title_phrases(self, mention: Mention):
        """Word groups around a name that may hold a title: the noun it is in apposition to
        ("the CEO of Baykar, *Haluk Bayraktar*"), its own apposition ("*Michael Hilliard*,
        director of ..."), and the words before it ("Tajik Defence Minister *X*", also across one
        comma: "Iran's Supreme Leader, *Ali Khamenei*")."""
        span = self.doc[mention.start:mention.end]
        root = span.root
        inside = set(range(mention.start, mention.end))
        if root.dep_ == "appos" and root.head.i not in inside:
            head = root.head
            while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head.head  # "the head of Niger's junta, General X": the whole phrase
            exclude = {t.i for t in root.subtree}
            yield [t for t in head.subtree if t.i not in exclude and t.i < mention.start and t.i >= self.sent.start]
        for child in root.children:
            if child.dep_ == "appos" and child.i not in inside:
                yield [t for t in child.subtree]
        left = []
        i = mention.start - 1
        if i >= self.sent.start and self.doc[i].text == ",":
            i -= 1
        while i >= self.sent.start:
            tok = self.doc[i]
            if tok.is_punct and tok.text not in ("-", "’s", "'s", "–"):
                break
            if tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON") and tok.lower_ not in ("of", "for"):
                break
            left.append(tok)
            i -= 1
        if left:
            of = [t for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
            yield list(reversed(left)) + of  # "Foreign Minister X of Armenia"

    def _titles(self) -> None:
        for mention in self.mentions:
            if mention.type != "person":
                continue
            for phrase in self._title_phrases(mention):
                words = [t.lower_ for t in phrase]
                title = _find_title(words, self.lex)
                own = {t.lower_ for t in phrase if self.mention(t) is None}  # "Libyan National Army" is a name
                own -= set(title.split()) if title else set()  # "national security adviser" is an office, "a Russian national" not
                if title is None or own & self.lex.not_office:
                    continue
                if title in self.lex.relational_titles:
                    phrase = [t for t in phrase if not _in_possessor(t)]
                affiliate = self._affiliate(phrase, company_only=title in self.lex.company_titles)
                if affiliate is None and phrase is not None:
                    affiliate = self._known_affiliation(mention)  # "President Erdogan": the office is known
                if affiliate is None and title not in self.lex.company_titles and _bare_title(phrase, title):
                    affiliate = self._state_in_charge(mention)  # "Somalia ..., and President X signed"
                if affiliate is None:
                    continue
                role = _role_text(phrase, self.by_token, affiliate, title)
                person = Arg(mention.actor, mention.start)
                if self._emit([person], [affiliate], ("AFFILIATED_WITH",), None, "title", {"role": role} if role else None):
                    self.affiliation.setdefault(mention.actor.id, affiliate)
                    self.ctx.offices.add(mention.actor.id)
                    break
            else:
                self._of_state(mention)

    def _of_state(self, mention: Mention) -> None:
        """"Félix Tshisekedi of the Democratic Republic of the Congo": a person named with the
        state they come from, as leaders are at summits."""
        root = self.doc[mention.start:mention.end].root
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
            state = self.mention(_pobj(prep)) if _pobj(prep) is not None else None
            if state is not None and state.type == "state" and not state.is_demonym:
                arg = Arg(state.actor, state.start)
                if self._emit([Arg(mention.actor, mention.start)], [arg], ("AFFILIATED_WITH",), None, "of-state"):
                    self.affiliation.setdefault(mention.actor.id, arg)

    def _state_in_charge(self, mention: Mention) -> Arg | None:
        """The state a bare title ("President X", "Defence Minister Y") belongs to: the one state
        that is a subject in this sentence, else the state that was last the subject of a main
        clause in this paragraph."""
        said = _clauses_spoken_of(self.doc[mention.start:mention.end].root)
        subjects = {m.actor.id: m for m in self.mentions if m.type == "state" and not m.is_demonym
                    and m is not mention and self.doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass")
                    and not any(self.doc[m.start:m.end].root.i in clause for clause in said)}
        if len(subjects) == 1:
            m = next(iter(subjects.values()))
            return Arg(m.actor, m.start)
        last = self.ctx.main_subject
        if not subjects and last is not None and self.ctx.paragraph_start is not None and \
                last[0] >= self.ctx.paragraph_start:
            return Arg(last[1], -3000)
        return None

    def _known_affiliation(self, mention: Mention) -> Arg | None:
        """The actor the gazetteer says a titled person holds office in."""
        known = mention.entry.external_ids.get("affiliation") if mention.entry is not None else None
        entry = self.gazetteer.get(known) if known else None
        return Arg(entry.actor(), -mention.start - 1) if entry is not None else None

    def _affiliate(self, phrase, company_only: bool = False) -> Arg | None:
        """The actor a title phrase names: a known organisation or firm first; a state that owns
        an unknown body ("Kazakhstan's Association of ...") before that body; else any actor."""
        mentions = []
        for tok in phrase:
            m = self.mention(tok)
            if m is not None and m.type not in ("person", "weapon") and m not in mentions:
                if company_only and m.type == "state":
                    continue
                mentions.append(m)
        if not mentions:  # "Laos and its special envoy, X": the actor the title's phrase is coordinated with
            # (not any antecedent: in "shot down a jet and captured its pilot, X", "its" is the jet's)
            siblings = [_coordinated_sibling(tok.head) for tok in phrase if tok.dep_ == "poss" and tok.lower_ == "its"]
            owners = [m for sibling in siblings if sibling is not None and (m := self.mention(sibling)) is not None
                      and m.type not in ("person", "weapon") and not m.is_demonym]
            return Arg(owners[0].actor, owners[0].start) if owners and not company_only else None
        known = [m for m in mentions if m.entry is not None and m.type != "state"]
        if known:
            return Arg(known[0].actor, known[0].start)
        states = [m for m in mentions if m.type == "state"]
        if states:
            return Arg(states[0].actor, states[0].start)
        return Arg(mentions[0].actor, mentions[0].start)

    def _nationality(self) -> None:
        """"Turkish drone company Baykar", "Baykar, a leading Turkish drone factory": BASED_IN."""
        descriptors = self.lex.noun_class["company"] | self.lex.noun_class["ngo"] | {"group", "militia", "organisation", "organization"}
        for mention in self.mentions:
            if mention.type not in ("company", "ngo", "armed_group"):
                continue
            for phrase in self._title_phrases(mention):
                lemmas = {t.lemma_.lower() for t in phrase}
                if not lemmas & descriptors:
                    continue
                # "a group that Iran supplies": what a clause on the noun says is no nationality
                clauses = {t.i for tok in phrase if tok.dep_ in ("relcl", "acl") for t in tok.subtree}
                states = [self.mention(t) for t in phrase if t.i not in clauses
                          and self.mention(t) is not None and self.mention(t).type == "state"]
                if states:
                    state = Arg(states[0].actor, states[0].start)
                    if self._emit([Arg(mention.actor, mention.start)], [state], ("BASED_IN",), None, "nationality"):
                        self.nationality.setdefault(mention.actor.id, state)
                        break

    def _participles(self) -> None:
        """"the Russian-led CSTO" (LEADS), "a Pakistan-based group" (BASED_IN), "US-backed" (SUPPORT)."""
        for token in self.sent:
            spec = self.lex.participles.get(token.lower_)
            if spec is None or token.i < 2 or self.doc[token.i - 1].text not in ("-", "–"):
                continue
            left = self.mention(self.doc[token.i - 2])
            if left is None or left.type == "weapon":
                continue
            head = token.head if token.head != token else None
            while head is not None and head.dep_ == "compound" and self.mention(head) is None and head.head is not head:
                head = head.head
            right = self.actors(head, "strict", exclude={left.actor.id}) if head is not None else []
            if not right:
                m = self.mention(self.doc[token.i + 1]) if token.i + 1 < len(self.doc) else None
                right = [Arg(m.actor, m.start)] if m is not None and m.type != "weapon" else []
            predicate, side = spec
            if not right and head is not None and predicate == "MEDIATION":  # "the EU-facilitated dialogue"
                right = self.noun_role(head, "between", exclude={left.actor.id}) or \
                    self._sides_of([head], exclude={left.actor.id})
            if not right and head is not None and self.onto.predicate(predicate).allows(left.type, "weapon"):
                right = self._weapon_args(head)  # "Israeli-made Kfir jets": the weapon itself
            a = [Arg(left.actor, left.start)]
            # a description ("the Russian-led CSTO") holds whatever the sentence says about the CSTO
            if side == "left":
                self._emit(a, right, (predicate,), None, f"participle:{token.lower_}")
            else:
                self._emit(right, a, (predicate,), None, f"participle:{token.lower_}")

    def _makers(self) -> None:
        """"Iran's Ababil-2 drone", "Türkiye's drones, such as the Bayraktar TB2", "Iranian drones
        called Ababil-2": the state or firm that qualifies a weapon makes it."""
        for mention in self.mentions:
            if mention.type != "weapon":
                continue
            node = self.doc[mention.start:mention.end].root
            heads = [node]
            for _ in range(4):
                if node.head == node:
                    break
                if node.dep_ in ("compound", "appos", "nmod", "oprd", "attr", "amod", "npadvmod"):
                    node = node.head
                elif node.dep_ == "pobj" and node.head.lower_ in ("as", "like", "including"):
                    node = node.head.head
                elif node.dep_ in ("dobj", "xcomp") and node.head.lemma_.lower() in ("call", "name", "dub", "know"):
                    node = node.head.head if node.head.dep_ == "acl" else node.head
                else:
                    break
                heads.append(node)
            makers: list[Arg] = []
            for head in heads:
                for child in head.children:
                    if child.dep_ in ("poss", "amod", "compound", "nmod"):
                        m = self.mention(child)
                        if m is not None and m.type in ("state", "company") and m is not mention:
                            makers.append(Arg(m.actor, m.start))
                        elif child.dep_ == "poss" and child.lower_ in self.lex.pronouns:
                            makers += [a for a in self._pronoun(child, ()) if a.actor.type in ("state", "company")]
            if not makers:  # "Iran's Shahed-136", "the Iranian Shahed-136", however parsed
                before = mention.start - 1
                if before > self.sent.start and self.doc[before].lower_ in ("'s", "’s"):
                    before -= 1
                m = self.mention(self.doc[before]) if before >= self.sent.start else None
                if m is not None and m.type in ("state", "company"):
                    makers.append(Arg(m.actor, m.start))
            if makers and self._maker_fits(mention, makers[0].actor):
                self._emit(makers[:1], [Arg(mention.actor, mention.start)], ("MANUFACTURES",), None, "maker")

    def _maker_fits(self, weapon: Mention, maker: Actor) -> bool:
        """A gazetteer weapon has a known maker: only it, or the state it is based in, qualifies."""
        if weapon.entry is None:
            return True
        known = weapon.entry.external_ids.get("maker")
        if not known:
            return True
        if known == maker.id:
            return True
        entry = self.gazetteer.get(known)
        country = entry.external_ids.get("country") if entry is not None else None
        return bool(country) and maker.id == f"state:{country}"

    def _designations(self) -> None:
        """"Kenya designated al-Shabaab a terrorist group", "the PKK, which Ankara considers a
        terrorist organisation": calling an actor by a stigmatising label criticises it."""
        words = self.lex.designation
        for verb in self.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.get("verbs", ()):
                continue
            said = [c for c in verb.children if c.dep_ not in (*_SUBJ, "aux", "auxpass", "neg", "punct")]
            if not any(t.lemma_.lower() in words.get("labels", ()) or t.lower_ in words.get("labels", ())
                       for c in said for t in _within_clause(c)):
                continue
            acts = self.lex.noun_class["judged_act"]
            named = [a for c in said if c.dep_ in ("dobj", "dative", "oprd", "nsubjpass", "attr")
                     for a in self.actors(c, "owner" if c.lemma_.lower() in acts else "strict")]
            if not named:  # "considers the PKK a terrorist group", "called Mali's decision hasty", however parsed
                named = [a for c in said if c.dep_ in ("ccomp", "oprd", "xcomp")
                         for t in c.children if t.dep_ in ("nsubj", "compound", "poss")
                         for a in self.actors(t, "owner" if t.lemma_.lower() in acts else "strict")]
            if not named and verb.dep_ == "relcl":  # "the PKK, which Ankara considers a terrorist group"
                named = self.actors(verb.head, "owner")
            subjects = self.agent(verb, exclude={a.actor.id for a in named})
            self._emit(subjects, named, ("CRITICISM",), verb, "designation")

    def _stigmatised(self) -> None:
        """A statement that calls someone "the leader of an extremist group" or "the head of a
        terrorist party" criticises that person: the one named beside the phrase, or the person
        named last who holds no office (officials are not described that way)."""
        labels = self.lex.designation.get("labels", ())
        for noun in self.sent:
            if noun.pos_ != "NOUN" or not _is_title(noun.lemma_.lower(), self.lex) or self.mention(noun) is not None:
                continue
            groups = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)
                      if self.mention(p) is None and any(t.lower_ in labels for t in p.children
                                                         if t.dep_ in ("amod", "compound"))]
            speech = _speaking_verb(noun, self.lex.modality["reported"]["verbs"])
            if not groups or speech is None:
                continue
            named = [Arg(m.actor, m.start) for c in noun.children if c.dep_ == "appos"
                     and (m := self.mention(c)) is not None and m.type == "person"]
            if not named:
                person = self.ctx.last_private_person(self._position(noun))
                named = [Arg(person, -5000)] if person is not None else []
            self._emit(self.agent(speech), named, ("CRITICISM",), speech, "designation:description")

    def _remember_attack(self, trigger, targets: list[Arg]) -> None:
        """An attack the text tells, with its targets ("an Egyptian airbase was hit"), for a later
        "X was behind the attack"."""
        if targets:
            self.ctx.last_attack = (self._position(trigger), [a.actor for a in targets], None)

    def _responsibility(self) -> None:
        """"Four Turkish jets were behind the attack", "Ankara was responsible for the strike on
        X": the subject attacked the attack's target (its own on-phrase, or for "the attack" the
        target of the attack told last, within a few sentences)."""
        words = self.lex.responsibility
        for token in self.sent:
            if token.dep_ == "prep" and token.lower_ in words.get("prepositions", ()) and token.head.lemma_ == "be":
                clause, nouns = token.head, _pobjs(token)
            elif token.dep_ == "acomp" and token.lemma_.lower() in words.get("adjectives", ()):
                clause = token.head
                nouns = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in _pobjs(c)]
            else:
                continue
            for noun in nouns:
                if not any("ATTACK" in t.predicates_for(None, noun.lemma_.lower()) for t in self.lex.nouns_for(noun.lemma_.lower())):
                    continue
                doers = [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                         for a in self.actors(c, "origin")]
                targets = self.noun_role(noun, "target")
                date = None
                last = self.ctx.last_attack
                if not targets and _definite(noun) and last is not None and \
                        0 <= self._position(noun) - last[0] <= WEAPON_CONTEXT:
                    targets = [Arg(actor, -1000 - n) for n, actor in enumerate(last[1])]
                    date = last[2]
                before = len(self.found)
                self._emit(doers, targets, ("ATTACK",), clause, "attack:responsibility")
                for item in self.found[before:]:
                    item.date = date

    def _branches(self) -> None:
        """"the Khorasan Emirate (ISKP) of the Islamic State": a group that is part of another."""
        for mention in self.mentions:
            if mention.type != "armed_group":
                continue
            root = self.doc[mention.start:mention.end].root
            for node in (root, *(t for t in root.children if t.dep_ == "appos")):
                for child in node.children:
                    if child.dep_ == "prep" and child.lower_ == "of" and (pobj := _pobj(child)) is not None:
                        other = self.mention(pobj)
                        if other is not None and other.type in ("armed_group", "organization") and other.actor.id != mention.actor.id:
                            self._emit([Arg(mention.actor, mention.start)], [Arg(other.actor, other.start)],
                                       ("AFFILIATED_WITH",), None, "branch")


# -- dependency helpers ------------------------------------------------------------------------

def _speaking_verb(token, verbs):
    """The verb of saying or stating (one of ``verbs``) whose complement holds ``token``."""
    for node in token.ancestors:
        if node.pos_ == "VERB" and node.lemma_.lower() in verbs:
            return node
    return None


def _coordinated_verbs(verb) -> list:
    """The verbs coordinated with ``verb`` that come after it ("sent X, and flew Y to Z")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]


def _definite(noun) -> bool:
    """"the attack", "this strike": a noun that points back to one told before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def _theme_keys(trigger: Trigger) -> set[str]:
    """The theme classes a trigger that needs a theme accepts (weapons, for a plain list)."""
    return (set(trigger.predicates) - {"default", "*"}) or {"weapon"}


def _conjuncts(token) -> list:
    """Tokens coordinated with ``token`` ("A, B and C", "A as well as B"), not counting verbs."""
    if token.pos_ in ("VERB", "AUX"):
        return []
    return [t for t in token.conjuncts if t.pos_ not in ("VERB", "AUX")]


def _between_owner(noun):
    """The noun whose between-phrase ``noun`` ends: "ceasefire" for "groups" in "a ceasefire between
    the army and the three groups, which C brokered" (the clause hangs on the nearest noun)."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("between", "among") and noun.head.head != noun.head:
        return noun.head.head
    return None


def _acts(token) -> bool:
    """Is ``token`` (or the phrase it is coordinated into) the subject of its clause?"""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "csubj", "agent") or (
        token.dep_ == "pobj" and token.head.dep_ == "agent")


def _is_passive_participle(verb) -> bool:
    """"arms *delivered* by Russia": a past participle modifying a noun."""
    return verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children)


def _clauses_spoken_of(person) -> list[set[int]]:
    """Token positions of the clauses the person's own verb says or foretells ("President X warned
    *that Ankara would pay*"): a state named there is what the person speaks of, not whom they serve."""
    verb = person.head if person.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return []
    return [{t.i for t in c.subtree} for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")]


def _coordinated_sibling(noun):
    """The phrase ``noun`` is coordinated with: "Laos" for "envoy" in "Laos and its envoy" and in
    "the efforts of Laos and of its envoy"; None when it stands alone."""
    if noun.dep_ == "conj" and noun.head != noun:
        return noun.head
    prep = noun.head
    coordinated = prep.dep_ == "conj" or (prep.dep_ == "prep" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "and")
    if noun.dep_ != "pobj" or not coordinated:
        return None
    if prep.dep_ == "conj" and prep.head.dep_ == "prep":
        return _pobj(prep.head)
    # "welcome the efforts of Laos ... and of its envoy", with the second "of" hung on the verb
    earlier = [t for t in prep.head.subtree if t.dep_ == "prep" and t.lower_ == prep.lower_ and t.i < prep.i]
    return _pobj(earlier[-1]) if earlier else None


def _within_clause(phrase) -> list:
    """The words of a noun phrase, not descending into a clause that hangs on it."""
    words, stack = [], [phrase]
    while stack:
        node = stack.pop()
        words.append(node)
        stack.extend(c for c in node.children if c.dep_ not in _CLAUSAL)
    return words


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _pobjs(prep) -> list:
    pobj = [c for c in prep.children if c.dep_ == "pobj"]
    if not pobj and prep.dep_ == "dative" and prep.pos_ != "ADP":
        return [prep]
    if not pobj and prep.lower_ == "with":  # "with troops from X taking part": the clause's subject
        pobj = [s for c in prep.children if c.dep_ == "pcomp" for s in c.children if s.dep_ == "nsubj"]
    return pobj


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and any(c.dep_ == "agent" for c in verb.children))


def _reported_clauses(verb) -> list:
    """``verb`` and the clauses a reporting aside ties it to, which a phrase on one may belong to:
    "A and B agreed, officials said, in an accord ..." hangs "in an accord" on either verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "parataxis"))]
    node = verb
    while node.dep_ in ("parataxis", "ccomp", "advcl") and node.head != node:
        node = node.head
        clauses.append(node)
    return clauses


def _in_possessor(token) -> bool:
    """Is ``token`` part of a possessor ("*Ukraine's* counterpart", "the counterpart *of Iran*")?"""
    node = token
    while node.head != node:
        if node.dep_ == "poss" or (node.dep_ == "pobj" and node.head.lower_ == "of"):
            return True
        node = node.head
    return False


def _antecedent(relative):
    """The noun a relative pronoun stands for: "Turkey, *which* supplies ..." -> Turkey,
    "the country *to which* ..." -> country. Other wh-words ("hindered to whom it sells") stand
    for nothing."""
    clause = relative.head
    if relative.lower_ == "whose" and clause.head != clause:
        clause = clause.head  # "the League, whose ministers backed ...": the clause of "whose ministers"
    if clause.dep_ == "prep" and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "relcl":
        return clause.head
    return None


def _governing_clauses(token):
    """The verbs of the pronoun's clause and of the clauses above it, nearest first."""
    node = token.head
    seen = 0
    while seen < 6:
        if node.pos_ in ("VERB", "AUX"):
            yield node
        if node.head == node:
            return
        node = node.head
        seen += 1


def _speech_verb(verb):
    """The verb of saying whose complement ``verb`` is: "HRW *argues* that both sides committed"."""
    node = verb
    for _ in range(4):
        if node.head == node:
            return None
        if node.dep_ in ("ccomp", "xcomp", "pcomp") and node.head.lemma_.lower() in _SPEECH:
            return node.head
        node = node.head
    return None


def _perception(noun):
    """The verb of "X sees/considers Y *as* NOUN", when ``noun`` is that NOUN."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return None
    node = noun.head.head
    for _ in range(2):
        if node.lemma_.lower() in _PERCEIVE and node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in ("dobj", "nsubjpass", "pobj", "prep") or node.head == node:
            return None
        node = node.head
    return None


def _governing_verb(noun):
    node = noun.head
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def _expletive(token) -> bool:
    head = token.head
    return head.lemma_ == "be" and any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in head.children) or \
        any(c.dep_ in ("ccomp",) for c in head.children) and _is_passive(head)


def _is_title(lemma: str, lexicon: Lexicon) -> bool:
    return lemma in lexicon.titles


def _bare_title(phrase, title: str) -> bool:
    """Is the title all there is before the name ("President X", "the Defence Minister X"), with
    no actor, nationality or other words that could say whose office it is?"""
    words = [t.lower_ for t in phrase if t.pos_ not in ("DET", "PUNCT", "NUM")
             and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")]
    return " ".join(words) == title


def _find_title(words: list[str], lexicon: Lexicon) -> str | None:
    text = " " + " ".join(words) + " "
    for title in lexicon.titles:
        if f" {title} " in text:
            return title
    return None


def _role_text(phrase, by_token, affiliate: Arg, title: str) -> str:
    """The title as written, from its first word, without the actor it belongs to, articles and
    possessives: "the appointment of Iranian President" -> "President"."""
    first = title.split()[0]
    start = next((n for n, tok in enumerate(phrase) if tok.lower_ == first), 0)
    words = []
    for tok in phrase[start:]:
        m = by_token.get(tok.i)
        if m is not None and m.actor.id == affiliate.actor.id:
            continue
        if tok.pos_ in ("DET", "PUNCT") or tok.tag_ == "POS" or tok.is_space or tok.lower_ in ("'s", "’s"):
            continue
        words.append(tok.text)
    while words and words[-1].lower() in ("of", "for", "and", "in", "at"):
        words.pop()
    while words and words[0].lower() in ("of", "for", "and"):
        words.pop(0)
    return " ".join(words)


def _describe(pattern: ArgPattern) -> str:
    return f"pair({pattern.pair})" if pattern.pair else f"{pattern.subject}>{pattern.object}"
