-- POST /carts/cross-sell with 5 items taken in turn from ITEMS.
local ids = {}
for line in io.lines(os.getenv("ITEMS")) do ids[#ids + 1] = line end
local n = 0
request = function()
  local cart = {}
  for k = 1, 5 do
    n = n + 1
    cart[k] = '"' .. ids[(n % #ids) + 1] .. '"'
  end
  return wrk.format("POST", "/carts/cross-sell", {["Content-Type"] = "application/json"},
    '{"items": [' .. table.concat(cart, ",") .. '], "count": 10}')
end
