"""Two sides brought together at a third's invitation: "At the invitation of President X, the presidents of A and B
came to Ankara", "At the invitation of the emir, A's and B's foreign ministers met in Doha". Whoever invites two
others to meet, and is neither of them, hosts their talks: a go-between (MEDIATION, the lexicon's `meet` trigger's
`invited_sides` pattern). A visitor invited alone meets the host (the `requester` pattern), and a gathering of
three or more guests is a summit, no mediation."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class InvitedSides:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def invited_sides(self, verb, exclude=()) -> list[Arg]:
        """The states of exactly two guests who meet or travel at another's invitation (an invitation, not a
        request: "met at Guyana's request" asks for a meeting one takes part in), neither the inviter's: each
        guest the subject lists counts as the state it is, or holds office in."""
        invited_by = self.invited_by(verb)
        inviters = {a.actor.id for a in invited_by}
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not inviters or len(subjects) != 1 or not self._one_inviter(invited_by):
            return []
        items = [i for i in self.subject_items(verb, subjects[0]) if i is not None]
        span = range(subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
        if len(items) != 2 or any(m.start in span and m.actor.id in inviters for m in self.mentions):
            return []  # a summit of three or more; or the inviter read into the guests' list
        sides: dict[str, Arg] = {}
        for guest in self.participant_args(items):
            state = guest.actor if guest.actor.type == "state" else \
                getattr(self.affiliation.get(guest.actor.id), "actor", None)
            if state is not None and state.type == "state" and state.id not in inviters and state.id not in exclude:
                sides.setdefault(state.id, Arg(state, guest.key))  # (the guest's state is the side, no stand-in)
        return list(sides.values()) if len(sides) == 2 else []

    def _one_inviter(self, invited_by: list[Arg]) -> bool:
        """Whether the inviter is one state, or one person with (at most) the state they hold office in: "at the
        invitation of President X, the leaders of A, B and C" misread puts a guest's state beside the inviter."""
        states = {a.actor.id for a in invited_by if a.actor.type == "state"}
        offices = [getattr(self.affiliation.get(a.actor.id), "actor", None) for a in invited_by if a.actor.type == "person"]
        return len(states) <= 1 and not (states and any(o is not None and o.id not in states for o in offices))
