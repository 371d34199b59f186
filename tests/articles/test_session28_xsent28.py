"""Session 28 (xsent28): relations whose actor the sentence leaves to another sentence or to a heading. Short
articles of our own, each with the look-alike that must not give the relation."""

# -- a list of members under a heading ---------------------------------------------------------------------------

# A summary page whose fact box ends with the members of the body the page is about: the heading is the only
# predicate the list has.
BANK_SUMMARY = """Andean lenders agree new climate window

The Andean Development Fund approved a climate lending window on Friday. The Andean Development Fund said the \
window would open in March, and the board of the Andean Development Fund will review it in a year.

Members

Bolivia, Colombia, Ecuador and Peru.
"""


def test_states_listed_under_a_members_heading_are_members_of_the_body_the_page_is_about(triples):
    found = triples(BANK_SUMMARY)
    for state in ("Bolivia", "Colombia", "Ecuador", "Peru"):
        assert (state, "MEMBER_OF", "Andean Development Fund") in found


def test_a_heading_that_names_the_body_gives_it_even_when_the_page_names_another_more():
    from diplograph.loaders.articles.pipeline import ArticleExtractor
    text = """Gulf talks resume

The Arab League met in Cairo. The Arab League said talks would resume. The Arab League will meet again.

GCC members

Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.
"""
    batch = ArticleExtractor().extract_text(text, date="2024-06-01")
    names = {a.id: a.name for a in batch.actors}
    members = {names[c.subject] for c in batch.claims if c.predicate == "MEMBER_OF" and names[c.object] != "Arab League"}
    assert {"Bahrain", "Kuwait", "Oman", "Qatar"} <= members
    assert not any(c.predicate == "MEMBER_OF" and names[c.object] == "Arab League" for c in batch.claims)


def test_bullet_lines_under_a_member_states_heading_are_members_one_each(triples):
    text = """Southern African bloc adopts drought plan

The Southern African Development Community adopted a drought plan in Gaborone on Friday. The Southern African \
Development Community said the plan would be reviewed in 2026.

Member states:

- Botswana
- Namibia
- Zambia

The plan was praised by Norway.
"""
    found = triples(text)
    for state in ("Botswana", "Namibia", "Zambia"):
        assert (state, "MEMBER_OF", "Southern African Development Community") in found
    assert ("Norway", "MEMBER_OF", "Southern African Development Community") not in found


def test_a_list_under_another_heading_is_no_membership(triples):
    text = BANK_SUMMARY.replace("Members\n", "Borrowers last year\n")
    assert not any(p == "MEMBER_OF" for _, p, _ in triples(text))


def test_a_page_about_two_bodies_named_alike_leaves_the_list_unread(triples):
    text = """Two funds, one region

The Andean Development Fund met the Amazon Cooperation Treaty Organization in Lima. The Andean Development Fund \
and the Amazon Cooperation Treaty Organization agreed to share data.

Members

Bolivia, Colombia, Ecuador and Peru.
"""
    found = triples(text)
    assert not any(p == "MEMBER_OF" and s in ("Bolivia", "Colombia", "Ecuador", "Peru") for s, p, _ in found)


def test_the_members_heading_ends_at_the_next_heading(triples):
    text = BANK_SUMMARY + "\nObservers\n\nChile and Venezuela.\n"
    found = triples(text)
    assert ("Peru", "MEMBER_OF", "Andean Development Fund") in found
    assert ("Chile", "MEMBER_OF", "Andean Development Fund") not in found
    assert ("Venezuela", "MEMBER_OF", "Andean Development Fund") not in found


def test_a_sentence_with_a_verb_under_the_heading_is_not_the_list(triples):
    text = BANK_SUMMARY.replace("Bolivia, Colombia, Ecuador and Peru.", "Bolivia and Peru criticised Chile.")
    found = triples(text)
    assert ("Bolivia", "MEMBER_OF", "Andean Development Fund") not in found


# -- the same "he" twice in one sentence ---------------------------------------------------------------------------

TOUR = """The Austrian chancellor flew to West Africa on Monday.

In Dakar Chancellor Karl Nehammer met President Bassirou Diomaye Faye. On Tuesday he met President Bola Tinubu, \
whom he had hosted in Vienna in 2023, and he then went on to Accra, where he met President John Mahama.
"""


def test_a_second_he_of_the_sentence_is_the_first_ones_not_the_person_named_last(triples):
    found = triples(TOUR)
    assert ("Karl Nehammer", "CONSULTATION", "Bola Tinubu") in found
    assert ("Karl Nehammer", "CONSULTATION", "John Mahama") in found
    assert ("Bola Tinubu", "CONSULTATION", "John Mahama") not in found
    assert ("Nigeria", "CONSULTATION", "Ghana") not in found


def test_a_named_subject_between_the_two_pronouns_takes_the_second(triples):
    found = triples("Prime Minister Narendra Modi flew to Moscow on Monday. He met Vladimir Putin, who said he would "
                    "visit Beijing in May.")
    assert ("Narendra Modi", "CONSULTATION", "Vladimir Putin") in found
    assert ("Narendra Modi", "CONSULTATION", "China") not in found


# -- a body speaking through its members ---------------------------------------------------------------------------

MINISTERS = """Andean ministers meet in Quito

The foreign ministers of the Andean Community met in Quito on Friday. The meeting was attended by the ministers \
of the member states: Bolivia, Colombia, Ecuador and Peru.

The member states strongly condemned the Chilean decision to close the border.
"""


def test_the_member_states_that_condemn_are_the_body_whose_members_were_told(triples):
    found = triples(MINISTERS)
    assert ("Andean Community", "CRITICISM", "Chile") in found
    assert ("Peru", "CRITICISM", "Chile") not in found  # not the member named last


def test_members_of_a_body_the_sentence_names_are_not_the_body_told_before(triples):
    text = MINISTERS.replace("The member states strongly condemned", "Members of the African Union strongly condemned")
    assert ("Andean Community", "CRITICISM", "Chile") not in triples(text)


def test_member_states_acted_on_speak_for_no_one(triples):
    text = MINISTERS.replace("The member states strongly condemned the Chilean decision to close the border.",
                             "Chile urged the member states to accept the decision.")
    assert not any(s == "Andean Community" and p != "MEMBER_OF" for s, p, _ in triples(text))


def test_member_states_with_no_body_told_or_named_most_are_no_one(triples):
    found = triples("Ministers met in Geneva on Monday. The member states condemned the strike on Kharkiv by Russia.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


# -- a title's body named by its head word alone -------------------------------------------------------------------

FEATURE = """The Ferghana Water Observatory published a study of the Rogun dam on Monday. "The reservoir will take \
fifteen years to fill," said Dilnoza Karimova, a hydrologist at the observatory.
"""


def test_a_researcher_at_the_observatory_works_for_the_observatory_named_before(triples):
    found = triples(FEATURE.replace("a hydrologist", "a researcher"))
    assert ("Dilnoza Karimova", "AFFILIATED_WITH", "Ferghana Water Observatory") in found


def test_a_head_word_no_body_named_before_holds_points_to_no_one(triples):
    found = triples(FEATURE.replace("a hydrologist at the observatory", "a researcher at the university"))
    assert not any(s == "Dilnoza Karimova" and p == "AFFILIATED_WITH" for s, p, _ in found)


# -- an office named as the subject, the holder as the complement ------------------------------------------------

def test_its_chief_executive_is_a_name_gives_the_office_in_the_firm_told_before(triples):
    found = triples("About Thales\n\nThales is a French group that builds radars and satellites. Its Chairman and "
                    "Chief Executive Officer is Michael Brandt.")
    assert ("Michael Brandt", "AFFILIATED_WITH", "Thales") in found


def test_a_complement_that_is_no_office_gives_no_affiliation(triples):
    found = triples("About Thales\n\nThales is a French group that builds radars and satellites. Its best-known "
                    "critic is Michael Brandt.")
    assert ("Michael Brandt", "AFFILIATED_WITH", "Thales") not in found


# -- the host and the visitors of a visit told just before ---------------------------------------------------------

def test_the_visitors_and_the_hosts_are_the_sides_of_the_visit_told_before(triples):
    found = triples("Ghana hosted a delegation from Burkina Faso in Accra on Monday. The visitors signed a power "
                    "supply agreement with the hosts.")
    assert ("Burkina Faso", "AGREEMENT", "Ghana") in found or ("Ghana", "AGREEMENT", "Burkina Faso") in found


def test_the_visitor_is_the_person_who_visited(triples):
    found = triples("Spanish Prime Minister Pedro Sanchez visited Mauritania on Tuesday. The visitor met President "
                    "Mohamed Ould Ghazouani, and the host country signed a migration deal with Spain.")
    assert ("Pedro Sánchez", "CONSULTATION", "Mohamed Ould Ghazouani") in found or \
        ("Pedro Sanchez", "CONSULTATION", "Mohamed Ould Ghazouani") in found
    assert ("Mauritania", "AGREEMENT", "Spain") in found


def test_the_host_country_in_a_paragraph_with_no_visit_is_no_one(triples):
    found = triples("Ghana hosted a delegation from Burkina Faso in Accra on Monday.\n\nEgypt welcomed Kenya's "
                    "decision to send police to Haiti. The host country signed a loan agreement with Japan.")
    assert not any(p == "AGREEMENT" and "Japan" in (s, o) for s, p, o in found)


def test_the_hosts_of_talks_are_the_host_not_the_guests_of_an_older_visit(triples):
    found = triples("Ghana received a delegation from Burkina Faso on Monday. Qatar hosted talks between Israel and "
                    "Hamas in Doha, and the hosts criticised Israel.")
    assert ("Ghana", "CRITICISM", "Israel") not in found


# -- the chair of the body the report is about --------------------------------------------------------------------

SUMMIT = """The leaders of the Southern African Development Community met in Harare on Saturday. The Southern \
African Development Community approved a new budget. Madagascar will host the next summit, and its President, \
Andry Rajoelina, will then take over the chair.
"""


def test_taking_over_the_chair_leads_the_body_the_report_is_about(triples):
    found = triples(SUMMIT)
    assert ("Madagascar", "LEADS", "Southern African Development Community") in found


def test_taking_over_the_presidency_is_no_chair_of_the_body(triples):
    found = triples(SUMMIT.replace("take over the chair", "take over the presidency"))
    assert not any(p == "LEADS" and o == "Southern African Development Community" for _, p, o in found)


def test_a_chair_in_a_report_about_no_one_body_is_no_one(triples):
    found = triples("The leaders met in Harare on Saturday. Madagascar will host the next summit and will then take "
                    "over the chair.")
    assert not any(p == "LEADS" for _, p, _ in found)
