"""Leaders of a body's member states: "Orban was the only EU leader to meet Putin", "NATO leader X".

A person called the *leader* (or head of state or government) of an intergovernmental body leads one of
its member states: he holds no office in the body, and what he does is not the body's act (the EU did not
meet Putin because Hungary's prime minister did). The body's own officers carry other titles ("the EU's
foreign policy chief", "the NATO Secretary-General"), so only the words of `member_leader_titles`
(lexicon nouns) turn such a title away from the body, to the state the gazetteer knows the person leads,
or to none. The same holds for an unnamed one ("an EU leader met Lukashenko"), whose body is not the
actor (`arguments.py`); "EU leaders" together, a summit of them, may still act for the body.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.lexicon import Lexicon


def member_leader_title(title: str, lexicon: Lexicon) -> bool:
    """Whether ``title``, qualified by a body's name, names the leader of one of its members."""
    return title in lexicon.noun_class["member_leader_titles"]


def leads_member_state(title: str, affiliate: Arg | None, lexicon: Lexicon) -> bool:
    """Whether ``title`` names a member state's leader by the body ``affiliate`` ("EU leader X")."""
    return affiliate is not None and affiliate.actor is not None and affiliate.actor.type == "organization" and \
        member_leader_title(title, lexicon)
