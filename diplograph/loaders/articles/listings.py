"""Lists a government keeps of other actors: "put Cuba back on its list of state sponsors of
terrorism", "Russia added the prosecutor to its wanted list", "Washington removed the Houthis from
the terrorist list", "Tokyo dropped Seoul from its list of trusted trading partners".

Being put on a list a government keeps of others presses them (COERCION); being taken off it is a
step in their favour (SUPPORT). A list of favour (a `favourable` word in the list's phrase: "trusted
partners", "safe countries") reverses both. The words are the lexicon's `listing` section.
"""

from __future__ import annotations

from diplograph.loaders.articles.syntax import is_passive, prep_object

ONTO = ("on", "onto", "to", "in")
OFF = ("from", "off")


class Listings:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _listings(self) -> None:
        words = self.lex.listing
        for verb in self.tokens:
            if verb.pos_ != "VERB":
                continue
            lemma = verb.lemma_.lower()
            if lemma in words.get("delisting", ()):
                self._listed(verb, "SUPPORT")
                continue
            onto, off = lemma in words.get("onto", ()), lemma in words.get("taking_off", ())
            if not (onto or off):
                continue
            named = self._list_named(verb, ONTO if onto else OFF)
            if named is None:
                continue
            favourable = any(t.lower_ in words.get("favourable", ()) for t in named.subtree)
            self._listed(verb, "COERCION" if onto != favourable else "SUPPORT")

    def _list_named(self, verb, prepositions):
        """The list noun of the verb's phrase ("on *its list* of ...", "from the sanctions *list*"),
        also hung on a particle or adverb ("put X back on the list")."""
        holders = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in prepositions):
            noun = prep_object(prep)
            if noun is not None and noun.lemma_.lower() in self.lex.listing.get("lists", ()):
                return noun
        return None

    def _listed(self, verb, predicate: str) -> None:
        # the listed actor named itself, not by a demonym on what it owns or makes ("could add Chinese
        # fighters to that list")
        objects = [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")]
        listed = [a for c in objects for a in self.actors(c, "strict") if a.actor.type != "weapon" and
                  not ((m := self.by_token.get(a.key)) is not None and m.is_demonym)]
        if listed:
            self._emit(self.agent(verb, exclude={a.actor.id for a in listed}), listed, (predicate,), verb,
                       f"listing:{predicate.lower()}")
