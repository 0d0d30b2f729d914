-- A bodiless POST (logon: credentials travel in the Authorization header given with -H).
wrk.method = "POST"
