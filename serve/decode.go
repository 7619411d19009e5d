package serve

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/custmatch/custmatch/internal/textrule"
)

// checkText reports the first problem that encoding/json would hide: bytes that are not UTF-8 (it
// replaces them with U+FFFD), a \u escape of a lone surrogate (it decodes one to U+FFFD), and U+FFFD
// itself, raw or as an escape: the trace of a character an earlier decoder or encoder could not read
// (PHP's json_encode writes \ufffd for invalid UTF-8 with JSON_INVALID_UTF8_SUBSTITUTE). Either way two
// different names would reach the matcher as the same text (the policy's first normalization step: U+FFFD makes a name unusable), so the request is
// refused instead. b is expected to be JSON; anything that is not is left for the decoder to report.
func checkText(b []byte) *Error {
	if off := textrule.FirstInvalidUTF8(b); off >= 0 {
		return &Error{Code: CodeInvalidUTF8, Offset: int64(off), Detail: "the body is not valid UTF-8"}
	}
	if i := bytes.Index(b, replacementChar); i >= 0 {
		return &Error{Code: CodeReplacement, Offset: int64(i), Detail: "U+FFFD stands for a character an encoder could not read"}
	}
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '\\')
		if j < 0 {
			return nil
		}
		i += j
		// In JSON a backslash only occurs inside a string, as the start of an escape.
		if i+1 >= len(b) {
			return nil
		}
		if b[i+1] != 'u' {
			i += 2
			continue
		}
		r, ok := hex4(b[i+2:])
		if !ok {
			i += 2
			continue
		}
		switch {
		case r == utf8.RuneError:
			return &Error{Code: CodeReplacement, Offset: int64(i), Detail: `a \ufffd escape stands for a character an encoder could not read`}
		case r >= 0xD800 && r < 0xDC00:
			if len(b) >= i+12 && b[i+6] == '\\' && b[i+7] == 'u' {
				if lo, ok := hex4(b[i+8:]); ok && lo >= 0xDC00 && lo < 0xE000 {
					i += 12
					continue
				}
			}
			return &Error{Code: CodeLoneSurrogate, Offset: int64(i), Detail: "a high surrogate escape without its low half"}
		case r >= 0xDC00 && r < 0xE000:
			return &Error{Code: CodeLoneSurrogate, Offset: int64(i), Detail: "a low surrogate escape without its high half"}
		}
		i += 6
	}
}

// replacementChar is U+FFFD in UTF-8.
var replacementChar = []byte("\uFFFD")

// hex4 reads four hex digits.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// decodeStrict decodes exactly one JSON object from b into v: the text checks of checkText first, then
// encoding/json with unknown fields disallowed, then nothing but whitespace after the object, then
// checkKeys with keys as the top-level object's keys. Every failure is an *Error that names a position
// or a key path ("merchant.first_name", never the key alone), never a value.
func decodeStrict(b []byte, v any, keys []string) *Error {
	if e := checkText(b); e != nil {
		return e
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		e := decodeError(err, b)
		if e.Code == CodeUnknownField {
			// encoding/json names the unknown key without its object; checkKeys, which knows the
			// path, finds it again (or an earlier key it refuses) in the value the decoder read,
			// which is valid JSON.
			if ke := checkKeys(b[:dec.InputOffset()], keys); ke != nil {
				return ke
			}
		}
		return e
	}
	if off := dec.InputOffset(); !onlySpace(b[off:]) {
		return &Error{Code: CodeInvalidJSON, Offset: off, Detail: "data after the JSON object"}
	}
	return checkKeys(b, keys)
}

// onlySpace reports whether b holds nothing but JSON whitespace.
func onlySpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// decodeError turns an encoding/json error into an *Error without quoting the input.
func decodeError(err error, b []byte) *Error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &Error{Code: CodeInvalidJSON, Offset: se.Offset, Detail: "syntax error"}
	case errors.Is(err, io.EOF):
		return &Error{Code: CodeInvalidJSON, Offset: 0, Detail: "empty body (want a JSON object)"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{Code: CodeInvalidJSON, Offset: int64(len(b)), Detail: "unexpected end of the JSON object"}
	case errors.As(err, &te):
		// te.Value is "number -5" for numbers: only its first word, the JSON kind, is kept.
		kind, _, _ := strings.Cut(te.Value, " ")
		if te.Field == "" {
			return reqErr(CodeWrongType, "", "want a JSON object, got "+safeWord(kind))
		}
		return reqErr(CodeWrongType, safePath(te.Field), "want "+jsonKind(te.Type.Kind().String())+", got "+safeWord(kind))
	}
	// encoding/json reports an unknown key only as text: json: unknown field "name".
	if rest, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return reqErr(CodeUnknownField, safePath(strings.Trim(rest, `"`)), "not a key of this schema")
	}
	return &Error{Code: CodeInvalidJSON, Offset: -1, Detail: "invalid JSON"}
}

// jsonKind names the JSON kind a Go kind is decoded from.
func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "struct", "map", "ptr":
		return "an object"
	case "slice", "array":
		return "an array"
	}
	return "another type"
}

// safePath returns p when it is a plain key path (letters, digits, _ . - up to 64 bytes), else "": a
// key is chosen by the client and could hold anything, so only keys that look like keys are repeated.
func safePath(p string) string {
	if len(p) == 0 || len(p) > 64 {
		return ""
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return ""
		}
	}
	return p
}

// safeWord returns w when it is one of encoding/json's kind words.
func safeWord(w string) string {
	switch w {
	case "string", "number", "bool", "array", "object", "null":
		return w
	}
	return "another type"
}

// The keys of the request objects, exactly as they must be written.
var (
	requestKeys = []string{"merchant", "provider", "merchant_sync", "provider_payment", "lang", "provider_name", "change_url"}
	lineKeys    = append([]string{"id"}, requestKeys...)
	recordKeys  = []string{"first_name", "last_name", "dob", "email"}
)

// checkKeys refuses what encoding/json lets through in the request's own objects (the top level and
// the merchant and provider records; merchant_sync and provider_payment are package payload's to
// check): a key written twice, where encoding/json keeps the last and another parser on the way (a
// gateway, a logger) may read the first, and a key that is not written exactly as the schema writes it
// ("First_Name", or with escapes), which encoding/json matches case-insensitively. The error's Field is
// the key's path ("merchant.first_name"; a key safePath would not repeat leaves it empty). b must be
// valid JSON (decodeStrict runs it after a successful decode, and on the value the decoder read when
// encoding/json found an unknown key, to learn its path).
func checkKeys(b []byte, top []string) *Error {
	type frame struct {
		object    bool
		expectKey bool
		keys      []string // nil: not checked
		path      string   // the key path of the object, "" at the top level
		seen      uint16   // bit i: keys[i] seen
	}
	var stack [8]frame
	depth := -1
	var parentKey []byte // the last key read at the top level
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '{', '[':
			var f frame
			f.object = c == '{'
			f.expectKey = f.object
			if f.object {
				switch {
				case depth == -1:
					f.keys = top
				case depth == 0 && string(parentKey) == "merchant":
					f.keys, f.path = recordKeys, "merchant"
				case depth == 0 && string(parentKey) == "provider":
					f.keys, f.path = recordKeys, "provider"
				}
			}
			depth++
			if depth < len(stack) {
				stack[depth] = f
			}
		case '}', ']':
			depth--
		case ',':
			if depth >= 0 && depth < len(stack) && stack[depth].object {
				stack[depth].expectKey = true
			}
		case '"':
			start := i + 1
			escaped := false
			for i++; b[i] != '"'; i++ {
				if b[i] == '\\' {
					escaped = true
					i++
				}
			}
			if depth < 0 || depth >= len(stack) || !stack[depth].object || !stack[depth].expectKey {
				continue
			}
			f := &stack[depth]
			f.expectKey = false
			key := b[start:i]
			if depth == 0 {
				parentKey = key
			}
			if f.keys == nil {
				continue
			}
			k := -1
			for j, want := range f.keys {
				if !escaped && string(key) == want {
					k = j
					break
				}
			}
			if k < 0 {
				return &Error{Code: CodeUnknownField, Field: keyPath(f.path, safePath(string(key))), Offset: int64(start - 1), Detail: "not a key of this schema as written (keys are lower case, without escapes)"}
			}
			if f.seen&(1<<k) != 0 {
				return &Error{Code: CodeDuplicateKey, Field: keyPath(f.path, f.keys[k]), Offset: int64(start - 1), Detail: "a key given twice"}
			}
			f.seen |= 1 << k
		}
	}
	return nil
}

// keyPath returns the path of key in the object at path: "merchant.first_name", or key alone at the
// top level. It is "" when key is "" (a key safePath would not repeat).
func keyPath(path, key string) string {
	if path == "" || key == "" {
		return key
	}
	return path + "." + key
}
