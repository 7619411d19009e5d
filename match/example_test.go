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
	merchant := match.Record{FirstName: "Johannes", LastName: "Mußterman", DOB: "05.04.1986"}
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
