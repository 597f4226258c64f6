"""literal() text goes through the real MyST parser as plain text, nothing else."""

from __future__ import annotations

import string

import pytest
from docutils import nodes
from docutils.core import publish_doctree
from myst_parser.parsers.docutils_ import Parser

from briefing.render.myst import clean_text, literal

HOSTILE = [
    "{eval-rst}`x`",
    "```{raw} html\n<b>x</b>\n```",
    "<script>alert(1)</script>",
    "(x)=",
    "{{ x }}",
    "% x",
    "$$ x $$",
    r"\input{/etc/passwd}",
    "    indented code block",
    "# heading",
    "- list",
    "1. list",
    "> quote",
    "---",
    "***",
    ":::{note}\nx\n:::",
    "[a](http://example.org) ![i](x.png) <http://example.org>",
    "*em* **strong** _u_ `code` ~~s~~",
    "a\\b \\\\ \\* trailing backslash\\",
    "line\nbreak  \nhard break",
    "&amp; &#60; &lt;",
    "[^1] [^1]: footnote",
    "| a | b |\n|---|---|",
    string.punctuation,
    "tab\tand\x0bvertical\x0cfeed\x00nul",
]


def _parse(text: str) -> nodes.document:
    return publish_doctree(
        text,
        parser=Parser(),
        settings_overrides={
            "myst_disable_syntax": ["html_block", "html_inline"],
            "report_level": 5,
            "halt_level": 5,
        },
    )


@pytest.mark.parametrize("hostile", HOSTILE)
def test_literal_parses_to_one_text_paragraph(hostile):
    doc = _parse(literal(hostile) + "\n")
    kinds = {type(n).__name__ for n in doc.findall() if n is not doc}
    assert kinds <= {"paragraph", "Text"}, kinds
    assert doc.astext() == clean_text(hostile)


def test_clean_text_collapses_whitespace_and_drops_controls():
    assert clean_text("  a\n\tb\u2028c\x00d  ") == "a b cd"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_long_text_parses_to_one_text_paragraph_too(hostile):
    # a text of 200 characters or more is escaped by another path (one substitution)
    text = hostile + " " + "x" * 250 + " " + hostile
    doc = _parse(literal(text) + "\n")
    kinds = {type(n).__name__ for n in doc.findall() if n is not doc}
    assert kinds <= {"paragraph", "Text"}, kinds
    assert doc.astext() == clean_text(text)


def test_long_and_short_texts_are_escaped_alike_on_every_code_point():
    escape = str.maketrans({c: "\\" + c for c in string.punctuation})
    chars = "".join(chr(c) for c in range(0x3000) if not 0xD800 <= c <= 0xDFFF)
    for size in (7, 199, 200, 640):
        for start in range(0, len(chars), size):
            chunk = chars[start:start + size]
            assert literal(chunk) == clean_text(chunk).translate(escape), (size, start)
