"""Which actors a plural reference means: "the two countries", "both sides", "all three".

A mixin of :class:`~diplograph.loaders.articles.resolve.DocumentContext`: it reads the mentions the
context has seen (``self.seen``, in document order, with the coordination each belongs to) and picks
the pair or list a reference points back to: a recent coordination of the right size first, else the
pair the document is about, else the last distinct actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplograph.graph.model import Actor

# How far back (characters) "all three" may find the three actors named together.
LIST_REACH = 3000


@dataclass
class Seen:
    position: int  # character offset in the document
    actor_id: str
    type: str
    group: int | None  # mentions coordinated together ("Iran and Tajikistan") share a group
    subject: bool = False
    # a pair a plural reference was resolved to ("the two countries"): the resolver's guess, not the text's
    # coordination, so it never counts as the document naming the two together
    referred: bool = False


class Pairs:
    """Mixed into :class:`~diplograph.loaders.articles.resolve.DocumentContext`."""

    def recent(self, types, count: int, before: int, exclude=(), window: int = 600, until: int | None = None,
               later_only: bool = False) -> list[Actor]:
        """The ``count`` actors of ``types`` mentioned last before ``before`` (in mention order).

        A coordination of exactly that many fitting actors ("Iran and Tajikistan") is preferred
        when it is recent (within ``window`` characters); otherwise the last distinct actors.
        With ``until``, a coordination later in the same sentence comes first ("both sides
        committed crimes in the conflict between A and B"); with ``later_only``, only it.
        """
        types = tuple(types)
        excluded = set(exclude)
        if until is not None and count >= 2:
            later: dict[int, list[str]] = {}
            for s in self.seen:
                if before <= s.position < until and s.group is not None and s.type in types and s.actor_id not in excluded:
                    later.setdefault(s.group, []).append(s.actor_id)
            for ids in later.values():
                ids = list(dict.fromkeys(ids))
                if len(ids) == count:
                    return [self._actor(i) for i in ids]
        if later_only:
            return []
        earlier = [s for s in self.seen if s.position < before and s.type in types and s.actor_id not in excluded]
        if not earlier:
            return []
        if count >= 2:
            found = self.recent_group(types, count, before, excluded, window)
            if found:
                return found
        if count >= 3:
            return []  # "the three states" only for three actors named together, never guessed
        if count == 2 and not any(s.position >= self.section_start for s in earlier) and self.section_start > 0:
            # "## Has anything been agreed since? On July 21 the two governments ...": a section that opens
            # with the phrase means the two the whole document is about, when they stand out
            pair = self._standing_pair(earlier)
            if pair:
                return pair
        if count == 2 and self._opens_paragraph(before):
            # "... Kigali rejects the charge. || The partnership has spread. The two governments signed ...": a
            # paragraph that opens with the phrase goes back to the pair the document is about, not to the pair
            # the paragraph before happened to name most; when the two named most were never named together, the
            # two named together most ("Venezuela and Guyana pledged ... in Brasilia. Brazil's Lula said ... || The
            # two countries": not Brazil and Guyana)
            pair = self._standing_pair(earlier)
            if not pair or not self._together(pair):
                pair = self._most_together(earlier) or pair
            pair = self._asked_about(earlier, pair) or pair
            if pair:
                return pair
        if count == 2:
            salient = self._salient_pair(earlier)
            if salient:
                return salient
            pair = self._document_pair(earlier)
            if pair:
                return pair
            if salient is not None:
                return salient
            pair = self._familiar_pair(earlier)
            if pair:
                return pair
        chosen = _last_distinct(earlier, count)
        if len(chosen) < count:
            return []
        # prefer the order of first mention, as the text gave them
        return [self._actor(i) for i in reversed(chosen)]

    def note_reference(self, found: list[Actor], position: int) -> None:
        """Record what a reference ("the two countries") was read as, once: the same phrase is read again for
        each role and trigger of its sentence, and each reading noted anew would count as the pair named together
        again, until a pair named once in an aside outweighs the pair the document is about."""
        ids = {a.id for a in found}
        if any(ids <= ids_at for ids_at in self._groups_at(position).values()):
            return
        group = self.new_group()
        for actor in found:
            self.note(actor, position, group=group, referred=len(found) > 1)

    def recent_single(self, types, before: int, exclude=(), any_kind: bool = False) -> Actor | None:
        """The one actor "the country" means: the last one named, unless it was named as one of a list of its kind
        ("Romania borders Ukraine and Moldova. ... in the south of the country"), whose members no singular picks out:
        then the one the paragraph went on about just before the list (its subject, else the one named), if any.
        The last one named is of the first of ``types`` named at all, or with ``any_kind`` of any of them ("the
        organisation" after a think tank and then the Andean Community is the Community)."""
        actor = self.recent_by_type_order(types, before, exclude)
        if any_kind:
            pool = [s for s in self.seen if s.position < before and s.type in types and s.actor_id not in exclude]
            actor = self._actor(pool[-1].actor_id) if pool else None
        last = next((s for s in reversed(self.seen) if s.position < before and actor is not None and
                     s.actor_id == actor.id), None)
        if last is None or last.subject or last.group is None:
            return actor
        listed = [s for s in self.seen if s.group == last.group and s.type == last.type]
        if len({s.actor_id for s in listed}) < 2 or len({s.position for s in listed}) < len(listed):
            return actor  # (a reference's reading, noted at one place, is no list the text gave)
        first = min(s.position for s in listed)
        start = max(first - 400, self.paragraph_start or 0)
        others = [s for s in self.seen if start <= s.position < first and s.type in types and
                  s.actor_id not in {*exclude, *(s.actor_id for s in listed)}]
        going_on = [s for s in others if s.subject] or others  # (the subject, else who was named before the list)
        return self._actor(going_on[-1].actor_id) if going_on else actor

    def told_order(self, ids: set[str], before: int) -> list[str]:
        """``ids`` in the order the text last named them together in one coordination before ``before`` (a
        reference's reading, all noted at one place, is no order the text gave); [] when it never did."""
        groups: dict[int, list[Seen]] = {}
        for s in self.seen:
            if s.group is not None and s.position < before:
                groups.setdefault(s.group, []).append(s)
        for group in sorted(groups.values(), key=lambda g: -max(s.position for s in g)):
            named = {s.actor_id for s in group}
            if ids <= named and len({s.position for s in group}) == len(group):
                return [s.actor_id for s in sorted(group, key=lambda s: s.position) if s.actor_id in ids]
        return []

    def _groups_at(self, position: int) -> dict[int | None, set[str]]:
        at: dict[int | None, set[str]] = {}
        for s in self.seen:
            if s.position == position:
                at.setdefault(s.group, set()).add(s.actor_id)
        return at

    def recent_group(self, types, count: int, before: int, exclude=(), window: int = 600) -> list[Actor]:
        """The ``count`` actors of ``types`` named together last ("Iran and Tajikistan"), within this
        paragraph and ``window`` characters (for three or more, the section's list within ``LIST_REACH``
        characters: a list stands out further back); [] when no group of that size was."""
        # (a pair from the paragraph before yields to the pair this one is about)
        start = self.paragraph_start if self.paragraph_start is not None else -1
        if count >= 3:
            start, window = self.section_start, max(window, LIST_REACH)
        groups: dict[int, list[Seen]] = {}
        for s in self.seen:
            if s.group is not None and s.position < before and s.type in types and s.actor_id not in exclude \
                    and before - s.position <= window and s.position >= start:
                groups.setdefault(s.group, []).append(s)
        for group in sorted(groups, key=lambda g: -max(s.position for s in groups[g])):
            ids = list(dict.fromkeys(s.actor_id for s in groups[group]))
            if len(ids) == count:
                return [self._actor(i) for i in ids]
        if count >= 3 and start >= 0 and not any(start <= s.position < before for s in self.seen):
            # a section that opens with "the three governments", before naming anyone, means the list of three
            # the section before ended with ("... Egypt, Ethiopia and Sudan signed ... ## Talks: the three
            # governments accepted")
            return self._group_before(types, count, start, before, exclude)
        return []

    def _group_before(self, types, count: int, start: int, before: int, exclude) -> list[Actor]:
        """The last ``count`` actors of ``types`` named together before ``start``, within ``LIST_REACH`` of ``before``."""
        groups: dict[int, list[Seen]] = {}
        for s in self.seen:
            if s.group is not None and s.position < start and before - s.position <= LIST_REACH and \
                    s.type in types and s.actor_id not in exclude:
                groups.setdefault(s.group, []).append(s)
        for group in sorted(groups, key=lambda g: -max(s.position for s in groups[g])):
            ids = list(dict.fromkeys(s.actor_id for s in groups[group]))
            if len(ids) == count:
                return [self._actor(i) for i in ids]
        return []

    def last_group(self, types, before: int, window: int = 600) -> list[Actor]:
        """The actors of ``types`` named together last ("Japan, the United Kingdom and Italy") in this
        paragraph, within ``window`` characters before ``before``; [] when none were.

        >>> from diplograph.loaders.articles.resolve import DocumentContext

        >>> ctx = DocumentContext()
        >>> for at, name in enumerate(["Japan", "Italy", "Peru"]):
        ...     ctx.note(Actor.new(name, "state"), at, group=1)
        >>> ctx.note(Actor.new("Chile", "state"), 5)
        >>> [a.name for a in ctx.last_group(("state",), 10)]
        ['Japan', 'Italy', 'Peru']
        """
        start = self.paragraph_start if self.paragraph_start is not None else -1
        groups: dict[int, list[Seen]] = {}
        for s in self.seen:
            if s.group is not None and start <= s.position < before and before - s.position <= window and \
                    s.type in types:
                groups.setdefault(s.group, []).append(s)
        if not groups:
            return []
        last = max(groups, key=lambda g: max(s.position for s in groups[g]))
        return [self._actor(i) for i in dict.fromkeys(s.actor_id for s in groups[last])]

    def not_holders(self, heads, before: int) -> set[str]:
        """The persons named before ``before`` whom neither the text nor the gazetteer gives a title of
        ``heads`` (a title whose last word is one of them counts: "foreign minister" for "minister"), when
        at least two persons hold one: whom "the two leaders" cannot mean ("the Greek Cypriot leader, X,
        the Turkish Cypriot leader, Y, and the foreign ministers ..."); an empty set when fewer hold one.

        >>> from diplograph.loaders.articles.resolve import DocumentContext

        >>> ctx = DocumentContext()
        >>> lee, kim, tan = (Actor.new(n, "person") for n in ("Ann Lee", "Bo Kim", "Cy Tan"))
        >>> for at, person in enumerate((lee, kim, tan)):
        ...     ctx.note(person, at)
        >>> ctx.titled += [(0, "leader", lee), (1, "president", kim), (2, "foreign minister", tan)]
        >>> ctx.not_holders({"leader", "president"}, 10) == {tan.id}
        True
        >>> ctx.not_holders({"leader"}, 10)
        set()
        """
        def fits(title: str) -> bool:
            title = title.lower().split(";")[0].split("(")[0].strip()
            return bool(title) and (title in heads or title.split()[-1] in heads)

        named = {s.actor_id for s in self.seen if s.position < before and s.type == "person"}
        holders = {person.id for at, title, person in self.titled if at < before and fits(title)}
        holders |= {i for i in named if fits(self._actor(i).external_ids.get("role", ""))}
        return named - holders if len(holders & named) >= 2 else set()

    def last_list(self, types, before: int, exclude=()) -> list[Actor]:
        """The actors of ``types`` of the list named last in this section (within ``LIST_REACH``
        characters), when it has three or more: "the Parties" of a trilateral communiqué; [] when
        the last list names two (a pair is for :meth:`recent` to choose).

        >>> from diplograph.loaders.articles.resolve import DocumentContext

        >>> ctx = DocumentContext()
        >>> for at, name in enumerate(["Chad", "Niger", "Mali"]):
        ...     ctx.note(Actor.new(name, "state"), at, group=1)
        >>> [a.name for a in ctx.last_list(("state",), before=10)]
        ['Chad', 'Niger', 'Mali']
        >>> ctx.note(Actor.new("Chad", "state"), 5, group=2); ctx.note(Actor.new("Sudan", "state"), 6, group=2)
        >>> ctx.last_list(("state",), before=10)
        []
        """
        groups: dict[int, list[Seen]] = {}
        for s in self.seen:
            if s.group is not None and self.section_start <= s.position < before and \
                    before - s.position <= LIST_REACH and s.type in types and s.actor_id not in exclude:
                groups.setdefault(s.group, []).append(s)
        if not groups:
            return []
        last = max(groups, key=lambda g: max(s.position for s in groups[g]))
        ids = list(dict.fromkeys(s.actor_id for s in groups[last]))
        return [self._actor(i) for i in ids] if len(ids) >= 3 else []

    def _salient_pair(self, earlier: list[Seen]) -> list[Actor] | None:
        """The two actors the current paragraph names most often (a mention in the paragraph of
        prose just before counts half), in the order they were first named; [] when a third is
        named as often as the second (which two is a guess: say nothing); None when these
        paragraphs name fewer than two (look further back).

        >>> from diplograph.loaders.articles.resolve import DocumentContext

        >>> ctx = DocumentContext()
        >>> ctx.paragraph_start = 0
        >>> for at, name in enumerate(["Chad", "Sudan", "Chad", "Libya", "Sudan"]):
        ...     ctx.note(Actor.new(name, "state"), at)
        >>> [a.name for a in ctx.recent(("state",), 2, before=10)]
        ['Chad', 'Sudan']
        >>> ctx.note(Actor.new("Libya", "state"), 6)
        >>> ctx.recent(("state",), 2, before=10)
        []
        """
        if self.paragraph_start is None:
            return None
        since = self.paragraph_start if self.previous_paragraph is None else self.previous_paragraph
        counts: dict[str, float] = {}
        for s in earlier:
            if s.position >= since:
                weight = 1.0 if s.position >= self.paragraph_start else 0.5
                counts[s.actor_id] = counts.get(s.actor_id, 0.0) + weight
        if len(counts) < 2:
            return None
        first = {s.actor_id: s.position for s in reversed(earlier)}
        usual = self._named_together(list(counts), first, least=2)
        if usual:  # the pair this section keeps naming together, both named again here
            return usual
        ranked = sorted(counts.values(), reverse=True)
        if len(ranked) > 2 and ranked[1] == ranked[2]:
            tied = [i for i in counts if counts[i] >= ranked[1]]
            top = [i for i in counts if counts[i] == ranked[0]] if ranked[0] > ranked[1] else []
            lead = top[0] if top else None
            return self._named_together(tied, first, lead) or self._most_named(tied, earlier, first, lead)
        top = sorted(counts, key=lambda i: -counts[i])[:2]
        return [self._actor(i) for i in sorted(top, key=lambda i: first[i])]

    def _document_pair(self, earlier: list[Seen]) -> list[Actor]:
        """The two actors the whole document is about, when they stand out (each named at least three
        times, the second half as often again as the third) and the paragraph names one of them and
        no other state or armed group: "the two countries" of a timeline of the Venezuela-Guyana
        quarrel, in an entry that names Guyana only.

        >>> from diplograph.loaders.articles.resolve import DocumentContext

        >>> ctx = DocumentContext()
        >>> for at, name in enumerate(["Chad", "Sudan", "Chad", "Sudan", "Chad", "Sudan", "Libya"]):
        ...     ctx.note(Actor.new(name, "state"), at)
        >>> ctx.paragraph_start = 7
        >>> ctx.note(Actor.new("Sudan", "state"), 8)
        >>> [a.name for a in ctx.recent(("state",), 2, before=10)]
        ['Chad', 'Sudan']
        """
        counts: dict[str, int] = {}
        for s in earlier:
            counts[s.actor_id] = counts.get(s.actor_id, 0) + 1
        ranked = sorted(counts, key=lambda i: -counts[i])
        if len(ranked) < 2 or counts[ranked[1]] < 3 or (len(ranked) > 2 and 2 * counts[ranked[1]] < 3 * counts[ranked[2]]):
            return []
        here = self.paragraph_start if self.paragraph_start is not None else -1
        named_here = {s.actor_id for s in self.seen if here <= s.position < earlier[-1].position + 1
                      and s.type in ("state", "armed_group")}
        if len(named_here) != 1 or not named_here & set(ranked[:2]):
            return []
        first = {s.actor_id: s.position for s in reversed(earlier)}
        return [self._actor(i) for i in sorted(ranked[:2], key=lambda i: first[i])]

    def standing_pair(self, before: int) -> list[Actor]:
        """The two states the document named most before ``before``, each at least three times and
        the second at least twice as often as the third: what the document is about beyond doubt.

        >>> from diplograph.loaders.articles.resolve import DocumentContext

        >>> ctx = DocumentContext()
        >>> for at, name in enumerate(["Chad", "Sudan", "Chad", "Sudan", "Libya", "Chad", "Sudan"]):
        ...     ctx.note(Actor.new(name, "state"), at)
        >>> [a.name for a in ctx.standing_pair(10)]
        ['Chad', 'Sudan']
        >>> ctx.note(Actor.new("Libya", "state"), 8)
        >>> ctx.standing_pair(10)
        []
        """
        earlier = [s for s in self.seen if s.position < before and s.type == "state"]
        pair = self._standing_pair(earlier)
        counts = sorted(sum(1 for s in earlier if s.actor_id == a) for a in {s.actor_id for s in earlier})
        return pair if len(counts) < 3 or 2 * counts[-3] <= counts[-2] else []

    def _asked_about(self, earlier: list[Seen], pair: list[Actor]) -> list[Actor]:
        """"Q: Is peace with Azerbaijan any closer? || A: Closer than ever. In April the two governments agreed ...": the
        one actor the paragraph before named, when it is none of the pair the document is about, with the first of that
        pair (the one named most); [] otherwise.

        >>> from diplograph.loaders.articles.resolve import DocumentContext

        >>> ctx = DocumentContext()
        >>> for at, name in enumerate(["Armenia", "Russia", "Armenia", "Russia", "Armenia", "Russia", "Armenia"]):
        ...     ctx.note(Actor.new(name, "state"), at)
        >>> ctx.previous_paragraph, ctx.paragraph_start = 10, 20
        >>> ctx.note(Actor.new("Azerbaijan", "state"), 12)
        >>> [a.name for a in ctx._asked_about(ctx.seen, ctx._standing_pair(ctx.seen))]
        ['Armenia', 'Azerbaijan']
        """
        start, previous = self.paragraph_start, self.previous_paragraph
        if len(pair) != 2 or start is None or previous is None:
            return []
        asked = {s.actor_id for s in earlier if previous <= s.position < start}
        if len(asked) != 1 or asked & {a.id for a in pair}:
            return []
        counts = {a.id: sum(1 for s in earlier if s.actor_id == a.id) for a in pair}
        lead = max(pair, key=lambda a: counts[a.id])
        other = next(iter(asked))
        first = {s.actor_id: s.position for s in reversed(earlier)}
        return [self._actor(i) for i in sorted((lead.id, other), key=lambda i: first[i])]

    def _opens_paragraph(self, before: int) -> bool:
        """Does the paragraph name no one before ``before``, after a paragraph of prose that named no two actors
        together (a pair named together there, "Sudan and Ethiopia signed ...", is what a new paragraph goes on
        about)?"""
        start, previous = self.paragraph_start, self.previous_paragraph
        if start is None or previous is None or any(start <= s.position < before for s in self.seen):
            return False
        groups: dict[int, set[str]] = {}
        for s in self.seen:
            if previous <= s.position < start and s.group is not None:
                groups.setdefault(s.group, set()).add(s.actor_id)
        return not any(len(ids) >= 2 for ids in groups.values())

    def _standing_pair(self, earlier: list[Seen]) -> list[Actor]:
        """The two actors the document names most, each at least three times and the second half as
        often again as the third, in the order they were first named; [] when no two stand out.

        >>> from diplograph.loaders.articles.resolve import DocumentContext

        >>> ctx = DocumentContext()
        >>> for at, name in enumerate(["Chad", "Sudan", "Chad", "Sudan", "Libya", "Chad", "Sudan"]):
        ...     ctx.note(Actor.new(name, "state"), at)
        >>> [a.name for a in ctx._standing_pair(ctx.seen)]
        ['Chad', 'Sudan']
        """
        counts: dict[str, int] = {}
        for s in earlier:
            counts[s.actor_id] = counts.get(s.actor_id, 0) + 1
        ranked = sorted(counts, key=lambda i: -counts[i])
        if len(ranked) < 2 or counts[ranked[1]] < 3 or (len(ranked) > 2 and 2 * counts[ranked[1]] < 3 * counts[ranked[2]]):
            return []
        first = {s.actor_id: s.position for s in reversed(earlier)}
        return [self._actor(i) for i in sorted(ranked[:2], key=lambda i: first[i])]

    def _named_together(self, candidates: list[str], first: dict[str, int], top: str | None = None,
                        least: int = 1) -> list[Actor]:
        """Of ``candidates``, the one pair this section (since its heading) has named together
        ("Iran and Tajikistan") most often, at least ``least`` times, with ``top`` in it when one
        actor leads the paragraph; [] when no pair stands out."""
        members = self._groups(self.section_start)
        scores = {}
        for i, a in enumerate(candidates):
            for b in candidates[i + 1:]:
                if top is None or top in (a, b):
                    scores[(a, b)] = sum(1 for ids in members.values() if {a, b} <= ids)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return []
        return [self._actor(i) for i in sorted(ranked[0][0], key=lambda i: first[i])]

    def _most_named(self, candidates: list[str], earlier: list[Seen], first: dict[str, int],
                    lead: str | None) -> list[Actor]:
        """Of ``candidates``, the two (``lead`` and one other, when one actor leads the paragraph)
        this section names most often; [] when that too is a tie."""
        counts = {i: 0 for i in candidates}
        for s in earlier:
            if s.position >= self.section_start and s.actor_id in counts:
                counts[s.actor_id] += 1
        others = sorted((i for i in candidates if i != lead), key=lambda i: -counts[i])
        chosen = [lead] if lead is not None else []
        need = 2 - len(chosen)
        if len(others) < need or (len(others) > need and counts[others[need - 1]] == counts[others[need]]):
            return []
        return [self._actor(i) for i in sorted(chosen + others[:need], key=lambda i: first[i])]

    def _groups(self, since: int = -1) -> dict[int, set[str]]:
        """The actors of each coordination ("Iran and Tajikistan") named from ``since`` on, by group; never a pair a
        reference was resolved to (a wrong guess would confirm itself: "the two governments" taken once for a pair
        of an aside would make every later "the two countries" that pair)."""
        members: dict[int, set[str]] = {}
        for s in self.seen:
            if s.group is not None and s.position >= since and not s.referred:
                members.setdefault(s.group, set()).add(s.actor_id)
        return members

    def _together(self, pair: list[Actor]) -> bool:
        """Whether the document has named the two together (in one coordination) at least once."""
        return any({a.id for a in pair} <= ids for ids in self._groups().values())

    def _most_together(self, earlier: list[Seen]) -> list[Actor]:
        """The one pair of these actors the document has named together most often, at least twice; [] on a tie."""
        wanted = {s.actor_id for s in earlier}
        scores: dict[tuple[str, str], int] = {}
        for ids in (ids & wanted for ids in self._groups().values()):
            for a in ids:
                for b in ids:
                    if a < b:
                        scores[(a, b)] = scores.get((a, b), 0) + 1
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return []
        first = {s.actor_id: s.position for s in reversed(earlier)}
        return [self._actor(i) for i in sorted(ranked[0][0], key=lambda i: first[i])]

    def _familiar_pair(self, earlier: list[Seen], among: int = 4) -> list[Actor]:
        """Of the last few actors, the two the document has most often named together."""
        recent = _last_distinct(earlier, among)
        members = self._groups()
        best, score = None, 0
        for i, a in enumerate(recent):
            for b in recent[i + 1:]:
                together = sum(1 for ids in members.values() if {a, b} <= ids)
                if together > score:
                    best, score = (a, b), together
        if best is None:
            return []
        first = {s.actor_id: s.position for s in reversed(earlier)}
        return [self._actor(i) for i in sorted(best, key=lambda i: first[i])]


def _last_distinct(earlier: list[Seen], n: int) -> list[str]:
    """The ids of the last ``n`` distinct actors mentioned, the latest first."""
    found: list[str] = []
    for s in reversed(earlier):
        if s.actor_id not in found:
            found.append(s.actor_id)
            if len(found) == n:
                break
    return found
