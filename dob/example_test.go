package dob_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/custmatch/custmatch/dob"
)

// The reference date of the examples: 21 November 2026.
var exampleNow = time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)

func ExampleParse() {
	for _, s := range []string{
		"1986-04-05",
		"1986/04/05",
		"19860405",
		"5 April 1986",
		"April 5, 1986",
		"12. März 1964",
		"5 kwietnia 1986",
		"2020-09-28 22:05:51",
	} {
		d, err := dob.Parse(s, dob.Options{Now: exampleNow})
		fmt.Println(d, err)
	}
	// Output:
	// 1986-04-05 <nil>
	// 1986-04-05 <nil>
	// 1986-04-05 <nil>
	// 1986-04-05 <nil>
	// 1986-04-05 <nil>
	// 1964-03-12 <nil>
	// 1986-04-05 <nil>
	// 2020-09-28 <nil>
}

// Under Auto a numeric date whose two readings are both valid is an error
// that carries both candidates; a declared order reads it one way.
func ExampleParse_ambiguous() {
	_, err := dob.Parse("05/04/1986", dob.Options{Now: exampleNow})
	var e *dob.Error
	if errors.As(err, &e) && e.Reason == dob.ReasonAmbiguous {
		fmt.Println(err)
		fmt.Println("month-first:", e.Candidates[0])
		fmt.Println("day-first:", e.Candidates[1])
	}
	d, _ := dob.Parse("05/04/1986", dob.Options{Order: dob.DMY, Now: exampleNow})
	fmt.Println("DMY:", d)
	// Output:
	// dob: ambiguous date (two readings)
	// month-first: 1986-05-04
	// day-first: 1986-04-05
	// DMY: 1986-04-05
}

// A partial date is never filled in; the error carries what was present.
func ExampleParse_partial() {
	for _, s := range []string{"1986", "Sep 1986"} {
		_, err := dob.Parse(s, dob.Options{Now: exampleNow})
		var e *dob.Error
		if errors.As(err, &e) {
			fmt.Println(errors.Is(err, dob.ErrPartial), e.Partial)
		}
	}
	// Output:
	// true 1986
	// true 1986-09
}

// Rejections have a reason code and, for format problems, a byte offset;
// the message never repeats the input.
func ExampleParse_rejected() {
	for _, s := range []string{
		"1990-02-30",
		"1986-04-05 garbage",
		"1234567890",
		"2030-01-01",
		"Sunday, 5 April 1986",
	} {
		_, err := dob.Parse(s, dob.Options{Now: exampleNow})
		fmt.Println(err)
	}
	// Output:
	// dob: not a calendar date
	// dob: unexpected text after the date at byte 11
	// dob: unrecognised date format at byte 0
	// dob: date is in the future
	// dob: not a calendar date
}

func ExampleScan() {
	r := dob.Scan("Saturday, 05/04/86", dob.Options{Now: exampleNow})
	fmt.Printf("%v %q\n", r.Date, r.Reason)
	r = dob.Scan("10/04/05", dob.Options{Now: exampleNow})
	fmt.Printf("%v %v %q\n", r.Date, r.Alt, r.Reason)
	// Output:
	// 1986-04-05 ""
	// 2005-10-04 2005-04-10 "ambiguous"
}

func ExampleParseOrder() {
	o, err := dob.ParseOrder("DMY")
	fmt.Println(o, err)
	_, err = dob.ParseOrder("ymd")
	fmt.Println(err)
	// Output:
	// dmy <nil>
	// dob: unknown order (want auto, mdy or dmy)
}

func ExampleDate_String() {
	fmt.Println(dob.Date{Year: 1986, Month: time.April, Day: 5})
	fmt.Println(dob.Date{Year: 1986, Month: time.April})
	fmt.Println(dob.Date{Year: 1986})
	// Output:
	// 1986-04-05
	// 1986-04
	// 1986
}

// FormatLong writes a date of birth the way a language writes it in full,
// from the same CLDR data Parse reads.
func ExampleFormatLong() {
	d := dob.Date{Year: 1988, Month: time.April, Day: 5}
	for _, lang := range []string{"de", "fr", "en", "hu", "el", "pt-BR"} {
		s, _ := dob.FormatLong(d, lang)
		fmt.Println(s)
	}
	_, ok := dob.FormatLong(dob.Date{Year: 1988, Month: time.April}, "de")
	fmt.Println(ok)
	// Output:
	// 5. April 1988
	// 5 avril 1988
	// April 5, 1988
	// 1988. április 5.
	// 5 Απριλίου 1988
	// 5 de abril de 1988
	// false
}
