""""Putin held talks with Prime Minister Modi", "Macron spoke with Prime Minister Modi by phone": the parser
often ends the phrase at the title ("with Prime Minister") and hangs the surname after it on the verb, as a second
object or a clause of its own, so that the with-phrase names no one and the talks have no partner. A name that
follows a title word (the head word of a lexicon title) at once, where that title is the object of a preposition or
of the verb, is the title's holder: the name takes the title's place and the title becomes its modifier."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def names_cut_from_titles(doc, office_words) -> None:
    for title in doc:
        if title.dep_ not in ("pobj", "dobj") or title.pos_ != "PROPN" or title.lower_ not in office_words or \
                title.i + 1 >= len(doc):
            continue
        run = [doc[title.i + 1]]
        while run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN" and doc[run[-1].i + 1].lower_ \
                not in office_words:
            run.append(doc[run[-1].i + 1])
        inside = {t.i for t in run}
        if any(t.pos_ != "PROPN" or t.lower_ in office_words for t in run):
            continue
        roots = [t for t in run if t.head.i not in inside or t.head.i == t.i]
        if len(roots) != 1:
            continue
        name = roots[0]
        # (a name the parser already set inside the title's phrase, or that heads the clause, is left as it is)
        if name.head.i == title.i or name.head.i == name.i or name.dep_ not in ("dobj", "advcl", "npadvmod", "dep",
                                                                                "appos", "attr", "oprd"):
            continue
        if not any(a.i == name.head.i for a in title.ancestors):
            continue
        changes = {name.i: (title.head.i, title.dep_), title.i: (name.i, "compound")}
        changes.update({c.i: (name.i, c.dep_) for c in title.children if c.dep_ in ("compound", "det", "amod")})
        apply_heads(doc, changes)
