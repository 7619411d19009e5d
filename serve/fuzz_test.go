package serve

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/custmatch/custmatch/match"
)

// FuzzCompareBody: whatever the body, /v1/compare answers 200 with a decision and its action, or a
// 4xx with a known error code — never a 500, never a panic — and an accepted body held neither
// invalid UTF-8 nor U+FFFD.
func FuzzCompareBody(f *testing.F) {
	for _, seed := range []string{bodyApprove, bodyDecline, bodyReview, `{}`, `{"merchant":{"first_name":"\ud83d\ude00"},"provider":{}}`,
		`{"merchant":{"first_name":"\ud800"},"provider":{}}`, "{\"merchant\":{\"first_name\":\"\xff\"},\"provider\":{}}",
		`{"merchant_sync":{"status":0,"first_name":"A"},"provider_payment":{"customer":{"last_name":"B"}}}`, `[`, `{"merchant":{},"provider":{}} x`} {
		f.Add([]byte(seed))
	}
	s, err := New(Config{MaxBodyBytes: 4096})
	if err != nil {
		f.Fatal(err)
	}
	codes := map[string]bool{}
	for _, c := range allCodes {
		codes[string(c)] = true
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1/v1/compare", strings.NewReader(string(body)))
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		var answer struct {
			Decision string
			Action   string
			Error    *struct{ Code string }
		}
		if err := json.Unmarshal(w.Body.Bytes(), &answer); err != nil {
			t.Fatalf("answer %d is not JSON: %q", w.Code, w.Body.String())
		}
		switch w.Code {
		case http.StatusOK:
			var d match.Decision
			if err := d.UnmarshalText([]byte(answer.Decision)); err != nil || answer.Action != Action(d) {
				t.Fatalf("decision %q, action %q", answer.Decision, answer.Action)
			}
			if !utf8.Valid(body) || strings.ContainsRune(string(body), utf8.RuneError) {
				t.Fatalf("accepted a body with invalid UTF-8 or U+FFFD: %q", body)
			}
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			if answer.Error == nil || !codes[answer.Error.Code] {
				t.Fatalf("status %d without a known code: %q", w.Code, w.Body.String())
			}
		default:
			t.Fatalf("status %d: %q", w.Code, w.Body.String())
		}
	})
}
