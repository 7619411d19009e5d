package benchmarks

import (
	"testing"

	"github.com/custmatch/custmatch/match"
)

// FuzzNaiveCompare checks the naive pipeline's invariants: it never panics, it is deterministic, its
// decision is symmetric in the two records, name scores lie in [0, 1], and only a decline or review
// names failing fields.
func FuzzNaiveCompare(f *testing.F) {
	f.Add("Jürgen", "Müller", "05/04/1986", "Juergen", "Mueller", "1986-04-05")
	f.Add("Max Michael", "Mustermann", "12. März 1964", "Max", "Michael Mustermann", "1964-03-12")
	n := Naive{Opts: match.Options{Now: testNow}}
	f.Fuzz(func(t *testing.T, mf, ml, md, pf, pl, pd string) {
		a := match.Record{FirstName: mf, LastName: ml, DOB: md}
		b := match.Record{FirstName: pf, LastName: pl, DOB: pd}
		v := n.Compare(a, b)
		if again := n.Compare(a, b); again.Decision != v.Decision {
			t.Fatalf("not deterministic: %s then %s", v.Decision, again.Decision)
		}
		if w := n.Compare(b, a); w.Decision != v.Decision {
			t.Fatalf("not symmetric: %s one way, %s the other", v.Decision, w.Decision)
		}
		for _, fr := range v.Fields[:2] {
			if fr.Score < 0 || fr.Score > 1 {
				t.Fatalf("%s score %v outside [0, 1]", fr.Field, fr.Score)
			}
		}
		if (v.Decision == match.Approve) != (len(v.Failing()) == 0) {
			t.Fatalf("%s with failing fields %v", v.Decision, v.Failing())
		}
	})
}

// FuzzNaiveDOB checks that every date the naive parser accepts is a real calendar date between 1900 and
// today, and that a partial date has exactly one reading.
func FuzzNaiveDOB(f *testing.F) {
	f.Add("5. April 1986")
	f.Add("Saturday, 5 April 1986 10:30 CET")
	f.Fuzz(func(t *testing.T, s string) {
		d := NaiveDOB(s, testNow)
		if (len(d.Dates) > 0) == (d.Invalid || d.Missing || d.Unusable) {
			t.Fatalf("dates %v with invalid=%v missing=%v unusable=%v", d.Dates, d.Invalid, d.Missing, d.Unusable)
		}
		if d.Partial && len(d.Dates) != 1 {
			t.Fatalf("partial date with %d readings", len(d.Dates))
		}
		for _, x := range d.Dates {
			if x.Year() < 1900 || x.After(testNow) {
				t.Fatalf("accepted %v outside [1900, today]", x)
			}
		}
	})
}
