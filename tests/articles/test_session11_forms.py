"""Forms added in session 11 (helper extract11): hearing transcripts' turn labels, office holders
named after a comma in by-phrases, ..."""

import pytest


@pytest.mark.parametrize("label", ["Ms Okafor:", "Senator LINDQVIST:", "MR DALTON (Spokesperson):",
                                   "Dr. Amara Njoku:", "CHAIR (Senator Holt):", "Chair:"])
def test_a_hearing_turn_label_is_blanked(extractor, label):
    from diplograph.loaders.articles.pipeline import mask_footnotes

    text = f"{label} In May Ghana and Togo signed a border pact."
    masked = mask_footnotes(text)
    assert masked.lstrip().startswith("In May") and len(masked) == len(text)


def test_a_turn_label_names_no_party(triples):
    found = triples("Committee hearing\n\nMs Okafor: On 4 March Ghana and Togo signed a border security pact.\n")
    assert ("Ghana", "AGREEMENT", "Togo") in found or ("Togo", "AGREEMENT", "Ghana") in found, found
    assert not any("Okafor" in (s + o) for s, _, o in found)


@pytest.mark.parametrize("text", ["Kenya: the talks resumed.", "Mr Tanaka said: the talks resumed.",
                                  "South China Sea: a new flashpoint."])
def test_a_heading_or_a_quote_with_a_colon_is_no_turn_label(extractor, text):
    from diplograph.loaders.articles.pipeline import mask_footnotes

    assert mask_footnotes(text) == text


@pytest.mark.parametrize("text", [
    "The memorandum was signed in Oslo by the Foreign Minister of Norway, Ingrid Dahl, and by the Secretary of "
    "State of Portugal, Rui Costa.",
    "The treaty was initialled on 2 May by the Prime Minister of Norway, Ingrid Dahl, and by the Minister of "
    "Foreign Affairs of Portugal, Rui Costa.",
])
def test_every_by_phrase_of_a_passive_names_a_signatory(triples, text):
    found = triples(text)
    assert ("Norway", "AGREEMENT", "Portugal") in found or ("Portugal", "AGREEMENT", "Norway") in found, found
    assert ("Ingrid Dahl", "AGREEMENT", "Rui Costa") in found or ("Rui Costa", "AGREEMENT", "Ingrid Dahl") in found


def test_a_name_after_an_office_of_a_state_holds_the_office(triples):
    found = triples("The ceasefire was welcomed by the President of Senegal, Amadou Ba.")
    assert ("Amadou Ba", "AFFILIATED_WITH", "Senegal") in found, found


@pytest.mark.parametrize("text, intruder, owner", [
    ("Two Russian bombers flew into Latvian airspace on Tuesday.", "Russia", "Latvia"),
    ("Chinese navy ships sailed into Vietnam's territorial waters near the Paracels.", "China", "Vietnam"),
    ("Belarusian military helicopters violated Polish airspace twice in August.", "Belarus", "Poland"),
    ("A Turkish drone entered the airspace of Armenia.", "Turkey", "Armenia"),
])
def test_forces_sent_into_a_states_skies_or_waters_press_it(triples, text, intruder, owner):
    assert (intruder, "MOBILIZATION", owner) in triples(text)


@pytest.mark.parametrize("text", [
    "A Qatari airliner entered Saudi airspace after the blockade ended.",
    "Iranian tankers sailed through international waters.",
    "Turkish jets flew to Azerbaijan for the parade.",
])
def test_crossing_into_no_ones_skies_or_with_no_forces_is_no_show_of_force(triples, text):
    assert not any(p == "MOBILIZATION" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, guest, host", [
    ("From next year, French frigates will rotate through a naval base in Senegal.", "France", "Senegal"),
    ("Under the pact, American marines rotate through bases in the Philippines.", "United States", "Philippines"),
])
def test_forces_rotating_through_a_place_are_there_not_delivered(triples, text, guest, host):
    found = triples(text)
    assert (guest, "MILITARY_PRESENCE", host) in found, found
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)


@pytest.mark.parametrize("text, writer, addressee", [
    ("In a letter to Kenyan President William Ruto, Ugandan President Yoweri Museveni asked for troops.",
     "Uganda", "Kenya"),
    ("In a letter addressed to the King of Jordan, the Emir of Qatar proposed a summit.", "Qatar", "Jordan"),
    ("Egypt wrote to the African Union about the dam on Monday.", "Egypt", "African Union"),
])
def test_writing_to_someone_is_consulting_them(triples, text, writer, addressee):
    found = triples(text)
    assert (writer, "CONSULTATION", addressee) in found or (addressee, "CONSULTATION", writer) in found, found


@pytest.mark.parametrize("text", [
    "The minister wrote an essay for Foreign Affairs about Russia.",
    "Chile signed a letter of intent with Brazil on lithium.",
])
def test_a_paper_signed_or_an_essay_is_no_letter_to_someone(triples, text):
    assert not any(p == "CONSULTATION" for _, p, _ in triples(text))


@pytest.mark.parametrize("text", [
    "Romania signed a letter of acceptance in May for 32 F-35 fighters from the United States.",
    "Romania signed a contract for 54 Abrams tanks from the United States.",
])
def test_a_deal_for_weapons_from_someone_is_buying_from_them(triples, text):
    assert ("United States", "ARMS_TRANSFER", "Romania") in triples(text)


@pytest.mark.parametrize("text, giver, given, predicate", [
    ("The statement notes the support of Japan for the Philippines.", "Japan", "Philippines", "SUPPORT"),
    ("Norway has been Sudan's largest provider of humanitarian assistance since 2019.", "Norway", "Sudan", "AID"),
    ("China is Laos's biggest lender.", "China", "Laos", "AID"),
    ("Japan, the largest donor to Cambodia, pledged more.", "Japan", "Cambodia", "AID"),
    ("The IMF is the main creditor of Zambia.", "International Monetary Fund", "Zambia", "AID"),
])
def test_a_giver_named_by_what_it_gives(triples, text, giver, given, predicate):
    found = triples(text)
    assert (giver, predicate, given) in found, found


@pytest.mark.parametrize("text", ["Donor countries met in Paris.", "Russia is the largest supplier of gas to Moldova."])
def test_donors_of_no_one_and_goods_sold_give_no_aid(triples, text):
    assert not any(p in ("AID", "ARMS_TRANSFER") for _, p, _ in triples(text))


@pytest.mark.parametrize("text, claimant, claimed", [
    ("Taiwan, which Beijing claims as its own, held elections.", "China", "Taiwan"),
    ("Beijing claims Taiwan as part of its territory.", "China", "Taiwan"),
])
def test_claiming_a_state_as_ones_own_is_a_dispute(triples, text, claimant, claimed):
    found = triples(text)
    assert (claimant, "DISPUTE", claimed) in found or (claimed, "DISPUTE", claimant) in found, found


def test_claiming_an_attack_or_a_victory_is_no_dispute(triples):
    found = triples("Hamas claimed the attack on Israel as revenge. Kenya claimed victory over Somalia.")
    assert not any(p == "DISPUTE" for _, p, _ in found)


def test_an_ally_named_by_its_alliance_is_a_member(triples):
    found = triples("Norway, a NATO ally, bought the tanks. Hungary, an EU partner, objected.")
    assert ("Norway", "MEMBER_OF", "North Atlantic Treaty Organization") in found, found
    assert ("Hungary", "MEMBER_OF", "European Union") not in found


@pytest.mark.parametrize("text, person, state", [
    ("Kenya expelled four Somali diplomats, among them Ambassador Ali Abdi Hassan.", "Ali Abdi Hassan", "Somalia"),
    ("Kenya expelled four Somali officials, among them the acting ambassador Ali Hassan.", "Ali Hassan", "Somalia"),
])
def test_a_titled_person_among_a_states_group_serves_it_however_parsed(triples, text, person, state):
    assert (person, "AFFILIATED_WITH", state) in triples(text)


def test_a_member_with_others_shares_the_membership(triples):
    found = triples("Egypt is a member of BRICS with Brazil, Ethiopia and Iran.")
    assert {("Egypt", "MEMBER_OF", "BRICS"), ("Ethiopia", "MEMBER_OF", "BRICS"), ("Iran", "MEMBER_OF", "BRICS")} <= found


def test_a_with_phrase_of_help_names_no_co_member(triples):
    found = triples("Kenya became a member of the African Union with support from Ethiopia.")
    assert ("Ethiopia", "MEMBER_OF", "African Union") not in found


@pytest.mark.parametrize("text, firm, state", [
    ("Moldova's state-owned distributor Moldovagaz stopped buying gas.", "Moldovagaz", "Moldova"),
    ("Russia's state-controlled energy giant Gazprom cut supplies.", "Gazprom", "Russia"),
])
def test_a_firm_after_its_states_qualified_descriptor_is_based_there(triples, text, firm, state):
    assert (firm, "BASED_IN", state) in triples(text)


def test_an_office_holder_hung_on_the_verb_holds_the_office(triples):
    found = triples("The minister said so when the Foreign Minister of Ghana, Mr Kwame Asante, received the "
                    "Minister of Foreign Affairs of Togo, Mr Robert Dussey, in Accra on 3 May 2024.")
    assert ("Robert Dussey", "AFFILIATED_WITH", "Togo") in found, found
    assert ("Ghana", "CONSULTATION", "Togo") in found or ("Togo", "CONSULTATION", "Ghana") in found


def test_whom_a_second_verb_addresses_at_a_meeting_is_met(triples):
    found = triples("At a State House meeting on 2 May, Ruto opened the session and handed Museveni a letter.")
    assert ("William Ruto", "CONSULTATION", "Yoweri Museveni") in found or \
        ("Yoweri Museveni", "CONSULTATION", "William Ruto") in found, found


def test_a_named_leader_with_his_office_after_a_comma_is_one_signatory(triples):
    found = triples("President Ruto, President Museveni of the Republic of Uganda and His Highness Sheikh "
                    "Tamim bin Hamad Al Thani, Emir of the State of Qatar, signed a declaration.")
    assert ("Tamim bin Hamad Al Thani", "AFFILIATED_WITH", "Qatar") in found
    assert ("Uganda", "AGREEMENT", "Qatar") in found or ("Qatar", "AGREEMENT", "Uganda") in found, found
    assert ("Kenya", "AGREEMENT", "Qatar") in found or ("Qatar", "AGREEMENT", "Kenya") in found, found


def test_a_signing_of_many_parties_names_no_two_sides_for_a_later_ceasefire(triples):
    found = triples("President Ruto, President Museveni of the Republic of Uganda and His Highness Sheikh "
                    "Tamim bin Hamad Al Thani, Emir of the State of Qatar, signed a declaration. The truce concluded "
                    "in May with the mediation of Egypt collapsed.")
    assert not any(s == "Egypt" and p == "MEDIATION" for s, p, _ in found), found


@pytest.mark.parametrize("text, ally, host", [
    ("Insurgents routed Nigerien soldiers and their Wagner allies near the border.", "Wagner Group", "Niger"),
    ("The rebels met little resistance from Mozambican troops and their Rwandan allies.", "Rwanda", "Mozambique"),
])
def test_allies_fighting_beside_a_states_forces_are_on_its_soil(triples, text, ally, host):
    assert (ally, "MILITARY_PRESENCE", host) in triples(text)


def test_allies_named_by_no_one_or_of_a_government_are_no_presence(triples):
    found = triples("Ukrainian forces and their Western allies held talks. The Malian government and its Russian "
                    "allies met in Bamako.")
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in found), found


@pytest.mark.parametrize("text, sender, host", [
    ("Hungary's parliament has approved a mission of up to 200 soldiers to Chad.", "Hungary", "Chad"),
    ("Kenya sent a mission of 400 police officers to Haiti.", "Kenya", "Haiti"),
])
def test_a_mission_of_forces_sent_to_a_state_is_a_presence(triples, text, sender, host):
    assert (sender, "MILITARY_PRESENCE", host) in triples(text)


def test_a_mission_of_experts_is_no_presence(triples):
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples("The IMF sent a mission to Kenya."))


def test_help_shared_with_someone_and_paused_presses_them(triples):
    found = triples("In May Britain paused military assistance and the sharing of intelligence with Colombia.")
    assert ("United Kingdom", "COERCION", "Colombia") in found, found


def test_who_is_warned_against_an_act_would_do_it_and_does_not(claims):
    found = claims("Moscow warned Helsinki against joining NATO.")
    assert ("Russia", "THREAT", "Finland", "asserted") in found
    assert ("Finland", "MEMBER_OF", "North Atlantic Treaty Organization", "denied") in found, found
    assert not any(s == "Russia" and p == "MEMBER_OF" for s, p, _, _ in found)


def test_who_is_kept_from_an_act_is_its_doer(claims):
    found = claims("Beijing discouraged Kathmandu from signing the deal with Washington.")
    assert ("Nepal", "AGREEMENT", "United States", "denied") in found or \
        ("United States", "AGREEMENT", "Nepal", "denied") in found, found
    assert not any(s == "China" and p == "AGREEMENT" for s, p, _, _ in found)


@pytest.mark.parametrize("text, judge, seller, buyer", [
    ("Beijing criticised Washington over arms sales to Taiwan.", "China", "United States", "Taiwan"),
    ("China sanctioned Lockheed Martin over arms sales to Taiwan.", "China", "Lockheed Martin", "Taiwan"),
])
def test_a_deed_one_is_judged_over_is_the_judged_ones(triples, text, judge, seller, buyer):
    found = triples(text)
    assert (seller, "ARMS_TRANSFER", buyer) in found, found
    assert (judge, "ARMS_TRANSFER", buyer) not in found


@pytest.mark.parametrize("text, attacker, target", [
    ("Odesa was struck by Russian drones overnight.", "Russia", "Ukraine"),
    ("Israel was hit by a barrage of Iranian missiles on Tuesday.", "Iran", "Israel"),
    ("A wave of Russian drones struck Kyiv overnight.", "Russia", "Ukraine"),
])
def test_a_place_or_state_hit_by_anothers_weapons_is_attacked(triples, text, attacker, target):
    assert (attacker, "ATTACK", target) in triples(text)


def test_a_wave_of_protests_attacks_no_one(triples):
    assert not any(p == "ATTACK" for _, p, _ in triples("A wave of protests hit Serbia."))


def test_an_act_named_with_its_doer_in_a_by_phrase(triples):
    found = triples("The expulsion of French diplomats by Mali followed weeks of tension.")
    assert ("Mali", "COERCION", "France") in found, found


@pytest.mark.parametrize("text, critic, criticised, predicate", [
    ("Uganda's support for the rebels drew condemnation from the African Union.", "African Union", "Uganda",
     "CRITICISM"),
    ("Israel faced criticism from Spain over the strikes.", "Spain", "Israel", "CRITICISM"),
    ("Serbia expelled two diplomats. The move drew sharp criticism from Croatia.", "Croatia", "Serbia", "CRITICISM"),
    ("Kenya received a warning from the United States.", "United States", "Kenya", "THREAT"),
])
def test_criticism_drawn_from_someone_is_theirs(triples, text, critic, criticised, predicate):
    assert (critic, predicate, criticised) in triples(text)


def test_solidarity_expressed_with_someone_backs_them(triples):
    assert ("Egypt", "SUPPORT", "Sudan") in triples("Egypt expressed solidarity with Sudan.")


@pytest.mark.parametrize("text, a, b", [
    ("The Lusaka Treaty, signed in May, commits Zambia and Malawi to come to each other's aid.", "Zambia", "Malawi"),
    ("The pact binds Morocco and Spain to cooperate on migration.", "Morocco", "Spain"),
    ("The agreement obliges Kenya and Ethiopia to share water data.", "Kenya", "Ethiopia"),
])
def test_whom_a_deal_binds_are_its_parties(triples, text, a, b):
    found = triples(text)
    assert (a, "AGREEMENT", b) in found or (b, "AGREEMENT", a) in found, found


def test_a_government_committing_its_states_binds_no_deal(triples):
    assert not any(p == "AGREEMENT" for _, p, _ in triples("The government committed Kenya and Uganda to nothing."))


@pytest.mark.parametrize("text, witness, a, b", [
    ("Serbia and Kosovo signed the agreement in Brussels in the presence of EU foreign policy chief Kaja Kallas.",
     "European Union", "Serbia", "Kosovo"),
    ("Thailand and Cambodia signed a joint declaration, witnessed by Malaysian Prime Minister Anwar Ibrahim.",
     "Malaysia", "Thailand", "Cambodia"),
    ("In Doha, Qatar's emir witnessed the signing of a peace accord between Rwanda and the DRC.",
     "Qatar", "Rwanda", "Democratic Republic of the Congo"),
])
def test_a_third_party_witnessing_a_signing_stands_between_the_sides(triples, text, witness, a, b):
    found = triples(text)
    assert {(witness, "MEDIATION", a), (witness, "MEDIATION", b)} <= found, found


@pytest.mark.parametrize("text", [
    "In the presence of the two leaders, India and Sri Lanka signed seven agreements.",
    "The contract was signed by Hyundai Rotem and Poland's Armament Agency in the presence of Poland's defence "
    "minister and of South Korea's defence minister.",
])
def test_the_sides_own_leaders_or_a_firms_contract_make_no_go_between(triples, text):
    assert not any(p == "MEDIATION" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, judge, judged", [
    ("Washington expelled Colombia's ambassador. Bogota called the expulsion regrettable.", "Colombia",
     "United States"),
    ("Beijing called Manila's move a provocation and a disgrace.", "China", "Philippines"),
    ("Paris expelled two Algerian diplomats. Algiers condemned the expulsion as unfriendly.", "Algeria", "France"),
])
def test_a_verdict_on_someones_deed_criticises_them(triples, text, judge, judged):
    assert (judge, "CRITICISM", judged) in triples(text)


@pytest.mark.parametrize("text", ["The Shahed-136 is an Iranian-designed drone.",
                                  "Russia fired the Shahed-136, an Iranian-designed drone, at Kyiv."])
def test_a_weapon_said_to_be_made_somewhere_is_made_there(triples, text):
    assert ("Iran", "MANUFACTURES", "Shahed-136") in triples(text)


def test_a_name_read_as_one_more_word_of_an_office_holds_it(triples):
    found = triples("On 2 May the Deputy Prime Minister and Minister for Defence, Kofi Mensah, and the Togolese "
                    "Defence Minister, Yao Agbeko, signed a border pact.")
    assert ("Kofi Mensah", "AGREEMENT", "Yao Agbeko") in found or ("Yao Agbeko", "AGREEMENT", "Kofi Mensah") in found, found
