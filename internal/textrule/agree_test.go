package textrule_test

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/normalize"
	"github.com/custmatch/custmatch/translit"
)

// TestPackagesAgree checks that dob, normalize and translit apply textrule's invisible set, code point by code
// point, so a package that grew its own list again would fail here. (messages checks its display
// cleaning the same way in TestCleanInvisibleIsTextrule.)
func TestPackagesAgree(t *testing.T) {
	const date = "1986-04-05"
	want, err := dob.Parse(date, dob.Options{})
	assert.NoError(t, err)
	var plain, v translit.Variants
	plain.Of("Дмитрий")
	wantVariants := variants(&plain)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		inv := textrule.IsInvisible(r)
		// dob treats an invisible character like a space: leading, it is skipped. Letters are left out:
		// some are date words (weekday abbreviations) dob may accept before a date.
		if !unicode.IsLetter(r) {
			got, err := dob.Parse(string(r)+date, dob.Options{})
			if (err == nil && got == want) != (inv || unicode.IsSpace(r)) {
				t.Fatalf("dob: U+%04X accepted %v, textrule.IsInvisible %v", r, err == nil, inv)
			}
		}
		// normalize removes an invisible character. (It removes more, such as apostrophes and
		// combining marks, so only this direction is a rule of textrule's.)
		if inv {
			got, err := normalize.Name("Jo" + string(r) + "hn")
			if err != nil || got != "john" {
				t.Fatalf("normalize: U+%04X gives %q, %v", r, got, err)
			}
			// translit drops it before transliterating.
			v.Of("Дми" + string(r) + "трий")
			if got := variants(&v); !assert.Equalf(t, wantVariants, got, "translit: U+%04X", r) {
				return
			}
		}
	}
	// The format characters that are not default-ignorable (prepended concatenation marks, interlinear
	// annotation, Egyptian format controls) are visible: neither package drops them silently.
	for _, r := range []rune{0x0600, 0x06DD, 0x110BD, 0xFFF9, 0xFFFB, 0x13430} {
		_, err := dob.Parse(string(r)+date, dob.Options{})
		assert.Errorf(t, err, "dob: U+%04X", r)
		got, err := normalize.Name("Jo" + string(r) + "hn")
		assert.Falsef(t, err == nil && got == "john", "normalize: U+%04X", r)
	}
}

// variants lists the Latin spellings v holds.
func variants(v *translit.Variants) []string {
	var out []string
	for i := range v.Len() {
		out = append(out, v.String(i))
	}
	return out
}
