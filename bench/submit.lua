-- wrk script: every request submits a new application with a unique organization name.
-- Three in four are para 7 (intergovernmental organization), one in four para 8 (NGO claiming
-- ECOSOC special status, which adds a roster look-up and a second history line).
-- Responses other than 201 are counted per thread and reported by done().

local threads = {}
local counter = 0

function setup(thread)
   thread:set("tid", #threads + 1)
   thread:set("run", os.getenv("BENCH_RUN_ID") or tostring(os.time()))
   table.insert(threads, thread)
end

function init(args)
   non201 = 0
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   counter = counter + 1
   local name = string.format("Bench Org %s-%d-%d", run, tid, counter)
   local body
   if counter % 4 == 0 then
      body = '{"organization":{"name":"' .. name .. '","type":"NGO","country":"FR"},'
         .. '"ecosocCategory":"SPECIAL",'
         .. '"contact":{"name":"Bench","email":"bench@example.org"},"language":"fr"}'
   else
      body = '{"organization":{"name":"' .. name .. '","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"FR"},'
         .. '"contact":{"name":"Bench","email":"bench@example.org"},"language":"en"}'
   end
   return wrk.format(nil, "/api/v1/applications", nil, body)
end

function response(status, headers, body)
   if status ~= 201 then
      non201 = non201 + 1
      last_bad_status = status
   end
end

function done(summary, latency, requests)
   local bad, last = 0, 0
   for _, t in ipairs(threads) do
      bad = bad + (t:get("non201") or 0)
      last = t:get("last_bad_status") or last
   end
   -- machine-readable lines picked up by run.sh
   io.write(string.format("BENCH requests=%d\n", summary.requests))
   io.write(string.format("BENCH non201=%d\n", bad))
   io.write(string.format("BENCH last_non201_status=%d\n", last))
   io.write(string.format("BENCH socket_errors=%d\n", summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
   io.write(string.format("BENCH duration_us=%d\n", summary.duration))
   io.write(string.format("BENCH p50_us=%d\n", latency:percentile(50)))
   io.write(string.format("BENCH p99_us=%d\n", latency:percentile(99)))
   io.write(string.format("BENCH max_us=%d\n", latency.max))
end
