"""Session 27 (precision27): constructions that made wrong relations on fresh text, each with the look-alike
that must keep its relation. Sentences and short articles of our own."""

# -- "the two countries" after an aside that names another pair -----------------------------------------------

# A ruling on two neighbours that mentions, once, the colonial powers that drew their border. The deal told two
# paragraphs back (the 1897 treaty) is not "the special agreement" of a later paragraph, and the pair "the two
# countries" means is the pair the article is about.
COLONIAL_ASIDE = """Court gives disputed river islands to Benin

The regional court ruled on Monday that Benin owns three river islands that Togo has held since 1975, ending one \
of the oldest quarrels in West Africa.

In its judgment, the court found that a treaty signed in 1897 by France and Germany, which then ruled Benin and \
Togo, still fixes most of the boundary.

Togo says its police have patrolled the islands since independence. Benin has always said that the patrols were \
illegal, and Togo produced only a few old maps.

The ruling is final. In the special agreement that sent the case to the court, the two governments undertook to \
accept the judgment, and they must now mark the line on the ground.

Officials in Porto-Novo welcomed the outcome.

The two countries share a land border of some 650 kilometres.
"""


def test_the_two_countries_are_the_pair_the_article_is_about_not_the_colonial_powers_of_an_aside(triples):
    found = triples(COLONIAL_ASIDE)
    assert ("Benin", "AGREEMENT", "Togo") in found
    assert ("Benin", "BORDERS", "Togo") in found
    assert ("France", "BORDERS", "Germany") not in found
    # the treaty the aside names is still the colonial powers' own
    assert ("France", "AGREEMENT", "Germany") in found


def test_a_deal_told_just_before_is_still_the_agreement_of_the_two_sides(triples):
    found = triples("Ghana and Togo signed a border treaty in Accra on Monday. Under the agreement, the two sides "
                    "will open three new crossings.")
    assert ("Ghana", "AGREEMENT", "Togo") in found


# -- "the presidents of the two countries, X and Y" ----------------------------------------------------------

def test_respective_holders_follow_the_order_the_pair_was_last_named_together(triples):
    found = triples("Togo has held the river islands since 1975.\n\nThe court found that a treaty of 1897 still "
                    "fixes the boundary between Benin and Togo.\n\nTogo says the presidents of the two countries, "
                    "Jean Dossou and Kofi Amegah, met in Lomé in 1978 and settled the matter.\n")
    assert ("Jean Dossou", "AFFILIATED_WITH", "Benin") in found
    assert ("Kofi Amegah", "AFFILIATED_WITH", "Togo") in found
    assert ("Jean Dossou", "AFFILIATED_WITH", "Togo") not in found


def test_respective_holders_are_not_guessed_when_the_pair_was_never_named_in_an_order(triples):
    found = triples("Togo welcomed the ruling on Monday.\n\nBenin has long claimed the islands, and Togo says it "
                    "holds them by right.\n\nThe foreign ministers of the two countries, Jean Dossou and Kofi Amegah, "
                    "spoke by telephone on Tuesday.\n")
    assert not {(s, o) for s, p, o in found if p == "AFFILIATED_WITH"} & {
        ("Jean Dossou", "Togo"), ("Kofi Amegah", "Benin")}


# -- "its partners" of a thing made by someone ---------------------------------------------------------------

def test_its_partners_of_a_thing_built_by_a_firm_are_the_firms(triples):
    found = triples("India has ordered the Kestrel drone. The Kestrel is built by Baykar with its main partners "
                    "Aselsan and Roketsan.")
    assert ("Aselsan", "COOPERATION", "Baykar") in found
    assert not any(o == "India" and s in ("Aselsan", "Roketsan") for s, _, o in found)


def test_its_partner_of_an_actor_subject_is_still_the_subjects(triples):
    found = triples("Ghana signed a trade pact with its partner Togo.")
    assert ("Ghana", "AGREEMENT", "Togo") in found


# -- the alternative set aside --------------------------------------------------------------------------------

def test_what_rather_than_sets_aside_is_no_relation(triples):
    found = triples("The two leaders agreed that Ghana and Togo are partners rather than rivals.")
    assert not any(p == "RIVALRY" for _, p, _ in found)


def test_what_instead_of_sets_aside_is_no_relation_and_what_was_chosen_still_is(triples):
    found = triples("Kenya chose talks with Uganda instead of sanctions against Uganda.")
    assert ("Kenya", "CONSULTATION", "Uganda") in found
    assert ("Kenya", "COERCION", "Uganda") not in found


def test_a_fronted_rather_than_sets_aside_its_own_act(triples):
    found = triples("Rather than threatening Vietnam, China proposed talks with Hanoi.")
    assert ("China", "THREAT", "Vietnam") not in found


def test_the_relation_before_rather_than_is_kept(triples):
    found = triples("Peru and Chile remain rivals rather than partners.")
    assert ("Peru", "RIVALRY", "Chile") in found


# -- names the model tagged too long or as the wrong kind ----------------------------------------------------

def test_a_name_never_ends_in_an_article_or_a_preposition(triples):
    found = triples("The Shanghai Cooperation Organisation met in Tianjin. It was the first summit for Belarus as a "
                    "full member, the country having joined the Organisation at the Astana summit in July 2024.")
    assert ("Belarus", "MEMBER_OF", "Shanghai Cooperation Organisation") in found
    assert not any(o.endswith(" the") or o.endswith(" at") for _, _, o in found)


def test_the_heading_of_a_joint_statement_is_no_person(triples):
    found = triples("JOINT STATEMENT\n\nJoint Statement of the Republic of Ghana and the Togolese Republic on the "
                    "Occasion of the Visit of the President of Ghana to Lomé\n\nLomé, 2 May 2024\n\nThe two sides "
                    "agreed to open three new border crossings.\n")
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in found)
    assert ("Ghana", "AGREEMENT", "Togo") in found


def test_a_person_named_in_a_heading_is_still_a_person(triples):
    found = triples("Statement by President Nana Akufo-Addo of Ghana\n\nGhana condemned the attack on Togo.\n")
    assert ("Nana Akufo-Addo", "AFFILIATED_WITH", "Ghana") in found


def test_a_phrase_the_parser_hangs_on_the_set_aside_one_is_still_told(triples):
    found = triples("When Donald Trump chose Riyadh rather than a European capital for his first foreign trip, the "
                    "choice said much about the Gulf.")
    assert ("Donald Trump", "CONSULTATION", "Saudi Arabia") in found


# -- "the agreement" and "the two sides" -----------------------------------------------------------------------

def test_a_deal_told_two_paragraphs_back_is_still_the_one_the_two_ministers_signed(triples):
    found = triples("Ghana welcomed the agreement signed in Accra on Monday under which Togo will buy power from "
                    "Ghana.\n\nThe agreement was signed by Ghana's energy minister, Kofi Mensah, and Togo's energy "
                    "minister, Komi Agbeko.\n\nThe power will come from the Akosombo dam.\n\nThe contract follows a "
                    "preliminary agreement signed by the two ministers in Lomé in July.\n")
    assert ("Ghana", "AGREEMENT", "Togo") in found


# -- "the country" after a list ----------------------------------------------------------------------------------

def test_the_country_is_never_one_member_of_a_list_its_sentence_before_named(triples):
    found = triples("Romania, a member of NATO, borders Ukraine and Moldova. The United States has sent troops to the "
                    "country.")
    assert ("United States", "MILITARY_PRESENCE", "Romania") in found
    assert ("United States", "MILITARY_PRESENCE", "Moldova") not in found


def test_the_country_after_a_state_named_alone_is_that_state(triples):
    found = triples("Romania signed a gas deal with Moldova last week. The United States has sent troops to the "
                    "country.")
    assert ("United States", "MILITARY_PRESENCE", "Moldova") in found


# -- a military site is no plant -------------------------------------------------------------------------------

def test_a_military_site_or_facility_is_no_production(triples):
    found = triples("The United States operates a missile defence site at Deveselu, in the south of Romania. China is "
                    "building a naval facility in Cambodia.")
    assert not any(p == "CO_PRODUCTION" for _, p, _ in found)
    assert ("United States", "MILITARY_PRESENCE", "Romania") in found


def test_a_drone_production_site_is_still_production(triples):
    found = triples("Iran opened a drone production site in Tajikistan. Turkey opened a drone factory in Kazakhstan.")
    assert ("Iran", "CO_PRODUCTION", "Tajikistan") in found
    assert ("Turkey", "CO_PRODUCTION", "Kazakhstan") in found


def test_a_missile_plant_is_still_production(triples):
    assert ("Egypt", "CO_PRODUCTION", "Sudan") in triples("Egypt opened a missile plant in Sudan.")


# -- a threat one is said to be ---------------------------------------------------------------------------------

def test_a_threat_one_is_said_to_be_is_the_speakers_criticism_not_a_threat(triples):
    found = triples("The two sides underlined that the Ogaden Liberation Front represents a security threat to both "
                    "Ethiopia and Somalia.")
    assert not any(p == "THREAT" for _, p, _ in found)
    assert ("Ethiopia", "CRITICISM", "Ogaden Liberation Front") in found
    assert ("Somalia", "CRITICISM", "Ogaden Liberation Front") in found


def test_a_threat_made_is_still_a_threat(triples):
    assert ("Russia", "THREAT", "Moldova") in triples("Russia threatened Moldova with a gas cut.")
    assert ("Iran", "THREAT", "Israel") in triples("Iran issued a threat to Israel on Monday.")


def test_observers_invited_to_observe_are_not_talked_with(triples):
    assert not triples("Peru invited the European Union to observe the election.")
    assert ("Peru", "CONSULTATION", "Chile") in triples("Peru invited Chile to join the talks.")


def test_telling_someone_how_far_they_can_go_is_no_order_to_leave(triples):
    assert not triples("Kenya told Uganda how far it could go.")
    assert ("Kenya", "COERCION", "Uganda") in triples("Kenya told Uganda to leave the islands.")
