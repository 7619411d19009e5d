package normalize

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzName checks the invariants of the pipeline on arbitrary input: it never
// panics; errors are typed and carry no input text; the output is valid UTF-8,
// bounded, made of single-space-separated tokens and a fixed point; the fast
// path, the table path (the fast path without its Latin lane), the fallback and the x/text reference
// chain agree.
func FuzzName(f *testing.F) {
	for _, s := range []string{"Dr. Zoë  Groß-Núñez", "Max Mußterman", "Johannes B. Kerner", "Mu\u0308ller",
		"İstanbul ılık", "Ｍａｘ", "M\u0430x", "\u200bO’Brien\u202e", "Z\u0301\u0301\u0301\u0301\u0301", "ᾳ\u0308", "N/A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, umlaut := range []bool{false, true} {
			out, steps, err := appendName(make([]byte, 0, len(s)), s, umlaut) // room for the Latin lane
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || !errors.Is(err, ErrUnusable) {
					t.Fatalf("untyped error %v", err)
				}
				switch e.Reason {
				case ReasonInvalidUTF8, ReasonControlChar, ReasonTooLong, ReasonTooManyMarks, ReasonReplacementChar:
				default:
					t.Fatalf("unknown reason %q", e.Reason)
				}
				if msg := "normalize: " + string(e.Reason) + " at byte " + strconv.Itoa(e.Offset); err.Error() != msg || e.Offset < 0 || e.Offset > len(s) {
					t.Fatalf("error %q carries more than reason and offset", err.Error())
				}
				if len(out) != 0 {
					t.Fatalf("output %q with an error", out)
				}
			}
			if !utf8.Valid(out) {
				t.Fatalf("invalid UTF-8 output %+q", out)
			}
			if n := utf8.RuneCount(out); n > MaxRunes {
				t.Fatalf("%d output runes", n)
			}
			o := string(out)
			if strings.HasPrefix(o, " ") || strings.HasSuffix(o, " ") || strings.Contains(o, "  ") {
				t.Fatalf("bad spacing in %+q", o)
			}
			if err == nil {
				again, _, err2 := appendName(nil, o, umlaut)
				if err2 != nil || string(again) != o {
					t.Fatalf("not idempotent: %+q -> %+q -> %+q (%v)", s, o, again, err2)
				}
			}
			table, tableSteps, tableErr := tableAppend(nil, s, umlaut)
			if string(table) != o || tableSteps != steps || (tableErr == nil) != (err == nil) {
				t.Fatalf("table path differs on %+q: %+q [%s] %v vs %+q [%s] %v", s, table, tableSteps, tableErr, o, steps, err)
			}
			slow, slowSteps, slowErr := slowAppend(nil, s, umlaut)
			if string(slow) != o || slowSteps != steps || !errors.Is(slowErr, err) && (slowErr == nil) != (err == nil) {
				t.Fatalf("fallback differs on %+q: %+q [%s] %v vs %+q [%s] %v", s, slow, slowSteps, slowErr, o, steps, err)
			}
			ref, refSteps, refErr := refName(s, umlaut)
			if ref != o || refSteps != steps || (refErr == nil) != (err == nil) || (err != nil && refErr.Error() != err.Error()) {
				t.Fatalf("reference differs on %+q: %+q [%s] %v vs %+q [%s] %v", s, ref, refSteps, refErr, o, steps, err)
			}
		}
		if n, err := Name(s); err == nil {
			if b, _, _ := AppendName(nil, s); n != string(b) {
				t.Fatalf("Name %q != AppendName %q", n, b)
			}
		}
	})
}
