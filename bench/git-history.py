#!/usr/bin/env python3
"""Turns a generated content tree into a git repository with a history, for the build benchmark with history on.

    git-history.py --content DIR --out DIR [--commits N] [--seed S]

Commits, with author dates a few days apart from 2025-01-06:
  1. site.yaml, methods/ and pages/;
  2. one commit per department adding department.md, its lists and cases;
  3. N (default 60) edits, each to one to three random lists, the way departments revise them: reword one item's
     适用条件 (most edits), append a new item, or take out an item an earlier edit appended;
  4. one list repealed (状态: 已废止).
The final tree passes `portal check` like the one it came from. Output depends only on the input and --seed.
Standard library only; needs the git binary. Refuses to write into an existing folder.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta

ITEM_START = re.compile(r"^  - id: (\S+)$", re.M)


def git(repo, *args, date=None):
    env = dict(os.environ, GIT_AUTHOR_NAME="内容编辑", GIT_AUTHOR_EMAIL="editor@example.gov.cn",
               GIT_COMMITTER_NAME="内容编辑", GIT_COMMITTER_EMAIL="editor@example.gov.cn")
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date.strftime("%Y-%m-%dT%H:%M:%S+08:00")
    subprocess.run(["git", "-C", repo, *args], check=True, env=env, stdout=subprocess.DEVNULL)


def item_blocks(text):
    """(start, end) of each item block in a list file's 条目 section."""
    starts = [m.start() for m in ITEM_START.finditer(text)]
    end_of_items = text.index("\n---", starts[-1]) + 1 if starts else 0
    return [(s, starts[i + 1] if i + 1 < len(starts) else end_of_items) for i, s in enumerate(starts)]


def reword(text, rnd):
    blocks = item_blocks(text)
    s, e = blocks[rnd.randrange(len(blocks))]
    block = text[s:e]
    lines = block.split("\n")
    conds = [i for i, line in enumerate(lines) if line.startswith("      - ")]
    if not conds:
        return text
    i = rnd.choice(conds)
    lines[i] = lines[i] + rnd.choice(["，且已当场改正", "，且当事人主动配合调查", "（修订）", "，并在规定期限内整改完毕"])
    return text[:s] + "\n".join(lines) + text[e:]


def append_item(text, list_id, serial):
    blocks = item_blocks(text)
    s, e = blocks[-1]
    block = text[s:e]
    new_id = f"{list_id}-9{serial:02d}"
    block = re.sub(r"^  - id: \S+$", f"  - id: {new_id}", block, count=1, flags=re.M)
    block = re.sub(r"^    序号: \d+$", f"    序号: {900 + serial}", block, count=1, flags=re.M)
    return text[:e] + block + text[e:], new_id


def remove_item(text, item_id):
    for s, e in item_blocks(text):
        if text.startswith(f"  - id: {item_id}\n", s):
            return text[:s] + text[e:]
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--content", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--commits", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if os.path.exists(a.out):
        sys.exit(f"git-history.py: {a.out} exists; choose a new folder")
    rnd = random.Random(a.seed)
    when = datetime(2025, 1, 6, 10, 0)
    os.makedirs(a.out)
    git(a.out, "init", "-q", "-b", "main")
    for name in ["site.yaml", "methods", "pages"]:
        src = os.path.join(a.content, name)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(a.out, name))
        elif os.path.exists(src):
            shutil.copy(src, os.path.join(a.out, name))
    git(a.out, "add", "-A")
    git(a.out, "commit", "-q", "-m", "站点设置、执法方式与说明页面", date=when)

    departments = sorted(os.listdir(os.path.join(a.content, "departments")))
    for code in departments:
        when += timedelta(days=3)
        shutil.copytree(os.path.join(a.content, "departments", code), os.path.join(a.out, "departments", code))
        git(a.out, "add", "-A")
        git(a.out, "commit", "-q", "-m", f"{code}：发布清单", date=when)

    lists = sorted(os.path.join(root, f) for root, _, files in os.walk(os.path.join(a.out, "departments"))
                   for f in files if "/lists/" in os.path.join(root, f) and f.endswith(".md"))
    appended = {}  # list path -> item ids appended by earlier edits
    serial = 0
    for n in range(a.commits):
        when += timedelta(days=rnd.randint(2, 9), minutes=rnd.randint(0, 600))
        touched = rnd.sample(lists, rnd.randint(1, 3))
        for path in touched:
            list_id = os.path.basename(path)[:-3]
            with open(path, encoding="utf-8") as f:
                text = f.read()
            roll = rnd.random()
            if roll < 0.15 and appended.get(path):
                text = remove_item(text, appended[path].pop())
            elif roll < 0.35:
                serial += 1
                text, new_id = append_item(text, list_id, serial)
                appended.setdefault(path, []).append(new_id)
            else:
                text = reword(text, rnd)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        git(a.out, "add", "-A")
        git(a.out, "commit", "-q", "-m", f"修订清单（第 {n + 1} 次）", date=when)

    when += timedelta(days=5)
    repealed = next(p for p in lists if "状态: 生效\n" in open(p, encoding="utf-8").read())
    with open(repealed, encoding="utf-8") as f:
        text = f.read()
    with open(repealed, "w", encoding="utf-8") as f:
        f.write(text.replace("状态: 生效\n", "状态: 已废止\n", 1))
    git(a.out, "add", "-A")
    git(a.out, "commit", "-q", "-m", "废止清单 " + os.path.basename(repealed)[:-3], date=when)
    print(f"{a.out}: {a.commits + len(departments) + 2} commits")


if __name__ == "__main__":
    main()
