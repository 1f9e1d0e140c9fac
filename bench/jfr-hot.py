#!/usr/bin/env python3
"""Summarises a Java Flight Recording of a build: where the sampled CPU time went.

    jfr-hot.py RECORDING.jfr [--top 40]

Reads `jfr print` output (the JDK's jfr tool must be on PATH) and prints:
  - the share of execution samples per phase (content loading, template rendering, file writing, ...),
  - the hottest top frames (self time) and the hottest methods including callees (total time),
  - the hottest frames of native samples (threads in native code, mostly file I/O),
  - GC pause totals.
Standard library only.
"""
import argparse
import collections
import re
import subprocess
import sys

PHASES = [  # first rule whose pattern appears anywhere in the stack wins (templates call content getters, so
            # rendering is matched before loading; the index thread reads the content model, so it comes first)
    ("index: search index thread", re.compile(r"cn\.rxzf\.portal\.search\.SearchIndexer")),
    ("plan: PagePlan.of", re.compile(r"cn\.rxzf\.portal\.site\.PagePlan\.of")),
    ("open data: CSV/JSON/XLSX", re.compile(r"cn\.rxzf\.portal\.site\.(publish\.(DataFiles|OpenData|Xlsx|ProvisionData|JsonSchemas)|stats\.StatisticsFiles)")),
    ("render: Pebble templates", re.compile(r"cn\.rxzf\.portal\.site\.render\.PageRenderer|io\.pebbletemplates")),
    ("sitemap, _headers, _redirects", re.compile(r"cn\.rxzf\.portal\.site\.publish\.(Sitemap|NetlifyFiles)")),
    ("write: mkdir/write/rename", re.compile(r"cn\.rxzf\.portal\.site\.SiteBuilder\.lambda\$write|java\.nio\.file\.Files\.(write|move|createDirectories)")),
    ("swap/delete old output", re.compile(r"cn\.rxzf\.portal\.site\.publish\.SiteOutput")),
    ("jbake/Pebble setup", re.compile(r"cn\.rxzf\.portal\.site\.render\.Templates\.<init>|org\.jbake\.app\.configuration")),
    ("load: citations/provisions", re.compile(r"cn\.rxzf\.portal\.content\.citations")),
    ("load: YAML/Markdown parse, checks", re.compile(r"cn\.rxzf\.portal\.content\.|org\.yaml\.snakeyaml")),
    ("JVM: class loading/linking", re.compile(r"java\.lang\.ClassLoader|jdk\.internal\.loader|java\.lang\.invoke")),
]


def samples(path, event):
    """Yields (thread, [frames top first], start time in seconds of the day) for each event of the given type."""
    out = subprocess.run(["jfr", "print", "--stack-depth", "128", "--events", event, path],
                         capture_output=True, text=True, check=True).stdout
    thread, frames, in_stack, when = None, [], False, None
    for line in out.split("\n"):
        s = line.strip()
        if s.startswith("jdk."):
            thread, frames, in_stack, when = None, [], False, None
        elif s.startswith("startTime = "):
            m = re.match(r"startTime = (\d+):(\d+):([\d.]+)", s)
            when = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3)) if m else None
        elif s.startswith("sampledThread = "):
            m = re.match(r'sampledThread = "([^"]*)"', s)
            thread = m.group(1) if m else s
        elif s.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and s == "]":
            in_stack = False
            yield thread, frames, when
        elif in_stack and s and s != "...":
            frames.append(s)


def method(frame):
    """Frame text without line number and argument list: pkg.Class.method"""
    return re.sub(r"\(.*$", "", frame)


def thread_kind(name):
    if name is None:
        return "?"
    if name.startswith("ForkJoinPool"):
        return "ForkJoinPool workers"
    return re.sub(r"[-#]?\d+$", "", name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--since", type=float, default=0.0,
                    help="ignore samples earlier than this many seconds after the first one (e.g. a serve's first build)")
    a = ap.parse_args()

    exec_samples = list(samples(a.recording, "jdk.ExecutionSample"))
    if exec_samples and a.since:
        start = min(w for _, _, w in exec_samples if w is not None)
        exec_samples = [s for s in exec_samples if s[2] is not None and s[2] - start >= a.since]
    n = len(exec_samples)
    if not n:
        sys.exit("no jdk.ExecutionSample events in " + a.recording)
    phase, selfc, total, threads = (collections.Counter() for _ in range(4))
    span = {}
    t0 = min(w for _, _, w in exec_samples if w is not None)
    for thread, frames, when in exec_samples:
        threads[thread_kind(thread)] += 1
        stack = "\n".join(frames)
        p = next((name for name, rx in PHASES if rx.search(stack)), "other")
        phase[p] += 1
        if when is not None:
            lo, hi = span.get(p, (when, when))
            span[p] = (min(lo, when), max(hi, when))
        if frames:
            selfc[frames[0]] += 1
        for m in set(method(f) for f in frames):
            total[m] += 1

    def pct(c):
        return f"{100.0 * c / n:5.1f}%"

    print(f"{n} execution samples (Java code on CPU)\n")
    print("by thread:")
    for t, c in threads.most_common():
        print(f"  {pct(c)}  {c:6d}  {t}")
    print("\nby phase (first matching rule on the stack), with the time of its first and last sample:")
    for p, c in phase.most_common():
        lo, hi = span.get(p, (t0, t0))
        print(f"  {pct(c)}  {c:6d}  {p:38s} {lo - t0:6.2f} s .. {hi - t0:6.2f} s")
    print(f"\ntop {a.top} frames, self (where the CPU was):")
    for f, c in selfc.most_common(a.top):
        print(f"  {pct(c)}  {c:6d}  {f}")
    print(f"\ntop {a.top} methods, total (on the stack):")
    for f, c in total.most_common(a.top):
        print(f"  {pct(c)}  {c:6d}  {f}")

    native = list(samples(a.recording, "jdk.NativeMethodSample"))
    if native and a.since:
        native = [s for s in native if s[2] is not None and s[2] - t0 >= 0]
    if native:
        nself, nproj = collections.Counter(), collections.Counter()
        for _, frames, _ in native:
            if frames:
                nself[method(frames[0])] += 1
            caller = next((method(f) for f in frames if f.startswith("cn.rxzf.")), "(no portal frame)")
            nproj[caller] += 1
        print(f"\n{len(native)} native samples (threads inside native code: I/O, waiting); top frames:")
        for f, c in nself.most_common(15):
            print(f"  {100.0 * c / len(native):5.1f}%  {c:6d}  {f}")
        print("  ... by the innermost portal method on the stack:")
        for f, c in nproj.most_common(10):
            print(f"  {100.0 * c / len(native):5.1f}%  {c:6d}  {f}")

    gc = subprocess.run(["jfr", "print", "--events", "jdk.GarbageCollection", a.recording],
                        capture_output=True, text=True).stdout
    pauses = re.findall(r"sumOfPauses = ([\d.]+) (ms|s|us)", gc)
    scale = {"ms": 1.0, "s": 1000.0, "us": 0.001}
    total_ms = sum(float(v) * scale[u] for v, u in pauses)
    names = collections.Counter(re.findall(r'name = "([^"]+)"', gc))
    print(f"\nGC: {len(pauses)} collections, {total_ms:.0f} ms of pauses in total ({', '.join(f'{k} {v}' for k, v in names.items())})")


if __name__ == "__main__":
    main()
