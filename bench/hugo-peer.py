#!/usr/bin/env python3
"""Writes a Hugo site with the same items as a generated content tree: the peer that the build bar is set against.

    hugo-peer.py --content DIR --out DIR [--provisions PORTAL_OUT/data/provisions.json]

The issue's bar for a 10,000-item build (6 s) is Hugo's median on this machine; the machine's speed changes from hour
to hour, so bench/build.sh PEER=hugo builds this site with Debian's hugo right beside each portal build and reports
the ratio. One page per item (all its fields, in a table) and one per list (its items as links), plus the home page,
a list index and Hugo's own sitemap and feeds: the pages that make up most of the portal's 10,500 files.

With --provisions (the portal's open data of the same content: which item cites which article), every item also
carries its cited articles as a Hugo taxonomy, so Hugo writes one page per cited article listing the citing items
grouped by outcome, with their region, list, citation and key conditions, plus the index of all articles — the
peer of the portal's /provisions/ pages (8,534 of them at 10,000 synthetic items, whose random article numbers make
nearly every citation its own page). Without it the peer builds ~8,500 pages fewer than the portal.
Standard library only; refuses to write into an existing folder.
"""
import argparse
import json
import os
import re
import sys

LAYOUT_BASE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title></head>
<body><header><a href="/">{{ .Site.Title }}</a> <a href="/lists/">清单</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
"""
LAYOUT_SINGLE = """{{ define "main" }}<h1>{{ .Title }}</h1>
<table>{{ range $k, $v := .Params.fields }}<tr><th>{{ $k }}</th><td>{{ $v }}</td></tr>{{ end }}</table>
{{ with .Params.items }}<ol>{{ range . }}<li><a href="/items/{{ .id }}/">{{ .title }}</a></li>{{ end }}</ol>{{ end }}
{{ .Content }}{{ end }}
"""
LAYOUT_TERM = """{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ len .Pages }} 项</p>
{{ if in site.Params.generalprovisions .Data.Term }}<ul>{{ range .Pages.GroupByParam "listtitle" }}<li>{{ .Key }}</li>{{ end }}</ul>
{{ else }}{{ range .Pages.GroupByParam "outcomegroup" }}<h2>{{ .Key }}（{{ len .Pages }} 项）</h2>
<table><tr><th>违法行为</th><th>地区</th><th>清单</th><th>有效性</th><th>引用</th><th>关键条件</th><th>适用条件</th></tr>
{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.region }}</td>
<td>{{ .Params.listtitle }}</td><td>{{ .Params.liststatus }}</td><td>{{ .Params.fields.违反条款 }}；{{ .Params.fields.处罚依据 }}</td>
<td>{{ delimit (.Params.keyconditions | default (slice)) "；" }}</td><td>{{ .Params.fields.适用条件 }}</td></tr>{{ end }}</table>
{{ end }}{{ end }}{{ end }}
"""
LAYOUT_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"""


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.match(r"---\n(.*?)\n---\n?(.*)", text, re.S)
    return (m.group(1), m.group(2)) if m else ("", text)


def items_of(yaml_text):
    """The items of a generated list file as (id, {field: text}); the generator's layout is regular enough for this."""
    items, current, key = [], None, None
    for line in yaml_text.split("\n"):
        if line.startswith("  - id: "):
            current = {"id": line[8:].strip()}
            items.append(current)
        elif current is not None and line.startswith("    ") and not line.startswith("      "):
            key, _, value = line[4:].partition(":")
            current[key] = value.strip()
        elif current is not None and line.startswith("      - "):
            current[key] = (current.get(key) or "") + "；" + line[8:].strip()
        elif not line.startswith(" "):
            current = None
    return items


def title_of(yaml_text):
    m = re.search(r"^标题: (.*)$", yaml_text, re.M)
    return m.group(1).strip() if m else ""


def general_provisions(content):
    """The articles the law table marks 通用条款 (the portal lists only the citing lists on their pages)."""
    out, law = [], None
    with open(os.path.join(content, "law", "fagui-minglu.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"  - id: (\S+)", line)
            if m:
                law = m.group(1)
            m = re.match(r"    通用条款: \[(.*)\]", line)
            if m and law:
                out += [f"{law}-{n.strip()}" for n in m.group(1).split(",")]
    return out


def region_of(yaml_text):
    m = re.search(r"^地区: (.*)$", yaml_text, re.M)
    return m.group(1).strip() if m else ""


def status_of(yaml_text):
    m = re.search(r"^状态: (.*)$", yaml_text, re.M)
    return m.group(1).strip() if m else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--content", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--provisions", help="the portal's data/provisions.json for the same content")
    a = ap.parse_args()
    cited = {}  # item id -> (provision keys, outcome group, key conditions)
    if a.provisions:
        with open(a.provisions, encoding="utf-8") as f:
            for e in json.load(f):
                keys, _, conditions = cited.setdefault(e["item"], ([], e["outcomeGroup"], e.get("keyConditions", [])))
                keys.append(e["provision"].replace("/", "-"))
    if os.path.exists(a.out):
        sys.exit(f"hugo-peer.py: {a.out} exists; choose a new folder")
    for d in ["content/items", "content/lists", "layouts/_default"]:
        os.makedirs(os.path.join(a.out, d))
    with open(os.path.join(a.out, "config.json"), "w", encoding="utf-8") as f:
        config = {"baseURL": "https://rxzf.example.gov.cn/", "title": "柔性执法公示平台", "languageCode": "zh-CN"}
        if a.provisions:  # one page per cited article and their index, HTML only as the portal's
            config.update({"taxonomies": {"provision": "provisions"},
                           "params": {"generalprovisions": general_provisions(a.content)},
                           "outputs": {"taxonomy": ["HTML"], "term": ["HTML"]}})
        else:
            config["disableKinds"] = ["taxonomy", "term"]
        json.dump(config, f, ensure_ascii=False)
    for name, text in [("baseof.html", LAYOUT_BASE), ("single.html", LAYOUT_SINGLE), ("list.html", LAYOUT_LIST),
                       ("term.html", LAYOUT_TERM)]:
        with open(os.path.join(a.out, "layouts/_default", name), "w", encoding="utf-8") as f:
            f.write(text)
    n = 0
    for root, _, files in sorted(os.walk(os.path.join(a.content, "departments"))):
        if not root.endswith("/lists"):
            continue
        for name in sorted(files):
            yaml_text, body = front_matter(os.path.join(root, name))
            list_id = name[:-3]
            items = items_of(yaml_text)
            page_title = title_of(yaml_text)
            page = {"title": page_title, "items": [{"id": i["id"], "title": i.get("违法行为", "")} for i in items]}
            with open(os.path.join(a.out, "content/lists", list_id + ".md"), "w", encoding="utf-8") as f:
                f.write(json.dumps(page, ensure_ascii=False) + "\n" + body)
            for item in items:
                fields = {k: v for k, v in item.items() if k != "id"}
                page = {"title": item.get("违法行为", item["id"]), "url": "/items/" + item["id"] + "/", "fields": fields}
                if item["id"] in cited:
                    keys, group, conditions = cited[item["id"]]
                    page.update({"provisions": keys, "outcomegroup": group, "keyconditions": conditions,
                                 "region": region_of(yaml_text), "listtitle": page_title,
                                 "liststatus": status_of(yaml_text)})
                with open(os.path.join(a.out, "content/items", item["id"] + ".md"), "w", encoding="utf-8") as f:
                    f.write(json.dumps(page, ensure_ascii=False) + "\n")
                n += 1
    print(f"{a.out}: {n} items")


if __name__ == "__main__":
    main()
