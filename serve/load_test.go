package serve

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// childEnv makes the test binary a server for the load test (see TestMain): a separate process, so
// that its RSS is the server's alone.
const childEnv = "CUSTMATCH_SERVE_LOAD_CHILD"

// TestMain runs the load test's server when the test binary is started as one.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(loadChild())
	}
	os.Exit(m.Run())
}

// loadChild serves on a loopback port with the access log formatted as custmatch serve writes it (to
// a discarded stream), prints the address, and stops when stdin closes.
func loadChild() int {
	s, err := New(Config{Logger: slog.New(slog.NewJSONHandler(io.Discard, nil)), MaxInFlight: 256})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if path := os.Getenv("CUSTMATCH_SERVE_CPUPROFILE"); path != "" { // go tool pprof the server of TestLoad
		f, err := os.Create(path)
		if err == nil && pprof.StartCPUProfile(f) == nil {
			defer pprof.StopCPUProfile()
		}
	}
	fmt.Println(ln.Addr())
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	if err := s.Serve(ctx, ln); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// rssKiB reads a process's resident set size from /proc.
func rssKiB(t testing.TB, pid int) int64 {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	require.NoError(t, err)
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			require.NoError(t, err)
			return n
		}
	}
	t.Fatal("no VmRSS")
	return 0
}

// cpuTime reads a process's user+system CPU time from /proc (clock ticks of 10 ms).
func cpuTime(t testing.TB, pid int) time.Duration {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	require.NoError(t, err)
	s := string(data)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+2:]) // after "pid (comm) "
	utime, err := strconv.ParseInt(fields[11], 10, 64)
	require.NoError(t, err)
	stime, err := strconv.ParseInt(fields[12], 10, 64)
	require.NoError(t, err)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// TestLoad drives /v1/compare with 32 concurrent clients over keep-alive connections, against a server
// in its own process on loopback, and requires every answer to be right. By default it sends 2,000
// requests; CUSTMATCH_LOAD=1 sends the full 20,000 (the figures in the README). It reports throughput,
// latency percentiles and the server's RSS before and after. Bounded: at most 60 s.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	total, clients := 2000, 32
	if os.Getenv("CUSTMATCH_LOAD") == "1" {
		total = 20000
	}
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	defer func() {
		stdin.Close()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			assert.NoError(t, err, "the server exits cleanly")
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			t.Error("the server did not stop")
		}
	}()
	addr, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	base := "http://" + strings.TrimSpace(addr)
	require.True(t, strings.HasPrefix(base, "http://127.0.0.1:"), "loopback only: %s", base)

	// A lean client: one keep-alive connection per client goroutine, requests written as prepared bytes and
	// answers read with http.ReadResponse, so that the generator, which shares the 2 cores with the server,
	// costs little CPU next to it (net/http's Client with a JSON decode cost more than the server did).
	host := strings.TrimPrefix(base, "http://")
	bodies := []struct {
		req      []byte
		decision string
	}{{prepared(host, bodyApprove), `"decision":"approve"`}, {prepared(host, bodyDecline), `"decision":"decline"`},
		{prepared(host, bodyReview), `"decision":"review"`}}
	conns := make([]*leanConn, clients)
	for c := range conns {
		conn, err := net.Dial("tcp", host)
		require.NoError(t, err)
		defer conn.Close()
		conns[c] = &leanConn{conn: conn, br: bufio.NewReaderSize(conn, 16<<10)}
	}
	send := func(c, i int) (time.Duration, error) {
		b, lc := bodies[i%len(bodies)], conns[c]
		t0 := time.Now()
		lc.conn.SetDeadline(t0.Add(10 * time.Second))
		if _, err := lc.conn.Write(b.req); err != nil {
			return 0, err
		}
		resp, err := http.ReadResponse(lc.br, nil)
		if err != nil {
			return 0, err
		}
		lc.body = lc.body[:0]
		lc.body, err = appendAll(lc.body, resp.Body)
		resp.Body.Close()
		d := time.Since(t0)
		if err != nil {
			return 0, err
		}
		if resp.StatusCode != 200 {
			return 0, fmt.Errorf("status %d", resp.StatusCode)
		}
		if !bytes.Contains(lc.body, []byte(b.decision)) {
			return 0, fmt.Errorf("answer without %s", b.decision)
		}
		return d, nil
	}
	// Warm up: open the connections, let the server's pools fill.
	for i := 0; i < 500; i++ {
		_, err := send(i%clients, i)
		require.NoError(t, err)
	}
	rssBefore := rssKiB(t, cmd.Process.Pid)
	serverCPU, clientCPU := cpuTime(t, cmd.Process.Pid), cpuTime(t, os.Getpid())

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var next atomic.Int64
	var errs atomic.Int64
	var firstErr sync.Once
	var firstErrV error
	lat := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	start := time.Now()
	// Two halves: the server's RSS after the first and after the second tells growth from warm-up.
	// drive sends the requests numbered from next up to limit with every client and waits for them.
	drive := func(limit int64) {
		for c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					i := next.Add(1) - 1
					if i >= limit {
						return
					}
					d, err := send(c, int(i))
					if err != nil {
						errs.Add(1)
						firstErr.Do(func() { firstErrV = err })
						continue
					}
					lat[c] = append(lat[c], d)
				}
			}()
		}
		wg.Wait()
	}
	drive(int64(total / 2))
	rssHalf := rssKiB(t, cmd.Process.Pid)
	next.Store(int64(total / 2)) // each client drew one index past the half before stopping
	drive(int64(total))
	elapsed := time.Since(start)
	rssAfter := rssKiB(t, cmd.Process.Pid)
	serverCPU, clientCPU = cpuTime(t, cmd.Process.Pid)-serverCPU, cpuTime(t, os.Getpid())-clientCPU
	require.NoError(t, ctx.Err(), "the run took longer than its bound")
	require.Zero(t, errs.Load(), "first error: %v", firstErrV)

	all := slices.Concat(lat...)
	require.Equal(t, total, len(all), "answers")
	slices.Sort(all)
	pct := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
	t.Logf("%d requests, %d clients, keep-alive, loopback: %.0f compares/s, p50 %v, p90 %v, p99 %v, max %v; server RSS %d KiB before, %d KiB after half, %d KiB after all",
		total, clients, float64(total)/elapsed.Seconds(), pct(0.50), pct(0.90), pct(0.99), all[len(all)-1], rssBefore, rssHalf, rssAfter)
	// CPU per request does not depend on how busy the machine is: on 2 cores of its own the server
	// alone could answer about 2 s / (CPU per request) requests per second, less with the client beside it.
	perServer, perClient := serverCPU/time.Duration(total), clientCPU/time.Duration(total)
	t.Logf("CPU per request: server %v, client %v; 2 idle cores: about %.0f/s for the server alone, %.0f/s with this client on the same cores",
		perServer, perClient, 2/perServer.Seconds(), 2/(perServer+perClient).Seconds())
	// RSS flat: the run may not grow the server by more than a few pools' worth.
	assert.Less(t, rssAfter-rssBefore, int64(32<<10), "server RSS grew by %d KiB", rssAfter-rssBefore)
}

// leanConn is one load-test client connection with its read buffer and a reused body buffer.
type leanConn struct {
	conn net.Conn
	br   *bufio.Reader
	body []byte
}

// prepared returns the bytes of a keep-alive POST /v1/compare request carrying body.
func prepared(host, body string) []byte {
	return []byte("POST /v1/compare HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: " +
		strconv.Itoa(len(body)) + "\r\n\r\n" + body)
}

// appendAll appends everything r yields to dst.
func appendAll(dst []byte, r io.Reader) ([]byte, error) {
	for {
		if len(dst) == cap(dst) {
			dst = append(dst, 0)[:len(dst)]
		}
		n, err := r.Read(dst[len(dst):cap(dst)])
		dst = dst[:len(dst)+n]
		if err == io.EOF {
			return dst, nil
		}
		if err != nil {
			return dst, err
		}
	}
}

// discardWriter is a minimal http.ResponseWriter for the benchmarks.
type discardWriter struct {
	h    http.Header
	code int
	n    int
}

func (w *discardWriter) Header() http.Header { return w.h }
func (w *discardWriter) WriteHeader(c int)   { w.code = c }
func (w *discardWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

// BenchmarkCompareHandler measures one /v1/compare request without the network: layer=handler is the
// decoding, the comparison, the message and the answer; layer=server adds the middleware (routing,
// request id, limit, metrics, and the JSON access log written to io.Discard).
func BenchmarkCompareHandler(b *testing.B) {
	for _, layer := range []string{"handler", "server"} {
		for _, c := range []struct{ name, body string }{{"approve", bodyApprove}, {"decline", bodyDecline}, {"review", bodyReview}} {
			b.Run("layer="+layer+"/case="+c.name, func(b *testing.B) {
				s, err := New(Config{Logger: slog.New(slog.NewJSONHandler(io.Discard, nil))})
				require.NoError(b, err)
				body := []byte(c.body)
				rd := bytes.NewReader(body)
				r, err := http.NewRequest(http.MethodPost, "/v1/compare", io.NopCloser(rd))
				require.NoError(b, err)
				r.Header.Set("Content-Type", "application/json")
				r.Host = "127.0.0.1" // a Server without a token answers only a loopback Host
				r.ContentLength = int64(len(body))
				w := &discardWriter{h: http.Header{}}
				st := &reqState{}
				b.ReportAllocs()
				for b.Loop() {
					rd.Reset(body)
					clear(w.h)
					w.code = 0
					if layer == "handler" {
						s.handleCompare(st, w, r)
					} else {
						s.ServeHTTP(w, r)
					}
				}
				if w.code != http.StatusOK {
					b.Fatalf("status %d", w.code)
				}
			})
		}
	}
}
