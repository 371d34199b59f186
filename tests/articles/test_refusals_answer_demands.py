"""A refusal answers what was asked before it: a bare "Tokyo refused" turns down the demand made of
Tokyo a sentence before, "declined the offer" the one who offered, even in the same sentence, and
"a charge Kigali rejects" the accuser, though the parser reads the clause as one noun phrase."""

import pytest


@pytest.mark.parametrize("text, refuser, asker", [
    ("Beijing demanded that Tokyo withdraw the remarks. Tokyo refused.", "Japan", "China"),
    ("Cairo urged Addis Ababa to delay the filling. Ethiopia declined to do so.", "Ethiopia", "Egypt"),
    ("Ankara asked Stockholm to extradite the activists. Sweden refused.", "Sweden", "Turkey"),
    ("Brussels called on Belgrade to recognise the vote. Serbia flatly refused.", "Serbia", "European Union"),
])
def test_a_bare_refusal_rejects_whoever_made_the_demand(triples, text, refuser, asker):
    assert (refuser, "REJECTION", asker) in triples(text)


def test_a_refusal_answers_only_a_demand_made_of_the_refuser(triples):
    found = triples("Poland urged Hungary to release the funds. Slovakia refused.")
    assert not any(p == "REJECTION" for _, p, _ in found)


def test_a_refusal_that_names_what_it_refuses_answers_no_earlier_demand(triples):
    found = triples("Washington urged Riyadh to cut output. Saudi Arabia refused a loan from China.")
    assert ("Saudi Arabia", "REJECTION", "United States") not in found


def test_an_old_demand_is_not_what_a_refusal_answers(triples):
    filler = " ".join(["The talks covered trade, energy, tourism and the rules for fishing in shared waters."] * 8)
    found = triples(f"Moscow urged Chisinau to drop the charges. {filler} Moldova refused.")
    assert ("Moldova", "REJECTION", "Russia") not in found


@pytest.mark.parametrize("text, refuser, asker", [
    ("Qatar offered to host the talks, but Israel declined the offer.", "Israel", "Qatar"),
    ("Cairo called on Addis Ababa to halt the filling. Ethiopia rejected the call.", "Ethiopia", "Egypt"),
    ("Delhi invited Islamabad to the summit. Pakistan declined the invitation.", "Pakistan", "India"),
    ("Warsaw accused Minsk of pushing migrants across the border. Belarus dismissed the accusation.",
     "Belarus", "Poland"),
])
def test_a_refusal_of_a_named_offer_call_or_charge_rejects_who_made_it(triples, text, refuser, asker):
    assert (refuser, "REJECTION", asker) in triples(text)


@pytest.mark.parametrize("text, refuser, accuser", [
    ("Kinshasa accuses Rwanda of arming the rebels, a charge Kigali rejects.", "Rwanda",
     "Democratic Republic of the Congo"),
    ("Baku demanded changes to Armenia's constitution, a demand Yerevan rejects.", "Armenia", "Azerbaijan"),
])
def test_a_charge_or_demand_the_accused_rejects_is_read_as_a_relative_clause(triples, text, refuser, accuser):
    assert (refuser, "REJECTION", accuser) in triples(text)


def test_the_repair_reads_a_verb_closing_the_clause_and_leaves_a_noun_followed_by_more():
    from diplograph.loaders.articles.nlp import load_pipeline

    nlp = load_pipeline()
    supports = next(t for t in nlp("Beijing opposes the sale, a deal Taiwan supports strongly.") if t.text == "supports")
    assert (supports.dep_, supports.head.text) == ("relcl", "deal")
    doc = nlp("Ankara announced an exercise Bayraktar drones would join.")
    assert next(t for t in doc if t.text == "drones").pos_ == "NOUN"


@pytest.mark.parametrize("text, asker, asked", [
    ("Sweden asked China to let its prosecutors board the ship.", "Sweden", "China"),
    ("Finland and Estonia asked NATO to step up its patrols in the Baltic.", "Estonia",
     "North Atlantic Treaty Organization"),
    ("Kenya requested Ethiopia to share the dam's filling schedule.", "Kenya", "Ethiopia"),
])
def test_asking_someone_to_act_is_speaking_with_them(triples, text, asker, asked):
    assert (asker, "CONSULTATION", asked) in triples(text)


@pytest.mark.parametrize("text", [
    "Ouagadougou asked French special forces to leave.",
    "Washington asked Belgrade to withdraw its troops from the border.",
    "Beijing urged Manila to stop its provocations.",
])
def test_asking_someone_to_go_or_stop_is_no_conversation(triples, text):
    assert not any(p == "CONSULTATION" for _, p, _ in triples(text))
