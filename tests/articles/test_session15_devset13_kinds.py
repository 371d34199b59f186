"""Kinds of miss found by devset13 (session 15, helper extract15c): capitals and places inside longer
names, money and stakes, force and presence verbs, a statement's register, leaving and ending,
neighbours. Every sentence here is our own."""


def _states(found):
    return {x for s, _, o in found for x in (s, o)}


def test_a_capital_joined_to_a_longer_place_name_is_not_its_state(triples):
    found = triples("Insurgents attacked the harbour of Vila Nova da Lima on Sunday, and Mozambique sent troops "
                    "to Vila Nova da Lima.")
    assert "Peru" not in _states(found), found


def test_a_capital_at_the_head_of_a_paper_or_a_centre_is_not_its_state(triples):
    found = triples("The Nairobi Herald reported that Ethiopia had closed its border with Somalia.")
    assert "Kenya" not in _states(found), found
    found = triples("Analysts at the Lima Institute for Andean Studies said Bolivia criticised Chile.")
    assert "Peru" not in _states(found), found


def test_a_capital_standing_alone_is_still_its_state(triples):
    found = triples("In July Nairobi sent police officers to Haiti.")
    assert ("Kenya", "MILITARY_PRESENCE", "Haiti") in found, found


def test_a_large_city_of_a_state_the_text_never_names_is_no_mention(triples):
    found = triples("Insurgents loyal to the Islamic State raided the fishing town of Surat in northern "
                    "Mozambique overnight.")
    assert "India" not in _states(found), found


def test_a_large_city_of_a_state_the_text_names_is_its_state(triples):
    found = triples("Pakistani drones struck Surat on Tuesday, Indian officials said.")
    assert ("Pakistan", "ATTACK", "India") in found, found



def test_a_place_before_a_word_of_its_kind_is_still_the_place(triples):
    found = triples("Doha has long hosted Al Udeid Air Base, a sprawling American military installation in the "
                    "Middle East.")
    assert ("United States", "MILITARY_PRESENCE", "Qatar") in found, found


def test_troops_reinforced_on_a_border_press_the_neighbour_the_text_told(triples):
    found = triples("Ecuador, which shares a long border with Peru, has reinforced troops on the border since March.")
    assert ("Ecuador", "MOBILIZATION", "Peru") in found, found
    found = triples("Colombia borders Venezuela. Last week Bogota massed troops along the frontier.")
    assert ("Colombia", "MOBILIZATION", "Venezuela") in found, found


def test_troops_reinforced_where_they_are_stay_present(triples):
    found = triples("Paris reinforced its troops in Chad after the attack.")
    assert ("France", "MILITARY_PRESENCE", "Chad") in found, found
    assert ("France", "MOBILIZATION", "Chad") not in found, found


def test_forces_that_train_with_another_state_exercise_with_it(triples):
    found = triples("Last month Malaysian forces trained with Japan and India off the coast of Sabah.")
    for other in ("Japan", "India"):
        assert ("Malaysia", "MILITARY_EXERCISE", other) in found, found
        assert (other, "MILITARY_EXERCISE", "Malaysia") in found, found
    found = triples("Germany trained Ukrainian pilots in 2024.")
    assert ("Germany", "COOPERATION", "Ukraine") in found and not any(p == "MILITARY_EXERCISE" for _, p, _ in found)


def test_leaving_a_body_rejects_it(triples):
    found = triples("Guinea and Gabon left ECOWAS in January.")
    assert {("Guinea", "REJECTION", "Economic Community of West African States"),
            ("Gabon", "REJECTION", "Economic Community of West African States")} <= found, found
    found = triples("Armenia withdrew from the CSTO last year, and Qatar quit OPEC.")
    assert ("Armenia", "REJECTION", "Collective Security Treaty Organization") in found, found
    assert ("Qatar", "REJECTION", "Organization of the Petroleum Exporting Countries") in found, found


def test_leaving_a_place_or_talks_a_body_led_rejects_no_one(triples):
    found = triples("The Kenyan delegation left Kampala on Monday, and Ethiopia withdrew from the AU-led talks.")
    assert not any(p == "REJECTION" for _, p, _ in found), found
    found = triples("France withdrew from Niger in 2023.")
    assert not any(p == "REJECTION" for _, p, _ in found), found


def test_ceasing_to_be_members_rejects_the_body_and_is_no_membership(triples):
    found = triples("Guinea and Gabon ceased to be members of ECOWAS on Monday.")
    assert ("Guinea", "REJECTION", "Economic Community of West African States") in found, found
    assert ("Guinea", "MEMBER_OF", "Economic Community of West African States") not in found, found
    found = triples("Iran ceased to be a threat to Iraq after the deal.")
    assert not any(p == "REJECTION" for _, p, _ in found), found


def test_what_a_state_follows_with_regret_is_criticised(triples):
    found = triples("Sudan has followed with deep regret the parade held yesterday by Chad near the border.")
    assert ("Sudan", "CRITICISM", "Chad") in found, found
    found = triples("Algeria noted with concern the decision taken by Morocco to extend the wall.")
    assert ("Algeria", "CRITICISM", "Morocco") in found, found


def test_what_a_state_follows_without_regret_is_no_criticism(triples):
    found = triples("Sudan has followed closely the parade held yesterday by Chad near the border.")
    assert not any(p == "CRITICISM" for _, p, _ in found), found


def test_owning_part_of_a_firm_or_venture_is_investing_in_it(triples):
    found = triples("Rosneft owns 49% of Nayara Energy, the Indian refiner.")
    assert ("Rosneft", "INVESTMENT", "Nayara Energy") in found, found
    found = triples("TotalEnergies holds a 26 per cent stake in Mozambique's gas project.")
    assert ("TotalEnergies", "INVESTMENT", "Mozambique") in found, found


def test_holding_part_of_a_country_is_no_investment(triples):
    found = triples("By March the army held a third of Sudan, and Turkey held a third of the seats.")
    assert not any(p == "INVESTMENT" for _, p, _ in found), found


def test_warships_berthed_or_docked_in_a_state_are_present_there(triples):
    found = triples("Two Russian corvettes have been berthed at a pier in Cuba since May.")
    assert ("Russia", "MILITARY_PRESENCE", "Cuba") in found, found
    found = triples("Indian frigates docked in Colombo last week.")
    assert ("India", "MILITARY_PRESENCE", "Sri Lanka") in found, found


def test_fishing_boats_or_cargo_ships_docked_are_no_presence(triples):
    found = triples("Turkish fishing boats docked in Greece on Sunday, and a Chinese cargo ship moored in Cuba.")
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in found), found


def test_reserving_the_right_to_act_against_a_state_threatens_it(triples):
    found = triples("Algeria reserves its full right to take all necessary measures against Morocco.")
    assert ("Algeria", "THREAT", "Morocco") in found, found
    found = triples("The airline reserves the right to cancel flights to Morocco.")
    assert not any(p == "THREAT" for _, p, _ in found), found
