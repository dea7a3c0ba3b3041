-- wrk script: POSTs decisions on the valid applications of the public cases to /v1/decisions, in
-- turn, each with the disposition of its own tier left to the service (ACCEPT with a note, so that
-- any tier is taken), under the bearer token TOKEN. A 201 is sent only once the record is durable.
--   TOKEN=rgn_… wrk -t2 -c16 -d20s --latency -s bench/post-decisions.lua http://localhost:7171
-- CASES names another case file (default: cases/public.jsonl, run from the repository's root).

local token = assert(os.getenv("TOKEN"), "give the bearer token in TOKEN")
local in_turn = dofile("bench/in-turn.lua")
in_turn.post("/v1/decisions", {
  ["Content-Type"] = "application/json",
  ["Authorization"] = "Bearer " .. token,
}, in_turn.bodies(function(application)
  return '{"application": ' .. application .. ', "disposition": "ACCEPT", "note": "load test"}'
end), "decisions")
