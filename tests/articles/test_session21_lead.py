"""Forms added in session 21 (lead), from a probe of invented wire, trade-press and analysis sentences across
regions and from the predicates the dev sets miss most in aggregate. Every sentence here is our own."""

import pytest


@pytest.mark.parametrize("text, first, second", [
    ("Chile and Peru kicked off joint naval drills off Arica on Monday.", "Chile", "Peru"),
    ("Mongolia and India wrapped up their annual joint exercise near Ulaanbaatar.", "Mongolia", "India"),
    ("Ghana and Togo completed joint border patrol drills last week.", "Ghana", "Togo"),
    ("Greece and Egypt resumed joint air exercises over the Mediterranean.", "Greece", "Egypt"),
])
def test_the_verbs_of_a_drills_course_hold_it_between_its_sides(claims, text, first, second):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (first, "MILITARY_EXERCISE", second) in found or (second, "MILITARY_EXERCISE", first) in found


def test_ending_a_quarrel_is_no_exercise(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Chile and Peru concluded a trade agreement in Lima.")}
    assert not any(p == "MILITARY_EXERCISE" for _, p, _ in found)


@pytest.mark.parametrize("text, supplier, buyer", [
    ("Angola remains one of Russia's biggest arms clients on the continent.", "Russia", "Angola"),
    ("Qatar became the largest customer for French warplanes in the Gulf.", "France", "Qatar"),
    ("Uzbekistan, a steady buyer of Chinese drones, ordered more last year.", "China", "Uzbekistan"),
    ("Bangladesh ranks among China's biggest weapons customers.", "China", "Bangladesh"),
])
def test_a_buyer_described_as_a_customer_of_weapons_gets_them_from_their_source(claims, text, supplier, buyer):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (supplier, "ARMS_TRANSFER", buyer) in found
    assert (supplier, "SUPPORT", buyer) not in found  # an arms client is a buyer, not a protégé


def test_a_customer_of_goods_that_are_no_weapons_buys_no_arms(claims):
    found = {(s, p, o) for s, p, o, _ in claims("India is one of Russia's biggest oil customers.")}
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)


@pytest.mark.parametrize("text, relation", [
    ("Armenia is one of Russia's closest allies in the Caucasus.", ("Armenia", "Russia")),
    ("Laos, one of China's closest partners in the region, hosts a Chinese railway.", ("Laos", "China")),
])
def test_one_of_an_owners_allies_is_described_as_its_ally(claims, text, relation):
    found = {(s, o) for s, p, o, _ in claims(text) if p in ("COOPERATION", "ALLIANCE", "SUPPORT")}
    assert relation in found or relation[::-1] in found


def test_one_of_a_regions_economies_names_no_relation(claims):
    found = claims("Kenya is one of East Africa's biggest economies.")
    assert not any(p in ("COOPERATION", "SUPPORT", "ARMS_TRANSFER") for _, p, _, _ in found)


@pytest.mark.parametrize("text, supplier, buyer", [
    ("The Sri Lankan navy has inducted two Indian-built patrol vessels.", "India", "Sri Lanka"),
    ("The Nigerian air force commissioned three Chinese-made JF-17 fighters in Abuja.", "China", "Nigeria"),
])
def test_weapons_inducted_or_commissioned_come_from_their_makers_state(claims, text, supplier, buyer):
    assert (supplier, "ARMS_TRANSFER", buyer) in {(s, p, o) for s, p, o, _ in claims(text)}


def test_a_study_commissioned_is_no_arms_deal(claims):
    found = claims("Kenya commissioned a French consultancy to study its ports.")
    assert not any(p == "ARMS_TRANSFER" for _, p, _, _ in found)
