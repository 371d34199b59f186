"""Session 24 (extract24a): actors told across sentences or only through references: go-betweens who join the
ones already named ("were joined as guarantors by X") stand between the sides of the talks told before; a call
that lasts "for days" is still a call; a person pronoun subject goes on about the subject before it, not about
the person that sentence named last (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, newcomers, sides", [
    ("Talks between Sudan and the RSF resumed in Jeddah. Saudi Arabia and the United States were joined "
     "as guarantors by Egypt and Kenya.", ("Egypt", "Kenya"), ("Sudan", "Rapid Support Forces")),
    ("The government of Colombia reopened negotiations with the ELN in Caracas. Norway and Cuba, which had "
     "served as guarantors of earlier rounds, were joined as guarantor countries by Chile and Brazil.",
     ("Chile", "Brazil"), ("Colombia", "National Liberation Army")),
    ("Armenia and Azerbaijan resumed their peace talks in Geneva. Switzerland was joined as a facilitator "
     "by Kazakhstan.", ("Kazakhstan",), ("Armenia", "Azerbaijan")),
])
def test_go_betweens_named_in_the_by_phrase_of_a_joined_role_mediate_the_talks_told_before(
        triples, text, newcomers, sides):
    found = triples(text)
    for newcomer in newcomers:
        for side in sides:
            assert (newcomer, "MEDIATION", side) in found


def test_a_guarantor_owned_by_a_state_is_still_its_backer_not_a_go_between(triples):
    found = triples("Talks between Cyprus and the Turkish Cypriots resumed in Geneva. Turkey, the guarantor of "
                    "the Turkish Cypriots, was joined at the table by Greece.")
    assert not {t for t in found if t[1] == "MEDIATION" and t[0] == "Greece"}


@pytest.mark.parametrize("text, caller, called", [
    ("Fighting broke out between Peru and Ecuador in May. The US Secretary of State had been calling "
     "both capitals for days.", "United States", ("Peru", "Ecuador")),
    ("Clashes erupted between Thailand and Cambodia in July. Malaysia's foreign minister kept calling the "
     "two governments for weeks.", "Malaysia", ("Thailand", "Cambodia")),
])
def test_a_call_that_lasts_for_a_time_is_still_a_consultation(triples, text, caller, called):
    found = triples(text)
    for side in called:
        assert (caller, "CONSULTATION", side) in found


def test_a_clause_before_a_semicolon_is_no_complement_of_the_call_after_it(triples):
    found = triples("Colombia and Venezuela agreed a truce on Sunday. The president announced it first and said Brazil "
                    "had mediated; the Brazilian foreign minister had been calling both capitals.")
    assert ("Brazil", "CONSULTATION", "Colombia") in found and ("Brazil", "CONSULTATION", "Venezuela") in found
    found = triples("Fighting broke out between Peru and Ecuador. Chile called on Ecuador to withdraw its troops.")
    assert ("Chile", "CONSULTATION", "Ecuador") not in found


def test_calling_for_something_is_still_no_call(triples):
    found = triples("Fighting broke out between Peru and Ecuador in May. Chile called for talks for weeks.")
    assert not {t for t in found if t[1] == "CONSULTATION" and t[0] == "Chile"}


def test_a_pronoun_subject_goes_on_about_the_subject_before_it(triples):
    found = triples("Secretary of State Marco Rubio flew to Caracas and met Nicolás Maduro. He warned him that "
                    "Washington would impose new sanctions on Venezuela.")
    assert ("Marco Rubio", "THREAT", "Nicolás Maduro") in found
    assert ("Nicolás Maduro", "THREAT", "Marco Rubio") not in found
    found = triples("Wang Yi received Sergey Lavrov in Beijing. He told him that China opposed the sanctions "
                    "on Russia.")
    assert ("Sergey Lavrov", "CONSULTATION", "Sergey Lavrov") not in found


def test_a_pronoun_in_a_new_paragraph_is_not_carried_from_the_subject_before(triples):
    # past a paragraph break the subject before no longer holds the pronoun: the person named last does
    found = triples("Olaf Scholz met Emmanuel Macron in Paris.\n\nHe later criticised Russia over the strikes "
                    "on Ukraine.")
    assert ("Olaf Scholz", "CRITICISM", "Russia") not in found


@pytest.mark.parametrize("text, rejecter, accuser", [
    # the judgement the parser hangs on the charge ("the allegations as absurd") does not tell who made it
    ("In March, President William Ruto said there was credible evidence linking Ugandan officers to the kidnapping "
     "of an opposition leader. Kampala rejected the allegations as absurd and motivated.", "Uganda", "Kenya"),
    # a charge called false is rejected as a verb of denial rejects it
    ("President William Ruto said there was credible evidence linking Ugandan officers to the kidnapping of an "
     "opposition leader. The Ugandan foreign ministry called the accusations preposterous.", "Uganda", "Kenya"),
    ("The Greek prime minister accused Turkey of violating Greek airspace. Ankara described the claims as "
     "fabricated and absurd.", "Turkey", "Greece"),
    ("Peru's foreign minister accused Bolivia of sheltering smugglers. La Paz called the allegations a "
     "fabrication.", "Bolivia", "Peru"),
])
def test_a_charge_told_before_and_rejected_or_called_false_rejects_its_author(triples, text, rejecter, accuser):
    assert (rejecter, "REJECTION", accuser) in triples(text)


def test_a_charge_called_serious_or_rejected_by_someone_it_was_not_about_is_no_rejection(triples):
    assert ("Turkey", "REJECTION", "Greece") not in triples(
        "The Greek prime minister accused Turkey of violating Greek airspace. Ankara called the accusations serious.")
    assert ("India", "REJECTION", "Pakistan") not in triples(
        "Prime Minister Shehbaz Sharif accused Afghanistan of sheltering militants. India rejected the claims as a "
        "distraction from the floods.")


def test_who_welcomes_a_truce_whose_own_sides_the_sentence_names_only_looks_on(triples):
    found = triples("Japan and Australia praised the truce, which followed indirect negotiations between Ethiopia "
                    "and the TPLF.")
    assert not {t for t in found if {t[0], t[2]} == {"Japan", "Australia"}}
    found = triples("Kenya and Ghana welcome the ceasefire in Sudan, following the agreement reached in Jeddah in "
                    "talks between the army and the RSF.")
    assert ("Kenya", "ARMED_CLASH", "Ghana") not in found
    # with no other pair named, a pair that points back ("they", "the two sides") may be its sides welcoming their
    # own truce; a pair named as judges is an onlooking pair (session 30, outside_judges.py)
    assert ("Thailand", "AGREEMENT", "Cambodia") in triples(
        "Thailand and Cambodia held talks in Kuala Lumpur. The two sides welcomed the ceasefire.")


def test_a_pronoun_after_a_person_named_in_its_own_sentence_is_that_person(triples):
    found = triples("President Masoud Pezeshkian spoke in Tehran on Monday. Iranian officials accused the IAEA's "
                    "director general, Rafael Grossi, of paving the way for the strikes, a charge he rejects.")
    assert ("Masoud Pezeshkian", "REJECTION", "Iran") not in found


def test_troops_who_fought_their_way_in_together_are_on_one_side(triples):
    found = triples("Kenyan and Somali troops fought their way into Kismayo in 2012.")
    assert ("Kenya", "ARMED_CLASH", "Somalia") not in found
    assert ("Kenya", "SUPPORT", "Somalia") in found
    assert ("Armenia", "ARMED_CLASH", "Azerbaijan") in triples("Armenia and Azerbaijan fought a war over the region in 2020.")


def test_those_drawn_into_a_war_are_its_sides(triples):
    found, batch = triples("An incident at sea could draw Venezuela and Guyana into a war.", with_claims=True)
    assert ("Venezuela", "ARMED_CLASH", "Guyana") in found
    names = {a.id: a.name for a in batch.actors}
    assert {c.modality for c in batch.claims if c.predicate == "ARMED_CLASH" and names[c.subject] == "Venezuela"} == \
        {"speculative"}
    # a pair reference brought into it: the pair named before
    assert ("Ethiopia", "ARMED_CLASH", "Eritrea") in triples(
        "Ethiopia and Eritrea have quarrelled over the port for years. A skirmish on the border could still draw the "
        "two armies into a war.")
    # one actor drawn into another's war is no side against the one who draws it
    assert ("Russia", "ARMED_CLASH", "NATO") not in triples("Russia wants to drag NATO into the war in Ukraine.")
