"""Session 30 (actors30): actors the gazetteer cannot list, and world lists it lacked (sentences of our own).

- The experts news quotes speak for a body: "X, a political scientist at the Y Centre", "an economist at", "a
  historian at", "a lawyer with" make X affiliated with the body, never with a state ("a Bolivian historian").
- "X, who heads (directs, runs) the Y Desk" holds a post in the body or firm.
- A body's name ends in a head word of a body ("Circle", "Desk", "Lab", "Hub") even when the model tagged it as a
  person, a place or nothing; Romance names open with it ("Centro ... de Estudios", "Fundación ...").
- A name the model tagged through "in <city>" ends before it: the city says where the body sits.
- State-linked hacking groups (cyber_groups.yaml) are armed groups with the state they are attributed to:
  "China's APT31" is China's own group. "Typhoon" alone is still the jet, and weather is no group.
- Religious leaders the press names by title (the Dalai Lama, Patriarch Kirill) are people.
- A think tank's paper whose header signs it "Name, Fellow" makes its author affiliated with the publisher; a
  newspaper's writer holds no post in the paper.
"""

import pytest


@pytest.fixture(scope="module")
def actors(extractor):
    """``actors(text)``: (name, type) of every actor the pipeline finds in text."""
    return lambda text: {(a.name, a.type) for a in extractor.extract_text(text, date="2024-06-01").actors}


def test_a_political_scientist_at_a_centre_is_affiliated_with_it(triples):
    found = triples('"The vote was rigged," said Irene Caldwell, a political scientist at the Andean Centre for '
                    'Governance Studies.')
    assert ("Irene Caldwell", "AFFILIATED_WITH", "Andean Centre for Governance Studies") in found


def test_an_economist_at_an_untagged_policy_circle(triples):
    found = triples("Tomasz Wierzba, an energy economist at the Vistula Policy Circle, said the pipeline would "
                    "not be finished.")
    assert ("Tomasz Wierzba", "AFFILIATED_WITH", "Vistula Policy Circle") in found


def test_a_lawyer_with_a_rights_project(triples):
    found = triples("Rania Haddad, a lawyer with the Cedar Rights Project, said Lebanon had detained the men.")
    assert ("Rania Haddad", "AFFILIATED_WITH", "Cedar Rights Project") in found


def test_an_expert_of_a_state_is_not_its_office_holder(triples):
    found = triples("The Bolivian historian Marcelo Quispe said Chile had never offered a corridor to the sea.")
    assert not any(s == "Marcelo Quispe" and p == "AFFILIATED_WITH" for s, p, o in found)


def test_who_heads_a_desk_holds_a_post_in_it(triples):
    found = triples("Kofi Mensah, who heads the Coastal Security Desk, said Ghana and Togo would sign the accord.")
    assert ("Kofi Mensah", "AFFILIATED_WITH", "Coastal Security Desk") in found


def test_who_heads_a_state_delegation_is_no_post_in_a_body(triples):
    found = triples("Kofi Mensah, who heads Ghana's delegation, met Togo's foreign minister.")
    assert not any(s == "Kofi Mensah" and p == "AFFILIATED_WITH" and o != "Ghana" for s, p, o in found)


def test_a_body_name_ends_before_the_city_it_sits_in(triples):
    found = triples('"The army is weak," said Lucía Fernández, a political scientist at the Andes Institute for '
                    'Democracy in La Paz.')
    assert ("Lucía Fernández", "AFFILIATED_WITH", "Andes Institute for Democracy") in found
    assert ("Andes Institute for Democracy", "BASED_IN", "Bolivia") in found
    assert not any("La Paz" in s or "La Paz" in o for s, p, o in found)


def test_a_romance_name_opens_with_its_head_word(triples):
    found = triples("Esteban Rojas, a historian at the Centro Caribeño de Estudios in San José, said Costa Rica "
                    "would object.")
    assert ("Esteban Rojas", "AFFILIATED_WITH", "Centro Caribeño de Estudios") in found


def test_a_state_linked_hacking_group_is_the_state_s_own(triples):
    found = triples("Britain sanctioned two officers of China's APT31 on Monday.")
    assert ("APT31", "AFFILIATED_WITH", "China") in found
    assert ("United Kingdom", "COERCION", "APT31") in found


def test_a_group_named_for_the_weather_and_the_weather(triples):
    found = triples("Russia's Sandworm attacked Ukraine's grid.\n\n"
                    "A salt typhoon flooded the coast of Luzon, and a midnight blizzard closed the roads of Manitoba.")
    assert ("Sandworm", "ATTACK", "Ukraine") in found
    assert not any("Typhoon" in s or "Blizzard" in s or "Typhoon" in o for s, p, o in found)


def test_typhoon_alone_stays_the_jet(actors):
    found = actors("Germany bought Eurofighter Typhoon jets from Britain, while Volt Typhoon hid in its networks.")
    assert ("Eurofighter Typhoon", "weapon") in found
    assert ("Volt Typhoon", "armed_group") in found


def test_the_dalai_lama_is_a_person(actors):
    found = actors("After the Dalai Lama visited Ulaanbaatar in November, China suspended talks with Mongolia.")
    assert ("Dalai Lama", "person") in found


def test_a_think_tank_paper_signed_by_its_fellow(extractor):
    from pathlib import Path

    from diplograph.loaders.articles.read import Document

    text = ("Tagus Institute for Maritime Studies · Brief 3/2025\n\n*Inês Carvalho, Senior Fellow, Atlantic Programme*\n\n"
            "Portugal and Morocco signed a fisheries agreement in May.")
    batch = extractor.extract(Document(Path("brief.md"), text, "markdown", author="Inês Carvalho",
                                       publisher="Tagus Institute for Maritime Studies"))
    names = {a.id: a.name for a in batch.actors}
    found = {(names[c.subject], c.predicate, names[c.object]) for c in batch.claims}
    assert ("Inês Carvalho", "AFFILIATED_WITH", "Tagus Institute for Maritime Studies") in found


def test_a_newspaper_s_writer_holds_no_post_in_it(extractor):
    from pathlib import Path

    from diplograph.loaders.articles.read import Document

    text = "The Tagus Review\n\n*Inês Carvalho, Senior Fellow*\n\nPortugal and Morocco signed a fisheries agreement in May."
    batch = extractor.extract(Document(Path("op.md"), text, "markdown", author="Inês Carvalho", publisher="The Tagus Review"))
    assert not any(c.predicate == "AFFILIATED_WITH" for c in batch.claims)
