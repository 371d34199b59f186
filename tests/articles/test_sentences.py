"""The body of an article: apparatus (references, footnotes, widgets) is left out, generically,
and every block keeps its exact place in the document text."""

from diplograph.loaders.articles.pipeline import mask_footnotes
from diplograph.loaders.articles.sentences import MAX_BLOCK_CHARS, body_blocks

ARTICLE = """Pakistan and China expand drone ties

Islamabad received Wing Loong II drones from Beijing in 2021.[1] The deal was signed in Karachi.
It followed years of talks.

Sources

[1] A. Writer, "Pakistan buys drones", Example News, 2021, https://example.org/a.
[2] Ibid.

Share this article
How useful was this post?
Click on a star to rate it!
"""


def test_a_references_heading_ends_the_body():
    texts = [b.text for b in body_blocks(ARTICLE)]
    assert any("Wing Loong II" in t for t in texts)
    assert not any("Example News" in t or "Ibid" in t or "rate it" in t for t in texts)


def test_blocks_point_back_into_the_document_text():
    for block in body_blocks(ARTICLE):
        assert ARTICLE[block.start:block.end] == block.text


def test_footnote_lines_and_widgets_are_dropped_wherever_they_are():
    text = ("Ankara delivered drones to Kyiv.\n[3] Someone, Title, 2022.\nHow useful was this post?\n"
            "Your email address will not be published.\nKyiv thanked Ankara.\n")
    assert [b.text for b in body_blocks(text)] == ["Ankara delivered drones to Kyiv.", "Kyiv thanked Ankara."]


def test_a_heading_word_early_in_the_text_is_not_an_end():
    text = "Notes\n" + "Rwanda and Uganda signed a border accord in Kigali on Friday. " * 5 + "\nMore text."
    blocks = [b.text for b in body_blocks(text)]
    assert any("border accord" in b for b in blocks) and blocks[-1] == "More text."


def test_hard_wrapped_lines_are_joined_but_headings_stay_apart():
    text = ("Background\n"
            "The government of Mali signed a defence agreement with Russia that allows Russian\n"
            "instructors to train the Malian army, officials said on Tuesday in Bamako.\n")
    blocks = [b.text for b in body_blocks(text)]
    assert blocks[0] == "Background"
    assert blocks[1].startswith("The government of Mali") and blocks[1].endswith("in Bamako.")


def test_a_huge_paragraph_is_cut_at_sentence_ends():
    text = "Kenya bought patrol boats from Turkey. " * 2000
    blocks = body_blocks(text)
    assert len(blocks) > 1
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    assert all(b.text.endswith(".") for b in blocks)


def test_masking_keeps_offsets_and_hides_markers_and_datelines():
    text = "KYIV (Reuters) - Ukraine received drones.[12] More followed."
    masked = mask_footnotes(text)
    assert len(masked) == len(text)
    assert "Reuters" not in masked and "[12]" not in masked
    assert masked.index("Ukraine") == text.index("Ukraine")


def test_paragraphs_that_end_a_sentence_are_parsed_together_but_never_share_a_sentence(extractor):
    from diplograph.loaders.articles.pipeline import _sentences, prose_chunks

    text = ("Drone exports\n"
            "Turkey sold drones to Kenya.\nKenya paid in cash\n"
            "Nigeria bought more. Ghana waited.\n")
    chunks = list(prose_chunks(body_blocks(text), text))
    assert [c.text for c, _, _ in chunks] == [
        "Drone exports", "Turkey sold drones to Kenya.\nKenya paid in cash", "Nigeria bought more. Ghana waited."]
    for chunk, masked, starts in chunks:
        assert text[chunk.start:chunk.end] == chunk.text and len(masked) == len(chunk.text)
    chunk, masked, starts = chunks[1]
    sentences = [s.text.strip() for s in _sentences(extractor.nlp(masked), starts)]
    assert sentences == ["Turkey sold drones to Kenya.", "Kenya paid in cash"]


def test_a_dateline_naming_two_cities_is_masked_too():
    text = "NAIROBI/KAMPALA -- Kenya and Uganda agreed to resume flights."
    masked = mask_footnotes(text)
    assert len(masked) == len(text) and masked.lstrip().startswith("Kenya and Uganda agreed")


def test_a_transcript_speaker_is_masked_but_a_name_before_a_colon_is_not():
    for text in ("Q (Jane Roe, Africa Desk): Kenya and Uganda agreed to resume flights.",
                 "Interviewer: Kenya and Uganda agreed to resume flights.",
                 "A: Kenya and Uganda agreed to resume flights."):
        masked = mask_footnotes(text)
        assert len(masked) == len(text) and masked.lstrip().startswith("Kenya and Uganda agreed")
    timeline = "Kenya: Uganda agreed to resume flights."
    assert mask_footnotes(timeline) == timeline


def test_the_turns_of_an_interview_yield_relations(triples):
    text = ("Q (Jane Roe): Why did Kenya recall its ambassador?\n\n"
            "A (John Doe): Kenya and Uganda signed a border treaty in May, and Uganda broke it.\n")
    assert ("Kenya", "AGREEMENT", "Uganda") in triples(text)


def test_a_headline_and_a_standfirst_without_full_stops_stand_alone():
    text = ("Kenya and Somalia sign a maritime pact after two years of bitter wrangling in court\n"
            "Ethiopia had been mediating between the two neighbours until the talks collapsed in March\n"
            "NAIROBI\n"
            "Kenyan President William Ruto signed the pact with his Somali counterpart on Friday.\n")
    assert [b.text for b in body_blocks(text)] == [
        "Kenya and Somalia sign a maritime pact after two years of bitter wrangling in court",
        "Ethiopia had been mediating between the two neighbours until the talks collapsed in March",
        "NAIROBI",
        "Kenyan President William Ruto signed the pact with his Somali counterpart on Friday.",
    ]


def test_hard_wrapped_prose_is_joined_into_its_sentences():
    text = ("The government of Chile announced on Monday that it had signed a framework agreement with\n"
            "Argentina on the joint management of the glaciers that lie along the border between the\n"
            "two countries, after talks that lasted for more than three years in Santiago and in\n"
            "Buenos Aires. Officials said the accord would be ratified before the end of the year.\n")
    blocks = [b.text for b in body_blocks(text)]
    assert len(blocks) == 1 and blocks[0].startswith("The government of Chile") and blocks[0].endswith("year.")


def test_a_front_matter_block_is_metadata_not_prose():
    text = "title: Chile and Argentina sign a glacier accord\nurl: https://example.org/a\ndate: 2024-05-01\n---\n" \
           "Chile signed an accord with Argentina.\n"
    assert [b.text for b in body_blocks(text)] == ["Chile signed an accord with Argentina."]
    # a line with a colon that is prose is no front matter
    prose = "Note: Chile signed an accord with Argentina.\nIt covers glaciers.\n"
    assert [b.text for b in body_blocks(prose)][0] == "Note: Chile signed an accord with Argentina."
