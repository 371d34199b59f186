"""Session 27 (refs27): relations whose actor another sentence names (sentences of our own).

A locative "there" stands for the state of the place phrase named last before it, in its sentence or in the
sentence or two before it in the paragraph ("fights the PKK in northern Iraq and keeps bases there"); it stays
unresolved when that phrase names no known state, names two, or when its sentence names another state first."""

import pytest

from diplograph.loaders.articles.pipeline import ArticleExtractor
from diplograph.loaders.articles.trace import Trace


@pytest.mark.parametrize("text, triple", [
    ("Turkey has fought the PKK in northern Iraq for decades and keeps a network of military bases there.",
     ("Turkey", "MILITARY_PRESENCE", "Iraq")),
    ("Chinese engineers are building a deep-water port at Gwadar. Beijing is also believed to keep troops there.",
     ("China", "MILITARY_PRESENCE", "Pakistan")),
    ("The summit took place in Doha. Qatar has hosted a large American air base there since 2003.",
     ("United States", "MILITARY_PRESENCE", "Qatar")),
    ("Cambodia rebuilt the naval pier at Sihanoukville with Chinese money. "
     "Two Chinese warships have been stationed there since last year.",
     ("China", "MILITARY_PRESENCE", "Cambodia")),
])
def test_there_is_the_state_of_the_place_named_last(triples, text, triple):
    assert triple in triples(text)


def test_the_there_of_there_is_names_no_place(triples):
    found = triples("Kenya and Ethiopia met in Nairobi. There are no Ethiopian troops, officials said.")
    assert not {t for t in found if t[1] == "MILITARY_PRESENCE"}


def test_a_place_of_no_known_state_leaves_there_unresolved(triples):
    # the last place is the border, not Somalia named before it
    found = triples("Kenyan troops crossed into Somalia in 2011. The army later moved to a camp near the border. "
                    "Ethiopia also keeps soldiers there.")
    assert ("Ethiopia", "MILITARY_PRESENCE", "Somalia") not in found


def test_two_states_in_the_place_phrase_leave_there_unresolved(triples):
    found = triples("The army moved into Mali and Niger last spring. Russia now keeps troops there.")
    assert not {t for t in found if t[0] == "Russia" and t[1] == "MILITARY_PRESENCE"}


def test_a_date_is_no_place(triples):
    found = triples("Ghana signed a deal with Togo in March. Nigeria said it would keep troops there.")
    assert not {t for t in found if t[0] == "Nigeria" and t[1] == "MILITARY_PRESENCE"}


def test_another_state_named_first_may_own_the_place(triples):
    # "its bases there" are Senegal's: Chad, the place named last, is not what is meant
    found = triples("Around 1,000 French soldiers were stationed in Chad. "
                    "Senegal has asked France to close its bases there as well.")
    assert ("France", "MILITARY_PRESENCE", "Chad") in found
    assert ("France", "MILITARY_PRESENCE", "Senegal") not in found


def test_there_does_not_reach_into_another_paragraph(triples):
    found = triples("The summit took place in Doha.\n\nTurkey has also kept troops there since 2017.")
    assert ("Turkey", "MILITARY_PRESENCE", "Qatar") not in found


def test_the_trace_says_what_there_stood_for():
    trace = Trace()
    ArticleExtractor().extract_text("Turkey fights the PKK in northern Iraq and keeps military bases there.",
                                    trace=trace)
    notes = [r for s in trace.sentences for r in s.references]
    assert notes == ["'there' = Iraq (the place named last: 'in northern Iraq')"]


def test_congratulating_a_winner_named_in_the_sentence_before_backs_him(triples):
    found = triples("The electoral council declared Nicolás Maduro the winner. "
                    "Russia, Iran and Cuba congratulated him within days.")
    assert {("Russia", "SUPPORT", "Nicolás Maduro"), ("Iran", "SUPPORT", "Nicolás Maduro"),
            ("Cuba", "SUPPORT", "Nicolás Maduro")} <= found


def test_a_congratulation_withheld_is_told_as_denied(claims):
    found = claims("The electoral council declared Nicolás Maduro the winner. Brazil refused to congratulate him.")
    assert ("Brazil", "SUPPORT", "Nicolás Maduro", "asserted") not in found
    assert ("Brazil", "SUPPORT", "Nicolás Maduro", "denied") in found


@pytest.mark.parametrize("text, triple", [
    # not Moldova, the state named last: the state the paragraph is about
    ("Romania borders Ukraine and Moldova. The United States keeps troops at an air base in the south of the country.",
     ("United States", "MILITARY_PRESENCE", "Romania")),
    # the one other state its own sentence names
    ("Poland hosts a NATO battlegroup, and American troops are stationed across the country.",
     ("United States", "MILITARY_PRESENCE", "Poland")),
    # the state the paragraph before made its subject, not the one a meeting there named
    ("Chad ended its defence pact with France in November. Its president later met Xi Jinping in China.\n\n"
     "About 1,000 French soldiers had been stationed in the country.",
     ("France", "MILITARY_PRESENCE", "Chad")),
])
def test_the_country_where_something_happens_is_the_state_the_text_is_about(triples, text, triple):
    assert triple in triples(text)


def test_the_country_is_never_the_doer_of_what_happens_there(triples):
    found = triples("Washington and Seoul signed a cost-sharing deal. The United States keeps 28,000 troops in the "
                    "north of the country.")
    assert ("United States", "MILITARY_PRESENCE", "South Korea") in found
    assert ("United States", "MILITARY_PRESENCE", "United States") not in found


def test_romania_example_is_not_read_as_the_neighbour_named_last(triples):
    found = triples("Romania borders Ukraine and Moldova. The United States keeps troops at an air base in the south "
                    "of the country.")
    assert ("United States", "MILITARY_PRESENCE", "Moldova") not in found


def test_a_state_named_as_owner_of_its_own_airspace_still_owns_the_ministry(triples):
    # the clause names Pakistan only as the owner of the airspace: "the foreign ministry" is still Pakistan's
    found = triples("Iranian missiles hit targets in Balochistan on Tuesday. Islamabad reacted angrily. "
                    "The foreign ministry accused Iran of violating Pakistan's airspace.")
    assert ("Pakistan", "CRITICISM", "Iran") in found
    assert ("Iran", "CRITICISM", "Iran") not in found


@pytest.mark.parametrize("listed, first_state, second_state", [
    ("Gabon and Equatorial Guinea", "Gabon", "Equatorial Guinea"),
    ("Equatorial Guinea and Gabon", "Equatorial Guinea", "Gabon"),
])
def test_holders_of_the_two_countries_follow_the_order_the_states_were_last_listed(triples, listed, first_state,
                                                                                   second_state):
    # the headline names Equatorial Guinea first; the holders follow the list told just before them
    found = triples(f"The court ruled that Equatorial Guinea owns islands claimed by Gabon. Spain and France once ruled "
                    f"{listed}. The presidents of the two countries, Jean Ping and Severo Moto, signed a "
                    f"convention in 1974.")
    assert ("Jean Ping", "AFFILIATED_WITH", first_state) in found
    assert ("Severo Moto", "AFFILIATED_WITH", second_state) in found


def test_the_act_judged_is_not_one_a_relative_clause_told_in_passing(triples):
    found = triples("Iran fired missiles at targets in Pakistan, saying it had hit bases of Jaish al-Adl, a group that "
                    "has carried out attacks on Iranian forces. Pakistan called the strike a violation of its "
                    "sovereignty.")
    assert ("Pakistan", "CRITICISM", "Iran") in found
    assert ("Pakistan", "CRITICISM", "Jaish al-Adl") not in found
