"""Session 25 (extract25d): deals and help as ordinary news states them. A firm that owns, runs or develops a
mine, port or field abroad has invested there, though not at home (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, investor, host", [
    ("DP World runs the container port in Senegal.", "DP World", "Senegal"),
    ("The French group Orano owns a uranium mine in Niger.", "Orano", "Niger"),
    ("The Chinese firm Sinohydro operates the dam in Ecuador.", "Sinohydro", "Ecuador"),
    ("The Chinese firm Zijin Mining runs large copper mines in eastern Serbia.", "Zijin Mining", "Serbia"),
    ("Chinese companies hold stakes in ports across Greece.", "China", "Greece"),
])
def test_a_firm_working_a_mine_port_or_field_abroad_has_invested_there(triples, text, investor, host):
    assert (investor, "INVESTMENT", host) in triples(text)


@pytest.mark.parametrize("text, firm, home", [
    ("Gazprom operates the pipeline in Russia.", "Gazprom", "Russia"),
    ("The Mexican state oil company Pemex runs six refineries in Mexico.", "Pemex", "Mexico"),
    ("The South Korean carmaker Hyundai will invest $5 billion in South Korea.", "Hyundai", "South Korea"),
])
def test_a_firm_working_or_investing_at_home_invests_in_no_one(triples, text, firm, home):
    found = triples(text)
    assert (firm, "INVESTMENT", home) not in found and (firm, "AID", home) not in found


@pytest.mark.parametrize("text, holder, place", [
    ("Russia holds the port of Berdyansk in Ukraine.", "Russia", "Ukraine"),
    ("Chinese companies held talks in Greece on the port.", "China", "Greece"),
])
def test_holding_a_port_by_force_or_holding_talks_is_no_investment(triples, text, holder, place):
    assert (holder, "INVESTMENT", place) not in triples(text)
