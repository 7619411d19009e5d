// Package serve is custmatch as an HTTP service, for payment backends that cannot import a Go package
// (PHP, Java, Node, .NET): the same verdicts as package match, the same customer messages as package
// messages, one implementation for every merchant.
//
//	s, err := serve.New(serve.Config{Token: token})
//	ln, err := net.Listen("tcp", "127.0.0.1:8080")
//	err = s.Serve(ctx, ln) // until ctx is done, then a graceful shutdown
//
// # Routes
//
//   - POST /v1/compare: a CompareRequest ({"merchant": Record, "provider": Record, "lang", "provider_name",
//     "change_url"}; a side may instead be a Customer Sync response under "merchant_sync" or the provider's
//     payment or capture response under "provider_payment") answers the verdict's JSON without the raw
//     values (decision, policy, failing, per-field status, score, reasons, flags), "action" (capture,
//     cancel or hold) and, for a decline or review, "message", "message_key" and "lang". The language is
//     the request's lang, else Accept-Language, else Config.Lang, else English.
//   - POST /v1/batch: JSON Lines of BatchLine in, one line out per non-blank input line, in input order,
//     streamed while the input is read (the client must read while it sends), in constant memory (one
//     line of at most MaxLineBytes and a 32 KiB output buffer). Each output line has the line's "id" and
//     its 1-based "line" number, then the compare answer's members or an "error" object; a malformed
//     line gives an error line for its id when the id could be read before the problem, and the stream
//     goes on. A body that cannot be read to its end ends the output with a body-read error line.
//   - GET /healthz (liveness, no token needed), GET /readyz (503 once shutdown began), GET /metrics
//     (Prometheus), GET /openapi.json (the OpenAPI 3.1 document, see OpenAPI).
//
// # Safe by default
//
// Without a token Serve listens on loopback only (ErrInsecureListen) and answers only requests whose
// Host is localhost, an address in 127.0.0.0/8 or [::1], with or without a port; any other Host gets
// 421 with code foreign-host (see Server.ServeHTTP): a web page the operator visits can reach loopback
// and, by DNS rebinding, read the answers under a name of its own, which its Host gives away. With a
// token, every request but /healthz needs "Authorization: Bearer <token>", compared in constant time; a
// missing or wrong token is 401 with WWW-Authenticate. Bodies are capped (MaxBodyBytes for compare, 413
// above it; MaxLineBytes per batch line). A body that is not valid UTF-8, holds U+FFFD (raw or as a
// \ufffd escape: the trace of a character an encoder lost) or a lone surrogate escape (which
// encoding/json would silently turn into U+FFFD), is not JSON, has an unknown key (or one in another
// letter case, which encoding/json would take), a key given twice or a wrong type is refused with 400
// and a typed Error: a Code, a key path or byte offset, never a value. A POST body is read only with a
// JSON Content-Type (application/json, and for /v1/batch also application/x-ndjson or
// application/jsonl; charset=utf-8 allowed): any other type, or none at all, is 415, as a browser sends
// a cross-site POST without a CORS preflight (which this server never grants) only with a form or
// text/plain type or with no Content-Type. The http.Server has read, header, write and idle timeouts;
// MaxInFlight /v1 requests run at once, one more gets 503 with Retry-After. A panicking handler answers
// 500 for its request only and is logged without the request.
//
// # Logs and metrics
//
// The access log (Config.Logger, one record per request) has the request id (X-Request-Id, echoed or
// made), method, route, status, latency, and the decision or error code — never a name, date, email or
// the token. Metrics:
//
//	custmatch_http_requests_total{route,code}
//	custmatch_http_request_duration_seconds{route}
//	custmatch_http_requests_in_flight
//	custmatch_decisions_total{decision}
//	custmatch_failing_fields_total{decision,field}
//	custmatch_request_errors_total{code}
//	custmatch_batch_lines_total{result}
//
// plus the Go runtime and process collectors. Label values come
// from fixed sets only: unknown paths are route "other".
//
// # Concurrency
//
// A Server is safe for concurrent use; Serve may be called once per listener.
package serve
