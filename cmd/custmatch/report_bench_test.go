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
// (same generated file, CUSTMATCH_BENCH_ROWS rows) without and with the report, with one and two
// workers, so the ratio comes from one run.
func BenchmarkBatchReport(b *testing.B) {
	rows := benchRows(b)
	path := benchInput(b, rows)
	out := filepath.Join(b.TempDir(), "report.html")
	for _, workers := range []int{1, 2} {
		for _, rep := range []bool{false, true} {
			b.Run(fmt.Sprintf("workers=%d/report=%t", workers, rep), func(b *testing.B) {
				b.ReportAllocs()
				args := []string{"batch", "--now", "2026-01-01", "--progress", "never", "--workers", strconv.Itoa(workers)}
				if rep {
					args = append(args, "--report", out)
				}
				args = append(args, path)
				cpu0 := cpuTime(b)
				for b.Loop() {
					if code := run(args, nil, io.Discard, io.Discard); code != exitOK {
						b.Fatalf("exit %d", code)
					}
				}
				b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
				// CPU time per row: on a shared machine wall time swings with the other load, the CPU time
				// the run itself used much less.
				b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(rows*b.N), "cpu-ns/row")
			})
		}
	}
}
