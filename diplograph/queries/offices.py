"""A person named with the state and office before the name: "Iran's army chief Bagheri", "the Parvan foreign
minister Kora", "Norland's President Venn".

The state and the office only say who the person is; the person is the one party. Read as two actors, the state
and the person, a question about whom "Iran's army chief Bagheri" met asks for someone tied to both Iran and
Bagheri, and finds nothing. A state (by its name, possessive or demonym) followed by up to four words ending in a
role noun (``role_nouns`` in ``grammar.yaml``: chief, minister, president, envoy ...) and then a person is read as the
person alone; the words of the office are read, no relation words ("chief" leads nothing here).
"""

from __future__ import annotations

_MOST_WORDS = 4


def office_held(view, tokens: list[str], actors: list[tuple[int, int, str]], grammar) -> tuple[list, set[int]]:
    """The actors without each state that only names a person's office, and the positions of the office's words."""
    kept, spent = list(actors), set()
    for state in actors:
        if view.nodes[state[2]].get("type") != "state":
            continue
        start = state[0] + state[1] + (tokens[state[0] + state[1]:state[0] + state[1] + 1] == ["'s"])
        person = next((a for a in actors if start < a[0] <= start + _MOST_WORDS
                       and view.nodes[a[2]].get("type") == "person"), None)
        if person is None or tokens[person[0] - 1] not in grammar.role_nouns:
            continue
        between = tokens[start:person[0]]
        if any(t in ("and", "or", ",", "with", "to", "by", "from", "'s") for t in between):
            continue  # "Iran and the envoy Kora", "Iran's talks with minister Kora": two parties
        kept.remove(state)
        spent.update(range(start, person[0]))
    return kept, spent
