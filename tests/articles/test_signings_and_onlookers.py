"""Who signs and who only looks on; titles that a leader's usual name already holds."""


def test_an_official_in_the_room_is_no_party_to_the_signing(triples):
    found = triples("The pact was signed by Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif, "
                    "with Pakistan's army chief, Field Marshal Asim Munir, in the room.")
    assert ("Mohammed bin Salman", "AGREEMENT", "Shehbaz Sharif") in found
    assert not any("Asim Munir" in (s, o) for s, p, o in found if p == "AGREEMENT")


def test_a_title_inside_a_leaders_usual_name_still_tells_the_office(triples):
    found = triples("Crown Prince Mohammed bin Salman received the envoy in Jeddah.")
    assert ("Mohammed bin Salman", "AFFILIATED_WITH", "Saudi Arabia") in found
