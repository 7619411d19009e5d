package report

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/custmatch/custmatch/internal/cputime"
	"github.com/custmatch/custmatch/match"
)

// batchLike returns n rows with the mix of cmd/custmatch's BenchmarkBatch file: one row in ten each
// with a typo in the last name, a middle name, another first name, another date of birth, swapped
// names, a missing date of birth, a US date; the rest equal up to the date format.
func batchLike(n int) []row {
	first := []string{"Max", "Sophie", "Jürgen", "Anne-Marie", "Johannes", "Łukasz", "François", "Zoë", "Mehmet", "Ana María", "Søren", "Aleksandra"}
	last := []string{"Mustermann", "Wagner", "Müller", "García Márquez", "O'Brien", "Nowak", "Dubois", "Kowalczyk", "Yılmaz", "Schröder", "Weiß", "van der Berg"}
	rng := rand.New(rand.NewPCG(1, 2))
	rows := make([]row, n)
	for i := range rows {
		fn, ln := first[rng.IntN(len(first))], last[rng.IntN(len(last))]
		y, m, d := 1940+rng.IntN(65), 1+rng.IntN(12), 1+rng.IntN(28)
		mdob := fmt.Sprintf("%02d.%02d.%d", d, m, y)
		pfn, pln, pdob := fn, ln, fmt.Sprintf("%d-%02d-%02d", y, m, d)
		email := "c" + strconv.Itoa(i) + "@example.com"
		switch rng.IntN(10) {
		case 0:
			pln += "n"
		case 1:
			pfn += " Michael"
		case 2:
			pfn = first[rng.IntN(len(first))]
		case 3:
			pdob = fmt.Sprintf("%d-%02d-%02d", y, 1+rng.IntN(12), d)
		case 4:
			pfn, pln = ln, fn
		case 5:
			pdob = ""
		case 6:
			mdob = fmt.Sprintf("%02d/%02d/%d", m, d, y)
		}
		rows[i] = row{match.Record{FirstName: fn, LastName: ln, DOB: mdob, Email: email},
			match.Record{FirstName: pfn, LastName: pln, DOB: pdob, Email: email}}
	}
	return rows
}

// sinkVerdict keeps the compiler from discarding the comparisons of impl=compare.
var sinkVerdict match.Verdict

// BenchmarkAdd measures what the report adds per row to the comparison a batch makes anyway, on rows
// like BenchmarkBatch's and on the example: each op passes over the rows twice, with Compare and with
// Tally.Compare (CompareSweep and the counting), one right after the other so that both see the same
// load, and the metrics give the benchmark thread's CPU time per row of each pass and the difference.
func BenchmarkAdd(b *testing.B) {
	m, err := match.New(match.Options{Now: now})
	if err != nil {
		b.Fatal(err)
	}
	for _, data := range []struct {
		name string
		rows []row
	}{{"batch", batchLike(10000)}, {"example", readExample(b)}} {
		b.Run("data="+data.name, func(b *testing.B) {
			b.ReportAllocs()
			c := New(m, false)
			cpu := cputime.Thread(b)
			var spent [2]int64 // Compare, Tally.Compare
			for b.Loop() {
				c0 := cpu()
				for _, r := range data.rows {
					sinkVerdict = m.Compare(r.merchant, r.provider)
				}
				c1 := cpu()
				tl := c.Tally()
				var v match.Verdict
				for i, r := range data.rows {
					tl.Compare(&v, i+1, r.merchant, r.provider)
				}
				c.Done(tl)
				spent[0] += c1 - c0
				spent[1] += cpu() - c1
			}
			per := float64(b.N * len(data.rows))
			b.ReportMetric(float64(spent[0])/per, "compare-cpu-ns/row")
			b.ReportMetric(float64(spent[1])/per, "report-cpu-ns/row")
			b.ReportMetric(float64(spent[1]-spent[0])/per, "added-cpu-ns/row")
			rows := float64(max(1, c.total.decisions[1]+c.total.decisions[2]+c.total.decisions[3]))
			b.ReportMetric(float64(c.total.dependent)/rows, "dependent/row")
		})
	}
}

func BenchmarkClassifyDOB(b *testing.B) {
	for _, s := range []string{"1986-04-05", "05.04.1986", "5 April 1986"} {
		b.Run("case="+s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ClassifyDOB(s)
			}
		})
	}
}

// BenchmarkCount measures the counting alone (what Tally.Compare adds to CompareSweep), on evaluated
// rows like BenchmarkBatch's, against the straightforward count (refAdd, the reference of the
// differential tests): impl=tally counts 512 rows per Tally and gives it back with Done, as the CLI
// does.
func BenchmarkCount(b *testing.B) {
	m, err := match.New(match.Options{Now: now})
	if err != nil {
		b.Fatal(err)
	}
	c := New(m, false)
	rows := evaluate(m, c.sweep.from, batchLike(10000))
	b.Run("impl=tally", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := 0; i < len(rows); i += 512 {
				tl := c.Tally()
				for j := i; j < min(i+512, len(rows)); j++ {
					tl.add(j+1, &rows[j].v, &rows[j].sw)
				}
				c.Done(tl)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rows)), "ns/row")
	})
	b.Run("impl=reference", func(b *testing.B) {
		b.ReportAllocs()
		var w counts
		for b.Loop() {
			for j := range rows {
				w.refAdd(c, j+1, &rows[j].v, &rows[j].sw)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rows)), "ns/row")
	})
}

// BenchmarkWrite measures the page itself (Collector.Write to io.Discard), which a batch run pays once
// at its end: for 20,000 rows like BenchmarkBatch's, with and without a review band (which adds the
// band to every chart that shows the threshold).
func BenchmarkWrite(b *testing.B) {
	rows := batchLike(20000)
	for _, o := range []match.Options{{Now: now}, {Now: now, ReviewBand: 0.8}} {
		b.Run(fmt.Sprintf("band=%v", o.ReviewBand), func(b *testing.B) {
			c := collect(b, rows, o, false)
			b.ReportAllocs()
			for b.Loop() {
				if err := c.Write(io.Discard, Run{Input: "export.csv"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
