package serve

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/custmatch/custmatch/match"
)

// ErrRequest is wrapped by every *Error: a request the server refused.
var ErrRequest = errors.New("serve: request refused")

// ErrInsecureListen is returned by Server.Serve when asked to listen on an address other than loopback
// without a token: the service handles personal data and must not be open to the network.
var ErrInsecureListen = errors.New("serve: refusing to listen beyond loopback without a token")

// Code is the stable, machine-readable reason a request or a batch line was refused. Codes never
// change meaning between versions; clients switch on them, never on the message text. A Code is a
// plain string, safe to copy and compare.
type Code string

// The error codes. The HTTP status each one gives is in Code.Status.
const (
	CodeInvalidJSON       Code = "invalid-json"          // not JSON: a syntax error (the offset is given), or data after the object
	CodeInvalidUTF8       Code = "invalid-utf8"          // the body holds bytes that are not UTF-8
	CodeReplacement       Code = "replacement-character" // U+FFFD, raw or as an escape: the trace of a character an encoder lost
	CodeLoneSurrogate     Code = "lone-surrogate"        // a \ud800–\udfff escape that is not half of a pair
	CodeUnknownField      Code = "unknown-field"         // a key the schema does not have (misspelled keys would otherwise be ignored)
	CodeWrongType         Code = "wrong-type"            // a value of the wrong JSON type (a number for a name, …)
	CodeDuplicateKey      Code = "duplicate-key"         // a key given twice in one object (parsers disagree on which one counts)
	CodeMissingRecord     Code = "missing-record"        // neither merchant nor merchant_sync (or provider/provider_payment)
	CodeConflictingRecord Code = "conflicting-record"    // both merchant and merchant_sync (or provider and provider_payment)
	CodeInvalidPayload    Code = "invalid-payload"       // merchant_sync or provider_payment is not the documented document
	CodeInvalidID         Code = "invalid-id"            // a batch line's id is not a string or number of at most 128 bytes
	CodeLineTooLong       Code = "line-too-long"         // a batch line over the per-line cap (the line is skipped, not buffered)
	CodeBodyTooLarge      Code = "body-too-large"        // a request body over the cap
	CodeBodyRead          Code = "body-read"             // the body could not be read to its end (timeout, client went away)
	CodeMediaType         Code = "unsupported-media-type"
	CodeUnauthorized      Code = "unauthorized"       // no or a wrong bearer token
	CodeForeignHost       Code = "foreign-host"       // no token configured: a Host that is not a loopback name or address (DNS rebinding)
	CodeNotFound          Code = "not-found"          // no such route
	CodeMethod            Code = "method-not-allowed" // the route exists, for another method
	CodeSaturated         Code = "saturated"          // the concurrency limit is reached: retry after Retry-After seconds
	CodeShuttingDown      Code = "shutting-down"      // readyz during the grace period
	CodeInternal          Code = "internal"           // a bug: the request failed, the server keeps serving
)

// Status returns the HTTP status a request refused with c gets.
func (c Code) Status() int {
	switch c {
	case CodeBodyTooLarge, CodeLineTooLong:
		return http.StatusRequestEntityTooLarge
	case CodeMediaType:
		return http.StatusUnsupportedMediaType
	case CodeUnauthorized:
		return http.StatusUnauthorized
	case CodeForeignHost:
		return http.StatusMisdirectedRequest
	case CodeNotFound:
		return http.StatusNotFound
	case CodeMethod:
		return http.StatusMethodNotAllowed
	case CodeSaturated, CodeShuttingDown:
		return http.StatusServiceUnavailable
	case CodeInternal:
		return http.StatusInternalServerError
	case CodeBodyRead:
		return http.StatusRequestTimeout
	}
	return http.StatusBadRequest
}

// Error is a refused request or batch line: a code, and where the problem is — a JSON path of keys
// (never a value) or a byte offset into the body or line. It never holds the request's values, so it is
// safe to log and to send back. An Error is a plain value, safe to share once built. It wraps ErrRequest.
type Error struct {
	Code   Code
	Field  string // JSON path of the offending key, e.g. "merchant.first_name"; "" when none applies
	Offset int64  // byte offset into the body (or the batch line) for syntax and encoding errors; -1 when none applies
	Detail string // a fixed explanation written by this package (never derived from the input)
}

// Error returns "CODE[ at FIELD][ at byte N][: DETAIL]", without any value of the request.
func (e *Error) Error() string {
	s := string(e.Code)
	if e.Field != "" {
		s += " at " + e.Field
	}
	if e.Offset >= 0 {
		s += " at byte " + strconv.FormatInt(e.Offset, 10)
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns ErrRequest.
func (e *Error) Unwrap() error { return ErrRequest }

// reqErr builds an *Error without an offset.
func reqErr(c Code, field, detail string) *Error {
	return &Error{Code: c, Field: field, Offset: -1, Detail: detail}
}

// appendErrorObject appends {"code":…,"message":…[,"field":…][,"offset":N]}.
func appendErrorObject(buf []byte, e *Error) []byte {
	buf = append(buf, `{"code":`...)
	buf = match.AppendJSONString(buf, string(e.Code))
	buf = append(buf, `,"message":`...)
	buf = match.AppendJSONString(buf, e.Error())
	if e.Field != "" {
		buf = append(buf, `,"field":`...)
		buf = match.AppendJSONString(buf, e.Field)
	}
	if e.Offset >= 0 {
		buf = append(buf, `,"offset":`...)
		buf = strconv.AppendInt(buf, e.Offset, 10)
	}
	return append(buf, '}')
}

// String returns the code itself.
func (c Code) String() string { return string(c) }

// errorf is fmt.Sprintf for fixed details that embed numbers only.
func errorf(format string, a ...any) string { return fmt.Sprintf(format, a...) }
