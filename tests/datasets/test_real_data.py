"""Smoke tests on the real third-party files in ../shared/data/real (skipped without them).

Each test checks facts read off the files by hand (the rows are quoted in the comments) and
loads the files with the shipped gazetteer, as ``diplograph ingest`` does.
"""

from __future__ import annotations

from diplograph.gazetteer import load_gazetteer
from diplograph.loaders import datasets


def _claims(path):
    batches, summary = datasets.read(path)
    return [c for b in batches for c in b.claims], summary


def _find(claims, subject, predicate, object, **fields):
    found = [c for c in claims if (c.subject, c.predicate, c.object) == (subject, predicate, object)
             and all(getattr(c, k) == v for k, v in fields.items())]
    assert found, f"no {subject} {predicate} {object} {fields}"
    return found


def test_sipri_register_subset(shared_data):
    # Kyrgyzstan,Turkiye,2021,,3,?,Bayraktar TB2,armed UAV,3,,2021; 2022,New,,2.4,7.2,7.2
    claims, summary = _claims(shared_data / "sipri_trade_register"
                              / "sipri_trade_register_2025-03-13_central_asia_caucasus_afg_subset.utf8.csv")
    (tb2,) = [c for c in _find(claims, "state:TUR", "ARMS_TRANSFER", "state:KGZ", date="2021", end_date="2022")
              if c.properties["weapon"] == "Bayraktar TB2"]
    assert tb2.modality == "asserted" and tb2.properties["number_delivered"] == "3"
    # Tajikistan,Iran,2021,?,,,Ababil-2,UAV,0,,,New,Produced under licence in Tajikistan,0.1,0,0
    _find(claims, "state:IRN", "CO_PRODUCTION", "state:TJK", date="2021")
    _find(claims, "state:TJK", "MANUFACTURES", "weapon:ababil-2", date="2021")
    assert summary.rows == 549


def test_sipri_full_register_in_latin_1_with_broken_lines(shared_data):
    claims, summary = _claims(shared_data / "sipri_trade_register" / "sipri_trade_register_all_years_2025-03-13.csv")
    # Algeria,Egypt,1962,?,12,,Bü-181 Bestmann,trainer aircraft,12,,1963,New,... (ISO-8859-1 bytes)
    (bestmann,) = [c for c in _find(claims, "state:EGY", "ARMS_TRANSFER", "state:DZA", date="1962")
                   if c.properties["weapon"] == "Bü-181 Bestmann"]
    assert bestmann.end_date == "1963"
    # four comments broken over two lines (e.g. line 5432, Cote d'Ivoire from the United States)
    assert sum("rejoined" in note for note in summary.notes) == 4
    _find(claims, "state:USA", "ARMS_TRANSFER", "state:CIV", date="2024", modality="planned")


def test_sipri_delivery_register_folds_a_deal(shared_data):
    # 64964,Turkiye,Kyrgyzstan,Bayraktar TB-2,...,2021,No,1,Yes,2021,...  and  ...,2,Yes,2022,...
    claims, _ = _claims(shared_data / "sipri_trade_register"
                        / "sipri_trade_register_2026-02-12_central_asia_caucasus_afg_subset.csv")
    (deal,) = [c for c in claims if c.properties.get("deal_id") == "64964"]
    assert (deal.subject, deal.predicate, deal.object, deal.date, deal.end_date) == (
        "state:TUR", "ARMS_TRANSFER", "state:KGZ", "2021", "2022")
    assert deal.properties["number_delivered"] == "3"


def test_gdelt_2_export(shared_data):
    claims, summary = _claims(shared_data / "gdelt_samples" / "20191024143000.export.CSV")
    # 881992480: TKMGOV TURKMENISTAN -> JPN JAPAN, 042 make a visit (symmetric: in id order)
    (visit,) = [c for c in claims if c.properties["event_id"] == "881992480"]
    assert (visit.subject, visit.predicate, visit.object, visit.date) == ("state:JPN", "CONSULTATION", "state:TKM", "2019-10-24")
    # 881991064: AFGINSTAL TALIBAN -> USA, 190 use conventional military force
    (fight,) = [c for c in claims if c.properties["event_id"] == "881991064"]
    assert (fight.subject, fight.predicate, fight.object) == ("armed_group:taliban", "ARMED_CLASH", "state:USA")
    assert summary.rows == 2111 and summary.claims + summary.skipped_total == 2111


def test_gdelt_1_export(shared_data):
    claims, summary = _claims(shared_data / "gdelt_samples" / "gdelt_v1_daily_export_20160728_first710rows_reed9999.tsv")
    # 564157307: USA -> RUS, 051 praise or endorse (58 fields)
    (praise,) = [c for c in claims if c.properties["event_id"] == "564157307"]
    assert (praise.subject, praise.predicate, praise.object, praise.date) == ("state:USA", "SUPPORT", "state:RUS", "2016-07-28")
    assert summary.rows == 710  # rows of 58 and of 57 fields alike


def test_icews_decoded_extract(shared_data):
    claims, summary = _claims(shared_data / "icews14_tkg" / "icews14_central_asia_afghanistan_decoded.tsv")
    # train 2014-01-14 Tajikistan Express_intent_to_engage_in_diplomatic_cooperation_(such_as_policy_support) Afghanistan
    _find(claims, "state:TJK", "SUPPORT", "state:AFG", date="2014-01-14", modality="planned")
    # test 2014-12-03 Tajikistan Confiscate_property Criminal_(Kyrgyzstan): a criminal is not the state
    assert not [c for c in claims if c.date == "2014-12-03" and c.subject == "state:TJK" and c.object == "state:KGZ"]
    assert summary.rows == 3541


def test_cow_alliances(shared_data):
    claims, _ = _claims(shared_data / "cow_alliances_v4.1" / "cow_alliance_v4.1_directed_dyad_year_peacesciencer.csv")
    # 365,702,1992,1,0,0,0 then 365,702,1993..2012,1,1,1,1 (the data end in 2012)
    allied = {(c.date, c.end_date, c.properties["obligations"])
              for c in claims if {c.subject, c.object} == {"state:RUS", "state:TJK"}}
    assert allied == {("1992", "1992", "defense"), ("1993", "", "defense, neutrality, nonaggression, entente")}


def test_cow_igo_long_extract(shared_data):
    claims, summary = _claims(shared_data / "cow_igo_v3" / "cow_igo_v3_state_year_long_central_asia_and_neighbours.csv")
    # 702,2014,tajikistan,csto,1,full,Collective Security Treaty Organization
    _find(claims, "state:TJK", "MEMBER_OF", "organization:csto", date="2002", end_date="")
    # 701,2014,turkmenistan,cis,2,associate,Commonwealth of Independent States
    assert any(c.properties["membership"] == "associate"
               for c in _find(claims, "state:TKM", "MEMBER_OF", "organization:cis", end_date=""))
    # 700,2014,afghanistan,csto,3,observer: observers are not members
    assert not [c for c in claims if (c.subject, c.object) == ("state:AFG", "organization:csto")]
    assert summary.skipped["observer (no predicate for observers)"] > 0


def test_cow_igo_year_wide_file(shared_data):
    claims, _ = _claims(shared_data / "cow_igo_v3" / "igo_year_formatv3_from_igoR.csv")
    # CSTO,Collective Security Treaty Organization,2002..2014 with tajikistan = 1
    _find(claims, "state:TJK", "MEMBER_OF", "organization:csto", date="2002", end_date="")
    # every COW IGO is a gazetteer organisation, found by COW's key ("IOMig" is the IOM)
    known = {entry.id for entry in load_gazetteer() if "cow_igo" in entry.external_ids}
    assert {c.object for c in claims} <= known
    _find(claims, "state:KGZ", "MEMBER_OF", "organization:iom", end_date="")


def test_atop_member_level(shared_data):
    claims, _ = _claims(shared_data / "atop_v4" / "atop-member-level.csv")
    # 4220,,350,702,1,2002,10,7,0,0,0,1 (Tajikistan, in force) and Russia's row of the same phase
    (csto,) = [c for c in claims if c.properties["atopid"] == "4220" and {c.subject, c.object} == {"state:RUS", "state:TJK"}
               and c.end_date == ""]
    assert csto.date == "2002-10-07"


def test_mondial_memberships_and_headquarters(shared_data):
    claims, _ = _claims(shared_data / "mondial" / "mondial_ismember.csv")
    # KZ,CSTO,member · TJ,CSTO,member · AFG,ECO,member · TM,CIS,member · TR,CICA,member
    for subject, org in [("state:KAZ", "organization:csto"), ("state:TJK", "organization:csto"),
                         ("state:AFG", "organization:eco"), ("state:TKM", "organization:cis"),
                         ("state:TUR", "organization:cica")]:
        _find(claims, subject, "MEMBER_OF", org, modality="asserted")
    headquarters, _ = _claims(shared_data / "mondial" / "mondial_organization.csv")
    # CSTO,Collective Security Treaty Organization,Moskva,R,...
    _find(headquarters, "organization:csto", "BASED_IN", "state:RUS")


def test_sipri_full_delivery_register(shared_data):
    claims, summary = _claims(shared_data / "sipri_trade_register" / "sipri_trade_register_deliveries_1995-2025_2026-02-12.csv")
    (deal,) = [c for c in claims if c.properties.get("deal_id") == "64964"]
    assert (deal.subject, deal.object, deal.date, deal.end_date) == ("state:TUR", "state:KGZ", "2021", "2022")
    assert summary.format == "sipri"


def test_every_shared_data_file_is_recognised_as_what_it_is(shared_data):
    expected = {
        "atop_v4/atop-alliance-level.csv": "atop-alliances",
        "atop_v4/atop-member-level.csv": "atop-members",
        "cow_alliances_v4.1/cow_alliance_v4.1_directed_dyad_year_peacesciencer.csv": "cow-alliances",
        "cow_igo_v3/cow_igo_v3_state_year_long_central_asia_and_neighbours.csv": "cow-igo-long",
        "cow_igo_v3/igo_year_formatv3_from_igoR.csv": "cow-igo-year",
        "gdelt_samples/20191024143000.export.CSV": "gdelt",
        "gdelt_samples/gdelt_v1_daily_export_20160728_first710rows_reed9999.tsv": "gdelt",
        "gdelt_samples/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv": "gdelt-columns",
        "gdelt_samples/GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv": "gdelt-columns",
        "icews14_tkg/icews14_central_asia_afghanistan_decoded.tsv": "icews",
        "icews14_tkg/train.txt": "icews-ids",
        "icews14_tkg/entity2id.txt": "icews-dictionary",
        "mondial/mondial_ismember.csv": "mondial-memberships",
        "mondial/mondial_organization.csv": "mondial-organizations",
        "mondial/mondial_country.csv": "mondial-countries",
        "sipri_trade_register/sipri_trade_register_all_years_2025-03-13.csv": "sipri",
        "sipri_trade_register/sipri_trade_register_2026-02-12_central_asia_caucasus_afg_subset.csv": "sipri",
        "cow_igo_v3/igo_year_format3.rda": None,       # R data: not read
        "gdelt_samples/cameoCodeTable.tsv": None,
    }
    assert {name: datasets.describe(shared_data / name) for name in expected} == expected
