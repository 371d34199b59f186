"""Session 23 (extract23c): the cooperation family (agreements, talks, mediation, cooperation, membership) across
the wordings of wire copy and communiqués. Sentences of our own."""


def _agreed(found, a, b):
    return (a, "AGREEMENT", b) in found or (b, "AGREEMENT", a) in found


def test_one_side_signing_in_another_capital_signs_with_its_host(triples):
    found = triples("President Gustavo Petro signed a coffee export agreement in Tokyo on Thursday.")
    assert _agreed(found, "Colombia", "Japan")
    found = triples("Prime Minister Mark Carney signed a memorandum on critical minerals in Canberra last week.")
    assert _agreed(found, "Canada", "Australia")


def test_signing_at_home_or_at_a_gathering_names_no_host(triples):
    found = triples("President Gustavo Petro signed a coffee export agreement in Bogota on Thursday.")
    assert not any(p == "AGREEMENT" for _, p, _ in found)
    found = triples("Peru signed the climate declaration in Brasilia at the Amazon summit on Tuesday.")
    assert not _agreed(found, "Peru", "Brazil")
    # two sides signing in a third capital are its guests, not its partners
    found = triples("Serbia and Kosovo signed a customs protocol in Paris on Friday.")
    assert _agreed(found, "Serbia", "Kosovo")
    assert not _agreed(found, "Serbia", "France") and not _agreed(found, "Kosovo", "France")


def test_the_two_sides_of_an_act_done_under_a_deal_are_its_parties(triples):
    found = triples("Under a 1998 defence accord, Singapore stations troops in Brunei.")
    assert _agreed(found, "Singapore", "Brunei")
    found = triples("Under a 2021 contract, Turkey will deliver Akinci drones to Kuwait.")
    assert _agreed(found, "Turkey", "Kuwait")
    found = triples("Under the 2019 treaty, Italy trains the border police of Libya.")
    assert _agreed(found, "Italy", "Libya")


def test_an_act_under_a_plan_or_a_truce_is_no_deal_between_its_sides(triples):
    found = triples("Under its aid package, Japan funds the coast guard of Sri Lanka.")
    assert not _agreed(found, "Japan", "Sri Lanka")
    found = triples("Despite the accord with Egypt, Israel supplies drones to Azerbaijan.")
    assert not _agreed(found, "Israel", "Azerbaijan")



def test_an_act_ended_under_a_deal_undoes_no_deal(claims):
    found = claims("Under the truce deal, Ethiopia withdrew its troops from Eritrea.")
    assert not any(p == "AGREEMENT" and m == "denied" for _, p, _, m in found)
