"""Session 22 (extract22a): constructions met in whole unseen real articles from Europe, Russia, the Caucasus,
Asia and the Pacific: a consulate general closed, a South Asian dateline, a title written before another
official's name (sentences and short documents of our own)."""

from diplograph.gazetteer import load_gazetteer
from diplograph.loaders.articles.metadata import filed_in


def test_closing_a_consulate_general_presses_the_state_it_serves(triples):
    found = triples("Finland said it will close the Russian consulate general in Turku.")
    assert ("Finland", "COERCION", "Russia") in found
    found = triples("Poland shut the Belarusian consulates general in Gdansk and Lodz last year.")
    assert ("Poland", "COERCION", "Belarus") in found


def test_a_consul_general_is_still_an_envoys_title(triples):
    found = triples("The consul general of India in Toronto, Rakesh Sharma, met Canadian officials.")
    assert ("Rakesh Sharma", "AFFILIATED_WITH", "India") in found


def test_a_capitals_dateline_with_a_colon_names_the_state_a_bare_title_serves(triples):
    text = ("Minister heads to Tokyo\n\nKARACHI: Foreign Minister Imran Qadir on Monday left for a three-day "
            "visit to Japan, the Foreign Office said.")
    found = triples(text)
    assert ("Imran Qadir", "AFFILIATED_WITH", "Pakistan") in found
    assert ("Pakistan", "CONSULTATION", "Japan") in found


def test_a_speakers_label_in_capitals_is_no_dateline():
    gazetteer = load_gazetteer()
    assert filed_in("Interview\n\nMEHTA: We never said that.\n\nHOST: Why not?", gazetteer) is None
    assert filed_in("Talks\n\nNEW DELHI, Aug 3: The minister left.", gazetteer).name == "India"
    # two places filed from: a roundup, no one dateline
    assert filed_in("Roundup\n\nLAHORE: One.\n\nDHAKA: Two.", gazetteer) is None


def test_a_title_written_before_another_officials_name_ties_no_earlier_minister_to_that_state(triples):
    text = ("Minister flies to Seoul\n\nForeign Minister Arturo Delgado on Monday left for a three-day visit to "
            "South Korea.\n\nThe minister said he hoped his meeting with South Korean Foreign Minister Cho Tae-yul "
            "would be productive.")
    found = triples(text)
    assert ("Cho Tae-yul", "AFFILIATED_WITH", "South Korea") in found
    assert ("Arturo Delgado", "AFFILIATED_WITH", "South Korea") not in found


def test_an_office_named_later_without_a_name_still_ties_the_earlier_holder(triples):
    text = ("Visit\n\nPresident Arturo Delgado arrived in Brasilia on Monday.\n\n"
            "The Guyanese president told reporters that the visit was productive.")
    assert ("Arturo Delgado", "AFFILIATED_WITH", "Guyana") in triples(text)


def test_leading_a_delegation_to_a_state_visits_it(triples):
    found = triples("Hungary's foreign minister led a delegation to Beijing on Monday.")
    assert ("Hungary", "CONSULTATION", "China") in found
    found = triples("The EU's special envoy led a delegation of Western envoys to Pristina and Belgrade.")
    assert ("European Union", "CONSULTATION", "Kosovo") in found
    assert ("European Union", "CONSULTATION", "Serbia") in found
    found = triples("The Indonesian defence minister will head a delegation of officials to Canberra next month.")
    assert ("Indonesia", "CONSULTATION", "Australia") in found


def test_leading_troops_or_a_delegation_to_a_venue_for_talks_with_another_visits_no_one_there(triples):
    found = triples("General Petrov led his troops to Kherson in March.")
    assert not any(p == "CONSULTATION" for _, p, _ in found)
    found = triples("Rustem Umerov led the Ukrainian delegation to Istanbul for talks with Russia.")
    assert ("Ukraine", "CONSULTATION", "Russia") in found
    assert ("Ukraine", "CONSULTATION", "Turkey") not in found


def test_the_names_a_copula_lists_after_a_fronted_among_phrase_are_the_doers(triples):
    found = triples("Among the countries that expelled Russian diplomats are Denmark, Italy and Spain.")
    assert {("Denmark", "COERCION", "Russia"), ("Italy", "COERCION", "Russia"),
            ("Spain", "COERCION", "Russia")} <= found


def test_a_fronted_among_phrase_never_means_the_list_told_just_before(triples):
    text = ("Envoys\n\nPoland, Hungary and Greece sent envoys to the summit.\n\n"
            "Among the states that have recognised Palestine are Norway, Ireland and Spain.")
    found = triples(text)
    assert ("Norway", "SUPPORT", "Palestine") in found
    assert ("Hungary", "SUPPORT", "Palestine") not in found
    assert ("Greece", "SUPPORT", "Palestine") not in found


def test_booting_out_envoys_expels_them(triples):
    assert ("Moldova", "COERCION", "Russia") in triples("Moldova booted out two Russian diplomats on Friday.")
    assert ("Lithuania", "COERCION", "Belarus") in triples("Two Belarusian diplomats were booted out of Lithuania.")


def test_what_someone_is_asked_to_weigh_or_to_do_first_is_not_done(claims):
    found = claims("The envoy asked Fiji to consider not signing the security agreement with China.")
    assert not any(p == "AGREEMENT" for _, p, _, _ in found)
    found = claims("Britain urged Ghana to work with its neighbours before seeking loans from China.")
    assert not any(p == "AID" for _, p, _, _ in found)
    found = claims("Washington will continue to encourage Fiji to work with its neighbours first, including prior "
                   "to seeking security assistance from China.")
    assert not any(p == "AID" for _, p, _, _ in found)
    found = claims("Turkey urged Sweden to act before joining NATO.")
    assert not any(p == "MEMBER_OF" for _, p, _, _ in found)


def test_an_act_done_before_another_is_still_done(triples):
    assert ("Japan", "AGREEMENT", "India") in triples("Japan signed the deal with India before meeting Vietnam.")
    assert ("Japan", "CONSULTATION", "Vietnam") in triples("Japan signed the deal with India before meeting Vietnam.")


def test_the_harm_a_relative_clause_on_the_weapon_tells_names_the_target(triples):
    found = triples("Hanoi protested Beijing's use of a water cannon that damaged a Vietnamese fishing boat.")
    assert ("China", "ATTACK", "Vietnam") in found
    found = triples("Manila criticised China's use of water cannon that hit its supply boat.")
    assert ("China", "ATTACK", "Philippines") in found


def test_weapons_fired_right_after_a_hostile_act_are_fired_at_its_object(triples):
    found = triples("Chinese coast guard ships rammed a Vietnamese fishing boat and fired water cannon.")
    assert ("China", "ATTACK", "Vietnam") in found
    found = triples("Two Chinese vessels encircled the Philippine ship and fired water cannons.")
    assert ("China", "ATTACK", "Philippines") in found


def test_weapons_fired_after_a_friendly_act_are_not_fired_at_its_object(triples):
    found = triples("Iran welcomed the Iraqi foreign minister and fired missiles at a drill in the Gulf.")
    assert ("Iran", "ATTACK", "Iraq") not in found


def test_a_bare_new_name_opening_the_sentence_after_a_title_alone_holds_that_office(triples):
    text = ("Envoy visits\n\nThe European Union's special envoy for the Balkans led a delegation to Skopje and Sofia on "
            "Monday.\n\nTomas Horvath said he was encouraged by the talks.")
    assert ("Tomas Horvath", "AFFILIATED_WITH", "European Union") in triples(text)
    text = ("Minister speaks\n\nGhana's foreign minister said on Monday that the border with Togo would reopen.\n\n"
            "Kwame Mensah told reporters in Accra that the decision followed talks in Lome.")
    assert ("Kwame Mensah", "AFFILIATED_WITH", "Ghana") in triples(text)


def test_a_name_the_text_gave_before_or_with_its_own_title_is_someone_else(triples):
    text = ("Border\n\nKwame Mensah, a trader, crossed into Togo on Friday.\n\nGhana's foreign minister said on Monday "
            "that the border would reopen.\n\nKwame Mensah told reporters that he was relieved.")
    assert ("Kwame Mensah", "AFFILIATED_WITH", "Ghana") not in triples(text)
    text = ("Border\n\nGhana's foreign minister said on Monday that the border with Togo would reopen.\n\n"
            "Yawo Agbeko, Togo's trade minister, welcomed the decision.")
    assert ("Yawo Agbeko", "AFFILIATED_WITH", "Ghana") not in triples(text)


def test_a_brokered_truce_that_ends_a_fighting_naming_no_one_is_between_the_sides_told_before(triples):
    text = ("War\n\nThailand and Cambodia fought for five days in July.\n\n"
            "The fighting ended with a Malaysian-brokered ceasefire.")
    found = triples(text)
    assert ("Malaysia", "MEDIATION", "Thailand") in found
    assert ("Malaysia", "MEDIATION", "Cambodia") in found
    text = ("War\n\nArmenia and Azerbaijan fought a six-week war in 2020.\n\nThe war claimed the lives of more than "
            "6,500 troops from both sides and ended with a Russian-brokered ceasefire.")
    assert ("Russia", "MEDIATION", "Armenia") in triples(text)


def test_a_brokered_truce_after_talks_between_others_is_not_between_them(triples):
    text = ("War\n\nIndia and Japan held talks in Tokyo on Monday.\n\n"
            "The fighting ended with a Malaysian-brokered ceasefire.")
    assert ("Malaysia", "MEDIATION", "India") not in triples(text)


def test_a_measure_a_state_announces_in_the_passive_is_its_own(claims):
    found = claims("Poland's foreign ministry said two Russian diplomats would be expelled.")
    assert ("Poland", "COERCION", "Russia", "planned") in found
    found = claims("The Russian Foreign Ministry announced that the consulates of Latvia and Estonia in Pskov will "
                   "be closed.")
    assert ("Russia", "COERCION", "Latvia", "planned") in found
    assert ("Russia", "COERCION", "Estonia", "planned") in found
    found = claims("Japan announced that sanctions would be imposed on North Korea.")
    assert ("Japan", "COERCION", "North Korea", "planned") in found


def test_a_state_telling_of_a_measure_on_its_own_mission_or_envoys_takes_no_measure(triples):
    found = triples("Latvia said its consulate in Pskov will be closed.")
    assert not any(s == "Latvia" and p == "COERCION" for s, p, _ in found)
    found = triples("Kenya said two of its diplomats had been expelled from Somalia.")
    assert not any(s == "Kenya" and p == "COERCION" for s, p, _ in found)


def test_an_editors_insertion_in_a_quote_is_read_without_its_brackets(triples):
    text = ("Summons\n\n\"On May 3, Ambassador of Hungary [Laszlo] Kovacs, Ambassador of Austria [Karl] Huber and "
            "Charge d'Affaires of Slovakia [Jana] Novakova were summoned to the Polish foreign ministry,\" the ministry "
            "said.")
    found = triples(text)
    assert ("Poland", "PROTEST", "Slovakia") in found


def test_a_name_then_a_short_phrase_then_an_active_participle_is_its_subject(triples):
    found = triples("Yerevan at the time accused Azerbaijan of provoking the attack and demanded the deployment of an "
                    "international observer mission on the ground.")
    assert ("Armenia", "CRITICISM", "Azerbaijan") in found
    text = ("Clashes\n\nArmenia said three of its troops were killed near the border last week. Yerevan at the time "
            "accused Azerbaijan of provoking the attack and demanded the deployment of observers.")
    assert ("Armenia", "CRITICISM", "Azerbaijan") in triples(text)
