package serve

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests of the guards against a web page the operator visits: it may send requests to a token-less
// server on loopback (a cross-site POST without a CORS preflight) and, by DNS rebinding, read answers.

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

// foreignHosts are Host headers that do not name the loopback interface: a DNS-rebinding page's own
// name, names that only look like loopback, other addresses, and malformed ones.
var foreignHosts = []string{
	"attacker.example", "attacker.example:8080", "ATTACKER.EXAMPLE", "localhost.attacker.example",
	"localhost.attacker.example:8080", "127.0.0.1.nip.io", "127.0.0.1.attacker.example:8080",
	"localhost.", "sub.localhost", "10.0.0.5", "10.0.0.5:8080", "0.0.0.0", "0.0.0.0:8080", "128.0.0.1",
	"[::2]", "[::]:8080", "[::ffff:7f00:1]", "::1", "[::1", "[::1]8080", "[::1]:http", "[127.0.0.1]",
	"[fe80::1%25lo]", "localhost:http", "localhost:123456", "127.1", "0x7f.0.0.1", "2130706433", "", " ",
	"localhost@attacker.example", "127.0.0.1:80:80",
}

// loopbackHosts are Host headers a token-less server answers.
var loopbackHosts = []string{
	"localhost", "localhost:8080", "LocalHost:8080", "127.0.0.1", "127.0.0.1:8080", "127.0.0.1:",
	"127.8.9.10:1", "[::1]", "[::1]:8080", "[0:0:0:0:0:0:0:1]:8080",
}

// TestForeignHostRefused: without a token, a request whose Host is not a loopback name or address is
// refused with 421 and the foreign-host code on every route, before the handler runs; a loopback Host
// is served.
func TestForeignHostRefused(t *testing.T) {
	s, logs := testServer(t, Config{})
	routes := []struct{ method, path, body string }{
		{"GET", "/metrics", ""}, {"POST", "/v1/compare", bodyDecline}, {"POST", "/v1/batch", lineDecline},
		{"GET", "/healthz", ""}, {"GET", "/readyz", ""}, {"GET", "/openapi.json", ""}, {"GET", "/nowhere", ""},
	}
	for _, host := range foreignHosts {
		for _, rt := range routes {
			t.Run("host="+host+"/route="+rt.method+" "+rt.path, func(t *testing.T) {
				w := do(s, rt.method, rt.path, rt.body, "Host", host)
				assert.Equal(t, http.StatusMisdirectedRequest, w.Code, w.Body.String())
				assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
				assert.Equal(t, string(CodeForeignHost), errCode(t, w.Body.Bytes()))
				assert.NotContains(t, w.Body.String(), "decision")
				assertNoSecrets(t, "the error answer", w.Body.String())
			})
		}
	}
	for _, host := range loopbackHosts {
		t.Run("host="+host, func(t *testing.T) {
			w := do(s, http.MethodGet, "/metrics", "", "Host", host)
			assert.Equal(t, http.StatusOK, w.Code, w.Body.String())
			w = do(s, http.MethodPost, "/v1/compare", bodyApprove, "Host", host)
			assert.Equal(t, http.StatusOK, w.Code, w.Body.String())
		})
	}
	assert.Contains(t, logs.String(), `"error":"foreign-host"`)
	assertNoSecrets(t, "the access log", logs.String())
}

// TestForeignHostWithToken: with a token the Host is not checked (as before): a foreign Host with the
// token is served, without it gets 401 as any request without the token.
func TestForeignHostWithToken(t *testing.T) {
	s, _ := testServer(t, Config{Token: testToken})
	auth := "Bearer " + testToken
	for _, host := range []string{"attacker.example", "attacker.example:8080", "10.0.0.5:8080", "custmatch.internal", ""} {
		t.Run("host="+host, func(t *testing.T) {
			w := do(s, http.MethodGet, "/metrics", "", "Host", host, "Authorization", auth)
			assert.Equal(t, http.StatusOK, w.Code, w.Body.String())
			w = do(s, http.MethodPost, "/v1/compare", bodyApprove, "Host", host, "Authorization", auth)
			assert.Equal(t, http.StatusOK, w.Code, w.Body.String())
			w = do(s, http.MethodGet, "/healthz", "", "Host", host)
			assert.Equal(t, http.StatusOK, w.Code, w.Body.String())
			w = do(s, http.MethodGet, "/metrics", "", "Host", host)
			assert.Equal(t, http.StatusUnauthorized, w.Code, w.Body.String())
		})
	}
}

// TestForeignHostNonLoopbackConnection: a token-less Server mounted in an http.Server of one's own
// beyond loopback (which Serve refuses) keeps the old behaviour for requests that came in on a
// non-loopback address; a request on a loopback address of the same server, on another kind of
// address or on none (a handler called directly) is checked.
func TestForeignHostNonLoopbackConnection(t *testing.T) {
	s, _ := testServer(t, Config{})
	for _, tc := range []struct {
		name   string
		local  net.Addr
		status int
	}{
		{"10.0.0.5", &net.TCPAddr{IP: net.ParseIP("10.0.0.5"), Port: 8080}, http.StatusOK},
		{"2001:db8::5", &net.TCPAddr{IP: net.ParseIP("2001:db8::5"), Port: 8080}, http.StatusOK},
		{"127.0.0.1", &net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 8080}, http.StatusMisdirectedRequest},
		{"::1", &net.TCPAddr{IP: net.ParseIP("::1"), Port: 8080}, http.StatusMisdirectedRequest},
		{"::ffff:127.0.0.1", &net.TCPAddr{IP: net.ParseIP("::ffff:127.0.0.1"), Port: 8080}, http.StatusMisdirectedRequest},
		{"unix socket", &net.UnixAddr{Name: "/run/custmatch.sock", Net: "unix"}, http.StatusMisdirectedRequest},
		{"none", nil, http.StatusMisdirectedRequest},
	} {
		t.Run("local="+tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "http://attacker.example/metrics", nil)
			if tc.local != nil {
				r = r.WithContext(context.WithValue(r.Context(), http.LocalAddrContextKey, tc.local))
			}
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			assert.Equal(t, tc.status, w.Code, w.Body.String())
		})
	}
}

// TestForeignHostOverHTTP: the DNS-rebinding request end to end. A token-less server on 127.0.0.1 (and
// on [::1] where the machine has it) refuses a request naming another host and answers one naming
// itself, under its address or as localhost.
func TestForeignHostOverHTTP(t *testing.T) {
	for _, network := range []string{"127.0.0.1:0", "[::1]:0"} {
		t.Run("listen="+network, func(t *testing.T) {
			ln, err := net.Listen("tcp", network)
			if err != nil {
				t.Skipf("no %s here: %v", network, err)
			}
			s, _ := testServer(t, Config{})
			ctx, cancel := context.WithCancel(context.Background())
			errc := make(chan error, 1)
			go func() { errc <- s.Serve(ctx, ln) }()
			t.Cleanup(func() { cancel(); <-errc })
			addr := ln.Addr().String()
			_, port, _ := net.SplitHostPort(addr)
			for _, tc := range []struct {
				host   string
				status int
			}{
				{"attacker.example:" + port, http.StatusMisdirectedRequest},
				{"attacker.example", http.StatusMisdirectedRequest},
				{addr, http.StatusOK},
				{"localhost:" + port, http.StatusOK},
				{"localhost", http.StatusOK},
			} {
				for _, path := range []string{"/metrics", "/v1/compare"} {
					t.Run("host="+tc.host+"/path="+path, func(t *testing.T) {
						method, body := http.MethodGet, ""
						if path == "/v1/compare" {
							method, body = http.MethodPost, bodyApprove
						}
						req, err := http.NewRequest(method, "http://"+addr+path, strings.NewReader(body))
						require.NoError(t, err)
						req.Host = tc.host
						if body != "" {
							req.Header.Set("Content-Type", "application/json")
						}
						resp, err := http.DefaultClient.Do(req)
						require.NoError(t, err)
						defer resp.Body.Close()
						b, _ := io.ReadAll(resp.Body)
						assert.Equal(t, tc.status, resp.StatusCode, "%s", b)
						if tc.status != http.StatusOK {
							assert.Equal(t, string(CodeForeignHost), errCode(t, b))
							assert.NotContains(t, string(b), "go_memstats")
						}
					})
				}
			}
		})
	}
}
