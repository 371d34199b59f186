"""Every file is its own failure: whatever goes wrong in one file (a parser's recursion, a
malformed structure) is that file's line in the report, and the files after it still load."""

from diplograph.core import DiploGraph
from diplograph.loaders.articles import read as reader

GOOD = ("Kenya and Somalia sign a security pact\n\n2 March 2024\n\n"
        "Kenya and Somalia signed a security agreement in Nairobi on 1 March 2024.\n")


def nested_divs(depth: int) -> str:
    return ("<html><head><title>Nested</title></head><body>" + "<div>" * depth
            + "<p>Turkey delivered drones to Niger in 2023.</p>" + "</div>" * depth + "</body></html>")


def test_a_thousand_nested_divs_are_read_like_any_page(tmp_path):
    path = tmp_path / "nested.html"
    path.write_text(nested_divs(1000), encoding="utf-8")
    document = reader.read_document(path)
    assert document.text == "Turkey delivered drones to Niger in 2023."
    assert any("nest more than" in note for note in document.notes)


def test_unclosed_font_tags_are_read(tmp_path):
    path = tmp_path / "fonts.html"
    path.write_text("<p>" + "<font>" * 1200 + "Mali bought drones from Turkey.", encoding="utf-8")
    assert reader.read_document(path).text == "Mali bought drones from Turkey."


def test_shallow_pages_keep_their_paragraphs(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<body><div><p>First <b>bold</b> words.</p><p>Second.<br>Third.</p></div></body>")
    assert reader.read_document(path).text == "First bold words.\n\nSecond.\nThird."


def test_a_file_that_breaks_its_parser_does_not_stop_the_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_deep.html").write_text(nested_divs(1000), encoding="utf-8")
    (folder / "b_deep.yaml").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")  # YAML's parser recurses
    (folder / "c_good.txt").write_text(GOOD, encoding="utf-8")
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        report = graph.ingest(folder)
        assert report.documents == 2 and report.files == 3
        [error] = report.errors
        assert error.startswith(f"{folder / 'b_deep.yaml'}: ") and "nested too deeply" in error
        assert [r.predicate for r in graph.relations("Somalia")] == ["AGREEMENT"]
        assert [r.predicate for r in graph.relations("Niger")] == ["ARMS_TRANSFER"]


def test_a_pdf_that_makes_its_parser_raise_anything_is_refused_as_broken(tmp_path):
    from articles.pdfs import make_pdf

    path = tmp_path / "odd.pdf"  # pypdf raises NotImplementedError for a filter it does not know
    path.write_bytes(make_pdf(["Kenya and Somalia signed a pact."]).replace(b"<< /Length ", b"<< /Filter /Bogus /Length ", 1))
    try:
        reader.read_document(path)
    except reader.InputError as error:
        assert str(error).startswith(f"{path}: broken or truncated PDF")
    else:
        raise AssertionError("read a PDF whose stream cannot be decoded")
