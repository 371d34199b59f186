"""Dates in prose, anchored on the document's date, at the precision the text gives."""

import pytest

from diplograph.loaders.articles.when import find_dates


@pytest.mark.parametrize("text, anchor, expected", [
    ("On 24 May, the parties agreed.", "2023-07-31", ["2023-05-24"]),
    ("Iran opened the plant on 17 May.", "2022-08-14", ["2022-05-17"]),
    ("On 17 December, talks began.", "2022-08-14", ["2021-12-17"]),  # not after the article
    ("The plant opened in May 2022.", None, ["2022-05"]),
    ("Sanctions have applied since 2016.", None, ["2016"]),
    ("Deals followed in early 2022.", None, ["2022"]),
    ("Last March, a depot was struck.", "2022-08-14", ["2022-03"]),
    ("Last November, a depot was struck.", "2022-08-14", ["2021-11"]),
    ("The base opened last year.", "2022-08-14", ["2021"]),
    ("Talks resumed earlier this month.", "2022-08-14", ["2022-08"]),
    ("Talks resumed last month.", "2023-01-10", ["2022-12"]),
    ("Fighting between September 14-17, 2022 killed dozens.", None, ["2022-09-14"]),
    ("The deal was signed on July 18, 2023 in Jeddah.", None, ["2023-07-18"]),
    ("Accessed 26.05.2023.", None, ["2023-05-26"]),
    ("2024: Iran delivers drones to Sudan.", None, ["2024"]),          # a timeline's entries
    ("2019 – Russia and Mali sign a defence pact.", None, ["2019"]),
    ("Kyrgyzstan bought drones in 2023; in January Aksungurs, in April radars.", "2023-07-31",
     ["2023", "2023-01", "2023-04"]),
    # a wire story's days, counted back from its date (a Wednesday), forward after "next"
    ("The ministers met on Monday.", "2024-01-10", ["2024-01-08"]),
    ("The ministers met on Wednesday.", "2024-01-10", ["2024-01-10"]),
    ("Talks resume next Friday.", "2024-01-10", ["2024-01-12"]),
    ("Kabul protested yesterday and again today.", "2024-03-01", ["2024-02-29", "2024-03-01"]),
    ("The ministers met on Monday.", "2024-01", []),  # a month is no day to count from
])
def test_dates_are_found_and_anchored(text, anchor, expected):
    assert [d.date.iso for d in find_dates(text, anchor)] == expected


@pytest.mark.parametrize("text", [
    "A 1,300-kilometer border.",
    "Iran may 5 times increase output.",
    "An increase of 75 percent compared to 2021 levels of 2,000 troops.",
    "In the 1990s drones were rare.",
])
def test_numbers_that_are_not_dates_are_left_alone(text):
    assert find_dates(text, "2022-08-14") == []


def test_day_month_without_a_document_date_is_not_guessed():
    assert find_dates("On 17 May, Iran opened a plant.") == []


def test_offsets_point_at_the_date_text():
    text = "Talks resumed on 3 July 2024 in Doha."
    [found] = find_dates(text)
    assert text[found.start:found.end] == found.text == "3 July 2024"


def test_a_claim_takes_no_date_from_a_coordinated_clause(triples):
    _, batch = triples("Saudi Arabia bought drones from China in 2017, and the UAE deployed Chinese drones in Libya.",
                       with_claims=True)
    dates = {(c.subject, c.object): c.date for c in batch.claims if c.predicate == "ARMS_TRANSFER"}
    assert dates[("state:CHN", "state:SAU")] == "2017"
    assert dates[("state:CHN", "state:ARE")] == ""
