package messages

import (
	"fmt"
	"slices"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"

	"github.com/custmatch/custmatch/match"
)

// The parts the top-level messages are assembled from. Each language defines every part; the tests check
// that each entry has exactly the English entry's placeholders.
const (
	partProviderWith           = "provider.with"            // %[1]s provider name: "with paysafecard"
	partProviderWithNeutral    = "provider.with.neutral"    // "with the payment provider"
	partProviderAt             = "provider.at"              // %[1]s provider name: "at paysafecard"
	partProviderAtNeutral      = "provider.at.neutral"      // "at the payment provider"
	partProviderAccount        = "provider.account"         // %[1]s provider name: "in your paysafecard account"
	partProviderAccountNeutral = "provider.account.neutral" // "in your account with the payment provider"
	partWhereHere              = "where.here"               // "here"
	partWhereURL               = "where.url"                // %[1]s URL: "at https://…"
	partValueEmpty             = "value.empty"              // shown for a value that is empty after cleaning
	partListAnd                = "list.and"                 // %[1]s "a, b", %[2]s "c": "a, b and c"
)

// fieldKey names each field as it appears in the list of the combined message ("first name").
var fieldKey = [match.NumFields]string{
	match.FirstName: "field.first_name",
	match.LastName:  "field.last_name",
	match.DOB:       "field.dob",
	match.Email:     "field.email",
}

// detailKey gives each field's two values: %[1]s "at <provider>" phrase, %[2]s the provider's value,
// %[3]s the merchant's value.
var detailKey = [match.NumFields]string{
	match.FirstName: "detail.first_name",
	match.LastName:  "detail.last_name",
	match.DOB:       "detail.dob",
	match.Email:     "detail.email",
}

// translation is one language's complete catalog: every top-level Key and every part, as format strings
// whose only verbs are %[n]s.
//
// Placeholders of the top-level messages:
//   - single-field keys (KeyFirstName … KeyEmail): %[1]s "with <provider>", %[2]s the field's detail
//     sentences, %[3]s "here" or "at <URL>";
//   - KeyMultiple: %[1]s "with <provider>", %[2]s the list of field names, %[3]s the detail sentences of
//     every field, %[4]s "here" or "at <URL>";
//   - KeyProviderValue: %[1]s "with <provider>", %[2]s the list of field names, %[3]s the detail
//     sentences of every field, %[4]s "in your <provider> account";
//   - KeyCheckBoth: as KeyProviderValue, with %[4]s "here" or "at <URL>" and %[5]s "in your <provider>
//     account";
//   - KeyGeneric: %[1]s "with <provider>", %[2]s "here" or "at <URL>";
//   - KeyReview: none.
type translation struct {
	tag  language.Tag
	msgs map[string]string
}

// translations lists every language's catalog, in the order of supported.
var translations = []translation{
	{language.English, en},
	{language.German, de},
	{language.French, fr},
	{language.Spanish, es},
	{language.Italian, it},
	{language.Dutch, nl},
	{language.Portuguese, pt},
	{language.EuropeanPortuguese, ptPT},
	{language.Polish, pl},
	{language.Czech, cs},
	{language.Hungarian, hu},
	{language.Romanian, ro},
	{language.Greek, el},
	{language.Turkish, tr},
}

// catalogOnce builds the catalog on first use. The result is never modified afterwards: it is read-only
// and safe for concurrent use by multiple goroutines (catalog.Builder also locks internally).
var catalogOnce = sync.OnceValue(func() catalog.Catalog {
	c, err := buildCatalog(translations)
	if err != nil {
		panic(err) // the translations are constants checked by the tests; an error is a programming error
	}
	return c
})

// buildCatalog builds a catalog from ts with English as the fallback language.
func buildCatalog(ts []translation) (*catalog.Builder, error) {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, t := range ts {
		for key, msg := range t.msgs {
			if err := b.SetString(t.tag, key, msg); err != nil {
				return nil, fmt.Errorf("messages: catalog %s: key %s: %w", t.tag, key, err)
			}
		}
	}
	return b, nil
}

// anyLanguage is the tag ParseAcceptLanguage gives for "*" (any language).
var anyLanguage = language.Make("mul")

// HasCatalog reports whether Negotiate(tagOrAcceptLanguage) picks its language because the value asks for
// it: one of its preferences has a catalog, itself or through a regional or related language ("de-AT",
// "gsw" and "en-GB" do), or it is "*" (any language). It is false when Negotiate falls back to English
// for want of anything better: for "", a value that does not parse, or one that names only languages
// without a catalog ("xx-YY", "zh", "ca"). A CLI uses it to warn about a --lang value; a service should
// stay silent about an Accept-Language header, for which the fallback is the documented behaviour.
//
// HasCatalog is safe for concurrent use by multiple goroutines.
func HasCatalog(tagOrAcceptLanguage string) bool {
	tags := parseAccept(tagOrAcceptLanguage)
	if slices.Contains(tags, anyLanguage) {
		return true
	}
	if len(tags) == 0 {
		return false
	}
	_, _, conf := matcher.Match(tags...)
	return conf != language.No
}
