"""People named with a quoted nickname inside their name: 'Mohamed Hamdan "Hemedti" Dagalo', 'Joaquín "El Chapo"
Guzmán'. The model cuts such a name at the quotes into a first-name fragment (read as a person of its own) and
a nickname that may be someone else's surname; the whole name, without the nickname, is the one person."""

from __future__ import annotations

from diplograph.gazetteer import Gazetteer
from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.person_names import name_token

QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
NICKNAME_LENGTH = 3  # words between the quotes
NAME_PART = 4  # words of the name on either side


def nicknamed_people(doc, mentions: list[Mention], lexicon: Lexicon, gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with every name around a quoted nickname made one person mention (the gazetteer's person
    when the name without the nickname is one), replacing the mentions inside it."""
    title_words = {w for t in lexicon.titles for w in t.split()}
    for open_quote in (t for t in doc if t.text in QUOTES):
        close = next((t for t in doc[open_quote.i + 1:open_quote.i + 2 + NICKNAME_LENGTH] if t.text in QUOTES), None)
        quoted = doc[open_quote.i + 1:close.i] if close is not None else []
        # ('Japan "strongly protests" China': words quoted between two states are what one said, no nickname)
        if close is None or close.i == open_quote.i + 1 or not any(t.text[:1].isupper() for t in quoted) or \
                not all(t.text[:1].isupper() or t.is_lower and t.is_alpha for t in quoted):
            continue
        first = _name_run(doc, range(open_quote.i - 1, max(open_quote.i - 1 - NAME_PART, -1), -1), title_words)
        last = _name_run(doc, range(close.i + 1, min(close.i + 1 + NAME_PART, len(doc))), title_words)
        if not first or not last or doc[open_quote.i - 1].whitespace_ == "" or close.whitespace_ == "" or \
                any(m.type != "person" and (m.end == open_quote.i or m.start == close.i + 1) for m in mentions):
            continue
        start, end = min(first), max(last) + 1
        name = " ".join([doc[i].text for i in sorted(first)] + [doc[i].text for i in sorted(last)])
        entry = gazetteer.lookup(name, type="person")
        actor = entry.actor() if entry is not None else Actor.new(name, "person")
        if any(m.start < start and m.end > start or m.start < end and m.end > end for m in mentions):
            continue  # (a longer name holds it already)
        mentions = [m for m in mentions if not (start <= m.start and m.end <= end)] + [
            Mention(start, end, actor, "name" if entry is not None else "ner", doc[start:end].text, entry)]
    return sorted(mentions, key=lambda m: m.start)


def _name_run(doc, indices, title_words) -> list[int]:
    """The name words met from the quote outwards, up to the first word that is none (or a title's)."""
    run = []
    for i in indices:
        token = doc[i]
        if not name_token(token.text) or token.lower_ in title_words or token.is_punct:
            break
        run.append(i)
    return run
