#pragma once

namespace opsdesk {

class ApiServer;

/// The conversation messages endpoints of the automation API, for other systems that send
/// notifications and read threads:
///
/// - `POST /api/v1/conversations/{id}/messages` (scope `messages:send`), JSON body
///   `{"type":"text","text":"…"}` or
///   `{"type":"template","template":{"name":"order_update","language":"en_US","parameters":["Ann","#1042"]}}`.
///   Takes the desktop client's path (outbound::queue): the same 24-hour customer service window,
///   template and length rules, enforced by the database, and the same audit trail (on behalf of
///   `api-key:<prefix>`). Answers 201 with the queued message; 404 `not_found` for an unknown
///   conversation; 422 `window_closed` (details: lastInboundAt, closedAt), `template_invalid` or
///   `validation_failed` (field errors) otherwise. Delivery then shows in the message's status.
/// - `GET /api/v1/conversations/{id}/messages?limit=50&before=<cursor>` (scope
///   `conversations:read`): newest first, keyset-paged, without private notes; `data.next` is the
///   cursor of the next (older) page, or null at the start of the thread. `limit` is 1-200.
///
/// A message: {"id","conversationId","direction","type","body","status","error":{"code","title"}
/// | null,"author": name | null,"template": name | null,"createdAt"} with ISO 8601 UTC times.
void addMessageEndpoints(ApiServer &api);

} // namespace opsdesk
