"""Deeds: acts a sentence names as things someone did, kept for the sentences that judge them.

"Pakistan announced a plan to expel refugees. The Taliban called the plan unacceptable": the plan
is no relation of its own, but the judgement of it is a judgement of Pakistan. A sentence
remembers every act noun (``act`` and ``judged_act`` word classes) whose doer it says (the
subject of the verb the noun is the object of, its possessor, its by-phrase); a later "the plan",
"the decision", "the move" or a bare "it" that a judging verb acts on finds its doer there. Speech
acts told by a verb are deeds too: "Moscow proposed a truce. Kyiv rejected the proposal".

>>> from diplograph.loaders.articles.resolve import DocumentContext
>>> from diplograph.graph.model import Actor
>>> ctx = DocumentContext()
>>> ctx.deeds.append((10, "decree", (Actor.new("Venezuela", "state"),)))
>>> [a.name for a in ctx.deed_doers(("decree",), before=80)], ctx.deed_doers(("law",), before=80)
(['Venezuela'], ())
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.official_deeds import state_for_official
from diplograph.loaders.articles.syntax import RELATIVE, definite, prep_objects


def owned_or_definite(noun) -> bool:
    """"the decision", "China's decision": an act noun that names one act."""
    return definite(noun) or any(c.dep_ == "poss" for c in noun.children)


# Characters back to the deed that "the plan" or "it" points at: the sentence or two before.
DEED_REACH = 600
# Nouns that name any deed, whatever word told it ("X closed the border. Y called the move hasty").
GENERIC_DEEDS = frozenset({"move", "step", "decision", "action", "measure", "measures", "act"})
POINTING_REACH = 250
POINTING = frozenset({"it", "this", "that"})


class Deeds:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _act_words(self) -> frozenset[str]:
        return self.lex.classes("act", "judged_act")

    def _remember_deeds(self) -> None:
        """Note the act nouns of this sentence whose doer it names, for the sentences after it, and
        the meetings it says someone hosted ("Washington convened talks": a later "the army refused to
        attend" shuns Washington's talks)."""
        meetings = self.lex.noun_class["meeting"]
        acts_or_meetings = self.lex.classes("act", "judged_act", "meeting")
        for noun in self.tokens:
            lemma = noun.lemma_.lower()
            if noun.pos_ != "NOUN" or lemma not in acts_or_meetings or self.mention(noun) is not None:
                continue
            if lemma in meetings and noun.head.lemma_.lower() not in self.lex.noun_class["hosting"]:
                continue
            doers = tuple({a.actor.id: a.actor for a in self._deed_doers(noun)}.values())
            if 0 < len(doers) <= 5:  # "their withdrawal": the three who withdrew
                self.ctx.deeds.append((self._position(noun), noun.lemma_.lower(), doers))
                self._note_passing(noun)
        # "Moscow proposed a truce. Kyiv rejected the proposal", "X stormed a town. Y condemned the raid":
        # a deed told by a verb is one a noun names later
        for verb in self.tokens:
            nouns = self.lex.deed_nouns.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
            if not nouns or any(c.dep_ == "neg" for c in verb.children):
                continue
            if verb.lemma_.lower() in self.lex.noun_class["intending"] and \
                    not any(c.dep_ == "xcomp" for c in verb.children):
                continue  # "plans to fence the border" is a plan, "plans its attacks from there" none
            if not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("into", "over") for c in verb.children):
                # "flew to Riyadh" is a visit; "flew into Lithuanian airspace", "crossed the border" an intrusion
                # (`entering_deeds`)
                nouns = nouns - self.lex.noun_class["entering_deeds"]
            doers = tuple({a.actor.id: a.actor for a in self.agent(verb)}.values())
            if nouns and 0 < len(doers) <= 5:
                self.ctx.deeds += [(self._position(verb), noun, doers) for noun in sorted(nouns)]
                self._note_passing(verb)
        self._remember_acts()
        self._remember_demands()
        self._remember_missions()  # "NATO launched an operation. X committed ships to it" (owned_missions.py)

    def _remember_acts(self) -> None:
        """Note the doers of the acts this sentence's verbs tell ("Japan sent a destroyer through the strait"),
        whatever word a later "the move" or "the decision" uses for them: judging, backing or saying something
        is a reaction to an act or a remark (`deed_nouns`), not the act a later "the move" means."""
        idle = self.lex.noun_class["idle_verbs"] | self.lex.modality["reported"]["verbs"]
        for verb in self.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "xcomp", "ccomp") or lemma in idle or \
                    not self.lex.verbs_for(lemma) or any(c.dep_ == "neg" for c in verb.children) or \
                    self._judging(verb) or self._approving(verb):
                continue
            doers = tuple({a.actor.id: a.actor for a in self.agent(verb)}.values())
            if 0 < len(doers) <= 5:
                self.ctx.acts_told.append((self._position(verb), "", doers))
                self._note_passing(verb)

    def _note_passing(self, word) -> None:
        """A deed told in an adverbial or relative clause ("a day after the United States struck Iranian
        sites", "a proposal put to them by X while they were studying it") is told in passing: a later
        "it" does not point at it, and "the strike" means it only when no other doer of strikes stands out."""
        if any(t.dep_ in ("advcl", "relcl", "pcomp") or any(c.dep_ == "mark" and c.lower_ not in ("that", "whether", "if")
                                                             for c in t.children) for t in (word, *word.ancestors)):
            self.ctx.passing_deeds.add(self._position(word))

    def _remember_demands(self) -> None:
        """Note who asked whom to do something ("China demanded that Japan retract", "urged Israel to
        halt", "called on Ethiopia to stop"), for a refusal told after it ("Tokyo refused")."""
        for verb in self.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.noun_class["demanding"] or \
                    any(c.dep_ == "neg" for c in verb.children) or not any(
                        c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("on", "upon")
                        for c in verb.children):
                continue
            demanders = tuple({a.actor.id: a.actor for a in self.agent(verb)}.values())
            addressees = tuple({a.actor.id: a.actor for a in self.verb_role(verb, "complement_agent", [])}.values())
            if demanders and addressees:
                self.ctx.demands.append((self._position(verb), demanders, addressees))

    def _demanders(self, verb, exclude=()) -> list[Arg]:
        """Whose demand a bare refusal answers: "China demanded that Japan retract the remarks. Tokyo
        refused" (or "declined to retract them"): the last demand made of the refuser, or of the state
        the refusing official serves, a sentence or two before. A refusal that names what it refuses
        ("refused the loan", "declined to meet Putin") answers no earlier demand."""
        clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        if any(c.dep_ == "dobj" for c in verb.children) or self._themes(verb) or any(
                self.mention(t) is not None for c in clauses[1:] for t in c.subtree):
            return []
        refusers = {a.actor.id for a in self.agent(verb)}
        refusers |= {state.id for r in list(refusers) if (state := self.ctx.serves.get(r)) is not None}
        here = self._position(verb)
        for position, demanders, addressees in reversed(self.ctx.demands):
            if position >= here:
                continue
            if position < here - DEED_REACH:
                break
            if refusers & {a.id for a in addressees}:
                return [Arg(d, -5000 - n) for n, d in enumerate(demanders) if d.id not in exclude]
        return []

    def _deed_doers(self, noun) -> list[Arg]:
        """Who the sentence says did the act ``noun`` names: "*Venezuela* issued a decree",
        "*Bolivia's* decision", "the order by *Caracas*", "a law passed by *Georgia*"."""
        owners = [a for c in noun.children if c.dep_ == "poss" for a in self.actors(c, "strict")]
        owners += self.prep_args(noun, ("by",))
        # "the Israeli strike", "the strike that Israel carried out"
        owners += [Arg(m.actor, m.start) for c in noun.children if c.dep_ in ("amod", "compound")
                   and (m := self.mention(c)) is not None and m.type == "state"]
        owners += [a for clause in noun.children if clause.dep_ == "relcl" and not any(
                   c.dep_ == "dobj" and c.lower_ not in RELATIVE for c in clause.children) for a in self.agent(clause)]
        if owners:
            return owners
        verb = noun.head
        if noun.dep_ == "dobj" and verb.pos_ == "VERB" and not self._judging(verb) and not self._approving(verb):
            return self.agent(verb)
        if noun.dep_ == "nsubjpass" and verb.pos_ == "VERB":
            return [a for c in verb.children if c.dep_ == "agent" for p in prep_objects(c)
                    for a in self.actors(p, "strict")]
        return [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in self.agent(c)]

    def _salient_doers(self, lemmas, before: int, exclude=()) -> tuple:
        """The doers of most of the deeds of ``lemmas`` told before ``before``, when they did at least two of
        them and three times as many as anyone else: "the strike" of a report on Israel's strike on Doha
        that mentions once, in passing, an American strike on Iran."""
        counts, doers_of = {}, {}
        for position, lemma, doers in self.ctx.deeds:
            kept = tuple(d for d in doers if d.id not in exclude)
            if position < before and lemma in lemmas and kept:
                key = tuple(sorted(d.id for d in kept))
                counts[key] = counts.get(key, 0) + 1
                doers_of[key] = kept
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]:
            return ()
        return doers_of[ranked[0][0]]

    def _last_doers(self, before: int, exclude=()) -> tuple:
        """The doers of the deed or act told last, not in passing, within ``DEED_REACH`` characters before
        ``before``: "Japan sent a destroyer through the strait. The move angered Beijing" (Japan's, not the
        strike a paragraph before that a deed noun named)."""
        told = sorted((*self.ctx.deeds, *self.ctx.acts_told), key=lambda deed: deed[0])
        for position, _, doers in reversed(told):
            if position >= before or position in self.ctx.passing_deeds:
                continue
            if position < before - DEED_REACH:
                break
            kept = tuple(d for d in doers if d.id not in exclude)
            if kept:
                return kept
        return ()

    def _deed_told(self, noun, exclude=()) -> list[Arg]:
        """The doer of the deed ``noun`` points back at: "the plan" at the last plan whose doer was
        said, "the move" or a bare "it" at the last deed of any kind."""
        lemma = noun.lemma_.lower()
        if noun.lower_ in ("it", "this") and (named := [t for t in self.tokens if t.i < noun.i and t.pos_ == "NOUN" and
                                                        t.lemma_.lower() in self._act_words() and owned_or_definite(t)]):
            # "condemned the remark, and Y also criticised it": the remark; "China's decision to ..., adding that
            # Manila did not recognise it": China's, whoever spoke last
            own = [a for a in self._deed_doers(named[-1]) if a.actor.id not in exclude]
            return own or self._deed_told(named[-1], exclude)
        if lemma in POINTING or noun.lower_ in POINTING:
            lemmas = None
        elif definite(noun) and lemma in self._act_words():
            lemmas = None if lemma in GENERIC_DEEDS else (lemma,)
        else:
            return []
        # a bare "it" points no further than the sentence before
        reach = POINTING_REACH if lemmas is None and noun.lower_ in POINTING else DEED_REACH
        here = self._position(noun)
        content = self.lex.noun_class["content"]  # "the decision" is the official's state's (official_deeds.py)
        if lemmas is None and noun.lower_ not in POINTING:  # "the move": the last act told, however it was told
            doers = state_for_official(self._last_doers(here, exclude), self.ctx.serves, lemma, content)
            return [Arg(doer, -5000 - n) for n, doer in enumerate(doers)]
        doers = self.ctx.deed_doers(lemmas, here, reach=reach, exclude=exclude, passing=False)
        if not doers and lemmas is not None and (nearest := self.ctx.deed_doers(lemmas, here, reach, exclude)):
            # "... a day after the United States struck Iranian sites. Guterres condemned the strike": in a
            # report on Israel's strike, the one strike told in passing is not the one meant
            doers = self._salient_doers(lemmas, here, exclude) or nearest
        if not doers and lemmas is not None:  # "the raid", paragraphs after the one raid the article tells
            doers = self.ctx.sole_doers(lemmas, self._position(noun), exclude=exclude) or \
                self._salient_doers(lemmas, self._position(noun), exclude)
        doers = state_for_official(doers, self.ctx.serves, lemma, content)
        return [Arg(doer, -5000 - n) for n, doer in enumerate(doers)]
