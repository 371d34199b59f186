"""The question grammar is data: it compiles, checks what it names, and each form's example is
read by that form."""

import pytest

from diplograph.errors import OntologyError
from diplograph.queries.ask import HANDLERS, ask
from diplograph.queries.grammar import compile_grammar, inflect, load_grammar


def test_every_form_names_a_handler_and_has_patterns():
    grammar = load_grammar()
    assert len(grammar.forms) > 20
    for form in grammar.forms:
        assert form.query in HANDLERS, form.id
        assert form.patterns, form.id


def test_every_pattern_of_the_shipped_grammar_compiles():
    load_grammar().check()


def test_a_pattern_is_not_tried_on_a_question_without_its_required_words():
    pattern = next(p for f in load_grammar().forms if f.id == "suppliers" for p in f.patterns)
    assert pattern.required == {"to"}
    assert pattern.match(" who supplies drones for kyrgyzstan", {"who", "supplies", "drones", "for", "kyrgyzstan"}) is None


def test_form_ids_are_unique():
    ids = [form.id for form in load_grammar().forms]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("form", load_grammar().forms, ids=lambda f: f.id)
def test_each_example_matches_a_pattern_of_its_own_form(form):
    assert form.id in {m.form.id for m in load_grammar().matches(form.example)}


def test_each_example_is_answered_by_its_own_form_on_the_gold_graph(gold_graph):
    """With real names, the first form whose slots resolve is the form the example illustrates."""
    view = gold_graph.nx
    wrong = {}
    for form in load_grammar().forms:
        reply = ask(view, form.example, resolve=lambda name: gold_graph.actor(name).id)
        if not reply.understood or reply.query["form"] != form.id:
            wrong[form.id] = reply.query["form"] if reply.understood else reply.message
    assert wrong == {}


def test_relation_verbs_map_to_predicates_of_the_ontology():
    grammar = load_grammar()
    assert grammar.relations["THREAT"] == ["THREAT"]
    assert grammar.relations["MEMBERSHIP"] == ["MEMBER_OF"]


@pytest.mark.parametrize("verb, forms", [
    ("supply", {"supply", "supplies", "supplied", "supplying"}),
    ("threaten", {"threaten", "threatens", "threatened", "threatening"}),
    ("ship", {"ship", "ships", "shipped", "shipping"}),
    ("criticize", {"criticize", "criticizes", "criticized", "criticizing"}),
    ("hand over", {"hand over", "hands over", "handed over", "handing over"}),
])
def test_verbs_are_inflected(verb, forms):
    assert inflect(verb) == forms


class TestBrokenGrammarsAreRefused:
    def base(self, **changes):
        data = {"types": {"state": ["countries"]}, "relations": {}, "words": {}, "verbs": {},
                "forms": [{"id": "f", "query": "ties", "example": "Who?", "patterns": ["who [actor]"]}]}
        data.update(changes)
        return data

    def test_a_minimal_grammar_compiles(self):
        grammar = compile_grammar(self.base())
        assert [m.slots for m in grammar.matches("who Borvia")] == [{"actor": "Borvia"}]

    def test_unknown_actor_type(self):
        with pytest.raises(OntologyError, match="unknown actor type 'nation'"):
            compile_grammar(self.base(types={"nation": ["nations"]}))

    def test_unknown_predicate(self):
        with pytest.raises(OntologyError, match="unknown predicate 'MENACE'"):
            compile_grammar(self.base(relations={"MENACE": {"predicates": ["MENACE"], "verbs": ["menace"]}}))

    def test_unknown_word_list(self):
        with pytest.raises(OntologyError, match="<weapons> is neither a word list nor a verb class"):
            compile_grammar(self.base(forms=[{"id": "f", "query": "ties", "example": "x",
                                              "patterns": ["who <weapons> [actor]"]}]))

    def test_unknown_slot(self):
        with pytest.raises(OntologyError, match=r"unknown slot \[country\]"):
            compile_grammar(self.base(forms=[{"id": "f", "query": "ties", "example": "x",
                                              "patterns": ["who [country]"]}]))

    def test_a_form_without_patterns(self):
        with pytest.raises(OntologyError, match="every form needs"):
            compile_grammar(self.base(forms=[{"id": "f", "query": "ties"}]))


def test_time_qualifiers_must_set_a_known_bound_from_a_slot():
    data = TestBrokenGrammarsAreRefused().base(time_qualifiers=[{"pattern": "around [date]", "near": "date"}])
    with pytest.raises(OntologyError, match="time qualifier"):
        compile_grammar(data)
