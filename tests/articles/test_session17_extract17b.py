"""Session 17 (extract17b): persons named with a bare title ("Treasury Secretary X", "Prime Minister Y") and the
state the text ties to their office, or no state when the text does not say which (sentences of our own)."""


def test_a_bare_ministry_title_is_the_state_whose_same_ministry_the_text_named(triples):
    found = triples("The US Treasury froze the assets of two Canadian banks on Monday. Canada said it would retaliate.\n\n"
                    "Treasury Secretary Jane Holloway said on Tuesday that more sanctions would follow.")
    assert ("Jane Holloway", "AFFILIATED_WITH", "United States") in found
    found = triples("Kenya's foreign ministry summoned the Ugandan envoy on Monday. Uganda denied the charge.\n\n"
                    "Foreign Minister Amos Wekesa told reporters that the talks would go on.")
    assert ("Amos Wekesa", "AFFILIATED_WITH", "Kenya") in found


def test_a_ministry_title_abstains_when_two_states_ministries_were_named(triples):
    found = triples("Canada's foreign ministry and Mexico's foreign ministry issued statements on Monday.\n\n"
                    "On Tuesday Foreign Minister Ana Ruiz said talks would resume.")
    assert not any(s == "Ana Ruiz" and p == "AFFILIATED_WITH" for s, p, _ in found)


def test_a_bare_title_is_not_the_state_of_the_person_it_acts_with(triples):
    found = triples("Beijing prefers to treat the dispute as a matter between Nepal and India. Prime Minister Ram "
                    "Bahadur Thapa is expected to raise it with Xi Jinping at the summit.")
    assert ("Ram Bahadur Thapa", "AFFILIATED_WITH", "China") not in found


def test_a_bare_title_in_a_roundup_item_is_the_state_of_the_items_dateline(triples):
    text = ("Americas roundup\n\n"
            "LIMA - Peru's Congress voted on Tuesday to censure the trade minister over a mining contract.\n\n"
            "LA PAZ - The two countries have had no ambassadors in each other's capitals since 2008, when "
            "President Juan Quispe expelled the American ambassador.\n\n"
            "Elsewhere, Vice-President Ana Soto said the talks would go on.")
    found = triples(text)
    assert ("Juan Quispe", "AFFILIATED_WITH", "Bolivia") in found
    assert ("Juan Quispe", "AFFILIATED_WITH", "Peru") not in found
    # a paragraph with no dateline of its own is no item of either place
    assert not any(s == "Ana Soto" and p == "AFFILIATED_WITH" for s, p, _ in found)


def test_an_aide_is_an_office_of_the_state_that_qualifies_it(triples):
    found = triples("Rubio met Russia's foreign minister, Sergei Lavrov, and Kremlin aide Yuri Ushakov in Riyadh.")
    assert ("Yuri Ushakov", "AFFILIATED_WITH", "Russia") in found
    found = triples("Kenya signed the accord on Monday. Presidential aide Omar Farah said more talks would follow.")
    assert ("Omar Farah", "AFFILIATED_WITH", "Kenya") in found


def test_a_bare_title_after_two_states_as_one_subject_abstains(triples):
    found = triples("Kenya and Somalia signed the accord on Monday. President Omar Farah said more talks would follow.")
    assert not any(s == "Omar Farah" and p == "AFFILIATED_WITH" for s, p, _ in found)


def test_a_definite_title_as_subject_is_the_person_who_holds_it(triples):
    found = triples("Prime Minister Ama Boateng of Ghana arrived in Lome. The prime minister then signed a trade pact "
                    "with Togo.")
    assert ("Ghana", "AGREEMENT", "Togo") in found
    found = triples("Ghana's foreign minister, Kofi Asante, flew to Lome. The minister criticised Togo over the "
                    "border closure.")
    assert ("Kofi Asante", "CRITICISM", "Togo") in found
    assert ("Ghana", "CRITICISM", "Togo") in found


def test_the_minister_with_two_ministers_named_is_no_one(triples):
    found = triples("Ghana's foreign minister, Kofi Asante, met Togo's defence minister, Yao Kodjo, in Lome. "
                    "The minister criticised Benin over the border closure.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_the_us_vice_president_and_treasury_secretary_are_known_office_holders(triples):
    found = triples("Vice-President JD Vance flew to Nuuk and accused Denmark of neglect. Denmark rejected the charge.")
    assert ("JD Vance", "AFFILIATED_WITH", "United States") in found
    assert ("United States", "CRITICISM", "Denmark") in found


def test_a_bare_title_is_tied_to_the_state_a_later_office_names(triples):
    text = ("President Irfaan Mohamed arrived in Brasilia on Monday. Brazil and Venezuela were named in the talks. "
            "The Guyanese president later accused Venezuela of threats.")
    found = triples(text)
    assert ("Irfaan Mohamed", "AFFILIATED_WITH", "Guyana") in found
    found = triples(text.replace("The Guyanese president later", "On Tuesday Guyana's president"))
    assert ("Irfaan Mohamed", "AFFILIATED_WITH", "Guyana") in found


def test_a_later_office_ties_no_one_when_two_could_hold_it(triples):
    found = triples("President Irfaan Mohamed and President Tomas Rivas met in Brasilia. Brazil and Venezuela were "
                    "named in the talks. On Tuesday Guyana's president told reporters the border was safe.")
    assert not any(p == "AFFILIATED_WITH" and o == "Guyana" for _, p, o in found)


def test_a_titled_person_among_expelled_diplomats_is_of_their_state(triples):
    found = triples("Russia expelled three Polish diplomats on Friday, including the consul, Jan Nowicki.")
    assert ("Jan Nowicki", "AFFILIATED_WITH", "Poland") in found
    assert ("Jan Nowicki", "AFFILIATED_WITH", "Russia") not in found
