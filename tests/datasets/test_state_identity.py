"""One state, one actor, whatever a dataset calls it: renamed states, former states and names
two states share, read with the shipped gazetteer (the point is its data), from rows of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.loaders.datasets.resolve import ActorResolver
from tests.datasets.conftest import Loaded

SIPRI_HEAD = """Transfers of major conventional arms (invented rows for the state-name tests).

Source: test rows written for diplograph.
Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons
"""


@pytest.fixture(scope="module")
def shipped() -> ActorResolver:
    return ActorResolver()


def sipri(tmp_path: Path, resolver: ActorResolver, *rows: str) -> Loaded:
    path = tmp_path / "register.csv"
    path.write_text(SIPRI_HEAD + "".join(f"{row},2000,,1,,Owl-1,transport aircraft,1,,2001,New,,1,1,1\n"
                                         for row in rows), encoding="utf-8")
    return Loaded(path, resolver)


def cow_alliances(tmp_path: Path, resolver: ActorResolver, *pairs: tuple[int, int, int]) -> Loaded:
    path = tmp_path / "alliances.csv"
    path.write_text("ccode1,ccode2,year,cow_defense,cow_neutral,cow_nonagg,cow_entente\n" + "".join(
        f"{a},{b},{year},1,0,0,0\n" for a, b, year in pairs), encoding="utf-8")
    return Loaded(path, resolver)


@pytest.mark.parametrize("written, state", [
    ("Turkiye", "state:TUR"), ("Türkiye", "state:TUR"), ("Turkey", "state:TUR"),
    ("Czechia", "state:CZE"), ("Czech Republic", "state:CZE"),
    ("North Macedonia", "state:MKD"), ("Macedonia", "state:MKD"),
    ("Eswatini", "state:SWZ"), ("Swaziland", "state:SWZ"),
    ("Myanmar", "state:MMR"), ("Burma", "state:MMR"),
    ("Cote d'Ivoire", "state:CIV"), ("Ivory Coast", "state:CIV"),
    ("DR Congo", "state:COD"), ("Zaire", "state:COD"),
    # a name two states share goes to the one ISO 3166 calls so: SIPRI's "Congo" is Brazzaville
    ("Congo", "state:COG"),
    ("Viet Nam", "state:VNM"), ("Saint Vincent", "state:VCT"),
    # former states keep an actor of their own, whichever of their names a dataset uses
    ("East Germany (GDR)", "state:east-germany"), ("German Democratic Republic", "state:east-germany"),
    ("Yemen Arab Republic (North Yemen)", "state:north-yemen"), ("North Yemen", "state:north-yemen"),
    ("Soviet Union", "state:soviet-union"), ("USSR", "state:soviet-union"),
    ("West Germany", "state:DEU"),
])
def test_every_name_of_a_state_finds_the_same_actor(shipped, written, state):
    assert shipped.by_name(written, "state", create=True).id == state


def test_sipri_names_and_cow_numbers_meet_in_one_actor(tmp_path, shipped):
    register = sipri(tmp_path, shipped, "Kyrgyzstan,Turkiye", "Slovakia,Czechia", "Syria,Soviet Union",
                     "Ethiopia,East Germany (GDR)", "Yemen Arab Republic (North Yemen),Egypt")
    alliances = cow_alliances(tmp_path, shipped, (640, 703, 2001), (316, 317, 1995), (265, 290, 1960),
                              (678, 651, 1970), (260, 2, 1960))
    sold = {(c.subject, c.object) for c in register.claims if c.predicate == "ARMS_TRANSFER"}
    allied = {frozenset((c.subject, c.object)) for c in alliances.claims}
    assert ("state:TUR", "state:KGZ") in sold and frozenset(("state:TUR", "state:KGZ")) in allied
    assert ("state:CZE", "state:SVK") in sold and frozenset(("state:CZE", "state:SVK")) in allied
    assert ("state:east-germany", "state:ETH") in sold and frozenset(("state:east-germany", "state:POL")) in allied
    assert ("state:EGY", "state:north-yemen") in sold and frozenset(("state:north-yemen", "state:EGY")) in allied
    # the Soviet Union is not Russia in SIPRI's rows; COW's number 260 (West Germany) is Germany's
    assert ("state:soviet-union", "state:SYR") in sold
    assert frozenset(("state:DEU", "state:USA")) in allied
    assert not alliances.summary.skipped


def test_both_congos_stay_apart_in_one_register(tmp_path, shipped):
    register = sipri(tmp_path, shipped, "Congo,China", "DR Congo,China")
    assert {c.object for c in register.claims if c.predicate == "ARMS_TRANSFER"} == {"state:COG", "state:COD"}
    names = {a.id: a.name for a in register.actors.values()}
    assert names["state:COG"] == "Republic of the Congo"
