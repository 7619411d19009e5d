package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/custmatch/custmatch/internal/cputime"
)

// cpuTime returns the user and system CPU time the process has used so far.
func cpuTime(b *testing.B) time.Duration { return cputime.Process(b) }

// BenchmarkBatchReport measures what --report adds to a batch run: the same run as BenchmarkBatch
// (same generated file, CUSTMATCH_BENCH_ROWS rows), with one and two workers. Each op runs the batch
// twice, without and with the report, one right after the other (in turn first), so that both see the
// same load on a shared machine; the metrics give each run's time and CPU time per row and their ratios
// (report-wall-ratio is the measure: the report's share of the run time).
func BenchmarkBatchReport(b *testing.B) {
	rows := benchRows(b)
	path := benchInput(b, rows)
	out := filepath.Join(b.TempDir(), "report.html")
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			args := []string{"batch", "--now", "2026-01-01", "--progress", "never", "--workers", strconv.Itoa(workers)}
			var wall, cpu [2]time.Duration // without, with the report
			runs := [2][]string{append(args, path), append(args, "--report", out, path)}
			for op := 0; b.Loop(); op++ {
				// Which of the two runs goes first alternates, so that neither always pays for the
				// other's garbage or warms the caches for it.
				for k := range 2 {
					i := k ^ op&1
					a := runs[i]
					t0, c0 := time.Now(), cpuTime(b)
					if code := run(a, nil, io.Discard, io.Discard); code != exitOK {
						b.Fatalf("exit %d", code)
					}
					wall[i] += time.Since(t0)
					cpu[i] += cpuTime(b) - c0
				}
			}
			per := float64(rows * b.N)
			b.ReportMetric(float64(wall[0])/per, "ns/row")
			b.ReportMetric(float64(wall[1])/per, "report-ns/row")
			b.ReportMetric(float64(cpu[0])/per, "cpu-ns/row")
			b.ReportMetric(float64(cpu[1])/per, "report-cpu-ns/row")
			b.ReportMetric(float64(wall[1])/float64(wall[0]), "report-wall-ratio")
			b.ReportMetric(float64(cpu[1])/float64(cpu[0]), "report-cpu-ratio")
		})
	}
}
