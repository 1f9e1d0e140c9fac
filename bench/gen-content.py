#!/usr/bin/env python3
"""Writes a synthetic content tree for the build benchmark.

    gen-content.py --items N --out DIR [--seed S] [--real DIR]

The tree is in the real format (docs/content-format.md): site.yaml, max(6, N/2000) departments, lists of 100 items
each, a few cases per department citing item ids, and copies of the real methods/, pages/ and law/ folders. Item text is
about 1.5 KB of YAML per item, recombined from fragments of the real lists (violations, provisions, conditions,
outcome notes, keywords) plus the item number, so that no two items are identical.

Output depends only on --seed, --items and the real content it reads fragments from (default: the repository's
content/ folder, found relative to this script). Standard library only.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys
from datetime import date, timedelta

ITEMS_PER_LIST = 100
TYPES = ["不予处罚", "首违不罚", "从轻处罚", "减轻处罚", "不予行政强制", "正面清单", "负面清单"]
OUTCOME_BY_TYPE = {
    "不予处罚": ["不予处罚", "可以不予处罚"],
    "首违不罚": ["可以不予处罚", "不予处罚"],
    "从轻处罚": ["从轻处罚"],
    "减轻处罚": ["减轻处罚"],
    "不予行政强制": ["不予行政强制"],
    "正面清单": ["可以不予处罚", "不予行政强制"],
    "负面清单": ["不予处罚", "可以不予处罚"],
}
# Bureaus for synthetic departments: (code stem, full-name suffix, short name, default 领域)
BUREAUS = [
    ("scjg", "市场监督管理局", "市场监管局", "市场监管"),
    ("sthj", "生态环境局", "生态环境局", "生态环境"),
    ("sw", "税务局", "税务局", "税务"),
    ("whly", "文化广电旅游局", "文旅局", "文化市场"),
    ("yjgl", "应急管理局", "应急管理局", "应急管理/安全生产"),
    ("cgzf", "城市管理综合行政执法局", "城管执法局", "城市管理"),
    ("jtys", "交通运输局", "交通运输局", "交通运输"),
    ("zrzy", "自然资源和规划局", "自然资源局", "自然资源"),
    ("zjj", "住房和城乡建设局", "住建局", "住房城乡建设"),
    ("nync", "农业农村局", "农业农村局", "农业农村"),
    ("wjw", "卫生健康委员会", "卫健委", "卫生健康"),
    ("slj", "水利局", "水利局", "水利"),
]
DISTRICTS = ["", "东城区", "西城区", "南湖区", "北山区", "新港区", "高新区", "临江区", "青山县", "白河县",
             "云岭县", "石门县", "桃源县", "长乐镇", "安平镇"]
SCENES = ["在经营场所内", "通过网络交易平台", "在临时摊点", "在建设工地", "在仓储场所", "在门店橱窗",
          "在社区集市", "在运输途中", "在展销会现场", "在营业执照登记住所以外的场所", "在自建网站",
          "在出租屋内", "在公共道路两侧", "在园区厂房内", "在乡镇集贸市场"]
EXTRA_CONDITIONS = ["涉案货值不超过{a}元", "违法所得不超过{b}元", "持续时间不超过{c}日", "涉及面积不超过{d}平方米",
                    "在{c}个工作日内完成整改并提交整改报告", "近{y}年内未因同类违法行为受到行政处罚",
                    "未造成人员伤亡或者直接经济损失不超过{a}元", "当事人主动报告并如实陈述违法事实"]
CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n):
    """1..999 in Chinese as used for article numbers (第二十七条)."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    head = CN_DIGITS[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + CN_DIGITS[rest]
    if rest < 20:
        return head + "一十" + (CN_DIGITS[rest % 10] if rest % 10 else "")
    return head + cn_number(rest)


# ---------------------------------------------------------------- harvesting fragments from the real content

def unquote(s):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
        return s[1:-1]
    return s


def flow_list(s):
    s = s.strip()
    if s.startswith("[") and s.endswith("]"):
        return [unquote(x) for x in s[1:-1].split(", ") if x.strip()]
    return [unquote(s)] if s else []


def harvest(real):
    """Fragments from every real list file: item fields, laws cited, list-level 领域 values."""
    pools = {k: [] for k in ["违法行为", "违反条款", "处罚依据", "适用条件", "处理说明", "配套监管措施", "关键词",
                             "领域", "法名", "来源说明", "职责", "说明"]}
    lists_dir = []
    dep_root = os.path.join(real, "departments")
    for dep in sorted(os.listdir(dep_root)):
        dep_md = os.path.join(dep_root, dep, "department.md")
        if os.path.isfile(dep_md):
            with open(dep_md, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("职责: "):
                        pools["职责"].append(unquote(line[4:]))
        d = os.path.join(dep_root, dep, "lists")
        if os.path.isdir(d):
            lists_dir += [os.path.join(d, n) for n in sorted(os.listdir(d)) if n.endswith(".md")]
    for path in lists_dir:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        head, _, body = text[4:].partition("\n---\n")
        for para in body.split("\n\n"):
            para = para.strip()
            if para and not para.startswith("#") and len(para) > 30:
                pools["说明"].append(para)
        key = None
        for line in head.split("\n"):
            m = re.match(r"^(领域|来源说明): (.+)$", line)
            if m:
                pools[m.group(1)].append(unquote(m.group(2)))
                continue
            m = re.match(r"^    ([^ :]+):(?: (.*))?$", line)
            if m:
                key, value = m.group(1), (m.group(2) or "").strip()
                if key in ("配套监管措施", "关键词", "适用条件") and value:
                    pools[key] += flow_list(value)
                elif key in pools and value:
                    pools[key].append(unquote(value))
                continue
            m = re.match(r"^      - (.+)$", line)
            if m and key in ("适用条件", "配套监管措施", "关键词"):
                pools[key].append(unquote(m.group(1)))
    for k in ("违反条款", "处罚依据", "违法行为", "适用条件"):
        for s in pools[k]:
            pools["法名"] += re.findall(r"《[^《》]{2,40}》", s)
    out = {}
    for k, v in pools.items():
        seen = []
        for s in v:
            if s not in seen:
                seen.append(s)
        out[k] = seen
    for k in ("违法行为", "适用条件", "法名", "配套监管措施", "关键词"):
        if not out[k]:
            sys.exit(f"gen-content: no {k} found under {real}/departments/*/lists/*.md")
    return out


# ---------------------------------------------------------------- YAML output (plain scalars where safe)

PLAIN_UNSAFE = re.compile(r"(: |:$| #|^[-?:,\[\]{}#&*!|>'\"%@`]|^\s|\s$|^$)")
FLOW_UNSAFE = re.compile(r"[,\[\]{}]")
RESERVED = re.compile(r"^(true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.:eE+-]*)$", re.I)


def scalar(s, flow=False):
    s = str(s)
    if PLAIN_UNSAFE.search(s) or RESERVED.match(s) or (flow and FLOW_UNSAFE.search(s)) or "\n" in s:
        return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar
    return s


def seq_flow(values):
    return "[" + ", ".join(scalar(v, flow=True) for v in values) + "]"


# ---------------------------------------------------------------- generation

class Gen:
    def __init__(self, n_items, seed, pools):
        self.n = n_items
        self.rnd = random.Random(seed)
        self.p = pools

    def pick(self, key):
        return self.rnd.choice(self.p[key])

    def sample(self, key, lo, hi):
        pool = self.p[key]
        return self.rnd.sample(pool, min(len(pool), self.rnd.randint(lo, hi)))

    def article(self):
        return f"{self.pick('法名')}第{cn_number(self.rnd.randint(2, 180))}条"

    def date_between(self, start, end):
        return start + timedelta(days=self.rnd.randint(0, (end - start).days))

    def departments(self):
        count = max(6, round(self.n / 2000))
        deps = []
        for k in range(count):
            stem, suffix, short, area = BUREAUS[k % len(BUREAUS)]
            district = DISTRICTS[(k // len(BUREAUS)) % len(DISTRICTS)]
            rnd_tail = (k // (len(BUREAUS) * len(DISTRICTS)))
            code = f"{stem}{k + 1:03d}"
            name = f"示例市{district}{suffix}" + (f"（第{rnd_tail + 1}分局）" if rnd_tail else "")
            deps.append({"code": code, "name": name, "short": (district or "市") + short, "area": area,
                         "abbr": short[:2],
                         "order": k + 1, "lists": [], "items": []})
        return deps

    def department_md(self, d):
        duty = self.pick("职责") if self.p["职责"] else "负责本辖区行政执法。"
        duty = duty.replace("本市", "本辖区")
        return (f"---\n部门: {d['code']}\n名称: {scalar(d['name'])}\n简称: {scalar(d['short'])}\n"
                f"职责: {scalar(duty)}\n联系电话: 0000-{1200000 + d['order']:07d}\n"
                f"地址: 示例市示例大道{d['order']}号（虚构地址）\n排序: {d['order']}\n---\n"
                f"{d['name']}是性能测试用的**虚构部门**，由 bench/gen-content.py 生成。\n\n"
                f"本部门公布的清单事项由真实清单的文字片段重新组合而成，不是任何机关的正式发布。\n")

    def item(self, n, seq, lst, dep):
        r = self.rnd
        base = self.pick("违法行为")
        scene = r.choice(SCENES)
        violation = f"{base}（{scene}，事项{n}）"
        violated = self.pick("违反条款") if r.random() < 0.5 else f"{self.article()}"
        if r.random() < 0.6:
            violated += f"；{self.article()}第{cn_number(r.randint(1, 5))}款"
        basis = self.pick("处罚依据") if r.random() < 0.5 else f"{self.article()}；《中华人民共和国行政处罚法》第三十三条"
        conds = self.sample("适用条件", 3, 5)
        if r.random() < 0.5:
            extra = r.choice(EXTRA_CONDITIONS).format(a=r.randint(1, 50) * 100, b=r.randint(1, 20) * 50,
                                                        c=r.randint(3, 30), d=r.randint(2, 20), y=r.randint(1, 3))
            conds[r.randrange(len(conds))] = extra
        outcome = r.choice(OUTCOME_BY_TYPE[lst["type"]])
        note = self.pick("处理说明")
        measures = self.sample("配套监管措施", 2, 4)
        keywords = self.sample("关键词", 3, 6)
        remark = (f"合成数据：第{n}项，依据{self.pick('法名')}及{self.pick('法名')}的表述重新组合，"
                  f"情形参照“{self.pick('违法行为')}”，适用时还应核实“{self.pick('适用条件')}”，"
                  f"并参考{self.article()}的规定，"
                  f"仅供性能测试，不是正式发布的清单事项。")
        lines = [f"  - id: {lst['id']}-{seq:03d}", f"    序号: {seq}",
                 f"    违法行为: {scalar(violation)}", f"    违反条款: {scalar(violated)}",
                 f"    处罚依据: {scalar(basis)}", "    适用条件:"]
        lines += [f"      - {scalar(c)}" for c in conds]
        lines += [f"    处理结果: {outcome}", f"    处理说明: {scalar(note)}", f"    实施机关: {scalar(dep['name'])}",
                  f"    配套监管措施: {seq_flow(measures)}"]
        if r.random() < 0.15:
            lines.append(f"    领域: {scalar(self.pick('领域') if self.p['领域'] else dep['area'])}")
        lines += [f"    关键词: {seq_flow(keywords)}", f"    备注: {scalar(remark)}"]
        return "\n".join(lines) + "\n"

    def lists(self, deps):
        n_lists = (self.n + ITEMS_PER_LIST - 1) // ITEMS_PER_LIST
        for k in range(n_lists):
            d = deps[k % len(deps)]
            batch = len(d["lists"]) + 1
            lst = {"id": f"{d['code']}-q{batch:04d}", "dep": d, "batch": batch,
                   "type": TYPES[0] if self.rnd.random() < 0.35 else self.rnd.choice(TYPES),
                   "size": min(ITEMS_PER_LIST, self.n - k * ITEMS_PER_LIST), "first": k * ITEMS_PER_LIST + 1}
            d["lists"].append(lst)
        # statuses: every 8th list of a department is 已修订 and replaced by the next one; a few are 征求意见
        for d in deps:
            for i, lst in enumerate(d["lists"]):
                lst["status"], lst["replaces"] = "生效", None
                if i % 8 == 3 and i + 1 < len(d["lists"]):
                    lst["status"] = "已修订"
                elif i % 8 == 4:
                    lst["replaces"] = d["lists"][i - 1]["id"]
                elif i % 16 == 6:
                    lst["status"] = "征求意见"
                elif i % 20 == 9:
                    lst["status"] = "已废止"
        return [l for d in deps for l in d["lists"]]

    def list_md(self, lst):
        r, d = self.rnd, lst["dep"]
        written = self.date_between(date(2019, 1, 1), date(2026, 6, 30))
        effective = written + timedelta(days=r.randint(0, 30))
        area = d["area"]
        head = [f"部门: {d['code']}", f"标题: {scalar(d['short'] + area + '领域' + lst['type'] + '事项清单（第' + str(lst['batch']) + '批）')}",
                f"类型: {lst['type']}", f"发布机构: {scalar(d['name'])}"]
        if r.random() < 0.8:
            head.append(f"文号: 示{d['abbr']}规〔{written.year}〕{lst['batch']}号")
        head += [f"成文日期: {written}", f"发布日期: {written + timedelta(days=r.randint(0, 5))}",
                 f"生效日期: {effective}"]
        if lst["status"] == "生效" and r.random() < 0.5:
            head.append(f"有效期至: {max(effective, date(2027, 1, 1)) + timedelta(days=365 * r.randint(2, 4))}")
        head += [f"版本: 第{lst['batch']}批", f"状态: {lst['status']}"]
        if lst["replaces"]:
            head.append(f"替代: {lst['replaces']}")
        head += ["主题分类: 行政执法", f"领域: {scalar(area)}", "地区: 示例市"]
        if r.random() < 0.5:
            head.append(f"来源: https://rxzf.example.gov.cn/src/{lst['id']}.html")
        head.append(f"来源说明: {scalar('合成数据：事项文字由本站真实清单的片段重新组合，仅供性能测试，不是任何机关的正式发布。')}")
        head.append("条目:")
        items = "".join(self.item(lst["first"] + j, j + 1, lst, d) for j in range(lst["size"]))
        d["items"] += [f"{lst['id']}-{j + 1:03d}" for j in range(lst["size"])]
        paras = self.rnd.sample(self.p["说明"], min(2, len(self.p["说明"]))) if self.p["说明"] else []
        body = "## 说明\n\n" + f"本清单共 {lst['size']} 项，为性能测试生成（第 {lst['first']}–{lst['first'] + lst['size'] - 1} 项）。\n\n" \
               + "".join(p + "\n\n" for p in paras)
        return "---\n" + "\n".join(head) + "\n" + items + "---\n" + body

    def cases(self, d, methods):
        out = []
        r = self.rnd
        for k in range(1, 3):
            if not d["items"]:
                break
            cited = r.sample(d["items"], min(len(d["items"]), r.randint(1, 3)))
            meth = r.sample(methods, min(len(methods), r.randint(0, 2)))
            year = r.randint(2020, 2026)
            lines = [f"部门: {d['code']}", f"标题: {scalar(d['short'] + '对' + self.pick('违法行为')[:30] + '依法不予处罚案')}",
                     f"日期: {year}-{r.randint(1, 10):02d}" + (f"-{r.randint(1, 28):02d}" if r.random() < 0.7 else ""),
                     "地区: 示例市", f"领域: {scalar(d['area'])}", f"条目: {seq_flow(cited)}"]
            if meth:
                lines.append(f"执法方式: {seq_flow(meth)}")
            lines += [f"处理结果: {scalar('不予行政处罚，责令改正并进行批评教育')}", "文本性质: 示例"]
            body = (f"当事人{r.choice(SCENES)}存在“{self.pick('违法行为')}”的行为。经查，"
                    + "；".join(self.sample("适用条件", 2, 3)) + "。\n\n"
                    + f"{d['name']}依照清单第 {', '.join(cited)} 项，决定不予行政处罚，并开展行政回访。"
                    + "本案例为性能测试生成的示例。\n")
            out.append((f"{d['code']}-al{k:02d}", "---\n" + "\n".join(lines) + "\n---\n" + body))
        return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--real", default=os.path.join(here, "..", "content"),
                    help="real content folder to take fragments, methods/, pages/ and law/ from")
    a = ap.parse_args()
    if a.items < 1:
        sys.exit("gen-content: --items must be at least 1")
    real = os.path.normpath(a.real)
    pools = harvest(real)
    out = a.out
    if os.path.exists(out) and os.listdir(out):
        sys.exit(f"gen-content: {out} exists and is not empty")
    os.makedirs(out, exist_ok=True)

    for sub in ("methods", "pages", "law"):
        src = os.path.join(real, sub)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(out, sub))
    methods_dir = os.path.join(out, "methods")
    methods = sorted(n[:-3] for n in os.listdir(methods_dir) if n.endswith(".md")) if os.path.isdir(methods_dir) else []

    with open(os.path.join(out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("# 性能测试用的合成站点，由 bench/gen-content.py 生成。\n"
                "站点名称: 柔性执法公示平台（性能测试数据）\n"
                "主办单位: 示例市司法局（虚构单位，仅供演示）\n"
                "网址: https://rxzf.example.gov.cn\n"
                f"简介: 本站内容由生成器从真实清单的文字片段重新组合而成，共 {a.items} 个清单事项，仅用于测量生成速度。\n"
                "联系方式: 示例市司法局行政执法协调监督科，电话 0000-1234500（虚构号码）\n")

    g = Gen(a.items, a.seed, pools)
    deps = g.departments()
    all_lists = g.lists(deps)
    total_bytes = 0
    for d in deps:
        ddir = os.path.join(out, "departments", d["code"])
        os.makedirs(os.path.join(ddir, "lists"))
        with open(os.path.join(ddir, "department.md"), "w", encoding="utf-8") as f:
            f.write(g.department_md(d))
    for lst in all_lists:
        text = g.list_md(lst)
        total_bytes += len(text.encode("utf-8"))
        with open(os.path.join(out, "departments", lst["dep"]["code"], "lists", lst["id"] + ".md"), "w",
                  encoding="utf-8") as f:
            f.write(text)
    n_cases = 0
    for d in deps:
        cases = g.cases(d, methods)
        if cases:
            os.makedirs(os.path.join(out, "departments", d["code"], "cases"), exist_ok=True)
        for cid, text in cases:
            with open(os.path.join(out, "departments", d["code"], "cases", cid + ".md"), "w", encoding="utf-8") as f:
                f.write(text)
            n_cases += 1
    print(f"generated {out}: {a.items} items in {len(all_lists)} lists, {len(deps)} departments, {n_cases} cases, "
          f"{len(methods)} methods; lists {total_bytes / 1024 / 1024:.1f} MB "
          f"({total_bytes / a.items / 1024:.2f} KB per item)")


if __name__ == "__main__":
    main()
