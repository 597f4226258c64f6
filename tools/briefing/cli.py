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
from .cache import project_cache_dir, user_cache_dir
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
  briefing build                      build seeds/ into build/html, build/briefing.pdf and the EPUB
  briefing serve                      live preview on http://127.0.0.1:8000, rebuilt on change
  briefing build --source my-articles --formats html
  briefing export --format json seeds > model.json
  briefing check --strict seeds       list missing fields and dropped lines
  briefing topics --suggest seeds     print a topic config to start from
  briefing topics --rediscover        discover topics afresh at the next build
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


DOWNLOAD_FORMATS = ("pdf", "epub")


def _download_formats(formats: list[str]) -> list[str]:
    """The formats of this build a reader can download from the HTML site."""
    return [f for f in DOWNLOAD_FORMATS if f in formats] if "html" in formats else []


def _html_extra(formats: list[str]) -> list[str]:
    """Tell the HTML build which downloads to link (files placed by ``_place_downloads``)."""
    return ["-D", "briefing_downloads=" + ",".join(_download_formats(formats))]


def _place_downloads(out: Path, formats: list[str]) -> None:
    """Copy the built PDF and EPUB into the HTML site, where its links point."""
    found = {"pdf": out / "briefing.pdf", "epub": out / "epub" / "briefing.epub"}
    for fmt in _download_formats(formats):
        if found[fmt].exists():
            shutil.copy2(found[fmt], out / "html" / found[fmt].name)
        else:
            print(f"briefing: no {fmt.upper()} was built; its download link on the site is broken",
                  file=sys.stderr)


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


def _edition_options(args) -> list[str]:
    """Sphinx overrides for ``--no-edition`` and ``--edition-of PATH``."""
    if getattr(args, "no_edition", False):
        return ["-D", "briefing_editions=0"]
    if getattr(args, "edition_of", None):
        path = Path(args.edition_of).resolve()
        if not path.is_file():
            raise SystemExit(f"briefing: no edition manifest at {path}")
        return ["-D", f"briefing_edition_of={path}"]
    return []


def cmd_build(args) -> int:
    root = Path(args.docs).parent if args.docs else _project_root()
    docs = Path(args.docs) if args.docs else root / "docs"
    out = Path(args.out)
    source = Path(args.source)
    extra = ["-W"] if args.strict else []
    extra += _edition_options(args)
    if args.jobs:
        extra += ["-j", str(args.jobs)]
    status = 0
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    for fmt in formats:
        if fmt == "html":
            status |= _sphinx("html", docs, out, source, extra + _html_extra(formats))
        elif fmt == "pdf":
            status |= _sphinx("latex", docs, out, source, extra)
            status |= _pdf_step(out)
        elif fmt == "epub":
            status |= _sphinx("epub", docs, out, source, extra)
        else:
            print(f"briefing: unknown format {fmt!r} (html, pdf, epub)", file=sys.stderr)
            return 2
        # one generation, one report: later formats do not repeat the input problems
        extra = [*extra, "-D", "briefing_report_problems=0"]
    _place_downloads(out, formats)
    if "html" in formats:
        print(f"HTML: {out / 'html' / 'index.html'}")
    return 1 if status else 0


def cmd_serve(args) -> int:
    """Live preview: sphinx-autobuild rebuilds the HTML when an article, an
    editor file or a page of docs/ changes, and reloads the browser. Each
    rebuild runs in a fork of a process that keeps Sphinx imported and the
    spaCy model loaded (``briefing.resident``): an added article is on the
    site a few seconds later instead of after a cold start."""
    if not _has_module("sphinx_autobuild"):
        print("briefing: sphinx-autobuild is not installed (pip install sphinx-autobuild)", file=sys.stderr)
        return 2
    root = Path(args.docs).parent if args.docs else _project_root()
    docs = Path(args.docs) if args.docs else root / "docs"
    source = Path(args.source).resolve()
    out = Path(args.out)
    from .pipeline import LOCK_FILE

    argv = [
        str(docs), str(out / "html"),
        "-d", str(out / "doctrees"), "-D", f"briefing_source_dir={source}",
        "--watch", str(source), "--host", args.host, "--port", str(args.port),
        # the generated pages and the analysis cache are outputs of the build,
        # rewritten from the watched sources: watching them would loop
        "--re-ignore", re.escape(str((docs / BriefingConfig.default("output_dir", sphinx=True)).resolve())) + r"(/|$)",
        "--re-ignore", re.escape(str(project_cache_dir(docs).resolve())) + r"(/|$)",
        "--re-ignore", re.escape(str((docs / "editions").resolve())) + r"(/|$)",
        # each build writes its holder into the project's lock file
        "--re-ignore", re.escape(str((docs / LOCK_FILE).resolve())) + "$",
    ]
    from . import resident

    # forked now, before the server starts its threads; it warms up on a copy of docs/
    builder = resident.start(_serve_model(docs), warm_up_docs=docs)
    if builder is None:
        cmd = [sys.executable, "-m", "sphinx_autobuild", *argv]
        print("$", " ".join(cmd), flush=True)
        try:
            return subprocess.call(cmd)
        except KeyboardInterrupt:
            return 0
    print("$ sphinx-autobuild " + " ".join(argv) + "  (builds run by a resident process)", flush=True)
    try:
        from .autobuild import serve

        return serve(builder, argv)
    except KeyboardInterrupt:
        return 0
    finally:
        builder.close()


def _serve_model(docs: Path) -> str | None:
    """The spaCy model the project's builds load, as conf.py assigns it (read,
    not run), else the default; None when conf.py turns the analysis off. A
    value conf.py computes is not seen: the build then loads its own model,
    as a plain build does."""
    import ast

    values: dict = {}
    try:
        tree = ast.parse((docs / "conf.py").read_bytes())
    except (OSError, SyntaxError, ValueError):
        tree = ast.Module(body=[], type_ignores=[])
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except Exception:  # noqa: BLE001 - not a literal: computed when Sphinx runs conf.py
                values.pop(node.targets[0].id, None)
    if values.get("briefing_analyse", True) is not True:
        return None
    model = values.get("briefing_spacy_model", BriefingConfig.default("spacy_model"))
    return model if isinstance(model, str) else None


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _cache_dir(args) -> Path:
    """The cache of a command that builds no book: the Sphinx project's when the
    command runs in one (``--docs``, or ./docs/conf.py), else the user's cache
    folder; never the working folder."""
    docs = Path(args.docs) if getattr(args, "docs", None) else Path.cwd() / "docs"
    if (docs / "conf.py").is_file():
        return project_cache_dir(docs.resolve())
    return user_cache_dir(Path(args.source_dir))


def _model_config(args, analyse: bool = True) -> BriefingConfig:
    return BriefingConfig(
        source_dir=Path(args.source_dir),
        cache_dir=_cache_dir(args),
        analyse=analyse and not getattr(args, "no_nlp", False),
        progress=sys.stderr.isatty() and not os.environ.get("CI"),
    )


def cmd_export(args) -> int:
    from .editions import with_edition
    from .export import briefing_data
    from .pipeline import build_briefing

    config = _model_config(args)
    briefing = with_edition(build_briefing(config), config, record=False)  # editions: read only
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

    config = _model_config(args, analyse=False)
    briefing = build_briefing(config)
    text, failed = check_report(briefing, strict=args.strict)
    print(safe_text(text))
    return 1 if failed else 0


def cmd_topics(args) -> int:
    from .pipeline import forget_discovered_topics, suggest_topics

    if args.rediscover:
        docs = Path(args.docs) if args.docs else _project_root() / "docs"
        cache = project_cache_dir(docs.resolve())
        removed = forget_discovered_topics(cache)
        print(f"briefing: {len(removed)} stored topic file(s) removed from {cache}; "
              "the next build discovers topics afresh", file=sys.stderr)
        if not args.suggest:
            return 0
    if not args.suggest:
        print("briefing topics: nothing to do; use --suggest or --rediscover", file=sys.stderr)
        return 2
    config = _model_config(args, analyse=False)
    print(suggest_topics(config))
    return 0


#: the input folder by default, as the configuration defines it
SOURCE = str(BriefingConfig.default("source_dir"))


def _book_arguments(p: argparse.ArgumentParser) -> None:
    """--source, --out and --docs of the commands that build the book."""
    p.add_argument("--source", default=SOURCE, help=f"folder of input articles (default: {SOURCE})")
    p.add_argument("--out", default="build", help="output folder (default: build)")
    p.add_argument("--docs", default=None, help="Sphinx project folder (default: ./docs)")


def _source_dir_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("source_dir", nargs="?", default=SOURCE, help=f"folder of input articles (default: {SOURCE})")


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
    _book_arguments(b)
    b.add_argument("--formats", default="html,pdf,epub",
                   help="comma-separated: html, pdf, epub (default: all three; the site links the PDF and EPUB)")
    b.add_argument("--strict", action="store_true", help="turn Sphinx warnings into errors (-W)")
    b.add_argument("-j", "--jobs", default="auto", help="Sphinx parallel jobs (default: auto, one per core)")
    b.add_argument("--edition-of", metavar="PATH", default=None,
                   help="compare with this edition manifest (editions/<n>.json) instead of the last one")
    b.add_argument("--no-edition", action="store_true",
                   help="record no edition manifest and mark nothing as new")
    b.set_defaults(func=cmd_build)

    v = sub.add_parser(
        "serve",
        help="live preview of the HTML site, rebuilt when an article or page changes",
        description="Build the HTML site from SOURCE and serve it on http://HOST:PORT; "
        "adding or editing an article, an editor file or a page rebuilds it and "
        "reloads the browser (sphinx-autobuild).",
    )
    _book_arguments(v)
    v.add_argument("--host", default="127.0.0.1", help="address to serve on (default: 127.0.0.1)")
    v.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    v.set_defaults(func=cmd_serve)

    e = sub.add_parser(
        "export",
        help="print the extracted model (articles, metadata, paragraphs, analysis) as JSON",
        description="Read SOURCE_DIR, clean and analyse it, and print the model as JSON on stdout.",
    )
    _source_dir_argument(e)
    e.add_argument("--format", choices=["json"], default="json", help="output format (json)")
    e.add_argument("--no-nlp", action="store_true", help="skip the NLP analysis (faster)")
    e.set_defaults(func=cmd_export)

    c = sub.add_parser(
        "check",
        help="quality report: missing or derived fields, dropped lines, same-story groups",
        description="List, per article, what the cleaner could not find or derived, "
        "what it dropped and why, and which articles carry the same story.",
    )
    _source_dir_argument(c)
    c.add_argument("--strict", action="store_true", help="exit non-zero when a required field (title, date) is missing")
    c.set_defaults(func=cmd_check)

    t = sub.add_parser(
        "topics",
        help="suggest a topic configuration discovered from the corpus",
        description="Discover topics in SOURCE_DIR and print a topics.yaml the editor can start from.",
    )
    _source_dir_argument(t)
    t.add_argument("--suggest", action="store_true", help="print a suggested topics.yaml on stdout")
    t.add_argument("--rediscover", action="store_true",
                   help="forget the discovered topics kept between builds (in DOCS/.briefing-cache); "
                   "the next build discovers them afresh")
    t.add_argument("--docs", default=None, help="Sphinx project folder (default: ./docs)")
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
