"""The reason phrase of a judgement ("sanctioned Iran *over its drone deliveries to Russia*"): the parser
hangs the destination of the deed on the judging verb, which then reads as sending something there."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

REASON_PREPOSITIONS = ("over", "for")


def destinations_in_reasons(doc, handing_nouns) -> None:
    """"imposed sanctions on Iran over its drone deliveries to Russia", "fined the firm for shipments to
    Syria": a to-phrase right after a reason phrase whose noun hands something over (``handing_nouns``: the
    lexicon's nouns of sale and delivery) is that noun's, not the verb's the reason phrase hangs on."""
    for prep in doc:
        if prep.lower_ != "to" or prep.dep_ != "prep" or not prep.i or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        noun = doc[prep.i - 1]
        reason = noun.head
        if noun.dep_ == "pobj" and noun.lemma_.lower() in handing_nouns and reason.lower_ in REASON_PREPOSITIONS \
                and prep.head in (reason.head, reason.head.head):
            apply_heads(doc, {prep.i: (noun.i, "prep")})
