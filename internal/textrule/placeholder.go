package textrule

import (
	"bytes"
	"strings"
)

// isPlaceholderWord reports the values that mean "no value" in any field, written as normalize writes
// them (lower case, punctuation as spaces): n/a is "n a".
func isPlaceholderWord(v []byte) bool {
	switch string(v) {
	case "n a", "na", "null", "none", "unknown", "xxx":
		return true
	}
	return false
}

// isTestWord reports the words test data is made of. A name made only of them (test, Test Test, dummy)
// is a placeholder: two test records that agree are not evidence of one person.
func isTestWord(tok []byte) bool {
	switch string(tok) {
	case "test", "tester", "testuser", "dummy", "asdf", "sample":
		return true
	}
	return false
}

// IsPlaceholderName reports whether a normalized name (lower case, tokens separated by single spaces, as
// normalize writes it) stands for "no name": a placeholder word (n/a, na, null, none, unknown, xxx), or
// only test words (test, tester, testuser, dummy, asdf, sample; "test test" too).
func IsPlaceholderName(v []byte) bool {
	if len(v) == 0 {
		return false
	}
	if isPlaceholderWord(v) {
		return true
	}
	for len(v) > 0 {
		tok := v
		if i := bytes.IndexByte(v, ' '); i >= 0 {
			tok, v = v[:i], v[i+1:]
		} else {
			v = nil
		}
		if !isTestWord(tok) {
			return false
		}
	}
	return true
}

// IsPlaceholderText reports whether t, a trimmed date-of-birth or email value, stands for "no value": a
// placeholder word in any case and with any punctuation (n/a, N/A, NULL, unknown), only punctuation
// ("-", ".", "--"), or a zero date (IsZeroDate). Test words are names only: a date or an email reading
// "test" is simply wrong.
func IsPlaceholderText(t string) bool {
	if t == "" {
		return false
	}
	// Placeholders are words, punctuation or zero dates: a value starting with a digit can only be a
	// zero date, and one holding an @ (an email) is none of them. This gate keeps the check off the hot
	// path of real dates and emails.
	if c := t[0]; c >= '0' && c <= '9' {
		return c == '0' && IsZeroDate(t)
	}
	if strings.IndexByte(t, '@') >= 0 {
		return false
	}
	if len(t) > 16 {
		return false
	}
	var buf [16]byte
	n, punct := 0, true
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			punct = false
		case c == '/' || c == '.' || c == '-' || c == '_' || c == ',' || c == ' ':
			if n == 0 || buf[n-1] == ' ' {
				continue
			}
			c = ' '
		default:
			punct = false
		}
		buf[n] = c
		n++
	}
	if punct {
		return true
	}
	v := buf[:n]
	if n > 0 && v[n-1] == ' ' {
		v = v[:n-1]
	}
	return isPlaceholderWord(v)
}

// IsZeroDate reports whether trimmed t is a zero date, the "no date" of SQL exports: 0000-00-00,
// 00.00.0000 or 00/00/0000 (the separators -, . and / in any of the three shapes, with an optional
// zero time part " 00:00:00"). Any other impossible date (00/00/1986) is not a zero date: it is invalid.
func IsZeroDate(t string) bool {
	if len(t) < 10 || t[0] != '0' || t[1] != '0' {
		return false
	}
	if len(t) > 10 {
		if t[10] != ' ' && t[10] != 'T' || strings.Trim(t[11:], "0:") != "" {
			return false
		}
		t = t[:10]
	}
	if len(t) != 10 {
		return false
	}
	var sep byte
	var shape string
	switch {
	case t[4] == t[7] && (t[4] == '-' || t[4] == '.' || t[4] == '/'):
		sep, shape = t[4], "0000x00x00"
	case t[2] == t[5] && (t[2] == '-' || t[2] == '.' || t[2] == '/'):
		sep, shape = t[2], "00x00x0000"
	default:
		return false
	}
	for i := range 10 {
		want := shape[i]
		if want == 'x' {
			want = sep
		}
		if t[i] != want {
			return false
		}
	}
	return true
}
