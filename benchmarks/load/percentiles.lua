-- wrk script: prints the latency percentiles of the run (wrk's own --latency output has no p95) and the
-- number of non-2xx answers and socket errors, which count as errors.
done = function(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format("requests %d, non-2xx or socket errors %d, %.0f requests/s\n",
      summary.requests, errors.status + errors.connect + errors.read + errors.write + errors.timeout,
      summary.requests / (summary.duration / 1e6)))
   io.write(string.format("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000))
end
