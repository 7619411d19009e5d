package benchmarks

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/cputime"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/normalize"
)

// FullEnv names the environment variable that enables the slowest sub-benchmark,
// BenchmarkBatch/impl=naive/rows=1000000.
const FullEnv = "CUSTMATCH_BENCH_FULL"

// Sinks keep the compiler from discarding benchmarked work.
var (
	sinkDecision match.Decision
	sinkBytes    []byte
	sinkInt      int
)

// impls returns the two pipelines under the default policy.
func impls(b *testing.B) []struct {
	name string
	c    Comparer
} {
	m, err := match.New(match.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return []struct {
		name string
		c    Comparer
	}{{"custmatch", m}, {"naive", Naive{}}}
}

// loadBenchCorpus reads the labeled corpus once per benchmark, failing the benchmark when it is missing.
func loadBenchCorpus(b *testing.B) []Pair {
	b.Helper()
	pairs, err := LoadCorpus(CorpusPath())
	if err != nil {
		b.Fatalf("corpus (set %s to a labeled CSV): %v", CorpusEnv, err)
	}
	if len(pairs) == 0 {
		b.Fatalf("corpus %s has no pairs", CorpusPath())
	}
	return pairs
}

// reportPerRecord adds ns/record for records compared per op.
func reportPerRecord(b *testing.B, records int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(records), "ns/record")
}

// BenchmarkCompare measures Compare under the default policy. data=corpus: one op is one pass over every
// pair of the labeled corpus; data=latin and data=nonlatin: one op is one pass over 1000 generated pairs.
// ns/record is the cost of one comparison in each case, cpu-ns/record the benchmark thread's CPU time
// for it (steadier than wall time on a shared machine).
func BenchmarkCompare(b *testing.B) {
	sets := []struct {
		name  string
		pairs func() []Pair
	}{
		{"corpus", func() []Pair { return loadBenchCorpus(b) }},
		{"latin", func() []Pair { return genPairs(1000, latinFirst, latinLast, 1) }},
		{"nonlatin", func() []Pair { return genPairs(1000, nonLatinFirst, nonLatinLast, 2) }},
	}
	for _, impl := range impls(b) {
		for _, set := range sets {
			pairs := set.pairs()
			b.Run("impl="+impl.name+"/data="+set.name, func(b *testing.B) {
				b.ReportAllocs()
				cpu := cputime.Thread(b)
				for b.Loop() {
					for i := range pairs {
						sinkDecision = impl.c.Compare(pairs[i].Merchant, pairs[i].Provider).Decision
					}
				}
				reportPerRecord(b, len(pairs))
				b.ReportMetric(float64(cpu())/float64(b.N)/float64(len(pairs)), "cpu-ns/record")
			})
		}
	}
}

// normalizeInputs are the names of BenchmarkNormalize, by sub-benchmark name.
var normalizeInputs = []struct{ name, s string }{
	{"len=10", nameOfRunes(10)},
	{"len=40", nameOfRunes(40)},
	{"len=200", nameOfRunes(200)},
	{"case=ascii", "Max Mustermann"},
	{"case=accented", "José Núñez Lefèvre"},
	{"case=sharps", "Großmann-Weiß Straße"},
}

// BenchmarkNormalize measures name normalization (POLICY §1) of one name per op: custmatch's
// normalize.AppendName into a reused buffer against the naive x/text chain.
func BenchmarkNormalize(b *testing.B) {
	for _, in := range normalizeInputs {
		b.Run("impl=custmatch/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			buf := make([]byte, 0, 4096)
			for b.Loop() {
				out, _, err := normalize.AppendName(buf[:0], in.s)
				if err != nil {
					b.Fatal(err)
				}
				sinkBytes = out
			}
		})
		b.Run("impl=naive/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				n := naiveNormalize(in.s, false)
				if n.unusable || n.missing {
					b.Fatal("naive rejected a benchmark name")
				}
				sinkInt = len(n.forms[0])
			}
		})
	}
}

// dobInputs are the dates of BenchmarkDOB.
var dobInputs = []struct{ name, s string }{
	{"case=iso", "1986-04-05"},
	{"case=slash", "04/25/1986"},
	{"case=dotted", "05.04.1986"},
	{"case=monthname", "5. April 1986"},
}

// BenchmarkDOB measures parsing one date of birth per op: dob.Scan against the time.Parse layout loop.
func BenchmarkDOB(b *testing.B) {
	for _, in := range dobInputs {
		b.Run("impl=custmatch/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r := dob.Scan(in.s, dob.Options{})
				if r.Reason != "" && r.Reason != dob.ReasonAmbiguous {
					b.Fatal(r.Reason)
				}
				sinkInt = r.Date.Day
			}
		})
		b.Run("impl=naive/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r := NaiveDOB(in.s, time.Time{})
				if len(r.Dates) == 0 {
					b.Fatal("naive rejected a benchmark date")
				}
				sinkInt = r.Dates[0].Day()
			}
		})
	}
}

// batchData caches the generated CSV input per row count across sub-benchmarks.
var batchData = struct {
	sync.Mutex
	m map[int][]byte
}{m: map[int][]byte{}}

func batchInput(rows int) []byte {
	batchData.Lock()
	defer batchData.Unlock()
	if in, ok := batchData.m[rows]; ok {
		return in
	}
	in := batchCSV(genPairs(rows, latinFirst, latinLast, uint64(rows)))
	batchData.m[rows] = in
	return in
}

// runBatch is the batch pass: CSV bytes in, one Compare per row, CSV bytes out (id, decision, failing
// fields). It returns the number of rows.
func runBatch(c Comparer, in []byte, out *bytes.Buffer) (int, error) {
	r := csv.NewReader(bytes.NewReader(in))
	r.ReuseRecord = true
	if _, err := r.Read(); err != nil {
		return 0, err
	}
	w := csv.NewWriter(out)
	row := []string{"", "", ""}
	if err := w.Write([]string{"id", "decision", "failing"}); err != nil {
		return 0, err
	}
	var failing []byte
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return rows, err
		}
		v := c.Compare(
			match.Record{FirstName: rec[1], LastName: rec[2], DOB: rec[3], Email: rec[4]},
			match.Record{FirstName: rec[5], LastName: rec[6], DOB: rec[7], Email: rec[8]})
		failing = failing[:0]
		for _, f := range v.Failing() {
			if len(failing) > 0 {
				failing = append(failing, ';')
			}
			failing = append(failing, f.String()...)
		}
		row[0], row[1], row[2] = rec[0], v.Decision.String(), string(failing)
		if err := w.Write(row); err != nil {
			return rows, err
		}
		rows++
	}
	w.Flush()
	return rows, w.Error()
}

// BenchmarkBatch measures the batch pass from CSV bytes to CSV bytes, in memory, on one goroutine, over
// generated Latin-script rows. The input is generated once per size outside the timed loop; rows/s is
// the throughput. rows=1000000 runs only without -short, and for impl=naive only with
// CUSTMATCH_BENCH_FULL=1 (45–90 s per op).
func BenchmarkBatch(b *testing.B) {
	for _, impl := range impls(b) {
		for _, rows := range []int{10_000, 100_000, 1_000_000} {
			b.Run("impl="+impl.name+"/rows="+strconv.Itoa(rows), func(b *testing.B) {
				if rows > 100_000 && testing.Short() {
					b.Skip("rows=1000000 skipped in -short mode")
				}
				if rows > 100_000 && impl.name == "naive" && os.Getenv(FullEnv) == "" {
					b.Skipf("naive at 1M rows takes minutes per op; set %s=1 to run it", FullEnv)
				}
				in := batchInput(rows)
				var out bytes.Buffer
				b.ReportAllocs()
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					out.Reset()
					n, err := runBatch(impl.c, in, &out)
					if err != nil || n != rows {
						b.Fatalf("batch: %d rows, %v", n, err)
					}
				}
				b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			})
		}
	}
}

// BenchmarkCompareLength measures custmatch Compare with a first name of 10, 40 or 200 runes (Latin with
// diacritics). case=equal: the provider writes the same name in upper case (normalization makes the
// forms equal, no Levenshtein); case=typo: one rune differs in the middle (the distance is computed).
// ns/rune is ns/op divided by the name length.
func BenchmarkCompareLength(b *testing.B) {
	m, err := match.New(match.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10, 40, 200} {
		name := nameOfRunes(n)
		rs := []rune(name)
		rs[n/2] = 'x'
		for _, c := range []struct{ name, provider string }{
			{"equal", strings.ToUpper(name)},
			{"typo", string(rs)},
		} {
			b.Run("runes="+strconv.Itoa(n)+"/case="+c.name, func(b *testing.B) {
				a := match.Record{FirstName: name, LastName: "Mustermann", DOB: "1986-04-05"}
				p := match.Record{FirstName: c.provider, LastName: "Mustermann", DOB: "1986-04-05"}
				if d := m.Compare(a, p).Decision; d != match.Approve {
					b.Fatalf("runes=%d case=%s: %s, want approve", n, c.name, d)
				}
				b.ReportAllocs()
				for b.Loop() {
					sinkDecision = m.Compare(a, p).Decision
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/rune")
			})
		}
	}
}

// tallyMetrics are the metrics BenchmarkThreshold reports: counts of false declines and false approves
// per pass over the corpus, and the review rate and accuracy as fractions in [0, 1].
func tallyMetrics(t Tally) map[string]float64 {
	return map[string]float64{
		"false-declines": float64(t.FalseDeclines),
		"false-approves": float64(t.FalseApproves),
		"review-rate":    t.ReviewRate(),
		"accuracy":       t.Accuracy(),
	}
}

// thresholdCases are the option sets of BenchmarkThreshold, by sub-benchmark name.
var thresholdCases = []struct {
	name string
	opts match.Options
}{
	{"threshold=0.80", match.Options{Threshold: 0.80}},
	{"threshold=0.85", match.Options{Threshold: 0.85}},
	{"threshold=0.88", match.Options{Threshold: 0.88}},
	{"threshold=0.90", match.Options{Threshold: 0.90}},
	{"threshold=0.92", match.Options{Threshold: 0.92}},
	{"threshold=0.95", match.Options{Threshold: 0.95}},
	{"rule=no-umlaut", match.Options{DisableUmlautSpelling: true}},
	{"rule=no-extra-names", match.Options{DisableExtraNames: true}},
	{"rule=no-initials", match.Options{DisableInitials: true}},
	{"rule=no-swapped", match.Options{DisableSwapped: true}},
	{"rule=no-split", match.Options{DisableSplit: true}},
	{"rule=no-spacing", match.Options{DisableSpacing: true}},
}

// BenchmarkThreshold is the tuning table: for each threshold and each rule switched off, one op is one
// pass of custmatch over the labeled corpus ($CUSTMATCH_CORPUS, default ../testdata/pairs.csv), and the
// metrics are false-declines and false-approves (counts of pairs), review-rate and accuracy (fractions).
func BenchmarkThreshold(b *testing.B) {
	pairs := loadBenchCorpus(b)
	for _, tc := range thresholdCases {
		b.Run(tc.name, func(b *testing.B) {
			m, err := match.New(tc.opts)
			if err != nil {
				b.Fatal(err)
			}
			var t Tally
			b.ReportAllocs()
			for b.Loop() {
				t = Evaluate(m, pairs)
			}
			for unit, v := range tallyMetrics(t) {
				b.ReportMetric(v, unit)
			}
		})
	}
}

// TestBatchPipeline checks the batch pass both benchmarks time: same output from both pipelines.
func TestBatchPipeline(t *testing.T) {
	in := batchInput(300)
	m, err := match.New(match.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var a, n bytes.Buffer
	rows, err := runBatch(m, in, &a)
	if err != nil || rows != 300 {
		t.Fatalf("custmatch batch: %d rows, %v", rows, err)
	}
	if rows, err := runBatch(Naive{}, in, &n); err != nil || rows != 300 {
		t.Fatalf("naive batch: %d rows, %v", rows, err)
	}
	if a.String() != n.String() {
		t.Errorf("batch outputs differ")
	}
	if _, err := runBatch(m, []byte("id\n\"unterminated"), &a); err == nil || errors.Is(err, io.EOF) {
		t.Errorf("bad CSV: err = %v, want a parse error", err)
	}
}
