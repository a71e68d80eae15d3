-- wrk script: requests the URLs of a file (first script argument) in turn, one list per thread.
local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line:gsub("^https?://[^/]+", "")
  end
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format(nil, paths[next_path])
end
