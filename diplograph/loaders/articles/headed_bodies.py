"""Bodies named by capitalised words that end in a body's head word, which the model tagged as nothing:
"Tomasz Wierzba, an economist at the Vistula Policy Circle", "who runs the Harbour Security Desk".

News quotes experts of think tanks, institutes and small policy shops the gazetteer can never list; the
small model often leaves such a name untagged when its words are rare, and the person then speaks for
no one. A run of one to four capitalised proper nouns right after "the", ending in a head word that
makes a name a non-governmental body (lexicon ``actor_cues.ngo``, read by name_types.py: "Circle",
"Desk", "Institute", "Forum", "Project"), no token of which another source named, is such a body; a
name cut before "for ..." goes on through it ("the Juba Centre for Strategic Dialogue", introduced_names.py).
Nothing else is guessed: without the article ("Policy Circle members") or inside a headline in title case,
the words stay unread.
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.introduced_names import completed_end
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.longer_names import _title_case
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.name_types import name_type
from diplograph.loaders.articles.person_names import date_word, name_token


def _name_word(token, taken: set[int]) -> bool:
    return token.i not in taken and token.pos_ == "PROPN" and token.text[:1].isupper() and \
        not token.text.isupper() and name_token(token.text) and not token.ent_type_ and not date_word(token)


def names_by_head_word(doc, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    """New non-governmental bodies named by untagged words that end in a body's head word (see the docstring)."""
    found = []
    for head in doc:
        if not _name_word(head, taken) or head.i == 0:
            continue
        start = head.i
        while start > 0 and head.i - start < 4 and _name_word(doc[start - 1], taken):
            start -= 1
        if start == head.i or start == 0 or doc[start - 1].lower_ != "the" or \
                head.i + 1 < len(doc) and _name_word(doc[head.i + 1], taken) or _title_case(head.sent):
            continue
        span = doc[start:head.i + 1]
        if name_type(span.text, lexicon, head_only=True, types=("ngo",)) != "ngo":
            continue
        end = completed_end(doc, span, lexicon, taken)
        name = doc[start:end].text
        found.append(Mention(start, end, Actor.new(name, "ngo"), "ner", name))
        taken = taken | set(range(start, end))
    return found
