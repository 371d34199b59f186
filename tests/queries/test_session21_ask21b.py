"""Questions read the way an article store gives their answers (session 21, ask21b). Invented actors,
systems and wording (none taken from a question set).

- an adjective before the type word asked for ("which *foreign* firms", "what *outside* powers") keeps
  the type, on the grammar's forms and on the loose reading alike;
- "which parties / actors / players" asks like "who": no type, and never a relation word ("parties" is
  no membership);
- asked for a named system, a supply claim that names no weapon counts when the supplier is the
  system's maker and the sentence speaks of arms of its category (an article's "the maker delivered its
  first missile batteries to X"), and the reading says so; a supplier that does not make it still needs
  a claim naming it, and the maker's sale of other arms is not the system;
- a relation done together (exercises, co-production) asked "with" someone by the general and the loose
  readings: the partner on either side of the stored relation ("Who did X hold drills with?"), the host
  alone when it is asked where ("Who held drills in X?");
- a company named without its legal form ("Harbor Line Trading" for "Harbor Line Trading LLC");
- "which of these countries", "which companies in these stories": the texts' actors are the graph's;
- what a person leads ("Which company does X run?", "What is X the chief executive of?"): what X LEADS and
  the bodies X serves in a head office, not those X serves as deputy or adviser;
- whom one "is working with" (or cooperating, collaborating): its partners, as "works with" asks;
- the signatories of a document "alongside" someone: those on its claims with that one, not everyone the
  document's claims name;
- a deal struck or cut ("What deals has X struck?", "Who did X strike a deal with?"): an agreement, while
  a strike with no deal its object stays an attack.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session21b") / "session21b.db")
    for state in ("Caldor", "Rhun", "Parva", "Norland", "Eskar"):
        w.actor(state, "state")
    w.actor("Ostia", "state", "Ostian")
    w.actor("Kestrel Works", "company")
    w.actor("Brightwater Yards", "company")
    w.actor("Vortex", "weapon", "Vortex missile", "Vortex missiles")
    w.source("wire", published="2025-01-15")
    w.say("Kestrel Works", "MANUFACTURES", "Vortex", "wire", sentence="Kestrel Works builds the Vortex missile.")
    # the maker's delivery names no system; another firm's names none either, and it makes no Vortex
    w.say("Kestrel Works", "ARMS_TRANSFER", "Caldor", "wire", "2024-05",
          sentence="Kestrel Works handed over the first batch of its coastal missile system to Caldor.")
    w.say("Brightwater Yards", "ARMS_TRANSFER", "Caldor", "wire", "2024-06",
          sentence="Brightwater Yards delivered equipment to Caldor.")
    w.say("Ostia", "ARMS_TRANSFER", "Caldor", "wire", "2023", sentence="Ostia sold arms to Caldor.")
    w.say("Rhun", "ARMS_TRANSFER", "Eskar", "wire", "2023", weapon="Vortex",
          sentence="Rhun passed Vortex missiles to Eskar.")
    w.say("Ostia", "SUPPORT", "Parva", "wire", "2024", sentence="Ostia backs Parva.")
    w.say("Brightwater Yards", "SUPPORT", "Parva", "wire", "2024", sentence="Brightwater Yards backs Parva.")
    for side in ("Rhun", "Parva"):
        w.say("Norland", "MEDIATION", side, "wire", "2024-12", sentence="Norland brokered the Rhun-Parva talks.")
    w.say("Norland", "COOPERATION", "Eskar", "wire", "2024", sentence="Norland and Eskar cooperate on fisheries.")
    w.say("Norland", "AGREEMENT", "Ostia", "wire", "2024", sentence="Norland and Ostia signed a trade accord.")
    w.say("Eskar", "MILITARY_EXERCISE", "Caldor", "wire", "2024-09", sentence="Eskar and Caldor held naval drills.")
    w.say("Caldor", "MILITARY_EXERCISE", "Parva", "wire", "2024-09", sentence="Caldor drilled with Parva's navy.")
    w.actor("Harbor Line Trading LLC", "company")
    w.say("Harbor Line Trading LLC", "BASED_IN", "Eskar", "wire", sentence="Harbor Line Trading LLC, an Eskari firm.")
    w.say("Ostia", "COERCION", "Harbor Line Trading LLC", "wire", "2024-03", sentence="Ostia sanctioned the firm.")
    w.say("Rhun", "ATTACK", "Parva", "wire", "2024-10", sentence="Rhun struck Parvan depots.")
    # the maker's delivery of boats is no Vortex
    w.say("Kestrel Works", "ARMS_TRANSFER", "Norland", "wire", "2024-07",
          sentence="Kestrel Works delivered two patrol boats to Norland.")
    w.actor("Harbor Compact", "organization")
    for member in ("Eskar", "Norland"):
        w.say(member, "MEMBER_OF", "Harbor Compact", "wire", sentence=f"{member} is in the Harbor Compact.")
    w.say("Brightwater Yards", "BASED_IN", "Ostia", "wire", sentence="Brightwater Yards, an Ostian shipyard.")
    w.actor("Mara Lenk", "person")
    w.actor("Oda Ferr", "person")
    w.say("Mara Lenk", "AFFILIATED_WITH", "Kestrel Works", "wire", role="chief executive",
          sentence="Mara Lenk, the chief executive of Kestrel Works, said ...")
    w.say("Mara Lenk", "AFFILIATED_WITH", "Ostia", "wire", role="adviser", sentence="Lenk, an adviser to Ostia's cabinet.")
    w.say("Oda Ferr", "AFFILIATED_WITH", "Brightwater Yards", "wire", role="deputy chief executive",
          sentence="Oda Ferr, deputy chief executive of Brightwater Yards.")
    w.say("Oda Ferr", "LEADS", "Harbor Compact", "wire", sentence="Oda Ferr chairs the Harbor Compact.")
    for other in ("Parva", "Eskar"):
        w.say("Rhun", "AGREEMENT", other, "wire", "2024-11", sentence=f"Rhun and {other} signed the Lantern Declaration.")
    w.say("Caldor", "CONSULTATION", "Parva", "wire", "2024-11", sentence="Caldor and Parva discussed the Lantern Declaration.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["Which foreign firms have sold arms to Caldor?",
                                      "What foreign companies supply Caldor?",
                                      "Which overseas firms are selling weapons to Caldor?"])
def test_an_adjective_before_the_type_word_keeps_the_type(world, question):
    assert names(reply(world, question)) == ["Brightwater Yards", "Kestrel Works"]  # not the state Ostia


@pytest.mark.parametrize("question", ["Which outside powers back Parva?", "Which foreign countries are backing Parva?",
                                      "what other states support Parva"])
def test_an_adjective_before_a_state_type_word(world, question):
    assert names(reply(world, question)) == ["Ostia"]  # not the firm that backs it too


@pytest.mark.parametrize("question", ["Between which parties has Norland acted as go-between?",
                                      "Which parties has Norland mediated between?",
                                      "between which actors did Norland mediate",
                                      "Between whom has Norland acted as a go-between?",
                                      "Between whom has Norland played mediator?"])
def test_which_parties_asks_like_who(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Parva", "Rhun"]
    assert "MEMBER_OF" not in answer.reading


@pytest.mark.parametrize("question", ["Which actors does Norland cooperate with?", "which players does norland work with",
                                      "Who is Norland working with?", "Which countries is Norland collaborating with?"])
def test_which_actors_are_the_partners(world, question):
    assert {"Eskar", "Ostia"} <= set(names(reply(world, question)))


@pytest.mark.parametrize("question", ["Who supplied Caldor with Vortex missiles?", "who has sold the Vortex to Caldor",
                                      "Which companies delivered Vortex missiles to Caldor?"])
def test_the_makers_delivery_that_names_no_system(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Kestrel Works"]  # not Brightwater Yards nor Ostia: their claims name no Vortex
    assert "by its maker" in answer.reading


def test_a_claim_naming_the_system_needs_no_maker(world):
    answer = reply(world, "Who supplied Eskar with Vortex missiles?")
    assert names(answer) == ["Rhun"] and "by its maker" not in answer.reading


def test_no_system_asked_no_maker_note(world):
    answer = reply(world, "Who supplies Caldor?")
    assert names(answer) == ["Brightwater Yards", "Kestrel Works", "Ostia"] and "maker" not in answer.reading


@pytest.mark.parametrize("question", ["Who did Caldor hold military drills with in September 2024?",
                                      "who has caldor held drills with", "With whom did Caldor hold exercises?",
                                      "Which countries has Caldor held war games with since 2023?"])
def test_a_joint_relation_asked_with_someone_takes_either_side(world, question):
    assert names(reply(world, question)) == ["Eskar", "Parva"]


def test_a_joint_relation_asked_where_keeps_the_host_side(world):
    assert names(reply(world, "Who held drills in Caldor?")) == ["Eskar"]


@pytest.mark.parametrize("question,expected", [("Where is Harbor Line Trading registered?", ["Eskar"]),
                                               ("where is harbor line trading based", ["Eskar"]),
                                               ("Who has sanctioned Harbor Line Trading?", ["Ostia"])])
def test_a_company_named_without_its_legal_form(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_legal_form_is_no_wildcard(world):
    from diplograph.queries.lookup import company_without_form

    assert company_without_form(world.nx, "Harbor Line") is None  # a part of the name is no name
    assert company_without_form(world.nx, "Harbor Line Trading") == "company:harbor-line-trading-llc"


@pytest.mark.parametrize("question", ["What deals has Norland struck, and with whom?", "which deals did norland cut",
                                      "Who did Norland strike a deal with?", "With whom has Norland struck deals?"])
def test_a_deal_struck_is_an_agreement(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Ostia"] and "ATTACK" not in answer.reading


@pytest.mark.parametrize("question", ["Whom has Rhun struck?", "Which countries did Rhun strike?"])
def test_a_strike_with_no_deal_is_an_attack(world, question):
    assert names(reply(world, question)) == ["Parva"]


def test_the_makers_sale_of_other_arms_is_not_the_system(world):
    assert "Kestrel Works" not in names(reply(world, "Who supplied Norland with Vortex missiles?"))


@pytest.mark.parametrize("question", ["which of these countries are in the Harbor Compact",
                                      "Which of the states in these articles are members of the Harbor Compact?",
                                      "Which countries in these stories belong to the Harbor Compact?"])
def test_the_texts_countries_are_the_graphs(world, question):
    assert names(reply(world, question)) == ["Eskar", "Norland"]


@pytest.mark.parametrize("question", ["Which companies in these stories are Ostian?",
                                      "which firms in these reports are Ostian"])
def test_the_texts_companies_of_a_nationality(world, question):
    assert names(reply(world, question)) == ["Brightwater Yards"]


@pytest.mark.parametrize("question", ["Which company does Mara Lenk run?", "What is Mara Lenk the chief executive of?",
                                      "what does mara lenk head"])
def test_what_a_person_leads(world, question):
    assert names(reply(world, question)) == ["Kestrel Works"]  # not Ostia, which she advises


def test_what_a_person_leads_is_no_deputy_office(world):
    assert names(reply(world, "What does Oda Ferr run?")) == ["Harbor Compact"]  # not the yard she is deputy of


@pytest.mark.parametrize("question", ["Who put their names to the Lantern Declaration alongside Rhun?",
                                      "Who signed the Lantern Declaration together with Rhun?"])
def test_signatories_alongside_someone(world, question):
    assert names(reply(world, question)) == ["Eskar", "Parva"]  # not Caldor, which only discussed it


def test_signatories_with_no_one_beside(world):
    assert "Caldor" in names(reply(world, "Who signed up to the Lantern Declaration?"))
