-- OpsDesk core schema: people, WhatsApp contacts, conversations, messages, delivery statuses,
-- raw webhook events and message templates. Names follow the data contract in
-- shared/design/architecture.md ("Data model"); columns may be added, never renamed.

CREATE EXTENSION IF NOT EXISTS pgcrypto; -- gen_random_uuid() is core since PG 13; kept for digest()

CREATE TABLE opsdesk.admin_users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    db_role       text NOT NULL UNIQUE,
    email         text NOT NULL UNIQUE,
    display_name  text NOT NULL,
    role          text NOT NULL CHECK (role IN ('support', 'manager', 'admin', 'super_admin')),
    is_active     boolean NOT NULL DEFAULT true,
    last_seen_at  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE opsdesk.contacts (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wa_id         text NOT NULL UNIQUE,
    profile_name  text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE opsdesk.conversations (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id            uuid NOT NULL REFERENCES opsdesk.contacts (id),
    business_phone_id     text NOT NULL,
    business_display_phone text,
    status                text NOT NULL DEFAULT 'open'
                          CHECK (status IN ('open', 'pending', 'snoozed', 'resolved')),
    priority              smallint NOT NULL DEFAULT 0,
    assignee_id           uuid REFERENCES opsdesk.admin_users (id),
    snoozed_until         timestamptz,
    last_inbound_at       timestamptz,
    last_message_at       timestamptz, -- set with the first message (same transaction); the inbox sort key
    last_message_preview  text,
    last_message_direction text CHECK (last_message_direction IN ('inbound', 'outbound')),
    unread_count          integer NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
    agent_last_seen_at    timestamptz,
    labels                text[] NOT NULL DEFAULT '{}',
    created_at            timestamptz NOT NULL DEFAULT now(),
    -- One conversation per customer and business number; a resolved one reopens on a new message.
    UNIQUE (contact_id, business_phone_id)
);
CREATE INDEX conversations_last_message_idx ON opsdesk.conversations (last_message_at DESC, id DESC);

CREATE TABLE opsdesk.messages (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    conversation_id  uuid NOT NULL REFERENCES opsdesk.conversations (id),
    direction        text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    kind             text NOT NULL CHECK (kind IN ('text', 'image', 'audio', 'video', 'document',
                         'sticker', 'location', 'contacts', 'interactive', 'button', 'reaction',
                         'template', 'note', 'unsupported')),
    body             text,
    -- The message object as WhatsApp sent it (media ids, mime types, coordinates, reply context...).
    content          jsonb,
    wa_message_id    text UNIQUE,
    status           text CHECK (status IN ('queued', 'sent', 'delivered', 'read', 'failed')),
    error_code       integer,
    error_title      text,
    author_id        uuid REFERENCES opsdesk.admin_users (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    status_at        timestamptz
);
CREATE INDEX messages_conversation_idx ON opsdesk.messages (conversation_id, created_at, id);

CREATE TABLE opsdesk.whatsapp_webhook_events (
    id               bigserial PRIMARY KEY,
    received_at      timestamptz NOT NULL DEFAULT now(),
    signature_valid  boolean NOT NULL,
    object           text,
    field            text,
    -- NULL when the body was not valid JSON; raw_body always holds the exact bytes that were signed.
    payload          jsonb,
    raw_body         bytea NOT NULL,
    processing       text NOT NULL DEFAULT 'pending'
                     CHECK (processing IN ('pending', 'processed', 'failed', 'ignored')),
    error            text,
    processed_at     timestamptz
);
CREATE INDEX whatsapp_webhook_events_received_idx ON opsdesk.whatsapp_webhook_events (received_at);
CREATE INDEX whatsapp_webhook_events_pending_idx ON opsdesk.whatsapp_webhook_events (id)
    WHERE processing = 'pending';

CREATE TABLE opsdesk.message_status_events (
    id                bigserial PRIMARY KEY,
    wa_message_id     text NOT NULL,
    status            text NOT NULL CHECK (status IN ('sent', 'delivered', 'read', 'failed')),
    occurred_at       timestamptz NOT NULL,
    recipient_id      text,
    error_code        integer,
    error_title       text,
    error_details     text,
    webhook_event_id  bigint REFERENCES opsdesk.whatsapp_webhook_events (id),
    UNIQUE (wa_message_id, status)
);

CREATE TABLE opsdesk.message_templates (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wa_template_id text UNIQUE,
    name         text NOT NULL,
    language     text NOT NULL,
    category     text,
    status       text NOT NULL,
    rejection_reason text,
    components   jsonb NOT NULL DEFAULT '[]',
    synced_at    timestamptz,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name, language)
);
