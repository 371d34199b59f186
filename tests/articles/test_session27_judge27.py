"""Session 27 (judge27): the stance family, told in ways the triggers did not read (sentences of our own).

- Congratulating someone, or praising them by name, backs them (SUPPORT).
- A hostile deed a speaker lays at someone's door ("said Y was behind the arson", "said the blaze was ordered by
  Y", "the target of a cyberattack by Y") is the speaker's CRITICISM of Y; the same words with no speaker, a
  denied clause or a speaker naming itself accuse no one.
"""


def test_congratulating_someone_backs_them(triples):
    found = triples("Ghana congratulated Togo on the peaceful vote.")
    assert ("Ghana", "SUPPORT", "Togo") in found
    found = triples("Maduro was declared the winner. Russia, China and Cuba congratulated him within days.")
    for state in ("Russia", "China", "Cuba"):
        assert (state, "SUPPORT", "Nicolás Maduro") in found


def test_praising_someone_by_name_backs_them_but_praise_for_a_deed_of_a_person_does_not(triples):
    found = triples("Spain praised Morocco in a statement on Tuesday.")
    assert ("Spain", "SUPPORT", "Morocco") in found
    found = triples("Donald Trump praised Vladimir Putin in an interview.")
    assert ("Donald Trump", "SUPPORT", "Vladimir Putin") in found
    # courtesy between persons for a personal quality is not bare praise (praise_for keeps to states and bodies)
    found = triples("Donald Trump praised Vladimir Putin for his courage.")
    assert ("Donald Trump", "SUPPORT", "Vladimir Putin") not in found


def test_a_speaker_who_says_someone_was_behind_a_deed_criticises_them(triples):
    found = triples("Prosecutors in Latvia have said that Russian military intelligence was behind the arson "
                    "attack in Riga.")
    assert ("Latvia", "CRITICISM", "Russia") in found
    found = triples("Kabul said Pakistan was behind the bombings.")
    assert ("Afghanistan", "CRITICISM", "Pakistan") in found


def test_a_deed_said_to_be_ordered_or_carried_out_by_someone_accuses_them(triples):
    found = triples("Prime Minister Donald Tusk said investigators knew for certain that the blaze was ordered "
                    "by Russian services.")
    assert ("Donald Tusk", "CRITICISM", "Russia") in found
    assert ("Poland", "CRITICISM", "Russia") in found
    found = triples("Kenya said the raid, carried out by al-Shabaab fighters, killed ten soldiers.")
    assert ("Kenya", "CRITICISM", "al-Shabaab") in found


def test_the_target_of_a_deed_by_someone_accuses_them_in_a_speakers_words(triples):
    found = triples("Seoul said it had been the target of a cyberattack by North Korea.")
    assert ("South Korea", "CRITICISM", "North Korea") in found


def test_no_speaker_a_denied_clause_or_a_speaker_naming_itself_accuses_no_one(triples):
    found = triples("The blaze was ordered by Russian services.")
    assert not any(p == "CRITICISM" for _, p, _ in found)
    found = triples("Estonia said Russia was not behind the fire.")
    assert ("Estonia", "CRITICISM", "Russia") not in found
    found = triples("Moscow said the strike was carried out by Russian forces.")
    assert not any(p == "CRITICISM" for _, p, _ in found)
    # being behind talks is no deed: no accusation
    found = triples("Ukraine said Russia was behind the talks.")
    assert ("Ukraine", "CRITICISM", "Russia") not in found


def test_a_defence_treaty_said_to_cover_attacks_on_someone_backs_them(triples):
    found = triples("The State Department reaffirmed that the treaty between the United States and Japan covers "
                    "attacks on Japanese forces anywhere in the East China Sea.")
    assert ("United States", "SUPPORT", "Japan") in found
    found = triples("Washington has repeatedly said that an armed attack on Philippine coast guard ships would "
                    "invoke its obligations under the 1951 treaty.")
    assert ("United States", "SUPPORT", "Philippines") in found
    found = triples("Paris said the pact applies to attacks on Greek vessels.")
    assert ("France", "SUPPORT", "Greece") in found


def test_a_treaty_covering_no_attack_or_denied_to_cover_one_backs_no_one(triples):
    found = triples("The treaty between France and Morocco covers trade in phosphates.")
    assert not any(p == "SUPPORT" for _, p, _ in found)
    found = triples("Officials in Washington said the treaty does not cover attacks on Thai boats.")
    assert ("United States", "SUPPORT", "Thailand") not in found


def test_stirring_up_trouble_in_a_speakers_words_is_a_charge(triples):
    found = triples("The Chinese foreign ministry said Washington was stirring up trouble in the region.")
    assert ("China", "CRITICISM", "United States") in found
    found = triples("Addis Ababa said Cairo was fomenting unrest in the border region.")
    assert ("Ethiopia", "CRITICISM", "Egypt") in found
    found = triples("Hungary said the remarks had inflamed tensions.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_an_objection_conveyed_to_a_government_is_a_protest_to_it(triples):
    found = triples("Nepal made its objection known to India through diplomatic channels.")
    assert ("Nepal", "PROTEST", "India") in found
    assert ("Nepal", "REJECTION", "India") not in found
    found = triples("Kathmandu conveyed its objections to Beijing last week.")
    assert ("Nepal", "PROTEST", "China") in found
    found = triples("The ministry said that Nepal had made its objection known to both India and China through "
                    "diplomatic channels.")
    assert ("Nepal", "PROTEST", "India") in found and ("Nepal", "PROTEST", "China") in found
    assert ("Nepal", "REJECTION", "China") not in found
    # an objection to someone's act opposes it: no protest handed to anyone
    found = triples("Hungary raised objections to Sweden's accession.")
    assert ("Hungary", "REJECTION", "Sweden") in found
    assert ("Hungary", "PROTEST", "Sweden") not in found


def test_refusing_to_join_someones_measures_rejects_whose_they_are_and_spares_their_target(triples):
    found = triples("Serbia has refused to join EU sanctions on Russia.")
    assert ("Serbia", "REJECTION", "European Union") in found
    assert ("Serbia", "REJECTION", "Russia") not in found
    found = triples("Hungary refused to join the sanctions on Russia.")
    assert ("Hungary", "REJECTION", "Russia") not in found


def test_officials_named_only_by_office_speak_for_the_state_their_in_phrase_names(triples):
    found = triples("In neighbouring Lithuania, prosecutors have said that Russian military intelligence was behind "
                    "an arson attack on a store in Vilnius.")
    assert ("Lithuania", "CRITICISM", "Russia") in found
    found = triples("Officials in Tallinn said the cyberattack was carried out by Russian hackers.")
    assert ("Estonia", "CRITICISM", "Russia") in found
    # analysts speak for no state
    found = triples("In Warsaw, analysts said Russia was behind the blaze.")
    assert ("Poland", "CRITICISM", "Russia") not in found


def test_a_surname_after_a_title_in_a_with_phrase_is_the_partner_of_the_talks(triples):
    found = triples("Xi Jinping held talks with President Lula on Monday.\n\n"
                    "Macron spoke with Prime Minister Modi by phone.")
    assert ("Emmanuel Macron", "CONSULTATION", "Narendra Modi") in found
    found = triples("Putin held talks with Prime Minister Modi on 1 September.")
    assert ("Vladimir Putin", "CONSULTATION", "Narendra Modi") in found


def test_a_which_after_a_strike_stands_for_the_strike_and_its_judge_judges_the_striker(triples):
    found = triples("Eritrea fired rockets at an army post in Djibouti, which the Djiboutian government denounced as "
                    "an act of aggression.")
    assert ("Djibouti", "CRITICISM", "Eritrea") in found
    found = triples("The Burmese army shelled a camp inside Bangladesh, which Dhaka condemned.")
    assert ("Bangladesh", "CRITICISM", "Myanmar") in found
    found = triples("Russian jets bombed a market near the border, which Kyiv denounced as a war crime.")
    assert ("Ukraine", "CRITICISM", "Russia") in found
    found = triples("Chinese vessels fired water cannon at a Philippine boat near the shoal, which Manila protested.")
    assert ("Philippines", "PROTEST", "China") in found


def test_a_which_after_a_deal_or_after_a_named_actor_is_no_judged_strike(triples):
    found = triples("Ethiopia signed a port deal with Somaliland, which Somalia rejected.")
    assert ("Somalia", "CRITICISM", "Ethiopia") not in found
    found = triples("Kenyan troops clashed with fighters of al-Shabaab, which Uganda has long condemned.")
    assert ("Uganda", "CRITICISM", "Kenya") not in found


def test_holding_anothers_act_void_rejects_whose_it_is(triples):
    found = triples("Russia says the ICC's arrest warrants are legally void.")
    assert ("Russia", "REJECTION", "International Criminal Court") in found
    found = triples("Armenia declared Azerbaijan's decree null and void.")
    assert ("Armenia", "REJECTION", "Azerbaijan") in found
    found = triples("Moscow said the sanctions imposed by the European Union were invalid.")
    assert ("Russia", "REJECTION", "European Union") in found


def test_a_void_thing_of_no_one_or_a_denied_nullity_rejects_no_one(triples):
    found = triples("Observers in Kenya said the vote was void.")
    assert not any(p == "REJECTION" for _, p, _ in found)
    found = triples("Kenya said Uganda's ruling was not void.")
    assert ("Kenya", "REJECTION", "Uganda") not in found


def test_worry_that_someone_may_act_is_concern_about_them(triples):
    found = triples("Australia is worried that Beijing could build a base in Vanuatu.")
    assert ("Australia", "CRITICISM", "China") in found
    found = triples("Officials in Manila are concerned that China may seize the shoal.")
    assert ("Philippines", "CRITICISM", "China") in found
    found = triples("Kenya is worried that the talks may fail.")
    assert not any(p == "CRITICISM" for _, p, _ in found)
    found = triples("Japan is not worried that Korea will retaliate.")
    assert ("Japan", "CRITICISM", "South Korea") not in found


def test_a_complaint_lodged_with_a_state_protests_and_one_against_it_criticises(triples):
    found = triples("Greece lodged a formal complaint with Turkey over the airspace violations.")
    assert ("Greece", "PROTEST", "Turkey") in found
    found = triples("Congo filed a complaint against Rwanda at the regional court.")
    assert ("Democratic Republic of the Congo", "CRITICISM", "Rwanda") in found
    # a complaint lodged with a body is brought before it, not made against it
    found = triples("Iraq lodged a complaint with the UN Security Council.")
    assert not any(p in ("PROTEST", "CRITICISM") for _, p, _ in found)
    found = triples("Seoul filed a complaint at the World Trade Organization.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_taking_issue_or_exception_with_someone_criticises_them(triples):
    found = triples("India took issue with Canada's remarks.")
    assert ("India", "CRITICISM", "Canada") in found
    found = triples("Ghana took exception to Nigeria's comments.")
    assert ("Ghana", "CRITICISM", "Nigeria") in found
    found = triples("Officials said the issue with Kenya was resolved.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_one_asked_who_refused_with_no_refuser_named_rejects_the_asker(triples):
    found = triples("Kyiv asked Berlin for Taurus missiles but was refused.")
    assert ("Germany", "REJECTION", "Ukraine") in found
    found = triples("Laos sought a loan from Japan but was turned down.")
    assert ("Japan", "REJECTION", "Laos") in found


def test_a_refusal_by_someone_else_or_a_request_granted_is_no_rejection_by_the_one_asked(triples):
    found = triples("Kenya asked Uganda to extradite the suspect and was refused by the courts.")
    assert ("Uganda", "REJECTION", "Kenya") not in found
    found = triples("Chile asked Peru for help and was welcomed.")
    assert not any(p == "REJECTION" for _, p, _ in found)


def test_an_envoy_recalled_with_no_post_named_protests_the_one_state_of_the_quarrel(triples):
    found = triples("Paris answered by expelling twelve Algerian officials and recalling its ambassador for "
                    "consultations.")
    assert ("France", "PROTEST", "Algeria") in found
    found = triples("Chad recalled its ambassador after Sudan accused it of arming the rebels.")
    assert ("Chad", "PROTEST", "Sudan") in found


def test_an_envoy_recalled_with_no_quarrel_or_several_protests_no_one(triples):
    found = triples("Kenya recalled its ambassador for consultations.")
    assert not any(p == "PROTEST" for _, p, _ in found)
    # a quarrel between others is none of the recaller's
    found = triples("Chad recalled its ambassador after Sudan accused Libya of arming the rebels.")
    assert not any(p == "PROTEST" for _, p, _ in found)


def test_an_operation_or_campaign_carried_out_by_someone_is_no_deed_laid_at_their_door(triples):
    found = triples("Syria said the rescue operation was carried out by Turkish teams.")
    assert ("Syria", "CRITICISM", "Turkey") not in found


def test_a_deed_judged_with_its_doer_named_in_a_by_phrase_judges_that_doer_not_one_told_before(triples):
    found = triples("Kenya condemned the drone strikes carried out by Ethiopia against Somali towns.\n\n"
                    "The Kenyan president described the raid by Ugandan forces as a breach of sovereignty.")
    assert ("Kenya", "CRITICISM", "Uganda") in found
    assert ("Kenya", "CRITICISM", "Ethiopia") in found  # (the first sentence's own)
    _, batch = triples("Kenya condemned the drone strikes carried out by Ethiopia against Somali towns.\n\n"
                       "The Kenyan president described the raid by Ugandan forces as a breach of sovereignty.",
                       with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    second = [c for c in batch.claims if "Ugandan" in (c.evidence or "")]
    assert all(names[c.object] != "Ethiopia" for c in second)
