package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/custmatch/custmatch/serve"
)

const serveHead = `Usage: custmatch serve [flags]

Serves the comparison over HTTP for backends that cannot import Go (see the README and /openapi.json):
  POST /v1/compare   {"merchant":{first_name,last_name,dob,email},"provider":{…},"lang":"de",
                     "provider_name":"paysafecard","change_url":"…"} → verdict, "action" (capture,
                     cancel, hold) and, for a decline or review, the customer "message"; a side may be a
                     Customer Sync response ("merchant_sync") or a payment/capture response
                     ("provider_payment") instead
  POST /v1/batch     JSON Lines in ({"id":…,"merchant":…,"provider":…} per line), JSON Lines out, in order
  GET  /healthz      liveness (no token needed)     GET /readyz     readiness (503 while shutting down)
  GET  /metrics      Prometheus metrics             GET /openapi.json   the OpenAPI 3.1 document

Without a token it listens on loopback only and answers only Host localhost, 127.0.0.0/8 or [::1]
(421 otherwise). With --token-file FILE or CUSTMATCH_TOKEN (at least 16 visible ASCII characters)
every request but /healthz needs "Authorization: Bearer TOKEN". The policy
flags are batch's (--transliterate included); --lang, --provider-name and --change-url are the defaults
of requests that give none (a --lang without a catalog is logged as a warning; a request's lang or
Accept-Language falls back to English silently); --date-style applies to every message.
The access log (JSON, one line per request: id, route, status, latency, decision; never a name, date,
email or the token) goes to stderr. SIGTERM or SIGINT stops accepting and lets requests in flight finish
within --shutdown-timeout.

Exit codes: 0 stopped by a signal after a clean shutdown; 1 the server failed, or requests were cut off
at the end of the grace period; 2 usage error (also: a non-loopback --addr without a token).

Flags:
`

// runServe implements "custmatch serve".
func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	const name = "custmatch serve"
	var (
		policy                    policyFlags
		msg                       messageFlags
		addr, tokenFile           string
		tlsCert, tlsKey           string
		cfg                       serve.Config
		maxBody, maxLine          int
		shutdown                  time.Duration
		readTimeout, writeTimeout time.Duration
	)
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT` (beyond loopback only with a token)")
	fs.StringVar(&tokenFile, "token-file", "", "read the bearer token from `FILE` (else CUSTMATCH_TOKEN)")
	fs.StringVar(&tlsCert, "tls-cert", "", "serve TLS with this certificate `FILE` (PEM; needs --tls-key)")
	fs.StringVar(&tlsKey, "tls-key", "", "the TLS private key `FILE` (PEM)")
	fs.IntVar(&cfg.MaxInFlight, "max-in-flight", serve.DefaultMaxInFlight, "/v1 requests served at once; one more gets 503 with Retry-After")
	fs.IntVar(&maxBody, "max-body", serve.DefaultMaxBodyBytes, "largest /v1/compare body in `bytes` (413 above)")
	fs.IntVar(&maxLine, "max-line", serve.DefaultMaxLineBytes, "largest /v1/batch line in `bytes` (an error line above)")
	fs.DurationVar(&readTimeout, "read-timeout", serve.DefaultReadTimeout, "time to read a request (a batch: between two stretches of lines)")
	fs.DurationVar(&writeTimeout, "write-timeout", serve.DefaultWriteTimeout, "time to write an answer (a batch: between two stretches of lines)")
	fs.DurationVar(&shutdown, "shutdown-timeout", serve.DefaultShutdownTimeout, "grace period for requests in flight after SIGTERM/SIGINT")
	policy.register(fs)
	msg.register(fs)
	pos, code, ok := parseFlags(fs, args, serveHead, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, name, "serve takes no arguments")
	}
	m, err := policy.matcher()
	if err != nil {
		return usageError(stderr, name, err.Error())
	}
	if (tlsCert == "") != (tlsKey == "") {
		return usageError(stderr, name, "--tls-cert and --tls-key go together")
	}
	for _, v := range []struct {
		flag string
		n    int64
	}{{"--max-in-flight", int64(cfg.MaxInFlight)}, {"--max-body", int64(maxBody)}, {"--max-line", int64(maxLine)},
		{"--read-timeout", int64(readTimeout)}, {"--write-timeout", int64(writeTimeout)}, {"--shutdown-timeout", int64(shutdown)}} {
		if v.n <= 0 {
			return usageError(stderr, name, v.flag+" must be positive")
		}
	}
	envToken, envSet := os.LookupEnv("CUSTMATCH_TOKEN")
	switch {
	case tokenFile != "" && envSet:
		return usageError(stderr, name, "give --token-file or CUSTMATCH_TOKEN, not both")
	case tokenFile != "":
		data, err := os.ReadFile(tokenFile)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			return exitFailure
		}
		cfg.Token = strings.TrimSpace(string(data))
		if cfg.Token == "" {
			return usageError(stderr, name, "--token-file "+tokenFile+" is empty")
		}
	case envSet:
		if cfg.Token = strings.TrimSpace(envToken); cfg.Token == "" {
			return usageError(stderr, name, "CUSTMATCH_TOKEN is empty")
		}
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	if shown, catalogs, ok := msg.unknownLang(); ok { // a request's lang or Accept-Language falls back silently
		log.Warn("--lang: no message catalog for this language, writing English",
			slog.String("lang", shown), slog.String("catalogs", catalogs))
	}
	cfg.Matcher, cfg.Logger = m, log
	cfg.Lang, cfg.Messages = msg.lang, msg.opts
	cfg.MaxBodyBytes, cfg.MaxLineBytes = int64(maxBody), maxLine
	cfg.ReadTimeout, cfg.WriteTimeout, cfg.ShutdownTimeout = readTimeout, writeTimeout, shutdown
	s, err := serve.New(cfg)
	if err != nil {
		return usageError(stderr, name, strings.TrimPrefix(err.Error(), "serve: "))
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitFailure
	}
	if cfg.Token == "" && !serve.IsLoopback(ln.Addr()) {
		ln.Close()
		return usageError(stderr, name, fmt.Sprintf("refusing to listen on %s without a token (give --token-file or CUSTMATCH_TOKEN, or a loopback --addr)", addr))
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	log.Info("listening", slog.String("addr", ln.Addr().String()), slog.Bool("tls", tlsCert != ""), slog.Bool("token", cfg.Token != ""))
	if tlsCert != "" {
		err = s.ServeTLS(ctx, ln, tlsCert, tlsKey)
	} else {
		err = s.Serve(ctx, ln)
	}
	switch {
	case err == nil:
		log.Info("stopped")
		return exitOK
	case errors.Is(err, serve.ErrGraceExpired):
		log.Error("stopped: requests in flight were cut off at the end of the grace period")
		return exitFailure
	}
	log.Error("stopped", slog.String("error", err.Error()))
	return exitFailure
}
