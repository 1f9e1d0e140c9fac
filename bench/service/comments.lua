-- wrk script: every request a distinct citizen (own X-Forwarded-For) posting a unique comment with a valid form token.
-- Environment: TOKEN (from the draft page, at least 2 s old), DRAFT, RUN (a run id that keeps bodies unique across runs).
-- At the end prints the status histogram of all requests (wrk itself counts only non-2xx/3xx as errors; a success
-- here is exactly a 303).
local token = os.getenv("TOKEN")
local draft = os.getenv("DRAFT")
local run = os.getenv("RUN")
local threads = {}
local fixed = "%EF%BC%9A%E5%BB%BA%E8%AE%AE%E5%9C%A8%E6%B8%85%E5%8D%95%E4%B8%AD%E6%98%8E%E7%A1%AE%E9%A6%96%E6%AC%A1"
    .. "%E8%BF%9D%E6%B3%95%E7%9A%84%E8%AE%A4%E5%AE%9A%E6%9C%9F%E9%97%B4%E5%92%8C%E8%AE%A1%E7%AE%97%E6%96%B9%E5%BC%8F"
    .. "%EF%BC%8C%E5%AF%B9%E4%B8%BB%E5%8A%A8%E6%B6%88%E9%99%A4%E5%8D%B1%E5%AE%B3%E5%90%8E%E6%9E%9C%E7%9A%84%E4%BE%9D"
    .. "%E6%B3%95%E4%B8%8D%E4%BA%88%E5%A4%84%E7%BD%9A%E3%80%82"

local function urlencode(s)
    return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    n = 0
    statuses = {}
    path = "/drafts/" .. draft .. "/comments"
    prefix = "token=" .. urlencode(token) .. "&body=%E8%B4%9F%E8%BD%BD%E6%B5%8B%E8%AF%95+" .. run .. "-" .. tid .. "-"
end

function request()
    n = n + 1
    local body = prefix .. n .. fixed .. "&name=&contact=&website="
    return wrk.format("POST", path, {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Forwarded-For"] = string.format("fd02:%s:%x::%x", run, tid, n),
    }, body)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, t in ipairs(threads) do
        local s = t:get("statuses")
        for k, v in pairs(s) do total[k] = (total[k] or 0) + v end
    end
    local parts = {}
    for k, v in pairs(total) do table.insert(parts, k .. "=" .. v) end
    table.sort(parts)
    io.write(string.format("wrk statuses {%s} socket_errors connect=%d read=%d write=%d timeout=%d\n",
        table.concat(parts, ", "), summary.errors.connect, summary.errors.read, summary.errors.write,
        summary.errors.timeout))
    io.write(string.format("wrk latency_ms p50=%.2f p95=%.2f p99=%.2f max=%.2f\n", latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
