-- Rate-limit counters shared by every server instance on one PostgreSQL (rate-limiter-flexible's
-- RateLimiterPostgres, whose queries expect exactly these columns). A key is
-- "<bucket>:<caller or address>"; expire is in epoch milliseconds. Expired rows are deleted by
-- the library every few minutes. On the embedded PGlite (one process) the counters stay in
-- memory and this table is unused.
CREATE TABLE IF NOT EXISTS "rate_limits" (
	"key" varchar(255) PRIMARY KEY,
	"points" integer NOT NULL DEFAULT 0,
	"expire" bigint
);
