package server

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"
)

// buckets are the upper bounds, in seconds, of the latency histogram.
var buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10}

// metrics counts requests, their latencies and ingested articles, and
// writes them in the Prometheus text exposition format (version 0.0.4).
type metrics struct {
	mu       sync.Mutex
	requests map[[2]string]int // route, status
	latency  map[string]*histogram
	ingested map[string]int // added, replaced, unchanged, failed
}

type histogram struct {
	counts []int // per bucket, not cumulative
	sum    float64
	n      int
}

func newMetrics() *metrics {
	return &metrics{
		requests: map[[2]string]int{},
		latency:  map[string]*histogram{},
		ingested: map[string]int{"added": 0, "replaced": 0, "unchanged": 0, "failed": 0},
	}
}

func (m *metrics) request(route string, status int, took time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{route, strconv.Itoa(status)}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]int, len(buckets))}
		m.latency[route] = h
	}
	secs := took.Seconds()
	if i, _ := slices.BinarySearch(buckets, secs); i < len(buckets) {
		h.counts[i]++
	}
	h.sum += secs
	h.n++
}

func (m *metrics) ingest(result string, n int) {
	m.mu.Lock()
	m.ingested[result] += n
	m.mu.Unlock()
}

func (m *metrics) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintln(w, "# HELP parley_http_requests_total HTTP requests answered, by route and status.")
	fmt.Fprintln(w, "# TYPE parley_http_requests_total counter")
	for _, k := range sortedKeys(m.requests, func(a, b [2]string) bool { return a[0] < b[0] || a[0] == b[0] && a[1] < b[1] }) {
		fmt.Fprintf(w, "parley_http_requests_total{route=%s,status=%q} %d\n", label(k[0]), k[1], m.requests[k])
	}
	fmt.Fprintln(w, "# HELP parley_http_request_duration_seconds Time to answer an HTTP request, by route.")
	fmt.Fprintln(w, "# TYPE parley_http_request_duration_seconds histogram")
	for _, route := range sortedKeys(m.latency, func(a, b string) bool { return a < b }) {
		h := m.latency[route]
		cum := 0
		for i, le := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(w, "parley_http_request_duration_seconds_bucket{route=%s,le=%q} %d\n", label(route), strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(w, "parley_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", label(route), h.n)
		fmt.Fprintf(w, "parley_http_request_duration_seconds_sum{route=%s} %g\n", label(route), h.sum)
		fmt.Fprintf(w, "parley_http_request_duration_seconds_count{route=%s} %d\n", label(route), h.n)
	}
	fmt.Fprintln(w, "# HELP parley_ingested_articles_total Articles posted to the ingest API, by result.")
	fmt.Fprintln(w, "# TYPE parley_ingested_articles_total counter")
	for _, k := range sortedKeys(m.ingested, func(a, b string) bool { return a < b }) {
		fmt.Fprintf(w, "parley_ingested_articles_total{result=%q} %d\n", k, m.ingested[k])
	}
}

// label quotes a label value as the exposition format wants: backslash,
// double quote and newline escaped.
func label(v string) string {
	b := []byte{'"'}
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '\\', '"':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

func sortedKeys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		switch {
		case less(a, b):
			return -1
		case less(b, a):
			return 1
		}
		return 0
	})
	return keys
}
