"""Lists of participants that the parser breaks apart: titled people with the state each serves.

"President Ruto of Kenya, Prime Minister Abiy of Ethiopia and President Mohamud of Somalia held
talks" and "the President of Ghana, John Mahama, the President of Togo, Faure Gnassingbé, and the
President of Benin, Patrice Talon, held a summit" name three sides, but the small model hangs the
second and third on the first one's of-phrase or apposition, so the subject's tree gives one side.
Read as words, such a phrase is a list of segments (cut at commas, semicolons and "and"), each a
title with at most one person and one state or body ("President Ruto of Kenya", "Kenya's
President", "the Kenyan President", "Kenya"), a bare name right after a titled state being that
state's office-holder ("the President of Ghana, John Mahama"), a titled state right after a bare name
that name's office ("Sheikh Tamim, Emir of the State of Qatar"). Any other word makes it no list,
so that a clause or a phrase of place inside the subject is never read as a participant.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.mentions import Mention
from diplograph.loaders.articles.syntax import conjuncts, prep_objects
from diplograph.loaders.articles.titles import singular_title

# words that cut a list into its items
_SEPARATORS = frozenset({",", ";", "and", "&"})
# words that may stand in an item beside its title, person and state
_FILLERS = frozenset({"the", "of", "'s", "’s", "'", "’", "both", "his", "her", "h.e.", "excellency", "highness",
                      "majesty", "royal", "republic",
                      "federal", "federation", "kingdom", "state", "states", "government", "affairs", "heads",
                      "leaders", "ministers", "presidents", "representatives", "delegations", "delegation"})
_BODIES = ("state", "organization", "armed_group")


@functools.lru_cache(maxsize=4)
def _title_words(titles: tuple[str, ...], honorifics: tuple[str, ...]) -> frozenset[str]:
    """The single words of the lexicon's titles and honorifics ("prime", "minister", "foreign")."""
    return frozenset(w for t in (*titles, *honorifics) for w in t.replace("-", " ").split())


@dataclass
class _Item:
    person: Mention | None
    body: Mention | None
    titled: bool
    owner: bool = False  # the person owns the title ("Macron's predecessor"): its holder is named next


class Participants:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def participant_items(self, first: int, last: int) -> list[_Item] | None:
        """The participants the words ``first``..``last`` (token indices, inclusive) list, or None
        when those words are not such a list (at least two items, one of them titled)."""
        titles = _title_words(self.lex.titles, self.lex.honorifics)
        items: list[_Item] = []
        segment: list = []

        def close() -> bool:
            if not segment:
                return True
            persons, bodies, titled, unknown = [], [], False, False
            for tok in segment:
                m = self.mention(tok)
                if m is not None:
                    if m.type == "person" and m not in persons:
                        persons.append(m)
                    elif m.type in _BODIES and m.kind != PLACE and m not in bodies:
                        bodies.append(m)
                    elif m.type not in ("person", *_BODIES):
                        return False
                    continue
                low = tok.lower_
                if low in titles or low.rstrip("s") in titles:
                    titled = True
                elif low in _FILLERS:
                    continue  # ("His Highness", "the Republic of", however tagged)
                elif tok.pos_ == "PROPN" and tok.text[:1].isupper():
                    unknown = True  # a name the text does not know: "Presidents Ruto of Kenya and ..."
                elif low not in _FILLERS and tok.tag_ != "POS" and not (tok.pos_ == "PUNCT" and low in ".-–"):
                    return False
            if len(persons) > 1 or len(bodies) > 1 or not (persons or bodies) or unknown and (persons or not titled):
                return False
            person, body = (persons or [None])[0], (bodies or [None])[0]
            last_item = items[-1] if items else None
            if person is not None and body is None and not titled and last_item is not None and last_item.owner:
                # "Macron's predecessor, François Hollande": the holder of the title, not its owner, takes part
                last_item.person, last_item.owner = person, False
            elif person is not None and body is None and not titled and last_item is not None and \
                    last_item.person is None and last_item.body is not None and last_item.titled:
                last_item.person = person  # "the President of Ghana, John Mahama": the office's holder
            elif person is None and body is not None and titled and last_item is not None and \
                    last_item.person is not None and last_item.body is None:
                last_item.body = body  # "Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar": the holder's office
                last_item.titled = True
            else:
                owner = person is not None and body is None and titled and person.end < len(self.doc) and \
                    self.doc[person.end].tag_ == "POS"
                items.append(_Item(person, body, titled, owner))
            segment.clear()
            return True

        for i in range(first, last + 1):
            tok = self.doc[i]
            inside = (m := self.mention(tok)) is not None and m.start < i  # "Bosnia and Herzegovina"
            if tok.lower_ in _SEPARATORS and not inside:
                if not close():
                    return None
            elif tok.lower_ in ("as", "well") and not inside:
                continue  # "as well as"
            else:
                segment.append(tok)
        if not close():
            return None
        semicolons = any(self.doc[i].text == ";" for i in range(first, last + 1))
        if len(items) < 2 or not semicolons and not any(item.titled or item.person is not None for item in items):
            return None  # (a plain list of names the parser reads well enough)
        return items

    def participant_args(self, items: list[_Item]) -> list[Arg]:
        """The actors of a list of participants: each person with the state they serve (which pairs with
        the other persons' states), or, when some item names no person, the states and bodies alone."""
        if all(item.person is not None for item in items):
            found = []
            for item in items:
                person = item.person
                found.append(Arg(person.actor, person.start))
                if item.body is not None:
                    found.append(Arg(item.body.actor, person.start, "official"))
                else:
                    found += self._proxies(person)
            return found
        found = []
        for item in items:
            body = item.body
            if body is None:
                office = self.affiliation.get(item.person.actor.id) or self._known_affiliation(item.person)
                if office is None:
                    return []
                found.append(Arg(office.actor, item.person.start))
            else:
                found.append(Arg(body.actor, body.start))
        return found

    def _listed_subject(self, verb, subj, exclude=()) -> list[Arg]:
        """The participants a subject lists however it was parsed; a fronted "at the invitation of X,
        Y" gives its invited side only (the one who invited is the `requester` of a meeting)."""
        items = self.subject_items(verb, subj)
        return [a for a in self.participant_args(items[1:] if items and items[0] is None else items)
                if a.actor.id not in exclude] if items else []

    def listed_phrase(self, phrase, exclude=()) -> list[Arg]:
        """The participants a phrase (a by-phrase's object) lists however it was parsed."""
        last = phrase.right_edge.i
        # "attended by A, X; B, Y; and C, Z": the parser may hang the last item on the verb
        for noun in (c for c in phrase.head.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                     and c.i > last and all(t.lower_ in _SEPARATORS for t in self.doc[last + 1:c.left_edge.i])):
            last = noun.right_edge.i
        while last > phrase.left_edge.i and self.doc[last].pos_ == "PUNCT":
            last -= 1
        items = self.participant_items(phrase.left_edge.i, last)
        return [a for a in self.participant_args(items) if a.actor.id not in exclude] if items else []

    def subject_items(self, verb, subj) -> list[_Item | None]:
        """The items a subject lists (see :meth:`participant_items`), after the inviter of a fronted
        "at the invitation of" when there is one (then the list starts with None, the inviter's
        place, and :attr:`inviters` keeps the inviter for the verb); [] for no list."""
        cache = self.subject_lists
        if subj.i in cache:
            return cache[subj.i]
        first, last = subj.left_edge.i, subj.right_edge.i
        while last > first and self.doc[last].pos_ == "PUNCT":
            last -= 1
        inviter = self._fronted_inviter(verb, first)
        found: list[_Item | None] = []
        if inviter is not None:
            items = self.participant_items(inviter, last)
            if items is not None and len(items) >= 3:
                self.inviters[verb.i] = items[0]
                found = [None, *items[1:]]
        if not found:
            found = self.participant_items(first, last) or []
        cache[subj.i] = found
        return found

    def invited_by(self, verb, exclude=()) -> list[Arg]:
        """Who invited the participants of ``verb``'s fronted "at the invitation of" list: the person
        named after the office, with the office's state."""
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            self.subject_items(verb, subj)
        item = self.inviters.get(verb.i)
        if item is None:
            return []
        return [a for a in self.participant_args([item]) if a.actor.id not in exclude]

    def _fronted_inviter(self, verb, first: int) -> int | None:
        """Where the inviter of "At the invitation of the President of Ghana, John Mahama, A and B met"
        starts, when its phrase ends right before the subject (with the comma between)."""
        if first - 2 < self.sent.start or self.doc[first - 1].text != ",":
            return None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < first):
            for ask in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.noun_class["requests"]):
                for of in (c for c in ask.children if c.dep_ == "prep" and c.lower_ == "of"):
                    if of.right_edge.i == first - 2:
                        return of.i + 1
        return None

    def _respective_offices(self) -> None:
        """"The Foreign Ministers of the two countries, A and B": each named holder has the office in one
        of the states, in the order the text gave them (for a reference, the order of the list that last named
        them together: respective_order.py), when the gazetteer does not already say which."""
        for noun in (t for t in self.tokens if t.tag_ in ("NNS", "NNPS") and singular_title(t, self.lex) in self.lex.titles):
            holders = [m for c in noun.children if c.dep_ == "appos" for t in (c, *conjuncts(c))
                       if (m := self.mention(t)) is not None and m.type == "person"]
            states = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)
                      for a in (self._reference(o, ()) or self.actors(o, "strict")) if a.actor.type == "state"]
            if len(holders) < 2 or len({a.actor.id for a in states}) != len(holders):
                continue
            states = self.in_order_last_listed(states, noun)
            if any(a.reference >= 0 for a in states) and \
                    not self.ctx.told_order({a.actor.id for a in states}, self._position(noun)):
                continue  # "the presidents of the two countries, X and Y", the two never listed together: no guess
            known = {m.actor.id: self._known_affiliation(m) for m in holders}
            free = [a for a in states if a.actor.id not in {k.actor.id for k in known.values() if k is not None}]
            title = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")
            listed = {a.actor.id for a in states}
            for holder in (m for m in holders if known[m.actor.id] is None):
                if not free:
                    break
                office = free.pop(0)
                # (the title phrase alone gave every holder the first state: "the ministers of A and B, X and Y")
                self.found = [f for f in self.found if not (f.predicate == "AFFILIATED_WITH" and f.subject.id ==
                                                            holder.actor.id and f.object.id in listed)]
                self.affiliation[holder.actor.id] = Arg(office.actor, holder.start)
                self._emit([Arg(holder.actor, holder.start)], [Arg(office.actor, -holder.start - 1)],
                           ("AFFILIATED_WITH",), None, "title:respective", {"role": title})
