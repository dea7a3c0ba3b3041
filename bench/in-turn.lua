-- Shared by the wrk scripts of bench/: the request bodies of the public cases' valid applications,
-- and wrk's init, request and done functions that POST them in turn. Loaded with dofile from the
-- repository's root, as wrk is run there.
-- CASES names another case file (default: cases/public.jsonl).

local in_turn = {}

-- The body made by `body(application)` for each valid application of the case file, in order.
function in_turn.bodies(body)
  local file = os.getenv("CASES") or "cases/public.jsonl"
  local bodies = {}
  for line in io.lines(file) do
    if line:find('"status": 200', 1, true) then
      bodies[#bodies + 1] = body(line:match('"application": (%b{})'))
    end
  end
  assert(#bodies > 0, "no valid application in " .. file)
  return bodies
end

-- Sets wrk's functions: POST each of `bodies` to `path` with `headers`, in turn; at the end, say
-- how many `what` were sent in turn and how many answers were not 2xx.
function in_turn.post(path, headers, bodies, what)
  local requests = {}
  init = function(args)
    -- formatted here, once wrk has set the Host header
    for i, body in ipairs(bodies) do
      requests[i] = wrk.format("POST", path, headers, body)
    end
  end

  local turn = 0
  request = function()
    turn = turn % #requests + 1
    return requests[turn]
  end

  done = function(summary)
    io.write(string.format("%d %s in turn; responses other than 2xx: %d\n",
      #bodies, what, summary.errors.status))
  end
end

return in_turn
