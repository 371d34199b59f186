"""Modality of an extracted statement: asserted, reported, planned, unconfirmed, speculative or
denied, from cue words in the trigger's own clause and in the clauses that govern it.

Scope matters: in "Iran said Tajikistan will buy drones" the cue "said" governs the buying
(reported, and "will": planned); in "Iran opened a plant, and Tajikistan said it was pleased"
the "said" does not govern the opening. When several cues apply, what the statement says of the
act wins over who says it, in this order: denied, unconfirmed, planned, speculative, reported
("analysts said Cairo might send troops" is speculative; "officials said the talks would resume"
is planned, "would" being "will" in reported speech).
"""

from __future__ import annotations

import functools

from diplograph.loaders.articles.lexicon import Lexicon

PRECEDENCE = ("denied", "unconfirmed", "planned", "speculative", "reported")
# "Officials said the talks would resume": in reported speech "would" is "will" moved back a
# tense, a plan, not a conjecture ("Analysts said Cairo might send troops" stays speculative).
_BACKSHIFTED = frozenset({"would"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# ("would not hesitate to strike": a readiness declared, no denial)
_NOT_DENIAL_AFTER = frozenset({"only", "just", "merely", "least", "surprisingly", "unlike", "until", "hesitate"})
# Verbs of official acknowledgement: "it was announced that X" states X as a fact (no one to
# attribute it to); with a named speaker ("Bishkek announced that") X is reported.
_ANNOUNCE = frozenset({"announce", "confirm", "reveal", "disclose", "unveil", "show"})


# Prepositions of time whose noun is an occasion the sentence takes as given ("during his visit")
_OCCASIONS = frozenset({"during", "after", "before", "since", "throughout", "ahead"})


def _chain(trigger):
    """The trigger, then each word governing it up to the sentence root, or up to the noun a
    relative clause describes: what a relative clause says is given as background, whatever
    the main clause hedges ("It seems Dushanbe needs Iran, *which has funded* its projects")."""
    node = trigger
    chain = [node]
    # a participle describing a noun ("a compromise *brokered* by France") is a relative clause too, but not the
    # clause a noun of saying holds, with its own subject ("denied reports that it *had supplied* arms")
    while node.head != node and len(chain) < 25 and node.dep_ != "relcl" and not (
            node.dep_ == "acl" and node.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
        if node.dep_ == "conj" and node.tag_ in _FINITE and node.head.tag_ == "VB":
            # "denied any plan to invade and accused X": a finite verb parsed as the infinitive's conjunct
            # is the main verb's: it shares what governs that verb, not the verb itself
            main = node.head
            while main.head != main and main.tag_ not in _FINITE:
                main = main.head
            if main.head == main:
                break
            node = main
            continue
        node = node.head
        chain.append(node)
    return chain


def _clause_tokens(chain) -> list:
    """Tokens of the clauses on the chain: the chain words and what depends on them, never
    descending into another clause ("..., a claim London denied" is not this clause)."""
    on_chain = {t.i for t in chain}
    tokens = list(chain)
    stack = [c for node in chain for c in node.children if c.i not in on_chain]
    while stack:
        node = stack.pop()
        if node.dep_ in _CLAUSE_DEPS or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")):
            continue
        tokens.append(node)
        stack.extend(node.children)
    return sorted(tokens, key=lambda t: t.i)


# Words that make an act judged one that may never happen ("would condemn any strike on Taiwan").
_UNREAL = frozenset({"any", "possible", "potential", "future", "further", "eventual", "hypothetical"})


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _lays_measure(verb, reason, lexicon: Lexicon) -> bool:
    """Whether ``verb`` imposes or seeks a punitive measure for the deed in its ``reason`` phrase ("called for
    sanctions on X for arming Y": the arming is given as done, whatever is said of the sanctions)."""
    if reason.dep_ != "prep" or reason.lower_ not in ("for", "over"):
        return False
    carriers = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c != reason
        for o in c.children if o.dep_ == "pobj"]
    return any(c.lemma_.lower() in lexicon.noun_class["measures"] for c in carriers)


def _phrase_in(words: list[str], phrases) -> bool:
    text = " " + " ".join(words) + " "
    return any(p in text for p in _spaced(tuple(phrases)))


@functools.lru_cache(maxsize=64)
def _spaced(phrases: tuple[str, ...]) -> tuple[str, ...]:  # (the lexicon's few lists, asked of every claim)
    return tuple(f" {p} " for p in phrases)


def modality_of(trigger, lexicon: Lexicon) -> str:
    """The modality of the statement whose trigger word is ``trigger`` (a spaCy Token).

    >>> from diplograph.loaders.articles.nlp import load_pipeline
    >>> from diplograph.loaders.articles.lexicon import load_lexicon
    >>> doc = load_pipeline()("Officials said Turkey will deliver drones, but Ghana never paid.")
    >>> modality_of(doc[4], load_lexicon()), modality_of(doc[10], load_lexicon())
    ('planned', 'denied')
    """
    cues = lexicon.modality
    chain = _chain(trigger)
    if trigger.pos_ in ("NOUN", "PROPN") and len(chain) > 1 and chain[1].dep_ == "prep" and \
            chain[1].lower_ in _OCCASIONS:
        # "did not arrest Putin during his visit", "failed to sign the deal after the summit": the occasion is
        # given as having happened, whatever the clause says of what was (not) done on it
        chain = chain[:1]
    # ("ends years of fighting", "end four decades of hostilities": the span ended is the quarrel's)
    spanned = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
        trigger.head.head.lemma_.lower() in lexicon.noun_class["time_spans"] else trigger
    if trigger.pos_ == "NOUN" and spanned.dep_ == "dobj" and \
            {trigger.lemma_.lower(), trigger.lower_} & lexicon.noun_class["dispute"] \
            and spanned.head.lemma_.lower() in lexicon.noun_class["calming"]:
        chain = chain[:1]  # "tried to defuse the standoff", "helped ease tensions": the quarrel was there
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.lemma_.lower() in lexicon.noun_class["rebutted"] \
            and trigger.head.lemma_.lower() in lexicon.noun_class["rebutting"]:
        chain = chain[:1]  # "rejected Pristina's accusations": the charge rebutted was made
    if _describes_name(trigger):
        # "avoided confrontation with its neighbour Thailand": what a name is called is given, whatever
        # the clause says of the act it takes part in
        chain = chain[:1]
    # (also a gerund: "vowed to retaliate against Finland for joining NATO": the joining happened)
    judged = next((i for i in range(1, len(chain)) if (trigger.pos_ in ("NOUN", "PROPN") or
                                                       trigger.tag_ == "VBG" and trigger.dep_ == "pcomp") and
                   (chain[i].lemma_.lower() in lexicon.noun_class["presupposing"] or _lays_measure(chain[i], chain[i - 1], lexicon)) and
                   (chain[i - 1].dep_ == "dobj" or chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ in ("for", "over"))),
                  None)
    if judged is not None and not any(c.lower_ in _UNREAL for c in trigger.children):
        # "did not condemn Israel's strike", "a resolution that would have deplored the invasion": the act judged
        # happened, whatever is said of the judging
        chain = chain[:judged]
    found: set[str] = set()
    conjectures: list[str] = []  # the speculative cue words met
    # "did not rule out a military operation", "has not excluded talks": an act one keeps open may happen
    kept_open = {node.i for node in chain[1:] if any(c.dep_ == "neg" for c in node.children) and " ".join(
        [node.lemma_.lower()] + [c.lower_ for c in node.children if c.dep_ == "prt"]) in cues["speculative"].get("kept_open", ())}
    # the trigger's own clause: up to the first word that heads a clause with its own subject
    local_end = len(chain)
    for index, node in enumerate(chain):
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children) or node.dep_ in _CLAUSE_DEPS:
            local_end = index + 1
            break
    # a noun trigger that is the subject of its verb is not negated by it ("hostilities are not new"),
    # nor one deeper in a phrase ("did not disclose the value of its contracts"): only the verb
    # whose object it is ("did not sign a deal") or a "no" on the noun deny it
    noun = trigger.pos_ in ("NOUN", "PROPN")
    noun_subject = noun and trigger.dep_ in ("nsubj", "nsubjpass")
    if noun and trigger.dep_ not in ("dobj", "attr", "oprd", "dative", "nsubj", "nsubjpass"):
        local_end = min(local_end, 1)
    # "failed to defend Armenia against incursions": what is defended against happened, whatever
    # is said of the defending, so no denial above the defending verb reaches the trigger
    defended = next((i for i, node in enumerate(chain) if i and chain[i - 1].dep_ == "prep" and
                     chain[i - 1].lower_ in ("against", "from") and
                     node.lemma_.lower() in cues["denied"].get("defences", ())), len(chain))
    if noun and trigger.dep_ == "pobj" and trigger.head.lower_ == "without" or \
            trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ == "without":
        found.add("denied")  # "held direct talks, without Turkish mediation", "without quarrelling with X": not done
    undoing: list[tuple[str, str]] = []  # the verbs that undo what they govern, lowest first
    asked = False  # the trigger's clause is an open question ("whether Iran will deploy drones")
    for index, node in enumerate(chain):
        local = index < local_end
        below = chain[index - 1] if index else None
        for child in node.children:
            low = child.lower_
            if index >= defended and (child.dep_ == "neg" or low == "no") or child.dep_ == "neg" and node.i in kept_open:
                continue
            if child.dep_ == "neg" and local and not _followed_by(child, _NOT_DENIAL_AFTER) and \
                    not (noun_subject and index == 1 and not _happening(node, cues)) and not _idiom(child):
                found.add("denied")
            elif local and child.dep_ in ("nsubj", "nsubjpass", "dobj") and _neither(child):
                found.add("denied")  # "Neither Kenya nor Uganda recognised it", "recognised neither A nor B"
            elif child.dep_ == "det" and low == "no" and (local or below is not None and (
                    below.dep_ == "prep" or below.dep_ == "acl" and node.lower_ in cues["planned"]["words"])):
                found.add("denied")  # ("said it had no plans to attack X": the intent denied, then the act)
            elif child.dep_ == "aux" and low in cues["planned"]["words"] and local:
                found.add("planned")
            elif child.dep_ == "aux" and low == "to" and local and _headline_future(node):
                found.add("planned")  # "Kazakhstan to buy Airbus planes, ministry says": a headline's future
            elif child.dep_ == "aux" and low in cues["speculative"]["words"] and not _month(child):
                found.add("speculative")
                conjectures.append(low)
            elif child.dep_ in ("advmod", "amod") and low in cues["unconfirmed"]["words"]:
                found.add("unconfirmed")
            elif child.dep_ == "advmod" and low in cues["speculative"]["words"]:
                found.add("speculative")
                conjectures.append(low)
            elif child.dep_ == "mark" and low in cues["speculative"].get("open_questions", ()) and local:
                asked = True
            elif child.dep_ == "mark" and low in cues["speculative"].get("conditions", ()) and local:
                # "If Tehran supplies missiles, Europe will ...": a condition tells no act
                found.add("speculative")
                conjectures.append(low)
            elif child.dep_ == "acomp" and low in cues["speculative"]["words"] and below is not None and \
                    below.dep_ in ("ccomp", "xcomp") and node.lemma_ == "be":
                # "It is possible that Iran sent drones", "It is likely that ...": a conjecture
                found.add("speculative")
                conjectures.append(low)
            elif child.dep_ == "prep" and low == "according" and child.i != trigger.i:
                found.add("reported")
            elif child.dep_ == "advcl" and child.lemma_.lower() in cues["reported"]["verbs"] and \
                    any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children):
                found.add("reported")  # "..., as a UN rapporteur reported in May"
        if node == trigger:
            if noun and node.lower_ in cues["planned"]["words"] and not (node.dep_ == "dobj" and node.head.lemma_ == "take"):
                found.add("planned")  # the trigger names an intent itself: "a bid", "an EU candidate" ("took aim at
                # Pristina" is a verbal attack made)
            if noun and any(c.dep_ == "amod" and c.lower_ in cues["planned"]["words"] for c in node.children):
                found.add("planned")  # "during a planned visit", "an upcoming summit"
            if noun and node.dep_ == "compound" and node.head.lower_ in cues["planned"].get("heads", ()):
                found.add("planned")  # "accession talks", "a membership application": a prospect
            if not noun and node.lemma_.lower() in cues["planned"].get("promises", ()):
                found.add("planned")  # "offered $50 million": a promise, not yet a gift
            continue
        lemma = node.lemma_.lower()
        came_by = below.dep_ if below is not None else ""
        # "announced sanctions" is the act itself; "reported the completion of the site" passes it on
        if lemma in cues["reported"]["verbs"] and (came_by in ("ccomp", "xcomp", "parataxis") or
                                                   came_by == "dobj" and lemma in ("report", "cite", "quote")):
            if not (lemma in _ANNOUNCE and _is_passive(node) and not any(c.dep_ == "agent" for c in node.children)):
                found.add("reported")
        # "offered in July to send police", however the parser hangs the infinitive
        infinitive = came_by == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        # a noun of intent plans only what its infinitive tells ("hopes to sign"), not a participle hung on
        # it ("reviving hopes following the campaign against X"), nor what its object answers ("vowed revenge
        # for Israel's strike": the strike happened)
        intended = (came_by != "acl" or below.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in below.children)) and \
            not any(step.dep_ == "prep" and step.lower_ in ("for", "over") and step.head.pos_ == "NOUN" and
                    step.head.dep_ == "dobj" and step.head.head == node for step in chain[:index])
        if lemma == "agree" and came_by in ("xcomp", "dobj") and \
                below.lemma_.lower() not in cues["planned"]["founding"] | cues["planned"]["handing_over"]:
            # "agreed to reopen border trade", "agreed a ceasefire" (as "agreed to a ceasefire"): what is agreed
            intended = False
        deals = lexicon.noun_class["agreement"]
        if came_by in ("acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children) and \
                below.lemma_.lower() in cues["planned"]["founding"] and (
                node.pos_ == "NOUN" and lemma in deals or
                came_by == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in deals for c in node.children)):
            # "signed a deal to build a naval base" (however the parser hangs the infinitive): what a deal
            # provides to build or open is still to come
            found.add("planned")
        if lemma in lexicon.noun_class["advocating"] and (came_by == "dobj" and index == 1 or
                                                          came_by == "prep" and below.lower_ == "for" and index == 2):
            found.add("planned")  # "called for a ceasefire between A and B", "urged talks": wished, not done
        if lemma in cues["planned"]["verbs"] and intended and (
                came_by in ("xcomp", "ccomp", "dobj", "pcomp", "acl") or infinitive or
                came_by == "prep" and below.lower_ == "for"):  # "applied for"
            found.add("planned")
        if node.lower_ in cues["planned"].get("nearing", ()) and came_by == "prep" and below.lower_ == "to" and index == 2:
            found.add("planned")  # "is close to a deal with X": not reached yet
        if lemma in cues["denied"].get("permitting", ()) and came_by in ("ccomp", "xcomp") and \
                index < defended and any(c.dep_ == "neg" for c in node.children):
            found.add("denied")  # "will not allow China to build a base": leave withheld
        if node.lower_ in cues["planned"]["words"] and node.pos_ in ("NOUN", "ADJ"):
            found.add("planned")
        if lemma in cues["planned"].get("weighing", ()) and came_by == "xcomp" and below.tag_ == "VBG":
            found.add("planned")  # "is considering ordering K2 tanks": an option weighed, no order yet
        talks = cues["planned"].get("talks", ())
        talked = [c for c in node.children if c.dep_ == "dobj"] + [  # "held talks", "is in talks"
            p for c in node.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        if (lemma in talks or any(t.lemma_.lower() in talks for t in talked)) and (
                came_by in ("acl", "advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
                or came_by == "prep" and below.lower_ in ("on", "about", "over") and index == 2):
            # "continues talks to purchase F-15EX jets", "is negotiating with X to buy", "held talks on buying
            # jets": a purchase still discussed
            found.add("planned")
        if lemma in cues["reported"]["accusing"] and came_by in ("ccomp", "xcomp", "pcomp", "prep"):
            found.add("reported")
        # ("ruled out an attack" undoes it; "ruled that X breached the deal" is a verdict, which states it)
        verdict = lemma in lexicon.noun_class["findings"] and not any(c.dep_ == "prt" for c in node.children)
        # ("the war ended with a truce": what a quarrel ends with is its outcome, not undone)
        outcome = came_by == "prep" and below.lower_ in ("with", "in") and lemma in lexicon.noun_class["ending_quarrel"]
        # ("the talks were cancelled", "sanctions were lifted": undone as their passive subject, but "the war was
        # ended" was fought all the same)
        undone = came_by == "nsubjpass" and index == 1 and lemma not in lexicon.noun_class["calming"]
        # ("withdrew after fighting the TPLF": a time or circumstance phrase is not what is undone)
        aside = came_by == "prep" and below.lower_ in cues["denied"].get("not_undone_through", ())
        # "X accused Y of harbouring Z, a charge Y denies", parsed with the accusation under "denies": the denial
        # answers what was charged, never the accusing itself
        retort = index == 1 and came_by == "ccomp" and trigger.lemma_.lower() in cues["reported"]["accusing"] and \
            any(c.dep_ == "nsubj" and c.i > trigger.i for c in node.children)
        if node.i in kept_open:
            found.add("speculative")
            conjectures.append(lemma)
        elif lemma in cues["denied"]["verbs"] and (came_by in ("ccomp", "xcomp", "dobj", "pcomp", "prep") or undone) and \
                index < defended and not verdict and not outcome and not aside and not retort:
            undoing.append((lemma, came_by))
        elif lemma in cues["denied"].get("dissuading", ()) and came_by == "prep" and below.lower_ in ("against", "from"):
            undoing.append((lemma, came_by))  # "warned Finland against joining NATO", "barred Turkey from buying"
        if node.pos_ == "NOUN" and lemma in cues["denied"]["nouns"] and came_by in ("prep", "acl") and \
                index < defended:
            found.add("denied")  # "the suspension of its aid", "Iran's refusal to cooperate"
        if lemma in cues["speculative"]["words"] and came_by in ("xcomp", "ccomp"):
            found.add("speculative")
            conjectures.append(lemma)
    # "failed to stop the incursions", "refused to lift the sanctions": undoing an undoing leaves the act
    while len(undoing) > 1 and undoing[0][1] in ("xcomp", "dobj", "prep", "pcomp") and undoing[1][1] == "xcomp":
        undoing = undoing[2:]
    if undoing:
        found.add("denied")
    # ("condemned X for allegedly firing on its boats": an adverb on the reason's verb hedges only the reason)
    clause = [t for t in _clause_tokens(chain) if not (t.dep_ == "advmod" and t.head not in chain and
                                                      t.head.dep_ == "pcomp")]
    words = [t.lower_ for t in clause]
    # ("a case against X over its alleged support": an adjective in a phrase hedges only its own noun, while
    # "unconfirmed reports suggest ..." hedges what the reports say)
    hedging = [t.lower_ for t in clause if not (t.dep_ == "amod" and t.head not in chain and t.head.dep_ == "pobj")]
    if _phrase_in(hedging, cues["unconfirmed"]["words"]):
        found.add("unconfirmed")
    if noun and any(c.dep_ == "acl" and c.tag_ == "VBN" and any(
            a.dep_ == "advmod" and a.lower_ in cues["unconfirmed"]["words"] for a in c.children) for c in trigger.children):
        found.add("unconfirmed")  # "air strikes purportedly carried out by Pakistan": the act is only claimed
    if _phrase_in(words, cues["reported"]["phrases"]):
        found.add("reported")
    # (a phrase holding the trigger's own word denies nothing of it: "ruled out the offer" is a refusal told)
    denials = tuple(p for p in cues["denied"]["phrases"] if trigger.lower_ not in p.split())
    if _phrase_in(words, denials) and "denied" not in found and not noun_subject and not kept_open:
        local_words = [t.lower_ for t in _clause_tokens(chain[:local_end])]
        if _phrase_in(local_words, denials) and not any(
                w == "not" and after in _NOT_DENIAL_AFTER for w, after in zip(local_words, local_words[1:])):
            found.add("denied")
    if _scheduled(trigger, cues["planned"].get("scheduling", ()), cues["planned"].get("occurring", ())):
        found.add("planned")
    if "reported" in found and conjectures and set(conjectures) <= _BACKSHIFTED:
        found.discard("speculative")
        found.add("planned")
    if asked and not found & {"denied", "unconfirmed"}:
        return "speculative"  # a question's "will" plans nothing: whether it happens is what is asked
    for name in PRECEDENCE:
        if name in found:
            return name
    return "asserted"


def _happening(verb, cues) -> bool:
    """Is the verb one that says an event happened ("the meeting never took place", "the visit did not happen"), so
    that, negated, it denies its subject?"""
    lemma = verb.lemma_.lower()
    return lemma in cues["denied"].get("happening", ()) and (
        lemma != "take" or any(c.lower_ == "place" for c in verb.children))


def _scheduled(trigger, scheduling, occurring) -> bool:
    """Is the noun trigger (or the act it is "of") the subject of a verb of timetabling? "Talks between A and B are
    scheduled for June", "the signing of a pact between A and B was postponed", "the visit is due next week"; not
    what it is expected to yield ("talks were expected to produce a deal": they took place). A timetabling word
    that is the trigger itself is timetabled too ("Sugiono is due in Canberra", "Netanyahu is expected in Washington"),
    and so is what one is due somewhere for ("is due in Canberra for talks with Wong")."""
    if trigger.lemma_.lower() in scheduling and (trigger.dep_ == "acomp" or trigger.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in trigger.children)):
        return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and any(  # "is due in Canberra for talks with X"
            c.dep_ == "acomp" and c.lemma_.lower() in scheduling for c in trigger.head.head.children):
        return True
    node = trigger
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head
    if node.pos_ not in ("NOUN", "PROPN") or node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = node.head
    if any(c.dep_ == "xcomp" and c.lemma_.lower() not in occurring for c in verb.children):
        return False
    return verb.lemma_.lower() in scheduling or any(c.dep_ == "acomp" and c.lemma_.lower() in scheduling
                                                    for c in verb.children)


def _describes_name(noun) -> bool:
    """"its neighbour Thailand", "Russia's ally Belarus": a possessed noun right before the name it
    describes, however the parser hangs the two; "Turkey, a close ally of Azerbaijan": an apposition to a name."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.pos_ == "NOUN":
        return True
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or after.pos_ != "PROPN" or noun.pos_ not in ("NOUN", "ADJ"):
        return False
    possessors = [c for c in (*noun.children, *after.children) if c.dep_ == "poss"]
    return bool(possessors) and (after.head == noun or noun.head == after or after.head == noun.head)


def _headline_future(verb) -> bool:
    """"Egypt to buy Rafale jets", "Egypt to buy jets, minister says": an infinitive with a subject of
    its own that no verb before it governs is a headline's "will" (also when the parser hangs it on the
    name that opens the headline: "Iran to supply Russia with missiles, sources say")."""
    head = verb.head
    if verb.dep_ == "relcl" and head.pos_ == "PROPN" and head.i == verb.sent.start and \
            (head.head == head or head.head.i > verb.i):
        return True
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "for Egypt to buy jets"
    return verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "parataxis") and head.i > verb.i and
                                   any(c.dep_ == "nsubj" for c in head.children))


def _month(token) -> bool:
    """"On 11 May the army signed ...": the month, however parsed, is no modal verb."""
    doc = token.doc
    return token.text == "May" and any(0 <= i < len(doc) and doc[i].like_num for i in (token.i - 1, token.i + 1))


def _neither(phrase) -> bool:
    """Is ``phrase`` a list joined by "neither ... nor", which denies the act of every member?"""
    return any(c.lower_ == "neither" and c.dep_ in ("det", "preconj", "cc", "advmod") for c in phrase.children) and \
        any(t.lower_ == "nor" and t.dep_ == "cc" for t in phrase.subtree)


def _idiom(neg) -> bool:
    """"not to mention", "not least": a negation word that negates nothing."""
    following = " ".join(t.lower_ for t in neg.doc[neg.i + 1:neg.i + 3])
    return following in ("to mention", "to say") or following.startswith("least")


def _followed_by(token, words) -> bool:
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ in words
