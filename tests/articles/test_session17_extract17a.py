"""Session 17 (extract17a): pairs whose two actors are found with no relation between them: a side
that takes part in talks a go-between hosts or brokers, one under a measure or its subject (sentences of
our own)."""


def test_one_side_joining_talks_a_go_between_holds_is_a_side_it_mediates_with(triples):
    found = triples("Kenya took part in the talks facilitated by Norway last year.")
    assert ("Norway", "MEDIATION", "Kenya") in found
    found = triples("In May Ghana withdrew from the negotiations mediated by Nigeria.")
    assert ("Nigeria", "MEDIATION", "Ghana") in found
    found = triples("Peru attended talks hosted by Brazil in March.")
    assert ("Brazil", "MEDIATION", "Peru") in found  # talks one attends have other sides: not a host's meeting
    assert ("Brazil", "CONSULTATION", "Peru") not in found
    found = triples("After months of delay, Kosovo rejoined the dialogue brokered by the European Union.")
    assert ("European Union", "MEDIATION", "Kosovo") in found


def test_acting_under_a_deal_a_go_between_brokered_makes_one_its_party(triples):
    found = triples("Chile lifted its objection on the basis of a compromise brokered by Spain.")
    assert ("Spain", "MEDIATION", "Chile") in found
    found = triples("Armenia released twelve detainees under an accord brokered by Georgia.")
    assert ("Georgia", "MEDIATION", "Armenia") in found


def test_judging_or_hosting_what_a_go_between_brokered_takes_no_part_in_it(triples):
    found = triples("The United States welcomed the truce brokered by Qatar.")
    assert not any(p == "MEDIATION" for _, p, _ in found)
    found = triples("Colombia praised the talks hosted by Cuba.")
    assert not any(p == "MEDIATION" for _, p, _ in found)
    found = triples("Senegal attended a summit hosted by Morocco in June.")
    assert ("Morocco", "MEDIATION", "Senegal") not in found  # a summit has guests, not sides


def test_one_under_a_measure_or_its_subject_is_its_target(triples):
    found = triples("The gang leader Vitel Homme has been under UN sanctions since 2021.")
    assert ("United Nations", "COERCION", "Vitel Homme") in found
    found = triples("Rosneft, under EU sanctions since 2014, kept selling oil to India.")
    assert ("European Union", "COERCION", "Rosneft") in found
    found = triples("Iran was placed under UN sanctions in 2006.")
    assert ("United Nations", "COERCION", "Iran") in found
    found = triples("Syria is subject to EU sanctions.")
    assert ("European Union", "COERCION", "Syria") in found
    found = triples("Sudan's former leader Omar al-Bashir, the subject of an ICC warrant, travelled to Chad.")
    assert ("International Criminal Court", "COERCION", "Omar al-Bashir") in found


def test_a_measure_acted_under_lays_nothing_on_the_actor(triples):
    found = triples("Washington imposed sanctions on Caracas under an executive order.")
    assert ("United States", "COERCION", "Venezuela") in found
    found = triples("Under the sanctions, Belgian firms may no longer trade with Iran.")
    assert not any(p == "COERCION" and o == "Belgium" for _, p, o in found)


def test_a_state_consulted_or_briefed_is_a_partner_in_talks(triples):
    found = triples("Ottawa said it would consult Mexico before any decision on tariffs.")
    assert ("Canada", "CONSULTATION", "Mexico") in found
    found = triples("Athens had briefed Paris and Berlin on the proposal, a Greek official said.")
    assert ("Greece", "CONSULTATION", "France") in found
    assert ("Greece", "CONSULTATION", "Germany") in found
    found = triples("Egypt told Israel that the crossing would stay closed.")
    assert ("Egypt", "CONSULTATION", "Israel") not in found  # telling a state something is no meeting


def test_a_verdict_on_an_incursion_judges_whoever_sailed_or_flew_in(triples):
    found = triples("A Venezuelan patrol boat sailed into Guyanese waters on Friday. "
                    "Georgetown called the incursion unacceptable.")
    assert ("Guyana", "CRITICISM", "Venezuela") in found
    found = triples("Three Belarusian helicopters flew into Lithuanian airspace on Tuesday. "
                    "Vilnius condemned the intrusion.")
    assert ("Lithuania", "CRITICISM", "Belarus") in found
    found = triples("Egypt's president flew to Riyadh on Sunday. Jordan condemned the incursion of settlers "
                    "into Al-Aqsa.")
    assert ("Jordan", "CRITICISM", "Egypt") not in found  # a visit is no incursion


def test_a_border_kept_shut_is_closed_on_the_neighbour(triples):
    found = triples("Niamey has kept its border with Benin shut since the July 2023 coup.")
    assert ("Niger", "COERCION", "Benin") in found
    found = triples("Pakistan kept the crossings with Afghanistan closed for weeks.")
    assert ("Pakistan", "COERCION", "Afghanistan") in found
    found = triples("Hungary left its border with Serbia open.")
    assert ("Hungary", "COERCION", "Serbia") not in found


def test_names_listed_before_other_members_are_members_too(triples):
    found = triples("France, Germany and other EU members opposed the plan.")
    assert {("France", "MEMBER_OF", "European Union"), ("Germany", "MEMBER_OF", "European Union")} <= found
    found = triples("Saudi Arabia, the UAE and other OPEC members agreed to cut output.")
    assert ("Saudi Arabia", "MEMBER_OF", "Organization of the Petroleum Exporting Countries") in found
    assert ("Saudi Arabia", "AGREEMENT", "Organization of the Petroleum Exporting Countries") not in found
    found = triples("Russia, Iran and other members of the SCO met in Astana.")
    assert ("Iran", "MEMBER_OF", "Shanghai Cooperation Organisation") in found
    assert ("Russia", "CONSULTATION", "Shanghai Cooperation Organisation") not in found
    found = triples("The African Union sent observers from Ghana, Kenya and other member states.")
    assert ("Kenya", "MEMBER_OF", "African Union") in found


def test_names_beside_other_donors_or_partners_are_no_members(triples):
    found = triples("Germany and other donors pledged aid to Sudan.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found)
    found = triples("Kenya and other EU partners signed the declaration.")
    assert ("Kenya", "MEMBER_OF", "European Union") not in found


def test_a_journey_made_to_greet_someone_meets_them(triples):
    found = triples("Viktor Orban, Hungary's prime minister, flew to Tbilisi after the election to congratulate "
                    "Kobakhidze.")
    assert ("Viktor Orbán", "CONSULTATION", "Irakli Kobakhidze") in found
    found = triples("Erdogan flew to Baku to thank Ilham Aliyev for his support.")
    assert ("Recep Tayyip Erdoğan", "CONSULTATION", "Ilham Aliyev") in found
    found = triples("The envoy of Chad went to Geneva to attend the talks.")
    assert not any(p == "CONSULTATION" and o == "Switzerland" for _, p, o in found)


def test_a_supporter_or_champion_supports_whose_it_is(triples):
    found = triples("France became Morocco's strongest supporter on the Sahara.")
    assert ("France", "SUPPORT", "Morocco") in found
    found = triples("Kenya, a defender of the Palestinian Authority, voted yes.")
    assert ("Kenya", "SUPPORT", "Palestinian Authority") in found  # a body of its own (organizations.yaml)
    found = triples("Modi hugged Trump, his good friend, in Houston.")
    assert not any(p == "SUPPORT" for _, p, _ in found)  # a friend is a warm word, not backing


def test_an_acronym_before_its_holders_is_their_body_however_parsed(triples):
    found = triples("ECOWAS leaders, who suspended Mali in 2021, met in Abuja.")
    assert ("Economic Community of West African States", "COERCION", "Mali") in found


def test_a_third_side_winning_a_release_or_return_stands_between_the_two(triples):
    found = triples("Qatar has negotiated the return of dozens of Ukrainian children from Russia.")
    assert {("Qatar", "MEDIATION", "Ukraine"), ("Qatar", "MEDIATION", "Russia")} <= found
    found = triples("Oman secured the release of a French citizen held by Iran.")
    assert {("Oman", "MEDIATION", "France"), ("Oman", "MEDIATION", "Iran")} <= found


def test_a_side_winning_back_its_own_people_mediates_nothing(triples):
    found = triples("Russia secured the release of its soldiers held by Ukraine.")
    assert not any(p == "MEDIATION" for _, p, _ in found)
    found = triples("France negotiated the purchase of Rafale jets by India.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_the_three_at_the_opening_of_a_section_are_the_list_the_section_before_ended_with(triples):
    text = ("# The river quarrel\n\nEgypt, Ethiopia and Sudan signed a declaration of principles in 2015.\n\n"
            "## A failed gamble\n\nIn 2019 the three governments accepted talks hosted by the US Treasury.\n")
    found = triples(text)
    assert {("United States", "MEDIATION", side) for side in ("Egypt", "Ethiopia", "Sudan")} <= found
    text = ("# The river quarrel\n\nEgypt, Ethiopia and Sudan signed a declaration of principles in 2015.\n\n"
            "## A failed gamble\n\nKenya and Uganda have their own quarrel. In 2019 the three governments "
            "accepted talks hosted by the US Treasury.\n")
    found = triples(text)  # the section named others first: no list of three of its own, none from before
    assert ("United States", "MEDIATION", "Egypt") not in found


def test_negotiating_something_else_after_a_quarrel_mediates_nothing(triples):
    found = triples("Armenia and Azerbaijan clashed on the border on Monday. On Tuesday Qatar secured a new gas "
                    "contract.")
    assert not any(p == "MEDIATION" for _, p, _ in found)
