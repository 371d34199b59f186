"""Session 19 (extract19a): actors named only by reference: "the two governments" opening a paragraph, an
interviewer's "And New Delhi?" before an answer's "It", and "the foreign ministry" with no ministry named
(sentences of our own)."""

PAIR_THEN_ASIDE = (
    "Chile sent a trade mission to Peru in March. Peru's president visited Chile in April, and Chile and Peru held "
    "talks in Lima in May. Peru thanked Chile for the visit.\n\n"
    "{aside}\n\n"
    "The partnership has grown since. The two governments signed a customs agreement in June.")


def test_a_paragraph_opening_with_the_two_governments_means_the_pair_the_document_is_about(triples):
    found = triples(PAIR_THEN_ASIDE.format(aside="Bolivia protested in July. Bolivia said Chile had ignored its "
                                                 "claims to the coast."))
    assert ("Chile", "AGREEMENT", "Peru") in found
    assert ("Bolivia", "AGREEMENT", "Chile") not in found and ("Chile", "AGREEMENT", "Bolivia") not in found


def test_a_pair_named_together_in_the_paragraph_before_is_still_the_one_meant(triples):
    found = triples(PAIR_THEN_ASIDE.format(aside="Bolivia and Argentina quarrelled over water in July, and "
                                                 "Bolivia and Argentina recalled their envoys."))
    assert ("Chile", "AGREEMENT", "Peru") not in found


def test_an_interviewers_question_naming_a_state_is_what_the_answers_it_stands_for(triples):
    text = ("Q: How did Kathmandu respond?\n\nA: Nepal protested to China and India through diplomatic channels.\n\n"
            "Q: And New Delhi?\n\nA: It accused Nepal of inventing a quarrel.")
    found = triples(text)
    assert ("India", "CRITICISM", "Nepal") in found
    assert ("Nepal", "CRITICISM", "Nepal") not in found


def test_the_foreign_ministry_with_no_ministry_named_is_the_state_the_paragraph_is_about(triples):
    found = triples("Peru recalled its ambassador from Mexico on Monday. The foreign ministry accused Mexico of "
                    "meddling in its internal affairs.")
    assert ("Peru", "CRITICISM", "Mexico") in found


def test_the_foreign_ministry_is_not_the_state_its_own_clause_acts_on_nor_one_of_two_subjects(triples):
    found = triples("Russia struck Odesa overnight. The foreign ministry condemned Russia.")
    assert ("Russia", "CRITICISM", "Russia") not in found
    assert not any(p == "CRITICISM" for _, p, _ in found)
    found = triples("Ghana and Togo met in Accra on Monday. The foreign ministry condemned Burkina Faso.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_a_state_described_by_its_region_is_the_member_named_last(triples):
    found = triples("Mali expelled the French ambassador in January. France recalled its envoy from the West African "
                    "nation.")
    assert ("France", "PROTEST", "Mali") in found
    found = triples("Vietnam bought two frigates from India. China protested to the Southeast Asian nation.")
    assert ("China", "PROTEST", "Vietnam") in found
    found = triples("Panama signed a port deal with China. The United States warned the Central American country.")
    assert ("United States", "THREAT", "Panama") in found


def test_a_region_description_is_never_the_member_that_acts_on_it(triples):
    found = triples("Pakistan tested a missile on Monday. India condemned the South Asian nation.")
    assert ("India", "CRITICISM", "Pakistan") in found
    found = triples("Brazil hosted the summit in May. Argentina later criticised the South American country over "
                    "its tariffs.")
    assert ("Argentina", "CRITICISM", "Brazil") in found


def test_american_after_a_region_word_names_no_one_american(triples):
    found = triples("Brazil hosted the summit in May. Argentina later criticised the South American country over "
                    "its tariffs.")
    assert ("Argentina", "CRITICISM", "United States") not in found
    found = triples("Latin American leaders condemned Israel on Monday.")
    assert not any("United States" in (s, o) for s, _, o in found)
    found = triples("South African troops left Mozambique in July.")
    assert any(s == "South Africa" for s, _, _ in found)


def test_the_new_region_classes_have_the_members_the_ask_reader_knows():
    from pathlib import Path

    import yaml

    from diplograph.loaders.articles.described import state_classes

    root = Path(__file__).resolve().parents[2]
    regions = yaml.safe_load((root / "diplograph" / "queries" / "regions.yaml").read_text(encoding="utf-8"))
    for region, cls in (("West Africa", "west_africa"), ("East Africa", "east_africa"), ("North Africa", "north_africa"),
                        ("Middle East", "middle_east"), ("Southeast Asia", "southeast_asia"),
                        ("South Asia", "south_asia"), ("Latin America", "latin_america"),
                        ("South America", "south_america"), ("Central America", "central_america")):
        assert {m.lower() for m in regions[region]["members"]} == set(state_classes()[cls][1]), region


def test_a_monarchys_style_alone_is_the_monarchy_of_that_style_named_last_never_a_republic(triples):
    found = triples("Qatar has mediated between Israel and Hamas. The emirate also hosted American officials.")
    assert ("Qatar", "CONSULTATION", "United States") in found
    assert ("Israel", "CONSULTATION", "United States") not in found
    found = triples("Oman hosted talks between Iran and the United States. The sultanate criticised Israel.")
    assert ("Oman", "CRITICISM", "Israel") in found
    found = triples("Chile signed a trade deal with Peru. Bolivia later criticised the kingdom.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_a_capital_where_the_act_happens_does_not_keep_its_state_from_the_reference(triples):
    found = triples("Qatar has mediated between Israel and Hamas. The emirate signed a gas deal with Germany in Doha.")
    assert ("Qatar", "AGREEMENT", "Germany") in found
    assert ("Israel", "AGREEMENT", "Germany") not in found


def test_an_organ_of_a_body_and_its_head_word_later_are_the_body(triples):
    found = triples("Georgia froze its accession talks, calling it a reply to the European Parliament. The same day "
                    "the Parliament had criticised Georgia's leaders.")
    assert ("European Union", "CRITICISM", "Georgia") in found
    found = triples("The European Council met in Brussels on Thursday. The Council condemned Russia for the strikes.")
    assert ("European Union", "CRITICISM", "Russia") in found


def test_a_head_word_two_bodies_share_or_a_national_parliament_is_not_the_union(triples):
    found = triples("The UN Security Council and the European Council met on Monday. The Council condemned Russia.")
    assert ("European Union", "CRITICISM", "Russia") not in found
    assert ("United Nations Security Council", "CRITICISM", "Russia") not in found
    found = triples("The European Parliament debated Georgia in May. In Tbilisi, the parliament criticised the "
                    "United States.")
    assert ("European Union", "CRITICISM", "United States") not in found


def test_the_former_and_the_latter_are_the_first_and_second_of_the_two_named_before(triples):
    found = triples("Armenia and Azerbaijan held talks in Abu Dhabi. The latter accused the former of shelling its "
                    "positions.")
    assert ("Azerbaijan", "CRITICISM", "Armenia") in found
    assert ("Armenia", "CRITICISM", "Azerbaijan") not in found
    found = triples("Putin hosted Xi in Moscow in May. The latter later criticised the former for the war.")
    assert ("Xi Jinping", "CRITICISM", "Vladimir Putin") in found


def test_the_latter_after_three_actors_is_no_one(triples):
    found = triples("Chile, Peru and Bolivia met in Lima on Monday. The latter criticised Chile.")
    assert not any(p == "CRITICISM" for _, p, _ in found)
    found = triples("Rwanda cut ties with Belgium, the former colonial power, on Monday.")
    assert ("Rwanda", "PROTEST", "Belgium") in found


def test_a_title_owned_by_a_description_serves_the_state_it_stands_for(triples):
    found = triples("Mali expelled the French ambassador in 2022. The country's foreign minister later accused Paris "
                    "of backing jihadists.")
    assert ("Mali", "CRITICISM", "France") in found
    found = triples("Mali expelled the French ambassador in 2022. The minister's spokesman later accused Paris of "
                    "backing jihadists.")
    assert ("Mali", "CRITICISM", "France") not in found
