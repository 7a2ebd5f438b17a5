-- GET /items/{id}/cross-sell for item ids read from ITEMS (one per line), in a fixed order per thread.
local ids = {}
for line in io.lines(os.getenv("ITEMS")) do ids[#ids + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/items/" .. ids[(n % #ids) + 1] .. "/cross-sell?count=10")
end
