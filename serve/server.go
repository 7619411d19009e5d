package serve

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/tls"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// ErrGraceExpired is returned by Serve when requests were still running at the end of the grace
// period (Config.ShutdownTimeout) and their connections were closed.
var ErrGraceExpired = errors.New("serve: grace period expired, connections closed")

// The defaults of Config's zero fields.
const (
	DefaultMaxBodyBytes      = 64 << 10
	DefaultMaxLineBytes      = 64 << 10
	DefaultMaxInFlight       = 64
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 10 * time.Second
	DefaultWriteTimeout      = 10 * time.Second
	DefaultIdleTimeout       = 60 * time.Second
	DefaultShutdownTimeout   = 10 * time.Second
	// MinTokenLength is the shortest bearer token New accepts.
	MinTokenLength = 16
)

// Config configures a Server. The zero value is a working, safe default: the default matching policy,
// English messages with neutral wording, no token (so Serve listens on loopback only), the caps and
// timeouts of the Default constants, no access log, and a metrics registry of its own. New copies what
// it needs: a Config may be reused and changed afterwards without affecting the Server.
type Config struct {
	// Matcher decides; nil means match.New(match.Options{}), the default policy.
	Matcher *match.Matcher
	// Lang is the message language when a request names none (no "lang", no Accept-Language);
	// "" means English. Any BCP 47 tag or Accept-Language value (see messages.Negotiate).
	Lang string
	// Messages holds the default ProviderName and ChangeURL of the customer message, which a request's
	// provider_name and change_url override, and the DateStyle of every message.
	Messages messages.Options
	// Token, when set, is the bearer token every request but GET /healthz must present (at least
	// MinTokenLength visible ASCII characters). Without a token Serve refuses to listen on anything but
	// loopback, and the Server answers only requests whose Host names loopback (see Server.ServeHTTP).
	Token string
	// MaxBodyBytes caps a /v1/compare body (413 above it); 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxLineBytes caps one /v1/batch line, its line break included (an error line for it above the cap);
	// 0 means DefaultMaxLineBytes.
	MaxLineBytes int
	// MaxInFlight caps the /v1 requests served at once; one more is refused at once with 503 and
	// Retry-After instead of queueing. 0 means DefaultMaxInFlight.
	MaxInFlight int
	// The http.Server timeouts; 0 means the Default constant. A /v1/batch request extends its read and
	// write deadlines by ReadTimeout and WriteTimeout as its lines go through, so a long stream is cut only
	// when it stalls.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// ShutdownTimeout bounds the grace period of Serve once its context is done; 0 means
	// DefaultShutdownTimeout.
	ShutdownTimeout time.Duration
	// Logger receives the access log (one record per request: request id, method, route, status,
	// latency, decision or error code; never a value of the request nor the token) and server errors.
	// nil means none.
	Logger *slog.Logger
	// Registry receives the server's metrics and is what /metrics exposes; nil means a new registry with
	// the Go runtime and process collectors.
	Registry *prometheus.Registry
}

// Server is the HTTP service. It is safe for concurrent use by multiple goroutines; its configuration
// does not change after New.
type Server struct {
	cfg       Config
	matcher   *match.Matcher
	metrics   *metrics
	metricsH  http.Handler
	routes    map[string]*route
	other     *route
	sem       chan struct{}
	draining  atomic.Bool
	log       *slog.Logger
	logOn     bool
	tokenHash [sha256.Size]byte
	states    sync.Pool // *reqState
	bodies    sync.Pool // *bodyBuf
}

// route is one path of the API.
type route struct {
	name    string // the path, also the metrics and log label
	method  string // POST or GET (GET also admits HEAD)
	auth    bool   // needs the token (when one is configured)
	limited bool   // counts against MaxInFlight
	h       func(*reqState, http.ResponseWriter, *http.Request)
	rm      *routeMetrics
}

//go:embed openapi.json
var openAPITemplate []byte

// New validates cfg and returns a Server.
func New(cfg Config) (*Server, error) {
	if cfg.Token != "" {
		if len(cfg.Token) < MinTokenLength {
			return nil, fmt.Errorf("serve: the token is shorter than %d characters", MinTokenLength)
		}
		for i := 0; i < len(cfg.Token); i++ {
			if c := cfg.Token[i]; c <= ' ' || c > '~' {
				return nil, errors.New("serve: the token holds a character that is not visible ASCII")
			}
		}
	}
	for _, d := range []struct {
		p   *time.Duration
		def time.Duration
	}{{&cfg.ReadHeaderTimeout, DefaultReadHeaderTimeout}, {&cfg.ReadTimeout, DefaultReadTimeout},
		{&cfg.WriteTimeout, DefaultWriteTimeout}, {&cfg.IdleTimeout, DefaultIdleTimeout}, {&cfg.ShutdownTimeout, DefaultShutdownTimeout}} {
		if *d.p < 0 {
			return nil, errors.New("serve: a negative timeout")
		}
		if *d.p == 0 {
			*d.p = d.def
		}
	}
	if cfg.MaxBodyBytes < 0 || cfg.MaxLineBytes < 0 || cfg.MaxInFlight < 0 {
		return nil, errors.New("serve: a negative cap")
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxLineBytes == 0 {
		cfg.MaxLineBytes = DefaultMaxLineBytes
	}
	if cfg.MaxInFlight == 0 {
		cfg.MaxInFlight = DefaultMaxInFlight
	}
	s := &Server{cfg: cfg, matcher: cfg.Matcher, log: cfg.Logger, sem: make(chan struct{}, cfg.MaxInFlight)}
	if s.matcher == nil {
		m, err := match.New(match.Options{})
		if err != nil {
			return nil, err
		}
		s.matcher = m
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.logOn = s.log.Enabled(context.Background(), slog.LevelInfo)
	if cfg.Token != "" {
		s.tokenHash = sha256.Sum256([]byte(cfg.Token))
	}
	reg := cfg.Registry
	if reg == nil {
		reg = defaultRegistry()
	}
	var err error
	if s.metrics, err = newMetrics(reg); err != nil {
		return nil, fmt.Errorf("serve: registering the metrics: %w", err)
	}
	s.metricsH = promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
	s.states.New = func() any { return new(reqState) }
	s.bodies.New = func() any { return &bodyBuf{b: make([]byte, 0, 4096), out: make([]byte, 0, 2048)} }
	s.routes = map[string]*route{}
	for _, rt := range []*route{
		{name: "/v1/compare", method: http.MethodPost, auth: true, limited: true, h: s.handleCompare},
		{name: "/v1/batch", method: http.MethodPost, auth: true, limited: true, h: s.handleBatch},
		{name: "/healthz", method: http.MethodGet, h: s.handleHealth},
		{name: "/readyz", method: http.MethodGet, auth: true, h: s.handleReady},
		{name: "/metrics", method: http.MethodGet, auth: true, h: s.handleMetrics},
		{name: "/openapi.json", method: http.MethodGet, auth: true, h: s.handleOpenAPI},
	} {
		s.addRoute(rt)
	}
	s.other = &route{name: "other", auth: true, h: s.handleNotFound, rm: s.metrics.route("other")}
	return s, nil
}

// addRoute registers rt (also used by tests to add a route that panics).
func (s *Server) addRoute(rt *route) {
	rt.rm = s.metrics.route(rt.name)
	s.routes[rt.name] = rt
}

// reqState is what the middleware and the handler of one request share.
type reqState struct {
	start     time.Time
	requestID string
	decision  string
	code      Code
	lines     int
	lineErrs  int
	sw        statusWriter
}

// statusWriter records the status code a handler sent.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection's deadlines, flushing and full duplex.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// ServeHTTP implements http.Handler: routing, request id, the Host check, the bearer token, the
// concurrency limit, panic recovery, metrics and the access log around every handler.
//
// The Host check guards a Server without a token against DNS rebinding: on every route, a request
// whose Host header is not localhost (in any letter case), an IPv4 address in 127.0.0.0/8 or [::1],
// with or without a port, is refused with 421 Misdirected Request and CodeForeignHost (421, not 403:
// the request names a host this server does not serve; no credential would change that). It applies
// unless a token is configured or the request came in on a TCP address that is not loopback, which
// only a Server mounted in an http.Server of one's own can see (Serve refuses that without a token);
// a request with no local address in its context (a handler called directly) is checked.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rt := s.routes[r.URL.Path]
	if rt == nil {
		rt = s.other
	}
	st := s.states.Get().(*reqState)
	*st = reqState{start: time.Now(), requestID: requestID(r.Header.Get("X-Request-Id"))}
	st.sw.ResponseWriter = w
	sw := &st.sw
	w.Header().Set("X-Request-Id", st.requestID)
	s.metrics.inFlight.Inc()
	defer func() {
		p := recover()
		if p != nil && p != http.ErrAbortHandler {
			// The panic value and stack may hold request data: log neither, only where it happened.
			s.log.LogAttrs(r.Context(), slog.LevelError, "handler panic", slog.String("request_id", st.requestID),
				slog.String("route", rt.name), slog.String("panic_type", fmt.Sprintf("%T", p)))
			if sw.status == 0 {
				s.fail(st, sw, reqErr(CodeInternal, "", "internal error"))
			} else {
				st.code = CodeInternal
			}
		}
		s.metrics.inFlight.Dec()
		s.finish(st, rt, r)
		if p == http.ErrAbortHandler {
			panic(p)
		}
	}()
	s.dispatch(st, rt, sw, r)
}

// dispatch runs the checks in front of the handler and the handler.
func (s *Server) dispatch(st *reqState, rt *route, w http.ResponseWriter, r *http.Request) {
	if !s.hostAllowed(r) {
		s.fail(st, w, reqErr(CodeForeignHost, "", "without a token the server answers only Host localhost, 127.0.0.0/8 or [::1]"))
		return
	}
	if rt.auth && s.cfg.Token != "" {
		if ok, given := s.authorized(r); !ok {
			v := `Bearer realm="custmatch"`
			if given {
				v += `, error="invalid_token"`
			}
			w.Header().Set("WWW-Authenticate", v)
			s.fail(st, w, reqErr(CodeUnauthorized, "", "a valid bearer token is required"))
			return
		}
	}
	if rt.method != "" && r.Method != rt.method && !(rt.method == http.MethodGet && r.Method == http.MethodHead) {
		w.Header().Set("Allow", rt.method)
		s.fail(st, w, reqErr(CodeMethod, "", "use "+rt.method))
		return
	}
	if rt.limited {
		select {
		case s.sem <- struct{}{}:
			defer func() { <-s.sem }()
		default:
			w.Header().Set("Retry-After", "1")
			s.fail(st, w, reqErr(CodeSaturated, "", "too many requests in flight; retry later"))
			return
		}
	}
	rt.h(st, w, r)
}

// hostAllowed reports whether r passes the Host check of ServeHTTP. Without a token a server is
// guarded by the loopback interface alone, which a web page the operator visits reaches under a name
// of its own by DNS rebinding (the name is pointed at 127.0.0.1, and the browser, seeing one origin,
// lets the page read the answers); such a request still carries the page's name in its Host.
func (s *Server) hostAllowed(r *http.Request) bool {
	if s.cfg.Token != "" {
		return true
	}
	if a, ok := r.Context().Value(http.LocalAddrContextKey).(*net.TCPAddr); ok && !a.IP.IsLoopback() {
		return true
	}
	return loopbackHost(r.Host)
}

// loopbackHost reports whether host, a Host header, names the loopback interface: localhost (in any
// letter case), an IPv4 address in 127.0.0.0/8 in dotted-decimal form, or [::1] (in any IPv6 spelling),
// each with or without a port. Nothing else passes: no other name (a DNS name can be pointed anywhere,
// sub.localhost included), no empty Host, no IPv4-mapped address, no IPv6 zone.
func loopbackHost(host string) bool {
	name, port := host, ""
	if rest, ok := strings.CutPrefix(host, "["); ok {
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return false
		}
		name, port = rest[:end], rest[end+1:]
		if port != "" {
			if port, ok = strings.CutPrefix(port, ":"); !ok {
				return false
			}
		}
		ip, err := netip.ParseAddr(name)
		return err == nil && ip.Is6() && !ip.Is4In6() && ip.Zone() == "" && ip.IsLoopback() && isPort(port)
	}
	if i := strings.IndexByte(host, ':'); i >= 0 {
		name, port = host[:i], host[i+1:]
	}
	if !isPort(port) {
		return false
	}
	if strings.EqualFold(name, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(name)
	return err == nil && ip.Is4() && ip.IsLoopback()
}

// isPort reports whether p is empty or up to five decimal digits.
func isPort(p string) bool {
	if len(p) > 5 {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
	}
	return true
}

// authorized compares the bearer token in constant time (over SHA-256 digests, so that the length is
// not revealed either). given reports whether a bearer token was presented at all.
func (s *Server) authorized(r *http.Request) (ok, given bool) {
	const prefix = "Bearer "
	h := r.Header.Get("Authorization")
	if len(h) <= len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false, false
	}
	sum := sha256.Sum256([]byte(h[len(prefix):]))
	return subtle.ConstantTimeCompare(sum[:], s.tokenHash[:]) == 1, true
}

// finish records the request in the metrics and the access log and returns st to the pool.
func (s *Server) finish(st *reqState, rt *route, r *http.Request) {
	status := st.sw.status
	if status == 0 {
		status = http.StatusOK
	}
	elapsed := time.Since(st.start)
	rt.rm.observe(status, elapsed.Seconds())
	if s.logOn {
		attrs := make([]slog.Attr, 0, 9)
		attrs = append(attrs, slog.String("request_id", st.requestID), slog.String("method", logMethod(r.Method)),
			slog.String("route", rt.name), slog.Int("status", status),
			slog.Float64("latency_ms", float64(elapsed.Microseconds())/1000))
		if st.decision != "" {
			attrs = append(attrs, slog.String("decision", st.decision))
		}
		if st.code != "" {
			attrs = append(attrs, slog.String("error", string(st.code)))
		}
		if rt.name == "/v1/batch" {
			attrs = append(attrs, slog.Int("lines", st.lines), slog.Int("line_errors", st.lineErrs))
		}
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request", attrs...)
	}
	st.sw.ResponseWriter = nil
	s.states.Put(st)
}

// logMethod returns m when it is a standard method, else "other" (a method is any token the client
// chooses).
func logMethod(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace:
		return m
	}
	return "other"
}

// requestID returns the client's X-Request-Id when it is 1 to 64 characters of [A-Za-z0-9._:-], else a
// new random one (16 hex digits).
func requestID(h string) string {
	if len(h) > 0 && len(h) <= 64 {
		ok := true
		for i := 0; i < len(h) && ok; i++ {
			c := h[i]
			ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-'
		}
		if ok {
			return h
		}
	}
	var b [16]byte
	const hex = "0123456789abcdef"
	n := rand.Uint64()
	for i := range b {
		b[i] = hex[n>>(60-4*i)&0xf]
	}
	return string(b[:])
}

// fail answers the request with e.
func (s *Server) fail(st *reqState, w http.ResponseWriter, e *Error) {
	st.code = e.Code
	s.metrics.errors.WithLabelValues(string(e.Code)).Inc()
	buf := append(make([]byte, 0, 160), `{"error":`...)
	buf = appendErrorObject(buf, e)
	writeJSON(w, e.Code.Status(), append(buf, "}\n"...))
}

// writeJSON writes a complete JSON answer. Answers may hold the customer message: no caching.
func writeJSON(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(body)
}

// checkMediaType accepts a request whose Content-Type is one of want, compared without regard to
// letter case, with or without charset=utf-8 (another charset is refused). Every other request is
// refused with CodeMediaType, one without a Content-Type too: a browser sends a cross-site POST
// without a CORS preflight only with a CORS-safelisted type (text/plain, a form) or with none at all
// (fetch with an untyped Blob body), and the service never grants a preflight, so requiring a JSON
// type keeps a web page the operator visits from driving a token-less server.
func checkMediaType(r *http.Request, want ...string) *Error {
	ct := r.Header.Get("Content-Type")
	mt, params, _ := strings.Cut(ct, ";")
	mt = strings.TrimSpace(mt)
	for _, p := range strings.Split(params, ";") {
		if k, v, _ := strings.Cut(strings.TrimSpace(p), "="); strings.EqualFold(k, "charset") &&
			!strings.EqualFold(strings.Trim(v, `"`), "utf-8") {
			return reqErr(CodeMediaType, "", "the body must be UTF-8")
		}
	}
	for _, w := range want {
		if strings.EqualFold(mt, w) {
			return nil
		}
	}
	return reqErr(CodeMediaType, "", "want Content-Type "+strings.Join(want, " or "))
}

// bodyBuf is a pooled buffer for a request body and its answer.
type bodyBuf struct{ b, out []byte }

// readBody reads the whole body, at most MaxBodyBytes.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) (*bodyBuf, *Error) {
	max := s.cfg.MaxBodyBytes
	if r.ContentLength > max {
		return nil, reqErr(CodeBodyTooLarge, "", errorf("the body is over %d bytes", max))
	}
	bb := s.bodies.Get().(*bodyBuf)
	b := bb.b[:0]
	rd := http.MaxBytesReader(w, r.Body, max)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := rd.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			bb.b = b
			s.putBody(bb)
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return nil, reqErr(CodeBodyTooLarge, "", errorf("the body is over %d bytes", max))
			}
			return nil, reqErr(CodeBodyRead, "", "the body could not be read to its end")
		}
	}
	bb.b = b
	return bb, nil
}

// putBody returns a buffer to the pool unless it grew beyond the usual size.
func (s *Server) putBody(bb *bodyBuf) {
	if bb == nil || cap(bb.b) > 2*DefaultMaxBodyBytes || cap(bb.out) > 2*DefaultMaxBodyBytes {
		return
	}
	bb.b, bb.out = bb.b[:0], bb.out[:0]
	s.bodies.Put(bb)
}

func (s *Server) handleHealth(st *reqState, w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, []byte(`{"status":"ok"}`+"\n"))
}

func (s *Server) handleReady(st *reqState, w http.ResponseWriter, r *http.Request) {
	if s.draining.Load() {
		s.fail(st, w, reqErr(CodeShuttingDown, "", "the server is shutting down"))
		return
	}
	writeJSON(w, http.StatusOK, []byte(`{"status":"ready"}`+"\n"))
}

func (s *Server) handleMetrics(st *reqState, w http.ResponseWriter, r *http.Request) {
	s.metricsH.ServeHTTP(w, r)
}

func (s *Server) handleOpenAPI(st *reqState, w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, OpenAPI())
}

func (s *Server) handleNotFound(st *reqState, w http.ResponseWriter, r *http.Request) {
	s.fail(st, w, reqErr(CodeNotFound, "", "no such route"))
}

// IsLoopback reports whether addr is a TCP address on the loopback interface (127.0.0.0/8 or ::1).
// An unspecified address (0.0.0.0, ::) listens on every interface and is not loopback.
func IsLoopback(addr net.Addr) bool {
	a, ok := addr.(*net.TCPAddr)
	return ok && a.IP.IsLoopback()
}

// Serve serves HTTP on ln until ctx is done, then shuts down gracefully: it stops accepting, /readyz
// answers 503, and requests in flight get up to Config.ShutdownTimeout to finish. It returns nil after a
// clean shutdown, ErrGraceExpired when requests had to be cut off, ErrInsecureListen (closing ln) when
// ln is not on loopback and no token is configured, or the error that stopped the server. ln is closed
// when Serve returns. Without a token only requests for a loopback Host are answered (see ServeHTTP).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	return s.serve(ctx, ln, "", "")
}

// ServeTLS is Serve over TLS (1.2 or later) with the certificate and key in the given PEM files.
func (s *Server) ServeTLS(ctx context.Context, ln net.Listener, certFile, keyFile string) error {
	return s.serve(ctx, ln, certFile, keyFile)
}

func (s *Server) serve(ctx context.Context, ln net.Listener, certFile, keyFile string) error {
	if s.cfg.Token == "" && !IsLoopback(ln.Addr()) {
		ln.Close()
		return fmt.Errorf("%w (%s): give a token or listen on 127.0.0.1", ErrInsecureListen, ln.Addr())
	}
	hs := s.httpServer()
	if certFile != "" || keyFile != "" {
		hs.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	errc := make(chan error, 1)
	go func() {
		if certFile != "" || keyFile != "" {
			errc <- hs.ServeTLS(ln, certFile, keyFile)
		} else {
			errc <- hs.Serve(ln)
		}
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.draining.Store(true)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	<-errc
	if err != nil {
		hs.Close()
		return ErrGraceExpired
	}
	return nil
}

// httpServer returns the http.Server with the configured timeouts.
func (s *Server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}
