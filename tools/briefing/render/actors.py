"""The who's who: every person, organisation and place in the news, with
its role(s) and links to the paragraphs that mention it.

Journalists (entity type ``JOURNALIST``: bylines, photo credits,
correspondents) are not actors and are left out. Each actor gets a target
``acteur-<slug>`` (``actor_label(name)``) so chapters can link to it.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict

from ..model import Briefing
from ..text import slug as ascii_slug
from .article import article_label, paragraph_label
from .myst import heading, literal, ref

TYPE_TITLES = (
    ("PER", "Personnes"),
    ("ORG", "Organisations"),
    ("LOC", "Lieux"),
    ("MISC", "Autres noms"),
)
TYPE_NAMES = {"PER": "personne", "ORG": "organisation", "LOC": "lieu", "MISC": "autre"}


@functools.lru_cache(maxsize=1 << 16)
def actor_slug(name: str) -> str:
    return ascii_slug(name) or "x"


def actor_label(name: str) -> str:
    """Target of an actor on the who's-who page: ``acteur-<slug>``."""
    return "acteur-" + actor_slug(name)


def _collect(briefing: Briefing):
    """(type, name) -> roles and -> [(article id, paragraph ids)], journalists left out."""
    roles: dict[tuple[str, str], list[str]] = defaultdict(list)
    mentions: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for a in briefing.articles:
        for e in a.entities:
            if e.type not in TYPE_NAMES:
                continue
            key = (e.type, e.name)
            if e.role and actor_slug(e.role) not in {actor_slug(r) for r in roles[key]}:
                roles[key].append(e.role)
            mentions[key].append((a.id, e.mentions))
    return roles, mentions


def _page_order(mentions) -> list[tuple[str, str]]:
    """Actors as the page lists them: by type, most mentioned first."""
    order = []
    for etype, _ in TYPE_TITLES:
        order += sorted((k for k in mentions if k[0] == etype),
                        key=lambda k: (-sum(len(m) or 1 for _, m in mentions[k]), actor_slug(k[1])))
    return order


def _labels(order: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A unique target per actor: ``acteur-<slug>``, then ``-<type>``, then a number."""
    labels: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for etype, name in order:
        label = actor_label(name)
        if label in used:
            label = f"{label}-{etype.lower()}"
        n = 2
        base = label
        while label in used:
            label = f"{base}-{n}"
            n += 1
        used.add(label)
        labels[(etype, name)] = label
    return labels


def actor_labels(briefing: Briefing) -> dict[str, str]:
    """Name → target of its entry on the who's-who page (its first entry when a
    name has several types), for chapters to link to."""
    _, mentions = _collect(briefing)
    out: dict[str, str] = {}
    for (etype, name), label in _labels(_page_order(mentions)).items():
        out.setdefault(name, label)
    return out


#: Most MyST characters on one who's-who page. Measured on Wikinews, the HTML
#: of a who's-who page is about 3.5 times its MyST plus the theme's frame
#: (~60 kB), so this keeps every page well under 1 MB of HTML. It is also
#: what one new name costs a rebuild: the page it falls on is read and
#: written again (at 200,000 the letter pages of the 963 Wikinews articles
#: were 50 to 95 kB of MyST and took about 2 s of a one-article rebuild).
MAX_PAGE_CHARS = 50_000
#: A letter of more MyST characters than this is cut into parts.
LETTER_CHARS = 16_000
#: Where a long letter is cut (content-defined, as ``navigation.stable_parts``
#: cuts the bibliography, here with sizes in characters): after the entries
#: whose name's digest is a multiple of ``CUT_EVERY`` (one entry in 24, parts of about 11,000
#: characters on Wikinews), once a part holds ``MIN_ENTRIES``. The cuts depend
#: on the names, not on the sizes of the entries before them: a new name, or
#: a new mention of a known one, rewrites the part it falls in and leaves the
#: others as they were (with cuts by size, every later part of the letter
#: moved). A part that would pass ``MAX_PAGE_CHARS`` is cut there too.
CUT_EVERY = 24
MIN_ENTRIES = 8
#: How many of the most mentioned actors of each type the index page lists.
INDEX_TOP = 20
ACTORS_DIR = "acteurs"


def _initial(name: str) -> str:
    first = actor_slug(name)[:1]
    return first if first.isalpha() else "0"


def _initial_title(initial: str) -> str:
    return initial.upper() if initial != "0" else "chiffres et signes"


def _entry(key, label, roles, mentions, titles) -> list[str]:
    """Lines of one actor's entry: heading, type and roles, one line per article."""
    etype, name = key
    line = f"*{TYPE_NAMES[etype]}*"
    if roles:
        line += " — " + " ; ".join(literal(r) for r in roles)
    out = [heading(2, name, label), line + "\n"]
    for aid, pids in mentions:
        links = ", ".join(
            ref(paragraph_label(aid, pid), f"§{pid[1:] if pid[:1] == 'p' else pid}") for pid in pids
        )
        out.append(f"- {ref(article_label(aid), titles[aid])} : {links}")
    out.append("")
    return out


def _size(lines: list[str]) -> int:
    return sum(len(x) + 1 for x in lines)


def _cut_after(key: tuple[str, str]) -> bool:
    """Whether a long letter is cut after this actor's entry (``CUT_EVERY``):
    decided by its type and name alone, the same in every build."""
    digest = hashlib.blake2b(f"{key[0]}\0{key[1]}".encode("utf-8", "surrogatepass"), digest_size=4).digest()
    return int.from_bytes(digest, "big") % CUT_EVERY == 0


def _letter_parts(entries: list[tuple[tuple[str, str], list[str], list[str]]]) -> list[tuple[list[str], list[str]]]:
    """The parts of one letter: (body lines, hidden continuation pages) each,
    from its entries in order, (key, lines, continuation pages) each. One
    part when the letter is short; else cut after the entries ``_cut_after``
    picks, and before an entry that would take a part past
    ``MAX_PAGE_CHARS``; a last part of fewer than ``MIN_ENTRIES`` entries
    joins the one before when both fit on a page."""
    body = [x for _, lines, _ in entries for x in lines]
    if _size(body) <= LETTER_CHARS:
        return [(body, [d for _, _, more in entries for d in more])]
    parts: list[list] = [[[], [], 0, 0]]  # body, hidden pages, size, entries
    for n, (key, lines, more) in enumerate(entries):
        size = _size(lines)
        part = parts[-1]
        if part[3] and part[2] + size > MAX_PAGE_CHARS:
            part = [[], [], 0, 0]
            parts.append(part)
        part[0].extend(lines)
        part[1].extend(more)
        part[2] += size
        part[3] += 1
        if part[3] >= MIN_ENTRIES and _cut_after(key) and n < len(entries) - 1:
            parts.append([[], [], 0, 0])
    if len(parts) > 1 and parts[-1][3] < MIN_ENTRIES and parts[-2][2] + parts[-1][2] <= MAX_PAGE_CHARS:
        last = parts.pop()
        parts[-1][0].extend(last[0])
        parts[-1][1].extend(last[1])
    return [(body, hidden) for body, hidden, _, _ in parts]


def _page(label: str, title: str, body: list[str], hidden: list[str] = ()) -> str:
    out = [f"({label})=", f"# {literal(title)}", ""] + body
    if hidden:
        out += ["", ":::{toctree}", ":hidden:", "", *hidden, ":::"]
    return "\n".join(out) + "\n"


def _part_links(docs: list[str], current: int) -> list[str]:
    """"Pages : 1, 2, 3" at the top of each page of a letter cut into parts
    (on the site: in print the parts follow each other)."""
    items = [f"**{n}**" if n == current else ref(f"acteurs-{doc}", str(n))
             for n, doc in enumerate(docs, start=1)]
    return [":::{only} html", "Pages : " + ", ".join(items) + ".", ":::", ""]


def render_actors(briefing: Briefing) -> dict[str, str]:
    """The who's who: ``acteurs.md`` (an index) and one page per type and
    initial (``acteurs/personnes-a.md``), cut into parts when a letter holds
    more than ``LETTER_CHARS`` (``_letter_parts``: ``personnes-a-2.md``…, listed by the
    letter's first page and linked from the top of each part); an actor whose
    mentions alone exceed ``MAX_PAGE_CHARS`` continues on pages of its own, linked from its
    entry."""
    titles = {a.id: a.title or a.source for a in briefing.articles}
    roles, mentions = _collect(briefing)
    order = _page_order(mentions)
    labels = _labels(order)
    files: dict[str, str] = {}
    index = [
        "(acteurs)=",
        "# Acteurs",
        "",
        "Les personnes, organisations et lieux nommés dans les articles, sous un nom "
        "canonique, avec le rôle que leur donne le texte et les paragraphes qui les "
        "mentionnent, classés par type puis par initiale. Les journalistes signataires "
        "n’y figurent pas.",
        "",
    ]
    for etype, type_title in TYPE_TITLES:
        keys = [k for k in order if k[0] == etype]
        if not keys:
            continue
        type_slug = ascii_slug(type_title)
        top = keys[:INDEX_TOP]
        index.append(f"## {type_title}\n")
        # no count of the names here: this page would change with every new name
        index.append("Les plus cités : "
                     + ", ".join(ref(labels[k], k[1]) for k in top) + ".\n")
        by_initial: dict[str, list] = defaultdict(list)
        for k in sorted(keys, key=lambda k: (actor_slug(k[1]), k[1])):
            by_initial[_initial(k[1])].append(k)
        toc = []
        for initial in sorted(by_initial, key=lambda i: (i == "0", i)):
            base = f"{type_slug}-{initial}"
            title = f"{type_title} — {_initial_title(initial)}"
            entries = []
            for k in by_initial[initial]:
                lines = _entry(k, labels[k], roles[k], mentions[k], titles)
                if _size(lines) > MAX_PAGE_CHARS:
                    head, rest = lines[:2], lines[2:]
                    chunks, cur = [], []
                    for x in rest:
                        if cur and _size(cur) + len(x) > MAX_PAGE_CHARS:
                            chunks.append(cur)
                            cur = []
                        cur.append(x)
                    chunks.append(cur)
                    more = []
                    for n, chunk in enumerate(chunks[1:], start=2):
                        doc = f"{base}-{actor_slug(labels[k])}-{n}"
                        files[f"{ACTORS_DIR}/{doc}.md"] = _page(
                            f"{labels[k]}-suite-{n}", f"{k[1]} ({TYPE_NAMES[etype]}), suite {n}", chunk
                        )
                        more.append(doc)
                    lines = head + chunks[0] + [
                        "",
                        "Suite des mentions : "
                        + ", ".join(ref(f"{labels[k]}-suite-{n}", f"page {n}") for n in range(2, len(chunks) + 1))
                        + ".",
                        "",
                    ]
                else:
                    more = []
                entries.append((k, lines, more))
            parts = _letter_parts(entries)
            # The letter's first page stands in the type's list and holds the
            # others: no navigation group grows past the alphabet's letters.
            docs = [base if n == 1 else f"{base}-{n}" for n in range(1, len(parts) + 1)]
            for n, (body, hidden) in enumerate(parts, start=1):
                doc = docs[n - 1]
                page_title = title if n == 1 else f"{title} ({n})"  # the first stands for the letter in its list
                if len(parts) > 1:
                    body = _part_links(docs, n) + body
                    if n == 1:
                        hidden = hidden + docs[1:]  # in print: after this page and its own continuations
                files[f"{ACTORS_DIR}/{doc}.md"] = _page(f"acteurs-{doc}", page_title, body, hidden)
            toc.append(f"{ACTORS_DIR}/{base}")
        index += [":::{toctree}", ":maxdepth: 1", "", *toc, ":::", ""]
    if not order:
        index.append("*Aucun acteur extrait (analyse désactivée ou articles vides).*\n")
    files["acteurs.md"] = "\n".join(index)
    return files
