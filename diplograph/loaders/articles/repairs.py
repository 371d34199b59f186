"""Repairs of the small parser's trees in clauses it reads wrongly in long wire-story sentences.

Each repair is one construction the model gets wrong often enough to lose the doer or the
target of an act, recognised from words and tags rather than from the tree it mangled, and
rewritten as the tree a correct reading gives. They run right after the parser, so every later
step (mentions, roles, modality) reads the repaired tree.

* :func:`prepositional_relatives`: "the mission, deployed since 2023, *to which A, B and C
  contribute troops*": the parser hangs the names on the date and reads the verb as a noun.
* :func:`participles_with_agent`: "the Prespa Agreement, *concluded in 2018 by A and B*, ended ...":
  a past participle with a by-phrase read as a finite verb whose subject is what was concluded.
* :func:`reduced_relatives`: "Kinshasa accuses Rwanda of arming the rebels, *a charge Kigali rejects*":
  a relative clause without its pronoun after an act noun, its present-tense verb read as a plural noun.
* :func:`verbless_present`: "The US Treasury sanctions James Kabarebe": a timeline entry in the present
  tense whose verb the parser read as the plural noun the whole line hangs on.
* :func:`headline_lists`: "Japan, Philippines sign defence pact": a headline's comma stands for "and".
* :func:`objects_with_reduced_passives`: "Trump and Lee finalised *the trade deal agreed in July*": a
  participle after a verb's object read as the finite verb of a clause whose subject is that object.
* :func:`dates_fused_with_subjects`: "In March Kenya and Somalia signed an agreement": a month or weekday
  after a preposition read as the first word of the subject's name, the subject as the preposition's object.
* names and model designations read as other words are repaired in :mod:`name_repairs`.
* :func:`second_speakers`: "The ministry summoned the ambassador, and the Kremlin's spokesman, X, *said* ...":
  the speaker of a second clause read as one more object of the first clause's verb.
* :func:`deeds_after_reported_plans`: "X told reporters that Ecuador would defend itself *and accused
  Mexico*": a past-tense verb coordinated with a reported plan is the speaker's own second act.
* :func:`relative_verbs_as_nouns`: "Hezbollah, the movement *that Tehran arms and funds*, fired ...",
  "the rebels, which Rwanda trains and *supplies*": verbs of a relative clause read as plural nouns.
* :func:`participles_read_as_modifiers`: "China and the Solomons struck a pact, *alarming* Australia": a participle
  after a comma read as an adjective of the name after it, that name as a second object of the verb before.
* :func:`appositions_across_verbs`: "switched recognition to Beijing from Taiwan, *the island democracy claimed by
  China*": an apposition hung on a noun before the verb, across it, belongs to the name right before its comma.
* :func:`whose_clauses`: "The United States, *whose embassy was closed*, sanctioned the junta": a whose-clause
  read as the main clause, the main verb as its conjunct.
"""

from __future__ import annotations

# Prepositions that open a relative clause on a noun ("the deal, under which ...", "to which ...").
_RELATIVE_PREPOSITIONS = frozenset({"to", "under", "with", "by", "through", "from", "for", "in", "into", "against",
                                    "of"})
_CLAUSE_END = frozenset({",", ";", ".", ")", "(", "—", "–", ":", "!", "?"})
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")


def apply_heads(doc, changes: dict[int, tuple[int, str]]) -> bool:
    """Set the heads and labels in ``changes`` (token index -> (head index, label); a token its own
    head is a root) in one step, unless they would leave a token with no path to a root."""
    from spacy.attrs import DEP, HEAD

    heads = {t.i: t.head.i for t in doc}
    heads.update({i: head for i, (head, _) in changes.items()})
    for start in changes:
        seen, node = set(), start
        while heads[node] != node:
            if node in seen:
                return False  # a cycle: leave the tree as the parser made it
            seen.add(node)
            node = heads[node]
    array = doc.to_array([HEAD, DEP])
    for i, (head, label) in changes.items():
        array[i, 0] = (head - i) % 2 ** 64  # offsets are stored unsigned
        array[i, 1] = doc.vocab.strings.add(label)
    doc.from_array([HEAD, DEP], array)
    return True


def verb_form(token, verb_lemmas) -> bool:
    """Is ``token`` a present-tense form of a verb the lexicon knows ("arms", "supplies", "contribute")?"""
    word = token.lower_
    stems = {word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else word}
    return bool(stems & verb_lemmas)


def _listing_comma(doc, comma) -> bool:
    """Is ``comma`` one that separates the names of a list ("which Egypt, Eritrea and Turkey back")?"""
    if comma.text != "," or comma.i + 1 >= comma.sent.end or doc[comma.i - 1].pos_ != "PROPN":
        return False
    after = doc[comma.i + 1]
    after = doc[comma.i + 2] if after.lower_ in ("the", "and") and comma.i + 2 < comma.sent.end else after
    return after.pos_ == "PROPN"


def _date_like(token) -> bool:
    return token.ent_type_ in ("DATE", "TIME", "CARDINAL") or token.like_num


def _top(tokens) -> list:
    """The tokens of a span whose heads lie outside it, in order."""
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head == t]


def _antecedent(comma):
    """The noun a clause opened right after ``comma`` is said of: the phrase before the comma, or the
    one before a participle or prepositional phrase that comes between ("the Mission (SAMIDRC),
    deployed since 2023, to which ...")."""
    doc, start = comma.doc, comma.sent.start
    end = comma.i
    while end > start:
        begin = end - 1
        while begin > start and doc[begin - 1].text != ",":
            begin -= 1
        first = doc[begin]
        nouns = [t for t in doc[begin:end] if t.pos_ in ("NOUN", "PROPN")]
        # skip a participle phrase or a date put in between (not "including through the EPC, to which")
        if first.tag_ in ("VBN", "VBG") and first.dep_ != "prep" or \
                first.pos_ == "ADP" and all(_date_like(t) or t.ent_type_ in ("DATE", "TIME") for t in nouns):
            end = begin - 1
            continue
        if not nouns:
            return None
        noun = nouns[-1]
        while noun.dep_ in ("compound", "appos", "pobj", "conj", "nmod") and noun.head != noun:
            up = noun.head
            if up.lower_ == "of" and up.head.pos_ in ("NOUN", "PROPN"):
                up = up.head  # "the Commonwealth of Independent States", not "positions within the SCO"
            if up.pos_ not in ("NOUN", "PROPN"):
                break
            noun = up
        return noun
    return None


def prepositional_relatives(doc, verb_lemmas) -> None:
    """"..., to which South Africa, Malawi and Tanzania contribute troops": a relative clause opened by
    a preposition after a comma, with its names, its verb (a form of a lexicon verb, however tagged)
    and its object up to the next punctuation; when the parser did not hang the preposition on that
    verb, the clause is rebuilt on the noun it is said of."""
    for rel in doc:
        if rel.lower_ not in ("which", "whom") or rel.i < 2:
            continue
        prep, comma = doc[rel.i - 1], doc[rel.i - 2]
        if prep.lower_ not in _RELATIVE_PREPOSITIONS or comma.text != "," or rel.head != prep:
            continue
        sent_end = rel.sent.end
        # the names may be a list with commas ("South Africa, Malawi and Tanzania"); the clause ends at
        # the first punctuation after its verb
        stop = next((t.i for t in doc[rel.i + 1:sent_end] if t.text in _CLAUSE_END and t.text != ","), sent_end)
        # (a lexicon verb read as a noun: before its object, or in its bare form ending the clause, "to
        # which both Armenia and Azerbaijan belong,")
        verb = next((t for t in doc[rel.i + 2:stop] if t.tag_ == "MD" or t.pos_ in ("VERB", "AUX")
                     or (t.pos_ == "NOUN" and verb_form(t, verb_lemmas) and t.i + 1 < stop
                         and doc[t.i + 1].text not in _CLAUSE_END)
                     or (t.pos_ in ("NOUN", "PROPN") and t.lower_ in verb_lemmas and doc[t.i - 1].pos_ == "PROPN"
                         and (t.i + 1 >= stop or doc[t.i + 1].text in _CLAUSE_END))), None)
        if verb is not None:
            stop = next((t.i for t in doc[verb.i + 1:stop] if t.text in _CLAUSE_END), stop)
        while verb is not None and verb.i + 1 < stop and (verb.tag_ == "MD" or verb.lemma_ in ("have", "be")) and \
                doc[verb.i + 1].pos_ in ("VERB", "AUX", "ADV"):
            verb = next((t for t in doc[verb.i + 1:stop] if t.pos_ in ("VERB", "AUX")), None)  # "will supply"
        if verb is None:
            continue
        antecedent = _antecedent(comma)
        if prep.head == verb and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            if verb.pos_ in ("NOUN", "PROPN"):  # read right, but the verb tagged a name ("both A and B belong")
                verb.pos_, verb.tag_ = "VERB", "VBP"
            if antecedent is not None and verb.head != antecedent and (
                    _date_like(verb.head) or verb.head.i < antecedent.i):
                # the clause hung on a date ("since 9 July 2011, to which") or on a noun further back
                # ("their positions within the SCO and the CIS, of which all three are members")
                apply_heads(doc, {verb.i: (antecedent.i, "relcl")})
            continue
        helpers = [t for t in doc[rel.i + 1:verb.i] if t.tag_ == "MD" or t.pos_ in ("AUX", "ADV", "PART")]
        subject = [t for t in doc[rel.i + 1:verb.i] if t not in helpers]
        obj = list(doc[verb.i + 1:stop])
        if not subject or antecedent is None or not any(t.pos_ in ("PROPN", "NOUN") for t in subject):
            continue
        span = {t.i for t in doc[prep.i:stop]}
        changes: dict[int, tuple[int, str]] = {}
        for t in doc[comma.sent.start:sent_end]:  # what hung inside the clause from outside it
            if t.i not in span and t.head.i in span:
                node = t.head
                while node.head.i in span and node.head != node:
                    node = node.head
                changes[t.i] = (node.head.i, t.dep_)
        changes[verb.i] = (antecedent.i, "relcl")
        changes[prep.i] = (verb.i, "prep")
        for t in helpers:
            changes[t.i] = (verb.i, "aux" if t.tag_ == "MD" or t.pos_ == "AUX" else "advmod")
        subject_tops = _top([t for t in subject])
        changes[subject_tops[0].i] = (verb.i, "nsubj")
        for t in subject_tops[1:]:
            changes[t.i] = (subject_tops[0].i, "conj" if t.pos_ in ("PROPN", "NOUN") else t.dep_)
        first_object = True
        for t in _top(obj):
            label = "prep" if t.pos_ == "ADP" else ("dobj" if first_object and t.pos_ in _NOMINAL else "dep")
            first_object = first_object and label != "dobj"
            changes[t.i] = (verb.i, label)
        if apply_heads(doc, changes) and verb.pos_ != "VERB":
            verb.pos_, verb.tag_ = "VERB", "VB" if any(t.tag_ == "MD" for t in helpers) else "VBP"


def participles_with_agent(doc) -> None:
    """A verb with a by-phrase, no auxiliary and a subject (however tagged) is a past participle said
    of the noun the parser made its subject: "the Prespa Agreement, concluded in 2018 by A and B, ended ..." (the
    verb coordinated after it is the sentence's own, with that noun as subject); "welcomes the Joint
    Declaration signed on 8 August by A and B" (the noun is what the verb above acts on); a clause
    of its own ("The deal, signed by A and B.") reads as a passive."""
    for verb in doc:
        if verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "agent" for c in verb.children) or \
                any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if not subjects:
            continue
        subject = subjects[0]
        main = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        governor = verb.head
        if main is not None and doc[verb.i - 1].text == ",":
            root = main.i if verb.head == verb else verb.head.i
            changes = {main.i: (root, "ROOT" if verb.head == verb else verb.dep_),
                       subject.i: (main.i, "nsubj"), verb.i: (subject.i, "acl")}
            changes.update({c.i: (main.i, c.dep_) for c in verb.children if c.dep_ in ("cc", "punct")
                            and c.i > main.i})
        elif verb.dep_ in ("ccomp", "xcomp") and governor.pos_ == "VERB" and governor.i < subject.i and \
                not any(c.dep_ == "dobj" for c in governor.children):
            changes = {subject.i: (governor.i, "dobj"), verb.i: (subject.i, "acl")}
        else:
            changes = {subject.i: (verb.i, "nsubjpass")}
        if apply_heads(doc, changes):
            verb.tag_ = "VBN"


def relative_verbs_as_nouns(doc, verb_lemmas) -> None:
    """"the movement that Tehran arms and funds,", "the rebels, which Rwanda trains and supplies,": after a
    relative pronoun and a name, present-tense forms of lexicon verbs that run to the end of the clause
    are the clause's verbs (the pronoun their object), not plural nouns the name qualifies."""
    for rel in doc:
        if rel.lower_ not in ("that", "which", "whom") or rel.i == rel.sent.start:
            continue
        antecedent = doc[rel.i - 1] if doc[rel.i - 1].pos_ in ("NOUN", "PROPN") else (
            doc[rel.i - 2] if doc[rel.i - 1].text == "," and rel.i >= 2 else None)
        if antecedent is None or antecedent.pos_ not in ("NOUN", "PROPN"):
            continue
        sent_end = rel.sent.end
        stop = next((t.i for t in doc[rel.i + 1:sent_end] if t.text in _CLAUSE_END and not _listing_comma(doc, t)), sent_end)
        words = list(doc[rel.i + 1:stop])
        names = [t for t in words if t.pos_ == "PROPN"]
        if not names or words[0].pos_ != "PROPN":
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in words if t.i <= max(n.i for n in names)):
            continue  # "the ceasefire that Moscow brokered in November still holds": a verb of its own already
        rest = words[len([t for t in words if t.i <= max(n.i for n in names)]):]
        # "which Britain and Canada both list as a terrorist group": an adverb before the verb, an as- or
        # to-phrase after it (the bare plural verb read as a singular noun)
        # (a list's plural verb closing the clause is read as an adverb too: "which Egypt and Turkey *back*,")
        adverbs = [t for t in rest[:1] if t.tag_ == "RB" and len(rest) > 1 or t.tag_ == "DT" and len(rest) > 1 and rest[1].pos_ == "VERB"]
        rest = rest[len(adverbs):]
        complement = next((n for n, t in enumerate(rest) if t.tag_ == "IN" and n > 0), len(rest))
        rest, tail = rest[:complement], rest[complement:]
        verbs = [t for t in rest if t.lower_ != "and"]
        listed = any(t.lower_ == "and" and t.i < max(n.i for n in names) for t in words)  # a plural verb: "that A and B support"
        if not verbs or len(rest) - len(verbs) > 1 or not all(
                (t.tag_ in ("NNS", "VBZ", "VBP", "RB") or (tail or listed) and t.tag_ == "NN") and verb_form(t, verb_lemmas)
                for t in verbs) or \
                all(t.pos_ == "VERB" for t in verbs) and verbs[0].dep_ == "relcl":
            continue
        first = verbs[0]
        if first.pos_ == "VERB" and first.dep_ == "relcl":
            changes = {t.i: (first.i, "conj") for t in verbs[1:]}  # only the coordinated one misread
        else:
            changes = {first.i: (antecedent.i, "relcl"), rel.i: (first.i, "dobj")}
            changes.update({t.i: (first.i, "nsubj" if n == 0 else "conj") for n, t in enumerate(_top(names))})
            changes.update({t.i: (first.i, "conj") for t in verbs[1:]})
            changes.update({t.i: (first.i, "cc") for t in rest if t.lower_ == "and"})
            changes.update({t.i: (first.i, "advmod") for t in adverbs})
            changes.update({t.i: (first.i, "prep") for t in tail[:1] if t.head not in verbs})
            for t in doc[rel.sent.start:sent_end]:  # the clause the parser had the nouns stand in loses them
                if t.i not in {w.i for w in words} and t.head.i in {w.i for w in words} and t.i not in changes:
                    changes[t.i] = (first.head.i if first.head.i not in {w.i for w in words} else antecedent.i, t.dep_)
            # (a list's plural verb read as an adverb of the names: "which Egypt and Turkey back, attacked X")
            read = names[0] if first.dep_ == "advmod" and first.head in names else first
            outer = read.head if read.head.i not in {w.i for w in words} else None
            root = rel.sent.root
            if outer is not None and outer.pos_ in ("VERB", "AUX") and root.pos_ in ("PROPN", "NOUN") and \
                    outer.dep_ == "relcl" and read.dep_ in ("nsubj", "nsubjpass"):
                # "Hamas, the group that Iran arms, had exchanged fire": the verb the nouns were the subject
                # of is the sentence's, said of the name that opens it
                changes[outer.i] = (outer.i, "ROOT")
                changes[root.i] = (outer.i, "nsubj")
        if apply_heads(doc, changes):
            for t in verbs:
                t.pos_, t.tag_ = "VERB", "VBZ"


def reduced_relatives(doc, verb_lemmas, act_nouns) -> None:
    """"a charge Kigali rejects", "a demand Yerevan considers unacceptable", "claims Moscow denies": an act
    noun, a name and a present-tense lexicon verb closing the clause are a relative clause on the noun
    (which the parser reads as one noun phrase, "charge Kigali rejects"); the name is the verb's subject."""
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in act_nouns or noun.i + 2 >= noun.sent.end:
            continue
        names = []
        for token in doc[noun.i + 1:noun.sent.end]:
            if token.pos_ != "PROPN":
                break
            names.append(token)
        if not names:
            continue
        verb = doc[names[-1].i + 1] if names[-1].i + 1 < noun.sent.end else None
        if verb is None or verb.tag_ not in ("NNS", "VBZ") or verb.pos_ == "VERB" or not verb_form(verb, verb_lemmas):
            continue
        after = doc[verb.i + 1] if verb.i + 1 < noun.sent.end else None
        if after is not None and after.text not in _CLAUSE_END and after.pos_ not in ("ADJ", "ADV", "ADP"):
            continue  # "a charge Kigali rejects as baseless" is the clause; "... rejects the rebels" is not ours
        changes = {verb.i: (noun.i, "relcl"), names[-1].i: (verb.i, "nsubj")}
        if noun not in verb.ancestors:  # the noun takes the verb's place in the sentence
            changes[noun.i] = (verb.head.i, verb.dep_) if verb.head.i != verb.i else (noun.i, "ROOT")
        changes.update({t.i: (names[-1].i, "compound") for t in names[:-1]})
        changes.update({c.i: (noun.i, c.dep_) for c in verb.children if c.i < noun.i})  # "a" of "a charge"
        if apply_heads(doc, changes):
            verb.pos_, verb.tag_ = "VERB", "VBZ"


def verbless_present(doc, verb_lemmas) -> None:
    """"The US Treasury sanctions James Kabarebe", "Tokyo summons the Chinese ambassador": a sentence with no
    finite verb in which a name is followed by a plural noun that is a present-tense lexicon verb and then by
    a phrase: that word is the verb, the name before it its subject and the phrase after it its object (the
    parser reads the line as one long noun phrase)."""
    for sent in doc.sents:
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
            continue
        verb = next((t for t in sent if t.tag_ == "NNS" and verb_form(t, verb_lemmas) and t.i - 1 >= sent.start
                     and doc[t.i - 1].pos_ == "PROPN" and t.i + 1 < sent.end
                     and doc[t.i + 1].pos_ in ("PROPN", "DET", "NOUN", "ADJ", "NUM")), None)
        if verb is None:
            continue
        subject = doc[verb.i - 1]
        after = [t for t in doc[verb.i + 1:sent.end] if not (verb.i < t.head.i < sent.end) or t.head == t]
        obj = next((t for t in after if t.pos_ in ("PROPN", "NOUN")), None)
        if obj is None:
            continue
        changes = {verb.i: (verb.i, "ROOT"), subject.i: (verb.i, "nsubj"), obj.i: (verb.i, "dobj")}
        changes.update({t.i: (subject.i, t.dep_) for t in doc[sent.start:verb.i - 1] if t.head == verb})
        changes.update({t.i: (verb.i, t.dep_) for t in after if t.i != obj.i and t.head != t})
        old_root = sent.root
        if old_root.i not in changes:
            changes[old_root.i] = (subject.i if old_root.i < verb.i else verb.i, "dep")
        if apply_heads(doc, changes):
            verb.pos_, verb.tag_ = "VERB", "VBZ"


def headline_lists(doc) -> None:
    """"Japan, Philippines sign defence pact", "US, China agree to resume talks": a name opening a plural
    verb's clause, a comma, then the verb's subject is the first of the subjects (the parser hangs it on
    the verb as an adverb)."""
    for sent in doc.sents:
        verb = sent.root
        if verb.tag_ != "VBP" or sent.start + 2 >= verb.i:
            continue
        first, comma = doc[sent.start], doc[sent.start + 1]
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > comma.i), None)
        if first.pos_ != "PROPN" or first.head != verb or \
                first.dep_ not in ("npadvmod", "dep", "nmod", "compound", "nsubj") or \
                comma.text != "," or subject is None or subject.pos_ != "PROPN" or subject.left_edge.i != comma.i + 1:
            continue
        apply_heads(doc, {first.i: (verb.i, "nsubj"), subject.i: (first.i, "conj"), comma.i: (first.i, "punct")})


_MODALS = frozenset({"would", "will", "could", "should", "might", "may", "can", "must"})


def deeds_after_reported_plans(doc) -> None:
    """"Its minister told reporters that Ecuador would defend itself and accused Mexico of abuse": a past-tense
    verb without a subject, coordinated with the modal verb of a reported clause that hangs on a past-tense
    verb, is that outer verb's second act (the parser makes the reported subject its doer)."""
    for verb in doc:
        plan = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or plan.dep_ != "ccomp" or plan.tag_ != "VB" or \
                not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in plan.children) or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or plan.head.tag_ != "VBD":
            continue
        changes = {verb.i: (plan.head.i, "conj")}
        changes.update({c.i: (plan.head.i, "cc") for c in plan.children if c.dep_ == "cc" and c.i == verb.i - 1})
        apply_heads(doc, changes)


# Verbs whose object is often a clause ("said the deal collapsed"): their complement is left as parsed.
_CLAUSE_VERBS = frozenset({"say", "think", "believe", "know", "claim", "argue", "insist", "fear", "hope", "expect",
                           "announce", "confirm", "deny", "report", "warn", "note", "suggest", "state", "add", "tell",
                           "feel", "find", "show", "mean", "understand", "assume", "doubt", "suspect", "allege",
                           "see", "hear", "realise", "realize", "recall", "acknowledge", "admit", "reveal", "explain",
                           "predict", "estimate", "agree", "ensure", "guarantee", "promise", "declare", "stress",
                           "reiterate", "emphasise", "emphasize", "indicate", "conclude", "decide", "wish", "want",
                           "make", "let", "have", "help", "ask", "demand", "urge", "order", "watch", "consider"})


def objects_with_reduced_passives(doc) -> None:
    """"Trump and Lee finalised the trade deal agreed in July", "Cairo rejected the plan drawn up in Washington":
    a past-tense verb whose subject is a definite noun phrase standing right after a transitive verb, with no
    "that", no object and no auxiliary of its own, is a participle on that verb's object (the parser makes
    the object the subject of a clause)."""
    for verb in doc:
        main = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ != "ccomp" or verb.tag_ != "VBD" or main.pos_ != "VERB" or main.i > verb.i or subject is None or \
                main.lemma_.lower() in _CLAUSE_VERBS or subject.left_edge.i != main.i + 1 or \
                subject.pos_ not in ("NOUN", "PROPN") or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in subject.children) or \
                any(c.dep_ in ("dobj", "mark", "aux", "auxpass", "ccomp", "xcomp", "attr", "acomp") for c in verb.children) or \
                any(c.dep_ == "dobj" for c in main.children):
            continue
        if apply_heads(doc, {subject.i: (main.i, "dobj"), verb.i: (subject.i, "acl")}):
            verb.tag_ = "VBN"


def second_speakers(doc) -> None:
    """"The Russian foreign ministry summoned Azerbaijan's ambassador, and the Kremlin's spokesman, Dmitry
    Peskov, said Russia regretted the arrests": a sentence whose root verb has no subject and whose first
    clause, hung on it as what was said, has an object coordinated with a noun phrase that runs up to the
    root; that noun phrase is the root's subject and the first clause a clause of its own."""
    for sent in doc.sents:
        verb = sent.root
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and
                      any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        obj = next((c for c in first.children if c.dep_ == "dobj"), None) if first is not None else None
        second = next((c for c in obj.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")),
                      None) if obj is not None else None
        if second is None or any(t.i > second.right_edge.i and t.text not in (",",)
                                 for t in doc[second.right_edge.i + 1:verb.i]):
            continue
        changes = {first.i: (first.i, "ROOT"), verb.i: (first.i, "conj"), second.i: (verb.i, "nsubj")}
        changes.update({c.i: (first.i, "cc") for c in obj.children if c.dep_ == "cc" and c.i < second.i})
        apply_heads(doc, changes)


CALENDAR_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday"})


def dates_fused_with_subjects(doc) -> None:
    """"In March Kenya and Somalia signed an agreement", "In March Ahmed al-Sharaa and Mazloum Abdi signed": a
    preposition opening the sentence whose object is a name that starts with a month or a weekday, before a
    verb with no subject: the month is the preposition's object and the name the verb's subject."""
    for sent in doc.sents:
        verb = sent.root
        opening = doc[sent.start]
        if verb.pos_ != "VERB" or opening.dep_ != "prep" or opening.head != verb or sent.start + 2 >= verb.i or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        # the date may open with the day and close with the year: "On 22 June 2025 American bombers struck ..."
        run = [doc[sent.start + 1]]
        while run[-1].i + 1 < verb.i and (run[-1].like_num or run[-1].lower_ in CALENDAR_WORDS) and \
                (doc[run[-1].i + 1].like_num or doc[run[-1].i + 1].lower_ in CALENDAR_WORDS):
            run.append(doc[run[-1].i + 1])
        month = next((t for t in run if t.lower_ in CALENDAR_WORDS), None)
        name = next((c for c in opening.children if c.dep_ == "pobj"), None)
        # (also a titled subject: "On Wednesday Denmark's foreign minister, X, summoned ...")
        if month is None or name is None or name in run or name.pos_ not in ("PROPN", "NOUN") or \
                any(t.head.i not in (name.i, *(n.i for n in name.subtree)) for t in run if t.head not in run):
            continue
        changes = {t.i: (month.i, "nummod") for t in run if t != month}
        changes.update({month.i: (opening.i, "pobj"), name.i: (verb.i, "nsubj")})
        apply_heads(doc, changes)


def holders_after_offices(doc, office_words) -> None:
    """"by the Secretary of the Treasury of the United States, Scott Bessent, ...": a name after a comma
    hung as an apposition on the last of-phrase of an office, or as a second object of the office's
    preposition ("and by the President of France, Emmanuel Macron."), or on the verb the office is an object
    of ("received the Minister of Foreign Affairs, Mr X, in Washington"), is the holder of that office, not
    another name of the state or body the office belongs to, nor a second party."""
    for token in doc:
        before = doc[token.left_edge.i - 2] if token.left_edge.i >= 2 and doc[token.left_edge.i - 1].text == "," else None
        if token.dep_ in ("npadvmod", "dep") and token.pos_ == "PROPN" and token.head.pos_ == "VERB" and \
                before is not None and before.i > token.head.i:
            office = before  # "received the Minister of Foreign Affairs, Mr X, in Washington": X hung on the verb
            while office.dep_ in ("pobj", "compound", "prep") and office.head.i < office.i and \
                    office.lower_ not in office_words:
                office = office.head
            if office.lower_ in office_words and office.head == token.head and \
                    not any(c.dep_ == "appos" for c in office.children):
                apply_heads(doc, {token.i: (office.i, "appos")})
                continue
        place = token.head
        if token.dep_ == "conj" and token.pos_ == "PROPN" and before is not None and place.dep_ == "pobj" and \
                place.head.lower_ in ("of", "for") and place.head.head.lower_ in office_words and \
                not any(c.dep_ == "cc" and place.i < c.i < token.i for c in place.children):
            # "the Minister for Defence, Richard Marles, and the UK Defence Secretary, John Healey, signed": the name
            # read as one more defence is the minister, and what it was coordinated with the subject's next item
            office = place.head.head
            top = office
            while top.dep_ == "conj" and top.head.i < top.i:
                top = top.head
            changes = {token.i: (office.i, "appos")}
            changes.update({c.i: (top.i, c.dep_) for c in token.children if c.dep_ in ("conj", "cc")})
            apply_heads(doc, changes)
            continue
        first = next((c for c in token.head.children if c.dep_ == "pobj" and c.i < token.i), None)
        if token.dep_ == "pobj" and token.pos_ == "PROPN" and first is not None and \
                first.lower_ in office_words and token.left_edge.i == first.right_edge.i + 2 and \
                doc[first.right_edge.i + 1].text == "," and not any(c.dep_ == "appos" for c in first.children):
            apply_heads(doc, {token.i: (first.i, "appos")})
            continue
        place = token.head
        if token.dep_ != "appos" or token.pos_ != "PROPN" or place.pos_ != "PROPN" or place.dep_ != "pobj" or \
                token.i == 0 or doc[token.left_edge.i - 1].text != "," or \
                not (token.right_edge.i + 1 == len(doc) or doc[token.right_edge.i + 1].text in _CLAUSE_END):
            continue
        office = place
        while office.dep_ == "pobj" and office.head.lower_ == "of" and office.head.head != office.head:
            office = office.head.head
            if office.lower_ in office_words and office.pos_ in ("PROPN", "NOUN"):
                if not any(c.dep_ == "appos" for c in office.children):
                    apply_heads(doc, {token.i: (office.i, "appos")})
                break


_CLAUSE_MARKS = (",", "—", "–")


def whose_clauses(doc) -> None:
    """"The United States, *whose embassy in Niamey was closed*, sanctioned the junta": the parser makes the
    relative clause's verb the sentence's root, its antecedent that verb's subject, and the main verb after the
    closing comma a conjunct of it. The main verb gets its subject back; the clause hangs on the antecedent."""
    for whose in doc:
        opening = doc[whose.i - 1].text if whose.i else ""
        if whose.lower_ != "whose" or whose.i < 2 or opening not in _CLAUSE_MARKS:
            continue  # (in dashes too: "Ghana and Togo — whose border has been closed — agreed")
        sent = whose.sent
        close = next((t for t in doc[whose.i + 1:sent.end] if t.text == opening), None)
        if close is None or close.i + 1 >= sent.end:
            continue
        clause = doc[whose.i:close.i]
        verb = next((t for t in clause if t.dep_ == "ROOT"), None)
        main = doc[close.i + 1]
        antecedent = _antecedent(doc[whose.i - 1])
        if verb is None or antecedent is None or main.tag_ not in ("VBD", "VBZ", "VBP") or main.head != verb or \
                main.dep_ not in ("conj", "advcl") or antecedent.head != verb or antecedent.i > whose.i:
            continue
        apply_heads(doc, {main.i: (main.i, "ROOT"), antecedent.i: (main.i, "nsubj"), verb.i: (antecedent.i, "relcl"),
                          close.i: (verb.i, "punct")})


def participles_after_clauses(doc) -> None:
    """"... since 2008, when President X expelled the ambassador, Y, accusing him of ...": a participle set off by
    a comma right after a subordinate or relative clause that has a subject of its own belongs to that clause (the
    parser hangs it on the main verb, whose subject then accuses)."""
    for part in doc:
        comma = doc[part.i - 1] if part.i else None
        if part.tag_ != "VBG" or part.dep_ != "advcl" or comma is None or comma.text != "," or part.head.i >= part.i:
            continue
        clause = next((v for v in part.head.subtree if v.i < comma.i and v.dep_ in ("advcl", "relcl") and
                       v.pos_ == "VERB" and v.right_edge.i == comma.i - 1 and
                       any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)), None)
        if clause is not None and clause != part.head:
            apply_heads(doc, {part.i: (clause.i, "advcl")})


def participles_read_as_modifiers(doc) -> None:
    """"X struck a pact in 2022, alarming Australia": a present participle right after a comma, tagged as a
    modifier of a noun that the parser made a second direct object of a verb that already has one, the last
    item of its list of objects ("financed ports and railways, unsettling India", the participle tagged an
    adjective), or an apposition of a noun before that verb, is a clause of that verb whose object is the noun."""
    for part in doc:
        noun = part.head
        if part.dep_ != "amod" or not (part.tag_ == "VBG" or part.tag_ == "JJ" and part.lower_.endswith("ing")) or \
                not part.i or doc[part.i - 1].text != "," or noun.i <= part.i:
            continue
        verb = None
        listed = noun.head if noun.dep_ == "npadvmod" else noun  # (hung on the list's last item, or one of it)
        while listed.dep_ == "conj" and listed.head != listed:
            listed = listed.head
        if noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < part.i for c in noun.head.children):
            verb = noun.head
        elif noun.dep_ in ("conj", "npadvmod") and noun.pos_ == "PROPN" and listed.dep_ == "dobj" and \
                not any(c.dep_ in ("conj", "cc") for c in noun.children):
            verb = listed.head
        elif noun.dep_ == "appos":  # (an apposition never has a verb between it and its noun)
            verb = next((a for a in noun.head.ancestors if a.pos_ in ("VERB", "AUX") and noun.head.i < a.i < part.i),
                        None)
        if verb is not None:
            apply_heads(doc, {part.i: (verb.i, "advcl"), noun.i: (part.i, "dobj")})


def appositions_across_verbs(doc) -> None:
    """"The government switched recognition to Beijing from Taiwan, the island democracy claimed by China": an
    apposition the parser hung on a noun before the verb it follows (no apposition has a verb between it and
    its noun) belongs to the noun right before its comma."""
    for token in doc:
        head, left = token.head, token.left_edge
        if token.dep_ not in ("appos", "npadvmod") or head.i >= token.i or left.i < 2 or doc[left.i - 1].text != ",":
            continue
        before = doc[left.i - 2]
        if token.dep_ == "npadvmod":  # "..., the self-ruled island claimed by China", hung on the verb itself
            if head.pos_ not in ("VERB", "AUX") or before.pos_ != "PROPN" or token.ent_type_ in ("DATE", "TIME") or \
                    not any(c.dep_ == "det" for c in token.children):
                continue
        elif not any(a.pos_ in ("VERB", "AUX") and head.i < a.i < left.i for a in head.ancestors):
            continue
        if before.pos_ in ("NOUN", "PROPN") and before.i != head.i:
            apply_heads(doc, {token.i: (before.i, "appos")})
