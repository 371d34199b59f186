"""Session 19 (extract19e): constructions missed on unseen prose from South Asia, the Maghreb, Central Europe
and East Africa: a war one side wages on another, an act its doers are united in, criticism a clause's doer
draws, a participle written without its hyphen, and the short demonym "Lankan" (sentences of our own)."""


def test_a_war_waged_on_another_is_an_attack_and_a_war_with_another_a_clash(triples):
    found = triples("Three Baltic states are split over the Iranian war against Iraq.")
    assert ("Iran", "ATTACK", "Iraq") in found
    found = triples("Observers blamed Armenia's aggression on Azerbaijan for the crisis.")
    assert ("Armenia", "ATTACK", "Azerbaijan") in found
    found = triples("Egypt launched a war against Libya in 1977.")
    assert ("Egypt", "ATTACK", "Libya") in found
    found = triples("Egypt's war with Libya lasted four days.")
    assert ("Egypt", "ARMED_CLASH", "Libya") in found
    assert ("Egypt", "ATTACK", "Libya") not in found


def test_a_war_two_others_discuss_is_not_theirs(triples):
    found = triples("The Chilean and Peruvian ministers discussed the war against Yemen.")
    assert not any(p == "ATTACK" for _, p, _ in found)


def test_those_united_in_an_act_are_its_doers(triples):
    found = triples("Chile and Peru are united in support for Ecuador.")
    assert ("Chile", "SUPPORT", "Ecuador") in found
    assert ("Peru", "SUPPORT", "Ecuador") in found
    found = triples("Ghana and Togo remain united in their condemnation of Mali.")
    assert ("Togo", "CRITICISM", "Mali") in found


def test_criticism_a_participle_clause_draws_is_aimed_at_the_clause_doer(triples):
    found = triples("Nepal allowed the convoy to pass, drawing sharp criticism from Bhutan.")
    assert ("Bhutan", "CRITICISM", "Nepal") in found
    found = triples("The Ghanaian government postponed the vote, drawing displeasure from Togo.")
    assert ("Togo", "CRITICISM", "Ghana") in found


def test_a_participle_without_its_hyphen_still_describes_the_noun_after_it(triples):
    found = triples("Boko Haram, an Islamic State affiliated group, attacked a base in Niger.")
    assert ("Boko Haram", "AFFILIATED_WITH", "Islamic State") in found
    found = triples("The Rwanda backed M23 rebels seized Goma.")
    assert ("Rwanda", "SUPPORT", "M23") in found


def test_a_participle_after_its_noun_or_as_a_clause_verb_is_no_description(triples):
    found = triples("The rebels Uganda backed were defeated by Sudan.")
    assert ("Uganda", "SUPPORT", "Sudan") not in found
    found = triples("Cuba supported the talks, and Venezuela backed Colombia's proposal.")
    assert ("Cuba", "SUPPORT", "Colombia") not in found


def test_lankan_alone_names_sri_lanka(triples):
    found = triples("The Lankan foreign minister met his Indian counterpart in Colombo.")
    assert ("Sri Lanka", "CONSULTATION", "India") in found
