"""Forms added in session 18 (lead): the deed a punitive measure is laid for is the punished one's,
not the punisher's. Every sentence here is our own."""

import pytest


@pytest.mark.parametrize("text, deed, wrong", [
    ("The European Union imposed a new package of sanctions on Iran over drone supplies to Russia.",
     ("Iran", "ARMS_TRANSFER", "Russia"), ("European Union", "ARMS_TRANSFER", "Russia")),
    ("Beijing imposed sanctions on Lockheed Martin over arms sales to Taiwan.",
     ("Lockheed Martin", "ARMS_TRANSFER", "Taiwan"), ("China", "ARMS_TRANSFER", "Taiwan")),
    ("Washington imposed sanctions on Moscow for its support of the Assad government.",
     ("Russia", "SUPPORT", "Syria"), ("United States", "SUPPORT", "Syria")),
    ("The EU placed sanctions on Belarus for its backing of the Russian invasion.",
     ("Belarus", "SUPPORT", "Russia"), ("European Union", "SUPPORT", "Russia")),
])
def test_a_deed_a_measure_is_imposed_for_is_the_targets(claims, text, deed, wrong):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert deed in found
    assert wrong not in found


@pytest.mark.parametrize("text, imposer, target, beyond", [
    ("Beijing imposed sanctions on Lockheed Martin over arms sales to Taiwan.", "China", "Lockheed Martin", "Taiwan"),
    ("China announced sanctions against Raytheon over its weapons sales to Taiwan.", "China", "RTX", "Taiwan"),
])
def test_the_measure_falls_on_its_target_not_on_whom_the_deed_served(claims, text, imposer, target, beyond):
    found = claims(text)
    assert (imposer, "COERCION", target, "asserted") in found
    assert not any(s == imposer and p == "COERCION" and o == beyond for s, p, o, _ in found)


def test_a_deed_a_measure_is_imposed_for_is_never_the_imposers(claims):
    found = claims("The EU imposed fresh sanctions over drone supplies to Russia.")
    assert not any(s == "European Union" and p == "ARMS_TRANSFER" for s, p, _, _ in found)


def test_a_reason_phrase_of_praise_keeps_the_deed_with_the_praised(claims):
    found = claims("Kenya thanked Japan for its aid to Somalia.")
    assert not any(s == "Kenya" and p == "AID" for s, p, _, _ in found)


@pytest.mark.parametrize("text, relation", [
    ("The Kremlin said it had no plans to attack Finland.", ("Russia", "ATTACK", "Finland")),
    ("Ankara has no plans to buy Chinese fighter jets.", ("China", "ARMS_TRANSFER", "Turkey")),
    ("Beijing had no intention to send troops to Myanmar.", ("China", "MILITARY_PRESENCE", "Myanmar")),
])
def test_no_plans_to_do_something_denies_it(claims, text, relation):
    found = claims(text)
    assert (*relation, "denied") in found
    assert (*relation, "planned") not in found


def test_plans_to_do_something_are_still_plans(claims):
    assert ("China", "MILITARY_PRESENCE", "Myanmar", "planned") in claims("Beijing has plans to send troops to Myanmar.")


@pytest.mark.parametrize("text, doer, target", [
    ("Ukraine's military intelligence claimed responsibility for the drone strike on a Russian airbase.",
     "Ukraine", "Russia"),
    ("Al-Shabaab took responsibility for the attack on a Kenyan army camp in Lamu.", "al-Shabaab", "Kenya"),
    ("Hamas claimed credit for the rocket attack on Israel.", "Hamas", "Israel"),
])
def test_who_claims_responsibility_for_an_attack_carried_it_out(claims, text, doer, target):
    assert (doer, "ATTACK", target, "asserted") in claims(text)


def test_responsibility_claimed_for_something_else_is_no_attack(claims):
    found = claims("Turkey claimed responsibility for the mediation between Sudan and the UAE.")
    assert not any(p == "ATTACK" for _, p, _, _ in found)


@pytest.mark.parametrize("text, leader, place, modality", [
    ("Rwanda leads the African force in Cabo Delgado.", "Rwanda", "Mozambique", "asserted"),
    ("Kenya has offered to lead a multinational police force in Haiti.", "Kenya", "Haiti", "planned"),
    ("Italy will command the peacekeeping troops in Lebanon from June.", "Italy", "Lebanon", "planned"),
])
def test_who_leads_a_force_somewhere_is_there(claims, text, leader, place, modality):
    assert (leader, "MILITARY_PRESENCE", place, modality) in claims(text)


def test_leading_something_other_than_a_force_is_no_presence(claims):
    found = claims("Brazil leads the talks on climate finance in Egypt.")
    assert not any(p == "MILITARY_PRESENCE" for _, p, _, _ in found)


def test_forces_a_state_agrees_to_send_are_still_to_come(claims):
    found = claims("Kenya agreed to send 1,000 police officers to Haiti.")
    assert ("Kenya", "MILITARY_PRESENCE", "Haiti", "planned") in found
    assert ("Kenya", "MILITARY_PRESENCE", "Haiti", "asserted") not in found


@pytest.mark.parametrize("text, presser, pressed", [
    ("Beijing has stepped up military pressure on Taipei, sending warships near the island.", "China", "Taiwan"),
    ("Moscow's pressure on Chisinau has grown since the election.", "Russia", "Moldova"),
])
def test_pressure_on_another_presses_it(claims, text, presser, pressed):
    assert (presser, "COERCION", pressed, "asserted") in claims(text)


def test_pressure_on_a_currency_is_no_one_pressed(claims):
    assert not any(p == "COERCION" for _, p, _, _ in claims("The pressure on the Kenyan shilling eased in May."))


@pytest.mark.parametrize("text, giver, given, modality", [
    ("Japan will provide Ukraine with $4.5 billion in financial support.", "Japan", "Ukraine", "planned"),
    ("The EU provided budget support to Moldova in 2023.", "European Union", "Moldova", "asserted"),
])
def test_support_in_money_is_aid(claims, text, giver, given, modality):
    found = claims(text)
    assert (giver, "AID", given, modality) in found
    assert not any(p == "SUPPORT" for _, p, _, _ in found)


def test_political_support_stays_support(claims):
    assert ("France", "SUPPORT", "Armenia", "asserted") in claims("France expressed political support for Armenia.")


def test_their_after_a_plural_reference_to_leaders_is_theirs_not_the_place_named_before(claims):
    found = claims("President Lula received President Petro in Brasilia. They condemned the strikes on Gaza. "
                   "Both leaders expressed their support for Venezuela's dialogue process.")
    assert not any(s == "Palestine" and p == "SUPPORT" for s, p, _, _ in found)
    assert ("Brazil", "SUPPORT", "Venezuela", "asserted") in found


@pytest.mark.parametrize("text, maker, buyer", [
    ("Naval Group, the French shipbuilder, is constructing four submarines for Indonesia.", "Naval Group", "Indonesia"),
    ("Hyundai Heavy Industries is building two frigates for the Philippine Navy.",
     "HD Hyundai Heavy Industries", "Philippines"),
])
def test_weapons_built_for_another_are_supplied_to_it(claims, text, maker, buyer):
    assert (maker, "ARMS_TRANSFER", buyer, "asserted") in claims(text)


@pytest.mark.parametrize("text", [
    "Iran built a drone factory for Tajikistan.",
    "China built a port for Sri Lanka.",
])
def test_other_things_built_for_another_are_no_arms(claims, text):
    assert not any(p == "ARMS_TRANSFER" for _, p, _, _ in claims(text))


@pytest.mark.parametrize("text", [
    "Russian drones hit a power plant in Lviv overnight.",
    "Israeli jets bombed a weapons factory near Aleppo in Syria.",
])
def test_a_plant_struck_is_not_the_strikers(claims, text):
    found = claims(text)
    assert any(p == "ATTACK" for _, p, _, _ in found)
    assert not any(p in ("CO_PRODUCTION", "MANUFACTURES", "BASED_IN") for _, p, _, _ in found)


@pytest.mark.parametrize("text, attacker, attacked", [
    ("Ukrainian drones destroyed a Russian S-400 system in Crimea.", "Ukraine", "Russia"),
    ("Hezbollah fighters destroyed an Israeli Merkava tank near the border.", "Hezbollah", "Israel"),
    ("Russian missiles destroyed a bridge in Kherson.", "Russia", "Ukraine"),
])
def test_destroying_anothers_weapons_or_places_attacks_it(claims, text, attacker, attacked):
    assert (attacker, "ATTACK", attacked, "asserted") in claims(text)


def test_destroying_ones_own_weapons_attacks_no_one(claims):
    assert not any(p == "ATTACK" for _, p, _, _ in claims("Syria destroyed its chemical weapons stockpile in 2014."))


def test_the_host_of_a_summit_does_not_mediate_a_meeting_held_on_its_margins(claims):
    found = claims("Modi met Xi Jinping in Kazan on the sidelines of the BRICS summit hosted by Russia.")
    assert ("India", "CONSULTATION", "China", "asserted") in found
    assert not any(p == "MEDIATION" for _, p, _, _ in found)


def test_talks_hosted_by_a_go_between_still_have_it_mediate(claims):
    found = claims("Armenia and Azerbaijan held talks in Almaty hosted by Kazakhstan.")
    assert ("Kazakhstan", "MEDIATION", "Armenia", "asserted") in found


def test_what_an_answering_with_phrase_names_inside_its_act_is_not_the_answerers(claims):
    found = claims("Iran retaliated with a missile salvo at the American air base in Qatar.")
    assert not any((s, p, o) == ("Iran", "MILITARY_PRESENCE", "Qatar") for s, p, o, _ in found)


@pytest.mark.parametrize("text", [
    "Ukraine downed an Iranian-made Shahed drone over Kyiv.",
    "Ukrainian forces shot down 40 Iranian-made drones overnight.",
])
def test_the_maker_of_a_weapon_shot_down_is_not_attacked(claims, text):
    assert not any(p == "ATTACK" and o == "Iran" for _, p, o, _ in claims(text))
