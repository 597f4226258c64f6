"""Rule 4 of the package: mentions merged to one entity per article
(``article_entities``), then across the corpus (``merge_corpus``)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ...model import Article, Entity
from ...text import visible
from ..lexicon import GENERIC_ALIASES, ORG_HEADS, STATE_FORMS, fold
from .spans import JOURNALIST, SOURCE, _LOWER_DEMONYM, _PARTICLES, described_as_someone, is_news_source, news_spans
from .roles import _role_after_range, plural_roles, role_after, role_before
from .journalists import is_journalist_mention


# --- merging ----------------------------------------------------------------------------


@dataclass
class _Record:
    pid: str
    text: str
    label: str
    role: str | None
    journalist: bool
    alias_of: str | None = None
    shared_role: bool = False  # role shared out from a plural title ("les chefs … A et B")
    common_noun_position: bool = False  # first in a sentence, a list item or a line
    described: bool = False  # a lone name the text describes as someone ("Fabrice, éleveur à …")
    cut: bool = False  # ends a text cut off in the middle of a word ("… a indiqué Pierre Gigu")


def _cluster_people(surfaces: list[str], titled: set[str] = frozenset()) -> dict[str, str]:
    """Map each person surface key to the key of its cluster (a full name when one fits).

    A lone word joins the one full name ending with it, or starting with it unless
    the text gives that word a title of its own (``titled``): "le pape François"
    is a whole name, not François Hollande's first name."""
    full = {fold(s) for s in surfaces if len(fold(s).split()) > 1}
    by_part: dict[str, set[str]] = defaultdict(set)
    for f in full:
        parts = f.split()
        by_part[parts[-1]].add(f)
        by_part[parts[0]].add(f)
        if len(parts) == 3 and parts[1] not in _PARTICLES:
            by_part[parts[1]].add(f)  # "le gouverneur Ngobila" of "Gentiny Ngobila Mbaka": a middle name word
    out = {}
    for s in surfaces:
        key = fold(s)
        if key in full:
            out[key] = key
            continue
        candidates = by_part.get(key, set())
        if key in titled:
            candidates = {f for f in candidates if f.split()[0] != key}  # (a surname, last or middle word)
        # ("Gentiny Ngobila" and "Gentiny Ngobila Mbaka": the shorter name is the longer one's start)
        candidates = {f for f in candidates if not any(g != f and g.startswith(f + " ") for g in candidates)}
        out[key] = next(iter(candidates)) if len(candidates) == 1 else key
    # "Le Roux" of "Bruno Le Roux", "Di Maria" of "Angel Di Maria": a particle surname;
    # "Martinez Ferrada" after "Soraya Martinez Ferrada": a surname of two words, once the
    # full name has been given (not "François Fillon" before a quoted « Soutenir François Fillon »)
    first = {}
    for n, s in enumerate(surfaces):
        first.setdefault(fold(s), n)
    for s in surfaces:
        key = fold(s)
        if out.get(key) == key and len(key.split()) == 2:
            longer = {f for f in full if f != key and f.endswith(" " + key)}
            if s.split()[0] not in _PARTICLES:
                longer = {f for f in longer if first[f] < first[key] and len(f.split()) == 3}
            if len(longer) == 1:
                out[key] = longer.pop()
                continue
            # "Gentiny Ngobila" after "Gentiny Ngobila Mbaka": the first two words of a name of
            # three given before
            shorter = {f for f in full if f != key and f.startswith(key + " ") and len(f.split()) == 3
                       and first[f] < first[key]}
            if len(shorter) == 1:
                out[key] = shorter.pop()
    return out


_STOPWORDS = frozenset({"de", "des", "du", "la", "le", "les", "l'", "d'", "et", "pour", "en", "sur", "a"})


def _initials(key: str) -> str:
    """'union europeenne' → 'ue': the acronym a long name would take."""
    words = [w for w in re.split(r"[\s'-]+", key) if w and w not in _STOPWORDS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _display(forms: Counter) -> str:
    """Most frequent written form; ties go to the longest, then the first seen; without
    the invisible characters some outlets leave in names ("Jimmy Wales\u200f")."""
    return _shown(max(forms.items(), key=lambda kv: (kv[1], len(kv[0])))[0])


def _shown(text: str) -> str:
    """A name as the reader sees it: no invisible format character, single spaces."""
    return " ".join(visible(text).split())


def article_entities(article: Article, docs, spans=None) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """Entities of one article from its paragraph docs (one Doc per paragraph, same order).

    ``spans`` may give ``news_spans(doc)`` of each doc, already computed.
    Returns the entities and a map ``fold(surface) → canonical name`` used to
    name quote speakers.
    """
    authors_keys = {fold(a) for a in article.authors if a}
    records: list[_Record] = []
    acronyms: dict[str, tuple[str, str]] = {}
    if spans is None:
        spans = [news_spans(doc) for doc in docs]
    final = article.paragraphs[-1] if article.paragraphs else None
    for para, doc, mentions in zip(article.paragraphs, docs, spans):
        end = len(para.text.rstrip())
        cut_at = end if para is final and para.text[end - 1:end].isalnum() else None  # (no punctuation: cut off)
        person_tokens = {i for m in mentions if m.label == "PER" for i in range(m.start_token, m.end_token)}
        shared: dict[int, str] = {}
        people = [m for m in mentions if m.label == "PER"]
        in_role: set[int] = set()  # tokens of a role apposition after a person's name
        for a, b in zip(people, people[1:]):
            roles = plural_roles(doc, a.start_token, a.end_token, b.start_token)
            if roles:
                shared[a.start_token], shared[b.start_token] = roles
        for m in mentions:
            role = shared.get(m.start_token)
            journalist = False
            if m.label == "PER" and role is None:
                journalist = is_journalist_mention(para.text, m.start, m.end, authors_keys)
                if not journalist:
                    others = person_tokens - set(range(m.start_token, m.end_token))
                    role = role_before(doc, m.start_token, others) or role_after(doc, m.end_token)
                    if role and role_after(doc, m.end_token) == role:
                        first, last = _role_after_range(doc, m.end_token)
                        in_role.update(range(first, last + 1))
            prev = doc[m.start_token - 1].text if m.start_token > 0 else ""
            records.append(_Record(para.id, m.text, m.label, role, journalist,
                                   shared_role=m.start_token in shared and role == shared[m.start_token],
                                   common_noun_position=prev in ("", ":", ",", ";", ".", "-", "–", "—", "•", "♦")
                                   or m.start_token == 0,
                                   described=m.label == "PER" and described_as_someone(doc, m.start_token, m.end_token),
                                   cut=m.end == cut_at))
        # "X, secrétaire d'État adjoint pour l'Asie centrale et le Pacifique": a place named in a
        # person's role is the remit of the title, shown with the role, not a place of the news
        records[len(records) - len(mentions):] = [
            r for r, m in zip(records[len(records) - len(mentions):], mentions)
            if not (m.label == "LOC" and m.start_token in in_role)]
        # "Association des nations de l'Asie du Sud-Est (Asean)": the acronym names the same thing
        for m1, m2 in zip(mentions, mentions[1:]):
            if (m1.label in ("ORG", "MISC") and para.text[m1.end:m2.start].strip() == "("
                    and para.text[m2.end:m2.end + 1] == ")" and len(m2.text.split()) == 1):
                acronyms[fold(m2.text)] = (m1.text, m1.label)
    for r in records:
        if fold(r.text) in acronyms:
            r.alias_of, r.label = acronyms[fold(r.text)]
    records = _whole_names(records)
    # "Echati Insuffo" typed a thing, then "Insuffo" typed a person: the full name of a person
    # whose surname alone the text gives as a person's (two or three capitalised words, no
    # organisation word, a first word the model's vocabulary does not know: "Centre Athénas",
    # "Attracteur Shapley" are things named after someone, their first word a word of the language)
    surnames = {fold(r.text) for r in records if r.label == "PER" and " " not in r.text.strip()}
    vocab = docs[0].vocab if docs else None
    for r in records:
        words = r.text.split()
        if r.label in ("MISC", "LOC") and 2 <= len(words) <= 3 and fold(words[-1]) in surnames \
                and all(w[:1].isupper() for w in words) and not any(fold(w) in ORG_HEADS for w in words) \
                and vocab is not None and not vocab[words[0].lower()].has_vector:
            r.label = "PER"
    # a capitalised word that the article also writes in lower case is a common noun put
    # first in a sentence, a list or a heading ("nombreux: Cyberattaques, Fentanyl"), not a name
    lower = {w for p in article.paragraphs for w in re.findall(r"\b[a-zéèêàâîôûç][\w'-]*", p.text)}
    records = [r for r in records if not (
        r.label != "PER" and " " not in r.text and r.text[:1].isupper() and not r.text.isupper()
        and r.common_noun_position and ({r.text.lower(), r.text.lower().rstrip("s")} & lower
                                        or r.text.lower() + "s" in lower))]
    entities, name_of = build_entities(records)
    entities = tuple(
        Entity(e.name, SOURCE, e.role, e.mentions, e.aliases) if e.type in ("ORG", "MISC", "PER")
        and (is_news_source(e.name, article) or any(is_news_source(a, article) for a in e.aliases)) else e
        for e in entities
    )
    return entities, name_of


def _whole_names(records: list[_Record]) -> list[_Record]:
    """A name of two words or more that ends a text cut off in the middle of a word ("Pierre
    Gigu") is the one name the article writes in full starting with it ("Pierre Giguère").
    Without such a name it stays as written: the text may simply lack its final stop."""
    for r in records:
        if r.cut and len(r.text.split()) >= 2 and not any(o is not r and o.text == r.text for o in records):
            fulls = {o.text for o in records if not o.cut and o.label == r.label and o.text.startswith(r.text)}
            if len(fulls) == 1:
                r.text = fulls.pop()
    return records


#: the word before a name's last word that makes the last word a complement ("de", "du", "d'", "la", "-")
_COMPLEMENT_BEFORE_LAST = re.compile(
    r"(?:^|\s)(?:(?:de|du|des|la|le|les|en|sur|a|au|aux|[-–—])\s+|[dl]['’]\s*)\S+$")


def _complement_last(key: str) -> bool:
    """True when the last word of the (folded) name ``key`` is a complement of its head, another
    entity: "aéroport international de Dubaï", "Centre-Est des États-Unis", "Ukraine - Pologne".
    A state's official name is the state itself ("République du Burundi")."""
    return bool(_COMPLEMENT_BEFORE_LAST.search(key)) and key.split()[0] not in STATE_FORMS


def build_entities(records: list[_Record]) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """Merge mention records into entities (pure; used per article)."""
    # labels: one per surface; a lone token tagged PER but elsewhere LOC/ORG (Washington)
    # takes the place/organisation reading unless it is part of a full person name
    labels: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        labels[fold(r.text)][r.label] += 1
    for r in records:
        if r.alias_of:
            labels[fold(r.text)] = Counter({r.label: 1})
    name_parts = {p for r in records if r.label == "PER" for p in fold(r.text).split()[:1] + fold(r.text).split()[-1:]
                  if len(fold(r.text).split()) > 1}
    described = {fold(r.text) for r in records if r.described}
    surface_label: dict[str, str] = {}
    for key, counts in labels.items():
        label = counts.most_common(1)[0][0]
        if key in described:
            label = "PER"  # "Fabrice, éleveur à …" once: the model's other readings were wrong
        elif "PER" in counts and len(counts) > 1 and len(key.split()) == 1 and key not in name_parts:
            label = max((lab for lab in counts if lab != "PER"), key=lambda lab: counts[lab])
        surface_label[key] = label
    people = [r.text for r in records if surface_label[fold(r.text)] == "PER"]
    titled = {fold(r.text) for r in records if r.role and len(r.text.split()) == 1 and not r.shared_role}
    person_cluster = _cluster_people(people, titled)
    # other types: a lone word equal to the last word of one longer name of the same type
    clusters: dict[tuple[str, str], list[_Record]] = defaultdict(list)
    order: list[tuple[str, str]] = []
    for r in records:
        key = fold(r.text)
        label = surface_label[key]
        ckey = person_cluster.get(key, key) if label == "PER" else fold(r.alias_of) if r.alias_of else key
        if label != "PER" and ckey in GENERIC_ALIASES:
            ckey, label = GENERIC_ALIASES[ckey], "ORG"
        ident = (label, ckey)
        if ident not in clusters:
            order.append(ident)
        clusters[ident].append(r)
    # "l'Union" after "l'Union européenne": a lone first word of one longer organisation name
    org_longs = [k for (lab, k) in clusters if lab == "ORG" and len(k.split()) > 1]
    for ident in [i for i in order if i[0] in ("ORG", "LOC", "MISC") and len(i[1].split()) == 1]:
        fits = [k for k in org_longs if k.split()[0] == ident[1] and fold(k.split()[0]) in ORG_HEADS]
        if len(fits) == 1 and ident in clusters:
            clusters[("ORG", fits[0])].extend(clusters.pop(ident))
            order.remove(ident)
    for label in ("ORG", "LOC", "MISC"):
        longs = [k for (lab, k) in clusters if lab == label and len(k.split()) > 1]
        for ident in [i for i in order if i[0] == label and len(i[1].split()) == 1]:
            fits = [k for k in longs if (k.split()[-1] == ident[1] and not _complement_last(k))
                    or _initials(k) == ident[1]]
            if len(fits) == 1:
                clusters[(label, fits[0])].extend(clusters.pop(ident))
                order.remove(ident)
    entities: list[Entity] = []
    name_of: dict[str, str] = {}
    for ident in order:
        recs = clusters[ident]
        label = ident[0]
        if label == "PER":
            full = Counter(r.text for r in recs if len(r.text.split()) > 1)
            # not "Martinez Ferrada" for "Soraya Martinez Ferrada": a form that ends another is cut
            full = Counter({f: n for f, n in full.items()
                            if not any(fold(g).endswith(" " + fold(f)) for g in full if g != f)})
            name = _display(full or Counter(r.text for r in recs))
            # one journalist-looking mention never hides a person in the news
            if all(r.journalist for r in recs):
                label = JOURNALIST
        else:
            longest = max(len(r.text) for r in recs)
            name = _display(Counter(r.text for r in recs if len(r.text) == longest)) if label != "LOC" else _display(
                Counter(r.text for r in recs))
        # (a role cut before its complement, "Roi de" for "le Roi de Bayonne", is none)
        roles = [r.role for r in recs if r.role and fold(r.role.split()[-1]) not in ("de", "du", "des", "d'", "a", "au", "aux")]
        own = {r.role for r in recs if r.role and not r.shared_role}
        role = max(roles, key=lambda x: (x in own, roles.count(x) > 1, len(x))) if roles else None
        mentions = tuple(dict.fromkeys(r.pid for r in recs))
        aliases = tuple(sorted({_shown(r.text) for r in recs} - {name}))
        for r in recs:
            name_of[fold(r.text)] = name
        entities.append(Entity(name, label, role, mentions, aliases))
    return tuple(entities), name_of


def _org_key(key: str) -> str:
    return GENERIC_ALIASES.get(key, key)


def _corpus_key(e: Entity, org_keys: set[str]) -> str:
    """Comparison key of an entity across articles: accents folded; an organisation's
    usual other name ("Alliance atlantique" → otan); a trailing nationality adjective
    dropped when the corpus also names it without ("département d'État américain")."""
    key = fold(e.name)
    if e.type != "ORG":
        return key
    key = _org_key(key)
    words = key.split()
    if len(words) > 2 and _LOWER_DEMONYM.match(words[-1]) and " ".join(words[:-1]) in org_keys:
        key = " ".join(words[:-1])
    return key


def merge_corpus(articles: list[Article]) -> tuple[list[Article], dict[str, dict[str, str]]]:
    """Give the same person the same name in every article.

    A one-word person name ("Kerry") takes the one full name the corpus knows
    ending with it ("John Kerry"; a lone first name, "Caroline", is left alone:
    another article's "Caroline Chèvrefils" is someone else); spellings that differ only by
    accents or apostrophes take the corpus's most frequent form; a one-word
    "person" that other articles tag as a place becomes a place. Returns the
    articles and, per article id, the renames applied (old name → new name).
    """
    full: set[str] = set()
    forms: dict[tuple[str, str], Counter] = defaultdict(Counter)
    place_keys: set[str] = set()
    org_keys = {_org_key(fold(e.name)) for a in articles for e in a.entities if e.type == "ORG"}
    for a in articles:
        for e in a.entities:
            key = _corpus_key(e, org_keys)
            forms[(e.type, key)][e.name] += len(e.mentions) or 1
            if e.type == "PER" and len(key.split()) > 1:
                full.add(key)
            if e.type in ("LOC", "ORG"):
                place_keys.add(key)
    # one written form per role of a person: "secrétaire d’État" / "secrétaire d'Etat" are one role
    role_forms: dict[str, Counter] = defaultdict(Counter)
    for a in articles:
        for e in a.entities:
            if e.role:
                role_forms[fold(e.role)][e.role] += 1

    def one_role(role: str | None) -> str | None:
        return _display(role_forms[fold(role)]) if role else role

    # a lone surname joins the one full name it ends; a lone first name joins nothing across
    # articles: press texts call ordinary people by their first name ("Caroline, gerpinnoise
    # présente"), and another article's "Caroline Chèvrefils" is someone else
    by_part: dict[str, set[str]] = defaultdict(set)
    for f in full:
        by_part[f.split()[-1]].add(f)
    parts = set(by_part) | {f.split()[0] for f in full}
    out: list[Article] = []
    renames: dict[str, dict[str, str]] = {}
    for a in articles:
        merged: dict[tuple[str, str], Entity] = {}
        changed: dict[str, str] = {}
        for e in a.entities:
            key = _corpus_key(e, org_keys)
            etype = e.type
            if etype == "PER" and len(key.split()) == 1:
                # (so a titled lone name, "le pape François", joins a full name by its surname only)
                fits = by_part.get(key, set())
                if len(fits) == 1:
                    key = next(iter(fits))
                elif key in place_keys and key not in parts:
                    etype = "LOC"
            name = _display(forms.get((etype, key)) or Counter({e.name: 1}))
            if etype == "LOC" and e.type == "PER" and (etype, key) not in forms:
                name = e.name
            ident = (etype, fold(name))
            if name != e.name:
                changed[e.name] = name
            if ident in merged:
                old = merged[ident]
                merged[ident] = Entity(
                    name, etype, one_role(old.role or e.role),
                    tuple(dict.fromkeys(old.mentions + e.mentions)),
                    tuple(sorted(set(old.aliases + e.aliases + (e.name,)) - {name})),
                )
            else:
                aliases = tuple(sorted(set(e.aliases + ((e.name,) if e.name != name else ())) - {name}))
                merged[ident] = Entity(name, etype, one_role(e.role), e.mentions, aliases)
        renames[a.id] = changed
        out.append(a.with_(entities=tuple(merged.values())))
    return out, renames
