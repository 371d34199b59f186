"""Reading articles: text, Markdown, HTML and PDF become plain text plus the metadata they carry,
and every kind of unreadable file is refused with one line naming it and the reason."""

import pytest

from diplograph.errors import InputError
from diplograph.graph.model import Source
from diplograph.loaders.articles import read as reader
from diplograph.loaders.articles.read import read_document

from .pdfs import make_pdf


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_plain_text_takes_title_date_and_byline_from_its_first_lines(tmp_path):
    path = write(tmp_path, "brief.txt", "Pakistan and China deepen drone ties\n\nJul 31, 2023\n\n"
                 "Author: Jane Roe\n\nPakistan and China signed an agreement on 3 July.\n")
    doc = read_document(path)
    assert (doc.title, doc.date, doc.author, doc.format) == (
        "Pakistan and China deepen drone ties", "2023-07-31", "Jane Roe", "text")
    assert "signed an agreement" in doc.text


def test_a_text_without_header_has_no_title_and_its_source_is_named_by_its_file(tmp_path):
    path = write(tmp_path, "kyiv-deliveries.txt",
                 "Ankara delivered Bayraktar TB2 drones to Kyiv in 2022, officials in both capitals said.\n")
    doc = read_document(path)
    assert (doc.title, doc.date) == ("", "")  # a guess stored as a title would hide a manifest's later
    assert Source("src:x", path=str(path)).label == "kyiv-deliveries.txt"


def test_markdown_loses_its_markup_and_reads_front_matter(tmp_path):
    path = write(tmp_path, "note.md", "---\ntitle: Sahel brief\ndate: 2024-02-03\nauthor: A. Analyst\n---\n"
                 "# Mali turns east\n\n**Mali** bought [drones](https://example.org) from *Turkey*.\n")
    doc = read_document(path)
    assert (doc.title, doc.date, doc.author) == ("Sahel brief", "2024-02-03", "A. Analyst")
    assert "Mali bought drones from Turkey." in doc.text
    assert "](" not in doc.text and "**" not in doc.text


def test_html_keeps_visible_text_only_and_reads_meta_tags(tmp_path):
    page = """<html><head><title>Drone deal | Example News</title>
      <meta property="article:published_time" content="2022-05-17T09:00:00Z">
      <meta name="author" content="R. Writer"><style>p {color: red}</style></head>
      <body><nav>Home | World</nav><script>var Iran = "Tajikistan";</script>
      <noscript>enable scripts</noscript><template><p>Russia attacked nobody</p></template>
      <p>Iran opened a <b>drone</b> factory in <a href="/tj">Tajikistan</a>.</p>
      <p style="display:none">Hidden: Israel struck Iran.</p>
      <p>Second paragraph.</p></body></html>"""
    doc = read_document(write(tmp_path, "news.html", page))
    assert doc.title == "Drone deal | Example News"
    assert doc.date == "2022-05-17" and doc.author == "R. Writer"
    assert "Iran opened a drone factory in Tajikistan." in doc.text
    for invisible in ("var Iran", "enable scripts", "Russia attacked", "color: red", "Hidden", "Home | World"):
        assert invisible not in doc.text
    assert "\n" in doc.text.split("Tajikistan.")[1]  # paragraphs stay apart


def test_html_reads_the_story_not_the_site_around_it(tmp_path):
    page = """<html><head><title>Border talks</title></head><body>
      <div class="topbar">Gulf Desk | Politics | Subscribe</div>
      <header><h1>Oman hosts Yemen talks</h1></header>
      <div class="cookie-banner">We use cookies. Saudi Arabia accepts them.</div>
      <main><p class="byline">Staff | 3 May 2025</p>
        <p>Oman hosted talks between Saudi Arabia and the Houthis.</p>
        <div class="ad" id="ad-slot-1">Advertisement: Qatar Airways flies to Doha.</div>
        <div class="share_bar">Share on X</div>
        <p>The sides agreed to meet again.</p></main>
      <div class="newsletter-box">Get the digest: Iran and Israel every week.</div></body></html>"""
    doc = read_document(write(tmp_path, "story.html", page))
    assert doc.text.startswith("Oman hosts Yemen talks")  # the headline above <main> is kept
    assert "Oman hosted talks between Saudi Arabia and the Houthis." in doc.text
    assert "The sides agreed to meet again." in doc.text
    for furniture in ("Gulf Desk", "cookies", "Advertisement", "Share on", "digest"):
        assert furniture not in doc.text


def test_a_site_title_above_the_story_is_no_headline_when_the_story_has_its_own(tmp_path):
    page = """<html><body><header><h1>Sahel Monitor</h1></header>
      <main><h1>Mali and Niger sign a defence pact</h1><p>Mali signed a pact with Niger.</p></main></body></html>"""
    doc = read_document(write(tmp_path, "pact.html", page))
    assert doc.text.startswith("Mali and Niger sign a defence pact")
    assert "Sahel Monitor" not in doc.text


def test_html_with_several_articles_is_read_whole(tmp_path):
    page = """<html><body><article><p>Chad expelled French troops.</p></article>
      <article><p>Niger left ECOWAS.</p></article></body></html>"""
    doc = read_document(write(tmp_path, "digest.html", page))
    assert "Chad expelled French troops." in doc.text and "Niger left ECOWAS." in doc.text


def test_a_pdf_gives_its_text_and_metadata(tmp_path):
    data = make_pdf(["Kazakhstan signed a deal with Turkey.", "Production began in 2024."],
                    title="Kazakh drones", creation_date="D:20240305120000Z")
    doc = read_document(write(tmp_path, "report.pdf", data))
    assert doc.format == "pdf"
    assert doc.title == "Kazakh drones" and doc.date == "2024-03-05"
    assert "Kazakhstan signed a deal with Turkey." in doc.text and "Production began" in doc.text


def test_text_that_is_not_utf8_is_decoded_and_the_guess_is_reported(tmp_path):
    text = ("Die türkische Regierung lieferte Drohnen an Aserbaidschan. " * 3 +
            "Türkiye’s drones — «Bayraktar» — were delivered in März 2021 to Azerbaijan, says Müller.\n")
    doc = read_document(write(tmp_path, "latin.txt", text.encode("cp1252")))
    assert "Türkiye’s drones" in doc.text
    assert doc.encoding != "utf-8"
    assert doc.notes and "not valid UTF-8" in doc.notes[0]


def test_a_utf16_file_with_a_byte_order_mark_is_read(tmp_path):
    doc = read_document(write(tmp_path, "bom.txt", "\ufeffIran and Tajikistan signed a deal.".encode("utf-16")))
    assert doc.text == "Iran and Tajikistan signed a deal." and doc.encoding == "utf-16"


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n\t ", "empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("noise.html", bytes(range(1, 32)) * 50, "binary"),
    ("fake.pdf", b"Iran opened a factory.", "not a PDF"),
])
def test_files_that_are_not_articles_are_refused_with_the_reason(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason
    assert "\n" not in str(caught.value)


def test_a_truncated_pdf_is_refused(tmp_path):
    data = make_pdf(["Kazakhstan signed a deal with Turkey."] * 3)
    path = write(tmp_path, "cut.pdf", data[: len(data) // 3])
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert "PDF" in caught.value.reason


def test_a_pdf_without_text_is_refused_with_advice(tmp_path):
    path = write(tmp_path, "scan.pdf", make_pdf([""]))
    with pytest.raises(InputError, match="no extractable text"):
        read_document(path)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_TEXT_BYTES", 1000)
    path = write(tmp_path, "dump.txt", "Iran opened a drone factory in Tajikistan. " * 100)
    with pytest.raises(InputError, match="over the .* limit"):
        read_document(path)


def test_an_unreadable_path_is_refused(tmp_path):
    folder = tmp_path / "not-a-file.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="cannot read"):
        read_document(folder)


# -- where writers put the metadata ---------------------------------------------------------------


def test_a_site_banner_names_the_publisher_and_a_slug_gives_way_to_the_cased_headline(tmp_path):
    path = write(tmp_path, "page.txt", "EPC - Example Policy Center\n\n\ndrones over the steppe\n\n"
                 "Drones over the Steppe\n\nAuthor: Jane Roe\n\nMar 5, 2024\n\nKazakhstan bought drones.\n")
    doc = read_document(path)
    assert (doc.title, doc.publisher, doc.author, doc.date) == (
        "Drones over the Steppe", "Example Policy Center", "Jane Roe", "2024-03-05")


def test_a_bare_name_under_the_headline_is_its_byline_but_a_desk_is_not(tmp_path):
    named = read_document(write(tmp_path, "a.txt", "5 Mar 2024\n\nDrones over the steppe\n\nJane Roe-Smith\n\n"
                                "Kazakhstan bought drones from Turkey in 2023.\n"))
    desk = read_document(write(tmp_path, "b.txt", "Drones over the steppe\n5 Mar 2024\nRegional Desk\n\n"
                               "Kazakhstan bought drones from Turkey in 2023.\n"))
    assert named.author == "Jane Roe-Smith"
    assert desk.author == ""


def test_a_wire_dateline_names_the_agency_that_filed_the_story(tmp_path):
    doc = read_document(write(tmp_path, "wire.txt", "Drones over the steppe\n"
                              "ALMATY (Example News) - Kazakhstan bought drones from Turkey, officials said.\n"))
    assert doc.publisher == "Example News"


def test_a_key_value_header_block_is_metadata_and_its_lines_are_blanked_keeping_offsets(tmp_path):
    body = "Kazakhstan bought drones from Turkey in 2023."
    head = ("title: Drones over the steppe\nurl: https://example.org/steppe\ndate: 2024-03 (approximate)\n"
            "publisher: Example Times\ntopics: drones; Central Asia\n---\n")
    doc = read_document(write(tmp_path, "block.txt", head + body + "\n"))
    assert (doc.title, doc.url, doc.date, doc.publisher) == (
        "Drones over the steppe", "https://example.org/steppe", "2024-03", "Example Times")
    assert doc.text[len(head):len(head) + len(body)] == body
    assert not doc.text[:len(head)].strip()  # the header lines are no prose for the extractor


def test_a_line_of_several_parts_gives_its_date_publisher_and_byline(tmp_path):
    doc = read_document(write(tmp_path, "note.md", "# Drones over the steppe\n\n"
                              "*Opinion* · **5 March 2024** · by A. Columnist · Steppe Security Brief\n\n"
                              "Kazakhstan bought drones.\n"))
    assert (doc.date, doc.author, doc.publisher) == ("2024-03-05", "A. Columnist", "Steppe Security Brief")


def test_a_press_release_is_titled_by_its_subject_not_its_genre_and_issued_by_its_office(tmp_path):
    doc = read_document(write(tmp_path, "release.txt", "PRESS RELEASE\nMinistry of Foreign Affairs, Office of the "
                              "Spokesperson\n24 April 2024\n\nStatement on the border talks\n\nThe Ministry welcomes the talks.\n"))
    assert (doc.title, doc.publisher, doc.date) == (
        "Statement on the border talks", "Ministry of Foreign Affairs, Office of the Spokesperson", "2024-04-24")


def test_html_reads_json_ld_and_drops_the_site_suffix_of_the_page_title(tmp_path):
    page = """<html><head><title>Drones over the steppe | Example Times</title>
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Drones over the steppe", "datePublished": "2024-03-05T08:00:00Z",
        "author": [{"@type": "Person", "name": "Jane Roe"}], "publisher": {"@type": "Organization", "name": "Example Times"},
        "url": "https://example.org/steppe"}</script></head>
      <body><h1>Drones over the steppe</h1><p>Kazakhstan bought drones.</p></body></html>"""
    doc = read_document(write(tmp_path, "steppe.html", page))
    assert (doc.title, doc.author, doc.publisher, doc.date, doc.url) == (
        "Drones over the steppe", "Jane Roe", "Example Times", "2024-03-05", "https://example.org/steppe")
    assert "@context" not in doc.text


def test_a_pdf_titled_after_the_file_it_was_printed_from_takes_its_printed_headline(tmp_path):
    data = make_pdf(["Drones over the steppe", "Kazakhstan signed a deal with Turkey."],
                    title="Microsoft Word - draft3.docx")
    doc = read_document(write(tmp_path, "report.pdf", data))
    assert doc.title == "Drones over the steppe"


def test_metadata_given_by_a_manifest_overrides_what_the_file_says(tmp_path):
    path = write(tmp_path, "brief.txt", "Drones over the steppe\n\n5 Mar 2024\n\nKazakhstan bought drones.\n")
    doc = read_document(path, {"title": "Steppe drones", "date": "2024-03-04", "reliability": "B"})
    assert (doc.title, doc.date) == ("Steppe drones", "2024-03-04")
