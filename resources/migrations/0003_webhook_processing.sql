-- Turns stored WhatsApp Cloud API webhook events (opsdesk.whatsapp_webhook_events) into contacts,
-- conversations, inbound messages, delivery statuses and template statuses, and keeps each
-- conversation's inbox summary (last message, preview, unread count) current.
--
-- Payload shapes: https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components
-- and https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
--
-- Entry points: opsdesk.process_pending_webhook_events(max_events) for the ingest workers (several
-- may run at once), opsdesk.process_webhook_event(event_id) to (re)process one event. Processing is
-- idempotent and updates no derived row unless something in it changes, so duplicate deliveries do
-- not flood the change feed.

-- Delivery status order: a status only ever moves up this scale. NULL for anything else.
CREATE FUNCTION opsdesk.message_status_rank(status text) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE status
               WHEN 'queued' THEN 0
               WHEN 'sent' THEN 1
               WHEN 'delivered' THEN 2
               WHEN 'read' THEN 3
               WHEN 'failed' THEN 4
           END
$$;

-- One-line inbox preview of a message, at most 140 characters: the text itself, or a bracketed
-- kind label followed by the body ('[image] caption', '[location] name', '[reaction] 👍').
CREATE FUNCTION opsdesk.message_preview(kind text, body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT left(CASE WHEN kind = 'text' AND line IS NOT NULL THEN line
                     ELSE concat_ws(' ', '[' || kind || ']', line)
                END, 140)
      FROM (SELECT nullif(btrim(regexp_replace(body, '\s+', ' ', 'g')), '') AS line) AS b
$$;

-- messages.kind for a WhatsApp message type; order, system, unknown, unsupported and any future
-- type become 'unsupported' (the original object stays in messages.content).
CREATE FUNCTION opsdesk.whatsapp_message_kind(type text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN type IN ('text', 'image', 'audio', 'video', 'document', 'sticker', 'location',
                              'contacts', 'interactive', 'button', 'reaction')
                THEN type
                ELSE 'unsupported'
           END
$$;

-- The human-readable text of an inbound message object (messages.body), NULL when it has none.
CREATE FUNCTION opsdesk.whatsapp_message_body(message jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    type text := message->>'type';
    part jsonb := message->(message->>'type');
    names text;
BEGIN
    CASE opsdesk.whatsapp_message_kind(type)
    WHEN 'text' THEN
        RETURN part->>'body';
    WHEN 'image', 'video', 'audio', 'sticker' THEN
        RETURN part->>'caption';
    WHEN 'document' THEN
        RETURN coalesce(nullif(part->>'caption', ''), part->>'filename');
    WHEN 'location' THEN
        RETURN coalesce(nullif(concat_ws(', ', part->>'name', part->>'address'), ''),
                        nullif(concat_ws(', ', part->>'latitude', part->>'longitude'), ''));
    WHEN 'contacts' THEN
        IF jsonb_typeof(part) = 'array' THEN
            SELECT string_agg(coalesce(c->'name'->>'formatted_name',
                                       concat_ws(' ', c->'name'->>'first_name', c->'name'->>'last_name')),
                              ', ' ORDER BY n)
              INTO names
              FROM jsonb_array_elements(part) WITH ORDINALITY AS e (c, n);
        END IF;
        RETURN nullif(names, '');
    WHEN 'interactive' THEN
        RETURN coalesce(part->'button_reply'->>'title', part->'list_reply'->>'title',
                        part->'nfm_reply'->>'body', part->'nfm_reply'->>'name');
    WHEN 'button' THEN
        RETURN part->>'text';
    WHEN 'reaction' THEN
        RETURN nullif(part->>'emoji', ''); -- an empty emoji means the reaction was removed
    ELSE
        RETURN concat_ws(': ', type, message->'errors'->0->>'title');
    END CASE;
END
$$;

-- 1. Conversation summary. Notes are private and leave the conversation untouched.
CREATE FUNCTION opsdesk.messages_touch_conversation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    inbound boolean := NEW.direction = 'inbound';
BEGIN
    UPDATE opsdesk.conversations c
       SET last_message_at = greatest(c.last_message_at, NEW.created_at),
           last_message_preview = CASE WHEN c.last_message_at IS NULL OR NEW.created_at >= c.last_message_at
                                       THEN opsdesk.message_preview(NEW.kind, NEW.body)
                                       ELSE c.last_message_preview END,
           last_message_direction = CASE WHEN c.last_message_at IS NULL OR NEW.created_at >= c.last_message_at
                                         THEN NEW.direction
                                         ELSE c.last_message_direction END,
           last_inbound_at = CASE WHEN inbound THEN greatest(c.last_inbound_at, NEW.created_at)
                                  ELSE c.last_inbound_at END,
           unread_count = c.unread_count + CASE WHEN inbound THEN 1 ELSE 0 END,
           status = CASE WHEN inbound AND c.status IN ('resolved', 'snoozed') THEN 'open' ELSE c.status END,
           snoozed_until = CASE WHEN inbound AND c.status IN ('resolved', 'snoozed') THEN NULL
                                ELSE c.snoozed_until END
     WHERE c.id = NEW.conversation_id
       -- An older outbound message arriving late changes nothing: skip the no-op update.
       AND (inbound OR c.last_message_at IS NULL OR NEW.created_at >= c.last_message_at);
    RETURN NULL;
END
$$;

CREATE TRIGGER messages_touch_conversation
    AFTER INSERT ON opsdesk.messages
    FOR EACH ROW WHEN (NEW.kind <> 'note')
    EXECUTE FUNCTION opsdesk.messages_touch_conversation();

-- 2. Statuses can arrive before the outbound message row is written (or before its wa_message_id
-- is known); they wait in message_status_events and are applied here. Inbound messages carry no
-- delivery status.
CREATE FUNCTION opsdesk.messages_apply_known_status() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    best opsdesk.message_status_events%ROWTYPE;
BEGIN
    IF NEW.direction <> 'outbound' THEN
        RETURN NEW;
    END IF;
    SELECT * INTO best
      FROM opsdesk.message_status_events e
     WHERE e.wa_message_id = NEW.wa_message_id
     ORDER BY opsdesk.message_status_rank(e.status) DESC NULLS LAST
     LIMIT 1;
    IF FOUND AND opsdesk.message_status_rank(best.status)
                 > opsdesk.message_status_rank(coalesce(NEW.status, 'queued')) THEN
        NEW.status := best.status;
        NEW.status_at := best.occurred_at;
        IF best.status = 'failed' THEN
            NEW.error_code := best.error_code;
            NEW.error_title := best.error_title;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER messages_apply_known_status
    BEFORE INSERT OR UPDATE OF wa_message_id ON opsdesk.messages
    FOR EACH ROW WHEN (NEW.wa_message_id IS NOT NULL)
    EXECUTE FUNCTION opsdesk.messages_apply_known_status();

-- Structural check of a whatsapp_business_account payload, done before anything is written:
-- returns what is wrong, or NULL when entry[].changes[] can be walked.
CREATE FUNCTION opsdesk.whatsapp_payload_problem(payload jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    entry jsonb;
    change jsonb;
    i bigint;
    j bigint;
    list text;
    at text;
BEGIN
    IF jsonb_typeof(payload->'entry') IS DISTINCT FROM 'array' THEN
        RETURN 'entry is missing or not an array';
    END IF;
    FOR entry, i IN SELECT e, n - 1
                      FROM jsonb_array_elements(payload->'entry') WITH ORDINALITY AS x (e, n) LOOP
        IF jsonb_typeof(entry) <> 'object' THEN
            RETURN format('entry[%s] is not an object', i);
        END IF;
        IF jsonb_typeof(entry->'changes') IS DISTINCT FROM 'array' THEN
            RETURN format('entry[%s].changes is missing or not an array', i);
        END IF;
        FOR change, j IN SELECT c, n - 1
                           FROM jsonb_array_elements(entry->'changes') WITH ORDINALITY AS x (c, n) LOOP
            at := format('entry[%s].changes[%s]', i, j);
            IF jsonb_typeof(change) <> 'object' THEN
                RETURN at || ' is not an object';
            END IF;
            IF jsonb_typeof(change->'field') IS DISTINCT FROM 'string' THEN
                RETURN at || '.field is missing or not a string';
            END IF;
            IF change->>'field' IN ('messages', 'message_template_status_update') THEN
                IF jsonb_typeof(change->'value') IS DISTINCT FROM 'object' THEN
                    RETURN at || '.value is missing or not an object';
                END IF;
                FOREACH list IN ARRAY ARRAY['contacts', 'messages', 'statuses'] LOOP
                    IF change->'value' ? list AND jsonb_typeof(change->'value'->list) <> 'array' THEN
                        RETURN format('%s.value.%s is not an array', at, list);
                    END IF;
                    IF EXISTS (SELECT FROM jsonb_array_elements(coalesce(change->'value'->list, '[]')) AS x (o)
                                WHERE jsonb_typeof(o) <> 'object') THEN
                        RETURN format('%s.value.%s holds something that is not an object', at, list);
                    END IF;
                END LOOP;
            END IF;
        END LOOP;
    END LOOP;
    RETURN NULL;
END
$$;

-- Unix seconds as WhatsApp sends them (a string of digits) to timestamptz; raises on anything else.
CREATE FUNCTION opsdesk.whatsapp_timestamp(value text, what text) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF value IS NULL THEN
        RAISE EXCEPTION '% has no timestamp', what;
    END IF;
    IF value !~ '^[0-9]{1,12}$' THEN
        RAISE EXCEPTION '% has timestamp %, expected Unix seconds', what, to_json(value);
    END IF;
    RETURN to_timestamp(value::bigint);
END
$$;

-- Applies one "messages" change: contacts, inbound messages, delivery statuses. at names the change
-- in error messages ('entry[0].changes[1]'). Raises on a message or status it cannot store.
CREATE FUNCTION opsdesk.apply_whatsapp_messages_change(value jsonb, at text, event_id bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    phone_id text := value->'metadata'->>'phone_number_id';
    display_phone text := value->'metadata'->>'display_phone_number';
    item jsonb;
    k bigint;
    what text;
    contact uuid;
    conversation uuid;
    sent_at timestamptz;
    status_error jsonb;
BEGIN
    FOR item, k IN SELECT o, n - 1
                     FROM jsonb_array_elements(coalesce(value->'contacts', '[]')) WITH ORDINALITY AS x (o, n) LOOP
        IF item->>'wa_id' IS NULL THEN
            RAISE EXCEPTION '%.value.contacts[%] has no wa_id', at, k;
        END IF;
        INSERT INTO opsdesk.contacts AS t (wa_id, profile_name)
        VALUES (item->>'wa_id', item->'profile'->>'name')
        ON CONFLICT (wa_id) DO UPDATE
           SET profile_name = EXCLUDED.profile_name, updated_at = now()
         WHERE EXCLUDED.profile_name IS NOT NULL
           AND t.profile_name IS DISTINCT FROM EXCLUDED.profile_name;
    END LOOP;

    FOR item, k IN SELECT o, n - 1
                     FROM jsonb_array_elements(coalesce(value->'messages', '[]')) WITH ORDINALITY AS x (o, n) LOOP
        what := format('%s.value.messages[%s]', at, k);
        IF item->>'id' IS NULL THEN
            RAISE EXCEPTION '% has no id', what;
        END IF;
        what := format('%s (%s)', what, item->>'id');
        IF item->>'from' IS NULL THEN
            RAISE EXCEPTION '% has no from', what;
        ELSIF item->>'type' IS NULL THEN
            RAISE EXCEPTION '% has no type', what;
        ELSIF phone_id IS NULL THEN
            RAISE EXCEPTION '%.value.metadata.phone_number_id is missing', at;
        END IF;
        sent_at := opsdesk.whatsapp_timestamp(item->>'timestamp', what);

        -- Find-or-create without no-op updates; DO NOTHING waits for a concurrent insert of the
        -- same key, so the SELECT then sees it.
        INSERT INTO opsdesk.contacts (wa_id) VALUES (item->>'from')
        ON CONFLICT (wa_id) DO NOTHING
        RETURNING id INTO contact;
        IF NOT FOUND THEN
            SELECT id INTO STRICT contact FROM opsdesk.contacts WHERE wa_id = item->>'from';
        END IF;

        INSERT INTO opsdesk.conversations AS t (contact_id, business_phone_id, business_display_phone)
        VALUES (contact, phone_id, display_phone)
        ON CONFLICT (contact_id, business_phone_id) DO UPDATE
           SET business_display_phone = EXCLUDED.business_display_phone
         WHERE EXCLUDED.business_display_phone IS NOT NULL
           AND t.business_display_phone IS DISTINCT FROM EXCLUDED.business_display_phone
        RETURNING id INTO conversation;
        IF NOT FOUND THEN
            SELECT id INTO STRICT conversation FROM opsdesk.conversations
             WHERE contact_id = contact AND business_phone_id = phone_id;
        END IF;

        -- A duplicate delivery inserts nothing, so messages_touch_conversation does not fire again.
        INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, content, wa_message_id, created_at)
        VALUES (conversation, 'inbound', opsdesk.whatsapp_message_kind(item->>'type'),
                opsdesk.whatsapp_message_body(item), item, item->>'id', sent_at)
        ON CONFLICT (wa_message_id) DO NOTHING;
    END LOOP;

    FOR item, k IN SELECT o, n - 1
                     FROM jsonb_array_elements(coalesce(value->'statuses', '[]')) WITH ORDINALITY AS x (o, n) LOOP
        what := format('%s.value.statuses[%s]', at, k);
        IF item->>'id' IS NULL THEN
            RAISE EXCEPTION '% has no id', what;
        END IF;
        what := format('%s (%s)', what, item->>'id');
        IF item->>'status' IS NULL THEN
            RAISE EXCEPTION '% has no status', what;
        ELSIF item->>'status' NOT IN ('sent', 'delivered', 'read', 'failed') THEN
            RAISE EXCEPTION '% has unsupported status %', what, to_json(item->>'status');
        END IF;
        status_error := item->'errors'->0;
        IF status_error->>'code' !~ '^-?[0-9]{1,9}$' THEN
            RAISE EXCEPTION '% has error code %, expected an integer', what, to_json(status_error->>'code');
        END IF;

        INSERT INTO opsdesk.message_status_events (wa_message_id, status, occurred_at, recipient_id, error_code,
                                                   error_title, error_details, webhook_event_id)
        VALUES (item->>'id', item->>'status', opsdesk.whatsapp_timestamp(item->>'timestamp', what),
                item->>'recipient_id', (status_error->>'code')::int, status_error->>'title',
                status_error->'error_data'->>'details', event_id)
        ON CONFLICT (wa_message_id, status) DO NOTHING;

        -- Applied from the recorded event (the first delivery wins) and only upwards, so a repeat
        -- or a late lower status writes nothing.
        UPDATE opsdesk.messages m
           SET status = e.status,
               status_at = e.occurred_at,
               error_code = CASE WHEN e.status = 'failed' THEN e.error_code ELSE m.error_code END,
               error_title = CASE WHEN e.status = 'failed' THEN e.error_title ELSE m.error_title END
          FROM opsdesk.message_status_events e
         WHERE e.wa_message_id = item->>'id'
           AND e.status = item->>'status'
           AND m.wa_message_id = e.wa_message_id
           AND m.direction = 'outbound'
           AND opsdesk.message_status_rank(e.status) > opsdesk.message_status_rank(coalesce(m.status, 'queued'));
    END LOOP;
END
$$;

-- Applies one "message_template_status_update" change (no messaging_product or metadata in these).
CREATE FUNCTION opsdesk.apply_whatsapp_template_status(value jsonb, at text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF value->>'event' IS NULL THEN
        RAISE EXCEPTION '%.value has no event', at;
    ELSIF value->>'message_template_name' IS NULL THEN
        RAISE EXCEPTION '%.value has no message_template_name', at;
    ELSIF value->>'message_template_language' IS NULL THEN
        RAISE EXCEPTION '%.value has no message_template_language', at;
    END IF;
    -- reason is JSON null or 'NONE' when there is none.
    INSERT INTO opsdesk.message_templates AS t (wa_template_id, name, language, status, rejection_reason)
    VALUES (value->>'message_template_id', value->>'message_template_name', value->>'message_template_language',
            value->>'event', nullif(value->>'reason', 'NONE'))
    ON CONFLICT (name, language) DO UPDATE
       SET status = EXCLUDED.status,
           wa_template_id = coalesce(EXCLUDED.wa_template_id, t.wa_template_id),
           rejection_reason = EXCLUDED.rejection_reason,
           updated_at = now()
     WHERE (t.status, t.wa_template_id, t.rejection_reason)
           IS DISTINCT FROM (EXCLUDED.status, coalesce(EXCLUDED.wa_template_id, t.wa_template_id),
                             EXCLUDED.rejection_reason);
END
$$;

-- 3. Processes one stored webhook event and returns its new processing state (processed, ignored
-- or failed). Invalid messages or statuses raise an exception, so nothing of the event is kept;
-- process_pending_webhook_events then marks the event failed with the message.
CREATE FUNCTION opsdesk.process_webhook_event(event_id bigint) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    ev opsdesk.whatsapp_webhook_events%ROWTYPE;
    outcome text := 'processed';
    reason text;
    entry jsonb;
    change jsonb;
    at text;
    i bigint;
    j bigint;
    handled int := 0;
    skipped text[] := '{}';
BEGIN
    SELECT * INTO ev FROM opsdesk.whatsapp_webhook_events WHERE id = event_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'webhook event % does not exist', event_id;
    END IF;

    IF ev.payload IS NULL THEN
        outcome := 'failed';
        reason := coalesce(ev.error, 'body is not valid JSON');
    ELSIF NOT ev.signature_valid THEN
        outcome := 'ignored';
        reason := 'signature is not valid';
    ELSIF jsonb_typeof(ev.payload) <> 'object' THEN
        outcome := 'failed';
        reason := 'payload is not a JSON object';
    ELSIF ev.payload->>'object' IS DISTINCT FROM 'whatsapp_business_account' THEN
        outcome := 'ignored';
        reason := format('unexpected object %L', ev.payload->>'object');
    ELSE
        reason := opsdesk.whatsapp_payload_problem(ev.payload);
        IF reason IS NOT NULL THEN
            outcome := 'failed';
        END IF;
    END IF;

    IF outcome = 'processed' THEN
        FOR entry, i IN SELECT e, n - 1
                          FROM jsonb_array_elements(ev.payload->'entry') WITH ORDINALITY AS x (e, n) LOOP
            FOR change, j IN SELECT c, n - 1
                               FROM jsonb_array_elements(entry->'changes') WITH ORDINALITY AS x (c, n) LOOP
                at := format('entry[%s].changes[%s]', i, j);
                CASE change->>'field'
                WHEN 'messages' THEN
                    PERFORM opsdesk.apply_whatsapp_messages_change(change->'value', at, event_id);
                    handled := handled + 1;
                WHEN 'message_template_status_update' THEN
                    PERFORM opsdesk.apply_whatsapp_template_status(change->'value', at);
                    handled := handled + 1;
                ELSE
                    IF NOT change->>'field' = ANY (skipped) THEN
                        skipped := skipped || (change->>'field');
                    END IF;
                END CASE;
            END LOOP;
        END LOOP;

        IF handled = 0 THEN
            outcome := 'ignored';
            reason := CASE WHEN cardinality(skipped) = 0 THEN 'no changes in event'
                           ELSE 'unsupported field ' || array_to_string(skipped, ', ') END;
        END IF;
    END IF;

    UPDATE opsdesk.whatsapp_webhook_events
       SET processing = outcome, error = reason, processed_at = now()
     WHERE id = event_id;
    RETURN outcome;
END
$$;

-- 4. Worker entry point: claims up to max_events pending events (concurrent callers skip each
-- other's) and processes each in its own subtransaction. Returns the number of events handled.
CREATE FUNCTION opsdesk.process_pending_webhook_events(max_events int DEFAULT 200) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
    event_id bigint;
BEGIN
    SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO ids
      FROM (SELECT id FROM opsdesk.whatsapp_webhook_events
             WHERE processing = 'pending'
             ORDER BY id
             LIMIT max_events
               FOR UPDATE SKIP LOCKED) AS claimed;

    FOREACH event_id IN ARRAY ids LOOP
        BEGIN
            PERFORM opsdesk.process_webhook_event(event_id);
        EXCEPTION WHEN OTHERS THEN
            UPDATE opsdesk.whatsapp_webhook_events
               SET processing = 'failed', error = SQLERRM, processed_at = now()
             WHERE id = event_id;
        END;
    END LOOP;
    RETURN cardinality(ids);
END
$$;
