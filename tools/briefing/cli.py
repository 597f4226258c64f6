"""The ``briefing`` command line: a thin layer over the pipeline."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from . import __version__
from .config import BriefingConfig
from .safe_output import safe_text

DESCRIPTION = """\
Turn a folder of raw news articles (.txt, .md, .html) into a cited,
cross-referenced briefing book: one clean page per article with its source
cited, topic chapters whose every sentence links to the paragraph it came
from, and an executive summary; built by Sphinx into HTML, PDF and EPUB.
"""

EPILOG = """\
examples:
  briefing build                      build seeds/ into build/html and build/briefing.pdf
  briefing build --source my-articles --formats html
  briefing export --format json seeds > model.json
  briefing check --strict seeds       list missing fields and dropped lines
  briefing topics --suggest seeds     print a topic config to start from
"""


def _project_root() -> Path:
    """The folder holding docs/conf.py: the current one, else the package's checkout."""
    here = Path.cwd()
    if (here / "docs" / "conf.py").exists():
        return here
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "docs" / "conf.py").exists():
        return checkout
    raise SystemExit("briefing: no docs/conf.py here; run from the project folder or pass --docs")


def _sphinx(builder: str, docs: Path, out: Path, source: Path, extra: list[str]) -> int:
    cmd = [
        sys.executable, "-m", "sphinx", "-b", builder, "-d", str(out / "doctrees"),
        "--keep-going", "-D", f"briefing_source_dir={source.resolve()}",
        *extra, str(docs), str(out / builder),
    ]
    print("$", " ".join(cmd), flush=True)
    return subprocess.call(cmd)


def _latexmk(latex_dir: Path) -> int:
    """Run LaTeX the way Read the Docs does, in the latex output folder."""
    tex = sorted(latex_dir.glob("*.tex"))
    if not shutil.which("latexmk"):
        print("briefing: latexmk not found; install TeX Live (see README)", file=sys.stderr)
        return 1
    jobname = tex[0].stem if tex else "briefing"
    cmd = [
        "latexmk", "-r", "latexmkrc", "-pdf", "-f", "-dvi-", "-ps-",
        f"-jobname={jobname}", "-interaction=nonstopmode",
    ]
    print("$ (cd", latex_dir, "&&", " ".join(cmd), ")", flush=True)
    env = {**os.environ, "LATEXOPTS": os.environ.get("LATEXOPTS", ""),
           "XINDYOPTS": os.environ.get("XINDYOPTS", "")}
    with open(latex_dir / "latexmk.log", "w") as log:
        return subprocess.call(cmd, cwd=latex_dir, stdout=log, stderr=subprocess.STDOUT, env=env)


def latex_errors(log: Path, limit: int = 3) -> list[str]:
    """The first TeX errors ("! ..." lines) of a LaTeX log, each with its line ("l.42 ...")."""
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    errors: list[str] = []
    for i, line in enumerate(lines):
        if line.startswith("! ") and len(errors) < limit:
            where = next((x for x in lines[i + 1:i + 12] if re.match(r"l\.\d+", x)), "")
            message = line[2:].strip() + (f" ({where.split(' ', 1)[0]} of the .tex)" if where else "")
            if message not in errors:
                errors.append(message)
    return errors


def pdf_is_valid(pdf: Path) -> bool:
    """True when ``pdf`` is a complete PDF: pdfinfo reads it (or, without
    poppler, it has a PDF header and end-of-file marker)."""
    if not pdf.is_file():
        return False
    if shutil.which("pdfinfo"):
        proc = subprocess.run(["pdfinfo", str(pdf)], capture_output=True)
        return proc.returncode == 0
    data = pdf.read_bytes()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-2048:]


def _pdf_step(out: Path) -> int:
    """latexmk in OUT/latex; copy the PDF to OUT only when LaTeX succeeded and
    the PDF is valid, else say why (the LaTeX error, the log) and return 1."""
    latex_dir = out / "latex"
    tex = sorted(latex_dir.glob("*.tex"))
    jobname = tex[0].stem if tex else "briefing"
    final = out / f"{jobname}.pdf"
    rc = _latexmk(latex_dir)
    pdf = latex_dir / f"{jobname}.pdf"
    log = latex_dir / f"{jobname}.log"
    if rc == 0 and pdf_is_valid(pdf):
        shutil.copy2(pdf, final)
        print(f"PDF: {final}")
        return 0
    final.unlink(missing_ok=True)  # never leave an older PDF that looks current
    errors = latex_errors(log)
    if errors:
        why = "LaTeX failed: " + "; ".join(safe_text(e) for e in errors)
    elif rc != 0:
        why = f"latexmk failed (exit code {rc})"
    else:
        why = "LaTeX produced no valid PDF"
    print(f"briefing: {why}. The PDF was not built; see {log} and {latex_dir / 'latexmk.log'}",
          file=sys.stderr)
    return 1


def cmd_build(args) -> int:
    root = Path(args.docs).parent if args.docs else _project_root()
    docs = Path(args.docs) if args.docs else root / "docs"
    out = Path(args.out)
    source = Path(args.source)
    extra = ["-W"] if args.strict else []
    if args.jobs:
        extra += ["-j", str(args.jobs)]
    status = 0
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    for fmt in formats:
        if fmt == "html":
            status |= _sphinx("html", docs, out, source, extra)
        elif fmt == "pdf":
            status |= _sphinx("latex", docs, out, source, extra)
            status |= _pdf_step(out)
        elif fmt == "epub":
            status |= _sphinx("epub", docs, out, source, extra)
        else:
            print(f"briefing: unknown format {fmt!r} (html, pdf, epub)", file=sys.stderr)
            return 2
    if "html" in formats:
        print(f"HTML: {out / 'html' / 'index.html'}")
    return 1 if status else 0


def _model_config(args) -> BriefingConfig:
    return BriefingConfig(
        source_dir=Path(args.source_dir),
        analyse=not getattr(args, "no_nlp", False),
        progress=sys.stderr.isatty() and not os.environ.get("CI"),
    )


def cmd_export(args) -> int:
    from .export import briefing_data
    from .pipeline import build_briefing

    briefing = build_briefing(_model_config(args))
    _print_problems(briefing.problems)
    return _write_json(briefing_data(briefing))


def _print_problems(problems) -> None:
    for p in problems:
        print(safe_text(f"{p.location}: {p.message}"), file=sys.stderr)


def _write_json(data) -> int:
    """The whole JSON document as valid UTF-8 in one write, or nothing (a
    failure while serialising leaves stdout empty, never a partial document)."""
    from .safe_output import utf8_clean

    payload = (json.dumps(utf8_clean(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    sys.stdout.flush()
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()
    return 0


def cmd_check(args) -> int:
    from .pipeline import build_briefing
    from .quality import check_report

    config = BriefingConfig(source_dir=Path(args.source_dir), analyse=False)
    briefing = build_briefing(config)
    text, failed = check_report(briefing, strict=args.strict)
    print(safe_text(text))
    return 1 if failed else 0


def cmd_topics(args) -> int:
    from .compose.topics import suggest_topics_config

    if not args.suggest:
        print("briefing topics: nothing to do; use --suggest", file=sys.stderr)
        return 2
    config = BriefingConfig(source_dir=Path(args.source_dir), analyse=False)
    print(suggest_topics_config(config))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="build the briefing book (HTML site and PDF) with Sphinx",
        description="Generate the pages from SOURCE and build them with Sphinx into OUT: "
        "OUT/html/index.html, OUT/<name>.pdf (via LaTeX and latexmk, as Read the Docs "
        "runs it) and OUT/epub.",
    )
    b.add_argument("--source", default="seeds", help="folder of input articles (default: seeds)")
    b.add_argument("--out", default="build", help="output folder (default: build)")
    b.add_argument("--docs", default=None, help="Sphinx project folder (default: ./docs)")
    b.add_argument("--formats", default="html,pdf", help="comma-separated: html, pdf, epub (default: html,pdf)")
    b.add_argument("--strict", action="store_true", help="turn Sphinx warnings into errors (-W)")
    b.add_argument("-j", "--jobs", default="auto", help="Sphinx parallel jobs (default: auto, one per core)")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser(
        "export",
        help="print the extracted model (articles, metadata, paragraphs, analysis) as JSON",
        description="Read SOURCE_DIR, clean and analyse it, and print the model as JSON on stdout.",
    )
    e.add_argument("source_dir", nargs="?", default="seeds", help="folder of input articles (default: seeds)")
    e.add_argument("--format", choices=["json"], default="json", help="output format (json)")
    e.add_argument("--no-nlp", action="store_true", help="skip the NLP analysis (faster)")
    e.set_defaults(func=cmd_export)

    c = sub.add_parser(
        "check",
        help="quality report: missing or derived fields, dropped lines, same-story groups",
        description="List, per article, what the cleaner could not find or derived, "
        "what it dropped and why, and which articles carry the same story.",
    )
    c.add_argument("source_dir", nargs="?", default="seeds", help="folder of input articles (default: seeds)")
    c.add_argument("--strict", action="store_true", help="exit non-zero when a required field (title, date) is missing")
    c.set_defaults(func=cmd_check)

    t = sub.add_parser(
        "topics",
        help="suggest a topic configuration discovered from the corpus",
        description="Discover topics in SOURCE_DIR and print a topics.yaml the editor can start from.",
    )
    t.add_argument("source_dir", nargs="?", default="seeds", help="folder of input articles (default: seeds)")
    t.add_argument("--suggest", action="store_true", help="print a suggested topics.yaml on stdout")
    t.set_defaults(func=cmd_topics)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except FileNotFoundError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
