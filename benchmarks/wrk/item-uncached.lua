-- GET /items/{id}/cross-sell?count=11: like item.lua, but a count other than the default is never cached.
local ids = {}
for line in io.lines(os.getenv("ITEMS")) do ids[#ids + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/items/" .. ids[(n % #ids) + 1] .. "/cross-sell?count=11")
end
