-- Each request as the next of several signed-in users, round robin: `wrk ... -s bench/many-users.lua URL -- FILE`,
-- FILE holding one Cookie header value per line. Reports like report.lua.
dofile("bench/report.lua")

local cookies = {}
local next_user = 0

init = function(args)
  for line in io.lines(args[1]) do
    cookies[#cookies + 1] = line
  end
end

request = function()
  next_user = next_user % #cookies + 1
  return wrk.format(nil, nil, { Cookie = cookies[next_user] })
end
