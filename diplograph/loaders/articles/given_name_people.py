"""People the press names by their given name once they were named in full: "Prime Minister Paetongtarn
Shinawatra ... Paetongtarn's visit", "President Prabowo Subianto ... President Prabowo".

Thai and Indonesian usage names a person by the first name (many Indonesians have one name only), and
Icelandic patronymics are no family names. The states whose people are so named are data (the lexicon's
`given_name_states`); a gazetteer person serving one of them is known in the document by the first word of
the name as well as by the last. Read as a new person, the given name alone took the title's state from the
story ("President Prabowo" as China's in a report on China) and its pronouns found the wrong person.
"""

from __future__ import annotations

from diplograph.names import name_key


def given_name_key(name: str, external_ids, states) -> str | None:
    """The key of the given name a person of ``name`` (serving ``external_ids``' affiliation) goes by, if the
    person serves one of ``states`` and has more than one name."""
    tokens = name_key(name).split()
    affiliation = str((external_ids or {}).get("affiliation", "")).lower()
    return tokens[0] if len(tokens) > 1 and affiliation in states else None
