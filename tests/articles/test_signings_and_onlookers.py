"""Who signs and who only looks on; titles that a leader's usual name already holds."""


def test_an_official_in_the_room_is_no_party_to_the_signing(triples):
    found = triples("The pact was signed by Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif, "
                    "with Pakistan's army chief, Field Marshal Asim Munir, in the room.")
    assert ("Mohammed bin Salman", "AGREEMENT", "Shehbaz Sharif") in found
    assert not any("Asim Munir" in (s, o) for s, p, o in found if p == "AGREEMENT")


def test_a_title_inside_a_leaders_usual_name_still_tells_the_office(triples):
    found = triples("Crown Prince Mohammed bin Salman received the envoy in Jeddah.")
    assert ("Mohammed bin Salman", "AFFILIATED_WITH", "Saudi Arabia") in found


def test_the_two_guests_a_host_brings_together_meet_each_other(triples):
    found = triples("Qatar hosts Tshisekedi and Kagame in Doha, their first direct meeting since the fall of Goma.")
    assert ("Félix Tshisekedi", "CONSULTATION", "Paul Kagame") in found
    assert ("Qatar", "MEDIATION", "Félix Tshisekedi") in found


def test_a_group_described_by_its_nationality_is_based_there(triples):
    assert ("Tren de Aragua", "BASED_IN", "Venezuela") in triples(
        "Tren de Aragua, the Venezuelan prison gang, runs rackets across the region.")


def test_a_leader_hosting_their_counterparts_takes_part_and_mediates_nothing(triples):
    found = triples("Eritrea's president hosted his Egyptian and Somali counterparts in Asmara.")
    assert ("Eritrea", "CONSULTATION", "Egypt") in found and ("Eritrea", "CONSULTATION", "Somalia") in found
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_envoys_a_host_receives_from_both_sides_do_not_meet_each_other(triples):
    found = triples("Sudan's army and the RSF fought on. In May, Saudi Arabia hosted envoys of both sides in Jeddah.")
    assert ("Saudi Arabia", "MEDIATION", "Rapid Support Forces") in found
    assert not any(p == "CONSULTATION" and {s, o} == {"Sudan", "Rapid Support Forces"} for s, p, o in found)


def test_a_former_leader_held_the_office_but_no_longer_acts_for_the_state(triples):
    found = triples("Imran Khan, Pakistan's former prime minister, met the Chinese envoy in Lahore.")
    assert ("Imran Khan", "AFFILIATED_WITH", "Pakistan") in found
    assert ("Pakistan", "CONSULTATION", "China") not in found


def test_a_body_named_in_a_clause_about_someone_elses_act_is_not_the_persons(triples):
    found = triples("The G9 is led by Jimmy Cherizier, a former police officer on whom the UN Security Council "
                    "imposed a travel ban in 2022.")
    assert not any(p == "AFFILIATED_WITH" and "Security Council" in o for _, p, o in found)

