"""Session 31 (precision31): relations that were read into sentences which do not state them (sentences of our own).

- A list of customers a weapon's maker names is the firm's record: its state sold none of it.
- A body's "leader" leads one of its member states: he is no officer of the body, and the body does not act.
- A state hyphened to a participle ("the Iranian-backed group") backs or leads a group; it is not its home.
- A person the gazetteer knows acts for a state only while in office: not before the year their office began.
- A state named on a weapon that acts ("American B-2 bombers struck") flies it: that says nothing of who made it.
- A deal "denounced" is condemned (CRITICISM of its parties), not torn up (REJECTION).
"""


def test_a_makers_list_of_customers_is_the_firms_record_not_its_states(triples):
    found = triples("Saab AB announced a new order on Monday. Besides Sweden, the Gripen has been flown or "
                    "ordered by Hungary, Thailand and Brazil.")
    assert {("Saab", "ARMS_TRANSFER", buyer) for buyer in ("Hungary", "Thailand", "Brazil")} <= found
    assert not any(s == "Sweden" and p == "ARMS_TRANSFER" for s, p, _ in found)


def test_a_single_order_comes_from_the_maker_and_its_state(triples):
    found = triples("Dassault Aviation held its annual results meeting. Greece ordered 24 Rafale fighters in 2021.")
    assert ("Dassault Aviation", "ARMS_TRANSFER", "Greece") in found and ("France", "ARMS_TRANSFER", "Greece") in found
    # no firm named anywhere: the model comes from its maker's state
    assert ("France", "ARMS_TRANSFER", "Greece") in triples("Greece ordered 24 Rafale fighters in 2021.")


def test_a_member_states_leader_is_no_officer_of_the_body(triples):
    found = triples("Last month Robert Fico was the only EU leader to meet Alexander Lukashenko in Minsk.")
    assert ("Robert Fico", "AFFILIATED_WITH", "European Union") not in found
    assert not any(s == "European Union" for s, _, _ in found)
    assert ("Robert Fico", "CONSULTATION", "Alexander Lukashenko") in found
    found = triples("An EU leader travelled to Minsk and met Alexander Lukashenko on Friday.")
    assert not any(s == "European Union" and p == "CONSULTATION" for s, p, _ in found)


def test_a_bodys_own_officers_still_act_for_it(triples):
    found = triples("EU foreign policy chief Kaja Kallas met Foreign Minister Wang Yi in Brussels.")
    assert ("Kaja Kallas", "AFFILIATED_WITH", "European Union") in found
    found = triples("NATO Secretary-General Mark Rutte met President Volodymyr Zelensky in Kyiv.")
    assert ("Mark Rutte", "AFFILIATED_WITH", "North Atlantic Treaty Organization") in found
    # and a leader of an armed group or a party leads it
    found = triples("Hezbollah leader Naim Qassem threatened Israel on Sunday.")
    assert ("Naim Qassem", "AFFILIATED_WITH", "Hezbollah") in found


def test_a_state_hyphened_to_a_participle_is_no_groups_home(triples):
    found = triples("The Houthis, an Iranian-backed movement, fired missiles at Israel.")
    assert ("Houthis", "BASED_IN", "Iran") not in found
    assert ("Iran", "SUPPORT", "Houthis") in found
    assert not any(p == "BASED_IN" and o == "Saudi Arabia" for _, p, o in triples(
        "Kata'ib Hezbollah, a Saudi-targeted militia, attacked the base."))
    # a seat told the same way is a home, and so is a plain demonym
    assert ("Rosneft", "BASED_IN", "Russia") in triples("Rosneft, the Moscow-based oil giant, signed the deal.")
    assert ("al-Shabaab", "BASED_IN", "Somalia") in triples("Al-Shabaab, a Somali militant group, attacked the base.")



def test_a_person_acts_for_a_state_only_while_in_office(triples):
    # an office held since a year stands for its state from that year on, not before
    found = triples("In March 2019 Shehbaz Sharif met Xi Jinping in Beijing.")
    assert ("Shehbaz Sharif", "CONSULTATION", "Xi Jinping") in found
    assert ("Pakistan", "CONSULTATION", "China") not in found
    assert ("Pakistan", "CONSULTATION", "China") in triples("In March 2025 Shehbaz Sharif met Xi Jinping in Beijing.")
    # an ended term holds its own years only
    found = triples("In May 2024 Imran Khan met Xi Jinping in Beijing.")
    assert ("Pakistan", "CONSULTATION", "China") not in found


def test_a_state_on_a_weapon_that_acts_flies_it_and_need_not_make_it(triples):
    assert not any(p == "MANUFACTURES" for _, p, _ in triples("On 22 June American B-2 bombers struck three sites."))
    assert not any(p == "MANUFACTURES" for _, p, _ in triples(
        "Three Russian MiG-31 fighters flew into Estonian airspace on Friday."))
    # a weapon bought, produced or described is its maker's
    assert ("China", "MANUFACTURES", "CH-92A") in triples("Belgrade has also bought Chinese CH-92A combat drones.")
    assert ("Iran", "MANUFACTURES", "Ababil-2") in triples("Iran's Ababil-2 drone is cheap to build.")


def test_a_deal_denounced_is_condemned_not_torn_up(triples):
    found = triples("Ethiopia signed a memorandum with Somaliland in January. "
                    "Somalia denounced the memorandum as a violation of its sovereignty.")
    assert ("Somalia", "CRITICISM", "Ethiopia") in found
    assert not any(p == "REJECTION" for _, p, _ in found)
    # a deal revoked is torn up, and rejects the other side
    assert ("Niger", "REJECTION", "United States") in triples("Niger revoked its military accord with the United States.")
