package match

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/translit"
)

// The JSON shape of a verdict (stable; MarshalJSON and AppendJSON write it, UnmarshalJSON reads it):
//
//	{"decision":"decline","policy":"custmatch-policy/2","failing":["first_name"],"fields":[
//	  {"field":"first_name","status":"mismatch","score":0.2727,"reasons":["different","prefix"],
//	   "flags":[],"deciding":true,"merchant":"Maximillian","provider":"Max"}, …]}
//
// "score" is present when the field was scored, rounded to 4 decimals. "reasons" are the names
// FieldResult.AppendReasons writes ("transliterated:icao" for a transliteration with its scheme).
// "merchant" and "provider" are present when the value is not empty: a redacted verdict
// (Verdict.Redacted) has neither, so a removed value never reads as an empty one, and an absent member
// reads back as "". "merchant_date" and "provider_date" are present when set, as YYYY-MM-DD (YYYY-MM or
// YYYY for a partial date).
//
// Strings are escaped as encoding/json escapes them (HTML-safe, invalid UTF-8 as U+FFFD), and every
// character that is invisible or moves text around is written as a \u escape too (see
// AppendJSONString), so a value shown in a viewer cannot reorder or hide the text around it.

// JSONMember is one extra member a caller adds to a verdict's JSON object, such as a record id or a
// customer message. Value must be one JSON value (the caller encodes it, e.g. with AppendJSONString or
// strconv.AppendInt); AppendJSON copies it as is.
type JSONMember struct {
	Name  string // the member name, escaped by AppendJSON
	Value []byte // one encoded JSON value, copied as is
}

// AppendJSON appends the verdict's JSON object to dst and returns the extended buffer: first the members
// in before, then the verdict's own (decision, policy, failing, fields), then the members in after.
// Without extra members the bytes are those of MarshalJSON. It does not allocate when dst has room.
func (v *Verdict) AppendJSON(dst []byte, before, after []JSONMember) []byte {
	dst = append(dst, '{')
	for _, m := range before {
		dst = AppendJSONString(dst, m.Name)
		dst = append(dst, ':')
		dst = append(dst, m.Value...)
		dst = append(dst, ',')
	}
	dst = append(dst, `"decision":`...)
	dst = appendName(dst, v.Decision.String())
	dst = append(dst, `,"policy":`...)
	dst = AppendJSONString(dst, v.Policy)
	dst = append(dst, `,"failing":[`...)
	first := true
	for f := range v.failing() {
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = appendName(dst, f.String())
	}
	dst = append(dst, `],"fields":[`...)
	for i := range v.Fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = v.Fields[i].appendJSON(dst)
	}
	dst = append(dst, ']')
	for _, m := range after {
		dst = append(dst, ',')
		dst = AppendJSONString(dst, m.Name)
		dst = append(dst, ':')
		dst = append(dst, m.Value...)
	}
	return append(dst, '}')
}

// MarshalJSON encodes the verdict in its stable JSON shape (see AppendJSON).
func (v Verdict) MarshalJSON() ([]byte, error) { return v.AppendJSON(nil, nil, nil), nil }

// MarshalJSON encodes the field result as one element of a verdict's "fields".
func (r FieldResult) MarshalJSON() ([]byte, error) { return r.appendJSON(nil), nil }

// appendJSON appends the field result's JSON object.
func (r *FieldResult) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"field":`...)
	dst = appendName(dst, r.Field.String())
	dst = append(dst, `,"status":`...)
	dst = appendName(dst, r.Status.String())
	if r.Scored {
		dst = append(dst, `,"score":`...)
		dst = appendScore(dst, r.Score)
	}
	dst = append(dst, `,"reasons":[`...)
	if r.Reasons != 0 {
		dst = append(dst, '"')
		dst = appendReasons(dst, r.Reasons, r.Transliteration, `","`)
		dst = append(dst, '"')
	}
	dst = append(dst, `],"flags":[`...)
	first := true
	for x := range r.Flags.All() {
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = appendName(dst, x.String())
	}
	dst = append(dst, `],"deciding":`...)
	dst = strconv.AppendBool(dst, r.Deciding)
	if r.Merchant != "" {
		dst = append(dst, `,"merchant":`...)
		dst = AppendJSONString(dst, r.Merchant)
	}
	if r.Provider != "" {
		dst = append(dst, `,"provider":`...)
		dst = AppendJSONString(dst, r.Provider)
	}
	if !r.MerchantDate.IsZero() {
		dst = append(dst, `,"merchant_date":"`...)
		dst = appendDate(dst, r.MerchantDate)
		dst = append(dst, '"')
	}
	if !r.ProviderDate.IsZero() {
		dst = append(dst, `,"provider_date":"`...)
		dst = appendDate(dst, r.ProviderDate)
		dst = append(dst, '"')
	}
	return append(dst, '}')
}

// AppendReasons appends the names of the field's reasons to dst, in Reason order and separated by sep,
// and returns the extended buffer: transliterated carries the scheme when one is known
// ("transliterated:icao"), as in the JSON and in String. For example, with sep ";":
// "transliterated:icao;extra-names". It does not allocate when dst has room.
func (r FieldResult) AppendReasons(dst []byte, sep string) []byte {
	return appendReasons(dst, r.Reasons, r.Transliteration, sep)
}

// appendReasons appends the names of rs separated by sep, transliterated with the scheme when scheme is
// not 0.
func appendReasons(dst []byte, rs Reasons, scheme translit.Scheme, sep string) []byte {
	first := true
	for x := range rs.All() {
		if !first {
			dst = append(dst, sep...)
		}
		first = false
		dst = append(dst, x.String()...)
		if x == ReasonTransliterated && scheme != 0 {
			dst = append(dst, ':')
			dst = append(dst, scheme.String()...)
		}
	}
	return dst
}

// appendName appends the name of an enumeration value (a decision, field, status, reason, flag or
// scheme) as a JSON string. Names are lower-case ASCII letters, digits, hyphens and parentheses, which
// need no escaping (TestNamesNeedNoEscaping), so they are copied between quotes.
func appendName(dst []byte, name string) []byte {
	dst = append(dst, '"')
	dst = append(dst, name...)
	return append(dst, '"')
}

// appendScore appends s rounded to 4 decimals in the shortest form that reads back as that rounded
// value (what encoding/json writes for it): 0.2727, 0.9, 1, 0. The two most frequent scores, 1 and 0,
// skip the float formatting.
func appendScore(dst []byte, s float64) []byte {
	switch s {
	case 1:
		return append(dst, '1')
	case 0:
		return append(dst, '0')
	}
	var buf [32]byte
	b := strconv.AppendFloat(buf[:0], s, 'f', 4, 64)
	// A decimal with at most 4 fractional digits is the shortest representation of the float it parses
	// to, once its trailing zeros are gone.
	for len(b) > 0 && b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	b = bytes.TrimSuffix(b, []byte{'.'})
	if string(b) == "-0" {
		b = b[1:]
	}
	return append(dst, b...)
}

// appendDate appends d as dob.Date.String writes it, without allocating.
func appendDate(dst []byte, d dob.Date) []byte { return d.Append(dst) }

const hexDigits = "0123456789abcdef"

// plainByte holds the bytes AppendJSONString copies as they are: ASCII from the space up, but for the
// quote, the backslash and <, > and &.
var plainByte = func() (t [256]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// AppendJSONString appends s as a JSON string, escaped as encoding/json escapes it (quotes, backslash,
// control characters, <, > and &, U+2028 and U+2029; invalid UTF-8 becomes U+FFFD), and with every
// character that is invisible or moves text around written as a \u escape (a pair of them beyond the
// BMP): the invisible characters of custmatch's name policy (Default_Ignorable_Code_Point,
// which holds the bidi controls such as U+202E and the zero-width characters), the other format
// characters (Unicode category Cf, such as U+FFF9–U+FFFB, which hide text), the C1 controls
// U+0080–U+009F (U+0085 breaks a line in some viewers) and the noncharacters. A value shown in a
// viewer then cannot reorder or hide the rest of its line. It does not allocate when dst has room.
func AppendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if plainByte[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case escapedRune(r):
			dst = append(dst, s[start:i]...)
			dst = appendUEscape(dst, r)
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// escapedRune reports whether AppendJSONString writes the non-ASCII rune r as a \u escape.
func escapedRune(r rune) bool {
	switch {
	case r <= 0x9F: // C1 controls (r >= 0x80 here)
		return true
	case r < 0x34F: // the Latin letters and marks: U+00AD (soft hyphen) is the one Cf or invisible rune
		return r == 0xAD
	}
	return r == 0x2028 || r == 0x2029 || textrule.IsInvisible(r) || unicode.Is(unicode.Cf, r) ||
		(r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE
}

// appendUEscape appends r as \uXXXX, or as a surrogate pair beyond the BMP.
func appendUEscape(dst []byte, r rune) []byte {
	if r > 0xFFFF {
		r -= 0x10000
		dst = appendUEscape(dst, 0xD800+(r>>10))
		return appendUEscape(dst, 0xDC00+(r&0x3FF))
	}
	return append(dst, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
}

// jsonVerdict and jsonField are the shapes UnmarshalJSON reads.
type jsonVerdict struct {
	Decision Decision      `json:"decision"`
	Policy   string        `json:"policy"`
	Failing  []Field       `json:"failing"`
	Fields   []FieldResult `json:"fields"`
}

type jsonField struct {
	Field        Field    `json:"field"`
	Status       Status   `json:"status"`
	Score        *float64 `json:"score"`
	Reasons      []string `json:"reasons"`
	Flags        []Flag   `json:"flags"`
	Deciding     bool     `json:"deciding"`
	Merchant     string   `json:"merchant"`
	Provider     string   `json:"provider"`
	MerchantDate string   `json:"merchant_date"`
	ProviderDate string   `json:"provider_date"`
}

// UnmarshalJSON reads a verdict in the shape MarshalJSON writes; members it does not know (such as the
// ones a caller added through AppendJSON) are ignored. "fields" must hold each of the four fields once;
// "failing" is checked against what the fields and the decision imply.
func (v *Verdict) UnmarshalJSON(b []byte) error {
	var j jsonVerdict
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	var out Verdict
	out.Decision, out.Policy = j.Decision, j.Policy
	if len(j.Fields) != NumFields {
		return fmt.Errorf("match: verdict JSON has %d fields, want %d", len(j.Fields), NumFields)
	}
	var seen [NumFields]bool
	for _, f := range j.Fields {
		if int(f.Field) >= NumFields || seen[f.Field] {
			return errors.New("match: verdict JSON repeats a field")
		}
		seen[f.Field] = true
		out.Fields[f.Field] = f
	}
	failing := out.Failing()
	if len(failing) != len(j.Failing) {
		return errors.New("match: verdict JSON: failing does not agree with the fields")
	}
	for i := range failing {
		if failing[i] != j.Failing[i] {
			return errors.New("match: verdict JSON: failing does not agree with the fields")
		}
	}
	*v = out
	return nil
}

// UnmarshalJSON reads one element of a verdict's "fields".
func (r *FieldResult) UnmarshalJSON(b []byte) error {
	var j jsonField
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	out := FieldResult{Field: j.Field, Status: j.Status, Deciding: j.Deciding, Merchant: j.Merchant,
		Provider: j.Provider}
	if j.Score != nil {
		out.Score, out.Scored = *j.Score, true
	}
	for _, name := range j.Reasons {
		var x Reason
		if rest, ok := strings.CutPrefix(name, ReasonTransliterated.String()+":"); ok {
			if err := out.Transliteration.UnmarshalText([]byte(rest)); err != nil {
				return err
			}
			name = ReasonTransliterated.String()
		}
		if err := x.UnmarshalText([]byte(name)); err != nil {
			return err
		}
		out.Reasons = out.Reasons.With(x)
	}
	for _, x := range j.Flags {
		out.Flags = out.Flags.With(x)
	}
	var err error
	if out.MerchantDate, err = parseDate(j.MerchantDate); err != nil {
		return err
	}
	if out.ProviderDate, err = parseDate(j.ProviderDate); err != nil {
		return err
	}
	*r = out
	return nil
}

// parseDate reads "" (zero), YYYY, YYYY-MM or YYYY-MM-DD as appendDate writes them.
func parseDate(s string) (dob.Date, error) {
	var d dob.Date
	if s == "" {
		return d, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			d.Year = t.Year()
			if len(layout) > 4 {
				d.Month = t.Month()
			}
			if len(layout) > 7 {
				d.Day = t.Day()
			}
			return d, nil
		}
	}
	return d, errors.New("match: verdict JSON: a date is not YYYY-MM-DD, YYYY-MM or YYYY")
}

// MarshalJSON encodes the set as a JSON array of names (an empty array for the empty set).
func (s Reasons) MarshalJSON() ([]byte, error) {
	dst := []byte{'['}
	for r := range s.All() {
		if len(dst) > 1 {
			dst = append(dst, ',')
		}
		dst = AppendJSONString(dst, r.String())
	}
	return append(dst, ']'), nil
}

// UnmarshalJSON reads a JSON array of reason names.
func (s *Reasons) UnmarshalJSON(b []byte) error {
	var rs []Reason
	if err := json.Unmarshal(b, &rs); err != nil {
		return err
	}
	var out Reasons
	for _, r := range rs {
		out = out.With(r)
	}
	*s = out
	return nil
}

// MarshalJSON encodes the set as a JSON array of names (an empty array for the empty set).
func (s Flags) MarshalJSON() ([]byte, error) {
	dst := []byte{'['}
	for f := range s.All() {
		if len(dst) > 1 {
			dst = append(dst, ',')
		}
		dst = AppendJSONString(dst, f.String())
	}
	return append(dst, ']'), nil
}

// UnmarshalJSON reads a JSON array of flag names.
func (s *Flags) UnmarshalJSON(b []byte) error {
	var fs []Flag
	if err := json.Unmarshal(b, &fs); err != nil {
		return err
	}
	var out Flags
	for _, f := range fs {
		out = out.With(f)
	}
	*s = out
	return nil
}
