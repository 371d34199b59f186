"""Whom a transfer told in a with-phrase goes to: "Kyiv struck Crimea with missiles supplied by Washington" gives the
missiles to Kyiv, the subject of the clause that uses them (the `user` role); "Naval Group displayed a model, with
French technology transferred to the yard" names where the technology goes, and the clause's subject uses nothing.
A participle that names its own recipient (a to-phrase) leaves no one to be the user."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found


class NamedRecipients:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _users_not_recipients(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            pattern = f.rule.split(":")[1] if ":" in f.rule else ""
            if pattern.endswith(">user") and f.trigger is not None and any(
                    c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in f.trigger.children):
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): the participle names whom "
                           "it goes to, so the clause's subject uses nothing")
                continue
            kept.append(f)
        return kept
