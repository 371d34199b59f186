"""A firm supplied is no recipient of arms: "KAI also supplies aerostructures to Boeing and Airbus", "the Rafale is
produced by Dassault with its partners Thales, for the radar, and Safran, for the engines". Weapons go to those who
field them (states, their forces, bodies, armed groups); what a firm receives from another firm or a state is parts,
work or money for its own products, and the sentences that tell it are about industry, not arms transfers. An
ARMS_TRANSFER whose recipient is a company is dropped (the supplier's MANUFACTURES or COOPERATION, when told, is
read by its own trigger)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found


class SupplyChains:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _firms_not_recipients(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            if f.predicate == "ARMS_TRANSFER" and f.object.type == "company":
                self._drop(f"{f.subject.name} ARMS_TRANSFER {f.object.name} ({f.rule}): a firm supplied gets parts "
                           "for its own products, it fields no arms")
                continue
            kept.append(f)
        return kept
