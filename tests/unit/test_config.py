"""BriefingConfig is the one source of defaults and types: the Sphinx extension
registers every field from it, and bad values are refused with a clear message."""

from __future__ import annotations

import io
import typing
from dataclasses import fields
from pathlib import Path

import pytest
from sphinx.application import Sphinx
from sphinx.errors import ConfigError

from briefing.cli import SOURCE, build_parser
from briefing.config import BriefingConfig


def _sphinx(tmp_path: Path, conf: str = "", overrides=None, warning=None) -> Sphinx:
    """A real Sphinx application on a project whose corpus folder is empty."""
    (tmp_path / "src").mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "conf.py").write_text(
        'extensions = ["briefing"]\nbriefing_source_dir = "../src"\nbriefing_analyse = False\n'
        "briefing_editions = False\nbibtex_bibfiles = []\n" + conf, encoding="utf-8")
    (docs / "index.md").write_text("# Test\n", encoding="utf-8")
    return Sphinx(str(docs), str(docs), str(tmp_path / "out"), str(tmp_path / "doctrees"), "html",
                  status=io.StringIO(), warning=warning or io.StringIO(), confoverrides=overrides or {})


EXPECTED_TYPES = {Path: {str, Path}, bool: {bool}, int: {int}, float: {float, int, str}, str: {str}}


def test_every_field_is_registered_with_its_default_and_type(tmp_path):
    app = _sphinx(tmp_path)
    options = app.config._options  # Sphinx keeps (default, rebuild, types) per registered value
    hints = typing.get_type_hints(BriefingConfig)
    for f in fields(BriefingConfig):
        opt = options[f"briefing_{f.name}"]
        base = next(t for t in (typing.get_args(hints[f.name]) or (hints[f.name],)) if t is not type(None))
        assert set(opt.valid_types) == EXPECTED_TYPES[base], f.name
        default = f.metadata.get("sphinx", f.default)
        registered = opt.default(app.config) if callable(opt.default) else opt.default
        assert registered == (str(default) if isinstance(default, Path) else default), f.name
        assert opt.description == f.metadata["help"]
    # the defaults seen from docs/: the corpus beside the project, pages in docs/dossier
    assert options["briefing_source_dir"].default == "../seeds"
    assert options["briefing_output_dir"].default == "dossier"
    assert options["briefing_n_process"].default == BriefingConfig().n_process
    for name, types in [("briefing_report_problems", {bool}), ("briefing_downloads", {str}),
                        ("briefing_latex_appendix", {str}), ("briefing_latex_exclude", {list, tuple})]:
        assert set(options[name].valid_types) == types, name


def test_values_given_on_the_sphinx_command_line_are_read_as_their_type(tmp_path):
    """sphinx-build -D passes text: a fraction, a whole number and a boolean all arrive typed."""
    from briefing.sphinx_ext import _config_from_sphinx

    warnings = io.StringIO()
    app = _sphinx(tmp_path, overrides={"briefing_topics_regrowth": "0.5", "briefing_n_process": "3",
                                       "briefing_progress": "0"}, warning=warnings)
    assert "briefing_" not in warnings.getvalue()  # no override ignored, no type warning
    conf = _config_from_sphinx(app, app.config)
    assert (conf.topics_regrowth, conf.n_process, conf.progress) == (0.5, 3, False)


@pytest.mark.parametrize("line, message", [
    ("briefing_n_process = 0", "briefing_n_process must be at least 1"),
    ("briefing_output_dir = None", "briefing_output_dir must be a folder"),
    ("briefing_topics_regrowth = 3", "briefing_topics_regrowth must be a fraction between 0 and 1"),
])
def test_a_bad_value_in_conf_py_stops_sphinx_with_its_name(tmp_path, line, message):
    with pytest.raises(ConfigError, match=message):
        _sphinx(tmp_path, line + "\n")


@pytest.mark.parametrize("changes, message", [
    ({"n_process": 0}, "n_process must be at least 1"),
    ({"n_process": 1.5}, "n_process must be a whole number"),
    ({"topics_regrowth": 1.5}, "topics_regrowth must be a fraction between 0 and 1"),
    ({"topics_regrowth": -0.1}, "topics_regrowth must be a fraction between 0 and 1"),
    ({"topics_regrowth": "beaucoup"}, "topics_regrowth must be a number"),
    ({"analyse": "yes"}, "analyse must be true or false"),
    ({"max_article_bytes": 0}, "max_article_bytes must be at least 1"),
    ({"source_dir": None}, "source_dir must be a folder"),
    ({"spacy_model": " "}, "spacy_model must not be empty"),
])
def test_bad_values_are_refused_with_a_clear_message(changes, message):
    with pytest.raises(ValueError, match=message):
        BriefingConfig(**changes)


def test_values_are_read_as_their_type():
    c = BriefingConfig(source_dir="corpus", topics_regrowth="0.5", editions=0, n_process=1)
    assert c.source_dir == Path("corpus") and c.topics_regrowth == 0.5 and c.editions is False


def test_the_command_line_takes_its_defaults_from_the_config():
    assert SOURCE == str(BriefingConfig().source_dir)
    parser = build_parser()
    for argv in (["export"], ["check"], ["topics"]):
        assert parser.parse_args(argv).source_dir == SOURCE
    assert parser.parse_args(["build"]).source == SOURCE
