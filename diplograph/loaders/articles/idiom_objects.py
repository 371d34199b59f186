"""Idioms a verb makes with the word of its object: "showed France *the door*", "rolled out the red *carpet* for
Modi", "poured cold *water* on the plan", "buried the *hatchet*", "locked *horns* over the Aegean", "rattled its
*sabres* at Finland". The lexicon's trigger for such an idiom names as its theme a noun class that is none of the
general theme classes (``syntax.THEME_CLASSES``: weapon, agreement, base, ...): the class is matched here against
the object's own word only, so "door" or "water" means nothing to the verb's other triggers ("sent water to Gaza"
is still aid, "gave the head of the army a medal" no idiom)."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import THEME_CLASSES


def idiom_object(lex, wanted: str, themes) -> list[str]:
    """``[wanted]`` when ``wanted`` is an idiom's object class and one of ``themes`` is a word of it, else ``[]``."""
    if not wanted or wanted in THEME_CLASSES or wanted not in lex.noun_class:
        return []
    words = lex.noun_class[wanted]
    return [wanted] if any(t.lemma_.lower() in words or t.lower_ in words for t in themes) else []
