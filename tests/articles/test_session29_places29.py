"""Session 29 (places29): the towns of every state as places that stand for their state (sentences of our own).

- The generated list of places (``scripts/build_world_places.py``) holds every town of GeoNames'
  cities5000 table, not only cities of 150,000 people: a strike on a port town, troops sent to a
  provincial town, a mine near a small town are relations with the town's state. Large cities that
  the word tables hold as proper nouns ("Bata", "Durban") are cities again, and a village of one
  state no longer hides a city of another ("Tuzla").
- A generated town still stands for its state only where the article names that state otherwise.
- A town named like a leader's given name ("Hassan", "Vladimir"), like an English word, or like a person
  (for a small town) is left out of the list.
- The generated places are looked up by name, not matched as patterns, so that their number costs
  neither start-up time nor memory; a name typed without its accents or written with "The" still matches.
"""

import pytest


def _names(found):
    return {name for s, _, o in found for name in (s, o)}


@pytest.mark.parametrize("text, relation", [
    # a port town of 60,000 people
    ("Russian officials said on Monday that Ukrainian drones had struck an oil terminal in Tuapse.",
     ("Ukraine", "ATTACK", "Russia")),
    # a provincial town; its state is named in another clause
    ("Kenyan police officers were deployed to Gonaïves after gangs seized parts of Haiti's north.",
     ("Kenya", "MILITARY_PRESENCE", "Haiti")),
    # a town of 20,000 people; its state is named in the sentence before
    ("Serbia welcomed the investment. A Chinese firm is building a copper smelter near Loznica.",
     ("China", "INVESTMENT", "Serbia")),
])
def test_a_small_town_stands_for_its_state_where_the_relation_needs_a_place(triples, text, relation):
    assert relation in triples(text)


def test_a_town_whose_state_the_article_never_names_is_no_state(triples):
    found = triples("Ukrainian drones struck an oil terminal in Tuapse.")
    assert "Russia" not in _names(found)


def test_a_town_at_the_head_of_a_firm_s_name_is_the_firm_s(triples):
    found = triples("Serbia welcomed the investment. Loznica Copper, a Chinese-owned firm, criticised Belgrade.")
    assert ("Loznica Copper", "CRITICISM", "Serbia") in found
    assert not any(s == "Serbia" and o == "Serbia" for s, _, o in found)


def test_a_town_named_like_a_given_name_or_an_english_word_is_no_place():
    from diplograph.gazetteer import PLACE, load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Tuapse", kinds={PLACE}).id == "state:RUS"
    assert gazetteer.lookup("Loznica", kinds={PLACE}).id == "state:SRB"
    # Indian and Russian cities named like Hassan Sheikh Mohamud and Vladimir Putin
    for name in ("Hassan", "Vladimir"):
        assert gazetteer.lookup(name, kinds={PLACE}) is None, name
    # cities the word tables hold as proper nouns stay cities; a Romanian village does not hide Bosnia's Tuzla
    assert gazetteer.lookup("Düsseldorf", kinds={PLACE}).id == "state:DEU"
    assert gazetteer.lookup("Bata", kinds={PLACE}).id == "state:GNQ"
    assert gazetteer.lookup("Tuzla", kinds={PLACE}).id == "state:BIH"
    # a town of 10,000 people
    assert gazetteer.lookup("Uyuni", kinds={PLACE}).id == "state:BOL"


def test_people_named_like_former_places_stay_people(triples):
    found = triples("Indian officials said Vladimir Ivanov, a Russian diplomat, was expelled.")
    assert ("Vladimir Ivanov", "AFFILIATED_WITH", "Russia") in found


def test_generated_places_are_found_without_accents_with_hyphens_and_with_the(extractor):

    matcher = extractor.matcher
    doc = extractor.nlp.make_doc("Jets struck Mazar-e Sharif; envoys met in The Hague and Gonaives.")
    found = {(doc[s:e].text, entry.id) for s, e, entry, kind in matcher(doc) if kind == "place"}
    assert ("Mazar-e Sharif", "state:AFG") in found
    assert ("The Hague", "state:NLD") in found
    assert ("Gonaives", "state:HTI") in found
    # a town's name with the punctuation after it is no other name
    assert not any(text.endswith((";", ".")) for text, _ in found)
