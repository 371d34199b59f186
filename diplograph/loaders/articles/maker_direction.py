"""Weapons go from their maker: "Hanwha today announced the signing of a contract with the Ministry of Defence of
Peru for the supply of 20 K9 howitzers". The buyer usually contracts with the seller ("Poland signed a contract
with South Korea for 180 tanks", the lexicon's `contract_sale`), but a firm's press release tells it the other
way round, the maker's side signing a contract with the buyer; read the usual way, Peru sold South Korea its own
howitzers. A transfer the sentence reads toward the known maker of the weapon it names (the gazetteer's `maker`),
or toward the maker's state, from a side that is neither, runs the other way: from the maker's side to the
buyer."""

from __future__ import annotations

from dataclasses import replace

from diplograph.loaders.articles.candidates import Found


class MakerDirection:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _transfers_from_makers(self, found: list[Found]) -> list[Found]:
        makers = self._weapon_makers()
        if not makers:
            return found
        turned = []
        for f in found:
            if f.predicate == "ARMS_TRANSFER" and f.object.id in makers and f.subject.id not in makers:
                self._drop(f"{f.subject.name} ARMS_TRANSFER {f.object.name} ({f.rule}): the weapon's maker sells, "
                           "it does not buy its own")
                f = replace(f, subject=f.object, object=f.subject, rule=f.rule + ":from-maker")
            turned.append(f)
        return list({(f.subject.id, f.predicate, f.object.id, f.rule): f for f in turned}.values())

    def _weapon_makers(self) -> set[str]:
        """The known makers of the weapons this sentence names, and their states."""
        makers = set()
        for m in self.mentions:
            known = m.entry.external_ids.get("maker") if m.type == "weapon" and m.entry is not None else None
            maker = self.gazetteer.get(known) if known and self.gazetteer is not None else None
            if maker is None:
                continue
            makers.add(known)
            if maker.external_ids.get("country"):
                makers.add(f"state:{maker.external_ids['country']}")
        return makers
