"""Session 32 (typing32): names the gazetteer lacks stay the same actor through the document (invented names).

- A firm, group or body the document made an actor once is that actor where its name comes again, when the
  model leaves the name untagged or tags it a person (`names_again.py`).
- A name set off by a comma after a noun of a kind of body ("the state airline, Belavia") is a body of that
  kind (`kind_names.py`).
"""


def test_a_firm_named_again_alone_keeps_its_relations(triples):
    found = triples("Veltrona Shipping, a company registered in Dubai, carried Iranian oil to China. "
                    "Japan sanctioned Veltrona Shipping in May.")
    assert ("Japan", "COERCION", "Veltrona Shipping") in found


def test_a_firm_the_model_later_takes_for_a_person_is_still_the_firm(triples):
    found, batch = triples("The United States sanctioned the Georgian state carrier, Kavkaz Avia, in March. "
                           "Kavkaz Avia had flown weapons to Syria for years.", with_claims=True)
    assert ("Kavkaz Avia", "ARMS_TRANSFER", "Syria") in found
    assert {a.type for a in batch.actors if a.name == "Kavkaz Avia"} == {"company"}


def test_a_name_set_off_by_a_comma_after_a_kind_noun_is_a_body_of_that_kind(triples):
    found = triples("Canada fined the Kenyan logistics firm, Tarvo Logistics, for breaking the embargo.")
    assert ("Canada", "COERCION", "Tarvo Logistics") in found
    assert ("Tarvo Logistics", "BASED_IN", "Kenya") in found


def test_a_longer_name_that_opens_with_a_known_firm_s_name_is_another_actor(triples):
    found = triples("Veltrona Shipping, a company registered in Dubai, carried Iranian oil to China. "
                    "Canada sanctioned Veltrona Shipping Holdings, its parent.")
    assert ("Canada", "COERCION", "Veltrona Shipping") not in found


def test_a_person_set_off_by_a_comma_after_a_noun_is_no_body(triples):
    _, batch = triples("The president met his old rival, Jonas Meru, in Nairobi.", with_claims=True)
    assert not [a for a in batch.actors if a.name == "Jonas Meru" and a.type != "person"]


def test_a_head_word_many_bodies_share_is_not_remembered_as_a_name(triples):
    found = triples("The Norvik Council, an association of fishing firms, condemned Russia. "
                    "Finland's Council of State later criticised Norway.")
    assert ("Norvik Council", "CRITICISM", "Norway") not in found


def test_a_firm_s_legal_form_after_a_comma_is_part_of_its_name(triples):
    _, batch = triples("Brazil fined Hubei Tianmen Kestrel Chemical Co., Ltd. in June.", with_claims=True)
    names = {a.name for a in batch.actors}
    assert any(n.endswith("Kestrel Chemical Co., Ltd") for n in names)
    assert "Ltd" not in names


def test_the_short_name_in_brackets_names_the_firm_later(triples):
    found = triples("Brazil fined Hubei Tianmen Kestrel Chemical Co., Ltd. (Kestrel Chemical), a China-based "
                    "refinery, in June. Kestrel Chemical bought Iranian crude. Canada sanctioned Kestrel Chemical.")
    assert any(s == "Canada" and p == "COERCION" and o.endswith("Kestrel Chemical Co., Ltd") for s, p, o in found)


def test_a_people_before_a_plural_noun_is_no_body_named_later(triples):
    found = triples("Fighting broke out between Tamari militias and the army. Kenya said it would protect the Tamari.")
    assert not any(o == "Tamari" for _, _, o in found)


def test_a_word_of_a_long_firm_name_standing_alone_names_the_firm(triples):
    found = triples("Japan sanctioned Dalvenko Ruthmar Shipping Co., Ltd. in May. "
                    "Ruthmar had carried oil to Syria, and Canada sanctioned Ruthmar in June.")
    assert any(s == "Canada" and p == "COERCION" and o.startswith("Dalvenko Ruthmar") for s, p, o in found)


def test_a_portfolio_word_inside_a_firm_s_name_announces_no_person(triples):
    _, batch = triples("The cargo was arranged by Tolvena Energy Kasra Vand, a company that sells oil for Iran.",
                       with_claims=True)
    assert "Kasra Vand" not in {a.name for a in batch.actors}


def test_a_whole_title_with_its_portfolio_still_announces_a_person(triples):
    _, batch = triples("Minister of Energy Tavita Leaupepe said Samoa would sign the accord with Fiji.",
                       with_claims=True)
    assert {a.type for a in batch.actors if a.name == "Tavita Leaupepe"} == {"person"}
