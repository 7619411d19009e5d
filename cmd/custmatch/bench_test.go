package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// benchRows is the size of the generated benchmark file: 1,000,000 rows, or CUSTMATCH_BENCH_ROWS for a
// quick run.
func benchRows(b *testing.B) int {
	if s := os.Getenv("CUSTMATCH_BENCH_ROWS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("CUSTMATCH_BENCH_ROWS=%q: want a positive integer", s)
		}
		return n
	}
	return 1_000_000
}

// benchInput generates the benchmark file into a temporary directory, outside the timed loops: a
// realistic mix of equal records, accents, umlaut spellings, middle names, typos, swapped names,
// mismatches, missing values and several date formats. BenchmarkBatch calls it once per run (a benchmark
// with sub-benchmarks runs its body once), and the directory is removed when it ends.
func benchInput(b *testing.B, rows int) string {
	path := filepath.Join(b.TempDir(), "batch.csv")
	if err := writeBenchFile(path, rows); err != nil {
		b.Fatal(err)
	}
	return path
}

// TestWriteBenchFile writes BenchmarkBatch's generated file to the path in CUSTMATCH_BENCH_FILE (rows from
// CUSTMATCH_BENCH_ROWS, default 1,000,000), for the peer scripts under benchmarks/peers. It skips when the
// variable is unset.
func TestWriteBenchFile(t *testing.T) {
	path := os.Getenv("CUSTMATCH_BENCH_FILE")
	if path == "" {
		t.Skip("set CUSTMATCH_BENCH_FILE to write the benchmark file")
	}
	rows := 1_000_000
	if s := os.Getenv("CUSTMATCH_BENCH_ROWS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("CUSTMATCH_BENCH_ROWS=%q: want a positive integer", s)
		}
		rows = n
	}
	if err := writeBenchFile(path, rows); err != nil {
		t.Fatal(err)
	}
}

func writeBenchFile(path string, rows int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	first := []string{"Max", "Sophie", "Jürgen", "Anne-Marie", "Johannes", "Łukasz", "François", "Zoë", "Mehmet", "Ana María", "Søren", "Aleksandra"}
	last := []string{"Mustermann", "Wagner", "Müller", "García Márquez", "O'Brien", "Nowak", "Dubois", "Kowalczyk", "Yılmaz", "Schröder", "Weiß", "van der Berg"}
	rng := rand.New(rand.NewPCG(1, 2))
	fmt.Fprintln(w, "id,merchant_first_name,merchant_last_name,merchant_dob,merchant_email,provider_first_name,provider_last_name,provider_dob,provider_email")
	for i := range rows {
		fn, ln := first[rng.IntN(len(first))], last[rng.IntN(len(last))]
		y, m, d := 1940+rng.IntN(65), 1+rng.IntN(12), 1+rng.IntN(28)
		mdob := fmt.Sprintf("%02d.%02d.%d", d, m, y)
		pfn, pln, pdob := fn, ln, fmt.Sprintf("%d-%02d-%02d", y, m, d)
		email := fmt.Sprintf("c%d@example.com", i)
		switch rng.IntN(10) {
		case 0: // typo in a long name
			pln += "n"
		case 1: // middle name on the provider side
			pfn += " Michael"
		case 2: // different first name
			pfn = first[rng.IntN(len(first))]
		case 3: // different date of birth
			pdob = fmt.Sprintf("%d-%02d-%02d", y, 1+rng.IntN(12), d)
		case 4: // swapped
			pfn, pln = ln, fn
		case 5: // missing provider DOB, upper case
			pdob = ""
			pln = fmt.Sprintf("%q", ln)[1 : len(ln)+1]
		case 6: // US-style date
			mdob = fmt.Sprintf("%02d/%02d/%d", m, d, y)
		}
		fmt.Fprintf(w, "c%07d,%s,%s,%s,%s,%s,%s,%s,%s\n", i, fn, quote(ln), mdob, email, pfn, quote(pln), pdob, email)
	}
	return errors.Join(w.Flush(), f.Close())
}

func quote(s string) string {
	if s == "" {
		return s
	}
	return strconv.Quote(s)
}

// BenchmarkBatch measures end-to-end batch throughput (read, compare, write CSV or JSON Lines) with one
// and two workers, beside a bare encoding/csv read-and-write pass over the same file (impl=csvcopy), so
// the ratios come from one run. Each iteration processes the whole file; rows/s and the process's CPU
// time per row (cpu-ns/row: steadier than wall time on a shared machine) are reported.
func BenchmarkBatch(b *testing.B) {
	rows := benchRows(b)
	path := benchInput(b, rows)
	report := func(b *testing.B, cpu0 time.Duration) {
		b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(rows*b.N), "cpu-ns/row")
	}
	for _, c := range []struct {
		workers int
		format  string
	}{{1, "csv"}, {2, "csv"}, {1, "jsonl"}} {
		b.Run(fmt.Sprintf("impl=batch/workers=%d/format=%s", c.workers, c.format), func(b *testing.B) {
			b.ReportAllocs()
			args := []string{"batch", "--now", "2026-01-01", "--progress", "never", "--workers", strconv.Itoa(c.workers),
				"--format", c.format, path}
			cpu0 := cpuTime(b)
			for b.Loop() {
				if code := run(args, nil, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
			report(b, cpu0)
		})
	}
	b.Run("impl=csvcopy", func(b *testing.B) {
		b.ReportAllocs()
		cpu0 := cpuTime(b)
		for b.Loop() {
			if err := csvCopy(path, io.Discard); err != nil {
				b.Fatal(err)
			}
		}
		report(b, cpu0)
	})
}

// csvCopy is the reference: read every record with encoding/csv and write it back with csv.Writer.
func csvCopy(path string, out io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 64<<10))
	r.ReuseRecord = true
	bw := bufio.NewWriterSize(out, 64<<10)
	w := csv.NewWriter(bw)
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	w.Flush()
	return errors.Join(w.Error(), bw.Flush())
}

// BenchmarkAppendScore compares the score formatting of the CSV output with strconv.AppendFloat, on an
// exact match (1, the most frequent score) and a fuzzy one.
func BenchmarkAppendScore(b *testing.B) {
	for _, c := range []struct {
		name  string
		score float64
	}{{"exact", 1}, {"fuzzy", 0.8889}} {
		buf := make([]byte, 0, 16)
		b.Run("impl=appendScore/case="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf = appendScore(buf[:0], c.score)
			}
		})
		b.Run("impl=strconv/case="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf = strconv.AppendFloat(buf[:0], c.score, 'f', 4, 64)
			}
		})
	}
}
