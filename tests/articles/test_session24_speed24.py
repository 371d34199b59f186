"""Session 24 (speed24): the same results from the faster paths of article extraction."""

import pytest

from diplograph.loaders.articles.when import find_dates


@pytest.mark.parametrize("text, anchor, dates", [
    # each form is searched only where what it needs is written: these must all still be found
    ("Talks resumed in mid-March after a pause.", "2024-06-01", ["2024-03"]),
    ("Talks resumed in midMarch after a pause.", "2024-06-01", ["2024-03"]),
    ("THE ACCORD WAS SIGNED IN MARCH 2021.", None, ["2021-03"]),
    ("the accord was signed in march 2021.", None, ["2021-03"]),
    ("Envoys met on Sept. 12, 2021 in Doha.", None, ["2021-09-12"]),
    ("Envoys met on 12 Sept in Doha.", "2022-10-01", ["2022-09-12"]),
    ("The embassy reopened last May.", "2024-02-28", ["2023-05"]),
    ("The embassy reopened last year and will expand next month.", "2024-02-28", ["2023", "2024-03"]),
    ("The minister flew in yesterday; talks resume next Monday.", "2024-02-28", ["2024-02-27", "2024-03-04"]),
    ("2019: the two states restore ties.", None, ["2019"]),
    ("İstanbul hosted the talks in March.", "2024-06-01", ["2024-03"]),
    # "may" and "march" as words of a sentence are no months, nor are a number's digits a year
    ("Both sides may march on the capital; 300 troops crossed.", "2024-06-01", []),
    ("The decision was declared a marked success.", "2024-06-01", []),
])
def test_dates_found_where_their_form_can_match(text, anchor, dates):
    assert [d.date.iso for d in find_dates(text, anchor)] == dates
