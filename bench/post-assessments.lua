-- wrk script: POSTs the valid applications of the public cases to /v1/assessments, in turn.
--   wrk -t2 -c64 -d20s --latency -s bench/post-assessments.lua http://localhost:7070
-- CASES names another case file (default: cases/public.jsonl, run from the repository's root).

local file = os.getenv("CASES") or "cases/public.jsonl"
local bodies = {}
for line in io.lines(file) do
  if line:find('"status": 200', 1, true) then
    bodies[#bodies + 1] = line:match('"application": (%b{})')
  end
end
assert(#bodies > 0, "no valid application in " .. file)

local requests = {}
init = function(args)
  -- formatted here, once wrk has set the Host header
  for i, body in ipairs(bodies) do
    requests[i] =
      wrk.format("POST", "/v1/assessments", { ["Content-Type"] = "application/json" }, body)
  end
end

local turn = 0
request = function()
  turn = turn % #requests + 1
  return requests[turn]
end

done = function(summary)
  io.write(string.format("%d valid applications in turn; responses other than 2xx: %d\n",
    #bodies, summary.errors.status))
end
