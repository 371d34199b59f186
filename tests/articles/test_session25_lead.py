"""Session 25 (lead): names the gazetteer lacks, introduced by what they are ("X, a Kenyan rights group"), become
actors of that kind, so what they say and do is kept (sentences of our own)."""

import pytest


def actor_types(triples, text):
    _, batch = triples(text, with_claims=True)
    return {a.name: a.type for a in batch.actors}


@pytest.mark.parametrize("text, body, target", [
    ("Mwangaza, a Tanzanian advocacy group, urged Kenya to release the activists.", "Mwangaza", "Kenya"),
    ("Amnaya, a Kenyan rights group, condemned Uganda over the arrests.", "Amnaya", "Uganda"),
    ("Cristal Vivo, a Salvadoran human rights organisation, accused Guatemala of abuses.", "Cristal Vivo",
     "Guatemala"),
    ("Libertad Ya, an opposition party, accused Venezuela of rigging the vote.", "Libertad Ya", "Venezuela"),
    ("Green Shield, an environmental group based in Oslo, criticised Norway over the licences.", "Green Shield",
     "Norway"),
    ("The EPRDF, the ruling coalition, blamed Eritrea for the attack.", "EPRDF", "Eritrea"),
])
def test_a_name_described_as_a_body_of_a_cause_speaks_as_a_non_governmental_body(triples, text, body, target):
    assert (body, "CRITICISM", target) in triples(text)
    assert actor_types(triples, text)[body] == "ngo"


@pytest.mark.parametrize("text, name, kind", [
    ("Hope Lines, a British charity, said Greece had pushed back migrants.", "Hope Lines", "ngo"),
    ("The Kivu Defence Front, a rebel militia, attacked Rwanda on Monday.", "Kivu Defence Front", "armed_group"),
    ("Sahara Minerals, a Moroccan mining company, invested in Mauritania.", "Sahara Minerals", "company"),
])
def test_the_kind_a_description_gives_a_new_name(triples, text, name, kind):
    assert actor_types(triples, text).get(name) == kind


@pytest.mark.parametrize("text, person", [
    ("Ana Ruiz, an election monitor from Chile, criticised Honduras.", "Ana Ruiz"),
    ("Teresa Alves, a member of the opposition party, accused Angola of torture.", "Teresa Alves"),
])
def test_a_person_described_by_a_trade_or_a_party_stays_a_person(triples, text, person):
    assert actor_types(triples, text).get(person, "person") == "person"


def test_a_side_to_a_conflict_is_no_body_of_its_own(triples):
    found = triples("Sudan's army, a party to the conflict, attacked Chad.")
    assert ("Sudan", "ATTACK", "Chad") in found


@pytest.mark.parametrize("text, expected", [
    ("Puntland accused Somalia of arming its rivals.", ("Puntland", "CRITICISM", "Somalia")),
    ("The KRG signed an oil deal with Turkey.", ("Kurdistan Region", "AGREEMENT", "Turkey")),
    ("Jubaland forces clashed with Somali federal troops near the border.", ("Jubaland", "ARMED_CLASH", "Somalia")),
    ("Bosnian Serb leader Milorad Dodik met Vladimir Putin in Moscow.",
     ("Milorad Dodik", "AFFILIATED_WITH", "Republika Srpska")),
])
def test_regions_with_governments_of_their_own_are_sides_and_their_leaders_serve_them(triples, text, expected):
    assert expected in triples(text)


def test_a_regions_towns_stay_its_states(triples):
    found = triples("Iran fired missiles at Erbil, in northern Iraq.")
    assert ("Iran", "ATTACK", "Iraq") in found
    assert not any(o == "Kurdistan Region" for _, _, o in found)


@pytest.mark.parametrize("text, doer, predicate, region, state", [
    ("Iran launched missile strikes on Iraqi Kurdistan.", "Iran", "ATTACK", "Kurdistan Region", "Iraq"),
    ("Al-Shabaab attacked Jubaland.", "al-Shabaab", "ATTACK", "Jubaland", "Somalia"),
    ("Kenya has kept soldiers in Jubaland since 2011.", "Kenya", "MILITARY_PRESENCE", "Jubaland", "Somalia"),
])
def test_what_is_done_in_a_region_is_done_in_its_state_too(triples, text, doer, predicate, region, state):
    found = triples(text)
    assert (doer, predicate, region) in found and (doer, predicate, state) in found


def test_meeting_a_regions_government_is_no_meeting_with_its_state(triples):
    found = triples("The KRG met Turkey in Ankara.")
    assert ("Kurdistan Region", "CONSULTATION", "Turkey") in found
    assert not any("Iraq" in (s, o) for s, _, o in found)
