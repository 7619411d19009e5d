package match_test

import (
	"fmt"

	"github.com/custmatch/custmatch/match"
)

func ExampleOptions_transliterate() {
	merchant := match.Record{FirstName: "Дмитрий", LastName: "Иванов", DOB: "05.04.1986"}
	provider := match.Record{FirstName: "Dmitry", LastName: "Ivanov", DOB: "1986-04-05"}

	off, _ := match.New(match.Options{}) // the default policy: no transliteration
	fmt.Println(off.Compare(merchant, provider).Decision)

	on, _ := match.New(match.Options{Transliterate: true})
	v := on.Compare(merchant, provider)
	fmt.Println(v.Decision)
	for _, f := range v.Fields[:2] {
		fmt.Println(f.Field, f.Status, f.Transliteration, f.Reasons)
	}
	// Output:
	// decline
	// approve
	// first_name match en transliterated
	// last_name match icao transliterated
}
