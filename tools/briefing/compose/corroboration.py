"""Corroboration of key points: which other stories report the same fact.

A key point is one sentence (merged over its wire copies). Another sentence
corroborates it when it comes from a different story (``summarise.stories``:
same-story articles count as one source) and

- its TF-IDF cosine with the point is at least ``SIMILAR`` and the two share
  two pieces of evidence: named entities (a name or alias the analysis found in
  the point's paragraph, written in both sentences) or resolved day dates; or
- its cosine is at least ``NEAR_COPY`` (the same sentence, lightly edited),
  which needs no further evidence.

In both cases the other sentence must write every name of the point (an
entity's name or alias, or any capitalised word inside the sentence: a name
missing makes it a sentence about someone or somewhere else) and every figure
of the point; and two sentences dated to different times (no date of one
within a date of the other) report different facts. Each other story counts once,
shown by its most similar sentence.
The same pass flags points resting on unnamed sources and relayed from
another publication (``sourcing``).
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from ..model import Article, SourceRef, SummarySentence
from .corpus import Candidate, CorpusVectors
from .sourcing import anonymous_pattern, press_titles, relayed_from
from .summarise import stories
from ..text import fold

#: cosine from which a sentence sharing a name or a date reports the same fact
SIMILAR = 0.45
#: cosine from which a sentence is the same sentence, lightly edited
NEAR_COPY = 0.75


#: a capitalised word that does not open the sentence (nor follows a colon or a quote)
_INNER_CAPITAL = re.compile(r"(?<=[\w,)] )([A-ZÀ-Ý][\w-]+)")
_NUMBER = re.compile(r"\d+(?:[.,\u202f\u00a0 ]\d+)*")


def _word_in(name: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


class Corroboration:
    def __init__(self, articles: list[Article], vectors: CorpusVectors):
        self.vectors = vectors
        self.story = stories(articles)
        self.by_id = {a.id: a for a in articles}
        self.row = {(c.text, c.sources): c.index for c in vectors.candidates}
        self.press = press_titles(articles, vectors.store)
        self._names: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        self._similar: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def prepare(self, points) -> None:
        """Compare the sentences of all these summary sentences with the
        corpus in one product (one per sentence took as long as the rest)."""
        self._prepare_rows([r for r in (self.row.get((s.text, s.sources)) for s in points) if r is not None])

    def _prepare_rows(self, rows) -> None:
        rows = sorted(set(rows) - self._similar.keys())
        if not rows:
            return
        sentences = self.vectors.sentences
        product = (sentences[rows] @ sentences.T).tocsr()
        product.sort_indices()
        for i, row in enumerate(rows):
            start, end = product.indptr[i], product.indptr[i + 1]
            self._similar[row] = (product.indices[start:end], product.data[start:end])

    def _similar_to(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        """The sentences at least ``SIMILAR`` to sentence ``row`` (rows in
        order, and their cosines)."""
        if row not in self._similar:
            self._prepare_rows([row])
        columns, cosines = self._similar[row]
        keep = cosines >= SIMILAR
        return columns[keep], cosines[keep]

    def _stories(self, sources) -> set[int]:
        return {self.story.get(s.article, -1) for s in sources}

    def _paragraph_names(self, ref: SourceRef) -> list[tuple[str, ...]]:
        """The folded names (canonical, then aliases) of each entity of the paragraph."""
        key = (ref.article, ref.paragraph)
        if key not in self._names:
            a = self.by_id.get(ref.article)
            self._names[key] = [
                tuple(dict.fromkeys(fold(x) for x in (e.name, *e.aliases) if len(x) > 2))
                for e in (a.entities if a else ()) if ref.paragraph in e.mentions
            ]
        return self._names[key]

    def _dates(self, c: Candidate, day_only: bool = True) -> set[str]:
        u = self.vectors.units[c.unit]
        span = u.text[c.start:c.end]
        return {e.date for e in u.events
                if e.date and (e.precision == "day" or not day_only) and e.text in span}

    @staticmethod
    def _other_numbers(point: Candidate, other: Candidate) -> bool:
        """A figure of the point is not in the other sentence: another count, score,
        measure or year."""
        return not set(_NUMBER.findall(point.text)) <= set(_NUMBER.findall(other.text))

    @staticmethod
    def _other_names(point: Candidate, other: Candidate) -> bool:
        """A capitalised word inside the point (a name, whether or not the analysis
        recognised it) is not in the other sentence."""
        theirs = set(re.findall(r"[\w-]+", fold(other.text)))
        for m in _INNER_CAPITAL.finditer(point.text):
            if fold(m.group(1)) not in theirs:
                return True
        return False

    def _other_time(self, point: Candidate, other: Candidate) -> bool:
        """Both sentences are dated and no date of one falls within a date of the other."""
        mine, theirs = self._dates(point, False), self._dates(other, False)
        return bool(mine and theirs) and not any(
            a.startswith(b) or b.startswith(a) for a in mine for b in theirs)

    def _evidence(self, point: Candidate, other: Candidate) -> int | None:
        """Shared pieces of evidence (names, an entity counting once, and day dates),
        or None when a name of the point is missing from the other sentence."""
        shared = len(self._dates(point) & self._dates(other))
        text, mine = fold(other.text), fold(point.text)
        entities = {n for ref in point.sources for n in self._paragraph_names(ref)}
        for names in entities:
            if not any(_word_in(n, mine) for n in names):
                continue
            if not any(_word_in(n, text) for n in names):
                return None  # the same words about someone or somewhere else
            shared += 1
        return shared

    def sources_of(self, s: SummarySentence) -> tuple[SourceRef, ...]:
        """One paragraph per other story reporting the point, most similar first."""
        row = self.row.get((s.text, s.sources))
        if row is None:
            return ()
        cands = self.vectors.candidates
        mine = self._stories(s.sources)
        best: dict[int, tuple[float, SourceRef]] = {}
        for j, sim in zip(*self._similar_to(row)):
            if j == row:
                continue
            other = cands[j]
            theirs = [r for r in other.sources if self.story.get(r.article, -1) not in mine]
            if not theirs or len(theirs) < len(other.sources):
                continue  # a sentence also carried by the point's own story is a copy
            sim = float(sim)
            if (self._other_time(cands[row], other) or self._other_numbers(cands[row], other)
                    or self._other_names(cands[row], other)):
                continue  # the same words about another time, other figures or names: another fact
            evidence = self._evidence(cands[row], other)
            if evidence is None or (sim < NEAR_COPY and evidence < 2):
                continue
            story = self.story.get(theirs[0].article, -1)
            if story not in best or sim > best[story][0]:
                best[story] = (sim, theirs[0])
        return tuple(ref for _, ref in sorted(best.values(), key=lambda x: (-x[0], x[1].article)))

    def apply(self, s: SummarySentence) -> SummarySentence:
        shown = s.shown
        return replace(
            s,
            corroborated_by=self.sources_of(s),
            anonymous=anonymous_pattern(shown) is not None,
            relayed_from=relayed_from(shown, self.press),
        )
