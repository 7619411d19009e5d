package serve

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests of the guards against a web page the operator visits: it may send requests to a token-less
// server on loopback (a cross-site POST without a CORS preflight).

// noHeader stands for a request without the header at all (a curl -H 'Content-Type:').
const noHeader = "\x00absent"

// TestMediaTypeRequired: a POST body is read only with a documented JSON media type; a request
// without a Content-Type, which a browser sends cross-site without a preflight (fetch with an untyped
// Blob), is 415 like any other type.
func TestMediaTypeRequired(t *testing.T) {
	s, logs := testServer(t, Config{})
	for _, tc := range []struct {
		path, body, ctype string
		status            int
	}{
		{"/v1/compare", bodyDecline, noHeader, 415},
		{"/v1/compare", bodyDecline, "", 415},
		{"/v1/compare", bodyDecline, "text/plain", 415},
		{"/v1/compare", bodyDecline, "text/plain; charset=utf-8", 415},
		{"/v1/compare", bodyDecline, "multipart/form-data; boundary=x", 415},
		{"/v1/compare", bodyDecline, "application/x-www-form-urlencoded", 415},
		{"/v1/compare", bodyDecline, "; charset=utf-8", 415},
		{"/v1/compare", bodyDecline, "application/x-ndjson", 415},
		{"/v1/compare", bodyDecline, "application/json", 200},
		{"/v1/compare", bodyDecline, "application/json; charset=utf-8", 200},
		{"/v1/compare", bodyDecline, "Application/JSON;charset=\"UTF-8\"", 200},
		{"/v1/batch", lineDecline, noHeader, 415},
		{"/v1/batch", lineDecline, "", 415},
		{"/v1/batch", lineDecline, "text/plain", 415},
		{"/v1/batch", lineDecline, "application/x-ndjson", 200},
		{"/v1/batch", lineDecline, "application/x-ndjson; charset=utf-8", 200},
		{"/v1/batch", lineDecline, "application/jsonl", 200},
		{"/v1/batch", lineDecline, "application/json", 200},
	} {
		name := tc.ctype
		if name == noHeader {
			name = "no header"
		}
		t.Run("path="+tc.path+"/content-type="+name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1"+tc.path, strings.NewReader(tc.body))
			if tc.ctype != noHeader {
				r.Header.Set("Content-Type", tc.ctype)
			}
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			assert.Equal(t, tc.status, w.Code, w.Body.String())
			if tc.status == 415 {
				assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
				assert.Equal(t, string(CodeMediaType), errCode(t, w.Body.Bytes()))
				assertNoSecrets(t, "the error answer", w.Body.String())
			}
		})
	}
	assertNoSecrets(t, "the access log", logs.String())
}

// TestMediaTypeRequiredOverHTTP is the reviewer's finding end to end: a POST without a Content-Type
// header on the wire is refused with 415.
func TestMediaTypeRequiredOverHTTP(t *testing.T) {
	s, _ := testServer(t, Config{})
	base, _ := listen(t, s)
	req, err := http.NewRequest(http.MethodPost, base+"/v1/compare", strings.NewReader(bodyApprove))
	require.NoError(t, err)
	require.Empty(t, req.Header.Values("Content-Type"), "net/http adds no Content-Type of its own")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode, "%s", body)
	assert.Equal(t, string(CodeMediaType), errCode(t, body))
}
