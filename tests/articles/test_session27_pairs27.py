"""Session 27 (pairs27): "the two countries", "the two governments" take the document's pair, not a pair an aside
about history named (texts of our own).

Two mistakes fed each other: "the agreement" in a later sentence was read as the deal told last, even when that
deal was an old one between two others (colonial powers) and the text had since named its own pair together; and
the pair a plural reference was resolved to was then recorded as if the text had coordinated the two, so every
later "the two countries" found that wrong pair "named together most"."""

from diplograph.graph.model import Actor
from diplograph.loaders.articles.resolve import DocumentContext

ASIDE = ("Belize and Guatemala agreed on Tuesday to set up a joint commission on their land dispute.\n\n"
         "The line itself was drawn in a treaty that Britain and Mexico signed in 1893, when Belize was still a "
         "colony. ")


def test_the_agreement_after_the_main_pair_is_named_again_is_theirs_not_the_old_treatys(triples):
    found = triples(ASIDE + "Guatemala and Belize have argued over the land ever since.\n\n"
                    "Under the new agreement, the two governments will hold talks every month.")
    assert ("United Kingdom", "AGREEMENT", "Mexico") in found  # the old treaty itself stays
    assert ("Belize", "CONSULTATION", "Guatemala") in found
    assert ("United Kingdom", "CONSULTATION", "Mexico") not in found


def test_a_deal_the_two_countries_signed_in_the_lead_is_not_the_partition_treaty_told_since(triples):
    found = triples("Kenya and Tanzania signed a deal on Friday to build a railway across their border.\n\n"
                    "The route follows a line that Germany and Britain agreed in an 1886 treaty, when the two powers "
                    "split East Africa between them. Tanzania and Kenya later inherited that line.\n\n"
                    "In the agreement signed on Friday, the two countries undertook to share the costs, and their "
                    "ministers will meet in Arusha next month.")
    assert ("Kenya", "CONSULTATION", "Tanzania") in found
    assert not {t for t in found if {t[0], t[2]} == {"Germany", "United Kingdom"} and t[1] != "AGREEMENT"}


def test_inside_the_aside_the_two_governments_are_the_old_treatys_parties(triples):
    # nobody else named together since the treaty: "under the treaty" still means its own signers
    found = triples(ASIDE + "Under the treaty, the two governments also agreed to hold talks on the river every "
                    "year.")
    assert ("United Kingdom", "CONSULTATION", "Mexico") in found
    assert ("Belize", "CONSULTATION", "Guatemala") not in found


def _state(name: str) -> Actor:
    return Actor.new(name, "state")


def test_a_pair_a_reference_was_resolved_to_is_not_the_text_naming_the_two_together():
    gabon, guinea, france, spain = map(_state, ("Gabon", "Equatorial Guinea", "France", "Spain"))
    ctx = DocumentContext()
    at = 0
    for pair, referred in [((gabon, guinea), False), ((france, spain), False), ((gabon, guinea), False),
                           ((france, spain), True), ((france, spain), True), ((france, spain), True)]:
        group = ctx.new_group()
        for actor in pair:
            at += 10
            ctx.note(actor, at, group=group, referred=referred)
    assert [a.name for a in ctx._most_together(ctx.seen)] == ["Gabon", "Equatorial Guinea"]
    assert not ctx._together([gabon, spain])


def test_a_pair_the_text_coordinates_often_is_still_the_pair_named_together_most():
    chad, sudan, libya = map(_state, ("Chad", "Sudan", "Libya"))
    ctx = DocumentContext()
    for n, pair in enumerate([(chad, sudan), (chad, sudan), (chad, libya)]):
        group = ctx.new_group()
        for actor in pair:
            ctx.note(actor, n * 10 + len(ctx.seen), group=group)
    assert [a.name for a in ctx._most_together(ctx.seen)] == ["Chad", "Sudan"]
