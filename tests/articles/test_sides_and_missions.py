"""Acts two sides do to each other, what a failed defence says of the attack, which firm "the
Turkish firm" is, whom a bare title serves, forces serving in a body's mission or set beside a
state, and leaders acting for the state they led: each construction shown on sentences of our own."""

import pytest


def _claims(triples, text):
    _, batch = triples(text, with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    return {(names[c.subject], c.predicate, names[c.object]): c for c in batch.claims}


# -- sides acting on each other ------------------------------------------------------------------

def test_forces_set_against_each_other_along_a_line_mobilise_both_ways(triples):
    found = triples("Ethiopia and Eritrea fought in 1998. In the years that followed, both sides massed "
                    "troops along the border.")
    assert {("Ethiopia", "MOBILIZATION", "Eritrea"), ("Eritrea", "MOBILIZATION", "Ethiopia")} <= found


def test_each_other_makes_the_subjects_act_on_each_other(triples):
    found = triples("Armenia and Azerbaijan accused each other of breaking the truce in May.")
    assert {("Armenia", "CRITICISM", "Azerbaijan"), ("Azerbaijan", "CRITICISM", "Armenia")} <= found
    found = triples("The two neighbours, Kenya and Somalia, have threatened one another since 2019.")
    assert {("Kenya", "THREAT", "Somalia"), ("Somalia", "THREAT", "Kenya")} <= found


def test_a_lone_subject_with_each_other_relates_no_one(triples):
    assert not {t for t in triples("Peru and its miners blamed each other.") if t[1] == "CRITICISM"}


def test_charges_and_strikes_traded_go_both_ways(triples):
    found = triples("Ethiopia and Eritrea traded accusations over the border in March.")
    assert {("Ethiopia", "CRITICISM", "Eritrea"), ("Eritrea", "CRITICISM", "Ethiopia")} <= found
    found = triples("India and Pakistan traded strikes in May 2025.")
    assert {("India", "ATTACK", "Pakistan"), ("Pakistan", "ATTACK", "India")} <= found
    assert ("Venezuela", "THREAT", "Guyana") in triples("Caracas exchanged threats with Georgetown.")


def test_trading_goods_is_no_act_between_the_sides(triples):
    found = triples("Brazil and Argentina traded goods worth billions last year.")
    assert not {t for t in found if t[1] in ("CRITICISM", "THREAT", "ATTACK")}


# -- what a failed defence or a failed stop says of the act ----------------------------------------

def test_what_a_state_failed_to_defend_against_happened(triples):
    claims = _claims(triples, "The CSTO failed to defend Tajikistan against Afghan incursions in 2021.")
    assert claims[("Afghanistan", "ATTACK", "Tajikistan")].modality == "asserted"
    assert claims[("Collective Security Treaty Organization", "SUPPORT", "Tajikistan")].modality == "denied"


def test_failing_to_stop_an_act_leaves_it_done(triples):
    claims = _claims(triples, "The mission failed to stop Rwandan incursions into the Congo.")
    assert claims[("Rwanda", "ATTACK", "Democratic Republic of the Congo")].modality == "asserted"
    claims = _claims(triples, "Brussels refused to lift its sanctions on Belarus.")
    assert claims[("European Union", "COERCION", "Belarus")].modality == "asserted"


def test_an_undoing_alone_still_denies(triples):
    claims = _claims(triples, "Brussels lifted its sanctions on Belarus in 2015.")
    assert claims[("European Union", "COERCION", "Belarus")].modality == "denied"


# -- which firm "the Turkish firm" is --------------------------------------------------------------

def test_a_firm_named_by_its_nationality_is_the_last_firm_of_that_state(triples):
    found = triples("Pakistan held talks with Baykar and Thales. The Turkish firm will deliver drones to Pakistan.")
    assert ("Baykar", "ARMS_TRANSFER", "Pakistan") in found
    assert ("Thales", "BASED_IN", "Turkey") not in found
    found = triples("Pakistan held talks with Baykar and Thales. The French firm will deliver drones to Pakistan.")
    assert ("Thales", "ARMS_TRANSFER", "Pakistan") in found
    assert ("Baykar", "BASED_IN", "France") not in found


# -- whom a bare title serves ----------------------------------------------------------------------

def test_a_bare_title_does_not_serve_the_state_its_holder_accuses(triples):
    found = triples("After General Musa Bako, a member of the army command, accused the Emirates of arming "
                    "the rebels and Chad of letting the cargo through, N'Djamena expelled four diplomats.")
    assert ("Musa Bako", "AFFILIATED_WITH", "Chad") not in found
    assert ("Musa Bako", "CRITICISM", "Chad") in found


# -- multilateral missions: the body that runs them, and the state they serve in -------------------

def test_a_known_mission_is_its_body_present_where_it_serves(triples):
    assert ("United Nations", "MILITARY_PRESENCE", "Lebanon") in triples("UNIFIL patrols resumed on Monday.")
    found = triples("Al-Shabaab fighters attacked an ATMIS base near Mogadishu in 2023.")
    assert {("African Union", "MILITARY_PRESENCE", "Somalia"), ("al-Shabaab", "ATTACK", "African Union")} <= found


def test_troops_sent_to_a_known_mission_serve_where_it_serves(triples):
    found = triples("Nepal and Ghana contribute troops to MONUSCO.")
    assert {("Nepal", "MILITARY_PRESENCE", "Democratic Republic of the Congo"),
            ("Ghana", "MILITARY_PRESENCE", "Democratic Republic of the Congo")} <= found
    assert ("United Kingdom", "MILITARY_PRESENCE", "Kosovo") in triples("Britain sent another battalion to KFOR.")


def test_a_mission_without_forces_in_one_state_names_its_body_only(triples):
    found = triples("France sent officers to EUNAVFOR Atalanta in 2020.")
    assert not {t for t in found if t[1] == "MILITARY_PRESENCE"}
    found = triples("UNAMI criticised Iraq for the executions.")
    assert ("United Nations", "CRITICISM", "Iraq") in found
    assert not {t for t in found if t[1] == "MILITARY_PRESENCE"}


def test_peacekeepers_qualified_by_a_mission_act_for_its_body(triples):
    found = triples("The summit condemned the attacks carried out by the M23 against MONUSCO peacekeepers.")
    assert ("M23", "ATTACK", "United Nations") in found


def test_an_act_done_by_someone_is_theirs(triples):
    assert ("Israel", "ATTACK", "Iran") in triples("The strikes launched by Israel on Iran in October hit radars.")


# -- forces sent without a destination go where forces were last said to go -----------------------

def test_forces_sent_nowhere_named_go_where_the_text_last_sent_forces(triples):
    claims = _claims(triples, "Nigeria deployed 800 soldiers to Gambia in January. Senegal and Ghana said they "
                              "would also send troops.")
    assert claims[("Senegal", "MILITARY_PRESENCE", "Gambia")].modality == "planned"
    assert ("Ghana", "MILITARY_PRESENCE", "Gambia") in claims


def test_contributors_to_a_known_mission_go_where_it_serves(triples):
    claims = _claims(triples, "UNMISS patrols were stepped up in June. Rwanda will send more personnel, and "
                              "Nepal, which offered in May to send police officers, will follow.")
    assert claims[("Rwanda", "MILITARY_PRESENCE", "South Sudan")].modality == "planned"
    assert claims[("Nepal", "MILITARY_PRESENCE", "South Sudan")].modality == "planned"


def test_forces_sent_long_after_go_nowhere_known(triples):
    filler = " ".join(["The economy grew by three per cent in the second quarter of the year."] * 40)
    found = triples(f"Nigeria deployed 800 soldiers to Gambia in January. {filler} Ghana sent troops.")
    assert ("Ghana", "MILITARY_PRESENCE", "Gambia") not in found


# -- a leader's act is their state's when they held the office at the time ---------------------------

def test_a_leader_acts_for_the_state_they_led_when_the_act_took_place(triples):
    assert ("Pakistan", "CONSULTATION", "United States") in triples("In 2019, Imran Khan visited Washington.")
    found = triples("In 2016, Nawaz Sharif met Narendra Modi in Lahore.")
    assert ("Pakistan", "CONSULTATION", "India") in found


def test_a_leader_out_of_office_at_the_time_acts_for_no_state(triples):
    assert ("Pakistan", "CRITICISM", "United States") not in triples("In 2024, Imran Khan criticised Washington.")
    found = triples("Imran Khan visited Washington.", date="2025-03-01")
    assert ("Pakistan", "CONSULTATION", "United States") not in found


def test_an_undated_act_counts_as_of_the_day_of_writing(triples):
    found = triples("Imran Khan visited Washington.", date="2019-07-23")
    assert ("Pakistan", "CONSULTATION", "United States") in found


# -- borders: shared islands, and a border closed on the neighbour the text named ---------------------

def test_sharing_an_island_is_sharing_a_border(triples):
    assert ("Timor-Leste", "BORDERS", "Indonesia") in {
        (s, p, o) if s == "Timor-Leste" else (o, p, s)
        for s, p, o in triples("Timor-Leste shares the island of Timor with Indonesia.") if p == "BORDERS"}


def test_a_border_closed_without_a_partner_shuts_out_the_neighbour_the_text_named(triples):
    found = triples("Finland borders Russia. In November Helsinki closed its border to asylum seekers.")
    assert ("Finland", "COERCION", "Russia") in found
    found = triples("Timor-Leste, which shares the island of Timor with Indonesia, sealed its land border in 2020.")
    assert ("Timor-Leste", "COERCION", "Indonesia") in found


def test_a_border_closed_with_no_neighbour_named_shuts_out_no_one(triples):
    assert not {t for t in triples("Poland closed its border in March 2020.") if t[1] == "COERCION"}


# -- shows of force: forces and drills set beside a state ---------------------------------------------

@pytest.mark.parametrize("text, state, target", [
    ("Russia massed troops near Ukraine in 2021.", "Russia", "Ukraine"),
    ("China ramped up its military activity around Taiwan this year.", "China", "Taiwan"),
    ("China has stepped up naval drills off Taiwan since August.", "China", "Taiwan"),
])
def test_forces_and_drills_set_beside_a_state_mobilise_against_it(triples, text, state, target):
    assert (state, "MOBILIZATION", target) in triples(text)


def test_what_is_done_beside_a_state_that_is_no_show_of_force_presses_no_one(triples):
    assert not {t for t in triples("Russia held talks with Japan near Tokyo.") if t[1] == "MOBILIZATION"}
    assert not {t for t in triples("Tourism activity increased around Lake Victoria.") if t[1] == "MOBILIZATION"}


# -- "the island": the island state named last --------------------------------------------------------

def test_the_island_is_the_island_state_named_last(triples):
    found = triples("Beijing threatened Taiwan and has since stepped up military activity around the island.")
    assert ("China", "MOBILIZATION", "Taiwan") in found
    found = triples("Washington wants Greenland. The island's finance minister, Naja Berthelsen, rejected the idea.")
    assert ("Naja Berthelsen", "AFFILIATED_WITH", "Greenland") in found


def test_the_island_nation_is_never_a_mainland_state(triples):
    found = triples("Japan and China held talks. The island nation then signed a deal with Vietnam.")
    assert ("Japan", "AGREEMENT", "Vietnam") in found or ("Vietnam", "AGREEMENT", "Japan") in found
    assert ("China", "AGREEMENT", "Vietnam") not in found and ("Vietnam", "AGREEMENT", "China") not in found


def test_the_island_of_a_name_is_that_island_not_a_reference(triples):
    assert ("Dominican Republic", "BORDERS", "Haiti") in {
        (s, p, o) if s == "Dominican Republic" else (o, p, s)
        for s, p, o in triples("Cuba lies west. The Dominican Republic shares the island of Hispaniola with Haiti.")
        if p == "BORDERS"}


def test_a_leader_named_by_surname_alone_is_that_leader_whatever_the_model_tags(triples):
    found = triples("Danish Prime Minister Mette Frederiksen spoke with Trump in a phone call on Wednesday.")
    assert ("Mette Frederiksen", "CONSULTATION", "Donald Trump") in found
    assert ("Denmark", "CONSULTATION", "United States") in found


def test_a_title_glossed_in_brackets_still_names_the_office(triples):
    found = triples("On Monday the Raksha Mantri (Defence Minister) Rajnath Singh met Dong Jun in Qingdao.")
    assert ("Rajnath Singh", "AFFILIATED_WITH", "India") in found
    assert not {t for t in triples("Officials (anonymous) Ahmed Saleh said nothing.") if t[1] == "AFFILIATED_WITH"}


def test_a_unit_qualified_by_a_state_acts_for_it(triples):
    assert ("Kenya", "ARMED_CLASH", "al-Shabaab") in triples(
        "A Kenyan battalion clashed with al-Shabaab near Kismayo in 2021.")
