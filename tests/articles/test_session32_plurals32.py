"""Session 32 (plurals32): plural references to actors named before (sentences of our own).

- "The leaders" stands, as "the parties" does, for the list named last, else for the pair the text named or told
  together, and each member acts; a word of a name ("the Quad Leaders' Summit") stands for no one.
- "Both" standing alone reads no one (a rule that read it as "both sides" was withdrawn: it paired the wrong two).
- Neither reads anyone when no group was named before, nor for a pair of things.
- "The two presidents" are never a person the text gives another title ("an adviser to X"); "the two men" are never
  the one sent to mediate between them.
"""


def test_the_leaders_after_a_meeting_are_the_two_states(triples):
    found = triples("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.\n\n"
                    "The leaders condemned Ethiopia's seizure of the port.")
    assert {("Kenya", "CRITICISM", "Ethiopia"), ("Tanzania", "CRITICISM", "Ethiopia")} <= found


def test_the_leaders_after_a_signed_deal_are_its_two_parties(triples):
    found = triples("Vietnam and Laos signed a trade agreement in Hanoi on Friday. Thailand welcomed the deal. "
                    "The leaders condemned Cambodia's tariffs.")
    assert {("Vietnam", "CRITICISM", "Cambodia"), ("Laos", "CRITICISM", "Cambodia")} <= found
    assert ("Thailand", "CRITICISM", "Cambodia") not in found


def test_leaders_in_the_name_of_a_summit_are_no_reference(triples):
    found = triples("India is a member of the Quad, with Australia, Japan and the United States. Prime Minister Modi "
                    "attended the Quad Leaders' Summit hosted by President Joe Biden in Wilmington.")
    assert not {t for t in found if t[1] == "CONSULTATION" and "Quadrilateral Security Dialogue" in (t[0], t[2])}


def test_a_later_they_goes_on_with_the_pair_the_leaders_stood_for(triples):
    found = triples("Peru and Ecuador held a summit in Lima on Tuesday.\n\n"
                    "The leaders condemned Bolivia's blockade of the lake.\n\n"
                    "They co-chaired a meeting of the Andean ministers, which Colombia joined by video link.")
    assert {("Peru", "CRITICISM", "Bolivia"), ("Ecuador", "CRITICISM", "Bolivia")} <= found




def test_a_lone_both_with_no_pair_before_it_reads_no_one(triples):
    found = triples("Kenya hosted the summit. Both condemned Sudan.")
    assert not {t for t in found if t[1] == "CRITICISM"}


def test_both_of_two_weapons_is_no_actor(triples):
    found = triples("The drones and the missiles were displayed in Tehran. Both were made by Iran.")
    assert not {t for t in found if t[1] == "MANUFACTURES" and t[2] != "Iran"}
    assert not {t for t in found if t[0] != "Iran" and t[2] == "Iran"}


def test_the_leaders_of_a_named_body_are_that_body(triples):
    found = triples("Ghana and Togo signed a border agreement in Accra. Hamas leaders condemned Israel's strikes.")
    assert ("Ghana", "CRITICISM", "Israel") not in found
    assert ("Togo", "CRITICISM", "Israel") not in found


def test_the_two_presidents_are_not_the_adviser_who_speaks(triples):
    found = triples("Ghana's President John Mahama spoke with President Bola Tinubu of Nigeria on Monday. Femi Adesina, "
                    "an adviser to Tinubu, told reporters that the two presidents could meet in Accra next week.")
    assert ("Femi Adesina", "CONSULTATION", "Bola Tinubu") not in found
    assert ("Ghana", "CONSULTATION", "Nigeria") in found


def test_the_two_men_are_not_the_envoy_sent_to_mediate_between_them(triples):
    found = triples("President Andry Rajoelina fled the island after the army sided with the protesters. Former "
                    "president Marc Ravalomanana returned from exile in South Africa. Mozambique sent Joaquim Chissano "
                    "to mediate between the two men.")
    assert ("Mozambique", "MEDIATION", "Marc Ravalomanana") in found
    assert not {t for t in found if t[1] == "MEDIATION" and "Joaquim Chissano" in (t[0], t[2])}


def test_the_two_governments_after_an_interviewer_s_question_are_the_one_asked_about_and_the_speaker_s(triples):
    found = triples(
        "Q: Why is Georgia turning away from Moscow?\n\n"
        "A: Russia still keeps troops in Abkhazia and occupies a fifth of Georgia. Georgia has asked Russia to leave, "
        "and Russia has refused. Georgia buys its gas from Azerbaijan now, and Georgia sells its wine in Europe. "
        "Georgia wants to join the European Union.\n\n"
        "Q: And Turkey?\n\n"
        "A: Closer than ever. In April the two governments agreed to build a railway.")
    assert ("Georgia", "AGREEMENT", "Turkey") in found
    assert ("Georgia", "AGREEMENT", "Russia") not in found
