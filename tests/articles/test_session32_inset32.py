"""Session 32 (inset32): what is left of the relations between two names of one sentence, counted by the
construction joining them (``scripts/train_learned_relations.py misses --shapes``)."""


def _script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "train_learned_relations.py"
    spec = importlib.util.spec_from_file_location("train_learned_relations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_missed_pair_is_counted_by_the_clauses_its_path_crosses():
    shape = _script().path_shape
    # "X, which Y proposed": a relative clause between the two names
    assert shape(["path=nsubj^|relcl^|dobj"]) == "relcl"
    # "X said Y would ...": a complement; "X, backed by Y, said Z ...": a participle and a complement
    assert shape(["path=nsubj^|ccomp|nsubj"]) == "ccomp"
    assert shape(["path=pobj^|agent^|acl^|ccomp|nsubj"]) == "acl>ccomp"
    # two clauses joined by "and", not a list of names at either end of the path
    assert shape(["path=nsubj^|conj|dobj"]) == "conj"
    assert shape(["path=nsubj^|dobj|conj"]) == "one clause"
    assert shape(["path=conj^|nsubj^|dobj"]) == "one clause"
    # inside one clause: how deep in phrases, and an apposition or possessive on the way
    assert shape(["path=nsubj^|dobj|prep_with|pobj"]) == "one clause +1 phrase(s)"
    assert shape(["path=appos|poss"]) == "one clause +appos +poss"
    assert shape([]) == "no path"


def test_a_trigger_s_death_is_read_from_its_trace_lines():
    reason = _script().drop_reason
    assert reason(["'sold' (transfer): pattern agent>recipient: no actor for the subject role 'agent'"]) == "no subject"
    assert reason(["'sold' (transfer): pattern agent>recipient: subject Iran, no actor for the object role "
                   "'recipient'"]) == "no object"
    assert reason(["'held' (hold_talks): what it acts on (exercise) is not meeting",
                   "'held' (exercise): pattern pair(agent): 1 actor(s) for role 'agent', two needed"]) == \
        "pair short of two+thing acted on of another kind"
    # patterns kept for other lemmas of the trigger say nothing of this use
    assert reason(["'hosts' (meet): pattern agent>partner does not apply to this use of 'host'"]) == \
        "patterns for other lemmas only"
