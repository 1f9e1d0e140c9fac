#!/usr/bin/env python3
"""Writes a Hugo site with the same items as a generated content tree: the peer that the build bar is set against.

    hugo-peer.py --content DIR --out DIR

The issue's bar for a 10,000-item build (6 s) is Hugo's median on this machine; the machine's speed changes from hour
to hour, so bench/build.sh PEER=hugo builds this site with Debian's hugo right beside each portal build and reports
the ratio. One page per item (all its fields, in a table) and one per list (its items as links), plus the home page,
a list index and Hugo's own sitemap and feeds: the pages that make up most of the portal's 10,500 files. Standard
library only; refuses to write into an existing folder.
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--content", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if os.path.exists(a.out):
        sys.exit(f"hugo-peer.py: {a.out} exists; choose a new folder")
    for d in ["content/items", "content/lists", "layouts/_default"]:
        os.makedirs(os.path.join(a.out, d))
    with open(os.path.join(a.out, "config.json"), "w", encoding="utf-8") as f:
        json.dump({"baseURL": "https://rxzf.example.gov.cn/", "title": "柔性执法公示平台", "languageCode": "zh-CN",
                   "disableKinds": ["taxonomy", "term"]}, f, ensure_ascii=False)
    for name, text in [("baseof.html", LAYOUT_BASE), ("single.html", LAYOUT_SINGLE), ("list.html", LAYOUT_LIST)]:
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
            page = {"title": title_of(yaml_text), "items": [{"id": i["id"], "title": i.get("违法行为", "")} for i in items]}
            with open(os.path.join(a.out, "content/lists", list_id + ".md"), "w", encoding="utf-8") as f:
                f.write(json.dumps(page, ensure_ascii=False) + "\n" + body)
            for item in items:
                fields = {k: v for k, v in item.items() if k != "id"}
                page = {"title": item.get("违法行为", item["id"]), "url": "/items/" + item["id"] + "/", "fields": fields}
                with open(os.path.join(a.out, "content/items", item["id"] + ".md"), "w", encoding="utf-8") as f:
                    f.write(json.dumps(page, ensure_ascii=False) + "\n")
                n += 1
    print(f"{a.out}: {n} items")


if __name__ == "__main__":
    main()
