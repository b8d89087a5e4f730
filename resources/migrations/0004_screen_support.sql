-- Support for the first desktop screens: the one-line summary of a webhook event and the indexes
-- behind the Overview counters.

-- "Text from Sheena Nelson", "2 messages from ...", "Status read", "Template my_template: APPROVED".
CREATE FUNCTION opsdesk.webhook_event_summary(payload jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    WITH changes AS (
        SELECT ch->>'field' AS field, ch->'value' AS value
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(payload->'entry') = 'array'
                                         THEN payload->'entry' ELSE '[]' END) e,
               jsonb_array_elements(CASE WHEN jsonb_typeof(e->'changes') = 'array'
                                         THEN e->'changes' ELSE '[]' END) ch
    ), parts AS (
        SELECT CASE
                 WHEN field = 'messages' AND jsonb_typeof(value->'messages') = 'array' THEN
                     initcap(coalesce(value->'messages'->0->>'type', 'message')) || ' from ' ||
                     coalesce(value->'contacts'->0->'profile'->>'name',
                              '+' || (value->'messages'->0->>'from'), 'unknown') ||
                     CASE WHEN jsonb_array_length(value->'messages') > 1
                          THEN format(' (+%s more)', jsonb_array_length(value->'messages') - 1)
                          ELSE '' END
                 WHEN field = 'messages' AND jsonb_typeof(value->'statuses') = 'array' THEN
                     'Status ' || coalesce(value->'statuses'->0->>'status', '?') ||
                     coalesce(' — ' || (value->'statuses'->0->'errors'->0->>'title'), '') ||
                     CASE WHEN jsonb_array_length(value->'statuses') > 1
                          THEN format(' (+%s more)', jsonb_array_length(value->'statuses') - 1)
                          ELSE '' END
                 WHEN field = 'message_template_status_update' THEN
                     format('Template %s (%s): %s', value->>'message_template_name',
                            value->>'message_template_language', value->>'event')
                 ELSE coalesce(field, 'unknown field')
               END AS part
          FROM changes
    )
    SELECT CASE WHEN payload IS NULL THEN 'Unreadable body'
                ELSE coalesce(string_agg(part, '; '), 'No changes') END
      FROM parts
$$;

CREATE INDEX messages_inbound_created_idx ON opsdesk.messages (created_at)
    WHERE direction = 'inbound';
CREATE INDEX message_status_events_failed_idx ON opsdesk.message_status_events (occurred_at)
    WHERE status = 'failed';
CREATE INDEX conversations_open_idx ON opsdesk.conversations (status)
    WHERE status IN ('open', 'pending');
