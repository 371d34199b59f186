"""Session 18 (extract18b): constructions met in real news of new regions, tested on sentences of our own:
purchases weighed or under talks, a participle acting with its own object, the backed one's pronoun, and a
"also" verb that tells its own act."""


def test_a_purchase_weighed_by_a_gerund_is_planned(claims):
    found = claims("Bolivia is also considering ordering Chinese trainer jets.")
    assert ("China", "ARMS_TRANSFER", "Bolivia", "planned") in found
    assert ("China", "ARMS_TRANSFER", "Bolivia", "asserted") not in found


def test_a_purchase_under_talks_is_planned(claims):
    found = claims("Manila continues talks to purchase Swedish Gripen jets.")
    assert ("Sweden", "ARMS_TRANSFER", "Philippines", "planned") in found
    # a purchase made stays as it stands
    found = claims("Manila purchased Swedish Gripen jets in 2023.")
    assert ("Sweden", "ARMS_TRANSFER", "Philippines", "asserted") in found


def test_an_active_participle_with_its_own_object_does_not_act_on_its_noun(triples):
    found = triples("The Egyptian navy shot down incoming Libyan drones using French air defence systems.")
    assert ("Libya", "ARMS_TRANSFER", "Egypt") not in found
    assert ("France", "ARMS_TRANSFER", "Egypt") in found
    # a passive participle still tells what its noun undergoes
    found = triples("Kenya displayed armoured vehicles supplied by Turkey.")
    assert ("Turkey", "ARMS_TRANSFER", "Kenya") in found


def test_the_pronoun_in_a_backing_in_phrase_is_the_one_backed(triples):
    found = triples("Minsk has long supported Serbia in its dispute with Croatia.")
    assert ("Serbia", "DISPUTE", "Croatia") in found
    assert ("Belarus", "DISPUTE", "Croatia") not in found
    found = triples("Managua angered Washington by backing Putin in his invasion of Ukraine.")
    assert ("Russia", "ATTACK", "Ukraine") in found
    assert ("Nicaragua", "ATTACK", "Ukraine") not in found
    # a judging verb keeps the pronoun its own: the paper is Japan's
    found = triples("Japan criticised China in its annual defence paper.")
    assert ("Japan", "CRITICISM", "China") in found


def test_an_also_verb_telling_its_own_act_judges_no_one(triples):
    found = triples("Peru recalled its ambassador to Chile for consultations. "
                    "Ecuador is also considering buying Italian patrol boats.")
    assert ("Ecuador", "CRITICISM", "Chile") not in found
    assert ("Ecuador", "PROTEST", "Chile") not in found
    found = triples("Peru protested to Chile on Monday. Ecuador also voiced concern.")
    assert ("Ecuador", "CRITICISM", "Chile") in found


def test_an_envoy_recalled_in_a_state_protests_to_it(triples):
    found = triples("Ghana recalled its ambassador in Togo with immediate effect on Monday.")
    assert ("Ghana", "PROTEST", "Togo") in found
    found = triples("Mali recalled its ambassador in protest on Monday.")
    assert not any(p == "PROTEST" for _, p, _ in found)


def test_a_what_clause_names_what_is_rejected_and_from_whom(triples):
    found = triples("Qatar urged Hamas to accept the proposal. "
                    "Hamas rejected what it described as \"fresh conditions\" from Israel.")
    assert ("Hamas", "REJECTION", "Israel") in found
    # the refusal names what it refuses: it answers no earlier demand
    assert ("Hamas", "REJECTION", "Qatar") not in found


def test_years_of_fighting_ended_still_happened(claims):
    found = claims("The accord ends years of fighting between Chad and Libya.")
    assert ("Chad", "ARMED_CLASH", "Libya", "asserted") in found
    assert ("Chad", "ARMED_CLASH", "Libya", "denied") not in found


def test_a_campaign_opened_with_strikes_is_the_openers_attack(triples):
    found = triples("Chad began the escalation with a series of airstrikes against dozens of Sudanese army posts.")
    assert ("Chad", "ATTACK", "Sudan") in found
    found = triples("Uganda opened the offensive with drone strikes on Congolese rebel camps.")
    assert ("Uganda", "ATTACK", "DR Congo") in found or ("Uganda", "ATTACK", "Democratic Republic of the Congo") in found
    # a with-phrase of a meeting is a partner, not a means
    found = triples("Chad met with Sudan on Monday.")
    assert ("Chad", "ATTACK", "Sudan") not in found


def test_forces_or_heavy_arms_moved_up_to_a_border_press_the_neighbour(triples):
    found = triples("Somalia has moved tanks and artillery toward the Kenyan border.")
    assert ("Somalia", "MOBILIZATION", "Kenya") in found
    found = triples("Uganda deployed troops to its border with South Sudan.")
    assert ("Uganda", "MOBILIZATION", "South Sudan") in found
    # troops sent into a state are there, not massed against it
    found = triples("Rwanda deployed troops to Mozambique in 2021.")
    assert ("Rwanda", "MOBILIZATION", "Mozambique") not in found


def test_cautioning_someone_is_a_warning(triples):
    found = triples("Beijing cautioned Tokyo against any intervention in the Taiwan Strait.")
    assert ("China", "THREAT", "Japan") in found


def test_talks_cancelled_as_a_passive_subject_are_denied(claims):
    found = claims("Qatar said that the Kenya-Somalia talks set for Sunday had been cancelled.")
    assert ("Kenya", "CONSULTATION", "Somalia", "denied") in found
    # a war ended was fought all the same
    found = claims("The war between Chad and Libya was ended by a 1994 accord.")
    assert ("Chad", "ARMED_CLASH", "Libya", "asserted") in found


def test_troops_authorised_to_deploy_somewhere_are_a_planned_presence(claims):
    found = claims("Caracas authorized Iranian troops to deploy to Venezuela for training.")
    assert ("Iran", "MILITARY_PRESENCE", "Venezuela", "planned") in found
    found = claims("Iranian troops deployed to Venezuela in 2021.")
    assert ("Iran", "MILITARY_PRESENCE", "Venezuela", "asserted") in found
