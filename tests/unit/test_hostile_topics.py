"""A configured topic that matches no article is reported, not dropped
silently. Issue 13, finding 9."""

from __future__ import annotations

import shutil

from briefing.config import BriefingConfig
from briefing.pipeline import build_briefing

from ..conftest import SEEDS


def test_topic_matching_nothing_is_named(tmp_path):
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, tmp_path / seed.name)
    text = (SEEDS / "topics.yaml").read_text(encoding="utf-8")
    text += (
        "  - id: agriculture-martienne\n"
        "    label: Agriculture martienne\n"
        "    terms: [zzqxv, wqqzt]\n"
    )
    (tmp_path / "topics.yaml").write_text(text, encoding="utf-8")
    briefing = build_briefing(BriefingConfig(source_dir=tmp_path, analyse=False, cache_dir=None,
                                             progress=False))
    assert "agriculture-martienne" not in [t.id for t in briefing.topics]
    named = [p for p in briefing.problems if "Agriculture martienne" in p.message]
    assert len(named) == 1 and named[0].kind == "bad_topics", briefing.problems
    assert named[0].location.endswith("topics.yaml")
    # the topics that match are not reported
    assert [p for p in briefing.problems if p.kind == "bad_topics"] == named
