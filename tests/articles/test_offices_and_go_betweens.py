"""People and the bodies they serve, and go-betweens: constructions of whole families of sentences
(every sentence here is our own)."""

import pytest


@pytest.mark.parametrize("text, person, body", [
    ("Juan Perez of the Revolutionary Armed Forces of Colombia spoke to reporters.",
     "Juan Perez", "Revolutionary Armed Forces of Colombia"),
    ("Maria Lopez from the Brookings Institution said the deal was fragile.", "Maria Lopez", "Brookings Institution"),
    ("Félix Tshisekedi of the Democratic Republic of the Congo arrived in Luanda.",
     "Félix Tshisekedi", "Democratic Republic of the Congo"),
])
def test_a_person_of_or_from_a_body_belongs_to_it(triples, text, person, body):
    assert (person, "AFFILIATED_WITH", body) in triples(text)


def test_from_a_state_is_where_someone_comes_from_not_an_office(triples):
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in triples("Maria Lopez from Chile said the deal was fragile."))


def test_a_plural_title_is_shared_by_the_names_it_heads_but_never_guessed(triples):
    found = triples("Presidents Lula da Silva and Tomás Quispe met in Santiago.")
    assert ("Luiz Inácio Lula da Silva", "AFFILIATED_WITH", "Brazil") in found  # an office the gazetteer knows
    assert not any(s == "Tomás Quispe" and p == "AFFILIATED_WITH" for s, p, _ in found)  # whose president? unsaid


def test_a_title_qualified_only_by_a_state_body_belongs_to_the_state_in_charge(triples):
    found = triples("Chile sent troops to the border. Foreign ministry spokesperson Ana Rojas defended the move.")
    assert ("Ana Rojas", "AFFILIATED_WITH", "Chile") in found


def test_a_person_who_leads_a_body_holds_office_in_it(triples):
    found = triples("Bola Tinubu, who chairs ECOWAS, met the junta leaders.")
    assert ("Bola Tinubu", "LEADS", "Economic Community of West African States") in found
    assert ("Bola Tinubu", "AFFILIATED_WITH", "Economic Community of West African States") in found


@pytest.mark.parametrize("text", [
    "Fighting between the Sudanese army and the Rapid Support Forces spread in May. Qatar hosted the two sides in Doha.",
    "Fighting between the Sudanese army and the Rapid Support Forces spread in May. "
    "Qatar hosted delegations from both sides in Doha.",
    "Qatar hosted envoys of Sudan and the Rapid Support Forces in Doha.",
])
def test_a_host_of_both_sides_of_a_civil_war_mediates_and_does_not_merely_meet_them(triples, text):
    found = triples(text)
    assert {("Qatar", "MEDIATION", "Sudan"), ("Qatar", "MEDIATION", "Rapid Support Forces")} <= found
    assert not any(s == "Qatar" and p == "CONSULTATION" for s, p, _ in found)


def test_the_host_of_a_summit_one_guest_attended_meets_the_guest(triples):
    found = triples("Prime Minister Albanese attended the summit hosted by President Surangel Whipps in Koror.")
    assert not any(p == "MEDIATION" for _, p, _ in found)
    assert any(p == "CONSULTATION" and "Surangel Whipps" in (s, o) for s, p, o in found)


def test_hosting_troops_or_a_base_is_no_mediation(triples):
    assert not any(p in ("MEDIATION", "CONSULTATION")
                   for _, p, _ in triples("Djibouti hosts a Chinese naval base and French troops."))


@pytest.mark.parametrize("text, mediator, sides", [
    ("Qatar's mediation between Israel and Hamas stalled.", "Qatar", ("Israel", "Hamas")),
    ("Angola, the mediator between Kinshasa and Kigali, hosted the summit.", "Angola",
     ("Democratic Republic of the Congo", "Rwanda")),
    # no sides named: the pair of the talks, deal or fighting told just before
    ("Fighting between Colombia and the ELN flared in May. The talks took place with the mediation of the "
     "Cuban side in Havana.", "Cuba", ("Colombia", "National Liberation Army")),
    ("Peru and Ecuador signed a ceasefire on 3 May. The talks in Quito were facilitated by Chile.", "Chile",
     ("Peru", "Ecuador")),
])
def test_a_go_between_named_by_a_noun_or_alone_mediates_with_each_side(triples, text, mediator, sides):
    found = triples(text)
    for side in sides:
        assert (mediator, "MEDIATION", side) in found


def test_a_go_between_with_nothing_brokered_mediates_nothing(triples):
    found = triples("Egypt and Ethiopia clashed over the dam in May. Sudan, at war with itself, can no longer "
                    "broker anything.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_a_ceasefire_is_an_agreement_between_its_sides(triples):
    found = triples("The ceasefire between Armenia and Azerbaijan took effect on 10 November.")
    assert ("Armenia", "AGREEMENT", "Azerbaijan") in found or ("Azerbaijan", "AGREEMENT", "Armenia") in found


@pytest.mark.parametrize("text, person, body", [
    ("Rwanda sent troops to Mozambique. Deputy Defense Secretary Jean Mugabo said the move was legal.",
     "Jean Mugabo", "Rwanda"),
    ("Talks were held on Saint Lucia, in talks brokered by that country's prime minister, Philip Pierre.",
     "Philip Pierre", "Saint Lucia"),
    ("Mohamed Muizzu won the Maldivian presidency in 2023.", "Mohamed Muizzu", "Maldives"),
])
def test_offices_named_by_rank_reference_or_the_office_won(triples, text, person, body):
    assert (person, "AFFILIATED_WITH", body) in triples(text)


def test_a_state_that_takes_a_bodys_chair_leads_it(triples):
    found = triples("Norway took over the Arctic Council's rotating chair from Russia in May 2023.")
    assert ("Norway", "LEADS", "Arctic Council") in found


def test_a_states_relation_to_another_states_official_is_lifted_to_that_state(triples):
    found = triples("Angola had been mediating talks between Congolese President Felix Tshisekedi and his Rwandan "
                    "counterpart Paul Kagame until they broke down in December.")
    assert {("Angola", "MEDIATION", "Democratic Republic of the Congo"), ("Angola", "MEDIATION", "Rwanda")} <= found
    assert not any(s == "Angola" and o in ("Félix Tshisekedi", "Paul Kagame") for s, _, o in found)


def test_weaponry_is_a_weapon_word(triples):
    assert ("Iran", "ARMS_TRANSFER", "Houthis") in triples("Iran supplied weaponry to the Houthis through Oman.")


def test_every_by_phrase_of_a_go_between_and_a_participle_hung_on_the_talks(triples):
    found = triples("Peru and Chile met in Quito, in talks brokered by Ecuador and by the OAS.")
    for mediator in ("Ecuador", "Organization of American States"):
        assert {(mediator, "MEDIATION", "Peru"), (mediator, "MEDIATION", "Chile")} <= found
    found = triples("The foreign ministers of Peru and Chile held seven hours of talks in Quito, hosted by "
                    "Ecuador's foreign minister.")
    assert {("Ecuador", "MEDIATION", "Peru"), ("Ecuador", "MEDIATION", "Chile")} <= found


@pytest.mark.parametrize("text, person, body", [
    ("Militias such as Akram al-Kaabi’s Harakat al-Nujaba fired rockets at the base.", "Akram al-Kaabi",
     "Harakat al-Nujaba"),
    ("Analysts expect Tomas Bergqvist's Saab to win the tender.", "Tomas Bergqvist", "Saab"),
])
def test_a_persons_possessive_on_a_group_or_firm_makes_it_theirs(triples, text, person, body):
    assert (person, "AFFILIATED_WITH", body) in triples(text)


def test_a_persons_possessive_on_a_state_is_no_office_of_the_next_name(triples):
    found = triples("Analysts say Tomas Bergqvist's Sweden and Finland joined the alliance.")
    assert not any(s == "Tomas Bergqvist" and p == "AFFILIATED_WITH" for s, p, _ in found)


@pytest.mark.parametrize("text, person, territory", [
    ("Faroe Islands Prime Minister Jonas Dalsgaard met the Norwegian envoy.", "Jonas Dalsgaard", "Faroe Islands"),
    ("Niels Hansen, the Greenlandic foreign minister, visited Ottawa.", "Niels Hansen", "Greenland"),
])
def test_a_self_governing_territory_has_its_own_officials(triples, text, person, territory):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", territory) in found
    assert not any(o in ("Denmark", "Norway", "Canada") and p == "AFFILIATED_WITH" for _, p, o in found)


@pytest.mark.parametrize("text, leader, body", [
    ("The summit chose the President of the Republic of Botswana, H.E. Duma Boko, to chair the Southern African "
     "Development Community for the coming year.", "Botswana", "Southern African Development Community"),
    ("Member states elected Ghana to lead the Economic Community of West African States until 2026.", "Ghana",
     "Economic Community of West African States"),
])
def test_whoever_is_chosen_to_chair_a_body_leads_it(triples, text, leader, body):
    found = triples(text)
    assert (leader, "LEADS", body) in found
    assert not any(p == "LEADS" and s in ("Southern African Development Community",) for s, p, _ in found)


def test_the_chooser_does_not_lead_what_the_chosen_one_leads(triples):
    found = triples("Kenya persuaded the Council to appoint Rwanda to chair the East African Community.")
    assert ("Kenya", "LEADS", "East African Community") not in found


@pytest.mark.parametrize("text, person, body", [
    ("Fiji signed the pact in 2022. Ratu Naiqama, who succeeded Rabuka as prime minister in May 2024, kept it.",
     "Ratu Naiqama", "Fiji"),
    ("Maria Duarte was sworn in as defence minister of Brazil on Monday.", "Maria Duarte", "Brazil"),
    ("Kenya will host the talks, announced Amina Odhiambo leader of Kenya, on Friday.", "Amina Odhiambo", "Kenya"),
])
def test_an_office_taken_as_or_named_right_after_the_name_is_held(triples, text, person, body):
    assert (person, "AFFILIATED_WITH", body) in triples(text)


def test_serving_as_something_that_is_no_office_gives_none(triples):
    found = triples("Maria Duarte, who worked as a teacher in Brazil, joined the protest.")
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in found)
