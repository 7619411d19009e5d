package messages_test

import (
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

// verdict builds a Verdict literal: every field matches and decides (email is informational) unless
// overridden by one of fs, which replace the result of their Field.
func verdict(d match.Decision, fs ...match.FieldResult) match.Verdict {
	v := match.Verdict{Decision: d, Policy: match.PolicyVersion}
	for i := range v.Fields {
		v.Fields[i] = match.FieldResult{Field: match.Field(i), Status: match.StatusMatch,
			Reasons: match.Reasons(0).With(match.ReasonExact), Deciding: match.Field(i) != match.Email}
	}
	for _, f := range fs {
		v.Fields[f.Field] = f
	}
	return v
}

// mismatch is a deciding mismatch of field f with the merchant and provider raw values.
func mismatch(f match.Field, merchant, provider string, rs ...match.Reason) match.FieldResult {
	r := match.FieldResult{Field: f, Status: match.StatusMismatch, Deciding: true, Merchant: merchant, Provider: provider}
	if len(rs) == 0 {
		rs = []match.Reason{match.ReasonDifferent}
	}
	for _, x := range rs {
		r.Reasons = r.Reasons.With(x)
	}
	return r
}

func date(y int, m time.Month, d int) dob.Date { return dob.Date{Year: y, Month: m, Day: d} }

// TestProviderTexts reproduces the provider's three English texts exactly, for its own examples (with the
// provider's missing space after "systems." and "data or birth" corrected, as issue 5 asks).
func TestProviderTexts(t *testing.T) {
	dobField := mismatch(match.DOB, "1988-07-23", "1988-01-01")
	dobField.MerchantDate, dobField.ProviderDate = date(1988, 7, 23), date(1988, 1, 1)
	tests := []struct {
		name string
		v    match.Verdict
		key  messages.Key
		want string
	}{
		{"first name Max/Maximillian", verdict(match.Decline, mismatch(match.FirstName, "Maximillian", "Max", match.ReasonPrefix)),
			messages.KeyFirstName,
			"Your transaction got declined. The reason is that during the data comparison with paysafecard, the first " +
				"name was not matching. The first name must match in both systems. First name at paysafecard: Max. First " +
				"name to compare: Maximillian. Please change your first name here and retry the payment."},
		{"last name Mustermann/Must", verdict(match.Decline, mismatch(match.LastName, "Must", "Mustermann", match.ReasonPrefix)),
			messages.KeyLastName,
			"Your transaction got declined. The reason is that during the data comparison with paysafecard, the last " +
				"name was not matching. The last name must match in both systems. Last name at paysafecard: Mustermann. " +
				"Last name to compare: Must. Please change your last name here and retry the payment."},
		{"date of birth 1988-01-01/1988-07-23", verdict(match.Decline, dobField),
			messages.KeyDOB,
			"Your transaction got declined. The reason is that during the data comparison with paysafecard, the date " +
				"of birth was not matching. The date of birth must match in both systems. Date of birth at paysafecard: " +
				"1988-01-01. Date of birth to compare: 1988-07-23. Please change your date of birth here and retry the " +
				"payment."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := messages.Render(tt.v, language.English, messages.Options{ProviderName: "paysafecard"})
			assert.Equal(t, tt.want, m.Text)
			assert.Equal(t, tt.key, m.Key)
			assert.Equal(t, language.English, m.Tag)
		})
	}
}

func TestSupported(t *testing.T) {
	want := []language.Tag{language.English, language.German, language.French, language.Spanish,
		language.Italian, language.Dutch, language.Portuguese, language.EuropeanPortuguese, language.Polish, language.Czech,
		language.Hungarian, language.Romanian, language.Greek, language.Turkish}
	got := messages.Supported()
	require.Equal(t, want, got)
	got[0] = language.Japanese // the caller owns the copy
	assert.Equal(t, language.English, messages.Supported()[0])
}

func TestNegotiate(t *testing.T) {
	tests := []struct {
		in   string
		want language.Tag
	}{
		{"de", language.German},
		{"de-AT", language.German},
		{"de-CH-1996", language.German},
		{"gsw", language.German},
		{"fr-CH, fr;q=0.9, en;q=0.8", language.French},
		{"en-GB", language.English},
		{"pt-BR", language.Portuguese},
		{"pt-PT", language.EuropeanPortuguese},
		{"pt-AO", language.EuropeanPortuguese},
		{"pt", language.Portuguese},
		{"es-419", language.Spanish},
		{"nl-BE", language.Dutch},
		{"it-CH", language.Italian},
		{"ro-MD", language.Romanian},
		{"el-CY", language.Greek},
		{"tr", language.Turkish},
		{"hu-HU", language.Hungarian},
		{"cs-CZ", language.Czech},
		{"pl", language.Polish},
		{"ja, de;q=0.5", language.German},
		{"ru, cs;q=0.8, en;q=0.1", language.Czech},
		{"en;q=0.2, tr;q=0.9", language.Turkish},
		{"fr;q=0, de", language.German},
		{"fr-CH, xx-!!, de;q=0.5", language.French},
		{"!!, nl;q=0.3", language.Dutch},
		{"DE-at", language.German},
		{"zh", language.English},
		{"sk", language.English},
		{"*", language.English},
		{"und", language.English},
		{"", language.English},
		{"garbage", language.English},
		{"%d;q=x", language.English},
		{strings.Repeat("x", 5000), language.English},
	}
	for _, tt := range tests {
		t.Run(tt.in[:min(len(tt.in), 40)], func(t *testing.T) {
			assert.Equal(t, tt.want, messages.Negotiate(tt.in))
		})
	}
}

func TestDeclineKeys(t *testing.T) {
	first := mismatch(match.FirstName, "Maximillian", "Max", match.ReasonPrefix)
	last := mismatch(match.LastName, "Must", "Mustermann", match.ReasonPrefix)
	email := mismatch(match.Email, "a@example.com", "b@example.com")
	swapped := mismatch(match.DOB, "1986-05-04", "1986-04-05", match.ReasonDayMonthSwapped)
	invalid := mismatch(match.DOB, "1990-02-30", "1990-02-28", match.ReasonInvalidDate)
	invalid.ProviderDate = date(1990, 2, 28)
	invalidAtProvider := mismatch(match.DOB, "1990-02-28", "1990-02-30", match.ReasonInvalidDate)
	invalidAtProvider.MerchantDate = date(1990, 2, 28)
	invalidSideUnknown := mismatch(match.DOB, "05/04/1986", "1990-02-30", match.ReasonInvalidDate)
	emptyAtProvider := mismatch(match.LastName, "Mustermann", "\u200b")
	plainDOB := mismatch(match.DOB, "1988-07-23", "1988-01-01")
	missingFirst := match.FieldResult{Field: match.FirstName, Status: match.StatusMissing, Deciding: true,
		Reasons: match.Reasons(0).With(match.ReasonEmpty), Provider: "Max"}
	emailInfo := email
	emailInfo.Deciding = false

	tests := []struct {
		name   string
		v      match.Verdict
		key    messages.Key
		fields []match.Field
	}{
		{"first name", verdict(match.Decline, first), messages.KeyFirstName, []match.Field{match.FirstName}},
		{"last name", verdict(match.Decline, last), messages.KeyLastName, []match.Field{match.LastName}},
		{"dob", verdict(match.Decline, plainDOB), messages.KeyDOB, []match.Field{match.DOB}},
		{"dob day-month-swapped", verdict(match.Decline, swapped), messages.KeyDOBDayMonthSwapped, []match.Field{match.DOB}},
		{"dob invalid-date", verdict(match.Decline, invalid), messages.KeyDOBInvalidDate, []match.Field{match.DOB}},
		{"dob invalid-date at the provider", verdict(match.Decline, invalidAtProvider), messages.KeyProviderValue, []match.Field{match.DOB}},
		{"dob invalid-date, side unknown", verdict(match.Decline, invalidSideUnknown), messages.KeyCheckBoth, []match.Field{match.DOB}},
		{"value empty at the provider", verdict(match.Decline, emptyAtProvider), messages.KeyProviderValue, []match.Field{match.LastName}},
		{"shop and provider fields", verdict(match.Decline, first, invalidAtProvider), messages.KeyCheckBoth,
			[]match.Field{match.FirstName, match.DOB}},
		{"two provider fields", verdict(match.Decline, emptyAtProvider, invalidAtProvider), messages.KeyProviderValue,
			[]match.Field{match.LastName, match.DOB}},
		{"email deciding", verdict(match.Decline, email), messages.KeyEmail, []match.Field{match.Email}},
		{"email informational is not named", verdict(match.Decline, first, emailInfo), messages.KeyFirstName, []match.Field{match.FirstName}},
		{"two fields", verdict(match.Decline, first, last), messages.KeyMultiple, []match.Field{match.FirstName, match.LastName}},
		{"all four", verdict(match.Decline, first, last, swapped, email), messages.KeyMultiple,
			[]match.Field{match.FirstName, match.LastName, match.DOB, match.Email}},
		{"decline naming nothing", verdict(match.Decline), messages.KeyGeneric, nil},
		{"review", verdict(match.Review, missingFirst), messages.KeyReview, []match.Field{match.FirstName}},
		{"approve", verdict(match.Approve), "", nil},
		{"zero decision", match.Verdict{}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, tag := range messages.Supported() {
				m := messages.Render(tt.v, tag, messages.Options{})
				assert.Equal(t, tt.key, m.Key, tag)
				assert.Equal(t, tt.fields, m.Fields, tag)
				assert.Equal(t, tag, m.Tag)
				assert.Equal(t, tt.key == "", m.Text == "", "%s: text present iff key", tag)
				assert.NotContains(t, m.Text, "%!", tag)
			}
		})
	}
}

func TestDeclineTag(t *testing.T) {
	v := verdict(match.Decline, mismatch(match.FirstName, "Maximillian", "Max"))
	for _, tt := range []struct {
		tag  language.Tag
		want language.Tag
	}{
		{language.MustParse("de-AT"), language.German},
		{language.MustParse("pt-BR"), language.Portuguese},
		{language.MustParse("fr-CA"), language.French},
		{language.Japanese, language.English},
		{language.Und, language.English},
	} {
		t.Run(tt.tag.String(), func(t *testing.T) {
			m := messages.Render(v, tt.tag, messages.Options{})
			assert.Equal(t, tt.want, m.Tag)
			assert.Equal(t, messages.Render(v, tt.want, messages.Options{}).Text, m.Text)
		})
	}
}

// TestDeclineValues checks what the customer sees of the values: raw, cleaned, dates as YYYY-MM-DD, never
// interpreted as format verbs.
func TestDeclineValues(t *testing.T) {
	withDates := func(f match.FieldResult, m, p dob.Date) match.FieldResult {
		f.MerchantDate, f.ProviderDate = m, p
		return f
	}
	tests := []struct {
		name     string
		field    match.FieldResult
		merchant string // what the text must show for each side
		provider string
	}{
		{"format verbs", mismatch(match.FirstName, "%d%s%v %[1]s %!x", "Max %%"), "%d%s%v %[1]s %!x", "Max %%"},
		{"catalog variable syntax", mismatch(match.FirstName, "${x} ${", "Max"), "${x} ${", "Max"},
		{"bidi override", mismatch(match.LastName, "\u202eMust\u202c", "Muster\u2066mann\u2069"), "Must", "Mustermann"},
		{"zero width and soft hyphen", mismatch(match.LastName, "Mu\u200bst", "Muster\u00admann"), "Must", "Mustermann"},
		{"controls and whitespace", mismatch(match.FirstName, " \tMaxi\x00milian\n ", "Max\u00a0\u00a0Michael"), "Maximilian", "Max Michael"},
		{"raw, not normalized", mismatch(match.LastName, "MÜLLER-Lüdenscheidt", "Mueller"), "MÜLLER-Lüdenscheidt", "Mueller"},
		{"empty after cleaning", mismatch(match.FirstName, "\u200b", "Max"), "(empty)", "Max"},
		{"long value cut", mismatch(match.FirstName, strings.Repeat("a", 150), "Max"), strings.Repeat("a", 100) + "…", "Max"},
		{"full dates as ISO", withDates(mismatch(match.DOB, "23.07.1988", "1988-01-01"), date(1988, 7, 23), date(1988, 1, 1)),
			"1988-07-23", "1988-01-01"},
		{"ambiguous-order reading shown", withDates(mismatch(match.DOB, "05/04/1986", "1986-04-06"), date(1986, 5, 4), date(1986, 4, 6)),
			"1986-05-04", "1986-04-06"},
		{"partial date shows raw", withDates(mismatch(match.DOB, " Sep\u200b 1986 ", "1987-09-01"), dob.Date{Year: 1986, Month: 9}, date(1987, 9, 1)),
			"Sep 1986", "1987-09-01"},
		{"final period merges with the sentence's", mismatch(match.FirstName, "Max Jr.", "Max."), "Max Jr", "Max"},
		{"a lone period stays", mismatch(match.FirstName, "Max", "."), "Max", "."},
		{"invalid date shows raw", mismatch(match.DOB, "1990-02-30", "1990-02-28", match.ReasonInvalidDate), "1990-02-30", "1990-02-28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := messages.Render(verdict(match.Decline, tt.field), language.English, messages.Options{ProviderName: "Pay"})
			label := map[match.Field]string{match.FirstName: "First name", match.LastName: "Last name", match.DOB: "Date of birth"}[tt.field.Field]
			assert.Contains(t, m.Text, label+" at Pay: "+tt.provider+". ")
			assert.Contains(t, m.Text, label+" to compare: "+tt.merchant+". ")
			assert.Equal(t, strings.Count(tt.merchant+tt.provider, "%!"), strings.Count(m.Text, "%!"), "formatting error")
			assert.True(t, utf8.ValidString(m.Text))
		})
	}
}

func TestDeclineOptions(t *testing.T) {
	v := verdict(match.Decline, mismatch(match.FirstName, "Maximillian", "Max"))
	tests := []struct {
		name string
		tag  language.Tag
		o    messages.Options
		want []string
		not  []string
	}{
		{"neutral provider", language.English, messages.Options{},
			[]string{"during the data comparison with the payment provider, ", "First name at the payment provider: Max."}, nil},
		{"neutral provider de", language.German, messages.Options{},
			[]string{"Beim Datenabgleich mit dem Zahlungsanbieter ", "Vorname beim Zahlungsanbieter: Max."}, nil},
		{"blank provider is neutral", language.English, messages.Options{ProviderName: " \u200b "},
			[]string{"with the payment provider"}, nil},
		{"provider cleaned", language.English, messages.Options{ProviderName: " Pay\u202e\nSafe "},
			[]string{"with Pay Safe, ", "First name at Pay Safe: Max."}, nil},
		{"change URL en", language.English, messages.Options{ChangeURL: "https://shop.example/account?x=%d"},
			[]string{"Please change your first name at https://shop.example/account?x=%d and retry the payment."}, []string{" here"}},
		{"change URL de", language.German, messages.Options{ChangeURL: "https://shop.example/konto"},
			[]string{"Bitte ändern Sie Ihren Vornamen unter https://shop.example/konto und wiederholen Sie die Zahlung."}, []string{" hier "}},
		{"change URL fr", language.French, messages.Options{ChangeURL: "https://shop.example/compte"},
			[]string{"Veuillez modifier votre prénom à l'adresse https://shop.example/compte, puis effectuer à nouveau le paiement."}, nil},
		{"change URL tr", language.Turkish, messages.Options{ChangeURL: "https://shop.example/hesap"},
			[]string{"Lütfen adınızı https://shop.example/hesap adresinden değiştirin ve ödemeyi yeniden deneyin."}, []string{"buradan"}},
		{"blank URL says here", language.English, messages.Options{ChangeURL: " \t"},
			[]string{"Please change your first name here and retry the payment."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := messages.Render(v, tt.tag, tt.o).Text
			for _, s := range tt.want {
				assert.Contains(t, text, s)
			}
			for _, s := range tt.not {
				assert.NotContains(t, text, s)
			}
		})
	}
}

// TestReviewIsNeutral checks that the review text shows no value and names no field, in every language.
func TestReviewIsNeutral(t *testing.T) {
	v := verdict(match.Review, match.FieldResult{Field: match.FirstName, Status: match.StatusUnusable,
		Deciding: true, Merchant: "Zalgo\u0301\u0301\u0301\u0301\u0301", Provider: "Maxwell"})
	v.Fields[match.LastName].Merchant, v.Fields[match.LastName].Provider = "Mustermann", "Mustermann"
	for _, tag := range messages.Supported() {
		t.Run(tag.String(), func(t *testing.T) {
			m := messages.Render(v, tag, messages.Options{ProviderName: "Paysafe", ChangeURL: "https://x.example"})
			assert.Equal(t, messages.KeyReview, m.Key)
			for _, s := range []string{"Maxwell", "Zalgo", "Mustermann", "Paysafe", "https://"} {
				assert.NotContains(t, m.Text, s)
			}
		})
	}
}

// TestMultipleNamesEveryField checks that the combined text shows every failing field's values.
func TestMultipleNamesEveryField(t *testing.T) {
	v := verdict(match.Decline,
		mismatch(match.FirstName, "Fm", "Fp"), mismatch(match.LastName, "Lm", "Lp"),
		mismatch(match.DOB, "Dm", "Dp"), mismatch(match.Email, "Em", "Ep"))
	for _, tag := range messages.Supported() {
		t.Run(tag.String(), func(t *testing.T) {
			text := messages.Render(v, tag, messages.Options{ProviderName: "Pay"}).Text
			for _, s := range []string{"Fm", "Fp", "Lm", "Lp", "Dm", "Dp", "Em", "Ep", "Pay"} {
				assert.Contains(t, text, s)
			}
			assert.Less(t, strings.Index(text, "Fp"), strings.Index(text, "Lp"), "field order")
			assert.Less(t, strings.Index(text, "Lp"), strings.Index(text, "Dp"), "field order")
		})
	}
}

// TestConcurrentDecline renders from many goroutines (run with -race): the catalog and dob's CLDR tables
// are shared, read-only.
func TestConcurrentDecline(t *testing.T) {
	d := mismatch(match.DOB, "1988-07-23", "1988-01-01")
	d.MerchantDate, d.ProviderDate = date(1988, 7, 23), date(1988, 1, 1)
	v := verdict(match.Decline, mismatch(match.FirstName, "Maximillian", "Max"), mismatch(match.LastName, "Must", "Mustermann"), d)
	tags := messages.Supported()
	want := make([]string, len(tags))
	for i, tag := range tags {
		want[i] = messages.Render(v, tag, messages.Options{ProviderName: "Pay", DateStyle: messages.DateLong}).Text
	}
	var wg sync.WaitGroup
	got := make([][]string, 8)
	for g := range got {
		wg.Go(func() {
			for i := range 3 * len(tags) {
				tag := tags[(i+g)%len(tags)]
				got[g] = append(got[g], messages.Render(v, tag, messages.Options{ProviderName: "Pay", DateStyle: messages.DateLong}).Text)
			}
		})
	}
	wg.Wait()
	for g := range got {
		for i, text := range got[g] {
			assert.Equal(t, want[(i+g)%len(tags)], text, "goroutine %d call %d", g, i)
		}
	}
}

// FuzzRender checks, for any raw values, that every language renders the values' cleaned form literally
// (never as format text), keeps the text valid UTF-8 and free of formatting errors.
func FuzzRender(f *testing.F) {
	f.Add("Maximillian", "Max", "paysafecard")
	f.Add("%d %s %[2]s", "${x}", "%v")
	f.Add("\u202eMust\u202c", "Muster\u200bmann", "")
	f.Add("Bo\ufff9Evil\ufffaX\ufffbb", "M\u0600ax\U000110BD", "pay\ufff9safe\ufffbcard")
	f.Fuzz(func(t *testing.T, merchant, provider, name string) {
		v := verdict(match.Decline, mismatch(match.FirstName, merchant, provider))
		for _, tag := range messages.Supported() {
			m := messages.Render(v, tag, messages.Options{ProviderName: name})
			// An empty provider value (after cleaning) is the provider's to fix; otherwise the shop's.
			want := messages.KeyFirstName
			if messages.CleanValue(provider) == "" && messages.CleanValue(merchant) != "" {
				want = messages.KeyProviderValue
			}
			if m.Key != want || !utf8.ValidString(m.Text) {
				t.Fatalf("%s: key %q, valid UTF-8 %v", tag, m.Key, utf8.ValidString(m.Text))
			}
			// A "%!" in the text is a formatting error unless a shown value holds one itself: cleaning
			// can make one, e.g. by dropping an invalid byte between "%" and "!".
			shown := false
			for _, v := range []string{merchant, provider, name} {
				shown = shown || strings.Contains(messages.CleanValue(v), "%!")
			}
			if strings.Contains(m.Text, "%!") && !shown {
				t.Fatalf("%s: formatting error in %q", tag, m.Text)
			}
			if strings.ContainsAny(m.Text, "\u202e\u200b\x00\n") {
				t.Fatalf("%s: invisible or control character kept: %q", tag, m.Text)
			}
			if strings.ContainsFunc(m.Text, func(r rune) bool { return unicode.Is(unicode.Cf, r) }) {
				t.Fatalf("%s: format character kept: %q", tag, m.Text)
			}
		}
	})
}

// FuzzProviderDOB checks, for a valid date of birth at the shop and any date text at the provider, that
// a decline on the date alone never sends the customer to the shop's change address when the
// provider's date is the one that is not valid (issue 11: the shop's valid date must not be "fixed").
func FuzzProviderDOB(f *testing.F) {
	f.Add(1988, 1, 1, "1988-02-30")
	f.Add(1988, 1, 1, "\u200b")
	f.Add(1990, 6, 5, "06.05.1990")
	f.Add(1986, 4, 5, "05/04/1986")
	f.Add(1986, 4, 5, "1986-04-05 garbage")
	m, err := match.New(match.Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(f, err)
	const url = "https://shop.example/account"
	f.Fuzz(func(t *testing.T, y, mo, d int, provider string) {
		shop := dob.Date{Year: 1900 + ((y%120)+120)%120, Month: time.Month(((mo%12)+12)%12 + 1), Day: ((d%28)+28)%28 + 1}
		p := match.Record{FirstName: "Max", LastName: "Mustermann", DOB: provider}
		s := p
		s.DOB = shop.String()
		v := m.Compare(s, p)
		if v.Decision != match.Decline || !v.Field(match.DOB).Reasons.Has(match.ReasonInvalidDate) {
			return
		}
		for _, tag := range messages.Supported() {
			msg := messages.Render(v, tag, messages.Options{ChangeURL: url})
			if msg.Key != messages.KeyProviderValue || strings.Contains(msg.Text, url) {
				t.Fatalf("%s: shop date %s valid, provider %q invalid: key %s, text %q", tag, shop, provider, msg.Key, msg.Text)
			}
		}
	})
}

// TestWithMatcher renders the verdicts of the real matcher for the policy's examples.
func TestWithMatcher(t *testing.T) {
	m, err := match.New(match.Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	tests := []struct {
		name               string
		merchant, provider match.Record
		key                messages.Key
	}{
		{"approve", match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1990-09-28"},
			match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1990-09-28"}, ""},
		{"first name", match.Record{FirstName: "Maximillian", LastName: "Mustermann"},
			match.Record{FirstName: "Max", LastName: "Mustermann"}, messages.KeyFirstName},
		{"last name", match.Record{FirstName: "Max", LastName: "Must"},
			match.Record{FirstName: "Max", LastName: "Mustermann"}, messages.KeyLastName},
		{"dob", match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-07-23"},
			match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-01"}, messages.KeyDOB},
		{"dob swapped", match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1986-05-04"},
			match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1986-04-05"}, messages.KeyDOBDayMonthSwapped},
		{"dob invalid", match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1990-02-30"},
			match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1990-02-28"}, messages.KeyDOBInvalidDate},
		{"review", match.Record{LastName: "Mustermann"},
			match.Record{FirstName: "Max", LastName: "Mustermann"}, messages.KeyReview},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := m.Compare(tt.merchant, tt.provider)
			msg := messages.Render(v, language.English, messages.Options{ProviderName: "paysafecard"})
			assert.Equal(t, tt.key, msg.Key, v.String())
			if tt.key != "" && tt.key != messages.KeyReview {
				assert.Contains(t, msg.Text, "to compare: ")
			}
		})
	}
	// A merchant DOB in another format is shown as the parsed date.
	v := m.Compare(match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "23.07.1988"},
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-01"})
	assert.Contains(t, messages.Render(v, language.English, messages.Options{}).Text,
		"Date of birth to compare: 1988-07-23.")
}
