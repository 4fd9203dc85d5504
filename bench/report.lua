-- wrk prints p50/p75/p90/p99 with --latency but no p95; this prints one machine-readable line for load.sh.
-- Latencies are in microseconds; errors.status counts responses with a status of 400 or more.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %.2f %d %d %d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
