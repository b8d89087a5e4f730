#pragma once

namespace opsdesk {

class ApiServer;

/// The metrics endpoints of the automation API, for other services that push their own series
/// (services/metricsingest.h does the checking and storing):
///
/// - `POST /api/v1/metrics` (scope `metrics:write`), JSON body
///   `{"samples":[{"series":"shop_checkout_errors","value":12.5,"at":"2026-11-21T08:00:00Z"}]}`:
///   1 to 1,000 samples; `value` a finite JSON number of at most 1e15 in magnitude; `at` optional (default: now), an RFC 3339
///   date-time with offset, at most 30 seconds ahead (clock skew) and not older than the 8-day raw retention;
///   no series twice at the same time. Everything is checked before anything is stored, and
///   the batch is stored by one statement, whole or not at all. Answers 201
///   `{"stored": n, "duplicates": m}` (duplicates: samples already stored for that series and
///   time, ignored). Refusals: 422 `validation_failed` with field errors (`samples`,
///   `samples[3].value`, ...); 422 `unknown_series` (details: `unknown`, `builtIn`, `register`)
///   when a series is not registered; 422 `builtin_series` when it is one opsdeskd collects
///   itself; 400 `invalid_json`, 415, 413 (body over 1 MB) as for every endpoint.
/// - `PUT /api/v1/metrics/series/{name}` (scope `metrics:write`), JSON body
///   `{"title":"Checkout errors","unit":"errors/min","description":"…"}` (all optional; title
///   1-120 characters, default the name; unit up to 32; description up to 1,000): registers an
///   external series, or updates the title, unit and description of one already registered.
///   The name is `^[a-z_][a-z0-9_]{0,99}$` (422 otherwise). Answers 201 (new) or 200 (updated)
///   with the series; 409 `builtin_series` for a built-in name. Audited on behalf of the key.
/// - `GET /api/v1/metrics/series?limit=100&after=<name>` (scope `metrics:read`): every series,
///   by name, keyset-paged (`data.next` is the `after` of the next page, or null); `limit` 1-500.
///
/// A series: {"name","title","unit","description","source":"builtin"|"external","createdAt",
/// "latest":{"at","value"} | null} with ISO 8601 UTC times.
void addMetricsEndpoints(ApiServer &api);

} // namespace opsdesk
