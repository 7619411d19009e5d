package textrule

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeholderWords are the values that mean "no value" in any field, written as normalize writes them
// (lower case, punctuation as spaces): n/a is "n a".
var placeholderWords = [...]string{"n a", "na", "null", "none", "unknown", "xxx"}

// testWords are the words test data is made of. A name made only of them (test, Test Test, dummy) is a
// placeholder: two test records that agree are not evidence of one person.
var testWords = [...]string{"test", "tester", "testuser", "dummy", "asdf", "sample"}

// placeholderByStart and testByStart hold placeholderWords and testWords by their first byte: almost
// every real name starts with a byte no word does, and the rest are compared with the few words that
// start like them.
var placeholderByStart, testByStart = func() (p, t [256][]string) {
	for _, w := range placeholderWords {
		p[w[0]] = append(p[w[0]], w)
	}
	for _, w := range testWords {
		t[w[0]] = append(t[w[0]], w)
	}
	return p, t
}()

// isPlaceholderWord reports whether v is one of placeholderWords.
func isPlaceholderWord(v []byte) bool { return len(v) > 0 && isOneOf(v, placeholderByStart[v[0]]) }

// isTestWord reports whether tok is one of testWords.
func isTestWord(tok []byte) bool { return len(tok) > 0 && isOneOf(tok, testByStart[tok[0]]) }

// isOneOf reports whether v is one of words.
func isOneOf(v []byte, words []string) bool {
	for _, w := range words {
		if string(v) == w {
			return true
		}
	}
	return false
}

// IsPlaceholderName reports whether a normalized name (lower case, tokens separated by single spaces, as
// normalize writes it) stands for "no name". That is so when
//   - it has no letter of any script (unicode.IsLetter): only punctuation, symbols, digits or emoji
//     ("?", "()", "«»", "•", "0", "123", "🙂"). A person's name always has a letter;
//   - without the characters at its ends that are neither letters nor digits, it is a placeholder word:
//     n/a, na, null, none, unknown, xxx ("[null]", "<none>", "n a?", "#n a");
//   - every token, without the characters at its ends that are neither letters nor digits, is a test word
//     (test, tester, testuser, dummy, asdf, sample) or nothing: "test test", "(test)", "test?", "test ?".
//
// Characters inside a word count: "n?a" and "te?st" are names, like "test max" and "max 2". The empty
// name is not a placeholder here: the caller knows whether it was empty or became empty.
func IsPlaceholderName(v []byte) bool {
	// Almost every real name starts with a letter no word starts with: it has a letter, and its first
	// token is no word, so it is a name. This much is inlined into the caller.
	return len(v) > 0 && !nameStart[v[0]] && isPlaceholderName(v)
}

// nameStart holds the first bytes that make a normalized value a name: the ASCII letters no
// placeholder or test word starts with.
var nameStart = func() (t [256]bool) {
	for c := range t {
		t[c] = asciiLetter(byte(c)) && len(placeholderByStart[c])+len(testByStart[c]) == 0
	}
	return t
}()

// isPlaceholderName is IsPlaceholderName past its first-byte gate.
func isPlaceholderName(v []byte) bool {
	if c := v[0]; c < utf8.RuneSelf && asciiLetter(c) {
		// v has a letter and nothing to trim at its start.
		if len(placeholderByStart[c]) > 0 &&
			(isPlaceholderWord(v) || !alnumASCII(v[len(v)-1]) && isPlaceholderWord(trimNonAlnum(v))) {
			return true
		}
		if len(testByStart[c]) == 0 {
			return false // the first token is no test word
		}
	} else {
		// No word starts with a letter past ASCII. The two-byte sequences (Latin, Greek, Cyrillic,
		// Hebrew, Arabic) are decoded here.
		if c >= 0xC2 && c < 0xE0 && len(v) > 1 && v[1]&0xC0 == 0x80 {
			if r := rune(c&0x1F)<<6 | rune(v[1]&0x3F); isLetter(r) {
				return false
			}
		} else if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRune(v); isLetter(r) {
				return false
			}
		}
		if core := trimNonAlnum(v); !hasLetter(core) || isPlaceholderWord(core) {
			return true
		}
	}
	// Only test words: every token, trimmed, is one or nothing.
	for len(v) > 0 {
		tok := v
		if i := bytes.IndexByte(v, ' '); i >= 0 {
			tok, v = v[:i], v[i+1:]
		} else {
			v = nil
		}
		if len(tok) > 0 && (!alnumASCII(tok[0]) || !alnumASCII(tok[len(tok)-1])) {
			tok = trimNonAlnum(tok)
		}
		if len(tok) > 0 && !isTestWord(tok) {
			return false
		}
	}
	return true
}

// asciiLetter reports an ASCII letter.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// alnumASCII reports an ASCII letter or digit.
func alnumASCII(c byte) bool { return asciiLetter(c) || c >= '0' && c <= '9' }

// letterSetEnd is the end of letterSet: Latin, Greek and Cyrillic, the scripts of most names.
const letterSetEnd = 0x530

// letterSet holds unicode.IsLetter for the runes below letterSetEnd as a bit set: the unicode package
// searches a table for every rune past Latin-1. TestIsLetter checks it against unicode.IsLetter.
var letterSet = func() (set [(letterSetEnd + 63) / 64]uint64) {
	for r := rune(0); r < letterSetEnd; r++ {
		if unicode.IsLetter(r) {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return set
}()

// inLetterSet reports a letter below letterSetEnd.
func inLetterSet(r rune) bool { return r < letterSetEnd && letterSet[r/64]&(1<<(r%64)) != 0 }

// isLetter is unicode.IsLetter.
func isLetter(r rune) bool { return inLetterSet(r) || r >= letterSetEnd && unicode.IsLetter(r) }

// alnum reports a letter or a digit of any script.
func alnum(r rune) bool {
	if r < utf8.RuneSelf {
		return alnumASCII(byte(r))
	}
	return isLetter(r) || unicode.IsDigit(r)
}

// trimNonAlnum returns v without the characters at its ends that are neither letters nor digits (spaces
// among them).
func trimNonAlnum(v []byte) []byte {
	for len(v) > 0 {
		r, n := rune(v[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(v)
		}
		if alnum(r) {
			break
		}
		v = v[n:]
	}
	for len(v) > 0 {
		r, n := rune(v[len(v)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(v)
		}
		if alnum(r) {
			break
		}
		v = v[:len(v)-n]
	}
	return v
}

// hasLetter reports whether v holds a letter of any script.
func hasLetter(v []byte) bool {
	for i := 0; i < len(v); {
		if c := v[i]; c < utf8.RuneSelf {
			if asciiLetter(c) {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(v[i:])
		if isLetter(r) {
			return true
		}
		i += n
	}
	return false
}

// IsPlaceholderText reports whether t, a trimmed date-of-birth or email value, stands for "no value": a
// placeholder word in any case and with any punctuation (n/a, N/A, NULL, unknown), or only punctuation
// ("-", ".", "--"). Test words are names only: a date or an email reading "test" is simply wrong. A zero
// date (0000-00-00, the "no date" of SQL exports) is not text but a date: package dob recognises it
// (dob.ReasonZeroDate) in every form it reads.
func IsPlaceholderText(t string) bool {
	if t == "" {
		return false
	}
	// Placeholders are short words or punctuation: a value longer than 16 bytes, starting with a digit or
	// holding an @ (an email) is none of them. This gate, cheapest test first, keeps the check off the
	// hot path of real dates and emails.
	if c := t[0]; len(t) > 16 || c >= '0' && c <= '9' || strings.IndexByte(t, '@') >= 0 {
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
