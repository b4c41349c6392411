"""Person names: after a title or a byline, before a title, in bylines, quoted in headlines,
before what people say, in lists, and every later mention of a name found once."""

from __future__ import annotations

import re

from .tables import LEVELS, Tables
from .text import LIST_LEADS, PREV_OK, SAYS_WORDS, han as _han, matches_at

__all__ = ["persons", "foreign_names", "PREV_OK", "UNIT_TITLE", "weekday_part"]

_HANS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_PREV_OK = PREV_OK
# Titles that begin with the unit they belong to: 卫坡村党支部书记 (PLACE 卫坡 + title).
UNIT_TITLE = frozenset("村镇乡")
_UNIT_TITLE = UNIT_TITLE
# Parenthesised bylines: (倪睿) at a paragraph end, (吴永亮 文/图), (张三 李四王五/文图).
_PAREN_BYLINE = re.compile(r"\(((?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,6} ?){1,4}?)"
                           r"(\s*(?:文/图|/文图|文图|文|图|摄|/文|/图))?\)")
# A foreign name: parts joined by a middle dot (安瓦尔·易卜拉欣, 让-皮埃尔·拉法兰).
_DOTS = "·•・"
_DOT = re.compile("[·•・]")
# Separators between the names of a byline list (记者 张三 李四).
_LIST_GAP = " \u3000、"
# Punctuation right after a name that shows its last character is no verb (张玉来，).
_APPOINTED_NEXT = frozenset("为的同")  # after a name a verb of appointment introduces (任命张明为, 免去张明的, 张明同志)
_NAME_CLOSERS = frozenset("，,。、；;：:！!？?）)”")


# -- person names -----------------------------------------------------------------------

#: 周一 … 周日, 周末: with a part of the day after them (周五晚) a time, no name
_WEEKDAYS = frozenset("一二三四五六日天末")
_DAY_PARTS = frozenset("早晚夜午")


def weekday_part(name: str) -> bool:
    """Whether ``name`` is a weekday and a part of the day (周五晚, 周二早): a time that reads
    as a surname and two characters after a title (市长周五晚表示), no name (not 周一鸣)."""
    return len(name) == 3 and name[0] == "周" and name[1] in _WEEKDAYS and name[2] in _DAY_PARTS


def _follow_ok(text: str, j: int, T: Tables) -> bool:
    return j >= len(text) or not _han(text[j]) or text[j] in T.name_follow


def _valid(text: str, a: int, b: int, T: Tables, blocked=frozenset(), rare: bool = False) -> bool:
    """Is text[a:b] (2-4 chars) shaped like a Chinese personal name?

    ``blocked``: starts of known words (titles, places); a given name never begins one
    (市委书记和市长: 和市长 is not a name). ``rare``: a rare surname (滑) may begin it (after a title).
    """
    name = text[a:b]
    L = b - a
    if (a + 1) in blocked or (L == 3 and (a + 2) in blocked):
        return False
    if name[:1] not in T.surnames and name[:2] not in T.compound_surnames \
            and not (rare and name[:1] in T.rare_surnames):
        return False  # no surname: the cheapest test first (the tests below would say so too)
    if L < 2 or L > 4 or not _HANS.fullmatch(name) or "某" in name:
        return False  # (被告人王某, 刘某某说: a surname and 某 hide a name, they are none)
    if name in T.not_names or name[:2] in T.not_names or name in T.common_words \
            or (L == 3 and (name[:2] in T.func_not_names or name[1:] in T.address_terms)):
        return False  # (李师傅, 张大爷: a surname and a form of address)
    if L == 3 and (name[2] == "们" or (name[2] == "地" and name[:2] in T.common_words)
                   or weekday_part(name)):
        return False  # 干部们, 司机们: a plural; 高兴地, 严肃地: an adverb (not 王大地: 王大 is no word);
        # 周五晚, 周二早: a weekday and a part of it (not 周一鸣)
    if name[:2] in T.compound_surnames:
        if L == 4 and _func_end(text, name, b, T):
            return False  # 欧阳军在|会上: the verb after a one-character given name
        return L >= 3
    if (name[0] not in T.surnames and not (rare and name[0] in T.rare_surnames)) or L > 3:
        return False
    if L == 3 and _func_end(text, name, b, T):
        return False  # (张玉来，, 王志和表示: 来, 和 end the name before punctuation or a verb of
        # saying; 张玉来洛阳: 来 is the verb)
    if L == 2 and name[1] in T.name_func:
        return False
    return True


def _func_end(text: str, name: str, b: int, T: Tables) -> bool:
    """Whether the last character of a two-character given name, ending at ``b``, is a
    function character or begins a verb with the one before (张玉来洛阳, 欧阳军在会上), and is no
    name's end by what follows (张玉来，, 王志和表示)."""
    return (name[-1] in T.name_func or name[-2:] in T.name_verbs) and not (
        name[-1] in T.name_func_ends and (_closed(text, b, T) or _says_after(text, b, T)))


def _says_after(text: str, b: int, T: Tables) -> bool:
    """Whether 说 at ``b`` is a word of its own after a name's last character (王志和|说，, 孙大为|
    说：): punctuation follows it (not 说明, 说唱) and it closes no common word with that character
    (对某某来说，)."""
    return text.startswith("说", b) and b + 1 < len(text) and text[b + 1] in _NAME_CLOSERS \
        and text[b - 1:b + 1] not in T.common_words


def _name_at(text: str, i: int, T: Tables, blocked=frozenset(), rare: bool = False) -> int | None:
    """End of a name starting at ``i`` (followed by a sensible next character), or None."""
    n = len(text)
    for L in (4, 3, 2) if text[i:i + 2] in T.compound_surnames else (3, 2):
        b = i + L
        if b > n or not _valid(text, i, b, T, blocked, rare):
            continue
        if _follow_ok(text, b, T):
            if (L == 4 or (L == 3 and text[i:i + 2] not in T.compound_surnames)) and b < n \
                    and (text[b - 1:b + 1] in T.name_verbs or text[b - 1:b + 2] in T.func_not_names
                         or text[b - 1:b + 2] in T.name_verbs
                         or (text[b - 1] in T.name_func and text[b - 1:b + 1] in T.common_words)):
                continue  # 王建国察看, 司马光陪同, 王刚作报告: the verb; 王文进一步…, 王刚正在: the adverb, not part of the name
            return b
    return None


def _placelike_name(text: str, j: int, T: Tables, places=frozenset()) -> int | None:
    """End of a three-character name right after a title whose surname and first given
    character read as a place or word (董事长武汉某表示, 主任高新某介绍: 武汉, 高新 are no names alone),
    when a word written after names, 说 or punctuation closes it; not a place with its level
    (主任洛阳市), a word of three, or a name part that is a function character. ``places``: the
    starts of two-character lexicon places (书记都华东主持, 副县长王中原表示: 华东, 中原 no names alone)."""
    b = j + 3
    name = text[j:b]
    if b > len(text) or name[0] not in T.surnames or not _HANS.fullmatch(name) or name[2] in LEVELS \
            or name[2] in T.name_func or name in T.common_words or name[1:] in T.common_words \
            or (name[:2] not in T.not_names and (j + 1) not in places) or not (_closed(text, b, T) or text.startswith("说", b)):
        return None
    return b


def _compound_ok(text: str, a: int, T: Tables) -> bool:
    """Whether a name of four may start at ``a``: a compound surname that is no common word
    (上官丽娟表示, 欧阳文博、上官丽娟等; not 东方明珠)."""
    return text[a:a + 2] in T.compound_surnames and text[a:a + 2] not in T.common_words


def _described_name(text: str, j: int, b: int, T: Tables) -> bool:
    """Whether text[j:b], right after a word that describes a person (村民谷满仓养殖, 退伍军人庹勇表示),
    is a name there: of two characters when a word written after names (after_person.tsv, 说)
    follows; of three with no function character in its given name and no common word across
    its given name or its end (居民成了第一批, 村民闻讯赶来). The caller has tested that its first
    two characters are no common word (村民代表, 党员干部)."""
    if b - j == 2:
        return text[b:b + 2] in T.name_verbs or text.startswith("说", b)
    return b - j == 3 and text[j + 1] not in T.name_func and text[j + 2] not in T.name_func \
        and text[j + 1:j + 3] not in T.common_words and text[b - 1:b + 1] not in T.common_words


#: last characters of the common words of time (当天, 明天, 年底, 前期) that are no given names
_TIME_ENDS = frozenset("天日年月时期前后底初间晚早午夜季周")


def _word_name(text: str, j: int, T: Tables) -> int | None:
    """The end of a two-character name that is also a common noun (田野, 文静, 蓝天, 向东), right
    after a title, when a word written after names follows (镇党委书记田野带领, 副市长向东出席):
    no verb, adverb or function word (common_words.tsv func=1), no word of not_names.tsv, no word
    of time (当天, 明天), or None."""
    b = j + 2
    w = text[j:b]
    if b < len(text) and w in T.common_words and w[0] in T.surnames and w not in T.func_not_names \
            and w not in T.not_names and w[1] not in _TIME_ENDS and w[1] not in T.name_func \
            and text.startswith(T.name_after_words, b):
        return b
    return None


def _closed(text: str, b: int, T: Tables) -> bool:
    """Whether a name may end at ``b`` by what follows: the text's end, punctuation or a word
    written after names (表示, 说: after_name.tsv)."""
    return b == len(text) or text[b] in _NAME_CLOSERS or text.startswith(T.name_after_words, b)


def _left_ok(text: str, a: int, title_ends: set, T: Tables | None = None) -> bool:
    return (a == 0 or not _han(text[a - 1]) or text[a - 1] in _PREV_OK or a in title_ends
            or (T is not None and text[a - 2:a] in T.hard))


_LIST_END = re.compile(r"等(?:人)?(?:参加|陪同|出席|一同|参与|分别)|等(?=[省市县区镇乡]领导)"  # …等市领导: a list title
                       r"|等(?=同志|[\u4e00-\u9fff]{0,4}代表(?:发言|参加|出席|讲话))")  # …等同志, 等青年代表发言
# A line that begins with a name of two or three and a colon (张三:…): what comes before a colon.
_HEADLINE = re.compile(r"[ \t•·]*([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,3})")
_SAYS = re.compile("|".join(SAYS_WORDS))  # tried where its words are (cue words)


def _headline_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names that begin a line and are followed by a colon (张三:…): the text
    of the line before its first colon, looked at only where a colon is."""
    out = []
    k = text.find(":")
    while k != -1:
        m = _HEADLINE.fullmatch(text, text.rfind("\n", 0, k) + 1, k)
        if m:
            out.append(m.span(1))
        k = text.find(":", k + 1)
    return out


def foreign_names(text: str, T: Tables, stops: set) -> list[tuple[int, int]]:
    """Foreign names written with a middle dot: transliteration characters (rules/
    transliteration.tsv) on both sides of each dot (安瓦尔·易卜拉欣), the first part not reaching
    back past a known span or title (总理|安瓦尔·…)."""
    out: list[tuple[int, int]] = []
    last = -1
    if "·" not in text and "•" not in text and "・" not in text:  # _DOTS
        return out
    for m in _DOT.finditer(text):
        d = m.start()
        if d < last:
            continue
        a = d
        while a > 0 and d - a < 6 and text[a - 1] in T.transliteration and a not in stops:
            a -= 1
        b = d
        while b < len(text) and text[b] in _DOTS:  # one or more parts after dots
            k = b + 1
            while k < len(text) and k - b <= 8 and text[k] in T.transliteration:
                k += 1
            if k == b + 1:
                break
            b = k
        while b > d + 2 and text[b - 1:b + 1] in T.common_words:
            b -= 1  # 买买提·艾力不仅…: the word after the name (不仅, 都是) begins in its last character
        if d - a >= 1 and b > d + 1:
            out.append((a, b))
            last = b
    return out


#: What ends a byline's dateline after its place (记者 王某 郑州报道, 本报某地讯).
_DATELINE_END = ("报道", "讯", "电")


def _appointed_list(text: str, b: int, T: Tables, blocked) -> bool:
    """Whether the first name of an appointment, ending at ``b``, opens a list of names that 为
    or 的 closes (任命A、B为…, 免去A、B的…职务): the others are found as a list after it."""
    n = len(text)
    while b < n and text[b] == "、":
        c = _name_at(text, b + 1, T, blocked)
        if c is None:
            return False
        b = c
    return b < n and text[b] in _APPOINTED_NEXT and text[b - 1] != "、"


def _byline_list(text: str, b: int, T: Tables, blocked) -> dict[int, int]:
    """More names after a byline's first name ending at ``b``, each after a space or 、
    (记者 张三 李四): the list ends at anything else."""
    out: dict[int, int] = {}
    n = len(text)
    while True:
        j = b
        while j < n and j - b < 2 and text[j] in _LIST_GAP:
            j += 1
        if j == b or j >= n or j in blocked:
            return out  # (记者 王某 郑州报道: a known place or title, no name)
        c = _name_at(text, j, T, blocked) or _spaced_name(text, j, T)
        if not c or text.startswith(_DATELINE_END, c):
            return out  # (… 南阳报道, … 某地讯: the dateline's place)
        out[j] = c
        b = c


def _spaced_name(text: str, i: int, T: Tables) -> int | None:
    """The end of a two-character name written with a space between its characters at ``i``
    (记者 王 芳: bylines align names so), or None: a surname, a space, one Chinese character
    and no Chinese character after it."""
    if i + 3 <= len(text) and text[i] in T.surnames and text[i + 1] in " \u3000" and _han(text[i + 2]) \
            and (i + 3 == len(text) or not _han(text[i + 3])):
        return i + 3
    return None


def _paren_names(text: str, a: int, b: int, T: Tables, blocked) -> dict[int, int]:
    """The names of a parenthesised byline text[a:b]: chunks between spaces, each a name or two
    names written together (王晓东李岩 -> a name of three and one of two); all or nothing."""
    out = {}
    i = a
    for chunk in text[a:b].split(" "):
        k, L = i, len(chunk)
        if not chunk:
            i += 1
            continue
        if 2 <= L <= 3 and _valid(text, k, k + L, T, blocked):
            out[k] = k + L
        elif 4 <= L <= 6:
            for first in (3, 2):
                if L - first in (2, 3) and _valid(text, k, k + first, T, blocked) and \
                        _valid(text, k + first, k + L, T, blocked):
                    out[k] = k + first
                    out[k + first] = k + L
                    break
            else:
                return {}
        else:
            return {}
        i += L + 1
    return out


_SEX_CUES = (",男,", ",女,", "(男,", "(女,")


def _sex_entries(text: str, found: dict[int, int], T: Tables, blocked) -> None:
    """Names of a personnel notice's entries (孟建国,男,1975年生; 张丽(女,汉族,…)): a name of two to
    four characters right before the cue, opening its clause (no Chinese character before it)."""
    for cue in _SEX_CUES:
        k = text.find(cue)
        while k != -1:
            for L in (4, 3, 2):
                a = k - L
                if a >= 0 and a not in found and (a == 0 or not _han(text[a - 1])) \
                        and (L < 4 or text[a:a + 2] in T.compound_surnames) and _valid(text, a, k, T, blocked):
                    found[a] = k
                    break
            k = text.find(cue, k + 1)


def _org_ends(lex: list, heads: list) -> set:
    """Ends of the lexicon and head names of organisations and companies."""
    lex_t: list[tuple[int, int, str, str]] = lex  # each item unpacked natively
    heads_t: list[tuple[int, int, str, int, bool]] = heads
    return ({x[1] for x in lex_t if x[2] == "ORG" or x[2] == "COMPANY"}
            | {x[1] for x in heads_t if x[2] == "ORG" or x[2] == "COMPANY"})


def standing_before(text: str, s: int, T: Tables) -> int:
    """The length of the word of standing or holding (title_before.tsv: 任, 原, 时任) that ends
    at a title's start ``s``, else 0."""
    if text[s - 2:s] in T.title_before:
        return 2
    if text[s - 1] in T.title_before and text[s - 2:s] not in T.common_words:
        return 1
    return 0


def persons(text: str, good_pos, lex, heads, lex_starts: set, T: Tables,
            says: list[tuple[int, int]], appoint: list[tuple[int, int]],
            described: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Person names ``(start, end)`` of ``text``, flat and sorted. ``good_pos``: the titles
    ``(start, end, title)``; ``lex``, ``heads``, ``lex_starts``: as ``Hits`` has them; ``says``,
    ``appoint``: the spans of the words of saying (``SAYS_WORDS``) and of appointment
    (任命, 免去: ``after_name.tsv`` appoint), from ``Hits.cues``; ``described``: the spans of the
    words that describe a person (村民, 劳动模范: ``person_nouns.tsv``)."""
    n = len(text)
    found: dict[int, int] = {}
    # the lists read with their items' types: each item unpacked natively, not field by field
    lex_t: list[tuple[int, int, str, str]] = lex
    pos_t: list[tuple[int, int, str]] = good_pos
    title_ends = {x[1] for x in pos_t}
    blocked = lex_starts | {x[0] for x in pos_t}
    # a two-character name that a function character ends (华为: 李振华|为…) blocks no given name
    # it would begin in: the name's last character and the word after it, read as one
    func_ended = {x[0] for x in lex_t if x[1] - x[0] == 2 and text[x[0] + 1] in T.name_func}
    if func_ended:
        blocked = blocked - func_ended
    org_ends = None  # made when first needed
    for s, e, label, div in lex_t:
        if label == "PERSON":
            found[s] = e
    # after a title: 市委书记王建国, 记者 刘晓, 通讯员: 陈明
    by_end: dict[int, str] = {}
    for s, e, t in pos_t:
        if e not in by_end or len(t) > len(by_end[e]):
            by_end[e] = t
    title_starts = {s for s, e, t in pos_t}
    short_places = {x[0] for x in lex_t if x[2] == "PLACE" and x[1] - x[0] == 2}
    for e, t in by_end.items():
        j = e
        if t in T.list_titles and text.startswith(LIST_LEADS, j):
            j += 2  # 市领导有:张三、李四
        if t in T.byline_titles:
            while j < n and j - e < 3 and text[j] in " :":
                j += 1
        elif j < n and text[j] == ":":  # 总监:王某
            j += 1
        if j < n:
            # a list title (市领导) introduces names: a place inside one is no block (刘南河)
            b = _name_at(text, j, T, frozenset() if t in T.list_titles else blocked, rare=True) \
                or _placelike_name(text, j, T, short_places)
            if b and b - j == 2 and text[j] in T.soft and text[j + 1] in T.surnames and b in title_starts:
                b = None  # 王书记和李主任: a conjunction (boundaries.tsv soft), then a surname the next title addresses
            elif b and text[j] in T.soft and (text[j + 1:b] in T.common_words or not _closed(text, b, T)):
                b = None  # 董事长和员工代表, 书记和专家座谈: the conjunction, unless a name's end follows
            if not b and t in T.byline_titles:
                b = _spaced_name(text, j, T)
            if not b:
                b = _word_name(text, j, T)
            if b:
                found[j] = b
                if t in T.byline_titles and t not in T.list_titles:
                    found.update(_byline_list(text, b, T, blocked))
    # before a title: 王建国书记, 李明律师 (not before 村党支部书记: that is the village);
    # a byline's name may stand a space before it (张三 记者李四报道)
    surnames, compound = T.surnames, T.compound_surnames
    for s, e, t in pos_t:
        if t[0] in _UNIT_TITLE or (s > 0 and text[s - 1] == text[s]) \
                or (s > 0 and text[s - 1] in _UNIT_TITLE and t[0] == "党"):
            continue  # (宣传部部长, 教育局局长: a body before the title of its head, no name; 某镇|党委书记)
        if t in T.byline_titles and s > 0 and text[s - 1] == " ":
            s -= 1
        elif s > 2:
            s -= standing_before(text, s, T)  # 王刚任|县长, 李明原|局长: the name ends before the word
        for L in (4, 3, 2):
            a = s - L
            if L == 4 and (a < 0 or text[a:a + 2] not in compound or text[a:a + 2] in T.common_words):
                continue  # 欧阳明远|书记: four characters only after a compound surname that is no word (东方)
            if a < 0 or (text[a] not in surnames and text[a:a + 2] not in compound):
                continue  # no surname there: _valid's first test, without the call
            if L == 2 and text[a] in T.soft and text[a + 1] in surnames:
                break  # 王书记和李主任: a conjunction and a surname addressed by the title, no name
            if a not in found and a not in lex_starts and _valid(text, a, s, T, blocked) and _left_ok(text, a, title_ends):
                found[a] = s
                break
    # parenthesised bylines
    for m in _PAREN_BYLINE.finditer(text) if "(" in text else ():
        after = m.end()
        if m.group(2) or after >= n or text[after] == "\n":
            found.update(_paren_names(text, m.start(1), m.end(1), T, blocked))
    # a headline quoting someone: 张三:…
    for a, b in _headline_names(text):
        if a not in lex_starts and _valid(text, a, b, T, blocked):
            found[a] = b
    # a name before what people do (介绍, 表示), after a break or a body: …指挥部办公室张三介绍
    for m in matches_at(_SAYS, text, {s for s, e in says}):
        k = m.start()
        if k and text[k - 1:k + 1] in T.common_words:
            continue  # 武侠小说, 据说: the word of saying is the end of another word
        notice = text.startswith("同志", k)  # 公孙某某同志任…: a compound surname that is a word too
        for L in (4, 3, 2):
            a = k - L
            if a >= 0 and a not in found and (L < 4 or _compound_ok(text, a, T) or (notice and text[a:a + 2] in T.compound_surnames)) \
                    and a not in lex_starts and _valid(text, a, k, T, blocked):
                if not _left_ok(text, a, title_ends):
                    if org_ends is None:
                        org_ends = _org_ends(lex, heads)
                    if a not in org_ends:
                        continue
                found[a] = k
                break
    # a name after a verb of appointment, before 为/的/同志: 任命陈丽华为某局副局长, 免去张明的…职务
    for _, a in appoint:
        for L in (4, 3, 2):
            b = a + L
            if b < n and a not in found and (L < 4 or _compound_ok(text, a, T)) and _valid(text, a, b, T, blocked - {a}) and (
                    text[b] in _APPOINTED_NEXT or _appointed_list(text, b, T, blocked)):
                found[a] = b
                break
    # a personnel notice's entry: 孟建国,男,1975年生; 张丽(女,汉族): the name opens its clause, its sex follows
    if "男," in text or "女," in text:
        _sex_entries(text, found, T, blocked)
    # a name after a word that describes a person: 村民谷满仓养殖肉牛, 退伍军人庹勇表示
    for _, j in described or ():
        if j < n and j not in found and text[j] not in T.soft and text[j] not in _PREV_OK \
                and text[j:j + 2] not in T.common_words and text[j:j + 2] not in T.not_names:  # (村民和游客)
            b = _name_at(text, j, T, blocked, rare=True)
            if b is None:
                b = j + 2 if text[j + 2:j + 4] in T.name_verbs or text.startswith("说", j + 2) else j + 3
                if b >= n or not _valid(text, j, b, T, blocked, rare=True):
                    continue
            if _described_name(text, j, b, T):
                found[j] = b  # (带领村民修路。: a name of two only before a word written after names)
    # lists of names before 等参加/等陪同: 张三、李四等参加调研
    for m in _LIST_END.finditer(text) if "等" in text else ():
        k = m.start()
        while True:
            got = None
            for L in (4, 3, 2):
                a = k - L
                if a >= 0 and (L < 4 or _compound_ok(text, a, T)) and (a not in lex_starts or a in found) \
                        and _valid(text, a, k, T, blocked) and (a == 0 or text[a - 1] in "、,。 \n" or
                                                                _left_ok(text, a, title_ends)):
                    got = a
                    break
            if got is None:
                break
            found.setdefault(got, k)
            if got >= 1 and text[got - 1] == "、":
                k = got - 1
            else:
                break
    # a lexicon place is never a person (伊川县县长…: 伊川县 is not a name); a two-character
    # short name (金华, 安康) may be a person's name after a title, as people are named so
    if not found:
        return []
    place_starts = {x[0] for x in lex_t if x[2] == "PLACE" and (x[1] - x[0] > 2 or text[x[1] - 1] in LEVELS)}
    for a in [a for a in found if a in place_starts]:
        del found[a]
    # names known in this text: every mention; lists around them (A、B、C)
    done: set[str] = set()
    for _ in range(3):
        before = len(found)
        names = {text[a:b] for a, b in found.items()} - done
        done |= names
        if names:  # str.find per name, longest first: no regex compiled per document
            covered = bytearray(n)
            for name in sorted(names, key=len, reverse=True):
                k = text.find(name)
                while k != -1:
                    b = k + len(name)
                    if covered.find(1, k, b) == -1:
                        covered[k:b] = b"\x01" * (b - k)
                        if k not in found and _left_ok(text, k, title_ends, T) and _follow_ok(text, b, T):
                            found[k] = b
                    k = text.find(name, b)
        for a, b in sorted(found.items()):
            while b < n - 1 and text[b] == "、" and (b + 1) not in found:
                c = _name_at(text, b + 1, T, blocked)
                if not c:
                    break
                found[b + 1] = c
                b = c
            while a >= 3 and text[a - 1] == "、":
                for L in (4, 3, 2):
                    x = a - 1 - L
                    if x >= 0 and x not in found and (L < 4 or _compound_ok(text, x, T)) and _valid(text, x, a - 1, T, blocked) and _left_ok(text, x, title_ends):
                        found[x] = a - 1
                        break
                else:
                    break
                a = x
        if len(found) == before:
            break
    # keep the longest at each place, drop names inside others
    for a in [a for a in found if a in place_starts]:
        del found[a]
    out = []
    last = -1
    for a, b in sorted(found.items()):
        if a >= last:
            out.append((a, b))
            last = b
    return out
