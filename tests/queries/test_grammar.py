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


# Questions of many forms, in the analyst's words; each pattern must read them as the pattern with
# every word list and relation class would.
FILLED_QUESTIONS = [
    "arms transfers from Russia to Kazakhstan", "Who supplies drones to Tajikistan?",
    "with whom did Iran hold drills", "which Gulf monarchies bankrolled the RSF in 2023",
    "who has criticised Beijing's coast guard since March", "Did Turkey sell Bayraktars to Kyrgyzstan?",
    "who brokered the talks between Kinshasa and Kigali", "which firms and banks were sanctioned by the US",
    "where is Russia's 201st base", "how many countries has Pakistan clashed with",
    "what did China do in Kazakhstan last year", "who is Mazloum Abdi",
]


@pytest.mark.parametrize("question", FILLED_QUESTIONS)
def test_a_pattern_filled_for_a_question_reads_it_as_the_whole_pattern_would(question):
    grammar = load_grammar()
    text = " " + grammar.normalise(question)
    words = set(text.lower().split())
    patterns = [p for f in grammar.forms for p in f.patterns] + [q.pattern for q in grammar.qualifiers]
    tried = [p for p in patterns if p.deferred is not None and p.required <= words]
    assert tried
    for pattern in tried:
        whole, filled = pattern.regex.match(text), pattern.match(text, words)
        assert (whole is None) == (filled is None), pattern.text
        if whole is not None:
            assert filled.span() == whole.span()
            assert ({k: v for k, v in filled.groupdict().items() if v is not None}
                    == {k: v for k, v in whole.groupdict().items() if v is not None}), pattern.text


def test_a_relation_pattern_is_matched_without_compiling_every_relation_class():
    grammar = compile_grammar(_shipped_grammar_data(), check=False)
    pattern = next(p for f in grammar.forms for p in f.patterns if "<REL>" in p.text)
    text = " who has sanctioned iran"
    pattern.match(text, set(text.split()))
    assert pattern._regex is None  # the whole regex, with every relation class, was never built
    assert len(pattern.deferred.fill(pattern.source, text)) < len(pattern.regex.pattern) / 10


def _shipped_grammar_data():
    from importlib import resources

    from diplograph.datafiles import load_data

    return load_data(resources.files("diplograph.queries").joinpath("grammar.yaml").read_text(encoding="utf-8"))


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
