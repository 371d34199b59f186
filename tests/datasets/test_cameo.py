"""The CAMEO mapping is data checked against the ontology, and reads as documented."""

from __future__ import annotations

import pytest

from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology
from diplograph.loaders.datasets.cameo import load_cameo, parse_cameo


@pytest.mark.parametrize("code, predicate, modality", [
    ("040", "CONSULTATION", "reported"),
    ("057", "AGREEMENT", "reported"),
    ("030", "COOPERATION", "planned"),     # root 03: intentions
    ("036", "CONSULTATION", "planned"),
    ("0332", "AID", "planned"),           # inherits the 033 override
    ("061", "COOPERATION", "reported"),
    ("073", "AID", "reported"),
    ("111", "CRITICISM", "reported"),
    ("114", "PROTEST", "reported"),       # complain officially
    ("125", "REJECTION", "reported"),
    ("138", "THREAT", "reported"),
    ("145", "PROTEST", "reported"),
    ("154", "MOBILIZATION", "reported"),
    ("163", "COERCION", "reported"),      # sanctions, inside the otherwise unmapped root 16
    ("173", "COERCION", "reported"),
    ("186", "ATTACK", "reported"),
    ("193", "ARMED_CLASH", "reported"),
    ("191", "COERCION", "reported"),
    ("202", "ATTACK", "reported"),
])
def test_codes_map_to_predicates(code, predicate, modality):
    mapping = load_cameo().mapping(code)
    assert (mapping.predicate, mapping.modality) == (predicate, modality)


@pytest.mark.parametrize("code", ["010", "02", "0231", "081", "090", "100", "161", "166", "055", "21", "abc", ""])
def test_codes_without_a_predicate_or_not_cameo_give_none(code):
    assert load_cameo().mapping(code) is None


def test_every_mapped_predicate_and_modality_exists_in_the_ontology():
    cameo, onto = load_cameo(), load_ontology()
    for spec in [*cameo.roots.values(), *cameo.codes.values()]:
        if spec["predicate"]:
            assert spec["predicate"] in onto.predicates
        if spec.get("modality"):
            assert spec["modality"] in onto.modalities


def test_event_names_cover_the_twenty_roots_and_match_loosely():
    cameo = load_cameo()
    assert {code[:2] for code in cameo.names} == set(cameo.roots)
    assert cameo.code_for_name("Meet_at_a_'third'_location") == "044"
    assert cameo.code_for_name("fight with small arms and light weapons") == "193"


def test_a_mapping_to_an_unknown_predicate_is_refused():
    data = {"roots": {f"{n:02d}": {"label": "x", "predicate": None} for n in range(1, 21)}}
    data["roots"]["04"]["predicate"] = "HUGS"
    with pytest.raises(OntologyError, match="HUGS"):
        parse_cameo(data, "test")


def test_a_mapping_must_list_all_twenty_roots():
    with pytest.raises(OntologyError, match="twenty"):
        parse_cameo({"roots": {"04": {"label": "consult", "predicate": "CONSULTATION"}}}, "test")
