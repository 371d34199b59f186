"""From a read document to a :class:`~diplograph.graph.model.Batch`: blocks, sentences, mentions,
resolution, relations, modality, dates, and claims with their evidence and offsets.

>>> batch = ArticleExtractor().extract_text(
...     "On 3 July, Pakistan and China signed an agreement on drone production.", date="2024-08-01")
>>> [(c.subject, c.predicate, c.object, c.date) for c in batch.claims]
[('state:PAK', 'AGREEMENT', 'state:CHN', '2024-07-03')]
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from pathlib import Path

from diplograph.gazetteer import Gazetteer, load_gazetteer
from diplograph.graph.dates import PartialDate
from diplograph.graph.model import Actor, Batch, Claim, Source
from diplograph.graph.ontology import Ontology, load_ontology
from diplograph.loaders.articles.author_bodies import author_affiliation
from diplograph.loaders.articles.carried_dates import ParagraphDates
from diplograph.loaders.articles.claim_dates import date_the_attack, document_anchor, entry_date, nearest_date
from diplograph.loaders.articles.claim_passes import leaders_belong, lifted_to_their_states
from diplograph.loaders.articles.denials import deny_answered
from diplograph.loaders.articles.discourse import DealQualifier
from diplograph.loaders.articles.gazetteer_matching import gazetteer_matcher
from diplograph.loaders.articles.interviewees import answer_side, first_turn, note_interviewee
from diplograph.loaders.articles.labelled_speakers import document_speaker
from diplograph.loaders.articles.lexicon import Lexicon, load_lexicon
from diplograph.loaders.articles.longer_names import StrayPlaces
from diplograph.loaders.articles.mentions import Mention, find_mentions
from diplograph.loaders.articles.metadata import DATELINE, filed_in, item_filed_in
from diplograph.loaders.articles.modality import modality_of
from diplograph.loaders.articles.namesakes import foresee_people
from diplograph.loaders.articles.nlp import MODEL, load_pipeline
from diplograph.loaders.articles.office_terms import held_at
from diplograph.loaders.articles.parsing import BATCH_SIZE, SENTENCE_END, ParsedAhead, until_spent
from diplograph.loaders.articles.personal_measures import borne_in_person
from diplograph.loaders.articles.read import Document
from diplograph.loaders.articles.relations import PERSONAL_COMMANDS, Found, SentenceRelations
from diplograph.loaders.articles.named_weapons import weapons_named_again
from diplograph.loaders.articles.names_again import names_made_again, remember_made_names
from diplograph.loaders.articles.resolve import DocumentContext, add_surnames
from diplograph.loaders.articles.shared_demonyms import shared_demonyms
from diplograph.loaders.articles.sentences import HEADING_CHARS, Block, body_blocks
from diplograph.loaders.articles.sub_bodies import court_parts
from diplograph.loaders.articles.syntax import forget_parses
from diplograph.loaders.articles.trace import Trace, unnamed_entities
from diplograph.loaders.articles.turns import TIMESTAMP as _TIMESTAMP, TurnLabels
from diplograph.loaders.articles.when import find_dates
from diplograph.loaders.budget import Budget

log = logging.getLogger(__name__)

METHOD = "rules:v1"
_HYPHENS = frozenset({"-", "–", "—", "/"})
# words that may stand between the items of a list of actors
_JOINERS = frozenset({",", "and", "or", "&", "as", "well", "the", "both", "-", "–", "—", "/", "plus"})
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")
# An editor's insertion in a quote ("Ambassador of Latvia [Maris] Riekstins", "[Russia] will respond"): its words
# are read, its brackets are not (the parser loses the name they split off)
_INSERTION = re.compile(r"\[(?=[A-Za-z])[^\[\]\n]{1,60}\]")
BUDGETED_BATCH_SIZE = 2  # spaCy reads a batch before the first result: small ones check the clock often
CHUNK_CHARS = 10_000


# An allegation and its denial told in one sentence: the denial is the news. A writer's own
# assertion stands even beside a denial ("X supplied Y, though X denies it").
_DENIAL_ANSWERS = frozenset({"unconfirmed", "reported", "speculative"})


def prose_chunks(blocks: list[Block], text: str, limit: int = CHUNK_CHARS, turns: TurnLabels | None = None):
    """Consecutive paragraphs that end a sentence, joined (as written) into chunks for spaCy, which
    works faster on a few long texts than on many short ones. Yields (chunk, masked text, the
    character offsets in the chunk where its paragraphs start).

    >>> text = "Heading" + chr(10) + "Iran sold drones.[1]" + chr(10) + "Kenya bought them."
    >>> [(len(c.text), masked.count("[1]"), starts) for c, masked, starts in prose_chunks(body_blocks(text), text)]
    [(7, 0, [0]), (39, 0, [0, 21])]
    """
    group: list[Block] = []

    def emit():
        first, last = group[0], group[-1]
        masked = list(text[first.start:last.end])
        for block in group:  # masks work paragraph by paragraph (a dateline opens a paragraph)
            at = block.start - first.start
            masked[at:at + len(block.text)] = mask_footnotes(block.text, turns=turns)
        return (Block(first.start, last.end, text[first.start:last.end]), "".join(masked),
                [b.start - first.start for b in group])

    for block in blocks:
        if group and (not mask_footnotes(group[-1].text, turns=turns).rstrip().endswith(SENTENCE_END)
                      or text[group[-1].end:block.start].strip()
                      or block.end - group[0].start > limit):
            yield emit()
            group = []
        group.append(block)
    if group:
        yield emit()


def _sentences(doc, starts: list[int]):
    """spaCy's sentences, cut again where a paragraph starts (a paragraph never shares a sentence)."""
    offsets = set(starts)
    cuts = {t.i for t in doc if t.idx in offsets and t.i > 0}
    for sent in doc.sents:
        begin = sent.start
        for i in range(sent.start + 1, sent.end):
            if i in cuts:
                yield doc[begin:i]
                begin = i
        yield doc[begin:sent.end]


def mask_footnotes(text: str, lexicon: Lexicon | None = None, turns: TurnLabels | None = None) -> str:
    """Footnote markers ("Uzbekistan.[20]"), a wire dateline ("Astana (AsiaNews) - "), a transcript's speaker
    ("Q (A. Writer): ") and the brackets of an editor's insertion blanked out, keeping every character offset.

    >>> mask_footnotes("Uzbekistan.[20] While")
    'Uzbekistan.     While'
    >>> mask_footnotes("Astana (AsiaNews) - Central Asian states buy drones.")[:22]
    '                    Ce'
    >>> mask_footnotes("A (Aissata Kane): Mali left.")
    '                  Mali left.'
    >>> mask_footnotes('"Ambassador [Maris] Riekstins was summoned"')
    '"Ambassador  Maris  Riekstins was summoned"'
    """
    text = (turns or (lexicon or load_lexicon()).speaker_label).sub(_blank, text, count=1)
    text = DATELINE.sub(_blank, text, count=1)
    text = _INSERTION.sub(lambda m: f" {m.group(0)[1:-1]} ", text)
    return _FOOTNOTE.sub(_blank, text)


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def _label_words(label: str) -> list[str]:
    """The words inside a transcript label's brackets: "A (Foreign Minister Ararat Mirzoyan): " ->
    ["Foreign", "Minister", "Ararat", "Mirzoyan"]."""
    inside = label[label.find("(") + 1:label.rfind(")")] if "(" in label else ""
    return inside.replace(",", " ").split()


class ArticleExtractor:
    """The article pipeline with its resources (spaCy, gazetteer, lexicon, ontology) loaded once."""

    def __init__(self, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None,
                 ontology: Ontology | None = None, model: str = MODEL, nlp=None):
        self.nlp = nlp if nlp is not None else load_pipeline(model)
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.lexicon = lexicon or load_lexicon()
        self.ontology = ontology or load_ontology()
        self.symmetric = frozenset(p.name for p in self.ontology.predicates.values() if p.symmetric)
        self.matcher = gazetteer_matcher(self.nlp, self.gazetteer)
        self.ahead = ParsedAhead()

    def parse_ahead(self, texts: list[str]) -> None:
        """Parse the prose of the documents of ``texts`` in one batch, for their extraction next."""
        self.ahead.parse(self.nlp, [masked for text in texts for _, masked, _ in self._prose(text)[2]])

    def _prose(self, text: str):
        """The paragraphs of ``text``, its transcript's turn labels, and its chunks of prose for spaCy."""
        blocks = body_blocks(text, self.lexicon)
        turns = TurnLabels.of(blocks, self.lexicon.speaker_label)
        return blocks, turns, list(prose_chunks(blocks, text, turns=turns))

    def extract_text(self, text: str, title: str = "", date: str = "", path: str = "",
                     trace: Trace | None = None) -> Batch:
        """Extract from a text given directly (for notebooks and tests)."""
        doc = Document(Path(path or "text"), text, "text", title=title, date=date)
        return self.extract(doc, trace)

    def extract(self, document: Document, trace: Trace | None = None, *, budget: Budget | None = None,
                lenient: bool = False) -> Batch:
        """The batch of one document; with ``trace``, every decision is also recorded there. With a
        ``budget``, extraction stops when its time is up (what was found so far is kept, and
        ``document.stopped`` says where it stopped). ``lenient`` (as ingest reads): a sentence the
        extractor fails on is left out and named in ``document.unread``, the rest of the document kept;
        without it (tests, notebooks) the error is raised."""
        forget_parses()  # (of the documents read before: the caches of syntax.py)
        text = document.text
        source = Source.from_content(document.raw or text, title=document.title, url=document.url,
                                     publisher=document.publisher, published=document.date,
                                     path=str(document.path), kind="article")
        anchor = document_anchor(document)
        context = DocumentContext(self.lexicon.short_form_not, filed_in(text, self.gazetteer),
                                  self.lexicon.noun_class["family_name_first"])
        context.given_name_states = self.lexicon.noun_class["given_name_states"]
        foresee_people(text, self.matcher, context, self.lexicon)  # whom a surname before the full name means
        context.written = anchor.year if anchor is not None else None
        entry: PartialDate | None = None  # the date heading the timeline entry being read
        paragraph_dates = ParagraphDates(self.lexicon.noun_class["time_nouns"],
                                         self.lexicon.noun_class["time_shifts"])
        claims: dict[tuple, Claim] = {}
        deals = DealQualifier(self.lexicon)
        told_before: tuple[int, list] = (-1, [])  # the claims of the paragraph's last sentence with any
        blocks, turns, chunks = self._prose(text)
        # the paragraph of prose right before each paragraph (none after a heading: a new topic; none for a heading
        # itself, which opens the item after it: a digest's "Doha: a swap brokered by Qatar" takes no earlier item's sides)
        before = {b.start: (a.start if _prose(a.text, self.lexicon, turns) and _prose(b.text, self.lexicon, turns)
                            else None) for a, b in zip(blocks, blocks[1:])}
        sections, section = {}, 0  # where the text after each paragraph's last heading starts
        for b in blocks:
            if b.start in before and before[b.start] is None:
                section = b.start
            sections[b.start] = section
        cut: list[bool] = []
        strays = StrayPlaces(text, self.gazetteer)
        first = first_turn(blocks, turns)
        texts = until_spent(budget, (masked for _, masked, _ in chunks), cut)
        ahead = self.ahead.docs_for([masked for _, masked, _ in chunks])
        docs = (ahead[t] for t in texts) if ahead is not None else \
            self.nlp.pipe(texts, batch_size=BATCH_SIZE if budget is None else BUDGETED_BATCH_SIZE)
        for (block, _, starts), sdoc in zip(chunks, docs):
            mentions = find_mentions(sdoc, strays.matcher(self.matcher), self.lexicon)
            mention_starts = [m.start for m in mentions]  # (mentions come sorted by where they start)
            for sent in _sentences(sdoc, starts):
                paragraph = block.start + max(s for s in starts if s <= sent.start_char)
                if paragraph != context.paragraph_start:
                    entry = entry_date(text[paragraph:paragraph + 80], anchor)
                    context.turn_speaker = self._turn_speaker(text[paragraph:paragraph + 120], context, turns)
                    # (a roundup's item: a story of one dateline has it for the whole text already)
                    context.item_dateline = item_filed_in(text[paragraph:paragraph + 80], self.gazetteer) \
                        if context.dateline is None else None
                context.paragraph_start = paragraph
                paragraph_dates.enter(paragraph)
                context.previous_paragraph = before.get(context.paragraph_start)
                context.section_start = sections.get(context.paragraph_start, 0)
                in_sentence = mentions[bisect.bisect_left(mention_starts, sent.start):
                                       bisect.bisect_left(mention_starts, sent.end)]
                in_sentence = add_surnames(sent, in_sentence, context)
                in_sentence = weapons_named_again(sent, in_sentence, context)
                in_sentence = shared_demonyms(sent, in_sentence, context, self.lexicon, self.gazetteer)
                in_sentence = self._canonicalise(names_made_again(sent, in_sentence, context), context)
                remember_made_names(sent, in_sentence, context, self.lexicon)
                in_sentence = court_parts(sent, in_sentence, context, self.lexicon, EVERYTHING_BEFORE)
                note_interviewee(sent, in_sentence, context, block.start + sent.start_char, first)
                record = None
                if trace is not None:
                    record = trace.sentence(block.start + sent.start_char, sent.text)
                    record.mentions = [f"{m.text} = {m.actor.name} ({m.type}, {m.kind})" for m in in_sentence]
                    record.unnamed = unnamed_entities(sent, in_sentence)
                relations = SentenceRelations(sent, in_sentence, context, self.lexicon, self.ontology, block.start,
                                              self.gazetteer, record)
                attack = context.last_attack
                try:
                    found = self._read(sent, in_sentence, context, relations, block.start)
                except Exception as error:  # noqa: BLE001 - a bug on one sentence must not lose the document
                    if not lenient:
                        raise
                    log.debug("while reading %s", document.path, exc_info=True)
                    document.unread.append(_unread(text, block.start + sent.start_char, sent.text, error))
                    continue
                start = block.start + sent.start_char
                end = block.start + sent.end_char
                if context.last_attack is not None and context.last_attack is not attack:
                    date_the_attack(context, sent, block.start, find_dates(text[start:end], anchor))
                denials = relations.denials()
                if told_before[0] != paragraph:
                    told_before = (paragraph, [])
                dates = find_dates(text[start:end], anchor)
                if not found:
                    deny_answered(claims, [], denials, told_before[1], self.symmetric)
                    paragraph_dates.told(sent, dates)
                    continue
                # what the sentence tells done, not what it tells others did likewise: "A cut ties with X; B
                # did the same. C followed" repeats A's acts
                acts = [(f.predicate, f.object) for f in found if f.predicate != "AFFILIATED_WITH" and f.rule != "followed-suit"]
                if acts:
                    context.last_acts = list({(p, o.id): (p, o) for p, o in acts}.values())
                    context.last_acts_at = end
                evidence = " ".join(text[start:end].split())  # lines wrapped in the source joined; offsets kept
                modalities: dict[int, str] = {}  # several relations often share one trigger
                here = []
                for item in found:
                    claim = self._claim(item, source, evidence, start, end, dates, sent, modalities, entry,
                                        paragraph_dates)
                    key = (claim.subject, claim.predicate, claim.object, start)
                    kept = claims.setdefault(key, claim)
                    if claim.modality == "denied" and kept.modality in _DENIAL_ANSWERS:
                        claims[key] = claim  # "Iran, which X accuses of arming Y, denies supplying Y"
                    here.append((key, item.trigger))
                    if record is not None:
                        record.kept.append(_traced_claim(claim, context, item.rule))
                deny_answered(claims, here, denials, told_before[1], self.symmetric)
                paragraph_dates.told(sent, dates)
                told_before = (paragraph, here)
                deals.qualify(claims, here, start)
                for key, trigger in here:
                    deals.remember(key, trigger, end)
        if cut and not document.stopped:
            document.stopped = budget.out_of_time(document.path)
        extracted = set(claims)
        leaders_belong(claims)
        self._officials(claims, context, document.date or None)
        byline = author_affiliation(document.author, document.publisher, text[:2000], source.id, self.gazetteer, self.lexicon,
                                    METHOD)
        if byline is not None:  # a think tank's paper signed by its fellow (author_bodies.py)
            context.actors.update({actor.id: context.actors.get(actor.id, actor) for actor in byline[:2]})
            claims.setdefault((byline[2].subject, byline[2].predicate, byline[2].object, -1), byline[2])
        dropped = lifted_to_their_states(claims)
        if trace is not None:
            for claim in dropped:
                trace.document.append("dropped: " + _traced_claim(claim, context, claim.method.removeprefix(METHOD + ":"))
                                      + " (its official's state holds the relation)")
            trace.document[:0] = [_traced_claim(c, context, c.method.removeprefix(METHOD + ":"))
                                  for key, c in claims.items() if key not in extracted]
        return Batch(actors=list(context.actors.values()), sources=[source], claims=list(claims.values()))

    def _officials(self, claims: dict[tuple, Claim], context: DocumentContext, written: str | None = None) -> None:
        """What an official does, the body they hold office in does too, wherever the document gave the title
        ("Egyptian President X ... X met Y") or made them head of its team ("the ELN team of X"), or, untitled, when
        the gazetteer knows the office the person held at the time ("Putin spoke with Sadyr Japarov", "in 2019 Imran
        Khan visited Washington"): for a claim naming an official, the same claim with the person's state (or
        organisation, or group) in their place; two officials give a claim between their two bodies, never between
        a person and a body; a measure aimed at a person stays theirs (personal_measures.py). An undated act counts
        as of the day the document was ``written``."""
        office = {c.subject: c.object for c in claims.values()
                  if c.predicate == "AFFILIATED_WITH" and c.method.endswith((":title", ":delegation"))
                  and not c.object.startswith(("person:", "company:", "ngo:", "weapon:"))}

        def body_of(person_id: str, date: str | None) -> str:
            if person_id in office or not person_id.startswith("person:"):
                return office.get(person_id, person_id)
            body = self._office_at(context.actors.get(person_id), date)
            if body is None:
                return person_id
            context.actors.setdefault(body.id, body)
            return body.id

        for key, claim in list(claims.items()):
            if claim.predicate == "AFFILIATED_WITH":
                continue
            when = claim.date or written
            subject = body_of(claim.subject, when)
            obj = claim.object if borne_in_person(claim, claims.values(), self.lexicon) else body_of(claim.object, when)
            if subject == obj or subject.startswith("person:") or obj.startswith("person:"):
                continue
            kinds = [context.actors[i].type if i in context.actors else None for i in (subject, obj)]
            if None in kinds or not self.ontology.predicate(claim.predicate).allows(*kinds):
                continue
            if claim.predicate == "LEADS" and kinds[1] in PERSONAL_COMMANDS and subject != claim.subject:
                continue  # "Maduro leads the cartel": a leader's own command, not his state's
            claims.setdefault((subject, claim.predicate, obj, key[3]), dataclasses.replace(
                claim, subject=subject, object=obj, method=claim.method + ":official"))

    def _office_at(self, person: Actor | None, date: str | None) -> Actor | None:
        """The state or body a gazetteer person served when an act dated ``date`` took place: the office held now
        ("(appointed 2023)" and "(from 2021)" since that year), or a listed office whose years hold the act's year
        ("Prime Minister (2018–2022)" for an act of 2019); not an ended office for an undated act, nor after death."""
        if person is None or person.type != "person":
            return None
        body = person.external_ids.get("affiliation")
        entry = self.gazetteer.get(body) if body else None
        if entry is None:
            return None
        year = int(date[:4]) if date and date[:4].isdigit() else None
        return entry.actor() if held_at(person.external_ids.get("role", ""), year) else None  # (office_terms.py)

    def _turn_speaker(self, opening: str, context: DocumentContext, turns: TurnLabels):
        """The state or body a transcript turn's speaker acts for ("A (Foreign Minister Ararat
        Mirzoyan): ..." -> Armenia, through the gazetteer's people or a state named in the label; a
        later bare "A: " is the same speaker); None for a paragraph that opens no turn or names no one known."""
        label = turns.match(opening)
        if label is None:
            return None
        name = _TIMESTAMP.sub("", label.group(0).split("(")[0]).strip(" :")
        key = name.lower()
        # a bare name ("Lavrov: ...") names the speaker itself
        words = _label_words(label.group(0)) or ([] if self.lexicon.speaker_label.match(opening) else name.split())
        found = self._label_actor(words) or document_speaker(name.split(), context) or answer_side(name, context)
        if found is not None:
            context.turn_speakers[key] = found
        return context.turn_speakers.get(key)

    def _label_actor(self, words: list[str]):
        for size in range(len(words), 0, -1):  # the longest run of words that names someone known
            for start in range(len(words) - size + 1):
                entry = self.gazetteer.lookup(" ".join(words[start:start + size]))
                if entry is None:
                    continue
                if entry.type == "person":
                    served = self.gazetteer.get(entry.external_ids.get("affiliation", ""))
                    if served is not None:
                        return served.actor()
                elif entry.type in ("state", "organization"):
                    return entry.actor()
        return None

    def _canonicalise(self, mentions: list[Mention], context: DocumentContext) -> list[Mention]:
        """The mentions with the actors this document means by them; a capitalised head word ("the Agency", "the
        Court") is the body named before whose name holds it, or no actor at all."""
        generic = []
        for m in mentions:
            seat = self.lexicon.shared_seats.get(m.text.lower()) if m.kind == "capital" else None
            others = [x.actor for x in mentions if x is not m]
            if seat is not None and (state := context.seat_state(seat, m.actor.id, others)) is not None:
                m.actor, m.entry = state, None  # "accusing Brussels" after Belgium: the state, not the EU
                continue
            if m.kind == "ner" and m.end - m.start == 1 and f"the {m.text.lower()}" in self.lexicon.named_heads:
                body = context.recent_styled(m.text.title(), ("organization", "armed_group"), EVERYTHING_BEFORE)
                if body is None:
                    generic.append(m)
                    continue
                m.actor, m.kind = body, "short form"
                continue
            short = context.short_form(m.text) if m.kind == "ner" and m.end - m.start == 1 else None
            if short is None and m.kind == "ner" and m.type != "person":  # "the Visegrad Group" typed again
                short = context.named(m.actor.name)
            named = context.surname(m.text) if m.kind == "surname" else None
            if named is not None and named.type == "person" and named.id != m.actor.id:
                m.actor, m.entry = named, None  # "Irfaan Ali ... Ali": the person this text named, not a namesake
            elif short is not None:
                m.actor, m.kind = short, "short form"
            elif m.type == "person":
                m.actor = context.person(m.actor.name, known=m.actor if m.entry is not None else None, written=m.text)
            else:
                m.actor = context.add(m.actor)
            if m.kind == "capital" and m.actor.type != "state":  # "the European Parliament ... the Parliament"
                context.remember_organ(m.text, m.actor)
            # ("Papua New Guinea (PNG)"; "the Arab Bank for ... (BADEA)", initials the gazetteer's entry lacks)
            if m.kind == "acronym" and m.end - m.start == 1 or m.kind == "bloc" and (m.entry is None or m.type == "state"):
                context.acronym(m.text, m.actor)
            if m.kind == "mission" and m.end - m.start == 1 and m.place is not None:  # "... (AMISOM)"
                context.acronym(m.text, m.actor)
                context.mission_places.setdefault(m.text, m.place)
        return [m for m in mentions if m not in generic]

    def _note(self, sent, mentions: list[Mention], context: DocumentContext, relations: SentenceRelations,
              offset: int) -> None:
        """Record the sentence's mentions for later references; a list ("Mali, Burkina Faso and
        Niger", "between Iran and Tajikistan", "the Türkiye-Iran competition") is one group."""
        doc = sent.doc
        kept = []
        for m in mentions:
            token = doc[m.start:m.end].root
            hyphenated = any(doc[i].text in _HYPHENS for i in (m.start - 1, m.end) if sent.start <= i < sent.end)
            if m.is_demonym and not relations._state_context(token) and not hyphenated:
                continue  # "Tajik opposition leader": a nationality, not the state
            kept.append(m)
        group, previous = None, None
        lists = _participant_lists(sent, relations)
        for m in kept:
            between = [t.lower_ for t in doc[previous.end:m.start]] if previous is not None else None
            listed = between is not None and all(w in _JOINERS for w in between) and (between or previous.end == m.start)
            listed = listed or previous is not None and lists.get(previous.start, -1) == lists.get(m.start, -2)
            if between is not None and (listed or _coordinated_phrases(doc[previous.start:previous.end].root,
                                                                        doc[m.start:m.end].root)) \
                    and not _new_clause(doc[previous.start:previous.end].root, doc[m.start:m.end].root):
                if group is None:
                    group = context.new_group()
                    context.seen[-1].group = group
            else:
                group = None
            token = doc[m.start:m.end].root
            if m.type == "state" and (m.kind == "forces" or _names_forces_of(token, self.lexicon)):
                context.armed.append((offset + doc[m.start].idx, m.actor.id))
            subject = token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass"))
            # "Russia's support has been modest. It wrote off ...": the state owning a main clause's subject is
            # what the sentence is about, for a pronoun that follows
            subject = subject or (m.type == "state" and not m.is_demonym and token.dep_ == "poss" and
                                  token.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.dep_ == "ROOT")
            # "Beijing's response. Members were told that Vice Foreign Minister X ...": a label without a verb
            # names what the paragraph is about, as does an interviewer's "And New Delhi?", "What about Russia?"
            asked = sent.text.rstrip().endswith("?") and (token.dep_ == "ROOT" or token.dep_ == "pobj" and token.head.dep_ == "ROOT")
            label = m.type == "state" and not m.is_demonym and (token.dep_ == "poss" and token.head.dep_ == "ROOT" or asked) \
                and not any(t.pos_ in ("VERB", "AUX") for t in sent)
            context.note(m.actor, offset + doc[m.start].idx, group=group, subject=subject or label)
            head = token.head.head if token.dep_ == "conj" else token.head
            if label or subject and m.type == "state" and not m.is_demonym and head.dep_ == "ROOT":
                # ("Kenya and Somalia signed. President X said": two states in play, the title says not whose)
                shared = token.dep_ == "conj" and context.main_subject is not None and \
                    context.main_subject[1].id != m.actor.id and context.main_subject[0] >= offset + sent.start_char
                context.main_subject = None if shared else (offset + doc[m.start].idx, m.actor)
            previous = m
        for m in kept:  # "Xi Jinping visited Hanoi, and the two sides signed": a leader implies the state
            office = m.entry.external_ids.get("affiliation") if m.type == "person" and m.entry is not None else None
            entry = self.gazetteer.get(office) if office else None
            if entry is not None and entry.type == "state":
                context.note(entry.actor(), offset + doc[m.start].idx, implied=True)

    def _read(self, sent, in_sentence, context, relations: SentenceRelations, offset: int) -> list[Found]:
        """The relations of one sentence, and what it leaves the document's context for the next ones."""
        self._note(sent, in_sentence, context, relations, offset)
        found = relations.extract()
        relations.note_led_subject()
        relations.note_unnamed_holder()
        relations.note_kept_heads()
        relations.note_given_descriptions()
        relations.note_ministries()
        relations.note_main_pronoun()
        relations.note_places()
        return found

    def _claim(self, item: Found, source: Source, evidence: str, start: int, end: int, dates, sent,
               modalities: dict[int, str], entry: PartialDate | None = None,
               paragraph_dates: ParagraphDates | None = None) -> Claim:
        """A claim for ``item``, dated by the date its sentence gives nearest to the trigger, else
        by the date that heads its timeline entry ``entry``, else by the date the paragraph told last
        (``paragraph_dates``; none given, none guessed: the source's own date stays on the source)."""
        trigger = item.trigger
        if trigger is None:
            modality = "asserted"
        elif trigger.i in modalities:
            modality = modalities[trigger.i]
        else:
            modality = modalities[trigger.i] = modality_of(trigger, self.lexicon)
        if item.negation_is_act and modality == "denied":
            modality = "asserted"  # "has never recognised X": the rejection is what is said
        if item.presupposed and modality in ("planned", "speculative"):
            modality = "asserted"
        if item.to_come and modality in ("asserted", "reported"):
            modality = "planned"
        ends, end_to_come = item.ends, item.ends and modality == "planned"
        if ends and modality in ("denied", "planned"):
            # "Russia refused to withdraw its troops from Moldova", "Niger demanded the departure of French troops",
            # "announced that its troops would leave": an end denied, asked for or to come leaves the relation as it is
            modality, ends = "asserted", False
        date = (nearest_date(dates, trigger, sent) if trigger is not None else None) or item.date
        if date is None and not dates and trigger is not None:
            date = entry or (paragraph_dates.carried(sent, modality) if paragraph_dates else None)
        when = date.iso if date and not end_to_come else ""  # ("will leave by January": no start in January)
        properties = {k: str(v) for k, v in item.properties.items() if v}
        return Claim(
            subject=item.subject.id, predicate=item.predicate, object=item.object.id, source_id=source.id,
            date="" if ends else when, end_date=when if ends else "",
            modality=modality, confidence=0.7, evidence=evidence,
            evidence_start=start, evidence_end=end, method=f"{METHOD}:{item.rule}", properties=properties,
        )


def _unread(text: str, start: int, sentence: str, error: Exception) -> str:
    """What the analyst is told of a sentence left out: where it is, how it begins, and why."""
    line = text.count("\n", 0, start) + 1
    opening = " ".join(sentence.split())[:80]
    return (f"line {line}: the sentence {opening!r} was left out: reading it failed ({type(error).__name__}: "
            f"{error}); the rest of the document was read. Please report this as a diplograph bug.")


EVERYTHING_BEFORE = 1 << 60  # a position after every sentence read so far

def _traced_claim(claim: Claim, context: DocumentContext, rule: str) -> str:
    name = lambda actor_id: context.actors[actor_id].name if actor_id in context.actors else actor_id  # noqa: E731
    when = ", ".join(x for x in (claim.modality, claim.date, f"ended {claim.end_date}" if claim.end_date else "") if x)
    return f"{name(claim.subject)} {claim.predicate} {name(claim.object)} ({when}) by {rule}"


def _phrase_head(token):
    """The noun a name qualifies ("the *Sudanese* army" -> army) or is in apposition to ("Iran's foreign
    minister, *Abbas Araghchi*" -> minister), or the name itself."""
    while token.dep_ in ("amod", "compound", "poss", "nmod", "appos") and token.head is not token:
        token = token.head
    return token


def _participant_lists(sent, relations: SentenceRelations) -> dict[int, int]:
    """Where each mention of a list of participants that the parser broke apart starts, mapped to
    the list's subject ("President X of A, Prime Minister Y of B and ... held talks")."""
    lists = {}
    for subj in (t for t in relations.tokens if t.dep_ in ("nsubj", "nsubjpass")):
        items = relations.subject_items(subj.head, subj)
        if items and items[0] is None:  # "at the invitation of X, A and B met": X is one of them too
            items = [relations.inviters[subj.head.i], *items[1:]]
        for item in items:
            for m in (item.person, item.body):
                if m is not None:
                    lists[m.start] = subj.i
    return lists


def _prose(block: str, lexicon: Lexicon, turns: TurnLabels | None = None) -> bool:
    """Is a block a paragraph of prose rather than a heading? A heading ends no sentence, or is one
    short question standing alone ("What happened on June 17?" over an explainer's answer), not
    an interviewer's turn ("Q: What comes next?")."""
    text = mask_footnotes(block, turns=turns).rstrip()
    if not text.endswith(SENTENCE_END):
        return False
    return not (text.endswith("?") and len(text) < HEADING_CHARS and "\n" not in text and
                not (turns or lexicon.speaker_label).match(block))


def _coordinated_phrases(before, token) -> bool:
    """Are the phrases of two names coordinated ("the Sudanese army and the Rapid Support
    Forces"), so that they are named together as one list?"""
    first, second = _phrase_head(before), _phrase_head(token)
    # one phrase names both ("Grossi and Iran's foreign minister, Abbas Araghchi": the list goes on through it)
    return first == second and first.dep_ == "conj" or second.dep_ == "conj" and second.head is first


def _new_clause(before, token) -> bool:
    """Does ``token`` open a clause of its own after ``before`` ("X hosts Y, and *Z* buys ..."),
    so that the two names are not a list?"""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") and \
        token.head.dep_ == "conj" and before.head != token.head


def _names_forces_of(token, lexicon: Lexicon) -> bool:
    """Does the state named at ``token`` qualify armed forces ("Myanmar's armed forces", "the
    Malian army", "the army of Mali")?"""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in ("poss", "amod", "compound", "nmod"):
        return False
    # ("Sudan's army-backed government", "Myanmar's military-run regime": the state's forces, named in passing)
    hyphened = [g for c in head.children if c.dep_ == "amod" for g in c.children
                if g.dep_ == "npadvmod" and g.i + 1 < c.i and g.nbor().text == "-"]
    return any(t.lemma_.lower() in lexicon.armed_heads or t.lower_ in lexicon.armed_heads for t in (head, *hyphened))
