package serve

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testToken is the bearer token of the tests that configure one.
const testToken = "s3cret-token-0123456789"

// secrets are values that must never appear in a log line, an error body or a metric: the names, dates
// and emails the tests send, and the token.
var secrets = []string{"Maximillian", "Mustermann", "1988-07-23", "23.07.1988", "max@example.com", "Jürgen", "Zyxwvut", testToken}

// syncBuffer is a bytes.Buffer safe for the server's goroutines and the test's.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer builds a Server with cfg, logging JSON to the returned buffer.
func testServer(t testing.TB, cfg Config) (*Server, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewJSONHandler(logs, nil))
	}
	s, err := New(cfg)
	require.NoError(t, err)
	return s, logs
}

// do runs one request through s.ServeHTTP, for Host 127.0.0.1 unless header sets "Host" (a Server
// without a token answers only a loopback Host).
func do(s *Server, method, path, body string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	r.Host = "127.0.0.1"
	if method == http.MethodPost {
		r.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			r.Host = header[i+1]
			continue
		}
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

// decodeBody decodes a JSON answer into a map.
func decodeBody(t testing.TB, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m), "%s", b)
	return m
}

// errCode returns the error code of an error answer.
func errCode(t testing.TB, b []byte) string {
	t.Helper()
	e, ok := decodeBody(t, b)["error"].(map[string]any)
	require.True(t, ok, "no error object in %s", b)
	return e["code"].(string)
}

// assertNoSecrets checks that text holds none of the test's personal values nor the token.
func assertNoSecrets(t testing.TB, what, text string) {
	t.Helper()
	for _, s := range secrets {
		assert.NotContains(t, text, s, "%s leaks %q", what, s)
	}
}

const (
	bodyDecline = `{"merchant":{"first_name":"Maximillian","last_name":"Mustermann","dob":"23.07.1988","email":"max@example.com"},` +
		`"provider":{"first_name":"Max","last_name":"Mustermann","dob":"1988-07-23"},"provider_name":"paysafecard"}`
	bodyApprove = `{"merchant":{"first_name":"Max","last_name":"Mustermann","dob":"1988-07-23"},"provider":{"first_name":"MAX","last_name":"MUSTERMANN","dob":"23.07.1988"}}`
	bodyReview  = `{"merchant":{"first_name":"","last_name":"Mustermann"},"provider":{"first_name":"Max","last_name":"Mustermann"}}`
)

func TestCompare(t *testing.T) {
	s, _ := testServer(t, Config{Lang: "fr"})
	for _, tc := range []struct {
		name, body, accept     string
		decision, action, lang string
		key                    string
		contains               string
	}{
		{name: "approve", body: bodyApprove, decision: "approve", action: "capture"},
		{name: "decline/lang=de", body: strings.Replace(bodyDecline, `{"merchant"`, `{"lang":"de","merchant"`, 1),
			decision: "decline", action: "cancel", lang: "de", key: "decline.first_name", contains: "Vorname bei paysafecard: Max."},
		{name: "decline/accept-language=es", body: bodyDecline, accept: "es-MX, en;q=0.5",
			decision: "decline", action: "cancel", lang: "es", key: "decline.first_name", contains: "paysafecard"},
		{name: "decline/lang beats accept-language", body: strings.Replace(bodyDecline, `{"merchant"`, `{"lang":"it","merchant"`, 1), accept: "de",
			decision: "decline", action: "cancel", lang: "it", key: "decline.first_name"},
		{name: "decline/server default", body: bodyDecline, decision: "decline", action: "cancel", lang: "fr", key: "decline.first_name"},
		{name: "review", body: bodyReview, accept: "en", decision: "review", action: "hold", lang: "en", key: "review"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := do(s, http.MethodPost, "/v1/compare", tc.body, "Accept-Language", tc.accept)
			require.Equal(t, http.StatusOK, w.Code, w.Body.String())
			assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
			assert.Equal(t, "no-store", w.Header().Get("Cache-Control"))
			m := decodeBody(t, w.Body.Bytes())
			assert.Equal(t, tc.decision, m["decision"])
			assert.Equal(t, tc.action, m["action"])
			assert.Equal(t, match.PolicyVersion, m["policy"])
			if tc.key == "" {
				assert.NotContains(t, m, "message")
				assert.NotContains(t, m, "lang")
			} else {
				assert.Equal(t, tc.key, m["message_key"])
				assert.Equal(t, tc.lang, m["lang"])
				assert.Contains(t, m["message"], tc.contains)
			}
			fields := m["fields"].([]any)
			require.Len(t, fields, match.NumFields)
			for _, f := range fields {
				assert.NotContains(t, f, "merchant", "raw values are not echoed")
				assert.NotContains(t, f, "provider")
				assert.Contains(t, f, "status")
			}
			// Outside the message, which shows them to the customer, no value comes back.
			delete(m, "message")
			rest, _ := json.Marshal(m)
			assertNoSecrets(t, "the answer", string(rest))
		})
	}
}

// TestComparePayloads: a side given as the provider's own document decides as the same record given
// field by field.
func TestComparePayloads(t *testing.T) {
	s, _ := testServer(t, Config{})
	sync := `{"status":0,"pin":"c-1","first_name":"Maximillian","last_name":"Mustermann","dob":"23.07.1988","email":"max@example.com","zip":"1010"}`
	capture := `{"object":"PAYMENT","id":"p-1","amount":10,"customer":{"id":"c-1","first_name":"Max","last_name":"Mustermann","date_of_birth":"1988-07-23"}}`
	want := decodeBody(t, do(s, http.MethodPost, "/v1/compare", bodyDecline).Body.Bytes())
	for _, body := range []string{
		`{"merchant_sync":` + sync + `,"provider":{"first_name":"Max","last_name":"Mustermann","dob":"1988-07-23"},"provider_name":"paysafecard"}`,
		`{"merchant":{"first_name":"Maximillian","last_name":"Mustermann","dob":"23.07.1988","email":"max@example.com"},"provider_payment":` + capture + `,"provider_name":"paysafecard"}`,
		`{"merchant_sync":` + sync + `,"provider_payment":` + capture + `,"provider_name":"paysafecard"}`,
	} {
		w := do(s, http.MethodPost, "/v1/compare", body)
		require.Equal(t, http.StatusOK, w.Code, w.Body.String())
		assert.Equal(t, want, decodeBody(t, w.Body.Bytes()))
	}
}

// TestCompareSameAsMatch checks that the answer is match's verdict, field by field.
func TestCompareSameAsMatch(t *testing.T) {
	s, _ := testServer(t, Config{})
	var req CompareRequest
	require.NoError(t, json.Unmarshal([]byte(bodyDecline), &req))
	want := s.matcher.Compare(req.Merchant.record(), req.Provider.record()).Redacted()
	wantJSON, err := json.Marshal(want)
	require.NoError(t, err)
	var wantM map[string]any
	require.NoError(t, json.Unmarshal(wantJSON, &wantM))
	got := decodeBody(t, do(s, http.MethodPost, "/v1/compare", bodyDecline).Body.Bytes())
	for k, v := range wantM {
		assert.Equal(t, v, got[k], k)
	}
}

func TestCompareRefused(t *testing.T) {
	s, logs := testServer(t, Config{MaxBodyBytes: 1024})
	big := `{"merchant":{"first_name":"` + strings.Repeat("Zyxwvut", 200) + `"},"provider":{}}`
	for _, tc := range []struct {
		name, body string
		ctype      string
		status     int
		code       Code
		field      string
	}{
		{name: "syntax", body: `{"merchant":{"first_name":"Zyxwvut",}}`, status: 400, code: CodeInvalidJSON},
		{name: "empty", body: ``, status: 400, code: CodeInvalidJSON},
		{name: "cut short", body: `{"merchant":{"first_name":"Zyxwvut"`, status: 400, code: CodeInvalidJSON},
		{name: "trailing data", body: bodyApprove + ` {}`, status: 400, code: CodeInvalidJSON},
		{name: "array", body: `[1]`, status: 400, code: CodeWrongType},
		{name: "invalid utf-8", body: "{\"merchant\":{\"first_name\":\"Zyxwvut\xe9\"},\"provider\":{}}", status: 400, code: CodeInvalidUTF8},
		{name: "overlong utf-8", body: "{\"merchant\":{\"first_name\":\"\xc0\xafZyxwvut\"},\"provider\":{}}", status: 400, code: CodeInvalidUTF8},
		{name: "ufffd escape", body: `{"merchant":{"first_name":"Zyxwvut\ufffd"},"provider":{}}`, status: 400, code: CodeReplacement},
		{name: "raw U+FFFD", body: "{\"merchant\":{\"first_name\":\"Zyxwvut\uFFFD\"},\"provider\":{}}", status: 400, code: CodeReplacement},
		{name: "UFFFD escape upper case", body: `{"merchant":{"first_name":"Zyxwvut\uFFFD"},"provider":{}}`, status: 400, code: CodeReplacement},
		{name: "lone high surrogate", body: `{"merchant":{"first_name":"Zyxwvut\ud83d"},"provider":{}}`, status: 400, code: CodeLoneSurrogate},
		{name: "high surrogate then letter", body: `{"merchant":{"first_name":"\ud83dZyxwvut"},"provider":{}}`, status: 400, code: CodeLoneSurrogate},
		{name: "two high surrogates", body: `{"merchant":{"first_name":"\ud83d\ud83dZyxwvut"},"provider":{}}`, status: 400, code: CodeLoneSurrogate},
		{name: "lone low surrogate", body: `{"merchant":{"first_name":"\ude00Zyxwvut"},"provider":{}}`, status: 400, code: CodeLoneSurrogate},
		{name: "surrogate in a key", body: `{"merchant":{"first_name\udc00":"Zyxwvut"},"provider":{}}`, status: 400, code: CodeLoneSurrogate},
		{name: "unknown key", body: `{"merchant":{"first_name":"Zyxwvut"},"provider":{},"extra":"Zyxwvut"}`, status: 400, code: CodeUnknownField, field: "extra"},
		{name: "unknown nested key", body: `{"merchant":{"firstname":"Zyxwvut"},"provider":{}}`, status: 400, code: CodeUnknownField, field: "merchant.firstname"},
		{name: "unknown key not repeated", body: `{"merchant":{"Zyxwvut Mustermann":"x"},"provider":{}}`, status: 400, code: CodeUnknownField},
		{name: "duplicate key", body: `{"merchant":{"first_name":"Zyxwvut"},"provider":{},"merchant":{"first_name":"Max"}}`, status: 400, code: CodeDuplicateKey, field: "merchant"},
		{name: "duplicate record key", body: `{"merchant":{"first_name":"Zyxwvut","first_name":"Max"},"provider":{}}`, status: 400, code: CodeDuplicateKey, field: "merchant.first_name"},
		{name: "unknown provider key", body: `{"merchant":{},"provider":{"first_name":"Zyxwvut","bogus":"Zyxwvut"}}`, status: 400, code: CodeUnknownField, field: "provider.bogus"},
		{name: "unknown key after a known one in another case", body: `{"merchant":{"Last_Name":"Zyxwvut","bogus":1},"provider":{}}`, status: 400, code: CodeUnknownField, field: "merchant.Last_Name"},
		{name: "duplicate provider key", body: `{"merchant":{},"provider":{"dob":"1988-07-23","dob":"23.07.1988"}}`, status: 400, code: CodeDuplicateKey, field: "provider.dob"},
		{name: "duplicate key then unknown key", body: `{"merchant":{"email":"max@example.com","email":"x","bogus":1},"provider":{}}`, status: 400, code: CodeDuplicateKey, field: "merchant.email"},
		{name: "key in another case", body: `{"merchant":{"First_Name":"Zyxwvut"},"provider":{}}`, status: 400, code: CodeUnknownField, field: "merchant.First_Name"},
		{name: "top key in another case", body: `{"Merchant":{"first_name":"Zyxwvut"},"provider":{}}`, status: 400, code: CodeUnknownField, field: "Merchant"},
		{name: "escaped key", body: `{"merchant":{"first\u005fname":"Zyxwvut"},"provider":{}}`, status: 400, code: CodeUnknownField},
		{name: "duplicate key in a payload", body: `{"merchant_sync":{"status":0,"first_name":"Zyxwvut","first_name":"Max"},"provider":{}}`, status: 400, code: CodeInvalidPayload, field: "merchant_sync.first_name"},
		{name: "wrong type", body: `{"merchant":{"first_name":1988},"provider":{}}`, status: 400, code: CodeWrongType, field: "merchant.first_name"},
		{name: "record not an object", body: `{"merchant":"Zyxwvut","provider":{}}`, status: 400, code: CodeWrongType, field: "merchant"},
		{name: "no merchant", body: `{"provider":{"first_name":"Zyxwvut"}}`, status: 400, code: CodeMissingRecord, field: "merchant"},
		{name: "null merchant", body: `{"merchant":null,"provider":{}}`, status: 400, code: CodeMissingRecord, field: "merchant"},
		{name: "no provider", body: `{"merchant":{"first_name":"Zyxwvut"}}`, status: 400, code: CodeMissingRecord, field: "provider"},
		{name: "both merchant forms", body: `{"merchant":{},"merchant_sync":{"first_name":"Zyxwvut"},"provider":{}}`, status: 400, code: CodeConflictingRecord, field: "merchant_sync"},
		{name: "customer sync error status", body: `{"merchant_sync":{"status":1,"first_name":"Zyxwvut"},"provider":{}}`, status: 400, code: CodeInvalidPayload, field: "merchant_sync"},
		{name: "customer sync without names", body: `{"merchant_sync":{"status":0},"provider":{}}`, status: 400, code: CodeInvalidPayload, field: "merchant_sync"},
		{name: "payment with a wrong type", body: `{"merchant":{},"provider_payment":{"customer":{"first_name":1988}}}`, status: 400, code: CodeInvalidPayload, field: "provider_payment.customer.first_name"},
		{name: "payment not an object", body: `{"merchant":{},"provider_payment":"Zyxwvut"}`, status: 400, code: CodeInvalidPayload, field: "provider_payment"},
		{name: "both provider forms", body: `{"merchant":{},"provider":{},"provider_payment":{"customer":{"first_name":"Zyxwvut"}}}`, status: 400, code: CodeConflictingRecord, field: "provider_payment"},
		{name: "too large", body: big, status: 413, code: CodeBodyTooLarge},
		{name: "form content type", body: bodyApprove, ctype: "application/x-www-form-urlencoded", status: 415, code: CodeMediaType},
		{name: "latin-1 charset", body: bodyApprove, ctype: "application/json; charset=iso-8859-1", status: 415, code: CodeMediaType},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctype := tc.ctype
			if ctype == "" {
				ctype = "application/json"
			}
			w := do(s, http.MethodPost, "/v1/compare", tc.body, "Content-Type", ctype)
			assert.Equal(t, tc.status, w.Code, w.Body.String())
			assert.Equal(t, string(tc.code), errCode(t, w.Body.Bytes()))
			e := decodeBody(t, w.Body.Bytes())["error"].(map[string]any)
			if tc.field != "" {
				assert.Equal(t, tc.field, e["field"])
			}
			assertNoSecrets(t, "the error answer", w.Body.String())
		})
	}
	assertNoSecrets(t, "the access log", logs.String())
}

// TestCompareTooLargeStreamed sends a body without Content-Length: the cap holds on what is read.
func TestCompareTooLargeStreamed(t *testing.T) {
	s, _ := testServer(t, Config{MaxBodyBytes: 100})
	r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1/v1/compare", io.MultiReader(strings.NewReader(`{"merchant":{"first_name":"`), strings.NewReader(strings.Repeat("x", 200))))
	r.Header.Set("Content-Type", "application/json")
	r.ContentLength = -1
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	assert.Equal(t, http.StatusRequestEntityTooLarge, w.Code)
	assert.Equal(t, "body-too-large", errCode(t, w.Body.Bytes()))
}

// TestCompareValidText: what checkText must let through.
func TestCompareValidText(t *testing.T) {
	s, _ := testServer(t, Config{})
	for _, tc := range []struct{ name, first string }{
		{"quotes and braces in values", `M\"a{x}[,]:`},
		{"surrogate pair", `\ud83d\ude00Max`},
		{"escaped backslash before u", `Max\\ufffd`},
		{"escaped umlaut", `J\u00fcrgen`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := `{"merchant":{"first_name":"` + tc.first + `","last_name":"Lee"},"provider":{"first_name":"` + tc.first + `","last_name":"Lee"}}`
			w := do(s, http.MethodPost, "/v1/compare", body)
			assert.Equal(t, http.StatusOK, w.Code, w.Body.String())
		})
	}
}

func TestRouting(t *testing.T) {
	s, _ := testServer(t, Config{})
	for _, tc := range []struct {
		method, path string
		status       int
		allow        string
	}{
		{http.MethodGet, "/healthz", 200, ""},
		{http.MethodHead, "/healthz", 200, ""},
		{http.MethodGet, "/readyz", 200, ""},
		{http.MethodGet, "/openapi.json", 200, ""},
		{http.MethodGet, "/metrics", 200, ""},
		{http.MethodGet, "/v1/compare", 405, "POST"},
		{http.MethodPost, "/healthz", 405, "GET"},
		{http.MethodGet, "/v1/compare/", 404, ""},
		{http.MethodGet, "/nope/Mustermann", 404, ""},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			w := do(s, tc.method, tc.path, "")
			assert.Equal(t, tc.status, w.Code)
			assert.Equal(t, tc.allow, w.Header().Get("Allow"))
		})
	}
}

func TestAuth(t *testing.T) {
	s, logs := testServer(t, Config{Token: testToken})
	for _, tc := range []struct {
		name, path, auth string
		status           int
		challenge        string
	}{
		{"no token", "/v1/compare", "", 401, `Bearer realm="custmatch"`},
		{"wrong token", "/v1/compare", "Bearer " + testToken + "x", 401, `Bearer realm="custmatch", error="invalid_token"`},
		{"prefix of the token", "/v1/compare", "Bearer " + testToken[:10], 401, `Bearer realm="custmatch", error="invalid_token"`},
		{"basic scheme", "/v1/compare", "Basic " + testToken, 401, `Bearer realm="custmatch"`},
		{"right token", "/v1/compare", "Bearer " + testToken, 200, ""},
		{"scheme in lower case", "/v1/compare", "bearer " + testToken, 200, ""},
		{"healthz needs none", "/healthz", "", 200, ""},
		{"readyz needs it", "/readyz", "", 401, `Bearer realm="custmatch"`},
		{"metrics needs it", "/metrics", "", 401, `Bearer realm="custmatch"`},
		{"openapi needs it", "/openapi.json", "", 401, `Bearer realm="custmatch"`},
		{"unknown path needs it", "/x", "", 401, `Bearer realm="custmatch"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			method := http.MethodGet
			if strings.HasPrefix(tc.path, "/v1/") {
				method = http.MethodPost
			}
			w := do(s, method, tc.path, bodyApprove, "Authorization", tc.auth)
			assert.Equal(t, tc.status, w.Code, w.Body.String())
			assert.Equal(t, tc.challenge, w.Header().Get("WWW-Authenticate"))
			if tc.status == 401 {
				assert.Equal(t, "unauthorized", errCode(t, w.Body.Bytes()))
			}
		})
	}
	assertNoSecrets(t, "the access log", logs.String())
}

func TestNewRefusesBadConfig(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"short token", Config{Token: "abc123"}},
		{"token with a space", Config{Token: "0123456789 0123456789"}},
		{"token with non-ASCII", Config{Token: "0123456789é0123456789"}},
		{"negative timeout", Config{ReadTimeout: -1}},
		{"negative cap", Config{MaxBodyBytes: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.cfg)
			require.Error(t, err)
			if tc.cfg.Token != "" {
				assert.NotContains(t, err.Error(), tc.cfg.Token)
			}
		})
	}
}

func TestRequestID(t *testing.T) {
	s, logs := testServer(t, Config{})
	w := do(s, http.MethodGet, "/healthz", "", "X-Request-Id", "shop-42.a:b_c")
	assert.Equal(t, "shop-42.a:b_c", w.Header().Get("X-Request-Id"))
	for _, bad := range []string{"Max Mustermann", strings.Repeat("a", 65), "<script>"} {
		w := do(s, http.MethodGet, "/healthz", "", "X-Request-Id", bad)
		got := w.Header().Get("X-Request-Id")
		assert.Regexp(t, `^[0-9a-f]{16}$`, got, "a client id that is not a plain token is replaced")
	}
	w1, w2 := do(s, http.MethodGet, "/healthz", ""), do(s, http.MethodGet, "/healthz", "")
	assert.NotEqual(t, w1.Header().Get("X-Request-Id"), w2.Header().Get("X-Request-Id"))
	assert.Contains(t, logs.String(), `"request_id":"shop-42.a:b_c"`)
	assert.NotContains(t, logs.String(), "Max Mustermann")
}

// TestAccessLog checks the access log's records: one per request, the fields it promises, and no
// personal value or token whatever the request held.
func TestAccessLog(t *testing.T) {
	s, logs := testServer(t, Config{Token: testToken})
	auth := []string{"Authorization", "Bearer " + testToken, "X-Request-Id", "rid-1"}
	do(s, http.MethodPost, "/v1/compare", bodyDecline, auth...)
	do(s, http.MethodPost, "/v1/compare", `{"merchant":{"first_name":"Zyxwvut",`, auth...)
	do(s, http.MethodPost, "/v1/compare", bodyApprove, "Authorization", "Bearer Mustermann-1988-07-23")
	do(s, http.MethodGet, "/Mustermann/1988-07-23", "", auth...)
	batch := strings.Join([]string{
		`{"id":"a","merchant":{"first_name":"Maximillian","last_name":"Mustermann"},"provider":{"first_name":"Max","last_name":"Mustermann"}}`,
		`{"id":"b","merchant":{"first_name":"Zyxwvut`,
	}, "\n")
	do(s, http.MethodPost, "/v1/batch", batch, auth...)
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	require.Len(t, lines, 5)
	var recs []map[string]any
	for _, l := range lines {
		recs = append(recs, decodeBody(t, []byte(l)))
	}
	for _, r := range recs {
		for _, k := range []string{"time", "level", "msg", "request_id", "method", "route", "status", "latency_ms"} {
			assert.Contains(t, r, k)
		}
	}
	assert.Equal(t, "rid-1", recs[0]["request_id"])
	assert.Equal(t, "/v1/compare", recs[0]["route"])
	assert.Equal(t, "decline", recs[0]["decision"])
	assert.EqualValues(t, 200, recs[0]["status"])
	assert.Equal(t, "invalid-json", recs[1]["error"])
	assert.Equal(t, "unauthorized", recs[2]["error"])
	assert.Equal(t, "other", recs[3]["route"], "an unknown path is logged as route other, never as itself")
	assert.EqualValues(t, 2, recs[4]["lines"])
	assert.EqualValues(t, 1, recs[4]["line_errors"])
	assertNoSecrets(t, "the access log", logs.String())
	assert.NotContains(t, logs.String(), "Max\"")
}

// TestPanic: a handler that panics answers 500 for its request only, is logged without the request
// body or the panic's text, and the server goes on serving.
func TestPanic(t *testing.T) {
	s, logs := testServer(t, Config{})
	s.addRoute(&route{name: "/panic", method: http.MethodPost, h: func(st *reqState, w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		panic("boom with " + string(body))
	}})
	hs := httptest.NewServer(s)
	defer hs.Close()
	resp, err := http.Post(hs.URL+"/panic", "application/json", strings.NewReader(bodyDecline))
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusInternalServerError, resp.StatusCode)
	assert.Equal(t, "internal", errCode(t, b))
	resp, err = http.Post(hs.URL+"/v1/compare", "application/json", strings.NewReader(bodyApprove))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the server keeps serving")
	assert.Contains(t, logs.String(), `"msg":"handler panic"`)
	assert.NotContains(t, logs.String(), "boom")
	assertNoSecrets(t, "the log", logs.String())
}

// TestSaturated: with MaxInFlight 1 and one request holding the slot, the next /v1 request is refused
// at once with 503 and Retry-After; /healthz is not limited.
func TestSaturated(t *testing.T) {
	s, _ := testServer(t, Config{MaxInFlight: 1})
	hs := httptest.NewServer(s)
	defer hs.Close()
	pr, pw := io.Pipe()
	done := make(chan *http.Response, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodPost, hs.URL+"/v1/batch", pr)
		req.Header.Set("Content-Type", "application/x-ndjson")
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			done <- resp
		}
		close(done)
	}()
	_, err := pw.Write([]byte(`{"id":1,"merchant":{},"provider":{}}` + "\n"))
	require.NoError(t, err)
	first := <-done // the batch has answered its headers: it holds the slot
	require.NotNil(t, first)
	defer first.Body.Close()

	start := time.Now()
	resp, err := http.Post(hs.URL+"/v1/compare", "application/json", strings.NewReader(bodyApprove))
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	assert.Equal(t, "1", resp.Header.Get("Retry-After"))
	assert.Equal(t, "saturated", errCode(t, b))
	assert.Less(t, time.Since(start), 2*time.Second, "refused at once, not queued")
	resp, err = http.Get(hs.URL + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	pw.Close()
	io.Copy(io.Discard, first.Body)
	require.Eventually(t, func() bool {
		resp, err := http.Post(hs.URL+"/v1/compare", "application/json", strings.NewReader(bodyApprove))
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, 5*time.Second, 10*time.Millisecond, "the slot is free again")
}

// listen starts s on a loopback port and returns its base URL and a stop function that returns
// Serve's error.
func listen(t testing.TB, s *Server) (string, func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ctx, ln) }()
	var once sync.Once
	var serr error
	stop := func() error {
		once.Do(func() {
			cancel()
			serr = <-errc
		})
		return serr
	}
	t.Cleanup(func() { stop() })
	return "http://" + ln.Addr().String(), stop
}

func TestServeRefusesNonLoopbackWithoutToken(t *testing.T) {
	s, _ := testServer(t, Config{})
	ln, err := net.Listen("tcp", "0.0.0.0:0")
	require.NoError(t, err)
	err = s.Serve(context.Background(), ln)
	require.ErrorIs(t, err, ErrInsecureListen)
	_, err = ln.Accept()
	assert.Error(t, err, "the listener is closed")

	s, _ = testServer(t, Config{Token: testToken})
	ln, err = net.Listen("tcp", "0.0.0.0:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ctx, ln) }()
	port := ln.Addr().(*net.TCPAddr).Port
	require.Eventually(t, func() bool { // only ever reached through loopback
		resp, err := http.Get("http://127.0.0.1:" + strconv.Itoa(port) + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	}, 5*time.Second, 10*time.Millisecond)
	cancel()
	assert.NoError(t, <-errc)

	for _, tc := range []struct {
		addr net.Addr
		want bool
	}{
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)}, true},
		{&net.TCPAddr{IP: net.IPv4(127, 1, 2, 3)}, true},
		{&net.TCPAddr{IP: net.IPv6loopback}, true},
		{&net.TCPAddr{IP: net.IPv4zero}, false},
		{&net.TCPAddr{IP: net.IPv6unspecified}, false},
		{&net.TCPAddr{IP: net.IPv4(10, 0, 0, 1)}, false},
		{&net.UnixAddr{Name: "/tmp/x", Net: "unix"}, false},
	} {
		assert.Equal(t, tc.want, IsLoopback(tc.addr), tc.addr.String())
	}
}

// TestShutdown: once Serve's context is done, /readyz says so, the request in flight finishes, and
// Serve returns nil; a request that outlives the grace period is cut off and Serve says so.
func TestShutdown(t *testing.T) {
	for _, tc := range []struct {
		name  string
		grace time.Duration
		hold  time.Duration
		want  error
	}{
		{"in flight finishes", 5 * time.Second, 300 * time.Millisecond, nil},
		{"grace expires", 200 * time.Millisecond, 3 * time.Second, ErrGraceExpired},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := testServer(t, Config{ShutdownTimeout: tc.grace})
			started := make(chan struct{})
			s.addRoute(&route{name: "/slow", method: http.MethodGet, h: func(st *reqState, w http.ResponseWriter, r *http.Request) {
				close(started)
				select {
				case <-time.After(tc.hold):
				case <-r.Context().Done():
				}
				writeJSON(w, 200, []byte(`{"status":"ok"}`))
			}})
			base, stop := listen(t, s)
			type answer struct {
				code int
				err  error
			}
			slow := make(chan answer, 1)
			go func() {
				resp, err := http.Get(base + "/slow")
				if err != nil {
					slow <- answer{err: err}
					return
				}
				resp.Body.Close()
				slow <- answer{code: resp.StatusCode}
			}()
			<-started
			stopped := make(chan error, 1)
			t0 := time.Now()
			go func() { stopped <- stop() }()
			require.Eventually(t, s.draining.Load, 2*time.Second, time.Millisecond)
			w := do(s, http.MethodGet, "/readyz", "")
			assert.Equal(t, http.StatusServiceUnavailable, w.Code)
			assert.Equal(t, "shutting-down", errCode(t, w.Body.Bytes()))
			err := <-stopped
			a := <-slow
			if tc.want == nil {
				require.NoError(t, err)
				require.NoError(t, a.err)
				assert.Equal(t, 200, a.code, "the request in flight finished")
			} else {
				require.ErrorIs(t, err, tc.want)
				assert.Error(t, a.err, "the request was cut off")
				assert.Less(t, time.Since(t0), tc.grace+2*time.Second, "the grace period is bounded")
			}
			_, err = http.Get(base + "/healthz")
			assert.Error(t, err, "no longer accepting")
		})
	}
}

// TestTimeouts: the server's timeouts close connections that stall in the headers, the body, or idle.
func TestTimeouts(t *testing.T) {
	s, _ := testServer(t, Config{ReadHeaderTimeout: 150 * time.Millisecond, ReadTimeout: 300 * time.Millisecond,
		IdleTimeout: 300 * time.Millisecond})
	hs := s.httpServer()
	assert.Equal(t, DefaultWriteTimeout, hs.WriteTimeout)
	assert.Equal(t, 150*time.Millisecond, hs.ReadHeaderTimeout)
	base, _ := listen(t, s)
	addr := strings.TrimPrefix(base, "http://")

	closedWithin := func(t *testing.T, c net.Conn, limit time.Duration) []byte {
		t.Helper()
		c.SetReadDeadline(time.Now().Add(limit))
		got, err := io.ReadAll(c)
		var ne net.Error
		require.False(t, errors.As(err, &ne) && ne.Timeout(), "the server did not close the connection within %v", limit)
		return got
	}
	t.Run("header", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer c.Close()
		io.WriteString(c, "POST /v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\n") // never ends the headers
		closedWithin(t, c, 3*time.Second)
	})
	t.Run("body", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer c.Close()
		io.WriteString(c, "POST /v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"merchant\":")
		got := closedWithin(t, c, 3*time.Second)
		assert.Contains(t, string(got), "408", "a body that stalls is answered body-read")
	})
	t.Run("idle", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer c.Close()
		io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
		got := closedWithin(t, c, 3*time.Second)
		assert.Contains(t, string(got), "200 OK", "answered, then closed when idle")
	})
}

func TestMetrics(t *testing.T) {
	s, _ := testServer(t, Config{})
	do(s, http.MethodPost, "/v1/compare", bodyDecline)
	do(s, http.MethodPost, "/v1/compare", bodyApprove)
	do(s, http.MethodPost, "/v1/compare", bodyReview)
	do(s, http.MethodPost, "/v1/compare", `{"merchant":{"first_name":"Zyxwvut"`)
	do(s, http.MethodGet, "/Mustermann", "")
	do(s, http.MethodPost, "/v1/batch", `{"id":1,"merchant":{"first_name":"Maximillian"},"provider":{"first_name":"Max"}}`+"\nnot json\n")
	w := do(s, http.MethodGet, "/metrics", "")
	require.Equal(t, 200, w.Code)
	text := w.Body.String()
	for _, want := range []string{
		`custmatch_http_requests_total{code="200",route="/v1/compare"} 3`,
		`custmatch_http_requests_total{code="400",route="/v1/compare"} 1`,
		`custmatch_http_requests_total{code="404",route="other"} 1`,
		`custmatch_http_requests_total{code="200",route="/v1/batch"} 1`,
		`custmatch_http_request_duration_seconds_count{route="/v1/compare"} 4`,
		`custmatch_http_requests_in_flight 1`, // the /metrics request itself
		`custmatch_decisions_total{decision="approve"} 1`,
		`custmatch_decisions_total{decision="decline"} 2`,
		`custmatch_decisions_total{decision="review"} 1`,
		`custmatch_failing_fields_total{decision="decline",field="first_name"} 2`,
		`custmatch_failing_fields_total{decision="review",field="first_name"} 1`,
		`custmatch_request_errors_total{code="invalid-json"} 2`,
		`custmatch_batch_lines_total{result="evaluated"} 1`,
		`custmatch_batch_lines_total{result="error"} 1`,
		`go_goroutines`, `process_resident_memory_bytes`,
	} {
		assert.Contains(t, text, want)
	}
	assertNoSecrets(t, "the metrics", text)
}

// TestAppendResult: the answer is what encoding/json writes for the redacted verdict (no raw values,
// not even as ""), plus the action, for every pair of the labeled corpus, in both directions.
func TestAppendResult(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "testdata", "pairs.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 100)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	side := func(row []string, p string) match.Record {
		get := func(k string) string {
			if i, ok := col[p+"_"+k]; ok {
				return row[i]
			}
			return ""
		}
		return match.Record{FirstName: get("first_name"), LastName: get("last_name"), DOB: get("dob"), Email: get("email")}
	}
	for _, opts := range []match.Options{{}, {EmailDeciding: true, ReviewBand: 0.8}} {
		m, err := match.New(opts)
		require.NoError(t, err)
		for _, row := range rows[1:] {
			for _, v := range []match.Verdict{m.Compare(side(row, "merchant"), side(row, "provider")), m.Compare(side(row, "provider"), side(row, "merchant"))} {
				own, err := json.Marshal(v.Redacted())
				require.NoError(t, err)
				want := string(own[:len(own)-1]) + `,"action":"` + Action(v.Decision) + `"}`
				got := string(appendResult(nil, &result{v: v}, nil))
				require.Equal(t, want, got, "row %s", row[0])
				require.NotContains(t, got, `"merchant"`)
				require.NotContains(t, got, `"provider"`)
			}
		}
	}
}
