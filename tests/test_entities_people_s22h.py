"""People and their titles in Henan government and business news (session 22, H): verbs of
ceremony read as names after a title, crop variety codes read as names, names the model cuts
before a verb no list knows, four-character names with a compound surname before a cue, and a
list title written with 有: before its names. Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from entity_helpers import ents

CASES = [
    # a verb of ceremony right after a title is no name (宣誓, 揭牌, 鞠躬)
    ("新总统宣誓就职后首次出访。", [("POSITION", "总统")]),
    ("新任院长宣誓就职，承诺加强科研。", [("POSITION", "院长")]),
    ("副市长揭牌并致辞。", [("POSITION", "副市长")]),
    ("新当选的主任鞠躬致谢。", [("POSITION", "主任")]),
    # a crop variety's code: a surname-led brand and digits is no name
    ("种粮大户今年全部种植郑麦369。", []),
    ("郑单958、浚单20等玉米品种在全县推广。", []),
    ("优质小麦品种郑麦1860今年种植面积扩大。", []),
    ("王平2019年调任嵩县。", [("PERSON", "王平"), ("PLACE", "嵩县")]),  # guard: a year after a name
    # a three-character name the model cut before a verb no list knows
    ("尹国全开办了一家农机合作社。", [("PERSON", "尹国全"), ("ORG", "农机合作社")]),
    ("刘振全开车把农产品送到城里。", [("PERSON", "刘振全")]),
    ("张国全开发了一款新产品。", [("PERSON", "张国全")]),
    ("杨光明确表示支持企业发展。", [("PERSON", "杨光")]),  # guard: 明确 is a word
    ("何文进一步介绍了项目进展。", [("PERSON", "何文")]),  # guard: 进一步 is a word
    # a four-character name with a compound surname before a cue or in a list
    ("上官丽娟表示，今年将扩大种植规模。", [("PERSON", "上官丽娟")]),
    ("聂小青、欧阳文博、上官丽娟等参加调研。",
     [("PERSON", "聂小青"), ("PERSON", "欧阳文博"), ("PERSON", "上官丽娟")]),
    # a name after a word that describes a person (no office, so no POSITION)
    ("村民谷满仓养殖肉牛三百头。", [("PERSON", "谷满仓")]),
    ("全国劳动模范金玉凤获颁奖章。", [("PERSON", "金玉凤")]),
    ("优秀共产党员苟建新扎根山区。", [("PERSON", "苟建新")]),
    ("退伍军人庹勇带领乡亲们种植花椒。", [("PERSON", "庹勇")]),
    ("带领村民修路。", []),  # guard: a verb after the word, no name of two
    ("三十多名村民闻讯赶来。", []),  # guard: a word across the name's end
    ("不少居民成了第一批受益者。", []),  # guard: a function character
    ("村民代表大会审议通过了方案。", []),  # guard: a common word
    ("景区接待的村民和游客明显增多。", []),  # guard: a conjunction
    # a Uyghur name written with a middle dot is one PERSON, its usual characters included
    ("阿依古丽·买买提在会上介绍了对口协作情况。", [("PERSON", "阿依古丽·买买提")]),
    ("热依拉·阿不都介绍，合作社今年增收两成。", [("PERSON", "热依拉·阿不都")]),
    ("迪丽努尔·阿不力孜出席活动。", [("PERSON", "迪丽努尔·阿不力孜")]),
    ("买买提·艾力不仅种植红枣，还办起了加工厂。", [("PERSON", "买买提·艾力")]),  # the word after it stays out
    # after a title, a surname and a two-character place closed by a word after names is a name
    ("市委副书记、政法委书记都华东主持会议。",
     [("POSITION", "市委副书记"), ("ORG", "政法委"), ("POSITION", "书记"), ("PERSON", "都华东")]),
    ("副县长王中原主持会议。", [("POSITION", "副县长"), ("PERSON", "王中原")]),
    ("书记到郑州调研。", [("POSITION", "书记"), ("PLACE", "郑州")]),  # guard: no surname before the place
    # titles of administrations, headquarters, missions and mines; roles needing a name
    ("海关总署署长俞建华在郑州调研。",
     [("ORG", "海关总署"), ("POSITION", "署长"), ("PERSON", "俞建华"), ("PLACE", "郑州")]),
    ("指挥长王建国表示，要抓好落实。", [("POSITION", "指挥长"), ("PERSON", "王建国")]),
    ("矿长王建国表示，要抓好安全。", [("POSITION", "矿长"), ("PERSON", "王建国")]),
    ("总工王建国介绍了技术方案。", [("POSITION", "总工"), ("PERSON", "王建国")]),
    ("河长王建国带队巡河。", [("POSITION", "河长"), ("PERSON", "王建国")]),
    ("该项目施工总工期为6年。", []),  # guard: 总工 needs a name
    ("全面推行河长制。", []),  # guard: 河长 needs a name
    # a model name that runs into the word after it ends before it
    ("红旗渠精神的代表人物杨贵曾任林县县委书记。",
     [("PLACE", "红旗渠"), ("PERSON", "杨贵"), ("POSITION", "县委书记")]),
    ("快递员王磊帮助老人过马路。", [("PERSON", "王磊")]),
    # a two-character county after a word of holding an office (任, 原) stands as a place
    ("李建军任嵩县县长。", [("PERSON", "李建军"), ("PLACE", "嵩县"), ("POSITION", "县长")]),
    ("原叶县县委书记王刚出席。", [("PLACE", "叶县"), ("POSITION", "县委书记"), ("PERSON", "王刚")]),
    ("他在嵩县县长任上干了五年。", [("PLACE", "嵩县"), ("POSITION", "县长")]),  # 任上 is no name
    # rare surnames of Henan (雒, 菅; 暴 only after a title, as it is a common character)
    ("副县长雒建国主持会议。", [("POSITION", "副县长"), ("PERSON", "雒建国")]),
    ("暴雨过后，副市长暴志强察看灾情。", [("POSITION", "副市长"), ("PERSON", "暴志强")]),
    ("村民菅满囤说，今年收成好。", [("PERSON", "菅满囤")]),
    # a given name that is also a common noun, after a title and before a word written after names
    ("镇党委书记田野带领干部入户走访。", [("POSITION", "镇党委书记"), ("PERSON", "田野")]),
    ("市长当天主持会议。", [("POSITION", "市长")]),  # guard: a word of time
    ("书记亲自部署。", [("POSITION", "书记")]),  # guard: an adverb
    ("公司董事长方面表示同意。", [("POSITION", "董事长")]),  # guard
    # a list title written with 有: before its names is their POSITION
    ("出席会议的市领导有：宋纪中、王伟、李大鹏。",
     [("POSITION", "市领导"), ("PERSON", "宋纪中"), ("PERSON", "王伟"), ("PERSON", "李大鹏")]),
    ("参加调研的区领导是：张红、李卫东。", [("POSITION", "区领导"), ("PERSON", "张红"), ("PERSON", "李卫东")]),
    ("市领导有关负责同志出席。", []),  # guard: 有关 opens no list
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:14] for c in CASES])
def test_people_and_titles(text, expected):
    assert ents(text) == expected


FACTS = [
    ("新当选县长刘东升向代表们鞠躬致谢。", {("刘东升", "县长", None)}),  # 当选 holds the office
    ("王刚曾担任县长。", {("王刚", "县长", None)}),  # guard: 担任 after 曾
    ("翟红伟任嵩县县委书记，李建军任嵩县县长。",
     {("翟红伟", "县委书记", "嵩县"), ("李建军", "县长", "嵩县")}),
    # the office a person held, written before 的 and the name (时任, 担任, 现任)
    ("时任洛阳市副市长的张建国分管工业。", {("张建国", "副市长", "洛阳市")}),
    ("担任县委书记的王建伟带领群众修路。", {("王建伟", "县委书记", None)}),
    ("董事长的儿子张三也来了。", set()),  # guard: no word of holding, the name is another's
    ("出席会议的市领导有：宋纪中、王伟、李大鹏。",
     {("宋纪中", "市领导", None), ("王伟", "市领导", None), ("李大鹏", "市领导", None)}),
    ("参加调研的区领导是：张红、李卫东。", {("张红", "区领导", None), ("李卫东", "区领导", None)}),
]


@pytest.mark.parametrize("text,expected", FACTS, ids=[c[0][:14] for c in FACTS])
def test_list_title_facts(text, expected):
    import luoyang_nlp

    doc = luoyang_nlp.extract(text)

    def show(ref):
        return None if ref is None else text[ref["start"]:ref["end"]]

    assert {(show(f["person"]), show(f["position"]), show(f["org"])) for f in doc.facts if "person" in f} == expected
