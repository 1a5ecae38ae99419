-- What GET /api/jobs/{id} reports: a job's state and result, kept after db-scheduler deletes its
-- execution, until the retention task removes finished jobs (jobs/JobsConfiguration).
CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    result TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE INDEX jobs_state_updated_at_idx ON jobs (state, updated_at);
