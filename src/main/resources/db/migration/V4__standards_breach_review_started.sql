-- A breach timer only records the breach; the review is started afterwards by whichever node sweeps
-- first (StandardsBreachReviews), so that thousands of deadlines falling due at 23:59:59 stay cheap.
alter table sg_standards_breach add column review_started_at timestamp with time zone;

-- Every breach recorded before this version had its review started as it was recorded.
update sg_standards_breach set review_started_at = noticed_at;

-- The sweep's one query: breaches whose review has not started, oldest first.
create index sg_standards_breach_review_pending on sg_standards_breach (review_started_at, noticed_at);
