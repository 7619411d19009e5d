package match_test

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/custmatch/custmatch/internal/cputime"
	"github.com/custmatch/custmatch/match"
)

var sinkVerdict match.Verdict

// loadPairs reads record pairs from a CSV in the CLI's column layout (header names).
func loadPairs(b *testing.B, path string) [][2]match.Record {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var out [][2]match.Record
	for _, row := range rows[1:] {
		get := func(name string) string { return row[col[name]] }
		out = append(out, [2]match.Record{
			{FirstName: get("merchant_first_name"), LastName: get("merchant_last_name"), DOB: get("merchant_dob"), Email: get("merchant_email")},
			{FirstName: get("provider_first_name"), LastName: get("provider_last_name"), DOB: get("provider_dob"), Email: get("provider_email")},
		})
	}
	return out
}

// BenchmarkCompareMix measures Compare under the default policy with the default clock (Options.Now
// zero, as the CLI runs it). One op is one pass over the data set; ns/record is one comparison,
// cpu-ns/record the benchmark thread's CPU time for it (steadier than wall time on a shared machine).
// data=corpus is testdata/pairs.csv, data=cli the example export testdata/example.csv.
func BenchmarkCompareMix(b *testing.B) {
	m, err := match.New(match.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, set := range []string{"corpus", "cli"} {
		file := map[string]string{"corpus": "pairs.csv", "cli": "example.csv"}[set]
		pairs := loadPairs(b, filepath.Join("..", "testdata", file))
		b.Run("data="+set, func(b *testing.B) {
			b.ReportAllocs()
			cpu := cputime.Thread(b)
			for b.Loop() {
				for i := range pairs {
					sinkVerdict = m.Compare(pairs[i][0], pairs[i][1])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(pairs)), "ns/record")
			b.ReportMetric(float64(cpu())/float64(b.N)/float64(len(pairs)), "cpu-ns/record")
		})
	}
}

var sinkBytes []byte

// BenchmarkVerdictJSON measures the verdict's JSON on a declined verdict with values: AppendJSON into
// a reused buffer, and json.Marshal (which goes through MarshalJSON and then validates and compacts its
// output).
func BenchmarkVerdictJSON(b *testing.B) {
	var m match.Matcher
	v := m.Compare(match.Record{FirstName: "Maximillian", LastName: "Mußterman", DOB: "05/04/1986", Email: "MAX@example.com"},
		match.Record{FirstName: "Max", LastName: "Mussterman", DOB: "1986-04-05", Email: "max@example.com"})
	b.Run("impl=append", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 2048)
		for b.Loop() {
			sinkBytes = v.AppendJSON(buf[:0], nil, nil)
		}
	})
	b.Run("impl=json.Marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkBytes, _ = json.Marshal(v)
		}
	})
}
