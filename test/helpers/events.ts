/**
 * Every published event, waiting in the outbox or already handled (moved to the log by the
 * dispatcher), as one table for tests to read.
 */
export const ALL_EVENTS = `(SELECT id, community_id, type, subject_id, actor_id, data FROM domain_events
  UNION ALL SELECT id, community_id, type, subject_id, actor_id, data FROM domain_event_log) e`;
