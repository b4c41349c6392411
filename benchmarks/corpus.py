"""A deterministic benchmark corpus of news-like documents, written by the project.

The sentences below are templates the project wrote for benchmarking; their slots are
filled from small word lists (real places around Luoyang, invented firm and person
names), so every document is different but reads like regional economic news, with the
density of the seed pages: about 10 figures and 30 names per 1000 characters. A share of documents is converted to
traditional characters (with the official OpenCC ``s2t`` when installed) and given
``字(pīn)`` pinyin annotations, as some pages carry. When ``../shared/corpus/seeds`` is
present its pages can be used instead (``source="seeds"``), repeated to the size asked.

    python benchmarks/corpus.py --mb 2.5 --out /tmp/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SHARED_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
SHARED_DEV = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"

PLACES = ["洛阳", "洛阳市", "伊滨区", "涧西区", "西工区", "老城区", "瀍河区", "洛龙区", "孟津区", "偃师区",
          "新安县", "栾川县", "嵩县", "汝阳县", "宜阳县", "洛宁县", "伊川县", "河南省", "郑州", "华中地区"]
TOWNS = ["李村镇", "白马寺镇", "城关镇", "庞村镇", "寇店镇", "佃庄镇", "诸葛镇", "关林镇"]
ROADS = ["开元大道", "王城大道", "古城路", "龙门大道", "中州路", "九都路"]
FIRMS = ["宏远新材料", "中原精密轴承", "河洛光电", "伊水智能装备", "龙门储能科技", "洛北重工",
         "天衡矿业", "嵩岳生物医药", "邙山新能源", "瀍东数控", "九朝电子", "牡丹汽车零部件"]
SUFFIX = ["有限公司", "股份有限公司", "集团", "科技有限公司"]
PROJECTS = ["年产{n}万吨高端铝材项目", "{p}智能制造产业园", "{f}洛阳生产基地", "{p}科技馆项目",
            "新能源电池材料一期项目", "{p}物流枢纽项目", "{f}研发中心项目", "高新区光伏组件基地"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红文斌宇浩凯鹏辉"
POSITIONS = ["市委书记", "市长", "副市长", "区委书记", "县长", "董事长", "总经理", "党工委书记", "局长", "主任"]
ORGS = ["市发改委", "市工信局", "市政府", "市委", "区管委会", "市统计局", "河南科技大学", "市商务局"]
UNITS_MONEY = ["亿元", "万元", "元", "亿美元"]
METRICS = ["总投资", "计划投资", "年产值", "营业收入", "税收", "固定资产投资"]
QUAL = ["", "", "", "约", "近", "超过", "逾"]
CN_NUM = ["一", "二", "三", "五", "十", "十二", "二十", "三十五", "一百四十", "两千"]

TEMPLATES = [
    "{date}，{place}{position}{person}带队调研{firm}，详细了解企业生产经营和项目建设情况。",
    "该项目位于{place}{town}，{metric}{qual}{num}{mu}，占地{num2}亩，建筑面积{num3}万平方米，预计{year}年{month}月建成投产。",
    "{project}由{firm}投资建设，{metric}{num}{mu}，达产后年产值可达{num2}亿元，新增就业岗位{int}个。",
    "今年以来，{place}规模以上工业增加值同比增长{pct}%，固定资产投资增长{pct2}%，高于全省平均水平{pp}个百分点。",
    "{person}指出，要坚持项目为王，围绕产业链布局创新链，推动{project}早日建成见效。",
    "截至{month}月底，全市{int}个省市重点项目完成投资{num}{mu}，占年度计划的{pct}%。",
    "{firm}{position}{person}介绍，公司今年订单同比增长{pct}%，产品出口到{int}个国家和地区。",
    "据{org}消息，{date}，{place}集中签约项目{int}个，总投资{num}{mu}，涉及高端装备、新材料、新能源等领域。",
    "项目一期建设{int}条生产线，设计产能{num2}GWh，配套建设{num3}兆瓦屋顶光伏电站。",
    "在{road}沿线，一栋栋厂房拔地而起，塔吊林立、车辆穿梭，施工人员近{int}人正在加紧作业。",
    "{org}{position}{person}表示，将持续优化营商环境，为企业提供全生命周期服务。",
    "全年实现地区生产总值{num}亿元，一般公共预算收入{num2}亿元，分别增长{pct}%和{pct2}%。",
    "该基地总用地面积约{num}亩，总长度{int}米，年处理能力{num2}万吨，预计{year}年底前全面竣工。",
    "{cn}年来，{place}累计引进{cn}{mu}以上项目{int}个，其中百亿级项目{int2}个。",
    "{date}上午，{project}开工仪式在{place}举行，{org}和{firm}负责人出席。",
    "记者从{org}获悉，{year}年第{q}季度全市进出口总额{num}{mu}，同比增长百分之{cn}。",
    "{person}一行先后来到{firm}生产车间和{project}建设现场，听取项目进展汇报。",
    "按照计划，项目将于{year}年{month}月{day}日完成主体结构施工，工期{int}天。",
    "{place}{position}{person}，{place2}{position2}{person2}参加活动。",
    "项目建成后可实现年销售收入{num}{mu}、利税{num2}亿元，带动上下游配套企业{int}余家。",
]
# Sentences without figures: most of a news page is narrative (the seed pages carry about
# 10 figures and 30 names per 1000 characters; NARRATIVE_SHARE is set to match).
NARRATIVE = [
    "{person}强调，要深入贯彻新发展理念，坚持以高质量发展为主线，加快构建现代化产业体系，奋力推动{place}经济社会高质量发展。",
    "在{firm}的智能化生产车间里，机械臂有序挥舞，自动导引车来回穿梭，工人们正在紧张有序地忙碌着。",
    "{org}相关负责人表示，下一步将坚持问题导向，强化要素保障，全力以赴推动项目早开工、早投产、早见效。",
    "{place}坚持把招商引资作为经济工作的生命线，围绕主导产业精准招商，不断壮大产业集群。",
    "{person}在调研中指出，各级各部门要强化服务意识，主动靠前服务，帮助企业解决实际困难。",
    "近年来，{place}聚焦先进制造业和战略性新兴产业，持续优化营商环境，一批重大项目相继落地。",
    "走进{project}建设现场，塔吊林立，机器轰鸣，一派热火朝天的繁忙景象。",
    "{firm}负责人介绍，企业将进一步加大研发投入，加快数字化转型，提升核心竞争力。",
    "{org}将持续深化放管服改革，推行项目审批全程代办，切实提升企业获得感和满意度。",
    "{position}{person}一行实地察看了项目进展情况，并与企业负责人深入交流。",
    "据了解，该项目采用国际先进的生产工艺和设备，建成后将进一步完善{place}产业链条。",
    "{place}各地各部门迅速行动，压实工作责任，形成了上下联动、齐抓共管的良好工作格局。",
    "与会人员一致认为，要抢抓战略机遇，发挥比较优势，推动产业链供应链协同发展。",
    "{person}表示，将以此次活动为契机，进一步加强与{place2}的交流合作，实现互利共赢。",
]
NARRATIVE_SHARE = 0.84
PINYIN = {"书": "shū", "记": "jì", "阳": "yáng", "区": "qū", "项": "xiàng", "目": "mù", "长": "zhǎng",
          "产": "chǎn", "业": "yè", "园": "yuán", "投": "tóu", "资": "zī"}


def _num(r: random.Random) -> str:
    k = r.random()
    if k < 0.4:
        return str(r.randint(1, 999))
    if k < 0.8:
        return f"{r.randint(1, 999)}.{r.randint(1, 99)}"
    return f"{r.randint(1, 99)},{r.randint(0, 999):03d}"


def _person(r: random.Random) -> str:
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))


def _firm(r: random.Random) -> str:
    return r.choice(["洛阳", "河南", ""]) + r.choice(FIRMS) + r.choice(SUFFIX)


def sentence(r: random.Random, narrative_share: float | None = None) -> str:
    place = r.choice(PLACES)
    firm = _firm(r)
    year = r.randint(2019, 2026)
    month = r.randint(1, 12)
    day = r.randint(1, 28)
    slots = dict(
        place=place, place2=r.choice(PLACES), town=r.choice(TOWNS), road=r.choice(ROADS), firm=firm,
        project=r.choice(PROJECTS).format(n=r.randint(5, 80), p=place, f=r.choice(FIRMS)),
        person=_person(r), person2=_person(r), position=r.choice(POSITIONS), position2=r.choice(POSITIONS),
        org=r.choice(ORGS), metric=r.choice(METRICS), qual=r.choice(QUAL), num=_num(r), num2=_num(r),
        num3=_num(r), mu=r.choice(UNITS_MONEY), int=r.randint(2, 3000), int2=r.randint(1, 9),
        pct=f"{r.randint(1, 40)}.{r.randint(0, 9)}", pct2=r.randint(1, 30), pp=f"{r.randint(0, 5)}.{r.randint(1, 9)}",
        year=year, month=month, day=day, date=f"{year}年{month}月{day}日", q=r.choice("一二三四"),
        cn=r.choice(CN_NUM),
    )
    share = NARRATIVE_SHARE if narrative_share is None else narrative_share
    pool = NARRATIVE if r.random() < share else TEMPLATES
    return r.choice(pool).format(**slots)


def document(r: random.Random, size: int = 2000, narrative_share: float | None = None) -> str:
    paras, n = [], 0
    while n < size:
        para = "".join(sentence(r, narrative_share) for _ in range(r.randint(2, 6)))
        paras.append("  " + para)
        n += len(para) + 3
    return "\n\n".join(paras)


def _traditional(texts: list[str], r: random.Random) -> list[str]:
    try:
        import opencc

        conv = opencc.OpenCC("s2t").convert
    except Exception:  # converter missing: keep simplified
        return texts
    out = []
    for t in texts:
        t = conv(t)
        # annotate a few characters the way some traditional pages do: 書(shū)記
        chars = []
        for ch in t:
            chars.append(ch)
            simp = {"書": "书", "記": "记", "陽": "阳", "區": "区", "項": "项", "長": "长", "產": "产", "業": "业",
                    "園": "园", "資": "资"}.get(ch, ch)
            if simp in PINYIN and r.random() < 0.3:
                chars.append(f"({PINYIN[simp]})")
        out.append("".join(chars))
    return out


def build(mb: float = 2.5, *, seed: int = 20241009, traditional_share: float = 0.05,
          source: str = "generated", doc_chars: int = 2000, narrative_share: float | None = None) -> list[str]:
    """Documents totalling at least ``mb`` megabytes of UTF-8 (``narrative_share=0``:
    figure-dense documents, about five times the figures of a news page)."""
    r = random.Random(seed)
    target = int(mb * 1_000_000)
    docs: list[str] = []
    total = 0
    if source in ("seeds", "dev"):
        if source == "seeds":
            pages = [p.read_text(encoding="utf-8") for p in sorted(SHARED_SEEDS.glob("*.txt"))]
        else:  # the 30 real articles of the development set (texts only)
            pages = [json.loads(line)["text"] for line in SHARED_DEV.read_text(encoding="utf-8").splitlines()
                     if line.strip()] if SHARED_DEV.is_file() else []
        if not pages:
            raise FileNotFoundError(f"no {source} pages under {SHARED_SEEDS if source == 'seeds' else SHARED_DEV}")
        i = 0
        while total < target:
            docs.append(pages[i % len(pages)])
            total += len(docs[-1].encode("utf-8"))
            i += 1
        return docs
    while total < target:
        d = document(r, doc_chars, narrative_share)
        docs.append(d)
        total += len(d.encode("utf-8"))
    k = int(len(docs) * traditional_share)
    if k:
        idx = r.sample(range(len(docs)), k)
        for i, t in zip(idx, _traditional([docs[i] for i in idx], r)):
            docs[i] = t
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.5)
    ap.add_argument("--source", choices=["generated", "seeds", "dev"], default="generated")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    docs = build(a.mb, source=a.source)
    with open(a.out, "w", encoding="utf-8") as f:
        for i, d in enumerate(docs):
            f.write(json.dumps({"id": str(i), "text": d}, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {sum(len(d) for d in docs)} chars -> {a.out}")


if __name__ == "__main__":
    main()
