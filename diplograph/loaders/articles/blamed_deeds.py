"""A hostile deed laid at someone's door in what a speaker says: "Vilnius prosecutors said Russian military
intelligence was behind the arson", "Tusk said the blaze was ordered by Russian services", "Seoul said it had been
the target of a cyberattack by North Korea". Naming who did a harmful deed (a word of the lexicon's `blamed_deeds`)
accuses them: the speaker criticises the doer. Three shapes name the doer:

- "Y was behind the DEED": the subject of a "be" whose behind-phrase is the deed;
- "the DEED was ordered / carried out / orchestrated by Y" (a verb of `deed_doing`, passive or a participle on the
  deed): its by-phrase;
- "the target (victim) of a DEED by Y": the deed's own by-phrase.

Only said things accuse: the same words told by the writer ("the blaze was ordered by Russian services") are a
fact of the deed, no one's stance; a denied clause ("was not behind") accuses no one, and a speaker never accuses
itself ("Moscow said the strike was carried out by its forces").
"""

from __future__ import annotations

from diplograph.loaders.articles.syntax import is_passive, prep_objects, speech_verb

# Nouns whose of-phrase is the deed that befell their subject: "was the target of a cyberattack by X".
STRUCK_BY = ("target", "victim")


class BlamedDeeds:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _blamed_deeds(self) -> None:
        deeds = self.lex.noun_class["blamed_deeds"]
        doing = self.lex.noun_class["deed_doing"]
        for token in self.tokens:
            lemma = token.lemma_.lower()
            if lemma == "be" and token.pos_ in ("AUX", "VERB"):
                doers = self._behind_deed(token, deeds)
            elif lemma in doing and token.pos_ == "VERB":
                doers = self._deed_done_by(token, deeds)
            elif lemma in deeds and token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" and \
                    token.head.head.lemma_.lower() in STRUCK_BY:
                doers = [a for p in token.children if p.dep_ == "prep" and p.lower_ == "by"
                         for o in prep_objects(p) for a in self.actors(o, "origin")]
            else:
                continue
            if not doers:
                continue
            speech = speech_verb(token, self.lex.noun_class["findings"])
            if speech is None or any(c.dep_ == "neg" for c in speech.children):
                continue
            doer_ids = {a.actor.id for a in doers}
            speakers = self.agent(speech, exclude=doer_ids) or self._speakers_placed(speech, doer_ids)
            self._emit(speakers, [a for a in doers if a.actor.id not in {s.actor.id for s in speakers}],
                       ("CRITICISM",), speech, "blamed_deed")

    def _behind_deed(self, be, deeds) -> list:
        """"Y was behind the attack": Y, when the behind-phrase names a deed and nothing negates it."""
        if any(c.dep_ == "neg" for c in be.children):
            return []
        behind = [o for c in be.children if c.dep_ == "prep" and c.lower_ == "behind" for o in prep_objects(c)]
        if not any(o.lemma_.lower() in deeds or o.lower_ in deeds for o in behind):
            return []
        return [a for s in be.children if s.dep_ == "nsubj" for a in self.actors(s, "origin")]

    def _deed_done_by(self, verb, deeds) -> list:
        """"the blaze was ordered by Russian services", "an attack carried out by the RSF": the by-phrase of a
        verb of doing whose subject (passive) or noun (participle) is a deed."""
        if any(c.dep_ == "neg" for c in verb.children):
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            deed = verb.head
        elif is_passive(verb):
            deed = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        else:
            return []
        if deed is None or (deed.lemma_.lower() not in deeds and deed.lower_ not in deeds):
            return []
        return [a for c in verb.children if c.dep_ == "agent" for o in prep_objects(c) for a in self.actors(o, "origin")]

    def _speakers_placed(self, speech, exclude) -> list:
        """"In neighbouring Lithuania, prosecutors have said ...", "officials in Tallinn said ...": speakers named
        only by their office (`state_speakers`) speak for the state their in-phrase names."""
        subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in self.lex.noun_class["state_speakers"] and \
                subject.lower_ not in self.lex.noun_class["state_speakers"]:
            return []
        places = [o for h in (speech, subject) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                  for o in prep_objects(c)]
        return [a for o in places for a in self.actors(o, "strict", exclude) if a.actor.type == "state"]
