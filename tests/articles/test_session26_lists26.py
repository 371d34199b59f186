"""Session 26 (lists26): lists and coordinations give one relation per member, however the list is written: after
a colon or a dash, under "each of" or "all three of", under a noun for the part its members play ("donors
including ..."), as pairs of an object and its phrase after one verb ("F-16s to Turkey and F-35s to Greece"), and
"neither ... nor" denying the act of every member (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Three countries — Kenya, Uganda and Tanzania — signed a customs pact with Ethiopia.",
     {("Kenya", "AGREEMENT", "Ethiopia"), ("Uganda", "AGREEMENT", "Ethiopia"), ("Tanzania", "AGREEMENT", "Ethiopia")}),
    ("India held talks with its neighbours — Nepal, Bhutan and Bangladesh — on river sharing.",
     {("India", "CONSULTATION", "Nepal"), ("India", "CONSULTATION", "Bhutan"), ("India", "CONSULTATION", "Bangladesh")}),
])
def test_a_sentence_opening_the_text_with_a_dash_list_is_no_wire_dateline(triples, text, expected):
    assert expected <= triples(text)


def test_a_wire_dateline_is_still_blanked():
    from diplograph.loaders.articles.metadata import DATELINE

    for line in ("KYIV, 3 March (Reuters) — The", "Dar es Salaam — The", "Rio de Janeiro (AP) - The", "LA PAZ - The"):
        assert DATELINE.match(line), line
    for line in ("Several Gulf states – Qatar, Oman", "India held talks with its neighbours — Nepal"):
        assert not DATELINE.match(line), line


@pytest.mark.parametrize("text, expected", [
    ("Russia threatened the Baltic states: Estonia, Latvia and Lithuania.",
     {("Russia", "THREAT", "Estonia"), ("Russia", "THREAT", "Latvia"), ("Russia", "THREAT", "Lithuania")}),
    ("Washington imposed tariffs on its closest partners: Canada, Mexico and Japan.",
     {("United States", "COERCION", "Canada"), ("United States", "COERCION", "Mexico"),
      ("United States", "COERCION", "Japan")}),
    ("Moscow condemned three neighbours — Georgia, Moldova and Armenia — for their ties with the West.",
     {("Russia", "CRITICISM", "Georgia"), ("Russia", "CRITICISM", "Moldova"), ("Russia", "CRITICISM", "Armenia")}),
])
def test_names_after_a_colon_or_dash_spell_out_the_plural_noun_before_it(triples, text, expected):
    assert expected <= triples(text)


def test_a_clause_after_a_colon_is_no_list(triples):
    found = triples("The minister said two things: Russia must withdraw and Ukraine must be rebuilt.")
    assert not {t for t in found if t[0] in ("Russia", "Ukraine") and t[2] in ("Russia", "Ukraine")}


@pytest.mark.parametrize("text, members, predicate, other", [
    ("Each of Poland, Hungary and Slovakia condemned Russia.", ("Poland", "Hungary", "Slovakia"), "CRITICISM", "Russia"),
    ("All of Poland, Hungary and Slovakia condemned Russia.", ("Poland", "Hungary", "Slovakia"), "CRITICISM", "Russia"),
    ("Each of the three Baltic states, Estonia, Latvia and Lithuania, expelled Russian diplomats.",
     ("Estonia", "Latvia", "Lithuania"), "COERCION", "Russia"),
    ("All three of the Gulf monarchies, Qatar, Oman and Kuwait, condemned the raid by Israel.",
     ("Qatar", "Oman", "Kuwait"), "CRITICISM", "Israel"),
])
def test_each_of_all_of_a_list_shares_the_act_out_to_every_member(triples, text, members, predicate, other):
    found = triples(text)
    assert {(m, predicate, other) for m in members} <= found


@pytest.mark.parametrize("text, named", [
    ("One of Kenya, Uganda and Tanzania will host the summit with China.", ("Kenya", "Uganda", "Tanzania")),
    ("Either of Egypt or Qatar could mediate between Israel and Hamas.", ("Egypt", "Qatar")),
    ("Some of Mali, Niger and Chad expelled French troops.", ("Mali", "Niger", "Chad")),
])
def test_one_some_or_either_of_a_list_names_no_member(triples, text, named):
    assert not {t for t in triples(text) if t[0] in named}


@pytest.mark.parametrize("text, members, predicate, other", [
    ("Donors including Japan, Canada and Norway pledged aid to Sudan.", ("Japan", "Canada", "Norway"), "AID", "Sudan"),
    ("Lenders such as China and Saudi Arabia extended loans to Pakistan.", ("China", "Saudi Arabia"), "AID",
     "Pakistan"),
    ("Mediators including Qatar and Egypt hosted talks between Israel and Hamas.", ("Qatar", "Egypt"), "MEDIATION",
     "Israel"),
])
def test_a_noun_for_the_part_actors_play_stands_for_the_names_it_lists(triples, text, members, predicate, other):
    assert {(m, predicate, other) for m in members} <= triples(text)


@pytest.mark.parametrize("text, denied", [
    ("Neither Kenya nor Uganda recognised Somaliland.",
     {("Kenya", "SUPPORT", "Somaliland"), ("Uganda", "SUPPORT", "Somaliland")}),
    ("Neither Cairo nor Doha has condemned the raid by Israel.",
     {("Egypt", "CRITICISM", "Israel"), ("Qatar", "CRITICISM", "Israel")}),
    ("Egypt recognised neither Kenya nor Uganda.", {("Egypt", "SUPPORT", "Kenya"), ("Egypt", "SUPPORT", "Uganda")}),
])
def test_neither_nor_denies_the_act_of_every_member(claims, text, denied):
    found = claims(text)
    assert {(*t, "denied") for t in denied} <= found
    assert not {(*t, "asserted") for t in denied} & found


def test_a_plain_list_is_still_asserted(claims):
    assert ("Uganda", "SUPPORT", "Somaliland", "asserted") in claims("Kenya and Uganda recognised Somaliland.")


@pytest.mark.parametrize("text, expected", [
    ("The United States will sell F-16s to Turkey and F-35s to Greece.",
     {("United States", "ARMS_TRANSFER", "Turkey"), ("United States", "ARMS_TRANSFER", "Greece")}),
    ("Russia delivered tanks to Syria, missiles to Iran and drones to Belarus.",
     {("Russia", "ARMS_TRANSFER", "Syria"), ("Russia", "ARMS_TRANSFER", "Iran"), ("Russia", "ARMS_TRANSFER", "Belarus")}),
])
def test_a_verb_said_once_over_pairs_of_object_and_phrase_reads_every_pair(triples, text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize("text, wrong", [
    ("India bought oil from Russia and rifles from Israel.", ("Russia", "ARMS_TRANSFER", "India")),
    ("Beijing signed trade deals with Brazil and arms contracts with Egypt.", ("Brazil", "ARMS_TRANSFER", "China")),
    ("Japan sent warships to the Philippines and aid to Vietnam.", ("Japan", "MILITARY_PRESENCE", "Vietnam")),
])
def test_pairs_of_unlike_objects_do_not_lend_each_other_their_kind(triples, text, wrong):
    assert wrong not in triples(text)


def test_companions_along_with_a_subject_are_no_forces_massed_along_a_line(triples):
    found = triples("Kenya, along with Rwanda and Uganda, sent troops to Somalia.")
    assert {("Kenya", "MILITARY_PRESENCE", "Somalia"), ("Uganda", "MILITARY_PRESENCE", "Somalia")} <= found
    assert not {t for t in found if t[1] == "MOBILIZATION"}
    assert ("India", "MOBILIZATION", "China") in triples("India and China massed troops along the border.")


@pytest.mark.parametrize("text, members, body", [
    ("The Alliance of Sahel States (Mali, Niger and Burkina Faso) left ECOWAS.", ("Mali", "Niger", "Burkina Faso"),
     "Alliance of Sahel States"),
    ("The Quad (Australia, India, Japan and the United States) met in Tokyo.",
     ("Australia", "India", "Japan", "United States"), "Quadrilateral Security Dialogue"),
])
def test_states_in_brackets_after_a_body_are_its_members(triples, text, members, body):
    assert {(m, "MEMBER_OF", body) for m in members} <= triples(text)


@pytest.mark.parametrize("text", [
    "The EU (France in particular) criticised Hungary.",
    "The African Union (AU) sent observers to Mali and Niger.",
])
def test_brackets_that_do_not_list_states_alone_name_no_members(triples, text):
    assert not {t for t in triples(text) if t[1] == "MEMBER_OF" and t[0] in ("France", "Mali", "Niger")}


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah, the Houthis and Iraqi militias attacked Israel.",
     {("Hezbollah", "ATTACK", "Israel"), ("Houthis", "ATTACK", "Israel")}),
    ("Hezbollah, the Houthis and Iraqi militias are backed by Iran.",
     {("Iran", "SUPPORT", "Hezbollah"), ("Iran", "SUPPORT", "Houthis")}),
])
def test_a_list_closed_by_a_described_group_keeps_its_second_name(triples, text, expected):
    found = triples(text)
    assert expected <= found
    assert ("Hezbollah", "BASED_IN", "Iraq") not in found


def test_an_apposition_with_no_name_in_it_still_describes_the_name(triples):
    assert ("Hezbollah", "BASED_IN", "Lebanon") in triples("Hezbollah, the Lebanese militia, attacked Israel.")


@pytest.mark.parametrize("text, members, predicate, other", [
    ("Washington condemned Russia, as did London, Paris and Berlin.",
     ("United States", "United Kingdom", "France", "Germany"), "CRITICISM", "Russia"),
    ("Ghana recalled its ambassador and condemned Mali, as have Nigeria and Senegal.",
     ("Ghana", "Nigeria", "Senegal"), "CRITICISM", "Mali"),
])
def test_an_as_clause_echoes_the_act_for_every_name_it_lists(triples, text, members, predicate, other):
    assert {(m, predicate, other) for m in members} <= triples(text)


def test_an_as_clause_of_opinion_echoes_no_act(triples):
    found = triples("Russia attacked Ukraine in 2022, as Britain had predicted.")
    assert ("United Kingdom", "ATTACK", "Ukraine") not in found


def test_names_like_a_subject_set_off_by_commas_act_as_it_does(triples):
    found = triples("Japan, like South Korea and Australia, condemned North Korea.")
    assert {("South Korea", "CRITICISM", "North Korea"), ("Australia", "CRITICISM", "North Korea")} <= found


def test_names_unlike_a_subject_do_not_act_as_it_does(triples):
    found = triples("Brazil, unlike Argentina and Chile, condemned Russia.")
    assert ("Brazil", "CRITICISM", "Russia") in found
    assert not {t for t in found if t[0] in ("Argentina", "Chile")}
