#!/usr/bin/env python3
"""One-off converter: the collected real lists and cases (../shared/data/collected/) into content/.

Each list goes under a folder for its issuing department (made here when missing), in the department's own wording;
missing columns are said to be missing ("清单未列…"), never filled in; the source, dates, validity and fidelity note
become 来源说明. No 关键词 are written. Run from the repository root:
    python3 bench/search/import-collected.py DATA_DIR
Not a runtime dependency: the content it wrote is committed and edited like any other content.
"""
import json, re, sys
from pathlib import Path

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/collected")
OUT = Path("content/departments")

# list id -> (department code, department name, list file id, item id prefix)
LISTS = {
    "L002": ("zs-wsjkj", "中山市卫生健康局", "zs-wsjk-buyu-chufa-2021", "zs-wj"),
    "L003": ("js-rst", "江苏省人力资源和社会保障厅", "js-ldbz-buyu-chufa-1", "js-rs"),
    "L004": ("xn-rsj", "咸宁市人力资源和社会保障局", "xn-rs-shouwei-mianfa-2022", "xn-rs"),
    "L005": ("bd-lc-yjj", "保定市莲池区应急管理局", "bd-lc-yjgl-baorong-mianfa", "lc-yj"),
    "L006": ("yy-js-zrzyj", "岳阳市君山区自然资源局", "js-zrzy-qingwei-2021", "js-zr"),
    "L007": ("wf-zjj", "潍坊市住房和城乡建设局", "wf-zj-buyu-chufa-2025", "wf-zj"),
    "L010": ("wc-nyj", "旺苍县农业农村局", "wc-nync-buyu-congqing-2022", "wc-ny"),
    "L011": ("ls-ld-nyj", "丽水市莲都区农业农村局", "ld-nync-gaozhi-chengnuo-2022", "ld-ny"),
    "L012": ("hy-slj", "衡阳市水利局", "hy-sl-buyu-chufa-2022", "hy-sl"),
    "L013": ("bd-mc-xfdd", "保定市满城区消防救援大队", "bd-xf-baorong-mianfa-2022", "bd-xf"),
    "L015": ("nmg-yjj", "内蒙古自治区药品监督管理局", "nmg-yj-buyu-mianyu-2025", "nmg-yj"),
    "L016": ("sc-yjj", "四川省药品监督管理局", "sc-yj-buyu-chufa-2025", "sc-yj"),
    "L017": ("hn-sthjt", "海南省生态环境厅", "hn-sthj-mianfa-2021", "hn-hj"),
    "L020": ("jj-yjj", "重庆市江津区应急管理局", "jj-yj-shouwei-bufa", "jj-yj"),
    "L021": ("sm-sthjj", "三明市生态环境局", "sm-sthj-mianyu-chufa-2022", "sm-hj"),
    "L022": ("jm-sthjj", "江门市生态环境局", "jm-sthj-buyu-chufa-2022", "jm-hj"),
    "L023": ("sh-xfzd", "上海市消防救援总队", "sh-xf-buyu-chufa-2022", "sh-xf"),
    "L024": ("xy-tjj", "新余市统计局", "xy-tj-mianfa-2022", "xy-tj"),
    "L025": ("bz-tjj", "巴音郭楞蒙古自治州统计局", "bz-tj-mianyu-chufa-2023", "bz-tj"),
    "L026": ("ym-ybj", "元谋县医疗保障局", "ym-yb-shouwei-bufa-2022", "ym-yb"),
    "L027": ("hn-yczmj", "湖南省烟草专卖局", "hn-yc-shouwei-qingwei-2025", "hn-yc"),
    "L029": ("df-yjj", "东丰县应急管理局", "df-yj-buyu-chufa-2023", "df-yj"),
}
# Lists without any date in their source: the content format needs 成文日期 and 生效日期, and none is invented.
SKIPPED = {"L009": "来源未载任何日期", "L019": "来源未载任何日期，发布机关不明"}

# case id -> (department code, department name, case file id, items it applied that are in the content)
CASES = {
    "K001": ("ha-jtzf", "淮安市交通运输综合行政执法支队", "huaian-wangyueche-buyu-chufa-2025", []),
    "K002": ("wz-dt-scjgj", "温州市洞头区市场监督管理局", "dongtou-huazhuangpin-taizhang-2021", []),
    "K003": ("hn-swj", "湖南省税务机关（具体税务局未写明）", "hunan-geti-yuqi-shenbao-2021", ["sw-zj2021-03"]),
    "K004": ("sr-ys-sthjj", "上饶市铅山生态环境局", "yanshan-huanping-kaigong-2024", []),
    "K005": ("sh-xh-scjgj", "上海市徐汇区市场监督管理局", "xuhui-guanggao-yinzheng-chuchu", []),
    "K006": ("wjq-scjgj", "第六师五家渠市市场监督管理局", "wujiaqu-sanwenyu-biaoqian-2025", []),
    "K007": ("cd-jn-scjgj", "成都市金牛区市场监督管理局", "jinniu-xujia-guanggao-shouwei", []),
    "K008": ("ck-sthjj", "城口县生态环境局", "chengkou-nongcun-gonglu-huanping-2025", []),
    "K009": ("hn-whlyj", "淮南市文化和旅游局", "huainan-wangka-jishu-cuoshi-2024", []),
    "K010": ("yz-wsjdzs", "扬州市卫生监督所", "yangzhou-jiudian-jiankang-zhengming-2024", []),
    "K011": ("js-xfdd", "吉水县消防救援大队", "jishui-xuexiao-chuanghu-zhangaiwu-2022", []),
    "K012": ("ay-scjgj", "安阳县市场监督管理局", "anyang-bianlidian-guoqi-shipin-2025", ["sj-zj2025-qw-02"]),
}

OUTCOMES = {
    "不予行政处罚": "不予处罚", "不予处罚": "不予处罚", "首违免罚": "不予处罚", "首违不罚": "不予处罚",
    "首違不罰": "不予处罚", "轻微不罚": "不予处罚", "免予警告和罚款": "不予处罚", "不予处罚（告知承诺）": "不予处罚",
    "不予处罚(首违不罚)": "不予处罚", "免于處罰": "不予处罚", "依法不予行政处罚": "不予处罚",
    "依法可以不予行政处罚": "可以不予处罚", "从轻处罚": "从轻处罚",
    # no fine, but other penalties remain possible: not 不予处罚
    "免予罚款": "减轻处罚", "免于经济处罚": "减轻处罚",
    "没收其销售或使用的假药和违法所得;可以免除其他行政处罚。": "减轻处罚",
}
LIST_TYPES = [("首违", "首违不罚"), ("从轻", "从轻处罚"), ("减轻", "减轻处罚")]


INDICATORS = "-?:,[]{}#&*!|>'\"%@`"


def q(s):
    """A YAML scalar: plain where that reads back as the same string (the generator's fast reader takes only plain
    scalars), double-quoted otherwise."""
    plain = (s and s == s.strip() and s[0] not in INDICATORS and ": " not in s and " #" not in s
             and not s.endswith(":") and "\t" not in s and "\n" not in s
             and not re.fullmatch(r"[-+.0-9:eE_]+|true|false|null|yes|no|on|off|~", s, re.I))
    return s if plain else json.dumps(s, ensure_ascii=False)


def first_date(*texts):
    for t in texts:
        m = re.search(r"(\d{4})-(\d{2})(?:-(\d{2}))?", t or "")
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '01'}", m.group(3) is None
    return None, False


def list_type(d):
    t = d["list_type"]
    if t.startswith("首违"):
        return "首违不罚"
    if t.startswith("从轻"):
        return "从轻处罚"
    return "不予处罚"


def department(code, name, intro):
    f = OUT / code / "department.md"
    if f.exists():
        return
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(f"""---
部门: {code}
名称: {name}
职责: {q("本站收录本部门公布的柔性执法清单或典型案例；部门职责以其官方网站公布的为准。")}
联系电话: 本站未取得，请以部门官方网站公布的为准
---
{intro}
""", encoding="utf-8")


def source_note(d):
    parts = [f"来源：{d['fidelity']}。"]
    if d.get("date_written"):
        parts.append(f"成文日期：{d['date_written']}。")
    if d.get("date_published"):
        parts.append(f"发布日期（来源所载）：{d['date_published']}。")
    if d.get("date_effective"):
        parts.append(f"施行：{d['date_effective']}。")
    parts.append(f"有效期：{d['validity'] or '未见载明'}。")
    if d.get("issuer"):
        parts.append(f"发布机关（来源所载）：{d['issuer']}。")
    return "".join(parts)


def write_list(d, items):
    code, name, fid, prefix = LISTS[d["id"]]
    department(code, name, f"{name}。本栏目收录其公布的清单，文字照录来源，来源与核实情况见各清单的“来源说明”。")
    written, month_only = first_date(d["date_written"], d["date_published"], d["date_effective"])
    effective, _ = first_date(d["date_effective"])
    notes = []
    if not d["date_written"]:
        notes.append("成文日期未能核实，按来源所载" + ("发布日期" if d["date_published"] else "施行日期")
                     + ("（仅有年月，按当月1日）" if month_only else "") + "填写")
    if not effective:
        effective = written
        notes.append("生效日期未能核实，按成文日期填写")
    expiry = None
    m = re.search(r"有效期([一二三四五])年", d["validity"])
    status = "生效"
    if m:
        years = "一二三四五".index(m.group(1)) + 1
        y, mo, da = effective.split("-")
        import datetime
        end = datetime.date(int(y) + years, int(mo), int(da)) - datetime.timedelta(days=1)
        expiry = end.isoformat()
        if end < datetime.date(2026, 12, 6):
            status = "已废止"
            notes.append(f"有效期{m.group(1)}年，已于{expiry}届满；本站未见延续或替代文件，状态按届满标为已废止")
    lines = ["---", f"部门: {code}", f"标题: {q(d['title'])}", f"类型: {list_type(d)}",
             f"发布机构: {q(d['issuer'] or '来源未载明')}"]
    if d["doc_no"]:
        lines.append(f"文号: {q(d['doc_no'])}")
    lines += [f"成文日期: {written}", f"生效日期: {effective}"]
    if expiry:
        lines.append(f"有效期至: {expiry}")
    lines += [f"状态: {status}", f"领域: {q(d['field'])}", f"地区: {q(d['region'])}", f"来源: {d['source_url']}",
              f"来源说明: {q(source_note(d) + ('；'.join(notes) + '。' if notes else ''))}", "条目:"]
    for n, it in enumerate(items, 1):
        seq = it["序号"]
        remarks = []
        if not re.fullmatch(r"\d+", seq):
            remarks.append(f"原序号：{seq}")
        for k, v in (it.get("其他字段") or {}).items():
            remarks.append(f"{k}：{v}")
        if it["备注"]:
            remarks.append(it["备注"])
        outcome = it["处理结果"]
        conditions = it["适用条件"] or ["清单未单列适用条件"]
        lines += [f"  - id: {prefix}-{n:02d}", f"    序号: {int(seq) if re.fullmatch(r'[0-9]+', seq) else n}",
                  f"    违法行为: {q(it['违法行为'])}",
                  f"    违反条款: {q(it['违反条款'] or '清单未列违反条款')}",
                  f"    处罚依据: {q(it['处罚依据'] or '清单未列处罚依据')}", "    适用条件:"]
        lines += [f"      - {q(c)}" for c in conditions]
        lines += [f"    处理结果: {OUTCOMES[outcome]}", f"    处理说明: {q(outcome)}",
                  f"    实施机关: {q(it['实施机关'] or '清单未写明（发布机关：' + (d['issuer'] or '未载明') + '）')}",
                  "    配套监管措施:", f"      - {q(it['配套措施'] or '清单未列')}"]
        if remarks:
            lines.append(f"    备注: {q('；'.join(remarks))}")
    lines += ["---", "## 说明", "", d["note"] or "（来源未载导语。）", "",
              f"本页文字照录来源（{d['fidelity']}），未经本站改写。清单事项能否适用，由实施机关根据具体情况认定。", ""]
    (OUT / code / "lists").mkdir(parents=True, exist_ok=True)
    (OUT / code / "lists" / f"{fid}.md").write_text("\n".join(lines), encoding="utf-8")


def write_case(c):
    code, name, fid, items = CASES[c["id"]]
    department(code, name, f"{name}。本栏目收录其典型案例，来源与核实情况见各案例的“来源说明”。")
    m = re.search(r"(\d{4}-\d{2})(-\d{2})?", c["date"])
    if not m:
        print(f"skipped {c['id']} {c['title']}: 来源未载日期", file=sys.stderr)
        return
    date = m.group(0)
    note = f"{c['fidelity']}。日期（来源所载）：{c['date']}。"
    lines = ["---", f"部门: {code}", f"标题: {q(c['title'])}", f"日期: {date}",
             f"地区: {q(c['region'])}", f"领域: {q(c['field'])}"]
    if items:
        lines.append(f"条目: [{', '.join(items)}]")
    lines += [f"处理结果: {q(c['decision'])}", f"来源: {c['source_url']}", f"来源说明: {q(note)}",
              f"文本性质: {'原文' if c['fidelity'].startswith('原文') else ('节选' if c['fidelity'].startswith('节选') else '转述')}",
              "---", c["facts"], ""]
    if c["legal_basis"]:
        lines += [f"**法律依据（来源所载）：** {c['legal_basis']}", ""]
    if c["list_item_applied"]:
        lines += [f"**适用清单（来源所载）：** {c['list_item_applied']}", ""]
    (OUT / code / "cases").mkdir(parents=True, exist_ok=True)
    (OUT / code / "cases" / f"{fid}.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    lists = [json.loads(l) for l in open(DATA / "lists.jsonl", encoding="utf-8")]
    items = [json.loads(l) for l in open(DATA / "items.jsonl", encoding="utf-8")]
    for d in lists:
        if d["id"] in SKIPPED:
            print(f"skipped {d['id']} {d['title']}: {SKIPPED[d['id']]}", file=sys.stderr)
            continue
        write_list(d, [i for i in items if i["list_id"] == d["id"]])
    for l in open(DATA / "cases.jsonl", encoding="utf-8"):
        write_case(json.loads(l))


if __name__ == "__main__":
    main()
