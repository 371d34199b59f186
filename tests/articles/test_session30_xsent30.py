"""Session 30 (xsent30): relations whose sides an earlier sentence gives (sentences of our own).

- A model named in full once ("Hanwha Aerospace designs and builds the K9 Thunder") is the same model
  when a later sentence names it by its designation alone ("the K9 had been ordered by Chile, Bolivia
  and Ecuador", "forty K9 vehicles"): its maker sells to the buyers (`named_weapons.py`). A model the
  gazetteer does not know is sold by whoever the document said built it before. A longer name that
  opens with the designation ("the K9 Vajra-T") is another model.
- "They" right after a sentence telling a meeting between two sides that the text never coordinated
  ("X's foreign minister met the Y president. They agreed ...") is both sides (`met_pairs.py`); not
  after a hostile act, not when a third party was named in between.
- A verdict said of "the decision", "the move", "the closure" ("Lome said the decision was regrettable") judges
  the doer of the deed told just before (`said_verdicts.py`, `deeds.py`), not the speaker's own; the nouns of
  measures told by a verb ("closed" -> "the closure", "suspended" -> "the suspension") point back at it (lexicon
  `deed_nouns`), and "close" is no verb of approval (it backs only in "closed ranks behind").
- A visit that names no place or person visited ("X became the first French president to visit", "President Y
  visited in June") is to the state the story is about (`unnamed_doers.py`, role `story_host`); none when no state
  stands out, and a place named in the clause is the host itself.
- A response the speaker foretells of itself with nothing said of what it answers ("Minsk said it would retaliate")
  threatens the doer of the deed the paragraph told just before (`threat_roles.py`, `_answered_deed`).
"""

K9 = "Hanwha Aerospace designs and builds the K9 Thunder, a tracked howitzer. "


def test_a_designation_alone_is_the_model_named_in_full_before_and_its_maker_sells(triples):
    found = triples(K9 + "Before Peru, the K9 had been ordered by Chile, Bolivia and Ecuador.")
    for buyer in ("Chile", "Bolivia", "Ecuador"):
        assert ("Hanwha", "ARMS_TRANSFER", buyer) in found
    assert ("Hanwha", "ARMS_TRANSFER", "Peru") not in found  # "before Peru": not a buyer


def test_a_designation_before_a_weapon_noun_is_that_model_too(triples):
    found = triples(K9 + "Paraguay ordered forty K9 vehicles in 2022.")
    assert ("Hanwha", "ARMS_TRANSFER", "Paraguay") in found


def test_without_the_full_name_before_a_bare_designation_names_no_model(triples):
    found = triples("Before Peru, the K9 had been ordered by Chile, Bolivia and Ecuador.")
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)


def test_a_longer_name_opening_with_the_designation_is_another_model(triples):
    found = triples(K9 + "In India a variant is ordered as the K9 Vajra by the army.")
    assert ("Hanwha", "ARMS_TRANSFER", "India") not in found


def test_a_model_the_gazetteer_lacks_is_sold_by_the_maker_the_document_named(triples):
    found = triples("Naval Group builds the Kestrel-7 frigate at Lorient. The Kestrel-7 has since been ordered "
                    "by Chile and Greece.")
    assert ("Naval Group", "ARMS_TRANSFER", "Chile") in found
    assert ("Naval Group", "ARMS_TRANSFER", "Greece") in found


def test_a_model_whose_maker_the_document_never_said_has_no_seller(triples):
    found = triples("The Kestrel-7 frigate was shown at Lorient. The Kestrel-7 has since been ordered by Chile.")
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)


MET = "Kenya's foreign minister met the Ugandan president in Kampala. "


def test_they_after_a_meeting_are_the_two_who_met(triples):
    found = triples(MET + "At the meeting, they agreed to build a railway.")
    assert ("Kenya", "AGREEMENT", "Uganda") in found


def test_they_after_two_named_people_met_are_the_two_people(triples):
    found = triples("Narendra Modi met Mohamed Muizzu in Male on Friday. They signed four memoranda on fisheries.")
    assert ("India", "AGREEMENT", "Maldives") in found


def test_they_after_a_hostile_act_are_not_a_pair_that_agreed(triples):
    found = triples("Kenya shelled Ugandan positions near the lake. They later agreed to a truce.")
    assert ("Kenya", "AGREEMENT", "Uganda") not in found


def test_a_third_party_named_in_between_keeps_they_unpaired(triples):
    found = triples(MET + "Tanzania's envoy said they had agreed to build a railway.")
    assert ("Kenya", "AGREEMENT", "Uganda") not in found


CLOSED = "Ghana closed its border with Togo in March. "


def test_a_verdict_said_of_the_decision_told_before_criticises_its_doer(triples):
    assert ("Togo", "CRITICISM", "Ghana") in triples(CLOSED + "Lome said the decision was regrettable.")


def test_a_verdict_on_the_speakers_own_decision_criticises_no_one(triples):
    found = triples(CLOSED + "Ghana's president said the decision was regrettable but necessary.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_a_verdict_said_of_talks_criticises_no_one(triples):
    found = triples("Chile and Peru held talks in Lima. Bolivia said the talks were a mistake.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_the_noun_of_a_measure_told_by_a_verb_points_back_at_its_doer(triples):
    assert ("Togo", "CRITICISM", "Ghana") in triples(CLOSED + "Togo's government criticised the closure.")
    found = triples("Ghana suspended its fishing accord with Togo in March. Togo condemned the suspension.")
    assert ("Togo", "CRITICISM", "Ghana") in found



LAOS = ("Laos has spent a decade balancing its giant neighbours. Laos relies on Chinese loans, and Laos sells power "
        "to Thailand. Laos has also courted others. ")


def test_a_visit_naming_no_place_is_to_the_state_the_story_is_about(triples):
    found = triples(LAOS + "Indonesia's President Joko Widodo visited in June and signed a deal on rice.")
    assert ("Indonesia", "CONSULTATION", "Laos") in found


def test_the_first_president_to_visit_visits_the_story_state(triples):
    found = triples(LAOS + "President Emmanuel Macron became the first French president to visit, in March 2022.")
    assert ("France", "CONSULTATION", "Laos") in found


def test_a_visit_with_no_story_state_has_no_host(triples):
    found = triples("Peru and Chile are rivals. Peru and Chile met in Lima. President Lula of Brazil visited in May.")
    assert not any(s in ("Brazil", "Luiz Inácio Lula da Silva") and p == "CONSULTATION" for s, p, _ in found)


def test_a_place_visited_named_in_the_clause_is_the_host_not_the_story_state(triples):
    found = triples(LAOS + "Vietnam's leader visited Cambodia in May.")
    assert ("Vietnam", "CONSULTATION", "Cambodia") in found
    assert ("Vietnam", "CONSULTATION", "Laos") not in found


def test_a_city_the_visitor_went_to_is_no_visit_to_the_story_state(triples):
    found = triples(LAOS + "France keeps troops in Djibouti, which Macron visited in December.")
    assert ("France", "CONSULTATION", "Laos") not in found


EXPELLED = "Norway expelled three Belarusian diplomats on Tuesday. "


def test_a_bare_response_foretold_answers_the_deed_told_before(triples):
    assert ("Belarus", "THREAT", "Norway") in triples(EXPELLED + "Minsk said it would retaliate.")


def test_a_response_to_a_deed_of_another_paragraph_threatens_no_one(triples):
    found = triples(EXPELLED + "\n\nMinsk said it would retaliate.")
    assert ("Belarus", "THREAT", "Norway") not in found


def test_a_response_to_the_speakers_own_deed_threatens_no_one(triples):
    found = triples(EXPELLED + "Norway's foreign minister said Oslo would act.")
    assert not any(p == "THREAT" for _, p, _ in found)
