package match_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/translit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refField and refVerdict are the verdict's JSON shape written with encoding/json: the reference the
// hand-written appender must agree with byte for byte.
type refField struct {
	Field        match.Field  `json:"field"`
	Status       match.Status `json:"status"`
	Score        *float64     `json:"score,omitempty"`
	Reasons      []string     `json:"reasons"`
	Flags        []string     `json:"flags"`
	Deciding     bool         `json:"deciding"`
	Merchant     string       `json:"merchant,omitempty"`
	Provider     string       `json:"provider,omitempty"`
	MerchantDate string       `json:"merchant_date,omitempty"`
	ProviderDate string       `json:"provider_date,omitempty"`
}

func refJSON(t testing.TB, v match.Verdict) []byte {
	failing := v.Failing()
	if failing == nil {
		failing = []match.Field{}
	}
	fields := make([]refField, len(v.Fields))
	for i, r := range v.Fields {
		f := refField{Field: r.Field, Status: r.Status, Reasons: []string{}, Flags: []string{}, Deciding: r.Deciding,
			Merchant: r.Merchant, Provider: r.Provider}
		if r.Scored {
			s, _ := strconv.ParseFloat(strconv.FormatFloat(r.Score, 'f', 4, 64), 64)
			f.Score = &s
		}
		for x := range r.Reasons.All() {
			name := x.String()
			if x == match.ReasonTransliterated && r.Transliteration != 0 {
				name += ":" + r.Transliteration.String()
			}
			f.Reasons = append(f.Reasons, name)
		}
		for x := range r.Flags.All() {
			f.Flags = append(f.Flags, x.String())
		}
		if !r.MerchantDate.IsZero() {
			f.MerchantDate = r.MerchantDate.String()
		}
		if !r.ProviderDate.IsZero() {
			f.ProviderDate = r.ProviderDate.String()
		}
		fields[i] = f
	}
	b, err := json.Marshal(struct {
		Decision match.Decision `json:"decision"`
		Policy   string         `json:"policy"`
		Failing  []match.Field  `json:"failing"`
		Fields   []refField     `json:"fields"`
	}{v.Decision, v.Policy, failing, fields})
	require.NoError(t, err)
	return escapeInvisible(b)
}

// jsonEscaped is the set of runes the appender writes as \u escapes beyond encoding/json's: the invisible
// characters of the name policy, the format characters (Cf), the C1 controls and the noncharacters.
func jsonEscaped(r rune) bool {
	return textrule.IsInvisible(r) || unicode.Is(unicode.Cf, r) || (r >= 0x80 && r <= 0x9F) ||
		(r >= 0xFDD0 && r <= 0xFDEF) || (r&0xFFFE == 0xFFFE && r <= unicode.MaxRune)
}

// escapeInvisible writes the runes of jsonEscaped in encoding/json's output as \u escapes (they can only
// occur inside strings), which is the one thing the appender adds to encoding/json's escaping.
func escapeInvisible(b []byte) []byte {
	var out []byte
	for _, r := range string(b) {
		if jsonEscaped(r) {
			if r > 0xFFFF {
				r -= 0x10000
				out = append(out, []byte("\\u"+hex4(0xD800+(r>>10))+"\\u"+hex4(0xDC00+(r&0x3FF)))...)
				continue
			}
			out = append(out, []byte("\\u"+hex4(r))...)
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

func hex4(r rune) string {
	s := strconv.FormatInt(int64(r), 16)
	return strings.Repeat("0", 4-len(s)) + s
}

func jsonPairs(t testing.TB) [][2]match.Record {
	pairs := corpusPairs(t)
	return append(pairs,
		[2]match.Record{rec("Max\u202e", "<b>&\"\\", "1986"), rec("Max\u200b", "x\x01\u2028\u2029", "Sep 1986")},
		[2]match.Record{rec("Jos\xe9", "\U000E0001tag", "05/04/1986"), rec("José", "Lee\t\n\r\b\f", "04/05/1986")},
		[2]match.Record{rec("Anna", "Lee", "1990-02-30"), rec("Boris", "Lee", "0000-00-00")},
		[2]match.Record{rec("Jos\u0085é\ufff9x\ufffby", "\u0600\ufdd0\U0001fffe", ""), rec("\u034f\u115f", "Lee", "")},
		[2]match.Record{rec("", "", ""), rec("Max", "", "")},
	)
}

// translitPairs are verdicts whose reasons carry a transliteration scheme.
func translitPairs(t testing.TB) []match.Verdict {
	m := matcher(t, match.Options{Transliterate: true})
	var out []match.Verdict
	for _, p := range [][2]match.Record{
		{rec("Дмитрий", "Иванов", "1986-04-05"), rec("Dmitry", "Ivanov", "05.04.1986")},
		{rec("Γιώργος", "Παπαδόπουλος", ""), rec("Yiorgos", "Papadopoulos", "")},
		{rec("Новак", "Ђоковић", ""), rec("Novak", "Djokovic", "")},
	} {
		v := m.Compare(p[0], p[1])
		require.True(t, v.Fields[match.FirstName].Reasons.Has(match.ReasonTransliterated), p[0].FirstName)
		require.NotZero(t, v.Fields[match.FirstName].Transliteration, p[0].FirstName)
		out = append(out, v)
	}
	return out
}

// jsonVerdicts are the verdicts the JSON tests write: the corpus and hostile pairs under the default
// policy (and their redacted copies), and transliterations.
func jsonVerdicts(t testing.TB) []match.Verdict {
	m := matcher(t, match.Options{})
	var out []match.Verdict
	for _, p := range jsonPairs(t) {
		v := m.Compare(p[0], p[1])
		out = append(out, v, v.Redacted())
	}
	return append(out, translitPairs(t)...)
}

// TestAppendJSONAgreesWithEncodingJSON: the hand-written appender writes encoding/json's bytes.
func TestAppendJSONAgreesWithEncodingJSON(t *testing.T) {
	for _, v := range jsonVerdicts(t) {
		want := refJSON(t, v)
		got, err := json.Marshal(v)
		require.NoError(t, err)
		require.Equal(t, string(want), string(got))
		require.Equal(t, string(want), string(v.AppendJSON(nil, nil, nil)))
		require.True(t, json.Valid(got))
	}
}

// TestVerdictJSONRoundTrip: a verdict written as JSON reads back as the same verdict (scores at the 4
// decimals JSON keeps), and writes the same bytes again.
func TestVerdictJSONRoundTrip(t *testing.T) {
	for _, v := range jsonVerdicts(t) {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		var back match.Verdict
		require.NoError(t, json.Unmarshal(b, &back), string(b))
		again, err := json.Marshal(back)
		require.NoError(t, err)
		valid := true
		for _, r := range v.Fields {
			valid = valid && utf8.ValidString(r.Merchant) && utf8.ValidString(r.Provider)
		}
		if valid { // invalid UTF-8 is written as \ufffd and reads back as U+FFFD itself
			assert.Equal(t, string(b), string(again))
		}
		for i := range v.Fields {
			assert.InDelta(t, v.Fields[i].Score, back.Fields[i].Score, 5e-5)
			back.Fields[i].Score = v.Fields[i].Score
			if !utf8.ValidString(v.Fields[i].Merchant) || !utf8.ValidString(v.Fields[i].Provider) {
				back.Fields[i].Merchant, back.Fields[i].Provider = v.Fields[i].Merchant, v.Fields[i].Provider
			}
		}
		assert.Equal(t, v, back)
	}
	// Enums read their names, and nothing else.
	for _, c := range []struct {
		in  string
		err bool
	}{
		{`{"decision":"maybe","policy":"p","failing":[],"fields":[]}`, true},
		{`{"decision":"approve","policy":"p","failing":[],"fields":[]}`, true}, // four fields needed
	} {
		var v match.Verdict
		assert.Equal(t, c.err, json.Unmarshal([]byte(c.in), &v) != nil, c.in)
	}
	var f match.FieldResult
	assert.Error(t, json.Unmarshal([]byte(`{"field":"phone"}`), &f))
	assert.Error(t, json.Unmarshal([]byte(`{"field":"dob","status":"match","reasons":["nope"]}`), &f))
	assert.Error(t, json.Unmarshal([]byte(`{"field":"dob","status":"match","reasons":[],"flags":[""]}`), &f))
	require.NoError(t, json.Unmarshal([]byte(`{"field":"dob","status":"partial","reasons":["partial"],"flags":["placeholder-dob"],"merchant_date":"1986-09"}`), &f))
	assert.Equal(t, dob.Date{Year: 1986, Month: 9}, f.MerchantDate)
	assert.True(t, f.Flags.Has(match.FlagPlaceholderDOB))
}

// TestAppendJSONMembers: extra members go before and after the verdict's own, in one valid object.
func TestAppendJSONMembers(t *testing.T) {
	v := matcher(t, match.Options{}).Compare(rec("Max", "Lee", ""), rec("Max", "Lee", ""))
	own := v.AppendJSON(nil, nil, nil)
	got := v.AppendJSON([]byte("x"),
		[]match.JSONMember{{Name: "id", Value: match.AppendJSONString(nil, "7\u202e")}, {Name: "row", Value: []byte("3")}},
		[]match.JSONMember{{Name: "message", Value: match.AppendJSONString(nil, "Hallo <Max>")}})
	require.Equal(t, byte('x'), got[0])
	got = got[1:]
	require.True(t, json.Valid(got), string(got))
	want := `{"id":"7\u202e","row":3,` + string(own[1:len(own)-1]) + `,"message":"Hallo \u003cMax\u003e"}`
	assert.Equal(t, want, string(got))
	var back match.Verdict
	require.NoError(t, json.Unmarshal(got, &back))
	assert.Equal(t, v.Decision, back.Decision)
	assert.True(t, bytes.HasPrefix(got, []byte(`{"id":`)))
}

// FuzzAppendJSONString: the string appender agrees with encoding/json (plus invisible escapes) and reads
// back to the string encoding/json would read.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "Max", "\u202e", "<&>", "\xff", "\u2028", "a\x00b", "\U000E0001", "\"\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		got := match.AppendJSONString(nil, s)
		require.Equal(t, string(escapeInvisible(want)), string(got))
		var back string
		require.NoError(t, json.Unmarshal(got, &back))
		var ref string
		require.NoError(t, json.Unmarshal(want, &ref))
		require.Equal(t, ref, back)
	})
}

// TestJSONRedactedLeavesValuesOut: a redacted verdict's JSON has no merchant, provider or date members
// (an emptied value is left out, never written as ""), and reads back as the redacted verdict.
func TestJSONRedactedLeavesValuesOut(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, p := range jsonPairs(t) {
		v := m.Compare(p[0], p[1]).Redacted()
		b := v.AppendJSON(nil, nil, nil)
		var obj struct {
			Fields []map[string]json.RawMessage `json:"fields"`
		}
		require.NoError(t, json.Unmarshal(b, &obj), string(b))
		require.Len(t, obj.Fields, match.NumFields)
		for _, f := range obj.Fields {
			for _, k := range []string{"merchant", "provider", "merchant_date", "provider_date"} {
				assert.NotContains(t, f, k, string(b))
			}
		}
		var back match.Verdict
		require.NoError(t, json.Unmarshal(b, &back))
		for i := range back.Fields {
			back.Fields[i].Score = v.Fields[i].Score // 4 decimals in JSON
		}
		assert.Equal(t, v, back)
	}
	// An empty value is left out the same way, with values: it reads back as "".
	v := m.Compare(rec("Max", "", ""), rec("Max", "Lee", ""))
	b := string(v.AppendJSON(nil, nil, nil))
	assert.Contains(t, b, `{"field":"last_name","status":"missing","reasons":["empty"],"flags":[],"deciding":true,"provider":"Lee"}`)
	assert.Contains(t, b, `"merchant":"Max","provider":"Max"`)
}

// TestAppendJSONStringEveryRune: for every code point (and a few invalid sequences), AppendJSONString
// writes what encoding/json writes, with exactly the runes of jsonEscaped escaped on top.
func TestAppendJSONStringEveryRune(t *testing.T) {
	var buf []byte
	check := func(s string) bool {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		buf = match.AppendJSONString(buf[:0], s)
		return assert.Equal(t, string(escapeInvisible(want)), string(buf), "%+q", s)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates are not runes of valid UTF-8
		}
		if !check("a" + string(r) + "b") {
			return
		}
	}
	for _, s := range []string{"\xed\xa0\x80", "\xff", "\xc3", "a\xe2\x80", "\xf4\x90\x80\x80"} {
		check(s)
	}
	// The escaped set holds what the policy calls invisible, and characters that hide or move text.
	for _, r := range []rune{0x202E, 0x200B, 0xFEFF, 0x034F, 0x0085, 0xFFF9, 0x0600, 0xFDD0, 0x10FFFF, 0xE0001} {
		assert.Equal(t, `"`+string(appendU(nil, r))+`"`, string(match.AppendJSONString(nil, string(r))), "%U", r)
	}
	for _, s := range []string{"é", "Łukasz", "Дмитрий", "😀", "\u00a0"} {
		assert.Equal(t, `"`+s+`"`, string(match.AppendJSONString(nil, s)))
	}
}

// appendU appends r as \u escapes (a surrogate pair beyond the BMP).
func appendU(dst []byte, r rune) []byte {
	if r > 0xFFFF {
		r -= 0x10000
		return append(dst, "\\u"+hex4(0xD800+(r>>10))+"\\u"+hex4(0xDC00+(r&0x3FF))...)
	}
	return append(dst, "\\u"+hex4(r)...)
}

// TestAppendReasons: the reasons as the JSON and String write them, with the transliteration scheme.
func TestAppendReasons(t *testing.T) {
	m := matcher(t, match.Options{})
	v := m.Compare(rec("Maximillian Peter", "Mustermann", ""), rec("Max", "Müstermann", ""))
	for _, c := range []struct {
		name string
		r    match.FieldResult
		sep  string
		want string
	}{
		{"none", match.FieldResult{}, ";", ""},
		{"semicolon", v.Field(match.FirstName), ";", strings.ReplaceAll(v.Field(match.FirstName).Reasons.String(), ",", ";")},
		{"comma", match.FieldResult{Reasons: v.Field(match.LastName).Reasons}, ",", v.Field(match.LastName).Reasons.String()},
		{"scheme", translitPairs(t)[0].Field(match.FirstName), ";", "transliterated:en"},
		{"no scheme", match.FieldResult{Reasons: translitPairs(t)[0].Field(match.FirstName).Reasons}, ";", "transliterated"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := c.r.AppendReasons([]byte("x"), c.sep)
			assert.Equal(t, "x"+c.want, string(got))
		})
	}
	for _, tv := range translitPairs(t) {
		r := tv.Field(match.FirstName)
		want := "transliterated:" + r.Transliteration.String()
		assert.Equal(t, want, string(r.AppendReasons(nil, ";")))
		assert.Contains(t, tv.String(), want)
		assert.Contains(t, string(tv.AppendJSON(nil, nil, nil)), `"reasons":["`+want+`"]`)
	}
}

// TestNamesNeedNoEscaping: the appender copies the names of decisions, fields, statuses, reasons, flags
// and schemes between quotes without escaping them, which is right only while AppendJSONString would
// leave every name as it is (including the "kind(n)" names of values outside the tables).
func TestNamesNeedNoEscaping(t *testing.T) {
	for i := range 256 {
		for _, name := range []string{match.Decision(i).String(), match.Field(i).String(), match.Status(i).String(),
			match.Reason(i).String(), match.Flag(i).String(), translit.Scheme(i).String()} {
			assert.Equal(t, `"`+name+`"`, string(match.AppendJSONString(nil, name)), "%d", i)
		}
	}
}

func ExampleFieldResult_AppendReasons() {
	m, _ := match.New(match.Options{Transliterate: true})
	v := m.Compare(match.Record{FirstName: "Дмитрий", LastName: "Müller"},
		match.Record{FirstName: "Dmitry", LastName: "Mueller"})
	for _, f := range []match.Field{match.FirstName, match.LastName} {
		fmt.Printf("%s: %s\n", f, v.Field(f).AppendReasons(nil, ";"))
	}
	// Output:
	// first_name: transliterated:en
	// last_name: umlaut-spelling
}
