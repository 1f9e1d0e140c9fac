#!/usr/bin/env python3
"""Writes a Hugo site with the same items as a generated content tree: the peer that the build bar is set against.

    hugo-peer.py --content DIR --out DIR [--provisions PORTAL_OUT/data/provisions.json] [--layout same|minimal]

The issue's bar for a 10,000-item build (6 s) is Hugo's median on this machine; the machine's speed changes from hour
to hour, so bench/build.sh PEER=hugo builds this site with Debian's hugo right beside each portal build and reports
the ratio. One page per item (all its fields, in a table) and one per list (its items as links), plus the home page,
a list index and Hugo's own sitemap and feeds: the pages that make up most of the portal's 10,500 files.

With --provisions (the portal's open data of the same content: which item cites which article), every item also
carries its cited articles as a Hugo taxonomy, so Hugo writes one page per cited article listing the citing items
grouped by outcome, with their region, list, citation and key conditions, plus the index of all articles — the
peer of the portal's /provisions/ pages (8,534 of them at 10,000 synthetic items, whose random article numbers make
nearly every citation its own page). Without it the peer builds ~8,500 pages fewer than the portal.

--layout same (the default) gives Hugo the portal's page design: the same head (description, canonical, the
government-site meta tags, feed), header (reading-mode links, main navigation, search form), breadcrumbs, sections,
feedback form and footer, the item page's 适用条件 list, 法律依据 with links to the cited articles, "同一违法条款的
其他清单" counted by Hugo from the article taxonomy, 实施与监管 and the notice; the list page's 政务公开信息 block
and table of items with their conditions; the article page's law facts and table. Its pages are within a few per cent
of the portal's bytes (bench/README.md). --layout minimal is the earlier peer: a title and a table of the fields, a
third of the portal's bytes.

The same peer is tuned as a Hugo developer would tune a production site (2026-12-08; its pages are byte for byte
those of the untuned one): Hugo writes only what the portal writes — one feed of the 50 newest pages (/feed.xml; no
feed per section or article), the sitemap as the portal's (one <loc> a page), and no page of all 10,000 items (the
items section is not rendered, as the portal has no /items/ page); the parts of every page that depend only on the
site or the column (head, navigation, feedback form, footer) are rendered once with partialCached; the lists citing
each article are gathered once for the site (one partialCached map article -> outcome group -> lists: one partial
call per page instead of one per cited article, each a run of Hugo's partial machinery), so an item page only looks
up, counts and subtracts its own list; the article page counts its lists and regions in one pass instead of
grouping the pages twice. Every cross-page aggregate is still computed by Hugo's templates from the items' own facts.
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

SAME_BASE = """{{- $p := .Params }}{{ $rel := .RelPermalink }}{{ $column := $p.column | default "清单" -}}
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ site.Title }}</title>
<meta name="description" content="{{ $p.description | default .Title }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ partialCached "head.html" $column $column }}
<meta name="ArticleTitle" content="{{ .Title }}">
<meta name="PubDate" content="{{ $p.pubdate }}">
<meta name="ContentSource" content="{{ $p.source | default site.Params.host }}">
{{ partialCached "header.html" . }}
    <a class="reading-mode elder-on" href="/prefs/elder?on=1&amp;back={{ $rel | urlquery }}">长者模式</a>
    <a class="reading-mode elder-off" href="/prefs/elder?on=0&amp;back={{ $rel | urlquery }}">标准模式</a>
{{ partialCached "nav.html" $column $column }}
    {{ block "crumbs" . }}<li aria-current="page">{{ .Title }}</li>{{ end }}
  </ol>
</nav>
<main id="main" class="wrap" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
<aside class="page-feedback wrap" aria-label="页面反馈">
  <form method="post" action="/feedback/vote">
    <input type="hidden" name="page" value="{{ $rel }}">
{{ partialCached "footer.html" . -}}
"""
# The parts of every page that do not depend on the page (site facts, the column), rendered once by partialCached.
SAME_HEAD = """<link rel="stylesheet" href="/css/site.css">
<link rel="stylesheet" href="/prefs/elder.css">
<meta name="SiteName" content="{{ site.Title }}">
<meta name="SiteDomain" content="rxzf.example.gov.cn">
<meta name="ColumnName" content="{{ . }}">"""
SAME_HEADER = """<link rel="icon" href="data:,">
<link rel="alternate" type="application/atom+xml" title="{{ site.Title }} 更新" href="/feed.xml">
</head>
<body>
<a class="skip-link" href="#main">跳到正文</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/">{{ site.Title }}</a>"""
SAME_NAV = """    <nav aria-label="主导航">
      <ul class="nav">
{{- $column := . }}
{{- range site.Params.nav }}
        <li><a href="{{ .url }}"{{ if eq .name $column }} aria-current="page"{{ end }}>{{ .name }}</a></li>
{{- end }}
      </ul>
    </nav>
    <form class="site-search" method="get" action="/search" role="search" aria-label="全站搜索">
      <input name="q" type="search" maxlength="100" aria-label="用自己的话搜索清单事项和案例">
      <button type="submit">搜索</button>
    </form>
  </div>
</header>
<nav class="breadcrumbs wrap" aria-label="当前位置">
  <ol>
    <li><a href="/">首页</a></li>"""
SAME_FOOTER = """    <span id="fb-q">本页内容对您有帮助吗？</span>
    <button type="submit" name="kind" value="useful" aria-describedby="fb-q">有帮助</button>
    <button type="submit" name="kind" value="not_useful" aria-describedby="fb-q">没有帮助</button>
    <button type="submit" name="kind" value="error_report" class="link-button" formmethod="get" formaction="/feedback">我要纠错</button>
  </form>
</aside>
<footer class="site-footer">
  <div class="wrap">
    <p>主办单位：{{ site.Params.host }}　联系方式：{{ site.Params.contact }}</p>
    <ul class="footer-links">
{{- range site.Params.footer }}
      <li><a href="{{ .url }}">{{ .name }}</a></li>
{{- end }}
    </ul>
    <p class="note">本站公示内容仅供参考；具体违法行为是否不予处罚或从轻、减轻处罚，由实施机关依法认定。</p>
  </div>
</footer>
</body>
</html>
"""
SAME_SINGLE = """{{ define "crumbs" }}{{ $p := .Params }}<li><a href="/lists/">清单</a></li><li><a href="/lists/{{ $p.listid }}/">{{ $p.listtitle }}</a></li><li aria-current="page">第 {{ $p.n }} 项</li>{{ end }}
{{ define "main" }}{{ $p := .Params }}<p class="kicker">{{ $p.listtitle }} · 第 {{ $p.n }} 项</p>
<h1>{{ .Title }}</h1>

<p class="outcome">处理结果：<strong>{{ $p.outcome }}</strong>{{ with $p.outcomenote }}（{{ . }}）{{ end }}</p>

<section aria-labelledby="h-cond">
  <h2 id="h-cond">适用条件</h2>
  <p>以下条件须<strong>同时满足</strong>：</p>
  <ol class="conditions">{{ range $p.conditions }}<li>{{ . }}</li>{{ end }}</ol>
  <p class="check-link"><a href="/check/{{ $p.id }}">我的情况能免罚吗？逐项对照自查</a></p>
  <p class="credit-hint"><a href="/credit/">已受到处罚？公示期满后可申请信用修复</a></p>
</section>

<section aria-labelledby="h-basis">
  <h2 id="h-basis">法律依据</h2>
  <dl class="fields">
    <div><dt>违反条款</dt><dd>{{ $p.violated }}</dd></div>
    <div><dt>处罚依据</dt><dd>{{ $p.basis }}</dd></div>
    {{- with $p.cites }}
    <div><dt>条款对照</dt><dd>{{ range $i, $c := . }}{{ if $i }}、{{ end }}<a href="/provisions/{{ $c.key }}/">{{ $c.label }}</a>{{ end }}</dd></div>
    {{- end }}
  </dl>
</section>
{{ $own := $p.listid }}{{ $lines := slice }}{{ $index := partialCached "provision-lists.html" "all" }}
{{- range $p.cites }}
  {{- $n := 0 }}{{ $counts := slice }}
  {{- range $group, $lists := index $index .key }}
    {{- $c := len $lists }}{{ if index $lists $own }}{{ $c = sub $c 1 }}{{ end }}
    {{- if $c }}{{ $n = add $n $c }}{{ $counts = $counts | append (printf "%d 份%s" $c $group) }}{{ end }}
  {{- end }}
  {{- if $n }}
  {{- $lines = $lines | append (printf "<li><a href=\\"/provisions/%s/\\">%s</a>：另有 %d 份清单：%s</li>" .key .label $n (delimit $counts "，")) }}
  {{- end }}
{{- end }}
{{- with $lines }}
<section aria-labelledby="h-same">
  <h2 id="h-same">同一违法条款的其他清单</h2>
  <ul class="plain same-provision">{{ delimit . "" | safeHTML }}</ul>
</section>
{{- end }}

<section aria-labelledby="h-more">
  <h2 id="h-more">实施与监管</h2>
  <dl class="fields">
    <div><dt>实施机关</dt><dd>{{ $p.authority }}</dd></div>
    <div><dt>配套监管措施</dt><dd>{{ delimit ($p.measures | default (slice)) "；" }}</dd></div>
    <div><dt>领域</dt><dd><a href="/lists/area/{{ $p.area | urlize }}/">{{ $p.area }}</a></dd></div>
    {{- with $p.keywords }}
    <div><dt>常见说法</dt><dd>{{ delimit . "、" }}</dd></div>{{ end }}
    {{- with $p.note }}    <div><dt>备注</dt><dd>{{ . }}</dd></div>{{ end }}
    <div><dt>所属清单</dt><dd><a href="/lists/{{ $p.listid }}/">{{ $p.listtitle }}</a>（{{ $p.liststatus }}）</dd></div>
    <div><dt>公示部门</dt><dd><a href="/departments/{{ $p.dept }}/">{{ $p.deptname }}</a>，电话 {{ $p.deptphone }}</dd></div>
  </dl>
</section>

<section aria-labelledby="h-cases">
  <h2 id="h-cases">相关典型案例</h2>
  <p>暂无公开的相关案例。</p></section>

<section aria-labelledby="h-history">
  <h2 id="h-history">修改记录</h2>
    <p>修改记录暂不可用：内容文件夹不在 git 仓库中。</p>
  </section>

<aside class="notice" aria-label="提示">
  <p>本页为公示信息，仅供参考。具体违法行为是否符合上述条件、是否不予处罚或从轻、减轻处罚，由{{ $p.authority }}依法认定。依法不予行政处罚的，行政机关仍应当对当事人进行教育（《行政处罚法》第三十三条）。</p>
  <p>事项编号：<code>{{ $p.id }}</code>　固定网址：<a href="{{ .RelPermalink }}">{{ .Permalink }}</a></p>
</aside>
{{ end }}
"""
SAME_PROVISION_LISTS = """{{/* the lists citing each article, by outcome group: article -> group -> {list: true}, computed
once for the site (partialCached); the 通用条款, which the item pages leave out, are not in it */}}
{{- $index := newScratch }}
{{- range $key, $pages := site.Taxonomies.provisions }}
  {{- if not (in site.Params.generalprovisions $key) }}
    {{- $groups := newScratch }}
    {{- range $pages }}{{ $groups.SetInMap .Page.Params.outcomegroup .Page.Params.listid true }}{{ end }}
    {{- $index.Set $key $groups.Values }}
  {{- end }}
{{- end }}
{{- return $index.Values }}
"""
SAME_LIST = """{{ define "crumbs" }}{{ if .Params.items }}<li><a href="/lists/">清单</a></li>{{ end }}<li aria-current="page">{{ .Title }}</li>{{ end }}
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ with .Params.meta }}
<section class="gk-meta" aria-labelledby="h-meta">
  <h2 id="h-meta" class="visually-hidden">政务公开信息</h2>
  <dl>
{{- range . }}
    <div><dt>{{ index . 0 }}</dt><dd>{{ index . 1 | safeHTML }}</dd></div>
{{- end }}
  </dl>
</section>
{{ end }}
{{ with .Content }}<section class="intro" aria-label="清单说明"><h3>说明</h3>
{{ . }}</section>{{ end }}
{{ with .Params.items }}<section aria-labelledby="h-items">
  <h2 id="h-items">清单事项（{{ len . }} 项）</h2>
  <table class="data items">
    <caption>{{ $.Title }}：事项、适用条件和处理结果</caption>
    <thead><tr><th scope="col">序号</th><th scope="col">违法行为</th><th scope="col">适用条件（须同时满足）</th><th scope="col">处理结果</th><th scope="col">实施机关</th></tr></thead>
    <tbody>
{{- range . }}
          <tr id="{{ .id }}">
        <td data-label="序号">{{ .n }}</td>
        <th scope="row" data-label="违法行为"><a href="/items/{{ .id }}/">{{ .title }}</a></th>
        <td data-label="适用条件"><ol class="conditions">{{ range .conditions }}<li>{{ . }}</li>{{ end }}</ol></td>
        <td data-label="处理结果">{{ .outcome }}</td>
        <td data-label="实施机关">{{ .authority }}</td>
      </tr>
{{- end }}
    </tbody>
  </table>
</section>
<section aria-labelledby="h-data">
  <h2 id="h-data">下载</h2>
  <ul class="plain">
    <li><a href="/lists/{{ $.File.BaseFileName }}/{{ $.File.BaseFileName }}.csv" download>CSV 表格（可用 Excel 打开）</a></li>
    <li><a href="/lists/{{ $.File.BaseFileName }}/{{ $.File.BaseFileName }}.xlsx" download>Excel 表格（XLSX）</a></li>
    <li><a href="/lists/{{ $.File.BaseFileName }}/{{ $.File.BaseFileName }}.json" download>JSON 数据</a></li>
  </ul>
</section>{{ else }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
{{ end }}
"""
SAME_TERM = """{{ define "crumbs" }}<li><a href="/provisions/">违法条款对照</a></li><li aria-current="page">{{ .Title }}</li>{{ end }}
{{ define "main" }}{{ $term := .Data.Term }}{{ $law := index site.Data.laws (index site.Data.provisionlaw $term) }}
<p class="kicker">违法条款对照 · {{ $law.level }}</p>
<h1>{{ index site.Data.provisionlabel $term }}</h1>
{{- $pages := .Pages }}{{ $seen := newScratch }}
{{- range $pages }}{{ $seen.SetInMap "lists" .Params.listid true }}{{ $seen.SetInMap "regions" .Params.region true }}{{ end }}
<p class="outcome">{{ len ($seen.Get "lists") }} 份清单、{{ len ($seen.Get "regions") }} 个地区</p>

<section aria-labelledby="h-text">
  <h2 id="h-text">条文</h2>
    <p>本站尚未收录该条原文。引用为：{{ $law.name }}{{ index site.Data.provisionarticle $term }}。请以<a href="https://flk.npc.gov.cn/" rel="noopener">官方文本</a>为准。</p>
    <dl class="fields">
    <div><dt>法规全称</dt><dd>{{ $law.name }}</dd></div>
    <div><dt>层级</dt><dd>{{ $law.level }}</dd></div>
    {{ with $law.docno }}<div><dt>文号</dt><dd>{{ . }}</dd></div>{{ end }}
    {{ with $law.version }}<div><dt>版本</dt><dd>{{ . }}</dd></div>{{ end }}
  </dl>
</section>

<section aria-labelledby="h-compare">
  <h2 id="h-compare">各地清单怎样处理</h2>
  <p>同一条款下的事项按处理结果分组；“关键条件”摘自各事项的适用条件（首次、危害后果、改正期限、金额门槛），完整条件在其后。已废止、已修订的清单列出供对照，不再作为依据。</p>
{{ if in site.Params.generalprovisions $term }}<ul>{{ range $pages.GroupByParam "listtitle" }}<li><a href="/lists/{{ (index .Pages 0).Params.listid }}/">{{ .Key }}</a>（{{ len .Pages }} 项）</li>{{ end }}</ul>
{{ else }}{{ range $g, $group := $pages.GroupByParam "outcomegroup" }}      <h3 id="g-{{ $g }}">{{ .Key }}（{{ len .Pages }} 项）</h3>
  <table class="data provision-items">
    <caption>{{ index site.Data.provisionlabel $term }}：{{ .Key }}</caption>
    <thead><tr><th scope="col">违法行为</th><th scope="col">地区</th><th scope="col">层级</th><th scope="col">清单</th><th scope="col">有效性</th><th scope="col">引用</th><th scope="col">关键条件</th><th scope="col">适用条件（须同时满足）</th></tr></thead>
    <tbody>
{{- range .Pages }}{{ $p := .Params }}
          <tr>
        <th scope="row" data-label="违法行为"><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if ne $p.outcome $p.outcomegroup }}（{{ $p.outcome }}）{{ end }}          </th>
        <td data-label="地区">{{ $p.region }}</td>
        <td data-label="层级">市级</td>
        <td data-label="清单"><a href="/lists/{{ $p.listid }}/">{{ $p.listtitle }}</a></td>
        <td data-label="有效性">{{ $p.liststatus }}</td>
        <td data-label="引用">{{ index $p.cited $term }}</td>
        <td data-label="关键条件">{{ delimit ($p.keyconditions | default (slice)) "；" }}</td>
        <td data-label="适用条件"><ol class="conditions">{{ range $p.conditions }}<li>{{ . }}</li>{{ end }}</ol></td>
      </tr>
{{- end }}
        </tbody>
  </table>
{{ end }}{{ end }}    </section>

<aside class="notice" aria-label="提示">
  <p>本页由各清单的“违反条款”“处罚依据”自动归并，仅供对照参考；某一行为在当地如何处理，以当地现行有效的清单和实施机关依法认定为准。各地差异的汇总见<a href="/provisions/report/">一致性报告</a>，数据见<a href="/data/">开放数据</a>（provisions.csv）。</p>
</aside>
{{ end }}
"""


SAME_SITEMAP = """{{ printf "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>" | safeHTML }}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{{- range .Data.Pages }}{{ with .Permalink }}
  <url><loc>{{ . }}</loc></url>
{{- end }}{{ end }}
</urlset>
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


def general_provisions(laws):
    """The articles the law table marks 通用条款 (the portal lists only the citing lists on their pages)."""
    return [f"{law}-{n}" for law, facts in laws.items() for n in facts.get("general", [])]


def region_of(yaml_text):
    m = re.search(r"^地区: (.*)$", yaml_text, re.M)
    return m.group(1).strip() if m else ""


def status_of(yaml_text):
    m = re.search(r"^状态: (.*)$", yaml_text, re.M)
    return m.group(1).strip() if m else ""


NAV = [("清单", "/lists/"), ("典型案例", "/cases/"), ("执法方式", "/methods/"), ("文书范本", "/forms/"),
       ("征求意见", "/drafts/"), ("信用修复", "/credit/"), ("告知承诺", "/commitments/"), ("行政回访", "/visits/"),
       ("问卷调查", "/questionnaires/"), ("部门", "/departments/")]
FOOTER = [("关于本站", "/pages/about/"), ("内容编辑指南", "/pages/guide/"), ("更新记录", "/changes/"),
          ("统计", "/statistics/"), ("违法条款对照", "/provisions/"), ("开放数据", "/data/"),
          ("订阅更新（Atom）", "/feed.xml"), ("网站地图", "/sitemap.xml")]


def scalar(value):
    """A YAML scalar as the generator writes it: plain, or double-quoted when it must be."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return json.loads(value)
    return value


def parse_list(yaml_text):
    """A generated list file as (its top-level fields, its items as dicts whose list fields are Python lists)."""
    top, items, current, key = {}, [], None, None
    for line in yaml_text.split("\n"):
        if line.startswith("  - id: "):
            current = {"id": line[8:].strip()}
            items.append(current)
        elif current is not None and line.startswith("    ") and not line.startswith("      "):
            key, _, value = line[4:].partition(":")
            value = value.strip()
            if value.startswith("[") and value.endswith("]"):
                current[key] = [scalar(v.strip()) for v in value[1:-1].split(", ") if v.strip()]
            else:
                current[key] = scalar(value) if value else []
        elif current is not None and line.startswith("      - "):
            current[key].append(scalar(line[8:].strip()))
        elif line and not line.startswith(" "):
            current = None
            k, _, v = line.partition(":")
            top[k] = scalar(v.strip())
    return top, items


def department_of(path):
    fields = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            k, _, v = line.partition(": ")
            if k in ("部门", "名称", "联系电话"):
                fields[k] = v.strip()
    return fields


def laws_of(content):
    """The law table's facts: id -> name, level, document number, version (the article pages show them) and the
    articles it marks 通用条款 ("general")."""
    laws, law = {}, None
    with open(os.path.join(content, "law", "fagui-minglu.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"  - id: (\S+)", line)
            if m:
                law = laws.setdefault(m.group(1), {})
            elif law is not None:
                m = re.match(r"    (名称|层级|文号): (.*)", line)
                if m:
                    law[{"名称": "name", "层级": "level", "文号": "docno"}[m.group(1)]] = m.group(2).strip()
                m = re.match(r"      - 施行日期: (.*)", line)
                if m:
                    law["version"] = m.group(1).strip() + " 起施行"
                m = re.match(r"    通用条款: \[(.*)\]", line)
                if m:
                    law["general"] = [n.strip() for n in m.group(1).split(",")]
    return laws


def short_name(name):
    return name[7:] if name.startswith("中华人民共和国") else name


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--content", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--provisions", help="the portal's data/provisions.json for the same content")
    ap.add_argument("--layout", choices=["same", "minimal"], default="same")
    a = ap.parse_args()
    laws = laws_of(a.content)  # the law table, read once: its 通用条款 and the facts the article pages show
    same = a.layout == "same"
    cited = {}  # item id -> (provision keys, outcome group, key conditions, {key: cited as})
    labels, article_of, law_of = {}, {}, {}
    if a.provisions:
        with open(a.provisions, encoding="utf-8") as f:
            for e in json.load(f):
                keys, _, conditions, how = cited.setdefault(
                    e["item"], ([], e["outcomeGroup"], e.get("keyConditions", []), {}))
                key = e["provision"].replace("/", "-")
                keys.append(key)
                how[key] = e.get("cited", "")
                labels[key] = f"《{short_name(e['lawName'])}》{e['article']}"
                article_of[key] = e["article"]
                law_of[key] = e["law"]
    if os.path.exists(a.out):
        sys.exit(f"hugo-peer.py: {a.out} exists; choose a new folder")
    for d in ["content/items", "content/lists", "layouts/_default", "layouts/partials", "layouts/lists", "data"]:
        os.makedirs(os.path.join(a.out, d))
    with open(os.path.join(a.out, "config.json"), "w", encoding="utf-8") as f:
        config = {"baseURL": "https://rxzf.example.gov.cn/", "title": "柔性执法公示平台", "languageCode": "zh-CN",
                  "params": {}}
        if same:
            config["title"] = "柔性执法公示平台（性能测试数据）"
            config["params"].update({
                "nav": [{"name": n, "url": u} for n, u in NAV], "footer": [{"name": n, "url": u} for n, u in FOOTER],
                "host": "示例市司法局（虚构单位，仅供演示）",
                "contact": "示例市司法局行政执法协调监督科，电话 0000-1234500（虚构号码）"})
        if same:  # the feeds the portal writes: one, of the 50 newest pages (no feed per section or article)
            config.update({"outputs": {"home": ["HTML", "RSS"], "section": ["HTML"]}, "rssLimit": 50,
                           "outputFormats": {"RSS": {"baseName": "feed"}}})
        if a.provisions:  # one page per cited article and their index, HTML only as the portal's
            config.update({"taxonomies": {"provision": "provisions"}})
            config.setdefault("outputs", {}).update({"taxonomy": ["HTML"], "term": ["HTML"]})
            config["params"]["generalprovisions"] = general_provisions(laws)
        else:
            config["disableKinds"] = ["taxonomy", "term"]
        json.dump(config, f, ensure_ascii=False)
    layouts = ([("baseof.html", SAME_BASE), ("single.html", SAME_SINGLE), ("list.html", SAME_LIST),
                ("term.html", SAME_TERM), ("../partials/provision-lists.html", SAME_PROVISION_LISTS),
                ("../partials/head.html", SAME_HEAD), ("../partials/header.html", SAME_HEADER),
                ("../partials/nav.html", SAME_NAV), ("../partials/footer.html", SAME_FOOTER),
                ("../lists/single.html", SAME_LIST)] if same else
               [("baseof.html", LAYOUT_BASE), ("single.html", LAYOUT_SINGLE), ("list.html", LAYOUT_LIST),
                ("term.html", LAYOUT_TERM)])
    for name, text in layouts:
        with open(os.path.join(a.out, "layouts/_default", name), "w", encoding="utf-8") as f:
            f.write(text)
    if same:
        # the portal writes no page of all items (Hugo's section page would list 10,000 links): the section stays,
        # its own page is not rendered
        with open(os.path.join(a.out, "content/items/_index.md"), "w", encoding="utf-8") as f:
            f.write(json.dumps({"title": "事项", "_build": {"render": "never", "list": "never"}}) + "\n")
        # the portal's sitemap: one <loc> per page (Hugo's default adds lastmod, changefreq and priority)
        with open(os.path.join(a.out, "layouts/sitemap.xml"), "w", encoding="utf-8") as f:
            f.write(SAME_SITEMAP)
        for name, data in [("laws", laws), ("provisionlabel", labels),
                           ("provisionarticle", article_of), ("provisionlaw", law_of)]:
            with open(os.path.join(a.out, "data", name + ".json"), "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False)
    n = 0
    for root, _, files in sorted(os.walk(os.path.join(a.content, "departments"))):
        if not root.endswith("/lists"):
            continue
        dept = department_of(os.path.join(os.path.dirname(root), "department.md")) if same else {}
        for name in sorted(files):
            yaml_text, body = front_matter(os.path.join(root, name))
            list_id = name[:-3]
            if same:
                top, items = parse_list(yaml_text)
                status = "有效" if top.get("状态") == "生效" else top.get("状态", "")
                meta = [["索引号", f"{top.get('部门')}-{top.get('发布日期', '')[:4]}-{list_id}"],
                        ["发布机构", top.get("发布机构", "")], ["成文日期", top.get("成文日期", "")],
                        ["发布日期", top.get("发布日期", "")], ["文号", top.get("文号") or "无"],
                        ["主题分类", top.get("主题分类", "")], ["有效性", status], ["清单类型", top.get("类型", "")],
                        ["生效日期", top.get("生效日期", "")], ["有效期至", top.get("有效期至", "")],
                        ["版本", top.get("版本", "")], ["适用地区", top.get("地区", "")],
                        ["公示部门", f'<a href="/departments/{dept.get("部门", "")}/">{dept.get("名称", "")}</a>']]
                page = {"title": top.get("标题", ""), "description": top.get("类型", "") + "：" + top.get("标题", ""),
                        "pubdate": top.get("发布日期", ""), "source": top.get("发布机构", ""), "meta": meta,
                        "items": [{"id": i["id"], "title": i.get("违法行为", ""), "n": i.get("序号", ""),
                                   "conditions": i.get("适用条件") or [], "outcome": i.get("处理结果", ""),
                                   "authority": i.get("实施机关", "")} for i in items]}
            else:
                items = items_of(yaml_text)
                page = {"title": title_of(yaml_text),
                        "items": [{"id": i["id"], "title": i.get("违法行为", "")} for i in items]}
            with open(os.path.join(a.out, "content/lists", list_id + ".md"), "w", encoding="utf-8") as f:
                f.write(json.dumps(page, ensure_ascii=False) + "\n" + body)
            for item in items:
                if same:
                    # (no "url": Hugo's own path for content/items/ID.md is /items/ID/)
                    page = {"title": item.get("违法行为", item["id"]),
                            "description": top.get("类型", "") + "：" + item.get("违法行为", ""),
                            "pubdate": top.get("发布日期", ""), "source": top.get("发布机构", ""),
                            "id": item["id"], "n": item.get("序号", ""), "listid": list_id,
                            "listtitle": top.get("标题", ""), "liststatus": status, "region": top.get("地区", ""),
                            "outcome": item.get("处理结果", ""), "outcomenote": item.get("处理说明", ""),
                            "conditions": item.get("适用条件") or [], "violated": item.get("违反条款", ""),
                            "basis": item.get("处罚依据", ""), "authority": item.get("实施机关", ""),
                            "measures": item.get("配套监管措施") or [], "keywords": item.get("关键词") or [],
                            "area": item.get("领域") or top.get("领域", ""), "note": item.get("备注", ""),
                            "dept": dept.get("部门", ""), "deptname": dept.get("名称", ""),
                            "deptphone": dept.get("联系电话", "")}
                    if item["id"] in cited:
                        keys, group, conditions, how = cited[item["id"]]
                        page.update({"provisions": keys, "outcomegroup": group, "keyconditions": conditions,
                                     "cited": how, "cites": [{"key": k, "label": labels[k]} for k in keys]})
                else:
                    fields = {k: v for k, v in item.items() if k != "id"}
                    page = {"title": item.get("违法行为", item["id"]), "url": "/items/" + item["id"] + "/",
                            "fields": fields}
                    if item["id"] in cited:
                        keys, group, conditions, _ = cited[item["id"]]
                        page.update({"provisions": keys, "outcomegroup": group, "keyconditions": conditions,
                                     "region": region_of(yaml_text), "listtitle": title_of(yaml_text),
                                     "liststatus": status_of(yaml_text)})
                with open(os.path.join(a.out, "content/items", item["id"] + ".md"), "w", encoding="utf-8") as f:
                    f.write(json.dumps(page, ensure_ascii=False) + "\n")
                n += 1
    print(f"{a.out}: {n} items")


if __name__ == "__main__":
    main()
