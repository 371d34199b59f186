"""Whom an object pronoun cannot stand for: the people its own clause's subject names.

"The Biden administration accused him of corruption": "him" is someone other than Biden, as "The Erdogan
government expelled him" expels someone other than Erdogan (a person the subject names would be "himself").
"""

from __future__ import annotations

_OBJECT_DEPS = ("dobj", "dative", "nsubjpass")


def subject_people(pronoun, mention_of) -> set[str]:
    """The ids of the people named in the subject of the verb whose object ``pronoun`` is (``mention_of``:
    token -> mention or None).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["The", "Biden", "team", "accused", "him"],
    ...           heads=[2, 2, 3, 3, 3], deps=["det", "compound", "nsubj", "ROOT", "dobj"])
    >>> class M:
    ...     type, actor = "person", type("A", (), {"id": "person:joe-biden"})
    >>> sorted(subject_people(doc[4], lambda t: M if t.i == 1 else None))
    ['person:joe-biden']
    """
    if pronoun.dep_ not in _OBJECT_DEPS[:2]:
        return set()
    verb = pronoun.head
    return {m.actor.id for subject in verb.children if subject.dep_ == "nsubj" for t in subject.subtree
            if (m := mention_of(t)) is not None and m.type == "person"}
