"""Members and lists a noun introduces: "a member of BRICS with Brazil, Russia, India and China",
"member states such as A and B", "the states that sent troops, among them A and B"."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects


class ListedMembers:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _companions(self, nodes, exclude) -> list[Arg]:
        """Actors in a "together with" or "along with" phrase on one of ``nodes``; a bare "with" after a
        word of shared standing ("a member of BRICS with Brazil, Russia, India and China")."""
        found = []
        shared = any(n.lemma_.lower() in self.lex.noun_class["shared_standing"] for n in nodes)
        # "X is one of the guarantor nations for the talks, along with A and B": the phrase hangs on "one"
        heads = [n.head for n in nodes if n.dep_ == "compound"]
        nodes = [*nodes, *heads, *(n.head.head for n in (*nodes, *heads) if n.dep_ == "pobj" and n.head.lower_ == "of"
                                   and n.head.head.lower_ == "one")]
        for node in nodes:
            preps = [c for c in node.children if c.dep_ == "prep" and c.lower_ == "with"]
            preps += [w for c in node.children if c.dep_ in ("prep", "advmod") and c.lower_ in ("together", "along")
                      for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]  # (however it hangs)
            for prep in preps:
                if prep.i > self.sent.start and (shared or self.doc[prep.i - 1].lower_ in ("together", "along")):
                    found += [a for p in prep_objects(prep) for a in self.actors(p, "strict", exclude)]
        return list({a.actor.id: a for a in found}.values())

    def _body_of_members(self, noun, exclude) -> list[Arg]:
        """"the Member States that sent troops to SAMIM, among them A and B", "China and Russia,
        both permanent members": members of no body named on the noun are members of the
        organisation the sentence names, else of the one the text named last."""
        if self._owner(noun, ()) or any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in noun.children):
            return []  # a body named on the noun: the other patterns read it
        named = [Arg(m.actor, m.start) for m in self.mentions if m.type == "organization"
                 and m.actor.id not in exclude]
        if named:
            return named[:1]
        last = self.ctx.recent_by_type_order(("organization",), self._position(noun), exclude)
        return [Arg(last, -7000)] if last is not None else []

    def _including(self, noun, exclude) -> list[Arg]:
        found = []
        if noun.dep_ == "compound" and noun.head != noun:  # "member states such as A and B"
            noun = noun.head
        for tok in noun.subtree:
            if tok.dep_ == "prep" and (tok.lower_ in ("including", "like") or
                                       tok.lower_ == "as" and tok.i > 0 and self.doc[tok.i - 1].lower_ == "such"):
                objects = prep_objects(tok)
                for pobj in objects:
                    found += self.actors(pobj, "strict", exclude)
                if not objects:  # "militias such as Kataib Hezbollah attacked": the parser made the name a subject
                    found += self._names_after(tok.i + 1, exclude)
        return found or self._among_them(noun, exclude) or self._listed_before_others(noun, exclude)

    def _listed_before_others(self, noun, exclude) -> list[Arg]:
        """"France, Germany and other EU members", "troops from A, B and other member states": the names
        coordinated before "other" members are members too (lexicon `others_words`)."""
        if noun.dep_ != "conj" or not any(c.dep_ == "amod" and c.lower_ in self.lex.noun_class["others_words"]
                                          for c in noun.children):
            return []
        top = noun
        while top.dep_ in ("conj", "appos") and top.head.i != top.i:  # ("Saudi Arabia, the UAE and ...": an apposition)
            top = top.head
        chain = {top.i}
        for t in self.doc[top.i:noun.i]:
            if t.dep_ in ("conj", "appos") and t.head.i in chain:
                chain.add(t.i)
        # (the names themselves: reading the list's words as references would read this noun again)
        return [Arg(m.actor, m.start) for i in sorted(chain) if (m := self.mention(self.doc[i])) is not None
                and m.type in ("state", "organization", "armed_group") and not m.is_demonym and m.actor.id not in exclude]

    def _names_after(self, start: int, exclude) -> list[Arg]:
        """The actors named one after another from ``start`` ("A, B and the C"), up to the first other word."""
        found, j = [], start
        while j < self.sent.end:
            m = self.mention(self.doc[j])
            if m is not None and m.type not in ("weapon", "person") and not m.is_demonym:
                if m.actor.id not in exclude:
                    found.append(Arg(m.actor, m.start))
                j = m.end
            elif self.doc[j].lower_ in (",", "and", "the", "or"):
                j += 1
            else:
                break
        return found

    def _among_those_listed(self, noun, exclude) -> list[Arg]:
        """"Among the countries that expelled Russian diplomats are A, B and C", "Among those who condemned the
        coup were A and B": the names the copula lists after the fronted among-phrase are the noun's (never
        the list told in the sentence before)."""
        among = noun.head
        if noun.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
            return []
        copula = among.head
        listed = [c for c in copula.children if c.dep_ in ("nsubj", "attr") and c.i > copula.i]
        return [a for c in listed for a in self.actors(c, "strict", exclude)]

    def _among_them(self, noun, exclude) -> list[Arg]:
        """"the member states that sent troops, among them Kenya, Uganda and Burundi": the names
        listed right after the phrase, however the parser attached them."""
        inside = {t.i for t in noun.subtree}
        i = noun.i + 1
        while i < self.sent.end and (i in inside or self.doc[i].text == ",") and self.doc[i].lower_ != "among":
            i += 1
        if i + 2 >= self.sent.end or self.doc[i].lower_ != "among" or \
                self.doc[i + 1].lower_ not in ("them", "those", "whom", "which"):
            return []
        return self._names_after(i + 2, exclude)
