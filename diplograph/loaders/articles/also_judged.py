"""A judgement told as one more of the same: "Manila protested to Beijing. Japan and Australia also voiced
concern" judges whom the judgements just before did.

The doer's earlier target carries over only when the new judgement names nothing else as judged. "Russia
condemned the Israeli strike. China also condemned the strike" judges Israel again (the same act is judged);
but in "Morales accused Arce of staging a coup. ... Spain and the EU also condemned the attempt" the "also"
joins the condemnations of the attempt, which was not Arce's, so Arce is not judged: an act named as the
object must be the one the earlier judgement was about (its object or what its prepositions name).
"""

from __future__ import annotations

from bisect import bisect_left

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import DEAL_REACH, prep_objects
from diplograph.loaders.articles.word_senses import sense_unmet

JUDGED = ("CRITICISM", "PROTEST")


class AlsoJudged:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _also_judged(self) -> None:
        # ("is also considering ordering tanks": a verb telling its own act by a gerund or infinitive judges no one)
        for verb in (t for t in self.tokens if t.pos_ == "VERB" and not any(c.dep_ == "xcomp" for c in t.children) and any(
                c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise", "similarly") for c in t.children)):
            words = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            # (the verb by its verb senses, "also notes that" being no diplomatic note; not "held talks" for "held
            # X responsible")
            senses = {w.i: [p for t in (self.lex.verbs_for(w.lemma_.lower()) if w is verb else
                                        self.lex.nouns_for(w.lemma_.lower())) if not sense_unmet(t, verb)
                            for p in t.predicates_for(None, w.lemma_.lower()) if p in JUDGED] for w in words}
            predicates = [p for w in words for p in senses[w.i]]
            if not predicates or any(f.trigger is not None and f.trigger.i in {w.i for w in words} for f in self.found):
                continue
            here = self._position(verb)
            earlier = [(at, other) for at, p, _, other in self.ctx.told if p in JUDGED and 0 < here - at <= DEAL_REACH]
            if not earlier:
                continue
            latest = max(at for at, _ in earlier)
            # "also condemned the attempt": the act named (not a judging noun, "voiced concern", nor "it")
            # (not an actor named or pointed at: "also accused its neighbour of arming the rebels")
            people = self._people_words()
            acts = {w.lemma_.lower() for w in words[1:] if not senses[w.i] and w.pos_ == "NOUN" and
                    self.mention(w) is None and not {w.lower_, w.lemma_.lower()} & people}
            if acts and not acts & self._judged_words(latest):
                continue
            targets = list({o.id: o for at, o in earlier if at == latest}.values())
            self._emit(self.agent(verb), [Arg(o, -7000 - n) for n, o in enumerate(targets)], (predicates[0],), verb,
                       "also-judged")

    def _judged_words(self, position: int) -> set[str]:
        """The nouns the judgement told at ``position`` names as judged: its object and its prepositions' objects
        ("condemned the strike", "condemned Israel for the strike"); none when it is not in this document's parse."""
        tokens = self.doc.tokens
        at = bisect_left([t.idx for t in tokens], position - self.offset)
        if at >= len(tokens) or tokens[at].idx != position - self.offset:
            return set()
        trigger = tokens[at]
        heads = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += [p for c in trigger.children if c.dep_ == "prep" for p in prep_objects(c)]
        return {t.lemma_.lower() for h in heads for t in (h, *(c for c in h.children if c.dep_ == "compound"))}
