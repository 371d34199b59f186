"""States pointed at by what they are: "the island", "the archipelago", "the Gulf state", "the
Himalayan kingdom", "the landlocked country", "the small Baltic democracy". Which states are
islands, kingdoms or Baltic is data (``diplograph/gazetteer/state_classes.yaml``); the phrase is the
state of every class it names that the text named last."""

from __future__ import annotations

import functools
import re
from pathlib import Path


from diplograph.graph.model import Actor
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import governing_clauses
from diplograph.loaders.articles.titles import is_title
from diplograph.datafiles import load_data

CLASSES_FILE = Path(__file__).resolve().parents[2] / "gazetteer" / "state_classes.yaml"
# How far back (characters) a description may point: about a long paragraph.
REACH = 3000
# How far back (in characters) the cooperation that makes someone "Moscow's ally" may have been told.
PARTNER_REACH = 1500
# Classes named by a head word that other readings also know ("the kingdom" is also the last state
# styled a kingdom, "the island" ...): when no member was named, the phrase is left to them.
_HEAD_CLASSES = frozenset({"island", "archipelago", "kingdom", "emirate", "sultanate", "principality"})
# Classes of a state's style alone: "the kingdom" with no other word of a class is left to references.py,
# which knows the monarchy a document is about; "the island kingdom", "the Himalayan kingdom" are read here.
_STYLES = frozenset({"kingdom", "emirate", "sultanate", "principality"})


@functools.cache
def state_classes() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """Each class's words and members (ids' codes in lower case) from the data file.

    >>> words, members = state_classes()["himalayan"]
    >>> words, sorted(members)
    (('himalayan',), ['btn', 'npl'])
    """
    data = load_data(CLASSES_FILE.read_text(encoding="utf-8"))
    return {name: (tuple(w.lower() for w in spec["words"]), frozenset(str(m).lower() for m in spec["members"]))
            for name, spec in data.items()}


def classes_named(phrase: str) -> list[str]:
    """The classes whose words ``phrase`` holds (a lower-case description without its article).

    >>> classes_named("himalayan kingdom"), classes_named("small baltic democracy"), classes_named("country")
    (['himalayan', 'kingdom'], ['baltic'], [])
    """
    padded = f" {phrase} "
    return [name for name, (words, _) in state_classes().items()
            if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", padded) for w in words)]


@functools.cache
def colonial_powers() -> dict[str, frozenset[str]]:
    """Each former colonial power's former colonies (codes in lower case), from the data file.

    >>> "sen" in colonial_powers()["fra"]
    True
    """
    data = load_data((CLASSES_FILE.parent / "colonial_powers.yaml").read_text(encoding="utf-8"))
    return {power.lower(): frozenset(c.lower() for c in colonies) for power, colonies in data.items()}


class DescribedStates:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _described_state(self, token, exclude) -> list[Arg] | None:
        """The state a definite description of its class stands for: [] when it names a class no
        state of which was named (the Baltic state is never Russia), None when the phrase is no such
        description, or names its state itself ("the island of Hainan", "the Qatari emirate")."""
        colonial = self._colonial_power(token, exclude)
        if colonial is not None:
            return colonial
        lemma = token.lemma_.lower()
        if lemma not in self.lex.noun_class["state_heads"] or token.tag_ in ("NNS", "NNPS") and lemma != "island":
            return None  # "the Gulf states" are several; "the islands" may be one archipelago
        # ("The Horn of Africa nation": the parser may hang "the" on the first word of the phrase)
        det = next((c for c in token.children if c.dep_ == "det"), None) or \
            (token.left_edge if token.left_edge.dep_ == "det" and token.left_edge.i < token.i else None)
        if det is None or det.lower_ != "the" or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None
        words = self.doc[det.i + 1:token.i + 1]
        if any(self.mention(t) is not None for t in words):
            return None
        phrase = re.sub(r"\s*([-–])\s*", "-", words.text.lower())
        classes = classes_named(phrase)
        if not classes or set(classes) <= _STYLES:
            return None  # a bare "the kingdom" is read by references.py (the document's monarchy)
        members = frozenset.intersection(*(state_classes()[c][1] for c in classes))
        here = self._position(token)
        fitting = [s for s in self.ctx.seen if here - REACH <= s.position < here and s.type == "state"
                   and s.actor_id.split(":", 1)[1].lower() in members]
        if not fitting:
            return None if set(classes) <= _HEAD_CLASSES else []
        # "Argentina criticised the South American country": never the member that acts on it
        fitting = [s for s in fitting if s.actor_id not in exclude]
        if not fitting:
            return []
        # the member a sentence was about before one it only reached: "The Philippines signed a pact with
        # Japan. The archipelago ..." is the Philippines, though Japan is an archipelago too
        chosen = next((s for s in reversed(fitting) if s.subject), fitting[-1])
        actor = self.ctx.actors.get(chosen.actor_id) or self.ctx.implied[chosen.actor_id]
        self.ctx.note(actor, here)
        return [Arg(actor, token.i)]

    def _style_member(self, token, before: int, exclude) -> Actor | None:
        """"Qatar has mediated between Israel and Hamas. The emirate hosted ...": a state's style alone ("the
        kingdom", "the emirate") that names no state of the document is the member of that class of monarchies the
        text named last (a subject first); None when it named none."""
        members = frozenset().union(*(state_classes()[c][1] for c in classes_named(token.lower_)))
        fitting = [s for s in self.ctx.seen if s.position < before and s.type == "state" and s.actor_id not in exclude
                   and s.actor_id.split(":", 1)[1].lower() in members]
        if not fitting:
            return None
        chosen = next((s for s in reversed(fitting) if s.subject), fitting[-1])
        return self.ctx.actors.get(chosen.actor_id) or self.ctx.implied[chosen.actor_id]

    def _owners_state(self, token, exclude) -> list[Arg] | None:
        """"his country", "her government", "Anwar, whose country chairs ASEAN": the state the
        person the possessive points to serves (in this sentence, this document or the gazetteer)."""
        if token.lemma_.lower() not in self.lex.noun_class["own_state_heads"]:
            return None
        poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "whose")), None)
        if poss is None:
            return None
        delegates = self._delegates_state(token, poss, exclude)
        if delegates is not None:
            return delegates
        if poss.lower_ == "whose":
            clause = next((t for t in (token, *token.ancestors) if t.dep_ == "relcl"), None)
            persons = self.actors(clause.head, "strict") if clause is not None else []
        else:
            persons = self._referent(poss)
        person = next((a.actor for a in persons if a.actor.type == "person"), None)
        if person is None:
            return None
        side = self.affiliation.get(person.id)
        state = side.actor if side is not None else self.ctx.serves.get(person.id) or self._office_known(person)
        if state is None or state.type != "state":
            return None
        return [] if state.id in exclude else [Arg(state, token.i)]

    def _delegates_state(self, token, poss, exclude) -> list[Arg] | None:
        """"The representative of Japan said her country supported Ukraine", "Kenya's ambassador said his
        Government would ...": in what an unnamed delegate or official says, "his country" or "her
        Government" is the state the speaker's title names (a meeting summary's usual form), not the
        state of a person named before."""
        if poss.lower_ not in ("his", "her"):
            return None
        speaking = self.lex.modality["reported"]["verbs"]
        clause = next((c for c in governing_clauses(token) if c.lemma_.lower() in speaking), None)
        if clause is None or any(token in c.subtree for c in clause.children if c.dep_ == "nsubj"):
            return None
        for subj in (c for c in clause.children if c.dep_ == "nsubj" and is_title(c.lemma_.lower(), self.lex)):
            if self.mention(subj) is not None or any(self.mention(c) is not None and c.dep_ == "appos"
                                                     for c in subj.children):
                return None  # a named speaker is read through the name
            state = self._title_state(subj, exclude)
            if state is not None:
                return [Arg(state, token.i)]
        return None

    def _title_state(self, holder, exclude=(), types=("state",)):
        """The one state (or actor of ``types``) an office holder's title phrase names ("the representative *of
        Japan*", "*Kenya's* ambassador", "the *Brazilian* envoy", "the *EU's* special envoy"), else None."""
        states = {m.actor.id: m.actor for c in holder.children if c.dep_ in ("poss", "amod", "compound")
                  and (m := self.mention(c)) is not None and m.actor.id not in exclude}
        states |= {a.actor.id: a.actor for a in self.prep_args(holder, ("of",), exclude)}
        states = {i: a for i, a in states.items() if a.type in types}
        return next(iter(states.values())) if len(states) == 1 else None

    def _unnamed_holder_before(self, token):
        """"supported the High Representative and the work of his Office", "The Chinese ambassador said she had
        protested": a person pronoun after an office holder the sentence names by title alone, with no person
        named between, is that holder, not the person the text named last (someone the document has not
        named). The title's token, or None."""
        for t in reversed(self.tokens[:token.i - self.sent.start]):
            if self.mention(t) is not None and self.mention(t).type == "person":
                return None
            # (a title after "as" is a role of someone named, no new holder: "on her first tour as foreign
            # minister she stopped in Luanda, where she met ...")
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod") and \
                    not (t.dep_ == "pobj" and t.head.lower_ == "as") and \
                    is_title(t.lemma_.lower(), self.lex) and self.mention(t) is None and \
                    not any(self.mention(c) is not None for c in t.children if c.dep_ in ("appos", "compound")):
                return t
        return None

    def _unnamed_holder_spoke(self, token) -> list[Arg] | None:
        """"The representative of the Russian Federation said ... *He* described the case as ...": a "he" or
        "she" opening a clause right after a main clause whose subject was an office holder named by title alone
        (no person named since as a subject) is that holder, not the person the text named last: the state the title names
        acts ([] when it names none); None when the pronoun is not such a one."""
        at, state, _ = self.ctx.unnamed_holder
        if token.lower_ not in ("he", "she") or token.dep_ != "nsubj" or at < 0:
            return None
        here = self._position(token)
        # (a person named since as an object, "said his country did not recognise Schmidt", is not who speaks on;
        # one named in this sentence before the pronoun is: "Burhan's trip took him to Cairo, where he met ...")
        last_person = max((s.position for s in self.ctx.seen if s.type == "person" and s.subject and s.position < here),
                          default=-1)
        if not last_person < at < here or any(m.type == "person" and m.start < token.i for m in self.mentions):
            return None
        return [Arg(state, token.i)] if state is not None else []

    def note_unnamed_holder(self) -> None:
        """Remember where a main clause's subject is an office holder named by title alone ("The representative
        of the United Kingdom said ..."), for a "he" or "she" in the sentences after it."""
        for token in self.tokens:
            if token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and token.pos_ == "NOUN" and \
                    is_title(token.lemma_.lower(), self.lex) and self.mention(token) is None and \
                    not any(self.mention(t) is not None and self.mention(t).type == "person" for t in token.subtree):
                self.ctx.unnamed_holder = (self._position(token), self._title_state(token),
                                           self._title_state(token, types=("state", "organization")))

    def _owners_partner(self, token, exclude) -> list[Arg] | None:
        """"Russia and Belarus held drills. *Moscow's ally* later bought missiles": a partner word under a
        named owner (or under "its", "their": "Moscow sent missiles to *its ally*"), with no name of its own, is
        the actor the text last told cooperating with the owner (within about 1,500 characters; never one it
        fought or blamed); None when there is none."""
        if token.lemma_.lower() not in self.lex.noun_class["partner_words"] or token.tag_ != "NN" or \
                token.dep_ == "appos" or any(c.dep_ in ("appos", "compound", "relcl", "acl") or c.dep_ == "prep" and
                                             c.lower_ == "of" for c in token.children):
            return None  # "Turkey, Baku's closest ally": named; "Moscow's ally Minsk", "an ally of": not alone
        kinds = ("state", "organization", "armed_group")
        poss = [c for c in token.children if c.dep_ == "poss"]
        named = self.mention(poss[0]) if len(poss) == 1 else None
        if named is None and len(poss) == 1 and poss[0].lower_ in ("its", "their"):
            # "Moscow delivered missiles to *its ally*": whom the pronoun stands for
            owners = [a.actor for a in self._pronoun(poss[0], ()) if a.actor.type in kinds]
        else:
            owners = [named.actor] if named is not None and named.type in kinds else []
        if len(owners) != 1:
            return None
        owner, here = owners[0], self._position(token)
        for position, predicate, doer, other in reversed(self.ctx.told):
            if position < here - PARTNER_REACH:
                break
            family = self.onto.predicate(predicate).family
            if position >= here or predicate == "MEDIATION" or family not in ("material_cooperation",
                                                                                "verbal_cooperation"):
                continue
            partner = other if doer.id == owner.id else doer if other.id == owner.id else None
            if partner is not None and partner.type in ("state", "organization", "armed_group"):
                return [] if partner.id in exclude else [Arg(partner, token.i)]
        return None

    def _owners_part(self, token, exclude) -> list[Arg] | None:
        """"Its defence division builds the K9", "their shipyards have built frigates", "Its State Security
        Committee opened a case": a part of a firm or body (`actor_parts`), or a state's own agency under a
        possessive pronoun, acts for whom the pronoun (or the named possessor) stands for."""
        lemma = token.lemma_.lower()
        agency = token.text[:1].isupper() and lemma in self.lex.noun_class["agency_heads"]
        if lemma not in self.lex.noun_class["actor_parts"] and not agency:
            return None
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in ("its", "their") and self.mention(poss) is None:
            return None
        owners = self._pronoun(poss, exclude) if self.mention(poss) is None else self.actors(poss, "strict", exclude)
        types = ("state",) if agency else ("company", "organization", "state", "armed_group")
        return [Arg(a.actor, token.i) for a in owners if a.actor.type in types] or None

    def _colonial_power(self, token, exclude) -> list[Arg] | None:
        """"the former colonial power", "its ex-colonial ruler", "the former coloniser": the state
        named last that once ruled another state named near it (Niger ... France); [] when none was."""
        lemma = token.lemma_.lower()
        words = {t.lower_ for t in token.lefts} | {w for t in token.lefts for w in t.lower_.split("-")}
        if not (lemma in ("power", "ruler", "master") and "colonial" in words or
                lemma in ("coloniser", "colonizer", "colonialist")):
            return None
        here = self._position(token)
        seen = [s for s in self.ctx.seen if here - REACH <= s.position < here and s.type == "state"]
        codes = {s.actor_id.split(":", 1)[1].lower() for s in seen}
        for s in reversed(seen):
            colonies = colonial_powers().get(s.actor_id.split(":", 1)[1].lower(), frozenset())
            if colonies & codes:
                if s.actor_id in exclude:
                    return []
                actor = self.ctx.actors.get(s.actor_id) or self.ctx.implied[s.actor_id]
                self.ctx.note(actor, here)
                return [Arg(actor, token.i)]
        return []
