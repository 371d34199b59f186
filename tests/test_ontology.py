"""The ontology file is the data model: it must cover the evaluation vocabulary and be self-consistent."""

from pathlib import Path

import pytest
import yaml

from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology, read_ontology

SHARED_ONTOLOGY = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "ontology.yaml"


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


@pytest.mark.skipif(not SHARED_ONTOLOGY.exists(), reason="../shared/eval is not beside the checkout")
def test_every_name_of_the_evaluation_vocabulary_exists_with_the_same_family_and_symmetry(onto):
    shared = yaml.safe_load(SHARED_ONTOLOGY.read_text(encoding="utf-8"))
    assert set(shared["actor_types"]) <= set(onto.actor_types)
    assert set(shared["modality"]) <= set(onto.modalities)
    for name, spec in shared["predicates"].items():
        ours = onto.predicate(name)
        assert (ours.family, ours.symmetric, ours.plover) == (spec["family"], spec["symmetric"], spec["plover"]), name


def test_lookups_ignore_case_and_unknown_names_list_the_valid_ones(onto):
    assert onto.predicate("arms_transfer").name == "ARMS_TRANSFER"
    with pytest.raises(OntologyError, match="ARMS_TRANSFER"):
        onto.predicate("SELLS_TO")
    with pytest.raises(OntologyError, match="asserted"):
        onto.modality("rumoured")


def test_predicate_type_constraints_are_read_from_type_groups(onto):
    assert onto.predicate("MANUFACTURES").allows("company", "weapon")
    assert not onto.predicate("MANUFACTURES").allows("weapon", "company")
    assert "person" in onto.predicate("THREAT").subject_types  # via the any_actor group


def test_strongest_modality_follows_the_declared_strength(onto):
    assert onto.strongest(["speculative", "reported", "planned"]) == "reported"
    assert onto.strongest(["denied", "unconfirmed"]) == "unconfirmed"


def test_families_split_into_cooperative_and_conflictual_by_polarity(onto):
    cooperative = onto.predicates_in(*[f for f, spec in onto.families.items() if spec.polarity > 0])
    assert "ARMS_TRANSFER" in cooperative and "THREAT" not in cooperative


@pytest.mark.parametrize("mutation, message", [
    (lambda d: d["predicates"]["BORDERS"].update(family="friendship"), "unknown family"),
    (lambda d: d["predicates"]["BORDERS"].update(subject=["planet"]), "unknown actor types"),
    (lambda d: d["predicates"].update({"lower_case": d["predicates"]["BORDERS"]}), "UPPER_SNAKE_CASE"),
    (lambda d: d["predicates"]["BORDERS"].pop("label"), "lacks 'label'"),
])
def test_a_broken_ontology_file_is_refused_with_the_reason(tmp_path, mutation, message):
    source = Path(load_ontology().source)
    data = yaml.safe_load((Path(__file__).resolve().parents[1] / source).read_text(encoding="utf-8"))
    mutation(data)
    broken = tmp_path / "ontology.yaml"
    broken.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        read_ontology(broken)
