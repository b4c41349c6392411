"""News outlets, their apps and sites (ORG): a brand and an outlet head (河南日报, 中国发展网,
大河客户端), with what is written after it as part of the name (河南日报社, 河南日报客户端,
洛阳日报宜阳分社). The words live in ``data/lexicons/rules/media.tsv``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..resources import data_path, read_tsv
from .text import HAN, alternation, han, matches_at

if TYPE_CHECKING:
    from .tables import Tables  # (annotations only: tables imports this module)

__all__ = ["MediaWords", "find_media"]

_BRAND_MAX = 8


class MediaWords:
    """The media word table, compiled."""

    def __init__(self) -> None:
        rows = read_tsv(data_path("lexicons", "rules", "media.tsv"))
        by_kind: dict[str, list[str]] = {}
        for r in rows:
            by_kind.setdefault(r["kind"], []).append(r["word"])
        self.weak = frozenset(by_kind.get("weak", ()))
        #: the outlet heads, weak ones too (日报, 网)
        self.heads = _longest(set(by_kind.get("head", ())) | self.weak)
        self.head_re = _alt(self.heads)
        # a suffix that begins a head's title is the title's (洛阳日报社|社长, not 日报社社 + 长)
        self.suffix_re = re.compile(f"(?:(?:{alternation(_longest(by_kind.get('suffix', ())))})(?!长))*")
        branch = alternation(_longest(by_kind.get("branch", ())))
        self.branch_re = re.compile(f"[{HAN}]{{2,4}}?(?:{branch})")
        self.follow = tuple(_longest(by_kind.get("follow", ())))
        self.lead = tuple(_longest(by_kind.get("lead", ())))
        self.not_outlets = tuple(_longest(by_kind.get("not", ())))
        #: words a head's 报 begins with the character after it (报告, 报道): no outlet there
        self.across = frozenset(by_kind.get("across", ()))
        self.sources = tuple(_longest(by_kind.get("source", ())))
        source = alternation(self.sources)
        # the first name after a source mark, up to a break: (文章来源:星河财经), not 来源:X公布09年…
        self.source_re = re.compile(f"(?:{source})[:：]\\s*([{HAN}]{{2,{_BRAND_MAX}}})(?=[\\s)）\\]】,，。;；|]|$)")
        self.not_sources = tuple(by_kind.get("nosource", ()))
        interview = alternation(_longest(by_kind.get("interview", ())))
        # 接受大河某某记者采访: the name before 记者 is an outlet
        self.interview_re = re.compile(f"接受([{HAN}]{{2,{_BRAND_MAX}}}?)(?:全媒体|融媒体|首席|特约)?记者(?:的)?(?:{interview})")
        dispatch = alternation(_longest(by_kind.get("dispatch", ())))
        self.dispatch_re = re.compile(f"【([{HAN}]{{2,{_BRAND_MAX}}}?)(?:{dispatch})】")
        #: the patterns of outlets named by a mark: (cue kind, pattern, the words it begins with;
        #: none when it may begin anywhere)
        self.marks = (("source", self.source_re, self.sources), ("dispatch", self.dispatch_re, ("【",)),
                      ("interview", self.interview_re, ("接受",)))
        #: 记者 and a verb of learning after it (记者从某局获悉, 据X记者了解): the name before is an outlet
        self.reporter = tuple(_longest(by_kind.get("reporter", ())))
        app = alternation(_longest(by_kind.get("quoted_app", ())))
        report = alternation(_longest(by_kind.get("quoted_report", ())))
        #: a quoted name before an app or account word (“某某发布”客户端, “某某”微信公众号), or between
        #: 据/从 and a word of reporting (据“某某”报道, 从“某某”获悉): an outlet
        self.quoted_re = re.compile(f"(?:[“\"]([{HAN}A-Za-z]{{2,{_BRAND_MAX}}})[”\"](?:{app})"
                                    f"|(?<=[据从])[“\"]([{HAN}A-Za-z]{{2,{_BRAND_MAX}}})[”\"](?:{report}))") \
            if app and report else None
        self.staff_re = re.compile(f"(?:{alternation(_longest(by_kind.get('staff', ())))})$") if "staff" in by_kind else None


def _longest(words) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


def _alt(words) -> re.Pattern:
    return re.compile(alternation(_longest(words)))


_BRAND = re.compile(f"[{HAN}A-Za-z]{{1,{_BRAND_MAX}}}$")


def find_media(text: str, T: Tables, cues: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int, str, int, str]]:
    """ORG candidates ``(start, end, "ORG", priority, "media")`` for outlets in ``text``.
    ``cues``: the spans of the cue words in the text by kind (``Hits.cues``): outlet heads
    and the words the marks begin with."""
    M: MediaWords = T.media
    out = []
    last_end = -1
    heads = cues.get("outlet")
    for m in matches_at(M.head_re, text, {s for s, e in heads}) if heads else ():
        hs, he = m.span()
        if text.endswith(M.not_outlets, 0, he) or (text[he - 1] == "报" and text[he - 1:he + 1] in M.across):
            continue  # (电网; 某某新闻报道, 作辅导报告: the 报 of 报道 or 报告, no outlet)
        s = _brand_start(text, hs, T)
        if s is None or s < last_end:
            continue
        if m.group() in M.weak and not _weak_ok(text, s, he, M):
            continue
        e = _extend(text, he, M)
        out.append((s, e, "ORG", 3, "media"))
        last_end = e
    out.extend(_named_by_mark(text, M, T, cues))
    if "reporter" in cues:
        out.extend(_named_by_reporter(text, M, T, cues["reporter"]))
    if M.quoted_re is not None and ("”" in text or '"' in text):
        out.extend(_quoted_outlets(text, M, T))
    return out


def _quoted_outlets(text: str, M: MediaWords, T: Tables) -> list[tuple[int, int, str, int, str]]:
    """Outlets written in quotes: “某某发布”客户端, 据“某某财经”报道 (media.tsv quoted_app,
    quoted_report); the name is what the quotes hold, no generic word."""
    out: list[tuple[int, int, str, int, str]] = []
    if M.quoted_re is None or ('"' not in text and "“" not in text):
        return out  # each branch of quoted_re opens with a quote
    for m in M.quoted_re.finditer(text):
        g = 1 if m.group(1) is not None else 2
        a, b = m.span(g)
        name = m.group(g)
        if name.startswith(M.not_sources) or T.has_bound(name) or not T.strip_generic(name):
            continue
        out.append((a, b, "ORG", 2, "media"))
    return out


# a place's or a time's last letter (洛阳市记者, 采访中记者, 日下午记者): no outlet
_NOT_LAST = frozenset("市县区省镇乡村中后时间内上下前里午")
_REPORTER_LEFT = re.compile(f"[{HAN}A-Za-z]{{2,{_BRAND_MAX + 3}}}$")


def _named_by_reporter(text: str, M: MediaWords, T: Tables, spans: list[tuple[int, int]]) -> list[tuple[int, int, str, int, str]]:
    """The outlet before 记者 and a verb of learning (大象某某记者从市商务局获悉, 据某某新闻记者了解):
    a run of letters between a break (or 据) and 记者, less a staff word (全媒体, 首席). No common word
    (现场, 随行), no 本/该 (本报), no boundary word, no place or time before it (洛阳市, 采访中)."""
    out = []
    for c, _ in spans:
        m = _REPORTER_LEFT.search(text, max(0, c - _BRAND_MAX - 3), c)
        if m is None:
            continue
        a = m.start()
        k = text.rfind("据", a, c)
        if k != -1:
            a = k + 1
        elif a > 0 and (han(text[a - 1]) or text[a - 1].isalpha()):
            continue  # the run does not start after a break: 当地记者, 多名记者
        b = c
        if M.staff_re is not None and (s := M.staff_re.search(text, a, b)) is not None:
            b = s.start()
        name = text[a:b]
        if len(name) < 2 or name.startswith(M.not_sources) or name[0] in "本该我各多两几" \
                or name in T.common_words or T.has_bound(name) or not T.strip_generic(name) \
                or name[-1] in _NOT_LAST:
            continue
        out.append((a, b, "ORG", 2, "media"))
    return out


def _named_by_mark(text: str, M: MediaWords, T: Tables, cues: dict) -> list[tuple[int, int, str, int, str]]:
    """Outlets without a head, named by a source line, a dispatch mark or an interview:
    (来源:星河财经), 【明报专讯】, 接受X记者采访, looked for where their first words are
    (``cues``, by kind). The name must not be a generic word nor hold a boundary word."""
    out = []
    for kind, rx, words in M.marks:
        if words and kind not in cues:
            continue  # none of its first words in the text
        starts = {s for s, e in cues[kind]} if words else range(len(text) + 1)
        for m in matches_at(rx, text, starts):
            a, b = m.span(1)
            name = m.group(1)
            if name.startswith(M.not_sources) or name.startswith("本") or T.has_bound(name) or not T.strip_generic(name):
                continue
            out.append((a, b, "ORG", 2, "media"))
    return out


def _brand_start(text: str, hs: int, T: Tables) -> int | None:
    """Start of the brand before an outlet head at ``hs``: a run of letters cut after the last
    boundary word (关注中原热线 -> 中原); None when no brand of two characters or more is left."""
    lo = max(0, hs - _BRAND_MAX)
    b = _BRAND.search(text, lo, hs)
    if b is None:
        return None
    s = b.start()
    for w in T.bound_re.finditer(text, s, hs):
        s = w.end()
    for lw in T.media.lead:  # 关注 / 来源 are boundaries too, for strong heads as for weak
        k = text.rfind(lw, s, hs)
        if k != -1:
            s = max(s, k + len(lw))
    brand = text[s:hs]
    if len(brand) < 2 or not T.strip_generic(brand):
        return None
    return s


def _weak_ok(text: str, s: int, e: int, M: MediaWords) -> bool:
    """A weak head (网, 热线, 客户端) names an outlet only between breaks, or with a follow word
    after it or a lead word before it."""
    if text.startswith(M.follow, e):
        return True
    before_ok = s == 0 or not han(text[s - 1]) or text.endswith(M.lead, 0, s)
    after_ok = e >= len(text) or not han(text[e])
    return before_ok and after_ok


def _extend(text: str, e: int, M: MediaWords) -> int:
    """Suffixes and a branch written after an outlet: 河南日报社, 河南日报客户端, …周口分社."""
    m = M.suffix_re.match(text, e)  # (it matches the empty string too)
    e = m.end() if m else e
    b = M.branch_re.match(text, e)
    return b.end() if b else e
