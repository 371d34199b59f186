"""Session 29 (xsent29): relations whose sides the document gives, not the sentence (sentences of our own).

- An interview's answers speak for the state of the person the page introduced: "Leal Ibarra: We
  suspended the talks" after "Martín Leal Ibarra is Uruguay's trade envoy", even when the gazetteer
  does not know him (`labelled_speakers.py`).
- A passive of custody or sentence with no doer ("the opposition candidate was sentenced to prison") is
  the act of the state the story is about (`unnamed_doers.py`), never of a state the clause does not
  name when another stands beside it, and never over a person who serves another state.
- A passive of a measure with no doer ("his deputy was sanctioned in March", "Laos was threatened with
  higher rates") goes on with the coercion or threat the paragraph told last (`unnamed_doers.py`).
- An object "it" right after a sentence naming a body's or a state's mission, operation or initiative
  stands for its owner ("An EU monitoring mission patrols ... Russia has criticised it"), not for the
  state named last (`owned_missions.py`).
"""

INTERVIEW = ("Martín Leal Ibarra is Uruguay's special envoy for trade with Chile. He spoke to us in Montevideo.\n\n"
             "Question: Why did the talks stop?\n\n"
             "Leal Ibarra: Chile imposed a tariff on our beef without warning.\n\n"
             "Question: Who else matters to you?\n\n"
             "Leal Ibarra: Argentina is our closest partner, and we signed a customs treaty with Buenos Aires in March.")


def test_an_interviewees_we_is_the_state_the_page_gave_them_an_office_in(triples):
    found = triples(INTERVIEW)
    assert ("Chile", "COERCION", "Uruguay") in found
    assert ("Uruguay", "AGREEMENT", "Argentina") in found


def test_a_label_naming_someone_the_page_gave_no_office_reads_no_we(triples):
    # the same answers from a speaker the page only names: "we" stays unread, never the interviewer's state
    text = INTERVIEW.replace("is Uruguay's special envoy for trade with Chile", "has followed the beef trade for years")
    found = triples(text)
    assert not any("Uruguay" in (s, o) for s, _, o in found)
    assert ("Chile", "COERCION", "Uruguay") not in found


BELARUS = ("Belarus held a presidential election in January. Belarus has jailed hundreds of protesters since 2020, "
           "and Belarus expelled two Polish diplomats in May. ")


def test_a_candidate_sentenced_with_no_doer_named_is_held_by_the_state_the_story_is_about(triples):
    found = triples(BELARUS + "One of the opposition candidates, Pavel Marchuk, was sentenced to eight years in prison.")
    assert ("Belarus", "COERCION", "Pavel Marchuk") in found


def test_a_minister_of_that_state_detained_is_held_by_it(triples):
    found = triples(BELARUS + "Belarus's energy minister, Oleg Sidorov, was detained on Friday on corruption charges.")
    assert ("Belarus", "COERCION", "Oleg Sidorov") in found


def test_a_person_serving_another_state_is_not_held_by_the_story_state_without_a_doer(triples):
    found = triples(BELARUS + "The Polish ambassador, Jan Kowalski, was detained on Friday.")
    assert ("Belarus", "COERCION", "Jan Kowalski") not in found


def test_a_story_about_no_one_state_gives_no_custodian(triples):
    # two states named as often: who jailed the activist is not for the reader to guess
    found = triples("Chile and Peru met in Lima. Chile and Peru signed a fishing pact. Chile and Peru agreed to meet again. "
                    "The activist Rosa Quispe was sentenced to three years in prison.")
    assert not any(o == "Rosa Quispe" and p == "COERCION" for _, p, o in found)


def test_an_arrest_in_another_state_named_in_the_clause_is_not_the_story_states(triples):
    found = triples(BELARUS + "The opposition blogger Pavel Marchuk was arrested in Lithuania in June.")
    assert ("Belarus", "COERCION", "Pavel Marchuk") not in found


def test_our_partner_in_a_bloc_is_a_member_of_it(triples):
    found = triples(INTERVIEW + "\n\nQuestion: And Brazil?\n\nLeal Ibarra: Brazil is our partner in Mercosur.")
    assert ("Brazil", "MEMBER_OF", "Mercosur") in found


def test_a_measure_in_the_passive_goes_on_with_the_measures_told_before_in_the_paragraph(triples):
    found = triples("Washington imposed sanctions on the Sudanese general Abdel Karim Hamid in January. "
                    "His deputy, Osman Bakri, was sanctioned in March.")
    assert ("United States", "COERCION", "Osman Bakri") in found
    found = triples("The United States raised tariffs on Vietnam and Cambodia in April. "
                    "Laos and Myanmar were threatened with higher rates.")
    assert ("United States", "THREAT", "Laos") in found and ("United States", "THREAT", "Myanmar") in found


def test_a_passive_measure_with_nothing_told_before_in_its_paragraph_has_no_doer(triples):
    found = triples("The United States raised tariffs on Vietnam in April.\n\n"
                    "Laos was threatened with higher rates.")
    assert ("United States", "THREAT", "Laos") not in found
    found = triples("Two Latvian diplomats were expelled on Monday.")
    assert not any(p == "COERCION" for _, p, _ in found)


def test_expelled_from_a_body_is_not_the_last_measures_doer(triples):
    found = triples("Russia expelled two Estonian diplomats in May. Latvia was expelled from the regional forum in June.")
    assert ("Russia", "COERCION", "Latvia") not in found


def test_it_after_a_named_mission_is_the_body_that_runs_it(triples):
    found = triples("Norway and Denmark signed a fishing deal in May.\n\n"
                    "An EU monitoring mission has patrolled Georgia's side of the boundary since 2008. "
                    "Russia has repeatedly criticised it.")
    assert ("Russia", "CRITICISM", "European Union") in found
    assert ("Russia", "CRITICISM", "Norway") not in found and ("Russia", "CRITICISM", "Georgia") not in found


def test_it_after_an_operation_a_body_launched_is_that_body(triples):
    found = triples("On 12 September the African Union launched Safe Lakes, an operation to protect fishing crews. "
                    "Uganda has openly criticised it.")
    assert ("Uganda", "CRITICISM", "African Union") in found


def test_a_subject_it_or_a_new_paragraph_keeps_its_usual_reading(triples):
    found = triples("An EU monitoring mission has patrolled Georgia's side of the boundary since 2008.\n\n"
                    "Russia has repeatedly criticised it.")
    assert ("Russia", "CRITICISM", "European Union") not in found
    found = triples("The African Union launched an operation to protect fishing crews in Lake Victoria. "
                    "It condemned Uganda for the raids.")
    assert ("African Union", "CRITICISM", "Uganda") in found
