#!/usr/bin/env python3
"""Where the service's CPU time goes, from a JFR recording (jdk.ExecutionSample events).

    python3 bench/service/jfr-summary.py service.jfr [TOP]

Prints (1) samples by component of the top frame (self time), (2) for the service's own request code, the share of
samples that have a given method anywhere on the stack (inclusive time), and (3) the TOP hottest top frames.
Reads `jfr print --json --events jdk.ExecutionSample`, with --stack-depth 512 (jfr print keeps 5 frames otherwise).
"""
import collections
import json
import subprocess
import sys

COMPONENTS = [  # first match of the top frame's class name
    ("org.postgresql.", "PostgreSQL JDBC driver"),
    ("com.zaxxer.hikari.", "HikariCP"),
    ("org.jdbi.", "JDBI"),
    ("io.pebbletemplates.", "Pebble templates"),
    ("org.eclipse.jetty.", "Jetty"),
    ("io.javalin.", "Javalin"),
    ("kotlin.", "Javalin (Kotlin runtime)"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("ch.qos.logback.", "logging"),
    ("org.slf4j.", "logging"),
    ("cn.rxzf.", "portal code"),
    ("com.sun.crypto.", "crypto"),
    ("javax.crypto.", "crypto"),
    ("sun.security.", "crypto"),
    ("java.util.regex.", "JDK regex"),
    ("sun.nio.", "JDK I/O"),
    ("java.nio.", "JDK I/O"),
    ("java.net.", "JDK I/O"),
    ("java.io.", "JDK I/O"),
    ("java.util.concurrent.", "JDK concurrency"),
    ("java.lang.invoke.", "JDK reflection/lambda"),
    ("java.lang.reflect.", "JDK reflection/lambda"),
    ("jdk.internal.reflect.", "JDK reflection/lambda"),
    ("java.", "JDK other"),
    ("jdk.", "JDK other"),
    ("sun.", "JDK other"),
]

INCLUSIVE = [  # (label, class name suffix, method name or None)
    ("handle a comment POST (CommentController.submit)", "CommentController", "submit"),
    ("  form parsing (Context.formParam)", "io.javalin.http.Context", "formParam"),
    ("  form token check (FormTokens.check)", "FormTokens", "check"),
    ("  client address hash (Keys.clientHash)", "Keys", "clientHash"),
    ("  rate limits, one statement (RateLimiter.allow)", "RateLimiter", "allow"),
    ("  hand over to the comment writer and wait (CommentWriter.write)", "CommentWriter", "write"),
    ("  personal-data encryption (Keys.encrypt)", "Keys", "encrypt"),
    ("  duplicate hash (CommentService.hash)", "CommentService", "hash"),
    ("comment writer thread: batch insert and commit (CommentStore.insertAll)", "CommentStore", "insertAll"),
    ("render a page (Pebble)", "io.pebbletemplates.pebble.template.PebbleTemplateImpl", "evaluate"),
    ("JDBI (any of its frames)", "org.jdbi.", None),
    ("JDBC: execute statements (org.postgresql QueryExecutorImpl)", "org.postgresql.core.v3.QueryExecutorImpl", None),
    ("HikariCP: borrow/return connections", "com.zaxxer.hikari.pool.HikariPool", None),
    ("Jetty: parse and write HTTP", "org.eclipse.jetty.server.internal.HttpConnection", None),
    ("security headers (StaticSite.securityHeaders)", "StaticSite", "securityHeaders"),
    ("logging", "ch.qos.logback", None),
]


def frames_of(event):
    st = event["values"].get("stackTrace")
    if not st:
        return []
    out = []
    for f in st.get("frames", []):
        m = f.get("method") or {}
        cls = ((m.get("type") or {}).get("name") or "?").replace("/", ".")
        out.append((cls, m.get("name") or "?"))
    return out


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    n = len(events)
    if n == 0:
        print("no execution samples")
        return
    comp = collections.Counter()
    selfm = collections.Counter()
    incl = collections.Counter()
    threads = collections.Counter()
    for e in events:
        fr = frames_of(e)
        t = e["values"].get("sampledThread") or {}
        name = t.get("javaName") or t.get("osName") or "?"
        threads["".join(c for c in name if not c.isdigit()).rstrip("-#")] += 1
        if not fr:
            comp["(no stack)"] += 1
            continue
        cls, meth = fr[0]
        selfm[f"{cls}.{meth}"] += 1
        comp[next((label for prefix, label in COMPONENTS if cls.startswith(prefix)), "other")] += 1
        seen = set()
        for label, suffix, mname in INCLUSIVE:
            for c, mm in fr:
                if (c.endswith(suffix) or c.startswith(suffix)) and (mname is None or mm == mname):
                    seen.add(label)
                    break
        for label in seen:
            incl[label] += 1
    print(f"JFR execution samples: {n} (Java code running on a CPU; time waiting for PostgreSQL is not sampled)")
    print("samples by thread (digits removed):", ", ".join(f"{k} {v * 100 / n:.0f}%" for k, v in threads.most_common(6)))
    print("self time by component of the top frame:")
    for k, v in comp.most_common():
        print(f"  {v * 100 / n:5.1f}%  {k}")
    print("inclusive (method anywhere on the stack):")
    for label, _, _ in INCLUSIVE:
        print(f"  {incl[label] * 100 / n:5.1f}%  {label}")
    print(f"hottest {top} top frames:")
    for k, v in selfm.most_common(top):
        print(f"  {v * 100 / n:5.1f}%  {k}")


if __name__ == "__main__":
    main()
