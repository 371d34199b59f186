"""A bare "the government" is the government of the state the document is about, not of the state it named last.

News calls the government of its story's state "the government" all through, whatever other state a sentence
before named: a story on Laos that says "Laos fell out with Japan after the Japanese government froze a loan" still
means Vientiane by "In August the government expelled the ambassador of Thailand"; a committee report on a state's
polar policy that names its partners means its own government by "The Government should work with Norway". Across
the development articles the bare phrase pointed at the story's state in twelve places out of thirteen, while the
state named last was right in six.

The state the document is about is the one it has named most so far, at least three times and twice as often as
any other (``UnnamedDoers._story_state``; two states told about as often leave the phrase to the older reading, the
state named last). In an interview's answer given for a state, the phrase is that state's government (an envoy's
"the government recalled its ambassador", in an interview mostly about the neighbour). Only the phrase alone counts
("the government"; not "the Japanese government", "the government of Serbia", "the new government"), and never
when its own clause names that state ("Laos accused the government of lying": another).
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.syntax import within_clause


class HomeGovernments:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _home_government(self, token, exclude) -> Actor | None:
        """The state a bare "the government" stands for when the document is about one state, else None."""
        if token.lower_ != "government" or token.tag_ not in ("NN", "NNP"):
            return None
        if [c.lower_ for c in token.children] != ["the"]:
            return None  # "the Dutch government", "the government of Serbia", "the new government": said whose
        speaker = self.ctx.turn_speaker  # (an envoy's answer in an interview: the government he serves)
        home = speaker if speaker is not None and speaker.type == "state" else self._story_state(self._position(token))
        if home is None or home.id in exclude:
            return None
        own = {t.i for t in token.subtree}
        if any((m := self.mention(t)) is not None and m.actor.id == home.id
               for t in within_clause(token.head) if t.i not in own):
            return None
        return home
