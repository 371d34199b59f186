"""Session 29 (verbs29): two actors named in one sentence, and the relation between them read (sentences of our own).

- A pronoun that looks ahead to the plural reference it is told with ("In their statement both
  delegations thanked X") is not asked whose it is while that reference is read: the sentence is read,
  not lost to a question that asked itself without end.
"""


def test_a_pronoun_that_looks_ahead_to_both_delegations_does_not_lose_the_sentence(extractor):
    text = ("Armenia and Azerbaijan held two days of talks in Doha. "
            "In their joint statement both delegations thanked Qatar for hosting the talks.")
    batch = extractor.extract_text(text)  # not lenient: a failure on the sentence is raised
    names = {a.id: a.name for a in batch.actors}
    found = {(names[c.subject], c.predicate, names[c.object]) for c in batch.claims}
    assert ("Qatar", "MEDIATION", "Armenia") in found and ("Qatar", "MEDIATION", "Azerbaijan") in found


def test_two_leaders_who_meet_at_a_third_leaders_invitation_have_a_go_between(triples):
    found = triples("At the invitation of President Ilham Aliyev, Armenia's Prime Minister Nikol Pashinyan and "
                    "Georgia's Prime Minister Irakli Kobakhidze met in Baku on Tuesday.")
    assert ("Ilham Aliyev", "MEDIATION", "Armenia") in found and ("Ilham Aliyev", "MEDIATION", "Georgia") in found
    assert ("Azerbaijan", "MEDIATION", "Armenia") in found and ("Azerbaijan", "MEDIATION", "Georgia") in found
    assert ("Armenia", "CONSULTATION", "Georgia") in found


def test_one_invited_visitor_or_a_meeting_asked_for_has_no_go_between(triples):
    found = triples("President Lula visited Beijing at the invitation of Xi Jinping.")
    assert not any(p == "MEDIATION" for _, p, _ in found)
    assert ("Luiz Inácio Lula da Silva", "CONSULTATION", "Xi Jinping") in found
    found = triples("The Security Council met at Guyana's request to discuss Venezuela's claim.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_three_guests_at_a_leaders_invitation_are_a_summit_not_a_mediation(triples):
    found = triples("At the invitation of President Xi Jinping, the leaders of Kazakhstan, Uzbekistan and Turkmenistan "
                    "came to Xian for the summit.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_an_actor_financed_is_helped_not_the_place_it_is_in(triples):
    found = triples("Iran has armed the Houthis and has financed Hezbollah in Lebanon.")
    assert ("Iran", "AID", "Hezbollah") in found and ("Iran", "AID", "Lebanon") not in found
    # what is paid for in a place, built by a third, helps the place
    found = triples("The World Bank will finance a Chinese-built dam in Ethiopia.")
    assert ("World Bank", "AID", "Ethiopia") in found and ("World Bank", "AID", "China") not in found


def test_a_state_that_finances_something_for_another_aids_it_and_a_firm_invests(triples):
    found = triples("Japan has financed new patrol boats for the Vietnamese coast guard.")
    assert ("Japan", "AID", "Vietnam") in found and ("Japan", "INVESTMENT", "Vietnam") not in found
    found = triples("Toyota financed a new plant for its Thai subsidiary.")
    assert ("Toyota", "INVESTMENT", "Thailand") in found


def test_the_one_linked_to_an_attack_or_a_killing_did_it(triples):
    found = triples("Prosecutors cited evidence linking agents of the Indian government to the killing of "
                    "Hardeep Singh Nijjar.")
    assert ("India", "ATTACK", "Hardeep Singh Nijjar") in found
    # the other order: the attack linked to its doer
    found = triples("Polish prosecutors linked the arson attack on a Warsaw shopping centre to Russian intelligence.")
    assert ("Russia", "ATTACK", "Poland") in found
    # a rise in prices linked to a measure is no attack
    assert not any(p == "ATTACK" for _, p, _ in triples("The ministry linked the price rises to China's export curbs."))


def test_one_behind_a_killing_attacks_the_one_killed(triples):
    found = triples("Investigators say Russia was behind the assassination of the Chechen commander Zelimkhan "
                    "Khangoshvili in Berlin.")
    assert ("Russia", "ATTACK", "Zelimkhan Khangoshvili") in found


def test_a_blow_struck_back_with_measures_coerces_and_with_words_does_nothing(triples):
    assert ("China", "COERCION", "Australia") in triples("China retaliated against Australia with tariffs on barley.")
    assert ("Hezbollah", "ATTACK", "Israel") in triples("Hezbollah retaliated against Israel with rockets.")
    assert not triples("India responded to the report with a statement.")


def test_sanctions_relief_is_no_sanction_and_no_aid_and_seeking_it_for_someone_backs_them(triples):
    found = triples("Saudi Arabia lobbied for sanctions relief for Syria.")
    assert ("Saudi Arabia", "SUPPORT", "Syria") in found and ("Saudi Arabia", "COERCION", "Syria") not in found
    found = triples("Washington offered Tehran sanctions relief.")
    assert not any(p in ("COERCION", "AID") for _, p, _ in found)
    # sanctions imposed are still sanctions
    assert ("United States", "COERCION", "Iran") in triples("Washington imposed sanctions on Tehran.")
