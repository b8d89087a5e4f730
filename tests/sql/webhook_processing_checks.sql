-- Checks for resources/migrations/0003_webhook_processing.sql: webhook events in, contacts,
-- conversations, messages, delivery statuses and templates out.
--
-- Run against a freshly migrated, empty database (0001..0003 applied), with ON_ERROR_STOP:
--   psql -X -v ON_ERROR_STOP=1 -d <db> -f tests/sql/webhook_processing_checks.sql
-- Any wrong result fails an ASSERT and psql exits non-zero. Everything runs in one transaction that
-- is rolled back at the end, so the database is left as it was.
--
-- The payloads marked "fixture" are verbatim copies of shared/fixtures/whatsapp/*.json (sources: Meta's
-- "Webhooks overview" example; github david-lev/pywa tests/data/updates, MIT). The others follow the
-- shapes in https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components

\set ON_ERROR_STOP 1
\set QUIET on
BEGIN;
SET LOCAL plpgsql.check_asserts = on;
SET LOCAL client_min_messages = warning;

DO $$
BEGIN
    ASSERT NOT EXISTS (SELECT FROM opsdesk.contacts) AND NOT EXISTS (SELECT FROM opsdesk.messages)
       AND NOT EXISTS (SELECT FROM opsdesk.whatsapp_webhook_events)
       AND NOT EXISTS (SELECT FROM opsdesk.message_templates),
       'these checks need a freshly migrated, empty database';
END
$$;

-- Stores a body the way ingest does and returns the event id.
CREATE FUNCTION pg_temp.ingest(body text, signed boolean DEFAULT true) RETURNS bigint
LANGUAGE sql AS $$
    INSERT INTO opsdesk.whatsapp_webhook_events (signature_valid, object, field, payload, raw_body)
    VALUES (signed, body::jsonb->>'object', body::jsonb#>>'{entry,0,changes,0,field}', body::jsonb,
            convert_to(body, 'UTF8'))
    RETURNING id
$$;

-- A whatsapp_business_account body with one change.
CREATE FUNCTION pg_temp.wrap(field text, value jsonb) RETURNS text
LANGUAGE sql AS $$
    SELECT jsonb_build_object('object', 'whatsapp_business_account',
                              'entry', jsonb_build_array(jsonb_build_object(
                                  'id', '102290129340398',
                                  'changes', jsonb_build_array(jsonb_build_object('field', field, 'value', value)))))::text
$$;

-- A "messages" change value from the test business number 15550783881 with the given messages.
CREATE FUNCTION pg_temp.inbound(messages jsonb, contacts jsonb DEFAULT '[]') RETURNS text
LANGUAGE sql AS $$
    SELECT pg_temp.wrap('messages', jsonb_build_object(
        'messaging_product', 'whatsapp',
        'metadata', jsonb_build_object('display_phone_number', '15550783881',
                                       'phone_number_id', '106540352242922'),
        'contacts', contacts,
        'messages', messages))
$$;

CREATE FUNCTION pg_temp.process() RETURNS int
LANGUAGE sql AS $$ SELECT opsdesk.process_pending_webhook_events() $$;

CREATE FUNCTION pg_temp.outcome(event_id bigint) RETURNS text
LANGUAGE sql AS $$
    SELECT processing || coalesce(': ' || error, '') FROM opsdesk.whatsapp_webhook_events WHERE id = event_id
$$;

-- Everything webhook processing derives, as one value, to prove that a repeat changes nothing.
CREATE FUNCTION pg_temp.fingerprint() RETURNS text
LANGUAGE sql AS $$
    SELECT md5(concat((SELECT string_agg(t::text, '|' ORDER BY t.id) FROM opsdesk.contacts t),
                      (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM opsdesk.conversations t),
                      (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM opsdesk.messages t),
                      (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM opsdesk.message_status_events t),
                      (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM opsdesk.message_templates t)))
$$;

-- change_log rows written since seq, other than the webhook events' own.
CREATE FUNCTION pg_temp.derived_changes_since(since bigint) RETURNS bigint
LANGUAGE sql AS $$
    SELECT count(*) FROM opsdesk.change_log WHERE seq > since AND tbl <> 'whatsapp_webhook_events'
$$;

CREATE FUNCTION pg_temp.last_seq() RETURNS bigint
LANGUAGE sql AS $$ SELECT coalesce(max(seq), 0) FROM opsdesk.change_log $$;

CREATE TEMP TABLE fixture (name text PRIMARY KEY, body text NOT NULL);

-- fixture: meta_docs_overview_inbound_text.json
INSERT INTO fixture VALUES ('meta_inbound_text', $json${ "object": "whatsapp_business_account", "entry": [ { "id": "102290129340398", "changes": [ { "value": { "messaging_product": "whatsapp", "metadata": { "display_phone_number": "15550783881", "phone_number_id": "106540352242922" }, "contacts": [ { "profile": { "name": "Sheena Nelson" }, "wa_id": "16505551234" } ], "messages": [ { "from": "16505551234", "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", "timestamp": "1749416383", "type": "text", "text": { "body": "Does it come in another color?" } } ] }, "field": "messages" } ] } ] }
$json$);

-- fixture: pywa_inbound_text.json
INSERT INTO fixture VALUES ('pywa_inbound_text', $json${
  "object": "whatsapp_business_account",
  "entry": [
    {
      "id": "1234567890987654321",
      "changes": [
        {
          "value": {
            "messaging_product": "whatsapp",
            "metadata": {
              "display_phone_number": "972123456789",
              "phone_number_id": "1122334455667"
            },
            "contacts": [
              {
                "profile": {
                  "name": "Test Name"
                },
                "wa_id": "972987654321"
              }
            ],
            "messages": [
              {
                "from": "972987654321",
                "id": "wamid.xyzxyz",
                "timestamp": "1697043223",
                "text": {
                  "body": "Body Text"
                },
                "type": "text"
              }
            ]
          },
          "field": "messages"
        }
      ]
    }
  ]
}
$json$);

-- fixture: pywa_status_sent.json
INSERT INTO fixture VALUES ('pywa_status_sent', $json${
  "object": "whatsapp_business_account",
  "entry": [
    {
      "id": "5467539754836534",
      "changes": [
        {
          "value": {
            "messaging_product": "whatsapp",
            "metadata": {
              "display_phone_number": "972123456789",
              "phone_number_id": "1122334455667"
            },
            "statuses": [
              {
                "id": "wamid.xyzxyz",
                "status": "sent",
                "timestamp": "1698266945",
                "recipient_id": "972987654321",
                "conversation": {
                  "id": "7270432eae37498234f4444b35ffc5",
                  "expiration_timestamp": "1698339900",
                  "origin": {
                    "type": "service"
                  }
                },
                "pricing": {
                  "billable": true,
                  "pricing_model": "CBP",
                  "category": "service"
                }
              }
            ]
          },
          "field": "messages"
        }
      ]
    }
  ]
}
$json$);

-- fixture: pywa_status_delivered.json
INSERT INTO fixture VALUES ('pywa_status_delivered', $json${
  "object": "whatsapp_business_account",
  "entry": [
    {
      "id": "5467539754836534",
      "changes": [
        {
          "value": {
            "messaging_product": "whatsapp",
            "metadata": {
              "display_phone_number": "972123456789",
              "phone_number_id": "1122334455667"
            },
            "statuses": [
              {
                "id": "wamid.xyzxyz",
                "status": "delivered",
                "timestamp": "1698266945",
                "recipient_id": "972987654321",
                "conversation": {
                  "id": "7270432eae37498234f4444b35ffc5",
                  "origin": {
                    "type": "service"
                  }
                },
                "pricing": {
                  "billable": true,
                  "pricing_model": "CBP",
                  "category": "service"
                }
              }
            ]
          },
          "field": "messages"
        }
      ]
    }
  ]
}
$json$);

-- fixture: pywa_status_read.json
INSERT INTO fixture VALUES ('pywa_status_read', $json${
  "object": "whatsapp_business_account",
  "entry": [
    {
      "id": "5467539754836534",
      "changes": [
        {
          "value": {
            "messaging_product": "whatsapp",
            "metadata": {
              "display_phone_number": "972123456789",
              "phone_number_id": "1122334455667"
            },
            "statuses": [
              {
                "id": "wamid.xyzxyz",
                "status": "read",
                "timestamp": "1689380458",
                "recipient_id": "972987654321",
                "conversation": {
                  "id": "7270432eae37498234f4444b35ffc5",
                  "origin": {
                    "type": "service"
                  }
                },
                "pricing": {
                  "billable": true,
                  "pricing_model": "CBP",
                  "category": "service"
                }
              }
            ]
          },
          "field": "messages"
        }
      ]
    }
  ]
}
$json$);

-- fixture: pywa_status_failed.json
INSERT INTO fixture VALUES ('pywa_status_failed', $json${
  "object": "whatsapp_business_account",
  "entry": [
    {
      "id": "5467539754836534",
      "changes": [
        {
          "value": {
            "messaging_product": "whatsapp",
            "metadata": {
              "display_phone_number": "972123456789",
              "phone_number_id": "1122334455667"
            },
            "statuses": [
              {
                "id": "wamid.xyzxyz",
                "status": "failed",
                "timestamp": "1689380458",
                "recipient_id": "972987654321",
                "errors": [
                  {
                    "code": 130472,
                    "title": "User's number is part of an experiment",
                    "message": "User's number is part of an experiment",
                    "error_data": {
                      "details": "Failed to send message because this user's phone number is part of an experiment"
                    },
                    "href": "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"
                  }
                ]
              }
            ]
          },
          "field": "messages"
        }
      ]
    }
  ]
}
$json$);

-- fixture: pywa_template_status_approved.json
INSERT INTO fixture VALUES ('pywa_template_approved', $json${
  "entry": [
    {
      "id": "57438975935",
      "time": 1698268000,
      "changes": [
        {
          "field": "message_template_status_update",
          "value": {
            "event": "APPROVED",
            "message_template_id": 12345678,
            "message_template_name": "my_message_template",
            "message_template_language": "pt-BR",
            "reason": null
          }
        }
      ]
    }
  ],
  "object": "whatsapp_business_account"
}
$json$);

-- A status fixture re-addressed to another wamid (the pywa samples all use wamid.xyzxyz).
CREATE FUNCTION pg_temp.status_for(fixture_name text, wamid text) RETURNS text
LANGUAGE sql AS $$
    SELECT replace(body, '"wamid.xyzxyz"', to_json(wamid)::text) FROM fixture WHERE name = fixture_name
$$;

CREATE TEMP TABLE ev (name text PRIMARY KEY, id bigint NOT NULL);
CREATE TEMP TABLE mark (name text PRIMARY KEY, seq bigint, fp text);


-- 1. Meta's inbound text: contact, conversation, message and inbox summary.
INSERT INTO ev SELECT 'meta_text', pg_temp.ingest(body) FROM fixture WHERE name = 'meta_inbound_text';
DO $$
DECLARE
    c opsdesk.conversations%ROWTYPE;
    m opsdesk.messages%ROWTYPE;
BEGIN
    ASSERT pg_temp.process() = 1, 'one pending event';
    ASSERT pg_temp.outcome((SELECT id FROM ev WHERE name = 'meta_text')) = 'processed', 'meta text processed';
    ASSERT (SELECT processed_at IS NOT NULL FROM opsdesk.whatsapp_webhook_events WHERE id = (SELECT id FROM ev WHERE name = 'meta_text'));
    ASSERT (SELECT profile_name FROM opsdesk.contacts WHERE wa_id = '16505551234') = 'Sheena Nelson', 'contact upserted';
    SELECT * INTO STRICT c FROM opsdesk.conversations
     WHERE contact_id = (SELECT id FROM opsdesk.contacts WHERE wa_id = '16505551234');
    ASSERT c.business_phone_id = '106540352242922' AND c.business_display_phone = '15550783881', 'business phone';
    ASSERT c.status = 'open' AND c.unread_count = 1, format('new conversation open with 1 unread: %s', c);
    ASSERT c.last_inbound_at = to_timestamp(1749416383) AND c.last_message_at = to_timestamp(1749416383), 'times';
    ASSERT c.last_message_preview = 'Does it come in another color?' AND c.last_message_direction = 'inbound', 'preview';
    SELECT * INTO STRICT m FROM opsdesk.messages
     WHERE wa_message_id = 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=';
    ASSERT m.conversation_id = c.id AND m.direction = 'inbound' AND m.kind = 'text', format('message: %s', m);
    ASSERT m.body = 'Does it come in another color?' AND m.status IS NULL, 'body, no status for inbound';
    ASSERT m.created_at = to_timestamp(1749416383) AND m.content->>'type' = 'text'
       AND m.content->'text'->>'body' = m.body, 'created_at and content';
END
$$;

-- 2. The same delivery again (a new event with the same body), and the same event processed again:
-- nothing derived changes and nothing reaches the change feed but the events themselves.
INSERT INTO mark SELECT 'before_repeat', pg_temp.last_seq(), pg_temp.fingerprint();
INSERT INTO ev SELECT 'meta_text_again', pg_temp.ingest(body) FROM fixture WHERE name = 'meta_inbound_text';
DO $$
BEGIN
    ASSERT pg_temp.process() = 1;
    ASSERT pg_temp.outcome((SELECT id FROM ev WHERE name = 'meta_text_again')) = 'processed';
    ASSERT opsdesk.process_webhook_event((SELECT id FROM ev WHERE name = 'meta_text')) = 'processed';
    ASSERT pg_temp.fingerprint() = (SELECT fp FROM mark WHERE name = 'before_repeat'), 'a repeat changed derived rows';
    ASSERT pg_temp.derived_changes_since((SELECT seq FROM mark WHERE name = 'before_repeat')) = 0,
           'a repeat wrote to the change feed';
    ASSERT (SELECT unread_count FROM opsdesk.conversations WHERE business_phone_id = '106540352242922') = 1;
END
$$;

-- 3. pywa's samples as published: their statuses name wamid.xyzxyz, which here is the inbound message
-- of pywa_inbound_text. The statuses are recorded; an inbound message never gets a delivery status.
INSERT INTO ev SELECT 'pywa_' || n, pg_temp.ingest(body)
  FROM fixture, unnest(ARRAY['inbound_text', 'status_sent', 'status_read', 'status_delivered', 'status_failed']) WITH ORDINALITY AS x (n, o)
 WHERE fixture.name = 'pywa_' || n ORDER BY o;
DO $$
DECLARE
    s opsdesk.message_status_events%ROWTYPE;
BEGIN
    ASSERT pg_temp.process() = 5;
    ASSERT (SELECT bool_and(processing = 'processed' AND error IS NULL) FROM opsdesk.whatsapp_webhook_events
             WHERE id IN (SELECT id FROM ev WHERE name LIKE 'pywa_%')), 'pywa samples processed';
    ASSERT (SELECT profile_name FROM opsdesk.contacts WHERE wa_id = '972987654321') = 'Test Name';
    ASSERT (SELECT count(*) FROM opsdesk.conversations) = 2;
    ASSERT (SELECT direction = 'inbound' AND body = 'Body Text' AND status IS NULL AND created_at = to_timestamp(1697043223)
              FROM opsdesk.messages WHERE wa_message_id = 'wamid.xyzxyz'), 'inbound keeps status NULL';
    ASSERT (SELECT array_agg(status ORDER BY status) FROM opsdesk.message_status_events WHERE wa_message_id = 'wamid.xyzxyz')
           = ARRAY['delivered', 'failed', 'read', 'sent'], 'all four statuses recorded';
    SELECT * INTO STRICT s FROM opsdesk.message_status_events WHERE wa_message_id = 'wamid.xyzxyz' AND status = 'failed';
    ASSERT s.error_code = 130472 AND s.error_title = 'User''s number is part of an experiment'
       AND s.error_details = 'Failed to send message because this user''s phone number is part of an experiment'
       AND s.recipient_id = '972987654321' AND s.occurred_at = to_timestamp(1689380458)
       AND s.webhook_event_id = (SELECT id FROM ev WHERE name = 'pywa_status_failed'), format('failed event: %s', s);
END
$$;

-- 4. Delivery ticks on outbound messages: read then a late delivered stays read; failed keeps its error.
INSERT INTO mark SELECT 'before_outbound', pg_temp.last_seq(), NULL;
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, wa_message_id, status, created_at)
SELECT id, 'outbound', 'text', 'Thanks, it ships today.', w, s, to_timestamp(1697043300)
  FROM opsdesk.conversations, (VALUES ('wamid.out.A', 'queued'), ('wamid.out.B', 'sent')) AS x (w, s)
 WHERE business_phone_id = '1122334455667';
DO $$
DECLARE
    c opsdesk.conversations%ROWTYPE;
BEGIN
    SELECT * INTO STRICT c FROM opsdesk.conversations WHERE business_phone_id = '1122334455667';
    ASSERT c.last_message_preview = 'Thanks, it ships today.' AND c.last_message_direction = 'outbound'
       AND c.last_message_at = to_timestamp(1697043300), format('outbound updates the summary: %s', c);
    ASSERT c.unread_count = 1 AND c.last_inbound_at = to_timestamp(1697043223), 'outbound is not unread';
END
$$;
INSERT INTO ev VALUES ('A_sent', pg_temp.ingest(pg_temp.status_for('pywa_status_sent', 'wamid.out.A')));
INSERT INTO ev VALUES ('A_read', pg_temp.ingest(pg_temp.status_for('pywa_status_read', 'wamid.out.A')));
INSERT INTO ev VALUES ('A_delivered', pg_temp.ingest(pg_temp.status_for('pywa_status_delivered', 'wamid.out.A')));
INSERT INTO ev VALUES ('B_failed', pg_temp.ingest(pg_temp.status_for('pywa_status_failed', 'wamid.out.B')));
INSERT INTO ev VALUES ('B_delivered', pg_temp.ingest(pg_temp.status_for('pywa_status_delivered', 'wamid.out.B')));
DO $$
DECLARE
    m opsdesk.messages%ROWTYPE;
BEGIN
    ASSERT pg_temp.process() = 5;
    ASSERT (SELECT bool_and(processing = 'processed') FROM opsdesk.whatsapp_webhook_events
             WHERE id IN (SELECT id FROM ev WHERE name LIKE 'A\_%' OR name LIKE 'B\_%'));
    SELECT * INTO STRICT m FROM opsdesk.messages WHERE wa_message_id = 'wamid.out.A';
    ASSERT m.status = 'read' AND m.status_at = to_timestamp(1689380458), format('read survives a late delivered: %s', m);
    ASSERT m.error_code IS NULL AND m.error_title IS NULL;
    SELECT * INTO STRICT m FROM opsdesk.messages WHERE wa_message_id = 'wamid.out.B';
    ASSERT m.status = 'failed' AND m.error_code = 130472 AND m.error_title = 'User''s number is part of an experiment'
       AND m.status_at = to_timestamp(1689380458), format('failed keeps its error: %s', m);
    -- status changes touch messages only, never the conversation summary
    ASSERT NOT EXISTS (SELECT FROM opsdesk.change_log WHERE seq > (SELECT seq FROM mark WHERE name = 'before_outbound')
                                                         AND tbl = 'conversations' AND op = 'U'
                                                         AND pk <> (SELECT id::text FROM opsdesk.conversations WHERE business_phone_id = '1122334455667'));
END
$$;
-- A repeated status is a no-op: no message update reaches the change feed.
INSERT INTO mark SELECT 'before_status_repeat', pg_temp.last_seq(), pg_temp.fingerprint();
INSERT INTO ev VALUES ('A_read_again', pg_temp.ingest(pg_temp.status_for('pywa_status_read', 'wamid.out.A')));
INSERT INTO ev VALUES ('A_sent_again', pg_temp.ingest(pg_temp.status_for('pywa_status_sent', 'wamid.out.A')));
DO $$
BEGIN
    ASSERT pg_temp.process() = 2;
    ASSERT pg_temp.fingerprint() = (SELECT fp FROM mark WHERE name = 'before_status_repeat');
    ASSERT pg_temp.derived_changes_since((SELECT seq FROM mark WHERE name = 'before_status_repeat')) = 0,
           'a repeated status wrote to the change feed';
END
$$;

-- 5. Statuses that arrive before their outbound message (or before its wamid is known) are applied
-- when the message row gets the wamid, never lowering what it already has.
INSERT INTO ev VALUES ('C_sent', pg_temp.ingest(pg_temp.status_for('pywa_status_sent', 'wamid.out.C')));
INSERT INTO ev VALUES ('C_read', pg_temp.ingest(pg_temp.status_for('pywa_status_read', 'wamid.out.C')));
INSERT INTO ev VALUES ('C_delivered', pg_temp.ingest(pg_temp.status_for('pywa_status_delivered', 'wamid.out.C')));
INSERT INTO ev VALUES ('D_delivered', pg_temp.ingest(pg_temp.status_for('pywa_status_delivered', 'wamid.out.D')));
INSERT INTO ev VALUES ('E_sent', pg_temp.ingest(pg_temp.status_for('pywa_status_sent', 'wamid.out.E')));
INSERT INTO ev VALUES ('F_failed', pg_temp.ingest(pg_temp.status_for('pywa_status_failed', 'wamid.out.F')));
-- A status naming a message that later arrives as inbound (section 7) must not be applied to it.
INSERT INTO ev VALUES ('T01_read', pg_temp.ingest(pg_temp.status_for('pywa_status_read', 'wamid.T01')));
DO $$
BEGIN
    ASSERT pg_temp.process() = 7;
    ASSERT NOT EXISTS (SELECT FROM opsdesk.messages WHERE wa_message_id LIKE 'wamid.out._' AND wa_message_id > 'wamid.out.B');
    ASSERT (SELECT count(*) FROM opsdesk.message_status_events WHERE wa_message_id IN ('wamid.out.C', 'wamid.out.D', 'wamid.out.E', 'wamid.out.F')) = 6,
           'statuses of unknown messages are recorded';
END
$$;
-- Messages written in 2023: the send rules of migration 0007 (24-hour window) are about new
-- sends and are checked in tst_outbound; here only status application matters.
ALTER TABLE opsdesk.messages DISABLE TRIGGER messages_check_outbound;
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, wa_message_id, status, created_at)
SELECT id, 'outbound', 'text', x.body, w, s, to_timestamp(1697043400)
  FROM opsdesk.conversations,
       (VALUES ('wamid.out.C', 'sent', 'C'), (NULL, 'queued', 'D'), ('wamid.out.E', 'read', 'E'),
               ('wamid.out.F', 'queued', 'F')) AS x (w, s, body)
 WHERE business_phone_id = '1122334455667';
ALTER TABLE opsdesk.messages ENABLE TRIGGER messages_check_outbound;
UPDATE opsdesk.messages SET wa_message_id = 'wamid.out.D', status = 'sent' WHERE body = 'D';
DO $$
DECLARE
    m opsdesk.messages%ROWTYPE;
BEGIN
    SELECT * INTO STRICT m FROM opsdesk.messages WHERE wa_message_id = 'wamid.out.C';
    ASSERT m.status = 'read' AND m.status_at = to_timestamp(1689380458), format('best known status on insert: %s', m);
    SELECT * INTO STRICT m FROM opsdesk.messages WHERE body = 'D';
    ASSERT m.status = 'delivered' AND m.status_at = to_timestamp(1698266945), format('best known status when the wamid is set: %s', m);
    SELECT * INTO STRICT m FROM opsdesk.messages WHERE wa_message_id = 'wamid.out.E';
    ASSERT m.status = 'read' AND m.status_at IS NULL, format('a known lower status never lowers: %s', m);
    SELECT * INTO STRICT m FROM opsdesk.messages WHERE wa_message_id = 'wamid.out.F';
    ASSERT m.status = 'failed' AND m.error_code = 130472 AND m.error_title = 'User''s number is part of an experiment',
           format('a known failure carries its error: %s', m);
END
$$;

-- 6. Template status updates upsert on (name, language); 'NONE' and null mean no rejection reason.
INSERT INTO ev SELECT 'tpl_approved', pg_temp.ingest(body) FROM fixture WHERE name = 'pywa_template_approved';
INSERT INTO ev VALUES ('tpl_rejected', pg_temp.ingest(pg_temp.wrap('message_template_status_update',
    '{"event": "REJECTED", "message_template_id": 12345678, "message_template_name": "my_message_template",
      "message_template_language": "pt-BR", "reason": "INCORRECT_CATEGORY"}')));
DO $$
DECLARE
    t opsdesk.message_templates%ROWTYPE;
BEGIN
    ASSERT pg_temp.process() = 2;
    ASSERT pg_temp.outcome((SELECT id FROM ev WHERE name = 'tpl_approved')) = 'processed';
    ASSERT pg_temp.outcome((SELECT id FROM ev WHERE name = 'tpl_rejected')) = 'processed';
    SELECT * INTO STRICT t FROM opsdesk.message_templates;
    ASSERT t.name = 'my_message_template' AND t.language = 'pt-BR' AND t.wa_template_id = '12345678'
       AND t.status = 'REJECTED' AND t.rejection_reason = 'INCORRECT_CATEGORY', format('template: %s', t);
END
$$;
INSERT INTO ev VALUES ('tpl_reapproved', pg_temp.ingest(pg_temp.wrap('message_template_status_update',
    '{"event": "APPROVED", "message_template_id": 12345678, "message_template_name": "my_message_template",
      "message_template_language": "pt-BR", "reason": "NONE"}')));
INSERT INTO ev VALUES ('tpl_other_language', pg_temp.ingest(pg_temp.wrap('message_template_status_update',
    '{"event": "PENDING", "message_template_id": 87654321, "message_template_name": "my_message_template",
      "message_template_language": "en_US", "reason": null}')));
DO $$
BEGIN
    ASSERT pg_temp.process() = 2;
    ASSERT (SELECT status = 'APPROVED' AND rejection_reason IS NULL FROM opsdesk.message_templates
             WHERE name = 'my_message_template' AND language = 'pt-BR'), 'reason NONE clears the rejection';
    ASSERT (SELECT status = 'PENDING' AND wa_template_id = '87654321' FROM opsdesk.message_templates
             WHERE name = 'my_message_template' AND language = 'en_US');
    ASSERT (SELECT count(*) FROM opsdesk.message_templates) = 2;
END
$$;
INSERT INTO mark SELECT 'before_tpl_repeat', pg_temp.last_seq(), pg_temp.fingerprint();
INSERT INTO ev VALUES ('tpl_approved_again', pg_temp.ingest(pg_temp.wrap('message_template_status_update',
    '{"event": "APPROVED", "message_template_id": 12345678, "message_template_name": "my_message_template",
      "message_template_language": "pt-BR", "reason": null}')));
DO $$
BEGIN
    ASSERT pg_temp.process() = 1;
    ASSERT pg_temp.derived_changes_since((SELECT seq FROM mark WHERE name = 'before_tpl_repeat')) = 0,
           'an unchanged template status wrote to the change feed';
END
$$;

-- 7. Message types: kind and body for each, and the inbox preview.
INSERT INTO ev VALUES ('types', pg_temp.ingest(pg_temp.inbound($msgs$[
  {"from": "15550001111", "id": "wamid.T01", "timestamp": "1750000001", "type": "image",
   "image": {"caption": "Is this\nthe blue one?", "mime_type": "image/jpeg", "sha256": "abc", "id": "1001"}},
  {"from": "15550001111", "id": "wamid.T02", "timestamp": "1750000002", "type": "audio",
   "audio": {"mime_type": "audio/ogg; codecs=opus", "sha256": "abc", "id": "1002", "voice": true}},
  {"from": "15550001111", "id": "wamid.T03", "timestamp": "1750000003", "type": "video",
   "video": {"caption": "unboxing", "mime_type": "video/mp4", "sha256": "abc", "id": "1003"}},
  {"from": "15550001111", "id": "wamid.T04", "timestamp": "1750000004", "type": "document",
   "document": {"filename": "invoice-42.pdf", "mime_type": "application/pdf", "sha256": "abc", "id": "1004"}},
  {"from": "15550001111", "id": "wamid.T05", "timestamp": "1750000005", "type": "document",
   "document": {"caption": "signed copy", "filename": "contract.pdf", "mime_type": "application/pdf", "sha256": "abc", "id": "1005"}},
  {"from": "15550001111", "id": "wamid.T06", "timestamp": "1750000006", "type": "sticker",
   "sticker": {"mime_type": "image/webp", "sha256": "abc", "id": "1006", "animated": false}},
  {"from": "15550001111", "id": "wamid.T07", "timestamp": "1750000007", "type": "location",
   "location": {"latitude": 37.483307, "longitude": 122.148981, "name": "Pablo Morales", "address": "1 Hacker Way, Menlo Park, CA 94025"}},
  {"from": "15550001111", "id": "wamid.T08", "timestamp": "1750000008", "type": "location",
   "location": {"latitude": 52.52, "longitude": 13.405}},
  {"from": "15550001111", "id": "wamid.T09", "timestamp": "1750000009", "type": "contacts",
   "contacts": [{"name": {"formatted_name": "Ana Silva", "first_name": "Ana"}, "phones": [{"phone": "+55 11 5555 0000", "type": "CELL"}]},
                {"name": {"first_name": "Bo", "last_name": "Li"}}]},
  {"from": "15550001111", "id": "wamid.T10", "timestamp": "1750000010", "type": "interactive",
   "interactive": {"type": "button_reply", "button_reply": {"id": "yes", "title": "Yes, please"}}},
  {"from": "15550001111", "id": "wamid.T11", "timestamp": "1750000011", "type": "interactive",
   "interactive": {"type": "list_reply", "list_reply": {"id": "s2", "title": "Express shipping", "description": "1-2 days"}}},
  {"from": "15550001111", "id": "wamid.T12", "timestamp": "1750000012", "type": "interactive",
   "interactive": {"type": "nfm_reply", "nfm_reply": {"name": "flow", "body": "Sent", "response_json": "{\"flow_token\": \"t\"}"}}},
  {"from": "15550001111", "id": "wamid.T13", "timestamp": "1750000013", "type": "button",
   "context": {"from": "15550783881", "id": "wamid.out.A"},
   "button": {"text": "Track my order", "payload": "TRACK"}},
  {"from": "15550001111", "id": "wamid.T14", "timestamp": "1750000014", "type": "order",
   "order": {"catalog_id": "c1", "text": "for Friday", "product_items": [{"product_retailer_id": "sku1", "quantity": 2, "item_price": 9.5, "currency": "EUR"}]}},
  {"from": "15550001111", "id": "wamid.T15", "timestamp": "1750000015", "type": "system",
   "system": {"body": "User changed number", "new_wa_id": "15550002222", "type": "user_changed_number"}},
  {"from": "15550001111", "id": "wamid.T16", "timestamp": "1750000016", "type": "unsupported",
   "errors": [{"code": 131051, "title": "Message type unknown", "message": "Message type unknown",
               "error_data": {"details": "Message type is currently not supported."}}]},
  {"from": "15550001111", "id": "wamid.T17", "timestamp": "1750000017", "type": "foo", "foo": {"bar": 1}},
  {"from": "15550001111", "id": "wamid.T18", "timestamp": "1750000018", "type": "text",
   "text": {"body": "Line one\n\n  line two"}},
  {"from": "15550001111", "id": "wamid.T19", "timestamp": "1750000019", "type": "reaction",
   "reaction": {"message_id": "wamid.out.A", "emoji": "👍"}}
]$msgs$, '[{"profile": {"name": "Dana"}, "wa_id": "15550001111"}]')));
DO $$
DECLARE
    expected record;
    m opsdesk.messages%ROWTYPE;
    c opsdesk.conversations%ROWTYPE;
BEGIN
    ASSERT pg_temp.process() = 1;
    ASSERT pg_temp.outcome((SELECT id FROM ev WHERE name = 'types')) = 'processed',
           pg_temp.outcome((SELECT id FROM ev WHERE name = 'types'));
    FOR expected IN SELECT * FROM (VALUES
            ('wamid.T01', 'image', 'Is this' || chr(10) || 'the blue one?', '[image] Is this the blue one?'),
            ('wamid.T02', 'audio', NULL, '[audio]'),
            ('wamid.T03', 'video', 'unboxing', '[video] unboxing'),
            ('wamid.T04', 'document', 'invoice-42.pdf', '[document] invoice-42.pdf'),
            ('wamid.T05', 'document', 'signed copy', '[document] signed copy'),
            ('wamid.T06', 'sticker', NULL, '[sticker]'),
            ('wamid.T07', 'location', 'Pablo Morales, 1 Hacker Way, Menlo Park, CA 94025',
                          '[location] Pablo Morales, 1 Hacker Way, Menlo Park, CA 94025'),
            ('wamid.T08', 'location', '52.52, 13.405', '[location] 52.52, 13.405'),
            ('wamid.T09', 'contacts', 'Ana Silva, Bo Li', '[contacts] Ana Silva, Bo Li'),
            ('wamid.T10', 'interactive', 'Yes, please', '[interactive] Yes, please'),
            ('wamid.T11', 'interactive', 'Express shipping', '[interactive] Express shipping'),
            ('wamid.T12', 'interactive', 'Sent', '[interactive] Sent'),
            ('wamid.T13', 'button', 'Track my order', '[button] Track my order'),
            ('wamid.T14', 'unsupported', 'order', '[unsupported] order'),
            ('wamid.T15', 'unsupported', 'system', '[unsupported] system'),
            ('wamid.T16', 'unsupported', 'unsupported: Message type unknown', '[unsupported] unsupported: Message type unknown'),
            ('wamid.T17', 'unsupported', 'foo', '[unsupported] foo'),
            ('wamid.T18', 'text', 'Line one' || chr(10) || chr(10) || '  line two', 'Line one line two'),
            ('wamid.T19', 'reaction', '👍', '[reaction] 👍')) AS x (wamid, kind, body, preview)
    LOOP
        SELECT * INTO STRICT m FROM opsdesk.messages WHERE wa_message_id = expected.wamid;
        ASSERT m.kind = expected.kind AND m.body IS NOT DISTINCT FROM expected.body AND m.direction = 'inbound'
           AND m.status IS NULL AND m.content->>'id' = expected.wamid,
               format('%s: got kind %s body %L, want %s %L', expected.wamid, m.kind, m.body, expected.kind, expected.body);
        ASSERT opsdesk.message_preview(m.kind, m.body) = expected.preview,
               format('%s: preview %L, want %L', expected.wamid, opsdesk.message_preview(m.kind, m.body), expected.preview);
    END LOOP;
    SELECT * INTO STRICT c FROM opsdesk.conversations
     WHERE contact_id = (SELECT id FROM opsdesk.contacts WHERE wa_id = '15550001111' AND profile_name = 'Dana');
    ASSERT c.unread_count = 19 AND c.last_message_preview = '[reaction] 👍' AND c.last_message_direction = 'inbound'
       AND c.last_message_at = to_timestamp(1750000019) AND c.last_inbound_at = to_timestamp(1750000019),
           format('summary after 19 messages: %s', c);
    ASSERT opsdesk.message_preview('text', repeat('x', 300)) = repeat('x', 140), 'preview is cut at 140 characters';
    ASSERT opsdesk.message_preview('note', 'private') = '[note] private';
END
$$;

-- 8. Conversation summary: reopening, out-of-order arrival, notes.
UPDATE opsdesk.conversations SET status = 'resolved', unread_count = 0
 WHERE business_phone_id = '106540352242922'
   AND contact_id = (SELECT id FROM opsdesk.contacts WHERE wa_id = '16505551234');
INSERT INTO ev VALUES ('reopen', pg_temp.ingest(pg_temp.inbound(
    '[{"from": "16505551234", "id": "wamid.R1", "timestamp": "1749416500", "type": "text", "text": {"body": "Hello again"}}]',
    '[{"profile": {"name": "Sheena N."}, "wa_id": "16505551234"}]')));
DO $$
DECLARE
    c opsdesk.conversations%ROWTYPE;
BEGIN
    ASSERT pg_temp.process() = 1;
    SELECT * INTO STRICT c FROM opsdesk.conversations
     WHERE contact_id = (SELECT id FROM opsdesk.contacts WHERE wa_id = '16505551234');
    ASSERT c.status = 'open' AND c.unread_count = 1 AND c.last_message_preview = 'Hello again'
       AND c.last_inbound_at = to_timestamp(1749416500), format('resolved reopens: %s', c);
    ASSERT (SELECT profile_name FROM opsdesk.contacts WHERE wa_id = '16505551234') = 'Sheena N.', 'new profile name kept';
END
$$;
UPDATE opsdesk.conversations SET status = 'snoozed', snoozed_until = now() + interval '1 day'
 WHERE contact_id = (SELECT id FROM opsdesk.contacts WHERE wa_id = '16505551234');
-- An older message delivered late, from a contact entry without a profile name.
INSERT INTO ev VALUES ('late', pg_temp.ingest(pg_temp.inbound(
    '[{"from": "16505551234", "id": "wamid.R0", "timestamp": "1749416400", "type": "image",
       "image": {"caption": "the old photo", "mime_type": "image/jpeg", "sha256": "abc", "id": "2001"}}]',
    '[{"wa_id": "16505551234"}]')));
DO $$
DECLARE
    c opsdesk.conversations%ROWTYPE;
BEGIN
    ASSERT pg_temp.process() = 1;
    SELECT * INTO STRICT c FROM opsdesk.conversations
     WHERE contact_id = (SELECT id FROM opsdesk.contacts WHERE wa_id = '16505551234');
    ASSERT c.status = 'open' AND c.snoozed_until IS NULL, format('snoozed reopens: %s', c);
    ASSERT c.unread_count = 2, 'a late message is still unread';
    ASSERT c.last_message_at = to_timestamp(1749416500) AND c.last_inbound_at = to_timestamp(1749416500)
       AND c.last_message_preview = 'Hello again', format('a late message keeps the newer summary: %s', c);
    ASSERT (SELECT profile_name FROM opsdesk.contacts WHERE wa_id = '16505551234') = 'Sheena N.', 'a missing name keeps the old one';
END
$$;
INSERT INTO mark SELECT 'before_note', pg_temp.last_seq(), pg_temp.fingerprint();
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, created_at)
SELECT id, 'outbound', 'note', 'Customer is a VIP', to_timestamp(1749416600)
  FROM opsdesk.conversations WHERE contact_id = (SELECT id FROM opsdesk.contacts WHERE wa_id = '16505551234');
INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, created_at, wa_message_id, status)
SELECT id, 'outbound', 'text', 'an old reply', to_timestamp(1749416450), 'wamid.old.reply', 'sent'
  FROM opsdesk.conversations WHERE contact_id = (SELECT id FROM opsdesk.contacts WHERE wa_id = '16505551234');
DO $$
BEGIN
    ASSERT NOT EXISTS (SELECT FROM opsdesk.change_log WHERE seq > (SELECT seq FROM mark WHERE name = 'before_note')
                                                         AND tbl = 'conversations'),
           'a note or an older outbound message touched the conversation';
END
$$;

-- 9. Events that are ignored or fail, with the reason; a failing event leaves nothing behind.
INSERT INTO ev VALUES ('page', pg_temp.ingest('{"object":"page","entry":[]}'));
INSERT INTO ev VALUES ('entry_5', pg_temp.ingest('{"object":"whatsapp_business_account","entry":5}'));
INSERT INTO ev VALUES ('no_entry', pg_temp.ingest('{"object":"whatsapp_business_account"}'));
INSERT INTO ev VALUES ('no_changes', pg_temp.ingest('{"object":"whatsapp_business_account","entry":[{"id":"1"}]}'));
INSERT INTO ev VALUES ('bad_change', pg_temp.ingest('{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":[]}]}]}'));
INSERT INTO ev VALUES ('bad_messages', pg_temp.ingest(pg_temp.wrap('messages', '{"metadata": {"phone_number_id": "1"}, "messages": {"id": "x"}}')));
INSERT INTO ev VALUES ('array_body', pg_temp.ingest('[1, 2]'));
INSERT INTO ev VALUES ('empty_entry', pg_temp.ingest('{"object":"whatsapp_business_account","entry":[]}'));
INSERT INTO ev SELECT 'unsigned', pg_temp.ingest(body, false) FROM fixture WHERE name = 'meta_inbound_text';
INSERT INTO ev VALUES ('other_fields', pg_temp.ingest(
    '{"object":"whatsapp_business_account","entry":[{"id":"1","time":1750000000,"changes":[
       {"field":"account_update","value":{"event":"VERIFIED_ACCOUNT"}},
       {"field":"phone_number_quality_update","value":{"event":"FLAGGED","current_limit":"TIER_1K"}},
       {"field":"account_update","value":{"event":"ACCOUNT_VIOLATION"}}]}]}'));
INSERT INTO ev VALUES ('mixed_fields', pg_temp.ingest(
    '{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[
       {"field":"account_update","value":{"event":"VERIFIED_ACCOUNT"}}]},
      {"id":"2","changes":[{"field":"message_template_status_update","value":{"event":"PAUSED",
       "message_template_id":555,"message_template_name":"promo","message_template_language":"en","reason":null}}]}]}'));
INSERT INTO opsdesk.whatsapp_webhook_events (signature_valid, raw_body, error)
VALUES (true, '\x7b6e6f74206a736f6e', 'invalid JSON at offset 1: missing string');
INSERT INTO ev SELECT 'not_json_with_error', max(id) FROM opsdesk.whatsapp_webhook_events;
INSERT INTO opsdesk.whatsapp_webhook_events (signature_valid, raw_body) VALUES (true, '\x7b');
INSERT INTO ev SELECT 'not_json', max(id) FROM opsdesk.whatsapp_webhook_events;
-- Invalid messages and statuses: the whole event fails, including its contacts entry.
INSERT INTO ev VALUES ('no_from', pg_temp.ingest(pg_temp.inbound(
    '[{"id": "wamid.V1", "timestamp": "1750000100", "type": "text", "text": {"body": "?"}}]',
    '[{"profile": {"name": "Ghost"}, "wa_id": "15559990000"}]')));
INSERT INTO ev VALUES ('no_id', pg_temp.ingest(pg_temp.inbound(
    '[{"from": "15559990000", "timestamp": "1750000100", "type": "text", "text": {"body": "?"}}]')));
INSERT INTO ev VALUES ('no_type', pg_temp.ingest(pg_temp.inbound(
    '[{"from": "15559990000", "id": "wamid.V3", "timestamp": "1750000100", "text": {"body": "?"}}]')));
INSERT INTO ev VALUES ('no_timestamp', pg_temp.ingest(pg_temp.inbound(
    '[{"from": "15559990000", "id": "wamid.V4", "type": "text", "text": {"body": "?"}}]')));
INSERT INTO ev VALUES ('bad_timestamp', pg_temp.ingest(pg_temp.inbound(
    '[{"from": "15559990000", "id": "wamid.V5", "timestamp": "2025-06-08T20:59:43Z", "type": "text", "text": {"body": "?"}}]')));
INSERT INTO ev VALUES ('bad_status_timestamp', pg_temp.ingest(
    replace(pg_temp.status_for('pywa_status_read', 'wamid.V6'), '"1689380458"', '"soon"')));
INSERT INTO ev VALUES ('unknown_status', pg_temp.ingest(
    replace(pg_temp.status_for('pywa_status_read', 'wamid.V7'), '"read"', '"exploded"')));
INSERT INTO ev VALUES ('no_phone_id', pg_temp.ingest(pg_temp.wrap('messages', '{"messaging_product": "whatsapp",
    "messages": [{"from": "15559990000", "id": "wamid.V8", "timestamp": "1750000100", "type": "text", "text": {"body": "?"}}]}')));
INSERT INTO ev VALUES ('bad_template', pg_temp.ingest(pg_temp.wrap('message_template_status_update',
    '{"event": "APPROVED", "message_template_id": 1, "message_template_language": "en"}')));
DO $$
DECLARE
    expected record;
    got text;
BEGIN
    ASSERT pg_temp.process() = 22, 'every pending event handled';
    FOR expected IN SELECT * FROM (VALUES
            ('page', 'ignored: unexpected object ''page'''),
            ('entry_5', 'failed: entry is missing or not an array'),
            ('no_entry', 'failed: entry is missing or not an array'),
            ('no_changes', 'failed: entry[0].changes is missing or not an array'),
            ('bad_change', 'failed: entry[0].changes[0].value is missing or not an object'),
            ('bad_messages', 'failed: entry[0].changes[0].value.messages is not an array'),
            ('array_body', 'failed: payload is not a JSON object'),
            ('empty_entry', 'ignored: no changes in event'),
            ('unsigned', 'ignored: signature is not valid'),
            ('other_fields', 'ignored: unsupported field account_update, phone_number_quality_update'),
            ('mixed_fields', 'processed'),
            ('not_json_with_error', 'failed: invalid JSON at offset 1: missing string'),
            ('not_json', 'failed: body is not valid JSON'),
            ('no_from', 'failed: entry[0].changes[0].value.messages[0] (wamid.V1) has no from'),
            ('no_id', 'failed: entry[0].changes[0].value.messages[0] has no id'),
            ('no_type', 'failed: entry[0].changes[0].value.messages[0] (wamid.V3) has no type'),
            ('no_timestamp', 'failed: entry[0].changes[0].value.messages[0] (wamid.V4) has no timestamp'),
            ('bad_timestamp', 'failed: entry[0].changes[0].value.messages[0] (wamid.V5) has timestamp "2025-06-08T20:59:43Z", expected Unix seconds'),
            ('bad_status_timestamp', 'failed: entry[0].changes[0].value.statuses[0] (wamid.V6) has timestamp "soon", expected Unix seconds'),
            ('unknown_status', 'failed: entry[0].changes[0].value.statuses[0] (wamid.V7) has unsupported status "exploded"'),
            ('no_phone_id', 'failed: entry[0].changes[0].value.metadata.phone_number_id is missing'),
            ('bad_template', 'failed: entry[0].changes[0].value has no message_template_name')) AS x (name, outcome)
    LOOP
        got := pg_temp.outcome((SELECT id FROM ev WHERE name = expected.name));
        ASSERT got = expected.outcome, format('%s: got %L, want %L', expected.name, got, expected.outcome);
    END LOOP;
    ASSERT (SELECT count(*) FROM opsdesk.whatsapp_webhook_events WHERE processing = 'pending') = 0;
    ASSERT (SELECT bool_and(processed_at IS NOT NULL) FROM opsdesk.whatsapp_webhook_events);
    ASSERT NOT EXISTS (SELECT FROM opsdesk.contacts WHERE wa_id IN ('15559990000')), 'a failed event left a contact';
    ASSERT NOT EXISTS (SELECT FROM opsdesk.messages WHERE wa_message_id LIKE 'wamid.V%'), 'a failed event left a message';
    ASSERT NOT EXISTS (SELECT FROM opsdesk.message_status_events WHERE wa_message_id LIKE 'wamid.V%'), 'a failed event left a status';
    ASSERT (SELECT status FROM opsdesk.message_templates WHERE name = 'promo') = 'PAUSED', 'handled change of a mixed event';
    -- The unsigned copy of Meta's sample did not create a second message.
    ASSERT (SELECT count(*) FROM opsdesk.messages WHERE wa_message_id LIKE 'wamid.HBgL%') = 1;
END
$$;

-- 10. max_events caps one batch; later calls pick up the rest, in id order.
INSERT INTO ev VALUES ('batch1', pg_temp.ingest(pg_temp.inbound(
    '[{"from": "15550003333", "id": "wamid.B1", "timestamp": "1750000201", "type": "text", "text": {"body": "one"}}]')));
INSERT INTO ev VALUES ('batch2', pg_temp.ingest(pg_temp.inbound(
    '[{"from": "15550003333", "id": "wamid.B2", "timestamp": "1750000202", "type": "text", "text": {"body": "two"}}]')));
INSERT INTO ev VALUES ('batch3', pg_temp.ingest(pg_temp.inbound(
    '[{"from": "15550003333", "id": "wamid.B3", "timestamp": "1750000203", "type": "text", "text": {"body": "three"}}]')));
DO $$
DECLARE
    c opsdesk.conversations%ROWTYPE;
BEGIN
    ASSERT opsdesk.process_pending_webhook_events(2) = 2;
    ASSERT (SELECT array_agg(name ORDER BY name) FROM ev JOIN opsdesk.whatsapp_webhook_events w USING (id)
             WHERE w.processing = 'pending') = ARRAY['batch3'], 'oldest first';
    ASSERT opsdesk.process_pending_webhook_events(2) = 1;
    ASSERT opsdesk.process_pending_webhook_events() = 0;
    SELECT * INTO STRICT c FROM opsdesk.conversations
     WHERE contact_id = (SELECT id FROM opsdesk.contacts WHERE wa_id = '15550003333' AND profile_name IS NULL);
    ASSERT c.unread_count = 3 AND c.last_message_preview = 'three', format('contact created from "from": %s', c);
END
$$;

ROLLBACK;
\echo 'webhook processing checks passed'
