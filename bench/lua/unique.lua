-- Every request carries a parameter the server ignores, so that no two requests share a cached
-- answer: the scale curve then measures the store's query path, not the response cache.
-- tostring({}) differs per wrk thread, so the threads' counters never collide.
local prefix = string.sub(tostring({}), 8)
local counter = 0

request = function()
    counter = counter + 1
    return wrk.format(nil, wrk.path .. "&nocache=" .. prefix .. "-" .. counter)
end
