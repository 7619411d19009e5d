package report_test

import (
	"fmt"
	"io"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/report"
)

// A Collector is fed the verdicts of a run, then writes the HTML report. The sweep shows what another
// threshold would decide on the same rows.
func ExampleCollector() {
	m, _ := match.New(match.Options{Now: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)})
	c := report.New(m, false)
	pairs := [][2]match.Record{
		{{FirstName: "Max", LastName: "Mustermann"}, {FirstName: "Max", LastName: "Musterman"}},  // 0.90
		{{FirstName: "Laura", LastName: "Meier"}, {FirstName: "Laura", LastName: "Meyer"}},       // 0.80
		{{FirstName: "Jürgen", LastName: "Müller"}, {FirstName: "Juergen", LastName: "Mueller"}}, // umlaut spelling
	}
	t := c.Tally()
	var v match.Verdict
	for i, p := range pairs {
		t.Compare(&v, i+1, p[0], p[1])
	}
	c.Done(t)
	for _, s := range c.Sweep() {
		if s.Threshold == 0.80 || s.Threshold == 0.90 || s.Threshold == 1 {
			fmt.Printf("%.2f: %d approve, %d decline\n", s.Threshold, s.Approve, s.Decline)
		}
	}
	if err := c.Write(io.Discard, report.Run{Input: "pairs.csv", Elapsed: time.Millisecond}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 0.80: 3 approve, 0 decline
	// 0.90: 2 approve, 1 decline
	// 1.00: 1 approve, 2 decline
}

// A batch hands its rows to a Tally many at a time: CompareRows gives each row its verdict and counts
// it, as Compare does, in less time.
func ExampleTally_CompareRows() {
	m, _ := match.New(match.Options{Now: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)})
	c := report.New(m, false)
	rows := []report.Row{
		{Number: 1, Merchant: match.Record{FirstName: "Max", LastName: "Mustermann"}, Provider: match.Record{FirstName: "Max", LastName: "Musterman"}},
		{Number: 2, Merchant: match.Record{FirstName: "Laura", LastName: "Meier"}, Provider: match.Record{FirstName: "Laura", LastName: "Meyer"}},
	}
	vs := make([]match.Verdict, len(rows))
	t := c.Tally()
	t.CompareRows(vs, rows)
	c.Done(t)
	for i, v := range vs {
		fmt.Printf("row %d: %s\n", rows[i].Number, v.Decision)
	}
	at90 := c.Sweep()[5]
	fmt.Printf("at %.2f: %d approve, %d decline\n", at90.Threshold, at90.Approve, at90.Decline)
	// Output:
	// row 1: approve
	// row 2: decline
	// at 0.90: 1 approve, 1 decline
}

// ClassifyDOB tells how a date of birth is written, and what its numbers say about the day/month order.
func ExampleClassifyDOB() {
	for _, s := range []string{"1986-04-05", "25.04.1986", "04/25/1986", "05/04/1986", "5 April 1986", "1986"} {
		d := report.ClassifyDOB(s)
		fmt.Println(s, d.Shape, d.Order())
	}
	// Output:
	// 1986-04-05 iso none
	// 25.04.1986 dotted day-first
	// 04/25/1986 slashed month-first
	// 05/04/1986 slashed ambiguous
	// 5 April 1986 month-name none
	// 1986 partial none
}
