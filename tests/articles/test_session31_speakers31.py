"""Session 31 (speakers31): whom "we", "our", "us" stand for in an interview's answers (sentences of our own).

- An interview page introduces its interviewee before the first question ("X, a senior adviser at an
  institute in Budapest, explains ..."). The answers ("A:", or the interviewee's name as the label) speak for
  the one state, or the one firm or intergovernmental body, set beside that name: "Poland sold us tanks" is
  sold to Hungary.
- The interviewer's turns ("Q:") keep their "we" (the outlet); a standfirst that sets two states beside the
  name gives the answers no side; a person named inside an answer does not replace the interviewee.
"""

HUNGARY_INTERVIEW = """Budapest's quiet turn to the west

Lena Varga, a senior adviser at the Danube Policy Institute in Budapest, explains the change.

Q: Where does the army buy its weapons now?

A: Mostly from Poland. Last year Poland sold us forty tanks, and Germany trains our pilots.
"""


def test_an_answer_speaks_for_the_state_the_standfirst_set_beside_the_interviewee(triples):
    found = triples(HUNGARY_INTERVIEW)
    assert ("Poland", "ARMS_TRANSFER", "Hungary") in found
    assert ("Germany", "COOPERATION", "Hungary") in found


def test_the_interviewer_question_keeps_its_own_we(triples):
    found = triples(HUNGARY_INTERVIEW + "\nQ: We asked Slovakia about the tanks. Slovakia has criticised us.\n")
    assert ("Slovakia", "CRITICISM", "Hungary") not in found


def test_a_firm_chief_answers_for_the_firm(triples):
    found = triples("""The fighter market after the war

Erik Lund, chief executive of Saab, spoke to us in Stockholm.

Q: Who are your new customers?

A: Last year we delivered twelve Gripen fighters to Thailand.
""")
    assert ("Saab", "ARMS_TRANSFER", "Thailand") in found


def test_a_possessive_state_beside_the_name_is_the_side(triples):
    found = triples("""The Andes water row

We spoke to Ambassador Rosa Quilla, a member of Bolivia's negotiating team on the Silala waters.

Q: Why did the talks stop?

A: Because Chile has refused to meet us since March.
""")
    assert ("Chile", "REJECTION", "Bolivia") in found


def test_two_states_beside_the_name_give_the_answers_no_side(triples):
    found = triples("""Energy on the Danube

Lena Varga, who has advised both Hungary and Slovakia on energy policy, explains the pipeline dispute.

Q: Who pays for the pipeline?

A: Austria has lent us two billion euros for it.
""")
    assert not any(s == "Austria" and p == "AID" for s, p, o in found)


def test_a_person_named_inside_an_answer_does_not_replace_the_interviewee(triples):
    found = triples(HUNGARY_INTERVIEW + """
Q: And the neighbours?

A: Our envoy, Marek Novak, a former Slovak diplomat, met them last week. Romania has criticised us for the tanks.
""")
    assert ("Romania", "CRITICISM", "Hungary") in found
    assert ("Romania", "CRITICISM", "Slovakia") not in found


# --- a quotation that goes on in a sentence of its own ---------------------------------------------------------

def test_a_quotation_after_the_attribution_is_the_same_speaker(triples):
    found = triples('General Amina Okafor, the Nigerian army spokeswoman, told reporters in Abuja that the raids had '
                    'to stop. "Niger sold us twelve drones last year."')
    assert ("Niger", "ARMS_TRANSFER", "Nigeria") in found


def test_a_second_quoted_sentence_after_said_is_the_same_speaker(triples):
    found = triples('Nigeria\'s army spokeswoman is General Amina Okafor. "We will respond," Okafor said. '
                    '"France trains our pilots."')
    assert ("France", "COOPERATION", "Nigeria") in found


def test_a_speaker_without_an_office_gives_the_quotation_no_side(triples):
    found = triples('Analysts were unconvinced. "Niger has sold us nothing," wrote the columnist Ade Bello. '
                    '"Ghana trains our pilots."')
    assert not any(s == "Ghana" for s, p, o in found)


def test_the_writer_first_person_outside_quotation_marks_is_no_speaker(triples):
    found = triples('"We will respond," said General Amina Okafor, the Nigerian army spokeswoman. '
                    'Ghana trains our pilots, this newspaper has learned.')
    assert not any(s == "Ghana" and o == "Nigeria" for s, p, o in found)


def test_a_quotation_in_a_new_paragraph_is_not_the_last_speaker(triples):
    found = triples('"We will respond," said General Amina Okafor, the Nigerian army spokeswoman.\n\n'
                    '"Ghana trains our pilots."')
    assert not any(s == "Ghana" and o == "Nigeria" for s, p, o in found)


# --- "We, the Governments of ..." --------------------------------------------------------------------------------

def test_we_with_the_signatories_beside_it_is_each_of_them(triples):
    found = triples("We, the foreign ministers of Chile and Peru, condemn Bolivia's closure of the border.")
    assert ("Chile", "CRITICISM", "Bolivia") in found
    assert ("Peru", "CRITICISM", "Bolivia") in found


def test_we_the_leaders_of_a_body_is_the_body(triples):
    found = triples("We, the leaders of the African Union, strongly condemn Mali's decision to close the border.")
    assert ("African Union", "CRITICISM", "Mali") in found


def test_a_state_inside_a_clause_of_the_apposition_is_not_we(triples):
    found = triples("We, the states that Russia invaded, condemn Belarus for its help.")
    assert not any(s == "Russia" and o == "Belarus" for s, p, o in found)


# --- "the two governments": the pair the text put together -------------------------------------------------------

def test_both_countries_are_the_sides_of_the_deal_after_a_critic_is_named(triples):
    found = triples("Morocco signed a fisheries agreement with Mauritania in Rabat. Algeria criticised the deal on "
                    "Wednesday. Both countries pledged to hold joint naval exercises next year.")
    assert ("Morocco", "MILITARY_EXERCISE", "Mauritania") in found
    assert not any(p == "MILITARY_EXERCISE" and "Algeria" in (s, o) for s, p, o in found)


def test_a_pair_named_together_since_comes_before_the_pair_told(triples):
    found = triples("Peru and Bolivia signed a water agreement in La Paz. Chile and Argentina criticised it. "
                    "The two countries then agreed to hold joint consultations.")
    assert ("Chile", "CONSULTATION", "Argentina") in found or ("Argentina", "CONSULTATION", "Chile") in found


def test_the_two_leaders_are_the_two_who_met_not_the_last_two_named(triples):
    found = triples("Indian Prime Minister Narendra Modi met Sri Lankan President Anura Kumara Dissanayake in Colombo "
                    "on Saturday. Earlier, Dissanayake had thanked Chinese President Xi Jinping for a loan. The two "
                    "leaders signed a defence cooperation pact.")
    assert ("India", "AGREEMENT", "Sri Lanka") in found
    assert not any(p == "AGREEMENT" and "China" in (s, o) for s, p, o in found)


def test_a_call_told_in_the_past_perfect_is_background_to_the_visit(triples):
    found = triples("Turkish President Recep Tayyip Erdogan hosted Azerbaijan's Ilham Aliyev in Ankara. Russian "
                    "President Vladimir Putin had called Aliyev a day earlier to discuss the pipeline. The two "
                    "presidents agreed to build a railway link.")
    assert ("Turkey", "AGREEMENT", "Azerbaijan") in found
    assert not any(p == "AGREEMENT" and "Russia" in (s, o) for s, p, o in found)


def test_we_the_states_the_document_named_as_a_bloc_is_the_bloc(triples):
    found = triples("Poland, Hungary and Slovakia (the Visegrad Group) met in Warsaw on Monday.\n\n"
                    "We, the Governments of Poland, Hungary and Slovakia, condemn Russia's attack on Ukraine.")
    assert ("Visegrád Group", "CRITICISM", "Russia") in found
    assert ("Poland", "CRITICISM", "Russia") not in found
