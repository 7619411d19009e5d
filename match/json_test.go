package match_test

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/match"
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
	Merchant     string       `json:"merchant"`
	Provider     string       `json:"provider"`
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
			f.Reasons = append(f.Reasons, x.String())
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

// escapeInvisible writes the invisible format characters of encoding/json's output as \u escapes (they
// can only occur inside strings), which is the one thing the appender adds to encoding/json's escaping.
func escapeInvisible(b []byte) []byte {
	var out []byte
	for _, r := range string(b) {
		if textrule.IsInvisible(r) {
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
	)
}

// TestAppendJSONAgreesWithEncodingJSON: the hand-written appender writes encoding/json's bytes.
func TestAppendJSONAgreesWithEncodingJSON(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, p := range jsonPairs(t) {
		v := m.Compare(p[0], p[1])
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
	m := matcher(t, match.Options{})
	for _, p := range jsonPairs(t) {
		v := m.Compare(p[0], p[1])
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
