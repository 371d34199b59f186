"""Session 28 (actors28): the actors of the whole world, recognised and resolved (sentences of our own).

- A known leader's surname is someone else's when the article names that someone in full: the bare
  surname of a headline or a later sentence is the person the article is about, not the gazetteer's
  namesake of another country; and a leader's surname at the end of a longer name ("General Ana Lucía
  Torres Sánchez") is that name's last word.
"""


def _names(found):
    return {name for s, _, o in found for name in (s, o)}


def test_a_bare_surname_is_the_person_the_article_names_in_full_not_a_famous_namesake(triples):
    # the headline's "Morales" comes before the full name; a Guatemalan ex-president shares the surname
    text = ("Paraguayan court jails Morales ally; Morales condemns Peña\n\n"
            "A court in Asunción jailed a close ally of the opposition senator Ricardo Morales on Monday. "
            "Morales accused President Santiago Peña of using the courts against him.")
    found = triples(text)
    assert ("Ricardo Morales", "CRITICISM", "Santiago Peña") in found
    assert "Jimmy Morales" not in _names(found)


def test_a_surname_after_a_given_name_is_no_leader_of_another_state(triples):
    found = triples("The new navy chief, Admiral Rodrigo Efraín Sánchez, ordered the ships back to port. "
                    "Chile thanked Peru for its help.")
    assert "Pedro Sánchez" not in _names(found)


def test_the_namesake_stays_when_the_article_names_him_or_only_a_title_stands_before_the_surname(triples):
    found = triples("Guatemala's former president Jimmy Morales met Salvadoran officials in San Salvador. "
                    "Morales criticised Honduras.")
    assert ("Jimmy Morales", "CRITICISM", "Honduras") in found
    found = triples("Prime Minister Sánchez said Spain would recognise Palestine.")
    assert ("Spain", "SUPPORT", "Palestine") in found
    assert "Pedro Sánchez" in _names(found)


def test_a_place_before_a_surname_is_no_given_name(extractor):
    from diplograph.loaders.articles.namesakes import foresee_namesakes
    from diplograph.loaders.articles.resolve import DocumentContext

    context = DocumentContext()
    foresee_namesakes("In La Paz Morales said the vote was stolen.", extractor.matcher, context, extractor.lexicon)
    assert context.surname("Morales") is None
    foresee_namesakes("Senator Ricardo Morales said so.", extractor.matcher, context, extractor.lexicon)
    assert context.surname("Morales").name == "Ricardo Morales"


def test_self_governing_territories_are_parties_under_their_own_names(triples):
    found = triples("Aruba and Curaçao protested to Venezuela after the border closure.")
    assert ("Aruba", "PROTEST", "Venezuela") in found and ("Curaçao", "PROTEST", "Venezuela") in found
    found = triples("New Zealand pledged aid to Niue.")
    assert ("New Zealand", "AID", "Niue") in found
    # a longer place name that holds the territory's name stays that place
    found = triples("Jersey signed a tax agreement with France. The US Navy sent a destroyer to a port in New Jersey.")
    assert ("Jersey", "AGREEMENT", "France") in found
    assert not any("Jersey" in (s, o) and p == "MILITARY_PRESENCE" for s, p, o in found)


# Firms the gazetteer lacks, named the way business and development news names them.

def _actors(triples, text):
    _, batch = triples(text, with_claims=True)
    return {a.name: a.type for a in batch.actors}


def test_names_given_as_examples_of_firms_or_armed_groups_are_firms_or_armed_groups(triples):
    found = triples("Korean firms such as Daemyung have built three steel plants in Vietnam.")
    assert ("Daemyung", "INVESTMENT", "Vietnam") in found
    found = triples("Defence companies like Halvor, Kettering and Ostrava Arms sold rifles to Chad.")
    for firm in ("Halvor", "Kettering", "Ostrava Arms"):
        assert (firm, "ARMS_TRANSFER", "Chad") in found
    actors = _actors(triples, "Somali militias including Raskamboni fought al-Shabaab near Kismayo.")
    assert actors.get("Raskamboni") == "armed_group"


def test_examples_of_states_or_of_investors_stay_what_they_are(triples):
    found = triples("Gulf countries such as Qatar and Oman have invested in Tanzania.")
    assert ("Qatar", "INVESTMENT", "Tanzania") in found
    actors = _actors(triples, "Investors such as Norvald bought Kenyan bonds.")
    assert "Norvald" not in actors  # an investor may be a state or a fund: no kind to give the name


def test_a_firm_after_its_trade_noun_and_a_double_name_glued_by_a_hyphen(triples):
    text = ("Ghana has granted a mining licence to a consortium of the commodity trader Halvorsen, "
            "the Spanish builder Moura-Engil and the Dutch port operator Keverling.")
    actors = _actors(triples, text)
    assert actors.get("Halvorsen") == "company"
    assert actors.get("Moura-Engil") == "company" and "Moura" not in actors
    found = triples(text)
    assert ("Moura-Engil", "BASED_IN", "Spain") in found


# Provinces and regions of every state (generated from ISO 3166-2: scripts/build_world_regions.py).

def test_a_province_stands_for_its_state_where_the_relation_needs_a_place(triples):
    found = triples("Indonesia welcomed the investment. Chinese firms have built nickel smelters in Central Sulawesi.")
    assert ("China", "INVESTMENT", "Indonesia") in found


def test_a_generated_province_needs_its_state_named_and_a_sea_is_no_province(triples):
    # the province alone, its state never named: no state read into it
    found = triples("Chinese firms have built nickel smelters in Central Sulawesi.")
    assert not any(o == "Indonesia" for _, _, o in found)
    from diplograph.gazetteer import generated_places

    assert "red sea" not in generated_places() and "blue nile" not in generated_places()


# People listed each after their state, as one of them is (parallel_people.py).

def test_names_listed_each_after_their_state_beside_a_person_are_people(triples):
    found = triples("Albania's Ardit Kelmendi, Croatia's Ivan Anušić and Kosovo's Drilon Maqedonci signed the pact.")
    assert ("Ardit Kelmendi", "AFFILIATED_WITH", "Albania") in found
    assert ("Drilon Maqedonci", "AFFILIATED_WITH", "Kosovo") in found


def test_firms_listed_after_their_states_stay_firms(triples):
    actors = _actors(triples, "Croatia's Adriatic Shipyards and Italy's Fincantieri signed a deal.")
    assert actors.get("Adriatic Shipyards") == "company"


# Mid-size firms of development and commodity news in the gazetteer (gazetteer/data/firms.yaml).

def test_builders_traders_and_miners_of_development_news_are_known_firms_with_their_homes(triples):
    actors = _actors(triples, "Kalyon and Mota-Engil will build the new port, and Trafigura will ship the ore.")
    assert actors.get("Kalyon Holding") == "company" and actors.get("Mota-Engil") == "company"
    assert actors.get("Trafigura") == "company"
    found = triples("Tsingshan has invested two billion dollars in Zimbabwe.")
    assert ("Tsingshan Holding Group", "INVESTMENT", "Zimbabwe") in found


def test_a_person_entity_runs_on_over_a_surname_but_not_over_a_title(extractor):
    from spacy.tokens import Span

    from diplograph.loaders.articles.namesakes import with_surname_after

    doc = extractor.nlp("The new army chief, General Marta Elena Quispe, and Bolivian Defence Minister Ana Roca spoke.")
    doc.ents = []  # (the entities the model found vary with it: these two are set by hand below)
    cut = Span(doc, 6, 8, label="PERSON")  # "Marta Elena", the model's entity without the surname
    assert with_surname_after(doc, cut, set(), extractor.lexicon).text == "Marta Elena Quispe"
    title = Span(doc, 11, 13, label="PERSON")  # "Bolivian Defence": "Minister" is a title, no surname
    assert with_surname_after(doc, title, set(), extractor.lexicon).text == "Bolivian Defence"
