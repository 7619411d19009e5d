package match_test

import (
	"encoding/csv"
	"os"
	"testing"

	"github.com/custmatch/custmatch/match"
)

func BenchmarkZZFile(b *testing.B) {
	f, _ := os.Open("/tmp/bench100k.csv")
	recs, _ := csv.NewReader(f).ReadAll()
	var rows [][2]match.Record
	for _, r := range recs[1:] {
		rows = append(rows, [2]match.Record{{FirstName: r[1], LastName: r[2], DOB: r[3], Email: r[4]}, {FirstName: r[5], LastName: r[6], DOB: r[7], Email: r[8]}})
	}
	m, _ := match.New(match.Options{})
	b.Run("impl=compare", func(b *testing.B) {
		for b.Loop() {
			for _, r := range rows {
				sinkVerdict = m.Compare(r[0], r[1])
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rows)), "ns/row")
	})
	b.Run("impl=sweep", func(b *testing.B) {
		for b.Loop() {
			for _, r := range rows {
				sinkVerdict, _ = m.CompareSweep(r[0], r[1], 0.8)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rows)), "ns/row")
	})
}
