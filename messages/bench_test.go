package messages_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

// naiveFirstName is the reference a caller might write instead of this package: English only, one
// fmt.Sprintf, no cleaning of the values. It gives the cost ratio of the catalog and the cleaning.
func naiveFirstName(v match.Verdict, provider string) string {
	f := v.Fields[match.FirstName]
	return fmt.Sprintf("Your transaction got declined. The reason is that during the data comparison with %s, "+
		"the first name was not matching. The first name must match in both systems. First name at %s: %s. "+
		"First name to compare: %s. Please change your first name here and retry the payment.",
		provider, provider, f.Provider, f.Merchant)
}

func BenchmarkDecline(b *testing.B) {
	first := mismatch(match.FirstName, "Maximillian", "Max", match.ReasonPrefix)
	last := mismatch(match.LastName, "Must", "Mustermann", match.ReasonPrefix)
	dobF := mismatch(match.DOB, "1988-07-23", "1988-01-01")
	cases := []struct {
		name string
		v    match.Verdict
	}{
		{"first_name", verdict(match.Decline, first)},
		{"multiple", verdict(match.Decline, first, last, dobF)},
		{"review", verdict(match.Review, match.FieldResult{Field: match.FirstName, Status: match.StatusMissing, Deciding: true})},
		{"approve", verdict(match.Approve)},
	}
	o := messages.Options{ProviderName: "paysafecard"}
	for _, c := range cases {
		for _, tag := range []language.Tag{language.English, language.MustParse("de-AT")} {
			b.Run("impl=catalog/case="+c.name+"/lang="+tag.String(), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = messages.Render(c.v, tag, o)
				}
			})
		}
	}
	b.Run("impl=naive/case=first_name/lang=en", func(b *testing.B) {
		v := cases[0].v
		b.ReportAllocs()
		for b.Loop() {
			_ = naiveFirstName(v, "paysafecard")
		}
	})
}

func BenchmarkNegotiate(b *testing.B) {
	for _, c := range []struct{ name, in string }{
		{"tag", "de-AT"},
		{"header", "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"},
		{"bad_entry", "fr-CH, xx-!!, de;q=0.5"},
		{"garbage", strings.Repeat("x", 64)},
	} {
		b.Run("impl=matcher/case="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = messages.Negotiate(c.in)
			}
		})
	}
}
