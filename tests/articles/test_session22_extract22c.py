"""Session 22 (extract22c): actors named by reference. "Its neighbour" and "the two neighbours" are states that
share a land border (gazetteer/land_borders.yaml, from GeoNames; documents of our own)."""

from diplograph.loaders.articles.neighbours import borders, land_borders


def test_land_borders_are_data_both_ways():
    assert borders("state:NGA", "state:NER") and borders("state:NER", "state:NGA")
    assert not borders("state:NGA", "state:FRA")
    assert "jpn" not in land_borders()  # an island state borders no one on land


def test_its_neighbour_is_the_bordering_state_named_before(triples):
    found = triples("Colombia's president visited Caracas in March. "
                    "Colombia later accused its neighbour of sheltering guerrilla commanders.")
    assert ("Colombia", "CRITICISM", "Venezuela") in found
    found = triples("Morocco recalled its ambassador from Algeria on Monday. "
                    "The kingdom also accused its neighbour of arming the Polisario Front.")
    assert ("Morocco", "CRITICISM", "Algeria") in found


def test_its_neighbour_is_never_a_state_that_does_not_border(triples):
    found = triples("Kenya hosted trade talks with Japan on Monday. "
                    "Later the government accused its northern neighbour of arming cattle raiders.")
    assert ("Kenya", "CRITICISM", "Japan") not in found


def test_two_bordering_states_named_together_leave_its_neighbour_to_no_one(triples):
    found = triples("Sudan and Eritrea held talks on Monday. Ethiopia then accused its neighbour of arming rebels.")
    assert not any(s == "Ethiopia" and p == "CRITICISM" for s, p, _ in found)


def test_the_two_neighbours_are_the_pair_that_borders(triples):
    found = triples("Niger accused France of plotting attacks from Nigerian soil. Nigeria denied the charge. "
                    "The defence chiefs of the two neighbours later agreed to restore joint patrols.")
    assert ("Niger", "AGREEMENT", "Nigeria") in found or ("Nigeria", "AGREEMENT", "Niger") in found
    assert ("France", "AGREEMENT", "Niger") not in found and ("France", "AGREEMENT", "Nigeria") not in found


def test_the_two_neighbours_of_the_sea_keep_the_pair_the_text_names(triples):
    found = triples("Japan and South Korea held talks in Tokyo on Monday. North Korea fired a missile the same day. "
                    "The two neighbours agreed to share intelligence.")
    assert ("South Korea", "AGREEMENT", "North Korea") not in found
    assert ("North Korea", "AGREEMENT", "South Korea") not in found


def test_the_two_neighbours_are_the_bordering_pair_named_last(triples):
    found = triples("Benin blocked Nigerien oil exports in June after a quarrel over the pipeline, and Niger closed "
                    "the border. In July Tiani said that Nigeria was hosting French troops, and Nigeria denied "
                    "the charge. The two neighbours later agreed to reopen their border.")
    assert ("Niger", "AGREEMENT", "Nigeria") in found or ("Nigeria", "AGREEMENT", "Niger") in found
    assert not any({s, o} == {"Benin", "Nigeria"} and p == "AGREEMENT" for s, p, o in found)


def test_the_neighbouring_country_borders_the_state_the_sentence_names(triples):
    found = triples("Thailand and Cambodia exchanged artillery fire along their border on Thursday. China called for "
                    "calm. Bangkok said the neighbouring country had attacked a Thai army post.")
    assert ("Cambodia", "ATTACK", "Thailand") in found
    assert ("China", "ATTACK", "Thailand") not in found
    found = triples("Somalia held elections in May. The United States praised the vote. "
                    "Kenya later accused the neighbouring state of harbouring al-Shabaab militants.")
    assert ("Kenya", "CRITICISM", "Somalia") in found
    assert ("Kenya", "CRITICISM", "United States") not in found


def test_the_neighbouring_country_is_no_one_when_two_bordering_states_are_as_near(triples):
    found = triples("Somalia and Ethiopia held talks in Addis Ababa. "
                    "Kenya then accused the neighbouring country of stalling a road project.")
    assert not any(s == "Kenya" and p == "CRITICISM" for s, p, _ in found)


def test_its_ally_is_the_partner_told_with_the_owner(triples):
    found = triples("Russia and Belarus held joint military drills in September. "
                    "In December Moscow delivered nuclear-capable missiles to its ally.")
    assert ("Russia", "ARMS_TRANSFER", "Belarus") in found
    found = triples("Iran signed a strategic partnership with Russia in January. Tehran later sent drones to its partner.")
    assert ("Iran", "ARMS_TRANSFER", "Russia") in found


def test_the_head_word_of_a_led_group_acting_is_its_leader(triples):
    found = triples("The Saudi-led coalition intervened in Yemen in 2015. "
                    "The coalition struck Houthi positions in Sanaa on Monday.")
    assert ("Saudi Arabia", "ATTACK", "Houthis") in found
    found = triples("A US-led coalition has fought the Islamic State in Iraq since 2014. "
                    "In June the coalition struck an Islamic State camp in Syria.")
    assert ("United States", "ATTACK", "Islamic State") in found


def test_a_led_group_acted_on_or_named_otherwise_is_not_its_leader(triples):
    found = triples("A Kenyan-led force arrived in Haiti in June. The United States pledged $300 million for the force.")
    assert ("United States", "AID", "Kenya") not in found
    found = triples("The Saudi-led coalition intervened in Yemen in 2015. "
                    "The Iranian-backed coalition of militias struck Saudi oil sites in 2019.")
    assert not any(s == "Saudi Arabia" and p == "ATTACK" for s, p, _ in found)


def test_a_state_reference_before_any_state_is_named_is_the_wire_datelines(triples):
    found = triples("KYIV, March 3 (Reuters) - The government said on Monday it had signed a deal with Poland on "
                    "grain exports.")
    assert ("Ukraine", "AGREEMENT", "Poland") in found or ("Poland", "AGREEMENT", "Ukraine") in found
    found = triples("ABUJA (Reuters) - The authorities expelled two Chadian diplomats on Tuesday.")
    assert ("Nigeria", "COERCION", "Chad") in found or ("Nigeria", "PROTEST", "Chad") in found


def test_a_state_named_before_still_comes_before_the_dateline(triples):
    found = triples("ANKARA (Reuters) - Syria's president flew to Moscow on Monday. "
                    "The government later signed an energy deal with Russia.")
    assert ("Turkey", "AGREEMENT", "Russia") not in found and ("Russia", "AGREEMENT", "Turkey") not in found
