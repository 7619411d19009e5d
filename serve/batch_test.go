package serve

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outLine is what the tests read back from one batch output line.
type outLine struct {
	ID       any            `json:"id"`
	Line     int            `json:"line"`
	Decision string         `json:"decision"`
	Action   string         `json:"action"`
	Error    map[string]any `json:"error"`
}

// batchOut decodes a batch answer, one object per line, and checks that every line is JSON.
func batchOut(t testing.TB, body string) []outLine {
	t.Helper()
	var out []outLine
	for _, l := range strings.SplitAfter(body, "\n") {
		if l == "" {
			continue
		}
		require.True(t, strings.HasSuffix(l, "\n"), "every output line ends with a line break: %q", l)
		var o outLine
		require.NoError(t, json.Unmarshal([]byte(l), &o), "%s", l)
		out = append(out, o)
	}
	return out
}

// want is one expected output line: id, line number, and a decision or an error code.
type want struct {
	id   any
	line int
	what string
}

func (o outLine) what() string {
	if o.Error != nil {
		return "error:" + o.Error["code"].(string)
	}
	return o.Decision + "/" + o.Action
}

const (
	lineApprove = `{"id":"a","merchant":{"first_name":"Max","last_name":"Mustermann"},"provider":{"first_name":"MAX","last_name":"Mustermann"}}`
	lineDecline = `{"id":7,"merchant":{"first_name":"Maximillian","last_name":"Mustermann"},"provider":{"first_name":"Max","last_name":"Mustermann"}}`
	lineReview  = `{"id":"r","merchant":{"last_name":"Mustermann"},"provider":{"first_name":"Max","last_name":"Mustermann"}}`
)

func TestBatch(t *testing.T) {
	s, logs := testServer(t, Config{MaxLineBytes: 512})
	for _, tc := range []struct {
		name, in string
		want     []want
	}{
		{"in order", lineApprove + "\n" + lineDecline + "\n" + lineReview + "\n",
			[]want{{"a", 1, "approve/capture"}, {7.0, 2, "decline/cancel"}, {"r", 3, "review/hold"}}},
		{"no final line break", lineApprove + "\n" + lineDecline,
			[]want{{"a", 1, "approve/capture"}, {7.0, 2, "decline/cancel"}}},
		{"crlf", lineApprove + "\r\n" + lineDecline + "\r\n",
			[]want{{"a", 1, "approve/capture"}, {7.0, 2, "decline/cancel"}}},
		{"blank lines give no output but count", "\n" + lineApprove + "\n  \t\n\r\n" + lineDecline + "\n\n",
			[]want{{"a", 2, "approve/capture"}, {7.0, 5, "decline/cancel"}}},
		{"empty body", "", nil},
		{"syntax error keeps the id read before it", `{"id":"x1","merchant":{"first_name":"Zyxwvut",}` + "\n" + lineApprove,
			[]want{{"x1", 1, "error:invalid-json"}, {"a", 2, "approve/capture"}}},
		{"syntax error before the id", `{"merchant":{"first_name":"Zyxwvut",},"id":"x1"}` + "\n" + lineApprove,
			[]want{{nil, 1, "error:invalid-json"}, {"a", 2, "approve/capture"}}},
		{"not json", "Zyxwvut Mustermann 1988-07-23\n" + lineApprove,
			[]want{{nil, 1, "error:invalid-json"}, {"a", 2, "approve/capture"}}},
		{"unknown key", `{"id":"u","merchant":{"first_name":"Zyxwvut","nickname":"Z"},"provider":{}}` + "\n",
			[]want{{"u", 1, "error:unknown-field"}}},
		{"invalid utf-8 after the id", "{\"id\":\"v\",\"merchant\":{\"first_name\":\"Zyxwvut\xe9\"},\"provider\":{}}\n" + lineApprove,
			[]want{{"v", 1, "error:invalid-utf8"}, {"a", 2, "approve/capture"}}},
		{"invalid utf-8 inside the id", "{\"id\":\"v\xe9\",\"merchant\":{},\"provider\":{}}\n",
			[]want{{nil, 1, "error:invalid-utf8"}}},
		{"lone surrogate", `{"id":"s","merchant":{"first_name":"Zyxwvut\ud800"},"provider":{}}` + "\n",
			[]want{{"s", 1, "error:lone-surrogate"}}},
		{"replacement character", `{"id":"f","merchant":{"first_name":"Zyxwvut\ufffd"},"provider":{}}` + "\n",
			[]want{{"f", 1, "error:replacement-character"}}},
		{"id of the wrong type", `{"id":{"name":"Zyxwvut"},"merchant":{},"provider":{}}` + "\n" + lineApprove,
			[]want{{nil, 1, "error:invalid-id"}, {"a", 2, "approve/capture"}}},
		{"id too long", `{"id":"` + strings.Repeat("i", 129) + `","merchant":{},"provider":{}}` + "\n",
			[]want{{nil, 1, "error:invalid-id"}}},
		{"no id", `{"merchant":{"first_name":"Max","last_name":"Lee"},"provider":{"first_name":"Max","last_name":"Lee"}}` + "\n",
			[]want{{nil, 1, "approve/capture"}}},
		{"duplicate id", `{"id":"d","id":"e","merchant":{},"provider":{}}` + "\n", []want{{"d", 1, "error:duplicate-key"}}},
		{"nested values do not count as keys", `{"id":"n","merchant_sync":{"status":0,"first_name":"Max","last_name":"Lee","x":{"merchant":1,"merchant":2}},"provider":{"first_name":"Max","last_name":"Lee"}}` + "\n",
			[]want{{"n", 1, "approve/capture"}}},
		{"missing side", `{"id":"m","merchant":{}}` + "\n", []want{{"m", 1, "error:missing-record"}}},
		{"line over the cap is skipped, not buffered", lineApprove + "\n" + `{"id":"big","merchant":{"first_name":"` + strings.Repeat("Zyxwvut", 200) + `"}}` + "\n" + lineDecline + "\n",
			[]want{{"a", 1, "approve/capture"}, {nil, 2, "error:line-too-long"}, {7.0, 3, "decline/cancel"}}},
		{"last line over the cap", lineApprove + "\n" + strings.Repeat("Zyxwvut", 200),
			[]want{{"a", 1, "approve/capture"}, {nil, 2, "error:line-too-long"}}},
		{"a customer sync document", `{"id":"p","merchant_sync":{"status":0,"first_name":"Max","last_name":"Lee"},"provider":{"first_name":"Max","last_name":"Lee"}}` + "\n",
			[]want{{"p", 1, "approve/capture"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := do(s, http.MethodPost, "/v1/batch", tc.in, "Content-Type", "application/x-ndjson")
			require.Equal(t, http.StatusOK, w.Code)
			assert.Equal(t, "application/x-ndjson; charset=utf-8", w.Header().Get("Content-Type"))
			out := batchOut(t, w.Body.String())
			require.Len(t, out, len(tc.want), w.Body.String())
			for i, o := range out {
				assert.Equal(t, tc.want[i].id, o.ID, "id of output %d", i)
				assert.Equal(t, tc.want[i].line, o.Line, "line of output %d", i)
				assert.Equal(t, tc.want[i].what, o.what(), "output %d", i)
			}
			for _, l := range strings.Split(strings.TrimSpace(w.Body.String()), "\n") {
				if l == "" {
					continue
				}
				m := decodeBody(t, []byte(l))
				delete(m, "message") // the customer's text shows the values, by design
				rest, _ := json.Marshal(m)
				assertNoSecrets(t, "the batch answer", string(rest))
			}
		})
	}
	assertNoSecrets(t, "the access log", logs.String())
}

// TestBatchMessages: a line's lang, else the request's Accept-Language.
func TestBatchMessages(t *testing.T) {
	s, _ := testServer(t, Config{})
	in := strings.Replace(lineDecline, `{"id":7,`, `{"id":7,"lang":"fr",`, 1) + "\n" + lineDecline + "\n"
	w := do(s, http.MethodPost, "/v1/batch", in, "Content-Type", "application/x-ndjson", "Accept-Language", "de")
	var langs []string
	for _, l := range strings.Split(strings.TrimSpace(w.Body.String()), "\n") {
		m := decodeBody(t, []byte(l))
		langs = append(langs, m["lang"].(string))
		assert.NotEmpty(t, m["message"])
	}
	assert.Equal(t, []string{"fr", "de"}, langs)
}

// TestBatchStreams: each answer comes back before the next line is sent, over one request, so memory
// does not grow with the number of lines and a client sees progress.
func TestBatchStreams(t *testing.T) {
	s, _ := testServer(t, Config{})
	base, _ := listen(t, s)
	pr, pw := io.Pipe()
	req, err := http.NewRequest(http.MethodPost, base+"/v1/batch", pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-ndjson")
	respc := make(chan *http.Response, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			close(respc)
			return
		}
		respc <- resp
	}()
	resp := <-respc
	require.NotNil(t, resp)
	defer resp.Body.Close()
	rd := bufio.NewReader(resp.Body)
	for i := 1; i <= 50; i++ {
		_, err := fmt.Fprintf(pw, `{"id":%d,"merchant":{"first_name":"Max","last_name":"Lee"},"provider":{"first_name":"Max","last_name":"Lee"}}`+"\n", i)
		require.NoError(t, err)
		l, err := rd.ReadString('\n') // blocks until this very line is answered
		require.NoError(t, err)
		var o outLine
		require.NoError(t, json.Unmarshal([]byte(l), &o))
		assert.Equal(t, float64(i), o.ID)
		assert.Equal(t, i, o.Line)
	}
	pw.Close()
	rest, err := io.ReadAll(rd)
	require.NoError(t, err)
	assert.Empty(t, rest)
}

// TestBatchBodyCut: a body that ends inside its chunked encoding keeps the lines answered so far and
// ends with a body-read error line.
func TestBatchBodyCut(t *testing.T) {
	s, _ := testServer(t, Config{})
	base, _ := listen(t, s)
	c, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	require.NoError(t, err)
	defer c.Close()
	chunk := lineApprove + "\n" + lineDecline + "\n"
	fmt.Fprintf(c, "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n", len(chunk), chunk)
	fmt.Fprintf(c, "%x\r\n%s", 100, `{"id":"cut","merchant":`) // a chunk that never ends
	c.(*net.TCPConn).CloseWrite()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	out := batchOut(t, string(body))
	require.Len(t, out, 3, string(body))
	assert.Equal(t, "approve/capture", out[0].what())
	assert.Equal(t, "decline/cancel", out[1].what())
	assert.Equal(t, "error:body-read", out[2].what())
	assert.Nil(t, out[2].ID)
	assert.Equal(t, 3, out[2].Line)
}

// TestBatchSlowStream: a stream longer than ReadTimeout is served as long as lines keep coming; a pause
// longer than ReadTimeout ends it.
func TestBatchSlowStream(t *testing.T) {
	s, _ := testServer(t, Config{ReadTimeout: 300 * time.Millisecond})
	base, _ := listen(t, s)
	pr, pw := io.Pipe()
	req, err := http.NewRequest(http.MethodPost, base+"/v1/batch", pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-ndjson")
	go func() {
		for i := 0; i < 8; i++ { // 8 × 100 ms: well over the read timeout in all
			fmt.Fprintln(pw, lineApprove)
			time.Sleep(100 * time.Millisecond)
		}
		time.Sleep(time.Second) // a stall
		fmt.Fprintln(pw, lineApprove)
		pw.Close()
	}()
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	out := batchOut(t, string(body))
	require.Len(t, out, 9, string(body))
	for _, o := range out[:8] {
		assert.Equal(t, "approve/capture", o.what())
	}
	assert.Equal(t, "error:body-read", out[8].what())
}

// TestBatchWriteTimeout: a client that sends a batch but never reads the answer is cut off once the
// server's writes stall for WriteTimeout; the slot is freed.
func TestBatchWriteTimeout(t *testing.T) {
	s, logs := testServer(t, Config{WriteTimeout: 300 * time.Millisecond, MaxInFlight: 1})
	base, _ := listen(t, s)
	c, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	require.NoError(t, err)
	defer c.Close()
	go func() { // writes until the server gives up; never reads
		fmt.Fprintf(c, "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
		line := lineDecline + "\n"
		for i := 0; i < 200_000; i++ {
			if _, err := fmt.Fprintf(c, "%x\r\n%s\r\n", len(line), line); err != nil {
				return
			}
		}
	}()
	require.Eventually(t, func() bool { return strings.Contains(logs.String(), `"route":"/v1/batch"`) }, 20*time.Second, 20*time.Millisecond,
		"the batch handler returned")
	resp, err := http.Post(base+"/v1/compare", "application/json", strings.NewReader(bodyApprove))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the slot is free again")
}

// TestBatchKeyPath: a batch line's unknown or duplicate key is named by its path, as in /v1/compare.
func TestBatchKeyPath(t *testing.T) {
	s, _ := testServer(t, Config{})
	in := `{"id":"u","merchant":{"first_name":"Zyxwvut","bogus":"Zyxwvut"},"provider":{}}` + "\n" +
		`{"id":"d","merchant":{},"provider":{"last_name":"Zyxwvut","last_name":"Max"}}` + "\n" +
		`{"id":"t","merchant":{},"provider":{},"bogus":1}` + "\n"
	w := do(s, http.MethodPost, "/v1/batch", in, "Content-Type", "application/x-ndjson")
	require.Equal(t, http.StatusOK, w.Code)
	var fields []string
	for _, l := range strings.Split(strings.TrimSpace(w.Body.String()), "\n") {
		var o struct{ Error struct{ Code, Field string } }
		require.NoError(t, json.Unmarshal([]byte(l), &o), l)
		fields = append(fields, o.Error.Code+" "+o.Error.Field)
	}
	assert.Equal(t, []string{"unknown-field merchant.bogus", "duplicate-key provider.last_name", "unknown-field bogus"}, fields)
	assertNoSecrets(t, "the batch answer", w.Body.String())
}
