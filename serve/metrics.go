package serve

import (
	"strconv"

	"github.com/custmatch/custmatch/match"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the server's Prometheus collectors. Every label value comes from a fixed set defined in
// this package (route names, status codes, decisions, field names, error codes): no label ever holds a
// value from a request. The collectors are safe for concurrent use.
type metrics struct {
	requests  *prometheus.CounterVec   // route, code
	duration  *prometheus.HistogramVec // route
	inFlight  prometheus.Gauge
	decisions *prometheus.CounterVec // decision
	failing   *prometheus.CounterVec // decision, field
	errors    *prometheus.CounterVec // code
	lines     *prometheus.CounterVec // result: evaluated, error

	decisionBy [4]prometheus.Counter                  // by match.Decision
	failingBy  [4][match.NumFields]prometheus.Counter // by decision, field
}

// latencyBuckets are the request latency histogram's upper bounds in seconds, from 50 µs to 5 s.
var latencyBuckets = []float64{.00005, .0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, 1, 5}

// newMetrics creates the collectors and registers them with reg.
func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "custmatch_http_requests_total",
			Help: "HTTP requests served, by route (the route's pattern, 'other' for unknown paths) and status code.",
		}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "custmatch_http_request_duration_seconds",
			Help:    "Time from the request's arrival to the handler's return, by route.",
			Buckets: latencyBuckets,
		}, []string{"route"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "custmatch_http_requests_in_flight",
			Help: "Requests being served right now (every route).",
		}),
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "custmatch_decisions_total",
			Help: "Comparisons evaluated (compare requests and batch lines), by decision.",
		}, []string{"decision"}),
		failing: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "custmatch_failing_fields_total",
			Help: "Fields that caused a decline or a review, by decision and field.",
		}, []string{"decision", "field"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "custmatch_request_errors_total",
			Help: "Refused requests and batch lines, by error code.",
		}, []string{"code"}),
		lines: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "custmatch_batch_lines_total",
			Help: "Batch lines answered, by result (evaluated or error).",
		}, []string{"result"}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.inFlight, m.decisions, m.failing, m.errors, m.lines} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	for _, d := range []match.Decision{match.Approve, match.Decline, match.Review} {
		m.decisionBy[d] = m.decisions.WithLabelValues(d.String())
		if d == match.Approve {
			continue
		}
		for f := range match.Field(match.NumFields) {
			m.failingBy[d][f] = m.failing.WithLabelValues(d.String(), f.String())
		}
	}
	return m, nil
}

// defaultRegistry returns a new registry with the Go runtime and process collectors.
func defaultRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// decision counts one verdict.
func (m *metrics) decision(v *match.Verdict) {
	d := v.Decision
	if d < match.Approve || d > match.Review {
		return
	}
	m.decisionBy[d].Inc()
	if d == match.Approve {
		return
	}
	for _, f := range v.Failing() {
		if f < match.NumFields {
			m.failingBy[d][f].Inc()
		}
	}
}

// routeMetrics are one route's request counters by status code, bound once.
type routeMetrics struct {
	m        *metrics
	name     string
	duration prometheus.Observer
	ok       prometheus.Counter // code 200, bound once; other codes are looked up (they are rarer)
}

// route binds the route's children.
func (m *metrics) route(name string) *routeMetrics {
	return &routeMetrics{m: m, name: name, duration: m.duration.WithLabelValues(name), ok: m.requests.WithLabelValues(name, "200")}
}

// observe counts one finished request.
func (rm *routeMetrics) observe(code int, seconds float64) {
	if code == 200 {
		rm.ok.Inc()
	} else {
		rm.m.requests.WithLabelValues(rm.name, strconv.Itoa(code)).Inc()
	}
	rm.duration.Observe(seconds)
}
