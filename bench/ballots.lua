-- wrk script: each request is the ballot of the next member in $BALLOT_TOKENS (one API token
-- per line), alternating between two options of one question; the two threads take turns
tid = 0

function setup(thread)
  thread:set("id", tid)
  tid = tid + 1
end

function init(args)
  tokens = {}
  for line in io.lines(os.getenv("BALLOT_TOKENS")) do
    tokens[#tokens + 1] = line
  end
  path = os.getenv("BALLOT_PATH")
  question = os.getenv("BALLOT_QUESTION")
  options = { os.getenv("BALLOT_A"), os.getenv("BALLOT_B") }
  n = 0
end

function request()
  local i = (n * 2 + id) % #tokens + 1
  n = n + 1
  local body = '{"answers":{"' .. question .. '":[' .. options[n % 2 + 1] .. ']}}'
  return wrk.format("PUT", path, {
    ["Authorization"] = "Bearer " .. tokens[i],
    ["Content-Type"] = "application/json"
  }, body)
end
