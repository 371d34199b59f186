"""Forms added in session 17 (lead): what is called for, hoped for or agreed about a ceasefire,
and the fighting a ceasefire takes for granted. Every sentence here is our own."""

import pytest


@pytest.mark.parametrize("text, pair, predicate", [
    ("The Arab League called for a ceasefire between Sudan's army and the RSF.",
     ("Sudan", "Rapid Support Forces"), "AGREEMENT"),
    ("Brazil urged talks between Guyana and Venezuela.", ("Guyana", "Venezuela"), "CONSULTATION"),
    ("The Vatican appealed for dialogue between Armenia and Azerbaijan.", ("Armenia", "Azerbaijan"), "CONSULTATION"),
    ("Norway pressed for a peace deal between Colombia and the ELN.",
     ("Colombia", "National Liberation Army"), "AGREEMENT"),
])
def test_a_deal_or_talks_someone_calls_for_are_wished_not_done(claims, text, pair, predicate):
    found = claims(text)
    assert (pair[0], predicate, pair[1], "planned") in found
    assert (pair[0], predicate, pair[1], "asserted") not in found


@pytest.mark.parametrize("text, pair", [
    ("Angola hopes to broker a truce between Rwanda and the DRC.", ("Rwanda", "Democratic Republic of the Congo")),
    ("The Arab League called for a ceasefire between Sudan's army and the RSF.", ("Sudan", "Rapid Support Forces")),
    ("Thailand and Cambodia could agree a truce next week.", ("Thailand", "Cambodia")),
    ("Mali and the rebels agreed a ceasefire.", None),
])
def test_the_fighting_a_ceasefire_ends_happened_whatever_is_said_of_the_ceasefire(claims, text, pair):
    clashes = {(s, o, m) for s, p, o, m in claims(text) if p == "ARMED_CLASH"}
    if pair is None:
        assert all(m == "asserted" for *_, m in clashes)
    else:
        assert (pair[0], pair[1], "asserted") in clashes


def test_sides_that_agree_a_ceasefire_have_agreed_it(claims):
    found = claims("Armenia and Azerbaijan agreed a ceasefire on Tuesday.")
    assert ("Armenia", "AGREEMENT", "Azerbaijan", "asserted") in found
    assert ("Armenia", "ARMED_CLASH", "Azerbaijan", "asserted") in found
    assert not any(m == "planned" for *_, m in found)


@pytest.mark.parametrize("text, mediator, sides", [
    ("Angola hopes to broker a truce between Rwanda and the DRC.", "Angola",
     ("Rwanda", "Democratic Republic of the Congo")),
    ("Kenya hopes to mediate between Ethiopia and Eritrea.", "Kenya", ("Ethiopia", "Eritrea")),
])
def test_a_go_between_that_hopes_to_broker_has_not_brokered_yet(claims, text, mediator, sides):
    found = claims(text)
    for side in sides:
        assert (mediator, "MEDIATION", side, "planned") in found


def test_a_modality_verb_the_tagger_cuts_short_keeps_its_meaning(claims):
    # the small model lemmatises "hopes" as "hop": read as "hope", the purchase is a plan
    assert ("Turkey", "ARMS_TRANSFER", "Kenya", "planned") in claims("Kenya hopes to buy drones from Turkey.")


@pytest.mark.parametrize("text, sides, mediator", [
    ("The fighting between Chad and Sudan ended with a Libya-brokered ceasefire in 2010.", ("Chad", "Sudan"), "Libya"),
    ("The border war between Eritrea and Djibouti ended in 2010 with an accord mediated by Qatar.",
     ("Eritrea", "Djibouti"), "Qatar"),
    ("A truce brokered by Ghana ended the clashes between Burkina Faso and Niger.", ("Burkina Faso", "Niger"), "Ghana"),
    ("Angola brokered a ceasefire that ended the fighting between Rwanda and Uganda.", ("Rwanda", "Uganda"), "Angola"),
    ("The talks between Serbia and Kosovo ended with an agreement.", ("Serbia", "Kosovo"), None),
    ("Kenya's quarrel with Uganda ended with a deal.", ("Kenya", "Uganda"), None),
])
def test_a_deal_that_ends_a_quarrel_is_made_between_its_sides(claims, text, sides, mediator):
    found = claims(text)
    assert (sides[0], "AGREEMENT", sides[1], "asserted") in found
    if mediator:
        for side in sides:
            assert (mediator, "MEDIATION", side, "asserted") in found


@pytest.mark.parametrize("text", [
    "Talks between Egypt and Ethiopia ended without an agreement.",
    "The clashes between Chad and Sudan ended in a stalemate.",
    "The war between Chad and Sudan ended.",
])
def test_a_quarrel_that_ends_with_no_deal_makes_none(triples, text):
    assert not any(p == "AGREEMENT" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, pair", [
    ("Chile is negotiating a trade deal with Vietnam.", ("Chile", "Vietnam")),
    ("Thailand and Cambodia are negotiating a ceasefire.", ("Thailand", "Cambodia")),
    ("Kenya negotiates a security pact with Somalia.", ("Kenya", "Somalia")),
])
def test_negotiating_a_deal_is_talks_held_and_a_deal_to_come(claims, text, pair):
    found = claims(text)
    assert (pair[0], "CONSULTATION", pair[1], "asserted") in found
    assert (pair[0], "AGREEMENT", pair[1], "planned") in found
    assert (pair[0], "AGREEMENT", pair[1], "asserted") not in found


def test_a_deal_negotiated_in_the_past_was_concluded(claims):
    found = claims("Peru negotiated a border treaty with Ecuador in 1998.")
    assert ("Peru", "AGREEMENT", "Ecuador", "asserted") in found
    assert ("Peru", "CONSULTATION", "Ecuador", "asserted") in found


@pytest.mark.parametrize("text", [
    "Mali's junta demanded the departure of 2,000 French troops.",
    "Chad's president announced that French troops would leave the country.",
    "France will withdraw its troops from Chad by January.",
])
def test_an_end_asked_for_or_to_come_leaves_the_presence_as_it_is(triples, text):
    found, batch = triples(text, with_claims=True)
    presences = [c for c in batch.claims if c.predicate == "MILITARY_PRESENCE"]
    assert presences and all(c.modality == "asserted" and not c.end_date and not c.date for c in presences)


def test_agreeing_to_deliver_arms_is_a_transfer_to_come(claims):
    found = claims("Italy agreed in May to supply Egypt with two frigates.")
    assert ("Italy", "ARMS_TRANSFER", "Egypt", "planned") in found


def test_demanding_what_ends_a_presence_is_no_wish_for_the_presence(claims):
    assert ("France", "MILITARY_PRESENCE", "Mali", "asserted") in claims(
        "Mali's junta demanded the departure of 2,000 French troops.")


@pytest.mark.parametrize("text, pair, end", [
    ("Belgian troops left Rwanda in April 1994.", ("Belgium", "Rwanda"), "1994-04"),
    ("The last Cuban soldiers departed from Angola in 1991.", ("Cuba", "Angola"), "1991"),
    ("Ethiopian troops withdrew from Somalia in 2009.", ("Ethiopia", "Somalia"), "2009"),
])
def test_forces_that_leave_a_state_end_their_presence_there(triples, text, pair, end):
    _, batch = triples(text, with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    ended = {(names[c.subject], names[c.object], c.end_date) for c in batch.claims if c.predicate == "MILITARY_PRESENCE"}
    assert (*pair, end) in ended


@pytest.mark.parametrize("text", [
    "The French ambassador left Niger in September.",
    "Turkish drones left the factory in Kyiv.",
])
def test_envoys_or_weapons_that_leave_end_no_presence(triples, text):
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples(text))


def test_an_official_flying_somewhere_moves_none_of_the_weapons_told_before(triples):
    found = triples("Morocco bought Apache helicopters from the United States last year. "
                    "Morocco's king flew to Paris on Monday.")
    assert ("Morocco", "ARMS_TRANSFER", "France") not in found
    assert ("Morocco", "CONSULTATION", "France") in found


def test_weapons_told_before_are_what_a_pronoun_object_moves(triples):
    assert ("Turkey", "ARMS_TRANSFER", "Ukraine") in triples(
        "Turkey built dozens of Bayraktar drones. It sent them to Ukraine in 2022.")


def test_a_group_supplied_by_a_state_in_a_weapons_paragraph_is_armed_by_it(triples):
    assert ("Iran", "ARMS_TRANSFER", "Houthis") in triples(
        "Hezbollah fired rockets at Israel. The Houthis, also supplied by Iran, launched missiles at ships.")


def test_what_a_fight_ends_with_is_no_partner_of_the_ending(triples):
    found = triples("Armenia and Azerbaijan fought for six weeks in 2020. The war ended with a Russia-mediated ceasefire.")
    assert not any(p == "REJECTION" for _, p, _ in found)


def test_a_border_and_a_description_stand_whatever_is_hoped_for_them(claims):
    found = claims("Georgia hopes to reopen its border with Russia, a close ally of Abkhazia.")
    assert ("Georgia", "BORDERS", "Russia", "asserted") in found
    assert ("Russia", "COOPERATION", "Abkhazia", "asserted") in found
