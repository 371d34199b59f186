"""One list of a parsed document's tokens, made once and shared by the tree repairs, the mention
finders and the sentences read after (``doc_tokens.py``): the same objects every time, views of the
document that read its tree as it is now, and a slice that is still the document's span."""

from spacy.tokens import Span

from diplograph.loaders.articles.doc_tokens import DocTokens, doc_tokens
from diplograph.loaders.articles.mentions import find_mentions
from diplograph.loaders.articles.relations import SentenceRelations

TEXT = "Kenya signed a defence pact with Uganda. Tanzania sent troops to Burundi in May."


def test_iterating_and_indexing_give_the_same_token_objects_each_time(extractor):
    doc = extractor.nlp(TEXT)
    tokens = DocTokens(doc)
    first = list(tokens)
    assert [t.text for t in first] == [t.text for t in doc]
    assert all(a is b for a, b in zip(first, tokens))
    assert tokens[3] is first[3] and tokens[-1] is first[-1]
    assert len(tokens) == len(doc)
    # a plain Doc makes new objects at each step: that is the cost the list saves
    assert doc[3] is not doc[3]


def test_a_slice_is_the_documents_span_and_everything_else_is_the_documents(extractor):
    doc = extractor.nlp(TEXT)
    tokens = DocTokens(doc)
    span = tokens[0:2]
    assert isinstance(span, Span) and span.doc is doc and span.text == "Kenya signed"
    assert tokens.text == doc.text
    assert [e.text for e in tokens.ents] == [e.text for e in doc.ents]
    assert [s.text for s in tokens.sents] == [s.text for s in doc.sents]


def test_a_token_made_before_a_repair_reads_the_tree_after_it(extractor):
    doc = extractor.nlp(TEXT)
    tokens = DocTokens(doc)
    pact, kenya = tokens[4], tokens[0]
    assert pact.head.text == "signed"
    kenya.head = pact  # as a tree repair would rehang a word
    assert kenya.head is not None and doc[0].head.text == "pact" and tokens[0].head.text == "pact"


def test_the_last_document_keeps_its_list_and_another_document_gets_its_own(extractor):
    doc, other = extractor.nlp(TEXT), extractor.nlp("Chad expelled the French ambassador.")
    shared = doc_tokens(doc)
    assert doc_tokens(doc) is shared
    assert doc_tokens(other) is not shared and doc_tokens(other).doc is other
    assert doc_tokens(doc).doc is doc and doc_tokens(doc)[0].text == "Kenya"


def test_every_sentence_reads_the_document_list_and_finds_what_it_found_before(extractor):
    doc = extractor.nlp(TEXT)
    mentions = find_mentions(doc, extractor.matcher, extractor.lexicon)
    assert [m.text for m in mentions] == ["Kenya", "Uganda", "Tanzania", "Burundi"]
    second = list(doc.sents)[1]
    reader = SentenceRelations(second, [m for m in mentions if m.start >= second.start], None, extractor.lexicon,
                               extractor.ontology, 0, extractor.gazetteer)
    assert reader.doc is doc_tokens(doc)
    assert [t.text for t in reader.tokens] == [t.text for t in second]
    assert reader.tokens[0] is doc_tokens(doc)[second.start]


def test_the_shared_lists_change_no_relation_read(triples):
    found = triples("Kenya signed a defence pact with Uganda. Tanzania sent troops to Burundi in May.")
    assert ("Kenya", "AGREEMENT", "Uganda") in found
    assert ("Tanzania", "MILITARY_PRESENCE", "Burundi") in found
    assert ("Uganda", "MILITARY_PRESENCE", "Burundi") not in found
