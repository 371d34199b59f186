"""Whom a transcript turn speaks for when only the document says who the speaker is.

An interview or a hearing opens its turns with the speaker's name ("Leal Ibarra: We suspended the
talks", "Mr OKONJO (Minister for Defence): ..."). The pipeline first asks the gazetteer who that is;
most people interviewed are not in it (an envoy, a deputy minister, a negotiator), but the page
introduces them before their first answer ("Martín Leal Ibarra is Uruguay's special envoy for
trade"). The label then names that person by surname, and "we", "our", "us" in their answers stand
for the state the document gave them an office in, as they would for a person the gazetteer knows.
A label that names nobody the document gave an office (the interviewer, "Q", a person only named)
gives nothing: the first person plural stays unread rather than guessed.
"""

from __future__ import annotations

from diplograph.names import name_key


def document_speaker(words: list[str], context):
    """The state the document gave an office to the person the label ``words`` name by surname (the
    last capitalised word that the document's people answer to), or None."""
    for word in reversed(words):
        if not word[:1].isupper() or len(name_key(word)) < 3:
            continue
        person = context.surname(word)
        if person is not None and person.type == "person":
            return context.serves.get(person.id)
        return None
    return None
