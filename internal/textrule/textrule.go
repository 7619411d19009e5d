// Package textrule is the one home of the text rules that several custmatch packages apply: what makes
// a text unusable, which characters are invisible, and which values stand for "no value". normalize
// applies them to names, match to dates of birth and emails; dob skips the invisible characters like
// spaces, translit drops them, messages and policy remove or mark them when showing a value, and payload
// and serve refuse invalid UTF-8 at the same first byte. A change of policy changes one place;
// TestPackagesAgree (and messages' TestCleanInvisibleIsTextrule) fail when a package drifts.
//
// A zero date (0000-00-00) is not here: it is a date, and dob recognises it (dob.ReasonZeroDate) in
// every form it reads.
//
// Everything here is a pure function of its arguments and safe for concurrent use.
package textrule

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxRunes is the most runes a field value may have; longer text is unusable (TooLong).
const MaxRunes = 256

// Problem says why a text is unusable. The zero value, OK, means it is usable.
type Problem uint8

// The problems, in the order Check looks for them at one position.
const (
	OK          Problem = iota // usable
	InvalidUTF8                // a byte sequence that is not UTF-8
	ControlChar                // a C0 or C1 control other than tab, CR and LF, or DEL
	Replacement                // U+FFFD: the trace of bytes an earlier decoder could not read
	TooLong                    // more than MaxRunes runes (or more than 4×MaxRunes bytes)
)

// IsControl reports a C0/C1 control character other than tab, LF and CR, or DEL: such text is unusable.
func IsControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || (r >= 0x7F && r <= 0x9F)
}

// IsReplacement reports U+FFFD, the replacement character. Text holding it is unusable: encoding/json,
// CSV tools and database drivers put it where they lost bytes, so two names that lost different letters
// ("Jos\xe9", "Jos\xe1") would otherwise compare equal.
func IsReplacement(r rune) bool { return r == utf8.RuneError }

// IsInvisible reports an invisible character: a Default_Ignorable_Code_Point as UAX #44 derives it
// (zero-width space, joiners, word joiner, soft hyphen, BOM, variation selectors, Hangul fillers),
// which includes the bidi controls U+200E/F, U+202A–202E, U+2066–2069 and U+061C. The table is
// generated (normalize/gen.go) from the standard library's Unicode properties.
//
// The two shortcuts below follow the generated table; TestInvisibleTable checks every code point, so
// a Unicode version that adds an invisible character inside them fails there.
func IsInvisible(r rune) bool {
	switch {
	case r < 0x115F: // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts: three invisible characters
		return r == 0xAD || r == 0x34F || r == 0x61C
	case r > 0x3164 && r < 0xFE00: // CJK, Hangul syllables: none
		return false
	}
	return unicode.Is(invisibleTable, r)
}

// FirstInvalidUTF8 returns the byte offset of the first byte of b that is not part of valid UTF-8, or -1 when
// b is valid UTF-8. encoding/json and most decoders silently turn such bytes into U+FFFD, so a reader
// that must refuse them (RFC 8259 §8.1) checks the raw bytes with FirstInvalidUTF8 first.
func FirstInvalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1 // not reached: utf8.Valid found an invalid byte
}

// Check reports the first problem that makes t unusable and its byte offset, or OK. Text longer than
// 4×MaxRunes bytes is TooLong before anything else is looked at (offset of the first rune past
// MaxRunes); otherwise the first problem in the text wins, and at one position a control character or
// U+FFFD is reported before the rune count. Check does not count combining marks: that needs the
// decomposition normalize does.
func Check(t string) (Problem, int) {
	if len(t) > 4*MaxRunes {
		i := 0
		for range MaxRunes {
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
		}
		return TooLong, i
	}
	n := 0
	for i := 0; i < len(t); n++ {
		c := t[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f {
				return ControlChar, i
			}
			if n >= MaxRunes {
				return TooLong, i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return InvalidUTF8, i
		case IsControl(r):
			return ControlChar, i
		case r == utf8.RuneError:
			return Replacement, i
		case n >= MaxRunes:
			return TooLong, i
		}
		i += size
	}
	return OK, 0
}

// Word8 returns the eight bytes of s from i as a little-endian word: byte i+k is bits 8k to 8k+7. The
// compiler merges the loads into one. The eight-bytes-at-a-time text checks of match and dob read
// their text with it.
func Word8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Hidden reports whether r is not visible as itself where a value is shown to a person: any control
// character (tab, CR and LF included), an invisible character (IsInvisible, the bidi controls among
// them), an interlinear annotation character (U+FFF9-FFFB: renderers draw nothing for them, and the
// text between them may be dropped), or U+FFFD. Format characters that are drawn, such as the Arabic
// number sign U+0600, are shown as themselves.
func Hidden(r rune) bool {
	return unicode.IsControl(r) || IsInvisible(r) || IsReplacement(r) || r >= 0xFFF9 && r <= 0xFFFB
}

// Visible returns s with every Hidden character written as <U+XXXX>, so that a value shown to a person
// can neither hide characters nor reorder the text around it (U+202E, right-to-left override); s
// itself when it has none.
func Visible(s string) string {
	if strings.IndexFunc(s, Hidden) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if Hidden(r) {
			fmt.Fprintf(&b, "<U+%04X>", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
