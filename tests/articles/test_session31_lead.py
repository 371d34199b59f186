"""Found by the lead in session 31 from the first run on a fresh set; every sentence here is our own."""

import pytest


@pytest.mark.parametrize("ranks", ["Major General", "Brig. Gen."])
def test_ranks_set_off_by_a_comma_with_the_name_cut_off_make_no_nameless_person(triples, ranks):
    # The model ends the sentence after "(res.)": the ranks alone are no one.
    text = ("The accord was signed in Rome by the Director General of the Kenyan Ministry of Defence, "
            f"{ranks} (res.) Ann Kamau, and the head of Leonardo, Marco Bellini.")
    _, batch = triples(text, with_claims=True)
    names = {actor.name for actor in batch.actors}
    assert all(name and not name.startswith("person:") for name in names), names
    assert "Marco Bellini" in names


def test_a_name_after_titles_set_off_by_a_comma_is_still_a_person(triples):
    _, batch = triples("The deal was announced by the head of Rafael, Major General Yoav Harel, on Monday.",
                       with_claims=True)
    assert "Yoav Harel" in {actor.name for actor in batch.actors}
