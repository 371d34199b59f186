"""A list of names that ends with a described group: "Hezbollah, *the Houthis and Iraqi militias* attacked
Israel". The parser reads "the Houthis and Iraqi" as one modifier of "militias" and the whole phrase as an
apposition of the first name, so that the second name is lost and the first is taken for Iraqi. The second name
is the first one's conjunct, and the described group one more conjunct with its adjective back. Run right after
the parser (see :mod:`repairs`).

Only a name after a comma, followed by "and", an adjective and a plural noun, all set beside a name before:
"Hezbollah, the Lebanese militia" (an apposition with no name in it) stays as it is.
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def described_groups_closing_lists(doc) -> None:
    """A plural noun in apposition to a name, whose modifiers are a name joined by "and" to an adjective, is the
    last item of a list that goes on from that name."""
    for group in doc:
        first = group.head
        if group.dep_ != "appos" or group.tag_ != "NNS" or first.pos_ != "PROPN" or first.i > group.i:
            continue
        name = next((c for c in group.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"), None)
        if name is None or doc[name.left_edge.i - 1].text != "," and not (
                doc[name.left_edge.i - 1].lower_ == "the" and doc[name.left_edge.i - 2].text == ","):
            continue
        adjective = next((c for c in name.children if c.dep_ == "conj" and c.tag_ == "JJ" and c.i < group.i), None)
        joiner = next((c for c in name.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if adjective is None or joiner is None or not joiner.i < adjective.i:
            continue
        changes = {name.i: (first.i, "conj"), joiner.i: (name.i, "cc"), group.i: (name.i, "conj"),
                   adjective.i: (group.i, "amod")}
        changes.update({c.i: (name.i, "det") for c in group.children if c.dep_ == "det" and c.i < name.i})
        apply_heads(doc, changes)
