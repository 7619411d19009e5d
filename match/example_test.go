package match_test

import (
	"fmt"

	"github.com/custmatch/custmatch/match"
)

func ExampleMatcher_Compare() {
	m, err := match.New(match.Options{}) // the default policy
	if err != nil {
		panic(err)
	}
	merchant := match.Record{FirstName: "Johannes", LastName: "Mußterman", DOB: "05/04/1986"}
	provider := match.Record{FirstName: "Johannes B.", LastName: "Mussterman", DOB: "1986-04-05"}
	v := m.Compare(merchant, provider)
	fmt.Println(v.Decision)
	for _, f := range v.Fields[:3] {
		fmt.Println(f.Field, f.Status, f.Reasons)
	}
	// Output:
	// approve
	// first_name match punctuation,extra-names
	// last_name match sharp-s
	// dob match reformatted,ambiguous-order
}

func ExampleMatcher_Compare_decline() {
	m, _ := match.New(match.Options{})
	v := m.Compare(
		match.Record{FirstName: "Maximillian", LastName: "Mustermann", DOB: "1988-07-23"},
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-01"},
	)
	fmt.Println(v.Decision, v.Failing())
	fmt.Print(v) // no personal data: safe to log
	// Output:
	// decline [first_name dob]
	// decline (policy custmatch-policy/2): first_name, dob
	//   first_name  mismatch  0.27  different,prefix
	//   last_name   match     1.00  exact
	//   dob         mismatch        different
	//   email       missing         empty (informational)
}

func ExampleNew() {
	_, err := match.New(match.Options{Threshold: 1.2})
	fmt.Println(err)
	m, _ := match.New(match.Options{Threshold: 0.85, ReviewBand: 0.75})
	v := m.Compare(match.Record{FirstName: "Anna", LastName: "Schneider"}, match.Record{FirstName: "Anna", LastName: "Schnieder"})
	fmt.Println(v.Decision, v.Fields[match.LastName].Reasons)
	// Output:
	// match: invalid options: Threshold = 1.2: must be in (0, 1], or 0 for the default
	// review different,review-band
}

// A verdict as one JSON Lines record with the caller's own members around it (a record id before, a
// customer message after), without splicing bytes. The values are redacted first.
func ExampleVerdict_AppendJSON() {
	var m match.Matcher // the zero Matcher is the default policy
	v := m.Compare(match.Record{FirstName: "Max", LastName: "Mustermann"},
		match.Record{FirstName: "Max", LastName: "Must"}).Redacted()
	line := v.AppendJSON(nil,
		[]match.JSONMember{{Name: "id", Value: match.AppendJSONString(nil, "cust-7")}},
		[]match.JSONMember{{Name: "message", Value: match.AppendJSONString(nil, "Please check your last name.")}})
	fmt.Println(string(line))
	// Output:
	// {"id":"cust-7","decision":"decline","policy":"custmatch-policy/2","failing":["last_name"],"fields":[{"field":"first_name","status":"match","score":1,"reasons":["exact"],"flags":[],"deciding":true},{"field":"last_name","status":"mismatch","score":0.4,"reasons":["different","prefix"],"flags":[],"deciding":true},{"field":"dob","status":"missing","reasons":["empty"],"flags":[],"deciding":true},{"field":"email","status":"missing","reasons":["empty"],"flags":[],"deciding":false}],"message":"Please check your last name."}
}

// A threshold sweep without comparing again: the Sweep says, for any other name threshold, what the
// decision would be, and up to which threshold each name still matches.
func ExampleMatcher_CompareSweep() {
	m, _ := match.New(match.Options{}) // threshold 0.90
	var v match.Verdict
	var s match.Sweep
	m.CompareSweep(&v, &s, match.Record{FirstName: "Max", LastName: "Mustermann"},
		match.Record{FirstName: "Max", LastName: "Max Musterman"}, 0.8)
	fmt.Println(v.Decision, v.Fields[match.LastName].Reasons)
	fmt.Printf("last name matches up to %.2f\n", s.Ceiling(match.LastName))
	for _, t := range []float64{0.85, 0.9, 0.95} {
		fmt.Println(t, s.DecisionAt(t, 0))
	}
	// Output:
	// approve fuzzy,extra-names
	// last name matches up to 0.90
	// 0.85 approve
	// 0.9 approve
	// 0.95 decline
}
