-- Placeholder for the dashboard (branch dashboard owns migration 011), so that this branch's 012
-- loads: migrations must be numbered without gaps. Delete this file when merging dashboard.
SELECT 1;
