"""Mentions: gazetteer names (any alias, demonym or capital, with or without accents), NER names
the gazetteer lacks typed by their cues, weapon designations, and acronyms in brackets."""

import pytest

from diplograph.gazetteer import Entry, Gazetteer
from diplograph.loaders.articles.gazetteer_matching import GazetteerMatcher
from diplograph.loaders.articles.mentions import find_mentions
from diplograph.loaders.articles.name_types import name_type


@pytest.fixture(scope="module")
def mentions_of(extractor):
    def run(text, matcher=None):
        doc = extractor.nlp(text)
        return [(m.text, m.kind, m.actor.type, m.actor.id) for m in
                find_mentions(doc, matcher or extractor.matcher, extractor.lexicon)]
    return run


def test_aliases_demonyms_and_capitals_name_their_state(mentions_of):
    found = mentions_of("Ankara said Turkish firms would help Türkiye's ally Azerbaijan.")
    ids = {text: actor_id for text, _, _, actor_id in found}
    assert ids["Ankara"] == ids["Turkish"] == ids["Türkiye"] == "state:TUR"
    kinds = {text: kind for text, kind, _, _ in found}
    assert (kinds["Ankara"], kinds["Turkish"]) == ("capital", "demonym")


def test_names_typed_without_their_accents_are_found(mentions_of):
    found = mentions_of("Turkiye unveiled the Akinci drone.")
    assert ("Turkiye", "alias", "state", "state:TUR") in found
    assert any(text == "Akinci" and kind_type == "weapon" for text, _, kind_type, _ in found)


@pytest.mark.parametrize("text, name", [
    ("Kata’ib Hezbollah fired rockets.", "Kata’ib Hezbollah"),
    ("Fighters of the Lord’s Resistance Army crossed the river.", "Lord’s Resistance Army"),
])
def test_names_typeset_with_a_curly_apostrophe_are_found(mentions_of, text, name):
    found = mentions_of(text)
    assert any(t == name and actor_type == "armed_group" for t, _, actor_type, _ in found)
    assert not any(actor_type == "person" for _, _, actor_type, _ in found)  # not a stranger NER guessed


def test_acronyms_match_only_in_capitals(mentions_of):
    assert any(actor_id == "state:USA" for *_, actor_id in mentions_of("The US sent aid."))
    assert not any(actor_id == "state:USA" for *_, actor_id in mentions_of("They told us nothing."))


def test_lower_case_common_words_are_not_names(mentions_of):
    assert mentions_of("we will roast a turkey and buy some china plates") == []


def test_a_person_the_gazetteer_lacks_comes_from_ner(mentions_of):
    found = mentions_of("Foreign Minister Zlatko Petrovski met the delegation in Skopje.")
    assert any(kind == "ner" and t == "person" and "Petrovski" in text for text, kind, t, _ in found)


def test_a_new_organisation_is_typed_by_its_name(mentions_of):
    found = mentions_of("The contract went to Nordwind Aerospace Technologies, a supplier.")
    assert ("company", "company:nordwind-aerospace-technologies") in {(t, i) for _, _, t, i in found}


@pytest.mark.parametrize("name, expected", [
    ("Karakum Defence Systems", "company"),
    ("Steppe Policy Institute", "ngo"),
    ("Shanghai Five Treaty Organization", "organization"),
    ("Eastern Liberation Front", "armed_group"),
    ("Ministry of Defence", None),
    ("Reuters", None),
])
def test_cue_words_give_a_new_name_its_type(extractor, name, expected):
    assert name_type(name, extractor.lexicon) == expected


def test_a_weapon_designation_next_to_a_weapon_noun_is_a_weapon(mentions_of):
    found = mentions_of("Armenia bought Kornet-9 missiles and Orlan drones.")
    assert ("weapon", "weapon:kornet-9") in {(t, i) for _, _, t, i in found}


def test_a_long_name_with_a_known_acronym_in_brackets_is_that_entry(mentions_of):
    found = mentions_of("troops from the Russian-led Collective Security Organization (CSTO) arrived")
    ids = {text: actor_id for text, _, _, actor_id in found}
    assert ids.get("CSTO") == "organization:csto"
    assert "organization:csto" in {actor_id for text, _, _, actor_id in found if text != "CSTO"}


def test_a_small_gazetteer_can_be_used_instead_of_the_shipped_one(extractor, mentions_of):
    gazetteer = Gazetteer([Entry("state:ZZA", "Zembla", "state", aliases=("Republic of Zembla",),
                                 demonyms=("Zemblan",), capitals=("Onhava",))])
    matcher = GazetteerMatcher(extractor.nlp, gazetteer)
    found = mentions_of("The Zemblan government in Onhava spoke for the Republic of Zembla.", matcher)
    assert [(text, kind) for text, kind, _, _ in found if kind != "ner"] == [
        ("Zemblan", "demonym"), ("Onhava", "capital"), ("Republic of Zembla", "alias")]


def test_a_place_named_after_a_state_is_not_the_state(mentions_of):
    found = {text for text, *_ in mentions_of("Patrols in the South China Sea and the Gulf of Oman worried Vietnam.")}
    assert "China" not in found and "Oman" not in found and "Vietnam" in found


@pytest.mark.parametrize("text, name, actor_type", [
    ("The Benishangul People's Liberation Front (BPLF) signed a truce.", "Benishangul People's Liberation Front", "armed_group"),
    ("The Kenya Ordnance Factories Corporation builds rifles.", "Kenya Ordnance Factories Corporation", "company"),
    ("Kazakhstan's Association of Defense Industry Enterprises met.", "Association of Defense Industry Enterprises", "ngo"),
])
def test_new_organisations_keep_their_whole_name_and_get_their_type(mentions_of, text, name, actor_type):
    found = {(text_, t) for text_, kind, t, _ in mentions_of(text) if kind == "ner"}
    assert (name, actor_type) in found


def test_a_one_word_model_name_before_a_weapon_noun_is_a_weapon_but_groups_of_fighters_are_not(triples):
    found, batch = triples("Sweden sold Gripen fighters to Hungary. Wagner fighters entered Mali.", with_claims=True)
    weapons = {a.name for a in batch.actors if a.type == "weapon"}
    assert "Gripen" in weapons and "Wagner" not in weapons



def test_the_first_word_of_a_title_is_not_an_organisation(triples):
    # a tagger may read "Defence" in "Defence Minister X" as an organisation's name
    found, batch = triples("The pact was signed in Manila by Japanese Foreign Minister Yoko Kamikawa and Defence "
                           "Minister Minoru Kihara.", with_claims=True)
    assert "Defence" not in {a.name for a in batch.actors}


def test_abbreviations_with_full_stops_are_found_anywhere_in_a_sentence(triples):
    found = triples("The U.S. is a close ally of Taiwan. Washington said the U.K. would help the U.S.")
    assert any("United States" in (s, o) and "Taiwan" in (s, o) for s, _, o in found)


def test_a_title_announces_a_name_the_model_missed(triples):
    _, batch = triples("Junta spokesperson Zaw Min Tun said the army would respond.", with_claims=True)
    assert any(a.type == "person" and a.name == "Zaw Min Tun" for a in batch.actors)


def test_a_titled_surname_is_the_one_known_person_who_bears_it(triples):
    found = triples("Egypt's embrace of Somalia, whose president Sisi received in January, angered Ethiopia.")
    assert ("Abdel Fattah el-Sisi", "AFFILIATED_WITH", "Egypt") in found
    assert not any(s == "Abdel Fattah el-Sisi" and o == "Somalia" and p == "AFFILIATED_WITH" for s, p, o in found)


def test_a_body_named_after_an_office_is_no_person(triples):
    found, batch = triples("The General Assembly adopted the resolution. Secretary General Guterres welcomed it.",
                           with_claims=True)
    assert not any(a.type == "person" and a.name == "Assembly" for a in batch.actors)


def test_a_surname_is_the_person_the_text_named_before_any_namesake_the_gazetteer_knows(triples):
    found = triples("Guyana's president, Irfaan Ali, flew to Caracas. Ali and Maduro met on Thursday.")
    assert any(p == "CONSULTATION" and "Irfaan Ali" in (s, o) for s, p, o in found)
    assert not any("Mahamat Mahdi Ali" in (s, o) for s, _, o in found)


def test_the_family_name_comes_first_in_chinese_and_korean_names(triples):
    found = triples("Putin and Xi agreed in Beijing to expand trade.")
    assert any({s, o} == {"Vladimir Putin", "Xi Jinping"} for s, _, o in found)


def test_a_territory_with_its_own_government_is_a_party_and_a_de_jure_region_is_its_state(triples):
    found = triples("The Faroe Islands signed a fisheries agreement with Norway in Torshavn. "
                    "Russia kept peacekeepers in Nagorno-Karabakh until 2024.")
    assert ("Faroe Islands", "AGREEMENT", "Norway") in found
    assert ("Russia", "MILITARY_PRESENCE", "Azerbaijan") in found
    assert not any("Denmark" in (s, o) for s, _, o in found)


def test_energy_mining_and_shipping_firms_are_companies(triples):
    _, batch = triples("Kazatomprom signed a uranium supply contract with Orano, and COSCO Shipping "
                       "took a stake in a port run by DP World.", with_claims=True)
    types = {a.name: a.type for a in batch.actors}
    assert {types.get(n) for n in ("Kazatomprom", "Orano", "COSCO Shipping", "DP World")} == {"company"}


@pytest.mark.parametrize("text", [
    "Brazil holds the chair of the group for October.",
    "The talks were moved to Geneva for Monday.",
    "Egypt asked for Mercosur observers.",
])
def test_a_preposition_or_a_month_announces_no_person(mentions_of, text):
    # "spokesman for" is a title, but "for" alone is not, and a month is no one's name
    assert not any(kind == "titled" for _, kind, _, _ in mentions_of(text))


def test_the_whole_title_ending_in_a_preposition_still_announces_a_name(mentions_of):
    found = mentions_of("A spokesman for Ibrahim Traoré said the border would stay shut.")
    assert any(text == "Ibrahim Traoré" and actor_type == "person" for text, _, actor_type, _ in found)


def test_a_capital_opening_a_bodys_name_is_part_of_the_name(mentions_of):
    found = mentions_of("Delegates met within the Nairobi Regional Conclave on maritime security.")
    assert any(text == "Nairobi Regional Conclave" and actor_type == "organization" for text, _, actor_type, _ in found)
    assert not any(actor_id == "state:KEN" for *_, actor_id in found)


def test_a_body_a_state_owns_keeps_the_state(mentions_of):
    found = mentions_of("Nairobi's Association of Tea Growers met in Mombasa.")
    assert found[0][3] == "state:KEN"


def test_an_unknown_acronym_described_as_a_grouping_is_an_organisation(triples):
    found = triples("Leaders met at the summit of SAGARMALA, the regional grouping to which both Nepal and Bhutan belong.")
    assert ("Nepal", "MEMBER_OF", "SAGARMALA") in found and ("Bhutan", "MEMBER_OF", "SAGARMALA") in found
