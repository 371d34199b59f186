"""Everyday wire-story forms, one family each: who trains whom, where protests are lodged, what aid
packages are for, where troops are massed, and whom a go-between brings together."""

import pytest


@pytest.mark.parametrize("text, trainer, trained", [
    ("Germany will train Ukrainian pilots.", "Germany", "Ukraine"),
    ("Turkish officers have trained Somali troops since 2017.", "Turkey", "Somalia"),
    ("Ukrainian soldiers were trained by Britain.", "United Kingdom", "Ukraine"),
    ("Russia trained the Malian army.", "Russia", "Mali"),
])
def test_training_a_states_forces_is_cooperation_with_it(triples, text, trainer, trained):
    assert (trainer, "COOPERATION", trained) in triples(text)


def test_training_people_who_are_no_force_is_no_relation(triples):
    assert not any(p == "COOPERATION" for _, p, _ in triples("Kenya trained its sprinters in Ethiopia."))


@pytest.mark.parametrize("text", [
    "Seoul lodged a formal protest with Tokyo over the textbooks.",
    "South Korea filed a protest with Japan.",
])
def test_a_protest_lodged_with_a_state_is_made_to_it(triples, text):
    assert ("South Korea", "PROTEST", "Japan") in triples(text)


def test_an_aid_package_is_for_whom_its_for_phrase_names(triples):
    assert ("United States", "AID", "Ukraine") in triples(
        "Washington announced a $500 million humanitarian aid package for Kyiv.")


def test_troops_massed_on_a_border_face_the_neighbour(triples):
    assert ("Venezuela", "MOBILIZATION", "Guyana") in triples("Venezuela massed troops on its border with Guyana.")


def test_the_sides_of_talks_parsed_as_one_kind_of_rebels_are_both_mediated(triples):
    found = triples("Norway facilitated talks between the Colombian government and ELN rebels.")
    assert {("Norway", "MEDIATION", "Colombia"), ("Norway", "MEDIATION", "National Liberation Army")} <= found


@pytest.mark.parametrize("text, attacker, target", [
    ("Hezbollah fired rockets into northern Israel.", "Hezbollah", "Israel"),
    ("Turkey shot down a Russian warplane in 2015.", "Turkey", "Russia"),
    ("Chinese coast guard vessels rammed a Philippine supply boat.", "China", "Philippines"),
    ("Ukrainian drones struck an oil refinery in Russia.", "Ukraine", "Russia"),
])
def test_platforms_stand_for_their_state_in_attacks_on_both_ends(triples, text, attacker, target):
    assert (attacker, "ATTACK", target) in triples(text)


@pytest.mark.parametrize("text", [
    "South Korea and the United States staged large-scale drills.",
    "South Korea and the United States are staging drills this week.",
])
def test_every_tense_of_a_trigger_verb_is_read(triples, text):
    assert ("South Korea", "MILITARY_EXERCISE", "United States") in triples(text)


@pytest.mark.parametrize("text", [
    "Japan and China are locked in a territorial dispute over the Senkaku islands.",
    "Japan and China have been embroiled in a dispute over the islands since 2012.",
])
def test_those_caught_in_a_dispute_are_its_parties(triples, text):
    assert ("Japan", "DISPUTE", "China") in triples(text)


@pytest.mark.parametrize("text, visitor, host", [
    ("A delegation from Beijing arrived in Hanoi for talks.", "China", "Vietnam"),
    ("India's foreign minister flew to Moscow for talks on Monday.", "India", "Russia"),
])
def test_envoys_travelling_for_talks_consult_their_hosts(triples, text, visitor, host):
    found = triples(text)
    assert (visitor, "CONSULTATION", host) in found
    assert not any(p == "AID" for _, p, _ in found)  # flying to talks gives nothing


def test_thanking_someone_for_their_support_says_they_gave_it(triples):
    assert ("Poland", "SUPPORT", "Ukraine") in triples("Ukraine thanked Poland for its support.")


@pytest.mark.parametrize("text, threatener, threatened", [
    ("ECOWAS threatened military intervention in Niger.", "Economic Community of West African States", "Niger"),
    ("Iran threatened retaliation against Israel.", "Iran", "Israel"),
])
def test_threatening_an_act_threatens_where_it_would_fall(triples, text, threatener, threatened):
    assert (threatener, "THREAT", threatened) in triples(text)


@pytest.mark.parametrize("text, closer, closed_on", [
    ("Algeria closed its airspace to Moroccan aircraft.", "Algeria", "Morocco"),
    ("Lithuania shut its ports to Belarusian potash.", "Lithuania", "Belarus"),
    ("Finland closed its border with Russia.", "Finland", "Russia"),
])
def test_closing_borders_ports_or_airspace_on_a_state_coerces_it(triples, text, closer, closed_on):
    assert (closer, "COERCION", closed_on) in triples(text)


@pytest.mark.parametrize("text, praiser, praised", [
    ("Paris welcomed Rabat's decision to free the prisoners.", "France", "Morocco"),
    ("The UN praised Qatar's mediation efforts.", "United Nations", "Qatar"),
    ("France and Germany welcomed the IAEA Board's adoption of a resolution.", "Germany",
     "International Atomic Energy Agency"),
])
def test_approving_what_someone_did_backs_them(triples, text, praiser, praised):
    assert (praiser, "SUPPORT", praised) in triples(text)


def test_welcoming_a_deal_between_others_backs_neither_side(triples):
    found = triples("Washington welcomed the agreement between Armenia and Azerbaijan.")
    assert not any(s == "United States" for s, _, _ in found)


@pytest.mark.parametrize("text", [
    "Iran has restricted the IAEA's access to the enrichment sites.",
    "Iran further restricted IAEA access by removing inspectors.",
])
def test_restricting_someones_access_coerces_them(triples, text):
    assert ("Iran", "COERCION", "International Atomic Energy Agency") in triples(text)


def test_giving_forces_access_to_sites_is_no_aid(triples):
    found = triples("Finland signed a defence agreement with the United States, giving American forces access to "
                    "fifteen Finnish military sites.")
    assert ("United States", "AID", "Finland") not in found


@pytest.mark.parametrize("text", [
    "The PKK, which Ankara says has established itself in Sweden, denies the claim.",
    "Turkey demanded tougher measures against activists of the Kurdistan Workers' Party (PKK), "
    "which it says has established itself in Sweden.",
])
def test_a_group_that_established_itself_somewhere_is_based_there(triples, text):
    found = triples(text)
    assert ("Kurdistan Workers' Party", "BASED_IN", "Sweden") in found
    assert ("Turkey", "MILITARY_PRESENCE", "Sweden") not in found


def test_forces_sent_without_a_destination_go_where_the_mission_told_before_serves(triples):
    found = triples(
        "The council authorised a stabilisation mission for Liberia in March. Ghana offered to send 500 soldiers. "
        "Togo and Benin said that they will also send personnel. Nigeria ruled out deploying troops of its own.")
    assert {("Ghana", "MILITARY_PRESENCE", "Liberia"), ("Togo", "MILITARY_PRESENCE", "Liberia"),
            ("Benin", "MILITARY_PRESENCE", "Liberia"), ("Nigeria", "MILITARY_PRESENCE", "Liberia")} <= found


def test_forces_sent_with_no_mission_or_presence_told_go_nowhere(triples):
    found = triples("Chile and Peru met in Lima. Argentina said that it will also send personnel.")
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in found)


@pytest.mark.parametrize("text, who, whom", [
    ("Niger revoked its military accord with the United States in March.", "Niger", "United States"),
    ("Chad scrapped its defence agreement with France.", "Chad", "France"),
])
def test_tearing_up_a_deal_with_someone_rejects_them(triples, text, who, whom):
    assert (who, "REJECTION", whom) in triples(text)


@pytest.mark.parametrize("text, who, whom", [
    ("Washington convened new talks near Geneva in August. Sudan's army refused to attend.", "Sudan", "United States"),
    ("Qatar hosted talks in Doha. The Taliban boycotted the talks.", "Taliban", "Qatar"),
])
def test_shunning_talks_someone_hosted_rejects_the_host(triples, text, who, whom):
    assert (who, "REJECTION", whom) in triples(text)


def test_attending_talks_someone_hosted_rejects_no_one(triples):
    assert not any(p == "REJECTION" for _, p, _ in triples("Qatar hosted talks in Doha. The Taliban attended the talks."))


def test_relations_one_side_severed_are_cut_with_the_other_side(triples):
    found = triples("Sudan's army has found new friends abroad. Iran is back as well. The two governments agreed in October 2023 to restore diplomatic "
                    "relations, which Khartoum had severed in 2016.")
    assert ("Sudan", "PROTEST", "Iran") in found


@pytest.mark.parametrize("text, one, other", [
    ("Cairo, which is locked in a dispute with Addis Ababa over the Nile dam, signed a pact with Asmara.",
     "Egypt", "Ethiopia"),
    ("Manila is in a standoff with Beijing over the shoal.", "Philippines", "China"),
])
def test_one_side_in_a_dispute_with_another(triples, text, one, other):
    assert (one, "DISPUTE", other) in triples(text)


def test_offering_to_mediate_between_both_sides_named_in_the_sentence(triples):
    found = triples("Ethiopia and Eritrea traded accusations on Monday. "
                    "The African Union urged both sides to show restraint and offered to mediate.")
    assert {("African Union", "MEDIATION", "Ethiopia"), ("African Union", "MEDIATION", "Eritrea")} <= found
    assert not any(s in ("Ethiopia", "Eritrea") and p == "MEDIATION" for s, p, _ in found)


def test_the_one_accused_of_an_act_is_its_doer_not_the_accuser(triples):
    found = triples("Venezuela has long been accused by Bogota of sheltering ELN commanders.")
    assert ("Colombia", "CRITICISM", "Venezuela") in found
    assert not any(s == "Colombia" and p == "SUPPORT" for s, p, _ in found)


@pytest.mark.parametrize("text, critic, criticised, modality", [
    ("Kenya voiced criticism of Ethiopia.", "Kenya", "Ethiopia", "asserted"),
    ("The UN's criticism of Israel grew louder.", "United Nations", "Israel", "asserted"),
    ("Vietnam has avoided public criticism of Beijing.", "Vietnam", "China", "denied"),
])
def test_criticism_of_someone_judges_them(triples, text, critic, criticised, modality):
    found, batch = triples(text, with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    claims = [c for c in batch.claims if (names[c.subject], c.predicate, names[c.object]) ==
              (critic, "CRITICISM", criticised)]
    assert claims and claims[0].modality == modality
    assert (criticised, "CRITICISM", critic) not in found


def test_a_presence_a_host_speaks_of_is_in_the_host_and_stays_there_in_the_next_sentence(triples):
    found, batch = triples("Mali's junta had previously denied Wagner's presence. "
                           "However, Wagner's presence was well documented by human rights groups.", with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    modalities = {c.modality for c in batch.claims
                  if (names[c.subject], c.predicate, names[c.object]) == ("Wagner Group", "MILITARY_PRESENCE", "Mali")}
    assert modalities == {"denied", "asserted"}


def test_a_presence_with_no_place_told_anywhere_is_nowhere(triples):
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples("China and India held talks. China's presence grew."))


def test_a_finite_verb_parsed_as_an_infinitives_conjunct_is_not_under_the_first_verbs_denial(triples):
    found, batch = triples("Serbian President Aleksandar Vucic denied any plan to invade and accused Kosovo's prime "
                           "minister, Albin Kurti, of provoking the violence.", with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    accusations = [c for c in batch.claims if c.predicate == "CRITICISM" and names[c.object] in ("Kosovo", "Albin Kurti")]
    assert accusations and all(c.modality == "asserted" for c in accusations)


def test_those_calling_for_a_ceasefire_are_not_its_sides(triples):
    found = triples("Israeli troops crossed into southern Lebanon. France and Saudi Arabia called for an immediate "
                    "ceasefire.")
    assert not any({s, o} == {"France", "Saudi Arabia"} for s, _, o in found)


def test_troops_moved_closer_to_a_border_face_the_neighbour(triples):
    assert ("Serbia", "MOBILIZATION", "Kosovo") in triples(
        "Serbia moved troops and armoured units closer to its border with Kosovo on Monday.")


def test_an_act_blamed_on_someone_criticises_them(triples):
    assert ("Kosovo", "CRITICISM", "Serbia") in triples("Pristina blamed the attack on Belgrade.")


@pytest.mark.parametrize("phrase", ["all three countries", "the three juntas", "all three"])
def test_all_three_countries_are_the_three_named_together_before(triples, phrase):
    found = triples(f"Mali, Burkina Faso and Niger left the regional bloc in January.\n\n"
                    f"Baykar has delivered TB2 drones to {phrase}.")
    assert {("Baykar", "ARMS_TRANSFER", name) for name in ("Mali", "Burkina Faso", "Niger")} <= found


@pytest.mark.parametrize("text, one, other", [
    ("India and China held talks in Beijing in October. On Monday Delhi announced that agreement had been reached "
     "on patrolling arrangements along the border.", "India", "China"),
    ("Armenia and Azerbaijan met in Almaty. A peace deal was signed in August.", "Armenia", "Azerbaijan"),
    ("Egypt hosted Israeli and Hamas negotiators. A ceasefire was agreed on Friday.", "Israel", "Hamas"),
])
def test_a_deal_no_one_is_named_making_is_between_the_sides_just_told(triples, text, one, other):
    found = triples(text)
    assert (one, "AGREEMENT", other) in found
    assert not any(p == "AGREEMENT" and "Egypt" in (s, o) for s, p, o in found)


def test_a_deal_no_one_is_named_making_takes_no_sides_from_another_paragraph(triples):
    found = triples("Armenia and Azerbaijan met in Almaty.\n\nCuba said on Friday that a deal was signed in August.")
    assert not any(p == "AGREEMENT" for _, p, _ in found)


def test_leasing_a_port_to_a_foreign_firm_is_no_aid(triples):
    assert not any(p == "AID" for _, p, _ in triples(
        "Sri Lanka leased Hambantota port to a Chinese state firm for 99 years."))


def test_an_official_named_with_their_office_earlier_acts_for_their_state_later(triples):
    found = triples("Maldivian President Mohamed Muizzu took office in November. "
                    "A week later Muizzu ordered out the Indian military personnel.")
    assert ("Maldives", "COERCION", "India") in found


def test_we_in_what_an_official_says_is_their_state(triples):
    found = triples('Armenian Foreign Minister Ararat Mirzoyan said: "We are buying weapons from France and India."')
    assert {("France", "ARMS_TRANSFER", "Armenia"), ("India", "ARMS_TRANSFER", "Armenia")} <= found


@pytest.mark.parametrize("text", [
    "Our president said that we will buy drones from Turkey.",
    "We, the governments of France and Germany, said we welcome the decision.",
    "We said that our envoy told us we would sign.",
])
def test_we_with_no_one_else_speaking_stands_for_no_one_and_never_loops(triples, text):
    assert not any("Turkey" in (s, o) and p == "ARMS_TRANSFER" for s, p, o in triples(text))


def test_we_in_a_transcript_turn_is_the_state_of_the_speaker_its_label_names(triples):
    found = triples("Q: Minister, how would you describe relations with your neighbours?\n\n"
                    "A (Foreign Minister Ararat Mirzoyan): We thank the United States for its support.\n\n"
                    "Q: And your arms purchases?\n\n"
                    "A: We are buying weapons from France and India.")
    assert {("United States", "SUPPORT", "Armenia"), ("France", "ARMS_TRANSFER", "Armenia"),
            ("India", "ARMS_TRANSFER", "Armenia")} <= found


def test_we_in_a_turn_whose_speaker_is_unknown_is_no_one(triples):
    found = triples("Q: And your arms purchases?\n\nA (a senior official): We are buying weapons from France.")
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)


def test_refusing_to_end_a_presence_leaves_it_standing(triples):
    found, batch = triples("Russia refused to withdraw its troops from Moldova in 2022.", with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    claims = [c for c in batch.claims if (names[c.subject], c.predicate, names[c.object]) ==
              ("Russia", "MILITARY_PRESENCE", "Moldova")]
    assert claims and all(c.modality == "asserted" and not c.end_date for c in claims)
