"""Relations told as noun phrases: combining forms of two states, and money lent."""


def test_a_combining_form_before_a_hyphen_names_its_state(triples):
    found = triples("The Sino-Russian partnership deepened after 2022.")
    assert ("China", "COOPERATION", "Russia") in found


def test_a_war_named_with_combining_forms_is_fought_between_the_two(triples):
    found = triples("The Indo-Pakistani war of 1971 ended in December.")
    assert any(p == "ARMED_CLASH" and {s, o} == {"India", "Pakistan"} for s, p, o in found)


def test_a_combining_form_without_a_state_after_it_names_no_one(triples):
    found = triples("The Indo-Pacific strategy of Japan was updated in 2023.")
    assert not any("India" in (s, o) for s, p, o in found)


def test_a_loan_the_owner_has_from_another_is_given_by_the_lender(triples):
    assert ("China", "AID", "Kenya") in triples("Kenya's $1.5 billion loan from China financed the railway.")


def test_a_credit_from_one_capital_to_another_is_aid(triples):
    assert ("China", "AID", "Sri Lanka") in triples("The credit from Beijing to Colombo was restructured in 2023.")


def test_an_investment_in_a_state_stays_an_investment(triples):
    assert ("Egypt", "INVESTMENT", "Sudan") in triples("Egypt's investment in Sudan grew last year.")
