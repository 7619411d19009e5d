package report

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"syscall"
	"testing"
	"time"

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

// cpuTime returns the user and system CPU time the process has used so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAdd measures what the collector adds per row (impl=compare+report) to the comparison the
// batch makes anyway (impl=compare), on rows like BenchmarkBatch's and on the example.
func BenchmarkAdd(b *testing.B) {
	m, err := match.New(match.Options{Now: now})
	if err != nil {
		b.Fatal(err)
	}
	for _, data := range []struct {
		name string
		rows []row
	}{{"batch", batchLike(10000)}, {"example", readExample(b)}} {
		for _, impl := range []string{"compare", "compare+report"} {
			b.Run("data="+data.name+"/impl="+impl, func(b *testing.B) {
				b.ReportAllocs()
				c, err := New(m, false)
				if err != nil {
					b.Fatal(err)
				}
				cpu0 := cpuTime(b)
				for b.Loop() {
					tl := c.Tally()
					for i, r := range data.rows {
						v := m.Compare(r.merchant, r.provider)
						if impl != "compare" {
							tl.Add(i+1, &v, r.merchant, r.provider)
						}
					}
					c.Done(tl)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(data.rows)), "ns/row")
				// The machine may be shared: the CPU time the benchmark used is steadier than wall time.
				b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(b.N*len(data.rows)), "cpu-ns/row")
				rows := float64(max(1, c.total.decisions[1]+c.total.decisions[2]+c.total.decisions[3]))
				b.ReportMetric(float64(c.total.compares)/rows, "compares/row")
				b.ReportMetric(float64(c.total.dependent)/rows, "dependent/row")
			})
		}
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
