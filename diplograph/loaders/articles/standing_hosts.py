"""Standing hosts: "Algeria, which hosts and arms the Polisario Front", "Turkey hosts several Hamas leaders in
Istanbul", "Honduras also hosts Joint Task Force-Bravo, a US military unit". "Host" in the simple present, outside a
headline, tells an arrangement that lasts, not a meeting: an armed group hosted (itself, or its leaders, office or
camps: the lexicon's `harboured`) is sheltered, a SUPPORT of it; another state's forces hosted (a word of `base`, or
a unit) are its MILITARY_PRESENCE in the host. "Qatar hosted the Taliban negotiators in Doha", "Oman hosts talks
between Iran and the US" and a headline's "Putin hosts Xi" stay meetings and mediations."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found

HOSTED_AS_GUESTS = frozenset({"CONSULTATION", "MEDIATION"})
UNITS = frozenset({"unit", "units", "military"})


class StandingHosts:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _standing_hosts(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            read = self._standing(f) if f.predicate in HOSTED_AS_GUESTS else None
            if read is None:
                kept.append(f)
                continue
            predicate, subject, obj = read
            self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): a standing host, not a meeting"
                       + (f" (read as {subject.name} {predicate} {obj.name})" if predicate else ""))
            if predicate and not any((k.subject.id, k.predicate, k.object.id) == (subject.id, predicate, obj.id)
                                     for k in kept):
                kept.append(Found(subject, predicate, obj, f.trigger, f"{f.rule}:standing"))
        return kept

    def _standing(self, f: Found):
        """(predicate, subject, object) a standing host's relation is instead, or None when it is a meeting."""
        verb = f.trigger
        if verb is None or verb.lemma_.lower() != "host" or verb.tag_ not in ("VBZ", "VBP") or \
                any(c.dep_ == "aux" for c in verb.children) or self._headline():
            return None
        hosted = [c for c in verb.children if c.dep_ == "dobj"]
        if not hosted:  # "hosts and arms the Polisario Front": the object the two verbs share
            hosted = [c for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB" for c in v.children
                      if c.dep_ == "dobj"]
        words = {t.lemma_.lower() for h in hosted for t in h.subtree} | {t.lower_ for h in hosted for t in h.subtree}
        if not hosted or words & self.lex.noun_class["meeting"]:
            return None
        if f.object.type == "armed_group" and any(
                self.mention(h) is not None or h.lemma_.lower() in self.lex.noun_class["harboured"] for h in hosted):
            return ("SUPPORT" if self._fitting(("SUPPORT",), f.subject, f.object) else "", f.subject, f.object)
        if f.object.type == "state" and words & (self.lex.noun_class["base"] | UNITS):
            fits = self._fitting(("MILITARY_PRESENCE",), f.object, f.subject)
            return ("MILITARY_PRESENCE" if fits else "", f.object, f.subject)
        return None

    def _headline(self) -> bool:
        """The document's first line without a full stop: a headline, whose present tense tells a past event."""
        return self.offset == 0 and self.sent.start == 0 and self.tokens[-1].text not in (".", "!", "?")
