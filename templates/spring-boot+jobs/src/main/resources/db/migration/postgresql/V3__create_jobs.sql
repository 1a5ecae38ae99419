-- What GET /api/jobs/{id} reports: a job's state and result, kept after db-scheduler deletes its
-- execution, until the retention task removes finished jobs (jobs/JobsConfiguration).
CREATE TABLE jobs (
    id VARCHAR(36) PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    state VARCHAR(16) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    result TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX jobs_state_updated_at_idx ON jobs (state, updated_at);
