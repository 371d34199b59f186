"""Forms added in session 22 (lead): families of wire-copy constructions found by probing invented sentences
across regions. Every sentence here is our own."""

import pytest


def modalities(claims, text, predicate):
    return {(s, o): m for s, p, o, m in claims(text) if p == predicate}


@pytest.mark.parametrize("text", [
    "Kenya accused Eritrea of arming the al-Shabaab militants, which Asmara denies.",
    "Kenya accuses Eritrea of arming the al-Shabaab militants, though Asmara denies it.",
    "Kenya accuses Eritrea of arming the al-Shabaab militants, but Eritrea has denied this.",
    "Kenya accuses Eritrea of arming the al-Shabaab militants, an allegation Asmara rejects.",
    "Kenya accuses Eritrea of arming the al-Shabaab militants. Asmara denies the allegation.",
    "Kenya accuses Eritrea of arming the al-Shabaab militants. Eritrea has repeatedly rejected the accusations.",
])
def test_a_charge_its_target_denies_is_denied_and_the_charge_still_made(claims, text):
    assert modalities(claims, text, "ARMS_TRANSFER").get(("Eritrea", "al-Shabaab")) == "denied"
    assert modalities(claims, text, "CRITICISM").get(("Kenya", "Eritrea")) == "asserted"


def test_a_talk_one_side_denies_is_denied_whichever_side_denies(claims):
    text = "Moscow said Kyiv had held secret talks with Minsk, which Ukraine denies."
    found = modalities(claims, text, "CONSULTATION")
    assert "denied" in {found.get(("Ukraine", "Belarus")), found.get(("Belarus", "Ukraine"))}


@pytest.mark.parametrize("text, modality", [
    # the writer states it: a denial beside it does not undo it
    ("Eritrea armed the al-Shabaab militants for years, though Asmara denies it.", "asserted"),
    # someone else denies it
    ("Kenya accuses Eritrea of arming the al-Shabaab militants. Somalia denied the allegation.", "reported"),
    # a denial in another paragraph answers nothing told here
    ("Kenya accuses Eritrea of arming the al-Shabaab militants.\n\nAsmara denied the allegation.", "reported"),
    # a denial with its own content tells what it denies
    ("Kenya accuses Eritrea of arming the al-Shabaab militants. Eritrea denied sending troops to Somalia.", "reported"),
    # another's account rejected is not the charge told before
    ("Kenya accuses Eritrea of arming the al-Shabaab militants. Eritrea rejected Somalia's claims.", "reported"),
])
def test_only_the_targets_bare_denial_of_a_charge_told_just_before_denies_it(claims, text, modality):
    assert modalities(claims, text, "ARMS_TRANSFER").get(("Eritrea", "al-Shabaab")) == modality


@pytest.mark.parametrize("text, supplier, armed", [
    ("Kenya accuses Eritrea of arming al-Shabaab militants.", "Eritrea", "al-Shabaab"),
    ("Officials say Iran has long armed Houthi fighters in Yemen.", "Iran", "Houthis"),
])
def test_those_armed_get_weapons_even_when_named_as_fighters(claims, text, supplier, armed):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (supplier, "ARMS_TRANSFER", armed) in found and (supplier, "AID", armed) not in found


@pytest.mark.parametrize("text, relation", [
    ("Officials say Iran has long armed Houthi fighters in Yemen.", ("Iran", "ARMS_TRANSFER", "Houthis")),
    ("Tehran has quietly armed Hezbollah fighters for decades.", ("Iran", "ARMS_TRANSFER", "Hezbollah")),
])
def test_a_perfect_read_as_have_with_an_adjective_is_the_verb(claims, text, relation):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert relation in found
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in found)  # "has ... fighters in Yemen" is no presence


@pytest.mark.parametrize("text, relation", [
    ("Russia has armed forces in Syria.", ("Russia", "MILITARY_PRESENCE", "Syria")),
    ("Egypt has armed drones along the border with Libya.", None),
])
def test_armed_forces_and_armed_weapons_stay_possessions(claims, text, relation):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)
    assert relation is None or relation in found


def test_forces_paid_for_are_helped_not_based_by_the_payer(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Washington has long funded Colombian forces fighting the cartels.")}
    assert ("United States", "AID", "Colombia") in found
    assert not {("United States", p, "Colombia") for p in ("MILITARY_PRESENCE", "ARMED_CLASH")} & found


@pytest.mark.parametrize("text, supplier, buyer", [
    ("Most of Vietnam's fighter jets come from Russia.", "Russia", "Vietnam"),
    ("Peru's attack helicopters came from Russia in the 1990s.", "Russia", "Peru"),
    ("The first batch of K9 howitzers arrived in Norway from South Korea in March.", "South Korea", "Norway"),
])
def test_weapons_that_come_from_a_state_were_supplied_by_it(claims, text, supplier, buyer):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (supplier, "ARMS_TRANSFER", buyer) in found


def test_envoys_or_money_that_come_from_a_state_are_no_weapons(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Most of Laos's foreign loans come from China.")}
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)


@pytest.mark.parametrize("text, relation", [
    ("The European Union fined Google 2.4 billion euros.", ("European Union", "COERCION", "Google")),
    ("Beijing fined Micron 100 million yuan last year.", ("China", "COERCION", "Micron Technology")),
])
def test_the_one_fined_a_sum_is_coerced_though_the_parser_hangs_it_on_the_sum(claims, text, relation):
    assert relation in {(s, p, o) for s, p, o, _ in claims(text)}


def test_a_belief_the_writer_holds_stays_unconfirmed_beside_a_denial(claims):
    text = "Russia is believed to run intelligence facilities in Nicaragua. Managua and Moscow deny it."
    assert modalities(claims, text, "MILITARY_PRESENCE").get(("Russia", "Nicaragua")) == "unconfirmed"


def pairs(claims, text, predicate):
    return {frozenset((s, o)) for s, p, o, _ in claims(text) if p == predicate}


@pytest.mark.parametrize("text, claimant, holder", [
    ("Venezuela claims the Essequibo region, which Guyana administers.", "Venezuela", "Guyana"),
    ("Japan controls the rocky islets, which Seoul calls Dokdo and claims as its own.", "South Korea", "Japan"),
    ("Pakistan claims Indian-administered Kashmir.", "Pakistan", "India"),
    ("The islands, seized by Russia in 1945, are still claimed by Japan.", "Japan", "Russia"),
    ("Mauritius claims the Chagos Islands, a British overseas territory.", "Mauritius", "United Kingdom"),
    ("Egypt and Sudan both claim the Halaib Triangle.", "Egypt", "Sudan"),
])
def test_a_land_one_side_claims_and_another_holds_is_in_dispute_between_them(claims, text, claimant, holder):
    assert frozenset((claimant, holder)) in pairs(claims, text, "DISPUTE")


@pytest.mark.parametrize("text", [
    "Chile does not claim the islands administered by Argentina.",  # no claim
    "Morocco claims Western Sahara, which it largely controls.",  # the claimant holds it
    "Japan administers the islands, which it bought from a private owner in 2012.",  # bought, not claimed
])
def test_no_dispute_without_a_claimant_facing_another_holder(claims, text):
    assert pairs(claims, text, "DISPUTE") == set()


@pytest.mark.parametrize("text, first, second", [
    ("Vietnam and the Philippines have competing claims in the Spratlys.", "Vietnam", "Philippines"),
    ("Laos and Thailand have rival claims to three border villages.", "Laos", "Thailand"),
])
def test_rival_claims_held_by_two_are_a_dispute_between_them(claims, text, first, second):
    assert frozenset((first, second)) in pairs(claims, text, "DISPUTE")


@pytest.mark.parametrize("text, source, host", [
    ("The Shahed-136, an Iranian-designed drone, is now produced in Russia.", "Iran", "Russia"),
    ("French-designed Scorpene submarines are assembled in Brazil.", "France", "Brazil"),
    ("The Anka drone, developed by Turkish Aerospace, will be built in Kazakhstan.", "Turkish Aerospace", "Kazakhstan"),
])
def test_a_design_made_in_another_state_by_no_one_named_is_produced_there_with_its_source(claims, text, source, host):
    assert (source, "CO_PRODUCTION", host) in {(s, p, o) for s, p, o, _ in claims(text)}


def test_a_design_made_at_home_sets_up_no_production_abroad(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Turkish Bayraktar drones are produced in Turkey.")}
    assert not any(p == "CO_PRODUCTION" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Ukraine and Denmark agreed to co-produce long-range drones.",
    "Turkey and Indonesia plan to co-produce the KAAN fighter.",
])
def test_a_co_verb_of_making_is_made_together(claims, text):
    assert len(pairs(claims, text, "CO_PRODUCTION")) == 1


def test_fighters_who_come_from_a_state_are_people_not_weapons(claims):
    text = "Most of the rebels' fighters came from Uganda, where they had lived as refugees."
    assert not any(p == "ARMS_TRANSFER" for _, p, _, _ in claims(text))


@pytest.mark.parametrize("text, predicate, first, second", [
    ("Serbia and China's free trade deal took effect in July.", "AGREEMENT", "Serbia", "China"),
    ("Officials said Chile and the UAE's new pact was signed in Dubai.", "AGREEMENT", "Chile", "United Arab Emirates"),
    ("Ecuador and Peru's border war ended in 1998.", "ARMED_CLASH", "Ecuador", "Peru"),
])
def test_a_possessive_shared_by_two_names_is_both_of_theirs(claims, text, predicate, first, second):
    assert frozenset((first, second)) in pairs(claims, text, predicate)


def test_a_deal_of_one_owner_with_a_list_before_it_stays_its_own(claims):
    found = pairs(claims, "Serbia welcomed the visit and China's new trade offer.", "AGREEMENT")
    assert frozenset(("Serbia", "China")) not in found


@pytest.mark.parametrize("text, critic, criticised", [
    ("Algeria hit out at France over its stance on the desert territory.", "Algeria", "France"),
    ("The Kremlin lashed out at Helsinki over the new border law.", "Russia", "Finland"),
])
def test_hitting_or_lashing_out_at_someone_criticises_them_and_strikes_no_one(claims, text, critic, criticised):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (critic, "CRITICISM", criticised) in found and (critic, "ATTACK", criticised) not in found


def test_a_plain_hit_still_strikes(claims):
    assert ("Russia", "ATTACK", "Ukraine") in {(s, p, o) for s, p, o, _ in claims("Russian missiles hit Kyiv overnight.")}


@pytest.mark.parametrize("text", [
    "President Nicolas Maduro of Venezuela leads the Cartel de los Soles, Washington says.",
    "Mali's junta leader Assimi Goita heads the company, according to the registry.",
])
def test_what_a_leader_heads_in_person_is_not_led_by_the_state_he_serves(claims, text):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert not any(p == "LEADS" and s in ("Venezuela", "Mali") for s, p, _ in found)


def test_a_head_of_state_chairing_a_body_still_makes_the_state_lead_it(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Kazakh President Kassym-Jomart Tokayev chairs the Organization of Turkic States.")}
    assert ("Kazakhstan", "LEADS", "Organization of Turkic States") in found


@pytest.mark.parametrize("text, first, second", [
    ("On May 2 Defence Secretary Lena Holt and Ghana's interior minister, Kofi Mensah, signed a memorandum.",
     "Lena Holt", "Kofi Mensah"),
    ("The host received Grossi and Iran's foreign minister, Abbas Araghchi, who signed an arrangement.",
     "Rafael Grossi", "Abbas Araghchi"),
])
def test_a_person_listed_with_another_states_official_shares_no_possessive(claims, text, first, second):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (first, "AFFILIATED_WITH", "Ghana") not in found and (first, "AFFILIATED_WITH", "Iran") not in found
    assert frozenset((first, second)) in pairs(claims, text, "AGREEMENT")


def test_a_deed_joined_after_an_arrival_is_no_purpose_of_talks(claims):
    text = "Russian military instructors arrived in Bamako in May, and in June Moscow's Africa Corps took over in Niger."
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert ("Russia", "CONSULTATION", "Mali") not in found


def test_officials_arriving_to_take_part_in_talks_still_consult_the_host(claims):
    text = "Kenya's foreign minister arrived in Addis Ababa to take part in talks on the border."
    assert ("Kenya", "CONSULTATION", "Ethiopia") in {(s, p, o) for s, p, o, _ in claims(text)}
