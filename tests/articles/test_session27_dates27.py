"""Session 27 (dates27): a relation is dated as the article dates it. A date told once for a paragraph's
event dates the sentences after it that give none ("On 9 September, A and B signed a pact. A also sent
troops to B."), and a second verb of one subject takes the day of the first ("accused B on Tuesday ... and
warned"). Sentences of our own; each case has a look-alike that must stay undated."""

import pytest

from diplograph.loaders.articles.pipeline import ArticleExtractor
from diplograph.loaders.articles.read import read_document


@pytest.fixture(scope="module")
def extractor():
    return ArticleExtractor()


@pytest.fixture
def dated(extractor, tmp_path):
    """The dates of each (subject, predicate, object) of ``text``, read as an article of ``published``."""
    def read(text, published="2024-09-20"):
        path = tmp_path / "story.md"
        header = f"title: A story\ndate: {published}\n---\n" if published else "title: A story\n---\n"
        path.write_text(header + text + "\n", encoding="utf-8")
        found = {}
        for claim in extractor.extract(read_document(path)).claims:
            key = (claim.subject.split(":")[-1], claim.predicate, claim.object.split(":")[-1])
            found.setdefault(key, set()).add(str(claim.date or ""))
        return found
    return read


def test_the_day_a_paragraph_tells_dates_the_acts_told_after_it(dated):
    found = dated("On 9 September, Kenya and Somalia signed a security agreement. Kenya also sent troops to "
                  "Somalia.")
    assert found[("KEN", "MILITARY_PRESENCE", "SOM")] == {"2024-09-09"}


def test_the_same_day_told_without_a_date_takes_the_day_before_it(dated):
    found = dated("On 4 June, Ghana hosted Togo's foreign minister in Accra. The same day, Ghana criticised "
                  "Burkina Faso.")
    assert found[("GHA", "CRITICISM", "BFA")] == {"2024-06-04"}


def test_a_day_told_in_another_paragraph_dates_nothing_here(dated):
    found = dated("On 3 May, Chad expelled the French ambassador.\n\nChad criticised Niger.")
    assert found[("TCD", "CRITICISM", "NER")] == {""}


def test_a_sentence_that_moves_the_time_is_left_undated_and_so_is_what_follows(dated):
    found = dated("On 3 May, Chad expelled the French ambassador. A week later Chad recalled its envoy from "
                  "Paris. Chad also criticised Niger.")
    assert found[("TCD", "PROTEST", "FRA")] == {""}  # not 3 May: a week after it
    assert found[("TCD", "CRITICISM", "NER")] == {""}


def test_a_bare_year_of_history_is_not_carried_to_todays_act(dated):
    found = dated("In 1994, Rwanda and Uganda signed a border treaty. Uganda criticised Rwanda.")
    assert found[("UGA", "CRITICISM", "RWA")] == {""}


def test_a_plan_is_not_dated_by_the_day_of_a_past_act(dated):
    found = dated("On 4 June, Ghana and Togo held talks in Accra. Togo will send troops to Ghana.")
    assert found[("TGO", "MILITARY_PRESENCE", "GHA")] == {""}


def test_on_monday_in_an_undated_text_stays_undated(dated):
    found = dated("Chad and Niger signed a defence pact on Monday. Chad also sent troops to Niger.", published="")
    assert found[("TCD", "MILITARY_PRESENCE", "NER")] == {""}


def test_a_second_verb_of_one_subject_takes_the_day_of_the_first(dated):
    found = dated("Ethiopia accused Eritrea on Tuesday of shelling its border towns and warned Asmara of "
                  "consequences.")
    assert found[("ETH", "THREAT", "ERI")] == {"2024-09-17"}


def test_a_second_verb_told_as_later_keeps_no_earlier_date(dated):
    found = dated("Tanzania signed a trade pact with Zambia in 2019 and now threatens Zambia with tariffs.")
    assert "2019" not in found.get(("TZA", "THREAT", "ZMB"), set())


def test_a_date_said_of_a_noun_is_not_carried_to_the_next_sentence(dated):
    found = dated("On 2 March, Kenya charged two men over the kidnapping in April 2023 of a Somali envoy. "
                  "Kenya also criticised Somalia.")
    assert found[("KEN", "CRITICISM", "SOM")] == {"2024-03-02"}  # the charging's day, not the kidnapping's


def test_a_sentence_that_names_a_year_tells_its_own_time(dated):
    found = dated("On 2 March, Poland hosted talks in Warsaw. Poland recalled Russia's 2014 seizure of Crimea "
                  "and condemned Russia.")
    assert "2024-03-02" not in found[("POL", "CRITICISM", "RUS")]


def test_a_byline_that_ends_with_the_date_dates_the_text():
    from diplograph.loaders.articles.metadata import scan_header
    from types import SimpleNamespace
    doc = SimpleNamespace(date="", author="", publisher="", title="")
    scan_header(doc, ["# A headline about tariffs", "*By Ana Ruiz, Andes Review. March 4, 2025.*", "",
                      "Chile criticised Peru."])
    assert doc.date == "2025-03-04"
    doc = SimpleNamespace(date="", author="", publisher="", title="")
    scan_header(doc, ["# A headline", "By Ana Ruiz. She covers trade.", "", "Chile criticised Peru."])
    assert doc.date == ""
