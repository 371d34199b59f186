"""Names no list holds, typed by how the text introduces them (for the model's entities, mentions.py).

- A person the model tagged as an organisation: "Nusrat Alam, who studies ...", "one of the remaining
  candidates, Ayachi Zammel, was jailed". A name of a few capitalised words is a person when a relative
  "who" follows it (bodies are "which") or a noun for a person stands right before it in apposition
  (lexicon ``person_nouns`` and the words of ``not_office``: "candidates", "activist", "lawyer").
- A named military operation: "Operation Desert Lantern", "Operation Prosperity Guardian". The model
  often tags the words after "Operation" as a person; an operation is never one. It is a body of its own
  only when the text says what kind ("Operation X, the naval coalition the US formed": lexicon
  ``operation_kinds``); otherwise it is no actor, since most operations are one state's acts, and the
  known ones name their state or body through the gazetteer (missions.yaml).
- A party named by a word the model tags before the noun "party" ("Nielsen of the Siumut party"): the noun
  belongs to the mention, so what is said of "the Siumut party" is said of the party (its type comes from
  name_types.py, lexicon ``party_nouns``).
- A party the model did not tag at all: capitalised words the parse makes a compound of the noun "party" ("Jens
  Nielsen of the Demokraatit party") are its name.
- A person the model did not tag at all, named right before "of" and a body the text names ("Avi Dichter of
  the Likud party", "Ana Ruiz of the Andean Policy Forum"): two or three capitalised words, none a title's
  or a body's word nor part of another entity, are that body's person.
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.name_types import name_type
from diplograph.loaders.articles.person_names import body_words, clean_name, date_word, event_words, name_token

_BODIES = frozenset({"ngo", "organization", "company", "armed_group"})


def introduced_as_person(doc, span, lexicon: Lexicon) -> bool:
    """Does a relative "who" follow the name, or a noun for a person stand before it in apposition?"""
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "who":
        return True
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    noun = doc[span.start - 2]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.noun_class["person_nouns"] | lexicon.not_office


def operation_start(doc, span) -> int | None:
    """Where the operation's name begins when ``span`` is one ("Operation X", or X right after
    "Operation"), else None."""
    if span[0].text == "Operation" and len(span) > 1:
        return span.start
    if span.start > 0 and doc[span.start - 1].text == "Operation":
        return span.start - 1
    return None


def operation_mention(doc, start: int, span, lexicon: Lexicon) -> Mention | None:
    """A named operation as a body, when an apposition after it says it is a coalition, a mission or
    a force; None otherwise."""
    kinds = lexicon.noun_class["operation_kinds"]
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for token in doc[span.end + 1:span.end + 6]:
        if token.pos_ == "NOUN":
            if token.lemma_.lower() not in kinds:
                return None
            name = doc[start:span.end].text
            return Mention(start, span.end, Actor.new(name, "organization"), "ner", name)
        if token.pos_ not in ("DET", "ADJ", "PROPN", "PUNCT") and token.dep_ != "compound":
            return None
    return None


def with_party_nouns(doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A party's mention takes the party noun its name qualifies ("the Likud party", "the Siumut party")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        end = m.end
        if m.type == "ngo" and end < len(doc) and end not in taken and \
                doc[end].lemma_.lower() in lexicon.noun_class["party_nouns"] and doc[m.start:end].root.head.i == end:
            m = Mention(m.start, end + 1, m.actor, m.kind, m.text, m.entry, m.place)
        out.append(m)
    return out


def names_of_bodies(doc, lexicon: Lexicon, bodies: list[Mention], taken: set[int]) -> list[Mention]:
    """People the model missed, named right before "of [the] <body>" (see the module's docstring)."""
    title_words = {w for title in lexicon.titles for w in title.split()}
    found = []
    for body in bodies:
        if body.type not in _BODIES:
            continue
        of = body.start - 1 - (body.start > 0 and doc[body.start - 1].lower_ == "the")
        if of < 2 or doc[of].lower_ != "of":
            continue
        start = of
        while start > 0 and of - start < 3 and _bare_name_word(doc[start - 1], taken, title_words):
            start -= 1
        span = doc[start:of]
        # (a determiner opens a thing's name, "the Ordinary Summit of SADC", not a person's)
        if 2 <= len(span) <= 3 and (start == 0 or not doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ != "DET") \
                and not body_words(span, lexicon) and not event_words(span, lexicon):
            found.append(Mention(start, of, Actor.new(clean_name(span.text, lexicon), "person"), "ner", span.text))
    return found


def _bare_name_word(token, taken: set[int], title_words: set[str]) -> bool:
    # (a designation or an acronym is no name of a person: "the MEKO A-200 of TKMS")
    return token.i not in taken and token.pos_ == "PROPN" and token.text[:1].isupper() and not token.text.isupper() \
        and not any(c.isdigit() for c in token.text) and name_token(token.text) and not token.ent_type_ and \
        not date_word(token) and token.lower_ not in title_words


def completed_end(doc, span, lexicon: Lexicon, taken: set[int]) -> int:
    """Where a body's name cut at "and" or at "for" really ends (see the module's docstring); ``span.end`` when it
    was whole."""
    if not any(t.lower_ in ("for", "of", "on") for t in span[1:]):
        return _purpose_end(doc, span, lexicon, taken)
    end = span.end
    if end < len(doc) and doc[end].lower_ in ("and", "&"):
        end += 1
    elif doc[end - 1].lower_ not in ("and", "&"):
        return span.end
    last = None
    while end < len(doc) and end - span.end <= 5 and end not in taken and doc[end].text[:1].isupper() and \
            span.start <= doc[end].head.i <= end + 5:
        last, end = end, end + 1
    if last is None or doc[last].lower_ not in lexicon.noun_class["name_closers"]:
        return span.end
    return end


def names_before_party_nouns(doc, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    """New parties named by untagged capitalised words before the noun "party" (see the module's docstring)."""
    found = []
    for noun in doc:
        if noun.lemma_.lower() not in lexicon.noun_class["party_nouns"] or not noun.text.islower() or noun.i in taken:
            continue
        start = noun.i
        while start > 0 and noun.i - start < 3 and doc[start - 1].dep_ == "compound" and \
                doc[start - 1].head.i == noun.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].i not in taken and not doc[start - 1].ent_type_:
            start -= 1
        if start < noun.i:
            name = doc[start:noun.i].text
            found.append(Mention(start, noun.i + 1, Actor.new(name, "ngo"), "ner", name))
    return found


def _purpose_end(doc, span, lexicon: Lexicon, taken: set[int]) -> int:
    """"the Juba Centre [for Strategic Dialogue]": a name that ends in a body's head word, cut before "for", "on" or
    "of" and capitalised words that name no other actor, goes on through them."""
    end = span.end
    if end + 1 >= len(doc) or doc[end].lower_ not in ("for", "on", "of") or \
            name_type(span.text, lexicon, head_only=True, types=("ngo", "organization")) is None:
        return span.end
    end += 1
    while end < len(doc) and end not in taken and (doc[end].text[:1].isupper() and not date_word(doc[end]) or
                                                   doc[end].lower_ in ("and", "&") and end + 1 < len(doc) and
                                                   doc[end + 1].text[:1].isupper()):
        end += 1
    return end if end > span.end + 1 and doc[end - 1].text[:1].isupper() else span.end
