-- wrk script for bench/load/run.sh: sends the keys a Supabase client sends, and prints one machine-readable
-- result line when the run is done. The token comes from the environment so it never sits in a file.
--   BENCH_TOKEN=eyJ... wrk -t2 -c32 -d15s --latency -s request.lua 'http://127.0.0.1:PORT/rest/v1/products?id=eq.4242'

local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["apikey"] = token
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"

-- No response() callback: wrk would then hand every body to Lua, and the client would cost more than the server.
-- summary.errors.status already counts responses with a status of 400 or more.
function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
