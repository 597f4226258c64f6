"""The cleaner: classified lines → headline, metadata, kept paragraphs and the
dropped list. Every non-blank input line ends in exactly one of: the title, a
paragraph, a dropped entry (metadata lines are dropped entries whose reason
says which fields they gave). A line split in two (a dateline followed by the
lead, a repeated teaser followed by new text) leaves each part in its place.

Each line goes through these rules in order; the first that takes it wins:

1. a line without letters or digits is a separator (dropped);
2. datelines at its start give date, time, place, agency (dropped as
   metadata); the text after them goes on through the next rules;
3. web page furniture, notices and trailers are boilerplate, and so are the
   short link-like lines that follow a trailer heading;
4. an image file name is dropped (the next line may be its caption);
5. a byline gives authors, agency, outlet (dropped as metadata);
6. a photo caption or credit is kept as a caption;
7. a site menu, or a one-to-three-word label right above the headline (or above
   a run of up to three more such labels, "Vous êtes ici" ¶ "Abo" ¶ "VILLE"), is
   navigation; so is a short label line above a headline the page repeats
   (see 8), and a line with a web address above the headline (a feed's posts);
8. the first line left, when it looks like a headline, is the title; but when
   a web page gives its headline twice near the top (the page title, then the
   heading), that line is the title, the lines above it are navigation, and a
   copy followed by the site's name after a dash or a bar (« Titre – Le
   Journal »), or preceded by the section's name and a colon (« Rubrique :
   Titre »), is dropped as the page title;
9. a bulleted subheading, or a short plain one followed by text, is a subheading;
10. a short line between the headline and a dateline near the top is a caption;
11. anything else is a body paragraph (the first one is the lead), unless it
    repeats an earlier paragraph or the title (dropped as a duplicate; a
    repeated opening is cut off and the rest kept).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import DropReason, DroppedLine, Paragraph
from ..text import split_sentences
from .lines import (
    BULLETS, Byline, boilerplate_reason, bulleted_subheading, caption_reason, correspondents_in, is_image,
    TRAILING_BAR, has_link, is_navigation, is_plain_subheading, is_site_banner, is_separator, is_trailer_start, looks_like_headline, picture_line,
    MENU_WORDS, is_publication_name, match_byline, match_dateline, person_names,
)
from .metadata import derive_title, titled_sentence

#: How far from the top a dateline still marks the end of a preamble (content lines).
PREAMBLE_WINDOW = 8
#: Preamble lines (between headline and dateline) shorter than this are captions.
PREAMBLE_CAPTION_WORDS = 10
#: A repeated opening shorter than this (in words) is left in its paragraph.
MIN_REPEATED_WORDS = 8
#: Lines in a page trailer shorter than this are taken for links or buttons.
TRAILER_LINK_WORDS = 25
#: How many lines from the top a headline given twice is looked for.
REPEAT_WINDOW = 15
#: A repeated headline has at least this many words (a repeated « Partager » is not one).
REPEAT_MIN_WORDS = 3
#: A line above a repeated headline is a label (navigation) up to this many
#: words; a longer one is the headline, and a repeat below it a teaser.
LABEL_WORDS = 5
#: How many more one-to-three-word label lines may stand between a label and the headline.
KICKER_RUN = 3
#: A page title's site name (« Titre – Le Journal ») has at most this many words.
SITE_NAME_WORDS = 5
#: « Titre – Le Journal », « Titre | Le Journal »: the text before the last
#: dash or bar set off by spaces, and the site's name after it.
_SITE_SUFFIX = re.compile(r"^(.*\S)\s+[-–—|]\s+(\S[^-–—|]*)$")
#: "Section : Title", "Section | Title", "Section > Title": a page title with the section's
#: name first.
_SECTION_PREFIX = re.compile(r"^([^:|–—>]*[^\s:|–—>])\s*[:|–—>]\s+(\S.*)$")


@dataclass
class Cleaned:
    """What the cleaner found in one text."""

    title: str | None = None
    title_source: str | None = None  # "extracted" | "derived"
    fields: dict = field(default_factory=dict)  # date, date_precision, time, place, agency
    authors: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)


_WORDS = re.compile(r"\w+")
#: What ``_Cleaner.seen`` holds for the title's text.
TITLE = "the title"


def normalised(text: str) -> str:
    """Comparison key: the words in order, whatever the case, the spacing inside
    « » or before punctuation, the apostrophes and the quotation marks."""
    return " ".join(_WORDS.findall(text.lower()))


class _Cleaner:
    def __init__(self, items: list[tuple[int, str]], find_headline: bool):
        self.items = items
        self.out = Cleaned()
        self.seen: dict[str, str] = {}  # normalised text -> paragraph id (or TITLE)
        self.find_headline = find_headline
        self.dateline_line = 0

    # --- output helpers
    def drop(self, kind: str, text: str, code: DropReason, n: int, *detail: str) -> None:
        self.out.dropped.append(DroppedLine.of(kind, text, code, n, detail))

    def keep(self, kind: str, text: str, n: int) -> None:
        key = normalised(text)
        if key in self.seen:
            if self.seen[key] == TITLE:
                self.drop("duplicate", text, DropReason.TITLE_REPEATED, n)
            else:
                self.drop("duplicate", text, DropReason.DUPLICATE, n, self.seen[key])
            return
        if kind in ("lead", "body"):
            text = self._strip_repeated_start(text, n)
            if not text:
                return
            key = normalised(text)
            if not any(p.kind in ("lead", "body") for p in self.out.paragraphs):
                kind = "lead"
        pid = f"p{len(self.out.paragraphs) + 1}"
        self.out.paragraphs.append(Paragraph(pid, kind, text, n))
        self.seen.setdefault(key, pid)

    def _strip_repeated_start(self, text: str, n: int) -> str:
        """A paragraph opening with an earlier paragraph (a teaser repeated in
        the body): drop the repeated sentences, keep what is new."""
        parts = [s.text for s in split_sentences(text)]
        if len(parts) < 2:
            return text
        for count in range(1, min(len(parts), 6)):
            head = " ".join(parts[:count])
            if len(head.split()) < MIN_REPEATED_WORDS:
                continue
            pid = self.seen.get(normalised(head))
            if pid:
                if pid == TITLE:
                    self.drop("duplicate", head, DropReason.TITLE_REPEATED_START, n)
                else:
                    self.drop("duplicate", head, DropReason.REPEATED_START, n, pid)
                return " ".join(parts[count:])
        return text

    def set_fields(self, values: dict, n: int) -> tuple[str, ...]:
        taken = []
        for name, value in values.items():
            if value and name not in self.out.fields:
                self.out.fields[name] = value
                taken.append(name)
        return tuple(taken)

    # --- the pass: each line goes through the rules of the module docstring, in order
    def run(self) -> Cleaned:
        self.preamble_end = self._preamble_end()
        self.last_text_idx = max(
            (i for i, (_, line) in enumerate(self.items)
             if not (is_separator(line) or boilerplate_reason(line) or is_image(line))),
            default=-1,
        )
        self.title_open = self.find_headline
        self.headline_idx, self.page_title_idx = self._repeated_headline() if self.find_headline else (None, None)
        self.in_trailer = False
        self.after_image = False
        self.headline_at = None  # index of the item taken as the headline
        for idx, (n, line) in enumerate(self.items):
            self._line(idx, n, line)
        self._finish()
        return self.out

    def _line(self, idx: int, n: int, line: str) -> None:
        """One line: the first rule that takes it (or its text after a dateline) wins."""
        if is_separator(line):  # 1
            self.drop("separator", line, DropReason.SEPARATOR, n)
            return
        line = self._take_datelines(idx, n, line)  # 2
        if not line:
            return
        rules = (
            self._take_boilerplate,  # 3
            self._take_image,  # 4
            self._take_byline,  # 5
            self._take_caption,  # 6
            self._take_navigation,  # 7
            self._take_headline,  # 8
            self._take_subheading,  # 9
            self._take_preamble_caption,  # 10
        )
        if not any(rule(idx, n, line) for rule in rules):
            self.keep("body", line, n)  # 11

    def _take_datelines(self, idx: int, n: int, line: str) -> str:
        """Rule 2: datelines at the start of the line give metadata; returns the text after them."""
        if idx < self.preamble_end:  # above the dateline found near the top: captions, lead
            at_top = False
        else:
            at_top = not self._has_text() or idx == self.preamble_end or idx == self.last_text_idx
        dateline = match_dateline(line, at_top=at_top)
        if dateline and dateline.at_top_only and "date" in self.out.fields:
            dateline = None  # the article is dated already: a caption or a line of text
        if not dateline:
            # on the header's line, or on a line of its own below a lead or a caption
            signed = _signed_dateline(line, whole=not (at_top and not self._has_text()))
            if signed is not None:
                # "Antoine GERARD - 08 oct. 2021 à 19:00 | mis à jour …": who wrote it, then the
                # date; "20 octobre 2023 à 9h15 par Brice Vidal": the date, then who wrote it;
                # "Par Gaële Joly / le 02 octobre 2012", "Sylvian Baudry, publié le dimanche 29
                # juillet 2018 à 21h02"
                byline, line, rest = signed
                self._byline(byline, rest, n)
                dateline = match_dateline(line, at_top=True)
        if not dateline:
            return line
        was_open = self.title_open
        self.title_open = self.title_open and not dateline.rest  # text after it: no headline above
        barred = False  # the text after the last dateline follows a bar or a slash
        while dateline:  # "Publié le … - Mis à jour le …": one dateline after another
            self._dateline(dateline, n)
            used = line[:len(line) - len(dateline.rest)] if dateline.rest else line
            barred = (used.rstrip()[-1:] in ("|", "/")) or dateline.rest.lstrip()[:1] in ("|", "/")
            line = dateline.rest.lstrip("-–—|·, /")
            dateline = match_dateline(line, at_top=at_top) if line else None
        signer = _signer_after_bar(line) if barred else None
        if signer:
            byline = match_byline("Par " + signer)
            if byline is not None and byline.authors:
                # "mercredi 24 février 2021 | Mandimbisoa R.": the date, then, after a bar, who
                # wrote it and nothing else
                self._byline(byline, line, n)
                self.title_open = was_open
                return ""
        if was_open and line and self._label(line) and not match_byline(line) \
                and all(w[:1].isupper() for w in re.findall(r"\w+", line)):
            # "date 2025-10-20 Société Enseignement, Société", "date 2018-08 Rives, Isère, France":
            # the date, then labels or a place (kept in the text); the headline may still come below
            self.keep("body", line, n)
            self.title_open = True
            return ""
        byline = match_byline(line[:1].upper() + line[1:]) if line[:4].casefold() == "par " else None
        if byline:
            # "Publié : 16 février 2025 à 14h43 par Stéphane David": the date, then who wrote it;
            # the headline may still come below
            self._byline(byline, line, n)
            self.title_open = was_open
            return ""
        agency = match_byline(line) if barred and line else None
        if agency is not None and agency.agency and not agency.authors:
            # "Publié le vendredi 23 octobre 2020 | AFP": the date, then after a bar the agency
            # alone; the headline may still come below
            self._byline(agency, line, n)
            self.title_open = was_open
            return ""
        return line

    def _take_boilerplate(self, idx: int, n: int, line: str) -> bool:
        """Rule 3: web page furniture, and the link-like lines of a page trailer."""
        code = boilerplate_reason(line)
        if code:
            self.drop("boilerplate", line, code, n)
            self.in_trailer = self.in_trailer or is_trailer_start(line)
            return True
        if self.in_trailer:
            if self._link_like(line) and not match_byline(line):  # ("Par Nicolas Ducharme": the byline below a widget)
                self.drop("boilerplate", line, DropReason.TRAILER_LINK, n)
                return True
            self.in_trailer = False
        return False

    def _take_image(self, idx: int, n: int, line: str) -> bool:
        """Rule 4: an image file name (the next line may be its caption)."""
        if not is_image(line):
            return False
        self.drop("image", line, DropReason.IMAGE, n)
        # (the page's header pictures, "bouton_facebook_35.png …", above everything else have
        # no caption: the line after them may be the headline)
        self.after_image = not (self.title_open and not self.out.paragraphs and len(line.split()) > 1)
        return True

    def _take_byline(self, idx: int, n: int, line: str) -> bool:
        """Rule 5: a byline gives authors, agency, outlet; also a byline the page glued to the
        start of the article's first line of text ("Jean-François COLIN Les élus de treize
        communes …": a first name and a surname in capitals, then a sentence's first word, on
        the first line of text or the line right after the headline)."""
        byline = match_byline(line)
        if byline:
            self._byline(byline, line, n)
            return True
        signer = self._name_line(idx, line)
        if signer is not None:
            # "Taïeb Moalla" alone under the headline, "Julie-Anne Perreault - CKIA - IJL", "Modeste
            # KONÉ" alone after the last paragraph: who wrote it (the outlet's name goes with it)
            self._byline(Byline(signer), line, n)
            return True
        first = not self._has_text() or self.headline_at == idx - 1
        bracketed = _BRACKETED_BYLINE.match(line) if first else None
        if bracketed and len(line) - bracketed.end() >= 40 and (who := person_names(bracketed["who"])):
            # "(Maria Lanfranchi - Alta Frequenza) - Après la fusillade …": who wrote it and for
            # which outlet, in brackets opening the text
            self._byline(Byline(who), bracketed.group(0).strip(), n)
            self.keep("body", line[bracketed.end():], n)
            return True
        glued = _GLUED_BYLINE.match(line) if first else None
        if glued and len(line) - glued.end() >= 40:
            byline = match_byline("Par " + glued["who"])
            if byline is not None and byline.authors:
                self._byline(byline, glued["who"], n)
                self.keep("body", line[glued.end():], n)
                return True
        return False

    def _take_caption(self, idx: int, n: int, line: str) -> bool:
        """Rule 6: a photo caption or credit is kept as a caption."""
        caption = caption_reason(line, self.after_image)
        self.after_image = False
        if caption:
            self.keep("caption", line, n)
        return bool(caption)

    def _take_navigation(self, idx: int, n: int, line: str) -> bool:
        """Rule 7: a site menu, or a section label right above the headline."""
        page = _page_title(line) if self.title_open and not self._has_text() and self.headline_idx is None else None
        if page is not None:
            # "Sortie de route nébuleuse | VIVA MÉDIA Skip to main content": the page's title, the
            # site's name after a bar (and a skip link); the title is the headline
            title, site = page
            self.drop("navigation", site, DropReason.NAVIGATION, n)
            if not self._take_headline(idx, n, title):
                self.keep("body", title, n)
            return True
        if is_navigation(line) or self.title_open and is_site_banner(line):
            # (a site's banner ending on its address, above the headline: "Site icon LA VIE
            # AGRICOLE / LVATV.CA")
            self.drop("navigation", line, DropReason.NAVIGATION, n)
            return True
        if idx == self.page_title_idx:
            self.drop("navigation", line, DropReason.PAGE_TITLE, n)
            return True
        if self.title_open and self.headline_idx is not None and idx < self.headline_idx:
            self.drop("navigation", line, DropReason.NAVIGATION, n)
            return True
        if self.title_open and has_link(line) and self._headline_below(idx):
            # "Fil info" ¶ "19:05 Je ne suis … https://t.co/…": the posts of a feed above the headline
            self.drop("navigation", line, DropReason.NAVIGATION, n)
            return True
        if self.title_open and self.headline_idx is None and self._kicker(idx, line):
            self.drop("navigation", line, DropReason.KICKER, n)
            return True
        if self.title_open and _BULLET.match(line) and any(
                0 <= k < len(self.items) and _BULLET.match(self.items[k][1].lstrip()) for k in (idx - 1, idx + 1)):
            # "• Il a été libéré sous caution …" ¶ "• Le nouveau cabinet …" ¶ …: a list of links to
            # other articles above the headline (one bulleted line alone may be the headline)
            self.drop("navigation", line, DropReason.NAVIGATION, n)
            return True
        return False

    def _take_headline(self, idx: int, n: int, line: str) -> bool:
        """Rule 8: the first line left, when it looks like one, is the headline."""
        if not self.title_open:
            return False
        if self._above_label_and_headline(idx):
            # "L'article provient de Le Journal de Montréal" / "Transports" ¶ "Grève à la STM, …":
            # a line of the page's header block, above a section label and, after a blank
            # line, the headline standing alone
            self.drop("navigation", line, DropReason.NAVIGATION, n)
            return True
        if picture_line(line):
            # "CP. Ph.A", "216147 France Danemark Match amical": a picture's credit or file
            # number and alt text above the headline, kept as a caption; the search goes on
            self.keep("caption", line, n)
            return True
        self.title_open = False
        self.headline_at = idx
        headline = line.lstrip("#").strip() if line.startswith("# ") else line  # Markdown "# Title"
        headline = _BULLET.sub("", headline)  # "• « … », Laurent Gbagbo": a list's bullet is not the title's
        crumb = _BREADCRUMB.match(headline)
        if crumb and looks_like_headline(headline[crumb.end():]):
            # "Actualités :: Ouagadougou : …": the page's breadcrumb before the headline
            self.drop("navigation", crumb.group(1).strip(), DropReason.NAVIGATION, n)
            headline = headline[crumb.end():]
        tail = _TRAILING_CRUMB.search(headline)
        if tail and looks_like_headline(headline[:tail.start()]):
            # "… sont inquiets :: CAMEROON": the site's or section's name after the same separator
            self.drop("navigation", tail.group(1), DropReason.NAVIGATION, n)
            headline = headline[:tail.start()]
        signed = _SIGNED_TITLE.search(headline)
        byline = match_byline("Par " + signed.group(1)) if signed else None
        if byline and looks_like_headline(headline[:signed.start()]):
            # "Vigne : “un coup de semonce” [par Yann Kerveno]": who wrote it, in brackets after it
            self._byline(byline, signed.group(0).strip(), n)
            headline = headline[:signed.start()]
        if not looks_like_headline(headline):
            # "25.3 C" ¶ "Arlon" ¶ …: a widget's figure or a lone word at the top of the page (kept
            # in the text) does not end the search for the headline
            self.title_open = len(headline.split()) <= 2 and not self.out.paragraphs
            return False
        headline = TRAILING_BAR.sub("", headline)  # "Titre… |": what is left of « Titre | Site »
        badge = _PAYWALL_BADGE.search(headline)
        if badge and looks_like_headline(headline[:badge.start()]):
            # "Exaspéré, MG France exige du concret  Abonné": the page's badge for subscribers' articles
            self.drop("navigation", badge.group(0).strip(), DropReason.NAVIGATION, n)
            headline = headline[:badge.start()]
        self.out.title, self.out.title_source = headline, "extracted"
        self.seen[normalised(headline)] = TITLE
        return True

    def _take_subheading(self, idx: int, n: int, line: str) -> bool:
        """Rule 9: a bulleted subheading, or a short plain one between paragraphs."""
        sub = bulleted_subheading(line)
        if sub is None and self._has_text() and is_plain_subheading(line) and self._text_follows(idx):
            sub = line
        if sub is not None:
            self.keep("subheading", sub, n)
        return sub is not None

    def _take_preamble_caption(self, idx: int, n: int, line: str) -> bool:
        """Rule 10: a short line between the headline and a dateline near the top is a caption."""
        if idx < self.preamble_end and self.out.title is not None and len(line.split()) < PREAMBLE_CAPTION_WORDS:
            self.keep("caption", line, n)
            return True
        return False

    def _repeated_headline(self) -> tuple[int | None, int | None]:
        """A headline the page gives twice near its top, with only short label
        lines above: (its index, the index of its copy with the site's name, if
        any); (None, None) when there is none."""
        top = [
            (idx, line) for idx, (_, line) in enumerate(self.items[:REPEAT_WINDOW])
            if not (is_separator(line) or boilerplate_reason(line) or is_image(line)
                    or match_dateline(line) or match_byline(line))
        ]
        for a, (i, first) in enumerate(top):
            if len(first.split()) >= REPEAT_MIN_WORDS and looks_like_headline(first):
                for j, later in top[a + 1:]:
                    if normalised(later) == normalised(first):
                        return i, None
                    for head, page, h, p in ((later, first, j, i), (first, later, i, j)):
                        # the copy with the site's name after it, or the section's name before
                        # it ("Nouvelles générales : L'homme arrêté …" then "L'homme arrêté …")
                        for pattern, title, name in ((_SITE_SUFFIX, 1, 2), (_SECTION_PREFIX, 2, 1)):
                            m = pattern.match(page)
                            if (m and normalised(m.group(title)) == normalised(head)
                                    and len(m.group(name).split()) <= SITE_NAME_WORDS
                                    and all(self._label(line) for k, line in top if i < k < j)):
                                return h, p
                    if _crumbs_before(first, later) and looks_like_headline(later):
                        # "Accueil | Politique-Société | Défense : le Luxembourg …" then "Défense : le
                        # Luxembourg …": the page's breadcrumb ending on the headline, then the headline
                        return j, i
            if not self._label(first):
                if a == 0 and looks_like_headline(first) and len(top) > 1 and looks_like_headline(top[1][1]) \
                        and any(normalised(later) == normalised(top[1][1]) for _, later in top[2:]):
                    # "Média local avec zéro milliardaire dedans" ¶ "Dans le bus relais …" ¶ … ¶ "Dans le
                    # bus relais …": the site's motto above a headline the page gives twice
                    continue
                break  # text before any repeat: the usual first-line rule
        for (i, first), (j, later) in zip(top, top[1:]):
            # "AccueilActualitéSociétéTracasseries policières …" then "Tracasseries policières
            # …": the page's breadcrumb glued (no space) onto a copy of the headline on the next line
            glued = first[:len(first) - len(later)]
            # (or a site's menu word set off by a space: "Accueil Des vignerons en colère …" then
            # "Des vignerons …"; a rubric is the headline's own, "Football Supporters de …")
            crumb = glued[-1:].isalpha() or glued[-1:] == " " and glued.strip().casefold() in MENU_WORDS
            if len(later.split()) >= REPEAT_MIN_WORDS and first.endswith(later) and crumb and looks_like_headline(later):
                return j, i
        return None, None

    @staticmethod
    def _label(line: str) -> bool:
        """A short line without a sentence's end: a menu entry, a section label."""
        return len(line.split()) <= LABEL_WORDS and not line.endswith((".", ",", ";", ":"))

    def _above_label_and_headline(self, idx: int) -> bool:
        """True when the next line, in the same block (no blank line between), is a short
        label (not a byline or a dateline), and the line after it stands alone after a
        blank line and looks like a headline longer than the label."""
        if idx + 2 >= len(self.items):
            return False
        (n0, first), (n1, label), (n2, head) = self.items[idx:idx + 3]
        after = self.items[idx + 3][0] if idx + 3 < len(self.items) else n2 + 2
        words, head_words = set(re.findall(r"\w+", first.lower())), set(re.findall(r"\w+", head.lower()))
        if len(words & head_words) * 2 > len(words | head_words):
            return False  # the headline given twice (the page title, then the heading)
        return n1 == n0 + 1 and n2 > n1 + 1 and after > n2 + 1 and self._kicker_words(label) \
            and not match_byline(label) and not match_dateline(label) \
            and looks_like_headline(head) and match_dateline(head) is None and len(head.split()) > len(label.split())

    @staticmethod
    def _kicker_words(line: str) -> bool:
        """One to three words with no sentence punctuation at the end ("Cybersécurité"), but
        for a period after two or three ("Crise du carburant.")."""
        return len(line.split()) <= 3 and not line.endswith(("!", "?", ":", ";", ",")) \
            and not (line.endswith(".") and (len(line.split()) == 1 or line.endswith("..")))

    def _kicker(self, idx: int, line: str) -> bool:
        """A one-to-three-word label right above a headline ("Cybersécurité")."""
        if not self._kicker_words(line) or idx + 1 >= len(self.items):
            return False
        if self._heads(self.items[idx + 1][1], line):
            return True
        # "Vous êtes ici" ¶ "Abo" ¶ "BIENNE" ¶ "Qui sont les Biennois …": a run of such labels
        # (the next ones need not look like a headline: "journée du sous-marin") above it
        j = self._past_labels(idx + 1)
        return j > idx + 1 and j < len(self.items) and self._heads(self.items[j][1], line)

    def _past_labels(self, j: int) -> int:
        """Index of the first line from ``j`` that is neither a label of one to three words (not
        a byline or a dateline) nor a line with a web address, at most ``KICKER_RUN`` on."""
        start = j
        while j < len(self.items) and j - start < KICKER_RUN and (
                self._kicker_words(self.items[j][1]) and not match_byline(self.items[j][1])
                and match_dateline(self.items[j][1]) is None or has_link(self.items[j][1])):
            j += 1
        return j

    def _headline_below(self, idx: int) -> bool:
        """True when a line that looks like a headline comes after the labels and links below."""
        j = self._past_labels(idx + 1)
        return j < len(self.items) and self._heads(self.items[j][1], "")

    @staticmethod
    def _heads(nxt: str, label: str) -> bool:
        """True when ``nxt`` may be the headline that the label ``label`` stands above."""
        return looks_like_headline(nxt) and match_dateline(nxt) is None and len(nxt.split()) > len(label.split())

    def _preamble_end(self) -> int:
        """Index of a dateline near the top, after other text lines; 0 if none."""
        for idx, (_, line) in enumerate(self.items[:PREAMBLE_WINDOW]):
            d = match_dateline(line)
            if d and not d.update:
                return idx
        return 0

    def _has_text(self) -> bool:
        return any(p.kind in ("lead", "body") for p in self.out.paragraphs)

    def _text_follows(self, idx: int) -> bool:
        if idx + 1 >= len(self.items):
            return False
        nxt = self.items[idx + 1][1]
        return len(nxt.split()) > 12

    @staticmethod
    def _link_like(line: str) -> bool:
        return len(line.split()) <= TRAILER_LINK_WORDS and not line.endswith(".")

    def _dateline(self, d, n: int) -> None:
        if d.relative:
            self.drop("dateline", d.prefix, DropReason.RELATIVE_DATE, n)
            return
        if d.update:
            self.drop("dateline", d.prefix, DropReason.UPDATE_TIME, n)
            return
        values = {"date": d.date, "date_precision": d.precision, "time": d.time, "place": d.place, "agency": d.agency}
        if d.date and "date" in self.out.fields:
            values = {}  # a dated line's fields go together: all from the first dated dateline
        taken = self.set_fields(values, n)
        taken = tuple(t for t in taken if t != "date_precision")
        if taken:
            self.dateline_line = self.dateline_line or n
            self.drop("dateline", d.prefix, DropReason.METADATA, n, *taken)
        else:
            self.drop("dateline", d.prefix, DropReason.DATELINE_REPEAT, n)

    def _name_line(self, idx: int, line: str) -> tuple[str, ...] | None:
        """The author's name of a line that is only a full name (an outlet's short name may
        follow after a dash or a bar), standing right under the headline before the first
        paragraph of text, or after the last one; else None. Under the headline, a line
        followed by a quotation heads an interview's answers, not a byline."""
        m = _NAME_THEN_OUTLET.match(line)
        names = person_names(m["name"]) if m else None
        if not names or len(names) != 1 or not 2 <= len(names[0].split()) <= 4:
            return None
        under_headline = self.headline_at is not None and idx == self.headline_at + 1 and not self._has_text() \
            and idx + 1 < len(self.items) and len(self.items[idx + 1][1].split()) > 12 \
            and self.items[idx + 1][1].lstrip()[:1] not in ("«", '"', "“", "—", "–", "-")
        closing = self._has_text() and idx == self.last_text_idx \
            and not (idx > 0 and _NAME_THEN_OUTLET.match(self.items[idx - 1][1])
                     and person_names(self.items[idx - 1][1]))  # (a list of names: "François Fillon" ¶ "Alain Juppé")
        return names if under_headline or closing else None

    def _byline(self, b: Byline, line: str, n: int) -> None:
        new_authors = [a for a in b.authors if a not in self.out.authors]
        self.out.authors.extend(new_authors)
        taken = (["authors"] if new_authors else []) + list(self.set_fields({"agency": b.agency, "outlet": b.outlet}, n))
        if taken:
            self.drop("byline", line, DropReason.METADATA, n, *taken)
        else:
            self.drop("byline", line, DropReason.BYLINE_REPEAT, n)

    def _finish(self) -> None:
        out = self.out
        for p in out.paragraphs:
            if p.kind in ("lead", "body"):
                for name in correspondents_in(p.text):
                    if name not in out.authors:
                        out.authors.append(name)
        if out.title is None:
            texts = [p.text for p in out.paragraphs if p.kind in ("lead", "body")]
            if texts:
                out.title, out.title_source = derive_title(_title_source(texts)), "derived"


#: A line that is a name, then maybe an outlet's short name or two after dashes or bars
#: ("Julie-Anne Perreault - CKIA - IJL").
_NAME_THEN_OUTLET = re.compile(r"^(?P<name>[^\W\d][^–—|/()«»\"“”:;,.!?]{3,50}?)"
                               r"(?:\s+[-–—|/]\s+[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ][\w&'’.-]*){0,2}){0,2}$")
#: A byline in brackets opening the first line of text: "(Name - Outlet) - ".
_BRACKETED_BYLINE = re.compile(r"^\((?P<who>[^()]{3,40}?)\s+[-–—]\s+[^()]{2,40}\)\s*[-–—]\s+")
#: A byline glued to the first line of text: a first name (capitalised) and a surname in
#: capitals, then a word that opens a sentence.
_GLUED_BYLINE = re.compile(
    r"^(?P<who>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?\s+[A-ZÀ-Þ]{2,}(?:[-\s][A-ZÀ-Þ]{2,})?)\s+"
    r"(?=(?:La|Le|Les|L['’]|Un|Une|Des|Ce|Cet|Cette|Ces|Il|Ils|Elle|Elles|On|Depuis|Après|Alors|Dans|En|À|Au|Aux"
    r"|Pour|Selon|Si|Lors)\b)")


def _signed_dateline(line: str, whole: bool = False):
    """``Antoine GERARD - 08 oct. 2021 à 19:00 | …``: a person's name of two to four words (or
    an outlet's, or a byline "Par X"), then (after a dash, a bar, a slash or a comma) a dateline;
    ``20 octobre 2023 à 9h15 par Brice Vidal``: a dateline, then "par" and a byline. With
    ``whole``, the line must be nothing else (the dateline ends it, or an update's dateline
    follows): "Jean Dupont, le 12 mars, a déclaré …" is a sentence. (byline, the dateline's
    text, the byline's text), else None."""
    def dated(text: str) -> bool:
        d = match_dateline(text, at_top=True)
        return d is not None and (not whole or not d.rest or _UPDATED.match(d.rest) is not None
                                  or match_dateline(d.rest, at_top=True) is not None)

    for m in _NAME_BREAK.finditer(line[:80]):
        head, rest = line[:m.start()], line[m.end():]
        if not 2 <= len(head.split()) <= (8 if head[:4] == "Par " else 5) or not dated(rest):
            continue
        if "," in m.group() and (not _PUBLISHED.match(rest) or match_dateline(rest, at_top=True).rest):
            # after a comma, only "publié le …" ending the line: "Park Geun-hye, 2013." is a caption
            continue
        if person_names(head) and not head.split()[0].isupper():
            return Byline(person_names(head)), rest, head
        byline = match_byline(head) if head[:4] == "Par " else None
        if byline is None and head[:4] == "Par " and " - " in head:
            # "Par Christophe Andreeff - Actu Ligue 1, Mise en ligne: le …": the rubric after the
            # name goes out with the byline's text
            byline = match_byline(head.split(" - ")[0])
        if byline is not None and byline.authors:
            return byline, rest, head
        if is_publication_name(head) and "," not in m.group():
            return Byline((), outlet=head), rest, head  # "TVA Gatineau - 26 janvier 2022": the outlet
    m = re.search(r"\s+par\s+", line)
    if m and dated(line[:m.start()]):
        byline = match_byline("Par " + line[m.end():])
        if byline is not None:
            return byline, line[:m.start()], line[m.start():].strip()
    # "5 décembre 2014 / Lorène Lavocat (Reporterre)", "mercredi 24 février 2021 | Mandimbisoa R.":
    # a dateline that is all of the line's start (a rubric of one or two words and a bar may come
    # first: "Enquête | publié le : 01.03.2003 | X"), then a bar or a slash and a person's name (an
    # outlet in brackets after it) ending the line
    m = re.search(r"\s+[|/]\s+(?P<who>[^|/()]{3,60}?\s*(?:\([^()]{1,40}\))?)\s*$", line)
    if m and _signer_after_bar(m.group("who")):
        head = line[:m.start()]
        rubric = re.match(r"^[^\W\d][\w'’-]*(?:\s[^\W\d][\w'’-]*)?\s+\|\s+", head)  # ("Enquête | publié le …")
        d = match_dateline(head[rubric.end():] if rubric else head, at_top=True)
        names = person_names(_signer_after_bar(m.group("who")))
        if d is not None and not d.rest and names:
            # (the rubric goes out with the byline's text: "Enquête | … Sandrine Foulon")
            rubric_text = rubric.group().strip() + " " if rubric else ""
            return Byline(names), head[rubric.end():] if rubric else head, rubric_text + line[m.start():].strip(" |/")
    return None


def _signer_after_bar(text: str) -> str | None:
    """What may name who wrote the article after a dateline and a bar or a slash: two to four
    words, the first not in capitals, an outlet in brackets after them left out ("Lorène
    Lavocat (Reporterre)" → "Lorène Lavocat"); None otherwise. Whether they are a person's
    name is the caller's to say."""
    who = re.sub(r"\s*\([^()]{1,40}\)\s*$", "", text).strip()
    return who if 2 <= len(who.split()) <= 4 and not who.split()[0].isupper() else None


#: The update's time after the date ("| mis à jour le 09 oct. 2021 à 08:10").
_UPDATED = re.compile(r"(?i)(?:mis\s+à\s+jour|mise\s+à\s+jour|modifié|actualisé)\b")
#: A publication's date as a header says it ("publié le …", "mis en ligne le …").
_PUBLISHED = re.compile(r"(?i)(?:publiée?|mise?\s+en\s+ligne|postée?)\b")
#: Where a name ends before a date: a dash, a bar or a slash between spaces, or a comma.
_NAME_BREAK = re.compile(r"\s+[-–—|/]\s+|\s*,\s+")


def _title_source(texts: list[str]) -> str:
    """The text a derived title is taken from: from the first sentence of prose of the
    first paragraphs on (a time, a rubric or a place line above the text is passed
    over); the first paragraph when none has one."""
    for text in texts[:TITLE_PARAGRAPHS]:
        for s in split_sentences(text):
            if titled_sentence(s.text):
                return text[s.start:]
    return texts[0]


#: A breadcrumb before a headline, its parts separated by a double colon ("Actualités ::").
_BREADCRUMB = re.compile(r"^((?:[^:\s][^:]{0,40}?\s*::\s*)+)")
#: The same separator closing the headline, then a name ("… :: CAMEROON").
_TRAILING_CRUMB = re.compile(r"\s*::\s*([^:\s][^:]{0,40})$")
#: A bullet opening a line ("•", "▪", "►"), with the space after it.
#: A byline in brackets closing the headline line ("… [par Yann Kerveno]").
_SKIP_LINK = re.compile(r"\s*(?:Skip to (?:main )?content|Aller au contenu(?: principal)?)$", re.I)


def _page_title(line: str) -> tuple[str, str] | None:
    """``(title, site)`` for a page's title line "Title | Site name" (a skip link may follow):
    one bar, a title of three words or more with a word in lower case before it, a
    publication's name of at most ``SITE_NAME_WORDS`` words after it; else None."""
    skip = _SKIP_LINK.search(line)
    body = line[:skip.start()] if skip else line
    if body.count(" | ") != 1:
        return None
    title, site = (part.strip() for part in body.split(" | "))
    if len(title.split()) < 3 or not any(w[:1].islower() for w in title.split()[1:]) \
            or not site or len(site.split()) > SITE_NAME_WORDS or not is_publication_name(site):
        return None
    return title, line[line.index(" | ") + 3:].strip()


_PAYWALL_BADGE = re.compile(r"\s+(?:Abonnés?|Premium|Réservé aux abonnés)\s*$")
_CRUMB_SEPARATORS = (" | ", " > ", " › ", " » ", " / ")


def _crumbs_before(line: str, head: str) -> bool:
    """True when ``line`` is a breadcrumb ending on ``head``: short segments (the site's
    sections) joined by one separator, the last segment the headline."""
    for sep in _CRUMB_SEPARATORS:
        if sep in line and normalised(line.rsplit(sep, 1)[1]) == normalised(head):
            crumbs = line.rsplit(sep, 1)[0].split(sep)
            return all(0 < len(c.split()) <= SITE_NAME_WORDS for c in crumbs)
    return False


_SIGNED_TITLE = re.compile(r"\s*[\[(][Pp]ar\s+([^\[\]()]{3,60})[\])]\s*$")
_BULLET = re.compile(rf"^[{BULLETS}]\s*")
#: How many paragraphs a derived title is looked for in.
TITLE_PARAGRAPHS = 3


#: A hard-wrapped text (a print, PDF or e-mail copy) has at least this many lines, and
#: at least this share of them are long lines that stop mid-sentence.
WRAP_MIN_LINES = 6
WRAP_SHARE = 0.5
#: A wrapped line is at least this share of the wrap width (the 75th percentile of the
#: line lengths, between 20 and 120 characters: a newspaper column is 25 or so).
WRAP_LONG = 0.6
#: What a line that ends a sentence or a paragraph ends on.
_SENTENCE_END = (".", "!", "?", "…", ":", ";", "»", "”", "\"", ")", "]")


def unwrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Numbered lines with a hard-wrapped text's lines joined back into paragraphs: in a
    text where most lines are long and stop mid-sentence, a long line that stops
    mid-sentence, or inside a quotation still open, goes on with the next line when no
    blank line stands between them (a word cut by a hyphen is joined without a space;
    every character is kept). The
    joined line keeps the number of its first line. Any other text is returned as it is."""
    body = [t.strip() for _, t in lines if t.strip()]
    if len(body) < WRAP_MIN_LINES:
        return _cut_quotations_joined(lines)
    lengths = sorted(len(t) for t in body)
    width = lengths[len(lengths) * 3 // 4]
    if not 20 <= width <= 120:
        return _cut_quotations_joined(lines)

    def open_line(t: str) -> bool:
        return len(t) >= WRAP_LONG * width and not t.endswith(_SENTENCE_END)

    if sum(open_line(t) for t in body) < WRAP_SHARE * len(body):
        return _cut_quotations_joined(lines)
    out: list[tuple[int, str]] = []
    for n, text in lines:
        t = text.strip()
        prev = out[-1][1] if out else ""
        if t and prev and (open_line(prev) or len(prev) >= WRAP_LONG * width and prev.count("«") > prev.count("»")):
            # (also a sentence's end inside a quotation still open: « … combat. ¶ Mais … »)
            glue = "" if prev.endswith("-") and t[:1].islower() else " "
            out[-1] = (out[-1][0], prev + glue + t)
        else:
            out.append((n, t))
    return out


def _cut_quotations_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """In a text that is not hard-wrapped, a line cut inside a quotation, mid-sentence,
    goes on with the next line when that line opens in lower case ("“Notre but … faire
    comprendre que" ¶ "l’installation sociétaire était une force …”"): one paragraph, every
    character kept, the number of its first line."""
    out: list[tuple[int, str]] = []
    for n, text in lines:
        t = text.strip()
        prev = out[-1][1].rstrip() if out else ""
        if t[:1].islower() and prev[-1:].isalpha() and (
                prev.count("«") > prev.count("»") or prev.count("“") > prev.count("”")):
            out[-1] = (out[-1][0], prev + " " + t)
        else:
            out.append((n, text))
    return out


def clean_lines(lines: list[tuple[int, str]], known_title: str | None = None) -> Cleaned:
    """Clean numbered lines ``(line number, text)``; blank lines are ignored.

    ``known_title`` (from a web page's metadata) replaces the headline search;
    a line repeating it is dropped as a duplicate of the title.
    """
    items = [(n, text.strip()) for n, text in unwrapped(lines) if text.strip()]
    cleaner = _Cleaner(items, find_headline=known_title is None)
    if known_title:
        cleaner.seen[normalised(known_title)] = TITLE
    return cleaner.run()


def clean_text(text: str, first_line: int = 1, known_title: str | None = None) -> Cleaned:
    return clean_lines(list(enumerate(text.split("\n"), start=first_line)), known_title)
