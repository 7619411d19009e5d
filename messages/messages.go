package messages

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/custmatch/custmatch/match"
)

// Options parameterizes the text of a message. The zero value is useful: the provider is called by a
// neutral phrase in each language ("the payment provider", "dem Zahlungsanbieter", …) and the closing
// sentence says "here" without a link; dates are shown as YYYY-MM-DD (DateISO). An Options value is read, never
// modified, by Render; it is safe to share between goroutines.
type Options struct {
	// ProviderName is the payment provider's display name as the customer knows it, e.g. "paysafecard".
	// It is shown verbatim (after removing control, format and invisible characters and collapsing
	// whitespace).
	// "" selects a neutral phrase per language.
	ProviderName string
	// ChangeURL is an optional address of the page where the customer changes their details. When set,
	// the closing sentence names it in place of "here": in English "Please change your first name at
	// <URL> and retry the payment.", in German "… unter <URL> …", in French "… à l'adresse <URL> …".
	// It is shown verbatim (after the same cleaning as ProviderName); Render does not validate it.
	ChangeURL string
	// DateStyle is how a date of birth read as a full date is written: DateISO (the zero value,
	// 1988-04-05) or DateLong (the month's name in the customer's language: "5. April 1988"). A partial
	// or unreadable date is always shown as written.
	DateStyle DateStyle
}

// Key is the stable identifier of a customer-facing message. Keys never change meaning between versions:
// log them, count them, or use them to pick your own texts. The keys Render returns are listed in the
// constants below; a Key is a plain string, safe to copy and compare.
type Key string

// The message keys Render returns.
const (
	// KeyFirstName: the first name alone did not match.
	KeyFirstName Key = "decline.first_name"
	// KeyLastName: the last name alone did not match.
	KeyLastName Key = "decline.last_name"
	// KeyDOB: the date of birth alone did not match.
	KeyDOB Key = "decline.dob"
	// KeyDOBDayMonthSwapped: the date of birth alone did not match, and the two dates differ only by day
	// and month being exchanged (reason day-month-swapped); the text asks the customer to check the order.
	KeyDOBDayMonthSwapped Key = "decline.dob.day_month_swapped"
	// KeyDOBInvalidDate: the date of birth alone failed because the shop's value is not a valid calendar
	// date (reason invalid-date) while the provider's is; the text asks the customer to enter a valid date
	// of birth at the shop.
	KeyDOBInvalidDate Key = "decline.dob.invalid_date"
	// KeyEmail: the email address alone did not match (only when the email was deciding).
	KeyEmail Key = "decline.email"
	// KeyMultiple: several fields did not match; one text names them all and shows both values of each.
	KeyMultiple Key = "decline.multiple"
	// KeyProviderValue: every failing field's problem is the provider's value: its date of birth is not
	// a valid date while the shop's is, or its value is empty. The text names the fields, shows both
	// values and asks the customer to check their details in their account at the provider; it never
	// asks them to change the shop's valid value.
	KeyProviderValue Key = "decline.provider_value"
	// KeyCheckBoth: some failing fields are the shop's to fix and some the provider's, or a date of birth
	// is invalid and the verdict does not tell on which side. The text names the fields, shows both
	// values, says a value is missing or not valid, and asks the customer to check their details at the
	// shop and in their account at the provider.
	KeyCheckBoth Key = "decline.check_both"
	// KeyGeneric: a Decline verdict that names no failing field (a hand-built or inconsistent verdict);
	// the text says the details did not match without naming a field or showing a value.
	KeyGeneric Key = "decline.generic"
	// KeyReview: the verdict is Review; a neutral text without values or blame ("we need to check your
	// details, we will be in touch").
	KeyReview Key = "review"
)

// Message is the text a customer sees for a verdict. It is a plain value, safe to copy and to share
// between goroutines. Text contains the customer's own values: it is personal data, for the customer's
// eyes, not for logs (log Key and Fields instead).
type Message struct {
	Key    Key           // which message; "" for an approve verdict
	Tag    language.Tag  // the language actually used (one of Supported()), also set for an approve verdict
	Text   string        // the text; "" for an approve verdict
	Fields []match.Field // the fields the text talks about, in Field order; nil when it names none
}

// supported lists the languages with a complete catalog, English first (the fallback).
var supported = []language.Tag{
	language.English,
	language.German,
	language.French,
	language.Spanish,
	language.Italian,
	language.Dutch,
	language.Portuguese,
	language.EuropeanPortuguese,
	language.Polish,
	language.Czech,
	language.Hungarian,
	language.Romanian,
	language.Greek,
	language.Turkish,
}

// matcher negotiates against supported. A language.Matcher holds no mutable state after NewMatcher and is
// safe for concurrent use.
var matcher = language.NewMatcher(supported)

// Supported returns the languages with a complete catalog, English first. The caller owns the returned
// slice.
func Supported() []language.Tag { return slices.Clone(supported) }

// Negotiate returns the supported language that best fits tagOrAcceptLanguage, which is either one BCP 47
// tag ("de", "de-AT", "pt-BR") or an HTTP Accept-Language value ("fr-CH, fr;q=0.9, en;q=0.8"). Preferences
// are honoured in order of weight; entries with q=0 are ignored; entries that do not parse are skipped
// while the others still count. A regional or related language maps to its supported language ("de-AT"
// gives German, "pt-PT" and "pt-BR" Portuguese, "gsw" German, "gl" Spanish); anything else, "", "*" and
// garbage give English. The result is always one of Supported(), without region or extensions.
func Negotiate(tagOrAcceptLanguage string) language.Tag {
	return negotiate(parseAccept(tagOrAcceptLanguage)...)
}

// negotiate matches the desired tags against supported and returns the supported tag itself (not the
// matcher's tag, which carries "-u-rg-" extensions).
func negotiate(desired ...language.Tag) language.Tag {
	if len(desired) == 0 {
		return supported[0]
	}
	_, i, conf := matcher.Match(desired...)
	if conf == language.No {
		return supported[0]
	}
	return supported[i]
}

// parseAccept parses an Accept-Language value or a single tag. When the whole value does not parse, each
// comma-separated entry is parsed on its own and the bad ones are dropped, keeping the weights' order.
func parseAccept(s string) []language.Tag {
	if len(s) > maxAcceptLen {
		s = s[:maxAcceptLen]
	}
	if tags, _, err := language.ParseAcceptLanguage(s); err == nil {
		return tags
	}
	type weighted struct {
		tag language.Tag
		q   float32
	}
	var ws []weighted
	for part := range strings.SplitSeq(s, ",") {
		tags, qs, err := language.ParseAcceptLanguage(part)
		if err != nil {
			continue
		}
		for i := range tags {
			ws = append(ws, weighted{tags[i], qs[i]})
		}
	}
	slices.SortStableFunc(ws, func(a, b weighted) int {
		switch {
		case a.q > b.q:
			return -1
		case a.q < b.q:
			return 1
		}
		return 0
	})
	tags := make([]language.Tag, len(ws))
	for i, w := range ws {
		tags[i] = w.tag
	}
	return tags
}

// maxAcceptLen bounds the Accept-Language value read (a header is attacker-controlled); the first
// preferences fit well within it.
const maxAcceptLen = 1 << 10

// Render renders the message a customer sees for v, in the supported language that best fits tag (see
// Negotiate; an unsupported tag gives English). It covers every decision: a decline names the fields to
// fix, a review gets a neutral text, an approve an empty Message.
//
//   - Decline with one failing field (v.Failing()) whose value at the shop is the one to change: that
//     field's text, showing the value at the provider and the value to compare (the merchant's), and
//     asking the customer to change it. For the date of birth, reason day-month-swapped gives
//     KeyDOBDayMonthSwapped and reason invalid-date (the shop's date is the invalid one) KeyDOBInvalidDate;
//     otherwise KeyDOB.
//   - Decline with several such fields: KeyMultiple, one text naming every field and showing both values
//     of each.
//   - Decline where every failing field's problem is the provider's value (its date of birth is invalid
//     while the shop's is valid, or its value is empty): KeyProviderValue, which points the customer to
//     their account at the provider and never asks them to change the shop's valid value.
//   - Decline mixing both kinds, or with an invalid date whose side the verdict does not tell (neither
//     side's date was read): KeyCheckBoth, which asks the customer to check their details at the shop
//     and in their account at the provider.
//   - Decline naming no field: KeyGeneric.
//   - Review: KeyReview, a neutral text without values; Fields lists the fields that sent v to review.
//   - Approve, or any other decision (the zero value): an empty Message (Key and Text "", Fields nil)
//     whose Tag is still the negotiated language.
//
// Which side of a date of birth is invalid is read from the verdict: with reason invalid-date, the side
// whose date was parsed (FieldResult.MerchantDate or ProviderDate not zero) is valid and the other is
// not.
//
// Values are shown raw, never normalized, with control characters, format characters (every character of
// general category Cf: bidi, zero-width, soft hyphen, BOM, interlinear annotation, prepended
// concatenation marks) and other invisible characters removed, whitespace collapsed to single spaces and trimmed, and cut to 100
// characters with "…" when longer; an empty result is shown as a neutral word such as "(empty)". A date
// of birth parsed to a full date (FieldResult.MerchantDate/ProviderDate) is shown in Options.DateStyle:
// YYYY-MM-DD by default, or with the month's name in the customer's language; a partial or unparsed one
// is shown as its cleaned raw value. Values are passed as arguments, never as format text, so "%d" or
// "${x}" in a name appear literally.
//
// Render is safe for concurrent use by multiple goroutines: the catalog is built once and never changed,
// and each call uses its own message.Printer.
func Render(v match.Verdict, tag language.Tag, o Options) Message {
	lang := negotiate(tag)
	m := Message{Tag: lang}
	r := renderer{p: message.NewPrinter(lang, message.Catalog(catalogOnce())), lang: lang, o: o}
	switch v.Decision {
	case match.Decline:
		failing := validFields(v.Failing())
		shop, provider := 0, 0
		for _, fld := range failing {
			switch sideOf(&v.Fields[fld]) {
			case sideShop:
				shop++
			case sideProvider:
				provider++
			}
		}
		m.Fields = failing
		switch {
		case len(failing) == 0:
			m.Key = KeyGeneric
			m.Text = r.sprintf(string(KeyGeneric), r.with(), r.where())
		case shop == len(failing) && shop == 1:
			f := &v.Fields[failing[0]]
			m.Key = singleKey(f)
			m.Text = r.sprintf(string(m.Key), r.with(), r.detail(f), r.where())
		case shop == len(failing):
			m.Key = KeyMultiple
			m.Text = r.sprintf(string(KeyMultiple), r.with(), r.names(failing), r.details(&v, failing), r.where())
		case provider == len(failing):
			m.Key = KeyProviderValue
			m.Text = r.sprintf(string(KeyProviderValue), r.with(), r.names(failing), r.details(&v, failing), r.account())
		default:
			m.Key = KeyCheckBoth
			m.Text = r.sprintf(string(KeyCheckBoth), r.with(), r.names(failing), r.details(&v, failing),
				r.where(), r.account())
		}
	case match.Review:
		m.Key = KeyReview
		m.Fields = validFields(v.Failing())
		m.Text = r.sprintf(string(KeyReview))
	}
	return m
}

// Decline renders the message a customer sees for v, exactly as Render does.
//
// Deprecated: Decline also renders review messages, which its name hides; use Render.
func Decline(v match.Verdict, tag language.Tag, o Options) Message { return Render(v, tag, o) }

// side says where the value that a failing field's customer must look at is held.
type side uint8

const (
	// sideShop: the shop's value is the one to change (a plain mismatch, or the shop's date is invalid).
	sideShop side = iota
	// sideProvider: the provider's value is invalid or empty while the shop's is valid.
	sideProvider
	// sideUnknown: a date of birth is invalid, and the verdict does not tell on which side.
	sideUnknown
)

// sideOf tells whose value a failing field's customer must fix. With reason invalid-date, a side whose
// date was parsed is valid (Compare leaves the date of an invalid side zero); when neither was parsed,
// either both are invalid or one is an ambiguous numeric date, and the side is unknown. Otherwise a
// provider value that shows empty, against a shop value that does not, is the provider's.
func sideOf(f *match.FieldResult) side {
	if f.Field == match.DOB && f.Reasons.Has(match.ReasonInvalidDate) {
		shopOK, providerOK := !f.MerchantDate.IsZero(), !f.ProviderDate.IsZero()
		switch {
		case shopOK && !providerOK:
			return sideProvider
		case providerOK && !shopOK:
			return sideShop
		}
		return sideUnknown
	}
	if clean(f.Provider, maxValueRunes) == "" && clean(f.Merchant, maxValueRunes) != "" {
		return sideProvider
	}
	return sideShop
}

// validFields drops field numbers outside the four known fields (possible only in a hand-built Verdict
// whose FieldResult.Field values are out of range), so that rendering never indexes past Verdict.Fields.
func validFields(fs []match.Field) []match.Field {
	fs = slices.DeleteFunc(fs, func(f match.Field) bool { return int(f) >= match.NumFields })
	if len(fs) == 0 {
		return nil
	}
	return fs
}

// singleKey picks the message for one failing field.
func singleKey(f *match.FieldResult) Key {
	switch f.Field {
	case match.FirstName:
		return KeyFirstName
	case match.LastName:
		return KeyLastName
	case match.DOB:
		switch {
		case f.Reasons.Has(match.ReasonInvalidDate):
			return KeyDOBInvalidDate
		case f.Reasons.Has(match.ReasonDayMonthSwapped):
			return KeyDOBDayMonthSwapped
		}
		return KeyDOB
	}
	return KeyEmail
}

// renderer formats catalog entries for one call. It wraps a message.Printer, which is not safe for
// concurrent use, so a renderer never outlives its call.
type renderer struct {
	p    *message.Printer
	lang language.Tag
	o    Options
}

// sprintf renders the catalog entry key with the given string arguments. Arguments are always passed as
// values for %[n]s verbs, never as format text.
func (r renderer) sprintf(key string, args ...string) string {
	a := make([]any, len(args))
	for i, s := range args {
		a[i] = s
	}
	return r.p.Sprintf(key, a...)
}

// provider renders a part naming the provider: named when Options.ProviderName shows anything, else its
// neutral form. The name is cleaned, and in Hungarian it carries its article ("a paysafecard", "az
// Adyen"), chosen from the name's first sound.
func (r renderer) provider(named, neutral string) string {
	name := clean(r.o.ProviderName, maxNameRunes)
	if name == "" {
		return r.sprintf(neutral)
	}
	if r.lang == language.Hungarian {
		name = huArticle(name) + " " + name
	}
	return r.sprintf(named, name)
}

// with renders "with <provider>" (the data comparison with whom).
func (r renderer) with() string { return r.provider(partProviderWith, partProviderWithNeutral) }

// at renders "at <provider>" (whose value it is).
func (r renderer) at() string { return r.provider(partProviderAt, partProviderAtNeutral) }

// account renders "in your <provider> account" (where the customer fixes the provider's value).
func (r renderer) account() string {
	return r.provider(partProviderAccount, partProviderAccountNeutral)
}

// names renders the list of the fields' names: "first name, last name and date of birth".
func (r renderer) names(fields []match.Field) string {
	names := make([]string, len(fields))
	for i, fld := range fields {
		names[i] = r.sprintf(fieldKey[fld])
	}
	return r.list(names)
}

// details renders the detail sentences of the fields, in order, separated by spaces.
func (r renderer) details(v *match.Verdict, fields []match.Field) string {
	ds := make([]string, len(fields))
	for i, fld := range fields {
		ds[i] = r.detail(&v.Fields[fld])
	}
	return strings.Join(ds, " ")
}

// where renders "here" or "at <URL>".
func (r renderer) where() string {
	if u := clean(r.o.ChangeURL, maxURLRunes); u != "" {
		return r.sprintf(partWhereURL, u)
	}
	return r.sprintf(partWhereHere)
}

// detail renders the two values of one field: "First name at X: a. First name to compare: b."
func (r renderer) detail(f *match.FieldResult) string {
	return r.sprintf(detailKey[f.Field], r.at(), closing(r.value(f.Provider, f.ProviderDate)),
		closing(r.value(f.Merchant, f.MerchantDate)))
}

// closing prepares a value that ends a sentence (every detail entry puts a period right after each
// value; a test checks it): a final period of the value merges with the sentence's, as orthography
// wants ("Max Jr.", never "Max Jr.."; the Hungarian long date "1988. április 5." likewise). A value
// that is only a period keeps it.
func closing(s string) string {
	if len(s) > 1 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}

// list joins field names: "a", "a and b", "a, b and c".
func (r renderer) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	head := strings.Join(items[:len(items)-1], ", ")
	return r.sprintf(partListAnd, head, items[len(items)-1])
}
