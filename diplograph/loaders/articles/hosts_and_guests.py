""""The host" and "the visitors" of a visit told just before: "Kenya hosted a delegation from Ethiopia. The visitors
signed a trade agreement with the hosts", "Ruto received Abiy in Nairobi. The guest praised ..., and the host
promised ...". Readouts and wires name the two sides of a visit once and then by their part in it. A verb of
hosting (`hosting_verbs` in the lexicon: "hosted", "received", "welcomed"; a passive's by-phrase is the host) or of
visiting ("visited X": X is the host) notes who hosted whom; a later "the host(s)", "the host country" stands for
the host, "the visitors", "the guest(s)", "the visiting delegation" for the guests (one person for a singular word,
else the states or bodies), in the paragraph of the visit. With no visit told there, or a visit whose side is not
known ("Qatar hosted talks": no guests named), the words stand for no one (no other actor is guessed)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import SUBJ, is_passive
from diplograph.loaders.articles.titles import is_title

VISIT_REACH = 800  # characters back to the visit, in the same paragraph
_GUESTS = ("delegation", "counterpart", "team", "visitor", "guest")
_SIDES = ("state", "person", "organization", "armed_group", "ngo", "company")


class HostsAndGuests:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _note_visits(self) -> None:
        """Remember who hosted whom in this sentence, for "the host" and "the visitors" of the sentences after it."""
        words = self.lex.noun_class
        for verb in (t for t in self.tokens if t.pos_ == "VERB"):
            lemma = verb.lemma_.lower()
            hosting, visiting = lemma in words["hosting_verbs"], lemma in words["visiting_verbs"]
            if not (hosting or visiting):
                continue
            doers = [a.actor for a in self.agent(verb) if a.actor.type in _SIDES]
            # (a guest is named, or is a delegation or an office: "welcomed Kenya's decision" hosts no one)
            acted = [a.actor for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj") and (
                self.mention(c) is not None or c.lemma_.lower() in _GUESTS or is_title(c.lemma_.lower(), self.lex))
                for a in self.actors(c, "strict") if a.actor.type in _SIDES]
            if not acted and lemma not in words["hosting_events"]:
                continue  # "Egypt welcomed Kenya's decision", "received weapons": no visit
            hosts, guests = (doers, acted) if hosting else (acted, doers)
            if {h.id for h in hosts} & {g.id for g in guests}:
                hosts, guests = [], []
            # (a later hosting with a side unknown still ends the one before: "Qatar hosted talks. The hosts ...")
            self.ctx.visit = (self._position(verb), hosts, guests)

    def _host_or_guest(self, token, exclude) -> list[Arg] | None:
        """The host or the guests ``token`` ("hosts" of "the hosts") stands for; None when it is no such word."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or \
                any(c.dep_ == "appos" for c in token.children):
            return None  # ("the host, Prime Minister X": named)
        words = " ".join(t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")) + " " + token.lower_
        words = words.strip()
        if words in self.lex.noun_class["host_references"]:
            side = 1
        elif words in self.lex.noun_class["guest_references"]:
            side = 2
        else:
            return None
        visit = self.ctx.visit
        before = self._position(token)
        if visit is None or not 0 < before - visit[0] <= VISIT_REACH or visit[0] < (self.ctx.paragraph_start or 0):
            return []
        found = [a for a in visit[side] if a.id not in exclude]
        people = [a for a in found if a.type == "person"]
        plural = token.tag_ in ("NNS", "NNPS")
        if not plural:
            found = people if len(people) == 1 else found if len(found) == 1 else []
        else:
            found = [a for a in found if a.type != "person"] or people
        if self.trace is not None:
            said = ", ".join(a.name for a in found) or "no one"
            self.trace.refer(f"'the {words}' = {said} (the {'host' if side == 1 else 'guests'} of the visit told last)")
        if len(found) == 1:
            return [Arg(found[0], token.i)]
        acting = token.dep_ in SUBJ
        return [Arg(a, token.i * 1000 + n if acting else token.i, reference=token.i if acting else -1)
                for n, a in enumerate(found)]
