-- wrk script: POSTs decisions on the valid applications of the public cases to /v1/decisions, in
-- turn, each with the disposition of its own tier left to the service (ACCEPT with a note, so that
-- any tier is taken), under the bearer token TOKEN. A 201 is sent only once the record is durable.
--   TOKEN=rgn_… wrk -t2 -c16 -d20s --latency -s bench/post-decisions.lua http://localhost:7171
-- CASES names another case file (default: cases/public.jsonl, run from the repository's root).

local token = assert(os.getenv("TOKEN"), "give the bearer token in TOKEN")
local file = os.getenv("CASES") or "cases/public.jsonl"
local bodies = {}
for line in io.lines(file) do
  if line:find('"status": 200', 1, true) then
    local application = line:match('"application": (%b{})')
    bodies[#bodies + 1] = '{"application": ' .. application
      .. ', "disposition": "ACCEPT", "note": "load test"}'
  end
end
assert(#bodies > 0, "no valid application in " .. file)

local requests = {}
init = function(args)
  for i, body in ipairs(bodies) do
    requests[i] = wrk.format("POST", "/v1/decisions", {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. token,
    }, body)
  end
end

local turn = 0
request = function()
  turn = turn % #requests + 1
  return requests[turn]
end

done = function(summary)
  io.write(string.format("%d decisions in turn; responses other than 2xx: %d\n",
    #bodies, summary.errors.status))
end
