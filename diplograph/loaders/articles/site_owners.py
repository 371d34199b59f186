"""Whose site a strike hit, as the site's apposition tells: "The Houthis targeted Camp Lemonnier, the main American
base in Africa, with drones", "Al Udeid, the largest American installation in the region, which Iran struck in
June", "Israel bombed Nabatieh, a Hezbollah stronghold". The site's own name is a place (the state it lies in is
the attack's location); the apposition that calls it someone's base, embassy or stronghold (the lexicon's
`owned_sites`) names whom the strike reached, as "struck the American base" does. A relative clause the parser hung
on the apposition's last noun ("the installation in *the region*, which Iran struck") is the apposition's. Where a
fired weapon's target lies is struck too (`target_place`): "Iran fired missiles at an American base in Iraq", "at what
it said was an Israeli base in Erbil, in northern Iraq", "launched drones at airfields in Russia", as "struck a base
in Iraq" strikes Iraq (only a state the target is in: "at ships in the Red Sea" reaches no state)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, antecedent_of, prep_objects

_OWNER_TYPES = ("state", "organization", "armed_group")


class SiteOwners:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def site_owners(self, verb, exclude=()) -> list[Arg]:
        sites = self.lex.noun_class["owned_sites"]
        found = []
        for struck in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            if struck.lower_ in RELATIVE:
                struck = antecedent_of(struck)
                if struck is None:
                    continue
            # ("the largest American installation in the region, which ...": the relative hung on "region")
            inner = struck.head.head if struck.dep_ == "pobj" and struck.head.head.dep_ == "appos" else None
            described = [inner] if inner is not None else [c for c in struck.children if c.dep_ == "appos"]
            found += [a for site in described if site.lemma_.lower() in sites
                      for a in self._modifier_actors(site, types=_OWNER_TYPES) if a.actor.id not in exclude]
        return found

    def target_place(self, verb, exclude=()) -> list[Arg]:
        aimed = ("at", "on", "into", "toward", "towards")
        targets = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in aimed for o in prep_objects(c)]
        return [a for t in targets for a in self.prep_args(t, ("in", "inside"), exclude) if a.actor.type == "state"]
