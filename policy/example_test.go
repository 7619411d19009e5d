package policy_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/policy"
)

func ExampleDescribe() {
	d, err := policy.Describe(match.Options{LastNameThreshold: 0.85, DisableSwapped: true}, language.English)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Settings[:3] {
		fmt.Printf("%s: %s\n", s.Label, s.Value)
	}
	for _, sec := range d.Sections {
		for _, r := range sec.Rules {
			if r.ID == "swapped" {
				fmt.Printf("%s (%s): %s\n", r.Title, r.State, r.Examples[0].Outcome)
			}
		}
	}
	// Output:
	// Name similarity threshold: 90%
	// Threshold for the first name: 90%
	// Threshold for the last name: 85%
	// First and last name swapped (off): decline: first name, last name
}
