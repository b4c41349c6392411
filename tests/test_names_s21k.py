"""Names no lexicon lists, in regional economic news (session 21, helper K): outlets named only by
their reporter (某某新闻记者从…获悉), a body's office in another place (驻某地办事处), a firm's brand
and industry word after a place (某县的某某铝业), and a known brand with the industry word the press
writes after it (某某物流). Sentences written for these tests; names of firms and outlets are invented
but for a few national firms the lexicon lists."""

import pytest

from entity_helpers import ents

CASES = [
    # an outlet between a break (or 据) and 记者 + a verb of learning (media.tsv kind=reporter)
    ("据星辰财经记者了解，该园区今年签约项目22个。",
     [("ORG", "星辰财经"), ("POSITION", "记者")]),
    ("云端新闻记者从宜阳县发改委获悉，该县新开工项目12个。",
     [("ORG", "云端新闻"), ("POSITION", "记者"), ("ORG", "宜阳县发改委")]),
    ("据豫中视频全媒体记者注意到，展会现场人头攒动。",
     [("ORG", "豫中视频"), ("POSITION", "全媒体记者")]),
    ("据记者了解，园区已入驻企业40家。", []),  # guard: no name before 记者
    ("近日记者从市工信局获悉，全市工业运行平稳。", [("ORG", "市工信局")]),  # guard: a time word
    ("采访中记者了解到，合作社今年增收明显。", []),  # guard: a locative, no outlet
    ("据随行记者了解，现场气氛热烈。", []),  # guard: a common word
    # a quoted outlet before an app word, or after 据/从 before a word of reporting (media.tsv quoted_*)
    ("据“云上伊川”客户端报道，全县项目建设加快。", [("ORG", "云上伊川")]),
    ("记者从“星河发布”获悉，全省经济稳中向好。", [("ORG", "星河发布")]),
    ("据“洛水之声”报道，项目签约落地。", [("ORG", "洛水之声")]),
    ("据“伊川融媒”消息，全县新开工项目20个。", [("ORG", "伊川融媒")]),
    ("关注“洛城观察”公众号获取更多资讯。", [("ORG", "洛城观察")]),
    ("据“十四五”规划，全市将建设多个项目。", []),  # guard: a plan's name
    # 驻 + a known place + an office: one ORG, with the place it belongs to before 驻
    ("嵩县驻上海办事处组织企业开展对接。", [("ORG", "嵩县驻上海办事处")]),
    ("充分发挥驻杭州招商联络处、驻广州办事处的作用。",
     [("ORG", "驻杭州招商联络处"), ("ORG", "驻广州办事处")]),
    ("洛宁县驻郑州联络处负责人出席活动。", [("ORG", "洛宁县驻郑州联络处")]),
    ("群众向驻村工作队反映情况。", []),  # guard: no place after 驻
    # a brand (no common word) and an industry word after a place and 的: a company, the place apart
    ("汝阳县的恒晟铝业今年营业收入增长两成。", [("PLACE", "汝阳县"), ("COMPANY", "恒晟铝业")]),
    ("新安县的瑞丰化工上半年产值同比增长18%。", [("PLACE", "新安县"), ("COMPANY", "瑞丰化工")]),
    ("栾川的鼎泰钼业新建选矿生产线。", [("PLACE", "栾川"), ("COMPANY", "鼎泰钼业")]),
    # … a city written without its level word right before the brand is part of the firm's name,
    # and the brand and industry word alone later are the same firm
    ("开封天择重工与洛阳某院所签约，天择重工将扩大产能。",
     [("COMPANY", "开封天择重工"), ("PLACE", "洛阳"), ("COMPANY", "天择重工")]),
    ("宜阳县的耐火材料产业加快转型。", [("PLACE", "宜阳县")]),  # guard: a sector (kind=sector_next)
    ("伊川县的精细化工、新型建材产业稳步发展。", [("PLACE", "伊川县")]),  # guard: common words
    ("孟津区的特种玻璃产品远销海外。", [("PLACE", "孟津区")]),  # guard
    # a known firm's brand and the industry word written after it (company_shapes.tsv kind=tail)
    ("京东物流在洛阳新建分拨中心。", [("COMPANY", "京东物流"), ("PLACE", "洛阳")]),
    ("顺丰速运与偃师区签订合作协议。", [("COMPANY", "顺丰速运"), ("PLACE", "偃师区")]),
    ("宁德时代物流体系不断完善。", [("COMPANY", "宁德时代")]),  # guard: a line of business
    ("宁德时代材料需求旺盛。", [("COMPANY", "宁德时代")]),  # guard: a product noun
    # a three-character name after a title whose first two characters read as a place or a word,
    # closed by a word of saying or punctuation (persons._placelike_name)
    ("据县工信局局长高新宇介绍，全县工业运行平稳。",
     [("ORG", "县工信局"), ("POSITION", "局长"), ("PERSON", "高新宇")]),
    ("公司董事长武汉平表示，将扩大在洛投资。", [("POSITION", "董事长"), ("PERSON", "武汉平")]),
    ("常务副县长黄河林说，全县项目进展顺利。", [("POSITION", "常务副县长"), ("PERSON", "黄河林")]),
    ("县委书记洛阳市委常委", [("POSITION", "县委书记"), ("PLACE", "洛阳"), ("POSITION", "市委常委")]),  # guard
    ("市长郑州市", [("POSITION", "市长"), ("PLACE", "郑州市")]),  # guard: a place with its level
    # a named reservoir (heads.tsv 水库: PLACE); a kind of reservoirs (小型, 病险: generic.tsv) and a
    # pumped-storage station's upper or lower pool name none
    ("石门峪水库水位持续上升。", [("PLACE", "石门峪水库")]),
    ("洛宁县的寻峪水库是重要水源地。", [("PLACE", "洛宁县"), ("PLACE", "寻峪水库")]),
    ("下游的黄柏沟水库开始蓄水。", [("PLACE", "黄柏沟水库")]),
    ("全县小型水库除险加固全部完成。", []),  # guard
    ("对病险水库进行全面排查。", []),  # guard
    ("抽水蓄能电站上水库完成开挖。", []),  # guard
    # metals' firm words (钴业, 锂业, 钨业: company_shapes.tsv) after a place
    ("嵩县与浙江华瑞钴业签署战略合作协议。", [("PLACE", "嵩县"), ("COMPANY", "浙江华瑞钴业")]),
    ("栾川县的金峰钨业今年产值增长20%。", [("PLACE", "栾川县"), ("COMPANY", "金峰钨业")]),
    ("汝阳县的天诚锂业新上一条生产线。", [("PLACE", "汝阳县"), ("COMPANY", "天诚锂业")]),
    # 在 + a place + a verb of building before a body's head: where something is built, no name
    ("该集团计划在伊川建设研究院。", [("PLACE", "伊川")]),
    ("该校将在孟津建设实验室。", [("PLACE", "孟津")]),
    ("他们在汝阳建设研究所。", [("PLACE", "汝阳")]),
    ("在洛阳市住房和城乡建设局的指导下，项目顺利推进。", [("ORG", "洛阳市住房和城乡建设局")]),  # guard
    # the full name of a government's state-assets commission (org_bodies.tsv): 有 in 国有 ends no name
    ("河南省人民政府国有资产监督管理委员会发布通知。", [("ORG", "河南省人民政府国有资产监督管理委员会")]),
    ("洛阳市人民政府国有资产监督管理委员会召开会议。", [("ORG", "洛阳市人民政府国有资产监督管理委员会")]),
    ("郑州市国有资产监督管理委员会主任李建华出席。",
     [("ORG", "郑州市国有资产监督管理委员会"), ("POSITION", "主任"), ("PERSON", "李建华")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_names_table(text, expected):
    assert ents(text) == expected
