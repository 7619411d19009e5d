package messages

import (
	"time"

	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/match"
)

// Variant is one kind of customer message, with a verdict that produces it, for reviewing the texts
// (the provider's onboarding asks every merchant to test and send its customer error messages). It is a
// plain value, safe to copy and to share between goroutines.
type Variant struct {
	// Name identifies the variant: stable, lower case, usable as a file name ("first_name",
	// "dob_invalid_provider").
	Name string
	// Title describes the case in English for the reviewer ("Date of birth: the provider's is not a
	// valid date").
	Title string
	// Merchant and Provider are the records compared. Both are zero for a variant that no comparison
	// produces (Compared is false).
	Merchant, Provider match.Record
	// Compared reports whether Verdict is match.Compare's verdict for Merchant and Provider; false for a
	// hand-built verdict (decline.generic, which no comparison gives).
	Compared bool
	// Verdict is what the message is rendered from.
	Verdict match.Verdict
	// Key is the message Render gives for Verdict.
	Key Key
}

// The provider's sample customer (paysafecard Customer Data Exchange: "Max Mustermann", born
// 1988-01-01, max.mustermann@hotmail.com) and the sample mismatches its error messages use (Maximillian
// for Max, Must for Mustermann, 1988-07-23 for 1988-01-01).
var (
	sampleProvider = match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-01",
		Email: "max.mustermann@hotmail.com"}
	// sampleNow fixes "today" for the variants' comparisons, so that they never change with the clock.
	sampleNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
)

// variantSpec describes one variant: how the merchant's (and the provider's) record differ from the
// sample customer.
type variantSpec struct {
	name, title        string
	merchant, provider func(*match.Record)
	emailDeciding      bool
}

var variantSpecs = []variantSpec{
	{name: "first_name", title: "First name does not match (Maximillian at the shop, Max at the provider)",
		merchant: func(r *match.Record) { r.FirstName = "Maximillian" }},
	{name: "last_name", title: "Last name does not match (Must at the shop, Mustermann at the provider)",
		merchant: func(r *match.Record) { r.LastName = "Must" }},
	{name: "dob", title: "Date of birth does not match (1988-07-23 at the shop, 1988-01-01 at the provider)",
		merchant: func(r *match.Record) { r.DOB = "1988-07-23" }},
	{name: "dob_day_month_swapped", title: "Date of birth with day and month swapped (1988-07-01 at the shop, 1988-01-07 at the provider)",
		merchant: func(r *match.Record) { r.DOB = "1988-07-01" }, provider: func(r *match.Record) { r.DOB = "1988-01-07" }},
	{name: "dob_invalid_merchant", title: "Date of birth: the shop's is not a valid date (1988-02-30)",
		merchant: func(r *match.Record) { r.DOB = "1988-02-30" }},
	{name: "dob_invalid_provider", title: "Date of birth: the provider's is not a valid date (1988-02-30)",
		provider: func(r *match.Record) { r.DOB = "1988-02-30" }},
	{name: "several", title: "Several fields do not match (first name, last name and date of birth)",
		merchant: func(r *match.Record) { r.FirstName, r.LastName, r.DOB = "Maximillian", "Must", "1988-07-23" }},
	{name: "several_invalid_provider", title: "First name does not match, and the provider's date of birth is not a valid date",
		merchant: func(r *match.Record) { r.FirstName = "Maximillian" }, provider: func(r *match.Record) { r.DOB = "1988-02-30" }},
	{name: "email", title: "Email address does not match (only when the email is deciding)",
		merchant: func(r *match.Record) { r.Email = "m.mustermann@hotmail.com" }, emailDeciding: true},
	{name: "review", title: "Review: the shop has no first name (no values shown)",
		merchant: func(r *match.Record) { r.FirstName = "" }},
}

// Variants returns every kind of customer message, in a fixed order, each with a verdict that produces
// it: one field (first name, last name, date of birth, email when deciding), day and month swapped, an
// invalid date at the shop and at the provider, several fields, several fields of which one is the
// provider's to fix, review, and the generic decline. The verdicts come from match.Compare on the
// provider's sample customer (Max Mustermann, 1988-01-01) and its sample mismatches (Maximillian, Must,
// 1988-07-23), under the default policy (email deciding for the email variant), with 2026-01-01 as
// today; only the generic decline, which no comparison gives, is built by hand. Render each with any
// language and Options to review the texts.
//
// Variants builds new values on each call; it is safe for concurrent use.
func Variants() []Variant {
	var out []Variant
	for _, s := range variantSpecs {
		m, err := match.New(match.Options{Now: sampleNow, EmailDeciding: s.emailDeciding})
		if err != nil {
			panic(err) // constant options; an error is a programming error caught by the tests
		}
		merchant, provider := sampleProvider, sampleProvider
		if s.merchant != nil {
			s.merchant(&merchant)
		}
		if s.provider != nil {
			s.provider(&provider)
		}
		v := m.Compare(merchant, provider)
		out = append(out, Variant{Name: s.name, Title: s.title, Merchant: merchant, Provider: provider,
			Compared: true, Verdict: v, Key: Render(v, language.English, Options{}).Key})
	}
	generic := match.Verdict{Decision: match.Decline, Policy: match.PolicyVersion}
	for i := range generic.Fields {
		generic.Fields[i] = match.FieldResult{Field: match.Field(i), Status: match.StatusMatch,
			Deciding: match.Field(i) != match.Email}
	}
	out = append(out, Variant{Name: "generic", Title: "Decline naming no field (a hand-built verdict: no comparison gives it)",
		Verdict: generic, Key: Render(generic, language.English, Options{}).Key})
	return out
}
