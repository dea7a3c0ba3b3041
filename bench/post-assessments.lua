-- wrk script: POSTs the valid applications of the public cases to /v1/assessments, in turn.
--   wrk -t2 -c64 -d20s --latency -s bench/post-assessments.lua http://localhost:7070
-- CASES names another case file (default: cases/public.jsonl, run from the repository's root).

local in_turn = dofile("bench/in-turn.lua")
in_turn.post("/v1/assessments", { ["Content-Type"] = "application/json" },
  in_turn.bodies(function(application) return application end), "valid applications")
