package messages

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
)

// Display limits, in runes. A value longer than its limit is cut and ends in "…", so that one overlong
// field cannot flood the customer's screen.
const (
	maxValueRunes = 100 // a customer value (name, email, date)
	maxNameRunes  = 100 // Options.ProviderName
	maxURLRunes   = 2048
)

// ellipsis marks a value cut at its display limit.
const ellipsis = "…"

// value returns a field value as the customer sees it: the date in Options.DateStyle when it was parsed to
// a full date, else the cleaned raw value, or the language's "(empty)" when nothing visible remains.
func (r renderer) value(raw string, d dob.Date) string {
	if isFullDate(d) {
		return r.date(d)
	}
	if s := clean(raw, maxValueRunes); s != "" {
		return s
	}
	return r.sprintf(partValueEmpty)
}

// isFullDate reports whether d has a year, a month and a day (a partial date has Day or Month 0).
func isFullDate(d dob.Date) bool { return d.Year > 0 && d.Month > 0 && d.Day > 0 }

// clean prepares text for display: invalid UTF-8 bytes, control characters (Cc), invisible characters
// (the default-ignorable code points of internal/textrule: bidi controls, zero-width space/joiner/
// non-joiner, word joiner, soft hyphen, BOM, tag characters, Hangul fillers, combining grapheme joiner,
// variation selectors) and all other format characters (Cf: interlinear annotation, prepended
// concatenation marks) are removed; every run of whitespace (tab, newline, NBSP, ideographic space, …) becomes one
// space; leading and trailing space is trimmed; a combining mark at the very start (which would attach
// to the message's own punctuation) is dropped. The result is cut to max runes plus "…" when longer.
// Letters, digits, marks and symbols are otherwise kept exactly as given: nothing is normalized.
func clean(s string, max int) string {
	var b strings.Builder
	b.Grow(min(len(s), utf8.UTFMax*max+len(ellipsis)))
	n := 0         // runes written
	space := false // a space is pending (written only before the next visible rune)
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch {
		case r == utf8.RuneError && w == 1: // invalid byte
			continue
		case unicode.IsSpace(r):
			space = n > 0
			continue
		case invisible(r):
			continue
		case n == 0 && r >= utf8.RuneSelf && unicode.In(r, unicode.Mn, unicode.Me):
			continue
		}
		if n+btoi(space)+1 > max {
			b.WriteString(ellipsis)
			return b.String()
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// invisible reports whether r is removed from displayed text (see clean): a control character
// (textrule.IsControl; tab, CR and LF are whitespace and become a space before this is asked), an
// invisible character (textrule.IsInvisible), the same sets normalize and dob apply, or any other format
// character (general category Cf). The format characters that are not invisible are the prepended
// concatenation marks (U+0600–0605, U+06DD, U+070F, U+0890–0891, U+08E2, U+110BD, U+110CD), the
// interlinear annotation characters U+FFF9–FFFB, which can hide the text they annotate, and the Egyptian
// hieroglyph format controls: normalize and dob keep them as part of a value, but a value shown to the
// customer has none. (The only format character below U+0600, the soft hyphen, is invisible.)
func invisible(r rune) bool {
	if r < utf8.RuneSelf {
		return r < 0x20 || r == 0x7f
	}
	return textrule.IsControl(r) || textrule.IsInvisible(r) || r >= 0x600 && unicode.Is(unicode.Cf, r)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
