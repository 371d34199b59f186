"""Material acts told the wire's way: ground taken from someone, a blow fended off, a deal put on
hold, weapons stationed abroad, a government named by its seat."""

import pytest


@pytest.mark.parametrize("text, attacker, target", [
    ("Azerbaijani troops seized three villages from Armenian forces.", "Azerbaijan", "Armenia"),
    ("Somali troops wrested the town of Ras Kamboni from al-Shabaab.", "Somalia", "al-Shabaab"),
    ("Sudanese troops recaptured two border posts and several hills from the RSF.", "Sudan", "Rapid Support Forces"),
])
def test_ground_taken_from_someone_attacks_them(triples, text, attacker, target):
    found = triples(text)
    assert any(p == "ATTACK" and o == target and s == attacker for s, p, o in found), found


def test_things_taken_from_someone_that_are_no_ground_are_no_attack(triples):
    found = triples("Kenya took over the chairmanship from Ethiopia.")
    assert not any(p == "ATTACK" for _, p, _ in found)


@pytest.mark.parametrize("text, side, other", [
    ("Chad's army repelled a Boko Haram assault on an island base.", "Chad", "Boko Haram"),
    ("Kurdish fighters beat off a fresh Islamic State offensive; the Iraqi army repulsed an Islamic State attack "
     "near Mosul.", "Iraq", "Islamic State"),
])
def test_fending_off_a_blow_is_fighting_its_striker(triples, text, side, other):
    found = triples(text)
    assert {(side, "ARMED_CLASH", other), (other, "ARMED_CLASH", side)} & found, found


@pytest.mark.parametrize("text", [
    "Seoul suspended the military pact with Pyongyang.",
    "Seoul put the military pact with Pyongyang in abeyance.",
    "Seoul put its military agreement with Pyongyang on hold.",
])
def test_a_deal_paused_presses_the_other_side(triples, text):
    assert ("South Korea", "COERCION", "North Korea") in triples(text)


def test_a_deal_torn_up_rejects_the_other_side(triples):
    found = triples("Niger revoked its military accord with the United States.")
    assert ("Niger", "REJECTION", "United States") in found
    assert ("Niger", "COERCION", "United States") not in found


def test_putting_something_in_place_is_no_pause(triples):
    found = triples("Seoul put the agreement with Pyongyang to a referendum.")
    assert not any(p == "COERCION" for _, p, _ in found)


@pytest.mark.parametrize("text, owner, host", [
    ("The United States will station long-range missiles in Germany from 2026.", "United States", "Germany"),
    ("Russian tactical nuclear weapons were stationed in Belarus last year.", "Russia", "Belarus"),
])
def test_weapons_kept_on_anothers_soil_are_a_presence(triples, text, owner, host):
    assert (owner, "MILITARY_PRESENCE", host) in triples(text)


def test_stationing_an_envoy_is_no_weapon_presence(triples):
    found = triples("The United States will station a new envoy in Germany.")
    assert ("United States", "MILITARY_PRESENCE", "Germany") not in found


@pytest.mark.parametrize("text, state, other", [
    ("The junta in Niamey ordered French troops to leave the country.", "Niger", "France"),
    ("The authorities in Bamako expelled the French ambassador.", "Mali", "France"),
])
def test_a_government_named_by_its_seat_is_that_state(triples, text, state, other):
    assert (state, "COERCION", other) in triples(text)


def test_blacklisting_a_firm_coerces_it(triples):
    found = triples("Washington blacklisted the Chinese drone maker DJI.")
    assert ("United States", "COERCION", "DJI") in found


def test_guests_exercise_with_their_host(triples):
    found = triples("South Africa hosted naval exercises with Russia and China in 2023.")
    assert {("Russia", "MILITARY_EXERCISE", "South Africa"), ("China", "MILITARY_EXERCISE", "South Africa")} <= found
    assert ("South Africa", "MILITARY_EXERCISE", "Russia") not in found


def test_one_named_only_to_be_denied_the_part_takes_no_part(triples):
    found = triples("Russia, not Azerbaijan, hosted the talks between Armenia and Turkey.")
    assert ("Russia", "MEDIATION", "Armenia") in found
    assert not any(s == "Azerbaijan" for s, _, _ in found)


def test_taking_someone_off_a_sanctions_list_is_no_coercion(triples):
    assert not any(p == "COERCION" for _, p, _ in triples(
        "The Council removed the Syrian president from its sanctions list."))
    assert ("United States", "COERCION", "Turkey") in triples("Washington removed Turkey from the F-35 programme.")


def test_the_kingdom_is_the_monarchy_the_document_is_about(triples):
    text = ("Morocco welcomed the vote. Morocco thanks its partners, and Morocco recalls the support of Spain, "
            "the Kingdom of Spain having backed the plan in 2022. Morocco also thanks Kenya. The Kingdom regrets "
            "the measures taken by Algeria.")
    found = triples(text)
    assert ("Morocco", "CRITICISM", "Algeria") in found
    assert ("Spain", "CRITICISM", "Algeria") not in found


def test_each_coordinated_force_has_its_own_place(triples):
    found = triples("France keeps a base in Djibouti and a reduced contingent in Gabon.")
    assert {("France", "MILITARY_PRESENCE", "Djibouti"), ("France", "MILITARY_PRESENCE", "Gabon")} <= found


def test_a_noun_qualified_as_a_base_is_a_base(triples):
    assert ("United Kingdom", "MILITARY_PRESENCE", "Cyprus") in triples(
        "The United Kingdom keeps two sovereign base areas in Cyprus.")


def test_a_warning_sent_is_a_threat_and_no_aid(triples):
    found = triples("Israel sent a warning to Hezbollah.")
    assert ("Israel", "THREAT", "Hezbollah") in found
    assert ("Israel", "AID", "Hezbollah") not in found


def test_the_kingdom_is_the_monarchy_named_most_often_when_none_dominates(triples):
    text = ("The Kingdom of Morocco welcomes the resolution. Morocco thanks France, Kenya and the Kingdom of Spain, "
            "which backed the plan in 2022. The Kingdom regrets the measures taken by Algeria.")
    found = triples(text)
    assert ("Morocco", "CRITICISM", "Algeria") in found
    assert ("Spain", "CRITICISM", "Algeria") not in found


@pytest.mark.parametrize("text, doer, done_to", [
    ("Ecuadorian police stormed the Mexican embassy in Quito.", "Ecuador", "Mexico"),
    ("Azerbaijan's police raided the Baku office of the Russian state news agency Sputnik.", "Azerbaijan", "Russia"),
])
def test_a_raid_by_the_police_is_coercion_not_an_attack(triples, text, doer, done_to):
    found = triples(text)
    assert (doer, "COERCION", done_to) in found
    assert (doer, "ATTACK", done_to) not in found


def test_troops_storming_a_town_still_attack(triples):
    assert ("Russia", "ATTACK", "Ukraine") in triples("Russian troops stormed the Ukrainian town of Avdiivka.")
